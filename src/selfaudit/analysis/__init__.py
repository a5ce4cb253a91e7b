"""Analysis of a snapshot's text and images, done once before the checks run.

Checks read analysis results; they never decode an image or run a classifier themselves.
An analyser that is not available leaves its attribute ``None`` and the checks that need it
report not-checked with ``unavailable[name]`` as the reason.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..snapshot import Snapshot


class Analysis:
    """Per-run analysis state: analysers, the snapshot folder (for media), and caches.

    ``text`` and ``images`` are filled by the text and image analysis modules; each exposes
    its own result types, consumed by the checks that declare ``requires: [analysis.text]``
    or ``[analysis.images]``.
    """

    def __init__(self, snapshot_dir: Path | None = None, config: Any = None):
        self.snapshot_dir = snapshot_dir
        self.config = config
        self.text: Any = None
        self.images: Any = None
        self.unavailable: dict[str, str] = {
            "text": "text analysis is not part of this version of selfaudit",
            "images": "image analysis is not part of this version of selfaudit",
        }

    def prepare(self, snapshot: Snapshot, progress: Any = None) -> None:
        """Run the analysers that need a pass over the whole snapshot (e.g. all images in parallel)."""
        for analyser in (self.text, self.images):
            prep = getattr(analyser, "prepare", None)
            if prep is not None:
                prep(snapshot, self, progress=progress)

    def available(self, name: str) -> str | None:
        """None when the analyser is available, else the reason it is not."""
        if getattr(self, name, None) is not None:
            return None
        return self.unavailable.get(name, f"{name} analysis is not available")


def build_analysis(snapshot_dir: Path | None = None, config: Any = None) -> Analysis:
    """An Analysis with every analyser this installation has.

    ``analysis.text.TextAnalyser(config)`` and ``analysis.images.ImageAnalyser(config)`` are
    optional modules; when one is absent its checks report not-checked, never pass.
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
        a.text = TextAnalyser(config)
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
        except Exception:  # noqa: BLE001 - already gone
            continue
    for proc in procs:
        try:
            proc.join(0.5)
        except Exception:  # noqa: BLE001
            continue


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C (and SIGTERM/SIGHUP) while a worker is being started, then deliver it.

    Interrupted half-way through starting a worker, the pool would not know that worker, and it
    would be left running (and printing a traceback) after selfaudit had exited.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    got: list[int] = []
    old = {}
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            old[sig] = signal.signal(sig, lambda signum, frame: got.append(signum))
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
        for sig in got[:1]:
            signal.raise_signal(sig)


def _pool_class() -> Any:
    from concurrent.futures import ProcessPoolExecutor

    class _Pool(ProcessPoolExecutor):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
            with _signals_deferred():
                return super().submit(fn, *args, **kwargs)

    return _Pool


@contextmanager
def worker_pool(max_workers: int, mp_context: Any, initializer: Any = None, initargs: tuple[Any, ...] = ()) -> Iterator[Any]:
    """A ProcessPoolExecutor whose jobs are cancelled (workers ended) when the caller is
    interrupted or fails, and waited for only when it finishes normally."""
    pool = _pool_class()(max_workers=max_workers, mp_context=mp_context, initializer=_start_worker,
                         initargs=(initializer, tuple(initargs)))
    try:
        yield pool
    except BaseException:
        cancel_pool(pool)
        raise
    pool.shutdown(wait=True)
