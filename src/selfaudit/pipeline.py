"""collect → snapshot → analyse → findings → render, in one place for every command.

Collectors (live browser, export archives, replicas) write media into ``out_dir/media`` and
hand back a Snapshot; this module saves it, evaluates it against the policy and writes the
reports, all owner-only.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from . import paths
from .analysis import build_analysis
from .config import Config
from .evaluate import Evaluation, evaluate
from .guided import AnswerStore, apply_setting_answers
from .policy import load_policy
from .privacy import copy_private, private_dir, write_private
from .snapshot import Snapshot, write_snapshot


def default_out_dir() -> Path:
    """A new dated folder under the user's data folder."""
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    return paths.reports_dir() / stamp


def evaluate_and_render(
    snapshot: Snapshot,
    out_dir: Path,
    *,
    policy: str | Path | None = None,
    snapshot_dir: Path | None = None,
    write_snapshot_copy: bool = True,
    config: Config | None = None,
    progress: Any = None,
    demo: bool = False,
) -> tuple[Evaluation, dict[str, Path]]:
    """Evaluate ``snapshot`` and write snapshot.json, report.json and report.html into ``out_dir``.

    ``snapshot_dir`` is where the snapshot's media paths are relative to (default: out_dir);
    when it differs from out_dir the media are copied so the new folder stands alone.
    """
    from . import history
    from .render.html import render_pages
    from .render.json import render_json

    pol = load_policy(policy)
    config = config or Config.load()
    out_dir = private_dir(out_dir)
    snapshot_dir = snapshot_dir or out_dir
    if snapshot_dir.resolve() != out_dir.resolve() and (snapshot_dir / "media").is_dir():
        _copy_media(snapshot_dir / "media", out_dir / "media")
    analysis = build_analysis(out_dir, config, policy=pol)
    answers = AnswerStore.load()
    if not demo:  # a fictional persona never gets the person's own answers, acceptances or history
        apply_setting_answers(snapshot.accounts, answers)  # what the person told a guided run, marked as theirs
    accepted = {} if demo else history.effective_acceptances(config.accepted)
    evaluation = evaluate(snapshot, pol, analysis, accepted=accepted, progress=progress,
                          answers=None if demo else answers.clauses)
    extra = {"demo": demo, "acceptances": {} if demo else history.load_acceptances(),
             "since_last": None if demo else history.since_last(evaluation, history.previous(evaluation.generated_at))}
    written: dict[str, Path] = {}
    if write_snapshot_copy:
        written["snapshot"] = write_snapshot(snapshot, out_dir / "snapshot.json")
    written["json"] = write_private(out_dir / "report.json", render_json(evaluation, extra))
    for name, html in render_pages(evaluation, media_root=out_dir, extra=extra).items():
        written["html" if name == "report.html" else name] = write_private(out_dir / name, html)
    if not demo:
        history.record(evaluation, out_dir)
    return evaluation, written


def _copy_media(src: Path, dst: Path) -> None:
    private_dir(dst)
    for f in src.iterdir():
        if f.is_file() and not f.is_symlink():
            target = dst / f.name
            if not target.exists():
                copy_private(f, target)
