"""bench/corpus_set.py's builders on tiny synthetic corpora written here (no real corpus is read)."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _corpus_set() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_set", ROOT / "bench" / "corpus_set.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_set"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


CS = _corpus_set()


def _edos(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    path = tmp_path / "edos.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["rewire_id", "text", "label_sexist", "label_category", "label_vector", "split"])
        for i, (text, sexist, category, split) in enumerate(rows):
            w.writerow([f"id-{i}", text, sexist, category, "none" if category == "none" else category[:2] + "1 x", split])
    return path


def test_edos_test_maps_sexist_posts_and_keeps_only_the_test_split(tmp_path: Path) -> None:
    src = _edos(tmp_path, [
        ("train post", "sexist", "2. derogation", "train"),
        ("a threat\nto her", "sexist", "1. threats, plans to harm and incitement", "test"),
        ("a derogation", "sexist", "2. derogation", "test"),
        ("a dev post", "sexist", "3. animosity", "dev"),
    ])
    built = CS.edos_test(src)
    assert built.rows == [
        ("threat,discriminatory", "abuse", "a threat to her"),
        ("discriminatory", "abuse", "a derogation"),
    ]


def test_edos_test_not_sexist_is_clean(tmp_path: Path) -> None:
    built = CS.edos_test(_edos(tmp_path, [("just a post", "not sexist", "none", "test")]))
    assert built.rows == [("-", "clean", "just a post")]


def test_edos_test_refuses_a_label_it_does_not_know(tmp_path: Path) -> None:
    # Could not tell what the row means: no guess, the build stops.
    with pytest.raises(ValueError, match="label_sexist"):
        CS.edos_test(_edos(tmp_path, [("a post", "maybe", "none", "test")]))


def _hatexplain(tmp_path: Path, rows: list[tuple[str, str, str]], test_ids: list[str]) -> Path:
    path = tmp_path / "092-HateXplain.mbib.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["", "text", "label", "category", "id"])
        for i, (post_id, text, cat) in enumerate(rows):
            w.writerow([post_id, text, int(cat == "1"), cat, i])
    (tmp_path / "orig_Data_post_id_divisions.json").write_text(
        json.dumps({"train": ["p-train"], "val": ["p-val"], "test": test_ids}), encoding="utf-8")
    return path


def test_hatexplain_test_maps_majority_labels_of_test_posts_only(tmp_path: Path) -> None:
    src = _hatexplain(tmp_path, [
        ("p-train", "train text", "1"),
        ("p-hate", "hateful  text", "1"),
        ("p-off", "offensive text", "2"),
        ("p-val", "val text", "2"),
    ], ["p-hate", "p-off"])
    built = CS.hatexplain_test(src)
    assert built.rows == [("discriminatory", "abuse", "hateful text"), ("insult", "abuse", "offensive text")]
    assert built.also_read == [tmp_path / "orig_Data_post_id_divisions.json"]


def test_hatexplain_test_normal_is_clean(tmp_path: Path) -> None:
    built = CS.hatexplain_test(_hatexplain(tmp_path, [("p-norm", "a normal post", "0")], ["p-norm"]))
    assert built.rows == [("-", "clean", "a normal post")]


def test_hatexplain_test_skips_and_counts_posts_without_a_majority(tmp_path: Path) -> None:
    src = _hatexplain(tmp_path, [("p-none", "annotators split", "3"), ("p-norm", "a normal post", "0")],
                      ["p-none", "p-norm", "p-missing"])
    built = CS.hatexplain_test(src)
    assert built.rows == [("-", "clean", "a normal post")]
    assert any("1 post with no majority label skipped" in n for n in built.notes)
    assert any("1 test id with no text" in n for n in built.notes)


def test_header_of_a_one_file_set_is_unchanged(tmp_path: Path) -> None:
    # ghc_test.tsv's recorded sha256 covers its header: a builder with nothing else read adds no line.
    src = tmp_path / "ghc.tsv"
    src.write_text("text\thd\tcv\tvo\nhello there\t0\t0\t0\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    sys_argv = sys.argv
    try:
        sys.argv = ["corpus_set.py", "ghc-test", str(src), "--out", str(out)]
        CS.main()
    finally:
        sys.argv = sys_argv
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("# source ghc.tsv sha256 ") and lines[1].endswith("; built by bench/corpus_set.py")
    assert lines[2:] == ["# labels<TAB>tag<TAB>text", "-\tclean\thello there"]
