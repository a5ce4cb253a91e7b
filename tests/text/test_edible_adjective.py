""""Edible" as a word about food ("it's actually edible", "barely edible", "edible flowers") is not a
cannabis edible (stop 32, from set 31's false flag "made sourdough for the first time and it's
actually edible???", reviewed as drugs). Edibles as a drug ("ate an edible", "a pack of edibles")
still count."""

import pytest

from tests.text.offence_asserts import offence_nothing, offence_reviewed


@pytest.mark.parametrize("text", [
    "made sourdough for the first time and it's actually edible???",
    "my first attempt at macarons, barely edible but they look nice",
    "the canteen lasagne was just about edible today",
    "decorated the cake with edible flowers from the garden 🌸",
    "is the rind edible or not? asking for a brie emergency",
])
def test_edible_as_an_adjective_is_not_drugs(analyser, text):
    offence_nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "ate a whole edible before the gig and couldn't feel my legs 😂",
    "my guy dropped off a pack of edibles for the weekend",
])
def test_edibles_as_a_drug_still_count(analyser, text):
    offence_reviewed(analyser, text, "drugs")
