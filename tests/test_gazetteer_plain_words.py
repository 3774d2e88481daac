"""Capitalised plain words ("the Airport", "the Market") and NER spans that took the next word are no unknown town's
name. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import nlp
from worker.extract import extract_incidents
from worker.extract.name_readings import is_name


@pytest.mark.parametrize("name", ["Harbor", "Market", "Border on", "Main Square", "Bridge at"])
def test_plain_words_are_no_name(name: str) -> None:
    assert not is_name(name)


@pytest.mark.parametrize("name", ["Kafr el-Sheikh", "Ras al Ain", "Gidan Bakuso", "Mile 12", "Tal Abyad"])
def test_names_with_particles_or_figures_stay_names(name: str) -> None:
    assert is_name(name)


def test_a_plain_word_after_the_gives_no_city() -> None:
    text = "Gunmen shot dead four traders at the Airport on Tuesday, Somali police said."
    found = extract_incidents(text, nlp()(text), "2031-05-02")
    assert found and all(i.city is None for i in found)


def test_a_small_town_called_by_a_plain_word_is_the_word() -> None:
    from worker.extract.geonames import index
    assert not index().cities("Airport") and not index().cities("Police")  # a Hawaiian village, a Polish town
    assert index().cities("Mobile")[0].country == "United States"  # a big one keeps its name
    text = "Gunmen shot dead four traders at the Airport on Tuesday, Kenyan police said."
    found = extract_incidents(text, nlp()(text), "2031-05-02")
    assert found and (found[0].country, found[0].city) == ("Kenya", None)


def test_a_big_town_called_by_a_plain_word_is_a_name() -> None:
    """The gazetteer keeps a big town under its word, so the unseen-town pass must not drop it as a plain word."""
    assert is_name("Reading") and not is_name("Harbor")
    text = "Two men were stabbed to death in Reading late on Friday, detectives said."
    found = extract_incidents(text, nlp()(text), "2031-05-02")
    assert found and (found[0].country, found[0].city) == ("United Kingdom", "Reading")
