"""A loaded artifact, callable like the model: weights placed once, compiled once per input shape.

Imports no torch: serving hosts need only jax, numpy and safetensors.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jax
import numpy as np

from torchtpu_aot import dtypes, jax_compat, pytree
from torchtpu_aot.artifact import LoadedArtifact, read_artifact
from torchtpu_aot.artifact.manifest import ConstantEntry, Manifest, TensorEntry
from torchtpu_aot.errors import InputError, PlatformError
from torchtpu_aot.progress import Show
from torchtpu_aot.runtime import hosts, persistent_cache
from torchtpu_aot.runtime.buckets import Buckets, BucketSpec, pad_dims, unpad_dims
from torchtpu_aot.runtime.compile_cache import DEFAULT_CACHE_SIZE, CompileCache
from torchtpu_aot.runtime.data_dims import check_unpadded, trim
from torchtpu_aot.runtime.devices import bytes_per_device, device_counts, plan
from torchtpu_aot.runtime.folding import folded_names, placed_bytes, with_constants
from torchtpu_aot.runtime.generation import GenerationProgram
from torchtpu_aot.runtime.jax_program import build_exported
from torchtpu_aot.runtime.shapes import bind_dims


class Program:
    """Call it with the model's own arguments (numpy arrays or torch tensors); get numpy arrays back in the
    model's output structure. Buffers the model mutates are kept and updated across calls, as in torch.

    Each distinct input shape is compiled once and kept in a least-recently-used cache of ``cache_size``
    programs. ``buckets`` pads dynamic dims up to a few sizes (a list for the batch dim, or a dict by dim name)
    so that fewer shapes are compiled; outputs come back at the size called with. ``seed`` seeds the program's
    random ops, if it has any (the manifest records the export-time seed).

    ``cache_dir`` (default: $TORCHTPU_CACHE_DIR, if set) turns on JAX's persistent compilation cache there, so a
    later process loads the compiled programs instead of compiling again; one directory per process. ``devices``
    runs the program on the first N of ``jax.devices()``, the batch split across them; ``tensor_parallel`` T
    splits the weights across T of them by the artifact's partition specs (a ``data`` x ``model`` mesh of N/T x
    T; runtime/devices.py). ``fold_weights`` compiles the weights in as constants so XLA does weight-only work
    once (runtime/folding.py): True, False, or None to fold programs with up to 256 MiB of weights (under
    tensor parallelism, None folds nothing and True only the weights that are not split).

    With several processes joined (``runtime.hosts``, or ``load``'s ``coordinator``), the devices are those of
    every process, each process calls with the same inputs, and each gets every output whole.

    The weights are read from their file one tensor at a time and placed on the devices as they are read, their
    SHA-256 checked on another thread meanwhile (artifact/weights.py): the process holds them about once, and a
    weights file that does not match its digest raises WeightsDigestError with nothing placed kept. ``progress``
    shows the bytes as they are read: None (default) a bar on stderr when it is a terminal and the load takes more
    than two seconds, True also plain lines when it is not, False nothing, or a function called with (bytes done,
    total)."""

    def __init__(self, artifact: LoadedArtifact, *, buckets: BucketSpec | None = None,
                 cache_size: int = DEFAULT_CACHE_SIZE, seed: int | None = None, cache_dir: str | Path | None = None,
                 devices: int | None = None, fold_weights: bool | None = None, tensor_parallel: int | None = None,
                 progress: Show = None):
        if artifact.manifest.is_generation:
            raise InputError(f"{artifact.path} is a text-generation artifact (entry points "
                             f"{', '.join(artifact.manifest.entry_points)}): load it with torchtpu_aot.load(), which "
                             "gives a GenerationProgram, and call generate().")
        self.cache_dir = persistent_cache.enable_from(cache_dir)  # None: no persistent cache
        self.path = artifact.path
        self.manifest = m = artifact.manifest
        here = jax.export.default_export_platform()  # "cuda"/"rocm" where jax.default_backend() says "gpu"
        if here not in m.platforms:
            raise PlatformError(
                f"{self.path} was lowered for {', '.join(m.platforms)}, but JAX runs on {here} here. Run it "
                f"where one of those is JAX's backend, or re-export with --platforms "
                f"{','.join([*m.platforms, here])}.")
        self.exported = build_exported(m, artifact.program_text, m.call_arguments, m.results)
        self._x64 = any(dtypes.is_64bit(e.dtype) for e in m.call_arguments + m.results)
        count, tensor = device_counts(devices, tensor_parallel)
        check_unpadded(m, self.path, buckets, count // tensor)
        self._parallel = plan(devices, tensor_parallel, m, self.path)
        self._rng = m.weights.rng
        changing = {b.target for b in m.mutated_buffers} | ({self._rng.name} if self._rng else set())
        if self._parallel is not None and self._parallel.tensor_parallel > 1:
            changing |= self._parallel.split_names()  # a split weight compiled in would be whole on every device
            fold_weights = fold_weights or False
        changing |= {e.name for e in m.weights.quantized}  # kept integer: never folded into floating constants
        sizes = {} if m.weights.inline else {e.name: e.nbytes for e in m.weights.tensors}
        self.folded = folded_names(fold_weights, sizes, changing)
        # Each weight goes to the device as it is read (folded ones stay host arrays, compiled in below).
        with jax.enable_x64(self._x64):
            self._weights = artifact.load_weights(
                lambda k, v: v if k in self.folded else self._place(k, v), progress)
        self._live = [k for k in self._weights if k not in self.folded]
        call = with_constants(self.exported.call, list(self._weights), {k: self._weights[k] for k in self.folded})
        jit_options = self._parallel.jit_options(self._live) if self._parallel is not None else {}
        self._cache = CompileCache(call if self.folded else self.exported.call, cache_size, **jit_options)
        self._buckets = Buckets(buckets, m) if buckets is not None else None
        self._constant_kwargs = _constant_kwargs(m)
        self.lockstep: tuple | None = None  # (hosts.Lockstep, index) when process 0 shares its calls
        self._positional_names = _positional_names(m)
        if seed is not None:
            self.seed = seed

    @property
    def input_names(self) -> list[str]:
        return self.manifest.input_names

    @property
    def output_names(self) -> list[str]:
        return [e.name for e in self.manifest.outputs]

    @property
    def devices(self) -> list:
        """The JAX devices the program runs on (the first N of ``jax.devices()`` with ``devices=N``)."""
        return self._parallel.devices if self._parallel is not None else jax.devices()[:1]

    @property
    def tensor_parallel(self) -> int:
        """How many devices the weights split across (1: each device holds them all)."""
        return self._parallel.tensor_parallel if self._parallel is not None else 1

    def weight_bytes_per_device(self) -> dict[str, int]:
        """The weight bytes each device (of this process) holds, measured from the placed arrays' shards (weights
        compiled in as constants count whole on every device)."""
        return bytes_per_device({k: v for k, v in self._weights.items() if k not in self.folded}, self.devices,
                                {k: self._weights[k] for k in self.folded})

    @property
    def weight_bytes(self) -> int:
        """Bytes the weights take on the devices: each placed array as it lies there (every device's copy), plus
        the weights compiled in as constants (``fold_weights``). A quantized artifact's integer weights count as
        stored: they are never expanded to floats."""
        placed = sum(placed_bytes(v) for k, v in self._weights.items() if k not in self.folded)
        return placed + sum(self._weights[k].nbytes for k in self.folded)

    def _place(self, name: str, value: Any) -> jax.Array:
        if self._parallel is not None:
            return self._parallel.place(name, value)
        return jax.device_put(value)

    @property
    def compilations(self) -> int:
        """How many times this program was compiled (once per distinct input shape, or per bucket)."""
        return self._cache.compilations

    @property
    def seed(self) -> int | None:
        """The seed of the program's random ops (None if it has none); each call advances their state."""
        return None if self._rng is None else self._rng.seed

    @seed.setter
    def seed(self, value: int) -> None:
        if self._rng is None:
            raise InputError("This program has no random ops, so it takes no seed.")
        if not isinstance(value, int) or not 0 <= value < 2**32:
            raise InputError(f"A seed is a whole number in [0, 2**32), got {value!r}.")
        self._rng = self._rng.replace(seed=value)
        self._weights[self._rng.name] = self._place(self._rng.name, np.array([value, 0, 0, 0], np.uint32))

    def buffers(self) -> dict[str, np.ndarray]:
        """Current values of the weights, including buffers updated by earlier calls."""
        return {k: jax_compat.to_host(v) if isinstance(v, jax.Array) else np.asarray(v)
                for k, v in self._weights.items()}

    def run_named(self, inputs: Mapping[str, Any]) -> dict[str, np.ndarray]:
        """Call with tensor inputs by manifest name (constants take their recorded values); outputs by name."""
        unknown = sorted(set(inputs) - set(self.input_names))
        missing = [n for n in self.input_names if n not in inputs]
        if unknown or missing:
            expected = ", ".join(f"{e.name} {e.dtype}{list(e.shape)}" for e in self.manifest.tensor_inputs)
            raise InputError(f"Inputs do not match the artifact: missing {missing}, unknown {unknown}; "
                             f"it expects {expected}.")
        leaves = [e.value if e.is_constant else inputs[e.name] for e in self.manifest.inputs]
        args, kwargs = pytree.unflatten(self.manifest.input_spec, leaves)
        flat = pytree.flatten(self.manifest.output_spec, self(*args, **kwargs), "outputs")
        return dict(zip(self.output_names, flat))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        m = self.manifest
        args = self._by_name(args, kwargs)
        # Keyword arguments torch.export fixed to a constant may be left out: they take the recorded value.
        kwargs = {**{k: v for k, v in self._constant_kwargs.items() if k not in kwargs}, **kwargs}
        leaves = pytree.flatten(m.input_spec, (args, kwargs), "inputs")
        tensors, originals = [], []
        for entry, value in zip(m.inputs, leaves):
            if entry.is_constant:
                _check_constant(entry, value)
                continue
            originals.append(value)
            tensors.append(_as_input_array(entry, value))
        sizes = bind_dims(m.symbols, m.tensor_inputs, tensors)
        target = self._buckets.target(sizes) if self._buckets is not None else None
        if self._parallel is not None:
            target = self._parallel.target(sizes, target)
        if target:
            tensors = pad_dims(m.tensor_inputs, tensors, target)
        layout = m.layout
        if self.lockstep is not None:  # a server on several processes: the others make this call too
            group, index = self.lockstep
            results = group.call(index, "call", tensors, {}, lambda: self._device_call(tensors))
        else:
            results = self._device_call(tensors)
        results = trim(m, [np.asarray(r) for r in results])
        if target:
            results = unpad_dims(m.results, results, sizes, target)
        for info, value in zip(m.mutated_inputs, results[layout.input_slice]):
            _write_back(originals[m.input_names.index(info.target)], value)
        outputs = iter(results[layout.output_slice])
        flat = [entry.value if entry.is_constant else next(outputs) for entry in m.outputs]
        return pytree.unflatten(m.output_spec, flat)

    def _device_call(self, tensors: list[np.ndarray]) -> list:
        """The compiled program on the (padded) inputs; buffers it updates stay on the device for the next call."""
        with jax.enable_x64(self._x64):
            if self._parallel is not None:
                tensors = self._parallel.inputs(tensors)
            results = self._cache([self._weights[k] for k in self._live], tensors)
            for info, value in zip(self.manifest.mutated_buffers, results[self.manifest.layout.buffer_slice]):
                self._weights[info.target] = value
        return results

    def replay(self, kind: str, arrays: list[np.ndarray], meta: dict) -> None:
        """Make a call process 0 shared (``hosts.Lockstep``), on this process's devices."""
        self._device_call(arrays)

    def _by_name(self, args: tuple, kwargs: dict) -> tuple:
        """Positional inputs given by name (``program(x=...)`` for ``forward(self, x)``, or an ONNX graph
        input's name) moved into place; ``kwargs`` keeps the model's own keyword arguments."""
        named = [n for n in self._positional_names[len(args):] if n in kwargs]
        if not named:
            return args
        missing = [n for n in self._positional_names[len(args):] if n not in kwargs]
        if missing:
            raise InputError(f"Inputs {named} were given by name, but the positional inputs {missing} before or "
                             f"between them were not; the model takes ({', '.join(self._positional_names)}) in "
                             "that order, by position or all by name.")
        return args + tuple(kwargs.pop(n) for n in self._positional_names[len(args):])


def _positional_names(manifest: Manifest) -> list[str]:
    """The names a caller may give the model's positional inputs by: each positional argument that is a single
    tensor, by its input name (torch.export names it after the ``forward`` parameter; ONNX after the graph
    input). Empty when a positional argument is a structure or a constant, or a name is also a keyword."""
    args_spec, kwargs_spec = manifest.input_spec.children
    if any(c.kind != "leaf" for c in args_spec.children):
        return []
    entries = manifest.inputs[:len(args_spec.children)]
    names = [e.name for e in entries]
    if any(e.is_constant for e in entries) or set(names) & set(kwargs_spec.keys):
        return []
    return names


def _constant_kwargs(manifest: Manifest) -> dict[str, Any]:
    """Keyword arguments that are a single constant leaf in the input spec, with their recorded values."""
    args_spec, kwargs_spec = manifest.input_spec.children
    index = pytree.num_leaves(args_spec)
    constants = {}
    for key, child in zip(kwargs_spec.keys, kwargs_spec.children):
        if child.kind == "leaf" and manifest.inputs[index].is_constant:
            constants[key] = manifest.inputs[index].value
        index += pytree.num_leaves(child)
    return constants


def load(path: str | Path, *, buckets: BucketSpec | None = None, cache_size: int = DEFAULT_CACHE_SIZE,
         seed: int | None = None, cache_dir: str | Path | None = None, devices: int | None = None,
         fold_weights: bool | None = None, tensor_parallel: int | None = None, coordinator: str | None = None,
         num_processes: int | None = None, process_id: int | None = None,
         progress: Show = None) -> Program | GenerationProgram:
    """Load an artifact written by ``Artifact.save`` (text or bytecode) for calling; see ``Program`` for
    ``buckets``, ``cache_size``, ``cache_dir``, ``devices``, ``tensor_parallel``, ``fold_weights`` and
    ``progress``. A text-generation artifact (``export_llm``) loads as a ``GenerationProgram`` (``generate``); of the
    options, it takes ``cache_dir``, ``devices``, ``tensor_parallel`` and ``progress``.

    ``coordinator`` (process 0's ``HOST:PORT``), ``num_processes`` and ``process_id`` first join this process to
    the others through ``jax.distributed`` (``runtime.hosts``; ``coordinator="auto"`` on a TPU pod slice), so
    ``devices`` counts the devices of every process (default: all of them). Give them before anything else in the
    process uses JAX's devices."""
    hosts.join(coordinator, num_processes, process_id)
    artifact = read_artifact(path)
    if artifact.manifest.is_generation:
        given = [name for name, value in (("buckets", buckets), ("seed", seed), ("fold_weights", fold_weights))
                 if value is not None]
        if given:
            raise InputError(f"{path} is a text-generation artifact, which takes none of {', '.join(given)}: it "
                             "pads prompt chunks itself, and seeds are given per request (generate(..., seed=)).")
        return GenerationProgram(artifact, cache_dir=cache_dir, devices=devices, tensor_parallel=tensor_parallel,
                                 progress=progress)
    return Program(artifact, buckets=buckets, cache_size=cache_size, seed=seed, cache_dir=cache_dir,
                   devices=devices, fold_weights=fold_weights, tensor_parallel=tensor_parallel, progress=progress)


def _as_input_array(entry: TensorEntry, value: Any) -> np.ndarray:
    name, want = entry.name, entry.numpy_dtype
    try:
        if isinstance(value, (int, float, bool, list, tuple)):
            value = _from_python(name, value, want, entry.dtype)
        array = dtypes.to_array(value)
    except InputError:
        raise
    except Exception as e:  # ragged lists, objects numpy cannot convert, tensors on odd devices
        raise InputError(f"Input {name!r} must be an array or tensor, got {type(value).__name__} that cannot be "
                         f"made one ({type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}).") from None
    if array.dtype != want:
        raise InputError(
            f"Input {name!r} has dtype {array.dtype}, but the model was exported with {entry.dtype}; "
            f"convert it first (e.g. x.astype(np.{entry.dtype}))."
        )
    return array


def _from_python(name: str, value: Any, want: np.dtype, dtype_name: str) -> np.ndarray:
    """Python numbers and (nested) lists take the input's dtype, but only when nothing is lost: no floats into
    an integer input, no integers that overflow it."""
    natural = np.asarray(value)
    with np.errstate(all="ignore"):  # overflow is detected below, not warned about
        converted = natural.astype(want) if natural.dtype.kind in "biuf" else None
    if (converted is None or not np.can_cast(natural.dtype, want, "same_kind")
            or (want.kind in "biu" and not np.array_equal(converted, natural))):
        raise InputError(f"Input {name!r} was given as a Python {type(value).__name__} of {natural.dtype} values, "
                         f"which do not fit the input's dtype {dtype_name}; pass an array of {dtype_name}.")
    return converted


def _check_constant(entry: ConstantEntry, value: Any) -> None:
    want = entry.value
    if isinstance(value, np.generic) or (isinstance(value, np.ndarray) and value.shape == ()):
        value = value.item()
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (value, want))
    if not (numbers or type(value) is type(want)) or value != want:
        raise InputError(
            f"Input {entry.name!r} was fixed to {entry.value!r} when the model was exported (torch.export "
            f"specializes non-tensor inputs), but {value!r} was given; re-export with the value you need."
        )


def _write_back(original: Any, value: np.ndarray) -> None:
    """Mirror torch's in-place input mutation onto the caller's array or tensor."""
    if isinstance(original, np.ndarray) and original.flags.writeable:
        np.copyto(original, value)
    elif hasattr(original, "copy_") and hasattr(original, "new_tensor"):
        if dtypes.name_of(value.dtype) == "bfloat16":  # torch cannot read ml_dtypes' bfloat16; float32 is exact
            value = value.astype(np.float32)
        original.copy_(original.new_tensor(value))
