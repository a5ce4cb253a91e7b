"""Analysis of a snapshot's text and images, done once before the checks run.

Checks read analysis results; they never decode an image or run a classifier themselves.
An analyser that is not available leaves its attribute ``None`` and the checks that need it
report not-checked with ``unavailable[name]`` as the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..snapshot import Snapshot

if TYPE_CHECKING:
    from ..config import Config
    from ..policy import Policy
    from ..seams import Analyser, ImageAnalysis, TextAnalysis


class Analysis:
    """Per-run analysis state: analysers, the snapshot folder (for media), and caches.

    ``text`` and ``images`` are filled by the text and image analysis modules (see
    ``seams.TextAnalysis`` and ``seams.ImageAnalysis``), consumed by the checks that declare
    ``requires: [analysis.text]`` or ``[analysis.images]``.
    """

    def __init__(self, snapshot_dir: Path | None = None, config: Config | None = None):
        self.snapshot_dir = snapshot_dir
        self.config = config
        self.text: TextAnalysis | None = None
        self.images: ImageAnalysis | None = None
        self.unavailable: dict[str, str] = {
            "text": "text analysis is not part of this version of selfaudit",
            "images": "image analysis is not part of this version of selfaudit",
        }

    def prepare(self, snapshot: Snapshot, progress: Any = None) -> None:
        """Run the analysers that need a pass over the whole snapshot (e.g. all images in parallel)."""
        analysers: list[Analyser | None] = [self.text, self.images]
        for analyser in analysers:
            if analyser is not None:
                analyser.prepare(snapshot, self, progress=progress)

    def available(self, name: str) -> str | None:
        """None when the analyser is available, else the reason it is not."""
        if getattr(self, name, None) is not None:
            return None
        return self.unavailable.get(name, f"{name} analysis is not available")


def build_analysis(snapshot_dir: Path | None = None, config: Config | None = None, policy: Policy | None = None) -> Analysis:
    """An Analysis with every analyser this installation has.

    ``analysis.text.TextAnalyser(config)`` and ``analysis.images.ImageAnalyser(config)`` are
    optional modules; when one is absent its checks report not-checked, never pass.
    ``policy``: the pack whose organisation names the text checks look for (default pack if None).
    """
    if config is None:
        from ..config import Config

        config = Config()
    a = Analysis(snapshot_dir, config)
    try:
        from .text import TextAnalyser
    except ImportError:
        pass
    else:
        a.text = TextAnalyser(config, policy=policy)
    try:
        from .images import ImageAnalyser
    except ImportError:
        pass
    else:
        a.images = ImageAnalyser(config)
    return a
