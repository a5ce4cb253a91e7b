"""Stock British put-downs of someone's brains or worth ("as much use as a chocolate teapot", "the
lift doesn't go to the top floor", "two brain cells fighting for third place", "dropped on his head
as a baby", "if brains were petrol…", "not the sharpest tool in the shed", "a few sandwiches short
of a picnic"): set phrases many writers reach for, with no insult word a list would find (stop 30:
five of sets 28 and 29's insult misses, two writers). Review only; the writer about themself is not
an attack on anyone."""

import pytest


@pytest.mark.parametrize("text", [
    "our new manager is about as much use as a chocolate fireguard",
    "Kev, mate, the lift doesn't go all the way to the top does it",
    "that ref has two brain cells and they're both fighting for third place",
    "you were clearly dropped on your head as a baby, there's no other explanation",
    "if brains were dynamite she couldn't blow her nose",
    "the lad at the counter is not the sharpest tool in the box",
    "honestly my neighbour is a few sandwiches short of a picnic",
    "bless her, lights are on but nobody's home with that one",
])
def test_a_stock_putdown_of_someone_is_reviewed(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail"), (text, off)


@pytest.mark.parametrize("text", [
    "me and my two brain cells trying to do a tax return on a sunday 😂",
    "not the sharpest tool in the shed this morning, I put the milk in the cupboard",
    "I must have been dropped on my head as a baby, I locked myself out again",
    "made a chocolate teapot with the kids for the bake sale, it actually worked!",
    "the lift doesn't go to the top floor of our block, it's been broken for weeks",
])
def test_about_oneself_or_literal_is_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)


# Stop 31 (set 30's insult misses): more of the same stock — looks ("a face for radio", "a face only
# a mother could love"), brains counted ("brain cells: 0", "zero brain cells") and a partner who left
# ("no wonder your wife left you").
@pytest.mark.parametrize("text", [
    "he's got the perfect face for radio that one",
    "you've got a face only a mother could love mate",
    "common sense: none. brain cells: 0. that's our new supervisor",
    "zero brain cells between the lot of them",
    "no wonder your wife left you, listen to yourself",
    "no wonder her boyfriend dumped her lol",
])
def test_more_stock_putdowns_are_reviewed(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail"), (text, off)


@pytest.mark.parametrize("text", [
    "I've got a face for radio so the podcast suits me fine 😂",
    "no wonder my wife left the party early, the music was awful",
    "no wonder the kids left, it was freezing in there",
    "zero brain cells left after that exam, going to bed",
    "brain cells: 0 after this week. wine please",
])
def test_more_stock_about_oneself_or_everyday_is_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
