"""Red team 21: the newest theft and "beat up" patterns (red team 20) read too narrowly in some
confessions and too widely in some everyday posts.

Passing: "beat the guy up" / "beat some lad up" (only a one-word object before "up" was read), "beat
the living daylights out of him" (the idiom was not read with "beat"), going through a named
person's pockets ("my mate's", "the lad's") while they were passed out, and taking a family
member's or flatmate's money or bank card and spending it.

Flagged: "beat him up the hill" (a race), "beat up the eggs" (a recipe), "my toddler stole
someone's bag at soft play" (the child's act, not the writer's), and going through pockets before
the wash.

Each group: confessions that must be reviewed, everyday posts that must not be, and the case the
check cannot read (not-checked, never a pass)."""

import pytest

from tests.text.offence_asserts import offence_nothing as _nothing
from tests.text.offence_asserts import offence_reviewed as _reviewed


@pytest.mark.parametrize("text", [
    "I beat the guy up behind the chippy",
    "Beat the lad up who nicked my phone",
    "Beat some lad up the other night",
    "Beat him up the other week lol",
    "beat the living daylights out of him at the taxi rank",
    "Beat seven bells out of the bloke who pushed my mate",
    "we beat the shit out of some lad last night",
])
def test_beating_someone_up_in_other_words_is_reviewed(analyser, text):
    _reviewed(analyser, text, "violence")


@pytest.mark.parametrize("text", [
    "Beat him up the hill on the bike ride 🚴",
    "Beat them up the table this season, top four here we come",
    "Beat up the eggs and add the sugar",
    "Beat up the butter and sugar till pale",
])
def test_a_race_or_a_recipe_is_not_a_beating(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "Went through my mate's pockets while he was asleep, 20 quid richer",
    "Went through the lad's pockets when he passed out, £30 richer",
    "Stole my mum's bank card and spent 300 quid",
    "Nicked my flatmate's bank card and bought a takeaway",
])
def test_taking_a_named_persons_money_is_reviewed(analyser, text):
    _reviewed(analyser, text, "antisocial")


@pytest.mark.parametrize("text", [
    "Went through his pockets before the wash, a tenner richer lol",
    "Went through my husband's pockets before the washing, £20 richer 😂",
    "Nicked my husband's hoodie, it's so comfy",
    "Stole my sister's jumper again, sorry sis",
    "My toddler stole someone's bag at soft play, mortified",
    "My little one swiped someone's phone at the party and hid it in the sandpit 🙈",
])
def test_the_wash_borrowing_or_a_childs_act_is_not_the_writers_theft(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "My little one was at nursery so I beat the guy up who owed me money",
    "My toddler was asleep so I went through my husband's pockets, 20 quid richer",
    "My kids were at their dad's so I drove to the offy after 6 pints",
])
def test_the_writers_act_after_someone_else_opens_the_sentence_is_reviewed(analyser, text):
    # A child named as a subject must not hide what the writer then did in the same sentence.
    assert analyser.analyse(text).offence.status == "review", text


def test_the_childs_act_before_the_writer_is_not_the_writers(analyser):
    _nothing(analyser, "My toddler stole someone's bag at soft play when I wasn't looking, mortified")


@pytest.mark.parametrize("text", [
    "Broke up a punch up at the bus stop, ended up punching one of them",
    "Had to break up the fight at the party and ended up fighting with the host",
    "Had to separate the lads fighting at the bar then lamped one of them",
])
def test_the_peacemaker_who_then_joins_in_is_reviewed(analyser, text):
    _reviewed(analyser, text, "violence")


@pytest.mark.parametrize("text", [
    "Had to separate two Year 9s fighting at lunch and ended up with a detention list as long as my arm",
    "Broke up a punch up at the bus stop and ended up missing my bus, what a night",
    "Spent break separating two lads fighting outside the canteen, then ended up marking till 6",
])
def test_the_peacemaker_who_then_does_something_else_is_not(analyser, text):
    _nothing(analyser, text)


def test_a_confession_in_another_language_is_not_checked_never_passed(analyser):
    # Spanish: "I beat the guy up behind the bar and took his wallet". No Spanish list: named, not passed.
    result = analyser.analyse("Le di una paliza al tipo detrás del bar y le quité la cartera, jaja")
    assert result.offence.status != "pass"
    assert result.offence.status is None


@pytest.mark.parametrize("text", [
    "Had to break up a fight at lunch and then another fight started in the corridor, what a day",
])
def test_another_fight_after_the_peacemaking_is_not_the_writer_joining_in(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "Kids go free so didn't pay for them, then didn't pay for myself on the bus either",
])
def test_the_same_act_again_outside_the_lawful_reason_is_reviewed(analyser, text):
    _reviewed(analyser, text, "antisocial")


@pytest.mark.parametrize("text", [
    "Kids go free so didn't pay for them on the bus, bargain",
    "Didn't pay for the train, work booked it. Didn't pay for the hotel either, work booked that too",
])
def test_the_same_act_each_time_with_its_reason_is_not(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "Robbed a lad of his phone outside the station",
    "robbed some bloke of his wallet lol",
    "robbed a lad outside the chicken shop, easy money",
])
def test_robbing_a_person_of_a_thing_is_reviewed(analyser, text):
    _reviewed(analyser, text, "antisocial")


@pytest.mark.parametrize("text", [
    "Robbed a lad of his pride at darts 🎯",
    "Robbed this kid of a goal in the final minute, sorry mate",
])
def test_robbing_someone_of_a_win_or_pride_is_not(analyser, text):
    _nothing(analyser, text)
