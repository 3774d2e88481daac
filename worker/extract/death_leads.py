"""A sentence before the story's event that names a death as a noun and gives a day: "Olimpia won Sunday's derby,
but the win was overshadowed by the death of a supporter after the game".

Why: a page that opens on the occasion (a match, a concert, a march) tells the killing only paragraphs later, in
sentences of their own that name no day ("A fan died in hospital after he was stabbed outside the stadium"); the
event was then dated by the page's day. The opening sentence that names the death gives the day of the occasion it
followed, as "the incident happened on Sunday" before an undated account does (`dates.dates_an_event`). Only a draft
left without any day of its own takes it. Pure.
"""
from __future__ import annotations

import re

# "the death of a supporter", "the killing of two fans", "the fatal stabbing of a teenager": a death named as a noun
# with the dead after "of" (not "the death toll", "death threats")
_DEATH_OF = re.compile(r"\b(?:deaths?|killings?|murders?|(?:fatal\s+)?(?:stabbing|shooting)s?)\s+of\s+"
                       r"(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|their)\b", re.I)


def names_a_death(sentence: str) -> bool:
    """The sentence names a death of someone as a noun ("the death of a home supporter")."""
    return _DEATH_OF.search(sentence) is not None
