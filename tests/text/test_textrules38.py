"""Forms read from sets 37 and 38's misses (stop 38, textrules38), grouped by cause across both writers, in all three
areas. Each form: its source wording, another writer's or my own wording, everyday / professional / counter-speech
near-misses that stay clean of the rule, and a could-not-tell case (another language stays not-checked). Positives
assert the rule's own hit (its phrase or category from the rule, not a model score), so they fail with the rule
removed even where a model would review the post. Every new form is review only."""

import pytest


def _hit(analyser, area, text, category, *keys):
    v = getattr(analyser.analyse(text), area)
    assert v.status == "review", (text, v)
    assert any(h.category == category and any(k in h.phrase for k in keys) for h in v.hits), (text, v)
    return v


def _no_rule(analyser, area, text, *keys):
    """Not this rule (a model may still review the post: a rule may not lower its score)."""
    v = getattr(analyser.analyse(text), area)
    assert v.status != "fail", (text, v)
    assert not any(any(k in h.phrase for k in keys) for h in v.hits), (text, v)


# ---------------------------------------------------------------------------------------------------- offensive

@pytest.mark.parametrize("text, key", [
    ("one more ticket off that warden on the high st and i'm waiting for him after his shift. he's been told", "waiting for him"),
    ("the day my son's bully turns 18 i'm waiting for him outside. counting the days", "waiting for him"),
    ("the ref tonight wants following home. someone get his reg", "following home"),
    ("ya man's getting dropped the minute he steps out of that gym, watch", "dropped"),
    ("reckon our MP deserves a proper visit from some angry constituents, the kind he won't forget in a hurry", "forget"),
    ("landlord has till friday then i'm paying him a visit he won't forget", "forget"),
    ("saturday. no phones, no mates, just me and him and we'll see who's laughing after", "laughing after"),
    ("ya wee bam, come near ma wee brother again an ah'll burst ye", "burst ye"),
    ("if i see that councillor in the pub tonight im gonna deck him", "deck him"),
])
def test_veiled_threats(analyser, text, key):
    _hit(analyser, "offensive", text, "threat", key)


@pytest.mark.parametrize("text", [
    "i'm waiting for him after his shift so we can get a takeaway",
    "she needs walking home after the party, make sure she's safe",
    "getting dropped off the minute he steps out of the car",
    "we went to the zoo, a day the kids won't forget",
    "we'll see who's laughing at the end of the season when we're top",
    "i'll burst your bubble, the shop shut at 5",
])
def test_everyday_near_misses_are_not_threats_by_these_forms(analyser, text):
    _no_rule(analyser, "offensive", text, "waiting for", "following home", "dropped", "forget", "laughing", "batter you", "burst")


@pytest.mark.parametrize("text, key", [
    ("Went down the high street today and honestly didn't hear one word of English from the chicken shop to the station", "hear one word of english"),
    ("Had a walk through town today… felt like I was in Mogadishu. Not a single English voice.", "not a single english voice"),
    ("another boat full landed today. at this rate we'll be a minority in our own country by 2040", "minority in our own country"),
    ("the great replacement isn't a theory, look at any year 7 class photo in this town", "great replacement"),
    ("Saw three of them at the school gates today. This isn't their country.", "their country"),
    ("miss the days when the only accents on this street were proper london ones", "only accents"),
    ("women in management is why nothing gets done in this country", "is why nothing"),
    ("The Traveller kids at the primary are why standards have dropped", "why standards"),
    ("honestly gypsies have ruined this town, every car park is a campsite now", "ruined this town"),
    ("never hire a woman in her 30s, she'll be off on maternity within a year", "hire a woman"),
    ("dont hire mums. they'll be off every other week with a sick kid", "hire mums"),
    ("Nigerians would scam their own nan", "scam their"),
    ("Somali lads hanging round the chicken shop again. you know exactly what they're up to", "hanging round"),
    ("autistic is just the new word for badly behaved tbh", "new word for badly behaved"),
])
def test_prejudice_without_slurs(analyser, text, key):
    _hit(analyser, "offensive", text, "discriminatory", key)


def test_echo_brackets(analyser):
    _hit(analyser, "offensive", "Globalist bankers pulling the strings again. You know who I mean. (((them)))", "discriminatory", "(((")


@pytest.mark.parametrize("text", [
    # identity, professional and counter-speech voices: never a fail on their own
    "My Polish nan didn't speak a word of English when she came here and she built a whole life. Proud of her",
    "Proud to be a minority in my own profession: one of three black women consultants in the trust",
    "Training today on recognising far-right talking points such as replacement theory. Useful session",
    "we hire a woman for every role we can, best team i've had",
    "Lads hanging round the skate park again, so good to see them out and active",
    "our autistic son is just the best, so proud of him",
    "ADHD is a real condition, not a label for badly behaved kids. Rant over.",
])
def test_identity_professional_counter_not_read_by_these_forms(analyser, text):
    _no_rule(analyser, "offensive", text, "hear one", "minority in", "great replacement", "hire a", "hanging round", "word for badly", "(((")


@pytest.mark.parametrize("text, key", [
    ("Lovely to see that Dean from the garage still hasn't found a personality. Or a toothbrush.", "personality"),
    ("Dean from accounts, zero personality and a voice like a dentist's drill", "personality"),
    ("@millie.rxse tell me you peaked in year 9 without telling me", "peaked in year 9"),
    ("bless her, she tries SO hard to be relevant. it's almost sad", "hard to be relevant"),
])
def test_stock_put_downs(analyser, text, key):
    _hit(analyser, "offensive", text, "insult", key)


@pytest.mark.parametrize("text", [
    "the new logo has no personality, back to the drawing board",
    "my best subject was art, i think i peaked in the summer holidays",
    "she tries so hard to be a good mum, so proud of her",
])
def test_put_down_near_misses(analyser, text):
    _no_rule(analyser, "offensive", text, "personality", "peaked", "hard to be")


@pytest.mark.parametrize("text", [
    "spent the night with two lads off tinder, filmed the whole thing, link in bio 😏🔞",
    "🔞 Hot local singles near you want to meet TONIGHT, click here 👉 example.org/x",
])
def test_adult_emoji_beside_a_link(analyser, text):
    _hit(analyser, "offensive", text, "obscene", "🔞")


@pytest.mark.parametrize("text", [
    "🔞 this film is an 18 for a reason, not for the kids",
    "link in bio for the school fair tickets 🎟️",
])
def test_adult_emoji_alone_or_link_alone(analyser, text):
    _no_rule(analyser, "offensive", text, "🔞")


def test_insult_signed_off_with_love_is_review_not_fail(analyser):
    v = analyser.analyse("my best mate is such an idiot, turned up to my dress fitting in a tux 😂 love you babe").offensive
    assert v.status == "review", v
    assert analyser.analyse("you are a useless idiot and everyone hates you").offensive.status == "fail"


# --------------------------------------------------------------------------------------------- possible offence

@pytest.mark.parametrize("text, cat, key", [
    ("mushies kicked in halfway across the marshes and the trees started talking to me", "drugs", "kicked in"),
    ("Mushies kicked in halfway round Tesco and the cereal aisle was a spiritual experience", "drugs", "kicked in"),
    ("mushies started kicking in on the bus home, the driver had a face like a potato", "drugs", "kicking in"),
    ("anyone know where to get some sniff tonight?? my usual guys gone quiet", "drugs", "sniff"),
    ("Anyone selling their ADHD meds? Exams next week and I need the focus", "drugs", "adhd meds"),
    ("picked up a 20 bag on the way to work. long shift needs help x", "drugs", "20 bag"),
    ("Baking some special brownies for the festival, if you know you know", "drugs", "special brownies"),
    ("were that mortal last neet I slept in t'bus shelter by t'Co-op", "alcohol", "bus shelter"),
    ("pre-drinks, drinks, post drinks, then asleep on a bench outside spoons. peak saturday", "alcohol", "bench"),
    ("had that much cider at the park i was sick in the kids play area lmao", "alcohol", "play area"),
    ("me and my lot tagged the whole side of the library last night, looks better tbh", "antisocial", "tagged"),
    ("few bevvies at the christening then drove everyone home. no drama", "driving", "drove"),
])
def test_offence_forms(analyser, text, cat, key):
    _hit(analyser, "offence", text, cat, key)


@pytest.mark.parametrize("text", [
    "the paracetamol finally kicked in, headache gone",
    "acid reflux kicked in after that curry",
    "bought a 20 bag of compost for the allotment",
    "outreach tonight: a man asleep on a bench in the cold, got him a bed at the shelter",
    "so tired after nights i fell asleep on the bus home",
    "tagged the library in my post about the book sale",
    "had a few drinks then got a taxi home, car stays at the pub",
])
def test_offence_near_misses(analyser, text):
    _no_rule(analyser, "offence", text, "kicked in", "weed", "20 bag", "bench", "fell asleep", "tagged", "drove")


# ---------------------------------------------------------------------------------------------------- confidential

@pytest.mark.parametrize("text, key", [
    ("parents evening done. Tayo in 9C is 100% being neglected, met his dad tonight", "Tayo in 9C"),
    ("Aarav in 4B's mum rang school AGAIN about the bullying. honestly love, I have 29 other kids", "Aarav in 4B"),
    ("Omg guess which footballer's wife came into the clinic today 🤫 I'm saying nothing", "footballer"),
    ("A&E last night: a certain councillor's son came in after an OD", "councillor"),
    ("Did you know the vicar's granddaughter is in care? 👀", "vicar"),
    ("anyone give me a lift to the Jacobs family's tomorrow, 88 Cazemore Rd ground floor, it's unannounced", "88 Cazemore Rd"),
    ("Whoever's on nights at Oakfield House children's home tonight, the Walsh twins are back", "Walsh twins"),
    ("our reception volunteer Marjorie (82) told me today she was abused as a child", "Marjorie (82)"),
    ("copper mate of mine says the lad they lifted for the robbery is from the Beeches", "copper mate"),
    ("screenshot of the new rota so you all know who's on nights next week", "rota"),
    ("Picked up a referral for a 14yo girl at Brookfield Academy today, CSE concerns, older boyfriend with a car. Parents clueless. This job.",
     "referral for a 14yo"),
    ("giving the Okoro family a lift later, 12 Dene Rd, top floor, they have no idea we are coming lol", "12 Dene Rd"),
    ("Selfie with my favourite resident Mr D at the day centre today, he's 92", "resident mr d"),
])
def test_confidential_forms(analyser, text, key):
    _hit(analyser, "confidential", text, "practice", key)


def test_bed_and_the_local_news(analyser):
    v = analyser.analyse("ward gossip: bed 12 is the bloke off the local news who crashed into the bakery").confidential
    assert v.status == "review", v


@pytest.mark.parametrize("text", [
    "Overheard in Y1 class this morning: leave your weapons on the desks before break",
    "Mrs Okafor in 3B has been brilliant with my daughter this year",
    "Proud of my Jamie in year 6 today, sports day winner",
    "the footballer's wife documentary on telly was great",
    "visit us at 12 High Street for the summer fair, all welcome",
    "our new shop at 4 Mill Lane opens saturday, bring the kids",
    "our rota for the school fete is on the noticeboard",
    "Thread: 5 things I wish the public knew about child protection conferences (no case details)",
])
def test_confidential_near_misses(analyser, text):
    _no_rule(analyser, "confidential", text, "told from work")


# ---------------------------------------------------------------------------------------------------- could not tell

@pytest.mark.parametrize("text", [
    "Jak jeszcze raz zobaczę cię pod moim domem, to połamię ci nogi. Ostrzegam ostatni raz.",
    "Estos inmigrantes solo vienen a vivir de las ayudas y a robar. Que se vuelvan a su país.",
])
def test_other_language_stays_not_checked(analyser, text):
    r = analyser.analyse(text)
    assert r.language.code != "en"
    assert r.offensive.status != "fail"
    assert any(area == "offensive" for area, _ in r.not_analysed), r.not_analysed
