"""`forget` removes every selfaudit path (sessions, reports, history, caches, settings, logos,
locator overrides, the session key, the old shared-temp demo cache) and says what it removed."""

from __future__ import annotations

import inspect
import os
import tempfile
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from typer.testing import CliRunner

from selfaudit import paths
from selfaudit.adapters.sessions import KEYRING_ENTRY, KEYRING_SERVICE, SessionStore
from selfaudit.cli import app
from tests.security.test_sessions_at_rest import MemoryKeyring

runner = CliRunner()


def every_selfaudit_path() -> list[Path]:
    """Every place selfaudit keeps something: each function of selfaudit.paths, and the old ones."""
    found: list[Path] = []
    for name, fn in inspect.getmembers(paths, inspect.isfunction):
        if fn.__module__ != paths.__name__ or name.startswith("_") or inspect.signature(fn).parameters:
            continue
        got = fn()
        found += got if isinstance(got, list) else [got]
    return found


@pytest.fixture
def own_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private temp folder, so the old demo cache path is not the machine's real /tmp."""
    t = tmp_path / "tmp"
    t.mkdir()
    monkeypatch.setenv("TMPDIR", str(t))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.delenv("SELFAUDIT_REPLICA_CACHE", raising=False)
    return t


def test_forget_leaves_nothing_under_any_selfaudit_path(selfaudit_home: Path, own_tmp: Path, tmp_path: Path):
    from selfaudit.config import Config
    from selfaudit.privacy import write_private

    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    try:
        SessionStore().save("facebook", "http://127.0.0.1:5000/facebook", {"cookies": [], "origins": []})
        assert kr.get_password(KEYRING_SERVICE, KEYRING_ENTRY)
        Config(accepted={"abc": "fine"}).save()
        write_private(paths.cache_dir() / "images" / "sig" / "a.json", "{}")
        write_private(paths.replica_media_dir() / "k.jpg", b"jpg")
        write_private(paths.home() / "history.jsonl", "{}\n")
        write_private(paths.home() / "locators" / "x.yaml", "a: 1\n")
        r = runner.invoke(app, ["report", str(Path(__file__).resolve().parents[1] / "data" / "sample-snapshot" / "snapshot.json"),
                                "--out", str(paths.reports_dir() / "2024-01-01_000000")])
        assert r.exit_code in (0, 1), r.output
        write_private(paths.logos_dir() / "mark.png", b"png")
        legacy = paths.legacy_paths()[0]
        assert str(legacy).startswith(str(own_tmp))
        legacy.mkdir(mode=0o700)
        (legacy / "old.jpg").write_bytes(b"jpg")
        outside = tmp_path / "my-report"  # a report written elsewhere with --out is the person's
        outside.mkdir()
        (outside / "report.json").write_text("{}")

        everything = every_selfaudit_path()
        assert {paths.home(), paths.sessions_dir(), paths.reports_dir(), paths.cache_dir(), paths.replica_media_dir(), legacy} <= set(everything)
        r = runner.invoke(app, ["forget", "--yes"])
        assert r.exit_code == 0, r.output
        for p in everything:
            assert not os.path.lexists(p), f"{p} is left"
        assert kr.get_password(KEYRING_SERVICE, KEYRING_ENTRY) is None
        for said in ("saved logins", "reports", "caches", "settings", "your logos", "audit history", "locator overrides",
                     "old demo photo cache", "keyring"):
            assert said in r.output, said
        assert (outside / "report.json").exists() and "--out are not touched" in r.output
    finally:
        keyring.set_keyring(fail.Keyring())


def test_forget_asks_first_and_lists_what_it_will_delete(selfaudit_home: Path, own_tmp: Path):
    SessionStore().save("x", "http://127.0.0.1:5000/x", {"cookies": [], "origins": []})
    r = runner.invoke(app, ["forget"], input="n\n")
    # exit 2, "not done" (1 means "findings need action"), and it says so
    assert r.exit_code == 2 and "saved logins" in r.output and paths.sessions_dir().exists()
    assert "Nothing was deleted" in r.output


def test_forget_with_nothing_there(selfaudit_home: Path, own_tmp: Path):
    selfaudit_home.rmdir()
    r = runner.invoke(app, ["forget", "--yes"])
    assert r.exit_code == 0 and "Nothing to remove" in r.output


def test_forget_does_not_follow_a_linked_data_folder(tmp_path: Path, own_tmp: Path, monkeypatch: pytest.MonkeyPatch):
    real = tmp_path / "real"
    real.mkdir()
    (real / "keep.txt").write_text("x")
    link = tmp_path / "home-link"
    link.symlink_to(real)
    monkeypatch.setenv("SELFAUDIT_HOME", str(link))
    r = runner.invoke(app, ["forget", "--yes"])
    assert r.exit_code == 2 and "symbolic link" in r.output and (real / "keep.txt").exists()


def test_forget_removes_links_inside_without_following(selfaudit_home: Path, own_tmp: Path, tmp_path: Path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "a.txt").write_text("keep")
    (selfaudit_home / "reports").mkdir()
    (selfaudit_home / "reports" / "link").symlink_to(precious)
    r = runner.invoke(app, ["forget", "--yes"])
    assert r.exit_code == 0 and not selfaudit_home.exists() and (precious / "a.txt").read_text() == "keep"
