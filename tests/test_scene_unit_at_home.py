"""A name whose towns all lie abroad but that a first-level unit of the article's country bears is that unit
("Victoria" of an Australian story: the state, not Hong Kong's district); a country's own town of the name still
wins. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.gazetteer import places
from worker.extract.place_mention import PlaceMention
from worker.extract.scene_choice import localize


@pytest.mark.parametrize("text", [
    "A drunk gunman killed two men outside a bar in Victoria on Friday, Australian police said.",
    "Two hikers were shot dead in Victoria, Australia, late on Friday.",
])
def test_the_state_of_the_articles_country(text: str) -> None:
    assert where(text) == ("Australia", "Victoria", None)


def test_a_unit_whose_name_is_a_town_abroad_by_another_name() -> None:
    # "Edo" is an old name of Tokyo in the gazetteer; in a Nigerian story it is the state
    abroad = places().candidates("Edo")[0]
    assert abroad.country == "Japan"
    got = localize([PlaceMention(abroad, "Edo", 10, 13, locative=True)], "Nigeria")
    assert got[0].place is not None and (got[0].place.kind, got[0].place.admin1) == ("admin1", "Edo")


def test_a_town_of_the_articles_country_is_kept() -> None:
    assert where("A gunman killed four people in Victoria, British Columbia, on Sunday.") \
        == ("Canada", "British Columbia", "Victoria")
