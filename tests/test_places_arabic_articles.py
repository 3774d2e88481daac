"""Arabic article forms match both ways ("Hawija" / GeoNames' "Al-Hawija"), and a province's possessive before a
district of it ("Kirkuk's Hawija district") names the province, not its capital town."""
from __future__ import annotations

from tests.place_cases import where
from worker.extract import geonames


def test_article_forms_both_ways() -> None:
    assert "al hawija" in geonames.article_forms("hawija")
    assert geonames.article_forms("ar rutba") == ["rutba"]
    assert geonames.article_forms("kabul") == ["al kabul", "el kabul"]
    assert geonames.article_forms("gao") == []


def test_a_district_without_its_article_is_found() -> None:
    assert any(s.country == "Iraq" for s in geonames.index().subdivisions_named("Hawija", level=2))


def test_a_province_owns_its_district() -> None:
    assert where("Militants shot dead five shepherds in Kirkuk's Hawija district on Thursday.") == \
        ("Iraq", "Kirkuk", "Hawija")


def test_a_city_owns_its_quarter() -> None:
    assert where("A blast killed nine worshippers in Kabul's Dasht-e-Barchi district on Friday.")[2] == "Kabul"
