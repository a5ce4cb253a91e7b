"""Plain confessions of taking someone else's things or beating someone up, which red team 20 found
passing with no voider involved ("i stole someone's bike", "nicked his wallet", "beat up the bloke
who won"): the patterns knew theft from shops and punches, not theft from a person or "beat up".
Each group: confessions that must be reviewed, everyday posts with the same words that must not be,
and the case the check cannot read (another language: not-checked, never a pass)."""

import pytest

from tests.text.offence_asserts import offence_nothing as _nothing
from tests.text.offence_asserts import offence_reviewed as _reviewed


@pytest.mark.parametrize("text", [
    "i stole someone's bike",
    "nicked his wallet lol",
    "swiped her purse off the table while she was dancing 😂",
    "pinched a lad's scooter to get home, left it by the canal",
    "went through his pockets while he was passed out, £40 richer",
    "robbed a lad outside the chicken shop, easy money",
])
def test_taking_someone_elses_things_is_reviewed(analyser, text):
    _reviewed(analyser, text, "antisocial")


@pytest.mark.parametrize("text", [
    "beat up the bloke who won",
    "beat him up in the car park after the match, deserved it",
])
def test_beating_someone_up_is_reviewed(analyser, text):
    _reviewed(analyser, text, "violence")


@pytest.mark.parametrize("text", [
    "She stole my heart the day we met ❤️",
    "My daughter stole the show at the nativity 🌟",
    "He totally stole my look, the cheek 😂",
    "Someone stole my bike from outside the library, gutted",
    "Took his phone off him at bedtime, screen time is over mister",
    "Beat my brother at FIFA again, he's fuming",
    "Beat the traffic home for once",
    "Went through his pockets before the wash, found £5 and a conker",
])
def test_the_same_words_in_everyday_posts_are_not(analyser, text):
    _nothing(analyser, text)


def test_a_confession_in_another_language_is_not_checked_never_passed(analyser):
    # Polish: "I stole my neighbour's bike yesterday, haha". No Polish list: the language is named.
    result = analyser.analyse("Wczoraj ukradłem rower sąsiada i pojechałem nim do pracy, haha, nikt nie zauważył")
    assert result.offence.status != "pass"
    assert result.offence.status is None
    assert result.language and "Polish" in str(result.language)
