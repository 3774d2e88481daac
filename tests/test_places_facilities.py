"""Town-level places named through another: a facility named after its town ("an air strike hit Zabid market"), not a
people, a day or a name part; a village in a named district ("in X in Y Local Council"). Fresh sentences written
for this test."""
from __future__ import annotations

import pytest

from tests.place_cases import where, where_all


@pytest.mark.parametrize("text, country, city", [
    ("An air strike hit Zabid market on Friday, killing 14 shoppers, a local official said.", "Yemen", "Zabid"),
    ("A student at Jimma University said security forces killed three protesters on Monday.", "Ethiopia", "Jimma"),
    ("A suicide bomber killed nine worshippers at Beslan central mosque on Friday, officials said.", "Russia", "Beslan"),
])
def test_the_town_a_facility_is_named_after_is_the_incident_s(text: str, country: str, city: str) -> None:
    assert where(text)[::2] == (country, city)  # the first incident's (country, city): admin1 not asserted


@pytest.mark.parametrize("text", [
    "A gunman killed seven people at a Christian school on Monday, police said.",
    "A truck drove into the Christmas market on Friday, killing five shoppers, police said.",
])
def test_a_people_or_a_day_before_a_facility_is_no_town(text: str) -> None:
    assert all(city is None for _, _, city in where_all(text))


@pytest.mark.parametrize("text, city", [
    ("Ten people were killed in Ogbadibo-Ehaje in Otukpo Local Council of Benue State by gunmen.", "Ogbadibo-Ehaje"),
    ("Bandits killed six farmers in Tudun Bawa in Birnin Magaji Local Government Council on Sunday.", "Tudun Bawa"),
])
def test_a_place_in_a_named_district_is_a_village_of_it(text: str, city: str) -> None:
    assert where(text)[::2] == ("Nigeria", city)


def test_the_arabic_article_is_found_under_its_other_spellings() -> None:
    from worker.extract import geonames

    assert "jisr ash shughur" in geonames.article_spellings("jisr al shughur")
    assert "deir ez zor" in geonames.article_spellings("deir al zor")
    assert geonames.article_spellings("kabul") == []
    assert len(geonames.article_spellings("a al b al c al d al e al f")) <= 16  # bounded however many articles
    assert where("Rocket fire killed seven civilians in Jisr al-Shughur, Syria, on Tuesday.")[::2] == (
        "Syria", "Jisr al-Shughur")


def test_officers_killed_in_a_province_are_not_speakers_sitting_there() -> None:
    text = "Gunmen shot dead three customs officers in Kwara State on Monday, police said."
    found = [w[:2] for w in where_all(text)]
    assert found[:1] == [("Nigeria", "Kwara")]
    # a speaker's seat stays no scene
    text = "Gunmen killed four soldiers in Afgoye, officials in Mogadishu said."
    assert where(text)[::2] == ("Somalia", "Afgoye")
