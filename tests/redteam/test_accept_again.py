"""Accepting again (a new reason, a new --until) keeps the finding accepted.

The last audit shows an accepted finding as `accepted`; accepting it again recorded "accepted"
as the status that was accepted, which covers nothing: "Accepted: … It shows as accepted" was
printed, and the next report counted it again.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from selfaudit import history
from selfaudit.findings import Status
from tests.redteam.test_accept_new_problem import NONE, _accept_last, _bio


def test_accepting_an_accepted_finding_again_keeps_it_accepted(tmp_path: Path):
    ev, f = _bio(NONE)
    assert f.status == Status.FAIL
    _accept_last(ev, f.fingerprint, tmp_path)
    ev2, accepted = _bio(NONE, history.effective_acceptances())
    assert accepted.status == Status.ACCEPTED
    history.record(ev2, tmp_path)  # the last audit now shows it as accepted
    r = CliRunner().invoke(app_(), ["accept", f.fingerprint, "--reason", "still agreed", "--until", "2099-01-01"])
    assert r.exit_code == 0, r.output
    _, again = _bio(NONE, history.effective_acceptances())
    assert again.status == Status.ACCEPTED and "still agreed" in (again.reason or "")


def test_accepting_again_does_not_widen_what_was_accepted(tmp_path: Path):
    from tests.redteam.test_accept_new_problem import UNCLEAR

    ev, f = _bio(UNCLEAR)
    assert f.status == Status.REVIEW
    _accept_last(ev, f.fingerprint, tmp_path)
    ev2, _ = _bio(UNCLEAR, history.effective_acceptances())
    history.record(ev2, tmp_path)
    r = CliRunner().invoke(app_(), ["accept", f.fingerprint, "--reason", "new reason"])
    assert r.exit_code == 0, r.output
    _, worse = _bio(NONE, history.effective_acceptances())
    assert worse.status == Status.FAIL  # the review accepted still covers a review only


def app_():  # type: ignore[no-untyped-def]
    from selfaudit.cli import app

    return app


def test_a_not_checked_finding_cannot_be_accepted(tmp_path: Path):
    """Accepting a not-checked finding said "Accepted … shows as accepted" though an acceptance
    covers only a problem that was found: the person believed it settled, and it never was."""
    from selfaudit.analysis import build_analysis
    from selfaudit.config import Config
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Account, AccountSnapshot, Provenance, Snapshot

    acct = AccountSnapshot(account=Account(platform="x", handle="jo"), provenance=Provenance(source="fixture"))
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()))
    f = next(f for f in ev.findings if f.status == Status.NOT_CHECKED)
    history.record(ev, tmp_path)
    r = CliRunner().invoke(app_(), ["accept", f.fingerprint, "--reason", "fine"])
    assert r.exit_code == 2 and "not checked" in r.output, r.output
    assert f.fingerprint not in history.load_acceptances()
