"""Prometheus metrics of one server, in a registry of its own (so two apps in one process do not collide)."""

from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512)
UNKNOWN_MODEL = "_unknown"  # label for requests naming no served model, so clients cannot grow the label set


class Metrics:
    """Request count by model and status, request latency, batch size and run time, queue depth."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("torchtpu_infer_requests", "Infer requests answered, by model and HTTP status.",
                                ["model", "status"], registry=self.registry)
        self.latency = Histogram("torchtpu_infer_request_duration_seconds",
                                 "Infer request latency from the request's arrival to its response, by model.",
                                 ["model"], buckets=_LATENCY_BUCKETS, registry=self.registry)
        self.batch_size = Histogram("torchtpu_batch_size", "Rows per model call (requests gathered into one).",
                                    ["model"], buckets=_BATCH_BUCKETS, registry=self.registry)
        self.batch_duration = Histogram("torchtpu_batch_duration_seconds", "Time of one model call, by model.",
                                        ["model"], buckets=_LATENCY_BUCKETS, registry=self.registry)
        self.queue_depth = Gauge("torchtpu_queue_depth", "Requests waiting for a model call, by model.", ["model"],
                                 registry=self.registry)

    def render(self) -> tuple[bytes, str]:
        """The Prometheus text exposition and its content type."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
