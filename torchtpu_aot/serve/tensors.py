"""The Open Inference Protocol (KServe v2) codec: infer requests in, infer responses out.

A request body is JSON, or, with the binary tensor data extension, a JSON header of
``Inference-Header-Content-Length`` bytes followed by the raw little-endian data of the inputs that declare
``parameters.binary_data_size``, in order. Responses use binary data for the outputs a client asks for that way
(Triton's convention: ``binary_data`` per output, or ``binary_data_output`` for the whole request).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import ml_dtypes
import numpy as np

from torchtpu_aot import dtypes
from torchtpu_aot.serve.errors import RequestError

# Manifest dtype name -> v2 datatype. complex has no v2 datatype; BYTES has no tensor dtype here.
V2_DATATYPES = {
    "bool": "BOOL", "uint8": "UINT8", "uint16": "UINT16", "uint32": "UINT32", "uint64": "UINT64",
    "int8": "INT8", "int16": "INT16", "int32": "INT32", "int64": "INT64",
    "float16": "FP16", "float32": "FP32", "float64": "FP64", "bfloat16": "BF16",
}
_NUMPY = {v2: dtypes.to_numpy(name).newbyteorder("<") for name, v2 in V2_DATATYPES.items()}
# Largest finite value of the float datatypes narrower than a JSON number (a float64).
_FLOAT_MAX = {"FP16": float(np.finfo(np.float16).max), "FP32": float(np.finfo(np.float32).max),
              "BF16": float(ml_dtypes.finfo(ml_dtypes.bfloat16).max)}
HEADER_LENGTH = "inference-header-content-length"


@dataclass
class TensorIn:
    """One decoded request input: what the client declared, and the data as an array of that shape."""

    name: str
    datatype: str
    shape: list[int]
    array: np.ndarray


@dataclass
class InferRequest:
    """A decoded infer request, not yet checked against any model."""

    id: str | None
    inputs: list[TensorIn]
    outputs: dict[str, bool] | None  # requested output name -> binary; None: every output
    binary_output: bool  # for outputs that do not say


def parse_request(body: bytes, header_length: str | None) -> InferRequest:
    """Decode an infer request body; every malformed part raises RequestError (400) naming it."""
    if header_length is None:
        header_bytes, binary = body, b""
    else:
        try:
            size = int(header_length)
        except ValueError:
            raise RequestError(f"Inference-Header-Content-Length must be an integer, got {header_length!r}.") from None
        if not 0 < size <= len(body):
            raise RequestError(f"Inference-Header-Content-Length is {size}, but the body has {len(body)} bytes; it "
                               "must give the size of the JSON header at the start of the body.")
        header_bytes, binary = body[:size], memoryview(body)[size:]
    try:
        header = json.loads(header_bytes)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise RequestError(f"The request is not valid JSON: {e}.") from None
    if not isinstance(header, dict):
        raise RequestError("The request must be a JSON object with an \"inputs\" list.")
    raw_inputs = header.get("inputs")
    if not isinstance(raw_inputs, list) or not raw_inputs:
        raise RequestError("The request must have a non-empty \"inputs\" list.")
    request_id = header.get("id")
    if request_id is not None and not isinstance(request_id, str):
        raise RequestError("The request \"id\" must be a string.")
    parameters = _object(header.get("parameters"), "request parameters")
    inputs, offset = [], 0
    for index, raw in enumerate(raw_inputs):
        tensor, offset = _parse_input(raw, index, binary, offset)
        inputs.append(tensor)
    if offset != len(binary):
        raise RequestError(f"The request carries {len(binary)} bytes of binary tensor data, but its inputs declare "
                           f"{offset} (parameters.binary_data_size).")
    binary_output = parameters.get("binary_data_output", False)
    if not isinstance(binary_output, bool):
        raise RequestError("The request parameter \"binary_data_output\" must be true or false.")
    return InferRequest(request_id, inputs, _parse_outputs(header.get("outputs"), binary_output), binary_output)


def _object(value: Any, what: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise RequestError(f"The {what} must be a JSON object.")
    return value


def _parse_input(raw: Any, index: int, binary: memoryview | bytes, offset: int) -> tuple[TensorIn, int]:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise RequestError(f"Request input {index} must be an object with a string \"name\".")
    name = raw["name"]
    datatype, shape = raw.get("datatype"), raw.get("shape")
    if datatype not in _NUMPY:
        raise RequestError(f"Input {name!r} has datatype {datatype!r}; this server takes "
                           f"{', '.join(sorted(_NUMPY))}.")
    if not isinstance(shape, list) or not all(isinstance(d, int) and not isinstance(d, bool) and d >= 0
                                              for d in shape):
        raise RequestError(f"Input {name!r} must have a \"shape\" list of non-negative integers, got {shape!r}.")
    dtype, count = _NUMPY[datatype], math.prod(shape)
    parameters = _object(raw.get("parameters"), f"parameters of input {name!r}")
    size = parameters.get("binary_data_size")
    if size is not None:
        if "data" in raw:
            raise RequestError(f"Input {name!r} has both \"data\" and parameters.binary_data_size; give one.")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise RequestError(f"Input {name!r} has binary_data_size {size!r}; it must be a byte count.")
        if size != count * dtype.itemsize:
            raise RequestError(f"Input {name!r} declares {size} bytes of binary data, but {datatype}{shape} takes "
                               f"{count * dtype.itemsize}.")
        if offset + size > len(binary):
            raise RequestError(f"Input {name!r} declares {size} bytes of binary data, but only "
                               f"{len(binary) - offset} remain in the body.")
        array = np.frombuffer(binary, dtype=dtype, count=count, offset=offset).reshape(shape)
        return TensorIn(name, datatype, shape, array), offset + size
    if "data" not in raw:
        raise RequestError(f"Input {name!r} has neither \"data\" nor parameters.binary_data_size.")
    return TensorIn(name, datatype, shape, _json_array(name, datatype, shape, raw["data"], count)), offset


def _json_array(name: str, datatype: str, shape: list[int], data: Any, count: int) -> np.ndarray:
    """JSON data (flat or nested, row-major) as an array; integers and booleans must be given as such."""
    try:
        values = np.asarray(data)
    except ValueError:
        raise RequestError(f"Input {name!r} has ragged nested \"data\"; give a flat list.") from None
    if values.size != count:
        raise RequestError(f"Input {name!r} has {values.size} data elements, but shape {shape} takes {count}.")
    want = _NUMPY[datatype]
    accepted = "iuf" if datatype in ("FP16", "FP32", "FP64", "BF16") else "iu" if want.kind in "iu" else "b"
    if count and values.dtype.kind not in accepted:
        what = {"b": "true/false values", "iu": "integers", "iuf": "numbers"}[accepted]
        raise RequestError(f"Input {name!r} is {datatype}: its \"data\" must be a list of {what}.")
    if count and want.kind in "iu":
        info = np.iinfo(want)
        if values.min() < info.min or values.max() > info.max:
            raise RequestError(f"Input {name!r} has values outside the range of {datatype}.")
    if count and datatype in _FLOAT_MAX:
        magnitudes = np.abs(values.astype(np.float64))
        if (magnitudes[np.isfinite(magnitudes)] > _FLOAT_MAX[datatype]).any():
            raise RequestError(f"Input {name!r} has values beyond the range of {datatype} (magnitudes up to "
                               f"{_FLOAT_MAX[datatype]:.4g}), which would become infinity; check or scale the data.")
    return values.astype(want).reshape(shape)


def _parse_outputs(raw: Any, binary_default: bool) -> dict[str, bool] | None:
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise RequestError("The request \"outputs\" must be a list of {\"name\": ...} objects.")
    wanted: dict[str, bool] = {}
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise RequestError(f"Requested output {index} must be an object with a string \"name\".")
        parameters = _object(item.get("parameters"), f"parameters of output {item['name']!r}")
        if parameters.get("classification"):
            raise RequestError("The classification extension is not supported: ask for the output tensor itself.")
        binary = parameters.get("binary_data", binary_default)
        if not isinstance(binary, bool):
            raise RequestError(f"Output {item['name']!r} parameter binary_data must be true or false.")
        wanted[item["name"]] = binary
    return wanted


def encode_response(model: str, request_id: str | None, outputs: list[tuple[str, np.ndarray, bool]]
                    ) -> tuple[bytes, dict[str, str]]:
    """An infer response body and its headers; outputs are (name, array, binary)."""
    entries, chunks = [], []
    for name, array, binary in outputs:
        datatype = V2_DATATYPES[dtypes.name_of(array.dtype)]
        entry: dict[str, Any] = {"name": name, "datatype": datatype, "shape": list(array.shape)}
        if binary:
            data = np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<")).tobytes()
            entry["parameters"] = {"binary_data_size": len(data)}
            chunks.append(data)
        else:
            values = array.astype(np.float32) if datatype == "BF16" else array
            if values.dtype.kind == "f" and not np.isfinite(values).all():
                raise RequestError(
                    f"Output {name!r} holds NaN or infinity, which JSON cannot carry; ask for it as binary data "
                    "(\"parameters\": {\"binary_data\": true} on the output, or \"binary_data_output\": true on the "
                    "request; tritonclient: InferRequestedOutput(name, binary_data=True)).")
            entry["data"] = values.reshape(-1).tolist()
        entries.append(entry)
    response: dict[str, Any] = {"model_name": model, "model_version": "1"}
    if request_id is not None:
        response["id"] = request_id
    response["outputs"] = entries
    header = json.dumps(response, separators=(",", ":")).encode()
    if not chunks:
        return header, {"content-type": "application/json"}
    return b"".join([header, *chunks]), {"content-type": "application/octet-stream",
                                         HEADER_LENGTH: str(len(header))}
