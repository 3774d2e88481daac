"""The person-noun lexicon (data/person_nouns.csv: WordNet's nouns whose first sense is a person, with hand rows)
names the victims joined to a first one and the objects of a killing ("the governor and 14 of his aides"), while
animals and things stay out. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, toll_phrases


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Militants killed a headmaster and two of his colleagues near Damboa.", 3),
    ("The blast killed the senator and nine of his aides in the convoy.", 10),
    ("Raiders shot dead a widow, her grandson and a neighbour at the farm.", 3),
    ("Gunmen killed the imam and his cook after the evening prayer.", 2),
    ("Bandits killed a district head and 20 of his subjects in the raid.", 21),
    ("Gunmen killed Sergeant Ali Musa and Private John Bala at the checkpoint.", 2),
    ("A mob beat a suspected pickpocket to death at the bus station.", 1),
])
def test_people_the_lexicon_knows_are_counted(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("word, person", [
    ("aide", True), ("colleague", True), ("chauffeur", True), ("herder", True), ("head", True),
    ("goat", False), ("cow", False), ("warrant", False), ("have", False), ("someone", False),
])
def test_the_lexicon_holds_people_only(word: str, person: bool) -> None:
    assert (word in toll_phrases.person_nouns()) == person
