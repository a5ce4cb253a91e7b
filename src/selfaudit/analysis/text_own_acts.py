"""The writer's own offences as pairs of small open classes (textrecall4), beside text_disclosure's
``own_offence`` (one act phrase in a sentence whose actor is the writer):

* **driving with** (``driving_with``, ``driving``): the writer at the wheel ("drove home", "doing
  the school run", "at the lights", "went through") × drink or drugs ("a few at the pub", "bit
  tipsy", "hotboxed the car"), a phone in hand ("texting", "facetiming", "typing this"), no right
  to drive ("no insurance", "banned … but still driving", "my 14 year old") or speed ("0-60 in",
  "through 2 reds"); two missing papers say it alone ("no insurance, no MOT, no problem").
* **buying drugs** (``drug_buying``, ``drugs``): two of a seller ("my guy", "a plug", "a lad at
  work", "someone"), a purchase or delivery ("bought … off", "drops to the door", "a number for",
  "paid £60 for") and a substance in slang or as a medicine bought off someone ("mushies", "decent
  green", "a strip of diazepam", "a gram", 💊); or growing plants × a hiding place or harvest.
* **a fight the writer was in** (``own_fight``, ``violence``): a contact act on someone ("gave him
  a few digs", "dragged him off", "swung for", "jumped the lads", "bust his nose") × a conflict or
  justification ("mouthed off", "pushed in", "tried to nick", "had it coming", "no regrets", "3 game
  ban", "he won't be …").

Only ever ``review``. Advice, campaigns, someone else's act, children's play and sport void them.
"""

from __future__ import annotations

import re

from .text_results import Hit


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s£💊🍃❄️🌿]", " ", text.lower().replace("'", "").replace("’", "")).split())


# --- driving with drink, drugs, a phone or no right to drive ----------------------------------

_WHEEL = re.compile(r"\b(?:driving|drove|drive (?:home|back|to|them|the|everyone)|drives|driven|did the school run|doing the school run|on the school run|"
                    r"at the (?:traffic )?lights|behind the wheel|from the car|in the car at|tested it down|take it down|let (?:him|her|them) (?:drive|take it)|"
                    r"(?:went|go|going|drove|sailed) through|doing \d+ (?:on|down|up|along)|do(?:ing|es)? \d+ ?(?:mph)? (?:on|down|in|along)|(?:on|down|along) the (?:m\d+|a\d+)|"
                    # stop 30: written from the road ("typing this from the A12", "streaming from the car on the
                    # way to work", "doing the roundabout"), and the short drive home a hedge excuses
                    r"from the (?:m\d+|a\d+|motorway|north circular|dual carriageway)|(?:from|in) (?:the|my) car on the way|"
                    r"(?:going round|doing|round|on) the roundabout|only (?:a|one|two|three|\d+) miles? (?:home|away|down the road)\b)")
_IMPAIRED = re.compile(
    r"\b(?:had a few|a few (?:pints|beers|drinks|glasses|bevvies|cans)|(?:bit|little|still a bit|slightly) (?:tipsy|merry|drunk|pissed|buzzed|wavy|hungover)|"
    r"tipsy|after (?:the|a|three|two|four|\d+) (?:pub|pints?|beers?|drinks|glasses|wine|wedding|party|sesh)|glasses of (?:wine|prosecco|red|white)|"
    r"hotboxed|pilled up|stoned|high as|off (?:my|our) (?:face|head|nut)|dont (?:really )?remember the (?:journey|drive)|over the limit|"
    r"three beers|four pints|pints in|chanced it|designated driver who|"
    r"texting|typing|replying|facetim\w*|recording this|scrolling|on (?:my|the) phone|hands free is|(?:doing|did|do) (?:my |me )?make ?up|shaving|"
    r"no insurance|no (?:mot|licence|license)|banned (?:for|from)(?: \w+){0,4} (?:but|still)|still driving|(?:my )?1[0-6] year old|"
    r"through (?:a |the |\d+ |two |three |both )?(?:reds|red|red lights?)|0 (?:to )?60 in|(?:1[0-4]\d|[89]\d) in a [2-5]0|"
    r"live streaming|streaming|going live|(?:filmed|recorded|filming|recording) this|risked it|(?:bit|little|slightly) wobbly)\b")
# Two missing papers say it alone ("no insurance, no MOT, no problem").
_NO_PAPERS = re.compile(r"\bno (?:insurance|mot|licence|license|tax)\b(?: \w+){0,2} no (?:insurance|mot|licence|license|tax)\b")
_OTHERS = re.compile(r"\b(?:he|she|they|someone|somebody|the driver|a driver|drivers|people|this guy|this woman|this man|idiot)\b(?: \w+){0,2} "
                     r"(?:was|were|is|are|keep|keeps|drove|driving|texting|on)\b|"
                     r"\b(?:the|a|an|this|that|some) (?:\w+ )?(?:bloke|guy|man|woman|lad|girl|driver|mum|dad|neighbour|lady|fella|kid|teenager|cabbie|courier|lorry driver)s?"
                     r"(?: \w+){0,2} (?:was|is|were|keeps?) (?:\w+ )?(?:texting|typing|driving|on (?:his|her|their) phone|drunk|tipsy)\b")
_ADVICE = re.compile(r"\b(?:never|(?:dont|do not) (?:text|drink|drive|use|do it|be that)|please|campaign|reminder|think!|arrested|charged|convicted|court|caught|remember to|"
                     r"road safety|safety (?:week|campaign|team)|the law|illegal|counts as|is still using (?:your|a) (?:phone|mobile)|points and|fine of|£\d+ fine|"
                     r"designated driver (?:tonight|is)|taxi home|got a taxi|uber home|left the car|walked home|"
                     # a passenger, a parked car
                     r"passenger|(?:hubby|husband|wife|partner|mum|mam|dad|bf|gf|boyfriend|girlfriend|mate|missus|brother|sister|son|daughter)s? (?:is )?driving|(?:from|sat in|sitting in|waiting in|parked in|parked up in) (?:the|a) car park|parked up)\b")


def driving_with(clean: str) -> list[Hit]:
    """The writer at the wheel × drink or drugs, a phone in hand, or no right to drive; review only."""
    w = _plain(clean)
    d = _WHEEL.search(w) or _NO_PAPERS.search(w)
    if not d:
        return []
    i = _IMPAIRED.search(w)
    if not i or _ADVICE.search(w) or _OTHERS.search(w):
        return []
    return [Hit("driving", f"driving with: {d.group(0)} … {i.group(0)}")]


# --- buying drugs -------------------------------------------------------------------------------

_SELLER = re.compile(r"\b(?:my guy|my man|(?:new|decent|my|good|reliable|local) plug|plug (?:in|round|near)|my dealer|"
                     r"(?:off|from) (?:a|some|this|the) (?:bloke|lad|guy|man|geezer|girl|fella)(?: (?:at|in|outside|from|on) \w+(?: \w+)?)?|"
                     r"(?:who|whos|who s|anyone) (?:has |got |know who(?:s| has)? (?:got )?)?(?:got )?(?:decent|good|any|some) (?:green|bud|gear|stuff)|"
                     r"(?:whos|who is|who s|anyone|someone) selling)\b")
_PURCHASE = re.compile(r"\b(?:bought|buy|buying|paid £?\d+|had to buy|got (?:some|a|a strip|a bag)|sold me|selling|"
                       r"drops?(?: it)? (?:to|at) (?:the|your|my) door|delivers?|delivery|quicker than deliveroo|faster than deliveroo|"
                       r"(?:a |his |any |a decent )?(?:number|contact|link|hook up) for|dm (?:me|if)|mines? run dry|run dry|sorted|"
                       r"need (?:something|some|a bit) for (?:the weekend|tonight|saturday|friday|the party|the festival)|needs? (?:sorting|sorted)(?: out)? for (?:tonight|the weekend|saturday|friday|later|the party|the rave))\b")
_SUBSTANCE = re.compile(r"(?:\b(?:mushies|mushrooms|shrooms|(?:decent|some|bit of) green(?! (?:beans?|tea|veg\w*|peppers?|lights?|space|party|onions?|apples?|grapes?|salad|paint|jumpers?|dress|tops?|ones?|bins?|waste|stuff for))|a gram|grams?|an eighth|a strip|diazepam|valium|xanax|"
                        r"tramadol|codeine|oxy|benzos?|pills|baby laxative|sniff|sniffer dogs|edibles|weed|coke|mandy|ket|oregano|"
                        r"selling (?:the |some |any )?(?:good|decent|proper|strong) stuff)\b|💊|🍃|❄\ufe0f?)")  # (stop 36, set 35) the cleaned text keeps ❄ without its U+FE0F
# (stop 36, set 35: "anyone got a number for a decent man round dalston? need sorting for tonight ❄️") the flake
# emoji is coke only where a dealer is asked for: a number, a contact, or "need sorting" for a night.
_SNOW_DEAL = re.compile(r"\b(?:(?:a |any |his |a decent |a good )?(?:number|contact|link|hook up) for (?:a |the |any )?(?:decent |good |reliable |sound |proper )?"
                        r"(?:man|guy|plug|fella|lad|bloke|dealer)|needs? (?:sorting|sorted)(?: out)? for (?:tonight|the weekend|saturday|friday|later|the party|the rave))\b")
_WEATHER = re.compile(r"\b(?:snow\w*|frost\w*|freezing|cold|ice|icy|winter|blizzard|sledg\w*|gritt\w*|christmas|xmas|ski\w*|hair|nails|"
                      # (review36) a tradesman or a ticket asked for: "got a number for a good guy who does plastering ❄️",
                      # "need sorting for tonight, anyone got a spare ticket for the gig? ❄️"
                      r"who (?:does|did|do|can do|fixes|fitted)|tickets?|babysitter|a lift|plumber|electrician|boiler|plaster\w*|builder|roofer|mechanic)\b")
_GROW = re.compile(r"\b(?:(?:growing|grow|grown|grew)(?: \w+){0,3} (?:plants?|my own|own)|(?:\d+|two|three|four|five|six|a couple of|few) plants(?: \w+){0,2} (?:in|under|up))\b")
_GROW_HIDE = re.compile(r"\b(?:cupboard|airing cupboard|loft|under the stairs|spare room|wardrobe|shed|harvest|barely smell|the smell|smell is|stinks|home grown|grow tent|lamp|cheaper than buying)\b|🌿")
_CROPS = (r"(?:tomato\w*|chilli\w*|basil|herbs?|seedlings?|succulents?|orchids?|cress|strawberr\w+|veg\w*|potato\w*|cucumbers?|courgettes?|flowers?|bulbs?|"
          r"sunflowers?|beans?|peppers?|lettuce|spider plants?|monstera|houseplants?|cactus|cacti)\b")
_NOT_GROW = re.compile(r"\b" + _CROPS)
# A crop denied as a wink ("not tomatoes lol", "definitely not basil"; stop 31) is not a crop grown;
# "not tomatoes this year but peppers" still names one.
_DENIED_CROP = re.compile(r"\bnot (?:(?:for|just|exactly|really) )?" + _CROPS + r"(?! (?:this year|but)\b)")
# A crop named beside a wink at another ("tomatoes, chillies and a little something special in the loft";
# stop 35, set 34): the crops no longer clear the hidden grow.
_WINK = re.compile(r"\b(?:(?:a )?(?:little |lil |wee |cheeky )?something (?:special|extra|herbal|green|funny|else)|special (?:plants?|crop|herbs?|tomatoes)|"
                   r"not for the salad)\b")
_HIDDEN = re.compile(r"\b(?:cupboard|airing cupboard|loft|attic|under the stairs|spare room|wardrobe|grow tent|under (?:a |the )?lamps?)\b")
# Coke the drink ("a massive bottle of coke", "diet coke", "can of coke"; stop 35, set 34): no substance.
_SOFT_DRINK = re.compile(r"\b(?:(?:bottles?|cans?|glass(?:es)?|pints?|litres?|cups?|crates?|multipacks?|diet|full fat|cherry|vanilla|fizzy) (?:of )?(?:\w+ )?coke|"
                         r"coke (?:zero|bottles?|cans?|float|machine)|coca cola)\b")
# "anyone selling a …" names the thing wanted; without a substance it is a marketplace post (stop 36).
_SELLING_THING = re.compile(r"\b(?:whos|who is|who s|anyone|someone) selling (?:a|an|some|any|their|his|her|my|these|those|this|that|\d+)\b")
_NOT_DEAL = re.compile(r"\b(?:pharmacy|chemist|harm reduction|training|awareness|police|arrested|court|"
                       r"charged|campaign|parents|signs of|if your child|young people|service users?|car|sofa|tickets?|bike|phone|tv|house|flat)\b")


def drug_buying(clean: str) -> list[Hit]:
    """Two of a seller, a purchase or delivery and a substance; or growing plants × hiding or
    harvest. Review only."""
    w = _SOFT_DRINK.sub(" ", _plain(clean))
    if _GROW.search(w) and (h := _GROW_HIDE.search(w)):
        if not _NOT_GROW.search(_DENIED_CROP.sub(" ", w)):
            return [Hit("drugs", f"buying drugs: growing … {h.group(0)}")]
        # crops named: only a wink beside a hidden place reads as the other crop ("a little something special in the
        # loft"), not a harvest festival
        if _WINK.search(w) and (h := _HIDDEN.search(w)):
            return [Hit("drugs", f"buying drugs: growing … {h.group(0)}")]
    # A purchase word inside the seller's own words is not a second part: "anyone selling a cheap chest of
    # drawers?" is one (stop 36, the marketplace negatives); "anyone selling? need sorting for tonight" is two.
    seller = _SELLER.search(w)
    rest = w[:seller.start()] + " " + w[seller.end():] if seller else w
    parts = [m.group(0) for m in (seller, _PURCHASE.search(rest), _SUBSTANCE.search(w)) if m]
    if len(parts) < 2:
        return []
    subst = _SUBSTANCE.search(w)
    if subst and subst.group(0).startswith("❄") and (not (_SELLER.search(w) or _SNOW_DEAL.search(w)) or _WEATHER.search(w)):
        return []  # snow: "bought the kids sledges ❄️" (the flake says coke only beside a seller or a number asked for)
    if _NOT_DEAL.search(w) and not subst:
        return []  # "bought a bike off a lad at work"
    if _SELLING_THING.search(w) and not subst:
        return []  # a thing asked for in a marketplace group: "anyone selling a pram? dm me" (stop 36)
    if not (_SELLER.search(w) or subst):
        return []
    if re.search(r"\b(?:pharmacy|chemist|harm reduction|training|awareness|police|arrested|court|charged|campaign|parents|young people)\b", w):
        return []
    if re.search(r"\b(?:prescri\w+|gp|doctor)\b", w) and not _SELLER.search(w):
        return []  # a medicine from the chemist or GP
    return [Hit("drugs", f"buying drugs: {' … '.join(parts)}")]


# --- a fight the writer was in ------------------------------------------------------------------

_CONTACT = re.compile(
    r"\b(?:(?:gave|give|giving) (?:him|her|them|(?:the|that|some) \w+(?: (?:who|that) \w+(?: \w+){0,3})?) (?:a (?:few |couple of |couple )?|few )?(?:(?:proper|right|good) )?"
    r"(?:digs|dig|slaps|slap|smacks|smack|kicks|kicking|hiding(?! (?:place|spot)s?\b)|clip|headbutt|few|good one|right hander|left hook)|"
    r"(?:dragged|grabbed|yanked|shoved|pushed|threw|chucked|pinned) (?:him|her|them|the \w+|that \w+|some \w+|a \w+)(?: \w+){0,3} (?:off|by|over|out|down|into|against|to the)|"
    r"(?:jumped|rushed|ran up on|chased|cornered) (?:the|that|this|a|some|him|her|them)(?: \w+){0,3} (?:who|that|and|down|after|round|outside)|"
    r"swung (?:for|at)|caught (?:him|her|them) (?:proper|clean|good|a beauty|right)|(?:bust|burst|busted|split|broke) (?:his|her|their) (?:nose|lip|face|head|eye)|"
    r"lamp(?:ed|ing) (?:one|him|her|them|some|a)|(?:got|gave) (?:a |him a |her a )?headbutt|pulled (?:her|his|their) hair|"
    r"(?:threw|chucked) (?:my|a|the) (?:drink|pint|glass) (?:in|over|at) (?:his|her|their)|smashed a (?:bottle|glass) over|"
    r"(?:pushed|shoved|knocked) (?:him|her|them) over|(?:i|we) (?:hit|punch|swing|strike) first)\b")
_CONFLICT = re.compile(
    r"\b(?:had it coming|no regrets|deserved it|started it|asked for it|worth (?:it|every)|"
    r"(?:hell|shell|theyll|he will|she will|they will) (?:think twice|learn|know)|(?:spilt|spilled|threw|chucked) (?:\w+ ){0,2}(?:drink|pint) (?:on|over|at) me|looks? at me funny|"
    r"got jumped|(?:he|she|they|hes|shes|theyre)(?: \w+)? (?:wont|will not|wasnt|isnt)(?: \w+){0,3} (?:be|again|anymore|for a while)|"
    r"(?:mouthed|mouthing|mouthy) (?:off|at)|pushed in|squared up|squaring up|tried to (?:nick|rob|grab|take|steal|touch)|robbed|nicked (?:my|his|her)|"
    r"called me|grabbed my|ban(?:ned)?\b|\d+ (?:game|match|week) ban|bouncers?|chucked (?:us )?out|thrown out|threw us|red card|after the final whistle|"
    r"(?:dont|do not) care|no one (?:touches|talks)|disrespect\w*|"
    # Stop 31: the reason given ("kept lipping me", "justice served", "taught him a lesson", "respect
    # your elders") or the other person's act ("the lad who grabbed my sister", "who keyed my car").
    r"(?:kept|keeps|was|were|started) (?:lipping|giving me (?:lip|gob|grief|attitude|abuse)|gobbing off)|justice (?:served|done|was served)|"
    r"taught (?:him|her|them|the \w+) a lesson|learn(?:ed|t) (?:his|her|their) lesson|respect (?:your|ur|their|his|her) elders|"
    r"(?:who|that) (?:grabbed|touched|groped|hit|keyed|robbed|attacked|smacked|slapped|spat at|nicked|battered|mugged) (?:my|me|our|\w+))\b")
_NOT_FIGHT = re.compile(r"\b(?:swing|swings|trampoline|tickl\w+|play fight\w*|pillow|snowball|boxing|kickboxing|sparring|pads|gym|training|class|"
                        r"fifa|video game|ps5|xbox|film|movie|episode|book|baby|toddler|puppy|dog|cat|the kids|my son|my daughter|"
                        r"self defence|rugby|judo|karate|wrestling|lifeguard|first aid|cpr|fell|slipped|rescued?|saved|pulled (?:him|her|them) out)\b")
_OTHER_ACTOR = re.compile(r"^(?:he|she|they|my (?:dad|mum|son|daughter|husband|wife|brother|sister|ex|neighbour|mate)|the (?:bloke|guy|lad|man|woman|bouncers?|police))\b")
_WRITER = re.compile(r"\b(?:i|me|we|us|me and|my (?:mates?|boys|cousin|brother) and i|myself)\b")


def own_fight(clean: str) -> list[Hit]:
    """The writer's contact act on someone × a conflict or justification; review only."""
    w = _plain(clean)
    c = _CONTACT.search(w)
    if not c:
        return []
    j = _CONFLICT.search(w)
    if not j or _NOT_FIGHT.search(w) or _OTHER_ACTOR.search(w):
        return []
    if not (_WRITER.search(w) or re.match(r"^(?:had to|just|then|\w+ed|swung|gave|threw|got|caught|bust|broke|jumped)\b", w)):
        return []
    return [Hit("violence", f"own fight: {c.group(0)} … {j.group(0)}")]
