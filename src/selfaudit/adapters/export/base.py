"""What every export reader shares: the read context, media, dates, mojibake, assembly."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from ... import __version__
from ...snapshot import (
    SETTING_KEYS,
    Account,
    AccountSnapshot,
    ArchiveSetting,
    Audience,
    AudienceSetting,
    Connections,
    Coverage,
    EmptyEvidence,
    GeoPoint,
    Media,
    MediaKind,
    Missing,
    Post,
    Profile,
    Provenance,
)
from .parse import MemberError
from .safe import Archive, CopiedMedia

NOT_IN_EXPORT = "not in this export — run a live audit"


# Where a handle's profile lives, for readers whose export gives only the handle.
PROFILE_URLS = {  # not Facebook: its exports may give only the person's name as a handle
    "instagram": "https://www.instagram.com/{handle}/",
    "threads": "https://www.threads.net/@{handle}",
    "tiktok": "https://www.tiktok.com/@{handle}",
}


def no_archive_holds(platform: str) -> str:
    return f"no {platform} archive holds this setting; run a live audit"

MAX_SKIP_NOTES = 50
_T = TypeVar("_T")

Progress = Callable[[str], Any]


class Context:
    """One archive being read: where media go, progress, what was skipped and why."""

    def __init__(self, archive: Archive, out_dir: Path, progress: Progress | None = None):
        self.archive = archive
        self.out_dir = Path(out_dir)
        self.progress = progress
        self._copied: dict[str, CopiedMedia] = {}
        self.notes: list[str] = []
        self.missing: dict[str, str] = {}
        self.failed: dict[str, str] = {}
        self.media_count = 0
        # Coverage: every settings label the export held, and when the export was made.
        self.archive_settings: list[ArchiveSetting] = []
        self.exported_at: datetime | None = None
        # The platform's own proof that a list is empty (e.g. the posts file holds "[]").
        self.empty: dict[str, str] = {}

    # -- progress --------------------------------------------------------------------------

    def say(self, text: str) -> None:
        if self.progress is not None:
            self.progress(text)

    def tick(self, what: str, n: int, every: int = 5000) -> None:
        if n and n % every == 0:
            self.say(f"{self.archive.path.name}: {n:,} {what}")

    # -- reading members safely -------------------------------------------------------------

    def _member(self, name: str | None, read: Callable[[str], _T]) -> _T | None:
        """``read(name)``, or None when there is no name or the member cannot be read (skipped with its reason)."""
        if not name:
            return None
        try:
            return read(name)
        except MemberError as exc:
            self._unreadable(name, exc)
            return None

    def _unreadable(self, name: str, exc: MemberError) -> None:
        self.archive.skip(name, exc.message)
        self.failed[name] = exc.message

    def json(self, name: str | None) -> Any:
        """A JSON member, or None (the member is skipped with its reason) when it cannot be read."""
        return self._member(name, self.archive.read_json)

    def json_js(self, name: str | None) -> Any:
        """An X ``window.YTD…= [...]`` file, or None (skipped with its reason)."""
        return self._member(name, self.archive.read_js)

    def text(self, name: str | None) -> str | None:
        return self._member(name, self.archive.read_text)

    def items(self, name: str, prefix: str = "item", *, js_assignment: bool = False) -> Iterator[Any]:
        """Stream a JSON array's elements; a damaged file ends the stream with a skip note."""
        try:
            yield from self.archive.iter_items(name, prefix, js_assignment=js_assignment)
        except MemberError as exc:
            self._unreadable(name, exc)

    def collected(self, posts: list[Post], files: list[str], what: str = "posts") -> list[Post] | None:
        """``posts`` — or None with the reason when every file holding them was unreadable.

        An empty list would claim "collected, and there were none"; a file that could not be
        parsed must instead make its checks say not-checked.
        """
        gaps = numbering_gaps(files)
        if gaps:  # one zip of a split export: the missing parts hold posts that were never read
            self.need(f"{what}.text", f"the {what} files are numbered with gaps ({', '.join(gaps[:3])}"
                      f"{' …' if len(gaps) > 3 else ''} missing): another part of the export may hold them — give every part")
        bad = [f for f in files if f in self.failed]
        if files and len(bad) == len(files) and not posts:
            self.need(what, "; ".join(self.failed[f] for f in bad))
            return None
        if bad:
            self.notes.append(f"Only part of the {what} could be read: " + "; ".join(self.failed[f] for f in bad))
            # what was read is still checked, but "none flagged" in part of them is not a pass
            self.need(f"{what}.text", f"only part of the {what} could be read: " + "; ".join(self.failed[f] for f in bad))
        return posts

    # -- media -------------------------------------------------------------------------------

    def media(
        self,
        ref: str | None,
        *,
        base: str = "",
        id: str | None = None,
        role: str = "post",
        kind: MediaKind | None = None,
        caption: str | None = None,
        alt: str | None = None,
        taken_at: datetime | None = None,
        location: GeoPoint | None = None,
        url: str | None = None,
    ) -> Media | None:
        """A Media for an export-internal reference, its file streamed into out_dir/media."""
        if not ref and not url:
            return None
        member = self.archive.resolve(ref, base) if ref else None
        mid = id or (member or ref or url or "")
        ext = PurePosixPath(ref or url or "").suffix.lower().lstrip(".")
        guess_kind: MediaKind = kind or ("video" if ext in {"mp4", "mov", "m4v", "webm"} else "photo")
        common: dict[str, Any] = dict(
            id=str(mid), role=role, caption=caption or None, alt=alt or None, taken_at=taken_at, location=location
        )
        if member is None:
            if ref and "://" not in ref:
                why = self.archive.skipped_reason(ref)
                reason = (
                    "its path leaves the archive; refused"
                    if _escapes(ref)
                    else f"file {ref!r} skipped: {why}"
                    if why
                    else f"file {ref!r} is not in this export"
                )
            else:
                reason = "only a link in this export; the file itself is not included"
            return Media(kind=guess_kind, url=url or (ref if ref and "://" in ref else None), skipped=reason, **common)
        copied = self._copied.get(member)
        if copied is None:
            copied = self.archive.copy_media(member, self.out_dir)
            self._copied[member] = copied
            if copied.skipped:
                self.archive.skip(member, copied.skipped)
            else:
                self.media_count += 1
                self.tick("media files", self.media_count, every=500)
        kind_out: MediaKind = "photo" if copied.kind == "photo" else "video" if copied.kind == "video" else (kind or "other")
        return Media(kind=kind_out, url=url, path=copied.path, sha256=copied.sha256, skipped=copied.skipped, **common)

    # -- assembly ----------------------------------------------------------------------------

    def named_date(self) -> datetime | None:
        """The date in the export's name (the zip's, else its top folder's: a renamed zip keeps it)."""
        top = next(iter(self.archive.members), "").split("/", 1)[0]
        return export_date(self.archive.path.name) or export_date(top)

    def need(self, fact: str, reason: str = NOT_IN_EXPORT) -> None:
        self.missing.setdefault(fact, reason)

    def snapshot(
        self,
        platform: str,
        handle: str,
        *,
        url: str | None = None,
        display_name: str | None = None,
        profile: Profile | None,
        settings: list[AudienceSetting] | None,
        posts: list[Post] | None,
        photos: list[Media] | None = None,
        connections: Connections | None = None,
        notes: list[str] | None = None,
    ) -> AccountSnapshot:
        """The one builder of an export's AccountSnapshot: every fact not in the export named with its reason.

        Without ``url`` the profile address comes from PROFILE_URLS and the handle; without
        ``display_name``, the profile's name; an empty handle becomes "<platform>-user".

        Settings this export lacks are told apart: those an export of the platform can hold
        ("not in this export") and those no export of it holds (labels/coverage.yaml) —
        both not-checked, and both listed in ``provenance.coverage`` for the report.
        """
        from .meta_labels import archive_holds

        if self.exported_at is None:  # the zip's name, else its top folder's (a renamed zip keeps it)
            self.exported_at = self.named_date()
        have = [s.key for s in settings or ()]
        holds = archive_holds(platform)
        unknown = [r for r in self.archive_settings if not r.recognised]
        absent_reason = NOT_IN_EXPORT
        if unknown:
            shown = "; ".join(f"“{r.label}” = “{r.value}”" for r in unknown[:3])
            absent_reason = (
                f"not found among this export's settings; it holds {len(unknown)} setting(s) selfaudit does not "
                f"recognise ({shown}) — run a live audit"
            )
        not_in, none_hold = [], []
        for key in SETTING_KEYS:
            if key in have:
                continue
            if key in holds:
                not_in.append(key)
                self.need(f"settings.{key}", absent_reason)
            else:
                none_hold.append(key)
                self.need(f"settings.{key}", no_archive_holds(platform))
        self.need("stranger_view")
        if profile is None:
            self.need("profile", "no profile file was found in this export")
        if posts is None:
            unread = [s.reason if s.reason.startswith(s.item) else f"{s.item}: {s.reason}" for s in self.archive.skipped
                      if s.item.lower().endswith((".js", ".json", ".csv", ".html", ".htm", ".txt"))]  # data files, not media
            self.need("posts", "no posts file was found in this export" + (
                f"; {len(unread)} file(s) could not be read, which may hold them: " + "; ".join(unread[:2]) if unread else ""))
        all_notes = list(notes or ()) + self.notes + self.archive.notes
        if settings and self.exported_at:
            all_notes.append(f"Settings are as they were when the export was made ({self.exported_at.date().isoformat()}).")
        elif settings:
            all_notes.append("Settings are as they were when the export was made (its date is not recorded in the export).")
        skipped = self.archive.skipped
        for s in skipped[:MAX_SKIP_NOTES]:
            all_notes.append(f"skipped {s.item}: {s.reason}")
        if len(skipped) > MAX_SKIP_NOTES:
            all_notes.append(f"… and {len(skipped) - MAX_SKIP_NOTES} more skipped items")
        prov = Provenance(
            source="export",
            adapter=f"export.{platform}",
            location=self.archive.location,
            tool_version=__version__,
            missing=[Missing(fact=k, reason=v) for k, v in self.missing.items()],
            notes=all_notes,
            empty=[EmptyEvidence(fact=k, evidence=v) for k, v in self.empty.items()],
            coverage=Coverage(
                exported_at=self.exported_at,
                from_archive=[k for k in SETTING_KEYS if k in have],
                not_in_this_export=not_in,
                no_archive_holds=none_hold,
                archive_settings=self.archive_settings,
            ),
        )
        if url is None and handle and platform in PROFILE_URLS:
            url = PROFILE_URLS[platform].format(handle=handle)
        if display_name is None and profile is not None:
            display_name = profile.name
        return AccountSnapshot(
            account=Account(platform=platform, handle=handle or f"{platform}-user", url=url, display_name=display_name),
            profile=profile,
            settings=settings,
            posts=posts,
            photos=photos,
            connections=connections,
            stranger_view=None,
            provenance=prov,
        )


def latest_change(changes: Sequence[tuple[float | None, _T]]) -> tuple[_T | None, str | None]:
    """The value of the latest of several dated changes (a privacy history, one setting given
    twice), or (None, why) when the order cannot be trusted: the latest decides, so among
    several each must have a readable date, none may be in the future (a wrong clock), and two
    at the same moment must agree — a guess there could pass a public account as private."""
    if not changes:
        return None, None
    if len(changes) == 1:
        return changes[0][1], None
    undated = sum(when is None for when, _ in changes)
    if undated:
        return None, f"{undated} entr{'y' if undated == 1 else 'ies'} without a readable date among {len(changes)}"
    dated = sorted((when or 0.0, i) for i, (when, _) in enumerate(changes))
    if dated[-1][0] > datetime.now(UTC).timestamp() + 86400:
        return None, "an entry dated in the future"
    if dated[-1][0] == dated[-2][0] and changes[dated[-1][1]][1] != changes[dated[-2][1]][1]:
        return None, "two entries at the same moment that disagree"
    return changes[dated[-1][1]][1], None


_NUMBERED = re.compile(r"^(.+?)(-part|_)(\d+)(\.[a-z]+)$")


# Meta's "Download your information" asks for a date range and offers "Last year"; an export
# made that way looks like a full one. When everything dated in it falls in about the year
# before the export was made, and the account is older than that, older posts may not be in it.
# (A custom range ending earlier cannot be told from a full export: a stated limit.)
RANGE_DAYS = 400


def date_range_caveat(ctx: Context, joined: datetime | None, stamps: Iterable[datetime | None]) -> None:
    """Mark the posts partly read when the export looks downloaded for the last year only."""
    dates = sorted(d for d in stamps if d is not None)
    made = ctx.named_date()  # the platform names its export by the day it was made
    if joined is None or made is None or not dates:
        return
    first = dates[0]
    if (first - joined).days > RANGE_DAYS and (made - first).days <= RANGE_DAYS:
        ctx.need("posts.text", f"everything dated in this export falls between {first:%d %b %Y} and the export's date, {made:%d %b %Y}, but the "
                               f"account was opened on {joined:%d %b %Y}: it may have been downloaded for a date range (Meta's "
                               "'Download your information' offers 'Last year'), so older posts were not read — download it "
                               "again with Date range: All time")


_YEAR = re.compile(r"(^|[_-])(19|20)\d{2}$")


def _dated(prefix: str, num: str) -> bool:
    """Whether a file's number is a date, not a part: a year (posts_2012), or a month after a
    year (X's Grailbird data/js/tweets/2012_03.js). Files are written only for months with
    posts, so a month without a file is no missing part."""
    return bool(re.fullmatch(r"(19|20)\d{2}", num)) or (bool(_YEAR.search(prefix)) and len(num) <= 2 and 1 <= int(num) <= 12)


def numbering_gaps(files: list[str]) -> list[str]:
    """File names missing from numbered series (posts_1, posts_3 → posts_2; tweets.js and
    tweets-part2.js → tweets-part1.js). A series starts at 1, or at 0 when its unnumbered file
    is there (X's tweets.js is part 0); a gap after the first file given is a missing part."""
    series: dict[tuple[str, str, str, str], set[int]] = {}
    plain = {PurePosixPath(f).as_posix().rsplit(".", 1)[0] for f in files}
    for f in files:
        stem, name = f.rsplit("/", 1) if "/" in f else ("", f)
        m = _NUMBERED.match(name)
        if m and not _dated(m.group(1), m.group(3)):
            series.setdefault((stem, m.group(1), m.group(2), m.group(4)), set()).add(int(m.group(3)))
    out = []
    for (stem, prefix, sep, ext), nums in sorted(series.items()):
        lo = 0 if f"{stem + '/' if stem else ''}{prefix}" in plain else 1
        out += [f"{prefix}{sep}{i}{ext}" for i in range(lo, max(nums) + 1) if i not in nums and i > 0]
    return out


def account_privacy_settings(label: str, private: bool, url: str | None) -> list[AudienceSetting]:
    """A private-account switch as the three settings it governs (account, photos, friends list)."""
    audience = Audience.FRIENDS if private else Audience.PUBLIC
    option = "On" if private else "Off"
    return [
        AudienceSetting(key=key, label=text, option=option, audience=audience, url=url)
        for key, text in (
            ("account_privacy", label),
            ("photos", f"{label} (also covers your posts and photos)"),
            ("friends_list", f"{label} (also hides your followers and following lists)"),
        )
    ]


_ISO_DATE_IN_NAME = re.compile(r"(?<!\d)(20\d{2})-(\d{2})-(\d{2})(?!\d)")


def export_date(archive_name: str, stamps: Iterable[datetime | None] = ()) -> datetime | None:
    """When the export was made: the newest timestamp its settings carry, else an ISO date in its name."""
    known = [d for d in stamps if d is not None]
    if known:
        return max(known)
    m = _ISO_DATE_IN_NAME.search(archive_name)
    if m:
        try:
            return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), tzinfo=UTC)
        except ValueError:
            return None
    return None


def _escapes(ref: str) -> bool:
    r = ref.replace("\\", "/")
    return ".." in r.split("/")


# -- values -------------------------------------------------------------------------------

_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]")


def fix_text(s: Any) -> str:
    """Meta's exports escape each UTF-8 byte as \\u00XX (mojibake); repair it with ftfy."""
    if not isinstance(s, str):
        return "" if s is None else str(s)
    if _MOJIBAKE_HINT.search(s):
        import ftfy

        return ftfy.fix_encoding(s)
    return s


_X_DATE = re.compile(r"^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$")
_SLASH_DATE = re.compile(r"^\d{4}/\d{2}/\d{2}[ T]\d{2}:\d{2}(:\d{2})?( UTC)?$")
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


def to_datetime(v: Any) -> datetime | None:
    """Epoch seconds/ms, ISO 8601, X's 'Wed Oct 10 20:19:24 +0000 2018', 'YYYY-MM-DD HH:MM:SS'."""
    if v is None or v == "":
        return None
    try:
        if isinstance(v, (int, float)) or (isinstance(v, str) and v.strip().isdigit()):
            x = float(v)
            if x > 1e11:
                x /= 1000
            return datetime.fromtimestamp(x, tz=UTC)
        s = str(v).strip()
        if _SLASH_DATE.match(s):  # LinkedIn 2018: "2017/06/08 08:15:44 UTC"
            s = s[:10].replace("/", "-") + s[10:].replace(" UTC", "+00:00")
        m = _X_DATE.match(s)  # X's "Wed Oct 10 20:19:24 +0000 2018", fast (strptime is slow per call)
        if m and m.group(1) in _MONTHS:
            mon, day, hh, mm, ss, off, year = m.groups()
            sign = 1 if off[0] == "+" else -1
            tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
            return datetime(int(year), _MONTHS[mon], int(day), int(hh), int(mm), int(ss), tzinfo=tz)
        try:
            d = datetime.fromisoformat(s.replace("Z", "+00:00"))
            return d if d.tzinfo else d.replace(tzinfo=UTC)
        except ValueError:
            pass
        for fmt in ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%d %H:%M:%S %z"):
            try:
                return datetime.strptime(s, fmt)
            except ValueError:
                pass
        try:
            return parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
    except (OverflowError, OSError, ValueError):
        return None


def geo(lat: Any, lon: Any, name: str | None = None) -> GeoPoint | None:
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (-90 <= la <= 90 and -180 <= lo <= 180) or (la == 0 and lo == 0):
        return None
    return GeoPoint(lat=la, lon=lo, name=name or None)


def stable_id(*parts: Any) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


MAX_INLINE_TAGS = 20_000  # one post's or field's HTML; past this, tags are stripped without parsing (memory)


def html_to_text(html: str | None) -> str:
    if not html:
        return ""
    if html.count("<") > MAX_INLINE_TAGS:
        return re.sub(r"\s*\n\s*\n\s*", "\n\n", re.sub(r"<[^<>]*>", " ", html)).strip()
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for p in soup.find_all("p"):
        p.insert_after("\n\n")
    return re.sub(r"\n{3,}", "\n\n", soup.get_text()).strip()
