"""Marketplace, lost-and-found and neighbourhood posts are not sent for review by the offence model (stop 36,
branch textmodel36). The stop-35 model reviewed "selling my old trainers, dm for pics" (offensive 0.83) and
"selling the kids bikes, dm for more pics" (0.77); the stop-36 model trains on tools/everyday_negatives36.tsv
(marketplace and notice posts, none of these texts; two of them are close: "selling my old trainers and a pair
of walking boots ..., dm for pics", "selling the kids' bikes, one 16 inch ..."). An attack in the same setting is
still read; the same post in another language is not scored by the English model, and its language is named."""

import pytest


@pytest.mark.parametrize("text", [
    "selling my old trainers, dm for pics",
    "selling the kids bikes, dm for more pics",
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
