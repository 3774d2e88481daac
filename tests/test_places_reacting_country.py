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
