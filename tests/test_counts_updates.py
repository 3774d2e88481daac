"""Killed and injured tolls of one incident from several sentences: sides that add up, the attacker's own death told
once, vague words that give no figure, wounded counted with an adverb. Fresh sentences written for these tests."""
from __future__ import annotations

from worker.extract import casualties, victim_groups


def _toll(sentences: list[str], kind: str) -> int | None:
    return casualties.merge([c for s in sentences for c in casualties.counts(s, kind)])[0]


def test_disjoint_sides_add_up_to_the_toll() -> None:
    told = ["At least 14 people were killed when gunmen raided a market in the north of the country.",
            "Officials said 14 civilians died in the raid.",
            "Two soldiers were also wounded and one soldier was killed in the exchange of fire."]
    assert _toll(told, "killed") == 15  # 14 civilians + 1 soldier, the umbrella 14 people is only a part
    wounded = ["Some 30 villagers were wounded, a health official said.",
               "The army said six of its soldiers were wounded."]
    assert _toll(wounded, "injured") == 36


def test_the_umbrella_figure_stands_when_the_sides_sum_to_less() -> None:
    told = ["Twenty people were killed in the ambush on the convoy.", "Four policemen were killed, the ministry said."]
    assert _toll(told, "killed") == 20
    same_side = ["Nine schoolchildren were killed in the strike.", "Three girls were among them; 9 children were killed."]
    assert _toll(same_side, "killed") == 9


def test_the_armed_sides_dead_add_to_its_victims() -> None:
    told = ["The raiders shot dead 11 farmers in their fields.", "Troops later killed four bandits in a pursuit."]
    assert _toll(told, "killed") == 15


def test_a_mixed_list_is_one_figure() -> None:
    found = casualties.counts("Three soldiers and two civilians were killed in the blast.", "killed")
    assert [(c.n, c.group) for c in found] == [(5, victim_groups.ANY)]


def test_the_attackers_death_is_counted_once_however_often_told() -> None:
    told = ["Two teachers were killed in a shooting at a secondary school in the town on Tuesday.",
            "The shooter died after a confrontation with officers.",
            "The suspect is also dead, the police chief said."]
    assert _toll(told, "killed") == 3


def test_a_doubted_death_of_the_attacker_is_no_count() -> None:
    assert casualties.counts("It is unclear whether the gunman died at the scene.", "killed") == []


def test_vague_words_alone_give_no_figure() -> None:
    assert _toll(["A truck rammed the parade, killing 6 and injuring dozens more."], "injured") is None
    assert _toll(["Gunmen opened fire on a wedding, killing and wounding several guests."], "injured") is None
    assert _toll(["Dozens were hurt; officials later said 41 people were injured."], "injured") == 41


def test_an_adverb_between_figure_and_verb_and_a_number_of_the_injured() -> None:
    sentence = "The blast at the depot left two dead and four critically injured late on Sunday."
    assert (_toll([sentence], "killed"), _toll([sentence], "injured")) == (2, 4)
    stated = "Hospital staff put the number of seriously wounded at nine."
    assert (_toll([stated], "killed"), _toll([stated], "injured")) == (None, 9)


def test_bodies_found_and_a_man_found_dead_are_the_dead() -> None:
    assert _toll(["The bodies of 14 herders were found near a watering hole on Monday."], "killed") == 14
    assert _toll(["Divers recovered 6 bodies from the lake after the boat was attacked."], "killed") == 6
    assert _toll(["Eight more bodies were pulled from the rubble of the hotel."], "killed") == 8
    assert _toll(["The fugitive was found dead in a barn two days later."], "killed") == 1
    assert _toll(["The body of the kidnapped mayor was discovered on a roadside."], "killed") == 1
    assert _toll(["Two guards were found dead at the gate."], "killed") == 2
