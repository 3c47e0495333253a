"""A loaded artifact, callable like the model: weights placed once, compiled once per input shape.

Imports no torch: serving hosts need only jax, numpy and safetensors.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jax
import numpy as np

from torchtpu_aot import dtypes, pytree
from torchtpu_aot.artifact import LoadedArtifact, read_artifact
from torchtpu_aot.errors import InputError
from torchtpu_aot.runtime.jax_program import build_exported


class Program:
    """Call it with the model's own arguments (numpy arrays or torch tensors); get numpy arrays back in the
    model's output structure. Buffers the model mutates are kept and updated across calls, as in torch."""

    def __init__(self, artifact: LoadedArtifact):
        self.path = artifact.path
        self.manifest = m = artifact.manifest
        self._weight_entries = m["weights"]["tensors"]
        self._tensor_inputs = [e for e in m["inputs"] if "constant" not in e]
        self._tensor_outputs = [e for e in m["outputs"] if "constant" not in e]
        results = self._tensor_outputs + [self._weight_entry(b["buffer"]) for b in m["mutated_buffers"]]
        results += [self._input_entry(i["input"]) for i in m["mutated_inputs"]]
        weight_args = [] if m["weights"].get("inline") else self._weight_entries
        self.exported = build_exported(m, artifact.program_text, weight_args, self._tensor_inputs, results)
        self._x64 = any(dtypes.is_64bit(e["dtype"]) for e in weight_args + self._tensor_inputs + results)
        with jax.enable_x64(self._x64):
            self._weights = {k: jax.device_put(v) for k, v in artifact.load_weights().items()}
        self._call = jax.jit(self.exported.call)
        self._constant_kwargs = _constant_kwargs(m)

    def _weight_entry(self, name: str) -> dict:
        return next(e for e in self._weight_entries if e["name"] == name)

    def _input_entry(self, name: str) -> dict:
        return next(e for e in self._tensor_inputs if e["name"] == name)

    @property
    def input_names(self) -> list[str]:
        return [e["name"] for e in self._tensor_inputs]

    @property
    def output_names(self) -> list[str]:
        return [e["name"] for e in self.manifest["outputs"]]

    def buffers(self) -> dict[str, np.ndarray]:
        """Current values of the weights, including buffers updated by earlier calls."""
        return {k: np.asarray(v) for k, v in self._weights.items()}

    def run_named(self, inputs: Mapping[str, Any]) -> dict[str, np.ndarray]:
        """Call with tensor inputs by manifest name (constants take their recorded values); outputs by name."""
        unknown = sorted(set(inputs) - set(self.input_names))
        missing = [n for n in self.input_names if n not in inputs]
        if unknown or missing:
            expected = ", ".join(f"{e['name']} {e['dtype']}{e['shape']}" for e in self._tensor_inputs)
            raise InputError(f"Inputs do not match the artifact: missing {missing}, unknown {unknown}; "
                             f"it expects {expected}.")
        leaves = [e["constant"] if "constant" in e else inputs[e["name"]] for e in self.manifest["inputs"]]
        args, kwargs = pytree.unflatten(self.manifest["input_spec"], leaves)
        flat = pytree.flatten(self.manifest["output_spec"], self(*args, **kwargs), "outputs")
        return dict(zip(self.output_names, flat))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        # Keyword arguments torch.export fixed to a constant may be left out: they take the recorded value.
        kwargs = {**{k: v for k, v in self._constant_kwargs.items() if k not in kwargs}, **kwargs}
        leaves = pytree.flatten(self.manifest["input_spec"], (args, kwargs), "inputs")
        tensors, originals = [], []
        for entry, value in zip(self.manifest["inputs"], leaves):
            if "constant" in entry:
                _check_constant(entry, value)
                continue
            originals.append(value)
            tensors.append(_as_input_array(entry, value))
        check_shapes(self.manifest["symbols"], self._tensor_inputs, tensors)
        n_out, n_buf = len(self._tensor_outputs), len(self.manifest["mutated_buffers"])
        with jax.enable_x64(self._x64):
            results = self._call(*self._weights.values(), *tensors)
            for info, value in zip(self.manifest["mutated_buffers"], results[n_out:n_out + n_buf]):
                self._weights[info["buffer"]] = value  # stays on the device for the next call
        results = [np.asarray(r) for r in results]
        for info, value in zip(self.manifest["mutated_inputs"], results[n_out + n_buf:]):
            _write_back(originals[self.input_names.index(info["input"])], value)
        outputs = iter(results[:n_out])
        flat = [entry["constant"] if "constant" in entry else next(outputs) for entry in self.manifest["outputs"]]
        return pytree.unflatten(self.manifest["output_spec"], flat)


def _constant_kwargs(manifest: dict) -> dict[str, Any]:
    """Keyword arguments that are a single constant leaf in the input spec, with their recorded values."""
    spec = manifest["input_spec"]
    if spec["kind"] != "tuple" or len(spec["children"]) != 2 or spec["children"][1]["kind"] != "dict":
        return {}
    args_spec, kwargs_spec = spec["children"]
    index = pytree.num_leaves(args_spec)
    constants = {}
    for key, child in zip(kwargs_spec["keys"], kwargs_spec["children"]):
        count = pytree.num_leaves(child)
        if child["kind"] == "leaf" and "constant" in manifest["inputs"][index]:
            constants[key] = manifest["inputs"][index]["constant"]
        index += count
    return constants


def load(path: str | Path) -> Program:
    """Load an artifact written by ``Artifact.save`` (text or bytecode) for calling."""
    return Program(read_artifact(path))


def _as_input_array(entry: dict, value: Any) -> np.ndarray:
    name, want = entry["name"], dtypes.to_numpy(entry["dtype"])
    if isinstance(value, (int, float, bool, list)):
        value = np.asarray(value, dtype=want)
    try:
        array = dtypes.to_array(value)
    except Exception:
        raise InputError(f"Input {name!r} must be an array or tensor, got {type(value).__name__}.") from None
    if array.dtype != want:
        raise InputError(
            f"Input {name!r} has dtype {array.dtype}, but the model was exported with {entry['dtype']}; "
            f"convert it first (e.g. x.astype(np.{entry['dtype']}))."
        )
    return array


def check_shapes(symbols: dict, entries: list[dict], arrays: list[np.ndarray]) -> None:
    """Check ranks, static dims, symbol ranges and symbol consistency before anything runs."""
    bound: dict[str, tuple[int, str]] = {}
    for entry, array in zip(entries, arrays):
        shape, name = entry["shape"], entry["name"]
        if array.ndim != len(shape):
            raise InputError(f"Input {name!r} has shape {list(array.shape)}, but the model expects rank "
                             f"{len(shape)} with shape {shape}.")
        for axis, (want, got) in enumerate(zip(shape, array.shape)):
            if isinstance(want, int):
                if want != got:
                    raise InputError(f"Input {name!r} has shape {list(array.shape)}, but the model was exported "
                                     f"with shape {shape} (dim {axis} must be {want}).")
            elif want in symbols:
                lo, hi = symbols[want].get("min"), symbols[want].get("max")
                if (lo is not None and got < lo) or (hi is not None and got > hi):
                    raise InputError(f"Input {name!r} dim {axis} is {got}, outside the range [{lo}, {hi}] of the "
                                     f"dynamic dim {want!r}.")
                if want in bound and bound[want][0] != got:
                    raise InputError(f"Input {name!r} dim {axis} is {got}, but {bound[want][1]} gave the dynamic dim "
                                     f"{want!r} the size {bound[want][0]}; inputs sharing a dim must agree.")
                bound.setdefault(want, (got, f"input {name!r} dim {axis}"))


def _check_constant(entry: dict, value: Any) -> None:
    if value != entry["constant"]:
        raise InputError(
            f"Input {entry['name']!r} was fixed to {entry['constant']!r} when the model was exported (torch.export "
            f"specializes non-tensor inputs), but {value!r} was given; re-export with the value you need."
        )


def _write_back(original: Any, value: np.ndarray) -> None:
    """Mirror torch's in-place input mutation onto the caller's array or tensor."""
    if isinstance(original, np.ndarray) and original.flags.writeable:
        np.copyto(original, value)
    elif hasattr(original, "copy_") and hasattr(original, "new_tensor"):
        original.copy_(original.new_tensor(value))
