""""Two weeks earlier", "three weeks before": a time counted in weeks from a day the text told is about so far off,
not a day, so it names the month most days of its span fall in (as "two weeks ago" does). Texts written for these
tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

PUBLISHED = "2024-03-12"  # a Tuesday


@pytest.mark.parametrize("text, month", [
    ("Jihadists killed eight soldiers in an ambush near Menaka, Mali, on Sunday, the army said. Two weeks earlier, "
     "gunmen killed 11 herders in an attack on Anderamboukane.", "2024-02"),
    ("Al-Shabaab fighters killed four soldiers in an attack on a base in Hobyo, Somalia, on March 4. Three weeks "
     "before, a car bomb killed five people at a checkpoint in Galkayo.", "2024-02"),
])
def test_weeks_counted_from_a_day_name_its_month(text: str, month: str) -> None:
    found = extract_incidents(text, None, PUBLISHED)
    assert found[-1].date == month


@pytest.mark.parametrize("text, killed, day", [
    # a day counted after a weeks-earlier event counts on from that event's day, not from its month
    ("Militants killed six police officers in an attack on a post in Diffa, Niger, on Sunday, officials said. Three "
     "weeks earlier, gunmen killed nine fishermen near Bosso. A day later, the same group burned a market in "
     "Mainé-Soroa, killing two traders.", 2, "2024-02-19"),
    ("Gunmen killed five farmers in an attack on Mangu, Nigeria, on Monday, police said. Two weeks earlier, bandits "
     "killed seven villagers in Bokkos. Three days later, bandits burned houses in Barkin Ladi, killing four people.",
     4, "2024-02-29"),
])
def test_day_counted_after_weeks_keeps_its_day(text: str, killed: int, day: str) -> None:
    found = extract_incidents(text, None, PUBLISHED)
    assert [x.date for x in found if x.killed == killed] == [day]


def test_weeks_counted_near_the_first_day_do_not_crash() -> None:
    from datetime import date

    from worker.extract import dates
    found = dates.find("Three weeks earlier, raiders burned the granary.", date(1, 3, 1), date(1, 1, 25))
    assert all(x.value is None or x.value.startswith("0001") for x in found)


def test_a_fortnight_earlier_is_a_second_event_of_its_month() -> None:
    text = ("Gunmen killed seven worshippers in an attack on a mosque in Tillaberi, Niger, on Friday, officials said. "
            "A fortnight earlier, militants killed ten soldiers near Ayorou.")
    found = extract_incidents(text, None, PUBLISHED)
    assert sorted((x.killed, x.date) for x in found) == [(7, "2024-03-08"), (10, "2024-02")]
