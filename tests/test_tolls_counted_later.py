"""A toll with no event word of its own, told on a day a little after an attack that told no dead, is the attack's:
its dead were found or counted the next day ("The bodies of 12 villagers were found the next morning."). Fresh texts
written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents


@pytest.mark.parametrize("text, killed", [
    ("Gunmen stormed Kwari village in Zamfara State on Tuesday night. Residents said the bodies of 12 villagers were "
     "found in the bush the next morning.", 12),
    ("Armed men raided a farming settlement near Bokkos on Sunday. The number of dead stood at 17 on Monday.", 17),
    ("Militants attacked a police post in Tillaberi on Friday. Rescuers recovered 9 bodies on Saturday.", 9),
])
def test_a_toll_counted_the_day_after(nlp, text: str, killed: int) -> None:
    got = extract_incidents(text, nlp(text), "2024-03-13")
    assert [i.killed for i in got if i.primary] == [killed]


def test_bodies_found_days_later_stay_apart(nlp) -> None:
    # five days on, a finding is no longer the counting of this attack's dead (_COUNTED_WITHIN)
    text = "Militants attacked a police post in Tillaberi on Friday. Rescuers recovered 9 bodies on Wednesday."
    got = extract_incidents(text, nlp(text), "2024-03-13")
    assert [i.killed for i in got if i.primary][:1] == [None]


@pytest.mark.parametrize("text", [
    # a running total of a siege, a year or a war counted later is not the attack's dead
    "Militia fighters shelled the city of Kadugli on Tuesday. Deaths reached 900 on Thursday, medics said, since the "
    "siege began in April.",
    "Gunmen attacked a market in Bamenda on Friday. The dead numbered 2,300 on Saturday for the year so far, a "
    "rights group said.",
    "Russian drones struck apartment blocks in Odesa on Monday night. On Tuesday, the number of dead in the country's "
    "war stood at 11,000 civilians.",
])
def test_a_running_total_counted_later_stays_apart(nlp, text: str) -> None:
    got = extract_incidents(text, nlp(text), "2024-03-13")
    assert [i.killed for i in got if i.primary] == [None]


def test_the_latest_count_is_the_toll(nlp) -> None:
    text = ("Armed men raided a hamlet near Bokkos on Thursday. The number of dead stood at 8 on Friday. By Saturday "
            "the dead numbered 14, a local leader said.")
    got = extract_incidents(text, nlp(text), "2024-03-13")
    assert [i.killed for i in got if i.primary] == [14]


@pytest.mark.parametrize("text, killed", [
    # a period's possessive that is the subject of the killing is the event told, with its toll
    ("The weekend's raids on four hamlets in Zamfara killed 58 people, officials said on Monday.", 58),
    ("This week's fighting between two clans in Galmudug killed 31 people, elders said on Friday.", 31),
])
def test_a_period_possessive_event_keeps_its_toll(nlp, text: str, killed: int) -> None:
    got = extract_incidents(text, nlp(text), "2024-03-13")
    assert killed in [i.killed for i in got]
