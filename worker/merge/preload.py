"""Loading what the merge core reads lazily (the gazetteer, the group and follow-up lexicons) before a stage polls.

Loaded on the first record instead, it held the repartition stage 5 s after its group join on an idle machine and
11-16 s beside two busy-looping processes, and the two stages could both start the load at once (functools.cache
does not lock). Running the core itself on two made-up reports reaches every lazy loader it has, including any
added later, without a list of them to keep in step."""
from __future__ import annotations

from typing import Any

from worker.merge.core import State, apply
from worker.merge.keys import incident_key

_NOW = "2000-01-01T00:00:00+00:00"


def _report(n: int, killed: int) -> dict[str, Any]:
    """A made-up incident.v1 record: a headline city, a group and a toll, so the matcher reads each lexicon."""
    return {"id": f"preload-{n}", "primary": True, "event_type": "bombing", "date": "2000-01-01",
            "article": {"id": f"preload-article-{n}", "url": f"https://preload.invalid/{n}", "source": f"s{n}",
                        "title": "Bomb blast kills several in Nairobi, police say", "published": "2000-01-01"},
            "location": {"country": "Kenya", "admin1": "Nairobi", "city": "Nairobi", "lat": -1.28, "lon": 36.82},
            "killed": killed, "injured": None, "perpetrators": ["al-Shabaab"], "targets": ["civilians"],
            "weapons": ["explosives"], "claimed_by": [], "confidence": 0.9,
            "evidence": [{"field": "event_type", "text": "A bomb went off in a market in Nairobi."}]}


def preload() -> None:
    """Run the pure core once on two reports of one made-up event; the state it builds is thrown away."""
    state = State()
    for n, killed in ((1, 3), (2, 5)):
        incident_key(_report(n, killed))
        state, _ = apply(state, _report(n, killed), _NOW)
