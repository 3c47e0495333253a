"""Exporting a large model needs little more memory than its weights (benchmarks/export_memory.py).

The export runs in a fresh process, so the figures are its own: a model of 660M parameters (TinyLlama's
architecture with 12 of its 22 layers, 2.6 GB of weights) peaks near 1.35x its weight bytes, of which about
0.7 GB is Python, torch and JAX themselves. A second copy of the weights anywhere (lifting them from the
ExportedProgram, encoding the safetensors file, hashing it) would put it above 2x.
"""

from __future__ import annotations

import json

import pytest

from benchmarks import export_memory
from tests.golden_tools import ROOT

LAYERS = 12  # enough weights that the interpreter's own ~0.7 GB is a small part of the peak; ~30 s

MODEL = """
import dataclasses
import sys

import torch

sys.path.insert(0, {root!r})
from benchmarks.llama_1b import CONFIG, llama  # noqa: E402

CONFIG = dataclasses.replace(CONFIG, num_layers={layers})


def build():
    return llama.materialize(CONFIG), (torch.randint(0, CONFIG.vocab_size, (1, 8), dtype=torch.int64),)
"""


@pytest.mark.slow
def test_export_peak_memory_is_under_one_and_a_half_times_the_weights(tmp_path, capsys):
    model = tmp_path / "llama_mid.py"
    model.write_text(MODEL.format(root=str(ROOT), layers=LAYERS))
    code = export_memory.main([str(model), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert result["parameters"] == llama_parameters(LAYERS)
    assert result["rss_ratio"] < 1.5, result
    assert code == 0
    # Above the interpreter's own memory, the export holds the weights once (plus torch.export's and the
    # converter's working memory), not twice.
    assert result["above_baseline_ratio"] < 1.2, result
    assert abs(result["artifact_ratio"] - 1) < 0.01, result


def llama_parameters(layers: int) -> int:
    import dataclasses

    from benchmarks.llama_1b import CONFIG

    return dataclasses.replace(CONFIG, num_layers=layers).num_parameters()


def test_the_limit_decides_the_exit_status(monkeypatch, capsys):
    figures = {"model_file": "m.py", "parameters": 10, "weight_bytes": 40, "peak_rss_bytes": 60, "rss_ratio": 1.5,
               "baseline_rss_bytes": 20, "above_baseline_ratio": 1.0, "wall_seconds": 1.0, "split_seconds": {},
               "peak_rss_after": {}, "program_bytes": 5, "artifact_bytes": 45, "artifact_ratio": 1.0}
    monkeypatch.setattr(export_memory, "measure", lambda model_file, out_dir: dict(figures))
    assert export_memory.main(["m.py"]) == 1  # 1.5x is over: the limit is strict
    assert "OVER the 1.5x limit" in capsys.readouterr().out
    assert export_memory.main(["m.py", "--limit", "2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rss_ratio"] == 1.5


def test_streamed_weights_file_is_byte_identical_to_the_encoded_one(tmp_path):
    import hashlib

    import ml_dtypes
    import numpy as np

    from torchtpu_aot.artifact import weights

    rng = np.random.default_rng(0)
    arrays = {"b.weight": rng.standard_normal((3, 4)).astype(np.float32), "a": np.array(3.0),
              "z": np.ones(5, ml_dtypes.bfloat16), "ids": np.arange(7), "mask": np.array([True, False]),
              "empty": np.zeros((0, 3), np.float16), "u8": np.arange(3, dtype=np.uint8),
              "fortran": np.asfortranarray(rng.standard_normal((3, 5))), 'odd "name"\n': np.ones(3, np.int32)}
    for case in (arrays, {}, {**arrays, "big_endian": np.arange(4, dtype=">f4")}):
        path = tmp_path / "w.safetensors"
        digest = weights.write(case, path)
        data = weights.encode(case)
        assert path.read_bytes() == data
        assert digest == hashlib.sha256(data).hexdigest() == weights.sha256_file(path)


def test_lifted_weights_share_the_models_memory_read_only():
    import numpy as np
    import torch

    from torchtpu_aot.convert.torch_values import tensor_to_numpy

    t = torch.randn(4, 3, requires_grad=True)
    a = tensor_to_numpy(t)
    assert np.shares_memory(a, t.detach().numpy()) and not a.flags.writeable
    b = tensor_to_numpy(t.t())  # not contiguous: a copy, laid out as the values read
    assert not np.shares_memory(b, t.detach().numpy()) and np.array_equal(b, t.detach().numpy().T)
    assert tensor_to_numpy(torch.ones((), dtype=torch.bfloat16)).shape == ()
