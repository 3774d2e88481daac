"""A roundup's later incidents: a paragraph that opens with its town ("In Bilozerka, a woman was killed") is placed
there even where NER reads the name as a person's; a town the gazetteer lacks ("Pyigyitagon Township") is given no
province the text does not say (a roundup may span provinces). Fresh texts written for these tests (real places,
invented events)."""
from __future__ import annotations

from tests.place_cases import where_all

_MANDALAY = ("A bomb exploded near a police station in Mandalay's Chanayethazan Township on Monday morning, wounding "
             "two policemen, residents said.\n\nThe blast damaged the station's gate and a nearby tea shop.\n\n"
             "In a second attack, gunmen shot dead a junta-appointed ward administrator in Pyigyitagon Township on "
             "Monday evening. No group claimed responsibility.")


def test_an_unknown_township_of_a_roundup_is_its_own_incident() -> None:
    found = where_all(_MANDALAY)
    assert len(found) == 2 and found[1][0] == "Myanmar" and found[1][2] == "Pyigyitagon"


def test_an_unknown_township_takes_no_province_from_the_lead() -> None:
    text = ("Soldiers shot dead two farmers near a checkpoint in Sagaing's Monywa Township on Monday, residents said."
            "\n\nIn a second attack, gunmen shot dead a village clerk in Pyigyitagon Township on Monday evening.")
    found = where_all(text)
    assert len(found) == 2 and found[1][1] != "Sagaing"


_KHERSON = ("Russian forces shelled 19 settlements in Kherson region over the past day, killing one civilian and "
            "wounding four, the regional governor said on Wednesday.\n\n"
            "In Bilozerka, a 61-year-old woman was killed on Tuesday evening when a Russian shell exploded in her "
            "yard.\n\nIn Beryslav, a Russian drone dropped an explosive on a tractor on Tuesday, injuring its driver.")


def test_a_paragraph_opening_with_its_town_is_placed_there() -> None:
    cities = [w[2] for w in where_all(_KHERSON)]
    assert "Bilozerka" in cities and "Beryslav" in cities


def test_one_incident_told_across_paragraphs_stays_one() -> None:
    text = ("Gunmen killed five people in an attack on a village in Zamfara State on Tuesday, police said. The "
            "attackers arrived on motorcycles and fired at residents gathered at a market.\n\nPolice spokesman Yazid "
            "Abubakar said the gunmen also burned several houses. Two other villagers were wounded in the attack and "
            "taken to hospital in Gusau.")
    assert len(where_all(text)) == 1
