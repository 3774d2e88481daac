"""Doers of fresh shapes (issue #13): a force that killed armed men with no exchange of fire told is the doer, the
armed men its victims (exchanges.py); a group named only in a time clause about a peaceful act is no doer
(other_acts.py); an identity label keeps the people that qualifies it ("Fulani herdsmen"); herders a force is
accused of killing are unarmed victims, so the force is the doer."""
from __future__ import annotations

from functools import partial

import pytest

from tests.perps_support import story
from tests.recall_cases import run
from worker.extract.exchanges import tells_exchange
from worker.extract.group_names import qualified_label
from worker.extract.other_acts import in_peaceful_time_clause


doers = partial(story, published="2024-03-02")  # the perpetrators of each incident of a text


@pytest.mark.parametrize("text, named", [
    ("Security forces killed six suspected members of the Islamic State near Tikrit on Tuesday, officials said.",
     "security forces"),
    ("Police shot dead four members of the Mungiki sect in Nyeri on Thursday.", "police"),
    ("Five suspected kidnappers were killed by police in Lokoja on Tuesday.", "police"),
])
def test_a_force_that_killed_armed_men_without_an_exchange_is_the_doer(nlp, text: str, named: str) -> None:
    assert doers(nlp, text) == [[named]]


def test_an_exchange_of_fire_keeps_the_armed_side(nlp) -> None:
    text = "Police killed three Taliban militants in a shootout in Quetta on Monday, an official said."
    assert doers(nlp, text)[0] != ["police"]


@pytest.mark.parametrize("text", [
    "A day after Taliban negotiators met US envoys in Doha, a bomb killed 9 people in a market in Kandahar.",
    "Hours after the Houthis announced a truce, a car bomb killed 11 people at a checkpoint in Lahj on Friday.",
])
def test_a_group_in_a_time_clause_about_another_act_is_no_doer(nlp, text: str) -> None:
    assert doers(nlp, text) == [[]]


def test_a_time_clause_with_violence_may_still_name_the_doers() -> None:
    s = "Hours after al-Shabaab fighters stormed a base, a bomb killed 11 people in Kismayo."
    at = s.index("al-Shabaab")
    assert not in_peaceful_time_clause(s, at, at + len("al-Shabaab"))
    s = "Hours after al-Shabaab leaders met elders, a bomb killed 11 people in Kismayo."
    at = s.index("al-Shabaab")
    assert in_peaceful_time_clause(s, at, at + len("al-Shabaab"))


def test_exchange_words() -> None:
    assert tells_exchange(["Two militants died in an encounter with police."])
    assert tells_exchange(["Troops came under heavy fire near Kidal."])
    assert not tells_exchange(["Troops killed five militants near Kidal amid years of violence."])


@pytest.mark.parametrize("sentence, label, want", [
    ("Gunmen suspected to be Fulani herdsmen killed 12 villagers.", "herdsmen", "Fulani herdsmen"),
    ("Armed Tuareg bandits raided a market.", "bandits", "Tuareg bandits"),
    ("Nigerian herdsmen crossed the border.", "herdsmen", "herdsmen"),
    ("Suspected herdsmen killed four farmers.", "herdsmen", "herdsmen"),
])
def test_a_label_keeps_its_people(sentence: str, label: str, want: str) -> None:
    at = sentence.index(label)
    assert qualified_label(sentence, at, at + len(label)) == want


def test_fulani_herdsmen_named_through_a_suspicion(nlp) -> None:
    text = "Gunmen suspected to be Fulani herdsmen killed 12 villagers in Agatu, Benue State, on Saturday."
    assert doers(nlp, text) == [["Fulani herdsmen"]]


def test_soldiers_accused_of_killing_herders(nlp) -> None:
    text = "Soldiers were accused of killing three herders near Djenne, Mali, on Thursday."
    assert doers(nlp, text) == [["military"]]


def test_a_bare_side_takes_the_noun_of_the_side_beside_it(nlp) -> None:
    text = "Eleven people died in fighting between Degodia and Garre clansmen in Mandera, Kenya, on Saturday."
    assert sorted(doers(nlp, text)[0]) == ["Degodia clansmen", "Garre clansmen"]


def test_ethnic_is_no_part_of_a_groups_name(nlp) -> None:
    text = "Ethnic Murle youths attacked a cattle camp in Jonglei on Sunday, killing 19 people."
    assert doers(nlp, text)[0] == ["Murle youths"]


def test_a_bare_people_side_takes_the_noun_beside_it(nlp) -> None:
    text = "Fighting between Bari and Mundari militias killed 14 civilians near Terekeka on Friday."
    assert sorted(doers(nlp, text)[0]) == ["Bari militias", "Mundari militias"]


def test_an_attack_told_as_a_feud_names_both_sides(nlp) -> None:
    text = "At least 16 people were killed in revenge attacks between the Lou and Murle communities in Pibor."
    assert sorted(doers(nlp, text)[0]) == ["Lou community", "Murle community"]


def test_a_feud_beside_nameless_attackers_is_their_setting(nlp) -> None:
    text = ("Gunmen killed 11 villagers in Agatu on Monday.\n"
            "The area has seen clashes between herders and farmers for years, killing hundreds.")
    assert doers(nlp, text)[0] == []


def test_aircraft_that_dropped_bombs_struck(nlp) -> None:
    text = "Government helicopters dropped barrel bombs on a market in Douma, Syria, killing 12 people, activists said."
    assert doers(nlp, text) == [["Syrian military"]]


@pytest.mark.parametrize("text", [
    "A bomb killed nine people at a market in Herat on Tuesday. The attack came as Taliban and government "
    "negotiators held talks in Doha.",
    "An explosion killed six people in a market in Kismayo on Saturday while al-Shabaab leaders were meeting clan "
    "elders in Baidoa.",
])
def test_a_time_clause_inside_a_sentence_about_another_act_is_no_doer(nlp, text: str) -> None:
    assert doers(nlp, text)[0] == []


@pytest.mark.parametrize("sentence, group", [
    ("Militants, known as al-Shabaab, stormed a hotel in Mogadishu.", "al-Shabaab"),
    ("Groups such as Boko Haram killed 5 people in Borno.", "Boko Haram"),
    ("A bomb killed 9 people as well as Taliban officials in Kabul.", "Taliban"),
])
def test_as_that_is_no_time_subordinator(sentence: str, group: str) -> None:
    at = sentence.index(group)
    assert not in_peaceful_time_clause(sentence, at, at + len(group))


def test_taking_power_is_no_act_of_violence() -> None:
    s = ("The blast hit a mosque near the former Green Zone that housed embassies before the Taliban seized power in "
         "August.")
    at = s.index("Taliban")
    assert in_peaceful_time_clause(s, at, at + len("Taliban"))


def doers_and_targets(nlp, text: str) -> list[tuple[list[str], list[str]]]:
    return [(f["perpetrators"], f["targets"]) for f in run(nlp, text, "2024-03-02")]


@pytest.mark.parametrize("text, doer, targets", [
    ("Soldiers killed nine suspected members of al-Shabaab near Baidoa on Wednesday, a commander said.",
     "military", ["militants"]),
    ("Police shot dead three armed robbers on the Kano-Zaria highway on Monday.", "police", ["criminals"]),
    ("Seven members of the Mungiki sect were shot dead by police in Murang'a on Saturday.", "police", ["militants"]),
])
def test_the_armed_men_a_force_killed_are_the_targets_not_the_force(nlp, text: str, doer: str,
                                                                     targets: list[str]) -> None:
    assert doers_and_targets(nlp, text) == [([doer], targets)]


def test_an_exchange_of_fire_keeps_the_force_as_the_target(nlp) -> None:
    # the armed side struck the force: its doers are the group, its targets the force
    got = doers_and_targets(nlp, "Police killed four suspected Mungiki members in a shootout in Thika on Friday.")
    assert got and "police" in got[0][1]


@pytest.mark.parametrize("text, named", [
    ("Eight people were killed as Houthi rebels advanced on Marib on Thursday, officials said.", "Houthis"),
    ("Six villagers were killed in Ituri on Monday while CODECO militiamen moved through the area.", "CODECO"),
])
def test_armed_men_acting_at_the_same_time_stay_the_doers(nlp, text: str, named: str) -> None:
    got = doers(nlp, text)
    assert got and named in got[0]


@pytest.mark.parametrize("text, force", [
    # the force lost men of its own: the armed men fought back
    ("Troops shot dead seven insurgents near Dikwa on Friday; two soldiers also died in the fighting's aftermath.",
     "military"),
    # the armed men struck a post, patrol or the force's men first
    ("Policemen killed five bandits who raided their checkpoint outside Gusau on Thursday.", "police"),
    ("Soldiers shot dead nine jihadists who had attacked a convoy near Menaka on Saturday.", "military"),
    # the words tell a two-sided fight (data/role_words.csv exchange_phrases)
    ("Police killed four armed robbers in a gun duel in Benin City on Friday.", "police"),
    ("Two kidnappers died in crossfire with police in Zaria on Sunday.", "police"),
])
def test_a_force_that_was_struck_or_fought_stays_the_target(nlp, text: str, force: str) -> None:
    got = doers_and_targets(nlp, text)
    assert got and force not in got[0][0] and force in got[0][1]


def test_gun_duel_and_crossfire_tell_an_exchange() -> None:
    assert tells_exchange(["The suspects were neutralised in a gun duel with operatives."])
    assert tells_exchange(["A bystander was caught in the crossfire."])
    assert not tells_exchange(["Troops shot dead four gunmen near the border."])


@pytest.mark.parametrize("text, named", [
    ("Soon after Boko Haram insurgents arrived in Gajiram on Friday, they burnt the market and killed nine traders.",
     "Boko Haram"),
    ("When al-Shabaab fighters seized the town of Wajid, the militants beheaded four men, elders said.", "al-Shabaab"),
])
def test_a_time_clause_whose_group_the_main_clause_picks_up_names_the_doers(nlp, text: str, named: str) -> None:
    got = doers(nlp, text)
    assert got and named in got[0]


def test_a_time_clause_the_main_clause_does_not_pick_up_stays_peaceful() -> None:
    s = "A week after Taliban envoys met officials in Doha, a bomb killed 9 people in Kandahar."
    a = s.index("Taliban")
    assert in_peaceful_time_clause(s, a, a + len("Taliban"))


def test_a_clause_split_off_at_a_semicolon_still_tells_the_armed_men_struck(nlp) -> None:
    text = "Troops shot dead six insurgents near Bama on Thursday; the insurgents had ambushed their convoy at dawn."
    got = doers_and_targets(nlp, text)
    assert got and "military" not in got[0][0] and "military" in got[0][1]
