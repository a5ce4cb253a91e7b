"""`doctor` and `locators path`: when a platform changes its pages.

`doctor` runs a small read-only audit with the person's saved session and says, per platform,
which locator entries matched their pages and which did not, with the next step. `locators
path` shows where a fixed locator file goes (it takes precedence over the shipped one).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import typer

from ..console import EXIT_ACTION, EXIT_ERROR, EXIT_OK, err, fail, out
from ..errors import SelfauditError


def run_doctor(platforms: list[str], base_urls: dict[str, str], browser: Any = None,
               storage_states: dict[str, dict[str, Any]] | None = None, progress: Any = None) -> list[Any]:
    """Collect a little of each platform (3 posts, 1 photo) and diagnose what matched."""
    from ..adapters.live import collect_live, load_spec
    from ..doctor import diagnose

    with tempfile.TemporaryDirectory(prefix="selfaudit-doctor-") as tmp:  # media read here are thrown away
        accounts = collect_live(platforms, base_urls=base_urls, out_dir=Path(tmp), max_posts=3, max_photos=1,
                                browser=browser, progress=progress, storage_states=storage_states)
    return [diagnose(a, load_spec(a.account.platform)) for a in accounts]


def register(app: typer.Typer, check_app: typer.Typer) -> None:
    from .live import BROWSER_OPT, PLATFORM_CHOICES, _check_platforms, _parse_base_urls, progress_display

    @app.command("doctor")
    def doctor_cmd(
        platform: list[str] | None = typer.Argument(None, help="Platforms to look at (default: every one you are logged in to)."),
        base_url: list[str] = typer.Option([], "--base-url", metavar="PLATFORM=URL", help="PLATFORM=URL: another address (e.g. the local replicas)."),
        as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
        browser: str | None = BROWSER_OPT,
    ) -> None:
        """Check that selfaudit can still read your platforms' pages.

        Visits the pages an audit reads (read-only, with your saved login) and says which parts
        were found and which were not, and what to do next.

        Example: selfaudit doctor facebook
        """
        from ..adapters.sessions import SessionStore

        try:
            platforms = _check_platforms(platform or [])
            if not platforms:
                platforms = [p for p in PLATFORM_CHOICES if any(s.platform == p for s in SessionStore().all())]
            if not platforms:
                raise SelfauditError("You are not logged in to any platform in selfaudit.", "Log in first: selfaudit login facebook")
            with progress_display() as progress:
                docs = run_doctor(platforms, _parse_base_urls(base_url), browser=browser, progress=progress)
        except SelfauditError as exc:
            raise fail(exc) from exc
        if as_json:
            sys.stdout.write(json.dumps([d.as_json() for d in docs], indent=2, ensure_ascii=False) + "\n")
        else:
            for d in docs:
                out.print(f"{d.platform} ({d.base_url})", markup=False)
                for line in d.summary():
                    out.print(f"  {line}", markup=False, soft_wrap=True)
                out.print(f"  next: {d.next_step()}", markup=False, soft_wrap=True)
        if all(d.not_audited for d in docs):
            raise typer.Exit(EXIT_ERROR)
        raise typer.Exit(EXIT_ACTION if any(d.broken or d.not_audited for d in docs) else EXIT_OK)

    register_capture(app)
    locators_app = typer.Typer(help="The page data selfaudit reads platforms with, and your fixes to it.", no_args_is_help=True)
    app.add_typer(locators_app, name="locators")

    @locators_app.command("path")
    def locators_path() -> None:
        """Show the folder for locator overrides: a PLATFORM.yaml there replaces the shipped
        sections it names (checked when it is loaded)."""
        from ..adapters.live.spec import override_dir

        d = override_dir()
        out.print(str(d), markup=False)
        for f in sorted(d.glob("*.yaml")) if d.is_dir() else []:
            out.print(f"  override in use: {f.name}", markup=False)


def register_capture(app: typer.Typer) -> None:
    from .live import BROWSER_OPT, _check_platforms, _parse_base_urls, progress_display

    @app.command("capture")
    def capture_cmd(
        platform: str = typer.Argument(..., help="facebook | instagram | x | linkedin"),
        out_file: Path | None = typer.Option(None, "--out", metavar="FILE", help="File to save the capture in (default: PLATFORM-capture-DATE.json here)."),
        base_url: list[str] = typer.Option([], "--base-url", metavar="PLATFORM=URL", help="PLATFORM=URL: another address (e.g. the local replicas)."),
        yes: bool = typer.Option(False, "--yes", help="Save without asking (you have seen what a capture holds)."),
        browser: str | None = BROWSER_OPT,
    ) -> None:
        """Save a redacted copy of the pages an audit reads, to send when a platform changed.

        Names, handles, post text, numbers, e-mail addresses, phone numbers and images are
        replaced by placeholders of the same shape; scripts are removed. You see what will be
        saved before anything is written. Nothing is sent anywhere: you choose whether to
        send the file.

        Example: selfaudit capture facebook --out facebook-capture.json
        """
        from datetime import date

        from ..adapters.browser import Browser
        from ..adapters.sessions import SessionStore
        from ..capture import capture_platform
        from ..privacy import write_private

        try:
            p = _check_platforms([platform])[0]
            bases = _parse_base_urls(base_url)
            saved = SessionStore().find(p, bases.get(p))
            if saved is None:
                raise SelfauditError(f"You are not logged in to {p} in selfaudit.", f"Run first: selfaudit login {p}")
            target = out_file or Path(f"{p}-capture-{date.today():%Y-%m-%d}.json")
            if target.exists():
                raise SelfauditError(f"{target} already exists.", "Choose another --out file, or remove it first.")
            with tempfile.TemporaryDirectory(prefix="selfaudit-capture-") as tmp, Browser(browser) as br, progress_display() as progress:
                cap, _ = capture_platform(br, p, saved.base_url, saved.storage_state, Path(tmp), progress=progress)
            for line in cap.summary():
                out.print(line, markup=False, soft_wrap=True)
            if not yes:
                if not sys.stdin or not sys.stdin.isatty():
                    raise SelfauditError("Not saved: run it in a terminal to confirm, or add --yes.")
                if not typer.confirm(f"Save this to {target}?", default=False):
                    err.print("Not saved.", markup=False)
                    raise typer.Exit(EXIT_OK)
            write_private(target, json.dumps(cap.as_json(), indent=1, ensure_ascii=False))
        except SelfauditError as exc:
            raise fail(exc) from exc
        out.print(f"Saved {target} (owner-only). Nothing was sent: send it to the maintainers yourself if you wish.", markup=False)
