"""What each replica platform offers: settings (exact labels and option words), pages, login.

The pages, sections, keys and defaults are data in settings.yaml; a label or option word the
live adapters also read comes from their locator data (wording.py), so the platform's words
live in one place. Personas set values by the short ``key`` of a setting (e.g.
``future_posts: Friends``); the pages show the platform's own label. The page templates
render it generically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .wording import locator_data, locator_setting

PLATFORMS = ("facebook", "instagram", "x", "linkedin")


@dataclass(frozen=True)
class Setting:
    key: str
    label: str
    kind: str  # "select" | "switch" | "checkbox"
    options: tuple[str, ...] = ()
    default: str | bool = False
    help: str = ""
    locator: str | None = None  # the locator entry its label comes from (None: a label only the replica shows)

    def valid(self, value: object) -> bool:
        if self.kind == "select":
            return isinstance(value, str) and value in self.options
        return isinstance(value, bool)


@dataclass(frozen=True)
class Section:
    heading: str
    settings: tuple[Setting, ...]
    intro: str = ""
    actions: tuple[tuple[str, str], ...] = ()  # (text, button) rows that are actions, not values


@dataclass(frozen=True)
class SettingsPage:
    path: str  # path under the platform base, may include a query (?tab=privacy)
    title: str
    nav: str  # left-nav label
    sections: tuple[Section, ...]
    aliases: tuple[str, ...] = ()  # other paths that render the same page


@dataclass(frozen=True)
class PlatformSpec:
    name: str
    title: str
    login_path: str
    home_path: str
    login_label: str
    password_label: str
    login_button: str
    session_cookie: str
    settings_pages: tuple[SettingsPage, ...] = field(default_factory=tuple)

    def settings(self) -> dict[str, Setting]:
        return {s.key: s for p in self.settings_pages for sec in p.sections for s in sec.settings}

    def page_of(self, key: str) -> SettingsPage:
        for p in self.settings_pages:
            for sec in p.sections:
                if any(s.key == key for s in sec.settings):
                    return p
        raise KeyError(key)


def _setting(platform: str, raw: dict[str, Any]) -> Setting:
    """One setting of settings.yaml, its words from the locator data where it names an entry."""
    kind = str(raw["kind"])
    words = locator_setting(platform, raw["locator"]) if "locator" in raw else None
    label = words.label[0] if words else str(raw["label"])
    options: list[str] = []
    if kind == "select":
        source = words or (locator_setting(platform, raw["options_from"]) if "options_from" in raw else None)
        omit = set(raw.get("omit", ()))
        options = [o for o in source.options if o not in omit] if source else [str(o) for o in raw["options"]]
    default = raw["default"]
    if (kind == "select" and default not in options) or (kind != "select" and not isinstance(default, bool)):
        raise ValueError(f"replicas/settings.yaml: {platform}.{raw['key']}: default {default!r} is not one of its values")
    return Setting(str(raw["key"]), label, kind, tuple(options), default, str(raw.get("help", "")),
                   words.key if words else None)


def _section(platform: str, raw: dict[str, Any]) -> Section:
    actions = tuple((locator_setting(platform, a["locator"]).label[0] if "locator" in a else str(a["text"]), str(a["button"]))
                    for a in raw.get("actions", ()))
    return Section(str(raw["heading"]), tuple(_setting(platform, s) for s in raw["settings"]), str(raw.get("intro", "")),
                   actions)


def _platform(name: str, raw: dict[str, Any]) -> PlatformSpec:
    loc = locator_data(name)  # the login form's words and paths are the ones the adapters look for
    pages = tuple(
        SettingsPage(str(p["path"]), str(p["title"]), str(p.get("nav", p["title"])),
                     tuple(_section(name, s) for s in p["sections"]), tuple(p.get("aliases", ())))
        for p in raw["pages"]
    )
    return PlatformSpec(name=name, title=loc.display, login_path=loc.paths["login"], home_path=loc.paths["home"],
                        login_label=loc.login.username[0], password_label=loc.login.password[0],
                        login_button=loc.login.submit[0], session_cookie=str(raw["session_cookie"]), settings_pages=pages)


def _load() -> dict[str, PlatformSpec]:
    data: dict[str, dict[str, Any]] = yaml.safe_load(Path(__file__).with_name("settings.yaml").read_text(encoding="utf-8"))
    return {name: _platform(name, data[name]) for name in PLATFORMS}


SPECS: dict[str, PlatformSpec] = _load()

# Audience words a post may carry, per platform: the words the live reader maps (its locator
# data, posts.audience_options); Instagram and X posts have none and follow the account.
POST_AUDIENCES: dict[str, tuple[str, ...]] = {name: tuple(locator_data(name).posts.audience_options) for name in PLATFORMS}
