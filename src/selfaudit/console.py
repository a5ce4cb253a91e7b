"""Terminal output shared by every command: the two consoles, exit codes and the verdict summary.

Its own module so that command modules need not import cli.py (which imports them).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console

from .errors import SelfauditError

if TYPE_CHECKING:
    from .evaluate import Evaluation

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

EXIT_OK, EXIT_ACTION, EXIT_ERROR = 0, 1, 2
EXIT_STOPPED = 130  # Ctrl-C, as shells expect
_said_stopped = False

_COLOURS = {"pass": "green", "fail": "red", "review": "yellow", "not-checked": "magenta", "error": "red", "manual": "cyan",
            "accepted": "blue"}


def fail(exc: SelfauditError) -> typer.Exit:
    """Print the error and its hint; the caller raises the returned Exit."""
    err.print(f"[bold red]error:[/] {exc.message}", markup=True, soft_wrap=True)
    if exc.hint:
        err.print(exc.hint, markup=False, soft_wrap=True)
    return typer.Exit(exc.exit_code)


def stopped(exc: SelfauditError) -> typer.Exit:
    """Ctrl-C during an audit: say so, and where the partial report is; exit 130."""
    global _said_stopped
    _said_stopped = True
    err.print(exc.message, markup=False, soft_wrap=True)
    if exc.hint:
        err.print(exc.hint, markup=False, soft_wrap=True)
    return typer.Exit(EXIT_STOPPED)


def said_stopped() -> bool:
    """Whether ``stopped`` already told the person (so cli.main does not say "Stopped." twice)."""
    return _said_stopped


def print_outcome(evaluation: Evaluation, written: dict[str, Path]) -> None:
    """A short terminal summary: each DO/Don't row's status, and where the report is."""
    for row in evaluation.rows:
        s = row.status.value
        kind = "DO" if row.entry.kind == "do" else "Don't"
        out.print(f"  [{_COLOURS.get(s, 'white')}]{s:<12}[/] {kind}: {row.entry.text}", soft_wrap=True)
    # the report's two counts, in its words: checks not done are not parts of a page not read
    from .findings import Status
    from .render.coverage import coverage, not_checked_words, not_read_count, not_read_words

    undone = sum(1 for f in evaluation.findings if f.status == Status.NOT_CHECKED)  # as the report's chip counts
    cov = coverage(evaluation.snapshot)
    said = ([f"{not_checked_words(undone)} (not counted as passes)"] if undone else []) + (
        [not_read_words(cov)] if not_read_count(cov) else [])
    if said:
        out.print("  " + "; ".join(said) + ". The report says which, and why.", soft_wrap=True, markup=False)
    for name, path in written.items():
        out.print(f"{name}: {path}", soft_wrap=True)


def print_demo_banner(name: str) -> None:
    """Every demo output says it is fictional: the terminal too (a projector shows it beside the report)."""
    out.print(f"Fictional demo: {name} is a made-up person on local copies of the platforms; "
              "nothing here is about you or anyone real.", markup=False, soft_wrap=True)


def exit_code(evaluation: Evaluation) -> int:
    """1 when findings need action; 2 (with a word why) when nothing at all could be checked; else 0."""
    if evaluation.needs_action:
        return EXIT_ACTION
    if evaluation.nothing_checked:
        err.print("Nothing could be checked: every part of this audit is 'not checked' (the report says why for each). "
                  "This is not a pass.", markup=False, soft_wrap=True)
        return EXIT_ERROR
    return EXIT_OK


_UNCHECKED = ("not-checked", "error")


def check_exit_code(results: list[dict[str, Any]], needs_action: bool) -> int:
    """`check text` / `check image`: like an audit, 2 when nothing at all could be checked.

    An entry with findings that are all not-checked or error was not examined (a truncated
    photo, a post in a language selfaudit does not analyse); when every entry is like that,
    0 would read as "nothing to flag"."""
    if needs_action:
        return EXIT_ACTION
    if results and all(r["findings"] and all(f["status"] in _UNCHECKED for f in r["findings"]) for r in results):
        err.print("Nothing could be checked: every result is 'not checked' (each says why). This is not a pass.",
                  markup=False, soft_wrap=True)
        return EXIT_ERROR
    return EXIT_OK
