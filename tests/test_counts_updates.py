"""Killed and injured tolls of one incident from one or several sentences: sides that add up, the attacker's own
death told once, vague words that give no figure, people joined to a first victim, ranges, bodies found, the shot
less the dead. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, victim_groups


def _toll(sentences: list[str], kind: str) -> int | None:
    return casualties.merge([c for s in sentences for c in casualties.counts(s, kind)])[0]


# (sentences of one incident, kind, toll): each row is one way news tells a toll
_TOLLS = [
    # sides: disjoint groups add up, the umbrella figure stands when they sum to less
    (["At least 14 people were killed when gunmen raided a market in the north of the country.",
      "Officials said 14 civilians died in the raid.",
      "Two soldiers were also wounded and one soldier was killed in the exchange of fire."], "killed", 15),
    (["Some 30 villagers were wounded, a health official said.", "The army said six of its soldiers were wounded."],
     "injured", 36),
    (["Twenty people were killed in the ambush on the convoy.", "Four policemen were killed, the ministry said."],
     "killed", 20),
    (["Nine schoolchildren were killed in the strike.", "Three girls were among them; 9 children were killed."],
     "killed", 9),
    (["The raiders shot dead 11 farmers in their fields.", "Troops later killed four bandits in a pursuit."], "killed", 15),
    # the attacker's own death, once however often told
    (["Two teachers were killed in a shooting at a secondary school in the town on Tuesday.",
      "The shooter died after a confrontation with officers.", "The suspect is also dead, the police chief said."],
     "killed", 3),
    # vague words give no figure alone, and give way to a stated one; a round estimate stands alone
    (["A truck rammed the parade, killing 6 and injuring dozens more."], "injured", None),
    (["Gunmen opened fire on a wedding, killing and wounding several guests."], "injured", None),
    (["Dozens were hurt; officials later said 41 people were injured."], "injured", 41),
    (["At least 17 were killed in the blast.", "Early estimates put it at about two dozen people killed."], "killed", 17),
    (["Nearly two dozen people were injured."], "injured", 24),
    (["At least a dozen people were killed."], "killed", 12),
    # adverbs, the number of the injured, "left"
    (["The blast at the depot left two dead and four critically injured late on Sunday."], "injured", 4),
    (["Hospital staff put the number of seriously wounded at nine."], "killed", None),
    (["Hospital staff put the number of seriously wounded at nine."], "injured", 9),
    (["The ambush killed 4 and left 10 with injuries."], "killed", 4),
    (["The ambush killed 4 and left 10 with injuries."], "injured", 10),
    (["The raid on the camp left two refugees and three aid workers dead."], "killed", 5),
    (["The raid left one dead and several injured."], "injured", None),
    (["Medics reported 9 fatalities and 23 injuries."], "injured", 23),
    (["Eleven people were rushed to hospital after the grenade went off."], "injured", 11),
    (["Six people lost their lives while 14 sustained injuries."], "injured", 14),
    (["Doctors said 35 people were being treated at the city hospital."], "injured", 35),
    (["The bodies of the 5 victims were taken to the hospital."], "injured", None),
    (["The attack left 3 people dead and 5 others injured."], "killed", 3),
    (["The attack left 3 people dead and 5 others injured."], "injured", 5),
    (["The explosion claimed seven lives in the bazaar."], "killed", 7),
    (["Two cops martyred, three injured in roadside blast"], "killed", 2),
    # bodies found, a man found dead
    (["The bodies of 14 herders were found near a watering hole on Monday."], "killed", 14),
    (["Divers recovered 6 bodies from the lake after the boat was attacked."], "killed", 6),
    (["Eight more bodies were pulled from the rubble of the hotel."], "killed", 8),
    (["The fugitive was found dead in a barn two days later."], "killed", 1),
    (["The body of the kidnapped mayor was discovered on a roadside."], "killed", 1),
    (["Two guards were found dead at the gate."], "killed", 2),
    # people joined to a first victim count one each; apposition, a new predicate or clause adds none
    (["Gunmen shot dead a retired judge and his driver outside the court."], "killed", 2),
    (["The raiders killed the imam, his wife and their three sons."], "killed", 5),
    (["A tax collector was shot dead along with his two guards near the toll gate."], "killed", 3),
    (["The mayor was killed together with his deputy Amina Sule and a bodyguard."], "killed", 3),
    (["The grenade killed the shopkeeper and three of his customers."], "killed", 4),
    (["Gunmen killed the pastor, a father of four, on his way home."], "killed", 1),
    (["Assailants killed the pastor and wounded his son."], "killed", 1),
    (["Assailants killed the pastor and two guards were hurt."], "killed", 1),
    (["The bomb killed at least 30 and left nearly 90 people wounded."], "killed", 30),
    (["The two blasts killed a total of 17 people."], "killed", 17),
    (["The shell killed a family of six in their home."], "killed", 6),
    # ranges and changes
    (["Between 30 and 40 villagers were killed in the raid."], "killed", 30),
    (["Some 25 to 30 people were wounded in the stampede that followed the blast."], "injured", 25),
    (["Officials said the toll rose from 9 to 14 overnight."], "killed", 14),
    (["The number of people killed has climbed to 31."], "killed", 31),
    (["The toll rose to 22 after four more bodies were found."], "killed", 22),
    # a period's total is not the event's toll, also when the period opens the sentence
    (["Since March, more than 400 herders have been killed in the region."], "killed", None),
    (["Since the insurgency began, at least 9,000 people have been killed."], "killed", None),
    (["On Sunday, eleven worshippers were killed."], "killed", 11),
    # a sentence that parts its toll: the parts join into one figure, an aside adds nothing
    (["Three people died at the scene while two others succumbed to their wounds in hospital."], "killed", 5),
    (["A double bombing killed 10 people at the depot.",
      "The first blast killed 6 guards and the second also killed 4 porters."], "killed", 10),
    (["Twelve people were killed, more than 5 of them children."], "killed", 12),
    (["Nine people, six of them children, were killed in the strike."], "killed", 9),
    (["Eight people, among them three police officers, were injured."], "injured", 8),
    (["Eleven people were shot, three of them fatally, at a graduation party."], "killed", 3),
    (["Eighty-two people were killed and one hundred and twenty wounded."], "injured", 120),
]


@pytest.mark.parametrize(("sentences", "kind", "toll"), _TOLLS)
def test_the_toll_of_an_incident(sentences: list[str], kind: str, toll: int | None) -> None:
    assert _toll(sentences, kind) == toll


def test_a_mixed_list_is_one_figure() -> None:
    found = casualties.counts("Three soldiers and two civilians were killed in the blast.", "killed")
    assert [(c.n, c.group) for c in found] == [(5, victim_groups.ANY)]


def test_a_doubted_death_of_the_attacker_and_a_number_of_are_no_count() -> None:
    assert casualties.counts("It is unclear whether the gunman died at the scene.", "killed") == []
    assert casualties.counts("Soldiers killed a number of insurgents in the hills.", "killed") == []


def test_companions_of_one_victim_are_told_apart_from_a_toll() -> None:
    assert casualties.joined_to_one(["The judge was shot dead along with his two guards."]) == 2
    assert casualties.joined_to_one(["Gunmen shot dead a retired judge and his driver."]) == 1
    assert casualties.joined_to_one(["Gunmen shot dead four labourers at a brick kiln."]) == 0


def test_the_shot_less_the_dead_are_the_wounded() -> None:
    told = ["At least 4 people were killed in a shooting at a bar downtown.", "Of the 9 people shot, most were regulars."]
    assert casualties.shot_not_killed(told, _toll(told, "killed")) == 5
    assert casualties.shot_not_killed(["Eleven people were shot, three of them fatally, at a party."], 3) == 8
    assert casualties.shot_not_killed(["Two guards were shot dead at the gate."], 2) is None
    assert casualties.shot_not_killed(["Six people were shot."], None) is None
