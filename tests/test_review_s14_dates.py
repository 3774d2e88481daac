"""Regression tests for the date defects of review s14: a pinned year in the future, an evening hour that is not the
event's, a same-day report timed after the hour, a term's end a "when" clause dates, a retelling of another case."""
from __future__ import annotations

from datetime import date

from worker.extract import extract_incidents
from worker.extract.dates import DateMention, in_the_evening, parse_published, past_years, reference_date
from worker.extract.followup_days import ends_a_term, retells


def _dates(text: str, published: str | None) -> list[str | None]:
    return [i.date for i in extract_incidents(text, None, published)]


def test_plan_year_pins_no_weekday_day() -> None:
    # 14 June is a Friday in 2024 and again in 2030: the plan's year is no candidate
    text = ("Bandits killed three villagers in Zamfara on Friday (June 14) 2024, officials said. "
            "The governor promised to end the crisis by 2030.")
    assert reference_date(text) == date(2024, 6, 14)
    assert _dates(text, None)[0] == "2024-06-14"
    assert past_years("Its Vision 2030 plan was launched in 2019; the 2035 target stays.") == [2019]


def test_only_a_plan_year_pins_nothing() -> None:
    text = ("Bandits killed three villagers in Zamfara on Friday (June 14), officials said. "
            "The state wants peace under its Vision 2030 plan.")
    assert reference_date(text) is None


def test_schedule_hour_is_not_the_events() -> None:
    assert not in_the_evening("Militants stormed a village in Borno, and the army ordered a lockdown from 8 p.m. "
                              "to 7 a.m.")
    assert not in_the_evening("Shops must close between 10 p.m. and dawn after the attack on the market.")
    assert in_the_evening("A car bomb went off at 9:30 p.m. near the checkpoint, killing two soldiers.")
    text = "Militants stormed a village in Borno, killing six, and the army ordered a lockdown from 8 p.m. to 7 a.m."
    assert _dates(text, "2024-07-10")[0] == "2024-07-10"


def test_report_timed_after_the_hour_is_same_day() -> None:
    late = parse_published("2024-07-10T22:50:00+02:00")
    assert late == date(2024, 7, 10) and late.minutes == 22 * 60 + 50  # type: ignore[attr-defined]
    sentence = "A grenade blast at 9 p.m. killed two people at a bar in Goma."
    assert not in_the_evening(sentence, late)
    assert in_the_evening(sentence, parse_published("2024-07-10T07:15:00Z"))
    assert in_the_evening(sentence, parse_published("2024-07-10"))


def test_until_day_with_when_clause_is_that_days_action() -> None:
    s = "The gunman had hidden in the forest until Thursday, when soldiers captured him."
    at = s.index("Thursday")
    m = DateMention("2024-07-04", "2024-07-04", at, at + len("Thursday"), False)
    assert not ends_a_term(s, m)
    s2 = "The court remanded him in custody until Thursday."
    at2 = s2.index("Thursday")
    assert ends_a_term(s2, DateMention("2024-07-11", "2024-07-11", at2, at2 + 8, False))


def test_until_when_arrest_keeps_its_day() -> None:
    text = ("Officials said the gunman wanted for the shooting of 4 villagers in Zamfara had hidden in the forest "
            "until Thursday, when he was arrested.")
    got = [(i.event_type, i.date) for i in extract_incidents(text, None, "2024-07-08")]
    assert ("arrest", "2024-07-04") in got


def test_retelling_of_another_case_is_not_the_followups() -> None:
    assert not retells("She had been detained on May 9 in a different fraud case.", "arrested")
    assert not retells("The suspect was charged on June 2 with a separate burglary.", "charged")
    assert not retells("He had already been arrested on May 9.", "arrested")
    assert retells("He was detained at a checkpoint on Tuesday, police said.", "arrested")
    assert retells("The woman was charged on Monday.", "charged")


def test_followup_not_dated_by_an_earlier_arrest() -> None:
    text = ("Police have arrested a woman suspected in Sunday's shooting at a bus station in Jos that killed 4 people. "
            "She had been detained on May 9 over an earlier theft and freed on bail.")
    got = _dates(text, "2024-07-10")
    assert "2024-05-09" not in got


def test_attack_told_in_a_funeral_report_keeps_its_day() -> None:
    text = "Hundreds of mourners attended a vigil on Sunday in Jos for four traders shot dead by bandits on Wednesday."
    assert _dates(text, "2024-07-09") == ["2024-07-03"]


def test_followup_alone_keeps_its_day() -> None:
    assert _dates("The victims of the bombing in Kano were laid to rest on Thursday.", "2024-07-09") == ["2024-07-04"]
    text = "Police on Saturday arrested two men suspected of killing five people in Kano on Tuesday."
    assert [(i.event_type, i.date) for i in extract_incidents(text, None, "2024-07-09")] == [("arrest", "2024-07-06")]


def test_objects_found_retell_no_body_found() -> None:
    assert not retells("Two pistols and a phone were recovered from his flat on Wednesday.", "found dead")
    assert retells("His body was recovered from a river on Wednesday.", "found dead")
