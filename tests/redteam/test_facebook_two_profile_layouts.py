"""Facebook: a folder holding the current layout's profile file
(personal_information/profile_information/…) and the 2021–23 one (profile_information/…), as when
two downloads are unpacked together: the first found stood for the account, so an older bio
carrying the disclaimer could pass a profile that no longer says it. A bio or city the two files
disagree on is now not read (the disclaimer is not-checked); files that agree are read."""

from __future__ import annotations

import json

from tests.export import builders as b
from tests.export.helpers import read_and_evaluate, statuses

TOP = "facebook-alice-2024/"
CURRENT = TOP + "personal_information/profile_information/profile_information.json"
OLDER = TOP + "profile_information/profile_information.json"


def _merged(tmp_path, current_bio: str, older_bio: str):  # type: ignore[no-untyped-def]
    files = b.facebook_files(variant="current")
    data = json.loads(files[CURRENT])
    data["profile_v2"]["intro_bio"] = current_bio
    files[CURRENT] = json.dumps(data)
    data["profile_v2"]["intro_bio"] = older_bio
    files[OLDER] = json.dumps(data)
    acct, ev = read_and_evaluate(b.write_tree(tmp_path / "fb", files), tmp_path)
    return acct, statuses(ev, "bio_disclaimer_missing")


def test_two_profile_files_that_disagree_leave_the_bio_unread(tmp_path):
    # whichever file is read first, neither may stand for the account
    acct, got = _merged(tmp_path, "Personal account. Views my own.", "Social worker at Hackney Council")
    assert acct.profile.bio is None and "profile_information" in (acct.provenance.missing_reason("profile.bio") or "")
    assert got == ["not-checked"]


def test_two_profile_files_that_agree_are_read(tmp_path):
    acct, got = _merged(tmp_path, "Personal account. Views my own.", "Personal account. Views my own.")
    assert acct.profile.bio and got == ["pass"]
