"""What every platform replica shares: login, sessions, consent, media, settings pages."""

from __future__ import annotations

import hashlib
import random
import secrets
import threading
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

import yaml
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import media
from ..persona import Account, Comment, ImageSpec, Post
from ..server import Request, Response
from ..spec import SPECS, SettingsPage

if TYPE_CHECKING:
    from ..server import ReplicaServer

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)

# A 1x1 transparent GIF: what a lazy image shows until it scrolls into view.
PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


class ClassNames:
    """Random atomic class names, new for every server start (like obfuscated real pages)."""

    def __init__(self, seed: str):
        self._rnd = random.Random(seed)
        self._names: dict[str, str] = {}
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        with self._lock:
            if name not in self._names:
                while True:
                    token = "x" + "".join(self._rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7))
                    if token not in self._names.values():
                        break
                self._names[name] = token
            return self._names[name]

    __getitem__ = __getattr__


def num_id(*parts: object, digits: int = 15) -> str:
    """A stable numeric id from some parts (post ids in URLs look like the real ones)."""
    h = int(hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest(), 16)
    n = h % (9 * 10 ** (digits - 1)) + 10 ** (digits - 1)
    return str(n)


def short_code(*parts: object, length: int = 11) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    h = int(hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest(), 16)
    out = []
    for _ in range(length):
        h, r = divmod(h, len(alphabet))
        out.append(alphabet[r])
    return "".join(out)


@lru_cache(maxsize=1)
def _site_data() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = yaml.safe_load((Path(__file__).with_name("sites.yaml")).read_text(encoding="utf-8"))
    return data


def _consent(platform: str, raw: dict[str, str]) -> dict[str, str]:
    """The cookie dialog: its title holds the cookie-wall words, its decline button is the one the
    adapters press (both from the locator data)."""
    from ..wording import locator_data, page_words

    return {**raw, "title": raw["title"].format(cookie_wall=page_words(platform, "cookie_wall")),
            "decline": locator_data(platform).cookie_essential[0]}


class Site:
    """One platform replica. Subclasses add ``route()`` for their own pages; what differs between
    the sites as plain data (login form, page sizes, cookie dialog, the shapes of their addresses
    and ids, which setting closes a profile to strangers) is in sites.yaml."""

    name = ""
    data: dict[str, Any] = {}  # this platform's entry of sites.yaml
    login_fields: tuple[str, str] = ("email", "pass")  # form field names of the login form
    consent: dict[str, str] = {}
    page_size = 3  # posts on the first page and per "See more"
    stranger_limit = 10  # logged-out pagination stops here (as real walls do)
    login_error_unknown = ""
    login_error_password = ""

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        d = cls.data = _site_data()[cls.name]
        cls.login_fields = (str(d["login_fields"][0]), str(d["login_fields"][1]))
        cls.consent = _consent(cls.name, d["consent"])
        cls.page_size = int(d["page_size"])
        cls.stranger_limit = int(d["stranger_limit"])
        cls.login_error_unknown = str(d["login_error_unknown"])
        cls.login_error_password = str(d["login_error_password"])

    def __init__(self, server: ReplicaServer):
        self.server = server
        self.spec = SPECS[self.name]
        self.persona = server.persona
        self.acct: Account = self.persona.account(self.name)
        self.c = ClassNames(secrets.token_hex(8))
        self.base = "/" + self.name

    # ------------------------------------------------------------------ addresses (sites.yaml)
    def address_fields(self) -> dict[str, str]:
        """What the address templates of sites.yaml may name; a site adds its own ids."""
        return {"handle": self.acct.handle}

    def profile_path(self) -> str:
        return str(self.data["profile_path"]).format(**self.address_fields())

    def post_id(self, post: Post) -> str:
        """The post's id in its address: a stable number, or a short code (Instagram)."""
        how = self.data["post_id"]
        if how.get("code"):
            return short_code(self.persona.id, how["salt"], post.id)
        return num_id(self.persona.id, how["salt"], post.id, digits=int(how.get("digits", 15)))

    def post_by_id(self, pid: str) -> Post | None:
        return next((p for p in self.acct.posts if self.post_id(p) == pid), None)

    def post_url(self, post: Post) -> str:
        return self.base + str(self.data["post_path"]).format(**self.address_fields(), post_id=self.post_id(post))

    def person_url(self, name: str, handle: str | None = None) -> str:
        """Another person's profile address, from their handle or their name as the platform spells it."""
        how = self.data["person"]
        who = (handle if how.get("handle") else None) or name
        who = who.replace(" ", how.get("space", " "))
        if how.get("lower"):
            who = who.lower()
        return self.base + str(how["path"]).format(person=who)

    def comment_link(self, cm: Comment) -> str:
        return self.person_url(cm.author, cm.author_handle)

    def more_url(self, cursor: int | None, **fields: str) -> str | None:
        """The address of the next page of posts (None at the end)."""
        if cursor is None:
            return None
        return self.base + str(self.data["more_path"]).format(**self.address_fields(), **fields, cursor=cursor)

    # ------------------------------------------------------------------ who sees what
    @property
    def closed(self) -> bool:
        """Whether the profile is closed to strangers (locked, private, protected, not public)."""
        how = self.data["closed_by"]
        return bool(self.setting(how["setting"])) == bool(how.get("when", True))

    def stranger_ok(self, req: Request) -> bool:
        return req.logged_in or not self.closed

    # ------------------------------------------------------------------ helpers
    def setting(self, key: str) -> Any:
        return self.server.setting(self.name, key)

    def media_url(self, image_id: str) -> str:
        return f"{self.base}/media/{self.persona.id}-{image_id}.jpg"

    def image(self, image_id: str) -> ImageSpec:
        return self.persona.image(image_id)

    def posts(self) -> list[Post]:
        return sorted(self.acct.posts, key=lambda p: p.created, reverse=True)

    def render(self, template: str, req: Request, status: int = 200, **ctx: Any) -> Response:
        tpl = _env.get_template(template)
        html = tpl.render(
            site=self,
            c=self.c,
            base=self.base,
            spec=self.spec,
            persona=self.persona,
            acct=self.acct,
            req=req,
            logged_in=req.logged_in,
            show_consent=self.consent_needed(req),
            placeholder=PLACEHOLDER,
            **ctx,
        )
        return Response(status, html)

    def fragment(self, req: Request, template: str, posts: list[Post], logged_in_view: bool,
                 **more: str) -> Response:
        """One page of posts loaded by "See more"; the next page's address in X-Next-Page."""
        items, nxt = self.page_slice(posts, req, logged_in_view)
        resp = self.render(template, req, posts=items, with_comments=False)
        url = self.more_url(nxt, **more)
        if url:
            resp.headers.append(("X-Next-Page", url))
        return resp

    def consent_needed(self, req: Request) -> bool:
        return f"{self.name}_consent" not in req.cookies

    def to_login(self, req: Request) -> Response:
        nxt = self.base + req.path + (("?" + req.raw_query) if req.raw_query else "")
        return Response.redirect(f"{self.base}{self.spec.login_path}?next={quote(nxt, safe='')}")

    # ------------------------------------------------------------------ dispatch
    def handle(self, req: Request) -> Response:
        p = req.path
        if p.startswith("/media/"):
            return self.serve_media(p[len("/media/"):])
        if p == self.spec.login_path or p.rstrip("/") == self.spec.login_path.rstrip("/"):
            return self.login(req)
        if req.method == "POST":
            if p == "/settings/save":
                return self.save_settings(req)
            return Response(405, "Method not allowed", "text/plain; charset=utf-8")
        page = self.settings_page(req)
        if page is not None:
            if not req.logged_in:
                return self.to_login(req)
            return self.render_settings(req, page)
        return self.route(req)

    def route(self, req: Request) -> Response:
        return Response.not_found()

    # ------------------------------------------------------------------ media
    def serve_media(self, name: str) -> Response:
        prefix = self.persona.id + "-"
        if not (name.startswith(prefix) and name.endswith(".jpg")):
            return Response.not_found()
        image_id = name[len(prefix):-4]
        try:
            data = media.image_bytes(self.persona, image_id)
        except KeyError:
            return Response.not_found()
        return Response(200, data, "image/jpeg")

    # ------------------------------------------------------------------ login
    def check_credentials(self, login: str, password: str) -> str | None:
        """None if they match, else the error message to show."""
        def norm(v: str) -> str:
            return v.strip().lower().lstrip("@").replace(" ", "")

        ids = {norm(self.acct.login), norm(self.acct.handle)}
        if self.acct.phone:
            ids.add(norm(self.acct.phone))
        who = norm(login)
        if who not in ids:
            return self.login_error_unknown
        if password != self.acct.password:
            return self.login_error_password
        return None

    def login(self, req: Request) -> Response:
        nxt = req.form.get("next") or req.q("next")
        if req.method == "POST":
            user_field, pass_field = self.login_fields
            error = self.check_credentials(req.form.get(user_field, ""), req.form.get(pass_field, ""))
            if error:
                return self.render(f"{self.name}/login.html", req, status=200, error=error, next=nxt,
                                   login_value=req.form.get(user_field, ""))
            token = self.server.new_session(self.name)
            target = nxt if nxt.startswith(self.base + "/") and "//" not in nxt[1:] else self.base + self.spec.home_path
            resp = Response.redirect(target)
            resp.headers.append(
                ("Set-Cookie", f"{self.spec.session_cookie}={token}; Path={self.base}; HttpOnly; SameSite=Lax")
            )
            return resp
        if req.logged_in:
            return Response.redirect(self.base + self.spec.home_path)
        return self.render(f"{self.name}/login.html", req, error=None, next=nxt, login_value="")

    # ------------------------------------------------------------------ settings
    def settings_page(self, req: Request) -> SettingsPage | None:
        for page in self.spec.settings_pages:
            parts = urlsplit(page.path)
            if req.path != parts.path:
                continue
            if parts.query:
                key, _, val = parts.query.partition("=")
                if req.query.get(key) != val:
                    continue
            return page
        for page in self.spec.settings_pages:
            if req.path in page.aliases and not (req.path == urlsplit(page.path).path and req.query):
                return page
        return None

    def settings_values(self, page: SettingsPage) -> dict[str, Any]:
        return {s.key: self.setting(s.key) for sec in page.sections for s in sec.settings}

    def render_settings(self, req: Request, page: SettingsPage, saved: bool = False) -> Response:
        return self.render(
            f"{self.name}/settings.html",
            req,
            page=page,
            values=self.settings_values(page),
            pages=self.spec.settings_pages,
            saved=req.q("saved") == "1",
        )

    def save_settings(self, req: Request) -> Response:
        if not req.logged_in:
            return self.to_login(req)
        page_path = req.form.get("page", "")
        page = next((p for p in self.spec.settings_pages if p.path == page_path), None)
        if page is None:
            return Response(400, "Unknown settings page", "text/plain; charset=utf-8")
        for sec in page.sections:
            for s in sec.settings:
                if s.kind == "select":
                    v = req.form.get(s.key)
                    if v in s.options:
                        self.server.save_setting(self.name, s.key, v)
                else:
                    self.server.save_setting(self.name, s.key, s.key in req.form)
        sep = "&" if "?" in page.path else "?"
        return Response.redirect(f"{self.base}{page.path}{sep}saved=1", status=303)

    # ------------------------------------------------------------------ pagination
    def page_slice(self, items: list[Any], req: Request, logged_in_view: bool) -> tuple[list[Any], int | None]:
        """Items for ``?cursor=N`` and the next cursor (None at the end or at the stranger cap)."""
        try:
            start = max(0, int(req.q("cursor", "0")))
        except ValueError:
            start = 0
        limit = len(items) if logged_in_view else min(len(items), self.stranger_limit)
        end = min(start + self.page_size, limit)
        return items[start:end], (end if end < limit else None)


def fmt_date(dt: datetime, style: str) -> str:
    if style == "facebook":
        return f"{dt.day} {dt:%B %Y} at {dt:%H:%M}"
    if style == "instagram":
        return f"{dt:%B} {dt.day}, {dt.year}"
    if style == "x":
        return f"{dt:%b} {dt.day}, {dt.year}"
    return f"{dt.day} {dt:%b %Y}"


_env.filters["fbdate"] = lambda dt: fmt_date(dt, "facebook")
_env.filters["igdate"] = lambda dt: fmt_date(dt, "instagram")
_env.filters["xdate"] = lambda dt: fmt_date(dt, "x")
_env.filters["lidate"] = lambda dt: fmt_date(dt, "linkedin")
_env.filters["iso"] = lambda dt: dt.strftime("%Y-%m-%dT%H:%M:%S.000Z")
_env.filters["thousands"] = lambda n: f"{n:,}"


def _page_words(platform: str, kind: str) -> str:
    from ..wording import page_words  # the locator data: one place for a platform's words

    return page_words(platform, kind)


def _comments_empty(platform: str) -> str:
    from ..wording import locator_data

    return locator_data(platform).posts.comments_empty[0]  # the words the reader looks for


_env.globals["page_words"] = _page_words
_env.globals["comments_empty"] = _comments_empty
