"""Quantized weights inside the program: dequantized next to the op that uses them, and ``aten._int_mm``.

A weight quantized at export (``frontend/quantize.py`` has the scheme) reaches the lowerings as a
``QuantizedWeight``: its integers (int8, or int4 packed two to a byte in uint8) and its scales, as @main arguments.
``dequantize`` gives back ``q * s`` in the weight's dtype and shape, bit for bit what the fake-quantized torch model
holds: the integers are converted exactly and multiplied by their group's scale once. Linear layers and
convolutions dequantize right before their dot or convolution, so XLA can fuse the conversion into the operand
read where the backend does that (TPU, GPU); an embedding gathers the rows it needs first and dequantizes only
those. Every other use of such a weight gets the dequantized value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.registry import lowers


@dataclass(frozen=True)
class QuantSpec:
    """How one weight was quantized: ``scheme`` (int8, int4), the floating ``shape`` and ``dtype`` it stands for,
    the group length, and the name of the graph argument that holds its scales."""

    scheme: str
    shape: tuple[int, ...]
    dtype: np.dtype
    group_size: int
    scale_argument: str

    @property
    def row_length(self) -> int:
        return int(np.prod(self.shape[1:]))


@dataclass(frozen=True)
class QuantizedWeight:
    """A quantized weight as the lowerings receive it: ``data`` (int8 rows x length, or uint8 rows x
    ceil(length / 2) for int4) and ``scale`` (rows x groups, in the weight's dtype)."""

    data: Any
    scale: Any
    spec: QuantSpec

    def dequantize(self) -> Any:
        """``q * s`` in the weight's dtype and shape."""
        return dequantize_rows(self.data, self.scale, self.spec).reshape(self.spec.shape)

    def rows(self, indices: Any) -> Any:
        """Dequantized rows ``indices`` (any shape): ``indices.shape + shape[1:]``, reading only those rows."""
        mode = {"mode": lax.GatherScatterMode.PROMISE_IN_BOUNDS, "wrap_negative_indices": False}
        data = self.data.at[indices].get(**mode)
        scale = self.scale.at[indices].get(**mode)
        return dequantize_rows(data, scale, self.spec).reshape(tuple(indices.shape) + self.spec.shape[1:])


def unpack_int4(packed: Any, length: int) -> Any:
    """uint8 ``(..., ceil(length / 2))`` -> int8 ``(..., length)``: the low nibble of byte j is element 2j, the
    high nibble element 2j + 1, each a 4-bit two's complement number (sign-extended by arithmetic shifts)."""
    signed = lax.bitcast_convert_type(packed, jnp.int8)
    four = jnp.array(4, jnp.int8)
    low = lax.shift_right_arithmetic(lax.shift_left(signed, four), four)
    high = lax.shift_right_arithmetic(signed, four)
    both = jnp.stack([low, high], axis=-1).reshape(packed.shape[:-1] + (2 * packed.shape[-1],))
    return both if both.shape[-1] == length else both[..., :length]


def dequantize_rows(data: Any, scale: Any, spec: QuantSpec) -> Any:
    """``(..., stored length)`` integers and ``(..., groups)`` scales -> ``(..., length)`` values ``q * s``."""
    length = spec.row_length
    q = unpack_int4(data, length) if spec.scheme == "int4" else data
    lead = q.shape[:-1]
    groups = q.reshape(lead + (length // spec.group_size, spec.group_size)).astype(spec.dtype)
    return (groups * scale.astype(spec.dtype)[..., None]).reshape(lead + (length,))


# Ops whose lowerings take a QuantizedWeight at that argument (they dequantize where it suits them); every other
# use of a quantized weight gets its dequantized value.
QUANTIZED_ARGUMENT = {"aten.embedding.default": 0, "aten.linear.default": 1}

# Up to this many rows of x, a float32 linear layer with int8 (int4) weights multiplies and sums row by row on the
# CPU (rowwise_product). Measured on a 5632 x 2048 weight (python -m benchmarks.quantized_matvec --batch N): int8
# row-wise stays ahead of dequantize-then-dot up to 256 rows (1 row: 3.6 vs 30 ms; 64: 18 vs 48 ms); XLA runs the
# int4 form for 8 rows 20x slower than for one; for bfloat16 weights neither form beats dequantize-then-dot.
CPU_ROWWISE_MAX_ROWS = {"int8": 64, "int4": 1}


def rowwise_suits(spec: QuantSpec, rows: int, acc_dtype: Any) -> bool:
    """Whether the CPU branch of a linear layer with this weight, applied to ``rows`` rows, is ``rowwise_product``."""
    float32 = np.dtype(spec.dtype) == np.dtype(np.float32) == np.dtype(acc_dtype)
    return float32 and rows <= CPU_ROWWISE_MAX_ROWS[spec.scheme]


def rowwise_product(x: Any, data: Any, scale: Any, spec: QuantSpec, acc_dtype: Any) -> Any:
    """x @ (q * s).T in ``acc_dtype`` as elementwise products summed along the rows of the weight, so that XLA's CPU
    backend reads the integers in place in one fused loop instead of writing the dequantized weight out (see
    ``linalg._quantized_linear``). The scale multiplies each group's sum: the same value as with the dequantized
    weight, up to float32 rounding. (int4 rows of odd length are dequantized first.)"""
    lead, length = x.shape[:-1], spec.row_length
    flat = x.reshape((-1, length)).astype(acc_dtype)
    group, groups = spec.group_size, length // spec.group_size
    exact_dtype = np.dtype(spec.dtype) == np.dtype(acc_dtype)
    if spec.scheme == "int8" and exact_dtype:
        terms = data.astype(acc_dtype)  # (rows, length)
        sums = _row_sums(flat, terms, (groups, group))
        out = jnp.sum(sums * scale.astype(acc_dtype), axis=-1)
    elif spec.scheme == "int4" and exact_dtype and length % 2 == 0:
        # nibbles against the even and odd elements of x: no interleaving of the unpacked values
        signed = lax.bitcast_convert_type(data, jnp.int8)
        four = jnp.array(4, jnp.int8)
        low = lax.shift_right_arithmetic(lax.shift_left(signed, four), four).astype(acc_dtype)
        high = lax.shift_right_arithmetic(signed, four).astype(acc_dtype)
        pairs = flat.reshape((flat.shape[0], length // 2, 2))
        if flat.shape[0] == 1:
            terms = pairs[0, :, 0] * low + pairs[0, :, 1] * high
            sums = jnp.sum(terms.reshape((terms.shape[0], groups, group // 2)), axis=-1)[None]
        else:
            terms = pairs[:, None, :, 0] * low[None] + pairs[:, None, :, 1] * high[None]
            sums = jnp.sum(terms.reshape(terms.shape[:2] + (groups, group // 2)), axis=-1)
        out = jnp.sum(sums * scale.astype(acc_dtype), axis=-1)
    else:
        w = dequantize_rows(data, scale, spec).astype(acc_dtype)
        out = _row_sums(flat, w, (1, length))[..., 0]
    return out.reshape(lead + (out.shape[-1],))


def _row_sums(flat: Any, w: Any, groups: tuple[int, int]) -> Any:
    """(rows of x, out, groups): sums of x * w within each group of each weight row. One row of x is kept 2-D (XLA's
    CPU backend runs the 3-D form of a single row far slower)."""
    out = w.shape[0]
    if flat.shape[0] == 1:
        return jnp.sum((flat[0] * w).reshape((out,) + groups), axis=-1)[None]
    return jnp.sum((flat[:, None, :] * w[None]).reshape((flat.shape[0], out) + groups), axis=-1)


def resolve(op: str, args: list, kwargs: dict) -> tuple[list, dict]:
    """The arguments a lowering receives: a QuantizedWeight where its lowering takes one, else its value."""
    keep = QUANTIZED_ARGUMENT.get(op)
    args = [a if i == keep and isinstance(a, QuantizedWeight) else _value(a) for i, a in enumerate(args)]
    return args, {k: _value(v) for k, v in kwargs.items()}


def _value(a: Any) -> Any:
    if isinstance(a, QuantizedWeight):
        return a.dequantize()
    if isinstance(a, (list, tuple)) and any(isinstance(x, QuantizedWeight) for x in a):
        return type(a)(_value(x) for x in a)
    return a


# ------------------------------------------------------------------------------------------------ torch's _int_mm


@lowers("aten._int_mm.default")
def int_mm(ctx, a, b):
    """torch._int_mm: an int8 (or uint8) matrix times an int8 matrix, exactly, in int32. Two int8 operands are one
    int8 x int8 -> int32 dot (TPUs' native integer matmul). A uint8 left operand (torchao's x86 path, which adds
    128 to the activations) is rewritten into that form exactly: a - 128 fits int8 (flipping the top bit), and
    a @ b = (a - 128) @ b + 128 * (column sums of b)."""
    dims = (((1,), (0,)), ((), ()))
    if a.dtype == jnp.uint8 and b.dtype == jnp.int8:
        shifted = lax.bitcast_convert_type(lax.bitwise_xor(a, jnp.array(0x80, jnp.uint8)), jnp.int8)
        product = lax.dot_general(shifted, b, dims, preferred_element_type=jnp.int32)
        return product + jnp.int32(128) * jnp.sum(b, axis=0, keepdims=True, dtype=jnp.int32)
    if a.dtype != b.dtype:
        a, b = a.astype(jnp.int32), b.astype(jnp.int32)
    return lax.dot_general(a, b, dims, preferred_element_type=jnp.int32)
