"""`selfaudit capture`: a redacted copy of the pages an audit reads, for when a platform changed.

The audit runs as usual (read-only, same locator data) while every page and JSON response it
loads is noted; each is then fetched once more and saved with everything personal replaced by
a placeholder of the same shape: every word that is not the platform's own wording (the words
of the locator data), every run of digits (ids, counts, phone numbers), every image (never
saved). The same word always gets the same placeholder within one capture (salted, so it
cannot be reversed), so links, ids and labels still line up and the capture can be replayed
through the readers (``replay_server``) to give the same structure as the live pages.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

CAPTURE_VERSION = 1
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGITS = re.compile(r"\d{2,}")
# In the words a page shows, a digit standing alone too; and digits spaced one by one are one
# run ("0 7 7 0 0 9 0 0 4 6 1" is a phone number), so it is replaced as a whole, not digit by digit
# (a digit-by-digit map is a substitution: with a one-in-ten chance per digit it kept "0 7 7 0 0").
_DIGITS_SHOWN = re.compile(r"(?<!\w)\d(?:[ .-]\d(?!\w))+|\d{2,}|(?<!\w)\d(?!\w)")
_CSS_PART = re.compile(r"""url\(\s*(?P<q>['"]?)(?P<url>[^'")]*)(?P=q)\s*\)|(?P<sq>["'])(?P<s>(?:\\.|(?!(?P=sq)).)*)(?P=sq)""",
                       re.IGNORECASE)  # a url() or a quoted string in a style rule
_CSS_PART_OR_NAME = re.compile(_CSS_PART.pattern + r"|(?P<mark>[.#])(?P<name>-?[_a-zA-Z][\w-]*)"
                               r"|(?P<br>\[\s*)(?P<attr>[_a-zA-Z][\w:-]*)", re.IGNORECASE)
_DATA_IMAGE = re.compile(r"data:image/[a-zA-Z+.-]+;base64,[A-Za-z0-9+/=\s]+")
_BLANK_PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
# Attribute values that are markup, not content: kept as they are.
# (data-testid is not: X names avatars "UserAvatar-Container-<handle>"; its platform words are kept.
# Nor is class: class names can carry a handle or an id ("avatar-jobloggs", "user-1234"); they are
# redacted like text, and the same names in the page's style rules the same way, so what a rule
# hides stays hidden. Nor are rel and type: only their standard words are kept, below.)
_KEEP_ATTRS = {"role", "lang", "dir", "method", "charset", "tabindex", "hidden",
               "aria-hidden", "aria-level", "aria-expanded", "aria-checked", "aria-selected", "aria-pressed",
               "aria-disabled", "aria-current", "aria-haspopup", "http-equiv", "property", "width", "height", "loading"}
# The standard words of rel (HTML link types) and type (input types and MIME types): kept, so the
# readers still find script[type="application/ld+json"] and a[rel~=me]; any other word is redacted.
_REL_TYPE_WORDS = {
    "alternate", "author", "bookmark", "canonical", "dns", "prefetch", "external", "help", "icon", "shortcut", "apple",
    "touch", "license", "manifest", "me", "modulepreload", "next", "nofollow", "noopener", "noreferrer", "opener",
    "pingback", "preconnect", "preload", "prerender", "prev", "search", "stylesheet", "tag", "ugc", "sponsored", "mask",
    "text", "email", "password", "checkbox", "radio", "button", "submit", "reset", "hidden", "tel", "url", "number",
    "date", "file", "image", "range", "color", "month", "week", "time", "datetime", "local", "application", "json",
    "ld", "javascript", "ecmascript", "module", "css", "html", "plain", "xml", "svg", "png", "jpeg", "jpg", "gif",
    "webp", "avif", "x", "vnd", "microsoft", "rss", "atom", "opensearchdescription", "font", "woff", "ttf", "otf",
    "video", "audio", "mp", "webm", "ogg", "speculationrules", "importmap"}
# Attribute NAMES kept as they are: HTML's, ARIA's, SVG's and the data-* ones the readers look for.
# Any other name ("data-jobloggs", "data-user-1234567") is redacted like text (platform words
# kept), and the same name in a style rule's [attribute] selector the same way.
_ATTR_NAMES = frozenset(re.findall(r"\S+", """
    accept accept-charset accesskey action align allow allowfullscreen alt as async autocapitalize autocomplete
    autofocus autoplay background bgcolor border capture charset checked cite class color cols colspan content
    contenteditable controls coords crossorigin data datetime decoding default defer dir dirname disabled download
    draggable enctype enterkeyhint for form formaction formenctype formmethod formnovalidate formtarget headers
    height hidden high href hreflang http-equiv id inert inputmode integrity is ismap itemid itemprop itemref
    itemscope itemtype kind label lang list loading loop low max maxlength media method min minlength multiple
    muted name nonce novalidate open optimum pattern ping placeholder playsinline popover popovertarget poster
    preload property readonly referrerpolicy rel required reversed role rows rowspan sandbox scope selected shape
    size sizes slot span spellcheck src srcdoc srclang srcset start step style summary tabindex target title
    translate type usemap value width wrap fetchpriority blocking nomodule
    aria-activedescendant aria-atomic aria-autocomplete aria-busy aria-checked aria-colcount aria-colindex
    aria-colspan aria-controls aria-current aria-describedby aria-description aria-details aria-disabled
    aria-errormessage aria-expanded aria-flowto aria-haspopup aria-hidden aria-invalid aria-keyshortcuts aria-label
    aria-labelledby aria-level aria-live aria-modal aria-multiline aria-multiselectable aria-orientation aria-owns
    aria-placeholder aria-posinset aria-pressed aria-readonly aria-relevant aria-required aria-roledescription
    aria-rowcount aria-rowindex aria-rowspan aria-selected aria-setsize aria-sort aria-valuemax aria-valuemin
    aria-valuenow aria-valuetext
    viewbox xmlns xmlns:xlink xlink:href d fill fill-rule fill-opacity clip-rule clip-path stroke stroke-width
    stroke-linecap stroke-linejoin stroke-opacity stroke-dasharray stroke-miterlimit opacity transform x y x1 x2 y1
    y2 cx cy r rx ry points preserveaspectratio focusable version gradientunits gradienttransform offset stop-color
    stop-opacity mask filter font-size font-family font-weight text-anchor dominant-baseline
    data-testid data-src data-lazy-src data-srcset data-ft data-urn data-section data-generated-suggestion-target
    data-keep data-author data-ad-preview data-export data-utime data-pagelet data-visualcompletion
"""))

# A class or id in a style rule's selector (".avatar-jobloggs", "div#user-1234"): see _CSS_PART_OR_NAME;
# a number (".5em") never matches, and a colour ("#fff", "#a0b1c2") is kept.
_HEX_COLOUR = re.compile(r"(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
# An inline style's declarations that only hide or show (kept, so a replay hides what the page hid), with
# values of plain CSS keywords and numbers only; any other declaration is redacted like text.
_SHOW_HIDE = {"display", "visibility", "opacity", "content-visibility", "position", "overflow", "overflow-x", "overflow-y",
              "clip", "clip-path", "width", "height", "max-width", "max-height", "left", "top", "right", "bottom",
              "transform", "z-index"}
_CSS_KEYWORDS = {"none", "block", "inline", "inline-block", "flex", "inline-flex", "grid", "inline-grid", "contents", "table",
                 "list-item", "hidden", "visible", "collapse", "auto", "absolute", "relative", "fixed", "static", "sticky",
                 "clip", "scroll", "rect", "inset", "scale", "translate", "translatex", "translatey", "important", "initial",
                 "inherit", "unset", "revert"}
_CSS_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:px|em|rem|%|vh|vw|deg)?")
_STYLE_DECL = re.compile(r"""(?:[^;"'(]|"[^"]*"|'[^']*'|\([^)]*\))+""")


def _shows_or_hides(decl: str) -> bool:
    prop, sep, value = decl.partition(":")
    if not sep or prop.strip().lower() not in _SHOW_HIDE:
        return False
    tokens = [t for t in re.split(r"[\s,()!]+", value.strip().lower()) if t]
    return bool(tokens) and all(t in _CSS_KEYWORDS or _CSS_NUMBER.fullmatch(t) for t in tokens)


# Words of Playwright's ARIA snapshot syntax and of HTML documents, kept so the snapshot stays readable.
_ARIA_WORDS = {"heading", "link", "button", "list", "listitem", "article", "img", "text", "url", "level", "region",
               "main", "navigation", "banner", "contentinfo", "dialog", "checkbox", "radio", "combobox", "option",
               "group", "feed", "tab", "tablist", "tabpanel", "separator", "paragraph", "textbox", "switch", "checked",
               "true", "false", "mixed", "figure", "time", "strong", "emphasis", "cell", "row", "table", "menu",
               "menuitem", "status", "alert", "form", "search", "complementary", "html", "doctype", "http", "https"}


def platform_words(platform: str) -> set[str]:
    """The platform's own wording: every word in its locator data (labels, options, walls, paths)."""
    from .adapters.live.spec import override_dir

    texts = [resources.files("selfaudit.adapters.live").joinpath("locators", f"{platform}.yaml").read_text(encoding="utf-8")]
    override = override_dir() / f"{platform}.yaml"
    if override.is_file():
        texts.append(override.read_text(encoding="utf-8", errors="replace"))
    # the data's keys and values only: its comments are prose with example names ("Kim Lee ▶ Jo Bloggs")
    return {w.lower() for t in texts for s in _yaml_strings(t) for w in _WORD.findall(s)} | _ARIA_WORDS | {platform}


def _yaml_strings(text: str) -> list[str]:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return []  # an override that is not YAML keeps no words (redacts more, never less)
    out: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                walk(k)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str):
            out.append(v)

    walk(data)
    return out


class Redactor:
    """Same-shape, consistent, salted placeholders for everything that is not platform wording."""

    def __init__(self, keep: set[str], salt: bytes | None = None):
        self.keep = keep
        self.salt = salt or secrets.token_bytes(16)
        self.replaced = 0

    def _digest(self, s: str) -> bytes:
        return hashlib.blake2b(s.encode("utf-8"), key=self.salt, digest_size=32).digest()

    def _word(self, m: re.Match[str]) -> str:
        w = m.group(0)
        if w.lower() in self.keep:
            return w
        self.replaced += 1
        d = self._digest(w.lower())
        out = []
        for i, ch in enumerate(w):
            c = "abcdefghijklmnopqrstuvwxyz"[d[i % len(d)] % 26]
            out.append(c.upper() if ch.isupper() else c)
        return "".join(out)

    def _digits(self, m: re.Match[str]) -> str:
        """Same length and separators; every digit changed (never the one it replaces), so no run
        of the original number survives in place, whatever the salt."""
        self.replaced += 1
        run = m.group(0)
        d = self._digest("#" + run)
        return "".join(str((int(ch) + 1 + d[i % len(d)] % 9) % 10) if ch.isdigit() else ch
                       for i, ch in enumerate(run))

    def text(self, s: str, digits: re.Pattern[str] = _DIGITS) -> str:
        s = _DATA_IMAGE.sub(_BLANK_PNG, s)
        return digits.sub(self._digits, _WORD.sub(self._word, s))

    def vocabulary(self, s: str, words: set[str]) -> str:
        """``s`` with the words of ``words`` (a standard vocabulary) kept and the rest redacted."""
        return _DIGITS.sub(self._digits, _WORD.sub(lambda m: m.group(0) if m.group(0).lower() in words else self._word(m), s))

    def attr_name(self, name: str) -> str:
        """An attribute's name: kept when standard or looked for by a reader, else redacted like text."""
        return name if name.lower() in _ATTR_NAMES or name.lower().startswith("on") else self.text(name)

    def css_name(self, m: re.Match[str]) -> str:
        if m.group("attr") is not None:  # [data-jobloggs] in a selector: as the attribute's name is
            return m.group("br") + self.attr_name(m.group("attr"))
        name = m.group("name")
        if m.group("mark") == "#" and _HEX_COLOUR.fullmatch(name):
            return m.group(0)
        return m.group("mark") + self.text(name)

    def url(self, url: str, origin: str) -> str:
        """Strip the site's origin (kept apart) and redact the rest of the address."""
        if url.startswith("data:"):
            return _BLANK_PNG if url.startswith("data:image") else ""
        if origin and url.startswith(origin):
            url = url[len(origin):] or "/"
        return self.text(url)

    def number(self, v: int | float) -> int | float:
        """A JSON number with its digits redacted, same shape and type: a numeric user id
        ("pk": 1234567890) or a place ("lat": 51.5074) is as identifying as one in a string.
        One digit alone (a count, a flag) stays, as the readers may need it."""
        if isinstance(v, int):
            if abs(v) < 10:
                return v
            digits = _DIGITS.sub(self._digits, str(abs(v)))
            return int(digits) * (-1 if v < 0 else 1)
        return float(_DIGITS_SHOWN.sub(self._digits, repr(v)))

    def json_value(self, v: Any, origin: str) -> Any:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return self.number(v)
        if isinstance(v, str):
            return self.url(v, origin) if v.startswith(("http://", "https://", "/")) else self.text(v, _DIGITS_SHOWN)
        if isinstance(v, list):
            return [self.json_value(x, origin) for x in v]
        if isinstance(v, dict):
            # Keys are the platform's data paths, whose words are platform wording and kept; a key
            # that is an id, a handle or an address (records keyed by user) is redacted like a value.
            return {self.text(k) if isinstance(k, str) else k: self.json_value(x, origin) for k, x in v.items()}
        return v

    def html(self, markup: str, origin: str) -> str:
        from bs4 import BeautifulSoup
        from bs4.element import AttributeValueList, Comment, NavigableString

        soup = BeautifulSoup(markup, "html.parser")
        for tag in soup.find_all(["script", "noscript", "iframe", "object", "embed"]):
            kind = str(tag.get("type") or "").lower() if tag.name == "script" else ""
            if tag.name == "script" and "json" in kind and tag.string:
                try:
                    tag.string = json.dumps(self.json_value(json.loads(tag.string), origin), ensure_ascii=False)
                    continue
                except ValueError:
                    pass
            tag.decompose()  # code and embeds may hold the page's state: not kept
        for node in list(soup.find_all(string=True)):
            if isinstance(node, Comment):
                node.extract()
            elif isinstance(node, NavigableString) and node.parent is not None and node.parent.name == "style":
                # the rules stay (what is hidden stays hidden); addresses in them (a banner's url()) do not
                # ... nor does text in them (content: "a name", [title='a name']): one pass, so a
                # url() is redacted as an address and any other quoted string as text
                # ... and class and id names in selectors are redacted as in the class and id attributes
                def css_part(m: re.Match[str]) -> str:
                    if m.group("url") is not None:
                        q = m.group("q") or ""
                        return f"url({q}{self.url(m.group('url'), origin)}{q})"
                    if m.group("sq") is not None:
                        return f"{m.group('sq')}{self.text(m.group('s'), _DIGITS_SHOWN)}{m.group('sq')}"
                    return self.css_name(m)

                css = _CSS_PART_OR_NAME.sub(css_part, str(node))
                node.replace_with(css)
            elif isinstance(node, NavigableString) and node.parent is not None:
                node.replace_with(self.text(str(node), _DIGITS_SHOWN))
        for tag in soup.find_all(True):
            if any(self.attr_name(a) != a for a in tag.attrs):  # names too: "data-jobloggs" names a person
                tag.attrs = {self.attr_name(a): v for a, v in tag.attrs.items()}
            for attr, value in list(tag.attrs.items()):
                if attr in _KEEP_ATTRS or attr.startswith("on"):
                    if attr.startswith("on"):
                        del tag.attrs[attr]
                    continue
                if attr in ("rel", "type"):
                    words = _REL_TYPE_WORDS | self.keep
                    tag.attrs[attr] = (AttributeValueList(self.vocabulary(v, words) for v in value) if isinstance(value, list)
                                       else self.vocabulary(value, words))
                elif isinstance(value, list):
                    tag.attrs[attr] = AttributeValueList(self.text(v) for v in value)
                elif attr in ("href", "src", "action", "srcset", "poster"):
                    tag.attrs[attr] = self.url(value, origin)
                elif attr == "style":  # what hides or shows stays (a replay must hide it too); the rest is content
                    tag.attrs[attr] = ";".join(d if _shows_or_hides(d) else self.text(d) for d in _STYLE_DECL.findall(value))
                else:
                    tag.attrs[attr] = self.text(value)
        return str(soup)


@dataclass
class CapturedPage:
    path: str  # redacted path and query, without the origin
    view: str  # "owner" (logged in) or "stranger" (logged out)
    kind: str  # "document" or "json"
    content_type: str
    body: str  # the response as served, redacted (replayable)
    dom: str | None = None  # the rendered DOM, redacted
    aria: str | None = None  # Playwright's ARIA snapshot of the body, redacted

    def as_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class Capture:
    platform: str
    base_path: str
    pages: list[CapturedPage] = field(default_factory=list)
    captured_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def as_json(self) -> dict[str, Any]:
        return {"capture_version": CAPTURE_VERSION, "tool": "selfaudit", "platform": self.platform,
                "base_path": self.base_path, "captured_at": self.captured_at,
                "note": "Redacted: every word that is not the platform's own wording, every number and every image "
                        "was replaced by a placeholder of the same shape. Scripts were removed.",
                "pages": [p.as_json() for p in self.pages]}

    def summary(self) -> list[str]:
        lines = [f"{len(self.pages)} page(s) and data responses of {self.platform}, all redacted:"]
        for p in self.pages:
            size = len(p.body) + len(p.dom or "") + len(p.aria or "")
            lines.append(f"  {p.view:<8} {p.kind:<8} {p.path[:90]}  ({size:,} characters)")
        return lines


class _RecordingBrowser:
    """The audit's browser, noting every page and JSON response each context loads (no extra requests)."""

    def __init__(self, browser: Any):
        self._browser = browser
        self.seen: list[tuple[str, str, str]] = []  # (view, resource type, url)
        self.states: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)

    def new_context(self, allow: Any, *, storage_state: Any = None, **kw: Any) -> Any:
        g = self._browser.new_context(allow, storage_state=storage_state, **kw)
        view = "owner" if storage_state else "stranger"
        self.states[view] = storage_state

        def note(response: Any) -> None:
            try:
                rt = response.request.resource_type
                if rt in ("document", "xhr", "fetch") and response.request.method == "GET" and response.status == 200:
                    self.seen.append((view, rt, response.url))
            except Exception:  # pragma: no cover - a closed page mid-event
                pass

        g.context.on("response", note)
        return g


def capture_platform(browser: Any, platform: str, base_url: str, storage_state: dict[str, Any] | None,
                     out_dir: Path, progress: Any = None) -> tuple[Capture, Any]:
    """Run a small audit of one platform, then fetch and redact each page it loaded.

    Returns the capture and the AccountSnapshot the audit collected (for comparison)."""
    from .adapters.browser import Allowlist, Browser
    from .adapters.live import LiveAdapter, load_spec

    spec = load_spec(platform)
    rec = _RecordingBrowser(browser)
    # The recorder stands in for the Browser by delegation (duck typing), hence the cast.
    adapter = LiveAdapter(cast("Browser", rec), spec, base_url, storage_state=storage_state, out_dir=out_dir,
                          max_posts=3, max_photos=1, progress=progress)
    acct = adapter.collect()
    split = urlsplit(base_url)
    origin = f"{split.scheme}://{split.netloc}"
    red = Redactor(platform_words(platform))
    cap = Capture(platform, red.url(base_url.rstrip("/"), origin))
    allow = Allowlist.for_base_url(base_url, spec.hosts)
    done: set[tuple[str, str]] = set()
    for view in ("owner", "stranger"):
        urls = [(rt, u) for v, rt, u in rec.seen if v == view]
        if not urls:
            continue
        g = browser.new_context(allow, storage_state=storage_state if view == "owner" else None, deny_paths=spec.deny_get_paths)
        try:
            page = g.new_page()
            for rt, url in urls:
                if (view, url) in done or not allow.allows(url):
                    continue
                done.add((view, url))
                if progress:
                    progress(f"{spec.display}: saving a redacted copy of {urlsplit(url).path}")
                if rt == "document":
                    resp = g.navigate(page, url, wait_until="load")
                    if resp is None:
                        continue
                    body = resp.text()
                    aria = page.locator("body").aria_snapshot()
                    cap.pages.append(CapturedPage(red.url(url, origin), view, "document", "text/html",
                                                  red.html(body, origin), red.html(page.content(), origin), red.text(aria, _DIGITS_SHOWN)))
                else:
                    r = g.context.request.get(url)
                    ctype = r.headers.get("content-type", "")
                    if "json" not in ctype:
                        continue
                    try:
                        data = red.json_value(r.json(), origin)
                    except ValueError:
                        continue
                    cap.pages.append(CapturedPage(red.url(url, origin), view, "json", "application/json",
                                                  json.dumps(data, ensure_ascii=False)))
        finally:
            g.close()
    return cap, acct


def read_capture(path: Path) -> Capture:
    from .errors import SelfauditError

    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        cap = Capture(raw["platform"], raw["base_path"], captured_at=raw.get("captured_at", ""))
        cap.pages = [CapturedPage(**p) for p in raw["pages"]]
        return cap
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SelfauditError(f"{path}: not a selfaudit capture ({exc}).") from None


class ReplayServer:
    """Serves a capture on 127.0.0.1: the owner's pages to a browser with the replay cookie, the
    stranger's to one without — so the readers can be run on it as on the live pages."""

    COOKIE = "selfaudit_replay"

    def __init__(self, capture: Capture):
        self.capture = capture
        table: dict[tuple[str, str], CapturedPage] = {}
        for p in capture.pages:
            table.setdefault((p.view, p.path), p)
        handler = self._handler(table)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _handler(self, table: dict[tuple[str, str], CapturedPage]) -> type[BaseHTTPRequestHandler]:
        cookie = self.COOKIE

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:
                pass

            def do_GET(self) -> None:
                view = "owner" if cookie in (self.headers.get("Cookie") or "") else "stranger"
                page = table.get((view, self.path)) or table.get((view, self.path.rstrip("/")))
                if page is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                data = page.body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", page.content_type + "; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return H

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        if isinstance(host, bytes):
            host = host.decode()
        return f"http://{host}:{port}{self.capture.base_path}"

    def owner_state(self) -> dict[str, Any]:
        host, _ = self.httpd.server_address[:2]
        return {"cookies": [{"name": self.COOKIE, "value": "1", "domain": str(host), "path": "/", "expires": -1,
                             "httpOnly": False, "secure": False, "sameSite": "Lax"}], "origins": []}

    def __enter__(self) -> ReplayServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
