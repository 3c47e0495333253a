"""Text generation measured in one run: the artifact's prefill and decode speed and time to first token, next to
transformers' eager generate with a static cache and torch.compile'd generate on the same model and prompts, and
next to the memory-bandwidth bound of a decode step (the weights are read once per step, for every slot).

Decode tokens/s at batch B: B slots decoding, timed over ``steps`` decode steps once every slot is past its
prompt (prefill excluded). transformers' figures come from ``generate`` on B prompts of the same length, decode
time per step being (time for N new tokens - time for 1) / (N - 1). The bound is measured bandwidth / weight bytes
steps per second (B tokens each): reading the weights is the least a step costs. transformers (then the export)
and the artifact are measured in two fresh processes, one after the other (``python -m
torchtpu_aot.benchmark.generation``), so that neither runs among the gigabytes the other allocated and freed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from torchtpu_aot.benchmark.model_bench import environment


def read_bandwidth(nbytes: int = 1 << 30, repeats: int = 5) -> float:
    """Bytes per second numpy reads a buffer larger than the caches at (the best of ``repeats`` sums)."""
    data = np.ones(nbytes // 4, np.float32)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        data.sum(dtype=np.float32)
        best = min(best, time.perf_counter() - start)
    return data.nbytes / best


def bench_generation(source: str | Path, *, max_batch: int = 4, prompt_len: int = 128, new_tokens: int = 32,
                     max_seq_len: int = 512, dtype: str = "float32", torch_compile: bool = True,
                     artifact: str | Path | None = None) -> dict[str, Any]:
    """Measure a causal LM (a model file with ``build_causal_lm()``, or a checkpoint folder): time transformers on
    it and export it (to ``artifact``, or a temporary folder) in one fresh process, then time the artifact in
    another (each reports its progress on stderr). One row of figures."""
    source = Path(source)
    name = source.stem if source.is_file() else source.name
    with tempfile.TemporaryDirectory(prefix="torchtpu-bench-generate-") as tmp:
        path = Path(artifact) if artifact is not None else Path(tmp) / f"{name}.mlir"
        row = _in_a_fresh_process({"kind": "transformers", "source": str(source), "path": str(path), "model": name,
                                   "max_batch": max_batch, "prompt_len": prompt_len, "new_tokens": new_tokens,
                                   "max_seq_len": max_seq_len, "dtype": dtype, "torch_compile": torch_compile})
        row.update(_in_a_fresh_process({"kind": "artifact", "path": str(path), "prompts": row.pop("prompts"),
                                        "new_tokens": new_tokens}))
    row["read_bandwidth_bytes_s"] = read_bandwidth()
    bound = row["read_bandwidth_bytes_s"] / row["weight_bytes"]  # decode steps per second
    for batch in (1, max_batch):
        row[f"bound_decode_b{batch}_tok_s"] = bound * batch
        row[f"decode_b{batch}_vs_bound"] = row[f"decode_b{batch}_tok_s"] / row[f"bound_decode_b{batch}_tok_s"]
        for other in ("eager", "torch_compile"):
            theirs = row.get(f"{other}_decode_b{batch}_tok_s")
            if theirs:
                row[f"decode_b{batch}_vs_{other}"] = row[f"decode_b{batch}_tok_s"] / theirs
    row["decode_batch_speedup"] = row[f"decode_b{max_batch}_tok_s"] / row["decode_b1_tok_s"]
    row["environment"] = environment()
    return row


class _Clock:
    """A transformers streamer that notes when each step's tokens arrive (the first ``put`` is the prompt)."""

    def __init__(self):
        self.start = time.perf_counter()
        self.times: list[float] = []

    def put(self, value) -> None:
        self.times.append(time.perf_counter() - self.start)

    def end(self) -> None:
        pass
def load_model(source: Path):
    """The float32 causal LM of a checkpoint folder or a model file (``build_causal_lm()``), in eval mode."""
    from torchtpu_aot.frontend.model_file import load_causal_lm_file

    if source.is_dir():
        from transformers import AutoModelForCausalLM

        model = AutoModelForCausalLM.from_pretrained(source, local_files_only=True, attn_implementation="sdpa")
    else:
        model, _ = load_causal_lm_file(source)
    return model.eval()


def _transformers(row: dict, model, prompts: list[list[int]], new_tokens: int, name: str, progress) -> None:
    """transformers' generate with a static cache: decode tokens/s at batch 1 and the full batch (from when each
    step's tokens came out, prefill excluded), and time to the first token at batch 1."""
    import torch
    from transformers import GenerationConfig

    def run(batch: list[list[int]]) -> _Clock:
        ids = torch.tensor(batch)
        settings = GenerationConfig(max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False,
                                    cache_implementation="static", pad_token_id=0, eos_token_id=None)
        clock = _Clock()
        with torch.no_grad():
            model.generate(ids, attention_mask=torch.ones_like(ids), generation_config=settings, streamer=clock)
        return clock

    for batch in sorted({1, len(prompts)}):
        chosen = prompts[:batch]
        run(chosen)  # warm-up (and, under torch.compile, compiling)
        clock = run(chosen)
        first, last = clock.times[1], clock.times[-1]  # times[0]: the prompt, as transformers hands it over
        row[f"{name}_decode_b{batch}_tok_s"] = batch * (len(clock.times) - 2) / max(last - first, 1e-9)
        if batch == 1:
            row[f"{name}_ttft_s"] = first
        progress(f"transformers {name}, batch {batch}: {row[f'{name}_decode_b{batch}_tok_s']:.1f} decode tok/s")


def _in_a_fresh_process(request: dict[str, Any]) -> dict[str, Any]:
    """The figures ``_child`` measures for ``request`` in a new process (its progress lines go to stderr)."""
    done = subprocess.run([sys.executable, "-m", "torchtpu_aot.benchmark.generation"], input=json.dumps(request),
                          text=True, stdout=subprocess.PIPE, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"Measuring {request['kind']} on {request['path']} failed (exit status "
                           f"{done.returncode}); its error is printed above.")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _transformers_and_export(request: dict[str, Any], progress) -> dict[str, Any]:
    """transformers' eager (and torch.compile'd) generate on the model, then its export: the figures, and the
    prompts used."""
    import torch

    import torchtpu_aot

    row = {k: request[k] for k in ("model", "max_batch", "prompt_len", "new_tokens", "max_seq_len", "dtype")}
    model = load_model(Path(request["source"]))
    if request["dtype"] == "bfloat16":
        model = model.to(torch.bfloat16)
    row["parameters"] = sum(p.numel() for p in model.parameters())
    prompts = np.random.default_rng(0).integers(3, model.config.vocab_size,
                                                (request["max_batch"], request["prompt_len"])).tolist()
    _transformers(row, model, prompts, request["new_tokens"], "eager", progress)
    if request["torch_compile"]:
        model.forward = torch.compile(model.forward, fullgraph=True)
        _transformers(row, model, prompts, request["new_tokens"], "torch_compile", progress)
        del model.forward  # the class's forward again, for the export
    start = time.perf_counter()
    exported = torchtpu_aot.export_llm(model, max_seq_len=request["max_seq_len"], max_batch=request["max_batch"],
                                       prefill_chunk=max(request["prompt_len"], 16), dtype=request["dtype"])
    exported.save(request["path"], overwrite=True)
    row["export_s"] = time.perf_counter() - start
    os.sync()  # the kernel writes the new files back now, not on the cores while the artifact is timed
    row["weight_bytes"] = exported.manifest.weights.nbytes
    row["cache_bytes"] = exported.manifest.generation.cache_bytes
    progress(f"exported in {row['export_s']:.1f} s; weights {row['weight_bytes'] / 1e6:.0f} MB")
    row["prompts"] = prompts
    return row


def _artifact(row: dict, path: Path, prompts: list[list[int]], new_tokens: int, progress) -> None:
    import torchtpu_aot
    from torchtpu_aot.runtime.sampling import SamplingParams, SlotSettings, key_data

    start = time.perf_counter()
    program = torchtpu_aot.load(path)
    row["load_s"] = time.perf_counter() - start
    start = time.perf_counter()
    program.generate(prompts[:1], max_new_tokens=2, ignore_eos=True)  # compiles the steps timed below
    row["compile_s"] = time.perf_counter() - start
    greedy = SlotSettings.of([SamplingParams()], [key_data(0)], [0])
    times = []
    for _ in range(3):  # time to first token: one prefill of the prompt, which chooses the first token
        start = time.perf_counter()
        program.prefill(0, prompts[0], 0, greedy, "greedy")
        times.append(time.perf_counter() - start)
    row["ttft_s"] = min(times)
    row["prefill_tok_s"] = len(prompts[0]) / row["ttft_s"]
    row["prefill_calls"] = -(-len(prompts[0]) // program.info.prefill_chunk)
    row["row_steps"] = program.row_steps
    engine = program.engine
    for batch in sorted({1, len(prompts)}):
        requests = [engine.submit(p, max_new_tokens=new_tokens + len(prompts) + 2, ignore_eos=True)
                    for p in prompts[:batch]]
        while any(r.state != "decode" for r in requests):  # prefill every slot (some start decoding meanwhile)
            engine.step()
        start = time.perf_counter()
        for _ in range(new_tokens):  # every step now decodes all the batch's slots (in one call, or one per slot)
            engine.step()
        elapsed = time.perf_counter() - start
        for r in requests:
            engine.cancel(r)
        row[f"decode_b{batch}_tok_s"] = batch * new_tokens / elapsed
        row[f"decode_b{batch}_step_ms"] = elapsed / new_tokens * 1e3
        progress(f"artifact, batch {batch}: {row[f'decode_b{batch}_tok_s']:.1f} decode tok/s")


def table_rows(row: dict) -> list[list[str]]:
    """The figures as rows of text: what, artifact, transformers eager, torch.compile, bound, ratios."""
    b = row["max_batch"]

    def f(key: str, fmt: str = "{:.1f}") -> str:
        return fmt.format(row[key]) if row.get(key) is not None else "-"

    rows = [["", "artifact", "eager", "torch.compile", "bandwidth bound", "artifact / eager", "/ compile",
             "/ bound"]]
    for batch in sorted({1, b}):
        rows.append([f"decode tok/s, batch {batch}", f(f"decode_b{batch}_tok_s"), f(f"eager_decode_b{batch}_tok_s"),
                     f(f"torch_compile_decode_b{batch}_tok_s"), f(f"bound_decode_b{batch}_tok_s"),
                     f(f"decode_b{batch}_vs_eager", "{:.2f}x"), f(f"decode_b{batch}_vs_torch_compile", "{:.2f}x"),
                     f(f"decode_b{batch}_vs_bound", "{:.0%}")])
    rows.append([f"time to first token ({row['prompt_len']}-token prompt)", f("ttft_s", "{:.3f} s"),
                 f("eager_ttft_s", "{:.3f} s"), f("torch_compile_ttft_s", "{:.3f} s"), "", "", "", ""])
    rows.append([f"prefill tok/s ({row['prefill_calls']} call)", f("prefill_tok_s"), "", "", "", "", "", ""])
    rows.append([f"batch {b} / batch 1 decode", f("decode_batch_speedup", "{:.2f}x"), "", "", "", "", "", ""])
    if row.get("row_steps") is not None:  # GenerationProgram.row_steps
        rows.append(["single-slot decode calls while busy slots <=", str(row["row_steps"]), "", "", "", "", "", ""])
    return rows


def _child() -> None:
    """Measure what a JSON request on stdin asks (``_in_a_fresh_process``); print the figures as one JSON line."""
    request = json.loads(sys.stdin.read())

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    if request["kind"] == "transformers":
        row = _transformers_and_export(request, progress)
    else:
        row = {}
        _artifact(row, Path(request["path"]), request["prompts"], request["new_tokens"], progress)
    print(json.dumps(row))


if __name__ == "__main__":
    _child()
