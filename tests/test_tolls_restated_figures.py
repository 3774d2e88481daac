"""A figure re-told by the items of an aside after its comma counts once (worker/extract/restatements.py)."""
from __future__ import annotations

import re

import pytest

from worker.extract import restatements
from worker.extract.casualties import counts, merge


def _killed(sentence: str) -> int | None:
    return merge(counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    # the subject: an umbrella noun, then who the dead were, closed by a comma
    ("Three members of a farming family, a man and his two sons, were shot dead near Jos on Tuesday.", 3),
    ("Six people, two women and four children, were killed when the bus was hit.", 6),
    ("One person, an elderly shopkeeper, was found dead after the looting, police said.", 1),
    ("Four civilians, a mother and her three daughters, were killed in the strike.", 4),
    # the object of an active verb
    ("The drone strike killed three people, a teacher and his two pupils, in the village of Kafr Nabl.", 3),
    ("Gunmen killed two people, a trader and his driver, on the highway near Zaria.", 2),
    # lists of other people add up
    ("Two soldiers, a policeman and a driver were killed in the ambush.", 4),
    ("Gunmen killed two soldiers, a policeman and a driver near the border.", 4),
    ("Three people and a child were killed in the blast.", 4),
    ("Five people, including two children, were killed in the attack.", 5),
])
def test_restated_figure_counts_once(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_restates_needs_the_sum_and_an_aside() -> None:
    assert restatements.restates(3, [1, 2], " people", ", ", "a nurse and two cooks")
    assert not restatements.restates(3, [1, 1], " people", ", ", "a nurse and a cook")  # no re-telling: they add up
    assert not restatements.restates(2, [1, 1], " soldiers", ", ", "a nurse and a cook")  # no umbrella noun
    assert not restatements.restates(2, [2], " people", " and ", "two cooks")  # joined: no aside
    # items of another side than the head noun are other people
    assert not restatements.restates(2, [1, 1], " civilians", ", ", "a soldier and a policeman")
    assert restatements.restates(2, [1, 1], " civilians", ", ", "a farmer and his wife")


@pytest.mark.parametrize("sentence, n", [
    # a closing comma alone is no apposition: lists of other people are closed by commas too
    ("Rebels shot dead three soldiers, a gendarme and a forest ranger, at a checkpoint near Bambari.", 5),
    ("Three herders, a trader and a driver, were killed when bandits stormed the market.", 5),
    # the items are of another side than the head noun
    ("Militants killed three civilians, a soldier and a police officer, outside the bank in Mogadishu.", 5),
])
def test_a_list_of_other_people_stays_a_sum(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    # an aside set off by brackets or dashes lists the people its figure counts
    ("Seven people (four women and three men) were shot dead at a bar in Celaya on Sunday.", 7),
    ("Eight people - five children and three women - were killed when the shell hit the shelter.", 8),
    ("Eight people — five children and three women — were killed when the shell hit the shelter.", 8),
    ("Eight people—five children and three women—were killed when the shell hit the shelter.", 8),
    ("The air strike killed six civilians (four children and two women) in Maarat al-Numan.", 6),
    ("Two miners (both aged 30) were killed in the raid.", 2),
    # an aside closed by its part word
    ("Eleven people, a nurse among them, were killed when gunmen attacked the clinic.", 11),
    ("The blast killed nine people, three children among the dead, in Kandahar.", 9),
])
def test_bracketed_and_closed_asides_count_once(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_a_bracketed_aside_with_a_verb_or_a_join_stays() -> None:
    assert restatements.blank_bracketed("Nine people (police said 12) were killed.", re.compile(r"\d+|nine|twelve", re.I)) \
        == "Nine people (police said 12) were killed."
    assert "(" in restatements.blank_bracketed("Two soldiers (and 3 civilians) were killed.", re.compile(r"\d+|two", re.I))
    assert "(" not in restatements.blank_bracketed("Two soldiers (3 and 4) were killed.", re.compile(r"\d+|two", re.I))


def test_a_list_ended_by_a_speaker_after_no_umbrella_noun_stays_a_sum() -> None:
    assert _killed("Bandits killed three herders, a trader and two farmers, police said.") == 6
    assert _killed("Bandits killed three people, a trader and two farmers, police said.") == 3


@pytest.mark.parametrize("sentence, n", [
    # an aside that tells dead of its own adds them: it does not list who the figure's people were
    ("The militia killed four herders — three children also perished — near Malakal on Sunday.", 7),
    ("Gunmen shot dead two guards (two drivers also lost their lives) at the depot in Warri.", 4),
])
def test_an_aside_with_its_own_dead_is_kept(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_a_restating_aside_closed_before_more_people_adds_only_them() -> None:
    assert _killed("Raiders killed three people, a teacher and his two pupils, and four guards near Zaria.") == 7


@pytest.mark.parametrize("sentence, n", [
    # the subject of a passive: the aside re-tells the head figure, the item after its closing comma adds
    ("Three people, a nurse and her two sons, and a neighbour were shot dead in Bokkos on Friday.", 4),
    ("Two victims, a herder and his nephew, and four villagers were killed near Gashua.", 6),
    # the aside closed by a dash right before the verb
    ("Officials said three people, a driver and two porters - were killed on the Lokoja road.", 3),
    # no umbrella noun, or items that do not add up to the head: a sum
    ("Two guards, a cook and a gardener, and a driver were killed at the compound.", 5),
    ("Two people, a farmer and three herders, and a boy were killed near Wase.", 7),
])
def test_a_restating_subject_aside_before_more_people(sentence: str, n: int) -> None:
    assert _killed(sentence) == n
