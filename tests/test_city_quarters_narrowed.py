"""A city's quarters are read only from what the text says (a side or the word neighbourhood after the name), never
from nearness or a namesake's size: a town beside the dateline city stays itself, a city written as an adjective of
a neighbourhood ("an eastern Baghdad neighborhood") stays the city, and a roundup's paragraph opening "In <town>,"
is another incident only when it tells a deed of its own. Fresh texts written for these tests (real places,
invented events)."""
from __future__ import annotations

import pytest

from tests.place_cases import where, where_all


@pytest.mark.parametrize("text, want", [
    ("DETROIT (AP) — Two men were shot dead outside a bakery in Hamtramck on Thursday night, police said.",
     ("United States", "Michigan", "Hamtramck")),
    ("BOSTON (AP) — A man was stabbed to death near a subway stop in Somerville on Friday, police said.",
     ("United States", "Massachusetts", "Somerville")),
])
def test_a_town_beside_the_dateline_city_stays_itself(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text", [
    ("A car bomb exploded outside a market in Mogadishu on Saturday, killing 23 people, police said.\n\n"
     "Ambulances carried the wounded through the crowded streets.\n\n"
     "In Nairobi, the African Union envoy said the bombing that killed 23 shoppers was an act of cowardice."),
    ("Gunmen opened fire on worshippers at a mosque in Katsina State on Friday, killing 17, police said.\n\n"
     "Witnesses said the attackers fled on motorcycles.\n\n"
     "In Kano, doctors treated nine wounded survivors brought from the mosque."),
    ("A suicide bomber killed 11 people at a police checkpoint in Quetta on Monday, officials said.\n\n"
     "Police sealed off the area.\n\n"
     "In Karachi, hundreds of traders marched against the killing of 11 people."),
])
def test_a_reaction_or_hospital_paragraph_is_no_other_incident(text: str) -> None:
    assert len(where_all(text)) == 1


@pytest.mark.parametrize("text, city", [
    ("A roadside bomb killed three people in a poor western Mosul neighborhood on Sunday, police said.", "Mosul"),
    ("Rockets hit several Kabul neighbourhoods on Sunday, killing six people, police said.", "Kabul"),
    # an appositive that merely holds the word names no quarter
    ("Gunmen killed four farmers near Kaduna, a neighbourhood vigilante leader said on Monday.", "Kaduna"),
    ("A grenade killed two people in Mosul, the Zanjili neighbourhood's mukhtar said.", "Mosul"),
    # the city itself before its side, where the page names no other city
    ("Three men were shot dead in Houston on the North Side on Friday night, police said.", "Houston"),
    # a plain word and Town or Village placed by its state is a town of its own
    ("Three people were found shot dead in a house in Bay Village, Ohio, on Sunday, police said.", "Bay Village"),
])
def test_the_city_stays_where_no_quarter_is_told(text: str, city: str) -> None:
    assert city in [w[2] for w in where_all(text)]


def test_a_bureau_city_abroad_takes_no_quarter() -> None:
    text = ("AMMAN, Jordan (AP) — A mortar shell killed four people in the Bab Touma neighborhood on Monday, Syrian "
            "state media said.")
    assert all(w[2] != "Amman" for w in where_all(text))
