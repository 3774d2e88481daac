"""Tolls in shapes the readable sets barely hold (session 28, written for the task, not taken from any set): a toll
sentence whose only day is the statement's ("Eleven soldiers died, the army said on Saturday"), a victim told by a
possessive "its" ("killed its driver"), a reflexive before a possessive figure ("killed herself and her two
daughters") and a first victim's name set off by commas before a companion ("a lawyer, Ahmed Raza, and his clerk").
Two figures of one sentence are not added as a series ("the first killed six and the second four" can recap two
earlier attacks; "one said 12, while the other put the toll at 20" is two sources' figures)."""
from __future__ import annotations

import pytest

from worker.extract import casualties, extract_incidents, segment


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("text, killed", [
    ("Suspected jihadists ambushed a convoy near Fada N'Gourma, Burkina Faso, on Friday. Eleven soldiers died, the "
     "army said on Saturday.", 11),
    ("Gunmen attacked a village in Plateau State on Monday night. Nine people died, police said Tuesday.", 9),
    ("Al-Shabaab fighters stormed a hotel in Kismayo on Sunday. The government said on Monday that 14 people died.", 14),
])
def test_a_statement_day_leaves_the_toll_to_the_story(nlp, text: str, killed: int) -> None:
    got = extract_incidents(text, nlp(text), "2024-03-12")
    assert [i.killed for i in got] == [killed]


@pytest.mark.parametrize("part, only", [
    ("Eleven soldiers died, the army said on Saturday.", True),
    ("The army said on Saturday that eleven soldiers died.", True),
    ("Nine people died on Tuesday.", False),  # the dead's own day
    ("Nine people died in Jos, police said.", False),  # the dead's own place
])
def test_a_statement_day_is_no_setting_of_the_toll(part: str, only: bool) -> None:
    assert segment.toll_only(part) is only


@pytest.mark.parametrize("sentence, killed", [
    ("A magnetic bomb attached to a car killed its driver in Kabul on Wednesday morning.", 1),
    ("A rocket hit the militia's headquarters in Tripoli, killing its commander.", 1),
    ("A woman killed herself and her two daughters by detonating explosives at a checkpoint in Maiduguri.", 3),
    ("A farmer in Punjab killed himself and his three children on Sunday, police said.", 4),
    ("A suicide bomber killed himself and 14 others at a market in Mogadishu.", 15),
    ("A police officer killed himself and his wife at their home in Peshawar.", 2),
    ("Gunmen killed a lawyer, Ahmed Raza, and his clerk in Lahore on Monday.", 2),
    ("Gunmen shot dead a bus driver, Jose Martinez, 42, and his assistant in San Pedro Sula on Tuesday.", 2),
    ("Gunmen killed a trader, Musa Ali, and two of his sons in Katsina.", 3),
    ("Gunmen killed a farmer, Musa Ali, in Zamfara.", 1),
])
def test_tolls_of_unseen_shapes(sentence: str, killed: int) -> None:
    assert _killed(sentence) == killed


@pytest.mark.parametrize("sentence", [
    "A gunman opened fire on worshippers outside a church in Lyon on Sunday. The gunman was shot dead by officers "
    "after wounding two people.",
    "A man with an axe attacked passers-by at a tram stop in Graz. The assailant was shot dead by police after "
    "injuring five people, officials said.",
    "A suicide bomber approached an army checkpoint in Bannu. The bomber was killed when his vest exploded early, "
    "the army said.",
])
def test_the_attackers_own_death_is_counted_once(nlp, sentence: str) -> None:
    got = extract_incidents(sentence, nlp(sentence), "2024-03-12")
    primary = [m for m in got if getattr(m, "primary", True)]
    assert primary and primary[0].killed == 1


@pytest.mark.parametrize("sentence, killed", [
    # two sources' figures of one toll: the later stands, none is added (two acts' figures are not summed either:
    # "the first killed 12 and the second nine" is as often a recap of two earlier attacks as this event's two blasts)
    ("Two medics gave different tolls for the shelling of a market in Donetsk: one said the shells killed 7 people, "
     "while the other put the toll at 11.", 11),
    ("Two village heads gave conflicting tolls. One chief said the raiders killed five people while the other said "
     "they killed nine.", 9),
])
def test_two_sources_figures_are_not_added(sentence: str, killed: int) -> None:
    assert _killed(sentence) == killed


def test_a_recap_of_two_earlier_attacks_is_not_summed(nlp) -> None:
    text = ("Bandits raided the village of Gidan Bawa in Zamfara State on Friday, killing five people. The village has "
            "been raided twice this year. The first raid killed 14 people and the second six.")
    got = extract_incidents(text, nlp(text), "2024-03-12")
    assert 20 not in [i.killed for i in got]
