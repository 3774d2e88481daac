"""Whether two reports can describe one real-world incident, and how strongly they agree. Pure.

Hard rules (any one keeps two reports apart): incompatible types (data/compatible_types.csv), event days that
cannot overlap, verified places that disagree at the finest level both give, provinces that disagree when neither
names a city, different countries when both name a verified city, tolls too far apart to be early and late counts of
one event. The score then adds what agrees: the same city or nearby coordinates, the same day, shared names from
headlines and evidence, shared actors and weapons, equal tolls. A match needs a place or a name in common, so two
reports that only share a country and a day stay apart.
"""
from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import Counter
from datetime import date
from difflib import SequenceMatcher
from functools import cache
from importlib import resources

from worker.extract.gazetteer import groups
from worker.extract.region_cores import region_holds
from worker.merge.reports import DAY_SLACK, Report, shift
from worker.extract.alternation import literal
from worker.extract.unit_words import DISTRICT_WORDS, PROVINCE_WORDS

SPELLING_RATIO = 0.85  # transliterations of one name ("Bajur", "Bajaur") are this similar
NEAR_KM = 40.0         # two verified places this close are one scene (a suburb and its city)
INJURED_FACTOR = 10   # see compatible()
MIN_SCORE = 3.0        # what a report needs in common with an event to join it
UNDATED_MIN_SCORE = 4.0  # without any day, agreement must rest on more


def actor_keys(names: tuple[str, ...]) -> frozenset[str]:
    """Perpetrators as comparable keys: the extractor names a group as each text writes it ("PKK", "Kurdistan
    Workers' Party"), so a name the group lexicon knows is keyed by its canonical name, any other by its lower case."""
    _, table = groups()
    return frozenset(g.canonical if (g := table.get(n.lower())) else n.lower() for n in names)


@cache
def _pairs() -> frozenset[frozenset[str]]:
    text = resources.files(__package__).joinpath("data", "compatible_types.csv").read_text("utf-8")
    return frozenset(frozenset((r["type_a"], r["type_b"])) for r in csv.DictReader(text.splitlines()))


def types_compatible(a: str, b: str) -> bool:
    return a == b or frozenset((a, b)) in _pairs()


def _km(a: Report, b: Report) -> float:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _same_name(a: str, b: str) -> bool:
    """One place in two spellings: "Kabul"/"Kabul city", "Bajur"/"Bajaur" (transliterations differ by a letter)."""
    if a == b or a in b.split() or b in a.split():
        return True
    return a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO


_PROVINCE_TYPE = re.compile(r"\s+(?:" + literal(PROVINCE_WORDS + DISTRICT_WORDS + ("department", "oblast")) + ")$")


def province_key(name: str) -> str:
    """One province however an outlet (or an older extractor) spelled it: "Telangāna", "Telangana", "Gombe State"
    and "gombe" are one key; accents, case and a trailing type word do not tell provinces apart."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold().strip()
    return _PROVINCE_TYPE.sub("", plain) or plain


def place_agreement(a: Report, b: Report) -> float | None:
    """None when the places contradict; else how strongly they agree (0 = nothing to compare)."""
    if a.cities and b.cities:
        if any(_same_name(x, y) for x in a.cities for y in b.cities):
            return 2.0
        if _km(a, b) <= NEAR_KM:
            return 1.5
        if a.verified and b.verified:
            return None
        return 0.0
    if a.admin1 and b.admin1:
        if province_key(a.admin1) == province_key(b.admin1) or region_holds(a.admin1, b.admin1) \
                or region_holds(b.admin1, a.admin1):  # "Darfur" and "North Darfur": the region holds the state
            return 1.0
        return None
    return 0.0


def days_overlap(a: Report, b: Report) -> bool | None:
    """None when either day is unknown."""
    if a.lo is None or b.lo is None:
        return None
    return a.lo <= b.hi and b.lo <= a.hi  # type: ignore[operator]


def tolls_compatible(a: int | None, b: int | None, factor: int = 4) -> bool:
    """Early counts are low and later ones higher, so a wide range fits; a tenfold gap in deaths does not."""
    if a is None or b is None:
        return True
    lo, hi = sorted((a, b))
    return hi <= factor * lo + 5


def compatible(a: Report, b: Report) -> bool:
    if not types_compatible(a.event_type, b.event_type):
        return False
    if days_overlap(a, b) is False:
        return False
    if a.country and b.country and a.country != b.country and a.verified and b.verified:
        return False
    if place_agreement(a, b) is None:
        return False
    # the wounded are counted later and less carefully than the dead: "one injured" becomes "ten" within hours
    return tolls_compatible(a.killed, b.killed) and tolls_compatible(a.injured, b.injured, INJURED_FACTOR)


def score(a: Report, b: Report) -> float:
    """How much two compatible reports have in common (see the module docstring)."""
    s = place_agreement(a, b) or 0.0
    if a.country and a.country == b.country:
        s += 0.5
    if a.exact and a.exact == b.exact:
        s += 1.0
    elif days_overlap(a, b):
        s += 0.5
    shared = len(set(a.names) & set(b.names))
    s += min(shared, 6) * 0.5
    if actor_keys(a.perpetrators) & actor_keys(b.perpetrators):
        s += 0.5
    if set(a.weapons) & set(b.weapons):
        s += 0.5
    if a.killed is not None and a.killed == b.killed:
        s += 0.5
    if a.event_type == b.event_type:
        s += 0.5
    return s


def event_window(core: list[Report]) -> tuple[date, date] | None:
    """The days the event itself can have: its date (the day most reports state) +- DAY_SLACK, else the days every
    dated report allows; None when unknown. Matching against this, not any one member's days, keeps daily attacks
    in one city from chaining into one event a day at a time."""
    stated = Counter(m.exact for m in core if m.exact)
    if stated:
        day = min(stated, key=lambda d: (-stated[d], d))
        return shift(day, -DAY_SLACK), shift(day, DAY_SLACK)
    dated = [m for m in core if m.lo is not None and m.hi is not None]
    if not dated:
        return None
    lo, hi = max(m.lo for m in dated), min(m.hi for m in dated)  # type: ignore[type-var]
    return (lo, hi) if lo <= hi else None


def in_window(r: Report, window: tuple[date, date] | None) -> bool:
    """Whether the report's stated day (else its possible days) falls in the event's window."""
    if window is None or r.lo is None or r.hi is None:
        return True
    if r.exact:
        return window[0] <= r.exact <= window[1]
    return r.lo <= window[1] and window[0] <= r.hi


def event_score(members: list[Report], r: Report,
                window: tuple[date, date] | None | bool = False) -> float | None:
    """The report's score against an event, or None when it cannot join: its day must fall in the event's window,
    it must be compatible with most of the event's primary reports (one odd report must not veto), and the best
    agreement must reach the bar. `window`: the event's, when the caller keeps it (else computed here)."""
    core = [m for m in members if m.primary] or members
    if not in_window(r, event_window(core) if window is False else window):  # type: ignore[arg-type]
        return None
    ok = [m for m in core if compatible(m, r)]
    if len(ok) * 2 < len(core) or not ok:
        return None
    if not any((place_agreement(m, r) or 0) > 0 or set(m.names) & set(r.names) for m in ok):
        return None
    best = max(score(m, r) for m in ok)
    undated = r.lo is None or all(m.lo is None for m in ok)
    bar = UNDATED_MIN_SCORE if undated else MIN_SCORE
    return best if best >= bar else None
