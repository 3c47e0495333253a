"""Prometheus metrics of one server, in a registry of its own (so two apps in one process do not collide)."""

from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512)
_TOKEN_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.02, 0.04, 0.08, 0.15, 0.3, 0.6, 1.2, 2.5, 5.0, 10.0, 30.0)
UNKNOWN_MODEL = "_unknown"  # label for requests naming no served model, so clients cannot grow the label set


class Metrics:
    """Request count by model and status, request latency, batch size and run time, queue depth; for text
    generation, time to first token, inter-token latency, tokens, running and waiting requests, slots in use."""

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
        # text generation
        self.time_to_first_token = Histogram(
            "torchtpu_time_to_first_token_seconds", "From a generation request's arrival to its first token.",
            ["model"], buckets=_TOKEN_BUCKETS, registry=self.registry)
        self.inter_token_latency = Histogram(
            "torchtpu_inter_token_latency_seconds", "Between two tokens of one generation request.", ["model"],
            buckets=_TOKEN_BUCKETS, registry=self.registry)
        self.generated_tokens = Counter("torchtpu_generated_tokens", "Tokens generated, by model.", ["model"],
                                        registry=self.registry)
        self.prompt_tokens = Counter("torchtpu_prompt_tokens", "Prompt tokens of admitted generation requests.",
                                     ["model"], registry=self.registry)
        self.requests_running = Gauge("torchtpu_requests_running", "Generation requests holding a slot, by model.",
                                      ["model"], registry=self.registry)
        self.requests_waiting = Gauge("torchtpu_requests_waiting", "Generation requests waiting for a slot.",
                                      ["model"], registry=self.registry)
        self.kv_cache_slots_used = Gauge("torchtpu_kv_cache_slots_used", "KV-cache slots in use, by model.",
                                         ["model"], registry=self.registry)
        self.kv_cache_slots = Gauge("torchtpu_kv_cache_slots", "KV-cache slots of the artifact (its max batch).",
                                    ["model"], registry=self.registry)

    def render(self) -> tuple[bytes, str]:
        """The Prometheus text exposition and its content type."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
