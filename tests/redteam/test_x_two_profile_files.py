"""X: two profile files side by side (an older one kept as ``profile-2023.js`` beside
``profile.js``; a browser-renamed copy such as ``profile (1).js`` is refused as a whole, see
test_merged_downloads_renamed_copies): the last one read silently stood for the account, so an
old bio carrying the disclaimer passed a profile that may no longer say it. A bio (or location)
the copies disagree on is now not read, and the disclaimer check says not-checked."""

from __future__ import annotations

from tests.export import builders as b
from tests.export.helpers import read_and_evaluate, statuses

TOP = "twitter-2024-01-01-abc/"


def _profile(bio: str) -> str:
    return b.ytd("profile", [{"profile": {"description": {"bio": bio, "website": "", "location": ""}}}])


def _disclaimer(tmp_path, first: str, second: str):  # type: ignore[no-untyped-def]
    files = b.x_files()
    files[TOP + "data/profile.js"] = _profile(first)
    files[TOP + "data/profile-2023.js"] = _profile(second)
    acct, ev = read_and_evaluate(b.write_tree(tmp_path / "x", files), tmp_path)
    return acct, statuses(ev, "bio_disclaimer_missing")


def test_two_profile_files_that_disagree_leave_the_bio_unread(tmp_path):
    acct, got = _disclaimer(tmp_path, "Nurse. Personal account, views my own", "Nurse at Hackney Council")
    assert acct.profile.bio is None and "profile-2023.js" in (acct.provenance.missing_reason("profile.bio") or "")
    assert got == ["not-checked"]


def test_two_identical_profile_files_are_read(tmp_path):
    acct, got = _disclaimer(tmp_path, "Nurse. Personal account, views my own", "Nurse. Personal account, views my own")
    assert acct.profile.bio and got == ["pass"]
