"""Image analysis: each photo decoded once and shared by the logo, face and metadata detectors.

``ImageAnalyser(config).prepare(snapshot, analysis)`` analyses every media item of the
snapshot once, in parallel on all cores (a process pool), and caches each result by the
file's SHA-256 (plus a signature of the logo set and parameters) under the selfaudit home,
so a re-run is fast. Checks then call ``result_for(media)``, which returns an
:class:`ImageReport` — never raises: an image that could not be analysed carries ``error``
(the reason), and a detector that failed on an otherwise fine image is named in
``detector_errors``.

Options (``config.images``; this module owns the section):

* ``places``: list of ``{name, lat, lon, radius}`` (see :mod:`.places`)
* ``disabled_logos``: shipped logo names not to look for
* ``max_pixels``, ``max_side``, ``faces`` (bool), ``workers`` and the detector parameters in
  :data:`selfaudit.analysis.logos.DEFAULTS` and :data:`selfaudit.analysis.faces.DEFAULTS`.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .. import paths
from ..errors import ImageError
from ..privacy import write_private
from . import worker_pool
from .image_decode import DEFAULT_MAX_PIXELS, DEFAULT_MAX_SIDE, Decoded, decode_image
from .logo_claims import part_claims
from .logo_hash import hash_match
from .logo_set import Logo, all_logos
from .logos import DEFAULTS as LOGO_DEFAULTS
from .logos import FeatureMatcher, LogoFeatures, prepare_logo
from .places import Place, load_places

VERSION = "images-7"  # 3: XMP locations read; 4: place names (XMP/IPTC City, Location) read; 5: stop 35 logo search (print_tint, its review fixes); 6: stop 37 homography judge ON; 7: stop 39 a part of a found mark is no claim
_OWN_KEYS = {"places", "disabled_logos", "workers", "cache"}


@dataclass
class ImageReport:
    """What image analysis found in one file (JSON-serialisable; cached by content hash)."""

    sha256: str | None = None
    error: str | None = None  # the whole image could not be analysed: the reason
    width: int | None = None
    height: int | None = None
    frames: int = 1
    logos: list[dict[str, Any]] = field(default_factory=list)  # name, label, method, box [x,y,w,h], ...
    faces: list[list[int]] = field(default_factory=list)  # [x, y, w, h] in the image's pixels
    gps: list[float] | None = None  # [lat, lon] from EXIF
    place: dict[str, str] | None = None  # the place named in words in the file (XMP/IPTC)
    taken_at: str | None = None
    device: str | None = None
    detector_errors: dict[str, str] = field(default_factory=dict)  # "logos"/"faces"/"metadata" -> reason
    notes: list[str] = field(default_factory=list)
    partial: str | None = None  # part of the image was not examined (e.g. animated frames)
    cached: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None

    def reason_for(self, detector: str) -> str | None:
        """Why ``detector`` has no result for this image, or None when it ran."""
        return self.error or self.detector_errors.get(detector)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("cached", None)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ImageReport:
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__ and k != "cached"}
        return cls(**known)


# --- the per-image work (runs in worker processes) ---------------------------------------

_STATE: dict[str, Any] = {}


def _init_worker(logos: list[LogoFeatures], options: dict[str, Any]) -> None:
    import cv2

    cv2.setNumThreads(1)
    _STATE.clear()
    _STATE["logos"] = logos
    _STATE["options"] = options
    _STATE["matcher"] = FeatureMatcher(logos, options)


def detect_faces(dec: Decoded) -> list[list[int]]:
    """Face boxes [x, y, w, h] in the image's own pixels (BlazeFace on the decoded pixels)."""
    from .faces import find_faces

    f = 1.0 / dec.scale
    out = []
    for (x0, y0, x1, y1), _score in find_faces(dec.rgb, _STATE.get("options")):
        out.append([round(x0 * f), round(y0 * f), round((x1 - x0) * f), round((y1 - y0) * f)])
    return out


def analyse_decoded(dec: Decoded, sha: str | None = None) -> ImageReport:
    """Run every detector on one decoded image."""
    options = _STATE["options"]
    rep = ImageReport(sha256=sha, width=dec.width, height=dec.height, frames=dec.frames, notes=list(dec.notes))
    if dec.frames > 1:
        rep.partial = f"animated image with {dec.frames} frames: only the first frame was examined"
    m = dec.metadata
    if problem := m.error or m.gps_error:
        rep.detector_errors["metadata"] = problem
    if not m.error:
        rep.gps = list(m.gps) if m.gps else None
        rep.place = m.place
        rep.taken_at, rep.device = m.taken_at, m.device
    gray = dec.gray()
    try:
        found: dict[str, dict[str, Any]] = {}
        for hit in _STATE["matcher"].detect(gray, dec.rgb):
            hit["box"] = [round(v / dec.scale) for v in hit["box"]]
            found[hit["name"]] = hit
        for hit in hash_match(dec.pil(), _STATE["logos"], options):
            if hit["name"] not in found:
                hit["box"] = [0, 0, dec.width, dec.height]
                found[hit["name"]] = hit
            else:
                found[hit["name"]]["also"] = hit["method"]
        # the decision end: a mark found inside another logo's found mark, which the photo shows outside it,
        # is a part of that mark, not a claim of its own (logo_claims.py)
        rep.logos = part_claims(gray, _STATE["logos"], list(found.values()), options, dec.scale, dec.rgb)
    except Exception as exc:  # a detector failing on one image must not lose the others
        rep.detector_errors["logos"] = f"logo detection failed ({type(exc).__name__}: {exc})"
    if options.get("faces", True):
        try:
            rep.faces = detect_faces(dec)
        except Exception as exc:
            rep.detector_errors["faces"] = f"face detection failed ({type(exc).__name__}: {exc})"
    else:
        rep.detector_errors["faces"] = "face detection is switched off (config images.faces: false)"
    return rep


def analyse_bytes(data: bytes, sha: str | None = None) -> ImageReport:
    options = _STATE["options"]
    sha = sha or hashlib.sha256(data).hexdigest()
    try:
        dec = decode_image(
            data,
            max_pixels=int(options.get("max_pixels", DEFAULT_MAX_PIXELS)),
            max_side=int(options.get("max_side", DEFAULT_MAX_SIDE)),
        )
    except ImageError as exc:
        return ImageReport(sha256=sha, error=exc.message)
    return analyse_decoded(dec, sha)


def _analyse_path(path: str, sha: str) -> ImageReport:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return ImageReport(sha256=sha, error=f"the file could not be read ({exc.strerror or exc})")
    try:
        return analyse_bytes(data, sha)
    except Exception as exc:  # never lose the batch to one image
        return ImageReport(sha256=sha, error=f"analysis failed ({type(exc).__name__}: {exc})")


# --- the analyser ------------------------------------------------------------------------


class ImageAnalyser:
    """Analyses a snapshot's images once (parallel, cached) and answers ``result_for(media)``."""

    def __init__(self, config: Any = None, extra_logos: Iterable[Path] = (), cache: bool | None = None):
        images_cfg: dict[str, Any] = dict(getattr(config, "images", None) or {})
        self.places: list[Place] = load_places(images_cfg)
        self.options: dict[str, Any] = {**LOGO_DEFAULTS, **{k: v for k, v in images_cfg.items() if k not in _OWN_KEYS}}
        self.workers = int(images_cfg.get("workers") or os.cpu_count() or 1)
        self.use_cache = images_cfg.get("cache", True) if cache is None else cache
        self.logo_sources: list[Logo] = all_logos(images_cfg.get("disabled_logos"), [Path(p) for p in extra_logos])
        self._logos: list[LogoFeatures] | None = None
        self._by_media: dict[tuple[str, str, str], ImageReport] = {}
        self._snapshot_dir: Path | None = None

    # The logo set is prepared once per run (lazily: a run without images never pays for it).
    @property
    def logos(self) -> list[LogoFeatures]:
        if self._logos is None:
            self._logos = [prepare_logo(lg, self.options) for lg in self.logo_sources]
        return self._logos

    def signature(self) -> str:
        key = {"v": VERSION, "options": {k: self.options[k] for k in sorted(self.options)}, "logos": sorted((lg.name, lg.sha256) for lg in self.logos)}
        return hashlib.sha256(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()[:16]

    def _cache_dir(self) -> Path:
        return paths.home() / "cache" / "images" / self.signature()

    def _cached(self, sha: str) -> ImageReport | None:
        if not self.use_cache:
            return None
        p = self._cache_dir() / f"{sha}.json"
        try:
            rep = ImageReport.from_json(json.loads(p.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None
        rep.cached = True
        return rep

    def _store(self, rep: ImageReport) -> None:
        if self.use_cache and rep.sha256 and not (rep.error and rep.error.startswith("analysis failed")):
            write_private(self._cache_dir() / f"{rep.sha256}.json", json.dumps(rep.to_json()))

    def analyse_files(self, files: list[Path], progress: Callable[..., Any] | None = None) -> list[ImageReport]:
        """Analyse files (each distinct content once), in parallel; results in the given order."""
        logos = self.logos
        results: dict[int, ImageReport] = {}
        todo: dict[str, tuple[str, list[int]]] = {}  # sha -> (path, indexes)
        for i, f in enumerate(files):
            try:
                data = Path(f).read_bytes()
            except OSError as exc:
                results[i] = ImageReport(error=f"the file could not be read ({exc.strerror or exc})")
                continue
            sha = hashlib.sha256(data).hexdigest()
            hit = self._cached(sha)
            if hit is not None:
                results[i] = hit
            elif sha in todo:
                todo[sha][1].append(i)
            else:
                todo[sha] = (str(f), [i])
        total, done = len(files), len(results)
        _tick(progress, done, total)
        jobs = list(todo.items())
        if len(jobs) >= 4 and self.workers > 1:
            ctx = multiprocessing.get_context("forkserver")
            with worker_pool(min(self.workers, len(jobs)), ctx, _init_worker, (logos, self.options)) as pool:  # Ctrl-C cancels
                futs = {pool.submit(_analyse_path, path, sha): sha for sha, (path, _) in jobs}
                for fut in as_completed(futs):
                    sha = futs[fut]
                    try:
                        rep = fut.result()
                    except Exception as exc:  # a worker died (e.g. out of memory)
                        rep = ImageReport(sha256=sha, error=f"analysis failed ({type(exc).__name__}: {exc})")
                    self._store(rep)
                    for i in todo[sha][1]:
                        results[i] = rep
                    done += len(todo[sha][1])
                    _tick(progress, done, total)
        else:
            if jobs:
                _init_worker(logos, self.options)
            for sha, (path, idx) in jobs:
                rep = _analyse_path(path, sha)
                self._store(rep)
                for i in idx:
                    results[i] = rep
                done += len(idx)
                _tick(progress, done, total)
        return [results[i] for i in range(len(files))]

    def _media_file(self, media: Any) -> Path | str:
        """The media's file under the snapshot folder, or the reason there is none."""
        if media.path is None:
            reason: str = media.skipped or "the image file was not downloaded"
            return reason
        base = self._snapshot_dir
        if base is None:
            return "the snapshot folder is unknown, so the image file cannot be found"
        p: Path = (base / media.path).resolve()
        if not p.is_relative_to(base.resolve()):
            return f"the media path {media.path!r} points outside the snapshot folder"
        if not p.is_file():
            return f"the image file {media.path} is missing from the snapshot folder"
        return p

    def prepare(self, snapshot: Any, analysis: Any = None, progress: Any = None) -> None:
        """Analyse every photo of every account of ``snapshot`` once, in parallel."""
        if analysis is not None and getattr(analysis, "snapshot_dir", None) is not None:
            self._snapshot_dir = Path(analysis.snapshot_dir)
        media = [m for acct in snapshot.accounts for m in acct.all_media() if m.kind == "photo"]
        files: list[Path] = []
        owners: list[tuple[str, str, str]] = []
        for m in media:
            where = self._media_file(m)
            if isinstance(where, str):
                self._by_media[_key(m)] = ImageReport(sha256=m.sha256, error=where)
            else:
                files.append(where)
                owners.append(_key(m))
        if files:
            for mid, rep in zip(owners, self.analyse_files(files, progress if callable(progress) else None), strict=False):
                self._by_media[mid] = rep

    def remember(self, media: Any, report: ImageReport) -> None:
        """Use ``report`` as the analysis of ``media`` (e.g. a file analysed directly)."""
        self._by_media[_key(media)] = report

    def result_for(self, media: Any) -> ImageReport:
        """The analysis of one media item (analysed now if prepare() did not see it)."""
        rep = self._by_media.get(_key(media))
        if rep is None:
            where = self._media_file(media)
            rep = ImageReport(sha256=media.sha256, error=where) if isinstance(where, str) else self.analyse_files([where])[0]
            self._by_media[_key(media)] = rep
        return rep


def _key(media: Any) -> tuple[str, str, str]:
    """Results belong to the file: two accounts' exports may reuse an id for different photos."""
    return (media.path or "", media.url or "", media.id)


def _tick(progress: Callable[..., Any] | None, done: int, total: int) -> None:
    if progress is not None:
        try:
            progress(done, total, "images")
        except Exception:
            pass
