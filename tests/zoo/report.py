"""ZOO.md: one row per model (stage timings, max error, status) and a summary per family."""

from __future__ import annotations

import platform
from collections import Counter

from tests.zoo.catalog import DEFAULT_TOLERANCE, FAMILIES
from tests.zoo.runner import MIN_SENSITIVITY, PASS, TORCH_EXPORT_FAILS, ZooResult

HEADER = """# Model zoo

Every torchvision classification, segmentation and video model, and small-config Hugging Face transformers
models, with random weights: each is exported with `torchtpu_aot.export`, saved, loaded and run through the
artifact, and compared with eager torch in fp32. Written by `make zoo` (`python -m tests.zoo`); do not edit
by hand.

- **max error** is max |artifact - eager| / max |eager| over each model's outputs (relative to the output's
  own scale); a model passes at <= {tolerance:g}. An all-zero output counts as *degenerate*, never as a pass:
  weight matrices that torchvision initialises to zero (ViT heads) are re-initialised so it cannot happen,
  and GoogLeNet's convolutions get He init; ShuffleNet's, DeepLabV3-MobileNetV3's and S3D's BatchNorm statistics are
  set from a random batch
  (as built, their logits hardly depend on the input).
- **sensitivity** is how much eager torch's outputs move (relative to their scale) for other inputs; below
  {sensitivity:g} the output hardly depends on the input (e.g. a dead network returning its bias) and the
  model counts as *degenerate*, since the comparison could not see a wrong result.
- **torch.export s** is `torch.export.export`; **conversion s** is torchtpu_aot's part (decompositions,
  lowering, StableHLO); **compile s** is the artifact's first call less one run; **run ms** and **eager ms**
  are the best of {runs} calls (after a warm-up call) of the artifact on the CPU (XLA) and of eager torch.
  Timings come from a 2-core machine shared with other jobs: compare within a row, not across runs.
- Inputs are the smallest the architecture allows near 64x64 (column *input*; video is 1x3xTxHxW).
- Models that `torch.export` itself cannot export are listed as such, with torch's reason.
"""


def _fmt(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def _error(value: float | None) -> str:
    return "" if value is None else f"{value:.1e}"


def render(results: list[ZooResult], *, versions: dict[str, str], runs: int, catalog_size: int | None = None) -> str:
    lines = [HEADER.format(tolerance=DEFAULT_TOLERANCE, sensitivity=MIN_SENSITIVITY, runs=runs)]
    lines.append("Versions: " + ", ".join(f"{k} {v}" for k, v in versions.items())
                 + f"; Python {platform.python_version()}, {platform.machine()}.")
    total = sum(r.total_s or 0.0 for r in results)
    if catalog_size is not None and len(results) < catalog_size:
        lines.append(f"**Partial report: {len(results)} of the {catalog_size} zoo models have a row.**\n")
    lines.append(f"{len(results)} models; their rows took {total / 60:.1f} min in all (one process, one model at a "
                 "time; *total s* is a row's whole time: building the model, eager runs, export, conversion, save, "
                 "load, compile and runs).\n")
    lines += ["## Summary", "", "| family | models | pass | torch.export fails | other failures |",
              "|---|---|---|---|---|"]
    for family in FAMILIES:
        rows = [r for r in results if r.family == family]
        if not rows:
            continue
        count = Counter(r.status for r in rows)
        other = len(rows) - count[PASS] - count[TORCH_EXPORT_FAILS]
        lines.append(f"| {family} | {len(rows)} | {count[PASS]} | {count[TORCH_EXPORT_FAILS]} | {other} |")
    lines += ["", "## Models", "",
              "| model | family | input | torch.export s | conversion s | compile s | run ms | eager ms "
              "| max error | sensitivity | total s | status |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r.name} | {r.family} | {r.inputs} | {_fmt(r.export_s)} | {_fmt(r.convert_s)} "
                     f"| {_fmt(r.compile_s)} | {_fmt(r.run_ms, 1)} | {_fmt(r.eager_ms, 1)} | {_error(r.max_error)} "
                     f"| {_error(r.sensitivity)} | {_fmt(r.total_s, 0)} | {r.status} |")
    failures = [r for r in results if not r.passed]
    if failures:
        lines += ["", "## Failures and reasons", ""]
        lines += [f"- **{r.name}** ({r.status}): {r.reason.replace('|', '/')}" for r in failures]
    return "\n".join(lines) + "\n"
