"""Everyday posts of a teacher's, nurse's or officer's own day (sport, cooking, gardening, kids, pets, night shifts,
football, news) written near stop 35's new rules (textrules35). Each was checked on the session-start code and on
the final code; those listed stay clean in every area. (Found while writing them: "staggered off the pitch … with 3
energy drinks in me" and "grew my own chillies … a little something special for the harvest festival" were reviewed
by a first draft of the drink-effects and grow rules, and both rules were narrowed.)"""

import pytest


@pytest.mark.parametrize("text", [
    'staggered off the pitch after 90 minutes with 3 energy drinks in me, we won though',
    'made a lemon drizzle, stabbed it with a skewer to check it was done',
    'stabbing the cling film on the lasagne before it goes in the microwave',
    'grew my own chillies this year and a little something special for the harvest festival at school',
    'the kids grew sunflowers in the spare room under a lamp, something special about watching them',
    'got a bottle of coke and a bag of haribo for the car journey, parenting',
    'Happy birthday Charlie! festival tickets are in the post',
    "Molly's first day at nursery today, she ran in without looking back",
    'night shift on the ward, a nurse at my hospital brought in doughnuts for everyone',
    'the lad who won the spelling bee was one of ours, so proud',
    'DI and DS days are the best on Football Manager lol',
    'di canio celebrating at the kop end was peak football',
    "she'd better hope the rain holds off for her wedding",
    'would be funny if someone finally fixed the photocopier',
    'my son is so dull even his lego looks bored, love him',
    'this song is so boring even my spotify skipped it',
    'you old romantic, flowers on a tuesday',
    'the old bag i take to work finally ripped',
    'my daughter is an attention seeker at bath time lol',
    'police callouts for the fireworks were up 30% says the news',
    'wings night at the pub, dm for the spicy ones',
    'had a couple of proseccos in me at the baby shower and cried at everything',
    'the film was so dull even my popcorn fell asleep',
])
def test_everyday_posts_near_the_stop35_rules(analyser, text):
    rep = analyser.analyse(text)
    assert (rep.offensive.status, rep.offence.status, rep.confidential.status) == (None, None, None), (text, rep)
