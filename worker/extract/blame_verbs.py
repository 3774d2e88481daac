"""The verbs of blame (data/role_words.csv blame_verbs: "blamed", "accused", "suspects") as one alternation, for
every reader that finds a blame by its words; a reader that must not take "suspect" for a verb says so. Pure."""
from __future__ import annotations

from functools import cache

from worker.extract.alternation import literal
from worker.extract.syntax import word_lists


@cache
def blame_verbs(*, suspect: bool = True) -> str:
    """The blame verbs, longest first (ungrouped: wrap it in "(?:...)"). Without `suspect`, "suspect" and "suspects"
    are left out: they are as often the noun ("the suspect claimed that he had joined ...") or the adjective
    ("blamed suspect militants") as the verb."""
    return literal(w for w in word_lists()["blame_verbs"] if suspect or not w.startswith("suspect"))
