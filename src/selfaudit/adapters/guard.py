"""The layers of the live guard that sit below Playwright's request routing.

``context.route`` (browser.py) sees the requests a page makes, but not redirect hops, not
SharedWorkers, not preconnects and not WebRTC. These layers catch what it cannot:

- ``RefusingProxy``: every guarded context is given a proxy that refuses everything, with the
  allowlist as the bypass list. Whatever Chromium would send to a host off the allowlist —
  a redirect hop, a worker's fetch, a preconnect, a TURN-over-TCP connection — goes to this
  proxy instead, which records it and answers 403. Hosts off the allowlist are not even
  looked up in DNS (the proxy would do that).
- ``NetworkInterceptor``: Chromium's own request interception (CDP ``Fetch``) on the browser
  target, so every request of every page and worker, each redirect hop included, is checked
  against the open contexts' rules before it is sent.
- ``GUARD_INIT_JS``: removes WebRTC, WebTransport and SharedWorker from every page, and
  removes resource hints (preconnect, dns-prefetch, prefetch, prerender), reporting them.
"""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

# Chromium switches for the guard: WebRTC may only use a proxy (ours refuses), no DNS
# prefetching, no SharedWorker (Playwright's routing does not see its requests).
GUARD_ARGS = (
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--dns-prefetch-disable",
    "--disable-blink-features=SharedWorker",
)

# Features Playwright itself disables. A second --disable-features switch may replace the
# first one, so ours repeats these (whichever wins, both lists hold), plus prerendering.
PLAYWRIGHT_DISABLED_FEATURES = (
    "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable", "LensOverlay", "PaintHolding", "ThirdPartyStoragePartitioning",
    "AvoidCorsURLLoaderRestartOnRedirect", "NetworkTimeServiceQuerying", "AimEnabled", "PreconnectToSearch",
)
GUARD_DISABLED_FEATURES = ("Prerender2",)

HINT_BINDING = "__selfauditHint"

# Runs in every frame before the page's own scripts. The network layers stop what these
# APIs would send anyway; removing them keeps pages from even trying.
GUARD_INIT_JS = r"""
(() => {
  const report = window.%(binding)s;
  const tell = (kind, url) => { try { report && report(kind, String(url).slice(0, 2000)); } catch (e) {} };
  const refuse = (name, urlsOf) => function () {
    for (const u of urlsOf(arguments)) tell(name, u);
    throw new DOMException(name + ' is switched off during a selfaudit audit', 'NotAllowedError');
  };
  const iceUrls = (args) => {
    const out = [];
    for (const s of ((args[0] || {}).iceServers || [])) out.push(...[].concat(s.urls || s.url || []));
    return out.length ? out : ['(no ICE servers)'];
  };
  const abs = (args) => { try { return [new URL(args[0], location.href).href]; } catch (e) { return [String(args[0])]; } };
  const stubs = {RTCPeerConnection: refuse('webrtc', iceUrls), webkitRTCPeerConnection: refuse('webrtc', iceUrls),
                 SharedWorker: refuse('sharedworker', abs), WebTransport: refuse('webtransport', abs)};
  for (const k of ['RTCDataChannel', 'RTCIceTransport', 'RTCDtlsTransport', 'RTCSctpTransport']) stubs[k] = undefined;
  for (const [k, v] of Object.entries(stubs)) {
    // writable: a page's own shim that wraps it keeps working (and still wraps the stub)
    try { Object.defineProperty(window, k, {value: v, writable: true, configurable: true}); } catch (e) {}
  }
  const hint = /(^|\s)(preconnect|dns-prefetch|prefetch|prerender)(\s|$)/i;
  const strip = (el) => {
    if (el.tagName === 'LINK' && hint.test(el.rel || '')) {
      const what = (el.rel || '').toLowerCase().trim(), href = el.href;
      el.remove();
      tell(what, href);
    }
  };
  new MutationObserver((muts) => {
    for (const m of muts) for (const n of m.addedNodes) {
      if (n.nodeType !== 1) continue;
      strip(n);
      if (n.querySelectorAll) for (const l of n.querySelectorAll('link[rel]')) strip(l);
    }
  }).observe(document, {childList: true, subtree: true});
})();
""" % {"binding": HINT_BINDING}  # noqa: UP031 - the script is full of braces; %-format leaves them alone


def where(url: str) -> str:
    """host[:port]/path of a URL — what the report names (no query: it can hold tokens)."""
    try:
        s = urlsplit(url)
    except ValueError:  # an address the page gave that cannot be parsed ("http://[oops"): named as given
        return url.split("?", 1)[0][:200]
    if not s.netloc:
        return url[:200]
    return f"{s.netloc}{s.path or '/'}"[:200]


class RefusingProxy:
    """A local 'proxy' that refuses every request and records what it was asked for.

    Chromium sends here only what the bypass list (the allowlist) does not cover. Each
    connection's first line names the request (``GET http://host/path`` or ``CONNECT
    host:port``); a connection with no request is a preconnect.
    """

    def __init__(self, on_refused: Callable[[str, str], None]):
        self._on_refused = on_refused
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(32)
        self.port = self._sock.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._serve, name="selfaudit-refusing-proxy", daemon=True).start()

    @property
    def server(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._refuse, args=(conn,), daemon=True).start()

    def _refuse(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(0.5)
            try:
                first = conn.recv(2048).split(b"\r\n", 1)[0].decode("latin-1")
            except OSError:
                first = ""
            parts = first.split()
            if len(parts) >= 2 and parts[0] == "CONNECT":
                self._on_refused("//" + parts[1][:200], "network layer: a connection to a host off the allowlist (CONNECT)")
            elif len(parts) >= 2:
                self._on_refused(parts[1][:2000], f"network layer: {parts[0][:10]} to a host off the allowlist")
            else:
                self._on_refused("(unnamed host)", "network layer: an idle connection to a host off the allowlist (a preconnect)")
            try:
                conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                pass
        finally:
            conn.close()

    def close(self) -> None:
        self._closed = True
        try:
            self._sock.close()
        except OSError:
            pass


def proxy_bypass(origins: Iterable[str], host_suffixes: Iterable[str]) -> str:
    """The allowlist as a proxy bypass list, read by Chromium and by Playwright's own requests.

    Chromium: ``host:port`` matches that origin's host and port; ``.host`` its subdomains.
    Playwright's API requests (Node) match by host suffix only, so ``.127.0.0.1`` lets
    ``context.request`` reach a replica (those fetches check the allowlist themselves) while
    for Chromium it matches nothing (no host ends in ``.127.0.0.1``).
    """
    rules: list[str] = []
    for o in origins:
        s = urlsplit(o)
        port = s.port or (443 if s.scheme == "https" else 80)
        host = s.hostname or ""
        rules.append(f"[{host}]:{port}" if ":" in host else f"{host}:{port}")
        rules.append("." + host)
    for h in host_suffixes:
        rules += [h, "." + h]
    return ",".join(dict.fromkeys(rules))


class NetworkInterceptor:
    """Chromium's request interception on the browser target: every request of every page,
    worker and redirect hop is paused, checked with ``decide`` and then sent or failed.

    ``decide(method, url, resource_type, is_redirect)`` returns None (allow) or the reason.
    """

    def __init__(self, browser: Any, decide: Callable[[str, str, str, bool], str | None]):
        self._decide = decide
        self._cdp = browser.new_browser_cdp_session()
        self._cdp.on("Fetch.requestPaused", self._paused)
        self._cdp.send("Fetch.enable", {"patterns": [{"urlPattern": "*", "requestStage": "Request"}]})

    def _paused(self, ev: dict[str, Any]) -> None:
        req = ev.get("request") or {}
        try:
            reason = self._decide(req.get("method", "GET"), req.get("url", ""), str(ev.get("resourceType", "")).lower(),
                                  bool(ev.get("redirectedRequestId")))
        except Exception as exc:  # never leave a request paused, and fail closed
            reason = f"guard error: {type(exc).__name__}"
        try:
            if reason:  # a refused page load is dropped, so no error page replaces the page being read
                why = "Aborted" if str(ev.get("resourceType")) == "Document" else "BlockedByClient"
                self._cdp.send("Fetch.failRequest", {"requestId": ev["requestId"], "errorReason": why})
            else:
                self._cdp.send("Fetch.continueRequest", {"requestId": ev["requestId"]})
        except Exception:  # the page or browser closed meanwhile
            pass

    def close(self) -> None:
        try:
            self._cdp.detach()
        except Exception:
            pass


def compile_deny(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def denied(deny: Iterable[re.Pattern[str]], url: str, base_path: str = "") -> str | None:
    """The deny-list pattern a URL's path (and query) matches, if any; paths are read relative
    to ``base_path`` (a replica's /<platform>) when they lie under it."""
    s = urlsplit(url)
    path = s.path or "/"
    if base_path and (path == base_path or path.startswith(base_path + "/")):
        path = path[len(base_path):] or "/"
    target = path + (f"?{s.query}" if s.query else "")
    for rx in deny:
        if rx.search(target):
            return rx.pattern
    return None
