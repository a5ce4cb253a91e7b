"""Instagram "Download your information": current, 2021–22 and 2018–20 layouts, JSON or HTML.

- Current: ``personal_information/personal_information/personal_information.json`` and
  ``your_instagram_activity/content/posts_1.json``; 2021–22: ``account_information/…`` and
  ``content/posts_1.json``; both keep the profile as ``profile_user[0].string_map_data``
  (label → {value}); 2018–20: ``profile.json`` (``private_account``) and ``media.json``.
- Some exports localise the labels (e.g. Turkish "Gizli Hesap" for "Private Account"):
  files are found by their JSON *shape*, labels are matched in several languages, and a
  single yes/no field is taken as the privacy switch when no label is recognised (noted).
- Posts carry their media (``uri`` into the archive) and EXIF (``exif_data`` with
  latitude/longitude); Meta's mojibake is repaired.
- Settings files of current exports: ``preferences/settings/comments_allowed_from.json``
  (``settings_allow_comments_from``), ``personal_information/…/instagram_profile_information.json``
  (contact syncing, shown only), ``security_and_login_information/…/profile_privacy_changes.json``
  (when the account was made private or public), and any ``label_values`` settings file —
  labels mapped through ``labels/meta.yaml``. An export holds no tagging or mentions setting,
  and no activity status: those say "no instagram archive holds this setting".
- Threads, inside this export since 2023 (``your_instagram_activity/threads/``), is read as its
  own account by :mod:`.threads`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from ...snapshot import AccountSnapshot, Audience, AudienceSetting, Connections, Media, Post, Profile
from .base import Context, account_privacy_settings, date_range_caveat, export_date, fix_text, geo, latest_change, stable_id, to_datetime
from .meta_html import html_blocks, html_fields, refuse_html_beside_json
from .meta_labels import LabelValue, iter_label_values, iter_string_maps, label_map, norm, read_settings
from .safe import Archive

_SETTINGS_FILES = (
    r"(^|/)preferences/(settings|media_settings)/[^/]+\.json$"
    r"|(^|/)instagram_profile_information\.json$"
)
_PRIVACY_HISTORY = r"(^|/)(account_privacy_changes|profile_privacy_changes)\.json$"

PLATFORM = "instagram"
_SETTINGS_URL = "https://www.instagram.com/accounts/privacy_setting/"

LABELS: dict[str, set[str]] = {
    "username": {"username", "kullanıcı adı", "benutzername", "nom d'utilisateur", "nombre de usuario", "nome utente", "nome de usuário", "gebruikersnaam"},
    "name": {"name", "ad", "isim", "i̇sim", "ad soyad", "nom", "nombre", "nome", "naam"},
    "bio": {"bio", "biography", "biyografi", "biografie", "biographie", "biografía", "biografia"},
    "private": {"private account", "prywatne konto", "konto prywatne", "gizli hesap", "privates konto", "compte privé", "cuenta privada", "account privato", "conta privada", "privéaccount", "privé-account"},
    "website": {"website", "web sitesi", "site web", "sitio web", "sito web", "site"},
    "joined": {"date joined", "joined"},
    "comments": {"allow comments from", "comments allowed from", "yorumlara izin verilenler", "kimler yorum yapabilir"},
    "comment": {"comment", "yorum", "kommentar", "commentaire", "comentario", "commento", "comentário", "opmerking"},  # a comment's text
}
TRUE = {"true", "yes", "doğru", "evet", "wahr", "ja", "vrai", "oui", "verdadero", "sí", "si", "vero", "verdadeiro", "sim", "waar", "on", "açık"}
FALSE = {"false", "no", "yanlış", "hayır", "falsch", "nein", "faux", "non", "falso", "não", "onwaar", "nee", "off", "kapalı"}


# Compared through the labels' one normaliser (NFKC, case-folded, punctuation dropped): a label
# or a yes/no word written decomposed ("prive\u0301", as a Mac writes it) is the same word.
_LABELS_NORM = {key: {norm(n) for n in names} for key, names in LABELS.items()}
_TRUE_NORM, _FALSE_NORM = {norm(w) for w in TRUE}, {norm(w) for w in FALSE}


def _label_key(label: str) -> str | None:
    low = norm(label)
    for key, names in _LABELS_NORM.items():
        if low in names:
            return key
    return None


def _profile_files(archive: Archive) -> list[str]:
    return archive.find(r"(^|/)(personal_information|profile)\.(json|html)$")


def detect(archive: Archive) -> int:
    if archive.find(r"(^|/)your_instagram_activity/"):
        return 95
    for name in _profile_files(archive):
        head = archive.head(name, 4096)
        if b"profile_user" in head or (name.endswith("profile.json") and b"biography" in head):
            return 90
    if archive.find(r"(^|/)content/posts_\d+\.(json|html)$") and not archive.find(r"(^|/)your_facebook_activity/|(^|/)posts/your_posts"):
        return 60
    if archive.find(r"(^|/)media\.json$") and archive.find(r"(^|/)photos/\d{6}/"):
        return 60
    return 0


def _bool(v: Any) -> bool | None:
    if isinstance(v, bool):
        return v
    s = norm(str(v))
    return True if s in _TRUE_NORM else False if s in _FALSE_NORM else None


def _fields_from_profile_user(data: Any) -> tuple[dict[str, str], dict[str, str]]:
    """(label → value, media label → uri) of profile_user[0], whatever the export's language."""
    values: dict[str, str] = {}
    media: dict[str, str] = {}
    users = data.get("profile_user") if isinstance(data, dict) else None
    if isinstance(users, list) and users and isinstance(users[0], dict):
        for label, v in (users[0].get("string_map_data") or {}).items():
            values[fix_text(label)] = fix_text(v.get("value") if isinstance(v, dict) else v)
        for label, v in (users[0].get("media_map_data") or {}).items():
            if isinstance(v, dict) and v.get("uri"):
                media[fix_text(label)] = str(v["uri"])
    return values, media


def read(ctx: Context) -> AccountSnapshot:
    a = ctx.archive
    notes: list[str] = []
    values: dict[str, str] = {}
    media_fields: dict[str, str] = {}
    old_profile: dict[str, Any] = {}
    # Every profile_user file is read: a folder holding a current and an older layout (two
    # exports merged) has two, and the first found is not necessarily the newer one.
    profile_users: list[tuple[str, dict[str, str], dict[str, str]]] = []
    names = _profile_files(a)
    refuse_html_beside_json(a.path, "Instagram", ([n for n in names if n.endswith(".html")], [n for n in names if n.endswith(".json")]),
                            (a.find(r"(^|/)(content/)?posts_\d+\.html$"), a.find(r"(^|/)(content/)?posts_\d+\.json$")))
    for name in _profile_files(a):
        if name.endswith(".html"):
            if not values:
                html = ctx.text(name)
                if html:
                    values = {fix_text(k): fix_text(v) for k, v in html_fields(html).items()}
            continue
        data = ctx.json(name)
        if isinstance(data, dict) and "profile_user" in data:
            profile_users.append((name, *_fields_from_profile_user(data)))
        elif isinstance(data, dict) and ("biography" in data or "private_account" in data):
            old_profile = data
    if profile_users:  # the current layout's file first (personal_information/personal_information/…)
        profile_users.sort(key=lambda u: "personal_information/personal_information/" not in u[0])
        _, values, media_fields = profile_users[0]
    # (file, label, on?) of every 'Private account' switch: in two files, or twice in one (two languages)
    switches = [(name, lb, _bool(v)) for name, vals, _ in profile_users for lb, v in vals.items() if _label_key(lb) == "private"]

    known: dict[str, str] = {}
    unknown_bools: list[tuple[str, bool]] = []
    for label, value in values.items():
        key = _label_key(label)
        if key and key not in known:
            known[key] = value
        elif key is None and _bool(value) is not None:
            unknown_bools.append((label, bool(_bool(value))))

    username = known.get("username") or str(old_profile.get("username") or "")
    private: bool | None = None
    private_label = "Private account"
    private_conflict = len({v for _, _, v in switches}) > 1  # switches that disagree: which is now is not known
    if private_conflict:
        shown = "; ".join(f"{n} “{lb}”: {'on' if v else 'off' if v is False else 'not read'}" for n, lb, v in switches)
        ctx.need("settings.account_privacy", f"the export's profile files disagree on 'Private account' ({shown}); run a live audit")
    elif "private" in known:
        private = _bool(known["private"])
    elif "private_account" in old_profile:
        private = _bool(old_profile["private_account"])

    profile = None
    if values or old_profile:
        profile = Profile(
            name=known.get("name") or old_profile.get("name") or None,
            handle=username or None,
            # "" is a Bio read and empty (the disclaimer fails); no Bio label at all is "not read"
            bio=known["bio"] if "bio" in known else fix_text(old_profile["biography"] or "") if "biography" in old_profile else None,
            links=[w for w in [known.get("website") or old_profile.get("website") or ""] if w],
            fields={k: v for k, v in values.items() if _label_key(k) is None and norm(k) not in ("email", "e-posta", "phone", "telefon")},
        )
        if profile.bio is None:
            ctx.need("profile.bio", "the export's profile has no Bio field selfaudit recognises; the bio was not read")
        photo_uri = next(iter(media_fields.values()), None) or old_profile.get("profile_pic_url")
        if photo_uri:
            profile.profile_photo = ctx.media(str(photo_uri) if "://" not in str(photo_uri) else None, url=str(photo_uri) if "://" in str(photo_uri) else None, role="profile_photo", id="profile_photo")

    if private is None and not private_conflict:
        private = _privacy_from_history(ctx, notes)
    settings: list[AudienceSetting] = []
    audience = None
    if private is not None:
        audience = Audience.FRIENDS if private else Audience.PUBLIC
        settings += account_privacy_settings(private_label, private, _SETTINGS_URL)
    elif not private_conflict:
        # A yes/no field under a label not known is not taken for the switch: in an export in
        # another language the only one may be "Phone confirmed: true" — a guess could pass.
        seen = f" (its yes/no fields: {', '.join(repr(lb) for lb, _ in unknown_bools[:4])})" if unknown_bools else ""
        ctx.need("settings.account_privacy", f"the export's profile has no recognisable 'Private account' field{seen}; run a live audit")

    settings += [x for x in _file_settings(ctx, private) if x.key not in {y.key for y in settings}]
    comments = known.get("comments") or _comment_setting(ctx)
    if comments and not any(x.key == "wall_posts" for x in settings):
        # the labels data's words for the value; one not listed is not recognised, never guessed narrower
        entry = label_map("instagram").entry("Allow comments from")
        c_aud = entry.options.get(norm(comments), Audience.UNKNOWN) if entry else Audience.UNKNOWN
        if private and c_aud == Audience.FRIENDS_OF_FRIENDS:
            c_aud = Audience.FRIENDS  # a private account's followers are people it approved
        settings.append(AudienceSetting(key="wall_posts", label="Allow comments from", option=comments, audience=c_aud, url="https://www.instagram.com/accounts/comments/"))

    posts = _posts(ctx, audience)
    post_label = ("Private account: approved followers" if private else "Public account: anyone") if private is not None else None
    for p in posts or ():
        p.audience_label = post_label
    follow = a.find(r"(^|/)followers(_\d+)?\.json$")
    followers = None
    dated: list[datetime | None] = [p.created_at for p in posts or ()]
    if follow:
        followers = 0
        for name in follow:
            data = ctx.json(name)
            entries: list[Any] = data if isinstance(data, list) else [x for v in data.values() if isinstance(v, list) for x in v] if isinstance(data, dict) else []
            followers += len(entries)
            dated += [to_datetime(d.get("timestamp")) for e in entries if isinstance(e, dict) for d in e.get("string_list_data") or () if isinstance(d, dict)]
    joined = to_datetime(known.get("joined") or old_profile.get("date_joined"))
    date_range_caveat(ctx, joined, dated)
    conns = Connections(followers=followers) if followers is not None else None
    return ctx.snapshot(PLATFORM, username, profile=profile, settings=settings, posts=posts, photos=[], connections=conns, notes=notes)


def _file_settings(ctx: Context, private: bool | None) -> list[AudienceSetting]:
    """Settings from the export's settings files, labels mapped through labels/meta.yaml.

    Only recognised labels are kept from these files (they hold notification and ad
    preferences too); each one read is listed in the coverage section.
    """
    lmap = label_map("instagram")
    records: list[LabelValue] = []
    for name in ctx.archive.find(_SETTINGS_FILES):
        data = ctx.json(name)
        records += [lv for lv in iter_string_maps(data, file=name) if lmap.entry(lv.label)]
        records += [lv for lv in iter_label_values(data, file=name) if lmap.entry(lv.label)]
    settings, shown = read_settings(records, lmap)
    ctx.archive_settings += shown
    if records:
        ctx.exported_at = export_date(ctx.archive.path.name, [lv.timestamp for lv in records])
    return settings


def _privacy_from_history(ctx: Context, notes: list[str]) -> bool | None:
    """Private now? The latest account privacy change, when the profile file has no switch."""
    changes: list[tuple[float | None, str]] = []
    for name in ctx.archive.find(_PRIVACY_HISTORY):
        data = ctx.json(name)
        for rec in next((v for v in data.values() if isinstance(v, list)), []) if isinstance(data, dict) else []:
            if not isinstance(rec, dict):
                continue
            words = " ".join([str(rec.get("title") or "")] + [str((v or {}).get("value") or "") for v in (rec.get("string_map_data") or {}).values() if isinstance(v, dict)])
            stamps = [to_datetime((v or {}).get("timestamp")) for v in (rec.get("string_map_data") or {}).values() if isinstance(v, dict)]
            changes.append((max((d.timestamp() for d in stamps if d), default=None), words.lower()))
    latest, _why = latest_change(changes)  # None: no history, or its order cannot be trusted
    if latest is None:
        return None
    words = latest
    if "private" in words and "public" not in words:
        notes.append("Account privacy read from the latest entry of the export's account privacy history.")
        return True
    if "public" in words and "private" not in words:
        notes.append("Account privacy read from the latest entry of the export's account privacy history.")
        return False
    return None  # a change without a recognisable direction: not guessed


def _comment_setting(ctx: Context) -> str | None:
    for name in ctx.archive.find(r"(^|/)[^/]*setting[^/]*\.json$"):
        data = ctx.json(name)
        if isinstance(data, dict):
            v = data.get("allow_comments_from") or data.get("comments_allowed_from")
            if isinstance(v, str):
                return v
            for sm in _iter_string_maps(data):
                for label, val in sm.items():
                    if _label_key(label) == "comments":
                        return fix_text(val.get("value") if isinstance(val, dict) else val)
    return None


def _iter_string_maps(v: Any) -> Iterator[dict[str, Any]]:
    if isinstance(v, dict):
        if isinstance(v.get("string_map_data"), dict):
            yield v["string_map_data"]
        for x in v.values():
            yield from _iter_string_maps(x)
    elif isinstance(v, list):
        for x in v:
            yield from _iter_string_maps(x)


def _exif(m: dict[str, Any]) -> tuple[Any, Any]:
    meta = (m.get("media_metadata") or {}).get("photo_metadata") or (m.get("media_metadata") or {}).get("video_metadata") or {}
    loc = None
    taken = None
    for ex in meta.get("exif_data") or []:
        if not isinstance(ex, dict):
            continue
        loc = loc or geo(ex.get("latitude"), ex.get("longitude"))
        taken = taken or to_datetime(ex.get("date_time_original"))
    return loc, taken


def _media_item(ctx: Context, m: dict[str, Any], caption: str) -> Media | None:
    uri = str(m.get("uri") or m.get("path") or "")
    if not uri:
        return None
    loc, taken = _exif(m)
    return ctx.media(uri, caption=caption or None, location=loc, taken_at=taken or to_datetime(m.get("creation_timestamp") or m.get("taken_at")))


def _posts(ctx: Context, audience: Audience | None) -> list[Post] | None:
    a = ctx.archive
    posts: list[Post] = []
    found = False
    post_files = [(n, "item") for n in a.find(r"(^|/)(content/)?posts_\d+\.json$")]
    post_files += [(n, "ig_reels_media.item") for n in a.find(r"(^|/)(content/)?reels\.json$")]
    for name, prefix in post_files:
        found = True
        unknown = 0  # records there but not in a shape known: unread, never "no posts"
        head = a.head(name, 256).lstrip()
        streamed = head.startswith(b"[") if prefix == "item" else bool(re.match(rb'\{\s*"ig_reels_media"\s*:\s*\[', head))
        if not streamed:  # the usual shapes are streamed (memory bounded); any other is read whole
            # posts wrapped in an object ({"ig_posts": [...]}); reels, in {"ig_reels_media": [...]}, a bare
            # list or under another key: read whole, the list found wherever it is — never "no reels"
            data = ctx.json(name)
            wrapped = data.get(prefix.split(".")[0]) if isinstance(data, dict) else None
            recs: Any = (data if isinstance(data, list) else wrapped if isinstance(wrapped, list)
                         else next((v for v in data.values() if isinstance(v, list)), None) if isinstance(data, dict) else [])
            if recs is None:
                recs, unknown = [], len(data) or 1  # {} is no list of posts either
        else:
            recs = ctx.items(name, prefix)
        for rec in recs:
            if not isinstance(rec, dict) or not {"media", "title", "creation_timestamp"} & rec.keys():
                unknown += 1  # none of a post's keys (renamed ones): its caption is not read, never an empty post
                continue
            items = [m for m in rec.get("media") or [] if isinstance(m, dict)]
            caption = fix_text(rec.get("title") or (items[0].get("title") if items else "") or "")
            created = to_datetime(rec.get("creation_timestamp") or (items[0].get("creation_timestamp") if items else None))
            media = [x for x in (_media_item(ctx, m, caption) for m in items) if x]
            pid = stable_id("ig", created, items[0].get("uri") if items else caption)
            posts.append(Post(id=pid, created_at=created, text=caption, audience=audience, media=media))
            ctx.tick("posts", len(posts))
        if unknown:
            ctx.need("posts.text", f"{name}: {unknown} entr{'y' if unknown == 1 else 'ies'} not in a shape selfaudit recognises; not read")
    if not found:
        for name in a.find(r"(^|/)(content/)?posts_\d+\.html$"):
            found = True
            html = ctx.text(name)
            for b in html_blocks(html or ""):
                media = [x for x in (ctx.media(ref) for ref in b.media) if x]
                text = fix_text(b.title or b.text)
                posts.append(Post(id=stable_id("ig", b.date, b.media[:1] or text), created_at=b.date, text=text, audience=audience, media=media))
    if not found:
        media_json = a.first(r"(^|/)media\.json$")
        if media_json:
            data = ctx.json(media_json)
            if isinstance(data, dict):
                found = True
                for group in ("photos", "videos"):
                    for m in data.get(group) or []:
                        if not isinstance(m, dict):
                            continue
                        caption = fix_text(m.get("caption") or "")
                        item = _media_item(ctx, m, caption)
                        posts.append(
                            Post(id=stable_id("ig", m.get("taken_at"), m.get("path")), created_at=to_datetime(m.get("taken_at")), text=caption, audience=audience, media=[item] if item else [])
                        )
    if found:
        posts += _comments(ctx)
    if not found:
        return None
    return ctx.collected(posts, [n for n, _ in post_files] or a.find(r"(^|/)(content/)?posts_\d+\.html$") or a.find(r"(^|/)media\.json$"))


def is_part(archive: Archive) -> bool:
    """A part of a split download: no profile and no posts file of its own."""
    return not (_profile_files(archive) or archive.find(r"(^|/)(content/)?posts_\d+\.(json|html)$|(^|/)media\.json$"))


def _comments(ctx: Context) -> list[Post]:
    """Comments the person wrote on posts (current: string_map_data; older: string_list_data)."""
    out: list[Post] = []
    for name in ctx.archive.find(r"(^|/)(comments/)?post_comments(_\d+)?\.json$|(^|/)comments\.json$"):
        data = ctx.json(name)
        recs = data if isinstance(data, list) else next((v for v in data.values() if isinstance(v, list)), []) if isinstance(data, dict) else []
        unread = 0  # comments whose words are under no label or shape known (another language): never "none"
        for rec in recs:
            text, when, owner = "", None, None
            if isinstance(rec, dict) and isinstance(rec.get("string_map_data"), dict):
                labels = [_label_key(fix_text(label)) for label in rec["string_map_data"]]
                unread += "comment" not in labels
                for label, v in rec["string_map_data"].items():
                    key = _label_key(fix_text(label))
                    if key == "comment" and isinstance(v, dict):
                        text = fix_text(v.get("value") or "")
                    elif isinstance(v, dict) and v.get("timestamp") and when is None:
                        when = to_datetime(v.get("timestamp"))
                    elif isinstance(v, dict) and norm(label) in ("media owner", "medya sahibi"):
                        owner = v.get("value")
            elif isinstance(rec, dict) and isinstance(rec.get("string_list_data"), list) and rec["string_list_data"]:
                first = rec["string_list_data"][0]
                text, when, owner = fix_text(first.get("value") or ""), to_datetime(first.get("timestamp")), rec.get("title")
            elif isinstance(rec, list) and len(rec) >= 2:  # 2018–20: [time, text, owner]
                when, text = to_datetime(rec[0]), fix_text(rec[1])
                owner = rec[2] if len(rec) > 2 else None
            else:
                unread += 1
            if text:
                out.append(Post(id=stable_id("igc", when, text[:100]), kind="comment", created_at=when, text=text, parent_id=str(owner) if owner else None))
        if name in ctx.failed:
            ctx.need("posts.text", f"{name} could not be read ({ctx.failed[name][:120]}); your comments were not read")
        if unread:
            ctx.need("posts.text", f"{name}: {unread} comment(s) whose words are under no label selfaudit recognises "
                                   "(the export's language may not be known); they were not read")
    return out
