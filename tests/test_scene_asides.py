"""A town named as a statement's seat ("the army said in a statement from X", "Addressing journalists in X, the
governor said ...") or as people's origin ("two herders from X were shot dead in Y", "who had travelled from X") is
not the scene when the incident names another town; alone it stays (review s17/14, s17/17). Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, city", [
    ("Jihadists killed six soldiers in Gwoza on Friday, the army said in a statement issued in Maiduguri.", "Gwoza"),
    ("Addressing journalists in Kaduna on Tuesday, the governor said bandits killed nine people in Birnin Gwari "
     "on Monday.", "Birnin Gwari"),
    ("Two herders from Sokoto were shot dead in Gusau on Wednesday.", "Gusau"),
    ("Four pilgrims, who had travelled from Jos, were killed by gunmen in Potiskum on Thursday.", "Potiskum"),
])
def test_seat_or_origin_gives_way_to_the_scene(text: str, city: str) -> None:
    assert where(text)[2] == city


def test_origin_gives_way_to_another_province() -> None:
    assert where("Two herders from Sokoto were shot dead in Zamfara state on Wednesday.")[1:] == ("Zamfara", None)


def test_an_origin_in_the_province_named_stays() -> None:
    assert where("Gunmen abducted twelve villagers from Kankara in Katsina state on Sunday.")[1:] == ("Katsina",
                                                                                                      "Kankara")


def test_an_origin_alone_stays_the_place() -> None:
    assert where("Gunmen abducted twelve villagers from Kankara on Sunday, police said.")[2] == "Kankara"


@pytest.mark.parametrize("text, want", [
    # the victims' home told with a pronoun ("most of them from X") is an aside; the assaulted village the scene
    ("Eleven people, most of them from Maiduguri, were killed when insurgents attacked Mairamri village in Borno State "
     "on Friday.", ("Nigeria", "Borno", "Mairamri")),
    ("Nine farmers, who were all from Lafia, were killed when herders raided Ugbagwa in Nasarawa State on Sunday.",
     ("Nigeria", "Nasarawa", "Ugbagwa")),
    # a name the gazetteer lacks as the object of an assault is given as the place, beside the traders' home town
    ("Twelve traders from Potiskum were killed when gunmen attacked Dankuraba in Yobe State on Monday.",
     ("Nigeria", "Yobe", "Dankuraba")),
])
def test_a_home_told_by_pronoun_gives_way_to_the_assaulted_village(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
