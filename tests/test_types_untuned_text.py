"""Event types on untuned text (issue 13): the general causes behind the type misses of an outsider's set, each
checked on sentences written for these tests, with the near miss that must keep its type. Causes: an office holder
named by a long noun phrase, a force that disperses protesters or answers them with live ammunition, a crowd armed
only with sticks and stones, a person the text arms with a knife, a drone that "mistakenly bombed"."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from tests.perps_support import roles_of
from worker.extract import singled_out, types
from worker.extract.violent_doers import has_violent_doer


@pytest.mark.parametrize("sentence", [
    "A sub-inspector of the Sindh police was gunned down near a bakery in Hyderabad on Friday.",
    "A council candidate for the Liberal party was shot dead outside his home in Palmira on Sunday.",
    "The governor of Herat province, the former army general, Ali Samadi, was killed on Monday.",
])
def test_an_office_holder_told_by_a_long_phrase_is_singled_out(nlp: Any, sentence: str) -> None:
    assert singled_out.victim([sentence], [roles_of(nlp, sentence)]) is not None


@pytest.mark.parametrize("sentence", [
    "Two farmers from the village of Kauru were shot dead on Sunday.",
    "The governor of Kano, Abba Yusuf, said 15 people were killed in the attack.",
    "Two inspectors of the revenue office were killed in the blast.",
])
def test_crowds_and_speakers_are_not_singled_out(nlp: Any, sentence: str) -> None:
    assert singled_out.victim([sentence], [roles_of(nlp, sentence)]) is None


def test_a_force_that_disperses_protesters_killed_them() -> None:
    texts = ["Three men were shot dead in Bamako on Friday as soldiers dispersed marchers opposed to the junta."]
    assert types.retype("attack", texts) == "protest"
    ammo = ["Five people died when police responded to the demonstrators with tear gas and live ammunition in Puno."]
    assert types.retype("attack", ammo) == "protest"
    later = ["Gunmen shot dead three men in Bamako on Friday; soldiers later dispersed protesters angry at the killing."]
    assert types.retype("attack", later) == "attack"  # gunmen did the killing; the protest came after


def test_a_crowd_armed_with_sticks_and_stones_is_a_riot() -> None:
    texts = ["Two men were killed as villagers armed with sticks and stones chased suspected cattle thieves near Kitui "
             "on Monday, police said. Shops were looted."]
    assert types.retype("attack", texts) == "riot"
    fans = ["Football fans armed with iron bars attacked rival supporters after a match in Kumasi, leaving two dead."]
    assert types.retype("attack", fans) == "riot"
    guns = ["Two men were killed as villagers armed with rifles chased suspected cattle thieves near Kitui on Monday."]
    assert types.retype("attack", guns) == "attack"


def test_police_that_report_a_riot_are_not_its_doers() -> None:
    texts = ["A mob armed with sticks and stones killed two men and looted shops in Soweto on Sunday, police said."]
    assert types.retype("riot", texts) == "riot"
    raid = ["Police torched houses and looted shops in a raid on Soweto on Sunday, killing two men."]
    assert types.retype("riot", raid) == "attack"


@pytest.mark.parametrize("sentence,verb", [
    ("A man armed with a knife killed a teacher at a school in Nantes on Friday.", "killed"),
    ("Two youths armed with machetes killed a trader in Kumasi on Tuesday.", "killed"),
    ("A shopkeeper was killed by a man armed with a pistol in Durban on Friday.", "killed"),
])
def test_a_person_armed_with_a_blade_or_a_gun_is_a_violent_doer(sentence: str, verb: str) -> None:
    at = sentence.index(verb)
    assert has_violent_doer(sentence, at, at + len(verb))


def test_a_man_who_is_armed_only_in_another_sense_is_no_doer() -> None:
    sentence = "A man armed with a petition killed time outside the court in Nantes."
    at = sentence.index("killed")
    assert not has_violent_doer(sentence, at, at + len("killed"))


def test_a_knife_attack_is_not_the_arrest_that_followed(nlp: Any) -> None:
    text = ("A man armed with a knife killed a woman and wounded two others at a bus stop in Lille on Friday, "
            "prosecutors said. The suspect, a neighbour, was arrested.")
    assert [f["event_type"] for f in run(nlp, text)] == ["attack"]


@pytest.mark.parametrize("sentence,expected", [
    ("A military drone mistakenly bombed a wedding party in Kunar on Monday, killing 10 guests.", "air_strike"),
    ("An air force jet accidentally struck a market in Maungdaw on Friday, killing six people.", "air_strike"),
    ("A bomb hidden in a cart mistakenly exploded near a market in Maungdaw on Friday.", "bombing"),
])
def test_a_craft_that_struck_by_mistake_flew_an_air_strike(sentence: str, expected: str) -> None:
    tm = types.classify(sentence)
    assert tm is not None and tm.event_type == expected


def test_a_craft_named_with_its_side_after_it_flew_an_air_strike() -> None:
    tm = types.classify("Warplanes of the Saudi-led coalition struck a wedding party in Hajjah on Sunday, killing 20.")
    assert tm is not None and tm.event_type == "air_strike"


def test_a_crowd_told_by_what_it_demanded_is_a_protest() -> None:
    texts = ["Soldiers fired on a crowd demanding the release of detained leaders in Kindia on Wednesday, killing three."]
    assert types.retype("attack", texts) == "protest"
    market = ["Soldiers fired on a crowd at a market in Kindia on Wednesday, killing three people."]
    assert types.retype("attack", market) == "attack"


@pytest.mark.parametrize("sentence", [
    "Police raided a favela in Salvador on Thursday and were met with gunfire from drug traffickers; six people died.",
    "Bandits ambushed a patrol near Gusau and the soldiers returned fire, officials said.",
])
def test_a_raid_or_ambush_met_with_fire_has_two_armed_sides(sentence: str) -> None:
    tm = types.classify(sentence)
    assert tm is not None and tm.event_type == "armed_clash"


def test_clashes_between_party_supporters_are_a_riot() -> None:
    texts = ["Clashes between supporters of rival candidates in Wau left three dead on Saturday, police said."]
    assert types.retype("armed_clash", texts) == "riot"
    armed = ["Clashes between supporters of rival candidates armed with rifles in Wau left three dead on Saturday."]
    assert types.retype("armed_clash", armed) == "armed_clash"


def test_a_rally_named_by_its_day_is_a_protest_scene() -> None:
    texts = ["During Monday's rally in Aba, soldiers shot dead three people, witnesses said."]
    assert types.retype("attack", texts) == "protest"
    assert types.retype("attack", ["On Monday in Aba, soldiers shot dead three people, witnesses said."]) == "attack"


@pytest.mark.parametrize("sentence,expected", [
    ("Russian glide bombs hit the centre of Kupiansk on Tuesday, killing three people.", "air_strike"),
    ("Guided aerial bombs struck a hospital in Zaporizhzhia on Friday, killing two.", "air_strike"),
    ("A bomb hit a bus in Kupiansk on Tuesday, killing three people.", "bombing"),
])
def test_bombs_dropped_from_the_air_are_an_air_strike(sentence: str, expected: str) -> None:
    tm = types.classify(sentence)
    assert tm is not None and tm.event_type == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A bomb dropped from a drone exploded near a checkpoint in Myitkyina, killing two soldiers.", "air_strike"),
    ("Grenades dropped by Ukrainian drones killed two men in Horlivka on Sunday.", "air_strike"),
    ("Leaflets dropped from a helicopter urged residents of Rafah to leave.", None),
])
def test_munitions_dropped_from_a_craft_are_an_air_strike(sentence: str, expected: str | None) -> None:
    tm = types.classify(sentence)
    assert (tm.event_type if tm else None) == expected
