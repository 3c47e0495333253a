"""Inputs for ``torchtpu run``: .npy files and random values, checked against the artifact's manifest.

Imports no torch: ``run`` must work on serving hosts without it.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import click
import numpy as np

from torchtpu_aot import pytree
from torchtpu_aot.artifact.manifest import Manifest, TensorEntry
from torchtpu_aot.errors import InputError, TorchTPUError
from torchtpu_aot.runtime.shapes import concrete_shape

from .formatting import entry_text


def signature_text(manifest: Manifest) -> str:
    """The expected inputs in one line, for error messages: ``x: float32[8, 64], y: int64[s0]``."""
    tensors = manifest.tensor_inputs
    if not tensors:
        return "the artifact takes no tensor inputs"
    return "expected inputs: " + ", ".join(f"{e.name}: {entry_text(e)}" for e in tensors)


def parse_input_options(options: tuple[str, ...], flag: str = "--input") -> dict[str, Path]:
    """``NAME=FILE.npy`` pairs given with ``flag``; a malformed or repeated one is a usage error."""
    files: dict[str, Path] = {}
    for option in options:
        name, sep, file = option.partition("=")
        if not sep or not name or not file:
            raise click.BadParameter(f"{option!r} is not NAME=FILE.npy.", param_hint=f"'{flag}'")
        if name in files:
            raise click.BadParameter(f"input {name!r} is given twice.", param_hint=f"'{flag}'")
        files[name] = Path(file)
    return files


_NPY_MAGIC = b"\x93NUMPY"
_ZIP_MAGIC = b"PK\x03\x04"


def read_npy(path: Path, what: str, error: type[TorchTPUError] = InputError) -> np.ndarray:
    """The array in a .npy file (never unpickling anything); ``error`` saying ``what`` it was for if the file is
    missing or is no .npy file."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(_NPY_MAGIC))
    except FileNotFoundError:
        raise error(f"{what}: no file at {path}.") from None
    except OSError as e:
        raise error(f"{what}: {path} cannot be read ({e.strerror or e}).") from None
    if head.startswith(_ZIP_MAGIC):
        raise error(f"{what}: {path} holds several arrays (.npz); pass a single-array .npy file "
                    "(numpy.save(path, array)).")
    if head != _NPY_MAGIC:
        raise error(f"{what}: {path} is not a .npy file; save the array with numpy.save(path, array).")
    try:
        return np.load(path, allow_pickle=False)
    except (ValueError, OSError) as e:
        raise error(f"{what}: {path} is not a readable .npy file without pickled objects ({e}).") from None


def load_npy(name: str, path: Path, entry: TensorEntry) -> np.ndarray:
    """One input array from a .npy file, in the dtype the artifact declares where that is lossless to do."""
    array = read_npy(path, f"Input {name!r}")
    want = entry.numpy_dtype
    if array.dtype != want and entry.dtype == "bfloat16":
        # .npy has no bfloat16: accept the raw 2-byte values or a float array rounded to bfloat16.
        if array.dtype.kind == "V" and array.dtype.itemsize == 2:
            return array.view(want)
        if array.dtype.kind == "f":
            return array.astype(want)
    if array.dtype != want:
        raise InputError(
            f"Input {name!r} from {path} has dtype {array.dtype}, but the artifact expects {entry_text(entry)}; "
            f"convert it before saving (np.save(path, x.astype('{entry.dtype}')))."
        )
    return array


def random_array(entry: TensorEntry, manifest: Manifest, rng: np.random.Generator, sizes: dict[str, int]
                 ) -> np.ndarray:
    """Floats standard normal, ints uniform in [0, 10), bools fair coins; dynamic dims at the given sizes, or
    at their minimum."""
    shape = concrete_shape(entry.shape, manifest.symbols, sizes)
    dtype = entry.numpy_dtype
    name = entry.dtype
    if name == "bool":
        return rng.random(shape) < 0.5
    if name.startswith("complex"):
        return (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(dtype)
    if name.startswith(("int", "uint")):
        return rng.integers(0, 10, size=shape).astype(dtype)
    return rng.standard_normal(shape).astype(dtype)


def parse_dim_options(options: tuple[str, ...], manifest: Manifest) -> dict[str, int]:
    """``NAME=SIZE`` pairs naming the artifact's dynamic dims, for the inputs --random-inputs makes up."""
    sizes: dict[str, int] = {}
    for option in options:
        name, sep, size = option.partition("=")
        if not sep or not size.strip().isdigit():
            raise click.BadParameter(f"{option!r} is not NAME=SIZE.", param_hint="'--dim'")
        if name not in manifest.symbols:
            known = ", ".join(sorted(manifest.symbols)) or "none"
            raise click.BadParameter(f"{name!r} is not a dynamic dim of this artifact (its dynamic dims: {known}).",
                                     param_hint="'--dim'")
        sizes[name] = int(size)
    return sizes


def parse_bucket_options(options: tuple[str, ...]) -> list[int] | dict[str, list[int]] | None:
    """``--buckets 1,2,4,8`` (the batch dim) or ``--buckets NAME=SIZES`` per dim, as ``Program`` takes them."""
    if not options:
        return None
    named: dict[str, list[int]] = {}
    for option in options:
        name, sep, values = option.rpartition("=")
        sizes = [v.strip() for v in values.split(",")]
        if (sep and not name) or not all(v.isdigit() for v in sizes):
            raise click.BadParameter(f"{option!r} is not a comma-separated list of sizes, optionally after NAME=.",
                                     param_hint="'--buckets'")
        if name in named:
            raise click.BadParameter(f"buckets for {name or 'the batch dim'!r} are given twice.",
                                     param_hint="'--buckets'")
        named[name] = [int(v) for v in sizes]
    if "" in named:
        if len(named) > 1:
            raise click.BadParameter("give either plain sizes (the batch dim) or NAME=SIZES, not both.",
                                     param_hint="'--buckets'")
        return named[""]
    return named


def build_inputs(manifest: Manifest, files: dict[str, Path], random: bool, seed: int,
                 sizes: dict[str, int] | None = None) -> tuple[tuple, dict, dict]:
    """The (args, kwargs) to call the Program with, and the flat name -> array map that went into them.
    Made-up inputs take dynamic dims from ``sizes``, else from the inputs read from files, else their minimum."""
    entries = manifest.inputs
    expected = manifest.input_names
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
    arrays = {e.name: load_npy(e.name, files[e.name], e) for e in manifest.tensor_inputs if e.name in files}
    sizes = dict(sizes or {})
    for entry in manifest.tensor_inputs:
        if entry.name in arrays:
            for dim, size in zip(entry.shape, arrays[entry.name].shape):
                if isinstance(dim, str) and dim in manifest.symbols:
                    sizes.setdefault(dim, size)
    leaves: list[Any] = []
    for entry in entries:
        if entry.is_constant:
            leaves.append(entry.value)
            continue
        if entry.name not in arrays:
            arrays[entry.name] = random_array(entry, manifest, rng, sizes)
        leaves.append(arrays[entry.name])
    tree = pytree.unflatten(manifest.input_spec, leaves)
    args, kwargs = tree if isinstance(tree, tuple) and len(tree) == 2 else (tree, {})
    return tuple(args), dict(kwargs or {}), arrays


FOLD_CHOICES = {"auto": None, "on": True, "off": False}


def runtime_options(fn):
    """The Program options ``run`` and ``serve`` share: ``--cache-dir``, ``--devices`` and ``--fold-weights``
    (given to the command as ``cache_dir``, ``devices`` and ``fold_weights``: None, True or False), and
    ``parallel_options``."""
    options = [
        click.option("--cache-dir", type=click.Path(path_type=Path), metavar="DIR",
                     help="Keep compiled programs in DIR (JAX's persistent compilation cache), so a later process "
                          "with the same DIR loads them instead of compiling.  [default: $TORCHTPU_CACHE_DIR, else "
                          "no cache]"),
        DEVICES_OPTION,
        click.option("--fold-weights", type=click.Choice(list(FOLD_CHOICES)), default="auto", show_default=True,
                     callback=lambda ctx, param, value: FOLD_CHOICES[value],
                     help="Compile the weights into the program as constants, so XLA does weight-only work (filter "
                          "layouts, batch-norm scales) once instead of every call; auto does it up to 256 MiB of "
                          "weights."),
    ]
    fn = parallel_options(fn)
    for option in reversed(options):
        fn = option(fn)
    return fn


DEVICES_OPTION = click.option(
    "--devices", type=click.IntRange(min=1), metavar="N",
    help="Run on the first N devices (of every process, with --coordinator), each batch (dim 0) split across N/T of "
         "them (padded up to a multiple) and the weights split across T (--tensor-parallel) by the artifact's "
         "partition specs, whole otherwise. On CPU, XLA_FLAGS=--xla_force_host_platform_device_count=N splits the "
         "host into N devices.  [default: T on one process, every device on several]")


def parallel_options(fn, devices: bool = False):
    """``--tensor-parallel`` and the options that join several processes (``--coordinator``, ``--num-processes``,
    ``--process-id``), given to the command as ``tensor_parallel`` and ``hosts`` (a dict for ``hosts.join``);
    ``devices`` adds ``--devices`` too (commands without ``runtime_options``)."""
    options = [
        click.option("--tensor-parallel", type=click.IntRange(min=1), metavar="T",
                     help="Split the weights across T devices by the partition specs the artifact records (export "
                          "--shard auto), the KV cache of a text-generation artifact by its heads; XLA partitions "
                          "the program and adds the collectives. Weights without a spec, or whose heads T does not "
                          "divide, stay whole on every device.  [default: 1]"),
        click.option("--coordinator", metavar="HOST:PORT",
                     help="Join several processes (one per host) into one mesh through jax.distributed: process "
                          "0's address and a free port, the same for every process; 'auto' lets JAX find it (TPU "
                          "pod slices). Every process runs the same command; --devices then counts the devices of "
                          "all of them."),
        click.option("--num-processes", type=click.IntRange(min=1), metavar="P",
                     help="With --coordinator: how many processes take part."),
        click.option("--process-id", type=click.IntRange(min=0), metavar="I",
                     help="With --coordinator: this process's index, 0 to P-1 (0 writes the outputs)."),
    ]
    if devices:
        options.insert(0, DEVICES_OPTION)

    def wrapped(*args, coordinator=None, num_processes=None, process_id=None, **kwargs):
        return fn(*args, hosts={"coordinator": coordinator, "num_processes": num_processes,
                                "process_id": process_id}, **kwargs)

    wrapped = functools.wraps(fn)(wrapped)
    for option in reversed(options):
        wrapped = option(wrapped)
    return wrapped


def join_hosts(hosts: dict) -> int:
    """Join the processes the command line describes (nothing without --coordinator), before anything uses JAX's
    devices; this process's index."""
    from torchtpu_aot.runtime import hosts as hosts_lib

    return hosts_lib.process_index() if hosts_lib.join(**hosts) else 0


def devices_text(program: Any) -> str:
    """`` on 8 devices (tensor parallel 4, 2 processes)`` for a program on several devices, else ""."""
    devices = program.devices
    if len(devices) <= 1:
        return ""
    notes = []
    if program.tensor_parallel > 1:
        notes.append(f"tensor parallel {program.tensor_parallel}")
    processes = len({d.process_index for d in devices})
    if processes > 1:
        notes.append(f"{processes} processes")
    return f" on {len(devices)} devices" + (f" ({', '.join(notes)})" if notes else "")
