# Two commands do everything on a fresh machine with Python 3.11:
#   make demo   set up .venv, export models/resnet18.py and run the artifact
#   make test   set up .venv and run the tests
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup test test-slow demo goldens lint clean

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
	$(BIN)/torchtpu export models/resnet18.py -o out/resnet18.mlir
	$(BIN)/torchtpu run out/resnet18.mlir --random-inputs

# Regenerate artifacts/ after an intended change to the emitted StableHLO, the manifest, or models/.
goldens: setup
	$(BIN)/python -m tests.golden_tools

lint: setup
	$(BIN)/ruff check .

clean:
	rm -rf out build *.egg-info .pytest_cache .ruff_cache
