"""What a doer noun is: a noun that names who did the violence, from data/role_words.csv armed_nouns ("gunmen",
"bandits", "jihadists") and violent_nouns ("thugs", "cultists", "hitmen"). Every reader of doers builds its lexicon
here, so the definition is written once; a reader differs only in the words it drops (`exclude`, named in its call)
or adds (a state's forces, the plural nouns of armed bodies). Pure.
"""
from __future__ import annotations

from functools import cache

from worker.extract.alternation import literal
from worker.extract.syntax import word_lists

# the words of the armed list that name no doer when a reader asks who did it: an adjective ("armed": "armed men" is
# read with its noun) and a rank ("a rebel commander" is one man of the group, not the doers)
RANK_AND_QUALITY = frozenset({"armed", "commander", "commanders"})


@cache
def doer_words(exclude: frozenset[str] = frozenset(), *, violent: bool = True, force: bool = False,
               also: tuple[str, ...] = ()) -> frozenset[str]:
    """The armed nouns, the violent nouns unless `violent` is False, the state's force nouns (data/role_words.csv
    force_nouns: "troops", "police") when `force`, and the words `also` gives, without the words of `exclude`."""
    lists = word_lists()
    words = [*lists["armed_nouns"], *(lists["violent_nouns"] if violent else ()),
             *(lists["force_nouns"] if force else ()), *also]
    return frozenset(w for w in words if w not in exclude)


@cache
def doer_alternation(exclude: frozenset[str] = frozenset(), *, violent: bool = True, force: bool = False,
                     also: tuple[str, ...] = ()) -> str:
    """`doer_words` as one ungrouped alternation, longest first (`alternation.literal`): wrap it in "(?:...)"."""
    return literal(doer_words(exclude, violent=violent, force=force, also=also))
