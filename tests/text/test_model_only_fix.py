"""A review only the text model raised gets advice to re-read and accept or remove, not "delete the post": on real
people's posts most model-only reviews are everyday wording (stop 37's realtext37: English review precision 0.20)."""

import json

import pytest
from typer.testing import CliRunner

from selfaudit.analysis.text_results import Hit, Verdict
from selfaudit.checks.text import MODEL_ONLY_FIX, _model_only_fix
from selfaudit.cli import app
from selfaudit.findings import Status

runner = CliRunner()


@pytest.mark.parametrize("check, category, reads_as", [
    ("post_offensive_language", "classifier", "offensive"),
    ("post_possible_offence", "offence_model", "an offence"),
    ("post_confidential_info", "confidential_model", "information about someone you know through work"),
])
def test_model_only_review_gets_the_reread_advice(check, category, reads_as):
    v = Verdict(status="review", confidence="medium", hits=(Hit(category, "model score 0.9"),))
    fix = _model_only_fix(check, Status.REVIEW, v)
    assert fix == MODEL_ONLY_FIX.format(reads_as=reads_as)
    assert "selfaudit accept" in fix and "delete it or limit it to friends" in fix


@pytest.mark.parametrize("status, hits", [
    (Status.REVIEW, (Hit("classifier", "model score 0.9"), Hit("threat", "i know where you live"))),  # a rule matched too
    (Status.REVIEW, (Hit("insult", "you muppet"),)),  # a rule alone
    (Status.FAIL, (Hit("classifier", "model score 0.99"),)),  # a fail keeps the check's advice
])
def test_a_rule_or_a_fail_keeps_the_checks_advice(status, hits):
    v = Verdict(status=status.value, hits=hits)
    assert _model_only_fix("post_offensive_language", status, v) is None


def test_nothing_to_tell_keeps_the_checks_advice():
    # No category at all (could not tell what raised it), or a check without model advice: the check's own fix.
    assert _model_only_fix("post_offensive_language", Status.REVIEW, Verdict(status="review")) is None
    v = Verdict(status="review", hits=(Hit("classifier", "model score 0.9"),))
    assert _model_only_fix("post_names_organisation", Status.REVIEW, v) is None


def test_through_the_cli_a_rule_fail_still_says_delete():
    r = runner.invoke(app, ["check", "text", "--json", "I will kill you"])
    [f] = json.loads(r.stdout)[0]["findings"]
    assert f["status"] == "fail" and f["fix"].startswith("Delete the post")


# review38b: the offence model's threat and identity heads flag "threat" and "discriminatory" (text._HEAD_CATEGORY), so
# a review those heads alone raised (the demo persona's "Still drunk from last night ... send help") kept "Delete the post".
@pytest.mark.parametrize("category, phrase, reads_as", [
    ("threat", "threat model score 0.78", "a threat"),
    ("discriminatory", "identity-attack model score 0.81", "discriminatory"),
])
def test_a_head_only_review_gets_the_reread_advice(category, phrase, reads_as):
    v = Verdict(status="review", confidence="medium", hits=(Hit(category, phrase),))
    assert _model_only_fix("post_offensive_language", Status.REVIEW, v) == MODEL_ONLY_FIX.format(reads_as=reads_as)


def test_a_threat_rule_beside_the_threat_head_keeps_the_checks_advice():
    v = Verdict(status="review", hits=(Hit("threat", "threat model score 0.78"), Hit("threat", "watch your back")))
    assert _model_only_fix("post_offensive_language", Status.REVIEW, v) is None


def test_through_the_cli_the_demo_threat_head_review_gets_the_reread_advice():
    r = runner.invoke(app, ["check", "text", "--json", "Still drunk from last night 🍺🍺🍺 send help. Work in 6 hours 💀"])
    [f] = [f for f in json.loads(r.stdout)[0]["findings"] if f["check"] == "post_offensive_language"]
    assert f["status"] == "review" and f["evidence"]["matched"] == ["threat model score 0.78"], f
    assert f["fix"].startswith("Only the text model raised this"), f
