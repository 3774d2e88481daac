"""Whether a killing singles out its victim: the patient of a killing verb, read from the dependency parse, is a
named person or the holder of an office or role (data/office_roles.csv), as in a targeted killing ("gunmen shot
dead a retired judge", "a journalist was gunned down"), rather than people struck as members of a crowd, a village
or a unit ("gunmen killed five villagers"). Pure: reads the roles the pipeline's parser found (syntax.Role)."""
from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from worker.extract.actors import groups_in
from worker.extract.gazetteer import data_rows
from worker.extract.other_acts import armed_nouns
from worker.extract.syntax import PATIENT, Role, word_lists
from worker.extract.toll_phrases import person_nouns

# the verbs that kill one chosen person; "killed" alone is also a toll word ("two were killed in the ambush"),
# so as a passive it needs its doer ("was killed by gunmen")
_KILL = r"(?:shot(?: dead| and killed| to death)?|gunned down|murdered|assassinated|stabbed(?: to death)?|" \
        r"hacked(?: to death)?|strangled|beheaded|executed|slain|butchered|lynched|bludgeoned(?: to death)?|" \
        r"(?:beaten|clubbed) to death)"
# a victim found dead with the wounds of a weapon ("an activist was found dead with gunshot wounds", "found dead with
# multiple stab wounds"): the words name the killing only through its victim's body, no killing verb; "found dead"
# alone names none (a drowning, an illness, a fall), so a weapon's wounds must follow; wounds the sentence calls
# self-inflicted name a suicide, no killing
_FOUND_WOUNDED = r"found\s+dead\s+with\s+(?:(?:an?|one|multiple|several|many|numerous|two|three|deep|fatal)\s+)?" \
                 r"(?:gunshot|bullet|stab|knife|machete)\s+(?:wounds?|injuries)(?![^.;]{0,80}?\bself[- ]inflicted\b)"
_ACTIVE = re.compile(r"\b(?:" + _KILL + r"|kill(?:ed|s|ing)?|shoot(?:s|ing)?|murder(?:s|ing)?|"
                     r"assassinat(?:es?|ing)|gun(?:s|ning)? down|stab(?:s|bing)?|behead(?:s|ing)?)\s+$", re.I)
# between the victim and the verb: an aside set off by commas, or a relative clause ("a lawyer who represented
# victims of police abuse was shot dead"); an act done to the victim first may come before the killing ("a village
# chief was abducted and beheaded"), or the victim found killed ("an activist was found shot dead")
_PASSIVE = re.compile(r"(?:\s*,[^,]{1,80},|\s+(?:who|whom|whose|that)\b[^,;.]{1,80}?)?\s+(?:(?:was|were|has been|have been|had been|is|got|being)\s+)?"
                      r"(?:\w+ly\s+)?(?:" + _FOUND_WOUNDED + r"|(?:found\s+)?(?:[a-z]+ed\s+and\s+(?:then\s+|later\s+)?)?(?:" + _KILL
                      + r"|killed by))\b", re.I)
# a chosen victim's noun phrase may run on past the parse's phrase before its verb: a prepositional modifier ("a
# mayoral candidate for the Valor party was shot dead", "a sub-inspector of the Counter-Terrorism Department was gunned
# down") and up to two asides ("The mayor of Chilpancingo, the capital of Guerrero, Alejandro Arcos, was killed"); a
# participle's phrase is such a modifier too ("a journalist working for a local radio station was killed by gunmen",
# "a judge based in Kismayo was shot dead"), but only of a killing told of him alone: "a journalist travelling with
# pilgrims was killed when gunmen opened fire on their bus" was one of those the raid struck
_HOLDER_PASSIVE = re.compile(r"(?:\s+(?:(?P<part>[a-z]+ing|based|employed|attached|posted|stationed|known)\s+)?(?:of|for|"
                             r"from|at|in|with|as|to)\s+[^,;.()]{1,60}?)?(?:\s*,[^,;.()]{1,80}){0,2}\s*,?"
                             r"\s+(?:(?:was|has been|had been|is|got)\s+)?(?:\w+ly\s+)?(?:" + _FOUND_WOUNDED + r"|(?:found\s+)?(?:"
                             + _KILL + r"|killed))\b"
                             r"(?(part)(?!\s+(?:when|as|while|after|during|in\s+(?:an?|the)\b)))", re.I)
_RENOWN = "renown"  # the row of data/office_roles.csv that holds modifiers, not nouns
_TRADE = "trade"  # the row of trades and posts, which single out only in a close killing of that one person (`by_role`)
_BODY = "body"  # the row that holds bodies whose member holds an office ("a member of parliament")
_MEMBER = frozenset({"member", "members"})
_VERBLESS = ("died_subject",)  # "the judge died after gunmen shot him": the pattern holds its own death verb


@cache
def _lexicon() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in data_rows("office_roles.csv"):
        out.setdefault(r["kind"], set()).update(w.strip().lower() for w in r["words"].split("|") if w.strip())
    return {k: frozenset(v) for k, v in out.items()}


@cache
def office_nouns() -> frozenset[str]:
    """Nouns of offices and roles whose holder a killing singles out (data/office_roles.csv, every form listed)."""
    return frozenset(w for k, words in _lexicon().items() if k not in (_RENOWN, _BODY, _TRADE) for w in words)


def _renowned(victim: Role) -> bool:
    """"a prominent businessman": a person noun (data/person_nouns.csv) the text calls known for who he is."""
    words = set(re.findall(r"[\w-]+", victim.text.lower()))
    return victim.head in person_nouns() and bool(words & _lexicon()[_RENOWN])


def _member_of_body(victim: Role) -> bool:
    """"a member of the provincial assembly": a member noun whose "of" object (the parse's core) is a governing or
    deliberative body (data/office_roles.csv body) holds that office, though "member" alone names no one."""
    core = victim.core.lower()
    return victim.head in _MEMBER and any(core == b or core.endswith(" " + b) for b in _lexicon()[_BODY])


def _killed_here(role: Role, sentence: str, found: Sequence[Role] = ()) -> bool:
    """The patient phrase is what a killing verb right before it ("shot dead a judge") or after it and the people
    joined to it ("a judge was gunned down", "a judge and his driver were shot dead") acted on."""
    if role.name in _VERBLESS:
        return True
    if role.name == "object":
        return bool(_ACTIVE.search(sentence, 0, role.start))
    return role.name == "passive_subject" and bool(_PASSIVE.match(sentence, _joined_end(role, sentence, found)))


_JOINER = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|as well as|along with|together with)\s+", re.I)


def _joined_end(role: Role, sentence: str, found: Sequence[Role]) -> int:
    """The end of the phrase and of the patients the parse joins to it ("a judge and his two bodyguards"): the
    verb comes after them all; the guards are counted apart (`casualties.joined_to_one`)."""
    end = role.end
    for r in sorted(found, key=lambda r: r.start):
        if r.role == PATIENT and r.name == role.name and r.start >= end and _JOINER.fullmatch(sentence, end, r.start):
            end = r.end
    return end


def _combatant(phrase: str) -> bool:
    """A phrase that names an armed group or an armed noun ("a rebel commander", "an al-Shabaab leader")."""
    armed = armed_nouns()
    return bool(groups_in(phrase)) or any(w in armed for w in re.findall(r"[\w-]+", phrase.lower()))


def victims(sentences: Sequence[str], roles: Sequence[Sequence[Role]]) -> list[Role]:
    """Every phrase the parse makes the victim of a killing verb in the sentences, in reading order."""
    return [r for sentence, found in zip(sentences, roles) for r in found
            if r.role == PATIENT and _killed_here(r, sentence, found)]


def chosen(victim: Role) -> bool:
    """A named person or an office holder, and no member of an armed group ("a Taliban commander" is a combatant,
    not a chosen civilian)."""
    last = _WORDS.findall(victim.text.lower())[-1:]  # "a sub-inspector": the parse's head may be "sub"
    return (victim.label == "PERSON" or victim.head in office_nouns() or bool(set(last) & office_nouns()) or _renowned(victim) or _member_of_body(victim)) \
        and not _combatant(victim.text)


def victim(sentences: Sequence[str], roles: Sequence[Sequence[Role]]) -> Role | None:
    """The first victim of a killing verb in the sentences who was singled out (see `chosen`). One holder of an
    office is read with the whole noun phrase the parse cut short (`_HOLDER_PASSIVE`): a singular subject whose
    office is told is singled out by "was killed" alone, as a crowd's toll word names no one; a pronoun killed
    after the holder's home or car was struck is that holder (`_pronoun_holder`)."""
    found = next((r for r in victims(sentences, roles) if chosen(r)), None)
    if found is not None:
        return found
    found = next((h for sentence, rs in zip(sentences, roles)
                  if (h := _pronoun_holder(sentence, rs)) is not None), None)
    if found is not None:
        return found
    found = next((r for sentence, rs in zip(sentences, roles) for r in rs
                  if r.role == PATIENT and r.name == "passive_subject" and chosen(r) and (_one(r) or _one_name(r))
                  and _HOLDER_PASSIVE.match(sentence, r.end)), None)
    if found is not None or victims(sentences, roles):
        return found
    return next((h for sentence in sentences if (h := _holder_object(sentence)) is not None), None)


# a killing verb and the one office holder right after it, the phrase ended by a joiner, a preposition, a time or a
# comma ("shot dead a school headmaster and his driver", "gunned down the imam of a mosque")
_HOLDER_OBJECT = re.compile(r"\b(?:" + _KILL + r"|killed)\s+(?P<phrase>(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?P<head>[\w-]+))"
                            r"(?=\s+(?:and|in|on|at|outside|near|as|who|while|from|during|with|of|after|late|early|last|yesterday)\b|\s*[,.;:(]|$)", re.I)


# a prepositional modifier's characters, which never cross into a clause of their own: a verb of saying or a relative
# word there ("The governor of Guerrero said a farmer was found dead", "a lawyer for the family of a farmer who was
# found dead") makes the one found dead another person, not the holder
_NO_CLAUSE = (r"(?:(?!\b(?:said|says|say|told|tells|reported|stated|added|announced|confirmed|claimed|noted|explained|"
              r"who|whom|whose|which|that|where|when)\b)[^,;.()])")
# what may follow a holder's noun before the passive killing verb: the holder's name ("the union leader Ana Ruiz"),
# a prepositional modifier ("a candidate for a town council seat") and up to two asides (", 48,"), as in
# `_HOLDER_PASSIVE`; no participle's phrase, which may place him among many struck ("travelling with pilgrims")
_HOLDER_TAIL = (r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}(?:\s+(?:of|for|from|at|in|with)\s+" + _NO_CLAUSE + r"{1,60}?)?"
                r"(?:\s*,[^,;.()]{1,80}){0,2}\s*,?\s+(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:" + _FOUND_WOUNDED
                + r"|(?:found\s+)?(?:" + _KILL + r"))\b")
# one office holder the subject of a passive killing verb ("an opposition activist was found shot dead"); at the
# sentence's start the holder needs no article ("Environmental activist Ana Ruiz was found dead with stab wounds")
_HOLDER_SUBJECT = re.compile(r"(?:^|(?<=[\s,;:]))(?P<phrase>(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[\w-]+))"
                             + _HOLDER_TAIL, re.I)
_BARE_HOLDER = re.compile(r"^\W*(?P<phrase>(?:[\w'’-]+\s+){0,2}?(?P<head>[\w-]+))" + _HOLDER_TAIL, re.I)


def _holder_object(sentence: str) -> Role | None:
    """The office holder a killing verb takes as its object in the words, when the parse found no victim at all: the
    small model misreads a subject that runs into the verb ("Two men on a motorcycle shot dead a school headmaster":
    "motorcycle shot" a compound noun, the verb lost) or reads no violence verb ("was found shot dead"), and the
    words still tell whom the killers chose: the object of a killing verb, or the subject of its passive."""
    for m in [*_HOLDER_OBJECT.finditer(sentence), *_HOLDER_SUBJECT.finditer(sentence), *_BARE_HOLDER.finditer(sentence)]:
        head = m.group("head").lower()
        if head in office_nouns() and not head.endswith("s") and not _combatant(m.group("phrase")):
            return Role(PATIENT, "object", m.group("phrase"), m.start("phrase"), m.end("phrase"), head)
    return None


_PRONOUN = frozenset({"him", "her"})


def _pronoun_holder(sentence: str, found: Sequence[Role]) -> Role | None:
    """"Gunmen ambushed the car of a paramount chief, killing him and his driver": the killing's victim is a pronoun,
    and what the sentence struck before it belongs to one holder of an office (the patient phrase whose last word
    is the office noun): the pronoun is that holder, singled out; only when that phrase is the nearest struck before
    the pronoun, its antecedent."""
    for r in found:
        if r.role == PATIENT and r.text.lower() in _PRONOUN and _killed_here(r, sentence, found):
            # the pronoun's antecedent is the nearest phrase struck before it: "shot the driver, killing him" is
            # the driver, not the judge whose car was attacked
            near = max((q for q in found if q.role == PATIENT and q.end <= r.start and q.text.lower() not in _PRONOUN),
                       key=lambda q: q.end, default=None)
            if near is None or not chosen(near) or not _one_holder(near):
                return None
            # a person the parse left unmarked may stand nearer: "ambushed the convoy of a commissioner ..., dragged
            # out a bodyguard and killed him" is the bodyguard
            return None if _person_between(sentence[near.end:r.start]) else near
    return None


_PERSON_AFTER = re.compile(r"\b(?:an?|the|his|her|their|one)\s+([\w-]+)(?:\s+([\w-]+))?", re.I)


def _person_between(text: str) -> bool:
    """A single person noun with its determiner ("a bodyguard", "the driver", "his aide") in the text between the
    holder's phrase and the pronoun: a nearer antecedent than the holder."""
    nouns = person_nouns() | office_nouns()
    return any(w.lower() in nouns and not w.lower().endswith("s")
               for m in _PERSON_AFTER.finditer(text) for w in m.groups() if w)


def _one_holder(phrase: Role) -> bool:
    """The phrase's last word is a singular office noun ("the home of a village chief", not "two judges")."""
    last = _WORDS.findall(phrase.text.lower())[-1:]
    return bool(last) and last[0] in office_nouns() and not last[0].endswith("s")


def _one(victim: Role) -> bool:
    """A single holder ("a mayoral candidate", "the mayor"), not a plural or counted phrase ("two judges")."""
    return bool(re.match(r"(?:an?|the)\s", victim.text, re.I)) and not victim.text.lower().endswith("s")


def _one_name(victim: Role) -> bool:
    """One person the text names ("Mexican journalist Roberto Flores", "Iraqi activist Hussein Adel"): a name, not
    two joined ("Ali and Omar")."""
    return victim.label == "PERSON" and not re.search(r"\s(?:and|&)\s|,", victim.text)


_WORDS = re.compile(r"[\w-]+")


def by_role(sentences: Sequence[str], roles: Sequence[Sequence[Role]]) -> Role | None:
    """The one victim of a killing verb whom the text names by a trade or a post (data/office_roles.csv trade: "shot
    dead a teacher", "a police officer was gunned down"), no member of an armed group: who a close killing of one
    person chose. The caller reads it only where the words tell such a killing and no one else was hurt."""
    trades = _lexicon()[_TRADE]
    for r in [*victims(sentences, roles), *_modified_passives(sentences, roles)]:
        words = _WORDS.findall(r.text.lower())
        if (r.head in trades or bool(words[-1:]) and words[-1] in trades or " ".join(words[-2:]) in trades) \
                and _one(r) and not _combatant(r.text):
            return r
    return None


def _modified_passives(sentences: Sequence[str], roles: Sequence[Sequence[Role]]) -> list[Role]:
    """Passive subjects whose noun phrase runs on past the parse's phrase before the killing verb ("a nurse with a
    local charity was shot dead", "a teacher at the village school was gunned down"): the parse cut the modifier off,
    `_HOLDER_PASSIVE` reads through it. A participle's phrase ("a teacher known for criticising the militants") is
    left out: the armed noun it holds is no doer, so the close killing's doer stays unnamed."""
    return [r for sentence, rs in zip(sentences, roles) for r in rs
            if r.role == PATIENT and r.name == "passive_subject"
            and (m := _HOLDER_PASSIVE.match(sentence, r.end)) is not None and m.group("part") is None
            and not _FORCE_BODY.search(m.group()) and not _combatant(m.group())]


# a modifier that makes the holder a member of a state force or an armed side ("an officer with the National
# Intelligence Service", "a captain in the army"): his killing is that side's loss, not one person singled out
_FORCE_BODY = re.compile(r"\b(?:army|military|police|forces|intelligence|security (?:service|agency|agencies)|"
                         r"gendarmerie|navy|air force|national guard|coast guard|defen[cs]e)\b", re.I)


def worth_parsing(sentence: str) -> bool:
    """A sentence with a killing verb and an office noun, a renown word or a member noun ("A radio journalist was
    gunned down", "a member of parliament was shot dead"), which may name no doer the actor lexicons know: the parse
    reads whom it killed. A trade of two words ("an aid worker", "a health worker") is looked up as a pair."""
    tokens = _WORDS.findall(sentence.lower())
    words = {*tokens, *(" ".join(pair) for pair in zip(tokens, tokens[1:]))}
    return bool(words & (office_nouns() | _lexicon()[_RENOWN] | _lexicon()[_TRADE] | _MEMBER)) \
        and bool(_KILLING.search(sentence))


_KILLING = re.compile(r"\b(?:" + _KILL + r"|killed|killing|" + _FOUND_WOUNDED + r")\b", re.I)
