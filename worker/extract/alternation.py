"""A long alternation of names (armed groups, demonyms) as a regular expression that `re` scans quickly.

`re` tries every branch of `a|b|c...` at each position where the expression may start: a few hundred names cost
about 2 µs a character of text. Grouped by their first character, each group behind a lookahead for that character,
a position tries a couple of dozen lookaheads and one group's names. The matches are the same: names in different
groups cannot start on the same character, and within a group the names keep their order (longest first stays).
"""
from __future__ import annotations

import re


def by_first_char(parts: list[tuple[str, str]]) -> str:
    """`"|".join(pattern for _, pattern in parts)` as grouped alternation (see the module); `parts` are (name,
    pattern) in priority order, each pattern matching its name from the name's first character on (case-sensitive
    or not). Names that do not all start with an ASCII letter or digit (where Unicode case folding could put one
    character in two groups) get the plain alternation."""
    plain = "|".join(p for _, p in parts)
    if not all(name[:1].isascii() and name[:1].isalnum() for name, _ in parts):
        return plain
    groups: dict[str, list[str]] = {}
    for name, pattern in parts:
        groups.setdefault(name[0].lower(), []).append(pattern)
    return "|".join(f"(?=(?i:{re.escape(c)}))(?:{'|'.join(ps)})" for c, ps in groups.items())
