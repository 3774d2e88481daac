"""A first-level unit whose own towns far outnumber a foreign town of its name is the unit ("Virginia": the US state,
not South Africa's town); a bigger namesake town still wins ("Beni"). Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import nlp
from worker.extract import extract_incidents
from worker.extract.gazetteer import places


def test_a_big_province_is_read_before_a_foreign_town_of_its_name() -> None:
    assert (places()["virginia"].kind, places()["virginia"].country) == ("admin1", "United States")
    assert (places()["ontario"].kind, places()["ontario"].country) == ("admin1", "Canada")
    assert places()["beni"].country == "Democratic Republic of the Congo"


def test_a_town_followed_by_such_a_state_is_its_town() -> None:
    text = "A gunman shot dead two guards in Arlington, Virginia late on Friday, police said."
    found = extract_incidents(text, nlp()(text), "2031-05-02")
    assert found and (found[0].country, found[0].admin1, found[0].city) == ("United States", "Virginia", "Arlington")
