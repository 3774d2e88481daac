""""targeted Toumour village": a name with no article before its kind word, which no table knows as a people, is a
village's name even when NER calls it a people (NORP); "a Fulani village" stays a people's. Fresh sentences."""
from __future__ import annotations

from tests.place_cases import where


def test_bare_name_before_village_is_the_village() -> None:
    assert where("Gunmen killed 5 people in Diffa region. The attack targeted Toumour village, officials "
                 "said.")[1:] == ("Diffa", "Toumour")


def test_a_peoples_village_is_no_town() -> None:
    assert where("Gunmen attacked a Fulani village in Plateau State on Monday, killing six people.")[1:] == \
        ("Plateau", None)
