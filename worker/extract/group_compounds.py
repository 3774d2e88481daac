"""Lexicon names that open a hyphenated compound ("an Islamic State-claimed attack", "ISIS-linked militants", "a
Houthi-held town"), which the group pattern of gazetteer.py does not match as names: the compound's second part
(data/compound_roles.csv) says whether the group did it. Pure."""
from __future__ import annotations

import re
from functools import cache

from worker.extract.alternation import literal
from worker.extract.gazetteer import data_rows, groups


@cache
def _compound_rx() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every alias of data/groups.csv followed by "-<suffix>", and suffix -> role ("agent" or "context")."""
    roles = {r["suffix"].strip().lower(): r["role"].strip() for r in data_rows("compound_roles.csv")}
    names = groups()[0].pattern.replace(r"(?![\w-])", "")  # the alias alternation, open to a hyphen after it
    suffixes = literal(roles)
    return re.compile(names + r"-(" + suffixes + r")\b", re.I), roles


def compounds_in(sentence: str) -> list[tuple[str, str, int, int, str | None]]:
    """(canonical, kind, start, end, role) of every lexicon name opening such a compound ("Islamic State-claimed":
    "agent"; "ISIS-linked", "Houthi-held": "context"); start/end span the name."""
    rx, roles = _compound_rx()
    table = groups()[1]
    out: list[tuple[str, str, int, int, str | None]] = []
    for m in rx.finditer(sentence):
        g = table.get(sentence[m.start():m.start(1) - 1].lower())
        if g is not None:
            out.append((g.canonical, g.kind, m.start(), m.start(1) - 1, roles[m.group(1).lower()]))
    return out
