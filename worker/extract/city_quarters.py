"""Quarters of a city written without the city's name right after them: "in Englewood on the South Side", "in Austin
on Chicago's West Side", "in the Roseland neighborhood", "in Pilsen, a Lower West Side neighborhood", and the sides
themselves ("the South Side", "the Far North Side"). A city roundup names its quarters so, and the quarter's name
has namesake towns elsewhere (Austin, Texas; Englewood, Colorado; Roseland, California) the gazetteer would pick.
The gold convention codes the city a quarter belongs to (tests/eval/fresh/README.md `city`; fresh4 README-i: "US
city neighbourhoods are coded as the city"), so a quarter is no place of its own: the city the page names stands.
"A Kabul neighbourhood" (an article that counts) names the town, not a quarter. Pure."""
from __future__ import annotations

import re
from functools import cache

from worker.extract.alternation import literal
from worker.extract.compass_words import CARDINALS
from worker.extract.place_words import NAME
from worker.extract.town_parts import TOWN_SIZE

# "South Side", "Far North Side", "Northwest Side", "Near West Side": a city's side, named by its compass point
_SIDE = (r"(?-i:(?:(?:Far|Near|Lower|Upper)\s+)?(?:" + literal(tuple(c.title() for c in CARDINALS))
         + r")(?:west|east)?\s+Side)")
_QUARTER_NOUN = r"(?:neighbou?rhood|neighbou?rhoods)"


@cache
def _side_after() -> re.Pattern[str]:
    """ " on the South Side", " on Chicago's Far South Side", ", on the West Side": a side of the city right after a
    name."""
    return re.compile(r",?\s+(?:on|in)\s+(?:the\s+(?:city['’]s\s+)?|" + NAME + r"['’]s\s+)" + _SIDE + r"(?![\w-])")


@cache
def _quarter_after() -> re.Pattern[str]:
    """ " neighborhood" (not "neighborhood of X", which town_parts and places read with its town) and ", a South Side
    neighborhood" / ", a neighborhood on the West Side": the name is a quarter's."""
    return re.compile(r"\s+" + _QUARTER_NOUN + r"\b(?!\s+of\b)"
                      r"|,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?" + _QUARTER_NOUN + _PHRASE_END, re.I)


# the appositive ends at its noun ("Pilsen, a Lower West Side neighborhood, where"), not "a neighborhood watch group"
# or "the Hazara neighbourhood's elders"
_PHRASE_END = (r"(?![\w'’-])(?=\s*(?:[,.;:)—–]|$)|\s+(?:on|in|near|where|that|which|when|and|just|of|about|"
               r"located|known|home|west|east|north|south)\b)")


# "a Kabul neighbourhood", "an eastern Baghdad neighborhood", "several Gaza City neighborhoods": a counted quarter of
# the town named (lower-case words may stand between the count and the name)
_COUNTING_BEFORE = re.compile(r"\b(?:a|an|one|another|every|each|same|this|that|several|many|some|other|various|"
                              r"two|three|four|five|its|their)\s+(?:(?!(?:in|on|at|of|the|near|from|to|by|for|with|and|or|was|were)\s)"
                              r"(?-i:[a-z][\w-]*)\s+){0,3}$", re.I)
_SIDE_NAME = re.compile(_SIDE + r"$")


def is_side(name: str) -> bool:
    """Whether the name is a city's side ("South Side", "Far North Side"): no town, whatever namesake the gazetteer
    has ("South Side" is an alias of a Staten Island village)."""
    return _SIDE_NAME.match(name.strip()) is not None


def sided(text: str, end: int) -> bool:
    """Whether a side of a city follows the name ending at `end` ("in Englewood on the South Side")."""
    return _side_after().match(text, end) is not None


def is_quarter(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a city's quarter by the words right after it: a side of the city ("in
    Englewood on the South Side") or the word neighborhood ("in the Roseland neighborhood", "Pilsen, a Lower West
    Side neighborhood"); "a Kabul neighbourhood" counts a quarter of the town it names, which stays."""
    if _side_after().match(text, end):
        return True
    if _quarter_after().match(text, end) is None:
        return False
    return _COUNTING_BEFORE.search(text, max(0, start - 60), start) is None
