"""Results whose size depends on the data (nonzero, x[mask], masked_select, unique...), end to end: export ->
save -> load -> run, compared with eager torch, plus the manifest's format-2 field and what is refused."""

import json

import numpy as np
import pytest
import torch

import torchtpu_aot
from tests.test_artifact_errors import rewrite_manifest
from torchtpu_aot import mlir_module
from torchtpu_aot.errors import LoweringError, ManifestError, OptionError
from torchtpu_aot.serve.model import ServedModel, batch_dim


class Selections(torch.nn.Module):
    def forward(self, x, mask):
        nz = torch.nonzero(x)
        rows, cols = torch.nonzero(x > 0, as_tuple=True)
        return {
            "nonzero": nz,
            "scaled": (nz * 2 + 1).float(),   # row-wise ops on the padded result
            "positive": x[x > 0],
            "selected": torch.masked_select(x, mask),
            "unique": torch.unique(x, return_inverse=True, return_counts=True),
            "runs": torch.unique_consecutive(x.flatten(), return_counts=True),
            "rows": rows - cols,
        }


X = torch.tensor([[1.0, -2.0, 3.0], [0.0, 3.0, -1.0]])
MASK = torch.tensor([True, False, True])
CASES = {
    "some": (X, MASK),
    "none": (torch.zeros(2, 3), torch.zeros(3, dtype=torch.bool)),
    "all": (torch.arange(1.0, 7.0).reshape(2, 3), torch.ones(3, dtype=torch.bool)),
    "repeats": (torch.tensor([[2.0, 2.0, 5.0], [5.0, 5.0, 2.0]]), torch.tensor([False, True, False])),
}


def _manifest_of(path):
    with mlir_module.new_context() as ctx:
        module = mlir_module.parse(path.read_text(), ctx)
        return json.loads(mlir_module.read_string_attr(module, mlir_module.MANIFEST_ATTR))


def _rewrite(path, edit, out):
    """A copy of the artifact at ``path`` as ``out``, its manifest changed by ``edit``."""
    out.write_text(path.read_text())
    for weights in path.parent.glob("*.safetensors"):
        (out.parent / weights.name).write_bytes(weights.read_bytes())
    rewrite_manifest(out, edit)
    return out


@pytest.fixture(scope="module")
def artifact(tmp_path_factory):
    return torchtpu_aot.export(Selections(), CASES["some"]).save(tmp_path_factory.mktemp("dd") / "sel.mlir")


@pytest.fixture(scope="module")
def program(artifact):
    return torchtpu_aot.load(artifact)


@pytest.mark.parametrize("case", sorted(CASES))
def test_outputs_equal_torch_whatever_the_count(program, case):
    got, want = program(*CASES[case]), Selections()(*CASES[case])
    flat_got, flat_want = torch.utils._pytree.tree_leaves(got), torch.utils._pytree.tree_leaves(want)
    assert len(flat_got) == len(flat_want)
    for g, w in zip(flat_got, flat_want):
        assert g.shape == tuple(w.shape) and g.dtype == w.numpy().dtype
        np.testing.assert_array_equal(g, w.numpy())


def test_manifest_names_the_dims_and_where_their_lengths_are(artifact):
    m = _manifest_of(artifact)
    assert m["format_version"] == 2
    dims = m["data_dependent_dims"]
    outputs = {e["name"]: e["shape"] for e in m["outputs"]}
    nonzero_dim = outputs["nonzero"][0]
    assert outputs["nonzero"] == [nonzero_dim, 2] and outputs["scaled"] == [nonzero_dim, 2]
    assert dims[nonzero_dim]["max"] == 6 and dims[outputs["selected"][0]]["max"] == 6  # broadcast
    assert outputs["unique.1"] == [2, 3] and outputs["unique.0"] == outputs["unique.2"]
    first = len(m["outputs"])
    assert sorted(d["length_output"] for d in dims.values()) == list(range(first, first + len(dims)))
    assert not m["symbols"]  # data-dependent dims are not dynamic input dims


def test_inspect_shows_each_data_dependent_dim_and_its_bound(artifact):
    from click.testing import CliRunner

    from torchtpu_aot.cli.main import main

    result = CliRunner().invoke(main, ["inspect", str(artifact)])
    assert result.exit_code == 0, result.output
    assert "torchtpu_aot v2" in result.output and "sizes from the data" in result.output
    bounds = _manifest_of(artifact)["data_dependent_dims"]
    assert all(f"{name}  at most {d['max']}" in result.output for name, d in bounds.items())


def test_plain_artifacts_stay_format_1(tmp_path):
    art = torchtpu_aot.export(torch.nn.Linear(3, 2), (torch.randn(4, 3),))
    assert art.manifest.to_json()["format_version"] == 1 and "data_dependent_dims" not in art.manifest.to_json()


def test_bincount_is_bounded_by_a_small_dtype(tmp_path):
    class Counts(torch.nn.Module):
        def forward(self, x):
            return torch.bincount(x, minlength=3)

    x = torch.tensor([1, 2, 2, 7], dtype=torch.uint8)
    program = torchtpu_aot.load(torchtpu_aot.export(Counts(), (x,)).save(tmp_path / "counts.mlir"))
    for values in ([1, 2, 2, 7], [0, 0, 0, 0], [200, 1, 0, 255]):
        v = torch.tensor(values, dtype=torch.uint8)
        np.testing.assert_array_equal(program(v), Counts()(v).numpy())
    with pytest.raises(LoweringError, match="max\\(x\\) \\+ 1 bins.*int64"):
        torchtpu_aot.export(Counts(), (x.long(),))


def test_a_consumer_that_would_read_the_padding_is_refused():
    class Sum(torch.nn.Module):
        def forward(self, x):
            return x[x > 0].sum()

    with pytest.raises(LoweringError) as info:
        torchtpu_aot.export(Sum(), (X,))
    message = str(info.value)
    assert "aten.sum.default" in message and "test_data_dependent.py:" in message
    assert "padded" in message and "torch.where(mask, x, 0)" in message


def test_a_tensor_sized_by_a_data_dependent_size_is_refused():
    class Zeros(torch.nn.Module):
        def forward(self, x):
            return torch.zeros(torch.nonzero(x).shape[0])

    with pytest.raises(LoweringError, match="aten.zeros.default.*known only from the data"):
        torchtpu_aot.export(Zeros(), (X,))


def test_buckets_and_devices_are_refused(artifact):
    with pytest.raises(OptionError, match="depends on the data.*buckets"):
        torchtpu_aot.load(artifact, buckets=[1, 2])
    with pytest.raises(OptionError, match="depends on the data.*devices=2"):
        torchtpu_aot.load(artifact, devices=2)


def test_serving_shows_minus_one_and_never_batches(program):
    assert batch_dim(program.manifest) is None
    served = ServedModel("sel", program, max_batch_size=8)
    outputs = {o["name"]: o["shape"] for o in served.metadata()["outputs"]}
    assert outputs["nonzero"] == [-1, 2] and outputs["unique.1"] == [2, 3]
    assert served.max_batch_size == 1


@pytest.mark.parametrize("edit, problem", [
    (lambda m: m.update(format_version=1), "needs format version 2"),
    (lambda m: m.update(data_dependent_dims=[]), "not a non-empty object"),
    (lambda m: m.update(data_dependent_dims={}), "not a non-empty object"),
    (lambda m: next(iter(m["data_dependent_dims"].values())).update(max=-1), "integer 'max'"),
    (lambda m: next(iter(m["data_dependent_dims"].values())).update(extra=1), "integer 'max'"),
    (lambda m: next(iter(m["data_dependent_dims"].values())).update(length_output=0), "'length_output' results"),
    (lambda m: m["data_dependent_dims"].update(zz={"max": 3, "length_output": 99}), "sizes no output"),
    (lambda m: m["inputs"][0].update(shape=[next(iter(m["data_dependent_dims"])), 3]), "only be a whole dim"),
])
def test_malformed_data_dependent_dims_are_refused(artifact, tmp_path, edit, problem):
    path = _rewrite(artifact, edit, tmp_path / "bad.mlir")
    with pytest.raises(ManifestError, match=problem):
        torchtpu_aot.load(path)
