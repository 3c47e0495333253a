"""Bench rows as text: the terminal report of one model (``torchtpu bench``) and the BENCHMARKS.md tables."""

from __future__ import annotations

from typing import Any


def ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1e3:.2f} ms"


def sec(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.2f} s"


def ratio(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}x"


def mib(n: int | None) -> str:
    return "-" if n is None else f"{n / 2**20:.1f} MiB"


def row_lines(row: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(figure, value, comparison) triples, in the order a reader follows the model through."""
    g = row.get
    lines: list[tuple[str, str, str]] = []
    if "torch_export_s" in row:
        lines += [
            ("torch.export", sec(g("torch_export_s")), ""),
            ("conversion (after torch.export)", sec(g("conversion_s")),
             f"{ratio(g('conversion_ratio'))} torch.export's time"),
            ("export peak RSS", mib(g("export_peak_rss_bytes")), _rss_comparison(row)),
            ("artifact write", sec(g("write_s")), f"{mib(g('artifact_bytes'))} ({mib(g('weight_bytes'))} weights, "
             f"{g('program_bytes', 0) / 1024:.1f} KiB program, {g('stablehlo_ops')} ops)"),
        ]
    else:
        lines.append(("artifact size", mib(g("artifact_bytes")), ""))
    if g("devices", 1) > 1:
        lines.append(("devices", f"{g('devices')}, tensor parallel {g('tensor_parallel')}",
                      f"the fullest device holds {mib(g('device_weight_bytes'))} of the {mib(g('weight_bytes'))} "
                      f"of weights ({g('device_weight_bytes', 0) / max(g('weight_bytes', 1), 1):.1%})"))
    lines += [("load", sec(g("load_s")), ""), ("first call (compile + run)", sec(g("first_call_s")), "")]
    if "cold_first_result_s" in row:
        lines += [
            ("cold start: load to first result", sec(g("cold_first_result_s")),
             f"compile {sec(g('cold_compile_s'))}, empty persistent cache"),
            ("warm start: load to first result", sec(g("warm_first_result_s")),
             f"compile {sec(g('warm_compile_s'))}, {ratio(g('warm_start_ratio'))} the cold start"),
        ]
    lines.append(("artifact latency (JAX)", f"{ms(g('artifact_median_s'))} median, {ms(g('artifact_p90_s'))} p90",
                  f"{g('throughput_per_s', 0):.1f} items/s at batch {g('batch')}; "
                  f"{g('artifact_cores', 0):.1f} cores busy"))
    if "artifact_unfolded_median_s" in row:
        lines.append(("  weights as arguments", f"{ms(g('artifact_unfolded_median_s'))} median, "
                      f"{ms(g('artifact_unfolded_p90_s'))} p90",
                      f"artifact/eager {ratio(g('latency_ratio_eager_unfolded'))} (--fold-weights off)"))
    if "eager_median_s" in row:
        lines.append(("eager torch latency", f"{ms(g('eager_median_s'))} median, {ms(g('eager_p90_s'))} p90",
                      f"artifact/eager {ratio(g('latency_ratio_eager'))}; {g('eager_cores', 0):.1f} cores busy"))
    if "torch_compile_median_s" in row:
        lines.append(("torch.compile latency",
                      f"{ms(g('torch_compile_median_s'))} median, {ms(g('torch_compile_p90_s'))} p90",
                      f"artifact/compiled {ratio(g('latency_ratio_torch_compile'))}; compiling took "
                      f"{sec(g('torch_compile_first_call_s'))}"))
    elif "torch_compile_error" in row:
        lines.append(("torch.compile latency", "failed", row["torch_compile_error"]))
    if "max_rel_error" in row:
        lines.append(("max error vs eager", f"{row['max_rel_error']:.2e}", "relative to each output's scale"))
    return lines


# Below this many weight bytes, an export's peak RSS is Python, torch and JAX themselves (about 0.7 GB): a ratio
# to the weights would only measure how small the model is.
RSS_RATIO_FROM = 256 * 2**20


def _rss_comparison(row: dict[str, Any]) -> str:
    weights = row.get("weight_bytes")
    if not weights:
        return ""
    if weights < RSS_RATIO_FROM:
        return f"mostly Python, torch and JAX themselves: the weights are {mib(weights)}"
    return f"{ratio(row['export_peak_rss_bytes'] / weights)} the weight bytes"


def markdown_table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
            *("| " + " | ".join(r) + " |" for r in rows)]
