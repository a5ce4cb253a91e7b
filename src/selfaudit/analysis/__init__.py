"""Analysis of a snapshot's text and images, done once before the checks run.

Checks read analysis results; they never decode an image or run a classifier themselves.
An analyser that is not available leaves its attribute ``None`` and the checks that need it
report not-checked with ``unavailable[name]`` as the reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
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
        self.prepared: list[str] = []
        self.unavailable: dict[str, str] = {
            "text": "text analysis is not part of this version of selfaudit",
            "images": "image analysis is not part of this version of selfaudit",
        }

    def prepare(self, snapshot: Snapshot, progress: Any = None) -> None:
        """Run the analysers that need a pass over the whole snapshot (e.g. all images in parallel)."""
        analysers: list[tuple[str, Analyser | None]] = [("text", self.text), ("images", self.images)]
        for name, analyser in analysers:
            if analyser is not None:
                analyser.prepare(snapshot, self, progress=progress)
            self.prepared.append(name)  # a stopped audit keeps the analysis that finished

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


# --- worker pools that stop on Ctrl-C --------------------------------------------------------
# A terminal's Ctrl-C reaches every process of the group. Workers ignore it, so the pool does not
# break half-way; the main process gets KeyboardInterrupt, cancels the queued jobs and ends the
# workers at once instead of waiting for every submitted image (which took minutes).


def _start_worker(init: Any, args: tuple[Any, ...]) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if init is not None:
        init(*args)


def cancel_pool(pool: Any) -> None:
    """Drop queued jobs and end the workers now (a running job is not waited for)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())  # shutdown() forgets them
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in procs:
        try:
            proc.terminate()
        except Exception:
            continue
    _stop_forkserver()
    for proc in procs:
        try:
            proc.join(0.5)
        except Exception:
            continue


def _stop_forkserver() -> None:
    """End the fork server and the workers it is still starting.

    Ctrl-C can land while a worker is being started (the pool does not know it yet); left
    alone it would run on after selfaudit exits and print a traceback. A later pool starts a
    new fork server.
    """
    import signal

    try:
        from multiprocessing import forkserver

        server = forkserver._forkserver
        pid = getattr(server, "_forkserver_pid", None)
    except Exception:
        return
    if not pid:
        return
    kids: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            kids += [int(k) for k in (task / "children").read_text().split()]
    except OSError:
        pass  # not Linux: the workers it started were ended above
    for k in [*kids, pid]:
        try:
            os.kill(k, signal.SIGKILL if k != pid else signal.SIGTERM)
        except OSError:
            continue
    try:
        # reap it and forget it, so that a later pool starts a fresh one (private: no public way to stop it)
        server._stop()  # type: ignore[attr-defined]
    except Exception:
        pass


@contextmanager
def worker_pool(max_workers: int, mp_context: Any, initializer: Any = None, initargs: tuple[Any, ...] = ()) -> Iterator[Any]:
    """A ProcessPoolExecutor whose jobs are cancelled (workers ended) when the caller is
    interrupted or fails, and waited for only when it finishes normally."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=max_workers, mp_context=mp_context, initializer=_start_worker,
                               initargs=(initializer, tuple(initargs)))
    try:
        yield pool
    except BaseException:
        cancel_pool(pool)
        raise
    pool.shutdown(wait=True)


def release_worker_resources() -> None:
    """Before a fast exit (os._exit after Ctrl-C): free the pools' named semaphores ourselves,
    so the multiprocessing resource tracker has nothing to warn about after selfaudit has gone."""
    try:
        from multiprocessing import synchronize, util

        for f in list(getattr(util, "_finalizer_registry", {}).values()):
            if getattr(f, "_callback", None) is synchronize.SemLock._cleanup:  # type: ignore[attr-defined]  # private: the finaliser registered for a semaphore
                f()
    except Exception:
        pass
