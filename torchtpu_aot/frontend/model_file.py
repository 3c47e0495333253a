"""The model-file convention: a Python file with a ``build()`` function.

``build()`` returns ``(model, args)`` or ``(model, args, kwargs)``: an ``nn.Module`` and the example
inputs torch.export traces it with (a tuple of positional args, a dict of keyword args). The file may also
define ``DYNAMIC_SHAPES`` (torch.export's ``dynamic_shapes`` argument). torch is seeded with 0 before
``build()`` runs, so random weights and inputs are the same on every run.
"""

from __future__ import annotations

import importlib.util
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from torchtpu_aot.errors import ModelFileError, TorchTPUError

CONVENTION = (
    "A model file must define `build()` returning `(model, args)` or `(model, args, kwargs)`: an nn.Module and "
    "the example inputs to export it with (see models/mlp.py)."
)


@dataclass
class ModelSpec:
    """What a model file provides."""

    name: str
    model: torch.nn.Module
    args: tuple
    kwargs: dict = field(default_factory=dict)
    dynamic_shapes: Any = None


def load_model_file(path: str | Path) -> ModelSpec:
    """Import the file, call its ``build()``, and check the result against the convention."""
    path = Path(path)
    module = _model_module(path)
    build = getattr(module, "build", None)
    if not callable(build):
        raise ModelFileError(f"{path} has no build() function. {CONVENTION}")
    torch.manual_seed(0)
    try:
        built = build()
    except Exception as e:
        raise ModelFileError(f"{path}: build() raised {type(e).__name__}: {e} (at {_where(e, path)}).") from e
    if not isinstance(built, tuple) or len(built) not in (2, 3):
        what = f"a tuple of {len(built)} values" if isinstance(built, tuple) else f"a {type(built).__name__}"
        raise ModelFileError(f"{path}: build() returned {what}. {CONVENTION}")
    model, args, kwargs = (*built, {}) if len(built) == 2 else built
    if not isinstance(model, torch.nn.Module):
        raise ModelFileError(f"{path}: build() returned a {type(model).__name__} as the model, not an nn.Module. "
                             f"{CONVENTION}")
    if not isinstance(args, tuple):
        args = tuple(args) if isinstance(args, list) else (args,)
    if not isinstance(kwargs, dict):
        raise ModelFileError(f"{path}: build() returned kwargs of type {type(kwargs).__name__}, not a dict.")
    return ModelSpec(name=path.stem, model=model, args=args, kwargs=kwargs,
                     dynamic_shapes=getattr(module, "DYNAMIC_SHAPES", None))


def _model_module(path: Path):
    if not path.is_file():
        raise ModelFileError(f"No model file at {path}. {CONVENTION}")
    if path.suffix != ".py":
        raise ModelFileError(f"{path} is not a Python file (.py). {CONVENTION}")
    return _import(path, f"torchtpu_model_{path.stem}", "model file")


def load_lowerings_file(path: str | Path) -> None:
    """Import a file of user lowerings (``@torchtpu_aot.register_lowering``), so converting finds them."""
    path = Path(path)
    if not path.is_file() or path.suffix != ".py":
        raise ModelFileError(f"--lowerings {path}: no Python file (.py) there. Give a file whose functions are "
                             "decorated with @torchtpu_aot.register_lowering(\"mylib::op\") (README: Custom ops).")
    _import(path, f"torchtpu_lowerings_{path.stem}", "lowerings file")


def _import(path: Path, module_name: str, what: str):
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except TorchTPUError:
        raise
    except Exception as e:
        raise ModelFileError(f"Importing {path} failed at {_where(e, path)}: {type(e).__name__}: {e}. "
                             f"Fix the {what} (run it with python to see the full traceback).") from e
    return module


def _where(e: BaseException, path: Path) -> str:
    frames = [f for f in traceback.extract_tb(e.__traceback__) if Path(f.filename).resolve() == path.resolve()]
    return f"{path}:{frames[-1].lineno}" if frames else str(path)


def load_causal_lm_file(path: str | Path) -> tuple[Any, Any]:
    """A model file's causal LM for text generation: ``build_causal_lm()`` (or ``build()``) returning a
    transformers ``PreTrainedModel``, or ``(model, tokenizer)``. Returns (model, tokenizer or None)."""
    path = Path(path)
    module = _model_module(path)
    build = getattr(module, "build_causal_lm", None) or getattr(module, "build", None)
    if not callable(build):
        raise ModelFileError(f"{path} has neither build_causal_lm() nor build(). For text generation, define "
                             "build_causal_lm() returning a transformers causal LM, or (model, tokenizer).")
    torch.manual_seed(0)
    try:
        built = build()
    except Exception as e:
        raise ModelFileError(f"{path}: {build.__name__}() raised {type(e).__name__}: {e} (at {_where(e, path)}).") \
            from e
    model, tokenizer = built if isinstance(built, tuple) and len(built) == 2 else (built, None)
    try:
        from transformers import PreTrainedModel
    except ImportError:
        PreTrainedModel = ()  # noqa: N806  (export_llm then says transformers is missing)
    if PreTrainedModel and not isinstance(model, PreTrainedModel):
        raise ModelFileError(f"{path}: {build.__name__}() returned a {type(model).__name__}, not a transformers "
                             "causal LM; for text generation it returns a PreTrainedModel (e.g. "
                             "LlamaForCausalLM(config)) or (model, tokenizer).")
    return model, tokenizer
