"""What the text analysis concludes about one text: hits, verdicts per area, the report.

Kept apart from the analyser (text.py) so the checks and the bench read results without the
patterns, and so each file stays one responsibility.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .text_language import ENGLISH_BY_DEFAULT, Language

Status = Literal["fail", "review"]

# Longer texts (a very long "about" page) are analysed up to this many characters; TextReport
# says so in ``truncated``.
MAX_CHARS = 50_000



@dataclass(frozen=True)
class Hit:
    category: str
    phrase: str


@dataclass(frozen=True)
class Verdict:
    """One area's conclusion about a text: None (nothing), "review" or "fail"."""

    status: Status | None = None
    confidence: str = "high"
    severity: str | None = None
    hits: tuple[Hit, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def matched(self) -> list[str]:
        return list(dict.fromkeys(h.phrase for h in self.hits))  # first-seen order, no repeats

    @property
    def categories(self) -> list[str]:
        return list(dict.fromkeys(h.category for h in self.hits))  # first-seen order, no repeats


NOTHING = Verdict()


@dataclass(frozen=True)
class Disclaimer:
    # present: both halves of the policy's DO are stated ("this is a personal site" and "opinions
    # are your own"); partial: a disclaimer is stated but says only one half, or neither
    # ("RTs are not endorsements"): ``says`` names the halves it states.
    status: Literal["present", "partial", "absent", "unclear", "not-analysed"]
    matched: tuple[str, ...] = ()
    language: str | None = None  # for "not-analysed": the language no wordings are known for
    says: tuple[str, ...] = ()  # "site", "views": what the stated wordings say (present/partial)


@dataclass(frozen=True)
class TextReport:
    text: str
    words: str
    offensive: Verdict = NOTHING
    offence: Verdict = NOTHING
    confidential: Verdict = NOTHING
    organisation: Verdict = NOTHING
    disclaimer: Disclaimer | None = None
    profanity: float | None = None  # the offence model's general "offensive" score (English, 3+ words); name kept for the JSON
    organisations: tuple[str, ...] = ()
    language: Language = ENGLISH_BY_DEFAULT
    # Per area, the categories not looked for because the text's language has no list for them.
    not_analysed: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def unchecked(self, area: str) -> tuple[str, ...]:
        return dict(self.not_analysed).get(area, ())

    @property
    def truncated(self) -> bool:
        return len(self.text) > MAX_CHARS

    @property
    def risky(self) -> bool:
        return any(v.status for v in (self.offensive, self.offence, self.confidential))
