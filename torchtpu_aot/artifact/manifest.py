"""The artifact manifest: a JSON document stored as an attribute of the StableHLO module itself.

It makes the ``.mlir`` self-describing: format version, producer versions, target platforms, the entry
signature (names, dtypes, shapes with named symbolic dims), pytree specs, the weight table and file digest,
which extra results are mutated buffers, and (optional, bfloat16 exports only) the compute and I/O precision.

Format 2 adds one optional field, ``data_dependent_dims``: output dims whose size depends on the data (nonzero's
rows), each with its static bound and the @main result that holds its true length. Only artifacts using it are
written as format 2, so an older runtime (which would return the padded outputs) refuses them.

Reading checks every field the runtime relies on, so a corrupted or hand-edited manifest is refused here with
a ManifestError instead of failing later inside JAX. Nothing in a manifest is ever executed or imported.
"""

from __future__ import annotations

import json
import re
from typing import Any

from jax import export as jax_export

from torchtpu_aot import dtypes, pytree
from torchtpu_aot.errors import ArtifactError, ManifestError, ManifestVersionError, UnsafePathError

FORMAT = "torchtpu_aot"
FORMAT_VERSION = 2  # the newest format this release reads and writes
DATA_DEPENDENT_FORMAT_VERSION = 2  # the first format with data_dependent_dims
FORMATS = ("text", "bytecode")
PLATFORMS = ("cpu", "cuda", "rocm", "tpu")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SYMBOL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MAX_DIM = 2**62
_FLOAT_NAMES = ("float16", "bfloat16", "float32", "float64")


def dumps(manifest: dict) -> str:
    """Canonical JSON: sorted keys, no whitespace variance, so identical manifests give identical bytes."""
    return json.dumps(manifest, sort_keys=True, separators=(",", ":"), allow_nan=False)


def loads(text: str | None, where: str) -> dict:
    """Parse and check a manifest; every problem is a ManifestError (or subclass) naming ``where``."""
    if text is None:
        raise ManifestError(
            f"{where} has no torchtpu manifest attribute: it is not a torchtpu_aot artifact "
            "(export one with `torchtpu export MODEL.py -o OUT.mlir`)."
        )
    try:
        manifest = json.loads(text)
    except json.JSONDecodeError as e:
        raise ManifestError(f"{where} has a manifest that is not valid JSON ({e}); the file is corrupted. "
                            "Re-export the model or copy the artifact again.") from None
    except RecursionError:
        raise ManifestError(f"{where} has a manifest nested too deeply to be one torchtpu_aot writes; the file is "
                            "corrupted or was crafted. Re-export the model.") from None
    try:
        validate(manifest, where)
    except RecursionError:
        raise ManifestError(f"{where} has a manifest whose pytree specs are nested too deeply; the file is "
                            "corrupted or was crafted. Re-export the model.") from None
    return manifest


def needed_format_version(manifest: dict) -> int:
    """The oldest format that can hold ``manifest``: an artifact is written with it, so older readers read it
    unless it uses a newer format's feature."""
    return DATA_DEPENDENT_FORMAT_VERSION if "data_dependent_dims" in manifest else 1


def _require(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise ManifestError(f"{where} has a malformed manifest: {what}. The file is corrupted or was edited by "
                            "hand; re-export the model.")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate(manifest: Any, where: str) -> None:
    """Check the structure and internal consistency of a manifest (see the module docstring)."""
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
    _require(version >= needed_format_version(manifest), where,
             f"'data_dependent_dims' needs format version {DATA_DEPENDENT_FORMAT_VERSION}, but it says {version}")
    weights = manifest["weights"]
    _require(isinstance(weights.get("tensors"), list), where, "'weights.tensors' is not a list")
    for entry in weights["tensors"]:
        _check_entry(entry, where, constant_ok=False)
    for entry in manifest["inputs"] + manifest["outputs"]:
        _check_entry(entry, where, constant_ok=True)
    _check_unique([e["name"] for e in weights["tensors"]], where, "weight")
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
    try:
        dtypes.to_numpy(entry["dtype"])
    except ArtifactError:
        _require(False, where, f"entry {name!r} has the unknown dtype {entry['dtype']!r}")
    for d in entry["shape"]:
        _require((_is_int(d) and 0 <= d < _MAX_DIM) or (isinstance(d, str) and 0 < len(d) <= 200), where,
                 f"entry {name!r} has the invalid dim {d!r} (dims are sizes or dynamic dim expressions)")


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
        try:
            pytree.validate(manifest.get(key), f"manifest {key}")
        except ArtifactError as e:
            raise ManifestError(f"{where}: {e} The file is corrupted or was edited by hand; re-export the model.") \
                from None
        _require(_keys_are_plain(manifest[key]), where, f"'{key}' has dict keys that are not strings or integers")
    spec = manifest["input_spec"]
    _require(spec["kind"] == "tuple" and len(spec["children"]) == 2 and spec["children"][0]["kind"] == "tuple"
             and spec["children"][1]["kind"] == "dict"
             and all(isinstance(k, str) for k in spec["children"][1]["keys"]), where,
             "'input_spec' is not the (args tuple, kwargs dict) pair of a call")
    _require(pytree.num_leaves(spec) == len(manifest["inputs"]), where,
             "the input spec and the input list disagree in length")
    _require(pytree.num_leaves(manifest["output_spec"]) == len(manifest["outputs"]), where,
             "the output spec and the output list disagree in length")


def _keys_are_plain(spec: dict) -> bool:
    if spec["kind"] == "dict" and not all(isinstance(k, str) or _is_int(k) for k in spec["keys"]):
        return False
    return all(_keys_are_plain(c) for c in spec.get("children", ()) if spec["kind"] in ("tuple", "list", "dict"))


def _check_mutations(manifest: dict, where: str) -> None:
    weight_names = {e["name"] for e in manifest["weights"]["tensors"]}
    input_names = {e["name"] for e in manifest["inputs"] if "constant" not in e}
    for key, field, names in (("mutated_buffers", "buffer", weight_names), ("mutated_inputs", "input", input_names)):
        for info in manifest[key]:
            _require(isinstance(info, dict) and info.get(field) in names, where,
                     f"'{key}' names something that is not a tensor {'weight' if field == 'buffer' else field}")
        targets = [info[field] for info in manifest[key]]
        _require(len(set(targets)) == len(targets), where, f"'{key}' lists a {field} twice")
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
    if file != file.split("/")[-1] or file in ("", ".", "..") or "\\" in file or "\0" in file or ":" in file:
        raise UnsafePathError(
            f"{where} names the weights file {file!r}, which is not a plain file name beside the program; an "
            "artifact may only refer to files in its own folder. The manifest was edited or crafted: do not trust "
            "this artifact, re-export the model."
        )


def _check_optional(manifest: dict, where: str) -> None:
    """Descriptive fields: checked only for their type, since readers show them but do not rely on them."""
    program = manifest.get("program")
    if program is not None:
        _require(isinstance(program, dict) and program.get("format") in FORMATS
                 and isinstance(program.get("stablehlo_version"), str), where,
                 "'program' does not say the program's format and StableHLO version")
    producer = manifest.get("producer")
    _require(producer is None or (isinstance(producer, dict) and all(isinstance(v, str) for v in producer.values())),
             where, "'producer' is not a table of version strings")
    _require(manifest.get("model") is None or isinstance(manifest["model"], str), where, "'model' is not a string")
    precision = manifest.get("precision")  # bfloat16 exports: {"compute": "bfloat16", "io": "float32"}
    _require(precision is None or (isinstance(precision, dict) and set(precision) == {"compute", "io"}
                                   and all(isinstance(v, str) and v in _FLOAT_NAMES for v in precision.values())),
             where, "'precision' does not name the compute and I/O dtypes")
