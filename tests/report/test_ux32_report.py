"""What the user review of stop 31 found in the report and the summary (ux review 32)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.findings import Finding, Status
from selfaudit.policy import load_policy
from selfaudit.render.actions import action_data, build_actions
from selfaudit.snapshot import PLATFORM_NAMES

runner = CliRunner()


def _default_title(check_title: str) -> str:
    return f"Fix: {check_title}"


def test_every_check_that_can_make_an_action_has_an_instruction_for_its_title():
    # "Fix: Posts visible beyond friends" named the problem, not what to do about it.
    cat = load_policy().catalogue
    for meta in cat.checks:
        for platform in PLATFORM_NAMES:
            for third_party in (False, True):
                f = Finding(check=meta.id, status=Status.FAIL, platform=platform, item="post:1", title=meta.title,
                            third_party=third_party)
                ev = SimpleNamespace(findings=[f], policy=SimpleNamespace(catalogue=cat), snapshot=SimpleNamespace(accounts=[]))
                [a] = build_actions(ev)  # type: ignore[arg-type]
                where = f"{meta.id} on {platform}{' (someone else’s)' if third_party else ''}"
                assert a["title"] != _default_title(meta.title) and not a["title"].startswith("Fix:"), where
                assert a["title"] != a["id"], where
                assert a["title"][0].isupper() and not a["title"].endswith("."), (where, a["title"])
    # every title in the table is for a check that exists
    ids = {c.id for c in cat.checks}
    assert set(action_data()["check_titles"]) <= ids


@pytest.mark.parametrize("persona", ["high-risk", "compliant", "typical"])
def test_no_action_in_a_demo_persona_report_has_the_default_title(tmp_path: Path, persona: str):
    out = tmp_path / "out"
    r = runner.invoke(app, ["demo", "--export", "--no-open", "--persona", persona, "--out", str(out)])
    assert r.exit_code == 0, r.output
    doc = json.loads((out / "report.json").read_text())
    titles = {c.id: c.title for c in load_policy().catalogue.checks}
    for a in doc["actions"]:
        assert not a["title"].startswith("Fix:"), a
        assert a["title"] not in {_default_title(t) for t in titles.values()}, a
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<h3>Fix: " not in html
