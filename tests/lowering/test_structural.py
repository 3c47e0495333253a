"""Lowerings of the shape, matrix-product, convolution/pooling, normalization and attention families."""

from __future__ import annotations

import pytest
import torch

from tests.lowering.harness import check_lowering, meta_of, run_lowering, to_torch, torch_op

torch.manual_seed(0)
X = torch.randn(2, 3, 4, 5)
F32 = dict(rtol=1e-5, atol=1e-5)

SHAPE_CASES = [
    ("aten.view.default", (X, [2, -1, 5])),
    ("aten.reshape.default", (X, [6, 20])),
    ("aten.permute.default", (X, [3, 0, -2, 1])),
    ("aten.transpose.int", (X, -1, 1)),
    ("aten.t.default", (torch.randn(3, 4),)),
    ("aten.unsqueeze.default", (X, -1)),
    ("aten.squeeze.dim", (torch.randn(2, 1, 3), 1)),
    ("aten.squeeze.dims", (torch.randn(1, 2, 1), [0, 1, 2])),
    ("aten.flatten.using_ints", (X, 1, -1)),
    ("aten.unflatten.int", (X, 3, [5, 1])),
    ("aten.expand.default", (torch.randn(3, 1), [2, -1, 4])),
    ("aten.cat.default", ([X, X[:, :1]], 1)),
    ("aten.cat.default", ([torch.randn(2, 2), torch.tensor([1, 2, 3, 4], dtype=torch.int64).view(2, 2)], -1)),
    ("aten.stack.default", ([X, X], -1)),
    ("aten.slice.Tensor", (X, 3, 1, -1, 2)),
    ("aten.slice.Tensor", (X, 0, -5, 100)),
    ("aten.select.int", (X, 2, -1)),
    ("aten.narrow.default", (X, 3, -3, 2)),
    ("aten.split.Tensor", (X, 2, 3)),
    ("aten.split_with_sizes.default", (X, [1, 3], 2)),
    ("aten.chunk.default", (X, 2, 1)),
    ("aten.unbind.int", (X, 1)),
    ("aten.repeat.default", (torch.randn(2, 3), [2, 1, 2])),
    ("aten.flip.default", (X, [0, -1])),
    ("aten.roll.default", (X, [1, -2], [1, 3])),
    ("aten.constant_pad_nd.default", (X, [1, 2, 0, -1], 0.5)),
]


@pytest.mark.parametrize("op,args", SHAPE_CASES, ids=[c[0] for c in SHAPE_CASES])
def test_shape_ops(op, args):
    check_lowering(op, *args)


MATMUL_CASES = [
    ("aten.linear.default", (torch.randn(2, 3, 4), torch.randn(5, 4), torch.randn(5))),
    ("aten.linear.default", (torch.randn(4), torch.randn(5, 4))),
    ("aten.mm.default", (torch.randn(3, 4), torch.randn(4, 2))),
    ("aten.addmm.default", (torch.randn(2), torch.randn(3, 4), torch.randn(4, 2))),
    ("aten.bmm.default", (torch.randn(2, 3, 4), torch.randn(2, 4, 5))),
    ("aten.baddbmm.default", (torch.randn(2, 3, 5), torch.randn(2, 3, 4), torch.randn(2, 4, 5))),
    ("aten.matmul.default", (torch.randn(2, 1, 3, 4), torch.randn(5, 4, 2))),
    ("aten.matmul.default", (torch.randn(4), torch.randn(2, 4, 3))),
    ("aten.matmul.default", (torch.randn(2, 3, 4), torch.randn(4))),
    ("aten.mv.default", (torch.randn(3, 4), torch.randn(4))),
    ("aten.dot.default", (torch.randn(4), torch.randn(4))),
    ("aten.outer.default", (torch.randn(3), torch.randn(4))),
]


@pytest.mark.parametrize("op,args", MATMUL_CASES, ids=[c[0] for c in MATMUL_CASES])
def test_matrix_products(op, args):
    check_lowering(op, *args, **F32)


def test_addmm_scaling():
    check_lowering("aten.addmm.default", torch.randn(3, 2), torch.randn(3, 4), torch.randn(4, 2), beta=0.5, alpha=2.0,
                   **F32)


def _half_inputs(dtype, *shapes):
    g = torch.Generator().manual_seed(0)
    return [torch.randn(*s, generator=g).to(dtype) for s in shapes]


def test_half_precision_bias_joins_before_rounding():
    """torch's half-precision linear and addmm add the bias to the float32 accumulator and round once."""
    x, w, b = _half_inputs(torch.float16, (8, 16), (4, 16), (4,))
    check_lowering("aten.linear.default", x, w, b, rtol=0, atol=0)
    check_lowering("aten.addmm.default", b, x, w.t(), rtol=0, atol=0)


def _rounded_once(op, *args, dtype):
    """``op`` computed in float64 from the same inputs, rounded once to ``dtype``."""
    wide = [a.double() if isinstance(a, torch.Tensor) else a for a in args]
    return torch_op(op)(*wide).to(dtype)


def test_half_precision_trilinear_and_adaptive_pool_round_once():
    """bilinear's products and adaptive pooling's averages (weights like 1/3) stay in float32 until one final
    rounding: the bfloat16 result is within one ulp of the float64 one (rounding in bfloat16 on the way is not)."""
    i1, w, i2, img = _half_inputs(torch.bfloat16, (6, 3), (5, 3, 4), (6, 4), (2, 3, 7, 8))
    for op, args in (("aten._trilinear.default", (i1, w, i2, [1, 3], [0], [1, 2], [2, 3])),
                     ("aten.adaptive_avg_pool2d.default", (img, [3, 5]))):
        expected = _rounded_once(op, *args, dtype=torch.bfloat16)
        actual = run_lowering(op, meta_of(expected), *args)
        torch.testing.assert_close(to_torch(actual), expected, rtol=2 ** -7, atol=0)


IMG = torch.randn(2, 4, 9, 11)
CONV_CASES = [
    ("aten.conv2d.default", (IMG, torch.randn(6, 4, 3, 3), torch.randn(6), [2, 1], [1, 2], [1, 2], 1)),
    ("aten.conv2d.default", (IMG, torch.randn(8, 2, 3, 3), None, [1, 1], [0, 0], [1, 1], 2)),
    ("aten.conv2d.padding", (IMG, torch.randn(6, 4, 4, 3), None, [1, 1], "same", [1, 1], 1)),
    ("aten.conv2d.default", (IMG[0], torch.randn(6, 4, 3, 3))),
    ("aten.conv1d.default", (torch.randn(2, 3, 10), torch.randn(5, 3, 3), torch.randn(5), [2], [1])),
    ("aten.conv3d.default", (torch.randn(1, 2, 5, 6, 7), torch.randn(3, 2, 2, 3, 2))),
    ("aten.convolution.default", (IMG, torch.randn(4, 3, 3, 3), torch.randn(6), [2, 2], [1, 0], [1, 1], True,
                                  [1, 0], 2)),
    ("aten.conv_transpose2d.input", (IMG, torch.randn(4, 5, 2, 3), torch.randn(5), [2, 2], [1, 1], [1, 1], 1,
                                     [2, 2])),
    ("aten.max_pool2d.default", (IMG, [3, 3], [2, 2], [1, 1])),
    ("aten.max_pool2d.default", (IMG, [3, 2], [2, 2], [1, 0], [1, 1], True)),
    ("aten.max_pool2d.default", (IMG, [2, 2], [], [0, 0], [2, 1])),
    ("aten.max_pool1d.default", (torch.randn(2, 3, 10), [3], [2], [1], [1], True)),
    ("aten.avg_pool2d.default", (IMG, [3, 3], [2, 2], [1, 1])),
    ("aten.avg_pool2d.default", (IMG, [3, 3], [2, 2], [1, 1], True, False)),
    ("aten.avg_pool2d.default", (IMG, [2, 3], [2, 2], [1, 1], True, True)),
    ("aten.avg_pool2d.default", (IMG, [2, 2], [2, 2], [0, 0], False, True, 3)),
    ("aten.adaptive_avg_pool2d.default", (IMG, [1, 1])),
    ("aten.adaptive_avg_pool2d.default", (torch.randn(1, 2, 8, 6), [4, 3])),
    ("aten.adaptive_avg_pool2d.default", (IMG, [4, 5])),
    ("aten.adaptive_avg_pool1d.default", (torch.randn(2, 3, 10), [4])),
]


@pytest.mark.parametrize("op,args", CONV_CASES, ids=[c[0] for c in CONV_CASES])
def test_convolution_and_pooling(op, args):
    check_lowering(op, *args, **F32)


def test_max_pool_integers_and_nan():
    check_lowering("aten.max_pool2d.default", torch.randint(-5, 5, (1, 1, 4, 4)).to(torch.int32), [2, 2])
    x = torch.randn(1, 1, 4, 4)
    x[0, 0, 1, 1] = float("nan")
    check_lowering("aten.max_pool2d.default", x, [2, 2])


def test_avg_pool_half_precision_sums_in_float32():
    """torch sums a bfloat16 window in float32 and rounds the average once; summing in bfloat16 drifts."""
    x = (torch.randn(2, 3, 9, 9) * 4).to(torch.bfloat16)
    check_lowering("aten.avg_pool2d.default", x, [3, 3], [2, 2], [1, 1], rtol=0, atol=0)


def _bn_args(training):
    c = 4
    return (IMG, torch.rand(c) + 0.5, torch.randn(c), torch.randn(c), torch.rand(c) + 0.5)


NORM_CASES = [
    ("aten._native_batch_norm_legit_no_training.default", (*_bn_args(False), 0.1, 1e-5)),
    ("aten._native_batch_norm_legit_functional.default", (*_bn_args(True), True, 0.1, 1e-5)),
    ("aten._native_batch_norm_legit_functional.default", (*_bn_args(False), False, 0.1, 1e-5)),
    ("aten.batch_norm.default", (*_bn_args(False), False, 0.1, 1e-5, False)),
    ("aten.layer_norm.default", (X, [4, 5], torch.randn(4, 5), torch.randn(4, 5), 1e-5)),
    ("aten.layer_norm.default", (X, [5])),
    ("aten.native_layer_norm.default", (X, [5], torch.randn(5), None, 1e-6)),
    ("aten.group_norm.default", (IMG, 2, torch.randn(4), torch.randn(4), 1e-5)),
    ("aten.native_group_norm.default", (IMG, torch.randn(4), torch.randn(4), 2, 4, 99, 2, 1e-5)),
    ("aten.rms_norm.default", (X, [5], torch.randn(5), 1e-6)),
]


@pytest.mark.parametrize("op,args", NORM_CASES, ids=[c[0] for c in NORM_CASES])
def test_normalization(op, args):
    check_lowering(op, *args, rtol=1e-4, atol=1e-4)


def test_layer_norm_half_precision_computes_in_float32():
    x = torch.randn(3, 8).to(torch.bfloat16)
    check_lowering("aten.layer_norm.default", x, [8], rtol=1e-2, atol=1e-2)


Q, K, V = torch.randn(2, 3, 5, 8), torch.randn(2, 3, 7, 8), torch.randn(2, 3, 7, 4)
ATTENTION_CASES = [
    ((Q, K, V), {}),
    ((Q, K, V), {"is_causal": True}),
    ((Q, K, V, torch.rand(5, 7) > 0.3), {}),
    ((Q, K, V, torch.randn(2, 1, 5, 7)), {"scale": 0.5}),
    ((Q, torch.randn(2, 1, 7, 8), torch.randn(2, 1, 7, 4)), {"enable_gqa": True}),
    # grouped query heads (two per key/value head), with a per-row mask, causally, without batch dims, with two
    # of them, and with batch dims that broadcast (those repeat the keys and values instead)
    ((torch.randn(2, 4, 5, 8), torch.randn(2, 2, 7, 8), torch.randn(2, 2, 7, 4), torch.rand(2, 1, 5, 7) > 0.3),
     {"enable_gqa": True}),
    ((torch.randn(2, 6, 7, 8), torch.randn(2, 2, 7, 8), torch.randn(2, 2, 7, 4)), {"enable_gqa": True,
                                                                                    "is_causal": True}),
    ((torch.randn(4, 1, 8), torch.randn(2, 7, 8), torch.randn(2, 7, 8)), {"enable_gqa": True}),
    ((torch.randn(3, 2, 4, 1, 8), torch.randn(3, 2, 2, 7, 8), torch.randn(3, 2, 2, 7, 8), torch.randn(3, 2, 4, 1, 7)),
     {"enable_gqa": True}),
    ((torch.randn(2, 4, 5, 8), torch.randn(1, 2, 7, 8), torch.randn(1, 2, 7, 4)), {"enable_gqa": True}),
]


@pytest.mark.parametrize("args,kwargs", ATTENTION_CASES)
def test_scaled_dot_product_attention(args, kwargs):
    check_lowering("aten.scaled_dot_product_attention.default", *args, rtol=1e-5, atol=1e-5, **kwargs)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_flash_attention_for_cpu_returns_the_output_and_the_logsumexp(dtype):
    q, k, v = (t.to(dtype) for t in (Q, K, torch.randn(2, 3, 7, 8)))
    tol = 1e-5 if dtype == torch.float32 else 1e-2
    check_lowering("aten._scaled_dot_product_flash_attention_for_cpu.default", q, k, v, is_causal=True,
                   rtol=tol, atol=tol)
