from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def browser(browser):
    """selfaudit's Browser for the whole session, on the session's one Playwright driver.

    Playwright's sync API allows one driver per thread, and tests/conftest.py starts one for
    the session's shared Chromium: selfaudit (and the CLI commands run in-process) adopt it.
    """
    from selfaudit.adapters.browser import Browser, adopt_playwright

    try:
        from playwright._impl._sync_base import mapping

        adopt_playwright(mapping.from_impl(browser._impl_obj._browser_type._playwright))
    except (ImportError, AttributeError):  # pragma: no cover - Playwright internals moved
        pass
    br = Browser().start()
    yield br
    br.close()


@pytest.fixture(scope="session")
def replicas_mod():
    return pytest.importorskip("selfaudit.replicas", reason="the replica platforms are not merged in yet")
