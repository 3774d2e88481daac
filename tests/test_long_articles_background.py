"""Long wire articles close with background: a conflict's or a year's total ("more than 7,000 people have been killed
since the insurgency flared up in 2004", "5,600 were killed in gang violence across Haiti last year"), the police's
answer to a crowd told after the lead, a dateline ended by a colon ("Mogadishu, 14 August:"), a prison fight told as
"inmates battled for hours". None of these is another incident, nor the toll or the day of the one told. Every text
is written for these tests."""
from __future__ import annotations

import datetime
from typing import Any

import pytest

from tests import recall_cases
from worker.extract import casualties, dates, toll_phrases


def _total(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence", [
    "More than 9,000 people have been killed since the insurgency in the northern provinces flared up in 2012.",
    "Over 3,000 civilians have died since the war in the region broke out.",
    "More than 200 inmates have been killed in prison riots across the country since early 2019.",
    "Some 1,200 people have been killed in the province since late 2020, officials say.",
    "The conflict, which began in March 2015, has killed more than 150,000 people, the UN says.",
    "The insurgency, which erupted in 2009, has killed over 40,000 people.",
    "More than 4,000 people were killed in cartel violence across Mexico last year, the report said.",
    "Around 800 people were killed in political violence throughout the country this year.",
])
def test_a_total_of_a_conflict_or_a_year_is_no_toll(sentence: str) -> None:
    assert _total(sentence) is None


@pytest.mark.parametrize("sentence,killed", [
    ("Gunmen who arrived on motorbikes killed 12 villagers in Zamfara state on Sunday.", 12),
    ("The attackers, who came from the forest, killed seven farmers near Djibo.", 7),
    ("A bomb killed four soldiers in Narathiwat on Monday, police said.", 4),
])
def test_an_event_with_a_relative_keeps_its_toll(sentence: str, killed: int) -> None:
    assert _total(sentence) == killed
    assert toll_phrases.aggregate_spans(sentence) == []


def test_a_long_article_ends_with_its_conflicts_total(nlp: Any) -> None:
    text = ("Two soldiers were killed and four wounded when a roadside bomb hit their patrol in Tanjung Mas district "
            "of Pattani province on Tuesday, police said. The soldiers were escorting rubber tappers. More than 6,500 "
            "people have been killed since the insurgency in the southern border provinces flared up in 2004, "
            "according to a monitoring group.")
    found = recall_cases.run(nlp, text, "2021-03-10")
    assert [(f["killed"], f["injured"]) for f in found] == [(2, 4)]


def test_a_prison_fight_told_as_inmates_battling_is_a_riot_of_its_day(nlp: Any) -> None:
    text = ("Inmates armed with knives and pistols battled for hours inside a prison in the northern state of Nuevo "
            "Leon late Friday, leaving at least 11 dead, officials said. By Saturday afternoon the toll had risen to "
            "14, the state security ministry said.")
    found = recall_cases.run(nlp, text, "2024-02-04")  # a Sunday
    assert [(f["event_type"], f["date"], f["killed"]) for f in found] == [("riot", "2024-02-02", 14)]


def test_the_polices_answer_to_a_crowd_is_the_same_event(nlp: Any) -> None:
    text = ("At least nine people were killed on Sunday in clashes between police and protesters in the city of "
            "Kisumu, officials said. Hundreds of protesters tried to storm a police station, and officers responded "
            "with tear gas and live ammunition, witnesses said. A teenager was among the dead, local media reported.")
    found = recall_cases.run(nlp, text, "2024-07-08")
    assert len(found) == 1 and found[0]["killed"] == 9


@pytest.mark.parametrize("sentence,value,reporting", [
    ("Mogadishu, 14 August: A bomb exploded at a tea shop on Tuesday evening.", "2024-08-14", True),
    ("Quetta, Aug 14: Gunmen killed four men on Monday.", "2024-08-14", True),
    ("KHULNA, Aug 14: A mob beat two men to death on Monday.", "2024-08-14", True),
    ("March 3: Gunmen killed five villagers.", "2024-03-03", False),  # a chronology's entry, no place before it
])
def test_a_dateline_ended_by_a_colon_is_the_days_filing(sentence: str, value: str, reporting: bool) -> None:
    first = dates.find(sentence, datetime.date(2024, 8, 14))[0]
    assert (first.value, first.reporting) == (value, reporting)


def test_the_lead_day_wins_over_a_colon_datelines_day(nlp: Any) -> None:
    text = ("Mogadishu, 14 August: A suicide bomber blew himself up at a tea shop in the Hodan district of Mogadishu "
            "on Tuesday evening, killing at least nine people, police said.")
    found = recall_cases.run(nlp, text, "2024-08-14")
    assert [f["date"] for f in found] == ["2024-08-13"]


def test_another_attack_joined_by_and_is_its_own_recalled_incident(nlp: Any) -> None:
    text = ("Gunmen killed six worshippers at a church in Kaduna state on Sunday, police said. In March a gunman killed "
            "12 people at a market in Zaria, and two days later another attack killed nine villagers in Kauru.")
    found = recall_cases.run(nlp, text, "2024-06-04")
    assert [(f["primary"], f["city"], f["killed"]) for f in found] == [
        (True, None, 6), (False, "Zaria", 12), (False, "Kauru", 9)]


def test_another_attack_joined_to_a_bombing_is_a_bombing_too(nlp: Any) -> None:
    text = ("A car bomb killed 14 people at a checkpoint in Kirkuk on Friday, officials said. Last year a suicide bomber "
            "killed 30 people in Baghdad, and two weeks later another attack killed 11 in Tikrit.")
    found = recall_cases.run(nlp, text, "2024-06-04")
    assert [(f["city"], f["event_type"]) for f in found] == [
        ("Kirkuk", "bombing"), ("Baghdad", "suicide_bombing"), ("Tikrit", "suicide_bombing")]


def test_another_attack_told_in_a_sentence_of_its_own_keeps_its_own_word(nlp: Any) -> None:
    text = ("A car bomb killed 14 people at a checkpoint in Kirkuk on Friday, officials said. Another attack in Mosul "
            "killed three policemen on Saturday.")
    found = recall_cases.run(nlp, text, "2024-06-04")
    assert [(f["city"], f["event_type"]) for f in found] == [("Kirkuk", "bombing"), ("Mosul", "attack")]


def test_another_victims_figure_after_and_stays_the_same_event(nlp: Any) -> None:
    found = recall_cases.run(nlp, "Bandits killed four farmers in Gusau, and another two were wounded, police said "
                                  "on Monday.", "2024-06-04")
    assert [(f["killed"], f["injured"]) for f in found] == [(4, 2)]


@pytest.mark.parametrize("sentence", [
    "Ten people died in the gun battle, among them a policeman; the other nine were gang members, officials said.",
    "Twelve were killed; four of them were soldiers, the army said.",
    "Six people died in the raid; the rest were wounded, police said.",
])
def test_a_breakdown_of_the_dead_after_a_semicolon_is_no_second_report(sentence: str) -> None:
    from worker.extract import segment
    assert len(segment.clauses(segment.Sentence(0, 0, 0, len(sentence), sentence))) == 1


@pytest.mark.parametrize("text,date", [
    ("Gunmen killed nine villagers in Bokkos, Plateau state, on Saturday, police said. Earlier in the week, on "
     "Tuesday, bandits killed four farmers in Mangu.", "2024-06-11"),
    ("A drone strike killed three people in Khiam on Sunday. Earlier this month, on June 3, an air strike on "
     "Nabatieh killed two.", "2024-06-03"),
])
def test_a_recalled_period_narrowed_by_its_day_dates_the_recalled_event(nlp: Any, text: str, date: str) -> None:
    found = recall_cases.run(nlp, text, "2024-06-16")
    assert [(f["primary"], f["date"]) for f in found][1:] == [(False, date)]


def test_the_early_hours_after_a_late_night_are_the_same_event(nlp: Any) -> None:
    text = ("Nine inmates were killed during a riot at a prison in the state of Amazonas late on Saturday, officials "
            "said. Three guards were taken hostage before police units retook control early on Sunday.")
    found = recall_cases.run(nlp, text, "2024-03-10")
    assert [(f["event_type"], f["date"], f["killed"]) for f in found] == [("riot", "2024-03-09", 9)]


def test_a_morning_after_a_day_told_without_its_night_is_another_event(nlp: Any) -> None:
    text = ("Gunmen killed nine people in a village in Kaduna state on Friday, police said. Early on Saturday, "
            "bandits abducted 30 students from a school in Kuriga.")
    found = recall_cases.run(nlp, text, "2024-03-09")
    assert [(f["event_type"], f["date"]) for f in found] == [("attack", "2024-03-08"), ("abduction", "2024-03-09")]


@pytest.mark.parametrize("text,killed", [
    ("Russian glide bombs hit a factory in Kherson on Monday afternoon, killing six people, the governor said. The "
     "toll rose to 8 by evening as rescuers pulled two more bodies from the rubble.", 8),
    ("A missile hit a market in Kharkiv on Saturday, killing five people, officials said. The death toll rose to "
     "eight on Sunday as rescuers found three more bodies under the debris.", 8),
])
def test_a_revised_toll_with_the_deaths_it_adds_is_the_toll(nlp: Any, text: str, killed: int) -> None:
    found = recall_cases.run(nlp, text, "2024-03-12")
    assert [f["killed"] for f in found] == [killed]


@pytest.mark.parametrize("sentence,injured", [
    ("The toll rose to 15 after three of the wounded died at a hospital in Maiduguri, where about 30 others were being "
     "treated.", 30),
    ("The injured were taken to the district hospital in Bannu, where 12 people were being treated.", 12),
    ("Four suspects were being treated as witnesses, police said.", None),
    ("Two of the wounded died in hospital, an official said, adding that 18 others were still being treated.", 18),
])
def test_the_wounded_being_treated_where_a_hospital_was_named(sentence: str, injured: int | None) -> None:
    assert casualties.merge(casualties.counts(sentence, "injured"))[0] == injured


@pytest.mark.parametrize("sentence,killed", [
    ("The fighting, which erupted on Sunday between two armed factions near the port, has killed at least 19 people.", 19),
    ("The clashes, which began on Thursday night after a chief was arrested, have left 23 dead, medics said.", 23),
])
def test_a_relative_that_dates_a_days_clash_keeps_its_toll(sentence: str, killed: int) -> None:
    assert _total(sentence) == killed


@pytest.mark.parametrize("sentence,killed", [
    ("Bandits killed 31 people across four villages in Zamfara state last month, officials said.", 31),
    ("Militiamen killed 12 people throughout the town of Djugu on New Year's Eve last year, a pastor said.", 12),
])
def test_one_raid_across_villages_last_month_keeps_its_toll(sentence: str, killed: int) -> None:
    assert _total(sentence) == killed


def test_early_hours_that_add_their_own_dead_are_another_event(nlp: Any) -> None:
    text = ("Bandits stormed a village in Katsina state late on Friday, killing 14 people. Troops reached the area "
            "early on Saturday and engaged the bandits, killing nine of them.")
    found = recall_cases.run(nlp, text, "2024-03-10")
    assert sum(f["killed"] or 0 for f in found) == 23


@pytest.mark.parametrize("text,city,day", [
    ("A car bomb killed 22 people in Mosul on 3 May, and two days later another blast killed 9 in Kirkuk.",
     "Kirkuk", "2024-05-05"),
    ("Gunmen killed six in Quetta on 1 May, and a week later another attack killed 11 in Turbat.", "Turbat",
     "2024-05-08"),
])
def test_a_clause_counted_later_is_dated_from_the_day_before_it(nlp: Any, text: str, city: str, day: str) -> None:
    found = recall_cases.run(nlp, text, "2024-05-20")
    assert [f["date"] for f in found if f["city"] == city] == [day]


def test_one_and_another_bomber_of_a_twin_bombing_are_one_event(nlp: Any) -> None:
    text = ("Two suicide bombers hit a bus station in Gwoza on Friday morning: one detonated her vest at the gate, and "
            "another bomber blew herself up inside the station minutes later, killing 15 people, police said.")
    found = recall_cases.run(nlp, text, "2024-06-09")
    assert [(f["city"], f["killed"]) for f in found] == [("Gwoza", 15)]
