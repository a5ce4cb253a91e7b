"""Who wrote a post on the person's page: one reading (locator ``posts.author``) and one rule, shared by
the logged-in reader (adapter.py) and the public audit (public.py, stranger.py), so a friend's post on the
timeline or a repost is told apart the same way whether or not selfaudit is logged in."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from .page import fold

# In-page: each posts.author find's first match outside shared originals (``art`` is the post, ``inNested``
# says whether an element is inside a shared original), as text, link and the heading it leads. Inside a
# heading, only a match the heading starts with ("Jo Bloggs is with Kim Lee": Kim is tagged, not the author).
AUTHORS_JS = """
  const squash = (t) => (t || '').replace(/\\s+/g, ' ').trim();
  const leads = (x) => { const h = x.closest('h1, h2, h3, h4, h5, h6, [role=heading]');
    return !h || !art.contains(h) || squash(h.innerText).startsWith(squash(x.innerText)); };
  const authors = (p.authorCss || []).map(sel => { let e = null; try { e = Array.from(art.querySelectorAll(sel)).find(x => !inNested(x)); } catch (err) {}
    if (e && !leads(e)) e = null;
    const h = e ? e.closest('h1, h2, h3, h4, h5, h6, [role=heading]') : null;  // the heading it leads, for a find's 'to'
    return e ? {text: (e.innerText || '').trim().split('\\n')[0].slice(0, 200), href: e.href || e.getAttribute('href') || '',
                heading: h && art.contains(h) ? squash(h.innerText).slice(0, 400) : ''} : null; });
"""


def author_css(finds: list[dict[str, Any]]) -> list[str]:
    """The CSS of each posts.author find, in order, for AUTHORS_JS (``p.authorCss``)."""
    return [str(f.get("css") or "") for f in finds]


def same_name(shown: str, owner: str) -> bool:
    """A name shown on a post is the profile's (its heading may add an other name: "Jo Bloggs (Joanne Smith)")."""
    a, o = fold(shown), fold(owner)
    return bool(a) and (a == o or o.startswith(a + " ("))


def _g1(m: re.Match[str]) -> str:
    return m.group(1) if m.groups() else m.group(0)


def other_author(finds: list[dict[str, Any]], found: list[dict[str, str] | None], owner_name: str | None,
                 handle: str | None) -> tuple[str | None, str]:
    """The post's author (locator posts.author, read outside any shared original) when it is not the audited
    account: @handle, or the name for a find with ``compare: name``; None when it is the account, or when
    either side is not known (nothing to compare: the post stays the person's). With it, the kind the find
    gives such a post (``as``: a repost is a share, a friend's post on a timeline a wall post)."""
    for f, got in zip(finds, found, strict=False):
        by_name = f.get("compare") == "name"
        mine = owner_name if by_name else handle
        if not mine or not got:
            continue
        who = got.get("href", "") if f.get("read") == "href" else got.get("text", "")
        if f.get("regex"):
            m = re.search(str(f["regex"]), who or "", re.IGNORECASE)
            who = _g1(m) if m else ""
        who = (who or "").strip()
        if not who:
            continue
        if by_name:
            other = None if same_name(who, mine) else who
        else:
            # an address's handle may be percent-encoded on one side only (LinkedIn's /in/zo%C3%AB-…)
            bare = unquote(who).lstrip("@")
            other = None if fold(bare) == fold(unquote(mine).lstrip("@")) else f"@{bare}"
        if not other:
            return None, "post"
        if f.get("to"):
            # a name is no proof on its own (a nickname, a middle name, a post made as a Page): the find's
            # kind holds only when the heading also names the person as whose timeline it is on
            # ("Kim Lee ▶ Jo Bloggs"); otherwise judged as the person's post (words, photos, audience)
            # read after the author's own words ("Kim Lee" ▶ "Jo Bloggs"; desktop draws the arrow as an icon)
            head = re.sub(r"\s+", " ", got.get("heading", "") or "").strip()
            shown = re.sub(r"\s+", " ", got.get("text", "") or "").strip()
            rest = head[len(shown):] if shown and head.startswith(shown) else head
            m = re.search(str(f["to"]), rest, re.IGNORECASE)
            if not (m and same_name(_g1(m), mine)):
                return other, "post"
        return other, str(f.get("as", "share"))
    return None, "post"
