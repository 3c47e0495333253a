"""A loaded text-generation artifact: the weights and the KV cache live on the device; prefill and decode are
compiled once (decode per sampling variant, prefill per chunk bucket) with the cache donated, so it is updated in
place and never copied per step; only token ids cross to the host.

``generate``/``generate_stream`` run prompts through ``engine.Engine``, which keeps the artifact's slots busy
(continuous batching). Imports no torch and no transformers: the tokenizer is the ``tokenizers`` package's.

On several devices (``devices``, ``tensor_parallel``: runtime/devices.py) the weights split over the ``model`` axis
by the artifact's partition specs and the KV cache by its heads (when T divides the key/value heads), its slots
over the ``data`` axis; the steps are compiled with those shardings, so XLA partitions them.
"""

from __future__ import annotations

import functools
import json
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jax
import numpy as np
from jax.sharding import NamedSharding, PartitionSpec

from torchtpu_aot import dtypes, jax_compat
from torchtpu_aot.artifact import LoadedArtifact
from torchtpu_aot.artifact.manifest import MODEL_AXIS, CacheTensor
from torchtpu_aot.errors import InputError, OptionError, PlatformError, ShardingWarning
from torchtpu_aot.progress import Show
from torchtpu_aot.runtime import persistent_cache
from torchtpu_aot.runtime.devices import DATA, Parallel, bytes_per_device, device_counts
from torchtpu_aot.runtime.folding import placed_bytes
from torchtpu_aot.runtime.jax_program import build_exported
from torchtpu_aot.runtime.sampling import SamplingParams, SlotSettings, choose

# Prefill chunks are padded up to one of these lengths (or to the artifact's chunk), so a few programs serve
# every prompt length.
CHUNK_BUCKETS = (16, 32, 64, 128, 256, 512, 1024, 2048)
# Decode attends to the first of these many cache positions that covers every busy slot (or to all of them), so
# a step over short sequences does not read the whole cache: one compiled decode step per span.
SPAN_BUCKETS = (256, 512, 1024, 2048, 4096, 8192)


@dataclass
class GenerationResult:
    """One prompt's generation: the new tokens (an end-of-sequence token that stopped it included), their text
    (None without a tokenizer), why it stopped ("stop": end of sequence or a stop string; "length": max_new_tokens
    or the artifact's max_seq_len) and the prompt's length in tokens."""

    token_ids: list[int]
    text: str | None
    finish_reason: str
    prompt_tokens: int


class _Entry:
    """One entry point, compiled through jax.jit with the cache donated: ``fn(weights, cache, *inputs,
    settings, mode)`` -> (chosen tokens int32[rows], new cache)."""

    def __init__(self, artifact: LoadedArtifact, cache_names: list[str], parallel: Parallel | None = None,
                 cache_shardings: list | None = None):
        m = artifact.manifest
        self.weights = m.weights.names
        self.exported = build_exported(m, artifact.program_text, m.call_arguments, m.results)
        names = m.input_names
        self.cache_at = [names.index(n) for n in cache_names]
        self.other_at = [i for i, n in enumerate(names) if n not in cache_names]
        self.other_names = [names[i] for i in self.other_at]
        self.x64 = any(dtypes.is_64bit(e.dtype) for e in m.call_arguments + m.results)
        self.parallel = parallel
        shardings = {}
        if parallel is not None:
            weights = [parallel.weight_shardings[n] for n in self.weights]
            whole = parallel.replicated
            shardings = {"in_shardings": (weights, cache_shardings, whole, whole),
                         "out_shardings": (whole, cache_shardings)}
        self._jit = jax.jit(self._step, static_argnames="mode", donate_argnums=(1,), **shardings)
        self.logits = jax.jit(self._logits_only)

    def _results(self, weights: list, cache: list, others: list) -> tuple:
        inputs: list[Any] = [None] * (len(cache) + len(others))
        for i, c in zip(self.cache_at, cache):
            inputs[i] = c
        for i, x in zip(self.other_at, others):
            inputs[i] = x
        return self.exported.call(*weights, *inputs)

    def _step(self, weights: list, cache: list, others: list, settings: SlotSettings, mode: str):
        results = self._results(weights, cache, others)
        return choose(results[0], settings, mode), list(results[1:])

    def _logits_only(self, weights: list, cache: list, others: list):
        return self._results(weights, cache, others)[0]

    def __call__(self, weights: list, cache: list, others: dict[str, np.ndarray], settings: SlotSettings,
                 mode: str) -> tuple[np.ndarray, list]:
        with jax.enable_x64(self.x64):
            values = ([others[n] for n in self.other_names], settings)
            if self.parallel is not None and self.parallel.multiprocess:  # every process passes the same values
                whole = self.parallel.replicated
                values = jax.tree.map(lambda x: jax_compat.global_array(np.asarray(x), whole), values)
            tokens, cache = self._jit(weights, cache, *values, mode)
        return np.asarray(tokens), cache


class GenerationProgram:
    """``program = torchtpu_aot.load("llm.mlir")``; ``program.generate(["Hello"], max_new_tokens=32)``.

    ``cache_dir`` turns on JAX's persistent compilation cache there (as for ``Program``); ``devices`` and
    ``tensor_parallel`` run it on several devices (see the module docstring). The weights are streamed to the
    devices as ``Program``'s are, ``progress`` showing their bytes."""

    def __init__(self, artifact: LoadedArtifact, *, cache_dir: str | Path | None = None, devices: int | None = None,
                 tensor_parallel: int | None = None, progress: Show = None):
        self.cache_dir = persistent_cache.enable_from(cache_dir)
        self.path = artifact.path
        self.artifact = artifact
        self.manifest = m = artifact.manifest
        self.info = g = m.generation
        here = jax.export.default_export_platform()
        if here not in m.platforms:
            raise PlatformError(f"{self.path} was lowered for {', '.join(m.platforms)}, but JAX runs on {here} "
                                f"here; re-export with --platforms {','.join([*m.platforms, here])}.")
        names = [c.name for c in g.cache]
        count, tensor = device_counts(devices, tensor_parallel)
        self._parallel = Parallel(count, tensor, m, self.path, batch=False) if count > 1 else None
        cache_shardings = _cache_shardings(g.cache, self._parallel, self.path) if self._parallel else None
        self._entries = {name: _Entry(artifact.entry(name), names, self._parallel, cache_shardings)
                         for name in m.entry_points}
        place = self._parallel.place if self._parallel is not None else (lambda name, value: jax.device_put(value))
        self._weights = artifact.load_weights(place, progress)
        self._cache = [_zeros(c, s) for c, s in zip(g.cache, cache_shardings or [None] * len(g.cache))]
        # a chunk of 1 also decodes one slot alone (see row_steps)
        self.chunks = sorted({1} | {b for b in CHUNK_BUCKETS if b < g.prefill_chunk} | {g.prefill_chunk})
        # the attention spans of decode steps (frontend/llm.py; older artifacts attend to every position)
        self._span_input = "span" in self._entries["decode"].other_names
        self.spans = sorted({b for b in SPAN_BUCKETS if self._span_input and b < g.max_seq_len} | {g.max_seq_len})
        self._row_steps: int | None = None
        self._engine = None
        self.lockstep: tuple | None = None  # (hosts.Lockstep, index) when process 0 shares its calls

    # ------------------------------------------------------------------------------------------ the device steps

    @property
    def max_batch(self) -> int:
        return self.info.max_batch

    @property
    def max_seq_len(self) -> int:
        return self.info.max_seq_len

    @property
    def devices(self) -> list:
        return self._parallel.devices if self._parallel is not None else jax.devices()[:1]

    @property
    def tensor_parallel(self) -> int:
        return self._parallel.tensor_parallel if self._parallel is not None else 1

    def weight_bytes_per_device(self) -> dict[str, int]:
        """The weight bytes each device (of this process) holds, measured from the placed arrays' shards."""
        return bytes_per_device(self._weights, self.devices)

    @property
    def weight_bytes(self) -> int:
        """Bytes the weights take on the device, as placed (quantized weights stay integer there)."""
        return sum(placed_bytes(v) for v in self._weights.values())

    def cache_arrays(self) -> list[jax.Array]:
        """The KV cache as it lies on the device (for inspection; each step replaces these arrays in place)."""
        return list(self._cache)

    def _weights_of(self, entry: str) -> list:
        return [self._weights[n] for n in self._entries[entry].weights]

    def prefill(self, slot: int, tokens: Sequence[int], start: int, settings: SlotSettings, mode: str) -> int:
        """Write ``tokens`` (at most ``prefill_chunk``) of the sequence in ``slot`` from position ``start`` on; the
        token chosen after the last of them."""
        n = len(tokens)
        size = next((b for b in self.chunks if b >= n), n)
        if start + size > self.max_seq_len:  # padding would run past the cache: run the chunk unpadded
            size = n
        padded = np.full((1, size), tokens[-1], np.int64)
        padded[0, :n] = tokens
        others = {"tokens": padded, "positions": np.array([start], np.int64), "row": np.array([slot], np.int64),
                  "last": np.array([n - 1], np.int64)}
        return int(self._step("prefill", others, settings, mode)[0])

    def decode(self, tokens: np.ndarray, positions: np.ndarray, settings: SlotSettings, mode: str,
               length: int | None = None) -> np.ndarray:
        """One token for every slot: ``tokens`` (int64[max_batch]) at ``positions`` (int64[max_batch]); the tokens
        chosen next (int32[max_batch]). Attention reads at least the first ``length`` cache positions (at least
        every busy slot's position + 1; all of them when None): the step of the shortest span that covers them."""
        others = {"tokens": tokens.reshape(-1, 1).astype(np.int64), "positions": positions.astype(np.int64)}
        if self._span_input:
            span = next((b for b in self.spans if length is not None and b >= length), self.max_seq_len)
            others["span"] = np.zeros(span, np.bool_)
        return self._step("decode", others, settings, mode)

    def _step(self, entry: str, others: dict[str, np.ndarray], settings: SlotSettings, mode: str) -> np.ndarray:
        if self.lockstep is None:
            return self._run(entry, others, settings, mode)
        group, index = self.lockstep  # a server on several processes: the others make this call too
        arrays = [*others.values(), *jax.tree.leaves(settings)]
        return group.call(index, entry, arrays, {"mode": mode, "names": list(others)},
                          lambda: self._run(entry, others, settings, mode))

    def _run(self, entry: str, others: dict[str, np.ndarray], settings: SlotSettings, mode: str) -> np.ndarray:
        chosen, self._cache = self._entries[entry](self._weights_of(entry), self._cache, others, settings, mode)
        return chosen

    def replay(self, kind: str, arrays: list[np.ndarray], meta: dict) -> None:
        """Make a step process 0 shared (``hosts.Lockstep``), on this process's devices and cache."""
        names = meta["names"]
        settings = jax.tree.unflatten(jax.tree.structure(SlotSettings(*[0] * 5)), arrays[len(names):])
        self._run(kind, dict(zip(names, arrays[:len(names)])), settings, meta["mode"])

    def random_seed(self) -> int:
        """A seed for a request that gives none: random, and the same on every process when several run this
        program side by side (each drawing its own would make their steps differ)."""
        seed = int.from_bytes(os.urandom(4), "little")
        if self._parallel is not None and self._parallel.multiprocess and self.lockstep is None:
            seed = int(jax_compat.broadcast_from_first(np.array(seed, np.uint32)))
        return seed

    def prompt_logits(self, tokens: Sequence[int]) -> np.ndarray:
        """The logits (float32[vocab]) after ``tokens``, a prompt of at most ``prefill_chunk`` tokens, run through the
        prefill entry point on an empty cache of its own (the program's cache is not touched): for checking an
        artifact against its model."""
        tokens = self.encode(tokens)
        if len(tokens) > self.info.prefill_chunk:
            raise InputError(f"prompt_logits takes at most {self.info.prefill_chunk} tokens (one prefill chunk), got "
                             f"{len(tokens)}.")
        entry = self._entries["prefill"]
        scratch = [jax.numpy.zeros(c.shape, dtypes.to_numpy(c.dtype)) for c in self.info.cache]
        others = {"tokens": np.array([tokens], np.int64), "positions": np.zeros(1, np.int64),
                  "row": np.zeros(1, np.int64), "last": np.array([len(tokens) - 1], np.int64)}
        with jax.enable_x64(entry.x64):
            logits = entry.logits(self._weights_of("prefill"), scratch, [others[n] for n in entry.other_names])
        return np.asarray(logits)[0]

    @property
    def row_steps(self) -> int:
        """Up to how many busy slots a decode step runs as one single-token prefill call per slot rather than one
        decode call for every slot (0: never). On TPUs and GPUs a decode step costs about the same for 1 row as for
        ``max_batch``, so it is 0; XLA's CPU backend packs the weights for a matrix product of several rows, which
        makes a step of several rows cost more than one of 1 row. Measured once, on first use, on this machine: the
        largest k with k single-row calls under one full decode step (at the shortest span)."""
        if self._row_steps is None:
            self._row_steps = self._measure_row_steps()
        return self._row_steps

    @row_steps.setter
    def row_steps(self, value: int) -> None:
        self._row_steps = value

    def _measure_row_steps(self, repeats: int = 3) -> int:
        if self.max_batch == 1 or self.devices[0].platform != "cpu":
            return 0
        from torchtpu_aot.runtime.sampling import GREEDY, key_data

        # Both at the last position of slot 0 and of every slot: writes there are harmless (a sequence writes
        # each position before it reads it), as for the idle slots of a decode step.
        last = self.max_seq_len - 1
        one = SlotSettings.of([SamplingParams()], [key_data(0)], [0])
        every = SlotSettings.of([SamplingParams()] * self.max_batch, [key_data(0)] * self.max_batch,
                                [0] * self.max_batch)
        row = functools.partial(self.prefill, 0, [0], last, one, GREEDY)
        full = functools.partial(self.decode, np.zeros(self.max_batch, np.int64),
                                 np.full(self.max_batch, last, np.int64), every, GREEDY, self.spans[0])
        row(), full()  # compiled (or found compiled) first
        t_row, t_full = (min(_timed(step) for _ in range(repeats)) for step in (row, full))
        return min(self.max_batch - 1, int(t_full / t_row))

    def warm_up(self) -> None:
        """Compile every step now rather than on first use: each prefill chunk length, and decode in each
        sampling variant. (With a persistent compilation cache, a restart loads them instead.)"""
        from torchtpu_aot.runtime.sampling import FILTERED, GREEDY, SAMPLE, key_data

        one = SlotSettings.of([SamplingParams()], [key_data(0)], [0])
        for size in self.chunks:
            if size <= self.max_seq_len:
                self.prefill(0, [0] * size, 0, one, GREEDY)
        every = SlotSettings.of([SamplingParams()] * self.max_batch, [key_data(0)] * self.max_batch,
                                [0] * self.max_batch)
        last = np.full(self.max_batch, self.max_seq_len - 1, np.int64)
        for mode in (GREEDY, SAMPLE, FILTERED):
            for span in self.spans:
                self.decode(np.zeros(self.max_batch, np.int64), last, every, mode, span)
        self.row_steps  # noqa: B018 (measured now rather than on the first request)

    # ------------------------------------------------------------------------------------------ text

    @functools.cached_property
    def tokenizer(self):
        """The artifact's tokenizer (the ``tokenizers`` package); InputError if it was exported without one."""
        from tokenizers import Tokenizer

        if "tokenizer.json" not in self.info.files:
            raise InputError(f"{self.path} was exported without a tokenizer, so it takes prompts as token ids (lists "
                             "of ints), not text; export the checkpoint folder with its tokenizer.json to use text.")
        return Tokenizer.from_str(self.artifact.read_file("tokenizer.json").decode("utf-8"))

    @property
    def has_tokenizer(self) -> bool:
        return "tokenizer.json" in self.info.files

    def encode(self, prompt: str | Sequence[int], special_tokens: bool = True) -> list[int]:
        """A prompt's token ids: text through the tokenizer (with its special tokens, as transformers adds them,
        unless ``special_tokens`` is False), or ids as given (checked against the vocabulary)."""
        if isinstance(prompt, str):
            return self.tokenizer.encode(prompt, add_special_tokens=special_tokens).ids
        ids = [int(t) for t in prompt]
        bad = [t for t in ids if not 0 <= t < self.info.vocab_size]
        if bad:
            raise InputError(f"Prompt token ids {bad[:5]} are outside the vocabulary (0 to "
                             f"{self.info.vocab_size - 1}).")
        return ids

    @functools.cached_property
    def chat_template(self) -> str | None:
        """The checkpoint's chat template (Jinja), from chat_template.jinja or tokenizer_config.json; None if it has
        none."""
        files = self.info.files
        if "chat_template.jinja" in files:
            return self.artifact.read_file("chat_template.jinja").decode("utf-8")
        if "tokenizer_config.json" in files:
            template = json.loads(self.artifact.read_file("tokenizer_config.json")).get("chat_template")
            if isinstance(template, list):  # named templates: the default one
                template = next((t.get("template") for t in template if t.get("name") == "default"), None)
            return template if isinstance(template, str) else None
        return None

    def chat_prompt(self, messages: Sequence[Mapping[str, Any]], add_generation_prompt: bool = True) -> list[int]:
        """The token ids of a conversation (``[{"role": "user", "content": "..."}]``) through the checkpoint's chat
        template, rendered as transformers' ``apply_chat_template`` renders it (a sandboxed Jinja environment)."""
        template = self.chat_template
        if template is None:
            raise InputError(f"{self.path.name} has no chat template (its checkpoint's tokenizer_config.json names "
                             "none), so it cannot turn messages into a prompt; send a plain completion prompt, or "
                             "re-export a checkpoint whose tokenizer has a chat template.")
        text = _chat_environment().from_string(template).render(
            messages=list(messages), add_generation_prompt=add_generation_prompt, **self._special_token_texts)
        return self.encode(text, special_tokens=False)  # the template writes the special tokens itself

    @functools.cached_property
    def _special_token_texts(self) -> dict[str, str]:
        config = (json.loads(self.artifact.read_file("tokenizer_config.json"))
                  if "tokenizer_config.json" in self.info.files else {})
        names = {"bos_token": self.info.bos_token_id, "eos_token": (self.info.eos_token_ids or (None,))[0]}
        out = {}
        for key, token_id in names.items():
            value = config.get(key)
            if isinstance(value, dict):
                value = value.get("content")
            if value is None and token_id is not None and self.has_tokenizer:
                value = self.tokenizer.id_to_token(token_id)
            out[key] = value or ""
        return out

    def decode_text(self, ids: Sequence[int]) -> str | None:
        return self.tokenizer.decode(list(ids), skip_special_tokens=True) if self.has_tokenizer else None

    # ------------------------------------------------------------------------------------------ generation

    @property
    def engine(self):
        """The continuous-batching engine over this program's slots (one per program: the cache is shared)."""
        if self._engine is None:
            from torchtpu_aot.runtime.engine import Engine

            self._engine = Engine(self)
        return self._engine

    def generate(self, prompts: Sequence[str | Sequence[int]], *, max_new_tokens: int = 64,
                 temperature: float = 0.0, top_k: int | None = None, top_p: float | None = None,
                 seed: int | None = None, stop: Sequence[str] | str | None = None,
                 ignore_eos: bool = False) -> list[GenerationResult]:
        """One result per prompt (strings, or lists of token ids), in order; see ``generate_stream``."""
        results: dict[int, GenerationResult] = {}
        for event in self.generate_stream(prompts, max_new_tokens=max_new_tokens, temperature=temperature,
                                          top_k=top_k, top_p=top_p, seed=seed, stop=stop, ignore_eos=ignore_eos):
            if event.finished:
                results[event.index] = event.result
        return [results[i] for i in range(len(prompts))]

    def generate_stream(self, prompts: Sequence[str | Sequence[int]], *, max_new_tokens: int = 64,
                        temperature: float = 0.0, top_k: int | None = None, top_p: float | None = None,
                        seed: int | None = None, stop: Sequence[str] | str | None = None,
                        ignore_eos: bool = False) -> Iterator:
        """Yield ``engine.StreamEvent``s as tokens come (``.index`` of the prompt, ``.token_id``, ``.text`` (the new
        text, may be empty), ``.finished``, and ``.result`` once finished), as a generator: a request stops (and
        frees its slot) when the caller stops iterating. More prompts than slots wait for free
        slots; with ``seed``, prompt i samples with seed + i, so a run repeats exactly."""
        if isinstance(prompts, (str, bytes)) or not isinstance(prompts, Sequence):
            raise InputError("generate takes a list of prompts (strings or lists of token ids), e.g. ['Hello'].")
        engine = self.engine
        requests = [engine.request(prompt, params=SamplingParams(temperature, top_k, top_p,
                                                                 None if seed is None else seed + i),
                                   max_new_tokens=max_new_tokens, stop=stop, ignore_eos=ignore_eos, tag=i)
                    for i, prompt in enumerate(prompts)]  # all checked before any is queued
        for request in requests:
            engine.add(request)
        try:
            yield from engine.run_until_done(requests)
        finally:
            for request in requests:
                engine.cancel(request)


def _timed(step) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def _cache_shardings(cache: tuple[CacheTensor, ...], parallel: Parallel, path: Any) -> list[NamedSharding]:
    """Each cache tensor (max_batch, heads, max_seq_len, head_dim) split by its heads over ``model`` (when T divides
    them) and by its slots over ``data``."""
    slots = cache[0].shape[0]
    if slots % parallel.data:
        raise OptionError(f"{path} has {slots} slots (max_batch), which {parallel.data} data-parallel device groups "
                          f"(devices / tensor_parallel) do not split evenly; use devices = tensor_parallel, or "
                          f"re-export with a --max-batch that is a multiple of {parallel.data}.")
    data = DATA if parallel.data > 1 else None
    heads = cache[0].shape[1]
    split = parallel.tensor_parallel > 1 and heads % parallel.tensor_parallel == 0
    if parallel.tensor_parallel > 1 and not split:
        import warnings

        warnings.warn(ShardingWarning(
            f"tensor_parallel={parallel.tensor_parallel} does not divide the {heads} key/value heads of {path}'s KV "
            "cache, so each device holds the whole cache; pick a tensor_parallel that divides them to split it."),
            stacklevel=4)
    spec = PartitionSpec(data, MODEL_AXIS if split else None, None, None)
    return [NamedSharding(parallel.mesh, spec) for _ in cache]


def _zeros(tensor: CacheTensor, sharding: NamedSharding | None) -> jax.Array:
    dtype = dtypes.to_numpy(tensor.dtype)
    if sharding is None:
        return jax.numpy.zeros(tensor.shape, dtype)
    return jax.jit(lambda: jax.numpy.zeros(tensor.shape, dtype), out_shardings=sharding)()


@functools.cache
def _chat_environment():
    """Jinja as transformers renders chat templates: sandboxed (a template cannot reach Python objects), with
    ``raise_exception`` for templates that refuse a conversation."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str):
        raise InputError(f"The chat template refused the conversation: {message}")

    environment = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    environment.globals["raise_exception"] = raise_exception
    return environment
