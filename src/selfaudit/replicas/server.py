"""The replica web server: one persona, four platforms, on 127.0.0.1.

Stdlib ``ThreadingHTTPServer`` in a background thread. Each platform lives under its own
base path (``/facebook``, ``/instagram``, ``/x``, ``/linkedin``); ``sites/`` renders the
pages. The server keeps what tests and the demo need to look at: the request log, the
sessions (which ``expire_sessions`` can kill) and text overrides for fault injection.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from http import cookies as http_cookies
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .persona import Persona, load_persona
from .spec import PLATFORMS, SPECS

# Pages may load only what the replica serves itself.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; "
    "form-action 'self'; base-uri 'none'"
)


@dataclass(frozen=True)
class RequestRecord:
    """One request the replica answered."""

    method: str
    path: str
    platform: str | None
    session: bool  # a valid session cookie for that platform came with it
    time: float
    status: int = 0
    query: str = ""

    def __getitem__(self, key: str) -> Any:  # records read like dicts too
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key, default)


@dataclass
class Request:
    method: str
    platform: str
    path: str  # path under the platform base, always starts with "/"
    query: dict[str, str]
    raw_query: str
    cookies: dict[str, str]
    form: dict[str, str]
    headers: dict[str, str]
    session: str | None = None  # valid session token, if any

    @property
    def logged_in(self) -> bool:
        return self.session is not None

    def q(self, name: str, default: str = "") -> str:
        return self.query.get(name, default)


@dataclass
class Response:
    status: int = 200
    body: bytes | str = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Response:
        return cls(status=status, body=b"", content_type="text/plain", headers=[("Location", location)])

    @classmethod
    def not_found(cls, text: str = "Not found") -> Response:
        return cls(status=404, body=text, content_type="text/plain; charset=utf-8")


class _QuietServer(ThreadingHTTPServer):
    """A browser that drops a connection (navigating away, closing a tab) is normal: no traceback."""

    daemon_threads = True

    def handle_error(self, request, client_address):  # type: ignore[no-untyped-def]
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            return
        super().handle_error(request, client_address)


class ReplicaServer:
    """Serve one persona's four platform replicas on a local port.

    >>> with ReplicaServer("high-risk") as srv:
    ...     srv.profile_url("facebook")
    """

    def __init__(self, persona: str | Persona = "high-risk", host: str = "127.0.0.1", port: int = 0):
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the replicas only serve on the loopback interface")
        self.persona: Persona = persona if isinstance(persona, Persona) else load_persona(persona)
        self.host = host
        self._port = port
        self.request_log: list[RequestRecord] = []
        self._sessions: dict[str, str] = {}  # token -> platform
        self._overrides: dict[str, list[tuple[str, str]]] = {p: [] for p in PLATFORMS}
        self._saved_settings: dict[str, dict[str, str | bool]] = {p: {} for p in PLATFORMS}
        self._bad_days: dict[str, str] = {}  # platform -> page kind served to logged-out visitors
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        from .sites import build_sites  # late: sites import this module

        self.sites = build_sites(self)

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> ReplicaServer:
        if self._httpd is not None:
            return self
        handler = _make_handler(self)
        self._httpd = _QuietServer((self.host, self._port), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="replica-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Block until interrupted (used by ``python -m selfaudit.replicas``)."""
        self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(0.5)
        finally:
            self.stop()

    # ------------------------------------------------------------------ addresses
    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("ReplicaServer is not started")
        return self._httpd.server_address[1]

    @property
    def origin(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def _check(self, platform: str) -> str:
        if platform not in SPECS:
            raise ValueError(f"unknown platform {platform!r}; choose one of {', '.join(PLATFORMS)}")
        return platform

    def base_url(self, platform: str) -> str:
        return f"{self.origin}/{self._check(platform)}"

    def credentials(self, platform: str) -> tuple[str, str]:
        acct = self.persona.account(self._check(platform))
        return acct.login, acct.password

    def profile_url(self, platform: str) -> str:
        return self.base_url(platform) + self.sites[platform].profile_path()

    def login_url(self, platform: str) -> str:
        return self.base_url(platform) + SPECS[self._check(platform)].login_path

    def settings_urls(self, platform: str) -> list[str]:
        return [self.base_url(platform) + p.path for p in SPECS[self._check(platform)].settings_pages]

    # ------------------------------------------------------------------ sessions
    def new_session(self, platform: str) -> str:
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._sessions[token] = self._check(platform)
        return token

    def session_cookie(self, platform: str) -> dict[str, Any]:
        """A fresh valid session as a Playwright cookie (skips the login form in tests)."""
        spec = SPECS[self._check(platform)]
        return {
            "name": spec.session_cookie,
            "value": self.new_session(platform),
            "url": self.base_url(platform) + "/",
            "httpOnly": True,
            "sameSite": "Lax",
        }

    def valid_session(self, platform: str, token: str | None) -> bool:
        if not token:
            return False
        with self._lock:
            return self._sessions.get(token) == platform

    def expire_sessions(self, platform: str | None = None) -> None:
        """Every existing session (of one platform, or all) stops working."""
        with self._lock:
            if platform is None:
                self._sessions.clear()
            else:
                self._check(platform)
                self._sessions = {t: p for t, p in self._sessions.items() if p != platform}

    # ------------------------------------------------------------------ fault injection
    def override_text(self, platform: str, old: str, new: str) -> None:
        """Replace ``old`` by ``new`` in every HTML page (and fragment) of that platform."""
        with self._lock:
            self._overrides[self._check(platform)].append((old, new))

    def clear_overrides(self, platform: str | None = None) -> None:
        with self._lock:
            for p in [platform] if platform else PLATFORMS:
                self._overrides[p] = []

    def bad_day(self, platform: str, kind: str | None) -> None:
        """Serve a logged-out visitor a bad-day page instead of any page: 'bot_challenge',
        'not_found', 'cookie_wall', 'rate_limit'; or 'label_b' (the settings labels' other
        wording, for everyone); None ends it. The words come from the locator data."""
        from .wording import BAD_DAYS, label_variants

        p = self._check(platform)
        with self._lock:
            self._bad_days.pop(p, None)
            self._overrides[p] = [o for o in self._overrides[p] if not o[0].startswith(">")]
        if kind is None:
            return
        if kind == "label_b":
            for old, new in label_variants(p):
                self.override_text(p, old, new)
            return
        if kind not in BAD_DAYS:
            raise ValueError(f"unknown bad day {kind!r}: one of {', '.join(BAD_DAYS)}, label_b")
        with self._lock:
            self._bad_days[p] = kind

    def bad_day_for(self, platform: str) -> str | None:
        with self._lock:
            return self._bad_days.get(platform)

    def apply_overrides(self, platform: str, html: str) -> str:
        with self._lock:
            pairs = list(self._overrides.get(platform, ()))
        for old, new in pairs:
            html = html.replace(old, new)
        return html

    # ------------------------------------------------------------------ settings (Save)
    def setting(self, platform: str, key: str) -> str | bool:
        """The current value: a saved change (Save button) or the persona's setting."""
        with self._lock:
            saved = self._saved_settings[platform]
            if key in saved:
                return saved[key]
        return self.persona.setting(platform, key)

    def save_setting(self, platform: str, key: str, value: str | bool) -> None:
        with self._lock:
            self._saved_settings[platform][key] = value

    def reset_settings(self) -> None:
        with self._lock:
            for p in PLATFORMS:
                self._saved_settings[p] = {}

    # ------------------------------------------------------------------ log helpers
    def log(self, record: RequestRecord) -> None:
        with self._lock:
            self.request_log.append(record)

    def posts_after(self, since: float = 0.0) -> list[RequestRecord]:
        """POST requests logged since a time (``time.time()`` value)."""
        return [r for r in list(self.request_log) if r.method == "POST" and r.time >= since]


def _make_handler(replica: ReplicaServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "Replica/1.0"
        sys_version = ""
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            self._handle("GET")

        def do_HEAD(self) -> None:
            self._handle("HEAD")

        def do_POST(self) -> None:
            self._handle("POST")

        def _handle(self, method: str) -> None:
            started = time.time()
            parts = urlsplit(self.path)
            path = parts.path
            segs = path.split("/", 2)
            platform = segs[1] if len(segs) > 1 and segs[1] in SPECS else None
            sub = "/" + (segs[2] if len(segs) > 2 else "") if platform else path
            jar: dict[str, str] = {}
            if "Cookie" in self.headers:
                c = http_cookies.SimpleCookie()
                try:
                    c.load(self.headers["Cookie"])
                except http_cookies.CookieError:
                    pass
                jar = {k: m.value for k, m in c.items()}
            form: dict[str, str] = {}
            if method == "POST":
                length = int(self.headers.get("Content-Length") or 0)
                sent = self.rfile.read(min(length, 1_000_000)).decode("utf-8", "replace")
                form = {k: v[0] for k, v in parse_qs(sent, keep_blank_values=True).items()}
            token = None
            if platform:
                cand = jar.get(SPECS[platform].session_cookie)
                token = cand if replica.valid_session(platform, cand) else None
            req = Request(
                method=method,
                platform=platform or "",
                path=sub,
                query={k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()},
                raw_query=parts.query,
                cookies=jar,
                form=form,
                headers={k: v for k, v in self.headers.items()},
                session=token,
            )
            try:
                bad = replica.bad_day_for(platform) if platform and token is None else None
                if bad and not sub.startswith("/media/"):
                    from .wording import bad_day_page

                    resp = Response(*bad_day_page(platform, bad))  # type: ignore[arg-type]
                elif platform:
                    resp = replica.sites[platform].handle(req)
                elif path in ("/", ""):
                    resp = index_page(replica)
                else:
                    resp = Response.not_found()
            except Exception as exc:  # a broken page must not kill the server
                import traceback

                traceback.print_exc()
                resp = Response(500, f"replica error: {exc}", "text/plain; charset=utf-8")
            payload = resp.body.encode("utf-8") if isinstance(resp.body, str) else resp.body
            if platform and resp.content_type.startswith("text/html"):
                payload = replica.apply_overrides(platform, payload.decode("utf-8")).encode("utf-8")
            replica.log(RequestRecord(method, path, platform, token is not None, started, resp.status, parts.query))
            self.send_response(resp.status)
            self.send_header("Content-Type", resp.content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("Cache-Control", "no-store" if resp.content_type.startswith("text/") else "private, max-age=3600")
            if resp.content_type.startswith("text/html"):
                self.send_header("Content-Security-Policy", CSP)
            for k, v in resp.headers:
                self.send_header(k, v)
            self.end_headers()
            if method != "HEAD":
                self.wfile.write(payload)

    return Handler


def index_page(replica: ReplicaServer) -> Response:
    """A plain start page for trainers: links to each platform and the demo logins."""
    from html import escape

    rows = []
    for p in PLATFORMS:
        login, password = replica.credentials(p)
        rows.append(
            f"<tr><th scope='row'>{escape(SPECS[p].title)}</th>"
            f"<td><a href='{escape(replica.profile_url(p))}'>profile</a></td>"
            f"<td><a href='{escape(replica.login_url(p))}'>log in</a></td>"
            f"<td><code>{escape(login)}</code></td><td><code>{escape(password)}</code></td></tr>"
        )
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><link rel='icon' href='data:,'>"
        f"<title>selfaudit replicas — {escape(replica.persona.name)}</title>"
        "<style>body{font:16px system-ui,sans-serif;margin:2rem;color:#222}td,th{padding:.4rem 1rem;text-align:left}"
        "table{border-collapse:collapse}tr{border-bottom:1px solid #ddd}</style></head><body>"
        f"<h1>Local platform replicas</h1><p>Persona <strong>{escape(replica.persona.id)}</strong>: "
        f"{escape(replica.persona.name)}, {escape(replica.persona.occupation)}.</p>"
        "<p>These pages imitate real platforms for training and testing. Nothing here is online.</p>"
        "<table><thead><tr><th>Platform</th><th></th><th></th><th>Login</th><th>Password</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></body></html>"
    )
    return Response(200, html)


def here() -> Path:
    return Path(__file__).resolve().parent
