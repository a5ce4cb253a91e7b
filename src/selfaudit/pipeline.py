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
) -> tuple[Evaluation, dict[str, Path]]:
    """Evaluate ``snapshot`` and write snapshot.json, report.json and report.html into ``out_dir``.

    ``snapshot_dir`` is where the snapshot's media paths are relative to (default: out_dir);
    when it differs from out_dir the media are copied so the new folder stands alone.
    """
    from .render.html import render_html
    from .render.json import render_json

    pol = load_policy(policy)
    config = config or Config.load()
    out_dir = private_dir(out_dir)
    snapshot_dir = snapshot_dir or out_dir
    if snapshot_dir.resolve() != out_dir.resolve() and (snapshot_dir / "media").is_dir():
        _copy_media(snapshot_dir / "media", out_dir / "media")
    analysis = build_analysis(out_dir, config, policy=pol)
    evaluation = evaluate(snapshot, pol, analysis, accepted=config.accepted, progress=progress)
    written: dict[str, Path] = {}
    if write_snapshot_copy:
        written["snapshot"] = write_snapshot(snapshot, out_dir / "snapshot.json")
    written["json"] = write_private(out_dir / "report.json", render_json(evaluation))
    written["html"] = write_private(out_dir / "report.html", render_html(evaluation, media_root=out_dir))
    return evaluation, written


def _copy_media(src: Path, dst: Path) -> None:
    private_dir(dst)
    for f in src.iterdir():
        if f.is_file() and not f.is_symlink():
            target = dst / f.name
            if not target.exists():
                copy_private(f, target)
