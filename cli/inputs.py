"""Inputs for ``torchtpu run``: .npy files and random values, checked against the artifact's manifest.

Imports no torch: ``run`` must work on serving hosts without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import numpy as np

from torchtpu_aot import dtypes, pytree
from torchtpu_aot.errors import InputError
from torchtpu_aot.runtime.jax_program import concrete_shape

from .formatting import entry_text


def signature_text(manifest: dict) -> str:
    """The expected inputs in one line, for error messages: ``x: float32[8, 64], y: int64[s0]``."""
    tensors = [e for e in manifest["inputs"] if "constant" not in e]
    if not tensors:
        return "the artifact takes no tensor inputs"
    return "expected inputs: " + ", ".join(f"{e['name']}: {entry_text(e)}" for e in tensors)


def parse_input_options(options: tuple[str, ...]) -> dict[str, Path]:
    """``NAME=FILE.npy`` pairs; a malformed or repeated one is a usage error."""
    files: dict[str, Path] = {}
    for option in options:
        name, sep, file = option.partition("=")
        if not sep or not name or not file:
            raise click.BadParameter(f"{option!r} is not NAME=FILE.npy.", param_hint="'--input'")
        if name in files:
            raise click.BadParameter(f"input {name!r} is given twice.", param_hint="'--input'")
        files[name] = Path(file)
    return files


def load_npy(name: str, path: Path, entry: dict) -> np.ndarray:
    """One input array from a .npy file, in the dtype the artifact declares where that is lossless to do."""
    try:
        array = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        raise InputError(f"Input {name!r}: no file at {path}.") from None
    except (ValueError, OSError) as e:
        raise InputError(f"Input {name!r}: {path} is not a readable .npy file without pickled objects ({e}).") from None
    if not isinstance(array, np.ndarray):
        array.close()
        raise InputError(f"Input {name!r}: {path} holds several arrays (.npz); pass a single-array .npy file.")
    want = dtypes.to_numpy(entry["dtype"])
    if array.dtype != want and entry["dtype"] == "bfloat16":
        # .npy has no bfloat16: accept the raw 2-byte values or a float array rounded to bfloat16.
        if array.dtype.kind == "V" and array.dtype.itemsize == 2:
            return array.view(want)
        if array.dtype.kind == "f":
            return array.astype(want)
    if array.dtype != want:
        raise InputError(
            f"Input {name!r} from {path} has dtype {array.dtype}, but the artifact expects {entry_text(entry)}; "
            f"convert it before saving (np.save(path, x.astype('{entry['dtype']}')))."
        )
    return array


def random_array(entry: dict, manifest: dict, rng: np.random.Generator) -> np.ndarray:
    """Floats standard normal, ints uniform in [0, 10), bools fair coins; dynamic dims at their minimum."""
    shape = concrete_shape(entry["shape"], manifest)
    dtype = dtypes.to_numpy(entry["dtype"])
    name = entry["dtype"]
    if name == "bool":
        return rng.random(shape) < 0.5
    if name.startswith("complex"):
        return (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(dtype)
    if name.startswith(("int", "uint")):
        return rng.integers(0, 10, size=shape).astype(dtype)
    return rng.standard_normal(shape).astype(dtype)


def build_inputs(manifest: dict, files: dict[str, Path], random: bool, seed: int) -> tuple[tuple, dict, dict]:
    """The (args, kwargs) to call the Program with, and the flat name -> array map that went into them."""
    entries = manifest["inputs"]
    expected = [e["name"] for e in entries if "constant" not in e]
    unknown = [n for n in files if n not in expected]
    missing = [n for n in expected if n not in files]
    if unknown or (missing and not random):
        problems = []
        if unknown:
            problems.append(f"unknown input name{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}")
        if missing and not random:
            problems.append(f"missing input{'s' if len(missing) > 1 else ''} {', '.join(map(repr, missing))}")
        raise InputError(
            f"{problems[0][0].upper()}{'; '.join(problems)[1:]}; {signature_text(manifest)}. Pass "
            "--input NAME=FILE.npy for each input, or --random-inputs to fill the ones not given."
        )
    rng = np.random.default_rng(seed)
    leaves: list[Any] = []
    arrays: dict[str, np.ndarray] = {}
    for entry in entries:
        if "constant" in entry:
            leaves.append(entry["constant"])
            continue
        name = entry["name"]
        if name in files:
            arrays[name] = load_npy(name, files[name], entry)
        else:
            arrays[name] = random_array(entry, manifest, rng)
        leaves.append(arrays[name])
    tree = pytree.unflatten(manifest["input_spec"], leaves)
    args, kwargs = tree if isinstance(tree, tuple) and len(tree) == 2 else (tree, {})
    return tuple(args), dict(kwargs or {}), arrays
