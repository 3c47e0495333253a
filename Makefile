# Two commands do everything on a fresh machine with Python 3.11:
#   make demo   set up .venv, export models/resnet18.py and run the artifact
#   make test   set up .venv and run the tests
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup test test-slow demo goldens zoo onnx-conformance coverage bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[export,dev]'
	touch $(STAMP)

setup: $(STAMP)

test: setup
	$(BIN)/python -m pytest -q

test-slow: setup
	$(BIN)/python -m pytest -q -m slow

demo: setup
	$(BIN)/torchtpu export models/resnet18.py -o out/resnet18.mlir --force
	$(BIN)/torchtpu run out/resnet18.mlir --random-inputs

# Regenerate artifacts/ after an intended change to the emitted StableHLO, the manifest, or models/.
goldens: setup
	$(BIN)/python -m tests.golden_tools

# PyTorch's OpInfo database through export -> save -> load -> run, two shards on two cores; writes COVERAGE.md.
coverage: setup
	$(BIN)/python -m tests.opinfo.parallel --shards 2 --out COVERAGE.md

# Every zoo model (torchvision + small transformers) through export -> save -> load -> run; writes ZOO.md.
zoo: setup
	nice -n 10 $(BIN)/python -m tests.zoo

# ONNX's backend node tests through export -> save -> load -> run; writes ONNX_CONFORMANCE.md.
onnx-conformance: setup
	nice -n 10 $(BIN)/python -m tests.onnx.conformance_report ONNX_CONFORMANCE.md

# torchtpu bench over every model in models/, the decoder scaling curve and the 1.1B export; writes BENCHMARKS.md.
bench: setup
	$(BIN)/python -m benchmarks.suite --out BENCHMARKS.md

lint: setup
	$(BIN)/ruff check .

clean:
	rm -rf out build *.egg-info .pytest_cache .ruff_cache
