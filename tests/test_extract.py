"""Per-field extraction on real-style news sentences (named cases), and the incident grouping."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import actors, casualties, dates, extract_incidents, types, weapons
from worker.pipeline import passages
from worker.extract.actors import specialise, target_categories

PUB = date(2023, 3, 6)  # a Monday


@pytest.mark.parametrize("sentence,killed,injured", [
    ("On January 30, a deadly suicide bombing killed more than 80 people, mostly police officials.", 80, None),
    ("Two paramilitary soldiers, one policeman and a sanitation worker were also killed in the attack.", 4, None),
    ("At least 13 people were wounded and two killed when gunmen opened fire at a party.", 2, 13),
    ("Gunmen stormed a market, killing five traders and wounding eight others, residents said.", 5, 8),
    ("The blast in 2013 killed nobody, officials said.", None, None),
    ("Four policemen were wounded on Monday when a roadside bomb struck their vehicle.", None, 4),
    ("Police fired live rounds, killing five; more than 30 people were treated for gunshot wounds.", 5, 30),
    ("However, no one else was hurt or injured in the blast.", None, 0),
    ("It was not immediately clear whether anyone was injured.", None, None),
])
def test_casualty_counts(sentence, killed, injured):
    k, _ = casualties.merge(casualties.counts(sentence, "killed"))
    i, _ = casualties.merge(casualties.counts(sentence, "injured"))
    assert (k, i) == (killed, injured)


def test_also_adds_to_the_first_figure_and_lower_bound_is_flagged():
    found = casualties.counts("The troops killed all three of them.", "killed") + \
        casualties.counts("Two soldiers were also killed.", "killed")
    assert casualties.merge(found) == (5, False)
    assert casualties.merge(casualties.counts("killing more than 80 people", "killed")) == (80, True)


@pytest.mark.parametrize("text,value", [
    ("Police on Monday killed two militants", "2023-03-06"),
    ("on February 17 before a counter-offensive", "2023-02-17"),
    ("In December last year, inmates seized a facility", "2022-12"),
    ("in Karachi's Malir district in May 2015", "2015-05"),
    ("through a magnetic bomb in 2013", "2013"),
    ("mastermind of last month's attack", "2023-02"),
])
def test_dates_resolve_against_published(text, value):
    assert dates.find(text, PUB)[0].value == value


def test_weekday_without_published_is_unknowable():
    assert dates.find("Police on Thursday claimed", None)[0].value is None


@pytest.mark.parametrize("sentence,expected", [
    ("The former minister died of a heart attack on Tuesday.", None),
    ("A fiery pace attack bowled the visitors out for 142.", None),
    ("The opposition called the budget financial terrorism.", None),
    ("A suicide bomber blew himself up at a mosque.", "suicide_bombing"),
    ("Police killed two militants in an encounter.", "armed_clash"),
    ("An Israeli drone strike hit a car near Naqoura.", "air_strike"),
    ("Gunmen abducted the village head and his family.", "abduction"),
])
def test_event_types_and_metaphors(sentence, expected):
    m = types.classify(sentence)
    assert (m.event_type if m and m.strong else None) == expected


def test_weapons_prefer_the_longer_name():
    names = [w for w, _, _ in weapons.find("police recovered a sub-machine gun, three hand grenades and explosives")]
    assert names == ["sub-machine gun", "hand grenade", "explosive material"]


def test_generic_group_name_becomes_the_branch_named_elsewhere():
    text = "Police killed two Taliban militants. The attack was claimed by the Pakistani Taliban."
    assert specialise(["Taliban"], text) == ["Tehreek-e-Taliban Pakistan"]


def test_police_as_speaker_is_not_a_target():
    cats, _ = target_categories(["Gunmen killed three villagers, police said."], "attack")
    assert cats == ["civilians"]


def test_background_incident_is_split_by_date_and_place():
    text = ("KARACHI: Police on Monday killed two militants in a shootout in Karachi, an official said.\n"
            "On January 30, a suicide bombing killed more than 80 people at a mosque in the northwestern city of Peshawar.\n")
    found = extract_incidents(text, None, "2023-03-06")
    assert [(i.primary, i.event_type, i.city, i.date, i.killed) for i in found] == [
        (True, "armed_clash", "Karachi", "2023-03-06", 2),
        (False, "suicide_bombing", "Peshawar", "2023-01-30", 80)]
    ev = found[0].evidence[0]
    assert text[ev.start:ev.end] == ev.text


def test_gate_and_no_incident_articles():
    assert passages("The central bank kept its policy rate unchanged, citing easing inflation.") == []
    assert passages("KABUL: A suicide bomber killed five people near the palace on Tuesday.") != []
    assert extract_incidents("Shares rallied as markets welcomed the decision.", None, None) == []


def test_statement_day_does_not_date_the_event():
    text = ("Six rioters were killed in the violence over the demolition, officials said Friday.\n"
            "More than 60 people were hurt Thursday as residents hurled stones at the police.\n")
    found = extract_incidents(text, None, "2024-02-09")
    assert len(found) == 1 and found[0].date == "2024-02-08" and found[0].killed == 6


def test_suburb_beats_the_metropolis_next_to_it():
    from worker.extract.places import PlaceMention, resolve
    from worker.extract.gazetteer import places
    t = places()
    loc, _ = resolve([PlaceMention(t["paris"], "Paris", 0, 5), PlaceMention(t["bondy"], "Bondy", 30, 35)], "France")
    assert loc.city == "Bondy"


def test_unknown_town_next_to_a_province_is_the_city():
    from worker.extract.places import PlaceMention, resolve
    from worker.extract.gazetteer import places
    loc, _ = resolve([PlaceMention(None, "Yajalon", 10, 17), PlaceMention(places()["chiapas"], "Chiapas", 40, 47)],
                     "Mexico")
    assert (loc.city, loc.admin1, loc.country) == ("Yajalon", "Chiapas", "Mexico")
    text = "A reporter was shot to death outside his home on Friday."
    assert [(i.event_type, i.killed) for i in extract_incidents(text, None, "2018-09-21")] == [("targeted_killing", 1)]


def test_ordinal_tallies_are_not_incidents():
    assert types.classify("He is at least the 10th journalist to be killed in Mexico this year.") is None


@pytest.mark.parametrize("text,name", [
    ("outside his home in Yajalon, a town in a jungle area", "Yajalon"),
    ("two suspects were arrested in Gurara Local Government Area (LGA)", "Gurara"),
    ("gunmen attacked Bagega village in Anka", "Bagega"),
])
def test_small_places_named_the_way_news_names_them(text, name):
    from worker.extract.places import find
    assert name in [m.text for m in find(text, 0, len(text), None)]


@pytest.mark.parametrize("sentence,group,agent", [
    ("Two paramilitary soldiers were killed in the attack claimed by the Pakistani Taliban.", "Tehreek-e-Taliban Pakistan", True),
    ("At least 10 people were killed when al-Shabaab fighters attacked a military base.", "al-Shabaab", True),
    ("He had also worked for Al Qaeda in the subcontinent (AQIS) in the past.", "al-Qaeda in the Indian Subcontinent", False),
])
def test_a_named_group_is_a_perpetrator_only_as_the_doer(sentence, group, agent):
    from worker.extract.actors import perpetrators
    names, _ = perpetrators([sentence], "attack")
    assert (group in names) == agent


def test_the_speakers_city_is_not_the_event_place():
    from worker.extract.places import find
    text = "A senior security official in Mogadishu said militants captured Janaale."
    assert "Mogadishu" not in [m.text for m in find(text, 0, len(text), None)]


def test_a_further_incident_is_its_own_incident():
    text = ("STOCKHOLM: A man was shot dead in Solna on Friday night, police said.\n"
            "In a further incident on Friday night, two teenagers were injured in a car chase in Stockholm.\n")
    assert len(extract_incidents(text, None, "2023-01-21")) == 2


def test_a_district_west_of_a_city_is_the_place():
    from worker.extract.places import find, resolve
    text = "Four members were captured in a raid in the Paghman district, an area to the west of Kabul."
    loc, _ = resolve(find(text, 0, len(text), None), "Afghanistan")
    assert (loc.city, loc.country) == ("Paghman", "Afghanistan")


def test_a_group_in_the_passive_is_not_the_doer():
    from worker.extract.actors import perpetrators
    assert perpetrators(["Four ISIS-K members were captured in a raid on Wednesday."], "arrest")[0] == []


def test_many_attacks_over_a_span_are_context():
    assert types.context("Since the withdrawal, the group has claimed several attacks against civilians.")
    assert not types.context("Several shootings and an explosion were reported in Stockholm on Friday night.")


# --- grouping: series, provinces, recalled events ------------------------------------------------------------------

def test_series_cues_split_same_day_events_and_keep_their_day():
    text = ("Israeli drones struck two targets in southern Lebanon this morning, killing one man in Bint Jbeil.\n\n"
            "A second drone struck a car near the village of Khiam, killing two people.\n\n"
            "Hezbollah responded with a barrage of rockets at an Israeli army post, the group said.")
    found = extract_incidents(text, None, "2024-06-03")
    assert [(i.event_type, i.city, i.date, i.primary) for i in found] == [
        ("air_strike", "Bint Jbeil", "2024-06-03", True),
        ("air_strike", "Khiam", "2024-06-03", True),
        ("shelling", None, "2024-06-03", False)]
    assert found[2].perpetrators == ["Hezbollah"]


def test_another_province_starts_another_incident():
    text = ("Rebels kidnapped two engineers in Cauca province on Monday, the army said.\n\n"
            "Four soldiers were kidnapped in the western Choco province last week, officials said.")
    found = extract_incidents(text, None, "2023-03-08")
    assert [(i.admin1, i.primary) for i in found] == [("Cauca", True), ("Chocó", False)]


def test_an_undated_recalled_event_is_its_own_incident():
    text = ("Police rescued three hostages and arrested two kidnappers in Kuje on Friday, the command said.\n\n"
            "The suspects confessed they had collected a ransom to release two victims earlier abducted at Bwari.")
    found = extract_incidents(text, None, "2023-01-28")
    assert [(i.event_type, i.city, i.date) for i in found][1] == ("abduction", "Bwari", None)


def test_headline_names_the_method_of_a_generic_lead():
    text = "Israel continued its attacks on vehicles in southern Lebanon this morning, killing one man in Khiam."
    plain = extract_incidents(text, None, "2024-06-03")
    titled = extract_incidents(text, None, "2024-06-03", title="Israeli Drone Strikes Kill One in South Lebanon")
    assert plain[0].event_type == "attack" and titled[0].event_type == "air_strike"
    assert titled[0].perpetrators == ["Israel Defense Forces"]  # the country that acts, for a state action


# --- places ---------------------------------------------------------------------------------------------------------

def test_route_ends_are_not_the_scene():
    text = ("On March 2, five militants were killed when police repulsed an attack on a prison van carrying detainees "
            "to Kohat from Bannu, officials said.")
    inc = extract_incidents(text, None, "2023-03-06")[0]
    assert (inc.admin1, inc.city) == ("Khyber Pakhtunkhwa", None)


def test_a_village_in_a_district_is_placed_in_the_district():
    text = ("Police arrested a suspected kidnapper with a locally made gun on Sunday after gunshots were heard around "
            "Tungan village, Kontagora LGA, the police command said.")
    assert extract_incidents(text, None, "2023-01-30")[0].city == "Kontagora"


def test_a_country_that_acts_is_not_the_scene():
    text = ("Israel said its jets struck a weapons depot in the Syrian town of Qusayr on Tuesday, killing three "
            "fighters.")
    inc = extract_incidents(text, None, "2023-03-08")[0]
    assert inc.country == "Syria"


# --- actors ---------------------------------------------------------------------------------------------------------

def test_state_forces_of_arrests_the_text_does_not_name():
    text = ("In a separate incident on Friday night, police officers stopped a car in Malmo and found a pistol and "
            "ammunition in it. They arrested three people.")
    inc = extract_incidents(text, None, "2023-01-21")[0]
    assert (inc.event_type, inc.perpetrators) == ("arrest", ["Swedish police"])


def test_the_non_state_side_of_a_clash_counts_when_it_loses_men():
    text = "On February 13, seven TTP militants were killed when police repulsed an attack on a checkpoint in Tank."
    assert extract_incidents(text, None, "2023-03-03")[0].perpetrators == ["Tehreek-e-Taliban Pakistan"]


def test_the_speaker_of_a_claim_is_the_doer():
    text = ("On Tuesday, ISIS said on its Telegram channel that the group captured and beheaded a Taliban fighter in "
            "Jalalabad.")
    inc = extract_incidents(text, None, "2021-10-06")[0]
    assert inc.perpetrators == ["Islamic State"]


def test_including_figures_are_part_of_the_first():
    found = casualties.counts("At least 13 civilians including two volunteers were killed in the north.", "killed")
    assert casualties.merge(found) == (13, True)


# --- dates ----------------------------------------------------------------------------------------------------------

def test_last_weekday_on_that_weekday_is_a_week_back():
    saturday = date(2023, 1, 28)
    assert dates.find("last Saturday it arrested a suspect", saturday)[0].value == "2023-01-21"
    assert dates.find("on Saturday it arrested a suspect", saturday)[0].value == "2023-01-28"


def test_statement_day_with_its_speaker_is_reporting():
    found = dates.find("On Wednesday, Taliban spokesman Zabihullah Mujahid said four men were captured.", PUB)
    assert found[0].reporting
    assert not dates.find("On Wednesday, gunmen killed four men.", PUB)[0].reporting


# --- not incidents: metaphors, science, opinion, modality, peaceful protest ---------------------------------------

@pytest.mark.parametrize("text", [
    "The restroom encounter left red marks all over my arm, but the manager did not care.",
    "The senator was under near-constant attack last month as a new front-runner.",
    "On Tuesday workers in New Orleans installed the four engines into the rocket's core stage.",
    "The exploded drawings in the manual are superb, especially for the gearbox.",
    "Several thousand teachers rallied at the Statehouse on Tuesday to call for better pay.",
    "His death was shadowed by conspiracy theories suggesting he was murdered in his cell on Saturday.",
    "With the protests exploding to new levels, Beijing is likely to deploy troops onto the streets.",
])
def test_trigger_words_without_a_security_incident(text):
    assert extract_incidents(text, None, "2019-11-19") == []


def test_a_protest_with_force_is_an_incident():
    text = "Police fired tear gas at thousands of protesters who marched on the parliament in Nairobi on Tuesday."
    assert [i.event_type for i in extract_incidents(text, None, "2019-11-19")] == ["protest"]


def test_what_witnesses_heard_does_not_set_the_method():
    text = ("Gunmen attacked a police post in Kismayo on Friday, killing three officers. Residents said they heard a "
            "loud explosion followed by a gun battle.")
    assert extract_incidents(text, None, "2015-09-19")[0].event_type == "attack"


def test_a_captured_town_is_a_change_of_control_of_its_own():
    text = ("Al-Shabaab fighters attacked an army base in Lower Shabelle on Friday, killing four soldiers.\n\n"
            "The militants later captured Afgooye after the troops withdrew, an official said.")
    found = extract_incidents(text, None, "2015-09-19")
    assert [(i.event_type, i.city) for i in found][1] == ("other", "Afgooye")


def test_an_uncertain_method_is_no_method():
    assert types.classify("It is unclear whether that explosion came from a suicide car bombing.") is None


def test_joined_reports_and_coordinated_places_are_separate_incidents():
    text = ("A man was shot dead in Malmo on Friday night in what police called gang violence.\n\n"
            "Shots were also reported in Rosengard and Lund, while there was a blast in the Husie district of Malmo.")
    found = extract_incidents(text, None, "2023-01-21")
    # the town in the text's spelling ("Malmo"), not the gazetteer's "Malmö"
    assert [(i.event_type, i.city) for i in found] == [("targeted_killing", "Malmo"), ("attack", "Rosengard"),
                                                        ("attack", "Lund"), ("bombing", "Malmo")]
    assert {i.date for i in found} == {"2023-01-20"}


def test_the_named_suspect_of_a_confession_is_the_perpetrator():
    sentences = ["According to police, the suspect confessed to killing a shopkeeper in Lyari in March 2014."]
    persons = ["Aamir Khan Baloch", "Aamir Baloch", "Shahid Ali"]
    article = "Aamir Baloch was arrested. Baloch said nothing. Police said Baloch confessed. Shahid Ali spoke."
    assert actors.confessed_by(sentences, persons, article) == ["Aamir Baloch"]
    assert actors.confessed_by(["Police said the shopkeeper was killed."], persons, article) == []
    assert actors.confessed_by(sentences, persons, "Aamir Baloch was arrested.") == []  # not about one person


@pytest.mark.parametrize("sentences,event_type,expected", [
    (["ISIS said the group captured and beheaded a Taliban fighter in Jalalabad."], "attack", ["Taliban"]),
    (["Police arrested four robbers and seized two pistols."], "arrest", ["criminals"]),
    (["Four ISIS-K members were captured in a Taliban raid."], "arrest", ["militants"]),
    (["A suicide bombing killed more than 80 people, mostly police officials, at a mosque."], "suicide_bombing",
     ["police"]),
    (["Militants attacked security forces and killed two soldiers, a police spokesperson said."], "attack",
     ["military"]),
])
def test_target_categories(sentences, event_type, expected):
    assert target_categories(sentences, event_type)[0] == expected


@pytest.mark.parametrize("sentence,killed,injured", [
    ("At least seven people, including two policemen, were killed and 15 others injured.", 7, 15),
    ("A drone attack killed three people and wounded 12 overnight.", 3, 12),
    ("A gunman killed four people and wounded seven before he was shot dead by a police officer.", 5, 7),
    ("The gunman killed three students and then shot himself.", 4, None),
])
def test_subjects_objects_and_subsets(sentence, killed, injured):
    k, _ = casualties.merge(casualties.counts(sentence, "killed"))
    i, _ = casualties.merge(casualties.counts(sentence, "injured"))
    assert (k, i) == (killed, injured)


def test_wire_dateline_with_a_date_and_places_named_by_their_kind(nlp):
    from worker.extract import segment
    text = ("KYIV, March 22 (Reuters) - A Russian drone attack on the city of Kharkiv killed three people overnight, "
            "the governor said on Friday.\n\nIn the southern region of Kherson, Russian shelling killed a man on "
            "Thursday, the regional administration said.")
    assert segment.dateline(text)[0] == "Kyiv"
    found = extract_incidents(text, nlp(text), "2024-03-22")
    assert [(i.event_type, i.city) for i in found] == [("air_strike", "Kharkiv"), ("shelling", "Kherson")]
    assert found[0].perpetrators == ["Russian military"]


def test_the_dateline_town_is_the_lead_s_and_other_towns_are_other_events(nlp):
    text = ("NAIROBI, June 25 (AP) — Police fired tear gas at thousands of protesters who stormed Kenya's parliament "
            "on Tuesday, killing five people.\n\nProtests were also reported in Mombasa and Kisumu, where "
            "demonstrators blocked roads and police fired tear gas.")
    found = extract_incidents(text, nlp(text), "2024-06-25")
    assert [i.city for i in found] == ["Nairobi", "Mombasa", "Kisumu"]


def test_a_shooting_of_many_is_an_attack():
    text = "Last month, nine labourers were shot dead by gunmen in Kech district, police said."
    assert extract_incidents(text, None, "2024-03-18")[0].event_type == "attack"


@pytest.mark.parametrize("text", [
    "At least 12 people were killed when a bus skidded off the road into a gorge in Mandi district on Sunday.",
    "Cyclone Remal killed at least five people in Bangladesh on Monday as it lashed the coast.",
    "Eleven workers were killed when a fire broke out at a paint factory in Delhi's Alipur area on Thursday.",
    "A court in London on Thursday sentenced a man to life for helping to plan the 2017 Manchester Arena bombing.",
])
def test_accidents_disasters_and_trials_are_not_incidents(text):
    assert extract_incidents(text, None, "2024-03-17") == []


def test_a_second_clause_with_another_method_is_another_event():
    text = ("Israeli airstrikes killed at least 20 Palestinians in the Gaza Strip on Saturday, health officials said, "
            "while Hamas fired rockets at southern Israel, the military said.")
    found = extract_incidents(text, None, "2024-03-16")
    assert [(i.event_type, i.perpetrators, i.date) for i in found] == [
        ("air_strike", ["Israel Defense Forces"], "2024-03-16"), ("shelling", ["Hamas"], "2024-03-16")]


def test_troops_who_kill_gunmen_in_a_raid_fought_them():
    text = "Israeli troops killed two Palestinian gunmen during a raid in the West Bank city of Nablus on Saturday."
    assert extract_incidents(text, None, "2024-03-16")[0].event_type == "armed_clash"
    passive = "Two police officers were shot dead by unidentified gunmen in Peshawar on Tuesday."
    assert extract_incidents(passive, None, "2024-03-19")[0].event_type != "armed_clash"


def test_a_targeted_killing_singles_someone_out(nlp):
    named = "Journalist Juan Perez was shot dead by gunmen in the city of Taxco on Wednesday, prosecutors said."
    unnamed = "Two police officers were shot dead by unidentified gunmen in Peshawar on Tuesday, police said."
    assert extract_incidents(named, nlp(named), "2024-03-20")[0].event_type == "targeted_killing"
    assert extract_incidents(unnamed, nlp(unnamed), "2024-03-20")[0].event_type == "attack"


def test_the_gate_lets_a_toll_through_without_an_event_word():
    text = ("Rebels from the Allied Democratic Forces killed at least 40 civilians with machetes in an overnight raid "
            "on the village of Mamove in North Kivu province, local officials said on Thursday.")
    assert passages(text)
    inc = extract_incidents(text, None, "2024-04-18")[0]
    assert (inc.killed, inc.perpetrators, inc.admin1, inc.city) == (40, ["Allied Democratic Forces"], "North Kivu",
                                                                      "Mamove")


def test_affiliations_seas_continents_and_towns_placed_in_a_region():
    text = ("Jihadists linked to al-Qaeda attacked a military post in Diafarabe in central Mali on Wednesday, killing "
            "12 soldiers. JNIM claimed the attack.")
    inc = extract_incidents(text, None, "2024-04-18")[0]
    assert (inc.perpetrators, inc.country, inc.city) == (["JNIM"], "Mali", "Diafarabe")
    sea = "Houthi rebels said on Tuesday they had fired missiles at a cargo vessel in the Red Sea."
    assert extract_incidents(sea, None, "2024-04-16")[0].city is None
    plague = "The Black Death pandemic killed an estimated 25 million people in Europe in the 14th Century."
    assert extract_incidents(plague, None, "2019-11-18") == []


def test_the_doer_after_by_is_no_victim():
    found, _ = target_categories(["A gunman killed four shoppers before he was shot dead by a police officer."],
                                 "attack")
    assert found == ["civilians"]
