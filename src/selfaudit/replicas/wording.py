"""Platform wording the replicas show, drawn from the live adapters' locator data.

The locator files (selfaudit/adapters/live/locators/*.yaml) are the one place a platform's
words live: the readers look for them, and the replicas print them — settings labels and
option words (spec.py, settings.yaml), the login form, the cookie dialog's button, walls and
bad days. A wording change is one edit, and the real saved pages (tests/realpages) check the
words against the platforms. The replicas read the data as shipped, never a person's override.
"""

from __future__ import annotations

from functools import cache

from ..adapters.live.spec import PlatformSpec, SettingSpec, shipped_spec

# Bad days a replica can serve to a logged-out visitor (ReplicaServer.bad_day).
BAD_DAYS = ("bot_challenge", "not_found", "cookie_wall", "rate_limit")
_STATUS = {"bot_challenge": 403, "not_found": 404, "cookie_wall": 200, "rate_limit": 429}


def locator_data(platform: str) -> PlatformSpec:
    return shipped_spec(platform)


def locator_setting(platform: str, key: str) -> SettingSpec:
    """The locator data's entry for a setting, by its key there."""
    for s in locator_data(platform).settings:
        if s.key == key:
            return s
    raise KeyError(f"{platform}: no setting {key!r} in the locator data (locators/{platform}.yaml)")


@cache
def page_words(platform: str, kind: str) -> str:
    """The platform's own words for a page kind (the first wording the locator data lists)."""
    for probe in locator_data(platform).stranger.kinds.get(kind, []):  # type: ignore[call-overload]
        if probe.get("wording"):
            return str(probe["wording"])
    raise KeyError(f"{platform}: no wording for {kind!r} in the locator data")


def bad_day_page(platform: str, kind: str) -> tuple[int, str]:
    """(HTTP status, HTML) of a bad-day page: only the platform's words, no profile."""
    from html import escape

    spec = locator_data(platform)
    words = escape(page_words(platform, kind))
    html = (f"<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{escape(spec.display)}</title></head>"
            f"<body><div role=\"main\"><h1>{words}</h1><p>{escape(spec.display)}</p></div></body></html>")
    return _STATUS[kind], html


def label_variants(platform: str) -> list[tuple[str, str]]:
    """The label A/B variant: each settings label replaced by the alternative the locators list
    (as the pages print it: escaped, so a label with an apostrophe is replaced too)."""
    from markupsafe import escape

    out = []
    for s in locator_data(platform).settings:
        if len(s.label) >= 2 and s.label[0] != s.label[1]:
            out.append((f">{escape(s.label[0])}<", f">{escape(s.label[1])}<"))
    return out
