"""collect → snapshot → analyse → findings → render, in one place for every command.

Collectors (live browser, export archives, replicas) write media into ``out_dir/media`` and
hand back a Snapshot; this module saves it, evaluates it against the policy and writes the
reports, all owner-only.

An audit is interruptible: :class:`AuditRun` saves the snapshot after each source, so a
browser crash (or a closed laptop) keeps what was read, and on Ctrl-C it writes a report
labelled partial — what was read, what was not — within a second or two.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from . import paths
from .analysis import Analysis, build_analysis
from .config import Config
from .errors import SelfauditError
from .evaluate import Evaluation, evaluate
from .guided import AnswerStore, apply_setting_answers
from .policy import Policy, load_policy
from .privacy import copy_private, private_dir, read_private, write_private
from .snapshot import Snapshot, write_snapshot

PARTIAL_FILE = "partial.json"  # next to snapshot.json while (or because) the audit did not finish


def default_out_dir() -> Path:
    """A new dated folder under the user's data folder."""
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    target, n = paths.reports_dir() / stamp, 1
    while os.path.lexists(target):  # two audits in one second: never share (or overwrite) a folder
        n += 1
        target = paths.reports_dir() / f"{stamp}-{n}"
    return target


def check_out_dir(out_dir: Path, force: bool) -> None:
    """``--out`` must be a new or empty folder, unless the person says ``--force``."""
    try:
        if out_dir.is_symlink():
            raise SelfauditError(f"--out {out_dir} is a symbolic link; selfaudit does not write through links.",
                                 "Give the real folder, or a new one.")
        if out_dir.exists() and not out_dir.is_dir():
            raise SelfauditError(f"--out {out_dir} is a file, not a folder.", "Give a folder for the report (a new one is best).")
        entries = sorted(p.name for p in out_dir.iterdir()) if out_dir.is_dir() else []
    except PermissionError:
        raise SelfauditError(f"--out {out_dir} cannot be read (permission denied).", "Choose a folder of your own.") from None
    if entries and not force:
        shown = ", ".join(entries[:3]) + (", …" if len(entries) > 3 else "")
        raise SelfauditError(
            f"--out {out_dir} is not empty ({len(entries)} item{'s' if len(entries) != 1 else ''}: {shown}); "
            "selfaudit does not write over what is there.",
            "Give a new folder, or add --force to write into this one (files of the same name are replaced).",
        )


def read_partial(snapshot_dir: Path) -> dict[str, Any] | None:
    """The note saying a snapshot is partial (what was read, what was not), if there is one."""
    try:
        doc = json.loads(read_private(snapshot_dir / PARTIAL_FILE))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def evaluate_and_render(
    snapshot: Snapshot,
    out_dir: Path,
    *,
    policy: str | Path | Policy | None = None,
    snapshot_dir: Path | None = None,
    write_snapshot_copy: bool = True,
    config: Config | None = None,
    progress: Any = None,
    demo: bool = False,
    analysis: Analysis | None = None,
    on_analysis: Any = None,
) -> tuple[Evaluation, dict[str, Path]]:
    """Evaluate ``snapshot`` and write snapshot.json, report.json and report.html into ``out_dir``.

    ``snapshot_dir`` is where the snapshot's media paths are relative to (default: out_dir);
    when it differs from out_dir the media are copied so the new folder stands alone. A
    ``partial.json`` beside the snapshot labels the report partial.
    """
    from . import history
    from .render.html import render_pages
    from .render.json import render_json

    pol = policy if isinstance(policy, Policy) else load_policy(policy)
    demo = demo or snapshot.demo or _older_demo(snapshot)  # a demo's snapshot re-rendered by `selfaudit report` stays a demo
    if demo and not snapshot.demo:
        snapshot = snapshot.model_copy(update={"demo": True})
    config = config or (_persona_config(snapshot) if demo else None) or Config.load()
    out_dir = private_dir(out_dir)
    snapshot_dir = snapshot_dir or out_dir
    partial = read_partial(snapshot_dir)
    if snapshot_dir.resolve() != out_dir.resolve():
        if (snapshot_dir / "media").is_dir():
            _copy_media(snapshot_dir / "media", out_dir / "media")
        if partial is not None:
            write_private(out_dir / PARTIAL_FILE, json.dumps(partial, indent=2, ensure_ascii=False) + "\n")
    analysis = analysis or build_analysis(out_dir, config, policy=pol)
    if on_analysis is not None:  # an AuditRun keeps it: on Ctrl-C, what finished analysing is kept
        on_analysis(analysis)
    answers = AnswerStore.load()
    if not demo:  # a fictional persona never gets the person's own answers, acceptances or history
        apply_setting_answers(snapshot.accounts, answers)  # what the person told a guided run, marked as theirs
    accepted = {} if demo else history.effective_acceptances(config.accepted)
    evaluation = evaluate(snapshot, pol, analysis, accepted=accepted, progress=progress,
                          answers=None if demo else answers.clauses)
    # An older snapshot re-rendered after a newer audit is compared with the audit before it, and
    # is not recorded as the latest audit (its 'fixed' would be the newer audit's problems).
    older = not demo and history.newer_recorded(snapshot.created_at)
    prev = history.previous_read(snapshot.created_at) if older else history.previous(evaluation.generated_at)
    extra = {"demo": demo, "acceptances": {} if demo else history.load_acceptances(),
             "since_last": None if demo else history.since_last(evaluation, prev)}
    written: dict[str, Path] = {}
    if write_snapshot_copy:
        written["snapshot"] = write_snapshot(snapshot, out_dir / "snapshot.json")
    report = render_json(evaluation, extra)
    pages = render_pages(evaluation, media_root=out_dir, extra=extra)
    if partial is not None:  # the banner on the main page; report.json says partial with the reason
        report, pages["report.html"] = _label_partial(report, pages["report.html"], partial)
    written["json"] = write_private(out_dir / "report.json", report)
    for name, html in pages.items():
        written["html" if name == "report.html" else name] = write_private(out_dir / name, html)
    if not demo and partial is None and not older:  # a partial audit is not a baseline for "since your last audit"
        history.record(evaluation, out_dir)
    return evaluation, written


def _label_partial(report: str, html: str, partial: dict[str, Any]) -> tuple[str, str]:
    """``"partial": true`` with the reason in report.json, and a banner at the top of the page."""
    from markupsafe import escape

    doc = json.loads(report)
    doc["partial"] = True
    doc["partial_reason"] = partial
    lines = [partial.get("summary", "This audit did not finish.")]
    lines += [f"Read: {r}" for r in partial.get("read", [])]
    lines += [f"Not read: {r}" for r in partial.get("not_read", [])]
    if partial.get("not_analysed"):
        lines.append(f"Not analysed: {partial['not_analysed']}")
    banner = ('<section class="partial" role="alert" style="border:3px solid #b00;padding:.8em;margin:1em 0">'
              "<h2>Partial report: this audit did not finish</h2><ul>"
              + "".join(f"<li>{escape(x)}</li>" for x in lines) + "</ul></section>")
    html = html.replace("<main>", "<main>" + banner, 1) if "<main>" in html else banner + html
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n", html


def _persona_config(snapshot: Snapshot) -> Config | None:
    """A bundled persona's demo config (its workplace registered), for its snapshot re-rendered."""
    try:
        from .replicas.persona import demo_config, persona_named
    except ImportError:  # the replicas are not part of every install
        return None
    persona = persona_named(snapshot.subject)  # a broken bundled persona says so, not a quiet loss of findings
    return demo_config(persona, Config.load()) if persona else None


def _older_demo(snapshot: Snapshot) -> bool:
    """A demo snapshot saved before snapshots said so: a bundled persona's name, read only from
    the local replicas (a loopback address)."""
    from urllib.parse import urlsplit

    if not snapshot.subject or not snapshot.accounts:
        return False
    try:
        from .replicas.persona import PERSONAS, load_persona

        names = {load_persona(n).name for n in PERSONAS}
    except Exception:  # the replicas are not part of every install: then nothing is a persona
        return False
    local = all(urlsplit(a.account.url or "").hostname in ("127.0.0.1", "localhost", "::1") for a in snapshot.accounts)
    return local and snapshot.subject in names


def _copy_media(src: Path, dst: Path) -> None:
    private_dir(dst)
    for f in src.iterdir():
        if f.is_file() and not f.is_symlink() and not f.name.startswith("."):
            target = dst / f.name
            if target.is_symlink() or not target.is_file():  # a link planted there is replaced
                copy_private(f, target)


# --- an audit that can be stopped --------------------------------------------------------


class AuditStopped(SelfauditError):
    """Ctrl-C (or the system asking selfaudit to stop): a partial report was written."""

    exit_code = 130


def _describe(acct: Any) -> str:
    posts = len(acct.posts) if acct.posts is not None else None
    photos = sum(1 for m in acct.all_media() if m.kind == "photo")
    what = f"{posts:,} posts, {photos:,} photos" if posts is not None else f"{photos:,} photos, posts not collected"
    return f"{acct.account.platform} ({acct.provenance.source}): {what}"


class AuditRun:
    """What an audit has collected so far, saved as it goes, so a stop or a crash loses none of it.

    Use ``with run.guard():`` around the whole audit, ``run.source(label)`` around each
    source (one live platform, or the export archives), and ``run.finish(...)`` to evaluate.
    """

    def __init__(self, out_dir: Path, *, subject: str | None, sources: list[str], tool_version: str | None = None):
        self.out_dir = Path(out_dir)
        self.subject = subject
        self.tool_version = tool_version
        self.pending = list(sources)
        self.read: list[str] = []
        self.accounts: list[Any] = []
        self.stage = "starting"
        self.current: str | None = None
        self._saved = -1  # accounts in the snapshot.json last written
        self._analysis: Analysis | None = None  # the run's analysis, once evaluating
        media = self.out_dir / "media"
        self._media_before = {p.name for p in media.iterdir()} if media.is_dir() else set()
        # Load the policy and compile the report template while collecting, so that on Ctrl-C
        # the partial report is written in well under a second.
        self._ready: dict[str, Any] = {}
        self._warm = threading.Thread(target=self._prepare, name="selfaudit-prepare", daemon=True)
        self._warm.start()

    def _prepare(self) -> None:
        try:
            self._ready["policy"] = load_policy(None)
            from .render.html import _environment

            _environment().get_template("report.html.j2")
        except Exception as exc:
            self._ready["error"] = exc

    def _policy(self) -> Any:
        self._warm.join()
        return self._ready.get("policy")

    def snapshot(self) -> Snapshot:
        return Snapshot(subject=self.subject, accounts=list(self.accounts), tool_version=self.tool_version)

    @contextmanager
    def source(self, label: str) -> Iterator[None]:
        self.current, self.stage = label, f"reading {label}"
        yield
        self.current = None

    def collected(self, label: str, accounts: list[Any]) -> None:
        """A source is read: keep its accounts and save the snapshot now (a later crash keeps it)."""
        self.accounts += accounts
        self.read += [_describe(a) for a in accounts] or [f"{label}: nothing"]
        if label in self.pending:
            self.pending.remove(label)
        self._save(self._note("The audit was still running when this was saved (it may have been stopped or crashed)."))

    def finish(self, **kwargs: Any) -> tuple[Evaluation, dict[str, Path]]:
        """Analyse, evaluate and write the report; the snapshot is no longer partial."""
        self.stage = "analysing photos and texts, and writing the report"
        (self.out_dir / PARTIAL_FILE).unlink(missing_ok=True)
        kwargs.setdefault("policy", self._policy())
        return evaluate_and_render(self.snapshot(), self.out_dir, on_analysis=self._keep_analysis, **kwargs)

    def _keep_analysis(self, analysis: Analysis) -> None:
        self._analysis = analysis

    def _note(self, summary: str, not_analysed: str | None = None) -> dict[str, Any]:
        note: dict[str, Any] = {"summary": summary, "stage": self.stage, "read": list(self.read),
                                "not_read": list(self.pending), "saved_at": time.time()}
        if not_analysed:
            note["not_analysed"] = not_analysed
        return note

    def _save(self, note: dict[str, Any]) -> None:
        private_dir(self.out_dir)
        write_private(self.out_dir / PARTIAL_FILE, json.dumps(note, indent=2, ensure_ascii=False) + "\n")
        if self._saved != len(self.accounts) or not (self.out_dir / "snapshot.json").exists():
            write_snapshot(self.snapshot(), self.out_dir / "snapshot.json")
            self._saved = len(self.accounts)

    def _clean_media(self) -> None:
        """Drop media copied for a source that was not finished (nothing refers to them) and any part-copy."""
        media = self.out_dir / "media"
        if not media.is_dir():
            return
        keep = {Path(m.path).name for a in self.accounts for m in a.all_media() if m.path}
        for f in media.iterdir():
            if f.name in self._media_before and not f.name.startswith("."):
                continue
            if f.name not in keep and (f.is_file() or f.is_symlink()):
                f.unlink(missing_ok=True)

    def _stopped_report(self, why: str, config: Any = None) -> dict[str, Path]:
        """Write snapshot, partial note and a report of what was read, with nothing analysed."""
        analysing = self.current is None and not self.pending
        done = self._analysis.prepared if self._analysis is not None else []
        words = {"text": "texts", "images": "photos"}
        left = [words[n] for n in ("text", "images") if n not in done]
        not_analysed = (f"{' and '.join(left)} (the audit stopped before they were analysed); checks that need them say not checked"
                        if left else None)
        summary = f"{why} while {self.stage}."
        self._clean_media()
        self._save(self._note(summary, not_analysed))
        stopped = Analysis(self.out_dir, config)
        for name in ("text", "images"):
            if name in done:  # finished before the stop: its results are kept
                setattr(stopped, name, getattr(self._analysis, name))
            else:
                stopped.unavailable[name] = f"the audit was stopped ({why.lower()}) before {words[name]} were analysed"
        try:
            _, written = evaluate_and_render(self.snapshot(), self.out_dir, analysis=stopped, write_snapshot_copy=False,
                                             config=config, policy=self._policy())
        except SelfauditError:
            written = {}
        if not written:  # still say it was partial, in the place a person (or a script) looks
            doc = {"schema_version": 1, "partial": True, "partial_reason": self._note(summary, not_analysed),
                   "accounts": [], "rows": [], "findings": []}
            written = {"json": write_private(self.out_dir / "report.json", json.dumps(doc, indent=2) + "\n")}
        written["snapshot"] = self.out_dir / "snapshot.json"
        if analysing:
            written["hint"] = self.out_dir / "snapshot.json"
        return written

    @contextmanager
    def guard(self, config: Any = None) -> Iterator[None]:
        """Ctrl-C (or SIGTERM/SIGHUP): write a partial report and raise AuditStopped.
        Any other failure while reading: save what was read and say how to render it."""
        restore = _stop_on_signals()
        try:
            yield
        except KeyboardInterrupt:
            why = _signal_name.get("why") or "Stopped (Ctrl-C)"
            written = self._stopped_report(why, config)
            what = "; ".join(self.read) or "nothing yet"
            msg = (f"Stopped. A partial report (labelled partial) is in {self.out_dir}: read {what}"
                   + (f"; not read: {', '.join(self.pending)}" if self.pending else "") + ".")
            hint = None
            if "hint" in written:
                hint = f"To analyse the photos and texts too, run: selfaudit report {written['hint']}"
            raise AuditStopped(msg, hint) from None
        except Exception as exc:
            if _signal_name.get("why"):  # Ctrl-C also reaches the browser; its death is the stop, not a crash
                self._stopped_report(_signal_name["why"], config)
                raise AuditStopped(f"Stopped. A partial report (labelled partial) is in {self.out_dir}: read "
                                   f"{'; '.join(self.read) or 'nothing yet'}.") from None
            if self.stage.startswith("analysing") or not self.accounts:
                raise
            if all(a.provenance.not_audited for a in self.accounts):  # nothing was read: no "render it with" for an empty snapshot
                raise
            self._clean_media()
            self._save(self._note(f"The audit failed while {self.stage}: {str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__}."))
            note = (f"What was read before this ({'; '.join(self.read)}) is saved; "
                    f"render it with: selfaudit report {self.out_dir / 'snapshot.json'}")
            if isinstance(exc, SelfauditError):
                exc.hint = f"{exc.hint}\n{note}" if exc.hint else note
                raise
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            raise SelfauditError(f"The audit stopped while {self.stage}: {type(exc).__name__}: {first}", note) from exc
        finally:
            restore()


_signal_name: dict[str, str] = {}


def _stop_on_signals() -> Any:
    """SIGTERM and SIGHUP (a closed terminal, a shutdown) stop the audit the way Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    old: dict[int, Any] = {}

    def handler(signum: int, frame: Any) -> None:
        _signal_name["why"] = "Stopped (Ctrl-C)" if signum == signal.SIGINT else f"Stopped ({signal.Signals(signum).name})"
        raise KeyboardInterrupt

    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig == signal.SIGINT and signal.getsignal(sig) is not signal.default_int_handler:
            continue  # Ctrl-C deliberately ignored (or handled) by whoever started us
        if sig is not None:
            try:
                old[sig] = signal.signal(sig, handler)
            except (ValueError, OSError):
                continue

    def restore() -> None:
        _signal_name.pop("why", None)
        for sig, h in old.items():
            signal.signal(sig, h)

    return restore


__all__ = ["AuditRun", "AuditStopped", "check_out_dir", "default_out_dir", "evaluate_and_render", "read_partial"]
