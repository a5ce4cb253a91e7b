"""The reporting voice (someone else's words quoted or told) softens a match to review and asks the
offence model for a surer score; these are the words and marks it fired on that report nobody's
words. Sentences written for these tests (bench/dev/offensive_trace.py finds such voided posts)."""

import pytest

from selfaudit.analysis import text as T

THREAT = "I will break your legs"


def _status(analyser, text):
    return analyser.analyse(text).offensive.status


# --- scare quotes: one ordinary word in quotation marks is irony, not someone's words ------------


@pytest.mark.parametrize("text", [
    "if that 'gentleman' parks across my drive again I will break his legs",
    'our "friendly" neighbour blocked the bins again. I will break his legs',
])
def test_a_scare_quote_is_not_a_quote(analyser, text):
    assert _status(analyser, text) == "fail", analyser.analyse(text).offensive


@pytest.mark.parametrize("text", [
    "she had an 'accident' on the stairs",
    'some "special" treatment for the new lad',
    '"expert" = a bloke with a podcast',
])
def test_scare_quotes_are_not_quoting(text):
    assert not T._quoted(T.normalise(text)[0])


@pytest.mark.parametrize("text", [
    f"he said '{THREAT}' to my son",  # a whole sentence in quotation marks: someone's words
    f'someone sprayed "scum" on my door. {THREAT}',  # one word, introduced as written by someone
])
def test_quoted_words_still_soften(analyser, text):
    assert _status(analyser, text) == "review", analyser.analyse(text).offensive


@pytest.mark.parametrize("text", [
    'found "scum" on the car this morning',  # an abusive word quoted: a mention
    'no, they are not "swarming" anywhere. words like that hurt',  # introduced after it
    'she had a "little accident" on the stairs',  # two words may be anyone's: cannot tell, a quote
    'he said "you lot are all the same',  # an unpaired mark: cannot tell, a quote
])
def test_quotes_that_count(text):
    assert T._quoted(T.normalise(text)[0])


# --- the writer's own hedge: "just saying" reports nobody's words --------------------------------


@pytest.mark.parametrize("text", [
    f"stay away from my sister or {THREAT}. just saying",
    f"I'm only saying, {THREAT} if you park there again",
    f"not saying I would. but {THREAT} if you come round again",
])
def test_own_hedge_is_not_reporting(analyser, text):
    assert _status(analyser, text) == "fail", analyser.analyse(text).offensive


def test_someone_elses_saying_still_reports(analyser):
    assert _status(analyser, f"the lads at the bus stop were saying {THREAT} to a kid") == "review"
    assert T._reporting_words("people saying migrants are vermin")


def test_not_saying_a_proposition_is_left_to_the_list(analyser):
    # "I'm not saying all X are Y" may deny it (or hedge it): cannot tell, still softened
    assert _status(analyser, "im not saying all refugees are scum") == "review"


# --- a shout in a clause naming whom the post is aimed at ------------------------------------------


def test_who_shouted_at_names_the_target(analyser):
    assert _status(analyser, f"to the lad who shouted at my son in the park: {THREAT}") == "fail"
    assert not T._reporting_words("dear woman who screamed at my nan in the queue")


@pytest.mark.parametrize("text", [
    "the man who shouted at my son that he would break his legs has been arrested",  # the shout's words follow
    "the man who shouted abuse at my son said he will break his legs",
    f"the woman who yelled '{THREAT}' at my son",
])
def test_a_shout_reported_still_softens(analyser, text):
    assert _status(analyser, text) == "review", analyser.analyse(text).offensive


def test_a_shout_told_as_news_cannot_tell(analyser):
    # no clause naming anyone: what follows may be the shout's own words
    assert _status(analyser, "a man shouted at my son on the bus. I will break his legs") == "review"


# --- hearsay passed on as news: "heard the X is ..." ---------------------------------------------


def test_hearsay_is_not_words_heard(analyser):
    assert _status(analyser, "heard the new lodger is back. I will break his legs if he comes near my door") == "fail"
    assert not T._reporting_words("heard our new manager has started")


@pytest.mark.parametrize("text", [
    f"heard him tell my son {THREAT}",
    f"heard the lads say {THREAT}",  # words said, heard: a report
])
def test_words_heard_still_soften(analyser, text):
    assert _status(analyser, text) == "review", analyser.analyse(text).offensive


def test_a_word_quoted_after_a_naming_verb_and_its_object_is_a_quote():
    assert T._quoted("calling the kids on our road 'yobs' helps nobody")
