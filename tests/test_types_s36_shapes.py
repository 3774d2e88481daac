"""Event types after the s36 confusion matrix (gold type x predicted type on wad-dev and the fresh dev sets): the
recurring causes of the misses, each with the nearby shapes that must keep their type. Prison-gang fighting is a
riot; communal clashes over a stoned procession and a fight between supporters of rival factions are riots; doers
who raid a village and burn it carry out an attack; a force's unit told ambushed in the passive, or an officer
wounded, meets the "fought back" / "returned fire" of an armed clash; an abduction told after a killing lead that
counts its dead does not retype it; a named or office-holding victim "found dead with gunshot wounds" or "found shot
dead" after a modifier is singled out. Every text is written for these tests (real places, invented events)."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract import types
from worker.pipeline import incidents


def _kind(sentence: str) -> str | None:
    tm = types.classify(sentence)
    return tm.event_type if tm else None


def _type(nlp: Any, text: str) -> str:
    found = incidents([{"id": "t", "url": "u", "source": "s", "title": None, "published": "2025-03-04",
                        "text": text}], nlp)[0]
    assert found, text
    return found[0]["event_type"]


@pytest.mark.parametrize("sentence, expected", [
    ("Nine inmates died on Saturday in a gun battle between rival gangs inside the La Victoria jail in Santo Domingo.",
     "riot"),
    ("Eleven prisoners were killed in a clash between rival groups at a prison in the state of Zacatecas on Monday.",
     "riot"),
    ("Inmates armed with pistols, knives and machetes fought for hours in the Tocoron prison on Sunday.", "riot"),
    ("Gang members stormed a rival cell block at the Comayagua prison on Friday, killing 14 inmates.", "riot"),
    # the same words outside a prison, or a force against armed groups at one: two armed sides
    ("Fighting between rival gangs in the Haitian capital killed 12 people on Sunday.", "armed_clash"),
    ("Clashes between soldiers and armed groups at the prison in Goma killed four people on Monday.", "armed_clash"),
    # armed men who storm the prison from outside: their attack (the prison row of data/precedence.csv)
    ("Gunmen stormed the Kuje prison on Tuesday night and freed hundreds of inmates.", "attack"),
])
def test_prison_gang_fighting_is_a_riot(sentence: str, expected: str) -> None:
    assert _kind(sentence) == expected


def test_a_rival_wing_stormed_stays_the_inmates_riot(nlp: Any) -> None:
    text = ("Members of the Los Choneros gang stormed a rival wing of the prison in Guayaquil on Tuesday, killing 17 "
            "inmates, officials said.")
    assert _type(nlp, text) == "riot"


@pytest.mark.parametrize("text, expected", [
    ("Three people were killed as communal clashes broke out in Khargone district on Sunday after a Ram Navami "
     "procession was stoned. Shops were torched and a curfew was imposed.", "riot"),
    # armed men in the clash keep it two armed sides
    ("Six people were killed as ethnic clashes broke out between armed youths near Wukari on Sunday after a "
     "procession was stoned.", "armed_clash"),
])
def test_communal_clashes_over_a_stoned_procession_are_a_riot(nlp: Any, text: str, expected: str) -> None:
    assert _type(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A student was shot dead and 40 people were injured on Sunday as supporters of rival Awami League candidates "
     "clashed with sticks and machetes in Chandpur, police said.", "riot"),
    # armed sides named keep the clash
    ("Four fighters were killed on Sunday as supporters of rival militia commanders clashed with rifles in the "
     "Tajoura district of Tripoli, officials said.", "armed_clash"),
])
def test_supporters_of_rival_factions_fighting_are_a_riot(nlp: Any, text: str, expected: str) -> None:
    assert _type(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Palestinian shepherd was shot dead on Saturday by Israeli settlers who raided the village of Duma and set "
     "cars ablaze, the health ministry said.", "attack"),
    # a mob that raids a village and burns it is still a mob
    ("A mob raided the village of Rampur and set shops ablaze on Sunday, killing one man, police said.", "riot"),
])
def test_doers_who_raid_a_village_and_burn_it_attack(nlp: Any, text: str, expected: str) -> None:
    assert _type(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nine Burkinabe soldiers were killed in an attack by suspected jihadists near Djibo on Sunday, the army said. "
     "A patrol was ambushed near the village of Gasseliki by dozens of gunmen on motorbikes. The soldiers fought back "
     "and forced the attackers to flee.", "armed_clash"),
    # no answer of the force: the attack stays
    ("Nine Burkinabe soldiers were killed in an attack by suspected jihadists near Djibo on Sunday, the army said. "
     "A patrol was ambushed near the village of Gasseliki by dozens of gunmen on motorbikes.", "attack"),
])
def test_a_unit_ambushed_that_fights_back_is_an_armed_clash(nlp: Any, text: str, expected: str) -> None:
    assert _type(nlp, text) == expected


def test_an_officer_wounded_where_police_returned_fire_is_an_armed_clash(nlp: Any) -> None:
    text = ("Officers were tracing robbery suspects in Umlazi on Monday. When they approached the car, the occupants "
            "opened fire. The officers returned fire, fatally wounding one suspect. A sergeant was wounded in the "
            "shoulder.")
    assert _type(nlp, text) == "armed_clash"


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed nine villagers near Khanaqin in Diyala province on Monday night, police said. Residents said "
     "the gunmen first abducted a shepherd and then fired on relatives who went to search for him.", "attack"),
    # a lead with no dead of its own is still typed by the abduction told after it
    ("Gunmen attacked the village of Kadisau in Zamfara State on Monday. They abducted 25 women and children, "
     "residents said.", "abduction"),
])
def test_an_abduction_told_after_a_counted_killing_does_not_retype_it(nlp: Any, text: str, expected: str) -> None:
    assert _type(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Environmental activist Carlos Mendez was found dead with multiple stab wounds in his home in Tegucigalpa on "
     "Sunday, police said.", "targeted_killing"),
    ("The union leader Maria Souza, 48, was found dead with gunshot wounds on a farm road outside Altamira on "
     "Tuesday, the union said.", "targeted_killing"),
    ("A candidate for a town council seat was found shot dead in Morelia on Tuesday, prosecutors said.",
     "targeted_killing"),
    # many found dead single no one out
    ("Three farmers were found dead with gunshot wounds in a field near Irapuato on Monday, police said.", "attack"),
    # "found dead" with no weapon's wounds names no killing (an illness, a fall)
    ("The activist Ana Lima was found dead at her home in Belem on Sunday, police said.", None),
])
def test_a_holder_found_dead_with_wounds_was_singled_out(nlp: Any, text: str, expected: str | None) -> None:
    found = incidents([{"id": "t", "url": "u", "source": "s", "title": None, "published": "2025-03-04",
                        "text": text}], nlp)[0]
    assert (found[0]["event_type"] if found else None) == expected


def test_beaten_to_a_pulp_is_an_attack() -> None:
    assert _kind("Two men beat the shopkeeper to a pulp in his store in Kano on Monday.") == "attack"
