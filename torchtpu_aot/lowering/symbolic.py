"""Lowerings for the Python-level nodes torch.export leaves in graphs: tuple indexing and symbolic-int math."""

from __future__ import annotations

import math
import operator

import jax.numpy as jnp

from torchtpu_aot.lowering.registry import lowers


@lowers("operator.getitem")
def getitem(ctx, seq, index):
    return seq[index]


@lowers("aten.sym_size.int")
def sym_size(ctx, x, dim):
    return x.shape[dim]


@lowers("aten.sym_numel.default")
def sym_numel(ctx, x):
    return math.prod(x.shape)


def _binary(fn):
    return lambda ctx, a, b: fn(a, b)


for _name, _fn in {
    "add": operator.add,
    "sub": operator.sub,
    "mul": operator.mul,
    "floordiv": operator.floordiv,
    "mod": operator.mod,
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
    "and_": operator.and_,
    "or_": operator.or_,
}.items():
    lowers(f"operator.{_name}")(_binary(_fn))

lowers("torch.sym_max")(_binary(max))
lowers("torch.sym_min")(_binary(min))


@lowers("torch.sym_ite")
def sym_ite(ctx, condition, if_true, if_false):
    """``if_true if condition else if_false`` on Python numbers, where the condition may come from the data."""
    if isinstance(condition, bool):
        return if_true if condition else if_false
    return jnp.where(condition, if_true, if_false)


@lowers("aten._local_scalar_dense.default", "aten.item.default")
def local_scalar_dense(ctx, x):
    """Tensor.item(): the single element, kept as a 0-dim array so later ops use it without leaving the device."""
    return x.reshape(())


@lowers("aten._assert_scalar.default", "aten._assert_async.msg", "aten._assert_async.default")
def assert_scalar(ctx, *args, **kwargs):
    """torch.export's checks on data-dependent sizes, already established when exporting."""
    return None


@lowers("prims.convert_element_type.default")
def convert_element_type(ctx, x, dtype):
    return x.astype(ctx.out_dtype)
