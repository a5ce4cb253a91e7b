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
