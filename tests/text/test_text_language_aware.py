"""Language-aware analysis: a language's word lists and model only see text in that language;
a language with none is not-checked with its name; new offence and work-material rules; the
offence model only ever gives review."""

from pathlib import Path

import pytest

from selfaudit.analysis.text_language import detect
from selfaudit.commands.text import check_texts
from selfaudit.config import Config

DATA = Path(__file__).resolve().parent.parent / "data"
LANG_NAMES = {"vi": "Vietnamese", "tr": "Turkish", "pl": "Polish", "es": "Spanish", "bn": "Bengali"}


def _posts() -> list[tuple[str, str]]:
    rows = (DATA / "text_languages.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(r.split("\t", 1)) for r in rows if r and not r.startswith("#")]  # type: ignore[misc]


def test_other_languages_get_no_fail_or_review_from_english_lists_and_are_named():
    posts = _posts()
    assert {lang for lang, _ in posts} == set(LANG_NAMES)
    results = check_texts([t for _, t in posts], config=Config())
    for (lang, text), entry in zip(posts, results, strict=False):
        statuses = {f["status"] for f in entry["findings"] if f["check"] != "post_names_organisation"}
        assert not statuses & {"fail", "review"}, (text, entry["findings"])
        skipped = [f for f in entry["findings"] if f["status"] == "not-checked"]
        if lang != "es":  # Spanish has its own short lists; the others have none
            checks = {f["check"] for f in skipped}
            assert {"post_offensive_language", "post_possible_offence"} <= checks, text
            assert all(LANG_NAMES[lang] in f["reason"] and f.get("outcome") == "analyser-unavailable" for f in skipped), text


def test_language_detection_on_the_set():
    for lang, text in _posts():
        assert detect(text).code == lang, text


def test_folding_no_longer_makes_english_words():
    assert detect("liên kết").code == "vi"
    [entry] = check_texts(["Xem liên kết ket ở đây"], config=Config())
    assert not [f for f in entry["findings"] if f["status"] in ("fail", "review")]


def test_could_not_tell_is_named_not_english(analyser):
    rep = analyser.analyse("Şükür")
    assert rep.language.code is None and rep.language.name == "an unidentified language"
    assert rep.offensive.status is None and rep.unchecked("offensive")


def test_plain_ascii_short_text_is_english_and_still_checked(analyser):
    rep = analyser.analyse("you absolute mong")
    assert rep.language.code == "en" and rep.offensive.status == "fail"


@pytest.mark.parametrize("text", [
    "Si vuelves a hablarle a mi prima te acordarás de mí toda la vida",  # accents: told by its letters
    "Si vuelves a hablarle a mi prima te vas a enterar de verdad",  # plain ASCII, no English in it
    "Du bist echt so ein armer Idiot",
    "Ti ammazzo stronza",  # three words, no English in them
])
def test_a_plain_ascii_sentence_with_no_english_in_it_is_not_read_as_english(analyser, text):
    # Read with English lists, finding nothing would make the post look fine (a false pass).
    rep = analyser.analyse(text)
    assert rep.language.code != "en", rep.language
    assert rep.offensive.status is not None or rep.unchecked("offensive")


def test_english_slang_stays_english(analyser):
    for text in ("omg the queue at tesco was mad lol", "wagwan fam see u at the ting later", "Mare St is rammed tonight innit",
                 "lol u r a nonce m8 x", "Gud nite al, c u 2moro x", "Happy birthday Siobhan Aoife Niamh Ciara Saoirse xx"):
        assert analyser.analyse(text).language.code == "en", text


def test_spanish_lists_apply_to_spanish(analyser):
    rep = analyser.analyse("Te voy a matar, cabrón")
    assert rep.language.code == "es" and rep.offensive.status == "fail"
    assert analyser.analyse("Mi gato negro duerme en el sofá").offensive.status is None


def test_disclaimer_wordings_and_languages():
    [ok] = check_texts(["Personal account. The opinions here are wholly my own"], bio=True, config=Config())
    assert [f["status"] for f in ok["findings"] if f["check"] == "bio_disclaimer_missing"] == ["pass"]
    [vi] = check_texts(["Nhân viên xã hội. Mẹ của hai bé. Thích nấu ăn."], bio=True, config=Config())
    [d] = [f for f in vi["findings"] if f["check"] == "bio_disclaimer_missing"]
    assert d["status"] == "not-checked" and "Vietnamese" in d["title"] and "English, French" in d["reason"]
    [en] = check_texts(["Social worker. Mum of two."], bio=True, config=Config())
    [d] = [f for f in en["findings"] if f["check"] == "bio_disclaimer_missing"]
    assert d["status"] == "fail" and "English" in d["evidence"]["details"]["wordings_known_in"]


@pytest.mark.parametrize(
    "text",
    [
        "Bought a bit of weed off a kid on the estate, don't tell work 🤫",
        "Got some pills off a lad at the festival",
        "Picked up a bag of ket for Saturday",
    ],
)
def test_drug_purchase_in_everyday_words(analyser, text):
    assert "drugs" in analyser.analyse(text).offence.categories


@pytest.mark.parametrize("text", ["Bought some green beans at the market", "Got my hay fever pills from Boots", "Picked up some pills from the pharmacy for mum"])
def test_not_drugs(analyser, text):
    assert analyser.analyse(text).offence.status is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Call me on 07700 900461 if you need the notes from the Hackney CP review",
        "DM me for the minutes from yesterday's strategy meeting",
        "Anyone want the case notes from the Smith case? lol",
    ],
)
def test_work_material_offered_in_public(analyser, text):
    v = analyser.analyse(text).confidential
    assert v.status == "review" and "work_material" in v.categories


@pytest.mark.parametrize("text", ["I need the notes from the meeting with the builder", "Happy to share my notes from the safeguarding conference"])
def test_not_work_material(analyser, text):
    assert "work_material" not in analyser.analyse(text).confidential.categories


@pytest.mark.parametrize("text", ["Trans women are women", "As a gay man I am proud of who I am", "Racism has no place in our schools, report it"])
def test_identity_and_counter_speech_not_flagged(analyser, text):
    assert analyser.analyse(text).offensive.status != "fail"


@pytest.mark.parametrize(
    "text",
    [
        "I know which school your kids go to",
        "I will break every bone in your body",
        "People like you end up in the canal",
        "Someone should put a brick through their window",
        "Those people breed like rats",
    ],
)
def test_threats_and_dehumanising_without_swear_words(analyser, text):
    assert analyser.analyse(text).offensive.status is not None, text


@pytest.mark.parametrize(
    "text",
    ["Hope you get well soon, thinking of you", "Broke my leg skiing, six weeks in a cast", "Rabbits breed like rabbits, who knew"],
)
def test_not_threats(analyser, text):
    assert analyser.analyse(text).offensive.status != "fail", text


def test_models_load_once_per_process():
    from selfaudit.analysis import text_language, text_model

    assert text_model.load()[0] is text_model.load()[0] is not None
    assert text_language._model() is text_language._model()
