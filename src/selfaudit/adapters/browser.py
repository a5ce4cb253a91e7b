"""Find a Chromium-family browser, launch it privately, and give out guarded contexts.
(Over 500 lines on purpose: the request guard is security code, read and reviewed as one piece.)

Privacy by design, in layers (see SECURITY-guard.md): every context routes its requests
through ``_guard``, which aborts any request to a host outside the platform's allowlist (for
the local replicas: only their 127.0.0.1 origin), any path on the platform's deny-list of
state-changing GETs and, in read-only contexts, any method other than GET/HEAD and any
main-frame navigation the audit did not choose. Below that (guard.py) a refusing proxy takes
whatever Chromium would send off the allowlist (redirect hops, workers, preconnects, WebRTC
over TCP), Chromium's own interception checks every request and redirect hop, and WebRTC,
SharedWorker, service workers, resource hints and downloads are off. Each context keeps a
request log for tests and the report's provenance, blocked requests included.
"""

from __future__ import annotations

import glob
import ipaddress
import os
import platform as _platform
import shutil
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..errors import BrowserNotFoundError, SelfauditError
from .guard import (
    GUARD_ARGS,
    GUARD_DISABLED_FEATURES,
    GUARD_INIT_JS,
    HINT_BINDING,
    PLAYWRIGHT_DISABLED_FEATURES,
    NetworkInterceptor,
    RefusingProxy,
    compile_deny,
    denied,
    proxy_bypass,
    where,
)

ENV_VAR = "SELFAUDIT_BROWSER"

# Chromium switches that stop the browser talking to Google/Microsoft on its own.
PRIVATE_ARGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-domain-reliability",
    "--disable-breakpad",
    "--metrics-recording-only",
    "--disable-client-side-phishing-detection",
    "--disable-default-apps",
    "--no-pings",
    "--disable-features=" + ",".join((
        "Translate", "OptimizationHints", "MediaRouter", "DialMediaRouteProvider", "AutofillServerCommunication",
        *PLAYWRIGHT_DISABLED_FEATURES, *GUARD_DISABLED_FEATURES)),
    *GUARD_ARGS,
)

_INSTALL_HINT = (
    "Install Chromium or Google Chrome (Debian/Ubuntu: sudo apt install chromium; macOS: "
    "brew install --cask chromium or Google Chrome; Windows: Google Chrome or Microsoft Edge), "
    "or run `playwright install chromium` where downloads are allowed; or point selfaudit at a "
    f"browser with --browser PATH or the {ENV_VAR} environment variable."
)


def _playwright_cache_dirs() -> list[Path]:
    dirs: list[Path] = []
    env = os.environ.get("PLAYWRIGHT_BROWSERS_PATH")
    if env and env != "0":
        dirs.append(Path(env))
    home = Path.home()
    dirs += [
        home / ".cache" / "ms-playwright",  # Linux
        home / "Library" / "Caches" / "ms-playwright",  # macOS
    ]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "ms-playwright")  # Windows
    return dirs


def _playwright_candidates() -> list[Path]:
    pats = (
        "chromium-*/chrome-linux/chrome",
        "chromium-*/chrome-linux64/chrome",
        "chromium-*/chrome-mac/Chromium.app/Contents/MacOS/Chromium",
        "chromium-*/chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium",
        "chromium-*/chrome-win/chrome.exe",
        "chromium-*/chrome-win64/chrome.exe",
    )
    found: list[Path] = []
    for d in _playwright_cache_dirs():
        for pat in pats:
            # newest revision first
            found += sorted((Path(p) for p in glob.glob(str(d / pat))), reverse=True)
    return found


def _system_candidates() -> list[Path]:
    names = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "microsoft-edge-stable")
    found = [Path(p) for n in names if (p := shutil.which(n))]
    system = sys.platform
    if system.startswith("linux"):
        found += [Path(p) for p in (
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome",
            "/usr/bin/microsoft-edge", "/opt/microsoft/msedge/msedge",
        )]
    elif system == "darwin":
        for app in ("Google Chrome.app/Contents/MacOS/Google Chrome", "Chromium.app/Contents/MacOS/Chromium",
                    "Microsoft Edge.app/Contents/MacOS/Microsoft Edge"):
            found += [Path("/Applications") / app, Path.home() / "Applications" / app]
    elif system.startswith("win"):
        for base in filter(None, (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)"), os.environ.get("LOCALAPPDATA"))):
            found += [Path(base) / "Google/Chrome/Application/chrome.exe", Path(base) / "Chromium/Application/chrome.exe",
                      Path(base) / "Microsoft/Edge/Application/msedge.exe"]
    return found


def _usable(p: Path) -> bool:
    return p.is_file() and os.access(p, os.X_OK)


def find_browser(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The browser to drive: --browser PATH, then $SELFAUDIT_BROWSER, then Playwright's, then system ones."""
    for source, value in (("--browser", explicit), (ENV_VAR, os.environ.get(ENV_VAR))):
        if value:
            p = Path(value).expanduser()
            if not _usable(p):
                raise BrowserNotFoundError(f"The browser given by {source} ({p}) does not exist or is not executable.", _INSTALL_HINT)
            return p
    for p in _playwright_candidates() + _system_candidates():
        if _usable(p):
            return p
    raise BrowserNotFoundError("No Chromium, Chrome or Edge browser was found on this computer.", _INSTALL_HINT)


def launch_args() -> list[str]:
    args = list(PRIVATE_ARGS)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium refuses to start its sandbox as root
    return args


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def origin(url: str) -> str:
    s = urlsplit(url)
    return f"{s.scheme}://{s.netloc}"


@dataclass
class Allowlist:
    """Which requests a context may make: exact origins (replicas) or host suffixes (platforms)."""

    origins: frozenset[str] = frozenset()
    host_suffixes: tuple[str, ...] = ()
    base_path: str = ""  # a replica lives under /<platform>: deny-list paths are relative to it

    @classmethod
    def for_base_url(cls, base_url: str, platform_hosts: Iterable[str]) -> Allowlist:
        if is_loopback(base_url):
            return cls(origins=frozenset({origin(base_url)}), base_path=urlsplit(base_url).path.rstrip("/"))
        return cls(host_suffixes=tuple(h.lower().lstrip(".") for h in platform_hosts))

    def allows(self, url: str) -> bool:
        try:
            s = urlsplit(url)
        except ValueError:  # a page's link Chromium could not parse ("http://[oops") comes back raw: never allowed
            return False
        if s.scheme in ("data", "blob", "about"):
            return True
        if s.scheme not in ("http", "https"):
            return False
        if self.origins:
            return f"{s.scheme}://{s.netloc}" in self.origins
        host = (s.hostname or "").lower()
        return s.scheme == "https" and any(host == h or host.endswith("." + h) for h in self.host_suffixes)

    def proxy_bypass(self) -> str:
        return proxy_bypass(self.origins, self.host_suffixes)


def _same_page(a: str, b: str) -> bool:
    """Two URLs name the same page (the fragment, default path and host case aside)."""
    def key(u: str) -> tuple[str, str, str, str]:  # Chromium may percent-encode what the adapter wrote plainly
        s = urlsplit(u)
        return s.scheme.lower(), s.netloc.lower(), unquote(s.path or "/"), unquote(s.query)

    return key(a) == key(b)


@dataclass
class RequestRecord:
    method: str
    url: str
    resource_type: str
    blocked: str | None  # why it was aborted, or None
    time: float


_MAX_LOGGED = 100_000  # allowed requests kept in a context's log
_MAX_REFUSED = 5_000  # refused ones (each is listed in the report once per path)


@dataclass
class GuardedContext:
    """A Playwright BrowserContext plus its allowlist, deny-list and request log.

    In a read-only context the main frame may only load what ``navigate`` was asked for: a
    link clicked or a form submitted by the page's own script is refused.
    """

    context: Any
    allow: Allowlist
    read_only: bool
    log: list[RequestRecord] = field(default_factory=list)
    images: dict[str, Any] = field(default_factory=dict)  # url -> Response (captured image bodies)
    api: list[Any] = field(default_factory=list)  # JSON the page itself loaded (observed, never requested)
    deny: tuple[Any, ...] = ()  # compiled deny-list patterns (state-changing GET paths)
    intended: str | None = None  # the one main-frame URL the audit chose to open now
    proxy: RefusingProxy | None = None
    closed: bool = False
    _closing: bool = False
    on_close: Any = None
    _refused: int = 0
    _refused_unlisted: int = 0

    def new_page(self) -> Any:
        page = self.context.new_page()
        page.on("response", self._on_response)
        return page

    def navigate(self, page: Any, url: str, **kw: Any) -> Any:
        """Open ``url`` in ``page``: the only main-frame navigation allowed until the next one."""
        self.intended = url
        return page.goto(url, **kw)

    def _on_response(self, response: Any) -> None:
        try:
            if response.request.resource_type == "image" and response.ok:
                self.images[response.url] = response
            elif (response.request.resource_type in ("xhr", "fetch") and response.ok and len(self.api) < 100
                  and "json" in (response.headers.get("content-type") or "")):
                self.api.append(response)
        except Exception:  # pragma: no cover - a closed page mid-event
            pass

    def json_bodies(self) -> list[tuple[str, Any]]:
        """(url, parsed JSON) of the API responses observed so far; unreadable ones are skipped."""
        import json

        out = []
        for r in self.api:
            try:
                body = r.body()
                if len(body) <= 5 * 2**20:
                    out.append((r.url, json.loads(body)))
            except Exception:
                continue
        return out

    def record(self, method: str, url: str, resource_type: str, reason: str | None) -> None:
        # bounded, so a hostile page cannot grow it without limit; refusals have their own budget
        kept = self._refused if reason else len(self.log) - self._refused
        if kept < (_MAX_REFUSED if reason else _MAX_LOGGED):
            self.log.append(RequestRecord(method, url, resource_type, reason, time.time()))
            self._refused += bool(reason)
        elif reason:
            self._refused_unlisted += 1

    def check(self, method: str, url: str) -> str | None:
        """Why this request must not be sent (None: it may). The same rules at every layer."""
        if not self.allow.allows(url):
            return "host not on the platform's allowlist"
        # (CORS preflights pass: Playwright answers them itself; see the preflight test)
        if self.read_only and method not in ("GET", "HEAD"):
            return f"{method} refused: the audit is read-only"
        rule = denied(self.deny, url, self.allow.base_path)
        if rule:
            return f"on the platform's deny-list of state-changing pages ({rule})"
        return None

    def _main_frame_navigation(self, request: Any) -> bool:
        try:
            if not request.is_navigation_request():
                return False
        except Exception:
            return False
        try:
            return request.frame.parent_frame is None
        except Exception:  # a navigation before its frame exists (a popup): locked like a main frame
            return True

    def _guard(self, route: Any, request: Any) -> None:
        url, method = request.url, request.method
        reason = self.check(method, url)
        if (reason is None and self.read_only and self._main_frame_navigation(request)
                and (self.intended is None or not _same_page(url, self.intended))):
            reason = "a navigation the audit did not choose (a link, form or script on the page)"
        self.record(method, url, request.resource_type, reason)
        if reason:
            # a refused page load is dropped ("aborted"): no error page replaces what is being read
            route.abort("aborted" if request.resource_type == "document" else "blockedbyclient")
        else:
            route.continue_()

    def _guard_socket(self, ws: Any) -> None:
        url = ws.url
        reason = self.check("GET", "http" + url[2:] if url.startswith("ws") else url)
        self.record("WEBSOCKET", url, "websocket", reason)
        if reason is None:
            ws.connect_to_server()
        else:
            ws.close()

    def _hint(self, source: Any, kind: Any, url: Any = "") -> None:
        """Reported by the init script: a resource hint it removed, or WebRTC/SharedWorker refused."""
        if not isinstance(kind, str) or not isinstance(url, str):
            return  # the page itself can call the binding: keep only well-formed reports
        kind = kind[:20]
        if kind in ("webrtc", "sharedworker", "webtransport"):
            self.record(kind.upper(), url, kind, f"{kind} switched off in the audit browser")
        elif url and not self.allow.allows(url):
            self.record("HINT", url, kind, f"{kind} hint to a host off the allowlist removed")

    def blocked(self) -> list[str]:
        """Every refused request once, as 'host/path — reason' (queries left out: they can hold tokens)."""
        out: dict[str, str] = {}
        for r in self.log:
            if r.blocked:
                out.setdefault(where(r.url), r.blocked)
        lines = [f"{w} — {why}" for w, why in out.items()]
        if self._refused_unlisted:
            lines.append(f"… and {self._refused_unlisted} more refused request(s), not listed (over {_MAX_REFUSED})")
        return lines

    def close(self) -> None:
        if self.closed or self._closing:
            return
        # The context's own rules still decide while Chromium shuts it: a lazy image of a page being
        # closed is a request of this context, not "no audit context is open" (that refusal used to
        # land in the log, and in the report's refused list, now and then). Closed once it is shut.
        self._closing = True
        try:
            self.context.close()
        except Exception:
            pass
        self.closed = True
        if self.proxy is not None:
            self.proxy.close()
        if self.on_close is not None:
            self.on_close(self)


# Playwright's sync API allows one driver per thread: Browsers in the same thread share it.
_PW_STATE: dict[str, Any] = {"pw": None, "users": 0}


def _acquire_playwright() -> Any:
    from playwright.sync_api import sync_playwright

    if _PW_STATE["pw"] is None:
        _PW_STATE["pw"] = sync_playwright().start()
    _PW_STATE["users"] += 1
    return _PW_STATE["pw"]


def _release_playwright() -> None:
    _PW_STATE["users"] -= 1
    if _PW_STATE["users"] <= 0 and _PW_STATE["pw"] is not None:
        try:
            _PW_STATE["pw"].stop()
        except Exception:
            pass
        _PW_STATE.update(pw=None, users=0)


class Browser:
    """One Playwright + one browser process, shared by every platform of an audit."""

    def __init__(self, executable: str | os.PathLike[str] | None = None, *, headless: bool = True, slow_mo: float = 0):
        self.executable = find_browser(executable)
        self.headless = headless
        self._slow_mo = slow_mo
        self._pw: Any = None
        self._browser: Any = None
        self._interceptor: NetworkInterceptor | None = None
        self._open: list[GuardedContext] = []

    def __enter__(self) -> Browser:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def start(self) -> Browser:
        from playwright.sync_api import Error as PWError

        if self._browser is not None:
            return self
        self._pw = _acquire_playwright()
        try:
            self._browser = self._pw.chromium.launch(
                executable_path=str(self.executable), headless=self.headless, args=launch_args(), slow_mo=self._slow_mo
            )
        except PWError as exc:
            _release_playwright()
            self._pw = None
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if not self.headless and ("display" in str(exc).lower() or "x server" in str(exc).lower()):
                raise SelfauditError(
                    f"Could not open a visible browser window: {first}",
                    "Run this on a computer with a desktop (a display), not over a plain SSH session.",
                ) from None
            raise BrowserNotFoundError(f"The browser at {self.executable} could not be started: {first}", _INSTALL_HINT) from None
        self._interceptor = NetworkInterceptor(self._browser, self._decide)
        return self

    def _decide(self, method: str, url: str, resource_type: str, is_redirect: bool) -> str | None:
        """Chromium's own interception: a request (or redirect hop) passes if an open context allows it."""
        if url.startswith(("data:", "blob:", "about:")):
            return None
        reasons = [g.check(method, url) for g in self._open if not g.closed]
        if any(r is None for r in reasons):
            return None
        reason = (reasons[0] if reasons else "no audit context is open")
        if is_redirect:
            reason = f"redirect hop: {reason}"
        for g in self._open:
            g.record(method, url, resource_type, reason)
        return reason

    @property
    def version(self) -> str:
        return self._browser.version if self._browser else ""

    def new_context(
        self,
        allow: Allowlist,
        *,
        storage_state: dict[str, Any] | None = None,
        read_only: bool = True,
        step_timeout_ms: int = 15000,
        deny_paths: Iterable[str] = (),
    ) -> GuardedContext:
        """A guarded context; ``deny_paths`` are regexes of state-changing GET paths (locator data)."""
        self.start()
        guarded_ref: list[GuardedContext] = []

        def refused(target: str, why: str) -> None:
            if guarded_ref:
                guarded_ref[0].record("PROXY", target, "network", why)

        proxy = RefusingProxy(refused)
        try:
            ctx = self._browser.new_context(
                storage_state=storage_state,
                viewport={"width": 1280, "height": 900},
                locale="en-GB",
                service_workers="block",
                accept_downloads=False,
                # everything off the allowlist goes to a proxy that refuses it (guard.py)
                proxy={"server": proxy.server, "bypass": allow.proxy_bypass()},
            )
        except Exception:
            proxy.close()
            raise
        ctx.set_default_timeout(step_timeout_ms)
        ctx.set_default_navigation_timeout(step_timeout_ms * 2)
        guarded = GuardedContext(ctx, allow, read_only, deny=compile_deny(deny_paths), proxy=proxy, on_close=self._forget)
        guarded_ref.append(guarded)
        try:
            ctx.expose_binding(HINT_BINDING, guarded._hint)
            ctx.add_init_script(GUARD_INIT_JS)
            ctx.route("**/*", guarded._guard)
            ctx.route_web_socket(lambda url: True, guarded._guard_socket)  # route() does not see WebSockets
        except Exception:  # no half-guarded context is ever handed out
            guarded.close()
            raise
        self._open.append(guarded)  # before any page exists: the interceptor knows its rules
        return guarded

    def _forget(self, guarded: GuardedContext) -> None:
        if guarded in self._open:
            self._open.remove(guarded)

    def close(self) -> None:
        for g in list(self._open):
            g.close()
        if self._interceptor is not None:
            self._interceptor.close()
            self._interceptor = None
        if self._browser is not None:
            try:
                self._browser.close()
            except Exception:
                pass
            self._browser = None
        if self._pw is not None:
            _release_playwright()
            self._pw = None


def describe_platform() -> str:
    return f"{_platform.system()} {_platform.machine()}"
