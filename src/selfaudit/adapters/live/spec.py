"""Per-platform page data (locators/<platform>.yaml): labels, option→audience maps, wall
texts and URL paths. A platform that changes its pages needs an edit here, not in code.

A *find* is a small dict describing how to locate something the way a person would:
``{role: heading, level: 1}``, ``{role: region, name: Intro}``, ``{label: "Bio"}``,
``{text: "Lives in"}``, ``{alt: "profile picture"}``, ``{testid: UserDescription}``,
optionally ``within: <find>``, ``read: text|href|src|alt|aria-label`` and ``regex`` (group 1
is kept). A list of finds means "the first one that matches".
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ...errors import SelfauditError
from ...snapshot import Audience

LIVE_PLATFORMS = ("facebook", "instagram", "x", "linkedin")

Find = dict[str, Any]


class Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginSpec(Spec):
    username: list[str]
    password: list[str] = ["Password"]
    submit: list[str] = ["Log in"]


class SettingSpec(Spec):
    key: str
    page: str = Field(description="Path template of the settings page, e.g. /settings/?tab=privacy")
    label: list[str] = Field(min_length=1, description="The control's accessible name (alternatives, newest first)")
    kind: Literal["auto", "select", "toggle", "radio", "action", "absent", "markers", "guided"] = "auto"
    # guided: selfaudit cannot read it from the page; `audit --guided` asks the person (options = the page's choices)
    options: dict[str, Audience] = Field(default_factory=dict, description="Option words (or on/off) → audience")
    also: list[str] = Field(default_factory=list, description="Other setting keys this same control decides")
    within: list[str] = Field(default_factory=list, description="markers: the region (by name) holding the items")
    marker_regex: str | None = Field(None, description="markers: each item's audience label, group 1 = option")
    empty: list[str] = Field(default_factory=list, description="markers: the page's own words that nothing is shared")
    otherwise_widest_of: list[str] = Field(
        default_factory=list, description="For an option not in ``options``: the widest audience of these settings")
    # the stranger view tests this setting's claim: what a logged-out page shows outranks the settings page
    stranger_hides: list[str] = Field(
        default_factory=list, description="Stranger-view items (snapshot.STRANGER_ITEMS) this setting, at any audience "
                                          "but public, hides from a logged-out visitor: a stranger view showing one contradicts it")
    note: str | None = None

    @field_validator("stranger_hides")
    @classmethod
    def _stranger_items(cls, v: list[str]) -> list[str]:
        from ...snapshot import STRANGER_ITEMS

        bad = [w for w in v if w not in STRANGER_ITEMS]
        if bad:  # a misspelt item would never match, and the setting's contradiction would go unseen
            raise ValueError(f"stranger_hides: unknown item(s) {bad}; one of {', '.join(STRANGER_ITEMS)}")
        return v


class CommentsDataSpec(Spec):
    """Each post's comment count in the page's own data, read before any visible count.

    ``post_id``: how a post's own id is read from its markup — ``{attr: name}`` (the attribute's
    value) or ``{attr: name, json: path}`` (a JSON attribute, e.g. m.facebook's ``data-ft``),
    optional ``regex`` (group 1). ``count``: where the page's data gives that post's count, each
    tied to the id by ``{id}`` (a probe that does not name the post gives nothing):
    ``{script_regex: '…{id}…(\\d+)', entry_regex: '…{id}…'}`` over the page's inline scripts (data
    written as script, not JSON; ``entry_regex`` is where each entry for the post begins, and the
    count regex is matched from there: an entry it cannot read leaves the count unread), or
    ``{json: key, where: {field: '…{id}…'}}`` over every object in the page's JSON blocks
    (``json_blocks``: CSS of elements whose text is JSON). A post none of them finds, or with an
    entry that names it but gives no whole number, keeps no count from its data: never a guessed 0.
    """

    post_id: list[Find] = Field(default_factory=list)
    count: list[Find] = Field(default_factory=list)
    json_blocks: list[str] = Field(default_factory=list, description="CSS of elements whose text is JSON")


class PostsSpec(Spec):
    page: str = "{profile}"
    element: str = Field(description="CSS of one top-level post (what counts as a post on this platform)")
    empty: list[str] = Field(default_factory=list, description="The platform's own wording for 'no posts'")
    more: list[str] = ["See more", "Show more"]
    text: list[Find] = Field(default_factory=list)
    audience_attr_regex: list[str] = Field(default_factory=list, description="aria-label/title regex, group 1 = option")
    audience_default: str | None = Field(None, description="Option to assume when a post shows no marker (e.g. all public)")
    audience_options: dict[str, Audience] = Field(default_factory=dict)
    audience_from_setting: str | None = Field(None, description="Posts have no own audience: they follow this setting")
    permalink_regex: str | None = None
    comments_name: list[str] = ["Comments"]
    comments_empty: list[str] = Field(
        default_factory=list, description="The platform's own wording for a post with no comments (e.g. 'No comments "
        "yet'); without it, a post page that shows no comments list records the comments as not read")
    comments_count_regex: str | None = Field(
        None, description="The post's own count of comments (group 1), searched in its labels and text: where comments "
        "show under each post, a post with no comments list is read only when its count says 0")
    comments_data: CommentsDataSpec | None = Field(
        None, description="Each post's comment count in the page's own data (embedded JSON, inline script data), by "
        "the post's id in its markup: a count of 0 there is evidence of no comments, a count above those read is not a full read")
    comments_at: Literal["inline", "post_page"] | None = Field(
        None, description="Where others' comments show: under each post in the list, or on each post's own page. "
        "Unset: selfaudit cannot tell where to read them, so comments are recorded as not read")
    text_more: list[str] = Field(
        default_factory=list, description="The platform's words for a control that shows the rest of a long post's text "
        "('See more'): a button is pressed; one still there leaves that post's text recorded as partly read")
    media_next: list[str] = Field(
        default_factory=list, description="The name of a post's control that shows its next photo (a carousel's 'Next'): "
        "the photos behind it are not all on the page, so they are recorded as not examined")
    embedded: list[str] = Field(
        default_factory=list, description="CSS of a shared original embedded in a post, besides a post element inside "
        "another: its words and audience marker are its author's, kept apart from the post's own")
    author: list[Find] = Field(default_factory=list)
    link_regex: str | None = Field(None, description="Posts are a grid of links (href regex): open each post's page")
    open_when_regex: str | None = Field(
        None, description="Open a post's own page for its comments when an aria-label matches (group 1 = count > 0)")


class PhotosSpec(Spec):
    page: str | None = None
    empty: list[str] = Field(default_factory=list, description="The platform's own wording for 'no photos'")
    link_regex: str | None = None
    more: list[str] = Field(default_factory=list, description="The photos page's 'show more' button names (default: posts.more)")


class StrangerSpec(Spec):
    """What a logged-out visitor's page is and shows (see stranger.py for the probe kinds).

    Every probe is data: ``{ldjson: path}``, ``{json: path}``, ``{api: url-regex, path: …}``,
    ``{meta: name}``, ``{title: regex}``, ``{wording: "…"}``, ``{page_regex: …}`` or an
    element find (role/label/alt/testid/css). Readers try the page's own data first.
    """

    page: str = "{profile}"
    kinds: dict[
        Literal["bot_challenge", "rate_limit", "not_found", "closed_profile", "login_wall", "cookie_wall", "profile",
                "platform", "not_profile"],
        list[Find],
    ] = Field(default_factory=dict, description="Page kinds, each recognised by any of its probes; 'platform': "
              "the page is the platform's own (without it, no page is read as a profile); 'not_profile': the page's "
              "own data says it is another kind of page (an article, a company page): never read as a profile")
    items: dict[str, list[Find]] = Field(default_factory=dict, description="Inventory item (STRANGER_ITEMS) → probes")
    empty: dict[str, list[Find]] = Field(
        default_factory=dict, description="The platform's own evidence an item is empty or hidden (e.g. 'hasn't posted')")
    absent: list[str] = Field(default_factory=list, description="Items the platform's profiles have no place for")
    post_text: list[Find] = Field(default_factory=list, description="Within one visible post: its text")
    post_link_regex: str | None = Field(None, description="A visible post's permalink (href regex)")
    post_action: list[Find] = Field(default_factory=list, description="Within one visible post: the line that says "
                                    "what the person did with it (LinkedIn's 'Liked by Jo Bloggs')")
    post_others: list[str] = Field(default_factory=list, description="Regexes over that line: a post of someone else's "
                                   "the person shared on their page (X's 'Jo reposted'): its author's words, a share of theirs")
    post_reacted: list[str] = Field(default_factory=list, description="Regexes over that line: a post of someone else's "
                                    "the person only liked or commented on (LinkedIn's 'Liked by Jo'): their activity, "
                                    "neither a post nor a share of theirs")


class PlatformSpec(Spec):
    platform: str
    display: str
    default_base_url: str
    hosts: list[str]
    login_hosts: list[str] = Field(default_factory=list, description="Extra hosts the login page needs (captcha), login only")
    pacing_s: float = 1.5
    max_pages: int = 40
    paths: dict[str, str]
    login: LoginSpec
    cookie_essential: list[str] = Field(default_factory=list)
    profile_link: list[Find] = Field(default_factory=list)
    profile: dict[str, list[Find]] = Field(default_factory=dict)
    profile_pages: list[str] = Field(default_factory=list, description="Extra pages read for profile fields (about)")
    connections: dict[str, list[str]] = Field(default_factory=dict, description="count/followers/following → text regexes")
    settings: list[SettingSpec] = Field(default_factory=list)
    posts: PostsSpec
    photos: PhotosSpec = PhotosSpec()
    stranger: StrangerSpec = StrangerSpec()
    deny_get_paths: list[str] = Field(
        default_factory=list,
        description="Regexes (searched in path?query) of GET pages that change state (log out, toggles): never loaded")

    @field_validator("deny_get_paths")
    @classmethod
    def _deny_compiles(cls, v: list[str]) -> list[str]:
        for p in v:  # a broken pattern is a broken data file: say so at load, not mid-audit
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"deny_get_paths: {p!r} is not a valid regex ({exc})") from None
        return v

    def url(self, base_url: str, name_or_template: str, **fmt: str) -> str:
        tpl = self.paths.get(name_or_template, name_or_template)
        return expand(tpl, base=base_url.rstrip("/"), **fmt)


def expand(template: str, *, base: str, profile: str | None = None, handle: str | None = None) -> str:
    out = template.replace("{profile}", (profile or "").rstrip("/")).replace("{handle}", handle or "")
    if out.startswith("/"):
        out = base.rstrip("/") + out
    return out


def override_dir() -> Path:
    """Where a person (or a maintainer's fix sent to them) puts locator files that take precedence."""
    from ... import paths

    return paths.home() / "locators"


def load_spec(platform: str) -> PlatformSpec:
    """The platform's locator data: the shipped file, with the top-level keys of an override
    file (``selfaudit locators path``) replacing the shipped ones."""
    if platform not in LIVE_PLATFORMS:
        raise SelfauditError(
            f"Unknown platform {platform!r}.", f"Choose one of: {', '.join(LIVE_PLATFORMS)}."
        )
    override = override_dir() / f"{platform}.yaml"
    try:
        stamp = override.stat().st_mtime_ns if override.is_file() else None
    except OSError:
        stamp = None
    return _load_spec(platform, str(override) if stamp is not None else None, stamp)


def shipped_spec(platform: str) -> PlatformSpec:
    """The locator data as shipped, without a person's override: what the replicas draw their
    wording from (a person's fix changes their reader, never the replicas it is tested on)."""
    if platform not in LIVE_PLATFORMS:
        raise SelfauditError(f"Unknown platform {platform!r}.", f"Choose one of: {', '.join(LIVE_PLATFORMS)}.")
    return _load_spec(platform, None, None)


@cache
def _load_spec(platform: str, override: str | None, _stamp: int | None) -> PlatformSpec:
    text = resources.files("selfaudit.adapters.live").joinpath("locators", f"{platform}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    where = f"locators/{platform}.yaml (shipped with selfaudit)"
    if override is not None:
        where = f"{override} (your override)"
        try:
            extra = yaml.safe_load(Path(override).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise SelfauditError(f"{where} could not be read: {exc}", "Fix or remove that file.") from None
        if not isinstance(extra, dict):
            raise SelfauditError(f"{where} must be a mapping of locator sections.", "Fix or remove that file.")
        data = {**data, **extra}
    try:
        return PlatformSpec.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(x) for x in first["loc"])
        raise SelfauditError(f"{where} is invalid at '{field}': {first['msg']}.", "Fix or remove that file.") from None


def css_for(finds: list[dict[str, Any]]) -> str | None:
    """A CSS selector equivalent to simple finds (css, testid, heading level), for in-page reads
    (None when a find needs Playwright's own locators: role with a name, label, text)."""
    out = []
    for f in finds:
        if set(f) == {"css"}:
            out.append(f["css"])
        elif set(f) == {"testid"}:
            out.append(f'[data-testid="{f["testid"]}"]')
        elif set(f) == {"role", "level"} and f["role"] == "heading":
            out.append(f'h{int(f["level"])}, [role=heading][aria-level="{int(f["level"])}"]')
        else:
            return None
    return ", ".join(out) if out else None
