"""A short link's code is not a postcode (stop 37, realtext37: on the real export samples 10 of the 12
postcode reviews were link codes such as a shortener's six mixed-case characters, or an id in a
link's path or query, read as "HE3 2GN"). A postcode in the text, or given as an address in a link's
query (a map search), is still a contact detail worth a look."""

import pytest


def _postcodes(rep):
    return [h for h in rep.confidential.hits if h.category == "postcode"]


@pytest.mark.parametrize("text", [
    "Saw a brilliant site earlier http://bit.ly/he32GN where you can play with world data",
    "Could try http://bit.ly/ax61Ld",
    "The poll for this week is at http://twtpoll.com/e969lq, voting is tight",
    "they covered it badly https://www.setlist.fm/stats/songs/band-23d6e0ab.html?songid=bd7e5ae",
])
def test_a_link_code_is_not_a_postcode(analyser, text):
    rep = analyser.analyse(text)
    assert not _postcodes(rep), (text, rep.confidential)


@pytest.mark.parametrize("text", [
    "come round to mine after school, 14 Mare Street E8 1DY",
    "new flat is at SW1A 1AA, housewarming saturday",
    "our new address http://example.org/find?postcode=E81DY",
])
def test_a_postcode_in_the_text_or_an_address_query_is_still_read(analyser, text):
    rep = analyser.analyse(text)
    assert _postcodes(rep) and rep.confidential.status in ("review", "fail"), (text, rep.confidential)


def test_could_not_tell_a_link_beside_a_postcode(analyser):
    # a link's code is skipped, the postcode written beside it is not
    rep = analyser.analyse("flyer here http://bit.ly/he32GN and the hall is at N16 7XY")
    assert [h.phrase for h in _postcodes(rep)] == ["N16 7XY"], rep.confidential


# review37: a postcode as a link's path segment after a word of place ("/postcode/n167xy") is an address, as
# the search parameter is; a shortener's code after the host still is not
@pytest.mark.parametrize("text", [
    "https://www.streetcheck.co.uk/postcode/n167xy",
    "the family is at https://example.org/postcodes/E81DY/ now",
    "https://example.org/address/N16 7XY",
])
def test_review37_a_postcode_path_segment_is_read(analyser, text):
    rep = analyser.analyse(text)
    assert _postcodes(rep), (text, rep.confidential)


def test_review37_a_code_after_the_host_is_still_not(analyser):
    rep = analyser.analyse("https://bit.ly/he32GN and https://example.org/postcode-guide/he32GN")
    assert not _postcodes(rep), rep.confidential
