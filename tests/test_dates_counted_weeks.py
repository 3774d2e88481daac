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
