"""A persona's "Download your information" archives, so the demo can also run from exports.

One zip per platform, in the current layouts the export readers read (and real archives
use): Facebook with ``preferences/preferences/privacy_settings.json`` (Meta label_values, the
persona's settings in the platform's own labels and option words), Instagram with the
private-account switch, X with ``protected-history.js``, LinkedIn with its CSVs. Images are
the persona's generated photos (EXIF GPS included). Everything is fictional and offline.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import SelfauditError
from ..privacy import private_dir
from .media import image_bytes
from .persona import Persona
from .spec import SPECS

EXPORTED_AT = datetime(2026, 11, 1, tzinfo=UTC)  # the archives' date (settings as of then)
# Facebook settings an archive holds (the profile lock is not in any Facebook export).
_FB_NOT_IN_EXPORT = {"lock_profile"}


def _ts(d: datetime | None) -> int:
    return int((d or EXPORTED_AT).replace(tzinfo=(d or EXPORTED_AT).tzinfo or UTC).timestamp())


def _word(value: str | bool) -> str:
    return ("Yes" if value else "No") if isinstance(value, bool) else value


def facebook(p: Persona) -> dict[str, bytes | str]:
    a = p.facebook
    top = f"facebook-{a.handle}-{EXPORTED_AT.date().isoformat()}/"
    sections = []
    for page in SPECS["facebook"].settings_pages:
        for sec in page.sections:
            leaves = [{"label": s.label, "value": _word(p.setting("facebook", s.key))} for s in sec.settings if s.key not in _FB_NOT_IN_EXPORT]
            if leaves:
                sections.append({"label": sec.heading, "dict": leaves})
    files: dict[str, bytes | str] = {
        top + "preferences/preferences/privacy_settings.json": json.dumps({"timestamp": _ts(None), "media": [], "label_values": sections, "fbid": "1"}),
        top + "personal_information/profile_information/profile_information.json": json.dumps(
            {"profile_v2": {"name": {"full_name": a.name}, "intro_bio": a.bio, "current_city": {"name": a.location or ""},
                            "profile_uri": f"https://www.facebook.com/{a.handle}", "websites": [{"address": w} for w in a.links],
                            "work_experiences": [{"employer": p.employer, "title": p.occupation}]}}
        ),
    }
    posts = []
    for post in a.posts:
        media_root = top + "your_facebook_activity/posts/media/"
        atts = [{"data": [{"media": {"uri": f"{media_root[len(top):]}{img}.jpg", "creation_timestamp": _ts(post.created), "title": ""}}]} for img in post.images]
        for img in post.images:
            files[f"{media_root}{img}.jpg"] = image_bytes(p, img)
        posts.append({"timestamp": _ts(post.created), "data": [{"post": post.text}], "attachments": atts, "title": f"{a.name} updated their status."})
    files[top + "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"] = json.dumps(posts)
    return files


def instagram(p: Persona) -> dict[str, bytes | str]:
    a = p.instagram
    top = f"instagram-{a.handle}-{EXPORTED_AT.date().isoformat()}/"
    private = bool(p.setting("instagram", "private_account"))
    sm = {"Username": a.handle, "Name": a.name, "Bio": a.bio, "Private Account": "True" if private else "False", "Website": (a.links or [""])[0]}
    files: dict[str, bytes | str] = {
        top + "personal_information/personal_information/personal_information.json": json.dumps(
            {"profile_user": [{"title": "", "media_map_data": {}, "string_map_data": {k: {"href": "", "value": v, "timestamp": 0} for k, v in sm.items()}}]}
        ),
    }
    posts = []
    for post in a.posts:
        media = []
        for img in post.images:
            files[f"{top}media/posts/{img}.jpg"] = image_bytes(p, img)
            media.append({"uri": f"media/posts/{img}.jpg", "creation_timestamp": _ts(post.created), "title": post.text})
        posts.append({"media": media, "title": post.text, "creation_timestamp": _ts(post.created)})
    files[top + "your_instagram_activity/content/posts_1.json"] = json.dumps(posts)
    return files


def x(p: Persona) -> dict[str, bytes | str]:
    a = p.x
    top = f"twitter-{EXPORTED_AT.date().isoformat()}-{a.handle}/data/"

    def ytd(name: str, records: list[Any]) -> str:
        return f"window.YTD.{name}.part0 = " + json.dumps(records, indent=1)

    protected = bool(p.setting("x", "protect_posts"))
    tweets = [
        {"tweet": {"id_str": str(1000 + i), "id": str(1000 + i), "full_text": post.text, "lang": "en", "entities": {"hashtags": [], "urls": []},
                   "created_at": (post.created or EXPORTED_AT).strftime("%a %b %d %H:%M:%S +0000 %Y")}}
        for i, post in enumerate(a.posts)
    ]
    return {
        top + "account.js": ytd("account", [{"account": {"username": a.handle, "accountDisplayName": a.name, "accountId": "1", "createdAt": "2015-01-01T00:00:00.000Z"}}]),
        top + "profile.js": ytd("profile", [{"profile": {"description": {"bio": a.bio, "website": (a.links or [""])[0], "location": a.location or ""}}}]),
        top + "tweets.js": ytd("tweets", tweets),
        top + "protected-history.js": ytd("protected_history", [{"protectedHistory": {"protectedAt": "2026-01-01T00:00:00.000Z", "action": "Protect" if protected else "Unprotect"}}]),
    }


def linkedin(p: Persona) -> dict[str, bytes | str]:
    a = p.linkedin

    def table(header: list[str], rows: list[list[str]]) -> str:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(header)
        w.writerows(rows)
        return buf.getvalue()

    first, _, last = a.name.partition(" ")
    top = f"Basic_LinkedInDataExport_{EXPORTED_AT.strftime('%m-%d-%Y')}/"
    shares = [[(post.created or EXPORTED_AT).strftime("%Y-%m-%d %H:%M:%S"), f"https://www.linkedin.com/feed/update/urn:li:share:{i}", post.text, "", "",
               "CONNECTIONS_ONLY" if post.audience == "Connections only" else "PUBLIC"] for i, post in enumerate(a.posts)]
    return {
        top + "Profile.csv": table(["First Name", "Last Name", "Headline", "Summary", "Geo Location", "Websites"],
                                   [[first, last, a.headline or "", a.about or a.bio, a.location or "", ", ".join(a.links)]]),
        top + "Shares.csv": table(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"], shares),
    }


BUILDERS = {"facebook": facebook, "instagram": instagram, "x": x, "linkedin": linkedin}


def write_archives(persona: Persona, folder: Path, platforms: list[str] | None = None) -> list[Path]:
    """Write one zip per platform into ``folder`` (owner-only); return their paths."""
    private_dir(folder)
    out = []
    for name in platforms or list(BUILDERS):
        path = folder / f"{persona.id}-{name}-export.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for member, data in BUILDERS[name](persona).items():
                zf.writestr(member, data.encode("utf-8") if isinstance(data, str) else data)
        path.chmod(0o600)
        out.append(path)
    return out


def persona_archives(name: str, folder: Path) -> tuple[Persona, list[Path]]:
    """A bundled persona (or YAML path) and its archives written into ``folder``."""
    from .persona import load_persona

    try:
        persona = load_persona(name)
    except (KeyError, ValueError) as exc:
        raise persona_error(name, exc) from None
    return persona, write_archives(persona, folder)


def persona_error(name: object, exc: Exception) -> SelfauditError:
    """A persona that does not exist (a typo) or is broken, said once, with what to type."""
    from .persona import UnknownPersonaError

    if isinstance(exc, UnknownPersonaError):
        return SelfauditError(f"{exc}.", "For example: selfaudit demo --persona typical")
    return SelfauditError(f"Broken persona {name!r}: {exc}")
