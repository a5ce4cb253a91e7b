import pytest

from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config


@pytest.fixture(scope="session")
def analyser():
    return TextAnalyser(Config())
