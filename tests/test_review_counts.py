"""Regressions of an outside review of counts and dates (issue #13): feed zero timestamps, deaths "at the hands of"
a group, attackers shot by the police, implausible tolls, named victims in the active voice. Fresh sentences."""
from __future__ import annotations

from datetime import date

from worker.extract import casualties, dates, types


def test_feed_zero_timestamp_is_no_publication_date() -> None:
    # Go/.NET and Unix zero timestamps mean "unset"; a real date still parses
    assert dates.parse_published("0001-01-01T00:00:00Z") is None
    assert dates.parse_published("1970-01-01T00:00:00Z") is None
    assert dates.parse_published("2025-07-14T09:30:00Z") == date(2025, 7, 14)


def test_day_after_a_statement_of_year_one_does_not_overflow() -> None:
    found = dates.find("Officials said Monday, the day after a bomb exploded in Mosul.", date(1, 1, 1))
    assert [m.value for m in found] == ["0001-01-01"]


def test_deaths_at_the_hands_of_a_group_trigger_an_attack() -> None:
    for text in ("Seven herders perished at the hands of armed raiders near Mopti on Friday.",
                 "Nine policemen lost their lives at the hands of insurgents in Cabo Delgado."):
        match = types.classify(text)
        assert match is not None and match.event_type == "attack"


def _one(sentences: list[str], kind: str) -> int | None:
    return casualties.merge([c for s in sentences for c in casualties.counts(s, kind)])[0]


def test_attackers_shot_by_police_are_not_wounded_victims() -> None:
    told = ["Raiders killed three shopkeepers at a market near Gao on Friday.",
            "Soldiers returned fire and shot six raiders, a spokesman said."]
    assert casualties.shot_not_killed(told, 3) is None
    # the victims shot still give the wounded: 9 shot, 3 dead
    assert casualties.shot_not_killed(["A sniper shot nine commuters at a bus stop; three of them died."], 3) == 6


def test_police_shooting_suspects_is_no_wound_toll() -> None:
    assert casualties.shot_not_killed(["Officers shot four suspects as they fled the bank."], 1) is None


def test_absurd_toll_is_refused() -> None:
    assert casualties.counts("Raiders killed 12,345,678,901 passengers on the train.", "killed") == []
    assert casualties.counts("Raiders killed 5,000 passengers over the week.", "killed")[0].n == 5000


def test_named_victim_in_the_active_voice_is_counted() -> None:
    assert _one(["Unknown assailants stabbed to death councillor Mary Banda in Lilongwe."], "killed") == 1
    assert _one(["Militants gunned down Peter Mwangi, a teacher, outside his school."], "killed") == 1
    assert _one(["Gunmen shot dead senator Ali Musa and his three bodyguards near Jos."], "killed") == 4
    # a name no person noun titles is no victim figure
    assert _one(["Rebels killed Tuesday in a raid."], "killed") is None
