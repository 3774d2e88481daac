"""One manner-of-death lexicon (data/manner_of_death.csv) for every toll reader: each verb that kills by itself
is read after an auxiliary ("were murdered"), with one victim ("murdered the pastor", "murdered Musa Ali"); each
manner verb with its closer ("were stabbed to death", "stabbed the pastor to death", "stabbed his wife and two
children to death"). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, manner_of_death, toll_phrases

_ROWS = manner_of_death._rows()  # noqa: SLF001


def _toll(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("phrase", [p for p, c, f in _ROWS if not c and f == "participle"])
def test_a_verb_that_kills_by_itself_is_read_in_every_shape(phrase: str) -> None:
    assert [_toll(f"Two men were {phrase} in the village."), _toll(f"A man was {phrase} in the village."),
            _toll(f"The gunmen {phrase} the pastor in the village."),
            _toll(f"The gunmen {phrase} Musa Ali in the village.")] == [2, 1, 1, 1]


@pytest.mark.parametrize("phrase, closer", [(p, c) for p, cs, f in _ROWS if f == "participle" for c in sorted(cs)])
def test_a_manner_verb_kills_with_its_closer_in_every_shape(phrase: str, closer: str) -> None:
    assert [_toll(f"Two men were {phrase} {closer} in the village."),
            _toll(f"The mob {phrase} the pastor {closer} in the village."),
            _toll(f"The mob {phrase} his wife and two children {closer} in the village."),
            _toll(f"The mob {phrase} three traders {closer} in the village.")] == [2, 1, 3, 3]


@pytest.mark.parametrize("sentence", [
    "The mob shot the man alive in the village.",  # "alive" closes burning and burying only
    "Two men were stabbed in the village.",  # a manner verb without its closer also wounds
])
def test_a_manner_verb_without_its_own_closer_kills_no_one(sentence: str) -> None:
    assert _toll(sentence) is None
    assert toll_phrases.manner_first(sentence) == sentence


def test_the_lexicon_closes_burying_only_with_alive() -> None:
    assert manner_of_death.closed_by("buried") == frozenset({"alive"})
    assert manner_of_death.closed_by("Burned") == frozenset({"to death", "alive"})
    assert manner_of_death.closed_by("walked") == frozenset()


@pytest.mark.parametrize("phrase, closer", [(p, c) for p, cs, f in _ROWS if f == "gerund" for c in sorted(cs) or [""]])
def test_a_gerund_of_the_lexicon_counts_its_object(phrase: str, closer: str) -> None:
    """"raided the village, hacking 12 farmers to death", "overran the base, beheading four soldiers"."""
    assert _toll(f"Gunmen raided the village, {phrase} 12 farmers {closer}".rstrip() + ".") == 12


def test_a_gerund_noun_with_a_time_after_it_is_no_toll() -> None:
    assert _toll("The shooting two days ago shocked the town.") is None
