"""Whether an incident's words tell an exchange between two armed sides ("in a shootout", "clashed with", "an
encounter", "returned fire") or only that one side struck ("Security forces killed six suspected members of the
Islamic State"). The gold names the non-state side of an exchange as its doer (a police "encounter": the militants);
when no exchange is told, the force that killed the armed men did the violence. The nouns and phrases beyond the
pattern below are data (data/role_words.csv exchange_phrases: "gun duel", "crossfire", "armed engagement"). Pure."""
from __future__ import annotations

import re
from functools import cache

from worker.extract.alternation import literal
from worker.extract.syntax import word_lists

_FIRE = (r"encounters?|shoot-?outs?|gun[ -]?battles?|gunfights?|firefights?|exchanges? of fire|exchanged fire|"
         r"fire exchange|traded fire|returned fire|came under (?:\w+ )?fire|counter-?attack(?:ed|s)?|"
         r"retaliat(?:ed|ion)|resist(?:ed|ance)|(?:repulsed|repelled|foiled|thwarted) (?:an? |the )?(?:\w+ )?attacks?")


@cache
def _rx() -> re.Pattern[str]:
    background = {"violence", "conflict", "conflicts", "feud", "hostilities"}  # a state of things, not an exchange
    lists = word_lists()
    words = [w for w in lists["clash_verbs"] + lists["clash_nouns"] + lists["exchange_phrases"] if w not in background]
    return re.compile(r"\b(?:" + _FIRE + r"|" + literal(words) + r")\b", re.I)


def tells_exchange(sentences: list[str]) -> bool:
    """Whether any of the sentences tells an exchange of fire or a clash."""
    return any(_rx().search(s) for s in sentences)
