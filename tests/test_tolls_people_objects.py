"""A verb whose object may be a thing or an animal ("executed a warrant", "slaughtered 30 cows", "hanged a banner")
and a manner of death with its closer ("beat a dog to death", "buried the goat alive") kill only when their victims
are people: data/manner_of_death.csv marks the first (object = people), `manner_of_death.needs_people` tells both.
A figure of time is no count of people ("three days after bandits killed them"). Fresh sentences written for these
tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, manner_of_death


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence", [
    "Detectives executed an arrest warrant at the farmhouse near Jos on Monday.",
    "Officers executed two search warrants in Kaduna and seized rifles.",
    "The court order was executed by bailiffs on Monday.",
    "Villagers slaughtered 40 goats for the festival in Sokoto.",
    "The herders butchered a cow at the market.",
    "Protesters hanged an effigy of the governor outside the assembly.",
    "A crowd beat a stray dog to death in the market.",
    "Farmers buried the sheep alive after the flood.",
    "Arsonists burned three cars alive in the depot.",
])
def test_a_thing_or_an_animal_is_no_victim(sentence: str) -> None:
    assert _killed(sentence) is None


@pytest.mark.parametrize("sentence, n", [
    ("Insurgents executed three aid workers in Borno on Monday.", 3),
    ("Insurgents executed 14 in the town square.", 14),
    ("The rebels hanged two teachers accused of collaboration.", 2),
    ("A farmer accused of witchcraft was hanged by a mob.", 1),
    ("Jihadists slaughtered 25 villagers in the raid.", 25),
    ("The mob burned two suspected kidnappers alive.", 2),
    ("The mob beat his three nephews to death.", 3),
])
def test_people_are_victims(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_the_lexicon_marks_the_verbs_that_need_people() -> None:
    assert manner_of_death.needs_people("executed") and manner_of_death.needs_people("Hanged")
    assert manner_of_death.needs_people("stabbed  to death") and manner_of_death.needs_people("burned alive")
    assert not manner_of_death.needs_people("killed") and not manner_of_death.needs_people("murdered")


def test_a_figure_of_time_counts_no_one() -> None:
    assert _killed("Relatives buried six villagers on Friday, three days after bandits killed them near Gusau.") == 6
