"""Eleventh red team: acceptances recorded by older versions (config.yaml's ``accepted:``, or an
accepted.yaml entry without the status, kind and digest of what was shown) covered any later
status of the same item, so an old acceptance of a ``review`` hid a later ``fail``. Such an
acceptance cannot show that it covers the finding of today: the finding is shown, with a note
that it was accepted before selfaudit recorded what was accepted and how to accept it again.
The person's acceptances are never lost: the files are read, never rewritten by an audit."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from selfaudit import history
from selfaudit.cli import app
from selfaudit.config import Config
from selfaudit.findings import Status, finding_kind
from tests.redteam.conftest import bio_finding as _bio
from tests.redteam.conftest import post_finding as _post

UNCLEAR = "My views on practice"  # review
NONE = "Social worker at Hackney Council"  # fail




def _says_accepted_before(f, fp: str) -> None:  # type: ignore[no-untyped-def]
    assert f.reason and "accepted" in f.reason and "before selfaudit recorded what" in f.reason, f.reason
    assert f"selfaudit accept {fp}" in f.reason, f.reason


def test_an_acceptance_from_config_yaml_does_not_hide_a_later_fail(selfaudit_home: Path):
    _, f = _bio(UNCLEAR)
    Config(accepted={f.fingerprint: "agreed in supervision"}).save()  # an older version's acceptance
    _, worse = _bio(NONE, history.effective_acceptances(Config.load().accepted))
    assert worse.fingerprint == f.fingerprint and worse.status == Status.FAIL
    _says_accepted_before(worse, f.fingerprint)
    assert "agreed in supervision" in worse.reason  # the person's own reason is shown
    assert Config.load().accepted == {f.fingerprint: "agreed in supervision"}  # never lost


def test_an_accepted_yaml_entry_without_a_status_does_not_hide_the_finding(selfaudit_home: Path):
    _, f = _bio(UNCLEAR)
    (selfaudit_home / "accepted.yaml").write_text(f"{f.fingerprint}: {{reason: agreed, at: '2025-01-02'}}\n")
    _, same = _bio(UNCLEAR, history.effective_acceptances())
    assert same.status == Status.REVIEW  # it cannot show this is what was accepted
    _says_accepted_before(same, f.fingerprint)
    _, worse = _bio(NONE, history.effective_acceptances())
    assert worse.status == Status.FAIL
    assert yaml.safe_load((selfaudit_home / "accepted.yaml").read_text()) == {f.fingerprint: {"reason": "agreed", "at": "2025-01-02"}}




def test_an_acceptance_without_the_digest_of_what_was_shown_does_not_hide_an_edited_post():
    _, f = _post("Absolutely hammered last night, fell over on the bus lol")
    old = {f.fingerprint: history.Acceptance("agreed", "review", finding_kind(f.title))}  # status and kind, no digest
    _, edited = _post("So drunk last night I was sick outside the station lol", old)
    assert edited.fingerprint == f.fingerprint and edited.status == Status.REVIEW
    _says_accepted_before(edited, f.fingerprint)


def test_accepting_it_again_records_what_was_accepted_and_covers_it(selfaudit_home: Path, tmp_path: Path):
    _, f = _bio(UNCLEAR)
    Config(accepted={f.fingerprint: "agreed in supervision"}).save()
    ev, shown = _bio(UNCLEAR, history.effective_acceptances(Config.load().accepted))
    assert shown.status == Status.REVIEW
    history.record(ev, tmp_path)
    r = CliRunner().invoke(app, ["accept", f.fingerprint, "--reason", "agreed in supervision, again"])
    assert r.exit_code == 0, r.output
    entry = yaml.safe_load((selfaudit_home / "accepted.yaml").read_text())[f.fingerprint]
    assert entry["status"] == "review" and entry.get("kind") and entry.get("content")
    assert f.fingerprint not in Config.load().accepted  # one place for it from now on
    _, again = _bio(UNCLEAR, history.effective_acceptances(Config.load().accepted))
    assert again.status == Status.ACCEPTED and again.reason == "agreed in supervision, again"
    _, worse = _bio(NONE, history.effective_acceptances(Config.load().accepted))
    assert worse.status == Status.FAIL and not (worse.reason or "").count("before selfaudit recorded")


def test_the_list_of_acceptances_says_which_ones_are_shown_again(selfaudit_home: Path):
    Config(accepted={"0123456789abcdef0123": "agreed"}).save()
    (selfaudit_home / "accepted.yaml").write_text("abcdef0123456789abcd: {reason: fine}\n")
    r = CliRunner().invoke(app, ["accept"])
    assert r.exit_code == 0, r.output
    assert r.output.count("accept it again") == 2, r.output
