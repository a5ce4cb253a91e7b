"""Marketplace, lost-and-found and neighbourhood posts are not sent for review by the offence model (stop 36,
branch textmodel36). The stop-35 model reviews "selling my old trainers, dm for pics" (offensive 0.83) and
"selling the kids bikes, dm for more pics" (0.77). Stop 36 wrote marketplace negatives
(tools/everyday_negatives36.tsv; none of these texts, two close ones: "selling my old trainers and a pair of
walking boots ..., dm for pics", "selling the kids' bikes, one 16 inch ...") and a model trained on them clears
both, but every such model built reviewed or lost a functional test post, so the shipped model is stop 35's and
both posts are still reviewed: strict xfail, a known model review kept (bench/README-text.md, "stop 36
textmodel36"), to pass when a model round clears them. An attack in the same setting is still read; the same post
in another language is not scored by the English model, and its language is named."""

import pytest

_KEPT = pytest.mark.xfail(strict=True, reason="stop 35's model reviews it (offensive 0.83 / 0.77); no stop-36 model that clears it kept the functional tests clear")


@pytest.mark.parametrize("text", [
    pytest.param("selling my old trainers, dm for pics", marks=_KEPT),
    pytest.param("selling the kids bikes, dm for more pics", marks=_KEPT),
    "selling a cot and a changing table, collection only, dm for pics",
    "anyone want my old gym weights? free, dm for details",
    "lost: grey tabby cat near the rec, please dm me if you see him",
    "parcel for number 9 left with us, pop round whenever",
])
def test_marketplace_and_notice_posts_are_not_reviewed(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)


def test_an_attack_in_a_sale_post_is_still_read(analyser):
    off = analyser.analyse("selling my ex's stuff, dm for pics, the lying cheating slag can whistle for it").offensive
    assert off.status in ("review", "fail"), off


def test_a_sale_post_in_another_language_is_not_scored_by_the_english_model(analyser):
    # Polish: "Selling my old trainers, write for pictures."
    result = analyser.analyse_many(["Sprzedam moje stare buty sportowe, piszcie po zdjęcia"])[0]
    assert result.offensive.status in (None, "not-checked")
    assert result.language and "Polish" in str(result.language)
    assert not any("sprzedam" in k for k in analyser._model_scores)
