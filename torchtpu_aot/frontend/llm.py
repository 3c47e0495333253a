"""Text-generation artifacts from Hugging Face causal language models.

A generation artifact holds two entry points that share the weights and carry a KV cache of ``max_batch`` slots by
``max_seq_len`` positions between calls (``artifact.manifest.GenerationInfo`` gives their signatures):
``decode`` advances every slot by one token, each at its own position, so sequences of different lengths share a
step; ``prefill`` writes a chunk of one slot's prompt. Both run the model's own transformers code (its attention,
rotary or learned positions, norms), with two things supplied from outside:

- the cache: ``SlotCache``, a transformers ``Cache`` whose ``update`` writes each row's new keys and values at that
  row's positions (a scatter) and hands attention the whole row, returning the new cache as outputs;
- the mask: a 4-D boolean mask built from the positions (key j is visible to the query at position p when j <= p,
  and within the sliding window if the model has one), which transformers passes to attention as it is.

Decode attends to the first ``n`` cache positions only, ``n`` being the length of its ``span`` input (a dynamic
dim, up to ``max_seq_len``): the runtime passes the shortest of a few lengths that covers every busy slot, so a
step over short sequences does not read the whole cache.

transformers' own exportable module (``integrations.executorch``) keeps one cache position for the whole batch, so
it cannot serve slots at different positions; hence this wrapper. Before exporting, the wrapper is checked against
the model's own forward pass on a short prompt: an architecture whose attention does not go through the cache
interface this way is refused there, with the reason, instead of producing a wrong artifact.
"""

from __future__ import annotations

import copy
import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from torchtpu_aot.artifact import Artifact
from torchtpu_aot.artifact.manifest import CacheTensor, GenerationInfo, Manifest
from torchtpu_aot.errors import ExportError, ModelFileError
from torchtpu_aot.progress import phase

# Files of a save_pretrained folder that travel with the artifact (what `tokenizers` and a chat template need).
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "chat_template.jinja",
                   "chat_template.json", "generation_config.json")
DEFAULT_MAX_SEQ_LEN = 2048
DEFAULT_PREFILL_CHUNK = 256
ENTRY_POINTS = ("decode", "prefill")
# The phases export_llm reports (torchtpu_aot.progress), for a progress display.
PHASES = ("load", "check", "torch.export decode", "conversion decode", "torch.export prefill", "conversion prefill",
          "save")
# Architectures checked token for token against transformers' generate (tests/test_llm.py); others are tried and
# checked against the model's own forward pass before export.
TESTED = ("LlamaForCausalLM", "Qwen2ForCausalLM", "MistralForCausalLM", "GemmaForCausalLM", "Phi3ForCausalLM",
          "GPT2LMHeadModel")


def _transformers():
    try:
        import transformers
    except ImportError:
        raise ExportError("Exporting a text-generation model needs transformers, which is not installed here. "
                          "Install it with `pip install 'torchtpu-aot[export]'`.") from None
    return transformers


class SlotCache:
    """The KV cache as transformers' attention layers see it, for one call: per layer, keys and values shaped
    (rows, heads, max_seq_len, head_dim). ``update`` writes the new keys and values of batch row b at positions
    ``positions[b]`` of cache row ``rows[b]`` (all rows in order when ``rows`` is None) and returns the full rows
    (their first ``span`` positions, with a span)."""

    def __init__(self, keys: list[torch.Tensor], values: list[torch.Tensor], positions: torch.Tensor,
                 row: torch.Tensor | None = None, span: Any = None):
        self.keys, self.values, self.positions, self.row = list(keys), list(values), positions, row
        self.span = span  # attention reads the first ``span`` positions (all when None)
        self.shapes: dict[int, tuple] = {}  # layer -> (heads, head_dim, dtype) seen by ``update`` (for probing)

    def update(self, key_states: torch.Tensor, value_states: torch.Tensor, layer_idx: int, *args: Any, **kwargs: Any
               ) -> tuple[torch.Tensor, torch.Tensor]:
        batch, heads, length, head_dim = key_states.shape
        self.shapes[layer_idx] = (heads, head_dim, key_states.dtype)
        if layer_idx >= len(self.keys):  # probing: no cache yet, attend to the new tokens alone
            return key_states, value_states
        index = self.positions[:, None, :, None].expand(batch, heads, length, head_dim)
        keys, values = self.keys[layer_idx], self.values[layer_idx]
        if self.row is None:
            keys, values = keys.scatter(2, index, key_states), values.scatter(2, index, value_states)
            self.keys[layer_idx], self.values[layer_idx] = keys, values
            if self.span is not None:
                return keys.narrow_copy(2, 0, self.span), values.narrow_copy(2, 0, self.span)
            return keys, values
        key_row = keys.index_select(0, self.row).scatter(2, index, key_states)
        value_row = values.index_select(0, self.row).scatter(2, index, value_states)
        self.keys[layer_idx] = keys.index_copy(0, self.row, key_row)
        self.values[layer_idx] = values.index_copy(0, self.row, value_row)
        return key_row, value_row

    # What transformers' model code may ask a cache besides ``update``.
    def get_seq_length(self, layer_idx: int = 0) -> int:
        return 0

    is_compileable = True
    is_sliding: list = []  # noqa: RUF012

    def __len__(self) -> int:
        return len(self.keys)


def slot_cache(keys: list[torch.Tensor], values: list[torch.Tensor], positions: torch.Tensor,
               row: torch.Tensor | None = None, span: Any = None) -> SlotCache:
    """A SlotCache that is also an instance of transformers' ``Cache`` (models check ``isinstance``)."""
    return _cache_class()(keys, values, positions, row, span)


@functools.cache
def _cache_class() -> type:
    from transformers.cache_utils import Cache

    class TransformersSlotCache(SlotCache, Cache):  # SlotCache's methods; Cache for the isinstance checks only
        def __init__(self, *args: Any):
            SlotCache.__init__(self, *args)
            self.layers = []

    return TransformersSlotCache


class GenerationStep(nn.Module):
    """One call of the model on ``tokens`` (rows x length) whose first token sits at ``positions[row]``, with the
    KV cache passed in and returned: decode when ``row`` is None (every cache row, length 1), prefill of cache row
    ``row`` otherwise, giving the logits after token ``last`` of the chunk. With ``span``, attention reads only the
    first ``len(span)`` cache positions (its values are not read)."""

    def __init__(self, model: nn.Module, max_seq_len: int, sliding_window: int | None):
        super().__init__()
        self.model = model
        self.max_seq_len = max_seq_len
        self.sliding_window = sliding_window

    def forward(self, tokens: torch.Tensor, positions: torch.Tensor, cache: list[torch.Tensor],
                row: torch.Tensor | None = None, last: torch.Tensor | None = None,
                span: torch.Tensor | None = None) -> dict[str, Any]:
        position_ids = positions[:, None] + torch.arange(tokens.shape[1])[None, :]
        length = self.max_seq_len if span is None else span.shape[0]
        keys = torch.arange(length)[None, None, None, :]
        query = position_ids[:, None, :, None]
        mask = keys <= query
        if self.sliding_window is not None:
            mask = mask & (keys > query - self.sliding_window)
        slots = slot_cache(cache[0::2], cache[1::2], position_ids, row, None if span is None else length)
        out = self.model(input_ids=tokens, attention_mask=mask, position_ids=position_ids, past_key_values=slots,
                         use_cache=True, logits_to_keep=last if last is not None else 1)
        return {"logits": out.logits[:, -1].float(),
                "cache": [t for pair in zip(slots.keys, slots.values) for t in pair]}


@dataclass
class CausalLM:
    """A causal LM to export, with the files that travel with it (tokenizer, generation config)."""

    model: nn.Module
    name: str
    files: dict[str, bytes]


def load_causal_lm(source: Any, dtype: torch.dtype = torch.float32, tokenizer: Any = None) -> CausalLM:
    """A ``save_pretrained`` folder (loaded offline), or an in-memory ``PreTrainedModel`` (with ``tokenizer``: a
    transformers tokenizer or a folder holding one)."""
    transformers = _transformers()
    if isinstance(source, (str, Path)):
        folder = Path(source)
        if not (folder / "config.json").is_file():
            raise ModelFileError(f"{folder} is not a Hugging Face checkpoint folder: it has no config.json. Pass the "
                                 "folder `save_pretrained` wrote (config.json, the weights, tokenizer files).")
        try:
            model = transformers.AutoModelForCausalLM.from_pretrained(
                folder, local_files_only=True, dtype=dtype, attn_implementation="sdpa")
        except Exception as e:
            raise ModelFileError(
                f"transformers could not load {folder} as a causal language model: {type(e).__name__}: "
                f"{_first_line(e)} Check that the folder holds a decoder-only model's config.json and weights "
                "(save_pretrained's output); nothing is downloaded.") from e
        files = _read_files(tokenizer if tokenizer is not None else folder)
        return CausalLM(model.eval(), folder.name, files)
    if not isinstance(source, transformers.PreTrainedModel):
        raise ExportError(f"export_llm takes a transformers PreTrainedModel or a checkpoint folder, got "
                          f"{type(source).__name__}.")
    model = source
    if next(iter(model.parameters())).dtype != dtype:
        model = copy.deepcopy(model).to(dtype)  # the caller's model is not modified
    model.config._attn_implementation = "sdpa"
    return CausalLM(model.eval(), type(model).__name__, _read_files(tokenizer) if tokenizer is not None else {})


def _read_files(tokenizer: Any) -> dict[str, bytes]:
    if not isinstance(tokenizer, (str, Path)):
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            tokenizer.save_pretrained(tmp)
            return _read_files(Path(tmp))
    folder = Path(tokenizer)
    return {name: (folder / name).read_bytes() for name in TOKENIZER_FILES if (folder / name).is_file()}


def export_llm(source: Any, *, max_seq_len: int | None = None, max_batch: int = 1, prefill_chunk: int | None = None,
               dtype: str = "float32", platforms: Any = None, name: str | None = None, tokenizer: Any = None,
               composites: bool = False, debug_info: bool = False, shard: Any = "auto", quantize: Any = None,
               group_size: int | None = None, quantize_skip: str | None = None) -> Artifact:
    """A generation artifact (prefill and decode entry points, one weights file, the tokenizer) of a causal LM:
    a ``save_pretrained`` folder or an in-memory ``PreTrainedModel``. See the module docstring; ``composites``
    and ``debug_info`` are ``export``'s; ``shard``: partition specs for tensor parallelism (``convert.sharding``;
    by default the automatic ones, found in the decode step's graph; None records none). ``quantize``,
    ``group_size`` and ``quantize_skip`` quantize the weights as ``torchtpu_aot.export`` does (both entry points
    share the integer weights)."""
    from torchtpu_aot.convert import DEFAULT_PLATFORMS, convert, sharding
    from torchtpu_aot.convert.emit import check_platforms, module_name
    from torchtpu_aot.frontend.precision import dtype_name
    from torchtpu_aot.frontend.quantize import quantize_options
    from torchtpu_aot.frontend.torch_export import dim_names

    torch_dtype = {"float32": torch.float32, "bfloat16": torch.bfloat16}[dtype_name(dtype)]
    sharding.parse_shard(shard)  # a malformed rule fails before the model is loaded
    quantization = quantize_options(quantize, group_size, quantize_skip)
    with phase("load"):
        lm = load_causal_lm(source, torch_dtype, tokenizer)
    config = lm.model.config
    platforms = check_platforms(platforms or DEFAULT_PLATFORMS)
    architecture = (getattr(config, "architectures", None) or [type(lm.model).__name__])[0]
    if getattr(config, "is_encoder_decoder", False):
        raise ExportError(f"{architecture} is an encoder-decoder model; text-generation artifacts are made from "
                          "decoder-only causal language models.")
    limit = _max_positions(config)
    max_seq_len = max_seq_len or min(limit or DEFAULT_MAX_SEQ_LEN, DEFAULT_MAX_SEQ_LEN)
    for what, value in (("max_seq_len", max_seq_len), ("max_batch", max_batch)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ExportError(f"{what} must be a whole number of at least 1, got {value!r}.")
    if limit is not None and max_seq_len > limit:
        raise ExportError(f"max_seq_len {max_seq_len} is beyond the {limit} positions {architecture} was built for "
                          f"(config max_position_embeddings); pass --max-seq-len {limit} or less.")
    chunk = min(prefill_chunk or DEFAULT_PREFILL_CHUNK, max_seq_len)
    step = GenerationStep(lm.model, max_seq_len, _sliding_window(config, architecture, max_seq_len))
    with phase("check"):
        layers = _probe(step, architecture)
        cache = [torch.zeros(max_batch, heads, max_seq_len, head_dim, dtype=kind)
                 for heads, head_dim, kind in layers for _ in ("key", "value")]
        _check_against_model(step, cache, architecture)
    # decode's span is dynamic, 1 to max_seq_len (an example of 1 would make torch.export fix it, one of
    # max_seq_len too: slicing there is a no-op)
    span = ({"span": torch.zeros(max_seq_len // 2, dtype=torch.bool)},
            {"tokens": None, "positions": None, "cache": [None] * len(cache),
             "span": {0: torch.export.Dim("span", min=1, max=max_seq_len)}}) if max_seq_len >= 4 else ({}, None)
    steps = {
        "decode": ((torch.zeros(max_batch, 1, dtype=torch.long), torch.zeros(max_batch, dtype=torch.long), cache),
                   *span),
        # the chunk length is dynamic, 1 to prefill_chunk (an example of 1 would make torch.export fix it)
        "prefill": ((torch.zeros(1, 1 if chunk == 1 else min(8, chunk), dtype=torch.long),
                     torch.zeros(1, dtype=torch.long), cache),
                    {"row": torch.zeros(1, dtype=torch.long), "last": torch.zeros(1, dtype=torch.long)},
                    {"tokens": {1: torch.export.Dim("chunk", min=1, max=chunk)}, "positions": None,
                     "cache": [None] * len(cache), "row": None, "last": None} if chunk > 1 else None),
    }
    programs, graphs = {}, {}
    for entry, (args, kwargs, dynamic) in steps.items():
        with phase(f"torch.export {entry}"), torch.no_grad():
            ep = graphs[entry] = _export(step, args, kwargs, dynamic, architecture, entry)
        with phase(f"conversion {entry}"):
            programs[entry] = convert(ep, platforms=platforms, model_name=name or lm.name,
                                      dim_names=dim_names(ep, step, args, kwargs, dynamic), composites=composites,
                                      debug_info=debug_info, quantize=quantization)
    names = programs["decode"].manifest.input_names
    cache_inputs = [n for n in names if n not in ("tokens", "positions", "span")]
    info = GenerationInfo(
        architecture=architecture, max_batch=max_batch, max_seq_len=max_seq_len, prefill_chunk=chunk,
        vocab_size=int(programs["decode"].manifest.tensor_outputs[0].shape[-1]),
        cache=tuple(CacheTensor(n, i // 2, ("key", "value")[i % 2], _dtype_name(t.dtype), tuple(t.shape))
                    for i, (n, t) in enumerate(zip(cache_inputs, cache))),
        **_special_tokens(config, lm.files))
    manifest = Manifest.generation_artifact({e: programs[e].manifest for e in ENTRY_POINTS}, info)
    manifest = sharding.apply(manifest, shard, graphs["decode"])  # decode reads every weight prefill reads
    if dtype_name(dtype) == "bfloat16":
        from torchtpu_aot.artifact.manifest import Precision

        manifest = manifest.replace(precision=Precision("bfloat16", "float32"))
    from torchtpu_aot import mlir_module

    program = mlir_module.merge_entry_points({e: programs[e].program for e in ENTRY_POINTS},
                                             module_name(name or lm.name), debug_info=debug_info)
    weights = {}
    for entry in ENTRY_POINTS:
        weights.update(programs[entry].weights)
    return Artifact(program=program, manifest=manifest, weights={n: weights[n] for n in manifest.weights.names},
                    files=lm.files, debug_info=debug_info)


def _export(step: GenerationStep, args: tuple, kwargs: dict, dynamic_shapes: Any, architecture: str, entry: str):
    try:
        return torch.export.export(step, args, kwargs, dynamic_shapes=dynamic_shapes)
    except Exception as e:
        raise ExportError(f"torch.export could not export {architecture}'s {entry} step: {type(e).__name__}: "
                          f"{_first_line(e)} Run with --debug for torch's full message.") from e


def _max_positions(config) -> int | None:
    for key in ("max_position_embeddings", "n_positions", "max_sequence_length"):
        value = getattr(config, key, None)
        if isinstance(value, int) and value > 0:
            return value
    return None


def _sliding_window(config, architecture: str, max_seq_len: int) -> int | None:
    """The model's attention window where it matters (shorter than max_seq_len); refuses per-layer windows."""
    window = getattr(config, "sliding_window", None)
    if getattr(config, "use_sliding_window", True) is False or not window or window >= max_seq_len:
        return None
    kinds = set(getattr(config, "layer_types", None) or ["sliding_attention"])
    if kinds != {"sliding_attention"}:
        raise ExportError(f"{architecture} mixes attention kinds across layers ({', '.join(sorted(kinds))}) with a "
                          f"{window}-token window, which text-generation artifacts do not support yet; export with "
                          f"--max-seq-len {window} or less, where every layer attends to all positions.")
    return int(window)


def _probe(step: GenerationStep, architecture: str) -> list[tuple[int, int, torch.dtype]]:
    """(heads, head_dim, dtype) of each layer's keys and values, from one call with an empty cache; refuses a model
    whose attention does not go through the cache interface."""
    cache = slot_cache([], [], torch.zeros(1, 1, dtype=torch.long))
    try:
        with torch.no_grad():
            step.model(input_ids=torch.zeros(1, 1, dtype=torch.long), position_ids=torch.zeros(1, 1, dtype=torch.long),
                       attention_mask=torch.ones(1, 1, 1, 1, dtype=torch.bool), past_key_values=cache, use_cache=True)
    except Exception as e:
        raise ExportError(f"{architecture} cannot run with torchtpu's KV cache ({type(e).__name__}: "
                          f"{_first_line(e)}); text-generation artifacts support models whose attention layers use "
                          f"transformers' Cache interface (tested: {', '.join(TESTED)}).") from e
    seen = cache.shapes
    if not seen or sorted(seen) != list(range(len(seen))):
        raise ExportError(f"{architecture} does not store its keys and values through transformers' Cache "
                          f"interface, so its KV cache cannot live on the device between calls; text-generation "
                          f"artifacts support models whose attention layers do (tested: {', '.join(TESTED)}).")
    return [seen[i] for i in range(len(seen))]


def _check_against_model(step: GenerationStep, cache: list[torch.Tensor], architecture: str) -> None:
    """The wrapped model must compute what the model computes: a short prompt through prefill and one decode step,
    compared with the model's own forward pass."""
    generator = torch.Generator().manual_seed(0)
    vocab = step.model.config.vocab_size
    prompt = torch.randint(0, vocab, (1, 6), generator=generator)
    one_row = [c[:1].clone() for c in cache]
    with torch.no_grad():
        want = step.model(input_ids=prompt).logits[0, -2:].float()
        first = step(prompt[:, :5], torch.zeros(1, dtype=torch.long), one_row, torch.zeros(1, dtype=torch.long),
                     torch.tensor([4]))
        second = step(prompt[:, 5:], torch.tensor([5]), first["cache"])
    got = torch.cat([first["logits"], second["logits"]])
    scale = want.abs().max().clamp_min(1e-6)
    error = float((got - want).abs().max() / scale)
    tolerance = 1e-4 if got.dtype == torch.float32 and next(step.model.parameters()).dtype == torch.float32 else 0.05
    if not error <= tolerance:
        raise ExportError(f"{architecture} computes different logits with torchtpu's KV cache and attention mask "
                          f"than on its own (error {error:.2g} of the logits' scale), so its attention is not of "
                          f"the kind text-generation artifacts support (tested: {', '.join(TESTED)}).")


def _special_tokens(config, files: dict[str, bytes]) -> dict[str, Any]:
    generation = json.loads(files["generation_config.json"]) if "generation_config.json" in files else {}

    def pick(key: str):
        value = generation.get(key)
        return value if value is not None else getattr(config, key, None)

    eos = pick("eos_token_id")
    eos = [eos] if isinstance(eos, int) else list(eos or [])
    return {"eos_token_ids": tuple(int(e) for e in eos), "bos_token_id": pick("bos_token_id"),
            "pad_token_id": pick("pad_token_id")}


def _dtype_name(dtype: torch.dtype) -> str:
    return str(dtype).removeprefix("torch.")


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__
