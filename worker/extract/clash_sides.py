"""The state's side of an armed clash with a named group (`clash_forces`): the men who fell in it or a side named
with its state, when the text calls them by a bare common noun ("three soldiers were killed in a gunfight with Abu
Sayyaf"), named as the gold names a state's forces (data/states.csv). Apart from actors.py, which names the doers the
text names; this adds the side it leaves unnamed."""
from __future__ import annotations

import re

from functools import cache
from typing import Sequence

from worker.extract import number_words
from worker.extract.actors import FORCE_TARGETS, clash_words, fell_in_clash, groups_in, military_of, police_of
from worker.extract.alternation import literal
from worker.extract.gazetteer import states, targets
from worker.extract.named_countries import world_names
from worker.extract.own_clauses import own_clauses, roles_as_written
from worker.extract.speech_verbs import report_verbs
from worker.extract.syntax import AGENT, PATIENT, SIDE, Role, word_lists


def clash_forces(sentences: list[str], roles: list[list[Role]] | None, country: str | None,
                 named: Sequence[str], day: str | None = None) -> list[str]:
    """The state's side of an armed clash whose other side is a named group (`named`), when the text calls the
    state's men by a bare common noun (`_bare_force`): the men who fell in it ("three soldiers were killed in a
    gunfight with Abu Sayyaf militants", "militants killed three soldiers in a gunfight": the incident's country's),
    or a side the parse names with its state ("fighting between al-Shabaab and Kenyan soldiers"). A clash has two
    sides and the gold lists both, the state's as its military or police (`military_of`, `police_of`). Left: a side
    with no state named ("clashes between government troops and X": the WAD gold names it as the wire did, "Army");
    men any other word marks as no plain state's ("NATO", "rebel", "former", "Tigrayan" soldiers); the fallen of a
    clash between two others ("killed in clashes between X and Y"); the fallen where the text names another state
    (`_foreign_named`: "the Kenyan army said two soldiers were killed ... in Somalia"); a state whose forces the
    table names for an earlier era (`_forces_hold`). Nothing when a force is already named."""
    if not named or roles is None or any(n in FORCE_TARGETS or n in _state_force_names() for n in named):
        return []
    sentences = own_clauses(sentences, "armed_clash")
    roles = roles_as_written(sentences, roles) or []
    if any(_other_forces().search(s) for s in sentences):  # a mission's or regional force's men may be the fallen
        return []
    home = None if _foreign_named(sentences, country) else country
    out: list[str] = []
    for s, rs in zip(sentences, roles):
        fell = fell_in_clash().search(s)
        two_others = fell is not None and fell.group().lower().endswith("between")
        told = (fell is not None and not two_others) or _told_actively(s, rs)
        for r in rs:
            fallen = r.role == PATIENT and told and not (fell is not None and fell.start() < r.start and two_others)
            bare = _bare_force(r.text) if fallen or r.role == SIDE else None
            if bare is None:
                continue
            kind, state = bare
            state = country if state == OWN_STATE else state or (home if fallen else None)
            force = None if state is None or not _forces_hold(state, day) else (
                police_of(state) if kind == "police" else military_of(state))
            if force and force not in out and force not in named:
                out.append(force)
    return out


@cache
def _clash_told() -> re.Pattern[str]:
    """A clash a sentence tells actively: "a <clash noun> with" (group `with`: "a gunfight with X killed three
    soldiers") or "in/during a <clash noun>" ("X killed three soldiers in a gunfight"), of data/role_words.csv
    clash_nouns and clash_phrases ("in a gun battle"); not one between two others."""
    nouns = "(?:" + clash_words() + ")"
    adjectives = r"(?:(?:heavy|fierce|fresh|renewed|armed|brief|intense)\s+)"
    return re.compile(r"\b(?P<with>(?:a|an|the)\s+" + adjectives + r"?" + nouns + r"\s+with\b)|\b(?:in|during)\s+"
                      r"(?:(?:a|an|the)\s+)?" + adjectives + r"{0,2}" + nouns + r"\b(?!\s+between\b)", re.I)


def _told_actively(sentence: str, roles: list[Role]) -> bool:
    """Whether the men a sentence's parse makes the patient fell in a clash told actively (`_clash_told`): "a
    gunfight with X killed them", or a named group that killed them "in a gunfight". Not the wounded of a clash
    no doer is named in ("rebels were killed while a soldier was wounded in a clash"): they may be no side's."""
    m = _clash_told().search(sentence)
    return m is not None and (m.group("with") is not None or any(r.role == AGENT and groups_in(r.text) for r in roles))


@cache
def _counting_words() -> re.Pattern[str]:
    """The words before men's noun that only count or point at them ("at least three", "two more", "dozens of",
    "the four"; data/number_words.csv), to be read past when asking whether a phrase is bare."""
    words = [*number_words.values("cardinal", "collective", "vague"), "a", "an", "the", "at least", "more", "other",
             "some", "many", "all", "of", "and"]
    return re.compile(r"^(?:(?:" + literal(words) + r"|\d+)\s+)*", re.I)


_FORCE_EXTRA = re.compile(r"\b(?:officers?|personnel|members|men|security|forces|of|the)\b", re.I)


def _bare_force(text: str) -> tuple[str, str | None] | None:
    """(police | military, the state its words name or None) when a phrase names the state's men by a bare common
    noun: counting words, at most a country's name or demonym ("Somali soldiers", "South Sudanese troops": the whole
    name, not "Sudan" inside it) or a word for the incident's own state (`OWN_STATE`: "federal soldiers"), the force's words ("four policemen", "two police officers"). None for any other
    word, which makes them someone else's men ("NATO soldiers", "rebel soldiers", "former soldiers", "Tigrayan
    soldiers", "soldiers of the Niger Delta task force") or names no force."""
    rest = _counting_words().sub("", text.strip())
    rxs = {c: rx for c, rx in targets() if c in ("police", "military")}
    kind = "police" if rxs["police"].search(rest) else "military" if rxs["military"].search(rest) else None
    if kind is None or groups_in(text):
        return None
    left = _FORCE_EXTRA.sub(" ", rxs["military"].sub(" ", rxs["police"].sub(" ", rest))).strip()
    if not left:
        return kind, None
    if left.lower() in word_lists()["own_state_modifiers"]:
        return kind, OWN_STATE
    pattern, table = world_names()
    m = pattern.fullmatch(left)
    if m is None and (m := pattern.fullmatch(_own_force_name(left))) and not _names_own_force(left, table[m.group()]):
        return None
    return (kind, table[m.group()]) if m else None


def _names_own_force(left: str, state: str) -> bool:
    """Whether data says a state's own force is named so: data/states.csv names its military or police with the
    modifier that ends `left` ("Somali National" -> Somalia's "Somali National Army"), or data/role_words.csv
    state_national_forces holds a force `left` opens ("Afghan National" -> "afghan national army"). A "<state>
    National Army" is the state's force only when its data says so, as "Libya National Army" or "Syrian National
    Army" are armed groups, whatever the spelling, and the lexicon may not hold every spelling."""
    row = states().get(state)
    last = left.rpartition(" ")[2].lower()
    if row is not None and any(last in n.lower().split() for n in (row.military, row.police)):
        return True
    return any(f.startswith(left.lower() + " ") for f in word_lists()["state_national_forces"])


def _own_force_name(left: str) -> str:
    """A state's name or demonym left of the force's words when they were its force's proper name ("Somali National"
    of "Somali National Army soldiers", "Afghan National" of "Afghan National Police officers"): the name without its
    last word when that word is one of the state's own (data/role_words.csv own_state_modifiers: "National",
    "Federal"), else "". A lexicon group of that shape ("Libyan National Army", "Syrian National Army": not the
    state's) never reaches here: `_bare_force` gives no side to a phrase naming a group."""
    name, _, last = left.rpartition(" ")
    return name if name and last.lower() in word_lists()["own_state_modifiers"] else ""


# the state a side's word names is the incident's own ("federal soldiers", "national police"; data/role_words.csv
# own_state_modifiers); "government troops" is left, as the WAD gold names such a side as the wire did ("Army")
OWN_STATE = "(own state)"


def _foreign_named(sentences: list[str], country: str | None) -> bool:
    """Whether the incident's sentences name a state other than its country outside a group's name, as the owner of
    men, a force or a voice (`_names_its_men`: "the Kenyan army said two soldiers were killed ... in Somalia",
    "soldiers from Chad", "Seven Kenyan soldiers"): the fallen may be that state's men. A foreign name that names no
    one's men (a river, a border, a person, a news agency, a dateline, background: "near the Nigerien border",
    "the French news agency AFP", "army spokesman Chad Mbeki said") leaves them the incident state's."""
    pattern, table = world_names()
    for s in sentences:
        spans = [(g[2], g[3]) for g in groups_in(s)]
        if any(table[m.group()] != country and not any(a <= m.start() < b for a, b in spans)
               and not _inside_name(s, m.start()) and _names_its_men(s, m.start(), m.end())
               for m in pattern.finditer(s)):
            return True
    return False


@cache
def _state_men() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after, before) a state's name that make it the owner of men, a force or a voice (data/role_words.csv
    state_men_words): the name, its possessive or demonym, then at most two words of the same phrase before such a
    word ("Kenyan army", "Chad's defence ministry", "Ethiopian state media") or a report verb right after it
    (data/role_words.csv report_verbs: "Ethiopia said", "Burundi announced"); or such a word then "from"/"of", or
    "according to", right before it ("soldiers from Chad", "troops of Kenya", "according to Kenya").
    Bounded windows and no comma crossed: a person ("Chad Mbeki said"), a place ("the Niger river") or a thing
    ("the French news agency") is no owner."""
    words = literal(word_lists()["state_men_words"], loose=True)
    verbs = report_verbs(according=False)
    after = re.compile(r"(?:['’]s)?(?:\s+(?:[\w'’-]+\s+){0,2}?(?:" + words + r")\b|\s+(?:" + verbs + r")\b)", re.I)
    before = re.compile(r"\b(?:(?:" + words + r")\s+(?:from|of)|according\s+to)\s+(?:the\s+)?$", re.I)
    return after, before


def _names_its_men(s: str, start: int, end: int) -> bool:
    """Whether the state's name at [start, end) owns men, a force or a voice (`_state_men`)."""
    after, before = _state_men()
    return after.match(s, end, min(len(s), end + 60)) is not None or \
        before.search(s, max(0, start - 40), start) is not None


@cache
def _other_forces() -> re.Pattern[str]:
    """Another force, mission or regional state's men a text names (data/role_words.csv other_forces: "AMISOM",
    "Jubaland forces", "peacekeepers"): the fallen "soldiers" may be theirs, not the national army's."""
    return re.compile(r"\b(?:" + literal(word_lists()["other_forces"]) + r")\b", re.I)


def _inside_name(s: str, at: int) -> bool:
    """Whether a country's name at `at` is part of a longer name (`_INSIDE_NAME`), looking only at the word before
    it (a bounded window: the scan stays linear on long runs of capitalised words); a counting word before it
    ("Seven Kenyan soldiers", "Several Kenyan soldiers") makes it no name."""
    m = _INSIDE_NAME.search(s, max(0, at - 40), at)
    return m is not None and not _counting_words().fullmatch(m.group().strip() + " ")


# a capitalised word right before a country's name or demonym, not a function word: the name is part of a longer one
# ("Datu Saudi Ampatuan", "Lake Chad"), no state's (a counting word there is read by `_inside_name`, from the lexicon)
_INSIDE_NAME = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|In|On|At|From|By|With|Of|For|And|But)\b)"
                          r"[A-Z][\w'’-]*\s+$")


def _forces_hold(country: str, day: str | None) -> bool:
    """Whether the forces data/states.csv names for `country` were its state's on `day` (column forces_until: the
    republic's "Afghan security forces" ended in August 2021; forces_from: they began in December 2001);
    an undated incident is given the benefit."""
    st = states().get(country)
    until, start = (st.forces_until, st.forces_from) if st else ("", "")
    return not (day and ((until and day[:10] > until) or (start and day[:10] < start)))


@cache
def _state_force_names() -> frozenset[str]:
    """Every state's military and police as data/states.csv names them ("Cameroonian army", "Afghan police")."""
    return frozenset(n for st in states().values() for n in (st.military, st.police))
