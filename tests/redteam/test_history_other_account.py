"""'Since your last audit: N fixed' and `history`'s 'N gone' counted a finding as fixed when its
check ran on the same *platform* this time — even on another account: a fail on one Facebook
account read as fixed after an audit of a second Facebook account that nobody fixed anything
on. `history` counted as gone anything not open now, even on platforms not audited at all.
Now a finding is fixed/gone only when its check ran again on the same account; otherwise it is
unknown ('not looked at again')."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from selfaudit import history
from selfaudit.cli import app
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.snapshot import Audience, Snapshot
from tests.sample import build


def _facebook(tmp: Path, handle: str, fixed: bool):  # type: ignore[no-untyped-def]
    fb = build(tmp / handle).accounts[0]
    fb.account.handle = handle
    if fixed:
        for p in fb.posts or ():
            p.audience = Audience.FRIENDS
    return fb


def _audit(tmp: Path, *accounts):  # type: ignore[no-untyped-def]
    ev = evaluate(Snapshot(accounts=list(accounts)), load_policy())
    history.record(ev, tmp)
    return ev


def _open_on(ev, handle: str) -> int:  # type: ignore[no-untyped-def]
    return sum(f.status.value in ("fail", "review") and f.account == handle for f in ev.findings)


def test_an_audit_of_another_account_fixes_nothing_on_the_first(tmp_path: Path, selfaudit_home: Path):
    first = _audit(tmp_path, _facebook(tmp_path, "sam.okafor.demo", fixed=False))
    assert _open_on(first, "sam.okafor.demo")
    second = evaluate(Snapshot(accounts=[_facebook(tmp_path, "sam.work.page", fixed=True)]), load_policy())
    since = history.since_last(second, history.entries()[-1])
    assert since["fixed"] == 0 and since["unknown"] >= 1, since


def test_the_same_account_fixed_still_counts_as_fixed(tmp_path: Path, selfaudit_home: Path):
    _audit(tmp_path, _facebook(tmp_path, "sam.okafor.demo", fixed=False))
    second = evaluate(Snapshot(accounts=[_facebook(tmp_path, "sam.okafor.demo", fixed=True)]), load_policy())
    assert history.since_last(second, history.entries()[-1])["fixed"] >= 1


def test_an_old_record_without_accounts_fixes_nothing_when_the_platform_has_two(tmp_path: Path, selfaudit_home: Path):
    _audit(tmp_path, _facebook(tmp_path, "sam.okafor.demo", fixed=False))
    [rec] = sorted((selfaudit_home / "history").glob("*.json"))
    data = json.loads(rec.read_text())
    data["findings"] = {fp: v[:5] for fp, v in data["findings"].items()}  # as recorded before accounts were kept
    data.pop("checked_accounts")
    rec.write_text(json.dumps(data))
    second = evaluate(Snapshot(accounts=[_facebook(tmp_path, "sam.work.page", fixed=True), _facebook(tmp_path, "sam.second", fixed=True)]),
                      load_policy())
    assert history.since_last(second, history.entries()[-1])["fixed"] == 0


def test_history_counts_gone_only_what_was_looked_at_again(tmp_path: Path, selfaudit_home: Path):
    _audit(tmp_path, _facebook(tmp_path, "sam.okafor.demo", fixed=False))
    _audit(tmp_path, _facebook(tmp_path, "sam.work.page", fixed=True))
    rows = json.loads(CliRunner().invoke(app, ["history", "--json"]).stdout)
    assert rows[0]["gone"] == 0 and rows[0]["unknown"] >= 1, rows[0]
    out = CliRunner().invoke(app, ["history"]).output
    assert "not looked at again" in out
