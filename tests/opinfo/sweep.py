"""PyTorch's OpInfo database through the whole path: torch.export -> convert -> save -> load -> run, vs eager.

Every sample of one OpInfo (all dtypes) is wrapped in ONE module with many outputs, so one op costs one export,
one conversion and one compilation. When that fails, the op is retried per dtype, then per sample, so one bad
sample cannot hide the others. Samples torch.export itself cannot export are counted apart from our failures.

    python -m tests.opinfo.sweep [--ops add,mul] [--out COVERAGE.md]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch.utils import _pytree

from tests.opinfo.overrides import (
    CHANNEL_DRAWS,
    DRAW_INDEPENDENT,
    SIGN_GAUGE,
    SKIPS,
    TIED_INDICES,
    TOLERANCES,
    UNDEFINED_VALUES,
)

# Every dtype torch supports on CPU that StableHLO represents, in report order.
DTYPES = (torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64, torch.int32, torch.int16,
          torch.int8, torch.uint8, torch.bool)
# At most this many samples per (op, dtype): OpInfo's first samples cover the plain cases; later ones repeat
# them at other shapes. Three keeps the whole sweep within a CI budget on two cores.
SAMPLES_PER_DTYPE = 3

PASS, FAIL, NOT_EXPORTABLE, SKIP = "pass", "fail", "not exportable", "skip"


@dataclasses.dataclass
class Sample:
    op: str
    dtype: str
    index: int
    args: Any                   # (input, args, kwargs) with tensors
    random: bool = False
    expected: list | None = None
    status: str = ""
    reason: str = ""


def op_name(info) -> str:
    return info.name + (f".{info.variant_test_name}" if info.variant_test_name else "")


def dtype_name(dtype: torch.dtype) -> str:
    return str(dtype).removeprefix("torch.")


def op_db() -> list:
    warnings.filterwarnings("ignore")
    from torch.testing._internal.common_methods_invocations import op_db as db
    from torch.testing._internal.opinfo import core

    core.extract_test_fn = lambda: None  # it walks the whole Python stack on every sample_inputs call
    return list(db)


def _leaves(value: Any) -> list:
    return _pytree.tree_leaves(value)


def _call(fn, args) -> list:
    inp, pos, kw = args
    return _leaves(fn(inp, *pos, **kw))


def _bytes(t: torch.Tensor) -> torch.Tensor:
    """A tensor's bits as bytes: equal NaNs compare equal, and every dtype (complex32 too) compares."""
    flat = torch.empty(t.numel(), dtype=t.dtype)
    return flat.copy_(t.detach().resolve_conj().resolve_neg().reshape(-1)).view(torch.uint8)


def _clone(args):
    return _pytree.tree_map(lambda v: v.clone() if isinstance(v, torch.Tensor) else v, args)


def _equal(a: list, b: list) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if isinstance(x, torch.Tensor):
            if not isinstance(y, torch.Tensor) or x.shape != y.shape or x.dtype != y.dtype or not torch.equal(
                    _bytes(x), _bytes(y)):
                return False
        elif x != y:
            return False
    return True


def collect(info, dtypes: Iterable[torch.dtype] = DTYPES, cap: int = SAMPLES_PER_DTYPE) -> list[Sample]:
    """The first ``cap`` samples of each supported dtype, each run eagerly (twice, to spot random ops)."""
    name = op_name(info)
    supported = info.supported_dtypes("cpu")
    samples: list[Sample] = []
    for dtype in dtypes:
        if dtype not in supported:
            continue
        if (name, dtype_name(dtype)) in SKIPS or (name, None) in SKIPS:
            reason = SKIPS.get((name, dtype_name(dtype))) or SKIPS[(name, None)]
            samples.append(Sample(name, dtype_name(dtype), 0, None, status=SKIP, reason=reason))
            continue
        try:
            generated = info.sample_inputs("cpu", dtype, requires_grad=False)
            count = 0
            for s in generated:
                if count >= cap:
                    break
                args = (s.input, tuple(s.args), dict(s.kwargs))
                sample = Sample(name, dtype_name(dtype), count, args)
                count += 1
                samples.append(sample)
                if any(isinstance(v, torch.Tensor) and (v.layout != torch.strided or v.is_complex())
                       for v in _leaves(args)):
                    sample.status, sample.reason = SKIP, "sparse or complex input"
                    continue
                try:
                    torch.manual_seed(0)
                    first = _call(info.op, _clone(args))
                    torch.manual_seed(1)
                    second = _call(info.op, _clone(args))
                except Exception as e:
                    sample.status, sample.reason = SKIP, f"eager torch raises {type(e).__name__}"
                    continue
                if not any(isinstance(v, torch.Tensor) for v in first):
                    sample.status, sample.reason = SKIP, "no tensor output"
                    continue
                if any(isinstance(v, torch.Tensor) and v.layout != torch.strided for v in first):
                    sample.status, sample.reason = SKIP, "sparse output (a layout StableHLO does not have)"
                    continue
                sample.random = not _equal(first, second)
                sample.expected = first
        except Exception as e:
            reason = f"OpInfo sample generation fails: {type(e).__name__}"
            pending = [s for s in samples if s.dtype == dtype_name(dtype) and not s.status and s.expected is None]
            for s in pending:  # the generator failed while this sample was being taken
                s.status, s.reason = SKIP, reason
            if not pending:
                samples.append(Sample(name, dtype_name(dtype), 0, None, status=SKIP, reason=reason))
    return samples


class _One(torch.nn.Module):
    """One sample's call; its own submodule, so every graph node names the sample it came from."""

    def __init__(self, fn, sample: Sample, first: int):
        super().__init__()
        self.fn = fn
        leaves, self.spec = _pytree.tree_flatten(sample.args)
        self.leaves, self.slots, n = [], [], first
        for v in leaves:
            tensor = isinstance(v, torch.Tensor)
            self.slots.append(n if tensor else None)
            self.leaves.append(None if tensor else v)
            n += tensor
        self.count = n - first

    def forward(self, tensors):
        values = [tensors[i] if i is not None else v for v, i in zip(self.leaves, self.slots)]
        return _call(self.fn, _pytree.tree_unflatten(values, self.spec))


class _Samples(torch.nn.Module):
    """One module calling the op on every sample; tensors are its inputs, everything else is baked in."""

    def __init__(self, fn, samples: list[Sample]):
        super().__init__()
        self.calls = torch.nn.ModuleList()
        self.tensors: list[torch.Tensor] = []
        for s in samples:
            one = _One(fn, s, len(self.tensors))
            self.calls.append(one)
            self.tensors.extend(v for v in _leaves(s.args) if isinstance(v, torch.Tensor))

    def forward(self, *tensors):
        outs = []
        for one in self.calls:
            outs.extend(one(tensors))
        return tuple(outs)


class _Stage(Exception):
    def __init__(self, stage: str, error: Exception, culprits: set[int] | None = None):
        super().__init__(stage)
        self.stage, self.error, self.culprits = stage, error, culprits


def _first_line(e: Exception) -> str:
    text = str(e).strip().splitlines()
    line = text[0] if text else ""
    return f"{type(e).__name__}: {line}"[:300]


def _sample_of(node) -> int | None:
    """The index of the sample (``calls.N`` submodule) a graph node belongs to."""
    for path, _ in (node.meta.get("nn_module_stack") or {}).values():
        parts = path.split(".")
        if len(parts) >= 2 and parts[0] == "calls" and parts[1].isdigit():
            return int(parts[1])
    return None


def _culprits(ep, error: Exception) -> set[int] | None:
    """Which samples hold the ops a conversion error names: ops without a lowering, or the failing node."""
    from torchtpu_aot.convert.diagnostics import op_key
    from torchtpu_aot.errors import LoweringError, UnsupportedOpsError
    from torchtpu_aot.frontend.torch_export import decompose
    from torchtpu_aot.lowering import registered_ops

    if not isinstance(error, (UnsupportedOpsError, LoweringError)):
        return None
    graph = decompose(ep, set(registered_ops())).graph
    found = set()
    for node in graph.nodes:
        if node.op != "call_function":
            continue
        if isinstance(error, UnsupportedOpsError):
            hit = op_key(node.target) in error.ops
        else:
            hit = f"node {node.name}," in str(error) or f"node {node.name} " in str(error)
            if hit and "This is a bug" not in str(error):  # a deliberate limit of the op: every use hits it
                failing = node.target
                hit = False
                found |= {_sample_of(n) for n in graph.nodes if n.target == failing}
                if None in found:
                    return None
        if hit:
            index = _sample_of(node)
            if index is None:
                return None
            found.add(index)
    return found or None


def run_group(fn, samples: list[Sample], workdir: Path) -> list:
    """Export, convert, save, load and run one module holding ``samples``; the flat outputs."""
    import torchtpu_aot
    from torchtpu_aot.convert import convert
    from torchtpu_aot.dtypes import to_array

    module = _Samples(fn, samples)
    inputs = tuple(_clone(module.tensors))
    try:
        ep = torch.export.export(module, inputs)
    except Exception as e:
        raise _Stage("export", e) from e
    try:
        artifact = convert(ep, platforms=("cpu",), model_name="sample")
    except Exception as e:
        raise _Stage("convert", e, _culprits(ep, e) if len(samples) > 1 else None) from e
    try:
        path = Path(tempfile.mkdtemp(dir=workdir)) / "sample.mlir"
        artifact.save(path)
        program = torchtpu_aot.load(path)
        result = program(*(to_array(t) for t in inputs))
    except Exception as e:
        raise _Stage("run", e) from e
    if any(w.get("role") == "rng" for w in artifact.manifest.to_json()["weights"]["tensors"]):
        for s in samples:  # OpInfo often reseeds torch inside the op, so eager looks deterministic
            s.random = True
    return list(result) if isinstance(result, (tuple, list)) else [result]


def _to_torch(value: Any) -> Any:
    if isinstance(value, np.ndarray) or isinstance(value, np.generic):
        from tests.lowering.harness import to_torch

        return to_torch(value)
    return value


def judge(sample: Sample, actual: list) -> None:
    """Compare one sample's outputs with eager torch: values, or for random ops shape, dtype and distribution."""
    expected = sample.expected
    if len(actual) != len(expected):
        sample.status, sample.reason = FAIL, f"{len(actual)} outputs, torch gives {len(expected)}"
        return
    tol = TOLERANCES.get((sample.op, sample.dtype)) or TOLERANCES.get((sample.op, None))
    random = sample.random and sample.op not in DRAW_INDEPENDENT
    if sample.op in SIGN_GAUGE and not random:
        actual, expected = fix_signs([_to_torch(a) for a in actual], expected, SIGN_GAUGE[sample.op][0])
    for position, (a, e) in enumerate(zip(actual, expected)):
        a = _to_torch(a)
        if not isinstance(e, torch.Tensor):
            continue
        if not isinstance(a, torch.Tensor):
            a = torch.as_tensor(a)
        if a.dtype != e.dtype or tuple(a.shape) != tuple(e.shape):
            sample.status, sample.reason = FAIL, f"got {a.dtype}{list(a.shape)}, torch gives {e.dtype}{list(e.shape)}"
            return
        try:
            if sample.op in UNDEFINED_VALUES:
                continue
            is_index = position > 0 or sample.op.startswith("arg")  # (values, indices) pairs, or argmax/argsort
            if sample.op in TIED_INDICES and e.dtype == torch.int64 and is_index and not random:
                if a.numel() and (a.min() < 0 or a.max() >= max(_largest_dim(sample), 1)):
                    raise AssertionError(f"indices outside [0, {_largest_dim(sample)})")
                continue
            if random:
                draws = _channels(e, CHANNEL_DRAWS[sample.op]) if sample.op in CHANNEL_DRAWS else None
                check_distribution(a, e, draws=draws)
            else:
                kw = {"rtol": tol[0], "atol": tol[1]} if tol else {}
                torch.testing.assert_close(a, e, equal_nan=True, check_device=False, check_stride=False, **kw)
        except AssertionError as err:
            lines = [ln.strip() for ln in str(err).splitlines() if ln.strip()]
            sample.status, sample.reason = FAIL, "values differ: " + "; ".join(lines[:3])[:300]
            return
    sample.status = PASS


def fix_signs(actual: list, expected: list, vectors: tuple) -> tuple[list, list]:
    """Put both sides' vector outputs in one sign gauge: each vector j is multiplied by the sign of its entry at
    the index of expected's largest |value|. ``vectors`` lists (output position, "col" | "row"); the first
    output's signs also flip vector j of the others (U's column j goes with V's), and vectors past its count
    use their own. Outputs whose shapes differ are left for the comparison to report."""
    actual, expected = list(actual), list(expected)
    pairs = [(actual[p], expected[p]) for p, _ in vectors]
    if any(not isinstance(a, torch.Tensor) or not isinstance(e, torch.Tensor) or a.shape != e.shape
           or a.numel() == 0 for a, e in pairs):
        return actual, expected
    columns = [(a, e) if layout == "col" else (a.mT, e.mT) for (a, e), (_, layout) in zip(pairs, vectors)]
    lead = _column_signs(*columns[0])
    for (position, layout), (a, e) in zip(vectors, columns):
        signs = [torch.cat([lead_s[..., :s.shape[-1]], s[..., lead_s.shape[-1]:]], dim=-1).unsqueeze(-2)
                 for lead_s, s in zip(lead, _column_signs(a, e))]
        a, e = a * signs[0], e * signs[1]
        actual[position], expected[position] = (a, e) if layout == "col" else (a.mT, e.mT)
    return actual, expected


def _column_signs(a: torch.Tensor, e: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Per column, the signs (never zero) of a's and e's entries where e's column is largest in magnitude."""
    index = e.abs().argmax(dim=-2, keepdim=True)
    return tuple(torch.where(x.gather(-2, index) < 0, -1, 1).to(x.dtype).squeeze(-2) for x in (a, e))


def _largest_dim(sample: Sample) -> int:
    """The largest input size: a bound for any index a sample's op can return."""
    sizes = [v.numel() for v in _leaves(sample.args) if isinstance(v, torch.Tensor)]
    return max(sizes, default=1)


def _channels(t: torch.Tensor, spatial: int | None) -> int:
    """Independent draws of a channel-wise random op: its elements over one channel's size (the ``spatial``
    trailing dims; None: every dim after the channel dim)."""
    spatial = max(t.ndim - 2, 0) if spatial is None else min(spatial, t.ndim)
    size = int(np.prod(t.shape[t.ndim - spatial:])) if spatial else 1
    return max(t.numel() // max(size, 1), 1)


def check_distribution(actual: torch.Tensor, expected: torch.Tensor, draws: int | None = None) -> None:
    """Two draws from one distribution: equal support (bool/int values), and close empirical CDFs. ``draws`` is
    the number of independent draws behind each tensor when fewer than its elements (channel-wise ops)."""
    a, e = actual.flatten().double(), expected.flatten().double()
    if a.numel() == 0:
        return
    if not torch.isfinite(a).all() and torch.isfinite(e).all():
        raise AssertionError("non-finite values where torch draws finite ones")
    if a.numel() < 30:  # too few draws to compare distributions (and heavy tails, e.g. Cauchy, roam far)
        return
    grid = torch.cat([a, e]).sort().values
    cdf_a = torch.searchsorted(a.sort().values, grid, right=True).double() / a.numel()
    cdf_e = torch.searchsorted(e.sort().values, grid, right=True).double() / e.numel()
    distance = (cdf_a - cdf_e).abs().max().item()
    # two-sample Kolmogorov-Smirnov at p = 0.001, over the independent draws
    n_a, n_e = draws or a.numel(), draws or e.numel()
    bound = 1.95 * ((n_a + n_e) / (n_a * n_e)) ** 0.5
    if distance > max(bound, 0.05):
        raise AssertionError(f"empirical CDFs differ by {distance:.3f} (bound {bound:.3f})")


def sweep_op(info, workdir: Path, dtypes: Iterable[torch.dtype] = DTYPES, cap: int = SAMPLES_PER_DTYPE
             ) -> list[Sample]:
    """Every collected sample of one OpInfo, judged; falls back from the whole op to per dtype to per sample."""
    samples = collect(info, dtypes, cap)
    live = [s for s in samples if not s.status]
    _run(info.op, live, workdir, level=0)
    return samples


def _run(fn, samples: list[Sample], workdir: Path, level: int) -> None:
    """Run ``samples`` as one module. On a conversion error that names its samples, those fail and the rest run
    again as one module; on any other error, the group splits by dtype, then into single samples."""
    if not samples:
        return
    try:
        outputs = run_group(fn, samples, workdir)
    except _Stage as failure:
        if failure.culprits:
            bad = [s for i, s in enumerate(samples) if i in failure.culprits]
            for s in bad:
                s.status, s.reason = FAIL, _first_line(failure.error)
            _run(fn, [s for s in samples if s not in bad], workdir, level)
        elif len(samples) > 1:
            if level == 0 and len({s.dtype for s in samples}) > 1:
                for dtype in dict.fromkeys(s.dtype for s in samples):
                    _run(fn, [s for s in samples if s.dtype == dtype], workdir, 1)
            else:
                for s in samples:
                    _run(fn, [s], workdir, 2)
        else:
            samples[0].status = NOT_EXPORTABLE if failure.stage == "export" else FAIL
            samples[0].reason = _first_line(failure.error)
        return
    position = 0
    for s in samples:
        n = len(s.expected)
        judge(s, outputs[position:position + n])
        position += n


def sweep(infos: Iterable, dtypes: Iterable[torch.dtype] = DTYPES, cap: int = SAMPLES_PER_DTYPE,
          progress: bool = False, journal: Path | None = None) -> list[Sample]:
    """Sweep ``infos``; with a ``journal`` (JSON lines), each op's results are appended as it finishes and ops
    already in it are not run again, so an interrupted sweep resumes where it stopped."""
    results: list[Sample] = load_journal(journal) if journal and journal.exists() else []
    done_ops = {s.op for s in results}
    with tempfile.TemporaryDirectory() as tmp:
        for info in infos:
            if op_name(info) in done_ops:
                continue
            start = time.perf_counter()
            done = sweep_op(info, Path(tmp), dtypes, cap)
            if not done:
                done = [Sample(op_name(info), "-", 0, None, status=SKIP, reason="no dtype this sweep covers")]
            results.extend(done)
            if journal:
                with journal.open("a") as f:
                    for s in done:
                        f.write(json.dumps({"op": s.op, "dtype": s.dtype, "index": s.index, "status": s.status,
                                            "reason": s.reason}) + "\n")
            if progress:
                counts = Counter(s.status for s in done)
                first = next((f" {s.dtype}: {s.reason}" for s in done if s.status == FAIL), "")
                print(f"{op_name(info):40s} {time.perf_counter() - start:6.2f}s {dict(counts)}{first[:160]}",
                      file=sys.stderr, flush=True)
    return results


def load_journal(path: Path) -> list[Sample]:
    return [Sample(r["op"], r["dtype"], r["index"], None, status=r["status"], reason=r["reason"])
            for r in map(json.loads, path.read_text().splitlines()) if r]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", help="comma-separated OpInfo names (default: the whole op_db)")
    parser.add_argument("--out", type=Path, help="write the coverage report here (e.g. COVERAGE.md)")
    parser.add_argument("--cap", type=int, default=SAMPLES_PER_DTYPE)
    parser.add_argument("--journal", type=Path, help="append results here as JSON lines and resume from it")
    parser.add_argument("--shard", default="0/1", help="I/N: sweep only every N-th op, starting at the I-th")
    args = parser.parse_args(argv)
    infos = op_db()
    if args.ops:
        wanted = set(args.ops.split(","))
        infos = [i for i in infos if op_name(i) in wanted or i.name in wanted]
    index, count = (int(v) for v in args.shard.split("/"))
    infos = infos[index::count]
    start = time.perf_counter()
    results = sweep(infos, cap=args.cap, progress=True, journal=args.journal)
    wanted_ops = {op_name(i) for i in infos}
    results = [s for s in results if s.op in wanted_ops]
    elapsed = time.perf_counter() - start
    from tests.opinfo.report import render, summary

    print(summary(results), file=sys.stderr)
    print(f"sweep took {elapsed:.0f} s", file=sys.stderr)
    if args.out:
        args.out.write_text(render(results, cap=args.cap))
    return 0


if __name__ == "__main__":
    sys.exit(main())
