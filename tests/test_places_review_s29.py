"""Shapes of place reading an outside review found wrong (session 29): a compass-named part of a country after the
country's possessive, a province written before its country, a village its district or province owns, a possessive
province before a community the gazetteer lacks. Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_a_compass_part_of_a_country_is_no_town() -> None:
    text = "Insurgents stormed a farming village in Nigeria's North East on Tuesday, killing nine people."
    assert where(text) == ("Nigeria", None, None)


def test_a_compass_zone_of_a_country_is_no_province_abroad() -> None:
    text = "Gunmen shot dead eight travellers in Nigeria's South-South zone on Friday, police said."
    assert where(text) == ("Nigeria", None, None)


def test_a_province_before_its_country_is_the_province() -> None:
    text = "Separatist fighters killed four gendarmes in Far North Cameroon on Wednesday, a security source said."
    assert where(text) == ("Cameroon", "Far North", None)
    # one compass adjective before a country is its part, not the province so called (Uganda's Northern Region)
    text = "Rebels killed twelve civilians in Northern Uganda on Monday, officials said."
    assert where(text) == ("Uganda", None, None)


def test_a_province_with_an_accent_before_its_country() -> None:
    text = "Jihadists ambushed a patrol and killed three soldiers in Tillaberi Niger on Friday, the army said."
    assert where(text) == ("Niger", "Tillaberi", None)


def test_a_district_of_a_province_owning_a_zone_is_the_site() -> None:
    # "Awe" is a plain English word, a name here: a district the text gives with its kind word and its province
    text = "Gunmen shot dead three farmers in Awe LGA of Nasarawa's southern zone on Saturday, police said."
    assert where(text) == ("Nigeria", "Nasarawa", "Awe")


def test_a_province_owning_a_compass_part_is_no_town() -> None:
    text = "Bandits killed twelve villagers in Kaduna's southern senatorial district on Sunday, residents said."
    assert where(text) == ("Nigeria", "Kaduna", None)


def test_a_town_its_district_owns_is_the_site() -> None:
    text = "Attackers killed eight residents in Bokkos district's Mushere town on Monday, a community leader said."
    assert where(text) == ("Nigeria", "Plateau", "Mushere")


def test_a_province_possessive_before_an_unknown_community_gives_its_country() -> None:
    # Delta is also a Canadian town: the community it owns and no other country named make it Nigeria's state
    text = "Soldiers shot dead 17 people in Delta's Okuama community on Tuesday, residents said."
    assert where(text) == ("Nigeria", "Delta", "Okuama")
    # the country the text names wins over the state's
    text = "Gunmen killed four people in Delta's Okuama community in Canada on Tuesday, police said."
    assert where(text)[:2] != ("Nigeria", "Delta")


def test_a_place_far_from_a_capital_is_not_the_capital() -> None:
    text = "Jihadists killed 12 soldiers in a region 200 km north of Ouagadougou on Friday, security sources said."
    assert where(text) == ("Burkina Faso", None, None)


def test_a_distance_in_miles_far_from_a_town_is_not_the_town() -> None:
    text = "Gunmen killed seven travellers on a highway some 120 miles south of Kano on Tuesday, police said."
    assert where(text) == ("Nigeria", None, None)
    # a town the text names there stays the scene
    text = "Jihadists killed nine soldiers in Djibo, 200 km north of Ouagadougou, on Friday, security sources said."
    assert where(text) == ("Burkina Faso", "Sahel", "Djibo")


def test_a_compass_part_or_half_of_a_city_keeps_the_city() -> None:
    # a city named like its province: its "western part" or "eastern half" is the city's quarter
    text = "A car bomb killed eleven people in Kandahar's western part on Sunday, officials said."
    assert where(text)[2] == "Kandahar"
    text = "Shelling killed fifteen civilians in Homs's northern half on Sunday, medics said."
    assert where(text)[2] == "Homs"


def test_a_province_before_its_country_in_a_background_sentence_is_no_site() -> None:
    text = "Jihadists killed eight soldiers in western Niger on Sunday. Tahoua Niger traders closed their shops."
    assert where(text) == ("Niger", None, None)


def test_a_described_district_of_a_province_is_no_town() -> None:
    text = "Gunmen shot dead five traders in the Commercial district of Kaduna on Sunday, police said."
    assert where(text)[2] != "Commercial"


def test_a_province_possessive_community_in_a_text_pointing_elsewhere() -> None:
    # Delta is also a town of British Columbia: the RCMP places the text in Canada
    text = "The RCMP said a gunman shot dead three people in Delta's Annieville community on Sunday."
    assert where(text)[0] == "Canada"


def test_a_compass_part_before_its_country_is_no_town() -> None:
    text = "Insurgents killed seven fishermen in North East Nigeria on Sunday, officials said."
    assert where(text) == ("Nigeria", None, None)


def test_a_village_far_from_a_landmark_keeps_not_its_province() -> None:
    text = "Gunmen killed five traders in Kwatabu village, 180 km east of Ouagadougou, on Sunday, officials said."
    assert where(text)[1] != "Centre"


def test_more_wordings_of_a_far_landmark() -> None:
    text = "Jihadists killed ten soldiers in a region 150 km to the east of Ouagadougou on Sunday, sources said."
    assert where(text) == ("Burkina Faso", None, None)
    text = "Jihadists killed ten soldiers in an area some 180 kilometres from the capital, Niamey, on Sunday."
    assert where(text)[2] != "Niamey"
    text = "Gunmen killed five drivers on a road 300 km away from Kaduna on Sunday, police said."
    assert where(text) == ("Nigeria", None, None)


def test_the_countries_of_a_text_are_read_once_per_text() -> None:
    # the place scan asks them of the whole article for each possessive it reads: kept, not rescanned
    from worker.extract.named_countries import countries_named
    from worker.extract.places import _countries_pointed
    text = "Soldiers shot dead two people in Delta's Okuama community. " * 50 + "Nigerian police said."
    assert countries_named(text) is countries_named(text)
    assert _countries_pointed(text) is _countries_pointed(text)
    assert "Nigeria" in _countries_pointed(text)
