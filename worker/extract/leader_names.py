"""The leaders a story names, each tied to the country they lead or fight in (data/leaders.csv, world facts): "President
Tinubu", "Abiy Ahmed", "Captain Traore". Wire leads often name the president or the governor who speaks of an attack
and never the country (issue #13): such a name is a clue of the country, weak as a demonym, since a leader speaks of
attacks abroad too. The file keeps leaders of countries whose violence the news tells, not the heads of powers that
strike abroad (the United States, Russia, Israel, Turkey), who speak of every war they wage. A surname counts only after a title ("President Ruto"; a surname alone is too often
someone else's); a full name counts anywhere. Pure: reads only the data file."""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

# the titles a leader's surname follows: "President Kiir", "Prime Minister Abiy", "Gov. Zulum", "Capt. Traore"
_TITLES = (r"(?:President|Prime\s+Minister|PM|Premier|Governor|Gov\.|Chief\s+Adviser|Field\s+Marshal|General|Gen\.|"
           r"Colonel|Col\.|Captain|Capt\.|(?:junta|military|army|opposition|rebel)\s+(?:leader|chief|ruler))\s+")


@cache
def _rows() -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("data", "leaders.csv").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def _names() -> dict[str, str]:
    """A full name, or a title's surname, -> its country (a surname of two countries' leaders is left out)."""
    full = {r["name"]: r["country"] for r in _rows()}
    surnames: dict[str, set[str]] = {}
    for r in _rows():
        if r["surname"]:
            surnames.setdefault(r["surname"], set()).add(r["country"])
    return full | {s: next(iter(cs)) for s, cs in surnames.items() if len(cs) == 1}


@cache
def _pattern() -> re.Pattern[str]:
    full = sorted({r["name"] for r in _rows()}, key=len, reverse=True)
    titled = sorted({r["surname"] for r in _rows() if r["surname"]}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:(?P<full>" + "|".join(map(re.escape, full)) + r")|" + _TITLES
                      + r"(?P<surname>" + "|".join(map(re.escape, titled)) + r"))(?![\w-])")


def leaders(text: str) -> list[tuple[int, str]]:
    """(offset, country) of each leader `text` names by full name or by title and surname."""
    out = []
    for m in _pattern().finditer(text):
        name = m.group("full") or m.group("surname")
        country = _names().get(name)
        if country is not None:
            out.append((m.start("full") if m.group("full") else m.start("surname"), country))
    return out
