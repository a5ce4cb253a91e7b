"""The loader of real posts labelled under the policy (stop 40, branch textmodel40): tools/train_text_model.py's
read_policy_labels / policy_rows, on tiny synthetic inputs (no corpus text)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _train():
    spec = importlib.util.spec_from_file_location("train_text_model", ROOT / "tools" / "train_text_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


T = _train()
TEXTS = {("edos", "sexism2022_english-1"): "women are all the same", ("hatexplain", "11_gab"): "lovely day at the park",
         ("hatexplain", "12_twitter"): "i will find you and hurt you", ("edos", "sexism2022_english-2"): "hola a todos"}


def _file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "labels.tsv"
    path.write_text("# policy labels\n# corpus\tsource id\tlabels\ttag\n" + body, encoding="utf-8")
    return path


def test_abuse_labels_map_to_the_heads(tmp_path):
    labels = T.read_policy_labels(_file(tmp_path, "edos\tsexism2022_english-1\tdiscriminatory\tabuse\n"
                                                  "hatexplain\t12_twitter\tthreat,insult\tabuse\n"))
    rows = dict(T.policy_rows(labels, TEXTS))
    assert rows["sexism2022_english-1"] == ("policy40", "women are all the same", 1, 0, 1)
    assert rows["12_twitter"] == ("policy40", "i will find you and hurt you", 1, 1, 0)


def test_clean_and_non_abuse_labels_are_negatives_and_other_languages_left_out(tmp_path):
    labels = T.read_policy_labels(_file(tmp_path, "hatexplain\t11_gab\t-\tclean\n"
                                                  "hatexplain\t12_twitter\tdrink\toffence\n"
                                                  "edos\tsexism2022_english-2\t-\tlang-es\n"))
    rows = T.policy_rows(labels, TEXTS)
    assert [(sid, r[2:]) for sid, r in rows] == [("11_gab", (0, 0, 0)), ("12_twitter", (0, 0, 0))]


@pytest.mark.parametrize("body", [
    "edos\tsexism2022_english-1\tinsult\n",                      # a column missing
    "reddit\tx1\tinsult\tabuse\n",                               # a corpus the labels cannot come from
    "edos\tsexism2022_english-1\trude\tabuse\n",                 # a label not in the scheme
    "edos\tsexism2022_english-1\tinsult\tmaybe\n",               # a tag not in the scheme
    "edos\tsexism2022_english-1\tinsult\tabuse\nedos\tsexism2022_english-1\t-\tclean\n",  # one post labelled twice
])
def test_malformed_lines_are_refused_with_their_line(tmp_path, body):
    with pytest.raises(ValueError, match=r"labels\.tsv:\d+"):
        T.read_policy_labels(_file(tmp_path, body))


def test_an_id_missing_from_the_training_split_cannot_be_joined(tmp_path):
    # Could not tell which text the label belongs to: refused, never trained on another post's text.
    labels = T.read_policy_labels(_file(tmp_path, "edos\tsexism2022_english-99\tinsult\tabuse\n"))
    with pytest.raises(ValueError, match="not in the edos training split"):
        T.policy_rows(labels, TEXTS)


def test_policy_posts_train_only_and_a_head_can_leave_them_out():

    d = {"X": T.features(["a b", "c d"]), "Y": {h: np.array([0, 1]) for h in T.HEADS},
         "sources": np.array(["olid", "olid"]), "tr": np.array([True, False]), "val": np.array([False, True]),
         "weight": np.ones(2)}
    out = T.add_policy(d, [("policy40", "you are vile", 1, 0, 0)], 8.0)
    assert out["sources"][-1] == "policy40" and out["tr"][-1] and not out["val"][-1] and out["weight"][-1] == 8.0
    assert [int(out["Y"][h][-1]) for h in T.HEADS] == [1, 0, 0]
    assert T.add_policy(d, [], 8.0) is d


def test_the_shipped_switch_is_recorded():
    assert isinstance(T.POLICY40_USED, bool) and set(T.POLICY40_HEADS) <= set(T.HEADS) and T.POLICY40_WEIGHT > 0


def test_split_weights_put_abusive_posts_first_and_a_zero_weight_leaves_them_out():
    d = {"X": T.features(["a b"]), "Y": {h: np.array([0]) for h in T.HEADS}, "sources": np.array(["olid"]),
         "tr": np.array([True]), "val": np.array([False]), "weight": np.ones(1)}
    rows = [("policy40", "fine post", 0, 0, 0), ("policy40", "vile post", 1, 0, 1)]
    both = T.add_policy_split(d, rows, 8.0, 16.0)
    assert list(both["weight"][1:]) == [8.0, 16.0] and list(both["Y"]["offensive"][1:]) == [1, 0]
    fine_only = T.add_policy_split(d, rows, 0.0, 16.0)
    assert list(fine_only["weight"][1:]) == [16.0] and list(fine_only["Y"]["offensive"][1:]) == [0]
    assert T.add_policy_split(d, rows, 0.0, 0.0) is d
