"""A village the gazetteer lacks that the text places by a landmark next to it ("in X, near Y", "attacked X, close
to Y", "X village outside Y") is the scene, not the landmark town after it, even where NER reads the village as a
person or a firm; "outside Y" alone still places the event at Y. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.near_towns import near_towns


@pytest.mark.parametrize("text, city", [
    ("Armed men killed six people in Tessarit, near Ansongo in Mali's Gao region, local officials said Tuesday.",
     "Tessarit"),
    ("Militants attacked Dangora, near Bannu, killing three policemen on Sunday.", "Dangora"),
    ("Bandits killed five farmers at Gidan Ardo, close to Tsafe town in Zamfara, on Sunday.", "Gidan Ardo"),
    ("Gunmen attacked a church in Kwaghbe, near Makurdi, killing six worshippers on Sunday.", "Kwaghbe"),
    ("Al-Shabaab fighters raided Garsale village outside Jowhar on Thursday, killing four.", "Garsale"),
    ("Jihadists stormed Koumbri, not far from Ouahigouya, killing 11 civilians on Saturday.", "Koumbri"),
    ("Two people died when a grenade went off in Malabu, on the outskirts of Yola, on Monday.", "Malabu"),
    # a landmark alone: the event is at it
    ("A suicide bomber killed 12 soldiers outside Kabul on Monday.", "Kabul"),
    ("Gunmen killed three policemen at a checkpoint just outside Peshawar on Friday.", "Peshawar"),
])
def test_the_village_by_its_landmark(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, names", [
    ("killed six people in Tessarit, near Ansongo", ["Tessarit"]),
    ("militants attacked Dangora, close to Bannu", ["Dangora"]),
    ("a village on the outskirts of Yola", []),  # no name before the landmark
    ("said Musa Bello, near Kano", []),  # no place's slot before the name
])
def test_near_towns(text: str, names: list[str]) -> None:
    assert [name for _, name, _ in near_towns(text, 0, len(text))] == names


@pytest.mark.parametrize("text, city", [
    # a building, a quarter or a post before "near": no village; the town is the city
    ("Soldiers raided Nasser Hospital, near Khan Younis's old market, killing four on Tuesday.", "Khan Younis"),
    ("Gunmen struck Bayero University, near Kano, killing two guards on Friday.", "Kano"),
    ("A bomb tore through Anarkali Bazaar, near Lahore's Mall Road, killing five on Sunday.", "Lahore"),
    # a person or a force struck "near" a town: the town
    ("A drone hit Qari Zakir, near Wana, killing three of his aides on Sunday.", "Wana"),
    # a landmark inside the city: the name before it is a part of the city
    ("A car bomb exploded in Hodan near the Turkish embassy in Mogadishu on Monday, killing 11.", "Mogadishu"),
    # the attackers' staging ground when the sentence names the landmark again as their target
    ("Gunmen gathered at Kurmin Masara, near Kajuru, then stormed Kajuru on Sunday, killing seven.", "Kajuru"),
])
def test_no_village_by_the_landmark(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text", [
    "bombers hit Mercy Hospital, near Goma",
    "a blast in Kasuwa Market, near Maiduguri's main gate",
    "a blast in Shahr-e Naw near the Indian embassy in Kabul",
    "fighters massed at Dalori, near Konduga, before storming Konduga",
])
def test_near_towns_skips_non_villages(text: str) -> None:
    assert list(near_towns(text, 0, len(text))) == []
