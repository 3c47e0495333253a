"""Lowerings for matrix products: linear, addmm, mm, bmm, matmul and friends, all as single dot_generals.

float32/float64 products request HIGHEST precision so TPUs compute them in full precision like eager torch
(their default would round operands to bfloat16); lower-precision inputs use the backend default.
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.quantized import QuantizedWeight, dequantize_rows, rowwise_product, rowwise_suits
from torchtpu_aot.lowering.registry import lowers

_FULL_PRECISION = (np.dtype(np.float32), np.dtype(np.float64))
_HALF = (np.dtype(np.float16), np.dtype(jnp.bfloat16))


def _acc_dot(a, b, contracting: tuple, batch: tuple = ((), ()), *, out_dtype):
    """dot_general with torch's precision, in torch's accumulation dtype: half-precision results stay in float32,
    unrounded, so a bias can join them before the single rounding torch's CPU kernels do."""
    if np.dtype(out_dtype) in _HALF:
        return lax.dot_general(a, b, (contracting, batch), preferred_element_type=np.float32)
    precision = lax.Precision.HIGHEST if np.dtype(out_dtype) in _FULL_PRECISION else None
    return lax.dot_general(a, b, (contracting, batch), precision=precision, preferred_element_type=out_dtype)


def dot(a, b, contracting: tuple, batch: tuple = ((), ()), *, out_dtype):
    """dot_general with torch's precision and result dtype (half precision accumulates in float32)."""
    return _acc_dot(a, b, contracting, batch, out_dtype=out_dtype).astype(out_dtype)


def _scaled(x, factor):
    return x if factor == 1 else x * lax.convert_element_type(factor, x.dtype)


def _plus_bias(product, bias, beta, alpha, out_dtype):
    """beta * bias + alpha * product in the product's (accumulation) dtype, rounded once to ``out_dtype``;
    beta == 0 ignores bias entirely (NaNs included)."""
    product = _scaled(product, alpha)
    if beta != 0:
        product = product + jnp.broadcast_to(_scaled(bias.astype(product.dtype), beta), product.shape)
    return product.astype(out_dtype)


@lowers("aten.linear.default")
def linear(ctx, x, weight, bias=None):
    if isinstance(weight, QuantizedWeight):
        y = _quantized_linear(ctx, x, weight)
    else:
        y = _float_linear(ctx, x, weight)
    return y.astype(ctx.out_dtype) if bias is None else _plus_bias(y, bias, 1, 1, ctx.out_dtype)


# A float32 linear layer applied to this many rows of x (a few sequences' decode step, a short prompt chunk) has a
# CPU branch that computes the product transposed, weight @ x.T, and transposes that. XLA's CPU backend runs
# x @ weight.T (weight in torch's [out, in] layout) as a matrix-vector product for one row but as a general product
# 3-4x slower for 2 to 16 rows, unless the output keeps the weight's rows as its rows; measured on a 5632 x 2048
# weight (median ms, x @ weight.T / transposed): 2 rows 4.9/1.6, 4 rows 4.5/1.4, 8 rows 4.6/1.7, 16 rows 5.4/2.2,
# 64 rows 10.3/7.5, and 1 row 1.3/1.4 (so one row keeps the plain product); on 3072 x 768, 4 rows 1.07/0.34. On
# smaller weights it depends on where they lie: in the cache (measured alone, or a program of a few MB), neither
# form is reliably ahead (512 x 1408, 4 rows: 0.12/0.11; 256 x 512: 0.06/0.08; a 4 x 256 GPT at 2 to 16 rows is
# 5-20% slower transposed); read from memory, in a program whose weights outgrow the CPU's caches, the transposed
# form wins from 64 KB on: the 56M-parameter Llama's 4-slot decode step (weights of 0.5 to 2.9 MB) takes 14.5 ms
# with them transposed and 19.0 ms without.
CPU_TRANSPOSED_ROWS = (2, 64)
CPU_TRANSPOSED_MIN_BYTES = 4 << 20  # in a program whose weights stay in the caches
CPU_STREAMED_WEIGHTS = 64 << 20  # a program with more weight bytes than this reads them from memory ...
CPU_STREAMED_MIN_BYTES = 64 << 10  # ... and computes products with weights from this size on transposed


def cpu_transposed(ctx, dtypes: tuple, rows: tuple, weight_shape: tuple, plain, transposed, *operands):
    """``plain(*operands)``, a product of ``rows`` of x with a weight of ``weight_shape`` (its operands and result of
    ``dtypes``), with a CPU branch ``transposed(*operands)`` where that is faster (float32, see
    CPU_TRANSPOSED_ROWS). Symbolic rows (a prompt chunk of dynamic length) are decided by a conditional on their
    count, which XLA folds away when it compiles the program for one length."""
    if not all(np.dtype(d) == np.dtype(np.float32) for d in dtypes):
        return plain(*operands)
    streamed = ctx.weight_bytes > CPU_STREAMED_WEIGHTS
    if all(isinstance(d, int) for d in weight_shape):
        large = int(np.prod(weight_shape)) * 4 >= (CPU_STREAMED_MIN_BYTES if streamed else CPU_TRANSPOSED_MIN_BYTES)
    else:  # a symbolic size (attention's keys up to a dynamic length): as large as the program's weights are
        large = streamed
    low, high = CPU_TRANSPOSED_ROWS
    count = math.prod(rows)
    below, above = _known(lambda: count < low), _known(lambda: count > high)
    if not large or below or above:
        return plain(*operands)
    if below is False and above is False:
        cpu = transposed
    else:  # symbolic rows that may or may not be in range
        def cpu(*operands):
            value = jnp.asarray(count, np.int64)
            return lax.cond((value >= low) & (value <= high), transposed, plain, *operands)

    return lax.platform_dependent(*operands, cpu=cpu, default=plain)


def _known(test) -> bool | None:
    """A comparison of (possibly symbolic) dims, or None where the dims' ranges do not decide it."""
    try:
        return bool(test())
    except jax.errors.InconclusiveDimensionOperation:
        return None


def _float_linear(ctx, x, weight):
    """x @ weight.T, unrounded, contracting x's last dim with the weight's input dim directly (no transpose of the
    weight); on the CPU, for a few rows, as (weight @ x.T).T (see CPU_TRANSPOSED_ROWS)."""

    def plain(x, weight):
        return _acc_dot(x, weight, ((x.ndim - 1,), (weight.ndim - 1,)), out_dtype=ctx.out_dtype)

    lead = x.shape[:-1]
    if weight.ndim != 2:
        return plain(x, weight)

    def transposed(x, weight):
        flat = x.reshape((math.prod(lead), x.shape[-1]))
        # The barrier keeps XLA from giving the product the transposed layout, which would make it the slow form.
        product = lax.optimization_barrier(_acc_dot(weight, flat, ((1,), (1,)), out_dtype=ctx.out_dtype))
        return product.T.reshape(lead + (weight.shape[0],))

    return cpu_transposed(ctx, (x.dtype, weight.dtype, ctx.out_dtype), lead, weight.shape, plain, transposed,
                          x, weight)


def _quantized_linear(ctx, x, weight: QuantizedWeight):
    """x @ (q * s).T, unrounded (in the accumulation dtype): the weight dequantized right before the dot, which
    XLA fuses into the dot's operand where the backend does so (TPU, GPU). XLA's CPU backend does not: it would
    write the dequantized weight to a fresh buffer on every call, slower than the float weight. For a few rows of
    x (decoding a token per sequence) the CPU branch therefore multiplies and sums row by row, reading the integers
    straight from the weight (XLA fuses that into one loop; ``quantized.rowwise_suits`` says when)."""

    def dense(x, data, scale):
        w = dequantize_rows(data, scale, weight.spec)
        return _acc_dot(x, w, ((x.ndim - 1,), (1,)), out_dtype=ctx.out_dtype)

    rows, acc = x.shape[:-1], _acc_dtype(ctx.out_dtype)
    if all(isinstance(d, int) for d in rows) and rowwise_suits(weight.spec, int(np.prod(rows)), acc):
        def rowwise(x, data, scale):
            return rowwise_product(x, data, scale, weight.spec, acc)

        return lax.platform_dependent(x, weight.data, weight.scale, cpu=rowwise, default=dense)
    return dense(x, weight.data, weight.scale)


def _acc_dtype(out_dtype):
    return np.dtype(np.float32) if np.dtype(out_dtype) in _HALF else np.dtype(out_dtype)


@lowers("aten.mm.default")
def mm(ctx, a, b):
    return dot(a, b, ((1,), (0,)), out_dtype=ctx.out_dtype)


@lowers("aten.addmm.default")
def addmm(ctx, bias, a, b, *, beta=1, alpha=1):
    return _plus_bias(_acc_dot(a, b, ((1,), (0,)), out_dtype=ctx.out_dtype), bias, beta, alpha, ctx.out_dtype)


@lowers("aten.bmm.default")
def bmm(ctx, a, b):
    return dot(a, b, ((2,), (1,)), ((0,), (0,)), out_dtype=ctx.out_dtype)


@lowers("aten.baddbmm.default")
def baddbmm(ctx, bias, a, b, *, beta=1, alpha=1):
    product = _acc_dot(a, b, ((2,), (1,)), ((0,), (0,)), out_dtype=ctx.out_dtype)
    return _plus_bias(product, bias, beta, alpha, ctx.out_dtype)


@lowers("aten.mv.default")
def mv(ctx, a, v):
    return dot(a, v, ((1,), (0,)), out_dtype=ctx.out_dtype)


@lowers("aten.dot.default", "aten.vdot.default")
def vector_dot(ctx, a, b):
    return dot(a, b, ((0,), (0,)), out_dtype=ctx.out_dtype)


@lowers("aten.outer.default", "aten.ger.default")
def outer(ctx, a, b):
    return dot(a, b, ((), ()), out_dtype=ctx.out_dtype)


@lowers("aten.matmul.default")
def matmul(ctx, a, b):
    """torch.matmul's rules: 1-D operands gain and lose a dim; leading dims broadcast as batch dims."""
    if a.ndim == 1 and b.ndim == 1:
        return vector_dot(ctx, a, b)
    squeeze = []
    if a.ndim == 1:
        a, squeeze = lax.expand_dims(a, (0,)), [-2]
    if b.ndim == 1:
        b, squeeze = lax.expand_dims(b, (1,)), squeeze + [-1]
    batch_shape = lax.broadcast_shapes(tuple(a.shape[:-2]), tuple(b.shape[:-2]))
    a = lax.broadcast_in_dim(a, batch_shape + tuple(a.shape[-2:]), tuple(range(len(batch_shape) + 2 - a.ndim,
                                                                               len(batch_shape) + 2)))
    b = lax.broadcast_in_dim(b, batch_shape + tuple(b.shape[-2:]), tuple(range(len(batch_shape) + 2 - b.ndim,
                                                                               len(batch_shape) + 2)))
    nb = len(batch_shape)
    batch = tuple(range(nb))
    y = dot(a, b, ((nb + 1,), (nb,)), (batch, batch), out_dtype=ctx.out_dtype)
    for axis in sorted((y.ndim + s for s in squeeze), reverse=True):
        y = lax.squeeze(y, (axis,))
    return y


def _p_norm(diff, p: float, axis: int):
    """torch's vector p-norm of ``diff`` along ``axis`` (p = 0 counts non-zeros, inf takes the largest)."""
    a = jnp.abs(diff)
    if p == 0:
        return jnp.sum((a != 0).astype(diff.dtype), axis=axis)
    if p == float("inf"):
        return jnp.max(a, axis=axis, initial=jnp.asarray(0, diff.dtype))
    if p == 1:
        return jnp.sum(a, axis=axis)
    if p == 2:
        return jnp.sqrt(jnp.sum(a * a, axis=axis))
    return jnp.sum(a ** jnp.asarray(p, diff.dtype), axis=axis) ** jnp.asarray(1.0 / p, diff.dtype)


@lowers("aten._cdist_forward.default")
def cdist(ctx, x1, x2, p, compute_mode=None):
    diff = x1[..., :, None, :] - x2[..., None, :, :]
    return _p_norm(diff, float(p), -1).astype(ctx.out_dtype)


@lowers("aten._pdist_forward.default")
def pdist(ctx, x, p=2.0):
    n = x.shape[0]
    rows, cols = np.triu_indices(n, k=1)
    diff = x[rows] - x[cols]
    return _p_norm(diff, float(p), -1).astype(ctx.out_dtype)


@lowers("aten.addmv.default")
def addmv(ctx, bias, a, v, *, beta=1, alpha=1):
    return _plus_bias(_acc_dot(a, v, ((1,), (0,)), out_dtype=ctx.out_dtype), bias, beta, alpha, ctx.out_dtype)


@lowers("aten.addbmm.default")
def addbmm(ctx, bias, a, b, *, beta=1, alpha=1):
    product = _acc_dot(a, b, ((0, 2), (0, 1)), out_dtype=ctx.out_dtype)
    return _plus_bias(product, bias, beta, alpha, ctx.out_dtype)


@lowers("aten.addr.default")
def addr(ctx, bias, a, b, *, beta=1, alpha=1):
    if ctx.out_dtype == np.bool_:
        product = jnp.logical_and(a[:, None], b[None, :])
        return product if beta is False or beta == 0 else jnp.logical_or(product, bias)
    return _plus_bias(_acc_dot(a, b, ((), ()), out_dtype=ctx.out_dtype), bias, beta, alpha, ctx.out_dtype)


@lowers("aten._trilinear.default")
def trilinear(ctx, i1, i2, i3, expand1, expand2, expand3, sumdim, unroll_dim=1):
    """torch's _trilinear (behind nn.functional.bilinear): expand each operand at its dims, multiply, sum."""
    x1, x2, x3 = (lax.expand_dims(t, tuple(e)) if e else t for t, e in ((i1, expand1), (i2, expand2), (i3, expand3)))
    acc = np.float32 if np.dtype(ctx.out_dtype) in _HALF else ctx.out_dtype  # round half products once, at the end
    y = x1.astype(acc) * x2.astype(acc) * x3.astype(acc)
    return (jnp.sum(y, axis=tuple(sumdim)) if sumdim else y).astype(ctx.out_dtype)


@lowers("aten.dist.default")
def dist(ctx, x, other, p=2):
    acc = np.float32 if np.dtype(ctx.out_dtype).itemsize < 4 else ctx.out_dtype
    diff = x.astype(acc) - other.astype(acc)
    return _p_norm(diff.reshape((-1,)), float(p), 0).astype(ctx.out_dtype)
