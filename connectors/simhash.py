"""SimHash fingerprints of article texts: syndicated copies under other URLs are near-duplicates. Pure."""
from __future__ import annotations

import hashlib
import re

_WORD = re.compile(r"\w+")
BITS = 64
MAX_DISTANCE = 3  # bits; 4 bands of 16 bits, so a near-duplicate shares at least one band exactly


def simhash(text: str, shingle: int = 3) -> int:
    words = _WORD.findall(text.lower())
    grams = [" ".join(words[i:i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    weights = [0] * BITS
    for g in grams:
        h = int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big")
        for b in range(BITS):
            weights[b] += 1 if h >> b & 1 else -1
    return sum(1 << b for b in range(BITS) if weights[b] > 0)


def bands(h: int) -> tuple[int, int, int, int]:
    return tuple((h >> (16 * i)) & 0xFFFF for i in range(4))  # type: ignore[return-value]


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()
