"""Review of stop 35's text rules (review35): everyday posts the new rules flagged and abuse they newly cleared.
Each test failed on 60ab5de before its fix."""

import pytest


# 1. Drink told by its effects: "drinks in me" must be drink, not any glass or bottle or a vaccine shot
#    (on 60ab5de a glass of milk, water or squash, bottles of lucozade and flu shots "in me" read as alcohol).
@pytest.mark.parametrize("text", [
    "with two glasses of milk in me the baby was stumbling around the lounge",
    "had a glass of water in me and still fell over on the ice",
    "with a couple of bottles of lucozade in me i was wobbling on the bike",
    "with 3 glasses of squash in me the kids were falling over laughing",
    "had my flu and covid shots in me today, legs went wobbly after",
    "after having booster shots in me at the clinic i was a bit wobbly",
])
def test_soft_drinks_and_jabs_in_me_are_not_drink(analyser, text):
    off = analyser.analyse(text).offence
    assert not any(h.category == "alcohol" for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "with a bottle of wine in me i was falling over on the dance floor",
    "couldnt walk straight with two glasses of vodka in me",
    "after 6 tequila shots in me i was staggering home",
    "couldnt walk straight with 2 bottles of merlot in me",
    "with three glasses of malbec in me i was staggering home",
    "with a glass of champers in me i was swaying",
    "with a bottle of rosé in me i was wobbling down the high street",
])
def test_drink_in_me_still_reads(analyser, text):
    off = analyser.analyse(text).offence
    assert any(h.category == "alcohol" for h in off.hits), (text, off)


# 2. A comparison put-down aimed at a party is political speech, but a person named by the party still is a person
#    (on 60ab5de "the tory candidate", "the party leader", "the labour mp" were cleared as the party itself).
@pytest.mark.parametrize("text", [
    "ive met potatoes with more personality than the tory candidate Jenkins",
    "ive met bricks with more sense than the party leader",
    "i've seen lamp posts with more charisma than the labour mp for our town",
    "ive met goldfish with more brains than the council leader",
    "ive met lettuces with more backbone than the government minister who visited our school",
])
def test_a_person_named_by_their_party_is_still_a_target(analyser, text):
    off = analyser.analyse(text).offensive
    assert any(h.category == "insult" and "stock put-down" in h.phrase for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "I've met lamp posts with more sense than the Tories",
    "ive seen sandwiches with more common sense than the current cabinet",
    "ive seen tea towels with more vision than the labour party",
])
def test_the_party_itself_stays_political_speech(analyser, text):
    assert analyser.analyse(text).offensive.status is None, text


# 3. Threats without a harm word: the harm wished "funny" must be done to something ("keyed his car", "keyed it"),
#    and being carried home after a night out is no injury ("meet me at the pub ... carry you home after the
#    karaoke"); on 60ab5de these were new threat reviews. A first narrowing of "meet me" to "meet me outside" lost
#    "meet me at the park at 6 and bring someone to carry you home", so the night out is read instead.
@pytest.mark.parametrize("text", [
    "it'd be hilarious if someone keyed the wrong password again lol",
    "would be a shame if someone slashed prices even more in the sale",
    "would be funny if someone smashed the quiz record this year",
    "meet me at the pub after work, bring someone to carry you home after the karaoke",
    "meet me at the bar at 8, you'll need someone to carry you home after the cocktail masterclass",
])
def test_no_object_harmed_or_no_challenge_is_no_threat(analyser, text):
    off = analyser.analyse(text).offensive
    assert not any(h.category == "threat" and ("would be" in h.phrase or "itd be" in h.phrase or "meet me" in h.phrase)
                   for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "would be funny if someone slashed his tyres tonight",
    "itd be a shame if somebody keyed that shiny new car of hers",
    "would be hilarious if someone tampered with his brakes",
    "meet me round the back after school, bring someone to carry you home",
    "meet me at the park at 6 and bring someone to carry you home",
    "meet me at 4 behind the gym, bring someone to carry you home",
    "would be funny if someone keyed it",
])
def test_harm_to_a_thing_or_a_real_challenge_still_reads(analyser, text):
    off = analyser.analyse(text).offensive
    assert any(h.category == "threat" for h in off.hits), (text, off)


# 4. A win "nicked" at the death is sport, but a thing nicked from a shop or a bar at the end of the night is a theft
#    (on 60ab5de "nicked it in the last minute from the shop" was newly cleared as a late winner).
@pytest.mark.parametrize("text", [
    "nicked it in the last minute from the shop before closing",
    "nicked it at the end of the night from the bar, the glass is lovely",
    "nicked it at the end of my shift from the till, nobody noticed",
])
def test_a_thing_nicked_from_a_shop_at_the_end_is_still_theft(analyser, text):
    off = analyser.analyse(text).offence
    assert any(h.category == "antisocial" and "nicked it" in h.phrase for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "nicked it at the death, 2-1, what a game",
    "nicked it in the last minute from a corner, get in",
    "nicked it 2-1 away from home",
])
def test_a_late_winner_stays_sport(analyser, text):
    off = analyser.analyse(text).offence
    assert not any("nicked" in h.phrase for h in off.hits), (text, off)


# 5. "colleagues been ..." is a colleague's private life only when it is theirs: colleagues praised for their
#    support after the writer's own loss are not (a new confidential review on 60ab5de).
@pytest.mark.parametrize("text", [
    "colleagues been amazing this week after my dad died",
    "my colleagues been so supportive since my diagnosis, love my team",
    "colleagues been brilliant while i was off with stress, thank you all",
])
def test_colleagues_praised_for_the_writers_own_loss(analyser, text):
    conf = analyser.analyse(text).confidential
    assert not any("colleagues" in h.phrase for h in conf.hits), (text, conf)


@pytest.mark.parametrize("text", [
    "colleagues been signed off with stress for a month now",
    "colleague's been having an affair with the deputy head",
])
def test_a_colleagues_own_matter_still_reads(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review" and any("colleague" in h.phrase for h in conf.hits), (text, conf)


# 6. Food stabbed with a fork is no blow, but a person named by a food word is ("the chicken shop owner", "the
#    pie man", "a bag snatcher"); on 60ab5de these stabbings were newly cleared.
@pytest.mark.parametrize("text", [
    "stabbed the chicken shop owner last night",
    "stabbed a bag snatcher with his own knife",
    "stabbed the pie man in the neck",
    "stabbed the kebab van lad outside the club",
])
def test_a_person_named_by_food_stabbed_is_violence(analyser, text):
    off = analyser.analyse(text).offence
    assert any(h.category == "violence" for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "stabbed the jacket potatoes with a fork before the oven",
    "stabbed the lamb with rosemary and garlic",
    "stabbed the sausages so they dont split",
])
def test_food_stabbed_stays_clear(analyser, text):
    off = analyser.analyse(text).offence
    assert not any(h.category == "violence" for h in off.hits), (text, off)


# 7. A greeted Molly is a person, unless the post says it was taken ("took it at 10", a pill, "sorted us out" said
#    as "sorting us out", "kicking in"); on 60ab5de these were newly cleared.
@pytest.mark.parametrize("text", [
    "Cheers Molly, best festival ever, took it at 10 and felt amazing",
    "Thanks Molly for sorting us out for the festival 💊",
    "Hi Molly, kicking in nicely at the rave 🙌",
])
def test_a_greeted_molly_taken_is_still_the_drug(analyser, text):
    off = analyser.analyse(text).offence
    assert any(h.category == "drugs" for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "Happy birthday Molly! have fun at the festival",
    "Thanks Molly for the lift to the festival, had the best time",
])
def test_a_greeted_molly_stays_a_person(analyser, text):
    off = analyser.analyse(text).offence
    assert not any(h.category == "drugs" for h in off.hits), (text, off)


# 8. The writer's own condition: "being autistic" or "as a <someone> with adhd" is the writer's only when the writer
#    is the one named (on 60ab5de a pupil "being autistic" and "as a boy with adhd" were read as the writer's own).
@pytest.mark.parametrize("text", [
    "one of my pupils being autistic doesn't mean he can't do maths, Jake's amazing",
    "a girl in my tutor group, as a child with adhd, gets sent out every lesson",
])
def test_a_pupils_condition_is_not_the_writers(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review" and any(h.category == "practice" for h in conf.hits), (text, conf)


@pytest.mark.parametrize("text", [
    "me being autistic and a teacher means my class get the quiet corner",
    "as an autistic teacher my class get a calm room",
    "as a nurse with adhd on my ward i live by lists",
])
def test_the_writers_own_condition_stays_clear(analyser, text):
    assert analyser.analyse(text).confidential.status is None, text


# 9. (found beside the stop-35 ambulance rule; the fail is older) a patient or a relative going home or on to a
#    hospice in an ambulance is care, not an injury foretold: on 60ab5de and e28df49 these were threat FAILs.
@pytest.mark.parametrize("text", [
    "the patient will be leaving in an ambulance tomorrow to the hospice",
    "grandad will be going home in an ambulance transport tomorrow, discharged at last",
    "my nan is going home in an ambulance later, so relieved",
    "Mrs Patel will be leaving in an ambulance at 2 for her transfer",
])
def test_a_patient_going_home_in_an_ambulance_is_no_threat(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status != "fail" and not any(h.category == "threat" and "ambulance" in h.phrase for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "you'll be going home in an ambulance, mark my words",
    "keep it up and he'll be leaving in an ambulance",
    "say that again and you'll go home in an ambulance",
])
def test_an_ambulance_foretold_for_someone_is_still_a_threat(analyser, text):
    off = analyser.analyse(text).offensive
    assert any(h.category == "threat" and "ambulance" in h.phrase for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "your dad will be going home in an ambulance if he comes near me again",
    "tell your mum she'll be leaving in an ambulance",
    "my ex, if he shows up, will be leaving in an ambulance",
])
def test_someone_elses_relative_in_an_ambulance_is_still_a_threat(analyser, text):
    off = analyser.analyse(text).offensive
    assert any(h.category == "threat" and "ambulance" in h.phrase for h in off.hits), (text, off)


# 10. "you <word> old goat" said with congratulations is banter, like "happy birthday" (a new insult review on 60ab5de).
@pytest.mark.parametrize("text", [
    "you daft old goat, happy retirement Pete!",
    "congratulations you soppy old git, 40 years married",
    "proud of you, you mad old bat, first marathon done",
])
def test_an_old_insult_with_congratulations_is_banter(analyser, text):
    off = analyser.analyse(text).offensive
    assert not any("old" in h.phrase and "stock put-down" in h.phrase for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "good luck finding anyone who agrees with you, you sanctimonious old bag",
    "well done, you miserable old cow, another complaint",
])
def test_sarcastic_wishes_do_not_void_the_old_insult(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail") and any(h.category == "insult" and "old" in h.phrase for h in off.hits), (text, off)


# 11. At the writer's service "guess who came in with a donation / to help" is someone giving, but not when the post
#     says they took help too (on 60ab5de "came in to help themselves to a food parcel" and "came in dropping off
#     uniforms ... then took a parcel" were newly cleared).
@pytest.mark.parametrize("text", [
    "volunteering at the food bank, guess who came in to help themselves to a food parcel, my old headteacher",
    "volunteering at the food bank, guess who came in dropping off her kids' uniforms to swap, then took a parcel - a mum from my class",
])
def test_someone_giving_who_also_takes_help_is_still_read(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review" and any("guess who" in h.phrase for h in conf.hits), (text, conf)


@pytest.mark.parametrize("text", [
    "volunteering at the food bank, guess who came in to help sort tins - my year 10s!",
    "volunteer at the food bank and guess who came in with a donation, my old head of year",
])
def test_someone_giving_stays_clear(analyser, text):
    assert analyser.analyse(text).confidential.status is None, text


# 12. "attention seeker" said conditionally in counter-speech is not aimed at anyone (a new insult review on 60ab5de).
@pytest.mark.parametrize("text", [
    "we talked about why calling self-harm 'attention seeking' is harmful - if you're an attention seeker you still need help",
    "even if shes an attention seeker, she deserves support. that's safeguarding",
])
def test_attention_seeker_said_conditionally_is_not_an_insult(analyser, text):
    off = analyser.analyse(text).offensive
    assert not any("attention seeker" in h.phrase for h in off.hits), (text, off)
