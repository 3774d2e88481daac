"""The learned place ranker (worker/extract/place_ranking.py) and provinces in the text's spelling (toponyms).
Fresh sentences written for these tests."""
from __future__ import annotations

import json
from typing import Any

import pytest

from tests.place_cases import Where, where_all
from worker.extract import place_ranking, places, toponyms


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    places.warm()


def test_the_weights_file_names_every_feature() -> None:
    """The data file the training script writes covers the features the code computes (a renamed feature would
    silently score 0)."""
    stored = json.load(open(place_ranking.WEIGHTS, encoding="utf-8"))["weights"]
    assert set(stored) == set(place_ranking.FEATURES)
    assert place_ranking.weights() is not None


def _cue(text: str, trigger: str) -> place_ranking.Cue:
    at = text.index(trigger)
    return place_ranking.Cue(text, (at, at + len(trigger)), ((0, len(text)),), None)


def _candidates(text: str) -> list[place_ranking.Candidate]:
    mentions = places.localize(places.find(text, 0, len(text), None), "Nigeria")
    return place_ranking.candidates(mentions, "Nigeria", places._is_name)


def test_candidates_leave_out_countries_and_route_ends() -> None:
    text = "Gunmen killed nine villagers in Tungan Maje, a village in Zamfara State, on the road to Gusau from Kaura Namoda in Nigeria."
    names = [c.name for c in _candidates(text)]
    assert "Tungan Maje" in names and "Zamfara" in names
    assert "Nigeria" not in names and "Gusau" not in names


def test_features_say_how_a_place_is_introduced() -> None:
    text = "Gunmen killed nine villagers in Tungan Maje, a village in Zamfara State, police said."
    cands = _candidates(text)
    rows = {c.name: dict(zip(place_ranking.FEATURES, place_ranking.features(c, k, cands, _cue(text, "killed"),
                                                                             "Nigeria")))
            for k, c in enumerate(cands)}
    village, state = rows["Tungan Maje"], rows["Zamfara"]
    assert village["unknown"] == 1 and village["unknown_town"] == 1 and village["in_after_trigger"] == 1
    assert state["level_admin1"] == 1 and state["known"] == 1 and state["unknown_town"] == 0
    assert village["char_distance"] < state["char_distance"]


def test_the_model_prefers_a_named_village_to_its_province() -> None:
    text = "Gunmen killed nine villagers in Tungan Maje, a village in Zamfara State, police said."
    chosen = place_ranking.pick(_candidates(text), _cue(text, "killed"), "Nigeria")
    assert chosen is not None and chosen.name == "Tungan Maje"


def test_no_weights_leave_the_choice_to_the_rules(monkeypatch: Any) -> None:
    monkeypatch.setattr(place_ranking, "weights", lambda: None)
    text = "Gunmen killed nine villagers in Tungan Maje, a village in Zamfara State, police said."
    assert place_ranking.pick(_candidates(text), _cue(text, "killed"), "Nigeria") is None


@pytest.mark.parametrize("text, want", [
    # a village the gazetteer lacks, named as one, beside a district it knows
    ("A bomb killed six worshippers on Friday in Shinkai Kalay, a village of Lakki Marwat district, police said.",
     ("Pakistan", "Khyber Pakhtunkhwa", "Shinkai Kalay")),
    # a state named like its capital, and a town of it: the town
    ("Bandits killed 14 farmers on Sunday in Birnin Gwari, a town in Kaduna State, residents said.",
     ("Nigeria", "Kaduna", "Birnin Gwari")),
    # a name that is a province and its capital, and a district of that province told with the event: the district
    ("Bandits killed 12 villagers in Kaduna on Sunday. The attack happened in Kauru, a local government area of "
     "the state.", ("Nigeria", "Kaduna", "Kauru")),
    ("Militants stormed a checkpoint in Ghazni, killing five policemen in Andar district, the governor said.",
     ("Afghanistan", "Ghazni", "Andar")),
    # said to be the city: the city
    ("A bomb killed four people in the city of Kandahar on Monday, near the Arghandab district, police said.",
     ("Afghanistan", "Kandahar", "Kandahar")),
    # a neighbourhood of a big city the gazetteer lacks is a part of the city
    ("A suicide bomber killed 20 students in Kabul on Friday at a school in the Qala-e-Fatullah area, police said.",
     ("Afghanistan", "Kabul", "Kabul")),
])
def test_the_incident_is_placed_at_the_town(text: str, want: Where) -> None:
    assert where_all(text, parse=False)[:1] == [want]


@pytest.mark.parametrize("admin1, country, text, want", [
    # accents the text leaves out ("Nīnawá" among the province's names)
    ("Nineveh", "Iraq", "Militants attacked a village in Ninawa province on Monday, killing four.", "Ninawa"),
    # a province whose English name keeps its type word is not named by its city ("Kyiv")
    ("Kyiv Oblast", "Ukraine", "Drones struck Kyiv overnight, killing two, the governor said.", "Kyiv Oblast"),
    # a sign and a long vowel the text writes without ("‘Amrān")
    ("‘Amrān", "Yemen", "An air strike hit a market in Amran on Monday, officials said.", "Amran"),
    # one letter of transliteration
    ("Oromia", "Ethiopia", "Security forces shot five protesters in the Oromiya region on Friday.", "Oromiya"),
    # a demonym one letter off a province's name is no spelling of it
    ("Punjab", "Pakistan", "Punjabi traders protested in Lahore on Friday after two were shot.", "Punjab"),
])
def test_a_province_in_the_text_spelling(admin1: str, country: str, text: str, want: str) -> None:
    assert toponyms.as_written(admin1, country, text) == want


def test_a_town_ner_calls_a_person_is_still_a_place() -> None:
    """"in Ciudad Juarez" tagged PERSON: a town after "in" that the gazetteer knows is a mention; a person after
    "in" that it does not know stays no place."""
    class Ent:
        def __init__(self, text: str, label: str, start: int) -> None:
            self.text, self.label_, self.start_char, self.end_char = text, label, start, start + len(text)

    text = "Gunmen killed 11 people in a home in Ciudad Juarez, a week after Maria Lopez was shot in Villahermosa."
    at = text.index("Ciudad Juarez")
    assert places._mislabelled_place(text, Ent("Ciudad Juarez", "PERSON", at))
    assert not places._mislabelled_place(text, Ent("Maria Lopez", "PERSON", text.index("Maria Lopez")))
    assert not places._mislabelled_place(text, Ent("Ciudad Juarez", "DATE", at))


def test_a_word_of_what_kind_of_town_between_name_and_kind() -> None:
    """"the X farming community", "the X border town": the name is a town's, as in "the X community"."""
    text = "Herdsmen killed nine people after invading the Ungwan Gaiya farming community on Sunday, police said."
    found = [(m.text, m.named_kind) for m in places.find(text, 0, len(text), None)]
    assert ("Ungwan Gaiya", True) in found
    # a verb between a name and "village" is no kind of town
    text = "Boko Haram attacked village elders on Sunday."
    assert [m.text for m in places.find(text, 0, len(text), None) if m.named_kind] == []


def test_the_province_the_text_names_over_one_it_does_not() -> None:
    """A town's province the text names nowhere (an old name: "Katanga") gives way to the one province of that
    country the text names; a big city keeps its own, and a province the text also names is kept."""
    congo = "Democratic Republic of the Congo"
    text = "Police shot dead five protesters in Kipushi on Monday, officials in Haut-Katanga province said."
    mentions = places.localize(places.find(text, 0, len(text), None), congo)
    assert places._province_as_named(places.Location(congo, "Katanga", "Kipushi"), mentions, text).admin1 \
        == "Haut-Katanga"
    assert places._province_as_named(places.Location(congo, "Kinshasa", "Kinshasa"), mentions, text).admin1 \
        == "Kinshasa"
    also = text + " Katanga was one province until 2015."
    assert places._province_as_named(places.Location(congo, "Katanga", "Kipushi"), mentions, also).admin1 == "Katanga"
