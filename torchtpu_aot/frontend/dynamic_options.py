"""``--dynamic INPUT:DIM=SPEC`` options as torch.export ``dynamic_shapes``.

SPEC is a named dim with an optional range, ``batch[1,64]``, ``batch[2,]`` or ``batch``, or a dim derived from
a named one, ``2*seq``, ``seq+1``, ``2*seq[1,512]-1`` (the range is the named dim's). The same name in several
options is the same dim: those input dims must have equal sizes at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from torchtpu_aot.errors import OptionError

SYNTAX = "INPUT:DIM=NAME[MIN,MAX] (e.g. x:0=batch[1,64]) or INPUT:DIM=A*NAME+B (e.g. ids:1=2*seq[1,512])"
_TARGET = re.compile(r"^(?P<input>[A-Za-z_]\w*):(?P<axis>-?\d+)$")
_SPEC = re.compile(r"^(?:(?P<scale>\d+)\s*\*\s*)?(?P<name>[A-Za-z_]\w*)"
                   r"(?:\[\s*(?P<min>\d*)\s*,\s*(?P<max>\d*)\s*\])?\s*(?:(?P<sign>[+-])\s*(?P<offset>\d+))?$")


@dataclass(frozen=True)
class DynamicOption:
    """One parsed ``--dynamic`` option: input dim ``input:axis`` is ``scale * name + offset``."""

    input: str
    axis: int
    name: str
    min: int | None = None
    max: int | None = None
    scale: int = 1
    offset: int = 0

    @property
    def derived(self) -> bool:
        return self.scale != 1 or self.offset != 0


def parse_dynamic_option(text: str) -> DynamicOption:
    """Parse one option; a malformed one is an OptionError quoting it and the syntax."""
    target, sep, spec = text.partition("=")
    found = _TARGET.match(target.strip())
    if not sep or not found:
        raise OptionError(f"--dynamic {text!r} is not {SYNTAX}.")
    where = dict(input=found["input"], axis=int(found["axis"]))
    found = _SPEC.match(spec.strip())
    if not found:
        raise OptionError(f"--dynamic {text!r} is not {SYNTAX}.")
    lo = int(found["min"]) if found["min"] else None
    hi = int(found["max"]) if found["max"] else None
    if hi is not None and hi < (lo if lo is not None else 1):
        raise OptionError(f"--dynamic {text!r}: the range [{lo if lo is not None else 1}, {hi}] is empty; write it "
                          "as [MIN,MAX] with MIN below MAX.")
    if hi is not None and hi == (lo if lo is not None else 1):
        raise OptionError(f"--dynamic {text!r}: the range [{hi}, {hi}] holds one size, so the dim would not be "
                          f"dynamic; widen it (e.g. [{hi}, {max(64, 2 * hi)}]), or leave this dim out of --dynamic to "
                          "keep it at its example size.")
    scale = int(found["scale"] or 1)
    if scale < 1:
        raise OptionError(f"--dynamic {text!r}: a derived dim needs a positive factor, e.g. 2*seq.")
    offset = int(found["offset"] or 0) * (-1 if found["sign"] == "-" else 1)
    return DynamicOption(**where, name=found["name"], min=lo, max=hi, scale=scale, offset=offset)


def dynamic_shapes_from_options(options: list[str] | tuple[str, ...], model: Any, args: tuple,
                                kwargs: dict | None) -> dict[str, Any]:
    """torch.export's ``dynamic_shapes`` (a dict by argument name) for the model's example inputs."""
    import torch
    from torch.export import Dim
    from torch.export.dynamic_shapes import _combine_args

    parsed = [parse_dynamic_option(o) for o in options]
    inputs = _combine_args(model, tuple(args), kwargs or {})
    ranges: dict[str, tuple[int | None, int | None]] = {}
    for option in parsed:
        given, known = (option.min, option.max), ranges.get(option.name, (None, None))
        if given != (None, None) and known != (None, None) and given != known:
            raise OptionError(f"--dynamic gives the dim {option.name!r} two ranges, {list(known)} and {list(given)}; "
                              "give its range once.")
        ranges[option.name] = given if given != (None, None) else known
    objects = {name: Dim(name, min=lo if lo is not None else 1, **({"max": hi} if hi is not None else {}))
               for name, (lo, hi) in ranges.items()}
    shapes: dict[str, Any] = {name: None for name in inputs}
    for option in parsed:
        value = inputs.get(option.input)
        if not isinstance(value, torch.Tensor):
            tensors = [n for n, v in inputs.items() if isinstance(v, torch.Tensor)]
            what = "is not a tensor input" if option.input in inputs else "is not an input"
            raise OptionError(f"--dynamic {option.input}:{option.axis}: {option.input!r} {what} of the model's "
                              f"forward (tensor inputs: {', '.join(tensors) or 'none'}). Dims inside nested inputs "
                              "are declared with DYNAMIC_SHAPES in the model file.")
        axis = option.axis + value.ndim if option.axis < 0 else option.axis
        if not 0 <= axis < value.ndim:
            raise OptionError(f"--dynamic {option.input}:{option.axis}: {option.input!r} has rank {value.ndim} "
                              f"(shape {list(value.shape)}), so it has no dim {option.axis}.")
        dim = objects[option.name]
        if option.derived:
            dim = option.scale * dim + option.offset
        spec = shapes[option.input] or {}
        if axis in spec:
            raise OptionError(f"--dynamic gives {option.input}:{axis} twice.")
        spec[axis] = dim
        shapes[option.input] = spec
    return shapes
