"""The command line. The only place that prints verdicts and exits.

Exit codes: 0 done and nothing needs action; 1 done and findings need action (fail or
review); 2 could not do what was asked, with a message that says what to do.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import typer
import typer.core

from . import __version__
from .console import EXIT_ACTION, EXIT_ERROR, EXIT_OK, EXIT_STOPPED, err, exit_code, fail, out, print_outcome, said_stopped, stopped
from .errors import SelfauditError

# Re-exported: older callers import these from cli.
__all__ = ["EXIT_ACTION", "EXIT_ERROR", "EXIT_OK", "EXIT_STOPPED", "app", "err", "fail", "main", "out", "print_outcome", "stopped"]

# Commands in the order a person uses them, not alphabetically.
_ORDER = ("demo", "audit", "login", "logout", "check", "report", "summary", "accept", "answer", "history",
          "logos", "places", "doctor", "capture", "locators", "policy", "forget")


class _InOrder(typer.core.TyperGroup):
    def list_commands(self, ctx: Any) -> list[str]:
        names = super().list_commands(ctx)
        return sorted(names, key=lambda n: (_ORDER.index(n) if n in _ORDER else len(_ORDER), n))


app = typer.Typer(
    cls=_InOrder,
    name="selfaudit",
    help=(
        "Private self-audit of your personal social-media accounts against your safeguarding "
        "conduct policy (CHSCB 2017 minimum standards by default). Nothing leaves your machine "
        "except the browser's visits to your own platforms.\n\n"
        "Start with: selfaudit demo (a fictional person, offline), then selfaudit audit --public URL "
        "(what a stranger sees of your profile), then selfaudit login PLATFORM and selfaudit audit -p PLATFORM."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
policy_app = typer.Typer(help="The policy pack: its DO/Don't rows, clauses and the checks that serve them.", no_args_is_help=True)
check_app = typer.Typer(help="'Think before you post': check a text or image before posting it.", no_args_is_help=True)
app.add_typer(policy_app, name="policy")

def _version(value: bool) -> None:
    if value:
        out.print(f"selfaudit {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_callback(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """selfaudit."""


POLICY_OPT = typer.Option(None, "--policy", metavar="POLICY", help="Policy pack id or folder (default: chscb-2017).", envvar="SELFAUDIT_POLICY")


@policy_app.command("show")
def policy_show(
    as_json: bool = typer.Option(False, "--json", help="Print the pack as JSON."),
    policy: str | None = POLICY_OPT,
) -> None:
    """Show the policy's DO/Don't rows and clauses, and which checks serve each."""
    from .policy import load_policy

    try:
        pol = load_policy(policy)
    except SelfauditError as exc:
        raise fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps(pol.as_json(), indent=2, ensure_ascii=False) + "\n")
        return
    from rich.table import Table

    out.print(f"[bold]{pol.pack.title}[/] ({pol.id}, {pol.pack.version})")
    for title, entries in (("DO / Don't", pol.pack.rows), ("Clauses", pol.pack.clauses)):
        t = Table(title=title, show_lines=False, expand=True)
        t.add_column("id", no_wrap=True)
        t.add_column("text")
        t.add_column("served by")
        for e in entries:
            served = ", ".join(e.checks)
            if e.manual:
                served = (served + "; " if served else "") + f"manual: {e.question}"
            t.add_row(e.id, e.text, served)
        out.print(t)


@app.command("report")
def report_cmd(
    snapshot: Path = typer.Argument(..., help="A snapshot.json saved by an earlier audit."),
    out_dir: Path | None = typer.Option(None, "--out", metavar="DIR", help="Folder for report.html and report.json (default: next to the snapshot)."),
    policy: str | None = POLICY_OPT,
    force: bool = typer.Option(False, "--force", help="Write into a --out folder that is not empty."),
) -> None:
    """Re-evaluate and re-render a saved snapshot (no browser, no network)."""
    from .pipeline import check_out_dir, evaluate_and_render
    from .snapshot import read_snapshot

    try:
        if out_dir is not None:
            check_out_dir(out_dir, force)
        snap = read_snapshot(snapshot)
        evaluation, written = evaluate_and_render(
            snap, out_dir or snapshot.parent, policy=policy, snapshot_dir=snapshot.parent, write_snapshot_copy=out_dir is not None
        )
    except SelfauditError as exc:
        raise fail(exc) from exc
    print_outcome(evaluation, written)
    raise typer.Exit(exit_code(evaluation))


# Each area's commands (check text/image, logos, places, login/logout/audit/demo, summary, forget).
from .commands import register_all  # noqa: E402

register_all(app, check_app)
if check_app.registered_commands:  # only list commands that exist in this version
    app.add_typer(check_app, name="check")


def main() -> None:
    import signal

    # Ctrl-C must stop selfaudit even when it was started with SIGINT ignored (a background job
    # of a script): the audit then writes its partial report and exits 130.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        app()
    except SystemExit as exc:  # Typer turns Ctrl-C into exit 130 without a word: say it
        if exc.code == EXIT_STOPPED:
            if not said_stopped():
                err.print("Stopped.", markup=False)
            # Stop now: tearing down a big run's objects at exit takes seconds; what must be
            # written is written (each file complete, by rename) and the workers are ended.
            from .analysis import release_worker_resources

            release_worker_resources()
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(EXIT_STOPPED)
        raise
    except SelfauditError as exc:  # a command forgot to catch: still a clean message and exit 2
        err.print(f"error: {exc.message}", markup=False)
        if exc.hint:
            err.print(exc.hint, markup=False)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        err.print("Stopped.", markup=False)
        sys.exit(EXIT_STOPPED)
    except OSError as exc:  # a folder that cannot be written, a full disk, no permission
        where = f" {exc.filename}" if exc.filename else ""
        err.print(f"error: cannot use{where}: {exc.strerror or exc}", markup=False)
        err.print("Choose another --out folder, or check its permissions and free space.", markup=False)
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # last resort: one clear line, not a traceback (set SELFAUDIT_DEBUG=1 for it)
        if os.environ.get("SELFAUDIT_DEBUG"):
            raise
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        err.print(f"error: {type(exc).__name__}: {first[:300]}", markup=False)
        err.print("This was unexpected (a page or file selfaudit did not recognise, or a bug). "
                  "Run again with SELFAUDIT_DEBUG=1 for details, and please report it.", markup=False)
        sys.exit(EXIT_ERROR)
