"""A group named only in a time clause about another, peaceful act ("A day after Taliban negotiators met US envoys in
Doha, a bomb killed 9 people", "The attack came as Taliban and government negotiators held talks"): the clause dates the event by
what the group did elsewhere; it names no doer. The lone-group fallback of actors.perpetrators would otherwise
take the only group the sentence names. A clause with a word of violence, a claim, a blame or a clash in it
("after Boko Haram fighters stormed the town, ...") may still tell the doers' act and is left to the parse; so may a
clause of the same time ("as", "while", "when") that names armed men ("as Houthi rebels advanced on Marib"), and so
may a clause whose group the main clause's subject picks up ("When X fighters reached the village, they shot dead
six elders"). Pure."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from worker.extract.alternation import literal
from worker.extract.doer_words import doer_words
from worker.extract.syntax import word_lists

# a time subordinator, with its measure ("a day after", "hours before", "weeks since"), the group after it
# ("as" of time only: not "known as", "such as", "as well as", "as many as")
_SUBORDINATOR = re.compile(r"\b(?:after|before|since|while|when|(?<!known )(?<!such )(?<!well )(?<!same )(?<!named )"
                           r"(?<!identified )(?<!described )(?<!many )(?<!much )as(?!\s+(?:well|many|much|part)\b))"
                           r"\s(?=(?:[\w'’-]+\s+){0,6}$)", re.I)
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


@cache
def _power_taken() -> re.Pattern[str]:
    """A verb taking power (data/role_words.csv power_objects: "seized power", "took office"): no act of violence,
    whatever the verb ("before the Taliban seized power in August")."""
    return re.compile(r"\b[\w'’-]+\s+(?:the\s+)?(?:" + literal(word_lists()["power_objects"]) + r")\b", re.I)


def clause_at(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The [a, b) span of the comma-, semicolon- or dash-delimited clause holding [start, end)."""
    a = max((m.end() for m in _BOUNDARY.finditer(sentence, 0, start)), default=0)
    m = _BOUNDARY.search(sentence, end)
    return a, m.start() if m else len(sentence)


@lru_cache(maxsize=4096)  # each incident of a long text asks again of the same sentences' groups
def in_peaceful_time_clause(sentence: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) lie in a time clause ("a day after ...", "The attack came as ...", "while
    ...", up to the next comma) that holds no word of violence, claim, blame or clash, while the rest of the sentence
    does hold one (the clause sets the time of the act told outside it). The group must come within six words of
    the subordinator ("as Taliban and government negotiators held talks")."""
    a, b = clause_at(sentence, start, end)
    m = _SUBORDINATOR.search(sentence, a, start)
    if m is None:
        return False
    acts = _acts()
    inside = {w.lower() for w in _WORD.findall(_power_taken().sub(" ", sentence[m.start():b]))}
    outside = {w.lower() for w in _WORD.findall(sentence[:m.start()] + " " + sentence[b:])}
    if m.group().strip().lower() in _AT_THE_SAME_TIME and inside & armed_nouns():
        return False  # "Eight people were killed as Houthi rebels advanced on Marib": armed men moving meanwhile
    if _picked_up().match(sentence, b):
        return False  # "After X fighters entered the town, they torched homes": the main clause's doer is the group
    return not inside & acts and bool(outside & acts)


_AT_THE_SAME_TIME = frozenset({"as", "while", "when"})

@cache
def _picked_up() -> re.Pattern[str]:
    """The main clause right after the time clause opens on "they", "the group" or a definite armed noun
    (data/role_words.csv armed_nouns) for its subject ("..., they shot dead six elders", "..., the insurgents set fire
    to homes"): it picks up the group the clause named."""
    return re.compile(r"[,;:]?\s*(?:(?:then|later|soon|quickly)\s+)?(?:they|the\s+(?:group|" + literal(armed_nouns())
                      + r"))\b", re.I)


@cache
def armed_nouns() -> frozenset[str]:
    """Nouns of armed men (data/role_words.csv armed_nouns), as one set: armed men acting while people died may be
    their killers, whatever their verb ("advanced", "moved in"), unlike negotiators or leaders meeting; actors reads
    the same set (doer_words without the violent nouns)."""
    return doer_words(violent=False)
