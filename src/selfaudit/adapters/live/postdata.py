"""A post's comment count from the page's own data (locator data ``posts.comments_data``).

The platforms show no "0 comments" under a post that has none, but their pages carry the count
in their own data: m.facebook writes ``["MLiveData","set",[],["<post id>",{…,comment_count:0,…}]]``
into an inline script (keyed by the ``top_level_post_id`` in the post's ``data-ft`` attribute);
LinkedIn embeds its API's JSON in the page (``<code id="bpr-guid-…">``), where the counts object
of ``urn:li:activity:<id>`` (the post's ``data-urn``) holds ``numComments``. Every name and path
here comes from the locator data; a count is only ever read for the post it names — a probe that
does not name the post gives nothing, and an entry naming the post without a whole number makes
its count unread (never a guessed 0, nor another entry's stale 0).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .spec import CommentsDataSpec, Find
from .stranger import walk

_MAX_OBJECTS = 200_000  # a hostile page cannot make the walk unbounded


def post_key(attrs: dict[str, str | None], finds: list[Find]) -> tuple[str, str] | None:
    """(the post's id in the page's data, how it was read) from its markup's attributes."""
    for f in finds:
        name = f.get("attr")
        raw = attrs.get(name) if isinstance(name, str) else None
        if not raw:
            continue
        val: str | None = raw
        if f.get("json") is not None:
            try:
                obj = json.loads(raw)
            except ValueError:
                continue
            vals = [v for v in walk(obj, str(f["json"])) if isinstance(v, (str, int)) and not isinstance(v, bool)]
            val = str(vals[0]) if vals else None
        if val and f.get("regex"):
            try:
                m = re.search(str(f["regex"]), val)
            except re.error:
                m = None
            val = (m.group(1) if m.groups() else m.group(0)) if m else None
        if val and val.strip():
            how = f"{name}" + (f" → {f['json']}" if f.get("json") else "")
            return val.strip(), how
    return None


def objects(blocks: list[Any]) -> list[dict[str, Any]]:
    """Every JSON object inside the page's JSON blocks (depth first, bounded)."""
    out: list[dict[str, Any]] = []
    stack = list(reversed(blocks))
    while stack and len(out) < _MAX_OBJECTS:
        x = stack.pop()
        if isinstance(x, dict):
            out.append(x)
            stack.extend(reversed(list(x.values())))
        elif isinstance(x, list):
            stack.extend(reversed(x))
    return out


def _whole(v: Any) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v if v >= 0 else None
    if isinstance(v, str) and v.strip().isdigit():
        return int(v.strip())
    return None


def count(key: str, spec: CommentsDataSpec, scripts: list[str], objs: list[dict[str, Any]]) -> tuple[int, str] | None:
    """(the post's comment count, where the page's data said it), or None when its data does not give one.

    Every entry of the page's data that names the post must give a whole number: one that names it but
    gives none (a shape the probe does not understand, "1.2K") leaves the count unread, so a stale 0 in
    another entry never stands in for it. Several numbers for the post (data repeated as the page
    updates, or under more than one probe): the largest, so one 0 never hides comments another counts."""
    found: list[tuple[int, str]] = []
    for f in spec.count:
        if isinstance(f.get("script_regex"), str):
            tpl, entry = f["script_regex"], f.get("entry_regex")
            # both tied to this post: another post's count is no evidence; without where each entry for the post
            # begins, an entry the count regex cannot read would go unseen
            if "{id}" not in tpl or not isinstance(entry, str) or "{id}" not in entry:
                continue
            try:
                rx = re.compile(tpl.replace("{id}", re.escape(key)))
                starts = re.compile(entry.replace("{id}", re.escape(key)))
            except re.error:
                continue
            if not rx.groups:
                continue
            what = str(f.get("what") or f"script /{tpl}/")
            for t in scripts:
                for e in starts.finditer(t):
                    m = rx.match(t, e.start())
                    n = _whole(m.group(1)) if m else None
                    if n is None:
                        return None  # an entry for this post whose count could not be read
                    found.append((n, what))
        elif isinstance(f.get("json"), str) and f["json"]:
            where = f.get("where")
            if not isinstance(where, dict) or not where or not any("{id}" in str(v) for v in where.values()):
                continue
            want = {str(k): str(v).replace("{id}", key) for k, v in where.items()}
            cond = ", ".join(f"{k} = {v}" for k, v in want.items())
            what = str(f.get("what") or f"{f['json']} of the object with {cond}")
            for o in objs:
                if not all(isinstance(o.get(k), (str, int)) and str(o.get(k)) == v for k, v in want.items()):
                    continue
                got = [_whole(v2) for v2 in walk(o, f["json"])]
                if not got or any(n is None for n in got):
                    return None  # this post's object without a whole count
                found += [(n, what) for n in got if n is not None]
    if not found:
        return None
    n, what = max(found, key=lambda x: x[0])
    return n, f"the page's own data for post {key}: {what} = {n}"
