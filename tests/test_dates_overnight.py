"""An undated event told in the night ("overnight", "a pre-dawn raid", "at midnight") began the day before the
article's: the report was written after that night. A night the text dates ("Friday night", "last night"), a
schedule ("a curfew until midnight") or a place named after the night ("a night market") is no such night.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import dates

SATURDAY = "2025-03-08"


@pytest.mark.parametrize("sentence", [
    "Shelling overnight killed a family of five in the border town, officials said.",
    "Fighters stormed the barracks in a pre-dawn raid, killing four soldiers.",
    "The gunmen struck at midnight, setting fire to two houses.",
    "A night of clashes between rival gangs left nine people dead.",
    "Armed men attacked the camp late at night and abducted 12 girls.",
])
def test_a_night_sets_the_event(sentence: str) -> None:
    assert dates.at_night(sentence)


@pytest.mark.parametrize("sentence", [
    "A bomb exploded at a crowded night market in the old town.",
    "Gunmen attacked the camp on Friday night, killing three guards.",
    "Authorities imposed a curfew until midnight after the attack on the mosque.",
    "An overnight curfew was imposed on the town after the attack on the mosque.",
    "The attack on the convoy came at noon, and officials stayed up overnight to count the dead.",
    "Rebels attacked the convoy in the morning.",
    "Villagers now sleep in the bush at night for fear of raids.",
])
def test_no_night_of_the_event(sentence: str) -> None:
    assert not dates.at_night(sentence)


def test_an_undated_overnight_attack_is_the_day_before_the_article() -> None:
    text = "Shelling overnight killed a family of five in Kharkiv, officials said."
    assert primary_date(text, SATURDAY) == "2025-03-07"
    dawn = "Gunmen killed 14 villagers in a pre-dawn attack on a village in Kaduna State."
    assert primary_date(dawn, SATURDAY) == "2025-03-07"


def test_a_dated_night_keeps_its_day() -> None:
    text = "Shelling overnight on Thursday killed a family of five in Kharkiv, officials said."
    assert primary_date(text, SATURDAY) == "2025-03-06"
    market = "A bomb killed six people at a night market in Maiduguri, police said."
    assert primary_date(market, SATURDAY) == SATURDAY


@pytest.mark.parametrize("sentence", [
    "Rebels shelled the ferry terminal where the Midnight Star ferry docks, killing three porters.",  # a name
    "A gunman shot dead a chef in Lagos who had become an overnight celebrity on social media.",  # an idiom
    "Pirates, who often strike at night, seized a tanker off Bonny and killed two crew members.",  # a habit
    "Troops shelled the market at 3 p.m., killing eight traders who had queued overnight for fuel.",  # a daytime hour
    "Armed men killed a watchman whose shift had run overnight at the depot in Kano.",  # a relative clause's state
])
def test_a_night_word_that_times_no_event(sentence: str) -> None:
    assert not dates.at_night(sentence)


@pytest.mark.parametrize("sentence", [
    "Three civilians died in an overnight artillery barrage on the suburb, officials said.",
    "Militants, who struck at midnight, killed five guards at the depot.",
    "Overnight, gunmen torched 20 homes and killed four villagers in Bokkos.",
])
def test_a_night_word_that_times_the_event(sentence: str) -> None:
    assert dates.at_night(sentence)


def test_an_undated_event_at_a_named_night_bus_is_the_article_s_day() -> None:
    text = "Gunmen opened fire on the Midnight Rider coach near Lokoja, killing three passengers."
    assert primary_date(text, SATURDAY) == SATURDAY
