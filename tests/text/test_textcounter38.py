"""Counter-speech near the stop-38 loose discriminatory forms (branch textcounter38): a claim named to be rejected
("the great replacement isn't a theory, it's a racist conspiracy myth", "someone shouted 'this isn't your country' at
my colleague"), praised people, or the writer abroad is not the writer's claim; the form's review goes. A counter frame
around abuse keeps its flag, and a slur, a threat or an insult in the same post is read as before."""

import pytest


def _rule_discriminatory(v):
    """The discriminatory hits a rule raised (not the offence model's identity head)."""
    return [h for h in v.hits if h.category == "discriminatory" and "model score" not in h.phrase]


@pytest.mark.parametrize("text", [
    # the claim called a myth / lie / racist right after it
    "the great replacement isn't a theory, it's a racist conspiracy myth and here's why",
    '"the great replacement is real" — no. it\'s a racist conspiracy theory and a lie',
    "the great replacement is happening? no it isn't, it's a white nationalist myth",
    # held up by people who say it, with a rejection after
    "people who say this isn't their country are wrong, this is everyone's home",
    "people who say britain isn't their country need a history lesson",
    "anyone who says never hire a mum is a dinosaur and breaking the law",
    # frames that reject by themselves
    'sick of hearing "this isn\'t their country" from my own uncle at christmas. embarrassing',
    "so tired of hearing that Romanians will rob you. my Romanian colleagues are the most honest people I know",
    "stop reporting black youths hanging around as suspicious, it's racial profiling",
    # reported speech, then rejected
    'someone shouted "this isn\'t your country" at my colleague on the bus today. she was born in Leeds',
    '"this isn\'t their country" is what my grandad was told in 1962. shameful',
    "my manager said never hire a pregnant woman. reported him to HR the same day",
    # echoed as a question, then answered
    "never hire a disabled person? absolutely not, worst advice I've heard",
    "never hire a woman? we only hire women, 40 years of a women's co-op",
    "they said never hire a mum with young kids. I did, best decision ever",
    # praise, and the writer abroad or in their own language
    "the polish lads hanging round the bakery are the bakers on their break, lovely guys",
    "asian kids hanging out at the library after school, so good to see",
    "I couldn't hear a word of English on my holiday in Lisbon, loved it",
    "as a Welsh speaker I'm in a minority in my own country, learning has been a joy",
    "the only accents on this street were proper london ones when my nan was a girl, now it's a lovely mix",
])
def test_counter_speech_clears_the_stop38_form(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status != "fail", (text, v)
    assert not _rule_discriminatory(v), (text, v)


@pytest.mark.parametrize("text", [
    # the rejection taken back, attributed to others, or negated
    "people who say this isn't their country are right",
    '"Nigerians will scam you" is racist apparently. it\'s just true',
    "they call it a racist conspiracy theory but the great replacement is happening",
    "stop saying it's racist, Nigerians will scam you soon as look at you",
    "sick of hearing it's a myth. didn't hear one word of English in town today",
    "no. just no. this isn't their country and never will be",
    "the great replacement is real. no debate, no apology",
    # sarcasm, a lament or a regret undo praise, the abroad reading and an answer
    "didn't hear one word of English in town today, lovely vibrant diversity 🙄",
    "black lads hanging round the co-op again, lovely. keep your eyes open",
    "went into town and didn't hear a word of English, felt like being abroad",
    "they said never hire a mum with young kids. I did, never again",
    "never hire a woman? we did once, what a mistake",
    # a generic condemnation after the writer's own lament condemns the place, not the claim; nostalgia is no praise
    "didn't hear one word of English in town today. disgraceful",
    "never hire a woman in her 30s, it's wrong but it's true",
    "the only faces on this street were white when I was a kid, lovely times",
    "black lads hanging round the co-op. lovely.",
    # the plain claim
    "never hire a woman, they're too emotional to be bosses",
    "Romanians will rob you blind, lock everything",
])
def test_abuse_in_a_counter_frame_keeps_its_flag(analyser, text):
    v = analyser.analyse(text).offensive
    assert _rule_discriminatory(v), (text, v)


@pytest.mark.parametrize("text, status", [
    # another attack beside the rejected claim is read on its own: fail stays fail, review stays review
    ("the great replacement is a myth, but those people are still vermin", {"review", "fail"}),
    ("it's not a conspiracy theory: immigrants are ruining this country and they're parasites", {"fail"}),
    ("not racist but never hire a woman in her 30s, she'll be off on maternity", {"fail"}),
    ("someone said never hire a woman. I'll find them and kill them", {"fail"}),
    ("people who say britain isn't their country are right and you're a thick cunt for arguing", {"review", "fail"}),
])
def test_other_abuse_in_the_post_keeps_its_verdict(analyser, text, status):
    assert analyser.analyse(text).offensive.status in status, text


@pytest.mark.parametrize("text", [
    "Le grand remplacement n'est pas une théorie, c'est un mythe raciste et complotiste, point final.",
    "Quien dice que este no es su país miente, esta es la casa de todos los que vivimos aquí.",
])
def test_counter_speech_in_another_language_is_not_checked(analyser, text):
    r = analyser.analyse(text)
    assert r.offensive.status is None, (text, r.offensive)
    assert any(area == "offensive" for area, _ in r.not_analysed), (text, r.not_analysed)
