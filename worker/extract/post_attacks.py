"""Whether armed men struck a force's post: a violence verb whose doer is no state force and whose victim phrase
names a post or patrol (data/role_words.csv force_places: "gunmen attacked his checkpoint", "militants ambushed a
patrol"; no convoy, which may be a governor's). The men killed there died because they held the post, not because
they were singled out, so GOLD_FORMAT's targeted killing (the assassination of a named person) does not fit: an
attack on a post is an attack, whoever of its men was named. Pure: reads the roles the pipeline's parser found
(syntax.Role)."""
from __future__ import annotations

import re
from typing import Sequence

from worker.extract import group_names
from worker.extract.gazetteer import groups
from worker.extract.other_acts import armed_nouns
from worker.extract.syntax import AGENT, Role, victim_of, word_lists

_WORD = re.compile(r"[\w-]+")
# the text names whom the attack was aimed at ("the police chief, who was the target of the attack", "the commander
# was the intended target"): a singled-out victim, whatever post he was killed at
_AIMED_AT = re.compile(r"\b(?:(?:intended|apparent|main|primary|real|actual|likely|chief) targets?|targets? of (?:the |an? |"
                       r"this |that )?(?:[\w-]+ )?(?:attack|ambush|assault|raid|shooting|strike|killing|assassination)s?)\b",
                       re.I)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _armed_place(text: str) -> bool:
    """A post of armed men, not of a state force ("a rebel base", "an al-Shabaab camp")."""
    return bool(_words(text) & armed_nouns()) or bool(groups()[0].search(text))


def struck_post(roles: Sequence[Sequence[Role]]) -> bool:
    """Whether the parse makes someone other than a state force the doer of violence against a force's post, patrol
    (see the module docstring)."""
    places = set(word_lists()["force_places"])
    for found in roles:
        for r in found:
            if r.role != AGENT or group_names.is_force(r.text):
                continue
            victim = victim_of(r, found)
            if victim is not None and _words(victim.text) & places and not _armed_place(victim.text):
                return True
    return False


def aimed_at_one(text: str) -> bool:
    """Whether the text tells whom the attack was aimed at ("who was the target of the attack", "the intended
    target"): then the victim was singled out even at a post."""
    return bool(_AIMED_AT.search(text))
