"""Stop 40 (textrules40): general forms read from two fresh writers' misses and false flags (sets 39 and 40), each with a
positive, near-miss negatives and, where the words could be anyone's language, a post in another language (not checked).
The positives failed on the base c0193fd."""

import pytest


def _flag(r, area):
    return getattr(r, area).status


def _not_checked(analyser, text, area="offensive"):
    r = analyser.analyse(text)
    assert getattr(r, area).status is None, (text, getattr(r, area))
    assert any(a == area for a, _ in r.not_analysed), (text, r.not_analysed)


# -- abuse received, quoted and reported: counter-speech (text_counter.reported_abuse) -----------------------------

@pytest.mark.parametrize("text", [
    'My nephew got sent "kys" on snapchat by lads from his school. Screenshots sent to the head and the police.',
    'A woman on the train called my wife a "dirty immigrant". Reported it to BTP. This is not ok.',
    'Got called a "f*ggot" outside the chippy for holding my husband\'s hand. Reported to the police, not staying quiet.',
    'Someone shouted "go back to your country" at my neighbour in Tesco. She was born in Leeds. Reported it to the manager.',
    'Girls in my class get told "get back in the kitchen" every PE lesson. We\'re reporting it to the head.',
])
def test_received_abuse_quoted_and_reported_is_not_flagged(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status is None, (text, v)


@pytest.mark.parametrize("text", [
    # the quote endorsed, or said by the writer
    'Someone called the new family "dirty foreigners". Honestly, they\'re right. Reported them to the council too.',
    'Sent him "kys" and reported his account for spam. hope he does it',
    # abuse of the writer's own outside the quotes
    'Got called a "snowflake" by some fat ugly cow on the bus. Reported her, she\'s a disgusting pig.',
    # no report or condemnation
    'Got called a "f*ggot" on the bus today lol',
])
def test_quoted_abuse_endorsed_or_unreported_stays_flagged(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status in ("review", "fail"), (text, v)


def test_a_quoted_threat_word_is_a_quote_not_irony(analyser):
    # no report after it: still a look (review), but someone's words in quotes never fail as the writer's threat
    v = analyser.analyse('my daughter got sent "kys" on tiktok last night').offensive
    assert v.status == "review", v


def test_received_abuse_in_another_language_is_not_checked(analyser):
    _not_checked(analyser, 'Mojej córce ktoś napisał "zabij się" na tiktoku. Zgłosiliśmy to na policję i do szkoły.')


# -- teasing with love on a birthday -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my cousin Dan is a total numpty and I love him to bits, happy birthday you plonker 🎂",
    "happy birthday to the daftest sausage I know, you absolute idiot, love you loads",
    "Bro you're a muppet and I love you. Happy birthday!",
])
def test_teasing_with_love_on_a_birthday_is_not_flagged(analyser, text):
    assert analyser.analyse(text).offensive.status is None, text


@pytest.mark.parametrize("text", [
    "Happy birthday you ugly slag, love you but nobody else does",
    "happy birthday you thick cunt, I love him more than you",
    "he's a thick useless twat and I love watching him fail",
])
def test_abuse_beside_love_stays_a_fail(analyser, text):
    assert analyser.analyse(text).offensive.status == "fail", text


def test_teasing_without_love_or_wish_is_still_read(analyser):
    assert analyser.analyse("you absolute idiot Dan, nobody wants you at the party").offensive.status in ("review", "fail")


# -- threats without a harm word (review) -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "if that bailiff shows up at my mum's again he's going through the front window",
    "next time my ex turns up drunk at the school gates I'll put him through that fence",
    "waiting outside the office for that manager after her shift. see how smug she is then",
    "we'll see how cocky he is when there's six of us at his door",
    "somebody's been slashing tyres on our road. not calling the police, we're dealing with it ourselves",
    "I know your face now pal. small town",
    "we know your names and we know your reg",
])
def test_stock_threats_without_a_harm_word_are_reviewed(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status in ("review", "fail") and "threat" in v.categories, (text, v)


@pytest.mark.parametrize("text", [
    "the new fridge is going through the kitchen window because it won't fit through the door",
    "our dog is going over the fence every morning to see next door's cat",
    "waiting outside the station for my dad after his shift, see how tired he is then",
    "let's see how brave she is on the zip wire at the park 😂",
    "didn't call the police, it was only a scratch and we sorted it ourselves with his insurance",
    "I've got your names down for the raffle, good luck everyone!",
])
def test_everyday_near_variants_are_not_threats(analyser, text):
    v = analyser.analyse(text).offensive
    assert "threat" not in (v.categories or ()) or v.status is None, (text, v)


def test_stock_threat_in_another_language_is_not_checked(analyser):
    _not_checked(analyser, "Znam twoją twarz i wiem, gdzie parkujesz. Zobaczymy, jaki będziesz odważny.")


# -- a superlative put-down (review) ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Our head of year is the thickest man alive, can't even work the register",
    "honestly she's the stupidest woman on the planet",
    "that landlord is the most useless human being in history",
])
def test_superlative_put_down_is_reviewed(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status in ("review", "fail") and "insult" in v.categories, (text, v)


@pytest.mark.parametrize("text", [
    "my nan is the kindest woman alive",
    "I felt like the stupidest person alive when I locked myself out",
    "the oldest woman in the world turned 117 today",
])
def test_kind_or_own_superlatives_are_not_insults(analyser, text):
    v = analyser.analyse(text).offensive
    assert "insult" not in (v.categories or ()), (text, v)


# -- "so-called" before a group is a sneer, not counter-speech ----------------------------------------------------------

def test_so_called_group_then_dehumanised_is_reviewed(analyser):
    v = analyser.analyse("the so-called refugees at the Premier Inn are cockroaches, plain and simple").offensive
    assert v.status in ("review", "fail") and "discriminatory" in v.categories, v


@pytest.mark.parametrize("text", [
    "the so-called experts at the council are clueless about the bins",
    "so-called asylum seekers are people fleeing war, stop the hate",
])
def test_so_called_without_an_attack_is_not_flagged(analyser, text):
    assert analyser.analyse(text).offensive.status is None, text


# -- possible offence: drug street words, an amount sorted, a seller asked; fare dodging ----------------------------------

@pytest.mark.parametrize("text", [
    "got my 8th sorted for tonight, proper weekend vibes 🌿",
    "who's sorting later? need a half for the festival",
    "bit of sniff before the club never hurt",
    "mushies at the campsite, the tent was breathing",
    "balloons everywhere at the party, nos was unreal",
    "no ticket again, spent the whole journey dodging the conductor on the train 😂",
])
def test_offence_street_words_are_reviewed(analyser, text):
    assert analyser.analyse(text).offence.status == "review", text


@pytest.mark.parametrize("text", [
    "got my 8th birthday cake sorted for Tom 🎂",
    "who's sorting the raffle tonight? need a half hour to set up",
    "the dog has a sniff of everything on the walk",
    "mushrooms on toast at the campsite, lovely breakfast",
    "dodging the rain all day at the festival ☔",
])
def test_offence_near_variants_are_not_flagged(analyser, text):
    assert analyser.analyse(text).offence.status is None, text


def test_street_words_in_another_language_are_not_checked(analyser):
    _not_checked(analyser, "Ktoś ma coś do palenia na dziś wieczór? Płacę gotówką, piszcie prywatnie", area="offence")


# -- confidential: the guessing-game disclosure ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "work at the GP surgery and guess who's on antidepressants now. our lovely vicar 🙊",
    "can't believe who I saw at the sexual health clinic today... not saying names but she runs the PTA",
    "guess who was back in custody last night 👀 the lad from the flats again",
])
def test_guessing_game_disclosure_is_reviewed(analyser, text):
    assert analyser.analyse(text).confidential.status == "review", text


@pytest.mark.parametrize("text", [
    "guess who got their DBS back today! me, starting at the nursery Monday",
    "can't believe who I saw at the panto today... Santa himself 🎅",
    "not saying names but someone ate all the biscuits in the staff room 🍪",
])
def test_guessing_game_about_nothing_confidential_is_not_flagged(analyser, text):
    assert analyser.analyse(text).confidential.status is None, text


# -- the lead's false flags: a meetup, recovery news -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "we'll find you at the festival, look for the big flag!",
    "I'll find you at the bar, first round's on me",
])
def test_meeting_at_a_day_out_is_not_a_fail(analyser, text):
    assert analyser.analyse(text).offensive.status != "fail", text


@pytest.mark.parametrize("text", [
    "I'll find you",
    "we'll find you at the gates after school and you'll regret it",
    "I'll find you at your work",
])
def test_find_you_with_menace_or_no_place_still_fails(analyser, text):
    assert analyser.analyse(text).offensive.status == "fail", text


def test_recovery_news_is_not_a_threat(analyser):
    assert analyser.analyse("home from hospital at last").offensive.status is None


def test_recovery_said_to_you_with_menace_is_still_read(analyser):
    v = analyser.analyse("you'll be back from hospital just in time for me to put you back in it").offensive
    assert v.status in ("review", "fail"), v


@pytest.mark.parametrize("text", [
    'Sent him "kys" on insta and reported his account for spam. hope he does it',
    'i sent her "kys" lol',
])
def test_a_threat_word_the_writer_sent_still_fails(analyser, text):
    # (found on probes half B, after its one scoring) the quote is the writer's own words
    assert analyser.analyse(text).offensive.status == "fail", text
