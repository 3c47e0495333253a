import pytest
import torch

import torchtpu_aot.lowering.indexing as indexing
from tests.lowering.harness import check_lowering, imports_torch, meta_of, run_lowering, untested_ops
from torchtpu_aot.errors import LoweringError

INT64_MAX = 9223372036854775807


def f32(*shape, seed=0):
    return torch.randn(*shape, generator=torch.Generator().manual_seed(seed))


def idx(high, *shape, seed=0, low=0):
    return torch.randint(low, high, shape, generator=torch.Generator().manual_seed(seed))


X = f32(4, 5, 6)


def test_module_is_torch_free_and_fully_tested():
    assert not imports_torch(indexing.__file__)
    assert untested_ops(indexing.__name__, __file__) == set()


def test_embedding():
    w = f32(10, 4)
    check_lowering("aten.embedding.default", w, idx(10, 2, 3))
    check_lowering("aten.embedding.default", w, idx(10, 7).int(), 0)
    check_lowering("aten.embedding.default", w.bfloat16(), torch.tensor(3))
    check_lowering("aten.embedding.default", w, idx(10, 0))


@pytest.mark.parametrize("indices", [
    [idx(4, 3)],
    [None, idx(5, 2, 2)],
    [idx(4, 3), idx(5, 3)],
    [idx(4, 2, 1), idx(5, 3)],
    [idx(4, 3), None, idx(6, 3)],
    [None, idx(5, 2), idx(6, 2)],
    [idx(4, 2, 3, low=-4), None, idx(6, 3, low=-6)],
    [torch.tensor(2), None, idx(6, 4)],
    [torch.tensor(-1)],
    [None, None, idx(6, 3).int()],
    [idx(4, 0)],
])
def test_index_tensor(indices):
    check_lowering("aten.index.Tensor", X, indices)


def test_index_tensor_dtypes_and_twins():
    check_lowering("aten.index.Tensor", X.bfloat16(), [None, idx(5, 3)])
    check_lowering("aten.index.Tensor", torch.tensor([[True, False], [False, True]]), [idx(2, 3)])
    check_lowering("aten.index.Tensor", idx(9, 3, 3), [idx(3, 2), idx(3, 2, seed=1)])
    check_lowering("aten.index.Tensor_hacked_twin", X, [idx(4, 3), idx(5, 3)])
    check_lowering("aten._unsafe_index.Tensor", X, [None, idx(5, 2, 2)])


def test_index_with_boolean_mask_is_rejected():
    mask = torch.tensor([True, False, True, True])
    expected = X[mask]
    with pytest.raises(LoweringError, match="boolean mask"):
        run_lowering("aten.index.Tensor", meta_of(expected), X, [mask])


def test_index_select():
    check_lowering("aten.index_select.default", X, 1, idx(5, 7))
    check_lowering("aten.index_select.default", X, -1, idx(6, 2).int())
    check_lowering("aten.index_select.default", X, 0, torch.tensor(2))
    check_lowering("aten.index_select.default", X, 2, idx(6, 0))
    check_lowering("aten.index_select.default", torch.tensor(5.0), 0, torch.tensor([0]))
    check_lowering("aten.index_select.default", torch.tensor([True, False, True]), 0, torch.tensor([2, 1]))


def test_gather():
    check_lowering("aten.gather.default", X, 0, idx(4, 4, 5, 6))
    check_lowering("aten.gather.default", X, 1, idx(5, 2, 3, 4))
    check_lowering("aten.gather.default", X, -1, idx(6, 4, 5, 9))
    check_lowering("aten.gather.default", X.to(torch.int32), 2, idx(6, 1, 1, 1))
    check_lowering("aten.gather.default", torch.tensor(3.0), 0, torch.tensor(0))
    check_lowering("aten.gather.default", f32(3, 4), 1, idx(4, 3, 0))


def test_take():
    x = torch.randn(3, 4)
    check_lowering("aten.take.default", x, torch.tensor([[0, 11], [-1, -12], [5, 5]]))
    check_lowering("aten.take.default", torch.tensor(2.5), torch.tensor(0))
    check_lowering("aten.take.default", x, torch.zeros(0, dtype=torch.int64))


def test_take_along_dim():
    x = f32(3, 4)
    check_lowering("aten.take_along_dim.default", x, idx(12, 5))
    check_lowering("aten.take_along_dim.default", x, idx(4, 3, 2), 1)
    check_lowering("aten.take_along_dim.default", x, idx(3, 2, 1), 0)
    check_lowering("aten.take_along_dim.default", x, idx(4, 1, 6), -1)
    check_lowering("aten.take_along_dim.default", f32(2, 1, 4), idx(4, 1, 3, 2), 2)


def _unique_index(shape, dim, size, seed=0):
    """An index tensor whose entries along ``dim`` are distinct (scatter with duplicates is nondeterministic)."""
    g = torch.Generator().manual_seed(seed)
    perm = torch.argsort(torch.rand(*shape[:dim], size, *shape[dim + 1:], generator=g), dim=dim)
    return perm.narrow(dim, 0, shape[dim])


def test_scatter():
    x = f32(4, 5)
    check_lowering("aten.scatter.src", x, 0, _unique_index((3, 5), 0, 4), f32(3, 5, seed=1))
    check_lowering("aten.scatter.src", x, 1, _unique_index((4, 2), 1, 5), f32(6, 6, seed=1))
    check_lowering("aten.scatter.src", x, -1, _unique_index((2, 3), 1, 5), f32(2, 3, seed=1))
    check_lowering("aten.scatter.value", x, 1, _unique_index((4, 3), 1, 5), 7.5)
    check_lowering("aten.scatter.value", x.long(), 0, _unique_index((2, 5), 0, 4), 3)
    check_lowering("aten.scatter.value", torch.tensor(1.0), 0, torch.tensor(0), 2.0)


def test_scatter_accumulating():
    x = f32(4, 5)
    index = idx(4, 6, 5)
    src = f32(6, 5, seed=1)
    check_lowering("aten.scatter_add.default", x, 0, index, src)
    check_lowering("aten.scatter_add.default", x.long(), 1, idx(5, 4, 8), idx(9, 4, 8))
    check_lowering("aten.scatter.reduce", x, 0, index, src, reduce="add")
    check_lowering("aten.scatter.reduce", x, 0, index, src, reduce="multiply")
    check_lowering("aten.scatter.value_reduce", x, 0, index, 2.0, reduce="multiply")
    check_lowering("aten.scatter.value_reduce", x, 0, index, 2.0, reduce="add")


@pytest.mark.parametrize("reduce", ["sum", "prod", "mean", "amax", "amin"])
@pytest.mark.parametrize("include_self", [True, False])
def test_scatter_reduce(reduce, include_self):
    x = f32(4, 5)
    index = idx(3, 6, 5)
    check_lowering("aten.scatter_reduce.two", x, 0, index, f32(6, 5, seed=1), reduce, include_self=include_self)
    check_lowering("aten.scatter_reduce.two", idx(20, 4, 5, low=-20), 0, index, idx(20, 6, 5, low=-20, seed=1),
                   reduce, include_self=include_self)


@pytest.mark.parametrize("indices,values", [
    ([torch.tensor([0, 2])], f32(2, 5, 6)),
    ([torch.tensor([0, 2])], f32(6)),
    ([torch.tensor([-1, 1]), torch.tensor([3, -5])], f32(2, 6)),
    ([None, torch.tensor([4, 0, 1])], torch.tensor(2.5)),
    ([torch.tensor([1, 3]), None, torch.tensor([0, 5])], f32(2, 5)),
    ([torch.tensor([[1], [3]]), torch.tensor([0, 2, 4])], f32(2, 3, 6)),
])
def test_index_put(indices, values):
    check_lowering("aten.index_put.default", X, indices, values)
    check_lowering("aten.index_put.default", X, indices, values, True)


def test_index_put_accumulates_duplicates():
    check_lowering("aten.index_put.default", X, [torch.tensor([1, 1, 1, 2])], torch.tensor(1.0), True)
    check_lowering("aten.index_put.default", idx(9, 5), [torch.tensor([0, 0, 3])], torch.tensor([1, 2, 3]), True)
    check_lowering("aten.index_put.hacked_twin", X, [torch.tensor([3, 3])], f32(2, 5, 6), True)
    check_lowering("aten._unsafe_index_put.default", X, [None, torch.tensor([4, 0])], f32(4, 2, 6))


def test_index_put_with_boolean_mask():
    x = f32(4, 5)
    check_lowering("aten.index_put.default", x, [x > 0], torch.tensor(0.0))
    check_lowering("aten.index_put.default", x, [x > 0], torch.tensor(1.5), True)
    rows = torch.tensor([True, False, True, False])
    check_lowering("aten.index_put.default", x, [rows], f32(5, seed=1))
    check_lowering("aten.index_put.default", x, [rows], f32(1, 5, seed=1), True)
    check_lowering("aten.index_put.default", x.long(), [rows], torch.tensor(7))
    expected = torch.ops.aten.index_put.default(x, [rows], f32(2, 5))
    with pytest.raises(LoweringError, match="boolean mask"):
        run_lowering("aten.index_put.default", meta_of(expected), x, [rows], f32(2, 5))


def test_select_scatter():
    check_lowering("aten.select_scatter.default", X, f32(5, 6), 0, 2)
    check_lowering("aten.select_scatter.default", X, f32(4, 6), 1, -1)
    check_lowering("aten.select_scatter.default", X, f32(4, 5), -1, 0)
    check_lowering("aten.select_scatter.default", X, f32(4, 5).double(), 2, -6)


@pytest.mark.parametrize("dim,start,end,step,size", [
    (0, None, None, 1, 4), (1, 1, 3, 1, 2), (2, -4, None, 1, 4), (2, 0, INT64_MAX, 2, 3), (1, 1, -1, 2, 2),
    (-1, -5, -1, 3, 2), (0, 3, 3, 1, 0), (0, 10, INT64_MAX, 1, 0), (2, -100, 2, 1, 2),
])
def test_slice_scatter(dim, start, end, step, size):
    shape = list(X.shape)
    shape[dim] = size
    check_lowering("aten.slice_scatter.default", X, f32(*shape, seed=1), dim, start, end, step)


def test_slice_scatter_defaults():
    check_lowering("aten.slice_scatter.default", X, f32(4, 5, 6, seed=1))
    check_lowering("aten.slice_scatter.default", X.long(), idx(9, 4, 5, 6), 1)


def test_index_add_copy_fill():
    x = f32(4, 5)
    check_lowering("aten.index_add.default", x, 0, torch.tensor([0, 2, 2]), f32(3, 5, seed=1))
    check_lowering("aten.index_add.default", x, -1, torch.tensor([4, 0]), f32(4, 2, seed=1), alpha=-2.5)
    check_lowering("aten.index_add.default", x.long(), 1, torch.tensor([1, 1]), idx(5, 4, 2), alpha=3)
    check_lowering("aten.index_copy.default", x, 1, torch.tensor([3, 0]), f32(4, 2, seed=1))
    check_lowering("aten.index_copy.default", x, 0, torch.tensor([1]), f32(1, 5, seed=1))
    check_lowering("aten.index_fill.int_Scalar", x, 1, torch.tensor([0, 3]), -1.0)
    check_lowering("aten.index_fill.int_Scalar", x.long(), 0, torch.tensor([2]), 7)
    check_lowering("aten.index_fill.int_Tensor", x, -1, torch.tensor([1, 4]), torch.tensor(9.0))


def test_embedding_bag_and_masked_scatter():
    torch.manual_seed(0)
    w, idx, offsets = torch.randn(10, 3), torch.tensor([1, 2, 4, 5, 4, 3, 2, 9]), torch.tensor([0, 4, 4, 8])
    check_lowering("aten._embedding_bag.default", w, idx, offsets, False, 1, False, None, True, -1)
    check_lowering("aten._embedding_bag_forward_only.default", w, idx, offsets[:3], False, 0, False,
                   torch.rand(8), False, -1)
    x, mask = torch.zeros(3, 4), torch.tensor([True, False, True, True])
    check_lowering("aten.masked_scatter.default", x, mask, torch.arange(12.0).reshape(3, 4))


def test_searchsorted_and_bucketize():
    seq = torch.tensor([[1.0, 3.0, 3.0, 7.0], [0.0, 2.0, 4.0, 8.0]])
    values = torch.tensor([[3.0, 0.5, 9.0], [4.0, 4.5, -1.0]])
    check_lowering("aten.searchsorted.Tensor", seq, values)
    check_lowering("aten.searchsorted.Tensor", seq, values, right=True, out_int32=True)
    check_lowering("aten.searchsorted.Scalar", seq[0], 3.0, side="right")
    check_lowering("aten.bucketize.Tensor", values, seq[0], right=True)
    check_lowering("aten.bucketize.Scalar", 3.0, seq[1])


def test_scatter_like_ops():
    torch.manual_seed(0)
    x = torch.randn(3, 4, 5)
    check_lowering("aten.diagonal_scatter.default", x, torch.randn(5, 3), 1, 0, 1)
    check_lowering("aten.as_strided_scatter.default", torch.zeros(12), torch.ones(3, 2), [3, 2], [4, 1], 1)
    check_lowering("aten.put.default", torch.zeros(3, 4), torch.tensor([0, -1, 5, 5]), torch.arange(4.0), True)
    for reduce in ("prod", "mean", "amax", "amin"):
        for include_self in (True, False):
            check_lowering("aten.index_reduce.default", x, 1, torch.tensor([0, 2, 0]), torch.randn(3, 3, 5),
                           reduce, include_self=include_self)


def test_nonzero_with_a_static_count():
    x = torch.tensor([[0, 1], [2, 0]])
    out = run_lowering("aten.nonzero.default", meta_of(torch.nonzero(x)), x)
    assert out.tolist() == [[0, 1], [1, 0]]
    assert run_lowering("aten.argwhere.default", meta_of(torch.argwhere(x)), x).tolist() == [[0, 1], [1, 0]]


def test_data_dependent_ops_with_static_counts():
    """Given torch's count (tests/test_data_dependent.py runs them with data-dependent counts, end to end)."""
    x = torch.tensor([[3.0, 1.0, float("nan")], [1.0, 3.0, 2.0]])
    check_lowering("aten.masked_select.default", x, x > 1.5)
    check_lowering("aten.masked_select.default", x, torch.tensor([True, False, True]))
    check_lowering("aten._unique2.default", x, True, True, True)
    check_lowering("aten._unique2.default", torch.tensor([2, 2, 0, 2]), False, False, True)
    check_lowering("aten.unique_consecutive.default", torch.tensor([1, 1, 2, 1, 3, 3]), True, True)
    check_lowering("aten.bincount.default", torch.tensor([1, 4, 1], dtype=torch.uint8), None, 7)
    check_lowering("aten.bincount.default", torch.tensor([1, 4, 1]), torch.tensor([0.5, 1.0, 2.0]))


def test_boolean_scatters_add_as_logical_or():
    x = torch.tensor([[False, True], [False, False]])
    index = torch.tensor([[0, 0], [1, 0]])
    check_lowering("aten.scatter_add.default", x, 0, index, torch.tensor([[True, False], [False, True]]))
    check_lowering("aten.scatter_reduce.two", x, 0, index, torch.tensor([[True, False], [True, True]]), "prod")
    check_lowering("aten.index_put.default", x, [torch.tensor([0, 0])], torch.tensor([[True, False]]), True)


def test_nonzero_static_pads_and_cuts():
    x = torch.tensor([[0, 1, 3], [2, 0, 0]])
    check_lowering("aten.nonzero_static.default", x, size=5)
    check_lowering("aten.nonzero_static.default", x, size=2, fill_value=7)
