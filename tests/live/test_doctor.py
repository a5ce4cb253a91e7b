"""`selfaudit doctor` on the replicas: all matched when nothing changed; exactly the broken
entries named after a label change and a post-markup change; `locators path` overrides."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def srv(replicas_mod):
    with replicas_mod.ReplicaServer(persona="high-risk", host="127.0.0.1", port=0) as s:
        yield s


def doctor(srv, platform):
    r = CliRunner().invoke(app, ["doctor", platform, "--json", "--base-url", f"{platform}={srv.base_url(platform)}"])
    assert r.exit_code in (0, 1), r.output
    [d] = json.loads(r.stdout)
    return r.exit_code, d, {e["entry"] for e in d["entries"] if not e["matched"]}


@pytest.mark.parametrize("platform", ["facebook", "instagram", "x", "linkedin"])
def test_doctor_on_an_unchanged_replica_matches_everything(srv, logged_in, platform):
    logged_in(platform)
    code, d, broken = doctor(srv, platform)
    assert code == 0 and d["all_matched"] and not broken, d["entries"]


def test_doctor_names_a_renamed_settings_label_and_nothing_else(srv, logged_in):
    logged_in("facebook")
    _code, _before, broken_before = doctor(srv, "facebook")
    assert not broken_before
    srv.override_text("facebook", "Who can see your friends list?", "Who may view the list of your pals?")
    try:
        code_after, after, broken_after = doctor(srv, "facebook")
    finally:
        srv.clear_overrides("facebook")
    assert broken_after == {"settings.friends_list"}  # exactly the broken entry
    assert code_after == 1 and "capture" in after["next_step"]


def test_doctor_names_the_post_list_after_a_post_markup_change(srv, logged_in):
    logged_in("x")
    _, _, broken_before = doctor(srv, "x")
    assert not broken_before
    srv.override_text("x", "<article", "<section")
    srv.override_text("x", "</article>", "</section>")
    srv.override_text("x", 'role="article"', 'role="group"')
    try:
        _, _, broken_after = doctor(srv, "x")
    finally:
        srv.clear_overrides("x")
    assert "posts" in broken_after


def test_doctor_on_an_expired_session_says_log_in_again(srv, logged_in):
    logged_in("linkedin")
    srv.expire_sessions("linkedin")
    r = CliRunner().invoke(app, ["doctor", "linkedin", "--base-url", f"linkedin={srv.base_url('linkedin')}"])
    assert r.exit_code == 2 and "selfaudit login linkedin" in r.output


def test_locator_override_takes_precedence_and_a_broken_one_names_file_and_field(tmp_path, monkeypatch):
    from selfaudit.adapters.live.spec import load_spec, override_dir
    from selfaudit.errors import SelfauditError

    monkeypatch.setenv("SELFAUDIT_HOME", str(tmp_path / "home"))
    r = CliRunner().invoke(app, ["locators", "path"])
    assert r.exit_code == 0 and str(override_dir()) in r.stdout
    override_dir().mkdir(parents=True)
    (override_dir() / "x.yaml").write_text("pacing_s: 0.5\n")
    assert load_spec("x").pacing_s == 0.5
    (override_dir() / "x.yaml").write_text("pacing_s: [not, a, number]\n")
    with pytest.raises(SelfauditError) as e:
        load_spec("x")
    assert "x.yaml" in e.value.message and "pacing_s" in e.value.message
