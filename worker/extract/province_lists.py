"""Province names the single "X province" phrase misses: several named before one plural type word ("Benue and
Nasarawa states", "Helmand, Kandahar and Zabul provinces"), and a unit called by a type word some countries use for
their first level alone ("Sagaing division", Myanmar's old word; "Rajshahi Division", Bangladesh's).

Without the plural, "Nasarawa" reads as the town of that name, and the incident's village placed "in Nasarawa"
loses its state. The names found here are provinces only when a first-level unit bears the name exactly (no near
spelling: "Malakand division" is no Malaysian Melaka) and the name is no plain English word ("Marine Division").
A division is a province only in a country that calls its first-level units so (division_countries), and never an
army's, a police force's or a court's ("the army's Kandahar division", "Federal High Court, Kano Division"; words
in data/division_bodies.csv). Pure.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from worker.extract import geonames
from worker.extract.alternation import literal
from worker.extract.gazetteer import data_rows
from worker.extract.place_words import NAME
from worker.extract.unit_words import FIRST_LEVEL_WORDS

_PLURAL = "(?:" + literal(w + "s" for w in FIRST_LEVEL_WORDS + ("division",)) + ")"
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
            if first_level(n.group()):  # (NAME is capitalised: "and" is never one)
                yield n.group(), n.start(), n.end()
    for m in _DIVISION.finditer(text, start, end):
        words = m.group("name").split(" ")
        for i in range(len(words)):  # "Myanmar's Sagaing division": the last words
            name = " ".join(words[i:])
            if first_level(name, division_countries()):
                if not _of_a_body(text, m.end("name") - len(name), m.end()):  # not "the army's Kandahar division"
                    yield name, m.end("name") - len(name), m.end("name")
                break


def first_level(name: str, countries: frozenset[str] | None = None) -> bool:
    """A first-level unit bears `name` exactly (in one of `countries`, when given), and it is no plain English
    word."""
    return name.lower() not in geonames.plain_words() and any(
        countries is None or s.country in countries for s in geonames.index().subdivisions_named(name, level=1))


@cache
def division_countries() -> frozenset[str]:
    """The countries that call their first-level units divisions: those whose units the gazetteer names "X
    Division" (Bangladesh's), and those data/division_countries.csv gives (Myanmar's regions were divisions until
    2008, and news still calls them so; the gazetteer has their new name only)."""
    named = {s.country for s in geonames.index().subdivisions.values()
             if s.level == 1 and any(n.lower().endswith(" division") for n in s.names)}
    return frozenset(named | {r["country"] for r in data_rows("division_countries.csv")})


@cache
def _bodies() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = literal({r["word"] for r in data_rows("division_bodies.csv")})
    before = re.compile(r"\b(?:" + words + r")(?:['’]s?)?,?\s+(?:the\s+)?$", re.I)
    after = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + words + r")\b", re.I)
    return before, after


def _of_a_body(text: str, start: int, end: int) -> bool:
    """The division is an army's, a police force's or a court's ("the army's Kandahar division", "Federal High
    Court, Kano Division", "the Lagos Division of the Nigeria Police"), not a province."""
    before, after = _bodies()
    return bool(before.search(text, max(0, start - 40), start) or after.match(text, end))
