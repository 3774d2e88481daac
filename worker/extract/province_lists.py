"""Province names the single "X province" phrase misses: several named before one plural type word ("Benue and
Nasarawa states", "Helmand, Kandahar and Zabul provinces"), and a unit called by a type word some countries use for
their first level alone ("Sagaing division", Myanmar's old word; "Rajshahi Division", Bangladesh's).

Without the plural, "Nasarawa" reads as the town of that name, and the incident's village placed "in Nasarawa"
loses its state. The names found here are provinces only when a first-level unit bears the name exactly (no near
spelling: "Malakand division" is no Malaysian Melaka) and the name is no plain English word ("Marine Division").
Pure.
"""
from __future__ import annotations

import re
from typing import Iterator

from worker.extract import geonames
from worker.extract.place_words import NAME

_PLURAL = r"(?:states|provinces|regions|governorates|departments|oblasts|prefectures|divisions)"
# "Benue and Nasarawa states", "Kaduna, Katsina and Zamfara states"
# at most _MOST names before "and": each try from a name reads a bounded stretch, so a long comma list with no
# closing type word costs time linear in its length (an unbounded list was retried whole from every name)
_MOST = 24
_JOINED = re.compile(r"(?P<names>" + NAME + r"(?:,\s+" + NAME + r"){0," + str(_MOST - 2) + r"},?\s+(?:and|&)\s+" + NAME +
                     r")\s+(?i:" + _PLURAL + r")\b")
_ONE = re.compile(NAME)
# "Sagaing division", "the Magway Division"; not "the 9th Division"
_DIVISION = re.compile(r"(?P<name>" + NAME + r")\s+(?i:division)\b")


def listed_provinces(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """(name, start, end) of each name a plural type word or "division" gives as a first-level unit, when one
    bears it exactly."""
    for m in _JOINED.finditer(text, start, end):
        for n in _ONE.finditer(text, m.start("names"), m.end("names")):
            if n.group() not in ("and",) and first_level(n.group()):
                yield n.group(), n.start(), n.end()
    for m in _DIVISION.finditer(text, start, end):
        words = m.group("name").split(" ")
        for i in range(len(words)):  # "Myanmar's Sagaing division": the last words
            name = " ".join(words[i:])
            if first_level(name):
                yield name, m.end("name") - len(name), m.end("name")
                break


def first_level(name: str) -> bool:
    """A first-level unit bears `name` exactly, and it is no plain English word."""
    return name.lower() not in geonames.plain_words() and bool(geonames.index().subdivisions_named(name, level=1))
