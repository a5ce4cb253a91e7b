"""Personas: one fictional safeguarding professional each, as validated YAML data.

A persona has a workplace, a set of images (generated deterministically by ``media.py``)
and one account per platform: identity, profile fields, settings in the platform's own
option words (keys from ``spec.py``), posts with their audience and comments by others,
and photos.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .spec import POST_AUDIENCES, SPECS

PERSONA_DIR = Path(__file__).resolve().parent / "personas"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Geo(Model):
    lat: float
    lon: float
    name: str | None = None


class ImageSpec(Model):
    """A generated photo. ``scene`` picks the drawing; extras are composited on top."""

    id: str
    scene: Literal["park", "drinks", "office", "lanyard", "team", "cake", "garden", "beach", "city", "books",
                   "logo", "face", "banner", "avatar"]
    alt: str = ""
    faces: int = Field(0, ge=0, le=2, description="Real public-domain faces composited into the scene")
    face: int = Field(0, ge=0, le=1, description="Which face photo a 'face' portrait uses (faces/PROVENANCE.md)")
    logo: bool = Field(False, description="Stand-in CHSCB logo pasted on a poster/lanyard (10-30% of width)")
    gps: Literal["workplace", "home"] | Geo | None = Field(None, description="EXIF GPS written into the JPEG")
    taken_at: datetime | None = None
    seed: int = 0
    width: int = 640
    height: int = 480


class Comment(Model):
    author: str
    text: str
    author_handle: str | None = None


class Post(Model):
    id: str
    text: str
    created: datetime
    audience: str | None = None
    images: list[str] = Field(default_factory=list)
    comments: list[Comment] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    location: str | None = None
    likes: int = 0


class Photo(Model):
    image: str
    caption: str = ""
    audience: str | None = None
    created: datetime | None = None
    tags: list[str] = Field(default_factory=list)
    comments: list[Comment] = Field(default_factory=list)


class Field_(Model):
    """A profile detail with its own audience (Facebook about page)."""

    label: str
    value: str
    audience: str = "Public"
    section: Literal["work", "places", "contact", "family", "details"] = "details"


class Experience(Model):
    title: str
    org: str
    dates: str = ""
    place: str = ""


class Account(Model):
    handle: str
    login: str
    password: str
    name: str
    phone: str | None = None
    bio: str = ""
    headline: str | None = None
    about: str | None = None
    location: str | None = None
    links: list[str] = Field(default_factory=list)
    joined: str | None = None
    birthday: date | None = None
    profile_photo: str | None = None
    cover_photo: str | None = None
    friends: int = 0
    followers: int = 0
    following: int = 0
    fields: list[Field_] = Field(default_factory=list)
    experience: list[Experience] = Field(default_factory=list)
    education: list[Experience] = Field(default_factory=list)
    settings: dict[str, str | bool] = Field(default_factory=dict)
    posts: list[Post] = Field(default_factory=list)
    photos: list[Photo] = Field(default_factory=list)
    friend_names: list[str] = Field(default_factory=list)


class Persona(Model):
    id: str
    summary: str
    name: str
    occupation: str
    employer: str
    workplace: Geo
    home: Geo | None = None
    images: list[ImageSpec]
    facebook: Account
    instagram: Account
    x: Account
    linkedin: Account

    @model_validator(mode="after")
    def _check(self) -> Persona:
        image_ids = {i.id for i in self.images}
        if len(image_ids) != len(self.images):
            raise ValueError("image ids must be unique")
        for platform, spec in SPECS.items():
            acct: Account = getattr(self, platform)
            known = spec.settings()
            for key, value in acct.settings.items():
                if key not in known:
                    raise ValueError(f"{platform}.settings.{key}: unknown setting (known: {', '.join(known)})")
                if not known[key].valid(value):
                    want = " / ".join(known[key].options) if known[key].kind == "select" else "true or false"
                    raise ValueError(f"{platform}.settings.{key}: {value!r} is not one of {want}")
            ids = [p.id for p in acct.posts]
            if len(set(ids)) != len(ids):
                raise ValueError(f"{platform}: post ids must be unique")
            allowed = POST_AUDIENCES[platform]
            for p in acct.posts:
                if allowed and p.audience not in allowed:
                    raise ValueError(f"{platform}.posts.{p.id}.audience: {p.audience!r} is not one of {allowed}")
                if not allowed and p.audience is not None:
                    raise ValueError(f"{platform}.posts.{p.id}: {platform} posts have no per-post audience")
                if platform == "instagram" and not p.images:
                    raise ValueError(f"instagram.posts.{p.id}: an Instagram post needs an image")
                for img in p.images:
                    if img not in image_ids:
                        raise ValueError(f"{platform}.posts.{p.id}: unknown image {img!r}")
            for ph in acct.photos:
                if ph.image not in image_ids:
                    raise ValueError(f"{platform}.photos: unknown image {ph.image!r}")
            for ref in (acct.profile_photo, acct.cover_photo):
                if ref is not None and ref not in image_ids:
                    raise ValueError(f"{platform}: unknown image {ref!r}")
        return self

    def account(self, platform: str) -> Account:
        if platform not in SPECS:
            raise KeyError(f"unknown platform {platform!r}")
        acct: Account = getattr(self, platform)
        return acct

    def setting(self, platform: str, key: str) -> str | bool:
        """The persona's value for a setting, or the platform's default."""
        acct = self.account(platform)
        if key in acct.settings:
            return acct.settings[key]
        return SPECS[platform].settings()[key].default

    def image(self, image_id: str) -> ImageSpec:
        for i in self.images:
            if i.id == image_id:
                return i
        raise KeyError(image_id)


def _discover() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in PERSONA_DIR.glob("*.yaml")))


PERSONAS: tuple[str, ...] = _discover()


class PersonaError(ValueError):
    pass


class UnknownPersonaError(PersonaError, KeyError):
    """No bundled persona of that name (a typo, usually), as opposed to a broken persona file."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


@cache
def _load_file(path: str) -> Persona:
    p = Path(path)
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PersonaError(f"{p}: cannot read persona: {exc}") from None
    try:
        return Persona.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise PersonaError(f"{p}: invalid persona at {where or '(top)'}: {first['msg']}") from None


def load_persona(name_or_path: str | Path) -> Persona:
    """Load a bundled persona by name (``compliant``, ``typical``, ``high-risk``) or a YAML path."""
    p = Path(name_or_path)
    if p.suffix in (".yaml", ".yml") and p.exists():
        return _load_file(str(p.resolve()))
    candidate = PERSONA_DIR / f"{name_or_path}.yaml"
    if not candidate.exists():
        raise UnknownPersonaError(f"unknown persona {name_or_path!r}; choose one of: {', '.join(PERSONAS)}")
    return _load_file(str(candidate))


def persona_named(name: str | None) -> Persona | None:
    """The bundled persona whose person is called ``name`` (a demo snapshot's subject), if any."""
    if not name:
        return None
    for key in PERSONAS:
        persona = load_persona(key)
        if persona.name == name:
            return persona
    return None


def demo_config(persona: Persona, cfg: Any) -> Any:
    """``cfg`` plus the persona's workplace as a registered place, for a demo run only.

    A real user registers their workplaces with `selfaudit places add`; the fictional persona's
    is in its data, so the demo shows the "photo taken at work" check working. Never saved —
    and a demo snapshot re-rendered with `selfaudit report` gets it again, or its findings change.
    """
    wp = persona.workplace
    places = list(cfg.images.get("places") or [])
    places.append({"name": wp.name or "Workplace", "lat": wp.lat, "lon": wp.lon, "radius": 200.0})
    return cfg.model_copy(update={"images": {**cfg.images, "places": places}})
