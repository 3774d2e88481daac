"""One victim told without a figure after an active killing verb, for `casualties`: a bare name ("gunmen killed
Musa Ali and his brother"), or a person a manner of death follows ("a mob beat the thief to death", "beat Ibrahim
Sani to death").

A name has no figure for the toll patterns to read, and an age before it ("killed 25-year-old Musa Ali") is no
toll either, so the count is one person here (the caller adds the people joined to him). A bare name must be two to
four capitalised words that end at a clause boundary and name no armed group, people or country ("killed Boko
Haram fighters", "killed Afghan soldiers" are no person); a name between a manner verb and "to death" may be one word.
The verbs are those of data/manner_of_death.csv (`manner_of_death`), each manner verb with its own closers.
"""
from __future__ import annotations

import re
from functools import cache

from worker.extract import manner_of_death, toll_phrases
from worker.extract.companions import plural_nouns

_NAME = r"(?-i:[A-Z][\w'’-]+)"
_KILLED = r"\b(?:" + manner_of_death.kills() + "|" + manner_of_death.kills("gerund") + r")\s+"  # "killing Musa Ali"
# what may follow a name at the end of the victim phrase: punctuation, a joined person, a preposition or time word
_BOUNDARY = r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|as well as|along with|together with|alongside|on|in|at|near|outside|" \
            r"inside|during|as|while|after|before|when|with|late|early|last|this|yesterday|overnight|from|by)\b)"
_AGE = r"(?:\d{1,3}[- ]years?[- ]old\s+)?"  # "killed 25-year-old Musa Ali": the age is no toll
_BARE = re.compile(_KILLED + _AGE + r"(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){1,3})" + _BOUNDARY, re.I)
# "killed Musa Ali, Ibrahim Sule and Bala Usman", "killed Musa Ali and Ibrahim Sule and their driver": names joined
# by commas and "and", each of two to four capitalised words; the list stops before a joined person of another kind
_LIST_NAME = _NAME + r"(?:\s+" + _NAME + r"){1,3}"
_BARE_LIST = re.compile(_KILLED + _AGE + r"(?P<name>" + _LIST_NAME + r")(?P<more>(?:\s*,\s*(?:(?-i:and)\s+)?" + _LIST_NAME
                        + r"|\s+(?-i:and)\s+" + _LIST_NAME + r")+)" + _BOUNDARY, re.I)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?-i:and)\s+)?|\s+(?-i:and)\s+")
_MANNER = r"\b(?P<verb>" + manner_of_death.manners(gerunds=True) + r")(?:\s+up)?\s+"
_MANNER_END = r"\s+(?P<closer>to death|alive)\b"
_MANNER_NAMED = re.compile(_MANNER + _AGE + r"(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){0,3})" + _MANNER_END, re.I)
# "beat the suspected thief to death": a definite or possessive victim, up to two words before its noun, as "beat a
# thief to death" counts one (casualties); the noun must name a person (the manner's closer kills people only)
_MANNER_DEFINITE = re.compile(_MANNER + r"(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z][\w-]*)"
                              + _MANNER_END, re.I)


@cache
def _not_a_person() -> frozenset[str]:
    """Lower-case words that make a capitalised phrase a people, a country or a time, not a person's name."""
    from worker.extract.countries import demonyms, peoples  # loaded when needed: casualties imports this early
    from worker.extract.dates import MONTHS, WEEKDAYS
    return frozenset({w.lower() for w in (*demonyms(), *peoples(), *MONTHS, *WEEKDAYS)})


def is_person_name(name: str) -> bool:
    """A capitalised phrase that names no armed group, people, country, month or weekday."""
    from worker.extract.actors import groups_in  # actors reads the group lexicons: imported when needed
    return not groups_in(name) and not any(w.lower() in _not_a_person() or w.lower().removesuffix("s") in _not_a_person()
                                           for w in name.split())


def search(text: str) -> re.Match[str] | None:
    """The first killing verb whose object is one person told without a figure, through that person's end."""
    for m in _MANNER_DEFINITE.finditer(text):
        if _closes(m) and (toll_phrases.is_person_noun(m.group("noun")) or m.group("noun").lower() in plural_nouns()):
            return m  # "beat the thief to death"; not "buried the goat alive"
    for rx in (_MANNER_NAMED, _BARE_LIST, _BARE):
        for m in rx.finditer(text):
            if is_person_name(m.group("name")) and _closes(m) and (m := _persons_only(rx, text, m)) is not None:
                return m
    return None


# "killed Musa Ali, Human Rights Watch and Amnesty International said": the names after the first are the speakers
_SPOKEN_AFTER = re.compile(r"(?:\s*,?\s+(?-i:and)\s+" + _LIST_NAME + r")?\s+(?:said|say|says|told|reported|added|confirmed|stated)\b", re.I)


def _persons_only(rx: re.Pattern[str], text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The bare list `m` cut back before its first joined name that is no person ("killed Musa Ali, Ibrahim Sule and
    Bala Usman, Zamfara State, on Monday": the three names), or before all of them when the list ends at a speech
    verb (its joined names are the speakers); None when nothing of the list is left."""
    if "more" not in m.re.groupindex:
        return m
    while m.group("more"):
        pieces = list(_LIST_SPLIT.finditer(m.group("more")))  # the separators, each before one joined name
        names = _more_names(m)
        bad = 0 if _SPOKEN_AFTER.match(text, m.end()) else \
            next((i for i, n in enumerate(names) if not _listed_person(n)), None)
        if bad is None:
            return m
        cut = m.start("more") + pieces[bad].start() if bad < len(pieces) else m.end()
        if bad == 0 or (m := rx.match(text, m.start(), cut)) is None:
            return None  # no joined name left: the single name's pattern reads the first
    return m


def _more_names(m: re.Match[str]) -> list[str]:
    """The names a bare list joins after its first ("killed Musa Ali, Ibrahim Sule and Bala Usman": two)."""
    return [n for n in _LIST_SPLIT.split(m.groupdict().get("more") or "") if n]


def _listed_person(name: str) -> bool:
    """A name joined in a list of victims is a person's, not a place set off after the first ("killed Musa Ali,
    Kaduna State, on Monday": the gazetteer knows the state)."""
    from worker.extract.gazetteer import places  # the gazetteer table, loaded when a list of names is met
    return is_person_name(name) and name.lower() not in places()


def persons(m: re.Match[str]) -> int:
    """How many persons a match of `search` names: one, or each name of a bare list."""
    return 1 + len(_more_names(m))


def _closes(m: re.Match[str]) -> bool:
    """The manner verb takes the closer after its victim ("burned ... alive", not "shot ... alive"); a verb that
    kills by itself has none to check."""
    return "closer" not in m.groupdict() or m.group("closer").lower() in manner_of_death.closed_by(m.group("verb"))


# names joined as the subject of a passive: "Musa Ali and John Doe were killed", "the victims, Musa Ali, Ibrahim Sani
# and John Doe, were killed"; each name one to four capitalised words, the list opening its clause
_ONE_NAME = _NAME + r"(?:\s+" + _NAME + r"){0,3}"
_NAMES = re.compile(r"(?:^|(?<=[,;:(—–])|\b(?:that|when|after|while|but|said|says)\b)\s*(?P<names>" + _ONE_NAME
                    + r"(?:\s*,\s*" + _ONE_NAME + r")*\s*,?\s+(?-i:and)\s+" + _ONE_NAME + r")(?P<comma>\s*,)?")
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:(?-i:and)\s+)?|\s+(?-i:and)\s+")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"})


# "the victims were identified as Musa Bello, Ali Garba and Sani Idris": the dead named one by one after their noun
# (an age between commas, blanked before the toll is read with its commas, leaves a run of spaces between names)
_IDENTIFIED = re.compile(r"\b(?:the\s+)?(?:victims|dead|deceased)\s+(?:were|have\s+been|had\s+been|are)\s+(?:later\s+|since\s+)?"
                         r"(?:identified|named)\s+as\s+(?P<names>" + _ONE_NAME + r"(?:(?:(?:\s*,)+\s*|\s{2,})" + _ONE_NAME
                         + r")*(?:\s*,)*\s+(?-i:and)\s+" + _ONE_NAME + r")", re.I)
_IDENTIFIED_SPLIT = re.compile(r"\s*,\s*(?:(?-i:and)\s+)?|\s+(?-i:and)\s+|\s{2,}")
# "victims" may be the abducted or the wounded: their names count the dead only when the sentence tells a death
# ("the victims, who died at the scene, ..."); "the dead" and "the deceased" say it themselves
_DEAD_NOUN = re.compile(r"\b(?:dead|deceased)\b", re.I)
_A_DEATH = re.compile(r"\b(?:killed|died|dead|bod(?:y|ies)|slain|murdered|lost their lives|deaths?|fatal(?:ly)?)\b", re.I)


def identified(sentence: str) -> list[tuple[int, int, int]]:
    """(count, start, end) of the dead a sentence names one by one after "the dead were identified as": each name
    one, when every item is a person's name (not "identified as Boko Haram and ISWAP fighters"); "the victims" only
    in a sentence that tells their death (the names alone never say the named died)."""
    out: list[tuple[int, int, int]] = []
    for m in _IDENTIFIED.finditer(sentence) if "identified" in sentence or "named" in sentence else ():
        items = [i for i in _IDENTIFIED_SPLIT.split(m.group("names")) if i.strip()]
        dead = bool(_DEAD_NOUN.search(m.group(), 0, m.start("names") - m.start())) \
            or bool(_A_DEATH.search(sentence[:m.start()] + " " + sentence[m.end():]))
        if dead and len(items) > 1 and all(i.split()[0].lower() not in _DETERMINERS and is_person_name(i) for i in items):
            out.append((len(items), m.start(), m.end()))
    return out


def subjects(sentence: str, tail: re.Pattern[str]) -> list[tuple[int, int, int]]:
    """(count, start, end of the verb) of each list of two or more persons' names right before `tail` (a passive
    casualty verb with its auxiliary): a name is no figure, so the toll patterns read none, yet each named victim is
    one. A name that is a group, a people, a country or a time ("Boko Haram and ISWAP") lists no person."""
    out: list[tuple[int, int, int]] = []
    if not tail.search(sentence):
        return out
    for m in _NAMES.finditer(sentence):
        verb = tail.match(sentence, m.end())
        if verb is None:
            continue
        items = [i for i in _ITEM_SPLIT.split(m.group("names")) if i]
        if len(items) > 1 and all(i.split()[0].lower() not in _DETERMINERS and is_person_name(i) for i in items):
            out.append((len(items), m.start("names"), verb.end()))
    return out
