"""The stranger view as an inventory: what a logged-out visitor's page is, and what it shows.

Everything it looks for is a *probe* from the platform's locator data (``stranger:`` in
locators/<platform>.yaml), tried in this order of trust — the page's own data first:

- ``{ldjson: "mainEntity.description", type: ProfilePage}``: ``application/ld+json`` blocks
  (each block, each ``@graph`` member; ``type`` filters by ``@type``);
- ``{json: "path"}``: embedded JSON state (``<script type="application/json">``);
- ``{api: "url regex", path: "…"}``: JSON the page itself loaded from the platform's own API
  (observed read-only, never requested by selfaudit);
- ``{meta: "og:description"}``, ``{title: regex}``;
- element finds (``role``/``label``/``alt``/``testid``/``css``): ARIA first, markup after;
- ``{wording: "…"}`` (the visible text contains it) and ``{page_regex: …}``.

Modifiers: ``regex`` (group 1 is kept; the probe fails when it does not match), ``equals``
(the value must equal it), ``count: true`` (the number of matches or list items is the count),
``owner: {at: path, name: [paths]}`` (data probes: only the objects at ``at`` whose handle is the
audited one count — a closed-profile flag must be this profile's, not a quoted author's).
A probe that finds nothing is recorded with what was looked for; nothing defaults to "hidden".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ...snapshot import STRANGER_ITEMS, RecognisedAs, StrangerItem, StrangerView, Wall
from .authors import AUTHORS_JS
from .page import LivePage, fold, norm, said_on_own_line
from .spec import Find, StrangerSpec, css_for

_PAGE_JS = """
() => {
  const out = {title: document.title || '', ld: [], json: [], meta: {}};
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try { out.ld.push(JSON.parse(s.textContent)); } catch (e) {}
  }
  for (const s of document.querySelectorAll('script[type="application/json"]')) {
    const t = s.textContent || '';
    if (t.length < 4000000) { try { out.json.push(JSON.parse(t)); } catch (e) {} }
  }
  // some real pages write the value as value= (a LinkedIn article: <meta name="pageKey" value="…">)
  for (const m of document.querySelectorAll('meta[content], meta[value]')) {
    const k = m.getAttribute('property') || m.getAttribute('name');
    if (k && !(k in out.meta)) out.meta[k] = m.hasAttribute('content') ? m.getAttribute('content') : m.getAttribute('value');
  }
  return out;
}
"""

# One visible post: its text, first permalink-like link and images (for a public audit's posts). A
# shared original inside it (a post element in the post, or locator posts.embedded) is its author's:
# never the post's text, kept apart with who wrote it.
_POST_JS = ("""
(el, p) => {
  const art = el;  // for AUTHORS_JS
  const nestedSel = ['article', '[role=article]', ...(p.embedded || [])].join(', ');
  const nested = Array.from(el.querySelectorAll(nestedSel));
  const inNested = (x) => nested.some(n => n.contains(x));
  const wordsOf = (x) => { const c = x.cloneNode(true); c.querySelectorAll(nestedSel).forEach(e => e.remove()); return (c.innerText || '').trim(); };
  const pick = p.textSelector ? Array.from(el.querySelectorAll(p.textSelector)).find(x => !inNested(x)) : null;
  const links = Array.from(el.querySelectorAll('a[href]')).map(a => a.href);
  const shared = nested.filter(n => !nested.some(m => m !== n && m.contains(n))).map(n => {
    const t = p.textSelector ? n.querySelector(p.textSelector) : null;
    const a = n.querySelector('header a, h1 a, h2 a, h3 a, h4 a, h5 a, h6 a, [role=heading] a') || n.querySelector('h1, h2, h3, h4, h5, h6, [role=heading], strong');
    return {text: ((t && (t.innerText || '').trim()) || wordsOf(n)).slice(0, 4000), author: a ? (a.innerText || '').trim().split('\\n')[0].slice(0, 120) : ''};
  }).filter(x => x.text);
  let text = pick ? (pick.innerText || '').trim() : wordsOf(el);
  // a grid tile (Instagram) has no text of its own: its label and image descriptions are what a visitor reads
  if (!text) text = [el.getAttribute('aria-label') || '', ...Array.from(el.querySelectorAll('img')).map(i => i.alt || '')].filter(Boolean).join(' / ');
  // what the person did with it ("Liked by Jo Bloggs"): its own line, never a shared original's
  const act = p.actionSelector ? Array.from(el.querySelectorAll(p.actionSelector)).find(x => !inNested(x)) : null;
  // who wrote it: the logged-in reader's reading of locator posts.author (authors.py), the same rule after it
"""
            + AUTHORS_JS
            + """  return {text: text.slice(0, 4000), links, shared, authors,
          action: act ? (act.innerText || '').replace(/\\s+/g, ' ').trim().slice(0, 300) : ''};
}
""")

_PRIMARY = ("ldjson", "json", "api", "meta", "title", "wording", "page_regex", "role", "label", "alt", "testid", "css")
_MODIFIERS = ("regex", "equals", "count", "read", "unless", "owner")

# Items that only say how much is visible; the rest are details about the person.
COUNTED = ("connections", "posts", "photos", "activity")
CONTENT = ("posts", "photos", "activity")

_NUM = re.compile(r"(\d[\d,.]*)\s*([KkMm])?")


def parse_count(text: str) -> int | None:
    m = _NUM.search(text or "")
    if not m:
        return None
    raw, mult = m.group(1), (m.group(2) or "").lower()
    try:
        value = float(raw.replace(",", "")) if mult else int(raw.replace(",", "").replace(".", ""))
    except ValueError:
        return None
    return int(value * {"k": 1000, "m": 1000000}.get(mult, 1))


@dataclass
class Hit:
    value: str
    count: int | None
    source: str
    probe: str


def describe(probe: Find) -> str:
    """A probe in words, for 'looked for …' notes."""
    if "ldjson" in probe:
        return f"ld+json {probe['ldjson']}" + (f" ({probe['type']})" if probe.get("type") else "")
    if "json" in probe:
        return f"embedded JSON {probe['json']}"
    if "api" in probe:
        return f"API response /{probe['api']}/ {probe.get('path', '')}".rstrip()
    if "meta" in probe:
        return f"meta {probe['meta']}"
    if "title" in probe:
        return f"page title /{probe['title']}/"
    if "wording" in probe:
        return f"the words “{probe['wording']}”"
    if "page_regex" in probe:
        return f"text /{probe['page_regex']}/"
    for k in ("testid", "css", "role", "label", "alt"):
        if k in probe:
            extra = f" “{probe['name']}”" if "name" in probe else ""
            return f"{k}={probe[k]}{extra}"
    return str(probe)


# Sources whose values are the page's data (a flag such as is_private: true), not words a person
# reads: never quoted to the user as the wall's wording.
_DATA = ("ld+json", "embedded-json", "api")


def _source(probe: Find) -> str:
    for k, src in (("ldjson", "ld+json"), ("json", "embedded-json"), ("api", "api"), ("meta", "meta"), ("title", "text"),
                   ("wording", "text"), ("page_regex", "text"), ("role", "aria"), ("label", "aria"), ("alt", "aria"),
                   ("testid", "markup"), ("css", "markup")):
        if k in probe:
            return src
    return "markup"


def walk(obj: Any, path: str) -> list[Any]:
    """Values at a dotted path; lists on the way are searched element by element. A segment
    ``key[Type]`` keeps only the objects there whose JSON-LD @type is Type (LinkedIn lists past
    employers under ``alumniOf`` as Organization, beside the schools: EducationalOrganization)."""
    cur = [obj]
    for seg in [s for s in path.split(".") if s]:
        m = re.fullmatch(r"(.+)\[(.+)\]", seg)
        key, want = (m.group(1), m.group(2)) if m else (seg, None)
        nxt: list[Any] = []
        for c in cur:
            items = c if isinstance(c, list) else [c]
            for it in items:
                if isinstance(it, dict) and key in it:
                    got = it[key]
                    if want is not None:
                        got = [x for x in (got if isinstance(got, list) else [got])
                               if isinstance(x, dict) and want in _ld_types(x)]
                    nxt.append(got)
        cur = nxt
    return cur


def _bare_handle(h: str | None) -> str:
    """A handle as platforms compare them: no leading @, any case."""
    return fold((h or "").strip().lstrip("@"))


def _roots(blocks: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for b in blocks:
        for x in b if isinstance(b, list) else [b]:
            out.append(x)
            if isinstance(x, dict) and isinstance(x.get("@graph"), list):
                out += x["@graph"]
    return out


def _as_text(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float, str)):
        return str(v).strip()
    if isinstance(v, dict):
        for k in ("name", "addressLocality", "text", "url", "contentUrl", "@id"):
            if isinstance(v.get(k), (str, int)) and str(v[k]).strip():
                return str(v[k]).strip()
        return ""
    if isinstance(v, list):
        return ", ".join(t for t in (_as_text(x) for x in v) if t)
    return ""


_WALLS: dict[str, Wall] = {"closed_profile": "private", "login_wall": "login_wall", "not_found": "not_found"}


def _ld_types(root: dict[str, Any]) -> list[Any]:
    """A JSON-LD block's @type as a list (it may be one value or several)."""
    t = root.get("@type")
    return t if isinstance(t, list) else [t]


# The texts of the elements a selector finds (bounded), to tell a post's words from a notice.
_TEXTS_JS = "(sel) => Array.from(document.querySelectorAll(sel)).slice(0, 400).map(e => (e.innerText || '').slice(0, 4000))"


def _css(probe: Find) -> str | None:
    """An element probe as CSS (css, testid, role), for reading in the page; None for the rest."""
    if set(probe) - {"css", "testid", "role", *_MODIFIERS}:
        return None
    if "css" in probe:
        return str(probe["css"])
    if "testid" in probe:
        return f'[data-testid="{probe["testid"]}"]'
    if "role" in probe:
        role = str(probe["role"])
        return f'[role="{role}"]' + (", article" if role == "article" else "")  # <article> has the role implicitly
    return None


class StrangerReader:
    """Reads one logged-out page (already loaded in ``lp``) with the platform's stranger data."""

    def __init__(self, lp: LivePage, spec: StrangerSpec, *, handle: str | None = None, name: str | None = None):
        self.lp = lp
        self.spec = spec
        self.fill = {"handle": handle, "name": name}
        data = lp.page.evaluate(_PAGE_JS)
        self.title: str = data.get("title") or ""
        self.ld = _roots(data.get("ld") or [])
        self.json = data.get("json") or []
        self.meta: dict[str, str] = data.get("meta") or {}
        self.body = lp.body_text()
        self.nbody = norm(self.body)
        self.looked_for: dict[str, list[str]] = {}

    # -- probes -----------------------------------------------------------------------
    def _api(self, rx: str) -> list[Any]:
        out = []
        for url, body in self.lp.ctx.json_bodies():
            if re.search(rx, url):
                out.append(body)
        return out

    def _values(self, probe: Find) -> tuple[list[Any], int | None] | None:
        """Raw values found by one probe (and an element count), or None when it matched nothing."""
        key = next((k for k in _PRIMARY if k in probe), None)
        if key is None or not str(probe[key]).strip():
            return None  # an empty or unknown probe looks for nothing, so it finds nothing
        if "ldjson" in probe:
            roots = [r for r in self.ld if not probe.get("type") or (isinstance(r, dict) and probe["type"] in _ld_types(r))]
            return self._owned(roots, probe["ldjson"], probe.get("owner")), None
        if "json" in probe:
            return self._owned(self.json, probe["json"], probe.get("owner")), None
        if "api" in probe:
            return self._owned(self._api(probe["api"]), probe.get("path", ""), probe.get("owner")), None
        if "meta" in probe:
            v = self.meta.get(probe["meta"])
            return ([v] if v else []), None
        if "title" in probe:
            m = re.search(probe["title"], self.title, re.IGNORECASE)
            return ([m.group(1) if m.groups() else m.group(0)] if m else []), None
        if "wording" in probe:
            w = probe["wording"]
            for k, v in self.fill.items():
                if "{" + k + "}" in w:
                    if not v:
                        return None
                    w = w.replace("{" + k + "}", v)
            i = self.nbody.find(norm(w))
            return ([w] if i >= 0 else []), None
        if "page_regex" in probe:
            m = re.search(probe["page_regex"], self.body, re.IGNORECASE | re.MULTILINE)
            return ([m.group(1) if m.groups() else m.group(0)] if m else []), None
        loc = self.lp.locator({k: v for k, v in probe.items() if k not in _MODIFIERS})
        n = loc.count()
        if not n:
            return [], 0
        what = probe.get("read", "text")
        if what == "text":  # every match's text (capped): the first one may be an empty wrapper
            return [t for t in loc.all_inner_texts()[:20]], n
        el = loc.first
        v = el.evaluate(f"e => e.{what}") if what in ("href", "src") else el.get_attribute(what, timeout=3000)
        return [v or ""], n

    def _owned(self, roots: list[Any], path: str, owner: dict[str, Any] | None) -> list[Any]:
        """Values at ``path``; with ``owner`` ({at: the object's path, name: [paths in it to its
        handle]}) only from objects that name the audited handle: a flag in another account's data
        (a quoted post's author, a suggested account) is not this profile's, and with no handle to
        bind it to, whose it is cannot be told."""
        if not owner:
            return [v for r in roots for v in walk(r, path)]
        at = str(owner.get("at", "")).strip(".")
        names = owner.get("name") or []
        names = [names] if isinstance(names, str) else list(names)
        mine = _bare_handle(self.fill.get("handle"))
        if not mine or not path.startswith(at + ".") or not names:
            return []
        rest = path[len(at) + 1:]
        out: list[Any] = []
        for node in (n for r in roots for v in walk(r, at) for n in (v if isinstance(v, list) else [v])):
            if any(_bare_handle(_as_text(h)) == mine for n in names for h in walk(node, n)):
                out += walk(node, rest)
        return out

    def probe(self, probe: Find) -> Hit | None:
        got = self._values(probe)
        if got is None:
            return None
        vals, n = got
        src, desc = _source(probe), describe(probe)
        if probe.get("count"):
            if n is not None:  # an element find: how many matched
                return Hit(str(n), n, src, desc) if n else None
            counts = []
            for v in vals:
                if isinstance(v, list):
                    counts.append(len(v))
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    counts.append(int(v))
                else:
                    t = _as_text(v)
                    if "regex" in probe:
                        m = re.search(probe["regex"], t, re.IGNORECASE)
                        t = (m.group(1) if m and m.groups() else (m.group(0) if m else ""))
                    c = parse_count(t) if t else None
                    if c is not None:
                        counts.append(c)
            if not counts:
                return None
            return Hit(str(max(counts)), max(counts), src, desc)
        for v in vals:
            t = _as_text(v)
            if "regex" in probe:
                m = re.search(probe["regex"], t, re.IGNORECASE | re.MULTILINE)
                if not m:
                    continue
                t = (m.group(1) if m.groups() else m.group(0)).strip()
            if any(norm(t) == norm(u) for u in probe.get("unless", [])):
                continue  # e.g. the platform's own name in the first heading (m.facebook.com)
            if "equals" in probe and norm(t) != norm(
                str(probe["equals"]).lower() if isinstance(probe["equals"], bool) else str(probe["equals"])
            ):
                continue
            if t:
                return Hit(t[:300], n, src, desc)
        return None

    def first(self, probes: list[Find]) -> Hit | None:
        for p in probes:
            try:
                h = self.probe(p)
            except Exception:  # a probe that cannot run on this page is one that did not match
                h = None
            if h is not None:
                return h
        return None

    def most(self, probes: list[Find]) -> Hit | None:
        """For counts: the largest count any probe gives (a renamed element is not a smaller count)."""
        best: Hit | None = None
        for p in probes:
            try:
                h = self.probe(p)
            except Exception:
                h = None
            if h is not None and (best is None or (h.count or 0) > (best.count or 0)):
                best = h
        return best

    # -- the page ---------------------------------------------------------------------
    def _own_line(self, wording: str) -> bool:
        """The wording on a line of its own (‘my old account said "These posts are protected."’ is a post)."""
        return said_on_own_line(self.body, wording, self._names())

    def _names(self) -> list[str]:
        """Who the page is about, as it names them (and as the audit knows them): what may lead a notice."""
        hit = self.first(self.spec.items.get("name", []))
        return [x for x in (hit.value if hit else None, self.fill.get("name"), self.fill.get("handle")) if x]

    def _closed(self, probes: list[Find]) -> Hit | None:
        """The closed-profile notice. Its words inside a post or a bio ("These posts are protected"
        quoted in a post whose markup is not known) are the person's, not the platform's: only a
        notice on its own line counts, since a closed profile is the one stranger view that passes."""
        for p in probes:
            h = self.first([p])
            if h is None or self._data_disagrees(p):
                continue
            if "wording" in p and (not self._own_line(h.value) or self._in_a_post(h.value)):
                continue
            return h
        return None

    def _said_empty(self, probes: list[Find]) -> Hit | None:
        """The platform's "there are none" (``empty:``): its data, or its words on a line of their own led by
        nothing but the profile's name or handle, outside any post ("my son hasn’t posted his card" in a post
        whose markup is not known is the person's words, and the posts are there, unread)."""
        for p in probes:
            h = self.first([p])
            if h is None:
                continue
            if "wording" in p and (not self._own_line(h.value) or self._in_a_post(h.value)):
                continue
            return h
        return None

    def _in_a_post(self, wording: str) -> bool:
        """The wording inside what the locator data calls a post, a post's text, the name or the bio:
        the person's words, even on a line of their own (a post whose markup went unrecognised)."""
        # the profile's own name and bio too: a display name or bio that says it is the person's
        mine = [*self.spec.post_text, *self.spec.items.get("posts", []), *self.spec.items.get("name", []), *self.spec.items.get("headline", [])]
        sels = [_css(p) for p in mine]
        sel = ", ".join(dict.fromkeys(s for s in sels if s))
        if not sel:
            return False
        try:
            texts = self.lp.page.evaluate(_TEXTS_JS, sel)
        except Exception:
            return True  # cannot tell whose words they are: not the platform's notice
        w = norm(wording)
        return any(w in norm(t) for t in texts)

    def _data_disagrees(self, probe: Find) -> bool:
        """The page's data holds other values at the probe's path too (``is_private`` true for a
        suggested account, false for this one): which is this profile's cannot be told."""
        if "equals" not in probe or not any(k in probe for k in ("api", "json", "ldjson")):
            return False
        try:
            got = self._values(probe)
        except Exception:
            return True
        want = str(probe["equals"]).lower() if isinstance(probe["equals"], bool) else str(probe["equals"])
        return got is not None and any(norm(_as_text(v)) != norm(want) for v in got[0])

    def read(self, url: str) -> StrangerView:
        kinds: dict[str, Hit | None] = {
            k: (self._closed(v) if k == "closed_profile" else self.first(v)) for k, v in self.spec.kinds.items()
        }
        items: list[StrangerItem] = []
        for what in STRANGER_ITEMS:
            probes = self.spec.items.get(what, [])
            hit = (self.most(probes) if what in COUNTED else self.first(probes)) if probes else None
            if hit is not None and (what not in COUNTED or (hit.count or 0) > 0):
                items.append(StrangerItem(what=what, state="shown", text=hit.value, count=hit.count, source=hit.source))
                continue
            if what in self.spec.absent:
                items.append(StrangerItem(what=what, state="not-shown", text="profiles on this platform have no such field"))
                continue
            empty = self._said_empty(self.spec.empty.get(what, []))
            if empty is not None:
                items.append(StrangerItem(what=what, state="not-shown", text=empty.value, count=0, source=empty.source))
                continue
            looked = [describe(p) for p in probes] or ["(no locator data for this item)"]
            self.looked_for[what] = looked
            items.append(StrangerItem(what=what, state="not-recognised", text="looked for: " + "; ".join(looked)))
        self._uncount_reactions(items)
        shown = {i.what for i in items if i.state == "shown"}
        content = sorted(shown & set(CONTENT))
        details = sorted(shown - {"name", "photo"} - set(CONTENT))
        # What kind of page: visible content outranks any wall wording; a wall outranks a header.
        kind: RecognisedAs = "unrecognised"
        by: str | None = None
        order: list[RecognisedAs] = ["bot_challenge", "rate_limit", "not_found", "closed_profile", "login_wall", "cookie_wall"]
        if (other := kinds.get("not_profile")) is not None:
            # the page's own data says it is an article or a company page: its posts and header are not the
            # person's profile, whatever they show (not-checked, never read as a profile)
            kind, by = "not_profile", f"{other.probe}: {other.value[:120]}"
        elif content:
            kind, by = "profile", "visible " + ", ".join(content)
        else:
            for k in order:
                if (said := kinds.get(k)) is not None:
                    kind, by = k, f"{said.probe}: {said.value[:120]}"
                    break
            if kind in ("login_wall", "cookie_wall") and details:
                kind, by = "profile", "visible " + ", ".join(details)  # an overlay on an open profile
            elif kind == "unrecognised" and (header := kinds.get("profile")) is not None:
                kind, by = "profile", f"{header.probe}: {header.value[:120]}"
            elif kind == "unrecognised" and details:
                kind, by = "profile", "visible " + ", ".join(details)
        if kind in ("profile", "closed_profile") and "platform" in self.spec.kinds and kinds.get("platform") is None:
            # content on a page that is not the platform's (a random site, a parked domain) proves nothing
            sought = "; ".join(describe(p) for p in self.spec.kinds["platform"])
            kind, by = "unrecognised", f"not recognised as the platform's own page (looked for: {sought})"
        # the platform's own word that the content is hidden (set whenever kind is closed_profile)
        if kind == "closed_profile" and (closed := kinds.get("closed_profile")) is not None:
            wording = closed.value if closed.source == "text" else f"{closed.probe}: {closed.value}"
            for i, it in enumerate(items):
                if it.what in CONTENT and it.state == "not-recognised":
                    items[i] = StrangerItem(what=it.what, state="not-shown", text=wording, count=0, source=closed.source)
        wall = _WALLS.get(kind, "none" if kind == "profile" else "unknown")
        posts = next((i.count for i in items if i.what == "posts" and i.state != "not-recognised"), None)
        walled = kinds.get(kind)
        return StrangerView(url=url, reachable=True, wall=wall, recognised_as=kind, recognised_by=by,
                            items=items, wall_text=walled.value if walled and walled.source not in _DATA else None,
                            text=self.body[:4000], posts_visible=posts)

    def _uncount_reactions(self, items: list[StrangerItem]) -> None:
        """Others' posts the person only liked or commented on (the page's own line over each, LinkedIn's
        "Liked by Jo Bloggs") are their activity, not their posts: one list item was counted as both
        ("your posts (8), your activity (8)"). The posts count keeps only what is not a reaction."""
        posts = next((k for k, i in enumerate(items) if i.what == "posts" and i.state == "shown" and i.count), None)
        activity = next((i for i in items if i.what == "activity" and i.state == "shown"), None)
        if posts is None or activity is None or not (self.spec.post_reacted and self.spec.post_action):
            return
        loc = self.post_elements()
        if loc is None:
            return

        try:
            lines = loc.evaluate_all("(els, sel) => els.map(e => { const a = e.querySelector(sel);"
                                     " return a ? (a.innerText || '').replace(/\\s+/g, ' ').trim() : ''; })",
                                     css_for(self.spec.post_action))
        except Exception:
            return  # unread: the count stays as the page gave it
        reacted = sum(1 for t in lines if t and any(re.search(rx, t, re.IGNORECASE) for rx in self.spec.post_reacted))
        old = items[posts]
        if not reacted or reacted > (activity.count or 0):
            return  # nothing to move, or activity does not hold them: never drop what a stranger sees
        left = (old.count or 0) - reacted
        items[posts] = (StrangerItem(what="posts", state="shown", text=str(left), count=left, source=old.source) if left > 0 else
                        StrangerItem(what="posts", state="not-shown", count=0, source=old.source,
                                     text=f"only {reacted} post(s) of others that the person liked or commented on, shown as their activity"))

    def post_elements(self) -> Any | None:
        """The locator of the visible posts (the probe that found most), for reading them."""
        best, n = None, 0
        for p in self.spec.items.get("posts", []):
            if any(k in p for k in ("ldjson", "json", "api", "meta", "title", "wording", "page_regex")):
                continue
            try:
                loc = self.lp.locator({k: v for k, v in p.items() if k not in _MODIFIERS})
                c = loc.count()
            except Exception:
                continue
            if c > n:
                best, n = loc, c
        return best

    def visible_posts(self, limit: int, embedded: list[str] | None = None, author_css: list[str] | None = None) -> list[dict[str, Any]]:
        loc = self.post_elements()
        if loc is None:
            return []

        sel = css_for(self.spec.post_text) if self.spec.post_text else None
        act = css_for(self.spec.post_action) if self.spec.post_action else None
        emb = [c for c in embedded or [] if c.strip()]
        inside = ", ".join(["article", "[role=article]", *emb])
        out: list[dict[str, Any]] = []
        for i in range(loc.count()):
            if len(out) >= limit:
                break
            try:
                el = loc.nth(i)
                if el.evaluate("(e, sel) => !!(e.parentElement && e.parentElement.closest(sel))", inside):
                    continue  # a post inside a post: a shared original, read with the post that shares it
                out.append(el.evaluate(_POST_JS, {"textSelector": sel, "embedded": emb, "actionSelector": act,
                                                       "authorCss": author_css or []}))
            except Exception:
                continue
        return out


def view_json(view: StrangerView | None) -> str:  # pragma: no cover - debugging aid
    return json.dumps(view.model_dump(mode="json") if view else None, indent=2)
