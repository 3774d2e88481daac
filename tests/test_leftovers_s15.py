"""Three leftovers: a figure inside a victim's description is no second victim; a facility is not named after a
foreign hamlet by another of its names; a speaking state command gives the province of a scene the gazetteer lacks."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import casualties


@pytest.mark.parametrize("sentence,killed", [
    ("A shopkeeper resisted her attacker outside Mombasa on Friday but was killed.", 1),
    ("A teacher who chased two robbers from his house was killed.", 1),
    ("Her three children were killed in the raid.", 3),
    ("Four soldiers from the nearby camp and two farmers were killed.", 6),
    ("Two soldiers, three policemen and a driver were killed.", 6),
])
def test_a_figure_inside_an_item_is_no_victim(sentence: str, killed: int) -> None:
    assert [c.n for c in casualties.counts(sentence, "killed")] == [killed]


def test_a_facility_is_not_named_after_a_hamlet_by_its_other_name() -> None:
    text = "Gunmen stormed Mercy Hospital on Tuesday, killing four patients, police said."
    assert where(text)[2] is None


def test_a_facility_named_after_its_town_is_there() -> None:
    assert where("Gunmen stormed Jimma University on Tuesday, killing four students.")[1:] == ("Oromia", "Jimma")


@pytest.mark.parametrize("text", [
    "Bandits killed seven villagers in Ungwan Dauda on Tuesday, Katsina police said.",
    "Bandits killed seven villagers in Ungwan Dauda on Tuesday, the Katsina State Police Command said.",
])
def test_a_speaking_state_command_gives_the_province(text: str) -> None:
    assert where(text) == ("Nigeria", "Katsina", "Ungwan Dauda")


def test_no_speaking_command_no_province() -> None:
    assert where("Bandits killed seven villagers in Ungwan Dauda on Tuesday, police said.")[1] is None


@pytest.mark.parametrize("sentence,killed", [
    ("Officials, who said three soldiers were killed, gave no names.", 3),
    ("Residents who fled said two children were killed.", 2),
])
def test_a_relative_clause_that_reports_keeps_its_toll(sentence: str, killed: int) -> None:
    assert [c.n for c in casualties.counts(sentence, "killed")] == [killed]


def test_a_facility_town_abroad_is_no_town_of_the_article() -> None:
    text = "Gunmen stormed Salem Hospital on Saturday in northern Nigeria, killing three patients."
    assert where(text) == ("Nigeria", None, None)


def test_a_facility_town_of_the_article_country_stays() -> None:
    text = "Gunmen stormed Kano market on Saturday in northern Nigeria, killing three traders."
    assert where(text) == ("Nigeria", "Kano", "Kano")


def test_a_facility_town_of_the_country_missing_in_the_named_province_stays() -> None:
    text = "Bandits attacked the Gwoza police station in Kaduna State on Friday, killing two officers."
    assert where(text)[2] == "Gwoza"
