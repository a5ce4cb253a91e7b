"""Put-downs by comparison (stop 34, from set 33's insult misses: "i've met lamp posts with more
personality than our new team leader", "the only thing thinner than your skin is your hairline"): no insult
word, a stock sarcastic form many writers use. Offensive (insult), review. A pet compared with a pet, a
compliment in the same form ("the only thing warmer than your kitchen is your heart") or a plain
comparison ("ive met people with more experience than me") is not it."""

import pytest


def _rule(off):
    return [h for h in off.hits if h.category == "insult" and "stock put-down" in h.phrase]


@pytest.mark.parametrize("text", [
    "i've met lamp posts with more personality than our new team leader",
    "ive seen houseplants with more charisma than him honestly",
    "I've had sandwiches with more backbone than this new head of department",
    "ive met lamp posts with more sense than boris",  # a named politician is a person (stop 35)
    "@jodes_w the only thing thinner than your skin is your hairline babe 💀",
    "the only thing emptier than his head is his wallet",
])
def test_a_putdown_by_comparison_is_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail") and _rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "ive met people with more experience than me on this course and learned loads",
    "ive had goldfish with more personality than my last hamster lol",
    "the only thing warmer than your kitchen is your heart, thanks for tea",
    "the only thing bigger than your heart is your smile, happy birthday",
    "ive seen gardens with more colour than ours but i love it",
    # (stop 35) a party or a government is not a person: ridicule of it is political speech
    "I've had sandwiches with more backbone than this government",
    "I've met lamp posts with more sense than the Tories",
    "ive seen tea towels with more vision than the labour front bench",
])
def test_plain_or_kind_comparisons_are_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
