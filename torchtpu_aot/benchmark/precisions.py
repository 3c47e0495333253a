"""The same model exported in several precisions, measured side by side in one run: float32, bfloat16, int8 and
int4 weights (``torchtpu bench --precisions``, ``torchtpu bench-generate --precisions``).

For each precision: the weight bytes the artifact stores, the bytes its weights take on the device once loaded
(``Program.weight_bytes``: the placed arrays and folded constants; quantized weights stay integer), the
steady-state latency (a model file) or decode tokens/s at batch 1 (a causal LM), and the error against the float32
model in eager torch (max |error| / max |value| of each output, the largest over the outputs; for a causal LM, of
the logits after a prompt). Each is also given as a ratio to float32's figure in the same run.
"""

from __future__ import annotations

import functools
import gc
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from torchtpu_aot.benchmark.report import ms, sec
from torchtpu_aot.benchmark.timing import measure
from torchtpu_aot.errors import OptionError, TorchTPUError

PRECISIONS = ("float32", "bfloat16", "int8", "int4")
# export's options for each precision (int4 in groups of 32, its default)
EXPORT_OPTIONS: dict[str, dict[str, Any]] = {"float32": {}, "bfloat16": {"dtype": "bfloat16"},
                                             "int8": {"quantize": "int8"}, "int4": {"quantize": "int4"}}


def parse_precisions(text: str | Sequence[str]) -> list[str]:
    """``"float32,int8"`` (or a list) -> the precisions, checked; OptionError naming the choices."""
    names = [p.strip() for p in text.split(",")] if isinstance(text, str) else list(text)
    names = [n for n in names if n]
    unknown = [n for n in names if n not in PRECISIONS]
    if unknown or not names:
        raise OptionError(f"Unknown precision{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
                          f"--precisions takes a comma-separated list of {', '.join(PRECISIONS)}."
                          if unknown else f"--precisions is empty; give some of {', '.join(PRECISIONS)}.")
    return list(dict.fromkeys(names))


def _ratios(rows: list[dict[str, Any]], keys: Sequence[str]) -> None:
    """Each row's figure as a ratio to the float32 row's (where there is one)."""
    base = next((r for r in rows if r["precision"] == "float32"), None)
    if base is None:
        return
    for row in rows:
        for key in keys:
            if row.get(key) is not None and base.get(key):
                row[f"{key}_vs_float32"] = row[key] / base[key]


def bench_model_precisions(path: str | Path, precisions: Sequence[str], *, runs: int = 30, warmup: int = 3,
                           progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Export the model file ``path`` in each precision and measure it (see the module docstring)."""
    import torch

    import torchtpu_aot
    from torchtpu_aot import pytree
    from torchtpu_aot.compare import compare
    from torchtpu_aot.dtypes import to_array
    from torchtpu_aot.frontend.model_file import load_model_file

    say = progress or (lambda line: None)
    spec = load_model_file(path)
    with torch.no_grad():
        reference = spec.model(*spec.args, **spec.kwargs)
    rows = []
    with tempfile.TemporaryDirectory(prefix="torchtpu-bench-precisions-") as tmp:
        for precision in precisions:
            target = Path(tmp) / f"{precision}.mlir"
            exported = _export_and_save(precision, target, rows, say, functools.partial(
                torchtpu_aot.export, spec.model, spec.args, spec.kwargs, dynamic_shapes=spec.dynamic_shapes,
                name=spec.name))
            if exported is None:
                continue
            export_s, weight_bytes = exported
            program = torchtpu_aot.load(target)
            leaves = pytree.flatten(program.manifest.input_spec, (spec.args, spec.kwargs), "inputs")
            arrays = [to_array(v) if isinstance(v, torch.Tensor) else v for v in leaves]
            args, kwargs = pytree.unflatten(program.manifest.input_spec, arrays)
            got, latency = _run(program, args, kwargs, runs, warmup)
            row = {"precision": precision, "export_s": export_s, "weight_bytes": weight_bytes,
                   "device_bytes": program.weight_bytes, "latency_median_s": latency.median,
                   "latency_p90_s": latency.p90,
                   "error": max((e.rel_to_scale for e in compare(reference, got)), default=0.0)}
            rows.append(row)
            say(f"{precision}: weights {row['weight_bytes'] / 1e6:.1f} MB, on the device "
                f"{row['device_bytes'] / 1e6:.1f} MB, latency {ms(latency.median)}, err/scale {row['error']:.3g}")
            del program
            gc.collect()
    _ratios(rows, ("weight_bytes", "device_bytes", "latency_median_s"))
    return {"model": spec.name, "kind": "latency", "precisions": rows}


def _export_and_save(precision: str, target: Path, rows: list[dict[str, Any]], say: Callable[[str], None],
                     export: Callable[..., Any]) -> tuple[float, int] | None:
    """``export(**EXPORT_OPTIONS[precision])`` saved to ``target``: the seconds both took and the weight bytes,
    with the artifact dropped before the caller loads it. An export that fails (e.g. a model that is not
    dtype-generic) is a finding, not a lost run: it becomes a row of ``rows`` saying so, and None."""
    start = time.perf_counter()
    try:
        artifact = export(**EXPORT_OPTIONS[precision])
    except TorchTPUError as e:
        rows.append({"precision": precision, "failed": str(e).split(". ")[0]})
        say(f"{precision}: export failed ({rows[-1]['failed']})")
        return None
    artifact.save(target)
    seconds, weight_bytes = time.perf_counter() - start, artifact.manifest.weights.nbytes
    del artifact
    gc.collect()
    return seconds, weight_bytes


def _run(program, args: Any, kwargs: Any, runs: int, warmup: int):
    """The program's outputs on the inputs, and its latency on them."""
    return program(*args, **kwargs), measure(lambda: program(*args, **kwargs), runs=runs, warmup=warmup)


def bench_generation_precisions(source: str | Path, precisions: Sequence[str], *, prompt_len: int = 32,
                                new_tokens: int = 16, max_seq_len: int = 256,
                                progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Export the causal LM ``source`` (a model file with ``build_causal_lm()``, or a checkpoint folder) as a
    one-slot generation artifact in each precision, and measure decode tokens/s at batch 1, the weight bytes and
    the logits' error after a prompt (see the module docstring)."""
    import torch

    import torchtpu_aot
    from torchtpu_aot.benchmark.generation import load_model

    say = progress or (lambda line: None)
    source = Path(source)
    model = load_model(source)
    vocab = model.config.vocab_size
    prompt = np.random.default_rng(0).integers(3, vocab, prompt_len).tolist()
    with torch.no_grad():
        reference = model(input_ids=torch.tensor([prompt])).logits[0, -1].float().numpy()
    rows = []
    with tempfile.TemporaryDirectory(prefix="torchtpu-bench-precisions-") as tmp:
        for precision in precisions:
            target = Path(tmp) / f"{precision}.mlir"
            exported = _export_and_save(precision, target, rows, say, functools.partial(
                torchtpu_aot.export_llm, model, max_seq_len=max_seq_len, max_batch=1,
                prefill_chunk=max(prompt_len, 16)))
            if exported is None:
                continue
            export_s, weight_bytes = exported
            program = torchtpu_aot.load(target)
            logits = program.prompt_logits(prompt)
            error = float(np.abs(logits - reference).max() / max(np.abs(reference).max(), 1e-30))
            step_s = _decode_step(program, prompt, new_tokens)
            row = {"precision": precision, "export_s": export_s, "weight_bytes": weight_bytes,
                   "device_bytes": program.weight_bytes, "decode_tok_s": 1 / step_s, "decode_step_s": step_s,
                   "error": error}
            rows.append(row)
            say(f"{precision}: exported in {sec(export_s)}; weights {weight_bytes / 1e6:.0f} MB, on the device "
                f"{row['device_bytes'] / 1e6:.0f} MB, decode {row['decode_tok_s']:.1f} tok/s (batch 1), logits "
                f"err/scale {error:.3g}")
            del program
            gc.collect()
    _ratios(rows, ("weight_bytes", "device_bytes", "decode_tok_s"))
    return {"model": source.stem if source.is_file() else source.name, "kind": "decode", "prompt_len": prompt_len,
            "new_tokens": new_tokens, "max_seq_len": max_seq_len, "precisions": rows}


def _decode_step(program, prompt: list[int], steps: int) -> float:
    """Seconds per decode step of one sequence after ``prompt`` (median over ``steps`` steps, compiled first)."""
    from torchtpu_aot.runtime.sampling import SamplingParams, SlotSettings, key_data

    greedy = SlotSettings.of([SamplingParams()] * program.max_batch, [key_data(0)] * program.max_batch,
                             [0] * program.max_batch)
    token = program.prefill(0, prompt, 0, SlotSettings.of([SamplingParams()], [key_data(0)], [0]), "greedy")
    tokens = np.full(program.max_batch, token, np.int64)
    position = len(prompt)
    times = []
    for i in range(steps + 1):
        positions = np.full(program.max_batch, position + i, np.int64)
        start = time.perf_counter()
        tokens = program.decode(tokens, positions, greedy, "greedy", position + i + 1).astype(np.int64)
        if i:  # the first step compiles
            times.append(time.perf_counter() - start)
    return float(np.median(times))


def table_rows(result: dict[str, Any]) -> list[list[str]]:
    """The figures as rows of text, one per precision."""
    decode = result["kind"] == "decode"
    speed = "decode tok/s (batch 1)" if decode else "latency (median)"
    rows = [["precision", "weights", "on the device", "vs float32", speed, "vs float32",
             "err/scale vs float32 eager" + (" (logits)" if decode else "")]]
    for r in result["precisions"]:
        if "failed" in r:
            rows.append([r["precision"], "export failed", "", "", "", "", r["failed"][:60]])
            continue
        if decode:
            figure, ratio = f"{r['decode_tok_s']:.1f}", r.get("decode_tok_s_vs_float32")
        else:
            figure, ratio = ms(r["latency_median_s"]), r.get("latency_median_s_vs_float32")
        rows.append([r["precision"], f"{r['weight_bytes'] / 1e6:.1f} MB", f"{r['device_bytes'] / 1e6:.1f} MB",
                     _x(r.get("device_bytes_vs_float32")), figure, _x(ratio), f"{r['error']:.3g}"])
    return rows


def _x(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio:.2f}x"
