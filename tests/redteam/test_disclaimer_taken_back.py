"""A disclaimer taken back with a leading laugh ("Views my own? lol no", "Views my own... haha nah")
passed as a disclaimer; red team 3's list knew "Not really lol" but not a "no" after the laugh.
Now unclear (review): the person looks. A plain "no …" sentence after it is still a disclaimer."""

from __future__ import annotations

import pytest

from selfaudit.analysis.text import TextAnalyser


@pytest.fixture(scope="module")
def analyser() -> TextAnalyser:
    return TextAnalyser()


@pytest.mark.parametrize("bio", ["Views my own? lol no", "Views my own... haha nah", "All views my own (lol, no)",
                                 "Views my own? lmao nope", "Opinions are my own. No."])
def test_a_disclaimer_taken_back_is_not_a_disclaimer(analyser, bio):
    assert analyser.analyse(bio, bio=True).disclaimer.status == "unclear"


@pytest.mark.parametrize("bio", ["Views my own. No spam", "Views my own, no DMs please", "Views my own. No to racism"])
def test_a_no_sentence_after_a_disclaimer_is_not_taking_it_back(analyser, bio):
    # still stated; "partial" because "views my own" says only one half of the policy's DO
    assert analyser.analyse(bio, bio=True).disclaimer.status in ("present", "partial")
