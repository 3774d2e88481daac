"""Animals are never a toll's victims, whichever animal and however its plural is spelt: the lexicon is the word class
(WordNet nouns whose animal sense is their foremost, not only their first listed), and a passive subject that joins
people and animals counts the people. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, toll_phrases


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("word", ["hippos", "buffaloes", "leopards", "turtles", "yaks", "geese", "rhinoceroses",
                                  "elephants", "camels"])
def test_animal_words(word: str) -> None:
    assert toll_phrases.is_animal_noun(word)


@pytest.mark.parametrize("word", ["rangers", "heroes", "herders", "soldiers"])
def test_people_words_are_no_animals(word: str) -> None:
    assert not toll_phrases.is_animal_noun(word)


@pytest.mark.parametrize("sentence, n", [
    ("Four wardens and two hippos were shot dead near Lake Edward on Tuesday.", 4),
    ("A herdsman and three buffaloes were killed when the convoy was ambushed.", 1),
    ("Two porters and six rhinoceroses were killed in the raid.", 2),
    ("Militia fighters shot dead three rangers and two leopards in the reserve.", 3),
])
def test_animals_beside_people_are_no_victims(sentence: str, n: int) -> None:
    assert _killed(sentence) == n
