"""Ways abuse is worded to slip past a list, and the look-alikes that are not abuse: spelling
that dodges a word list, denials of an attack, praise naming a group, British homonyms of slurs,
questions about others' hatred. Written fresh for these tests (bench/data/posts_functional.tsv
is the larger tuned set of the same kinds)."""

import pytest

from selfaudit.analysis.text_read import normalise

DODGED = [  # a group attack spelt to dodge the list: letters swapped or dropped, run together, digits
    "I hate wmoen",
    "honestly i hate trnas people",
    "Ihatemuslims",
    "immigrantsarevermin",
    "i h8 lesbians",
    "W0men are disgusting",
    "musl1ms are vermin",
    "refugees are dsigusting",
]


@pytest.mark.parametrize("text", DODGED)
def test_dodged_spelling_is_read_back(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


REAL_WORDS = [  # a one-letter change that is a word in its own right is never read as a group
    "I hate backs of chairs that wobble",
    "Women's refuges need more funding",
    "I hate tans that come out of a bottle",
    "2day was gr8",
    "i thot so too",
]


@pytest.mark.parametrize("text", REAL_WORDS)
def test_real_words_are_not_misspellings(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


def test_misspelling_read_in_the_words_form_only():
    clean, words = normalise("I hate wmoen")
    assert clean == "I hate wmoen" and words == "i hate women"


DENIED = [  # the attack matched is the one the writer denies
    "I don't think women are inferior at all",
    "I would never say women are inferior",
    "Nobody thinks immigrants are criminals",
    "I don't believe Muslims are terrorists",
    "It's a lie that refugees are vermin",
]


@pytest.mark.parametrize("text", DENIED)
def test_denied_attack_is_nothing_to_flag(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


def test_denial_elsewhere_does_not_void_the_attack(analyser):
    # The denial is about something else; the attack stands and still fails.
    assert analyser.analyse("I don't agree with the council, immigrants are vermin").offensive.status == "fail"
    assert analyser.analyse("I don't think so. Women are inferior").offensive.status == "fail"


def test_denial_beside_an_insult_is_still_flagged(analyser):
    assert analyser.analyse("I don't think women are inferior, you stupid bitch").offensive.status in ("fail", "review")


def test_question_about_others_hatred_never_fails(analyser):
    r = analyser.analyse("Why do people hate gay people so much? It makes me sad")
    assert r.offensive.status != "fail", r.offensive


PRAISE = ["Muslim women are so inspiring", "My friend is a trans woman and she's amazing", "Women are just as capable as men"]


@pytest.mark.parametrize("text", PRAISE)
def test_praise_naming_a_group_is_not_flagged_by_the_model(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


def test_praise_that_is_supremacy_or_sarcasm_is_not_shielded(analyser):
    # The words that take praise back leave the post to the usual rules and model.
    assert analyser.analyse("Immigrants are so talented but they don't belong here").offensive.status in ("fail", "review")


HOMONYMS = ["Popped out for a fag and a coffee", "bought a packet of fags", "Walked along the dyke in Norfolk",
            "Offa's Dyke path was muddy", "Bought a new hoe for the allotment"]


@pytest.mark.parametrize("text", HOMONYMS)
def test_british_homonyms_of_slurs_are_left_alone(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


SLURS = ["shut up you fag", "you're a fucking dyke", "these hoes ain't loyal", "she a thot fr"]


@pytest.mark.parametrize("text", SLURS)
def test_the_same_words_aimed_at_a_person_are_flagged(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


def test_deserving_a_beating_is_a_threat(analyser):
    r = analyser.analyse("People like you deserve a good beating")
    assert r.offensive.status == "fail" and any(h.category == "threat" for h in r.offensive.hits)
    assert analyser.analyse("You deserve a good rest after that week").offensive.status is None


CONDEMNED_QUOTES = [
    "Saying that immigrants are scum shows how misguided you are",
    "If you think women are a plague, you need to educate yourself",
    "Statements like 'disabled people are vermin' are deeply harmful",
]


@pytest.mark.parametrize("text", CONDEMNED_QUOTES)
def test_an_attack_quoted_to_be_condemned_is_nothing_to_flag(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


def test_the_same_frame_without_condemnation_is_still_flagged(analyser):
    # "If you think X are a plague, you're right": the frame alone proves nothing.
    assert analyser.analyse("If you think immigrants are a plague, you're right").offensive.status in ("fail", "review")


def test_saying_you_do_not_hate_a_group_is_not_reviewed(analyser):
    assert analyser.analyse("I don't hate Muslims, not at all").offensive.status is None


@pytest.mark.parametrize("text", ["Muslim lives aren't worth anything", "There is nothing worse than immigrants",
                                  "It would be great if trans people just disappeared"])
def test_negated_worth_comparison_and_wished_disappearance_are_found(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", ["Nothing worse than Monday mornings", "It would be great if the rain just disappeared",
                                  "The old printer isn't worth anything"])
def test_the_same_shapes_about_things_are_left_alone(analyser, text):
    assert analyser.analyse(text).offensive.status is None, text


@pytest.mark.parametrize("text", ["@USER is beyond stupid", "@USER is a total idiot", "That referee is trash",
                                  "@USER needs a slap", "i hope he chokes", "That referee will get what's coming",
                                  "somebody shut him up for good"])
def test_a_replys_name_or_a_described_person_as_the_target(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", ["@USER thanks, the weather was ugly", "i hope she chokes on her words lol",
                                  "The bride deserves everything coming her way, so happy for her", "the dog needs a wash",
                                  "that referee made a stupid decision"])
def test_the_same_words_not_aimed_at_anyone_are_left_alone(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", ["Still over the limit probably but had to do the school run",
                                  "Got caught speeding, gonna get my mum to take the points"])
def test_drink_driving_and_someone_else_taking_the_points_are_possible_offences(analyser, text):
    r = analyser.analyse(text)
    assert r.offence.status == "review" and "driving" in r.offence.categories, (text, r.offence)


@pytest.mark.parametrize("text", ["Blood alcohol over the limit is dangerous, never drive",
                                  "Over the limit so left the car and got a taxi", "My brother is over the limit for his allowance"])
def test_over_the_limit_without_a_drive_is_not_a_driving_offence(analyser, text):
    assert "driving" not in analyser.analyse(text).offence.categories, text


ADVICE = ["Make sure you lock your car tonight, there's been break-ins", "Keep your kids close at the fair, it gets busy",
          "Lock your doors and windows when you go on holiday", "Don't let your dog off the lead near the road",
          "You need to get your boiler checked before winter", "If you're over the limit don't drive, get a taxi"]


@pytest.mark.parametrize("text", ADVICE)
def test_everyday_safety_advice_is_not_a_threat(analyser, text):
    # The threat head scored these 0.79-0.93; safety advice with its reason needs its surest score.
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", ["keep reporting my insta page Aaliyah and you'll be reporting something else to the police next",
                                  "Make sure you lock your car tonight, I know which one is yours"])
def test_a_threat_in_the_shape_of_advice_is_still_flagged(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


THREAT_GRID = ["my ex won't see the end of the week", "if i ever see him again it's over", "the teacher is going to get stabbed one of these days",
               "i'll be waiting outside for her after work", "i'm going to smash my ex to pieces",
               "that social worker will be sorry they were ever born", "one day soon the teacher will pay for this",
               "Can't wait to see my ex suffer lol"]


@pytest.mark.parametrize("text", THREAT_GRID)
def test_threats_from_the_leads_grid_are_found(analyser, text):
    r = analyser.analyse(text)
    assert r.offensive.status in ("fail", "review") and "threat" in r.offensive.categories, (text, r.offensive)


@pytest.mark.parametrize("text", ["Grandad won't see another Christmas, the doctors say", "Sadly our cat won't see the end of the week",
                                  "If I ever see that film again it's over for me lol", "the villain gets stabbed in the film"])
def test_the_same_shapes_about_illness_films_and_stories_are_not_threats(analyser, text):
    assert "threat" not in analyser.analyse(text).offensive.categories, text


@pytest.mark.parametrize("text", ["I don't hate women, I just think they are inferior", "Not all Muslims are terrorists, but most are",
                                  "I don't think immigrants are criminals, but they are vermin"])
def test_a_denial_taken_back_or_of_a_feeling_does_not_void_the_attack(analyser, text):
    # Found in the lead's read of the change: both got nothing (a false pass).
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", ["More young people are going to get stabbed unless we fund youth services",
                                  "I love hte women in my family"])
def test_a_warning_about_many_and_a_typo_of_the_are_left_alone(analyser, text):
    # Found in the lead's read of the change: a youth-work warning was a threat, "hte" (the) read as "hate".
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


MASKED_LONGER = [  # a longer self-censored word is read as itself, not as a shorter one it starts like
    ("someone called my cousin a f****t on the bus", "faggot"),
    ("the lads chanted f**got at him", "faggot"),
]


@pytest.mark.parametrize(("text", "word"), MASKED_LONGER)
def test_a_longer_masked_word_is_read_whole(text, word):
    words = normalise(text)[1].split()
    assert word in words and "fuck" not in words, words


@pytest.mark.parametrize(("text", "word"), [("f***ing hell", "fucking"), ("what the f**k", "fuck"), ("f*** off", "fuck"),
                                            ("f***", "fuck")])  # four characters: cannot tell, the common swear
def test_the_shorter_masked_swear_is_still_read(text, word):
    assert word in normalise(text)[1].split()
