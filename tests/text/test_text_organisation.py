"""Naming the organisation or speaking for it."""

from pathlib import Path

import pytest

from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config
from selfaudit.errors import SelfauditError

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize(
    "text,name",
    [
        ("CHSCB training was excellent", "CHSCB"),
        ("Proud of the CHSCP annual report", "CHSCP"),
        ("Hackney Council are a shambles", "Hackney Council"),
        ("Night shift at the Homerton again", "Homerton Healthcare"),
        ("Started at ELFT today", "East London NHS Foundation Trust"),
        ("The Met have lost the plot", "Metropolitan Police"),
        ("City of London Corporation event", "City of London Corporation"),
        ("#HackneyCouncil bins not collected", "Hackney Council"),
    ],
)
def test_names(analyser, text, name):
    r = analyser.analyse(text)
    assert name in r.organisations
    assert r.organisation.status == "review"


@pytest.mark.parametrize("text", ["The Met Office says rain", "Went to the Met Gala exhibition", "elft is not a word", "Hackney Wick is lovely"])
def test_not_names(analyser, text):
    assert analyser.analyse(text).organisation.status is None, text


def test_speaking_for_the_organisation(analyser):
    v = analyser.analyse("On behalf of Hackney Council I want to apologise to residents").organisation
    assert v.status == "review" and v.confidence == "medium"


def test_configurable_list():
    a = TextAnalyser(Config(text={"organisations": ["Acme Trust"], "extra_organisations": [{"name": "Widget Co", "patterns": [r"\bWCo\b"]}]}))
    assert a.analyse("Acme   Trust management again").organisations == ("Acme Trust",)
    assert a.analyse("WCo rules").organisations == ("Widget Co",)
    assert a.analyse("Hackney Council").organisations == ()


def test_bad_pattern_is_a_clear_error():
    with pytest.raises(SelfauditError, match="not a valid regular expression"):
        TextAnalyser(Config(text={"extra_organisations": [{"name": "X", "patterns": ["(unclosed"]}]}))


def test_gate_words_cover_every_pack_pattern():
    """The pack's prefilter words: every name's every pattern contains one of them."""
    import re

    from selfaudit.policy import load_policy

    org = load_policy().organisation
    words = org.gate_words()
    assert words and "hackney" in words
    for name, pats in org.patterns().items():
        for p in pats:
            literal = re.sub(r"\(\?[^)]*\)|\\b|\\s\+|[()?:|'&\\]", " ", p).lower()
            assert any(w in literal for w in words), (name, p)


def test_organisation_names_come_from_the_pack_not_the_code():
    """A made-up second pack names another organisation: that one is found, Hackney is not."""
    from selfaudit.analysis import build_analysis
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Account, AccountSnapshot, Post, Profile, Provenance, Snapshot

    pol = load_policy(DATA / "other-org-pack")
    assert str(pol.organisation) == "Riverside Children's Partnership (RCP)"
    a = TextAnalyser(Config(), policy=pol)
    assert a.analyse("Speaking on behalf of the Riverside Partnership today").organisations == ("Riverside Children's Partnership",)
    assert a.analyse("RCP panel this week, Riverside Council again").organisations == ("Riverside Children's Partnership", "Riverside Borough Council")
    assert a.analyse("Hackney Council are a shambles, and the Homerton too").organisations == ()
    # Through an audit: the pack reaches the text checks.
    acct = AccountSnapshot(
        account=Account(platform="x", handle="me"),
        profile=Profile(bio="Views my own"),
        posts=[Post(id="1", text="Hackney Council are a shambles"), Post(id="2", text="Riverside Council are a shambles")],
        provenance=Provenance(source="fixture", adapter="test"),
    )
    ev = evaluate(Snapshot(accounts=[acct]), pol, build_analysis(None, Config(), policy=pol))
    named = [f for r in ev.results if r.check == "post_names_organisation" for f in r.findings if f.status.value == "review"]
    assert [f.item for f in named] == ["post:2"]


def test_config_adds_to_the_pack():
    a = TextAnalyser(Config(text={"extra_organisations": ["Kingsmead Academy"]}))
    assert a.analyse("Kingsmead Academy open day").organisations == ("Kingsmead Academy",)
    assert a.analyse("Hackney Council again").organisations == ("Hackney Council",)


def test_a_pack_that_only_names_its_organisation_looks_for_nothing():
    from selfaudit.policy import load_policy

    a = TextAnalyser(Config(), policy=load_policy(DATA / "tiny-pack"))
    assert a.analyse("Hackney Council are a shambles").organisations == ()


def test_a_pack_without_names_gives_not_checked_not_pass():
    """Could not tell: with no organisation names to look for, the check says so instead of passing."""
    from selfaudit.analysis import build_analysis
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Account, AccountSnapshot, Post, Provenance, Snapshot

    base = load_policy()
    tiny = load_policy(DATA / "tiny-pack")
    acct = AccountSnapshot(account=Account(platform="x", handle="me"), posts=[Post(id="1", text="Hackney Council again")],
                           provenance=Provenance(source="fixture", adapter="test"))
    ev = evaluate(Snapshot(accounts=[acct]), base, build_analysis(None, Config(), policy=tiny))
    [r] = [r for r in ev.results if r.check == "post_names_organisation"]
    assert r.status.value == "not-checked" and "names no organisation" in r.findings[0].reason


# Red team 3: the organisation's own account tagged in a post ("@hackneycouncil", "@HackneyCouncil") or
# its name run together ("#hackneycouncil") got nothing from the organisation check.
@pytest.mark.parametrize("text,name", [
    ("@hackneycouncil management are useless, sick of it", "Hackney Council"),
    ("@HackneyCouncil management are useless", "Hackney Council"),
    ("#hackneycouncil bins not collected again", "Hackney Council"),
    ("@ELFT_NHS managers never listen", "East London NHS Foundation Trust"),
    ("@cityoflondon are useless", "City of London Corporation"),
])
def test_the_organisations_handle_or_run_together_name_is_found(analyser, text, name):
    rep = analyser.analyse(text)
    assert name in rep.organisations and rep.organisation.status == "review"


@pytest.mark.parametrize("text", ["Great night at @lbhfans", "email me at jo@example.com", "Congratulations @joblogs_cityfan"])
def test_other_handles_and_addresses_are_not_the_organisation(analyser, text):
    assert analyser.analyse(text).organisations == ()


# Red team 4 (red team 3's lead): the organisation's name written in digits and symbols, split into
# letters or joined by a hyphen got nothing from the organisation check.
@pytest.mark.parametrize("text,name,quote", [
    ("Another long day at Hackney C0uncil, managers are useless", "Hackney Council", "Hackney C0uncil"),
    ("H4ckney Counc1l strike again", "Hackney Council", "H4ckney Counc1l"),
    ("Working for the London Borough of H@ckney is a joke", "Hackney Council", "London Borough of H@ckney"),
    ("Shout out to the CH5CB team", "CHSCB", "CH5CB"),
    ("Not impressed with C.H.S.C.B today", "CHSCB", "C.H.S.C.B"),
    ("H a c k n e y  C o u n c i l is a joke", "Hackney Council", "H a c k n e y  C o u n c i l"),
    ("Hackney-Council never answer the phone", "Hackney Council", "Hackney-Council"),
    ("M3t P0lice were useless today", "Metropolitan Police", "M3t P0lice"),
    ("#HackneyC0uncil strikes again", "Hackney Council", "Hackney C 0 uncil"),  # a hashtag is split at digits
    ("#CH5CB training today", "CHSCB", "CH 5 CB"),
])
def test_the_organisations_name_in_digits_symbols_or_spaced_letters_is_found(analyser, text, name, quote):
    rep = analyser.analyse(text)
    assert name in rep.organisations and rep.organisation.status == "review"
    assert quote in [h.phrase for h in rep.organisation.hits]  # quoted as the writer wrote it


@pytest.mark.parametrize("text", ["Room 101 at 4pm, bring C0ffee", "Hackney Wick 5k run on Sunday", "Met 2 friends at the Hackney 10k",
                                  "The M3 was closed", "A.B.C. of cooking",
                                  "#Room1At4pm", "Met 2 friends at the #Hackney10k"])
def test_digits_and_letters_that_are_not_the_organisation(analyser, text):
    assert analyser.analyse(text).organisations == ()
