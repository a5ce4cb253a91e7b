from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def browser():
    """One real Chromium for the whole session (Playwright, /usr/bin/chromium or as discovered)."""
    from selfaudit.adapters.browser import Browser

    br = Browser().start()
    yield br
    br.close()


@pytest.fixture(scope="session")
def replicas_mod():
    return pytest.importorskip("selfaudit.replicas", reason="the replica platforms are not merged in yet")
