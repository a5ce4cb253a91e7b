"""Where the keypoints come from (``keypoints``: SIFT, or ORB's FAST corners over a scale pyramid)
and how they are described (``descriptor``: RootSIFT, TEBLID's bits, ORB's own bits): the logos'
side and the photo's use the one detector, binary descriptors are searched by Hamming distance
(brute force or LSH), and RANSAC and the verification are the same. Defaults: SIFT + RootSIFT.
TEBLID needs opencv-contrib; ORB with its own descriptor runs on plain OpenCV too."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
import pytest
from PIL import Image

from selfaudit.analysis import logos as L
from selfaudit.errors import ImageError

from .conftest import HOPPER, LOGOS, iou, paste_logo, scene

CONTRIB = hasattr(cv2, "xfeatures2d")
ALL_KINDS = [
    {},
    {"descriptor": "teblid"},
    {"keypoints": "orb", "descriptor": "orb"},
    {"keypoints": "orb", "descriptor": "orb", "binary_index": "lsh"},
    {"keypoints": "orb", "descriptor": "teblid"},
    {"keypoints": "orb", "descriptor": "teblid", "binary_index": "lsh"},
]
# TEBLID's kinds run where opencv-contrib is installed; plain OpenCV (the package's dependency)
# gets the clear error instead (the last tests): no test is skipped either way.
KINDS = [k for k in ALL_KINDS if CONTRIB or k.get("descriptor") != "teblid"]
ONLY_KEYPOINTS = {"shape_search": False, "ink_search": False}  # the keypoint path alone


def _params(kind: dict[str, Any]) -> dict[str, Any]:
    return {**L.DEFAULTS, **ONLY_KEYPOINTS, **kind}


def _matcher(params: dict[str, Any]) -> L.FeatureMatcher:
    logos = [L.prepare_logo(L.Logo(p.stem, p.stem, p, True), params) for p in sorted(LOGOS.glob("*.png"))]
    return L.FeatureMatcher(logos, params)


def _detect(m: L.FeatureMatcher, img: Image.Image) -> list[dict[str, Any]]:
    rgb = np.asarray(img.convert("RGB"))
    return m.detect(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), rgb)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: "+".join(map(str, k.values())) or "default")
def test_a_logo_on_a_poster_is_found_with_its_box(kind: dict[str, Any]) -> None:
    """Positive: the stand-in on a poster in a scene, found by the keypoint path alone."""
    m = _matcher(_params(kind))
    img = scene(1280, 910)
    truth = paste_logo(img, 320, (700, 380), angle=5)
    found = _detect(m, img)
    assert [f["name"] for f in found] == ["chscb-standin"], found
    assert found[0]["method"] == "features" and iou(found[0]["box"], truth) > 0.6, (found, truth)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: "+".join(map(str, k.values())) or "default")
def test_photos_without_a_logo_have_no_match(kind: dict[str, Any]) -> None:
    """Negative: a scene and a portrait, neither holding a logo."""
    m = _matcher(_params(kind))
    assert _detect(m, scene(1280, 910)) == []
    assert _detect(m, Image.open(HOPPER)) == []


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: "+".join(map(str, k.values())) or "default")
def test_a_photo_without_detail_is_no_claim(kind: dict[str, Any]) -> None:
    """Could not tell: a flat photo has no keypoints; no match and no error."""
    m = _matcher(_params(kind))
    assert _detect(m, Image.new("RGB", (640, 480), (128, 128, 128))) == []


def test_the_logos_and_the_photo_share_the_one_detector() -> None:
    """The detector is chosen by the parameters, the same for a logo's references and the photo."""
    orb = {**L.DEFAULTS, "keypoints": "orb", "descriptor": "orb"}
    assert isinstance(L._detector(L.DEFAULTS), cv2.SIFT)
    assert isinstance(L._detector(orb), cv2.ORB) and isinstance(L._detector(orb, 4000), cv2.ORB)
    assert L._detector(orb, 4000).getMaxFeatures() == 4000
    lg = L.prepare_logo(L.Logo("chscb-standin", "CHSCB", LOGOS / "chscb-standin.png", True), orb)
    assert lg.descriptors.dtype == np.uint8 and lg.descriptors.shape[1] == 32  # ORB's 256 bits
    m = L.FeatureMatcher([lg], orb)
    assert isinstance(m.detector, cv2.ORB) and m.binary and m.detector.getMaxFeatures() == orb["orb_features"]


@pytest.mark.parametrize("kind", [{"keypoints": "orb"}, {"keypoints": "orb", "descriptor": "rootsift"},
                                  {"descriptor": "orb"}, {"keypoints": "surf"}, {"descriptor": "brisk"}])
def test_a_keypoint_and_descriptor_pair_that_cannot_work_is_a_clear_error(kind: dict[str, Any]) -> None:
    """Could not tell: ORB keypoints have no RootSIFT, SIFT keypoints no ORB bits; unknown names."""
    with pytest.raises(ImageError):
        L.FeatureMatcher([], {**L.DEFAULTS, **kind})


@pytest.mark.parametrize("keypoints", ["sift", "orb"])
def test_teblid_is_made_with_opencv_contrib_and_is_a_clear_error_without(keypoints: str) -> None:
    params = {"keypoints": keypoints, "descriptor": "teblid"}
    if CONTRIB:
        assert L._describer(params) is not None
    else:
        with pytest.raises(ImageError, match="opencv-contrib"):
            L._describer(params)


def test_logos_prepared_for_another_descriptor_are_refused() -> None:
    """Could not tell: RootSIFT references searched with bits (or the reverse) would match nothing
    meaningful; the matcher says so instead."""
    lg = L.prepare_logo(L.Logo("chscb-standin", "CHSCB", LOGOS / "chscb-standin.png", True), L.DEFAULTS)
    with pytest.raises(ImageError, match="another descriptor"):
        L.FeatureMatcher([lg], {**L.DEFAULTS, "keypoints": "orb", "descriptor": "orb"})
