"""Shared fixtures: an isolated selfaudit home for every test, and one real Chromium per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def selfaudit_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own SELFAUDIT_HOME; nothing touches the real home or data dirs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SELFAUDIT_HOME", str(home))
    monkeypatch.delenv("SELFAUDIT_POLICY", raising=False)
    return home


def chromium_executable() -> str | None:
    for cand in (os.environ.get("SELFAUDIT_BROWSER"), "/usr/bin/chromium", shutil.which("chromium"), shutil.which("google-chrome")):
        if cand and Path(cand).exists():
            return cand
    return None


CHROMIUM_ARGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session (launching one per test is slow)."""
    from playwright.sync_api import sync_playwright

    exe = chromium_executable()
    if exe is None:
        pytest.fail("No Chromium found: install Debian's 'chromium' (apt-get install chromium) or set SELFAUDIT_BROWSER.")
    args = list(CHROMIUM_ARGS) + (["--no-sandbox"] if os.geteuid() == 0 else [])
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=args)
        yield b
        b.close()
