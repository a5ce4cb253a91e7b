"""review40b (stop 40): the reviewer's probes of textrules40's loosenings (bench/dev/review40b_probes.tsv). Bad posts that
lost their flag (or their fail) on 089d9ab keep it; the everyday posts the new forms flagged stay clear; posts in another
language are not checked (the could-not-tell case)."""

import pytest


def _status(analyser, text, area="offensive"):
    return getattr(analyser.analyse(text), area).status


def _not_checked(analyser, text, area="offensive"):
    r = analyser.analyse(text)
    assert getattr(r, area).status is None, (text, getattr(r, area))
    assert any(a == area for a, _ in r.not_analysed), (text, r.not_analysed)


# -- reported_abuse: the quote endorsed, the writer's own noun in scare quotes, revenge after the report ----------------

@pytest.mark.parametrize("text", [
    'Got called a "paki" at work today. Reported it to HR. Honestly though he has a point',
    'Got told "women belong in the kitchen" by my manager, reported it to HR. He\'s got a point though',
    'Lad at the bus stop got called a "f*ggot", reported to TfL. Can\'t say I disagree',
    'My son got called a "retard" at school, reported it to the head. Sadly it\'s true, he is one',
    'Dan Price got told "you\'re a nonce" outside Tesco — reported to police. We all know why he moved here though',
    'Our new neighbour Tom got told "we don\'t want n*ggers here" — reported to the council. He should take the hint',
    'The "pikeys" sent my mum a letter about the fence. Reported them to the council',
    'Got sent abuse by some "faggot" on twitter, reported and blocked. disgusting',
    'Someone shouted "p*ki" at my dad. Reported to police but they\'ll do nothing so the lads are going round his tonight',
])
def test_quoted_abuse_endorsed_owned_or_avenged_keeps_its_flag(analyser, text):
    assert _status(analyser, text) is not None, text


@pytest.mark.parametrize("text", [
    'Got called a "f*ggot" on the bus this morning. Reported it to TfL. Not ok',
    'Someone shouted "go back to your country" at my mum today. Reported to BTP. This isn\'t ok',
    'My daughter got sent "kys" on tiktok. Screenshots sent to the school and the police',
    'Got called a "p*ki" at work, reported it to HR, he has been suspended. Not a point of view, a hate crime',
])
def test_received_abuse_reported_is_still_cleared(analyser, text):
    assert _status(analyser, text) is None, text


def test_endorsed_quote_in_another_language_is_not_checked(analyser):
    _not_checked(analyser, 'Ktoś nazwał mnie "p*ki" w pracy. Zgłosiłem to, ale szczerze mówiąc ma rację.')


# -- a threat word in quotes with no one who sent it to the writer is the writer's own ---------------------------------

@pytest.mark.parametrize("text", [
    'you should honestly "kys"',
    '@dan do everyone a favour and "kys"',
    '@sarah "kys" lol',
])
def test_a_quoted_threat_word_aimed_by_the_writer_fails(analyser, text):
    assert _status(analyser, text) == "fail", text


def test_a_quoted_threat_word_received_is_a_quote(analyser):
    assert _status(analyser, 'My nephew got sent "kys" on snapchat. Screenshots to the head and police.') is None


# -- love of someone else's misfortune is not banter; sarcasm undoes love -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Priya in accounts is a thick useless bitch and I love her being sacked",
    "The new manager is a stupid cow and we love her squirming in meetings",
    "Jess is a dumb bitch and I love her kids though",
    "that teacher is a useless idiot and I adore him being exposed",
    "Happy birthday to my sister, an absolute idiot and I love her... said no one ever. you useless cow",
])
def test_love_of_a_misfortune_or_sarcastic_love_keeps_the_fail(analyser, text):
    assert _status(analyser, text) == "fail", text


@pytest.mark.parametrize("text", [
    "happy birthday to my little brother, an absolute idiot and I love him to bits",
    "my brother is such an idiot and I love him",
])
def test_love_of_the_person_still_softens(analyser, text):
    assert _status(analyser, text) != "fail", text


# -- "I'll find you at the festival" needs a meeting cue; recovery news undone by menace ----------------------------------

@pytest.mark.parametrize("text", [
    "we'll find you at the festival and finish it",
    "we'll find you at the festival and finish what we started",
    "we'll find you at the party, and you won't walk away this time",
    "we'll find you at the fair and then we'll see who's laughing",
    "I'll find you at the concert. You and me, outside, after. Just us.",
])
def test_find_you_at_a_place_with_no_meeting_cue_fails(analyser, text):
    assert _status(analyser, text) == "fail", text


@pytest.mark.parametrize("text", [
    "we'll find you at the festival, look for the pink flag!",
    "I'll find you at the bar, it'll be heaving",
    "we'll find you at the gig, text me when you're in x",
])
def test_find_you_at_a_day_out_with_a_meeting_cue_is_review(analyser, text):
    assert _status(analyser, text) == "review", text


@pytest.mark.parametrize("text", [
    "he'll be going home from hospital if he's lucky",
    "she's just home from hospital. shame, should have finished the job",
])
def test_recovery_words_with_menace_are_read(analyser, text):
    assert _status(analyser, text) is not None, text


def test_recovery_news_still_clear(analyser):
    assert _status(analyser, "Home from hospital at last! Thank you to the amazing nurses on ward 7") is None


# -- the new forms' everyday near-variants ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,area", [
    ("next time the printer jams I'm launching that printer out of the window", "offensive"),
    ("if this laptop crashes again I'm throwing that laptop out of the window", "offensive"),
    ("next time the kids leave lego out the hoover is going over the balcony", "offensive"),
    ("I'm going to beat my sister at Mario Kart tonight, see how smug she is then", "offensive"),
    ("wait till the results come out, see how cocky he is then", "offensive"),
    ("not calling the police over a parcel, we'll sort it out ourselves", "offensive"),
    ("no point calling the police about the fence, we'll sort it ourselves with the neighbour", "offensive"),
    ("fish, chips and mushies from the chippy, perfect Friday", "offence"),
    ("mushies and a pie at half time, can't beat it", "offence"),
    ("spent the whole day dodging Ofsted inspectors, free coffee though", "offence"),
    ("the kids ran from the barrier when the train came in, so loud", "offence"),
    ("Guess who's finally home from hospital! Grandad! 🎉", "confidential"),
    ("guess who's pregnant!! my sister!! auntie again 💕", "confidential"),
    ("Guess who just got promoted to ward sister! So proud of my wife", "confidential"),
])
def test_everyday_near_variants_gain_no_flag(analyser, text, area):
    assert _status(analyser, text, area) is None, text


@pytest.mark.parametrize("text,area", [
    ("if he touches my bike again he's going through that window", "offensive"),
    ("gonna wait outside the job centre for that advisor after her shift. see how smug she is then", "offensive"),
    ("we've got cctv and we're not calling the police, we're dealing with it ourselves", "offensive"),
    ("no police, we'll sort him out ourselves", "offensive"),
    ("lads got the mushies in for the festival, proper trip", "offence"),
    ("no ticket again, spent the whole ride dodging the northern rail guard", "offence"),
    ("i work at the pharmacy and guess who's on antidepressants now", "confidential"),
])
def test_the_forms_still_catch_their_own(analyser, text, area):
    assert _status(analyser, text, area) is not None, text


def test_guessing_game_about_a_neighbour_of_the_family_is_still_read(analyser):
    # the family word is where the person lives, not who the news is about
    text = "guess who's just been put on the sex offenders register, lives two doors from my mum 😳"
    assert _status(analyser, text, "confidential") is not None


@pytest.mark.parametrize("text,flagged", [
    ("anyone who touches my sister is going through the nearest windscreen", True),
    ("whoever scratches my car again is going over that wall", True),
    ("anyone who wants the old sofa, it is going over the balcony at noon", False),
])
def test_whoever_is_going_through_the_window(analyser, text, flagged):
    v = analyser.analyse(text).offensive
    assert (any(h.category == "threat" and "going" in h.phrase for h in v.hits)) is flagged, (text, v)


@pytest.mark.parametrize("text", [
    'Got called a "p*ki" at work, reported it to HR. Everyone knows that\'s racist, do better',
])
def test_a_denial_or_condemnation_is_not_an_endorsement(analyser, text):
    assert _status(analyser, text) is None, text


def test_it_is_not_true_is_a_denial_not_an_endorsement():
    from selfaudit.analysis.text_counter import reported_abuse
    text = 'My brother got told "you\'re a nonce" outside the school. Reported it to police. It\'s not true, he has no kids'
    assert reported_abuse(text, ["nonce"])
    assert not reported_abuse(text.replace("It's not true", "Sadly it's true"), ["nonce"])
