"""Commands about the person's own local state: the shareable summary, and forgetting it all."""

from __future__ import annotations

import json
import os
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
        """Remove all local state: saved logins (and their key), reports, history, caches, logos, places and settings."""
        try:
            items = forget_plan()
        except SelfauditError as exc:
            raise fail(exc)
        if not items:
            out.print(f"Nothing to remove ({paths.home()} does not exist).", markup=False)
            return
        if not yes:
            out.print("This deletes:", markup=False)
            for _, what in items:
                out.print(f"  {what}", markup=False, soft_wrap=True)
            if not typer.confirm("Delete all of it?"):
                raise typer.Exit(1)
        removed = forget_all(items)
        for what in removed:
            out.print(f"Removed {what}.", markup=False, soft_wrap=True)
        out.print("Reports you saved elsewhere with --out are not touched; delete those folders yourself.", markup=False)


# What each entry of the data folder is, in the person's words (unknown ones keep their name).
_KINDS = {
    "sessions": "saved logins",
    "reports": "reports",
    "cache": "caches (image analysis, demo photos)",
    "config.yaml": "settings (accepted exceptions, places, options)",
    "logos": "your logos",
    "history": "audit history",
    "demo-reports": "demo reports",
    "accepted.yaml": "accepted exceptions",
    "answers.yaml": "your answers to guided questions",
    "history.json": "audit history",
    "history.jsonl": "audit history",
    "locators": "locator overrides",
}


def _count(p: Path) -> int:
    if p.is_symlink() or not p.is_dir():
        return 1
    return sum(1 for f in p.rglob("*") if not f.is_dir() or f.is_symlink())


def forget_plan() -> list[tuple[Path | None, str]]:
    """Everything `forget` would remove: (path, description); path None is the keyring key."""
    from ..adapters.sessions import KEYRING_SERVICE, _session_key

    home = paths.home()
    items: list[tuple[Path | None, str]] = []
    if home.is_symlink():
        raise SelfauditError(f"{home} is a symbolic link to {os.readlink(home)}; selfaudit does not delete through links.",
                             "Delete that folder yourself, or remove the link.")
    if home.is_dir():
        for entry in sorted(home.iterdir()):
            n = _count(entry)
            kind = _KINDS.get(entry.name, entry.name)
            items.append((entry, f"{kind}: {entry} ({n} file{'s' if n != 1 else ''})"))
        items.append((home, f"the selfaudit folder {home}"))
    elif home.exists():
        items.append((home, f"{home}"))
    for old in paths.legacy_paths():  # older versions' demo photo cache in the shared temp folder
        try:
            st = old.lstat()
        except OSError:
            continue
        if not hasattr(os, "geteuid") or st.st_uid == os.geteuid():
            items.append((old, f"an old demo photo cache: {old} ({_count(old)} files)"))
    key, _ = _session_key(create=False)
    if key is not None:
        items.append((None, f"the key for saved logins in your system keyring ({KEYRING_SERVICE})"))
    return items


def forget_all(items: list[tuple[Path | None, str]]) -> list[str]:
    """Remove what :func:`forget_plan` listed; links are removed, never followed."""
    from ..adapters.sessions import forget_session_key
    from ..privacy import remove_tree

    removed = []
    for path, what in items:
        if path is None:
            if forget_session_key():
                removed.append(what)
            continue
        try:
            remove_tree(path)
        except FileNotFoundError:
            continue
        removed.append(what)
    return removed
