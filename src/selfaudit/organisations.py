"""The organisation a policy pack is about, as data: its names, aliases and places.

A pack's ``organisation:`` section (``checks/<pack>/pack.yaml``) lists the names a post or bio
may use for the organisation and its partners; the text checks look for those and no others,
so another organisation's pack never looks for Hackney. The person's config adds to them
(``text.extra_organisations``). A plain string ``organisation: Some Board`` still works: it
names the pack's organisation for the report and looks for nothing.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, model_validator


class OrganisationName(BaseModel):
    """One organisation the checks look for. Full names and aliases match in any case, with any
    spacing; abbreviations only in capitals ("ELFT", not "elft" inside another word);
    ``patterns`` are regular expressions for what the other two cannot say."""

    model_config = ConfigDict(extra="forbid")
    name: str
    aliases: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _valid(self) -> OrganisationName:
        for p in self.patterns:
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"{self.name}: pattern {p!r} is not a valid regular expression ({exc})") from None
        return self

    def regexes(self) -> list[str]:
        phrases = list(self.aliases) if (self.aliases or self.abbreviations or self.patterns) else [self.name]
        out = [r"(?i)\b" + re.escape(a).replace(r"\ ", r"\s+") + r"\b" for a in phrases]
        out += [r"\b" + re.escape(a) + r"\b" for a in self.abbreviations]
        return out + list(self.patterns)

    def words(self) -> list[str] | None:
        """Lower-case words one of which every match contains, or None if a pattern makes that unknowable."""
        if self.patterns:
            return None
        phrases = list(self.aliases) + list(self.abbreviations) or [self.name]
        # Any one word of a phrase is in every match of it: the longest is the most selective.
        return [max(re.findall(r"\w+", p) or [p], key=len).lower() for p in phrases]


class OrganisationData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(description="How the report names the pack's organisation")
    names: list[OrganisationName] = Field(default_factory=list, description="What posts and bios are searched for")
    words: list[str] | None = Field(
        None, description="Lower-case words every name's match contains (a cheap prefilter); needed when patterns are used"
    )
    places: list[str] = Field(default_factory=list, description="Place names of the area: never read as a person's name")

    def __str__(self) -> str:  # the report prints the pack's organisation
        return self.name

    def gate_words(self) -> tuple[str, ...] | None:
        words: list[str] = list(self.words or [])
        for n in self.names:
            w = n.words()
            if w is None:
                if self.words is None:
                    return None
                continue
            words.extend(w)
        return tuple(dict.fromkeys(words))

    def patterns(self) -> dict[str, list[str]]:
        return {n.name: n.regexes() for n in self.names}


def as_data(organisation: str | OrganisationData | None) -> OrganisationData:
    """A pack's organisation field as data (a plain name looks for nothing)."""
    if isinstance(organisation, OrganisationData):
        return organisation
    return OrganisationData(name=organisation or "")
