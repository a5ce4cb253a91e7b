"""Two everyday offences told the way many writers tell them (stop 31, from set 30's misses): dodging
the ticket inspector ("hid in the loo till the conductor had gone", "dodged the ticket inspector all
the way to Leeds") and driving along the hard shoulder ("drove down the hard shoulder to skip the
queue"). Possible offence, review only; the inspector met, a breakdown on the hard shoulder or a
fare paid are not."""

import pytest

from tests.text.offence_asserts import offence_nothing, offence_reviewed


@pytest.mark.parametrize("text", [
    "dodged the ticket inspector all the way to Leeds, saved myself forty quid 😅",
    "hid in the loo till the conductor had gone past, free ride to Brighton",
    "spent the whole journey avoiding the ticket inspectors lol",
])
def test_dodging_the_inspector_is_reviewed(analyser, text):
    offence_reviewed(analyser, text, "antisocial")


@pytest.mark.parametrize("text", [
    "drove down the hard shoulder for two miles to get round the jam, sorry not sorry",
    "bombed along the hard shoulder past all the queuing traffic lol",
])
def test_driving_on_the_hard_shoulder_is_reviewed(analyser, text):
    offence_reviewed(analyser, text, "driving")


@pytest.mark.parametrize("text", [
    "the ticket inspector on the 8:15 was so lovely to my nan",
    "broke down on the hard shoulder of the M6, waiting for the AA ☹️",
    "pulled onto the hard shoulder when the warning light came on, stayed safe",
    "bought my ticket on the app before the conductor even came round",
])
def test_the_inspector_met_or_a_breakdown_is_not(analyser, text):
    offence_nothing(analyser, text)
