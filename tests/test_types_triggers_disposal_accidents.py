"""A controlled detonation disposes of explosives (GOLD_FORMAT other, as a defused bomb; incidents-dev README:
"defused IEDs ... = other"), never a bombing; fires, fireworks and tanker or gas blasts with no violent cause are
accidents. Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents


def _incidents(text: str) -> list[tuple[str, int | None]]:
    return [(i.event_type, i.killed) for i in extract_incidents(text, None, "2024-05-01")]


@pytest.mark.parametrize("text", [
    "Sappers blew up the old mortar rounds in a field outside Gao on Tuesday, the army said.",
    "Police destroyed the explosives safely behind the station in Garissa on Tuesday.",
    "Soldiers detonated the seized landmines in a controlled explosion near Mopti on Tuesday.",
])
def test_a_controlled_detonation_is_disposal_not_a_bombing(text: str) -> None:
    assert [t for t, _ in _incidents(text)] in ([], ["other"])


def test_a_bomb_that_goes_off_before_it_is_made_safe_is_still_a_bombing() -> None:
    text = "A bomb exploded before soldiers could safely remove it in Gao on Tuesday, killing two soldiers."
    assert _incidents(text) == [("bombing", 2)]


@pytest.mark.parametrize("text", [
    "Firecrackers sparked a blaze in a fabric shop in Onitsha on Tuesday, killing three traders.",
    "Six people died in a factory fire in Aba on Tuesday, firefighters said.",
    "A petrol tanker exploded at a filling station in Lokoja on Tuesday, and nine people were burned to death.",
    "A gas explosion tore through a restaurant in Kabul on Tuesday, killing five.",
    "A canoe capsized on the Niger near Jebba on Tuesday, killing eleven traders.",
    "A herd of elephants trampled three farmers to death near Kasungu on Tuesday.",
    "A mudslide buried four children alive in Bulambuli on Tuesday.",
    "A crocodile mauled a boy to death on the Shire near Chikwawa on Tuesday.",
])
def test_fires_blasts_boats_mudslides_and_wild_animals_are_accidents(text: str) -> None:
    assert _incidents(text) == []


def test_gunmen_who_set_a_market_on_fire_stay_an_attack() -> None:
    assert [k for _, k in _incidents("Gunmen set fire to a market in Bauchi on Tuesday, killing two traders.")] == [2]


def test_a_ship_sunk_by_a_missile_is_still_violence() -> None:
    text = "A missile struck a tanker off Mokha on Tuesday and it sank, killing two crew members."
    assert [t for t, _ in _incidents(text)] == ["shelling"]


# a vehicle that hits a fixed thing (a tree, a pole, a wall, a parked truck) or veers off the road is a road accident
@pytest.mark.parametrize("text", [
    "Two brothers were killed when their van struck an electricity pole in Ibadan on Friday.",
    "The couple died after their jeep slammed into a parked trailer near Ilorin on Friday.",
    "Five passengers were killed when the bus veered off the road near Ilorin on Friday.",
])
def test_a_vehicle_hitting_a_fixed_thing_is_an_accident(text: str) -> None:
    assert _incidents(text) == []


def test_gunmen_beside_a_crash_still_kill() -> None:
    text = "Gunmen shot dead two traders after their bus hit a pole in Ibadan on Friday."
    assert [k for _, k in _incidents(text)] == [2]  # a killing (attack or targeted killing), kept
