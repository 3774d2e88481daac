"""Toponym resolution: namesakes ranked by the article's country, the provinces named with them and size."""
from __future__ import annotations

from worker.extract import extract_incidents
from worker.extract.gazetteer import Place
from worker.extract.toponyms import choose, provinces_named


def _town(country: str, admin1: str, population: int) -> Place:
    return Place("Amberton", "city", country, admin1, 1.0, 2.0, population, source="geonames")


def test_the_articles_country_beats_a_bigger_namesake_abroad():
    cands = [_town("Ardenia", "Northmark", 900_000), _town("Borduria", "Southfold", 2_000)]
    assert choose("Amberton", cands, "Borduria", frozenset()).country == "Borduria"
    assert choose("Amberton", cands, None, frozenset()).country == "Ardenia"  # no context: the biggest


def test_the_province_named_with_it_picks_among_namesakes_of_one_country():
    cands = [_town("Ardenia", "Northmark", 50_000), _town("Ardenia", "Eastvale", 3_000)]
    provinces = provinces_named([Place("Eastvale", "admin1", "Ardenia", "Eastvale", None, None)])
    assert choose("Amberton", cands, "Ardenia", provinces).admin1 == "Eastvale"


def test_a_name_known_only_abroad_is_an_unknown_town_reported_in_the_texts_spelling():
    cands = [_town("Ardenia", "Northmark", 900_000)]
    assert choose("Amberton", cands, "Borduria", frozenset()) is None
    assert choose("AMBERTON", cands, "Ardenia", frozenset()).name == "AMBERTON"


def test_a_town_the_project_file_lacks_gets_province_and_coordinates():
    found = extract_incidents("Gunmen killed five people at a bar in Uruapan on Sunday, Mexican police said.", None,
                              "2031-04-07")
    assert [(i.country, i.admin1, i.city) for i in found] == [("Mexico", "Michoacán", "Uruapan")]
    assert found[0].lat is not None and 19 < found[0].lat < 20


def test_a_province_capital_named_with_its_country_is_the_town():
    found = extract_incidents("A car bomb killed three soldiers in Siirt in southeastern Turkey on Tuesday, officials "
                              "said.", None, "2031-04-07")
    assert [(i.country, i.admin1, i.city) for i in found] == [("Turkey", "Siirt", "Siirt")]


def test_a_landmark_gives_way_to_the_town_it_locates():
    found = extract_incidents("A roadside bomb killed four soldiers near Baghdad on Sunday in the town of Tarmiyah, "
                              "police said.", None, "2031-04-07")
    assert [i.city for i in found] == ["Tarmiyah"]


def test_an_officials_seat_is_not_the_scene():
    found = extract_incidents("Rioters burned a police station in Haldwani on Thursday, killing two officers. "
                              "Nainital district magistrate Asha Rao ordered a curfew after the rioting.", None,
                              "2031-04-07")
    assert [i.city for i in found] == ["Haldwani"]


def test_a_province_named_with_its_type_word_is_the_province_even_when_a_town_shares_its_name():
    found = extract_incidents("An air strike hit a wedding party in Bakil al-Mir district of Hajjah province on "
                              "Monday, killing nine guests, local officials said.", None, "2031-04-07")
    assert [(i.country, i.admin1) for i in found] == [("Yemen", "Hajjah")]


def test_a_border_country_does_not_set_the_scene_but_a_demonym_does():
    found = extract_incidents("A bomb killed four shoppers on Monday at a market in Qarqin district of a northern "
                              "Afghan province on the border with Turkmenistan, officials said.", None, "2031-04-07")
    assert [i.country for i in found] == ["Afghanistan"]


def test_the_province_is_reported_as_the_text_spells_it():
    found = extract_incidents("Gunmen shot dead two traders in the town of Derna in eastern Libya's Darnah district "
                              "on Friday, a security source said.", None, "2031-04-07")
    assert found and found[0].country == "Libya"
    found = extract_incidents("Militants killed five soldiers on Sunday in Sirte, in Libya's Surt region.", None,
                              "2031-04-07")
    assert [i.admin1 for i in found] == ["Surt"]


def test_a_qualifying_place_gives_way_to_the_town_it_qualifies():
    found = extract_incidents("Shelling killed six civilians on Monday in the Aleppo town of Azaz, a monitor said.",
                              None, "2031-04-07")
    assert [i.city for i in found] == ["Azaz"]
    found = extract_incidents("Gunmen killed three miners on Tuesday in the village of Tessit, about 12 km from "
                              "Kidal, officials said.", None, "2031-04-07")
    assert [i.city for i in found] == ["Tessit"]


def test_a_demonym_picks_the_namesake_in_its_country():
    found = extract_incidents("Gunmen killed four farmers on Sunday in the Colombian town of Santa Rosa, police said.",
                              None, "2031-04-07")
    assert [i.country for i in found] == ["Colombia"] and found[0].admin1 is not None


def test_an_owner_is_not_part_of_a_district_name():
    found = extract_incidents("Gunmen shot dead a village head in Sivas's Gemerek district late on Monday, police "
                              "said.", None, "2031-04-07")
    assert [(i.country, i.admin1) for i in found] == [("Turkey", "Sivas")]
    assert "'s" not in (found[0].city or "")


def test_a_people_before_village_is_not_the_villages_name(nlp):
    text = "Police killed three protesters on Tuesday in the Sunni village of Sitra near the capital, officials said."
    found = extract_incidents(text, nlp(text), "2031-04-07")
    assert [i.city for i in found] == ["Sitra"]


def test_a_small_namesake_in_another_province_than_the_text_names_is_not_the_place():
    cands = [_town("Ardenia", "Northmark", 3_000)]
    provinces = provinces_named([Place("Eastvale", "admin1", "Ardenia", "Eastvale", None, None)])
    assert choose("Amberton", cands, "Ardenia", provinces) is None
    assert choose("Amberton", cands, "Ardenia", frozenset()) is not None


def test_a_town_known_only_abroad_placed_in_a_region_is_that_regions_town():
    found = extract_incidents("Gunmen killed nine villagers on Sunday at Lund in northern Burkina Faso, officials said.",
                              None, "2031-04-07")
    assert [(i.country, i.city) for i in found] == [("Burkina Faso", "Lund")]


def test_names_with_particles_are_whole_names():
    found = extract_incidents("A bomb killed two clerics in front of a mosque in Dasht-e Archi district of Kunduz "
                              "province on Friday.", None, "2031-04-07")
    assert [(i.admin1, i.city) for i in found] == [("Kunduz", "Dasht-e Archi")]


def test_an_incident_placed_in_a_province_only_has_the_provinces_point():
    found = extract_incidents("Militants killed five soldiers on Sunday in Libya's Surt region.", None, "2031-04-07")
    assert found and found[0].city is None and found[0].lat is not None and found[0].lon is not None


def test_a_port_or_community_named_with_its_kind_is_the_town():
    found = extract_incidents("Gunmen killed the harbour master of the port of Qandala on Monday, officials said.",
                              None, "2031-04-07")
    assert [i.city for i in found] == ["Qandala"]
    found = extract_incidents("Bandits killed eleven farmers on Sunday in Tudun Wada community of Zamfara State, "
                              "police said.", None, "2031-04-07")
    assert [(i.admin1, i.city) for i in found] == [("Zamfara", "Tudun Wada")]
