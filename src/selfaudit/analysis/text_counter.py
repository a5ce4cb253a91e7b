"""Counter-speech near the loose discriminatory forms (stop 38, branch textcounter38).

textrules38's loose forms ("didn't hear one word of English", "a minority in our own country", "the great
replacement isn't a theory", "this isn't their country", "never hire a woman", "Nigerians will scam you", a race
"hanging round") are the words a bigot uses, and the words anyone uses to name that claim and reject it:

    "the great replacement isn't a theory, it's a racist conspiracy myth"
    "people who say britain isn't their country need a history lesson"
    "someone shouted 'this isn't your country' at my colleague. she was born in Leeds"
    "never hire a disabled person? absolutely not"          (the claim echoed as a question, then rejected)
    "'immigrants are ruining this country' -- no. just no."

``rejected(clean, phrase)`` says whether the post names the matched claim to reject it: a frame that holds the claim
up (someone said / shouted it, people who say it, stop saying it, sick of hearing it, the myth that ...) or the claim
quoted or echoed as a question, with a rejection after it (a racist myth, a lie, illegal, reported him, no. just
no.); or the frame that rejects by itself (stop saying, sick of hearing, the myth that, why would anyone say). Praise
("lovely people", "so good to see") and the writer abroad or speaking their own language ("on holiday in Lisbon",
"as a Gaelic speaker") read the same for the forms they fit.

Never when the post takes the rejection back ("people who say X are right", "it's racist apparently. it's just
true", "they call it a conspiracy theory but ...") or a rejection word is itself negated or attributed ("not racist
but never hire a woman"). The caller clears only the matched loose discriminatory hit: a slur, a threat, an insult
or another group attack in the same post is read on its own and keeps its verdict; a loose hit is review only, so
nothing here can turn a fail into a pass.
"""

from __future__ import annotations

import re

from .text_abuse import plain_words
from .text_group import AFFIRMED
from .text_read import normalise

# Sentences: full stops, ?, !, ;, dashes and colons end a thought here ("X — no. just no.", "X: it's a myth").
_SPLIT = re.compile(r"[.!?;:\n]+|\s[—–-]+\s|[—–]")



# A frame that holds a claim up without making it the writer's: someone said / shouted it, people who say it.
_HELD_UP = re.compile(
    r"\b(?:(?:people|anyone|those|folk|someone|somebody|everyone|men|blokes|idiots|bigots|racists) (?:who|that) (?:say|says|said|think|thinks|believe|believes|claim|claims|still (?:say|think|believe))|"
    r"(?:people|folk|idiots|bigots|racists) (?:saying|claiming)|"
    r"(?:someone|somebody|a (?:man|woman|bloke|guy|lad|lady|customer|patient|passenger|stranger|neighbour|driver)|he|she|they|my (?:\w+ )?(?:manager|boss|uncle|aunt|dad|grandad|nan|neighbour|colleague|teacher|landlord)|"
    r"the (?:manager|boss|landlord|man|woman|bloke)) (?:\w+ )?(?:said|says|shouted|yelled|screamed|told (?:\w+ ){0,3}|wrote|posted|tweeted|asked)|"
    r"(?:was|were|got|get|being) (?:told|called|asked)|what (?:\w+ ){0,2}(?:was|were) told|"
    r"why (?:do|does|would|are) (?:people|anyone|some people|so many people|you|they)(?: still)? (?:say|think|believe|claim|keep saying)|"
    r"the (?:idea|notion|myth|lie|claim|belief|conspiracy theory|trope|stereotype) that|"
    r"(?:stop|quit) (?:saying|pretending|claiming|telling (?:people|everyone|us|me)|acting like|reporting)|"
    r"(?:sick|tired|fed up|weary) of (?:hearing|people saying|being told|reading)|"
    r"(?:he|she|they|who|people|folk) (?:still )?(?:think|thinks|believe|believes|reckon|reckons))\b"
)
_HELD_UP_AFTER = re.compile(
    r"\s*(?:is |was |were )?(?:what (?:\w+ ){0,3}(?:was|were|got|get|is|are) (?:told|called|asked)|"
    r"(?:he|she|they|someone|somebody|a \w+|my \w+) (?:\w+ )?(?:said|shouted|yelled|screamed|told)\b|"
    r"(?:shouted|yelled|screamed|said) (?:at|to) (?:me|my|him|her|them|us|a)\b)"
)
# Frames that reject by themselves (the writer wants the claim gone): nothing more needed after them.
_SELF_REJECTING = re.compile(
    r"\b(?:(?:stop|quit) (?:saying|pretending|claiming|telling (?:people|everyone|us|me)|acting like|reporting)|"
    r"(?:sick|tired|fed up|weary) of (?:hearing|people saying|being told|reading)|"
    r"the (?:myth|lie|conspiracy theory|trope) that|why (?:would|does) anyone (?:say|think|believe))\b"
)
# A word of rejection aimed at the claim (not negated, not someone else's label: "it's racist apparently").
_NEGATED = r"(?<!not )(?<!isnt )(?<!arent )(?<!wasnt )(?<!never )(?<!no )(?<!nothing )(?<!hardly )(?<!call it )(?<!called it )(?<!calls it )(?<!call me )(?<!called )"
_REJECT = re.compile(
    _NEGATED
    + r"\b(?:racis\w+|sexis\w+|xenophob\w+|bigot\w*|prejudic\w+|discriminat\w+|(?:white )?(?:nationalist|supremacist)s?|far right|nazi\w*|"
    r"myths?|lies|a lie|lying|untrue|false|debunked|conspiracy (?:theory|theories|myth)|stereotyp\w+|trope|propaganda|fearmonger\w*|scaremonger\w*|"
    r"peddl\w+|dog ?whistle|profiling|illegal|unlawful|against the law|breaking the law|dinosaur|history lesson|"
    r"reported (?:him|her|them|it)|report(?:ed)? (?:him|her|them|it) to|called (?:him|her|them) out|(?:was|were|is) born (?:in|here)|"
    r"absolutely not|hell no|no just no|just no|worst advice|stop (?:this|the|with the|with this) (?:nonsense|rubbish|racism|bs|bollocks|hate))\b"
)
# Generic condemnation ("shameful", "disgusting", "wrong") is what a lament says of the place too ("not one English
# voice in town. disgraceful"): it rejects only words the post gives to someone else (a frame of reported speech).
_CONDEMN = re.compile(
    _NEGATED
    + r"\b(?:hateful|hate|vile|disgrac\w+|disgusting|shameful|shame on|embarrass\w*|appalling|wrong|unacceptable|not okay|not ok|"
    r"not acceptable|nonsense|rubbish|bollocks|bullshit|tripe|drivel|grow up|educate|ignoran\w+)\b"
)
# The rejection attributed to others or taken back: "is racist apparently", "they call it a myth", "but it's real".
_ATTRIBUTED = re.compile(
    r"\b(?:apparently|supposedly|allegedly|so called|they say|they said|theyll say|they call|they called|theyll call|the media|the msm|"
    r"the left|lefties|woke\w*|snowflakes?|dont care|do not care|who cares|according to)\b"
)
# ... anywhere in the post ("they call it a racist conspiracy theory but ..."; not "they said X", a frame of its own)
_ATTRIBUTED_POST = re.compile(_ATTRIBUTED.pattern.replace("they say|they said|", ""))
# The writer answers the claim with what they did or do instead ("they said never hire a mum. I did, best decision
# ever", "never hire a woman? we only hire women"), after a frame, a quote or an echo only; not a regret after it.
_COUNTER_FACT = re.compile(r"\b(?:i|we) (?:did|do|have|only (?:hire|employ|work with)|always (?:hire|employ)|hired|employ|employed|work with|married)\b")
_REGRET = re.compile(r"\b(?:never again|regret\w*|mistake|learn(?:ed|t) (?:my|our|the hard)|lesson|nightmare|disaster|told you)\b")
# The claim asserted after the frame ("it's just true", "it's real", "look around you", "wake up"), judged on the
# post with the matched claim removed.
_TAKEN_BACK = re.compile(
    r"\b(?:(?:its|it is|thats|that is|theyre|they are|is|are) (?:just |simply |still |all |only |literally )?(?:true|real|happening|fact|facts|a fact|right|correct)\b(?!\w)|"
    r"look around|wake up|open your eyes|facts dont care|no debate|no apology|never will be|mark my words|say it louder|"
    # (review39) the claim said again as the writer's own: "stop saying women can't drive... ok they can't", "they are though"
    r"\b(?:ok|okay|but|tbf|to be fair|honestly|lets be honest|well) (?:they|women|men) (?:really |actually |still |just |genuinely )?(?:cant|cannot|are|do|dont|will|wont)\b(?! (?:not|welcome|human|people|fine|ok|okay|great|brilliant|lovely)\b)|"
    r"\b(?:they|women|men) (?:really |actually |still |just )?(?:cant|are|do|dont) (?:though|tho)\b)"
)
# Praise of the people or the place, and the writer abroad or in their own other language (the lament and loitering
# forms only); sarcasm and a lament or a warning anywhere in the post undo both.
_PRAISE = re.compile(
    r"\b(?:lovely|loved|love|loving|brilliant|wonderful|amazing|fantastic|great to see|good to see|nice to see|so good|joy|blessing|bless (?:them|him|her)|"
    r"best (?:\w+ ){0,2}(?:in|ever|around|decision)|honest|kind|kindest|friendly|welcoming|proud|grateful|thankful|helpful|hard ?working)\b"
)
_ABROAD = re.compile(
    r"\b(?:on (?:my|our|a|the) holiday|holiday in|holidays? to|(?:trip|exchange|school trip|week|weekend|fortnight|weeks|days|month|months|year) (?:to|in) [a-z]+|"
    r"exchange (?:students?|trip|year)|abroad|interrail\w*|backpacking|travell?ing (?:in|round|around|through)|"
    r"(?:we|i) speak (?:welsh|gaelic|irish|cymraeg|polish|urdu|punjabi|spanish|french)|(?:a |as a )?(?:welsh|gaelic|irish|cymraeg|cornish|manx) speaker|"
    r"learning (?:welsh|gaelic|irish|cymraeg|cornish|spanish|french|italian|german|portuguese)|bilingual)\b"
)
_UNDONE = re.compile(
    r"[🙄🙃😒😤]|\b(?:vibrant|diversity|diverse|enrich\w*|multicultural\w*|yeah right|apparently|so called|again|keep (?:your|an|ur) (?:eyes?|eye) (?:open|out)|"
    r"watch (?:out|them|your)|lock (?:your|ur|everything|up)|miss the days|used to be|anymore|any more|no longer|ruin\w*|scary|unsafe|sad|shame|disgrace|"
    r"not (?:one|a single)|(?:felt|feels|feel|like) (?:like )?(?:being )?(?:abroad|a foreign|another country|on holiday)|might as well be|third world|"
    r"invasion|invaded|taking over|replace\w*|suspicious|dodgy|up to (?:no good|something)|"
    r"(?:good|lovely|better|great|simpler|happier|golden) (?:old )?(?:times|days|years)|back then|those were the days|bring (?:it|them|that) back)\b"
)
# Which loose forms the praise / abroad reading can speak for.
_LAMENT = re.compile(r"\b(?:english|minority in|accents|voices|faces|names)\b")
_LOITER = re.compile(r"\b(?:hanging|loitering|lurking|casing)\b")


def _sentences(clean: str) -> list[str]:
    return [p for p in (plain_words(s) for s in _SPLIT.split(clean)) if p]


def _rejects(text: str, *, reported: bool = False) -> bool:
    """A rejection word in ``text`` that is neither attributed to others nor negated (a generic condemnation too
    when the claim is someone else's reported words)."""
    return bool(_REJECT.search(text) or (reported and _CONDEMN.search(text))) and not _ATTRIBUTED.search(text)


def rejected(clean: str, phrase: str) -> bool:
    """Whether the post names the claim ``phrase`` (a loose discriminatory match, words form) to reject it."""
    sentences = _sentences(clean)
    where = next((i for i, s in enumerate(sentences) if phrase in s), None)
    post = plain_words(clean)
    if where is None or phrase not in post:
        return False
    rest = post.replace(phrase, " ; ")
    if AFFIRMED.search(rest) or _TAKEN_BACK.search(rest) or _ATTRIBUTED_POST.search(rest):
        return False
    s = sentences[where]
    after = s.split(phrase, 1)[1]
    later = " ".join([after, *sentences[where + 1:where + 3]])
    # a frame holding the claim up, right before it in its sentence ("people who say X", "someone shouted X")
    # (in the claim's own clause: "stop saying it's racist, Nigerians will scam you" stops the rejection, not the claim)
    raw = _raw_before(clean, phrase)
    clause = " ".join(plain_words(re.split(r"[,.!?;:\n—–]", raw)[-1]).split()[-8:]) if raw else ""
    framed = bool(_HELD_UP.search(clause))
    # (review40a) hatred imputed to someone: cleared only by a word naming the hatred for what it is ("are racists"), not by
    # a generic one whose target is unclear ("they hate you too", "they're disgusting"), and never when the post sides with it
    imputed_only = not framed and imputed(clause, phrase, clean)
    if imputed_only and _IMPUTED_ENDORSED.search(rest):
        return False
    framed = framed or imputed_only
    if framed and _SELF_REJECTING.search(clause):
        return True
    # the claim quoted, or echoed as a question, in the original text
    quoted = bool(re.search(r"(?:^|[\s(\[:,—–-])[\"“”‘'][^\"“”‘’]{0,20}$", raw))
    echoed = _echoed_as_question(clean, phrase)
    # (or told after it: "'this isn't their country' is what my grandad was told in 1962")
    framed = framed or bool(_HELD_UP_AFTER.match(after))
    if (framed or quoted or echoed) and _rejects(later, reported=framed and not imputed_only):
        return True
    # (review40a) not after imputed hatred alone: whose praise is unclear ("you hate immigrants, your nan would be proud")
    if ((framed and not imputed_only) or quoted or echoed) and (_praised(later) or _COUNTER_FACT.search(later)) and not _UNDONE.search(post) \
            and not _REGRET.search(post):
        return True
    # the claim straight away called a myth / lie / racist in its own sentence or the next ("X isn't a theory, it's
    # a racist conspiracy myth", "X -- no. just no.")
    if re.search(r"^\s*(?:\w+ ){0,6}?(?:its|it is|thats|that is|is|are|was|its just|its all|a|an|pure|utter|no)\b", later) and _rejects(later):
        return True
    if _LAMENT.search(phrase) or _LOITER.search(phrase):
        raw_sentences = [x for x in _SPLIT.split(clean) if plain_words(x)]  # the same sentences, punctuation kept
        near = " . ".join(raw_sentences[max(0, where - 1):where + 2])
        if not _UNDONE.search(post) and (_praised(near) or (_LAMENT.search(phrase) and _ABROAD.search(post))):
            return True
    return False


def _praised(text: str) -> bool:
    """A word of praise in a clause of two words or more (a bare "lovely." or "great." is as often sarcasm)."""
    return any(_PRAISE.search(c) and len(c.split()) >= 2 for c in (plain_words(x) for x in re.split(r"[,.!?;:\n—–]", text)))


def _raw_before(clean: str, phrase: str) -> str:
    """The original text before the claim's first word (for quotation marks), or "" when it cannot be found."""
    # (realfalse40) the words form drops apostrophes: "cant stand" is "can't stand" in the text
    first = "['’]?".join(re.escape(c) for c in phrase.split()[0])
    m = re.search(rf"\b{first}\b", clean.lower())
    return clean[:m.start()] if m else ""


def _echoed_as_question(clean: str, phrase: str) -> bool:
    """The claim's sentence ends in a question mark ("never hire a woman? we only hire women")."""
    low = clean.lower().replace("'", "").replace("’", "")
    last = phrase.split()[-1]
    i = low.find(phrase.split()[0])
    if i < 0:
        return False
    j = low.find(last, i)
    return j >= 0 and bool(re.match(r"[\w ]{0,25}\?", low[j + len(last):]))


# (textfail39) Frames that hold a strict discriminatory claim up in the writer's own voice, besides _HELD_UP: "if you
# think X", "do people really still think X", "to everyone who says X". Read by held_up only.
_HELD_UP_MORE = re.compile(
    r"\b(?:if (?:you|u|anyone|people|someone) (?:still |really |honestly |genuinely )?(?:think|thinks|believe|believes|reckon|say|says)|"
    r"why is it (?:still |really )?(?:ok|okay|acceptable|fine|normal) to (?:say|think|claim)|"
    r"(?:do|does|did|can|could|would) (?:people|anyone|some people|you|they|folk) (?:really |honestly |genuinely |seriously )?(?:still )?"
    r"(?:think|believe|say|claim)|imagine (?:thinking|believing|saying)|"
    r"(?:who|which idiot|what kind of person) (?:still |really |honestly )?(?:thinks|believes|says|claims))\b")
# The frame is the writer's own endorsement ("who else thinks X?", "why does nobody admit X?", "stop pretending X").
_ENDORSING_FRAME = re.compile(
    r"\b(?:else|nobody|no one|noone|admit\w*|pretend\w*|deny|denies|denying|afraid to|scared to|allowed to|dare|brave enough|"
    r"racist to|bigoted to|wrong to|offensive to|problem with|truth|true that|fact that|proves?|proof|knows?|agree\w*)\b")
# An answer after the claim that agrees with it ("women can't drive? correct, they really can't", "yep, always have been").
_ENDORSED_ANSWER = re.compile(
    r"^\s*(?:yes|yep|yeah|yup|ye|aye|correct|exactly|true|spot on|damn right|dead right|agreed|100|absolutely(?! not)|"
    r"of course|obviously|i do|we do|they are|they do|always|every (?:one|single)|simple as)\b")


def held_up(clean: str, phrase: str) -> bool:
    """(textfail39) Whether the post holds the claim ``phrase`` (a strict discriminatory match, words form) up in order
    to reject it, without the clear rejection ``rejected`` asks for: a frame in the claim's own clause ("anyone who says
    X should spend a day with my brother", "why do people still think X?", "if you think X ..."), the claim told after
    it, quoted, or echoed as a bare question ("X? tell that to ..."). Never when the frame or the answer agrees with it
    ("who else thinks X?", "X? correct"), the post takes it back ("people who say X are right", "it's just true") or
    attributes the rejection to others ("they call it racist"). The caller may lower such a claim's fail to review;
    only ``rejected`` clears it."""
    post = plain_words(clean)
    sentences = _sentences(clean)
    where = next((i for i, s in enumerate(sentences) if phrase in s), None)
    if where is None or phrase not in post:
        return False
    rest = post.replace(phrase, " ; ")
    if AFFIRMED.search(rest) or _TAKEN_BACK.search(rest) or _ATTRIBUTED_POST.search(rest):
        return False
    after = sentences[where].split(phrase, 1)[1]
    answer = " ".join([after, *sentences[where + 1:where + 2]])
    if _ENDORSED_ANSWER.search(answer):
        return False
    raw = _raw_before(clean, phrase)
    clause = " ".join(plain_words(re.split(r"[,.!?;:\n—–]", raw)[-1]).split()[-8:]) if raw else ""
    if _ENDORSING_FRAME.search(clause):
        return False
    if _HELD_UP.search(clause) or _HELD_UP_MORE.search(clause) or _HELD_UP_AFTER.match(after):
        return True
    if imputed(clause, phrase, clean) and not _IMPUTED_ENDORSED.search(rest) and _distanced(clause, post.split(phrase, 1)[1]):
        return True
    if re.search(r"(?:^|[\s(\[:,—–-])[\"“”‘'][^\"“”‘’]{0,20}$", raw):
        return True
    # echoed as a bare question: the claim opens its clause ("muslims are terrorists? no. my neighbour ...")
    return not clause and _echoed_as_question(clean, phrase)


# (realfalse40) A feeling against a group ("hate women", "can't stand gay people", a strict claim) that the post gives to
# someone the writer speaks to or of: "you / he / she (clearly) hate women", "how much you hate women", "the commenters on
# that page obviously hate women", "she doesn't really hate immigrants", "people who hate immigrants ...". The writer is
# accusing or describing that person (real posts of EDOS dev / HateXplain val, half A: three such posts failed), not
# stating their own hatred. Not "I / we" (the writer), not "they" (as often a group: "muslims ... they hate women"), not a
# group word as the one who hates ("muslims hate women": the clause holds no holder below), and not when the post then
# sides with it ("good, so do I", "and neither can I", "as they should").
_FEELING = re.compile(r"^(?:hate|despise|cant stand|cannot stand)\b")
_HOLDER_ADVERB = (r"(?:just|really|clearly|obviously|secretly|openly|must|so|all|genuinely|actually|still|truly|simply|only|also|probably|"
                  r"never|always|seem to|seems to|seemed to|(?:doesnt|dont|didnt|does not|do not|did not|doesn t|don t|didn t)(?: \w+)?)")
_HOLDER = re.compile(
    r"(?:^|\b)(?:you|u|ya|yall|he|she|op|"
    r"(?:this|that|the) (?:guy|bloke|man|woman|lady|dude|fella|poster|commenter|account|author|writer|presenter|columnist|op)(?: who(?: \w+){1,4})?|"
    r"(?:the )?(?:users|posters|commenters|comments|replies|members|followers|subscribers)(?: (?:on|in|under|of|from) (?:this|that|the|these|those|my|your|his|her) \w+)?|"
    r"(?:people|anyone|those|someone|somebody|folk|folks) (?:who|that))"
    rf"(?: {_HOLDER_ADVERB})*$")
_IMPUTED_ENDORSED = re.compile(
    r"\b(?:good|so do (?:i|we)|me too|same here|as (?:they|he|she|you|we) should|rightly|righty|neither (?:can|do|does) (?:i|we)|nor (?:can|do) (?:i|we)|"
    r"based|respect|right to|fair enough|and why not|who (?:doesnt|wouldnt|can blame)|"
    # (review40a) more ways to side with it: "same", "join the club", "fine by me", "about time", "finally", "hell yes",
    # "you should", "neither should you", "so do most men with a brain", "can you blame him", "love him for it"
    r"same|(?:join|welcome to) the club|(?:fine|ok|okay|alright|cool) (?:by|with) me|about time|finally|hell (?:yes|yeah)|yes|yeah|yep|yup|aye|"
    r"(?:you|they|we|everyone|everybody|all|people) should|(?:neither|nor|so) should|as (?:do|does|should|would) (?:i|we|any\w*|every\w*)|so do (?:\w+ ){0,3}(?:men|people|we|us)|"
    r"we all do|all of us|with (?:a|any) (?:brain|sense)|with sense|sensible|realistic|understandabl\w*|(?:can|cant|cannot|dont|do not|wouldnt) (?:you )?blame|"
    r"love (?:him|her|you|them) for|legends?|heroes|hero|keep (?:it up|hating|going)|well done|good on|proud of (?:you|him|her)|deserve it|"
    # ... or incites against the group ("so why not beat the next one you see", "then show them what happens")
    r"why not|then (?:show|go|do|teach|make|get|deal|beat|hit|kill|burn)|show them|teach them|deal with them|get rid|"
    r"beat\w*|burn\w*|kill\w*|punch\w*|shoot\w*|hang\w*|attack\w*|hurt\w*|smash\w*|stab\w*|make them pay|pay for|we know where|"
    r"neither can|nor can|refreshing|respectabl\w*|valid|nothing wrong|not a crime|(?:your|his|her|their) right|with eyes|"
    r"(?:me|you) and (?:me|you) both|cheers to|hate (?:us|you|them) (?:too|back)?|(?:they|women|men|gays|muslims|jews|immigrants) hate (?:us|you))\b")


# (review40a) "you hate muslims?" opening its sentence is the set-up of a reply, and the reply is as often "same", "valid",
# "welcome, brother" or "the mosque is on king street" as a rebuke: no list of replies covers them, so it is not read as
# imputed (the claim keeps the verdict it had before realfalse40; a rebuke after it may still clear it as an echo).
_PUT_TO_YOU = re.compile(rf"^(?:(?:oh|so|wait|ah|and|but|lol|hang on|sorry) )*(?:you|u|ya|yall)(?: {_HOLDER_ADVERB})*$")


# (review40a) Replies that side with imputed hatred are open-ended ("which makes two of us", "preach", "fair play to
# him"), so held_up reads it as held up only with a sign the writer stands apart: nothing after it (but "so much",
# "anymore": "this reply shows how much you hate women"), the holder's hatred denied or wondered at ("she doesn't really ...",
# "why does he ... so much?"), or a word of distance after it (grim, reported them, the mods do nothing, his own son is
# gay). Anything else keeps the fail the claim had before realfalse40.
_DISTANCE = re.compile(
    r"\b(?:depress\w*|sad|sadly|saddening|grim|bleak|awful|tragic|scandal\w*|shame\w*|ashamed|disgrac\w*|disgust\w*|gross|vile|"
    r"embarrass\w*|cringe\w*|pathetic|sick|sickening|worr\w*|scary|frightening|yikes|ugh|wtf|horrible|horrid|terrible|appalling|"
    r"toxic|cesspit|cesspool|hateful|nasty|unhinged|insane|creepy|weird|report\w*|block\w*|mut(?:e|ed|ing)|unfollow\w*|left (?:it|the)|"
    r"mods?|moderat\w*|let it slide|does nothing|do nothing|did nothing|deserves? better|get (?:some )?help|therapy|brag\w*|"
    r"(?:own|whose) (?:son|daughter|wife|husband|mum|mom|dad|kids?|child|brother|sister|family|neighbours?)|married|"
    r"(?:my|his|her|your) (?:\w+ )?(?:was|is) (?:one|a)|comes? (?:through|across)|it shows|shows|can see|every (?:reply|comment|post|tweet)|"
    r"racis\w*|sexis\w*|bigot\w*|misogyn\w*|homophob\w*|transphob\w*|islamophob\w*|antisemit\w*|xenophob\w*|nazi\w*|incel\w*|"
    r"scared|afraid|fear\w*|ignoran\w*|clueless|never met|grew up|came here|history)\b")
_GROUP_TAIL = re.compile(r"^\s*(?:people|persons|folk|folks|men|women|guys|lads|couples|community|communities|lot)\b")
_FILLER = re.compile(r"\b(?:so much|that much|anymore|any more|these days|too|at all|now|then|right now)\b")
_WONDERED = re.compile(r"\b(?:why|how (?:much|can|could|do|does|did)|doesnt|dont|didnt|does not|do not|did not|doesn t|don t|didn t|never)\b")


def _distanced(clause: str, after: str) -> bool:
    """(review40a) Whether imputed hatred stands apart from the writer: ``clause`` (the words before the claim in its
    clause) denies or wonders at it, or ``after`` (the plain words of the post after it) is empty but for "so much", "anymore" or distances."""
    after = _GROUP_TAIL.sub("", after)  # the rest of the group's name ("can't stand gay | people")
    if _WONDERED.search(clause) or not _FILLER.sub(" ", after).strip():
        return True
    # a distance word not itself denied ("nothing to be ashamed of", "not sad at all")
    return any(not re.search(r"\b(?:not|no|nothing|never|isnt|arent|wasnt|hardly)(?: \w+){0,3} $", after[:m.start()])
               for m in _DISTANCE.finditer(after))


def imputed(clause: str, phrase: str, clean: str = "") -> bool:
    """(realfalse40) Whether the strict claim ``phrase`` is a feeling against a group and ``clause`` (the plain words of its
    own clause before it) ends with someone other than the writer holding it: the writer accuses or describes them.
    (review40a) Not when ``clean`` (the post) puts it to "you" as a bare question ("you hate muslims? ...")."""
    if clean and _PUT_TO_YOU.match(clause) and _echoed_as_question(clean, phrase):
        return False
    return bool(_FEELING.match(phrase)) and bool(_HOLDER.search(clause))


# (textrules40, sets 39 and 40's counter-speech false flags) Abuse someone received, quoted and reported: "Got called a
# "f*ggot" on the bus ... Reported it to TfL", "My daughter got sent "kys" on tiktok ... Screenshots sent to the school and
# police", "Someone shouted "go back to your country" at my mum ... Reported to BTP. This isn't ok", "Women get told "get back
# in the kitchen" daily ... Muting and reporting", "If you're sharing that forward saying a family are "nonces", stop. It's a
# lie". Every abusive match lies inside quotation marks; the quote is received or passed on (called, sent, told, shouted,
# wrote, messages, saying); and outside the quotes the post reports, blocks or condemns it. Never when the writer sent or
# said it, or agrees with it ("they're right", "I'd say it again", "and we do", "hope he does"), and never with abuse of
# its own outside the quotes (the caller asks that every hit be quoted).
_QUOTE_SPAN = re.compile(r"[\"“«]([^\"“”«»\n]{1,120})[\"”»]|(?:^|(?<=[\s(]))['‘]([^'‘’\n]{1,120})['’](?=\s|[.,!?;:)]|$)")
_RECEIVED = re.compile(
    r"\b(?:(?:got|get|gets|getting|was|were|been|being|is|are|am|im) (?:\w+ )?(?:called|sent|told|shouted at|messaged|texted|dmd|dmed|tagged|left)|"
    r"called (?:me|my|him|her|them|us|our|a|an|the)|(?:shouted|yelled|screamed|spat|sprayed|wrote|written|scrawled|painted|posted|commented|sent|said|says) "
    r"(?:\w+ ){0,3}?(?:at|to|on|in|under|about)? ?(?:me|my|him|her|them|us|our|a|an|the|his|their)\b|"
    r"(?:messages?|comments?|dms|texts?|abuse|replies|emails?|notes?|letters?|graffiti) (?:\w+ ){0,4}?(?:gets?|got|get|receives?|received|saying|said|says|like)|"
    r"(?:someone|somebody|a (?:man|woman|bloke|guy|lad|lady|driver|customer|passenger|stranger|kid|boy|girl)|kids|lads|some \w+) (?:\w+ ){0,2}?(?:shouted|yelled|screamed|called|wrote|sent|said|told|messaged)|"
    r"(?:sharing|forwarding|spreading|passing (?:round|around|on)) (?:\w+ ){0,6}?(?:saying|that says|calling|claiming)|quoting|"
    r"(?:is|was|are|were) what (?:\w+ ){0,4}?(?:got|gets|get|received|receives|hears|heard|was told|were told|was sent|were sent))\b"
)
_REPORTED = re.compile(
    r"\b(?:reported|reporting|report (?:it|them|him|her|every|each|this|these|the)|blocked|block and report|muted|muting|screenshots?|screenshotted|"
    r"(?:to|told|called|rang|involved|informed|contacted) (?:the )?(?:police|btp|tfl|school|head|manager|staff|driver|council|platform|moderators?|mods|hr)|"
    r"police (?:are|were|have been) (?:involved|called|told)|hate crime|racis\w+|homophob\w+|transphob\w+|misogyn\w+|sexis\w+|bigot\w*|"
    r"(?:is|its|was|this is|thats) (?:not|never) (?:ok|okay|banter|acceptable|a joke|funny|normal)|(?:isnt|wasnt|aint) (?:ok|okay|banter|acceptable|a joke|funny|normal)|"
    r"not staying quiet|wont stay quiet|speak up|called (?:it|him|her|them) out|do better|(?:its|it is|thats|that is) a lie|(?:stop|dont) (?:spreading|sharing)|"
    r"unacceptable|shameful|disgusting|disgraceful|vile|talk to your kids|check your kids|dont scroll past|stand with)\b"
)
_AGREED = re.compile(
    r"\b(?:(?:theyre|hes|shes|they are|he is|she is|youre|you are|(?:\w+ )?(?:is|was|were)) (?:(?:dead|damn|so|quite|totally|absolutely) )?right|"
    r"(?:id|i would|ill|i will|wed|we would) (?:say|shout|send|write) it again|and (?:we|i) do|hope (?:he|she|they|you) (?:does|do|did)|"
    r"(?:i|we|me and \w+) (?:\w+ )?(?:said|sent|wrote|shouted|told|called|texted|messaged|dmd|dmed|posted)\b(?! (?:it|them|him|her|this|that) (?:out|in|to (?:the )?(?:police|school|platform|mods)))|"
    r"^(?:sent|told|called|shouted at|messaged) (?:him|her|them)|lol|lmao|haha\w*|😂|🤣|deserved it|had it coming|not wrong|fair enough|true though|facts|"
    # (review40b) the quote endorsed after the report: "reported it to HR. honestly though he has a point", "can't say I
    # disagree", "sadly it's true, he is one", "we all know why he moved here", "he should take the hint", "if the cap fits"
    r"(?:has|have|had|got|ve got|s got) a point|(?:cant|can not|cannot|couldnt|wont|dont|do not) (?:say (?:i|we) )?(?:disagree|argue)|who can argue|"
    r"(?:its|it is|thats|that is|sadly|tbh|but) (?:(?!not |never |hardly |so not )\w+ )?true|(?:he|she|they) (?:is|are|was|were) (?:one|though)|"
    r"(?:we all|everyone|everybody|the whole \w+) knows? (?:why|its true|it is true|the truth|what (?:he|she|they) (?:is|are|did|does))|"
    r"(?:should|better|needs to|need to) take the hint|cap fits|no smoke without|"
    # ... or answered with revenge when the report is said to do nothing: "reported to police but they'll do nothing so the
    # lads are going round his tonight"
    r"(?:the lads|we|were|we are|im|i am|ill|i will|well|me and the \w+) (?:\w+ )?(?:going round|gonna go round|paying (?:him|her|them) a visit|"
    r"sorting (?:him|her|them)|dealing with (?:him|her|them))|(?:so|then) (?:the lads|were|well|ill|im) (?:\w+ ){0,2}(?:round|sort|deal|visit))\b"
)
# (review40b) a slur in quotes the writer uses as their own noun for people ("the \"pikeys\" sent my mum a letter", "got sent
# abuse by some \"faggot\"", "the \"n*ggers\" upstairs"): a determiner just before the quote, with no word of calling in the
# few words before it ("got called a \"f*ggot\"", "called my son a \"r*tard\"" are what was received)
_DETERMINER = re.compile(r"^(?:the|some|a|an|those|these|that|this|them|two|three|several|few|of)$")
_CALLING = re.compile(r"^(?:call|calls|called|calling|as|like|being|labelled|branded|named)$")


def _own_noun(before: str) -> bool:
    w = before.split()[-5:]
    return bool(w) and bool(_DETERMINER.match(w[-1])) and not any(_CALLING.match(x) for x in w[:-1])


def received_frame(words: str) -> bool:
    """(review40b) Whether the post's words say something was received or passed on (got sent, called me, someone shouted)."""
    return bool(_RECEIVED.search(words))


def reported_abuse(clean: str, phrases: list[str]) -> bool:
    """(textrules40) Whether every matched phrase (words form) lies inside a quotation the post received or passed on and
    reports or condemns outside the quotes (see _RECEIVED / _REPORTED above); False when it cannot tell."""
    spans = list(_QUOTE_SPAN.finditer(clean))
    if not spans or not phrases:
        return False
    quoted = [normalise(m.group(1) or m.group(2) or "")[1] for m in spans]  # "f*ggot" read as the word it hides
    owned = [_own_noun(normalise(clean[max(0, m.start() - 60) : m.start()])[1]) for m in spans]
    if any(o and any(f" {p} " in f" {q} " for p in phrases) for o, q in zip(owned, quoted, strict=True)):
        return False
    outside_raw = _QUOTE_SPAN.sub(" ; ", clean)
    outside = normalise(outside_raw)[1]
    if any(not p or not any(f" {p} " in f" {q} " for q in quoted) or f" {p} " in f" {outside} " for p in phrases):
        return False
    low = outside_raw.lower()
    if _AGREED.search(outside) or any(e in low for e in ("😂", "🤣", "😆")):
        return False
    return bool(_RECEIVED.search(outside) and _REPORTED.search(outside))
