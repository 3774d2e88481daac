"""A town named in an "after" clause that recalls an earlier event beside the sentence's own ("Five years after the
Kankara kidnapping, bandits seized 30 pupils in Kebbi state") is that event's place, not the scene of the sentence's
event; alone in its clause's own incident it stays that incident's place. Sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where, where_all
from worker.extract import aside_places


def test_a_recalled_clauses_town_is_an_aside() -> None:
    text = "Five years after the Kankara kidnapping, bandits seized 30 pupils from a school in Kebbi state."
    start = text.index("Kankara")
    assert aside_places.recalled(text, start, start + len("Kankara"))
    start = text.index("Kebbi")
    assert not aside_places.recalled(text, start, start + len("Kebbi"))


def test_a_clause_in_a_sentence_that_only_recalls_is_no_aside() -> None:
    text = "Pupils returned to classes in Jos on Monday, a year after the Kankara kidnapping."
    start = text.index("Kankara")
    assert not aside_places.recalled(text, start, start + len("Kankara"))


def test_the_sentences_own_province_is_not_joined_to_the_recalled_town() -> None:
    country, admin1, city = where("Five years after the Kankara kidnapping, bandits seized 30 pupils from a school "
                                  "in Kebbi state on Friday, police said.")
    assert (country, admin1) == ("Nigeria", "Kebbi") and city != "Kankara"


def test_the_recalled_incident_keeps_its_own_town() -> None:
    found = where_all("Gunmen killed six traders in Mangu on Friday, three days after an attack in Riyom killed "
                      "nine people.")
    assert ("Nigeria", "Plateau", "Mangu") in found and ("Nigeria", "Plateau", "Riyom") in found


def test_a_clause_the_storys_event_comes_after_is_no_aside() -> None:
    """"The latest raid comes days after ...": the main clause only points back at the story's event."""
    text = "The latest abduction comes days after bandits seized 80 pupils in Kankara in Katsina State."
    start = text.index("Kankara")
    assert not aside_places.recalled(text, start, start + len("Kankara"))
