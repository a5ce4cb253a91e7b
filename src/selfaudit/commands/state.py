"""Commands about the person's own local state: the shareable summary, and forgetting it all."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Optional

import typer

from .. import paths
from ..errors import SelfauditError
from ..privacy import write_private


def _latest_report() -> Path:
    reports = sorted(paths.reports_dir().glob("*/report.json")) if paths.reports_dir().is_dir() else []
    if not reports:
        raise SelfauditError("No report found.", "Run an audit (or `selfaudit demo`) first, or give the path of a report.json.")
    return reports[-1]


def register(app: Any, check_app: Any) -> None:
    from ..cli import fail, out

    @app.command("summary")
    def summary_cmd(
        report: Optional[Path] = typer.Argument(None, help="A report.json (default: your latest audit)."),
        out_dir: Optional[Path] = typer.Option(None, "--out", help="Folder for summary.html and summary.json (default: the report's folder)."),
        as_json: bool = typer.Option(False, "--json", help="Also print the summary as JSON."),
    ) -> None:
        """Write a content-free summary you can choose to share in supervision (no posts, names or images)."""
        from ..render.summary import load_report, render_summary_html, summary_dict

        try:
            path = report or _latest_report()
            summary = summary_dict(load_report(path))
        except SelfauditError as exc:
            raise fail(exc)
        target = out_dir or path.parent
        j = write_private(target / "summary.json", json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
        h = write_private(target / "summary.html", render_summary_html(summary))
        if as_json:
            out.print_json(data=summary)
        out.print(f"summary: {h}\nsummary json: {j}", soft_wrap=True)

    @app.command("accept")
    def accept_cmd(
        fingerprint: Optional[str] = typer.Argument(None, help="The finding's fingerprint, as shown in the report."),
        reason: Optional[str] = typer.Option(None, "--reason", help="Why this is acceptable (required when accepting)."),
        remove: bool = typer.Option(False, "--remove", help="Withdraw an accepted exception."),
    ) -> None:
        """Record (or withdraw) an accepted exception; it shows as 'accepted' with your reason in later reports."""
        from ..config import Config

        try:
            cfg = Config.load()
        except SelfauditError as exc:
            raise fail(exc)
        if fingerprint is None:
            for fp, why in sorted(cfg.accepted.items()):
                out.print(f"{fp}  {why}", soft_wrap=True)
            if not cfg.accepted:
                out.print("No accepted exceptions.")
            return
        if remove:
            if cfg.accepted.pop(fingerprint, None) is None:
                raise fail(SelfauditError(f"No accepted exception {fingerprint}.", "List them with: selfaudit accept"))
        else:
            if not reason or not reason.strip():
                raise fail(SelfauditError("An accepted exception needs a reason.", 'Add --reason "…".'))
            cfg.accepted[fingerprint] = reason.strip()
        cfg.save()
        out.print(("Withdrawn" if remove else "Accepted") + f": {fingerprint}")

    @app.command("forget")
    def forget_cmd(yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation.")) -> None:
        """Remove all local state: saved logins, reports, logos, places and settings."""
        home = paths.home()
        if not home.exists():
            out.print(f"Nothing to remove ({home} does not exist).")
            return
        if not yes and not typer.confirm(f"Delete {home} and everything in it (logins, reports, settings)?"):
            raise typer.Exit(1)
        shutil.rmtree(home)
        out.print(f"Removed {home}.")
