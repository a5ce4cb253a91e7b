"""Page objects' shared machinery: navigate politely, find things by role/label/text,
read settings without touching them, reveal lazy images and keep their bytes."""

from __future__ import annotations

import hashlib
import mimetypes
import re
import time
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ...errors import PageChangedError, SelfauditError
from ...privacy import private_dir, write_private
from ..browser import GuardedContext, RequestRecord, is_loopback
from .spec import Find, PlatformSpec


def text_regex(text: str, *, exact: bool = False) -> re.Pattern[str]:
    """Match UI text forgivingly: any case, ’ or ', … or ..., any run of spaces."""
    parts = []
    i = 0
    while i < len(text):
        ch = text[i]
        if text.startswith("...", i) or ch == "…":
            parts.append(r"(?:\.\.\.|…)")
            i += 3 if ch == "." else 1
            continue
        if ch in "'’‘":
            parts.append("['’‘]")
        elif ch.isspace():
            parts.append(r"\s+")
            while i + 1 < len(text) and text[i + 1].isspace():
                i += 1
        else:
            parts.append(re.escape(ch))
        i += 1
    body = "".join(parts)
    return re.compile(rf"^\s*{body}\s*$" if exact else body, re.IGNORECASE)


def norm(s: str) -> str:
    # NFC: a composed and a decomposed "Zoë" are the same letters on both sides of a comparison
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s.replace("’", "'").replace("‘", "'").replace("…", "...")).strip().lower()


def fold(s: str) -> str:
    """A name or handle as it is compared: ``norm`` and casefolded ("Straße" is "STRASSE"), NFC again after it."""
    return unicodedata.normalize("NFC", norm(s).casefold())


# How many characters may lead a platform's notice on its line (a display name).
_LEAD = 50
_QUOTE_MARKS = re.compile(r"[\"“”„«»]")


def said_on_own_line(body: str, wording: str, names: list[str] | None = None) -> bool:
    """The wording ends a line of its own; a name may lead it ("Jo hasn’t posted yet"), a
    quotation may not, and nothing but a full stop may follow. The platform's "there are none"
    or "closed" notices are evidence only so: inside a post or a caption they are the person's.
    With ``names`` (the profile's name, handle), what leads must be words of those names: "My
    sister locked their profile" in a post is not Facebook's "Jo Bloggs locked their profile"."""
    w = norm(wording)
    if not w:
        return False
    allowed = {x for n in names or [] for x in re.split(r"[\s@]+", norm(n)) if x}
    for line in body.splitlines():
        n = norm(line)
        at = n.find(w)
        if at < 0 or at > _LEAD or _QUOTE_MARKS.search(n[:at]):
            continue
        if names is not None and not set(re.split(r"[\s@]+", n[:at].strip())) - {""} <= allowed:
            continue
        if re.fullmatch(r"[ .!]?", n[at + len(w):]):  # at most a full stop after it
            return True
    return False


# In-page helper: an address the page gives, resolved against the page; "" when it cannot be
# parsed (LinkedIn's lazy-image placeholder src="//:0" makes new URL() throw): odd markup in a
# page is skipped, never a crash of the whole audit.
ABS_URL_JS = "(s) => { try { return new URL(s, location.href).href; } catch (e) { return ''; } }"


# In-page helper: scroll each image into view so lazy loaders set the real src, then wait a
# little for them; returns what the page shows.
_REVEAL_JS = """
async ([root, limit]) => {
  const scope = root || document;
  const abs = ABS_URL_JS;
  const imgs = Array.from(scope.querySelectorAll('img')).slice(0, limit);
  const lazy = (im) => im.hasAttribute('data-src') || im.hasAttribute('data-lazy-src') || im.hasAttribute('data-srcset');
  // the lazy address, resolved: lazysizes and many themes copy data-src into src and keep data-src,
  // so a lazy image is loaded once its own address is its source (else the source is a placeholder)
  const pending = (im) => { const d = im.getAttribute('data-src') || im.getAttribute('data-lazy-src') || '';
                            return d && !d.startsWith('data:') ? abs(d) : ''; };
  const real = (im) => { const s = im.currentSrc || im.getAttribute('src') || '';
                         if (!s || s.startsWith('data:')) return '';
                         const done = !lazy(im) || abs(s) === pending(im)
                           || (im.hasAttribute('data-srcset') && im.getAttribute('srcset') === im.getAttribute('data-srcset'));
                         return done ? s : ''; };
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const inView = (im) => { const b = im.getBoundingClientRect();
                           return b.bottom > -40 && b.top < innerHeight + 40 && b.width > 0; };
  // one scroll per screenful: every lazy image in view loads at once
  for (const im of imgs) {
    if (!real(im) && !inView(im)) { im.scrollIntoView({block: 'start'}); await frame(); }
  }
  if (imgs.some(im => !real(im))) await frame();
  const t0 = performance.now();
  while (performance.now() - t0 < 3000 && imgs.some(im => !real(im) || !im.complete))
    await new Promise(r => setTimeout(r, 25));
  window.scrollTo(0, 0);
  return imgs.map(im => ({src: real(im) ? abs(real(im)) : '',
                          lazy: lazy(im), pending: pending(im),
                          alt: im.getAttribute('alt') || '',
                          hidden: !!im.closest('[aria-hidden=true]'),
                          href: (im.closest('a') && im.closest('a').href) || ''}));
}
""".replace("ABS_URL_JS", ABS_URL_JS)

# Read one labelled control's current value, whatever widget it is.
_CONTROL_JS = """
(el) => {
  const tag = el.tagName.toLowerCase();
  const role = el.getAttribute('role') || '';
  if (tag === 'select') { const o = el.options[el.selectedIndex]; return {kind: 'select', value: o ? o.text.trim() : null}; }
  if (tag === 'input' && (el.type === 'checkbox' || el.type === 'radio')) return {kind: 'toggle', value: el.checked ? 'on' : 'off'};
  if (role === 'switch' || role === 'checkbox') {  // no aria-checked (or "mixed"): unread, never a guessed "off"
    const a = el.getAttribute('aria-checked');
    return {kind: 'toggle', value: a === 'true' ? 'on' : a === 'false' ? 'off' : null};
  }
  if (role === 'radiogroup' || tag === 'fieldset') {
    const c = el.querySelector('input[type=radio]:checked, [role=radio][aria-checked=true]');
    if (!c) return {kind: 'radio', value: null};
    const lab = (c.labels && c.labels[0] && c.labels[0].innerText) || c.getAttribute('aria-label') || c.innerText || c.value;
    return {kind: 'radio', value: (lab || '').trim()};
  }
  if (role === 'combobox' || role === 'button') return {kind: 'select', value: (el.innerText || el.value || '').trim()};
  if (tag === 'input') return {kind: 'text', value: el.value};
  return {kind: 'other', value: (el.innerText || '').trim()};
}
"""


# Every labelled form control on the page with its current value, in one round trip. The name
# is computed the way a screen reader does for form controls: aria-labelledby, aria-label,
# then the <label> elements.
_CONTROLS_JS = """
() => {
  const text = (el) => (el ? el.innerText || el.textContent || '' : '').trim();
  const out = [];
  const sel = 'select, input[type=checkbox], input[type=radio], [role=switch], [role=checkbox], [role=combobox], [role=radiogroup]';
  for (const el of document.querySelectorAll(sel)) {
    let name = '';
    const by = el.getAttribute('aria-labelledby');
    if (by) name = by.split(/\\s+/).map(id => text(document.getElementById(id))).join(' ');
    if (!name) name = el.getAttribute('aria-label') || '';
    if (!name && el.labels && el.labels.length) name = Array.from(el.labels).map(text).join(' ');
    if (!name) continue;
    out.push({name: name.trim(), value: (CONTROL_JS)(el)});
  }
  return out;
}
""".replace("CONTROL_JS", _CONTROL_JS.strip())


_CONSENT_JS = """
(names) => {
  const norm = (s) => (s || '').replace(/[’‘]/g, "'").replace(/…/g, '...').replace(/\\s+/g, ' ').trim().toLowerCase();
  for (const d of document.querySelectorAll('[role=dialog], [role=alertdialog], dialog')) {
    for (const b of d.querySelectorAll('button, [role=button]')) {
      if (names.includes(norm(b.getAttribute('aria-label') || b.innerText))) { b.click(); return true; }
    }
  }
  return false;
}
"""


_ARRIVE_JS = "(names) => { (CONSENT_JS)(names); return !!document.querySelector('input[type=password]'); }".replace(
    "CONSENT_JS", _CONSENT_JS.strip()
)


class PageLimitReached(SelfauditError):
    pass


_MAX_MEDIA_BYTES = 50 * 2**20


class LivePage:
    """One tab on one platform, with the platform's data, polite pacing and a page budget."""

    def __init__(self, ctx: GuardedContext, spec: PlatformSpec, base_url: str, *, pacing_s: float | None = None):
        self.ctx = ctx
        self.spec = spec
        self.base_url = base_url.rstrip("/")
        self.page = ctx.new_page()
        self.pacing_s = (0.0 if is_loopback(base_url) else spec.pacing_s) if pacing_s is None else pacing_s
        self.pages_loaded = 0
        self.visited: list[str] = []
        self._last_nav = 0.0
        self._controls: list[dict[str, Any]] | None = None
        self.has_password_field = False
        self._body: str | None = None

    # -- navigation --------------------------------------------------------------------
    def goto(self, url: str) -> None:
        if self.pages_loaded >= self.spec.max_pages:
            raise PageLimitReached(f"{self.spec.display}: page budget of {self.spec.max_pages} pages reached")
        wait = self._last_nav + self.pacing_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last_nav = time.monotonic()
        self.pages_loaded += 1
        self._controls = None
        self._body = None
        self.ctx.navigate(self.page, url, wait_until="load")  # the only page the main frame may load now
        self.visited.append(url)
        # one round trip: press the essential-only cookie button if a dialog asks, and note
        # whether the page has a password field (a login form: the session is gone)
        self.has_password_field = bool(self.page.evaluate(_ARRIVE_JS, [norm(n) for n in self.spec.cookie_essential]))

    def dismiss_cookie_dialog(self) -> bool:
        """Press the dialog's essential-only button (it sets a cookie client-side; nothing is submitted).

        One round trip: the buttons inside dialogs, named by aria-label or text, compared with
        the platform's essential-only wording; nothing else is ever pressed."""
        if not self.spec.cookie_essential:
            return False
        return bool(self.page.evaluate(_CONSENT_JS, [norm(n) for n in self.spec.cookie_essential]))

    def find_button(self, names: list[str]) -> Any | None:
        for name in names:
            b = self.page.get_by_role("button", name=text_regex(name, exact=True))
            if b.count():
                return b.last
        return None

    # -- locating ---------------------------------------------------------------------
    def locator(self, find: Find, scope: Any = None) -> Any:
        base = scope if scope is not None else self.page
        if "within" in find:
            base = self.locator(find["within"], scope).first
        if "role" in find:
            kw: dict[str, Any] = {}
            if "name" in find:
                kw["name"] = text_regex(find["name"], exact=find.get("exact", False))
            if "level" in find:
                kw["level"] = find["level"]
            loc = base.get_by_role(find["role"], **kw)
        elif "label" in find:
            loc = base.get_by_label(text_regex(find["label"], exact=find.get("exact", True)))
        elif "text" in find:
            loc = base.get_by_text(text_regex(find["text"]))
        elif "alt" in find:
            loc = base.get_by_alt_text(text_regex(find["alt"]))
        elif "testid" in find:
            loc = base.get_by_test_id(find["testid"])
        elif "css" in find:
            loc = base.locator(find["css"])
        else:
            raise SelfauditError(f"locator data without role/label/text/alt/testid/css: {find}")
        return loc

    def read(self, finds: list[Find], scope: Any = None) -> str | None:
        """The first match's text (or attribute), or None when nothing matches."""
        for f in finds:
            if "title_regex" in f:
                m: re.Match[str] | None = re.search(f["title_regex"], self.page.title(), re.IGNORECASE)
                if m:
                    return (m.group(1) if m.groups() else m.group(0)).strip()
                continue
            if "page_regex" in f:
                m = re.search(f["page_regex"], self.body_text(), re.IGNORECASE | re.MULTILINE)
                if m:
                    return (m.group(1) if m.groups() else m.group(0)).strip()
                continue
            loc = self.locator(f, scope)
            if not loc.count():
                continue
            el = loc.first
            what = f.get("read", "text")
            value: str | None = el.inner_text() if what == "text" else el.get_attribute(what)
            if value is None:
                continue
            if what in ("href", "src"):
                value = el.evaluate(f"e => e.{what}")
            if "regex" in f:
                m = re.search(f["regex"], value, re.IGNORECASE | re.MULTILINE)
                if not m:
                    continue
                value = m.group(1) if m.groups() else m.group(0)
            if any(norm(value) == norm(u) for u in f.get("unless", [])):
                continue  # e.g. the platform's own name in the first heading (m.facebook.com)
            return value.strip()
        return None

    def links_matching(self, regex: str, limit: int = 200) -> list[str]:
        """Distinct link targets in the main area (or the page) whose URL matches ``regex``."""
        hrefs = self.page.evaluate(
            "() => { const m = document.querySelector('[role=main], main') || document;"
            " return Array.from(m.querySelectorAll('a[href]')).map(a => a.href); }"
        )
        out: list[str] = []
        for h in hrefs:
            if re.search(regex, h) and h not in out and self.ctx.allow.allows(h):
                out.append(h)
            if len(out) >= limit:
                break
        return out

    def body_text(self) -> str:
        """The page's visible text, read once per page load."""
        if self._body is None:
            self._body = self.page.locator("body").inner_text()
        return self._body

    def read_control(self, labels: list[str]) -> tuple[str, str, str | None]:
        """(label as shown, kind, current value) of the first labelled control found.

        Raises PageChangedError when none of the labels is on the page."""
        if self._controls is None:
            self._controls = self.page.evaluate(_CONTROLS_JS)
        # fast path: the page's labelled controls, read once; every wording of the label is
        # looked for, since an old and a new wording side by side may disagree
        shown, found = None, []
        for label in labels:
            rx = text_regex(label, exact=True)
            hits = [c["value"] for c in self._controls if rx.search(c["name"])]
            if hits and shown is None:
                shown = label
            found += hits
        if shown is not None:
            return self._one_value(shown, found)
        for label in labels:
            rx = text_regex(label, exact=True)
            # controls first: a section or heading can carry the same name as its setting
            loc = None
            for role in ("combobox", "switch", "checkbox", "radiogroup", "listbox"):
                cand = self.page.get_by_role(role, name=rx)
                if cand.count():
                    loc = cand
                    break
            if loc is None:
                loc = self.page.get_by_label(rx).locator(
                    "xpath=self::select|self::input|self::textarea|self::*[@role='switch' or @role='checkbox'"
                    " or @role='combobox' or @role='radiogroup' or @role='radio']")
            if loc.count():
                return self._one_value(label, [loc.nth(i).evaluate(_CONTROL_JS) for i in range(min(loc.count(), 5))])
        raise PageChangedError(self.spec.display, f"the setting “{labels[0]}”", self.page.url)

    def _one_value(self, label: str, found: list[dict[str, Any]]) -> tuple[str, str, str | None]:
        """The setting's value when every control carrying its label agrees.

        Two controls with one label and different values (an A/B variant beside the old
        control, a stale copy in a dialog): either may be the real one, so none is taken.
        """
        values = list(dict.fromkeys((f["kind"], f["value"]) for f in found))
        if len(values) > 1:
            shown = " / ".join(f"“{v}”" for _, v in values[:3])
            raise PageChangedError(self.spec.display, f"one value for the setting “{label}” (it is shown {len(found)} times, "
                                   f"with different values: {shown})", self.page.url)
        return label, values[0][0], values[0][1]

    # -- images -----------------------------------------------------------------------
    def reveal_images(self, scope: Any = None, limit: int = 50) -> list[dict[str, str]]:
        handle = scope.element_handle() if scope is not None else None
        found: list[dict[str, str]] = self.page.evaluate(_REVEAL_JS, [handle, limit])
        return found

    def listed_images(self, limit: int = 60) -> list[str]:
        """Image URLs in the main area, loaded or waiting to be lazy-loaded (data-src), on allowed hosts."""
        urls = self.page.evaluate(
            """(limit) => { const m = document.querySelector('[role=main], main') || document.body;
                 const abs = ABS_URL_JS;
                 const out = [];
                 for (const im of m.querySelectorAll('img')) {
                   if (im.closest('[aria-hidden=true]')) continue;
                   const s = im.getAttribute('data-src') || im.getAttribute('data-lazy-src') || im.currentSrc || im.getAttribute('src') || '';
                   if (!s || s.startsWith('data:')) continue;
                   const u = abs(s);
                   if (u && !out.includes(u)) out.push(u);
                   if (out.length >= limit) break;
                 }
                 return out; }""".replace("ABS_URL_JS", ABS_URL_JS),
            limit,
        )
        return [u for u in urls if self.ctx.allow.allows(u)]

    def save_media(self, url: str, out_dir: Path) -> tuple[str, str] | str:
        """Keep an image's bytes as media/<sha256>.<ext>; (path, sha256), or the reason it failed."""
        if not self.ctx.allow.allows(url):
            return "not on the platform's own hosts"
        body: bytes | None = None
        ctype = ""
        resp = self.ctx.images.get(url)
        if resp is not None:
            try:
                body = resp.body()
                ctype = resp.headers.get("content-type", "")
            except Exception:
                body = None
        if body is None:
            # Playwright's API requests bypass context.route, so this fetch guards itself:
            # no redirects (a 3xx could lead off the allowlist) and a size cap.
            self.ctx.log.append(RequestRecord("GET", url, "fetch", None, time.time()))  # route() never sees it
            try:
                r = self.ctx.context.request.get(url, timeout=15000, max_redirects=0)
                if 300 <= r.status < 400:
                    return f"HTTP {r.status} redirect not followed (it could lead off the platform's hosts)"
                if not r.ok:
                    return f"HTTP {r.status}"
                size = int(r.headers.get("content-length") or 0)
                if size > _MAX_MEDIA_BYTES:
                    return f"{size / 2**20:.0f} MiB is over the {_MAX_MEDIA_BYTES // 2**20} MiB limit for one image"
                body, ctype = r.body(), r.headers.get("content-type", "")
                if len(body) > _MAX_MEDIA_BYTES:
                    return f"over the {_MAX_MEDIA_BYTES // 2**20} MiB limit for one image"
            except Exception as exc:
                return f"download failed: {type(exc).__name__}"
        sha = hashlib.sha256(body).hexdigest()
        ext = mimetypes.guess_extension(ctype.split(";")[0].strip()) if ctype else None
        if not ext:
            ext = Path(urlsplit(url).path).suffix.lower()
        ext = {".jpe": ".jpg", ".jpeg": ".jpg"}.get(ext, ext)
        if not re.fullmatch(r"\.[a-z0-9]{1,5}", ext or ""):
            ext = ".bin"  # never let a URL choose odd characters for a file name
        rel = f"media/{sha}{ext}"
        target = out_dir / rel
        if not target.exists():
            private_dir(target.parent)
            write_private(target, body)
        return rel, sha

    def screenshot(self, out_dir: Path) -> str:
        png = self.page.screenshot(full_page=False, type="png")  # the first screenful, as a visitor sees it
        sha = hashlib.sha256(png).hexdigest()
        rel = f"media/{sha}.png"
        write_private(out_dir / rel, png)
        return rel
