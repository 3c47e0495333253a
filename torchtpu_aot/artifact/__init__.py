"""The on-disk artifact: StableHLO program + manifest attribute + safetensors weights (format versions 1 to 3)."""

from torchtpu_aot.artifact.artifact import FORMATS, Artifact, check_target_version, output_paths
from torchtpu_aot.artifact.files import check_overwrite
from torchtpu_aot.artifact.manifest import FORMAT_VERSION
from torchtpu_aot.artifact.reader import LoadedArtifact, read_artifact

__all__ = ["FORMATS", "FORMAT_VERSION", "Artifact", "LoadedArtifact", "check_overwrite", "check_target_version",
           "output_paths", "read_artifact"]
