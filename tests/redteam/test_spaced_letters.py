"""Letters spaced or dotted apart to slip past word lists ("k i l l yourself") are read as the
word they spell; ordinary single letters (initials, text-speak) are left alone."""

from __future__ import annotations

import pytest

from selfaudit.analysis.text import TextAnalyser


@pytest.fixture(scope="module")
def analyser() -> TextAnalyser:
    return TextAnalyser()


@pytest.mark.parametrize("text", ["k i l l yourself", "go k-i-l-l yourself", "I will k.i.l.l you", "you are a c.u.n.t"])
def test_spelled_out_abuse_is_flagged(analyser, text):
    assert analyser.analyse(text).offensive.status is not None


@pytest.mark.parametrize("text", ["Off to the U S A next week with the kids", "Lovely walk, J. R. R. Tolkien reading group after",
                                  "Grade A B C results day, so proud of them all"])
def test_ordinary_single_letters_are_not_flagged(analyser, text):
    assert analyser.analyse(text).offensive.status is None


@pytest.mark.parametrize("text", ["🅵🆄🅲🅺 you", "🄵🅄🄲🄺 you", "🅕🅤🅒🅚 you"])
def test_boxed_letters_are_read_as_letters(analyser, text):
    assert analyser.analyse(text).offensive.status is not None


@pytest.mark.parametrize("text", ["phuck you", "phucking joke this", "🖕", "this is for you 🖕🏽"])
def test_ph_spelling_and_the_middle_finger_are_flagged(analyser, text):
    assert analyser.analyse(text).offensive.status is not None


@pytest.mark.parametrize("text", ["Holiday in Phuket was lovely", "Physio phoned, back on Monday", "👍 great session today"])
def test_ph_words_and_other_emoji_are_not_flagged(analyser, text):
    assert analyser.analyse(text).offensive.status is None


def test_a_gesture_in_a_language_without_lists_is_not_read_as_english(analyser):
    # could-not-tell: a Turkish post with the emoji stays not-checked for its language, no English-list flag
    rep = analyser.analyse("Bugün çok yorgunum ama mutluyum, patronuma 🖕")
    assert rep.language is not None and rep.language.code == "tr"
    assert rep.offensive.status is None and not rep.offensive.hits


@pytest.mark.parametrize("spaced", ["Bitch of a day but the S E N D team were amazing, love you all",
                                    "Bitch of a day but the S.E.N.D. team were amazing, love you all"])
def test_a_spelled_out_acronym_changes_nothing_else(analyser, spaced):
    # The spelled word is read in place: a second copy of the post once followed its end
    # ("... love you all") with its start ("bitch of a day"), a fail the writer never wrote.
    plain = analyser.analyse(spaced.replace("S E N D", "SEND").replace("S.E.N.D.", "SEND")).offensive
    got = analyser.analyse(spaced).offensive
    assert (got.status, got.hits) == (plain.status, plain.hits)


@pytest.mark.parametrize("text", ["you are an i d i o t", "you are such an a s s h o l e"])
def test_a_spelled_word_starting_with_a_or_i_is_read_whole(analyser, text):
    # "i d i o t" is the word idiot, not "i" + "diot"
    assert analyser.analyse(text).offensive.status is not None
