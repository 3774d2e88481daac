"""In "the Salem District of Tamil Nadu" the name after "of" is the province that holds the district, not a
district of that name. Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import nlp
from worker.extract import places


def _mention(text: str, name: str) -> places.PlaceMention:
    return next(m for m in places.find(text, 0, len(text), nlp()(text)) if m.text == name)


def test_the_province_after_a_district_is_a_province() -> None:
    text = "Gunmen killed four farmers in a village in the Salem District of Tamil Nadu on Sunday, police said."
    m = _mention(text, "Tamil Nadu")
    assert not m.district and not m.named_kind
    assert m.place is not None and m.place.kind == "admin1" and m.place.country == "India"


def test_a_town_after_a_province_and_kind_is_still_the_town() -> None:
    text = "Rebels shelled the Aleppo town of Azaz on Monday, killing five civilians."
    m = _mention(text, "Azaz")
    assert m.named_kind and m.place is not None and m.place.kind == "city"
