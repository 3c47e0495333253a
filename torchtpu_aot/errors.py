"""User-facing errors: each one reads as a single paragraph saying what failed, where, and what to do."""

from __future__ import annotations


class TorchTPUError(Exception):
    """Base class for every error torchtpu_aot reports to a user; the CLI prints its message and exits non-zero."""

    exit_code = 1


class ModelFileError(TorchTPUError):
    """A model file could not be loaded or does not follow the model-file convention."""

    exit_code = 2


class ExportError(TorchTPUError):
    """torch.export (or the decompositions after it) rejected the model."""

    exit_code = 3


class UnsupportedOpsError(ExportError):
    """The exported graph uses operators that have no lowering; ``ops`` lists them all."""

    def __init__(self, message: str, ops: list[str]):
        super().__init__(message)
        self.ops = ops


class LoweringError(TorchTPUError):
    """A lowering failed or produced a result that disagrees with torch's own shape/dtype for the node."""

    exit_code = 4


class ArtifactError(TorchTPUError):
    """An artifact on disk is missing, malformed, or inconsistent with itself."""

    exit_code = 5


class InputError(TorchTPUError):
    """The inputs given to a Program do not match the artifact's entry signature."""

    exit_code = 6
