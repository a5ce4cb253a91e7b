"""A hand-edited or damaged answers.json crashed every report, audit and `answer --show` with
"This was unexpected" (ValueError / KeyError / AttributeError deep in evaluation); now one clear
error names the file, exit 2, and nothing is written. A well-formed file still loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.guided import AnswerStore
from selfaudit.snapshot import Audience

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample-snapshot" / "snapshot.json"
SETTING = {"label": "Lock your profile", "option": "On", "audience": "friends", "answered_at": "2026-01-01T00:00:00+00:00"}
BAD = [
    {"settings": {"facebook": {"account_privacy": {**SETTING, "audience": "everyone"}}}},
    {"settings": {"facebook": {"account_privacy": {"option": "On"}}}},
    {"settings": {"facebook": {"account_privacy": {**SETTING, "answered_at": "last week"}}}},
    {"settings": {"facebook": ["x"]}},
    {"clauses": {"3.6.h": "yes"}},
    {"clauses": {"3.6.h": {"answer": "yes"}}},
]


@pytest.mark.parametrize("doc", BAD)
def test_a_damaged_answers_file_is_a_clear_error(doc: dict, selfaudit_home: Path, tmp_path: Path):  # type: ignore[type-arg]
    (selfaudit_home / "answers.json").write_text(json.dumps(doc))
    for args in (["report", str(SAMPLE), "--out", str(tmp_path / "r")], ["answer", "--show"]):
        r = runner.invoke(app, args)
        assert r.exit_code == 2, (args, r.output)
        assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
        assert "answers.json" in r.output
    assert not (tmp_path / "r" / "report.json").exists()


def test_a_well_formed_answers_file_loads(selfaudit_home: Path):
    store = AnswerStore({}, {})
    store.answer_clause("3.6.h", "no")
    store.answer_setting("facebook", "account_privacy", label="Lock your profile", option="On", audience=Audience.FRIENDS,
                         url=None, account="jo")
    store.save()
    again = AnswerStore.load()
    assert again.clauses["3.6.h"]["answer"] == "no" and again.settings["facebook"]["account_privacy|jo"]["account"] == "jo"
