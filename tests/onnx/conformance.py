"""ONNX's own backend node tests (onnx.backend.test.BackendTest) run through export -> save -> load -> run.

Each test ends as pass, fail (with the first line of its error) or excluded. Exclusions are decided from the
test's model, not from a hand-kept list of names: values an artifact cannot hold (strings, float8, 4- and
2-bit types, sequences, optionals), the ONNX-ML and training domains, ops whose outputs are random, and image
decoding. The pass rate is passes / (all tests - excluded).
"""

from __future__ import annotations

import re
import time
import unittest
import warnings
from dataclasses import dataclass
from pathlib import Path

import onnx
import onnx.backend.test
from onnx import TensorProto
from onnx.backend.test.loader import load_node_model_tests

from tests.onnx.backend import TorchTPUBackend

EXPECTED_FAILURES = Path(__file__).with_name("expected_failures.txt")
_CATEGORY = "OnnxBackendNodeModelTest"
_ARTIFACT_TYPES = {TensorProto.FLOAT, TensorProto.DOUBLE, TensorProto.FLOAT16, TensorProto.BFLOAT16,
                   TensorProto.INT8, TensorProto.INT16, TensorProto.INT32, TensorProto.INT64, TensorProto.UINT8,
                   TensorProto.UINT16, TensorProto.UINT32, TensorProto.UINT64, TensorProto.BOOL,
                   TensorProto.COMPLEX64, TensorProto.COMPLEX128}
_RANDOM_OPS = {"Bernoulli", "RandomUniform", "RandomUniformLike", "RandomNormal", "RandomNormalLike", "Multinomial"}
_SEQUENCE_OPS = re.compile(r"^(Sequence\w*|Optional\w*|SplitToSequence|ConcatFromSequence)$")


@dataclass
class Outcome:
    status: str   # "pass", "fail" or "excluded"
    reason: str = ""
    fixed: bool = False   # some graph input decides shapes, so the test's value was fixed at export


def _fixes_inputs(model) -> bool:
    from torchtpu_aot.convert.onnx_graph import static_inputs
    from torchtpu_aot.frontend.onnx_model import load_onnx

    try:
        return bool(static_inputs(load_onnx(model)))
    except Exception:  # the test itself reports why the model cannot be converted
        return False


def _graphs(graph):
    yield graph
    for node in graph.node:
        for attr in node.attribute:
            for sub in ([attr.g] if attr.HasField("g") else []) + list(attr.graphs):
                yield from _graphs(sub)


def _elem_types(model) -> set[int]:
    types = set()
    for graph in _graphs(model.graph):
        for value in list(graph.input) + list(graph.output) + list(graph.value_info):
            if value.type.HasField("tensor_type"):
                types.add(value.type.tensor_type.elem_type)
        types.update(t.data_type for t in graph.initializer)
        for node in graph.node:
            for attr in node.attribute:
                if attr.name in ("to", "output_dtype") and attr.type == attr.INT:
                    types.add(attr.i)
                if attr.HasField("t"):
                    types.add(attr.t.data_type)
    types.discard(TensorProto.UNDEFINED)
    return types


def exclusion(name: str, model) -> str | None:
    """Why a node test is outside what an artifact can express, or None if it counts."""
    domains = {o.domain for o in model.opset_import}
    nodes = [n for g in _graphs(model.graph) for n in g.node]
    if "ai.onnx.ml" in domains or any(n.domain == "ai.onnx.ml" for n in nodes):
        return "ONNX-ML domain (tree ensembles, label encoders, ...): classical ML, not tensor programs"
    if any(n.domain == "ai.onnx.preview.training" for n in nodes):
        return "training domain (ai.onnx.preview.training optimizers): an artifact is an inference program"
    values = list(model.graph.input) + list(model.graph.output)
    if any(v.type.WhichOneof("value") != "tensor_type" for v in values) or any(
            _SEQUENCE_OPS.match(n.op_type) for n in nodes):
        return "sequence or optional values: an artifact's inputs and outputs are tensors"
    odd = sorted(TensorProto.DataType.Name(t) for t in _elem_types(model) - _ARTIFACT_TYPES)
    if odd:
        return f"element type {', '.join(odd)} has no artifact representation"
    if any(n.op_type in _RANDOM_OPS for n in nodes) or (name.startswith("test_training_dropout")
                                                          and "zero_ratio" not in name):
        return "random outputs: no fixed expected values to compare"
    if any(n.op_type == "ImageDecoder" for n in nodes):
        return "image decoding (encoded bytes in, pixels out) is not a tensor computation"
    return None


class _Collect(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.outcomes: dict[str, Outcome] = {}

    def addSuccess(self, test):
        self.outcomes[test._testMethodName] = Outcome("pass")

    def addFailure(self, test, err):
        self.outcomes[test._testMethodName] = Outcome("fail", _first_line(err[1]))

    def addError(self, test, err):
        self.outcomes[test._testMethodName] = Outcome("fail", _first_line(err[1]))

    def addSkip(self, test, reason):
        self.outcomes[test._testMethodName] = Outcome("excluded", reason)


def _first_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:240]}" if text else type(error).__name__


def run_node_tests(include: str | None = None) -> tuple[dict[str, Outcome], float]:
    """Outcome of every ONNX node test (named without the ``_cpu`` suffix), and the seconds it took."""
    warnings.filterwarnings("ignore")
    models = {t.name: t.model for t in load_node_model_tests()}
    backend_test = onnx.backend.test.BackendTest(TorchTPUBackend, __name__)
    cls = backend_test.test_cases[_CATEGORY]
    outcomes: dict[str, Outcome] = {}
    runnable = []
    for method in sorted(m for m in dir(cls) if m.startswith("test_") and m.endswith("_cpu")):
        if include and not re.match(include, method):
            continue
        name = method[:-len("_cpu")]
        reason = exclusion(name, models[name]) if name in models else None
        if reason:
            outcomes[name] = Outcome("excluded", reason)
        else:
            runnable.append(cls(method))
    start = time.perf_counter()
    result = _Collect()
    unittest.TestSuite(runnable).run(result)
    elapsed = time.perf_counter() - start
    for method, outcome in result.outcomes.items():
        name = method[:-len("_cpu")]
        outcome.fixed = outcome.status == "pass" and name in models and _fixes_inputs(models[name])
        outcomes[name] = outcome
    return dict(sorted(outcomes.items())), elapsed


def expected_failures() -> set[str]:
    """Node tests known to fail today (listed in expected_failures.txt, one name per line)."""
    lines = EXPECTED_FAILURES.read_text().splitlines()
    return {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}


def summary(outcomes: dict[str, Outcome]) -> dict[str, int]:
    counts = {"total": len(outcomes)}
    for status in ("pass", "fail", "excluded"):
        counts[status] = sum(o.status == status for o in outcomes.values())
    counts["denominator"] = counts["total"] - counts["excluded"]
    return counts
