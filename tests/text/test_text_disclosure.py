"""Disclosures built from two parts (text_disclosure): a work voice beside a detail that points at a
person (confidential), and the writer as the actor of an offence act (possible offence). For each
structure: positives, negatives that use the same words (professional, campaign, counter-speech,
trap) and a could-not-tell case. Written fresh for the tests, not copied from a benchmark set."""

import pytest

from selfaudit.analysis.text_disclosure import own_offence, work_disclosure

# --- work voice × identifying or private detail ---------------------------------------------------

WORK_DISCLOSURES = [
    "Sat with one of my families all afternoon, the youngest is only 6 and already excluded twice",  # voice + age
    "A boy I mentor at the club told me his uncle makes him hold stuff. He's 11",  # voice + disclosure + age
    "Strategy meeting overran again. The stepdad is known to police round the Gascoyne estate",  # meeting + police matter
    "On shift tonight and the man in bed 7 is my old maths teacher, in with an overdose",  # shift + bed + health
    "Our receptionist has been signed off with anxiety and nobody's been told why yet",  # colleague role + health
    "A client of mine got sentenced this morning. Proud of how far he came, Marcus you legend",  # relation + court + name
    "Pupil in my form has been sleeping on a friend's sofa since her mum moved to Luton",  # relation + place
    "Home visit to a flat off Ridley Road, the baby was in the same nappy as yesterday",  # visit + street
]

NOT_DISCLOSURES = [
    # professional voice, training, campaigns and advice with the same words
    "Training for new foster carers on Thursday: what to do if a child discloses abuse",
    "If a pupil tells you they're being hurt, listen, don't promise secrecy, and tell the DSL the same day",
    "We're hiring! Family support worker for our team at the children's centre on Mare Street",
    "Proud of the team: 300 home visits this year and every family thanked us",
    # counter-speech
    "People who think social workers snatch babies should spend one day in a case conference",
    # traps: the same words about the writer's own family or everyday life
    "My mum's in hospital on the ward with pneumonia, she's 81, thank you to the nurses",
    "Bumped into my old head teacher in Sainsbury's, he's 70 and still terrifying",
    "Had a strategy meeting with my husband about the school run",
    # where the writer works, and a colleague's workplace, are not details about a person
    "On shift tonight at the Royal London, send coffee",
    "My manager at Hackney Youth Justice made us do team building in the rain",
]


@pytest.mark.parametrize("text", WORK_DISCLOSURES)
def test_work_voice_with_a_detail_is_found(text):
    hits = work_disclosure(text)
    assert hits and hits[0].category == "practice", text


@pytest.mark.parametrize("text", NOT_DISCLOSURES)
def test_professional_counter_and_family_wording_is_not(text):
    assert work_disclosure(text) == [], text


def test_work_voice_without_any_detail_cannot_tell():
    # Speaking from work with nothing that points at anyone: the structure says nothing (no
    # finding from it); the existing practice-language rule decides alone.
    assert work_disclosure("One of my families had a good week, small wins") == []
    assert work_disclosure("Long day on shift, feet are killing me") == []


def test_work_disclosure_is_review_never_fail(analyser):
    rep = analyser.analyse("A kid I work with turned up with bruises again, he's 8 and lives on the Pembury")
    assert rep.confidential.status in ("review", "fail")
    rep = analyser.analyse("On shift tonight and the lady in bed 3 is my neighbour's mum, in with a stroke")
    assert rep.confidential.status == "review"
    assert any("work voice + detail" in h.phrase for h in rep.confidential.hits)


# --- the writer as the actor × an offence act -----------------------------------------------------

OWN_OFFENCES = [
    ("Drove back from the wedding after four proseccos, totally fine", "driving"),
    ("Clocked 110 on the A12 coming home, car handles it", "driving"),
    ("Replying to my texts at the traffic lights again, naughty", "driving"),
    ("Had a cheeky bump of ket in the toilets at the afterparty", "drugs"),
    ("Me and Jess bought a bag of weed off a lad behind the leisure centre", "drugs"),
    ("Floored some guy who spat at my mate, he didn't get up for a bit", "violence"),
    ("Walked out of Boots with two mascaras in my pocket, easy", "antisocial"),
    ("Rode the overground for free all week, just tap through behind someone", "antisocial"),
    ("Threw up in a bin outside the station after the Christmas do", "alcohol"),
    ("Seven pints deep and still going, send help", "alcohol"),
]

NOT_OWN_OFFENCES = [
    # campaigns, prevention and advice with the same words
    "Never drink and drive. Plan your journey home before the Christmas party",
    "Harm reduction: if you're going to a festival, don't take pills from strangers",
    # counter-speech and reporting someone else's act
    "Heartbroken to see graffiti on the synagogue again. We stand with our Jewish neighbours",
    "My neighbour drove home drunk again last night, reported him this time",
    # traps: the same words in everyday senses
    "Punched the air when the results came in",
    "Had a coke and a sandwich for lunch",
    "Got some pills from the chemist for my hay fever",
    "Joint working with health colleagues on the new pathway",
    "Fell asleep on the train after a 12 hour shift and woke up in Chingford",
    "Scratched my car on the gatepost again",
    "Got smashed 5-0 at five-a-side, keeper had a mare",
    "Case of wine for the wedding arrived, 12 bottles sorted",
    # a threat to someone is the offensive area's business, not an own act
    "I'm going to batter him next time I see him",
]


@pytest.mark.parametrize("text,category", OWN_OFFENCES)
def test_own_offence_act_is_found(text, category):
    hits = own_offence(text)
    assert category in {h.category for h in hits}, (text, hits)


@pytest.mark.parametrize("text", NOT_OWN_OFFENCES)
def test_advice_counter_and_everyday_senses_are_not(text):
    assert own_offence(text) == [], text


def test_act_with_no_actor_cannot_tell():
    # An act with someone else as the subject, or a fragment with no subject among others':
    # the writer is not shown as the actor, so the structure does not claim it.
    assert own_offence("He drove home after six pints, idiot") == []
    assert own_offence("Someone tagged the bus shelter again") == []


def test_disabled_category_is_not_looked_for():
    hits = own_offence("Drove home after six pints, roads were empty", frozenset({"driving"}))
    assert "driving" not in {h.category for h in hits}
    assert "driving" in {h.category for h in own_offence("Drove home after six pints, roads were empty")}


def test_own_offence_is_review_never_fail(analyser):
    rep = analyser.analyse("Pocketed a lipstick from Superdrug while the guard was on his phone lol")
    assert rep.offence.status == "review"
    assert rep.offensive.status is None
    rep = analyser.analyse("Drink driving wrecks lives. Our campaign starts Monday")
    assert rep.offence.status is None or rep.offence.status == "review"
    assert rep.offence.status != "fail"


def test_identity_bio_with_a_practice_word_never_fails(analyser):
    # "Gay dad" read as a named child's dad ("Gay") made this identity bio FAIL as confidential.
    rep = analyser.analyse("Gay dad, foster carer, social worker. Three things I never thought I'd be")
    assert rep.confidential.status != "fail"
    assert analyser.analyse("Taking Tyler (9) to his new foster placement today").confidential.status == "fail"
