"""``torchtpu bench``: one model's export, load, compile and latency, side by side with eager torch and
torch.compile, measured in one run so the ratios hold on whatever machine runs them."""

from torchtpu_aot.benchmark.model_bench import Settings, bench_artifact, bench_model_file, environment

__all__ = ["Settings", "bench_artifact", "bench_model_file", "environment"]
