"""Two prejudices worded without a slur or a group list word (stop 30, set 29's discriminatory
misses): a woman not to be hired because she will go on maternity leave ("hire a woman in her 30s
and she'll be off on maternity within a year"), and a trans person sneered at as "a bloke in a
dress" with a word of disgust. The maternity posts are reviewed by the model retrained with set 29
(no rule was added for them: kept here as a regression); the "bloke in a dress" sneer is a rule.
Review only. A pantomime dame, a charity run in a dress and a
maternity cover job advert are not flagged. (The model, old and new, reviews "it's illegal to not
hire a woman because she might go on maternity leave": identity 0.89 / 0.94; not a rule's doing.)"""

import pytest


@pytest.mark.parametrize("text", [
    "never hire a woman in her late 20s, she'll be off on maternity before you know it",
    "hiring women of that age is a gamble, they all end up pregnant and on maternity leave",
    "another bloke in a dress in the ladies at Westfield. freaks, the lot of them",
    "men in dresses reading to kids at the library now, what is this world coming to",
])
def test_the_prejudice_is_reviewed(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail"), (text, off)


@pytest.mark.parametrize("text", [
    "We're hiring! 12 month maternity cover for our office manager, apply by Friday",
    "Took the kids to the panto, the dame was a bloke in a dress and they loved it 😂",
    "my husband wore a dress for the charity fun run, raised £400 for the hospice",
])
def test_the_law_an_advert_or_a_panto_is_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
