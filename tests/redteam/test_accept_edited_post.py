"""Sixth red team, found and left for the lead: an acceptance survived the post being edited.
The finding's id comes from the post's id and its kind from a title without the matched words,
so accepting "Post with drunkenness" on one wording also covered the post edited to say
something else that reads the same way. An acceptance now also records a digest of what the
finding showed (its evidence's words and matches, counts left out)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from selfaudit import history
from selfaudit.cli import app
from selfaudit.findings import Status
from tests.redteam.conftest import post_finding as _post

ACCEPTED = "Absolutely hammered last night, fell over on the bus lol"
EDITED = "So drunk last night I was sick outside the station lol"




def test_an_accepted_post_edited_to_other_words_is_a_new_problem(tmp_path: Path):
    ev, f = _post(ACCEPTED)
    assert f.status == Status.REVIEW, f
    history.record(ev, tmp_path)
    r = CliRunner().invoke(app, ["accept", f.fingerprint, "--reason", "agreed in supervision"])
    assert r.exit_code == 0, r.output
    _, same = _post(ACCEPTED, history.effective_acceptances())
    assert same.status == Status.ACCEPTED  # the words accepted stay accepted
    _, edited = _post(EDITED, history.effective_acceptances())
    assert edited.fingerprint == f.fingerprint and edited.title == f.title  # same item, reads the same way
    assert edited.status == Status.REVIEW  # but not what was accepted


def test_an_acceptance_recorded_before_content_digests_no_longer_hides_the_finding(tmp_path: Path):
    _, f = _post(ACCEPTED)
    from selfaudit.findings import finding_kind

    old = {f.fingerprint: history.Acceptance("agreed", "review", finding_kind(f.title))}  # no content digest
    _, edited = _post(EDITED, old)
    # Red team 11: it cannot tell what was accepted, so it is shown again with a note (was: kept)
    assert edited.status == Status.REVIEW and "accept it again" in (edited.reason or "")
