"""``python -m tests.zoo [--family F] [MODEL ...]``: run the zoo and write ZOO.md.

Models run one after another in this process; a progress line is printed as each finishes. Every result is
also kept in out/zoo/results.json, so naming models (e.g. after fixing a lowering) re-runs just those and
rewrites ZOO.md with their new rows beside the kept ones.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from tests.zoo.catalog import FAMILIES, all_models, by_name
from tests.zoo.report import render
from tests.zoo.runner import RUNS, TORCH_EXPORT_FAILS, ZooResult, run_model

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "out" / "zoo" / "results.json"


def _versions() -> dict[str, str]:
    import jax
    import torch
    import torchvision
    import transformers

    import torchtpu_aot

    return {"torchtpu_aot": torchtpu_aot.__version__, "torch": torch.__version__.split("+")[0],
            "torchvision": torchvision.__version__.split("+")[0], "transformers": transformers.__version__,
            "jax": jax.__version__}


def _load_kept(versions: dict[str, str]) -> dict[str, ZooResult]:
    """Results of earlier runs made with the same versions (others are stale and dropped)."""
    if not RESULTS.is_file():
        return {}
    data = json.loads(RESULTS.read_text())
    if data.get("versions") != versions:
        return {}
    return {r["name"]: ZooResult(**r) for r in data["results"]}


def _write(kept: dict[str, ZooResult], versions: dict[str, str], output: Path) -> list[ZooResult]:
    results = [kept[e.name] for e in all_models() if e.name in kept]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"versions": versions, "results": [dataclasses.asdict(r) for r in results]},
                                  indent=1))
    output.write_text(render(results, versions=versions, runs=RUNS, catalog_size=len(all_models())))
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.zoo", description=__doc__)
    parser.add_argument("models", nargs="*", help="zoo model names (default: all)")
    parser.add_argument("--family", choices=FAMILIES, action="append", help="only these families")
    parser.add_argument("--report-only", action="store_true",
                        help="run nothing: rewrite the report from the kept results")
    parser.add_argument("--output", type=Path, default=ROOT / "ZOO.md", help="report path (default: ZOO.md)")
    options = parser.parse_args(argv)
    entries = [e for e in by_name(options.models) if not options.family or e.family in options.family]
    versions = _versions()
    kept = _load_kept(versions) if options.models or options.family or options.report_only else {}
    if options.report_only:
        entries = []
    results = _write(kept, versions, options.output)
    for i, entry in enumerate(entries, 1):
        result = kept[entry.name] = run_model(entry)
        print(f"[{i}/{len(entries)}] {entry.name}: {result.status} in {result.total_s:.0f} s"
              + (f" (max error {result.max_error:.1e})" if result.max_error is not None else "")
              + (f" {result.reason}" if result.reason else ""), flush=True)
        results = _write(kept, versions, options.output)  # after every model: an interrupted run still reports
    passed = sum(r.passed for r in results)
    ours = [r.name for r in results if not r.passed and r.status != TORCH_EXPORT_FAILS]
    print(f"{passed}/{len(results)} passed; report in {options.output}", flush=True)
    if ours:
        print(f"failed (not torch.export's own limit): {', '.join(ours)}", flush=True)
    return 1 if ours else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
