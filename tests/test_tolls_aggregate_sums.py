"""A toll or an arrest count summed over a period, a conflict, a regime's time or a rate (data/aggregates.csv,
data/aggregate_contexts.csv) is neither an incident of its own nor the toll of the incident told; a recalled attack
with its own day and toll stays an incident, and an event ranked among a period's keeps its toll. Every text is
written for these tests (real places and groups, invented events)."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import casualties, types


def _total(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence", [
    "An average of 14 people were shot dead per day in Guerrero in March, according to the state prosecutor.",
    "The Tuareg rebellion, which began in 2012 as a revolt in the north, has since claimed more than 9,000 lives.",
    "The Sendero insurgency in the 1980s and 1990s left nearly 30,000 people dead, a commission found.",
    "Police data show that 41 people were killed in stabbings in 2022, down from a record 57 the year before.",
    "At least 900 people were murdered in the city last year, police figures show.",
    "More than 800 protesters have been killed by the security forces since the coup, a monitoring group says.",
    "The junta has killed more than 2,000 people since it seized power, a rights group says.",
    "More than 18,000 people have been killed in the al-Shabaab insurgency.",
    "About 2,100 people were killed in gang violence in Honduras in 2022, the UN said.",
    "Gun crime killed 310 people in Scotland in the year to June, official statistics show.",
])
def test_a_sum_is_no_toll_and_no_event(sentence: str) -> None:
    assert _total(sentence) is None
    assert types.classify(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Authorities said more than 6,000 suspects had been detained since November.",
    "Kano has been tense since sectarian violence broke out between the two communities on June 4.",
])
def test_a_period_of_arrests_or_an_outbreak_long_ago_tells_no_event(sentence: str) -> None:
    assert types.classify(sentence) is None


def test_a_source_makes_a_sum_only_with_a_period_of_its_own() -> None:
    assert _total("At least 14 people were killed in the blast, according to official figures.") == 14
    assert _total("At least 140 people have been killed in the clashes so far, according to official figures.") is None


def test_an_event_ranked_among_the_years_keeps_its_toll() -> None:
    assert _total("Jihadists killed 16 soldiers near Djibo on Friday in the deadliest attack this year.") == 16
    assert _total("On Sunday the biggest drone attack of the war killed 19 people in Odesa.") == 19


def test_the_event_that_opened_a_period_keeps_its_toll() -> None:
    s = ("The army has hunted the group since March 2019, when its fighters raided a hotel in Bamako and killed "
         "19 guests.")
    assert _total(s) == 19


def _killed(incs: list[dict[str, Any]]) -> list[int | None]:
    return [i["killed"] for i in incs]


def test_a_countrys_year_is_no_incident(nlp: Any) -> None:
    incs = run(nlp, "Gunmen shot dead a shopkeeper in Tegucigalpa on Saturday, police said. About 2,100 people were "
                    "killed in gang violence in Honduras in 2022, the UN said.", published="2024-05-13")
    assert _killed(incs) == [1]


def test_a_conflicts_sum_is_not_the_lead_incidents_toll(nlp: Any) -> None:
    incs = run(nlp, "Troops killed 14 militants in Lower Shabelle on Saturday, the army said. In total, more than "
                    "18,000 people have been killed in the al-Shabaab insurgency.", published="2024-05-13")
    assert _killed(incs) == [14]


def test_a_regimes_sum_is_not_the_lead_incidents_toll(nlp: Any) -> None:
    incs = run(nlp, "Soldiers shot dead three protesters in Sagaing on Sunday. The junta has killed more than 2,000 "
                    "people since it seized power, a rights group says.", published="2024-05-13")
    assert _killed(incs) == [3]


def test_a_recalled_attack_with_its_own_toll_stays_beside_a_years_sum(nlp: Any) -> None:
    incs = run(nlp, "Gunmen killed two people in Bawku on Friday. In May 2022, gunmen killed 31 people in Kubwat, "
                    "in one of the worst attacks in the region. About 300 people were killed in clan violence in the "
                    "Upper East in 2021, the UN said.", published="2024-05-13")
    assert sorted(k for k in _killed(incs) if k) == [2, 31]
