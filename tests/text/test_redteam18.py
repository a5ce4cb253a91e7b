"""Red team on stop 27's everyday offence wordings, the writer-as-harmed rule and the narrowed
professional words: innocent posts (children, illness, pets, sport, lawful travel, a mistake put
right, a witness) that the new patterns read as the writer's offence, and a hangover read as
recovery talk. Written fresh for these tests; each innocent post beside a confession the same
pattern must still review."""

from functools import partial

import pytest

from tests.text.offence_asserts import offence_nothing as _nothing
from tests.text.offence_asserts import offence_reviewed

_reviewed = partial(offence_reviewed, or_model=True)


@pytest.mark.parametrize("text", [
    # a child or car sickness beside "sick"; a parent carrying a sleeping child home
    "Kid was sick in the taxi after the party, poor thing, car sickness is the worst",
    "Little one was sick all over the car park at the soft play party, poor lamb",
    "Carried him home from the party asleep on my shoulder, best feeling",
    # containers that are not drinks: baby bottles, the washing up
    "Three bottles down and she's finally asleep, night feeds are brutal",
    "Few glasses in and still not finished the washing up, send help",
])
def test_a_child_an_illness_or_a_container_is_not_a_night_out(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "Threw up in a plant pot outside the club after too many shots lol",
    "Got carried home from the work do, can't remember a thing",
    "Crawled home from the pub at 4am, never again",
    "6 cans deep on the train to Brighton",
])
def test_the_writers_own_night_out_is_still_reviewed(analyser, text):
    _reviewed(analyser, text, "alcohol")


@pytest.mark.parametrize("text", [
    "Bit of a sniff coming on, think I've caught the kids' cold",
    "Bit of a bump showing now at 14 weeks!",
    "Pinged off my email to the head before the deadline, done",
    "The car dealer was late delivering my new car, rubbish service",
    "Dealer gave me 500 quid for my old Corsa, result",
])
def test_a_cold_a_pregnancy_an_email_or_a_car_dealer_is_not_drugs(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "Cheeky line in the toilets at the wedding",
    "Bit of a sniff at the afters, sorry not sorry",
    "Dealer was late again so we had to make do with the wine",
    "Proper pinged out of my head at the rave",
])
def test_the_writers_own_drugs_are_still_reviewed(analyser, text):
    _reviewed(analyser, text, "drugs")


@pytest.mark.parametrize("text", [
    "Rolling around on the floor with the grandkids all afternoon, knees are done",
    "The kids spent all afternoon rolling around on the lawn with the puppy",
    "Squared up to the spider in the bath with a glass and a postcard, hero",
    "Swinging at the pads at boxing tonight, arms are dead",
    "Me and Sarah vs the lads at the pub quiz again tonight lol",
])
def test_play_pets_pests_sport_and_games_are_not_a_scuffle(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "Rolling around on the floor with some lad outside spoons at 2am",
    "Squared up to a bouncer at 3am, not my finest moment",
    "Me and Gem vs three girls outside Pryzm again lol",
])
def test_the_writers_own_scuffle_is_still_reviewed(analyser, text):
    _reviewed(analyser, text, "violence")


@pytest.mark.parametrize("text", [
    "I don't pay a fare on the tram, my season ticket covers it",
    "Forgot to scan the bananas at the self checkout, went back and paid, honest to a fault",
    "Kids threw a scooter in the canal again, pulled it out at our litter pick",
])
def test_travel_paid_another_way_a_mistake_put_right_and_others_damage_are_not_the_writers(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "Never pay on the overground, inspectors never check",
    "Self checkout: forgot to scan the steak, oops",
    "Chucked a trolley in the canal on the way home lol",
])
def test_the_writers_own_fare_dodge_theft_and_damage_are_still_reviewed(analyser, text):
    _reviewed(analyser, text, "antisocial")


@pytest.mark.parametrize("text", [
    "Got flashed in town by some weirdo, reported it to the police",
    "I'm driving lol so I'll be the designated driver",
])
def test_a_flasher_reported_and_the_sober_driver_are_not_driving_offences(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "Got flashed doing 50 in a 30 on the way to work",
    "Currently driving lol, don't tell anyone",
])
def test_the_writers_own_speeding_and_phone_at_the_wheel_are_still_reviewed(analyser, text):
    _reviewed(analyser, text, "driving")


@pytest.mark.parametrize("text", [
    "In recovery from last night's 10 pints, drove to work still drunk",
    "Recovery walk after the sesh, still steaming drunk lol",
])
def test_recovery_from_a_night_out_is_a_hangover_not_recovery_talk(analyser, text):
    assert analyser.analyse(text).offence.status == "review", text


@pytest.mark.parametrize("text", [
    "In recovery from alcohol addiction for two years, proud of our group",
    "Recovery walk after the meeting with the service users, lovely morning",
])
def test_recovery_from_addiction_is_still_recovery_talk(analyser, text):
    assert analyser.analyse(text).offence.status is None, text


@pytest.fixture()
def fake(monkeypatch):
    """An analyser whose model gives every text these scores (as in test_text_post_heads)."""
    from selfaudit.analysis import text_model
    from selfaudit.analysis.text import TextAnalyser
    from selfaudit.config import Config

    def make(**scores):
        model, error = text_model.load()
        assert error is None and model is not None
        quiet = dict.fromkeys(model.heads, 0.01)

        class Fixed:
            heads, thresholds = model.heads, {**model.thresholds, "offence": 0.9}

            def heads_scores(self, texts):
                return [{**quiet, **scores} for _ in texts]

        monkeypatch.setattr(text_model, "load", lambda: (Fixed(), None))
        return TextAnalyser(Config())

    return make


@pytest.mark.parametrize("text", [
    # the real model scored the first 0.95: "slashed" was a harm done to the writer only in the
    # active form ("someone slashed my"), not "my tent got slashed"
    "Went to a festival and my tent got slashed, absolutely gutted",
    "Our car was egged and scratched on bonfire night, the estate is a joke",
    "Had my tyres slashed outside work again",
])
def test_every_harm_done_to_the_writer_reads_the_same_in_the_passive(fake, text):
    assert fake(offence=0.999).analyse(text).offence.status is None, text


@pytest.mark.parametrize("text", [
    # drunk slang that also means worn out, or failed, or describes the patients
    "Completely wankered after the half marathon, bed by 8",
    "Proper tanked my mock exam, back to revision",
    "A&E full of steaming drunk patients tonight, send coffee",
    # put off transport for another reason
    "Put off the train at Crewe because of flooding, stranded lol",
    # the writer as the one who helped
    "Someone asleep on a bench at the bus stop at 3am, called an ambulance to check on him",
])
def test_tiredness_patients_transport_trouble_and_helping_are_not_the_writer_drunk(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "Completely wankered by 9pm at the wedding",
    "Steaming drunk on the last train home, sorry to the guard",
    "Got thrown off the bus for singing with a can of cider lol",
])
def test_the_writers_own_drunkenness_is_still_reviewed(analyser, text):
    _reviewed(analyser, text, "alcohol")


@pytest.mark.parametrize("text", [
    "Had a cheeky quick line of fudge from the tin, diet starts Monday",
    "Raced my mate down the road to the chippy, on foot, I lost",
    "Going live from the car park at the school fair, come down",
    "Sorry for typos, I'm driving home later so writing this now",
])
def test_fudge_a_foot_race_a_car_park_and_driving_later_are_not_offences(analyser, text):
    _nothing(analyser, text)


@pytest.mark.parametrize(("text", "category"), [
    ("Quick line of coke in the loos before the speeches", "drugs"),
    ("Raced my mate down the A12 at midnight, hit 110", "driving"),
    ("Sorry for typos im driving", "driving"),
])
def test_the_writers_own_line_race_and_typing_at_the_wheel_are_still_reviewed(analyser, text, category):
    _reviewed(analyser, text, category)
