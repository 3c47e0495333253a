"""The ONNX frontend end to end: artifact format, dynamic dims, weights, errors, external data, old opsets, CLI."""

from __future__ import annotations

import json

import numpy as np
import onnx
import pytest
import safetensors.numpy
from click.testing import CliRunner
from onnx import TensorProto, helper, numpy_helper

import torchtpu_aot
from torchtpu_aot.cli.main import main as cli_main
from torchtpu_aot.errors import ExportError, ModelFileError, UnsupportedOpsError

RNG = np.random.default_rng(0)
W1 = RNG.standard_normal((8, 16)).astype(np.float32)
B1 = RNG.standard_normal(16).astype(np.float32)
W2 = RNG.standard_normal((16, 4)).astype(np.float32)


def mlp_model(opset: int = 17) -> onnx.ModelProto:
    """x[N, 8] -> MatMul/Add/Relu/MatMul -> Softmax -> y[N, 4], with a symbolic batch dim named N."""
    nodes = [
        helper.make_node("MatMul", ["x", "w1"], ["h0"], name="fc1"),
        helper.make_node("Add", ["h0", "b1"], ["h1"], name="bias1"),
        helper.make_node("Relu", ["h1"], ["h2"], name="act"),
        helper.make_node("MatMul", ["h2", "w2"], ["h3"], name="fc2"),
        helper.make_node("Softmax", ["h3"], ["y"], name="probs", axis=-1),
    ]
    graph = helper.make_graph(
        nodes, "tiny_mlp",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 8])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 4])],
        [numpy_helper.from_array(W1, "w1"), numpy_helper.from_array(B1, "b1"), numpy_helper.from_array(W2, "w2")],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])


def mlp_reference(x: np.ndarray) -> np.ndarray:
    h = np.maximum(x @ W1 + B1, 0) @ W2
    e = np.exp(h - h.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def test_artifact_keeps_names_weights_and_dynamic_batch(tmp_path):
    artifact = torchtpu_aot.export_onnx(mlp_model(), platforms=("cpu",))
    path = artifact.save(tmp_path / "mlp.mlir")
    m = artifact.manifest.to_json()
    assert [e["name"] for e in m["inputs"]] == ["x"] and m["inputs"][0]["shape"] == ["N", 8]
    assert [e["name"] for e in m["outputs"]] == ["y"] and m["outputs"][0]["shape"] == ["N", 4]
    assert list(m["symbols"]) == ["N"] and (m["symbols"]["N"]["min"], m["symbols"]["N"]["max"]) == (1, None)
    assert m["producer"]["onnx"] == onnx.__version__ and m["producer"]["onnx_opset"] == "17"
    stored = safetensors.numpy.load_file(tmp_path / "mlp.safetensors")
    assert sorted(stored) == ["b1", "w1", "w2"]
    np.testing.assert_array_equal(stored["w1"], W1)
    program = torchtpu_aot.load(path)
    for batch in (1, 5):
        x = RNG.standard_normal((batch, 8)).astype(np.float32)
        (y,) = program(x)
        np.testing.assert_allclose(y, mlp_reference(x), rtol=1e-5, atol=1e-6)
    assert program.run_named({"x": x})["y"].shape == (5, 4)


def test_same_model_gives_byte_identical_files(tmp_path):
    first = torchtpu_aot.export_onnx(mlp_model(), platforms=("cpu",)).save(tmp_path / "a" / "m.mlir")
    second = torchtpu_aot.export_onnx(mlp_model(), platforms=("cpu",)).save(tmp_path / "b" / "m.mlir")
    assert first.read_bytes() == second.read_bytes()
    assert first.with_suffix(".safetensors").read_bytes() == second.with_suffix(".safetensors").read_bytes()


def test_every_unsupported_op_is_reported_with_node_names():
    nodes = [
        helper.make_node("Relu", ["x"], ["a"], name="ok"),
        helper.make_node("Det", ["a"], ["b"], name="det_1"),
        helper.make_node("Det", ["a"], ["c"], name="det_2"),
        helper.make_node("Frobnicate", ["a"], ["d"], name="custom_node", domain="com.example"),
    ]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 2])],
                              [helper.make_tensor_value_info(n, TensorProto.FLOAT, [2, 2]) for n in "bcd"])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.example", 1)])
    with pytest.raises(UnsupportedOpsError) as info:
        torchtpu_aot.export_onnx(model)
    message = str(info.value)
    assert "2 operators" in message
    assert "Det (nodes det_1, det_2)" in message and "com.example.Frobnicate (node custom_node)" in message
    assert info.value.ops == ["Det", "com.example.Frobnicate"]


def test_external_data_loads_from_beside_the_model(tmp_path):
    model = mlp_model()
    path = tmp_path / "ext" / "model.onnx"
    path.parent.mkdir()
    onnx.save_model(model, path, save_as_external_data=True, all_tensors_to_one_file=True,
                    location="weights.bin", size_threshold=0)
    assert (path.parent / "weights.bin").stat().st_size >= W1.nbytes + W2.nbytes
    program = torchtpu_aot.load(torchtpu_aot.export_onnx(path, platforms=("cpu",)).save(tmp_path / "m.mlir"))
    x = RNG.standard_normal((3, 8)).astype(np.float32)
    np.testing.assert_allclose(program(x)[0], mlp_reference(x), rtol=1e-5, atol=1e-6)
    (path.parent / "weights.bin").unlink()
    with pytest.raises(ModelFileError, match="side file"):
        torchtpu_aot.export_onnx(path)


def test_old_opset_is_upgraded():
    # Opset 11: Unsqueeze takes its axes as an attribute (an input from opset 13).
    node = helper.make_node("Unsqueeze", ["x"], ["y"], axes=[0])
    graph = helper.make_graph([node], "old", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [3])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 3])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 11)])
    artifact = torchtpu_aot.export_onnx(model, platforms=("cpu",))
    assert artifact.manifest.to_json()["producer"]["onnx_opset"] == "13"
    assert artifact.manifest.to_json()["outputs"][0]["shape"] == [1, 3]


def shape_input_model() -> onnx.ModelProto:
    node = helper.make_node("Reshape", ["x", "shape"], ["y"], name="reshape")
    graph = helper.make_graph([node], "r", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 6]),
                                            helper.make_tensor_value_info("shape", TensorProto.INT64, [2])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["a", "b"])])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def test_inputs_that_decide_shapes_must_be_fixed(tmp_path):
    with pytest.raises(ExportError, match=r"\['shape'\].*constants"):
        torchtpu_aot.export_onnx(shape_input_model())
    artifact = torchtpu_aot.export_onnx(shape_input_model(), constants={"shape": np.array([3, 4])},
                                        platforms=("cpu",))
    assert [e["name"] for e in artifact.manifest.to_json()["inputs"]] == ["x"]
    program = torchtpu_aot.load(artifact.save(tmp_path / "r.mlir"))
    x = np.arange(12, dtype=np.float32).reshape(2, 6)
    np.testing.assert_array_equal(program(x)[0], x.reshape(3, 4))


def test_cli_export_inspect_run(tmp_path):
    source = tmp_path / "mlp.onnx"
    onnx.save_model(mlp_model(), source)
    out = tmp_path / "out" / "mlp.mlir"
    runner = CliRunner()
    result = runner.invoke(cli_main, ["export", str(source), "-o", str(out), "--platforms", "cpu"])
    assert result.exit_code == 0, result.output
    assert "ONNX opset 17" in result.output and out.with_suffix(".safetensors").is_file()
    result = runner.invoke(cli_main, ["inspect", str(out), "--json"])
    assert result.exit_code == 0, result.output
    manifest = json.loads(result.output)["manifest"]
    assert manifest["inputs"][0]["name"] == "x" and list(manifest["symbols"]) == ["N"]
    x = RNG.standard_normal((2, 8)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    result = runner.invoke(cli_main, ["run", str(out), "--input", f"x={tmp_path / 'x.npy'}", "-o",
                                      str(tmp_path / "y.npz")])
    assert result.exit_code == 0, result.output
    np.testing.assert_allclose(np.load(tmp_path / "y.npz")["y"], mlp_reference(x), rtol=1e-5, atol=1e-6)


def test_cli_constant_option_fixes_a_shape_input(tmp_path):
    source = tmp_path / "r.onnx"
    onnx.save_model(shape_input_model(), source)
    np.save(tmp_path / "shape.npy", np.array([4, 3], dtype=np.int64))
    out = tmp_path / "r.mlir"
    runner = CliRunner()
    result = runner.invoke(cli_main, ["export", str(source), "-o", str(out), "--platforms", "cpu"])
    assert result.exit_code != 0 and "shape" in result.output
    result = runner.invoke(cli_main, ["export", str(source), "-o", str(out), "--platforms", "cpu",
                                      "--constant", f"shape={tmp_path / 'shape.npy'}"])
    assert result.exit_code == 0, result.output
    assert torchtpu_aot.load(out).manifest.to_json()["outputs"][0]["shape"] == [4, 3]


def test_shapes_computed_from_dynamic_dims(tmp_path):
    # y = Reshape(x, Concat(Shape(x)[0:1], [2, 3])): the target shape holds the dynamic dim N.
    nodes = [
        helper.make_node("Shape", ["x"], ["s"]),
        helper.make_node("Gather", ["s", "zero"], ["n"], axis=0),
        helper.make_node("Unsqueeze", ["n", "zero"], ["n1"]),
        helper.make_node("Concat", ["n1", "tail"], ["target"], axis=0),
        helper.make_node("Reshape", ["x", "target"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes, "dyn_reshape", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 6])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 2, 3])],
        [numpy_helper.from_array(np.array(0, np.int64), "zero"), numpy_helper.from_array(np.array([2, 3]), "tail")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    artifact = torchtpu_aot.export_onnx(model, platforms=("cpu",))
    assert artifact.manifest.to_json()["outputs"][0]["shape"] == ["N", 2, 3]
    program = torchtpu_aot.load(artifact.save(tmp_path / "dyn.mlir"))
    for n in (1, 4):
        x = RNG.standard_normal((n, 6)).astype(np.float32)
        np.testing.assert_array_equal(program(x)[0], x.reshape(n, 2, 3))
