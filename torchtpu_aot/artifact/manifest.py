"""The artifact manifest: a JSON document stored as an attribute of the StableHLO module itself.

It makes the ``.mlir`` self-describing: format version, producer versions, target platforms, the entry
signature (names, dtypes, shapes with named symbolic dims), pytree specs, the weight table and file digest,
which extra results are mutated buffers, and (optional, bfloat16 exports only) the compute and I/O precision.

This module is the one place that knows the JSON: ``loads`` checks a document and parses it once into a frozen
``Manifest``; everything else reads its attributes. ``Manifest.to_json`` gives the document back, key for key, so
an artifact written again is byte-identical. The layout of ``@main``'s results (``ResultLayout``) lives here too.

Format versions: an artifact is written with the oldest format that can hold it, so older readers read it unless
it uses a newer format's feature, and refuse it (ManifestVersionError) when it does.
- 1: the base format.
- 2 adds ``data_dependent_dims``: output dims whose size depends on the data (nonzero's rows), each with its
  static bound and the @main result that holds its true length (an older runtime would return the padding).
- 3 adds named tuples to the pytree specs (``topk``'s ``values``/``indices``, users' ``NamedTuple`` outputs), which
  an older runtime would return as plain tuples.
- 4 adds generation artifacts: several public functions (``entry_points``: prefill and decode) sharing one weight
  table, the state they carry between calls (the KV cache) and the tokenizer files (``generation``). Such a
  manifest has no top-level signature: each entry point has its own (``Manifest.entry_points``, each a Manifest of
  a one-function program whose weights are its arguments' subset of the shared table).
Quantized weights (a weight's optional ``quantization`` field) need no new format: the program dequantizes them
itself, so an older release computes the same results (it may fold the integer weights into floating constants,
which costs memory and time, not correctness).

Weights may carry a partition spec (``TensorEntry.partition``, JSON ``"partition": {"spec": ["model", null],
"units": 8}``): how the weight splits over the ``model`` axis of a device mesh under tensor parallelism. It is
optional and needs no new format version: the program stays a one-device program, so a reader that ignores the
field runs the artifact as before, and artifacts exported without specs are byte-identical to those of earlier
releases.

Reading checks every field the runtime relies on, so a corrupted or hand-edited manifest is refused here with
a ManifestError instead of failing later inside JAX. Nothing in a manifest is ever executed or imported.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar

from jax import export as jax_export

from torchtpu_aot import dtypes, pytree
from torchtpu_aot.errors import ArtifactError, ManifestError, ManifestVersionError, UnsafePathError
from torchtpu_aot.pytree import TreeSpec

FORMAT = "torchtpu_aot"
FORMAT_VERSION = 4  # the newest format this release reads and writes
DATA_DEPENDENT_FORMAT_VERSION = 2  # the first format with data_dependent_dims
NAMEDTUPLE_FORMAT_VERSION = 3  # the first format with named tuples in the pytree specs
GENERATION_FORMAT_VERSION = 4  # the first format with entry points and generation settings
FORMATS = ("text", "bytecode")
PLATFORMS = ("cpu", "cuda", "rocm", "tpu")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SYMBOL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MAX_DIM = 2**62
_FLOAT_NAMES = ("float16", "bfloat16", "float32", "float64")

Dim = int | str  # a size, or a named dynamic dim / JAX's text for an expression over named dims


# ---------------------------------------------------------------------------------------------- the typed form


class _Record:
    """``replace`` for the frozen records below."""

    def replace(self, **changes: Any):
        return dataclasses.replace(self, **changes)


MODEL_AXIS = "model"  # the mesh axis weights split over under tensor parallelism


@dataclass(frozen=True)
class Partition(_Record):
    """How a weight splits over the ``model`` mesh axis: ``spec`` gives, per dim, the mesh axis it is split over
    (None: whole on every device), as ``jax.sharding.PartitionSpec`` does; at most one dim is split. ``units`` is
    how many blocks along that dim must stay whole (attention heads: 8 for a projection of 8 heads); None: any
    split of the dim's size. The runtime splits the weight over T devices only when T divides ``units`` (or the
    size), and keeps it whole on every device otherwise."""

    spec: tuple[str | None, ...]
    units: int | None = None

    @property
    def dim(self) -> int:
        """The dim that is split."""
        return self.spec.index(MODEL_AXIS)

    def splits(self, shape: tuple[int, ...], count: int) -> bool:
        """Whether ``count`` devices split a weight of ``shape`` by this spec."""
        return count > 1 and shape[self.dim] % count == 0 and (self.units or shape[self.dim]) % count == 0

    @property
    def text(self) -> str:
        """``model, None`` (the spec as the --shard option writes it), with the units (heads) when given."""
        spec = ", ".join(str(a) for a in self.spec)
        return f"{spec} ({self.units} heads)" if self.units else spec

    def to_json(self) -> dict:
        out: dict[str, Any] = {"spec": list(self.spec)}
        if self.units is not None:
            out["units"] = self.units
        return out


@dataclass(frozen=True)
class Quantization(_Record):
    """How an integer weight stands for a floating one (a weight's optional ``quantization`` field).

    ``int8``/``int4`` (export's ``quantize=``): the floating weight of ``dtype`` and ``shape`` is viewed as rows
    ``w.reshape(shape[0], -1)``; each row is cut into groups of ``group_size`` consecutive elements (the whole row
    for int8), and element ``q`` of a group stands for ``q * s``, ``s`` being the group's entry of the weight named
    ``scale`` (shaped ``(rows, row_length // group_size)``). int8 weights are stored as they are; int4 ones two to a
    byte (uint8, ``(rows, ceil(row_length / 2))``): element ``2j`` of a row in the low four bits of byte ``j``,
    element ``2j + 1`` in the high four, each in two's complement. The program dequantizes them itself.
    ``external``: an integer weight the model's own graph dequantizes (a model quantized before export, e.g. with
    torchao). Either way the runtime keeps the weight as it is stored (it never folds it into a floating constant)."""

    scheme: str
    dtype: str | None = None
    shape: tuple[int, ...] | None = None
    group_size: int | None = None
    scale: str | None = None

    @property
    def text(self) -> str:
        if self.scheme not in QUANTIZATION_SCHEMES:
            return "quantized before export, dequantized by the model's own graph"
        return f"{self.scheme}, {self.groups_text} in {self.scale}, for {self.dtype}{list(self.shape)}"

    @property
    def groups_text(self) -> str:
        if self.group_size == math.prod(self.shape[1:]):
            return "a scale per row"
        return f"a scale per {self.group_size} weights of a row"

    def to_json(self) -> dict:
        out: dict[str, Any] = {"scheme": self.scheme}
        if self.scheme in QUANTIZATION_SCHEMES:
            out.update({"dtype": self.dtype, "shape": list(self.shape), "group_size": self.group_size,
                        "scale": self.scale})
        return out


QUANTIZATION_SCHEMES = ("int8", "int4")  # export's own; "external" marks weights the model dequantizes itself


@dataclass(frozen=True)
class TensorEntry(_Record):
    """A tensor in the signature or the weight table: its name, dtype name (torch's spelling) and shape.
    Weights also carry their ``role`` (parameter, buffer, constant, initializer, rng, scale), the random state its
    ``seed``, a weight exported for tensor parallelism its ``partition`` and quantized weights their
    ``quantization``."""

    name: str
    dtype: str
    shape: tuple[Dim, ...]
    role: str | None = None
    seed: int | None = None
    partition: Partition | None = None
    quantization: Quantization | None = None
    is_constant: ClassVar[bool] = False

    @property
    def numpy_dtype(self):
        return dtypes.to_numpy(self.dtype)

    @property
    def is_static(self) -> bool:
        return all(isinstance(d, int) for d in self.shape)

    @property
    def nbytes(self) -> int:
        """Bytes of the tensor (static shapes only: weights)."""
        return math.prod(self.shape) * self.numpy_dtype.itemsize

    def to_json(self) -> dict:
        out: dict[str, Any] = {"name": self.name, "dtype": self.dtype, "shape": list(self.shape)}
        if self.role is not None:
            out["role"] = self.role
        if self.seed is not None:
            out["seed"] = self.seed
        if self.partition is not None:
            out["partition"] = self.partition.to_json()
        if self.quantization is not None:
            out["quantization"] = self.quantization.to_json()
        return out


@dataclass(frozen=True)
class ConstantEntry(_Record):
    """An input or output torch.export fixed to a Python value (None, bool, int, float or str)."""

    name: str
    value: None | bool | int | float | str
    is_constant: ClassVar[bool] = True

    def to_json(self) -> dict:
        return {"name": self.name, "constant": self.value}


Entry = TensorEntry | ConstantEntry


@dataclass(frozen=True)
class DynamicDim(_Record):
    """A named dynamic dim: its range (``max`` None: unbounded) and the input dims it sizes (``"x:0"``)."""

    name: str
    min: int
    max: int | None
    dims: tuple[str, ...] = ()

    @property
    def range_text(self) -> str:
        return f"[{self.min}, {self.max if self.max is not None else 'unbounded'}]"

    def to_json(self) -> dict:
        return {"min": self.min, "max": self.max, "dims": list(self.dims)}


@dataclass(frozen=True)
class DataDependentDim(_Record):
    """An output dim whose size depends on the data: its static bound and the @main result holding its length."""

    name: str
    max: int
    length_output: int

    def to_json(self) -> dict:
        return {"max": self.max, "length_output": self.length_output}


@dataclass(frozen=True)
class Mutation(_Record):
    """A buffer (weight) or input the model writes into, and the @main result that carries its new value."""

    target: str
    output: int | None = None  # the @main result index; absent in manifests written before it was recorded


@dataclass(frozen=True)
class WeightsTable(_Record):
    """The weights in @main argument order, and where they are: a safetensors file (``file`` with its ``sha256``,
    beside the program) or inlined in the program as constants."""

    tensors: tuple[TensorEntry, ...]
    inline: bool = False
    file: str | None = None
    sha256: str | None = None

    @property
    def names(self) -> list[str]:
        return [e.name for e in self.tensors]

    @property
    def nbytes(self) -> int:
        return sum(e.nbytes for e in self.tensors)

    def entry(self, name: str) -> TensorEntry:
        return next(e for e in self.tensors if e.name == name)

    @property
    def quantized(self) -> tuple[TensorEntry, ...]:
        """The integer weights that stand for floating ones (see ``Quantization``)."""
        return tuple(e for e in self.tensors if e.quantization is not None)

    @property
    def rng(self) -> TensorEntry | None:
        """The random-number state, for programs with random ops."""
        return next((e for e in self.tensors if e.role == "rng"), None)

    def to_json(self) -> dict:
        return {"tensors": [e.to_json() for e in self.tensors], "inline": self.inline, "file": self.file,
                "sha256": self.sha256}


@dataclass(frozen=True)
class Precision(_Record):
    """bfloat16 exports: the dtype the program computes in, and the dtype of its floating inputs and outputs."""

    compute: str
    io: str

    @property
    def text(self) -> str:
        return f"{self.compute} weights and compute, floating I/O in {self.io}"

    def to_json(self) -> dict:
        return {"compute": self.compute, "io": self.io}


@dataclass(frozen=True)
class ProgramInfo(_Record):
    """How the program was written: ``text`` or ``bytecode``, for which StableHLO version."""

    format: str
    stablehlo_version: str

    def to_json(self) -> dict:
        return {"format": self.format, "stablehlo_version": self.stablehlo_version}


@dataclass(frozen=True)
class FileRef(_Record):
    """A file that travels with the artifact (a plain name beside the program) and its SHA-256."""

    file: str
    sha256: str

    def to_json(self) -> dict:
        return {"file": self.file, "sha256": self.sha256}


@dataclass(frozen=True)
class CacheTensor(_Record):
    """One tensor of the state a generation artifact carries between calls: a layer's keys or values, shaped
    ``(max_batch, heads, max_seq_len, head_dim)``. ``name`` is the entry points' input of that name; each entry
    point returns its new value under the same index of its ``cache`` output."""

    name: str
    layer: int
    kind: str  # "key" or "value"
    dtype: str
    shape: tuple[int, ...]

    @property
    def nbytes(self) -> int:
        return math.prod(self.shape) * dtypes.to_numpy(self.dtype).itemsize

    def to_json(self) -> dict:
        return {"name": self.name, "layer": self.layer, "kind": self.kind, "dtype": self.dtype,
                "shape": list(self.shape)}


@dataclass(frozen=True)
class GenerationInfo(_Record):
    """What a generation artifact's runtime needs besides its entry points.

    The entry points take and return the KV cache: ``decode(tokens int64[max_batch, 1], positions
    int64[max_batch], span bool[n], cache...) -> {logits float32[max_batch, vocab], cache}`` advances every slot by
    one token, each at its own position, attending to the first n cache positions (artifacts without the ``span``
    input attend to all of them); ``prefill(tokens int64[1, n], positions int64[1], cache..., row int64[1],
    last int64[1]) -> {logits float32[1, vocab], cache}`` writes a chunk of up to ``prefill_chunk`` prompt tokens
    of one slot (``row``) from its position on, and gives the logits after the chunk's token ``last``."""

    architecture: str
    max_batch: int
    max_seq_len: int
    prefill_chunk: int
    vocab_size: int
    cache: tuple[CacheTensor, ...]
    eos_token_ids: tuple[int, ...] = ()
    bos_token_id: int | None = None
    pad_token_id: int | None = None
    files: Mapping[str, FileRef] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def cache_bytes(self) -> int:
        return sum(c.nbytes for c in self.cache)

    def to_json(self) -> dict:
        return {"architecture": self.architecture, "max_batch": self.max_batch, "max_seq_len": self.max_seq_len,
                "prefill_chunk": self.prefill_chunk, "vocab_size": self.vocab_size,
                "cache": [c.to_json() for c in self.cache], "eos_token_ids": list(self.eos_token_ids),
                "bos_token_id": self.bos_token_id, "pad_token_id": self.pad_token_id,
                "files": {name: f.to_json() for name, f in sorted(self.files.items())}}


@dataclass(frozen=True)
class ResultLayout(_Record):
    """The one description of @main's results, in order: the user's tensor outputs (padded to their bound along
    data-dependent dims), then the new values of the mutated buffers, then those of the mutated inputs, then the
    true length of each data-dependent dim (an int64 scalar)."""

    outputs: int
    mutated_buffers: int = 0
    mutated_inputs: int = 0
    lengths: int = 0

    @property
    def output_slice(self) -> slice:
        return slice(0, self.outputs)

    @property
    def buffer_slice(self) -> slice:
        return slice(self.outputs, self.outputs + self.mutated_buffers)

    @property
    def input_slice(self) -> slice:
        start = self.outputs + self.mutated_buffers
        return slice(start, start + self.mutated_inputs)

    @property
    def length_slice(self) -> slice:
        start = self.outputs + self.mutated_buffers + self.mutated_inputs
        return slice(start, start + self.lengths)

    @property
    def count(self) -> int:
        return self.outputs + self.mutated_buffers + self.mutated_inputs + self.lengths

    def result_names(self, outputs: list[str], buffers: list[str], inputs: list[str], lengths: list[str]
                     ) -> list[str]:
        """The names @main's results carry in the program text (``torchtpu.name``)."""
        return (list(outputs) + [f"mutated:{b}" for b in buffers] + [f"mutated:{i}" for i in inputs]
                + [f"length:{n}" for n in lengths])


@dataclass(frozen=True)
class Manifest(_Record):
    """A parsed, checked manifest. Build one with ``loads`` (from an artifact) or ``Manifest.new`` (when
    converting); ``to_json`` is the document the artifact stores."""

    format_version: int
    producer: Mapping[str, str]
    model: str | None
    platforms: tuple[str, ...]
    calling_convention_version: int
    symbols: Mapping[str, DynamicDim]
    weights: WeightsTable
    inputs: tuple[Entry, ...]
    outputs: tuple[Entry, ...]
    input_spec: TreeSpec
    output_spec: TreeSpec
    mutated_buffers: tuple[Mutation, ...] = ()
    mutated_inputs: tuple[Mutation, ...] = ()
    data_dependent_dims: Mapping[str, DataDependentDim] = field(default_factory=lambda: MappingProxyType({}))
    precision: Precision | None = None
    program: ProgramInfo | None = None
    entry_points: Mapping[str, Manifest] = field(default_factory=lambda: MappingProxyType({}))
    generation: GenerationInfo | None = None

    # -------------------------------------------------------------------------------- what readers ask for

    @property
    def is_generation(self) -> bool:
        """A generation artifact: entry points instead of one @main (``runtime.generation`` runs it)."""
        return bool(self.entry_points)

    @property
    def platform_index_argument(self) -> bool:
        """@main's first argument is the platform index when the program was lowered for several platforms."""
        return len(self.platforms) > 1

    @functools.cached_property
    def tensor_inputs(self) -> tuple[TensorEntry, ...]:
        """The inputs @main takes, in order (constants are fixed in the program)."""
        return tuple(e for e in self.inputs if not e.is_constant)

    @functools.cached_property
    def tensor_outputs(self) -> tuple[TensorEntry, ...]:
        return tuple(e for e in self.outputs if not e.is_constant)

    @property
    def input_names(self) -> list[str]:
        return [e.name for e in self.tensor_inputs]

    @functools.cached_property
    def layout(self) -> ResultLayout:
        return ResultLayout(len(self.tensor_outputs), len(self.mutated_buffers), len(self.mutated_inputs),
                            len(self.data_dependent_dims))

    @functools.cached_property
    def call_arguments(self) -> tuple[TensorEntry, ...]:
        """What a caller passes @main: the weights (unless inlined), then the tensor inputs."""
        return (() if self.weights.inline else self.weights.tensors) + self.tensor_inputs

    @property
    def arguments(self) -> tuple[TensorEntry, ...]:
        """@main's arguments: the platform index (several platforms only), then ``call_arguments``."""
        return ((_PLATFORM_INDEX,) if self.platform_index_argument else ()) + self.call_arguments

    @functools.cached_property
    def results(self) -> tuple[TensorEntry, ...]:
        """@main's results as ``layout`` orders them, each with the shape @main returns it at."""
        inputs = {e.name: e for e in self.tensor_inputs}
        results = [self._padded(e) for e in self.tensor_outputs]
        results += [self.weights.entry(b.target) for b in self.mutated_buffers]
        results += [inputs[i.target] for i in self.mutated_inputs]
        lengths = sorted(self.data_dependent_dims.values(), key=lambda d: d.length_output)
        return tuple(results + [TensorEntry(f"the length of {d.name}", "int64", ()) for d in lengths])

    def _padded(self, entry: TensorEntry) -> TensorEntry:
        """An output as @main returns it: each data-dependent dim at its static bound."""
        dims = self.data_dependent_dims
        if not any(isinstance(d, str) and d in dims for d in entry.shape):
            return entry
        return entry.replace(shape=tuple(dims[d].max if isinstance(d, str) and d in dims else d for d in entry.shape))

    @property
    def mutates(self) -> bool:
        return bool(self.mutated_buffers or self.mutated_inputs)

    def needed_format_version(self) -> int:
        """The oldest format that can hold this manifest (see the module docstring)."""
        if self.entry_points:
            return GENERATION_FORMAT_VERSION
        if self.input_spec.uses(pytree.NAMEDTUPLE_KIND) or self.output_spec.uses(pytree.NAMEDTUPLE_KIND):
            return NAMEDTUPLE_FORMAT_VERSION
        return DATA_DEPENDENT_FORMAT_VERSION if self.data_dependent_dims else 1

    # -------------------------------------------------------------------------------- building and writing

    @classmethod
    def new(cls, **fields: Any) -> Manifest:
        """A manifest for a converted program, at the oldest format version that holds it (``Artifact.save``
        records the program format and where the weights went)."""
        fields.setdefault("format_version", 1)
        for key in ("symbols", "data_dependent_dims", "producer"):
            if key in fields:
                fields[key] = MappingProxyType(dict(fields[key]))
        manifest = cls(**fields)
        return dataclasses.replace(manifest, format_version=manifest.needed_format_version())

    def to_json(self) -> dict:
        """The JSON document, key for key as the artifact stores it."""
        out: dict[str, Any] = {
            "format": FORMAT,
            "format_version": self.format_version,
            "producer": dict(self.producer),
            "model": self.model,
            "platforms": list(self.platforms),
            "platform_index_argument": self.platform_index_argument,
            "calling_convention_version": self.calling_convention_version,
            "weights": self.weights.to_json(),
        }
        if self.entry_points:
            out["entry_points"] = {name: e._signature_json(names=True) for name, e in self.entry_points.items()}
            out["generation"] = self.generation.to_json()
        else:
            out.update(self._signature_json(names=False))
        if self.precision is not None:
            out["precision"] = self.precision.to_json()
        if self.program is not None:
            out["program"] = self.program.to_json()
        return out

    def _signature_json(self, names: bool) -> dict:
        """The fields of one function's signature; ``names``: its weights by name (an entry point's)."""
        out: dict[str, Any] = {
            "symbols": {name: d.to_json() for name, d in self.symbols.items()},
            "inputs": [e.to_json() for e in self.inputs],
            "outputs": [e.to_json() for e in self.outputs],
            "input_spec": self.input_spec.to_json(),
            "output_spec": self.output_spec.to_json(),
            "mutated_buffers": [_mutation_json("buffer", m) for m in self.mutated_buffers],
            "mutated_inputs": [_mutation_json("input", m) for m in self.mutated_inputs],
        }
        if names:
            out["weights"] = self.weights.names
        if self.data_dependent_dims:
            out["data_dependent_dims"] = {name: d.to_json() for name, d in self.data_dependent_dims.items()}
        return out

    def entry(self, name: str) -> Manifest:
        """The manifest of entry point ``name`` (``main`` of an ordinary artifact is the artifact itself)."""
        if not self.entry_points and name == "main":
            return self
        return self.entry_points[name]

    @classmethod
    def generation_artifact(cls, entries: Mapping[str, Manifest], generation: GenerationInfo) -> Manifest:
        """One manifest for several converted programs that share their weights (by name; each entry's table is
        its own arguments' order), e.g. a generation artifact's prefill and decode."""
        first = next(iter(entries.values()))
        tensors: dict[str, TensorEntry] = {}
        for entry in entries.values():
            if entry.platforms != first.platforms or entry.calling_convention_version != \
                    first.calling_convention_version:
                raise ArtifactError("The entry points were converted for different platforms or JAX calling "
                                    "conventions; convert them with the same settings.")
            for tensor in entry.weights.tensors:
                if tensors.setdefault(tensor.name, tensor) != tensor:
                    raise ArtifactError(f"The entry points disagree on the weight {tensor.name!r} "
                                        f"({tensors[tensor.name]} vs {tensor}); they must share their weights.")
        return cls.new(producer=first.producer, model=first.model, platforms=first.platforms,
                       calling_convention_version=first.calling_convention_version,
                       weights=WeightsTable(tuple(tensors.values())), symbols={}, inputs=(), outputs=(),
                       input_spec=_NO_INPUTS, output_spec=_NO_OUTPUTS, precision=first.precision,
                       entry_points=MappingProxyType(dict(entries)), generation=generation)

    def with_partitions(self, partitions: Mapping[str, Partition | None]) -> Manifest:
        """This manifest with the weights named in ``partitions`` given those partition specs (None: none), in the
        shared weight table and in every entry point's."""
        def table(weights: WeightsTable) -> WeightsTable:
            return weights.replace(tensors=tuple(e.replace(partition=partitions[e.name]) if e.name in partitions
                                                 else e for e in weights.tensors))

        entries = {name: e.replace(weights=table(e.weights)) for name, e in self.entry_points.items()}
        return self.replace(weights=table(self.weights), entry_points=MappingProxyType(entries))

    def with_weights_file(self, weights: WeightsTable, program: ProgramInfo) -> Manifest:
        """This manifest once saved: where the weights went and how the program was written (entry points too)."""
        entries = {name: e.replace(weights=weights.replace(tensors=e.weights.tensors), program=program)
                   for name, e in self.entry_points.items()}
        return self.replace(weights=weights, program=program, entry_points=MappingProxyType(entries))

    def dumps(self) -> str:
        return dumps(self.to_json())


_PLATFORM_INDEX = TensorEntry("the platform index", "int64", ())
_NO_INPUTS = TreeSpec("tuple", (TreeSpec("tuple"), TreeSpec("dict", keys=())))
_NO_OUTPUTS = TreeSpec("tuple")


def _mutation_json(field_name: str, mutation: Mutation) -> dict:
    out: dict[str, Any] = {field_name: mutation.target}
    if mutation.output is not None:
        out["output"] = mutation.output
    return out


# ---------------------------------------------------------------------------------------------- reading


def dumps(manifest: dict) -> str:
    """Canonical JSON: sorted keys, no whitespace variance, so identical manifests give identical bytes."""
    return json.dumps(manifest, sort_keys=True, separators=(",", ":"), allow_nan=False)


def loads(text: str | None, where: str) -> Manifest:
    """Parse and check a manifest; every problem is a ManifestError (or subclass) naming ``where``."""
    if text is None:
        raise ManifestError(
            f"{where} has no torchtpu manifest attribute: it is not a torchtpu_aot artifact "
            "(export one with `torchtpu export MODEL.py -o OUT.mlir`)."
        )
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as e:
        raise ManifestError(f"{where} has a manifest that is not valid JSON ({e}); the file is corrupted. "
                            "Re-export the model or copy the artifact again.") from None
    except RecursionError:
        raise ManifestError(f"{where} has a manifest nested too deeply to be one torchtpu_aot writes; the file is "
                            "corrupted or was crafted. Re-export the model.") from None
    try:
        return from_json(raw, where)
    except RecursionError:
        raise ManifestError(f"{where} has a manifest whose pytree specs are nested too deeply; the file is "
                            "corrupted or was crafted. Re-export the model.") from None


def from_json(raw: Any, where: str) -> Manifest:
    """Check a manifest document (see ``validate``) and parse it into a Manifest."""
    if isinstance(raw, dict) and "entry_points" in raw:
        return _generation_from_json(raw, where)
    validate(raw, where)
    input_spec, output_spec = _spec(raw, "input_spec", where), _spec(raw, "output_spec", where)
    weights = raw["weights"]
    manifest = Manifest(
        format_version=raw["format_version"],
        producer=MappingProxyType(dict(raw.get("producer") or {})),
        model=raw.get("model"),
        platforms=tuple(raw["platforms"]),
        calling_convention_version=raw["calling_convention_version"],
        symbols=MappingProxyType({name: DynamicDim(name, b["min"], b.get("max"), tuple(b.get("dims", ())))
                                  for name, b in raw["symbols"].items()}),
        weights=WeightsTable(tuple(_entry(e) for e in weights["tensors"]), weights["inline"], weights.get("file"),
                             weights.get("sha256")),
        inputs=tuple(_entry(e) for e in raw["inputs"]),
        outputs=tuple(_entry(e) for e in raw["outputs"]),
        input_spec=input_spec,
        output_spec=output_spec,
        mutated_buffers=tuple(Mutation(m["buffer"], m.get("output")) for m in raw["mutated_buffers"]),
        mutated_inputs=tuple(Mutation(m["input"], m.get("output")) for m in raw["mutated_inputs"]),
        data_dependent_dims=MappingProxyType({name: DataDependentDim(name, d["max"], d["length_output"])
                                              for name, d in raw.get("data_dependent_dims", {}).items()}),
        precision=Precision(**raw["precision"]) if raw.get("precision") is not None else None,
        program=ProgramInfo(**raw["program"]) if raw.get("program") is not None else None,
    )
    needed = manifest.needed_format_version()
    _require(manifest.format_version >= needed, where,
             f"{_FEATURES.get(needed)} needs format version {needed}, but it says {manifest.format_version}")
    return manifest


_FEATURES = {DATA_DEPENDENT_FORMAT_VERSION: "'data_dependent_dims'", NAMEDTUPLE_FORMAT_VERSION: "named tuples",
             GENERATION_FORMAT_VERSION: "'entry_points'"}
_SHARED = ("format", "format_version", "producer", "model", "platforms", "platform_index_argument",
           "calling_convention_version", "precision", "program")
_SIGNATURE = ("symbols", "inputs", "outputs", "input_spec", "output_spec", "mutated_buffers", "mutated_inputs",
              "data_dependent_dims")


def _generation_from_json(raw: dict, where: str) -> Manifest:
    """A format-4 manifest: each entry point is checked and parsed as the manifest of a one-function program
    (the shared fields, its own signature, its weights from the shared table), then the generation settings."""
    version = raw.get("format_version")
    _require(_is_int(version), where, "'format_version' is not a positive integer")
    _require(version >= GENERATION_FORMAT_VERSION, where,
             f"'entry_points' needs format version {GENERATION_FORMAT_VERSION}, but it says {version}")
    full = from_json({**{k: raw[k] for k in _SHARED if k in raw}, "weights": raw.get("weights"), "inputs": [],
                      "outputs": [], "symbols": {}, "mutated_buffers": [], "mutated_inputs": [],
                      "input_spec": _NO_INPUTS.to_json(), "output_spec": _NO_OUTPUTS.to_json()}, where)
    table = {e["name"]: e for e in raw["weights"]["tensors"]}
    entry_points = raw["entry_points"]
    _require(isinstance(entry_points, dict) and entry_points and all(
        isinstance(n, str) and _SYMBOL.fullmatch(n) and n != "main" for n in entry_points), where,
        "'entry_points' is not a table of function names (identifiers other than main)")
    entries = {}
    for name, entry in entry_points.items():
        _require(isinstance(entry, dict) and isinstance(entry.get("weights"), list) and all(
            isinstance(w, str) and w in table for w in entry["weights"]), where,
            f"entry point {name!r} does not list its weights by names from the weight table")
        single = {**{k: raw[k] for k in _SHARED if k in raw}, **{k: entry[k] for k in _SIGNATURE if k in entry},
                  "weights": {**raw["weights"], "tensors": [table[w] for w in entry["weights"]]}}
        entries[name] = from_json(single, f"{where} (entry point {name!r})")
    generation = _generation_info(raw.get("generation"), entries, where)
    return full.replace(entry_points=MappingProxyType(entries), generation=generation)


def _generation_info(raw: Any, entries: dict[str, Manifest], where: str) -> GenerationInfo:
    _require(isinstance(raw, dict), where, "'generation' is missing or not an object")
    ints = ("max_batch", "max_seq_len", "prefill_chunk", "vocab_size")
    _require(all(_is_int(raw.get(k)) and raw[k] >= 1 for k in ints), where,
             f"'generation' lacks one of {', '.join(ints)} as a positive integer")
    _require(isinstance(raw.get("architecture"), str), where, "'generation.architecture' is not a string")
    cache = raw.get("cache")
    _require(isinstance(cache, list) and cache and all(
        isinstance(c, dict) and isinstance(c.get("name"), str) and _is_int(c.get("layer"))
        and c.get("kind") in ("key", "value") and isinstance(c.get("dtype"), str)
        and isinstance(c.get("shape"), list) and all(_is_int(d) and d >= 1 for d in c["shape"]) for c in cache),
        where, "'generation.cache' does not list the cache tensors (name, layer, kind, dtype, shape)")
    tensors = tuple(CacheTensor(c["name"], c["layer"], c["kind"], c["dtype"], tuple(c["shape"])) for c in cache)
    for name, entry in entries.items():
        inputs = {e.name: e for e in entry.tensor_inputs}
        for c in tensors:
            _require(c.name in inputs and (inputs[c.name].dtype, inputs[c.name].shape) == (c.dtype, c.shape), where,
                     f"entry point {name!r} does not take the cache tensor {c.name!r} as {c.dtype}{list(c.shape)}")
    ids = raw.get("eos_token_ids", [])
    _require(isinstance(ids, list) and all(_is_int(i) for i in ids), where, "'eos_token_ids' is not a list of ints")
    for key in ("bos_token_id", "pad_token_id"):
        _require(raw.get(key) is None or _is_int(raw[key]), where, f"'{key}' is not an integer")
    files = raw.get("files", {})
    _require(isinstance(files, dict) and all(
        isinstance(f, dict) and isinstance(f.get("file"), str) and isinstance(f.get("sha256"), str)
        and _SHA256.fullmatch(f["sha256"]) for f in files.values()), where,
        "'generation.files' does not give each file's name and SHA-256")
    for f in files.values():
        _check_plain_name(f["file"], where)
    return GenerationInfo(
        architecture=raw["architecture"], max_batch=raw["max_batch"], max_seq_len=raw["max_seq_len"],
        prefill_chunk=raw["prefill_chunk"], vocab_size=raw["vocab_size"], cache=tensors,
        eos_token_ids=tuple(ids), bos_token_id=raw.get("bos_token_id"), pad_token_id=raw.get("pad_token_id"),
        files=MappingProxyType({k: FileRef(v["file"], v["sha256"]) for k, v in files.items()}))


def _entry(raw: dict) -> Entry:
    if "constant" in raw:
        return ConstantEntry(raw["name"], raw["constant"])
    partition = raw.get("partition")
    quantization = raw.get("quantization")
    if quantization is not None:
        quantization = Quantization(quantization["scheme"], quantization.get("dtype"),
                                    tuple(quantization["shape"]) if "shape" in quantization else None,
                                    quantization.get("group_size"), quantization.get("scale"))
    return TensorEntry(raw["name"], raw["dtype"], tuple(raw["shape"]), raw.get("role"), raw.get("seed"),
                       partition=None if partition is None else Partition(tuple(partition["spec"]),
                                                                          partition.get("units")),
                       quantization=quantization)


def _spec(raw: dict, key: str, where: str) -> TreeSpec:
    try:
        return pytree.from_json(raw.get(key), f"manifest {key}")
    except ArtifactError as e:
        raise ManifestError(f"{where}: {e} The file is corrupted or was edited by hand; re-export the model.") \
            from None


def _require(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise ManifestError(f"{where} has a malformed manifest: {what}. The file is corrupted or was edited by "
                            "hand; re-export the model.")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate(manifest: Any, where: str) -> None:
    """Check the structure and internal consistency of a manifest document (see the module docstring)."""
    _require(isinstance(manifest, dict), where, "it is not a JSON object")
    _require(manifest.get("format") == FORMAT, where, f"'format' is not {FORMAT!r}")
    version = manifest.get("format_version")
    _require(_is_int(version) and version >= 1, where, "'format_version' is not a positive integer")
    if version > FORMAT_VERSION:
        raise ManifestVersionError(
            f"{where} uses artifact format version {version}, but this torchtpu_aot reads versions up to "
            f"{FORMAT_VERSION}; upgrade torchtpu_aot to a release that reads format {version}."
        )
    for key, kind in (("inputs", list), ("outputs", list), ("weights", dict), ("platforms", list),
                      ("symbols", dict), ("mutated_buffers", list), ("mutated_inputs", list)):
        _require(isinstance(manifest.get(key), kind), where, f"'{key}' is missing or not a {kind.__name__}")
    _check_platforms(manifest, where)
    _require(_is_int(manifest.get("calling_convention_version")), where,
             "'calling_convention_version' is not an integer")
    _check_symbols(manifest["symbols"], where)
    weights = manifest["weights"]
    _require(isinstance(weights.get("tensors"), list), where, "'weights.tensors' is not a list")
    for entry in weights["tensors"]:
        _check_entry(entry, where, constant_ok=False)
    for entry in manifest["inputs"] + manifest["outputs"]:
        _check_entry(entry, where, constant_ok=True)
    _check_unique([e["name"] for e in weights["tensors"]], where, "weight")
    _check_quantization(weights["tensors"], where)
    _check_unique([e["name"] for e in manifest["inputs"]], where, "input")
    _check_data_dims(manifest, where)
    _check_shapes(manifest, where)
    _check_specs(manifest, where)
    _check_mutations(manifest, where)
    _check_weights_file(weights, where)
    _check_optional(manifest, where)


def _check_platforms(manifest: dict, where: str) -> None:
    platforms = manifest["platforms"]
    _require(len(platforms) > 0 and all(p in PLATFORMS for p in platforms) and len(set(platforms)) == len(platforms),
             where, f"'platforms' must list distinct names from {', '.join(PLATFORMS)}")
    _require(manifest.get("platform_index_argument") is (len(platforms) > 1), where,
             "'platform_index_argument' must be true exactly when there are several platforms")


def _check_symbols(symbols: dict, where: str) -> None:
    for name, bounds in symbols.items():
        _require(_SYMBOL.fullmatch(name) is not None, where, f"the dynamic dim name {name!r} is not an identifier")
        _require(isinstance(bounds, dict) and set(bounds) <= {"min", "max", "dims"}, where,
                 f"the dynamic dim {name!r} has no {{min, max}} range")
        dims = bounds.get("dims", [])
        _require(isinstance(dims, list) and all(isinstance(d, str) for d in dims), where,
                 f"the dynamic dim {name!r} lists its input dims as {dims!r}, not as strings like \"x:0\"")
        lo, hi = bounds.get("min"), bounds.get("max")
        _require(_is_int(lo) and 1 <= lo < _MAX_DIM and (hi is None or (_is_int(hi) and lo <= hi < _MAX_DIM)),
                 where, f"the dynamic dim {name!r} has the invalid range {bounds}")


def _check_entry(entry: Any, where: str, constant_ok: bool) -> None:
    _require(isinstance(entry, dict) and isinstance(entry.get("name"), str), where, "a signature entry has no name")
    name = entry["name"]
    if "constant" in entry:
        _require(constant_ok, where, f"the weight {name!r} is recorded as a constant")
        value = entry["constant"]
        _require(value is None or isinstance(value, (bool, int, float, str)), where,
                 f"the constant {name!r} is not None, a bool, a number or a string")
        return
    _require(isinstance(entry.get("dtype"), str) and isinstance(entry.get("shape"), list), where,
             f"entry {name!r} lacks a dtype or shape")
    _require(isinstance(entry.get("role", ""), str) and _is_int(entry.get("seed", 0)), where,
             f"entry {name!r} has a role that is not a string or a seed that is not an integer")
    try:
        dtypes.to_numpy(entry["dtype"])
    except ArtifactError:
        _require(False, where, f"entry {name!r} has the unknown dtype {entry['dtype']!r}")
    for d in entry["shape"]:
        _require((_is_int(d) and 0 <= d < _MAX_DIM) or (isinstance(d, str) and 0 < len(d) <= 200), where,
                 f"entry {name!r} has the invalid dim {d!r} (dims are sizes or dynamic dim expressions)")
    if "partition" in entry:
        _require(not constant_ok, where, f"the input or output {name!r} has a partition spec (only weights have one)")
        _check_partition(entry["partition"], entry["shape"], name, where)


def _check_partition(partition: Any, shape: list, name: str, where: str) -> None:
    """A weight's partition spec: one entry per dim, null or "model", exactly one "model", and the units (if
    given) a whole number that divides the split dim."""
    spec = partition.get("spec") if isinstance(partition, dict) else None
    _require(isinstance(partition, dict) and set(partition) <= {"spec", "units"} and isinstance(spec, list)
             and len(spec) == len(shape) and all(a is None or a == MODEL_AXIS for a in spec)
             and spec.count(MODEL_AXIS) == 1, where,
             f"the weight {name!r} has the partition {partition!r}, not {{\"spec\": [...]}} with one entry per dim "
             f"(null, or {MODEL_AXIS!r} for the one dim it splits)")
    units = partition.get("units")
    size = shape[spec.index(MODEL_AXIS)]
    _require(units is None or (_is_int(units) and units >= 1 and _is_int(size) and size % units == 0), where,
             f"the weight {name!r} has partition units {units!r}, which do not divide its split dim ({size})")


def _check_quantization(tensors: list[dict], where: str) -> None:
    """Quantized weights (optional ``quantization`` field, see ``Quantization``): a known scheme; for export's own
    schemes, integer data and a floating scale weight whose shapes fit the recorded floating weight."""
    table = {e["name"]: e for e in tensors}
    for entry in tensors:
        if "quantization" not in entry:
            continue
        name, info = entry["name"], entry["quantization"]
        _require(isinstance(info, dict) and info.get("scheme") in (*QUANTIZATION_SCHEMES, "external"), where,
                 f"the weight {name!r} has a 'quantization' without a known scheme (int8, int4, external)")
        if info["scheme"] == "external":
            _require(set(info) == {"scheme"} and entry["dtype"].startswith(("int", "uint")), where,
                     f"the weight {name!r} is marked as quantized but is not an integer tensor")
            continue
        shape, group, scale = info.get("shape"), info.get("group_size"), info.get("scale")
        _require(set(info) == {"scheme", "dtype", "shape", "group_size", "scale"} and info["dtype"] in _FLOAT_NAMES
                 and isinstance(shape, list) and len(shape) >= 2 and all(_is_int(d) and d >= 1 for d in shape)
                 and _is_int(group) and group >= 1 and isinstance(scale, str), where,
                 f"the weight {name!r} has a 'quantization' that does not give the floating dtype and shape, the "
                 "group size and the scale weight")
        rows, length = shape[0], math.prod(shape[1:])
        stored = ("int8", [rows, length]) if info["scheme"] == "int8" else ("uint8", [rows, (length + 1) // 2])
        _require(length % group == 0 and (entry["dtype"], entry["shape"]) == stored, where,
                 f"the {info['scheme']} weight {name!r} is {entry['dtype']}{entry['shape']}, which does not hold "
                 f"{info['dtype']}{shape} in groups of {group}")
        scales = table.get(scale)
        _require(scales is not None and scales["dtype"] in _FLOAT_NAMES and scales["shape"] == [rows, length // group]
                 and "quantization" not in scales, where,
                 f"the weight {name!r} names {scale!r} as its scales, which is not a floating weight shaped "
                 f"{[rows, length // group]}")


def _check_unique(names: list[str], where: str, what: str) -> None:
    dupes = sorted({n for n in names if names.count(n) > 1})
    _require(not dupes, where, f"the {what} names {dupes} appear more than once")


def _check_data_dims(manifest: dict, where: str) -> None:
    """Each data-dependent dim: a new name with a static bound, a whole dim of some output and nowhere else,
    its length in its own int64 result after the outputs, mutated buffers and mutated inputs."""
    dims = manifest.get("data_dependent_dims", {})
    _require(isinstance(dims, dict) and (dims or "data_dependent_dims" not in manifest), where,
             "'data_dependent_dims' is not a non-empty object")
    outputs = [e for e in manifest["outputs"] if "constant" not in e]
    first = len(outputs) + len(manifest["mutated_buffers"]) + len(manifest["mutated_inputs"])
    lengths = []
    for name, info in dims.items():
        _require(_SYMBOL.fullmatch(name) is not None and name not in manifest["symbols"], where,
                 f"the data-dependent dim {name!r} is not an identifier distinct from the dynamic dims")
        _require(isinstance(info, dict) and set(info) == {"max", "length_output"} and _is_int(info["max"])
                 and 0 <= info["max"] < _MAX_DIM and _is_int(info["length_output"]), where,
                 f"the data-dependent dim {name!r} lacks an integer 'max' and 'length_output'")
        lengths.append(info["length_output"])
        _require(any(name in e["shape"] for e in outputs), where,
                 f"the data-dependent dim {name!r} sizes no output")
    _require(sorted(lengths) == list(range(first, first + len(lengths))), where,
             f"the data-dependent dims' 'length_output' results {sorted(lengths)} are not the ones after the outputs "
             f"and mutated tensors ({first} on)")
    inner = [e for e in manifest["weights"]["tensors"] + manifest["inputs"] if "constant" not in e]
    for entry in inner + outputs:
        for d in entry["shape"]:
            mentioned = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", d)) if isinstance(d, str) else set()
            _require(not (mentioned & set(dims)) or (entry in outputs and d in dims), where,
                     f"{entry['name']!r} has the dim {d!r}; a data-dependent dim may only be a whole dim of an output")


def _check_shapes(manifest: dict, where: str) -> None:
    """Dynamic dims must be expressions JAX can parse over the manifest's declared dims."""
    symbols = manifest["symbols"]
    entries = manifest["weights"]["tensors"] + manifest["inputs"] + manifest["outputs"]
    data_dims = manifest.get("data_dependent_dims", {})
    expressions = sorted({d for e in entries if "constant" not in e for d in e["shape"]
                          if isinstance(d, str) and d not in data_dims})
    if not expressions:
        return
    for expr in expressions:
        unknown = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", expr)) - set(symbols) - {"floordiv", "mod", "max",
                                                                                       "min", "non_negative"}
        _require(not unknown, where, f"the dim {expr!r} uses undeclared dynamic dims {sorted(unknown)}")
    constraints = [f"{n} >= {b['min']}" for n, b in sorted(symbols.items())]
    constraints += [f"{n} <= {b['max']}" for n, b in sorted(symbols.items()) if b.get("max") is not None]
    try:
        jax_export.symbolic_shape(", ".join(expressions), scope=jax_export.SymbolicScope(constraints))
    except Exception as e:  # jax's parser raises ValueError, but a corrupted expression may trip others
        _require(False, where, f"the dynamic dims {expressions} do not parse ({type(e).__name__}: "
                               f"{str(e).splitlines()[0] if str(e) else ''})")


def _check_specs(manifest: dict, where: str) -> None:
    for key in ("input_spec", "output_spec"):
        _spec(manifest, key, where)
    spec = manifest["input_spec"]
    _require(spec["kind"] == "tuple" and len(spec["children"]) == 2 and spec["children"][0]["kind"] == "tuple"
             and spec["children"][1]["kind"] == "dict"
             and all(isinstance(k, str) for k in spec["children"][1]["keys"]), where,
             "'input_spec' is not the (args tuple, kwargs dict) pair of a call")
    _require(pytree.num_leaves(_spec(manifest, "input_spec", where)) == len(manifest["inputs"]), where,
             "the input spec and the input list disagree in length")
    _require(pytree.num_leaves(_spec(manifest, "output_spec", where)) == len(manifest["outputs"]), where,
             "the output spec and the output list disagree in length")


def _check_mutations(manifest: dict, where: str) -> None:
    weight_names = {e["name"] for e in manifest["weights"]["tensors"]}
    input_names = {e["name"] for e in manifest["inputs"] if "constant" not in e}
    for key, key_name, names in (("mutated_buffers", "buffer", weight_names), ("mutated_inputs", "input", input_names)):
        for info in manifest[key]:
            _require(isinstance(info, dict) and info.get(key_name) in names and _is_int(info.get("output", 0)), where,
                     f"'{key}' names something that is not a tensor {'weight' if key_name == 'buffer' else key_name}")
        targets = [info[key_name] for info in manifest[key]]
        _require(len(set(targets)) == len(targets), where, f"'{key}' lists a {key_name} twice")
    if manifest["mutated_buffers"]:
        _require(not manifest["weights"].get("inline"), where, "inlined weights cannot be mutated buffers")


def _check_weights_file(weights: dict, where: str) -> None:
    inline, file, sha = weights.get("inline"), weights.get("file"), weights.get("sha256")
    _require(isinstance(inline, bool), where, "'weights.inline' is not true or false")
    if inline:
        _require(file is None and sha is None, where, "inlined weights also name a weights file")
        return
    _require(isinstance(file, str) and isinstance(sha, str) and _SHA256.fullmatch(sha) is not None, where,
             "'weights' needs a file name and its SHA-256 (64 hex digits)")
    _check_plain_name(file, where)


def _check_plain_name(file: str, where: str) -> None:
    if file != file.split("/")[-1] or file in ("", ".", "..") or "\\" in file or "\0" in file or ":" in file:
        raise UnsafePathError(
            f"{where} names the file {file!r}, which is not a plain file name beside the program; an "
            "artifact may only refer to files in its own folder. The manifest was edited or crafted: do not trust "
            "this artifact, re-export the model."
        )


def _check_optional(manifest: dict, where: str) -> None:
    """Descriptive fields: checked only for their type, since readers show them but do not rely on them."""
    program = manifest.get("program")
    if program is not None:
        _require(isinstance(program, dict) and set(program) == {"format", "stablehlo_version"}
                 and program.get("format") in FORMATS and isinstance(program.get("stablehlo_version"), str), where,
                 "'program' does not say the program's format and StableHLO version")
    producer = manifest.get("producer")
    _require(producer is None or (isinstance(producer, dict) and all(isinstance(v, str) for v in producer.values())),
             where, "'producer' is not a table of version strings")
    _require(manifest.get("model") is None or isinstance(manifest["model"], str), where, "'model' is not a string")
    precision = manifest.get("precision")  # bfloat16 exports: {"compute": "bfloat16", "io": "float32"}
    _require(precision is None or (isinstance(precision, dict) and set(precision) == {"compute", "io"}
                                   and all(isinstance(v, str) and v in _FLOAT_NAMES for v in precision.values())),
             where, "'precision' does not name the compute and I/O dtypes")
