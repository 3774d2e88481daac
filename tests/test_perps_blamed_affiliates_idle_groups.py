"""Whom a blame pins the event on through an affiliation ("officials blamed jihadists linked to al-Qaeda", "the
shelling was blamed on forces loyal to Haftar") is the doer; a group named only as present in the area, as silent
about the event, or as the side the victims were said to help (idle_groups.py) is not, even when it is the only
group the text names; a group that lost men in a clash is a side only when the words tell a fight ("three members of
the X gang were shot dead" names their killers nowhere). Every text is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract.idle_groups import idle_after, sided_with, speaks_for


def _doers(nlp: Any, text: str) -> list[str]:
    from worker.pipeline import incidents
    article = {"id": "t", "url": "", "title": None, "published": "2024-03-12", "text": text}
    return incidents([article], nlp)[0][0]["perpetrators"]


@pytest.mark.parametrize("text, expected", [
    ("Five miners were killed on Saturday in an attack on a gold mine near Djibo in northern Burkina Faso. Officials "
     "blamed jihadists linked to al-Qaeda for the killings.", ["al-Qaeda"]),
    ("At least seven civilians were killed when shells hit a market in Tripoli on Wednesday. The shelling was blamed "
     "on forces loyal to Khalifa Haftar.", ["Libyan National Army"]),
    ("Gunmen killed nine villagers in Ituri province on Thursday. The army blamed militiamen belonging to the CODECO "
     "group for the attack.", ["CODECO"]),
    ("Unidentified attackers shot dead a village chief in Tillaberi on Tuesday. Residents blamed the killing on "
     "jihadists loyal to Islamic State in the Sahel.", ["Islamic State Sahel Province"]),
    ("Ten civilians were killed in an attack on a camp near Goma on Wednesday. The UN mission said the raid was the "
     "work of fighters loyal to the M23.", ["M23"]),
])
def test_a_blame_through_an_affiliation_names_the_group(nlp: Any, text: str, expected: list[str]) -> None:
    assert _doers(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Four soldiers were killed in an ambush in Cabo Delgado on Sunday. The army blamed insurgents linked to the "
    "Islamic State, a charge the group denied.",
    "Five people were killed when a grenade was thrown into a bar in Bujumbura on Saturday. The government blamed "
    "the attack on rebels backed by Rwanda.",
])
def test_a_denied_blame_or_a_backer_names_no_doer(nlp: Any, text: str) -> None:
    assert _doers(nlp, text) == []


@pytest.mark.parametrize("text", [
    "A roadside bomb killed four soldiers near Baqubah on Tuesday. No group claimed the attack, but Islamic State "
    "cells are active in the area.",
    "A bomb exploded in a market in Mandera on Friday, killing three people. There was no immediate claim of "
    "responsibility, although al-Shabaab militants operate in the region.",
    "Gunmen killed seven miners near Djibo on Sunday. Jihadists linked to al-Qaeda and the Islamic State have long "
    "been active in the area.",
    "Six soldiers died when their convoy hit a roadside bomb in Kunar province on Wednesday. No group claimed the "
    "attack, but the Taliban are active in the area.",
    "Five people accused of spying for the Taliban were executed by unknown gunmen in Kunduz on Sunday.",
    "Militants killed six villagers accused of collaborating with the Civilian Joint Task Force in Borno state on "
    "Sunday.",
])
def test_a_group_only_present_silent_or_helped_is_no_doer(nlp: Any, text: str) -> None:
    assert _doers(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Suspected ADF rebels killed 14 civilians in Beni territory on Monday, the army said.",
     ["Allied Democratic Forces"]),
    ("Eight people were killed in a bomb blast at a market in Maiduguri on Friday. Police blamed Boko Haram.",
     ["Boko Haram"]),
])
def test_the_doers_stay_when_another_group_is_helped_or_none_is_idle(nlp: Any, text: str, expected: list[str]) -> None:
    assert _doers(nlp, text) == expected


def test_a_group_the_victims_were_said_to_support_is_no_doer(nlp: Any) -> None:
    assert "Tigray Defence Forces" not in _doers(nlp, "Eritrean troops killed 30 civilians in a village near Adwa, "
                                                      "accusing them of supporting Tigray forces, witnesses said.")


@pytest.mark.parametrize("sentence, name, idle", [
    ("No group claimed the attack, but Islamic State cells are active in the area.", "Islamic State", True),
    ("The ADF, which is blamed for thousands of deaths in the region, did not comment.", "ADF", True),
    ("Al-Shabaab has not commented on the killings.", "Al-Shabaab", True),
    ("Boko Haram, active in the region since 2009, killed 10 people.", "Boko Haram", False),
    ("Boko Haram killed 10 people in Borno, where the group is active.", "Boko Haram", False),
    # the presence is not the group's whole predicate: a claim goes on, or the participle describes the doers
    ("ISWAP, an offshoot of Boko Haram, is active near the lake and claimed the raid on the base.", "ISWAP", False),
    ("Al-Shabaab has long operated in the district and later took responsibility for the blast.", "Al-Shabaab",
     False),
    ("Taliban gunmen present at the wedding opened fire on the guests.", "Taliban", False),
    ("ADF rebels based in the forest stormed the village at night.", "ADF", False),
    ("No one claimed the blast, but Boko Haram remains active in the area and has attacked the town before.",
     "Boko Haram", True),
])
def test_presence_or_silence_after_a_name(sentence: str, name: str, idle: bool) -> None:
    assert idle_after(sentence, sentence.index(name) + len(name)) is idle


@pytest.mark.parametrize("sentence, name, sided", [
    ("Troops killed 30 civilians, accusing them of supporting the Tigray forces.", "Tigray", True),
    ("Gunmen killed four men they said were informants for the army.", "army", True),
    ("Jihadists linked to al-Qaeda killed 11 soldiers.", "al-Qaeda", False),
    ("Rebels shot three farmers suspected of collaborating with the army.", "army", True),
    ("The militia executed two teachers for helping the Fano fighters.", "Fano", True),
    # a bare siding noun or a help the doers got is no siding of the victims
    ("Relief workers said M23 rebels shelled the camp.", "M23", False),
    ("Police informants said Boko Haram fighters burned the village.", "Boko Haram", False),
    ("Burkinabe soldiers, with support from VDP militiamen, killed 20 villagers.", "VDP", False),
    ("Supporters of al-Shabaab threw a grenade into the bar.", "al-Shabaab", False),
])
def test_siding_before_a_name(sentence: str, name: str, sided: bool) -> None:
    assert sided_with(sentence, sentence.index(name)) is sided


@pytest.mark.parametrize("sentence, name, speaker", [
    ("A bomber killed 12 people in Konduga, said Musa Ali, a leader of the Civilian Joint Task Force militia.",
     "Civilian", True),
    ("Gunmen killed five traders, according to Bello Garba, a spokesman for the vigilante group Yan Sakai.", "Yan",
     True),
    ("A commander of the Taliban killed two men, police said.", "Taliban", False),
    # the source's group claimed or led the deed: its doer, not only his body
    ("Gunmen killed eight guards at the prison, said Abu Yusuf, a spokesman for ISWAP, which claimed the raid.",
     "ISWAP", False),
    ("The army said Bakura Doro, a commander of Boko Haram, masterminded the assault on the base.", "Boko Haram",
     False),
    ("Six miners died, according to Omar Sow, a leader of the Dan Na Ambassagou militia, who said nothing else.",
     "Dan", True),
])
def test_the_body_of_a_quoted_source(sentence: str, name: str, speaker: bool) -> None:
    assert speaks_for(sentence, sentence.index(name), sentence.index(name) + len(name)) is speaker


def test_a_quoted_source_s_body_is_no_doer(nlp: Any) -> None:
    assert _doers(nlp, "Three soldiers were killed when their patrol hit a landmine near Kidal on Monday, said Ahmed "
                       "Ag, an official of the Coordination of Azawad Movements.") == []


@pytest.mark.parametrize("text, expected", [
    ("Three members of the Hard Livings gang were shot dead in Manenberg on Friday, police said.", []),
    ("Four members of the Black Axe cult were killed in a gun battle with police in Benin City on Friday.",
     ["Black Axe cult"]),
    ("Nine Taliban fighters were killed in clashes with the National Resistance Front in Panjshir on Sunday.",
     ["National Resistance Front", "Taliban"]),
])
def test_a_group_that_lost_men_is_a_side_only_when_a_fight_is_told(nlp: Any, text: str,
                                                                   expected: list[str]) -> None:
    assert sorted(_doers(nlp, text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Militants stormed a police post near Mandera on Tuesday, killing four officers, said Ali Mohamud, a spokesman "
     "for al-Shabaab, who claimed the attack.", ["al-Shabaab"]),
    ("Residents said Islamic State fighters present in the market opened fire on shoppers in Raqqa on Friday, "
     "killing nine people.", ["Islamic State"]),
])
def test_a_source_s_group_that_claims_or_men_present_that_fire_are_doers(nlp: Any, text: str,
                                                                        expected: list[str]) -> None:
    assert _doers(nlp, text) == expected


def test_a_police_operation_told_before_makes_the_fallen_gang_a_side(nlp: Any) -> None:
    assert _doers(nlp, "Police raided a hideout in Khayelitsha on Tuesday. Two members of the 28s gang were shot "
                       "dead during the raid.") != []
