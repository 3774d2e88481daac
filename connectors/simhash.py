"""SimHash fingerprints of article texts: syndicated copies under other URLs are near-duplicates. Pure."""
from __future__ import annotations

import hashlib
import re

import numpy as np

_WORD = re.compile(r"\w+")
BITS = 64
MAX_DISTANCE = 3  # bits; 4 bands of 16 bits, so a near-duplicate shares at least one band exactly


def simhash(text: str, shingle: int = 3) -> int:
    """Bit b is set when more than half of the word 3-grams' 64-bit hashes have bit b set.

    The per-bit vote is counted with numpy (the bit-by-bit Python loop cost ~10 ms per article); the result is the
    same integer as the plain definition, so fingerprints stored in the state file stay comparable."""
    words = _WORD.findall(text.lower())
    grams = [" ".join(words[i:i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    digests = b"".join(hashlib.blake2b(g.encode(), digest_size=8).digest() for g in grams)
    rows = np.frombuffer(digests, dtype=np.uint8).reshape(len(grams), 8)[:, ::-1]  # little-endian byte order
    ones = np.unpackbits(rows, axis=1, bitorder="little").sum(axis=0, dtype=np.int64)  # column b = bit b
    return sum(1 << b for b in range(BITS) if 2 * int(ones[b]) > len(grams))


def bands(h: int) -> tuple[int, int, int, int]:
    return tuple((h >> (16 * i)) & 0xFFFF for i in range(4))  # type: ignore[return-value]


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()
