"""The OpInfo sweep in several processes (one per core), merged into one report.

    python -m tests.opinfo.parallel --shards 2 --out COVERAGE.md

Each shard appends to its own journal under ``--workdir``; rerunning with the same workdir resumes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

# The sweep compiles thousands of tiny programs once each: LLVM's optimizations would double their compile time.
FAST_COMPILE_FLAGS = "--xla_backend_optimization_level=0"


def run_shards(shards: int, workdir: Path, fresh: bool = True) -> list[Path]:
    """Run ``shards`` sweep processes to completion; their journal paths."""
    workdir.mkdir(parents=True, exist_ok=True)
    journals = [workdir / f"shard{i}.jsonl" for i in range(shards)]
    if fresh:
        for j in journals:
            j.unlink(missing_ok=True)
    env = {**os.environ, "XLA_FLAGS": f"{os.environ.get('XLA_FLAGS', '')} {FAST_COMPILE_FLAGS}".strip()}
    procs = [subprocess.Popen([sys.executable, "-m", "tests.opinfo.sweep", "--shard", f"{i}/{shards}",
                               "--journal", str(j)], env=env, stdout=subprocess.DEVNULL,
                              stderr=(workdir / f"shard{i}.log").open("w"))
             for i, j in enumerate(journals)]
    codes = [p.wait() for p in procs]
    if any(codes):
        raise RuntimeError(f"sweep shards exited with {codes}; see {workdir}/shard*.log")
    return journals


def main(argv: list[str] | None = None) -> int:
    from tests.opinfo.report import render, summary
    from tests.opinfo.sweep import SAMPLES_PER_DTYPE, load_journal

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shards", type=int, default=2)
    parser.add_argument("--out", type=Path, default=Path("COVERAGE.md"))
    parser.add_argument("--workdir", type=Path, default=Path("out/opinfo"))
    parser.add_argument("--resume", action="store_true", help="keep the journals of an interrupted run")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    journals = run_shards(args.shards, args.workdir, fresh=not args.resume)
    results = [s for j in journals for s in load_journal(j)]
    args.out.write_text(render(results, cap=SAMPLES_PER_DTYPE))
    print(summary(results))
    print(f"{len(results)} samples in {time.perf_counter() - start:.0f} s; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
