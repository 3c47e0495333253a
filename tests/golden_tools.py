"""Golden artifacts: export every model in models/ into artifacts/<model>/ (``make goldens``), and the quantized
goldens (``QUANTIZED_GOLDENS``) into artifacts/<name>/.

Each folder holds the golden ``<model>.mlir`` text (weights not inline). Models whose weights are at most
SMALL_WEIGHTS bytes also keep ``<model>.safetensors``, ``inputs.safetensors`` (tensor inputs by manifest name)
and ``expected.safetensors`` (eager torch outputs by manifest output name); models with dynamic dims also keep
``resized_inputs.safetensors`` and ``resized_expected.safetensors``, the same at other sizes of those dims
(``probe_sizes``).
Run as ``python -m tests.golden_tools [MODEL ...]``.
"""

from __future__ import annotations

import dataclasses
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from torchtpu_aot.artifact.manifest import Manifest

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
ARTIFACTS = ROOT / "artifacts"
SMALL_WEIGHTS = 4 * 2**20


def model_names() -> list[str]:
    return sorted(p.stem for p in MODELS.glob("*.py"))


# Quantized goldens: a model of models/ exported with these export options; their expected outputs are those of the
# fake-quantized eager model (each quantized weight replaced by q * s), which the artifact must equal.
QUANTIZED_GOLDENS = {"mlp_int8": ("mlp", {"quantize": "int8"}),
                     "gpt_decoder_int4": ("gpt_decoder", {"quantize": "int4", "group_size": 32})}


def golden_names() -> list[str]:
    """Every golden artifact's name: the models in models/, then the quantized goldens."""
    return model_names() + sorted(QUANTIZED_GOLDENS)


@dataclass
class Exported:
    """A model file exported once: its spec, the artifact, and eager torch's outputs on the example inputs."""

    name: str
    spec: Any
    artifact: Any
    reference: Any

    def golden_text(self) -> bytes:
        return self.artifact.serialize(self.name)[0]

    def weight_bytes(self) -> int:
        return sum(a.nbytes for a in self.artifact.weights.values())

    def named_inputs(self) -> dict[str, np.ndarray]:
        from torchtpu_aot import pytree
        from torchtpu_aot.dtypes import to_array

        manifest = self.artifact.manifest
        leaves = pytree.flatten(manifest.input_spec, (self.spec.args, self.spec.kwargs))
        return {e.name: to_array(v) for e, v in zip(manifest.inputs, leaves) if not e.is_constant}

    def resized(self, sizes: dict[str, int]) -> Exported:
        """The same model and artifact, with example inputs resampled to other sizes of the dynamic dims and
        eager torch's outputs on them."""
        import torch

        args, kwargs = resize_tree(self.artifact.manifest, (self.spec.args, self.spec.kwargs), sizes)
        with torch.no_grad():
            reference = self.spec.model(*args, **kwargs)
        return Exported(self.name, dataclasses.replace(self.spec, args=tuple(args), kwargs=dict(kwargs)),
                        self.artifact, reference)

    def named_reference(self) -> dict[str, np.ndarray]:
        from torchtpu_aot.compare import flatten_outputs
        from torchtpu_aot.dtypes import to_array

        names = [e.name for e in self.artifact.manifest.outputs]
        return {n: to_array(v) for n, (_, v) in zip(names, flatten_outputs(self.reference))}


def example_sizes(manifest: Manifest, inputs: dict[str, np.ndarray]) -> dict[str, int]:
    """Each dynamic dim's size in the example inputs."""
    from torchtpu_aot.runtime.shapes import bind_dims

    entries = manifest.tensor_inputs
    return bind_dims(manifest.symbols, entries, [inputs[e.name] for e in entries])


def probe_sizes(manifest: Manifest, inputs: dict[str, np.ndarray]) -> dict[str, int]:
    """Other sizes for the dynamic dims than the example's (about 1.5x), inside their ranges."""
    sizes = {}
    for name, size in example_sizes(manifest, inputs).items():
        lo, hi = manifest.symbols[name].min, manifest.symbols[name].max
        sizes[name] = max(lo, min(hi if hi is not None else 1 << 30, 3 * size // 2 + 1))
    return sizes


def resize_tree(manifest: Manifest, tree: Any, sizes: dict[str, int], seed: int = 0) -> Any:
    """The example inputs resampled along their dynamic dims to ``sizes``: rows drawn at random from the
    example's own rows, so values stay valid (token ids in the vocabulary, for instance)."""
    import torch

    from torchtpu_aot import pytree

    rng = np.random.default_rng(seed)
    leaves = pytree.flatten(manifest.input_spec, tree)
    out = []
    for entry, leaf in zip(manifest.inputs, leaves):
        if not entry.is_constant:
            for axis, dim in enumerate(entry.shape):
                if isinstance(dim, str) and dim in sizes:
                    rows = torch.as_tensor(rng.integers(0, leaf.shape[axis], sizes[dim]))
                    leaf = leaf.index_select(axis, rows)
        out.append(leaf)
    return pytree.unflatten(manifest.input_spec, out)


def export_model(name: str) -> Exported:
    """A golden's model exported (a quantized golden's reference model is the fake-quantized model)."""
    import torch

    import torchtpu_aot
    from torchtpu_aot.frontend.model_file import load_model_file

    base, options = QUANTIZED_GOLDENS.get(name, (name, {}))
    spec = load_model_file(MODELS / f"{base}.py")
    artifact = torchtpu_aot.export(spec.model, spec.args, spec.kwargs, dynamic_shapes=spec.dynamic_shapes,
                                   **options)
    if options:
        from torchtpu_aot.frontend.quantize import fake_quantized, manifest_weights

        spec = dataclasses.replace(spec, model=fake_quantized(spec.model, manifest_weights(artifact.manifest)))
    with torch.no_grad():
        reference = spec.model(*spec.args, **spec.kwargs)
    return Exported(name, spec, artifact, reference)


def write_golden(name: str) -> Path:
    import safetensors.numpy

    exported = export_model(name)
    folder = ARTIFACTS / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    program, weights = exported.artifact.serialize(name)
    (folder / f"{name}.mlir").write_bytes(program)
    if exported.weight_bytes() <= SMALL_WEIGHTS:
        (folder / f"{name}.safetensors").write_bytes(weights)
        safetensors.numpy.save_file(exported.named_inputs(), folder / "inputs.safetensors")
        safetensors.numpy.save_file(exported.named_reference(), folder / "expected.safetensors")
        if exported.artifact.manifest.symbols:
            resized = exported.resized(probe_sizes(exported.artifact.manifest, exported.named_inputs()))
            safetensors.numpy.save_file(resized.named_inputs(), folder / "resized_inputs.safetensors")
            safetensors.numpy.save_file(resized.named_reference(), folder / "resized_expected.safetensors")
    return folder


# The text-generation golden: a small Llama checkpoint (tests/llm_tools.py) exported with these settings, and the
# tokens transformers' own greedy generate gives for PROMPTS (expected.json), which the stored artifact must give.
GENERATION_GOLDEN = "llm"
GENERATION_SETTINGS = {"max_seq_len": 64, "max_batch": 2, "prefill_chunk": 16}
GENERATION_PROMPTS = ["the quick brown fox", "hello", "once upon a time there was a model"]
GENERATION_TOKENS = 16


def export_generation_golden(folder: Path):
    """The text-generation golden's artifact, exported from a checkpoint written into ``folder``."""
    import torchtpu_aot
    from tests import llm_tools

    checkpoint = llm_tools.checkpoint("llama", folder / "checkpoint")
    return torchtpu_aot.export_llm(checkpoint, name=GENERATION_GOLDEN, **GENERATION_SETTINGS), checkpoint


def write_generation_golden() -> Path:
    import json
    import tempfile

    from tests import llm_tools

    folder = ARTIFACTS / GENERATION_GOLDEN
    shutil.rmtree(folder, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        artifact, checkpoint = export_generation_golden(Path(tmp))
        artifact.save(folder / f"{GENERATION_GOLDEN}.mlir")
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(checkpoint)
        lm = llm_tools.model("llama", len(tokenizer))
        expected = []
        for prompt in GENERATION_PROMPTS:
            tokens = llm_tools.greedy(lm, tokenizer(prompt).input_ids, GENERATION_TOKENS)
            expected.append({"prompt": prompt, "token_ids": tokens,
                             "text": tokenizer.decode(tokens, skip_special_tokens=True)})
    (folder / "expected.json").write_text(json.dumps({"max_new_tokens": GENERATION_TOKENS, "ignore_eos": True,
                                                      "results": expected}, indent=1) + "\n")
    return folder


def main(argv: list[str]) -> None:
    for name in argv or [*golden_names(), GENERATION_GOLDEN]:
        folder = write_generation_golden() if name == GENERATION_GOLDEN else write_golden(name)
        print(f"{name}: {', '.join(sorted(p.name for p in folder.iterdir()))}")


if __name__ == "__main__":
    main(sys.argv[1:])
