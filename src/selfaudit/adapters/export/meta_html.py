"""Meta's HTML exports (Facebook, Instagram): read by structure, not class names.

Split from base.py: the readers' shared Context and value helpers stay there; this is the
one place that finds entries and label/value fields in Meta's HTML pages.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from ...errors import ExportFormatError
from .base import to_datetime

_DATE_LIKE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:,? \d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m|[AP]M)?)?"
    r"|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}.*)$"
)


class HtmlBlock:
    def __init__(self, text: str, media: list[str], date: datetime | None, title: str | None):
        self.text = text
        self.media = media
        self.date = date
        self.title = title


def _html_date(s: str) -> datetime | None:
    s = s.strip()
    for fmt in ("%b %d, %Y %I:%M:%S %p", "%b %d, %Y %I:%M %p", "%b %d, %Y, %I:%M %p", "%B %d, %Y %I:%M:%S %p", "%b %d, %Y"):
        try:
            return datetime.strptime(s.replace("am", "AM").replace("pm", "PM"), fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return to_datetime(s)


def html_blocks(html: str) -> list[HtmlBlock]:
    """The repeated entries of a Meta HTML export page (posts, photos, comments).

    Entries are found structurally: the deepest element whose children repeat (the list of
    entries); each child's media references (img/video/a to local files), its date-like
    line and the rest of its text.
    """
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(html, "html.parser")
    root = soup.find(role="main") or soup.find("main") or soup.body or soup
    for tag in root.find_all(["script", "style", "nav", "header", "footer"]):
        tag.decompose()
    # Descend through single-child wrappers to the element that holds the list of entries.
    node: Tag = root
    while True:
        kids = [c for c in node.children if isinstance(c, Tag)]
        if len(kids) == 1:
            node = kids[0]
            continue
        # A page title (h1) next to the list: step into the biggest sibling if it is the list.
        big = [k for k in kids if k.name not in ("h1", "h2", "title")]
        if len(big) == 1 and len([c for c in big[0].children if isinstance(c, Tag)]) > 1:
            node = big[0]
            continue
        break
    blocks = []
    for child in (c for c in node.children if isinstance(c, Tag)):
        if child.name in ("h1", "title"):
            continue
        media = []
        for el in child.find_all(["img", "video", "source", "a"]):
            ref = el.get("src") or (el.get("href") if el.name == "a" else None)
            if isinstance(ref, str) and ref and "://" not in ref and not ref.startswith(("#", "mailto:")) and ref not in media:
                media.append(ref)
        if child.find("h1") is not None:  # the page's own title block
            continue
        heading = child.find(["h2", "h3"])
        title = heading.get_text(" ", strip=True) if heading else None
        if heading is not None:
            heading.extract()
        lines = [ln.strip() for ln in child.get_text("\n").split("\n") if ln.strip()]
        date = None
        rest = []
        for ln in lines:
            if date is None and _DATE_LIKE.match(ln):
                date = _html_date(ln)
                if date:
                    continue
            rest.append(ln)
        if not rest and not media and not title:
            continue
        blocks.append(HtmlBlock("\n".join(rest), media, date, title))
    return blocks


def html_fields(html: str) -> dict[str, str]:
    """Label → value of a Meta HTML settings/profile page (the first row of each label)."""
    out: dict[str, str] = {}
    for label, value in html_field_rows(html):
        out.setdefault(label, value)
    return out


def html_field_rows(html: str) -> list[tuple[str, str]]:
    """Every (label, value) row of a Meta HTML settings/profile page (table rows or label+nested
    value), a label given twice kept twice: settings decide between them, never the first row."""
    from bs4 import BeautifulSoup, Tag
    from bs4.element import NavigableString

    soup = BeautifulSoup(html, "html.parser")
    out: list[tuple[str, str]] = []
    for tr in soup.find_all("tr"):
        cells = tr.find_all(["td", "th"], recursive=False)
        if len(cells) >= 2:
            label, value = cells[0].get_text(" ", strip=True), cells[1].get_text(" ", strip=True)
        elif len(cells) == 1:
            td = cells[0]
            label = " ".join(s.strip() for s in td.children if isinstance(s, NavigableString) and s.strip())
            nested = [c for c in td.children if isinstance(c, Tag)]
            value = " ".join(c.get_text(" ", strip=True) for c in nested)
        else:
            continue
        if label:
            out.append((label, value))
    return out


def refuse_html_beside_json(archive_path: object, platform: str, *pairs: tuple[list[str], list[str]]) -> None:
    """Meta gives one format per download: an HTML file beside its JSON twin (the profile, or the
    posts when one copy has no profile file) is two downloads, and reading either alone would let
    one copy, perhaps the old one, stand for the account or leave the other's posts unread. Each
    pair is (HTML files, JSON files) of one kind; the first pair holding both is named."""
    for htmls, jsons in pairs:
        if htmls and jsons:
            raise ExportFormatError(
                f"{archive_path}: holds an HTML and a JSON {platform} download ({htmls[0]} and {jsons[0]}) — downloads made at different times? "
                "selfaudit reads one export per account, so an old copy cannot stand for today's profile or posts.",
                "Give the newest download on its own (its folder or its zip); JSON gives the most complete audit.",
            )
