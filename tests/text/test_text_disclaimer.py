"""The "views are my own" statement in its many spellings, languages and encodings.

Red team 8: the policy's DO is "a personal site AND opinions are your own". Most wordings here
say one half; they are recognised as stated (``present`` with both halves, ``partial`` with one
or neither, which the check shows as review naming the missing half). These lists used to
require ``present`` for one half alone; now they require the statement to be recognised."""

import pytest

STATED = ("present", "partial")

PRESENT = [
    "Social worker. Views my own.",
    "Opinions are mine, not my employer's",
    "RTs ≠ endorsements",
    "RTs != endorsement",
    "Tweets are personal",
    "Personal account 🌈",
    "All views expressed here are my own",
    "Dad, runner, Arsenal fan.\nViews\nmy own",
    "Veiws my onw 🙃",  # typos and emoji
    "#ViewsMyOwn #SocialWork",  # hashtags
    "Café lover ☕ | views are mine",
    "CafÃ© lover â˜• | views are mine",  # mojibake from a Meta export
    "𝐕𝐢𝐞𝐰𝐬 𝐦𝐲 𝐨𝐰𝐧",  # "fancy letters" from bio generators
    "ᴠɪᴇᴡꜱ ᴀʀᴇ ᴍʏ ᴏᴡɴ",  # small capitals
    "Views expressed do not necessarily reflect those of my employer",
    "I speak for myself only",
    "Posting in a personal capacity",
    # French
    "Mes opinions n'engagent que moi",
    "Les opinions exprimées ici sont personnelles",
    "Compte personnel. RT ≠ approbation",
    # Spanish
    "Opiniones propias",
    "Las opiniones expresadas son mías",
    "Cuenta personal, RT no son respaldo",
    # German
    "Hier privat. Meine eigene Meinung.",
    "Tweets sind meine persönliche Meinung",
    "Privater Account",
]

ABSENT = [
    "News. Views. Analyses.",
    "Personal interests: running, baking",
    "Personal account manager at Barclays",
    "Social worker in East London. Mum of two.",
    "Views from the top of Snowdon",
    "",
]

UNCLEAR = [
    "Sharing my own thoughts on practice",
    "My views on social work and more",
]


@pytest.mark.parametrize("bio", PRESENT)
def test_present(analyser, bio):
    d = analyser.analyse(bio, bio=True).disclaimer
    assert d.status in STATED, (bio, d)
    assert d.matched


@pytest.mark.parametrize("bio,says", [
    ("Personal account 🌈", ("site",)),
    ("Social worker. Views my own.", ("views",)),
    ("RTs ≠ endorsements", ()),
    ("Compte personnel. RT ≠ approbation", ("site",)),
    ("Privater Account", ("site",)),
    ("Opiniones propias", ("views",)),
    ("Posting in a personal capacity", ("site",)),
    ("Hier privat. Meine eigene Meinung.", ("site", "views")),
    ("Views expressed do not necessarily reflect those of my employer", ("site", "views")),
    ("Personal account. Views are my own.", ("site", "views")),
])
def test_which_half_of_the_disclaimer_a_wording_says(analyser, bio, says):
    d = analyser.analyse(bio, bio=True).disclaimer
    assert d.says == says and d.status == ("present" if len(says) == 2 else "partial"), (bio, d)


@pytest.mark.parametrize("bio", ABSENT)
def test_absent_hard_negatives(analyser, bio):
    assert analyser.analyse(bio, bio=True).disclaimer.status == "absent"


@pytest.mark.parametrize("bio", UNCLEAR)
def test_unclear(analyser, bio):
    assert analyser.analyse(bio, bio=True).disclaimer.status == "unclear"


def test_posts_are_not_judged_for_a_disclaimer(analyser):
    assert analyser.analyse("Views my own").disclaimer is None


def test_cached_by_text(analyser):
    assert analyser.analyse("Views are mine", bio=True) is analyser.analyse("Views are mine", bio=True)


@pytest.mark.parametrize("bio,quoted", [
    ("Las opiniones expresadas son mías", "mías"),
    ("Tweets sind meine persönliche Meinung", "persönliche"),
    ("Views are my own", "views are my own"),
])
def test_the_quote_keeps_the_writers_accents(analyser, bio, quoted):
    # Lists match the accent-folded form; the quote shown to the person is what they wrote.
    d = analyser.analyse(bio, bio=True).disclaimer
    assert d.status in STATED and any(quoted in m for m in d.matched), d


# Red team 3: the words of a disclaimer said the other way round, or quoted inside a sentence, passed
# ("Says the account is personal") on bios that say the opposite. Now review: the person looks.
DENIED_OR_MENTIONED = [
    "Social worker. This is not a personal account.",
    "Social worker. Never a personal account. Work use only.",
    "Social worker. My tweets do not reflect my personal views.",
    'Social worker. I refuse to put "views my own" in my bio.',
    "Social worker. People who write “views are my own” are cowards.",
    "None of these views are my own",
    "Views are my own... NOT",
    "Views my own? Not really lol",
    "Views are my own... said nobody ever",
    "Infirmière. Pas un compte personnel.",  # the languages whose wordings are known, denied
    "Sozialarbeiterin. Kein privater Account.",
    "Infermiera. Non è un account personale.",
    "Verpleegkundige. Geen persoonlijk account.",
]


@pytest.mark.parametrize("bio", DENIED_OR_MENTIONED)
def test_a_denied_or_quoted_disclaimer_is_not_a_disclaimer(analyser, bio):
    assert analyser.analyse(bio, bio=True).disclaimer.status == "unclear"


@pytest.mark.parametrize("bio", [
    'Nurse. "All views my own."',  # a quote standing as its own sentence is the person's statement
    "Nurse | “Views my own” | she/her",
    "Not speaking for my employer, views my own",  # a denial in another clause
    "RTs not endorsements. Views my own.",
    "Never tweet drunk. Views my own",
    "Mum of 2. No spam. Personal account.",
    "This is not a work account. Personal account.",  # denied once, stated once
    "Views my own, not my employer's",
    "Nurse. Views my own. Not a spokesperson",
    "Keine Werbung. Privater Account.",
    'Nurse. "Views my own" and all that',
])
def test_a_disclaimer_beside_a_denial_of_something_else_still_counts(analyser, bio):
    assert analyser.analyse(bio, bio=True).disclaimer.status in STATED


@pytest.mark.parametrize("bio,status", [
    ("Social worker. Vi3ws my 0wn.", "unclear"),  # in disguise: meant, but read by a guess -> a person checks
    ("Nurse | V1ews are my own | dog mum", "unclear"),
    ("Social worker. Love my dogs and 5-a-side.", "absent"),  # nothing disguised, nothing there
    ("Social worker. Views my own.", "partial"),  # written plainly: read as it stands (one half of the DO)
])
def test_a_disclaimer_written_in_disguise_is_unclear_never_absent(analyser, bio, status):
    """Red team 4: "Vi3ws my own" was read as no disclaimer at all, a fail."""
    assert analyser.analyse(bio, bio=True).disclaimer.status == status, bio


# Red team 11: "Views my own, not NHS England's" was review: the distancing half ("site") was read
# only through an employer word list. A named organisation in the "not X's" / "not those of X"
# slot distances the account from it as "not my employer's" does; a family member or a pet does not.
@pytest.mark.parametrize("bio,says", [
    ("Views my own, not NHS England's", ("site", "views")),
    ("Views my own, not NHS England’s", ("site", "views")),
    ("Nurse. Views are my own and not those of Hackney Council", ("site", "views")),
    ("Views my own, not those of the BBC", ("site", "views")),
    ("Opinions mine not ELFT's", ("site", "views")),
    ("Views my own - not the views of Barts Health NHS Trust", ("site", "views")),
    ("Views my own, not my Trust's", ("site", "views")),
    ("Tweets are my own and not of my employer", ("site", "views")),
    ("Views my own, not my mum's", ("views",)),
    ("Views my own, not my cat's", ("views",)),
    ("Views my own, not my Mum's", ("views",)),
    ("Views my own. Not Dave's", ("views",)),
    ("Views my own, not Boris Johnson's", ("views",)),  # two capitalised words may be a person
    ("Views my own, not the Cat's", ("views",)),
    ("Views my own, not all bad", ("views",)),
    ("Views my own, not great ones", ("views",)),
    ("Views are my own not OK", ("views",)),  # capitals for emphasis are no initials
    ("Views my own, not ALWAYS right", ("views",)),
    ("VIEWS MY OWN NOT ALL BAD", ("views",)),  # all in capitals: case tells nothing
    ("Views my own & not NHS E's", ("site", "views")),
    ("Personal views, not NHS England's", ("site", "views")),
    ("Opinions are mine alone, not those of Hackney Council", ("site", "views")),
    ("Personal views, not Mum's", ("views",)),
    # wordings a professional really writes: each lands where the policy's two halves say
    ("All views expressed are personal", ("views",)),
    ("Opinions are mine alone", ("views",)),
    ("Personal account; views mine", ("site", "views")),
    ("RTs ≠ endorsements, views my own", ("views",)),
])
def test_a_named_organisation_in_the_not_slot_distances_the_account(analyser, bio, says):
    d = analyser.analyse(bio, bio=True).disclaimer
    assert d.says == says and d.status == ("present" if len(says) == 2 else "partial"), (bio, d)


@pytest.mark.parametrize("bio", [
    "None of these views are my own, not NHS England's either",
    "Views my own? Not really lol. Not NHS England's",
])
def test_an_organisation_after_a_denied_disclaimer_is_no_disclaimer(analyser, bio):
    assert analyser.analyse(bio, bio=True).disclaimer.status != "present", bio
