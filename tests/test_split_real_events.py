"""One real event, one incident; each real event its own. A reprisal told after an opener that points back at the
told event ("Hours after the attack, warplanes struck ...") with dead or wounded of its own is another incident; a
sentence whose only event word names the told event's doers again ("searching for the gunmen") adds none. All
texts written for these tests (real places and groups, invented events)."""
from __future__ import annotations

import pytest

from worker.evaluation import flatten


def _incidents(nlp, text: str) -> list[dict]:
    from worker.pipeline import incidents
    article = {"id": "t", "url": "", "title": None, "published": "2024-03-12", "text": text}
    return [flatten(m) for m in incidents([article], nlp)[0]]


@pytest.mark.parametrize("text, tolls", [
    ("Militants attacked an army post in Tillaberi on Thursday, killing six soldiers, the defence ministry said.\n\n"
     "Hours after the attack, Nigerien military jets bombed a camp in Mali's Menaka region, killing 14 fighters, "
     "the army said.", [6, 14]),
    ("Gunmen ambushed a convoy near Kidal on Friday, killing three peacekeepers, the UN mission said.\n\n"
     "Two days after the ambush, army helicopters struck a hideout near Tessalit, killing eleven militants.", [3, 11]),
])
def test_reprisal_with_its_own_toll_is_its_own_incident(nlp, text: str, tolls: list[int]) -> None:
    assert [x["killed"] for x in _incidents(nlp, text)] == tolls


@pytest.mark.parametrize("text", [
    "Bandits killed seven farmers in Maru, Zamfara state, on Sunday, residents said. Soldiers were still hunting "
    "for the gunmen on Monday.",
    "Gunmen shot dead four worshippers at a mosque in Kano on Friday. Police were searching for the attackers on "
    "Saturday, a spokesman said.",
])
def test_hunt_for_the_doers_adds_no_incident(nlp, text: str) -> None:
    got = _incidents(nlp, text)
    assert len(got) == 1 and got[0]["killed"] in (4, 7)


@pytest.mark.parametrize("text", [
    "An Israeli drone strike on a motorbike near the Lebanese town of Bint Jbeil killed two Hezbollah fighters on "
    "Tuesday, Lebanese security sources said. The Israeli military said its aircraft had struck \"a terrorist squad\" "
    "that was about to fire anti-tank missiles at northern Israel.",
    "Russian forces shelled the Ukrainian town of Vovchansk on Monday, killing three civilians, regional officials "
    "said. The Russian defence ministry said its artillery had hit a Ukrainian unit that had been preparing to launch "
    "drones at Belgorod.",
])
def test_target_of_an_intended_act_is_no_other_scene(nlp, text: str) -> None:
    got = _incidents(nlp, text)
    assert len(got) == 1 and got[0]["killed"] in (2, 3)


@pytest.mark.parametrize("text, city", [
    ("Islamic State fighters tried to attack Gwoza on Wednesday night and killed three soldiers before troops "
     "repelled them, the army said.", "Gwoza"),
    ("Russian forces were preparing to attack Kupiansk, where three civilians died in shelling on Saturday, Ukrainian "
     "officials said.", "Kupiansk"),
])
def test_target_that_was_the_scene_stays_the_scene(nlp, text: str, city: str) -> None:
    # a tried assault is fought in its target; a relative clause tells an event in the target itself
    assert [x["city"] for x in _incidents(nlp, text)] == [city]


@pytest.mark.parametrize("text", [
    "Jihadists ambushed a patrol near Menaka on Tuesday, killing four soldiers, the army said. A day after the "
    "ambush, three soldiers hurt in the attack died of their wounds in Gao.",
    "Gunmen seized a restaurant in Bamako on Saturday, killing nine diners, police said. Hours after the attack, "
    "troops ended the siege, killing all three gunmen.",
])
def test_later_news_of_the_told_event_adds_no_incident(nlp, text: str) -> None:
    # the dead of the same ambush, the doers killed as the siege ended: the told event again, no reprisal
    assert len(_incidents(nlp, text)) == 1


def test_reprisal_hours_after_takes_the_told_day(nlp) -> None:
    text = ("Insurgents attacked a police station in Diffa on Sunday, killing five officers. Hours after the "
            "attack, Nigerien army helicopters struck a camp near Bosso, killing nine fighters.")
    got = _incidents(nlp, text)
    assert [(x["killed"], x["date"]) for x in got] == [(5, "2024-03-10"), (9, "2024-03-10")]
