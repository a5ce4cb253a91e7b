"""Review of stop 38 (branch review38): a boast about beating "you" at a named game is not a threat (set 36's
padel trap), a threat at a place stays one; a "told from work" review never hides a national identifier's fail;
an insult signed off with love is softened only when it is banter-sized."""

import pytest


@pytest.mark.parametrize("text", [
    "i'm gonna batter you at padel",
    "i'm gonna batter you at padel tomorrow, bring your A game",
    "I'll smash you at tennis on sunday",
    "you're going down, I'll beat you at darts",
    "i'll batter you at squash next week",
    "we're gonna hammer you lot at the pub quiz",
])
def test_boast_at_a_named_game_is_not_a_threat(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status != "fail", (text, v)
    assert not any(h.category == "threat" and "you" in h.phrase for h in v.hits), (text, v)


@pytest.mark.parametrize("text", [
    "I'll batter you at the bus stop",
    "I'll batter you at school tomorrow",
    "I'll batter you at your house",
    "i'm gonna batter you at the park after school",
    "I'll stab you at padel",
    "i'm gonna batter you at padel and then outside after",
    "I'll batter you at padel, then I'll find you and hurt you",
    "I'll smash you at tennis, bring a knife",
])
def test_threat_at_a_place_or_with_harm_still_fails(analyser, text):
    assert analyser.analyse(text).offensive.status == "fail", text


def test_boast_in_another_language_is_not_read(analyser):
    v = analyser.analyse("Te voy a ganar al pádel mañana, prepárate amigo, no tendrás ninguna oportunidad").offensive
    assert v.status != "fail", v


@pytest.mark.parametrize("text", [
    "the Walsh twins are back at the children's home, NI number AB123456C on the form",
    "Tayo in 9C is 100% being neglected, his NHS number is 943 476 5919",
    "the Jacobs family's tomorrow, 88 Cazemore Rd ground floor, it's unannounced, NI AB123456C",
])
def test_told_from_work_with_a_national_identifier_still_fails(analyser, text):
    v = analyser.analyse(text).confidential
    assert v.status == "fail", (text, v)
    assert any(h.category in ("ni_number", "nhs_number") for h in v.hits), v


def test_told_from_work_without_identifier_stays_review(analyser):
    assert analyser.analyse("Tayo in 9C is 100% being neglected, nobody listens").confidential.status == "review"
    assert analyser.analyse("my nan lives at 12 Rose Lane and makes the best scones").confidential.status is None


def test_identifier_in_another_language_post_is_still_read(analyser):
    # could not tell the practice words (Spanish), but the number's check is language-free
    v = analyser.analyse("Mi número de la seguridad social es AB123456C, no se lo digas a nadie").confidential
    assert v.status in ("fail", "review"), v


@pytest.mark.parametrize("text", [
    "you're a thick useless cunt, love you x",
    "@sarah you're a disgusting whore. love you loads lol",
    "love you but you're a stupid fat slut",
    "my ex is a lying cheating cunt. love you mum x",
])
def test_love_you_does_not_soften_a_strong_or_sexual_insult(analyser, text):
    assert analyser.analyse(text).offensive.status == "fail", text


@pytest.mark.parametrize("text", [
    "my best mate is such an idiot, turned up to my dress fitting in a tux 😂 love you babe",
    "@bestie_jo you absolute cow you ate my last Creme Egg 😤😂 love you really",
    "you absolute muppet, forgot the cake again. love ya x",
])
def test_banter_signed_off_with_love_stays_review(analyser, text):
    assert analyser.analyse(text).offensive.status != "fail", text


def test_love_in_another_language_is_not_read_as_english(analyser):
    v = analyser.analyse("eres una idiota pero te quiero mucho, nos vemos mañana en casa de mamá").offensive
    assert v.status != "fail", v


@pytest.mark.parametrize("text", [
    "(((hugs))) to everyone having a hard time today",
    "sending (((virtual hugs))) your way x",
    "(((Sarah))) thinking of you today",
    "(((bass drop))) coming soon on the new album",
    "(((surround sound))) at the cinema was mind-blowing",
    "my code has (((nested))) parentheses and lisp is fun",
])
def test_hugs_sound_and_code_brackets_are_not_the_echo(analyser, text):
    _no = analyser.analyse(text).offensive
    assert not any("(((" in h.phrase for h in _no.hits), (text, _no)


@pytest.mark.parametrize("text", [
    "Globalist bankers pulling the strings again. You know exactly who I mean. (((them)))",
    "the (((media))) won't tell you who really owns the banks",
    "funny how (((Goldstein))) always ends up on the board",
])
def test_the_echo_around_a_group_or_name_is_still_reviewed(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status in ("review", "fail"), (text, v)
    assert any(h.category == "discriminatory" for h in v.hits), (text, v)


def test_brackets_in_another_language_post_not_checked(analyser):
    v = analyser.analyse("(((abrazos))) para todos los que lo están pasando mal hoy, os quiero mucho amigos").offensive
    assert not any("(((" in h.phrase for h in v.hits), v


@pytest.mark.parametrize("text", [
    "gonna thrash you at squash tomorrow, bring tissues 😂 loser buys the coffees",
    "bro i'm gonna batter you at darts, loser pays for the kebabs",
])
def test_boast_with_a_wager_is_neither_threat_nor_insult(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status != "fail", (text, v)
    assert not any(h.category in ("threat", "insult") for h in v.hits), (text, v)


def test_a_wager_does_not_clear_a_real_insult(analyser):
    assert analyser.analyse("you are a pathetic loser and everyone knows it").offensive.status == "fail"
    assert analyser.analyse("you're such a loser, loser buys the drinks").offensive.status in ("review", "fail")


@pytest.mark.parametrize("area, text, key", [
    ("offensive", "🔞 new horror film out friday, link in bio for tickets", "🔞"),
    ("offensive", "ID needed 🔞 for the wine fair, link in bio", "🔞"),
    ("offensive", "my dog has zero personality before his breakfast", "personality"),
    ("offensive", "this cake has no personality without sprinkles", "personality"),
    ("offensive", "I peaked in year 6 tbh, it's been downhill since lol", "peaked"),
    ("offence", "special brownies for the school fair: gluten free!", "special"),
    ("offence", "we tagged the whole side of the school fence with chalk art for the charity day", "tagged"),
    ("offence", "spoons breakfast then my toddler was sick in the play area, never again", "play area"),
])
def test_everyday_near_misses_of_stop38_forms(analyser, area, text, key):
    v = getattr(analyser.analyse(text), area)
    assert v.status != "fail", (text, v)
    assert not any(key in h.phrase for h in v.hits), (text, v)


@pytest.mark.parametrize("area, text, cat", [
    ("offensive", "filmed the whole thing, link in bio 😏🔞", "obscene"),
    ("offensive", "tell me you peaked in year 9 without telling me", "insult"),
    ("offensive", "my brother in law still hasn't found a personality", "insult"),
    ("offence", "Baking some special brownies for the festival, if you know you know", "drugs"),
    ("offence", "me and my lot tagged the whole side of the library last night, looks better tbh", "antisocial"),
    ("offence", "had that much cider at the park i was sick in the kids play area lmao", "alcohol"),
])
def test_stop38_forms_still_read_their_own_posts(analyser, area, text, cat):
    v = getattr(analyser.analyse(text), area)
    assert v.status == "review" and cat in v.categories, (text, v)


def test_stop38_near_miss_in_another_language_not_checked(analyser):
    v = analyser.analyse("brownies especiales para la feria del colegio, sin gluten y con mucho chocolate para todos").offence
    assert v.status is None, v


@pytest.mark.parametrize("text", [
    "The Jacobs family at 88 Cazemore Rd, unannounced visit tomorrow. Then my mum's for tea",
    "Service user lives at 23 Oak Street, my dad says that's near his old house",
])
def test_own_family_elsewhere_in_the_post_does_not_hide_a_named_home(analyser, text):
    v = analyser.analyse(text).confidential
    assert v.status in ("review", "fail"), (text, v)


@pytest.mark.parametrize("text", [
    "my nan lives at 12 Rose Lane and makes the best scones",
    "our new house is at 4 Mill Lane, the Smith family next door are lovely, my mum's house at 9 Mill Lane is round the corner",
])
def test_the_writers_own_family_home_stays_clear(analyser, text):
    v = analyser.analyse(text).confidential
    assert not any("told from work" in h.phrase for h in v.hits), (text, v)
