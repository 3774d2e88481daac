"""The verbs and phrases that tell a killing and how it was done, one lexicon (data/manner_of_death.csv) for every
toll reader: the casualty verbs of `casualties` ("were stabbed to death"), its one-victim objects ("beheaded the
pastor"), `named_victims` ("beat Musa Ali to death") and `toll_phrases` ("stabbed his wife and two children to
death"). A phrase with no closer kills by itself ("murdered", "shot dead"); a manner verb kills only when its
closer follows its victims or itself ("stabbed ... to death", "burned ... alive": "stabbed" alone also wounds).
A verb whose object may be a thing or an animal ("executed a warrant", "slaughtered 30 cows", "hanged a banner":
column object = people) and every manner verb with its closer ("beat a dog to death", "buried the goat alive") kill
only people: the readers ask `needs_people` and count such a verb's object only when it names people.
The expressions are alternations of fixed words, longest first: no quantifier, nothing to backtrack into.
"""
from __future__ import annotations

import re
from functools import lru_cache

from worker.extract.alternation import grouped_literal
from worker.extract.gazetteer import data_rows

_PHRASE = re.compile(r"[a-z]+(?: [a-z]+)*")
CLOSERS = ("to death", "alive", "dead")  # "dead" closes only "shot": "shot the trader dead"
_PEOPLE_CLOSERS = ("to death", "alive")  # "shot dead" kills by itself: an animal's too, as before


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, frozenset[str], str], ...]:
    """(phrase, closers, form) of each row; a phrase must be lower-case words so it can enter a regex unescaped."""
    rows = [(r["phrase"].strip(), frozenset(c for c in r["closes_with"].split("|") if c), r["form"].strip())
            for r in data_rows("manner_of_death.csv") if r["phrase"].strip()]
    for phrase, closers, form in rows:
        if not _PHRASE.fullmatch(phrase) or not closers <= set(CLOSERS) or form not in ("participle", "gerund"):
            raise ValueError(f"manner_of_death.csv: bad row {phrase!r}")
    return tuple(rows)


@lru_cache(maxsize=1)
def _people_only() -> frozenset[str]:
    """Phrases of the rows whose object must name people (column object = people)."""
    return frozenset(r["phrase"].strip() for r in data_rows("manner_of_death.csv")
                     if (r.get("object") or "").strip() == "people")


def needs_people(verb: str) -> bool:
    """Whether the killing verb as matched ("executed", "burned alive", "stabbed  to death") kills only when its
    object names people: a row marked so, or a manner verb with its closer."""
    phrase = " ".join(verb.lower().split())
    return phrase.endswith(_PEOPLE_CLOSERS) or phrase in _people_only()


def _alternation(words: list[str]) -> str:
    """The phrases as one group, longest first and grouped by first letter (`alternation.grouped_literal`): these
    verbs are read at every word of every sentence by the toll patterns."""
    return "(?:" + grouped_literal(words) + ")"


def manners(closer: str | None = None, gerunds: bool = False) -> str:
    """The manner verbs a closer completes ("stabbed", "burned"): those of `closer` ("to death" or "alive"), else
    of either; participles, and gerunds ("stabbing") when asked."""
    return _alternation([p for p, c, f in _rows() if c and (closer is None or closer in c)
                         and (gerunds or f == "participle")])


def closed_by(manner: str) -> frozenset[str]:
    """The closers of one manner verb ("buried": only "alive"); empty when it is none."""
    return next((c for p, c, _ in _rows() if p == manner.lower()), frozenset())


def kills(form: str = "participle") -> str:
    """Every phrase of `form` ("participle" or "gerund") that tells a killing: a verb that kills by itself
    ("murdered", "shooting dead") or a manner verb with its closer right after it ("stabbed to death", "burning
    alive")."""
    direct = [p for p, c, f in _rows() if not c and f == form]
    closed = [f"{p} {c}" for p, cs, f in _rows() if f == form for c in cs]
    return _alternation(direct + closed)
