"""ONNX control flow: If, Loop and Scan, with their bodies evaluated by the converter (``node.run_graph``).

Loops are unrolled: their trip counts and conditions must be known at export time, as must the lengths Scan
walks over (they are static shapes). An If whose condition is only known at run time evaluates both branches
and selects, which needs both branches to give the same shapes.
"""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from torchtpu_aot.lowering.onnx.registry import OnnxNode, onnx_op


@onnx_op("If")
def if_(node: OnnxNode, cond):
    then_graph, else_graph = node.attr("then_branch"), node.attr("else_branch")
    if isinstance(cond, np.ndarray):
        return tuple(node.run_graph(then_graph if bool(cond.reshape(-1)[0]) else else_graph, []))
    then_out, else_out = node.run_graph(then_graph, []), node.run_graph(else_graph, [])
    flag = jnp.reshape(cond, ())
    results = []
    for a, b in zip(then_out, else_out):
        if jnp.shape(a) != jnp.shape(b):
            raise node.fail("its branches give different shapes and its condition is only known at run time; "
                            "torchtpu_aot needs the condition at export time for such an If.")
        results.append(jnp.where(flag, a, b))
    return tuple(results)


@onnx_op("Loop", static=(0, 1))
def loop(node: OnnxNode, trip_count=None, cond=None, *carried):
    body = node.attr("body")
    n_carried = len(carried)
    limit = None if trip_count is None else int(np.asarray(trip_count).reshape(-1)[0])
    keep_going = True if cond is None else cond
    scans: list[list] = []
    i = 0
    state = list(carried)
    while limit is None or i < limit:
        if not isinstance(keep_going, (bool, np.ndarray)):
            raise node.fail("its condition is only known at run time; torchtpu_aot unrolls loops and needs the "
                            "condition at export time.")
        if not bool(np.asarray(keep_going).reshape(-1)[0]):
            break
        cond_in = np.asarray(bool(np.asarray(keep_going).reshape(-1)[0]))
        out = node.run_graph(body, [np.asarray(i, np.int64), cond_in, *state])
        keep_going = out[0] if not isinstance(out[0], np.ndarray) else np.asarray(out[0])
        state = list(out[1:1 + n_carried])
        for k, value in enumerate(out[1 + n_carried:]):
            if len(scans) <= k:
                scans.append([])
            scans[k].append(value)
        i += 1
        if limit is None and i > 100_000:
            raise node.fail("it ran more than 100000 iterations while unrolling; give it a trip count.")
    n_scan = node.n_outputs - n_carried
    stacked = [jnp.stack(s) if s else jnp.zeros((0,), jnp.float32) for s in scans]
    stacked += [jnp.zeros((0,), jnp.float32)] * (n_scan - len(stacked))
    return tuple(state) + tuple(stacked)


@onnx_op("Scan")
def scan(node: OnnxNode, *inputs):
    body = node.attr("body")
    n_scan_in = node.attr("num_scan_inputs")
    n_state = len(inputs) - n_scan_in
    state, xs = list(inputs[:n_state]), inputs[n_state:]
    in_axes = node.attr("scan_input_axes") or [0] * n_scan_in
    in_dirs = node.attr("scan_input_directions") or [0] * n_scan_in
    xs = [jnp.moveaxis(x, a % jnp.ndim(x), 0) for x, a in zip(xs, in_axes)]
    xs = [jnp.flip(x, 0) if d else x for x, d in zip(xs, in_dirs)]
    length = xs[0].shape[0] if xs else 0
    scans: list[list] = []
    for t in range(length):
        out = node.run_graph(body, [*state, *(x[t] for x in xs)])
        state = list(out[:n_state])
        for k, value in enumerate(out[n_state:]):
            if len(scans) <= k:
                scans.append([])
            scans[k].append(value)
    n_out = node.n_outputs - n_state
    out_axes = node.attr("scan_output_axes") or [0] * n_out
    out_dirs = node.attr("scan_output_directions") or [0] * n_out
    results = []
    for k in range(n_out):
        y = jnp.stack(scans[k]) if scans and scans[k] else jnp.zeros((0,), jnp.float32)
        if out_dirs[k]:
            y = jnp.flip(y, 0)
        results.append(jnp.moveaxis(y, 0, out_axes[k] % y.ndim))
    return tuple(state) + tuple(results)
