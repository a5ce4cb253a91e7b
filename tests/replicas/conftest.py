"""Fixtures for the replica tests: one Chromium per test session, one server per persona."""

from __future__ import annotations

import pytest

from selfaudit.replicas import SPECS, ReplicaServer

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the replica tests (SELFAUDIT_HOME is set per test in tests/conftest.py).

    Playwright's sync API allows one driver per thread, and the live adapters keep a shared
    one (selfaudit.adapters.browser) alive across the session: use it when it exists, so the
    order in which test folders run does not matter.
    """
    try:
        from selfaudit.adapters.browser import _acquire_playwright, _release_playwright
    except ImportError:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield b
            b.close()
        return
    pw = _acquire_playwright()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
    finally:
        _release_playwright()


@pytest.fixture(scope="session", autouse=True)
def _media_cache(tmp_path_factory):
    """Generated persona photos go to a temporary cache, not the user's temp folder."""
    mp = pytest.MonkeyPatch()
    mp.setenv("SELFAUDIT_REPLICA_CACHE", str(tmp_path_factory.mktemp("replica-media")))
    yield
    mp.undo()


@pytest.fixture(scope="module")
def high_risk():
    with ReplicaServer("high-risk") as srv:
        yield srv


@pytest.fixture(scope="module")
def compliant():
    with ReplicaServer("compliant") as srv:
        yield srv


@pytest.fixture(scope="module")
def typical():
    with ReplicaServer("typical") as srv:
        yield srv


class Visit:
    """A fresh browser context that records every URL the page requests."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.set_default_timeout(5000)
        self.requests: list[tuple[str, str]] = []
        self.context.on("request", lambda r: self.requests.append((r.method, r.url)))
        self.page = self.context.new_page()

    def accept_cookies(self):
        dlg = self.page.get_by_role("dialog").filter(has=self.page.locator("[data-consent]"))
        if dlg.count():
            dlg.get_by_role("button").first.click()

    def login(self, srv: ReplicaServer, platform: str):
        spec = SPECS[platform]
        user, password = srv.credentials(platform)
        self.page.goto(srv.login_url(platform))
        self.accept_cookies()
        self.page.get_by_label(spec.login_label, exact=True).fill(user)
        self.page.get_by_label(spec.password_label, exact=True).fill(password)
        self.page.get_by_role("button", name=spec.login_button, exact=True).click()
        self.page.wait_for_load_state()

    def as_owner(self, srv: ReplicaServer, platform: str):
        """Log in without the form (a valid session cookie) and pre-accept cookies."""
        self.context.add_cookies([
            srv.session_cookie(platform),
            {"name": f"{platform}_consent", "value": "essential", "url": srv.base_url(platform) + "/"},
        ])

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    made: list[Visit] = []

    def make() -> Visit:
        v = Visit(browser)
        made.append(v)
        return v

    yield make
    for v in made:
        v.close()
