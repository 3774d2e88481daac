"""SimHash: the numpy vote gives exactly the plain definition's fingerprint (stored fingerprints stay comparable)."""
from __future__ import annotations

import hashlib

from hypothesis import given, settings, strategies as st

from connectors.simhash import BITS, _WORD, distance, simhash


def _plain(text: str, shingle: int = 3) -> int:
    words = _WORD.findall(text.lower())
    grams = [" ".join(words[i:i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    weights = [0] * BITS
    for g in grams:
        h = int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big")
        for b in range(BITS):
            weights[b] += 1 if h >> b & 1 else -1
    return sum(1 << b for b in range(BITS) if weights[b] > 0)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["rain", "fell", "on", "the", "harbour", "town", "Ünïcode", "42", "ferry"]),
                max_size=300).map(" ".join))
def test_same_fingerprint_as_the_plain_definition(text):
    assert simhash(text) == _plain(text)


def test_a_small_edit_stays_near_and_another_text_is_far():
    base = " ".join(f"word{i % 97} harbour ferry schedule changed on day {i}" for i in range(80))
    edited = base.replace("day 40", "day forty", 1)
    other = " ".join(f"council budget vote item {i} passed narrowly" for i in range(80))
    assert distance(simhash(base), simhash(edited)) <= 3
    assert distance(simhash(base), simhash(other)) > 3
