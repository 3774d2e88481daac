"""victim_lists reads no item after the sentence's last casualty verb: the matches are those of a full reading."""
from __future__ import annotations

import pytest

from worker.extract import casualties, victim_lists

SENTENCES = [
    "Two soldiers, one policeman and a worker were also killed when gunmen stormed the depot in Gudumbali.",
    "Gunmen killed five villagers and wounded three others; two farmers and a herder were killed later, police said.",
    "Three traders, all from Ogbomosho, were shot dead and four drivers were injured near the toll gate.",
    "At least nine civilians including women and children were killed, and about 12 guards were wounded.",
    "The raiders were arrested after two farmers and their sons were kidnapped and killed in the valley.",
    "A nurse and two pharmacists were injured, while three patients, one of them a child, died overnight.",
    "Officials said nothing more; seven fishermen drowned and 14 passengers were never found.",
]


def _full(self: victim_lists._Reader) -> int:
    return len(self.toks)


@pytest.mark.parametrize("kind", ["killed", "injured", "arrested"])
def test_pruned_reading_matches_full_reading(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lister = casualties._LISTERS[kind]
    pruned = [lister.finditer(s) for s in SENTENCES]
    monkeypatch.setattr(victim_lists._Reader, "_before_last_verb", _full)
    assert pruned == [lister.finditer(s) for s in SENTENCES]
    if kind == "killed":
        assert any(pruned)


def test_tokens_after_the_last_verb_are_not_read() -> None:
    reader = victim_lists._Reader(casualties._LISTERS["killed"], "Two guards were killed near the gate in Bama.")
    assert reader.toks[reader._before_last_verb() - 1] == (16, 22)  # "killed" is the last token read
