from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    return tmp_path / "out"


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    from selfaudit.adapters.browser import Browser

    br = Browser().start()
    yield br
    br.close()


@pytest.fixture(scope="module")
def page_server():  # type: ignore[no-untyped-def]
    """Serves the pages a test puts in its ``pages`` dict on 127.0.0.1: path → HTML, or path →
    (content type, bytes) for anything else (a photo)."""
    import http.server
    import threading

    pages: dict[str, str | tuple[str, bytes]] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            ctype, data = body if isinstance(body, tuple) else ("text/html; charset=utf-8", (body or "not found").encode())
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *a: object) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", pages
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def high_risk_replica():  # type: ignore[no-untyped-def]
    """The high-risk persona's replica platforms, served locally for one test module."""
    from selfaudit.replicas import ReplicaServer

    with ReplicaServer(persona="high-risk") as srv:
        yield srv


def collect_live(srv, browser, platform: str, out_dir: Path, *, max_posts: int, max_photos: int):  # type: ignore[no-untyped-def]
    """Log in to a replica platform and run the live adapter with the given bounds (real Chromium)."""
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.adapters.live.spec import load_spec
    from selfaudit.adapters.sessions import login_with_credentials

    state = login_with_credentials(browser, platform, srv.base_url(platform), *srv.credentials(platform))
    return LiveAdapter(browser, load_spec(platform), srv.base_url(platform), storage_state=state, out_dir=out_dir,
                       max_posts=max_posts, max_photos=max_photos).collect()


@contextmanager
def opened_page(page_server, browser, out_dir: Path, platform: str, path: str, html: str) -> Iterator[tuple[Any, Any]]:  # type: ignore[no-untyped-def]
    """The page served by ``page_server`` and opened in real Chromium, with a live adapter for it."""
    from selfaudit.adapters.browser import Allowlist
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.adapters.live.page import LivePage
    from selfaudit.adapters.live.spec import shipped_spec

    base, pages = page_server
    pages[path] = html
    ctx = browser.new_context(Allowlist.for_base_url(base, []))
    try:
        lp = LivePage(ctx, shipped_spec(platform), base, pacing_s=0)
        lp.goto(base + path)
        yield lp, LiveAdapter(browser, lp.spec, lp.base_url, storage_state=None, out_dir=out_dir)
    finally:
        ctx.close()


def parse_first(page_server, browser, out_dir: Path, platform: str, path: str, html: str, *,  # type: ignore[no-untyped-def]
                name: str | None = None, handle: str | None = None, article: str = "article") -> list[Any]:
    """What the live adapter reads from the page's first post element, auditing the account (name, handle)."""
    with opened_page(page_server, browser, out_dir, platform, path, html) as (lp, adapter):
        adapter.owner_name, adapter.handle = name, handle
        return list(adapter._parse_article(lp, lp.page.locator(article).first, 0, page_comments=False))


def bio_finding(bio: str, accepted: dict[str, Any] | None = None):  # type: ignore[no-untyped-def]
    """(evaluation, the bio-disclaimer finding) for an X account whose bio is ``bio``."""
    from selfaudit.analysis import build_analysis
    from selfaudit.config import Config
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Account, AccountSnapshot, Profile, Provenance, Snapshot

    acct = AccountSnapshot(account=Account(platform="x", handle="jo"), profile=Profile(bio=bio), provenance=Provenance(source="fixture"))
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()), accepted=accepted)
    [f] = [f for f in ev.findings if f.check == "bio_disclaimer_missing"]
    return ev, f


def post_finding(text: str, accepted: dict[str, Any] | None = None):  # type: ignore[no-untyped-def]
    """(evaluation, the flagged or accepted finding) for one friends-only X post ``text``."""
    from selfaudit.analysis import build_analysis
    from selfaudit.config import Config
    from selfaudit.evaluate import evaluate
    from selfaudit.findings import Status
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Account, AccountSnapshot, Audience, Post, Provenance, Snapshot

    acct = AccountSnapshot(account=Account(platform="x", handle="jo"), provenance=Provenance(source="fixture"),
                           posts=[Post(id="p1", text=text, audience=Audience.FRIENDS)])
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()), accepted=accepted)
    [f] = [f for f in ev.findings if f.item == "post:p1" and f.status in (Status.FAIL, Status.REVIEW, Status.ACCEPTED)]
    return ev, f
