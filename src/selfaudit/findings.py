"""Findings: what a check concluded about one item, tied to the policy it serves.

Severity (how much it matters) and confidence (how sure the check is) are separate axes.
A finding's fingerprint is built from the check, platform, account and the item's own id —
never its position in a list or its text — so accepted exceptions survive re-runs.
"""

from __future__ import annotations

import hashlib
import re
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Status(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    REVIEW = "review"  # a person must judge (heuristic match, uncertain classifier)
    MANUAL = "manual"  # only the person can answer; a question, not a result
    NOT_CHECKED = "not-checked"  # could not run; always carries a reason
    ERROR = "error"  # the check crashed; the run went on
    ACCEPTED = "accepted"  # an exception the person recorded, with a reason
    ANSWERED = "answered"  # the person answered the question themselves (guided check, manual clause): never a pass


# Worst first: the order a row's status is decided in.
STATUS_ORDER = [
    Status.FAIL,
    Status.REVIEW,
    Status.ERROR,
    Status.NOT_CHECKED,
    Status.MANUAL,
    Status.ANSWERED,
    Status.ACCEPTED,
    Status.PASS,
]
NEEDS_ACTION = {Status.FAIL, Status.REVIEW}


class Severity(str, Enum):
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Confidence(str, Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    image: str | None = Field(None, description="Path of the image relative to the snapshot folder, or a URL")
    box: list[int] | None = Field(None, description="[x, y, w, h] in the image's pixels")
    url: str | None = None
    matched: list[str] = Field(default_factory=list, description="The words, patterns or names that matched")
    details: dict[str, Any] = Field(default_factory=dict)


def fingerprint(check: str, platform: str | None, account: str | None, item: str) -> str:
    key = "\x1f".join([check, platform or "", account or "", item])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def finding_kind(title: str) -> str:
    """What a finding says, as a short content-free digest of its title with the counts left out
    ("can see 12 posts" and "can see 13 posts" are one kind; "can see 12 posts; and birthday" is
    another). An acceptance covers the kind it was given for, not whatever the item shows later."""
    return hashlib.sha256(re.sub(r"\d+", "#", title).encode("utf-8")).hexdigest()[:12]


def finding_content(f: Finding) -> str:
    """What a finding showed, as a short digest of its evidence's words and matches (counts left
    out, as in ``finding_kind``): an acceptance of a post's words does not cover the post edited
    to say something else that reads the same way ("Post with drunkenness")."""
    ev = f.evidence
    key = "\x1f".join([re.sub(r"\d+", "#", (ev.text or "") if ev else ""), *sorted(ev.matched if ev else [])])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    check: str
    status: Status
    severity: Severity = Severity.MEDIUM
    confidence: Confidence = Confidence.HIGH
    clauses: list[str] = Field(default_factory=list, description="Policy row and clause ids this serves")
    platform: str | None = None
    account: str | None = None
    item: str = Field(description="The item's own id: 'profile', 'settings.future_posts', 'post:123', a file path")
    title: str
    evidence: Evidence | None = None
    fix: str | None = None
    reason: str | None = Field(None, description="Why it is not-checked, error or accepted")
    third_party: bool = Field(False, description="About something another person put on the profile")
    outcome: str | None = Field(
        None,
        description="Why not-checked, as a kind: 'nothing-to-examine', 'not-collected', 'analyser-unavailable', "
        "'unrecognised', 'not-applicable'; why pass: 'evidence' or 'empty-evidence'",
    )
    fingerprint: str = ""

    @model_validator(mode="after")
    def _fill(self) -> Finding:
        if not self.fingerprint:
            self.fingerprint = fingerprint(self.check, self.platform, self.account, self.item)
        if self.status in (Status.NOT_CHECKED, Status.ERROR, Status.ACCEPTED) and not self.reason:
            raise ValueError(f"a {self.status.value} finding must carry a reason")
        return self


def worst(statuses: list[Status]) -> Status | None:
    for s in STATUS_ORDER:
        if s in statuses:
            return s
    return None
