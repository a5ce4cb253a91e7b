"""A clause answer hand-edited to "Yes" (or "y", "maybe") in answers.json was compared with the
question's concern word "yes" as it stood: "Yes" missed the concern and showed as a plain
answer, no review. Now an answer is read as yes or no (any case), and anything else is the
clear 'answers could not be read' error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.evaluate import evaluate
from selfaudit.guided import AnswerStore, clause_answers
from selfaudit.policy import load_policy
from selfaudit.snapshot import read_snapshot

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample-snapshot" / "snapshot.json"


def _write(home: Path, answer: str) -> None:
    (home / "answers.json").write_text(json.dumps({"clauses": {"3.6.h": {"answer": answer, "answered_at": "2026-01-01T00:00:00+00:00"}}}))


@pytest.mark.parametrize("answer", ["Yes", " YES "])
def test_a_capitalised_concern_answer_is_still_the_concern(selfaudit_home: Path, answer: str):
    _write(selfaudit_home, answer)
    pol = load_policy()
    ev = evaluate(read_snapshot(SAMPLE), pol, answers=clause_answers(AnswerStore.load()))
    [f] = [f for f in ev.findings if f.item == "question:3.6.h"]
    concern = next(e.concern_if for e in [*pol.pack.rows, *pol.pack.clauses] if e.id == "3.6.h")
    assert concern == "yes" and f.status.value == "review", f


@pytest.mark.parametrize("answer", ["y", "maybe", ""])
def test_an_answer_that_is_not_yes_or_no_is_a_clear_error(selfaudit_home: Path, answer: str):
    _write(selfaudit_home, answer)
    r = CliRunner().invoke(app, ["answer", "--show"])
    assert r.exit_code == 2 and "answers.json" in r.output, r.output
