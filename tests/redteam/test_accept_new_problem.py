"""Second red team, accept: an acceptance covers what the person accepted, not a worse problem
on the same item later. Accepting a `review` ("my views on practice" is not quite a disclaimer)
used to hide the `fail` when the bio later lost every disclaimer — same item, same fingerprint."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from selfaudit import history
from selfaudit.analysis import build_analysis
from selfaudit.cli import app
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.findings import Status
from selfaudit.policy import load_policy
from selfaudit.snapshot import Account, AccountSnapshot, Provenance, Snapshot
from tests.redteam.conftest import bio_finding as _bio

UNCLEAR = "My views on practice"  # review
NONE = "Social worker at Hackney Council"  # fail




def _accept_last(ev, fp: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    history.record(ev, tmp_path)
    r = CliRunner().invoke(app, ["accept", fp, "--reason", "agreed in supervision"])
    assert r.exit_code == 0, r.output


def test_an_accepted_review_does_not_hide_a_later_fail_on_the_same_item(tmp_path: Path):
    ev, f = _bio(UNCLEAR)
    assert f.status == Status.REVIEW
    _accept_last(ev, f.fingerprint, tmp_path)
    _, again = _bio(UNCLEAR, history.effective_acceptances())
    assert again.status == Status.ACCEPTED  # what was accepted stays accepted
    _, worse = _bio(NONE, history.effective_acceptances())
    assert worse.fingerprint == f.fingerprint and worse.status == Status.FAIL


def test_an_accepted_fail_still_covers_a_milder_review(tmp_path: Path):
    ev, f = _bio(NONE)
    assert f.status == Status.FAIL
    _accept_last(ev, f.fingerprint, tmp_path)
    _, milder = _bio(UNCLEAR, history.effective_acceptances())
    assert milder.status == Status.ACCEPTED


def test_an_acceptance_made_when_nothing_was_found_covers_no_later_problem(tmp_path: Path):
    # accepted while "not checked" (a bio that could not be read): a later fail is new
    acct = AccountSnapshot(account=Account(platform="x", handle="jo"), profile=None, provenance=Provenance(source="fixture"))
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()))
    [f] = [f for f in ev.findings if f.check == "bio_disclaimer_missing"]
    assert f.status == Status.NOT_CHECKED
    history.record(ev, tmp_path)
    r = CliRunner().invoke(app, ["accept", f.fingerprint, "--reason", "agreed in supervision"])
    assert r.exit_code == 2, r.output  # (redteam6) nothing was found, so there is nothing to accept
    _, later = _bio(NONE, history.effective_acceptances())
    assert later.fingerprint == f.fingerprint and later.status == Status.FAIL


def _stranger(posts: int, birthday: bool, accepted: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    from selfaudit.snapshot import StrangerItem, StrangerView

    items = [StrangerItem(what="posts", state="shown", count=posts)]
    if birthday:
        items.append(StrangerItem(what="birthday", state="shown", text="Born 3 May"))
    view = StrangerView(url="https://x.example/jo", reachable=True, recognised_as="profile", recognised_by="fixture", items=items)
    acct = AccountSnapshot(account=Account(platform="x", handle="jo"), stranger_view=view, provenance=Provenance(source="fixture"))
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()), accepted=accepted)
    [f] = [f for f in ev.findings if f.check == "stranger_view_exposure"]
    return ev, f


def test_an_accepted_fail_does_not_hide_a_different_fail_on_the_same_item(tmp_path: Path):
    """Accepting "a stranger can see your 12 posts" (a public campaign account, agreed) must not
    hide "... and your birthday" later: same item, same status, something else shown."""
    ev, f = _stranger(12, birthday=False)
    assert f.status == Status.FAIL
    _accept_last(ev, f.fingerprint, tmp_path)
    _, more_posts = _stranger(13, birthday=False, accepted=history.effective_acceptances())
    assert more_posts.status == Status.ACCEPTED  # the same thing, one post more: still what was accepted
    _, birthday = _stranger(12, birthday=True, accepted=history.effective_acceptances())
    assert birthday.fingerprint == f.fingerprint and birthday.status == Status.FAIL
