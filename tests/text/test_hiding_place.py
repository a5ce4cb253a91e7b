""""A hiding" is a beating; "a hiding place" (or spot) is where a child hides (stop 32, seen in passing:
"gave the kids a proper hiding place for hide and seek" was reviewed as violence). A hiding place
given, found or made is no possible offence; a hiding given to someone still is."""

import pytest

from tests.text.offence_asserts import offence_nothing, offence_reviewed


@pytest.mark.parametrize("text", [
    "gave the kids a proper hiding place for hide and seek behind the shed",
    "gave the cat a hiding spot under the stairs for fireworks night",
    "gave them a good hiding place in the den, they loved it",
])
def test_a_hiding_place_is_not_violence(analyser, text):
    offence_nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "gave the lad who keyed my car a proper hiding outside the chippy",
    "gave him a hiding round the back of the pub, he had it coming",
])
def test_a_hiding_given_still_is(analyser, text):
    offence_reviewed(analyser, text, "violence")
