"""A bio that was never read (a Mastodon actor without ``summary``, an X profile.js without
``description.bio``) left the disclaimer judged on the other profile fields alone — a Mastodon
"Blog" field or an X location then FAILED the person for a statement that may well be in the bio.
The reader now records the bio as missing, and the check says not-checked (naming what it did read)
unless the fields read already carry the statement."""

from __future__ import annotations

import json

from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.snapshot import Snapshot
from tests.export import builders as b
from tests.export.helpers import by_check, read_and_evaluate

TOP = "twitter-2024-01-01-abc/"


def _read(tmp_path, files):  # type: ignore[no-untyped-def]
    acct, ev = read_and_evaluate(b.write_tree(tmp_path / "a", files), tmp_path)
    return acct, by_check(ev, "bio_disclaimer_missing")


def _mastodon(fields: list[tuple[str, str]], summary: str | None = None) -> dict[str, str]:
    files = b.mastodon_files()
    actor = json.loads(files["actor.json"])
    actor.pop("summary")
    if summary is not None:
        actor["summary"] = summary
    actor["attachment"] = [{"type": "PropertyValue", "name": n, "value": v} for n, v in fields]
    files["actor.json"] = json.dumps(actor)
    return files


def test_mastodon_fields_without_summary_are_not_a_fail(tmp_path):
    acct, [f] = _read(tmp_path, _mastodon([("Blog", "blog.example"), ("Pronouns", "she/her")]))
    assert acct.profile.bio is None
    assert f.status.value == "not-checked", f
    assert "bio" in (f.reason or "") and "fields.Blog" in (f.reason or "")
    assert acct.provenance.missing_reason("profile.bio")


def test_mastodon_field_with_the_statement_still_passes_without_summary(tmp_path):
    _, [f] = _read(tmp_path, _mastodon([("Note", "Personal account, views my own")]))
    assert f.status.value == "pass"


def test_mastodon_empty_summary_is_read_as_no_statement(tmp_path):
    acct, [f] = _read(tmp_path, _mastodon([("Blog", "blog.example")], summary=""))
    assert acct.profile.bio == "" and not acct.provenance.missing_reason("profile.bio")
    assert f.status.value == "fail"


def test_x_location_without_bio_is_not_a_fail(tmp_path):
    files = b.x_files()
    files[f"{TOP}data/profile.js"] = b.ytd("profile", [{"profile": {"description": {"website": "", "location": "London"}}}])
    acct, [f] = _read(tmp_path, files)
    assert acct.profile.bio is None and f.status.value == "not-checked", f


def _pinned_only(tmp_path, profile, text: str):  # type: ignore[no-untyped-def]
    from selfaudit.snapshot import Account, AccountSnapshot, Post, Provenance

    acct = AccountSnapshot(account=Account(platform="x", handle="alice"), profile=profile,
                           posts=[Post(id="1", text=text, pinned=True)], provenance=Provenance(source="live", adapter="test"))
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))
    return [f.status.value for f in by_check(ev, "bio_disclaimer_missing")]


def test_a_pinned_post_alone_is_no_fail_when_no_profile_text_was_read(tmp_path):
    from selfaudit.snapshot import Profile

    assert _pinned_only(tmp_path, Profile(name="Alice", handle="alice"), "Lovely day at the seaside") == ["not-checked"]


def test_a_pinned_post_with_the_statement_still_passes(tmp_path):
    from selfaudit.snapshot import Profile

    assert _pinned_only(tmp_path, Profile(name="Alice", handle="alice"), "Personal account, views my own") == ["pass"]


def test_a_read_empty_bio_and_a_pinned_post_still_fail(tmp_path):
    from selfaudit.snapshot import Profile

    assert _pinned_only(tmp_path, Profile(name="Alice", handle="alice", bio=""), "Lovely day at the seaside") == ["fail"]
