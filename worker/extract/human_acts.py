"""Whether a parsed trigger sentence tells a deliberate act of violence by people, read from the dependency parse.

The gate's word lists fit the wordings their authors saw; the parse reads who did what to whom in any wording: the
agent of a violent verb (its subject, the "by" phrase of a passive, the subject of the clause a participle hangs on:
"..., killing 12") or the possessor/compound of a violent noun ("a tiger attack"), and its patient (the object, the
passive subject). An act whose agent is an animal, a vehicle, a fire, the weather, an illness, a team or a market
(data/nonhuman_agents.csv), whose patient is an idea, a ball or a price (data/nonperson_patients.csv), or which is
negated, planned or hypothetical, is no security incident. A passive with no agent ("was shot") implies people.

Per trigger the reading is HUMAN (an agent who is a person, a group, a name or a weapon), NOT_HUMAN (told as above)
or None (nothing tells: a bare "attack" implies people). A sentence with a HUMAN act tells one; a sentence whose acts
are all NOT_HUMAN or None, with at least one NOT_HUMAN, tells none (`tells_violence` False); else it is undecided.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from worker.extract.gazetteer import data_rows
from worker.extract.verb_forms import forms

HUMAN, NOT_HUMAN = "human", "not_human"

_SUBJECTS = ("nsubj", "csubj")
_PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
_OBJECTS = ("dobj", "obj")
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "someone", "somebody", "anyone", "one"})
# a governing word that makes the act a plan, a wish or a threat, not a deed ("vowed to kill", "a plot to bomb")
_UNREAL_HEADS = frozenset({"plan", "plot", "threaten", "threat", "vow", "intend", "want", "wish", "conspire", "scheme",
                           "fantasize", "fantasise", "imagine", "pretend", "rehearse", "simulate", "dream", "urge",
                           "call", "encourage", "incite", "pledge", "promise", "consider", "aim", "hope", "rehearsal"})
# a clause that opens with one of these tells its act as a fact, whatever the main clause wishes ("urged calm after
# gunmen killed 6"): the walk up to a plan word stops there
_FACT_MARKS = frozenset({"after", "when", "as", "because", "since", "before", "while", "once", "following"})
# modifiers that make a vehicle a bomb ("a booby-trapped car"), and the verbs of a bomb going off: a vehicle that
# explodes was made to, unless a crash is told
_RIGGED = frozenset({"booby", "trapped", "rigged", "explosive", "bomb"})
_EXPLODES = frozenset({"explode", "detonate", "blast", "blow"})
_CRASH_WORDS = frozenset({"crash", "crashed", "collided", "collision", "overturned", "accident", "tanker", "fuel",
                          "gas", "petrol", "gasoline", "cylinder", "leak"})
# the only words after which "found" is a verdict ("was found guilty"); "found dead/hiding" tells no trial
_FOUND_VERDICTS = frozenset({"guilty", "liable"})
# an arrest, a capture: people acting, even when the act they were arrested for was only planned
_ARRESTS = frozenset({"arrest", "detain", "capture", "apprehend", "nab", "foil", "thwart"})
# the stories an act is told "in" ("in the film's final scene", "in the latest episode"); a drill or an exercise
# is where a real attack may happen ("attacked troops during an exercise"): not here
_STORIES = frozenset({"film", "movie", "episode", "novel", "videogame", "sitcom", "thriller", "comic", "storyline",
                      "musical", "opera", "documentary", "sequel", "fiction", "miniseries"})
_MODALS = frozenset({"would", "could", "might", "should", "'d"})
# what a relative clause on the convict tells before a verdict verb: the crime judged, no new event ("A man who
# stabbed his neighbour was jailed for life")
_VERDICT_VERBS = frozenset({"jail", "sentence", "convict", "imprison", "acquit", "give", "hand", "found", "try",
                            "tried", "clear", "cleared"})
_VERDICT_NOUNS = frozenset({"sentence", "term", "jail", "prison", "life", "verdict", "guilty"})
# a story the act belongs to: a film's plot, a game's level, a novel's scene
_FICTION = frozenset({"film", "movie", "episode", "novel", "videogame", "sitcom", "thriller", "comic", "plot",
                      "storyline", "musical", "opera", "documentary", "sequel", "fiction", "simulation", "drill",
                      "exercise", "rehearsal", "dream", "nightmare", "fantasy", "hoax", "prank"})


# a dateline opening the lead ("LEEDS, England, March 10 —", "KABUL (Reuters) -"): the parser hangs its town on the
# lead's verb as a subject ("SYDNEY ... killed"), so the sentence is read after it
_DATELINE = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{2,40}(?:,[^—–\n:]{1,50}?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:—|–|--|-|:)\s+"
                       r"(?=[A-Z0-9\"“])")


def reading_start(sentence: str) -> int:
    """Where the sentence's own words start: after a dateline (0: none)."""
    from worker.extract.group_names import dateline_end
    m = _DATELINE.match(sentence)
    return max(m.end() if m else 0, dateline_end(sentence))


@cache
def violent_words() -> dict[str, frozenset[str]]:
    """{'verb': every form of the violent verbs, 'noun': the violent nouns, singular and plural}
    (data/violent_acts.csv). The parse runs without a tagger or lemmatizer (syntax.parse): forms, not lemmas."""
    rows = data_rows("violent_acts.csv")
    verbs = {f for r in rows if r["pos"] == "verb" for f in forms(r["word"]) | set(r["forms"].split())}
    nouns = {f for r in rows if r["pos"] == "noun" for f in (r["word"], r["word"] + "s")}
    return {"verb": frozenset(verbs), "noun": frozenset(nouns)}


_VERB_DEPS = frozenset({"ROOT", "relcl", "advcl", "xcomp", "ccomp", "acl", "pcomp", "conj", "csubj", "parataxis"})
_VERB_CHILDREN = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "agent", "neg", "prt", "dative", "acomp",
                            "oprd", "csubj", "csubjpass"})
_NOUN_CHILDREN = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod"})


def _verbal(t: Any) -> bool:
    """Whether a token acts as a verb in the parse (no tagger runs: its dependents and its own relation tell)."""
    kids = {c.dep_ for c in t.children}
    if kids & _VERB_CHILDREN:
        return True
    return t.dep_ in _VERB_DEPS and not kids & _NOUN_CHILDREN and t.dep_ != "conj" or \
        (t.dep_ == "conj" and _verbal_head(t))


def _verbal_head(t: Any) -> bool:
    head = t.head
    return head is not t and bool({c.dep_ for c in head.children} & _VERB_CHILDREN)


def _nominal(t: Any) -> bool:
    return not _verbal(t) and t.dep_ not in ("aux", "auxpass", "neg", "prep", "det", "punct", "cc")


@cache
def nonhuman_agents() -> dict[str, str]:
    """word -> class (animal, vehicle, fire, disaster, illness, sport, market, speech ...): data/nonhuman_agents.csv
    and the diseases and weather of data/natural_causes.csv."""
    out = {r["word"]: r["kind"] for r in data_rows("natural_causes.csv")}
    out.update({r["word"]: r["class"] for r in data_rows("nonhuman_agents.csv")})
    return out


@cache
def nonperson_patients() -> frozenset[str]:
    """Nouns that are never a victim (data/nonperson_patients.csv)."""
    return frozenset(r["word"] for r in data_rows("nonperson_patients.csv"))


def _phrase(t: Any) -> str:
    """The noun with its compounds ("gas leak", "heart attack"), lower-case."""
    comps = [c.text.lower() for c in t.children if c.dep_ == "compound" and c.i < t.i]
    return " ".join(comps + [t.text.lower()])


def _lower(t: Any) -> str:
    """The word's lemma when a lemmatizer ran, else its lower-case form."""
    return t.lemma_.lower() if t.lemma_ else t.lower_


def _lex(word: str, lex: Any) -> Any:
    """The entry of a word or of its singular ("sharks", "buses", "wolves" read through "wolf" when listed)."""
    for w in (word, word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None):
        if w and w in lex:
            return lex[w] if isinstance(lex, dict) else True
    return None


def nonhuman_class(t: Any) -> str | None:
    """The class of a non-human noun (data/nonhuman_agents.csv), or None. A capitalised plural or a name is a
    group's or a team's name, which the sentence's other words must settle ("the Tamil Tigers", "Tigers fighters"):
    an animal is read from a common noun only."""
    if not t.is_alpha:
        return None
    lex = nonhuman_agents()
    phrase = _phrase(t)
    if phrase != t.lower_ and phrase in lex:
        return lex[phrase]
    if t.i > 0 and (pair := f"{t.doc[t.i - 1].lower_} {t.lower_}") in lex:
        return lex[pair]  # "the harshest cold spells": a listed phrase whose first word the parser made an adjective
    cls = _lex(t.lower_, lex)
    if cls is None:
        return None
    capital = t.text[:1].isupper() and (t.i > t.sent.start or _names_a_group(t.lower_) or t.is_upper)
    if capital and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
        return None  # "the Tigers", "Wolves" mid-sentence: a group's or a team's name, which other words settle
    return cls


@cache
def _group_names() -> frozenset[str]:
    """Animal words that name armed groups too (data/nonhuman_agents.csv names_a_group)."""
    return frozenset(r["word"] for r in data_rows("nonhuman_agents.csv") if r["names_a_group"] == "yes")


def _names_a_group(word: str) -> bool:
    return bool(_lex(word, {w: 1 for w in _group_names()}))


def _people(t: Any) -> bool:
    """A noun or pronoun that names people, a group, a force, a named one, or a weapon people use."""
    if t.lower_ in _PEOPLE_PRONOUNS:
        return True
    if t.text[:1].isupper() and t.is_alpha and (t.i > t.sent.start or t.ent_type_):
        return nonhuman_class(t) is None  # a name: a person, a group, a force
    from worker.extract.toll_phrases import is_person_noun
    from worker.extract.gazetteer import cues
    return is_person_noun(t.lower_) or _weapon(t) or bool(cues()["actors"].fullmatch(t.lower_))


@cache
def _weapons() -> frozenset[str]:
    """Weapons people use, as agents ("a bomb exploded", "a drone struck"): data/violent_acts.csv rows of pos weapon."""
    return frozenset(r["word"] for r in data_rows("violent_acts.csv") if r["pos"] == "weapon")


def _weapon(t: Any) -> bool:
    return bool(_lex(t.lower_, {w: 1 for w in _weapons()}))


def _antecedent(agent: Any) -> Any:
    """The noun an agent word stands for: a relative pronoun's antecedent, a partitive's member, "they"'s earlier
    subject (both readers of agents, `_read_agent` and `_veto_agent`, resolve them alike)."""
    if agent.lower_ in _RELATIVE and agent.head.dep_ == "relcl":
        agent = agent.head.head
        if agent.dep_ == "attr" and (subj := next((c for c in agent.head.children if c.dep_ in _SUBJECTS),
                                                  None)) is not None:
            agent = subj  # "the cold is an enemy that attacks the poorest": the enemy is the cold
    if agent.lower_ in _PARTITIVES and (member := _of_member(agent)) is not None:
        agent = member  # "one of the harshest winters killed 160": the winter
    if agent.lower_ == "they" and (before := _earlier_subject(agent)) is not None:
        agent = before  # "stray dogs have attacked 40 people; on Sunday they killed a girl"
    return agent


def _read_agent(agent: Any) -> str | None:
    """HUMAN, NOT_HUMAN or None for an agent noun (a relative pronoun reads its antecedent; a conjunction its first
    member)."""
    agent = _antecedent(agent)
    if any(_weapon(t) for t in agent.subtree if t is not agent):
        return HUMAN  # "a car laden with explosives", "a car bomb"
    if (cls := nonhuman_class(agent)) is not None:
        if _done_by_people(agent) or cls in ("fire", "sport") and _people_modified(agent) \
                or cls == "vehicle" and any(t.lower_ in _RIGGED for t in agent.subtree if t is not agent):
            return HUMAN  # "a fire set by rioters", "Israeli fire", "the Russian side", "a booby-trapped car"
        return NOT_HUMAN  # "a shark"
    if agent.lower_ in violent_words()["noun"]:
        return read_noun(agent)  # "the attack killed 12": the attack's own agent
    if _people(agent):
        return HUMAN  # "gunmen", "a car bomb"
    if any(c.dep_ in ("compound", "poss", "nmod") and nonhuman_class(c) is not None for c in agent.children):
        return NOT_HUMAN  # "scorpion stings", "the dog's bite"
    members = [p for c in agent.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"]
    return _read_agent(members[0]) if members else None  # "a pair of wolves", "a group of gunmen"


# a quantity word that names a part of its "of" phrase: the part is of the kind the phrase names
_PARTITIVES = frozenset({"one", "some", "many", "most", "several", "two", "three", "each", "all"})


def _of_member(t: Any) -> Any | None:
    """The noun of a word's "of" phrase ("one of the winters": winters), or None."""
    return next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), None)


def read_agents(agent: Any) -> str | None:
    """An agent and the nouns conjoined to it: HUMAN when any is people ("a leopard and gunmen"), else the first's
    reading."""
    first = _read_agent(agent)
    if first == HUMAN:
        return HUMAN
    if any(_read_agent(c) == HUMAN for c in _with_conjuncts([agent])[1:]):
        return HUMAN
    return first


def _done_by_people(n: Any) -> bool:
    """A noun a participle says people made or set ("a fire set by rioters", "a blaze started by arsonists")."""
    return any(c.dep_ == "acl" and any(a.dep_ == "agent" and any(p.dep_ == "pobj" and _people(p) for p in a.children)
                                       for a in c.children) for c in n.children)


def _people_modified(n: Any) -> bool:
    """A noun of a blaze or a team whose modifier or "of" phrase names people: "sniper fire", "Israeli fire",
    "police fire", "the Russian side", "a team of gunmen", "opponents of the president"."""
    for c in n.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < n.i and c.is_alpha and _people(c):
            return True
        if c.dep_ == "poss" and c.is_alpha and nonhuman_class(c) is None:
            return True  # "the junta's opponents": a possessor that is no team, market or thing has people
        if c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and _people(p) for p in c.children):
            return True
    return False


@cache
def _explode_forms() -> frozenset[str]:
    return frozenset(f for w in _EXPLODES for f in forms(w)) | {"blew", "blown"}


def _bomb_vehicle(v: Any, subj: Any) -> bool:
    """A vehicle that explodes ("two motorcycles exploded", "a car blew up"), no crash told: a bomb."""
    if v.lower_ not in _explode_forms() or nonhuman_class(subj) != "vehicle":
        return False
    if v.lower_ in ("blow", "blows", "blew", "blown", "blowing") and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
        return False
    return not any(t.lower_ in _CRASH_WORDS for t in v.sent)


@cache
def _unreal_forms() -> frozenset[str]:
    return frozenset(f for w in _UNREAL_HEADS for f in forms(w) | {w + "s"})


def _unreal_head(t: Any) -> bool:
    """A word of planning, wishing or threatening ("plotted", "vows", "a plan"). A name given ("gunmen calling
    themselves the Liberation Front killed five") wishes nothing."""
    return t.lower_ in _unreal_forms() and not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in t.children)


_REFLEXIVES = frozenset({"themselves", "itself", "himself", "herself"})


def _told_in_fiction(p: Any) -> bool:
    """A place in a story: "the film", "the film's final scene", "the latest episode"."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in p.children):
        return False  # "in another episode of bloodshed": a figure for a real event
    return bool(_lex(p.lower_, _STORIES)) or any(c.dep_ == "poss" and _lex(c.lower_, _STORIES) for c in p.children)


def _earlier_subject(pronoun: Any) -> Any | None:
    """The subject of an earlier clause of the sentence a pronoun subject takes up, when it is a non-human one."""
    for t in reversed(list(pronoun.sent)[:pronoun.i - pronoun.sent.start]):
        if t.dep_ in _SUBJECTS and t.lower_ not in _PEOPLE_PRONOUNS | {"it"}:
            return t if nonhuman_class(t) is not None else None
    return None


# a modifier that makes a violent act no real one or no deliberate one: "a mock attack", "a simulated bombing",
# "accidentally shot"
# what a passive's "in"/"from"/"during" phrase names as the cause of a death ("killed in the crash", "died in the
# fire"); a vehicle or a building there is where it happened ("gunned down in her car")
_CAUSES = frozenset({"accident", "fire", "disaster", "weather", "illness", "disease", "hunger", "food"})
_UNREAL_MODIFIERS = frozenset({"mock", "simulated", "fake", "staged", "imaginary", "fictional", "fictitious",
                               "hypothetical", "virtual", "pretend", "practice", "dummy",
                               "accidentally", "inadvertently", "unintentionally"})


def _unreal(v: Any) -> bool:
    """A negated, hypothetical, planned or fictional act ("did not kill", "would attack", "vowed to kill", "a plot
    to bomb", "a film in which gunmen storm")."""
    if any(c.dep_ == "neg" for c in v.children):
        return True
    if any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in _UNREAL_MODIFIERS for c in v.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children) \
            and not any(c.dep_ == "aux" and c.lower_ == "have" for c in v.children):
        return True
    t = v
    for _ in range(6):
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(
                p.dep_ == "pobj" and _told_in_fiction(p) for p in c.children) for c in t.children):
            return True  # "In the film's final scene the hero was hacked to death"
        if t.head is t or _fact_clause(t):
            break
        if t.dep_ in ("xcomp", "acl", "ccomp", "advcl", "relcl", "pobj", "prep", "dobj") \
                and _unreal_head(t.head):
            return True
        if t.dep_ == "ccomp" and t.head.lower_ in ("deny", "denies", "denied", "denying"):
            return True  # "denied that soldiers had shot": the clause denied; "denied the attack which killed 5": no
        if _lex(t.head.lower_, _FICTION) and _nominal(t.head) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.head.children):
            return True
        t = t.head
    return False


def _fact_clause(t: Any) -> bool:
    """A clause or phrase opened by "after", "when", "because"...: what it tells happened ("called for calm after
    the bombing killed 12")."""
    if t.dep_ in ("advcl", "pcomp", "pobj") and any(c.dep_ == "mark" and c.lower_ in _FACT_MARKS for c in t.children):
        return True
    if t.dep_ == "relcl" and not _lex(t.head.lower_, _FICTION):
        return True  # "Speaking in Jos, where attackers killed 9, the minister promised troops": told as a fact
    return t.dep_ in ("pcomp", "pobj", "advcl") and t.head.dep_ in ("prep", "mark") and t.head.lower_ in _FACT_MARKS \
        or t.dep_ == "prep" and t.lower_ in _FACT_MARKS


def _verdict(v: Any) -> bool:
    """A relative clause on a convict ("A man who murdered his partner was jailed for life") or the crime a verdict
    is for ("jailed for the murder"): a trial's story."""
    head = v.head
    if v.dep_ == "relcl" and head.dep_ in _PASSIVE_SUBJECTS + _SUBJECTS:
        verb = head.head
        if _verdict_verb(verb):
            return True
    if v.dep_ == "relcl" and any(c is not v and _verdict_verb(c) and any(k.dep_ == "auxpass" for k in c.children)
                                 for c in v.subtree):
        return True  # the verdict parsed as the relative clause's own adverbial ("who murdered ... was jailed")
    if v.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("for", "of") \
            and (_verdict_verb(head.head) or head.head.lower_ == "guilty"):
        return True
    return False


def _verdict_verb(verb: Any) -> bool:
    """A verdict's verb: "jailed", "sentenced", "convicted"; "given"/"handed" only with a sentence or a term."""
    word = verb.lower_
    if word in ("found", "find", "finds"):
        return any(c.lower_ in _FOUND_VERDICTS for c in verb.subtree)
    if word in ("given", "gave", "handed", "hands", "gives"):
        return any(c.lower_ in _VERDICT_NOUNS for c in verb.subtree)
    return any(word in forms(v) | {v} for v in _VERDICT_VERBS - {"give", "hand"})


@cache
def _definition_words() -> dict[str, frozenset[str]]:
    """{'head': participles whose "as" phrase defines, 'statistic': measures a violent noun modifies}
    (data/definitions.csv)."""
    rows = data_rows("definitions.csv")
    return {role: frozenset(r["word"] for r in rows if r["role"] == role) for role in ("head", "statistic")}


def _defined(n: Any) -> bool:
    """A violent noun that tells a kind, no event: what a word is defined as ("massacres, defined as killings of
    three or more"), or the modifier of a measure ("the murder rate", "homicide figures")."""
    words = _definition_words()
    heads = words["head"]
    if n.dep_ in ("compound", "nmod", "amod") and n.head.lower_ in words["statistic"] and n.i < n.head.i:
        return True
    if n.dep_ in ("dobj", "nsubjpass") and n.head.lower_ in heads:
        return True  # "police define a massacre as ...", "a massacre is defined as ..."
    if n.dep_ != "pobj" or n.head.lower_ != "as":
        return False
    h = n.head.head  # "defined as killings", "define a massacre as the killing"
    return h.lower_ in heads or h.dep_ in ("dobj", "nsubjpass") and h.head.lower_ in heads


def read_noun(n: Any) -> str | None:
    """A violent noun's reading: its own compound phrase ("heart attack"), its possessor or compound ("a tiger's
    attack", "a shark attack", "a militant attack") or its "by" phrase ("an attack by a leopard")."""
    if nonhuman_class(n) is not None:
        return NOT_HUMAN  # "heart attack", "panic attack"
    if _unreal(n) or _verdict(n) or _defined(n):
        return NOT_HUMAN
    for c in n.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < n.i:
            if nonhuman_class(c) is not None:
                return NOT_HUMAN
            if _people(c):
                return HUMAN
        if c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":
                    return _read_agent(p)
    return None


def _thing(o: Any) -> bool:
    """An object that is no person ("the bill", "the ball"), unless the word only modifies the person the parser
    split it from ("the game warden", "the match referee")."""
    if o.lower_ not in nonperson_patients():
        return False
    nxt = o.doc[o.i + 1] if o.i + 1 < len(o.doc) else None
    return nxt is None or not (nxt.is_alpha and _people(nxt))


@cache
def _drill_words() -> dict[str, frozenset[str]]:
    """{'mark': modifiers of a drill's target, 'weak': modifiers that tell one only on a target noun, 'aim': the
    target nouns, 'target': nouns that are one, 'exercise': the words of an exercise} (data/drill_words.csv)."""
    rows = data_rows("drill_words.csv")
    return {role: frozenset(r["word"] for r in rows if r["role"] == role)
            for role in ("mark", "weak", "aim", "target", "exercise")}


def _drill_target(o: Any) -> bool:
    """A target no one is at: a dummy, a decoy, floating or painted targets ("targets painted on hillsides"),
    practice targets; not "a floating dock", "a police training centre", "a decommissioned platform"."""
    words = _drill_words()
    if o.lower_ in words["target"]:
        return True
    marks = words["mark"] | (words["weak"] if o.lower_ in words["aim"] else frozenset())
    return any(c.dep_ in ("amod", "compound", "acl", "nmod") and c.lower_ in marks for c in o.children) \
        or any(c.dep_ == "compound" and any(k.lower_ in marks for k in c.children) for c in o.children)


def _exercise_told(sent: Any) -> bool:
    """Whether the sentence names an exercise ("during war games", "in a live-fire drill"): a drill's targets are
    read only there."""
    words = [t.lower_ for t in sent]
    ex = _drill_words()["exercise"]
    return any(w in ex for w in words) or any(f"{a} {b}" in ex for a, b in zip(words, words[1:]))


def _at_drill_targets(v: Any, objs: list[Any]) -> bool:
    """Whether every patient of the act is a drill's target: its objects other than the weapon fired ("fired rockets
    at targets painted on hillsides"), else its "at" phrase's nouns."""
    aimed = [o for o in objs if not _weapon(o)] or _with_conjuncts(
        [p for c in v.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children if p.dep_ == "pobj"])
    return bool(aimed) and all(_drill_target(o) for o in aimed)


def _subject(v: Any) -> Any | None:
    """The active subject of a verb, a conjoined verb's shared subject, or for a participle hanging on a clause
    ("..., killing 12") that clause's subject."""
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            return subj
        if v.dep_ == "conj" or (v.dep_ in ("advcl", "xcomp") and v.lower_.endswith("ing")):
            v = v.head
            continue
        return None
    return None


def _with_conjuncts(objs: list[Any]) -> list[Any]:
    """The objects and every noun conjoined to them ("300 cattle and 5 herders")."""
    out: list[Any] = []
    for o in objs:
        stack = [o]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ == "conj")
    return out


def read_verb(v: Any) -> str | None:
    """A violent verb's reading: NOT_HUMAN when negated, planned, a verdict's crime, a non-human agent's act, or an
    act on no person ("killed the deal"); HUMAN when its agent is people or a weapon; else None."""
    if _unreal(v) or _verdict(v):
        return NOT_HUMAN
    objs = _with_conjuncts([c for c in v.children if c.dep_ in _OBJECTS + _PASSIVE_SUBJECTS])
    if objs and all(_thing(o) for o in objs):
        return NOT_HUMAN
    if objs and all(nonhuman_class(o) == "animal" for o in objs):
        return NOT_HUMAN  # "rangers shot dead a leopard"; "a police dog and three officers" has people
    if _exercise_told(v.sent) and _at_drill_targets(v, objs):
        return NOT_HUMAN  # "missiles hit floating targets and a dummy radar site": a drill's targets
    if any(_weapon(o) for o in objs if o.dep_ in _OBJECTS):
        return HUMAN  # "the bus hit a roadside bomb": the bomb's layers did it
    passive = any(c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in v.children)
    if passive:
        for c in v.children:
            if c.dep_ == "agent":
                agent = next((p for p in c.children if p.dep_ == "pobj"), None)
                return read_agents(agent) if agent is not None else None
            if c.dep_ == "prep" and c.lower_ in ("in", "by", "from", "during", "after"):
                cause = next((p for p in c.children if p.dep_ == "pobj"), None)
                if cause is not None and (nonhuman_class(cause) in _CAUSES
                                          or c.lower_ == "by" and nonhuman_class(cause) is not None):
                    return NOT_HUMAN  # "killed in the crash", "injured in a tiger attack" is read below
                if cause is not None and cause.lower_ in violent_words()["noun"]:
                    return read_noun(cause)
        return None  # "was shot": people did it
    subj = _subject(v)
    if subj is not None and _bomb_vehicle(v, subj):
        return HUMAN
    return read_agents(subj) if subj is not None else None


def readings(sent: Any) -> list[str | None]:
    """The reading of every violent verb and noun of a parsed sentence (a Span or a Doc)."""
    words = violent_words()
    out: list[str | None] = []
    for t in sent:
        word = t.lower_
        if word in words["verb"] and _verbal(t):
            out.append(read_verb(t))
        elif word in words["noun"] and _nominal(t) and t.dep_ not in _SUBJECTS:
            out.append(read_noun(t))  # a subject noun ("the attack killed") is read through its verb
    return out


@cache
def _arrest_forms() -> frozenset[str]:
    return frozenset(f for w in _ARRESTS for f in forms(w) | {w + "s"})


def _arrest_told(sent: Any) -> bool:
    """Whether the sentence tells an arrest or a foiled plot (its verb or noun: "arrested", "the arrest of")."""
    return any(t.lower_ in _arrest_forms() for t in sent)


def tells_violence(sent: Any) -> bool | None:
    """True: the sentence tells a deliberate act of people; False: its violent words are all a non-human cause's,
    a plan, a verdict's or no one's (at least one of them told so); None: nothing tells (no violent word read)."""
    found = readings(sent)
    if HUMAN in found:
        return True
    if NOT_HUMAN in found and _arrest_told(sent):
        return None  # "police arrested four militants who planned to bomb a church": people acted
    if NOT_HUMAN in found:
        return False
    return None


def no_people_act(sent: Any) -> bool:
    """Whether a trigger sentence tells violence that is no people's against people: at least one violent word
    read as a non-human agent's, a drill's, a definition's or a blow at no one (`_veto_verb`, `_veto_noun`), none
    read as people's, and no violent verb left unread ("three were shot dead and a dog was killed": the shooting
    tells people's act). Such a sentence starts no incident on a page that tells no people's act."""
    words = violent_words()
    found: list[tuple[bool, str | None]] = []
    for t in sent:
        if t.lower_ in words["verb"] and _verbal(t):
            found.append((True, _veto_verb(t)))
        elif t.lower_ in words["noun"] and _nominal(t) and t.dep_ not in _SUBJECTS:
            found.append((False, _veto_noun(t)))
    if not any(r == NOT_HUMAN for _, r in found) or any(r == HUMAN for _, r in found):
        return False
    return not any(verb and r is None for verb, r in found) and not _arrest_told(sent)


# the verbs whose act on no person ("killed the bill", "shot down the proposal") is no violence
_KILL_VERBS = frozenset({"kill", "killed", "kills", "killing"})


def _kill_verb(v: Any) -> bool:
    """"kill", "kill off", "shoot down": the verbs that tell a blow at an idea; never "attack", "fire at"."""
    if v.lower_ in _KILL_VERBS or _lower(v) == "kill":
        return True
    return _lower(v) == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)


def _names_people(sent: Any) -> bool:
    """Whether the sentence names a person or a human group anywhere (a name of one, a person noun, an actor)."""
    from worker.extract.toll_phrases import is_person_noun
    from worker.extract.gazetteer import cues
    actors = cues()["actors"]
    verbs = violent_words()["verb"]  # the actor cues hold deeds too ("massacred", "abducted"): a deed names no one
    return any(t.ent_type_ in ("PERSON", "NORP") or t.lower_ in _PEOPLE_PRONOUNS
               or (t.is_alpha and (is_person_noun(t.lower_) or actors.fullmatch(t.lower_) and t.lower_ not in verbs))
               for t in sent)


# words that tell a toll without a person noun ("as 20 died", "left 12 dead", "dozens wounded")
_TOLL_WORDS = frozenset({"died", "dead", "dies", "die", "injured", "wounded", "hurt", "casualties", "bodies", "toll"})
_NOT_COUNTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})


def _names_a_count(sent: Any) -> bool:
    """Whether the sentence names a count of people or a toll ("as 20 died in the raid"): a passive blow at a thing
    is then a raid's, not a figure of speech ("stocks were massacred")."""
    return any(t.lower_ in _TOLL_WORDS or _count(t) for t in sent)


def _count(t: Any) -> bool:
    """A number that counts something, not a date, a sum or a share ("20", not "3%", "$5", "2024")."""
    if not t.like_num or t.ent_type_ in _NOT_COUNTS:
        return False
    after = t.doc[t.i + 1].lower_ if t.i + 1 < len(t.doc) else ""
    return after not in ("%", "percent", "per")


def _veto_verb(v: Any) -> str | None:
    """A violent verb's reading for the veto, narrower than `read_verb`: NOT_HUMAN only when negated, planned or a
    verdict's; when its agent (the active subject or the passive's "by" agent, never an "in" phrase or a
    compound) is a listed non-human one; when it kills or shoots down only things in a sentence that names no
    people; or when it hits only a drill's targets in a sentence that names an exercise."""
    if _unreal(v) or _verdict(v):
        return NOT_HUMAN
    objs = _with_conjuncts([c for c in v.children if c.dep_ in _OBJECTS + _PASSIVE_SUBJECTS])
    if objs and _kill_verb(v) and not _names_people(v.sent) \
            and all(_thing(o) or _veto_class(o) == "animal" for o in objs):
        return NOT_HUMAN  # "the reform was killed"; "gunmen killed a bill" is read below
    if _exercise_told(v.sent) and _at_drill_targets(v, objs):
        return NOT_HUMAN  # "missiles hit floating targets during the drill": a drill's targets
    if objs and all(_veto_class(o) == "animal" for o in objs) and any(_violent_relative(o) for o in objs):
        return NOT_HUMAN  # "rangers shot dead a leopard that had killed two children": the hunt of a killer animal
    if any(_weapon(o) for o in objs if o.dep_ in _OBJECTS):
        return HUMAN  # "the bus hit a roadside bomb": the bomb's layers did it
    passive = any(c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in v.children)
    if passive:
        agent = next((p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if agent is None and objs and all(_thing(o) for o in objs) and not _names_people(v.sent) \
                and not _names_a_count(v.sent):
            return NOT_HUMAN  # "stocks were massacred", "the bill was killed": a blow at no one, told of no one
        return _veto_agents(agent) if agent is not None else None  # "was shot", "killed in the cold": unread
    subj = _subject(v)
    if subj is not None and _bomb_vehicle(v, subj):
        return HUMAN
    return _veto_agents(subj) if subj is not None else None


# a modifier that makes an animal's name a person's ("a lone wolf attack", "the lone-wolf's attack": one attacker)
_PERSON_FIGURES = frozenset({"lone"})


def _figurative(t: Any) -> bool:
    """Whether the animal word `t` names a person by a figure ("lone wolf"), its modifier right before it or
    across a hyphen."""
    before = [w.lower_ for w in t.doc[max(0, t.i - 2):t.i] if w.lower_ != "-"]
    return bool(before) and before[-1] in _PERSON_FIGURES


def _violent_relative(o: Any) -> bool:
    """Whether a noun's relative clause tells it did violence ("a leopard that had killed two children", "the
    elephant which trampled a farmer"): an animal that attacked people, not cattle that bandits killed."""
    verbs = violent_words()["verb"]
    return any(c.dep_ == "relcl" and c.lower_ in verbs and any(k.dep_ in _SUBJECTS and k.lower_ in _RELATIVE
                                                               for k in c.children) for c in o.children)


@cache
def _not_agents() -> dict[str, int]:
    """Words of data/nonhuman_agents.csv that name people, a human group or their weapon (data/veto_not_agents.csv):
    the veto never reads them as a non-human agent."""
    return {r["word"]: 1 for r in data_rows("veto_not_agents.csv")}


def _veto_class(t: Any) -> str | None:
    """`nonhuman_class` without the words that name people or their weapons ("driver", "squad", "fire")."""
    return None if _lex(t.lower_, _not_agents()) else nonhuman_class(t)


def _veto_agents(agent: Any) -> str | None:
    """`_veto_agent` of an agent and the nouns conjoined to it: HUMAN when any is people ("a leopard and gunmen")."""
    first = _veto_agent(agent)
    if first == HUMAN or any(_veto_agent(c) == HUMAN for c in _with_conjuncts([agent])[1:]):
        return HUMAN
    return first


def _veto_agent(agent: Any) -> str | None:
    """An agent's reading for the veto: NOT_HUMAN only when its head is a listed non-human noun
    (data/nonhuman_agents.csv) that people did not make or set; its modifiers are never read ("cattle rustlers",
    "a car bombing", "the winter offensive" are people's); a violent noun is read by `_veto_noun`."""
    agent = _antecedent(agent)
    if any(_weapon(t) for t in agent.subtree if t is not agent):
        return HUMAN  # "a car laden with explosives", "a car bomb"
    if (cls := _veto_class(agent)) is not None:
        if _done_by_people(agent) or _people_modified(agent) \
                or cls == "vehicle" and any(t.lower_ in _RIGGED for t in agent.subtree if t is not agent):
            return HUMAN  # "a blaze set by rioters", "a booby-trapped car"
        return NOT_HUMAN  # "a shark", "the coldest winter"
    if agent.lower_ in violent_words()["noun"]:
        return _veto_noun(agent)
    if _people(agent):
        return HUMAN
    members = [p for c in agent.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"]
    return _veto_agent(members[0]) if members else None  # "a pair of wolves", "a group of gunmen"


def _veto_noun(n: Any) -> str | None:
    """A violent noun's reading for the veto: a listed phrase it heads ("heart attack"), a plan, a verdict's crime, a
    definition or a measure, or its "by" agent ("an attack by a leopard"); never its compound or possessor ("a
    market attack", "a car bombing")."""
    if _phrase(n) != n.lower_ and _veto_class(n) is not None:
        return NOT_HUMAN  # "heart attack", "panic attack"
    if _unreal(n) or _verdict(n) or _defined(n):
        return NOT_HUMAN
    if any(c.dep_ in ("compound", "poss") and c.i < n.i and _veto_class(c) == "animal" and not _figurative(c)
           for c in n.children):
        return NOT_HUMAN  # "a tiger attack", "the elephant's attack": an animal's, as no market or car is
    agent = next((p for c in n.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                  if p.dep_ == "pobj"), None)
    return _veto_agents(agent) if agent is not None else None


@cache
def _cue_words() -> frozenset[str]:
    """The words of the causes `no_people_act` reads (non-human agents, non-person patients, drills' targets,
    definitions and measures), each word of a listed phrase: a sentence without one is not parsed for it."""
    rows = [r["word"] for name in ("nonhuman_agents.csv", "natural_causes.csv", "nonperson_patients.csv",
                                   "drill_words.csv", "definitions.csv") for r in data_rows(name)
            if r.get("role") != "aim"]  # "targets" alone tells no drill: its modifier does
    words = {w for phrase in rows for w in phrase.lower().split()}
    return frozenset(words | {w + "s" for w in words})


_WORD = re.compile(r"[a-z]+")


def worth_checking(sentence: str) -> bool:
    """Whether a trigger sentence names a word of a cause `no_people_act` reads (a cheap test before the parse)."""
    cues = _cue_words()
    return any(w in cues for w in _WORD.findall(sentence.lower()))
