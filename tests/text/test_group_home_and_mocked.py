"""Three group attacks red teams 22 and 23 left passing, and one counter-speech post that failed.

* Told to go home: "the somalis need to go home" (only "go back home" was read). Only groups people
  are told to leave a country for — origin, faith, race, migration: "the girls need to go home,
  they're wasted" and "these people need to go home, it's 3am" are nights out.
* A stereotype of what the group cannot do: "Asians can't drive, fact".
* Mocking a belief: "imagine thinking gypsies are people" mocks their humanity (an attack), while
  "imagine thinking refugees are criminals" mocks the attack (counter-speech) — it was a **fail**.

Every new rule here gives review, never fail; the same words in another language are not-checked
with the language named.
"""

import pytest


def _offensive(analyser, text):
    return analyser.analyse(text).offensive


@pytest.mark.parametrize("text", [
    "the somalis need to go home",
    "polish people need to go home",
    "Romanians should all just go home",
    "the migrants on the news need to go home now",
    "Asians can't drive, fact",
    "pakistanis cant speak english properly",
    "the chinese can't drive for toffee",
    "imagine thinking gypsies are people",
    "imagine actually believing travellers are human lol",
])
def test_the_attack_is_reviewed(analyser, text):
    off = _offensive(analyser, text)
    assert off.status in ("review", "fail"), (text, off)
    assert "discriminatory" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "the somalis need to go home",
    "Asians can't drive, fact",
    "imagine thinking gypsies are people",
])
def test_the_new_rules_are_review_not_fail(analyser, text):
    off = _offensive(analyser, text)
    assert off.status == "review", (text, off)


@pytest.mark.parametrize("text", [
    # not a group told to leave a country
    "the girls need to go home, they're wasted",
    "these people need to go home, it's 3am and the party's over",
    "the kids need to go home, it's late",
    # going home for a reason, or wanting to
    "the Syrians I work with need to go home to renew their visas",
    "the refugees just want to go home when it's safe",
    "Polish people should go home for Christmas if they can, flights are cheap",
    # a reason or a place after "can't drive"
    "Disabled people can't drive to the new surgery, there's no parking",
    "the Ukrainians we host can't drive here until their licences are swapped",
    # mocking the attack, not the group
    "imagine thinking refugees are criminals, the stats say otherwise",
    "imagine thinking gypsies aren't people",
    "imagine believing muslims are terrorists in 2026",
])
def test_everyday_posts_and_counter_speech_are_not_failed(analyser, text):
    off = _offensive(analyser, text)
    assert off.status != "fail", (text, off)
    assert not any(h.phrase.startswith("group attack") for h in off.hits), (text, off)


def test_the_mocked_attack_clears_entirely(analyser):
    # It failed on "refugees are criminals" before: the words it mocks.
    off = _offensive(analyser, "imagine thinking refugees are criminals, the stats say otherwise")
    assert off.status is None, off


def test_the_same_words_in_another_language_are_not_checked(analyser):
    # Polish: "The Somalis have to go home." No Polish list: not-checked, language named.
    result = analyser.analyse("Somalijczycy muszą wracać do domu, i tyle w temacie")
    assert result.offensive.status is None
    assert result.language and "Polish" in str(result.language)
