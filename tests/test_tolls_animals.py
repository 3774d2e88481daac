"""Animals are never a toll's victims (data/animal_nouns.csv, WordNet's animals): "killed 40 cattle and a herder"
kills one person, "shot dead two cows" no one, while "three cattle herders" are people. Fresh sentences written for
these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, toll_phrases


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Rustlers killed 60 sheep and two shepherds near Mokwa on Friday.", 2),
    ("Raiders shot dead three camels and a trader at the well.", 1),
    ("The militia killed 25 head of cattle and a herdsman.", 1),
    ("Soldiers killed four cattle rustlers in the forest.", 4),  # the head noun is the rustlers
    ("Gunmen killed two young men at the junction.", 2),
    ("Gunmen killed 12 of the villagers.", 12),
])
def test_people_beside_animals_are_counted(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("sentence", [
    "Raiders shot dead two donkeys and a horse at the market.",
    "The floods killed 300 goats in the valley.",
    "Herders killed the farmer's 14 pigs in revenge.",
    "A man hacked his neighbour's dog to death.",
])
def test_animals_alone_are_no_toll(sentence: str) -> None:
    assert _killed(sentence) is None


def test_the_lexicon_keeps_nouns_that_name_people_as_often() -> None:
    assert toll_phrases.is_animal_noun("cattle") and toll_phrases.is_animal_noun("goats")
    assert not toll_phrases.is_animal_noun("male") and not toll_phrases.is_animal_noun("female")
