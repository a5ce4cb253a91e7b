"""`selfaudit check text`: arguments, stdin, --bio, --json and exit codes."""

import json

from typer.testing import CliRunner

from selfaudit.cli import app

runner = CliRunner()


def test_json_shape_and_exit_code_1_when_action_needed():
    r = runner.invoke(app, ["check", "text", "--json", "I will kill you", "Lovely walk today"])
    assert r.exit_code == 1, r.output
    data = json.loads(r.stdout)
    assert [e["text"] for e in data] == ["I will kill you", "Lovely walk today"]
    [f] = data[0]["findings"]
    assert f["check"] == "post_offensive_language" and f["status"] == "fail"
    assert "dont-offensive" in f["clauses"] and f["item"] == "text:1"
    assert {"severity", "confidence", "title", "evidence", "fix", "fingerprint"} <= set(f)
    assert data[1]["findings"] == []


def test_clean_text_exits_0():
    r = runner.invoke(app, ["check", "text", "Bake sale on Saturday, all welcome"])
    assert r.exit_code == 0, r.output
    assert "nothing to flag" in r.stdout


def test_stdin_one_text_per_line_and_bio():
    r = runner.invoke(app, ["check", "text", "--bio", "--json"], input="Personal account, views my own\nSocial worker at Hackney Council\n\nMy views on practice\n")
    data = json.loads(r.stdout)
    assert len(data) == 3
    status = [next(f["status"] for f in e["findings"] if f["check"] == "bio_disclaimer_missing") for e in data]
    assert status == ["pass", "fail", "review"]
    assert all("do-disclaimer" in f["clauses"] for e in data for f in e["findings"] if f["check"] == "bio_disclaimer_missing")
    assert r.exit_code == 1


def test_bio_with_disclaimer_exits_0():
    r = runner.invoke(app, ["check", "text", "--bio", "Nurse at the Homerton. Personal account, views my own."])
    assert r.exit_code == 0, r.output


def test_no_text_is_exit_2_with_hint():
    r = runner.invoke(app, ["check", "text"], input="")
    assert r.exit_code == 2
    assert "No text to check" in r.output


def test_bad_config_is_exit_2(tmp_path, monkeypatch):
    home = tmp_path / "h"
    home.mkdir()
    monkeypatch.setenv("SELFAUDIT_HOME", str(home))
    from selfaudit import paths

    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text("text:\n  disabled: [rudeness]\n")
    r = runner.invoke(app, ["check", "text", "hello"])
    assert r.exit_code == 2
    assert "unknown category" in r.output
