"""Confidential or identifying information, and safeguarding-practice language about real cases."""

import pytest

from selfaudit.analysis.text import nhs_number_valid


@pytest.mark.parametrize("number", ["943 476 5919", "9434765919", "401-023-2137", "4010232137"])
def test_nhs_check_digit_valid(number):
    assert nhs_number_valid(number)


@pytest.mark.parametrize("number", ["943 476 5918", "1234567890", "0000000000", "123456789", "12345678901"])
def test_nhs_check_digit_invalid(number):
    assert not nhs_number_valid(number)


@pytest.mark.parametrize(
    "text,category,status",
    [
        ("Her NHS number is 943 476 5919", "nhs_number", "fail"),
        ("NI number AB 12 34 56 C", "ni_number", "fail"),
        ("Ring me on 07911 123456 if you need anything", "phone", "review"),
        ("Office line 020 7946 0958", "phone", "review"),
        ("Email me at jane.smith@example.org", "email", "review"),
        ("New flat in E8 1DY!", "postcode", "review"),
        ("DOB: 12/03/2010", "date_of_birth", "review"),
        ("Born on 3rd March 2015", "date_of_birth", "review"),
    ],
)
def test_identifiers(analyser, text, category, status):
    v = analyser.analyse(text).confidential
    assert v.status == status, (text, v)
    assert category in v.categories


@pytest.mark.parametrize(
    "text",
    [
        "Order 943 476 5918 dispatched",  # ten digits, not an NHS number (wrong check digit, no mention)
        "Match finished 3-1, great game",
        "See you at 10.30 on 12.03.2024",
        "Meet at 2pm",
    ],
)
def test_no_identifier(analyser, text):
    assert analyser.analyse(text).confidential.status is None, text


def test_digits_inside_a_link_are_no_identifier(analyser):
    # Real Facebook post (shared/real-pages): an Amazon product id passes the NHS check digit.
    text = "Te recomiendo este libro 👉 https://www.amazon.com/gp/product/0262035618/ref=as_li_tl"
    assert nhs_number_valid("0262035618")
    assert analyser.analyse(text).confidential.status is None


@pytest.mark.parametrize("text", [
    # in or next to a link
    "Message me on WhatsApp https://wa.me/447911123456?text=hi",
    "https://api.whatsapp.com/send?phone=447911123456",
    "Website www.jane-therapy.co.uk|07700 900123",
    "www.jane-therapy.co.uk/contact,07700900123",
    # the drama range as people write it: phonenumbers calls it invalid, so these rest on the
    # UK mobile shape
    "Call the duty line +44 (0)7700 900461 for the notes",
    "ring me +44 (0) 7700 900461",
    "my mobile (07700) 900461",
    "text 07700.900.461 x",
])
def test_phone_numbers_as_people_write_them_are_found(analyser, text):
    v = analyser.analyse(text).confidential
    assert v.status == "review" and "phone" in v.categories, (text, v)


def test_nhs_named_after_the_number_is_still_an_nhs_number(analyser):
    v = analyser.analyse("9434765919 is the boy's NHS number").confidential
    assert v.status == "fail" and "nhs_number" in v.categories


def test_a_valid_ten_digit_number_without_nhs_named_is_review_not_fail(analyser):
    # One ten-digit number in eleven passes the check digit by chance: a person looks.
    v = analyser.analyse("Parcel ref 9434765919 arriving tomorrow").confidential
    assert v.status == "review" and "nhs_number~" in v.categories


def test_called_an_nhs_number_but_check_digit_wrong_is_review(analyser):
    v = analyser.analyse("Her NHS number is 943 476 5918").confidential
    assert v.status == "review" and "nhs_number?" in v.categories


@pytest.mark.parametrize(
    "text",
    [
        "Case conference today for Jayden (7) on Mare Street. Mum didn't turn up.",
        "Strategy meeting about one of my families this morning, the little girl is 4 years old",
        "MASH referral for a family on my caseload, call the dad on 07911 123456",
        "Section 47 for Kayden's mum again, the house on Well Street was a tip",
        "Case conference today. Mum (Sharon) was a nightmare",
        "Child in need meeting for the Smiths, dad kicked off",
        "Foster carers rang, Leo is settling in well",
        "Little Amelia is going into care tonight",
    ],
)
def test_practice_language_with_identifying_details_fails(analyser, text):
    v = analyser.analyse(text).confidential
    assert v.status == "fail", (text, v)
    assert "practice" in v.categories


@pytest.mark.parametrize(
    "text",
    [
        "Long day: strategy meeting about one of my families, then a home visit where mum kicked off",
        "One of my service users made a disclosure today, heartbreaking",
    ],
)
def test_practice_language_about_a_case_without_identifiers_is_review(analyser, text):
    assert analyser.analyse(text).confidential.status == "review", text


@pytest.mark.parametrize(
    "text",
    [
        "Great training on section 47 enquiries and child protection plans today",
        "New guidance on looked-after children published — worth a read for all practitioners",
        "We're hiring: child protection social workers, join our team",
    ],
)
def test_generic_practice_talk_is_not_flagged(analyser, text):
    assert analyser.analyse(text).confidential.status is None, text


@pytest.mark.parametrize("text", ["ISBN 9780700900461 is the new edition", "order ref 107700900461 shipped", "Version 0.7.700 released"])
def test_long_digit_runs_that_are_not_mobiles_are_not_phones(analyser, text):
    assert "phone" not in analyser.analyse(text).confidential.categories
