"""login / logout / audit (live part) / demo.

All four go through the same machinery: selfaudit.adapters.browser for the browser,
selfaudit.adapters.sessions for saved logins, selfaudit.adapters.live.collect_live for the
read-only audit, selfaudit.pipeline.evaluate_and_render for the report.
"""

from __future__ import annotations

import sys
import time
import webbrowser
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..errors import SelfauditError

if TYPE_CHECKING:
    from ..snapshot import AccountSnapshot

BROWSER_OPT = typer.Option(None, "--browser", metavar="FILE", help="Path to Chrome/Chromium/Edge (default: found automatically; or $SELFAUDIT_BROWSER).")
PLATFORM_CHOICES = ("facebook", "instagram", "x", "linkedin")
FORCE_OPT = typer.Option(False, "--force", help="Write into a --out folder that is not empty (files of the same name are replaced).")


@contextmanager
def progress_display() -> Iterator[Callable[[str], None]]:
    """A one-line progress display on stderr (plain lines when stderr is not a terminal)."""
    from ..console import err

    if err.is_terminal:
        with err.status("starting…") as status:
            yield lambda msg: status.update(msg)
    else:
        yield lambda msg: err.print(f"· {msg}", markup=False, highlight=False)


def _check_platforms(platforms: list[str]) -> list[str]:
    out = []
    for p in platforms:
        p = p.strip().lower()
        if p == "twitter":
            p = "x"
        if p not in PLATFORM_CHOICES:
            raise SelfauditError(f"Unknown platform {p!r}.", f"Choose from: {', '.join(PLATFORM_CHOICES)}.")
        if p not in out:
            out.append(p)
    return out


def _parse_base_urls(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise SelfauditError(f"--base-url {item!r}: expected PLATFORM=URL.", "For example: --base-url facebook=http://127.0.0.1:8000/facebook")
        p, url = item.split("=", 1)
        out[_check_platforms([p])[0]] = url
    return out


def _pair_publics(urls: list[str], platforms: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """(url, platform) for each --public address, and the --platform values left for logged-in audits.

    A platform address (x.com, m.facebook.com, …) names its platform; any other address (a
    test server, a self-hosted copy) takes the next --platform value, in order."""
    from ..adapters.live.public import check_public_url, platform_for_url

    left = list(platforms)
    out = []
    for raw in urls:
        url = check_public_url(raw)
        p = platform_for_url(url)
        if p is None:
            if not left:
                raise SelfauditError(f"--public {url}: selfaudit cannot tell which platform this address is.",
                                     "Add --platform P for it (facebook, instagram, x or linkedin).")
            p = left.pop(0)
        out.append((url, p))
    return out, left


def _open_report(path: Path) -> None:
    try:
        opened = webbrowser.open(path.resolve().as_uri())
    except Exception:  # no desktop
        opened = False
    if not opened:  # of the files listed, say which one a person opens
        from ..console import out

        out.print(f"Open the report in your browser: {path}", markup=False, soft_wrap=True)


@dataclass(frozen=True)
class AuditOptions:
    """What one audit reads and where it writes, the same for `audit` and `demo`."""

    out_dir: Path
    platforms: tuple[str, ...] = ()
    exports: tuple[Path, ...] = ()
    publics: tuple[tuple[str, str], ...] = ()  # (address, platform): stranger views
    base_urls: dict[str, str] = field(default_factory=dict)
    max_posts: int = 20
    max_photos: int = 20
    subject: str | None = None
    storage_states: dict[str, dict[str, Any]] | None = None
    config: Any = None
    guided: bool = False
    demo: bool = False


def run_audit(opts: AuditOptions, browser: Any, timings: dict[str, float] | None = None) -> tuple[Any, dict[str, Path]]:
    """The one code path of `audit` and `demo`: collect, then evaluate and render."""
    from ..adapters.browser import Browser
    from ..privacy import private_dir

    private_dir(opts.out_dir)
    own = (opts.platforms or opts.publics) and not isinstance(browser, Browser)
    if own:
        from ..guided import has_display

        browser = Browser(browser, headless=not (opts.guided and has_display()))  # one browser for every platform
    try:
        return _collect_and_render(opts, browser, timings)
    finally:
        if own:
            browser.close()


def _collect_and_render(opts: AuditOptions, browser: Any, timings: dict[str, float] | None) -> tuple[Any, dict[str, Path]]:
    from .. import __version__
    from ..adapters.live import collect_live
    from ..pipeline import AuditRun
    from .export import collect_exports

    # The snapshot is saved after each source; Ctrl-C writes a partial report (AuditStopped).
    out_dir, exports, platforms = opts.out_dir, opts.exports, opts.platforms
    exports_label = "the exports " + ", ".join(Path(p).name for p in exports) if exports else None
    run = AuditRun(out_dir, subject=opts.subject, tool_version=__version__,
                   sources=[*([exports_label] if exports_label else []), *(f"{p} (live)" for p in platforms)])
    with run.guard(opts.config), progress_display() as progress:
        if exports_label:
            with run.source(exports_label):
                got = collect_exports(list(exports), out_dir, progress=progress)
            run.collected(exports_label, got)
        for p in platforms:
            t0 = time.perf_counter()
            with run.source(f"{p} (live)"):
                got = collect_live([p], base_urls=opts.base_urls, out_dir=out_dir, max_posts=opts.max_posts,
                                   max_photos=opts.max_photos, browser=browser, progress=progress,
                                   storage_states=opts.storage_states)
            run.collected(f"{p} (live)", got)
            if timings is not None:
                timings[p] = time.perf_counter() - t0
        if opts.publics:
            from ..adapters.live.public import collect_public

            browser.start()
            for url, p in opts.publics:
                label = f"{url} (stranger view)"
                with run.source(label):
                    progress(f"{p}: looking at {url} as a logged-out stranger")
                    got = [collect_public(url, p, browser, out_dir, max_posts=opts.max_posts)]
                run.collected(label, got)
        accounts: list[AccountSnapshot] = list(run.accounts)
        not_audited = [a.provenance.not_audited for a in accounts if a.provenance.not_audited]
        if accounts and len(not_audited) == len(accounts):  # nothing at all could be audited: no report of gaps
            first, *rest = not_audited
            raise SelfauditError(first if not rest else "No platform could be audited:\n- " + "\n- ".join(not_audited))
        for reason in not_audited:
            progress(f"not audited: {reason}")
        if opts.guided:
            from ..guided import run_guided
            from ..policy import load_policy
            from .answers import terminal_io

            ask, say = terminal_io()
            run_guided(accounts, opts.base_urls, opts.storage_states or {}, browser, load_policy(), ask, say)
        progress("evaluating and writing the report")
        return run.finish(progress=None, config=opts.config, demo=opts.demo)


def _demo_config(persona: Any) -> Any:
    """The person's config plus the persona's workplace, for this run only (replicas.persona.demo_config)."""
    from ..config import Config
    from ..replicas.persona import demo_config

    return demo_config(persona, Config.load())


def register(app: typer.Typer, check_app: typer.Typer) -> None:
    from ..console import EXIT_OK, err, exit_code, fail, out, print_demo_banner, print_outcome, stopped

    @app.command("login")
    def login_cmd(
        platform: str = typer.Argument(..., help="facebook | instagram | x | linkedin"),
        base_url: str | None = typer.Option(None, "--base-url", metavar="URL", help="Another address for the platform (e.g. the local replicas)."),
        browser: str | None = BROWSER_OPT,
        wait: int = typer.Option(600, "--wait", metavar="SECONDS", help="Seconds to wait for you to log in."),
    ) -> None:
        """Open a browser window at the platform's login page; you log in yourself; the session is saved (owner-only)."""
        from ..adapters.sessions import interactive_login

        try:
            p = _check_platforms([platform])[0]
            saved = interactive_login(p, base_url, browser_path=browser, timeout_s=wait, out=lambda m: err.print(m, markup=False))
        except SelfauditError as exc:
            raise fail(exc) from exc
        out.print(f"Logged in to {p}; session saved to {saved.path}", markup=False)
        if saved.encrypted:
            out.print("It is encrypted with a key kept in your system keyring.", markup=False)
        else:  # say plainly what protects it, and what does not (SECURITY.md)
            out.print(f"It is NOT encrypted: {saved.unencrypted_because}. It is readable only by your user account "
                      "(and by an administrator); see SECURITY.md.", markup=False, soft_wrap=True)

    @app.command("logout")
    def logout_cmd(
        platform: str | None = typer.Argument(None, help="facebook | instagram | x | linkedin"),
        all_: bool = typer.Option(False, "--all", help="Forget every saved login."),
    ) -> None:
        """Delete the saved login for a platform (or all of them)."""
        from ..adapters.sessions import SessionStore

        try:
            if not platform and not all_:
                raise SelfauditError("Say which platform to log out of, or --all.", "For example: selfaudit logout facebook")
            p = None if all_ else _check_platforms([platform or ""])[0]
            store = SessionStore()
            gone = store.delete(p)
        except SelfauditError as exc:
            raise fail(exc) from exc
        for s in gone:
            out.print(f"Logged out of {s.platform} ({s.base_url}).", markup=False)
        if store.unreadable_removed:
            out.print(f"Removed {store.unreadable_removed} saved-login file(s) that could not be read (damaged or left by a crash).",
                      markup=False)
        if not gone and not store.unreadable_removed:
            out.print("There was no saved login to remove.", markup=False)

    @app.command("audit")
    def audit_cmd(
        platform: list[str] = typer.Option([], "--platform", "-p", metavar="PLATFORM", help="Platform to audit live (repeatable): facebook, instagram, x, linkedin."),
        export: list[Path] = typer.Option([], "--export", metavar="FILE", help="A platform data export to audit: the .zip or .tar you downloaded, its unpacked folder, or a Bluesky .car (repeatable)."),
        out_dir: Path | None = typer.Option(None, "--out", metavar="DIR", help="Folder for report.html, report.json and snapshot.json."),
        no_open: bool = typer.Option(False, "--no-open", help="Do not open the report in a browser."),
        as_json: bool = typer.Option(False, "--json", help="Print report.json to stdout."),
        max_posts: int = typer.Option(20, "--max-posts", metavar="N", min=0, help="Most recent posts to read per platform."),
        max_photos: int = typer.Option(20, "--max-photos", metavar="N", min=0, help="Photos to read per platform."),
        base_url: list[str] = typer.Option([], "--base-url", metavar="PLATFORM=URL", help="PLATFORM=URL: audit another address (e.g. the local replicas)."),
        public: list[str] = typer.Option([], "--public", metavar="URL", help="A profile address to look at as a logged-out stranger, no login (repeatable). Other addresses than the platforms' take the next --platform."),
        browser: str | None = BROWSER_OPT,
        guided: bool = typer.Option(False, "--guided", help="Ask you about what could not be read: opens each such settings page and asks what it shows; also asks the policy's questions only you can answer."),
        force: bool = FORCE_OPT,
    ) -> None:
        """Audit your accounts: live through the browser (after `selfaudit login`), from data exports, and/or as a stranger sees them (--public).

        Examples:

        \b
          selfaudit audit --public https://x.com/your_handle
          selfaudit audit -p facebook -p instagram
          selfaudit audit --export ~/Downloads/facebook-yourname.zip
        """
        from ..pipeline import AuditStopped, check_out_dir, default_out_dir

        try:
            named = [_check_platforms([p])[0] for p in platform]  # in order: --public addresses may take some
            publics, left = _pair_publics(list(public), named)
            platforms = _check_platforms(left)
            if not platforms and not export and not publics:
                raise SelfauditError("Nothing to audit.", "Give --platform P (after `selfaudit login P`), --export PATH or --public URL.")
            if out_dir is not None:
                check_out_dir(out_dir, force)
            target = out_dir or default_out_dir()
            opts = AuditOptions(target, platforms=tuple(platforms), exports=tuple(export), publics=tuple(publics),
                                base_urls=_parse_base_urls(base_url), max_posts=max_posts, max_photos=max_photos,
                                guided=guided)
            evaluation, written = run_audit(opts, browser)
        except AuditStopped as exc:
            raise stopped(exc) from exc
        except SelfauditError as exc:
            raise fail(exc) from exc
        if as_json:
            sys.stdout.write(Path(written["json"]).read_text(encoding="utf-8"))
        else:
            print_outcome(evaluation, written)
        if not no_open and not as_json:
            _open_report(written["html"])
        raise typer.Exit(exit_code(evaluation))

    @app.command("demo")
    def demo_cmd(
        persona: str = typer.Option("high-risk", "--persona", metavar="PERSONA", help="compliant | typical | high-risk"),
        out_dir: Path | None = typer.Option(None, "--out", metavar="DIR", help="Folder for the demo report."),
        no_open: bool = typer.Option(False, "--no-open", help="Do not open the report in a browser."),
        serve: bool = typer.Option(False, "--serve", help="Only serve the replica platforms (for showing them) until Ctrl-C."),
        port: int = typer.Option(0, "--port", metavar="N", help="Port for the replicas (default: a free one)."),
        max_posts: int = typer.Option(20, "--max-posts", metavar="N", min=0, help="Most recent posts to read per platform."),
        max_photos: int = typer.Option(20, "--max-photos", metavar="N", min=0, help="Photos to read per platform."),
        browser: str | None = BROWSER_OPT,
        from_export: bool = typer.Option(False, "--export", help="Audit the persona's exported archives instead (no browser)."),
        force: bool = FORCE_OPT,
    ) -> None:
        """Offline demo: local replicas of the four platforms, a fictional persona, the full live audit.

        Examples:

        \b
          selfaudit demo
          selfaudit demo --persona compliant --out ~/demo-report
          selfaudit demo --export --persona typical
        """
        from ..pipeline import AuditStopped, check_out_dir

        try:
            from ..adapters.browser import find_browser

            if not serve and out_dir is not None:
                check_out_dir(out_dir, force)
            if from_export:  # the persona's "Download your information" zips, read as a person's would be
                from ..history import demo_reports_dir
                from ..pipeline import default_out_dir
                from ..replicas.export_archive import persona_archives

                target = out_dir or demo_reports_dir() / default_out_dir().name  # never "your latest audit"
                who, paths = persona_archives(persona, target / "demo-exports")
                opts = AuditOptions(target, exports=tuple(paths), max_posts=max_posts, max_photos=max_photos,
                                    subject=who.name, config=_demo_config(who), demo=True)
                evaluation, written = run_audit(opts, None)
                print_demo_banner(who.name)
                print_outcome(evaluation, written)
                if not no_open:
                    _open_report(written["html"])
                raise typer.Exit(EXIT_OK)
            if not serve:
                find_browser(browser)  # say "no browser" before starting anything
            try:
                from ..replicas import ReplicaServer
            except ImportError:
                raise SelfauditError("The demo needs the platform replicas, which are not in this version.") from None
            from ..adapters.browser import Browser
            from ..adapters.sessions import login_with_credentials
            from ..history import demo_reports_dir
            from ..pipeline import default_out_dir

            try:
                srv = ReplicaServer(persona=persona, host="127.0.0.1", port=port)
            except (KeyError, ValueError) as exc:
                from ..replicas.export_archive import persona_error

                raise persona_error(persona, exc) from None
            srv.start()
            try:
                if serve:
                    out.print(f"Serving the {persona} persona's replicas on 127.0.0.1 (Ctrl-C to stop):", markup=False)
                    for p in PLATFORM_CHOICES:
                        login, password = srv.credentials(p)
                        out.print(f"  {p:<10} {srv.base_url(p)}  login {login}  password {password}", markup=False, soft_wrap=True)
                    out.print("These are demo accounts of a fictional person; nothing here is real.", markup=False)
                    sys.stdout.flush()
                    try:
                        while True:
                            time.sleep(3600)
                    except KeyboardInterrupt:
                        return
                # Fictional: kept apart from the person's own reports and history.
                target = out_dir or demo_reports_dir() / default_out_dir().name
                served = getattr(srv, "sites", None)
                platforms = [p for p in PLATFORM_CHOICES if served is None or p in served]
                with Browser(browser) as br:
                    states = {}
                    with progress_display() as progress:
                        for p in platforms:
                            progress(f"{p}: logging in as the persona through the login form")
                            login, password = srv.credentials(p)
                            states[p] = login_with_credentials(br, p, srv.base_url(p), login, password)
                    opts = AuditOptions(target, platforms=tuple(platforms), base_urls={p: srv.base_url(p) for p in platforms},
                                        max_posts=max_posts, max_photos=max_photos, subject=srv.persona.name,
                                        storage_states=states, config=_demo_config(srv.persona), demo=True)
                    evaluation, written = run_audit(opts, br)
            finally:
                srv.stop()
        except AuditStopped as exc:
            raise stopped(exc) from exc
        except SelfauditError as exc:
            raise fail(exc) from exc
        print_demo_banner(opts.subject or "the persona")
        print_outcome(evaluation, written)
        if not no_open:
            _open_report(written["html"])
        raise typer.Exit(EXIT_OK)
