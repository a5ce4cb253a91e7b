"""The offline offence model: logistic regressions over hashed word and character n-grams, one
per head (offensive, threat, identity attack), trained by ``tools/train_text_model.py`` on the
training parts of public English corpora (OLID, the Gab Hate Corpus, Latent Hatred, Stormfront,
ToxiGen's statements; that script records provenance, licences and hashes) and on personal
threats, swear-free attacks and everyday posts written by this project (tools/threat_training.tsv:
no licensed corpus labels threats to a person), and on the English posts of selfaudit's own
benchmark sets marked "tuned (training data)" (in-domain posts by independent annotators). Two
more heads (POST_HEADS: possible offence, confidential work material) are trained on those post
sets alone, their thresholds set on sets held back from their training. Only the weights ship (``data/text_model.npz``, a few MB); the corpora do not.

It catches what the word lists miss — insults, threats and contempt worded without swear
words — so its score only ever makes a post ``review``: a person judges it. It reads English
only (the analyser gives it English text alone). Loaded once per process; scores thousands of
posts a second (the hashing is scikit-learn's, in C).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "text_model.npz"
N_FEATURES = 2**20
HEADS = ("offensive", "threat", "identity")
# Heads trained on selfaudit's own post sets alone (no public corpus labels these): a possible
# offence (drink, drugs, violence, antisocial behaviour, driving) and confidential work material.
# Each only ever makes a post ``review`` in its own area (analysis.text._post_head).
POST_HEADS = ("offence", "confidential")

_MENTION = re.compile(r"@\w+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_SPACES = re.compile(r"\s+")


def prepare(text: str) -> str:
    """The form both training and scoring see: mentions and links as in OLID (@user, url)."""
    text = _URL.sub(" url ", text)
    text = _MENTION.sub(" @user ", text)
    return _SPACES.sub(" ", text).strip().lower()


def vectorisers() -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import HashingVectorizer

    words = HashingVectorizer(n_features=N_FEATURES, ngram_range=(1, 2), alternate_sign=False, norm="l2",
                              token_pattern=r"(?u)\b\w+\b|[@#]\w+", lowercase=False)
    chars = HashingVectorizer(n_features=N_FEATURES, analyzer="char_wb", ngram_range=(2, 5), alternate_sign=False,
                              norm="l2", lowercase=False)
    return words, chars


def features(texts: Sequence[str]) -> Any:
    import scipy.sparse as sp

    words, chars = vectorisers()
    prepared = [prepare(t) for t in texts]
    return sp.hstack([words.transform(prepared), chars.transform(prepared)], format="csr")


class OffenceModel:
    """``score(texts)`` -> probability that each text is offensive (0..1); ``heads(texts)`` ->
    per text, each head's probability: offensive, threat, identity (an attack on a group), and
    when the file has them the post heads: offence (a possible offence), confidential."""

    def __init__(self, path: Path = MODEL_FILE):
        data = np.load(path, allow_pickle=False)
        names = [str(h) for h in data["heads"]] if "heads" in data else ["offensive"]
        self.heads = tuple(names)
        # One dense column per head: a sparse feature row times this matrix scores all heads at once.
        self.coef = np.zeros((2 * N_FEATURES, len(names)), dtype=np.float32)
        self.intercepts = np.zeros(len(names), dtype=np.float64)
        self.thresholds: dict[str, float] = {}
        for j, h in enumerate(names):
            suffix = f"_{h}" if "heads" in data else ""
            self.coef[data[f"index{suffix}"], j] = data[f"weight{suffix}"].astype(np.float32)
            self.intercepts[j] = float(data[f"intercept{suffix}"])
            self.thresholds[h] = float(data[f"threshold{suffix}"])  # chosen on held-back training data
        self.threshold = self.thresholds["offensive"]
        self.meta = str(data["meta"])

    def heads_scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        z = np.asarray(features(texts) @ self.coef) + self.intercepts
        p = 1.0 / (1.0 + np.exp(-z))
        return [dict(zip(self.heads, (float(x) for x in row), strict=True)) for row in p]

    def score(self, texts: Sequence[str]) -> list[float]:
        return [s["offensive"] for s in self.heads_scores(texts)]


_lock = threading.Lock()
_model: OffenceModel | None = None
_error: str | None = None


def load() -> tuple[OffenceModel | None, str | None]:
    """(model, None) or (None, why it could not load). Once per process."""
    global _model, _error
    if _model is None and _error is None:
        with _lock:
            if _model is None and _error is None:
                try:
                    _model = OffenceModel()
                except Exception as exc:
                    _error = f"{type(exc).__name__}: {exc}"
    return _model, _error
