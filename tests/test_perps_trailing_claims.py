"""A group that closes a sentence claiming the violence told before it (", al-Shabaab claimed", ", JNIM said,
claiming responsibility") is its doer when the parse gives that violence only to a generic noun ("gunmen",
"attackers"): a generic noun names no other doer, and a claim is no mere report. A doer the parse can name keeps the
trailing claim an allegation, and a state force that claims is a source. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.perps_support import doers


@pytest.mark.parametrize("sentence, group", [
    ("Gunmen ambushed a police patrol near Mandera on Monday and killed seven officers, al-Shabaab claimed.",
     "al-Shabaab"),
    ("Attackers overran an army post near Diffa on Tuesday, killing nine soldiers, the Islamic State group claimed "
     "in a statement.", "Islamic State"),
    ("Assailants killed nine soldiers near Menaka on Monday, JNIM said in a statement, taking credit for the ambush.",
     "JNIM"),
    ("Insurgents killed six soldiers in Damboa on Friday, ISWAP said, claiming responsibility.",
     "Islamic State West Africa Province"),
    ("Six soldiers died when militants raided a checkpoint near Kidal on Friday, the Islamic State group claims.",
     "Islamic State"),
])
def test_a_trailing_claimant_is_the_doer_of_generic_attackers(nlp, sentence, group):
    assert group in doers(nlp, sentence)


def test_a_trailing_claim_beside_a_named_doer_or_by_a_force_names_no_doer(nlp):
    assert "Fano" not in " ".join(doers(
        nlp, "Army helicopters strafed a market in Bahir Dar on Monday, killing 12 traders, the Fano militia claimed.",
        "air_strike"))
    assert doers(nlp, "Attackers killed four soldiers near Gao on Monday, the Malian army claimed.") == []
