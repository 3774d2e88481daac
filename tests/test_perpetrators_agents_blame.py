"""Perpetrators the text blames by other verbs than 'blame' and 'accuse': whom the police suspect, whom the
authorities hold responsible. Every sentence is written for these tests."""
from __future__ import annotations

from tests.perps_support import doers as who


def test_whom_the_police_suspect_or_hold_responsible_is_the_doer(nlp):
    assert who(nlp, "Police suspect the Kaleb sect of the killing of five traders in Murang'a.", "attack") == \
        ["Kaleb sect"]
    assert who(nlp, "Authorities held the Zanga militia responsible for the killing of six farmers in Kasese.",
               "attack") == ["Zanga militia"]


def test_a_responsibility_the_sentence_denies_is_no_charge(nlp):
    assert who(nlp, "Officials held the Zanga militia responsible for the killing of six farmers, which the militia "
               "denied.", "attack") == []
