"""The dead named one by one after "the victims were identified as", the inverted head in the present tense ("the
dead are three soldiers and a civilian", "among those killed is a nurse") and bodies counted ("authorities counted
23 bodies"). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("The dead were identified as Musa Bello, Ali Garba and Sani Idris.", 3),
    ("The victims were identified as Musa Bello, Ali Garba and Sani Idris, who died at the scene.", 3),
    ("The dead were identified as Rosa Quispe, 41, Elmer Quispe, 19, and Teodoro Mamani, 63.", 3),
    ("The dead have been named as Tomasz Nowak and Piotr Zielinski.", 2),
    ("The dead are three soldiers and a civilian, the army said.", 4),
    ("The dead is a 30-year-old taxi driver.", 1),
    ("Authorities counted 23 bodies in the burnt village.", 23),
])
def test_the_dead_told_without_a_verb_of_killing(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_among_those_killed_is_a_part() -> None:
    assert casualties.merge(casualties.counts("Among those killed is a nurse.", "killed")) == (1, True)


@pytest.mark.parametrize("sentence", [
    "The attackers were identified as Boko Haram and ISWAP fighters.",
    "The wounded are in stable condition at the general hospital.",
    "Those killed are believed to be herders from the next valley.",
])
def test_no_names_no_figure_no_toll(sentence: str) -> None:
    assert _killed(sentence) is None


@pytest.mark.parametrize("sentence, n", [
    ("The dead, aged 16, 17 and 19, had been returning from a dance in Chimaltenango.", 3),
    ("The victims, aged 30 and 34, were later found dead in a ditch outside Culiacan.", 2),
    ("The victims, aged 22, 25, 31 and 40, were shot dead at a car wash.", 4),
])
def test_the_dead_counted_by_their_ages(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_victims_by_age_without_a_death_are_no_toll() -> None:
    # victims may be the wounded: no verb that kills, no toll
    assert _killed("The victims, aged 16 and 19, were taken to the district hospital.") is None


@pytest.mark.parametrize("sentence", [
    # the dead's ages in the present tense: no toll
    "The dead are 21 and 24 years old, relatives said.",
    "The dead are 16, 18 and 20 years old.",
])
def test_present_tense_ages_are_no_toll(sentence: str) -> None:
    assert _killed(sentence) is None


@pytest.mark.parametrize("sentence", [
    # "victims" may be the abducted or the wounded: names alone never say the named died
    "The victims were identified as Halima Usman, Bala Musa and Idris Sule.",
    "The victims have been named as Rahul Verma and Sunil Yadav, both recovering in hospital.",
])
def test_victims_names_alone_are_no_toll(sentence: str) -> None:
    assert _killed(sentence) is None
