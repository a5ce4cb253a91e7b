"""A policy pack's own catalogue.yaml with an audience misspelt in a check's fail or review list
("Public", "everyone") loaded fine, and then matched nothing: every public setting passed. A
misspelt platform ("facebok") left the check unrun there, its row judged without it. Now the
catalogue is refused, naming the field and the words it knows (exit 2)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.resources import checks_dir


@pytest.mark.parametrize("words", ["[Public, logged_in]", "[everyone]", "public"])
def test_an_unknown_audience_word_in_a_catalogue_is_refused(tmp_path: Path, words: str):
    pack = tmp_path / "pack"
    shutil.copytree(checks_dir() / "chscb-2017", pack)
    cat = (checks_dir() / "catalogue.yaml").read_text(encoding="utf-8")
    old = "params: {setting: future_posts, fail: [public, logged_in, friends_of_friends]"
    assert old in cat
    (pack / "catalogue.yaml").write_text(cat.replace(old, f"params: {{setting: future_posts, fail: {words}", 1), encoding="utf-8")
    res = CliRunner().invoke(app, ["policy", "show", "--policy", str(pack)])
    assert res.exit_code == 2, res.output
    assert "catalogue.yaml" in res.stderr and "params.fail" in res.stderr and "friends_of_friends" in res.stderr


def test_an_unknown_platform_in_a_catalogue_is_refused(tmp_path: Path):
    pack = tmp_path / "pack"
    shutil.copytree(checks_dir() / "chscb-2017", pack)
    cat = (checks_dir() / "catalogue.yaml").read_text(encoding="utf-8")
    old = "platforms: [facebook, mastodon]}"
    assert old in cat
    (pack / "catalogue.yaml").write_text(cat.replace(old, "platforms: [facebok, mastodon]}", 1), encoding="utf-8")
    res = CliRunner().invoke(app, ["policy", "show", "--policy", str(pack)])
    assert res.exit_code == 2 and "params.platforms" in res.stderr, res.output
