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


def test_people_joined_to_a_first_victim_count_one_each() -> None:
    assert _toll(["Gunmen shot dead a retired judge and his driver outside the court."], "killed") == 2
    assert _toll(["The raiders killed the imam, his wife and their three sons."], "killed") == 5
    assert _toll(["A tax collector was shot dead along with his two guards near the toll gate."], "killed") == 3
    assert _toll(["The mayor was killed together with his deputy Amina Sule and a bodyguard."], "killed") == 3
    assert _toll(["The grenade killed the shopkeeper and three of his customers."], "killed") == 4


def test_what_is_no_joined_victim_adds_nothing() -> None:
    assert _toll(["Gunmen killed the pastor, a father of four, on his way home."], "killed") == 1  # apposition
    assert _toll(["Assailants killed the pastor and wounded his son."], "killed") == 1  # a new predicate
    assert _toll(["Assailants killed the pastor and two guards were hurt."], "killed") == 1  # a new clause
    assert _toll(["The bomb killed at least 30 and left nearly 90 people wounded."], "killed") == 30


def test_a_number_of_is_no_figure_and_a_total_of_is() -> None:
    assert casualties.counts("Soldiers killed a number of insurgents in the hills.", "killed") == []
    assert _toll(["The two blasts killed a total of 17 people."], "killed") == 17


def test_companions_of_one_victim_are_told_apart_from_a_toll() -> None:
    assert casualties.joined_to_one(["The judge was shot dead along with his two guards."]) == 2
    assert casualties.joined_to_one(["Gunmen shot dead a retired judge and his driver."]) == 1
    assert casualties.joined_to_one(["Gunmen shot dead four labourers at a brick kiln."]) == 0


def test_a_range_is_read_as_its_low_end_and_a_change_as_its_new_figure() -> None:
    assert _toll(["Between 30 and 40 villagers were killed in the raid."], "killed") == 30
    assert _toll(["Some 25 to 30 people were wounded in the stampede that followed the blast."], "injured") == 25
    assert _toll(["Officials said the toll rose from 9 to 14 overnight."], "killed") == 14
    assert _toll(["The number of people killed has climbed to 31."], "killed") == 31


def test_a_round_estimate_gives_way_to_a_stated_figure_but_stands_alone() -> None:
    told = ["At least 17 were killed in the blast.", "Early estimates put it at about two dozen people killed."]
    assert _toll(told, "killed") == 17
    assert _toll(["Nearly two dozen people were injured."], "injured") == 24
    assert _toll(["At least a dozen people were killed."], "killed") == 12


def test_others_more_and_also_add_within_a_sentence() -> None:
    assert _toll(["Three people died at the scene while two others succumbed to their wounds in hospital."],
                 "killed") == 5
    assert _toll(["The first blast killed 6 guards and the second also killed 4 porters."], "killed") == 10
    assert _toll(["The toll rose to 22 after four more bodies were found."], "killed") == 22


def test_injuries_hospital_and_what_left_means() -> None:
    assert _toll(["Medics reported 9 fatalities and 23 injuries."], "injured") == 23
    assert _toll(["Eleven people were rushed to hospital after the grenade went off."], "injured") == 11
    sentence = "The ambush killed 4 and left 10 with injuries."
    assert (_toll([sentence], "killed"), _toll([sentence], "injured")) == (4, 10)
    assert _toll(["The raid on the camp left two refugees and three aid workers dead."], "killed") == 5
    assert _toll(["The raid left one dead and several injured."], "injured") is None


def test_an_aside_that_parts_a_figure_adds_nothing() -> None:
    assert _toll(["Eight people, among them three police officers, were injured."], "injured") == 8
    assert _toll(["Six people lost their lives while 14 sustained injuries."], "injured") == 14


def test_a_sentence_that_parts_its_toll_is_the_same_toll_told_elsewhere() -> None:
    told = ["A double bombing killed 10 people at the depot.",
            "The first blast killed 6 guards and the second also killed 4 porters."]
    assert _toll(told, "killed") == 10
    assert _toll(["Twelve people were killed, more than 5 of them children."], "killed") == 12
    assert _toll(["Nine people, six of them children, were killed in the strike."], "killed") == 9


def test_spelled_hundreds_and_a_family_of_n() -> None:
    assert _toll(["Eighty-two people were killed and one hundred and twenty wounded."], "injured") == 120
    assert _toll(["The shell killed a family of six in their home."], "killed") == 6


def test_the_shot_less_the_dead_are_the_wounded() -> None:
    told = ["At least 4 people were killed in a shooting at a bar downtown.", "Of the 9 people shot, most were regulars."]
    killed = _toll(told, "killed")
    assert (killed, casualties.shot_not_killed(told, killed)) == (4, 5)
    fatally = ["Eleven people were shot, three of them fatally, at a graduation party."]
    assert (_toll(fatally, "killed"), casualties.shot_not_killed(fatally, 3)) == (3, 8)
    assert casualties.shot_not_killed(["Two guards were shot dead at the gate."], 2) is None
    assert casualties.shot_not_killed(["Six people were shot."], None) is None
