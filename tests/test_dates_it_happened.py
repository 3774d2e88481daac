"""A sentence that opens with "It happened"/"It took place" tells the event just told again, and a verb of
happening before its day makes the day the event's, not the statement's ("It happened on Saturday, officials
said"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates, extract_incidents, happened_days
from worker.extract.scene_reference import points_back

MONDAY = "2024-05-06"


@pytest.mark.parametrize("sentence", [
    "It happened on Saturday, officials said.",
    "The ambush took place on Saturday, a spokesman said.",
    "It reportedly occurred on Saturday near Bama, the army said.",
])
def test_a_day_after_a_verb_of_happening_is_the_events(sentence: str) -> None:
    day = next(x for x in dates.find(sentence, date(2024, 5, 6)) if x.value == "2024-05-04")
    assert not day.reporting


def test_a_bare_statement_day_stays_a_statements() -> None:
    day = dates.find("On Saturday, officials said the road was closed.", date(2024, 5, 6))[0]
    assert day.reporting


@pytest.mark.parametrize("text", [
    "A bomb blast killed five soldiers in Borno state. It happened on Saturday, officials said.",
    "Gunmen killed four herders near Wase in Plateau state. It took place on Saturday night, residents said.",
])
def test_it_happened_dates_the_event_just_told(text: str) -> None:
    assert [i.date for i in extract_incidents(text, None, MONDAY)] == ["2024-05-04"]


def test_a_ranking_since_a_day_does_not_date_it() -> None:
    text = "A bomb blast killed five soldiers in Borno state. It was the deadliest attack since Saturday, when seven died."
    assert [i.date for i in extract_incidents(text, None, MONDAY)][:1] == [MONDAY]


@pytest.mark.parametrize("text", [
    # the review's texts: the day of another happening told in the retelling sentence
    "Gunmen killed five people in Kano, police said on Wednesday. This happened two days after a curfew was lifted on Monday.",
    "Gunmen killed five people in Kano, police said on Wednesday. It happened as residents were celebrating the end "
    "of Ramadan, which ended on Monday.",
    "Gunmen killed five people in Kano, police said on Wednesday. This took place in Sabon Gari, where a market was "
    "burned on Monday.",
    # fresh variants
    "Bandits killed nine farmers in Zamfara, officials said on Wednesday. It occurred while villagers were mourning "
    "a chief who died on Monday.",
    "A bomb killed four soldiers in Borno, the army said on Wednesday. This happened near a bridge that floods "
    "destroyed on Monday.",
])
def test_another_happenings_day_in_the_retelling_does_not_date_the_event(text: str) -> None:
    assert next(i.date for i in extract_incidents(text, None, "2024-05-06") if i.primary) == "2024-05-01"


@pytest.mark.parametrize("sentence,kept", [
    ("It happened on Saturday, officials said.", True),
    ("It reportedly took place late on Saturday near Bama.", True),
    ("This happened after the market closed on Saturday.", False),
    ("It took place in Gwoza, where troops arrived on Saturday.", False),
])
def test_only_the_opening_clause_gives_the_retold_day(sentence: str, kept: bool) -> None:
    day = next(x for x in dates.find(sentence, date(2024, 5, 6)) if x.value == "2024-05-04")
    assert happened_days.dates_the_event(sentence, day) is kept


@pytest.mark.parametrize("sentence,kept", [
    # any "-ly" adverb, which the scene rule always allowed, and "all", which the date rule always allowed
    ("It probably happened on Saturday, a witness said.", True),
    ("It all took place on Saturday near Dikwa.", True),
    ("It probably happened after the guards left on Saturday.", False),
])
def test_one_opening_serves_the_day_and_the_scene_rule(sentence: str, kept: bool) -> None:
    assert happened_days.retells(sentence) and points_back(sentence)
    day = next(x for x in dates.find(sentence, date(2024, 5, 6)) if x.value == "2024-05-04")
    assert happened_days.dates_the_event(sentence, day) is kept


def test_a_pronoun_without_a_verb_of_happening_does_not_retell() -> None:
    assert not happened_days.retells("It probably said on Saturday that the road was closed.")
    assert not points_back("It probably said on Saturday that the road was closed.")
