"""``selfaudit check text``: think before you post.

Runs the same checks the audit runs on posts (offensive words, possible offences, confidential
or identifying information, naming the organisation) on texts given on the command line or on
stdin, one text per line. With ``--bio`` each text is treated as a profile bio: it gets the
"views are my own" disclaimer finding (pass when present, fail or review otherwise).
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import typer

from ..console import check_exit_code, fail, out
from ..errors import SelfauditError
from ..findings import NEEDS_ACTION, Finding, Status, fingerprint

if TYPE_CHECKING:
    from ..config import Config
    from ..policy import Policy

POST_CHECKS = ("post_offensive_language", "post_possible_offence", "post_confidential_info", "post_names_organisation")
BIO_CHECKS = ("bio_disclaimer_missing", "post_offensive_language", "post_possible_offence", "post_confidential_info")


class NoTextError(SelfauditError):
    pass


def check_texts(texts: list[str], *, bio: bool = False, config: Config | None = None, policy: Policy | None = None) -> list[dict[str, Any]]:
    """The ``check text --json`` result: one ``{"text", "findings"}`` entry per text.

    Each text becomes a one-post account run through the audit's own check runner, so
    ``check text`` and an audit always agree on the same words.
    """
    from ..analysis import Analysis
    from ..analysis.text import TextAnalyser
    from ..config import Config
    from ..evaluate import run_checks
    from ..policy import load_policy
    from ..snapshot import Account, AccountSnapshot, Post, Profile, Provenance

    config = config if config is not None else Config.load()
    pol = policy or load_policy()
    analysis = Analysis(None, config)
    analysis.text = TextAnalyser(config, policy=pol)
    analysis.text.analyse_many(texts, bio=bio)  # one classifier batch for all
    ids = BIO_CHECKS if bio else POST_CHECKS
    results: list[dict[str, Any]] = []
    for i, t in enumerate(texts, 1):
        acct = AccountSnapshot(
            account=Account(platform="text", handle="check"),
            profile=Profile(bio=t) if bio else None,
            posts=[Post(id=str(i), text=t)],
            provenance=Provenance(source="fixture", adapter="check text"),
        )
        item = f"text:{i}"
        findings: list[Finding] = [
            f.model_copy(update={"item": item, "platform": None, "account": None, "fingerprint": fingerprint(f.check, None, None, item)})
            for f in run_checks(acct, ids, pol, analysis)
            # Only what needs a word is listed; the disclaimer's pass is the answer to --bio.
            if f.status != Status.PASS or f.check == "bio_disclaimer_missing"
        ]
        results.append({"text": t, "findings": [f.model_dump(mode="json", exclude_none=True) for f in findings]})
    return results


def _read_texts(texts: list[str] | None) -> list[str]:
    if texts:
        if not any(t.strip() for t in texts):
            raise NoTextError("No text to check: the text given is empty.", 'Put the text in quotes, e.g. selfaudit check text "Great day out".')
        return list(texts)
    if sys.stdin is None or sys.stdin.isatty():
        raise NoTextError("No text to check.", "Give the text as an argument, or pipe it in (one text per line).")
    lines = [ln.rstrip("\r\n") for ln in sys.stdin]
    lines = [ln for ln in lines if ln.strip()]
    if not lines:
        raise NoTextError("No text to check: standard input was empty.", "Give the text as an argument, or pipe it in (one text per line).")
    return lines


_COLOURS = {"pass": "green", "fail": "red", "review": "yellow", "not-checked": "magenta", "error": "red"}


def register(app: typer.Typer, check_app: typer.Typer) -> None:
    @check_app.command("text")
    def check_text(
        texts: list[str] | None = typer.Argument(None, help="Texts to check; without any, one text per line is read from standard input."),
        bio: bool = typer.Option(False, "--bio", help="Treat each text as a profile bio: also check for a 'views are my own' statement."),
        as_json: bool = typer.Option(False, "--json", help="Print the results as JSON."),
    ) -> None:
        """Check a post (or a bio) before you publish it: offensive words, possible offences,
        confidential details, naming your organisation."""
        try:
            result = check_texts(_read_texts(texts), bio=bio)
        except SelfauditError as exc:
            raise fail(exc) from exc
        action = any(f["status"] in {s.value for s in NEEDS_ACTION} for e in result for f in e["findings"])
        if as_json:
            sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        else:
            _print_results(result)
        raise typer.Exit(check_exit_code(result, action))


def _print_results(result: list[dict[str, Any]]) -> None:
    """Each text, then its findings with the matched words and, for what needs action, the fix."""
    for entry in result:
        short = entry["text"] if len(entry["text"]) <= 80 else entry["text"][:79] + "…"
        out.print(f"[bold]{_esc(short)}[/]")
        if not entry["findings"]:
            out.print("  [green]nothing to flag[/]")
        for f in entry["findings"]:
            s = f["status"]
            matched = ", ".join(f"“{m}”" for m in (f.get("evidence") or {}).get("matched", []))
            line = f"  [{_COLOURS.get(s, 'white')}]{s:<7}[/] {_esc(f['title'])}"
            if matched:
                line += f" — {_esc(matched)}"
            out.print(line, soft_wrap=True)
            if s in ("fail", "review") and f.get("fix"):
                out.print(f"          {_esc(f['fix'])}", soft_wrap=True)
            elif s in ("not-checked", "error") and f.get("reason"):  # "each says why": say it here too
                out.print(f"          why: {_esc(f['reason'])}", soft_wrap=True)


def _esc(s: str) -> str:
    from rich.markup import escape

    return escape(s)
