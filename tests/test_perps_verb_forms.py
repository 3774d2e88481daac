"""Verb lists match every regular form (verb_forms.py): the parse has no lemmatizer, so "strafed", "stabs" and
"torturing" must come from the listed verbs; a lexicon force named in a doer phrase is not also a category. Every
sentence is written for these tests."""
from __future__ import annotations

from tests.perps_support import doers as who, roles_of as parsed
from worker.extract import syntax, verb_forms


def test_regular_forms_follow_english_spelling():
    assert verb_forms.forms("stab") >= {"stabs", "stabbed", "stabbing"}
    assert verb_forms.forms("strafe") == {"strafe", "strafes", "strafed", "strafing"}
    assert verb_forms.forms("carry") == {"carry", "carries", "carried", "carrying"}
    assert verb_forms.forms("ambush") >= {"ambushes", "ambushed", "ambushing"}
    assert verb_forms.forms("killed") == {"killed"}  # a form already


def test_only_lists_marked_inflect_grow():
    lists = syntax.word_lists()
    assert {"strafed", "torturing", "stabs", "looting"} <= set(lists["violence_verbs"])
    assert "suspected" not in lists["blame_verbs"]  # "suspected militants": an adjective, the list keeps its forms


def test_the_subject_of_a_form_the_csv_does_not_write_is_the_doer(nlp):
    roles = parsed(nlp, "Al-Shabaab fighters were torturing prisoners in Jilib on Monday, a resident said.")
    assert any(r.role == syntax.AGENT and "Al-Shabaab" in r.text for r in roles)
    assert who(nlp, "Sudanese army helicopters strafed the village of Tawila on Tuesday, killing seven farmers.",
               "attack") == ["Sudanese Armed Forces"]


def test_craft_without_owner_is_no_group(nlp):
    assert who(nlp, "Helicopters strafed the village of Tawila on Tuesday, killing seven farmers.", "attack") == []
