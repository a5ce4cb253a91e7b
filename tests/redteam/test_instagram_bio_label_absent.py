"""Instagram: a profile file with no Bio label at all (a layout or language selfaudit does not
know) was read as an EMPTY bio, so the disclaimer check failed a bio it never read. It is now
"not read" (not-checked, with the reason); a Bio label present but empty still fails."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.snapshot import Snapshot
from tests.export import builders as b
from tests.export.helpers import statuses

PI = "personal_information/personal_information/personal_information.json"


def _audit(tmp_path, files):  # type: ignore[no-untyped-def]
    [acct] = read_exports([b.write_tree(tmp_path / "i", files)], out_dir=tmp_path / "out")
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))
    return acct, statuses(ev, "bio_disclaimer_missing")


@pytest.mark.parametrize("bio,expected", [("", "fail"), (None, "not-checked"), ("Youth worker. Personal account, views my own", "pass")])
def test_current_layout_bio_as_read(tmp_path, bio, expected):
    files = b.instagram_files()
    data = json.loads(files[PI])
    smd = data["profile_user"][0]["string_map_data"]
    smd.pop("Bio")
    if bio is not None:
        smd["Bio"] = {"href": "", "value": bio, "timestamp": 0}
    files[PI] = json.dumps(data)
    acct, got = _audit(tmp_path, files)
    assert acct.profile.bio == bio
    assert got == [expected]


@pytest.mark.parametrize("bio,expected", [("", "fail"), (None, "not-checked")])
def test_oldest_layout_bio_as_read(tmp_path, bio, expected):
    files = b.instagram_files(variant="oldest")
    data = json.loads(files["profile.json"])
    data.pop("biography")
    if bio is not None:
        data["biography"] = bio
    files["profile.json"] = json.dumps(data)
    acct, got = _audit(tmp_path, files)
    assert acct.profile.bio == bio
    assert got == [expected]


def test_html_layout_without_bio_row_is_not_checked(tmp_path):
    files = b.instagram_files(variant="html")
    name = "personal_information/personal_information/personal_information.html"
    files[name] = files[name].replace(f"<tr><td class='_2pin _a6_q'>Bio<div><div>{b.IG_BIO}</div></div></td></tr>", "")
    acct, got = _audit(tmp_path, files)
    assert acct.profile.bio is None and got == ["not-checked"]
