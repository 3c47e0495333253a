"""The artifact manifest: a JSON document stored as an attribute of the StableHLO module itself.

It makes the ``.mlir`` self-describing: format version, producer versions, target platforms, the entry
signature (names, dtypes, shapes with named symbolic dims), pytree specs, the weight table and file digest,
and which extra results are mutated buffers.
"""

from __future__ import annotations

import json
from typing import Any

from torchtpu_aot import pytree
from torchtpu_aot.errors import ArtifactError

FORMAT = "torchtpu_aot"
FORMAT_VERSION = 1


def dumps(manifest: dict) -> str:
    """Canonical JSON: sorted keys, no whitespace variance, so identical manifests give identical bytes."""
    return json.dumps(manifest, sort_keys=True, separators=(",", ":"), allow_nan=False)


def loads(text: str | None, where: str) -> dict:
    """Parse and check a manifest; every problem is an ArtifactError naming ``where``."""
    if text is None:
        raise ArtifactError(
            f"{where} has no torchtpu manifest attribute: it is not a torchtpu_aot artifact "
            "(export one with `torchtpu export MODEL.py -o OUT.mlir`)."
        )
    try:
        manifest = json.loads(text)
    except json.JSONDecodeError as e:
        raise ArtifactError(f"{where} has a manifest that is not valid JSON ({e}); the file is corrupted.") from None
    validate(manifest, where)
    return manifest


def _require(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise ArtifactError(f"{where} has a malformed manifest: {what}. The file is corrupted or was edited by hand.")


def validate(manifest: Any, where: str) -> None:
    _require(isinstance(manifest, dict), where, "it is not a JSON object")
    _require(manifest.get("format") == FORMAT, where, f"'format' is not {FORMAT!r}")
    version = manifest.get("format_version")
    _require(isinstance(version, int), where, "'format_version' is not an integer")
    if version > FORMAT_VERSION:
        raise ArtifactError(
            f"{where} uses artifact format version {version}, but this torchtpu_aot reads versions up to "
            f"{FORMAT_VERSION}; upgrade torchtpu_aot to a release that reads format {version}."
        )
    for key, kind in (("inputs", list), ("outputs", list), ("weights", dict), ("platforms", list),
                      ("symbols", dict), ("mutated_buffers", list), ("mutated_inputs", list)):
        _require(isinstance(manifest.get(key), kind), where, f"'{key}' is missing or not a {kind.__name__}")
    for key in ("input_spec", "output_spec"):
        pytree.validate(manifest.get(key), f"manifest {key}")
    weights = manifest["weights"]
    _require(isinstance(weights.get("tensors"), list), where, "'weights.tensors' is not a list")
    for entry in manifest["inputs"] + manifest["outputs"] + weights["tensors"]:
        _require(isinstance(entry, dict) and isinstance(entry.get("name"), str), where, "a signature entry has no name")
        if "constant" not in entry:
            _require(isinstance(entry.get("dtype"), str) and isinstance(entry.get("shape"), list), where,
                     f"entry {entry.get('name')!r} lacks a dtype or shape")
    _require(pytree.num_leaves(manifest["input_spec"]) == len(manifest["inputs"]), where,
             "the input spec and the input list disagree in length")
    _require(pytree.num_leaves(manifest["output_spec"]) == len(manifest["outputs"]), where,
             "the output spec and the output list disagree in length")
    file = weights.get("file")
    if file is not None:
        _require(isinstance(file, str) and file == file.split("/")[-1] and file not in ("", ".", "..")
                 and "\\" not in file, where, "the weights file must be a plain file name beside the program")
