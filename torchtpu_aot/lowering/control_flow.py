"""Lowerings of torch's control-flow operators: torch.cond, while_loop, scan and map.

Their bodies arrive as functions of JAX values (the converter evaluates each body graph with the same
lowerings), so each becomes one structured StableHLO op: ``cond`` a ``stablehlo.case`` whose two branches are both
compiled (the predicate is decided at run time), ``while_loop`` a ``stablehlo.while``, ``scan`` and ``map`` a
``stablehlo.while`` over the leading dim of their sequences. Weights and other values a body reads from outside
come in as extra operands (torch.export lifts them), and nest freely.
"""

from __future__ import annotations

from typing import Any

import jax.numpy as jnp
from jax import lax

from torchtpu_aot.lowering.registry import lowers


def _results(value: Any) -> tuple:
    return tuple(value) if isinstance(value, (tuple, list)) else (value,)


def _carry(values: tuple, like: tuple) -> tuple:
    """A loop body's results in the loop's own carried types (JAX's loops need them identical, weak types too)."""
    return tuple(lax.convert_element_type(v, jnp.result_type(w)) for v, w in zip(values, like))


def _predicate(pred: Any) -> Any:
    return jnp.asarray(pred).reshape(()).astype(bool)


@lowers("torch.ops.higher_order.cond")
def cond(ctx, pred, true_fn, false_fn, operands):
    operands = tuple(operands)
    if isinstance(pred, bool):  # decided at export (a shape or a constant)
        return _results((true_fn if pred else false_fn)(*operands))
    return lax.cond(_predicate(pred), lambda ops: _results(true_fn(*ops)), lambda ops: _results(false_fn(*ops)),
                    operands)


@lowers("torch.ops.higher_order.while_loop")
def while_loop(ctx, cond_fn, body_fn, carried, additional=()):
    carried, additional = tuple(carried), tuple(additional)
    return lax.while_loop(lambda c: _predicate(_results(cond_fn(*c, *additional))[0]),
                          lambda c: _carry(_results(body_fn(*c, *additional)), c), carried)


@lowers("torch.ops.higher_order.scan")
def scan(ctx, combine_fn, init, xs, additional=()):
    """``combine_fn(*carry, *x, *additional)`` returns the new carry and this step's outputs; scan returns the
    final carry and the outputs stacked along a new leading dim."""
    init, xs, additional = tuple(init), tuple(xs), tuple(additional)

    def step(carry, x):
        out = _results(combine_fn(*carry, *x, *additional))
        return _carry(out[:len(carry)], carry), out[len(carry):]

    carry, ys = lax.scan(step, init, xs)
    return (*carry, *ys)


@lowers("torch.ops.higher_order.map_impl")
def map_impl(ctx, body_fn, xs, args=()):
    xs, args = tuple(xs), tuple(args)
    _, ys = lax.scan(lambda _, x: (None, _results(body_fn(*x, *args))), None, xs)
    return ys
