"""Possible-offence forms read from set 34's misses and false flags (stop 35, textrules35). Each form has the
set's post, my own varied wordings and everyday near-misses that must stay clean. Positives assert the rule's
own hit, so they fail with the rule removed even where the model would review the post."""

import re

import pytest

from selfaudit.analysis import text_patterns as P


# 1. Drink told by its effects: the drinks "in me" beside the body failing (set 34: "staggering down kingsland
#    rd with a traffic light of cocktails in me, police asked if i was ok").
@pytest.mark.parametrize("text", [
    "staggering down kingsland rd with a traffic light of cocktails in me, police asked if i was ok 😂",
    "with 6 pints in me i couldnt walk straight, fell over twice on the way to the taxi",
    "bottomless brunch was too good, couldnt stand up after with all those proseccos in me",
    "wobbling home in my heels with a bottle of wine in me and a kebab in my hand",
])
def test_drinks_in_me_and_the_body_failing(analyser, text):
    off = analyser.analyse(text).offence
    body = re.compile(rf"{P._DRINKS_IN_ME}|{P._DRUNK_BODY}")
    assert off.status == "review" and any(h.category == "alcohol" and body.search(h.phrase) for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "staggered home from the night shift with 3 coffees in me",
    "couldnt stand up after leg day with two protein shakes in me lol",
    "fell over in the garden with the baby in my arms, both fine",
    "stumbled over the dog again on the stairs, he is fine, i am not",
])
def test_effects_without_drink_or_drink_without_effects_are_not(analyser, text):
    assert analyser.analyse(text).offence.status is None, text


@pytest.mark.parametrize("text", [
    "had a couple of drinks in me at the wedding and did the speech, nailed it",
    "with a few pints in the fridge for the match, sorted",
])
def test_drink_without_effects_is_not_this_rule(analyser, text):
    # (the model reviews both on the session-start code too; a rule may not lower its score)
    body = re.compile(rf"{P._DRINKS_IN_ME}|{P._DRUNK_BODY}")
    assert not any(body.search(h.phrase) for h in analyser.analyse(text).offence.hits), text


# 2. Coke the drink bought (set 34's trap: "bought a massive bottle of coke (the fizzy kind, relax) for the kids party").
@pytest.mark.parametrize("text", [
    "bought a massive bottle of coke (the fizzy kind, relax) for the kids party",
    "bought a couple of cans of diet coke and crisps for the journey",
    "picked up a crate of coke for the party on saturday",
    "got 2 litres of coke and a pizza for movie night",
])
def test_coke_the_drink_is_not_a_drug(analyser, text):
    assert analyser.analyse(text).offence.status is None, text


def test_coke_bought_for_a_party_is_still_read(analyser):
    off = analyser.analyse("bought some coke for the party on saturday").offence
    assert off.status == "review" and "drugs" in off.categories, off


# 3. Food, a lid or a film stabbed (set 34's trap: "stuffed the bird, stabbed the spuds with a fork").
@pytest.mark.parametrize("text", [
    "stuffed the bird, stabbed the spuds with a fork, roast in the oven. sunday sorted",
    "stabbed the film lid a few times and microwaved it for 4 mins, dinner of champions",
    "i always stab the sausages before they go in the pan",
    "stabbing the jacket potatoes so they dont explode again",
])
def test_food_stabbed_is_no_violence(analyser, text):
    assert analyser.analyse(text).offence.status is None, text


def test_a_person_stabbed_with_a_fork_is_still_read(analyser):
    off = analyser.analyse("i stabbed him with a fork at dinner lol").offence
    assert off.status == "review" and "violence" in off.categories, off


# 4. Molly greeted or owning something is a person, even beside a festival (stop 34 left: "Happy birthday Molly").
@pytest.mark.parametrize("text", [
    "Happy birthday Molly! see you at the festival 🎉",
    "Molly's mum is driving us all to the festival 🎪",
    "Congrats Charlie! first rave you've ever DJ'd at and you smashed it",
    "Good luck Mandy, the festival crowd are going to love your set",
])
def test_a_name_greeted_is_a_person(analyser, text):
    assert analyser.analyse(text).offence.status is None, text


@pytest.mark.parametrize("text", [
    "Molly and I took half each at the festival",
    "happy birthday to me, molly and a big night at the rave",
])
def test_the_drug_beside_a_greeting_is_still_read(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status == "review" and "drugs" in off.categories, (text, off)


# 5. A crop named beside a wink at another, grown hidden (set 34: "grew my own this year 🌱 tomatoes, chillies and
#    a little something special in the loft").
@pytest.mark.parametrize("text", [
    "grew my own this year 🌱 tomatoes, chillies and a little something special in the loft",
    "growing my own again, basil, mint and something herbal in the wardrobe under a lamp",
    "grown my own this summer, strawberries in the garden and a cheeky something extra in the airing cupboard",
])
def test_a_wink_beside_the_crops_is_read(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status == "review" and any(h.phrase.startswith("buying drugs: growing") for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "grew my own tomatoes this year, something special about homegrown",
    "growing my own tomatoes and basil in the shed, iykyk about how good they taste",
    "growing chillies in the spare room, and a little something special for mum's birthday in the shed",
])
def test_crops_with_no_wink_stay_clean(analyser, text):
    assert analyser.analyse(text).offence.status is None, text
