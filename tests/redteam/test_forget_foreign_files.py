"""`forget` removes what selfaudit keeps, and nothing else in its folder.

With SELFAUDIT_HOME set to a folder that also holds the person's own files (their home folder,
a shared "Documents/tools" folder), `forget --yes` deleted every entry in it and the folder
itself: the person's documents went with the audit history.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from selfaudit import paths
from selfaudit.cli import app
from selfaudit.config import Config
from selfaudit.privacy import write_private

runner = CliRunner()


def test_forget_leaves_files_selfaudit_did_not_make(selfaudit_home: Path):
    Config(accepted={"abc": "fine"}).save()
    write_private(paths.sessions_dir() / "x.json", "{}")
    write_private(paths.home() / "answers.json", "{}")
    (selfaudit_home / "Documents").mkdir()
    (selfaudit_home / "Documents" / "thesis.docx").write_text("years of work")
    (selfaudit_home / ".bashrc").write_text("alias ll='ls -l'")
    r = runner.invoke(app, ["forget", "--yes"])
    assert r.exit_code == 0, r.output
    assert (selfaudit_home / "Documents" / "thesis.docx").read_text() == "years of work"
    assert (selfaudit_home / ".bashrc").exists()
    assert not paths.sessions_dir().exists() and not paths.config_file().exists()
    assert not (selfaudit_home / "answers.json").exists()
    assert "Documents" in r.output and "not selfaudit's" in r.output


def test_forget_still_removes_the_whole_folder_when_it_is_all_selfaudits(selfaudit_home: Path):
    Config(accepted={"abc": "fine"}).save()
    write_private(paths.home() / "answers.json", "{}")
    (selfaudit_home / ".config.yaml.0123456789abcdef.tmp").write_text("half")  # a temp file a crash left
    r = runner.invoke(app, ["forget", "--yes"])
    assert r.exit_code == 0, r.output
    assert not selfaudit_home.exists()
