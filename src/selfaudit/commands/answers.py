"""`selfaudit answer`: the policy's questions only the person can answer, recorded as theirs."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from ..console import EXIT_OK, fail, out
from ..errors import SelfauditError

if TYPE_CHECKING:
    from ..guided import Ask, Say


def terminal_io() -> tuple[Ask, Say]:
    """ask/say on the terminal; piped answers (one per line) work too, and end of input skips."""
    def ask(prompt: str) -> str:
        sys.stdout.write(prompt)
        sys.stdout.flush()
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not sys.stdin or not sys.stdin.isatty():
            sys.stdout.write(line if line.endswith("\n") else line + "\n")
        return line

    def say(msg: str) -> None:
        sys.stdout.write(msg + "\n")

    return ask, say


def register(app: typer.Typer, check_app: typer.Typer) -> None:

    @app.command("answer", short_help="Answer the policy's questions that only you can answer.")
    def answer_cmd(
        clause: list[str] | None = typer.Argument(None, help="Only these questions, by clause id (e.g. 3.6.h); default: all."),
        show: bool = typer.Option(False, "--show", help="Only show your saved answers."),
    ) -> None:
        """Answer the policy's questions that only you can answer (e.g. 3.6.h: friend requests
        from people you know only through work). Your answers show in the report as yours.

        Example: selfaudit answer 3.6.h
        """
        from ..guided import AnswerStore, ask_clauses
        from ..policy import load_policy

        try:
            pol = load_policy()
            store = AnswerStore.load()
            if show:
                if not store.clauses:
                    out.print("No answers saved yet. Answer with: selfaudit answer", markup=False)
                for cid, a in sorted(store.clauses.items()):
                    out.print(f"{cid:<8} {a['answer']:<4} answered {a['answered_at'][:10]}", markup=False)
                raise typer.Exit(EXIT_OK)
            manual = {e.id for e in [*pol.pack.rows, *pol.pack.clauses] if e.manual}
            unknown = [c for c in clause or [] if c not in manual]
            if unknown:
                raise SelfauditError(f"No question for {', '.join(unknown)} in this policy.",
                                     "The questions are: " + ", ".join(sorted(manual)))
            ask, say = terminal_io()
            n = ask_clauses(pol, store, ask, say, only=clause or None)
            store.save()
        except SelfauditError as exc:
            raise fail(exc) from exc
        out.print(f"{n} answer(s) saved. They show in your next report as answered by you.", markup=False)
