"""Who did what to whom, read from spaCy's dependency parse of the trigger sentences (issue #13).

The rules are data: `data/roles.jsonl` holds DependencyMatcher patterns (one per line, each with the role it gives
the node named `actor`), `data/role_words.csv` the word lists they name as "$list". A pattern yields the actor's
noun phrase (its head with modifiers and "of"/"from" phrases, not its relative clauses), and each conjunct or
apposition of it, as a Role with offsets. Pure: the parse itself is run by the pipeline (`parse`), on sentences.
"""
from __future__ import annotations

import csv
import json
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any, Iterable, Sequence

from worker.extract.dates import MONTHS, WEEKDAYS
from worker.extract.gazetteer import targets
from worker.extract.toll_phrases import is_person_noun
from worker.extract.verb_forms import inflected

AGENT, PATIENT, SIDE, CONTEXT = "agent", "patient", "side", "context"  # CONTEXT: named as background
CUSTODY = "custody"  # the name of an agent whose verb takes someone into custody ("police arrested a man")
CAPTOR = "captor"  # the name of an agent who takes someone into custody and does violence ("detained and executed")
# the parts of an actor's subtree that name the actor ("Saudi-led", "members of the group"), not what it did
_PHRASE_DEPS = {"compound", "amod", "npadvmod", "poss", "nmod", "det", "punct", "case", "nummod", "quantmod",
                "advmod", "pobj", "prep"}
_PHRASE_PREPS = {"of", "from"}
_SPREAD_DEPS = {"conj", "appos"}  # "the military and police", "the rebels, the Houthis": the same role


@dataclass(frozen=True)
class Role:
    """An actor phrase and the part it plays in a violence verb or noun; offsets into the text that was parsed."""
    role: str  # AGENT | PATIENT | SIDE | CONTEXT
    name: str  # the pattern's name in data/roles.jsonl ("subject", "claim", ...)
    text: str
    start: int
    end: int
    head: str  # the phrase's head word, lower case
    core: str = ""  # the name in the phrase: head and noun or capitalised modifiers ("suspected Fulani herdsmen" ->
    # "Fulani herdsmen"), the "of" object of a member noun ("members of the X militia" -> "X militia"), or the
    # ORG/NORP entity holding the head; see group_names.py
    label: str = ""  # the NER label of the entity holding the core's head ("" when none, or not given)


def _data(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text("utf-8")


@cache
def word_lists() -> dict[str, list[str]]:
    """data/role_words.csv: list name -> lower-case words; a list marked `inflect` (the verbs the parse matches)
    also holds each word's regular forms (verb_forms.py), as the parse runs without a lemmatizer."""
    out = {}
    for r in csv.DictReader(_data("role_words.csv").splitlines()):
        words = [w.strip().lower() for w in r["words"].split("|") if w.strip()]
        out[r["list"]] = inflected(words) if r["inflect"] == "yes" else words
    return out


def _expand(value: Any, lists: dict[str, list[str]]) -> Any:
    """A pattern with every "$name" string replaced by the word list of that name, "$a+b" by the lists a and b
    joined (an unknown name is an error)."""
    if isinstance(value, dict):
        return {k: _expand(v, lists) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, lists) for v in value]
    if isinstance(value, str) and value.startswith("$"):
        names = value[1:].split("+")
        if any(n not in lists for n in names):
            raise ValueError(f"roles.jsonl: unknown word list {value!r}")
        return [w for n in names for w in lists[n]]
    return value


@cache
def patterns() -> tuple[tuple[str, str, list[dict[str, Any]]], ...]:
    """data/roles.jsonl as (role, name, expanded DependencyMatcher pattern); each pattern must name an `actor`
    node."""
    out = []
    lists = word_lists()
    for n, line in enumerate(_data("roles.jsonl").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["role"] not in (AGENT, PATIENT, SIDE, CONTEXT) or not any(p["RIGHT_ID"] == "actor" for p in row["pattern"]):
            raise ValueError(f"roles.jsonl line {n}: needs a known role and an 'actor' node")
        out.append((row["role"], row.get("name", f"line {n}"), _expand(row["pattern"], lists)))
    return tuple(out)


_MATCHERS: dict[int, Any] = {}


def _matcher(vocab: Any) -> Any:
    """One DependencyMatcher per vocabulary (built once: compiling the patterns costs more than matching)."""
    m = _MATCHERS.get(id(vocab))
    if m is None:
        from spacy.matcher import DependencyMatcher
        m = DependencyMatcher(vocab)
        for i, (_, _, pattern) in enumerate(patterns()):
            m.add(str(i), [pattern])
        _MATCHERS[id(vocab)] = m
    return m


def _phrase(head: Any, follow_preps: bool = True) -> tuple[int, int]:
    """Character span of the noun phrase `head` heads: modifiers and "of"/"from" phrases (with their conjuncts:
    "a team of the military and police"), no clauses; the contiguous run of such tokens around the head."""
    keep = {head.i}
    todo = list(head.children)
    while todo:
        t = todo.pop()
        if t.dep_ == "prep":
            ok = follow_preps and t.lower_ in _PHRASE_PREPS
        elif t.dep_ in ("conj", "cc"):
            ok = t.head.i != head.i  # the head's own conjuncts are actors of their own (_spread)
        elif t.dep_ == "punct":
            ok = t.text not in ",;:()[]\"'“”"
        else:
            ok = t.dep_ in _PHRASE_DEPS
        if ok:
            keep.add(t.i)
            todo.extend(t.children)
    lo = hi = head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    doc = head.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _spread(head: Any) -> list[tuple[Any, bool]]:
    """The head and every conjunct or apposition of it (recursively), each with whether its "of" phrases belong
    to it: an apposition's do not ("X, a splinter group of Y": Y did nothing)."""
    out: list[tuple[Any, bool]] = []
    todo = [(head, True)]
    while todo:
        t, preps = todo.pop()
        if all(t.i != x.i for x, _ in out):
            out.append((t, preps))
            todo.extend((c, preps and c.dep_ == "conj") for c in t.children if c.dep_ in _SPREAD_DEPS)
            if (other := _lost_conjunct(t)) is not None:
                todo.append((other, preps))
    return out


def _lost_conjunct(t: Any) -> Any | None:
    """The second side of "between X and Y" when the parser left Y out of the pair ("between Dinka youths and Nuer
    youths left": Y taken for the verb's subject): the head of the noun phrase right after the "and"."""
    if t.head.lower_ != "between" or any(c.dep_ == "conj" for c in t.children):
        return None
    cc = next((c for c in t.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if cc is None:
        return None
    j = cc.i + 1
    doc = t.doc
    while j < len(doc) and doc[j].dep_ in ("det", "amod", "compound", "nummod") and doc[j].head.i > j:
        j += 1
    return doc[j] if j < len(doc) and doc[j].dep_ in _NOMINAL_DEPS and doc[j].i != t.i else None


_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "npadvmod"}  # no tagger in `parse`


_RELATIVE = {"that", "which", "who", "whom"}


_PRONOUNS = {"it", "its", "they", "their", "them"}
_NOBODY = {"nobody", "none", "no-one", "noone", "anybody", "anyone", "somebody", "someone"}


def _no_one(t: Any) -> bool:
    """Whether the token is a pronoun that names no actor ("Nobody", "anyone", "no one", "no group")."""
    return t.lower_ in _NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)


def _antecedent(pronoun: Any) -> Any | None:
    """The subject a pronoun points back to within its sentence: that of the nearest clause above it ("Israel
    continued its attacks", "the group said they fired"), when it is not a pronoun itself. An object pronoun of a
    verb that shares that subject is never the subject (that would be "themselves"): it is the first verb's object
    ("police arrested two men and beat them": the men), else, in an adverbial clause with a subject of its own, the
    subject of the clause above ("the farmers were at work when gunmen attacked them": the farmers), else unknown."""
    t = pronoun
    shared = pronoun.dep_ in _OBJECT_DEPS  # still inside the clause (or its coordinated verbs) the pronoun is object of
    while t.head.i != t.i:
        if t.dep_ not in _OBJECT_DEPS | {"conj", "prep"}:
            shared = False
        t = t.head
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
                        and c.i != pronoun.i), None)
        if subject is not None and shared:
            first = next((c for c in t.children if c.dep_ == "dobj" and c.i < pronoun.i), None)
            if first is None and t.dep_ == "advcl" and subject.lower_ not in _PRONOUNS | _RELATIVE:
                shared = False  # "the farmers were at work when gunmen attacked them": the clause above names them
                continue
            return None if first is None or first.lower_ in _PRONOUNS | _RELATIVE else first
        if subject is not None:
            return None if subject.lower_ in _PRONOUNS | _RELATIVE else subject
    return None


_OBJECT_DEPS = {"dobj", "pobj", "dative"}
_PERSONAL = {"he", "she", "they"}  # "before he was shot dead by police": the one the clause above is about
_PARTICIPLE_DEPS = {"advcl", "pcomp", "xcomp", "conj"}  # "killed a priest before being shot dead by police"
_CLAUSE_REACH = 6  # heads walked up to the clause a passive hangs on: past "killing ..., wounding ..., before"


def _clause_subject(verb: Any) -> Any | None:
    """The active subject of the nearest clause above `verb` ("A gunman opened fire, killing three, before he was
    shot": the gunman), a relative pronoun read as the noun its clause modifies; None when there is none near."""
    t = verb
    for _ in range(_CLAUSE_REACH):
        if t.head.i == t.i:
            return None
        t = t.head
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return t.head if subject.lower_ in _RELATIVE and t.dep_ == "relcl" else subject
    return None


def _struck_actor(verb: Any) -> Any | None:
    """Who a passive violence verb struck when its clause hangs on the doer's deed, as an answer told after it: the
    noun a relative pronoun stands for ("a gunman who was shot dead by police"), or, for a personal pronoun ("before
    he was shot") or a participle without a subject ("before being shot dead by police", "a gunman shot dead by
    police"), the subject of the clause it hangs on. A passive that is the main clause ("a suspect who had killed
    his neighbour was beaten to death by police", "a militant who had fired rockets was killed by troops") tells the
    incident's own violence; the deeds of its subject's relative clause are background: None. Only a person is
    struck: what a by-phrase fired, launched or planted ("a missile fired by the Houthis") is the doer's weapon."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        hit = verb.head
    elif subject is not None and subject.lower_ not in _PERSONAL:
        hit = None
    elif subject is None and verb.dep_ == "acl":
        hit = verb.head
    elif subject is not None or verb.dep_ in _PARTICIPLE_DEPS:
        hit = _clause_subject(verb)
    else:
        hit = None
    return hit if hit is not None and is_person_noun(hit.lower_) else None  # "shells fired by the RSF": a thing


def _answering(out: list[Role], struck: dict[tuple[int, int], int]) -> list[Role]:
    """`out` with CONTEXT for each by-phrase agent that names a state force (data/targets.csv police, military,
    security forces) and whose verb, told after the deed (`_struck_actor`), struck someone the parse makes a doer
    of violence in the sentence ("A gunman killed three people before he was shot dead by police"): the force
    answered the doer; it did no violence of the incident's. An armed group that struck soldiers ("before they were
    ambushed by JNIM fighters") is no answer but an attack. A crowd that struck first (data/role_words.csv
    crowd_nouns) is still the force's victim: the gold names the force that fired on a crowd."""
    crowd = set(word_lists()["crowd_nouns"])
    doers = [(r.start, r.end) for r in out if r.role == AGENT and r.head not in crowd]
    return [replace(r, role=CONTEXT, name="answered_doer")
            if (r.start, r.end) in struck and r.role == AGENT and r.name == "passive_by" and _names_force(r.text)
            and any(a <= struck[(r.start, r.end)] < b and (a, b) != (r.start, r.end) for a, b in doers) else r
            for r in out]


def _names_force(text: str) -> bool:
    """Whether a phrase names a state force category of data/targets.csv ("armed police", "troops")."""
    return any(rx.search(text) for c, rx in targets() if c in _FORCE_CATEGORIES)


_FORCE_CATEGORIES = ("police", "military", "paramilitary", "security forces")


def roles(doc: Any, offset: int = 0, ents: Sequence[Any] = ()) -> list[Role]:
    """Every role the patterns find in a parsed Doc, offsets shifted by `offset`, in text order, each phrase once
    per role. A relative pronoun stands for the noun its clause modifies ("gunmen who stormed"). `ents`: NER
    entities (start_char, end_char, label_, offsets of the same text as `offset`) that label the phrases' names."""
    if not doc.has_annotation("DEP"):
        return []
    text = doc.text  # built from every token on each access: read once per Doc, not once per role
    seen: set[tuple[str, int]] = set()
    spans: set[tuple[str, int, int]] = set()
    out: list[Role] = []
    blamed_later: list[Any] = []
    struck: dict[tuple[int, int], int] = {}  # a by-phrase agent's span -> where the one its verb struck stands
    for match_id, tokens in _matcher(doc.vocab)(doc):
        role, name, pattern = patterns()[int(doc.vocab.strings[match_id])]
        ids = [p["RIGHT_ID"] for p in pattern]
        if role == AGENT and "verb" in ids and _takes_power(doc[tokens[ids.index("verb")]]):
            continue
        if role in (AGENT, PATIENT) and "verb" in ids and _kills_no_one(doc[tokens[ids.index("verb")]]):
            continue
        if role == CONTEXT and "verb" in ids and (_also_strikes(doc[tokens[ids.index("verb")]])
                                                  or _arms(doc[tokens[ids.index("verb")]])):
            continue
        if name == "aimed_at" and _blamed_on(doc[tokens[ids.index("head")]], doc[tokens[ids.index("on")]]):
            role, name = AGENT, "blamed_on"  # "blamed the attack on X": the parser hangs "on X" on the noun
        if name == "blamed_on" and (blamed := _blamed_later(doc[tokens[ids.index("on")]])) is not None:
            role, name = PATIENT, "blame_struck"  # "blamed the strike on a camp on the air force": the camp was hit
            blamed_later.append(blamed)
        event = next((doc[tokens[ids.index(k)]] for k in ("verb", "noun") if k in ids), None)
        if name == "subject" and _elided_passive(event, doc[tokens[ids.index("actor")]]):
            role, name = PATIENT, "passive_subject"  # "Six villagers killed in ...": a headline's passive
        elif name == "subject" and event is not None:
            name = _custody_name(event) or name  # "police arrested a man over the attack": no doer of the attack
        if role == AGENT and event is not None and habitual(event) and not _acts_once_more(event):
            role = CONTEXT  # "al-Shabaab has carried out similar attacks": what the group does, not what it did here
        if role == AGENT and event is not None and denied(event):
            role = CONTEXT  # "X denied it was behind the attack", "X was not behind it": a disputed charge
        elif role == SIDE and event is not None and event.lower_ in word_lists()["blame_verbs"] and denied(event):
            role = CONTEXT  # "rejected attempts to blame the violence on a dispute between X and Y": no feud's sides
        actor = doc[tokens[ids.index("actor")]]
        if actor.lower_ in _RELATIVE and actor.head.dep_ == "relcl":
            actor = actor.head.head
        elif actor.lower_ in _PRONOUNS:
            actor = _antecedent(actor)
            if actor is None:
                continue
        if _no_one(actor):
            continue  # "Nobody claimed responsibility", "no one has claimed the attack": no actor at all
        if (disguise := _disguise(actor)) is not None:
            if ("guise", actor.i) not in seen:  # "disguised as soldiers": what the doers looked like, not who they were
                seen.add(("guise", actor.i))
                out.append(_bare_role(CONTEXT, "guise", actor, offset, ents, text))
            actor = _disguised(disguise, actor)
            if actor is None:
                continue
        spread = _spread(actor)
        if role in (AGENT, SIDE):
            spread += [(x, True) for t, _ in list(spread) for x in _belongs_to(t) if all(x.i != y.i for y, _ in spread)]
        for t, preps in spread:
            if (role, t.i) in seen:
                continue
            seen.add((role, t.i))
            # whole words: the parser splits a hyphenated name ("Lashkar-e-Jhangvi") and may hang each piece on the
            # verb as a subject of its own; the pieces are one phrase, found once
            a, b = _whole_words(text, *_phrase(t, preps))
            if (role, a, b) in spans:
                continue
            spans.add((role, a, b))
            core, label = _core(t, offset, ents, text, preps)
            out.append(Role(role, name, text[a:b], offset + a, offset + b, t.lower_, core, label))
            if role == AGENT and name == "passive_by" and event is not None \
                    and (hit := _struck_actor(event)) is not None:
                struck[(offset + a, offset + b)] = offset + hit.idx
    for t in blamed_later:
        if (AGENT, t.i) not in seen:
            seen.add((AGENT, t.i))
            out.append(_bare_role(AGENT, "blamed_on", t, offset, ents, text))
    return sorted(_answering(out, struck), key=lambda r: (r.start, r.role))


def _custody_name(verb: Any) -> str | None:
    """CUSTODY when a subject's verb only takes someone into custody (data/role_words.csv custody_verbs), CAPTOR when
    a violence verb coordinated after it shares its subject ("soldiers detained and later executed five men"): the
    subject then did violence to people in its hands. None for any other verb ("troops killed five militants and
    arrested two" is a fight's doer, as before)."""
    custody = word_lists()["custody_verbs"]
    if verb.lower_ not in custody:
        return None
    violence = set(word_lists()["violence_verbs"]) - set(custody)
    return CAPTOR if any(t.lower_ in violence for t in _coordinated(verb)) else CUSTODY


def _coordinated(verb: Any) -> list[Any]:
    """The verbs coordinated after `verb` that share its subject ("detained and tortured", "arrested the men and shot
    them"), not one with a subject of its own ("gunmen killed two men and police arrested a suspect")."""
    out, todo = [], list(verb.children)
    while todo:
        t = todo.pop()
        if t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            out.append(t)
            todo.extend(t.children)
    return out


def _bare_role(role: str, name: str, t: Any, offset: int, ents: Sequence[Any], text: str) -> Role:
    """A role for the phrase of `t` without its prepositional phrases (a guise, a second "on" of a blame); `text`:
    its Doc's text."""
    a, b = _phrase(t, False)
    return Role(role, name, text[a:b], offset + a, offset + b, t.lower_, *_core(t, offset, ents, text, False))


def _disguise(actor: Any) -> Any | None:
    """The disguise word ("disguised", "dressed", "posing"; role_words.csv disguise_words) of which the actor is the
    guise ("disguised as soldiers"), read from the words before its phrase, as the parser often mistakes the "as"
    for a conjunction; None when it is no guise."""
    i = actor.left_edge.i
    doc = actor.doc
    while i > 0 and doc[i - 1].dep_ in ("det", "amod", "compound", "nummod"):
        i -= 1
    if i < 2 or doc[i - 1].lower_ != "as" or doc[i - 2].lower_ not in word_lists()["disguise_words"]:
        return None
    return doc[i - 2]


def _disguised(disguise: Any, guise: Any) -> Any | None:
    """Who wears the guise: the noun the disguise word qualifies ("militants disguised as soldiers killed"), or the
    subject of the disguise word when the parse makes it the verb ("Troops disguised as herders killed", with
    "killed" hung under "disguised"); None when the text names no wearer."""
    if disguise.dep_ == "acl" and disguise.head.i != guise.i:
        return disguise.head
    return next((c for c in disguise.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < disguise.i), None)


_BE = {"is", "are", "was", "were"}  # the parse runs without the lemmatizer


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})


def _names_others(participle: Any) -> bool:
    """An identity participle whose object is not the doer himself ("gunmen, describing the villagers as members of
    X"): it tells the victims' group, not the doers'."""
    return participle.lower_.endswith("ing") and any(c.dep_ == "dobj" and c.lower_ not in _REFLEXIVES
                                                     for c in participle.children)


def _belongs_to(t: Any) -> list[Any]:
    """The body a doer's relative clause or participle says it belongs to ("the militants, who belong to X",
    "gunmen, who are members of X", "fighters belonging to X", "gunmen, whom police identified as members of X"):
    the doers are X's, so X is named as they are."""
    out: list[Any] = []
    clauses = [c for c in t.children if c.dep_ in ("relcl", "acl")]
    if t.dep_ == "nsubj" and t.head.dep_ == "advcl" and t.head.lower_.endswith("ing") and t.head.i > t.i \
            and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in t.head.children):
        clauses.append(t.head)  # "a man presenting himself as a commander of X, ..., claimed": parsed as the
        # participle's subject, a clause hung on the main verb; the participle still says whose man he is, when its
        # object is himself ("gunmen, describing the villagers as members of X" name the victims' group)
    for clause in clauses:
        for c in clause.children:
            if clause.lower_ in word_lists()["belong_verbs"] and c.dep_ == "prep" and c.lower_ == "to":
                out += [o for o in c.children if o.dep_ == "pobj"]
            elif clause.lower_ in _BE and c.dep_ == "attr" and c.lower_ in word_lists()["member_nouns"]:
                out += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]
            elif clause.lower_ in word_lists()["identity_verbs"] and c.dep_ == "prep" and c.lower_ == "as" \
                    and not _names_others(clause) and not _unsaid(clause):
                # "gunmen, whom police identified as members of X", "attackers, identified as X fighters"
                out += [o for m in c.children if m.dep_ == "pobj" and m.lower_ in word_lists()["member_nouns"]
                        for p in m.children if p.dep_ == "prep" and p.lower_ in _PHRASE_PREPS
                        for o in p.children if o.dep_ == "pobj"]
                # "presenting himself as an ADF commander": the group's name compounded on the member noun
                out += [o for m in c.children if m.dep_ == "pobj" and m.lower_ in word_lists()["member_nouns"]
                        for o in m.children if o.dep_ == "compound" and o.text[:1].isupper()]
    return out


# adverbs that take back an identification ("whom residents wrongly described as"); a first or earlier one
# ("police first identified as", "originally identified as") still names the group
_RETRACTED = frozenset({"wrongly", "falsely", "mistakenly", "erroneously", "incorrectly"})


def _unsaid(clause: Any) -> bool:
    """An identity verb negated or taken back ("whom police have not identified as X fighters", "wrongly described
    as"): it names no one's group."""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in _RETRACTED for c in clause.children)


def _elided_passive(verb: Any, subject: Any) -> bool:
    """Whether a counted subject of a verb that always takes an object, with none, is a passive whose "were" the
    headline style drops ("Six villagers killed and nine wounded in an air raid"): the subject suffered the act
    (data/role_words.csv transitive_verbs)."""
    counted = subject.like_num or any(t.dep_ == "nummod" for c in subject.lefts for t in c.subtree)
    return (counted and verb.lower_ in word_lists()["transitive_verbs"]
            and not any(c.dep_ in ("dobj", "obj", "agent", "ccomp", "xcomp") for c in verb.children))


def _blamed_on(noun: Any, prep: Any) -> bool:
    """Whether "on X" after an event noun says whom a blame verb blames ("officials blamed the attack on the
    rebels"), not what the event struck ("an attack on the rebels")."""
    return prep.lower_ == "on" and noun.dep_ == "dobj" and noun.head.lower_ in word_lists()["blame_verbs"]


_CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj")  # a clause of its own inside the blame's


def _blamed_later(on: Any) -> Any | None:
    """In "blamed the strike on a camp on the air force" the first "on" says what the event struck and a second
    "on" in the same clause whom the text blames: that second object (not a time, "on Monday"), else None."""
    clause = on.head if on.head.dep_ in ("dobj", "pobj") else on
    while clause.dep_ not in ("ROOT", "advcl", "ccomp", "conj", "relcl", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    times = set(WEEKDAYS) | set(MONTHS) | set(word_lists()["day_words"])
    for t in clause.subtree:
        if t.i > on.i and t.lower_ == "on" and t.head.i != t.i and (t.head.i in (clause.i, on.head.i)
                                                                    or t.head.i > on.i) and _in_clause(t, clause):
            obj = next((o for o in t.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ not in times and obj.ent_type_ not in ("DATE", "TIME") \
                    and not any(x.i > t.i and x.i < obj.i and x.dep_ in ("acl", "relcl") for x in obj.subtree):
                return obj
    return None


def _in_clause(t: Any, clause: Any) -> bool:
    """Whether `t` belongs to `clause` itself, not to a clause inside it ("..., which has attacked on ...")."""
    x = t.head
    while x.i != clause.i and x.head.i != x.i:
        if x.dep_ in _CLAUSES:
            return False
        x = x.head
    return True


def habitual(event: Any) -> bool:
    """Whether a violence verb or noun tells what an actor does or did before, not the event reported ("the Taliban
    frequently target convoys", "al-Shabaab has carried out similar attacks", "repeated attacks by herders in recent
    months"): a habitual adverb on it, a habitual modifier on it or on its object, or a span of past time ("in the
    past", "in recent months"). Data: data/role_words.csv habitual_adverbs, habitual_modifiers, habitual_spans."""
    lists = word_lists()
    things = [event] + [c for c in event.children if c.dep_ in ("dobj", "attr")]
    if any(c.dep_ == "advmod" and c.lower_ in lists["earlier_adverbs"] for c in event.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in lists["habitual_adverbs"] for c in event.children) and not dated(event):
        return True
    if any(c.dep_ == "amod" and c.lower_ in lists["habitual_modifiers"] for t in things for c in t.children):
        return True
    # the span may hang on the verb whose object the event noun is ("the region has seen attacks by X in recent years"),
    # or on the verb of the noun whose "of" it is ("the region has for years been the theatre of attacks by X")
    holders = [event] + ([event.head] if event.dep_ == "dobj" else [])
    if event.dep_ == "pobj" and event.head.lower_ == "of" and event.head.head.dep_ in ("dobj", "attr"):
        holders += [event.head.head, event.head.head.head]
        holders += [a for a in event.head.head.head.children if a.dep_ == "aux"]  # "has for years been": on "has"
    return any(p.dep_ == "prep" and (p.lower_ in ("in", "over", "during") and any(
        o.dep_ == "pobj" and (o.lower_ == "past" or (o.lower_ in lists["habitual_spans"] and any(
            m.lower_ in ("recent", "past", "previous") for m in o.children))) for o in p.children)
        or p.lower_ == "for" and any(o.dep_ == "pobj" and o.lower_ in lists["long_spans"] for o in p.children))
        for h in holders for p in h.children)


def _acts_once_more(verb: Any) -> bool:
    """Whether a habitual verb's subject also does a single dated act in a conjoined violence verb of its own
    ("fighters frequently attacked the town last year, and on Monday killed 12"): the subject is that act's doer."""
    return any(c.dep_ == "conj" and c.lower_ in word_lists()["violence_verbs"] and dated(c) and not habitual(c)
               and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children) for c in verb.children)


def dated(event: Any) -> bool:
    """Whether a violence verb's own clause names the one day or month it happened ("attacked Gwoza on Saturday",
    "yesterday", "on May 3"): a single occurrence, so a frequency adverb on it ("repeatedly attacked") tells how the
    act went, not what the actor habitually does. A plural day ("on Fridays") names a habit, not a day."""
    days = set(WEEKDAYS) | set(MONTHS) | set(word_lists()["day_words"])
    when = [c for c in event.children if c.dep_ in ("npadvmod", "tmod")]
    when += [o for p in event.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(w.lower_ in days or any(m.dep_ in ("compound", "amod") and (m.lower_ in days or (
        m.lower_ in _THIS and w.lower_ in word_lists()["day_parts"])) for m in w.children) for w in when)


_THIS = {"last", "this"}  # "last night", "this morning": the one night or morning of the report; "last year" is no day


def denied(event: Any) -> bool:
    """Whether the clause of a violence verb or of "was behind" is negated ("X was not behind the attack") or is what
    a denial verb denies ("X denied it was behind the attack", "X denied that its fighters killed anyone",
    data/role_words.csv denial_verbs): the text disputes the act, so its subject is no doer."""
    if any(c.dep_ == "neg" for c in event.children):
        return True
    t = event
    while t.dep_ in ("ccomp", "xcomp", "acl", "dobj") and t.head.i != t.i:
        t = t.head
        if t.lower_ in word_lists()["denial_verbs"]:
            return True
    return False


def _also_strikes(verb: Any) -> bool:
    """Whether a verb that makes its subject background is joined to a violence verb that subject also does
    ("ISIS fighters searched houses and executed 12 men"): then the subject is no background."""
    return any(c.dep_ == "conj" and c.lower_ in word_lists()["violence_verbs"] for c in verb.children)


def _arms(verb: Any) -> bool:
    """Whether a relative clause's verb readies the weapon ("a church that militants had rigged with explosives", "the
    bomb that the rebels planted", "a car they booby-trapped"): an arming verb (data/role_words.csv arming_verbs), or
    a weapon noun (weapon_nouns) as the noun the clause modifies, or in its object or "with" phrase. Whoever set the
    weapon did the attack, so the clause's subject is no background."""
    if verb.dep_ != "relcl":
        return False
    lists = word_lists()
    if verb.lower_ in lists["arming_verbs"]:
        return True
    # "the car bomb that ...", "an explosive-laden truck that ...": the noun's compounds and modifiers, by their parts
    words = [x for c in verb.head.lefts if c.dep_ in ("compound", "amod") for x in c.subtree] + [verb.head]
    words += [x for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for x in c.subtree]
    words += [x for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for x in p.subtree]
    return any(part in lists["weapon_nouns"] for w in words for part in {w.lower_, *w.lower_.split("-")})


def _takes_power(verb: Any) -> bool:
    """Whether a violence verb's object is power itself ("since the Taliban seized power", "took office";
    data/role_words.csv power_objects): a change of rulers, not an act against people."""
    return any(c.dep_ == "dobj" and c.lower_ in word_lists()["power_objects"] for c in verb.children)


def _kills_no_one(verb: Any) -> bool:
    """Whether a verb that is violence only against people (data/role_words.csv people_object_verbs: "executed",
    "slaughtered") has an object that names none ("farmers executing a plan", "the order was executed",
    "slaughtered a goat for the feast"): no act of violence, so its subject is no doer and its object no victim."""
    if verb.lower_ not in word_lists()["people_object_verbs"]:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and not any(_names_people(o) for o in objects)


_PEOPLE_WORDS = {"him", "her", "them", "us", "me", "you", "everyone", "everybody", "anyone", "all", "those", "others",
                 "some", "many", "dozens", "scores", "hundreds"}


def _names_people(t: Any) -> bool:
    """Whether an object phrase's head names people: a person noun ("two hostages", data/person_nouns.csv), a
    figure or a pronoun of people ("executed 12", "executed them"), or a name ("executed Musa Ali")."""
    return (t.lower_ in _PEOPLE_WORDS or t.like_num or is_person_noun(t.text) or t.lower_ in word_lists()["armed_nouns"]
            or (t.text[:1].isupper() and t.i > t.sent.start))


NAME_LABELS = ("ORG", "NORP")  # NER labels of a group's name


def _entity(t: Any, offset: int, ents: Sequence[Any]) -> Any | None:
    """The NER entity holding token `t` (entity offsets are `offset` + the token's)."""
    at = offset + t.idx
    return next((e for e in ents if e.start_char <= at < e.end_char), None)


def _core(head: Any, offset: int, ents: Sequence[Any], text: str, preps: bool = True) -> tuple[str, str]:
    """(name, NER label) of the actor a phrase headed by `head` names: for a member noun ("members of", "fighters
    from") its object; the ORG/NORP entity holding that word when NER found one, else the word with the run of
    noun modifiers, capitalised adjectives and side adjectives before it ("Fulani herdsmen", "drug gangs", "a rival
    clan"; not "armed men", "suspected militants": a lower-case adjective says what they are like, not who). An apposition (`preps`
    False: "X, a splinter group of Y") keeps its "of" object out. `text`: the Doc's text (Doc.text joins every token
    anew on each access)."""
    t = head
    if preps and t.lower_ in word_lists()["member_nouns"]:
        t = next((g for p in t.children if p.dep_ == "prep" and p.lower_ in _PHRASE_PREPS
                  for g in p.children if g.dep_ == "pobj"), t)
    ent = _entity(t, offset, ents)
    if ent is None and (t.lower_ in word_lists()["member_nouns"] or t.lower_ in word_lists()["craft_nouns"]) \
            and t.lower_ not in word_lists()["people_member_nouns"]:
        # "Mai-Mai Yakutumba fighters", "a Nigerian Air Force jet": the organisation that qualifies the member or
        # craft noun (not a people: "Kurdish"; nor before "men" or "youths", which a people's name qualifies:
        # "Fulani men" is named by the whole phrase),
        # unless it is one of joined qualifiers ("Hausa and Fulani youths": both sides, not the first)
        ent = next((e for c in t.lefts if c.dep_ in ("compound", "amod", "nmod")
                    and not any(x.dep_ == "conj" for x in c.children)
                    and (e := _entity(c, offset, ents)) is not None and e.label_ == "ORG"), None)
    if ent is not None and ent.text.islower():
        ent = None  # "dissident republicans" with "republicans" tagged NORP: a common noun names no one by itself
    label = ent.label_ if ent is not None else ""
    if ent is not None and label in NAME_LABELS:
        return (ent.text[4:] if ent.text.lower().startswith("the ") else ent.text), label
    keep = {t.i}
    for c in t.lefts:
        if c.dep_ in ("compound", "punct") or _capitalised(c) or _side(c) or _people_opener(c, offset, ents):
            keep |= {x.i for x in c.subtree if x.dep_ not in _NOT_NAME and (x.dep_ != "amod" or _capitalised(x)
                                                                            or _side(x)
                                                                            or _people_opener(x, offset, ents))
                     and _own_word(x, t)}
    lo = t.i
    while lo - 1 in keep:
        lo -= 1
    a, b = _whole_words(text, t.doc[lo].idx, t.idx + len(t))
    core = text[a:b]
    if not preps and not any(w[:1].isupper() for w in core.split()):
        return "", label  # "X, a breakaway faction of Y": an apposition that only describes names no one
    return core, label


def _whole_words(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) widened to whole space-separated words: the parser splits hyphenated names ("Lashkar-e-Islam")."""
    while a > 0 and not text[a - 1].isspace() and text[a - 1] not in _SEPARATORS:
        a -= 1
    while b < len(text) and not text[b].isspace() and text[b] not in _SEPARATORS:
        b += 1
    return a, b


_SEPARATORS = ",;:.!?()[]\"“”'‘’"
_BRACKETS = "()[]{}"


def _own_word(word: Any, noun: Any) -> bool:
    """Whether a modifier can be part of the name a noun phrase gives its head noun: no bracket, number or date word
    ("On Sunday (Mar 24) gunmen": the date's tail), nor a word in another script than the noun's (a foreign-script
    headline word before "gunmen"); the name's run before its noun ends at the first such token."""
    if any(ch in _BRACKETS for ch in word.text) or word.like_num or word.lower_.rstrip(".") in _DATE_WORDS:
        return False
    return _scripts(word.text) <= _scripts(noun.text)


_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _scripts(text: str) -> set[str]:
    """The writing systems of a word's letters ("LATIN", "ARABIC"), from their Unicode names."""
    return {unicodedata.name(ch, "?").split(" ")[0] for ch in text if ch.isalpha()}


_NOT_NAME = {"det", "nummod", "quantmod", "advmod", "poss", "case"}


def _side(t: Any) -> bool:
    """A modifier that names a party to a feud ("a rival clan", "warring factions", data/role_words.csv
    side_adjectives): it says who the group is to the other side, so it belongs to the name, unlike "armed"."""
    return t.dep_ == "amod" and t.lower_ in word_lists()["side_adjectives"]


def _people_opener(t: Any, offset: int, ents: Sequence[Any]) -> bool:
    """A modifier opening the sentence that NER reads as a people, a faith or a nationality on its own ("Arab
    militiamen on horseback killed ...", "Christian militiamen"): its capital is the name's, not only the sentence's
    (`_capitalised` leaves every first word out: "Armed men stormed")."""
    if t.dep_ not in ("amod", "nmod", "compound") or t.i != t.sent.start or not t.text[:1].isupper():
        return False
    ent = _entity(t, offset, ents)
    return ent is not None and ent.label_ == "NORP" and ent.text == t.text


def _capitalised(t: Any) -> bool:
    """A capitalised modifier that is not merely the sentence's first word ("Armed men stormed")."""
    return t.dep_ in ("amod", "nmod", "compound") and t.text[:1].isupper() and t.i > t.sent.start


def parse(nlp: Any, texts: Iterable[str], batch_size: int = 16) -> Iterable[Any]:
    """Docs with the dependency parse of `texts`, from the pipeline's own parser (and the tok2vec it listens to),
    whether or not they are enabled for nlp(): the NER path runs without them."""
    steps = [nlp.get_pipe(n) for n in ("tok2vec", "parser") if n in nlp.component_names]
    stream: Iterable[Any] = (nlp.make_doc(t) for t in texts)
    for step in steps:
        stream = step.pipe(stream, batch_size=batch_size)
    return stream


def can_parse(nlp: Any) -> bool:
    """Whether the loaded pipeline has a parser (a pipeline with NER only, or a test double, has none)."""
    return "parser" in (getattr(nlp, "component_names", None) or ())


def within(found: Sequence[Role], start: int, end: int) -> list[Role]:
    """The roles found in [start, end), offsets made relative to `start`."""
    return [replace(r, start=r.start - start, end=r.end - start) for r in found if start <= r.start and r.end <= end]


def victim_of(agent: Role, found: Sequence[Role]) -> Role | None:
    """The victim phrase of an agent's verb: for a by-phrase agent the passive subject before it ("the checkpoint was
    attacked by gunmen"), else the nearest victim phrase after the agent ("gunmen attacked their checkpoint")."""
    if agent.name == "passive_by":
        return max((p for p in found if p.role == PATIENT and p.name == "passive_subject" and p.end <= agent.start),
                   key=lambda p: p.end, default=None)
    return min((p for p in found if p.role == PATIENT and p.start >= agent.end), key=lambda p: p.start, default=None)


def sentence_roles(doc: Any | None, spans: Sequence[tuple[int, int]]) -> list[list[Role]] | None:
    """Per (start, end) span of the article, the roles found in it, offsets relative to the span; None when the
    article was not parsed (no doc, or a doc without `roles`): the extractors then fall back to word patterns."""
    found = getattr(doc, "roles", None)
    if found is None:
        return None
    return [within(found, a, b) for a, b in spans]
