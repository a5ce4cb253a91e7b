"""Two of red team 23's judgement calls on theft from a person: a family member's or friend's thing
taken and sold ("robbed my mate's PS5 and sold it") passed, while paying with someone's card at their
request ("swiped her card at the till") was reviewed as a theft. The case the check cannot read
(another language) is not-checked, never a pass."""

import pytest

from tests.text.offence_asserts import offence_nothing as _nothing
from tests.text.offence_asserts import offence_reviewed as _reviewed


@pytest.mark.parametrize("text", [
    "robbed my mate's PS5 and sold it",
    "nicked my brother's xbox and flogged it on facebook marketplace",
    "stole his bike and sold it for £50 lol",
    "swiped her card and spent the lot on trainers 😂",
])
def test_taking_and_selling_someone_elses_thing_is_reviewed(analyser, text):
    _reviewed(analyser, text, "antisocial")


@pytest.mark.parametrize("text", [
    "swiped her card at the till because her hands were full of shopping",
    "Mum forgot her PIN so I swiped her card on the reader for her",
    "took my old phone and sold it on ebay, upgrade day 📱",
    "Sold my brother's old bike for him, he's moved to Leeds",
])
def test_paying_for_someone_or_selling_your_own_is_not(analyser, text):
    _nothing(analyser, text)


def test_the_same_in_another_language_is_not_checked(analyser):
    # Polish: "I stole my mate's PlayStation and sold it."
    result = analyser.analyse("Ukradłem kumplowi PlayStation i sprzedałem ją na OLX")
    assert result.offence.status is None
    assert result.language and "Polish" in str(result.language)
