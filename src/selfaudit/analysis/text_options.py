"""The ``text:`` section of config.yaml: categories to switch off, organisations to add or
replace (the policy pack holds the defaults), the classifier threshold. Validated here, with
errors that name the key."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import SelfauditError
from ..organisations import OrganisationData
from . import text_patterns as P

OFFENSIVE_CATEGORIES = ("insult", "threat", "discriminatory", "obscene", "classifier")
OFFENCE_CATEGORIES = tuple(P.OFFENCE)
CONFIDENTIAL_CATEGORIES = ("phone", "email", "nhs_number", "ni_number", "postcode", "date_of_birth", "practice", "work_material")
ALL_CATEGORIES = OFFENSIVE_CATEGORIES + OFFENCE_CATEGORIES + CONFIDENTIAL_CATEGORIES + ("organisation", "disclaimer")



class Organisation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    patterns: list[str] = Field(default_factory=list, description="Regular expressions; default: the name as a phrase, any case")


class TextOptions(BaseModel):
    """The ``text:`` section of config.yaml."""

    model_config = ConfigDict(extra="forbid")
    disabled: list[str] = Field(default_factory=list, description=f"Categories to switch off: {', '.join(ALL_CATEGORIES)}")
    organisations: list[str | Organisation] | None = Field(None, description="Replaces the policy pack's organisations")
    extra_organisations: list[str | Organisation] = Field(default_factory=list, description="Added to the policy pack's organisations")
    classifier_threshold: float | None = Field(None, ge=0.0, le=1.0, description="The offence model's general score that alone "
                                               "makes a post worth review (default: the threshold stored with the model)")

    def org_gate(self, pack: OrganisationData) -> tuple[str, ...] | None:
        """Lower-case words of which every organisation match contains at least one (a cheap
        test before the organisation regex runs), or None when a custom pattern makes that unknowable."""
        words: list[str] = []
        if self.organisations is None:
            pack_words = pack.gate_words()
            if pack_words is None:
                return None
            words.extend(pack_words)
        for entry in list(self.organisations or []) + list(self.extra_organisations):
            if isinstance(entry, Organisation) and entry.patterns:
                return None
            name = entry if isinstance(entry, str) else entry.name
            words.extend(w.lower() for w in re.findall(r"\w+", name))
        return tuple(dict.fromkeys(words))

    def handle_forms(self, pack: OrganisationData) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
        """Per organisation, (its names run together in lower case, its abbreviations in lower case):
        how an @mention or a hashtag writes it ("@hackneycouncil", "#LBHackney", "@ELFT_NHS")."""
        def squash(s: str) -> str:
            return re.sub(r"[^a-z0-9]", "", s.lower())

        out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        named = [] if self.organisations is not None else [(n.name, [*n.aliases] or [n.name], n.abbreviations) for n in pack.names]
        for entry in list(self.organisations or []) + list(self.extra_organisations):
            name = entry if isinstance(entry, str) else entry.name
            named.append((name, [name], []))
        for name, phrases, abbreviations in named:
            full = tuple(q for q in (squash(p) for p in phrases) if len(q) >= 6)
            short = tuple(q for q in (squash(a) for a in abbreviations) if len(q) >= 3)
            prev = out.get(name, ((), ()))
            out[name] = (prev[0] + full, prev[1] + short)
        return out

    def compiled_organisations(self, pack: OrganisationData) -> dict[str, list[re.Pattern[str]]]:
        """The pack's organisations (unless config replaces them) plus the config's extra ones."""
        if self.organisations is None:
            orgs: dict[str, list[str]] = pack.patterns()
        else:
            orgs = {}
        for entry in list(self.organisations or []) + list(self.extra_organisations):
            if isinstance(entry, str):
                entry = Organisation(name=entry)
            pats = entry.patterns or [r"(?i)\b" + re.escape(entry.name).replace(r"\ ", r"\s+") + r"\b"]
            orgs.setdefault(entry.name, []).extend(pats)
        out: dict[str, list[re.Pattern[str]]] = {}
        for name, pats in orgs.items():
            try:
                out[name] = [re.compile(p) for p in pats]
            except re.error as exc:
                raise SelfauditError(
                    f"config text.organisations: the pattern for {name!r} is not a valid regular expression ({exc}).",
                    "Fix it in config.yaml, or give the name only.",
                ) from None
        return out


def load_options(config: Any) -> TextOptions:
    raw = getattr(config, "text", None) or {}
    try:
        opts = TextOptions.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise SelfauditError(
            f"config text.{where}: {first['msg']}.",
            f"Valid keys: disabled, organisations, extra_organisations, classifier_threshold. Categories: {', '.join(ALL_CATEGORIES)}.",
        ) from None
    unknown = [c for c in opts.disabled if c not in ALL_CATEGORIES]
    if unknown:
        raise SelfauditError(
            f"config text.disabled: unknown categor{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)}.",
            f"Known categories: {', '.join(ALL_CATEGORIES)}.",
        )
    return opts
