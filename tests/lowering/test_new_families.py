"""The Core ATen opset is fully lowered; lowerings of the backward, resampling, spectral and random families."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import torchtpu_aot
from tests.lowering.harness import check_lowering, imports_torch
from torchtpu_aot.lowering import is_random, registered_ops
from torchtpu_aot.lowering.registry import TensorMeta


def test_every_core_aten_op_has_a_lowering() -> None:
    lowered = set(registered_ops())
    core = set()
    for name in torch._C._dispatch_get_all_op_names():
        if not name.startswith("aten::"):
            continue
        packet = getattr(torch.ops.aten, name[6:].split(".")[0], None)
        overload = name.split(".", 1)[1] if "." in name else "default"
        op = getattr(packet, overload, None) if packet is not None else None
        if op is not None and torch.Tag.core in op.tags:
            core.add(str(op))
    assert len(core) >= 189
    assert sorted(core - lowered) == []


@pytest.mark.parametrize("module", ["backward", "random", "sampling", "spectral", "special"])
def test_lowering_modules_import_no_torch(module) -> None:
    assert not imports_torch(f"torchtpu_aot/lowering/{module}.py")


def test_convolution_backward_matches_autograd() -> None:
    torch.manual_seed(0)
    x, w = torch.randn(2, 3, 7, 7), torch.randn(4, 3, 3, 3)
    grad = torch.randn(2, 4, 4, 4)
    check_lowering("aten.convolution_backward.default", grad, x, w, [4], [2, 2], [1, 1], [1, 1], False, [0, 0], 1,
                   [True, True, True], rtol=1e-4, atol=1e-4)


def test_pooling_with_indices_and_its_backward() -> None:
    torch.manual_seed(0)
    x = torch.randn(2, 3, 9, 8)
    x[0, 0, 0, 0] = float("nan")
    values, indices = check_lowering("aten.max_pool2d_with_indices.default", x, [3, 3], [2, 2], [1, 1], [1, 1], True)
    grad = torch.randn(values.shape)
    check_lowering("aten.max_pool2d_with_indices_backward.default", grad, x, [3, 3], [2, 2], [1, 1], [1, 1], True,
                   torch.from_numpy(indices))
    check_lowering("aten.avg_pool2d_backward.default", grad, x, [3, 3], [2, 2], [1, 1], True, False, None,
                   rtol=1e-5, atol=1e-5)


def test_norm_backwards_match_autograd() -> None:
    torch.manual_seed(0)
    x, w, b = torch.randn(4, 6), torch.randn(6), torch.randn(6)
    _, mean, rstd = torch.ops.aten.native_layer_norm(x, [6], w, b, 1e-5)
    check_lowering("aten.native_layer_norm_backward.default", torch.randn(4, 6), x, [6], mean, rstd, w, b,
                   [True, True, True], rtol=1e-4, atol=1e-4)
    xg = torch.randn(2, 6, 5)
    _, gmean, grstd = torch.ops.aten.native_group_norm(xg, w, b, 2, 6, 5, 3, 1e-5)
    check_lowering("aten.native_group_norm_backward.default", torch.randn(2, 6, 5), xg, gmean, grstd, w, 2, 6, 5, 3,
                   [True, True, True], rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("align_corners", [False, True])
def test_upsample_and_grid_sample(align_corners) -> None:
    torch.manual_seed(0)
    x = torch.randn(1, 2, 5, 7)
    check_lowering("aten.upsample_bilinear2d.vec", x, None, align_corners, [1.7, 2.3], rtol=1e-5, atol=1e-5)
    check_lowering("aten.upsample_bicubic2d.default", x, [9, 4], align_corners, rtol=1e-5, atol=1e-5)
    check_lowering("aten.upsample_nearest2d.vec", x, [11, 3], None)
    grid = torch.rand(1, 4, 6, 2) * 2.4 - 1.2
    for mode in (0, 1, 2):
        for padding in (0, 1, 2):
            check_lowering("aten.grid_sampler_2d.default", x, grid, mode, padding, align_corners, rtol=1e-5,
                           atol=1e-5)


def test_reflection_and_replication_padding_with_crops() -> None:
    x = torch.arange(2 * 4 * 5, dtype=torch.float32).reshape(1, 2, 4, 5)
    check_lowering("aten.reflection_pad2d.default", x, [2, 3, 1, 2])
    check_lowering("aten.replication_pad2d.default", x, [-1, 3, 2, -2])


def test_fft_round_trip_and_strided_views() -> None:
    torch.manual_seed(0)
    x = torch.randn(4, 6)
    spectrum = check_lowering("aten._fft_r2c.default", x, [0, 1], 2, True, rtol=1e-5, atol=1e-5)
    check_lowering("aten._fft_c2r.default", torch.from_numpy(spectrum), [0, 1], 0, 6, rtol=1e-4, atol=1e-4)
    check_lowering("aten.as_strided.default", torch.arange(12.0), [3, 2], [2, 3], 1)
    check_lowering("aten.diagonal.default", torch.randn(3, 4, 5), 1, 2, 0)
    check_lowering("aten.col2im.default", torch.randn(1, 12, 6), [4, 5], [2, 2], [1, 1], [0, 0], [1, 2])


def test_embedding_bag_modes() -> None:
    torch.manual_seed(0)
    w, idx, offsets = torch.randn(10, 3), torch.tensor([1, 2, 4, 5, 4, 3, 2, 9]), torch.tensor([0, 4, 4])
    for mode in (0, 1, 2):
        check_lowering("aten._embedding_bag.default", w, idx, offsets, False, mode, False, None, False, 2)


def test_random_lowerings_draw_torchs_distributions() -> None:
    stream_out = TensorMeta((4000,), np.dtype(np.float32))
    assert is_random("aten.rand.default") and not is_random("aten.native_dropout.default", (None, 0.5, False))
    import jax

    from torchtpu_aot.lowering.random import RngStream, initial_state

    with jax.enable_x64(True):
        stream = RngStream(jax.numpy.asarray(initial_state(7)))
        u = np.asarray(stream.uniform(stream_out.shape, np.float32))
        z = np.asarray(stream.normal(stream_out.shape, np.float32))
    assert 0 <= u.min() and u.max() < 1 and abs(u.mean() - 0.5) < 0.03
    assert abs(z.mean()) < 0.06 and abs(z.std() - 1) < 0.05


class _Noisy(torch.nn.Module):
    def forward(self, x):
        return torch.nn.functional.dropout(x, 0.25, training=True), torch.randn(64, 64)


def test_random_program_seed_is_recorded_settable_and_advances(tmp_path) -> None:
    artifact = torchtpu_aot.export(_Noisy(), (torch.ones(50, 40),), platforms=("cpu",))
    rng = [w for w in artifact.manifest.to_json()["weights"]["tensors"] if w.get("role") == "rng"]
    assert rng == [{"name": "torchtpu.rng_state", "role": "rng", "dtype": "uint32", "shape": [4], "seed": 0}]
    assert artifact.manifest.to_json()["mutated_buffers"][0]["buffer"] == "torchtpu.rng_state"
    artifact.save(tmp_path / "noisy.mlir")
    program = torchtpu_aot.load(tmp_path / "noisy.mlir", seed=5)
    (kept, noise), (_, noise2) = program(np.ones((50, 40), np.float32)), program(np.ones((50, 40), np.float32))
    assert set(np.unique(kept)) <= {0.0, np.float32(1 / 0.75)} and 0.2 < (kept == 0).mean() < 0.3
    assert abs(noise.mean()) < 0.05 and abs(noise.std() - 1) < 0.05
    assert not np.array_equal(noise, noise2)
    program.seed = 5
    assert np.array_equal(program(np.ones((50, 40), np.float32))[1], noise) and program.seed == 5
    with pytest.raises(torchtpu_aot.TorchTPUError):
        program.seed = -1


def test_batch_norm_with_update_returns_new_running_stats() -> None:
    torch.manual_seed(0)
    x, w, b = torch.randn(4, 3, 5), torch.randn(3), torch.randn(3)
    check_lowering("aten._batch_norm_with_update_functional.default", x, w, b, torch.zeros(3), torch.ones(3), 0.1,
                   1e-5, rtol=1e-5, atol=1e-5)
    check_lowering("aten._native_batch_norm_legit.default", x.double(), w.double(), b.double(), torch.zeros(3).double(),
                   torch.ones(3).double(), True, 0.1, 1e-5)


@pytest.mark.parametrize("name", ["chebyshev_polynomial_t", "chebyshev_polynomial_u", "chebyshev_polynomial_v",
                                  "chebyshev_polynomial_w", "hermite_polynomial_h", "hermite_polynomial_he",
                                  "laguerre_polynomial_l", "legendre_polynomial_p", "shifted_chebyshev_polynomial_t"])
def test_orthogonal_polynomials_follow_torchs_recurrences(name) -> None:
    torch.manual_seed(0)
    x = torch.cat([torch.randn(20), torch.tensor([1.0, -1.0, 0.0, 0.5])])
    n = torch.randint(-1, 12, (24,)).float()
    check_lowering(f"aten.special_{name}.default", x, n, rtol=1e-4, atol=1e-4)


def test_ops_command_lists_statuses_and_the_core_view() -> None:
    from click.testing import CliRunner

    from torchtpu_aot.cli.commands import ops_cmd

    core = CliRunner().invoke(ops_cmd, ["--core"])
    assert core.exit_code == 0, core.output
    lines = core.output.splitlines()
    assert all(line.endswith("core") for line in lines[:-1]) and len(lines) > 189
    assert "aten.convolution.default" in core.output
    assert [line for line in lines[:-1] if line.split()[1] != "lowered"] == []
    assert ", 0 missing" in lines[-1] and "core ATen ops:" in lines[-1]
    missing = CliRunner().invoke(ops_cmd, ["--status", "missing"]).output.splitlines()
    assert all(line.split()[1] == "missing" for line in missing[:-1])
    assert "aten._to_sparse.default" in "\n".join(missing)  # sparse layouts have no StableHLO form
