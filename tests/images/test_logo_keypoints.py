"""Keypoints found on a smaller copy of the photo, described on the photo's own pixels
(logos.rescale_keypoints): the re-encoded octave and layer give OpenCV's own descriptors,
nothing lands below octave 0 (so OpenCV does not double the picture), and the detector finds
the logo this way as it does the slow way."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from selfaudit.analysis.logos import DEFAULTS, FeatureMatcher, LogoFeatures, _sift, rescale_keypoints

from .conftest import HOPPER, iou, paste_logo, scene


def _octave(kp: cv2.KeyPoint) -> tuple[int, int]:
    o = kp.octave & 255
    return (o - 256 if o >= 128 else o), (kp.octave >> 8) & 255


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray((a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1) + 1e-9))


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    return np.asarray(Image.open(HOPPER).convert("L").resize((480, 560), Image.Resampling.LANCZOS))


def test_re_encoded_keypoints_give_opencv_s_own_descriptors(photo: np.ndarray) -> None:
    sift = _sift()
    kps, des = sift.detectAndCompute(photo, None)
    mine = [i for i, kp in enumerate(kps) if _octave(kp)[0] >= 0]  # those OpenCV can describe undoubled
    assert len(mine) > 50
    again = rescale_keypoints([kps[i] for i in mine], 1.0, 1.0, photo.shape)
    # the same Gaussian image (octave * 3 + layer), give or take the sub-layer offset OpenCV rounds away
    steps = [(o * 3 + y) - (o2 * 3 + y2) for (o, y), (o2, y2) in ((_octave(a), _octave(kps[i])) for a, i in zip(again, mine, strict=True))]
    assert max(abs(d) for d in steps) <= 1 and sum(d == 0 for d in steps) > 0.8 * len(steps)
    _, des2 = sift.compute(photo, again)
    cos = _cosines(des2, des[mine])
    assert np.median(cos) > 0.99 and cos.min() > 0.9


def test_keypoints_from_a_half_size_copy_sit_in_octave_0_or_above_and_describe_the_full_picture(photo: np.ndarray) -> None:
    sift = _sift()
    half = cv2.resize(photo, (photo.shape[1] // 2, photo.shape[0] // 2), interpolation=cv2.INTER_AREA)
    found = sift.detect(half, None)
    assert any(_octave(kp)[0] < 0 for kp in found)  # the half-size copy was doubled ...
    kps = rescale_keypoints(found, 2.0, 2.0, photo.shape)
    assert all(_octave(kp)[0] >= 0 and 0 <= _octave(kp)[1] <= 3 for kp in kps)  # ... the full picture will not be
    assert all(abs(a.pt[0] - 2 * b.pt[0]) < 1e-3 and abs(a.size - 2 * b.size) < 1e-3 for a, b in zip(kps, found, strict=True))
    kps2, des = sift.compute(photo, kps)
    assert len(kps2) == len(kps) and des.shape == (len(kps), 128)
    # The same places described by full detection on the full picture agree with ours.
    full, fdes = sift.detectAndCompute(photo, None)
    fpts = np.array([kp.pt for kp in full])
    close = []
    for kp, d in zip(kps2, des, strict=True):
        j = int(np.argmin(np.abs(fpts - kp.pt).sum(axis=1)))
        if np.abs(fpts[j] - kp.pt).sum() < 1.0 and abs(full[j].size / kp.size - 1) < 0.1 and abs(full[j].angle - kp.angle) < 5:
            close.append(float(_cosines(d[None], fdes[j][None])[0]))
    assert len(close) > 20 and np.median(close) > 0.9


@pytest.fixture(scope="module")
def shipped() -> list[LogoFeatures]:
    from selfaudit.analysis import images as I
    from selfaudit.config import Config

    return I.ImageAnalyser(Config(), cache=False).logos


@pytest.mark.parametrize("detect_side", [0, 640])
def test_the_logo_is_found_with_either_keypoint_search(shipped: list[LogoFeatures], detect_side: int) -> None:
    img = scene(1280, 910)
    truth = paste_logo(img, 260, (820, 420), angle=4)
    m = FeatureMatcher(shipped, {**DEFAULTS, "detect_side": detect_side})
    rgb = np.asarray(img)
    found = [f for f in m.detect(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), rgb) if f["name"] == "chscb-standin"]
    assert found and found[0]["method"] == "features" and iou(found[0]["box"], truth) > 0.6, (found, truth)
    # negative: the same scene without the logo
    bare = np.asarray(scene(1280, 910))
    assert m.detect(cv2.cvtColor(bare, cv2.COLOR_RGB2GRAY), bare) == []
