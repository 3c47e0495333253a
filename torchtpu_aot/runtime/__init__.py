"""The thin JAX runtime: load an artifact and call it. Never imports torch."""

from torchtpu_aot.runtime.program import Program, load

__all__ = ["Program", "load"]
