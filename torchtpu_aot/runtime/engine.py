"""Continuous batching over a generation artifact's slots.

A request waits in a queue until a slot is free, is prefilled in chunks of at most ``prefill_chunk`` tokens, and
then joins the decode step, which advances every busy slot by one token, each at its own position. Each ``step``
does at most one prefill chunk and one decode step, so a long prompt never stalls the streams already running.
(Where a decode step of every slot costs more than one call per busy slot, as on XLA's CPU backend with few slots
busy, the busy slots decode one by one through single-token prefill calls: ``GenerationProgram.row_steps``.)
A request finishes on an end-of-sequence token (unless ``ignore_eos``), a stop string, ``max_new_tokens`` or the
artifact's ``max_seq_len``; a finished or cancelled request frees its slot at once.

Text is decoded incrementally (``tokenizers``' ``DecodeStream``); text that might be the start of a stop string is
held back until it is known not to be one, so a stream never shows part of a stop string.

The engine is not thread-safe: one thread (``generate``, or the server's engine thread) drives it.
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from torchtpu_aot.errors import InputError
from torchtpu_aot.runtime.generation import GenerationProgram, GenerationResult
from torchtpu_aot.runtime.sampling import SamplingParams, SlotSettings, key_data, mode_of

WAITING, PREFILL, DECODE, DONE = "waiting", "prefill", "decode", "done"
GREEDY_PARAMS = SamplingParams()


@dataclass
class StreamEvent:
    """A request's progress: a new token (``token_id``) and the text it adds (``text``, "" while held back);
    ``finished`` with ``result`` on the last event. ``index`` is the tag the request was submitted with."""

    request: Request
    token_id: int | None
    text: str
    finished: bool = False
    result: GenerationResult | None = None

    @property
    def index(self) -> Any:
        return self.request.tag


@dataclass(eq=False)
class Request:
    """One prompt's generation as the engine tracks it."""

    id: int
    tag: Any
    prompt: list[int]
    params: SamplingParams
    max_new_tokens: int
    stop: tuple[str, ...]
    ignore_eos: bool
    key: np.ndarray
    state: str = WAITING
    slot: int | None = None
    prefilled: int = 0
    tokens: list[int] = field(default_factory=list)
    text: str = ""           # decoded so far, stop strings cut off
    shown: int = 0           # how much of ``text`` was given out
    finish_reason: str | None = None
    decoder: Any = None
    cut: bool = False        # the text was cut at a stop string

    @property
    def position(self) -> int:
        """Where the next token goes in the cache: after the prompt and every generated token but the last."""
        return len(self.prompt) + len(self.tokens) - 1

    def result(self) -> GenerationResult:
        return GenerationResult(list(self.tokens), self.text if self.decoder is not None else None,
                                self.finish_reason or "length", len(self.prompt))


class Engine:
    """``submit`` requests, then ``step`` (or ``run_until_done``) until they finish."""

    def __init__(self, program: GenerationProgram):
        self.program = program
        self.slots: list[Request | None] = [None] * program.max_batch
        self.waiting: collections.deque[Request] = collections.deque()
        self._ids = itertools.count()
        self._events: list[StreamEvent] = []
        self.steps = {"prefill": 0, "decode": 0, "row": 0}  # calls made (row: decode of one slot alone)

    # ------------------------------------------------------------------------------------------ requests

    def request(self, prompt: str | Sequence[int], *, params: SamplingParams = GREEDY_PARAMS,
                max_new_tokens: int = 64, stop: Sequence[str] | str | None = None, ignore_eos: bool = False,
                tag: Any = None) -> Request:
        """A checked request (not yet queued): InputError for a prompt that does not fit, or settings that are off."""
        ids = self.program.encode(prompt)
        limit = self.program.max_seq_len
        if not ids:
            raise InputError("The prompt is empty: give at least one token.")
        if len(ids) >= limit:
            raise InputError(f"The prompt is {len(ids)} tokens long, but the artifact holds {limit} positions "
                             f"(max_seq_len) and needs one for each new token: shorten it to at most {limit - 1} "
                             "tokens, or re-export with a larger --max-seq-len.")
        check_settings(params, max_new_tokens)
        stop = (stop,) if isinstance(stop, str) else tuple(stop or ())
        if stop and not self.program.has_tokenizer:
            raise InputError("Stop strings need the artifact's tokenizer, and this artifact has none.")
        if any(not isinstance(s, str) or not s for s in stop):
            raise InputError(f"Stop strings must be non-empty strings, got {list(stop)!r}.")
        seed = params.seed if params.seed is not None else self.program.random_seed()
        request = Request(next(self._ids), tag, ids, params, max_new_tokens, stop, ignore_eos, key_data(seed))
        if self.program.has_tokenizer:
            from tokenizers.decoders import DecodeStream

            request.decoder = DecodeStream(skip_special_tokens=True)
        return request

    def add(self, request: Request) -> Request:
        self.waiting.append(request)
        return request

    def submit(self, prompt: str | Sequence[int], **options: Any) -> Request:
        return self.add(self.request(prompt, **options))

    def cancel(self, request: Request) -> None:
        """Stop a request now (a client went away): its slot is free for the next step."""
        if request.state == DONE:
            return
        if request.state == WAITING:
            self.waiting.remove(request)
        self._finish(request, "cancelled", event=False)

    @property
    def running(self) -> int:
        return sum(1 for r in self.slots if r is not None)

    @property
    def busy(self) -> bool:
        return bool(self.waiting) or self.running > 0

    # ------------------------------------------------------------------------------------------ stepping

    def step(self) -> list[StreamEvent]:
        """Admit waiting requests to free slots, run one prefill chunk and one decode step; the events they made."""
        self._events = []
        for slot, occupant in enumerate(self.slots):
            if occupant is None and self.waiting:
                request = self.waiting.popleft()
                request.state, request.slot = PREFILL, slot
                self.slots[slot] = request
        prefilling = [r for r in self.slots if r is not None and r.state == PREFILL]
        if prefilling:
            self._prefill(min(prefilling, key=lambda r: r.id))
        if any(r is not None and r.state == DECODE for r in self.slots):
            self._decode()
        return self._events

    def run_until_done(self, requests: Sequence[Request]) -> Iterator[StreamEvent]:
        """Step until every one of ``requests`` finished, yielding their events."""
        mine = {id(r) for r in requests}
        while any(r.state != DONE for r in requests):
            for event in self.step():
                if id(event.request) in mine:
                    yield event

    def _prefill(self, request: Request) -> None:
        chunk = self.program.info.prefill_chunk
        start = request.prefilled
        tokens = request.prompt[start:start + chunk]
        settings = SlotSettings.of([request.params], [request.key], [0])
        chosen = self.program.prefill(request.slot, tokens, start, settings, request.params.mode)
        self.steps["prefill"] += 1
        request.prefilled += len(tokens)
        if request.prefilled == len(request.prompt):
            request.state = DECODE
            self._accept(request, chosen)

    def _decode(self) -> None:
        batch, last = self.program.max_batch, self.program.max_seq_len - 1
        tokens, positions = np.zeros(batch, np.int64), np.full(batch, last, np.int64)  # idle slots: harmless
        params, keys, counters = [GREEDY_PARAMS] * batch, [np.zeros(2, np.uint32)] * batch, [0] * batch
        active = [r for r in self.slots if r is not None and r.state == DECODE]
        if len(active) <= self.program.row_steps:  # cheaper as one single-token call per slot (on a CPU)
            for r in active:
                settings = SlotSettings.of([r.params], [r.key], [len(r.tokens)])
                chosen = self.program.prefill(r.slot, [r.tokens[-1]], r.position, settings, r.params.mode)
                self.steps["row"] += 1
                self._accept(r, chosen)
            return
        for r in active:
            tokens[r.slot], positions[r.slot] = r.tokens[-1], r.position
            params[r.slot], keys[r.slot], counters[r.slot] = r.params, r.key, len(r.tokens)
        chosen = self.program.decode(tokens, positions, SlotSettings.of(params, keys, counters),
                                     mode_of([r.params for r in active]), max(r.position for r in active) + 1)
        self.steps["decode"] += 1
        for r in active:
            self._accept(r, int(chosen[r.slot]))

    def _accept(self, request: Request, token: int) -> None:
        """A new token: record it, decode its text, and finish the request if it should stop."""
        request.tokens.append(token)
        self._decode_text(request, token)
        reason = None
        if token in self.program.info.eos_token_ids and not request.ignore_eos:
            reason = "stop"
        elif request.stop and self._cut_at_stop(request):
            reason = "stop"
        elif len(request.tokens) >= request.max_new_tokens or request.position + 1 >= self.program.max_seq_len:
            reason = "length"
        if reason is None:
            self._events.append(StreamEvent(request, token, self._release(request, held=True)))
        else:
            self._finish(request, reason, token=token)

    def _decode_text(self, request: Request, token: int) -> None:
        if request.decoder is not None:
            request.text += request.decoder.step(self.program.tokenizer, token) or ""

    def _cut_at_stop(self, request: Request) -> bool:
        """Cut the text at the first stop string it now contains; whether there was one."""
        longest = max(len(s) for s in request.stop)
        window = max(0, request.shown - longest)
        found = [i for i in (request.text.find(s, window) for s in request.stop) if i >= 0]
        if not found:
            return False
        request.text, request.cut = request.text[:min(found)], True
        return True

    def _release(self, request: Request, held: bool) -> str:
        """The text not given out yet, less (while ``held``) a tail that could begin a stop string."""
        end = len(request.text)
        if held and request.stop:
            end = min(end, max(request.shown, len(request.text) - max(len(s) for s in request.stop) + 1))
        piece = request.text[request.shown:end]
        request.shown = max(request.shown, end)
        return piece

    def _finish(self, request: Request, reason: str, token: int | None = None, event: bool = True) -> None:
        request.state, request.finish_reason = DONE, reason
        if request.decoder is not None and not request.cut:
            # the whole text as the tokenizer decodes it, with an incomplete character at the end as U+FFFD
            # (the stream holds such bytes back, waiting for the rest)
            whole = self.program.decode_text(request.tokens)
            if whole.startswith(request.text[:request.shown]):
                request.text = whole
        if request.slot is not None and self.slots[request.slot] is request:
            self.slots[request.slot] = None
        if event:
            self._events.append(StreamEvent(request, token, self._release(request, held=False), True,
                                            request.result()))


def check_settings(params: SamplingParams, max_new_tokens: int) -> None:
    """InputError for sampling settings out of range (the server answers them with 400)."""
    problems = []
    if not isinstance(max_new_tokens, int) or isinstance(max_new_tokens, bool) or max_new_tokens < 1:
        problems.append(f"max_new_tokens must be a whole number of at least 1, got {max_new_tokens!r}")
    if not isinstance(params.temperature, (int, float)) or not 0 <= params.temperature <= 100:
        problems.append(f"temperature must be between 0 and 100, got {params.temperature!r}")
    if params.top_k is not None and (not isinstance(params.top_k, int) or params.top_k < 0):
        problems.append(f"top_k must be a whole number of at least 0 (0: no limit), got {params.top_k!r}")
    if params.top_p is not None and (not isinstance(params.top_p, (int, float)) or not 0 < params.top_p <= 1):
        problems.append(f"top_p must be in (0, 1], got {params.top_p!r}")
    if params.seed is not None and (not isinstance(params.seed, int) or isinstance(params.seed, bool)):
        problems.append(f"seed must be a whole number, got {params.seed!r}")
    if problems:
        raise InputError("; ".join(problems) + ".")
