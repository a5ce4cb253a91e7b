"""Three compositional structures for abuse worded without the explicit lists' words.

Fresh sets written after each freeze showed what phrase lists miss: threats with no harm word
("I know which bus she gets home. monday's going to be very interesting"), group attacks as
generalisations ("polish builders are all the same, cash in hand"), and insults built from a
describing word the lists lacked ("a jumped up little nobody with a headset"). Each structure is
a pair of parts, every part a small open class, and the pair is required:

* **menace to a person** (``veiled_threat``, threat): a person the writer has a grievance with or
  speaks to × a menace — knowing their movements or belongings, an unfriendly visit ("won't be to
  say hello", "not bringing the police"), a consequence ("you'll regret", "he won't like what comes
  next", "lucky I'm a calm person"), a sarcastic wish ("enjoy your drive home") — or two
  different menaces together;
* **a group generalised** (``group_generalisation``, discriminatory): a group (a plural, or a
  group word before any person or shop noun: "Somali mums", "turkish barbers", "the deaf kid") ×
  an essentialising, harm-to-us, exclusion or guard-yourself predicate ("all the same", "that's
  just what they're like", "have ruined", "shouldn't be allowed to vote", "hide your bikes");
* **contempt for a person** (``contempt_insult``, insult): a person (a role, a name, you) ×
  "is a <contempt word> … <noun>", "has the <faculty> of a <thing>", "thick as …".

Only ever ``review``: each part alone is everyday English. Counter-speech, reporting (what was
said to the writer), support and professional wording void the threat and group structures.
Matched per post on the words form of ``clean`` (lower case, apostrophes dropped).
"""

from __future__ import annotations

import re

from .text_group import _GROUP, COUNTER_SPEECH, attributed_claim
from .text_group import _PLAIN as _PLAIN_GROUP
from .text_results import Hit


def plain_words(text: str) -> str:
    """The post in the words form the loose readers' patterns expect: lower case, apostrophes dropped, other
    punctuation to spaces, runs of space to one (shared by text, text_counter, text_menace and text_scorn)."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("'", "").replace("’", "")).split())


_SENTENCES = re.compile(r"[.!;?\n]+")
# Someone telling what was said or done to them (a victim, a witness): not their own menace.
_TOLD_ME = re.compile(r"\b(?:told me|said to me|says to me|(?:shouted|screamed|yelled) at me|threatened (?:me|us)|messaged me|sent me|was told|got told|"
                      r"reported (?:(?:it|this|them|him|her|that) )?to)\b")
# Someone else's words quoted to be answered ("people saying \"all X are …\"").
_QUOTED_SAYING = re.compile(r"(?i)\b(?:saying|said|says|say|posted|wrote|comments?|post|heard|hear|told|tells?|called)\b[^\"“”‘]{0,40}(?:[\"“”‘]| ')"
                            r"|\b(?:someone|anyone|people|somebody|they) (?:tells?|told|says?|said|tell) (?:you|me|us)\b")
# Professional, training, campaign and counter-speech wording: the writer talks about abuse.
# (Narrower than the analyser's professional voice, which "course", "report" or "victim" trip.)
_ABOUT_ABUSE = re.compile(
    r"\b(?:as an? (?:\w+ ){0,2}(?:worker|teacher|nurse|officer|professional|practitioner|manager|lead|ally|parent)|training|webinar|workshop|"
    r"campaign|awareness|hate crime|hate speech|prejudice|stereotyp\w+ (?:is|are) (?:wrong|harmful|lazy|dangerous)|challeng\w+ stereotyp\w+|bigot\w*|racism|racist (?:abuse|comments)|homophob\w+|transphob\w+|"
    r"islamophob\w+|antisemit\w+|ableis\w+|misogyn\w+|(?:we|i) (?:reported|called) it|reported (?:it|to)|stand together|not in our name|be better|"
    r"we support|our service|safeguarding (?:lead|team|training)|zero tolerance|(?:is|isnt|its) not (?:ok|okay|banter|a joke|funny))\b")

# --- menace to a person ---------------------------------------------------------------------

_ROLE = (r"coach|ref|referee|teacher|tutor|form tutor|head of year|headteacher|head|sir|miss|health visitor|social worker|"
         r"gp|doctor|receptionist|landlord|housing officer|probation officer|manager|supervisor|boss|bailiff|judge|warden|"
         r"traffic warden|neighbour|ex|exs|fella|bloke|lad|lads|cyclist|cyclists|driver|inspector|councillor|officer|"
         r"foster carers?|assistant|mum|dad|husband|wife|boyfriend|girlfriend|protesters|committee|family support worker|lot")
_GRIEVANCE = re.compile(
    r"\b(?:who (?:\w+ ){0,4}(?:me|my|our|us|mine)|(?:that|which) (?:\w+ ){0,2}(?:\w+ed|took|gave|got|put|sent|left|made|told|stole|nicked|grassed|shut|kept) (?:\w+ ){0,2}(?:me|my|our|us)|"
    r"thinks? (?:hes|shes|theyre|youre|he|she|they|you|its|it is) (?:can|clever|funny|untouchable|won|a big|the big|hard|better)|"
    r"(?:third time|every single time)|"
    r"(?:keeps?|keep|kept) \w+ing|laughed (?:at|when)|lied (?:to|about)|put (?:his|her|their) hands on|grabbed|benched|"
    r"reported (?:me|my)|(?:wrote|writes|write) (?:that|lies|what)|wants? to (?:give me|make a referral|chat))\b")
# Someone to aim at: a pronoun, a role, "people who…", or a post addressed to someone ("to the…:").
_TARGET = re.compile(rf"^(?:to|dear|message to|hey|oi|attention)\b|\b(?:you|u|ya|your|ur|youre|youll|he|she|him|her|hes|shes|hell|shell|they|them|theyll|some people|people who|anyone who|whoever|{_ROLE})\b")
# The unfriendliest visits say it alone, with only a deadline beside them ("leave tonight.
# Tomorrow night won't be a friendly visit").
_UNFRIENDLY = re.compile(r"\b(?:(?:wont|will not|isnt|not|wasnt) (?:be )?(?:a )?(?:to say hello|to talk|for a chat|(?:very )?friendly|gentle|knocking|"
                         r"a cup of tea|with a petition|bringing (?:the )?police|asking nicely)|not to talk|no police|mob handed|done asking|not playing nice|"
                         r"(?:wont|will not) be the police|(?:im|were|i am|we are) coming for (?:it|you|him|her|them)|bringing (?:company|friends|mates|the lads|backup)|"
                         r"(?:pop|go|come) round and (?:explain|have|sort|teach|show)|(?:a|our) (?:proper|little|quiet) (?:talk|chat|word) (?:in|outside|after|round)|"
                         r"(?:deals?|deal|dealt) with (?:it|him|her|them) (?:ourselves|our way)|(?:visit|word|chat) at (?:home|your house|her house|his house|your door)|(?:move|sort|shift) (?:them|him|her|it) (?:ourselves|our way))\b")
_SURVEIL = re.compile(
    r"\b(?:(?:i|we|ive|weve|everyone|everybody|everyones)(?: \w+){0,3} (?:know|knows|got|have|seen|saved|screenshotted|clocked) "
    r"(?:where|what time|which|when|what car|what (?:he|she|you|they) drives?|(?:your|ur|his|her|their) (?:names?|cars?|address|faces?|shift|routine|job|mum|kids)|"
    r"the (?:estate|video|address)|(?:u|you|him|her) on|all of it|every (?:single )?name|an address|who you are)|"
    r"(?:she|he|they|(?:his|her|their) \w+) (?:finishes|clocks off|leaves work|gets off|finishes work|(?:leaves|gets home|walks|parks)(?: for work| home)? at \d+)|"
    r"(?:were|im|i am|we are|weve been|ive been) watching|knows? where (?:he|she|they|you|u) (?:lives?|works?|sleeps?)|"
    r"(?:lives?|living) (?:two|three|four|a few|\d+) (?:streets|doors|roads|minutes) (?:from|away)|(?:long|lonely) (?:walk|drive|way) (?:home|to the \w+)|(?:parks?|walks?|gets?|takes?)(?: \w+){0,4} every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|morning|night|evening|week)|"
    r"same (?:route|way) (?:home|every)|same (?:time|bus) every|walks? (?:his|her|their) (?:\w+ )?(?:to school|home)|still lives (?:on|in|at)|screenshot saved|on a list|"
    r"not hard to find|(?:home|work) address|routines? (?:are|is)|which bus|stops right by|(?:face|faces) saved|remember (?:his|her|my) face|"
    r"every (?:\w+ )?(?:tuesday|monday|wednesday|thursday|friday|saturday|sunday) at)\b")
_VISIT = re.compile(
    r"\b(?:(?:wont|will not|isnt|not|wasnt) (?:be )?(?:a )?(?:to say hello|to talk|for a chat|(?:very )?friendly|gentle|nice|pretty|knocking|a cup of tea|"
    r"with a petition|bringing (?:the )?police|asking nicely)|not to talk|no police|(?:deals?|deal|dealt) with (?:it|him|her|them) (?:ourselves|our way)|"
    r"(?:sort|deal with|handle|do|settle) (?:it|this|things|that) (?:our|my) way|(?:the|our) old fashioned way|mob handed|done asking|not playing nice|finish the conversation|(?:another|a) word with|have a word|come to collect|"
    r"(?:be|im|ill be|well be) (?:waiting|outside|in the car park|at that school|behind the door)|met (?:at|outside)|(?:should|can|will) expect (?:a visit|to be met|company|trouble)|(?:friends|people|cousins|brothers|mates) who(?:d| would)? (?:dont need|love a word)|"
    r"(?:coming|going) (?:round|down there|down) (?:with|and)|paying (?:you|him|her|them) a visit)\b")
_CONSEQUENCE = re.compile(
    r"\b(?:(?:youll|hell|shell|theyll|you will|he will|she will|they will|u will)(?: \w+){0,2} (?:regret|learn|find out|wish|remember|not like|see what|be sorry)|"
    r"(?:wont|will not|not) like what|what (?:happens|comes next|comes) (?:when|to)|(?:wont|will not) be the (?:only thing|one crying)|(?:wont|will not) be sorry|"
    r"see how (?:much )?(?:youre|hes|shes|you|he|she|they)(?: \w+){0,2} (?:smiling|laughing|brave|enjoys?|likes?|smug|funny)|see if (?:youre|hes|shes) still|"
    r"(?:be )?very different for|lucky (?:im|i am)|patience (?:is )?(?:gone|running|wearing)|"
    r"stop being polite|long time coming|just so (?:you|we|she|he|they)(?:re| are)? (?:know|knows|clear)|not (?:a threat|joking)|final warning|been warned|"
    r"two can play|think about that|has to sleep|over (?:her|his|your|their) shoulder|at some point|only one way (?:out|in)|long memor\w+|"
    r"quieter still|(?:your|her|his|their) last (?:quiet )?week|enjoy (?:your|his|her|their) (?:last|ride|drive|commute|christmas|weekend|walk)|"
    r"hope (?:you|he|she|they|his|her|your|ur)(?: \w+){0,4} (?:enjoys?|likes?|is ok|are ok|stays?|has a long|recognise)|sleep well|see you soon|"
    r"(?:have|has|got|ve got) (?:families|kids|children) too|(?:accidents|things) (?:happen|get broken)|get (?:awfully |very )?lonely|whichever comes first|"
    r"surprises? on (?:his|her|their|your) doorstep|cant be responsible|a thing people do|no idea who (?:shes|hes|theyre|youre) messing|"
    r"(?:if|when) i see (?:him|her|them|you)|by the time im done|(?:wont|will not) have (?:arms|legs|hands|teeth|a face|a job|a car|a house)|make sure (?:she|he|they|you) never|"
    r"(?:would be a|be a|itd be a) (?:real )?shame if|hate for (?:anything|something) to happen|(?:had )?better (?:hope|pray)|need(?:s)? reminding|"
    r"(?:lots|a lot) of (?:windows|glass)|wants? to (?:watch (?:themselves|herself|himself|yourself)|remember)|dont expect (?:your|his|her|their) \w+ to|"
    r"(?:wont|will not) like (?:what|how)|see you (?:soon|next \w+)|what happened (?:last time|to the last)|(?:someone|somebody) (?:reminded|taught|showed)|"
    r"(?:youll|hell|shell|you will|he will|she will) be (?:eating|leaving|going home|picking|crying|limping|needing)|in an ambulance|"
    r"(?:going to|gonna) be (?:very |really )?interesting|will find out (?:what|how|the hard way)|(?:we|they|i|my \w+) (?:dont|never|wont) forget|(?:be|d be|would be) wise to (?:move|leave|stay|keep)|"
    r"(?:wont|will not) be a (?:quiet|good|nice|easy) (?:one|week|day|night) for|just (?:noticing|so you know)|thats all ill say|say no more|see you around|(?:still )?(?:have|got) a key|"
    r"all the time in the world|(?:we|ill|well|you) see whose|need(?:s)? to learn (?:quick|fast)|whos messing|what happens when you mess|"
    r"what happens to (?:people|cars|those|anyone))\b")
# Menace idioms that say it alone, given someone to aim at ("would be a shame if something
# happened to…", "you won't like what comes next", "judges have families too").
_ALONE = re.compile(
    r"\b(?:(?:shame|pity) if (?:anything|something|one) (?:happened|happens|were to|was to|spread)|hate for (?:anything|something) to happen|"
    r"(?:you|he|she|they|ull|youll|hell|shell|theyll) (?:wont|will not|are not going to|arent going to) like (?:what|how)|"
    r"(?:has|have|got|ve got) (?:families|kids|children) too|(?:everyone|everybody) has to sleep|"
    r"(?:accidents|things) (?:happen|get broken) (?:in|round|to|on|at)|(?:wont|will not) be a friendly)\b")
_CONDITION = re.compile(
    r"\b(?:next time|one more|once more|again|any more|by (?:friday|saturday|sunday|monday|the weekend)|(?:til|till|until) (?:friday|saturday|sunday|monday|the weekend)|"
    r"(?:got|has|have|ve got) (?:til|till|until|a week))\b")
# Someone telling what was done or said to them, support, or official channels: not a threat.
_VOID = re.compile(
    r"\b(?:told me|said to me|threatened me|threatening|messaged me|reported (?:it|this|him|her|them) to|called the police|police (?:are|were) involved|"
    r"stay safe|helpline|support|complain\w*|formal|solicitor|ombudsman|email(?:ed|ing)? the|write to|writing to|ofsted report|"
    # (stop 36, set 35) a relative who never visits, lamented ("keeps asking for her son who hasnt visited in weeks, he lives
    # two streets away"): how near someone lives is the sadness, not a menace
    r"(?:hasnt|has not|havent|have not|never|doesnt|does not|rarely|hardly ever|hardly) (?:\w+ )?(?:visited|visit|visits|been to see|come to see|comes to see|been in to see|rung|rings|phoned|phones))\b")


def veiled_threat(clean: str) -> list[Hit]:
    """A person the writer is aggrieved with or speaks to × a menace (or two kinds of menace)."""
    w = plain_words(clean)
    parts = {k: m.group(0) for k, rx in (("surveillance", _SURVEIL), ("visit", _VISIT), ("consequence", _CONSEQUENCE))
             if (m := rx.search(w))}
    u = _UNFRIENDLY.search(w)
    alone = _ALONE.search(w)
    if not parts and not u and not alone:
        return []  # the common case: no menace at all
    if _VOID.search(w) or _TOLD_ME.search(w) or _ABOUT_ABUSE.search(w) or COUNTER_SPEECH.search(w):
        return []
    if u:
        parts["visit"] = u.group(0)
    g = _GRIEVANCE.search(w)
    if not (g or _TARGET.search(w) or _GROUP.search(w)):
        return []  # no one to be menaced
    if alone:
        return [Hit("threat", f"menace to a person: {alone.group(0)}")]
    c = _CONDITION.search(w)
    kinds = len(parts) + bool(g) + bool(c)
    if kinds < 2 or (len(parts) == 1 and not g and not u and "consequence" not in parts):
        return []  # a condition alone with a visit or knowledge is everyday ("if you're outside at 7")
    said = " / ".join([*parts.values(), *([g.group(0)] if g else []), *([c.group(0)] if c else [])])
    return [Hit("threat", f"menace to a person: {said}")]


# --- a group generalised ----------------------------------------------------------------------

_GROUP_ADJ = (r"somali|nigerian|turkish|bengali|bangladeshi|african|chinese|muslim|jewish|hindu|sikh|roma|gypsy|traveller|"
              r"bulgarian|lithuanian|latvian|russian|ukrainian|greek|portuguese|brazilian|ghanaian|congolese|eritrean|sudanese|ethiopian|"
              r"jamaican|caribbean|mexican|filipino|vietnamese|kurdish|iraqi|iranian|saudi|moroccan|algerian|egyptian|tamil|gujarati|punjabi|"
              r"eastern european|romanian|albanian|orthodox|hijabi|pakistani|indian|arab|afghan|syrian|kurdish|irish|polish|"
              r"foreign|immigrant|migrant|black|asian|gay|lesbian|trans|deaf|disabled|autistic|halal|p\w?kie?")
_PERSON = (r"people|men|women|man|woman|bloke|blokes|lad|lads|kid|kids|girl|girls|boy|boys|mums|dads|mum|dad|parents|families|family|"
           r"couple|couples|students?|nurses?|doctors?|builders?|cleaners?|drivers?|riders?|colleagues?|teachers?|neighbours?|"
           r"shops?|barbers?|butchers?|takeaways?|lot|ones|community|lads|youths|gangs?|workers?|staff")
_GROUP_WORD = re.compile(
    rf"\b(?:(?:{_GROUP_ADJ}) (?:\w+ )?(?:{_PERSON})|(?:two dads|two mums|kids with (?:two dads|two mums|adhd|autism)|over 70s|the same community|"
    rf"that part of the world|people who(?:ve)? never paid|p\w?kies|pride month|being gay|being trans|wheelchair users|cyganie|roms))\b")
_GENERALISE = re.compile(
    r"\b(?:(?:are|r|is) all the same|always (?:\w+ ){0,3}(?:the same|end up|play|shout|moan|cry)|every (?:single )?one of them|every single one|half of them|not one of them|"
    r"just what they(?:re| are) like|what they(?:re| are) like|typical(?= \||$)|genetic innit|its genetic|in their (?:blood|genes)|(?:a |like a )?culture thing|for a reason|everyone knows (?:it|that|what|why)|we all know who|"
    r"you know exactly who|the description is always|(?:im |i am )?not (?:being )?racist (?:but|just)|pattern recognition|(?:cant|can not|cannot) (?:run anything|do maths)|(?:couldnt|cant) understand a word|"
    r"never mix|stick to themselves|(?:keep|keeps) (?:it|themselves) to themselves|make everything about|flaunt|(?:their|her|his|gay|trans|lgbt\w*) agenda|coming for the kids|"
    r"(?:is|are) (?:a |just )?(?:choice|mental illness|child abuse|grooming|not normal)|(?:grow up|growing up) confused|fronts? for|money laundering|"
    r"(?:have|has) ruined|swamped|(?:have|has|theyve|theyre|its) taken (?:the (?:whole )?\w+ )?over|there goes the neighbourhood|crime goes up|(?:on|for) benefits|never paid|our money|(?:=|and|are all|is a) scams?|"
    r"(?:should|shouldnt|should not|should just) (?:\w+ ){0,2}(?:be allowed|get a vote|stay at home|lose|be reffing|have stopped)|"
    r"not their (?:game|place|country)|their own (?:counter|country|school)|belongs? in a special|keep (?:it|them) (?:well )?away from|(?:go|clear off|sod off|bugger off|piss off|fuck off|naff off|jog on) back (?:and|if|home)|"
    r"hide your|lock your|counted my change|clutching my bag|move carriages|security risk|let anyone in|hire british|go back to (?:your|their|ur|china|africa|poland|romania|pakistan|india|somalia|nigeria|turkey|bangladesh|jamaica|albania)\b|then (?:\w+ )?(?:moan|moaning|cry|crying|complain|complaining|act surprised)|you chose (?:that|this)|learn (?:what a|to (?:speak|lip read|read)|english|it first)|"
    r"like normal people|paid for by us|must be nice|think (?:they|the rules)(?: \w+){0,3} (?:own|above|dont apply)|looking like blokes|(?:no|zero) manners)\b")


# Talk about the words rather than the group ("calling them vermin", "how people talk about").
_COUNTER = re.compile(
    r"\b(?:call(?:ing|ed|s)? (?:\w+ ){0,3}(?:them|\w+s)|refer(?:ring|red)? to|describ\w+|dehumanis\w*|dehumaniz\w*|rhetoric|propaganda|"
    r"stop saying|how (?:people|they|some) (?:talk|speak|treat)|people who say|anyone who says|those who say|when (?:people|politicians|they) (?:say|call)|"
    r"so called|quote|quoting)\b")
_PRAISE = re.compile(r"\b(?:racis\w+ (?:is|are)|stereotyp\w+ (?:is|are) (?:wrong|harmful)|proud|celebrat\w+|solidarity|welcome)\b")


# Distrust of a whole group as a maxim (stop 34): "never trust a gypsy", "you cant trust a romanian with your
# wallet", "never trust muslims". The group word must end the phrase (not "a black cab", "a polish shop").
_DISTRUST = re.compile(
    r"\b(?:never|dont|do not|cant|can not|cannot|can never|wouldnt|would never)(?: ever)? trust (?:a |an |any |them |those |these |the )?"
    r"(?:gyps(?:y|ies)|gips(?:y|ies)|pikeys?|travellers?|jews?|muslims?|moslems?|pakis?|romanians?|albanians?|bulgarians?|immigrants?|migrants?|"
    r"foreigners?|refugees?|asylum seekers?|poles|arabs?|somalis?|nigerians?|turks?|pakistanis?|indians?|blacks|asians?|gays|trannies|hindus?|sikhs?|"
    r"eastern europeans?|africans?|chinese|roma|irish)\b"
    r"(?=$| \||[ ,.!?;:]*$|[,.!?;:]| (?:with|near|round|around|as|in|on|again|ever|they|he|she|its|thats|simple|fact|mate|or|and|if|to|not|cos|because|lol|tbh|at|my|never|you|full|period|innit)\b)")


# ... not the maxim disowned ("she was wrong", "reported", "bigotry") or told as someone else's words ("someone
# in the comments wrote never trust a muslim") unless the writer agrees ("my nan always said ... and she was right").
_DISTRUST_DISOWNED = re.compile(r"\b(?:wrong|ashamed|reported|bigot\w*|racis\w*|prejudice\w*|stereotyp\w*|not true|isnt true|untrue|challenged?|called (?:it|him|her|them) out)\b")
_DISTRUST_REPORTED = re.compile(r"\b(?:say|said|says|saying|wrote|writes|posted|commented|comments|shouted|told (?:me|us|him|her|them))\b(?: \w+){0,2}\s*$")
_DISTRUST_ENDORSED = re.compile(r"\b(?:(?:she|he|they|it|nan|mum|dad) (?:was|were|is|are) (?:right|spot on|not wrong)|so true|facts|true story|still stands)\b")


def group_generalisation(clean: str) -> list[Hit]:
    """A group named × an essentialising, harm-to-us, exclusion or guard-yourself predicate."""
    w = " | ".join(plain_words(x) for x in _SENTENCES.split(clean) if x.strip())  # "typical." ends a sentence
    if (m := _DISTRUST.search(w)) and not (_QUOTED_SAYING.search(clean) or _ABOUT_ABUSE.search(w) or _TOLD_ME.search(w)
                                           or _COUNTER.search(w) or COUNTER_SPEECH.search(w) or _PRAISE.search(w) or _DISTRUST_DISOWNED.search(w)
                                           or (_DISTRUST_REPORTED.search(w[:m.start()]) and not _DISTRUST_ENDORSED.search(w[m.end():]))):
        return [Hit("discriminatory", f"group generalised: {m.group(0)}")]
    for g in [*_GROUP.finditer(w), *_GROUP_WORD.finditer(w)]:
        if re.fullmatch(_PLAIN_GROUP, g.group(0)):
            continue  # "these people" is as often about politicians or a queue
        for p in _GENERALISE.finditer(w):
            near = w[min(g.end(), p.end()):max(g.start(), p.start())]
            if len(near.split()) > 24 or re.search(r"\b(?:not|never|isnt|arent|dont)\s*$", w[max(0, p.start() - 8):p.start()]):
                continue
            if _QUOTED_SAYING.search(clean) or _ABOUT_ABUSE.search(w) or _TOLD_ME.search(w) or _COUNTER.search(w) or COUNTER_SPEECH.search(w) or _PRAISE.search(w):
                return []
            if attributed_claim(w[:g.start()].rsplit("|", 1)[-1], w, one_sentence="|" not in w):
                break  # (realfalse40) someone else's claim in its sentence ("them accusing women of being ..."): this group is not the writer's
            return [Hit("discriminatory", f"group generalised: {g.group(0)} … {p.group(0)}")]
    return []


# --- contempt for a person --------------------------------------------------------------------

_CONTEMPT = (r"useless|jumped up|miserable|bossy|vapid|empty headed|smug|patronising|spineless|gutless|nosy|power mad|power tripping|"
             r"vile|sad|lonely|bitter|selfish|entitled|pathetic|thick|thickest|ugly|lazy|two faced|gormless|brainless|clueless|"
             r"walking|grade a|absolute|complete|total|utter|stuck up|snobby|dim|dense|gobby|mouthy|nasty|horrible|greasy|slimy|"
             r"sleazy|creepy|arrogant|lying|cheating|sneaky|snidey|wet|weak|fat|stupid|little|old|dozy|daft|moronic|incompetent")
_PERSON_NOUN = (r"manager|neighbour|boss|teacher|receptionist|landlord|landlady|ref|referee|ex|boyfriend|girlfriend|bf|gf|brother|sister|"
                r"husband|wife|in law|guy|bloke|woman|man|lad|girl|influencer|inspector|warden|admin|driver|plumber|cleaner|colleague|"
                r"leader|tutor|coach|mum|dad|mp|councillor|head|doctor|gp|worker|officer|cyclist|cousin|uncle|aunt|flatmate|housemate|"
                r"lodger|supervisor|director|chair|secretary|builder|mechanic|electrician|barber|waiter|waitress|customer|client|"
                r"politician|minister|presenter|mate|fella|geezer|kid|boy|person|one|lady|nurse|dentist|vicar|trainer|runs \w+(?: \w+)?")
_WHO = (rf"(?:(?:(?:my|our|the|that|this|his|her|their|your|ur|new)(?: \w+){{0,3}} |^)(?:{_PERSON_NOUN})(?: (?:who|on|at|in|from)(?: \w+){{1,6}})?|you|youre|he|she|hes|shes|"
        rf"^(?:\w+ ){{1,2}}(?:{_PERSON_NOUN})(?: (?:who|on|at|in|from)(?: \w+){{1,6}})?|whoever (?:\w+ ){{1,5}}|[A-Z][a-z]+(?: (?:from|at|on|in)(?: \w+){{1,3}})?)")
_CONTEMPT_AS = re.compile(
    rf"(?:(?:^|\b){_WHO} (?:is|was|are|s|has always been|is just)|\b(?:youre|you are|ur|you r)) (?:a|an|such a|such an|the) "
    rf"((?:(?:{_CONTEMPT}),? ){{1,4}})(?:\w+ ){{0,2}}?(\w+)\b")
_FACULTY = re.compile(
    r"\b(?:has|have|got|with) the (?:\w+ )?(?:personality|brains?|intelligence|iq|charisma|skills|work ethic|charm|manners|face|looks|wit|common sense)"
    r"(?: and the (?:\w+ ){0,2}\w+)? of (?:a|an) (?:\w+ )?\w+|\bthick as (?:mud|two short planks|a brick|pig)|"
    r"\bso thick (?:he|she|they)d|\blooks like a (?:\w+ ){0,2}\w+ (?:with a|drew)|\b(?:excuse for a human|waste of (?:space|skin|oxygen))|"
    r"\bimagine being \d+ and still|\bhas two brain cells")
# Stock put-downs of someone's brains or worth (stop 30): set phrases, no insult word in them.
# "bless him/her" before one is sarcasm, not kindness, so the kind-words void does not apply; the
# writer about themself ("me and my two brain cells", "dropped on my head") is not an attack.
_STOCK_PUTDOWN = re.compile(
    r"\b(?:about )?as (?:much use|useful) as a (?:chocolate (?:teapot|fireguard|kettle)|chocolate \w+|wet (?:paper bag|weekend)|one legged man)|"
    r"\b(?:lift|elevator) (?:doesnt|does not|dont|do not|never) (?:go|reach) (?:all the way )?(?:to )?the top\b(?! floor of (?:our|the|my|this) (?:block|building|flats?|tower|car park))(?:(?: floor)?(?: does it| do they| eh| lol|$| with| bless| that)|(?= floor (?:with|does|eh|lol|$)))|"
    r"\bdropped on (?:his|her|their|your|ur|its) heads? (?:\w+ )?as (?:a )?bab(?:y|ies)|"
    r"\bif brains were (?:\w+ ){1,2}(?:he|she|they|you|u|hed|shed|youd|theyd|his|her)\b|"
    r"\bnot the (?:sharpest (?:tool|knife|pencil)|brightest (?:bulb|spark|crayon|button|star)) in the\b|"
    r"\b(?:a )?(?:few|couple of) (?:sandwiches|sarnies|bricks|fries|chips|cards|slices|butties) short of a\b|"
    r"\blights are on but (?:nobodys|no ones|no one is|nobody is|noones) (?:home|in)\b|"
    r"\b(?:two|2|one|1) brain cells? (?:fighting|rubbing|to rub|battling|competing)|"
    # "you're (just) an attention seeker (with a ring light)"; not "you're not an attention seeker for asking for help"
    # (review35) not said conditionally: "if you're an attention seeker you still need help"
    r"(?<!\bif )\b(?:youre|you are|ur|your|u r|shes|hes|she is|he is) (?:just |such |nothing but |a |an |total |absolute |massive |pathetic |desperate )*attention (?:seekers?|seeking (?:cow|idiot|loser|brat|tart|muppet|clown))\b|"
    # (stop 35, set 34) "you're so dull even your shadow leaves early": so <unflattering> that even their own shadow,
    # mum or mirror gives up on them; not "so kind even your dog knows it"
    r"\b(?:youre|you are|ur|u r|hes|shes|he is|she is|theyre|they are) so (?:dull|boring|ugly|thick|stupid|dumb|fat|annoying|dim|slow|dense|miserable|tight|lazy|vain|fake|useless|"
    r"irritating|smug|thick|grim|sad|pathetic|tragic|bland|dreary|dry|clueless|unfunny|unlikeable|self absorbed) (?:that )?even (?:your|ur|his|her|their) (?:own )?"
    r"(?:shadow|mum|mom|mother|dad|father|dog|cat|mirror|reflection|imaginary friends?|friends|parents|kids|plants?|echo|therapist|goldfish|satnav|phone|alarm)\b|"
    # Looks, and a partner who left (stop 31): "a face for radio", "no wonder your wife left you".
    r"\bface (?:for radio|only a mother could love)|\bvoice for silent (?:films?|movies?)|"
    r"\bno wonder (?:your|ur|his|her|their) (?:husband|wife|hubby|missus|partner|fella|boyfriend|girlfriend|bf|gf|man|ex) "
    r"(?:left|dumped|walked out on|cheated on|ran off)(?: with \w+| (?:you|u|him|her|them))?\b"
    r"(?! (?:early|the|a|for|at|to|in|on|work|home|before|after|first|too|because|cos|when|last|this|that)\b)")
# Put-downs by comparison (stop 34): "i've met lamp posts with more personality than our new team leader",
# "the only thing thinner than your skin is your hairline". The writer's "ive" opens the first form, so the
# self test of the stock put-downs does not apply; the target is after "than" (not a pet compared with a
# pet). Only unflattering comparatives in the second ("the only thing bigger than your heart is your smile").
_COMPARED_PUTDOWN = re.compile(
    r"\b(?:ive|i have|weve|we have) (?:met|seen|known|had|owned|eaten|bought|worked with) (?:\w+ ){1,3}?with more "
    r"(?:personality|charisma|sense|common sense|brains?|brain cells|life|backbone|spine|charm|wit|talent|intelligence|spark|humour|depth|bottle|guts|class|rhythm|warmth) "
    r"than (?!(?:my |our |the |a |that |this |his |her |their |your )?(?:\w+ )?(?:cats?|dogs?|hamsters?|goldfish|rabbits?|pets?|pupp(?:y|ies)|kittens?|fish|tortoise|budgies?|guinea pigs?)\b)"
    # (stop 35, stop 34 left) not a party or a government: ridicule of a party is political speech, not abuse of a person
    r"(?!(?:the |this |our |their |that |a |any )?(?:current |new |last |whole )?(?:tory|tories|conservatives?|labour|lib dems?|liberal democrats|reform|ukip|snp|greens?|plaid|"
    r"government|govt|cabinet|opposition|party|parties|parliament|council|front ?bench|shadow cabinet)(?: party| government| lot| front ?bench)?\b"
    # (review35) ... but a person the party names is a person: "the tory candidate", "the party leader", "the labour mp"
    r"(?! (?:\w+ )?(?:candidates?|leaders?|mps?|councillors?|ministers?|secretary|chairs?|chairman|chairwoman|members?|spokes\w+|"
    r"whips?|mayor|boss|chief|deputy|leadership hopeful|peers?|lord|baroness)\b))\w+|"
    r"\bthe only thing (?:thinner|thicker|emptier|smaller|shallower|weaker|faker|cheaper|uglier|worse|dimmer|duller|flatter|lower|"
    r"more (?:fragile|fake|pathetic|desperate|embarrassing|tragic)) than (?:your|ur|his|her|their) \w+ is (?:your|ur|his|her|their) \w+")
# (stop 35, set 34) "you sanctimonious old bag", "you daft old cow": "you", one word, then an old <insult>; not "do you
# want my old bag" (a handbag), and not said with love ("love you, you silly old git x"). Review: often banter.
_OLD_INSULT = re.compile(
    r"\b(?:you|ya|u) (?:(?!want|need|have|got|see|keep|like|love|kept|found|lost|take|took|bring|brought|left|borrowed)\w+ )?old (?:bags?|cows?|bat|witch|goat|git|hag|trout|windbag|codger|fool)\b(?! (?:for|from|to|of|in|on|with|at|is|was)\b)")
# (stop 36, set 35) "mate you type like a concussed pigeon": how someone types, talks or drives likened to an impaired
# animal. Its own target ("you", "he") opens it, so the writer's "me" elsewhere does not void it; "i feel like a concussed
# pigeon after that shift" (the writer) and "you dance like a drunk uncle" (no animal) are not read.
_LIKE_IMPAIRED = re.compile(
    r"\b(?:you|u|ya|he|she|they|hes|shes|youre|theyre)(?: \w+)? (?:type|types|typing|write|writes|writing|talk|talks|talking|sound|sounds|look|looks|drive|drives|"
    r"driving|argue|argues|think|thinks|spell|spells|read|reads|walk|walks|play|plays|dance|dances|tweet|tweets|post|posts) like (?:an? )?"
    r"(?:concussed|lobotomi[sz]ed|brain ?damaged|brain ?dead|inbred|rabid|deranged|half ?witted|sedated|drunk|blind|one eyed|confused|dyslexic) "
    r"(?:pigeons?|chimps?|chimpanzees?|monkeys?|goldfish|seagulls?|hamsters?|donkeys?|baboons?|walrus|apes?|potato(?:es)?|gibbons?|sloths?|parrots?|chickens?|"
    r"orangutans?|cows?|sheep|pigs?|rats?|slugs?|squirrels?|ferrets?|badgers?|turkeys?|toddlers?)\b")
# (review36) said with love of a baby, a pet or a friend: "he looks like a confused hamster when he wakes up bless him",
# "she dances like a ... at every wedding and we love her for it" ("headless chicken" is the idiom for frantic: not read)
_LIKE_FOND = re.compile(r"\b(?:bless (?:him|her|them|his|her)|(?:we |i )?(?:love|adore) (?:him|her|them)|cute|adorable|so sweet|nap|naps)\b")
_AFFECTION = re.compile(r"\b(?:love (?:you|ya|u)|luv (?:you|ya|u)|bless (?:you|ya)|miss (?:you|ya)|happy birthday|xx+|x)$|\b(?:love (?:you|ya|u)|happy (?:birthday|bday|anniversary|retirement)|cheers|thanks|thank you|"
                        # (review35) congratulations and good wishes: "you daft old goat, happy retirement Pete!"
                        r"congrats|congratulations|proud of (?:you|ya|u))\b|❤|😘|🥰")
# Brains counted at nothing ("brain cells: 0", "zero brain cells"): a put-down only when it points
# at someone ("that's you", "the lot of them"); "zero brain cells left after that exam" is the writer.
_BRAIN_COUNT = re.compile(r"\bbrain cells? (?:count )?(?:0|zero|none|nil)\b|\b(?:zero|0|no) brain cells?\b")
_BRAIN_COUNT_TARGET = re.compile(r"\b(?:you|u|ur|youre|him|her|them|he|hes|she|shes|they|theyre|thats (?:you|him|her|them|our|my|the|your|his|their)|lot of them)\b")
_STOCK_SELF = re.compile(r"\b(?:i|im|ive|me|myself|we|us)\b")  # not "were": "we re" and "they were" read alike
_STOCK_TARGET = re.compile(r"\b(?:you|ur|youre|u|he|hes|she|shes|they|theyre|him|her|them|his|their|\w+ (?:is|are|was|has))\b")
_NOT_CONTEMPT_NOUN = re.compile(r"^(?:day|time|week|year|job|place|film|book|song|game|weather|shift|drive|walk|trip|journey|thing|idea|month|night|morning|"
                                r"lady|man|woman|soul|friend|dog|cat|house|car|bus|train|road|area|town|city)$")
_KIND = re.compile(r"\b(?:lovely|beautiful|kind|sweet|bless him|bless her|love (?:him|her)|miss (?:him|her)|rip|proud)\b")


_CONTEMPT_WORDS = frozenset(x.split()[0] for x in _CONTEMPT.split("|"))


def contempt_insult(clean: str) -> list[Hit]:
    """A person × a contempt phrase: "is a <contempt word> <noun>", "has the X of a Y", "thick as …"."""
    w = plain_words(clean)
    if (stock := _STOCK_PUTDOWN.search(w)) and not _ABOUT_ABUSE.search(w) \
            and not (_STOCK_SELF.search(w) and not _STOCK_TARGET.search(w[:stock.start()])):
        return [Hit("insult", f"stock put-down: {stock.group(0)}")]
    if (like := _LIKE_IMPAIRED.search(w)) and not _ABOUT_ABUSE.search(w) and not _AFFECTION.search(clean.lower()) \
            and not _LIKE_FOND.search(w):
        return [Hit("insult", f"stock put-down: {like.group(0)}")]
    if (old := _OLD_INSULT.search(w)) and not _ABOUT_ABUSE.search(w) and not _AFFECTION.search(clean.lower()):
        return [Hit("insult", f"stock put-down: {old.group(0)}")]
    if (cmp := _COMPARED_PUTDOWN.search(w)) and not _ABOUT_ABUSE.search(w):
        return [Hit("insult", f"stock put-down: {cmp.group(0)}")]
    if (count := _BRAIN_COUNT.search(w)) and _BRAIN_COUNT_TARGET.search(w) and not _ABOUT_ABUSE.search(w):
        return [Hit("insult", f"stock put-down: {count.group(0)}")]
    fac = _FACULTY.search(w)
    if not fac and _CONTEMPT_WORDS.isdisjoint(w.split()):
        return []  # no contempt word at all: the common case, one set lookup
    if _KIND.search(w) or _ABOUT_ABUSE.search(w):
        return []
    if m := fac:
        return [Hit("insult", f"contempt: {m.group(0)}")]
    for s in _SENTENCES.split(clean):
        # Lower case but for a leading capital (a name: "Kev is a …"); the pattern reads both.
        kept = " ".join(re.sub(r"[^\w\s]", " ", s.replace("'", "").replace("’", "")).split())
        kept = re.sub(r"\b(?!(?:[A-Z][a-z]+)\b)\w+|\b(?:The|My|Our|That|This|His|Her|Their|Your|New|You|He|She|Whoever)\b", lambda x: x.group(0).lower(), kept)
        for m in _CONTEMPT_AS.finditer(kept):
            adjs = [a for a in re.split(r"[ ,]+", m.group(1)) if a]
            if set(adjs) <= {"little", "old", "absolute", "complete", "total", "utter", "walking"} and len(adjs) < 2:
                continue  # "a little boy", "an old friend": a describing word that is not contempt
            if _NOT_CONTEMPT_NOUN.match(m.group(2)) and not set(adjs) - {"sad", "lonely", "little", "old", "wet", "weak", "fat", "walking"}:
                continue
            return [Hit("insult", f"contempt: {m.group(0)}")]
    return []
