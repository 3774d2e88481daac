"""The opening sentence of a page that names a death as a noun and gives a day: "Olimpia won Sunday's derby, but
the win was overshadowed by the death of a supporter after the game".

Why: a page that opens on the occasion (a match, a concert, a march) tells the killing only paragraphs later, in
sentences of their own that name no day ("A supporter died in hospital after he was stabbed outside the stadium");
the event was then dated by the page's day. The opening sentence that names the death gives the day of the occasion
it followed, as "the incident happened on Sunday" before an undated account does (`dates.dates_an_event`). Only
the page's first sentence counts (a later one is a tribute or a plan), only when its day is the death's (not "on
Sunday after the death of", "months after", "ten years since", "will be held on Friday"), and only the draft that
tells the death of the same person ("a supporter ... the supporter died"), left without any day of its own, takes
it. Pure.
"""
from __future__ import annotations

import re

# "the death of a supporter", "the killing of two fans", "the fatal stabbing of a teenager": a death named as a noun
# with the dead after "of" (not "the death toll", "death threats"); the words after the determiner are the dead
_DEATH_OF = re.compile(r"\b(?:deaths?|killings?|murders?|(?:fatal\s+)?(?:stabbing|shooting)s?)\s+of\s+"
                       r"(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|their)\s+"
                       r"(?P<dead>[\w'’-]+(?:\s+[\w'’-]+){0,3})", re.I)
# what ends the noun phrase of the dead: a preposition, a relative, a clause
_AFTER_DEAD = re.compile(r"\s+(?:after|at|in|on|outside|during|near|who|from|following|before|when|while|as|and|"
                         r"with|by|over|for)\b", re.I)
# the death is not the day's occasion: "on Sunday after the death of", "months after", "ten years since"
_NOT_ITS_DAY = re.compile(r"\b(?:after|since|following)\s+(?:\w+\s+){0,1}$", re.I)
# a plan: "A vigil will be held on Friday after the death of"
_PLAN = re.compile(r"\b(?:will|shall|to be held|is to|are to|plans? to)\b", re.I)


def dead_noun(sentence: str) -> str | None:
    """The head noun of the dead the sentence's death is of ("supporter"), when its day is the death's occasion."""
    m = _DEATH_OF.search(sentence)
    if m is None or _NOT_ITS_DAY.search(sentence[:m.start()]) or _PLAN.search(sentence):
        return None
    phrase = sentence[m.start("dead"):m.end("dead")]
    end = _AFTER_DEAD.search(phrase)
    words = re.findall(r"[\w'’-]+", phrase[:end.start()] if end else phrase)
    return words[-1].lower() if words else None


def names_a_death(sentence: str) -> bool:
    """The sentence names a death of someone as a noun ("the death of a home supporter") on its own occasion."""
    return dead_noun(sentence) is not None


def names_the_dead(noun: str, texts: list[str]) -> bool:
    """One of the texts names the same dead ("supporter", "supporters")."""
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    pattern = re.compile(r"\b" + re.escape(stem) + r"(?:s|es)?\b", re.I)
    return any(pattern.search(t) for t in texts)
