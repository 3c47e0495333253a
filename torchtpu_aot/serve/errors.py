"""Errors a client caused or a model raised while serving; each carries the HTTP status it is answered with."""

from __future__ import annotations

from torchtpu_aot.errors import TorchTPUError


class ServeError(TorchTPUError):
    """Serving could not start: an artifact cannot be served as given (names clash, dtype has no v2 datatype...)."""

    exit_code = 7


class RequestError(TorchTPUError):
    """A request the server refuses; ``status`` is the HTTP status (4xx) answered with ``{"error": message}``."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


class ModelNotFound(RequestError):
    """The request names a model (or model version) this server does not serve."""

    def __init__(self, message: str):
        super().__init__(message, status=404)
