"""Find an organisation's logo: as the whole picture (hashes) or as a part of a photo (features).

Two complementary detectors, because perceptual hashes are built to ignore small marks:

* ``hash``: pHash, dHash and wavelet hashes of the whole picture, plus imagehash's
  crop-resistant hash, against each logo — for a picture that *is* the logo or a copy
  (a profile photo, a reposted graphic).
* ``features``: SIFT keypoints of the photo matched to each logo's keypoints (extracted from
  a small pyramid of the logo so that a logo a few dozen pixels wide still matches), a
  RANSAC homography, sanity checks on its shape, and a photometric verification: the photo
  region is warped back onto the logo and compared (zero-mean correlation over the logo's
  edges). The verification is what keeps repeated text and other graphics from matching.

The logo set (shipped stand-ins + the person's own files + ``--logo`` extras) is prepared
once per run; :class:`LogoFeatures` is plain arrays so it pickles to worker processes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import ImageError
from .logo_claims import CLAIM_DEFAULTS
from .logo_hash import HASH_MAX_DISTANCE, crop_hash, image_hashes
from .logo_keypoints import fine_describer, fine_keypoints, keep_freed_memory
from .logo_math import box_iou, cell_correlation, zncc
from .logo_second_look import SECOND_LOOK_DEFAULTS, second_look
from .logo_set import Logo
from .logo_shapes import SHAPE_DEFAULTS, ShapeMatcher, forget_halvings
from .logo_tint import TINT_DEFAULTS, tint_matches

# Detector parameters; the bench (bench/bench_images.py) measured these.
DEFAULTS: dict[str, Any] = {
    # Long side of the photo given to SIFT's whole-photo pass. 640 since stop 31 (was 1280), with the
    # keypoint looks at the photo's own pixels (logo_second_look.py: second_look 2, near_look 2) that
    # keep small and printed marks: dev draws (TUNED) 333 vs 332 of 384, check draw 108 vs 107, 0 false
    # pairs; ~130 vs ~190 ms CPU a photo with one logo; the real sweep 0 false matches and 27 vs 24
    # true Kodi marks (bench/results/logos-realfp-stop31-fs640-look.txt). Held-out set 12 run after.
    # 560 (logospeed32, dev TUNED, looks on): seeds 7/9/11 334 vs 333 of 384, 0 false pairs, -12 % CPU with
    # one logo (121 vs 137 ms interleaved, load ~15), -6 % with three, but the check draw 106 vs 108 (two
    # cards): not switched; 512 -19 % but -1 on seed 7; 480 -26 % but 329 of 384 (cards). logospeed33: 560 with
    # second_look_margin 1.0, second_look_part_of 0.6 and max_features 2000 106 vs 115 ms (one logo), check 108 =
    # 108, but seeds 7/9/11 336 vs 337 of 384 (-1 on seed 9): not switched; 512 with the wider look -2 on the seeds.
    "feature_side": 640,
    # Where SIFT's keypoints come from (see _keypoints): the coarser scales from a copy of this long
    # side (0: OpenCV's SIFT on the feature image, doubled), the finest from the feature image's
    # own pixels (logo_keypoints.py), the copy's described on the copy. With 640 / true / true:
    # ~30 % less CPU a photo, dev seeds 7 / 9 108 / 104 of 128 (OpenCV's SIFT 108 / 101), but the
    # untouched check draws 103 / 100 (103 / 103) and 15 of the real sweep's 18 Kodi marks: OFF.
    # Re-judged on one seeded index (logospeed4, dev TUNED): per-kind-40 draw 268 vs 269 of 320, seeds
    # 7-15 547 vs 546 of 640, 0 false pairs, -13 to -15 % CPU; check seed 53 107 vs 108. The real sweep
    # (held-out, the lead's) decides: run on 2026-11-30, 0 false matches but 22 of today's 24 Kodi
    # marks (bench/results/logos-realfp-detect640.txt): stays OFF.
    "detect_side": 0,
    "fine_keypoints": True,  # only used when detect_side is set
    "coarse_on_copy": True,  # only used when detect_side is set
    # 2: OpenCV's octave 0 (sigma 1.6-3.2 px) also found on the feature image's own pixels by the
    # vectorised detector, not taken from the copy's doubled octave. With detect_side 320 and
    # coarse_describe_side 640: ~13 % less CPU a photo, dev seeds 7 + 9 213 of 256 (as OpenCV's
    # SIFT; 212 vs 216 with one shared FLANN index), the untouched seed 15 101 of 128 (105) and the
    # real sweep 1 false match, 16 of 18 Kodi marks (logofast2 session): only used with detect_side, OFF.
    "fine_octaves": 1,
    "coarse_describe_side": 0,  # > the copy's side: its keypoints are described on a copy this size
    # Variance (photo px^2) added to the fine detector's blurs: OpenCV's 2x bilinear upsampling blurs
    # its doubled octave ~0.19 px^2 more than its ladder says, so 0.19 finds more of OpenCV's own
    # doubled-octave places (only used with detect_side; 0 = the nominal ladder). logospeed4, one
    # seeded index, dev TUNED, detect_side 640 + fine_blur 0.19 vs OpenCV's SIFT: per-kind-40 draw
    # 272 vs 269 of 320, seeds 7-15 548 vs 546 of 640, check seed 53 109 vs 108, -13 % CPU a
    # photo, but 1 false pair on seed 13's negatives (scribus-wordmark, zncc 0.353 >= 0.35): OFF.
    "fine_blur": 0.0,
    "ratio": 0.85,  # Lowe's ratio test (on RootSIFT)
    # FLANN's kd-trees are built at random: unseeded, two processes (two image workers, two runs)
    # could answer differently for the same photo (~±2 of 128 on a dev draw). A fixed seed makes
    # every run give the same answer; the value was not chosen on any result (logofast2 finding).
    "flann_seed": 1,
    "min_inliers": 6,
    # The photo's strongest SIFT keypoints, of the whole-photo pass and of each look's crop (fewer descriptors to
    # compute and search). 2000 since stop 33 (3000 before; logospeed33, dev TUNED, interleaved): seeds 7 / 9 / 11
    # 115 / 110 / 112 vs 115 / 109 / 112 of 128 (one blurred card more), check seed 73 108 = 108, 0 false pairs
    # in 4,800; -10 % CPU with one logo (119 vs 132 ms), -8 % with three (171 vs 185): a descriptor costs
    # ~10 us and each is searched, while the looks at the photo's own pixels keep what the weakest third held.
    # 1500: -14 % but seed 7 114. With feature_side 560: see bench/README-images.md (logospeed33).
    "max_features": 2000,
    "ratio_rivals": "same-logo",  # whose runner-up vetoes a match: "same-logo" or "all" (any logo)
    "photo_clahe": 2.0,  # CLAHE clip limit on the photo before SIFT (0: off)
    "min_zncc": 0.35,  # photometric verification over the logo's edges
    "min_colour": 0.4,  # chroma correlation, when both the logo and the region have colour
    "min_zncc_gray": 0.6,  # shape correlation needed when there is no colour to compare
    "hash_max_distance": HASH_MAX_DISTANCE,  # of 64 bits, for pHash/dHash/wavelet (2 of 3 must agree)
    "logo_pyramid": (1.0, 0.7, 0.5, 0.35, 0.25, 0.18, 0.125),  # half-octave steps: a mark between two levels still matches
    "logo_blur": (1.5,),  # blurred copies of each pyramid level (sigma, px): soft prints (logoprint session, dev +3/+2 of 128, same CPU)
    "logo_ink": (),  # background levels the mark is also "printed" on (see _ink_variants)
    "logo_level_features": 0,  # keep at most this many keypoints a pyramid level (0: all)
    # A logo file whose white parts sit on transparency (a reversed wordmark: white letters meant
    # for dark backgrounds) loses them when flattened onto white. From this share of its visible
    # pixels (logo_file.white_on_transparent), it is also registered on paper of grey level
    # ``logo_dark_paper``, so the letters exist in its keypoints (0: never). ON since the logoink3
    # session: dev seeds 7 / 15 / 33 / 31 110 -> 114, 104 -> 106, 103 -> 103, 105 -> 109 of 128
    # (TUNED), 0 false pairs in 8,400 dev negative pairs, 0 false matches on the real photographs
    # (bench_logo_realfp: 18 -> 24 true Kodi marks), +13 ms a photo (bench/README-images.md).
    "logo_reversed_from": 0.2,
    "logo_dark_paper": 0,
    # The dark reference also in the outline / colour searches: OFF (dev seed 7 110 with it, 113
    # without: their few refinements a photo are shared by every template).
    "logo_dark_shapes": False,
    "logo_dark_checks": 16,  # FLANN checks in the dark references' own (small) index: 48 costs +37 ms a photo, 16 +13 (interleaved, dev seed 7), same wordmark hits
    "logo_dark_min_letters": 0.2,  # a dark reference's match: correlation over its white parts' edges
    "descriptor": "rootsift",  # or "teblid" (binary, on the same SIFT keypoints; needs opencv-contrib)
    # Which detector makes the keypoints, of the logos and of the photos alike (_detector): "sift", or
    # "orb" (FAST corners over ORB's scale pyramid, cheaper; binary descriptors only: descriptor
    # "teblid", or "orb" for ORB's own rBRIEF, which plain OpenCV has). logodesc30 session, dev TUNED.
    "keypoints": "sift",
    "orb_features": 5000,  # the photo's strongest ORB keypoints (SIFT's cap is max_features)
    "orb_logo_features": 1000,  # a logo picture's (each pyramid level, polarity and blur) strongest ORB keypoints
    "orb_scale": 1.2,  # ORB's pyramid: the scale between levels, and their number
    "orb_levels": 8,
    "orb_fast_threshold": 20,  # FAST's corner threshold (grey levels, after the photo's CLAHE)
    "orb_edge": 31,  # ORB's border and patch size (px of each pyramid level)
    # Binary descriptors' search: "bf" (exact Hamming, OpenCV's brute force) or "lsh" (FLANN's
    # multi-probe LSH: approximate, cheaper against many logos).
    "binary_index": "bf",
    # A keypoint model the plain photometric checks reject (outline correlation, colours) judged
    # again as a mark printed into the scene (FeatureMatcher._printed; logoink32 session): the
    # correlation cell by cell (a print's background changes across it) and the log-chroma colours
    # (multiplied ink adds its log-chroma to the scene's), with more inliers asked. ON since stop 32:
    # dev seeds 7 / 9 / 11 (TUNED) 114 -> 115, 109 = 109, 110 -> 112 of 128 (printed 127 -> 130 of
    # 168), check seed 73 108 = 108, 0 false pairs in 4,800, one logo 136 = 136 ms a photo
    # (interleaved). The lead's real-photo sweep (19,637 pairs): 0 false matches, the same 27 true Kodi
    # marks; held-out set 13 with plain_guard: printed 60.0 -> 63.8 %. A looser variant (cells 0.6,
    # log-chroma 0.3: 339 of 384) is in bench/README-images.md.
    "print_checks": True,
    "print_min_inliers": 10,
    "print_min_local": 0.5,
    "print_min_colour": 0.5,
    "print_min_local_gray": 0.7,
    # A colour bar that depends on the cell correlation (logoink33 session, "pcC"): a print whose cells reach
    # ``print_strong_local`` needs only ``print_strong_colour`` of log-chroma (0: off, one bar for all).
    # ON since stop 33: dev seeds 7 / 9 / 11 (TUNED) 115 -> 116, 109 = 109, 112 -> 114 of 128 (printed +2: the
    # Debian swirl s7 / s11 00089, cells 0.71 / 0.95, log-chroma 0.36 / 0.34; a card +1), check seed 73 108 = 108,
    # 0 false pairs in 8,400 dev negative pairs (seeds 7, 9, 11, 73, 17), wrong-logo claims unchanged, one logo
    # 132 vs 133 ms a photo (interleaved). The lead's real-photo sweep must judge it before merging.
    "print_strong_local": 0.7,
    "print_strong_colour": 0.3,
    # The mirror of pcC (logoprint34 session): a print whose log-chroma pattern reaches
    # ``print_colour_strong`` needs only ``print_colour_strong_local`` of cell correlation (0: off);
    # ``print_colour_axes``: the log-chroma is compared on the opponent axes where the logo has colour
    # (a brownish-grey mark coloured on one axis only, GIMP's), not "no colour" when one axis is flat;
    # ``print_both_min_inliers`` (> 0): a print strong on both (cells >= ``print_strong_local`` and
    # log-chroma >= ``print_colour_strong``) needs only that many inliers. ON since stop 34 (logoprint34, "pr",
    # TUNED: the bars were read off the three prints they admit): dev seeds 7 / 9 / 11 116 -> 117, 110 = 110,
    # 114 -> 116 of 128 (printed +3: Debian homeworld s7 00045, GIMP s11 00087, Pidgin s11 00109), check seed 73
    # 108 -> 109 (+ GIMP 00057 tone), 0 false pairs in 8,400 dev negative pairs (seeds 7, 9, 11, 73, 17), one logo 129 = 129 ms a photo
    # (interleaved). ``print_colour_strong`` 0 gives the code before. The lead's real-photo sweep must judge it.
    "print_colour_strong": 0.45,
    "print_colour_strong_local": 0.4,
    "print_colour_axes": True,
    "print_both_min_inliers": 9,
    **SHAPE_DEFAULTS,  # the second detector, for smooth and printed marks (logo_shapes.py)
    **SECOND_LOOK_DEFAULTS,  # keypoints again around its unverified windows (logo_second_look.py)
    **TINT_DEFAULTS,  # a log-chroma template search for printed marks (logo_tint.py; on since stop 35)
    **CLAIM_DEFAULTS,  # which found marks are claims of their own: a part of another found mark is not (logo_claims.py; stop 39)
}


@dataclass
class LogoFeatures:
    """One logo, prepared for both detectors (plain data: picklable)."""

    name: str
    label: str
    sha256: str
    width: int  # reference frame size (the logo scaled to REF_SIDE on its long side)
    height: int
    points: np.ndarray  # N x 2 float32, in the reference frame
    descriptors: np.ndarray  # N x 128 float32
    verify_gray: np.ndarray  # small gray logo used for photometric verification
    verify_mask: np.ndarray  # bool, its edge neighbourhood
    verify_rgb: np.ndarray  # the same small logo in colour (tells look-alike marks apart)
    hashes: dict[str, Any] = field(default_factory=dict)
    paper: float = 255.0  # the grey level the logo was laid on (white, or dark for ``dark``)
    colour_mask: np.ndarray | None = None  # where colours are compared, when not verify_mask (the mark, not its paper)
    letters_mask: np.ndarray | None = None  # a dark reference: the edges of what only dark paper shows (white parts)
    dark: LogoFeatures | None = None  # the same mark on dark paper (a reversed logo; see logo_reversed_from)


REF_SIDE = 640
VERIFY_SIDE = 160


def _sift(max_features: int = 0) -> Any:
    import cv2

    return cv2.SIFT.create(nfeatures=max_features, contrastThreshold=0.03)


def _keypoint_kind(params: dict[str, Any]) -> str:
    kind = str(params.get("keypoints", DEFAULTS["keypoints"]))
    if kind not in ("sift", "orb"):
        raise ImageError(f"unknown logo keypoints {kind!r}", "Set keypoints: sift or orb.")
    return kind


def _detector(params: dict[str, Any], max_features: int = 0) -> Any:
    """The keypoint detector, the one of both sides (a logo's references and the photos):
    ``max_features`` the photo's cap (0: a logo picture's; SIFT's then unlimited)."""
    import cv2

    if _keypoint_kind(params) == "sift":
        return _sift(max_features)
    p = {**DEFAULTS, **params}
    edge = int(p["orb_edge"])
    return cv2.ORB.create(nfeatures=max_features or int(p["orb_logo_features"]), scaleFactor=float(p["orb_scale"]),
                          nlevels=int(p["orb_levels"]), edgeThreshold=edge, patchSize=edge,
                          fastThreshold=int(p["orb_fast_threshold"]))


def _binary(params: dict[str, Any]) -> bool:
    """Whether the descriptors are bit strings (searched by Hamming distance), not RootSIFT."""
    kind = str(params.get("descriptor", DEFAULTS["descriptor"]))
    if kind not in ("rootsift", "teblid", "orb"):
        raise ImageError(f"unknown logo descriptor {kind!r}", "Set descriptor: rootsift, teblid or orb.")
    return kind != "rootsift"


# The keypoint / descriptor pairs that work: RootSIFT and ORB's rBRIEF describe only their own
# detector's keypoints; TEBLID describes either (at its scale for each).
_PAIRS = {("sift", "rootsift"), ("sift", "teblid"), ("orb", "orb"), ("orb", "teblid")}


def _describer(params: dict[str, Any]) -> Any:
    """None when the detector describes its own keypoints (SIFT, or ORB's rBRIEF), else TEBLID."""
    kind = params.get("descriptor", DEFAULTS["descriptor"])
    keypoints = _keypoint_kind(params)
    _binary(params)  # an unknown descriptor name is said as such first
    if (keypoints, kind) not in _PAIRS:
        raise ImageError(f"the {kind} descriptor cannot describe {keypoints} keypoints",
                         "ORB keypoints take descriptor teblid or orb; SIFT keypoints rootsift or teblid.")
    if kind != "teblid":
        return None
    import cv2

    if not hasattr(cv2, "xfeatures2d"):
        raise ImageError("the TEBLID descriptor needs opencv-contrib-python-headless", "Install it, or set descriptor: rootsift.")
    # The sampling window's scale for the detector's keypoint sizes: 6.75 for SIFT, 1.00 for ORB.
    xf: Any = cv2.xfeatures2d  # type: ignore[attr-defined,unused-ignore]  # contrib only
    return xf.TEBLID_create(6.75 if keypoints == "sift" else 1.0)


def detect_describe(img: np.ndarray, detector: Any, describer: Any) -> tuple[Any, Any]:
    """Keypoints of ``img`` and their descriptors (the describer's, else the detector's own)."""
    if describer is None:
        kps, des = detector.detectAndCompute(img, None)
    else:
        kps = detector.detect(img, None)
        if not kps:
            return (), None
        kps, des = describer.compute(img, kps)
    return kps, des


_PREPARED: dict[tuple[Any, ...], LogoFeatures] = {}
_KEYPOINT_KEYS = ("keypoints", "orb_logo_features", "orb_scale", "orb_levels", "orb_fast_threshold", "orb_edge")


def prepare_logo(logo: Logo, params: dict[str, Any], data: bytes | None = None) -> LogoFeatures:
    """Decode a logo file and extract what both detectors need (memoised per process).
    ``data``: the file's picture bytes when the caller already read them (an SVG drawn)."""
    try:
        st = logo.path.stat()
        key: tuple[Any, ...] | None = (str(logo.path), logo.name, st.st_mtime_ns, st.st_size, repr(params.get("logo_pyramid")), repr(params.get("logo_blur")), repr(params.get("logo_ink")), repr(params.get("logo_level_features")), params.get("descriptor"), *(params.get(k) for k in _KEYPOINT_KEYS), params.get("logo_reversed_from"), params.get("logo_dark_paper"))
    except OSError:
        key = None
    if key is not None and key in _PREPARED:
        return _PREPARED[key]
    feats = _prepare_logo(logo, params, data)
    if key is not None:
        _PREPARED[key] = feats
    return feats


def read_logo(logo: Logo) -> bytes:
    """The logo file's picture bytes (an SVG drawn first), or an ImageError naming the logo."""
    from .logo_file import ADVICE, logo_bytes

    try:
        return logo_bytes(logo.path)
    except OSError as exc:
        raise ImageError(f"logo {logo.name}: cannot read {logo.path} ({exc.strerror or exc})") from None
    except ImageError as exc:
        raise ImageError(f"logo {logo.name} ({logo.path}): {exc.message}", exc.hint or ADVICE) from None


def _prepare_logo(logo: Logo, params: dict[str, Any], data: bytes | None = None) -> LogoFeatures:
    from PIL import Image

    from .image_decode import decode_image
    from .logo_file import ADVICE

    if data is None:
        data = read_logo(logo)
    try:
        dec = decode_image(data, max_side=4096)
    except ImageError as exc:
        raise ImageError(f"logo {logo.name} ({logo.path}): {exc.message}", ADVICE) from None
    dark = _on_dark_paper(data, dec.rgb.shape, params)
    feats = _reference(logo, dec.rgb, params, 255.0, blank_ok=dark is not None)
    pil = dec.pil()
    if dark is not None:
        darkf = _reference(logo, dark[0], params, float(params.get("logo_dark_paper", 0)), alpha=dark[1])
        if feats is None:  # only white on transparency: the dark version is the logo (and its copies' look)
            feats, pil = darkf, Image.fromarray(dark[0])
        else:
            feats.dark = darkf
    assert feats is not None
    feats.sha256 = hashlib.sha256(data).hexdigest()
    hashes = image_hashes(pil)
    hashes["crop"] = crop_hash(pil)
    feats.hashes = hashes
    return feats


def _on_dark_paper(data: bytes, shape: tuple[int, ...], params: dict[str, Any]) -> tuple[np.ndarray, np.ndarray] | None:
    """The logo laid on dark paper, and its alpha, when its white parts sit on transparency
    (see ``logo_reversed_from``), at the decoded picture's size; else None."""
    import cv2

    from .logo_file import logo_rgba, on_paper, white_on_transparent

    share = float(params.get("logo_reversed_from", DEFAULTS["logo_reversed_from"]) or 0.0)
    if share <= 0:
        return None
    rgba = logo_rgba(data)
    if rgba is None or white_on_transparent(rgba) < share:
        return None
    if rgba.shape[:2] != shape[:2]:
        rgba = cv2.resize(rgba, (shape[1], shape[0]), interpolation=cv2.INTER_AREA)
    return on_paper(rgba, float(params.get("logo_dark_paper", DEFAULTS["logo_dark_paper"]))), rgba[..., 3]


def _reference(logo: Logo, rgb: np.ndarray, params: dict[str, Any], paper: float, blank_ok: bool = False,
               alpha: np.ndarray | None = None) -> LogoFeatures | None:
    """The keypoints and verification pictures of the logo picture ``rgb`` (laid on ``paper``;
    ``alpha``: where the mark is, when the paper is not its own white)."""
    import cv2

    k = REF_SIDE / max(rgb.shape[:2])
    ref = cv2.resize(rgb, (max(8, round(rgb.shape[1] * k)), max(8, round(rgb.shape[0] * k))), interpolation=cv2.INTER_AREA if k < 1 else cv2.INTER_CUBIC)
    gray = cv2.cvtColor(ref, cv2.COLOR_RGB2GRAY)
    h, w = gray.shape
    detector = _detector(params)
    describer = _describer(params)
    binary = _binary(params)
    pts, descs = [], []
    # Each level of a small pyramid, and each in reversed polarity too: a mark printed on a
    # dark background (lanyard, dark slide) has its light parts dark, which flips SIFT's gradients.
    # And blurred copies of each level: an out-of-focus or motion-softened print loses the
    # fine corners SIFT finds on the sharp file (sigma in pixels of that level).
    cap = int(params.get("logo_level_features", DEFAULTS["logo_level_features"]))
    looks = [(gray, None), *_ink_variants(ref, params.get("logo_ink", DEFAULTS["logo_ink"]))]
    levels = [
        (look, s, inv, b)
        for look in range(len(looks))
        for s in params.get("logo_pyramid", DEFAULTS["logo_pyramid"])
        for inv in (False, True)
        for b in (0.0, *params.get("logo_blur", DEFAULTS["logo_blur"]))
    ]
    for look, s, inv, b in levels:
        base, where = looks[look]
        img = base if s == 1.0 else cv2.resize(base, (max(8, round(w * s)), max(8, round(h * s))), interpolation=cv2.INTER_AREA)
        if inv:
            img = 255 - img
        if b > 0:
            img = cv2.GaussianBlur(img, (0, 0), b)
        kps, des = detect_describe(img, detector, describer)
        if des is None or not kps:
            continue
        sx, sy = w / img.shape[1], h / img.shape[0]
        keep = np.ones(len(kps), bool)
        if where is not None:  # a printed variant: only keypoints on the mark, not on the made-up background
            xy = np.array([(kp.pt[0] * sx, kp.pt[1] * sy) for kp in kps]).round().astype(int)
            keep = where[np.clip(xy[:, 1], 0, h - 1), np.clip(xy[:, 0], 0, w - 1)]
        if cap and keep.sum() > cap:  # the strongest keypoints of a level: a busy mark must not crowd the index
            resp = np.where(keep, np.array([kp.response for kp in kps]), -np.inf)
            keep = np.zeros(len(kps), bool)
            keep[np.argsort(-resp, kind="stable")[:cap]] = True
        kps = [kp for kp, k in zip(kps, keep, strict=True) if k]
        des = des[keep]
        if not kps:
            continue
        pts.append(np.array([(kp.pt[0] * sx, kp.pt[1] * sy) for kp in kps], np.float32))
        descs.append(des if binary else des.astype(np.float32))
    if not pts and blank_ok:
        return None
    if not pts:
        # A white mark on a transparent background is flattened onto white (as a photo's
        # transparent parts are) and vanishes: say so, since that file is a common logo version.
        raise ImageError(f"logo {logo.name}: the picture has no detail to match (is it blank, or white on a transparent background?)",
                         "Give a clearer logo file: the version of the logo for light backgrounds (dark on white or on transparent).")
    vk = VERIFY_SIDE / max(w, h)
    vw, vh = max(8, round(w * vk)), max(8, round(h * vk))
    vgray = cv2.resize(gray, (vw, vh), interpolation=cv2.INTER_AREA)
    vrgb = cv2.resize(ref, (vw, vh), interpolation=cv2.INTER_AREA)
    edges = cv2.Canny(vgray, 50, 150)
    mask = cv2.dilate(edges, np.ones((5, 5), np.uint8)) > 0
    cmask = lmask = None
    if alpha is not None:  # made-up paper has no colour of its own to compare: only the mark's
        va = cv2.resize(alpha, (vw, vh), interpolation=cv2.INTER_AREA) > 127
        cmask = mask & va
        white = (va & (vrgb.min(axis=2) > 235)).astype(np.uint8)
        lmask = mask & (cv2.dilate(white, np.ones((5, 5), np.uint8)) > 0)
    return LogoFeatures(
        name=logo.name,
        label=logo.label,
        sha256="",
        width=w,
        height=h,
        points=np.concatenate(pts),
        descriptors=np.concatenate(descs),
        verify_gray=vgray,
        verify_mask=mask,
        verify_rgb=vrgb,
        paper=paper,
        colour_mask=cmask,
        letters_mask=lmask,
    )


def _ink_variants(ref: np.ndarray, backgrounds: Any) -> list[tuple[np.ndarray, np.ndarray]]:
    """The mark as if printed into a scene: where the file is white (or was transparent and
    flattened onto white) the background shows through, so the outline's contrast and even its
    polarity change. One grey picture a background level, and the mark's own area (dilated)."""
    import cv2

    if not backgrounds:
        return []
    f = ref.astype(np.float32)
    a = np.clip((255.0 - f.min(axis=2)) * (4.0 / 255.0), 0.0, 1.0)[..., None]
    where = cv2.dilate((a[..., 0] > 0.5).astype(np.uint8), np.ones((9, 9), np.uint8)) > 0
    out = []
    for bg in backgrounds:
        mix = np.clip(f * a + float(bg) * (1.0 - a), 0, 255).astype(np.uint8)
        out.append((cv2.cvtColor(mix, cv2.COLOR_RGB2GRAY), where))
    return out


# --- detectors ---------------------------------------------------------------------------


def rootsift(des: np.ndarray) -> np.ndarray:
    """RootSIFT (Arandjelović & Zisserman 2012): L1-normalise, then square root. Compares
    histograms by the Hellinger kernel, which matches better than SIFT's L2 under changes of
    tone and blur (measured on the logo bench)."""
    d = des.astype(np.float32)
    d /= d.sum(axis=1, keepdims=True) + 1e-7
    return np.sqrt(d)


class FeatureMatcher:
    """SIFT (RootSIFT) + one index over every logo + ratio test + RANSAC + photometric verification.

    All logos share one search index, so a photo's descriptors are searched once whatever the
    number of logos; a logo is only verified when enough of the photo's features chose it
    (early rejection: most photos stop after the search)."""

    def __init__(self, logos: list[LogoFeatures], params: dict[str, Any]):
        import cv2

        keep_freed_memory()  # once a process: SIFT's big images reuse freed memory (see there)
        # A reversed logo's keypoints are searched as registered and on dark paper (the same
        # name: either finds it). The dark references get their own index (``self.reversed``),
        # so the other logos' search is exactly as without them; the outline and colour searches
        # use the registered one, unless ``logo_dark_shapes`` (their few refinements a photo are
        # shared by every template).
        darks = [d for d in (getattr(lg, "dark", None) for lg in logos) if d is not None]
        shape_logos = logos + darks if params.get("logo_dark_shapes", DEFAULTS["logo_dark_shapes"]) else logos
        sub = {**params, "shape_search": False, "ink_search": False, "flann_checks": params.get("logo_dark_checks", DEFAULTS["logo_dark_checks"])}
        self.reversed: FeatureMatcher | None = FeatureMatcher(darks, sub) if darks else None
        self.logos = logos + darks  # a dark reference's index: its place in the reversed matcher + len(logos)
        self.params = {**DEFAULTS, **params}
        orb = _keypoint_kind(self.params) == "orb"
        self.detector = _detector(self.params, int(self.params["orb_features" if orb else "max_features"]))  # SIFT, or ORB
        # the second describer serves only the detect_side path (off by default): not built otherwise
        self.fine: Any = fine_describer() if self.params.get("detect_side") and (
            self.params.get("fine_keypoints") or self.params.get("coarse_on_copy")) else None
        self.checks = int(self.params.get("flann_checks", 48))
        self.describer = _describer(self.params)
        self.binary = _binary(self.params)
        self._dark_from = len(logos)
        # The last photo's plausible but unverified places (near_look's windows), as shapes.looked.
        self.near: list[tuple[float, str, list[int]]] = []
        if logos:
            raw = np.concatenate([lg.descriptors for lg in logos])
            if self.binary != (raw.dtype == np.uint8):
                raise ImageError("the logos were prepared for another descriptor than the matcher's",
                                 "Prepare them with the same descriptor and keypoints options.")
            self.desc = raw if self.binary else rootsift(raw)
            self.points = np.concatenate([lg.points for lg in logos]).astype(np.float32)
            self.owner = np.concatenate([np.full(len(lg.descriptors), i, np.int32) for i, lg in enumerate(logos)])
            if not self.binary:
                # The kd-trees are random (OpenCV's RNG): two builds give different neighbours for
                # most queries at 48 checks, so a photo's answer depends on the index build. A seed
                # makes it reproducible (option; None = the RNG's state, as before; logofast2).
                if self.params.get("flann_seed") is not None:
                    cv2.setRNGSeed(int(self.params["flann_seed"]))
                self.index = cv2.flann.Index(self.desc, {"algorithm": 1, "trees": 4})
            elif self.params["binary_index"] == "lsh":
                if self.params.get("flann_seed") is not None:
                    cv2.setRNGSeed(int(self.params["flann_seed"]))
                self.index = cv2.flann.Index(self.desc, {"algorithm": 6, "table_number": 6, "key_size": 12, "multi_probe_level": 1})
            else:
                self.bf = cv2.BFMatcher(cv2.NORM_HAMMING)
        self.shapes = ShapeMatcher(shape_logos, self.params)
        self.inks = ShapeMatcher(shape_logos, self.params, look="chroma")

    def detect(self, gray: np.ndarray, rgb: np.ndarray | None = None) -> list[dict[str, Any]]:
        """Matches in ``gray`` (already at analysis size); boxes in ``gray``'s pixels."""
        import cv2

        if not self.logos:
            return []
        p = self.params
        side = int(p["feature_side"])
        k = min(1.0, side / max(gray.shape[:2]))
        img = gray if k == 1.0 else cv2.resize(gray, (round(gray.shape[1] * k), round(gray.shape[0] * k)), interpolation=cv2.INTER_AREA)
        # The colour check warps from the photo's own pixels (no shrunk colour copy: it is only
        # read for the few candidates that reach verification).
        self._rgb = rgb
        self._rgb_k = k
        clip = float(p.get("photo_clahe", 0.0))
        # Local contrast normalisation: a mark printed into a scene keeps its shapes but loses
        # most of its grey-level contrast, which SIFT's contrast threshold would discard.
        look = cv2.createCLAHE(clipLimit=clip, tileGridSize=(8, 8)).apply(img) if clip > 0 else img
        self.near = []
        kps, rdes = self.describe(look)
        if rdes is None or len(kps) < 4:
            return self._shapes(gray, rgb, [])
        photo_pts = np.array([kp.pt for kp in kps], np.float32)
        found = []
        pairs = self._pairs(rdes)
        if self.reversed is not None:
            pairs += [(li + self._dark_from, src, q) for li, src, q in self.reversed._pairs(rdes)]
        for li, src, q in pairs:
            place: list[tuple[int, list[float]]] = []
            m = self._match_one(img, src, photo_pts[q], self.logos[li], place)
            if m is not None:
                x, y, w, h = m["box"]
                m["box"] = [round(x / k), round(y / k), round(w / k), round(h / k)]
                found.append(m)
            elif place:  # a plausible place that failed its checks (near_look)
                n_in, (x, y, w, h) = place[0]
                self.near.append((1.0 + n_in / 1000.0, self.logos[li].name, [round(x / k), round(y / k), round(w / k), round(h / k)]))
        return self._shapes(gray, rgb, _suppress(found), self.near)

    def describe(self, look: np.ndarray, coarse: bool = True) -> tuple[Any, Any]:
        """The photo's keypoints and their descriptors as the index holds them (RootSIFT, or bits);
        ``coarse`` False: the detector on ``look`` itself, never on a smaller copy (detect_side)."""
        kps, des = self._keypoints(look) if coarse else detect_describe(look, self.detector, self.describer)
        if des is None or not len(kps):
            return kps, None
        return kps, (des if self.binary else rootsift(des))

    def _keypoints(self, look: np.ndarray) -> tuple[Any, Any]:
        """SIFT keypoints and descriptors of ``look``.

        OpenCV's SIFT doubles its input before building the pyramid, and that finest octave is
        about three quarters of the cost. With ``detect_side`` set, the keypoints are found on a
        smaller copy (whose doubled octave has the feature image's own resolution), then
        described on the feature image's real pixels: given keypoints that all sit in octave
        >= 0, OpenCV builds the pyramid without doubling."""
        import cv2

        side = int(self.params.get("detect_side", 0))
        if not side or side >= max(look.shape[:2]) or _keypoint_kind(self.params) != "sift":
            return detect_describe(look, self.detector, self.describer)
        k = side / max(look.shape[:2])
        small = cv2.resize(look, (max(8, round(look.shape[1] * k)), max(8, round(look.shape[0] * k))), interpolation=cv2.INTER_AREA)
        fx, fy = look.shape[1] / small.shape[1], look.shape[0] / small.shape[0]
        on_small = list(self.detector.detect(small, None))
        octaves = int(self.params.get("fine_octaves", 1))
        if octaves > 1 and fx < 3:
            # OpenCV's octave 0 comes from the feature image itself (below): the copy's doubled
            # octave, an upsampled picture of the same scales, is dropped.
            on_small = [kp for kp in on_small if kp.octave & 255 != 255]
        kps = rescale_keypoints(on_small, fx, fy, look.shape)
        fine: list[Any] = []
        if self.params.get("fine_keypoints"):
            # The finest scales, which the smaller copy cannot see, from the feature image's own
            # pixels; then OpenCV's rule: the strongest max_features keypoints of all scales.
            cap = int(self.params["max_features"])
            fine = fine_keypoints(look, max_features=cap, octaves=octaves, extra_blur=float(self.params["fine_blur"]))
            if cap and len(kps) + len(fine) > cap:
                resp = np.array([kp.response for kp in kps] + [kp.response for kp in fine])
                keep = np.zeros(len(resp), bool)
                keep[np.argsort(-resp, kind="stable")[:cap]] = True
                n = len(kps)
                kps = [kp for kp, t in zip(kps, keep[:n], strict=True) if t]
                on_small = [kp for kp, t in zip(on_small, keep[:n], strict=True) if t]
                fine = [kp for kp, t in zip(fine, keep[n:], strict=True) if t]
        parts = []
        mid = int(self.params.get("coarse_describe_side", 0))
        if kps and mid > max(small.shape[:2]):
            # The copy's keypoints described on a larger copy (e.g. twice the detection copy's
            # side: OpenCV reads octave 1's descriptors at half the feature image's resolution).
            parts.append(self._describe_on(look, on_small, fx, fy, mid))
        elif kps and self.params.get("coarse_on_copy"):
            parts.extend(self._describe_on_copy(small, on_small, fx, fy))
        elif kps:
            parts.append(self.detector.compute(look, kps))
        if fine:
            parts.append(self.fine.compute(look, fine))
        parts = [(f, d) for f, d in parts if d is not None and len(f)]
        if not parts:
            return (), None
        if self.describer is not None:  # TEBLID on the keypoints found this way
            kps, des = self.describer.compute(look, [kp for f, _ in parts for kp in f])
            return kps, des
        return [kp for f, _ in parts for kp in f], np.concatenate([d for _, d in parts])

    def _describe_on(self, look: np.ndarray, kps: list[Any], fx: float, fy: float, side: int) -> tuple[Any, Any]:
        """Describe keypoints found on a copy (scaled by fx, fy from ``look``) on a copy of
        ``side`` px, never below its octave 0; points and sizes then moved onto ``look``."""
        import cv2

        k = min(1.0, side / max(look.shape[:2]))
        mid = cv2.resize(look, (max(8, round(look.shape[1] * k)), max(8, round(look.shape[0] * k))), interpolation=cv2.INTER_AREA)
        gx, gy = look.shape[1] / mid.shape[1], look.shape[0] / mid.shape[0]
        found, des = self.detector.compute(mid, rescale_keypoints(kps, fx / gx, fy / gy, mid.shape))
        g = (gx + gy) / 2.0
        return [cv2.KeyPoint(kp.pt[0] * gx, kp.pt[1] * gy, kp.size * g, kp.angle, kp.response, kp.octave, kp.class_id) for kp in found], des

    def _describe_on_copy(self, small: np.ndarray, kps: list[Any], fx: float, fy: float) -> list[tuple[Any, Any]]:
        """Describe the smaller copy's keypoints on the copy itself (a quarter of the pixels a
        descriptor reads): its doubled octave with the fine describer at the copy's resolution
        (as logo_keypoints does on the feature image), the rest as OpenCV would; points and
        sizes then moved onto the feature image."""
        import cv2

        doubled = [cv2.KeyPoint(kp.pt[0], kp.pt[1], kp.size, kp.angle, kp.response, (kp.octave & 0xFF0000) | ((((kp.octave >> 8) & 255) - 1) << 8), kp.class_id) for kp in kps if kp.octave & 255 == 255]
        rest = [kp for kp in kps if kp.octave & 255 != 255]
        f = (fx + fy) / 2.0
        out = []
        for sift, group in ((self.fine, doubled), (self.detector, rest)):
            if not group:
                continue
            found, des = sift.compute(small, group)
            if des is not None and len(found):
                out.append(([cv2.KeyPoint(kp.pt[0] * fx, kp.pt[1] * fy, kp.size * f, kp.angle, kp.response, kp.octave, kp.class_id) for kp in found], des))
        return out

    def _shapes(self, gray: np.ndarray, rgb: np.ndarray | None, found: list[dict[str, Any]],
                near: list[tuple[float, str, list[int]]] | None = None) -> list[dict[str, Any]]:
        """The keypoint matches, plus a keypoint look again at the photo's own pixels around the
        whole-photo pass's plausible but unverified places (``near``, with ``near_look``), plus
        the outline detector's (logo_shapes.py) for the logos they missed, plus its colour
        search's (printed marks) for the logos still missing."""
        try:
            if near and int(self.params.get("near_look", 0)) > 0:  # on since stop 31 (logo_second_look.py)
                found = found + second_look(self, gray, rgb, found, near, int(self.params["near_look"]))
            found = found + self.shapes.detect(gray if rgb is None else rgb, found)
            found = found if rgb is None else found + self.inks.detect(rgb, found)
            if int(self.params.get("second_look", 0)) > 0:  # logo_second_look.py (on since stop 31)
                found = found + second_look(self, gray, rgb, found, self.shapes.looked + self.inks.looked)
            if rgb is not None and self.params.get("print_tint"):  # logo_tint.py (logoprint35; on since stop 35)
                found = found + tint_matches(rgb, self.logos, found, self.params)
            return found
        finally:
            forget_halvings()  # both searches shared the photo's halvings (logo_shapes.halved)

    def _pairs(self, des: np.ndarray) -> list[tuple[int, np.ndarray, np.ndarray]]:
        """Per logo with enough votes: (logo index, logo points, photo descriptor indexes) of the
        matches passing a ratio test whose runner-up is another logo or another place on the
        same logo (the logo pyramid's duplicates of one place do not count as rivals)."""
        ratio = float(self.params["ratio"])
        kk = min(6, len(self.desc))
        if kk < 2:
            return []
        if not self.binary:
            idx, d2 = self.index.knnSearch(des, kk, params={"checks": self.checks})
        elif self.params["binary_index"] == "lsh":
            # LSH may find fewer than kk candidates: a missing neighbour is no rival (distance inf),
            # a missing first neighbour no vote.
            idx, dist = self.index.knnSearch(des, kk, params={"checks": self.checks})
            idx = np.asarray(idx, np.int64)
            gone = idx < 0
            d2 = np.where(gone, np.inf, np.asarray(dist, np.float32)).astype(np.float32) ** 2
            d2[gone[:, 0], 0] = np.inf
            idx[gone] = 0
        else:  # binary descriptors: exact Hamming search; squared so that the ratio test reads the same
            rows = self.bf.knnMatch(des, self.desc, k=kk)
            idx = np.array([[m.trainIdx for m in r] for r in rows if len(r) == kk], np.int64).reshape(-1, kk)
            d2 = np.array([[m.distance for m in r] for r in rows if len(r) == kk], np.float32).reshape(-1, kk) ** 2
            if len(idx) != len(des):
                return []
        idx = idx.astype(np.int64)
        own = self.owner[idx]  # Q x k
        pts = self.points[idx]  # Q x k x 2
        far = np.abs(pts[:, 1:, :] - pts[:, :1, :]).sum(axis=2) > 12.0
        if self.params["ratio_rivals"] == "same-logo":
            # Marks that share a part (one organisation's emblem and wordmark) do not veto each
            # other: the runner-up must be another place on the same logo; RANSAC and the
            # verification then decide, and _suppress keeps the better-verified mark.
            rival = (own[:, 1:] == own[:, :1]) & far
        else:
            rival = (own[:, 1:] != own[:, :1]) | far
        has = rival.any(axis=1)
        first = rival.argmax(axis=1) + 1
        runner = d2[np.arange(len(d2)), first]
        ok = (~has | (d2[:, 0] < (ratio * ratio) * runner)) & np.isfinite(d2[:, 0])
        need = int(self.params["min_inliers"])
        out = []
        best = own[:, 0]
        for li in np.unique(best[ok]):
            q = np.nonzero(ok & (best == li))[0]
            if len(q) >= need:
                out.append((int(li), pts[q, 0, :].astype(np.float32), q.astype(np.int64)))
        return out

    def _match_one(self, img: np.ndarray, src: np.ndarray, dst: np.ndarray, lg: LogoFeatures,
                   place: list[tuple[int, list[float]]] | None = None) -> dict[str, Any] | None:
        """The logo's verified match from these votes, or None; ``place`` receives the plausible
        model's (inliers, box) even when its checks then fail (near_look looks there again)."""
        import cv2

        p = self.params
        need = int(p["min_inliers"])
        px = float(p.get("ransac_px", 4.0))
        # The inliers are some of these votes, and must span a good part of the logo (below):
        # votes bunched on one corner of it cannot, so skip the model fitting for them.
        if not _spans(src, lg):
            return None
        # Two models, keep the plausible one with more support: a full affine (stable with few or
        # nearly collinear inliers, e.g. a text line) and a homography (perspective on big marks).
        cands = []
        A, inl = cv2.estimateAffine2D(src, dst, method=cv2.RANSAC, ransacReprojThreshold=px, maxIters=3000, confidence=0.995)
        if A is not None and inl is not None:
            cands.append((np.vstack([A, [0, 0, 1]]), inl.ravel().astype(bool)))
        if len(src) >= 8:
            Hp, inl2 = cv2.findHomography(src, dst, cv2.USAC_MAGSAC, px * 1.5, maxIters=3000, confidence=0.995)
            if Hp is not None and inl2 is not None:
                cands.append((Hp, inl2.ravel().astype(bool)))
        best = None
        for Hc, mk in cands:
            if int(mk.sum()) < need:
                continue
            qc = cv2.perspectiveTransform(_corners(lg), Hc)[0]
            if _plausible(qc, Hc, lg, img.shape) and (best is None or mk.sum() > best[1].sum()):
                best = (Hc, mk, qc)
        if best is None:
            return None
        H, mask, quad = best
        n_in = int(mask.sum())
        if place is not None:  # where a look at the photo's own pixels may verify what this copy could not
            qx0, qy0 = quad.min(axis=0)
            qx1, qy1 = quad.max(axis=0)
            place.append((n_in, [float(qx0), float(qy0), float(qx1 - qx0), float(qy1 - qy0)]))
        # The inliers must cover a good part of the logo, not one letter repeated.
        if not _spans(src[mask], lg):
            return None
        score = _verify(img, H, lg)
        rgb = getattr(self, "_rgb", None)
        to_rgb = np.diag([1.0 / self._rgb_k, 1.0 / self._rgb_k, 1.0]) @ H if rgb is not None else H
        if score < p["min_zncc"]:
            if not self._printed(img, rgb, H, to_rgb, lg, n_in, p):
                return None
            colour, printed = None, True
        else:
            colour, printed = (_colour(rgb, to_rgb, lg) if rgb is not None else None), False
        if getattr(lg, "letters_mask", None) is not None and _verify(img, H, lg, lg.letters_mask) < p["logo_dark_min_letters"]:
            # found on dark paper: the white parts (the lettering) must be there, not only the
            # parts the registered logo already has (a reversed wordmark's emblem alone)
            return None
        if printed:
            pass  # judged as a print (_printed): its own colour and correlation bars
        elif colour is not None:
            # A colourful mark must have its colours; a look-alike in other colours fails here.
            if colour < p["min_colour"] and not self._printed(img, rgb, H, to_rgb, lg, n_in, p):
                return None
        elif score < p["min_zncc_gray"] and not self._printed(img, rgb, H, to_rgb, lg, n_in, p):
            return None  # no colour to compare (grey photo or grey logo): ask more of the shapes
        x0, y0 = np.floor(quad.min(axis=0)).astype(int)
        x1, y1 = np.ceil(quad.max(axis=0)).astype(int)
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(img.shape[1], x1), min(img.shape[0], y1)
        return {
            "name": lg.name,
            "label": lg.label,
            "method": "features",
            "box": [int(x0), int(y0), int(x1 - x0), int(y1 - y0)],
            "inliers": n_in,
            "score": round(float(score), 3),
            "colour": None if colour is None else round(colour, 3),
        }

    def _printed(self, img: np.ndarray, rgb: np.ndarray | None, H: np.ndarray, to_rgb: np.ndarray,
                 lg: LogoFeatures, n_in: int, params: dict[str, Any] | None = None) -> bool:
        """A keypoint model the plain checks rejected, judged as a mark printed into the scene
        (``print_checks``, on since stop 32): enough inliers (``print_min_inliers``), the
        correlation cell by cell (``_verify_local`` >= ``print_min_local``) and, when the logo has
        colours, its log-chroma pattern (``_print_colour`` >= ``print_min_colour``); without colour
        to compare, the cell correlation must reach ``print_min_local_gray``."""
        p = self.params if params is None else params
        if not p.get("print_checks"):
            return False
        cstrong = float(p.get("print_colour_strong", 0.0) or 0.0)
        both = int(p.get("print_both_min_inliers", 0) or 0) if cstrong > 0 else 0
        if n_in < int(p["print_min_inliers"]) and not (0 < both <= n_in):
            return False
        local = _verify_local(img, H, lg)
        floor = min(float(p["print_min_local"]), float(p.get("print_colour_strong_local", 1.0))) if cstrong > 0 else float(p["print_min_local"])
        if local < floor:
            return False
        pc = _print_colour(rgb, to_rgb, lg, bool(p.get("print_colour_axes"))) if rgb is not None else None
        if cstrong > 0:
            ok = _colour_strong(local, pc, n_in, cstrong, p)
            if ok is not None:
                return ok
        if pc is not None:
            strong = float(p.get("print_strong_local", 0.0) or 0.0)
            if strong > 0 and local >= strong:  # the cells agree strongly: a weaker colour bar (print_strong_colour)
                return pc >= float(p["print_strong_colour"])
            return pc >= float(p["print_min_colour"])
        return local >= float(p["print_min_local_gray"])


def rescale_keypoints(kps: Any, fx: float, fy: float, shape: tuple[int, ...], layers: int = 3, sigma: float = 1.6) -> list[Any]:
    """SIFT keypoints found on a picture scaled by (fx, fy), moved onto the full picture of
    ``shape`` and re-encoded for ``sift.compute`` there: ``KeyPoint.octave`` packs the octave
    (low byte, signed) and the layer (next byte) whose Gaussian image the descriptor is read
    from (OpenCV's unpackOctave). The octave and layer are chosen from the keypoint's scale on
    the full picture, never below octave 0, so OpenCV does not double the picture."""
    import cv2

    if not kps:
        return []
    f = (fx + fy) / 2.0
    top = max(0, int(np.log2(max(1, min(shape[:2])))) - 2)  # the coarsest octave OpenCV's own detection builds
    t = np.log2(np.maximum(np.array([kp.size for kp in kps]) * (f / 2.0), 1e-6) / sigma)  # octaves above the base blur
    octave = np.clip(np.floor(t), 0, top)
    layer = np.clip(np.round((t - octave) * layers), 0, layers)
    code = (octave.astype(np.int64) | (layer.astype(np.int64) << 8)).tolist()
    return [cv2.KeyPoint(kp.pt[0] * fx, kp.pt[1] * fy, kp.size * f, kp.angle, kp.response, c, kp.class_id) for kp, c in zip(kps, code, strict=True)]


def _spans(pts: np.ndarray, lg: LogoFeatures) -> bool:
    """The logo points cover a quarter of the logo's width or height."""
    span = pts.max(axis=0) - pts.min(axis=0)
    return bool(span[0] >= 0.25 * lg.width or span[1] >= 0.25 * lg.height)


def _corners(lg: LogoFeatures) -> np.ndarray:
    return np.array([[[0, 0], [lg.width, 0], [lg.width, lg.height], [0, lg.height]]], np.float32)


def _plausible(quad: np.ndarray, H: np.ndarray, lg: LogoFeatures, shape: tuple[int, ...]) -> bool:
    import cv2

    if not np.all(np.isfinite(quad)):
        return False
    if not cv2.isContourConvex(quad.reshape(-1, 1, 2).astype(np.float32)):
        return False
    area = cv2.contourArea(quad)
    if area < 12 * 12 or area > 4.0 * shape[0] * shape[1]:
        return False
    # Not folded or wildly stretched: the affine part's singular values stay comparable.
    A = H[:2, :2] / H[2, 2]
    s = np.linalg.svd(A, compute_uv=False)
    if s[1] <= 1e-6 or s[0] / s[1] > 4.0 or np.linalg.det(A) <= 0:
        return False
    # Mild perspective only: opposite sides within a factor of 3.
    sides = [np.linalg.norm(quad[i] - quad[(i + 1) % 4]) for i in range(4)]
    return all(min(a, b) > 1 and max(a, b) / min(a, b) <= 3.0 for a, b in ((sides[0], sides[2]), (sides[1], sides[3])))


def _to_logo_frame(img: np.ndarray, H: np.ndarray, lg: LogoFeatures) -> np.ndarray:
    """The photo region under the model ``H`` (reference frame -> photo), warped onto the logo's
    verify frame: what every photometric check compares with the logo."""
    import cv2

    vh, vw = lg.verify_gray.shape
    S = np.diag([lg.width / vw, lg.height / vh, 1.0])  # verify frame -> reference frame
    warped: np.ndarray = cv2.warpPerspective(img, H @ S, (vw, vh), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                                             borderMode=cv2.BORDER_REPLICATE)
    return warped


def _colour_mask(lg: LogoFeatures) -> np.ndarray:
    """Where the logo's colours are compared: its colour mask when it has one, else its edges."""
    colour: np.ndarray | None = getattr(lg, "colour_mask", None)
    return lg.verify_mask if colour is None else colour


def _verify(img: np.ndarray, H: np.ndarray, lg: LogoFeatures, mask: np.ndarray | None = None) -> float:
    """Zero-mean normalised correlation of the photo region (warped onto the logo) with the logo
    (over its edges, or over ``mask``)."""
    import cv2

    warped = _to_logo_frame(img, H, lg)
    m = lg.verify_mask if mask is None else mask
    if not m.any():
        return 0.0
    a = cv2.GaussianBlur(warped.astype(np.float32), (3, 3), 0)[m]
    b = cv2.GaussianBlur(lg.verify_gray.astype(np.float32), (3, 3), 0)[m]
    # Either polarity: the mark on a light or on a dark background.
    return abs(zncc(a, b))


def _colour(rgb: np.ndarray, H: np.ndarray, lg: LogoFeatures) -> float | None:
    """Correlation of the region's chroma with the logo's (opponent channels R-G and (R+G)/2-B,
    which ignore brightness): marks with the same layout in other colours score low."""

    warped = _to_logo_frame(rgb, H, lg)
    def opponent(x: np.ndarray) -> list[np.ndarray]:
        f = x.astype(np.float32)
        return [f[..., 0] - f[..., 1], (f[..., 0] + f[..., 1]) / 2 - f[..., 2]]

    scores = []
    for a, b in zip(opponent(warped), opponent(lg.verify_rgb), strict=True):
        m = _colour_mask(lg)
        a, b = a[m], b[m]
        if b.size and (float(b.std()) < 12.0 or float(a.std()) < 3.0):
            return None  # the logo or the region has no colour to compare (an empty mask correlates 0)
        scores.append(zncc(a, b))
    return float(np.mean(scores))


def _verify_local(img: np.ndarray, H: np.ndarray, lg: LogoFeatures, cells: int = 4) -> float:
    """The verification's correlation taken cell by cell (``logo_math.cell_correlation`` over the logo's edge
    mask): a mark printed into a scene sits on a background that changes across it (sky on one side, a face on
    the other), which the whole-mask correlation (``_verify``) reads as disagreement and a cell does not."""
    v = cell_correlation(_to_logo_frame(img, H, lg), lg.verify_gray, lg.verify_mask, cells)
    return 0.0 if v is None else v


def _colour_strong(local: float, pc: float | None, n_in: int, cstrong: float, p: dict[str, Any]) -> bool | None:
    """``print_colour_strong`` (logoprint34, the mirror of pcC): the verdict on a print that only this
    rule can decide (cells under ``print_min_local``, or inliers under ``print_min_inliers``), None for
    the others (today's bars judge them). Cells under the plain print bar pass only with log-chroma >=
    ``cstrong``; fewer inliers than the print bar (>= ``print_both_min_inliers``) only when the cells reach
    ``print_strong_local`` as well. Without colour to compare, this rule cannot tell: no pass."""
    weak_cells = local < float(p["print_min_local"])
    few = n_in < int(p["print_min_inliers"])
    if not weak_cells and not few:
        return None
    if pc is None or pc < cstrong:
        return False
    return not (few and local < float(p.get("print_strong_local", 0.0) or 1.0))


def _print_colour(rgb: np.ndarray, H: np.ndarray, lg: LogoFeatures, axes: bool = False) -> float | None:
    """Correlation of the region's log-chroma with the logo's (log R - log G and
    (log R + log G) / 2 - log B): ink multiplied into a scene multiplies each channel by the
    mark's colour, which *adds* the mark's log-chroma to the scene's, so a print over a coloured
    scene keeps its colour pattern here when the plain opponent channels (``_colour``: the scene's
    colour times the mark's) lose it. None when the logo has no colour pattern to compare."""

    warped = _to_logo_frame(rgb, H, lg)
    m = _colour_mask(lg)

    def log_opponent(x: np.ndarray) -> list[np.ndarray]:
        f = np.log(x.astype(np.float32)[m] + 8.0)
        return [f[:, 0] - f[:, 1], (f[:, 0] + f[:, 1]) / 2 - f[:, 2]]

    scores = []
    for a, b in zip(log_opponent(warped), log_opponent(lg.verify_rgb), strict=True):
        if not b.size or float(b.std()) < 0.1:
            if axes:  # print_colour_axes: compare the axes where the logo has colour
                continue
            return None  # the logo has no colour pattern here
        scores.append(zncc(a, b))
    return float(np.mean(scores)) if scores else None


def _suppress(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Where two logos matched the same place (similar marks), keep the better-verified one."""
    keep: list[dict[str, Any]] = []
    for m in sorted(found, key=lambda m: (m.get("colour") or 0.0, m["score"], m["inliers"]), reverse=True):
        if all(box_iou(m["box"], k["box"]) < 0.3 for k in keep):
            keep.append(m)
    return keep
