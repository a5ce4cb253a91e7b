"""Frames: co-occurring parts of a post that together say what no single phrase does.

Hand-written threat phrases generalised poorly (0.84 recall on the set they were written
against, 0.32 on the next): veiled threats rarely repeat a phrase, but they keep a shape.

* **Threat frame** — a *target* (you, her, a role: social worker, copper, judge, landlord…),
  a *harm or consequence* (body, weapon, fire, a box, A&E, regret, "what happens to") and a
  *menace* (knowing where someone lives or when they finish, waiting outside, next time, one
  way or another, "be a shame", the target's child named) in one post. Only ever ``review``:
  each part alone is everyday English ("next time you're in A&E…" is a frame too).
* **Work-material transfer** — a work document (minutes, chronology, referral, body map,
  court bundle, case file…) near an offer, a hand-over or an exposure (DM me, ring me, I'll
  send/pass/forward, in my Dropbox or personal Gmail, printed to read on the train).

Matched on the ``words`` form (lower case, no punctuation, apostrophes dropped: "ill", "youll").
"""

from __future__ import annotations

import re

from .text_results import Hit

_W = r"(?: \w+)"

# --- threat frame -------------------------------------------------------------------------

_ROLE = (r"(?:social workers?|sw|copper|coppers|cops?|police(?:man|woman| officers?)?|pcsos?|officers?|"
         r"(?:head )?teachers?|headteachers?|judges?|magistrates?|councillors?|mps?|landlords?|nurses?|ward sister|"
         r"midwife|midwives|health visitors?|doctors?|gps?|ex|exs|neighbours?|housing officers?|housing office|"
         r"caseworkers?|manager|grass|grasses|snitch|snitches|whoever|next person|anyone who|people who|ppl|bloke|guy|fella|geezer)")
_TARGET = re.compile(rf"\b(?:you|u|ya|yer|your|ur|yours|urs|ull|youll|youre|youd|youve|he|she|him|her|his|hes|shes|hell|shell|they|them|their|theyll|sweetheart|darling|sunshine|princess|(?:that|this) (?:school|office|council|ward|nursery)|{_ROLE})\b")

_HARM = re.compile(
    r"\b(?:"
    # the body, hurt, weapons, fire
    r"jaw|teeth|kneecaps?|skull|ribs|head first|down the stairs|wired shut|on the pavement|blood|bullet|"
    r"knife|knives|blade|machete|acid|petrol|burns?|burnt|on fire|set fire|stab\w*|against a wall|"
    r"brick|bricks|letterbox|through (?:the|your|ur|her|his|their) (?:window|windscreen|door)|windows in|"
    r"in a box|coffin|body bag|grave|a and e|hospital|ambulance|wheelchair|intensive care|morgue|"
    # a consequence
    r"regret|what happens to|what comes through|get yours|get urs|(?:is|hes|shes|youre|ur|theyre) (?:done|finished)|"
    r"shame about (?:them|those|the|your|ur|her|his|their) (?:windows|car|tyres|door|house|kids)|gets (?:hers|his|theirs)|teach (?:\w+ ){0,3}a lesson|pay for (?:it|this|that)|"
    r"something happened|if (?:she|he|something|anything) (?:got|gets|went|goes|happened|happens)|got lost|gets lost|"
    r"take something of (?:yours|hers|his)|see how (?:\w+ ){0,3}likes? it|without (?:his|her|their|your|ur) (?:radio|mates|badge|uniform)|"
    r"accidents? happens?|wont be so (?:mouthy|brave|cocky|smug|lippy|gobby|clever)|leaving (?:\w+ ){0,3}in a box|"
    r"(?:she|he|they) (?:isnt|aint)$|wont be safe|new face|wont recognise|end up in the (?:river|canal|ditch|thames|sea)|"
    r"(?:walk|walking|go|going|get|getting) home alone|alone with (?:you|u|him|her|them)|beaten|battered|dragged out|"
    r"(?:set|setting|put|putting) the dogs on|make sure (?:\w+ ){0,3}never|without (?:your|ur|his|her|their) (?:friends|mates|boys)|"
    r"(?:coming|come|going) round (?:yours|hers|his|theirs)|"
    # something happening to their property, fire, a visit, being careful
    r"(?:anything|something) (?:happened|happens|happen|was to happen|were to happen)|catch(?:es)? fire|go(?:es)? up in (?:flames|smoke)|a match to|"
    r"(?:tend to|tends to|will|gonna|going to|could|might) lose (?:it|them|their \w+|your \w+|his \w+|her \w+)|"
    r"(?:getting|get|gets|pay|paying) (?:a|him a|her a|you a|them a) visit|a (?:little )?visit from|"
    r"watch (?:herself|himself|yourself|urself|themselves|your step|his step|her step)|(?:wants|want|needs|need|better|should) (?:to )?be (?:very )?careful|"
    r"find out (?:the hard way|what (?:a )?real \w+ (?:is|feels like))|survives? the (?:weekend|week|night)|"
    r"(?:nobody|no one|noone) (?:will|would|is going to) (?:be sorry|miss|care)|shame about (?:your|ur|her|his|their) (?:tyres|car|windows|door|house)|"
    r"(?:tyres|windows|windscreen|brakes) (?:slashed|smashed|cut|done)|"
    # not coming home, not in one piece, luck running out, breakable things, a bat in the boot
    r"or worse|scrap(?:e|ing) (?:you|u|him|her|them) off|off the pavement|end up hurt|(?:arent|isnt|not) (?:very )?(?:secure|safe)|"
    r"(?:id|i would) (?:stay|keep) (?:off|away|indoors|in)|"
    r"never (?:came|come|comes|get|gets|got|make it|makes it|made it) home|in one piece|while (?:you|u|she|he|they) (?:still )?can|"
    r"(?:luck|time) (?:is )?running out|running out|(?:very |so |quite )?(?:breakable|flammable)|a lot of glass|"
    r"(?:cricket|baseball|rounders) bats?|bat in the boot|(?:wants?|want) to play (?:games|silly buggers)|burn(?:ed|t|s)? down|keep (?:her|his|your|ur|their) (?:mouth|gob|trap) shut|"
    r"what happens when|wont be (?:doing|walking|talking|working|going|so)\b(?: \w+){0,2} (?:any ?more|again|tall|brave)|"
    r"turn up at (?:her|his|your|ur|their) (?:door|house|flat|work|office)|come (?:down|round) to (?:that|the|your|ur|her|his) (?:school|office|house|work|flat)|"
    r"(?:im|i am|ill be|were|well be) visiting|on (?:his|her|your|ur|their) own|catch (?:him|her|you|u|them) (?:on|alone|outside|after)|"
    r"(?:going|coming) (?:to|round) (?:her|his|their|your|ur) (?:house|flat|door|work)"
    r")\b"
)
# A menace: strong markers (knowing where or when, waiting, inevitability) count 2, weak ones
# (a time, a condition, the target's family) 1; a frame needs 2.
_STRONG = re.compile(
    r"\b(?:"
    r"(?:i|we|everyone|everybody|people|ive|weve)(?: \w+){0,3} (?:know|knows|got|have got|found|found out) (?:where|what time|when (?:she|he|you|u|they)|which school|what happens|"
    r"(?:your|ur|her|his|their) (?:new )?(?:address|number plate|reg|work address|routine|car|house|school)|ur new address|your new address)|"
    r"(?:address|number plate|work address)(?: \w+){0,6} (?:a lot of )?free time|"
    r"(?:shift|school run|day) (?:ends|finishes)|what time (?:\w+ ){0,3}(?:finish|finishes|leave|leaves|gets? home|clocks? off)|"
    r"which (?:bus|train|route|way|car park|entrance|door|gym) (?:she|he|you|u|they) (?:gets?|takes?|uses?|walks?|parks? in)|"
    r"(?:be|been|ill be|well be) waiting|waiting outside|after dark|on the way home|no cameras|just once|same (?:spot|route|way|time|place|bus|train|street|road|space)(?: \w+){0,2} every (?:night|day|morning|evening|week)|"
    r"(?:anyone|any1|any one|who|does anyone|do you) (?:know|knows) where (?:\w+ ){0,6}lives|one way or (?:another|the other)|(?:shame|pity|tragedy) if|(?:brave|hard|big|tough|mouthy) (?:man |woman )?online|keyboard warrior|"
    r"knows? what (?:you|u|she|he|they) did|"
    r"(?:who|that) (?:crossed|crosses|cross) (?:me|us|my|our)|show (?:your|ur|his|her|their) face (?:here|round here|again|round)|"
    r"wait and see|just not today|think twice|(?:havent|not|never) forgotten what|"
    r"dead quiet|nobody around|no one around|no witnesses|(?:long|good) memory|short (?:temper|fuse)|that ends (?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|now|this week)|"
    r"(?:been|im|i am|ive been) (?:very |so |too )?patient|(?:well|we will|lets) see who|just a thought|on the way home from now on|"
    r"(?:parks?|leaves?|walks?|drops? off|picks? up)(?: \w+){0,5} every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|morning|night|week)|noted|"
    r"put it this way|dont make me|(?:i|we) (?:never )?see (?:you|u|him|her) (?:in town|round here|again|out)|(?:cant|can not|cannot) wait to see|for when i see|"
    r"(?:i|we) know (?:your|ur|her|his|their) (?:wifes|husbands|kids|sons|daughters|mums|childrens|partners) names?|know exactly (?:which|where)|"
    r"(?:found|find) out which|once (?:we|i) (?:catch|get|see|find)|some people need (?:reminding|teaching|a lesson)|(?:need|needs) reminding|"
    r"nobody \w+ (?:on|in|round|from) (?:this|our|my) (?:street|estate|road|area|block)|hope (?:you|u) sleep well|"
    r"would be a (?:real )?(?:tragedy|pity)|(?:if|when) (?:the council|they|social services|the police|the court)(?: \w+){0,3} (?:evict|take|remove|arrest|section)|"
    r"count (?:your|ur) days|long memories|while it lasts|mark my words|try me|"
    # an official's child or family brought into it ("the councillor's son walks home on his own")
    rf"(?:{_ROLE})s (?:son|sons|daughter|daughters|kids|children|little (?:girl|boy|one)|wife|husband|family)|"
    r"(?:be|would be|itd be|shame) a (?:real )?shame|(?:had|youd|hed|shed|theyd|you|u) better|better not|better hope|(?:never )?meet in real life|meet irl|"
    r"(?:after|when) (?:im|ive|i am|i have|we are|weve) (?:done|finished)|(?:well|lets|we ll) see how (?:brave|hard|tough|big|mouthy|cocky|clever)|"
    r"not coming (?:round )?(?:to|for a) (?:talk|chat)|(?:give me|gimme) (?:five|ten|two|5|10|2) minutes|(?:come|comes|coming) (?:to|near|round) my (?:door|house|flat|kids|family)|"
    r"(?:someone|somebody|people|someones|somebodys) (?:should|ought to|needs to|wants to|is going to|going to|gonna)|"
    r"(?:i|we|weve|ive|everyone|everybody)(?: all)? (?:seen|watched|noticed|clocked) (?:which|where|when|your|ur|her|his)|"
    r"(?:people|everyone|everybody|we|i) (?:all )?knows? (?:his|her|your|ur|their) (?:car|house|address|kids|face|motor)|"
    r"(?:have|got|ve got) no idea who|ask around|(?:would|i d|id) hate for|(?:be|would be|itd be|it would be) (?:awful|terrible|a pity|tragic)|"
    r"next (?:time )?it(?:ll| will) be (?:your|ur|her|his|their)|better (?:sleep|watch|hope|stay|keep|pray|look)|"
    r"who (?:refused|reported|took|nicked|grassed on|stopped|sectioned|removed|banned|sacked|excluded|arrested|jailed|locked up|lied about|evicted) (?:me|my|us|our)|"
    r"(?:stick|sticks|poke|pokes|sticking) (?:their|your|his|her|ur) noses?|ill be seeing (?:that|you|u|him|her|them)|(?:she|he|they|you) (?:just )?(?:doesnt|dont|do not|does not) know it yet|"
    r"if i (?:lose|dont get|dont see|cant see|lose)|(?:enjoy|make the most of) (?:your|ur|her|his) last|"
    r"(?:people|those|anyone|ppl) who (?:talk|grass|snitch)\w*|talk too much|deserves? to be|dont (?:walk|go|get) home alone|"
    r"with (?:your|ur|his|her) name on it|you took my|fairs fair|swear down|regret the day|bet (?:you|u|he|she) wont|"
    r"thinks (?:shes|hes|theyre|youre) (?:the big man|so hard|hard|tough|untouchable|clever|safe)|"
    r"keep (?:it up|on|\w+ing)(?: \w+){0,8} and|if (?:they|you|u|that|she|he|the|this|my)(?: \w+){0,6} (?:again|take|takes|took|gives|give|knocks|reports?|comes|come)"
    r")\b"
)
_WEAK = re.compile(
    r"\b(?:next time|next person|tonight|tomorrow|just saying|lets see|bet (?:you|u|he|she)|i promise (?:you|u)|remember that|"
    # everyday advice and remembrance as much as menace ("if I were you I'd get the flu jab", "never forget you")
    r"if i (?:were|was) (?:you|u|her|him|them|that|the)|(?:dont|never|wont) (?:forget|forgive)|"
    r"(?:kids|children|son|daughter|boy|girl) (?:walk|walks|go|goes|get|gets) (?:to|home from) school|"
    r"im volunteering|theyll listen|thought so|some of us(?: have \w+)?|has a (?:nice|lovely) (?:little )?(?:semi|house|flat|car|garden|place)|small world|soon enough|at \d+ ?am|enjoys? (?:her|his|their|your|ur) \w+|(?:has|got) a (?:daughter|son|wife|husband|kid|kids|little)|"
    r"though (?:are|is|do|does|arent|isnt) (?:they|it|he|she)|interesting|wouldnt it|isnt it|still got|(?:a )?dangerous|tell (?:your|ur|that|the) \w+(?: \w+)? that|"
    r"simple as|i swear|at night|soon|(?:walking|walks|walk) (?:to|home|back)|enjoy (?:your|ur) \w+|tend to|"
    r"(?:tell|telling) (?:that|your|the) \w+(?: \w+)? (?:to|that)|round here|in a car park|(?:im |i am )?(?:going to|gonna) (?:put|do|sort|get|pay)|there will be|"
    r"(?:your|ur|her|his|their) (?:little (?:girl|boy|one)|kids|children|son|daughter|wife|husband|mum|family)|(?:her|his|their)s? (?:son|daughter|kids)|ppl like (?:u|you)|people like (?:u|you))\b"
)

# Reporting or supportive voices that talk about threats rather than make them.
_NOT_A_THREAT = re.compile(
    r"\b(?:reported (?:it|this|them|him|her) to|called (?:the )?police|if you (?:are|feel) (?:unsafe|threatened)|"
    r"helpline|support line|stay safe|get home safe|text me when you get home|hope (?:you|she|he) feels? better|"
    r"speedy recovery|get well|recovering|recovery)\b"
)


# Someone telling what was said to them (a victim, a witness): the frame asks more of such posts.
REPORTED = re.compile(r"\b(?:told me|said to me|says to me|called me|shouted|screamed|yelled|threatened|messaged me|sent me|received|was told|got told|screenshot|reported (?:it|this|them|him|her|that) to|reported to)\b")

# Harms that are also everyday life (a trip to A&E, a grandparent's grave, kids going on their own):
# with only these, a frame needs more menace (one strong and one weak marker, or three weak).
_SOFT_HARM = re.compile(r"(?:hospital|a and e|ambulance|grave|wheelchair|intensive care|on (?:his|her|your|ur|their) own)")

_EMOJI_HARM = re.compile("[\U0001F525\U0001F52A\U0001F4A3\U0001FA78\u26B0\U0001FAA6\U0001F52B]")  # fire knife bomb blood coffin headstone pistol


# Phrases that carry harm and menace at once ("you won't see it coming").
_VEILED = re.compile(
    r"\b(?:check under (?:her|his|your|ur|their) (?:car|motor)|sleep with (?:the lights on|one eye open)|"
    r"(?:wont|will not|never|not) see (?:it|the next one|what hit|me|us) coming|last thing (?:you|u|he|she|they) (?:ever )?(?:say|says|do|does|see|sees)|"
    r"snitches get stitches|(?:enjoy|make the most of) (?:your|ur|her|his|their) last (?:shift|day|week|night|weekend|month)|"
    r"(?:wont|will not|never) know what hit|(?:is|are|looks?|so) (?:very |so |quite |really )?(?:breakable|flammable)|(?:has|got) a lot of glass|"
    r"(?:lucky|luck) there (?:was|were) (?:people|witnesses|cameras)|(?:is|are|gets?|getting) found simple|getting found|(?:got|have) people (?:everywhere|all over|on the inside)|"
    r"one (?:phone )?call and|(?:life|world) (?:will )?changes? forever|about to have a (?:very |really )?bad (?:week|day|time|night)|tell (?:him|her|them) i said hi|"
    r"(?:has|got|have|hope) (?:\w+ ){0,3}(?:good|decent) (?:home|house|car|contents) insurance|"
    r"whats coming (?:to|for) (?:him|her|you|u|them)|(?:youll|you will|hell|shell|theyll|u will) wish (?:you|u|he|she|they) (?:never|hadnt|had never)|"
    r"made (?:an|yourself an|a real) enem(?:y|ies)|(?:were|we are|im|i am) coming and (?:were|we are|im|i am) not knocking|"
    r"(?:would|d) like a (?:quiet )?word with|(?:check|checking) (?:his|her|their|your|ur) (?:mirrors|brakes|tyres)|"
    r"(?:go|goes|went|going) missing(?: \w+){0,2} again|a (?:house|flat|car) can go up|before something happens|if i get to (?:him|her|them|you|u) first|"
    r"so is (?:her|his|your|ur|their) (?:luck|time)|watch (?:her|his|their|your|ur) back(?!(?: \w+){0,5} (?:ice|icy|slippy|slippery|frost|frosty|snow|steps?|stairs|pavements?|paths?|kerbs?|wet floor|lifting|lift|knees|posture))|"
    r"(?:lucky|luck) (?:im|i am|i was|im still) (?:on bail|on licence|on tag|inside|not)|what happened to the last (?:\w+ ){0,2}who|"
    r"(?:somebody|someone)s? (?:is )?(?:going to|gonna) (?:end up|get) (?:hurt|killed|stabbed)|(?:it|that) (?:wont|will not) be me)\b"
)

# Knowing where the target lives, on its own, is menace enough unless something is being sent.
_KNOW_HOME = re.compile(r"\b(?:i|we|ive|weve)(?: \w+){0,2} (?:know|got|have got|found|found out) (?:where (?:you|u|she|he|they) (?:live|lives|sleep)|(?:your|ur|her|his|their) (?:new )?(?:home )?address)\b"
                        r"|\b(?<!let me )(?<!do you )(?<!dont )(?<!if you )(?:seen|know|found out|clocked|watched) (?:which|where|what) (?:\w+ ){0,2}(?:you|u|she|he|they) (?:go|goes|live|lives|work|works|park|parks|drink|drinks|train|trains|sleep|sleeps|get off|gets off)\b"
                        r"|\b(?:seen|watched|clocked) (?:your|ur|her|his|their) (?:kids|children|son|daughter|little \w+)\b"
                        r"|\b(?<!let me )(?<!do you )(?<!dont )(?<!if you )(?:seen|know|found out|find out|clocked|watched) (?:which|where) (?:\w+ ){0,5}(?:goes|go|lives|live|works|work|parks|drinks|trains|sleeps)\b"
                        r"|\b(?:i|we) know where (?:\w+ ){1,3}(?:lives|live)\b"
                        r"|\b(?:your|ur|her|his|their) (?:\w+ )?still (?:living )?(?:on|in|at) \w+ (?:close|road|street|avenue|lane|estate|court|gardens|grove|crescent|way)\b"
                        r"|\b(?:i|we) (?:\w+ )?know (?:your|ur|her|his|their) (?:wifes|husbands|kids|sons|daughters|mums|childrens|partners) names?\b")
# (not "before you post about me again": posting about someone is no parcel; stop 32)
_SENDING = re.compile(r"\b(?:send|sending|sent|post(?! (?:about|on|online|anything|stuff|that))|posting(?! (?:about|on|online|stuff|that))|invite|invitation|card|parcel|deliver\w*|present|gift|christmas|birthday|wedding)\b")


def threat_frame(words: str, *, context: bool = False, clean: str = "") -> list[Hit]:
    """Target + (harm + menace, or two strong menaces) in one post: one threat hit naming the
    parts; [] otherwise. A professional or reporting voice (``context``) needs a stronger frame."""
    if _NOT_A_THREAT.search(words):
        return []
    v = _VEILED.search(words)
    if v and not context:  # these phrases name their target by implication
        return [Hit("threat", f"threat frame: {v.group(0)}")]
    if not _TARGET.search(words):
        return []
    strong = {m.group(0) for m in _STRONG.finditer(words)}
    if _KNOW_HOME.search(words) and not _SENDING.search(words):
        strong |= {"knows where the target lives", "(address)"}
    weak = {m.group(0) for m in _WEAK.finditer(words)} if len(strong) < 2 else set()
    menace = 2 * len(strong) + len(weak)
    if menace < 2:
        return []
    harms = list(_HARM.finditer(words))
    h = next((m for m in harms if not _SOFT_HARM.fullmatch(m.group(0))), None) or (_EMOJI_HARM.search(clean) if clean else None)
    soft = harms[0] if harms and h is None else None
    need = 4 if context else 2  # with a harm: 2 (one strong or two weak); without: two strong
    if soft and menace >= need + 1:
        h = soft
    if h and menace >= need:
        return [Hit("threat", f"threat frame: {h.group(0)} / {' / '.join(sorted(strong | weak))}")]
    if not h and (len(strong) >= 2 or (strong and len(weak) >= 2)) and not context:
        return [Hit("threat", f"threat frame: {' / '.join(sorted(strong | weak))}")]
    return []


# --- work material handed over or exposed -------------------------------------------------

_DOC = (r"(?:minutes|case notes|(?:visit|meeting|mash|marac|core group|strategy|contact|supervision|recording) notes|pep|ehcps?|"
        r"(?:lado|outcome|court|cp|referral|conference|s47|section 47) (?:outcome )?letters?|chronology|chronologies|referrals?(?: form)?|assessments?(?: report)?|body maps?|"
        r"(?:police )?disclosure|child protection plan|cp plan|safety plan|care plan|looked after children list|lac list|"
        r"case files?|court bundle|bundle|ehcp|mash notes|caseload whiteboard|whiteboard|case ?load|safeguarding log|(?:lado|case|visit|cp|cin) notes|"
        r"(?:serious case|strategy meeting|core group|icpc|rcpc|cp) (?:review|minutes|notes|report)|"
        r"report (?:about|on|for) (?:a |the |this |that )?(?:family|child|kid|mum|dad|me)|"
        # stop 34 (sets 32, 33): an internal report before it is published, a staff rota or duty list
        # (not a school report, an annual report, a chore rota)
        r"(?:safeguarding|internal|incident|serious incident)(?: audit| investigation)? reports?|"
        r"(?:team|teams|staff|duty|work|shift|ward|night|on call|out of hours|emergency duty) rotas?(?! (?:app|template|system|software|spreadsheet|tool))|duty list|on call list)")
_TRANSFER = (r"(?:dm me|pm me|message me|inbox me|ring me|call me|text me|email me|whatsapp me|contact \w+(?: \w+){0,3} for|"
             r"(?:ill|i ll|i will|i can|can|happy to) (?:send|pass|forward|share|drop|read|email|post|whatsapp)|"
             r"if (?:anyone|any1|you)(?: \w+){0,4} (?:needs?|wants?|missed)|anyone (?:want|wants|need|needs|got)|a copy|copies|"
             r"send me|(?:can|could) (?:someone|somebody|anyone|you) send|who wants|want a look|"
             r"(?:emailed|sent|forwarded|uploaded|saved) (?:\w+ ){0,4}to my (?:home|personal|own|private) (?:address|account|email|laptop|computer)|"
             r"left (?:\w+ ){0,6}(?:on|in) (?:the |a )?(?:bus|train|tube|overground|cafe|costa|pub|\d+)|got (?:them|it) on my phone|in the background|"
             r"forwarding|attaching|attached|screenshot\w*|(?:photo|pic|picture)s? of|"
             r"my (?:personal|own|home) (?:\w+ )?(?:email|gmail|hotmail|phone|laptop|drive)|(?:in|on|to) my (?:dropbox|gmail|hotmail|icloud|google drive)|"
             r"whatsapp group|the link|for the link|printed|on the (?:train|bus|tube)|took (?:\w+ ){0,2}home|"
             r"(?:got|have|its|saved) (?:it |them )?on my (?:phone|laptop|ipad|tablet)|(?:email|send|forward) (?:it to )?anyone|drop me a line|"
             r"(?:usb|memory) stick|pen drive|(?:finish|work on) (?:it |them )?(?:at|from) home|sneak peek|(?:selling|sold|binned) my (?:old )?(?:work )?(?:laptop|phone)|"
             r"(?:uploaded|copied|saved|moved|put) (?:\w+ ){0,4}(?:to|onto|on) my (?:own |personal |home )?(?:\w+ )?(?:drive|laptop|phone|dropbox|icloud|computer|pc))")
_WORK_TRANSFER = re.compile(rf"\b(?:{_DOC}\b{_W}{{0,12}} {_TRANSFER}|{_TRANSFER}\b{_W}{{0,12}} (?:the |a |my |our |this |that )?(?:\w+ ){{0,4}}{_DOC})\b")
# Training, jobs and guidance about documents ("webinar on writing chronologies, link below").
_GENERIC = re.compile(r"\b(?:training|webinar|course|workshop|template|guidance|how to|tips|cpd|vacanc\w*|hiring|job|lecture|module|"
                      r"recruit\w*|interview\w*|person spec|asye|sample|"
                      r"seminar|keynote|summit|festival|(?:safeguarding|national|annual|regional|research) conference|residents)\b")


def work_transfer(words: str) -> list[Hit]:
    """A work document near an offer, hand-over or exposure; [] for training or guidance."""
    m = _WORK_TRANSFER.search(words)
    if not m or _GENERIC.search(words):
        return []
    return [Hit("work_material", m.group(0))]
