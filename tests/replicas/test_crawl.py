"""Every link on every replica page answers without a server error (owner and stranger)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from selfaudit.replicas import PERSONAS, PLATFORMS, ReplicaServer

HREF = re.compile(r'(?:href|src|data-src|data-more|action)="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def crawl(srv: ReplicaServer, platform: str, cookie: str | None, limit: int = 150) -> dict[str, int]:
    opener = urllib.request.build_opener(NoRedirect)
    base = srv.base_url(platform)
    todo, seen = [srv.profile_url(platform), *srv.settings_urls(platform)], {}
    while todo and len(seen) < limit:
        url = todo.pop()
        if url in seen:
            continue
        req = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
        try:
            resp = opener.open(req)
            status, body, loc = resp.status, resp.read(), None
        except urllib.error.HTTPError as exc:
            status, body, loc = exc.code, b"", exc.headers.get("Location")
        seen[url] = status
        if loc:
            todo.append(urljoin(url, loc))
        if status == 200 and body[:20].lstrip().lower().startswith(b"<!doctype html"):
            for link in HREF.findall(body.decode("utf-8")):
                nxt = urljoin(url, unescape(link))
                if nxt.startswith(base + "/") and "/media/" not in nxt and "logout" not in nxt:
                    todo.append(nxt.split("#")[0])
    return seen


@pytest.mark.parametrize("persona", PERSONAS)
def test_no_broken_pages(persona):
    with ReplicaServer(persona) as srv:
        for platform in PLATFORMS:
            c = srv.session_cookie(platform)
            for cookie in (f"{c['name']}={c['value']}", None):
                seen = crawl(srv, platform, cookie)
                assert len(seen) > 5, (platform, seen)
                bad = {u: s for u, s in seen.items() if s >= 500}
                assert not bad, bad
                assert all(urlsplit(u).hostname == "127.0.0.1" for u in seen)
