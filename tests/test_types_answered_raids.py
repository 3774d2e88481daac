"""An armed raid on a force's post, patrol or troops that the force answers (fought back, repelled the assault,
returned fire killing some of the attackers, heavy fighting) is an armed clash between two sides (precedence.csv,
GOLD_FORMAT armed clash); a raid told only by its toll, a lone gunman, a pursuit told later and an attack on
civilians stay attacks. One killing of a shopkeeper, trader or tax collector, or of a journalist named with a
participle's phrase ("working for a radio station"), singles its victim out (office_roles.csv trade,
singled_out._HOLDER_PASSIVE). Every text is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.test_types_targeted import _type


@pytest.mark.parametrize("text", [
    "Bandits attacked a police division in Zamfara State on Monday; officers repelled them, killing seven of the "
    "attackers.",
    "Al-Shabaab fighters attacked a Somali army base in Middle Shabelle on Friday, sparking hours of heavy fighting.",
    "Insurgents attacked a military outpost near Menaka on Sunday and the soldiers responded, killing 12 of the "
    "assailants while losing three men.",
    "Rebels attacked government troops near Bambari on Friday, leading to a battle that lasted four hours.",
    "Boko Haram fighters stormed a military base in Borno State overnight, and the soldiers repelled the assault, "
    "officials said, adding that 17 insurgents were killed.",
    "Police in Michoacán said officers came under fire from suspected cartel gunmen at a checkpoint on Tuesday and "
    "returned fire, killing three of them.",
    "Jihadists assaulted an army position near Tessit on Wednesday, sparking fierce fighting that left 10 soldiers "
    "and more than 20 assailants dead.",
])
def test_a_raid_the_force_answers_is_a_clash(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "armed_clash"


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police checkpoint in Gombe on Tuesday, killing two officers before fleeing into the bush.",
    "A gunman attacked two police officers outside the parliament in Brussels on Monday and was shot dead by their "
    "colleagues.",
    "Gunmen attacked a bus station in Jos on Sunday, killing six travellers; police said they later shot dead two of "
    "the gunmen.",
    "Three soldiers were killed when gunmen attacked their base in Tillaberi region on Thursday, the defence ministry "
    "said.",
    "Gunmen attacked a camp for displaced people in Ituri on Sunday, killing 14 civilians, local officials said.",
    # a toll of both sides alone tells no answer of the force: the raid (as the dev gold codes it)
    "Eight militants and two soldiers were killed in an attack on an army post in North Waziristan on Tuesday, the "
    "military said.",
])
def test_a_raid_told_by_its_toll_or_on_civilians_stays_an_attack(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "attack"


@pytest.mark.parametrize("text", [
    "Attackers on a motorbike killed a shopkeeper in the market of Quetta on Wednesday, police said.",
    "A tax collector was killed by unidentified attackers in the Afgoye district on Monday.",
    "Suspected militants shot dead a trader outside his shop in Mandera on Friday evening, police said.",
    "A journalist working for a regional radio station was killed by unknown assailants in Tegucigalpa on Monday "
    "night.",
    "A judge based in Kismayo was shot dead by gunmen near his home on Thursday, officials said.",
])
def test_one_trader_or_described_journalist_killed_is_targeted(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "targeted_killing"


@pytest.mark.parametrize("text", [
    "Gunmen shot dead five traders at a market in Zamfara State on Sunday, police said.",
    "A trader was killed and four other people were wounded when gunmen opened fire at a market in Maiduguri on "
    "Monday.",
])
def test_traders_among_many_stay_an_attack(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "attack"


@pytest.mark.parametrize("text", [
    "A shopkeeper was shot dead by a soldier at a roadblock in Bukavu on Friday after an argument over a fare, "
    "residents said.",
    "Police officers shot dead a merchant in Kaduna on Thursday, saying they took him for a kidnapper.",
    "Gunmen shot dead a money changer in Maiduguri on Wednesday and made off with his valuables, police said.",
    "A contractor was shot dead by his business rival in Multan on Friday after a row over a tender, police said.",
])
def test_a_trade_killed_by_forces_or_for_money_stays_an_attack(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "attack"


@pytest.mark.parametrize("text", [
    "Fighters of the West Papua National Liberation Army shot dead a teacher in Beoga on Thursday, police said.",
    "A teacher was shot dead by the Kachin Independence Army in Hpakant on Monday, residents said.",
])
def test_a_trade_killed_by_an_army_that_is_no_state_is_singled_out(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "targeted_killing"


@pytest.mark.parametrize("text", [
    "A nurse working at the district hospital was killed when gunmen sprayed a market in Beni with bullets on Monday.",
    "An engineer employed by the road company was killed as bandits ambushed a convoy near Zamfara on Tuesday.",
])
def test_a_described_holder_killed_in_a_raid_on_many_stays_an_attack(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "attack"


@pytest.mark.parametrize("text", [
    "Insurgents hit back at the police on Friday, raiding a checkpoint in Zabul and killing five officers.",
    "Rebels struck back on Tuesday, ambushing an army patrol in Ituri and killing four soldiers.",
])
def test_attackers_who_hit_back_leave_a_one_sided_raid(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "attack"
