"""SIFT's finest scales found on the photo's own pixels (logo_keypoints.py): they are OpenCV's
doubled-octave keypoints (same places, sizes, orientations and descriptors, mostly), found
without doubling the photo; with ``detect_side`` + ``fine_keypoints`` the matcher still finds
the logo and nothing on the bare scene; and a photo without detail gives no keypoints."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from selfaudit.analysis.logo_keypoints import fine_describer, fine_keypoints, keep_freed_memory
from selfaudit.analysis.logos import DEFAULTS, FeatureMatcher, LogoFeatures, _sift, rootsift

from .conftest import HOPPER, iou, paste_logo, scene


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    return np.asarray(Image.open(HOPPER).convert("L").resize((480, 560), Image.Resampling.LANCZOS))



def _agreement(kps, des, wanted, mine, mdes, within):  # type: ignore[no-untyped-def]
    """How many of OpenCV's keypoints ``wanted`` ours find at the same place (within ``within``
    px), size and angle, and the best RootSIFT cosine of each found one's descriptors."""
    pts = np.array([kp.pt for kp in mine])
    cos, found = [], 0
    for i in wanted:
        ref = kps[i]
        near = [j for j in np.nonzero(np.abs(pts - ref.pt).max(axis=1) < within)[0]
                if abs(np.log(mine[j].size / ref.size)) < 0.25 and min(abs(mine[j].angle - ref.angle), 360 - abs(mine[j].angle - ref.angle)) < 10]
        if near:
            found += 1
            cos.append(max(float(rootsift(mdes[j][None])[0] @ rootsift(des[i][None])[0]) for j in near))
    return found, cos

def test_fine_keypoints_are_opencv_s_doubled_octave(photo: np.ndarray) -> None:
    kps, des = _sift().detectAndCompute(photo, None)
    doubled = [i for i, kp in enumerate(kps) if kp.octave & 255 == 255]  # octave -1
    assert len(doubled) > 50
    mine, mdes = fine_describer().compute(photo, fine_keypoints(photo))
    assert all((kp.octave & 255) == 0 and 0 <= (kp.octave >> 8) & 255 <= 2 for kp in mine)  # never doubled
    found, cos = _agreement(kps, des, doubled, mine, mdes, within=1.0)
    assert found > 0.5 * len(doubled), (found, len(doubled))  # 55 % here, 67–74 % on the bench photos
    assert np.median(cos) > 0.98


def test_a_flat_picture_has_no_fine_keypoints() -> None:
    assert fine_keypoints(np.full((200, 300), 128, np.uint8)) == []
    assert fine_keypoints(np.full((200, 300), 128, np.uint8), octaves=2) == []


def test_the_reused_dog_stack_gives_the_same_keypoints(photo: np.ndarray) -> None:
    """The DoG buffer is reused between photos (and between sizes): same answers every call."""
    def sig(kps: list) -> list:
        return [(k.pt, k.size, k.angle, k.response, k.octave) for k in kps]

    first = sig(fine_keypoints(photo, octaves=2))
    fine_keypoints(np.ascontiguousarray(photo[:300, :200]))  # a smaller picture in between
    fine_keypoints(np.full((200, 300), 128, np.uint8))
    assert sig(fine_keypoints(photo, octaves=2)) == first


def test_max_features_keeps_the_strongest(photo: np.ndarray) -> None:
    every = fine_keypoints(photo)
    some = fine_keypoints(photo, max_features=40)
    assert 40 <= len(some) < len(every)  # 40 places, some with a second orientation
    assert min(kp.response for kp in some) >= sorted((kp.response for kp in every), reverse=True)[len(some) - 1] - 1e-9


@pytest.fixture(scope="module")
def shipped() -> list[LogoFeatures]:
    from selfaudit.analysis import images as I
    from selfaudit.config import Config

    return I.ImageAnalyser(Config(), cache=False).logos


@pytest.mark.parametrize("on_copy", [False, True])
def test_the_logo_is_found_with_fine_keypoints(shipped: list[LogoFeatures], on_copy: bool) -> None:
    keep_freed_memory()  # idempotent
    img = scene(1280, 910)
    truth = paste_logo(img, 180, (820, 420), angle=4)
    m = FeatureMatcher(shipped, {**DEFAULTS, "detect_side": 640, "fine_keypoints": True, "coarse_on_copy": on_copy})
    rgb = np.asarray(img)
    found = [f for f in m.detect(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), rgb) if f["name"] == "chscb-standin"]
    assert found and found[0]["method"] == "features" and iou(found[0]["box"], truth) > 0.6, (found, truth)
    bare = np.asarray(scene(1280, 910))
    assert m.detect(cv2.cvtColor(bare, cv2.COLOR_RGB2GRAY), bare) == []


def test_two_octaves_are_opencv_s_octave_0_too(photo: np.ndarray) -> None:
    """fine_octaves 2: OpenCV's octave 0 (undoubled, sigma 1.6-3.2 px) from the same stack."""
    kps, des = _sift().detectAndCompute(photo, None)
    octave0 = [i for i, kp in enumerate(kps) if kp.octave & 255 == 0]
    assert len(octave0) > 30
    mine, mdes = fine_describer().compute(photo, fine_keypoints(photo, octaves=2))
    assert all((kp.octave & 255) == 0 and 0 <= (kp.octave >> 8) & 255 <= 5 for kp in mine)
    assert any((kp.octave >> 8) & 255 >= 3 for kp in mine)  # octave 0's layers are there
    found, cos = _agreement(kps, des, octave0, mine, mdes, within=1.5)
    assert found > 0.5 * len(octave0), (found, len(octave0))
    assert np.median(cos) > 0.97


@pytest.mark.parametrize("describe_side", [0, 640])
def test_the_logo_is_found_with_two_fine_octaves(shipped: list[LogoFeatures], describe_side: int) -> None:
    img = scene(1280, 910)
    truth = paste_logo(img, 180, (820, 420), angle=4)
    m = FeatureMatcher(shipped, {**DEFAULTS, "detect_side": 320, "fine_keypoints": True, "fine_octaves": 2, "coarse_describe_side": describe_side})
    rgb = np.asarray(img)
    found = [f for f in m.detect(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), rgb) if f["name"] == "chscb-standin"]
    assert found and found[0]["method"] == "features" and iou(found[0]["box"], truth) > 0.6, (found, truth)
    bare = np.asarray(scene(1280, 910))
    assert m.detect(cv2.cvtColor(bare, cv2.COLOR_RGB2GRAY), bare) == []


def test_a_seeded_index_gives_the_same_neighbours(shipped: list[LogoFeatures], photo: np.ndarray) -> None:
    """flann_seed: two matchers built in one process search the same kd-trees."""
    q = rootsift(_sift().detectAndCompute(photo, None)[1])
    a, b = (FeatureMatcher(shipped, {**DEFAULTS, "flann_seed": 3}) for _ in range(2))
    assert (a.index.knnSearch(q, 6, params={"checks": 48})[0] == b.index.knnSearch(q, 6, params={"checks": 48})[0]).all()


def test_the_upsampling_blur_brings_opencv_s_places_closer(photo: np.ndarray) -> None:
    """extra_blur ~0.19 px^2 (OpenCV's 2x bilinear upsampling blurs that much more than its ladder
    says): more of OpenCV's doubled-octave keypoints found (55 -> 67 % here); 0 is the old ladder."""
    kps, des = _sift().detectAndCompute(photo, None)
    doubled = [i for i, kp in enumerate(kps) if kp.octave & 255 == 255]
    plain, blurred = fine_keypoints(photo), fine_keypoints(photo, extra_blur=0.19)
    n0 = _agreement(kps, des, doubled, *fine_describer().compute(photo, plain), within=1.0)[0]
    n1 = _agreement(kps, des, doubled, *fine_describer().compute(photo, blurred), within=1.0)[0]
    assert n1 > n0 + 0.05 * len(doubled), (n0, n1, len(doubled))
    assert [k.pt for k in fine_keypoints(photo, extra_blur=0.0)] == [k.pt for k in plain]  # 0: as before
    assert fine_keypoints(np.full((200, 300), 128, np.uint8), extra_blur=0.19) == []  # nothing to find


def test_the_logo_is_found_with_the_upsampling_blur(shipped: list[LogoFeatures]) -> None:
    img = scene(1280, 910)
    truth = paste_logo(img, 180, (820, 420), angle=4)
    m = FeatureMatcher(shipped, {**DEFAULTS, "detect_side": 640, "fine_blur": 0.19})
    rgb = np.asarray(img)
    found = [f for f in m.detect(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), rgb) if f["name"] == "chscb-standin"]
    assert found and found[0]["method"] == "features" and iou(found[0]["box"], truth) > 0.6, (found, truth)
    bare = np.asarray(scene(1280, 910))
    assert m.detect(cv2.cvtColor(bare, cv2.COLOR_RGB2GRAY), bare) == []
