"""The HTTP front of the runtime: the Open Inference Protocol (KServe v2) over served artifacts.

Imports the runtime only (never torch): a serving host needs jax, numpy and the serving stack.
"""

from torchtpu_aot.serve.app import create_app
from torchtpu_aot.serve.model import ServedModel
from torchtpu_aot.serve.server import load_models, serve

__all__ = ["ServedModel", "create_app", "load_models", "serve"]
