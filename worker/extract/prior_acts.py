"""What was done to victims before the casualty verb of a passive: "were abducted and later killed", "were
kidnapped, tortured and killed", "was tied up and shot dead". The acts are data (data/prior_acts.csv), so a toll
reader that wants the subject of "were killed" finds it after one or more of them as after none."""
from __future__ import annotations

import re
from functools import lru_cache

from worker.extract.gazetteer import data_rows

_ACT = re.compile(r"[a-z]+(?: [a-z]+)*")
_THEN = r"(?:(?:then|later|subsequently|eventually|brutally|allegedly|reportedly)\s+)?"


@lru_cache(maxsize=1)
def acts() -> tuple[str, ...]:
    """The acts of data/prior_acts.csv, longest first; each must be lower-case words so it enters a regex as is."""
    rows = [r["act"].strip() for r in data_rows("prior_acts.csv") if r["act"].strip()]
    for act in rows:
        if not _ACT.fullmatch(act):
            raise ValueError(f"prior_acts.csv: bad row {act!r}")
    return tuple(sorted(set(rows), key=lambda a: (-len(a), a)))


@lru_cache(maxsize=None)
def before(verb: str) -> str:
    """`verb` (a regex) after at most three prior acts joined by commas or "and" ("abducted and later", "kidnapped,
    tortured and "): the acts are fixed words, so the expression has nothing to backtrack into."""
    act = "(?:" + "|".join(a.replace(" ", r"\s+") for a in acts()) + ")"
    return r"(?:" + act + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _THEN + r"){0,3}(?:" + verb + ")"
