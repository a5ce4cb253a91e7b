"""Implied threats, public disorder and sexual remarks as pairs of small open classes (textrecall5).

The fresh set written after the textrecall4 freeze showed threats that name no harm and fit none of
text_abuse's menace classes: an advantage held ("i have her full name now", "we found your
address"), patience or memory ("i can wait", "some of us don't forget"), muscle on its way ("my
brothers are home from the army next week"), a dare ("let's see if she's so brave"), a prediction
of loss ("his last few weeks of working kneecaps", "it might not come back in"), a warning given
("there's gonna be consequences", "might want to avoid Dalston"). Each is everyday English alone:

* **implied threat** (``implied_threat``, threat): someone to aim at (text_abuse's targets, or "the
  next one that…", "whoever…") × two different menace cues (this module's or text_abuse's), or one
  cue beside a grievance or a repeat condition ("one more time", "next time");
* **public disorder** (``public_disorder``, alcohol / antisocial): the writer thrown out of a venue,
  passed out or urinating in public × drink or a night out; or the writer's own damage, fly-tipping,
  fare dodging or taking ("snapped the wing mirror off", "dumped the sofa behind the garages",
  "bunking the overground");
* **sexual remark** (``sexual_remark``, obscene): two different sexual cues ("what I'd do to",
  "in bed", "horny", 🍆, "dms open"), or one unambiguous one.

Only ever ``review``. Reporting what was said to the writer, support, professional, campaign and
counter-speech wording (text_abuse's lists) void them.
"""

from __future__ import annotations

import re

from .text_abuse import (
    _ABOUT_ABUSE,
    _CONDITION,
    _CONSEQUENCE,
    _GRIEVANCE,
    _SURVEIL,
    _TARGET,
    _TOLD_ME,
    _UNFRIENDLY,
    _VISIT,
    _VOID,
    plain_words,
)
from .text_group import _GROUP, COUNTER_SPEECH
from .text_results import Hit

# --- implied threat ------------------------------------------------------------------------------

# Menace cues text_abuse lacks; each is one kind of "what happens next" aimed at someone.
_CUE = re.compile(
    r"\b(?:(?:better|best) not (?:show|come|be seen|let me see|set foot)|(?:are|is|re|s|be) waiting for (?:him|her|them|you|u)|"
    r"keep an eye on (?:who|whos|what)|watch (?:his|her|their|your|ur) back|"
    r"(?:good|long) memory|(?:some of us|we|they|people|parents)(?: \w+)? (?:dont|never|wont|will not|wont ever) forget|"
    r"last (?:few |couple of )?(?:days|weeks|months|nights) (?:of|with)|last \w+ (?:he|she|they|you) (?:ever|will ever)|working (?:kneecaps|legs|knees|teeth|hands|fingers)|kneecaps|"
    r"(?:brothers|cousins|uncles|mates|lads|boys|dad|husband|fella) (?:are|is|s|re) (?:home|back|out|coming|getting out)|"
    r"(?:i|we|ive|weve) (?:\w+ )?(?:have|got|found|know|clocked) (?:his|her|their|your|ur) (?:full |\w+ )?(?:name|address|number|reg|plate|number plate|school)|"
    r"(?:i|we) (?:can|will|ll) wait|(?:were|we are) ready|(?:im|were|i am|we are) (?:very )?patient|"
    r"(?:lets|let us|well|ill|we will) see (?:if|how) (?:\w+ ){0,3}(?:so |as |still )?(?:brave|hard|tough|smug|funny|clever|big|cocky|gobby)|"
    r"consequences|(?:ive|i have|weve|we have) warned|might (?:not|never) (?:come back|come home|make it|be so lucky|walk|get home|wake up)|"
    r"narrowing it down|names (?:left )?on (?:the|my|a) list|might (?:want|wanna) to (?:avoid|stay away|keep away|think twice|watch)|"
    r"(?:is|are|s|re) getting it|not joking|(?:a )?(?:very|really) (?:bad|long|rough) (?:christmas|week|weekend|year|day|night)|"
    r"(?:learn|learning|taught|teach|teaching) (?:(?:him|her|them|you) )?a lesson|sleep tight|sweet dreams|"
    r"(?:was|were|is|are) lucky (?:my|i|we|that|the)|next time (?:he|she|they|you|it|u)(?: \w+)? (?:wont|will not|might|wouldnt)|"
    r"too scared to|make sure of it|(?:ill|well|i will|we will) make sure (?:its|it is|that|he|she|they|you)|"
    r"(?:ill|well|im|were) (?:be )?at the (?:gates?|door|school|house|match|pub)|cant find (?:her|him|them|me|us)|funny that|carry on (?:mate|love|pal|then|son)|"
    r"(?:should|needs? to|wants? to) know (?:were|we are|im|i am|that we|that i)|not saying (?:id|i would|i will|ill) do anything|"
    r"while (?:she|he|you|they|u) (?:still )?can|(?:ive|i have|weve|we have|got) (?:plenty of|all the) time|(?:needs?|wants?|should|better) (?:to )?remember (?:i|we|who|where|that)|"
    r"stop being (?:reasonable|nice|polite|patient|civil|friendly)|(?:has|have|got) (?:a |an )?(?:big|older|bigger) (?:brothers?|cousins?|sisters?)|so does (?:she|he|mine|ours)|"
    r"just so (?:everyone|everybody|you|we|they|he|she)(?:s| is| are)? (?:understands?|knows?|clear|aware))\b")
# Said alone, given someone to aim at.
_CUE_ALONE = re.compile(r"\b(?:not far enough|funny how (?:\w+ ){0,3}(?:fires?|accidents?|cars? get|windows? get|tyres? go)|(?:cant|can not|cannot) hide forever|nowhere to hide)\b")
# Someone to aim at beyond text_abuse's: "the next one that…", "whoever…", a neighbour's pet.
_MORE_TARGET = re.compile(r"\b(?:(?:the )?next (?:\w+ ){0,3}(?:i see|that|who)|whoever|neighbours?|(?:his|her|their|neighbours) (?:dog|cat|car|van|kids))\b")
_EVERYDAY = re.compile(r"\b(?:quiz|cake|party|holiday|recipe|match report|exam|revision|interview|game night|fantasy football|episode|series|season finale|book|novel|film)\b")


def implied_threat(clean: str) -> list[Hit]:
    """Someone to aim at × two different menace cues, or one beside a grievance or a condition."""
    w = plain_words(clean)
    cues = [m.group(0) for m in _CUE.finditer(w)]
    alone = _CUE_ALONE.search(w)
    if not cues and not alone:
        return []  # the common case: one regex scan
    if _VOID.search(w) or _TOLD_ME.search(w) or _ABOUT_ABUSE.search(w) or COUNTER_SPEECH.search(w) or _EVERYDAY.search(w):
        return []
    if not (_TARGET.search(w) or _GRIEVANCE.search(w) or _GROUP.search(w) or _MORE_TARGET.search(w)):
        return []
    if alone:
        return [Hit("threat", f"implied threat: {alone.group(0)}")]
    older = [m.group(0) for rx in (_SURVEIL, _VISIT, _CONSEQUENCE, _UNFRIENDLY) for m in rx.finditer(w)]
    said = list(dict.fromkeys([*cues, *older]))
    extra = [m.group(0) for m in (_GRIEVANCE.search(w), _CONDITION.search(w)) if m]
    if len(said) + len(extra) < 2:
        return []
    return [Hit("threat", f"implied threat: {' / '.join([*said, *extra][:3])}")]


# --- public disorder ----------------------------------------------------------------------------

_EJECTED = re.compile(r"\b(?:(?:kicked|thrown|chucked|turfed|booted|walked|escorted|carried) out (?:of|by)|(?:got|was|were|been|get) (?:\w+ )?(?:kicked|thrown|chucked|turfed|booted|walked|escorted) out)\b")
_COLLAPSED = re.compile(r"\b(?:passed out|fell asleep|slept|woke up|asleep|spewed|threw up|was sick|sick) (?:in|on|at|behind|outside|under) (?:a |the |my |some |his |her )?(?:pavement|street|road|bus|bench|gutter|doorstep|doorway|park|plant pot|pot|bush|hedge|kerb|curb|roundabout|station|platform|night bus|taxi)\b"
                        r"|\bsick in (?:a|the|my|his|her) \w+")
_WEE = re.compile(r"\b(?:had a|have a|having a|did a|quick) (?:wee|piss|slash|pee|whizz)\b|\b(?:pissed|peed|weed|pissing|weeing) (?:in|on|behind|against|up) (?:a |the )?(?:\w+ ){0,2}(?:doorway|wall|shelter|street|alley|car|bush|hedge|fence|garden|bin|bins|shop|church|station|tree|bus)")
# Red team 20: not "lol" or "lmao": laughter says nothing about drink ("got kicked out of the soft
# play lol", "fell asleep on the bus lol missed my stop").
_NIGHT_OUT = re.compile(r"(?:\b(?:drunk|pissed|hammered|wasted|smashed|steaming|sesh|saturdaysesh|pints?|shots|jagers?|jägers?|jaegers?|vodka|tequila|prosecco|wine|gin|bottomless|brunch|pub|club|bar|bouncers?|security|"
                        r"wedding|\d+ (?:pints|drinks|shots|jagers|jägers|deep)|deep|night out|on the lash|the dolphin|spoons|wetherspoons|dancing on the tables?)\b|🥂|🍻|🍺|🍸|🥴)")
_MY_DAMAGE = re.compile(
    r"(?:^|\b(?:i|we|so i|so we|then i)\s)(?:snapped|smashed|kicked in|keyed|scratched|slashed|let down|broke|booted) (?:the|his|her|their|a|some|that) (?:\w+ ){0,3}"
    r"(?:wing mirrors?|windscreen|windows?|tyres?|aerial|wipers?|fence|door|sign|bus shelter)\b"
    r"|(?:^|\b(?:i|we)\s)(?:dumped|left|chucked|dumping|fly ?tipped) (?:\w+ ){0,3}(?:sofa|mattress|fridge|rubbish|bin bags|bags of rubbish|tyres|waste|wardrobe|telly|tv)(?: \w+){0,5} (?:behind|in|on|by|at|down|round|outside) (?:the |a |some )?(?:garages|alley|alleyway|lay ?by|woods|field|canal|verge|lane|back|side of the road|estate|park|car park)\b"
    r"|\blet (?:the |his |her |their |all the |all four )?tyres down"
    r"|\b(?:bunking|bunked|bunk) (?:the )?(?:train|tube|overground|bus|fare|tram)s?|\bfare dodg\w*|(?:jumped|tailgated|jumping|hopped) (?:the |over the )?barriers?"
    # Stop 31: the inspector dodged ("dodged the ticket inspector", "hid in the loo till the conductor had gone").
    r"|\b(?:dodged|dodging|dodge|avoided|avoiding|hid from|hiding from|ducked|ducking) the (?:ticket )?(?:inspectors?|conductors?|revenue (?:protection|inspectors?))"
    r"|\bhid(?:ing)? in the (?:train |bus )?(?:toilets?|loos?|bogs?)(?: \w+){0,3} (?:the )?(?:ticket inspectors?|inspectors?|conductors?)\b"
    r"|\bhelped myself to (?:one|a|his|her|their|some|them)\b|(?:^|\b(?:i|we)\s)(?:lobbed|lobbing|threw|throwing|chucking|chucked) (?:eggs|stones|rocks|bricks|bottles|fireworks) at")
_NOT_DISORDER = re.compile(r"\b(?:campaign|awareness|training|police (?:are|were) appealing|appeal|report it|please|if you see|council tip|collection booked|booked a collection|"
                           r"recycling centre|my car got|someone (?:keyed|smashed|dumped|snapped)|(?:kids|youths|they|someone) (?:keep|keeps|kept)|hospital|shift|patients?|a&e|nurse)\b")


def public_disorder(clean: str) -> list[Hit]:
    """The writer ejected, collapsed or urinating in public × a night out; or their own damage,
    fly-tipping, fare dodging or taking. Review only."""
    w = plain_words(clean).replace("ä", "a")
    if _NOT_DISORDER.search(w):
        return []
    if m := _MY_DAMAGE.search(w):
        return [Hit("antisocial", f"public disorder: {m.group(0)}")]
    if m := _WEE.search(w):
        return [Hit("antisocial", f"public disorder: {m.group(0)}")]
    act = _EJECTED.search(w) or _COLLAPSED.search(w)
    # The writer's own night: a sentence that starts with the act (the subject left out), or I/we; or the reader's,
    # told to them ("you had to be carried out of the pub mate": a friend's comment under the writer's post).
    mine = any(re.match(r"^(?:got|was|been|kicked|thrown|chucked|walked|escorted|passed|sick|woke|fell|slept)\b", plain_words(x)) for x in re.split(r"[.!?\n]+", clean)) \
        or re.search(r"\b(?:i|we|me|us|im|ive|weve)\b", w) \
        or re.search(r"\b(?:you|u) (?:had to be|got|were|was) (?:\w+ )?(?:carried|kicked|thrown|chucked|turfed|booted|walked|escorted) out\b", w)
    if act and mine and (n := _NIGHT_OUT.search(w.replace(act.group(0), " "))) and not re.match(r"^(?:he|she|they|my (?:mate|son|daughter|brother|sister|dad|mum))\b", w):
        return [Hit("alcohol", f"drunk in public: {act.group(0)} … {n.group(0)}")]
    return []


# --- sexual remark ------------------------------------------------------------------------------

_SELLING = (r"onlyfans|only fans (?:is|link|page|account|sub\w*)|(?:my|new|more) (?:spicy|naughty|exclusive|18\+?) (?:content|pics|vids|videos|snaps)|"
            r"uncensored (?:pics|vids|videos|content|snaps|photos)|(?:dm|message|pm|inbox) (?:me )?(?:for|4) (?:customs|custom (?:pics|vids|videos|content))|"
            r"(?:subscribe|sub) (?:for|4) (?:uncensored|spicy|exclusive|naughty|more spicy)|"
            # (stop 35, set 34) feet pictures sold by the writer ("selling feet pics now, DM for the spicy ones")
            r"(?:(?:im|i am|ive started|started|been|now) selling (?:my )?feet (?:pics|photos|content|vids|videos)|selling (?:my )?feet (?:pics|photos|content|vids|videos) now)")
_SEXUAL = re.compile(
    r"(?:\b(?:what (?:i|id|i would|ide) do to|(?:wants?|wanted|like|likes|liked|good|great|goer|do|does|did|into) in bed|in the sack|horny|stiffy|boner|"
    r"a right goer|bend (?:her |him |me |you )?over|send (?:me )?(?:a )?(?:pic|pics|nudes|nude)|nudes|dms? (?:are )?open|"
    r"(?:wouldnt|wont|not) let (?:him|her) leave|make a sailor blush|mouth made for|if you know what i mean|"
    r"(?:her|his|them|those) (?:arms|legs|thighs|abs|tits|boobs|arse|bum|ass|lips)\b(?: \w+)? tho|sit on (?:my|his|her) face|ride (?:him|her|me)|"
    r"(?:things|stuff) (?:i|id|i would) (?:let (?:him|her) do|do to)|frisky|no strings|keep me warm|hear (?:every|them|her|him) moan\w*|"
    r"(?:filthy|wild|dirty|naughty|kinky|freak|animal) in bed|\bthem (?:arms|legs|thighs|abs|tits|boobs|arse|bum|lips)$|"
    r"get (?:him|her|you) into bed|(?:would|wud|id) (?:smash|bang|do)(?: her| him)?|shag\w*|"
    # (stop 35) a cue, not enough alone: "dm for the spicy ones" (a chilli sauce stall says it too: _NOT_SEXUAL)
    r"(?:dm|message|pm|inbox) (?:me )?(?:for|4) (?:the )?(?:spicy|naughty|nsfw|uncensored) (?:ones|pics|content|vids|videos|snaps|sets?)|"
    # (stop 30) sexual content offered or sold ("uncensored vids", "dm for customs", OnlyFans),
    # and "a proper seeing to" said of a person (not the boiler: _NOT_SEXUAL)
    # (stop 36, set 35) what the writer wears underneath, offered in pictures: "dm me if u want pics of what i'm wearing
    # under the uniform 😈" (a cue; the heat emoji is the second)
    r"(?:best|great|amazing|first|an|my|multiple|mind blowing) orgasms?|(?:my|new|a new) (?:sex toys?|vibrators?)|"
    r"(?:pics?|photos?|pictures?|snaps?|a look) of what (?:im|i am|i have|ive got|i got) (?:wearing|got on|on) (?:under|underneath|beneath)\b"
    r"|what (?:im|i am|ive got|i have) (?:wearing|got on) (?:under|underneath|beneath) (?:the|my|this|me) (?:uniform|scrubs|clothes|dress|skirt|suit|work clothes|tunic)"
    + r"|" + _SELLING + r"|(?:him|her|you|u|me|them|ladies|girls|lads|wants?|needs?|want|fancy|after) a (?:proper |good |right )?seeing to)\b|🍆|🍑|💦|👅)")
# (stop 36, set 35) "the best orgasm of my week courtesy of my new toy 🙈": an orgasm or a sex toy told is sexual alone
# (sex education, training and campaigns are voided by _NOT_SEXUAL)
_SEXUAL_STRONG = re.compile(r"\b(?:horny|stiffy|send (?:me )?nudes|sit on (?:my|his|her) face|(?:filthy|wild|dirty|kinky|freak|animal) in bed|"
                            r"(?:best|great|amazing|first|an|my|multiple|mind blowing) orgasms?|(?:my|new|a new) (?:sex toys?|vibrators?)|"
                            + _SELLING + r"|a (?:proper |good |right )?seeing to)\b")
_HEAT = re.compile(r"[🥵😈😏🔥]")
_NOT_SEXUAL = re.compile(r"\b(?:consent|sex ed\w*|relationships education|rse|pshe|safeguarding|training|campaign|grooming|report(?:ed)? (?:it|him|her)|"
                         r"aubergine|recipe|veg\w*|harvest|allotment|garden|boiler|engine|engineer|mechanic|hedge|lawn|roof|"
                         r"sauces?|chill?i\w*|wings|curry|curries|peppers?|salsa|jalapen\w*|scotch bonnets?|scoville)\b")


def sexual_remark(clean: str) -> list[Hit]:
    """Two different sexual cues (a heat emoji counts as one), or one unambiguous one."""
    w = plain_words(clean)
    cues = list(dict.fromkeys([*(m.group(0) for m in _SEXUAL.finditer(w)), *re.findall(r"[🍆🍑💦👅]", clean)]))
    if not cues:
        return []
    if _NOT_SEXUAL.search(w) or _TOLD_ME.search(w) or _ABOUT_ABUSE.search(w):
        return []
    strong = _SEXUAL_STRONG.search(w)
    if len(cues) + bool(_HEAT.search(clean)) < 2 and not strong:
        return []
    return [Hit("obscene", f"sexual remark: {' / '.join(cues[:3])}")]
