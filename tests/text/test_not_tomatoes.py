"""Plants grown in a hiding place with the crop denied as a wink ("not tomatoes lol", "and no they're
not tomatoes 😉", "definitely not basil"): the named crop voided the growing-plants rule (stop 31,
from set 30's drug miss). A denied crop is not a crop; tomatoes or herbs really grown still void it.
Possible offence (drugs), review only."""

import pytest

from tests.text.offence_asserts import offence_nothing, offence_reviewed


@pytest.mark.parametrize("text", [
    "got three plants going in the loft, and no they're not tomatoes 😉",
    "growing my own in the wardrobe now, definitely not basil lol",
])
def test_a_denied_crop_is_a_wink(analyser, text):
    offence_reviewed(analyser, text, "drugs")


@pytest.mark.parametrize("text", [
    "growing tomatoes in the airing cupboard to ripen them, nan's trick",
    "grew a few plants in the shed this year, chillies and basil mostly",
    "growing a few plants in the spare room, not tomatoes this year but peppers",
])
def test_a_real_crop_is_not(analyser, text):
    offence_nothing(analyser, text)
