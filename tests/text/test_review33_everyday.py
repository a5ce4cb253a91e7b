"""Everyday posts that stop 33's new confidential, drug and threat rules flagged (found by a review of the
stop's change, each clear on the session-start code): a nurse's shift in ICU, the writer's own dyslexia,
news of a stabbing, "nurse here" said of someone else, "one of mine" about a thing, a neglected
playground, a public police appeal, pick 'n' mix and the tip's bag limit."""

import pytest


@pytest.mark.parametrize("text", [
    "Night shift in ICU again, send coffee!",
    "Back on shift tomorrow in intensive care, 12 hours, wish me luck",
    "Nurse here - ICU is not like Greys Anatomy lol",
    "Our team is raising money for the intensive care unit - please donate!",
    "Night shift on the ward tonight, then my dyslexia assessment tomorrow morning, wish me luck",
    "I'm dyslexic and a nurse - on shift today and proud of it",
    "Half my class are dyslexic, we really need better resources",
    "Heading to work, at work the radio says another lad stabbed in town. When will it end",
    "Paramedic here. Please slow down, I've been to too many kids hit by a car this year",
    "The doctor here is lovely, my ear infection is sorted. Holiday saved! Had a nasty fall, ended up in ICU overnight",
    "Any nurse here know if ICU placements are hard to get?",
    "The nurse here was so kind to my nan after she was hit by a car last week",
    "The phone case in the window is one of mine, handmade, only 12 quid",
    "This baby blanket is one of mine - knitted it for my friend's newborn, she's only 2 weeks old",
    "These kids are one of ours, well two of ours - my twins!",
    "The playground on Elm Road is being neglected, broken swings for months",
    "The flower beds on Church Street are being neglected, shame on the council",
])
def test_everyday_posts_are_not_confidential(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)


@pytest.mark.parametrize("text", [
    "Got a score bag from the pick n mix at the cinema, kids loved it",
    "Ten bag limit at the tip now, ridiculous",
])
def test_bags_that_are_not_cannabis(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status is None, (text, off)


@pytest.mark.parametrize(("text", "rule"), [
    ("school nurse here: year 9 girl at St Mary's pregnant, parents don't know yet. what a world", "school nurse here / pregnant"),
    ("the man who jumped off the bridge on monday was one of ours. Craig, 31, known to the mental health team. rip", "was one of ours / Craig"),
])
def test_the_narrowed_rules_still_take_a_professional_and_one_of_ours(analyser, text, rule):
    # (tuned sets 29 and 23: caught before the review's narrowing, and still; stop 34: by the narrowed
    # rule's own work-voice hit, not only a review)
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)
    assert any(h.phrase.startswith("work voice + detail") and rule in h.phrase for h in conf.hits), (text, conf)


@pytest.mark.parametrize("text", [
    "My mum thinks she's safe now she's blocked the scam callers, bless her",
    "If I were Liverpool I'd be watching my back, City are flying",
    "Anyone who looks at my allotment will get sorted with a free bag of courgettes",
])
def test_everyday_posts_are_not_threats(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)


@pytest.mark.parametrize("text", [
    "There's a warrant out for the bloke who robbed the Co-op on Mill Lane, share please",
    "Police appeal: warrant out for a man from Elm Road, please share",
])
def test_a_public_appeal_shared_is_not_confidential(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
