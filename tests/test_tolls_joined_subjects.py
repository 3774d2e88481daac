"""Tolls told by naming people before a passive verb ("a man and his two sons were killed"), nouns that name
several people ("a couple"), and numbers that are no toll: ages, years, arrests, vehicles, houses. Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _toll(sentence: str, kind: str = "killed") -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize("sentence, n", [
    ("A man and his two sons were killed when gunmen stormed their farm near Gusau on Tuesday.", 3),
    ("A woman and her daughter were shot dead by raiders outside Kafanchan on Monday.", 2),
    ("A couple was killed by bandits in their home at Dutsinma, police said.", 2),
    ("An elderly couple were hacked to death in the attack.", 2),
    ("The pastor, his wife and their three children were murdered in the night.", 5),
    ("Officials said a soldier and his driver had been killed in the ambush.", 2),
    ("A 25-year-old man and his 3-year-old son were killed in the raid.", 2),
    ("A man and two boys were killed.", 3),  # the list reader's shape, still read once
])
def test_people_joined_to_a_first_victim_in_the_subject_are_counted(sentence: str, n: int) -> None:
    assert _toll(sentence) == n


def test_a_farmer_and_his_wife_also_killed_add_to_the_toll_told_before() -> None:
    found = casualties.counts("Police said a farmer and his wife were also killed.", "killed")
    assert [(c.n, c.also) for c in found] == [(2, True)]


@pytest.mark.parametrize("sentence, kind, n", [
    ("A man and his brother were wounded by stray bullets in Maiduguri.", "injured", 2),
    ("A man who had two sons was killed by the mob.", "killed", 1),  # the two sons are inside a relative clause
    ("A man was killed near the checkpoint.", "killed", 1),
])
def test_subject_reading_keeps_its_limits(sentence: str, kind: str, n: int) -> None:
    assert _toll(sentence, kind) == n


@pytest.mark.parametrize("sentence, killed", [
    ("Two farmers aged 25 and 30 were killed.", 2),  # an age is never the toll; the two farmers are
    ("Gunmen killed 25-year-old Ibrahim Sule and his brother on the farm road.", 2),  # the named man and his brother
    ("A 12-year-old girl was among the dead.", 1),  # the girl, not her age
    ("Three people, including a 7-year-old boy, were killed.", 3),
    ("The gunmen killed 25 people, aged 18 to 60.", 25),
    ("Gunmen killed two herders aged between 20 and 30.", 2),
    ("In 2021, 14 people were killed in a similar raid.", 14),  # a year is no toll, the figure after it is
    ("The 2019 attack killed 30 people.", 30),
    ("Police arrested 12 suspects after the attack that killed two people.", 2),
    ("Twelve suspects were arrested after the attack.", None),
    ("Gunmen torched 30 houses and killed four villagers.", 4),
    ("Raiders burned 15 vehicles and 40 houses, killing three people.", 3),
    ("Fifteen vehicles were destroyed and three people were killed.", 3),
    ("The blast killed 4 people and damaged 12 cars.", 4),
    ("The attackers set ablaze 20 houses; no one was killed.", 0),
])
def test_ages_years_arrests_vehicles_and_houses_are_no_toll(sentence: str, killed: int | None) -> None:
    assert _toll(sentence) == killed


def test_arrests_and_burnt_property_are_no_wounded() -> None:
    assert _toll("Police detained 45 people and two were injured in the scuffle.", "injured") == 2
    assert _toll("Police said 18 houses and 9 cars were burnt and five people were injured.", "injured") == 5
    assert _toll("Police detained 45 people and two were injured in the scuffle.", "arrested") == 45


@pytest.mark.parametrize("sentence, n, bound", [
    ("A 16-year-old boy and two women were among those killed in the raid.", 3, True),
    ("A 12-year-old girl was among the dead.", 1, True),
    ("Gunmen killed a herder and his two wives near the river.", 3, False),  # irregular plural of a person noun
    ("Assailants stabbed a 60-year-old imam to death outside the mosque.", 1, False),
])
def test_subsets_plurals_and_manners(sentence: str, n: int, bound: bool) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed")) == (n, bound)


def test_among_the_wounded_is_a_lower_bound_of_the_wounded() -> None:
    assert casualties.merge(casualties.counts("Two soldiers were among the wounded.", "injured")) == (2, True)


@pytest.mark.parametrize("sentence, n", [
    ("Six people, aged between 20 and 45, were shot dead.", 6),
    ("Two brothers, 17 and 19, were killed in the crossfire.", 2),
    ("Four soldiers, both aged 22, were killed.", 4),
    ("The blast at 5:30 killed two people.", 2),  # a clock time is no toll
    ("At 10.45 pm, 12 people were killed.", 12),
    ("The 2 a.m. raid left 4 dead.", 4),
])
def test_ages_and_clock_times_in_a_sentence_are_no_toll(sentence: str, n: int) -> None:
    assert _toll(sentence) == n


@pytest.mark.parametrize("sentence, kind, toll", [
    ("Killed were 3 soldiers, 2 policemen and 4 civilians, officials said.", "killed", (9, False)),
    ("Among the dead were two children and a pregnant woman.", "killed", (3, True)),
    ("The dead included three soldiers and a journalist.", "killed", (4, True)),
    ("Among those wounded were five policemen.", "injured", (5, True)),
    ("The dead were taken to the district hospital.", "killed", (None, False)),
])
def test_victims_named_after_their_state(sentence: str, kind: str, toll: tuple[int | None, bool]) -> None:
    assert casualties.merge(casualties.counts(sentence, kind)) == toll


@pytest.mark.parametrize("sentences, toll", [
    (["Fourteen civilians were killed in the raid.", "Among the dead were three policemen."], (14, True)),
    (["Fourteen civilians were killed in the raid.", "Two policemen were among those killed."], (14, True)),
    (["Thirty-two civilians died.", "One soldier was killed."], (33, False)),  # two sides still add up
])
def test_some_of_the_dead_never_add_a_side(sentences: list[str], toll: tuple[int, bool]) -> None:
    assert casualties.merge([c for s in sentences for c in casualties.counts(s, "killed")]) == toll


def test_also_killed_were_adds_to_the_toll_told_before() -> None:
    told = ["Gunmen killed five villagers in the raid.", "Also killed were two policemen who responded."]
    assert casualties.merge([c for s in told for c in casualties.counts(s, "killed")]) == (7, False)


@pytest.mark.parametrize("sentence, kind, n", [
    ("Raiders killed a farmer near Gusau; his son and nephew were injured in the attack.", "injured", 2),
    ("Her brother and two cousins were shot dead at the checkpoint.", "killed", 3),
    ("Their driver and a guard were wounded when the convoy was hit.", "injured", 2),
])
def test_a_subject_that_opens_with_a_possessive_joins_its_people(sentence: str, kind: str, n: int) -> None:
    """"his wife and daughter were wounded": a first person owned by someone told before."""
    assert _toll(sentence, kind) == n
