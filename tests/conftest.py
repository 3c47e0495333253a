"""Shared fixtures: each model in models/ is exported once per test session and reused."""

from __future__ import annotations

import pytest

from tests.golden_tools import Exported, export_model

_CACHE: dict[str, Exported] = {}


@pytest.fixture(scope="session")
def exported_model():
    """exported_model(name) -> Exported, cached across tests."""

    def get(name: str) -> Exported:
        if name not in _CACHE:
            _CACHE[name] = export_model(name)
        return _CACHE[name]

    return get
