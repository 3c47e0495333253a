"""The Python API on models written on the spot: export -> save -> load -> call, and what it promises."""

from __future__ import annotations

import typing

import numpy as np
import pytest
import torch
from torch import nn

import torchtpu_aot
from torchtpu_aot.compare import compare
from torchtpu_aot.errors import ArtifactError, InputError, UnsupportedOpsError


class SmallConvNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 6, 3, padding=1)
        self.bn = nn.BatchNorm2d(6)
        self.fc = nn.Linear(6, 4)

    def forward(self, x, *, shift, gain=1.0):
        h = torch.relu(self.bn(self.conv(x)))
        pooled = h.mean(dim=(2, 3))
        return {"scores": self.fc(pooled) * gain + shift, "stats": (pooled.amax(dim=1), h.flatten(1))}


def _roundtrip(model, args, kwargs, tmp_path, **save_options):
    art = torchtpu_aot.export(model, args, kwargs)
    path = art.save(tmp_path / "m.mlir", **save_options)
    return art, torchtpu_aot.load(path)


def test_model_written_on_the_spot_with_kwargs_and_dict_output(tmp_path):
    torch.manual_seed(0)
    model = SmallConvNet().eval()
    x, shift = torch.randn(2, 3, 8, 8), torch.randn(4)
    _, program = _roundtrip(model, (x,), {"shift": shift, "gain": 3.0}, tmp_path)
    with torch.no_grad():
        want = model(x, shift=shift, gain=3.0)
    got = program(x.numpy(), shift=shift.numpy(), gain=3.0)
    assert set(got) == {"scores", "stats"} and isinstance(got["stats"], tuple)
    assert all(e.within(1e-5) for e in compare(want, got))
    # torch tensors work as inputs too, and new values (same shapes) give new, right answers.
    x2 = torch.randn(2, 3, 8, 8)
    with torch.no_grad():
        want2 = model(x2, shift=shift, gain=3.0)
    assert all(e.within(1e-5) for e in compare(want2, program(x2, shift=shift, gain=3.0)))
    assert program.input_names == ["x", "shift"]
    assert program.output_names == ["scores", "stats.0", "stats.1"]


def test_exporting_twice_gives_identical_bytes(tmp_path):
    torch.manual_seed(0)
    model = SmallConvNet().eval()
    args, kwargs = (torch.randn(1, 3, 8, 8),), {"shift": torch.zeros(4)}
    for folder in ("a", "b"):
        torchtpu_aot.export(model, args, kwargs).save(tmp_path / folder / "m.mlir")
    for name in ("m.mlir", "m.safetensors"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


@pytest.mark.parametrize("options", [dict(format="bytecode"), dict(format="bytecode", target_version="1.0.0"),
                                     dict(inline_weights=True), dict(format="bytecode", inline_weights=True)])
def test_bytecode_and_inline_weights_give_the_same_numbers(tmp_path, options):
    torch.manual_seed(0)
    model = SmallConvNet().eval()
    x, shift = torch.randn(2, 3, 8, 8), torch.randn(4)
    art, program = _roundtrip(model, (x,), {"shift": shift}, tmp_path, **options)
    data = (tmp_path / "m.mlir").read_bytes()
    assert data.startswith(b"ML\xefR") == (options.get("format") == "bytecode")
    assert (tmp_path / "m.safetensors").exists() != bool(options.get("inline_weights"))
    text_program = torchtpu_aot.load(art.save(tmp_path / "text" / "m.mlir"))
    want = text_program(x, shift=shift)
    got = program(x, shift=shift)
    for e in compare(want, got):
        assert e.max_abs == 0, e


def test_mutated_buffers_come_back_and_update_the_program(tmp_path):
    class Counting(nn.Module):
        def __init__(self):
            super().__init__()
            self.bn = nn.BatchNorm1d(3)
            self.register_buffer("calls", torch.zeros((), dtype=torch.int64))

        def forward(self, x):
            self.calls.add_(1)
            return self.bn(x)

    torch.manual_seed(0)
    model = Counting().train()
    x = torch.randn(8, 3)
    art = torchtpu_aot.export(model, (x,))
    mutated = {m["buffer"] for m in art.manifest.to_json()["mutated_buffers"]}
    assert mutated == {"calls", "bn.running_mean", "bn.running_var", "bn.num_batches_tracked"}
    program = torchtpu_aot.load(art.save(tmp_path / "m.mlir"))
    eager = Counting().train()
    eager.load_state_dict({k: v for k, v in model.state_dict().items()})
    for _ in range(2):
        batch = torch.randn(8, 3)
        with torch.no_grad():
            want = eager(batch)
        np.testing.assert_allclose(program(batch), want.numpy(), rtol=1e-5, atol=1e-5)
    with pytest.raises(ArtifactError, match="mutates its buffers"):
        art.save(tmp_path / "inline.mlir", inline_weights=True)
    state = program.buffers()
    assert int(state["calls"]) == 2 and int(state["bn.num_batches_tracked"]) == 2
    np.testing.assert_allclose(state["bn.running_mean"], eager.bn.running_mean.numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(state["bn.running_var"], eager.bn.running_var.numpy(), rtol=1e-5, atol=1e-6)


def test_int64_inputs_stay_int64_without_touching_jax_config(tmp_path):
    import jax

    class Gather(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(10, 4)

        def forward(self, ids):
            return self.emb(ids), ids * 3

    model = Gather().eval()
    ids = torch.tensor([[1, 9, 3]], dtype=torch.int64)
    program = torchtpu_aot.load(torchtpu_aot.export(model, (ids,)).save(tmp_path / "m.mlir"))
    before = jax.config.jax_enable_x64
    emb, tripled = program(ids)
    assert jax.config.jax_enable_x64 == before
    assert tripled.dtype == np.int64 and tripled.tolist() == [[3, 27, 9]]
    np.testing.assert_allclose(emb, model.emb.weight.detach().numpy()[[1, 9, 3]][None], rtol=0, atol=0)


def test_wrong_inputs_fail_before_running(tmp_path):
    torch.manual_seed(0)
    program = _roundtrip(SmallConvNet().eval(), (torch.randn(2, 3, 8, 8),), {"shift": torch.zeros(4), "gain": 1.0},
                         tmp_path)[1]
    x, shift = np.zeros((2, 3, 8, 8), np.float32), np.zeros(4, np.float32)
    with pytest.raises(InputError, match="dtype float64"):
        program(x.astype(np.float64), shift=shift)
    with pytest.raises(InputError, match=r"dim 0 must be 2"):
        program(np.zeros((3, 3, 8, 8), np.float32), shift=shift)
    with pytest.raises(InputError, match="missing"):
        program(x)
    with pytest.raises(InputError, match="fixed to 1.0"):
        program(x, shift=shift, gain=2.0)
    assert program(x, shift=shift)["scores"].shape == (2, 4)  # a constant keyword may be left out


@torch.library.custom_op("torchtpu_test::mystery_a", mutates_args=())
def _mystery_a(x: torch.Tensor) -> torch.Tensor:
    return x.clone()


@torch.library.custom_op("torchtpu_test::mystery_b", mutates_args=())
def _mystery_b(x: torch.Tensor) -> torch.Tensor:
    return x.clone()


_mystery_a.register_fake(lambda x: torch.empty_like(x))
_mystery_b.register_fake(lambda x: torch.empty_like(x))


def test_every_unsupported_op_is_reported_at_once_with_file_and_line():
    class TwoUnknownOps(nn.Module):
        def forward(self, x):
            y = torch.ops.torchtpu_test.mystery_a(x)
            return torch.ops.torchtpu_test.mystery_b(y) + 1

    with pytest.raises(UnsupportedOpsError) as info:
        torchtpu_aot.export(TwoUnknownOps(), (torch.randn(3),))
    message = str(info.value)
    assert info.value.ops == ["torchtpu_test.mystery_a.default", "torchtpu_test.mystery_b.default"]
    assert "2 operators have no lowering" in message and "\n" not in message
    assert "tests/test_api.py:" in message and "mystery_a(x)" in message and "mystery_b(y)" in message


def test_platform_choice_is_recorded(tmp_path):
    model = nn.Linear(3, 2)
    art = torchtpu_aot.export(model, (torch.randn(1, 3),), platforms=["cpu"])
    assert art.manifest.to_json()["platforms"] == ["cpu"] and not art.manifest.to_json()["platform_index_argument"]
    assert "_platform_index" not in art.program
    program = torchtpu_aot.load(art.save(tmp_path / "cpu.mlir"))
    assert program(np.ones((1, 3), np.float32)).shape == (1, 2)


def test_program_compiles_once_per_input_shape(tmp_path):
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU()).eval()
    program = torchtpu_aot.load(torchtpu_aot.export(model, (torch.randn(2, 3),)).save(tmp_path / "m.mlir"))
    for _ in range(3):
        program(np.random.rand(2, 3).astype(np.float32))
    assert program.compilations == 1


def test_a_buffer_overwritten_without_being_read_is_still_carried(tmp_path):
    class Cache(nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("last", torch.zeros(3))

        def forward(self, x):
            self.last.copy_(x * 2)
            return x + 1

    program = torchtpu_aot.load(torchtpu_aot.export(Cache(), (torch.zeros(3),)).save(tmp_path / "m.mlir"))
    program(np.array([1.0, 2.0, 3.0], np.float32))
    np.testing.assert_array_equal(program.buffers()["last"], [2.0, 4.0, 6.0])


def test_dynamic_dims_keep_their_names_and_ranges(tmp_path):
    from torch.export import Dim

    class Scale(nn.Module):
        def forward(self, x, *, y):
            return (x * 2 + y).sum(dim=1)

    batch = Dim("batch", min=1, max=16)
    art = torchtpu_aot.export(Scale(), (torch.randn(4, 3),), {"y": torch.randn(4, 3)},
                              dynamic_shapes={"x": {0: batch}, "y": {0: batch}})
    assert art.manifest.to_json()["symbols"] == {"batch": {"min": 1, "max": 16, "dims": ["x:0", "y:0"]}}
    assert [e["shape"] for e in art.manifest.to_json()["inputs"]] == [["batch", 3], ["batch", 3]]
    assert art.manifest.to_json()["outputs"][0]["shape"] == ["batch"]
    program = torchtpu_aot.load(art.save(tmp_path / "m.mlir"))
    for n in (1, 5, 16):
        x, y = np.random.rand(n, 3).astype(np.float32), np.random.rand(n, 3).astype(np.float32)
        np.testing.assert_allclose(program(x, y=y), (x * 2 + y).sum(1), rtol=1e-6)
    with pytest.raises(InputError, match=r"outside the range \[1, 16\] of the dynamic dim 'batch'"):
        program(np.zeros((17, 3), np.float32), y=np.zeros((17, 3), np.float32))
    with pytest.raises(InputError, match="inputs sharing a dim must agree"):
        program(np.zeros((2, 3), np.float32), y=np.zeros((3, 3), np.float32))


def test_an_artifact_for_other_platforms_is_refused_at_load(tmp_path):
    from torchtpu_aot.errors import PlatformError

    path = torchtpu_aot.export(nn.Linear(3, 2), (torch.randn(2, 3),), platforms=["tpu"]).save(tmp_path / "t.mlir")
    with pytest.raises(PlatformError, match=r"lowered for tpu, but JAX runs on cpu here.*--platforms tpu,cpu"):
        torchtpu_aot.load(path)


def test_bfloat16_weights_and_in_place_inputs_round_trip(tmp_path):
    class Bump(nn.Module):
        def __init__(self):
            super().__init__()
            self.scale = nn.Parameter(torch.tensor([0.5, 1.5, 3.0], dtype=torch.bfloat16))

        def forward(self, x):
            x.add_(1)
            return x * self.scale

    x = torch.tensor([[1.0, 2.0, 3.0]], dtype=torch.bfloat16)
    program = torchtpu_aot.load(torchtpu_aot.export(Bump(), (x.clone(),)).save(tmp_path / "bf16.mlir"))
    assert program.buffers()["scale"].dtype.name == "bfloat16"
    given = x.clone()
    out = program(given)
    assert given.tolist() == [[2.0, 3.0, 4.0]]  # written back through torch's bfloat16
    np.testing.assert_array_equal(out.astype(np.float32), [[1.0, 4.5, 12.0]])


class TwoInputs(nn.Module):
    def forward(self, x, mask, *, scale=2.0):
        return x * mask * scale


def test_positional_inputs_by_their_forward_names(tmp_path):
    x, mask = torch.randn(2, 3), (torch.rand(2, 3) > 0.5).float()
    _, program = _roundtrip(TwoInputs(), (x, mask), {}, tmp_path)
    want = program(x.numpy(), mask.numpy())
    np.testing.assert_array_equal(program(x=x.numpy(), mask=mask.numpy()), want)
    np.testing.assert_array_equal(program(mask=mask.numpy(), x=x.numpy()), want)  # any order, as in Python
    np.testing.assert_array_equal(program(x.numpy(), mask=mask.numpy()), want)
    with pytest.raises(InputError, match=r"given by name, but the positional inputs \['x'\]"):
        program(mask=mask.numpy())


class NamedResults(nn.Module):
    def forward(self, x):
        return torch.topk(x, 3), x.max(dim=1), torch.sort(x, dim=1, descending=True), Pair(x.sum(), x.amin())


class Pair(typing.NamedTuple):
    total: torch.Tensor
    low: torch.Tensor


def test_named_tuple_outputs_come_back_with_their_field_names(tmp_path):
    x = torch.randn(4, 6)
    art, program = _roundtrip(NamedResults(), (x,), {}, tmp_path)
    assert art.manifest.format_version == 3  # an older runtime would return plain tuples: it refuses the file
    top, best, ordered, pair = program(x.numpy())
    want = NamedResults()(x)
    assert (type(top).__name__, top._fields) == ("topk", ("values", "indices"))
    assert (type(best).__name__, best._fields) == ("max", ("values", "indices"))
    assert (type(ordered).__name__, ordered._fields) == ("sort", ("values", "indices"))
    assert (type(pair).__name__, pair._fields) == ("Pair", ("total", "low"))
    np.testing.assert_allclose(top.values, want[0].values.numpy(), rtol=1e-6)
    np.testing.assert_array_equal(best.indices, want[1].indices.numpy())
    np.testing.assert_array_equal(ordered.indices, want[2].indices.numpy())
    assert all(e.within(1e-5) for e in compare(want, (top, best, ordered, pair)))
    assert program.output_names == ["0.values", "0.indices", "1.values", "1.indices", "2.values", "2.indices",
                                    "3.total", "3.low"]


class Numbers(nn.Module):
    def forward(self, x):
        return x * 2, x.sum().item(), x.shape[0] + 1, (x > 0).any().item()


def test_python_numbers_the_model_returns_come_back_as_0d_arrays(tmp_path):
    from torch.export import Dim

    x = torch.randn(3, 4)
    art = torchtpu_aot.export(Numbers(), (x,), dynamic_shapes=({0: Dim("batch", min=2, max=8)},))
    assert [(e.name, e.dtype, e.shape) for e in art.manifest.outputs[1:]] == [
        ("1", "float64", ()), ("2", "int64", ()), ("3", "bool", ())]
    assert list(art.manifest.symbols) == ["batch"]  # .item()'s float is a value, not a dynamic dim
    program = torchtpu_aot.load(art.save(tmp_path / "m.mlir"))
    for rows in (3, 5):
        y = torch.randn(rows, 4)
        doubled, total, size, positive = program(y.numpy())
        assert total.shape == () and abs(float(total) - y.sum().item()) <= 1e-5 * y.abs().sum().item()
        assert int(size) == rows + 1 and bool(positive) == (y > 0).any().item()
