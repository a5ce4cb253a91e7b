"""The one check runner: a pass needs positive evidence, enforced in one place for every check.

Each case is run through ``evaluate`` (an audit) and, where a command exists, through
``check text`` / ``check image``: the same input must give the same findings both ways.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from selfaudit.analysis import Analysis
from selfaudit.checks.registry import REGISTRY, register
from selfaudit.evaluate import evaluate, run_check
from selfaudit.findings import Status
from selfaudit.policy import load_policy
from selfaudit.snapshot import Account, AccountSnapshot, EmptyEvidence, Missing, Post, Provenance, Snapshot


def account(**kw) -> AccountSnapshot:
    kw.setdefault("provenance", Provenance(source="fixture"))
    return AccountSnapshot(account=Account(platform="x", handle="me"), **kw)


def text_analysis() -> Analysis:
    from selfaudit.analysis.text import TextAnalyser
    from selfaudit.config import Config

    a = Analysis(None, Config())
    a.text = TextAnalyser(Config())
    return a


def only(ev, check: str):
    return [f for f in ev.findings if f.check == check]


def test_an_empty_list_is_nothing_to_examine_not_a_pass():
    ev = evaluate(Snapshot(accounts=[account(posts=[])]), load_policy(), text_analysis())
    for cid in ("post_offensive_language", "post_audience_public"):
        [f] = only(ev, cid)
        assert f.status == Status.NOT_CHECKED, (cid, f.title)
        assert f.outcome == "nothing-to-examine" and "nothing was found to examine" in f.reason
    assert not any(f.status == Status.PASS for f in ev.findings)


def test_an_empty_list_with_the_platforms_own_evidence_passes_and_shows_it():
    prov = Provenance(source="fixture", empty=[EmptyEvidence(fact="posts", evidence="“@me hasn’t posted”")])
    ev = evaluate(Snapshot(accounts=[account(posts=[], provenance=prov)]), load_policy(), text_analysis())
    [f] = only(ev, "post_offensive_language")
    assert f.status == Status.PASS and f.outcome == "empty-evidence"
    assert f.evidence and "hasn’t posted" in f.evidence.text


def test_recorded_reason_is_said_when_nothing_was_found():
    prov = Provenance(source="fixture", missing=[Missing(fact="posts", reason="the post list was not recognised (looked for: article)")])
    ev = evaluate(Snapshot(accounts=[account(posts=[], provenance=prov)]), load_policy(), text_analysis())
    [f] = only(ev, "post_offensive_language")
    assert f.status == Status.NOT_CHECKED and "looked for: article" in f.reason


def test_a_clean_post_that_was_read_passes_with_the_count():
    ev = evaluate(Snapshot(accounts=[account(posts=[Post(id="1", text="Lovely walk by the canal today")])]), load_policy(), text_analysis())
    [f] = only(ev, "post_offensive_language")
    assert f.status == Status.PASS and f.outcome == "evidence" and "1 examined" in f.title


def test_a_check_that_claims_a_pass_without_examining_is_not_a_pass():
    @register("_test_lazy_pass")
    def lazy(acct, ctx):  # emits a pass but looked at nothing
        ctx.passed("posts", "all fine, trust me")

    try:
        pol = load_policy()
        meta = pol.catalogue.by_id["post_offensive_language"].model_copy(update={"implementation": "_test_lazy_pass", "requires": []})
        r = run_check(meta, [], account(posts=[]), Analysis())
        [f] = r.findings
        assert f.status == Status.NOT_CHECKED and r.status == Status.NOT_CHECKED
    finally:
        REGISTRY.pop("_test_lazy_pass", None)


def test_an_unavailable_analyser_is_not_checked_with_its_kind():
    ev = evaluate(Snapshot(accounts=[account(posts=[Post(id="1", text="hello")])]), load_policy(), Analysis())
    [f] = only(ev, "post_offensive_language")
    assert f.status == Status.NOT_CHECKED and f.outcome == "analyser-unavailable"


@pytest.mark.parametrize("text", ["I will kill you", "Lovely walk today", "Call me on 07700 900461 about the case notes"])
def test_check_text_and_an_audit_agree_on_the_same_text(text):
    from selfaudit.commands.text import POST_CHECKS, check_texts

    [entry] = check_texts([text])
    via_check = sorted((f["check"], f["status"]) for f in entry["findings"])
    ev = evaluate(Snapshot(accounts=[account(posts=[Post(id="1", text=text)])]), load_policy(), text_analysis())
    via_audit = sorted((f.check, f.status.value) for f in ev.findings if f.check in POST_CHECKS and f.status != Status.PASS)
    assert via_check == via_audit


def test_check_image_and_an_audit_agree_on_the_same_photo(tmp_path: Path):
    from PIL import Image

    from selfaudit.analysis import build_analysis
    from selfaudit.commands.images import IMAGE_CHECKS, check_images
    from selfaudit.config import Config
    from selfaudit.snapshot import Audience, Media

    photo = tmp_path / "media" / "p.jpg"
    photo.parent.mkdir()
    Image.new("RGB", (320, 240), (200, 180, 160)).save(photo)
    [entry] = check_images([photo], [], Config())
    via_check = sorted((f["check"], f["status"]) for f in entry["findings"])
    media = Media(id="p", kind="photo", path="media/p.jpg", audience=Audience.PUBLIC)
    ev = evaluate(Snapshot(accounts=[account(photos=[media])]), load_policy(), build_analysis(tmp_path, Config()))
    via_audit = sorted((f.check, f.status.value) for f in ev.findings if f.check in IMAGE_CHECKS)
    assert via_check == via_audit


def test_no_pass_when_a_part_the_check_covers_was_not_read():
    """Others' comments were not read: a clean offensive-language result on the posts is not a pass."""
    prov = Provenance(source="fixture", missing=[Missing(fact="posts.comments", reason="the replies were not recognised")])
    ev = evaluate(Snapshot(accounts=[account(posts=[Post(id="1", text="Lovely walk today")], provenance=prov)]),
                  load_policy(), text_analysis())
    [f] = only(ev, "post_offensive_language")
    assert f.status == Status.NOT_CHECKED and "replies were not recognised" in f.reason
    # a finding on what was read still shows
    ev = evaluate(Snapshot(accounts=[account(posts=[Post(id="1", text="I will kill you")], provenance=prov)]),
                  load_policy(), text_analysis())
    assert any(f.status == Status.FAIL for f in only(ev, "post_offensive_language"))


def test_exit_code_says_when_nothing_could_be_checked():
    from selfaudit.console import EXIT_ACTION, EXIT_ERROR, EXIT_OK, exit_code

    nothing = evaluate(Snapshot(accounts=[account(posts=[])]), load_policy(), Analysis())
    assert nothing.nothing_checked and exit_code(nothing) == EXIT_ERROR
    clean = evaluate(Snapshot(accounts=[account(posts=[Post(id="1", text="Lovely walk today", audience="friends")])]),
                     load_policy(), text_analysis())
    assert exit_code(clean) in (EXIT_OK, EXIT_ACTION) and not clean.nothing_checked
