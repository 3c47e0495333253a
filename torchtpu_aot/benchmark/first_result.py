"""Load-to-first-result of one artifact in this (fresh) process, with JAX's persistent compilation cache in a
given directory. ``torchtpu bench`` runs it twice on one directory: a cold start, then a warm one.

Run as ``python -m torchtpu_aot.benchmark.first_result ART.mlir INPUTS.safetensors CACHE_DIR [LOAD_OPTIONS_JSON]``;
prints one JSON line. Imports no torch, like a serving host.
"""

from __future__ import annotations

import json
import os
import sys


def main(argv: list[str]) -> None:
    path, inputs_file, cache_dir, *rest = argv
    options = json.loads(rest[0]) if rest else {}
    os.environ["TORCHTPU_CACHE_DIR"] = cache_dir
    from safetensors.numpy import load_file

    from torchtpu_aot.benchmark.timing import timed
    from torchtpu_aot.runtime import load

    inputs = load_file(inputs_file)
    program, load_s = timed(lambda: load(path, **options))
    _, first_call_s = timed(lambda: program.run_named(inputs))
    _, second_call_s = timed(lambda: program.run_named(inputs))
    print(json.dumps({"load_s": load_s, "first_call_s": first_call_s, "first_result_s": load_s + first_call_s,
                      "compile_s": max(first_call_s - second_call_s, 0.0)}))


if __name__ == "__main__":
    main(sys.argv[1:])
