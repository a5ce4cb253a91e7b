"""The seams between the rooms, as Protocols: what a source, an analyser and a renderer promise.

A new platform reader, analyser or report format fits when it satisfies one of these; mypy
checks the fit where they are used (``Analysis.text``/``.images``, the checks, the renderers).

- ``AccountSource``: where account snapshots come from (live browser, export archive, public page).
- ``Analyser`` (``TextAnalysis``, ``ImageAnalysis``): work done once per run before the checks;
  checks read results, they never decode an image or run a classifier themselves.
- ``Renderer``: an evaluation in, a document out; renderers never analyse.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .analysis import Analysis
    from .analysis.images import ImageReport
    from .analysis.logo_set import Logo
    from .analysis.places import Place
    from .analysis.text_results import TextReport
    from .evaluate import Evaluation
    from .snapshot import AccountSnapshot, Media, Snapshot

# Called with one line of progress for the person ("Reading posts…").
Progress = Callable[[str], Any]


@runtime_checkable
class AccountSource(Protocol):
    """Account snapshots from one place: ``kind`` is "live", "export" or "public"."""

    kind: str

    def collect(self, out_dir: Path, progress: Progress | None = None) -> list[AccountSnapshot]:
        """Read the accounts; media files go under ``out_dir``. Raises SelfauditError on bad input."""
        ...


class Analyser(Protocol):
    """An analysis done once per run over the whole snapshot (e.g. every photo in parallel)."""

    def prepare(self, snapshot: Snapshot, analysis: Analysis | None = None, progress: Any = None) -> None: ...


class TextAnalysis(Analyser, Protocol):
    """What the text checks read: one report per text, and what is switched off or broken."""

    disabled: frozenset[str]
    classifier_error: str | None

    def analyse(self, text: str, *, bio: bool = False) -> TextReport: ...

    def analyse_many(self, texts: Sequence[str], *, bio: bool = False) -> list[TextReport]: ...


class ImageAnalysis(Analyser, Protocol):
    """What the image checks read: one report per photo, and the logos and places looked for."""

    places: list[Place]
    logo_sources: list[Logo]

    def result_for(self, media: Media) -> ImageReport: ...


class Renderer(Protocol):
    """An evaluation as a document (report.html, report.json); ``extra`` carries run details."""

    def __call__(self, ev: Evaluation, /, *, extra: dict[str, Any] | None = None) -> str: ...


if TYPE_CHECKING:  # mypy proves the real parts fit their seams; nothing runs here

    from .analysis.images import ImageAnalyser
    from .analysis.text import TextAnalyser
    from .render.html import render_html
    from .render.json import render_json
    from .sources import ExportSource, LiveSource, PublicSource

    def _fits(text: TextAnalyser, images: ImageAnalyser, export: ExportSource, live: LiveSource, public: PublicSource) -> None:
        analysers: tuple[TextAnalysis, ImageAnalysis] = (text, images)
        sources: tuple[AccountSource, ...] = (export, live, public)
        renderers: tuple[Renderer, ...] = (render_html, render_json)
        del analysers, sources, renderers
