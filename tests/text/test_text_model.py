"""The offence model's three heads (offensive, threat, identity attack): a head alone only ever
gives review, in its own category; a professional or reporting voice needs a surer score; a
missing model leaves the rules working and says why; only English text is scored."""

import pytest

from selfaudit.analysis import text_model
from selfaudit.analysis.text import TextAnalyser, normalise
from selfaudit.config import Config

LOW = {"offensive": 0.01, "threat": 0.01, "identity": 0.01}


def _verdict(analyser, text, **scores):
    clean, words = normalise(text)
    return analyser._offensive(clean, words, words, None, model={**LOW, **scores})


def test_model_ships_three_heads_with_thresholds_and_provenance():
    model, error = text_model.load()
    assert error is None and model is not None
    assert model.heads[:3] == text_model.HEADS  # then the post heads (test_text_post_heads)
    assert all(0.0 < t < 1.0 for t in model.thresholds.values())
    assert all(src in model.meta for src in ("olid", "ghc", "latent_hatred", "stormfront", "toxigen", "project"))
    scores = model.heads_scores(["Hope you have a lovely weekend", ""])
    assert set(scores[0]) == set(model.heads) and all(0.0 <= v <= 1.0 for v in scores[0].values())


@pytest.mark.parametrize(("head", "category", "severity"), [("threat", "threat", "high"), ("identity", "discriminatory", "medium"), ("offensive", "classifier", "low")])
def test_a_head_alone_gives_review_in_its_category_never_fail(analyser, head, category, severity):
    v = _verdict(analyser, "see you at the match on saturday then", **{head: 0.999})
    assert v.status == "review" and v.categories == [category] and v.severity == severity


def test_scores_under_the_thresholds_give_nothing(analyser):
    assert _verdict(analyser, "see you at the match on saturday then").status is None


def test_professional_voice_needs_a_surer_score(analyser):
    text = "As a social worker I run training on how hate speech targets families"
    thr = analyser.model_thresholds["identity"]
    between = thr + (1 - thr) / 4  # above the plain threshold, below the raised one
    assert _verdict(analyser, text, identity=between).status is None
    assert _verdict(analyser, text, identity=0.9999).status == "review"


@pytest.mark.parametrize("text", ["Trans women are women", "As a gay man I am proud of who I am", "Saying migrants are vermin is how pogroms start"])
def test_identity_and_counter_speech_never_fail_on_a_model_score(analyser, text):
    v = _verdict(analyser, text, identity=0.999, offensive=0.999)
    assert v.status != "fail"


def test_real_model_flags_an_attack_worded_without_swear_words(analyser):
    rep = analyser.analyse("Mexicans are mostly criminals and rapists")
    assert rep.offensive.status == "review", rep.offensive
    assert "discriminatory" in rep.offensive.categories and any("model score" in h.phrase for h in rep.offensive.hits)


def test_missing_model_is_said_and_the_rules_still_work(monkeypatch):
    monkeypatch.setattr(text_model, "load", lambda: (None, "FileNotFoundError: text_model.npz"))
    a = TextAnalyser(Config())
    rep = a.analyse("I will break every bone in your body")
    assert rep.offensive.status == "fail"
    assert a.classifier_error and "offence model" in a.classifier_error


def test_english_model_does_not_score_other_languages(analyser):
    analyser.analyse_many(["Wszyscy imigranci to pasożyty i trzeba ich wyrzucić z kraju"])
    assert not any("pasożyty" in k for k in analyser._model_scores)


def test_real_model_flags_a_veiled_personal_threat_without_threat_words(analyser):
    # Not in the training texts; no harm word, no rule or frame matches: the threat head alone.
    rep = analyser.analyse("Your lad walks past my house every day. I've noticed")
    assert rep.offensive.status == "review", rep.offensive
    assert "threat" in rep.offensive.categories  # (the general head may flag it too)
    assert any(h.phrase.startswith("threat model score") for h in rep.offensive.hits)


@pytest.mark.parametrize("text", ["I'd kill for a coffee right now", "Watch your back on the ice by the school gates this morning",
                                  "Could murder a bacon roll after that night shift"])
def test_everyday_figures_of_speech_are_not_flagged(analyser, text):
    assert analyser.analyse(text).offensive.status is None


def test_one_or_two_words_are_not_scored_by_the_model(analyser):
    # Too little for the model to judge; the word lists still read them.
    rep = analyser.analyse("Lovely!")
    assert rep.offensive.status is None
    assert not any(k.strip() == "lovely" for k in analyser._model_scores)


def test_model_records_its_operating_point():
    # The review thresholds are set by a share of clean held-back corpus texts (the training
    # script's FALSE_ALARM_RATE); the shipped file says which, beside each head's figures.
    model, _ = text_model.load()
    assert model is not None
    for head in text_model.HEADS:
        assert f"{head}: alpha=" in model.meta and "false alarms" in model.meta.split(f"{head}: alpha=")[1].split(";")[0]


@pytest.mark.parametrize("text", ["As a social worker I run training on how hate speech targets families",
                                  "Saying migrants are vermin is how pogroms start", "Lovely walk by the canal with the dog",
                                  "See you at the school gates at 3"])
def test_every_head_at_its_highest_together_is_still_only_review(analyser, text):
    # A more sensitive operating point must never let a model score make a fail.
    v = _verdict(analyser, text, offensive=0.9999, threat=0.9999, identity=0.9999)
    assert v.status == "review"


@pytest.mark.parametrize("text", ["I'll be waiting outside the cinema at 7, don't be late", "Lovely walk by the canal",
                                  "Got your address now, the wedding invite is in the post",
                                  # A professional's own bio (the threat head learned the jobs threats are aimed at;
                                  # the training script's job_bios() are negatives; these exact texts are not in it).
                                  "Social worker. Runner. Mum.", "Children's social worker in Hackney. Opinions mine.",
                                  "Youth worker, foster carer, dog walker"])
def test_everyday_posts_stay_under_the_more_sensitive_thresholds(analyser, text):
    # The threat head's rate stops at 2.5 %: at 3 % the first of these was sent for review.
    assert analyser.analyse(text).offensive.status is None


def _training_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "tools" / "train_text_model.py"
    spec = importlib.util.spec_from_file_location("train_text_model", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_script_writes_the_same_bytes_for_the_same_weights(tmp_path):
    # The shipped file must be rebuildable bit for bit: no zip dates in it.
    import hashlib

    import numpy as np

    train = _training_script()
    arrays = {"heads": np.array(text_model.HEADS), "weight_offensive": np.arange(5, dtype=np.float16), "meta": np.str_("x")}
    a, b = tmp_path / "a.npz", tmp_path / "b.npz"
    train.save_npz(a, arrays)
    train.save_npz(b, arrays)
    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()
    assert np.array_equal(np.load(a)["weight_offensive"], arrays["weight_offensive"])


def test_group_swap_reads_its_own_frozen_group_list():
    # Edits to text_group's rules must not change the training data (they once did).
    train = _training_script()
    assert train.swap_groups("Muslims are lovely neighbours", 1) != "muslims are lovely neighbours"
    assert train.swap_groups("Lovely walk by the canal", 1) == ""


def test_training_posts_map_labels_to_heads_and_leave_other_languages_out():
    # In-domain training posts (textdata3): abuse labels -> offensive, threat -> threat,
    # discriminatory -> identity; offence, confidential and clean posts are negatives.
    train = _training_script()
    rows = train.load_posts(["posts.tsv"])
    import sys

    bench_text = sys.modules["bench_text"]
    data = [r for r in bench_text.rows("posts.tsv", 3) if not r[1].strip().startswith("lang-") and r[2].strip()]
    assert len(rows) == len(data) and {r[0] for r in rows} == {"posts.tsv"}
    for (_, text, off, thr, ident), (labels, _, text2) in zip(rows, data, strict=True):
        want = {x.strip() for x in bench_text.our_labels(labels).split(",")}
        assert text == text2
        assert (off, thr, ident) == (int(bool(want & train.ABUSE_LABELS)), int("threat" in want), int("discriminatory" in want))
    assert any(r[2] for r in rows) and any(not r[2] for r in rows)


def test_every_training_set_is_labelled_training_data_in_the_benchmark():
    # A set the model trained on must never be printed as untouched (held-out).
    train = _training_script()
    import sys

    bench_text = sys.modules["bench_text"]
    names = train.post_sets()
    assert names and all(bench_text.SETS[n][1] == "tuned (training data)" for n in names)
    assert not set(names) & set(bench_text.UNTOUCHED)


def test_post_heads_read_their_own_frozen_harmless_phrases():
    # Rule rounds' new harmless phrases must not change the post heads' training rows (review35's did, and the
    # shipped npz stopped rebuilding byte for byte): the training script blanks the phrases frozen in
    # tools/post_heads_benign_pattern.txt, not text.py's live list.
    from selfaudit.analysis.text import _BENIGN

    train = _training_script()
    newer = "they're going to smash their mocks"  # a harmless phrase added after the freeze (stop 35)
    assert _BENIGN.search(newer) and not train._POST_HEAD_BENIGN.search(newer)
    assert "smash their mocks" in train._as_scored(newer)
    older = "absolutely killing it at work this week"  # in both lists
    assert "killing it" not in train._as_scored(older)
