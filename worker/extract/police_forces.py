"""Police forces named by the territory they guard ("Kent Police", "Durham Constabulary", "Peel Regional Police";
data/police_forces.csv): the force's official name is its country's, though a bigger town abroad bears its seat's
name (Kent, Washington; Surrey, British Columbia); the seat with another police word ("Norfolk police") may be either
the force or the namesake town's own police, so it tells neither."""
from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from worker.extract.alternation import literal
from worker.extract.gazetteer import data_rows, places
from worker.extract import geonames
from worker.extract.geonames import index


class Force(NamedTuple):
    name: str
    seat: str
    country: str
    admin1: str


@cache
def _forces() -> dict[str, Force]:
    """Official force name -> its force."""
    return {r["force"]: Force(r["force"], r["seat"], r["country"], r["admin1"]) for r in data_rows("police_forces.csv")}


@cache
def _official() -> re.Pattern[str]:
    """A force's official name as written (case kept: "Kent Police", not "Kent police"), after an optional "the",
    not followed by a word of another force's name (data/force_name_tails.csv: "Surrey Police Service" is British
    Columbia's, "Cleveland Police Chief" an American's; not "Chief Constable", a British force's head)."""
    tails = literal(sorted({r["word"] for r in data_rows("force_name_tails.csv")}, key=len, reverse=True))
    return re.compile(r"(?:the\s+|The\s+)?(?P<force>" + literal(sorted(_forces(), key=len, reverse=True))
                      + r")(?![\w'’-])(?!\s+(?:" + tails + r")\b(?!\s+Constable))")


@cache
def _other_force() -> re.Pattern[str]:
    """A force's official name followed by a word of another force's name ("Kent Police Department")."""
    tails = literal(sorted({r["word"] for r in data_rows("force_name_tails.csv")}, key=len, reverse=True))
    return re.compile(r"(?:the\s+|The\s+)?(?:" + literal(sorted(_forces(), key=len, reverse=True))
                      + r")\s+(?:" + tails + r")\b(?!\s+Constable)")


def other_force_at(text: str, start: int) -> bool:
    """A force's official name begins at `start` with a word of another force after it ("Kent Police Department",
    "Surrey Police Service"): the namesake town's own force, which places the town as its name does."""
    return _other_force().match(text, start) is not None


@cache
def _seats() -> frozenset[str]:
    """The seats' names, lower-cased ("kent", "durham")."""
    return frozenset(f.seat.lower() for f in _forces().values() if f.seat)


def force_at(text: str, start: int) -> Force | None:
    """The force whose official name begins at `start` ("Kent Police said", "the Durham Constabulary"); not a name
    whose seat is a big town abroad (`big_namesake`: "Cleveland Police" is the Ohio city's as a rule)."""
    m = _official().match(text, start)
    return _owned(_forces()[m.group("force")]) if m is not None else None


def _owned(force: Force) -> Force | None:
    """The force, unless its seat is a big town abroad that is no unit of the force's country."""
    town = big_namesake(force.seat) if force.seat else None
    return force if town is None or town.country == force.country or _seat_unit(force) else None


def force_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Force]]:
    """The official force names of `text[start:end]` (force_at) with their spans: the name is a body's, no town's,
    whether NER tags it whole ("Durham Constabulary"), splits it ("Avon" | "Somerset Constabulary") or not at all;
    the words of a name are no place of their own ("Devon and Cornwall Police" is no Devon, Alberta)."""
    out = []
    for m in _official().finditer(text, start, len(text) if end is None else end):
        if (m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-")) \
                and not _longer_name(text, m.start(), m.group("force")) \
                and (force := _owned(_forces()[m.group("force")])) is not None:
            out.append((m.start("force"), m.end("force"), force))
    return out


_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*)[^\S\n]+\Z")


def _longer_name(text: str, start: int, force: str) -> bool:
    """The force's name is the tail of a longer name: a capitalised word that is no plain word stands right before
    it ("the Durban Metropolitan Police Service" is no London Met), or the word before and its first words are a
    place ("New South Wales Police" is no Welsh force); a plain word ("Yesterday Kent Police said") is no part."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    if geonames.fold(word) not in geonames.plain_words():
        return True
    words = force.split()
    return any(places().get(f"{word} {' '.join(words[:i])}".lower()) is not None for i in range(1, len(words)))


@cache
def _seat_unit(force: Force) -> bool:
    """The force's seat is a unit of its country the gazetteer knows (the county of Surrey, not Cleveland, a county
    no more): its official name is the force's, though a bigger town abroad bears the name (Surrey, B.C.)."""
    return any(s.country == force.country for s in index().subdivisions_named(force.seat))


SEAT_NAMESAKE_PEOPLE = 300_000  # a town abroad this big is the one "<its name> police" means ("Cleveland police")


def big_namesake(name: str) -> Any | None:
    """The town of SEAT_NAMESAKE_PEOPLE or more whose own name (not an alias: "Waterloo" is no Austin) the name is:
    the town whose police the name with a police word means ("Cleveland police", "Cleveland Police")."""
    town = places().get(name.lower())
    own = town is not None and town.kind == "city" and town.name.lower() == name.lower()
    return town if own and (town.population or 0) >= SEAT_NAMESAKE_PEOPLE else None


def force_seat(name: str) -> bool:
    """The name is a territorial force's seat ("Kent", "Durham") that no town of SEAT_NAMESAKE_PEOPLE bears: its
    police may be the force as well as a namesake town's, so the name places neither ("Durham police said")."""
    return name.lower() in _seats() and big_namesake(name) is None and name.lower() not in _state_seats()
    # an alias is no namesake: Waterloo, not Austin


@cache
def _state_seats() -> frozenset[str]:
    """The seats, lower-cased, that are a first-level unit of their force's country ("Victoria"): a state's name with
    a police word is the state's force and the state itself, which places it as "Florida police said" does."""
    return frozenset(f.seat.lower() for f in _forces().values()
                     if f.seat and any(s.country == f.country for s in index().subdivisions_named(f.seat, level=1)))
