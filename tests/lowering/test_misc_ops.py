"""Histograms, linspace in half precision, 3-d grid sampling, fractional pooling and antialiased resizing
against eager torch."""

import pytest
import torch

import torchtpu_aot.lowering.histogram as histogram
from tests.lowering.harness import check_lowering, imports_torch, untested_ops


def _data(*shape, dtype=torch.float32, seed=0):
    g = torch.Generator().manual_seed(seed)
    return (torch.randn(*shape, generator=g) * 3).to(dtype)


def test_histogram_module_is_torch_free_and_fully_tested():
    assert not imports_torch(histogram.__file__)
    assert untested_ops(histogram.__name__, __file__) == set()


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
@pytest.mark.parametrize("start,end,steps", [(-3.1, 5.7, 8), (0.3, 17.0, 33), (-9.0, -8.9, 5)])
def test_half_linspace_steps_in_the_half_type(dtype, start, end, steps):
    """torch computes half-precision linspace in the half type; histc's bin edges depend on every ulp."""
    check_lowering("aten.linspace.default", start, end, steps, dtype=dtype, rtol=0, atol=0)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64, torch.float16, torch.bfloat16])
@pytest.mark.parametrize("bins,lo,hi", [(10, -2, 3), (7, 0, 0), (4, 1, 1), (1, -10, 10)])
def test_histc(dtype, bins, lo, hi):
    extra = [float(lo), float(hi)] + ([float("nan")] if lo != hi else [])  # NaN data has no min and max
    x = torch.cat([_data(50, dtype=dtype), torch.tensor(extra, dtype=dtype)])
    check_lowering("aten.histc.default", x, bins, lo, hi)


def test_histc_constant_and_empty_input():
    check_lowering("aten.histc.default", torch.full((6,), 2.5), 5, 0, 0)
    check_lowering("aten.histc.default", torch.zeros(0), 5, 0, 0)


@pytest.mark.parametrize("kwargs", [{}, {"range": (-1.0, 2.0)}, {"density": True}, {"range": (1.0, 1.0)}])
@pytest.mark.parametrize("weighted", [False, True])
def test_histogram_bin_ct(kwargs, weighted):
    x = _data(4, 6, dtype=torch.float64)
    weight = _data(4, 6, dtype=torch.float64, seed=1).abs() if weighted else None
    check_lowering("aten.histogram.bin_ct", x, 9, weight=weight, **kwargs)


def test_histogram_bins_tensor():
    x = _data(30)
    edges = torch.tensor([-4.0, -1.0, 0.0, 0.5, 3.0])
    check_lowering("aten.histogram.bins_tensor", x, edges)
    check_lowering("aten.histogram.bins_tensor", x, edges, weight=_data(30, seed=2), density=True)


@pytest.mark.parametrize("bins,kwargs", [([3, 3, 3], {}), ([2, 4, 1], {"range": [-1.0, 1.0, 0.0, 2.0, 5.0, 5.0]}),
                                         ([5, 2, 3], {"density": True})])
def test_histogramdd_from_bin_cts(bins, kwargs):
    x = _data(20, 3)
    check_lowering("aten._histogramdd_bin_edges.default", x, bins, **kwargs)
    check_lowering("aten._histogramdd_from_bin_cts.default", x, bins, **kwargs)


def test_histogramdd_from_bin_tensors():
    x = _data(25, 2, dtype=torch.float64)
    bins = [torch.tensor([-3.0, 0.0, 1.0, 4.0], dtype=torch.float64), torch.tensor([-1.0, 2.0], dtype=torch.float64)]
    check_lowering("aten._histogramdd_from_bin_tensors.default", x, bins, weight=_data(25, seed=3).double(),
                   density=True)


@pytest.mark.parametrize("mode", [0, 1])
@pytest.mark.parametrize("padding", [0, 1, 2])
@pytest.mark.parametrize("align_corners", [False, True])
def test_grid_sampler_3d(mode, padding, align_corners):
    x = _data(2, 3, 4, 5, 6)
    grid = _data(2, 3, 2, 4, 3, seed=1) / 2  # some points outside [-1, 1]
    check_lowering("aten.grid_sampler_3d.default", x, grid, mode, padding, align_corners, rtol=1e-5, atol=1e-5)


def _fractional_samples(*shape):
    return torch.rand(*shape, generator=torch.Generator().manual_seed(5))


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64, torch.float16, torch.bfloat16])
def test_fractional_max_pool2d(dtype):
    x = _data(2, 3, 9, 10, dtype=dtype)
    x[0, 1, 2, :4] = float("nan")
    samples = _fractional_samples(2, 3, 2).to(dtype)
    check_lowering("aten.fractional_max_pool2d.default", x, [3, 2], [4, 3], samples)  # unequal steps per axis
    check_lowering("aten.fractional_max_pool2d.default", x[0], [2, 2], [1, 3], samples[:1])


def test_fractional_max_pool3d():
    x = _data(2, 2, 5, 6, 7)
    check_lowering("aten.fractional_max_pool3d.default", x, [2, 2, 3], [3, 2, 4], _fractional_samples(2, 2, 3))


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64, torch.uint8])
@pytest.mark.parametrize("size,align_corners", [((3, 4), False), ((11, 5), True), ((2, 17), False)])
def test_upsample_bilinear2d_aa(dtype, size, align_corners):
    x = (_data(2, 3, 8, 9).abs() * 20).to(dtype)
    check_lowering("aten._upsample_bilinear2d_aa.default", x, list(size), align_corners)
    check_lowering("aten._upsample_bilinear2d_aa.vec", x, None, align_corners, [0.4, 1.7])
