"""Red team 20 on the voiders red teams 18 and 19 left as judgement calls: a lawful reason that
cleared a different act in the same post, and the victim who then offends in turn. Written fresh
for these tests (UK social-media style); each group has posts that must stay reviewed, posts the
voider must keep clearing, and posts too close to call, which are reviewed (a person decides)."""

import pytest

from tests.text.offence_asserts import offence_nothing as _nothing
from tests.text.offence_asserts import offence_reviewed as _reviewed

# --- a lawful reason explains only the act it is next to ------------------------------------

@pytest.mark.parametrize("text", [
    "bus pass sorted, then went to the pub and left without paying for our drinks lol",
    "love my freedom pass 🙌 went to the cinema after and snuck in without paying for the second film",
    "kids go free so we all went, then i didnt pay for the parking and drove off",
    "paid it online after, but the second time i just dodged the fare",
    "oyster topped up, then mugged a lad at the station lol",  # the model's score, once voided by the pass
    "my card declined at the self checkout so i just walked out with the stuff",  # not paying is explained, taking the goods is not
    "my oyster got nicked so i didnt pay for the tube all week",  # a pass taken from the writer is no pass
    "someone pinched my bus pass so i just dodged the fare home",
])
def test_a_lawful_reason_does_not_clear_a_different_act(analyser, text):
    _reviewed(analyser, text)


@pytest.mark.parametrize("text", [
    "Didn't pay for the hotel, work booked it, then had a lovely swim",
    "Kids travel free on the trains in August so we didn't pay a penny for the day out",
    "My card declined at the checkout so I left the shopping and went home, mortified",
    "Free bus pass at 60, then a pint with the lads to celebrate 🍺",
])
def test_a_lawful_reason_still_clears_the_act_it_explains(analyser, text):
    _nothing(analyser, text)


# --- the victim who then offends: the act in turn is the writer's own --------------------------

@pytest.mark.parametrize("text", [
    "got my bike nicked so I took one",
    "had my bike nicked so took one from outside the station 🤷",
    "someone keyed my car so I did his tyres",
    "someone stole my bike so i stole theirs",
    "someone nicked my parcel so i nicked theirs back",
    "someone slashed my tyres, so i took a bat to his car",
    "my tent got slashed at glastonbury so i pinched one from the next field",
    "some lad reversed into my car so i rammed him back lol",
    "someone scratched my van so i chinned him",
])
def test_the_writers_act_in_turn_after_being_harmed_is_reviewed(analyser, text):
    _reviewed(analyser, text)


@pytest.mark.parametrize("text", [
    "got my bike nicked so i took the bus all week 🙄",
    "someone keyed my car so i took it to the garage, £400 😭",
    "someone keyed my car so i did a police report and took his reg",
    "had my phone nicked so i got a new one on contract",
    "someone stole my bike so i bought one off facebook marketplace",
])
def test_a_lawful_response_to_being_harmed_is_not_an_offence(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "my bike got nicked so i took one of the hire bikes home lol",  # hired, or taken? a person reads it
])
def test_a_response_too_close_to_call_is_reviewed(analyser, text):
    _reviewed(analyser, text)


# --- someone else found drunk: the writer's own drinking after it, with "I" left out ------------

@pytest.mark.parametrize("text", [
    "helped a girl being sick outside, then got absolutely wasted",
    "found a lad passed out in town, then went back in and got absolutely steaming",
    "stayed with a lad being sick outside the club, went back in and necked 10 jagerbombs",
    "saw a bloke asleep in a doorway, got home and necked a bottle of vodka",
])
def test_the_writers_own_drinking_after_someone_else_found_drunk_is_reviewed(analyser, text):
    _reviewed(analyser, text)


@pytest.mark.parametrize("text", [
    "Found a man passed out in the park, rang 999 and stayed till they came",
    "Saw a woman collapsed outside Greggs, drunk as anything, put her in the recovery position",
    "came across a lad being sick on the night bus, gave him some water and got him home",
])
def test_someone_else_found_drunk_and_helped_is_not_the_writers_offence(analyser, text):
    _nothing(analyser, text)


# --- "smashed" of a person is drunk, not harmed ------------------------------------------------

@pytest.mark.parametrize("text", [
    "me and my mate got smashed last night 🍻🍻",
    "me and my mate got smashed then i drove us home",
    "my best mate got smashed at the wedding and so did i",
])
def test_a_person_got_smashed_is_drinking_not_the_writer_harmed(analyser, text):
    _reviewed(analyser, text)


@pytest.mark.parametrize("text", [
    "my car got smashed last night 😡 third time this year",
    "my mate got smashed over the head with a bottle outside spoons, hope he's ok",
    "our kitchen window was smashed by kids with a football",
])
def test_a_thing_smashed_or_a_person_hit_is_still_the_writer_harmed(analyser, text):
    _nothing(analyser, text)


# --- part 2: "lol" is no night out ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "got kicked out of the soft play lol, toddler meltdown",
    "fell asleep on the bus lol missed my stop",
    "got walked out of the meeting by my manager lmao, fire alarm test",
])
def test_lol_alone_does_not_make_an_ejection_or_a_nap_a_night_out(text):
    from selfaudit.analysis.text_menace import public_disorder

    assert public_disorder(text) == [], text


@pytest.mark.parametrize("text", [
    "got kicked out of spoons lol",
    "got escorted out by security lmao",
    "fell asleep on the night bus after 8 pints lol",
])
def test_an_ejection_or_a_nap_with_a_night_out_is_still_drunk_in_public(text):
    from selfaudit.analysis.text_menace import public_disorder

    assert [h.category for h in public_disorder(text)] == ["alcohol"], text


# --- part 2: the writer stopping other people's fight -------------------------------------------

@pytest.mark.parametrize("text", [
    "had to separate two Year 9s fighting at lunch, what a day",
    "spent break time separating two lads fighting outside the canteen 🙄",
    "broke up a punch up at the bus stop between two year 10s, too old for this",
])
def test_the_writer_separating_others_fighting_is_not_a_fight(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "me and jay were fighting outside spoons till the bouncers separated us",
    "got into a punch up at the bus stop, security broke it up",
    "broke up a fight at the pub then lamped the lad who started it",
    "broke up with him last night so got in a fight at the pub, no regrets",
])
def test_the_writers_own_fight_that_someone_else_stopped_is_still_reviewed(analyser, text):
    _reviewed(analyser, text)


# --- part 2: Line of Duty, the line manager, line dancing -----------------------------------------

@pytest.mark.parametrize("text", [
    "doing a line of duty marathon tonight with a few cans",
    "did a line dance at the wedding, my knees are done",
    "doing the line manager training all week 😴",
])
def test_a_line_that_is_a_tv_show_a_dance_or_a_manager_is_not_drugs(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "did a line of coke in the toilets at the wedding",
    "doing lines at the afterparty till 6am",
    "did a line off the cistern lol",
])
def test_a_line_of_a_drug_is_still_reviewed(analyser, text):
    _reviewed(analyser, text)
