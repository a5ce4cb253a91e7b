"""The policy as data: a pack of DO/Don't rows and clauses, and the catalogue of checks.

``checks/catalogue.yaml`` describes every check (title, severity, the facts it needs,
its rule parameters and how to fix it on each platform). A pack
(``checks/<pack-id>/pack.yaml``) maps the policy's rows and clauses to those checks, or marks
them manual with the question the person answers. Both are validated at load; a broken
file raises PolicyPackError naming the file and the field.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import PolicyPackError
from .findings import Severity
from .organisations import OrganisationData, as_data
from .resources import checks_dir
from .snapshot import PLATFORMS, Audience

DEFAULT_PACK = "chscb-2017"
# The snapshot facts a check may require (AccountSnapshot fields), besides analysers.
_FACTS = ("profile", "settings", "posts", "photos", "connections", "stranger_view")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CheckMeta(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    implementation: str | None = Field(None, description="Registered function; defaults to the id")
    title: str
    description: str
    severity: Severity = Severity.MEDIUM
    scope: str = Field(description="What the check looks at, e.g. 'posts', 'profile', 'settings.future_posts'")
    requires: list[str] = Field(default_factory=list, description="Snapshot facts and analysers it needs")
    params: dict[str, Any] = Field(default_factory=dict)
    fix: dict[str, str] = Field(description="How to fix it: 'default' and per platform")
    pass_title: str | None = Field(None, description="What a pass says, e.g. 'No faces found' (default: '<title>: N examined, none flagged')")
    pass_needs: list[str] = Field(
        default_factory=list,
        description="Sub-facts whose recorded absence stops a pass (e.g. 'posts.comments': others' comments were not read)")

    @model_validator(mode="after")
    def _defaults(self) -> CheckMeta:
        if "default" not in self.fix:
            raise ValueError("fix needs a 'default' entry")
        for req in self.requires:
            head = req.split(".", 1)[0]
            if head not in _FACTS and not (head == "analysis" and req in ("analysis.text", "analysis.images")):
                raise ValueError(f"requires: unknown fact or analyser {req!r}")
        # The audiences that fail or need review are compared word for word: "Public" or
        # "everyone" would match nothing, and every public setting would pass.
        known = {a.value for a in Audience}
        for key in ("fail", "review"):
            words = self.params.get(key)
            if words is None:
                continue
            if not isinstance(words, list) or any(w not in known for w in words):
                raise ValueError(f"params.{key}: {words!r} must be a list of audiences from: {', '.join(sorted(known))}")
        # ... and a misspelt platform would leave the check unrun there, its row judged without it
        plats = self.params.get("platforms")
        if plats is not None and (not isinstance(plats, list) or any(p not in PLATFORMS for p in plats)):
            raise ValueError(f"params.platforms: {plats!r} must be a list of platforms from: {', '.join(PLATFORMS)}")
        return self

    @property
    def impl(self) -> str:
        return self.implementation or self.id

    def fix_for(self, platform: str | None) -> str:
        return self.fix.get(platform or "", self.fix["default"])


class Catalogue(_Strict):
    checks: list[CheckMeta]

    @model_validator(mode="after")
    def _unique(self) -> Catalogue:
        seen: set[str] = set()
        for i, c in enumerate(self.checks):
            if c.id in seen:
                raise ValueError(f"checks[{i}].id: duplicate check id {c.id!r}")
            seen.add(c.id)
        return self

    @cached_property
    def by_id(self) -> dict[str, CheckMeta]:
        return {c.id: c for c in self.checks}


class Entry(_Strict):
    """A DO/Don't row or a clause: served by checks, or answered by the person, or both."""

    id: str
    text: str
    checks: list[str] = Field(default_factory=list)
    manual: bool = False
    question: str | None = None
    concern_if: Literal["yes", "no"] = Field("yes", description="The answer to the question that needs the person's attention")

    @model_validator(mode="after")
    def _served(self) -> Entry:
        if not self.checks and not self.manual:
            raise ValueError("needs checks, or manual: true with a question")
        if self.manual and not self.question:
            raise ValueError("manual entries need the question the person answers")
        return self


class Row(Entry):
    kind: Literal["do", "dont"]
    id: str = Field(pattern=r"^(do|dont)-[a-z0-9-]+$")


class Clause(Entry):
    id: str = Field(pattern=r"^\d+(\.\d+)?(\.[a-z])?$")
    section: str | None = None


class Pack(_Strict):
    id: str
    title: str
    version: str
    # The organisation's names, aliases and places (organisations.py), or just its name.
    organisation: str | OrganisationData | None = None
    source: str | None = None
    rows: list[Row]
    clauses: list[Clause]


class Policy:
    """A validated pack together with the catalogue of checks it refers to."""

    def __init__(self, pack: Pack, catalogue: Catalogue, pack_file: Path, catalogue_file: Path):
        self.pack = pack
        self.catalogue = catalogue
        self.pack_file = pack_file
        self.catalogue_file = catalogue_file
        for kind, entries in (("rows", pack.rows), ("clauses", pack.clauses)):
            for i, e in enumerate(entries):
                for j, cid in enumerate(e.checks):
                    if cid not in catalogue.by_id:
                        raise PolicyPackError(
                            f"{pack_file}: {kind}[{i}].checks[{j}]: unknown check {cid!r} "
                            f"(not in {catalogue_file.name})"
                        )
        ids = [e.id for e in (*pack.rows, *pack.clauses)]
        dupes = sorted({x for x in ids if ids.count(x) > 1})
        if dupes:
            raise PolicyPackError(f"{pack_file}: rows/clauses: duplicate id {dupes[0]!r}")

    @property
    def id(self) -> str:
        return self.pack.id

    @property
    def organisation(self) -> OrganisationData:
        """The names the text checks look for (none when the pack only names its organisation)."""
        return as_data(self.pack.organisation)

    def served_by(self, check_id: str) -> list[str]:
        """Row and clause ids whose checks include this one (rows first, in pack order)."""
        return [e.id for e in (*self.pack.rows, *self.pack.clauses) if check_id in e.checks]

    def used_checks(self) -> list[CheckMeta]:
        used: list[str] = []
        for e in (*self.pack.rows, *self.pack.clauses):
            for c in e.checks:
                if c not in used:
                    used.append(c)
        return [self.catalogue.by_id[c] for c in used]

    def as_json(self) -> dict[str, Any]:
        def entry(e: Entry, extra: dict[str, Any]) -> dict[str, Any]:
            d = {"id": e.id, **extra, "text": e.text, "checks": list(e.checks), "manual": e.manual}
            if e.question:
                d["question"] = e.question
                d["concern_if"] = e.concern_if
            return d

        return {
            "id": self.pack.id,
            "title": self.pack.title,
            "version": self.pack.version,
            "rows": [entry(r, {"kind": r.kind}) for r in self.pack.rows],
            "clauses": [entry(c, {}) for c in self.pack.clauses],
        }


def _load_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyPackError(f"{path}: file not found.") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PolicyPackError(f"{path}: not valid YAML: {exc}") from None


def _validate(model: type[BaseModel], data: Any, path: Path) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = _format_loc(err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        raise PolicyPackError(f"{path}: {loc or '(top level)'}: {msg}") from None


def _format_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def resolve_pack(name_or_path: str | Path | None) -> Path:
    """A pack id shipped with selfaudit, a pack folder, or a pack.yaml file."""
    if name_or_path is None:
        name_or_path = os.environ.get("SELFAUDIT_POLICY") or DEFAULT_PACK
    p = Path(name_or_path)
    if p.is_file():
        return p
    if p.is_dir() and (p / "pack.yaml").is_file():
        return p / "pack.yaml"
    shipped = checks_dir() / str(name_or_path) / "pack.yaml"
    if shipped.is_file():
        return shipped
    raise PolicyPackError(
        f"No policy pack {str(name_or_path)!r}.",
        f"Use a pack folder or file, or one of: {', '.join(available_packs())}.",
    )


def available_packs() -> list[str]:
    return sorted(d.name for d in checks_dir().iterdir() if (d / "pack.yaml").is_file())


def load_policy(pack: str | Path | None = None, catalogue: str | Path | None = None) -> Policy:
    """Load and validate a pack and the catalogue (the pack folder's own, else the shipped one)."""
    pack_file = resolve_pack(pack)
    if catalogue is None:
        own = pack_file.parent / "catalogue.yaml"
        catalogue = own if own.is_file() else checks_dir() / "catalogue.yaml"
    catalogue_file = Path(catalogue)
    cat = _validate(Catalogue, _load_yaml(catalogue_file), catalogue_file)
    pk = _validate(Pack, _load_yaml(pack_file), pack_file)
    return Policy(pk, cat, pack_file, catalogue_file)
