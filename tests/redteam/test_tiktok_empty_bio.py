"""TikTok: an empty bio (``"bioDescription": ""``) was turned into "not read" (None), so the
disclaimer check said not-checked for a bio that was read and says nothing — a wrong not-checked
that hides a missing statement. An empty bio is read as empty (fail); a ProfileMap without any bio
field is said unread (not-checked)."""

from __future__ import annotations

import json

from tests.export import builders as b
from tests.export import builders_settings as bs
from tests.export.helpers import read_and_evaluate, statuses


def _disclaimer(tmp_path, bio):  # type: ignore[no-untyped-def]
    data = json.loads(bs.tiktok_files()["user_data_tiktok.json"])
    pm = data["Profile And Settings"]["Profile Info"]["ProfileMap"]
    pm.pop("bioDescription")
    if bio is not None:
        pm["bioDescription"] = bio
    acct, ev = read_and_evaluate(b.write_tree(tmp_path / "t", {"user_data_tiktok.json": json.dumps(data)}), tmp_path)
    return acct, statuses(ev, "bio_disclaimer_missing")


def test_an_empty_bio_is_read_as_no_statement(tmp_path):
    acct, got = _disclaimer(tmp_path, "")
    assert acct.profile.bio == "" and got == ["fail"]


def test_no_bio_field_is_not_read(tmp_path):
    acct, got = _disclaimer(tmp_path, None)
    assert acct.profile.bio is None and acct.provenance.missing_reason("profile.bio") and got == ["not-checked"]


def test_a_bio_with_the_statement_passes(tmp_path):
    _, got = _disclaimer(tmp_path, "Teaching assistant. Personal account, views my own")
    assert got == ["pass"]
