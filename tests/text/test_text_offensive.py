"""Offensive or abusive words: categories, the classifier, and the context that must not fail."""

import pytest

from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config
from selfaudit.errors import SelfauditError

FAIL = [
    ("You are a fucking idiot", "insult"),
    ("@davey_p you're a pathetic loser", "insult"),
    ("I will kill you", "threat"),
    ("I know where you live. Watch your back.", "threat"),
    ("People like you should be shot", "threat"),
    ("Go back to your own country", "discriminatory"),
    ("Muslims are all terrorists", "discriminatory"),
    ("Gays are disgusting", "discriminatory"),
    ("Stop being such a retard", "discriminatory"),
    ("Typical p*ki corner shop", "discriminatory"),  # self-censored slur
]

REVIEW = [
    ("What a shit day", "obscene"),
    ("Fuuuck this weather 🙄", "obscene"),
]

CLEAN = [
    "Scunthorpe United won 2-0 today",
    "Had faggots and peas for tea, proper northern",
    "Our cockerel woke the whole street at 5am",
    "Taking the kids to Dick Whittington at the Hackney Empire",
    "Spotted dick and custard for pudding",
    "A blue tit on the feeder this morning",
    "Off to Essex and Sussex this weekend",
    "Absolutely smashed it at the 10k today!",
    "I'll get you a coffee on the way in",
    "Lovely walk by the canal with the dog",
    "I'm such an idiot, left my keys at home",  # about oneself
    "I felt like an idiot in that meeting",
]

# Professional or supportive voice about identity and abuse: must never fail on its own.
PROFESSIONAL = [
    "Great training today on recognising child sexual abuse and exploitation",
    "Proud to support Pride month and our LGBT+ colleagues 🏳️‍🌈",
    "Black Lives Matter. Listening, learning and challenging racism in our practice.",
    "Islamophobia and antisemitism have no place in Hackney. Report hate crime.",
    "Reflecting on how we support disabled children and their families",
    "A service user's dad called my colleague a p*ki today. Reported it. Zero tolerance.",
    "Webinar on how homophobic slurs like 'faggot' affect young people's mental health",
    "Domestic abuse: the signs, and where to get help",
    "Trans people are welcome here",
]


@pytest.mark.parametrize("text,category", FAIL)
def test_fail(analyser, text, category):
    v = analyser.analyse(text).offensive
    assert v.status == "fail", (text, v)
    assert category in v.categories


@pytest.mark.parametrize("text,category", REVIEW)
def test_review(analyser, text, category):
    v = analyser.analyse(text).offensive
    assert v.status == "review", (text, v)
    assert category in v.categories


@pytest.mark.parametrize("text", CLEAN)
def test_harmless_words_with_rude_letters(analyser, text):
    assert analyser.analyse(text).offensive.status is None, text


@pytest.mark.parametrize("text", PROFESSIONAL)
def test_professional_voice_never_fails(analyser, text):
    assert analyser.analyse(text).offensive.status != "fail", text


def test_threat_without_swear_words_is_caught_although_the_classifier_scores_it_low(analyser):
    # The rules fail it on their own (the offence model, trained on in-domain posts since
    # textdata3, now scores it high as well, so it is switched off here to show the rule alone).
    assert analyser.analyse("Wait till I see you, you'll regret this").offensive.status == "fail"
    r = TextAnalyser(Config(text={"disabled": ["classifier"]})).analyse("Wait till I see you, you'll regret this")
    assert r.offensive.status == "fail"


def test_mojibake_and_emoji(analyser):
    # "Youâ€™re" is the UTF-8 of a curly apostrophe read as cp1252.
    assert analyser.analyse("Youâ€™re a pathetic loser ðŸ˜‚").offensive.status == "fail"


def test_categories_can_be_switched_off():
    a = TextAnalyser(Config(text={"disabled": ["obscene", "classifier"]}))
    assert a.analyse("What a shit day").offensive.status is None
    assert a.analyse("I will kill you").offensive.status == "fail"


def test_unknown_category_in_config_is_a_clear_error():
    with pytest.raises(SelfauditError, match="unknown category"):
        TextAnalyser(Config(text={"disabled": ["rudeness"]}))
    with pytest.raises(SelfauditError, match="text"):
        TextAnalyser(Config(text={"colour": "blue"}))


@pytest.mark.parametrize("text", ["end yourself", "neck yourself", "unalive yourself", "go rope yourself"])
def test_two_word_telling_someone_to_kill_themselves(analyser, text):
    # The model leaves one- and two-word posts alone: these need the word list.
    assert analyser.analyse(text).offensive.status is not None, text


@pytest.mark.parametrize("text", ["I need to rope yourself in for the quiz", "you'll kill yourself with laughter at this"])
def test_not_telling_someone_to_kill_themselves(analyser, text):
    assert analyser.analyse(text).offensive.status != "fail", text


# Red team 3: a swear word spelled with stand-in characters the masked-word list did not know got
# "nothing to flag" ("what a tw@t", "you w@nker", "absolute pr1ck", "5h1t day").
@pytest.mark.parametrize("text", ["what a tw@t", "you w@nker", "absolute pr1ck", "5h1t day", "you're a sh1thead", "what a tw*t"])
def test_swear_words_with_stand_in_characters_are_read(analyser, text):
    assert analyser.analyse(text).offensive.status is not None


@pytest.mark.parametrize("text", ["£5 off at B&Q", "Meeting at 10:30 in room 3B", "k1d5 are great", "Ping @tw4t3r for the rota"])
def test_codes_prices_and_handles_are_left_alone(analyser, text):
    assert analyser.analyse(text).offensive.status is None


# Red team 11: "I'm a useless idiot, left my keys in the door" failed on an old insult list
# ("useless idiot"). An insult the writer aims at themself is self-deprecation: no finding at
# all. The same words aimed at someone else still fail.
@pytest.mark.parametrize("text", [
    "I'm a useless idiot, left my keys in the door",
    "I am such a useless idiot, forgot my lanyard again",
    "what an idiot I am",
    "What a muppet I am, wrong train again 🙈",
    "I'm a complete and utter idiot sometimes",
    "I've been a total idiot today, sent the email to the wrong person",
    "I'm being a stupid idiot",
    "Me, the useless idiot who locked herself out",
    "@jo I'm such an idiot, left my keys at home lol",  # a reply's leading @mentions address, not aim
    "@jo @sam I'm a useless idiot sorry",
])
def test_an_insult_the_writer_aims_at_themself_is_no_finding(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status is None, (text, v)


@pytest.mark.parametrize("text", [
    "You're a useless idiot",
    "You're a useless idiot, I'm not",
    "I am such an idiot for trusting you, you useless idiot",
    "What an idiot you are",
    "I'm a useless idiot? No, @davey_p you are",
    "I'm not the useless idiot here, he is",
    "Im a useless idiot and so is my boss",
    "I'm such an idiot, my manager is a total idiot",
    "@jo I'm such an idiot for trusting you, you useless idiot",
    "@jo I'm the useless idiot? No, @sam you are",
])
def test_the_same_insult_aimed_at_someone_else_still_fails(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status == "fail" and "insult" in v.categories, (text, v)
