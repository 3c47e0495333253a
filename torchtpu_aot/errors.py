"""User-facing errors: each one reads as a single paragraph saying what failed, where, and what to do."""

from __future__ import annotations


class TorchTPUError(Exception):
    """Base class for every error torchtpu_aot reports to a user; the CLI prints its message and exits non-zero.

    ``details`` holds what a library wrote while failing (torch.export's log and partial graphs), kept out of the
    terminal: ``torchtpu --debug`` prints it.
    """

    exit_code = 1
    details = ""


class ShardingWarning(UserWarning):
    """A tensor-parallel load that splits fewer weights than the artifact's partition specs ask for (the devices
    do not divide their heads, or the artifact has no specs); the results are unaffected. The CLI prints it as
    one ``warning:`` paragraph."""


class ModelFileError(TorchTPUError):
    """A model file could not be loaded or does not follow the model-file convention."""

    exit_code = 2


class OptionError(TorchTPUError):
    """An option's value is malformed or does not fit the model, the artifact or this machine (``--dynamic``,
    ``--platforms``, ``--constant``, buckets, devices): a usage error, with click's own usage errors' exit code."""

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


class OutputPathError(TorchTPUError):
    """A file cannot be written where the user asked (a folder in the way, no permission, a read-only file
    system); checked before any export or model run, so no work is lost."""

    exit_code = 8


# Artifact errors: one class (and one CLI exit code) per way an artifact can be unusable. README lists the codes.


class ArtifactNotFoundError(ArtifactError):
    """The program file does not exist, is a folder, or cannot be read."""

    exit_code = 10


class TruncatedArtifactError(ArtifactError):
    """The program file is empty or ends before the module does (an interrupted copy or download)."""

    exit_code = 11


class NotMLIRError(ArtifactError):
    """The program file is neither MLIR text nor StableHLO bytecode, or does not parse as MLIR."""

    exit_code = 12


class NotStableHLOError(ArtifactError):
    """The module parses but is not a StableHLO program with a public @main function."""

    exit_code = 13


class ManifestError(ArtifactError):
    """The torchtpu manifest attribute is missing, is not JSON, or does not follow the format."""

    exit_code = 14


class UnsafePathError(ManifestError):
    """The manifest names a file outside the artifact's folder (``../``, an absolute path)."""

    exit_code = 15


class ManifestVersionError(ManifestError):
    """The manifest uses an artifact format version newer than this torchtpu_aot reads."""

    exit_code = 16


class StableHLOVersionError(ArtifactError):
    """Portable bytecode written for a StableHLO version this jaxlib cannot read."""

    exit_code = 17


class WeightsNotFoundError(ArtifactError):
    """The weights file the manifest names is not beside the program."""

    exit_code = 18


class WeightsDigestError(ArtifactError):
    """The weights file's SHA-256 differs from the one recorded in the program."""

    exit_code = 19


class WeightsFormatError(ArtifactError):
    """The weights file is not valid safetensors (malformed header or data)."""

    exit_code = 20


class WeightMismatchError(ArtifactError):
    """A weight is missing from the weights file, or its dtype or shape disagrees with the manifest."""

    exit_code = 21


class SignatureMismatchError(ArtifactError):
    """The manifest's signature disagrees with the argument or result types of @main."""

    exit_code = 22


class TargetVersionError(ArtifactError):
    """A requested StableHLO target version is malformed, or one the installed jaxlib cannot write the program at."""

    exit_code = 23


class ArtifactExistsError(ArtifactError):
    """Saving would overwrite existing files, and overwriting was not asked for (``--force``)."""

    exit_code = 24


class PlatformError(ArtifactError):
    """The artifact was lowered only for platforms other than the one JAX runs on here."""

    exit_code = 25
