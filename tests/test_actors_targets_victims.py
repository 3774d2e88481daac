"""Targets: the subject of a perfect passive ("has been killed", "have so far been killed") names the victims as
"was killed" does, and people named by their faith are civilians in one-sided violence. Every sentence is written
for these tests."""
from __future__ import annotations

from worker.extract import actors


def cats(sentence: str, event_type: str) -> list[str]:
    return actors.target_categories([sentence], event_type)[0]


def test_a_perfect_passive_names_its_victims():
    assert cats("A senior Sunni cleric has been shot dead outside his home in Basra.", "attack") == ["clergy"]
    assert cats("Eight villagers have so far been killed in the fighting near Kismayo.", "armed_clash") == \
        ["civilians"]
    # who had been arrested earlier is named, not who speaks
    assert cats("A local journalist had reportedly been abducted by armed men in Goma.", "abduction") == \
        ["journalists"]


def test_people_named_by_faith_are_civilians():
    assert cats("Gunmen shot dead five Christians in a village near Jos on Sunday.", "attack") == ["civilians"]
    assert cats("Seven Hazara Shias were killed when a bomb hit their minibus in Quetta.", "bombing") == ["civilians"]
    # a faith among the fighters of a clash is a side, not its victims
    assert cats("Muslims and Christians clashed in Bangui on Friday.", "armed_clash") == []


def test_an_attack_noun_before_its_killing_verb_leaves_the_victims_to_the_verb():
    # "attack" read the next eight words as its object and swallowed "killed twelve soldiers"
    assert cats("A suicide attack claimed by the Islamic State killed twelve soldiers in Ramadi.", "suicide_bombing") \
        == ["military"]
    assert cats("A bomb attack carried out by dissident republicans killed a police officer in Derry.", "bombing") == \
        ["police"]


def test_a_clause_describing_the_attacked_place_names_no_victim():
    assert cats("Gunmen attacked a compound, where aid workers usually sleep, killing three guards.", "attack") == []


def test_who_lost_their_lives_are_victims():
    assert cats("Six people, among them four miners, lost their lives when the bomb went off in Quetta.", "bombing") \
        == ["civilians"]


def test_a_group_named_for_the_territory_it_holds_is_no_victim():
    assert cats("Two engineers were kidnapped in FARC territory near Tumaco last week.", "abduction") == ["civilians"]


def test_a_police_unit_and_its_men_are_police():
    assert cats("Five DRG jawans were killed when Maoists blew up their vehicle in Sukma.", "bombing") == ["police"]
    assert cats("Five CRPF jawans were killed when Maoists blew up their vehicle in Sukma.", "bombing") == \
        ["military"]


def test_african_union_and_un_troops_are_peacekeepers():
    assert cats("Forty AU troops were killed when militants overran their base near Marka.", "attack") == \
        ["peacekeepers"]
    assert cats("Gunmen killed two UN soldiers and three Malian soldiers near Kidal.", "attack") == \
        ["military", "peacekeepers"]
