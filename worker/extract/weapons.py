"""Weapons as named in the text, normalised to the lexicon's names (data/weapons.csv)."""
from __future__ import annotations

from functools import lru_cache

from worker.extract.gazetteer import weapons as lexicon


def find(sentence: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of weapons named in the sentence; a longer name hides a shorter one inside it."""
    return list(_find(sentence))


@lru_cache(maxsize=4096)
def _find(sentence: str) -> tuple[tuple[str, int, int], ...]:
    """find, cached: the grouping and each incident ask about the same sentences (one search per lexicon row)."""
    hits = [(name, m.start(), m.end()) for name, rx in lexicon() for m in rx.finditer(sentence)]
    kept = [h for h in hits if not any(o is not h and o[1] <= h[1] and h[2] <= o[2] and (o[2] - o[1]) > (h[2] - h[1])
                                       for o in hits)]
    return tuple(sorted(set(kept), key=lambda h: h[1]))
