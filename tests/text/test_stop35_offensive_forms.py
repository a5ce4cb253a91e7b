"""Offensive forms read from set 34's misses (stop 35, textrules35): threats without a harm word and sarcastic
insults in stock forms many writers use. Each form has the set's post, my own varied wordings and everyday
near-misses that must stay clean. Positives assert the rule's own hit (its phrase), so they fail with the rule
removed even where the model would review the post."""

import pytest


def _rule(analyser, text, category, *keys):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail"), (text, off)
    assert any(h.category == category and any(k in h.phrase for k in keys) for h in off.hits), (text, off)


def _clean(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)


# 1. The writer's mood as someone's fate (set 34: "she'd better hope i'm in a good mood monday").
@pytest.mark.parametrize("text", [
    "she'd better hope i'm in a good mood monday. that's all i'm saying",
    "he'd better hope we never see him round here again",
    "you better pray i dont see you first at the match, mouthy little sod",
    "they'd better hope im calmed down by the time the meeting starts",
])
def test_better_hope_i_am_in_a_good_mood(analyser, text):
    _rule(analyser, text, "threat", "better hope", "better pray")


@pytest.mark.parametrize("text", [
    "we'd better hope it doesn't rain for sports day",
    "she'd better hope the printer works before the mocks",
    "they'd better hope the sun comes out for the school fete",
])
def test_hope_about_the_weather_or_a_chore(analyser, text):
    _clean(analyser, text)


def test_said_to_you_it_is_not_this_rule(analyser):
    # a parent's joke; the models review it on the session-start code too (a rule may not lower a score)
    off = analyser.analyse("you better hope im in a good mood when i get back and see the state of your room").offensive
    assert not any("better hope" in h.phrase for h in off.hits), off


# 2. An injury foretold after a challenge (set 34: "say it to my face at the leisure centre tmrw. 6pm. bring someone
#    to carry you home").
@pytest.mark.parametrize("text", [
    "@kieranw_92 say it to my face at the leisure centre tmrw. 6pm. bring someone to carry you home",
    "meet me outside the chippy at 9, you'll need an ambulance",
    "square up to me again and bring a stretcher",
    "you'll be going home in an ambulance, mark my words",
])
def test_an_injury_foretold(analyser, text):
    _rule(analyser, text, "threat", "carry you home", "ambulance", "stretcher")


@pytest.mark.parametrize("text", [
    "bring someone to carry you home after the wedding, the wine's flowing lol",
    "come outside and see the fireworks, bring a blanket",
    "meet me at the ward entrance at 7, bring someone to drive you home after the sedation",
])
def test_a_lift_home_is_no_threat(analyser, text):
    _clean(analyser, text)


# 3. Harm to someone's car or home wished "funny" or "a shame" (set 34: "would be funny if someone let her tyres down").
@pytest.mark.parametrize("text", [
    "would be funny if someone let her tyres down. and had a little look at the brake lines while they were there 🙃",
    "it'd be a shame if something happened to your car, nice motor that",
    "would be funny if someone keyed his car tbh",
    "would be a real shame if somebody put a brick through their window",
])
def test_harm_wished_as_a_joke(analyser, text):
    _rule(analyser, text, "threat", "would be", "itd be")


@pytest.mark.parametrize("text", [
    "would be a shame if someone forgot the cake for the staffroom",
    "would be funny if something happened to the wifi again lol",
    "would be so funny if someone let the kids win at rounders for once",
])
def test_a_shame_about_cake_or_wifi(analyser, text):
    _clean(analyser, text)


# 4. "so <unflattering> even your shadow ..." (set 34: "mate you're so dull even your shadow leaves early").
@pytest.mark.parametrize("text", [
    "mate you're so dull even your shadow leaves early",
    "hes so boring even his own mum mutes his voice notes",
    "shes so fake even her mirror doesnt believe her",
])
def test_so_dull_even_your_shadow(analyser, text):
    _rule(analyser, text, "insult", "even your", "even his", "even her")


@pytest.mark.parametrize("text", [
    "im so tired even my dog gave up on the walk",
    "the film was so boring even my dad fell asleep",
    "youre so organised even your lunchbox has a label, teach me",
])
def test_so_tired_or_so_kind(analyser, text):
    _clean(analyser, text)


# 5. "you <word> old bag" and "an attention seeker" (set 34: "no one asked for your opinion you sanctimonious old
#    bag", "you're not a 'content creator' hun, you're an attention seeker with a ring light").
@pytest.mark.parametrize("text", [
    "@FionaTreadwell1 no one asked for your opinion you sanctimonious old bag",
    "go back to your knitting you miserable old trout",
    "you're not a 'content creator' hun, you're an attention seeker with a ring light",
    "she's such an attention seeker, every post is about her",
])
def test_old_bag_and_attention_seeker(analyser, text):
    _rule(analyser, text, "insult", "old", "attention seek")


@pytest.mark.parametrize("text", [
    "do you want my old bag for the charity shop",
    "love you, you silly old git x",
    "happy birthday you old goat! 50 looks good on you",
    "you're not an attention seeker for asking for help x",
    "i know im an attention seeker lol",
])
def test_a_handbag_banter_or_the_writer(analyser, text):
    _clean(analyser, text)


# 6. Sexual pictures sold by the writer (set 34: "selling feet pics now, DM for the spicy ones 😈 £5 a set").
@pytest.mark.parametrize("text", [
    "selling feet pics now, DM for the spicy ones 😈 £5 a set",
    "ive started selling feet pics, best side hustle ever",
    "new set dropping friday, dm for the spicy ones 😈",
])
def test_sexual_pictures_sold(analyser, text):
    _rule(analyser, text, "obscene", "selling feet pics", "dm for the spicy ones")


@pytest.mark.parametrize("text", [
    "chilli sauce stall this saturday, dm for the spicy ones 🔥",
    "watched a documentary about women selling feet pics, wild",
    "wings night at the pub, dm me for the spicy ones lol",
])
def test_sauce_trainers_and_the_news(analyser, text):
    _clean(analyser, text)


def test_trainers_for_sale_raise_no_rule(analyser):
    # No rule may read a sale of trainers as sexual pictures. The model stop 35 ships (trained on the everyday
    # negatives) scores this post 0.83 offensive, a model review kept knowingly: the same model reviews 13-26 % fewer
    # of the friendly posts it never saw (bench/README-text.md, "stop 35 textmodel35").
    off = analyser.analyse("selling my old trainers, dm for pics").offensive
    assert all(h.category == "classifier" for h in off.hits), off
