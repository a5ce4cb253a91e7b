"""Red-team probes of the denial, quoting-frame, praise, homonym and misspelling rules: posts that
use the words those rules look for without meaning what the rules assume. Written fresh for
these tests."""

import pytest

NOT_REALLY_DENIED = [
    # the denial is taken back in the same post
    "I don't think women are inferior, I know they are",
    "Not all muslims are terrorists, most of them are though",
    "I never said muslims are scum but they are",
    # "don't just think" strengthens the claim
    "I don't just think immigrants are vermin, I know it",
    # the attack is said again outside the denial
    "I don't think women are inferior. I know it. Women are inferior.",
]


@pytest.mark.parametrize("text", NOT_REALLY_DENIED)
def test_a_denial_taken_back_does_not_void_the_attack(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


NOT_CONDEMNED = [
    # the word of condemnation is the attack's own predicate
    "Anyone who says gays are disgusting is spot on",
    "If you think Muslims are dangerous, you're right",
    "People who think immigrants are dangerous are right",
    # the word of condemnation is negated, or aimed at the writer's critics
    "Saying that immigrants are vermin is not wrong, it's the truth",
    "I'm sick of being called racist for saying that muslims are terrorists",
]


@pytest.mark.parametrize("text", NOT_CONDEMNED)
def test_a_frame_without_real_condemnation_does_not_void_the_attack(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", ["The dyke at work won't stop staring at me", "Look at that bunch of fags holding hands"])
def test_a_slur_after_the_or_of_is_not_taken_for_a_homonym(analyser, text):
    # "the dyke" is an embankment only where a place is meant ("along the dyke"); "of fags" is
    # cigarettes only as a packet or box of them.
    assert analyser.analyse(text).offensive.status == "fail", (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", ["Cycled along the dyke to Ely", "Sat on the dyke watching the boats", "Picked up a box of fags for my dad"])
def test_the_homonyms_stay_left_alone(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", ["Thanks to all hte refugees who came to the drop-in", "Proud of hte women in our service"])
def test_hte_is_a_typo_of_the_not_of_hate(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


SARCASTIC_PRAISE = [
    "Muslims are so brave, blowing themselves up like that",
    "Refugees are so grateful, that's why they torched the hotel",
    "Jews are so kind, kind to their own bank accounts",
]


@pytest.mark.parametrize("text", SARCASTIC_PRAISE)
def test_sarcastic_praise_keeps_the_usual_model_review(analyser, text):
    # Praise turned by an eye-roll, a praise word said again with a sting ("kind, kind to…"),
    # "that's why" or violence is not the plain praise that needs the surest model score.
    assert analyser.analyse(text).offensive.status == "review", (text, analyser.analyse(text).offensive)


def test_an_eye_roll_undoes_praise_whatever_the_model_scores(monkeypatch):
    # "Trans women are so brave 🙄" was reviewed by the model until sets 21-26 joined its training
    # (stop 27: identity 0.73 -> 0.63, under its threshold). What this rule owes is that the
    # eye-roll takes the praise shield away: with an identity score between the usual threshold
    # and the shield's, the eye-roll post is reviewed and the plain praise is not.
    from selfaudit.analysis import text_model
    from selfaudit.analysis.text import TextAnalyser
    from selfaudit.config import Config

    model, _ = text_model.load()
    assert model is not None
    thr = model.thresholds["identity"]

    class Fixed:
        heads, thresholds = model.heads, model.thresholds

        def heads_scores(self, texts):
            return [{"offensive": 0.01, "threat": 0.01, "identity": thr + (1 - thr) / 2, "offence": 0.01, "confidential": 0.01} for _ in texts]

    monkeypatch.setattr(text_model, "load", lambda: (Fixed(), None))
    a = TextAnalyser(Config())
    assert a.analyse("Trans women are so brave 🙄").offensive.status == "review"
    assert a.analyse("Trans women are so brave").offensive.status is None


@pytest.mark.parametrize("text", ["Muslim women are such lovely lovely people", "Refugees are so grateful for the donations, thank you all"])
def test_plain_praise_stays_shielded(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


DENIAL_THEN_WORSE = [
    # the denial is a set-up: the post goes on to something as bad or worse
    "Not all Muslims are terrorists but all terrorists are Muslims",
    "I don't think gays are disgusting, I think they're vile",
    "I don't agree that muslims are terrorists, they're worse",
    "Never said all refugees are rapists, just most",
    "It's not true that all immigrants are criminals, only 99% of them",
    "I refuse to accept that immigrants are anything but vermin",
    # "can't say" / "never say" as censorship, not disagreement
    "I can't say immigrants are vermin on here or I'll get banned",
    "I would never say women are inferior... in public",
    "Nobody says immigrants are vermin out loud, but everyone thinks it",
]


@pytest.mark.parametrize("text", DENIAL_THEN_WORSE)
def test_a_denial_that_sets_up_worse_does_not_void_the_attack(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


COMPOUNDS = [  # the insult word is the first half of a compound noun: not the @name called it
    "@Sam is the biggest muppet fan I know",
    "@dad is a rat catcher for the council",
    "@Tom was a total snake charmer at the zoo party",
    "@LucyW is so thick skinned, nothing bothers her",
    "@Priya is a fat cat now she's been promoted haha",
]


@pytest.mark.parametrize("text", COMPOUNDS)
def test_an_insult_word_inside_a_compound_does_not_fail_a_reply(analyser, text):
    assert analyser.analyse(text).offensive.status != "fail", (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", ["@USER is a joke and always has been", "@USER is beyond stupid lol", "That referee is trash mate",
                                  "@USER is an absolute idiot, block"])
def test_a_reply_insult_ending_its_clause_still_fails(analyser, text):
    assert analyser.analyse(text).offensive.status == "fail", (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", ["The rug needs a good beating", "My carpet needs a good beating", "The dough needs a good punch back",
                                  "Those cushions want a good beating"])
def test_things_that_are_beaten_or_punched_are_no_veiled_threat(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", ["I'll keep saying that muslims are scum, report me if you want",
                                  "I said immigrants are vermin and got reported, snowflakes",
                                  "Say that gays are disgusting and you get called a bigot, mad world"])
def test_being_reported_or_called_a_bigot_is_no_condemnation_by_the_writer(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


def test_a_group_denied_then_attacked_in_another_clause_is_flagged(analyser):
    # "not all immigrants" denies "are bad"; "some are just scum" is a new claim, not the one denied
    assert analyser.analyse("Not all immigrants are bad, some are just scum").offensive.status in ("fail", "review")


@pytest.mark.parametrize("text", ["Not bad for a fag I suppose", "He's too pretty for a fag", "Typical behaviour for a fag"])
def test_for_a_fag_is_a_cigarette_only_after_going_out_or_wanting_one(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", ["Nipped out for a fag", "Gasping for a fag after that meeting", "Time for a fag and a brew",
                                  "Went for a fag with Jo", "Popped outside for a fag", "Desperate for a fag"])
def test_going_out_for_a_fag_stays_clean(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", ["These hoes from Wilko are rubbish", "Those hoes are ideal for weeding"])
def test_garden_hoes_are_not_a_slur(analyser, text):
    # Left by red team 16; the lead narrowed the slang-slur pattern by the garden around it.
    assert analyser.analyse(text).offensive.status is None, text


@pytest.mark.parametrize("text", ["We will go to hell and back for these families", "I hope she gets what she needs from the council"])
def test_everyday_idioms_are_not_the_new_threat_patterns(analyser, text):
    # The model may still review these; the day's threat patterns must not be what flags them.
    hits = analyser.analyse(text).offensive.hits
    assert not any("go to hell" in h.phrase or "gets what" in h.phrase for h in hits), hits
