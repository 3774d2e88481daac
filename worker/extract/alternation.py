"""A long alternation of names (armed groups, demonyms) as a regular expression that `re` scans quickly.

`re` tries every branch of `a|b|c...` at each position where the expression may start: a few hundred names cost
about 2 µs a character of text. Grouped by their first character, each group behind a lookahead for that character,
a position tries a couple of dozen lookaheads and one group's names. The matches are the same: names in different
groups cannot start on the same character, and within a group the names keep their order (longest first stays).
"""
from __future__ import annotations

import re
from functools import cache
from re import _constants as _c, _parser  # type: ignore[attr-defined]
from typing import Any, Iterable


def literal(words: Iterable[str], *, loose: bool = False, plural: bool = False) -> str:
    """A lexicon's words as one alternation of literals, longest first, so that no word is cut short at a shorter
    one it starts with ("gunmen" before "gun", "heat wave" before "heat"); ties in alphabetical order, so
    the pattern is the same on every run. `loose`: a space or a hyphen inside a word matches either ("heat wave",
    "heat-wave"); `plural`: each word may end in "s". Every lexicon of words (not of patterns: gazetteer.rows_pattern
    reads those) is joined so."""
    def one(w: str) -> str:
        e = re.escape(w)
        return (e.replace(r"\ ", "[ -]").replace(r"\-", "[ -]") if loose else e) + ("s?" if plural else "")
    return "|".join(one(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


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


def grouped_literal(words: Iterable[str]) -> str:
    """`literal(words)` (escaped, longest first, ties alphabetical) as a `by_first_char` alternation: the same
    matches, and `re` tries only the words of the letter at hand, for a lexicon read at every position of every
    sentence (killing verbs, number words, demonyms)."""
    return by_first_char([(w, re.escape(w)) for w in sorted(set(words), key=lambda w: (-len(w), w))])


def at_word_starts(patterns: list[str], flags: int = 0) -> str:
    """`"|".join(f"(?:{p})" ...)` with a `\\b(?=\\w)` guard in front when every pattern can only match from the start
    of a word (it opens with `\\b` and its first character is a word character, read from the parsed pattern).

    `re` tries each branch of a long alternation at every position; most positions are inside a word, where the
    guard fails at once, so a trigger lexicon scans in about 60 % of the time. The matches are the same: the guard
    only states what every branch already requires. A pattern that may start otherwise keeps the plain join."""
    plain = "|".join(f"(?:{p})" for p in patterns)
    parsed = [_parser.parse(p, flags) for p in patterns]
    if any(t.state.flags & (re.ASCII | re.LOCALE) for t in parsed):  # \w then means less than _WORD's
        return plain
    if not all(len(t) and t[0] == (_c.AT, _c.AT_BOUNDARY) and _first_is_word(list(t)) for t in parsed):
        return plain
    return rf"\b(?=\w)(?:{plain})"


_WORD = re.compile(r"\w")
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def _word_class(items: list[tuple[Any, Any]]) -> bool:
    """A character class whose every member is a word character."""
    def word(op: Any, av: Any) -> bool:
        if op == _c.LITERAL:
            return bool(_WORD.match(chr(av)))
        if op == _c.RANGE:
            return all(_WORD.match(chr(x)) for x in range(av[0], av[1] + 1))
        return op == _c.CATEGORY and av in (_c.CATEGORY_WORD, _c.CATEGORY_DIGIT)
    return all(word(op, av) for op, av in items)


def _first_is_word(items: list[tuple[Any, Any]]) -> bool | None:
    """Whether the first character a match of `items` (parsed) consumes is surely a word character; None when the
    match may consume nothing. Anything not plainly so (`.`, a negated class, a back-reference) is False."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == _c.LITERAL:
            return bool(_WORD.match(chr(av)))
        if op == _c.IN:
            return _word_class(av)
        if op == _c.SUBPATTERN:
            first = _first_is_word(list(av[3]))
        elif op == _c.BRANCH:
            firsts = [_first_is_word(list(alt)) for alt in av[1]]
            first = False if False in firsts else None if None in firsts else True
        elif op in _REPEATS:
            first = _first_is_word(list(av[2]))
            first = None if av[0] == 0 and first is not False else first
        else:
            return False
        if first is not None:
            return first
        # may be empty ("(?:land )?mines"): what follows must start with a word character too
    return None


class CaselessTest:
    """Whether a case-insensitive pattern occurs in a text (a yes or no, no match object), answered on the
    lower-cased text by the pattern compiled without IGNORECASE where that gives the same answer: `re` compares
    every character case-insensitively at about four times the cost. The same answer needs a pattern whose letters
    are lower-case ASCII (a class that names upper-case letters, such as [A-Z], or a non-ASCII letter keeps the
    slow path; caseless marks such as ’ may be anywhere) and a text
    whose letters fold only among themselves (ASCII, accents); a text with a letter whose case partner is ASCII
    ("ſ", the Kelvin sign, "İ") is tested with IGNORECASE as written."""

    def __init__(self, pattern: str) -> None:
        self._exact = re.compile(pattern, re.I)
        self._lower = re.compile(pattern) if _lower_ascii(list(_parser.parse(pattern, re.I))) else None

    def __call__(self, text: str) -> bool:
        if self._lower is not None and _folds_apart(text):
            return self._lower.search(text.lower()) is not None
        return self._exact.search(text) is not None

    def folded_words(self, text: str) -> list[str]:
        """Every match's text, lower-cased (what a caller that counts lexicon words reads), by the same fast path."""
        if self._lower is not None and _folds_apart(text):
            return [m.group() for m in self._lower.finditer(text.lower())]
        return [m.group().lower() for m in self._exact.finditer(text)]


def _lower_ascii(items: list[tuple[Any, Any]]) -> bool:
    """A parsed pattern whose every literal and class member is ASCII and no upper-case letter, or a non-ASCII
    character without case (a curly apostrophe, a dash), and that never turns IGNORECASE off."""
    def plain(c: int) -> bool:
        ch = chr(c)
        return not ch.isupper() if c < 128 else ch.lower() == ch == ch.upper() and ch.casefold() == ch

    for op, av in items:
        if op == _c.LITERAL or op == _c.NOT_LITERAL:
            ok = plain(av)
        elif op == _c.IN:
            ok = all(plain(x) if o in (_c.LITERAL, _c.NOT_LITERAL) else
                     plain(x[0]) and plain(x[1]) and not (x[0] <= ord("Z") and x[1] >= ord("A")) if o == _c.RANGE else
                     o in (_c.NEGATE, _c.CATEGORY) for o, x in av)
        elif op == _c.SUBPATTERN:  # "(?-i:...)" tells case apart: only the slow path keeps that
            ok = not av[2] & re.I and _lower_ascii(list(av[3]))
        elif op == _c.BRANCH:
            ok = all(_lower_ascii(list(alt)) for alt in av[1])
        elif op in _REPEATS:
            ok = _lower_ascii(list(av[2]))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            ok = _lower_ascii(list(av[1]))
        else:
            ok = op in (_c.AT, _c.ANY, _c.GROUPREF)
        if not ok:
            return False
    return True


def _folds_apart(text: str) -> bool:
    """Every character's case partners are one character each, ASCII for an ASCII character and non-ASCII for
    the others, so lower-casing maps the text one to one and IGNORECASE matches nothing more. Read as one search
    for the few characters that break it (ß, İ, ı, ſ, the Kelvin sign, the Latin ligatures): asking each distinct
    character of a page cost 11 ms on a page of 10,000 CJK characters."""
    return text.isascii() or _case_crossers().search(text) is None


@cache
def _case_crossers() -> re.Pattern[str]:
    """The non-ASCII characters whose lower case is not one non-ASCII character or whose upper case is ASCII, read
    from this Python's Unicode tables (about 0.14 s, once)."""
    bad = "".join(c for c in map(chr, range(0x80, 0x110000))
                  if not (len(c.lower()) == 1 and not c.lower().isascii() and not c.upper().isascii()))
    return re.compile("[" + "".join(f"\\U{ord(c):08x}" for c in bad) + "]")


_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}


def first_char_guard(pattern: str, flags: int = 0) -> str:
    """`pattern` behind a lookahead for the characters its match may start with (read from the parsed pattern), or
    as written when that is unknown or the match may be empty. An expression that opens with optional words and a
    long alternation ("at least", then a figure) is tried at every word boundary; the lookahead turns most of those
    away with one class test. The matches are the same: the class holds every character a match can begin with
    (a lookahead, a `\\b` or a `(?-i:...)` inside only narrow what follows, so the class may be wider, never
    narrower)."""
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & (re.ASCII | re.LOCALE):
        return pattern
    try:
        parts, empty = _firsts(list(parsed), bool(parsed.state.flags & re.I))
    except _Unknown:
        return pattern
    if empty or not parts:
        return pattern
    guarded = f"(?=[{''.join(sorted(set(parts)))}])(?:{pattern})"
    try:
        re.compile(guarded, flags)
    except re.error:  # a global flag such as "(?i)" opens the pattern: it may not be put inside a group
        return pattern
    return guarded


class _Unknown(Exception):
    """A parsed item whose first characters `_firsts` does not read."""


def _firsts(items: list[tuple[Any, Any]], caseless: bool) -> tuple[list[str], bool]:
    """The class members (escaped) a match of `items` may start with, and whether the match may be empty."""
    out: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == _c.LITERAL:
            return out + [f"\\U{av:08x}"], False
        if op == _c.IN:
            for o, x in av:
                if o == _c.LITERAL:
                    out.append(f"\\U{x:08x}")
                elif o == _c.RANGE:
                    out.append(f"\\U{x[0]:08x}-\\U{x[1]:08x}")
                elif o == _c.CATEGORY and x in _CATEGORIES:
                    out.append(_CATEGORIES[x])
                else:
                    raise _Unknown(o)
            return out, False
        if op == _c.SUBPATTERN:
            if av[1] & re.I and not caseless:  # "(?i:...)" in a case-sensitive pattern: the class would be narrower
                raise _Unknown(op)
            got, empty = _firsts(list(av[3]), caseless or bool(av[1] & re.I))
        elif op == _c.BRANCH:
            found = [_firsts(list(alt), caseless) for alt in av[1]]
            got, empty = [p for ps, _ in found for p in ps], any(e for _, e in found)
        elif op in _REPEATS:
            got, empty = _firsts(list(av[2]), caseless)
            empty = empty or av[0] == 0
        else:
            raise _Unknown(op)
        out += got
        if not empty:
            return out, False
    return out, True
