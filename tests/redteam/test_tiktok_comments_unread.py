"""TikTok: the comments the person wrote (``Comment › Comments › CommentsList``) under a renamed
wrapper or list, as an object rather than a list, or with their words under another key were
taken for "no comments" — the words checks then passed on the videos alone. They are now read
where they can be, and said unread (no pass) where they cannot; TikTok's null stays "none"."""

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
from tests.export import builders_settings as bs
from tests.export.helpers import statuses

WORD_CHECKS = ("post_offensive_language", "post_confidential_info")


def _with_comment_section(section) -> dict:  # type: ignore[no-untyped-def]
    data = json.loads(bs.tiktok_files()["user_data_tiktok.json"])
    data["Comment"] = section
    return {"user_data_tiktok.json": json.dumps(data)}


def _comments():  # type: ignore[no-untyped-def]
    return json.loads(bs.tiktok_files()["user_data_tiktok.json"])["Comment"]["Comments"]["CommentsList"]


def _read(tmp_path, files):  # type: ignore[no-untyped-def]
    [acct] = read_exports([b.write_tree(tmp_path / "t", files)], out_dir=tmp_path / "out")
    return acct


def run(acct, tmp_path):  # type: ignore[no-untyped-def]
    return evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))


@pytest.mark.parametrize("section", [
    {"Comments": {"CommentsList": {"0": {"date": "2026-05-02 09:00:00", "comment": "hi"}}}},  # an object, not a list
    {"Comments": {"CommentList": [{"date": "2026-05-02 09:00:00", "comment": "hi"}]}},  # a renamed list
    {"Comments": {"CommentsList": [{"date": "2026-05-02 09:00:00", "text": "hi"}]}},  # the words under another key
], ids=["object", "renamed-list", "renamed-key"])
def test_comments_not_read_are_no_pass(tmp_path, section):
    acct = _read(tmp_path, _with_comment_section(section))
    assert "comment" in (acct.provenance.missing_reason("posts.text") or "")
    ev = run(acct, tmp_path)
    for check in WORD_CHECKS:
        assert "pass" not in statuses(ev, check), check


def test_comments_under_a_renamed_wrapper_are_read(tmp_path):
    acct = _read(tmp_path, _with_comment_section({"Comments Made": {"CommentsList": _comments()}}))
    assert [p.text for p in acct.posts if p.kind == "comment"] == ["Love this recipe!"]
    assert acct.provenance.missing_reason("posts.text") is None


@pytest.mark.parametrize("section", [{"Comments": {"CommentsList": None}}, {"Comments": {"CommentsList": []}}], ids=["null", "empty"])
def test_no_comments_is_still_none(tmp_path, section):
    acct = _read(tmp_path, _with_comment_section(section))
    assert not [p for p in acct.posts if p.kind == "comment"]
    assert acct.provenance.missing_reason("posts.text") is None
    assert statuses(run(acct, tmp_path), "post_offensive_language") == ["pass"]
