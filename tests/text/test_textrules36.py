"""Forms read from set 35's misses and false flags (stop 36, textrules36), in all three areas. Each form has the
set's post's form, my own wordings, everyday / professional near-misses that stay clean and, where it matters, a
could-not-tell case. Positives assert the rule's own hit (its phrase), so they fail with the rule removed even where
a model would review the post."""

import pytest


def _hit(analyser, area, text, category, *keys):
    v = getattr(analyser.analyse(text), area)
    assert v.status in ("review", "fail"), (text, v)
    assert any(h.category == category and any(k in h.phrase for k in keys) for h in v.hits), (text, v)
    return v


def _clean(analyser, area, text):
    v = getattr(analyser.analyse(text), area)
    assert v.status is None, (text, v)


def _no_rule(analyser, area, text, category):
    """Not this rule (a model may still review the post: a rule may not lower its score)."""
    v = getattr(analyser.analyse(text), area)
    assert not any(h.category == category and not h.category.endswith("_model") for h in v.hits), (text, v)


# ---------------------------------------------------------------------------------------------- possible offence

# Too drunk said of the writer beside another excess (set 35: "... cos we were too loud and too pissed lol").
@pytest.mark.parametrize("text", [
    "police moved us on from the park cos we were too loud and too pissed lol, the cheek",
    "bouncer wouldnt let us in, apparently we were too drunk. rude",
    "i was way too hammered to find my keys last night",
])
def test_too_drunk_said_of_the_writer(analyser, text):
    _hit(analyser, "offence", text, "alcohol", "too pissed", "too drunk", "too hammered")


@pytest.mark.parametrize("text", [
    "we were too tired to go out after the night shift",
    "i was too pissed off to reply to the email",
    "we were so busy on the ward we forgot lunch",
])
def test_too_tired_or_pissed_off_is_no_drink(analyser, text):
    _clean(analyser, "offence", text)


# A fight in a verb of its own (set 35: "ended up scrapping outside the pub with my brother in law").
@pytest.mark.parametrize("text", [
    "ended up scrapping outside the pub with my brother in law, ruined the christening photos",
    "me and gaz ended up scrapping in the car park after the match",
    "was brawling with some lad on the dance floor, bouncers were not impressed",
])
def test_scrapping_with_someone(analyser, text):
    _hit(analyser, "offence", text, "violence", "scrapping", "brawling")


@pytest.mark.parametrize("text", [
    "we ended up scrapping the plan and getting a takeaway",
    "scrapping with my old car was the hardest goodbye",
    "the council are scrapping the bus route outside the school",
])
def test_a_plan_or_a_car_scrapped(analyser, text):
    _clean(analyser, "offence", text)


# Taking from work and betting nobody notices (set 35: "'borrowed' half the stationery cupboard at work ..., who's gonna notice").
@pytest.mark.parametrize("text", [
    "'borrowed' half the stationery cupboard at work for the kids christmas crafts, who's gonna notice lol",
    "liberated a box of printer paper from the office, nobody will notice",
    "took a load of hand gel home from the ward, they'll never miss it",
])
def test_taken_from_work_unnoticed(analyser, text):
    _hit(analyser, "offence", text, "antisocial", "borrowed", "liberated", "took")


@pytest.mark.parametrize("text", [
    "borrowed a charger from work, will bring it back monday",
    "our manager said take the leftover buffet from the office home, nobody will miss it",
    "who's gonna notice if i wear trainers to work on friday lol",
])
def test_borrowed_and_returned(analyser, text):
    _clean(analyser, "offence", text)


# Speed over a named limit, speeding letters counted, and a car driven after its cover ran out (set 35).
@pytest.mark.parametrize("text,key", [
    ("clocked 60 in the 20 zone by the school, late for my shift and don't care", "in the 20"),
    ("was doing 45 in the 30 limit coming back from my nans", "in the 30"),
    ("how many points is too many points? asking for me. third speeding letter this month 🙃", "speeding letter"),
    ("my second speeding notice this year, oops", "speeding notice"),
    ("insurance ran out in june but the car still goes so 🤷‍♀️", "insurance ran out"),
    ("mot expired in march and ive still been driving it to work", "mot expired"),
])
def test_driving_forms(analyser, text, key):
    _hit(analyser, "offence", text, "driving", key)


@pytest.mark.parametrize("text", [
    "the 20 zone by the school is finally in, 30 in the 20 zone gets you a fine",
    "my home insurance ran out in june but i renewed it online",
    "speeding letters are going out to parents about the school run, please slow down",
    "the car insurance expired so we sold the car",
])
def test_driving_near_misses(analyser, text):
    _clean(analyser, "offence", text)


# The flake emoji beside a dealer asked for (set 35: "anyone got a number for a decent man round dalston? need sorting
# for tonight ❄️"): the cleaned text keeps ❄ without its variation selector, which the substance list never matched.
@pytest.mark.parametrize("text", [
    "anyone got a number for a decent man round dalston? need sorting for tonight ❄️",
    "need sorting for tonight ❄️ anyone?",
    "who's got a number for a good plug, need sorted for saturday ❄️",
])
def test_snow_emoji_with_a_dealer(analyser, text):
    _hit(analyser, "offence", text, "drugs", "buying drugs", "plug")


@pytest.mark.parametrize("text", [
    "bought the kids new sledges ❄️ snow day tomorrow",
    "got a number for a good plumber ❄️ pipes frozen again",
    "anyone got a number for a decent man with a van? need sorting for saturday",
    "❄️ got the gritter out, school is open tomorrow",
])
def test_snow_is_weather(analyser, text):
    _clean(analyser, "offence", text)


# False flags of set 35: someone else's offence or pain read as the writer's.
@pytest.mark.parametrize("text", [
    "the stabbing pain in my back after a day of gardening is unreal",
    "spoke to the mum of the lad stabbed on sunday, he's still in intensive care",
    "that lad i arrested last week just walked past me in sainsburys bold as brass",
    "cant believe my old pe teacher has lost his licence for drink driving 🙊 small world",
    "drive past the school at that speed again and i will put a brick through your windscreen",
])
def test_others_acts_and_pain_are_not_the_writers_offence(analyser, text):
    _no_rule(analyser, "offence", text, "violence")
    _no_rule(analyser, "offence", text, "antisocial")
    _no_rule(analyser, "offence", text, "driving")


@pytest.mark.parametrize("text,category", [
    ("i got arrested last night lol", "antisocial"),
    ("lost my licence for drink driving, gutted", "driving"),
    ("threw a brick through the bus shelter window lol", "antisocial"),
    ("i stabbed him in the leg and legged it", "violence"),
])
def test_the_writers_own_act_still_read(analyser, text, category):
    _hit(analyser, "offence", text, category, "")
