"""The group-attack frame: any group named × a dehumanising, expelling or criminalising predicate.

The explicit list (``text_patterns.DISCRIMINATORY``) fails a few fixed shapes ("<group> are
vermin"); attacks on a group are worded far more ways than that ("Somalis? Vermin, the lot of
them", "the migrants are spreading like a disease through our towns", "muslims dont belong
here", "all these illegals are criminals"). This frame is compositional instead: a *group*
(nationality, religion, ethnicity, sexuality, gender identity, disability, migrants, "these
people", "their kind") and, within a few words of it in the same sentence, a *predicate* of one
of three kinds:

* dehumanising — vermin, parasites, animals, savages, subhuman, rats, a plague, a disease, a
  cancer, an infestation, swarming, breeding, filth, scum;
* expelling or eliminating — should be deported / removed / exterminated / wiped out, don't
  belong here, go back to, get them out, not welcome, no place in our country;
* criminalising a whole group — "are all criminals / terrorists / rapists / groomers".

Only ever ``review`` (discriminatory): each part alone is everyday English, and a post about
"rats in the garden" or "migrants deported last year" is not an attack. Negation between the
parts ("refugees are not vermin"), a question about the words, and counter-speech words
("calling X vermin is disgusting", "stop saying") void it; a professional or reporting voice
(passed in as ``context``) needs the strongest kind (dehumanising, within four words).
Matched on the ``words`` form (lower case, no punctuation, apostrophes dropped).
"""

from __future__ import annotations

import re

from .text_results import Hit

# Groups people are attacked for being. Plurals (a group, not a person) and "<adjective> people".
_NATION = (r"(?:mexicans|arabs|somalis|afghans|albanians|nigerians|africans|pakistanis|pakis|indians|bangladeshis|chinese|"
           r"asians|romanians|bulgarians|poles|eastern europeans|turks|kurds|syrians|iraqis|iranians|palestinians|israelis|"
           r"russians|ukrainians|irish|scots|english|welsh|americans|europeans|latinos|hispanics|haitians|jamaicans|"
           r"gypsies|gipsies|travellers|roma|pikeys)")
_FAITH = r"(?:muslims|moslems|muzzies|islamists|jews|jewish people|hindus|sikhs|christians|catholics|atheists)"
_MOVE = (r"(?:immigrants|migrants|illegals|illegal immigrants|illegal aliens|aliens|refugees|asylum seekers|foreigners|"
         r"economic migrants|boat people|small boat (?:people|arrivals)|newcomers|invaders)")
_RACE = r"(?:blacks|whites|black people|white people|brown people|non whites|coloureds|coloreds)"
_LGBT = (r"(?:gays|gay people|gay men|lesbians|homosexuals|queers|bisexuals|trans people|trans women|trans men|transgenders|"
         r"trannies|transsexuals|lgbt(?:q)?(?: people| folk| community| lot)?|the gays)")
_GENDER = r"(?:women|females|feminists|girls)"
_DISAB = (r"(?:disabled people|the disabled|cripples|autistic people|autistics|retards|the mentally ill|schizophrenics|"
          r"people with learning disabilities|downs kids|wheelchair users|single mums|single mothers|pensioners|boomers)")
_ADJ = (r"(?:muslim|jewish|black|white|asian|african|arab|mexican|polish|romanian|foreign|immigrant|migrant|gay|trans|"
        r"lesbian|bi|bisexual|disabled|autistic|somali|indian|pakistani|chinese|gypsy|traveller|roma|albanian|nigerian|syrian|afghan|"
        r"bangladeshi|turkish|orthodox|eastern european|old)")
_PLAIN = r"(?:these people|those people|their kind|that kind|them lot|that lot|those animals|these animals|the lot of them)"
_GROUP_BODY = (rf"{_NATION}|{_FAITH}|{_MOVE}|{_RACE}|{_LGBT}|{_GENDER}|{_DISAB}|{_PLAIN}|"
               rf"{_ADJ} (?:people|men|women|folk|families|lads|blokes|lot|ones|kids|youths|gangs|community|communities|immigrants|migrants|lives|mums|dads|mothers|fathers|couples|builders|households|workers|babies)")
_GROUP = re.compile(rf"\b(?:{_GROUP_BODY})\b")

# After "are (not) human / people" the claim must end there: a word that goes on makes it a
# description or a compound noun ("are not people to be feared", "are people who …", "are not
# human rights abusers", "are people traffickers", "are humans first"), no denial of humanity.
_HUMAN_GOES_ON = (r"(?! (?:who|whom|whose|that|which|to|you|u|we|i|they|he|she|with|without|from|of|like|in(?! (?:any way|the slightest)\b)|on|at(?! all\b)|for|when|where|"
                  r"any|first|apart|too|as|less|more|than|rights|nature|resources|shields|trafficking|traffickers|smugglers|"
                  r"smuggling|pleasers|carriers|error)\b)")

# Dehumanising: the group as animals, vermin, disease or dirt. Words that say it alone...
_DEHUMAN_ALONE = (r"vermin|parasit\w*|leeches|sub ?humans?|subhuman|not (?:even )?human" + _HUMAN_GOES_ON + r"|less than human|cockroaches|roaches|"
                  r"savages|barbarians|infestation|infested|infesting|invaders|degenerates|untermensch\w*|uncivili[sz]ed")
# ...and words that say it only as what the group *is* or is *like* ("they are animals",
# "spreading like a disease"), not beside it ("cancer in women", "rats in the shed").
_DEHUMAN_AS = (r"animals|beasts|rats|insects|maggots|apes|monkeys|baboons|pigs|swine|dogs|mongrels|filth|scum|trash|garbage|"
               r"(?:a )?plague|(?:a )?disease|diseased|(?:a )?cancer|(?:a )?virus|(?:a )?tumou?r|cattle|livestock|primitive|"
               r"(?:a )?stain|(?:a )?blight|excrement|sewage|breeding|breed|swarm\w*|(?:an )?invasion|(?:an )?infestation|rabbits|flies|locusts|a herd|a pack|a swarm")
_COPULA = (r"(?:are|r|is|were|be|like|as|nothing but|bunch of|pack of|herd of|horde of|hordes of|these|those|dirty|filthy|"
           r"fucking|bloody|spread(?:ing)? like|breed(?:ing)? like|multiply(?:ing)? like|(?:are|is) (?:just|all|basically|literally))")
# One describing word may sit between ("are violent animals"), not a verb ("are battling cancer").
_DEHUMAN = re.compile(rf"\b(?:{_DEHUMAN_ALONE}|{_COPULA} (?:(?!\w+(?:ing|ed|en)\b)\w+ )?(?:{_DEHUMAN_AS}))\b")

# Expelling or eliminating: the group out of the country, or gone.
_EXPEL = re.compile(
    r"\b(?:(?:should|must|need to|needs to|ought to|has to|have to|got to|gotta|want(?:s)? to|to) (?:all )?(?:be )?"
    r"(?:deported|removed|expelled|exterminated|eradicated|wiped out|wiped off|purged|gassed|culled|sterili[sz]ed|rounded up|"
    r"locked up|kicked out|thrown out|sent back|sent home|shipped back|shipped out|banned|put down|got rid of|dealt with)|"
    r"deport (?:them|the lot|em|all)|get (?:rid of|them out|em out|out of (?:our|my|this) (?:country|town|city|land))|"
    r"(?:dont|do not|never) belong (?:here|in (?:this|our|my) (?:country|town|city|land|society))|"
    r"go back (?:to )?(?:where|your|their|ur) (?:own )?(?:country|countries|home|land|homeland|shithole\w*|hole|came from|come from|caves?)|"
    r"go back (?:to|home to) (?:africa|asia|mexico|pakistan|india|china|poland|romania|syria|somalia|afghanistan|arabia|the jungle|the desert|the middle east)|"
    r"send (?:them|em|the lot) (?:back|home|packing)|(?:arent|are not|not) welcome (?:here|in)|no place (?:here|in (?:our|this|my))|"
    r"(?:have|has) no (?:right|business) (?:to be|being) (?:here|in)|(?:out|gone) of (?:our|this|my) country|"
    r"(?:wipe|wiped|wiping) (?:them|em|the lot) out|final solution|ethnic cleansing|clean (?:them|em) out|"
    r"(?:need|needs|want|wants) (?:\w+ )?(?:sectioning|locking up|deporting|putting down|removing|sterilising|sterilizing|rounding up|"
    r"kicking out|sending back|shooting|hanging|burning out|burning|gassing|screening out|getting rid of)|should be screened out|"
    r"(?:shouldnt|should not|must not|mustnt) be (?:allowed|running|in charge|trusted|teaching|near|around|working|refs|managers|leaders))\b"
)
# Criminalising: the whole group as criminals. Needs "all", "every" or "nothing but".
_CRIMINAL = re.compile(
    r"\b(?:(?:are|r|is|be) (?:all|every one of them|nothing but|just)|all (?:of (?:them|em) )?(?:are|r)|every (?:single )?one of (?:them|em) (?:is|are))"
    r"(?: \w+){0,2} (?:criminals|crooks|thieves|terrorists|rapists|paedos|pedos|paedophiles|pedophiles|groomers|murderers|"
    r"killers|drug dealers|dealers|gangsters|scroungers|spongers|benefit cheats|liars|frauds|scammers|pickpockets|beggars|"
    r"fakers|faking it|on benefits|on the take)\b"
    r"|\b(?:criminals|crooks|thieves|terrorists|rapists|paedos|groomers|scroungers|spongers|scammers|pickpockets|beggars|liars|frauds|"
    r"parasites|animals|vermin|savages) (?:the lot of (?:them|em)|every (?:last|single) one(?: of (?:them|em))?|all of (?:them|em)|to a man)\b"
)

# Derogating the whole group: what it "is" ("women are useless", "immigrants are a burden").
_DEROGATE = re.compile(
    r"\b(?:are|r|is|were) (?:all |so |such |just |always |naturally |genetically |basically |literally |nothing but |a bunch of |the |really |too |fucking |bloody )*"
    r"(?:disgusting|repulsive|revolting|vile|pathetic|worthless|useless|inferior|stupid|thick|lazy|dirty|filthy|evil|ugly|"
    r"dangerous|violent|dishonest|greedy|a waste of (?:space|oxygen|air|skin)|a burden|a drain|a joke|a disgrace|an abomination|"
    r"abnormal|unnatural|freaks|retarded|idiots|morons|brainless|the worst|the problem|the enemy|a threat|a menace|a mistake|"
    r"mentally ill|sick in the head|perverts|perverted|groomers|a danger to|a risk to)\b"
    # A positive said the other way round: "women are not worth listening to", "are not people".
    r"|\b(?:arent|are not|r not|isnt|is not) worth (?:anything|a thing|shit|a damn|saving|nothing)\b|\bworth nothing\b"
    r"|\bnothing (?:is )?(?:worse|lower|more disgusting|more pathetic|more vile|more annoying) than\b"
    r"|\b(?:(?:are|r|is) not|arent|isnt|aint) (?:even )?(?:worth (?:listening to|anything|a thing|the (?:time|effort|oxygen|air they breathe)|saving|helping|hiring|employing|"
    r"educating|respecting|knowing)\b|(?:real |proper |fully )?(?:humans?|people|persons)\b" + _HUMAN_GOES_ON + r")"
    r"|\b(?:disgust|sicken|repulse|revolt)s? me\b|\bmake(?:s)? me (?:sick|puke|vomit|want to puke)\b"
    r"|\b(?:world|country|planet|we) (?:would be|will be|d be|is|are) better (?:off )?without\b"
    r"|\b(?:dont|do not|doesnt|does not) matter\b|\b(?:lives|life) (?:are|is) (?:worthless|worth nothing|cheap)\b"
    r"|\bno better than (?:animals|dogs|rats|pigs|apes|vermin|savages)\b|\bbelong in (?:a |the )?(?:zoo|cage|kennel|sewer|gutter|jungle)\b"
    # Unfit by nature, as a stereotype: "women aren't smart enough", "aren't built for leadership",
    # "aren't capable of running anything". Built / cut out / capable only for leading, reasoning
    # or fitting in: "autistic people aren't built for open plan offices", "disabled people aren't
    # capable of full time work" are identity and welfare talk.
    r"|\b(?:arent|are not|r not) (?:smart|clever|bright|intelligent|rational|civili[sz]ed) enough\b"
    r"|\b(?:(?:arent|are not|r not) (?:built for|cut out for|capable of|fit for|fit to)|(?:are|r) incapable of) (?:\w+ )?"
    r"(?:lead\w*|manag\w*|run(?:ning)? (?:a|the|anything|things|countries|businesses)|politics|power|government|in charge|logic|maths|"
    r"science|engineering|reason\w*|rational|thinking|think for themselves|integrat\w*|democracy)\b"
)
# Violence wished on or called for against the group (category threat).
_VIOLENT = re.compile(
    r"\b(?:should|must|need to|needs to|ought to|deserve to|deserves to|want to|will|gonna|going to|all) (?:all |just |be )*"
    r"(?:die|be shot|shot|be hanged|hanged|hung|be killed|killed|burned|burnt|burn|lynched|executed|slaughtered|murdered|"
    r"beaten|tortured|raped|be put down|put down|be strung up|strung up|be lined up|lined up|be exterminated)\b"
    r"|\b(?:better off dead|deserve to die|deserve death|should not exist|shouldnt exist|do not deserve to live|dont deserve to live)\b"
)

# Words between group and predicate that turn it round ("refugees are NOT vermin"), and
# counter-speech about the words themselves ("calling migrants vermin is disgusting").
_NEGATION = re.compile(r"\b(?:not|arent|isnt|never|no|nor|dont|doesnt|wasnt|werent|neither|stop)\b")
_COUNTER = re.compile(
    r"\b(?:(?<!\bso )call(?:ing|ed|s)? (?:\w+ ){0,3}(?:them|\w+s)|refer(?:ring|red)? to|describ\w+|compar\w+|likening|dehumanis\w*|dehumaniz\w*|"
    r"rhetoric|language|words?|propaganda|racis\w+|bigot\w*|hate speech|hateful|stop saying|talk(?:ing|s)? about (?:\w+ ){0,3}(?:as|like)|"
    r"(?:disgusting|vile|shameful|sickening|appalling|awful|wrong) (?:how|that|when|to see|to hear|to say)|how (?:people|they|some) (?:talk|speak|treat)|"
    r"people who say|anyone who says|those who say|when (?:people|politicians|they) (?:say|call)|nazis? (?:said|called)|"
    r"history|holocaust|memorial|remember\w*|genocide (?:of|against)|documentary|book|film|novel|"
    r"(?:is|was|were) (?:called|described|labelled|branded)|quote|quoting|"
    # (textrules40, set 39) "so called" doubts a label ("the so-called great replacement"), but put before the group itself
    # it sneers at the people ("the so-called asylum seekers at the Travelodge are cockroaches"): not counter-speech then
    rf"so called(?! (?:the |these |those |all |our |local )?(?:{_GROUP_BODY})\b))\b"
)
# Everyday uses of the same words that are not about people ("the rats in the shed").
_NOT_PEOPLE = re.compile(r"\b(?:pet|pets|garden|shed|loft|kitchen|zoo|farm|vet|wildlife|gerbils?|hamsters?|cat|cats|puppy|puppies|hens|chickens|allotment|recycling|bin|bins|dog|dogs|kitten|horse|pony|parrot|rabbit|tortoise)\b")

# The verb first, the group straight after: "I hate muslims", "kill all the immigrants".
_HATE_FIRST = re.compile(
    rf"\b(?:i|we|i really|i just|i fucking|i bloody|honestly i)(?: (?!(?:dont|didnt|never|wouldnt|doesnt|do|not|no)\b)\w+)? (?:hate|despise|detest|loathe|cant stand|cannot stand|cant bear) "
    rf"(?:all |the |those |these |fucking |bloody |stupid |dirty )*(?:{_GROUP_BODY})\b(?! (?:being|getting|are being|have to|having to|who|that|when|for))"
)
_VIOLENT_FIRST = re.compile(
    rf"\b(?:better|great|good|nice|lovely|best|brilliant) (?:off )?if (?:all |the |those |these |every )*(?:{_GROUP_BODY}) (?:all |just )?(?:died|were (?:all )?dead|dropped dead|were gone|disappeared|vanished|"
    rf"didnt exist|did not exist|were wiped out|got wiped out|were exterminated|were killed|got killed)\b|"
    rf"\bdeath to (?:all |the |every )?(?:{_GROUP_BODY})\b|\b(?:see|watch|seeing|watching) (?:all |the |those |these )?(?:{_GROUP_BODY}) (?:suffer|die|burn|hang|hanged|shot)\b|"
    rf"(?:^|\b(?:i|we|lets|let us|should|must|need to|needs to|gonna|going to|want to|wanna|ill|well|i will|we will|id|i would|"
    rf"time to|got to|gotta|have to|someone should|somebody should|people should|we should|just|go and|go|and)) ?(?:\w+ )?(?:kill|shoot|hang|lynch|gas|burn|stab|bomb|exterminate|slaughter|execute|murder|hurt|beat up|attack|eradicate|wipe out|get rid of|deport) "
    rf"(?:all (?:the |of the |those |these )?|every (?:last |single )?|the |those |these |more |some )?(?:fucking |bloody |dirty )?(?:{_GROUP_BODY})\b"
)

# Told to go home ("the somalis need to go home"), not going home for a reason, at a time or to do
# something ("need to go home to renew their visas", "should go home for Christmas").
_GO_HOME = re.compile(
    r"\b(?:should|must|need to|needs to|ought to|has to|have to|got to|gotta|can|to) (?:all |just |simply |now )*"
    r"(?:go|get|clear off|sod off|bugger off|piss off|fuck off|naff off|jog on|be sent) (?:back )?home\b"
    r"(?! (?:to|for|at|early|after|before|tonight|today|tomorrow|soon|in|on|from|with|because|cos|coz|as|when|if|once|safely|sick|ill|"
    r"and (?!stay|never|dont)))")
# What a group "cannot" do, as a stereotype ("Asians can't drive"), not for a reason or a while
# ("can't drive here until their licences are swapped", "can't drive to the new surgery").
_CANT_DO = re.compile(
    r"\b(?:cant|can not|cannot|could never|will never) (?:ever )?(?:drive|park|integrate|assimilate|speak (?:proper |decent |a word of |any |good )?english)\b"
    r"(?! (?:to|here|there|in|on|at|without|until|till|because|cos|coz|since|yet|anymore|any more|now|with|after|before|if|unless|when|anywhere|legally))")
# Only some groups are told to go home: those people are told to leave a country for (not "the
# girls need to go home, they're wasted", "these people need to go home, it's 3am"); and "these
# people can't park" or "disabled people can't drive" are not stereotypes of a group.
_ORIGIN_ADJ = (r"(?:muslim|jewish|black|white|asian|african|arab|mexican|polish|romanian|foreign|immigrant|migrant|somali|indian|pakistani|"
               r"chinese|gypsy|traveller|roma|albanian|nigerian|syrian|afghan|bangladeshi|turkish|orthodox|eastern european)")
_ORIGIN = re.compile(rf"(?:{_NATION}|{_FAITH}|{_MOVE}|{_RACE}|{_ORIGIN_ADJ} \w+)")
_STEREOTYPED = re.compile(rf"(?:{_NATION}|{_FAITH}|{_MOVE}|{_RACE}|{_GENDER}|{_LGBT}|{_ORIGIN_ADJ} \w+)")
_GROUPS_FOR = {_GO_HOME: _ORIGIN, _CANT_DO: _STEREOTYPED}

_KINDS = (("dehumanising", _DEHUMAN), ("violence", _VIOLENT), ("expelling", _EXPEL), ("criminalising", _CRIMINAL), ("derogating", _DEROGATE),
          ("expelling", _GO_HOME), ("derogating", _CANT_DO))
_ABOUT = re.compile(r"\b(?:about|against|towards|toward|on|at|for|with|by|from) (?:the |all |these |those )?$")
# The writer denies the proposition that follows ("I don't think women are inferior", "nobody
# believes migrants are criminals", "not all Muslims are terrorists"): the words matched after it
# are the proposition denied. Counter-speech, and when nothing else is hostile (and no "but"
# turns it round), nothing to flag. Only beliefs are denied here: "I don't hate women, I just
# think they're inferior" denies a feeling, not the attack (ATTITUDE_DENIAL, counter-speech only).
_NEVER_INVERTED = r"never (?:will|would|could|shall|have|had|did|do) i (?:ever )?"
_IMAGINE = r"imagine(?: (?:actually|still|genuinely|honestly|seriously|really))?"
DENIAL = re.compile(
    # (the word between is not "just"/"only": "I don't just think X are vermin, I know it" asserts it)
    r"\b(?:(?:dont|do not|didnt|did not|never|wouldnt|would never|could never|will never|cant|cannot|refuse to) (?:(?!just |only |merely |simply )\w+ )?"
    r"(?:think|believe|say|said|claim|agree|accept|buy)|"
    # the emphatic inversion: "never will I accept", "never would I believe" (stop 33)
    rf"{_NEVER_INVERTED}(?:think|thought|believe|believed|say|said|claim|agree|accept|accepted|buy)|"
    r"(?:nobody|no one|noone) (?:\w+ )?(?:thinks?|believes?|says?|said|claims?)|"
    r"(?:its|it is|thats|that is) (?:not true|a lie|a myth|nonsense|rubbish|false|untrue)|not (?:all|every|most)|"
    # mocked: "imagine thinking refugees are criminals" holds the attack up to ridicule
    rf"{_IMAGINE} (?:thinking|believing|saying|claiming))"
    rf"(?: that| the idea that| for a (?:second|minute|moment) that)? (?:all |the |most |any |those |these )?(?:{_GROUP_BODY})\b"
)
# ... except when what is denied is the group's humanity: "I refuse to believe muslims are human",
# "can't believe anyone thinks gypsies are people" deny no attack, they are one (dehumanising).
# Not "are people who/we/that …" (a description follows), nor "are treated as people".
DENIED_DIGNITY = re.compile(
    r"\b(?:(?:dont|do not|didnt|did not|never|wouldnt|would never|could never|will never|cant|cannot|refuse to) (?:(?:really|actually|even|ever|honestly) )?"
    rf"(?:think|believe|accept)|{_NEVER_INVERTED}(?:think|thought|believe|believed|accept|accepted)|{_IMAGINE} (?:thinking|believing)|(?:nobody|no one|noone) (?:\w+ )?(?:thinks?|believes?)|(?:cant|cannot) believe (?:anyone|people|some people|you|u) "
    r"(?:\w+ )?(?:thinks?|believes?))(?: that)? (?:all |the |any |those |these )?"
    rf"(?:{_GROUP_BODY}) (?:are|r|is) (?:(?:even|really|actually|fully|truly|real|proper) )*(?:humans?|human beings|people|persons)\b"
    # The same doubt as a question: "who says gypsies are people", "since when were travellers human".
    rf"{_HUMAN_GOES_ON}|\b(?:who (?:says|said|thinks|decided)(?: that)? (?:all |the |any |those |these )?(?:{_GROUP_BODY}) (?:are|r|is)|"
    rf"since when (?:are|were|r|is|was|have) (?:all |the |any |those |these )?(?:{_GROUP_BODY}) (?:been )?)"
    rf" (?:(?:even|really|actually|fully|truly|real|proper) )*(?:humans?|human beings|people|persons)\b{_HUMAN_GOES_ON}"
)
# A denial attributed after it ("…are people, said the bloke in the pub", "…said no decent
# man ever", "…is something I heard today"): the words are reported, not the writer's.
_ATTRIBUTED_AFTER = re.compile(r"^ (?:(?:said|says|wrote|writes|posted|tweeted|claimed|claims|reckons)\b(?! i\b)|"
                               r"(?:is|was) (?:something|what|a thing) (?:\w+ ){0,3}(?:said|says|heard|hear|told|wrote|posted|tweeted)\b)")
# "you / they / the tabloids don't think X are people" is said of someone else (sarcasm at a
# bigot, a report of one), not the writer's denial: the rule wants the writer as its subject.
_OTHERS_SUBJECT = re.compile(r"\b(?:you|u|ya|yall|they|he|she|who|people|folk|others|some|many|(?:the|these|those|your|their|his|her) \w+)$")
ATTITUDE_DENIAL = re.compile(
    r"\b(?:dont|do not|didnt|did not|never) (?:\w+ )?(?:hate|despise|dislike|mind|have (?:a |any )?(?:problem|issue) with) "
    rf"(?:all |the |any |those |these )?(?:{_GROUP_BODY})\b"
)
# ... unless the writer takes the denial back after it ("I don't think women are inferior, I know
# they are", "not all Muslims are terrorists, most of them are though", "I never said X are scum but
# they are"): a bare "they are" / "I know it" closing the clause, or "it's true". Then the attack stands.
REAFFIRMED = re.compile(
    # ("Not all X are criminals. Most are." needs no "but": a bare "most are" closing the post)
    r"\b(?:i know(?: for a fact)?(?: (?:it|that|so|they are|they do))?|(?:(?:but|though|tho|yet|and) (?:they|most|many|loads|lots|some)|most|many|the majority)(?: of them)? "
    r"(?:all |really |actually |definitely |certainly |still )?(?:are|do)|(?:most|many|loads|lots|half|some) of (?:them|em) (?:are|do)|"
    r"they (?:all |really |actually |definitely |certainly )?are)(?= (?:though|tho|really|actually|tbh|honestly|lol|lmao|mind|all|fact|facts)\b|$)"
    # ("it's proven science", "didn't need to, everyone can see it": the attack called plain fact)
    r"|\b(?:its|thats|it is|that is|just) (?:(?:a |an )?(?:proven|scientific|simple|basic|established|undeniable|known) )?(?:true|a fact|fact|facts|the truth|truth|science|biology)\b"
    r"|\b(?:didnt|did not|dont|do not) (?:need|have) to|(?:everyone|everybody|anyone|you) can see (?:it|that)\b"
    # ... or it sets up something as bad or worse: "I don't think gays are disgusting, I think
    # they're vile", "..., they're worse", "never said all refugees are rapists, just most", "not
    # all Muslims are terrorists but all terrorists are Muslims", "anything but vermin"; or it is
    # about what may be said, not what is true: "I can't say X are vermin on here", "... in public",
    # "nobody says it out loud, but everyone thinks it"
    r"|\b(?:i (?:just |still |actually )?think (?:theyre|they are)|(?:theyre|they are|its|thats) (?:even |much |far )?worse|"
    r"(?:just|only|but) (?:most|the majority|\d+|the ones)|anything but|all \w+ (?:are|r) (?:all )?"
    rf"(?:{_GROUP_BODY})|out loud|in public|on here|any ?more|get (?:banned|arrested|cancelled)|everyone (?:thinks|knows) it|we all know|"
    # ("... these days without being called racist"; "everybody knows it", "I'm certain of it",
    # "some are also thieves": the denial taken back, or more claimed besides)
    r"without (?:being|getting) (?:called|labelled|branded|banned|arrested|cancelled|reported)|(?:everybody|everyone|we all|all of us) knows? it|"
    r"(?:im|i am) (?:certain|sure|convinced|positive) of it|(?:some|most|many|loads|lots|they|theyre)(?: are| r)? also)\b"
    # ... or the predicate is too kind or too weak for them ("vermin are useful", "an insult to
    # animals", "it's an understatement", "I'd say leeches"), or the facts say it for the writer
    # ("nobody said X are greedy. The facts did.") -- closing the post, not "the facts show they pay tax"
    r"|\binsult to (?:the )?(?:\w+ )?(?:animals|vermin|rats|dogs|pigs|apes|monkeys|cockroaches|snakes|leeches|parasites)\b|\bunderstatement\b"
    r"|\b(?:id|i would|i d) (?:just |rather |actually )?(?:say|call (?:them|em))(?! (?:equal|equals|the opposite|not|no|never|human|people)\b)(?: \w+){1,2}$"
    r"|\b(?:the )?(?:facts|stats|statistics|numbers|figures|data|evidence) (?:do|did|does|are|say so|says so)(?= (?:though|tho|tbh|lol|mate)\b|$)"
)
# An attack quoted to be condemned ("saying that X are scum shows how misguided you are", "if you
# think X are a plague, educate yourself", "statements like 'X are vermin' are harmful"): the frame
# right before the group, and a word of condemnation somewhere in the post (CONDEMNED).
FRAMED = re.compile(
    r"\b(?:saying|say|says|said|claims?|claiming|(?:statements?|comments?|posts?|words|tweets?|slogans?|chants?) like|"
    r"the (?:idea|notion|myth|lie|claim|belief) that|if you (?:think|believe|say)|anyone who (?:thinks|says|believes)|"
    r"(?:people|those) who (?:think|say|believe)|calling|to call)(?: that)? (?:all |the |most |those |these )?"
    rf"(?:{_GROUP_BODY})\b"
)
CONDEMNED = re.compile(
    # not negated or aimed at the writer: "is not wrong", "isn't racist", "being called racist"
    # nor the writer being condemned: "report me", "got reported", "you get called a bigot"
    r"(?<!not )(?<!isnt )(?<!arent )(?<!wasnt )(?<!nothing )(?<!never )(?<!not being )(?<!called )(?<!call me )(?<!of being )"
    r"(?<!got )(?<!get )(?<!getting )(?<!been )(?<!called a )(?<!call me a )(?<!calls me a )(?<!called an )(?!\w+ me\b)"
    # nor the critics' label foreseen: "they'll call it homophobic", "if that makes me racist"
    # or the critics themselves, calling it so: "bigots will call it hate"
    r"(?<!call it )(?<!calls it )(?<!calling it )(?<!makes me )(?<!make me )(?!\w+ (?:will|would|can|might|may) (?:call|say|cry|scream)\b)"
    r"\b(?:wrong|misguided|harmful|hurtful|disgusting|vile|hateful|bigot\w*|racis\w+|sexis\w+|homophob\w+|transphob\w+|islamophob\w+|"
    r"antisemit\w+|ableis\w+|misogyn\w+|educate|unacceptable|not (?:ok|okay|acceptable|funny|banter)|no place|ashamed|shame\w*|ignoran\w+|dangerous|"
    r"appalling|nonsense|lies|untrue|false|report(?:ed|ing)?|challenge\w*)\b"
)
# ... and the writer does not side with the quoted ones: "anyone who says X are parasites is right.
# Am I wrong?", "calling X parasites is accurate. Educate yourself" quote the attack to agree with it.
AFFIRMED = re.compile(
    r"\b(?:is|are|was|were|youre|you are|theyre|they are)(?: (?:so|dead|absolutely|completely|totally|quite|just|100))? "
    r"(?:right|correct|accurate|spot on|bang on|on the money|telling the truth|not wrong)\b(?! wing)"
    r"|\b(?:has|have|got) a (?:point|fair point|good point)\b|\b(?:youre|you are|ur) not (?:alone|the only one)\b"
)
# Counter-speech: the post sets an attack up to reject it ("if you think black people are
# animals, unfollow me", "the idea that disabled people are a burden is how cuts get justified").
# The analyser treats it like a reporting voice: a match is review, never fail.
COUNTER_SPEECH = re.compile(
    r"\b(?:if you think|anyone who thinks|people who think|why do (?:people|some people|they|so many people) think|"
    r"the (?:idea|notion|myth|lie|claim) that|nobody should (?:be|have|ever)|no one should (?:be|have|ever)|people (?:saying|who say)|"
    r"headline|stop saying|sick of (?:people|hearing)|tired of (?:people|hearing)|unfollow|is a myth|not true|"
    r"im sick of|so sick of people|no (?:\w+ ){1,2}should (?:ever )?(?:be|have to) (?:treated|spoken to|talked to|abused|attacked|harassed|targeted|bullied|put through|subjected)|why (?:do|does|would|are|is) (?:\w+ ){0,2}(?:hate|hating|despise|attack\w*|target\w*|abuse|abusing|bully|bullying)|"
    r"people who (?:hate|despise|attack|abuse|bully))\b"
    rf"|{DENIAL.pattern}|{ATTITUDE_DENIAL.pattern}"
)
# Words that turn a denial round ("not all Muslims are terrorists, but most are").
TURNED = re.compile(r"\b(?:but|though|however|except|although|yet|just|still|only)\b")
_SENTENCE = re.compile(r"[.!;\n]+")  # not "?": "Albanians? Parasites." is one thought
_WINDOW = 8  # words between the group and the predicate, either order


def _plain(sentence: str) -> str:
    """A sentence of the clean text in the words form the patterns expect: apostrophes dropped,
    other punctuation to spaces (the sentence split needed the punctuation the words form lost)."""
    return " ".join(re.sub(r"[^\w\s]", " ", sentence.replace("'", "").replace("’", "")).split())


def _near(a: re.Match[str], b: re.Match[str], text: str) -> tuple[bool, str]:
    """Whether b is within _WINDOW words of a, and the words between them."""
    lo, hi = (a, b) if a.start() < b.start() else (b, a)
    between = text[lo.end():hi.start()]
    return len(between.split()) <= _WINDOW, between


# (realfalse40) A group claim the sentence gives to someone else, before the group: asked whether they said it ("did he
# really say on the radio that refugees are vile?", "did you hear him claim that ..."), told as theirs ("she claims",
# "they keep saying"), or an accusation they make ("them accusing women of being ..."). Real posts of EDOS dev /
# HateXplain val (half A) discuss a claim this way; the group readers read such a sentence as reported words. Not the
# writer's own ("I / we said", "I'm accusing"), and not when the post sides with it (ATTRIBUTION_AGREED).
_SOMEONE = r"(?:he|she|they|them|you|u|someone|somebody|anyone|people|folk|(?:the|this|that|his|her|their|my|a) \w+|[a-z]+s)"
_ATTRIBUTION = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|would|will|is|was|were) " + _SOMEONE + r" (?:\w+ ){0,3}?(?:really |actually |ever |just |seriously )?"
    r"(?:say|said|claim|claimed|write|wrote|post|posted|tweet|tweeted|suggest|imply|mean|call)|"
    r"(?:hear|heard|see|saw|read) (?:him|her|them|someone|somebody|people) (?:say|claim|suggest|call|tweet|write|post)|"
    r"(?<!\bi )(?<!\bwe )(?<!\bim )(?<!\bi am )(?<!\bwe are )(?<!\bwere )" + _SOMEONE + r" (?:(?:keeps?|kept|still|always|just|then|now|even|also) )?"
    r"(?:says|said|claims|claimed|claiming|saying|wrote|writes|tweeted|posted|reckons|suggested|implied|accus\w+))\b"
)
_ATTRIBUTION_AGREED = re.compile(
    r"\b(?:(?:hes|shes|theyre|he is|she is|they are|youre|you are|is|are|was|were)(?: (?:so|dead|absolutely|completely|totally|quite|just|100))? "
    r"(?:right|correct|accurate|spot on|bang on|not wrong|telling the truth)|(?:i|we) (?:\w+ )?agree|agreed|facts|(?:because|cos|coz|cause) (?:they|it) (?:are|is)|"
    r"(?:has|have|got) a (?:good |fair )?point|true)\b"
)


# (review40a) Agreement after an attributed claim is open-ended ("honestly same", "good man", "couldn't have said it
# better", "i liked it"), so the claim is set aside only when the post is that one question ("did he really say ...?")
# or the writer stands apart from it with a word not itself denied (awful, embarrassing, which is rich, reported him).
_CLAIM_DISTANCE = re.compile(
    r"\b(?:awful|appalling|disgrac\w*|disgust\w*|shame\w*|ashamed|embarrass\w*|cringe\w*|pathetic|vile thing|horrible|terrible|"
    r"sad|sadly|depress\w*|grim|scary|worr\w*|sick|sickening|unbelievable|unreal|insane|wtf|yikes|ugh|rich|ridiculous|absurd|"
    r"nonsense|rubbish|bollocks|bullshit|tripe|drivel|wrong|untrue|not true|lies?|lying|myth|racis\w*|sexis\w*|bigot\w*|"
    r"misogyn\w*|xenophob\w*|homophob\w*|islamophob\w*|antisemit\w*|prejudic\w*|stereotyp\w*|hateful|report\w*|"
    r"resign|sacked|fired|apologi[sz]e\w*|tired|old|given up|gave up|stopped|block\w*|unfollow\w*|mute\w*|educate|ignoran\w*)\b")
_CLAIM_DENIED = re.compile(r"\b(?:not|no|nothing|never|isnt|arent|wasnt|hardly|nowt)(?: \w+){0,3} $")
_ASKED = re.compile(r"(?:did|does|do|has|have|had|would|will|is|was|were)\b")


def attributed_claim(before: str, post: str, *, one_sentence: bool = False) -> bool:
    """(realfalse40) Whether ``before`` (the plain words of a sentence up to the group named) ends with the group's claim
    given to someone else (at most eight words between the frame and the group), and ``post`` (plain words) does not
    side with it. Dehumanising words said close, slurs and the strict lists are read elsewhere as before.
    (review40a) And only when the claim is asked about in a post of ``one_sentence``, or ``post`` distances itself."""
    tail = " ".join(before.split()[-14:])
    found = list(_ATTRIBUTION.finditer(tail))
    m = found[-1] if found else None  # the frame nearest the group
    between = tail[m.end():] if m else ""
    # (in the frame's own clause: "the nurse said X, if you can't speak english go back" is the writer's own after "if")
    if m is None or len(between.split()) > 8 or re.search(r"\b(?:if|when|but|so|because|cos|coz|then|and i|i)\b", between):
        return False
    if _ATTRIBUTION_AGREED.search(post) or AFFIRMED.search(post) or REAFFIRMED.search(post):
        return False
    if one_sentence and _ASKED.match(m.group(0)):
        return True
    return any(not _CLAIM_DENIED.search(post[:d.start()]) for d in _CLAIM_DISTANCE.finditer(post))


def group_attack(words: str, clean: str = "", *, context: bool = False) -> list[Hit]:
    """Hits (category discriminatory) for a group named beside a dehumanising, expelling or
    criminalising predicate in one sentence; [] when negated, counter-speech or about animals."""
    if not _GROUP.search(words):
        return []
    sentences = _SENTENCE.split(clean.lower()) if clean else [words]
    hits: list[Hit] = []
    for sentence in sentences:
        s = _plain(sentence)
        groups = list(_GROUP.finditer(s))
        if not groups:
            continue
        if not context and (m := DENIED_DIGNITY.search(s)) and not _OTHERS_SUBJECT.search(s[:m.start()].rstrip()) \
                and not _ATTRIBUTED_AFTER.search(s[m.end():]):
            return [Hit("discriminatory", f"group attack: {m.group(0)} (denies their humanity)")]
        if _COUNTER.search(s) or _NOT_PEOPLE.search(s):
            continue
        for first, kind in ((_VIOLENT_FIRST, "violence"), (_HATE_FIRST, "hatred")):
            if not context and (m := first.search(s)) and not _NEGATION.search(s[max(0, m.start() - 14):m.start()]):
                return [Hit("threat" if kind == "violence" else "discriminatory", f"group attack: {m.group(0)} ({kind})")]
        post = _plain(clean.lower()) if clean else words
        n_sentences = sum(1 for x in re.split(r"[.!;?\n]+", clean.lower() or words) if _plain(x).strip())  # "?" ends one here
        for kind, rx in _KINDS:
            if context and kind != "dehumanising":
                continue
            for p in rx.finditer(s):
                for g in groups:
                    if kind not in ("dehumanising", "violence") and attributed_claim(s[:g.start()], post, one_sentence=n_sentences == 1):
                        continue  # (realfalse40) someone else's claim, asked about or told
                    if g.start() <= p.start() < g.end() or p.start() <= g.start() < p.end():
                        continue  # the same words ("invaders" is both)
                    if rx in _GROUPS_FOR and not _GROUPS_FOR[rx].fullmatch(g.group(0)):
                        continue
                    ok, between = _near(g, p, s)
                    if not ok or (context and len(between.split()) > 4):
                        continue
                    if kind == "derogating" and re.search(r"\b(?:we|us)\b", between):
                        continue  # the writer's own group, told it: "as women we are told we arent capable of leading"
                    if kind != "violence" and _ABOUT.search(s[max(0, g.start() - 9):g.start()]):
                        continue  # "the comments about refugees are vile": the group is not the subject
                    if kind in ("derogating", "criminalising") and re.fullmatch(_PLAIN, g.group(0)):
                        continue  # "these people are stupid" is as often about politicians
                    if _NEGATION.search(between) or (kind == "dehumanising" and _NEGATION.search(p.group(0))) or _NEGATION.search(s[max(0, p.start() - 8):p.start()]):
                        continue
                    hits.append(Hit("threat" if kind == "violence" else "discriminatory", f"group attack: {g.group(0)} … {p.group(0)} ({kind})"))
                    break
                if hits:
                    break
            if hits:
                return hits
    return hits


# --- the same shape for one person: "<someone> is a <insult>" -----------------------------
# The explicit insult list needs "you", "he/she" or a few named roles; people also write about
# a third person by description: "my flatmate is a disgusting slob", "our new head of service
# is a spineless clown", "Leon is a lying rat". Review only (insult).
_PERSON_INSULT = (r"idiot|moron|clown|snake|weasel|slob|witch|creep|crook|parasite|leech|troll|prat|pillock|muppet|numpty|loser|"
                  r"liar|failure|waste of space|jobsworth|slag|tart|scrubber|bully|coward|hypocrite|fraud|sleazebag|lowlife|scumbag|"
                  r"imbecile|cretin|halfwit|dimwit|nonce|pervert|psycho|nutcase|headcase|cow|bitch|rat|pig|toad|worm|vulture|"
                  r"waste of oxygen|bellend|knobhead|plonker|tosser|wally|dickhead|bastard")
# Animal words ("rat", "pig", "cow", "toad", "worm") only with a describing word before them
# ("a lying rat"): "my dog is a rat catcher". ("Joke", "nightmare", "disgrace" are left out: "the
# traffic was a nightmare", "the service is a joke" are about things.)
_NEEDS_ADJ = frozenset({"rat", "pig", "cow", "toad", "worm", "vulture", "snake"})
_DESCRIBED = re.compile(
    rf"(?:^|\b(?:my|our|the|that|this|his|her|their|your|ur|yer|some|a)) (?:\w+ ){{1,5}}(?:is|was|are|were|s|has always been|is such|is just|is basically|is literally)"
    rf" (?:a |an |the |such a |such an |just a |an absolute |a total |a complete |an utter |a proper |a right )?((?:\w+ ){{0,3}}?)({_PERSON_INSULT})s?\b"
)
_NAMED = re.compile(rf"^(?:[A-Z][a-z]+)(?: [A-Z][a-z]+)? (?:is|was) (?:a|an|such a|such an|the) ((?:\w+ ){{0,3}}?)({_PERSON_INSULT})\b")
_KIND_WORDS = re.compile(r"\b(?:not|never|no|isnt|wasnt|arent|werent|anything but|far from|like|dressed as|playing|plays|played|cute|lovely)\b")
_NOT_DESCRIBING = re.compile(r"\b(?:of|into|in|to|with|for|by|at|from|about|on|you|feeding|example|like|afraid|scared|full)\b")
_PLAYED = re.compile(r"\b(?:costume|fancy dress|pantomime|panto|in the (?:play|show|film|book|game|series))\b")


_INSULT_FIRST_WORDS = frozenset(w.split()[0] for w in _PERSON_INSULT.split("|"))
_LETTERS = re.compile(r"[a-z]+")


def described_insult(clean: str) -> list[Hit]:
    """Hits (category insult) for a person described and then called an insult in one sentence."""
    found = set(_LETTERS.findall(clean.lower()))
    if _INSULT_FIRST_WORDS.isdisjoint(found | {w[:-1] for w in found if w.endswith("s")}):
        return []  # no insult noun (or its plural) at all: the common case, one set lookup
    for sent in _SENTENCE.split(clean):
        raw = sent.strip()
        s = _plain(raw.lower())
        for m in list(_DESCRIBED.finditer(s)) + ([n] if (n := _NAMED.match(" ".join(re.sub(r"[^\w\s]", " ", raw.replace("'", "")).split()))) else []):
            adj, noun = m.group(1).strip(), m.group(2).lower()
            if _NOT_DESCRIBING.search(adj):
                continue  # "is scared of pigs", "is full of hypocrites", "are you feeding the trolls"
            if noun in _NEEDS_ADJ and not adj:
                continue
            if _KIND_WORDS.search(m.group(0).lower()) or _PLAYED.search(s) or _NOT_PEOPLE.search(m.group(0).lower()):
                continue
            return [Hit("insult", f"described insult: {m.group(0).strip()}")]
    return []
