"""What ``torchtpu verify`` compares an artifact with: eager torch on a model file, or ONNX's reference runtime on
an .onnx model, on the model file's example inputs or on inputs given by file and made up (--input, --dim)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from torchtpu_aot import pytree
from torchtpu_aot.artifact.manifest import Manifest
from torchtpu_aot.errors import OptionError, TorchTPUError

from .inputs import build_inputs
from .onnx_export import parse_constant_options


def torch_reference(model_file: Path, manifest: Manifest, given: tuple | None) -> Check:
    """Eager torch's outputs for the model file, on its example inputs or on ``given`` (files, seed, dim sizes),
    and the inputs the artifact is to be called with."""
    from torchtpu_aot.frontend import require_torch

    require_torch("torchtpu verify")
    import torch

    from torchtpu_aot.frontend.model_file import load_model_file

    spec = load_model_file(model_file)
    against = "eager torch"
    if manifest.weights.quantized:
        from torchtpu_aot.frontend.quantize import fake_quantized, manifest_weights

        weights = manifest_weights(manifest)
        if weights:  # export's own int8/int4: the model with those weights replaced by their dequantized values
            state = dict(spec.model.named_parameters(remove_duplicate=False))
            state.update(spec.model.named_buffers(remove_duplicate=False))
            missing = sorted(set(weights) - set(state))
            if missing:
                raise TorchTPUError(f"The artifact's quantized weights {missing[:3]} are not weights of the model in "
                                    f"{model_file}; was the artifact exported from this model file?")
            spec.model = fake_quantized(spec.model, weights)
            against = "eager torch with the quantized weights (q * s)"
    if given is None:
        args, kwargs = copy.deepcopy(spec.args), copy.deepcopy(spec.kwargs)
        if manifest.precision is not None:  # e.g. --io-dtype bfloat16: its floating inputs take the declared dtype
            args, kwargs = _as_declared_dtypes(manifest, args, kwargs)
        inputs = f"the example inputs of {model_file}"
        with torch.no_grad():
            # Copies, so a model that writes into its inputs cannot change what the artifact is given.
            reference = spec.model(*copy.deepcopy(spec.args), **copy.deepcopy(spec.kwargs))
        return Check(against, inputs, reference, args, kwargs)
    args, kwargs, inputs = given_inputs(manifest, given)
    leaves = pytree.flatten(manifest.input_spec, (args, kwargs), "inputs")
    as_torch = [torch.from_numpy(np.array(v, np.float32 if str(v.dtype) == "bfloat16" else v.dtype))
                if isinstance(v, np.ndarray) else v for v in leaves]
    torch_args, torch_kwargs = pytree.unflatten(manifest.input_spec, as_torch)
    with torch.no_grad():
        reference = spec.model(*torch_args, **torch_kwargs)
    return Check(against, inputs, reference, args, kwargs)


def given_inputs(manifest: Manifest, given: tuple) -> tuple[tuple, dict, str]:
    """The inputs from --input files, the others made up (at the --dim sizes); and what they are, in words."""
    files, seed, sizes = given
    args, kwargs, _ = build_inputs(manifest, files, True, seed, sizes)
    made = [e.name for e in manifest.tensor_inputs if e.name not in files]
    parts = [f"{n}={files[n]}" for n in files] + ([f"made-up {', '.join(made)} (seed {seed})"] if made else [])
    return args, kwargs, "; ".join(parts) or "no inputs"


@dataclass
class Check:
    """What verify compares: the reference outputs, and the inputs to call the artifact with."""

    against: str  # "eager torch", "onnx.reference"
    inputs: str  # the inputs, in words
    reference: Any
    args: tuple
    kwargs: dict
    output_names: list[str] | None = None  # the artifact's outputs by these names (the reference is a dict then)

    def named(self, got: Any) -> Any:
        return got if self.output_names is None else dict(zip(self.output_names, got))


def _as_declared_dtypes(manifest: Manifest, args: Any, kwargs: dict) -> tuple[tuple, dict]:
    """The example inputs with each floating tensor cast to the dtype the artifact declares for it."""
    import torch

    leaves = pytree.flatten(manifest.input_spec, (tuple(args), kwargs), "inputs")
    leaves = [v.to(getattr(torch, e.dtype)) if not e.is_constant and isinstance(v, torch.Tensor)
              and v.is_floating_point() and e.dtype in ("float16", "bfloat16", "float32", "float64") else v
              for v, e in zip(leaves, manifest.inputs)]
    return pytree.unflatten(manifest.input_spec, leaves)


def onnx_reference(model_file: Path, manifest: Manifest, given: tuple, constant_options: tuple[str, ...]) -> Check:
    """``verify MODEL.onnx``: onnx.reference's outputs on the inputs given (made up where not given), by graph
    output name, and the inputs to call the artifact with."""
    from torchtpu_aot.frontend.onnx_model import load_onnx

    proto = load_onnx(model_file)  # says how to install onnx if it is missing
    from onnx.reference import ReferenceEvaluator

    args, kwargs, inputs = given_inputs(manifest, given)
    leaves = pytree.flatten(manifest.input_spec, (args, kwargs), "inputs")
    feeds = {e.name: v for e, v in zip(manifest.inputs, leaves) if not e.is_constant}
    feeds.update(parse_constant_options(constant_options))
    initializers = {t.name for t in proto.graph.initializer}
    missing = [v.name for v in proto.graph.input if v.name not in feeds and v.name not in initializers]
    if missing:
        raise OptionError(f"The ONNX model's input{'s' if len(missing) > 1 else ''} {', '.join(map(repr, missing))} "
                          f"{'are' if len(missing) > 1 else 'is'} not an input of the artifact (fixed at export): "
                          "pass the same values with --constant NAME=FILE.npy.")
    try:
        outputs = ReferenceEvaluator(proto).run(None, feeds)
    except Exception as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else ""
        raise TorchTPUError(f"onnx.reference could not run {model_file} on these inputs ({type(e).__name__}: "
                            f"{first}); verify needs ONNX's reference runtime to run the model.") from None
    names = [o.name for o in proto.graph.output]
    return Check("onnx.reference", inputs, dict(zip(names, outputs)), args, kwargs, output_names=names)
