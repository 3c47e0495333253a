"""Reading an artifact back: the program, its manifest and its weights, each checked as it is read.

Every way a file can be unusable maps to one ArtifactError subclass (torchtpu_aot/errors.py). Reading runs no
code from the artifact: the program is parsed by MLIR, the manifest by ``json``, the weights by safetensors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from jaxlib.mlir import ir

from torchtpu_aot import dtypes, mlir_module
from torchtpu_aot import progress as progress_lib
from torchtpu_aot.artifact import isolate
from torchtpu_aot.artifact import manifest as manifest_lib
from torchtpu_aot.artifact import weights as weights_lib
from torchtpu_aot.artifact.manifest import Manifest
from torchtpu_aot.artifact.signature import check_main_signature
from torchtpu_aot.errors import (
    ArtifactError,
    ArtifactNotFoundError,
    ManifestError,
    NotMLIRError,
    NotStableHLOError,
    StableHLOVersionError,
    TruncatedArtifactError,
    WeightMismatchError,
    WeightsDigestError,
)

# What a runnable program may contain: StableHLO ops inside func functions (jax.export's output).
_ALLOWED_OPS = {"func.func", "func.return", "func.call"}
# Diagnostics of MLIR's bytecode reader when the data ends early.
_CUT_SHORT = re.compile(r"when only \d+ remain|at the end of the bytecode|no null character found")


@dataclass
class LoadedArtifact:
    """An artifact as read from disk; ``program_text`` is StableHLO text whatever the file's format."""

    path: Path
    program_text: str
    manifest: Manifest

    def entry(self, name: str) -> LoadedArtifact:
        """Entry point ``name`` of a generation artifact as an artifact of its own (its function as @main, its
        signature and weights as the manifest); ``main`` of an ordinary artifact is the artifact itself."""
        if not self.manifest.is_generation and name == "main":
            return self
        return LoadedArtifact(self.path, mlir_module.entry_module(self.program_text, name), self.manifest.entry(name))

    def read_file(self, name: str) -> bytes:
        """A file that travels with a generation artifact (``tokenizer.json``...), its SHA-256 checked."""
        ref = self.manifest.generation.files.get(name) if self.manifest.generation else None
        if ref is None:
            raise ArtifactError(f"{self.path} has no {name}: it was exported without it (export the checkpoint "
                                "folder, or pass tokenizer=... to export_llm).")
        path = self.path.parent / ref.file
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ArtifactNotFoundError(f"{path}, which {self.path} needs, cannot be read ({e.strerror or e}); copy "
                                        "the artifact's files together.") from None
        if mlir_module.sha256_bytes(data) != ref.sha256:
            raise WeightsDigestError(f"{path} does not match the SHA-256 recorded in {self.path}: it was changed or "
                                     "belongs to another export. Copy the matching file, or re-export the model.")
        return data

    def load_weights(self, place: Callable[[str, np.ndarray], Any] | None = None,
                     progress: progress_lib.Show = None) -> dict[str, Any]:
        """The weights in @main argument order (empty when weights are inlined), each as ``place(name, array)``
        returns it (default: the numpy array), streamed from the weights file one tensor at a time with its SHA-256
        checked (``weights.read``: a digest failure raises WeightsDigestError and drops whatever was placed).
        ``progress`` shows the bytes as they are read (``torchtpu_aot.progress.Show``)."""
        info = self.manifest.weights
        if info.inline:
            return {}
        wanted = {entry.name: entry for entry in info.tensors}

        def keep(name: str, array: np.ndarray) -> Any:  # a tensor the manifest does not list is read, hashed, dropped
            if name not in wanted:
                return None
            return array if place is None else place(name, array)

        with progress_lib.transfer("loading weights", progress) as meter:
            arrays = weights_lib.read(self.path.parent / info.file, info.sha256, check=self._check_weights,
                                      place=keep, meter=meter)
        return {name: arrays[name] for name in wanted}

    def _check_weights(self, tensors: list[weights_lib.Tensor]) -> None:
        """WeightMismatchError unless the weights file holds every weight of the manifest as its dtype and shape."""
        found = {t.name: t for t in tensors}
        for entry in self.manifest.weights.tensors:
            name = entry.name
            if name not in found:
                raise WeightMismatchError(
                    f"The weights file of {self.path} lacks the tensor {name!r} its manifest lists; the files do not "
                    "belong together. Copy the matching .safetensors file, or re-export the model."
                )
            tensor = found[name]
            try:
                got = dtypes.name_of(tensor.dtype)
            except TypeError:
                got = str(tensor.dtype)
            if got != entry.dtype or tensor.shape != entry.shape:
                raise WeightMismatchError(
                    f"The weights file of {self.path} holds {name!r} as {got}{list(tensor.shape)}, but the manifest "
                    f"says {entry.dtype}{list(entry.shape)}; the files do not belong together. Re-export the model."
                )


def read_artifact(path: str | Path) -> LoadedArtifact:
    """Read and check the program file at ``path`` (its weights are read later, by ``load_weights``)."""
    path = Path(path)
    text = _program_text(path, _read_bytes(path))
    with mlir_module.new_context() as ctx:
        module = _parse(path, text, ctx)
        _check_ops(path, module)
        main = mlir_module.main_func(module)
        if main is not None or mlir_module.MANIFEST_ATTR not in module.operation.attributes:
            _entry_function(path, module, "main")  # an ordinary program (a generation artifact has no @main)
        try:
            manifest_text = mlir_module.read_string_attr(module, mlir_module.MANIFEST_ATTR)
        except ValueError:
            raise ManifestError(f"{path} has a {mlir_module.MANIFEST_ATTR} attribute that is not a UTF-8 string; the "
                                "file is corrupted. Copy it again or re-export the model.") from None
        manifest = manifest_lib.loads(manifest_text, str(path))
        for name in manifest.entry_points or ["main"]:
            check_main_signature(path, _entry_function(path, module, name), manifest.entry(name))
    return LoadedArtifact(path=path, program_text=text, manifest=manifest)


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArtifactNotFoundError(f"No artifact at {path}: the file does not exist. Check the path, or export "
                                    "the model first (`torchtpu export MODEL.py -o OUT.mlir`).") from None
    except IsADirectoryError:
        raise ArtifactNotFoundError(f"{path} is a folder; pass the artifact's .mlir file.") from None
    except OSError as e:
        raise ArtifactNotFoundError(f"The artifact {path} cannot be read ({e.strerror or e}); check its "
                                    "permissions.") from None
    if not data.strip():
        raise TruncatedArtifactError(f"The artifact {path} is empty: it was truncated, or its export or copy was "
                                     "interrupted. Copy it again or re-export the model.")
    return data


def _program_text(path: Path, data: bytes) -> str:
    """StableHLO text of the file, from either format."""
    if mlir_module.is_bytecode(data):
        return _bytecode_text(path, data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise NotMLIRError(f"{path} is neither StableHLO text nor StableHLO bytecode (byte {e.start} is not UTF-8 "
                           "and the file lacks the bytecode magic); pass a .mlir file written by "
                           "`torchtpu export`.") from None
    if "\0" in text:
        raise NotMLIRError(f"{path} is neither StableHLO text nor StableHLO bytecode (it holds NUL bytes); pass a "
                           ".mlir file written by `torchtpu export`.")
    return text


def _bytecode_text(path: Path, data: bytes) -> str:
    current, minimum = mlir_module.current_version(), mlir_module.minimum_version()
    version = mlir_module.portable_version(data)
    if version is None:
        if data.find(b"\0", len(mlir_module.BYTECODE_MAGIC)) < 0:
            raise TruncatedArtifactError(f"The StableHLO bytecode {path} ends inside its header: the file was "
                                         "truncated. Copy it again or re-export the model.")
        raise NotStableHLOError(f"{path} is MLIR bytecode but not a StableHLO portable artifact (its header names "
                                "no StableHLO version); export it with `torchtpu export --format bytecode`.")
    if not _version_tuple(minimum) <= _version_tuple(version) <= _version_tuple(current):
        newer = _version_tuple(version) > _version_tuple(current)
        raise StableHLOVersionError(
            f"{path} is StableHLO bytecode for StableHLO {version}, but the installed jaxlib reads StableHLO "
            f"{minimum} to {current}. "
            + ("Upgrade jax and jaxlib to a release whose StableHLO is at least that version, or re-export it with "
               f"`--target-version {current}` or older." if newer else
               "It is older than StableHLO's compatibility window: re-export the model with this release.")
        )
    try:
        # In a child process: MLIR's bytecode reader can corrupt memory on malformed input (see isolate.py).
        return isolate.run(mlir_module.from_portable, data, mlir_module.MLIRDiagnosticError, _diagnostics)
    except isolate.ChildCrashed as e:
        raise NotMLIRError(f"{path} is StableHLO {version} bytecode that crashes MLIR's bytecode reader ({e.how}): "
                           "the file is corrupted or crafted. Copy it again or re-export the model.") from None
    except isolate.ChildError as e:
        reason = _first_reason(e.messages)
        if any(_CUT_SHORT.search(d) for d in e.messages):
            raise TruncatedArtifactError(f"The StableHLO bytecode {path} ends early ({reason}): the file was "
                                         "truncated or corrupted. Copy it again or re-export the model.") from None
        raise NotMLIRError(f"{path} is StableHLO {version} bytecode that does not deserialize ({reason}): the file "
                           "is corrupted. Copy it again or re-export the model.") from None


def _parse(path: Path, text: str, ctx: ir.Context) -> ir.Module:
    try:
        return mlir_module.parse(text, ctx)
    except ir.MLIRError as e:
        diagnostics = list(e.error_diagnostics)
        reason = diagnostics[0].message if diagnostics else str(e).splitlines()[0]
        where = str(diagnostics[0].location) if diagnostics else ""
        line = re.search(r":(\d+):\d+\)", where)
        at = f" at line {line.group(1)}" if line else ""
        # MLIR reports running out of input near the last token; a whole module ends with its closing brace.
        last_line = text.rstrip("\n").count("\n") + 1
        begun = text.lstrip().startswith("module")
        if begun and line and int(line.group(1)) >= last_line - 1 and not text.rstrip().endswith("\n}"):
            raise TruncatedArtifactError(f"The StableHLO text {path} ends early ({reason}{at}): the file was "
                                         "truncated. Copy it again or re-export the model.") from None
        raise NotMLIRError(f"{path} is not a valid MLIR module ({reason}{at}); it is corrupted or not a program "
                           "written by `torchtpu export`. Re-export the model.") from None
    except Exception as e:  # the bindings report a few malformed inputs with other exception types
        raise NotMLIRError(f"{path} is not a valid MLIR module ({type(e).__name__}: {e}); re-export the model.") \
            from None


def _check_ops(path: Path, module: ir.Module) -> None:
    foreign = sorted({op for op in mlir_module.op_histogram(module)
                      if not op.startswith("stablehlo.") and op not in _ALLOWED_OPS})
    if foreign:
        shown = ", ".join(foreign[:8]) + (f" and {len(foreign) - 8} more" if len(foreign) > 8 else "")
        raise NotStableHLOError(f"{path} is MLIR but not a StableHLO program: it uses {shown}. Only StableHLO ops "
                                "in func functions can be run; export the model with `torchtpu export`.")


def _entry_function(path: Path, module: ir.Module, name: str):
    """The public function ``name`` (``main``, or a generation artifact's entry point)."""
    func = mlir_module.public_function(module, name)
    if func is not None:
        return func
    if name == "main" and mlir_module.main_func(module) is not None:
        raise NotStableHLOError(f"{path} has a private @main function; an artifact's entry point must be public. "
                                "Re-export the model.")
    raise NotStableHLOError(f"{path} has no @{name} function to run; it is not a program written by "
                            "`torchtpu export`.")


def _diagnostics(e: Exception) -> list[str]:
    return list(getattr(e, "diagnostics", [str(e)]))


def _first_reason(diagnostics: list[str]) -> str:
    """MLIR's first diagnostic without its location prefix."""
    if not diagnostics:
        return "no reason given"
    return re.sub(r"^loc\([^)]*\):\s*", "", diagnostics[0])


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))
