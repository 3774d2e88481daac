"""An event a sentence names by its year before the noun ("the 2015 Garissa university attack, in which ...") is a
history the news recalls: the year dates it, not the day of the gathering or statement the sentence tells.
Texts written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run


@pytest.mark.parametrize("text,year", [
    ("Survivors of the 2015 Garissa university attack, in which gunmen killed 148 students, met in Nairobi on "
     "Saturday.", "2015"),
    ("Relatives of the victims of the 2019 Christchurch mosque shootings, which killed 51 worshippers, gathered in "
     "Christchurch on Friday.", "2019"),
])
def test_a_history_named_by_its_year_is_dated_by_it(nlp: Any, text: str, year: str) -> None:
    assert [f["date"] for f in run(nlp, text)] == [year]


def test_an_event_of_its_own_keeps_its_day(nlp: Any) -> None:
    found = run(nlp, "Gunmen killed five farmers in Yelwata on Sunday, a year after the 2023 massacre in the village.")
    assert [f["date"] for f in found] == ["2024-04-28"]


def test_a_history_named_by_its_possessive_year_is_dated_by_it() -> None:
    """"2021's market bombing" names a history like "the 2021 market bombing": the blame's day is not its day."""
    from worker.extract import extract_incidents
    text = ("Gunmen shot dead nine miners near Kamituga, South Kivu, on Saturday. The army on Monday blamed the ADF, as "
            "it did for 2021's market bombing in Beni.")
    found = extract_incidents(text, None, "2025-06-04")
    assert [(i.date, i.primary) for i in found] == [("2025-05-31", True), ("2021", False)]
