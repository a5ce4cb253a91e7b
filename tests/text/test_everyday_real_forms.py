"""Everyday wordings that the rules read as attacks or offences (stop 34, the lead's reading of the
text flags on the real export samples nobody here wrote: three `fail`s there were all false). The
forms, in the lead's own words, not the samples':

* "and see what happens" as an experiment or advice ("try it and see what happens"): a threat only
  after an act against the writer ("touch my car again and see what happens") or as an ultimatum
  ("... or see what happens");
* something that is "going to get you" (winter, the terror of a song, the tickle monster): a threat
  needs the writer, or a person, promising it;
* a thing that "makes you feel" or "look" stupid (the weather, a platform, a form): the reader is
  the one it happens to, not the one insulted;
* a person called Charlie, Molly or Mandy, a day of ecstasy, a burger joint, mushrooms on toast:
  the drug words only in their drug sense.

Each positive still fails or is reviewed by the rule it needs (the rule's own words in the hits,
not the model's score)."""

import pytest


def _rule_hits(verdict, category=None):
    return [h for h in verdict.hits if "model" not in h.phrase and (category is None or h.category == category)]


@pytest.mark.parametrize("text", [
    "Try it and see what happens, worst case you undo it",
    "Put some yeast in, leave it overnight and see what happens",
    "Let's give the kids a budget for once and see what happens",
    "I'm going to plant the seeds in March and see what happens",
])
def test_see_what_happens_as_an_experiment_is_not_a_threat(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status != "fail", (text, off)
    assert not _rule_hits(off, "threat"), (text, off)


@pytest.mark.parametrize("text", [
    "touch my car again and see what happens",
    "say that to my face one more time and see what happens",
    "come near my kids again and see what happens",
    "pay what you owe by friday or see what happens",
])
def test_see_what_happens_after_an_act_against_the_writer_stays_a_threat(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status == "fail", (text, off)
    assert any("see what happens" in h.phrase for h in _rule_hits(off, "threat")), (text, off)


@pytest.mark.parametrize("text", [
    "Winter's going to get you if you don't wrap up warm",
    "the tickle monster is going to get you!! said to my niece all afternoon",
    "That cold is going to get you eventually, everyone in the office has it",
    "New single out now: the dark is gonna get you",
])
def test_something_that_is_going_to_get_you_is_not_a_threat(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status != "fail", (text, off)
    assert not _rule_hits(off, "threat"), (text, off)


@pytest.mark.parametrize("text", [
    "I'm going to get you for this, you know what you did",
    "we're gonna find you and your little mates",
    "going to kill you when I see you",
    "I will get him, mark my words",
])
def test_the_writer_promising_to_get_someone_stays_a_threat(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status == "fail", (text, off)
    assert _rule_hits(off, "threat"), (text, off)


@pytest.mark.parametrize("text", [
    "This weather makes you feel useless, three days of rain",
    "Social media apps: one makes you feel ugly, one makes you feel poor",
    "Filling in that form made you feel stupid on purpose",
    "Nothing like a new gadget to make you look stupid in front of your kids",
])
def test_a_thing_that_makes_you_feel_stupid_is_not_an_insult(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status != "fail", (text, off)
    assert not _rule_hits(off, "insult"), (text, off)


@pytest.mark.parametrize("text", [
    "you are useless, you always have been",
    "you honestly look stupid in that hat",
    "you make everyone feel awkward, you pathetic little man",
])
def test_insults_to_the_reader_stay_insults(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status == "fail", (text, off)
    assert _rule_hits(off, "insult"), (text, off)


@pytest.mark.parametrize("text", [
    "Took Charlie to the park this morning, he loved the swings",
    "Charlie is coming round for tea later",
    "Mandy and I did the school run together, we got a coffee after",
    "Happy birthday Molly! Had a lovely time last night",
    "First swim of the year, pure ecstasy",
    "It was a day of ecstasy when the results came in",
    "Best burger joint in Hackney, we went last night",
    "Made mushrooms on toast for breakfast",
    "Picked wild mushrooms with the kids today, then looked them up in the book",
])
def test_names_feelings_and_food_are_not_drugs(analyser, text):
    off = analyser.analyse(text).offence
    assert not [h for h in off.hits if h.category == "drugs"], (text, off)


@pytest.mark.parametrize("text", [
    "bit of charlie last night, never again",
    "got some charlie for saturday",
    "took ecstasy at the festival, banging night",
    "smoked a joint in the park last night with the lads",
    "we ate magic mushrooms at the festival",
    "been microdosing mushrooms before work for a month now",
    "mushrooms in the park with the girls, the colours were unreal",
])
def test_drug_words_in_their_drug_sense_are_still_read(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status == "review", (text, off)
    assert [h for h in off.hits if h.category == "drugs"], (text, off)


@pytest.mark.parametrize("text", [
    "I'm probably fighting a mob in Minecraft if you can't reach me",
    "Boxing class tonight, my punches are getting better",
    "My fight with the boiler continues, day three of cold showers",
    "I love a punch of colour in the garden",
    "My new favourite anime has the best fight scenes",
])
def test_a_game_a_sport_or_a_fight_with_a_thing_is_not_violence(analyser, text):
    off = analyser.analyse(text).offence
    assert not [h for h in off.hits if h.category == "violence"], (text, off)


@pytest.mark.parametrize("text", [
    "I ended up in a fight outside the pub last night",
    "my punches landed before the bouncers pulled me off him",
    "I got in a fight with the neighbour again",
])
def test_the_writers_own_fight_is_still_read(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status == "review", (text, off)
    assert [h for h in off.hits if h.category == "violence"], (text, off)


@pytest.mark.parametrize("text", [
    "The picture is still hanging in the hall where I put it in 2015",
    "I can't remember anything from my first year at uni, it was so long ago",
    "Morale is staying high in our team despite everything",
    "I'm the cousin from the drunk uncle side of the family, obviously",
])
def test_hanging_pictures_old_memories_morale_and_someone_elses_drink_are_not_offences(analyser, text):
    off = analyser.analyse(text).offence
    assert not off.hits, (text, off)


@pytest.mark.parametrize("text", [
    "still hanging from last night, never again",
    "big night, can't remember anything, head is pounding",
    "I was so drunk at the work do",
])
def test_the_writers_own_drinking_is_still_read(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status == "review", (text, off)
    assert [h for h in off.hits if h.category == "alcohol"], (text, off)


@pytest.mark.parametrize("text", [
    "In my case the train was late again, so I missed the start",
    "Lost my case at the airport, three days in the same clothes",
    "Low priority jobs on my list: sort the loft, clear the gutters",
    "Follow @sam@mastodon.social for great birding photos",
    "@jo@writing.exchange this one made me laugh",
])
def test_idioms_and_fediverse_handles_are_not_work_material(analyser, text):
    conf = analyser.analyse(text).confidential
    assert not [h for h in conf.hits if "model" not in h.phrase], (text, conf)


@pytest.mark.parametrize("text,category", [
    ("one of my cases went to court today, I'm shattered", "practice"),
    ("a new family on my list today, the mum is struggling", "practice"),
    ("email me at jo.bloggs@example.org for the notes from the review", "email"),
])
def test_cases_families_on_a_list_and_emails_are_still_read(analyser, text, category):
    conf = analyser.analyse(text).confidential
    assert conf.status in ("review", "fail"), (text, conf)
    assert [h for h in conf.hits if h.category == category], (text, conf)
