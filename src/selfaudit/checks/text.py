"""Words: the "views are my own" disclaimer, offensive posts, posts that could look like an
offence, confidential or identifying information, and naming the organisation.

Each post (including comments and wall posts by other people, marked third-party) is one
item; a flagged post gives one finding with the matched phrases as evidence. Heuristic
matches are ``review`` with low or medium confidence: a person judges them with the text.
"""

from __future__ import annotations

from typing import Any

from ..analysis.text import MAX_CHARS, TextReport, Verdict, is_model_hit, post_text, profile_texts
from ..analysis.text_language import ANALYSED, DISCLAIMER_LANGUAGES, name_of, other_script
from ..findings import Confidence, Severity, Status
from ..seams import TextAnalysis
from ..snapshot import AccountSnapshot
from .registry import CheckContext, register

EVIDENCE_CHARS = 500
KNOWN_WORDINGS = [name_of(c) for c in DISCLAIMER_LANGUAGES]
KNOWN_WORDINGS_TEXT = ", ".join(KNOWN_WORDINGS[:-1]) + " and " + KNOWN_WORDINGS[-1]
_SEV_UP = {Severity.INFO: Severity.LOW, Severity.LOW: Severity.MEDIUM, Severity.MEDIUM: Severity.HIGH, Severity.HIGH: Severity.HIGH}

THIRD_PARTY_FIX = (
    "Someone else wrote this on your profile. Hide or delete it, and limit who can post on or "
    "comment on your profile (and who can see what others post there)."
)

# A review that rests on a model's score alone (no word list or rule matched): on real people's posts most of these are
# everyday wording (realtext37: English review precision 0.20), so "delete it" would be the wrong first advice. Which hits
# a model raised is read from the hit (analysis.text.is_model_hit), not its category: the offence model's threat and
# identity heads flag "threat" and "discriminatory", as the rules do (review38b).
_MODEL_ONLY_READS_AS = {
    "post_offensive_language": "offensive",
    "post_possible_offence": "an offence",
    "post_confidential_info": "information about someone you know through work",
}
_HEAD_READS_AS = {"threat": "a threat", "discriminatory": "discriminatory"}
MODEL_ONLY_FIX = (
    "Only the text model raised this: no word list or rule matched, and the model is often wrong about everyday "
    "wording. Read it again as a stranger or your employer would. If it could read as {reads_as}, delete it or limit "
    "it to friends; if it could not, accept it (selfaudit accept with this finding's fingerprint) so later audits "
    "leave it alone."
)

_CATEGORY_WORDS = {
    "insult": "insulting or bullying words",
    "threat": "threatening words",
    "discriminatory": "discriminatory words",
    "obscene": "obscene or profane words",
    "classifier": "wording the offence model scores as offensive",
    "offence_model": "wording the model trained on such posts reads as a possible offence",
    "confidential_model": "wording the model trained on such posts reads as confidential work material",
    "alcohol": "drunkenness or heavy drinking",
    "drugs": "drugs",
    "violence": "violence",
    "antisocial": "antisocial behaviour",
    "driving": "a driving offence",
    "phone": "a phone number",
    "email": "an e-mail address",
    "nhs_number": "an NHS number",
    "nhs_number?": "what is called an NHS number (its check digit does not match)",
    "nhs_number~": "a ten-digit number that passes the NHS number check digit (NHS is not mentioned)",
    "ni_number": "a National Insurance number",
    "postcode": "a postcode",
    "date_of_birth": "a date of birth",
    "practice": "safeguarding-practice language",
    "work_material": "work documents or meetings offered or discussed in public",
    "name": "a name",
    "age": "an age",
    "street": "a street",
    "school": "a school",
    "organisation": "the organisation's name",
}


def truncate(text: str, n: int = EVIDENCE_CHARS) -> str:
    text = text.strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def describe(categories: list[str]) -> str:
    words = [_CATEGORY_WORDS.get(c, c) for c in categories if c in _CATEGORY_WORDS]
    words = list(dict.fromkeys(words))
    if not words:
        return ""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _analyser(ctx: CheckContext) -> TextAnalysis:
    analyser = ctx.analysis.text
    if analyser is None:  # the runner checks ``requires: [analysis.text]`` first; this only guards a misdeclared check
        raise RuntimeError("text analysis is not available")
    return analyser


def employer_identified(acct: AccountSnapshot | None, analyser: TextAnalysis) -> list[str]:
    """Organisations the profile itself names (bio, headline, about, employer): anyone reading
    a risky post can then link it to the employer."""
    if acct is None or acct.profile is None:
        return []
    names: list[str] = []
    texts = [t for _, t in profile_texts(acct.profile)]
    if acct.profile.employer:
        texts.append(acct.profile.employer)
    for rep in analyser.analyse_many(texts, bio=True):
        names.extend(rep.organisations)
    if acct.profile.employer and not names:
        names.append(acct.profile.employer)
    return list(dict.fromkeys(names))


def _severity(base: Severity, verdict: Verdict, raise_it: bool) -> Severity:
    sev = Severity(verdict.severity) if verdict.severity else base
    # Never above the catalogue's severity unless an employer is identified.
    order = [Severity.INFO, Severity.LOW, Severity.MEDIUM, Severity.HIGH]
    if order.index(sev) > order.index(base):
        sev = base
    return _SEV_UP[sev] if raise_it else sev


def emit_text_finding(
    ctx: CheckContext,
    item: str,
    verdict: Verdict,
    report: TextReport,
    *,
    what: str,
    url: str | None = None,
    third_party: bool = False,
    author: str | None = None,
    employer: list[str] | None = None,
) -> None:
    """One finding for one text whose verdict (an area of its report) flags something."""
    if verdict.status is None:
        return
    status = Status.FAIL if verdict.status == "fail" else Status.REVIEW
    named = list(dict.fromkeys(list(report.organisations) + list(employer or [])))
    if ctx.meta.id == "post_names_organisation":
        raise_it = report.risky  # the organisation named next to a risky post
    else:
        raise_it = bool(named)  # a risky post that can be linked to the employer
    severity = _severity(ctx.meta.severity, verdict, raise_it)
    who = f"{author}'s " if (third_party and author) else ("Someone else's " if third_party else "")
    if ctx.meta.id == "post_names_organisation":
        orgs = ", ".join(report.organisations) or "the organisation"
        speaks = any("speaking for" in n for n in verdict.notes)
        title = f"{who}{what} {'reads as speaking for' if speaks else 'names'} {orgs}"
    else:
        kinds = describe(verdict.categories)
        title = f"{who}{what} {('with ' + kinds) if kinds else ''}".strip()
    title = title[0].upper() + title[1:]
    details: dict[str, Any] = {"categories": verdict.categories}
    if verdict.notes:
        details["notes"] = list(verdict.notes)
    if report.profanity is not None:
        details["profanity_score"] = round(report.profanity, 3)
    if named and ctx.meta.id != "post_names_organisation":
        details["employer_identified"] = named
    if third_party:
        details["author"] = author
    if report.truncated:
        details["notes"] = [*details.get("notes", []), f"only the first {MAX_CHARS:,} characters were analysed"]
    ctx.emit(
        status,
        item,
        title,
        evidence={"text": truncate(report.text), "url": url, "matched": verdict.matched, "details": details},
        severity=severity,
        confidence=Confidence(verdict.confidence),
        third_party=third_party,
        fix=(THIRD_PARTY_FIX if third_party else _model_only_fix(ctx.meta.id, status, verdict)),
    )


def _model_only_fix(check: str, status: Status, verdict: Verdict) -> str | None:
    """The advice for a review only a model raised; None keeps the check's own advice."""
    reads_as = _MODEL_ONLY_READS_AS.get(check)
    if status is not Status.REVIEW or reads_as is None or not verdict.hits:
        return None
    if not all(is_model_hit(h) for h in verdict.hits):
        return None
    if check == "post_offensive_language":
        reads_as = " or ".join(dict.fromkeys(_HEAD_READS_AS.get(c, reads_as) for c in verdict.categories))
    return MODEL_ONLY_FIX.format(reads_as=reads_as)


_KIND_WORDS = {"post": "post", "comment": "comment", "wall_post": "wall post", "reply": "reply", "share": "share", "check_in": "check-in", "story": "story",
               "reaction": "post you liked or commented on"}


def text_items(acct: AccountSnapshot) -> list[tuple[str, str, str, str | None, bool, str | None]]:
    """(item, what, text, url, third_party, author) for every post, and for every photo caption
    or alt text that is not already part of a post."""
    items = []
    in_posts: set[str] = set()
    for post in acct.posts or ():
        in_posts.update(m.id for m in post.media)
        items.append((f"post:{post.id}", _KIND_WORDS.get(post.kind, "post"), post_text(post), post.url, post.third_party, post.author))
    for m in acct.photos or ():
        if m.id in in_posts:
            continue
        text = "\n".join(t for t in (m.caption, m.alt) if t)
        if text:
            items.append((f"photo:{m.id}", "photo caption", text, m.url, m.third_party, m.author))
    return items


def _area_categories(area: str) -> tuple[str, ...]:
    from ..analysis.text import CONFIDENTIAL_CATEGORIES, OFFENCE_CATEGORIES, OFFENSIVE_CATEGORIES

    return {"offensive": OFFENSIVE_CATEGORIES, "offence": OFFENCE_CATEGORIES,
            "confidential": CONFIDENTIAL_CATEGORIES, "organisation": ("organisation",)}[area]


def _switched_off(analyser: Any, area: str) -> tuple[list[str], bool]:
    """(categories of this area that were not looked for, whether that is all of them)."""
    cats = _area_categories(area)
    off = [c for c in cats if c in analyser.disabled]
    if area == "offensive" and "classifier" not in off and getattr(analyser, "classifier_error", None):
        off.append("classifier")
    return off, len(off) == len(cats)


def _posts_check(acct: AccountSnapshot, ctx: CheckContext, area: str) -> None:
    analyser = _analyser(ctx)
    off, all_off = _switched_off(analyser, area)
    if all_off:
        ctx.not_checked("posts", f"every category of this check is switched off in your settings ({', '.join(off)})")
        return
    if area == "organisation" and not getattr(analyser, "has_organisations", True):
        # Nothing to look for is not "nothing found".
        f = ctx.not_checked("posts", "the policy pack names no organisation to look for (organisation: names in its pack.yaml), "
                            "and your settings add none (text.extra_organisations)")
        f.outcome = "not-applicable"
        return
    items = text_items(acct)
    reports = analyser.analyse_many([it[2] for it in items])
    employer = employer_identified(acct, analyser)
    unread: dict[str, int] = {}  # language -> posts this check could not look at all
    for (item, what, text, url, third_party, author), rep in zip(items, reports, strict=False):
        if not text.strip():
            continue
        verdict: Verdict = getattr(rep, area)
        if area == "organisation" and verdict.status and rep.risky:
            verdict = Verdict(verdict.status, verdict.confidence, verdict.severity, verdict.hits, (*verdict.notes, "next to a risky post"))
        emit_text_finding(ctx, item, verdict, rep, what=what, url=url, third_party=third_party, author=author, employer=employer)
        lang = language_not_checked(ctx, item, what, rep, area, disabled=analyser.disabled)
        if lang and verdict.status is None:
            # nothing of this check could be looked for in its language: not examined, so it
            # never counts toward "N examined, none flagged" (probe 29, F1)
            unread[lang] = unread.get(lang, 0) + 1
        else:
            ctx.examined()
        if rep.truncated and verdict.status is None:
            # nothing in the part that was read says nothing about the rest: not a pass
            f = ctx.emit(Status.NOT_CHECKED, item, f"Not read to the end: {ctx.meta.title}",
                         reason=f"only the first {MAX_CHARS:,} of this {what}'s {len(rep.text):,} characters were analysed; "
                                "read the rest yourself, or split it into shorter texts and run selfaudit check text on each",
                         evidence={"text": truncate(rep.text)})
            f.outcome = "analyser-unavailable"
    if acct.posts is not None and not acct.posts and ctx.examined_count and not acct.provenance.empty_evidence("posts"):
        # photo captions were read, but no post was found and nothing says there are none
        why = acct.provenance.missing_reason("posts") or "the page or archive gave no sign that there are none"
        ctx.not_checked("posts", f"no post was found to examine, only photo captions ({why})").outcome = "nothing-to-examine"
    if unread and ctx.examined_count + sum(unread.values()) > 1:
        # One line for the whole check: how many were examined, and which languages were not
        # (a single post's own not-checked already says it).
        n = ctx.examined_count
        langs = ", ".join(f"{lang} ({k})" for lang, k in unread.items())
        m = sum(unread.values())
        done = f"{n} examined; {m} could not be" if n else f"none of the {m} could be examined"
        f = ctx.emit(Status.NOT_CHECKED, "posts:languages", f"Not checked in every language: {ctx.meta.title}",
                     reason=f"{done}, because of their language: {langs} (each is listed)",
                     evidence={"details": {"examined": n, "not_examined": unread}})
        f.outcome = "analyser-unavailable"
    off, _ = _switched_off(analyser, area)  # the classifier's failure is only known after the batch
    if off and ctx.examined_count:
        why = ("the offline classifier could not load: " + analyser.classifier_error) if off == ["classifier"] and analyser.classifier_error \
            else f"not looked for (switched off in your settings or unavailable): {', '.join(off)}"
        ctx.not_checked("posts:" + "+".join(off), why)


def language_not_checked(ctx: CheckContext, item: str, what: str, rep: TextReport, area: str, disabled: Any = ()) -> str | None:
    """Not-checked for the categories this post's language has no word list or model for: an
    English list is never used on another language, and silence is never a pass. Returns the
    language named when none of the check's categories could be looked for, else None."""
    unchecked = [c for c in rep.unchecked(area) if c in _area_categories(area)]
    if not unchecked:
        return None
    lang = rep.language.name
    whole = set(unchecked) >= set(_area_categories(area)) - {"classifier"} - set(disabled)
    if area == "organisation":
        # The names are Latin-script: what is unread is the part in another script.
        script = other_script(rep.text[:MAX_CHARS]) or "another"
        if rep.language.code in ANALYSED:  # mostly English, French...: name the script that was not read
            lang = f"{script} script"
        why = (f"this {what} is written in {lang if lang.endswith('script') else lang + ' (' + script + ' script)'}; "
               "the organisations' names are looked for as written in Latin letters, so a name written in "
               f"{script} script (transliterated or translated) would not be found: read it yourself")
    elif whole:
        why = f"this {what} is in {lang}, which selfaudit has no word lists or model for"
    else:
        why = f"in {lang} only some categories are looked for; not looked for: {describe(unchecked) or ', '.join(unchecked)}"
    if area != "organisation":
        why += f" (analysed languages: {', '.join(name_of(c) for c in ANALYSED)})"
    f = ctx.emit(
        Status.NOT_CHECKED,
        item,
        f"Not checked ({lang}): {ctx.meta.title}",
        reason=why,
        evidence={"text": truncate(rep.text), "details": {"language": rep.language.code or lang, "not_analysed": unchecked}},
    )
    f.outcome = "analyser-unavailable"
    return lang if whole else None


@register("post_offensive_language")
def post_offensive_language(acct: AccountSnapshot, ctx: CheckContext) -> None:
    _posts_check(acct, ctx, "offensive")


@register("post_possible_offence")
def post_possible_offence(acct: AccountSnapshot, ctx: CheckContext) -> None:
    _posts_check(acct, ctx, "offence")


@register("post_confidential_info")
def post_confidential_info(acct: AccountSnapshot, ctx: CheckContext) -> None:
    _posts_check(acct, ctx, "confidential")


@register("post_names_organisation")
def post_names_organisation(acct: AccountSnapshot, ctx: CheckContext) -> None:
    _posts_check(acct, ctx, "organisation")


def disclaimer_sources(acct: AccountSnapshot) -> list[tuple[str, str]] | None:
    """(where, text) for every place a disclaimer can be: profile fields and pinned posts.
    None when none of them was collected."""
    profile = acct.profile
    collected = profile is not None and any(getattr(profile, f) is not None for f in ("bio", "about", "headline", "location"))
    sources = profile_texts(profile) if profile is not None else []
    for p in acct.posts or ():
        # a pinned share or retweet carries someone else's words: their disclaimer is not the person's
        if p.pinned and not p.third_party and p.text and p.kind != "share" and not p.text.lstrip().startswith("RT @"):
            sources.append((f"pinned post {p.id}", p.text))
            collected = True
    if not collected and not sources:
        return None
    return sources


# The policy's DO has two halves; each is named when it is the one missing.
_HALF_WORDS = {"site": "that this is a personal account", "views": "that the opinions are your own"}


def disclaimer_verdict(analyser: TextAnalysis, sources: list[tuple[str, str]]) -> tuple[str, str | None, list[str], list[str], tuple[str, ...]]:
    """(status present/partial/unclear/not-analysed/absent, where, matched words, organisations
    named, halves said) over all sources. The halves add up across places: "Personal account"
    in the bio and "views my own" in a pinned post together say both."""
    reports = analyser.analyse_many([t for _, t in sources], bio=True)
    orgs: list[str] = []
    unclear: tuple[str, list[str]] | None = None
    unread: tuple[str, list[str]] | None = None
    said: dict[str, list[str]] = {}  # where -> wordings stated there
    halves: set[str] = set()
    for (where, _), rep in zip(sources, reports, strict=False):
        orgs.extend(rep.organisations)
        d = rep.disclaimer
        if d is None:
            continue
        if d.status in ("present", "partial"):
            said.setdefault(where, []).extend(d.matched)
            halves.update(d.says)
        if d.status == "unclear" and unclear is None:
            unclear = (where, list(d.matched))
        if d.status == "not-analysed" and unread is None:
            unread = (where, [d.language or "an unidentified language"])
    orgs = list(dict.fromkeys(orgs))
    says = tuple(h for h in _HALF_WORDS if h in halves)
    if said:
        matched = [m for ms in said.values() for m in ms]
        return ("present" if len(says) == len(_HALF_WORDS) else "partial"), " and ".join(said), matched, orgs, says
    if unclear:
        return "unclear", unclear[0], unclear[1], orgs, ()
    if unread:  # a disclaimer may be there in a language whose wordings are not known
        return "not-analysed", unread[0], unread[1], orgs, ()
    return "absent", None, [], orgs, ()


@register("bio_disclaimer_missing")
def bio_disclaimer_missing(acct: AccountSnapshot, ctx: CheckContext) -> None:
    if "disclaimer" in _analyser(ctx).disabled:
        ctx.not_checked("profile", "the disclaimer check is switched off in your settings (text.disabled)")
        return
    sources = disclaimer_sources(acct)
    if sources is None:
        ctx.not_checked("profile", acct.provenance.missing_reason("profile") or "the bio and other profile fields were not collected")
        return
    ctx.examined(len(sources) or 1)
    status, where, matched, orgs, says = disclaimer_verdict(_analyser(ctx), sources)
    if acct.profile is not None and acct.profile.employer:
        orgs = list(dict.fromkeys([*orgs, acct.profile.employer]))
    shown = "\n".join(f"{w}: {truncate(t, 200)}" for w, t in sources) or "(the profile has no bio, about, headline or location text)"
    details: dict[str, Any] = {"where": where, "fields": [w for w, _ in sources], "wordings_known_in": KNOWN_WORDINGS}
    if orgs:
        details["employer_identified"] = orgs
    bio_unread = acct.provenance.missing_reason("profile.bio")
    profile = acct.profile
    if not bio_unread and (profile is None or (all(getattr(profile, f) is None for f in ("bio", "about", "headline", "location"))
                                               and not profile.fields)):
        bio_unread = "no bio or other profile text was collected, only pinned posts"  # a pinned post is no bio
    if bio_unread and status != "present":
        details["not_read"] = f"bio: {bio_unread}"
    if bio_unread and status == "absent":
        # the other fields carry no statement, but the bio (where it usually is) was never seen
        read = ", ".join(w for w, _ in sources) or "no other profile text"
        f = ctx.emit(Status.NOT_CHECKED, "profile", f"Not checked: {ctx.meta.title}",
                     reason=f"{bio_unread}; the statement is usually there, and what was read ({read}) "
                     "cannot show it is missing — check your bio yourself",
                     evidence={"text": shown, "details": details})
        f.outcome = "not-collected"
        return
    if status == "not-analysed":
        why = f"the {where} is in {matched[0]}; selfaudit knows the wordings of this statement in {KNOWN_WORDINGS_TEXT} only"
        if profile is not None and all(getattr(profile, f) in (None, "") for f in ("bio", "about", "headline")):
            # No bio at all (an old export without one): that, not a hometown's language, is why
            # the statement could not be looked for where it usually is (stop-29 probe).
            why = (f"{bio_unread or 'the export holds no bio or about text'}, where the statement usually is; "
                   f"only other profile fields were read ({why}): check your bio yourself")
        f = ctx.emit(
            Status.NOT_CHECKED,
            "profile",
            f"Not checked ({matched[0]}): {ctx.meta.title}",
            reason=why,
            evidence={"text": shown, "details": details},
        )
        f.outcome = "analyser-unavailable"
    elif status == "present":
        ctx.passed(
            "profile",
            f"Says the account is personal and the opinions are your own ({where}: “{'”, “'.join(matched[:2])}”)",
            evidence={"text": shown, "matched": matched, "details": details},
        )
    elif status == "partial":
        # One half of "a personal site and opinions are your own" (or neither: "RTs are not
        # endorsements") is no clear warning: the person adds the missing half.
        missing = [w for h, w in _HALF_WORDS.items() if h not in says]
        details["says"] = [_HALF_WORDS[h] for h in says]
        details["missing"] = missing
        ctx.emit(
            Status.REVIEW,
            "profile",
            f"Your statement ({where}: “{matched[0]}”) does not say {' or '.join(missing)}",
            reason="the policy asks you to clearly warn that this is a personal site and that opinions are your own; "
            f"add {' and '.join(missing)}",
            evidence={"text": shown, "matched": matched, "details": details},
            confidence=Confidence.MEDIUM,
        )
    elif status == "unclear":
        ctx.emit(
            Status.REVIEW,
            "profile",
            f"A personal-views statement may be there but is unclear ({where}: “{matched[0]}”)",
            evidence={"text": shown, "matched": matched, "details": details},
            confidence=Confidence.LOW,
        )
    else:
        sev = Severity.HIGH if orgs else ctx.meta.severity
        title = f"No statement that the account is personal and the views are your own (wordings looked for: {KNOWN_WORDINGS_TEXT})"
        if orgs:
            title += f", while the profile names {', '.join(orgs)}"
        ctx.emit(Status.FAIL, "profile", title, evidence={"text": shown, "details": details}, severity=sev, confidence=Confidence.MEDIUM)
