"""A list of victims before a passive verb reads its nouns with the person lexicon (data/person_nouns.csv) as well as
the victim nouns: "a cousin", "a doctor", "vigilantes" count. Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _total(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize(("sentence", "n"), [
    ("Three nurses and a doctor were shot dead at the clinic in Gombe on Tuesday.", 4),
    ("Four vigilantes were killed near Gusau on Monday.", 4),
    ("The victims, two herders and a cousin, were killed near Jos on Friday.", 3),
    ("Two cooks and a midwife were killed when the market was raided.", 3),
])
def test_list_nouns_of_the_person_lexicon_count(sentence: str, n: int) -> None:
    assert _total(sentence) == n


def test_a_lexicon_noun_before_of_heads_no_item() -> None:
    assert not _total("Two heads of cattle were killed in the raid on Sunday.")


def test_a_vague_item_makes_the_list_a_floor() -> None:
    assert casualties.merge(casualties.counts("A cook and several waiters were killed in the blast.", "killed")) == (4, True)


def test_a_lexicon_item_ends_before_the_next_figure() -> None:
    # "a ... porters" read as one item with a figure "a" swallowed the two porters
    assert casualties.merge(casualties.counts("The dead, a cobbler and two porters, were killed near Funtua.", "killed")) == (3, False)
