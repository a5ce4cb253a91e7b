"""The three compositional abuse structures (text_abuse): menace to a person, a group
generalised, contempt for a person. Positive, negative and could-not-tell cases, written fresh
for these tests (not copied from a benchmark set or a corpus)."""

import pytest

from selfaudit.analysis.text_abuse import contempt_insult, group_generalisation, veiled_threat

THREATS = [
    "the driving instructor who failed my son twice: I know what time you finish and which car is yours",
    "to the parking attendant on Cedar Rd, sort my fine by monday or me and the boys pay you a visit and it won't be friendly",
    "my landlady thinks she can keep my deposit. she'll regret that. lucky I'm patient",
    "school nurse who phoned social services on me, enjoy your drive home tonight",
    "Anyone who reports my dog again should expect to be met outside the vets",
    "hope the bin men who skipped our road again like surprises on their doorstep",
    # An idiom that needs only someone to aim at; an unfriendly visit with a deadline.
    "That planning officer has a lovely conservatory. Be a real shame if something happened to it",
    "to the van owners on Elm Close: gone by sunday, or the residents sort it our way. no police",
]
NOT_THREATS = [
    "If you're outside the station at 7 I'll be waiting by the taxi rank",  # a meeting
    "Our coach dropped me for Saturday. Fair enough, I'll train harder",  # no menace
    "My neighbour told me he'd 'sort me out' if I parked there again. Reported it to the police",  # reported
    "Enjoy your holiday, see you soon! Don't forget the sun cream",
    "Training today on how to respond when a parent threatens you at a home visit",  # professional
]
GROUPS = [
    "Bulgarian drivers are all the same, no indicators ever",
    "the Kurdish barbers round here are all fronts for something",
    "gay couples shouldn't be allowed to foster, simple",
    "Romanian families moved in on our street. hide your bikes",
    "Pakistani lads never mix, that's just what they're like",
]
NOT_GROUPS = [
    "Proud of the Somali mums who set up the homework club, every single one of them a volunteer",
    "Stereotypes are harmful: 'Irish people are all drunks' is not a joke",
    "People in the comments saying \"all Nigerians are scammers\". Block and report.",
    "Polish the silverware, lay the table, done",
    "Deaf people deserve interpreters at every GP appointment",
]
INSULTS = [
    "our new area manager is a smug clueless muppet",
    "the bloke at the garage is a slimy little chancer",
    "my cousin's husband has the charm of a parking ticket and the brains to match",
    "you're a pathetic, bitter old crank",
]
NOT_INSULTS = [
    "my nan is a lovely old lady who feeds the whole street",
    "the film was a complete waste of a Saturday",  # a thing, not a person
    "my little brother is a little superstar",
    "this week has been a miserable slog",
]


def _only_review_from_the_structure(report, name):
    # A structure alone never fails a post; an explicit high-confidence rule beside it may.
    if all(h.phrase.startswith(name) for h in report.offensive.hits):
        assert report.offensive.status == "review", report.offensive


@pytest.mark.parametrize("text", THREATS)
def test_menace_to_a_person_found_and_only_review(analyser, text):
    assert veiled_threat(text), text
    r = analyser.analyse(text)
    assert "threat" in r.offensive.categories, (text, r.offensive)
    _only_review_from_the_structure(r, "menace to a person")


@pytest.mark.parametrize("text", NOT_THREATS)
def test_menace_needs_both_parts_and_no_reporting_voice(text):
    assert not veiled_threat(text), text


@pytest.mark.parametrize("text", GROUPS)
def test_group_generalised_found_and_only_review(analyser, text):
    assert group_generalisation(text), text
    r = analyser.analyse(text)
    assert "discriminatory" in r.offensive.categories, (text, r.offensive)
    _only_review_from_the_structure(r, "group generalised")


@pytest.mark.parametrize("text", NOT_GROUPS)
def test_group_generalised_not_for_praise_counter_speech_or_quotes(text):
    assert not group_generalisation(text), text


@pytest.mark.parametrize("text", INSULTS)
def test_contempt_found_and_only_review(analyser, text):
    assert contempt_insult(text), text
    r = analyser.analyse(text)
    assert r.offensive.status is not None, (text, r.offensive)
    _only_review_from_the_structure(r, "contempt")


@pytest.mark.parametrize("text", NOT_INSULTS)
def test_contempt_needs_a_person_and_a_contempt_word(text):
    assert not contempt_insult(text), text


def test_could_not_tell_other_language_is_not_checked_not_passed(analyser):
    # A veiled threat in Turkish: the English structures do not read it, and the post says so
    # (offensive not-checked with the language named), never a pass.
    r = analyser.analyse("Öğretmen bir daha oğluma bağırırsa okul çıkışında beni görecek, haberi olsun.")
    assert r.offensive.status is None
    assert any(area == "offensive" for area, _ in r.not_analysed), r.not_analysed
    assert r.language.code != "en"


MUST_NOT_FAIL = [
    "As a gay dad I've heard 'kids with two dads grow up confused' a hundred times. Ours are thriving",
    "Proud Nigerian nurse, 20 years on the wards this week",
    "Safeguarding training today: what to do when a parent says 'I know where you live'",
    "If someone tells you Roma families are all the same, ask them how many they've met",
    "Our team supports survivors of stalking: if he knows your routine, call us",
]


@pytest.mark.parametrize("text", MUST_NOT_FAIL)
def test_identity_professional_and_counter_speech_never_fail(analyser, text):
    r = analyser.analyse(text)
    assert r.offensive.status != "fail", (text, r.offensive)
    assert not any(h.phrase.startswith(("menace to a person", "group generalised", "contempt")) for h in r.offensive.hits), r.offensive
