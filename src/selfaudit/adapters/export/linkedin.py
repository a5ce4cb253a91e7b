"""LinkedIn "Get a copy of your data": ``Profile.csv``, ``Shares.csv``, ``Rich_Media.csv``, ``Connections.csv``.

``Shares.csv`` quotes unusually (multi-line commentary, quotes inside quoted fields that are
not doubled): rows the csv module cannot split into the header's columns are re-read record
by record, each record starting at its date. ``Visibility`` gives each post's audience
(``CONNECTIONS``/``CONNECTIONS_ONLY`` = connections only, ``PUBLIC``/``ANYONE`` = anyone,
``LOGGED_IN`` = LinkedIn members); an empty Visibility is left unknown. ``MEMBER_NETWORK`` is
not read: a real export gives it on every one of a public author's 165 posts (jmandel/blog),
including those announcing his public articles, so it does not mean connections only. The export holds no privacy
settings and no media files (only links).
"""

from __future__ import annotations

import re
from typing import Any

from ...snapshot import AccountSnapshot, Audience, Connections, Media, Post, Profile
from .base import Context, html_to_text, stable_id, to_datetime
from .safe import Archive
from .textio import csv_dicts, csv_records, header_delimiter

PLATFORM = "linkedin"
_DATE_START = re.compile(r'^"?\d{4}[-/]\d{2}[-/]\d{2}[ T]\d{2}:\d{2}(:\d{2})?( UTC)?"?,')
_SWALLOWED = re.compile(r'\n"?\d{4}[-/]\d{2}[-/]\d{2}[ T]\d{2}:\d{2}(:\d{2})?( UTC)?"?,')
# The 2018 export spells the columns with spaces ("Share Commentary", "Media URL"): one name each.
_COLUMNS = {"date": "Date", "sharelink": "ShareLink", "sharecommentary": "ShareCommentary", "sharedurl": "SharedUrl",
            "mediaurl": "MediaUrl", "visibility": "Visibility", "sharetitle": "ShareTitle", "sharedescription": "ShareDescription"}
_VIS = {
    "PUBLIC": Audience.PUBLIC,
    "ANYONE": Audience.PUBLIC,
    "LOGGED_IN": Audience.LOGGED_IN,
    "MEMBER_NETWORK": Audience.UNKNOWN,  # seen on public posts in a real export: not read
    "CONNECTIONS": Audience.FRIENDS,
    "CONNECTIONS_ONLY": Audience.FRIENDS,
    "CONTAINER": Audience.CUSTOM,
}


def _csv(archive: Archive, base: str) -> str | None:
    hits = archive.find(rf"(^|/){base}\.csv$")
    return min(hits, key=len) if hits else None


def detect(archive: Archive) -> int:
    for base, markers in (("Profile", ("Headline",)), ("Shares", ("ShareCommentary", "Share Commentary")), ("Connections", ("Connected On",))):
        name = _csv(archive, base)
        if name and any(m in archive.head_text(name, 4096) for m in markers):  # any Unicode encoding (2018: UTF-16)
            return 80
    return 0


def _rows(ctx: Context, name: str | None, header_start: str | None = None) -> list[dict[str, str]]:
    if not name:
        return []
    text = ctx.text(name)
    if text is None:
        return []
    if header_start:  # Connections.csv opens with a few "Notes:" lines before its header
        idx = text.find(header_start)
        text = text[idx:] if idx >= 0 else text
    return csv_dicts(text, name, ctx.archive.skipped, delimiter=header_delimiter(text) or ",")


def parse_shares(text: str, name: str = "Shares.csv", skipped: list[Any] | None = None) -> tuple[list[dict[str, str]], bool]:
    """Shares.csv rows as dicts; second value True when the record-by-record repair was needed.

    When the csv module cannot read a record (a huge field, an unclosed quote) or the rows do
    not line up, the record-by-record repair reads every record from its date instead.
    """
    first_pass: list[Any] = []
    delimiter = header_delimiter(text) or ","
    reader = csv_records(text, name, first_pass, delimiter=delimiter)
    if not reader:
        return [], False
    header = [_COLUMNS.get(re.sub(r"[\s_]", "", h).lower(), h.strip()) for h in reader[0]]
    # A field holding a line that starts like a record means an unclosed quote swallowed it.
    ok = not first_pass and all(
        len(r) == len(header) and re.match(r"^\d{4}[-/]\d{2}[-/]\d{2}", r[0] or "") and not any(_SWALLOWED.search(f) for f in r)
        for r in reader[1:]
        if any(r)
    )
    if not ok and delimiter != ",":  # the repair below splits on commas: here broken records are skipped, named
        if skipped is not None:
            skipped.extend(first_pass)
        ok = True
    if ok:
        return [dict(zip(header, r, strict=False)) for r in reader[1:] if any(r)], False
    lines = text.splitlines()
    grouped: list[list[str]] = []
    for line in lines[1:]:
        if _DATE_START.match(line) or not grouped:
            grouped.append([line])
        else:
            grouped[-1].append(line)
    records = ["\n".join(g) for g in grouped]
    rows = []
    for rec in records:
        date, _, rest = rec.partition(",")
        link, _, rest = rest.partition(",")
        tail = rest.rsplit(",", max(len(header) - 3, 0))
        commentary = tail[0] if tail else ""
        commentary = commentary.strip()
        if len(commentary) >= 2 and commentary[0] == '"' and commentary[-1] == '"':
            commentary = commentary[1:-1]
        commentary = commentary.replace('""', '"')
        values = [date.strip('"'), link.strip('"'), commentary] + [t.strip().strip('"') for t in tail[1:]]
        rows.append(dict(zip(header, values, strict=False)))
    return rows, True


def read(ctx: Context) -> AccountSnapshot:
    a = ctx.archive
    prof_rows = _rows(ctx, _csv(a, "Profile"))
    profile: Profile | None = None
    handle = ""
    name = None
    if prof_rows:
        p = prof_rows[0]
        name = " ".join(x for x in (p.get("First Name"), p.get("Last Name")) if x) or None
        websites = re.findall(r"https?://[^\s,\]]+", p.get("Websites") or "")
        twitter = p.get("Twitter Handles") or ""
        profile = Profile(
            name=name,
            headline=p.get("Headline") or None,
            about=p.get("Summary") or None,
            bio=p.get("Summary") or None,
            location=p.get("Geo Location") or p.get("Location") or None,
            links=websites,
            fields={k: v for k, v in {"Industry": p.get("Industry"), "Twitter": twitter}.items() if v},
        )
        handle = name or ""
        if "Summary" not in p:  # a renamed column: the About text was not read — not "no About"
            ctx.need("profile.bio", f"{_csv(a, 'Profile')} has no Summary column (its columns: {', '.join(list(p)[:8])}), "
                     "so your About section was not read")

    posts: list[Post] | None = None
    shares = _csv(a, "Shares")
    notes: list[str] = []
    unknown_vis = 0
    member_network = 0
    if shares:
        text = ctx.text(shares)
        if text is not None and header_delimiter(text) is None and text.strip():
            # columns that cannot be told apart: unread, named — never the whole file as one post
            why = (f"{shares}: its columns could not be told apart (header {text[:200].splitlines()[0][:80]!r}; selfaudit reads comma-, "
                   "tab- or semicolon-separated files), so your posts were not read")
            a.skip(shares, why)
            ctx.failed[shares] = why
            for fact in ("posts", "posts.text", "posts.audience"):
                ctx.need(fact, why)
            text = None
        if text is not None:
            rows, repaired = parse_shares(text, shares, a.skipped)
            if repaired:
                notes.append("Shares.csv had irregular quoting; its rows were re-read record by record.")
            posts = []
            if rows and "ShareCommentary" not in rows[0]:
                # a renamed column (a newer export): the posts are there, their words were not read
                ctx.need("posts.text", f"{shares} has no ShareCommentary column (its columns: {', '.join(list(rows[0])[:8])}), "
                                       "so the words of its posts were not read")
            for r in rows:
                vis = (r.get("Visibility") or "").strip().upper()
                audience = _VIS.get(vis) if vis else None
                if vis and audience is None:
                    audience = Audience.UNKNOWN
                if audience is None:
                    unknown_vis += 1
                elif vis == "MEMBER_NETWORK":
                    member_network += 1
                link = r.get("ShareLink") or ""
                media = []
                mu = (r.get("MediaUrl") or "").strip()
                if mu:
                    m = ctx.media(mu if "://" not in mu else None, url=mu if "://" in mu else None, id=stable_id("media", mu))
                    if m:
                        media.append(m)
                text_ = r.get("ShareCommentary") or ""
                # the 2018 layout also gives the shared link's title and description: words shown with the post, read too
                extra = [(r.get(k) or "").strip() for k in ("ShareTitle", "ShareDescription")]
                text_ = "\n".join([text_, *[e for e in extra if e]]) if any(extra) else text_
                shared = (r.get("SharedUrl") or "").strip()
                posts.append(
                    Post(
                        id=link or stable_id(r.get("Date"), text_),
                        kind="post",
                        url=link or None,
                        created_at=to_datetime(r.get("Date")),
                        text=text_ + (f"\n{shared}" if shared else ""),
                        audience=audience,
                        audience_label=vis or None,
                        media=media,
                    )
                )
    own_posts_file = posts is not None  # Shares.csv found and read (a damaged one holds posts nobody read)
    comments = _csv(a, "Comments")
    if comments:
        text = ctx.text(comments)
        if text is None:  # unreadable: the person's comments were never examined
            ctx.need("posts.text", f"{comments} could not be read ({ctx.failed.get(comments, 'unreadable')[:120]}); your comments were not read")
        else:
            # Comments.csv escapes quotes with a backslash rather than doubling them.
            rows = csv_dicts(text, comments, a.skipped, escapechar="\\")
            posts = posts if posts is not None else []
            if rows and "Message" not in rows[0]:  # a renamed column: the comments are there, their words unread
                ctx.need("posts.text", f"{comments} has no Message column (its columns: {', '.join(list(rows[0])[:8])}), "
                                       "so the words of your comments were not read")
            for r in rows:
                msg = (r.get("Message") or "").strip()
                if not msg:
                    continue
                posts.append(
                    Post(
                        id=stable_id("li-comment", r.get("Date"), r.get("Link"), msg[:100]),
                        kind="comment",
                        url=r.get("Link") or None,
                        created_at=to_datetime(r.get("Date")),
                        text=msg,
                        parent_id=r.get("Link") or None,
                    )
                )
                unknown_vis += 1
    for art in a.find(r"(^|/)Articles/.*\.html$"):
        html = ctx.text(art)
        if not html:
            continue
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(html, "html.parser")
        title = soup.find("h1") or soup.find("title")  # the article's own heading: real exports title every file "Untitled"
        body = html_to_text(str(soup.body or soup))
        posts = posts if posts is not None else []
        own_posts_file = True  # an article is the person's own writing
        # LinkedIn's own line in the file says whether it went out: a draft ("Not published yet")
        # is seen by nobody else, so it is the writer's only; its words are still read.
        state = soup.find(class_="published")
        draft = state is not None and re.match(r"\s*not published", state.get_text(" ", strip=True), re.IGNORECASE) is not None
        posts.append(
            Post(id=stable_id("li-article", art), kind="post", text=body,
                 audience=Audience.ONLY_ME if draft else None, audience_label="draft article (not published)" if draft else "article")
        )
        unknown_vis += not draft
        if title is not None and not body.startswith(title.get_text(strip=True)):
            posts[-1].text = title.get_text(strip=True) + "\n" + body
    if posts is not None and not own_posts_file:
        # comments alone are not the person's shares: no pass on what was never read
        why = ctx.failed[shares] if shares and shares in ctx.failed else "no Shares.csv (your posts) was found in this export"
        ctx.need("posts.text", f"{why}, only comments; download the export again with Posts (Shares) selected")
    why_unread = []
    if unknown_vis:
        why_unread.append(f"{unknown_vis} post(s) or comment(s) have no Visibility in the export")
    if member_network:
        why_unread.append(f"{member_network} post(s) are marked MEMBER_NETWORK, which LinkedIn's export also gives "
                          "to posts anyone can see, so who can see them is not known")
    if why_unread:
        ctx.need("posts.audience", "; ".join(why_unread) + "; not in this export — run a live audit")

    photos: list[Media] = []
    rich = _csv(a, "Rich_Media") or _csv(a, "Rich Media")
    for r in _rows(ctx, rich):
        link = r.get("Media Link") or r.get("MediaLink") or ""
        desc = r.get("Media Description") or r.get("Date/Time") or ""
        if link:
            m = ctx.media(None if "://" in link else link, url=link if "://" in link else None, id=stable_id("rich", link), role="album", caption=desc)
            if m:
                photos.append(m)

    conn_rows = _rows(ctx, _csv(a, "Connections"), header_start="First Name")
    connections = Connections(count=len(conn_rows)) if _csv(a, "Connections") else None

    return ctx.snapshot(
        PLATFORM,
        handle or "linkedin-member",
        display_name=name,
        profile=profile,
        settings=[],
        posts=posts,
        photos=photos,
        connections=connections,
        notes=[*notes, "LinkedIn exports hold no privacy settings and only links to media; run a live audit for them."],
    )
