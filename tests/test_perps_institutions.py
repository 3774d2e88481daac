"""An institution named as the subject of a detention or a violence verb (a court, a ministry, a university:
data/role_words.csv institution_nouns) decided or spoke; it is no armed group. Every sentence is written for these
tests."""
from __future__ import annotations

from tests.perps_support import doers as who


def test_a_court_that_orders_detention_is_no_doer(nlp):
    assert who(nlp, "The Tverskoy District Court arrested three suspects in the shooting in Moscow.", "arrest") == []


def test_a_named_group_still_is(nlp):
    assert who(nlp, "The Zenga Liberation Front abducted three teachers in the town of Kiwa.", "abduction") == \
        ["Zenga Liberation Front"]
