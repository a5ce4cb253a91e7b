import pytest

from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("SELFAUDIT_HOME", str(tmp_path / "home"))


@pytest.fixture(scope="session")
def analyser():
    return TextAnalyser(Config())
