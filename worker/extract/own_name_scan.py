"""The gazetteer's own names in a range of a text, read from one scan of the whole text.

Place finding asks for the own names of the whole article and then of each sentence range (about 1,400 ranges in
a long article): scanning the trie alternation again on every range cost as much as the whole scan once more. The
whole text is scanned once (the last few texts are kept), and a range takes the matches that lie inside it.

That is exactly what `own_names().finditer(text, start, end)` returns when no whole-text match straddles either
edge of the range and the character after the range is no word character: the pattern is `\\b(?:names)\\b` with
no other look-around, a scan from `start` sees the same characters before it (look-behind reads the real string),
and the end of a range before a non-word character answers `\\b` as the real text does. Any other range (a range
that cuts a word, or a name across a sentence edge) is scanned as before.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from worker.extract.place_words import own_names

_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=4)
def _whole(text: str) -> tuple[list[int], list[re.Match[str]]]:
    """The own-name matches of the whole text, and their starts (sorted, as the scan gives them)."""
    found = list(own_names().finditer(text))
    return [m.start() for m in found], found


def own_name_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches `own_names().finditer(text, start, end)` gives, in order."""
    if start <= 0 and end >= len(text):
        return _whole(text)[1]
    starts, found = _whole(text)
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end)
    cut_word = end < len(text) and _WORD_CHAR.match(text, end) is not None
    if cut_word or (i and found[i - 1].end() > start) or (j > i and found[j - 1].end() > end):
        return list(own_names().finditer(text, start, end))  # a range this shortcut cannot answer exactly
    return found[i:j]
