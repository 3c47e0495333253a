"""Where a quantized decode step's time goes on this backend: one weight times one row of activations (a decode
step's matrix-vector product at batch 1; ``--batch`` rows for more), as the float32 dot and in the forms a quantized
program can take.

    python -m benchmarks.quantized_matvec [--rows 5632] [--cols 2048] [--batch 1] [--runs 50]

- float32: the float weight read once, as a float32 artifact's linear layer computes it (``lowering.linalg``: on the
  CPU, 2 to 64 rows of a large weight as the transposed product);
- dequantize, then dot: ``convert(q) * s`` feeding the dot (every platform's branch of a quantized linear layer;
  XLA fuses it into the dot's operand read on TPU and GPU, while XLA's CPU backend writes the dequantized weight to
  a fresh buffer on every call);
- int8 / int4 row-wise: the CPU branch (``lowering.quantized.rowwise_product``), products summed along each row
  in one fused loop that reads the integers in place.

Each figure is the median of ``--runs`` calls, with the bytes the weight takes and the rate at which the weights
go by (weights per second). The machine's other load shows in these figures: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import time

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering import linalg
from torchtpu_aot.lowering.quantized import QuantSpec, dequantize_rows, rowwise_product


def _median(fn, args, runs: int) -> float:
    jitted = jax.jit(fn)
    placed = [jax.device_put(a) for a in args]
    jitted(*placed).block_until_ready()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        jitted(*placed).block_until_ready()
        times.append(time.perf_counter() - start)
    return float(np.median(times))


class _Context:
    """What a lowering reads of its node: the result's dtype."""

    def __init__(self, out_dtype: np.dtype):
        self.out_dtype = out_dtype


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5632, help="output channels (TinyLlama's MLP: 5632)")
    parser.add_argument("--cols", type=int, default=2048, help="input channels (TinyLlama's hidden size: 2048)")
    parser.add_argument("--batch", type=int, default=1, help="rows of activations (a decode step's batch)")
    parser.add_argument("--runs", type=int, default=50)
    options = parser.parse_args(argv)
    rows, cols = options.rows, options.cols
    rng = np.random.default_rng(0)
    x = rng.standard_normal((options.batch, cols), dtype=np.float32)
    w = rng.standard_normal((rows, cols), dtype=np.float32)
    q8 = rng.integers(-128, 128, (rows, cols), dtype=np.int8)
    s8 = rng.random((rows, 1), dtype=np.float32)
    q4 = rng.integers(0, 256, (rows, cols // 2), dtype=np.uint8)
    s4 = rng.random((rows, cols // 32), dtype=np.float32)
    int8 = QuantSpec("int8", (rows, cols), np.dtype(np.float32), cols, "s")
    int4 = QuantSpec("int4", (rows, cols), np.dtype(np.float32), 32, "s")
    dims = (((1,), (1,)), ((), ()))

    def dot(x, w):
        return lax.dot_general(x, w, dims, precision=lax.Precision.HIGHEST)

    def float32(x, w):
        return linalg.linear(_Context(np.dtype(np.float32)), x, w)

    cases = [
        ("float32 linear layer", float32, (x, w), w.nbytes),
        ("int8: dequantize, then dot", lambda x, q, s: dot(x, dequantize_rows(q, s, int8)), (x, q8, s8),
         q8.nbytes + s8.nbytes),
        ("int8: row-wise (CPU branch)", lambda x, q, s: rowwise_product(x, q, s, int8, jnp.float32), (x, q8, s8),
         q8.nbytes + s8.nbytes),
        ("int4: dequantize, then dot", lambda x, q, s: dot(x, dequantize_rows(q, s, int4)), (x, q4, s4),
         q4.nbytes + s4.nbytes),
        ("int4: row-wise (CPU branch)", lambda x, q, s: rowwise_product(x, q, s, int4, jnp.float32), (x, q4, s4),
         q4.nbytes + s4.nbytes),
    ]
    print(f"{rows} x {cols} weight times {options.batch} row{'s' if options.batch > 1 else ''}, "
          f"{jax.default_backend()}, median of {options.runs} calls")
    base = None
    for name, fn, args, nbytes in cases:
        seconds = _median(fn, args, options.runs)
        base = base or seconds
        print(f"  {name:30s} {seconds * 1e3:8.2f} ms  {seconds / base:5.2f}x float32  weight {nbytes / 1e6:6.1f} MB"
              f"  {options.batch * rows * cols / seconds / 1e9:6.2f} G weight products/s")


if __name__ == "__main__":
    main()
