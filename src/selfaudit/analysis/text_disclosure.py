"""Disclosures built from two parts in one sentence: a part from one list × a part from another.

Single phrases lifted the sets they were written against and carried little to other people's
writing (bench/README-text.md). These structures keep the *shape* of what the policy forbids:

* **Work voice × identifying or private detail** (confidential): the writer speaking from work
  ("one of my families", "a kid I work with", "on shift", "strategy meeting", "home visit",
  "my colleague", "parents evening") in the same sentence, or the next, as a detail that points at
  a person: a name, a street/estate/school, an age, a diagnosis or health matter, a disclosure,
  a court/police matter, a photo or recording, "you'd know who I mean".
* **The writer as the actor × an offence act in everyday words** (possible offence): I/we/me and
  a mate (or a sentence opening on a past-tense verb, "Drove home after…") with drink-driving,
  speed or a phone at the wheel, drugs used or bought, a fight, shoplifting, fare dodging,
  graffiti, being sick or passing out in public after drink.

Both only ever give ``review``. Professional, campaign, advice and counter-speech wording
voids them (training, "if a child discloses…", "never drink and drive", "graffiti on a shul").
"""

from __future__ import annotations

import re

from . import text_patterns as P
from .text_results import Hit

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+|[;:]\s+|\s[-–—]\s|(?<=[\U0001F300-\U0001FAFF])\s+")
_APOS = re.compile(r"['’‘`´]")
_NONWORD = re.compile(r"[^\w]+")


def _words(s: str) -> str:
    return _NONWORD.sub(" ", _APOS.sub("", s.lower())).strip()


def sentences(clean: str) -> list[tuple[str, str]]:
    """(sentence as written, its lower-case words form) for each sentence of a post."""
    return [(s, _words(s)) for s in _SENTENCE.split(clean) if s and s.strip()]


# --- work voice × identifying or private detail ----------------------------------------------

_PERSON = (r"(?:famil(?:y|ies)|clients?|patients?|pupils?|students?|service users?|young (?:person|people)|kids?|lads?|boys?|girls?|"
           r"child(?:ren)?|teens?|teenagers?|mums?|dads?|parents?|residents?|tenants?|cases?|year \d+s|mentees?|babies|baby|siblings|twins|carers?|foster carers|little one|couples?|residents?|learners?|toddlers?|newborns?|lady|ladies|gentleman|man|woman|person|people|"
           r"mentors?|volunteers?|victims?|survivors?|service)")

# Colleagues named by their role: with a health, HR or private-life detail they are identifiable.
_ROLE = r"(?:deputy head|head teacher|headteacher|head|team leader|caretaker|cleaner|pharmacist|midwife|health visitor|safeguarding lead|deputy|tutor|lecturer|manager|supervisor|receptionist|nurse|doctor|consultant|registrar|matron|ta|teaching assistant|senco|dsl|admin|social worker|colleague|co worker|coworker|boss|practice manager|carer|support worker|key worker)"
# A colleague known by the writer's workplace (stop 35: "a teacher at my school (not naming but ...) is suspended
# pending investigation"); not the writer's child's school ("a teacher at my son's school").
_AT_MY_WORK = (r"(?:a|the|one|this|that|another|some) (?:\w+ )?(?:teacher|nurse|doctor|officer|copper|paramedic|social worker|midwife|carer|lecturer|"
               r"deputy head|head|ta|teaching assistant|manager|receptionist|consultant|pharmacist|cleaner|caretaker) "
               r"(?:at|in|from|on) (?:my|our) (?:school|work|workplace|office|ward|practice|unit|station|nick|surgery|hospital|department|team|trust|academy|college|nursery)")
# A police colleague by rank (stop 34: "pc roberts has disciplinary next week"); a detail is needed.
_RANK = r"(?:pc|dc|ds|di|sgt|sergeant|insp|inspector|constable)"
# A client's or patient's details given to someone in their private life (stop 34: "gave a client's new
# address to her ex-partner"); not a handover to the GP.
_GIVEN_AWAY = (r"(?:gave|given|passed|handed|leaked|sent|shared|forwarded|told) (?:out )?(?:a|the|our|one of our|one of my|my) "
               r"(?:clients?|patients?|service users?|tenants?|residents?|pupils?|victims?|survivors?) (?:new |home |current |phone |mobile )?"
               r"(?:address|details|number|records|notes|file) to (?:her|his|their|the|a) (?:violent |abusive )?"
               r"(?:ex|ex partner|ex husband|ex wife|abuser|perpetrator|partner|husband|wife|boyfriend|girlfriend|family|dad|mum|brother|sister|neighbour|mate|friend|press)")
# The service the writer works or volunteers at, where people come for help (stop 34: "volunteer at the
# food bank and guess who came in today"); a detail is needed.
_SERVICE = re.compile(r"(?:volunteer|volunteering|volunteered|work|working|worked|shift|on shift) (?:at|in) (?:the|a|our) (?:local )?"
                      r"(?:food ?bank|foodbank|jobcentre|job centre|sexual health clinic|gum clinic|drugs? service|needle exchange|hostel|"
                      r"night shelter|homeless shelter|shelter|refuge|soup kitchen|benefits office|housing office)")
# Someone giving (stop 35): "guess who came in with a donation / with cake for the night shift / to help sort tins".
_GIVING = (r"(?: \w+){0,5} (?:donat\w*|drop(?:ping|ped)? off|to help|to volunteer|volunteering|a cheque|"
           r"with (?:a |some |the )?(?:\w+ )?(?:cake|cakes|biscuits|flowers|presents|toys|tins|doughnuts|donuts|pizza|chocolates|sweets|bags of (?:food|shopping)))"
           # (review35) ... who does not take help too: "came in to help themselves to a food parcel", "dropping off ... then took a parcel"
           r"(?![^.!?]*\b(?:parcels?|vouchers?|referrals?|help themselves|helped themselves|took (?:a|some|one|home)|collect(?:ed|ing)? (?:a|some|their|her|his)|"
           r"needing|needed|asked for|signing on|signed on)\b)")
# At the writer's service a "guess who" must be someone coming in for help ("guess who came in today",
# "guess who's signing on now"), not the writer ("guess who forgot his keys again. me").
_SEEN = re.compile(r"\bguess (?:who|whos|who is)(?: just)? (?:came|come|comes|walked|walks|turned|turns|rolled|showed|popped|was in|is in|"
                   r"signing|signed|queuing|queueing|needed|needs|using|registered|booked)\b"
                   # (stop 35, stop 34 left) someone giving, not coming for help: "guess who came in with a donation"
                   r"(?!" + _GIVING + ")")
# A DBS result told possessive first ("our new volunteer's DBS came back flagged"; stop 34): a detail is needed.
_DBS_FIRST = re.compile(r"(?:volunteers|starters|recruits|coachs|coaches|tutors|carers|nannys|nannies|childminders|teachers|tas|staff members|members of staff s) "
                        r"dbs(?: check)? (?:came|has come|come|has came) back")
_ABOUT_PERSON = re.compile(rf"\b{_PERSON}\b")
_ABOUT_COLLEAGUE = re.compile(rf"\b(?:{_ROLE}|colleague|new starter|hr|(?:from|at) work|{_RANK})\b")
# "my student Kayla" is one pupil (stop 32); "my student loan", "my student nurse days" are the writer's
# own; "my students" is a whole class (singular only).
_MY_STUDENT = (r"student(?! (?:loans?|nurse|nurses|midwife|midwives|teacher|social worker|doctor|paramedic|days|years|life|house|flat|room|halls|"
               r"accommodation|card|discount|finance|debt|id|union|bar|account|overdraft|railcard|hoodie))")
_WORK_VOICE = re.compile(
    r"\b(?:"
    # A colleague named by where the writer knows them from ("Shell from work is off sick again",
    # "new girl at work is on a capability plan"; red team 23): the person, then what they are or did.
    # Not the writer's own day ("home from work", "off sick from work", "back at work is").
    r"(?!(?:home|back|off|sick|late|early|straight|out|away|time|break|leave|day|days|week|night|stuff|things|today|busy|fun|chaos)\b)\w+ (?:from|at) work "
    r"(?:is|was|has|had|got|keeps|kept|went|been|just|s|are|were|have)\b|"
    # A pupil by form group ("the girl in 9C", "that boy from 8R"; red team 23): a school's own
    # way to point at one child. Secondary form codes only (7-13 and a letter or two).
    rf"{_PERSON} (?:in|from) (?:year )?(?:[7-9]|1[0-3])[a-z]{{1,2}}\b|"
    rf"one of (?:my|our|the) (?:\w+ ){{0,2}}{_PERSON}|(?:my|our) (?:\w+ ){{0,1}}(?:clients?|patients?|pupils?|{_MY_STUDENT}|service users?|young (?:person|people)|"
    r"foster (?:kid|child|son|daughter)|mentees?|caseload|case load|year \d+s|tutor group|class)|"
    # One pupil by year group ("my year 11 with the eating disorder", "my year 9 pupil"; stop 31);
    # not "my year 6 son" (a parent) nor "my year 11 mocks".
    r"(?:my|our) (?:year|yr) ?\d{1,2} (?:boy|girl|lad|kid|child|pupil|student|with|who)|"
    rf"(?:(?:a|the|this|that) )?(?:\w+ ){{0,2}}{_PERSON} (?:\w+ )?(?:i|im|ive|weve|we) (?:\w+ )?(?:work|working|mentor|mentoring|support|supporting|supported|teach|teaching|taught|visit|visited|visiting|see|saw|look after|care for|nursed|key work|supervise|supervising|allocated|"
    r"discharged|admitted|treated|assessed|placed|removed|referred|interviewed|closed)|"
    rf"(?:i|we) (?:\w+ )?(?:teach|work with|support|mentor|nurse|look after|care for|supervise|visit|visited) (?:a|the|this|that|some|one|two|three) (?:\w+ ){{0,2}}{_PERSON}|"
    rf"{_PERSON} of (?:mine|ours)|{_PERSON} (?:in|on|from) my (?:\w+ ){{0,3}}(?:form|class|group|ward|unit|caseload|case load|books|list|team|patch|register|bay|corridor)|"
    rf"our (?:nursery|school|ward|unit|practice|surgery|hostel|care home|home|class|team|service|centre|club|clinic) (?:has|had|have|got|is looking after) (?:a|an|one|two|this) (?:\w+ ){{0,2}}{_PERSON}|"
    rf"(?:^|\b(?:i|we|weve|ive|just|been|was|were|got) )(?:worked with|visited|supported|met with|looked after|treated|nursed|assessed|discharged|admitted|allocated|placed|removed|referred|closed) (?:a|the|this|one|two|our) (?:\w+ ){{0,2}}{_PERSON}|"
    rf"{_PERSON}(?: \w+){{0,4}} (?:i|we)(?:ve| have)? (?:been )?(?:supporting|working with|visiting|seeing|teaching|nursing|mentoring)|"
    rf"our (?:new |acting |interim )?{_ROLE}\b|my (?:new )?(?:manager|boss|colleague|co worker|coworker|team leader|supervisor|deputy head|senco|dsl|practice manager)\b|(?:house|flat|home|family) (?:i|we) (?:visited|saw|went to)|"
    r"(?:at|in|on) our (?:practice|school|ward|unit|surgery|nursery|hostel|office|service|centre|care home|clinic)|safeguarding lead|"
    r"(?:on|in) my patch|(?:in|into|to|at) my (?:office|room|classroom|clinic|surgery|class)|(?:todays|this mornings|yesterdays|last nights|tonights|my) (?:home )?(?:visit|appointment)|"
    r"(?:lad|kid|girl|boy|family|mum|dad|young person|teen) (?:im|i am|i) (?:working|work|supporting|support|mentor)|"
    r"at work|on shift|my shift|night shift|on the ward|on my ward|at the (?:clinic|hostel|unit)|in clinic|"
    r"(?:bed|bay|room|cubicle) \d+|"
    r"(?:strategy|safeguarding|core group|cin|cp|lac|professionals|team|case|mash|marac|network) (?:meeting|review|conference|discussion|chat|log)s?|"
    r"case conference|case review|cp plan|child protection|(?:looked after|lac) review|home visit|visited a|(?:a |the )?referral|"
    r"in supervision|supervision today|in placement|(?:the |her |his |new )?placement|foster (?:kid|child|placement|carer)|"
    r"(?:final |court )?hearing (?:today|tomorrow|this)|in court|court (?:today|tomorrow|this)|"
    r"the dsl|staffroom|staff room|my (?:manager|boss|colleague|co worker|coworker|team)|our (?:manager|boss|receptionist|team|office|new starter)|"
    r"colleague|new starter|from hr|heard (?:it )?from hr|picked up a new|"
    # stop 35 (set 34): "colleague's having an affair" (the apostrophe gone: "colleagues having"), and a colleague
    # by the writer's workplace ("a teacher at my school ... is suspended"); a detail is needed
    r"(?:(?:a|my|one|our) )?colleagues (?:is |s )?(?:having|been(?! (?:so |really |absolutely |just |all |incredibly )?(?:amazing|brilliant|great|lovely|fab|fabulous|fantastic|incredible|supportive|kind|wonderful|the best|superstars|stars|legends|a godsend|there for me)\b)|got|getting|going through|on)|"
    # (review35: "colleagues been amazing this week after my dad died" praises them for the writer's own loss)
    rf"{_AT_MY_WORK}|"
    # An arrest the writer made ("just nicked a local councillor's son for possession", "arrested a
    # teacher ... for drink driving"; stop 33): the police voice. Only for an offence, not "nicked a biscuit".
    r"(?:^|\b(?:i|we|just|finally|today|tonight|yesterday) )(?:nicked|arrested|cautioned|charged|breathalysed|booked) (?:a|an|the|this|that|some|two|three|our) (?:\w+ ){0,5}for "
    r"(?:possession|drink driving|drug driving|shoplifting|theft|burglary|assault|criminal damage|dealing|speeding|drunk and disorderly|fraud|robbery|affray)|"
    # A professional introducing themselves at the start of a post ("nurse here - the footballer who ...").
    # (not "the nurse here was kind", "any nurse here know…": the writer's own "nurse here - …")
    r"^(?:(?:just|another|retired|a|school|community|district|practice|ward|agency|student|senior|staff|night|specialist|mental health|childrens|paediatric) )?(?:nurse|teacher|copper|police officer|paramedic|social worker|gp|doctor|midwife|carer|support worker|youth worker|probation officer) here|"
    # "the lad stabbed ... was one of mine": a pupil, client or young person claimed as the writer's own.
    r"\b(?:lad|boy|girl|kid|child|teen|teenager|pupil|student|client|patient|service user|young person|young man|young woman|man|woman|lady|bloke|fella)\b(?: \w+){0,10} (?:was|is|s) one of (?:mine|ours)|"
    # Someone the writer answers for: met by chance (a detail is then needed: _MET), a DBS result, a trainee.
    r"(?:bumped|bump|ran|run) into (?:a|an|one of my|one of our|my|our) (?:old |former |ex )?(?:service user|patient|client|pupil)(?!s )|"
    # (stop 35, set 34) a DBS hit told of someone ("guess who came back with a DBS hit, Marcus the new volunteer")
    r"(?:came|come|comes|coming) back with (?:a |an )?dbs (?:hit|flag|flagged)|"
    r"dbs (?:check )?(?:for|on) (?:the|our|a|one of our) (?:new )?(?:volunteer|starter|recruit|member of staff|staff member|tutor|coach|carer|nanny|childminder|teacher|ta)|"
    r"my (?:student|trainee) (?:nurse|midwife|teacher|social worker|doctor|paramedic) (?:has|is|was|failed|keeps|got|didnt|cant)|"
    # stop 34: a police colleague by rank and surname; a client's details given away; the writer's service
    rf"(?<!my )(?<!new )(?<!gaming ){_RANK} (?!(?:gaming|games?|world|repair|build|builds|setup|specs?|case|fan|fans|is|was|has|s|got|and|or|the|a|i)\b)[a-z]{{3,}} "
    r"(?:has|s|is|was|got|been|had|on|off|under|facing|just)|"
    # (stop 35) ... or owning the matter ("DS Patel's disciplinary", the apostrophe gone: "ds patels disciplinary")
    rf"(?<!my )(?<!new )(?<!gaming ){_RANK} (?!(?:gaming|games|specs|fans|builds)\b)[a-z]{{3,}}s (?=(?:disciplinary|divorce|affair|suspension|hearing|misconduct|breakdown|sick|capability|drink|arrest|investigation|complaint|wife|husband)\b)[a-z]+|"
    rf"{_GIVEN_AWAY}|{_SERVICE.pattern}|{_DBS_FIRST.pattern}|"
    # stop 36 (set 35): a colleague by their department ("the email about dave in payroll being suspended"); not a job
    # in one ("jobs in finance", "working in hr"), nor reception (a school year: "two mums in reception"); a detail is needed
    r"(?<!\bjobs )(?<!\bjob )(?<!\broles )(?<!\bcareer )(?<!\bworking )(?<!\bwork )(?<!\bworks )(?<!\bworked )(?<!\bexperience )(?<!\bdegree )(?<!\bstarted )"
    r"(?!(?:anyone|someone|everyone|nobody|people|staff|i|me|we|jobs?|roles?|career|working|works|worked|work|experience)\b)[a-z]+ (?:in|from) (?:payroll|hr|accounts|finance|admin|facilities|estates|legal|procurement|comms)\b|"
    # a school governor or board member by title ("mr whitfield off the school governors has lost his licence"); a detail is needed
    r"(?:mr|mrs|ms|miss|dr|cllr|councillor) [a-z]+ (?:off|from|on) the (?:school )?(?:governors|governing body|board of governors|pta|board|trustees)|"
    # a welfare check the writer made ("welfare check on the old boy at flat 7 wilton court"): police or housing work
    r"(?:did a |doing a |on a |after a |todays |last nights )?welfare (?:check|visit)s? (?:on|at|for)|"
    # the service's duty line or desk ("she's the one who keeps ringing the duty line drunk")
    r"(?:the|our|my) duty (?:line|desk|phone|team|worker|social worker|rota|manager)"
    r")\b"
)

# Details that point at a person, on the sentence as written (capitals matter) or on its words.
_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (?:and (?:Mr|Mrs|Ms) )?[A-Z][a-z]+|"
    r"\b(?:called|named|name s|names|name is|colleague|manager|receptionist|starter|mentee|client|patient|pupil|baby|boy|girl|lad|mum|dad|carer|"
    r"kid|son|daughter|nephew|niece|cousin|friend) ([A-Z][a-z]{2,})\b|"
    r"\b(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]er|[Hh]is) (?:mum|dad|mother|father|boy|girl|lad|baby|client|patient|pupil|carer|colleague|manager|nan|gran), ([A-Z][a-z]{2,}),|"
    r"\b(?:the |a )?([A-Z][a-z]{2,}) (?:family|kids|children|boys?|girls?|twins|siblings|household|case)\b|"
    r"\b([A-Z][a-z]{2,}) (?:from|in) (?:year \d+|\d+[A-Z]\b|my (?:class|group|team))|"
    r"\b([A-Z][a-z]{2,}) ?\(|\bbaby [A-Z]\b|"
    # a first name and an age ("Marcus, 15, lovely kid", "Chloe, 9."; stop 33)
    r"\b([A-Z][a-z]{2,}), \d{1,2}\b(?=[,.!]|$)|"
    r"\b(?:bed|bay|cubicle) \d+, ([A-Z][a-z]{2,})\b|"
    r"(?<=[a-z,] )(?<!the )(?<!at )(?<!in )(?<!to )(?<!on )(?<!from )(?<!near )([A-Z][a-z]{2,}) [A-Z][a-z]{2,}\b|"
    r"(?:^|[.!?] )([A-Z][a-z]{2,}) [A-Z][a-z]{2,},? (?:you|if you|youre|you re)\b|"
    r"(?:^|[.!?] )([A-Z][a-z]{2,}), (?:if|you|we|i|youre|you re)\b|"
    r"(?:^|[,.!?] )([A-Z][a-z]{2,}),? (?:you|if you|youre) (?:\w+ )?(?:legend|star|cheeky|little|beautiful|brave)\b"
)
_NOT_NAME_WORDS = (
    "the this that mum dad baby god christmas easter hackney london monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december nhs ward court police "
    "social work team case family year primary school academy hospital clinic homerton hr lol omg these those some our"
)
_NOT_NAME = frozenset(_NOT_NAME_WORDS.split())
_PLACE = re.compile(
    r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Estate|Gardens|Grove|Terrace|Crescent|Court|Square|Walk|"
    r"Row|Place|Mews|House|Tower|Towers|Primary|Academy|School|Nursery|College|Park|Junction|Market|Hill|Wick|Fields)\b|"
    r"\b\d+[a-z]? [A-Z][a-z]+ (?:Rd|Road|St|Street|Lane|Ave|Avenue|Close)\b|"
    r"\b(?:the|on the|off the) [A-Z][a-z]+ (?:estate|Estate)\b"
)
# "in Leyton", "at Gayhurst": where a person lives or goes, when the voice is about a person (not
# "on shift tonight at the Royal London", where the writer works).
_LOOSE_PLACE = re.compile(r"\b(?:in|from|on|off|near|at|to) (?:the )?[A-Z][a-z]{3,}\b(?! (?:team|council|trust|hospital|nhs|service))")
_DETAIL = re.compile(
    r"\b(?:"
    # an age
    r"(?:aged?|only|just) \d{1,2}\b|\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|years old|month old|months old)\b|(?:hes|shes|theyre|he is|she is|is) (?:only |just )?\d{1,2}\b|"
    r"(?:mum|dad|mother|father) (?:is |aged )?\d{2}\b|under \d\b(?! ?(?:hours?|hrs?|h|mins?|minutes|seconds|secs|miles|km|k|quid|pounds|percent|degrees|days|weeks|goals|points))|"
    # health, a diagnosis, private life
    r"diagnos\w+|leukaemia|cancer|tumour|depression|depressed|anxiety|stress|signed off|sick note|off sick|camhs|sectioned|psychosis|"
    r"overdos\w+|self harm\w*|(?:the|her|his|their|been|is|was|started) cutting\b(?! (?:the|a|back|down|up|out|it|edge|board|hair))|cuts? (?:herself|himself|themselves)|suicid\w+|heroin|methadone|relapse\w*|rehab|pregnant|miscarr\w+|hiv|learning difficult\w+|autis\w+|adhd|eating disorder|anorexi\w*|bulimi\w*|"
    r"divorce|affair|final (?:written )?warning|disciplinary|capability (?:plan|procedure|process|hearing|meeting)|performance improvement plan|sacked|hoarding|dementia|alzheimer\w*|ivf|stroke|chemo|terminal|dying|died|sentenced|struck off|stealing|"
    r"suspended|dismissed|under investigation|sex offender|on the register(?! (?:after|at|for) (?:the )?(?:half ?term|holidays?|trip|summer|christmas|easter|school|nursery|gp|dentist))|evicted|eviction|homeless|domestic|"
    r"lives (?:on|in|near|round|at the end of) (?:my|our) (?:road|street|estate|block|close)|lives (?:next door|round the corner|down the road)|injury|injuries|fracture\w*|refuge|victim|robbery|attack|assault\w*|kicked (?:her|him|them) out|jail|custody|allegations?|doesnt add up|"
    r"(?:photos|pics|pictures|videos) below|"
    r"told me (?:that )?(?:her|his|their) (?:dad|mum|stepdad|stepmum|mums|dads|partner|boyfriend|uncle|brother)|breakdown|burns?|stabbing|on the news|in the papers|everyone (?:at \w+|round here|on the estate) knows|you know who|"
    r"year \d+ at|(?:the )?(?:photos|pics|pictures|videos|footage) (?:from|of)|"
    # a disclosure, abuse, police or court
    r"disclosed|disclosure|told me (?:today |that )?(?:he|she|they|her|his)|hitting (?:her|him)|locked (?:him|her) in|bruises|abused|"
    r"arrested|excluded|in prison|inside|pentonville|on bail|tag on|tagged|known to (?:police|youth offending|the police|services|us)|known dealer|known face|"
    r"dealing|carrying for|missing since|gone missing|ran off|ran away|took the baby|take the (?:baby|youngest|kids)|removed|judge|"
    r"police (?:round|were|found|came)|social services were|"
    # pointing at who it is
    r"(?:youd|you d|you would|everyone|youll|you will|you all) (?:all )?(?:\w+ ){0,2}know (?:who|them|the family)|you know who you are|if i said|guess (?:which|who)|"
    r"small world|well known|local footballer|" + _GIVEN_AWAY + "|"
    r"guess whos|"
    # a clue after a show of discretion ("cant say who but he drives a yellow mini", "not naming names
    # but he plays for a certain club"; stop 33): only when the clue is about a person (he, she, they)
    r"(?:(?:cant|cannot|can not|wont|will not|not allowed to|couldnt|not gonna) (?:say|tell you|name) (?:who|which one|names|them|him|her)|not naming (?:any )?names|no names)"
    r" (?:\w+ )?but (?:he|she|they|his|her|their)|"
    r"came back (?:flagged|with (?:a|an) (?:caution|conviction|record|warning))|failed (?:her|his|their) (?:osce|placement|assessment|probation)|"
    # a condition or an injury of someone ("she has dyslexia", "he was stabbed", "still in icu"), never a
    # ward ("night shift in icu"), the writer ("im dyslexic") or news ("another lad stabbed in town")
    r"(?:he|she|they|who|hes|shes) (?:has|have|is|s|are|was|were|got) (?:\w+ )?(?:dyslexi\w*|dyspraxi\w*)|"
    r"(?:he|she|they|who) (?:was|were|got|has been|had been) (?:stabbed|knocked (?:down|over)|hit by (?:a|the) (?:car|bus|van|lorry|train))|"
    r"(?:hes|shes|theyre|he is|she is|they are|still|now) (?:\w+ )?in (?:icu|intensive care)\b(?! unit)|"
    # someone anyone could recognise ("is the guy from that viral fight video"; stop 32)
    r"(?:guy|bloke|man|woman|lady|girl|lad|fella|one) (?:from|off|in) (?:that|the) (?:local )?(?:viral|tiktok|news|telly|tv|advert|papers)|"
    # stop 36 (set 35): a flat or house number with its block or road, lower case ("flat 7 wilton court", "no 3"); someone
    # not coping; a plea told of someone ("he's pleading not guilty"); a licence lost for drink; asking who someone is
    r"(?:flat|no|number) \d{1,3}[a-z]? (?:\w+ )?(?:court|house|road|rd|street|st|close|tower|block|lane|avenue|gardens|estate|mews|terrace)|"
    r"(?:hes|shes|theyre|he is|she is|they are|not) (?:really |just |clearly |obviously )?not coping|"
    r"(?:hes|shes|theyre|he is|she is|they are|he|she|they) (?:is |are )?plead(?:ing|ed|s) (?:not )?guilty|"
    r"(?:lost|losing) (?:his|her|their) licen[cs]e|banned from driving|"
    r"(?:any ?one|anybody|does anyone|do you) (?:\w+ )?recognise (?:her|him|them|(?:this|these|that|those) (?:woman|women|man|men|lad|lads|girl|girls|boy|boys|bloke|guy|person|people|kid|kids|lady|fella|couple|family))|"
    # an old patient's age and where they live ("my patient today, 92, ... lives alone above the bookies on morning lane")
    r"(?:patient|client|resident|service user|lady|gentleman|gent)s? (?:today |this morning |yesterday )?\d{2,3} (?:ex|retired|former|lives|who|and|with|widow\w*)|"
    r"lives (?:alone )?(?:above|below|behind|next to|opposite|over) the \w+|"
    # a photo, a recording
    r"pics? in (?:the )?comments|photo of|pic of|took a (?:pic|photo|picture)|screenshot|recorded|audio|recording|clip|filming"
    r")\b"
)
# Professional, campaign, training and advice wording: talk about practice, not about a case.
_GENERIC = re.compile(
    r"\b(?:training|webinar|course|workshop|conference on|template|guidance|how to|tips|cpd|vacanc\w*|hiring|we are hiring|were hiring|job|jobs|"
    r"lecture|module|recruit\w*|interview\w*|research|study|statistics|figures|campaign|awareness|toolkit|policy|procedure\w*|"
    r"signs (?:of|include)|any teams|thank you|proud of (?:our|the) team|"
    r"(?<!\bmy )(?<!\bour )students?|placement for my|social work degree|running a|join us|speaks?|speaker|talk|assembly|challeng\w*|racism|anti racis\w*|listening and|"
    r"(?:our|the) team works? with|for parents|free session|event|workshop|drop in)\b"
)


# Advice words ("you should", "if you", "always", "reminder"; stop 34): they make general advice of the
# clause they are in, not of the whole post. A clause with one and no name and no case detail is set
# aside (_drop_advice); the rest of the post is read as before ("can't believe the Smith family on Elm
# Road are back on the child protection register, if you know them you should keep your kids away" is
# still a disclosure; without "child protection" the register is not read as one, advice or not).
_ADVICE_WORDS = re.compile(r"\b(?:reminder|always|must|should|never|if a (?:child|young person|pupil|patient)|if you)\b")
_CLAUSE = re.compile(r",\s+|\s+(?:but|so)\s+")


def _general(clause: str, advice: re.Pattern[str]) -> bool:
    """A clause of advice that names no one, tells no case detail and speaks from no work voice."""
    w = _words(clause)
    return bool(advice.search(w)) and not _DETAIL.search(w) and not _names(clause) and not _WORK_VOICE.search(w)


def _drop_advice(sents: list[tuple[str, str]], advice: re.Pattern[str]) -> list[tuple[str, str]]:
    """The sentences with their clauses of general advice left out (a sentence keeps its place)."""
    out = []
    for raw, w in sents:
        if not advice.search(w):
            out.append((raw, w))
            continue
        kept = ", ".join(c for c in _CLAUSE.split(raw) if c.strip() and not _general(c, advice))
        out.append((kept, _words(kept)))
    return out


# The writer's own family in hospital or at school ("my mum's in hospital, she's 78"): not a work voice.
_OWN_FAMILY = re.compile(rf"\b(?:my|our) {P.FAMILY}s? "
                         r"(?:is |s |has been |was |got |had )?(?:in|at|on|off|from)\b")


# The writer's whole class or year group ("my year 9s", "our tutor group"; not "one of my year 9s"):
# a town they went to ("on the trip to York") is where the class was, not a detail of one child (stop 32).
_WHOLE_CLASS = re.compile(r"(?:my|our) (?:\w+ )?(?:year \d+s|tutor group|class)$")


_MET = re.compile(r"(?:bumped|bump|ran|run) into ")
_ONE_OF_OURS_HARMED = re.compile(r"\b(?:stabbed|shot|killed|murdered|arrested|charged|sentenced|attacked|jailed)\b.* one of (?:mine|ours)$")

# The writer's own condition ("autistic and a teacher - my brain works differently and my class loves it", "as a
# teacher with adhd", "im dyslexic"; stop 35, set 34's identity post): the writer's identity, not a detail of someone.
_CONDITION = re.compile(r"(?:autis\w+|adhd|dyslexi\w*|dyspraxi\w*|depress\w*|anxiety|stress|diagnos\w+|learning difficult\w+|pregnant|ivf|cancer|chemo)$")
# (review35) "being" only of the writer ("me being autistic"; not "one of my pupils being autistic"), and "as a ... with"
# only of the writer's own role ("as a teacher with adhd"; not "as a child with adhd")
_OWN_BEFORE = re.compile(r"\b(?:im|i am|(?:me|myself|im|i am|i was) being|myself|i have|ive got|ive been|ive had|"
                         r"as an?(?: (?:teacher|nurse|social worker|doctor|midwife|copper|police officer|officer|paramedic|carer|support worker|"
                         r"youth worker|ta|senco|mum|dad|parent|professional|practitioner|clinician|lecturer|tutor|student nurse|trainee))?(?: with)?)"
                         r"(?: (?:also|so|quite|very|mildly|severely|diagnosed|with))* $")
_OWN_AFTER = re.compile(r" (?:and )?(?:an? )?(?:\w+ )?(?:teacher|nurse|social worker|doctor|midwife|copper|police officer|paramedic|carer|"
                        r"support worker|youth worker|ta|senco|mum|dad|parent|here|too)\b")


def _writers_own(ww: str, m: re.Match[str]) -> bool:
    """The detail ``m`` is the writer's own condition: said of themselves, or opening a self-description."""
    if not _CONDITION.match(m.group(0)):
        return False
    before = ww[: m.start()]
    if not before.strip():
        return bool(_OWN_AFTER.match(ww, m.end()))
    return bool(_OWN_BEFORE.search(before))


# "di" is also the first part of surnames ("di canio was sacked", the footballer; stop 34 left; "ds" and "dc" are not):
# a rank only written as one ("DI Canio", "DS Patel's") or beside police talk (stop 35).
_AMBIGUOUS_RANK = re.compile(r"di ")
_RANK_WRITTEN = re.compile(r"\b(?:DI|DS|DC|D\.I\.|D\.S\.|D\.C\.) [A-Z]")
_POLICE_TALK = re.compile(r"\b(?:police|station|nick|custody|cid|force|response team|briefing|sergeant|sgt|inspector|pc|pcs|the job|"
                          r"collar number|professional standards|psd|ipcc|iopc|my team|our team|at work|on shift)\b")


def _names(sent: str) -> list[str]:
    out = []
    for m in _NAME.finditer(sent):
        name = next((g for g in m.groups() if g), None) if m.groups() else None
        if name is None:
            if m.group(0)[:1].isupper() or m.group(0).startswith("baby"):
                out.append(m.group(0))
            continue
        if name.lower() not in _NOT_NAME:
            out.append(name)
    return out


def work_disclosure(clean: str) -> list[Hit]:
    """A work voice and a detail that identifies a person, in one sentence or the next; [] for
    training, campaigns, advice and job posts."""
    whole = _words(clean)
    if not _WORK_VOICE.search(whole) or _GENERIC.search(whole) or _OWN_FAMILY.search(whole):
        return []
    sents = _drop_advice(sentences(clean), _ADVICE_WORDS)
    for i, (_, w) in enumerate(sents):
        voice = _WORK_VOICE.search(w)
        if not voice:
            continue
        if _AMBIGUOUS_RANK.match(voice.group(0)) and not _RANK_WRITTEN.search(clean) and not _POLICE_TALK.search(whole):
            continue
        # (a colleague "from work" is a colleague, whatever word names them: "the new girl at work")
        about_person = bool(_ABOUT_PERSON.search(voice.group(0))) and not re.search(r"\b(?:from|at) work\b", voice.group(0))
        colleague = not about_person and bool(_ABOUT_COLLEAGUE.search(voice.group(0)))
        # someone met by chance ("bumped into a former pupil in Tesco") needs a detail, not a place or name
        service = bool(_SERVICE.match(voice.group(0)))
        colleague = (colleague or bool(_MET.match(voice.group(0))) or service or bool(_DBS_FIRST.match(voice.group(0)))
                     or bool(re.match(_AT_MY_WORK, voice.group(0))) or voice.group(0).startswith(("colleagues", "a colleagues", "my colleagues")))
        for raw, ww in sents[max(0, i - 1) : i + 3]:
            detail = next((d for d in _DETAIL.finditer(ww) if not _writers_own(ww, d)
                           and not (d.group(0).startswith("guess") and re.match(_GIVING, ww[d.end():]))), None)
            if service and detail and detail.group(0).startswith("guess"):
                detail = _SEEN.search(ww)
            found = detail.group(0) if detail else None
            if found is None and _ONE_OF_OURS_HARMED.search(voice.group(0)):
                found = voice.group(0)  # the one claimed is harmed or charged: "the lad stabbed ... was one of ours" (stop 35)
            if found is None and colleague:
                continue  # a colleague's name or workplace is ordinary; their health or HR matters are not
            if found is None:
                names = _names(raw)
                places = [p.group(0) for p in _PLACE.finditer(raw) if p.group(0).split()[-1].lower() not in _NOT_NAME]
                if about_person and not _WHOLE_CLASS.match(voice.group(0)):
                    places += [p.group(0) for p in _LOOSE_PLACE.finditer(raw) if p.group(0).split()[-1].lower() not in _NOT_NAME]
                found = next(iter(names + places), None)
            if found:
                return [Hit("practice", f"work voice + detail: {voice.group(0)} / {found}")]
    return []


# --- the writer as the actor × an offence act --------------------------------------------------

_ACTOR = re.compile(r"\b(?:i|im|ive|id|ill|me|we|weve|were|wed|us|my mates? and i|me and (?:my )?\w+|myself)\b")
# A sentence that opens on the writer's own past-tense act ("Drove home after six pints").
_IMPLIED = re.compile(r"^(?:just |then |also |accidentally |finally |literally )?(?:\w+ed|drove|ran|rode|took|got|had|did|bought|sold|smoked|drank|threw|"
                      r"nicked|lifted|pinched|stole|swiped|nabbed|robbed|beat|went through (?:his|her|their|someones|somebodys|(?:a|the|my|some|this|that) (?:\w+ )?\w+s) (?:pockets|wallet|purse)|necked|sank|hit|broke|split|gave|set|kicked|knocked|woke|fell|walked|typing|texting|filming|facetiming|scrolling|"
                      r"two|three|four|five|six|seven|eight|\d+|haven t|havent|wasted|blazed|k holed|off (?:my|me) face)\b")
# (red team 21: "my toddler stole someone's bag at soft play" was read as the writer's own act)
_THIRD = re.compile(rf"^(?:he|she|they|my (?:little |youngest |eldest |oldest |middle )?(?:{P.FAMILY}|ex|neighbour)|the (?:dad|mum|neighbours?|kids?))\b")
# The writer taking over a sentence that someone else opened ("my toddler was asleep so I ...").
_WRITER_TURN = re.compile(r"\b(?:so|and|then|when|while|whilst|but|because|cos|after|before|until) (?:i|we)\b")
_NEGATED = re.compile(r"\b(?:never|not|dont|didnt|wouldnt|wont|cant|couldnt|shouldnt|no one|nobody|please|if you|dont ever)\b")
_ADVICE = re.compile(r"\b(?:if you|please|(?:dont|never|do not) (?:ever )?(?:drink|drive|take|leave|share|post|get in|do drugs|mix)|kills|ruins lives|campaign|awareness|think before|signs of|dangers of|"
                     r"harm reduction|training|support group|helpline|recovery|sober|sobriety|young people|service users?|families|documentary|"
                     r"heartbroken|disgusting|shameful|report (?:it|them)|reported|stands? with|standing with|who(?:ever)? (?:did|keeps|is)|"
                     # a passenger (stop 30: "texting this from the passenger seat on the M25")
                     r"passenger seat|passenger side|(?:hubby|husband|wife|partner|mum|dad|bf|gf|boyfriend|girlfriend|mate|missus)s? (?:is )?driving)\b"
                     "|" + P.DESIGNATED_DRIVER)
# "a ten bag" is cannabis; "a ten bag of compost", "a twenty bag pack of crisps" are not (stop 33).
_NOT_BAG_OF = r"(?! (?:of (?!weed|green|bud|skunk|coke|charlie|gear|mandy|ket)|packs?|multipack|box|for life|bundle|limit|rolls?))"
_DRINK = r"(?:pints?|bottles?|shots|jagerbombs?|j.gerbombs?|jager\w*|proseccos?|wines?|beers?|cans|vodkas?|gins?|ciders?|drinks|bevvies|jars|tequilas?|cocktails|glasses|rums?|whiskys?|whiskeys?|sambucas?|margaritas?|mojitos?|spritz\w*|lagers?|ales?|tinnies|tins)"
_NUM = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|few|couple of|a couple of|some)"
_ORD = r"(?:\d+(?:st|nd|rd|th)|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"

_ACTS: dict[str, re.Pattern[str]] = {
    "driving": re.compile(
        rf"\b(?:(?:drove|drive|driving|driven|drivin|behind the wheel|at the wheel)\b(?: \w+){{0,8}} (?:after|on|with) (?:{_NUM} )?(?:\w+ )?{_DRINK}|"
        rf"{_DRINK}\b(?: \w+){{0,8}} (?:then |but |and |before )?(?:drove|driving|drive|picked (?:the kids|them|him|her) up)|"
        r"(?:rat arsed|drunk|tipsy|pissed|hammered|wasted|merry|buzzed|stoned|high)\b(?: \w+){0,8} (?:drove|driving|drive)|"
        r"(?:drove|driving|drive|doing|did|hit|at|clocked|undertaking|overtaking)\b(?: \w+){0,6} (?:[7-9]\d|1\d\d) (?:mph )?(?:on|down|along|up|in|at|cos|because)|"
        r"(?:police|copper|cops|stopped|pulled over)\b(?: \w+){0,8} (?:for )?doing (?:[5-9]\d|1\d\d)|"
        r"(?:reading|checking|answering|replying to|sending|scrolling|texting|on) (?:my |the |a )?(?:emails?|texts?|messages|phone|insta\w*|whatsapp|tiktok)\b(?: \w+){0,4} (?:at|in) (?:the )?(?:traffic )?(?:lights|traffic|jam|queue)|"
        r"(?:[7-9]\d|1\d\d) (?:mph )?(?:on|down|along|up) (?:the )?(?:a\d+|m\d+|motorway|north circular|dual carriageway)|"
        # the road first ("did the a12 at 110 this morning", "caned it along the a406 at 95"; stop 33)
        r"(?:did|doing|done|hit|took|flew|flying|bombed|bombing|caned|caning|ragged|raced|racing|went|going|drove|driving|came|coming|got)(?: it)? (?:up |down |along |round |across |on )?(?:the )?"
        r"(?:a\d+|m\d+|motorway|north circular|dual carriageway|bypass)(?: \w+){0,2} (?:at|doing|hitting) (?:[89]\d|1\d\d)(?! (?:minutes|mins|min|seconds|secs|km|k|miles|mile|quid|pounds|am|pm|oclock)\b)|"
        r"(?:texting|typing|filming|facetiming|face timing|scrolling|snapchatting|on (?:my|the) phone|recording|tiktok\w*|whatsapping)\b(?: \w+){0,6} (?:while|whilst|and|when) (?:i )?(?:driv\w+|drive|drove)|"
        r"(?:texting|typing|filming|facetiming|scrolling|snapchatting|whatsapping|instagramming|messaging|tiktok\w*)\b(?: \w+){0,6} (?:on|down|along) (?:the )?(?:a\d+|m\d+|motorway|north circular)|"
        r"(?:filming|texting|typing|scrolling|tiktok\w*)\b(?: \w+){0,6} (?:while|whilst) (?:i )?(?:drive|driving)|"
        r"pulled over (?:\w+ ){0,6}(?:doing \d+|for speeding|drunk|over the limit)|flashed by (?:a |the )?(?:speed )?camera|speed camera|no insurance|no mot|without (?:a )?licen[cs]e|full of points|(?:few )?more points|"
        r"ran a red|jumped (?:the|a) red|undertaking)\b"),
    "drugs": re.compile(
        rf"\b(?:(?:joint|spliff|zoot|blunt|bong|doobie|bifta)s?|weed|(?:bit of|some|bag of|score of) green|bud|skunk|(?:bit|ten|twenty|score|tenner) (?:of )?bag{_NOT_BAG_OF}|a bag|party bag|pills?|coke|charlie|"
        r"(?:did|doing|cheeky|couple of|few|two|racked up|rack up|rack|racking up) (?:\w+ )?(?:lines|bumps)|lines of|mandy|mdma|molly|"
        r"ket|k holed|k hole|edibles?|mushrooms|shrooms|nos|gas canisters|\d+ ?g|grams?|grow tent|plug|my guy|dealer|blazed|"
        r"off it|off (?:my|me|our) (?:face|head|nut|tits)|(?:was|were|im|got|get|getting|so|proper|well) (?:flying|high|baked|stoned|wired|gurning)|"
        r"dark web|(?:guy|plug|dealer|someone|contact|man) for (?:weed|coke|pills|mdma|ket|green|bud|gear|charlie)|mushroom tea|magic mushrooms|(?:fat|big|massive|cheeky) one rolled|rolled (?:a|one|up)|skin(?:ned)? up|(?:a |half a |two )pill|my usual from|"
        r"smoked (?:so much|loads|too much|all day|all night|myself)|smoking (?:all day|all night|loads))\b"),
    "violence": re.compile(
        r"\b(?:knocked (?!it |that |this )(?:\w+ ){0,4}(?:out|on (?:his|her|their) arse)|sparked (?:\w+ )?out|slap(?:ped)? (?:a|him|her|them|some|the|this|that|my)|gave (?:\w+ ){0,4}(?:a slap|a hiding|a kicking|a clip|a headbutt|a proper)(?! (?:\w+ )?(?:place|spot)s?\b)|"
        r"headbutt\w*|battered (?:him|her|them|some|a|this|that)|batter (?:some|him|her|them|this|that)|punched (?:him|her|them|some|a|this|that|the|my)|kicked (?:him|her|them|some|his|her)|glassed|"
        r"split my knuckles|broke (?:his|her|their) (?:nose|jaw)|clipped (?:\w+ ){0,3}round the ear|dragged (?:a|some|this|that|the|him|her) (?:\w+ ){0,3}by (?:her|his|their) hair|"
        r"(?:threw|chucked|lobbed) (?:a |the )?(?:bottle|glass|chair)|cracked a (?:bottle|glass) over|got into it with|got into it at|came off worse|had it coming|you should see the other|"
        r"punch up|fight at|fight outside|fighting (?:at|outside)|bottle went flying|threw a punch|"
        r"(?:put|laid|dropped) (?:him|her|them|the bloke|the guy|some \w+) (?:on the floor|on the deck|down|out cold|on his arse|on her arse)|"
        r"(?:floored|decked|lamped|chinned|sparked|thumped|whacked|smacked) (?:him|her|them|one of (?:them|em|the \w+)|some \w+|a \w+|this \w+|that \w+|the \w+)|"
        # (red team 20: "beat up the bloke who won" passed; "beat" alone is a game or the traffic)
        # (red team 21: "beat the guy up", "beat some lad up" and "beat the living daylights out of him"
        # passed: only a one-word object was read; "beat him up the hill" is a race, "beat up the eggs"
        # a recipe.)
        r"beat (?:him|her|them|(?:the|a|some|this|that) \w+|\w+) up" + P.BEAT_UP_RACE + r"|"
        r"beat up (?:him|her|them|(?:some|a|this|that|the) (?!(?:eggs?|whites|yolks|cream|butter|mixture|batter|sugar)\b)\w+)|"
        r"(?:beat|kicked|knocked|battered) (?:the )?(?:living )?(?:shit|crap|hell|daylights|seven bells|snot|stuffing) out of (?:him|her|them|some \w+|a \w+|this \w+|that \w+|the \w+))\b"),
    "antisocial": re.compile(
        r"\b(?:shoplift\w*|"
        # Taking a person's things (red team 20: "i stole someone's bike", "nicked his wallet" passed:
        # only shops were read). "Took" is left out: a parent or teacher takes a phone off a child.
        # (Swiping a card at the till, on the reader or for someone is paying, red team 23's call.)
        r"(?:stole|nicked|pinched|swiped(?! (?:\w+ )?cards? (?:at|on|through|for|to|in|into|because)\b)|nabbed|lifted|robbed) "
        r"(?:someones|somebodys|his|her|their|a \w+s|this \w+s|that \w+s|some \w+s) (?:\w+ )?"
        r"(?:bike|phone|wallet|purse|handbag|bag|car|scooter|moped|cash|money|card|laptop|watch|keys|parcel|jacket|coat|headphones|airpods|trainers)s?|"
        # Someone's thing taken and sold ("robbed my mate's PS5 and sold it"): selling it says it was
        # not borrowed. Not one's own old thing ("took my old phone and sold it").
        r"(?:stole|nicked|pinched|robbed|took) (?:my \w+s|someones|somebodys|his|her|their|a \w+s) (?:\w+ ){0,2}and (?:sold|flogged|pawned)\b|"
        # (red team 21: "my mate's pockets", "the lad's pockets" passed; going through them before the wash
        # is laundry, however much is found.)
        r"went through (?:his|her|their|someones|somebodys|(?:a|the|my|some|this|that) (?:\w+ )?\w+s) (?:pockets|wallet|purse)\b"
        r"(?!.*\b(?:wash|washing|laundry)\b)(?=.*\b(?:passed out|asleep|wasnt looking|didnt notice|richer|quid|£\d+))|"
        # A family member's or flatmate's money or bank card (red team 21: "stole my mum's bank card and
        # spent 300 quid"); not their clothes or charger, which are borrowed ("nicked my sister's jumper").
        r"(?:stole|nicked|pinched|nabbed|robbed) my \w+s (?:bank |debit |credit )?(?:cards?|cash|money|wallet|purse)|"
        # "Robbed a lad of his pride at darts", "robbed this kid of a goal": figurative unless what was
        # taken is a thing (red team 21).
        r"robbed (?:a|some|this|that) (?:\w+ )?(?:lad|bloke|guy|man|woman|girl|kid|fella|geezer|tourist)\b"
        r"(?! of (?!(?:his|her|their|the|a) (?:\w+ )?(?:bike|phone|wallet|purse|handbag|bag|car|scooter|moped|cash|money|card|laptop|watch|keys|jacket|coat|trainers|chain)s?\b))|(?:nicked|pinched|lifted|pocketed|swiped|nabbed) (?:\w+ ){0,4}(?:from|off|out of) (?:the |a )?(?:\w+ )?(?:shop|shops|sainsbury\w*|tesco\w*|boots|primark|asda|lidl|aldi|co op|superdrug|m s|self checkout|till|bar|pub|market|store)|"
        r"(?:nicked|pinched|lifted) (?:a |the )?(?:traffic cone|cone|sign|shopping trolley|trolley|glass|glasses|bike)|"
        # (stop 32) street furniture by the other verbs: "nabbed a traffic cone and a road sign"
        r"(?:nabbed|swiped|half inched|robbed|grabbed) (?:a |the |some )?(?:traffic cones?|road signs?|street signs?|bollards?)|walked out of \w+(?: \w+){0,3} with|only scanned|didnt scan|without scanning|"
        # (stop 30) pocketed *at* or *in* a shop ("pocketed a mascara in Superdrug"), not the writer's own
        # receipt or card; the self-checkout left unscanned or walked out of when it beeps
        r"(?:pocketed|nabbed|pinched|nicked) (?!(?:my|our|the) (?:receipt|card|change|phone|keys|purse|wallet)\b|(?:the|a) (?:last|parking|space|seat|table|bargain|trolley|basket)\b)(?:\w+ ){1,5}(?:at|in) (?:the )?(?:sainsbury\w*|tesco\w*|boots|primark|asda|lidl|aldi|co op|superdrug|m s|morrisons|waitrose|poundland|b m|wilko|shop|supermarket|corner shop|offie|off licence)\b|"
        r"(?:dont|never|stopped|no longer) (?:even )?scan(?:ning)? (?:the|my|any|all the)\b|"
        r"(?:self ?checkouts?|machine|till)\b(?: \w+){0,8} (?:so (?:i|we)|(?:i|we) just) (?:just )?(?:walked out|walked off|left|legged it) with\b|"
        r"(?:took|nicked|pinched|lifted|grabbed|swiped|had) (?:\w+ ){0,4}(?:from|off|out of) (?:the |a )?(?:\w+ )?(?:shop|offy|offie|off licence|corner shop|newsagents?|garage|market|stall)\b(?: \w+){0,4} (?:while|when) (?:he|she|they|the|nobody|no one)|"
        r"(?:helped (?:myself|ourselves) to|walked off with|nicked|pinched|robbed|swiped|took) (?:\w+ ){0,4}(?:from|out of|off) (?:the |a |next doors |someones |the neighbours |our neighbours )?(?:\w+ )?(?:hotel|minibar|garden|front garden|work|office|stall|pub|bar|restaurant|shop|supermarket|van|car|doorstep)|"
        r"(?:scratched|carved|etched|sprayed|wrote|painted) (?:my|our|his|her|their|the crews?) (?:name|names|initials|tag|tags)s? (?:into|on|onto|in|across)|"
        r"(?:rode|ride|riding|travelled|got on|got the|went on|took the|used the) (?:\w+ ){0,3}(?:tube|train|bus|overground|dlr|tram|\d+)\b(?: \w+){0,4} (?:for free|without paying|without a ticket)|for free all|"
        r"(?:snuck|sneaked|crept|climbed|jumped|hopped|broke) (?:in|into|over)\b(?: \w+){0,4} (?:at (?:midnight|night|\d+ ?am)|the fence|a fence|the gate|the wall|after hours|when it was closed|lido|pool|building site|school|roof)|"
        r"(?:drew|drawn|wrote|scratched|scrawled|carved|painted|sprayed|tagged) (?:\w+ ){0,4}(?:on|onto|across) (?:the |a |an )?(?:\w+ ){0,2}(?:bus stop|shelter|ad|advert|poster|wall|bench|train|bus|sign|shutter|door|bridge|lamppost|phone box|toilet door)|"
        r"(?:thrown|kicked|chucked|booted) (?:us |me )?(?:off|out of) (?:the |a )?(?:bus|train|tube|\d+|plane|pub|club|bar)|"
        r"(?:kicked|smashed|put|punched) (?:in )?(?:the |a )?(?:\w+ ){0,2}(?:bus shelter|shelter|glass|window|windscreen|phone box|wing mirror)|fake id|"
        r"parked (?:in|on) (?:the |a )?(?:disabled|blue badge|zig ?zags|double yellows|pavement)|climbed (?:over )?(?:the |a )?(?:\w+ ){0,2}(?:gates?|fence|wall|railings)|"
        r"self checkout is (?:basically )?free|without paying|(?:didnt|havent|never|not) (?:paid|pay|tapped|tap|touched) (?:\w+ ){0,2}(?:in|for the|for|out)|"
        r"without (?:tapping|touching|paying|a ticket)|tap(?:ped)? through behind|tailgat\w+|jumped the (?:barrier|gates?)|fare dodg\w+|bunked|"
        r"tagged (?:the |a |an )?(?:back |side |front )?(?:of )?(?:the |a )?(?:\w+ )?(?:wall|bus|train|shutter|bridge|hall|garage|bins?|door|underpass|building)|sprayed|graffiti|"
        r"egg(?:ed|ing) (?:the|his|her|their|a)|kicked over|fly ?tipped|set off (?:a box of |some )?(?:rockets|fireworks|bangers)|"
        r"keyed (?:his|her|their|a|the)|smashed (?:a|the|his|her) (?:window|windscreen|wing mirror)|full (?:blast|volume) (?:till|until|on the bus)|"
        r"kicked (?:us|me) off|told off by (?:a )?(?:copper|police|security)|dancing on (?:the |a )?(?:bus shelter|bar|car)|caution for|drunk and disorderly)\b"),
    "alcohol": re.compile(
        rf"\b(?:{_ORD} (?:\w+ )?{_DRINK}|(?:[4-9]|1\d|four|five|six|seven|eight|nine|ten|fourteen|twelve) (?:\w+ )?{_DRINK}\b(?! (?:for|from) )|"
        r"(?:threw up|thrown up|puked|spewed|was sick|been sick|vomited|passed out|collapsed) (?:\w+ ){0,4}(?:on|in|outside|at|under|behind) (?:\w+ ){0,3}"
        r"(?:bus|night bus|train|overground|tube|street|pavement|road|garden|planter|plant pot|hedge|bush|doorway|pub|club|party|do|taxi|uber|stairs|floor|bench|shelter|smoking area|town hall|toilets?|kerb|"
        r"station|platform|bins?|gutter|drain|car park|alley|seats?)|"
        r"(?:cant|dont|do not|can not|cannot) remember (?:getting home|how i got|last night|anything)|no idea how i got home|"
        r"(?:fell asleep|woke up|lying|lay) (?:\w+ ){0,4}(?:on|in|outside|at|under) (?:\w+ ){0,3}(?:bus|night bus|street|pavement|garden|hedge|bush|doorway|bench|shelter|kerb|floor)\b"
        r"(?=.*\b(?:pub|club|party|do|night out|sesh|drunk|wasted|kebab|pints?|shots|drinks|3am|4am|5am|lash|bender|hen|stag)\b)|"
        r"(?:mullered|wasted|smashed|hammered|plastered|trollied|legless|paralytic|rat arsed|off my face|steaming|bladdered|tipsy) (?:at|by|on|after|in|before)|"
        rf"(?:pissed|drunk|wasted|smashed) as (?:a |an )?(?:fart|newt|skunk|lord|sailor|fuck)|absolutely steaming|still drunk|{_DRINK} deep|"
        r"(?:on|at) (?:the )?(?:pub crawl|bottomless brunch)|pub crawl|bottomless brunch|barely see the screen|carrying me home|who s carrying me|"
        r"(?:shots|drinking|pints|prosecco|wine) (?:at|by|before) (?:midday|noon|\d+ ?am|\d+ ?pm|lunch|breakfast|lunchtime)|"
        r"(?:at|by) \d+ ?(?:am|pm) on a (?:monday|tuesday|wednesday|thursday)|who s counting|whos counting)\b"),
}
_ANY_ACT = re.compile("|".join(f"(?:{rx.pattern})" for rx in _ACTS.values()))  # one pass over the post before sentence by sentence
# Words that are the act only in a drug or night-out setting ("high", "flying", "green", "lines").
_DRUG_SETTING = re.compile(r"\b(?:party|parties|rave|festival|club|gig|wedding|weekend|tonight|friday|saturday|night|4am|3am|5am|roof|balcony|park|"
                           r"smoked|smoking|took|taking|dropped|popped|bought|buy|got|sorted|sorts|need|want|had|did|doing|snorted|rolled|skinned|"
                           r"kicked in|hit me|hit|number|dm|delivery|before|after)\b")
_DRUG_STRONG = re.compile(r"\b(?:(?:ten|twenty|score|tenner) bag" + _NOT_BAG_OF + r"|mushroom tea|magic mushrooms|my usual|mushrooms|rolled|joints?|spliffs?|zoots?|blunts?|bongs?|doobies?|biftas?|coke|charlie|mandy|mdma|molly|ket|k holed|k hole|edibles?|shrooms|"
                          r"gas canisters|grow tent|blazed|off (?:my|me|our) (?:face|head|nut|tits)|pills?|lines|bumps|weed|skunk|bit of green|bit of bag|party bag|\d+ ?g)\b")
_NOT_DRUG = re.compile(r"\b(?:pick n mix|pick and mix|on life|high street|high school|highest|high five|on sugar|pain ?killers?|headache|prescription|pharmacy|gp|doctor|vitamin|"
                       r"weed killer|weeding|garden centre|bag for life|tea bag|lines? (?:of|on|at|up)|party bags? for|kids party|birthday party bags?|flying (?:visit|start|colours)|"
                       r"flight|plane|kite|green (?:tea|party|space|light|beans|veg)|fairy|hair|make ?up|knitting|saffron|spice rack|joint (?:working|venture|account|effort|statement|approach|visit|session|pain|replacement|bank|birthday)|"
                       r"joint of (?:lamb|beef|pork|ham|gammon|meat|venison|mutton)|(?:lamb|beef|pork|gammon|ham|roast|sunday|topside|brisket|venison|meat) joints?|"
                       r"a coke|diet coke|coke zero|(?:cans?|glass(?:es)?|bottles?|crates?|multipacks?|litres?|pints?) of (?:\w+ )?coke|coke (?:machine|float|bottles?|cans?)|coca|pepsi|chemist|hay ?fever|antibiotics|paracetamol|ibuprofen|"
                       r"high (?:marks|score|scores|grades|standards|hopes|risk|level|court|tide|alert|vis|praise|street|school)|"
                       # "edible" said of food ("it's actually edible", "edible flowers"), not a cannabis edible (stop 32)
                       r"(?:actually|barely|just about|surprisingly|perfectly|totally|hardly|almost|still|even|not|is|its|it s|was|are|were|be|looks?|looked|quite|fairly|mostly) edible|"
                       r"edible (?:or not|flowers?|glitter|paper|ink|decorations?|gold|cutlery|straws?|insects?|mushrooms?|fungi|plants?|berries|parts?|bits?))\b")
_NOT_VIOLENCE = re.compile(r"\b(?:punched the air|the air|boxing|kickboxing|sparring|class|gym|pad|pads|bag|training|film|game|fifa|my son|my daughter|ref)\b")
# Red team 20 (part 2): the writer stopping other people's fight ("had to separate two Year 9s
# fighting at lunch", "broke up a punch up at the bus stop"): a fight happened, not the writer's.
# Not when the ones separated are the writer ("the bouncers separated us"), nor "broke up with", nor
# the writer's own blow.
_FIGHT_HAPPENED = re.compile(r"^(?:punch up|fight at|fight outside|fighting (?:at|outside))$")
_PEACEMAKER = re.compile(r"(?:^|\b(?:(?:i|we|had to|have to|having to|just|then) |spent (?:\w+ ){0,3}))(?:separat\w*|split(?:ting)? up|br(?:oke|eak|eaking) up|"
                         r"pull(?:ed|ing)? apart|stepped in between|got between) (?:a|the|two|three|some|them|it|this|that|these|those|\d+)\b")
# Red team 21: the peacemaker who then joins in ("broke up a punch up, ended up punching one of
# them", "had to separate the lads fighting at the bar then lamped one of them") was cleared: the
# writer's own blow after the peacemaking keeps the fight the writer's.
# Only the writer's words between the turn and the blow ("and then I just lamped"), so another
# fight breaking out ("and then another fight started") is not the writer joining in.
_JOINED_IN = re.compile(r"\b(?:then|ended up|end up|and|but|before|till|until)(?: (?:i|we|me|just|then|ended up|end up|myself|also|literally|actually|got into (?:a|the))){0,3} (?:punch\w*|fight\w*|hit|hitting|lamp\w*|chin\w*|deck\w*|floor\w*|"
                        r"scrap\w*|throw\w* (?:a )?punch\w*|swung|swinging|glass\w*|headbutt\w*|kick\w*|batter\w*|smack\w*|slap\w*|thump\w*|whack\w*|twat\w*|leather\w*)\b")


def peacemaker(w: str) -> bool:
    """The writer separating other people's fight (_PEACEMAKER) and not then joining in (_JOINED_IN)."""
    m = _PEACEMAKER.search(w)
    return m is not None and not _JOINED_IN.search(w, m.end())


_PLANNED = re.compile(r"\b(?:going to|gonna|will|ill(?! admit| say| be honest)|im going|next time|if (?:he|she|they|you|u|anyone))\b")
_NOT_DRINK = re.compile(r"\b(?:bought|buy|buying|order\w*|shop\w*|sale|offer|prize|raffle|gift|present|hamper|tombola|quiz|sick bug|bug|virus|covid|flu|norovirus|"
                        # (red team 18: a child, car sickness or a bad sandwich named, as in text_patterns._NOT_DRINK_CAUSE)
                        r"pregnan\w*|morning sickness|travel sick\w*|motion sick\w*|car sick\w*|sea sick\w*|food poisoning|prawns?|poor (?:thing|lamb|mite)|bless (?:him|her)|migraine|hospital|baby|toddler|dog|cat|kids?|little ones?|chemo|long shift|after work|gym|exam|quiz|round|match|game|shift|five a side|football|netball|case of|arrived|delivered|sorted for|\d+ \d+ at)\b")


def own_offence(clean: str, disabled: frozenset[str] = frozenset()) -> list[Hit]:
    """The writer (I/we, or a sentence opening on their own past-tense act) with an act that could
    be portrayed as an offence, in one sentence; [] for advice, campaigns, negated or others' acts."""
    whole = _words(clean)
    if not _ANY_ACT.search(whole) or _ADVICE.search(whole):
        return []
    sents = sentences(clean)
    hits: list[Hit] = []
    for i, (_, w) in enumerate(sents):
        if _THIRD.search(w) and (turn := _WRITER_TURN.search(w)):
            # Someone else opens the sentence, the writer acts after ("My kids were at their dad's so I
            # drove home after 6 pints"): only the writer's part is read (red team 21).
            w = w[turn.start():]
        actor = bool(_ACTOR.search(w) or _IMPLIED.search(w)) and not _THIRD.search(w)
        if not actor and i > 0:
            # A fragment after the writer's own sentence ("Pub at 11, club at 10... standard Saturday").
            actor = bool(_ACTOR.search(sents[i - 1][1])) and not _THIRD.search(w)
        if not actor and len(sents) == 1 and not _THIRD.search(w) and not re.search(r"\b(?:he|she|they|someone|somebody|people|whoever)\b", w):
            actor = True  # a one-sentence post with no other subject is the writer's own ("Third bottle of wine...")
        if not actor:
            continue
        for cat, rx in _ACTS.items():
            if cat in disabled:
                continue
            m = rx.search(w)
            if not m:
                continue
            before = w[max(0, m.start() - 14) : m.start()]
            if _NEGATED.search(before) and cat != "antisocial":
                continue
            if cat == "drugs":
                if _NOT_DRUG.search(w) or not (_DRUG_STRONG.search(w) or _DRUG_SETTING.search(w)):
                    continue
                if not _DRUG_STRONG.search(w) and not _DRUG_SETTING.search(w.replace(m.group(0), "", 1)):
                    continue
            if cat == "violence" and (_NOT_VIOLENCE.search(w) or _PLANNED.search(w)):
                continue  # a planned fight is a threat: the offensive area reads it
            if cat == "violence" and _FIGHT_HAPPENED.match(m.group(0)) and peacemaker(w):
                continue
            if cat == "alcohol" and _NOT_DRINK.search(w):
                continue
            hits.append(Hit(cat, f"own act: {m.group(0)}"))
    return list(dict.fromkeys(hits))


# --- someone findable × a status the policy keeps confidential --------------------------------
# Stop 30 (sets 27-29): neighbours and customers, not the writer's work, tell that someone the
# reader could find is under social services, on the register, on a tag or arrested for something.
_STATUS = re.compile(
    r"\b(?:"
    r"(?:investigated|assessed|looked into|visited|watched) by (?:social services|childrens services|the social|ss|the police|police)|"
    r"(?:social services|childrens services|the social) (?:think|thinks|reckon|reckons|say|said|are involved|were round|have been round|came|come round|took|have taken|are taking|"
    r"are on (?:to )?(?:her|him|them)|are looking into)|"
    r"known to (?:social services|childrens services|the social|the police|police)|"
    r"(?:on|on the) (?:sex offenders?|offenders) register|"
    # Stop 35 (stop 34 left): a family or child put back on the (child-protection) register, said bare; not the
    # electoral, GP or dental register nor the writer's own ("im back on the register")
    r"(?:famil(?:y|ies)|kids|children|child|baby|babies|twins|son|daughter|boys?|girls?|they|theyre|them|lot)(?: \w+){0,3} (?:are |is |s |were |was |been |got |have been |has been )?(?:put )?back on the (?:cp |child protection )?register(?! (?:of|for|at|with|in) )|"
    # ... and the police called to the same home again and again ("6 police callouts this month")
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|another|more) police (?:call ?outs?|visits)|"
    r"(?:is|s|are|re|was|been|now|got) on (?:a |an )?(?:tag|electronic tag|child protection plan|cp plan)|"
    r"(?:kids|children|baby|son|daughter) (?:were|was|got|have been|has been) (?:taken|removed) (?:off (?:her|him|them)|into care)|"
    r"neglecting (?:her|his|their|the) (?:kids|children|baby|son|daughter)|"
    r"(?:arrested|nicked|charged|brought in|picked up) (?:for|over|with) (?:dv|domestic|assault\w*|drink driving|dealing|theft|rape|abuse|grooming|hitting|beating)|"
    # Stop 31 (set 30): the police at the door again, "the DV one"; a person's home address given out.
    r"(?:police|coppers|cops|old bill|feds) (?:were |was |are |been )?round (?:at )?(?:\w+ ){0,4}again|the (?:dv|domestic|domestic violence) (?:one|ones|house|flat|couple|family)|"
    r"(?:his|her|their|\w+s) (?:home )?address is|"
    # Stop 33 (set 32): a warrant, neglect, social services at the door, a home address handed out.
    r"(?:theres |there is |got )?(?:a )?warrant out for|(?:theyre|they are|hes|shes|he is|she is|(?:kids|children|twins|baby|babies|boys?|girls?)(?: \w+){0,5}(?: are| is)?) (?:being|getting|been) neglected(?! by)|"
    r"(?:had|have had|has had|got) (?:social services|childrens services|the social) round|(?:heres|here is|this is) (?:\w+s|his|her|their) (?:home )?address|(?<!\bi )(?<!\bwe )(?<!whoever )(?<!\bwho )(?<!anyone )(?<!\bsomeone )lives? at (?:number |no )?\d+"
    r")\b"
)
# Someone the reader could find: a title and name, a house number, a street, a shop they run or
# work in, next door.
_FINDABLE = re.compile(
    r"\b(?:mr|mrs|ms|miss|dr) [a-z]{3,}\b|"
    r"\b(?:at|from|in) (?:number|no) \d+\b|\b\d+[a-z]? [a-z]+(?: [a-z]+)? (?:road|rd|street|st|lane|close|avenue|ave|gardens|grove|crescent|terrace|mews|way|drive|hill)\b|"
    # a floor of a named block ("the 4th floor of Nightingale House"; stop 33)
    r"\b(?:\d+(?:st|nd|rd|th)|ground|top|first|second|third|fourth|fifth) floor of (?!the\b|my\b|our\b)[a-z]+ (?:house|court|tower|towers|block|mansions|heights)\b|"
    r"\b(?:on|at|from|in) (?!the\b|my\b|our\b|a\b)[a-z]+ (?:road|rd|street|st|lane|close|avenue|ave|gardens|grove|crescent|terrace|estate|mews)\b|"
    r"\b(?:who runs|who works (?:at|in)|from|at|behind the counter (?:at|in)) the (?:\w+ ){0,2}"
    r"(?:shop|pub|cafe|chippy|chip shop|takeaway|salon|nail bar|barbers|garage|newsagents|offie|off licence|corner shop|paper shop|surgery|gym|launderette|bakery)\b|"
    r"\b(?:next door|over the road|across the road|down the road|upstairs|downstairs) (?:is|was|got|has|have|are)\b|"
    r"\b(?:bloke|man|woman|lady|family|lad|girl|couple|guy|fella) (?:next door|over the road|across the road|upstairs|downstairs)\b"
)
# The writer's own household, advice, campaigns and training are not a disclosure about someone.
# Advice ("if you see him call the police", "should be"; stop 34) is judged by its clause (_drop_advice).
_STATUS_ADVICE = re.compile(r"\b(?:if you|if a|worried about a|call|report|should be|should|must)\b")
_STATUS_VOID = re.compile(
    r"\b(?:training|course|webinar|campaign|awareness|law|laws|petition|"
    r"please share|share please|pls share|plz share|appeal|"
    r"my (?:mum|dad|son|daughter|kids|children|brother|sister|husband|wife|partner|family|nan|gran))\b"
)


def status_disclosure(clean: str) -> list[Hit]:
    """Someone findable (a name with a title, an address, the shop they run, next door) beside a
    status the policy keeps confidential (social services, the register, a tag, an arrest for
    something); [] for advice, campaigns and the writer's own family."""
    whole = _words(clean)
    if not _STATUS.search(whole) or _STATUS_VOID.search(whole):
        return []
    kept = [(raw, w) for raw, w in _drop_advice(sentences(clean), _STATUS_ADVICE) if w]
    clean = ". ".join(raw for raw, _ in kept)
    whole = " ".join(w for _, w in kept)
    status = _STATUS.search(whole)
    if not status:
        return []
    # (a family named after "the": "the Okafor twins have been put back on the register"; stop 35)
    who = _FINDABLE.search(whole) or next((m for m in _NAME.finditer(clean) if m.group(0)[:1].isupper()
                                           or (re.match(r"(?:the|a) [A-Z][a-z]{2,} (?:family|kids|children|boys?|girls?|twins|siblings|household)\b", m.group(0))
                                           and m.group(0).split()[1].lower() not in _NOT_NAME)), None)
    if not who:
        return []
    return [Hit("practice", f"someone findable + a confidential status: {who.group(0).strip()} / {status.group(0)}")]
