from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.errors import PolicyPackError
from selfaudit.policy import load_policy
from selfaudit.resources import checks_dir

DATA = Path(__file__).parent / "data"
runner = CliRunner()

ROW_IDS = [
    "do-think-before-posting", "do-restrict-visibility", "do-select-friends", "do-disclaimer",
    "dont-offensive", "dont-work-photos", "dont-logo", "dont-offence",
]


def test_policy_show_json_lists_rows_and_every_35_36_bullet():
    res = runner.invoke(app, ["policy", "show", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["id"] == "chscb-2017"
    assert [r["id"] for r in data["rows"]] == ROW_IDS
    ids = {c["id"] for c in data["clauses"]}
    assert {f"3.5.{x}" for x in "abcdefg"} <= ids
    assert {f"3.6.{x}" for x in "abcdefghi"} <= ids
    for entry in data["rows"] + data["clauses"]:
        assert entry["checks"] or (entry["manual"] and entry.get("question")), entry["id"]
    # 3.6.h is about friend requests from people known only through work: only the person knows.
    h = next(c for c in data["clauses"] if c["id"] == "3.6.h")
    assert h["manual"] and "only through" in h["question"]


def test_policy_text_is_the_policys_own_words():
    pol = load_policy()
    policy_text = (Path(__file__).resolve().parents[2] / "shared/policy/chscb-social-media-minimum-standards-2017.txt")
    if not policy_text.exists():
        pytest.skip("shared/policy not beside this checkout")
    words = " ".join(policy_text.read_text(encoding="utf-8").split())
    for c in pol.pack.clauses:
        if c.id.startswith(("3.", "4.")):
            assert " ".join(c.text.split())[:60] in words, c.id


def test_every_check_in_the_catalogue_has_an_implementation_name_and_fix():
    pol = load_policy()
    for meta in pol.catalogue.checks:
        assert meta.fix_for("default")
        assert meta.scope


def _copy_pack(tmp_path: Path) -> Path:
    dst = tmp_path / "pack"
    shutil.copytree(checks_dir() / "chscb-2017", dst)
    shutil.copy(checks_dir() / "catalogue.yaml", dst / "catalogue.yaml")
    return dst


def test_broken_pack_exits_2_naming_file_and_field(tmp_path: Path):
    pack = _copy_pack(tmp_path)
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    (pack / "pack.yaml").write_text(text.replace("kind: dont", "kind: maybe", 1), encoding="utf-8")
    res = runner.invoke(app, ["policy", "show", "--policy", str(pack)])
    assert res.exit_code == 2
    assert "pack.yaml" in res.stderr and "rows[4].kind" in res.stderr


def test_unknown_check_in_pack_names_the_field(tmp_path: Path):
    pack = _copy_pack(tmp_path)
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    (pack / "pack.yaml").write_text(text.replace("checks: [bio_disclaimer_missing]", "checks: [no_such_check]", 1), encoding="utf-8")
    with pytest.raises(PolicyPackError) as exc:
        load_policy(pack)
    assert "rows[3].checks[0]" in exc.value.message and "no_such_check" in exc.value.message


def test_broken_catalogue_names_file_and_field(tmp_path: Path):
    pack = _copy_pack(tmp_path)
    cat = (pack / "catalogue.yaml").read_text(encoding="utf-8")
    (pack / "catalogue.yaml").write_text(cat.replace("severity: high", "severity: enormous", 1), encoding="utf-8")
    res = runner.invoke(app, ["policy", "show", "--policy", str(pack)])
    assert res.exit_code == 2
    assert "catalogue.yaml" in res.stderr and "checks[0].severity" in res.stderr


def test_manual_entry_without_question_is_refused(tmp_path: Path):
    pack = _copy_pack(tmp_path)
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    text = text.replace("    question: Have you ever created or run an account in another employee's or partner's name?\n", "", 1)
    (pack / "pack.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(PolicyPackError) as exc:
        load_policy(pack)
    assert "clauses[6]" in exc.value.message and "question" in exc.value.message


def test_invalid_yaml_is_a_clear_error(tmp_path: Path):
    pack = _copy_pack(tmp_path)
    (pack / "pack.yaml").write_text("rows: [unclosed\n", encoding="utf-8")
    res = runner.invoke(app, ["policy", "show", "--policy", str(pack)])
    assert res.exit_code == 2 and "not valid YAML" in res.stderr


def test_a_second_pack_loads_without_code_change():
    pol = load_policy(DATA / "tiny-pack")
    assert pol.id == "tiny-test-pack"
    assert [r.id for r in pol.pack.rows] == ["do-keep-it-private", "dont-overshare"]
    res = runner.invoke(app, ["policy", "show", "--json", "--policy", str(DATA / "tiny-pack")])
    assert res.exit_code == 0 and json.loads(res.stdout)["id"] == "tiny-test-pack"


def test_unknown_requirement_in_catalogue_is_refused_at_load(tmp_path: Path):
    pack = _copy_pack(tmp_path)
    cat = (pack / "catalogue.yaml").read_text(encoding="utf-8")
    (pack / "catalogue.yaml").write_text(cat.replace("requires: [settings]", "requires: [setings]", 1), encoding="utf-8")
    with pytest.raises(PolicyPackError) as exc:
        load_policy(pack)
    assert "checks[0]" in exc.value.message and "setings" in exc.value.message
