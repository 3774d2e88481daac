"""A wire dateline, in capitals or in title case ("Maiduguri, Nigeria (AP) —"), says where and by whom the story was
filed: the agency is never an actor, the country written after the town is never a doer, and the town is the scene
only when the lead names no place of its own. Sentences written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests import recall_cases
from worker.extract import group_names, segment
from worker.extract.wire_agencies import agencies, is_agency, title_dateline


def run(nlp: Any, text: str) -> dict[str, Any]:
    return recall_cases.run(nlp, text, "2024-03-12")[0]


@pytest.mark.parametrize("line, place, region", [
    ("Maiduguri, Nigeria (AP) — Insurgents killed nine fishermen on Lake Chad on Monday.", "Maiduguri", "Nigeria"),
    ("Quetta (Reuters) - A bomb killed three policemen on Monday.", "Quetta", None),
    ("New Delhi, India (PTI) -- Two soldiers died in an ambush on Monday.", "New Delhi", "India"),
    ("Mogadishu, Somalia, March 11 (AFP) — A car bomb exploded near a hotel.", "Mogadishu", "Somalia"),
])
def test_a_title_case_dateline_with_an_agency_is_read(line: str, place: str, region: str | None) -> None:
    m = title_dateline().match(line)
    assert m and m["place"] == place and m["region"] == region
    assert segment.dateline(line)[0] == place and segment.dateline_region(line) == region
    assert group_names.dateline_end(line) == m.end()


@pytest.mark.parametrize("line", [
    "Gunmen (some in uniform) — witnesses said — killed four traders.",  # no agency in the brackets
    "Maiduguri, Nigeria — Insurgents killed nine fishermen on Monday.",  # title case without an agency: no sure mark
])
def test_a_capitalised_opening_without_an_agency_is_no_title_case_dateline(line: str) -> None:
    assert title_dateline().match(line) is None


def test_agencies_are_known_by_any_of_their_names() -> None:
    assert {"ap", "afp", "reuters", "dpa", "ani", "pti", "xinhua"} <= agencies()
    assert is_agency("the Associated Press") and is_agency("(Reuters)") and not is_agency("APC")


def test_the_agency_of_a_title_case_dateline_is_no_perpetrator(nlp) -> None:
    found = run(nlp, "Maiduguri, Nigeria (AP) — Insurgents killed nine fishermen near Baga on Monday, officials said. "
                     "The attackers fled on motorcycles.")
    assert not any(is_agency(p) for p in found["perpetrators"])


def test_the_scene_the_lead_names_outranks_a_title_case_datelines_town(nlp) -> None:
    found = run(nlp, "Jos, Nigeria (Reuters) - Gunmen killed 11 farmers in Benue state on Sunday, police said.")
    assert (found["admin1"], found["city"]) == ("Benue", None)


def test_the_datelines_town_is_the_scene_when_the_lead_names_none(nlp) -> None:
    found = run(nlp, "Jos, Nigeria (Reuters) - Gunmen killed 11 people at a market on Sunday, police said.")
    assert (found["country"], found["city"]) == ("Nigeria", "Jos")


@pytest.mark.parametrize("text", [
    "QUETTA, Pakistan (AP) — A suicide bomber struck a crowded market in southwest Pakistan on Monday, killing "
    "eight shoppers, police said.",
    "Quetta, Pakistan (AP) — A suicide bomber blew himself up at a rally in Mastung district on Monday, killing "
    "eight people.",
])
def test_the_datelines_country_is_no_doer(nlp, text: str) -> None:
    assert run(nlp, text)["perpetrators"] == []


@pytest.mark.parametrize("text", [
    "The AA seized a police camp near Kyauktaw in Rakhine State on Friday, killing four officers, villagers said.",
    "The CNA ambushed an army truck near Hakha in Chin State on Friday, killing three soldiers, locals said.",
])
def test_an_agencys_short_name_outside_an_agencys_place_can_be_a_group(nlp, text: str) -> None:
    assert run(nlp, text)["perpetrators"]  # "AA" is the Arakan Army here, not the Anadolu Agency


def test_a_bracketed_agency_short_name_is_no_group() -> None:
    from worker.extract.syntax import Role
    assert group_names._agency_place(Role("AGENT", "subject", "(AA)", 0, 4, "aa", "AA"), "AA")
    assert not group_names._agency_place(Role("AGENT", "subject", "the AA", 0, 6, "aa", "AA"), "AA")
    assert group_names._agency_place(Role("AGENT", "subject", "Reuters", 0, 7, "reuters", "Reuters"), "Reuters")
