"""The dead found bearing what killed them (signs of torture, bound hands, gunshot wounds) or lying in a mass grave
tell a killing counted by the bodies (data/body_marks.csv); a grave or a body of history, or a mark with no dead
counted, tells none. People a participle says were hurt who then died are dead, not wounded. A death toll's event may
name its place with a comma. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"  # a Wednesday


def _incs(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(i.event_type, i.killed, i.injured) for i in extract_incidents(text, None, PUBLISHED)]


@pytest.mark.parametrize("text, dead", [
    ("The bodies of six men bearing signs of torture were found dumped beside a highway near Culiacan on Monday.", 6),
    ("The bodies of four traders with their hands tied behind their backs were found near Maiduguri on Tuesday.", 4),
    ("A mass grave containing 19 bodies was discovered near the village of Kalfou in Mali's Segou region.", 19),
    ("Soldiers found a mass grave holding the remains of 27 people outside Mutarara, Mozambique, on Sunday.", 27),
    ("Investigators exhumed 12 bodies from a shallow grave near Kherson on Thursday.", 12),
    ("Police recovered the bullet-riddled bodies of three men on a farm outside San Pedro Sula on Friday.", 3),
])
def test_the_dead_found_with_marks_of_a_killing(text: str, dead: int) -> None:
    assert _incs(text) == [("attack", dead, None)]


@pytest.mark.parametrize("text", [
    "Archaeologists found a mass grave containing 40 skeletons dating back to the 14th century near Leeds.",
    "A mass grave from the 1990s war was reopened by investigators near Srebrenica on Tuesday.",
    "A mass grave of plague victims was uncovered during building work in Vienna.",
    "The prisoner told judges he still bore marks of torture from his arrest.",
])
def test_a_grave_or_a_mark_of_history_tells_no_killing(text: str) -> None:
    assert _incs(text) == []


@pytest.mark.parametrize("text, tolls", [
    ("Three soldiers who were wounded in Saturday's ambush near Menaka succumbed to their injuries on Monday.",
     (3, None)),
    ("A policeman who was shot in the raid on the station in Kisumu on Sunday died in hospital on Tuesday.",
     (1, None)),
])
def test_the_hurt_who_died_are_dead_not_wounded(text: str, tolls: tuple[int, int | None]) -> None:
    assert [(k, i) for _, k, i in _incs(text)] == [tolls]


@pytest.mark.parametrize("text", [
    "Of the 12 people hurt when gunmen stormed the market in Jos on Monday, two later died.",
    "Of the 40 students wounded in the bombing in Peshawar on Friday, some have since died, officials said.",
])
def test_only_the_part_of_the_wounded_that_died_is_dead(text: str) -> None:
    assert all(k not in (12, 40) for _, k, _ in _incs(text))


def test_a_toll_update_names_its_place_with_a_comma() -> None:
    text = "The death toll from the attack on a mosque in Kano, Kano State, rose to 23 on Monday."
    assert [k for _, k, _ in _incs(text)] == [23]
