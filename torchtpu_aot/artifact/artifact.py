"""The in-memory artifact the converter produces, and how it is written to disk.

On disk: ``NAME.mlir`` (StableHLO text, or portable VHLO bytecode) carrying the manifest as a module
attribute, and ``NAME.safetensors`` beside it with the weights (unless they are inlined as constants). A generation
artifact also has its tokenizer and generation-config files beside it, as ``NAME.tokenizer.json`` and so on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from torchtpu_aot import mlir_module
from torchtpu_aot import progress as progress_lib
from torchtpu_aot.artifact import weights as weights_lib
from torchtpu_aot.artifact.files import check_overwrite, write_files_atomic
from torchtpu_aot.artifact.manifest import FORMATS, FileRef, Manifest, ProgramInfo
from torchtpu_aot.errors import ArtifactError, TargetVersionError

__all__ = ["FORMATS", "Artifact", "check_target_version", "output_paths"]


@dataclass
class Artifact:
    """A converted program: StableHLO text whose @main takes ``weights`` (in order) then the user inputs.

    ``manifest`` is complete except for what depends on how it is saved (program format, weights file).
    From ``export``, ``weights`` are read-only views of the model's own tensors (exporting copies no weights), so
    changing the model in place before saving changes what is saved. ``debug_info``: the program's ops carry MLIR
    locations (the model's file:line), which are written too.
    """

    program: str
    manifest: Manifest
    weights: dict[str, np.ndarray]
    files: dict[str, bytes] = field(default_factory=dict)  # name -> content: files that travel with it
    debug_info: bool = False  # locations kept in the program text (export --debug-info)
    def serialize(self, name: str, *, format: str = "text", target_version: str | None = None,
                  inline_weights: bool = False) -> tuple[bytes, bytes | None]:
        """The bytes of ``NAME.mlir`` and of ``NAME.safetensors`` (None when the weights are inlined).

        Both files are built in memory; ``save`` writes the same bytes while streaming the weights to disk.
        """
        version = self._check_options(format, target_version, inline_weights)
        data = None if inline_weights else weights_lib.encode(self.weights)
        sha256 = None if data is None else mlir_module.sha256_bytes(data)
        return self._program(name, format, version, sha256), data

    def save(self, path: str | Path, *, format: str = "text", target_version: str | None = None,
             inline_weights: bool = False, overwrite: bool = False, progress: progress_lib.Show = None) -> Path:
        """Write the artifact to ``path`` (``.mlir``) and, unless inlined, the weights beside it.

        Existing files are replaced only with ``overwrite=True`` (the CLI's ``--force``); otherwise
        ArtifactExistsError, before any work. The files are written under temporary names and renamed together
        (see ``files.write_files_atomic``), so an interrupted save leaves the old artifact or none, never half.
        The weights go from their arrays straight to the file (no copy of them is made in memory, and their SHA-256
        is computed on another thread meanwhile), the file is synced to disk once, at the end, and the program, which
        records their SHA-256, is written after them. ``progress`` shows the weights' bytes as they are written
        (``torchtpu_aot.progress.Show``: by default a bar on stderr when it is a terminal and saving takes seconds).
        """
        path = Path(path)
        paths = output_paths(path, inline_weights, list(self.files))
        check_overwrite(paths, overwrite)
        version = self._check_options(format, target_version, inline_weights)
        if inline_weights:
            write_files_atomic({path: self._program(path.stem, format, version, None)}, overwrite=overwrite)
            return path
        written: dict[str, str] = {}
        with progress_lib.transfer("saving weights", progress, then="syncing to disk") as meter:

            def write_weights(tmp: Path) -> None:
                written["sha256"] = weights_lib.write(self.weights, tmp, meter)

            def write_program(tmp: Path) -> None:
                tmp.write_bytes(self._program(path.stem, format, version, written["sha256"]))

            # The program last: it is what readers open, so it is committed after its weights and files. The weights
            # file is synced by write_files_atomic, inside the meter: a save ends when its bytes are on disk.
            writers = {extra_path(path, name): data for name, data in self.files.items()}
            writers.update({path.with_suffix(".safetensors"): write_weights, path: write_program})
            write_files_atomic(writers, overwrite=overwrite)
        return path

    def _check_options(self, format: str, target_version: str | None, inline_weights: bool) -> str:
        """The StableHLO version to write, once the options are checked against this artifact."""
        if format not in FORMATS:
            raise ArtifactError(f"Unknown artifact format {format!r}; choose one of {', '.join(FORMATS)}.")
        version = check_target_version(target_version)
        if inline_weights and self.manifest.is_generation:
            raise ArtifactError("--inline-weights cannot be used for a text-generation artifact: its entry points "
                                "share one weights file. Save the weights beside the program.")
        quantized = [e.name for e in self.manifest.weights.quantized]
        if inline_weights and quantized:
            raise ArtifactError(
                f"--inline-weights cannot be used with quantized weights ({', '.join(quantized[:3])}"
                f"{', ...' if len(quantized) > 3 else ''}): as constants of the program, XLA would turn them into "
                "floating constants when it compiles, undoing the quantization. Save the weights beside the program."
            )
        if inline_weights and self.manifest.mutated_buffers:
            raise ArtifactError(
                "--inline-weights cannot be used for a model that mutates its buffers ("
                + ", ".join(b.target for b in self.manifest.mutated_buffers)
                + "): inlined buffers are constants and could not carry the updates. Save the weights "
                "beside the program, or export the model in eval mode."
            )
        return version

    def _program(self, name: str, format: str, version: str, weights_sha256: str | None) -> bytes:
        """The bytes of ``NAME.mlir``: weights inlined when ``weights_sha256`` is None, else in ``NAME.safetensors``
        with that digest."""
        inline = weights_sha256 is None
        weights = self.manifest.weights.replace(inline=inline, file=None if inline else f"{name}.safetensors",
                                                sha256=weights_sha256)
        manifest = self.manifest.with_weights_file(weights, ProgramInfo(format, version))
        if manifest.generation is not None:
            refs = {n: FileRef(extra_path(Path(name), n).name, mlir_module.sha256_bytes(data))
                    for n, data in self.files.items()}
            manifest = manifest.replace(generation=manifest.generation.replace(files=refs))
        with mlir_module.new_context() as ctx:
            module = mlir_module.parse(self.program, ctx)
            if inline:
                first = 1 if manifest.platform_index_argument else 0
                mlir_module.inline_arguments(mlir_module.main_func(module),
                                             {first + i: a for i, a in enumerate(self.weights.values())})
            mlir_module.set_string_attr(module, mlir_module.MANIFEST_ATTR, manifest.dumps())
            text = mlir_module.print_module(module, debug_info=self.debug_info)
        return _portable(text, version) if format == "bytecode" else text.encode()


def output_paths(path: Path, inline_weights: bool = False, files: list[str] = ()) -> list[Path]:
    """The files saving to ``path`` writes: the program and, unless inlined, the weights beside it, then the
    files that travel with it (named ``NAME.FILE``)."""
    if path.suffix != ".mlir":
        raise ArtifactError(f"Artifact path {path} must end in .mlir (the weights go beside it as .safetensors).")
    return ([path] if inline_weights else [path, path.with_suffix(".safetensors")]) + [extra_path(path, n)
                                                                                       for n in files]


def extra_path(path: Path, name: str) -> Path:
    """Where a file that travels with the artifact at ``path`` lies: ``out/llm.mlir`` + ``tokenizer.json`` ->
    ``out/llm.tokenizer.json``."""
    return path.with_name(f"{path.stem}.{name}")


def _portable(text: str, version: str) -> bytes:
    try:
        return mlir_module.to_portable(text, version)
    except mlir_module.MLIRDiagnosticError as e:
        ops = sorted(set(re.findall(r"failed to legalize operation '([\w.]+)'", " ".join(e.diagnostics))))
        what = f"uses operations ({', '.join(ops)}) that" if ops else "has constructs that"
        raise TargetVersionError(
            f"The program {what} StableHLO {version} cannot express, so it cannot be written as bytecode for "
            f"that version. Pick a newer --target-version, up to {mlir_module.current_version()} (the default)."
        ) from None


def check_target_version(target_version: str | None) -> str:
    """The StableHLO version to write: the requested one, checked against what this jaxlib can write."""
    current, minimum = mlir_module.current_version(), mlir_module.minimum_version()
    if target_version is None:
        return current
    if not isinstance(target_version, str) or not re.fullmatch(r"\d{1,4}\.\d{1,4}\.\d{1,4}", target_version):
        raise TargetVersionError(f"--target-version {target_version!r} is not a version like 1.0.0; pick one from "
                                 f"{minimum} to {current}.")
    wanted = _parse(target_version)
    if not (_parse(minimum) <= wanted <= _parse(current)):
        raise TargetVersionError(
            f"StableHLO target version {target_version} is outside what the installed jaxlib can write "
            f"({minimum} to {current}); pick a version in that range."
        )
    return ".".join(str(p) for p in wanted)  # 01.0.0 -> 1.0.0


def _parse(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))
