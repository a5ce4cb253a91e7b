"""TikTok's TXT download: Settings.txt giving one setting in two records ("Private Account: Off",
later "Private Account: On") was merged into one dict, so the last record silently won — a
private verdict (pass) beside a record saying public. Both are now given to the one decider of a
setting given twice (read_settings: the newer by date, else the widest), as the other readers do."""

from __future__ import annotations

from selfaudit.adapters.export import read_exports
from selfaudit.snapshot import Audience
from tests.export import builders as b
from tests.export import builders_settings as bs

SETTINGS = "TikTok_Data/App Settings/Settings.txt"


def _read(tmp_path, out_dir, *values: str):  # type: ignore[no-untyped-def]
    files = bs.tiktok_txt(private=values[0])
    files[SETTINGS] += "".join(f"\nPrivate Account: {v}\n" for v in values[1:])
    [acct] = read_exports([b.write_tree(tmp_path / "t", files)], out_dir=out_dir)
    return acct.setting("account_privacy")


def test_a_setting_given_twice_never_passes_on_the_narrower(tmp_path, out_dir):
    s = _read(tmp_path, out_dir, "Off", "On")
    assert s is None or s.audience == Audience.PUBLIC, s


def test_a_setting_given_once_is_read(tmp_path, out_dir):
    assert _read(tmp_path, out_dir, "On").audience == Audience.FRIENDS
