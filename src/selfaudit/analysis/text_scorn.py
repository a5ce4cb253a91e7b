"""Two more pair-of-classes structures for abuse worded without the lists' words.

What the fresh sets still missed after textrecall3 (set 17: discriminatory 14/28, insult 20/35)
was not new vocabulary so much as new *shapes*, each a pair of small open classes (the writer's
own offences in the same style are in ``text_own_acts``):

* **a group insinuated** (``group_insinuation``, discriminatory): a group (text_group's plurals,
  text_abuse's group word before a person, shop or business noun, or one member: "a Muslim",
  "every Romanian I meet", "Black woman") × a predicate of one of ten kinds — deniability ("just
  an observation", "genuine question", "don't tell me that's racist", "common sense"), entitlement
  ("still get priority housing"), presence questioned ("why do they let them"), insinuation
  ("we all know what goes in", "you already know which"), takeover ("took over every high
  street", "own half of", "was lovely before"), blame ("are the reason", "dragging everyone
  down"), tokenism ("ticks the diversity box"), a crime or scam stereotype ("knife crime",
  "probably scamming you"), avoidance ("crossed the road") or unfitness ("shouldn't be
  paramedics", "imagine having a Muslim as …"). Voided by counter-speech, quotation, campaign or
  professional wording, praise, and the writer speaking as a member ("as a Black woman").
* **scorn for a person** (``scorn_insult``, insult): a contempt word × an insult noun ("talentless
  muppet", "incompetent idiots", "spineless worm"), an intensifier or exclamation × an insult noun
  ("absolute melt", "what a weapon"), a person × a ridiculing likeness ("you still look like a
  potato in leggings", "a face like a slapped haddock"), a person × two or more contempt
  adjectives ("fat, slow, and somehow still mouthy"), or a person × a promiscuity claim ("slept
  with half of Clapton"). Voided by the writer talking about themselves, reporting what was said
  to them, kind words, and campaign or professional wording.

Only ever ``review``: each part alone is everyday English. Matched per post on the words form of
``clean`` (lower case, apostrophes dropped); sentence breaks kept as " | " where it matters.
"""

from __future__ import annotations

import re

from .text_abuse import _ABOUT_ABUSE, _GROUP_WORD, _QUOTED_SAYING, _TOLD_ME, plain_words
from .text_group import _GROUP, _NOT_PEOPLE, COUNTER_SPEECH
from .text_group import _PLAIN as _PLAIN_GROUP
from .text_results import Hit

_LETTERS = re.compile(r"[a-z]+")

# --- a group insinuated -----------------------------------------------------------------------

# One member named for the group ("a Muslim as head teacher", "every Romanian I meet"), a group
# word before a business ("Indian call centre"), or "the <plural>" of a nationality.
_MEMBER = (r"muslim|jew|hindu|sikh|romanian|bulgarian|albanian|somali|nigerian|pakistani|paki|indian|chinese|polish|pole|"
           r"turk|kurd|arab|african|gypsy|traveller|immigrant|migrant|refugee|asylum seeker|foreigner|lesbian|gay|trans woman|"
           r"trans man|tranny|black (?:woman|man|girl|guy|bloke|lad|lady|person)|asian (?:woman|man|guy|bloke|lad|lady)")
_ONE_MEMBER = re.compile(rf"\b(?:an?|every|each|some|one|the|that|this|another) (?:{_MEMBER})\b|^(?:{_MEMBER})\b|"
                         r"\b(?:hes|shes|theyre|he is|she is|they are|is|was) (?:an? )?(?:gay|lesbian|black|brown|asian|trans|muslim|jewish|disabled|foreign|woman|female|autistic)\b(?! (?:people|community|rights|history|pride))")
# A group's own occasion stands for the group ("Black history month — knife crime and drill").
_OCCASION = re.compile(r"\b(?:black history month|pride month|pride parade|disability pride|(?:gypsy )?roma traveller history month|ramadan|eid|diwali|hanukkah|"
                       r"(?:another |a new |the )?(?:mosque|synagogue|gurdwara|mandir|madrasa)|"
                       r"notting hill carnival|chinese new year|lunar new year)\b")
_BUSINESS = re.compile(
    r"\b(?:indian|chinese|turkish|polish|romanian|nigerian|pakistani|bangladeshi|jewish|muslim|halal|kosher|albanian|foreign|"
    r"eastern european|african|somali|kurdish|asian|ghanaian|irish|roma|autistic|disabled|deaf|gay|trans) (?:\w+ )?(?:call centres?|takeaways?|landlords?|restaurants?|shops?|cafes?|car washes?|"
    r"nail bars?|mechanics?|cab drivers?|taxi drivers?|builders?|doctors?|nurses?|owners?|bosses|businesses|students?|families|parents|"
    r"nann(?:y|ies)|cleaners?|carers?|au pairs?|churche?s?|neighbours?|kids|children|pupils|lads|men|women)\b")
_KINDS = (
    ("deniability", r"just an observation|just (?:saying|asking|noticing)|genuine question|(?:not being funny|no offence) but|prove me wrong|"
                    r"(?:dont|do not) (?:tell me|call me|come at me)(?: \w+){0,2} (?:racist|bigot\w*|prejudiced|homophobic|transphobic)|"
                    r"(?:that|thats|its|call it what you want i call it) (?:just )?common sense|facts (?:are facts|dont care)|says it all|the truth hurts|"
                    r"say what you (?:want|like)|im allowed to say|cant say anything (?:anymore|these days)|(?:im )?not saying (?:all|every|they|theyre)(?: \w+){0,5} but|"
                    r"(?:^|\| )facts(?= \||$)"),
    ("insinuation", r"(?:we|you|everyone|everybody) (?:all|already|both) knows? (?:what|who|which|why|how|exactly)|funny how|"
                    r"what (?:do|did|else do|would) you expect (?:from|of) (?:that lot|them|those|these|people like)|national (?:sport|hobby|pastime|trait)|"
                    r"surprise surprise|shock horror|what (?:really )?goes (?:in|on) (?:in )?(?:those|them|there)|"
                    r"actually (?:chicken|beef|meat)|same culture|same problems|(?:thats|its) (?:just )?their (?:culture|way|religion)|their culture for you|"
                    r"(?:wont|will not|never) hear (?:a word of )?english"),
    ("entitlement", r"still get (?:priority|a council|the|free|benefits|housing|everything|handouts)|(?:get|gets|getting|given) (?:priority|free (?:houses|housing|money|stuff))|"
                    r"jump(?:ed|ing|s)? the queue|(?:nobody|no one|never) (?:thinks to )?asks? where (?:the|their) (?:money|cash)|where the (?:money|cash) (?:comes|goes)"),
    ("presence", r"why do (?:they|we) (?:put|let|hire|allow|employ) (?:them|these|those)|(?:explain|tell me) how (?:that|this|its) (?:is )?legal|who let (?:them|these|those)|"
                 r"you never see (?:them|one|any of them) (?:at|in|doing|working)"),
    ("takeover", r"(?:took|taken|taking) over (?:every|the whole|our|all the|half|the high street|the area|the estate|the town)|(?:own|owns|buying up|bought up) half|(?:was|used to be) (?:lovely|nice|fine|better|great|safe|decent) "
                 r"(?:before|till|until)|(?:cant|can not|cannot) (?:even )?recogni[sz]e|(?:not|isnt) (?:even )?english any ?more|"
                 r"(?:wont|will not) be long (?:till|until|before)|(?:every|the whole) high street"),
    ("blame", r"(?:are|is|were) (?:the reason|to blame) (?:nobody|no one|we|our|the|everything|its|why)|(?:dragging|drag|drags|bringing|brings) "
              r"(?:everyone|everybody|us|the (?:\w+ )?(?:rest|class|area|street|school|country))(?: else)? (?:down|back)|ruin(?:s|ed|ing)? (?:it|everything) for|"
              r"(?:slow|slows|slowing|hold|holds|holding) (?:everyone|everybody|us|the (?:\w+ )?(?:rest|class|others))(?: else)? (?:down|back)"),
    ("tokenism", r"diversity (?:box|hire|quota|card|points)|ticks? (?:the|a|all the) (?:diversity )?boxe?s?|"
                 r"(?:only|just) got (?:the|her|his|their|that) (?:\w+ ){0,2}(?:job|promotion|place|role|seat|award|captaincy|contract|post|part|grant|funding|interview) (?:because|cos|coz|for)|no interview needed"),
    ("stereotype", r"knife crime|drill music|probably (?:scamm\w+|nick\w+|on benefits|stealing|illegal)|(?:=|all|always) (?:a )?scam\w*|"
                   r"(?:sell|selling) (?:me|you) something or (?:nick|steal|rob)\w*|nick(?:ing)? (?:something|stuff|anything)|"
                   r"(?:for|on) (?:benefits|handouts)|fighting age|lock your (?:daughters|wives|doors)|dog meat|cat meat|🐶|🐕"),
    ("avoidance", r"crossed (?:the|over the) road|cross (?:the|over the) road|moved? (?:seats|carriages)|clutch\w* (?:my|your) (?:bag|purse|phone)|"
                  r"hold (?:onto|on to) (?:my|your) (?:bag|purse)|hide your|wouldnt (?:let|trust) (?:one|them|my)|count (?:the|your) (?:spoons|change|cutlery|silver\w*)|"
                  r"lock (?:up )?(?:the|your|ur) (?:sheds?|bikes?|valuables|jewellery|tools|cars?|kids|daughters)|not letting (?:her|him|them|my \w+) (?:near|change|go|be|play)"),
    ("unfitness", r"(?:shouldnt|should not|shouldn t|should never) be (?:allowed to )?(?:a |an )?(?:paramedics?|teachers?|doctors?|nurses?|police|pilots?|"
                  r"surgeons?|in charge|bosses|managers|referees|refs|firefighters?|soldiers?|judges?|mps?|engineers?|drivers?|near (?:kids|children))|"
                  r"some jobs are for|(?:no|not a) job for (?:a )?(?:woman|women|man|men)|(?:jobs?|roles?|sports?) (?:are|is) for (?:men|women)|"
                  r"what message (?:does|is) (?:that|this|it) send|think of the (?:children|kids|little ones)|(?:actually|really|properly) belong (?:here|in)|imagine (?:having|letting|being taught by|trusting)(?= an? )|nobody wants to see (?:that|them|it)"),
)
_INSINUATE = re.compile("|".join(rf"(?P<{k}>\b(?:{p}))" for k, p in _KINDS))
# The writer speaks as a member, or celebrates: identity posts ("as a Black woman in social work").
_MEMBER_VOICE = re.compile(
    r"\b(?:as an? (?:\w+ ){0,2}(?:woman|man|person|muslim|jew|immigrant|migrant|refugee|lesbian|gay|trans|disabled|autistic|mum|dad)|"
    r"(?:im|i am|were|we are|being) (?:a |an )?(?:proud |black|brown|queer|gay|lesbian|trans|muslim|jewish|disabled|autistic|deaf|immigrant|migrant|refugee)|"
    r"my (?:mum|dad|nan|grandad|grandma|family|wife|husband|partner|parents|son|daughter) (?:is|was|were|are) (?:an? )?(?:immigrant|migrant|refugee|muslim|jewish|black|gay|trans|disabled))\b")
_NOT_ATTACK = re.compile(r"\b(?:proud|celebrat\w+|solidarity|welcome|love (?:this|our|my)|grateful|thank\w*|recommend\w*|delicious|best (?:\w+ )?in|"
                         r"stand (?:with|together)|support(?:ing)?|legends?|heroes|inclusion|inclusive practice|anti ?racis\w+|tackl\w+|challeng\w+)\b")


def group_insinuation(clean: str) -> list[Hit]:
    """A group (or one member for it) × a deniability, insinuation, takeover, blame, tokenism,
    stereotype, avoidance or unfitness predicate, within 14 words; review only."""
    if not _INSINUATE.search(plain_words(clean)):
        return []  # no predicate at all: the common case, one pass
    w = " | ".join(plain_words(x) for x in re.split(r"[.!;?\n]+", clean) if x.strip())
    preds = list(_INSINUATE.finditer(w))
    if not preds:
        return []
    groups = [g for g in (*_GROUP.finditer(w), *_GROUP_WORD.finditer(w), *_ONE_MEMBER.finditer(w), *_BUSINESS.finditer(w), *_OCCASION.finditer(w))
              if not re.fullmatch(_PLAIN_GROUP, g.group(0))]
    if not groups:
        return []
    if (_QUOTED_SAYING.search(clean) or _ABOUT_ABUSE.search(w) or _TOLD_ME.search(w) or COUNTER_SPEECH.search(w)
            or _MEMBER_VOICE.search(w) or _NOT_ATTACK.search(w)):
        return []
    for p in preds:
        for g in groups:
            if g.start() <= p.start() < g.end() or p.start() <= g.start() < p.end():
                continue
            near = w[min(g.end(), p.end()):max(g.start(), p.start())]
            if len(near.split()) > 14 or re.search(r"\b(?:not|never|isnt|arent|dont|no)\s*$", w[max(0, p.start() - 8):p.start()]):
                continue
            return [Hit("discriminatory", f"group insinuated: {g.group(0)} … {p.group(0)} ({p.lastgroup})")]
    return []


# --- pets in a group's food (stop 36, set 35) ----------------------------------------------------

# The old slur that a Chinese (or other Asian) takeaway cooks dogs or cats: "check what's in the sweet and sour before
# you eat from the chinese round here 🐕 iykyk". Three parts in one post: the group or its takeaway, a suspicion about
# what is in the food, and a pet (its word or emoji). A dog begging for prawn crackers has no suspicion; a recipe
# question has no pet.
_FOOD_GROUP = re.compile(r"\b(?:chinese|chinky|chinkys|chinkies|chinks|asian|korean|vietnamese|thai|oriental)\b")
_FOOD_SUSPICION = re.compile(
    r"\b(?:(?:whats|what is|whats really|what they put|what goes|whatever is|whats actually) in (?:the|their|your|ur|that|them) (?:\w+ ){0,3}?"
    r"(?:sweet and sour|curry|chow mein|food|takeaway|meat|dish|special|crispy beef|chicken|ribs|dumplings|noodles|balls|stir fry)|"
    r"wonder(?:ed|ing)? where (?:the|all the|our|my|their|those) (?:dogs?|cats?|pets?|strays) (?:go|went|gone|have gone)|"
    r"(?:dogs?|cats?|moggy|kitty|fido|rover) (?:in|on) (?:the|their|your|that) (?:menu|sweet and sour|curry|chow mein|takeaway|food|meat))\b")
_PET = re.compile(r"[\U0001F415\U0001F436\U0001F408\U0001F431\U0001F429\U0001F408]|\b(?:dogs?|cats?|woof|meow|miaow|moggy|kitty|fido|rover|strays?|pets?)\b")

_PET_ATE = re.compile(r"\b(?:(?:the|my|our) (?:dog|cat|puppy|pup|kitten)s? (?:\w+ )?(?:ate|eaten|nicked|stole|got into|had some|went mad|is sick|was sick|threw up|keeps? sniffing)|"
                      r"vets?|onions?|garlic|allerg\w*|safe for (?:dogs|cats|pets))\b")


def eaten_pets_trope(clean: str) -> list[Hit]:
    """A group's takeaway × a suspicion about what is in its food × a pet; review only."""
    w = plain_words(clean)
    g = _FOOD_GROUP.search(w)
    if not g:
        return []
    sus = _FOOD_SUSPICION.search(w)
    if not sus or not (_PET.search(clean.lower()) or _PET.search(w)):
        return []
    if _QUOTED_SAYING.search(clean) or _ABOUT_ABUSE.search(w) or _TOLD_ME.search(w) or COUNTER_SPEECH.search(w):
        return []
    if _PET_ATE.search(w):
        return []  # (review36) the writer's pet and the takeaway: "the dog nicked some of the chinese ... worried about onions"
    return [Hit("discriminatory", f"group insinuated: {g.group(0)} … {sus.group(0)}")]


# --- scorn for a person -----------------------------------------------------------------------

_SCORN_ADJ = (r"incompetent|talentless|useless|spineless|gutless|brainless|clueless|gormless|witless|pathetic|entitled|"
              r"greedy|slimy|sleazy|snide|snidey|smug|ratty|two faced|attention seeking|knuckle dragging|mouth breathing|power mad|"
              r"jumped up|stuck up|rudest|ugliest|thickest|laziest|dumbest|stupidest|most entitled|most useless|fake|lying|cheating|"
              r"vile|nasty|miserable|bitter|bent|thick|stupid|lazy|ugly|disgusting|creepy|embarrassing|arrogant|nosy|grasping|manipulative|desperate|"
              r"deluded|delusional|gobby|mouthy|dozy|absolute|complete|total|utter|proper|right|grade a|"
              r"bunch of|pack of|what a|what an|such a|such an|you|youre|ur|u")
_SCORN_NOUN = (r"idiots?|morons?|muppets?|clowns?|leech(?:es)?|worms?|hags?|troglodytes?|tramps?|losers?|gossips?|"
               r"dictators?|cowboys?|knobheads?|gobshites?|bellends?|tossers?|plonkers?|numpties|numpty|pillocks?|prats?|wallys?|wallies|"
               r"dickheads?|imbeciles?|cretins?|halfwits?|dimwits?|nonces?|slags?|scumbags?|lowlifes?|wasters?|wastemen|wasteman|"
               r"parasites?|freeloaders?|chavs?|neanderthals?|wet wipes?|"
               r"jobsworths?|snakes?|rats?|cows?|pigs?|slobs?|failures?|disgraces?|embarrassments?|excuse for a \w+|"
               r"waste of (?:space|oxygen|skin|air)|red flag|headache|liars?|frauds?|bullies|bully|cowards?|hypocrites?|crooks?|creeps?|"
               r"lunatics?|nutters?|psychos?|weirdos?|mess|weasels?|chancers?|cranks?|buffoons?|oafs?|louts?|yobs?|thugs?|trollops?|harpies|harpy|"
               r"old bags?|old bats?|battleaxes?|sleazebags?|creeps?|twits?|gits?|bozos?|plebs?")
# The noun alone is ambiguous ("rats", "mess", "red flag", "headache", "right"): these need a contempt word, not an intensifier.
_NEEDS_CONTEMPT = frozenset({"rat", "rats", "cow", "cows", "pig", "pigs", "snake", "snakes", "mess", "red flag", "headache", "plank", "planks",
                             "donut", "donuts", "doughnut", "doughnuts", "weapon", "weapons", "sponge", "sponges", "worm", "worms", "goblin", "goblins"})
_WEAK_LEAD = frozenset({"absolute", "complete", "total", "utter", "proper", "right", "grade a", "bunch of", "pack of", "what a", "what an",
                        "such a", "such an", "you", "youre", "ur", "u"})
_ADJ_NOUN = re.compile(rf"\b({_SCORN_ADJ})(?: (?:little|old|fat|big|lazy|stupid|walking|\w+ing|\w+ed|{_SCORN_ADJ})){{0,2}} ({_SCORN_NOUN})\b")
# "what a weapon", "absolute melt": the slang nouns that only insult a person (not "a mess", "a headache").
# "a sad little man", "pathetic little woman": a contempt word before "little" and a person.
_LITTLE = re.compile(r"\b(?:sad|pathetic|nasty|vile|bitter|jumped up|spiteful|petty|creepy|weird|smug|horrible|miserable|insecure) (?:\w+ )?little "
                     r"(?:man|woman|boy|girl|person|creature|troll|gremlin|goblin|dictator|hitler|napoleon|weasel|rat|toad|snake|worm|shit)\b")
# "the nosiest, most bitter woman alive", "what an embarrassing excuse for a dad".
_SUPERLATIVE = re.compile(r"\b(?:nosiest|rudest|laziest|ugliest|thickest|smuggest|dumbest|stupidest|meanest|nastiest|creepiest|dozyest|dopiest|worst|"
                          r"most (?:bitter|annoying|useless|entitled|arrogant|miserable|pathetic|boring|selfish|irritating|vile|two faced|spineless))"
                          r"(?: (?:\w+ )?(?:most \w+|\w+est))? (?:\w+ )?(?:woman|man|person|human|bloke|lady|guy|creature|people) "
                          r"(?:alive|ever|in (?:the|this|hackney|london|england)|ive ever|i have ever|on (?:earth|the planet))\b")
_EXCUSE = re.compile(r"\b(?:sorry|pathetic|poor|embarrassing|useless|sad|what an?|such an?) (?:\w+ )?excuse (?:for|of) an? (?:dad|mum|man|woman|human|human being|"
                     r"person|father|mother|parent|teacher|manager|boss|ref|referee|player|husband|wife|boyfriend|girlfriend|friend|neighbour|landlord|"
                     r"councillor|mp|coach|footballer|son|daughter|brother|sister)\b")
_SLANG = re.compile(r"\b(?:what an?|absolute|total|complete|utter|proper) (?:(?!wing\b)\w+ )?(melt|weapon|wasteman|wet wipe|bellend|knobhead|muppet|clown|"
                    r"numpty|plonker|pillock|tosser|weirdo|tramps?|gremlin|goblin|donut|doughnut|plank|nonce|roaster|slag|cretin|moron|idiot)s?\b(?! (?:world|car|cars|show|of)\b)")
_LIKENESS = re.compile(
    r"\b(?:(?:you|u|he|she|hes|shes|youre)(?: \w+){0,2} (?:look|looks|looked|looking) like (?:a|an) (?:\w+ ){0,2}(\w+) "
    r"(?:that|who|with|in|after|on|drawn|dragged|left|someone)|(?:a |with a |got a |has a |have a )?face like a (?:\w+ ){0,2}\w+|"
    r"(?:looks?|look) like (?:a|an) (?:\w+ ){0,2}(?:potato|thumb|foot|toe|egg|melted|thumb|pig|goblin|gremlin|troll|bulldog|ferret|rat|toad|walrus|slug|haddock)\b)")
_NOT_LIKENESS = re.compile(r"\b(?:princess|model|star|angel|queen|king|natural|pro|boss|new (?:man|woman|person)|million|dream|film star|movie star|"
                           r"legend|hero|doll|picture|goddess|snack|rock star|popstar|supermodel|different person|"
                           r"drowned rats?)\b")  # (stop 36) the idiom for soaked
_PERSON_ADJ = (r"fat|slow|arrogant|nosy|mouthy|gobby|blind|bent|brainless|bald|ugly|thick|lazy|useless|rude|smug|fake|clueless|gormless|spineless|"
               r"two faced|greasy|smelly|creepy|boring|arrogant|bitter|miserable|nasty|stupid|dim|dense|weird|whiny|needy|desperate|sad|tragic|embarrassing")
_ADJ_LIST = re.compile(rf"\b({_PERSON_ADJ}) (?:and |&)?(?:\w+ ){{0,3}}?(?:and |&|or )?(?:\w+ ){{0,2}}?({_PERSON_ADJ})\b")
_LOOSE = re.compile(r"\b(?:(?:slept|sleeps|sleep|sleeping) with|shagged|been with|get with|got with)(?: \w+){0,2} "
                    r"(?:half (?:of )?(?:the )?\w+|anything (?:with a pulse|that moves)|anyone|everyone|every (?:\w+ )?(?:lad|bloke|guy|girl|man|woman)|the whole)|"
                    r"(?:been|gone|went) round (?:the whole|half (?:of )?the|every|all the)|gagging for it|the (?:office|school|estate|town|village) bike|easy as anything|(?:youd|shed|hed|youll|she will|he will) sleep with")
_SCORN_TARGET = re.compile(r"(?:^|\|) ?(?:to |dear |@)?[a-z]+ (?:from|at|on|in|you|is|was|s)\b|@\w|\b(?:you|u|ur|youre|he|she|hes|shes|his|her|him|they|theyre|"
                           r"my (?:\w+ )?(?:neighbour|boss|manager|landlord|ex|brother|sister|flatmate|housemate|colleague|mate|cousin|teacher|tutor)|"
                           r"the (?:\w+ )?(?:ref|referee|barber|plumber|woman|man|bloke|guy|lad|girl|driver|manager|boss|landlord|neighbour|council|mp|minister|"
                           r"teacher|receptionist|waiter|cleaner|builder|councillor|inspector|warden|lot)|whoever|our (?:mp|manager|boss|landlord|neighbour|councillor))\b")
# The writer about themselves ("I'm such a useless idiot"), or telling what was said to them.
_SELF = re.compile(r"\b(?:im|i am|i was|i feel like|i felt like|felt like|me|myself|i look like|i looked like|i slept|we slept|i sleep|id sleep)(?: \w+){0,3}$")
_REPORTED = re.compile(r"\b(?:called (?:me|us|my|her|him|them)|calling (?:me|us|my)|called (?:a|an)|told me|said (?:i|im|i was)|"
                       r"(?:shouted|screamed|yelled) at|being called|got called|was called)\b")
_WARM = re.compile(r"\b(?:lovely|kind|sweet|love (?:him|her|you|ya|u)|miss (?:him|her|you)|proud|bless (?:him|her)(?! (?:\W|$))|legend|rip|"
                   r"congrat\w*|happy birthday|best mate|bestie|babe|hun|haha jk|jk|joking)\b")


_COMMON = ("a an for of old s es ies y i b w est the what such and in on is with most all as every everyone anyone anything he she it that "
           "this up have got get will man woman people person lady guy girl boy bloke lad human ever alive half whole round gone went two "
           "ive hed youd youll show world car cars moves pulse office school estate town village shed london hackney england earth planet "
           "creature skin air space flag red wet wing faced shit easy")
_NOT_TRIGGER = frozenset(_COMMON.split(" "))
# Every kind needs one of these words (a noun, a contempt adjective, "look", "little", "excuse",
# a superlative, a promiscuity verb): a set lookup skips the regexes for most posts.
_TRIGGERS = frozenset(
    t for rx in (_SCORN_NOUN, _PERSON_ADJ, _SLANG.pattern, _SUPERLATIVE.pattern, _LOOSE.pattern, _LITTLE.pattern)
    for t in re.findall(r"[a-z]+", rx)) - _NOT_TRIGGER | {"look", "looks", "looked", "looking", "face", "excuse", "little"}


def scorn_insult(clean: str) -> list[Hit]:
    """A person × scorn: a contempt word before an insult noun, an intensifier before a slang
    insult, a ridiculing likeness, two or more contempt adjectives, or a promiscuity claim."""
    words = set(_LETTERS.findall(clean.lower()))
    if _TRIGGERS.isdisjoint(words | {x[:-1] for x in words if x.endswith("s")} | {x + "s" for x in words}):
        return []
    w = " | ".join(plain_words(x) for x in re.split(r"[.!;?\n:]+", clean) if x.strip())
    if _ABOUT_ABUSE.search(w) or _WARM.search(w) or _QUOTED_SAYING.search(clean):
        return []
    found: list[tuple[re.Match[str], str]] = []
    for m in _ADJ_NOUN.finditer(w):
        lead, noun = m.group(1), m.group(2)
        weak = lead in _WEAK_LEAD and (noun in _NEEDS_CONTEMPT or not re.search(rf"\b(?:{_SCORN_ADJ})\b", m.group(0)[len(lead):]))
        addressed = lead in ("you", "youre", "ur", "u") and noun not in _NEEDS_CONTEMPT and len(m.group(0).split()) > 2
        if weak and not addressed:
            continue  # "a total mess", "a right headache"; "you idiot" alone is the explicit list's
        found.append((m, "contempt word + insult noun"))
    found += [(m, "intensifier + slang insult") for m in _SLANG.finditer(w)]
    found += [(m, "contempt word + little person") for m in _LITTLE.finditer(w)]
    found += [(m, "contempt superlative") for m in _SUPERLATIVE.finditer(w)] + [(m, "an excuse for a person") for m in _EXCUSE.finditer(w)]
    found += [(m, "ridiculing likeness") for m in _LIKENESS.finditer(w) if not _NOT_LIKENESS.search(m.group(0))]
    found += [(m, "contempt adjectives") for m in _ADJ_LIST.finditer(w) if m.group(1) != m.group(2)]
    found += [(m, "promiscuity claim") for m in _LOOSE.finditer(w)]
    for m, kind in found:
        before = w[max(0, m.start() - 40):m.start()].rstrip()
        if _SELF.search(before) or _REPORTED.search(w[max(0, m.start() - 40):m.end()]):
            continue
        named = re.search(r"(?:^|\|) ?(?:our|my|the|that|this|your|[a-z]+ from) (?:\w+ ){0,2}\w+ ?\|$", before)  # "our team captain: arrogant, slow …"
        if kind == "contempt adjectives" and (not (_SCORN_TARGET.search(before) or named) or re.search(r"\b(?:be|being|are|people)\s*$", before)):
            continue  # "slow, rude and useless" about a shop's service; "free to be stupid and ignorant"
        if kind == "ridiculing likeness" and (_NOT_PEOPLE.search(w) or not (_SCORN_TARGET.search(w) and not re.search(r"\b(?:i|im|me|my)\b", w[:m.start()]))):
            continue  # "face like a hamster" (the writer's own), "the cat looks like a melted crayon"
        if kind == "promiscuity claim" and re.search(r"\b(?:i|we|me)\b", before[-12:]):
            continue
        return [Hit("insult", f"scorn ({kind}): {m.group(0)}")]
    return []
