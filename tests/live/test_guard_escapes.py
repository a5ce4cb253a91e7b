"""Issue 11: a hostile page on the allowed origin tries every way out; nothing reaches the other host.

The platform is one 127.0.0.1 origin; "elsewhere" is another port on 127.0.0.1 with a TCP
listener (HTTP) and a UDP socket on the same port that record anything arriving. The
allowlist is origin-based (scheme + host + port), so the second port is another host.
"""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from selfaudit.adapters.browser import Allowlist
from selfaudit.adapters.live.spec import LIVE_PLATFORMS, load_spec

pytestmark = pytest.mark.browser

DENY = [r"^/logout\b", r"^/settings/toggle"]


class _Recorder(ThreadingHTTPServer):
    """The other host: counts every TCP connection (preconnects and TURN included), every HTTP request."""

    daemon_threads = True

    def __init__(self):
        self.connections: list[tuple] = []
        self.paths: list[str] = []
        self.datagrams: list[bytes] = []
        rec = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                rec.paths.append(self.path)
                self.send_response(200)
                self.send_header("Access-Control-Allow-Origin", "*")
                self.end_headers()

            def log_message(self, *a):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.port = self.server_address[1]
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", self.port))  # STUN goes here
        self.udp.settimeout(0.2)
        threading.Thread(target=self.serve_forever, daemon=True).start()
        threading.Thread(target=self._udp_loop, daemon=True).start()

    def get_request(self):
        conn, addr = super().get_request()
        self.connections.append(addr)
        return conn, addr

    def _udp_loop(self):
        while self.udp.fileno() != -1:
            try:
                self.datagrams.append(self.udp.recvfrom(4096)[0])
            except OSError:
                continue

    def reached(self) -> bool:
        return bool(self.connections or self.paths or self.datagrams)

    def stop(self):
        self.shutdown()
        self.server_close()
        self.udp.close()


def _escape_page(other: str, port: int) -> str:
    return f"""<!doctype html><html><head>
<link rel="preconnect" href="{other}"><link rel="dns-prefetch" href="{other}">
</head><body>
<img src="/moved.png">
<a id="logout" href="/logout">Log out</a>
<form id="toggle" method="get" action="/settings/audience"><input name="public" value="1"></form>
<script>
  try {{ new SharedWorker('/shared.js'); }} catch (e) {{}}
  try {{ new Worker('/dedicated.js'); }} catch (e) {{}}
  try {{ navigator.serviceWorker.register('/service.js').catch(() => {{}}); }} catch (e) {{}}
  try {{
    const pc = new RTCPeerConnection({{iceServers: [
      {{urls: 'stun:127.0.0.1:{port}'}},
      {{urls: 'turn:127.0.0.1:{port}?transport=tcp', username: 'u', credential: 'p'}}]}});
    pc.createDataChannel('x');
    pc.createOffer().then(o => pc.setLocalDescription(o));
  }} catch (e) {{}}
</script></body></html>"""


@pytest.fixture()
def hosts():
    other = _Recorder()
    other_url = f"http://127.0.0.1:{other.port}"
    platform_paths: list[str] = []

    class Platform(BaseHTTPRequestHandler):
        def do_GET(self):
            platform_paths.append(self.path)
            redirects = {"/moved.png": other_url + "/stolen.png", "/hop": "/hop2", "/hop2": other_url + "/navstolen",
                         "/to-logout": "/logout"}
            if self.path in redirects:
                self.send_response(302 if self.path != "/hop2" else 307)
                self.send_header("Location", redirects[self.path])
                self.end_headers()
                return
            scripts = {"/shared.js": f"fetch('{other_url}/shared-worker')", "/dedicated.js": f"fetch('{other_url}/dedicated-worker')"}
            if self.path in scripts:
                body, ctype = scripts[self.path].encode(), "text/javascript"
            else:
                body, ctype = _escape_page(other_url, other.port).encode(), "text/html"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    platform = ThreadingHTTPServer(("127.0.0.1", 0), Platform)
    platform.daemon_threads = True
    threading.Thread(target=platform.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{platform.server_address[1]}", other_url, other, platform_paths
    platform.shutdown()
    platform.server_close()
    other.stop()


def _wait_named(ctx, page, texts, timeout=6.0):
    """Wait (bounded) until the guard has named each of ``texts``: the page's escapes are asynchronous."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        blocked = "\n".join(ctx.blocked())
        if all(t in blocked for t in texts):
            return
        page.wait_for_timeout(100)


def _settle(page, other, seconds=1.0):
    """Give STUN retransmits, workers and late sockets time to try."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page.wait_for_timeout(100)


def test_every_escape_is_refused_and_named(browser, hosts):
    platform_url, _other_url, other, platform_paths = hosts
    ctx = browser.new_context(Allowlist.for_base_url(platform_url, ()), deny_paths=DENY)
    try:
        page = ctx.new_page()
        ctx.navigate(page, platform_url + "/", wait_until="load")
        port = str(other.port)
        _wait_named(ctx, page, [f"{port}/stolen.png", f"{port}/dedicated-worker", f"stun:127.0.0.1:{port}", "/shared.js"])
        # the page's own script submits a GET form; then someone clicks "Log out"
        # one at a time: a second navigation would cancel the first before it is even requested
        page.evaluate("document.getElementById('toggle').submit()")
        _wait_named(ctx, page, ["/settings/audience"])
        page.evaluate("document.getElementById('logout').click()")
        _wait_named(ctx, page, ["/logout"])
        page.evaluate("window.open('/popup-target')")  # a popup is a navigation the audit did not choose either
        _wait_named(ctx, page, ["/popup-target"])
        # refused page loads are dropped: the page being read stays, no error page replaces it
        assert page.url == platform_url + "/" and page.locator("#logout").count() == 1
        # a page the audit chose that redirects 302 -> 307 -> the other host; one that redirects to /logout
        for path in ("/hop", "/to-logout", "/logout"):
            with pytest.raises(Exception, match=r"ERR_BLOCKED_BY_CLIENT|ERR_ABORTED|interrupted"):
                ctx.navigate(page, platform_url + path, wait_until="load")
        _settle(page, other, 0.6)
    finally:
        ctx.close()

    assert not other.reached(), (other.connections, other.paths, other.datagrams)  # nothing arrived, not even a SYN
    assert not any(p.startswith(("/logout", "/settings/audience", "/navstolen", "/service.js", "/popup-target")) for p in platform_paths), platform_paths
    blocked = "\n".join(ctx.blocked())
    named = {
        "redirected image": f"{port}/stolen.png",
        "redirected navigation (302 -> 307)": f"{port}/navstolen",
        "dedicated worker fetch": f"{port}/dedicated-worker",
        "SharedWorker": "/shared.js — sharedworker switched off",
        "WebRTC STUN (UDP)": f"stun:127.0.0.1:{port} — webrtc",
        "WebRTC TURN (TCP)": f"turn:127.0.0.1:{port}?transport=tcp — webrtc",
        "preconnect": f"{port}/ — preconnect hint",
        "scripted GET form": "/settings/audience — a navigation the audit did not choose",
        "logout link clicked": "/logout — ",
        "redirect to the logout page": "/logout — ",
        "popup": "/popup-target — a navigation the audit did not choose",
    }
    missing = [what for what, text in named.items() if text not in blocked]
    assert not missing, f"not named: {missing}\n{blocked}"


def test_the_network_layer_holds_without_the_page_script(browser, hosts, monkeypatch):
    """Defence in depth: with the init script gone, the flags and the refusing proxy still stop WebRTC and preconnects."""
    import selfaudit.adapters.browser as bmod

    platform_url, _other_url, other, _ = hosts
    monkeypatch.setattr(bmod, "GUARD_INIT_JS", "")
    ctx = browser.new_context(Allowlist.for_base_url(platform_url, ()))
    try:
        page = ctx.new_page()
        ctx.navigate(page, platform_url + "/", wait_until="load")
        assert page.evaluate("typeof RTCPeerConnection") == "function"  # the real one this time
        _wait_named(ctx, page, [f"127.0.0.1:{other.port}/ — network layer", f"{other.port}/stolen.png"])
        _settle(page, other, 0.5)  # STUN would have been sent by now
    finally:
        ctx.close()
    assert not other.reached(), (other.connections, other.paths, other.datagrams)
    blocked = "\n".join(ctx.blocked())
    # TURN over TCP went to the refusing proxy (CONNECT); STUN over UDP was never sent (no datagram above)
    assert f"127.0.0.1:{other.port}/ — network layer: a connection to a host off the allowlist (CONNECT)" in blocked, blocked
    assert f"127.0.0.1:{other.port}/stolen.png — redirect hop" in blocked, blocked


def test_navigation_the_audit_chose_passes_and_nothing_is_blocked(browser, hosts):
    platform_url, _other_url, _other, platform_paths = hosts
    ctx = browser.new_context(Allowlist.for_base_url(platform_url, ()), deny_paths=DENY)
    try:
        page = ctx.new_page()
        ctx.navigate(page, platform_url + "/plain", wait_until="domcontentloaded")
        assert page.url == platform_url + "/plain"
    finally:
        ctx.close()
    assert "/plain" in platform_paths


def test_login_contexts_have_no_navigation_lock(browser, hosts):
    """Logging in is the person's own browsing: links work there (hosts and methods still guarded)."""
    platform_url, _other_url, _other, _platform_paths = hosts
    ctx = browser.new_context(Allowlist.for_base_url(platform_url, ()), read_only=False)
    try:
        page = ctx.new_page()
        page.goto(platform_url + "/")
        with page.expect_navigation():
            page.evaluate("document.getElementById('toggle').submit()")
        assert "/settings/audience" in page.url
    finally:
        ctx.close()


@pytest.mark.parametrize("platform", LIVE_PLATFORMS)
def test_each_platform_has_a_deny_list_with_its_logout(platform):
    from selfaudit.adapters.guard import compile_deny, denied

    spec = load_spec(platform)
    assert spec.deny_get_paths, platform
    deny = compile_deny(spec.deny_get_paths)
    assert any(denied(deny, u) for u in ("https://x/logout", "https://x/logout.php", "https://x/accounts/logout/",
                                          "https://x/m/logout/", "https://x/logout?x=1"))
    assert denied(deny, "https://x/settings/privacy") is None  # reading settings pages stays allowed


def test_deny_list_data_must_compile():
    from pydantic import ValidationError

    from selfaudit.adapters.live.spec import PlatformSpec

    data = load_spec("x").model_dump()
    data["deny_get_paths"] = ["(unclosed"]
    with pytest.raises(ValidationError):
        PlatformSpec.model_validate(data)


def test_a_live_audit_lists_what_the_guard_refused_in_the_report(browser, hosts, tmp_path):
    """End to end: the adapter reads a hostile 'home page'; provenance and report.json name every refusal."""
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.analysis import Analysis
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.render.json import report_dict
    from selfaudit.snapshot import Snapshot

    platform_url, _other_url, other, _platform_paths = hosts
    spec = load_spec("facebook").model_copy(update={"deny_get_paths": DENY, "max_pages": 3, "settings": []})
    acct = LiveAdapter(browser, spec, platform_url, storage_state=None, out_dir=tmp_path).collect()
    blocked = acct.provenance.blocked_requests
    port = str(other.port)
    assert any(f"{port}/stolen.png" in b for b in blocked), blocked
    assert any(f"stun:127.0.0.1:{port}" in b for b in blocked), blocked
    assert not other.reached()
    assert acct.provenance.missing  # the page was not a Facebook page: gaps recorded, never a pass
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), Analysis())
    assert report_dict(ev)["accounts"][0]["blocked_requests"] == blocked
    from selfaudit.render.html import render_html

    assert f"127.0.0.1:{port}/stolen.png" in render_html(ev)


def test_the_page_the_audit_chose_is_recognised_however_it_is_encoded():
    from selfaudit.adapters.browser import _same_page

    assert _same_page("http://127.0.0.1:5/x/Zoë Smith?q=a b#top", "http://127.0.0.1:5/x/Zo%C3%AB%20Smith?q=a%20b")
    assert _same_page("https://WWW.facebook.com", "https://www.facebook.com/")
    assert not _same_page("https://www.facebook.com/me", "https://www.facebook.com/logout")
    assert not _same_page("https://www.facebook.com/me?tab=a", "https://www.facebook.com/me?tab=b")


def test_deny_list_paths_are_relative_to_a_replica_prefix():
    from selfaudit.adapters.guard import compile_deny, denied

    deny = compile_deny([r"^/logout\b"])
    assert denied(deny, "http://127.0.0.1:5/facebook/logout", "/facebook")
    assert denied(deny, "https://www.facebook.com/logout")
    assert not denied(deny, "http://127.0.0.1:5/facebook/logouts", "/facebook")
    assert not denied(deny, "http://127.0.0.1:5/facebook/me", "/facebook")


def test_proxy_bypass_is_the_allowlist():
    a = Allowlist.for_base_url("http://127.0.0.1:5000/facebook", ["facebook.com"])
    assert a.proxy_bypass() == "127.0.0.1:5000,.127.0.0.1"  # that port only, for Chromium
    b = Allowlist.for_base_url("https://www.facebook.com", ["facebook.com", "fbcdn.net"])
    assert b.proxy_bypass() == "facebook.com,.facebook.com,fbcdn.net,.fbcdn.net"


def test_a_read_needing_a_cors_preflight_still_works(browser, hosts):
    """Platforms read their API on another allowed host with custom headers: the preflight must pass."""
    platform_url, _other_url, _other, _platform_paths = hosts
    api_hits: list[tuple[str, str]] = []

    class Api(BaseHTTPRequestHandler):
        def _cors(self):
            self.send_header("Access-Control-Allow-Origin", platform_url)
            self.send_header("Access-Control-Allow-Headers", "x-read")

        def do_OPTIONS(self):
            api_hits.append(("OPTIONS", self.path))
            self.send_response(204)
            self._cors()
            self.end_headers()

        def do_GET(self):
            api_hits.append(("GET", self.path))
            self.send_response(200)
            self._cors()
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"read ok")

        def log_message(self, *a):
            pass

    api = ThreadingHTTPServer(("127.0.0.1", 0), Api)
    threading.Thread(target=api.serve_forever, daemon=True).start()
    api_url = f"http://127.0.0.1:{api.server_address[1]}"
    try:
        ctx = browser.new_context(Allowlist(origins=frozenset({platform_url, api_url})))
        page = ctx.new_page()
        ctx.navigate(page, platform_url + "/plain", wait_until="domcontentloaded")
        got = page.evaluate("u => fetch(u, {headers: {'x-read': '1'}}).then(r => r.text()).catch(e => String(e))",
                            api_url + "/api/posts")
        ctx.close()
    finally:
        api.shutdown()
        api.server_close()
    assert got == "read ok", (got, api_hits, ctx.blocked())
    assert ("GET", "/api/posts") in api_hits
