"""The thin JAX runtime: load an artifact and call it. Never imports torch."""

from torchtpu_aot.runtime.generation import GenerationProgram, GenerationResult
from torchtpu_aot.runtime.program import Program, load

__all__ = ["GenerationProgram", "GenerationResult", "Program", "load"]
