"""The town of the hospital or morgue where the wounded or the dead were taken ("the morgue in Nouna") is no scene,
but it lies in the scene's country as a rule: when nothing else tells the country, it does (before the spelling of
the scene's unknown name); where people fled tells nothing (countries.CARED, place_roles.cared_in). Fresh
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, country", [
    ("Jihadists killed seven civilians in Djibasso on Sunday. The bodies were brought to the morgue in Nouna.",
     "Burkina Faso"),
    ("Bandits killed seven people in an attack on a village on Tuesday. The bodies were taken to the morgue in Gusau.",
     "Nigeria"),
    ("Gunmen shot dead two herders on Monday. The wounded were rushed to a hospital in Garissa.", "Kenya"),
])
def test_the_care_town_tells_the_country(text: str, country: str) -> None:
    assert where(text)[0] == country


def test_the_care_town_is_no_scene() -> None:
    got = where("Gunmen killed four farmers in a village in Zamfara on Monday. The bodies were taken to the morgue in "
                "Sokoto.")
    assert got == ("Nigeria", "Zamfara", None)
