"""Text as the rules read it: Unicode spaces plain, the Turkish dotted capital I a plain one, and the invisible format
characters web pages leave inside words (a soft hyphen, a zero-width space) dropped, with a map from offsets in the
read text back to the text as written. Shared by the connectors' cleaning (pages we publish carry none of them) and
the extractor (text from other producers may)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Unicode spaces (no-break, thin, ideographic...) read as a plain space, and the dotted capital I (U+0130, written by
# Turkish keyboards and Turkish-locale upper-casing: "KİLLED FİVE") as "I", whose lower case is one letter ("i̇" is
# two, so "FİVE" would be no number word): one character for one, so every offset still points into the text
SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SPACE_RX = re.compile("[" + SPACES + "]")  # sub() skips at C speed, 15x a translate()
# format characters of no width that split a word as written and mean nothing in any script: the soft hyphen of
# hyphenated layouts ("k\u00adilled"), the zero-width space, the word joiner and a byte-order mark left inside a text.
# The connectors drop only these from the text they publish: the joiners (U+200C/U+200D) spell Persian and Indic words
# and build emoji, the direction marks (U+200E/U+200F) order right-to-left text, so published text keeps them
PUBLISHED_INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_PUBLISHED_INVISIBLE_RX = re.compile("[" + PUBLISHED_INVISIBLE + "]")
# the extractor reads past more (the rules read English, where none of these changes a word, and its offset map keeps
# the text as written): also the Mongolian vowel separator, the non-joiner and joiner, the left-to-right and
# right-to-left marks and the combining grapheme joiner ("kil\u200eled")
INVISIBLE = PUBLISHED_INVISIBLE + "\u180e\u200c\u200d\u200e\u200f\u034f"
_INVISIBLE_RX = re.compile("[" + INVISIBLE + "]")


def plain_spaces(text: str) -> str:
    """The text with its Unicode spaces made plain and a dotted capital I a plain one (one character for one)."""
    text = _SPACE_RX.sub(" ", text)
    return text.replace("\u0130", "I") if "\u0130" in text else text


def without_invisible(text: str) -> str:
    """The text with the format characters that mean nothing in any script dropped (the connectors' published text:
    `PUBLISHED_INVISIBLE`, not the joiners or direction marks of Persian, Indic or right-to-left text)."""
    return _PUBLISHED_INVISIBLE_RX.sub("", text)


def readable(text: str) -> tuple[str, tuple[int, ...]]:
    """The text as the rules read it (`plain_spaces`, invisible characters dropped) and, for each dropped character,
    the offset in the read text where it stood (non-decreasing): `written_span` maps a span back with them."""
    plain = plain_spaces(text)
    if _INVISIBLE_RX.search(plain) is None:
        return plain, ()
    return _INVISIBLE_RX.sub("", plain), tuple(m.start() - i for i, m in enumerate(_INVISIBLE_RX.finditer(plain)))


def written_span(start: int, end: int, dropped: tuple[int, ...]) -> tuple[int, int]:
    """The span [start, end) of the read text as offsets into the text as written: the invisible characters inside it
    belong to it, those right before its start or right at its end do not."""
    if not dropped:
        return start, end
    a = start + bisect_right(dropped, start)
    return a, max(a, end + bisect_left(dropped, end))
