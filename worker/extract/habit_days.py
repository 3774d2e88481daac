"""The period of a habit ("fighters frequently attacked Gwoza last year") is no event day: the day of the act the
text tells once ("and on Monday killed 12 villagers", "; on Monday they killed 12") dates it. Adverbs:
data/role_words.csv habitual_adverbs."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from worker.extract.alternation import literal
from worker.extract.dates import DateMention
from worker.extract.syntax import word_lists

# a clause ends at a comma, a semicolon, a colon, a dash or the sentence's end
_CLAUSE_END = re.compile(r"[,;:.!?]|\s[—–]\s")


@cache
def _habitual() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + literal(word_lists()["habitual_adverbs"]) + r")\b", re.I)


def _clause(sentence: str, at: int) -> tuple[int, int]:
    """[start, end) of the clause around offset `at`."""
    start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)), default=0)
    end = _CLAUSE_END.search(sentence, at)
    return start, end.start() if end else len(sentence)


def habit_period(sentence: str, x: DateMention) -> bool:
    """The mention dates a habit: a habitual adverb in its own clause."""
    return habitual_clause(sentence, x.start)


@lru_cache(maxsize=4096)  # as classify: every sentence of a long article stays cached through its passes
def _any_habitual(sentence: str) -> bool:
    """A habitual adverb anywhere in the sentence: most sentences have none, and then no clause of theirs has one
    (read once per sentence, not once per date of it)."""
    return _habitual().search(sentence) is not None


def habitual_clause(sentence: str, at: int) -> bool:
    """A habitual adverb stands in the clause around offset `at` ("bandits, who usually attack at night, ...")."""
    if not _any_habitual(sentence):
        return False
    a, b = _clause(sentence, at)
    return bool(_habitual().search(sentence, a, b))


def without_habits(sentence: str, ds: list[DateMention]) -> list[DateMention]:
    """The mentions less those that date a habit, when an event day of another clause is left to date the sentence;
    with none left, a habit's period is kept like a statement's day (`reporting`): no event day, so the
    act a later sentence or clause tells once ("Gunmen often raided Zamfara in 2023; on Friday they killed 9") joins
    the habit's draft and dates it, and a text that tells only the habit still gets its period."""
    habits = [x for x in ds if not x.reporting and habit_period(sentence, x)]
    if not habits:
        return ds
    if not any(not x.reporting and x not in habits for x in ds):
        return [replace(x, reporting=True) if x in habits else x for x in ds]
    return [x for x in ds if x not in habits]
