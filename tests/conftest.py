"""Shared fixtures: each model in models/ is exported once per test session and reused."""

from __future__ import annotations

import os

import pytest

from tests.golden_tools import Exported, export_model

_CACHE: dict[str, Exported] = {}

# tests/serving_host runs in an environment of its own, on artifacts prepared for it (see that module).
collect_ignore = [] if os.environ.get("TORCHTPU_SERVING_ARTIFACTS") else ["serving_host"]


@pytest.fixture(scope="session")
def exported_model():
    """exported_model(name) -> Exported, cached across tests."""

    def get(name: str) -> Exported:
        if name not in _CACHE:
            _CACHE[name] = export_model(name)
        return _CACHE[name]

    return get
