"""A group named in a man's apposition ("X, a commander of the TTP,") takes the part the parse gives the man: the
doer's group when he carried it out, the victims' side when he was among the dead, no doer when he only condemns.
Every text is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import story


@pytest.mark.parametrize("text, group", [
    ("Soldiers killed Abu Hamza, a commander of ISWAP, in a raid near Monguno on Saturday, the army said.",
     "Islamic State West Africa Province"),
    ("An air strike killed Ahmed Madobe Ali, the deputy leader of al-Shabaab, near Bardere on Thursday.",
     "al-Shabaab"),
    ("Gunmen shot dead Mullah Karim, a member of the Tehreek-e-Taliban Pakistan, in Wana on Sunday.",
     "Tehreek-e-Taliban Pakistan"),
])
def test_a_victims_apposed_group_is_not_the_doer(nlp: Any, text: str, group: str) -> None:
    assert group not in [p for perps in story(nlp, text, "2024-05-15") for p in perps]


@pytest.mark.parametrize("text, expected", [
    ("The ambush on the convoy near Tank on Friday was carried out by Maulvi Faqir, a commander of the TTP, "
     "officials said.", ["Tehreek-e-Taliban Pakistan"]),
    ("The bombing of the market in Konduga on Monday was carried out by Abu Khalid, a member of Boko Haram, the "
     "police said.", ["Boko Haram"]),
])
def test_a_doers_apposed_group_is_the_doer(nlp: Any, text: str, expected: list[str]) -> None:
    assert story(nlp, text, "2024-05-15")[0] == expected


@pytest.mark.parametrize("text", [
    "Gunmen killed six workers in Dera Ismail Khan on Tuesday. Mohammad Khurasani, a spokesman for the TTP, "
    "condemned the attack.",
    "Unknown attackers killed four traders near Galkayo on Monday. Ali Dhere, a spokesman for al-Shabaab, "
    "denounced the killings.",
])
def test_a_group_whose_spokesman_condemns_is_not_the_doer(nlp: Any, text: str) -> None:
    assert story(nlp, text, "2024-05-15")[0] == []


@pytest.mark.parametrize("text, expected", [
    ("The gunmen, described by villagers as bandits, stormed a mosque in Zurmi, Zamfara State, on Friday, killing five "
     "worshippers.", ["bandits"]),
    ("The attackers, who were described by residents as herders, shot dead six farmers in Bokkos, Plateau State, on "
     "Tuesday.", ["herders"]),
    ("The gunmen, described by police as members of the Black Axe cult, shot dead four men at a bar in Benin City, "
     "Edo State, on Saturday.", ["Black Axe cult"]),
])
def test_the_name_the_text_gives_the_doers_is_the_doer(nlp: Any, text: str, expected: list[str]) -> None:
    assert story(nlp, text, "2024-05-15")[0] == expected


@pytest.mark.parametrize("text, group", [
    ("The raid on the police post in Gwoza on Sunday that killed four officers was carried out by Bakura Modu, a "
     "former commander of Boko Haram, the army said.", "Boko Haram"),
    ("The bombing of the bus station in Bannu on Wednesday was carried out by Gul Zaman, an ex-member of the TTP, "
     "officials said.", "Tehreek-e-Taliban Pakistan"),
])
def test_a_former_members_old_group_is_not_the_doer(nlp: Any, text: str, group: str) -> None:
    assert group not in [p for perps in story(nlp, text, "2024-05-15") for p in perps]


@pytest.mark.parametrize("text, group", [
    ("The gunmen, who were not identified as herders, shot dead six farmers in Bokkos, Plateau State, on Tuesday.",
     "herders"),
    ("The attackers, whom police had initially described as bandits, stormed a church in Kajuru, Kaduna State, on "
     "Sunday, killing four worshippers.", "bandits"),
    ("The gunmen, who abducted a trader identified as a member of IPOB, killed two farmers in Okigwe, Imo State, on "
     "Monday.", "IPOB"),
])
def test_a_negated_or_someone_elses_identification_names_no_doer(nlp: Any, text: str, group: str) -> None:
    assert group not in [p for perps in story(nlp, text, "2024-05-15") for p in perps]


@pytest.mark.parametrize("text", [
    "Gunmen killed five shopkeepers in Baidoa on Sunday. Police blamed the killings on Hassan Nur, a commander of "
    "al-Shabaab, but the group denied any role.",
    "Gunmen killed five shopkeepers in Baidoa on Sunday. Police held Hassan Nur, a commander of al-Shabaab, "
    "responsible for the killings, but the group denied it.",
])
def test_a_denied_charge_against_a_groups_man_names_no_doer(nlp: Any, text: str) -> None:
    assert story(nlp, text, "2024-05-15")[0] == []


@pytest.mark.parametrize("text", [
    "Gunmen killed four policemen in Lakki Marwat on Monday. Sarbakaf Mohmand, a spokesman for the TTP, condemned "
    "the army's raids and claimed the attack.",
    "Gunmen killed four policemen in Lakki Marwat on Monday. Sarbakaf Mohmand, a spokesman for the TTP, who claimed "
    "the attack, condemned the army's raids.",
])
def test_a_spokesman_who_claims_names_his_group(nlp: Any, text: str) -> None:
    assert "Tehreek-e-Taliban Pakistan" in story(nlp, text, "2024-05-15")[0]


@pytest.mark.parametrize("text", [
    "Soldiers arrested Modu Sheriff, a commander of ISWAP, who led the raid on a police station in Dikwa that killed "
    "five officers on Thursday.",
    "Troops killed Modu Sheriff, a commander of ISWAP who had masterminded the raid on a police station in Dikwa that "
    "killed five officers on Thursday.",
])
def test_a_captured_man_who_led_the_deed_names_his_group(nlp: Any, text: str) -> None:
    assert "Islamic State West Africa Province" in story(nlp, text, "2024-05-15")[0]


@pytest.mark.parametrize("text, expected", [
    ("The attackers, described by the Katsina State police command as bandits, raided a village in Faskari on "
     "Sunday, killing seven farmers.", ["bandits"]),
    ("The gunmen \u2014 described by villagers as herders \u2014 shot dead six farmers in Bokkos, Plateau State, on "
     "Tuesday.", ["herders"]),
    ("The attackers, described by officials as fighters for al-Shabaab, stormed a police post in Afgoye on Monday, "
     "killing five officers.", ["al-Shabaab"]),
])
def test_longer_and_dashed_descriptions_name_the_doers(nlp: Any, text: str, expected: list[str]) -> None:
    assert story(nlp, text, "2024-05-15")[0] == expected


@pytest.mark.parametrize("text", [
    "Troops killed Ba Lawan, a senior commander in ISWAP, near Malam Fatori on Sunday, the army said.",
    "Soldiers killed Ba Lawan, one of the leaders of ISWAP, near Malam Fatori on Sunday.",
])
def test_a_victims_group_in_other_appositions_is_not_the_doer(nlp: Any, text: str) -> None:
    assert "Islamic State West Africa Province" not in [p for perps in story(nlp, text, "2024-05-15") for p in perps]


@pytest.mark.parametrize("text", [
    "Gunmen killed four policemen in Lakki Marwat on Monday. The TTP declined to claim the attack.",
    "Gunmen killed four policemen in Lakki Marwat on Monday. Sarbakaf Mohmand, a spokesman for the TTP, refused to "
    "claim the attack.",
])
def test_a_refused_claim_names_no_doer(nlp: Any, text: str) -> None:
    assert "Tehreek-e-Taliban Pakistan" not in story(nlp, text, "2024-05-15")[0]
