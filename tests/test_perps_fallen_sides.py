"""Both sides of a clash between two armed groups are its perpetrators: the side whose men fell "in clashes with" a
side the parse names ("Nine Taliban fighters were killed in clashes with the NRF"), and a side named by whose men
fought ("between X militiamen and fighters of Y"), which is no looser affiliation of doers another group names. A
force that lost men stays out (state forces are named by the parse of what they did). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from tests.perps_support import doers


@pytest.mark.parametrize("sentence, sides", [
    ("Nine Taliban fighters were killed in clashes with the National Resistance Front in Panjshir on Sunday.",
     {"Taliban", "National Resistance Front"}),
    ("Twelve al-Shabaab militants were killed in fighting with Ahlu Sunna Wal Jama'a fighters near Guriel on Monday.",
     {"al-Shabaab", "Ahlu Sunna Wal Jama'a"}),
    ("Five M23 rebels died in clashes with CODECO militiamen near Bunia on Friday, a local official said.",
     {"M23", "CODECO"}),
    ("At least 14 ISWAP fighters were killed in a gunfight with Boko Haram fighters on an island in Lake Chad.",
     {"Islamic State West Africa Province", "Boko Haram"}),
    ("Fighting between anti-balaka militiamen and fighters of the Union for Peace in the Central African Republic "
     "in Bambari killed at least 20 people on Monday.",
     {"Anti-Balaka", "Union for Peace in the Central African Republic"}),
    ("Clashes between Fano militiamen and members of the Oromo Liberation Army near Dera killed 14 people on Sunday.",
     {"Fano", "Oromo Liberation Army"}),
])
def test_both_sides_of_a_clash_are_doers(nlp, sentence, sides):
    assert set(doers(nlp, sentence, "armed_clash")) == sides


def test_a_force_that_lost_men_or_a_group_struck_by_soldiers_adds_no_side(nlp):
    assert doers(nlp, "Seven soldiers were killed in clashes with Boko Haram near Bama on Tuesday.", "armed_clash") ==\
        ["Boko Haram"]
    assert doers(nlp, "Soldiers killed 20 Boko Haram fighters in clashes near Bama on Tuesday.",
                 "armed_clash") == ["Boko Haram"]


def test_doers_linked_to_a_network_give_way_to_the_claimant(nlp):
    assert doers(nlp, "Jihadists linked to al-Qaeda killed 12 soldiers near Gao, and JNIM claimed the attack.",
                 "attack") == ["JNIM"]


def test_a_label_whose_men_fell_is_no_side(nlp):
    assert doers(nlp, "Nineteen herders were killed near the border following clashes with Boko Haram jihadists who "
                      "tried to steal their cattle.", "armed_clash") == ["Boko Haram"]


def test_men_who_fell_while_others_clashed_are_no_side(nlp):
    got = doers(nlp, "Three members of the Movement for the Survival of the Ogoni People were killed when soldiers "
                     "clashed with cultists near Bori on Friday.", "armed_clash")
    assert "Movement for the Survival of the Ogoni People" not in got
