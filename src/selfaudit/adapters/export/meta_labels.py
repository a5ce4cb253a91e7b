"""Meta's ``label_values`` settings files, and label → setting mapping as data.

Facebook's and Instagram's current exports hold settings as nested label/value records:

    {"timestamp": 1767225600, "media": [], "fbid": "…",
     "label_values": [
        {"label": "Section or setting", "value": "Friends"},
        {"label": "Section", "dict": [{"label": "Who can …?", "value": "Public"}, …]},
        {"label": "List", "vec": [{"value": "a"}, {"dict": […]}]},
        {"label": "Changed", "timestamp_value": 1767225600},
        {"ent_field_name": "…", "label": "…", "value": "…"}]}

``iter_label_values`` walks that shape (any nesting, bounded) into flat records keeping the
section path; ``LabelMap`` maps the platform's label (in the export's language) to a
SETTING_KEYS key and the value to an audience, from YAML in ``labels/``. A label it does not
know is returned unrecognised — kept and shown, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ...snapshot import ArchiveSetting, Audience, AudienceSetting
from .base import fix_text, latest_change, to_datetime

LABELS_DIR = Path(__file__).with_name("labels")
MAX_DEPTH = 12  # label_values nests a few levels; deeper is not a settings file
MAX_RECORDS = 5000


@dataclass(frozen=True)
class LabelValue:
    """One leaf of a label_values tree."""

    label: str
    value: str | None
    section: tuple[str, ...] = ()
    field: str | None = None  # Meta's language-independent ent_field_name, when given
    timestamp: datetime | None = None  # the record's own timestamp (or its timestamp_value)
    file: str | None = None


def iter_label_values(data: Any, *, file: str | None = None) -> Iterator[LabelValue]:
    """Every label/value leaf under any ``label_values`` list in ``data`` (depth- and count-bounded)."""
    count = 0

    def leaves(items: Any, section: tuple[str, ...], when: datetime | None, depth: int) -> Iterator[LabelValue]:
        nonlocal count
        if depth > MAX_DEPTH or not isinstance(items, list):
            return
        for it in items:
            if count >= MAX_RECORDS:
                return
            if not isinstance(it, dict):
                continue
            label = fix_text(it.get("label") or it.get("title") or "").strip()
            field = it.get("ent_field_name") if isinstance(it.get("ent_field_name"), str) else None
            if isinstance(it.get("dict"), list):
                yield from leaves(it["dict"], section + ((label,) if label else ()), when, depth + 1)
                continue
            if isinstance(it.get("vec"), list):
                simple = [v for v in it["vec"] if isinstance(v, dict) and "value" in v and not isinstance(v.get("dict"), list)]
                nested = [v for v in it["vec"] if isinstance(v, dict) and isinstance(v.get("dict"), list)]
                if simple and label:
                    count += 1
                    text = ", ".join(_scalar(v.get("value")) or "" for v in simple)
                    yield LabelValue(label, text, section, field, when, file)
                for v in nested:
                    yield from leaves(v["dict"], section + ((label,) if label else ()), when, depth + 1)
                continue
            if not label:
                continue
            if "value" in it:
                value: str | None = _scalar(it.get("value"))
            elif "timestamp_value" in it:
                d = to_datetime(it.get("timestamp_value"))
                value = d.isoformat() if d else str(it.get("timestamp_value"))
            elif "href" in it:
                value = str(it.get("href"))
            else:
                value = None
            count += 1
            yield LabelValue(label, value, section, field, when, file)

    def walk(v: Any, depth: int) -> Iterator[LabelValue]:
        if depth > MAX_DEPTH:
            return
        if isinstance(v, dict):
            if isinstance(v.get("label_values"), list):
                yield from leaves(v["label_values"], (), to_datetime(v.get("timestamp")), depth + 1)
                return
            for x in v.values():
                yield from walk(x, depth + 1)
        elif isinstance(v, list):
            for x in v:
                yield from walk(x, depth + 1)

    yield from walk(data, 0)


def iter_string_maps(data: Any, *, file: str | None = None) -> Iterator[LabelValue]:
    """Instagram/Threads ``string_map_data`` records ({label: {value, timestamp}}) as LabelValues."""

    def walk(v: Any, depth: int) -> Iterator[LabelValue]:
        if depth > MAX_DEPTH:
            return
        if isinstance(v, dict):
            sm = v.get("string_map_data")
            if isinstance(sm, dict):
                title = fix_text(v.get("title") or "").strip()
                for label, x in sm.items():
                    val = x.get("value") if isinstance(x, dict) else x
                    when = to_datetime(x.get("timestamp")) if isinstance(x, dict) else None
                    yield LabelValue(fix_text(label).strip(), _scalar(val), (title,) if title else (), None, when, file)
                return
            for x in v.values():
                yield from walk(x, depth + 1)
        elif isinstance(v, list):
            for x in v[:MAX_RECORDS]:
                yield from walk(x, depth + 1)

    yield from walk(data, 0)


def _scalar(v: Any) -> str | None:
    """A value as text; a list or object where a value belongs is no value (never matched to an option)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (str, int, float)):
        return fix_text(str(v))
    return None


# -- mapping -------------------------------------------------------------------------------

_PUNCT = re.compile(r"[¿?¡!:.,;\"'’‘`…]+")


def norm(s: str | None) -> str:
    """Compare labels ignoring case, spacing, accents' encoding (composed or decomposed) and
    punctuation. Turkish "İ" case-folds to "i" + a combining dot: read as "i" ("GİZLİ HESAP")."""
    s = unicodedata.normalize("NFKC", fix_text(s or "")).replace("\u202f", " ").replace("\xa0", " ")
    return " ".join(_PUNCT.sub(" ", s).casefold().replace("i\u0307", "i").split())


@dataclass(frozen=True)
class Entry:
    key: str | None
    url: str | None
    options: dict[str, Audience]  # normalised option word → audience


class LabelMap:
    """Label → key and option → audience for one platform, from a labels/*.yaml file."""

    def __init__(self, data: dict[str, Any], platform: str):
        self.platform = platform
        shared = _options(data.get("audiences") or {})
        self._by_label: dict[str, Entry] = {}
        for e in data.get("settings") or []:
            plats = e.get("platforms")
            if plats and platform not in plats:
                continue
            opts = _options(e["options"]) if e.get("options") else shared
            entry = Entry(e.get("key"), e.get("url"), opts)
            for words in (e.get("labels") or {}).values():
                for w in words:
                    self._by_label.setdefault(norm(w), entry)

    def entry(self, label: str) -> Entry | None:
        return self._by_label.get(norm(label))

    def setting(self, lv: LabelValue) -> tuple[AudienceSetting | None, ArchiveSetting | None]:
        """(the audience setting to judge, or None; the coverage record, or None when not a setting)."""
        e = self.entry(lv.label)
        section = " › ".join(lv.section) or None
        if e is None:
            return None, ArchiveSetting(label=lv.label, value=lv.value, section=section, file=lv.file, recognised=False)
        audience = e.options.get(norm(lv.value), Audience.UNKNOWN) if lv.value is not None else Audience.UNKNOWN
        record = ArchiveSetting(label=lv.label, value=lv.value, section=section, file=lv.file, key=e.key, audience=audience if e.key else None)
        if e.key is None:
            return None, record
        return AudienceSetting(key=e.key, label=lv.label, option=lv.value, audience=audience, url=e.url), record


def _options(raw: dict[str, list[str]]) -> dict[str, Audience]:
    out: dict[str, Audience] = {}
    for aud, words in raw.items():
        for w in words:
            if isinstance(w, bool):  # an unquoted On/Off/Yes/No in the YAML: refuse, do not guess
                raise ValueError(f"labels: quote the option word {w!r} under {aud!r}")
            out.setdefault(norm(str(w)), Audience(aud))
    return out


@cache
def _load(name: str) -> dict[str, Any]:
    data = yaml.safe_load((LABELS_DIR / name).read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


@cache
def label_map(platform: str, name: str = "meta.yaml") -> LabelMap:
    return LabelMap(_load(name), platform)


def archive_holds(platform: str) -> set[str]:
    """The setting keys an export of ``platform`` can hold (labels/coverage.yaml)."""
    return set(_load("coverage.yaml").get(platform) or ())


def read_settings(
    records: list[LabelValue], lmap: LabelMap
) -> tuple[list[AudienceSetting], list[ArchiveSetting]]:
    """Settings to judge (one per key, see ``_one``) and every record for coverage."""
    shown: list[ArchiveSetting] = []
    by_key: dict[str, list[tuple[AudienceSetting, LabelValue]]] = {}
    for lv in records:
        s, rec = lmap.setting(lv)
        if rec is not None:
            shown.append(rec)
        if s is not None:
            by_key.setdefault(s.key, []).append((s, lv))
    return [_one(group) for group in by_key.values()], shown


# Widest first (as the live reader orders audiences).
_WIDE = [Audience.PUBLIC, Audience.LOGGED_IN, Audience.FRIENDS_OF_FRIENDS, Audience.FRIENDS, Audience.CUSTOM, Audience.ONLY_ME]


def _one(group: list[tuple[AudienceSetting, LabelValue]]) -> AudienceSetting:
    """One setting the export gives several times: alike, it is read; when the values differ, the
    newest by its own timestamp, else the widest of them — taking the first one found would
    pass "Friends" beside a later "Public" — and unknown when one of them is not recognised."""
    first = group[0][0]
    if len({s.audience for s, _ in group}) == 1:
        return first
    newest, _why = latest_change([(lv.timestamp.timestamp() if lv.timestamp else None, i) for i, (_, lv) in enumerate(group)])
    if newest is not None:
        return group[newest][0]
    values = " / ".join(dict.fromkeys(f"“{s.option}”" for s, _ in group))
    option = f"{values} (the export gives this setting {len(group)} times, with different values)"
    if any(s.audience not in _WIDE for s, _ in group):
        return first.model_copy(update={"audience": Audience.UNKNOWN, "option": option})
    widest = min((s.audience for s, _ in group), key=_WIDE.index)
    if Audience.CUSTOM in {s.audience for s, _ in group} and _WIDE.index(widest) >= _WIDE.index(Audience.FRIENDS):
        widest = Audience.CUSTOM  # a custom list may hold friends of friends: never read as friends (review)
    return first.model_copy(update={"audience": widest, "option": option})
