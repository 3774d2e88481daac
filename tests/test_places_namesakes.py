"""A town whose only namesake in the gazetteer lies in another province than the district the text places it in
is that district's town (the named hierarchy wins over population). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import places


@pytest.mark.parametrize("text, want", [
    # the gazetteer's only Tudun Wada lies in Kano State; Zaria LGA lies in Kaduna State
    ("Gunmen killed four residents of Tudun Wada in Zaria local government area on Sunday, police said.",
     ("Nigeria", "Kaduna", "Tudun Wada")),
    ("Suspected herders killed six people in Tudun Wada, Zaria LGA, on Sunday night.",
     ("Nigeria", "Kaduna", "Tudun Wada")),
    # the namesake of the named state, not the bigger one elsewhere
    ("Herders killed nine people in Yelwa, Kebbi State, on Monday.", ("Nigeria", "Kebbi", "Yelwa")),
    ("Gunmen killed three people in Dukku, a town in Niger State, on Monday.", ("Nigeria", "Niger", "Dukku")),
    # an unknown town placed in a region the text gives with its country's possessive
    ("An IED killed two soldiers in Kulbiyow in Somalia's Lower Jubba region on Monday.",
     ("Somalia", "Lower Jubba", "Kulbiyow")),
    # an unknown town that a verb of storming takes as its object, placed in a region
    ("At least 12 people were killed when jihadists stormed Gorgadji in northern Burkina Faso on Monday.",
     ("Burkina Faso", None, "Gorgadji")),
    # a monitoring service's bracket places the town in its province
    ("Five people were killed when gunmen attacked Dapchi [Yobe State] on Monday, the police said.",
     ("Nigeria", "Yobe", "Dapchi")),
    # a village placed in a sub-county (Kenya's unit below the county)
    ("Militants attacked a village in Garissa and killed a teacher. The attack happened at Saka Dima in Fafi "
     "sub-County.", ("Kenya", "Garissa", "Saka Dima")),
    # a town after a province's possessive that keeps its type word
    ("Two activists were shot dead in Cauca department's Suarez municipality on Sunday.",
     ("Colombia", "Cauca", "Suarez")),
    # a village named by its people; a people before "villagers" is no village
    ("Bandits killed 14 Gidan Dawa villagers in Zamfara State on Monday.", ("Nigeria", "Zamfara", "Gidan Dawa")),
    ("Herders killed seven Fulani villagers in Plateau State on Monday.", ("Nigeria", "Plateau", None)),
    # a town of the district's province keeps its own place
    ("Bandits killed eight villagers in Tudun Wada local government area of Kano State on Sunday.",
     ("Nigeria", "Kano", "Tudun Wada")),
])
def test_the_named_hierarchy_wins(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


def test_a_within_gives_the_province_to_choose_in() -> None:
    places.warm()
    m = places.PlaceMention(places.places().get("tudun wada"), "Tudun Wada", 0, 10, within="Zaria")
    assert places._within_province(m, "Nigeria") == frozenset({"kaduna"})
    assert places._within_province(m, "Niger") is None  # a region of another country says nothing
    assert places.localize([m], "Nigeria")[0].place is None  # no Tudun Wada of Kaduna: an unknown town there
