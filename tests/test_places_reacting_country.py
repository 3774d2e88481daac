"""A country named as the subject of a reaction ("The United States condemned the attack") is a government
speaking from afar: it does not outvote the town the event is told in, even where that town has a namesake in the
reacting country (Odessa, Texas). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, country", [
    ("A drone hit an apartment block in Odessa on Thursday, killing three. The United States condemned the strike.",
     "Ukraine"),
    ("Rockets slammed into Odessa overnight, killing two residents. Britain strongly condemned the attack.",
     "Ukraine"),
])
def test_the_town_not_the_reacting_country(text: str, country: str) -> None:
    assert where(text)[0] == country


@pytest.mark.parametrize("text, country", [
    ("A drone hit a school in Odessa on Thursday, killing three. The United States and Britain condemned the strike.",
     "Ukraine"),
    ("Shelling killed two women in Odessa on Sunday. France, Germany and the United States denounced the attack.",
     "Ukraine"),
    ("A missile struck a market in Odessa on Friday, killing four people. Washington condemned the bombing.",
     "Ukraine"),
    ("A rocket hit a bus depot in Odessa on Monday, killing two drivers. Washington said it was appalled.",
     "Ukraine"),
])
def test_a_listed_country_or_a_capital_reacting_is_no_scene(text: str, country: str) -> None:
    """Every name of a reacting list and a capital standing for its government weigh a quarter
    (countries._reacts_after, _government_speaks)."""
    assert where(text)[0] == country
