from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    """Never touch the real user folder."""
    monkeypatch.setenv("SELFAUDIT_HOME", str(tmp_path / "home"))


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    return tmp_path / "out"
