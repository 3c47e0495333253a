import jax
import numpy as np
import pytest
import torch

import torchtpu_aot.lowering.creation as creation
from tests.lowering.harness import check_lowering, imports_torch, untested_ops
from torchtpu_aot.lowering.registry import LoweringContext, TensorMeta, lookup

CPU = torch.device("cpu")


def test_module_is_torch_free_and_fully_tested():
    assert not imports_torch(creation.__file__)
    assert untested_ops(creation.__name__, __file__) == set()


@pytest.mark.parametrize("args,kwargs", [
    ((5,), {}), ((5.5,), {}), ((0,), {}), ((7,), {"dtype": torch.float32}), ((10,), {"dtype": torch.bfloat16}),
    ((4,), {"dtype": torch.int32, "layout": torch.strided, "device": CPU, "pin_memory": False}),
])
def test_arange_end(args, kwargs):
    check_lowering("aten.arange.default", *args, **kwargs)


@pytest.mark.parametrize("args", [(2, 9), (-3, 3), (0.5, 4), (5, 5), (-2.5, 1.25)])
def test_arange_start(args):
    check_lowering("aten.arange.start", *args)


@pytest.mark.parametrize("args,kwargs", [
    ((0, 10, 3), {}), ((10, 0, -3), {}), ((0, 1, 0.1), {}), ((1, 2.5, 0.5), {}), ((-1, 1, 0.25), {}),
    ((0, 5, 2), {"dtype": torch.float32}), ((0.0, 3.0, 0.5), {"dtype": torch.float64}),
    ((0, 100, 7), {"dtype": torch.int16}),
])
def test_arange_start_step(args, kwargs):
    check_lowering("aten.arange.start_step", *args, **kwargs)


def test_full_zeros_ones_empty():
    check_lowering("aten.full.default", [2, 3], 1.5)
    check_lowering("aten.full.default", [2, 3], 7)
    check_lowering("aten.full.default", [2], True)
    check_lowering("aten.full.default", [2, 3], 2.7, dtype=torch.int64)
    check_lowering("aten.full.default", [], float("-inf"), dtype=torch.bfloat16, device=CPU)
    check_lowering("aten.full.default", [0, 4], 1.0)
    check_lowering("aten.zeros.default", [3, 1])
    check_lowering("aten.zeros.default", [3], dtype=torch.bool)
    check_lowering("aten.ones.default", [2, 2], dtype=torch.int8, layout=torch.strided, pin_memory=False)
    check_lowering("aten.ones.default", [4])
    check_lowering("aten.empty.memory_format", [2, 3], values=False)
    check_lowering("aten.empty.memory_format", [2], dtype=torch.int64, memory_format=torch.contiguous_format,
                   values=False)
    check_lowering("aten.empty_strided.default", [2, 3], [3, 1], dtype=torch.float16, values=False)


def test_like_and_new():
    x = torch.randn(2, 3)
    i = torch.tensor([[1, 2]], dtype=torch.int32)
    check_lowering("aten.full_like.default", x, 4)
    check_lowering("aten.full_like.default", i, 4.9)
    check_lowering("aten.full_like.default", x, 2, dtype=torch.int64, memory_format=torch.preserve_format)
    check_lowering("aten.zeros_like.default", x)
    check_lowering("aten.zeros_like.default", i, dtype=torch.bool)
    check_lowering("aten.ones_like.default", i)
    check_lowering("aten.ones_like.default", x, dtype=torch.bfloat16)
    check_lowering("aten.empty_like.default", x, values=False)
    check_lowering("aten.empty_like.default", x, dtype=torch.int64, values=False)
    check_lowering("aten.new_zeros.default", i, [3, 4])
    check_lowering("aten.new_zeros.default", x, [2], dtype=torch.float64)
    check_lowering("aten.new_ones.default", x, [1, 5])
    check_lowering("aten.new_ones.default", i, [2], dtype=torch.float16)
    check_lowering("aten.new_full.default", i, [2, 2], 3)
    check_lowering("aten.new_full.default", x, [3], -1.5, dtype=torch.int64)
    check_lowering("aten.new_empty.default", x, [4, 4], values=False)
    check_lowering("aten.new_empty_strided.default", i, [4, 4], [4, 1], values=False)


def test_scalar_tensor_and_fill():
    check_lowering("aten.scalar_tensor.default", 3.5)
    check_lowering("aten.scalar_tensor.default", 3)
    check_lowering("aten.scalar_tensor.default", 3.5, dtype=torch.int32)
    check_lowering("aten.scalar_tensor.default", True, dtype=torch.bool, device=CPU)
    x = torch.randn(2, 3)
    check_lowering("aten.fill.Scalar", x, 2)
    check_lowering("aten.fill.Scalar", torch.tensor([1, 2]), 2.9)
    check_lowering("aten.fill.Tensor", x, torch.tensor(-1.25))
    check_lowering("aten.fill.Tensor", torch.tensor([True, False]), torch.tensor(0.0))


def test_eye():
    check_lowering("aten.eye.default", 3)
    check_lowering("aten.eye.default", 0)
    check_lowering("aten.eye.default", 4, dtype=torch.bool)
    check_lowering("aten.eye.m", 2, 5)
    check_lowering("aten.eye.m", 5, 2, dtype=torch.int64)


@pytest.mark.parametrize("start,end,steps", [(0, 1, 5), (-3.5, 7.25, 11), (10, -10, 100), (2, 2, 3), (0, 1, 1),
                                             (0, 1, 0), (0, 10, 2)])
def test_linspace(start, end, steps):
    check_lowering("aten.linspace.default", start, end, steps)
    check_lowering("aten.linspace.default", start, end, steps, dtype=torch.int64)


def test_linspace_dtypes_and_tensor_bounds():
    check_lowering("aten.linspace.default", 0, 7, 15, dtype=torch.bfloat16)
    check_lowering("aten.linspace.default", -1, 1, 9, dtype=torch.float64)
    check_lowering("aten.linspace.default", -5, 5, 7, dtype=torch.int32)
    check_lowering("aten.linspace.Tensor_Tensor", torch.tensor(1.0), torch.tensor(4.0), 7)
    check_lowering("aten.linspace.Tensor_Scalar", torch.tensor(1.0), 4, 6)
    check_lowering("aten.linspace.Scalar_Tensor", -2, torch.tensor(4.0), 5, dtype=torch.float64)


def test_symbolic_sizes_export():
    """Factories take their sizes from symbolic dims, as the converter passes them under jax.export."""
    (n,) = jax.export.symbolic_shape("n")
    f32, i64 = np.dtype(np.float32), np.dtype(np.int64)

    def fn(x):
        dim = x.shape[0]
        z = lookup("aten.zeros.default")(LoweringContext("aten.zeros.default", "z", TensorMeta((dim, 2), f32)),
                                         [dim, 2])
        a = lookup("aten.arange.default")(LoweringContext("aten.arange.default", "a", TensorMeta((dim,), i64)), dim)
        f = lookup("aten.full.default")(LoweringContext("aten.full.default", "f", TensorMeta((dim,), i64)), [dim], dim)
        e = lookup("aten.eye.default")(LoweringContext("aten.eye.default", "e", TensorMeta((dim, dim), f32)), dim)
        return z, a, f, e

    with jax.enable_x64(True):
        exported = jax.export.export(jax.jit(fn))(jax.ShapeDtypeStruct((n,), np.float32))
        z, a, f, e = exported.call(np.zeros(4, np.float32))
    assert z.shape == (4, 2) and a.tolist() == [0, 1, 2, 3] and f.tolist() == [4] * 4
    assert np.array_equal(e, np.eye(4, dtype=np.float32))


def test_triangle_indices_and_empty_permuted():
    check_lowering("aten.tril_indices.default", 4, 3, -1)
    check_lowering("aten.triu_indices.default", 3, 5, 1)
    check_lowering("aten.empty_permuted.default", [2, 3, 4], [2, 0, 1], values=False)
