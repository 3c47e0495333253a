"""Single ops on XLA's CPU backend against torch: latency and cores busy, to see where XLA leaves cores idle.

    python -m benchmarks.xla_ops

Each op runs jitted on JAX (its weights as compile-time constants, as the runtime folds them) and in eager torch
on the same data; "cores" is process CPU time over wall time during the timed calls.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np


def _time(fn: Callable[[], object], runs: int = 30) -> tuple[float, float]:
    fn()
    fn()
    cpu, start = time.process_time(), time.perf_counter()
    for _ in range(runs):
        fn()
    wall = time.perf_counter() - start
    return wall / runs * 1e3, (time.process_time() - cpu) / wall


def main() -> None:
    import jax
    import jax.numpy as jnp
    import torch
    from jax import lax

    rng = np.random.default_rng(0)
    nchw = ("NCHW", "OIHW", "NCHW")
    cases = []
    for batch, channels, size, groups in ((2, 64, 56, 1), (16, 64, 56, 1), (2, 256, 14, 1), (2, 64, 56, 64)):
        x = rng.standard_normal((batch, channels, size, size), np.float32)
        w = rng.standard_normal((channels, channels // groups, 3, 3), np.float32)
        conv = jax.jit(lambda a, w=w, g=groups: lax.conv_general_dilated(
            a, w, (1, 1), [(1, 1), (1, 1)], dimension_numbers=nchw, feature_group_count=g))
        xt, wt = torch.from_numpy(x), torch.from_numpy(w)
        kind = "depthwise conv 3x3" if groups > 1 else "conv 3x3"
        cases.append((f"{kind}, {batch}x{channels}x{size}x{size}", conv, x,
                      lambda xt=xt, wt=wt, g=groups: torch.nn.functional.conv2d(xt, wt, padding=1, groups=g)))
    x = rng.standard_normal((2, 64, 56, 56), np.float32)
    xt = torch.from_numpy(x)
    cases.append(("elementwise, 2x64x56x56", jax.jit(lambda a: jnp.maximum(a * 1.5 + 0.3, 0.0)), x,
                  lambda: torch.relu(xt * 1.5 + 0.3)))
    print(f"{'op':38s} {'XLA':>22s} {'torch':>22s}")
    with torch.no_grad():
        for name, fn, x, eager in cases:
            xd = jax.device_put(x)
            ms, cores = _time(lambda fn=fn, xd=xd: fn(xd).block_until_ready())
            tms, tcores = _time(eager)
            print(f"{name:38s} {ms:9.3f} ms ({cores:.1f} cores) {tms:9.3f} ms ({tcores:.1f} cores)")


if __name__ == "__main__":
    main()
