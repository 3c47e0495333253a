"""Loading an ONNX model for conversion: file or ModelProto, weights in side files, old opsets upgraded.

The converter wants opset 13 or later of the default domain; older models are upgraded with
``onnx.version_converter`` first. External data (weights stored beside the ``.onnx`` file) is read here, from
the model's own folder, so the converter only ever sees in-memory tensors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from torchtpu_aot.errors import ExportError, ModelFileError

MIN_OPSET = 13
DEFAULT_DOMAINS = ("", "ai.onnx")


def require_onnx(what: str) -> Any:
    """The onnx module, or an ExportError saying how to install it."""
    try:
        import onnx
    except ImportError:
        raise ExportError(f"{what} needs the onnx package, which is not installed in this environment. Install it "
                          "with `pip install 'torchtpu-aot[export]'` (onnx==1.23.2).") from None
    return onnx


def load_onnx(model: Any) -> Any:
    """A checked ModelProto at opset >= 13 from a path or a ModelProto; external weights loaded."""
    onnx = require_onnx("Exporting an ONNX model")
    if isinstance(model, (str, Path)):
        path = Path(model)
        if not path.is_file():
            raise ModelFileError(f"No ONNX model at {path}: the file does not exist.")
        try:
            proto = onnx.load(str(path), load_external_data=False)
        except Exception as e:
            raise ModelFileError(f"{path} is not a readable ONNX model ({type(e).__name__}: {e}).") from None
        missing = sorted({name for name in _external_files(proto) if not (path.parent / name).is_file()})
        if missing:
            raise ModelFileError(f"{path} keeps weights in side files that are missing ({', '.join(missing)}); copy "
                                 "the external data files into the model's folder, beside it.")
        try:
            if _uses_external_data(proto):
                from onnx.external_data_helper import load_external_data_for_model

                load_external_data_for_model(proto, str(path.parent))
        except Exception as e:
            raise ModelFileError(f"{path} is not a readable ONNX model ({type(e).__name__}: {e}).") from None
        where = str(path)
    elif isinstance(model, onnx.ModelProto):
        proto = model
        if _uses_external_data(proto):
            raise ModelFileError("The ModelProto keeps weights in external files; pass the .onnx path instead so "
                                 "they can be found beside it.")
        where = f"the ONNX model {proto.graph.name or '(unnamed)'}"
    else:
        raise ModelFileError(f"Expected a path to an .onnx file or an onnx.ModelProto, got {type(model).__name__}.")
    version = opset_version(proto)
    if version is None:
        raise ModelFileError(f"{where} imports no opset of the default ONNX domain; it is not a model this "
                             "converter can read.")
    if version < MIN_OPSET:
        try:
            proto = onnx.version_converter.convert_version(proto, MIN_OPSET)
        except Exception as e:
            raise ModelFileError(f"{where} uses opset {version}; upgrading it to opset {MIN_OPSET} with "
                                 f"onnx.version_converter failed ({e}). Re-export the model at opset "
                                 f"{MIN_OPSET} or later.") from None
    try:
        onnx.checker.check_model(proto)
    except Exception as e:
        raise ModelFileError(f"{where} fails onnx.checker: {str(e).splitlines()[0]}") from None
    return proto


def opset_version(proto: Any) -> int | None:
    for entry in proto.opset_import:
        if entry.domain in DEFAULT_DOMAINS:
            return int(entry.version)
    return None


def _uses_external_data(proto: Any) -> bool:
    from onnx.external_data_helper import uses_external_data

    return any(uses_external_data(t) for t in _all_initializers(proto.graph))


def _external_files(proto: Any) -> list[str]:
    """The side files (relative to the model's folder) that the model's external tensors name."""
    from onnx.external_data_helper import uses_external_data

    files = []
    for tensor in _all_initializers(proto.graph):
        if uses_external_data(tensor):
            files += [entry.value for entry in tensor.external_data if entry.key == "location"]
    return files


def _all_initializers(graph: Any):
    yield from graph.initializer
    for node in graph.node:
        for attr in node.attribute:
            if attr.HasField("t"):
                yield attr.t
            for sub in ([attr.g] if attr.HasField("g") else []) + list(attr.graphs):
                yield from _all_initializers(sub)
