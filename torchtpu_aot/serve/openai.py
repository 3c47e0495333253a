"""The OpenAI-compatible API over served text-generation artifacts, and the KServe v2 generate extension.

- ``GET /v1/models``; ``POST /v1/completions`` and ``POST /v1/chat/completions`` (the chat template from the
  tokenizer config) with ``max_tokens`` (``max_completion_tokens``), ``temperature``, ``top_p``, ``seed``,
  ``stop``, ``stream`` (server-sent events in OpenAI's chunk format, ending ``data: [DONE]``),
  ``stream_options.include_usage``, ``usage``, and vLLM's extensions ``top_k`` and ``ignore_eos``; ``n`` must be 1.
  Errors take OpenAI's shape ``{"error": {"message", "type", "param", "code"}}``.
- ``POST /v2/models/{name}/generate`` and ``/generate_stream``: ``{"text_input": ..., "parameters": {...}}`` ->
  ``{"model_name", "model_version", "text_output", "finish_reason"}`` (one server-sent event per piece of text
  when streaming).

Defaults follow OpenAI's: temperature 1, top_p 1, 16 tokens for a completion, the rest of the context for a
chat completion. Settings this server does not implement (logprobs, penalties, logit_bias, echo, best_of, tools)
are refused with 400 rather than ignored.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from torchtpu_aot.errors import InputError
from torchtpu_aot.runtime.sampling import SamplingParams
from torchtpu_aot.serve.errors import ModelNotFound, RequestError
from torchtpu_aot.serve.llm import QueueFull, ServedLLM, Stream

# Settings OpenAI defines that this server does not implement, with the value that means "off".
_UNSUPPORTED = {"logprobs": (None, False, 0), "top_logprobs": (None, 0), "echo": (None, False),
                "best_of": (None, 1), "frequency_penalty": (None, 0, 0.0), "presence_penalty": (None, 0, 0.0),
                "logit_bias": (None, {}), "tools": (None, []), "functions": (None, []), "suffix": (None, ""),
                "repetition_penalty": (None, 1, 1.0)}


class BadRequest(RequestError):
    def __init__(self, message: str, param: str | None = None, status: int = 400, code: str | None = None):
        super().__init__(message, status)
        self.param, self.code = param, code


def error_body(e: RequestError) -> dict:
    kind = {404: "NotFoundError", 429: "RateLimitError", 503: "ServiceUnavailableError"}.get(
        e.status, "InternalServerError" if e.status >= 500 else "BadRequestError")
    return {"error": {"message": str(e), "type": kind, "param": getattr(e, "param", None),
                      "code": getattr(e, "code", None) or e.status}}


def _json(content: Any, status: int = 200, headers: dict | None = None) -> Response:
    return Response(json.dumps(content, separators=(",", ":")), status, headers=headers,
                    media_type="application/json")


def openai_error(e: RequestError) -> Response:
    headers = {"Retry-After": str(e.retry_after)} if isinstance(e, QueueFull) else None
    return _json(error_body(e), e.status, headers)


async def _body(request: Request) -> dict:
    try:
        body = json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise BadRequest(f"The request body is not valid JSON: {e}.") from None
    if not isinstance(body, dict):
        raise BadRequest("The request body must be a JSON object.")
    return body


def _number(body: dict, key: str, default: Any, kind: type, low: float | None = None, high: float | None = None,
            low_open: bool = False) -> Any:
    value = body.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float) if kind is float else int):
        raise BadRequest(f"'{key}' must be {'a number' if kind is float else 'an integer'}, got {value!r}.", key)
    if (low is not None and (value <= low if low_open else value < low)) or (high is not None and value > high):
        bounds = f"{'>' if low_open else '>='} {low}" + (f" and <= {high}" if high is not None else "")
        raise BadRequest(f"'{key}' must be {bounds}, got {value!r}.", key)
    return kind(value)


def _settings(body: dict, model: ServedLLM, prompt_tokens: int, default_max: int | None) -> dict[str, Any]:
    """The generation settings of a request, checked (BadRequest names the field)."""
    for key, off in _UNSUPPORTED.items():
        if body.get(key) not in off:
            raise BadRequest(f"'{key}' is not supported by this server; leave it out.", key)
    if body.get("n", 1) != 1:
        raise BadRequest("'n' must be 1: this server returns one choice per request (send several requests).", "n")
    temperature = _number(body, "temperature", 1.0, float, 0, 2)
    top_p = _number(body, "top_p", 1.0, float, 0, 1, low_open=True)
    top_k = _number(body, "top_k", -1, int, -1)
    seed = _number(body, "seed", None, int)
    limit = model.max_seq_len
    requested = body.get("max_completion_tokens", body.get("max_tokens"))
    key = "max_completion_tokens" if "max_completion_tokens" in body else "max_tokens"
    max_tokens = _number({key: requested}, key, default_max if default_max is not None else limit - prompt_tokens,
                         int, 1)
    if prompt_tokens + max_tokens > limit:
        raise BadRequest(f"This model's maximum context length is {limit} tokens. However, you requested "
                         f"{prompt_tokens + max_tokens} tokens ({prompt_tokens} in the prompt, {max_tokens} for the "
                         "completion). Please reduce the length of the prompt or of max_tokens.", key,
                         code="context_length_exceeded")
    stop = body.get("stop")
    stop = [stop] if isinstance(stop, str) else stop
    if stop is not None and (not isinstance(stop, list) or not all(isinstance(s, str) and s for s in stop)):
        raise BadRequest("'stop' must be a non-empty string or a list of them.", "stop")
    ignore_eos = body.get("ignore_eos", False)
    if not isinstance(ignore_eos, bool):
        raise BadRequest("'ignore_eos' must be true or false.", "ignore_eos")
    params = SamplingParams(temperature=temperature, top_k=top_k if top_k > 0 else None, top_p=top_p, seed=seed)
    return {"params": params, "max_new_tokens": max_tokens, "stop": stop or (), "ignore_eos": ignore_eos}


def _stream_options(body: dict) -> tuple[bool, bool]:
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise BadRequest("'stream' must be true or false.", "stream")
    options = body.get("stream_options") or {}
    if not isinstance(options, dict):
        raise BadRequest("'stream_options' must be an object.", "stream_options")
    return stream, bool(options.get("include_usage", False))


def _prompt(body: dict) -> str | list[int]:
    prompt = body.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], (str, list)):
        prompt = prompt[0]
    if isinstance(prompt, str) or (isinstance(prompt, list) and prompt and all(
            isinstance(t, int) and not isinstance(t, bool) for t in prompt)):
        return prompt
    raise BadRequest("'prompt' must be a string or a list of token ids (one prompt per request).", "prompt")


def _messages(body: dict) -> list[dict]:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or not all(
            isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), (str, list))
            for m in messages):
        raise BadRequest("'messages' must be a non-empty list of {\"role\", \"content\"} objects.", "messages")
    out = []
    for m in messages:
        content = m["content"]
        if isinstance(content, list):  # content parts: text only
            if not all(isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str)
                       for p in content):
                raise BadRequest("Only text content parts are supported.", "messages")
            content = "".join(p["text"] for p in content)
        out.append({**m, "content": content})
    return out


def _usage(stream: Stream) -> dict:
    prompt, completion = len(stream.request.prompt), len(stream.request.tokens)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _submit(model: ServedLLM, prompt: str | list[int], settings: dict) -> Stream:
    try:
        return model.submit(prompt, **settings)
    except InputError as e:
        raise BadRequest(str(e)) from None


class OpenAIRoutes:
    """The handlers, over the served text-generation models (by name)."""

    def __init__(self, models: dict[str, ServedLLM]):
        self.models = models

    def model(self, name: Any) -> ServedLLM:
        if not isinstance(name, str) or name not in self.models:
            served = ", ".join(sorted(self.models)) or "none"
            raise ModelNotFound(f"The model {name!r} does not exist here; text-generation models served: {served}.")
        return self.models[name]

    async def list_models(self, request: Request) -> Response:
        return _json({"object": "list", "data": [
            {"id": name, "object": "model", "created": 0, "owned_by": "torchtpu_aot", "max_model_len": m.max_seq_len}
            for name, m in sorted(self.models.items())]})

    async def completions(self, request: Request) -> Response:
        return await self._handle(request, chat=False)

    async def chat_completions(self, request: Request) -> Response:
        return await self._handle(request, chat=True)

    async def _handle(self, request: Request, chat: bool) -> Response:
        try:
            body = await _body(request)
            model = self.model(body.get("model"))
            stream_wanted, include_usage = _stream_options(body)
            try:
                ids = model.program.chat_prompt(_messages(body)) if chat else model.program.encode(_prompt(body))
            except InputError as e:
                raise BadRequest(str(e), "messages" if chat else "prompt") from None
            settings = _settings(body, model, len(ids), None if chat else 16)
            stream = _submit(model, ids, settings)
        except RequestError as e:
            return openai_error(e)
        reply = _Reply(model, stream, chat)
        if stream_wanted:
            return StreamingResponse(reply.chunks(include_usage), media_type="text/event-stream",
                                     headers={"Cache-Control": "no-cache"})
        return await reply.whole(request)

    async def generate(self, request: Request) -> Response:
        return await self._generate(request, stream=False)

    async def generate_stream(self, request: Request) -> Response:
        return await self._generate(request, stream=True)

    async def _generate(self, request: Request, stream: bool) -> Response:
        """KServe v2 generate: errors as ``{"error": message}``, the v2 protocol's shape."""
        try:
            model = self.model(request.path_params["name"])
            body = await _body(request)
            text = body.get("text_input")
            if not isinstance(text, str):
                raise BadRequest("'text_input' must be a string.", "text_input")
            parameters = body.get("parameters") or {}
            if not isinstance(parameters, dict):
                raise BadRequest("'parameters' must be an object.", "parameters")
            parameters = {"temperature": 0.0, **parameters}  # v2 generate's convention: greedy unless asked
            try:
                ids = model.program.encode(text)
            except InputError as e:
                raise BadRequest(str(e), "text_input") from None
            stream_obj = _submit(model, ids, _settings(parameters, model, len(ids), 16))
        except RequestError as e:
            headers = {"Retry-After": str(e.retry_after)} if isinstance(e, QueueFull) else None
            return _json({"error": str(e)}, e.status, headers)
        reply = _Reply(model, stream_obj, chat=False)
        if stream:
            return StreamingResponse(reply.v2_chunks(), media_type="text/event-stream")
        return await reply.v2_whole(request)


class _Reply:
    """One request's answer, whole or as server-sent events; cancels the request when the client goes away."""

    def __init__(self, model: ServedLLM, stream: Stream, chat: bool):
        self.model, self.stream, self.chat = model, stream, chat
        self.id = f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}"
        self.created = int(time.time())

    def _choice(self, text: str, finish: str | None, first: bool = False) -> dict:
        if self.chat:
            delta = {"role": "assistant", "content": text} if first else {"content": text}
            return {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        return {"index": 0, "text": text, "logprobs": None, "finish_reason": finish}

    def _chunk(self, choices: list, usage: dict | None = None) -> str:
        body = {"id": self.id, "object": "chat.completion.chunk" if self.chat else "text_completion",
                "created": self.created, "model": self.model.name, "choices": choices}
        if usage is not None:
            body["usage"] = usage
        return f"data: {json.dumps(body, separators=(',', ':'))}\n\n"

    async def chunks(self, include_usage: bool) -> AsyncIterator[str]:
        try:
            if self.chat:
                yield self._chunk([self._choice("", None, first=True)])
            async for event in self.stream:  # a chunk per token (its text may be empty: part of a character)
                finish = event.result.finish_reason if event.finished else None
                yield self._chunk([self._choice(event.text, finish)])
            if include_usage:
                yield self._chunk([], _usage(self.stream))
            yield "data: [DONE]\n\n"
        except RequestError as e:
            yield f"data: {json.dumps(error_body(e))}\n\n"
        finally:
            self.model.cancel(self.stream)  # the client went away mid-stream, or it finished: a no-op then

    async def _result(self, request: Request):
        """The finished result; the request is cancelled if the client disconnects while it runs."""
        import asyncio

        async def disconnected() -> None:
            while not await request.is_disconnected():
                await asyncio.sleep(0.25)

        async def finished():
            async for event in self.stream:
                if event.finished:
                    return event.result
            return None

        waiter, watcher = asyncio.ensure_future(finished()), asyncio.ensure_future(disconnected())
        try:
            done, _ = await asyncio.wait({waiter, watcher}, return_when=asyncio.FIRST_COMPLETED)
            if waiter not in done:
                self.model.cancel(self.stream)
                return None
            return waiter.result()
        finally:
            watcher.cancel()
            waiter.cancel()

    async def whole(self, request: Request) -> Response:
        try:
            result = await self._result(request)
        except RequestError as e:
            return openai_error(e)
        if result is None:
            return Response(status_code=499)
        text = result.text or ""  # "" for an artifact without a tokenizer (prompts and usage in token ids)
        if self.chat:
            choice = {"index": 0, "message": {"role": "assistant", "content": text}, "logprobs": None,
                      "finish_reason": result.finish_reason}
        else:
            choice = {"index": 0, "text": text, "logprobs": None, "finish_reason": result.finish_reason}
        return _json({"id": self.id, "object": "chat.completion" if self.chat else "text_completion",
                      "created": self.created, "model": self.model.name, "choices": [choice],
                      "usage": _usage(self.stream)})

    async def v2_chunks(self) -> AsyncIterator[str]:
        try:
            async for event in self.stream:
                if event.text or event.finished:
                    body = {"model_name": self.model.name, "model_version": "1", "text_output": event.text}
                    if event.finished:
                        body["finish_reason"] = event.result.finish_reason
                    yield f"data: {json.dumps(body, separators=(',', ':'))}\n\n"
        except RequestError as e:
            yield f"data: {json.dumps({'error': str(e)})}\n\n"
        finally:
            self.model.cancel(self.stream)

    async def v2_whole(self, request: Request) -> Response:
        try:
            result = await self._result(request)
        except RequestError as e:
            return _json({"error": str(e)}, e.status)
        if result is None:
            return Response(status_code=499)
        return _json({"model_name": self.model.name, "model_version": "1", "text_output": result.text or "",
                      "finish_reason": result.finish_reason})
