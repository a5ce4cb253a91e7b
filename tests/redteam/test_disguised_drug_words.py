"""Drug words written with digits or symbols ("w33d", "sk|_|nk" aside) slipped past the possible-offence
check: only swear words were read back from such disguises ("c0ke" was caught by its own pattern,
"w33d" was not). Now the drug words are read back too; ordinary words with digits are left alone."""

from __future__ import annotations

import pytest

from selfaudit.analysis.text import TextAnalyser


@pytest.fixture(scope="module")
def analyser() -> TextAnalyser:
    return TextAnalyser()


@pytest.mark.parametrize("text", ["Bought some w33d off a kid on the estate, don't tell work",
                                  "Picked up some we3d on the way home lol",
                                  "Bought some p1lls for the festival, don't tell work",
                                  "Bought some c0caine for the weekend"])
def test_disguised_drug_words_are_read(analyser, text):
    assert analyser.analyse(text).offence.status is not None


@pytest.mark.parametrize("text", ["Bought 2 packs of seeds for the garden", "Meeting in room 101 at 4pm, bring c0ffee"])
def test_ordinary_words_beside_digits_are_left_alone(analyser, text):
    assert analyser.analyse(text).offence.status is None
