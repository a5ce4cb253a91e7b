"""Shared fixtures: an isolated selfaudit home for every test, and one real Chromium per session."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Before any fixture (module-scoped ones too): a throwaway home and no real keyring, so
    nothing a test runs can reach the person's own selfaudit folder or keyring."""
    import os
    import tempfile

    os.environ["SELFAUDIT_HOME"] = tempfile.mkdtemp(prefix="selfaudit-test-home-")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


@pytest.fixture(autouse=True)
def selfaudit_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own SELFAUDIT_HOME; nothing touches the real home or data dirs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SELFAUDIT_HOME", str(home))
    monkeypatch.delenv("SELFAUDIT_POLICY", raising=False)
    # Never the person's real keyring: sessions are stored unencrypted unless a test sets its own.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return home


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session, on the one shared Playwright driver.

    Playwright's sync API allows one driver per thread; the live adapters keep a shared,
    reference-counted one, so every test folder uses it and the order folders run in does not
    matter.
    """
    from selfaudit.adapters.browser import _acquire_playwright, _release_playwright, find_browser, launch_args

    pw = _acquire_playwright()
    try:
        b = pw.chromium.launch(executable_path=str(find_browser()), args=launch_args())
        yield b
        b.close()
    finally:
        _release_playwright()
