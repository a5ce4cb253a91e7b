"""TikTok: two data files side by side — ``user_data.json`` (an older download) beside
``user_data_tiktok.json``, or a JSON download beside a TXT one — the first file name in sort
order was read and the other silently ignored: an old private copy could stand for a public
account. Differing copies are refused, naming both; an identical copy is read once."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.errors import ExportFormatError
from tests.export import builders as b
from tests.export import builders_settings as bs


def test_two_differing_user_data_files_are_refused(tmp_path, out_dir):
    files = {"user_data.json": bs.tiktok_json(private="On"), "user_data_tiktok.json": bs.tiktok_json(private="Off")}
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_tree(tmp_path / "t", files)], out_dir=out_dir)
    assert "user_data.json" in err.value.message and "user_data_tiktok.json" in err.value.message


def test_a_json_download_beside_a_txt_one_is_refused(tmp_path, out_dir):
    files = {"user_data_tiktok.json": bs.tiktok_json(private="Off"), **bs.tiktok_txt(private="On")}
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_tree(tmp_path / "t", files)], out_dir=out_dir)
    assert "Profile Info.txt" in err.value.message


def test_an_identical_copy_is_read_once(tmp_path, out_dir):
    data = bs.tiktok_json()
    [acct] = read_exports([b.write_tree(tmp_path / "t", {"user_data_tiktok.json": data, "user_data_tiktok (1).json": data})], out_dir=out_dir)
    assert acct.account.platform == "tiktok"
    assert len([p for p in acct.posts if p.kind != "comment"]) == len(json.loads(data)["Post"]["Posts"]["VideoList"])
