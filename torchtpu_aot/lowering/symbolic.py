"""Lowerings for the Python-level nodes torch.export leaves in graphs: tuple indexing and symbolic-int math."""

from __future__ import annotations

import math
import operator

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
}.items():
    lowers(f"operator.{_name}")(_binary(_fn))

lowers("torch.sym_max")(_binary(max))
lowers("torch.sym_min")(_binary(min))
