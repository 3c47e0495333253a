"""Weights in safetensors, streamed: written from the arrays' own memory and read back tensor by tensor, the file's
SHA-256 computed on a thread of its own as the bytes go by.

The format is an 8-byte little-endian header length, a JSON header (``{"__metadata__": {...}, NAME: {"dtype",
"shape", "data_offsets"}, ...}``, padded with spaces to a multiple of 8 bytes), then the tensors' bytes back to
back. It is written and read here rather than by the safetensors package, so that each tensor crosses memory once
and the digest overlaps the disk (hashlib releases the GIL on large buffers: on two cores a digest costs no wall
time beyond the slower of the two); safetensors.numpy also cannot read bfloat16. The files are byte for byte what
``safetensors.numpy.save`` writes for the same arrays (its tensor order and JSON layout; the tests compare).
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import queue
import stat
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ml_dtypes
import numpy as np

from torchtpu_aot.errors import ArtifactError, WeightsDigestError, WeightsFormatError, WeightsNotFoundError
from torchtpu_aot.progress import Meter

_METADATA = {"format": "torchtpu_aot"}
# safetensors.numpy writes bfloat16 (ml_dtypes) as BF16 but cannot read it back: the dtype table is ours.
_DTYPES = {"F64": np.float64, "F32": np.float32, "F16": np.float16, "BF16": ml_dtypes.bfloat16, "I64": np.int64,
           "I32": np.int32, "I16": np.int16, "I8": np.int8, "U64": np.uint64, "U32": np.uint32, "U16": np.uint16,
           "U8": np.uint8, "BOOL": np.bool_, "C64": np.complex64, "C128": np.complex128}
_CODES = {np.dtype(v): k for k, v in _DTYPES.items()}
# safetensors' dtype enum in its declared order: its files list the tensors by it, last first, then by name.
_ORDER = ("BOOL", "U8", "I8", "I16", "U16", "F16", "BF16", "I32", "U32", "F32", "C64", "F64", "I64", "U64")
_MAX_HEADER = 100_000_000  # safetensors' own limit on the header's length
# Bytes per read or write call, each handed to the hashing thread once it is read or before it is written, so the
# digest of one piece overlaps the disk's work on the next.
_PIECE = 8 << 20
_ALIGN = 64  # XLA's CPU client uses a host array aligned to this as the device buffer itself, without a copy


def encode(weights: Mapping[str, np.ndarray]) -> bytes:
    """The safetensors bytes for ``weights`` (same arrays -> same bytes). Holds the whole file in memory: to
    write large weights, ``write`` streams the same bytes to a file instead."""
    out = io.BytesIO()
    _stream(_contiguous(weights), out.write)
    return out.getvalue()


def write(weights: Mapping[str, np.ndarray], path: Path, meter: Meter | None = None) -> str:
    """Write the safetensors file for ``weights`` to ``path`` (the bytes ``encode`` gives) and return its SHA-256.

    Each array's own memory goes to the file once, copying nothing (contiguous little-endian arrays, which lifted
    weights are), while another thread hashes the same memory; nothing is flushed here (the caller syncs the file
    once, at the end). ``meter`` counts the bytes.
    """
    with open(path, "wb", buffering=0) as f:
        return _stream(_contiguous(weights), f.write, meter)


def _stream(arrays: Mapping[str, np.ndarray], write: Callable[[Any], int | None], meter: Meter | None = None) -> str:
    """Hand the safetensors bytes of ``arrays`` to ``write`` in order, and return their SHA-256."""
    prefix, order = _header(arrays)
    if meter is not None:
        meter.total = len(prefix) + sum(arrays[name].nbytes for name in order)
    with _Hasher() as sha:
        for data in [memoryview(prefix), *(_bytes_of(arrays[name]) for name in order)]:
            for start in range(0, len(data), _PIECE):
                piece = data[start:start + _PIECE]
                sha.update(piece)
                while piece:  # a raw file may take fewer bytes than given
                    written = write(piece)
                    piece = piece[len(piece) if written is None else written:]
            if meter is not None:
                meter.advance(len(data))
        return sha.hexdigest()


def _header(arrays: Mapping[str, np.ndarray]) -> tuple[bytes, list[str]]:
    """The file's first bytes (length and JSON header) and the names in the order their data follows, as
    safetensors lays them out."""
    codes = {}
    for name, array in arrays.items():
        code = _CODES.get(array.dtype)
        if code not in _ORDER:
            raise ArtifactError(f"The weight {name!r} is {array.dtype}, which a safetensors file cannot hold; "
                                "convert it (for example complex128 to two float64 weights) before exporting.")
        codes[name] = code
    order = sorted(arrays, key=lambda name: (-_ORDER.index(codes[name]), name.encode("utf-8")))
    table: dict[str, Any] = {"__metadata__": _METADATA}
    offset = 0
    for name in order:
        size = arrays[name].nbytes
        table[name] = {"dtype": codes[name], "shape": list(arrays[name].shape), "data_offsets": [offset,
                                                                                                  offset + size]}
        offset += size
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    return len(text).to_bytes(8, "little") + text, order


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, read in pieces (``sha256_bytes`` of its content, without holding it in memory)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _bytes_of(array: np.ndarray) -> memoryview:
    """The bytes of a contiguous little-endian array, as a view of its memory."""
    return memoryview(array.reshape(-1).view(np.uint8))


def _contiguous(weights: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Each array as safetensors stores it: C-contiguous and little-endian. Arrays that already are pass through
    as they are (no copy); np.ascontiguousarray turns 0-d arrays into 1-d ones, so the shape is restored."""
    out = {}
    for name, value in weights.items():
        array = np.ascontiguousarray(value).reshape(np.shape(value))
        if array.dtype.byteorder == ">":
            array = array.astype(array.dtype.newbyteorder("<"))
        out[name] = array
    return out


@dataclass(frozen=True)
class Tensor:
    """One tensor as a weights file's header describes it."""

    name: str
    dtype: np.dtype
    shape: tuple[int, ...]
    start: int  # offsets into the data, which begins after the header
    stop: int


class _Malformed(Exception):
    """The file is not valid safetensors (reported only once its digest is known to match)."""


def read(path: Path, expected_sha256: str, *, check: Callable[[list[Tensor]], None] | None = None,
         place: Callable[[str, np.ndarray], Any] | None = None, meter: Meter | None = None) -> dict[str, Any]:
    """The tensors of the weights file at ``path``, by name, each as ``place(name, array)`` returns it (default:
    the numpy array itself), read one at a time while another thread computes the file's SHA-256.

    Each tensor is read straight from the file into memory of its own, 64-byte aligned (no copy of the file is
    made besides); only once the whole file's digest matches is each handed to ``place`` and dropped here. On
    XLA's CPU client ``jax.device_put`` takes such an array as the device buffer itself (no copy), so the weights
    are held once; on an accelerator each host array is freed as its transfer ends. Nothing stays mapped from the
    file, so replacing the file later cannot change or break loaded weights.

    The digest and the order of errors: a changed byte anywhere in the file raises WeightsDigestError, whatever
    else it breaks, and nothing has been placed then. A header that does not parse, or that ``check`` (given the
    header's tensors, before any data is read) rejects, is reported as such only once the whole file's digest is
    found to match. ``meter`` counts the bytes read.
    """
    try:
        f = open(path, "rb", buffering=0)
    except FileNotFoundError:
        raise WeightsNotFoundError(
            f"The weights file {path} is missing; it must lie beside the .mlir it belongs to "
            "(copy both files together, or re-export with --inline-weights for a single file)."
        ) from None
    except OSError as e:
        raise WeightsNotFoundError(f"The weights file {path} cannot be read ({e.strerror or e}); check that it is a "
                                   "file beside the .mlir and that its permissions allow reading.") from None
    with f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise WeightsNotFoundError(f"The weights file {path} is not a regular file; copy the .safetensors file "
                                       "the artifact was exported with beside the .mlir.")
        try:
            prefix, tensors = _read_header(f, info.st_size)
            if check is not None:
                check(tensors)
        except _Malformed as e:
            _raise_for_digest(path, f, expected_sha256)
            raise WeightsFormatError(f"The weights file {path} is not valid safetensors ({e}), although its SHA-256 "
                                     "matches the artifact: it was written wrongly. Re-export the model.") from None
        except ArtifactError:
            _raise_for_digest(path, f, expected_sha256)
            raise
        if meter is not None:
            meter.total = info.st_size
        arrays: list[tuple[str, np.ndarray]] = []
        with _Hasher() as sha:
            sha.update(prefix)
            if meter is not None:
                meter.advance(len(prefix))
            for tensor in tensors:
                array = _read_tensor(f, tensor, sha)
                if array is None:  # the file ended early: it changed while it was read
                    raise _digest_error(path)
                arrays.append((tensor.name, array))
                del array
                if meter is not None:
                    meter.advance(tensor.stop - tensor.start)
            if sha.hexdigest() != expected_sha256:
                raise _digest_error(path)
    if place is None:
        return dict(arrays)
    arrays.reverse()  # popped in file order, so that each host array is dropped once placed
    placed: dict[str, Any] = {}
    while arrays:
        name, array = arrays.pop()
        placed[name] = place(name, array)
        del array
    return placed


def _digest_error(path: Path) -> WeightsDigestError:
    return WeightsDigestError(
        f"The weights file {path} does not match the SHA-256 recorded in its artifact: it was changed or belongs "
        "to another export. Copy the matching .safetensors file, or re-export the model."
    )


def _raise_for_digest(path: Path, f: io.RawIOBase, expected_sha256: str) -> None:
    """WeightsDigestError unless the whole file matches ``expected_sha256`` (a file whose header is wrong is
    more likely changed than written wrongly: the digest decides which error it is)."""
    f.seek(0)
    if hashlib.file_digest(f, "sha256").hexdigest() != expected_sha256:
        raise _digest_error(path) from None


def _read_header(f: io.RawIOBase, size: int) -> tuple[bytes, list[Tensor]]:
    """The file's first bytes (length and header) and its tensors in the order of their data; _Malformed unless
    the tensors cover the data after the header exactly, back to back, as safetensors requires."""
    if size < 8:
        raise _Malformed(f"it is {size} bytes long, shorter than the 8-byte header length")
    first = _read_exactly(f, 8)
    length = int.from_bytes(first, "little")
    if length > min(size - 8, _MAX_HEADER):
        raise _Malformed(f"its header length {length} exceeds the file's {size} bytes")
    header = _read_exactly(f, length)
    try:
        table = json.loads(header)
    except (UnicodeDecodeError, ValueError) as e:
        raise _Malformed(f"its header is not JSON: {e}") from None
    if not isinstance(table, dict):
        raise _Malformed("its header is not a JSON object")
    metadata = table.pop("__metadata__", {})
    if not isinstance(metadata, dict) or not all(isinstance(v, str) for v in metadata.values()):
        raise _Malformed("its __metadata__ is not an object of strings")
    tensors = sorted((_tensor(name, entry) for name, entry in table.items()), key=lambda t: (t.start, t.stop))
    end = 0
    for tensor in tensors:
        if tensor.start != end:
            raise _Malformed(f"the data of {tensor.name!r} starts at byte {tensor.start} of the data, not at {end}")
        end = tensor.stop
    if 8 + length + end != size:
        raise _Malformed(f"its tensors end at byte {8 + length + end}, but the file has {size} bytes")
    return first + header, tensors


def _tensor(name: str, entry: Any) -> Tensor:
    if not isinstance(entry, dict):
        raise _Malformed(f"the entry of {name!r} is not an object")
    dtype = _DTYPES.get(entry.get("dtype")) if isinstance(entry.get("dtype"), str) else None
    if dtype is None:
        raise _Malformed(f"{name!r} has no dtype this reader knows ({entry.get('dtype')!r})")
    shape, offsets = entry.get("shape"), entry.get("data_offsets")
    if not _whole_numbers(shape):
        raise _Malformed(f"the shape of {name!r} is not a list of sizes ({shape!r})")
    if not _whole_numbers(offsets) or len(offsets) != 2 or offsets[0] > offsets[1]:
        raise _Malformed(f"the data_offsets of {name!r} are not [start, stop] ({offsets!r})")
    dtype = np.dtype(dtype)
    if offsets[1] - offsets[0] != math.prod(shape) * dtype.itemsize:
        raise _Malformed(f"{name!r} has {offsets[1] - offsets[0]} bytes of data for its {dtype}{shape}")
    return Tensor(name, dtype, tuple(shape), offsets[0], offsets[1])


def _whole_numbers(value: Any) -> bool:
    return isinstance(value, list) and all(type(v) is int and v >= 0 for v in value)


def _read_exactly(f: io.RawIOBase, n: int) -> bytes:
    data = f.read(n)
    while len(data) < n:
        more = f.read(n - len(data))
        if not more:
            raise _Malformed("the file ended inside its header")
        data += more
    return data


def _read_tensor(f: io.RawIOBase, tensor: Tensor, sha: _Hasher) -> np.ndarray | None:
    """The next tensor's bytes, read into a read-only array of its own and handed to ``sha`` piece by piece as they
    arrive (None if the file ends first)."""
    nbytes = tensor.stop - tensor.start
    buffer = _buffer(nbytes)
    view = memoryview(buffer)
    for start in range(0, nbytes, _PIECE):
        piece = view[start:min(start + _PIECE, nbytes)]
        done = 0
        while done < len(piece):
            n = f.readinto(piece[done:])
            if not n:
                return None
            done += n
        sha.update(piece)
    array = buffer.view(tensor.dtype).reshape(tensor.shape)
    array.flags.writeable = False  # its digest is being checked: nothing should change it
    return array


def _buffer(nbytes: int) -> np.ndarray:
    """``nbytes`` of new memory as a uint8 array that starts on a 64-byte boundary."""
    raw = np.empty(nbytes + _ALIGN, np.uint8)
    start = -raw.ctypes.data % _ALIGN
    return raw[start:start + nbytes]


class _Hasher:
    """A SHA-256 computed on a thread of its own from the buffers given to ``update``, in order, while the caller
    goes on reading or writing, so that the two take the longer of their times rather than the sum. The pieces
    waiting for it are views of memory the caller holds anyway (the arrays being written, or the tensors read,
    which are kept until the digest is checked), so any number may wait. Use it as a context manager: leaving it
    stops the thread."""

    def __init__(self) -> None:
        self._sha = hashlib.sha256()
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="torchtpu-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (piece := self._queue.get()) is not None:
            self._sha.update(piece)

    def update(self, data: bytes | memoryview) -> None:
        """Hash ``data`` after what was given before (pieces of at most ``_PIECE`` bytes wait as one each)."""
        view = memoryview(data)
        for start in range(0, len(view), _PIECE):
            self._queue.put(view[start:start + _PIECE])

    def hexdigest(self) -> str:
        self._stop()
        return self._sha.hexdigest()

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def __enter__(self) -> _Hasher:
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop()
