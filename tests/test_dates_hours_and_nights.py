"""Days counted in nights or in whole days of hours ("two nights ago", "72 hours ago", "24 hours earlier",
"forty-eight hours later") are days like "two days ago"; hours that make no whole day ("36 hours ago", "two hours
later") name no other day. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import dates, extract_incidents

TUESDAY = date(2024, 3, 12)


@pytest.mark.parametrize("text, published, day", [
    ("Gunmen killed four people in an attack on a bar in Cali 72 hours ago, police said.", "2024-03-12", "2024-03-09"),
    ("Police said Tuesday that four people were killed two nights ago at a bar in Cali.", "2024-03-12", "2024-03-10"),
    ("The police confirmed on Tuesday that gunmen killed a village head in Zamfara 24 hours earlier.", "2024-03-12",
     "2024-03-11"),
    ("Security sources said on Thursday that militants killed two soldiers at a checkpoint in North Sinai 48 hours earlier.",
     "2025-01-02", "2024-12-31"),
    ("A suicide bomber struck a funeral in Mogadishu forty-eight hours ago, killing nine mourners, officials said.",
     "2024-03-01", "2024-02-28"),
    ("Gunmen shot dead a lawyer outside a court in Karachi on Sunday, police said. Two nights later, another lawyer "
     "was wounded in Lahore.", "2024-07-02", "2024-06-30"),
])
def test_nights_and_whole_days_of_hours(text: str, published: str, day: str) -> None:
    assert primary_date(text, published) == day


@pytest.mark.parametrize("sentence, value", [
    ("Gunmen killed four people in Cali 72 hours ago.", "2024-03-09"),
    ("Gunmen killed four people in Cali twenty-four hours ago.", "2024-03-11"),
    ("Gunmen killed four people in Cali two nights ago.", "2024-03-10"),
    ("Gunmen killed four people in Cali 36 hours ago.", None),
    ("Gunmen killed four people in Cali a few hours ago.", None),
])
def test_hours_ago(sentence: str, value: str | None) -> None:
    assert next((x.value for x in dates.find(sentence, TUESDAY)), None) == value


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked the convoy, and two hours later soldiers arrived.",
    "Soldiers arrived 36 hours later.",
    "The army sealed the area within 24 hours.",
    "The curfew was lifted 48 hours after the attack.",
])
def test_no_day_counted(sentence: str) -> None:
    assert not [x for x in dates.find(sentence, TUESDAY, told=date(2024, 3, 10)) if x.value]


@pytest.mark.parametrize("text", [
    # a wounded victim who dies hours, nights or days later is the incident's dead, on the wounding's day
    "Unknown assailants stabbed and wounded a trader in Kano on Monday. He died in hospital 48 hours later, his "
    "brother said.",
    "An explosive device wounded a policeman in Quetta on Monday. The policeman succumbed to his injuries 72 hours "
    "later.",
    "Gunmen shot and wounded a councillor in Tijuana on Monday. She died of her wounds two nights later.",
    "Gunmen shot and wounded a councillor in Tijuana on Monday. She died of her wounds three days later.",
])
def test_a_later_death_of_the_wounded_counts(text: str) -> None:
    primary = [i for i in extract_incidents(text, None, "2024-06-14") if i.primary]
    assert [(i.date, i.killed) for i in primary] == [("2024-06-10", 1)]
