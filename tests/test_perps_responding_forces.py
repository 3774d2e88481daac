"""A force that kills or fights the attackers answers the attack: with the armed men as its object ("security forces
killed the attackers", "troops shot dead four of the gunmen") it is no doer beside the named group (the gold names
the armed side; incidents-dev seed-2: "Police ... killed two Taliban militants ... in a shootout", perpetrators
TTP only). A force that fired on unarmed people still is."""
from __future__ import annotations

from functools import partial

import pytest

from tests.perps_support import story


doers = partial(story, published="2025-04-14")  # the perpetrators of each incident of a text


@pytest.mark.parametrize("text, group", [
    ("Al-Shabaab fighters stormed a guesthouse in Beledweyne on Sunday, killing seven guests before security forces "
     "killed the attackers.", "al-Shabaab"),
    ("JNIM militants raided a market in Djibo on Saturday, killing 14 traders, before troops shot dead four of the "
     "assailants in a shootout that ended the siege.", "JNIM"),
    ("Al-Shabaab fighters stormed a guesthouse in Beledweyne on Sunday, killing seven guests, before all five "
     "attackers were shot dead by police.", "al-Shabaab"),
])
def test_a_force_that_killed_the_attackers_is_no_doer(nlp, text: str, group: str) -> None:
    assert doers(nlp, text) == [[group]]


def test_a_force_that_fired_on_villagers_stays_a_doer(nlp) -> None:
    text = "Soldiers opened fire on villagers in Kishi on Saturday, killing six people, residents said."
    assert doers(nlp, text) == [["military"]]
