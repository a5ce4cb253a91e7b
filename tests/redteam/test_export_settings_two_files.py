"""A Facebook export's setting given in privacy_settings.json and again, differently, in another
settings file (preferences/…settings….json): the privacy file's value was kept and the other
ignored, so "Friends" there passed beside a newer "Public". Now both are read together, as one
setting given twice: the newer by date, else the widest — never which file was read first."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.snapshot import Audience
from tests.export import builders as b
from tests.export import builders_settings as bs
from tests.export.helpers import by_check, run

OTHER = "facebook-alice-2024/preferences/preferences/other_privacy_settings.json"


def _future(tmp_path, other_value: str | None, other_ts: int | None):  # type: ignore[no-untyped-def]
    files = bs.facebook_with_settings("Friends")
    if other_value is not None:
        record = {"label": "Who can see your future posts?", "value": other_value}
        files[OTHER] = json.dumps({**({"timestamp": other_ts} if other_ts else {}), "label_values": [record]})
    [acct] = read_exports([b.write_zip(tmp_path / "facebook-alice-2026-09-02-x.zip", files)], out_dir=tmp_path / "out")
    return acct


@pytest.mark.parametrize("ts", [bs.SETTINGS_TS + 3600, None])  # newer, or undated (order unknown: the widest)
def test_a_public_value_in_another_settings_file_is_not_hidden_by_the_privacy_file(tmp_path, ts):
    acct = _future(tmp_path, "Public", ts)
    assert acct.setting("future_posts").audience == Audience.PUBLIC
    [f] = by_check(run(acct), "future_posts_audience")
    assert f.status.value == "fail"


def test_an_older_public_value_gives_way_to_the_newer_friends(tmp_path):
    acct = _future(tmp_path, "Public", bs.SETTINGS_TS - 86400 * 30)
    assert acct.setting("future_posts").audience == Audience.FRIENDS


def test_the_privacy_file_alone_is_read_as_before(tmp_path):
    [f] = by_check(run(_future(tmp_path, None, None)), "future_posts_audience")
    assert f.status.value == "pass"
