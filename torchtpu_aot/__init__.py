"""torchtpu_aot: PyTorch models to StableHLO artifacts ahead of time, run by a thin JAX runtime.

``export`` needs torch (imported lazily); ``load`` and the runtime do not, so serving hosts can skip it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from torchtpu_aot._version import __version__
from torchtpu_aot.errors import TorchTPUError
from torchtpu_aot.runtime import Program, load

if TYPE_CHECKING:
    from torchtpu_aot.artifact import Artifact

__all__ = ["Program", "TorchTPUError", "__version__", "export", "load"]


def export(model: Any, args: Any = (), kwargs: dict | None = None, *, dynamic_shapes: Any = None,
           platforms: Any = None, name: str | None = None) -> Artifact:
    """torch.export ``model`` (an nn.Module or an ExportedProgram) on ``args``/``kwargs`` and convert it.

    ``args``, ``kwargs`` and ``dynamic_shapes`` mean what they mean for ``torch.export.export``; ``platforms``
    picks the backends the StableHLO is lowered for (default cpu, cuda and tpu); ``name`` is recorded in the
    manifest (default: the model's class name). Save with ``Artifact.save``.
    """
    from torchtpu_aot.frontend import require_torch

    require_torch("torchtpu_aot.export")
    from torchtpu_aot.convert import DEFAULT_PLATFORMS, convert
    from torchtpu_aot.frontend.torch_export import dim_names, export_program

    ep = export_program(model, args, kwargs, dynamic_shapes)
    if name is None and not hasattr(model, "graph_signature"):
        name = type(model).__name__
    return convert(ep, platforms=platforms or DEFAULT_PLATFORMS, model_name=name,
                   dim_names=dim_names(ep, model, args, kwargs, dynamic_shapes))
