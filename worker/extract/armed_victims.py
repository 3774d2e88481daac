"""Whether a killing struck an armed side: every phrase the parse makes the victim of a killing verb names a
non-state armed group or fighter ("vigilantes killed 15 bandits", "gang members killed three rivals", "killed six
members of a clan militia"). Two armed sides make an armed clash (GOLD_FORMAT), not a one-sided attack. State forces
as victims are left out: the project types a raid on a post that kills soldiers as an attack. Pure: reads the
roles the pipeline's parser found (syntax.Role)."""
from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from worker.extract.actors import groups_in
from worker.extract.gazetteer import data_rows
from worker.extract.other_acts import armed_nouns
from worker.extract.singled_out import victims
from worker.extract.syntax import Role, word_lists

# the doer's own words: "police shot dead the attacker" ends an attack, it is no second side
_DOERS = frozenset({"attacker", "attackers", "assailant", "assailants", "shooter", "shooters", "bomber", "bombers",
                    "gunman", "gunmen", "suspect", "suspects", "perpetrator", "perpetrators", "hijacker", "hijackers",
                    "raider", "raiders"})
_WORDS = re.compile(r"[\w-]+")
# a captive put to death fights no one: "ISIS captured and beheaded a Taliban member" is one-sided
_CAPTIVE = re.compile(r"\b(?:captured|captive|abducted|kidnapped|hostages?|beheaded|beheading|executed|execution|hanged|"
                      r"tortured|in custody|detained)\b", re.I)


@cache
def armed_words() -> frozenset[str]:
    """Nouns of non-state armed sides: the parse's armed nouns (data/role_words.csv) and data/armed_sides.csv,
    without the words that name the doer of the event itself."""
    extra = {r["word"].strip().lower() for r in data_rows("armed_sides.csv")}
    return frozenset((armed_nouns() | extra) - _DOERS - {"armed"})


def armed(victim: Role, sentence: str = "") -> bool:
    """The victim phrase names fighters: its head is an armed noun ("bandits", "a clan militia", "six Taliban": an
    armed group's own name), a member noun of an armed group or noun ("ten al-Shabaab members", "members of a herder
    militia"), or people the text arms ("armed herders", "herders armed with rifles"). A group named only as whom
    the victims back ("Houthi supporters") or a trade ("herders", "farmers": civilians by trade) is no armed side,
    nor is a fighter the text calls former ("a former militant commander", "ex-rebels")."""
    words = _WORDS.findall(victim.text.lower())
    if any(w in _disarmed() or w.split("-")[0] in _disarmed() for w in words):
        return False
    if victim.head in armed_words() or ("armed" in words and victim.head != "armed") or \
            _ARMED_AFTER.match(sentence, victim.end):
        return True
    if victim.head in _MEMBERS:
        core = victim.core or victim.text
        return _armed_group(core, core.lower().split()) or any(w in armed_words() for w in _WORDS.findall(core.lower()))
    return _armed_group(victim.text, [victim.head])


_MEMBERS = frozenset({"member", "members", "elements"})  # who belongs to a body: armed when the body is
_ARMED_AFTER = re.compile(r",?\s+armed\s+with\b", re.I)  # "seven herders armed with rifles"


@cache
def _disarmed() -> frozenset[str]:
    """Modifiers that say a fighter no longer fights (data/role_words.csv disarmed_modifiers: former, ex-, retired)."""
    return frozenset(word_lists()["disarmed_modifiers"])


def _armed_group(text: str, heads: Sequence[str]) -> bool:
    """Whether an armed group of the lexicon (kind "group": not an identity label such as "herdsmen", nor a state
    force) is named in `text` by a name holding one of the `heads` ("six Taliban", "al-Shabaab")."""
    return any(kind == "group" and any(h in _WORDS.findall(text[a:b].lower()) or h in text[a:b].lower().split("-")
                                       for h in heads) for _, kind, a, b in groups_in(text))


def struck_armed_side(sentences: Sequence[str], roles: Sequence[Sequence[Role]]) -> bool:
    """Every victim of a killing verb in the sentences is an armed side, and there is at least one, and no sentence
    tells a captive put to death."""
    found = [(v, s) for s, rs in zip(sentences, roles) for v in victims([s], [rs])]
    return bool(found) and all(armed(v, s) for v, s in found) and not any(_CAPTIVE.search(s) for s in sentences)
