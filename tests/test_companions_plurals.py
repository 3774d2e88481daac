"""People joined to a first victim by a plural noun with no figure ("and his guards") are two or more, and a vague
figure ("and several of his aides") is a floor: the toll is a lower bound, never an exact count of one each
(`companions.read` counts them in its own item loop).
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, companions


@pytest.mark.parametrize("sentence, toll", [
    ("Gunmen killed the village chief and his guards in Zamfara.", (3, True)),
    ("Militants shot dead Yusuf Bello and his drivers near Gashua on Friday.", (3, True)),
    ("Soldiers killed rebel commander Idris Tanko and several of his fighters.", (4, True)),
    # a figure or a singular noun stays exact
    ("Gunmen killed the village chief and his two guards in Zamfara.", (3, False)),
    ("Gunmen killed the village chief and his wife in Zamfara.", (2, False)),
    # the same in a subject joined before a passive verb
    ("A fisherman and his nephews were killed when the boat was shelled.", (3, True)),
    ("A pastor and several of his relatives were killed in the blast.", (4, True)),
    ("A pastor and his three relatives were killed in the blast.", (4, False)),
    # a noun that names a set number counts it exactly, in an object as in a subject
    ("Bandits shot dead a farmer and his twins on Sunday.", (3, False)),
    ("Raiders killed a trader and his triplets near the market.", (4, False)),
    # "her" before a noun owns it: "her children" is a plural (two or more), not one person
    ("A mother and her children were burnt to death in the blaze.", (3, True)),
    ("A mother and her sons were shot dead at the checkpoint.", (3, True)),
    ("A farmer and her two sons were shot dead at the checkpoint.", (3, False)),
    # a vague figure of a bare plural is a floor too ("and dozens of fighters", not only "of his fighters")
    ("Troops killed the rebel commander and dozens of fighters in the forest.", (25, True)),
    ("Gunmen killed the village chief and scores of villagers.", (21, True)),
    # "men", "children", "people" are plurals too
    ("Troops killed the rebel commander and his men after a siege.", (3, True)),
    ("A teacher and her children were killed when the roof was shelled.", (3, True)),
])
def test_plural_companions_make_a_lower_bound(sentence: str, toll: tuple[int, bool]) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed")) == toll


@pytest.mark.parametrize("sentence, after, expected", [
    ("They killed the driver, his two guards and his sons near the bridge.", "the driver", (4, True)),
    ("They killed the driver and his twins near the bridge.", "the driver", (2, False)),
    ("They killed the driver and dozens of his relatives near the bridge.", "the driver", (24, True)),
    ("They killed the driver, a father of three, near the bridge.", "the driver", (0, False)),  # an apposition
    ("They killed the driver and two others were injured.", "the driver", (0, False)),  # a new clause
])
def test_companions_count_plural_and_vague_items_in_their_own_loop(sentence: str, after: str,
                                                                    expected: tuple[int, bool]) -> None:
    more = companions.read(sentence, sentence.index(after) + len(after), casualties._COMPANION,  # noqa: SLF001
                           casualties._num, casualties._is_person_word, casualties._is_vague)  # noqa: SLF001
    assert (more.n, more.bounded) == expected
