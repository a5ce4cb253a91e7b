"""The writer (or their family) as the one hurt is no confession: "got mugged last year and
stabbed", "my son was punched at school" were reviewed as violence on the single word (red team
20). The writer's own blow after being hurt stays a finding; the case the check cannot read
(another language) is not-checked, never a pass."""

import pytest


def _offence(analyser, text):
    return analyser.analyse(text).offence


@pytest.mark.parametrize("text", [
    "got mugged last year and stabbed",
    "got stabbed walking home from work last year, still have the scar",
    "I was punched by a patient on shift today, all fine, just shaken",
    "my son was punched at school today, fuming",
    "our daughter got jumped on the way home from the bus stop, police are involved",
])
def test_being_hurt_is_not_the_writers_offence(analyser, text):
    off = _offence(analyser, text)
    assert off.status is None, (text, off)


@pytest.mark.parametrize("text", [
    "got punched outside spoons so I battered him",
    "got jumped by two lads so I glassed one of them",
    "was punched first so I decked him, no regrets",
    "punched a lad outside spoons last night",
])
def test_the_writers_own_blow_stays_a_finding(analyser, text):
    off = _offence(analyser, text)
    assert off.status == "review", (text, off)
    assert "violence" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "i was kicked out of the pub last night, absolutely steaming",
    "was kicked off the bus for being lairy",
    "got slapped with a fine for fare dodging again",
])
def test_put_out_or_fined_is_not_being_hurt(analyser, text):
    # (the first lost its "kicked out of the pub" finding inside "i was kicked", read as a harm)
    off = _offence(analyser, text)
    assert off.status == "review", (text, off)
    assert "antisocial" in off.categories, (text, off)


def test_being_hurt_in_another_language_is_not_checked(analyser):
    # Polish: "I was attacked on the way home." No Polish list: not-checked, the language named.
    result = analyser.analyse("Zostałem wczoraj napadnięty w drodze do domu, nadal się trzęsę")
    assert result.offence.status is None
    assert result.language and "Polish" in str(result.language)
