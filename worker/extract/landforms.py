"""Landforms whose names borrow a place's: they place nothing in it.

A river's name that begins a landform of its water ("the Niger Delta", "the Jordan Valley", "the Congo Basin"),
when a country bears the river's name: the landform lies in or across other countries (the delta is Nigeria's, the
valley the West Bank's and Israel's), so the name places nothing in the country it spells. Uplands named after a
country lie in it ("the Kenya Highlands", "the Ethiopian Plateau") and keep their country. Pure."""
from __future__ import annotations

import re

from worker.extract.geonames import fold, index

# capitalised, as part of the landform's name: "Niger River" is the river, "Niger's river towns" the country
_LANDFORM_AFTER = re.compile(r"\s+(?:Delta|Basin|River|Valley|Gorge|Estuary)\b")


def begins_landform(text: str, end: int) -> bool:
    """The name that ends at `end` is followed by a landform noun of its own name ("Niger| Delta")."""
    return _LANDFORM_AFTER.match(text, end) is not None


# waters named after a country, a province or a town ("the Gulf of Guinea", "Lake Chad", "the Bay of Bengal", "the
# Strait of Hormuz", "the Red Sea", "the Gulf of Aden"): the water is no part of the place it is named after (a boat
# attacked "on Lake Chad near Baga" is Nigeria's, the Gulf of Guinea's pirates are off Nigeria and Benin), so its
# name is neither a mention of that place nor a town; a province named after the water keeps its type word ("Red Sea
# State", "Lake Chad Basin Commission" is a body). Capitalised words only: "a lake in Chad" names the country.
_WATER_NOUN = r"(?:Gulf|Bay|Bight|Straits?|Sea|Lake|Channel|Sound|Lagoon|Ocean|Mouth)"
_NAME_WORD = r"[A-Z][\w'’-]+"
_WATERS = re.compile(
    rf"\b{_WATER_NOUN}\s+of\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"  # the Gulf of Aden, Strait of Hormuz
    rf"|\bLake\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"  # Lake Chad, Lake Victoria
    # a name starts a word of its own, not inside a hyphened one: from every "K" of "Koton-Koton-..." the name word
    # would run to the token's end and back (quadratic in a long token)
    rf"|(?<![\w'’-]){_NAME_WORD}(?:\s+{_NAME_WORD})?\s+(?:Sea|Ocean|Gulf|Lagoon)\b")  # the Red Sea, the Persian Gulf
_NOT_WATER_AFTER = re.compile(r"\s+(?:State|Province|Region|Governorate|County|District|Basin Commission|"
                              r"(?-i:state|governorate))\b")  # "in Red Sea state": wire style writes the type low
_STOP_WORDS = frozenset({"On", "In", "At", "Near", "Off", "The", "And", "Of", "From", "To", "Into", "Across"})


def water_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the names of seas, gulfs, bays, straits and lakes in `text` (linear: one regex pass)."""
    out = []
    for m in _WATERS.finditer(text):
        if _NOT_WATER_AFTER.match(text, m.end()) or _a_town(text, m.start(), m.end()):
            continue  # "Red Sea State": Sudan's province, named after the water; "Salt Lake City", "Lake Charles"
        a, b = m.span()
        words = m.group().split()
        while words and words[0] in _STOP_WORDS:  # "On Lake Chad" at a sentence's start: the water begins after it
            a += len(words[0]) + 1
            words = words[1:]
        if words:
            out.append((a, b))
    return out


def in_water(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """The span [start, end) overlaps one of the water names `spans` gives (a mention NER took with its article,
    "the Bay of Bengal", starts before the water's name)."""
    return any(start < b and a < end for a, b in spans)


_CAPITAL_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]+)\s+$")
_CAPITAL_WORDS_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+)+")
# a water is sailed on, across or off; a town is lived in ("a boat capsized on Lake Geneva", "a bar in Lake Geneva")
_ON_WATER_BEFORE = re.compile(r"\b(?:on|off|across|onto|the)\s+$", re.I)


def _a_town(text: str, start: int, end: int) -> bool:
    """The water's name, with the capitalised words around it ("Salt Lake City"), is a town's own name in GeoNames
    ("Lake Charles", "Lake Placid"), and not written as a water is ("on Lake Geneva")."""
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before.group(1) not in _STOP_WORDS:
        start = before.start(1)
    after = _CAPITAL_WORDS_AFTER.match(text, end)
    name = text[start:after.end() if after else end]
    if _ON_WATER_BEFORE.search(text, max(0, start - 10), start):
        return False
    return any(fold(c.name) == fold(name) for c in index().cities(name))
