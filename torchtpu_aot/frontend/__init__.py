"""Getting an ExportedProgram: model files, torch.export, and the decompositions the lowerings need.

Only this layer (and convert) needs torch; ``require_torch`` turns its absence into a clear error.
"""

from __future__ import annotations

from torchtpu_aot.errors import ExportError


def require_torch(what: str) -> None:
    """Raise ExportError if torch is not installed (serving hosts run artifacts without it)."""
    try:
        import torch  # noqa: F401  (exporting imports it next anyway)
    except ImportError:
        raise ExportError(
            f"{what} needs PyTorch, which is not installed in this environment. Install it with "
            "`pip install 'torchtpu-aot[export]'` (torch==2.14.1); loading and running artifacts does not need it."
        ) from None
