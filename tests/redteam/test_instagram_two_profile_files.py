"""An Instagram folder holding the current layout's profile file and the 2021–22 one
(account_information/personal_information.json), as when two downloads are unpacked together:
only the first found was read — the older layout's — so its "Private account: True" passed
beside the current file's "False". Two profile files that disagree on the switch: not-checked."""

from __future__ import annotations

from selfaudit.adapters.export import read_exports
from tests.export import builders as b
from tests.export.helpers import by_check, run


def _merged(tmp_path, out_dir, current_private: bool, older_private: bool):  # type: ignore[no-untyped-def]
    files = b.instagram_files(variant="current", private=current_private)
    older = b.instagram_files(variant="older", private=older_private)
    files.update({k: v for k, v in older.items() if k.startswith("account_information/")})
    [acct] = read_exports([b.write_tree(tmp_path / "ig", files)], out_dir=out_dir)
    return acct, run(acct)


def test_profile_files_that_disagree_on_private_account_are_not_checked(tmp_path, out_dir):
    acct, ev = _merged(tmp_path, out_dir, current_private=False, older_private=True)
    assert acct.setting("account_privacy") is None
    [f] = by_check(ev, "account_privacy_open")
    assert f.status.value == "not-checked" and "disagree" in (f.reason or "")
    assert all(g.status.value != "pass" for g in by_check(ev, "post_audience_public"))


def test_profile_files_that_agree_are_read(tmp_path, out_dir):
    _, ev = _merged(tmp_path, out_dir, current_private=True, older_private=True)
    assert [f.status.value for f in by_check(ev, "account_privacy_open")] == ["pass"]
    _, ev = _merged(tmp_path / "p", out_dir, current_private=False, older_private=False)
    assert [f.status.value for f in by_check(ev, "account_privacy_open")] == ["fail"]


def test_one_profile_file_giving_the_switch_twice_differently_is_not_checked(tmp_path, out_dir):
    import json

    files = b.instagram_files(variant="current", private=False)  # "Private Account": "False" …
    key = "personal_information/personal_information/personal_information.json"
    data = json.loads(files[key])
    smd = data["profile_user"][0]["string_map_data"]
    data["profile_user"][0]["string_map_data"] = {"Gizli Hesap": {"value": "True", "timestamp": 0}, **smd}  # … and "Gizli Hesap": "True" first
    files[key] = json.dumps(data)
    [acct] = read_exports([b.write_tree(tmp_path / "ig", files)], out_dir=out_dir)
    [f] = by_check(run(acct), "account_privacy_open")
    assert f.status.value == "not-checked" and "disagree" in (f.reason or "")
