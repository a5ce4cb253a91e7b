"""report.html: one self-contained, private file.

Jinja2 with autoescape on and StrictUndefined (a template typo is an error, not an empty
cell). Inline CSS, no scripts, images as data URIs, and a Content-Security-Policy that
forbids every network load, so opening the report never tells anyone anything.
"""

from __future__ import annotations

import base64
import copy
import functools
import io
import re
from itertools import zip_longest
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape
from PIL import Image, ImageDraw, ImageOps

from .. import __version__
from ..evaluate import Evaluation
from ..findings import Finding, Status
from ..resources import templates_dir
from ..snapshot import PLATFORM_NAMES
from .actions import build_actions
from .coverage import SOURCE_WORDS, coverage, not_checked_words, not_read_count, not_read_words, platform_coverage, stranger_words
from .groups import SEVERITY_WORDS, STATUS_PLAIN, Card, build_cards
from .json import row_split
from .next_steps import next_step

# No scripts at all: folds print open through CSS (details::details-content), and the
# failures-only and per-platform views are separate pages.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
# Bidirectional-text controls can make a rendered line read differently from its bytes
# (e.g. a URL or name that looks reversed): shown as a visible marker instead.
BIDI = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)], "\ufffd")
# The first page stays small for huge audits; the full lists are on the linked pages.
MAIN_LIST_LIMIT = 20
MAIN_CARD_LIMIT = 120
MAIN_ACTIONS = 8
THUMB_MAX = 560
# Decoding is bounded here too: an evidence image is the person's own file, but it may be huge.
_MAX_PIXELS = 60_000_000

STATUS_WORDS = {
    "pass": "Pass",
    "fail": "Fail",
    "review": "Review",
    "manual": "Your answer",
    "answered": "Answered by you",
    "not-checked": "Not checked",
    "error": "Error",
    "accepted": "Accepted",
}


# The headline's chips say what a status means ("13 go against the policy"), not its bare name
# ("13 fail") beside "15 findings need your attention" (ux review 32). (singular, plural)
CHIP_WORDS = {
    "fail": ("goes against the policy", "go against the policy"),
    "review": ("possible issue for you to judge", "possible issues for you to judge"),
    "error": ("check failed to run", "checks failed to run"),
    "manual": ("question only you can answer", "questions only you can answer"),
    "accepted": ("accepted by you", "accepted by you"),
    "pass": ("checked and found fine", "checked and found fine"),
}


def chip_words(n: int, status: Any) -> str:
    if _value(status) == "not-checked":
        return not_checked_words(n)
    one, many = CHIP_WORDS.get(_value(status), (STATUS_WORDS.get(_value(status), str(status)).lower(),) * 2)
    return f"{n} {one if n == 1 else many}"


def counts_words(counts: dict[Any, int]) -> str:
    """A row's counts, "4 fail, 2 checks could not be done, 1 pass": the report and the summary
    say the not-checked count as checks, as the report's chip does (ux review 32)."""
    return ", ".join(not_checked_words(n) if _value(k) == "not-checked" else f"{n} {STATUS_WORDS.get(_value(k), str(k)).lower()}"
                     for k, n in sorted(counts.items(), key=lambda kv: _value(kv[0])))


@functools.lru_cache(maxsize=1)  # compiled templates are kept: a stopped audit renders in time
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=select_autoescape(["html", "j2", "html.j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    env.filters["status_word"] = lambda s: STATUS_WORDS.get(_value(s), str(s))
    env.filters["sv"] = lambda s: getattr(s, "value", s)
    env.filters["severity_words"] = lambda s: SEVERITY_WORDS.get(_value(s), str(s))
    env.filters["status_plain"] = lambda s: STATUS_PLAIN.get(_value(s), str(s))
    env.filters["next_step"] = next_step
    env.filters["checks_not_done"] = not_checked_words
    env.filters["counts_words"] = counts_words
    env.filters["chip_words"] = chip_words
    env.filters["split_looked_for"] = split_looked_for
    env.filters["ticks_to_code"] = ticks_to_code
    return env


def ticks_to_code(text: str) -> Markup:
    """`selfaudit audit --guided` in a reason, shown as code rather than with its backticks."""
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))


def split_looked_for(why: str) -> tuple[str, str]:
    """A "not read" reason as (words, locator patterns): "(looked for: text /^\\s*Born on …/)" is
    for whoever fixes the locators, not for the person reading the report tonight."""
    i = why.find(" (looked for: ")
    if i < 0 or not why.endswith(")"):
        return why, ""
    return why[:i], why[i + len(" (looked for: "):-1]


def _value(s: object) -> str:
    """An enum's value, or the thing itself, as the key of a wording table."""
    return str(getattr(s, "value", s))


def _finalize(value: Any) -> Any:
    if isinstance(value, str):
        return value.translate(BIDI)
    return "" if value is None else value


def thumbnail_data_uri(path: Path, box: list[int] | None = None, max_side: int = THUMB_MAX) -> str | None:
    """A JPEG thumbnail of ``path`` as a data URI, with ``box`` outlined; None if unreadable."""
    try:
        with Image.open(path) as im:
            if im.width * im.height > _MAX_PIXELS:
                return None
            # Boxes are in the original pixels; draft() shrinks JPEGs on decode, so note the
            # (EXIF-rotated) original size first.
            scale_from = ImageOps.exif_transpose(im).size if im.getexif().get(0x0112, 1) in (5, 6, 7, 8) else im.size
            im.draft("RGB", (max_side * 2, max_side * 2))
            img = ImageOps.exif_transpose(im).convert("RGB")
    except Exception:  # an unreadable evidence image must not break the report
        return None
    sx = img.width / scale_from[0] if scale_from[0] else 1.0
    sy = img.height / scale_from[1] if scale_from[1] else 1.0
    if box and len(box) == 4:
        x, y, w, h = box
        d = ImageDraw.Draw(img)
        lw = max(3, img.width // 150)
        d.rectangle([x * sx, y * sy, (x + w) * sx, (y + h) * sy], outline=(230, 0, 90), width=lw)
    img.thumbnail((max_side, max_side))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=82)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _platform_cards(cards: list[Card], platform: str) -> list[Card]:
    out = []
    for c in cards:
        entries = [e for e in c.entries if e.platform == platform]
        if entries:
            c2 = copy.copy(c)
            c2.entries = entries
            out.append(c2)
    return out


class _Images:
    """Evidence thumbnails, each made once and embedded once; later uses point to the first."""

    def __init__(self, media_root: Path | None):
        self.media_root = media_root
        self.cache: dict[str, str | None] = {}
        self.placed: dict[str, str] = {}  # key -> anchor of the first embed

    def key(self, f: Finding) -> str | None:
        ev_ = f.evidence
        if not ev_ or not ev_.image or self.media_root is None or "://" in ev_.image:
            return None
        return f"{ev_.image}|{ev_.box}"

    def place(self, f: Finding, anchor: str) -> dict[str, Any] | None:
        """{'src': data URI} the first time, {'same_as': anchor} after; None without an image."""
        k = self.key(f)
        if k is None:
            return None
        if k in self.placed:
            return {"same_as": self.placed[k]}
        if k not in self.cache:
            assert self.media_root is not None and f.evidence is not None and f.evidence.image
            p = (self.media_root / f.evidence.image).resolve()
            inside = self.media_root.resolve() in p.parents
            self.cache[k] = thumbnail_data_uri(p, f.evidence.box) if inside and p.is_file() else None
        if self.cache[k] is None:
            return None
        self.placed[k] = anchor
        return {"src": self.cache[k], "anchor": anchor}


def build_context(ev: Evaluation, media_root: Path | None, extra: dict[str, Any] | None = None,
                  view: str = "main", actions: list[dict[str, Any]] | None = None,
                  cards: list[Card] | None = None) -> dict[str, Any]:
    extra = extra or {}
    actions = actions if actions is not None else build_actions(ev)
    open_cards = cards if cards is not None else build_cards(ev, actions, (Status.FAIL, Status.REVIEW, Status.ERROR))
    accepted_cards = build_cards(ev, actions, (Status.ACCEPTED,), prefix="a")
    platforms = sorted({a.account.platform for a in ev.snapshot.accounts})
    limit: int | None = MAIN_LIST_LIMIT
    card_limit: int | None = MAIN_CARD_LIMIT
    if view == "failures":
        limit = card_limit = None
        open_cards = [c for c in open_cards if c.status in ("fail", "review")]
    elif view != "main":
        limit = card_limit = None
        open_cards = _platform_cards(open_cards, view)
        accepted_cards = _platform_cards(accepted_cards, view)

    images = _Images(media_root)
    fixes_shown: set[str] = set()

    def fix_once(text: str | None) -> str | None:
        """Each fix text appears once in a page; later cards point to the action or say 'as above'."""
        if not text or text in fixes_shown:
            return None
        fixes_shown.add(text)
        return text

    for a in actions:
        for p in a["parts"]:
            for s in p["steps"]:
                fixes_shown.add(s)

    stranger = []
    for acct in ev.snapshot.accounts:
        if view not in ("main", "failures") and acct.account.platform != view:
            continue
        words = stranger_words(acct)
        if words is None:
            continue
        sv = acct.stranger_view
        shot = None
        if sv is not None and sv.screenshot and media_root is not None:
            p = (media_root / sv.screenshot).resolve()
            if media_root.resolve() in p.parents and p.is_file():
                shot = thumbnail_data_uri(p, max_side=900)
        stranger.append({"account": acct.account, "view": sv, "words": words, "screenshot": shot})

    by_check_row: dict[str, list[str]] = {}
    for r in ev.policy.pack.rows:
        for c in r.checks:
            by_check_row.setdefault(c, []).append(r.id)
    row_cards: dict[str, list[Card]] = {r.id: [] for r in ev.rows}
    for card in open_cards + accepted_cards:
        for rid in sorted({rid for f in card.findings for rid in by_check_row.get(f.check, [])}):
            row_cards[rid].append(card)

    # the headline counts the page's platform: on "Facebook only", Facebook's findings (its DO/Don't
    # table and rows still count every platform, and say so); the main and failures pages count all
    every_platform = view in ("main", "failures")
    shown = [f for f in ev.findings if every_platform or f.platform == view]
    needs = [f for f in shown if f.status in (Status.FAIL, Status.REVIEW)]
    totals = {s.value: sum(1 for f in shown if f.status == s) for s in Status}
    do_rows = [r for r in ev.rows if r.entry.kind == "do"]
    dont_rows = [r for r in ev.rows if r.entry.kind == "dont"]
    not_checked = [f for f in shown if f.status == Status.NOT_CHECKED]
    passed = [f for f in shown if f.status == Status.PASS]
    cov = coverage(ev.snapshot)
    view_cov = cov if every_platform else platform_coverage(cov, view)
    acceptances = extra.get("acceptances") or {}
    from ..history import is_expired

    expired = {fp: e for fp, e in acceptances.items() if is_expired(e)}
    return {
        "csp": CSP,
        "version": __version__,
        "demo": bool(extra.get("demo")),
        "view": view,
        "view_title": {"main": "", "failures": "Only what needs action"}.get(view, f"{PLATFORM_NAMES.get(view, view)} only"),
        "platforms": platforms,
        "views": [{"file": f"report-{p}.html", "name": PLATFORM_NAMES.get(p, p), "id": p}
                  for p in platforms if re.fullmatch(r"[a-z0-9_-]{1,40}", p)],
        "platform_names": PLATFORM_NAMES,
        "policy": ev.policy.pack,
        "subject": ev.snapshot.subject,
        "accounts": ev.snapshot.accounts,
        "table": list(zip_longest(do_rows, dont_rows)),
        "rows": ev.rows,
        "row_cards": row_cards,
        "row_split": {r.id: row_split(r) for r in ev.rows},  # whose content the row's findings are (as the summary says)
        "clauses": ev.clauses,
        "results": ev.results if every_platform else [r for r in ev.results if r.platform == view],
        "needs_action": len(needs),
        "nothing_shown": not shown,  # no finding at all here: nothing was checked, not "nothing needs action"
        "totals": totals,
        "actions": actions,
        "main_actions": MAIN_ACTIONS,
        "cards": open_cards[:card_limit] if card_limit else open_cards,
        "cards_hidden": max(0, len(open_cards) - card_limit) if card_limit else 0,
        "accepted_cards": accepted_cards,
        "acceptances": acceptances,
        "accepted_words": {"fail": "goes against the policy", "review": "a possible issue"},  # what was accepted
        "expired": expired,
        "list_limit": limit,
        "not_checked": not_checked,
        # how each account was read, for the not-checked rows' next step (a public audit is "live" without a login)
        "sources": {a.account.platform: ("public" if (a.provenance.adapter or "").startswith("public.") else a.provenance.source)
                    for a in ev.snapshot.accounts},
        "passed": passed,
        "coverage": cov,
        # the counts a page states: every platform's, or on a platform's own page that platform's
        "view_coverage": view_cov,
        "not_read": {"count": not_read_count(view_cov), "words": not_read_words(view_cov)},
        "source_words": SOURCE_WORDS,
        "since_last": extra.get("since_last"),
        "check_titles": {c.id: c.title for c in ev.policy.catalogue.checks},
        "images": images,
        "fix_once": fix_once,
        "stranger": stranger,
        "generated_at": ev.generated_at.strftime("%d %B %Y, %H:%M UTC"),
    }


def render_pages(ev: Evaluation, media_root: Path | None = None, extra: dict[str, Any] | None = None) -> dict[str, str]:
    """report.html, plus the failures-only page and one page per platform (full lists)."""
    env = _environment()
    css = (templates_dir() / "report.css").read_text(encoding="utf-8")
    tpl = env.get_template("report.html.j2")
    actions = build_actions(ev)
    cards = build_cards(ev, actions, (Status.FAIL, Status.REVIEW, Status.ERROR))
    pages = {"report.html": tpl.render(css=css, **build_context(ev, media_root, extra, "main", actions, cards))}
    pages["report-failures.html"] = tpl.render(css=css, **build_context(ev, media_root, extra, "failures", actions, cards))
    for p in sorted({a.account.platform for a in ev.snapshot.accounts}):
        if not re.fullmatch(r"[a-z0-9_-]{1,40}", p):
            continue  # a name that is not a platform id never becomes a file name
        pages[f"report-{p}.html"] = tpl.render(css=css, **build_context(ev, media_root, extra, p, actions, cards))
    return pages


def render_html(ev: Evaluation, media_root: Path | None = None, extra: dict[str, Any] | None = None) -> str:
    return render_pages(ev, media_root, extra)["report.html"]
