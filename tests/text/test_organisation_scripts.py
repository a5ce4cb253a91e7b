"""The organisation's names are looked for as written (Latin script): a post in another script
(Cyrillic, Chinese...) could name it transliterated or translated, so it is not-checked with its
language named, never part of "N examined, none flagged" (probe 29, F1)."""

from __future__ import annotations

from selfaudit.analysis import Analysis
from selfaudit.analysis.text import TextAnalyser
from selfaudit.commands.text import check_texts
from selfaudit.config import Config
from selfaudit.evaluate import run_check
from selfaudit.policy import load_policy
from selfaudit.snapshot import Account, AccountSnapshot, Post, Provenance

CHECK = "post_names_organisation"
RUSSIAN = "Опять в Хакни Каунсил урезали бюджет на соцработу. Руководство совета Хакни не думает о детях."
CHINESE = "哈克尼议会又削减了儿童社会工作预算，伦敦警察厅也不管。"


def _org(text: str) -> list[dict]:
    [entry] = check_texts([text], config=Config())
    return [f for f in entry["findings"] if f["check"] == CHECK]


def test_a_post_in_another_script_is_not_checked_with_its_language_named():
    for text, lang in ((RUSSIAN, "Russian"), (CHINESE, "Chinese")):
        found = _org(text)
        assert [f["status"] for f in found] == ["not-checked"], (text, found)
        assert lang in found[0]["title"] and lang in found[0]["reason"] and "Latin" in found[0]["reason"]
        assert found[0]["evidence"]["details"]["not_analysed"] == ["organisation"]


def test_a_latin_name_inside_another_script_is_still_found():
    found = _org("Опять Hackney Council урезали бюджет на соцработу, руководство не думает о детях.")
    assert [f["status"] for f in found] == ["review"], found


def test_latin_script_languages_are_still_examined_for_the_names():
    # Polish and Spanish write the names as English does: found when there, a pass when not.
    found = _org("Hackney Council znowu obciął budżet na pracę socjalną z dziećmi.")
    assert [f["status"] for f in found] == ["review"], found
    res = _run(["Mój pies śpi cały dzień na kanapie, a kot łowi myszy w ogrodzie."])
    assert [f.status.value for f in res.findings] == ["pass"] and res.examined == 1, res.findings


def _run(texts: list[str]):
    config = Config()
    pol = load_policy()
    analysis = Analysis(None, config)
    analysis.text = TextAnalyser(config, policy=pol)
    acct = AccountSnapshot(
        account=Account(platform="text", handle="check"),
        posts=[Post(id=str(i), text=t) for i, t in enumerate(texts)],
        provenance=Provenance(source="fixture", adapter="test"),
    )
    return run_check(pol.catalogue.by_id[CHECK], [], acct, analysis)


def test_posts_that_could_not_be_examined_do_not_count_toward_a_pass():
    res = _run(["Lovely walk along the canal with the dog today", RUSSIAN, CHINESE])
    statuses = [f.status.value for f in res.findings]
    assert "pass" not in statuses and res.status.value == "not-checked", statuses
    assert res.examined == 1  # only the English post was looked at
    [summary] = [f for f in res.findings if f.item == "posts:languages"]
    assert "1 examined" in summary.reason and "Russian" in summary.reason and "Chinese" in summary.reason
    assert summary.evidence.details["examined"] == 1 and summary.evidence.details["not_examined"] == {"Russian": 1, "Chinese": 1}


def test_no_post_examined_is_not_checked_with_the_languages_named():
    res = _run([RUSSIAN, CHINESE])
    assert res.status.value == "not-checked" and res.examined == 0
    reasons = " ".join(f.reason or "" for f in res.findings)
    assert "Russian" in reasons and "Chinese" in reasons
    assert not [f for f in res.findings if f.status.value == "pass"]


def test_english_posts_alone_still_pass_with_evidence():
    res = _run(["Lovely walk along the canal with the dog today"])
    assert [f.status.value for f in res.findings] == ["pass"] and res.examined == 1


def test_a_phrase_in_another_script_inside_an_english_post_is_named_by_its_script():
    found = _org("Long meeting today with the people from 哈克尼议会 about the budget")
    assert [f["status"] for f in found] == ["not-checked"] and "CJK script" in found[0]["title"], found
    res = _run(["Missed the bus again ¯\\_(ツ)_/¯ never mind"])  # one stray letter is no word
    assert [f.status.value for f in res.findings] == ["pass"], res.findings
