"""Posts that could be portrayed as an offence: always review, with the matched phrase."""

import pytest

POSITIVE = [
    ("So drunk last night, can't remember how I got home 🍻", "alcohol"),
    ("Absolutely hammered at Sarah's leaving do", "alcohol"),
    ("Racked up a few lines at the party, what a night", "drugs"),
    ("Skinning up a fat one before the festival", "drugs"),
    ("Got into a massive fight outside the club", "violence"),
    ("Gave my son a good hiding for lying", "violence"),
    ("Kicked out of the pub again lol", "antisocial"),
    ("Spent the night in the cells after the match", "antisocial"),
    ("Drove home after a few pints, no bother", "driving"),
    ("Doing 110 on the M11 in the new car haha", "driving"),
    ("Flashed by a speed camera on the way to work 🙈", "driving"),
]

NEGATIVE = [
    "County lines and cannabis: training for practitioners on exploitation of young people",
    "Never drink and drive this Christmas. Designated driver every time.",
    "Absolutely smashed it at the presentation today",
    "Killing it at the gym this morning 💪",
    "Lovely glass of wine with dinner",
    "Joint working with health colleagues on the new pathway",
    "Had a coke and a sandwich for lunch",
]


@pytest.mark.parametrize("text,category", POSITIVE)
def test_positive(analyser, text, category):
    v = analyser.analyse(text).offence
    assert v.status == "review", (text, v)
    assert category in v.categories
    assert v.matched


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(analyser, text):
    assert analyser.analyse(text).offence.status is None, text


def test_french_mojibake_text_is_normalised_before_matching(analyser):
    assert analyser.analyse("So drunk last night ðŸ˜µ").offence.status == "review"


@pytest.mark.parametrize("text,flagged", [
    ("Need 4 pills of paracetamol", False),  # medicine named beside "pills" (red team 4's list)
    ("Took 2 paracetamol pills and went to bed", False),
    ("Need some pills for this headache", False),
    ("Necked some pills at the rave lol", True),
    ("Got pills in the toilets", True),
])
def test_pills_named_as_medicine_are_not_a_possible_offence(analyser, text, flagged):
    assert (analyser.analyse(text).offence.status is not None) == flagged, text


# Red team 11: the phrase "designated driver" switched the possible-offence check off, so a
# rhetorical denial of one ("Designated driver who? 😂") hid the drink-driving it boasts of.
# Said as the writer's own plan ("I'm the designated driver tonight") it still reads as prevention.
@pytest.mark.parametrize("text", [
    "Six pints then drove home. Designated driver who? 😂",
    "Six pints then drove home. What designated driver lol",
    "Six pints then drove home, no designated driver needed",
    "Necked 5 pints and drove back from the wedding. Designated driver? Never heard of her",
    "Who needs a designated driver, had a few pints and drove home fine",
    "Drove home after 4 pints. Designated driver who? 😂",
])
def test_a_denied_designated_driver_does_not_hide_drink_driving(analyser, text):
    v = analyser.analyse(text).offence
    assert v.status == "review" and "driving" in v.categories, (text, v)
    assert "also reads as professional or prevention talk" not in v.notes, (text, v)


@pytest.mark.parametrize("text", [
    "Pints all round at Sam's leaving do! I'm the designated driver tonight so lemonade for me",
    "Never drink and drive this Christmas. Designated driver every time.",
    "Big night out: Jo is our designated driver, we'll all get home safe",
])
def test_a_designated_driver_said_plainly_still_reads_as_prevention(analyser, text):
    assert analyser.analyse(text).offence.status is None, text
