"""casualties._TRIED: the toll patterns with their needles and bodies flag looked up once at import, not per
sentence (hashing a compiled pattern hashes its whole code: a dict or set lookup per pattern per sentence cost a
third of _counts on the bench's worst record). The table must say what _PATTERNS, _NEEDLES and _BODIES_OF_FIGURE
say, and the needle-gated and bodies patterns must still count."""
from __future__ import annotations

import pytest

from worker.extract import casualties as C


@pytest.mark.parametrize("kind", sorted(C._PATTERNS))
def test_tried_table_is_the_patterns_after_the_first_with_their_needles(kind: str) -> None:
    tried = C._TRIED[kind]
    assert [rx for rx, _, _ in tried] == [rx for rx in C._PATTERNS[kind][1:] if rx is not None]
    for rx, needles, bodies in tried:
        assert needles == C._NEEDLES.get(rx)
        assert bodies == (rx in C._BODIES_OF_FIGURE)
    assert any(needles for _, needles, _ in tried)  # some patterns are gated by their needles


@pytest.mark.parametrize("sentence,killed,injured", [
    # a bodies pattern (needle "bodies"), its people running on after the figure
    ("Rescuers pulled the bodies of four fishermen and a boy from the river on Tuesday, officials said.", [5], []),
    ("The bodies of three traders and their driver were found in a ditch outside the town.", [4], []),
    # "lives" needle
    ("The blast claimed 14 lives and left dozens wounded at the crowded bus station.", [14], [24]),
    # "to death" needle
    ("Villagers said the mob beat two suspected thieves to death before police arrived.", [2], []),
    # the state before its victims (needles "were"/"was")
    ("Among the dead were two nurses and a pharmacist, the hospital said.", [3], []),
    ("Gunmen killed seven miners and wounded three others near the quarry on Friday.", [7], [3]),
])
def test_gated_patterns_still_count(sentence: str, killed: list[int], injured: list[int]) -> None:
    assert [c.n for c in C.counts(sentence, "killed")] == killed
    assert [c.n for c in C.counts(sentence, "injured")] == injured
