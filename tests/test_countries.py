"""The article's country weighed from every clue of the text (worker/extract/countries.py), on sentences written for
these tests: a demonym, a province, a town shared by several countries, a group, a dateline, nothing at all."""
from __future__ import annotations

import csv
from importlib import resources

import pytest

from worker.extract import countries, extract_incidents, places
from worker.extract.countries import Clue, decide, town_votes
from worker.extract.gazetteer import Place, groups
from worker.extract.geonames import country_names


def country(text: str, doc=None, title: str | None = None, dateline=None, focus=()) -> str | None:
    return countries.country_of(text, places.find(text, 0, len(text), doc), doc, dateline, focus, title)


@pytest.mark.parametrize("text, expected", [
    ("Nigerian troops repelled an attack on their base on Tuesday, killing nine insurgents.", "Nigeria"),
    ("The Somali government said militants stormed a hotel overnight, killing seven guests.", "Somalia"),
    ("Emirati officials said two workers died when a drone hit a fuel depot.", "United Arab Emirates"),
    ("Ivorian police said gunmen shot dead three customs officers at a checkpoint.", "Ivory Coast"),
])
def test_a_demonym_alone_names_the_country(text: str, expected: str) -> None:
    assert country(text) == expected


def test_a_plural_demonym_names_the_country() -> None:
    assert country("Two Somalis were shot dead at a checkpoint, witnesses said.") == "Somalia"
    assert country("The Sudanese police said three protesters died.") == "Sudan"  # no plural "Sudaneses"


def test_a_sponsor_s_or_a_border_s_demonym_is_no_clue() -> None:
    assert country("Iranian-backed fighters fired rockets at a base, killing two guards.") is None
    assert country("Shelling along the Afghan-Pakistani border killed three.") is None
    assert country("Shelling in Indian-administered Kashmir killed three.") == "India"


def test_a_town_ner_mislabels_counts_after_a_preposition(nlp) -> None:
    for text, expected in [("Police fired on protesters in Kasese, killing four.", "Uganda"),
                           ("Attackers killed nine villagers near Tillaberi on Sunday.", "Niger")]:
        assert country(text, nlp(text)) == expected


def test_a_country_named_like_a_plural_demonym_is_counted_once() -> None:
    assert [c.why for c in countries.demonym_clues("Floods hit the Philippines; Filipinos fled.")] == ["demonym"]


def test_a_province_alone_names_the_country() -> None:
    assert country("Four farmers were hacked to death in Balkh province late on Sunday.") == "Afghanistan"


def test_a_capital_names_its_country_before_any_namesake() -> None:
    # "Islamabad" is also an old name of a larger Bangladeshi city: a capital is its country's
    assert town_votes("Islamabad") == {"Pakistan": 1.0}
    assert country("A grenade attack on a police post in Islamabad wounded four officers.") == "Pakistan"


def test_a_town_several_countries_share_counts_for_little_alone() -> None:
    shared, unique = town_votes("Cambridge"), town_votes("Kano")
    assert max(shared.values()) < 0.5 and len(shared) > 2
    assert unique["Nigeria"] > 0.99


def test_a_shared_town_name_follows_a_second_clue(nlp) -> None:
    alone = "A man stabbed two passers-by in Cambridge on Saturday evening."
    agreed = "A man stabbed two passers-by in Cambridge on Saturday evening, Canadian police said."
    assert country(alone, nlp(alone)) == "United Kingdom"  # the most populous namesake when nothing else speaks
    assert country(agreed, nlp(agreed)) == "Canada"


def test_an_armed_group_names_its_home_country_weakly() -> None:
    assert country("Al-Shabaab fighters overran a military post at dawn, killing 11 soldiers.") == "Somalia"
    # a place the text names outweighs the group's home
    assert country("Al-Shabaab fighters crossed into Kenya and killed 11 quarry workers.") == "Kenya"


def test_nothing_points_to_a_country() -> None:
    assert country("Three people were killed when a bomb went off near a bus stop on Sunday.") is None


def test_a_border_country_is_not_where_the_event_is() -> None:
    text = "Nineteen herders were killed near the border with Cameroon in clashes with Boko Haram fighters."
    assert country(text) == "Nigeria"


def test_a_demonym_qualifying_a_place_says_whose_it_is(nlp) -> None:
    # "Kurdistan" alone is also an Iranian province; "Iraqi Kurdistan" is Iraq's (since data/places.csv has Iraq's
    # Kurdistan Region the place itself is Iraq's too); "Iranian Kurdistan" is Iran's
    text = "A car bomb exploded in Iraqi Kurdistan on Monday, killing three."
    assert country(text, nlp(text)) == "Iraq"
    text = "A car bomb exploded in Iranian Kurdistan on Monday, killing three."
    assert country(text, nlp(text)) == "Iran"


def test_many_demonyms_of_an_attacker_do_not_outvote_the_place() -> None:
    text = ("Israeli jets struck two villages in southern Lebanon, killing five. The Israeli army said the "
            "Israeli strikes hit Israeli-designated targets; Israeli officials gave no details.")
    assert country(text) == "Lebanon"


def test_a_country_inside_an_organisation_s_name_counts_less_than_the_place() -> None:
    text = ("Six villagers were killed by fighters of the Front for the Liberation of Uganda in Beni on Tuesday, "
            "in Beni territory.")
    assert country(text) == "Democratic Republic of the Congo"


def test_the_dateline_weighs_more_than_background_mentions() -> None:
    found = [Clue("Kenya", countries.DATELINE, 0, "dateline"),
             *(Clue("United States", 1.0, 400 + 100 * i, "country") for i in range(3))]
    assert decide(found) == "Kenya"


def test_the_incident_sentence_counts_over_the_rest() -> None:
    found = [Clue("Mali", 1.0, 10, "town"), Clue("France", 1.0, 300, "country"), Clue("France", 0.5, 320, "town")]
    assert decide(found) == "France"
    assert decide(found, focus=[(0, 120)]) == "Mali"


def test_the_headline_is_a_clue() -> None:
    text = "Rescuers said 12 people died when gunmen opened fire on a minibus outside the town."
    assert country(text) is None
    assert country(text, title="Gunmen kill 12 on minibus in Burkina Faso") == "Burkina Faso"


def test_a_person_named_like_a_country_is_no_clue(nlp) -> None:
    text = "Chad Thomas scored twice as the visitors won 3-1 in Glasgow on Saturday."
    assert country(text, nlp(text)) == "United Kingdom"


def test_a_town_ner_takes_for_a_person_counts_after_a_preposition(nlp) -> None:
    text = "Two people were killed when a shell hit a playground 20 km east of Kryvyi Rih on Sunday."
    doc = nlp(text)
    assert country(text, doc) == "Ukraine"


def test_the_incident_gets_the_country_its_demonym_names(nlp) -> None:
    text = "Gunmen killed six worshippers at a church in the village of Tangaye on Sunday, Burkinabe officials said."
    found = extract_incidents(text, nlp(text), "2024-05-06")
    assert found and found[0].country == "Burkina Faso"


def test_every_country_has_its_demonym_and_every_row_a_known_country() -> None:
    names = set(country_names().values())
    table = countries.demonyms()
    assert len(table) > 200
    assert set(table.values()) <= names
    assert {"Nigerian", "Yemeni", "Somali", "Afghan", "Congolese", "Burkinabe"} <= set(table)


def test_group_home_countries_name_groups_of_the_lexicon() -> None:
    known = {g.canonical for g in groups()[1].values()}
    text = resources.files("worker.extract").joinpath("data", "group_countries.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert rows and all(r["canonical"] in known and r["country"] in set(country_names().values()) for r in rows)


def test_a_province_name_several_countries_bear_leans_to_the_most_populous(nlp) -> None:
    # "Maryland" is a US state and a Liberian county: the text alone leans to the far larger one
    text = "Two police officers were shot dead outside a bar in Maryland late on Friday."
    assert country(text, nlp(text)) == "United States"
    votes = countries.province_votes(Place("Maryland", "admin1", "Liberia", "Maryland", None, None, source="geonames"))
    assert set(votes) == {"United States", "Liberia"} and votes["United States"] > 0.9


def test_where_people_went_or_came_from_weighs_less_than_where_it_happened(nlp) -> None:
    text = ("Gunmen killed nine farmers on Sunday in a village in northern Nigeria, police said, as refugees "
            "fled into Niger's Tahoua region.")
    assert country(text, nlp(text)) == "Nigeria"
    text = "Gunmen killed nine farmers on Sunday in a village of Niger's Tahoua region, police said."
    assert country(text, nlp(text)) == "Niger"
    text = "Soldiers killed five smugglers near a market in northern Cameroon; the wounded were flown to Chad."
    assert country(text, nlp(text)) == "Cameroon"


@pytest.mark.parametrize("text, expected", [
    ("Ecuadorian marines seized a speedboat and shot dead two smugglers, the navy said.", "Ecuador"),
    ("Uzbek soldiers fired on a lorry at a checkpoint, killing its driver.", "Uzbekistan"),
    ("Kyrgyz police said a fire at a hostel killed four students overnight.", "Kyrgyzstan"),
    ("Djiboutian coastguards said a migrant boat capsized, drowning 14 people.", "Djibouti"),
    ("Nepali officials said a landslide buried a bus, killing nine passengers.", "Nepal"),
])
def test_the_demonym_spellings_news_writes_name_the_country(text: str, expected: str) -> None:
    # countryinfo spells these "Ecuadorean", "Uzbekistani", "Kirghiz", gives Djibouti no demonym, and has "Nepalese"
    assert country(text) == expected


def test_demonym_variant_rules_add_no_false_spellings() -> None:
    from worker.extract.build_demonyms import variants
    assert variants("Ecuadorean", "Ecuador") == ["Ecuadorian"]
    assert variants("Chilean", "Chile") == [] and variants("Korean", "Korea") == []
    assert "Tajik" in variants("Tadzhik", "Tajikistan") and "Pak" not in variants("Pakistani", "Pakistan")
    assert variants("Djibouti", "Djibouti") == ["Djiboutian"]


@pytest.mark.parametrize("text, expected", [
    ("Burundian soldiers shelled a camp, killing eight Rwandan refugees, aid workers said.", "Rwanda"),
    ("Sudanese warplanes bombed a market on Friday, Chadian officials said.", "Chad"),
    ("Four fishermen were shot by Indian troops on Friday, Bangladeshi police said.", "Bangladesh"),
    ("Kenyan police shot dead three robbers in a shootout on Friday.", "Kenya"),  # alone, the actor still counts
])
def test_the_striking_side_s_demonym_yields_to_the_victims_or_speakers(text: str, expected: str) -> None:
    assert country(text, focus=[(0, len(text))]) == expected


@pytest.mark.parametrize("text, expected", [
    ("NIAMEY, Niger (AP) — Gunmen killed nine traders in Nigeria's Borno state on Tuesday, officials said.", "Nigeria"),
    ("AMMAN, Jordan (AP) — A car bomb killed six people in Iraq's Anbar province on Tuesday, police said.", "Iraq"),
    ("NIAMEY, Niger (AP) — Gunmen killed nine traders near a market on Tuesday, officials said.", "Niger"),
])
def test_a_bureau_dateline_yields_to_the_province_the_lead_puts_the_event_in(nlp, text: str, expected: str) -> None:
    found = extract_incidents(text, nlp(text), "2024-05-07")
    assert found and found[0].country == expected


def test_a_capital_a_bigger_foreign_town_shares_its_name_with_is_one_namesake_among_others() -> None:
    # Victoria of the Seychelles is far smaller than Victoria, British Columbia
    assert set(town_votes("Victoria")) > {"Seychelles", "Canada"}
    assert town_votes("Nairobi") == {"Kenya": 1.0}


@pytest.mark.parametrize("text, expected", [
    ("A driver rammed a bus shelter in Victoria on Friday, killing two, British Columbia police said.", "Canada"),
    ("A man shot two clerks at a bank in Georgetown on Friday, Texas state police said.", "United States"),
    ("A man shot two clerks at a bank in Georgetown on Friday, police said.", "Guyana"),  # no province named
])
def test_the_province_a_sentence_names_picks_the_town_s_namesake(nlp, text: str, expected: str) -> None:
    assert country(text, nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Militiamen killed twelve villagers in eastern Congo's Ituri province on Tuesday, an official said.",
     ("Democratic Republic of the Congo", "Ituri")),
    ("Gunmen killed six people in Pointe-Noire, Congo Republic, on Monday, police said.",
     ("Republic of the Congo", "Pointe-Noire")),
    ("Soldiers shot dead five protesters in Congo-Brazzaville on Friday, witnesses said.",
     ("Republic of the Congo", None)),
])
def test_congo_alone_is_the_drc_as_news_style_has_it(nlp, text: str, expected: tuple) -> None:
    """The bare name both Congos share goes to the more populous, as "Congolese" does; the neighbour is named
    "Congo Republic"/"Congo-Brazzaville"."""
    inc = extract_incidents(text, doc=nlp(text), published="2024-05-01")[0]
    assert (inc.country, inc.admin1 if expected[1] else None) == expected


@pytest.mark.parametrize("text, country", [
    # the dateline is where the reporter sits: the incident's sentence naming another country places the event
    ("DAKAR, Senegal (AP) — Jihadists attacked an army post in Mali on Sunday, killing seven soldiers.", "Mali"),
    ("KAMPALA, Uganda (AP) — Gunmen killed four aid workers in South Sudan on Sunday, officials said.", "South Sudan"),
    ("Johannesburg, South Africa (AP) — Gunmen killed four aid workers in northern Mozambique on Sunday, officials "
     "said.", "Mozambique"),
    # a dateline whose country the sentence also names stays; one the sentence does not contradict stays
    ("BAMAKO, Mali (AP) — Jihadists attacked an army post in Mali on Sunday, a week after a raid in Niger.", "Mali"),
    ("ABUJA, Nigeria (AP) — Gunmen killed seven farmers on Sunday, a Nigerien official said.", "Nigeria"),
])
def test_a_dateline_abroad_gives_way_to_the_event_sentences_country(text: str, country: str) -> None:
    from tests.place_cases import where
    assert where(text)[0] == country
