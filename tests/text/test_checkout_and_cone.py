"""Two everyday thefts told the way many writers tell them (stop 32, from set 31's antisocial misses):
the self-checkout that "keeps 'forgetting' to scan" (the theft put on the machine, any tense of
forget), and a traffic cone or road sign "nabbed" / "swiped" on the way home. Possible offence,
review only. A supermarket trolley grabbed, a sign read, a till that forgot a voucher are not."""

import pytest

from tests.text.offence_asserts import offence_nothing, offence_reviewed


@pytest.mark.parametrize("text", [
    "self checkout keeps 'forgetting' to scan my avocados 🥑🤭",
    "the self checkout forgets to scan the steak every single time, funny that",
    "nabbed a traffic cone and a road sign on the way home, new decor for the flat",
    "swiped a road sign off the roundabout after the pub lol",
])
def test_checkout_and_street_theft_are_reviewed(analyser, text):
    offence_reviewed(analyser, text, "antisocial")


@pytest.mark.parametrize("text", [
    "nabbed the last trolley at Tesco, Christmas Eve madness",
    "self checkout forgot to apply my clubcard discount again 🙄",
    "nabbed a signed copy of her new book at the launch!!",
    "the kids love spotting traffic cones on the motorway",
])
def test_the_trolley_the_voucher_or_the_book_are_not(analyser, text):
    offence_nothing(analyser, text)
