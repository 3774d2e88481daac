"""A toll of a disease or a natural cause ("cholera killed 30 people", data/natural_causes.csv) is no security
incident, unless a violent cause is told with it. Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents


@pytest.mark.parametrize("text", [
    "Measles killed 17 children in three villages of Zamfara state last month, health officials said.",
    "Lassa fever has killed nine people in Ondo state since Monday, the health commissioner said on Friday.",
    "A cold snap killed six homeless men in Kabul on Tuesday, officials said.",
])
def test_a_disease_or_weather_toll_is_no_incident(text: str) -> None:
    assert extract_incidents(text, None, "2024-02-10") == []


def test_a_violent_toll_beside_a_disease_is_kept() -> None:
    incs = extract_incidents("Gunmen killed 12 villagers in Zamfara state on Monday, as a measles outbreak spread "
                             "through the camps.", None, "2024-02-10")
    assert incs and incs[0].killed == 12


@pytest.mark.parametrize(("text", "n"), [
    ("Militiamen killed nine herders in Djugu, Congo, on Tuesday in a feud over wells that the drought had dried.", 9),
    ("Insurgents killed 14 displaced people in Gwoza, Nigeria, on Tuesday who had fled famine in the north.", 14),
    ("Jihadists executed three aid workers in Kidal, Mali, on Tuesday for running a measles clinic.", 3),
])
def test_a_natural_cause_that_is_not_the_killer_keeps_the_attack(text: str, n: int) -> None:
    incs = extract_incidents(text, None, "2024-02-10")
    assert incs and incs[0].killed == n


def test_a_toll_of_those_who_died_of_a_disease_is_no_incident() -> None:
    assert extract_incidents("Forty children died of malnutrition in camps near Maiduguri last month, aid workers "
                             "said on Monday.", None, "2024-02-10") == []
