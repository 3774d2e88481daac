"""The verbs of what people say of an event, as alternations for every reader that finds them by their words: the
blame verbs ("blamed", "accused", "suspects") and the report verbs ("said", "told", "according") of
data/role_words.csv. A reader that must leave a word out ("suspect", "according") says so in its call. Pure."""
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


@cache
def report_words(*, according: bool = True) -> tuple[str, ...]:
    """The report verbs; without `according`, only those that follow their speaker ("police said"): "according"
    opens "according to X" instead."""
    return tuple(w for w in word_lists()["report_verbs"] if according or w != "according")


@cache
def report_verbs(*, according: bool = True) -> str:
    """`report_words` as one alternation, longest first (ungrouped: wrap it in "(?:...)")."""
    return literal(report_words(according=according))
