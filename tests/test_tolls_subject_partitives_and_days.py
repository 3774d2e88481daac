"""Subject figures (issue #13): an "of" after a figure opens the set it counts ("a score of herders"), a figure
never swallows another one before its noun ("two coaches and three passengers": three), the day of a date counts
no one, and the wounded told dead after the day of their wounding ("two of those wounded on May 4 succumbed on
Tuesday") are dead moved from the wounded. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _tolls(text: str) -> tuple[int | None, int | None]:
    return casualties.merge([c for s in text.split(". ") for c in casualties.counts(s, "killed")])[0], \
        casualties.merge([c for s in text.split(". ") for c in casualties.counts(s, "injured")])[0]


@pytest.mark.parametrize("text, killed", [
    ("A score of herders were killed when raiders stormed their camp near Lafia.", 20),
    ("Two of the boatmen were killed when the ferry was attacked near Mopti.", 2),
    ("A dozen of the miners were killed in the raid on the pit outside Bunia.", 12),
])
def test_a_partitive_figure_counts_its_people(text: str, killed: int) -> None:
    assert _tolls(text)[0] == killed


def test_scores_of_stays_vague() -> None:
    c = casualties.counts("Scores of herders were killed when raiders stormed their camp.", "killed")
    assert c and all(x.vague for x in c)


@pytest.mark.parametrize("text, killed", [
    ("Bandits ambushed two lorries and four traders were killed on the road to Gusau.", 4),
    ("Militants stopped three minibuses and five travellers were shot dead near Mandera.", 5),
])
def test_vehicles_before_the_victims_are_no_count(text: str, killed: int) -> None:
    assert _tolls(text)[0] == killed


@pytest.mark.parametrize("text, tolls", [
    ("A mortar killed four soldiers and wounded six near Gao on May 4. Three of those wounded on May 4 succumbed on "
     "Tuesday.", (7, 3)),
    ("Gunmen killed two farmers and wounded five in Bokkos on Sunday. Two of those wounded on Sunday died on "
     "Wednesday.", (4, 3)),
    ("A blast killed one guard and injured eight at the depot. Four of those injured in the blast later died.", (5, 4)),
])
def test_wounded_dead_after_their_day_move_to_the_dead(text: str, tolls: tuple[int, int]) -> None:
    assert _tolls(text) == tolls


def test_the_day_of_a_date_counts_no_one() -> None:
    assert _tolls("Three of those hurt on June 9 died in hospital.")[0] != 9
    assert casualties.counts("Police said on 12 March that the market was calm.", "killed") == []


@pytest.mark.parametrize("text, killed", [
    ("One of the three guards wounded on Friday died on Sunday.", 1),
    ("Two of the five miners trapped by the raiders were killed.", 2),
])
def test_a_figure_after_the_partitive_article_is_the_set_not_the_dead(text: str, killed: int) -> None:
    assert _tolls(text)[0] == killed


@pytest.mark.parametrize("text, tolls", [
    ("Raiders seized nine herders near Lere and four of them were later killed.", (4, None)),
    ("Gunmen stopped a minibus outside Dutsin-Ma; two of them died and three of them were wounded.", (2, 3)),
])
def test_a_part_of_them_counts_its_own_figure(text: str, tolls: tuple[int | None, int | None]) -> None:
    assert _tolls(text) == tolls


def test_those_hurt_in_a_named_blast_who_died_since_are_dead() -> None:
    assert _tolls("A bomb killed two and hurt eight in Potiskum. Three of those hurt in Friday's blast have since "
                  "died.") == (5, 5)


@pytest.mark.parametrize("text, killed", [
    ("In June 9 soldiers were killed when insurgents overran a base near Diffa.", 9),
    ("In April 14 police officers were shot dead by bandits in Katsina state.", 14),
    ("Three of those wounded on April 14 died in hospital on Friday.", 3),
])
def test_a_month_before_a_figure_of_people_leaves_the_count(text: str, killed: int) -> None:
    assert _tolls(text)[0] == killed


def test_on_before_the_month_keeps_the_day() -> None:
    assert _tolls("On June 9 soldiers were killed when insurgents overran a base near Diffa.")[0] != 9


@pytest.mark.parametrize("text", [
    "Raiders stole 60 goats from a village near Gusau and 15 of them were later slaughtered.",
    "Bandits drove off 200 cows in Zamfara on Friday; 30 of them were killed at a checkpoint.",
])
def test_of_them_after_animals_counts_no_one(text: str) -> None:
    assert _tolls(text)[0] is None


def test_of_them_after_people_still_counts() -> None:
    assert _tolls("Gunmen seized eleven farmers near Gusau and three of them were later killed.")[0] == 3


@pytest.mark.parametrize("text, killed", [
    ("Two 15-year-old boys were killed when a grenade went off beside a market stall in Goma.", 2),
    ("Three 19-year-old recruits were shot dead at a checkpoint outside Kidal.", 3),
    ("Four 6-month-old babies and a nurse died when fire swept the clinic ward in Kaduna.", 5),
])
def test_a_hyphenated_age_before_the_noun_is_no_figure(text: str, killed: int) -> None:
    assert _tolls(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("Officials said three of the 14 hostages were killed during the rescue near Gao.", 3),
    ("Five of the 30 miners were killed when gunmen raided the camp outside Bunia.", 5),
    ("Two of their 6 bodyguards were shot dead in the ambush near Maiduguri.", 2),
])
def test_a_digit_set_after_a_partitive_is_not_the_count(text: str, killed: int) -> None:
    assert _tolls(text)[0] == killed
