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
    "sorry. i got so pissed that i went dyslexic!",
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


# ---------------------------------------------------------------------------------------------- offensive

# Veiled threats in stock forms, each without a harm word the older patterns need (set 35's threat misses). Review only.
@pytest.mark.parametrize("text,key", [
    ("not saying i'd burn his van. just saying vans burn. 🔥", "not saying"),
    ("not saying we'd smash her windows, just saying glass breaks easy", "not saying"),
    ("counting down the days til he's released. he won't enjoy his freedom long", "freedom long"),
    ("she wont enjoy her release for long, mark the date", "release for long"),
    ("dear neighbour with the barking dog. i have antifreeze and very little patience left.", "antifreeze"),
    ("to whoever keeps parking across my drive: i have a baseball bat and no patience", "baseball bat"),
    ("whoever's dealing outside the flats, you've got till sunday to move on before we move you on ourselves", "ourselves"),
    ("tell the lads on the corner they can shift or the lads will shift them ourselves", "ourselves"),
    ("pride march coming down our high street? hope they've got ambulances on standby 😬", "ambulances on standby"),
    ("told him straight, one more missed payment and it's not the solicitor that'll be visiting", "solicitor"),
    ("i hope whoever poisoned the cat gets exactly the same done to them and id happily help", "same done to them"),
    ("the scum who kicked that dog should get the same done to him", "same done to him"),
    ("that magistrate deserves to have his house torched for that sentence", "house torched"),
    ("he won't be so brave with a broken jaw", "broken jaw"),
    ("she wont be so gobby without her front teeth", "front teeth"),
])
def test_veiled_threat_forms(analyser, text, key):
    v = _hit(analyser, "offensive", text, "threat", key)
    assert v.status == "review", v


@pytest.mark.parametrize("text", [
    "not saying i'd do it again, just saying it was fun",
    "he won't enjoy his holiday long, back to work monday",
    "i have a spade and no patience for gardening",
    "you've got till sunday to fix the fence before we do it ourselves",
    "marathon on sunday, hope they've got paramedics on standby",
    "pride march in this heat, hope they've got paramedics on standby, stay hydrated all",
    "it's not the solicitor that'll be visiting, it's the surveyor",
    "hope whoever made this cake gets the same done to them on their birthday",
    "she won't be so chatty with a wired jaw after the op",
    "mrs jones keeps asking for her son who hasn't visited in weeks, he lives two streets away",
])
def test_veiled_threat_near_misses(analyser, text):
    _clean(analyser, "offensive", text)


def test_arson_denied_is_not_this_rule(analyser):
    # counter-speech; the threat model may review it (a rule may not lower a model score)
    off = analyser.analyse("no one deserves to have their house torched, whatever they did").offensive
    assert not any("torched" in h.phrase for h in off.hits), off


def test_menace_with_a_grievance_still_read(analyser):
    _hit(analyser, "offensive", "he keeps messaging me. he lives two streets away and i know what car he drives", "threat", "menace")


# "you type like a concussed pigeon": how someone types or talks likened to an impaired animal (insult, review).
@pytest.mark.parametrize("text", [
    "reply guy with 12 followers calling me stupid. mate you type like a concussed pigeon",
    "he drives like a blind hamster honestly",
    "you argue like a lobotomised goldfish",
])
def test_likened_to_an_impaired_animal(analyser, text):
    _hit(analyser, "offensive", text, "insult", "like a")


@pytest.mark.parametrize("text", [
    "i feel like a concussed pigeon after that night shift",
    "you dance like a drunk uncle at a wedding lol love you",
    "the baby sleeps like a sedated sloth, bliss",
])
def test_likened_near_misses(analyser, text):
    _clean(analyser, "offensive", text)


# The slur that a group's takeaway cooks pets: a group, a suspicion about the food and a pet (discriminatory, review).
@pytest.mark.parametrize("text", [
    "check what's in the sweet and sour before you eat from the chinese round here 🐕 iykyk",
    "new chinese opened on the high street, wonder where all the cats went lol",
    "not eating from that korean place, dread to think what's in the meat 🐶",
])
def test_pets_in_a_groups_food(analyser, text):
    _hit(analyser, "offensive", text, "discriminatory", "group insinuated")


@pytest.mark.parametrize("text", [
    "got a chinese tonight, the dog is begging for prawn crackers 🐕",
    "whats in the sweet and sour sauce at the chinese? trying to make it at home",
    "someone at work said the chinese puts dogs in the curry. that's a racist myth and i told him so",
])
def test_pets_and_takeaways_near_misses(analyser, text):
    _no_rule(analyser, "offensive", text, "discriminatory")


# Sexual content told or offered: an orgasm or the writer's new sex toy (alone), what the writer wears under a
# uniform offered in pictures (with a heat emoji).
@pytest.mark.parametrize("text,key", [
    ("post-shift bath, wine and the best orgasm of my week courtesy of my new toy 🙈 no regrets", "orgasm"),
    ("treated myself to a new vibrator, night shifts are lonely", "vibrator"),
    ("dm me if u want pics of what i'm wearing under the uniform 😈", "wearing under"),
])
def test_sexual_content_told(analyser, text, key):
    _hit(analyser, "offensive", text, "obscene", key)


@pytest.mark.parametrize("text", [
    "rse lesson today on consent and orgasms, year 11 were very mature",
    "picked up my new toy today 🔥 0-60 in 5 seconds",
    "what i'm wearing under the uniform today: thermals. its freezing on the ward",
    "the sex toy shop on the high street has finally closed",
])
def test_sexual_near_misses(analyser, text):
    _clean(analyser, "offensive", text)


# ---------------------------------------------------------------------------------------------- confidential

# A work voice set 35 showed the rules did not know, each beside a detail that points at someone (review).
@pytest.mark.parametrize("text,key", [
    ("anyone else get the email about dave in payroll being suspended for fiddling his overtime? 👀", "in payroll"),
    ("heard sue from accounts is off sick with stress again", "from accounts"),
    ("cant believe mr whitfield off the school governors has lost his licence for drink driving 🙊 small world", "governors"),
    ("welfare check on the old boy at flat 7 wilton court. place was filthy, he's really not coping", "welfare check"),
    ("anyone recognise this woman? she's the one who keeps ringing the duty line drunk. tanya something, it's on the referral", "duty line"),
    ("remember the okafor boy? court tomorrow, he's pleading not guilty. bet he goes down", "pleading"),
    ("my patient today, 92, ex boxer, lives alone above the bookies on morning lane and still does his own shopping. legend 🥊", "my patient"),
])
def test_work_voice_and_detail(analyser, text, key):
    _hit(analyser, "confidential", text, "practice", key)


@pytest.mark.parametrize("text", [
    "jobs in finance are so dull lol, anyone in hr got tips",
    "working in payroll is a nightmare this week",
    "my mate in accounts has been amazing",
    "welfare check on my nan tonight, she's fine",
    "welfare checks on the vulnerable are part of the job",
    "flat 3 rose court is finally finished, we move in next week",
    "my patient today, 92, still sharp as a tack",
    "on the duty line all day today, exhausted",
    "anyone recognise this dog? found on the duty desk steps",
    "why does my 4 year old need a book about two mums in reception",
])
def test_work_voice_near_misses(analyser, text):
    _no_rule(analyser, "confidential", text, "practice")


# Work material shown: a work chat leaked with screenshots, a school's sensitive list sent out by mistake.
@pytest.mark.parametrize("text", [
    "team whatsapp leaked: manager says we need to 'close' 3 cases before ofsted whatever state they're in. screenshots below",
    "the head sent the exclusions list to all parents by mistake, here's a pic before they recall it",
    "someone left the safeguarding register on the printer, screenshotted it for the group lol",
])
def test_work_material_shown(analyser, text):
    _hit(analyser, "confidential", text, "work_material", "")


@pytest.mark.parametrize("text", [
    "team whatsapp is buzzing about the christmas do",
    "class list for the trip is up on the door, check your child's name",
    "screenshots below of my cat's finest moments",
])
def test_work_material_near_misses(analyser, text):
    _no_rule(analyser, "confidential", text, "work_material")


# An everyday probe near the new rules (27 posts of my own, run on the session-start code and this one) found these
# flagged by a first draft; each stays clean now.
@pytest.mark.parametrize("text,area", [
    ("not saying i'd burn the toast again, just saying the smoke alarm works", "offensive"),
    ("he won't enjoy his freedom long, nursery starts monday 😂", "offensive"),
    ("need sorting for tonight, hair is a disaster ❄️ snow everywhere", "offence"),
    ("team whatsapp is full of baby pics this week, screenshots below 😍", "confidential"),
])
def test_everyday_probe_stays_clean(analyser, text, area):
    _clean(analyser, area, text)


def test_a_teacher_chasing_forms_is_not_the_ultimatum_rule(analyser):
    # the threat model reviews it on the session-start code too; the rule must not read it
    off = analyser.analyse("you've got till friday to hand in your forms or i'll chase you myself").offensive
    assert not any("myself" in h.phrase for h in off.hits), off


def test_a_class_list_shown_is_not_work_material(analyser):
    conf = analyser.analyse("the class list is on the door, heres a pic for parents who cant make it in").confidential
    assert not any(h.category == "work_material" for h in conf.hits), conf
