"""Past audits and accepted exceptions, kept locally and owner-only in the data folder.

Each real audit leaves one small record (history/<time>.json): when, which platforms, and
each finding's fingerprint with its status — no text, no images. That is enough to say
"since your last audit: 3 fixed, 1 new" and to list past audits. Demo audits are never
recorded: a fictional persona must not become "your latest audit".

Accepted exceptions live in accepted.yaml: fingerprint → reason, when, and an optional
end date. An expired acceptance no longer applies, so the finding counts again.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from . import paths
from .errors import SelfauditError
from .findings import NEEDS_ACTION, Status, finding_content, finding_kind, fingerprint
from .privacy import private_dir, write_private

_GONE_OK = {Status.PASS}  # a finding now passing was fixed
_UNKNOWN = {Status.NOT_CHECKED, Status.ERROR}


def history_dir() -> Path:
    return paths.home() / "history"


def demo_reports_dir() -> Path:
    """Demo audits go here, apart from the person's own reports."""
    return paths.home() / "demo-reports"


def accepted_file() -> Path:
    return paths.home() / "accepted.yaml"


# --- accepted exceptions -------------------------------------------------------------------

def load_acceptances() -> dict[str, dict[str, Any]]:
    p = accepted_file()
    if not p.exists():
        return {}
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as exc:  # ValueError: an impossible date like 2020-13-01
        raise SelfauditError(f"{p}: unreadable list of accepted exceptions: {exc}", f"Fix or delete {p}.") from None
    if not isinstance(data, dict):
        raise SelfauditError(f"{p}: not a list of accepted exceptions.", f"Fix or delete {p}.")
    out = {str(k): v for k, v in data.items() if isinstance(v, dict) and v.get("reason")}
    for fp, e in out.items():  # a hand-edited end date is checked here, not mid-audit
        if e.get("until"):
            try:
                date.fromisoformat(str(e["until"]))
            except ValueError:
                raise SelfauditError(f"{p}: the acceptance of {fp} ends on {e['until']!r}, which is not a date.",
                                     f"Write it as YYYY-MM-DD in {p}, or accept it again with --until.") from None
    return out


def save_acceptances(acc: dict[str, dict[str, Any]]) -> Path:
    private_dir(paths.home())
    return write_private(accepted_file(), yaml.safe_dump(acc, sort_keys=True, allow_unicode=True))


def is_expired(entry: dict[str, Any], today: date | None = None) -> bool:
    until = entry.get("until")
    if not until:
        return False
    return date.fromisoformat(str(until)) < (today or date.today())


class Acceptance(str):
    """The reason of an acceptance (a str, as evaluation shows it), and the status accepted.

    An acceptance covers what the person saw and accepted: one made of a ``review`` does not
    cover a ``fail`` of the same item later (a bio that lost its disclaimer altogether, a
    closed profile that opened) — that is a new problem, shown as one.
    """

    status: str | None
    kind: str | None
    content: str | None

    def __new__(cls, reason: str, status: str | None = None, kind: str | None = None, content: str | None = None) -> Acceptance:
        obj = super().__new__(cls, reason)
        obj.status = status
        obj.kind = kind
        obj.content = content
        return obj

    @property
    def recorded(self) -> bool:
        """Whether it says what was accepted: the status, the kind and the digest of what was
        shown. Older versions kept only the reason (config.yaml's ``accepted:``), or no digest."""
        return bool(self.status and self.kind and self.content)

    def shown_again(self, fingerprint: str) -> str | None:
        """The note on a finding this acceptance cannot show it covers (None when it can tell)."""
        if self.recorded:
            return None
        return (f"You accepted this (\"{self}\") before selfaudit recorded what an acceptance covers, so it cannot "
                f"tell whether this is what you accepted: it is shown again. If it is still fine for you, accept it "
                f"again: selfaudit accept {fingerprint} --reason \"…\"")

    def covers(self, status: str, kind: str | None = None, content: str | None = None) -> bool:
        if not self.recorded:  # what was accepted is not known: it cannot cover what is shown today
            return False
        # The same status saying something else about the same item ("can see your posts; and
        # your birthday" after "can see your posts" was accepted), or the item's words changed
        # since (a post edited to say something worse the same way), is a new problem, shown as one.
        other = bool(self.kind and kind and kind != self.kind) or bool(self.content and content and content != self.content)
        if self.status == "fail":
            return status == "review" or (status == "fail" and not other)
        # a review covers a review; accepted while nothing needed action (not checked), it covers nothing
        return self.status == "review" and status == "review" and not other


def effective_acceptances(legacy: dict[str, str] | None = None, today: date | None = None) -> dict[str, str]:
    """fingerprint → reason (an Acceptance) for every acceptance still in force (older config.yaml ones included)."""
    # config.yaml's acceptances (older versions) kept only a reason: they say nothing of what was accepted
    out: dict[str, str] = {fp: why if isinstance(why, Acceptance) else Acceptance(str(why)) for fp, why in (legacy or {}).items()}
    for fp, e in load_acceptances().items():
        if is_expired(e, today):
            out.pop(fp, None)
        else:
            out[fp] = Acceptance(str(e["reason"]), e.get("status"), e.get("kind"), e.get("content"))
    return out


def parse_until(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SelfauditError(f"--until {text!r} is not a date.", "Give it as YYYY-MM-DD, e.g. --until 2027-03-31.") from None


# --- past audits ---------------------------------------------------------------------------

def account_key(platform: str | None, handle: str | None) -> str:
    """Which account a finding is about, as a short digest (the record holds no handles)."""
    return hashlib.sha256(f"{platform or ''}\x1f{handle or ''}".encode()).hexdigest()[:12]


def record(ev: Any, report_dir: Path) -> Path:
    """Keep a content-free record of this audit."""
    d = private_dir(history_dir())
    stamp = ev.generated_at.strftime("%Y%m%dT%H%M%S%fZ")
    data = {
        "generated_at": ev.generated_at.isoformat(),
        "snapshot_created_at": ev.snapshot.created_at.isoformat(),  # when its pages or exports were read
        "report": str((report_dir / "report.json").resolve()),
        "platforms": sorted({a.account.platform for a in ev.snapshot.accounts}),
        "counts": {s.value: sum(1 for f in ev.findings if f.status == s) for s in Status},
        # status, check, platform, the finding's kind, what it showed and its account (digests, no content)
        "findings": {f.fingerprint: [f.status.value, f.check, f.platform or "", finding_kind(f.title), finding_content(f),
                                     account_key(f.platform, f.account)]
                     for f in ev.findings},
        "checked": sorted({f"{r.check}|{r.platform}" for r in ev.results if r.status not in _UNKNOWN}),
        # the same per account: a check that ran on one account says nothing of the platform's other one
        "checked_accounts": sorted(_checked_accounts(ev)),
    }
    return write_private(d / f"{stamp}.json", json.dumps(data, ensure_ascii=False) + "\n")


def accounts_seen() -> dict[str, set[str]]:
    """Each platform's accounts (as account_key digests) in past audits' records."""
    seen: dict[str, set[str]] = {}
    for e in entries():
        for v in e.get("findings", {}).values():
            if len(v) > 5 and v[2]:
                seen.setdefault(v[2], set()).add(v[5])
    return seen


def _checked_accounts(ev: Any) -> set[str]:
    return {f"{r.check}|{account_key(r.platform, getattr(r, 'account', None))}" for r in ev.results if r.status not in _UNKNOWN}


def was_looked_at(v: list[str], checked: set[str], checked_accounts: set[str], accounts_on: dict[str, int]) -> bool:
    """Whether an earlier finding (its record ``v``) was looked at again: its check ran this time
    on the same account. Records from before accounts were kept name only the platform: those
    count only while the platform has one account (with two, the other may be the one that ran)."""
    check, platform = v[1], v[2]
    if len(v) > 5:
        return f"{check}|{v[5]}" in checked_accounts
    return f"{check}|{platform}" in checked and accounts_on.get(platform, 0) <= 1


def gone_between(prev: dict[str, Any], entry: dict[str, Any]) -> tuple[int, int]:
    """(gone, unknown) among ``prev``'s open findings in the later record ``entry``: gone only
    when its check ran again on that account and the finding is no longer open."""
    now = entry.get("findings", {})
    checked = set(entry.get("checked", []))
    checked_accounts = set(entry.get("checked_accounts", []))
    per: dict[str, set[str]] = {}  # each platform's accounts in the later record
    for v in now.values():
        if len(v) > 5:
            per.setdefault(v[2], set()).add(v[5])
    accounts_on = {p: len(a) for p, a in per.items()}
    gone = unknown = 0
    for fp, v in prev.get("findings", {}).items():
        if v[0] not in ("fail", "review") or (fp in now and now[fp][0] in ("fail", "review")):
            continue
        if (fp in now and now[fp][0] in ("pass", "accepted")) or (fp not in now and was_looked_at(v, checked, checked_accounts, accounts_on)):
            gone += 1
        else:
            unknown += 1
    return gone, unknown


def entries() -> list[dict[str, Any]]:
    """Past audits, oldest first; unreadable records are skipped."""
    d = history_dir()
    out = []
    for p in sorted(d.glob("*.json")) if d.is_dir() else []:
        try:
            e = json.loads(p.read_text(encoding="utf-8"))
            e["_file"] = str(p)
            when = datetime.fromisoformat(e["generated_at"])
            if when.tzinfo is None:  # a hand-edited date: read as UTC, as selfaudit writes them
                e["generated_at"] = when.replace(tzinfo=UTC).isoformat()
            if not _well_formed(e):
                continue
            out.append(e)
        except (ValueError, KeyError, TypeError, OSError, RecursionError):
            continue
    return sorted(out, key=lambda e: e["generated_at"])


def _well_formed(e: dict[str, Any]) -> bool:
    """The fields later steps read have the shape record() writes (a damaged record is skipped)."""
    findings = e.get("findings", {})
    return (isinstance(findings, dict)
            and all(isinstance(v, list) and len(v) >= 3 and all(isinstance(x, str) for x in v) for v in findings.values())
            and isinstance(e.get("counts", {}), dict) and all(isinstance(n, int) for n in e.get("counts", {}).values())
            and isinstance(e.get("platforms", []), list) and isinstance(e.get("checked", []), list))


def _read_at(e: dict[str, Any]) -> datetime:
    """When an audit's data was read (older records: when it was evaluated)."""
    try:
        when = datetime.fromisoformat(str(e.get("snapshot_created_at") or e["generated_at"]))
    except ValueError:
        when = datetime.fromisoformat(e["generated_at"])
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def newer_recorded(read_at: datetime) -> bool:
    """Whether history holds an audit of data read after ``read_at``: re-rendering an older
    snapshot (`selfaudit report`) then is no new audit, and comparing it with the newer one
    would call 'fixed' what was simply not yet there."""
    when = read_at if read_at.tzinfo else read_at.replace(tzinfo=UTC)
    return any(_read_at(e) > when for e in entries())


def previous_read(before: datetime) -> dict[str, Any] | None:
    """The latest audit of data read before ``before`` (for an older snapshot re-rendered)."""
    when = before if before.tzinfo else before.replace(tzinfo=UTC)
    older = [e for e in entries() if _read_at(e) < when]
    return max(older, key=_read_at) if older else None


def previous(before: datetime) -> dict[str, Any] | None:
    older = [e for e in entries() if datetime.fromisoformat(e["generated_at"]) < before]
    return older[-1] if older else None


def since_last(ev: Any, prev: dict[str, Any] | None) -> dict[str, Any] | None:
    """Fixed, new and still open since ``prev``. A finding on a check that could not run this
    time is neither fixed nor new: it is unknown."""
    if prev is None:
        return None
    now = {f.fingerprint: f for f in ev.findings}
    checked = {f"{r.check}|{r.platform}" for r in ev.results if r.status not in _UNKNOWN}
    checked_accounts = _checked_accounts(ev)
    accounts_on = Counter(a.account.platform for a in getattr(ev.snapshot, "accounts", ()))
    was_open = {fp: v for fp, v in prev.get("findings", {}).items() if v[0] in ("fail", "review")}
    fixed: list[str] = []
    still: list[str] = []
    unknown: list[str] = []
    # where only the newest posts were read (--max-posts), a post finding that is gone may be
    # an older post out of the window, not a fixed one: fixed only if that post was read again
    bounded = [a for a in getattr(ev.snapshot, "accounts", ())
               if any(m.fact in ("posts.bound", "posts.more") for m in a.provenance.missing)]

    def out_of_window(check: str, platform: str, fp: str) -> bool:
        accts = [a for a in bounded if a.account.platform == platform]
        return bool(accts) and check.startswith("post_") and not any(
            fingerprint(check, platform, a.account.handle, f"post:{p.id}") == fp for a in accts for p in a.posts or ())

    for fp, v in was_open.items():
        check, platform = v[1], v[2]
        f = now.get(fp)
        if f is None:
            gone = was_looked_at(v, checked, checked_accounts, accounts_on) and not out_of_window(check, platform, fp)
            (fixed if gone else unknown).append(fp)
        elif f.status in NEEDS_ACTION:
            still.append(fp)
        elif f.status in _GONE_OK:
            fixed.append(fp)
        elif f.status != Status.ACCEPTED:
            unknown.append(fp)
    new = [fp for fp, f in now.items() if f.status in NEEDS_ACTION and fp not in was_open]
    return {
        "previous": prev["generated_at"],
        "fixed": len(fixed),
        "new": len(new),
        "still_open": len(still),
        "unknown": len(unknown),
        "fixed_fingerprints": fixed,
        "fixed_what": [{"check": was_open[fp][1], "platform": was_open[fp][2]} for fp in fixed],
        "new_fingerprints": new,
    }


def now_utc() -> datetime:
    return datetime.now(UTC)
