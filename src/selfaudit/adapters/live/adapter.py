"""The page object that reads one platform account, driven entirely by its locator data.
(Over 500 lines: one page object whose steps — profile, settings, posts, photos — share one page,
one page budget and one record of what was missing; the stranger view's readers are in stranger.py.)

Read-only by construction: the context refuses every non-GET request, the adapter only
navigates, scrolls, reads and presses "see more" and essential-only cookie buttons. Every
fact it cannot find becomes a ``provenance.missing`` entry with the reason — never a guess.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ... import __version__
from ...errors import PageChangedError, SelfauditError, SessionExpiredError
from ...snapshot import (
    STRANGER_ITEMS,
    Account,
    AccountSnapshot,
    Audience,
    AudienceSetting,
    Connections,
    EmptyEvidence,
    Media,
    Missing,
    Post,
    PostKind,
    Profile,
    Provenance,
    StrangerView,
)
from ..browser import Allowlist, Browser
from . import postdata
from .authors import AUTHORS_JS, author_css, other_author
from .page import ABS_URL_JS, LivePage, PageLimitReached, fold, norm, said_on_own_line, text_regex
from .spec import PlatformSpec, SettingSpec, css_for, expand
from .stranger import CONTENT as STRANGER_CONTENT
from .stranger import StrangerReader, parse_count

Progress = Callable[[str], None]

_ARTICLE_JS = ("""
(art, p) => {
  // the post's own id as its markup gives it (locator data names the attributes): its key in the page's data;
  // an ancestor's id only when that ancestor holds this post alone (a wrapper's id is not each post's in it)
  const attrs = {};
  for (const a of p.idAttrs) {
    try {
      let el = art.hasAttribute(a) ? art : art.closest('[' + CSS.escape(a) + ']');
      if (el && el !== art && el.querySelectorAll(p.postElement).length !== 1) el = null;
      if (el) attrs[a] = el.getAttribute(a);
    } catch (e) {}
  }
  const nameOf = (el) => {
    let n = el.getAttribute('aria-label');
    const by = el.getAttribute('aria-labelledby');
    if (!n && by) n = by.split(/\\s+/).map(id => { const x = document.getElementById(id); return x ? x.innerText : ''; }).join(' ');
    return (n || '').trim().toLowerCase();
  };
  const scope = p.pageComments ? (document.querySelector('[role=main], main') || document) : art;
  const lists = Array.from(scope.querySelectorAll('[role=list], ul, ol')).filter(l => p.comments.includes(nameOf(l)));
  const inLists = (el) => lists.some(l => l.contains(el));
  // the platform's own word that a post has no comments (read only where no list was found)
  // on a line of its own (a name may lead it, a quotation may not; at most a full stop after):
  // "No comments yet? Come on people" in a caption is the person's, not the platform's (page.said_on_own_line)
  const lines = lists.length ? [] : (scope.innerText || '').split('\\n')
    .map(l => l.replace(/\\s+/g, ' ').replace(/[\\u2018\\u2019]/g, "'").trim().toLowerCase());
  const ownLine = (w) => lines.some(l => { const at = l.indexOf(w);
    return at >= 0 && at <= 50 && !/["\\u201c\\u201d\\u201e\\u00ab\\u00bb]/.test(l.slice(0, at)) && /^[ .!]?$/.test(l.slice(at + w.length)); });
  const saysNoComments = p.noComments.find(w => w && ownLine(w)) || null;
  const comments = [];
  for (const l of lists) for (const li of l.querySelectorAll('[role=listitem], li')) {
    const a = li.querySelector('a, strong, b, h3, h4, h5, [data-author]');
    const author = a ? a.innerText.trim() : '';
    let t = li.innerText.trim();
    if (author && t.startsWith(author)) t = t.slice(author.length).replace(/^[\\s:·-]+/, '').trim();
    comments.push({author, text: t});
  }
  // a post element inside this one is a share or a comment: its audience marker and words are not this post's
  // (locator data posts.embedded: how else the platform embeds a shared original, e.g. m.facebook's attachment)
  const nestedSel = ['article', '[role=article]', ...(p.embedded || [])].join(', ');
  const nested = Array.from(art.querySelectorAll(nestedSel));
  const inNested = (el) => nested.some(n => n.contains(el));
  const labels = [];
  for (const el of art.querySelectorAll('[aria-label], [title]')) if (!inLists(el) && !inNested(el)) labels.push(el.getAttribute('aria-label') || el.getAttribute('title'));
  if (art.getAttribute('aria-label')) labels.push(art.getAttribute('aria-label'));
  // each short text of the post outside its comments, one text node at a time (a count is its own node)
  const bits = [];
  const walk = document.createTreeWalker(art, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const t = n.nodeValue.trim();
    if (t && t.length <= 80 && !inLists(n.parentElement)) bits.push(t);
  }
  const tm = Array.from(art.querySelectorAll('time')).find(t => !inLists(t));
  const links = Array.from(art.querySelectorAll('a[href]')).filter(a => !inLists(a)).map(a => a.href);
  // an element's own words: without controls, times, images, headings, audience markers (and shared originals)
  const wordsOf = (el) => {
    const clone = el.cloneNode(true);
    clone.querySelectorAll(nestedSel).forEach(e => e.remove());
    const drop = clone.querySelectorAll('[role=list], ul, ol, button, [role=button], time, img, svg, [aria-hidden=true], h1, h2, h3, h4, [role=heading]');
    drop.forEach(e => { if (!e.closest('[data-keep]')) e.remove(); });
    for (const e of Array.from(clone.querySelectorAll('[aria-label]'))) if (p.dropLabel.some(rx => new RegExp(rx, 'i').test(e.getAttribute('aria-label')))) e.remove();
    return (clone.innerText || '').replace(/\\n{3,}/g, '\\n\\n').trim();
  };
  // each shared original (outermost only, not a comment): its words and who wrote it, kept apart from the post's
  const outer = nested.filter(n => !inLists(n) && !nested.some(m => m !== n && m.contains(n)));
  const shared = outer.map(n => {
    const inner = Array.from(n.querySelectorAll(nestedSel));
    const own = (el) => !inner.some(m => m.contains(el));
    const t = p.textSelector ? Array.from(n.querySelectorAll(p.textSelector)).find(own) : null;
    const a = Array.from(n.querySelectorAll('header a, h1 a, h2 a, h3 a, h4 a, h5 a, h6 a, [role=heading] a')).find(own)
      || Array.from(n.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading], strong')).find(own);
    const text = (t && (t.innerText || '').trim()) || wordsOf(n);
    return {text: text.slice(0, 20000), author: a ? (a.innerText || '').trim().split('\\n')[0].slice(0, 120) : ''};
  });
  const imgs = Array.from(art.querySelectorAll('img')).filter(im => !inLists(im)).map(im => {
    const lazy = im.hasAttribute('data-src') || im.hasAttribute('data-lazy-src');
    const s = im.currentSrc || im.getAttribute('src') || '';
    return {src: (!lazy && s && !s.startsWith('data:')) ? (ABS_URL_JS)(s) : '',
            alt: im.getAttribute('alt') || '', hidden: !!im.closest('[aria-hidden=true]'), nest: outer.findIndex(n => n.contains(im))};
  });
  // where each of the post's images is (every img, in page order): -2 in a comments list, -1 the post's own,
  // k inside the k-th shared original (its author's photo, never the person's)
  const imgWhere = Array.from(art.querySelectorAll('img')).map(im => inLists(im) ? -2 : outer.findIndex(n => n.contains(im)));
  // a control that shows the rest of a long post's text ("See more"): still there, the text is cut
  const moreName = (el) => (el.innerText || el.getAttribute('aria-label') || '').replace(/^[\\s.…]+/, '').replace(/\\s+/g, ' ').trim().toLowerCase();
  const cut = Array.from(art.querySelectorAll('button, [role=button], a'))
    .filter(el => !inLists(el) && !inNested(el) && p.textMore.includes(moreName(el))).map(moreName);
  // a carousel's "Next": the post has photos that are not all on the page
  const next = Array.from(art.querySelectorAll('button, [role=button]'))
    .some(el => !inLists(el) && !inNested(el) && [moreName(el), (el.getAttribute('aria-label') || '').trim().toLowerCase()]
      .some(n => p.mediaNext.includes(n)));
  // who wrote the post: authors.AUTHORS_JS (the same reading as the public audit's)
"""
               + AUTHORS_JS
               + """  // the post's own text element: never one inside a shared original (the person's caption may be in unknown markup)
  let picked = null;
  if (p.textSelector) { const t = Array.from(art.querySelectorAll(p.textSelector)).find(e => !inNested(e)); if (t) picked = (t.innerText || '').trim(); }
  return {cut, next, attrs, labels, comments, lists: lists.length, saysNoComments, bits, links, imgs, imgWhere, picked, shared, authors, time: tm ? (tm.getAttribute('datetime') || tm.innerText) : null,
          text: wordsOf(art)};
}
""").replace("ABS_URL_JS", ABS_URL_JS)

# Press the post's own "See more" buttons (never a link: that opens another page); how many were pressed.
_EXPAND_JS = """
(art, words) => {
  const name = (el) => (el.innerText || el.getAttribute('aria-label') || '').replace(/^[\\s.…]+/, '').replace(/\\s+/g, ' ').trim().toLowerCase();
  const nested = Array.from(art.querySelectorAll('article, [role=article]'));
  let n = 0;
  for (const el of art.querySelectorAll('button, [role=button]')) {
    if (el.closest('a[href]') || nested.some(x => x.contains(el)) || !words.includes(name(el))) continue;
    el.click();
    n++;
  }
  return n;
}
"""

# The page's own data, read once per page of posts: inline scripts (data written as script, e.g.
# m.facebook's MLiveData) and the elements the locator data names as JSON blocks.
_PAGE_DATA_JS = """
(blocks) => {
  const scripts = [];
  for (const s of document.querySelectorAll('script:not([src])')) {
    const t = s.textContent || '';
    if (t.length < 4000000) scripts.push(t);
  }
  const json = [];
  for (const css of blocks) {
    let els = [];
    try { els = document.querySelectorAll(css); } catch (e) { continue; }
    for (const el of els) {
      const t = el.textContent || '';
      if (t.length < 4000000) { try { json.push(JSON.parse(t)); } catch (e) {} }
    }
  }
  return {scripts: scripts.slice(0, 400), json: json.slice(0, 400)};
}
"""

# The image itself, or the first image inside a link/region: its URL once loaded (else "").
_IMG_JS = """
(e) => {
  const im = e.tagName.toLowerCase() === 'img' ? e : e.querySelector('img');
  if (!im) return null;
  const lazy = im.hasAttribute('data-src') || im.hasAttribute('data-lazy-src');
  const s = im.currentSrc || '';
  return {src: (!lazy && im.complete && s && !s.startsWith('data:')) ? s : '', alt: im.getAttribute('alt') || ''};
}
"""

# The texts of the elements a selector finds (bounded), to tell a post's words from a notice.
_TEXTS_JS = "(sel) => Array.from(document.querySelectorAll(sel)).slice(0, 400).map(e => (e.innerText || '').slice(0, 4000))"


_WIDTH = [Audience.PUBLIC, Audience.LOGGED_IN, Audience.FRIENDS_OF_FRIENDS, Audience.FRIENDS, Audience.ONLY_ME]


def _widest(audiences: list[Audience]) -> Audience:
    """The widest of read audiences. A custom list ("Custom") can hold friends
    of friends or lists whose reach the page does not show: it is never taken as friends or
    narrower, so beside friends/only-me it is the answer (a review); a known wider one still wins."""
    known = [a for a in audiences if a in _WIDTH]
    widest = min(known, key=_WIDTH.index) if known else Audience.UNKNOWN
    if Audience.CUSTOM in audiences and (not known or _WIDTH.index(widest) >= _WIDTH.index(Audience.FRIENDS)):
        return Audience.CUSTOM
    return widest


def toggle_option(value: str | None) -> str | None:
    """A switch's state as the option word the locator data maps ("On"/"Off"); None when unread."""
    return {"on": "On", "off": "Off"}.get(value or "")


def widest_of(found: dict[str, Audience], keys: list[str]) -> Audience:
    """The widest audience of the settings ``keys`` (e.g. an unlocked profile is as open as its
    widest setting). One public is public whatever else; otherwise a setting not read or not
    recognised may be the widest, so the answer is unknown, never the widest of the rest."""
    known = [found[k] for k in keys if k in found and found[k] in _WIDTH]
    if Audience.PUBLIC in known:
        return Audience.PUBLIC
    if any(k not in found or found[k] == Audience.UNKNOWN for k in keys):
        return Audience.UNKNOWN
    return _widest([found[k] for k in keys])


def _g1(m: re.Match[str]) -> str:
    """Group 1 of a locator regex, or the whole match when the data has no group."""
    return m.group(1) if m.groups() else m.group(0)


def _names_an_option(options: dict[str, Audience], label: str) -> bool:
    """An aria-label that is one of the setting's option words, alone or after up to three words
    ("Public", "Visible to Public"): an audience marker, whatever its wording."""
    words = norm(label).split()
    return any(0 <= len(words) - len(norm(k).split()) <= 3 and words[len(words) - len(norm(k).split()):] == norm(k).split()
               for k in options)


def _map_option(options: dict[str, Audience], value: str | None) -> Audience:
    if value is None:
        return Audience.UNKNOWN
    nv = norm(value)
    for k, a in options.items():
        if norm(k) == nv:
            return a
    return Audience.UNKNOWN


def _more_came(lp: LivePage, js: str, arg: Any, control: Any) -> bool:
    """After pressing a "show more": whether more came. A control still busy (disabled, aria-busy) is a slow
    page, given longer; one idle again with nothing new loaded nothing (it then counts as more not read)."""
    for timeout in (8000, 30000):
        try:
            lp.page.wait_for_function(js, arg=arg, timeout=timeout)
            return True
        except Exception:
            try:
                busy = control.is_visible() and (not control.is_enabled() or control.get_attribute("aria-busy", timeout=1000) == "true")
            except Exception:
                busy = False
            if not busy:
                return False
    return False


def _unloaded(img: dict[str, Any], role: str, n: int, owner: str = "photos") -> Media:
    """A lazy photo whose loader never gave it an address that loaded: a photo not examined, with the reason."""
    url = img.get("pending") or None
    return Media(id=_stable_id(url) if url else f"{owner}-unloaded-{n + 1}", role=role, url=url,  # type: ignore[arg-type]
                 alt=img.get("alt") or None,
                 skipped="the photo did not load on the page (lazy-loaded, never shown), so it was not looked at")


def _kept_once(have: list[Media], med: Media) -> Media | None:
    """``med`` unless the same address is already kept; addresses that only end alike (LinkedIn's
    …/feedshare-shrink_800/0/<time>) are different photos, so this one's id is made its own."""
    if any(x.url == med.url for x in have):
        return None
    if any(x.id == med.id for x in have):
        med.id = f"{med.id}-{hashlib.sha256((med.url or '').encode()).hexdigest()[:8]}"
    return med


def _scheme(url: str) -> str:
    """A page link's scheme; "" for an address Chromium could not parse (``a.href`` gives it back raw)."""
    try:
        return urlsplit(url).scheme
    except ValueError:
        return ""


def _stable_id(url: str) -> str:
    try:
        path = urlsplit(url).path.rstrip("/")
    except ValueError:  # an unparsable address from the page: its hash is still a stable id
        path = ""
    tail = path.rsplit("/", 1)[-1] if path else ""
    return tail or hashlib.sha256(url.encode()).hexdigest()[:16]


def _post_id(permalink: str) -> str:
    """A post's id from its permalink: the path's last segment, with the query when there is one
    (m.facebook's posts all link to /story.php, told apart only by ?story_fbid=…)."""
    try:
        query = urlsplit(permalink).query
    except ValueError:  # unparsable (given back raw by the page): the path-less id is its hash
        query = ""
    return _stable_id(permalink) + (f"?{query}" if query else "")


class LiveAdapter:
    def __init__(
        self,
        browser: Browser,
        spec: PlatformSpec,
        base_url: str,
        *,
        storage_state: dict[str, Any] | None,
        out_dir: Path,
        max_posts: int = 20,
        max_photos: int = 20,
        progress: Progress | None = None,
    ):
        self.browser = browser
        self.spec = spec
        self.base = base_url.rstrip("/")
        self.storage_state = storage_state
        self.out_dir = Path(out_dir)
        self.max_posts = max_posts
        self.max_photos = max_photos
        self._progress = progress
        self.missing: list[Missing] = []
        self.empty: list[EmptyEvidence] = []
        self.notes: list[str] = []
        self.allow = Allowlist.for_base_url(self.base, spec.hosts)
        self.contexts: list[Any] = []  # GuardedContexts, kept for their request logs
        self.profile_url: str | None = None
        self.handle: str | None = None
        self.owner_name: str | None = None
        self.settings_found: dict[str, AudienceSetting] = {}
        self._labels: dict[str, list[str]] = {}
        self.timings: dict[str, float] = {}  # seconds per collection step, for bench/
        self._unknown_aud = 0
        # per post id: was its text found by the locator data; (comment lists found, the page's "no comments" words)
        self._text_found: dict[str, bool] = {}
        self._text_cut: dict[str, str] = {}
        self._photos_unshown: dict[str, int] = {}
        self._carousels: set[str] = set()
        self._comment_lists: dict[str, tuple[int, str | None]] = {}
        self._comment_count: dict[str, int | None] = {}  # per post id: its own count of comments, when shown
        # per post id: its count of comments in the page's own data, and where it was read
        self._data_count: dict[str, tuple[int, str]] = {}
        self._scripts: list[str] = []  # the page's own data (locator posts.comments_data), read once per page
        self._objects: list[dict[str, Any]] = []
        # post ids two posts on the page gave alike (each post kept apart by a suffix): which comments and counts
        # are whose cannot be told, so these posts' comments are never taken as read
        self._shared_ids: set[str] = set()
        self._post_ids: set[str] = set()
        self.owner_avatar: str | None = None

    # -- helpers ------------------------------------------------------------------------
    def progress(self, msg: str) -> None:
        if self._progress:
            self._progress(f"{self.spec.display}: {msg}")

    def _posts_bound(self) -> None:
        """The page had more posts than --max-posts: the older ones were not read (no pass on them)."""
        self.miss("posts.bound", f"{self.spec.display}: --max-posts {self.max_posts}: the {self.max_posts} most recent "
                  "posts were read, older ones were not (to read them: selfaudit audit -p " + self.spec.platform + " --max-posts 500)")

    def _more_stayed(self, more: Any, n: int) -> None:
        """Fewer posts than --max-posts, and the page's "more" control still there: pressing it loaded
        nothing (a failing or slow page, a rate limit), so the account has posts never read (no pass on them)."""
        label = (more.inner_text(timeout=2000) or "").strip() or self.spec.posts.more[0]
        self.miss("posts.more", f"{self.spec.display}: {n} post(s) loaded, and the page's “{label[:60]}” stayed: more posts "
                  "did not load, so they were not read (try the audit again later)")

    def _outside_posts(self, control: Any) -> bool:
        """A control not inside a post: a long post's own "See more" reveals its text, it loads no posts."""
        try:
            return bool(control.evaluate("(e, sel) => !e.closest(sel)", self.spec.posts.element))
        except Exception:
            return True  # cannot tell: the posts may not all have loaded (no pass on them)

    def miss(self, fact: str, reason: str) -> None:
        self.missing.append(Missing(fact=fact, reason=reason))

    def open(self, lp: LivePage, url: str) -> None:
        """Navigate a logged-in page; landing on the login form means the session is gone."""
        lp.goto(url)
        login = self.spec.url(self.base, "login")
        if lp.page.url.startswith(login) or self._login_form(lp):
            raise SessionExpiredError(self.spec.platform)

    def _login_form(self, lp: LivePage) -> bool:
        # cheap first: no password field (noted on arrival), no login form
        if not lp.has_password_field:
            return False
        for label in self.spec.login.password[:1] + self.spec.login.username:
            if lp.page.get_by_label(text_regex(label, exact=True)).count():
                return True
        return False

    def _opened(self, lp: LivePage, url: str) -> bool:
        """Open ``url``; True once it opened (a failure raises, and ``_step`` records it)."""
        self.open(lp, url)
        return True

    def _step(self, fact: str, fn: Callable[[], Any]) -> Any:
        """Run one collection step; anything but an expired session becomes a recorded gap."""
        from playwright.sync_api import Error as PWError

        t0 = time.perf_counter()
        try:
            return fn()
        except SessionExpiredError:
            raise
        except PageChangedError as exc:
            self.miss(fact, exc.message)
        except PageLimitReached as exc:
            self.miss(fact, exc.message)
        except PWError as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            self.miss(fact, f"{self.spec.display}: the page did not respond as expected ({first[:160]})")
        except SelfauditError as exc:
            self.miss(fact, exc.message)
        finally:
            self.timings[fact] = self.timings.get(fact, 0.0) + time.perf_counter() - t0
        return None

    def _url(self, template: str) -> str:
        return expand(template, base=self.base, profile=self.profile_url, handle=self.handle)

    # -- the whole account ------------------------------------------------------------
    def collect(self) -> AccountSnapshot:
        ctx = self.browser.new_context(self.allow, storage_state=self.storage_state, read_only=True,
                                       deny_paths=self.spec.deny_get_paths)
        self.contexts.append(ctx)
        lp = LivePage(ctx, self.spec, self.base)
        try:
            self.progress("opening your home page")
            from playwright.sync_api import Error as PWError

            try:
                self.open(lp, self.spec.url(self.base, "home"))
            except PWError as exc:
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise SelfauditError(
                    f"Could not open {self.spec.display} at {self.base}: {first[:200]}",
                    "Check your internet connection (or that the address is right) and try again.",
                ) from None
            found = self._step("profile", lambda: self._find_profile(lp))
            profile = connections = settings = posts = photos = None
            if found:
                self.progress("reading your profile")
                profile, connections = self._step("profile", lambda: self._profile(lp)) or (None, None)
            else:
                self.miss("connections", "your own profile page could not be found")
            self.progress("reading your privacy settings")
            t0 = time.perf_counter()
            settings = self._settings(lp)
            self.timings["settings"] = self.timings.get("settings", 0.0) + time.perf_counter() - t0
            self.settings_found = {s.key: s for s in settings}
            if found:
                self.progress("reading your posts")
                posts = self._step("posts", lambda: self._posts(lp))
                if self.spec.photos.page:
                    self.progress("reading your photos")
                    photos = self._step("photos", lambda: self._photos(lp))
                else:  # a note, not a gap (the posts' photos are read with them): a child fact, so no "photos.*" need matches it
                    self.miss("photos.page", f"{self.spec.display} has no separate photos page; photos come with the posts")
                    if any(m.fact == "posts.bound" for m in self.missing):
                        self.miss("photos.bound", f"{self.spec.display}: photos come with the posts, and --max-posts left "
                                  "older posts (and their photos) unread")
            else:
                self.miss("posts", "your own profile page could not be found")
                self.miss("photos", "your own profile page could not be found")
            pages = lp.pages_loaded
        finally:
            ctx.close()
        stranger = None
        if self.profile_url:
            self.progress("looking at your profile as a logged-out stranger")
            stranger = self._step("stranger_view", self._stranger)
        else:
            self.miss("stranger_view", "your own profile page could not be found")
        if stranger is not None and settings:
            settings = self._stranger_outranks(stranger, settings, posts or [])
        self.notes.append(f"{pages} logged-in pages read, browser {self.browser.version}")
        return AccountSnapshot(
            account=Account(platform=self.spec.platform, handle=self.handle or "unknown", url=self.profile_url,
                            display_name=profile.name if profile else None),
            profile=profile,
            settings=settings,
            posts=posts,
            photos=photos,
            connections=connections,
            stranger_view=stranger,
            provenance=Provenance(source="live", adapter=f"live.{self.spec.platform}", location=self.base,
                                  tool_version=__version__, missing=self.missing, empty=self.empty, notes=self.notes,
                                  blocked_requests=self.blocked_requests()),
        )

    def _stranger_outranks(self, view: StrangerView, settings: list[AudienceSetting], posts: list[Post]) -> list[AudienceSetting]:
        """A setting that hides something from strangers (locator ``stranger_hides``: posts, contact…),
        beside a logged-out page that shows it: the settings page's word is no evidence (the change not
        yet in force, a control misread, a phone number in the bio). The setting, what the same control
        decides and the posts' audience taken from it are unknown, with the reason; the stranger view
        says what was seen."""
        if view.recognised_as not in ("profile", "closed_profile"):
            return settings
        shown = {i.what: i for i in view.items if i.state == "shown" and (i.what not in STRANGER_CONTENT or (i.count or 0) > 0)}
        dropped: dict[str, str] = {}
        for s in self.spec.settings:
            read = self.settings_found.get(s.key)
            seen = [shown[w] for w in s.stranger_hides if w in shown]
            if not seen or read is None or read.audience in (Audience.PUBLIC, Audience.UNKNOWN):
                continue
            if read.audience == Audience.LOGGED_IN and _widest(list(s.options.values())) == Audience.LOGGED_IN:
                continue  # already the widest the setting offers ("Anyone on LinkedIn"): nothing wider to contradict
            what = ", ".join(f"{i.count} {i.what}" if i.what in STRANGER_CONTENT else STRANGER_ITEMS.get(i.what, i.what) for i in seen)
            said = f"“{read.label}” is set to “{read.option}”"
            for k in [s.key, *s.also]:
                dropped[k] = (f"the settings page says {said}, but a logged-out stranger was shown {what} on the profile "
                              f"({view.url}): which is in force cannot be told; the stranger view says what is seen")
            if self.spec.posts.audience_from_setting in (s.key, *s.also):
                taken = f"{read.label}: {read.option}"
                for p in posts:
                    if p.audience_label == taken:
                        p.audience = Audience.UNKNOWN
                    for m in p.media:
                        if m.audience_label == taken:
                            m.audience = None
                if any(p.audience_label == taken for p in posts):
                    self.miss("posts.audience", f"{self.spec.display} posts take their audience from {said}, but a logged-out "
                              f"stranger was shown {what} on the profile: their audience cannot be told from the settings page")
        for k, why in dropped.items():  # read, so kept (the doctor matched it), its audience not known
            self.miss(f"settings.{k}", why)
            for st in settings:
                if st.key == k:
                    st.audience = Audience.UNKNOWN
        # every post read says friends or fewer, yet the stranger was shown posts: those were not among the
        # posts read, or their markers were misread — "none visible beyond friends" is no pass
        judged = [p for p in posts if not (p.third_party and p.kind != "share") and not (p.kind == "share" and p.parent_id)]
        narrow = (Audience.FRIENDS_OF_FRIENDS, Audience.FRIENDS, Audience.ONLY_ME)
        n = shown["posts"].count or 0 if "posts" in shown else 0
        if n and judged and all(p.audience in narrow for p in judged):
            self.miss("posts.more", f"a logged-out stranger was shown {n} post(s) on the profile ({view.url}), but each of the "
                      f"{len(judged)} posts read here is shown to friends or fewer: the posts the stranger sees were not "
                      "among them, or their audience was misread")
        return settings

    def blocked_requests(self) -> list[str]:
        """What the guard refused in this platform's contexts, each once (for the report)."""
        return list(dict.fromkeys(b for ctx in self.contexts for b in ctx.blocked()))

    # -- profile ----------------------------------------------------------------------
    def _find_profile(self, lp: LivePage) -> bool:
        href = lp.read([{**f, "read": "href"} for f in self.spec.profile_link])
        if not href:
            raise PageChangedError(self.spec.display, "the link to your own profile", lp.page.url)
        if not self.allow.allows(href):
            raise PageChangedError(self.spec.display, "a profile link on the platform's own site", lp.page.url)
        self.profile_url = href.split("?")[0].split("#")[0].rstrip("/")
        m = re.search(self.spec.paths.get("handle_regex", r"/([^/]+)$"), self.profile_url)
        self.handle = (m.group(1) if m.groups() else m.group(0)) if m else None  # locator data may lack a group
        return True

    def _media(self, lp: LivePage, img: dict[str, str], role: str, **extra: Any) -> Media | None:
        src = img.get("src") or ""
        if not src:
            return None
        saved = lp.save_media(src, self.out_dir)
        mid = _stable_id(src)
        if isinstance(saved, str):
            return Media(id=mid, role=role, url=src, alt=img.get("alt") or None, skipped=saved, **extra)  # type: ignore[arg-type]
        path, sha = saved
        return Media(id=mid, role=role, url=src, path=path, sha256=sha, alt=img.get("alt") or None, **extra)  # type: ignore[arg-type]

    def _profile_photo(self, lp: LivePage, key: str, role: str) -> Media | None:
        finds = self.spec.profile.get(key)
        if not finds:
            return None
        for f in finds:
            loc = lp.locator(f)
            if loc.count():
                got = loc.first.evaluate(_IMG_JS)
                if got is None:
                    continue
                if got["src"]:  # already loaded (eager), one round trip
                    return self._media(lp, got, role)
                el = loc.first
                if el.evaluate("e => e.tagName.toLowerCase()") != "img":
                    el = el.locator("img").first
                el.scroll_into_view_if_needed()
                lp.page.wait_for_function(
                    "e => e.currentSrc && !e.currentSrc.startsWith('data:') && e.complete && (!e.hasAttribute('data-src') "
                    "|| e.currentSrc === (ABS_URL_JS)(e.getAttribute('data-src')))".replace("ABS_URL_JS", ABS_URL_JS),
                    arg=el.element_handle(), timeout=3000)
                src = el.evaluate("e => e.currentSrc")
                alt = el.get_attribute("alt") or ""
                return self._media(lp, {"src": src, "alt": alt}, role)
        self.miss(f"profile.{role}", f"{self.spec.display}: no {role.replace('_', ' ')} found on the profile page")
        return None

    def _profile(self, lp: LivePage) -> tuple[Profile, Connections | None]:
        self.open(lp, self.profile_url or "")
        fields: dict[str, str | None] = {}
        keys = ("name", "handle", "bio", "about", "headline", "location", "employer")

        def read_fields() -> None:
            for k in keys:
                if fields.get(k) is None and self.spec.profile.get(k):
                    fields[k] = lp.read(self.spec.profile[k])

        read_fields()
        links = self._links(lp)
        photo = self._profile_photo(lp, "profile_photo", "profile_photo")
        self.owner_avatar = photo.url if photo else None
        cover = self._profile_photo(lp, "cover_photo", "cover_photo")
        connections = self._connections(lp)
        for tpl in self.spec.profile_pages:
            if all(fields.get(k) is not None for k in keys if self.spec.profile.get(k)):
                break
            self.open(lp, self._url(tpl))
            read_fields()
            links += [link for link in self._links(lp) if link not in links]
        if handle := fields.get("handle"):
            fields["handle"] = handle.lstrip("@")
            self.handle = self.handle or fields["handle"]
        for k in keys:
            if self.spec.profile.get(k) and fields.get(k) is None and k not in ("handle",):
                self.notes.append(f"profile {k}: not shown on the profile")
        self.owner_name = fields.get("name")
        prof = Profile(
            name=fields.get("name"), handle=fields.get("handle") or self.handle, bio=fields.get("bio"),
            about=fields.get("about"), headline=fields.get("headline"), location=fields.get("location"),
            employer=fields.get("employer"), links=links, profile_photo=photo, cover_photo=cover,
        )
        return prof, connections

    def _links(self, lp: LivePage) -> list[str]:
        finds = self.spec.profile.get("links") or []
        out: list[str] = []
        for f in finds:
            loc = lp.locator(f)
            for i in range(min(loc.count(), 20)):
                el = loc.nth(i)
                tag = el.evaluate("e => e.tagName.toLowerCase()")
                hrefs = [el.evaluate("e => e.href")] if tag == "a" else el.evaluate("e => Array.from(e.querySelectorAll('a[href]')).map(a => a.href)")
                for h in hrefs:
                    if (h and _scheme(h) in ("http", "https") and not self.allow.allows(h) and h not in out) or (h and _scheme(h) == "mailto" and h not in out):
                        out.append(h)
        # a link out of the platform goes through the platform's redirector on real sites; keep it readable
        return out

    def _connections(self, lp: LivePage) -> Connections | None:
        if not self.spec.connections:
            return None
        text = lp.body_text()
        got: dict[str, int | None] = {}
        for key, patterns in self.spec.connections.items():
            for pat in patterns:
                m = re.search(pat, text, re.IGNORECASE)
                if m:
                    got[key] = parse_count(_g1(m))
                    break
        if not got:
            self.miss("connections", f"{self.spec.display}: no friends/followers count on the profile page")
            return None
        return Connections(**got)

    # -- settings ---------------------------------------------------------------------
    def _settings(self, lp: LivePage) -> list[AudienceSetting]:
        out: list[AudienceSetting] = []
        by_page: dict[str, list[SettingSpec]] = {}
        for s in self.spec.settings:
            by_page.setdefault(s.page, []).append(s)
        deferred: list[tuple[SettingSpec, str, str | None, str]] = []
        for tpl, specs in by_page.items():
            url = self._url(tpl)
            opened = self._step("settings", partial(self._opened, lp, url))
            for s in specs:
                if s.kind in ("action", "absent", "guided"):
                    for k in [s.key, *s.also]:
                        self.miss(f"settings.{k}", s.note or f"{self.spec.display}: “{s.label[0]}” has no readable value")
                    continue
                if not opened:
                    for k in [s.key, *s.also]:
                        self.miss(f"settings.{k}", f"{self.spec.display}: the settings page {url} could not be read")
                    continue
                if s.kind == "markers":
                    got = self._markers(lp, s)
                    if got is not None:
                        out += got
                    continue
                try:
                    label, kind, value = lp.read_control(s.label)
                except PageChangedError as exc:
                    for k in [s.key, *s.also]:
                        self.miss(f"settings.{k}", f"{exc.message} (looked for “{' / '.join(s.label)}”)")
                    continue
                option = toggle_option(value) if kind == "toggle" else value
                audience = _map_option(s.options, option)
                if audience == Audience.UNKNOWN and s.otherwise_widest_of:
                    deferred.append((s, label, option, lp.page.url))
                    continue
                for k in [s.key, *s.also]:
                    out.append(AudienceSetting(key=k, label=label, option=option, audience=audience, url=lp.page.url))
        found = {x.key: x.audience for x in out}
        for s, label, option, url in deferred:
            audience = widest_of(found, s.otherwise_widest_of)
            for k in [s.key, *s.also]:
                out.append(AudienceSetting(key=k, label=label, option=option, audience=audience, url=url))
        return out

    def _markers(self, lp: LivePage, s: SettingSpec) -> list[AudienceSetting] | None:
        """A setting made of items, each with its own audience marker (Facebook's About fields): the widest wins."""
        region = None
        for name in s.within:
            loc = lp.page.get_by_role("region", name=text_regex(name, exact=True))
            if loc.count():
                region = loc.first
                break
        if region is None:
            for k in [s.key, *s.also]:
                self.miss(f"settings.{k}", f"{self.spec.display}: could not find “{' / '.join(s.within)}” on {lp.page.url}")
            return None
        labels = region.evaluate("r => Array.from(r.querySelectorAll('[aria-label]')).map(e => e.getAttribute('aria-label'))")
        options = [_g1(m).strip() for lab in labels if (m := re.search(s.marker_regex or "$^", lab or "", re.IGNORECASE))]
        # An audience icon in another wording ("Public", "Visible to Public") beside the known ones:
        # its item's audience is not read, and it may be the widest.
        stray = [lab.strip() for lab in labels if lab and not re.search(s.marker_regex or "$^", lab, re.IGNORECASE)
                 and _names_an_option(s.options, lab)]
        if options or stray:
            audiences = [_map_option(s.options, o) for o in options]
            known = [a for a in audiences if a in _WIDTH]
            unknown = [o for o, a in zip(options, audiences, strict=True) if a not in _WIDTH and a != Audience.CUSTOM] + stray
            if unknown and Audience.PUBLIC not in known:  # an unknown wording may be the widest: no answer
                for k in [s.key, *s.also]:
                    self.miss(f"settings.{k}", f"{self.spec.display}: “{' / '.join(s.within)}” on {lp.page.url} shows an audience "
                              f"marker selfaudit does not recognise (“{unknown[0]}”), which may be wider than the others")
                return None
            widest = _widest(audiences)
            option = next((o for o, a in zip(options, audiences, strict=True) if a == widest), options[0])
        else:
            # "only me" needs the page's own word that nothing is shared; an unread marker is unknown
            text = norm(region.inner_text())
            said = next((w for w in s.empty if norm(w) in text), None)
            if said is None:
                for k in [s.key, *s.also]:
                    self.miss(f"settings.{k}", f"{self.spec.display}: no audience marker recognised in “{' / '.join(s.within)}” "
                              f"on {lp.page.url} (looked for aria-label /{s.marker_regex}/)")
                return None
            widest, option = Audience.ONLY_ME, f"nothing shared (the page says “{said}”)"
        label = f"{s.label[0]} ({len(options)} item(s), the widest audience shown)"
        return [AudienceSetting(key=k, label=label, option=option, audience=widest, url=lp.page.url) for k in [s.key, *s.also]]

    # -- posts ------------------------------------------------------------------------
    def _articles(self, lp: LivePage) -> Any:
        # top-level posts only: an article inside another is a shared post or a comment
        return lp.page.locator(self.spec.posts.element)

    def _load_more(self, lp: LivePage, want: int, finds_label: str) -> int:
        arts = self._articles(lp)
        n: int = arts.count()
        clicks = 0
        while n < want and clicks < self.spec.max_pages:
            btn = lp.find_button(self.spec.posts.more)
            if btn is None or not btn.is_visible() or not btn.is_enabled():
                break
            btn.scroll_into_view_if_needed()
            btn.click()
            clicks += 1
            if not _more_came(lp, "([sel, n]) => document.querySelectorAll(sel).length > n", [self.spec.posts.element, n], btn):
                break
            n = arts.count()
        return n

    def _posts(self, lp: LivePage) -> list[Post]:
        ps = self.spec.posts
        self.open(lp, self._url(ps.page))
        posts: list[Post] = []
        self._post_ids, self._shared_ids = set(), set()
        if ps.link_regex:  # a grid of links: each post has its own page
            links = lp.links_matching(ps.link_regex)
            clicks = 0
            while len(links) < self.max_posts and clicks < 10:
                btn = lp.find_button(ps.more)
                if btn is None or not btn.is_visible() or not btn.is_enabled():
                    break
                btn.click()
                clicks += 1
                if not _more_came(lp, "([rx, n]) => new Set(Array.from(document.querySelectorAll('a[href]')).map(a => a.href)"
                                  ".filter(h => new RegExp(rx).test(h))).size > n", [ps.link_regex, len(links)], btn):
                    break
                links = lp.links_matching(ps.link_regex)
            if len(links) > self.max_posts:
                self._posts_bound()
            elif (more := lp.find_button(ps.more)) is not None and more.is_visible() and self._outside_posts(more):
                self._more_stayed(more, len(links))
            for i, href in enumerate(links[: self.max_posts]):
                try:
                    self.open(lp, href)
                except PageLimitReached as exc:  # keep the posts already read; say what was not
                    self.miss("posts.more", f"{exc.message}: {len(links[: self.max_posts]) - i} more post(s) not read")
                    break
                arts = self._articles(lp)
                if not arts.count():
                    self.miss(f"posts.{i + 1}", f"{self.spec.display}: the post page {href} shows no post")
                    continue
                lp.reveal_images(None, limit=50)
                self._read_page_data(lp)
                posts += self._parse_article(lp, arts.first, i, page_comments=True, permalink=href)
            self._page_comments_unread(posts)
            self._text_unread(posts)
            self._photos_unread(posts)
            return self._nonempty(lp, posts, 'posts', self.spec.posts.empty, f'a post (looked for {self.spec.posts.element!r})')
        n = self._load_more(lp, self.max_posts, "posts")
        arts = self._articles(lp)
        more = lp.find_button(self.spec.posts.more)
        if n > self.max_posts or (n == self.max_posts and more is not None and more.is_visible()):
            self._posts_bound()
        elif more is not None and more.is_visible() and self._outside_posts(more):
            self._more_stayed(more, n)
        lp.reveal_images(None, limit=400)  # one pass down the page loads every lazy image
        self._read_page_data(lp)
        detail: list[tuple[int, str]] = []
        for i in range(min(n, self.max_posts)):
            got = self._parse_article(lp, arts.nth(i), i, page_comments=False)
            posts += got
            if ps.open_when_regex and got and got[0].kind == "post" and got[0].url and got[0].id and self._has_comments(got[0]):
                detail.append((len(posts), got[0].url))
        if ps.comments_at is None:
            self.miss("posts.comments", f"{self.spec.display}: the locator data does not say where comments are shown, "
                      "so others' comments were not read")
        elif ps.comments_at == "post_page" and not ps.open_when_regex and not ps.link_regex:
            self.miss("posts.comments", f"{self.spec.display}: comments are on each post's own page, but the locator data "
                      "gives no way to tell which posts have any, so they were not read")
        if ps.open_when_regex:  # replies are read on each post's own page: say when that cannot happen
            own = [p for p in posts if p.kind == "post"]
            no_link = [p for p in own if not p.url]
            if no_link:
                self.miss("posts.comments", f"{self.spec.display}: {len(no_link)} post(s) have no recognisable permalink "
                          f"(looked for /{ps.permalink_regex}/), so their replies were not read")
            if own and not any(re.search(ps.open_when_regex, lab or "", re.IGNORECASE)
                               for p in own for lab in self._labels.get(p.id, [])):
                self.miss("posts.comments", f"{self.spec.display}: could not tell which posts have replies (looked for "
                          f"/{ps.open_when_regex}/ in their labels), so replies were not read")
        # comments shown only on each post's own page (X): read them there
        for k, (insert_at, url) in enumerate(reversed(detail)):
            try:
                self.open(lp, url)
            except PageLimitReached as exc:  # the posts stay; only these posts' comments are unread
                self.miss("posts.comments", f"{exc.message}: comments on {len(detail) - k} post(s) not read")
                break
            arts = self._articles(lp)
            if arts.count():
                parent = next(p for p in posts if p.url == url and p.kind == "post")
                comments = [c for c in self._parse_article(lp, arts.first, 0, page_comments=True, permalink=url,
                                                           as_post=parent.id) if c.kind == "comment"]
                if not comments:
                    self.miss("posts.comments", f"{self.spec.display}: the replies on {url} were not recognised "
                              f"(looked for lists named {' / '.join(ps.comments_name)})")
                for c in comments:
                    c.parent_id = parent.id
                    c.id = f"{parent.id}-{c.id.rsplit('-', 1)[-1]}"
                posts[insert_at:insert_at] = comments
        if ps.comments_at == "inline":
            self._inline_comments_unread(posts)
        self._comments_partly_read(posts)
        self._text_unread(posts)
        self._photos_unread(posts)
        if self._unknown_aud:
            self.notes.append(f"{self._unknown_aud} post(s) without a recognisable audience marker")
        return self._nonempty(lp, posts, 'posts', self.spec.posts.empty, f'a post (looked for {self.spec.posts.element!r})')

    def _read_page_data(self, lp: LivePage) -> None:
        """The page's own data that holds each post's comment count (locator posts.comments_data)."""
        cd = self.spec.posts.comments_data
        if cd is None or not cd.count:
            return
        got = lp.page.evaluate(_PAGE_DATA_JS, [b for b in cd.json_blocks if b.strip()])
        self._scripts = got["scripts"]
        self._objects = postdata.objects(got["json"])

    def _post_data_count(self, pid: str, key: str | None) -> None:
        """The post's comment count in the page's own data, kept with where it was read (never guessed)."""
        cd = self.spec.posts.comments_data
        got = postdata.count(key, cd, self._scripts, self._objects) if cd and key else None
        self._data_count.pop(pid, None)
        if got is not None:
            self._data_count[pid] = got

    def _page_comments_unread(self, posts: list[Post]) -> None:
        """Post pages that showed neither a comments list nor the platform's word that there are none."""
        ps = self.spec.posts
        # a list with nothing recognised in it, or neither a list nor "No comments yet"
        own, unread = self._without_comments(posts, lambda p, said: bool(said))
        unread = self._shared_unread(own, unread)
        if unread:
            said = " / ".join(f"“{w}”" for w in ps.comments_empty if w.strip()) or "nothing (the locator data gives no wording)"
            self.miss("posts.comments", f"{self.spec.display}: the comments on {len(unread)} of {len(own)} post page(s) were "
                      f"not found (looked for a list named {' / '.join(ps.comments_name) or '(none given)'}; for the page's own "
                      f"words that there are none, looked for {said}), so others' comments there were not read: "
                      + ", ".join(p.url or p.id for p in unread[:3]) + (" …" if len(unread) > 3 else ""))

    def _without_comments(self, posts: list[Post], says_none: Callable[[Post, str | None], bool]) -> tuple[list[Post], list[Post]]:
        """(own posts, those of them with no comment read that do not show evidence of having none):
        a comments list that was found but yielded nothing is never evidence of none."""
        own = [p for p in posts if p.kind == "post"]
        with_comments = {c.parent_id for c in posts if c.parent_id and c.kind == "comment"}
        unread = []
        for p in own:
            if p.id in self._shared_ids:
                unread.append(p)  # another post on the page has its id: could not tell which comments are whose
                continue
            if p.id in with_comments:
                continue
            lists, said = self._comment_lists.get(p.id, (0, None))
            if lists or not says_none(p, said):
                unread.append(p)
        return own, unread

    def _shared_unread(self, own: list[Post], unread: list[Post]) -> list[Post]:
        """Record the posts whose id another post on the page also gave as unread; the rest of ``unread``."""
        shared = [p for p in unread if p.id in self._shared_ids]
        if shared:
            self.miss("posts.comments", f"{self.spec.display}: {len(shared)} of {len(own)} post(s) gave the same id as "
                      "another post on the page (looked for each post's own id in "
                      + (" / ".join(str(f) for f in self.spec.posts.comments_data.post_id) if self.spec.posts.comments_data
                         else "nothing: the locator data gives no id") + f", then its permalink /{self.spec.posts.permalink_regex or ''}/), "
                      "so which comments and counts are whose could not be told, and others' comments there were not read: "
                      + ", ".join(p.url or p.id for p in shared[:3]) + (" …" if len(shared) > 3 else ""))
        return [p for p in unread if p.id not in self._shared_ids]

    def _count_comments(self, data: dict[str, Any]) -> int | None:
        rx = self.spec.posts.comments_count_regex
        if not rx:
            return None
        for where in [*data["labels"], *data["bits"]]:
            m = re.search(rx, where or "", re.IGNORECASE | re.MULTILINE)
            if m:
                return parse_count(_g1(m))
        return None

    def _counts(self, post: Post) -> list[int]:
        """The post's own counts of comments that were found: in the page's data, and shown on the page."""
        data = self._data_count.get(post.id)
        return [c for c in (data[0] if data else None, self._comment_count.get(post.id)) if c is not None]

    def _inline_comments_unread(self, posts: list[Post]) -> None:
        """Posts shown with no comments list: read only when their own count says 0 (or the platform says none);
        a count of 0 in the page's own data counts, and is kept as the evidence. Counts that disagree: the largest."""
        ps = self.spec.posts
        own, unread = self._without_comments(posts, lambda p, said: bool(said) or max(self._counts(p), default=None) == 0)
        with_comments = {c.parent_id for c in posts if c.parent_id and c.kind == "comment"}
        none = [p for p in own if p not in unread and p.id not in with_comments]
        unread = self._shared_unread(own, unread)
        by_data = [p for p in none if p.id in self._data_count]
        if none:
            ways = ([f"the page's own data says 0 for {len(by_data)} (e.g. {self._data_count[by_data[0].id][1]})"] if by_data else [])
            if len(by_data) < len(none):
                ways.append(f"the page shows 0 or says there are none for {len(none) - len(by_data)}")
            self.empty.append(EmptyEvidence(fact="posts.comments", evidence=f"{len(none)} of {len(own)} post(s) have no "
                                            "comments: " + "; ".join(ways)))
        if unread:
            shown = sum(1 for p in unread if max(self._counts(p), default=0) > 0)
            cd = ps.comments_data
            data = "; ".join(str(f) for f in cd.count) if cd and cd.count else "nothing: the locator data gives no data path"
            self.miss("posts.comments", f"{self.spec.display}: no comments were found under {len(unread)} of {len(own)} "
                      f"post(s) (looked for a list named {' / '.join(ps.comments_name) or '(none given)'}), and "
                      + (f"{shown} of them count comments above 0" if shown else
                         f"their own count of comments was not recognised as 0 (looked for the page's own data: {data}; "
                         f"and a shown count /{ps.comments_count_regex or ''}/)")
                      + ", so others' comments there were not read")

    def _reply_count(self, post: Post) -> int | None:
        """The count of replies in the post's labels (locator open_when_regex), when shown."""
        rx = self.spec.posts.open_when_regex
        if not rx:
            return None
        for label in self._labels.get(post.id, []):
            m = re.search(rx, label or "", re.IGNORECASE)
            if m:
                return parse_count(_g1(m))
        return None

    def _own_count(self, post: Post) -> int | None:
        """The post's own count of comments or replies, when the page shows or holds one (locator data):
        the largest found, so a hidden comment counted anywhere is never treated as read."""
        counts = self._counts(post)
        return max(counts) if counts else self._reply_count(post)

    def _comments_partly_read(self, posts: list[Post]) -> None:
        """Posts whose own count says more comments than were read ("View more comments", "Load more"):
        an abusive comment among the hidden ones must not let the post pass."""
        short = []
        for p in (p for p in posts if p.kind == "post"):
            read = sum(1 for c in posts if c.parent_id == p.id and c.kind == "comment")
            n = self._own_count(p)
            if read and n is not None and n > read:
                short.append(f"{read} of {n} under {p.url or p.id}")
        if short:
            self.miss("posts.comments", f"{self.spec.display}: only some of the comments were read on {len(short)} post(s) "
                      f"(their own count says more: " + "; ".join(short[:3]) + (" …" if len(short) > 3 else "")
                      + "), so others' comments there were not all read")

    def _photos_unread(self, posts: list[Post]) -> None:
        """Say how many of the posts' photos were never on the page or past the ten read a post (no pass on them)."""
        own = [p for p in posts if p.kind == "post"]
        n = sum(self._photos_unshown.get(p.id, 0) for p in own)
        carousels = sum(p.id in self._carousels for p in own)
        said = ([f"{n} photo(s) not shown on the page (a '+N' tile over the last photo) or past the ten read from one post"]
                if n else []) + ([f"the photos behind “{self.spec.posts.media_next[0]}” in {carousels} post(s) with several"]
                                 if carousels else [])
        if said:
            self.miss("photos.unshown", f"{self.spec.display}: photos in posts not examined: {'; '.join(said)}; "
                      "open those posts to see them")

    def _text_unread(self, posts: list[Post]) -> None:
        """Posts whose text the locator data did not find: their whole text was read instead, which can miss words."""
        own = [p for p in posts if p.kind == "post"]
        cut = [p for p in own if p.id in self._text_cut]
        if cut:  # words after the fold were never read: no pass on them (a finding in what was read still counts)
            said = self._text_cut[cut[0].id]
            word = next((w for w in self.spec.posts.text_more if norm(w).lstrip(".… ") == said), said)
            self.miss("posts.text", f"{self.spec.display}: {len(cut)} of {len(own)} post(s) showed only the start of their "
                      f"text (“{word}” could not be opened here), so the rest was not read")
        unread = [p for p in own if not self._text_found.get(p.id, True)]
        if unread and len(unread) < len(own):
            # the locator works on the others: these posts have no caption element (a photo on its own)
            self.notes.append(f"{self.spec.display}: {len(unread)} of {len(own)} post(s) showed no text of their own; "
                              "their whole post was read")
        elif unread:
            looked = ", ".join(str(f) for f in self.spec.posts.text) or "nothing: the locator data gives no way to find it"
            self.miss("posts.text", f"{self.spec.display}: the text of {len(unread)} of {len(own)} post(s) was not found "
                      f"(looked for {looked}); the whole post was read instead, which can miss words")

    def _has_comments(self, post: Post) -> bool:
        return (self._reply_count(post) or 0) > 0

    def _unique_post_id(self, pid: str) -> str:
        """The post's id, suffixed when another post already has it (so their comments and counts never mix);
        both are remembered as sharing it."""
        if pid not in self._post_ids:
            self._post_ids.add(pid)
            return pid
        self._shared_ids.add(pid)
        n = 2
        while f"{pid}~{n}" in self._post_ids:
            n += 1
        self._post_ids.add(f"{pid}~{n}")
        self._shared_ids.add(f"{pid}~{n}")
        return f"{pid}~{n}"

    def _parse_article(self, lp: LivePage, art: Any, i: int, *, page_comments: bool, permalink: str | None = None,
                       as_post: str | None = None) -> list[Post]:
        ps = self.spec.posts
        selector = css_for(ps.text)
        params = {"comments": [c.lower() for c in ps.comments_name], "dropLabel": ps.audience_attr_regex,
                  "pageComments": page_comments, "textSelector": selector, "postElement": ps.element,
                  "noComments": [norm(w) for w in ps.comments_empty if norm(w)],
                  "idAttrs": [f["attr"] for f in (ps.comments_data.post_id if ps.comments_data else [])
                              if isinstance(f.get("attr"), str) and f["attr"].strip()]}
        words = [norm(w).lstrip(".… ") for w in ps.text_more if norm(w).lstrip(".… ")]
        params["textMore"] = words
        params["mediaNext"] = [norm(w) for w in ps.media_next if norm(w)]
        params["embedded"] = [c for c in ps.embedded if c.strip()]
        params["authorCss"] = author_css(ps.author)
        if words and art.evaluate(_EXPAND_JS, words):
            lp.page.wait_for_timeout(300)  # the rest of the text is revealed in the page
        data = art.evaluate(_ARTICLE_JS, params)
        if selector:
            picked = data["picked"]
        else:
            picked = lp.read(ps.text, scope=art) if ps.text else None
        # the text locator found nothing: read the whole post (it can still show a problem), and say so
        # found-but-empty is a post without a caption (a photo on its own), not a broken locator
        text_found = picked is not None
        text = picked if picked and picked.strip() else data["text"]
        said: dict[str, str] = {}  # every audience marker of the post itself (one shown twice may disagree)
        for label in data["labels"]:
            for rx in ps.audience_attr_regex:
                m = re.search(rx, label or "", re.IGNORECASE)
                if m:
                    said.setdefault(norm(_g1(m)), _g1(m).strip())
                    break
        option = " / ".join(said.values()) if said else ps.audience_default
        # two markers that disagree: which is the post's own cannot be told (never the first one's)
        audience = (Audience.UNKNOWN if len(said) > 1 else _map_option(ps.audience_options, option)) if option else None
        if option is None and ps.audience_from_setting and self.settings_found.get(ps.audience_from_setting):
            st = self.settings_found[ps.audience_from_setting]
            option, audience = f"{st.label}: {st.option}", st.audience
        if audience is None or audience == Audience.UNKNOWN:
            self._unknown_aud += 1
        if permalink is None:
            for href in data["links"]:
                if ps.permalink_regex and re.search(ps.permalink_regex, href):
                    permalink = href
                    break
        # the post's own id in the page's data names it best: a permalink's last segment can be the same for many
        # posts (m.facebook's shares all link to /story.php?story_fbid=…), and per-post counts must not mix
        key = postdata.post_key(data["attrs"], ps.comments_data.post_id) if ps.comments_data else None
        if key:
            pid = key[0]
        else:
            pid = _post_id(permalink) if permalink else f"{self.spec.platform}-{i + 1}-" + hashlib.sha256(text.encode()).hexdigest()[:8]
        # a post's own page opened for its comments is that post: its id, never a new (or another post's) one
        pid = as_post if as_post is not None else self._unique_post_id(pid)
        created = None
        if data["time"]:
            try:
                created = datetime.fromisoformat(data["time"].replace("Z", "+00:00"))
            except ValueError:
                created = None
        media: list[Media] = []
        if all(i["src"] for i in data["imgs"] if not i["hidden"]):
            imgs = data["imgs"]
        else:  # the revealed images are every img in page order: keep where each is (not a comment's)
            imgs = [{**im, "nest": w} for im, w in zip(lp.reveal_images(art, limit=50), data["imgWhere"], strict=False) if w != -2]
        # a photo inside a shared original is its author's: kept with that share (below), never the post's own
        in_shared = [i for i in imgs if i.get("nest", -1) >= 0]
        imgs = [i for i in imgs if i.get("nest", -1) < 0]
        for img in imgs[:10]:
            if not img["src"] and img.get("lazy") and not img.get("hidden"):
                # a photo waiting for its lazy loader that never ran: kept as not examined, never dropped
                # (the photo checks would pass on the post's other photos, silent about this one)
                media.append(_unloaded(img, "post", len(media), pid))
                continue
            if not img["src"] or img.get("hidden") or (self.owner_avatar and img["src"] == self.owner_avatar):
                continue  # the author's avatar next to the name
            med = self._media(lp, img, "post", audience=audience if audience != Audience.UNKNOWN else None, audience_label=option)
            if med and (med := _kept_once(media, med)) is not None:
                media.append(med)
        # photos of the post never on the page ("+7" over the last tile) or beyond the ten read: not examined
        shown = [i for i in imgs if not i.get("hidden")]
        plus = max((int(m.group(1)) for b in data["bits"] if (m := re.fullmatch(r"\+\s?(\d{1,3})", b))), default=0) if shown else 0
        if plus or len(shown) > 10:
            self._photos_unshown[pid] = plus + max(0, len(shown) - 10)
        if data["next"]:  # a carousel: how many photos it holds is not on the page
            self._carousels.add(pid)
        # a post on the timeline by another account (X's repost): its author's words and photos, not the person's
        author, kind = self._other_author(data["authors"])
        # a name not told apart from the person's (kind stays post): judged as the person's, its name kept
        others = bool(author) and kind != "post"
        if others:
            for med in media:
                med.third_party, med.author = True, author
        post = Post(id=pid, kind=kind, url=permalink, created_at=created, text=text, audience=audience,
                    audience_label=option, media=media, author=author, third_party=others)
        self._labels[pid] = data["labels"]
        self._text_found.setdefault(pid, text_found)
        if data["cut"]:  # the rest of the text is behind a control that stayed (a link to another page)
            self._text_cut.setdefault(pid, data["cut"][0])
        self._comment_lists[pid] = (data["lists"], data["saysNoComments"])
        self._comment_count[pid] = self._count_comments(data)
        self._post_data_count(pid, key[0] if key else None)
        out = [post]
        for j, c in enumerate(data["comments"]):
            if not c["text"] and not c["author"]:
                continue
            mine = bool(c["author"] and any(fold(c["author"]) == fold(x) for x in (self.owner_name, self.handle) if x))
            out.append(Post(id=f"{pid}-c{j + 1}", kind="comment", text=c["text"], author=c["author"] or None,
                            third_party=not mine, parent_id=pid, url=permalink, audience=audience, audience_label=option))
        for j, sh in enumerate(data["shared"]):
            if not sh["text"] and not any(i.get("nest") == j for i in in_shared):
                continue
            # a shared original: its author's words, re-shown to the post's audience (not the person's own words)
            mine = bool(sh["author"] and any(fold(sh["author"]) == fold(x) for x in (self.owner_name, self.handle) if x))
            theirs: list[Media] = []
            for img in [i for i in in_shared if i.get("nest") == j][:10]:
                if img.get("hidden") or (not img["src"] and not img.get("lazy")):
                    continue
                med = (_unloaded(img, "post", len(theirs), f"{pid}-s{j + 1}") if not img["src"] else  # kept, never dropped
                       self._media(lp, img, "post", audience=audience if audience != Audience.UNKNOWN else None, audience_label=option))
                if med and (med := _kept_once(theirs, med)) is not None:
                    med.third_party, med.author = not mine, sh["author"] or None
                    theirs.append(med)
            out.append(Post(id=f"{pid}-s{j + 1}", kind="share", text=sh["text"], author=sh["author"] or None, media=theirs,
                            third_party=not mine, parent_id=pid, url=permalink, audience=audience, audience_label=option))
        return out

    def _other_author(self, found: list[dict[str, str] | None]) -> tuple[str | None, PostKind]:
        """The post's author when it is not the audited account, and the kind it gives the post (authors.py)."""
        who, kind = other_author(self.spec.posts.author, found, self.owner_name, self.handle)
        return who, kind  # type: ignore[return-value]

    def _nonempty(self, lp: LivePage, got: list[Any], fact: str, wording: list[str], what: str) -> list[Any]:
        """An empty list only with the platform's own word for it; otherwise the list was not read."""
        if got:
            return got
        if fact == "posts" and self.max_posts == 0:
            raise SelfauditError(f"{self.spec.display}: posts were not read (--max-posts 0)")
        body = lp.body_text()
        for w in wording:
            # the platform's line, not words inside a post it did not recognise, nor a post's whole text
            # ... and what leads it is the account's own name or handle ("Jo hasn’t posted", not "My manager hasn’t posted")
            names = [x for x in (self.owner_name, self.handle) if x]
            if said_on_own_line(body, w, names) and not self._in_post_markup(lp, w):
                self.empty.append(EmptyEvidence(fact=fact, evidence=f"the page says “{w}”"))
                return got
        raise PageChangedError(self.spec.display, what, lp.page.url)

    def _in_post_markup(self, lp: LivePage, wording: str) -> bool:
        """The wording inside what the locator data calls a post or a post's text (the posts' own
        markup renamed, their text element kept): the person's words, even on a line of their own."""
        sels = [self.spec.posts.element, css_for(self.spec.posts.text) or ""]
        sel = ", ".join(x for x in sels if x)
        try:
            texts = lp.page.evaluate(_TEXTS_JS, sel)
        except Exception:
            return True  # cannot tell whose words they are: not the platform's
        return any(norm(wording) in norm(t) for t in texts)

    # -- photos -----------------------------------------------------------------------
    def _photos(self, lp: LivePage) -> list[Media]:
        if self.max_photos <= 0:
            raise SelfauditError(f"{self.spec.display}: photos were not read (--max-photos 0)")
        self.open(lp, self._url(self.spec.photos.page or ""))
        more_names = self.spec.photos.more or self.spec.posts.more
        self._load_more_photos(lp, more_names)
        main = lp.page.get_by_role("main")
        scope = main.first if main.count() else None
        out: list[Media] = []
        # the page's first images are often the avatar and banner, not photos: look further than the bound
        imgs = lp.reveal_images(scope, limit=self.max_photos * 2 + 10)
        for k, img in enumerate(imgs):
            if len(out) >= self.max_photos:
                taken = {m.url for m in out}
                if any(self._photo_link(i) and i.get("src") and i["src"] not in taken for i in imgs[k:]):
                    # more photos than the bound: the rest were never looked at (no pass on them)
                    self.miss("photos.bound", f"{self.spec.display}: --max-photos {self.max_photos}: the first {self.max_photos} photos "
                              f"were read, more were on the page (to read them: selfaudit audit -p {self.spec.platform} --max-photos 200)")
                break
            if not self._photo_link(img):
                continue
            m = self._media(lp, img, "album") if img.get("src") or not img.get("lazy") else _unloaded(img, "album", len(out))
            if m and (m := _kept_once(out, m)) is not None:
                out.append(m)
        more = lp.find_button(more_names) if len(out) < self.max_photos else None
        if more is not None and more.is_visible() and self._outside_posts(more):
            # pressed and nothing came (a failing page, a rate limit): the photos behind it were never looked at
            label = (more.inner_text(timeout=2000) or "").strip() or more_names[0]
            self.miss("photos.more", f"{self.spec.display}: {len(out)} photo(s) loaded on the photos page, and its “{label[:60]}” "
                      "stayed: more photos did not load, so they were not looked at (try the audit again later)")
        return self._nonempty(lp, out, 'photos', self.spec.photos.empty, 'a photo on the photos page')

    def _load_more_photos(self, lp: LivePage, names: list[str]) -> None:
        """Press the photos page's "show more" (X's media tab pages like the timeline) until the bound's worth
        of photos is on the page, the control goes, or nothing more comes."""
        count_js = ("(rx) => Array.from(document.querySelectorAll('img')).filter(i => !rx || "
                    "(i.closest('a') && new RegExp(rx).test(i.closest('a').href))).length")
        rx = self.spec.photos.link_regex or ""
        for _ in range(self.spec.max_pages):
            n = lp.page.evaluate(count_js, rx)
            btn = lp.find_button(names)
            if n > self.max_photos or btn is None or not btn.is_visible() or not btn.is_enabled() or not self._outside_posts(btn):
                return
            btn.scroll_into_view_if_needed()
            btn.click()
            if not _more_came(lp, f"([rx, n]) => ({count_js})(rx) > n", [rx, n], btn):
                return

    def _photo_link(self, img: dict[str, str]) -> bool:
        return not self.spec.photos.link_regex or bool(re.search(self.spec.photos.link_regex, img.get("href") or ""))

    # -- the stranger's view ----------------------------------------------------------
    def _stranger(self) -> StrangerView:
        view, _ = read_stranger_page(self.browser, self.spec, self._url(self.spec.stranger.page), self.allow,
                                     self.out_dir, handle=self.handle, name=self.owner_name, contexts=self.contexts)
        for what, looked in view_missing(view):
            self.miss(f"stranger_view.{what}", looked)
        return view


def view_missing(view: StrangerView) -> list[tuple[str, str]]:
    """The inventory items that were not recognised, each with what was looked for."""
    return [(i.what, f"not recognised on the logged-out page ({i.text})") for i in view.items if i.state == "not-recognised"]


def read_stranger_page(browser: Browser, spec: PlatformSpec, url: str, allow: Allowlist, out_dir: Path, *,
                       handle: str | None = None, name: str | None = None, contexts: list[Any] | None = None,
                       max_posts: int = 0) -> tuple[StrangerView, list[dict[str, Any]]]:
    """Open ``url`` in a fresh context with no session and read what a stranger sees.

    Returns the view and (up to ``max_posts``) the visible posts' text and links."""
    ctx = browser.new_context(allow, storage_state=None, read_only=True, deny_paths=spec.deny_get_paths)
    if contexts is not None:
        contexts.append(ctx)
    try:
        lp = LivePage(ctx, spec, url)
        try:
            lp.goto(url)
        except Exception as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            return StrangerView(url=url, reachable=False, recognised_as="unreachable",
                                wall_text=f"could not load: {first[:200]}"), []
        try:
            lp.page.wait_for_load_state("networkidle", timeout=3000)  # the JSON the page loads itself
        except Exception:
            pass
        reader = StrangerReader(lp, spec.stranger, handle=handle, name=name)
        view = reader.read(url)
        posts = reader.visible_posts(max_posts, spec.posts.embedded, author_css(spec.posts.author)) if max_posts and view.recognised_as == "profile" else []
        view.images = lp.listed_images(limit=60)  # what the page shows, without scrolling through it
        view.screenshot = lp.screenshot(out_dir)
        return view, posts
    finally:
        ctx.close()
