"""The literal prefilter may only skip patterns that cannot match."""

from pathlib import Path

import pytest

from selfaudit.analysis import text as T
from selfaudit.analysis.text_gate import required_literals
from selfaudit.config import Config

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"


def _texts():
    out = []
    for f in sorted(DATA.glob("*.tsv")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                out.append(line.split("\t")[-1])
    return out


TEXTS = _texts()


def test_there_is_data():
    assert len(TEXTS) > 500


@pytest.mark.parametrize("pattern", [r"\b(?:kill|kick) you\b", r"\b(?:so|very) (?:drunk|wasted)\b(?! on)", r"ab(?:c|d)?e+f"])
def test_required_literals_are_in_every_match(pattern):
    import re

    lits = required_literals(pattern)
    assert lits
    for s in ["i will kill you", "so drunk", "very wasted now", "abeef", "abceeef", "abdef"]:
        for m in re.finditer(pattern, s):
            assert any(lit in m.group(0) for lit in lits), (pattern, s, lits)


def test_every_gated_pattern_match_contains_one_of_its_literals():
    masked = [T._BENIGN.sub(" ", T.normalise(t)[1]) for t in TEXTS]
    for name, rx in T._GATED.items():
        lits = required_literals(rx)
        if lits is None:
            continue
        for m_text in masked:
            for m in rx.finditer(m_text):
                assert any(lit in m.group(0) for lit in lits), (name, m.group(0))


def test_gated_and_ungated_results_are_identical():
    gated = T.TextAnalyser(Config())
    plain = T.TextAnalyser(Config())
    plain.use_gate = False
    for a, b in zip(gated.analyse_many(TEXTS), plain.analyse_many(TEXTS), strict=False):
        assert (a.offensive, a.offence) == (b.offensive, b.offence), a.text
