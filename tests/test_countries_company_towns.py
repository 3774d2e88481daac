"""When only town names place a story, the country most of its names have a town in is meant, not the country of
the biggest namesake of one of them (company_towns): a Haitian village named like a French town, with a Haitian
town beside it, is the Haitian one. A country or demonym the text writes keeps its say. Fresh sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.company_towns import towns_by_country


@pytest.mark.parametrize("text, want", [
    # the scene's biggest namesake is abroad; the other town named lies only in the small namesake's country
    ("Gang members shot dead four people in Cavaillon on Saturday before fleeing towards Aquin, residents said.",
     ("Haiti", "Sud", "Cavaillon")),
    ("Three farmers were hacked to death in Paharpur on Tuesday, and the attackers escaped to Shibganj, police "
     "said.", ("Bangladesh", "Rajshahi", "Paharpur")),
])
def test_other_towns_choose_the_namesake(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, country", [
    # a demonym is no town's name: the clues' country stands
    ("A man stabbed two people in Cavaillon on Saturday before fleeing towards Aquin, French police said.",
     "France"),
    # one name alone: its biggest namesake, as before
    ("A man stabbed two people in Cavaillon on Saturday, police said.", "France"),
])
def test_written_country_or_lone_name_stands(text: str, country: str) -> None:
    assert where(text)[0] == country


def test_towns_by_country_counts_names_not_towns() -> None:
    count, alone = towns_by_country(["Cavaillon", "Aquin", "the"])
    assert count["Haiti"] == 2
    assert count["France"] == 1
    assert alone == {"Haiti": 1}  # Aquin is Haiti's alone; Cavaillon is France's and Haiti's


def test_names_many_countries_bear_keep_the_big_town() -> None:
    # Chile has a Victoria and a Lagos, but neither name is Chile's alone: Lagos, Nigeria stands
    assert where("Gunmen shot dead five traders in Victoria, about 12 km from Lagos, on Friday.")[:2] == \
        ("Nigeria", "Lagos")
