"""Regressions of the places review of 2026-12-05 (s14): a person's name is no town, a numbered locality is no
namesake abroad, a speaker's place or a route end is the scene when the sentence says the violence happened there,
and a village the text places in its LGA stays the city."""
from typing import Any

import pytest

from worker.extract import places
from worker.pipeline import incidents


def _locations(nlp: Any, text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = {"id": "t", "url": None, "source": "s", "title": "", "published": "2024-05-01", "text": text}
    return [(m["location"]["country"], m["location"]["admin1"], m["location"]["city"])
            for m in incidents([doc], nlp)[0]]


def test_hometown_of_a_person_is_the_town_inside_the_name(nlp: Any) -> None:
    locs = _locations(nlp, "Gunmen shot dead three traders on Friday in the hometown of the former senator "
                           "Ahmadu Sokoto, police said.")
    assert locs == [("Nigeria", "Sokoto", "Sokoto")]


def test_person_named_after_a_capital_is_no_place(nlp: Any) -> None:
    locs = _locations(nlp, "Sofia Vergara condemned the attack in which gunmen killed four people at a Kano market "
                           "on Sunday.")
    assert locs == [("Nigeria", "Kano", "Kano")]


def test_numbered_locality_is_no_namesake_abroad(nlp: Any) -> None:
    locs = _locations(nlp, "Gunmen killed five traders at Mile 3, about 4 km from Port Harcourt, on Tuesday.")
    assert [c for c, _, _ in locs] == ["Nigeria"]
    assert all(city != "Mile" for _, _, city in locs)


@pytest.mark.parametrize("text, city", [
    ("Speaking in Jos, where attackers killed 9 villagers on Sunday, the minister promised more troops.", "Jos"),
    ("Refugees who had fled to Bama last year were ambushed by insurgents on Saturday.", "Bama"),
    ("Villagers who fled to Damaturu after earlier raids were attacked by gunmen on Friday, killing 3.", "Damaturu"),
    ("Gunmen attacked worshippers on Sunday as the dead of an earlier clash were being buried in Katsina, "
     "killing 6.", "Katsina"),
])
def test_place_the_sentence_ties_to_the_violence_is_the_scene(nlp: Any, text: str, city: str) -> None:
    assert [loc[2] for loc in _locations(nlp, text)] == [city]


def test_route_end_without_violence_there_stays_no_scene(nlp: Any) -> None:
    text = "Gunmen killed 4 people in Gwoza on Monday and the wounded were taken to hospitals in Maiduguri."
    assert [loc[2] for loc in _locations(nlp, text)] == ["Gwoza"]


def test_speaker_place_without_tie_stays_no_scene(nlp: Any) -> None:
    text = "Speaking in Abuja on Tuesday, the minister said gunmen killed 9 villagers in Plateau State."
    assert all(loc[2] != "Abuja" for loc in _locations(nlp, text))


def test_village_stormed_in_its_lga_is_the_city(nlp: Any) -> None:
    locs = _locations(nlp, "Bandits stormed Kutemeshi village in Kankara LGA on Wednesday, killing 8 farmers.")
    assert [city for _, _, city in locs] == ["Kutemeshi"]


def test_name_begun_by_a_town_is_no_mention(nlp: Any) -> None:
    text = "Sofia Vergara denounced the raid in which bandits killed nine villagers near Zaria on Friday."
    found = [m.text for m in places.find(text, 0, len(text), nlp(text))]
    assert "Sofia" not in found and "Zaria" in found


def test_town_near_a_landmark_is_in_the_landmarks_country(nlp: Any) -> None:
    locs = _locations(nlp, "Gunmen killed six people in Victoria, about 9 km from Lagos, on Monday.")
    assert [(c, a) for c, a, _ in locs] == [("Nigeria", "Lagos")]


def test_existential_there_ties_no_speaker_place(nlp: Any) -> None:
    text = "Speaking in Abuja, the minister said there were 9 people killed in Jos on Sunday."
    assert [loc[2] for loc in _locations(nlp, text)] == ["Jos"]


def test_people_before_village_outside_a_district_is_no_place(nlp: Any) -> None:
    text = "Gunmen attacked Christian village leaders in Plateau State on Monday, killing 4."
    assert [loc[:2] for loc in _locations(nlp, text)] == [("Nigeria", "Plateau")]
