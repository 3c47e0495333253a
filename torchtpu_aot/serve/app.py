"""The Starlette app: Open Inference Protocol (KServe v2) REST routes over served models, the OpenAI API and the
v2 generate extension over served text-generation models (serve/openai.py), and /metrics.

Every error is answered as JSON ``{"error": message}``: 400 for a request that does not fit the protocol or the
model's signature, 404 for an unknown model or route, 413 for a body over the limit, 500 for a model call that
failed (only the requests in that call fail; the server keeps serving).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from torchtpu_aot import __version__
from torchtpu_aot.errors import InputError
from torchtpu_aot.serve.batching import Batcher
from torchtpu_aot.serve.errors import ModelNotFound, RequestError
from torchtpu_aot.serve.llm import ServedLLM
from torchtpu_aot.serve.metrics import UNKNOWN_MODEL, Metrics
from torchtpu_aot.serve.model import VERSION, ServedModel
from torchtpu_aot.serve.openai import OpenAIRoutes
from torchtpu_aot.serve.tensors import HEADER_LENGTH, encode_response, parse_request

DEFAULT_MAX_REQUEST_BYTES = 64 * 2**20
log = logging.getLogger("torchtpu_aot.serve")


class ServerState:
    """What the routes share: the models by name, their batchers, the metrics, the limits, the drain flag."""

    def __init__(self, models: list[ServedModel | ServedLLM], batch_timeout_s: float, max_request_bytes: int):
        self.models = {m.name: m for m in models}
        self.llms = {m.name: m for m in models if isinstance(m, ServedLLM)}
        self.metrics = Metrics()
        self.batch_timeout_s = batch_timeout_s
        self.max_request_bytes = max_request_bytes
        self.batchers: dict[str, Batcher] = {}
        self.draining = False
        self.loop: asyncio.AbstractEventLoop | None = None  # set at startup, for signal handlers

    def drain(self) -> None:
        """Shutdown has begun: report not ready, and send queued batches without waiting for them to fill."""
        self.draining = True
        for batcher in self.batchers.values():
            batcher.drain()
        for llm in self.llms.values():
            llm.drain()

    def model(self, request: Request) -> ServedModel | ServedLLM:
        name = request.path_params["name"]
        if name not in self.models:
            raise ModelNotFound(f"No model named {name!r} is served here; served: {', '.join(sorted(self.models))}.")
        version = request.path_params.get("version")
        if version is not None and version != VERSION:
            raise ModelNotFound(f"Model {name!r} has no version {version!r}; it has version {VERSION}.")
        return self.models[name]


def create_app(models: list[ServedModel | ServedLLM], *, batch_timeout_s: float = 0.005,
               max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES) -> Starlette:
    """An ASGI app serving ``models`` by name (text-generation ones through the OpenAI API and v2 generate too);
    its batchers and generation engines start and stop with the app's lifespan."""
    state = ServerState(models, batch_timeout_s, max_request_bytes)
    openai = OpenAIRoutes(state.llms)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state.loop = asyncio.get_running_loop()
        for model in models:
            if isinstance(model, ServedLLM):
                model.start(state.metrics)
                continue
            state.batchers[model.name] = batcher = Batcher(model, batch_timeout_s, state.metrics)
            batcher.start()
        yield
        state.drain()
        for batcher in state.batchers.values():
            await batcher.close()
        for llm in state.llms.values():
            await llm.close()

    model_routes = []
    for prefix in ("/v2/models/{name}", "/v2/models/{name}/versions/{version}"):
        model_routes += [
            Route(prefix, _model_metadata, methods=["GET"]),
            Route(prefix + "/ready", _model_ready, methods=["GET"]),
            Route(prefix + "/infer", _infer, methods=["POST"]),
            Route(prefix + "/generate", openai.generate, methods=["POST"]),
            Route(prefix + "/generate_stream", openai.generate_stream, methods=["POST"]),
        ]
    routes = [
        Route("/v2", _server_metadata, methods=["GET"]),
        Route("/v2/health/live", _live, methods=["GET"]),
        Route("/v2/health/ready", _ready, methods=["GET"]),
        Route("/v2/repository/index", _repository_index, methods=["POST"]),
        *model_routes,
        Route("/metrics", _metrics, methods=["GET"]),
        Route("/v1/models", openai.list_models, methods=["GET"]),
        Route("/v1/completions", openai.completions, methods=["POST"]),
        Route("/v1/chat/completions", openai.chat_completions, methods=["POST"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={HTTPException: _http_error, RequestError: _request_error})
    app.state.serve = state
    return app


def _json(content: Any, status: int = 200) -> Response:
    return Response(json.dumps(content, separators=(",", ":")), status, media_type="application/json")


def _state(request: Request) -> ServerState:
    return request.app.state.serve


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = {404: f"No route {request.url.path}; see the Open Inference Protocol (v2) REST endpoints.",
               405: f"{request.method} is not allowed on {request.url.path}."}.get(exc.status_code, exc.detail)
    return _json({"error": message}, exc.status_code)


async def _request_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestError)
    return _json({"error": str(exc)}, exc.status)


async def _server_metadata(request: Request) -> Response:
    return _json({"name": "torchtpu_aot", "version": __version__, "extensions": ["binary_tensor_data"],
                  "models": sorted(_state(request).models)})


async def _repository_index(request: Request) -> Response:
    """Triton's model repository index (what tritonclient's get_model_repository_index asks for): every served
    model, its version and state; a body ``{"ready": true}`` keeps only the ready ones."""
    body = await request.body()
    try:
        options = json.loads(body) if body.strip() else {}
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise RequestError(f"The repository index request is not valid JSON: {e}.") from None
    if not isinstance(options, dict) or not isinstance(options.get("ready", False), bool):
        raise RequestError("The repository index request body must be empty or {\"ready\": true|false}.")
    state = _state(request)
    ready = not state.draining
    entries = [{"name": name, "version": VERSION, "state": "READY" if ready else "UNAVAILABLE",
                **({} if ready else {"reason": "the server is shutting down"})} for name in sorted(state.models)]
    return _json([e for e in entries if ready or not options.get("ready")])


async def _live(request: Request) -> Response:
    return _json({"live": True})


async def _ready(request: Request) -> Response:
    ready = not _state(request).draining
    return _json({"ready": ready}, 200 if ready else 503)


async def _model_metadata(request: Request) -> Response:
    return _json(_state(request).model(request).metadata())


async def _model_ready(request: Request) -> Response:
    model = _state(request).model(request)
    ready = not _state(request).draining
    return _json({"name": model.name, "ready": ready}, 200 if ready else 503)


async def _metrics(request: Request) -> Response:
    body, content_type = _state(request).metrics.render()
    return Response(body, headers={"content-type": content_type})


async def _infer(request: Request) -> Response:
    state = _state(request)
    start = time.perf_counter()
    label = UNKNOWN_MODEL
    try:
        model = state.model(request)
        label = model.name
        if isinstance(model, ServedLLM):
            raise RequestError(f"Model {model.name!r} generates text: send POST /v2/models/{model.name}/generate "
                               "(or use the OpenAI API at /v1/completions) instead of infer.")
        batcher = state.batchers[model.name]
        with batcher.receiving():
            body = await _read_body(request, state.max_request_bytes)
            parsed = parse_request(body, request.headers.get(HEADER_LENGTH))
            inputs = model.check(parsed)
        outputs = await batcher.submit(inputs)
        wanted = parsed.outputs if parsed.outputs is not None else dict.fromkeys(outputs, parsed.binary_output)
        body, headers = encode_response(model.name, parsed.id, [(n, outputs[n], b) for n, b in wanted.items()])
        response = Response(body, headers=headers)
    except RequestError as e:
        response = _json({"error": str(e)}, e.status)
    except InputError as e:  # the runtime's own check disagreed with ours: still the request's fault
        response = _json({"error": str(e)}, 400)
    except Exception as e:
        log.exception("model %r failed on a request", label)
        summary = next((line.strip() for line in str(e).splitlines() if line.strip()), "")
        response = _json({"error": f"Model {label!r} failed to run this request: {type(e).__name__}: {summary}"},
                         500)
    state.metrics.requests.labels(label, str(response.status_code)).inc()
    state.metrics.latency.labels(label).observe(time.perf_counter() - start)
    return response


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, decompressed if the client compressed it, refused (413) once it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise RequestError(_too_large(f"{declared} bytes", limit), status=413)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestError(_too_large(f"over {limit} bytes", limit), status=413)
        chunks.append(chunk)
    body = b"".join(chunks)
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding == "identity":
        return body
    if encoding not in ("gzip", "deflate"):
        raise RequestError(f"Content-Encoding {encoding!r} is not supported; send gzip, deflate or none.", status=415)
    inflater = zlib.decompressobj(zlib.MAX_WBITS | (16 if encoding == "gzip" else 0))
    try:
        body = inflater.decompress(body, limit + 1)
    except zlib.error as e:
        raise RequestError(f"The {encoding} request body cannot be decompressed: {e}.") from None
    if len(body) > limit:
        raise RequestError(_too_large(f"over {limit} bytes once decompressed", limit), status=413)
    if not inflater.eof:
        raise RequestError(f"The {encoding} request body is truncated.")
    return body


def _too_large(size: str, limit: int) -> str:
    return (f"The request body is {size}, over this server's limit of {limit} bytes (torchtpu serve "
            "--max-request-mb); send fewer rows per request.")
