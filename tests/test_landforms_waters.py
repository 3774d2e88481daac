"""Waters named after places (landforms.water_spans): their names are no mention of the place."""
import pytest

from worker.extract.landforms import in_water, water_spans


@pytest.mark.parametrize("text, water", [
    ("Pirates boarded a tanker in the Gulf of Guinea on Monday.", "Gulf of Guinea"),
    ("Boko Haram fighters killed nine fishermen on Lake Chad near Baga.", "Lake Chad"),
    ("A drone hit a bulk carrier in the Red Sea on Tuesday.", "Red Sea"),
    ("Two fishermen were shot in the Bay of Bengal off Cox's Bazar.", "Bay of Bengal"),
    ("A mine struck a freighter in the Strait of Hormuz.", "Strait of Hormuz"),
    ("On Lake Victoria, police recovered four bodies.", "Lake Victoria"),
    ("A ferry was shelled in the Sea of Azov.", "Sea of Azov"),
])
def test_water_names(text: str, water: str) -> None:
    spans = water_spans(text)
    assert [text[a:b] for a, b in spans] == [water]
    a = text.index(water)
    assert in_water(spans, a + len(water) - 4, a + len(water))  # its last word, the place's name, lies inside


@pytest.mark.parametrize("text", [
    "Gunmen killed six people in Port Sudan, the capital of Red Sea State.",  # a province named after the water
    "Militants attacked a village by a lake in Chad on Sunday.",  # the country itself
    "Soldiers killed four insurgents in Bama and Gwoza on Friday.",
])
def test_not_water(text: str) -> None:
    assert water_spans(text) == []
