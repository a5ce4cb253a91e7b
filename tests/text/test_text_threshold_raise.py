"""The shipped offence model's operating point (stop 37, textnoise37): its offensive and threat heads are read at
their stored thresholds raised by text_model.THRESHOLD_RAISE, chosen out of fold and on the real export samples
(bench/README-text.md, "stop 37, branch textnoise37"). Other model files (fold models, experiments) keep their
stored thresholds, so the benches that re-decide them stay exact."""

import shutil

import numpy as np
import pytest

from selfaudit.analysis import text_model
from selfaudit.analysis.text import TextAnalyser, normalise
from selfaudit.config import Config


def _stored(path=text_model.MODEL_FILE):
    data = np.load(path, allow_pickle=False)
    return {str(h): float(data[f"threshold_{h}"]) for h in data["heads"]}


def test_the_operating_point_is_pinned():
    assert text_model.THRESHOLD_RAISE == {"offensive": 0.02, "threat": 0.04}


def test_the_shipped_model_reads_its_thresholds_raised():
    model = text_model.OffenceModel()
    stored = _stored()
    assert model.thresholds["offensive"] == pytest.approx(stored["offensive"] + 0.02)
    assert model.thresholds["threat"] == pytest.approx(stored["threat"] + 0.04)
    assert model.threshold == model.thresholds["offensive"]
    assert model.stored_thresholds == stored


def test_heads_without_a_stated_raise_keep_their_stored_threshold():
    model = text_model.OffenceModel()
    stored = _stored()
    for h in ("identity", "offence", "confidential"):
        assert model.thresholds[h] == stored[h]


def test_another_model_file_keeps_its_stored_thresholds(tmp_path):
    other = tmp_path / "fold.npz"
    shutil.copy(text_model.MODEL_FILE, other)
    assert text_model.OffenceModel(other).thresholds == _stored(other)
    assert text_model.OffenceModel(raise_thresholds={}).thresholds == _stored()


def test_a_raise_that_is_not_a_small_nonnegative_number_is_refused():
    with pytest.raises(ValueError):
        text_model.OffenceModel(raise_thresholds={"offensive": -0.05})
    with pytest.raises(ValueError):
        text_model.OffenceModel(raise_thresholds={"nonsense": 0.02})


def test_the_analyser_decides_at_the_raised_thresholds():
    model, error = text_model.load()
    assert error is None and model is not None
    stored = model.stored_thresholds
    a = TextAnalyser(Config())
    a.analyse_many(["see you at the match on saturday then"])  # loads the model's thresholds
    assert a.model_thresholds["offensive"] == pytest.approx(stored["offensive"] + 0.02)
    clean, words = normalise("see you at the match on saturday then")
    low = {"offensive": 0.01, "threat": 0.01, "identity": 0.01}
    # between the stored and the raised threshold: the model alone no longer reviews it
    between = {**low, "offensive": stored["offensive"] + 0.01}
    assert a._offensive(clean, words, words, None, model=between).status is None
    between = {**low, "threat": stored["threat"] + 0.03}
    assert a._offensive(clean, words, words, None, model=between).status is None
    # over the raised threshold: still a review
    over = {**low, "offensive": stored["offensive"] + 0.03}
    assert a._offensive(clean, words, words, None, model=over).status == "review"
