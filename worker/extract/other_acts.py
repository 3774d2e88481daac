"""A group named only in a time clause about another, peaceful act ("A day after Taliban negotiators met US envoys in
Doha, a bomb killed 9 people", "Hours after the Houthis announced a truce, ..."): the clause dates the event by
what the group did elsewhere; it names no doer. The lone-group fallback of actors.perpetrators would otherwise
take the only group the sentence names. A clause with a word of violence, a claim, a blame or a clash in it
("after Boko Haram fighters stormed the town, ...") may still tell the doers' act and is left to the parse. Pure."""
from __future__ import annotations

import re
from functools import cache

from worker.extract.syntax import word_lists

# a time subordinator opening a clause, with its measure ("a day after", "hours before", "weeks since")
_OPENER = re.compile(r"^\s*(?:(?:just|only|shortly|soon|barely|minutes|hours|days|weeks|months|a\s+(?:day|week|month)|"
                     r"one\s+(?:day|week|month)|two\s+(?:days|weeks)|\d+\s+(?:hours|days|weeks))\s+)*"
                     r"(?:after|before|since|while|as|when|even\s+as)\s", re.I)
_BOUNDARY = re.compile(r"[,;:]|\s[—–-]{1,2}\s")
_WORD = re.compile(r"[\w'’-]+")


@cache
def _acts() -> frozenset[str]:
    """Words that may tell an act of violence or who did one (data/role_words.csv)."""
    lists = word_lists()
    return frozenset(w for name in ("violence_verbs", "clash_verbs", "clash_nouns", "event_nouns", "claim_verbs",
                                    "blame_verbs", "death_verbs", "weapon_nouns", "transitive_verbs", "aim_verbs",
                                    "custody_verbs", "people_object_verbs", "arming_verbs", "craft_nouns")
                     for w in lists[name])


def clause_at(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The [a, b) span of the comma-, semicolon- or dash-delimited clause holding [start, end)."""
    a = max((m.end() for m in _BOUNDARY.finditer(sentence, 0, start)), default=0)
    m = _BOUNDARY.search(sentence, end)
    return a, m.start() if m else len(sentence)


def in_peaceful_time_clause(sentence: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) lie in a clause opened by a time subordinator ("a day after", "hours
    before", "while") that holds no word of violence, claim, blame or clash, while the rest of the sentence does
    hold one (the clause sets the time of the act told outside it)."""
    a, b = clause_at(sentence, start, end)
    if not _OPENER.match(sentence[a:start]):
        return False
    acts = _acts()
    inside = {w.lower() for w in _WORD.findall(sentence[a:b])}
    outside = {w.lower() for w in _WORD.findall(sentence[:a] + " " + sentence[b:])}
    return not inside & acts and bool(outside & acts)
