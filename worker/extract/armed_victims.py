"""Whether a killing struck an armed side: every phrase the parse makes the victim of a killing verb names a
non-state armed group or fighter ("vigilantes killed 15 bandits", "gang members killed three rivals", "killed six
members of a clan militia"). Two armed sides make an armed clash (GOLD_FORMAT), not a one-sided attack. State forces
as victims are left out: the project types a raid on a post that kills soldiers as an attack. Pure: reads the
roles the pipeline's parser found (syntax.Role)."""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources
from typing import Sequence

from worker.extract.actors import groups_in
from worker.extract.singled_out import victims
from worker.extract.syntax import Role, word_lists

# the doer's own words: "police shot dead the attacker" ends an attack, it is no second side
_DOERS = frozenset({"attacker", "attackers", "assailant", "assailants", "shooter", "shooters", "bomber", "bombers",
                    "gunman", "gunmen"})
_WORDS = re.compile(r"[\w-]+")
# a captive put to death fights no one: "ISIS captured and beheaded a Taliban member" is one-sided
_CAPTIVE = re.compile(r"\b(?:captured|captive|abducted|kidnapped|hostages?|beheaded|beheading|executed|execution|hanged|"
                      r"tortured|in custody|detained)\b", re.I)


@cache
def armed_words() -> frozenset[str]:
    """Nouns of non-state armed sides: the parse's armed nouns (data/role_words.csv) and data/armed_sides.csv,
    without the words that name the doer of the event itself."""
    text = resources.files(__package__).joinpath("data", "armed_sides.csv").read_text("utf-8")
    extra = {r["word"].strip().lower() for r in csv.DictReader(text.splitlines())}
    return frozenset((set(word_lists()["armed_nouns"]) | extra) - _DOERS - {"armed"})


def armed(victim: Role) -> bool:
    """The victim phrase's core names an armed group ("Boko Haram") or an armed noun ("bandits", "clan militia")."""
    core = victim.core or victim.text
    return bool(groups_in(core)) or any(w in armed_words() for w in _WORDS.findall(core.lower()))


def struck_armed_side(sentences: Sequence[str], roles: Sequence[Sequence[Role]]) -> bool:
    """Every victim of a killing verb in the sentences is an armed side, and there is at least one, and no sentence
    tells a captive put to death."""
    found = victims(sentences, roles)
    return bool(found) and all(armed(v) for v in found) and not any(_CAPTIVE.search(s) for s in sentences)
