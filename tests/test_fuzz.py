"""Property-based fuzzing: damaged artifacts and wrong inputs give typed errors, never anything else.

Mutations start from the compat artifacts (artifacts/compat/, a few KB each), so every case is small and fast;
edits are bounded (at most a few hundred bytes inserted), which keeps MLIR's parser away from inputs that are
merely huge. A case may load (a harmless edit) or raise an ArtifactError subclass; any other exception fails the
test. The default run tries a few hundred cases; ``-m slow`` runs FUZZ_SLOW_CASES (5,000) in all.

Hangs: hypothesis's deadline flags a case that takes longer than CASE_DEADLINE (a hundred times a normal case),
and a watchdog (faulthandler) ends the process with every thread's traceback if one never returns at all, e.g.
stuck inside MLIR's C++ parser where Python cannot interrupt it.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
import safetensors.numpy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import torchtpu_aot
from tests.compat_tools import COMPAT
from torchtpu_aot import mlir_module
from torchtpu_aot.errors import ArtifactError, InputError

FAST_CASES = 40  # per target in the default run
FUZZ_SLOW_CASES = 5000  # in all, over the targets below, with -m slow
CASE_DEADLINE = timedelta(seconds=30)
HANG_SECONDS = 180

# Tokens worth splicing into MLIR text and JSON: structure, types, numbers at the edges of their ranges.
TOKENS = [b"{", b"}", b"(", b")", b"[", b"]", b"<", b">", b":", b",", b"\"", b"\\22", b"\\", b"%arg0", b"@main",
          b"?", b"x", b"f32", b"i64", b"i1", b"bf16", b"tensor<", b"dense<", b"stablehlo.add", b"func.func",
          b"private", b"0", b"-1", b"1e309", b"4294967296", b"99999999999999999999", b"null", b"true", b"NaN",
          b"../", b"/etc/passwd", b"\x00", b"\xff", b"\xef\xbb\xbf", b"module", b"return"]


def _edit():
    """One bounded edit of a byte string, as a function of it."""
    pos = st.integers(min_value=0, max_value=2**20)
    small = st.binary(min_size=1, max_size=16)
    return st.one_of(
        st.tuples(st.just("flip"), pos, st.integers(1, 255)),
        st.tuples(st.just("delete"), pos, st.integers(1, 64)),
        st.tuples(st.just("insert"), pos, st.one_of(small, st.sampled_from(TOKENS))),
        st.tuples(st.just("replace"), pos, st.sampled_from(TOKENS)),
        st.tuples(st.just("duplicate"), pos, st.integers(1, 256)),
        st.tuples(st.just("truncate"), pos, st.just(0)),
    )


def apply_edits(data: bytes, edits) -> bytes:
    out = bytearray(data)
    for kind, pos, arg in edits:
        i = pos % (len(out) + 1)
        if kind == "flip" and i < len(out):
            out[i] ^= arg
        elif kind == "delete":
            del out[i:i + arg]
        elif kind == "insert":
            out[i:i] = arg
        elif kind == "replace":
            out[i:i + len(arg)] = arg
        elif kind == "duplicate":
            out[i:i] = out[i:i + arg]
        elif kind == "truncate":
            del out[i:]
    return bytes(out)


EDITS = st.lists(_edit(), min_size=1, max_size=4)


@contextlib.contextmanager
def watchdog():
    """End the whole run with tracebacks if a case never returns (a hang, not merely a slow case)."""
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


def load_or_typed_error(folder: Path, stem: str) -> torchtpu_aot.Program | None:
    """The property itself: loading works, or raises an ArtifactError subclass (anything else propagates)."""
    with watchdog():
        try:
            return torchtpu_aot.load(folder / f"{stem}.mlir")
        except ArtifactError as e:
            assert str(e) and "\n" not in str(e), repr(e)  # one paragraph, as the CLI prints it
            return None


def write_artifact(folder: Path, stem: str, program: bytes, weights: bytes | None = None) -> None:
    (folder / f"{stem}.mlir").write_bytes(program)
    (folder / f"{stem}.safetensors").write_bytes(
        weights if weights is not None else (COMPAT / f"{stem}.safetensors").read_bytes())


def manifest_of(text: str) -> str:
    with mlir_module.new_context() as ctx:
        return mlir_module.read_string_attr(mlir_module.parse(text, ctx), mlir_module.MANIFEST_ATTR)


def with_manifest(text: str, manifest: str) -> bytes:
    with mlir_module.new_context() as ctx:
        module = mlir_module.parse(text, ctx)
        mlir_module.set_string_attr(module, mlir_module.MANIFEST_ATTR, manifest)
        return mlir_module.print_module(module).encode()


TEXT = (COMPAT / "v1_text.mlir").read_text()
MANIFEST = manifest_of(TEXT)
WEIGHTS = (COMPAT / "v1_text.safetensors").read_bytes()
HEADER_END = 8 + int.from_bytes(WEIGHTS[:8], "little")


# ---------------------------------------------------------------------------------------------- the targets


def fuzz_program_text(edits) -> None:
    with tempfile.TemporaryDirectory() as d:
        write_artifact(Path(d), "v1_text", apply_edits(TEXT.encode(), edits))
        load_or_typed_error(Path(d), "v1_text")


def fuzz_program_bytecode(edits) -> None:
    with tempfile.TemporaryDirectory() as d:
        write_artifact(Path(d), "v1_bytecode", apply_edits((COMPAT / "v1_bytecode.mlir").read_bytes(), edits))
        load_or_typed_error(Path(d), "v1_bytecode")


def fuzz_manifest_bytes(edits) -> None:
    manifest = apply_edits(MANIFEST.encode(), edits).decode("utf-8", errors="replace")
    with tempfile.TemporaryDirectory() as d:
        write_artifact(Path(d), "v1_text", with_manifest(TEXT, manifest))
        program = load_or_typed_error(Path(d), "v1_text")
        if program is not None:
            call_compat_inputs(program)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False) | st.text(max_size=12)
    | st.sampled_from(["batch", "float32", "int64", "leaf", "tuple", "dict", "v1_text.safetensors", "cpu"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, prefix + (i,))


def edit_json(manifest: dict, choice: int, action: str, value) -> dict:
    """Delete, replace or duplicate the ``choice``-th node of the manifest (structure-aware mutation)."""
    paths = [p for p in _paths(manifest) if p]
    path = paths[choice % len(paths)]
    parent = manifest
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    if action == "delete":
        del parent[key]
    elif action == "replace":
        parent[key] = value
    elif action == "duplicate" and isinstance(parent, list):
        parent.insert(key, json.loads(json.dumps(parent[key])))
    elif action == "number" and isinstance(parent[key], (int, float)) and not isinstance(parent[key], bool):
        parent[key] = parent[key] + (value if isinstance(value, int) and not isinstance(value, bool) else 1)
    return manifest


JSON_EDITS = st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(["delete", "replace", "duplicate", "number"]),
                                JSON_VALUES), min_size=1, max_size=3)


def fuzz_manifest_structure(edits) -> None:
    manifest = json.loads(MANIFEST)
    for choice, action, value in edits:
        manifest = edit_json(manifest, choice, action, value)
    with tempfile.TemporaryDirectory() as d:
        write_artifact(Path(d), "v1_text", with_manifest(TEXT, json.dumps(manifest)))
        program = load_or_typed_error(Path(d), "v1_text")
        if program is not None:
            call_compat_inputs(program)


def fuzz_weights_header(edits) -> None:
    header = apply_edits(WEIGHTS[:HEADER_END], edits)
    weights = header + WEIGHTS[HEADER_END:]
    manifest = json.loads(MANIFEST)
    manifest["weights"]["sha256"] = mlir_module.sha256_bytes(weights)  # so the header itself is parsed
    with tempfile.TemporaryDirectory() as d:
        write_artifact(Path(d), "v1_text", with_manifest(TEXT, json.dumps(manifest)), weights)
        load_or_typed_error(Path(d), "v1_text")


def call_compat_inputs(program: torchtpu_aot.Program) -> None:
    """A program that loaded from an edited manifest runs the stored inputs, or says why it cannot."""
    inputs = safetensors.numpy.load_file(COMPAT / "inputs.safetensors")
    with watchdog():
        try:
            program.run_named(inputs)
        except (InputError, ArtifactError):
            pass


TARGETS = {
    "program text": (fuzz_program_text, EDITS),
    "program bytecode": (fuzz_program_bytecode, EDITS),
    "manifest bytes": (fuzz_manifest_bytes, EDITS),
    "manifest structure": (fuzz_manifest_structure, JSON_EDITS),
    "weights header": (fuzz_weights_header, EDITS),
}


def _run(fn, strategy, cases: int, what: str) -> None:
    """Run ``fn`` on ``cases`` generated examples (deterministically), and check that they all ran."""
    ran = []

    def counted(example):
        ran.append(1)
        fn(example)

    settings(max_examples=cases, deadline=CASE_DEADLINE, derandomize=True, database=None,
             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])(given(strategy)(counted))()
    print(f"{what}: {len(ran)} cases")
    assert len(ran) >= cases, f"hypothesis ran only {len(ran)} of {cases} cases"


def _fuzz(name: str, cases: int) -> None:
    fn, strategy = TARGETS[name]
    _run(fn, strategy, cases, name)


@pytest.mark.parametrize("name", list(TARGETS))
def test_fuzz_artifacts(name):
    _fuzz(name, FAST_CASES)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(TARGETS))
def test_fuzz_artifacts_long(name):
    _fuzz(name, FUZZ_SLOW_CASES // len(TARGETS))


# ------------------------------------------------------------------------------------- Program.__call__ inputs

CALL_DTYPES = ["float32", "float64", "float16", "int64", "int32", "uint8", "bool", "complex64", "bfloat16"]


def _array(shape_dims, dtype):
    import ml_dtypes
    import numpy as np

    np_dtype = ml_dtypes.bfloat16 if dtype == "bfloat16" else np.dtype(dtype)
    return np.zeros(shape_dims, dtype=np_dtype)


def _value(good_shape: st.SearchStrategy, good_dtype: str) -> st.SearchStrategy:
    """Inputs for one tensor argument: mostly arrays of right or wrong dtype/shape/rank, plus non-arrays."""
    shapes = st.one_of(good_shape, st.lists(st.integers(0, 70), max_size=4).map(tuple))
    arrays = st.builds(_array, shapes, st.one_of(st.just(good_dtype), st.sampled_from(CALL_DTYPES)))
    others = st.one_of(
        st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(), st.text(max_size=4), st.just(object()),
        st.lists(st.floats(width=32), max_size=5), st.lists(st.lists(st.integers(0, 9), max_size=3), max_size=3),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), st.just([[1.0, 2.0], [3.0]]),
    )
    torch_tensors = st.builds(lambda a: _torch(a), arrays)
    return st.one_of(arrays, arrays, arrays, others, torch_tensors)


def _torch(array):
    import torch

    if str(array.dtype) == "bfloat16":
        return torch.zeros(array.shape, dtype=torch.bfloat16)
    return torch.from_numpy(array.copy())


BATCH_SHAPES = st.integers(0, 70)
CALLS = st.fixed_dictionaries({
    "x": _value(BATCH_SHAPES.map(lambda b: (b, 4)), "float32"),
    "ids": _value(BATCH_SHAPES.map(lambda b: (b,)), "int64"),
    "bias": _value(st.just((3,)), "float32"),
    "form": st.sampled_from(["positional", "keywords", "missing bias", "extra kwarg", "extra arg", "bias positional",
                             "no args"]),
})


@pytest.fixture(scope="module")
def compat_program():
    return torchtpu_aot.load(COMPAT / "v1_text.mlir")


def call_or_input_error(program: torchtpu_aot.Program, case: dict) -> None:
    """The property: a call works (outputs of the right shapes) or raises InputError; anything else fails."""
    x, ids, bias, form = case["x"], case["ids"], case["bias"], case["form"]
    calls = {
        "positional": lambda: program(x, ids, bias=bias),
        "keywords": lambda: program(x=x, ids=ids, bias=bias),
        "missing bias": lambda: program(x, ids),
        "extra kwarg": lambda: program(x, ids, bias=bias, scale=2.0),
        "extra arg": lambda: program(x, ids, bias, bias=bias),
        "bias positional": lambda: program(x, ids, bias),
        "no args": lambda: program(),
    }
    with watchdog():
        try:
            out = calls[form]()
        except InputError as e:
            assert str(e) and "\n" not in str(e), repr(e)
            return
    batch = getattr(x, "shape", (None,))[0]
    assert out["y"].shape == (batch, 3) and out["stats"]["argmax"].dtype == "int64", out


def _fuzz_calls(program, cases: int) -> None:
    _run(lambda case: call_or_input_error(program, case), CALLS, cases, "Program.__call__")


def test_fuzz_calls(compat_program):
    _fuzz_calls(compat_program, 5 * FAST_CASES)


@pytest.mark.slow
def test_fuzz_calls_long(compat_program):
    _fuzz_calls(compat_program, FUZZ_SLOW_CASES)
