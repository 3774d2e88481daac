"""A place named with its kind and then placed in a country ("the Ifo area of northeastern Kenya") is that
country's place of the name, or an unknown one there, never the gazetteer's namesake abroad. Fresh sentences
written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_a_kind_named_place_in_another_country_is_not_the_namesake() -> None:
    text = "Gunmen raided the village of Dagahley in the Ifo area of northeastern Kenya, killing three herders."
    assert where(text) == ("Kenya", None, "Dagahley")


def test_a_kind_named_place_in_its_own_country_stays_known() -> None:
    text = "Gunmen raided the Ifo area of Ogun State in southwestern Nigeria on Monday, killing three traders."
    assert where(text)[:2] == ("Nigeria", "Ogun")
