"""Photos: the organisation's logo, people, and where the photo was taken.

Every check reads ``ctx.analysis.images`` (an ImageAnalyser, prepared once per run); an image
that could not be analysed is ``not-checked`` for that item with the reason, and the other
images are still checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..findings import Confidence, Status
from ..snapshot import AccountSnapshot, Audience, GeoPoint, Media
from .registry import CheckContext, register

if TYPE_CHECKING:
    from ..seams import ImageAnalysis

_WIDE = ("public", "logged_in", "friends_of_friends")


def _photos(acct: AccountSnapshot) -> list[Media]:
    return [m for m in acct.all_media() if m.kind == "photo"]


def _photos_or_not_checked(acct: AccountSnapshot, ctx: CheckContext) -> list[Media] | None:
    """The account's photos, or None after saying why none could be looked at.

    all_media() treats posts/photos that were never collected as empty: "0 examined" must not
    read as a clean result when the posts and the photos page were both out of reach. Videos
    are never looked at, so they are said too: a clean profile photo is no pass for them.
    """
    videos = [m for m in acct.all_media() if m.kind == "video"]
    if videos:
        ctx.not_checked("videos", f"{len(videos)} video(s) not examined: selfaudit looks at photos only, so what a video "
                        "shows (people, a logo) and where it was filmed are unknown")
    if acct.posts is None and acct.photos is None:
        reason = (acct.provenance.missing_reason("photos") or acct.provenance.missing_reason("posts")
                  or "neither posts nor photos were collected from this account")
        photos = _photos(acct)  # a profile photo may still be there: check it, and say what was not
        ctx.not_checked("photos", reason)
        return photos
    if acct.posts is None and acct.provenance.source == "export":
        # an export's photos list (often empty: Mastodon, X) is no stand-in for the posts' photos
        # never read; a clean profile photo must not pass for them ("check image FILE" has no posts)
        why = acct.provenance.missing_reason("posts") or "no posts were collected from this account (no posts file in the export?)"
        ctx.not_checked("posts", f"the photos in your posts were not looked at: {why}")
    return _photos(acct)


def _item(m: Media) -> str:
    return f"photo:{m.id}"


def _image_ref(m: Media) -> str | None:
    return m.path or m.url


def _post_audiences(acct: AccountSnapshot) -> dict[str, Audience | None]:
    out: dict[str, Audience | None] = {}
    for p in acct.posts or ():
        for m in p.media:
            out.setdefault(m.id, p.audience)
    return out


def _account_public(acct: AccountSnapshot) -> bool | None:
    s = acct.setting("account_privacy")
    if s is not None and s.audience != Audience.UNKNOWN:
        return s.audience in (Audience.PUBLIC, Audience.LOGGED_IN)
    v = acct.stranger_view
    if v is not None and v.reachable and v.posts_visible:
        return True
    return None


def _images(ctx: CheckContext) -> ImageAnalysis:
    images = ctx.analysis.images
    if images is None:  # the runner checks ``requires: [analysis.images]`` first; this only guards a misdeclared check
        raise RuntimeError("image analysis is not available")
    return images


def _report(ctx: CheckContext, m: Media) -> Any:
    return _images(ctx).result_for(m)


def _read(ctx: CheckContext, m: Media, analyser: str) -> Any:
    """The photo's analysis report, or None after recording why this analyser could not read it
    (a photo nobody could look at is not-checked, never fine)."""
    rep = _report(ctx, m)
    reason = rep.reason_for(analyser)
    if reason:
        ctx.not_checked(_item(m), reason)
        return None
    return rep


@register("photo_contains_logo")
def photo_contains_logo(acct: AccountSnapshot, ctx: CheckContext) -> None:
    sources = _images(ctx).logo_sources
    if not sources:
        ctx.not_checked("photos", "no organisation logo is registered (add one with: selfaudit logos add FILE --name NAME)")
        return
    for m in _photos_or_not_checked(acct, ctx) or ():
        ctx.examined()
        rep = _read(ctx, m, "logos")
        if rep is None:
            continue
        for hit in rep.logos:
            # a whole-picture hash match is a copy of the logo; every other detector (features, shape, ink,
            # tint, ...) found a mark at a place inside the photo
            how = "is a copy of" if "hash" in str(hit["method"]) else "contains"
            ctx.emit(
                Status.FAIL,
                _item(m),
                f"Photo {how} the {hit['label']}",
                evidence={
                    "image": _image_ref(m),
                    "box": hit["box"],
                    "url": m.url,
                    "matched": [hit["name"]],
                    "text": m.caption,
                    "details": {k: v for k, v in hit.items() if k not in ("box", "name")},
                },
                confidence=Confidence.HIGH if hit["method"] == "features" and hit.get("inliers", 0) >= 15 else Confidence.MEDIUM,
                third_party=m.third_party,
            )
            break  # one finding per photo (fingerprints are per item); the best match
        else:
            if rep.partial:
                ctx.not_checked(_item(m), rep.partial)
    flagged = any(f.status == Status.FAIL for f in ctx.findings)
    if not flagged and all(lg.builtin for lg in sources) and ctx.examined_count:
        # Finding no stand-in mark says nothing about the organisation's real logo.
        ctx.not_checked(
            "photos",
            "only selfaudit's stand-in marks are registered, not your organisation's real logo: "
            "add it with: selfaudit logos add FILE --name NAME",
        )


@register("photo_shows_people")
def photo_shows_people(acct: AccountSnapshot, ctx: CheckContext) -> None:
    wide = set(ctx.params.get("audiences", _WIDE))
    candidates = _photos_or_not_checked(acct, ctx) or []
    by_post = _post_audiences(acct)
    public_account = _account_public(acct)
    for m in candidates:
        audience = m.audience or by_post.get(m.id)
        if m.role in ("profile_photo", "cover_photo") and audience is None:
            audience = Audience.PUBLIC  # profile and cover photos are public on the major platforms
        unknown = audience is None or audience == Audience.UNKNOWN
        ctx.examined()  # its audience was read: a friends-only photo is examined and fine
        if audience is not None and not unknown and audience.value not in wide:
            continue  # friends only / only me: outside this check
        if unknown and public_account is False:
            continue
        rep = _read(ctx, m, "faces")
        if rep is None:
            continue
        if not rep.faces:
            if rep.partial:
                ctx.not_checked(_item(m), rep.partial)
            continue
        n = len(rep.faces)
        who = "anyone who can see your account" if audience is None or unknown else {
            "public": "anyone", "logged_in": "anyone with an account", "friends_of_friends": "friends of friends / all followers"
        }.get(audience.value, audience.value)
        ctx.emit(
            Status.REVIEW,
            _item(m),
            f"Photo with {n} face{'s' if n != 1 else ''}, visible to {who}: does it show colleagues at work or people you know through work?",
            evidence={
                "image": _image_ref(m),
                "box": rep.faces[0],
                "url": m.url,
                "text": m.caption,
                "details": {"faces": n, "boxes": rep.faces, "audience": audience.value if audience else None, "tags": m.tags},
            },
            confidence=Confidence.LOW if unknown else Confidence.MEDIUM,
            third_party=m.third_party,
        )


def _tagged_places(acct: AccountSnapshot) -> dict[str, GeoPoint]:
    """Per photo id, the place its post is tagged with (the first post that holds it)."""
    out: dict[str, GeoPoint] = {}
    for p in acct.posts or ():
        if p.location is not None:
            for m in p.media:
                out.setdefault(m.id, p.location)
    return out


def _location(m: Media, rep: Any, tagged: GeoPoint | None = None) -> tuple[float, float, str] | None:
    """Where a photo was taken, best source first: its file's GPS, the platform's record for it,
    else the place its post is tagged with (what the person said of the post, not of the photo)."""
    if rep.gps:
        return rep.gps[0], rep.gps[1], "the photo's EXIF GPS data"
    if m.location is not None:
        return m.location.lat, m.location.lon, "the location the platform attached" + (f" ({m.location.name})" if m.location.name else "")
    if tagged is not None:
        return tagged.lat, tagged.lon, "the place its post is tagged with" + (f" ({tagged.name})" if tagged.name else "")
    return None


@register("photo_location_at_workplace")
def photo_location_at_workplace(acct: AccountSnapshot, ctx: CheckContext) -> None:
    from ..analysis.places import nearest_inside

    places = _images(ctx).places
    if not places:
        ctx.not_checked(
            "photos",
            "no workplace or partner premises are registered, so photo locations cannot be compared "
            "(add them with: selfaudit places add NAME --lat LAT --lon LON --radius METRES)",
        )
        return
    photos = _photos_or_not_checked(acct, ctx) or []
    tagged = _tagged_places(acct)
    unlocated = 0
    for m in photos:
        rep = _report(ctx, m)
        loc = _location(m, rep, tagged.get(m.id))
        if loc is None:
            reason = rep.error or rep.detector_errors.get("metadata")
            if reason:
                ctx.not_checked(_item(m), reason)
            else:
                unlocated += 1
            continue
        ctx.examined()  # only a photo with a location can be compared with a place
        lat, lon, source = loc
        hit = nearest_inside(places, lat, lon)
        if hit is None:
            continue
        place, dist = hit
        ctx.emit(
            Status.FAIL,
            _item(m),
            f"Photo taken at {place.name} ({dist:.0f} m from it, within its {place.radius:.0f} m radius)",
            evidence={
                "image": _image_ref(m),
                "url": m.url,
                "text": m.caption,
                "matched": [place.name],
                "details": {"place": place.name, "distance_m": round(dist, 1), "radius_m": place.radius, "lat": lat, "lon": lon, "source": source},
            },
            confidence=Confidence.HIGH if source.startswith("the photo's EXIF") else Confidence.MEDIUM,
            third_party=m.third_party,
        )
    if unlocated and not ctx.examined_count:
        ctx.not_checked(
            "photos",
            f"none of the {unlocated} photo(s) carries a location (platforms usually remove it), "
            "so none could be compared with your places: only you know where they were taken",
        )
    elif unlocated:  # the located ones were compared; "none at a workplace" cannot speak for the rest
        ctx.not_checked(
            "photos",
            f"{unlocated} of the {unlocated + ctx.examined_count} photos {'carries' if unlocated == 1 else 'carry'} no location (platforms usually remove it), "
            "so they could not be compared with your places: only you know where they were taken",
        )


def _recorded_locations(acct: AccountSnapshot) -> dict[str, tuple[GeoPoint, str]]:
    """Per photo id, where the snapshot itself records the photo was taken, and what says so:
    the platform's own record for the photo (Meta exports keep the upload's EXIF GPS in the
    JSON, while the archive's copy of the file has none), else the place its post is tagged with."""
    out: dict[str, tuple[GeoPoint, str]] = {mid: (loc, "the place the post it is in is tagged with") for mid, loc in _tagged_places(acct).items()}
    for m in acct.all_media():
        if m.location is not None:
            out[m.id] = (m.location, "the location the export or platform records for the photo")
    return out


@register("photo_location_metadata")
def photo_location_metadata(acct: AccountSnapshot, ctx: CheckContext) -> None:
    # Every location source the snapshot holds for a photo counts, not only the file's EXIF: a
    # photo whose location the export records is never "no location" (probe 29, F3: the pass
    # "No GPS location" stood beside "Photo taken at Hackney Town Hall" for the same photo).
    recorded = _recorded_locations(acct)
    for m in _photos_or_not_checked(acct, ctx) or ():
        ctx.examined()
        rep = _report(ctx, m)
        unread = rep.reason_for("metadata")
        if not unread and rep.gps:
            ctx.emit(
                Status.REVIEW,
                _item(m),
                "Photo file carries GPS coordinates anyone who downloads it can read",
                evidence={
                    "image": _image_ref(m),
                    "url": m.url,
                    "details": {"lat": rep.gps[0], "lon": rep.gps[1], "taken_at": rep.taken_at, "device": rep.device, "source": "the photo's EXIF GPS data"},
                },
                confidence=Confidence.HIGH,
                third_party=m.third_party,
            )
        elif not unread and (named := [rep.place[k] for k in ("Sublocation", "City") if (rep.place or {}).get(k)]):
            # no GPS, but the place in words (XMP/IPTC City, Location): as readable as coordinates
            ctx.emit(
                Status.REVIEW,
                _item(m),
                f"Photo file names the place it was taken ({', '.join(dict.fromkeys(named))}) for anyone who downloads it",
                evidence={"image": _image_ref(m), "url": m.url, "details": {"place": rep.place, "taken_at": rep.taken_at, "device": rep.device}},
                confidence=Confidence.HIGH,
                third_party=m.third_party,
            )
        elif m.id in recorded:
            # the file has none (or could not be read), but the location is recorded with the photo:
            # the camera or app tagged it, and the platform kept it
            loc, source = recorded[m.id]
            where = f"{loc.name} ({loc.lat:.5f}, {loc.lon:.5f})" if loc.name else f"{loc.lat:.5f}, {loc.lon:.5f}"
            ctx.emit(
                Status.REVIEW,
                _item(m),
                f"Photo's location is recorded with it: {where}",
                evidence={
                    "image": _image_ref(m),
                    "url": m.url,
                    "text": m.caption,
                    "details": {"lat": loc.lat, "lon": loc.lon, "place_name": loc.name, "source": source,
                                "file_gps": None if unread else False, "taken_at": m.taken_at.isoformat() if m.taken_at else None},
                },
                confidence=Confidence.HIGH if m.location is not None else Confidence.MEDIUM,
                third_party=m.third_party,
            )
        elif unread:
            ctx.not_checked(_item(m), unread)  # nobody could look at it: not-checked, never fine
