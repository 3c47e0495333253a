"""Weight-only quantization at export: the scheme, computed with torch.

The scheme is fixed, so anyone can reproduce an artifact's integers (README "Quantization"). Each weight ``w`` is
viewed as rows ``w.reshape(w.shape[0], -1)`` (dim 0: the output channel, or the token of an embedding):

- int8: one scale per row, ``s = max|row| / 127``, ``q = clamp(round(w / s), -128, 127)``;
- int4: one scale per group of ``G`` consecutive elements of a row, ``s = max|group| / 7``,
  ``q = clamp(round(w / s), -8, 7)``; a row whose length ``G`` does not divide has one scale for the whole row;

``round`` is round-half-to-even (``torch.round``). The arithmetic is float32 (float64 for a float64 weight); the
scale is then rounded to the weight's own dtype (bfloat16 for a ``--dtype bfloat16`` export), and ``q`` is
computed with that rounded scale, so ``q * s`` is what the program computes. A group whose largest magnitude is 0
has scale 0 and ``q = 0``. The weight stands for ``q * s`` (its "dequantized" value) everywhere the model uses it.

int4 values are stored two to a byte: element ``2j`` of a row in the low four bits of byte ``j`` and element
``2j + 1`` in the high four (two's complement), a row of odd length padded with a 0; so an int4 weight of ``rows x
n`` elements is a uint8 array of ``rows x ceil(n / 2)``. (numpy and safetensors have no 4-bit type, and a packed
uint8 array is the same size on every device, where StableHLO's ``i4`` is stored as XLA's backend chooses.)

Which weights: those the graph uses as the weight of a linear layer, a convolution or an embedding
(``torchtpu_aot.convert.quantized`` finds them), floating and of rank 2 or more, less those whose name matches
``skip``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from torchtpu_aot.errors import OptionError

SCHEMES = ("int8", "int4")
GROUP_SIZES = (32, 64, 128)   # what the CLI offers for int4; the API takes any even size
DEFAULT_GROUP_SIZE = 32
_RANGES = {"int8": (-128, 127), "int4": (-8, 7)}  # and s = max|group| / the upper end


@dataclass
class QuantizeOptions:
    """What export's ``quantize=`` asked for. ``memo`` keeps each weight's quantized form, so a weight shared by
    several programs (a generation artifact's prefill and decode) is quantized once."""

    scheme: str
    group_size: int | None = None   # int4: the group length G (int8 always has one scale per row)
    skip: re.Pattern | None = None  # weights whose name matches (re.search) stay floating
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.scheme + (f" (groups of {self.group_size})" if self.scheme == "int4" else "")

    def keeps(self, name: str) -> bool:
        """Whether the weight ``name`` stays floating (``skip`` matches it)."""
        return self.skip is not None and self.skip.search(name) is not None


def quantize_options(quantize: Any, group_size: Any = None, skip: Any = None) -> QuantizeOptions | None:
    """The checked options (None: no quantization); OptionError for values that do not fit."""
    if isinstance(quantize, QuantizeOptions):
        return quantize
    if quantize is None:
        extra = [name for name, value in (("group_size", group_size), ("quantize_skip", skip)) if value is not None]
        if extra:
            raise OptionError(f"{extra[0]} applies only with quantize='int8' or 'int4' (--quantize); pass quantize "
                              "too, or leave it out.")
        return None
    scheme = str(quantize).lower() if isinstance(quantize, str) else None
    if scheme not in SCHEMES:
        raise OptionError(f"Unknown quantization {quantize!r}; choose int8 (one scale per output channel) or int4 "
                          "(one scale per group of --group-size weights).")
    if scheme == "int8":
        if group_size is not None:
            raise OptionError(f"group_size={group_size!r} applies only to int4: int8 has one scale per row (output "
                              "channel). Leave --group-size out, or quantize to int4.")
    else:
        group_size = DEFAULT_GROUP_SIZE if group_size is None else group_size
        if not isinstance(group_size, int) or isinstance(group_size, bool) or group_size < 2 or group_size % 2:
            sizes = ", ".join(map(str, GROUP_SIZES))
            raise OptionError(f"group_size must be an even whole number of at least 2 (e.g. {sizes}), got "
                              f"{group_size!r}.")
    pattern = None
    if skip is not None:
        try:
            pattern = skip if isinstance(skip, re.Pattern) else re.compile(skip)
        except (re.error, TypeError) as e:
            raise OptionError(f"--quantize-skip {skip!r} is not a regular expression ({e}); give one that matches "
                              "the names of the weights to keep floating, e.g. 'lm_head|embed'.") from None
    return QuantizeOptions(scheme, group_size, pattern)


@dataclass(frozen=True)
class QuantizedTensor:
    """A weight in the scheme: ``q`` (int8, values in the scheme's range, shaped rows x row length), its scales
    (the weight's dtype, rows x groups) and the group length."""

    q: torch.Tensor
    scale: torch.Tensor
    group_size: int
    shape: tuple[int, ...]
    dtype: torch.dtype

    def stored(self, scheme: str) -> np.ndarray:
        """The integers as the artifact stores them: int8 as they are, int4 packed two to a byte."""
        return self.q.numpy() if scheme == "int8" else pack_int4(self.q)

    def dequantized(self) -> torch.Tensor:
        """``q * s`` in the weight's dtype and shape: what the weight stands for."""
        rows, length = self.q.shape
        groups = self.q.reshape(rows, length // self.group_size, self.group_size)
        return (groups.to(self.dtype) * self.scale[:, :, None]).reshape(self.shape)


def quantize_tensor(weight: torch.Tensor, scheme: str, group_size: int | None = None) -> QuantizedTensor:
    """``weight`` (floating, rank >= 2) in the scheme (see the module docstring)."""
    lo, hi = _RANGES[scheme]
    work = torch.float64 if weight.dtype == torch.float64 else torch.float32
    rows = weight.detach().reshape(weight.shape[0], -1).to(work)
    length = rows.shape[1]
    group = length if scheme == "int8" or length % group_size else group_size
    groups = rows.reshape(rows.shape[0], length // group, group)
    scale = (groups.abs().amax(dim=-1) / hi).to(weight.dtype)          # rounded to the weight's dtype
    exact = scale.to(work)[:, :, None]
    q = torch.where(exact == 0, torch.zeros((), dtype=work), torch.round(groups / exact)).clamp(lo, hi)
    return QuantizedTensor(q.to(torch.int8).reshape(rows.shape), scale.contiguous(), group, tuple(weight.shape),
                           weight.dtype)


def pack_int4(q: torch.Tensor) -> np.ndarray:
    """int8 values in [-8, 7], rows x n -> uint8 rows x ceil(n / 2): element 2j in the low nibble of byte j."""
    values = q.numpy().astype(np.uint8) & 0x0F
    if values.shape[1] % 2:
        values = np.pad(values, ((0, 0), (0, 1)))
    return np.ascontiguousarray(values[:, 0::2] | (values[:, 1::2] << 4))


def unpack_int4(packed: np.ndarray, length: int) -> np.ndarray:
    """The inverse of ``pack_int4``: int8 rows x ``length``."""
    signed = packed.view(np.int8)
    low = (signed << 4).astype(np.int8) >> 4
    high = signed >> 4
    return np.stack([low, high], axis=-1).reshape(packed.shape[0], -1)[:, :length]


def check_quantizable(name: str, weight: torch.Tensor) -> None:
    """A weight with NaN or infinite values has no scale that represents it: refuse it with what to do."""
    if not bool(torch.isfinite(weight).all()):
        raise OptionError(f"The weight {name!r} holds NaN or infinite values, which cannot be quantized; keep it "
                          f"floating with --quantize-skip '{re.escape(name)}' (quantize_skip=), or fix the weights.")


def fake_quantized(model: torch.nn.Module, weights: Mapping[str, Any] | Iterable[str], scheme: str | None = None,
                   group_size: int | None = None) -> torch.nn.Module:
    """A copy of ``model`` whose named weights are replaced by their dequantized values (``q * s``), as a float
    model: the eager reference a quantized artifact must match. ``weights``: weight names with their
    ``(scheme, group_size)``, or names quantized alike with ``scheme`` and ``group_size``."""
    copied = copy.deepcopy(model)
    items = weights.items() if isinstance(weights, Mapping) else ((n, (scheme, group_size)) for n in weights)
    state = dict(copied.named_parameters(remove_duplicate=False)) | dict(copied.named_buffers(remove_duplicate=False))
    with torch.no_grad():
        for name, (kind, group) in items:
            tensor = state[name]
            tensor.copy_(quantize_tensor(tensor, kind, group).dequantized())
    return copied


def manifest_weights(manifest: Any, prefix: str = "") -> dict[str, tuple[str, int]]:
    """The weights an artifact quantized with export's own schemes, by name (less ``prefix``), with their scheme
    and group length: what ``fake_quantized`` takes."""
    out = {}
    for entry in manifest.weights.quantized:
        info = entry.quantization
        if info.scheme in SCHEMES:
            out[entry.name.removeprefix(prefix)] = (info.scheme, info.group_size)
    return out
