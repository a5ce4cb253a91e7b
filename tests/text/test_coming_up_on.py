"""'Coming up on' is drug slang only with a drug after it or nothing at all ("coming up on pills",
"we were all coming up on the dancefloor"): with a date or day after it, it is a calendar. A probe on
real saved LinkedIn pages found "World Mental Health Awareness Day coming up on October 10th" reviewed
as drugs. The case the check cannot read (another language) is not-checked, never a pass."""

import pytest

from tests.text.offence_asserts import offence_nothing as _nothing
from tests.text.offence_asserts import offence_reviewed as _reviewed


@pytest.mark.parametrize("text", [
    "coming up on pills at the rave lol",
    "started coming up on the mandy about 11, what a night 🥴",
    "we were all coming up on the dancefloor when the lights came on",
])
def test_coming_up_on_a_drug_is_reviewed(analyser, text):
    _reviewed(analyser, text, "drugs")


@pytest.mark.parametrize("text", [
    "With World Mental Health Awareness Day coming up on October 10th, we'll collectively walk 100k",
    "my birthday is coming up on Friday!",
    "coming up on the 14th, can't wait to see everyone",
    "Our open day is coming up on Saturday 3rd May, come along",
    "Coming up on the show tonight: the best of the Proms",
])
def test_coming_up_on_a_date_is_not(analyser, text):
    _nothing(analyser, text)


def test_the_same_in_another_language_is_not_checked(analyser):
    # Spanish: "we were coming up on the pills at the party"
    result = analyser.analyse("Estábamos subiendo con las pastillas en la fiesta, qué noche")
    assert result.offence.status is None
    assert result.language and "Spanish" in str(result.language)
