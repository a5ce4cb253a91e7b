"""Guided checks: what automation could not read, the person answers — recorded as theirs.

Two kinds of question, one store (``answers.json`` in the selfaudit home, owner-only):

- a **setting** selfaudit could not read: the settings page is opened in the browser and the
  person picks what it shows from the platform's own options (the locator data's list);
- a **manual clause** of the policy (3.6.h friend requests from people known only through
  work, 3.7 raising concerns…): its question, answered yes / no / not sure.

An answer is "answered by you on DATE": a status of its own, never a pass by itself. Setting
answers are reused by later audits until the next guided run asks again.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import paths
from .errors import SelfauditError
from .privacy import write_private
from .snapshot import AccountSnapshot, Audience, AudienceSetting, Missing

Ask = Callable[[str], str]  # shows a prompt, returns the line the person typed ('' at end of input)
Say = Callable[[str], None]

YES_NO = ("Yes", "No", "Not sure")


def answers_file() -> Path:
    return paths.home() / "answers.json"


@dataclass
class AnswerStore:
    clauses: dict[str, dict[str, str]]
    settings: dict[str, dict[str, dict[str, str]]]

    @classmethod
    def load(cls) -> AnswerStore:
        f = answers_file()
        if not f.exists():
            return cls({}, {})
        try:
            raw = json.loads(f.read_text(encoding="utf-8"))
            store = cls(dict(raw.get("clauses") or {}), dict(raw.get("settings") or {}))
            store._check()
            return store
        except (ValueError, UnicodeDecodeError, AttributeError, KeyError, TypeError, RecursionError) as exc:
            raise SelfauditError(f"{f}: your saved answers could not be read ({type(exc).__name__}: {exc}).",
                                 f"Answer again with `selfaudit answer`, or delete {f}.") from None

    def _check(self) -> None:
        """Every answer has the fields later steps use (a hand-edited file fails here, not mid-audit)."""
        for a in self.clauses.values():
            if not isinstance(a["answer"], str):
                raise ValueError(f"an answer is {a['answer']!r}")
            # evaluation compares with the question's "yes"/"no": a hand-written "Yes" or "y" would
            # miss the concern and show as a plain answer, so only yes or no are read
            a["answer"] = a["answer"].strip().lower()
            if a["answer"] not in ("yes", "no"):
                raise ValueError(f"an answer is {a['answer']!r}, not yes or no")
            datetime.fromisoformat(str(a["answered_at"]))
        for saved in self.settings.values():
            for a in saved.values():
                if not (isinstance(a["label"], str) and isinstance(a["option"], str)):
                    raise ValueError(f"a setting answer is {a!r}")
                Audience(a["audience"])
                datetime.fromisoformat(str(a["answered_at"]))

    def save(self) -> None:
        write_private(answers_file(), json.dumps({"clauses": self.clauses, "settings": self.settings}, indent=2, ensure_ascii=False))

    def answer_clause(self, clause: str, answer: str) -> None:
        self.clauses[clause] = {"answer": answer, "answered_at": _now()}

    def answer_setting(self, platform: str, key: str, *, label: str, option: str, audience: Audience, url: str | None,
                       account: str | None = None) -> None:
        # ``account``: the handle whose page the person looked at; the answer is for it alone, kept
        # beside the answers for the platform's other accounts ("key|handle"), and it replaces an
        # answer saved before answers named their account.
        saved = self.settings.setdefault(platform, {})
        if account:
            saved.pop(key, None)
        saved[f"{key}|{account}" if account else key] = {
            "label": label, "option": option, "audience": audience.value, "url": url or "", "answered_at": _now(),
            **({"account": account} if account else {})}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def choose(question: str, options: list[str], ask: Ask, say: Say) -> int | None:
    """A numbered list in the terminal; returns the chosen index, or None to skip."""
    say(question)
    for i, o in enumerate(options, 1):
        say(f"  {i}. {o}")
    while True:
        line = ask(f"Type 1–{len(options)}, or press Enter to skip: ").strip()
        if not line:
            return None
        if line.isdigit() and 1 <= int(line) <= len(options):
            return int(line) - 1
        say(f"Please type a number from 1 to {len(options)}.")


def ask_clauses(policy: Any, store: AnswerStore, ask: Ask, say: Say, only: Iterable[str] | None = None) -> int:
    """Ask the policy's manual questions (all, or the ids in ``only``); returns how many were answered."""
    wanted = set(only or ())
    n = 0
    for entry in [*policy.pack.rows, *policy.pack.clauses]:
        if not entry.manual or (wanted and entry.id not in wanted):
            continue
        pick = choose(f"\n{entry.id}: {entry.question}", list(YES_NO), ask, say)
        if pick is None or YES_NO[pick] == "Not sure":
            continue
        store.answer_clause(entry.id, YES_NO[pick].lower())
        n += 1
    return n


def ask_settings(acct: AccountSnapshot, spec: Any, base_url: str, store: AnswerStore, ask: Ask, say: Say,
                 open_page: Callable[[str], None] | None = None) -> int:
    """For each setting the audit could not read, open its page and ask what it shows."""
    from .adapters.live.spec import expand

    n = 0
    for s in spec.settings:
        if s.kind == "absent" or not s.options or acct.setting(s.key) is not None:
            continue
        url = expand(s.page, base=base_url, profile=acct.account.url, handle=acct.account.handle)
        if open_page is not None:
            open_page(url)
        options = list(s.options)
        pick = choose(f"\n{spec.display}: selfaudit could not read “{s.label[0]}” on {url}.\n"
                      "Look at that page in the browser window: what does it show?", [*options, "I can't find it"], ask, say)
        if pick is None or pick == len(options):
            continue
        option = options[pick]
        for key in [s.key, *s.also]:
            store.answer_setting(spec.platform, key, label=s.label[0], option=option, audience=s.options[option], url=url,
                                 account=acct.account.handle)
        n += 1
    return n


def apply_setting_answers(accounts: list[AccountSnapshot], store: AnswerStore) -> None:
    """Fill settings the audit could not read with the person's saved answers, marked as theirs.

    An answer covers only the account it was given for. Answers saved before they named their
    account apply only while the person has one account on that platform; with two or more,
    nobody can tell which page was looked at, so the setting stays not-checked and says why."""
    from .history import account_key, accounts_seen

    per_platform = Counter(a.account.platform for a in accounts)
    # the platform's accounts audited before count too: an old answer may have been for one of them
    here = {account_key(a.account.platform, a.account.handle) for a in accounts}
    for platform, seen in accounts_seen().items():
        per_platform[platform] += len(seen - here)
    for acct in accounts:
        saved = store.settings.get(acct.account.platform) or {}
        if not saved or acct.provenance.not_audited:
            continue
        got = list(acct.settings or [])
        # an answer given for this account first; one saved without an account only after it
        for slot, a in sorted(saved.items(), key=lambda kv: not kv[1].get("account")):
            key = slot.split("|", 1)[0]
            if any(s.key == key for s in got):
                continue  # read from the page this time: the page wins over an old answer
            if a.get("account") and a["account"] != acct.account.handle:
                continue  # told for another account on this platform: nobody looked at this one's page
            if not a.get("account") and per_platform[acct.account.platform] > 1:
                n = per_platform[acct.account.platform]
                acct.provenance.missing.insert(0, Missing(
                    fact=f"settings.{key}",
                    reason=f"your saved answer (“{a['option']}”, {str(a['answered_at'])[:10]}) does not say which of your "
                    f"{n} {acct.account.platform} accounts (in this audit or earlier ones) it was for: confirm it again for this account with "
                    "`selfaudit audit --guided`"))
                continue
            got.append(AudienceSetting(key=key, label=a["label"], option=a["option"], audience=Audience(a["audience"]),
                                       url=a.get("url") or None, answered_at=datetime.fromisoformat(a["answered_at"])))
        acct.settings = got


def clause_answers(store: AnswerStore) -> dict[str, dict[str, str]]:
    return dict(store.clauses)


def has_display() -> bool:
    """Whether a visible browser window can be opened here."""
    import os
    import sys

    if os.environ.get("SELFAUDIT_HEADLESS"):
        return False
    return sys.platform in ("darwin", "win32") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_guided(accounts: list[AccountSnapshot], base_urls: dict[str, str], storage_states: dict[str, dict[str, Any]],
               browser: Any, policy: Any, ask: Ask, say: Say) -> AnswerStore:
    """The guided part of `audit --guided`: unread settings, then the manual questions; saved."""
    from .adapters.browser import Allowlist
    from .adapters.live.spec import LIVE_PLATFORMS, load_spec

    store = AnswerStore.load()
    for acct in accounts:
        p = acct.account.platform
        base = base_urls.get(p) or acct.provenance.location
        if p not in LIVE_PLATFORMS or acct.provenance.source != "live" or acct.provenance.not_audited or not base:
            continue
        base_urls = {**base_urls, p: base}
        spec = load_spec(p)
        state = storage_states.get(p)
        if state is None:
            from .adapters.sessions import SessionStore

            saved = SessionStore().find(p, base)
            state = saved.storage_state if saved else None
        page_holder: dict[str, Any] = {}

        # Loop values bound as defaults: open_page is only called within this iteration, but says so.
        def open_page(url: str, spec: Any = spec, p: str = p, state: Any = state, page_holder: dict[str, Any] = page_holder,
                      base_urls: dict[str, str] = base_urls) -> None:
            if not getattr(browser, "headless", True) and state is not None:
                if "ctx" not in page_holder:
                    # the person's own window: they may click around the platform (the guard still holds the hosts)
                    page_holder["ctx"] = browser.new_context(Allowlist.for_base_url(base_urls[p], spec.hosts), storage_state=state,
                                                             read_only=False, deny_paths=spec.deny_get_paths)
                    page_holder["page"] = page_holder["ctx"].new_page()
                try:
                    page_holder["ctx"].navigate(page_holder["page"], url)
                    return
                except Exception:  # the window is the person's to use; if it fails, they open the address themselves
                    pass
            say(f"Open this address in your browser, logged in: {url}")

        try:
            n = ask_settings(acct, spec, base_urls[p], store, ask, say, open_page)
        finally:
            if "ctx" in page_holder:
                page_holder["ctx"].close()
        if n:
            say(f"{spec.display}: {n} answer(s) recorded.")
    ask_clauses(policy, store, ask, say)
    store.save()
    return store
