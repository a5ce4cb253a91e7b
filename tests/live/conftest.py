from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def browser():
    """selfaudit's Browser for the whole session.

    Playwright's sync API allows one driver per thread: selfaudit.adapters.browser keeps one,
    reference-counted, which tests/conftest.py and the CLI commands run in-process share.
    """
    from selfaudit.adapters.browser import Browser

    br = Browser().start()
    yield br
    br.close()


@pytest.fixture(scope="session")
def replicas_mod():
    return pytest.importorskip("selfaudit.replicas", reason="the replica platforms are not merged in yet")


@pytest.fixture
def logged_in(srv, browser, tmp_path, monkeypatch):
    """A saved session for a platform at the module's replica server (``srv``), as `selfaudit login` would leave it."""
    from selfaudit.adapters.sessions import SessionStore, login_with_credentials

    monkeypatch.setenv("SELFAUDIT_HOME", str(tmp_path / "home"))

    def login(platform):
        state = login_with_credentials(browser, platform, srv.base_url(platform), *srv.credentials(platform))
        SessionStore().save(platform, srv.base_url(platform), state)

    return login
