"""A figure of men or women re-told by items of that sex after its comma is one toll ("shot dead three men, a farmer
and his two brothers" is three); an item of the other sex, or none that says a sex, keeps the sum. Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, n", [
    ("Soldiers shot dead 3 men, a 40-year-old farmer and his two brothers, near Buthidaung on Tuesday.", 3),
    ("Militiamen hacked to death two women, a widow and her sister, at the well.", 2),
    ("Four men, a trader and his three sons, were shot dead on the Jos road.", 4),
    ("Gunmen killed two men, a woman and a child in the village.", 4),  # the other sex: a sum
    ("Two men, a soldier and a policeman, were killed at the checkpoint.", 4),  # no item says a sex: as before
    ("Three women, a nurse and two teachers, were killed.", 6),
])
def test_a_sexed_umbrella_is_retold_by_its_own_sex(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n


@pytest.mark.parametrize("sentence, n", [
    # boys and girls, or another man, are a class of their own, not members of the men or women before them
    ("Bandits shot dead four men, three boys and an elderly man on a farm road near Gusau.", 8),
    ("Two women, a girl and an old woman were killed when militiamen raided the camp.", 4),
    ("Soldiers killed five men and two boys, a farmer's sons, at the river.", 7),
])
def test_an_age_or_sex_class_is_no_restatement(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n
