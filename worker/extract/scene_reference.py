"""A sentence that opens with a definite noun phrase naming the incident or its setting ("The rally was held in
the town of X", "The bombardment fell on a village near Y") points back at the incident told just before it: news
style names the event first and its exact place in the next sentence. The nouns are the trigger lexicon's and the
setting nouns of data/scene_nouns.csv."""
from __future__ import annotations

import re
from functools import cache

from worker.extract import happened_days
from worker.extract.gazetteer import data_rows, any_trigger
from worker.extract.alternation import literal


@cache
def _scene_nouns() -> re.Pattern[str]:
    nouns = {r["noun"].strip().lower() for r in data_rows("scene_nouns.csv")}
    return re.compile(literal(nouns), re.I)


# "The rally", "This remote village", "The night's bombardment": a determiner, then the phrase's first words
_OPENING = re.compile(r"^\W*(?:the|this|that)\s+((?:[\w'’-]+\s*){1,4})", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")  # "The town's mayor": the noun qualifies another one


def points_back(sentence: str) -> bool:
    """The sentence opens with "it happened" (the event as a pronoun), or its opening noun phrase is definite and one
    of its first three words is a noun that names an event (the trigger lexicon, the event nouns of the data) or a
    setting; not a possessive ("The town's mayor said"
    is about the mayor). The noun is in lower case: "The Home Office", "The Bar Council" name no
    setting."""
    if happened_days.retells(sentence):  # "It happened on the road linking X and Y", "This occurred near Z"
        return True
    m = _OPENING.match(sentence)
    if m is None:
        return False
    for w in list(re.finditer(r"[\w-]+", m.group(1)))[:3]:
        if _POSSESSIVE.match(sentence, m.start(1) + w.end()):
            continue
        if w.group().islower() and (_scene_nouns().fullmatch(w.group()) or any_trigger().fullmatch(w.group())):
            return True
    return False
