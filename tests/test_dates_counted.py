"""Days counted from a day the text told before ("The day before, ...", "Two days later, ..."). Sentences written
for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates, extract_incidents

WEDNESDAY = date(2025, 3, 5)
MONDAY = date(2025, 3, 3)


@pytest.mark.parametrize("sentence,day,past", [
    ("The day before, bandits abducted 20 villagers.", "2025-03-02", True),
    ("A day earlier, a bomb killed three soldiers in Maiduguri.", "2025-03-02", True),
    ("On the previous day, gunmen burned the market.", "2025-03-02", True),
    ("The next day, a bomb killed three soldiers.", "2025-03-04", False),
    ("A bomb killed three soldiers two days later in Maiduguri.", "2025-03-05", False),
])
def test_a_day_counted_from_the_day_told_before(sentence: str, day: str, past: bool) -> None:
    assert [(m.value, m.past) for m in dates.find(sentence, WEDNESDAY, MONDAY)] == [(day, past)]


@pytest.mark.parametrize("sentence", [
    "The attack came a day after gunmen killed five people.",  # counted from the event the phrase names
    "In the days before, tension rose in the town.",
    "The day before, bandits abducted 20 villagers.",  # no day told before it: nothing to count from
])
def test_no_day_counted_without_a_told_day_to_count_from(sentence: str) -> None:
    told = None if sentence.startswith("The day before") else MONDAY
    assert dates.find(sentence, WEDNESDAY, told) == []


def test_counted_beyond_the_article_is_no_day() -> None:
    assert [m.value for m in dates.find("Four days later, a bomb went off.", WEDNESDAY, MONDAY)] == [None]


@pytest.mark.parametrize("second,day", [
    ("The day before, bandits abducted 20 villagers and killed two in the town of Gusau in Zamfara State.",
     "2025-03-02"),
    ("The next day, a bomb killed three soldiers in Maiduguri.", "2025-03-04"),
])
def test_the_second_incident_counts_from_the_leads_day(second: str, day: str) -> None:
    text = "Gunmen killed five people in Kano on Monday, police said.\n\n" + second
    incs = extract_incidents(text, None, WEDNESDAY.isoformat())
    assert [i.date for i in incs] == ["2025-03-03", day]
