"""Confidential or identifying information: national identifiers with their check digits,
phone numbers (phonenumbers), e-mail addresses, postcodes, dates of birth, and safeguarding
practice language or work material together with what identifies a child or family."""

from __future__ import annotations

import re
from typing import Any

from . import text_patterns as P
from .text_disclosure import status_disclosure, work_disclosure
from .text_frames import work_transfer
from .text_read import any_of
from .text_results import NOTHING, Hit, Verdict

_PRACTICE = any_of(P.PRACTICE)
_WORK_MATERIAL = any_of(P.WORK_MATERIAL)
_CASE = any_of(P.CASE_MARKERS)
_GENERIC = any_of(P.GENERIC_PRACTICE)
_TOLD = any_of(P.CONFIDENTIAL_TOLD)  # stop 38, review only (words)
_TOLD_CASED = re.compile("|".join(f"(?:{p})" for p in P.CONFIDENTIAL_TOLD_CASED))  # stop 38, review only (clean text)
_PUPIL_IN_CLASS = re.compile(P.CONFIDENTIAL_TOLD_CASED[0])  # the stop-38 "Name in 5B" form alone
# (textfalse39) the writer's own child, grandchild, niece or nephew named with their class: family news, not a pupil
# told from work ("our Ellie in 5B won the spelling bee", "my son Jack in year 4 got star of the week", "proud auntie:
# Leo in reception ..."). Only with nothing of work or of a concern in the post (P.OWN_CHILD_NEWS_NOT).
_OWN_CHILD = re.compile(P.OWN_CHILD_NEWS)
_NAMED_IN_CLASS = re.compile(r"(?<![-\w])([A-Z][a-z]{2,}) in (?:\d{1,2}[A-Z]{1,2}|[Yy](?:ear|r)? ?\d{1,2}[A-Z]?)\b")  # (review39) any child named with a class
_OWN_CHILD_NOT = re.compile(P.OWN_CHILD_NEWS_NOT)
# (not a fediverse handle, "@sam@mastodon.social": an account name, not an address; stop 34)
_EMAIL = re.compile(r"(?<![@\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_DIGITS9 = re.compile(r"(?:\d[\s\-().]*){9,}")
_PHONE_CANDIDATE = re.compile(r"(?:\+|\b)\d[\d \-().]{7,22}\d\b")
# 07700 900461 as people write it: +44 7700…, +44 (0)7700…, (07700) 900461, 07700.900.461.
_UK_MOBILE = re.compile(r"(?<![\d+])(?:\+44[ .]?(?:\(0\)[ .]?)?7|\(?07)\d{3}\)?[ .\-]?\d{3}[ .\-]?\d{3}(?!\d)")
_NHS = re.compile(r"(?<![\d+])(\d{3})[ \-]?(\d{3})[ \-]?(\d{4})(?![\d])")
_NHS_WORD = re.compile(r"(?i)\bnhs\b|\bchi\b")
# A link's own digits (an Amazon product id, a post id) are part of an address: a ten-digit run
# inside one is never taken for an NHS number. Phone numbers stay found in links (wa.me/44…,
# tel:), and a link ends at a separator a number can follow without a space.
_LINK = re.compile(r"(?i)\b(?:https?://|www\.)[^\s|,;()\u200b-\u200d\u2060\ufeff]+")
_NINO = re.compile(r"(?i)\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_POSTCODE = re.compile(r"(?i)\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRV-Y]?|[A-HK-Y]\d\d)) ?\d[ABD-HJLNP-UW-Z]{2}\b")
# (stop 37) A link's code or id ("bit.ly/he32GN", "?songid=bd7e5ae") is not a postcode; a postcode
# given as a link's address or search parameter ("?postcode=E81DY", "?q=N16 7XY") still is.
# (review37) so is one given as a path segment after a word of place ("streetcheck.co.uk/postcode/n167xy").
_ADDRESS_PARAM = re.compile(r"(?i)[?&](?:postcode|post_code|postalcode|zip|pc|q|query|address|addr|location|loc|search|destination|daddr|saddr)=$"
                            r"|/(?:postcodes?|post-?codes?|postal-?codes?|zip|address|addr|location|place|search|dir|area|street|property)/$")
_DOB = re.compile(P.DOB_MARKER + "(" + P.DATE[4:] + ")", re.I)
_OFFER_CONTACT = re.compile(r"\b(?:call|ring|text|message|dm|pm|email|whatsapp|contact) me\b|\bmy (?:number|mobile|email)\b")
_OWN_LINE = re.compile(r"(?i)\b(?:(?:ring|call|phone|text|contact|whatsapp|e-?mail|message)(?: (?:me|us|the (?:team|office|service|duty desk)))?(?: (?:on|at))?|my (?:(?:work |new |mobile |phone )?(?:number|no|mobile|phone|email|e-mail))(?: is)?)\W*$")
_DOB_GATE = re.compile(r"\b(?:d ?o ?b|dob|birth\w*|born)\b")
_AGE = re.compile(r"(?i)\b(?:aged? ?\d{1,2}|\d{1,2} ?(?:yo|y/o|yrs? old|years? old|year old|months? old)|\d{1,2}[- ]year[- ]old)\b|\(\d{1,2}\)")
_STREET = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Estate|Gardens|Grove|Terrace|Crescent|Court|Square|Walk|Row|Place|Mews|House|Tower|Towers)\b")
_SCHOOL = re.compile(r"\b(?:St\.? )?[A-Z][\w']+(?: [A-Z][\w']+)* (?:Primary|Academy|Secondary|High School|Nursery|School|College)\b")
_NAME_PATTERNS = [
    re.compile(r"\b(?i:mum|dad|mother|father|brother|sister|son|daughter|baby|boy|girl|child|nan|gran|grandma|grandad|stepdad|stepmum|partner|boyfriend|girlfriend|carer|little|called|named|young|client|service user)(?i:s)? \(?([A-Z][a-z]{2,})\)?"),
    re.compile(r"\bthe ([A-Z][a-z]{2,}) (?:family|children|kids|twins|boys|girls|siblings|household)\b|\bthe ([A-Z][a-z]{2,}[^s\W])s\b"),
    re.compile(r"(?:^|[,.;:!?] )([A-Z][a-z]{2,}) (?:is|was|has|had) (?:settling|settled|doing|back|home|safe|missing|in care|with|living|staying|moving|moved|placed)\b"),
    re.compile(r"\b([A-Z][a-z]{2,})(?:'s|’s)? (?:mum|dad|mother|father|nan|stepdad|stepmum|foster carers?|social worker|teacher|school|brother|sister)\b"),
    re.compile(r"\b([A-Z][a-z]{2,}) ?(?:\(\d{1,2}\)|, ?\d{1,2},| aged? \d{1,2})"),
]


def nhs_number_valid(digits: str) -> bool:
    """True for a 10-digit NHS number whose last digit is its modulus-11 check digit."""
    d = [int(c) for c in digits if c.isdigit()]
    if len(d) != 10 or len(set(d)) == 1:
        return False
    total = sum(v * w for v, w in zip(d[:9], range(10, 1, -1), strict=False))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == d[9]


def _in_link_not_address(clean: str, m: re.Match[str], links: list[tuple[int, int]]) -> bool:
    """Whether a postcode-shaped match lies inside a link, other than as its address parameter."""
    for s, e in links:
        if s <= m.start() and m.end() <= e:
            return not _ADDRESS_PARAM.search(clean[s:m.start()])
    return False


def confidential(clean: str, words: str, *, disabled: frozenset[str], orgs: Any = (), places: frozenset[str] = frozenset(), english: bool = True) -> Verdict:
    """Identifiers in any language; practice language, dates of birth and work material in
    English only. ``orgs``: organisation names (never read as a person's name)."""
    d = disabled
    hits: list[Hit] = []
    spans: list[tuple[int, int]] = []
    links = [m.span() for m in _LINK.finditer(clean)] if "/" in clean or "www" in clean.lower() else []
    if "nhs_number" not in d and _DIGITS9.search(clean):
        for m in _NHS.finditer(clean):
            if any(a <= m.start() and m.end() <= b for a, b in links):
                continue
            # "NHS" said just before or after the number ("9434765919 is his NHS number")
            named = bool(_NHS_WORD.search(clean[max(0, m.start() - 30) : m.start()] + " " + clean[m.end() : m.end() + 30]))
            if nhs_number_valid(m.group(0)):
                # One ten-digit number in eleven passes the check digit by chance (order and
                # tracking numbers, ISBNs): only "NHS" nearby makes it a national identifier.
                hits.append(Hit("nhs_number" if named else "nhs_number~", m.group(0)))
                spans.append(m.span())
            elif named:
                # Said to be an NHS number but the check digit does not match: a typo in a
                # real one is still sensitive, so a person looks at it.
                hits.append(Hit("nhs_number?", m.group(0)))
                spans.append(m.span())
    if "phone" not in d and _DIGITS9.search(clean):
        import phonenumbers

        # The matcher is slow on long digit-heavy texts: give it each candidate run only.
        for cand in _PHONE_CANDIDATE.finditer(clean):
            base = cand.start()
            for pm in phonenumbers.PhoneNumberMatcher(cand.group(0), "GB", leniency=phonenumbers.Leniency.VALID):
                if any(s < base + pm.end and base + pm.start < e for s, e in spans):
                    continue
                hits.append(Hit("phone", pm.raw_string))
        if not any(h.category == "phone" for h in hits):
            # UK-mobile-shaped numbers phonenumbers calls invalid (unallocated or drama ranges,
            # 07700 900xxx): still a number offered in public, so a person looks.
            hits += [Hit("phone", m.group(0)) for m in _UK_MOBILE.finditer(clean)]
    if "email" not in d and "@" in clean:
        hits += [Hit("email", m.group(0)) for m in _EMAIL.finditer(clean)]
    if "ni_number" not in d:
        hits += [Hit("ni_number", m.group(0)) for m in _NINO.finditer(clean)]
    if "postcode" not in d:  # ``links``: found once above (every link holds "/" or "www")
        hits += [Hit("postcode", m.group(0)) for m in _POSTCODE.finditer(clean) if not _in_link_not_address(clean, m, links)]
    if "date_of_birth" not in d and english and _DOB_GATE.search(words):
        hits += [Hit("date_of_birth", m.group(0).strip()) for m in _DOB.finditer(clean)]
    practice = [] if "practice" in d or not english else [Hit("practice", m.group(0)) for m in _PRACTICE.finditer(words)]
    material = [] if "work_material" in d or not english else [Hit("work_material", m.group(0)) for m in _WORK_MATERIAL.finditer(words)]
    if not material and "work_material" not in d and english:
        # A work document near an offer, hand-over or exposure (text_frames).
        material = work_transfer(words)
    if material:
        # Work documents or meetings offered or talked about in public: worth a look even
        # with no identifier; with a contact detail it reads as an offer to anyone.
        contact = any(h.category in ("phone", "email") for h in hits) or bool(_OFFER_CONTACT.search(words))
        return Verdict("review", "high" if contact else "medium", "high", tuple(material + practice + hits),
                       ("work documents or meetings offered or discussed in public" + (", with a way to reach you" if contact else ""),))
    if not practice and "practice" not in d and english:
        # (review38) a story told from work is a review, but never lower than the post's national identifier's fail
        national = any(h.category in ("nhs_number", "ni_number") for h in hits)

        def told_verdict(told: list[Hit], note: str) -> Verdict:
            if national:
                return Verdict("fail", "high", "high", tuple(told + hits), (note, "a national identifier"))
            return Verdict("review", "medium", "medium", tuple(told + hits), (note,))

        # A work voice beside a detail that points at a person (text_disclosure): review only.
        told = work_disclosure(clean)
        if told:
            return told_verdict(told, "speaks from work about someone who could be identified")
        told = status_disclosure(clean)
        if told:
            return told_verdict(told, "tells a confidential matter about someone who could be found")
        # (stop 38) someone identifiable told from work in a stock form (a pupil by name and class, a notable person's
        # relative at the service, a named family at a numbered address or in care, what a friend in a service said)
        own_child = _own_child(clean, words)
        told = [Hit("practice", f"told from work: {m.group(0)}") for m in (*_TOLD.finditer(words), *_TOLD_CASED.finditer(clean))
                if not (own_child and _PUPIL_IN_CLASS.fullmatch(m.group(0)))]
        if told:
            return told_verdict(told, "tells a confidential matter about someone who could be found")
    if not hits and not practice:
        return NOTHING
    kinds = {h.category for h in hits}
    if practice:
        # A number or address the post asks people to use ("ring 020…", "call us on", "my number
        # is") is the writer's or a service's line (recruitment, a sale, an offer of advice): it
        # stays a contact detail to look at, but does not identify a case. Anyone else's
        # ("her number is", "mum gave me her number") still does.
        offered = [h for h in hits if h.category in ("phone", "email") and _OWN_LINE.search(clean[: max(0, clean.find(h.phrase))][-40:])]
        ident = [h for h in hits if h not in offered]
        ident += [Hit("age", m.group(0)) for m in _AGE.finditer(clean)]
        ident += [Hit("street", m.group(0)) for m in _STREET.finditer(clean)]
        ident += [Hit("school", m.group(0)) for m in _SCHOOL.finditer(clean)]
        for rx in _NAME_PATTERNS:
            for m in rx.finditer(clean):
                name = next((g for g in m.groups() if g), None)
                if name and name.lower() not in P.NOT_NAMES and name.lower() not in places and not any(name in o for o in orgs):
                    ident.append(Hit("name", name))
        case = bool(_CASE.search(words))
        allhits = tuple(practice + ident + offered)
        if ident:
            return Verdict("fail", "high" if case else "medium", "high", allhits, ("practice language with identifying details",))
        if case:
            return Verdict("review", "medium", "high", allhits, ("practice language about what reads as a real case",))
        if _GENERIC.search(words):
            return NOTHING
        return Verdict("review", "low", "medium", allhits, ("practice language",))
    if kinds & {"nhs_number", "ni_number"}:
        return Verdict("fail", "medium", "high", tuple(hits), ("a national identifier",))
    if "nhs_number~" in kinds:
        return Verdict("review", "low", "medium", tuple(hits), ("a ten-digit number that could be an NHS number",))
    if "nhs_number?" in kinds:
        return Verdict("review", "low", "medium", tuple(hits), ("called an NHS number, but its check digit does not match",))
    if "date_of_birth" in kinds:
        return Verdict("review", "medium", "medium", tuple(hits), ("a date of birth",))
    return Verdict("review", "low", "low", tuple(hits), ("contact or address details",))


def _own_child(clean: str, words: str) -> bool:
    """(textfalse39) The post speaks of the writer's own child (or grandchild, niece, nephew) with nothing of work, a
    case or a concern in it (P.OWN_CHILD_NEWS, P.OWN_CHILD_NEWS_NOT)."""
    if not _OWN_CHILD.search(clean) or _OWN_CHILD_NOT.search(words):
        return False
    # (review39) every child the post names with a class is the writer's own ("our Freya in 3B ... our Max in 1A"): a
    # second child beside one's own is told about ("my son Harry in 5B ... his classmate Leo in 5B gets hit by his dad")
    names = {m.group(1) for m in _NAMED_IN_CLASS.finditer(clean)}
    return len(names) < 2 or all(re.search(rf"\b(?:[Mm]y|[Oo]ur)(?: \w+){{0,2}} {re.escape(n)}\b", clean) for n in names)


def own_child_news(clean: str, words: str) -> bool:
    """(textfalse39) A child named with their class ("Ellie in 5B") in the writer's own family news: the "told from
    work" reader leaves it, and so does the confidential model's head (it scores a named child and a class as a case)."""
    return bool(_PUPIL_IN_CLASS.search(clean)) and _own_child(clean, words)
