"""An abbreviated title before a name (data/name_titles.csv: "Fr.", "Sgt.", "Insp.") titles a victim as the whole
word does ("Father", "Sergeant"): its stop ends no victim. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, toll_phrases


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Bandits shot dead Rev. Peter Adamu near Kagoro on Monday.", 1),
    ("Militants killed Sgt. Ali Raza and Const. Imran Shah at the post.", 2),
    ("The blast killed Maj. Tom Reed, his driver and two guards.", 4),
])
def test_an_abbreviated_title_names_a_victim(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_only_titles_lose_their_stop() -> None:
    sentence = "Gunmen killed Sgt. Ali Raza. Police arrived."
    plain = toll_phrases.plain_titles(sentence)
    assert plain == "Gunmen killed Sgt  Ali Raza. Police arrived." and len(plain) == len(sentence)
