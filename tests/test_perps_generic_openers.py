"""A generic doer noun that opens the sentence ("Gunmen", "Attackers") names nobody: its capital is the sentence's,
not a name's, so a group the sentence names only for another reason (whose funeral, whose commander) is no doer, as
with "a suicide bomber" or "gunmen" inside the sentence. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.perps_support import doers


@pytest.mark.parametrize("sentence", [
    "Attackers killed nine mourners at the burial of an al-Shabaab commander in Baidoa on Friday.",
    "Gunmen shot dead four guests at the wedding of a Taliban commander in Khost on Friday.",
    "On Friday attackers killed nine mourners at the burial of an al-Shabaab commander in Baidoa.",
])
def test_a_group_named_for_whose_gathering_it_was_is_no_doer_of_generic_attackers(nlp, sentence):
    assert doers(nlp, sentence) == []


def test_a_name_in_the_opening_doer_phrase_still_names_it(nlp):
    assert "al-Shabaab" in doers(nlp, "Al-Shabaab fighters killed nine mourners at a burial in Baidoa on Friday.")
