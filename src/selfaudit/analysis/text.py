"""Text analysis: the "views are my own" disclaimer, offensive words, possible offences,
confidential or identifying information, and naming the organisation.
(Over 500 lines: one analyser whose verdicts weigh each other; its data, reading and options are split out.)

``TextAnalyser(config).analyse(text, bio=False)`` returns a ``TextReport``; results are cached
by text. It is pure (no network, no files) and fast: patterns are compiled once, and the
offence model (``text_model``) is run in batches by ``analyse_many`` / ``prepare``.

Choices, and why:

* Mojibake (``CafÃ©``, ``ðŸ˜€``) is repaired with ftfy; ``unicodedata`` NFKC folds the
  "fancy letters" people put in bios (𝐕𝐢𝐞𝐰𝐬, ｖｉｅｗｓ). Accents are kept for the English
  lists (folding "kết" makes "ket", a word the writer did not write) and stripped only for the
  lists written that way (French, Spanish, German, the disclaimer): "mías"/"mias" both match.
* Language (``text_language``): each text's language is identified first. English lists and
  the classifiers see English only; French, Spanish and German their own short lists; any
  other language is not looked at by word lists at all and the checks say so, naming it.
* Identifiers use maintained libraries where they exist (``phonenumbers`` for phone numbers)
  and small validators otherwise (the NHS number's modulus-11 check digit, the National
  Insurance number's prefix rules, the UK postcode format). Presidio was evaluated and not
  used: it pulls in spaCy (≈390 MB), takes over a second to import, its e-mail recogniser
  tries to download the public-suffix list at run time (a network call from a private tool),
  and its four relevant recognisers ran at ≈2,000 texts/s — below this module's goal on their
  own. Its NHS and NINO recognisers are the same check-digit and prefix rules used here.
* No third-party abuse classifier: alt-profanity-check (used until 2026-11-29) was trained on
  Davidson et al. 2017, a corpus kept for independent checks, so its scores could not be
  measured honestly there. The project's own offence model (trained on other corpora's
  training splits) gives the general "offensive" score instead.
* A model alone misses threats and prejudice worded without swear words, and flags
  harmless phrases ("Dick Whittington", "faggots and peas"): harmless phrases are blanked
  before it runs, and categories (insult, threat, discriminatory, obscene) decide the verdict.
  Identity words alone never fail; a professional, supportive or reporting voice turns a
  match into ``review`` so a person judges it with the text in front of them. Looser
  co-occurrence rules, single words for possible offences, and the offence model
  (``text_model``: offensive, threat and identity-attack heads trained on public corpora's
  training data) only ever give ``review``, each head in its own category.
* Threats without swear words, work documents handed over, group generalisations and contempt
  are found as frames (``text_frames``, ``text_abuse``: a target × harm or menace; a document ×
  an offer; a group × a generalisation; a person × contempt), each only ever ``review``.
* Speed: one Aho-Corasick pass (``text_gate``) skips the patterns that cannot match.
* Languages: the disclaimer in English, French, Spanish, German, Italian and Dutch; the
  commonest abuse, threats and drink/drug words in French, Spanish and German.
* Organisation names come from the policy pack (``organisation:`` in checks/<pack>/pack.yaml).
* Figures (per category, tuned and untouched sets, posts/s): bench/README-text.md.

Options (``text:`` in config.yaml, see ``TextOptions``): ``disabled`` (categories to switch
off), ``organisations`` (replaces the pack's list), ``extra_organisations`` (adds to it; a
name, or ``{name, patterns}``), ``classifier_threshold`` (the offence model's general score
that alone makes a post worth review; default: the threshold stored with the model).
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..organisations import OrganisationData
from . import text_patterns as P
from .text_abuse import contempt_insult, group_generalisation, plain_words, veiled_threat
from .text_confidential import confidential, nhs_number_valid, own_child_news
from .text_counter import held_up as counter_held_up
from .text_counter import received_frame as counter_received
from .text_counter import rejected as counter_rejected
from .text_counter import reported_abuse as counter_reported_abuse
from .text_disclaimer import disclaimer
from .text_disclosure import own_offence, peacemaker
from .text_frames import REPORTED, threat_frame
from .text_gate import Gate
from .text_group import AFFIRMED, CONDEMNED, COUNTER_SPEECH, DENIAL, FRAMED, REAFFIRMED, TURNED, described_insult, group_attack
from .text_language import ENGLISH_BY_DEFAULT, Language, other_script
from .text_language import detect as detect_language
from .text_menace import implied_threat, public_disorder, sexual_remark
from .text_options import (
    ALL_CATEGORIES,
    CONFIDENTIAL_CATEGORIES,
    OFFENCE_CATEGORIES,
    OFFENSIVE_CATEGORIES,
    Organisation,
    TextOptions,
    load_options,
)
from .text_own_acts import driving_with, drug_buying, own_fight
from .text_read import any_of, fold, name_readings, normalise, post_text, profile_texts, unfold
from .text_results import MAX_CHARS, NOTHING, Disclaimer, Hit, Status, TextReport, Verdict
from .text_scorn import eaten_pets_trope, group_insinuation, scorn_insult

# Re-exported: the checks, the bench and the tests import these from here.
__all__ = [
    "ALL_CATEGORIES",
    "CONFIDENTIAL_CATEGORIES",
    "MAX_CHARS",
    "NOTHING",
    "OFFENCE_CATEGORIES",
    "OFFENSIVE_CATEGORIES",
    "Disclaimer",
    "Hit",
    "Organisation",
    "Status",
    "TextAnalyser",
    "TextOptions",
    "TextReport",
    "Verdict",
    "fold",
    "load_options",
    "nhs_number_valid",
    "normalise",
    "post_text",
    "profile_texts",
]

# Speaking for the organisation (3.2): "on behalf of", "we at X", "X's official position".
_SPEAK_FOR = re.compile(
    r"(?i)\b(?:on behalf of|speaking for|representing|official (?:position|statement|view) of|we at|here at|as an? (?:\w+ ){0,3}(?:at|for|from|of))\s+(?:the\s+)?$"
)
_OPINION = re.compile(
    r"\b(?:i think|i feel|i believe|imo|imho|in my opinion|disgrace\w*|shambles|useless|rubbish|terrible|awful|joke|angry|furious|fed up|sick of|cuts|strike|management|failing|worst|incompetent|scandal\w*|shameful|should|must|never again|hate|ridiculous)\b"
)

# The first person, said or implied: a post that opens with a past-tense verb ("Bought a bit of
# weed...", "Necked a bottle...") is about the writer.
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|ill|me|my|mine|we|were|weve|us|our|myself)\b|^(?:just |finally |accidentally )?(?:\w+ed|bought|got|had|took|did|went|sold|smoked|drank|drove|ran|fell|woke|threw|stole|nicked|necked|sank|hit|lost)\b")



# --------------------------------------------------------------------------------------------
# Compiled patterns (module level: compiled once per process)
# --------------------------------------------------------------------------------------------

# An @mention (not an e-mail address), or a word long enough to be names run together
# (a hashtag is already split in the clean text when it is written in capitals).
_RUN_TOGETHER = re.compile(r"(?<![\w.@])@\w{3,}|\b\w{10,}\b")
_BENIGN = any_of(P.BENIGN_PHRASES)
_THREAT_SHAPE = any_of(P.THREAT_SHAPES)
_OBSCENE_STRONG = any_of(P.OBSCENE_STRONG)
_OBSCENE_MILD = any_of(P.OBSCENE_MILD)
_INSULT = any_of(P.INSULT)
_THREAT = any_of(P.THREAT)
_THREAT_LOOSE = any_of(P.THREAT_LOOSE)
_THREAT_38 = any_of(P.THREAT_LOOSE_38)  # the stop-38 veiled-threat forms an everyday frame may clear (textfalse39)
_DISCRIM_LOOSE = any_of(P.DISCRIMINATORY_LOOSE)
_INSULT_LOOSE = any_of(P.INSULT_LOOSE)  # stop 38: stock put-downs, review only
_ADULT_PROMO = re.compile(P.ADULT_PROMO)  # stop 38: 🔞 beside a link, review only (clean text)
_ADULT_PROMO_NOT = re.compile(P.ADULT_PROMO_NOT)  # review38: a film's rating, an age-checked drinks event
_ECHO = re.compile(P.ECHO)  # stop 38: the antisemitic echo ((( ))), review only (clean text)
_ECHO_NOT = re.compile(P.ECHO_NOT)  # review38: hugs, sound and code in the brackets
# (stop 38, set 37's one must-not-fail FAIL: "my best mate is such an idiot ... 😂 love you babe") an insult signed off
# with love to the one named is banter: it stays a review, never a fail on its own.
_AFFECTION = re.compile(r"\b(?:love (?:you|ya|u|yah)|luv (?:you|ya|u)|love you loads|ily|ilysm|"
                        # (textrules40, sets 39/40's birthday traps) "an absolute idiot and I love him", "I love her to bits"
                        r"(?:i|and i|but i|we|still) (?:do |really |absolutely )?(?:love|luv|adore) (?:you|ya|u|"
                        # (review40b) him / her / them loved, not something of theirs or done to them ("I love her being
                        # sacked", "we love her squirming", "I love her kids though"): the clause ends or goes on kindly
                        r"(?:him|her|them)(?=$| (?:to bits|loads|lots|really|dearly|so much|x+|though|tho|anyway|regardless|for it|all the same|"
                        r"happy|hbd|have|hope|enjoy|and|but|now|still|more|even|forever|always|honestly|tbh|bless|he|she|they|we|you|"
                        r"the|my|our|its|it|love|thank|thanks|cheers)\b))|"
                        r"love (?:him|her|them|you|ya) (?:to bits|loads|really|dearly|so much))\b(?! (?:to death|not|dying|suffer\w*|failing|fail|losing|getting hurt|crying))")
_LOVE_BUT = re.compile(r"\b(?:love (?:you|ya|u|him|her|them)|luv (?:you|ya|u)|ily|adore (?:him|her|them|you)) (?:\w+ ){0,2}?but\b|"
                       # (review40b) love taken back: "I love her ... said no one ever", "love you really. not"
                       r"\bsaid (?:no one|noone|nobody|no1)\b")
# (textrules40) the mild teasing words banter uses ("happy birthday you muppet", "an absolute idiot", "you daft sausage"):
# with love and a birthday wish, and nothing else abusive, no flag at all
_TEASE = re.compile(r"^(?:(?:youre|you are|ur|you|ya|u|hes|shes|he is|she is|such|an?|the|my|our|biggest|total|absolute|complete|utter|proper|right|"
                    r"daft|silly|dozy|soppy|big|old|little|lovely|massive|daft old|absolute|bloody) )*"
                    r"(?:idiot|muppet|numpty|plonker|wally|div|twit|clown|nutter|weirdo|goon|donut|doughnut|sausage|pudding|lemon|melt|plank|nugget|banana|dork|doofus|"
                    r"dope|dingbat|eejit|prat|pillock|nit|nitwit|dummy|goof|goofball|knob|tool|mug|loon|fool|cow|moo|bugger)s?$")
_SEXUAL_SLUR = re.compile(r"\b(?:whores?|sluts?|slags?|skanks?|hoes?|slutty)\b")
_IDENTITY = re.compile(P._GROUP.join((r"\b", r"\b")) + r"|\b(?:lesbian|gay|bi|trans|queer|black|asian|muslim|jewish|disabled|autistic|deaf)\b")
_SLUR = any_of(P.SLURS)
_DISCRIM = any_of(P.DISCRIMINATORY)
_PRO = any_of(P.PROFESSIONAL_CONTEXT)
# Praise of people ("so inspiring", "just as capable", "deserve respect"), and words that take it
# back or turn it to sarcasm ("not", "but", "supposedly", "lol").
_PRAISE = re.compile(r"\b(?:inspiring|inspirational|amazing|brilliant|wonderful|incredible|talented|capable|brave|beautiful|lovely|kind|kindest|"
                     r"welcome|valued|valuable|deserve (?:respect|better|equal|the same|dignity|to be heard)|contribute\w*|grateful|thankful|"
                     r"love (?:my|our|this|these|how|working|having|seeing)|proud (?:of|to)|just as (?:capable|good|smart|able|valid|strong)|equal|heroes|legends|"
                     # (realfalse40) a festive greeting to a group is goodwill too ("ramadan kareem to all muslims around the world")
                     + P.FESTIVE_GREETING + r")\b")
_PRAISE_UNDONE = re.compile(r"\b(?:not|never|no|dont|isnt|arent|wasnt|but|except|supposedly|apparently|so called|allegedly|yeah right|lol|lmao|hate|worst|stupid|"
                            r"ruin\w*|steal\w*|scroung\w*|invad\w*|only|all the same|until|unless|if|lie|lies|lying|myth|joke|biggest|"
                            # praise of one's own race over others is supremacy, not praise
                            r"race|races|aryan|superior|supremac\w*|pure|purity|white power|white pride|master|our women|our people|heritage|blood|"
                            # sarcasm: praise with a sting after it ("so brave, blowing themselves up", "so grateful,
                            # that's why they torched the hotel"), or the praise word said again with one ("so kind,
                            # kind to their own bank accounts", "brave, brave enough to…")
                            r"thats why|said no one ever|(?:enjoy it )?while (?:you|u|they) (?:can|still can)|not for long|(?:your|their|ur) last|"
                            r"blow\w* (?:\w+ )?up|bomb\w*|torch\w*|riot\w*|groom\w*|crimes?|"
                            r"(inspiring|amazing|brilliant|wonderful|talented|capable|brave|lovely|kind|grateful|welcome|valuable) \1 (?:to|at|of|enough|for|with|when))\b"
                            # ... or an eye-roll, clown or smirk emoji (kept in the clean text only)
                            "|[\U0001F644\U0001F921\U0001F612\U0001F60F]")
# (review40a) after a festive greeting to a group, an order or a charge is the point of the post, not the greeting:
# "eid mubarak to all the muslims, now go home", "happy juneteenth ..., now get back to work", "happy hanukkah to the jews
# who run the banks". Read on the festive kind voice only (praise keeps its own list).
_FESTIVE = re.compile(rf"\b{P.FESTIVE_GREETING}\b")
_FESTIVE_UNDONE = re.compile(r"\b(?:now|go (?:home|back)|get (?:back|out|lost)|pack|leave|clear off|the rest|who|which|that (?:are|is|run|keep|take)|"
                             r"they|theyre|you lot|(?:run|runs|control|controls|own|owns) (?:the|our|this)|tak(?:e|es|ing)|took|go to|fuck\w*|piss\w*|sod|bugger)\b")
_REPORTING_WORDS = re.compile(P.REPORTING_CONTEXT[0])
_QUOTES = re.compile(P.REPORTING_CONTEXT[1])
_OWN_VOICE = re.compile(P.REPORTING_OWN_VOICE)
_QUOTED_SPAN = re.compile(r"[\"“«]([^\"“”«»\n]{1,80})[\"”»]|(?:^|(?<=\s))['‘]([^'‘’\n]{1,80})['’](?=\s|[.,!?;:]|$)")
_QUOTE_INTRODUCERS = re.compile(P.QUOTE_INTRODUCERS)
_INSULT_WORD = re.compile(rf"\b{P._INSULT_WORD}\b")
_OFFENCE = {k: any_of(v) for k, v in P.OFFENCE.items()}
_OFFENCE_PRO = any_of(P.OFFENCE_PROFESSIONAL)
_OFFENCE_WEAK = {k: any_of(v) for k, v in P.OFFENCE_WEAK.items()}

# One Aho-Corasick pass over the (masked) words tells which of these could match at all.
_GATED = {
    "threat": _THREAT,
    "threat_loose": _THREAT_LOOSE,
    "slur": _SLUR,
    "discrim": _DISCRIM,
    "discrim_loose": _DISCRIM_LOOSE,
    "insult": _INSULT,
    "obscene_strong": _OBSCENE_STRONG,
    "obscene_mild": _OBSCENE_MILD,
    **{f"offence_{k}": v for k, v in _OFFENCE.items()},
    **{f"weak_{k}": v for k, v in _OFFENCE_WEAK.items()},
}
_GATE = Gate(_GATED)
_ALL_GATED = frozenset(_GATED)
# French, Spanish and German lists: small, so no prefilter; matched on the accent-folded form.
_FOREIGN = {k: any_of(v) for k, v in P.NON_ENGLISH.items()}
_FOREIGN_NAMES = frozenset(_FOREIGN)
_FOREIGN_LANGS = ("fr", "es", "de")
_FOREIGN_OFFENCE = tuple(k.removeprefix("offence_") for k in _FOREIGN if k.startswith("offence_"))

# An insult the writer aims at themself ("I'm a useless idiot", "what an idiot I am",
# "me, the useless idiot who..."): self-deprecation, not abuse.
_SELF_NOUN = (r"(?:idiot|muppet|numpty|plonker|moron|dummy|fool|div|wally|eejit|dope|twit|clown|dumbass|dipstick|pillock|prat"
              r"|halfwit|dimwit|nitwit|dunce|klutz|doughnut|donut|spanner|wazzock|dingbat|numbskull|loser)")
_SELF_ADJ = (r"(?: such| a| an| the| so| total| complete| right| absolute| utter| and| proper| real| massive| big| prize| certified"
             r"| useless| stupid| silly| daft| clumsy| forgetful| dozy| dumb| hopeless| bloody| fucking| flipping| blithering| complete and utter)*")
_SELF_DEPRECATING = re.compile(
    r"\b(?:i|im|i am|i was|ive been|i have been|im being|i am being|i was being|i must be|im just|i am just|im officially"
    r"|i felt like|i feel like|i look like|i looked like|made me look like|makes me look like|me|call me)"
    rf"{_SELF_ADJ} {_SELF_NOUN}\b"
    rf"|\b(?:what|such){_SELF_ADJ} {_SELF_NOUN} (?:i am|im|i was|ive been|i have been|i can be|i feel|i felt)\b"
)
# The same without "I": a sentence that opens with the insult and goes straight on to what the
# writer did to themself ("Such an idiot, locked myself out", "Total idiot, forgot my lanyard").
# Read on the punctuated text (a sentence start is needed); the verb must come first, so
# "Such an idiot, Sarah took my chair" stays an insult.
_SELF_OPENER = re.compile(
    r"(?:^|(?<=[.!?\u2026\n]))[\s\"'\u201c]*(?:@\w+\s+)*(?:(?:ugh+|argh+|omg|honestly|oh|god|lol|sigh|typical|classic)\W+)?"
    rf"(?P<own>(?:such|what|total|complete|absolute|utter|proper|right|bit of){_SELF_ADJ} {_SELF_NOUN})\b"
    r"(?=[\s,;:!.\u2026\u2014\u2013-]+(?:(?:i|ive|i've|i\u2019ve|just|only|actually|literally|totally|completely|went and|have)\s+)*"
    r"(?:\w+ed|forgot|left|lost|got|did|sent|put|took|made|missed|dropped|broke|threw|spilt|wore|brought|ran|fell|said|told|bought"
    r"|ate|wrote|gave|shut|set|let|cut|hit|kept|forgotten|slept|overslept|walked|went)\b[^.!?\n]{0,60}?\b(?:myself|my|me|mine)\b)",
    re.IGNORECASE,
)

_REPLY_TO = re.compile(r"^\s*(?:@\w+\s*)+")
_NAMED_TARGET = re.compile(rf"\b{P._TARGET}\b")


def _without_phrases(clean: str, phrases: list[str]) -> str:
    """``clean`` with each words-form phrase (lower case, apostrophes dropped) cut out, in any
    case and with any punctuation between its words ("im a useless idiot" cuts "I'm a useless idiot")."""
    for phrase in phrases:
        rx = r"(?i)\b" + r"[\W_]+".join("['\u2019]?".join(map(re.escape, w)) for w in phrase.split()) + r"\b"
        clean = re.sub(rx, " ; ", clean)
    return clean


def _reporting_words(words: str) -> bool:
    """Words that report or quote someone else's ("called me", "shouted", "heard", "saying"), not
    the same words in the writer's own voice ("just saying", "the man who shouted at my son: …")."""
    return bool(_REPORTING_WORDS.search(_OWN_VOICE.sub(" ", words) if _OWN_VOICE.search(words) else words))


def _scare_quote(m: re.Match[str], clean: str) -> bool:
    """One ordinary word in quotation marks, written into the writer's own sentence ("had an
    'accident'", "some \"special\" dinner", "\"influencer\" = …"): irony, not someone's words.
    Not one introduced as words said or written, before or after it ("sprayed \"scum\" on",
    "not \"swarming\" … words like that"), nor an abusive word quoted ("\"p*ki\" on the
    shutters"): those are quotes."""
    _, quoted = normalise(m.group(1) or m.group(2) or "")
    if len(quoted.split()) != 1:
        return False  # two words or more ("go home") may be anyone's words
    if _INSULT_WORD.search(quoted) or _SLUR.search(quoted) or _OBSCENE_STRONG.search(quoted) or _OBSCENE_MILD.search(quoted):
        return False
    if _THREAT.search(quoted):
        # (textrules40) a threat word quoted ("got sent \"kys\" on tiktok") is someone's words, not irony; unless the writer
        # is the one who sent or said it ("Sent him \"kys\" ... hope he does it"): then it is the writer's own
        before = normalise(clean[max(0, m.start() - 80) : m.start()])[1]
        # (review40b) ... and only when the post says someone sent or said it ("got sent", "someone wrote"): "you should
        # honestly \"kys\"", "@dan \"kys\" lol" are the writer's own, aimed
        # (read from a window around the quote, so that a post of many quotes stays linear)
        return bool(_WRITER_SENT.search(before)) or not counter_received(normalise(clean[max(0, m.start() - 200) : m.end() + 200])[1])
    # (six words before: "calling teenagers on the estate 'thugs'" names its object first; read from
    # a window of the post, not all of it, so that a post of many quotes stays linear)
    near = " ".join(normalise(clean[max(0, m.start() - 160) : m.start()])[1].split()[-6:] + normalise(clean[m.end() : m.end() + 120])[1].split()[:4])
    return not _QUOTE_INTRODUCERS.search(near) and not _REPORTING_WORDS.search(near)


_WRITER_SENT = re.compile(r"(?:^|\b(?:i|we|me|and|then|just|so|even|literally|ive|i have|i just|we just)\s)"
                          r"(?:sent|send|told|tell|messaged|texted|dmd|dmed|replied|wrote|said|commented|posted|shouted|called)"
                          r"(?: (?:him|her|them|the \w+|that \w+|his \w+|her \w+|back|to (?:him|her|them)))*\s*$")


def _quoted(clean: str) -> bool:
    """Quotation marks around someone's words: an unpaired mark counts (it cannot be told), a
    scare quote does not."""
    if not _QUOTES.search(clean):
        return False
    spans = list(_QUOTED_SPAN.finditer(clean))
    if _QUOTES.search(_QUOTED_SPAN.sub(" ", clean)):
        return True
    return any(not _scare_quote(m, clean) for m in spans)


_OTHER_TARGET = re.compile(r"\b(?:you|u|ya|youre|your|ur|he|she|hes|shes|they|theyre|him|her|them)\b|@\w")

def _combine_orgs(orgs: dict[str, list[re.Pattern[str]]]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One regex for every organisation pattern (one scan per text); None if they cannot be combined."""
    names: dict[str, str] = {}
    parts = []
    for i, (name, pats) in enumerate(orgs.items()):
        alts = []
        for rx in pats:
            p = rx.pattern
            alts.append(f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})")
        names[f"o{i}"] = name
        parts.append(f"(?P<o{i}>{'|'.join(alts)})")
    if not parts:
        return re.compile(r"(?!x)x"), names
    try:
        return re.compile("|".join(parts)), names
    except re.error:
        return None, names


def _known_names(org: OrganisationData, configured: dict[str, Any]) -> frozenset[str]:
    """The pack's (and the person's) names for the organisation, case-folded, and each area place
    that is part of one ("Hackney" of "Hackney Council"): "not Hackney's" after "views my own"
    names the organisation, where "not Dave's" may be a person."""
    names = {n.name for n in org.names} | {a for n in org.names for a in (*n.aliases, *n.abbreviations)} | set(configured)
    folded = {" ".join(re.findall(r"\w+", n.casefold())) for n in names}
    places = {" ".join(re.findall(r"\w+", p.casefold())) for p in org.places}
    inside = {p for p in places if p and any(re.search(rf"\b{re.escape(p)}\b", n) for n in folded)}
    return frozenset(n for n in folded | inside if n)


# --------------------------------------------------------------------------------------------
# The analyser
# --------------------------------------------------------------------------------------------


# Safety advice: an advising opener and a reason of the everyday kind (crime in the area, weather,
# crowds, roads, scams, seasons). A veiled threat borrows the opener but not the reason ("lock your
# doors tonight. just saying"), and words of menace undo it.
_ADVICE = re.compile(r"^(?:please |pls |reminder |psa |just a reminder |friendly reminder )?(?:make sure|remember to|dont forget to|do not forget to|lock|keep|mind|check|"
                     r"watch out|be careful|stay safe|take care|dont (?:leave|let|walk|drink)|do not (?:leave|let)|you need to (?:get|check|book|lock|keep)|if you|if youre|if your)\b")
_ADVICE_REASON = re.compile(r"\b(?:break ?ins?|burglar\w*|thie(?:f|ves)|theft|scam\w*|fraud\w*|holiday|holidays|winter|weather|ice|icy|busy|crowd\w*|road|roads|traffic|fair|"
                            r"festival|christmas|bonfire|fireworks|storm|cold|heat|flu|boiler|lead|taxi|cab|in the area|reported|police|council|station|school gates)\b")
_ADVICE_UNDONE = re.compile(r"\b(?:or else|just saying|and youll|and you will|youll be|you will be|next time|i know|we know|watching|last warning|been warned|or youll|or you will|wont be|before i|before we|you never know)\b")


# A seasonal greeting "from our house to yours" (stop 30): the threat head learned "your house" as
# menace and scores these 0.90-0.95. With nothing menacing beside it, it is a kind voice, and the
# threat head alone does not flag it.
_GREETING = re.compile(r"\bfrom (?:our|my|the \w+) (?:house|home|family|household|lot|little family|crew|gang|clan) to (?:yours|your(?:s)? (?:house|home|family))\b|"
                       # (textfalse39) a birthday wish, short forms too ("hbd 2 u", "hapi birthday 2 u ma. wish u llnp")
                       r"\b(?:hbd|happy (?:birthday|bday|b day|belated birthday)|hapi (?:birthday|bday|b day)|many happy returns)\b")
_GREETING_UNDONE = re.compile(r"\b(?:know where|watch (?:your|ur) back|regret|coming for|be sorry|enjoy it while|last (?:christmas|one|time)|wont see|youll see|see what happens|"
                              r"kill|hurt|dead|burn|smash|brick|petrol|knife|blood|pay for|warned|warning|sorted|find (?:you|u)|remember what|"
                              # (review39) "happy birthday, it'll be your last", "hbd. you won't see another one"
                              r"(?:be|is) (?:your|ur) last|another one|while you can)\w*\b")


def _greeting(words: str) -> bool:
    return bool(_GREETING.search(words)) and not _GREETING_UNDONE.search(words)


# (textrules40, the lead's list) news of someone home and mending ("home from hospital at last"): the threat head scores
# "hospital" as menace (0.75); with no other word of harm or menace in the post its score alone flags nothing.
_RECOVERY = re.compile(r"\b(?:(?:home|out|back|discharged) (?:from|out of) (?:the )?(?:hospital|surgery|the ward|icu|intensive care|a e|hospice)|"
                       r"(?:on the mend|recovering (?:well|nicely|at home)|back on (?:her|his|their|my) feet))\b")


def _recovery_news(words: str) -> bool:
    # news told of someone, not said to "you" ("you'll be back from hospital just in time for me to put you back in it")
    return (bool(_RECOVERY.search(words)) and not _EVERYDAY_HARM.search(_RECOVERY.sub(" ", words)) and not _STRICT_MENACE.search(words)
            and not _YOU_WORD.search(words) and not _RECOVERY_UNDONE.search(words))


# (review40b) recovery words wished as harm: "he'll be going home from hospital if he's lucky", "home from hospital. shame,
# should have finished the job", "not for long", "his turn"
_RECOVERY_UNDONE = re.compile(r"\b(?:(?:if|when) (?:hes|shes|theyre|he is|she is|they are|hes very) lucky|lucky to|shame|pity|finish\w* (?:the job|him|her|them|it)|"
                              r"not for long|wont be for long|(?:his|her|their) turn|next time|getting the same|the same again|wait till|soon enough|"
                              r"(?:will|ll|going to|gonna) be going (?:home )?(?:from|out of)|be going (?:home )?from)\b")


_YOU_WORD = re.compile(r"\b(?:you|u|ya|yer|youll|youre|youd|your|ur|yours|yourself)\b")


def _safety_advice(words: str) -> bool:
    return bool(_ADVICE.search(words) and _ADVICE_REASON.search(words) and not _ADVICE_UNDONE.search(words))


def _language(clean: str, words: str) -> Language:
    """The text's language. A short English post whose words were written back from a disguise
    ("i h8 lesbians" -> "i hate lesbians") is judged on the words it spells: the disguise alone
    made it look French to the identifier."""
    lang = detect_language(clean)
    if lang.code != "en" and clean.isascii():
        spelt = set(words.split()) - set(_NON_ALNUM.sub(" ", _APOSTROPHES.sub("", clean.lower())).split())
        if spelt and (alt := detect_language(words)).code == "en":
            return alt
    return lang


_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"['’]")


def _attack_words(h: Hit) -> list[str]:
    """The words of an attack as matched: list hits quote them; the frames name them
    "group attack: <group> … <predicate> (kind)" (the group first, then the predicate)."""
    if " … " not in h.phrase:
        return [h.phrase]
    group, predicate = h.phrase.split(": ", 1)[1].split(" … ", 1)
    return [group, predicate.rsplit(" (", 1)[0]]


def _denied(masked: str, hits: list[Hit]) -> bool:
    """Whether every attack matched is one the writer denies or quotes to condemn: its words begin
    inside a denial ("I don't think women…", "nobody believes migrants…", "it's a lie that…", "not
    all…") or a quoting frame in a post that condemns ("saying that X…" … "is wrong"), and nothing
    else hostile (an insult, swearing) was matched, and no "but" or "just" after the denial takes it back."""
    if not hits or any(h.category not in ("discriminatory", "threat") for h in hits):
        return False
    # A slur is never a proposition denied: "I don't think pakis are human", "not all pakis are
    # groomers" deny nothing of the slur, which is the hostile word whatever the frame around it.
    if any(_SLUR.search(h.phrase) for h in hits):
        return False
    spans = [(m.start(), m.end()) for m in DENIAL.finditer(masked)]
    if any(REAFFIRMED.search(masked, hi) for _, hi in spans):
        return False  # "I don't think women are inferior, I know they are": the denial is taken back
    # The word of condemnation is looked for outside the attack itself: "anyone who says gays are
    # disgusting is spot on" has "disgusting" only as the attack's own predicate.
    rest = masked
    for h in hits:
        for part in _attack_words(h):
            rest = rest.replace(part, " ")
    if CONDEMNED.search(rest) and not AFFIRMED.search(rest):  # "... is right. Am I wrong?" agrees
        spans += [(m.start(), m.end()) for m in FRAMED.finditer(masked)]
    if not spans or TURNED.search(masked, min(hi for _, hi in spans)):
        return False  # "not all Muslims are terrorists, but most are": the denial is taken back
    for h in hits:
        words = _attack_words(h)[0]
        # Every place the words occur: "I don't think women are inferior. Women are inferior." says
        # it again outside the denial, and the first occurrence alone would hide that.
        ats = [m.start() for m in re.finditer(re.escape(words), masked)]
        if not ats or not all(any(lo <= at < hi for lo, hi in spans) for at in ats):
            return False
        # A frame hit's predicate is the one denied only if it follows the denial closely ("I don't
        # think women are inferior"), not as a later clause ("not all immigrants are bad, some are
        # just scum": the frame paired the group with a predicate the writer asserts).
        if len(parts := _attack_words(h)) > 1:
            pred = [m.start() for m in re.finditer(re.escape(parts[1]), masked)]
            if not any(hi <= p and len(masked[hi:p].split()) <= 2 for _, hi in spans for p in pred):
                return False
        # The predicate said again of "they" after the denial ("nobody thinks muslims are
        # terrorists, they ARE terrorists") asserts what the denial seemed to deny.
        said = parts[-1].split()[-1] if parts[-1].split() else ""
        # ... or the predicate is made a compliment they fall short of: "vermin are useful".
        after = masked[min(hi for _, hi in spans):]
        if said and re.search(rf"\b(?:they|theyre)(?: (?:are|r|all|really|actually|definitely|certainly|still|literally|potential|basically|just|simply))* {re.escape(said)}\b"
                              rf"|\b{re.escape(said)} (?:are|r|is) (?:more |much |far |a lot )?(?:useful|better|nicer|cleaner|smarter|cuter|more useful|worth more)\b", after):
            return False
    return True


class TextAnalyser:
    """Analyse posts and bios. Construct with the user's Config; ``config.text`` holds options."""

    name = "text"

    def __init__(self, config: Any = None, *, policy: Any = None, cache_size: int = 200_000):
        """``policy``: the Policy whose pack names the organisation (default: the pack
        SELFAUDIT_POLICY or the default names)."""
        self.options = load_options(config)
        self.disabled = frozenset(self.options.disabled)
        if policy is None:
            from ..policy import load_policy

            policy = load_policy(None)
        self.organisation: OrganisationData = policy.organisation
        self._orgs = self.options.compiled_organisations(self.organisation)
        self._org_rx, self._org_names = _combine_orgs(self._orgs)
        self._org_gate = self.options.org_gate(self.organisation)
        self._org_handles = self.options.handle_forms(self.organisation) if "organisation" not in self.disabled else {}
        self.has_organisations = bool(self._orgs)
        self._known_names = _known_names(self.organisation, self._orgs)
        self._places = frozenset(w.lower() for p in self.organisation.places for w in re.findall(r"\w+", p))
        self._cache: dict[tuple[str, bool], TextReport] = {}
        self._model_scores: dict[str, dict[str, float]] = {}  # per text: each head's score
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self.classifier_error: str | None = None
        # Per head, the score that alone makes a post worth review; replaced by the thresholds
        # stored with the model (chosen on held-back training data) when it loads.
        self.model_thresholds: dict[str, float] = {"offensive": 0.9, "threat": 0.9, "identity": 0.9}
        self.use_gate = True  # the literal prefilter (only ever skips patterns that cannot match)

    # -- classifier ---------------------------------------------------------------------------

    def _model_batch(self, cleans: list[str]) -> None:
        """The offence model (text_model) over English texts not scored yet."""
        if "classifier" in self.disabled:
            return
        # One or two words are too little for the model to judge ("Lovely!" scored as menace,
        # because threats praise with irony): such posts are left to the word lists.
        todo = [c for c in dict.fromkeys(cleans) if c not in self._model_scores and len(c.split()) >= 3]
        if not todo:
            return
        from . import text_model

        model, error = text_model.load()
        if model is None:
            self.classifier_error = self.classifier_error or f"offence model: {error}"
            return
        self.model_thresholds = dict(model.thresholds)
        for c, s in zip(todo, model.heads_scores(todo), strict=False):
            self._model_scores[c] = s

    # -- public API -----------------------------------------------------------------------------

    def analyse(self, text: str, *, bio: bool = False) -> TextReport:
        key = (text, bio)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        return self.analyse_many([text], bio=bio)[0]

    def analyse_many(self, texts: Sequence[str], *, bio: bool = False) -> list[TextReport]:
        """Analyse many texts at once (the classifier runs in one batch)."""
        out: list[TextReport | None] = [self._cache.get((t, bio)) for t in texts]
        todo = [i for i, r in enumerate(out) if r is None]
        if not todo:
            return [r for r in out if r is not None]  # every one was cached
        forms = {}
        langs: dict[str, Language] = {}
        for i in todo:
            t = texts[i]
            if t not in forms:
                clean, words = normalise((t or "")[:MAX_CHARS])
                forms[t] = (clean, words, _BENIGN.sub(" ", words))
                langs[t] = _language(clean, words)
        # The offence model was trained on English: it only scores English text.
        self._model_batch([f[2] for t, f in forms.items() if langs[t].code == "en"])  # harmless phrases blanked
        with self._lock:
            if len(self._cache) > self._cache_size:
                self._cache.clear()
            for i in todo:
                t = texts[i]
                clean, words, masked = forms[t]
                rep = self._report(t, clean, words, masked, bio, langs[t])
                self._cache[(t, bio)] = rep
                out[i] = rep
        return [r for r in out if r is not None]  # every slot is filled by now

    def analyse_parallel(self, texts: Sequence[str], *, bio: bool = False, workers: int | None = None) -> list[TextReport]:
        """``analyse_many`` split over worker processes (each loads its own classifier, ~1 s).
        Opt-in: measured slower than one process on a busy 2-core machine (bench/README.md).
        Falls back to one process on any failure."""
        import os

        workers = workers or min(2, os.cpu_count() or 1)
        todo = list(dict.fromkeys(t for t in texts if (t, bio) not in self._cache))
        if workers > 1 and len(todo) >= 2 * PARALLEL_CHUNK:
            import multiprocessing as mp
            from concurrent.futures.process import BrokenProcessPool

            from . import worker_pool

            try:
                chunks = [todo[i : i + PARALLEL_CHUNK] for i in range(0, len(todo), PARALLEL_CHUNK)]
                opts = self.options.model_dump()
                with worker_pool(workers, mp.get_context("spawn")) as ex:  # Ctrl-C cancels, never swallowed
                    org = self.organisation.model_dump()
                    for chunk, reps in zip(chunks, ex.map(_analyse_chunk, [(opts, org, c, bio) for c in chunks]), strict=False):
                        for t, r in zip(chunk, reps, strict=False):
                            self._cache[(t, bio)] = r
            except (BrokenProcessPool, OSError):  # a worker died (out of memory): the rest are read in this process below
                pass
        return self.analyse_many(texts, bio=bio)

    def prepare(self, snapshot: Any, analysis: Any = None, progress: Any = None) -> None:
        """Analyse every post, comment, caption and profile field of a snapshot in one batch."""
        posts: list[str] = []
        bios: list[str] = []
        for acct in getattr(snapshot, "accounts", ()):
            for p in acct.posts or ():
                posts.append(post_text(p))
                if p.pinned and not p.third_party:
                    bios.append(p.text)
            for m in acct.photos or ():
                text = "\n".join(t for t in (m.caption, m.alt) if t)
                if text:
                    posts.append(text)
            if acct.profile is not None:
                bios.extend(t for _, t in profile_texts(acct.profile))
        total = len(posts) + len(bios)
        _tick(progress, 0, total)
        if posts:
            # One process: on the shared 2-core test machine analyse_parallel was slower
            # (spawn + classifier load + pickling); see bench/README.md.
            self.analyse_many(posts)
        if bios:
            self.analyse_many(bios, bio=True)
        _tick(progress, total, total)

    # -- the work -----------------------------------------------------------------------------

    def _report(self, text: str, clean: str, words: str, masked: str, bio: bool, lang: Language = ENGLISH_BY_DEFAULT) -> TextReport:
        """``text`` is the original; the forms are of at most MAX_CHARS of it. A language's word
        lists and the (English) classifier only see text in that language."""
        orgs = self._organisations(clean, fold(words))
        not_analysed: list[tuple[str, tuple[str, ...]]] = []
        score: float | None = None
        if lang.code == "en":
            model = self._model_scores.get(masked) or {}
            score = model.get("offensive")  # the model's general head (None: too short to judge)
            may = _GATE.candidates(masked) if self.use_gate else _ALL_GATED
            offensive = self._offensive(clean, words, masked, score, may, model=model)
            offence = self._offence(masked, may, clean)
            if offence.status is None:
                offence = self._post_head("offence", model, masked, words, clean)
            confidential = self._confidential(clean, words)
            if confidential.status is None and not own_child_news(clean, words):
                confidential = self._post_head("confidential", model, masked, words, clean)
            if not lang.sure:
                # Too short to tell, in plain ASCII: the French/Spanish/German lists look too
                # ("Je vais te tuer connard"); they hold no English words.
                fmasked = fold(masked)
                offensive = _worse(offensive, self._offensive(clean, fold(words), fmasked, None, _FOREIGN_NAMES, _FOREIGN))
                offence = _worse(offence, self._offence_foreign(fmasked))
        elif lang.code in _FOREIGN_LANGS:
            fmasked = fold(masked)
            offensive = self._offensive(clean, fold(words), fmasked, None, _FOREIGN_NAMES, _FOREIGN)
            offence = self._offence_foreign(fmasked)
            confidential = self._confidential(clean, words, False)
            not_analysed = [("offensive", ("classifier",)),
                            ("offence", tuple(c for c in OFFENCE_CATEGORIES if c not in _FOREIGN_OFFENCE)),
                            ("confidential", ("practice", "date_of_birth", "work_material"))]
        else:
            offensive = offence = NOTHING
            confidential = self._confidential(clean, words, False)
            not_analysed = [("offensive", OFFENSIVE_CATEGORIES), ("offence", OFFENCE_CATEGORIES),
                            ("confidential", ("practice", "date_of_birth", "work_material"))]
        organisation = self._organisation(clean, words, orgs, bio)
        if organisation.status is None and other_script(text[:MAX_CHARS]):
            # The organisations' names, abbreviations and handles are written in Latin letters,
            # so a name transliterated or translated into another script ("Хакни Каунсил",
            # "哈克尼议会") cannot be found: finding nothing there is no evidence (probe 29, F1).
            # Latin-script languages (Polish, Spanish, Turkish...) write the names as English
            # does ("w Hackney Council"), so they are still examined; a Latin name inside
            # another script is still found (status set above, so not declared unread).
            not_analysed.append(("organisation", ("organisation",)))
        disclaimer = self._disclaimer(fold(words), lang, clean) if bio and "disclaimer" not in self.disabled else None
        if disclaimer is not None and disclaimer.matched and not words.isascii():
            disclaimer = replace(disclaimer, matched=tuple(unfold(words, m) for m in disclaimer.matched))
        return TextReport(
            text=text,
            words=words,
            offensive=offensive,
            offence=offence,
            confidential=confidential,
            organisation=organisation,
            disclaimer=disclaimer,
            profanity=score,
            organisations=tuple(orgs),
            language=lang,
            not_analysed=tuple((a, tuple(c for c in cats if c not in self.disabled)) for a, cats in not_analysed),
        )

    def _disclaimer(self, words: str, lang: Language = ENGLISH_BY_DEFAULT, clean: str = "") -> Disclaimer:
        return disclaimer(words, lang, clean, self._known_names)

    def _offensive(self, clean: str, words: str, masked: str, score: float | None, may: Any = _ALL_GATED,
                   lists: dict[str, re.Pattern[str]] = _GATED, model: dict[str, float] | None = None) -> Verdict:
        d = self.disabled
        hits: list[Hit] = []
        loose: list[Hit] = []
        set_aside: list[Hit] = []  # (textfalse39) older discriminatory claims named to be rejected
        held: list[Hit] = []  # (textfail39) strict claims held up to be rejected with no clear rejection: review at most
        played: list[Hit] = []  # (textfail39) strict threat forms in an everyday frame with no word of harm: review at most
        countered = False  # (textcounter38) a stop-38 form named to be rejected: a counter-speech voice for the model's heads
        said: dict[str, bool] = {}

        def rejected_once(phrase: str) -> bool:
            """text_counter's reading of one claim, once per distinct phrase in the post (a long post repeats them)."""
            if phrase not in said:
                said[phrase] = counter_rejected(clean, phrase)
            return said[phrase]

        def find(name: str, category: str) -> list[Hit]:
            return [Hit(category, m.group(0)) for m in lists[name].finditer(masked)] if name in may and name in lists else []

        if "threat" not in d:
            hits += [h for h in find("threat", "threat") if not _sports_boast(masked, h)]
            if hits and lists is _GATED:
                # (textfail39) "we'll be waiting for you with a warm cuppa when you check in", "watch your back in the
                # chess club tournament": one strict form in a sentence with an everyday frame and no word of harm or
                # menace anywhere else in the post asks for a look (review), never a fail and never nothing
                played = _everyday_strict_threat(clean, masked, hits)
                if played:
                    hits = [h for h in hits if h not in played]
                    loose += played
            if not hits:
                raw = [h for h in find("threat_loose", "threat") if not _sports_boast(masked, h) and not _stop40_everyday(masked, h.phrase)]
                if raw:
                    # (textfalse39) a stop-38 form's hit in an everyday frame, or a helping offer, with no word of harm
                    # in the post (_EVERYDAY_FRAME, _HELPING): read once per post, not once per hit
                    harmless = not _EVERYDAY_HARM.search(masked)
                    everyday = {m.group(0) for m in _THREAT_38.finditer(masked)
                                if not _aimed_at_someone(m.group(0), masked)} if harmless and _EVERYDAY_FRAME.search(masked) else set()
                    raw = [h for h in raw if h.phrase not in everyday and not (harmless and _helping_offer(h.phrase))]
                loose += raw
            if not hits and lists is _GATED:
                # (review37) A threat phrase inside an everyday shape ("I'll ask him the next time I see him") is
                # blanked from ``masked``; it still asks for a look (review), never a silent pass: a threat told
                # after the shape without a word of harm ("..., with interest") is not for a word list to clear.
                shapes = [m.span() for m in _THREAT_SHAPE.finditer(words)]
                if shapes:
                    loose += [Hit("threat", m.group(0)) for m in lists["threat"].finditer(words)
                              if any(m.start() < b and a < m.end() for a, b in shapes)]
            if not hits and not loose and lists is _GATED:
                # Target + harm + menace in one post (text_frames): review only, never fail.
                # Context for the frame: a professional voice, quotation marks, or someone
                # telling what was said to them (not every "heard" or "saying").
                context = bool(_PRO.search(words) or REPORTED.search(_OWN_VOICE.sub(" ", words)) or _quoted(clean))
                loose += threat_frame(masked, context=context, clean=clean) or veiled_threat(clean) or implied_threat(clean)
        if "discriminatory" not in d:
            hits += find("slur", "discriminatory")
            claims = find("discrim", "discriminatory")
            if claims and lists is _GATED and (_PRO.search(words) or _reporting_words(words) or _quoted(clean) or COUNTER_SPEECH.search(words)):
                # (textfalse39) an older discriminatory claim in a quoting or reporting voice (review, never fail, as the
                # verdict below reads it) named to be rejected — "sick of hearing that women can't drive, my mum's had
                # no points in 40 years", "'women belong in the kitchen' is not banter, it's sexism" — is not the
                # writer's claim: the same reading as the stop-38 forms' (text_counter), one place for counter-speech.
                # A slur is never cleared, and a claim the post takes back or adds abuse to stays.
                kept = [h for h in claims if not rejected_once(h.phrase)]
                set_aside = [h for h in claims if h not in kept]
                claims = kept
            elif claims and lists is _GATED:
                # (textfail39) with no quoting voice, a strict claim the post holds up to reject it ("anyone who says
                # disabled people are a burden should spend a day with my brother", "why do people still believe X? it's
                # a lie") is review at most, and cleared only by text_counter's clear rejection (the one place for it)
                up = {p: counter_held_up(clean, p) for p in {h.phrase for h in claims}}  # once per distinct claim
                held = [h for h in claims if up[h.phrase]]
                set_aside = [h for h in held if rejected_once(h.phrase)]
                held = [h for h in held if h not in set_aside]
                claims = [h for h in claims if h not in set_aside]
            hits += claims
            if not any(h.category == "discriminatory" for h in hits):
                # (textcounter38) a stop-38 form named in the post to be rejected ("the great replacement isn't a theory,
                # it's a racist conspiracy myth", "someone shouted 'this isn't your country' at my colleague") is not
                # the writer's claim: that loose hit goes; anything else in the post is read as before
                # (textfalse39: and an older loose form's hit the same way; review only, so no fail becomes a pass)
                for dh in find("discrim_loose", "discriminatory"):
                    if lists is _GATED and rejected_once(dh.phrase):
                        countered = True
                    else:
                        loose.append(dh)
                if lists is _GATED and not any(h.category == "discriminatory" for h in loose):
                    # A group beside a dehumanising, expelling or criminalising predicate
                    # (text_group): review only; a professional or reporting voice needs more.
                    context = bool(_PRO.search(words) or REPORTED.search(_OWN_VOICE.sub(" ", words)) or _quoted(clean))
                    # (textfalse39) a claim set aside as named to be rejected is not read again by the group readers
                    g_masked, g_clean = masked, clean
                    if set_aside:
                        g_masked = _without_phrases(masked, [h.phrase for h in set_aside])
                        g_clean = _without_phrases(clean, [h.phrase for h in set_aside])
                    loose += (group_attack(g_masked, g_clean, context=context) or group_generalisation(g_clean) or group_insinuation(g_clean)
                              or eaten_pets_trope(clean) or ([] if _ECHO_NOT.search(clean) else [Hit("discriminatory", m.group(0)) for m in _ECHO.finditer(clean)]))
        self_aimed = False
        if "insult" not in d:
            # Insults the writer aims at themself ("I'm a useless idiot") are read out first;
            # only an insult left standing (or anyone else named in the post) counts.
            addressed = _REPLY_TO.sub("", masked)  # a reply's leading @mentions address someone; they aim nothing
            own, i_masked = [], masked
            if not _OTHER_TARGET.search(addressed):
                own = [m.group(0) for m in _SELF_DEPRECATING.finditer(masked)]
                i_masked = _SELF_DEPRECATING.sub(" ; ", masked) if own else masked
                opened = [m.group("own") for m in _SELF_OPENER.finditer(clean)]  # "Such an idiot, locked myself out"
                if opened:
                    own += opened
                    i_masked = _without_phrases(i_masked, opened)
            if own and _NAMED_TARGET.search(i_masked):  # "I'm a useless idiot and so is my boss"
                own, i_masked = [], masked
            self_aimed = bool(own)
            i_clean = _without_phrases(clean, own) if own else clean
            if "insult" in may and "insult" in lists:
                hits += [Hit("insult", m.group(0)) for m in lists["insult"].finditer(i_masked)]
            if lists is _GATED and not any(h.category == "insult" for h in hits):
                loose += (described_insult(i_clean) or contempt_insult(i_clean) or scorn_insult(i_clean)  # "my flatmate is a disgusting slob": review only
                          or [Hit("insult", m.group(0)) for m in _INSULT_LOOSE.finditer(i_masked)])
        strong = False
        if "obscene" not in d:
            s_hits = find("obscene_strong", "obscene")
            strong = bool(s_hits)
            hits += s_hits + find("obscene_mild", "obscene")
            if not hits and lists is _GATED:
                loose += sexual_remark(clean) or ([] if _ADULT_PROMO_NOT.search(clean) else [Hit("obscene", m.group(0)) for m in _ADULT_PROMO.finditer(clean)])  # review only
        if set_aside:
            # (textfalse39) the claim was named to be rejected only if the post adds no abuse of its own ("stop saying
            # muslims are terrorists, they're worse, they're vermin"): with any other hit, the claim is read as before
            if any(h.category != "discriminatory" for h in hits + loose) or any(h.category == "discriminatory" for h in loose):
                hits += set_aside
            else:
                countered = True
        if lists is _GATED and (hits or loose) and _QUOTES.search(clean) \
                and counter_reported_abuse(clean, [h.phrase for h in hits + loose]):
            # (textrules40) every match inside a quotation the post received or passed on and reports or condemns
            # ("got called a \"f*ggot\" on the bus ... reported it to TfL"): counter-speech, read by text_counter; the
            # model's heads still look, with the surer score a reporting voice needs
            hits, loose, held = [], [], []
            countered = True
        cats = {h.category for h in hits}
        notes: list[str] = []
        model = model or {}
        if model:
            notes.append("offence model: " + ", ".join(f"{h} {v:.2f}" for h, v in model.items() if h in _HEAD_CATEGORY))
        if not hits and not loose and not self._model_heads(model):
            return NOTHING
        if _denied(masked, hits + loose):
            return NOTHING  # "I don't think women are inferior": the attack matched is the one denied
        professional = bool(_PRO.search(words))
        reporting = bool(_reporting_words(words) or _quoted(clean) or COUNTER_SPEECH.search(words))
        if not hits:
            if loose and _AFFECTION.search(words) and not _LOVE_BUT.search(words) and self._teasing(words, loose, model):
                return NOTHING  # (textrules40) "sis you're a daft cow and I love you. happy birthday!"
            if loose:
                notes.append("looser pattern: words of harm or prejudice near each other")
                sev = "high" if any(h.category == "threat" for h in loose) else "medium"
                return Verdict("review", "low" if (score or 0) < 0.5 else "medium", sev, tuple(loose), tuple(notes))
            # A model over-flags identity words (a known bias of such models): its general head
            # needs a surer score when identity words or a professional voice are present.
            identity = bool(_IDENTITY.search(masked))
            if self_aimed or _SELF_DEPRECATING.search(masked):
                return NOTHING  # "I felt like such an idiot": about oneself, not abuse
            # Praise of a group, or everyday safety advice with its reason ("lock your car tonight,
            # there's been break-ins"): the model over-flags both, so both need its surest score.
            praise = identity and bool(_PRAISE.search(words)) and not _PRAISE_UNDONE.search(words) and not _PRAISE_UNDONE.search(clean)
            if praise and _FESTIVE_UNDONE.search(words) and not _PRAISE.search(_FESTIVE.sub(" ", words)):
                praise = False  # (review40a) a festive greeting with an order or charge after it is no kind voice
            kind_voice = praise or _safety_advice(words)
            heads = self._model_heads(model, context=professional or reporting or countered, identity=identity, kind_voice=kind_voice,
                                      greeting=_greeting(words) or _recovery_news(words), played=_played_frame(masked))
            if "classifier" not in d and heads:
                # A model alone never fails a post: it makes it worth a person's look.
                phrases = []
                for h in heads:
                    phrases.append(Hit(_HEAD_CATEGORY[h], f"{_HEAD_NAME[h]} score {model[h]:.2f}"))
                cats = {p.category for p in phrases}
                sev = "high" if "threat" in cats else "medium" if "discriminatory" in cats else "low"
                return Verdict("review", "medium" if heads else "low", sev, tuple(phrases), tuple(notes))
            return NOTHING
        loose_threat = [h for h in loose if h.category == "threat"] if "threat" not in cats else []
        if loose_threat:
            # A veiled threat beside swearing or an insult: the threat is named, and the post
            # is at least review (the loose parts never make it fail).
            notes.append("looser pattern: words of harm or menace near each other")
            hits = hits + loose_threat
        if professional:
            notes.append("professional or supportive voice")
        if reporting:
            notes.append("reports or quotes someone else's words")
        context = professional or reporting
        # Worst category first.
        if "threat" in cats:
            if context:
                return Verdict("review", "medium", "high", tuple(hits), tuple(notes))
            return Verdict("fail", "high", "high", tuple(hits), tuple(notes))
        if "discriminatory" in cats:
            # (textfail39) every discriminatory hit a strict claim held up to be rejected, and nothing else in the post
            only_held = bool(held) and all(h in held for h in hits) and not loose
            if only_held:
                notes.append("a claim held up to be rejected")
            if context or only_held:
                return Verdict("review", "medium", "high", tuple(hits), tuple(notes))
            return Verdict("fail", "high" if (score or 0) >= 0.5 else "medium", "high", tuple(hits), tuple(notes))
        if "insult" in cats:
            sure = (score or 0) >= 0.5 or strong
            # (review38) love softens banter ("such an idiot ... love you babe"), not a strong word of abuse, a sexual
            # slur or a "love you but ..." ("you're a thick useless cunt, love you x" still fails)
            banter = (bool(_AFFECTION.search(words)) and not strong and not _LOVE_BUT.search(words)
                      and not any(h.category == "insult" and _SEXUAL_SLUR.search(h.phrase) for h in hits))
            if banter and not loose_threat and cats == {"insult"} and self._teasing(words, hits, model):
                return NOTHING  # (textrules40) "an absolute idiot and I love him, happy birthday you muppet": a friend's teasing
            if context or not sure or banter:
                return Verdict("review", "medium", "high" if loose_threat else "medium", tuple(hits), tuple(notes))
            return Verdict("fail", "medium", "high", tuple(hits), tuple(notes))
        # obscene only (or with a veiled threat: severity high, still review)
        if strong or loose_threat:
            return Verdict("review", "medium", "high" if loose_threat else "medium", tuple(hits), tuple(notes))
        return Verdict("review", "low", "low", tuple(hits), tuple(notes))

    def _teasing(self, words: str, hits: list[Hit], model: dict[str, float]) -> bool:
        """(textrules40) A birthday or season's wish whose only abuse is mild teasing words ("you muppet", "an absolute
        idiot", "a daft cow"), no model head sure of more even in a reporting voice: the caller has found love in it too."""
        return (_greeting(words) and all(h.category == "insult" and _TEASE.search(h.phrase.split(": ", 1)[-1].strip()) for h in hits)
                and not self._model_heads(model, context=True))

    def _model_heads(self, model: dict[str, float], *, context: bool = False, identity: bool = False, kind_voice: bool = False,
                     greeting: bool = False, played: bool = False) -> list[str]:
        """The offence model's heads whose score alone makes the post worth review. A professional
        or reporting voice (quoting abuse to condemn it) needs a surer score, and so does the
        general head on a post naming a group (such models over-flag identity words). A kind voice —
        praise of a group with nothing taking it back ("Muslim women are so inspiring"), or safety
        advice with its reason — needs the surest. (A friendly-reply guard for the offensive and threat
        heads was measured at stop 31 and not shipped: bench/README-text.md, "stop 31 textfp31".) A seasonal
        greeting ("from our house to yours") is never a threat by the threat head's score alone."""
        out = []
        for h, v in model.items():
            if _HEAD_CATEGORY.get(h) in self.disabled or h not in _HEAD_CATEGORY or (greeting and h == "threat"):
                continue
            thr = self.model_thresholds.get(h, 0.9)
            if h == "offensive" and self.options.classifier_threshold is not None:
                thr = self.options.classifier_threshold
            if kind_voice:
                thr += 3 * (1 - thr) / 4
            elif context or (identity and h == "offensive") or (played and h == "threat"):
                # (textfalse39) a game, a match or a day out with no word of harm (_played_frame): the threat head's
                # "destroy you at mario kart", "a sunset you won't forget" need its surer score
                thr += (1 - thr) / 2
            if v >= thr:
                out.append(h)
        return out

    def _post_head(self, area: str, model: dict[str, float], masked: str, words: str, clean: str) -> Verdict:
        """A post head of the model (possible offence, confidential work material; trained on
        selfaudit's own post sets) over its threshold, when the rules found nothing in its area:
        review only, never fail, and only in its own area."""
        score = model.get(area)
        thr = self.model_thresholds.get(area, 1.1)
        # A head cannot tell its categories apart (drink from drugs): with any of them switched
        # off it would still flag what the person asked not to be looked for, so it is off too.
        if score is None or score < thr or set(_POST_HEAD_SWITCH[area]) & self.disabled:
            return NOTHING
        if area == "offence":
            if _OFFENCE_PRO.search(masked) and not _FIRST_PERSON.search(masked):
                return NOTHING  # about the subject (prevention, training, news), as the rules read it
            if (_HARMED.search(masked) and not _RETALIATED.search(masked)) or _excuse_explains(masked) or _FOUND_SOMEONE.search(masked):
                # the writer as the one harmed ("someone keyed my car"), a lawful reason ("my card
                # declined"), someone else found in that state: no confession the model could see. Not
                # when the writer then does a harm in turn ("someone nicked my phone so I nicked
                # someone else's": red team 19, the victim who then offends).
                return NOTHING
            # News, quotes, a professional or prevention voice ("designated driver") talk about
            # offences without confessing one: such a post needs a surer score (as the offensive head does).
            if POST_HEAD_CONTEXT and (_PRO.search(words) or _reporting_words(words) or _quoted(clean) or _OFFENCE_PRO.search(masked)) \
                    and score < thr + (1 - thr) / 2:
                return NOTHING
        return Verdict("review", "low", "low", (Hit(f"{area}_model", f"{_POST_HEAD_NAME[area]} score {score:.2f}"),),
                       ("the model trained on posts of this kind scores it so: worth a look",))

    def _offence(self, masked: str, may: Any = _ALL_GATED, clean: str = "") -> Verdict:
        hits = []
        # A match inside the writer's account of being harmed ("my bike was nicked from the
        # station") is the victim's word, not a confession.
        harmed = [m.span() for m in _HARMED.finditer(masked)]
        for cat, rx in _OFFENCE.items():
            if cat in self.disabled or f"offence_{cat}" not in may:
                continue
            hits += [Hit(cat, m.group(0).strip()) for m in rx.finditer(masked)
                     if not any(a < m.end() and m.start() < b for a, b in harmed)]
        placed = [sp for sp in (_hit_span(masked, x) for x in hits) if sp]
        hits += [h for h in _in_turn(masked) if h.category not in self.disabled
                 and not any(a < sp[1] and sp[0] < b for sp in [_hit_span(masked, h) or (0, 0)] for a, b in placed)]
        hits = [h for h in _lost_a_game(masked, hits) if not _other_sense(masked, clean, h)]
        hits = _others_or_excused(masked, hits, clean)
        if not hits and clean and not _OFFENCE_PRO.search(masked):
            # The writer as the actor of an offence act in one sentence (text_disclosure): review.
            own = own_offence(clean, self.disabled) or [
                h for f in (driving_with, drug_buying, own_fight, public_disorder) for h in f(clean) if h.category not in self.disabled][:1]
            own = _others_or_excused(masked, [h for h in _lost_a_game(masked, own) if not _other_sense(masked, clean, h)], clean)
            if own:
                return Verdict("review", "low", "medium", tuple(own), ("you describe doing it yourself, in everyday words: worth a look",))
        if not hits:
            if not _FIRST_PERSON.search(masked) or _OFFENCE_PRO.search(masked):
                return NOTHING
            weak = _others_or_excused(masked, [
                Hit(cat, m.group(0).strip())
                for cat, rx in _OFFENCE_WEAK.items()
                if cat not in self.disabled and f"weak_{cat}" in may
                # (the writer stopping others' fight, "had to separate two Year 9s fighting": red team 20;
                # a game, a combat sport or a fight with a thing: stop 34, the real export samples)
                and not (cat == "violence" and peacemaker(masked))
                for m in rx.finditer(masked)
                # (... unless the word is aimed at a person: "ended up punching him": review 34)
                if not (cat == "violence" and _PLAYED.search(masked) and not _AT_PERSON.match(masked, m.end()))
                if not any(a < m.end() and m.start() < b for a, b in harmed)  # the victim's word, as above
            ], clean)
            if not weak:
                return NOTHING
            return Verdict("review", "low", "low", tuple(weak), ("a single word that often means this; about you, so worth a look",))
        notes: list[str] = []
        if _OFFENCE_PRO.search(masked):
            if not _writer_acts(masked, clean):
                return NOTHING  # about the subject (prevention, training, news), not the person
            notes.append("also reads as professional or prevention talk")
            return Verdict("review", "low", "medium", tuple(hits), tuple(notes))
        return Verdict("review", "medium", "medium", tuple(hits), tuple(notes))

    def _offence_foreign(self, masked: str) -> Verdict:
        hits = [Hit(cat, m.group(0).strip()) for cat in _FOREIGN_OFFENCE if cat not in self.disabled
                for m in _FOREIGN[f"offence_{cat}"].finditer(masked)]
        if not hits:
            return NOTHING
        return Verdict("review", "medium", "medium", tuple(hits), ())

    def _confidential(self, clean: str, words: str, english: bool = True) -> Verdict:
        return confidential(clean, words, disabled=self.disabled, orgs=self._orgs, places=self._places, english=english)

    def _org_hits(self, clean: str, words: str | None = None) -> list[tuple[str, re.Match[str]]]:
        if "organisation" in self.disabled:
            return []
        if self._org_gate is not None and words is not None and not any(w in words for w in self._org_gate):
            return []
        if self._org_rx is not None:
            # every alternative of the combined pattern is a named group: lastgroup is never None
            return [(self._org_names[m.lastgroup or ""], m) for m in self._org_rx.finditer(clean)]
        return [(name, m) for name, pats in self._orgs.items() for rx in pats for m in rx.finditer(clean)]

    def _handle_hits(self, clean: str) -> list[tuple[str, str]]:
        """(organisation, @mention or hashtag) for the organisation's account or tag written as one
        word ("@hackneycouncil", "@HackneyCouncil", "#ELFT_NHS"), which the phrase patterns miss."""
        out = []
        for m in _RUN_TOGETHER.finditer(clean):
            tok = m.group(0).lower()
            flat, parts = tok.lstrip("@").replace("_", ""), tok.lstrip("@").split("_")
            mention = tok.startswith("@")
            for name, (full, short) in self._org_handles.items():
                # a name run together is the name wherever it is; an abbreviation only as a handle
                if any(f in flat for f in full) or (mention and any(a == flat or a in parts for a in short)):
                    out.append((name, m.group(0)))
        return out

    def _disguised_org_hits(self, clean: str) -> list[tuple[str, str, int]]:
        """(organisation, the writer's spelling, where) for a name in digits, symbols or spaced
        letters ("Hackney C0uncil", "CH5CB", "H a c k n e y"): matched on a reading of the text."""
        if "organisation" in self.disabled or not self._orgs:
            return []
        out = []
        for form, index in name_readings(clean):
            low = form.lower()
            found = [(n, m.start(), m.end()) for n, m in self._org_hits(form, low)]
            found += [(n, form.find(h), form.find(h) + len(h)) for n, h in self._handle_hits(form)]
            for name, a, b in found:
                if b > a:
                    out.append((name, clean[index[a] : index[b - 1] + 1], index[a]))
        return out

    def _organisations(self, clean: str, words: str | None = None) -> list[str]:
        hits = [name for name, _ in self._org_hits(clean, words)] + [name for name, _ in self._handle_hits(clean)]
        hits += [name for name, _, _ in self._disguised_org_hits(clean)]
        return list(dict.fromkeys(hits))

    def _organisation(self, clean: str, words: str, orgs: list[str], bio: bool) -> Verdict:
        if not orgs:
            return NOTHING
        hits = []
        speaks = False
        for _, m in self._org_hits(clean, words):
            hits.append(Hit("organisation", m.group(0)))
            if _SPEAK_FOR.search(clean[max(0, m.start() - 60) : m.start()]):
                speaks = True
        hits += [Hit("organisation", h) for _, h in self._handle_hits(clean) if not any(x.phrase.lower() in h.lower() for x in hits)]
        for _, phrase, at in self._disguised_org_hits(clean):
            if not any(x.phrase.lower() in phrase.lower() for x in hits):
                hits.append(Hit("organisation", phrase))
                speaks = speaks or bool(_SPEAK_FOR.search(clean[max(0, at - 60) : at]))
        if bio:
            # Naming the employer in a bio is normal; it matters for the disclaimer instead.
            return Verdict(None, "high", None, tuple(hits), ("names the organisation in the profile",))
        if speaks:
            return Verdict("review", "medium", "medium", tuple(hits), ("reads as speaking for the organisation",))
        if _OPINION.search(words):
            return Verdict("review", "medium", "low", tuple(hits), ("names the organisation next to an opinion",))
        return Verdict("review", "low", "low", tuple(hits), ("names the organisation",))


# The offence model's heads (text_model.HEADS) and the category each one flags.
_HEAD_CATEGORY = {"threat": "threat", "identity": "discriminatory", "offensive": "classifier"}
_HEAD_NAME = {"threat": "threat model", "identity": "identity-attack model", "offensive": "offence model"}
# The post heads (possible offence, confidential): the categories any of which switched off
# switches the head off, and its name in a finding.
_POST_HEAD_SWITCH = {"offence": OFFENCE_CATEGORIES, "confidential": ("practice", "work_material")}
POST_HEAD_CONTEXT = True  # the surer score in a reporting or professional voice (bench/dev/textdata4_folds.py measures both)
_POST_HEAD_NAME = {"offence": "possible-offence model", "confidential": "confidential-material model"}
# The categories only a model gives (the offensive head's, the post heads' "<area>_model").
MODEL_CATEGORIES = frozenset({_HEAD_CATEGORY["offensive"], *(f"{a}_model" for a in _POST_HEAD_NAME)})
_MODEL_HIT = re.compile("^(?:" + "|".join(re.escape(n) for n in (*_HEAD_NAME.values(), *_POST_HEAD_NAME.values())) + r") score \d")


def is_model_hit(hit: Hit) -> bool:
    """Whether a model's score raised this hit (no word list or rule): a category only a model gives, or a head's hit
    under a rule's category ("threat model score 0.78")."""
    return hit.category in MODEL_CATEGORIES or bool(_MODEL_HIT.match(hit.phrase))
# A game or a score after "got smashed", "hammered", "beat my brother": the writer won or lost
# ("got smashed at darts by my 11 year old", "got hammered 5-0 in sunday league", "beat my brother
# at fifa 5-0"), not drunk or violent (stop 27). Never an act on a person outside a game ("battered
# him at the match"), and not when the post names drink ("got hammered at the quiz, 14 pints").
_GAMES = (r"(?:darts|pool|snooker|fifa|chess|scrabble|monopoly|cards|poker|bingo|pub quiz|quiz|football|footy|tennis|squash|badminton|bowling|golf|mario kart|"
          r"fortnite|ps5|xbox|uno|table tennis|ping pong|sunday league|league|final|semi final|semis|picture round|music round|round|tournament|rounders|netball|"
          r"five a side|5 a side)")
_SCORE = r"(?:\d{1,2} (?:\d{1,2}|nil)\b)"
_LOST_A_GAME = re.compile(
    rf"\b(?:(?:got|get|gets|getting|were|was|been|being) (?:\w+ )?(?:smashed|hammered|battered|destroyed|thrashed|beaten|leathered|annihilated|murdered|pasted|trounced)|"
    rf"(?:smashed|hammered|battered|leathered|destroyed|thrashed|beat|annihilated|pasted|trounced) (?:my|our|the|us|them|everyone|him|her)(?: \w+)?)"
    rf"(?: \w+){{0,5}} (?:(?:at|in) (?:the )?{_GAMES}\b|{_SCORE})")  # {0,5}: "got battered today, absolutely destroyed 4-0" (stop 31)
_DRINK_NAMED = re.compile(r"\b(?:pints?|drinks|wine|beers?|shots|prosecco|vodka|gin|cider|jaegers?|jagerbombs?|bottles?|cans|tequila|rum)\b")


# A player or a team promised to beat "them" at a game ("he's going to destroy them on saturday" of a
# striker; "we're gonna batter them in the derby"): sports talk, not a threat (set 33's trap post, stop 33).
# The game must follow "them" ("in the final", "on saturday" with a player or a fixture named in the post),
# and nothing may say it is harm: never the writer ("I'm really going to batter them"), kill / murder, "for
# what they did", "after the match", "outside the ground", "when they come out", "tonight", "this is war".
_SPORT_NAMED = re.compile(r"\b(?:striker|goals?|keeper|goalie|midfield\w*|defenders?|squad|kick ?off|league|derby|final|fixture|"
                          r"innings|wickets?|batting|bowling|scrum|netball|hockey|rugby|cricket|football|footy|come on you)\b")
_SPORT_BOAST = re.compile(r"(?:going to|gonna|will|ll) (?:smash|batter|beat|destroy|bury) them$")
_SPORT_AFTER = re.compile(r" (?:(?:in|at) (?:the )?(?:final|semi ?finals?|semis|derby|cup|match|game|league|tournament|playoffs?|replay|quiz|"
                          r"(?:first|second) half|(?:first|second) leg|next round|rematch)\b|"
                          r"on (?:saturday|sunday|monday|tuesday|wednesday|thursday|friday|the day)\b)")
# (review38, set 36's trap: "i'm gonna batter you at padel") a boast to beat "you" at a game named right after it
# ("at padel", "at the pub quiz", "in the final"): play, not a threat. Only the verbs of winning, never stab / kill /
# hurt; never a place ("at the bus stop", "at school", "at your house") and never a post with a word of harm in it.
_BOAST_GAMES = (r"(?:padel|pickleball|racketball|crazy golf|mini golf|bowls|cribbage|dominoes|backgammon|connect 4|pictionary|"
                r"trivial pursuit|rocket league|warzone|cod|call of duty|tekken|smash bros|table football|air hockey|laser tag|"
                r"cricket|rugby|hockey|basketball|volleyball|bridge|" + _GAMES[3:])
_BOAST_YOU = re.compile(r"\b(?:gonna|going to|will|ill|i ll|well|we ll|ll|ima|imma) (?:absolutely |totally |so )?(?:smash|batter|beat|destroy|bury|thrash|hammer|whoop|"
                        r"annihilate|thump|wipe the floor with|trounce|crush|leather|pummel) (?:you|u|ya|yous|youse)(?: lot| all| two| guys)?"
                        rf" (?:at|in) (?:the |a |this |next |our )?(?:\w+ )?{_BOAST_GAMES}\b")
_BOAST_HARM = re.compile(r"\b(?:for what|what (?:you|they) did|after the (?:match|game)|outside|when (?:you|they) (?:come|get|walk|leave)|this is war|"
                         r"hurt|jumped|pub(?! quiz)|isnt a game|not a game|real life|irl|meet (?:at|me)|knives?|knife|bats|tooled|stab\w*|"
                         r"kill\w*|blood|hospital|find (?:you|u)|your house|ur house|you live|watch your back)\b")
_NOT_SPORT = re.compile(r"\b(?:i|im|i m|ill|i ll|i am|me|myself)\b|"
                        r"\b(?:for what|what they did|after the (?:match|game)|outside|when they (?:come|get|walk)|tonight|this is war|"
                        r"hurt|jumped|pub|isnt a game|not a game|meet at|knives?|knife|bats|tooled)\b")


# Drug words that are also names, feelings, places and food (stop 34, the real export samples):
# "Charlie is coming round for tea", "pure ecstasy", "the best burger joint", "mushrooms on toast".
_DRUG_NAMES = ("charlie", "molly", "mandy")
_GREETED = (r"(?i:\b(?:happy (?:birthday|bday|anniversary|retirement)|congrats|congratulations|well done|thank you|thanks|cheers|love you|miss you|"
            r"hi|hey|hiya|welcome|good luck|get well soon|proud of you|go on) ){name}\b|\b{name}['’]s\b|\b{name} (?:is|turns|turned) \d")
_TAKEN_TOO = re.compile(r"\b(?:took|taken|dropped|had) (?:it|her)\b|\bkick(?:ing|ed|s) in\b|\bsorting (?:me|us) out\b|💊")
_FEELING = re.compile(r"\b(?:pure|sheer|absolute|utter|total|such|of|in|with) ecstasy\b")
_PLACE_JOINT = re.compile(r"\b(?:burger|pizza|chicken|curry|kebab|taco|noodle|ramen|bbq|barbecue|steak|breakfast|brunch|coffee|"
                          r"chip|chippy|fast food|food|diner|mall|dive|seafood|wing|rib|sushi|juke|clip) joint\b|"
                          r"\bjoint (?:account|venture|effort|birthday|party|custody|statement|winners?|first|second|third|pain|replacement|"
                          r"injection|problems?|hypermobility|session|meeting|bid|project|decision|names?|mortgage|tenancy|honours)\b|"
                          r"\b(?:knee|hip|elbow|ankle|shoulder|wrist|finger|toe|jaw|sore|stiff|achy|aching) joints?\b|\bmy joints\b")  # ("my joint" alone is the writer's: review 34)
_TRIP = re.compile(r"\b(?:magic|trip\w*|high|buzzing|psychedelic|hallucinat\w*|visuals|festival|rave|shrooms|microdos\w*|dose\w*)\b")
# ... and the drug's use beside the word, which a name or a meal does not have (review 34: "Molly and I
# took half each at the festival", "Charlie sorted me out, got a gram", "mushrooms tea, so out of it").
_TAKEN = re.compile(r"\b(?:(?:took|take|taking|taken|dropped|dropping|did|done|had) (?:half|a half|halves|some|a bit|too much|a cap|a pill|a tab)|half each|halves|gram|grams|a g|line|lines|bump|bumps|key|baggie|bag of|"
                    r"pills?|tabs?|tablets?|caps|bombed|rolling|gurning|coming up|come up|sorted (?:me|us) out|plug|dealer|sniff\w*|snort\w*|wired|"
                    r"out of it|off (?:my|our|me|his|her|their) (?:face|head|nut|tits|box|trolley)|mashed|wavy|munted|spangled)\b")
_FOOD_OR_FIELD = re.compile(r"\b(?:toast|soup|risotto|pasta|pizza|fried|fry|garlic|stuffed|button|chestnut|portobello|omelette|pie|sauce|"
                            r"stroganoff|recipe|cook\w*|dinner|tea|breakfast|lunch|brunch|veg\w*|salad|steak|onions?|picked|picking|"
                            r"forag\w*|wild|grow\w*|grew|field|woods?|forest|path|garden|lawn|fungi|fungus|spotted|identify\w*)\b")


# A single word of violence in a game, a film, a combat sport or a fight with a thing: "fighting a
# mob in Minecraft", "my punches are getting better at boxing", "my fight with the boiler".
_PLAYED = re.compile(r"\b(?:minecraft|fortnite|roblox|xbox|playstation|ps5|nintendo|switch game|video ?games?|computer games?|board games?|"
                     r"anime|manga|cartoon|film|movie|episode|boxing|sparring|spar|kickboxing|karate|judo|taekwondo|jiu jitsu|bjj|mma|"
                     r"martial arts|boxercise|punch ?bag|pads)\b|"
                     r"\bfight(?:s|ing)? (?:with|against) (?:the|my|our) (?:boiler|thermostat|printer|computer|laptop|wifi|router|heating|"
                     r"cold|flu|virus|alarm|duvet|washing machine|dishwasher|sat ?nav|app|website|spreadsheet|weeds|ivy|slugs|hoover|ironing)\b")


# The weak word of violence aimed at a person (review 34): the game's or the film's words do not excuse it.
# (the family in the words of P.FAMILY, the one list every rule uses for it, and the others a blow may hit)
_AT_PERSON = re.compile(r" (?:him|her|them|(?:my|his|her|our|their|some|a|this|that|the) (?:little |own |youngest |eldest )?"
                        rf"(?:{P.FAMILY}|ex|boyfriend|girlfriend|mate|lad|bloke|guy|man|woman|neighbour|pupil|student))\b")


def _other_sense(masked: str, clean: str, h: Hit) -> bool:
    """``h`` is a drug or drink word in its everyday sense: a person's name written as one, a
    feeling, a restaurant or a body's joint, mushrooms cooked or found on a walk, school forgotten."""
    word = h.phrase.removeprefix("own act: ").strip()
    if h.category == "alcohol" and word == "cant remember anything":
        return bool(re.search(r"\bcant remember anything" + P.FORGOTTEN_LONG_AGO, masked))
    if h.category != "drugs":
        return False
    if word in _DRUG_NAMES:  # written as a name every time ("Charlie"), never as "charlie"
        name = word.capitalize()
        if not re.search(rf"\b{name}\b", clean) or re.search(rf"\b{word}\b", clean) or _TAKEN.search(masked):
            return False
        # a person greeted or owning something ("Happy birthday Molly! see you at the festival", "Molly's mum";
        # stop 35) is a person even where a festival or a rave is named
        # (review35) ... unless the post says it was taken: "Cheers Molly ... took it at 10", "sorting us out 💊"
        return not _TRIP.search(masked) or (bool(re.search(_GREETED.format(name=name), clean)) and not _TAKEN_TOO.search(clean))
    if word == "ecstasy":
        return bool(_FEELING.search(masked)) and not _TRIP.search(masked) and not _TAKEN.search(masked)
    if word in ("joint", "joints"):
        return bool(_PLACE_JOINT.search(masked))
    if word == "mushrooms":  # food or a walk's find, unless the post speaks of a trip
        return bool(_FOOD_OR_FIELD.search(masked)) and not _TRIP.search(masked) and not _TAKEN.search(masked)
    return False


# (textfalse39) The stop-38 veiled-threat forms ("a welcome you'll never forget", "we'll see who's laughing after",
# "wants following home", "i'm waiting for him after ...") are also the words of hospitality, a day out, a contest of
# cakes or tans, a pet or a route: such a frame in the post, and no word of harm anywhere in it, leaves that hit.
_EVERYDAY_FRAME = re.compile(
    r"\b(?:b ?(?:and|n) ?b|bnb|bed and breakfast|guest ?house|hotel|cottage|caravan|glamping|campsite|spa|cafe|restaurant|bistro|venue|"
    r"menu|book now|book (?:your|a|today|early)|bookings?|rooms? from|tapas|roast|breakfast|brunch|afternoon tea|meal|dinner|cake|cakes|"
    r"bake sale|cuppa|mulled wine|cinema|holiday|holidays|tan|wedding|speeches|birthday|surprise|christening|seaside|beach|the sea|sunset|"
    r"sunrise|views?|experiment|volcano|concert|gig|panto|choir|northern lights|first sight|kit|lampshade|cat|kitten|dog|puppy|route|"
    r"marathon|recipe|training|coach|medals?|finish line)\b")
_EVERYDAY_HARM = re.compile(
    r"\b(?:grass|grassed|grassing|snitch\w*|regret|sorry|pay for|make (?:you|him|her|them) pay|crossed|coming for|coming round|"
    r"your (?:door|address|kids|family|car|house)|break (?:your|his|her|their)|face in|legs|kneecaps?|petrol|burn|fire|dead|die|bury|"
    r"warned|last warning|been told|ill be waiting|knives?|knife|stab\w*|kill\w*|blood|hospital|hurt|find (?:you|u|him|her)|"
    r"you live|he lives|she lives|watch (?:your|his|her) back|outside (?:your|his|her|their)|tooled|bats?|beat\w*|batter\w*|smash\w*|"
    r"kicking|hiding|slap\w*|punch\w*|glass\w*|drown\w*|chok\w*|strangl\w*|shoot|shot|gun|guns|acid|rape|bomb|"
    # (review39) what a beating leaves, promised: "see you at the derby, you'll need a stretcher", "make sure your
    # insurance is paid up", "happy birthday, it'll be your last", "i'll put him in a wheelchair for you"
    r"stretchers?|ambulances?|insurance|affairs in order|(?:be|is|was) (?:your|his|her|their) last|last (?:one|thing) (?:you|he|she|they)|"
    r"wheelchair|in the ground|in a state|recognise (?:you|him|her|them)|wont be walking)\b")
# (review39) A stop-38 form's hit that is a blow or a visit aimed at someone is not the hospitality or the day out an
# everyday frame speaks for: the dialect blow ("ill deck him at the wedding": its own lookaheads already leave "deck him
# out", "lamp him a new lampshade"), a person to be followed home ("the landlord of that b&b wants following home"; not
# a pet or a route: "that cat wants following home"), a welcome, visit or beating a man or woman "won't forget" ("we'll
# give that b&b owner a welcome he'll never forget"; not "a welcome you won't forget" offered, nor "one she'll never
# forget: her first sight of the sea"). Those hits stay.
_BLOW_AIMED = re.compile(r"^(?:ill|ahll|i will|im gonna|ima|gonna|imma|il) \w+ (?:ye|you|u|yous|youse|him|her|them|yer)$")
_FOLLOWED_THING = re.compile(r"\b(?:cat|cats|dog|dogs|kitten|puppy|pup|route|path|trail|footpath|signs?|directions|map|recipe|river|canal)\b"
                             r"(?: \w+){0,3} (?:wants|needs|deserves|should be|wants to be|needs to be) (?:following|followed|follow) home\b")
_VISIT_AIMED = re.compile(r"\b(?:visit|welcome|beating|kicking|hiding)\b(?: \w+){0,2} (?:he|she|hell|shell)\b")


def _aimed_at_someone(phrase: str, masked: str) -> bool:
    """(review39) ``phrase`` (a stop-38 threat form's hit) is a blow, a following home or a visit aimed at a person."""
    if _BLOW_AIMED.match(phrase) or _VISIT_AIMED.search(phrase):
        return True
    return "follow" in phrase and not _FOLLOWED_THING.search(masked)


_PLAY_FRAME = re.compile(
    r"\b(?:fifa|mario ?kart|fortnite|minecraft|roblox|warzone|call of duty|rocket league|tekken|smash bros|chess|scrabble|monopoly|uno|"
    r"poker|bingo|pub quiz|quiz night|board games?|escape (?:game|room)|bowling|darts|snooker|padel|tennis|squash|badminton|golf|"
    r"crazy golf|laser tag|paintball|video games?|game night|games night|next round|guild|raid|respawn|zombies|xbox|ps5|playstation|"
    r"nintendo|derby|kick ?off|(?:first|second) half|penalties|football|footy|rugby|netball|hockey|cricket|sports day|cup final|"
    r"come on you|marathon|parkrun|finish line|b ?(?:and|n) ?b|bnb|bed and breakfast|guest ?house|hotel|cottage|caravan park|"
    r"glamping|campsite|spa|cafe|restaurant|bistro|wedding venue|book now|bookings|rooms from|menu|afternoon tea|tapas|sunday roast|"
    r"northern lights|sunset|seaside|beach|concert|gig|panto|choir)\b")


# (review40b) textrules40's stop-40 threat forms in their everyday senses: "see how smug she is then" after a game or a result
# ("beat my sister at Mario Kart tonight, see how smug she is then"), and "we'll sort it out ourselves" with no culprit in
# the post ("not calling the police over a parcel, we'll sort it out ourselves"); not with a word of harm in the post.
_CONTEST = re.compile(r"\b(?:beat\w* (?:\w+ ){0,3}at|lose|loses|lost|losing|win|wins|won|winning|results?|scores?|exams?|quiz|scrabble|mario kart|fifa|"
                      r"monopoly|chess|5k|10k|parkrun|marathon|race|no training|practis\w+|trained|training)\b")
_CULPRIT = re.compile(r"\b(?:cctv|camera|footage|doorbell|ring doorbell|whoever|someone|somebody|someones|somebodys|who did (?:it|this)|know who|found out who|"
                      r"the (?:lad|lads|fella|bloke|guy|scumbags?|little \w+|kids?|thieves|thief) (?:who|that))\b")


@functools.lru_cache(maxsize=4)
def _stop40_post(masked: str) -> tuple[bool, bool, bool]:
    """The post read once (not once per hit): a contest in it, a culprit in it, a word of harm besides the contest."""
    return bool(_CONTEST.search(masked)), bool(_CULPRIT.search(masked)), bool(_EVERYDAY_HARM.search(_CONTEST.sub(" ", masked)))


def _stop40_everyday(masked: str, phrase: str) -> bool:
    if phrase.startswith("see how "):
        contest, _culprit, harm = _stop40_post(masked)
        return contest and not harm
    if re.search(r"\b(?:it|this)(?: out)? (?:ourselves|myself|ourself)$", phrase):
        _contest, culprit, harm = _stop40_post(masked)  # ("beat my sister at mario kart" is the game, not a harm)
        return not culprit and not harm
    return False


def _played_frame(masked: str) -> bool:
    """(textfalse39) The post is about a game, a match, a day out or a welcome (_PLAY_FRAME) and
    has no word of harm in it (_EVERYDAY_HARM) and names no group (_IDENTITY: "the immigrants in that hotel should pack
    their bags ..."): the threat model's score alone needs to be surer."""
    return bool(_PLAY_FRAME.search(masked)) and not _EVERYDAY_HARM.search(masked) and not _IDENTITY.search(masked)


# (textfail39) A strict threat form inside an everyday frame: a welcome, a meal or a gift, a game, a race or a contest
# ("we'll be waiting for you at the finish line with bananas and medals", "I know where you live... because I'm bringing
# you soup", "watch your back in the chess club tournament"). The frame must be in the threat's own sentence (an
# ellipsis continues it); the rest of the post must have no word of harm (_EVERYDAY_HARM) or menace (_STRICT_MENACE),
# no second threat form and no group named.
_KIND_FRAME = re.compile(
    r"\b(?:soup|lasagne|casserole|stew|curry|pie|biscuits?|scones?|cookies|brownies|lemon drizzle|snacks|sandwiches|bacon rolls?|"
    r"pizza|chocolate|jelly babies|bananas|fizz|prosecco|champagne|welcome drink|flask|cuppa|tea|coffee|hugs?|balloons|banner|flowers|"
    r"card|christmas card|presents?|gifts?|parcel|housewarming|check in|checking in|arrivals|trophy|medals?|finish line|charity walk|"
    r"race|10k|5k|half marathon|fun run|relay|quiz|pub quiz|quiz league|bake ?off|baking|tournament|league|rematch|fantasy football|"
    r"karaoke|dance class|prank|surprise party|easter egg hunt|water pistols|snowball fight|pillow fight|nerf|sis|bro|grandma|grandad|"
    r"nan|love (?:you|ya|u)|xx+)\b")
_STRICT_MENACE = re.compile(
    r"\b(?:alone|(?:i|we) know (?:your|where|when|what)|(?:on )?(?:the|your) way home|walk\w* home|report\w*|police|cops|tell (?:anyone|anybody|no one)|think about|shame if|something happen\w*|accidents? happen\w*|"
    r"wont be|will not be|make sure|need (?:them|it|help)|while you can|sleep well|see you soon|youll see|you will see|wont see (?:us|me|it|them) coming|"
    r"mark my words|last chance|dont make me|do not make me|or else|if you (?:ever|dare|come back|show)|scared|afraid|weapon|hammer|"
    r"baseball|crowbar|machete|bricks?|teach (?:you|him|her) a lesson|sort (?:you|him|her) out|deal with you|end you|finish you)\b")
# Only the strict forms that hospitality, a gift or a game also say ("we'll be waiting for you", "watch your back", "I know
# where you live", "I'll get you back", "you're dead at fifa"); never "I'll end him", "I'll find you", "eating through a straw".
_PLAYFUL_FORM = re.compile(
    r"\b(?:waiting for (?:you|u|ya)|watch (?:your|ur|yer) back|know where (?:you|u|ya) live|get (?:you|u|ya) back|"
    r"(?:ill|well|i will|we will|going to|gonna|coming to|coming after|wait till (?:i|we)) get (?:you|u|ya)|get (?:you|u|ya) for|coming (?:for|after) (?:you|u|ya)|"
    r"(?:youre|ur|you are|your) (?:dead|a dead man|going down|toast)|dead man|just (?:you|u) wait|hunt (?:you|u|ya) down|"
    r"sleep with one eye open|wont see (?:us|me|it) coming|destroy (?:you|u|ya)|"
    # (textrules40, the lead's list) meeting someone at a day out: "we'll find you at the festival" (the sentence must say
    # where: _MEETUP; the rest of the post no harm or menace, as for every form here)
    r"(?:ill|well|i will|we will|i ll|we ll) find (?:you|u|ya))\b")
_MEETUP = re.compile(r"\bfind (?:you|u|ya) (?:at|in|on|by|near|outside) (?:the|a) (?:\w+ )?(?:festival|fair|funfair|carnival|fete|gala|parade|beer tent|"
                     r"front row|front|stage|arrivals|barrier|queue|bar|entrance|gates?|tent|stall|do|party|wedding|reception|gig|concert|match)\b")
# (review40b) what a meeting up says besides the place: a sign to look for, how busy it is, a message, a drink, a welcome
_MEETUP_CUE = re.compile(r"\b(?:look (?:for|out for)|look out|flag|wave|wearing|wear|heaving|packed|rammed|busy|text|txt|message|ring|call|whatsapp|"
                         r"phone|signal|meet|meeting|see you there|cant wait|excited|pints?|drinks?|rounds?|on me|save (?:you|me|us)|"
                         r"tickets?|queue|front|dance|dancing|hug|xx*|yay|woo+|omg|love)\b|[💃🎉🍻🍺❤😍🥳😘]")
_GLASS_OF = re.compile(r"\bglass(?:es)? of\b")
_SENTENCE_END = re.compile(r"(?<!\.)\.(?!\.)|[!?;\n]+")


def _everyday_strict_threat(clean: str, masked: str, hits: list[Hit]) -> list[Hit]:
    """(textfail39) The strict threat ``hits`` to read as review: all one form, each in a sentence of ``clean`` with an
    everyday frame (_EVERYDAY_FRAME, _PLAY_FRAME, _KIND_FRAME), and the post without them has no word of harm or menace
    and names no group. Otherwise none (they keep their fail)."""
    if len({h.phrase for h in hits}) != 1 or len(hits) > 2 or not _PLAYFUL_FORM.search(hits[0].phrase):
        return []
    rest = _GLASS_OF.sub(" ", _without_phrases(masked, [hits[0].phrase]))  # a glass of fizz is not a glassing
    if _EVERYDAY_HARM.search(rest) or _STRICT_MENACE.search(rest) or _IDENTITY.search(masked):
        return []
    phrase = hits[0].phrase
    framed = [s for s in (plain_words(x) for x in _SENTENCE_END.split(clean)) if phrase in s]
    if not framed:
        return []
    for s in framed:
        other = s.replace(phrase, " ; ")
        if " find " in f" {phrase} ":
            if not _MEETUP.search(s) or not _MEETUP_CUE.search(plain_words(clean)):
                # "I'll find you" with no meeting place stays a threat; (review40b) and a place with no word of meeting
                # up in the post ("we'll find you at the festival and finish it", "... you won't walk away this time")
                return []
            continue  # the meeting place is the frame
        if not (_EVERYDAY_FRAME.search(other) or _PLAY_FRAME.search(other) or _KIND_FRAME.search(other)):
            return []
    return list(hits)


# (textfalse39) "I'll / we'll ... for you / after you" read as a promise to come for someone is also an offer of help:
# "I'll have a look for you", "we'll choose for you", "I'll approach them for you", "we'll name it after you".
_FOR_YOU = re.compile(r"\b(?:for|after) (?:you|u)$")
_HELPING = re.compile(r"\b(?:look|have a look|check|ask|approach|choose|pick|name (?:it|him|her|them)|save|order|sort|print|send|post|keep|grab|"
                      r"pop|book|record|bake|cook|pray|vote|cover|explain|share|fetch|bring|buy|hold|read|write|test|try|fix|sign|leave|"
                      r"put|find out|dig out|look out|ring|call|email|text|message|phone)\b")


def _helping_offer(phrase: str) -> bool:
    """A loose threat hit's ``phrase`` ends in "for you" / "after you" after a verb of help (the caller asks that the
    post has no word of harm)."""
    return bool(_FOR_YOU.search(phrase) and _HELPING.search(phrase))


@functools.lru_cache(maxsize=4)
def _boast_spans(masked: str) -> tuple[tuple[int, int], ...]:
    """(textrules40) _BOAST_YOU's spans, once per post: a long post of many threat hits read them once per hit (quadratic)."""
    return tuple(m.span() for m in _BOAST_YOU.finditer(masked))


def _sports_boast(masked: str, h: Hit) -> bool:
    """``h`` (a threat hit) is a player or team promised to beat "them" at a game (see _SPORT_AFTER), or the
    writer's boast to beat "you" at a game named right after it (see _BOAST_YOU)."""
    at = masked.find(h.phrase)
    if at < 0:
        return False
    if any(at < b and a < at + len(h.phrase) <= b for a, b in _boast_spans(masked)):
        return not _BOAST_HARM.search(masked)
    if not _SPORT_BOAST.search(h.phrase):
        return False
    # the whole post, the subject included ("im really going to batter them"), says nothing of harm
    game = _SPORT_AFTER.match(masked[at + len(h.phrase):])
    if not game or _NOT_SPORT.search(masked):
        return False
    return game.group(0).strip().startswith(("in", "at")) or bool(_SPORT_NAMED.search(masked))


def _lost_a_game(masked: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without those inside a game's result (see _LOST_A_GAME)."""
    spans = [m.span() for m in _LOST_A_GAME.finditer(masked)]
    if not spans:
        return hits
    drink = bool(_DRINK_NAMED.search(masked))

    def inside(h: Hit) -> bool:
        phrase = h.phrase.removeprefix("own act: ")
        at = masked.find(phrase)
        return at >= 0 and any(a < at + len(phrase) and at < b for a, b in spans) and not (drink and h.category == "alcohol")

    return [h for h in hits if not inside(h)]


# Someone else found in that state ("found a man passed out in a doorway, stayed with him till
# the paramedics came"), or a lawful reason for not paying or being put off ("free bus pass",
# "my employer booked it", "my card declined"): not the writer's offence (stop 27).
_FOUND_SOMEONE = re.compile(r"\b(?:found|saw|spotted|helped|checked on|stayed with|came across|there was|theres|walked past|stepped over) (?:a|an|some|this|the|two|one) "
                            r"(?:\w+ ){0,2}(?:man|woman|bloke|lad|guy|girl|person|fella|lady|kid|teenager|student|gentleman|chap|customer|patient|passenger)s? "
                            r"(?:\w+ ){0,2}(?:passed out|asleep|collapsed|unconscious|sick|drunk|laid out|slumped|throwing up|being sick)\b")
_EXCUSED = re.compile(r"\b(?:free (?:bus |travel |rail )?pass|freedom pass|bus pass|season ticket|travelcard|oyster|(?:my )?(?:employer|work|company|boss|school|office) (?:booked|paid|pays|covers?)|"
                      r"card (?:declined|was declined|didnt work|wouldnt work)|by mistake|(?:went|ran|came|nipped) back (?:in )?(?:and|to) pa(?:y|id)|paid (?:it )?(?:after|later|online)|"
                      r"(?:under|over) 60s?|(?:kids|children|under \d+s?) (?:go|travel|ride) free|(?:its|it s|it is) free)\b")
# A drink declined because the writer drives ("can't have a drink tonight, I'm driving", "no wine
# for me, I'm driving"): the opposite of drink-driving.
_DECLINED_DRINK = re.compile(r"\b(?:cant|cannot|not|no|wont|couldnt|dont|not having|off the) (?:\w+ ){0,2}(?:drink|drinks|drinking|wine|beer|beers|pints?|alcohol|booze|fizz)\b"
                             r"(?: \w+){0,4} (?:im|i m|i am|as im|cos im|because im|coz im|when im|since im) (?:driving|the driver|designated driver|on driving duty)\b")
_PAYMENT_ACT = re.compile(r"\b(?:pay|paid|paying|ticket|tickets|fare|fares|thrown off|kicked off|chucked off|put off|without paying|checkout)\b")


def _hit_span(masked: str, h: Hit) -> tuple[int, int] | None:
    """Where ``h`` sits in ``masked`` (an "own act: ..." or "driving with: a … b" phrase too)."""
    phrase = h.phrase.split(": ", 1)[-1] if h.phrase.startswith(("own act: ", "driving with: ", "public disorder: ")) else h.phrase
    parts = [p.strip() for p in phrase.split("…") if p.strip()]
    at = masked.find(parts[0]) if parts else -1
    if at < 0:
        return None
    end = masked.find(parts[-1], at)
    return at, (end + len(parts[-1]) if end >= 0 else at + len(parts[0]))


def _hit_spans(masked: str, h: Hit) -> list[tuple[int, int]]:
    """Every place ``h`` sits in ``masked`` (_hit_span from each occurrence of its first words)."""
    out: list[tuple[int, int]] = []
    at = _hit_span(masked, h)
    while at is not None:
        out.append(at)
        nxt = _hit_span(masked[at[0] + 1:], h)
        at = None if nxt is None else (nxt[0] + at[0] + 1, nxt[1] + at[0] + 1)
    return out


_OTHER_DRIVER_SPEED = re.compile(
    r"\b(?:some(?: \w+)? (?:idiot|idiots|bloke|guy|lad|lads|muppet|nutter|clown|driver|drivers|car|cars|van|vans|moron|boy racers?)|someone|somebody|anyone|everyone|one|"
    r"people|drivers|motorists|cars|vans|lorries|idiots|lunatics|maniacs|boy racers?|(?:a|the|this|that) (?:driver|car|van|lorry|bus|taxi|cab|idiot|bloke|guy|moron|"
    r"boy racer|lunatic|maniac)|they|he|she)"
    r"(?: (?:was|were|is|are|keep|keeps|kept|always|constantly|just|literally|still|been|must have been|must be|regularly))* "
    r"(?:doing|going|drives|driving|drove|racing|flying|speeding)(?: (?:at|about|like|over|well over|at least|easily))? \d{2,3} ?(?:mph )?in (?:a|the) (?:20|30|40|50|60)"
    r"(?: ?mph)?(?: zone| limit)?\b")


def _others_or_excused(masked: str, hits: list[Hit], clean: str = "") -> list[Hit]:
    """``hits`` without a drink state found in someone else, a payment act with a lawful reason,
    or drink-driving where the drink was declined."""
    found = [(m.start(), _others_state_end(masked, m.end(), clean)) for m in _FOUND_SOMEONE.finditer(masked)]
    excused = [(a, b) for a, b, _ in _excuse_reach(masked)]
    declined = [m.span() for m in _DECLINED_DRINK.finditer(masked)]
    # (stop 36, review36) another driver's speed complained of ("some idiot was doing 60 in a 30 on our road,
    # reported it"): a driving hit on those words is cleared, not the writer's own speed beside it
    others_speed = [m.span() for m in _OTHER_DRIVER_SPEED.finditer(masked)]
    if not found and not excused and not declined and not others_speed:
        return hits

    # Red team 19: each cue clears only its own words, not the whole post. Someone else's state runs
    # from "found a man ..." to the writer's next "I"/"me" ("saw a lad being sick, 20 mins later that
    # was me, absolutely wasted"); a declined drink clears only a driving hit inside it ("can't drink
    # tonight, I'm driving. Lies, drove home over the limit" keeps the second).
    def within(h: Hit, spans: list[tuple[int, int]], whole: bool) -> bool:
        # Red team 21: the same words twice ("kids go free so didn't pay for them, then didn't pay for
        # myself either") are one finding; it is cleared only if every place it occurs is covered.
        ats = _hit_spans(masked, h)
        if not ats:
            return False  # a finding that cannot be placed is kept: never a pass by default
        return all(any((a <= at[0] and at[1] <= b) if whole else (a < at[1] and at[0] < b) for a, b in spans) for at in ats)

    return [h for h in hits if not (h.category == "alcohol" and within(h, found, False))
            and not (h.category == "driving" and (within(h, declined, True) or within(h, others_speed, False)))
            and not (h.category == "antisocial" and _PAYMENT_ACT.search(h.phrase) and within(h, excused, False))]


def _first_person_after(masked: str, at: int) -> int:
    """The start of the writer's next first-person word after ``at`` (or the end of the post)."""
    m = re.search(r"\b(?:i|im|ive|id|me|my|myself|we|us|our)\b", masked[at:])
    return at + m.start() if m else len(masked)


def _others_state_end(masked: str, at: int, clean: str) -> int:
    """Where the account of someone else's state that ends its cue at ``at`` stops: at the writer's
    next first-person word, at a word moving the story on ("then", "later"), or at a clause that
    opens on the writer's own act with "I" left out ("..., got home and necked a bottle of vodka";
    red team 20: such a clause has no "I" and was read as the other person's)."""
    end = _first_person_after(masked, at)
    nxt = _NEXT_ACT.search(masked, at, end)
    end = nxt.start() if nxt else end
    for c in _CLAUSE.split(clean)[1:]:
        words = " ".join(re.findall(r"\w+", c.lower().replace("'", "").replace("’", "")))
        if words and _FIRST_PERSON.match(words):
            x = masked.find(" ".join(words.split()[:3]), at)
            if 0 <= x < end:
                end = x
    return end


# A lawful reason taken back: the pass forgotten, left at home, run out or expired, "not by
# mistake" (red team 19: "forgot my bus pass so I didn't pay for the bus" is the offence itself).
# Red team 20: a pass stolen from the writer is no pass either ("someone stole my oyster so
# tailgated through the gates", "my bus pass got nicked").
_EXCUSE_BEFORE = re.compile(r"\b(?:forgot|forgotten|left|lost|without|no|not|never|didnt have|dont have|hadnt got|stole|stolen|nicked|pinched|swiped|snatched|robbed)"
                            r"(?: (?:my|a|the|me|her|his)(?: \w+)?)? $")
_EXCUSE_AFTER = re.compile(r"^(?: \w+){0,2} (?:ran out|run out|had run out|expired|had expired|was empty|empty|out of date|had no credit|no credit|at home|ran out of credit|"
                           r"(?:got|was|been|has been) (?:nicked|stolen|pinched|swiped|lost|taken|confiscated|cancelled|blocked))\b")


# Red team 20: a lawful reason explains only the act next to it ("didn't pay for the train, work
# booked it"), not another act later in the post ("bus pass sorted, then went to the pub and left
# without paying"). Its reach is a few words either side, cut where the story moves on to a new act.
_NEXT_ACT = re.compile(r"\b(?:then|after|afterwards|later|next|also|anyway|again|earlier|second time|another time|as well|plus)\b")
_REACH_WORDS = 10
# Leaving with the goods: a lawful reason for not paying ("my card declined") never explains that.
_GOODS_TAKEN = re.compile(r"\b(?:(?:walked|ran|strolled|wandered|legged it) (?:out|off)(?: of (?:the )?\w+)? with|left with (?:the|it|them|everything|all))\b")


def _excuse_reach(masked: str) -> list[tuple[int, int, re.Match[str]]]:
    """For each lawful reason (_EXCUSED) the post does not take back, the stretch of ``masked`` it
    can explain (start, end, the reason): up to _REACH_WORDS words either side, stopping at a word
    that starts a new act."""
    out = []
    for m in _EXCUSED.finditer(masked):
        if _EXCUSE_BEFORE.search(masked[:m.start()]) or _EXCUSE_AFTER.search(masked[m.end():]):
            continue
        before = [w.start() for w in re.finditer(r"\S+", masked[:m.start()])][-_REACH_WORDS:]
        after = [w.end() for w in re.finditer(r"\S+", masked[m.end():])][:_REACH_WORDS]
        a = before[0] if before else m.start()
        b = m.end() + after[-1] if after else m.end()
        cut = [x.end() for x in _NEXT_ACT.finditer(masked, a, m.start())]
        nxt = _NEXT_ACT.search(masked, m.end(), b)
        out.append((cut[-1] if cut else a, nxt.start() if nxt else b, m))
    return out


def _excuse_explains(masked: str) -> bool:
    """A lawful reason with a payment or travel act within its reach, and no goods taken: what the
    possible-offence model scored is then explained. A reason beside nothing it explains ("oyster
    topped up, then mugged a lad") leaves the model's score standing."""
    if _GOODS_TAKEN.search(masked):
        return False
    return any(_PAYMENT_ACT.search(masked[a:m.start()] + " " + masked[m.end():b]) for a, b, m in _excuse_reach(masked))


_CLAUSE = re.compile(r"[.,!?;:\n]+")


def _writer_acts(masked: str, clean: str) -> bool:
    """The post is in the writer's voice: a first-person word, or a clause that opens on the
    writer's own past act with the subject dropped ("Sober since Friday ha, drove home after 6
    pints"), not only at the start of the post."""
    if _FIRST_PERSON.search(masked):
        return True
    return any(_FIRST_PERSON.match(" ".join(re.findall(r"\w+", c.lower().replace("'", "").replace("’", "")))) for c in _CLAUSE.split(clean)[1:])


# The writer as the one an offence was done to: the possible-offence model scores these as high
# as confessions (victims and offenders use the same words), so its score alone says nothing here.
# The same harms in the passive ("my tent got slashed", "had my tyres slashed", "our car was egged
# and scratched") as in the active form above them (red team 18: the passive list was shorter).
_DONE_TO = (r"(?:broken into|stolen|nicked|pinched|keyed|smashed|robbed|burgled|vandalised|scratched|slashed|dented|hit|"
            r"reversed into|spray painted|egged|graffitied|set on fire|set fire to|torched|damaged)")
# Red team 20: a person who "got smashed" is drunk ("me and my mate got smashed last night"), not
# harmed like a car or a window; unless it is a blow ("got smashed over the head", "in the face").
_PEOPLE = (rf"(?:{P.FAMILY}|mate|mates|pal|pals|friend|friends|bestie|besties|lads|team|office|bro|sis|cousins|"
           r"boyfriend|girlfriend|bf|gf|family|colleagues|crew|squad|gang|fella|flatmate|flatmates|housemates)")
_DRUNK_SMASHED = r"smashed\b(?! (?:over|round|across|with|by|into|in the (?:face|head|mouth|teeth|back))\b)"
# (not "kicked out of the pub", "slapped with a fine", "threatened with arrest": the writer put out or
# fined, which is the finding, not a harm done to them)
_HURT = (r"(?:mugged|robbed|assaulted|attacked|punched|stabbed|glassed|bottled|headbutted|jumped|beaten up|knocked out|"
         r"slapped(?! with)|kicked(?! (?:out|off|up))|spiked|threatened(?! with))")
_KIN = rf"(?:{P.FAMILY}|lad|friend|mate|neighbour)s?"
_HARMED = re.compile(
    r"\b(?:someone|somebody|whoever|some \w+|they|thieves|burglars|kids|a \w+) (?:has |have |had |just |only )?(?:keyed|nicked|stole|stolen|smashed|broke into|broken into|"
    r"robbed|mugged|scratched|slashed|vandalised|dented|hit|reversed into|spray painted|egged|graffitied|set fire to|took) (?:my|our)\b|"
    rf"\b(?:got|had|have had) (?:my|our) (?:\w+ ){{0,2}}{_DONE_TO}\b|"
    rf"\b(?:my|our) (?!(?:\w+ )?{_PEOPLE} (?:was|were|got|been) {_DRUNK_SMASHED})(?:\w+ ){{0,2}}(?:was|were|has been|have been|got|been) (?:\w+ and )?{_DONE_TO}\b|"
    r"\b(?:i|we) (?:got|was|were|have been|ve been|been) (?:mugged|robbed|burgled|assaulted|attacked|pickpocketed|scammed|punched|spiked)\b|"
    # The writer or their family hurt (red team 20: "got mugged last year and stabbed", "my son was
    # punched at school" were reviewed on the single word), a second harm chained on ("and stabbed").
    rf"(?:^|\b(?:i|we|my (?:\w+ )?{_KIN}|our (?:\w+ )?{_KIN}) )(?:got|was|were|have been|ve been|been|has been) (?:\w+ )?{_HURT}\b"
    rf"(?:(?: \w+){{0,4}} (?:and|then) (?:got |was )?{_HURT}\b)?")


# The writer doing a harm in turn after being harmed ("... so I nicked one back", "then we smashed his").
# Red team 20: also everyday verbs whose object is someone else's thing ("got my bike nicked so I
# took one", "so I did his tyres", "so took one from outside the station", "so i took a bat to his
# car"), not a lawful response ("so I took the bus", "took it to the garage", "took his reg").
_THEIRS = (r"(?:one(?! (?:look|glance|step|day|more|photo|pic|picture)\b)|theirs|his|hers|someone elses|somebody elses|someones|"
           r"(?:his|her|their|next doors|the neighbours|my neighbours|a neighbours) (?!(?:reg|number|details|name|photo|pic|picture|plate|registration|word|advice|address|insurance)\b)\w+|"
           r"a \w+ (?:from|off|out of))")
_IN_TURN_HARM = r"(?:keyed|nicked|stole|smashed|broke into|robbed|mugged|scratched|slashed|vandalised|dented|egged|graffitied|set fire to|torched|kicked in|spray painted|hotwired)"
_IN_TURN_VIOLENCE = r"(?:punched|battered|glassed|lamped|decked|stabbed|did him|rammed|headbutted|slapped|chinned|twatted|smacked|booted)"
_RETALIATED = re.compile(r"\b(?:(?:so|then|and|but|after that) (?:i|we)|so) (?:just |then |only |also |literally |went (?:round |back )?and )?"
                         rf"(?:{_IN_TURN_HARM}|{_IN_TURN_VIOLENCE}|(?:took|did|pinched|lifted|swiped|nabbed) {_THEIRS}|"
                         r"took (?:a|my|the) (?:\w+ )?(?:bat|brick|hammer|key|knife|crowbar|screwdriver|golf club) to)\b")


def _in_turn(masked: str) -> list[Hit]:
    """The writer's act in turn after being harmed (_HARMED, then _RETALIATED): a finding of its own,
    since the harm voids the model's score and the everyday words ("took one", "did his tyres",
    "stole theirs") are no offence pattern on their own (red team 20: the victim who then offends)."""
    harmed = [m.start() for m in _HARMED.finditer(masked)]
    if not harmed:
        return []
    out = []
    for m in _RETALIATED.finditer(masked):
        if m.start() > harmed[0]:
            act = m.group(0)
            cat = "violence" if re.search(rf"\b{_IN_TURN_VIOLENCE}\b", act) else "antisocial"
            out.append(Hit(cat, f"own act: {act}"))
    return out


def _worse(a: Verdict, b: Verdict) -> Verdict:
    rank = {None: 0, "review": 1, "fail": 2}
    return b if rank[b.status] > rank[a.status] else a


def _tick(progress: Any, done: int, total: int) -> None:
    """Report progress the way the image analyser does: progress(done, total, "texts")."""
    if callable(progress):
        try:
            progress(done, total, "texts")
        except Exception:
            pass


PARALLEL_CHUNK = 10_000


def _analyse_chunk(job: tuple[dict[str, Any], dict[str, Any], list[str], bool]) -> list[TextReport]:
    opts, org, texts, bio = job

    class _Cfg:
        text = opts

    class _Policy:
        organisation = OrganisationData.model_validate(org)

    return TextAnalyser(_Cfg(), policy=_Policy()).analyse_many(texts, bio=bio)
