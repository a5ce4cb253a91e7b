"""Possible offences in everyday words (stop 27): the kinds the fresh post sets 22-26 used and the
rules missed, each written fresh here, beside posts that use the same words innocently. An
offence finding is only ever ``review``; a professional or recovery voice is read as such only
in that sense ("of course" and "my sober mate" are not one)."""

import pytest

OWN_OFFENCES = [
    # drink: compounds and slang, "N deep", sick or asleep in public, put off transport
    ("blind drunk and singing on the top deck, sorry to the whole of the 55", "alcohol"),
    ("we were absolutely wankered by 4pm, what a wedding", "alcohol"),
    ("6 ciders deep at the festival and the sun isn't even down", "alcohol"),
    ("threw up in the taxi on the way back from the leaving do, sorry Ahmed the driver", "alcohol"),
    ("woke up at 5am asleep on a bench by the canal after the sesh, where are my shoes", "alcohol"),
    ("got chucked off the train for singing with a can of cider in each hand lol", "alcohol"),
    # drugs: a sniff or a line as one's own, the dealer, "pinged"
    ("cheeky line before the speeches and I was the life of the party", "drugs"),
    ("proper pinged off my face at the warehouse party", "drugs"),
    ("dealer is late again, two hours now, this is not a service", "drugs"),
    # violence: everyday words for one's own scuffle
    ("ended up rolling around on the pavement with some lad outside the chippy", "violence"),
    ("squared up to a bouncer because he wouldn't let my cousin in", "violence"),
    # antisocial: fares, self-checkout, damage, nuisance
    ("haven't paid a train fare since March, inspectors never come", "antisocial"),
    ("self checkout hack: the organic salmon goes through as bananas", "antisocial"),
    ("filled my coat with razor blades and walked straight out", "antisocial"),
    ("let off some rockets on the landing at midnight, the block loved it", "antisocial"),
    ("pushed a shopping trolley into the river for a laugh", "antisocial"),
    # driving: phone or make-up at the wheel, overtaking blind, racing, a red
    ("going live from the motorway, say hi in the comments", "driving"),
    ("doing my lashes at the traffic lights, nobody beeped", "driving"),
    ("overtook three cars on a blind bend, my heart", "driving"),
    ("racing my brother down the high road at midnight, I won", "driving"),
    ("drove back from the party, probably shouldn't have, got home fine", "driving"),
    ("three pints and I still drove home fine", "driving"),
]


@pytest.mark.parametrize(("text", "category"), OWN_OFFENCES)
def test_everyday_own_offences_are_reviewed(analyser, text, category):
    off = analyser.analyse(text).offence
    assert off.status == "review", (text, off)
    assert category in off.categories or "offence_model" in off.categories, (text, off)


INNOCENT = [
    "our pub quiz team got absolutely slaughtered in the picture round",
    "absolutely wrecked after a twelve hour shift, bed",
    "we were hanging out by the canal all afternoon",
    "hanging pictures in the new flat today",
    "the kids were sick on the bus to the zoo, poor things",
    "fell asleep on the train home after a long day, missed my stop",
    "a few lines of code and the website works again",
    "swinging at the pinata like a pro at the 6th birthday",
    "someone keyed my car outside the surgery, gutted",
    "whoever slashed the tyres on Mare St, the police want to hear from you",
    "I paid my train fare and there were still no seats",
    "the self checkout at Tesco is broken again",
    "paid for my ticket and sneaked in the back of the hall late",
    "fireworks display at Victoria Park was amazing tonight",
    "drove home from the party at 11, sober as a judge, designated driver",
    "racing to get the kids to school on time",
    "my sober mate drove us all home, legend",
]


@pytest.mark.parametrize("text", INNOCENT)
def test_the_same_words_innocently_are_not_flagged(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status is None, (text, off)


@pytest.mark.parametrize("text", [
    "drove home after four pints, of course, nobody stopped me",
    "four beers and I still drove home better than my sober mate",
    "few lines in the loos at the do, Monday is for recovery",
])
def test_incidental_course_sober_recovery_do_not_read_as_professional_talk(analyser, text):
    assert analyser.analyse(text).offence.status == "review", text


@pytest.mark.parametrize("text", [
    "Recovery month: proud of everyone in our addiction recovery service",
    "Two years sober today. Drink used to control me, it doesn't now",
    "Drug awareness course for the new foster carers this week",
])
def test_recovery_and_professional_talk_still_reads_as_such(analyser, text):
    assert analyser.analyse(text).offence.status is None, text


@pytest.mark.parametrize("text", [
    "Wczoraj tak się upiłem, że zasnąłem na ławce w parku",  # Polish: no offence list, named
    "Dün gece o kadar içtim ki otobüste uyuyakaldım",  # Turkish
])
def test_a_language_without_offence_lists_is_not_checked_with_its_name(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offence.status is None and rep.unchecked("offence"), text


@pytest.mark.parametrize("text", [
    "got thrashed at snooker by my dad again, he's 70",
    "we got hammered 4-1 in the cup, heads up lads",
    "beat my sister at scrabble for the first time in ten years",
    "the pub quiz team got smashed in the picture round, we blame the music",
    "the can of coke from the machine in reception is £1.80 now",
    "racist graffiti on the bus shelter by the school again, reported it to the council",
])
def test_games_scores_soft_drinks_and_others_graffiti_are_not_offences(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status is None, (text, off)


@pytest.mark.parametrize("text", [
    "got absolutely hammered at the pub after the darts final",
    "we got smashed at the quiz, 12 pints between three of us",
    "battered a lad at the match, he had it coming",
    "me and Jay did some graffiti on the railway bridge last night lol",
])
def test_drink_fights_and_own_graffiti_beside_a_game_are_still_reviewed(analyser, text):
    assert analyser.analyse(text).offence.status == "review", text


@pytest.mark.parametrize("text", [
    "Put off the 73 because my card was declined, had to walk home in the rain",
    "Didn't pay for the train to the conference, work booked it",
    "Sixty at last and a freedom pass, never paying for the tube again",
    "Found a lad asleep on the bench outside the station, drunk as anything, waited with him for the ambulance",
    "Can't have a drink tonight, I'm driving everyone home",
    "No wine for me, I'm driving",
    "Cheeky line dance at the wedding, my knees are done",
])
def test_a_lawful_reason_someone_else_found_or_a_declined_drink_is_not_an_offence(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status is None, (text, off)


@pytest.mark.parametrize("text", [
    "Training day done, drove home after 5 pints, don't tell anyone",  # a prevention word, then the writer's own act
    "Sober since Friday lol, drove back after 5 beers",
    "Never pay for the tube, just tailgate through the barriers",
    "Found a tenner on the floor and got absolutely hammered on it",
])
def test_the_writers_own_act_beside_those_words_is_still_reviewed(analyser, text):
    assert analyser.analyse(text).offence.status == "review", text


def test_a_finding_that_cannot_be_placed_in_the_post_is_kept_beside_a_voiding_cue():
    # Each voiding cue clears only the findings inside its own words; one whose words cannot be
    # found in the post (another reading of it) is kept, never dropped by default.
    from selfaudit.analysis.text import _others_or_excused
    from selfaudit.analysis.text_results import Hit

    masked = "found a man passed out in a doorway then we got so wasted"
    kept = _others_or_excused(masked, [Hit("alcohol", "own act: words not in this post")])
    assert kept == [Hit("alcohol", "own act: words not in this post")]
