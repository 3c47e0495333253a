import pytest
import torch

import torchtpu_aot.lowering.reductions as reductions
from tests.lowering.harness import (
    assert_matches,
    check_lowering,
    imports_torch,
    meta_of,
    run_lowering,
    to_torch,
    untested_ops,
)

NAN, INF = float("nan"), float("inf")


def f32(*shape, low=-3.0, high=3.0, seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.rand(*shape, generator=g) * (high - low) + low


def i64(*shape, low=-10, high=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.randint(low, high, shape, generator=g)


X = f32(3, 4, 5)
WITH_NAN = torch.tensor([[1.0, NAN, 3.0, 2.0], [4.0, 5.0, -1.0, 0.0], [NAN, NAN, 1.0, -INF]])


def test_module_is_torch_free_and_fully_tested():
    assert not imports_torch(reductions.__file__)
    assert untested_ops(reductions.__name__, __file__) == set()


@pytest.mark.parametrize("dim,keepdim", [([1], False), ([-1, 0], True), ([], False), (None, True), ([2, 1, 0], False)])
def test_sum_mean_dims(dim, keepdim):
    check_lowering("aten.sum.dim_IntList", X, dim, keepdim)
    check_lowering("aten.mean.dim", X, dim, keepdim)


def test_sum_dtypes():
    check_lowering("aten.sum.default", X)
    check_lowering("aten.sum.default", i64(4, 5))
    check_lowering("aten.sum.default", torch.tensor([True, True, False]))
    check_lowering("aten.sum.default", X.bfloat16(), rtol=1e-2, atol=1e-2)
    check_lowering("aten.sum.default", X, dtype=torch.float64)
    check_lowering("aten.sum.default", i64(3).to(torch.int8), dtype=torch.bool)
    check_lowering("aten.sum.dim_IntList", i64(4, 5).int(), [0])
    check_lowering("aten.sum.dim_IntList", torch.tensor([[True, False], [True, True]]), [1], True)
    check_lowering("aten.sum.dim_IntList", X, [1], dtype=torch.float16, rtol=1e-3, atol=1e-2)
    check_lowering("aten.sum.dim_IntList", f32(0, 3), [0])
    check_lowering("aten.sum.dim_IntList", torch.tensor(2.5), [0])
    check_lowering("aten.sum.dim_IntList", WITH_NAN, [1])


def test_mean_dtypes():
    check_lowering("aten.mean.default", X)
    check_lowering("aten.mean.default", X.bfloat16())
    check_lowering("aten.mean.default", i64(4, 5), dtype=torch.float32)
    check_lowering("aten.mean.dim", X.half(), [0, 2])
    check_lowering("aten.mean.dim", f32(0, 3), [0])
    check_lowering("aten.mean.dim", torch.tensor(2.5), [-1], True)


def test_prod():
    small = f32(3, 4, low=0.5, high=1.5)
    check_lowering("aten.prod.default", small)
    check_lowering("aten.prod.default", i64(5, low=1, high=4))
    check_lowering("aten.prod.default", torch.tensor([True, False]))
    check_lowering("aten.prod.default", torch.tensor([True, True]), dtype=torch.bool)
    check_lowering("aten.prod.dim_int", small, 1)
    check_lowering("aten.prod.dim_int", small, -2, True)
    check_lowering("aten.prod.dim_int", i64(3, 4, low=-3, high=3).int(), 0, dtype=torch.int64)
    check_lowering("aten.prod.dim_int", f32(2, 0), 1)


def test_amax_amin_max_min():
    for op in ("aten.amax.default", "aten.amin.default"):
        check_lowering(op, X, [1])
        check_lowering(op, X, [-1, 0], True)
        check_lowering(op, X)
        check_lowering(op, WITH_NAN, [1])
        check_lowering(op, i64(4, 5), [0])
        check_lowering(op, torch.tensor([[True, False], [False, False]]), [1])
        check_lowering(op, X.bfloat16(), [2])
    for op in ("aten.max.default", "aten.min.default"):
        check_lowering(op, X)
        check_lowering(op, WITH_NAN)
        check_lowering(op, i64(4, 5))


@pytest.mark.parametrize("dim,keepdim", [(0, False), (1, True), (-1, False), (-2, True)])
def test_max_min_dim(dim, keepdim):
    ties = torch.tensor([[3.0, 1.0, 3.0, 1.0], [2.0, 2.0, 2.0, 2.0], [0.0, -0.0, 5.0, 5.0]])
    for op in ("aten.max.dim", "aten.min.dim"):
        check_lowering(op, WITH_NAN, dim, keepdim)
        check_lowering(op, ties, dim, keepdim)
        check_lowering(op, i64(3, 4, low=0, high=3), dim, keepdim)


def test_max_dim_of_scalar_and_bool():
    check_lowering("aten.max.dim", torch.tensor(1.5), 0)
    check_lowering("aten.min.dim", torch.tensor(1.5), -1, True)
    check_lowering("aten.max.dim", torch.tensor([[True, False], [False, False]]), 1)


def test_argmax_argmin():
    ties = torch.tensor([[3.0, 1.0, 3.0, 1.0], [2.0, 2.0, 2.0, 2.0], [0.0, -0.0, 5.0, 5.0]])
    for op in ("aten.argmax.default", "aten.argmin.default"):
        for x in (WITH_NAN, ties, i64(3, 4, low=0, high=3)):
            check_lowering(op, x)
            check_lowering(op, x, 1)
        check_lowering(op, ties, -2, True)
        check_lowering(op, ties, None, True)
        check_lowering(op, torch.tensor(3.0))
        check_lowering(op, torch.tensor(3.0), 0)


@pytest.mark.parametrize("dim", [None, [1], [0, -1], []])
def test_var_std_correction(dim):
    for op in ("aten.var.correction", "aten.std.correction", "aten.var_mean.correction",
               "aten.std_mean.correction"):
        check_lowering(op, X, dim, correction=0 if dim else 2.5, keepdim=dim is None)
    check_lowering("aten.var.correction", X, dim)


def test_var_std_overloads():
    for op in ("aten.var.default", "aten.std.default", "aten.var_mean.default", "aten.std_mean.default"):
        check_lowering(op, X, False)
        check_lowering(op, X.bfloat16())
    for op in ("aten.var.dim", "aten.std.dim", "aten.var_mean.dim", "aten.std_mean.dim"):
        check_lowering(op, X, [1])
        check_lowering(op, X, [0, 2], False, True)


def test_var_edge_cases():
    # one element with correction 1 divides by zero: nan (or inf); correction above N clamps the divisor at 0
    check_lowering("aten.var.correction", f32(3, 1), [1])
    check_lowering("aten.std.correction", f32(3, 2), [1], correction=5)
    check_lowering("aten.var.correction", WITH_NAN, [1])
    check_lowering("aten.var.correction", f32(0, 2), [0])


@pytest.mark.parametrize("default,dim,dims", [
    ("aten.any.default", "aten.any.dim", "aten.any.dims"), ("aten.all.default", "aten.all.dim", "aten.all.dims"),
])
def test_any_all(default, dim, dims):
    b = torch.tensor([[True, False, False], [True, True, True]])
    x = torch.tensor([[0.0, NAN, 0.0], [1.0, -1.0, 0.0]])
    u8 = torch.tensor([[0, 2], [0, 0]], dtype=torch.uint8)
    for t in (b, x, u8):
        check_lowering(default, t)
        check_lowering(dim, t, 1)
        check_lowering(dim, t, -2, True)
        check_lowering(dims, t, [0, 1])
        check_lowering(dims, t, [], True)
        check_lowering(dims, t)
    check_lowering(default, torch.zeros(0, 2))


@pytest.mark.parametrize("dim", [0, 1, -1])
def test_softmax_family(dim):
    x = torch.cat([f32(3, 4, low=-20, high=20), torch.tensor([[-INF, -INF, -INF, -INF]]),
                   torch.tensor([[-INF, 0.0, 1.0, -INF]])])
    check_lowering("aten._softmax.default", x, dim, False)
    check_lowering("aten._log_softmax.default", x, dim, False)
    check_lowering("aten.softmax.int", x, dim)
    check_lowering("aten.log_softmax.int", x, dim)
    check_lowering("aten._softmax.default", x.bfloat16(), dim, False)
    check_lowering("aten.softmax.int", x.half(), dim, torch.float32)
    check_lowering("aten.log_softmax.int", x, dim, torch.float64)


def test_softmax_half_to_float():
    # eager torch has no half_to_float on CPU; the float32 result of the upcast input is the reference
    x = f32(3, 4, low=-20, high=20).half()
    for op, fn in (("aten._softmax.default", torch.softmax), ("aten._log_softmax.default", torch.log_softmax)):
        expected = fn(x.float(), 1)
        assert_matches(run_lowering(op, meta_of(expected), x, 1, True), expected, None, None, True)


def test_softmax_of_scalar_and_empty():
    check_lowering("aten._softmax.default", torch.tensor(3.0), 0, False)
    check_lowering("aten._log_softmax.default", torch.tensor(3.0), -1, False)
    check_lowering("aten._softmax.default", f32(0, 3), 1, False)


def test_logsumexp():
    x = torch.cat([f32(3, 4, low=-50, high=50), torch.tensor([[-INF, -INF, -INF, -INF], [INF, 1.0, 2.0, 3.0]])])
    check_lowering("aten.logsumexp.default", x, [1])
    check_lowering("aten.logsumexp.default", x, [0, 1], True)
    check_lowering("aten.logsumexp.default", x, [-1], True)
    check_lowering("aten.logsumexp.default", x.bfloat16(), [1])
    check_lowering("aten.logsumexp.default", i64(3, 4), [1])
    check_lowering("aten.logsumexp.default", WITH_NAN, [1])


def test_cumsum_cumprod():
    for op in ("aten.cumsum.default", "aten.cumprod.default"):
        x = f32(3, 4, low=0.5, high=1.5)
        check_lowering(op, x, 1)
        check_lowering(op, x, -2)
        check_lowering(op, i64(3, 4, low=-3, high=3), 0)
        check_lowering(op, torch.tensor([True, False, True]), 0)
        check_lowering(op, i64(5).int(), 0, dtype=torch.float32)
        check_lowering(op, x.bfloat16(), 1)
        check_lowering(op, torch.tensor(2.0), 0)
        check_lowering(op, f32(0, 3), 0)
        check_lowering(op, WITH_NAN, 1)


@pytest.mark.parametrize("ord", [2, 1, 0, INF, -INF, 3, 0.5, -1])
def test_linalg_vector_norm(ord):
    check_lowering("aten.linalg_vector_norm.default", X, ord)
    check_lowering("aten.linalg_vector_norm.default", X, ord, [1], True)
    check_lowering("aten.linalg_vector_norm.default", X, ord, [-1, 0])


def test_linalg_vector_norm_dtypes():
    check_lowering("aten.linalg_vector_norm.default", X.bfloat16(), 2, [1])
    check_lowering("aten.linalg_vector_norm.default", X.half(), 2, [1], dtype=torch.float32)
    check_lowering("aten.linalg_vector_norm.default", X, 2, None, False, dtype=torch.float64)
    check_lowering("aten.linalg_vector_norm.default", WITH_NAN, 2, [1])


@pytest.mark.parametrize("descending", [False, True])
def test_sort(descending):
    special = torch.tensor([3.0, NAN, -0.0, 0.0, -0.0, -NAN, INF, -INF, 3.0, 1.0, -2.0, 1.0])
    ints = torch.tensor([[3, -1, 3, 2, -9223372036854775808, 9223372036854775807], [0, 0, 1, 1, -1, -1]])
    check_lowering("aten.sort.default", special, -1, descending)
    check_lowering("aten.sort.default", ints, 1, descending)
    check_lowering("aten.sort.default", ints, 0, descending)
    check_lowering("aten.sort.default", torch.tensor([True, False, True, False]), 0, descending)
    check_lowering("aten.sort.default", torch.tensor([3, 0, 255, 0], dtype=torch.uint8), 0, descending)
    check_lowering("aten.sort.default", special.bfloat16(), 0, descending)
    check_lowering("aten.sort.stable", special, stable=True, descending=descending)
    check_lowering("aten.sort.stable", f32(3, 4, 5), stable=False, dim=1, descending=descending)
    check_lowering("aten.sort.default", torch.tensor(2.0), 0, descending)


@pytest.mark.parametrize("largest", [True, False])
def test_topk(largest):
    x = torch.randperm(60, generator=torch.Generator().manual_seed(0)).float().reshape(3, 4, 5)
    check_lowering("aten.topk.default", x, 2, -1, largest)
    check_lowering("aten.topk.default", x, 3, 1, largest)
    check_lowering("aten.topk.default", x, 3, 0, largest, True)
    check_lowering("aten.topk.default", x.long(), 4, 2, largest)
    check_lowering("aten.topk.default", torch.tensor([1.0, NAN, 3.0, 2.0]), 2, 0, largest)
    check_lowering("aten.topk.default", torch.tensor(2.0), 1, 0, largest)
    check_lowering("aten.topk.default", x, 0, -1, largest)


def test_topk_ties_pick_the_tied_values():
    # torch's order among equal values is unspecified; values must match, indices must point at them
    x = torch.tensor([3.0, 1.0, 3.0, 3.0, 2.0])
    expected = torch.topk(x, 2)
    values, indices = run_lowering("aten.topk.default", meta_of(expected), x, 2)
    assert values.tolist() == [3.0, 3.0]
    assert sorted(x[to_torch(indices)].tolist()) == [3.0, 3.0]


@pytest.mark.parametrize("dtype", [torch.float32, torch.int64])
def test_running_extremes_and_order_statistics(dtype):
    x = torch.tensor([[3.0, 1.0, 3.0, NAN, 2.0, 1.0], [5.0, 5.0, -1.0, 0.0, 2.0, 2.0]])
    if dtype == torch.int64:
        x = torch.nan_to_num(x, nan=4.0)
    x = x.to(dtype)
    check_lowering("aten.cummax.default", x, 1)
    check_lowering("aten.cummin.default", x, -1)
    check_lowering("aten.kthvalue.default", x[:, [0, 1, 3, 4]], 2, 1, True)  # no ties: torch picks any tied index
    check_lowering("aten.median.default", x)
    check_lowering("aten.median.dim", x, 1)
    check_lowering("aten.nanmedian.default", x)
    check_lowering("aten.nanmedian.dim", x, 1, True)
    check_lowering("aten.mode.default", x[:, :4], 1)  # a unique mode per row: torch breaks ties unspecifiedly
    if dtype == torch.float32:
        check_lowering("aten.logcumsumexp.default", x, 1)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float16, torch.bfloat16, torch.float64, torch.int8,
                                   torch.uint8, torch.int64, torch.bool])
def test_hash_tensor(dtype):
    x = f32(3, 4).to(dtype)
    check_lowering("aten.hash_tensor.default", x)
    check_lowering("aten.hash_tensor.default", x, [1], keepdim=True)
    check_lowering("aten.hash_tensor.default", x, [0])


def test_hash_tensor_nan_and_negative_zero():
    check_lowering("aten.hash_tensor.default", torch.tensor([float("nan"), -0.0, 1.5]))


@pytest.mark.parametrize("reduce", ["sum", "mean", "max", "min", "prod"])
@pytest.mark.parametrize("initial", [None, 2.0])
def test_segment_reduce(reduce, initial):
    x = f32(6, 3)
    lengths = torch.tensor([2, 0, 3, 1])
    check_lowering("aten.segment_reduce.default", x, reduce, lengths=lengths, initial=initial)
    offsets = torch.tensor([0, 2, 2, 5, 6])
    check_lowering("aten.segment_reduce.default", x, reduce, offsets=offsets, initial=initial, unsafe=True)


def test_segment_reduce_inner_axis_and_nan():
    x = f32(2, 5, 3).double()
    x[1, 3, 0] = float("nan")
    lengths = torch.tensor([[1, 4, 0], [3, 0, 2]])
    for reduce in ("max", "mean"):
        check_lowering("aten.segment_reduce.default", x, reduce, lengths=lengths, axis=1)
