"""Victims joined to a first one: "killed the pastor and his wife", "was shot dead along with his two bodyguards".

A toll told by naming people one by one has no figure to read: each joined person is one more, each joined figure
("and two others", "three of his relatives") is that many. The items are read left to right after the first
victim, joined by a comma, "and", "as well as", "along with", "together with" or "alongside"; reading stops at the
first item that is not a person (a verb, a place) or that opens a new clause ("and two others were injured").
An apposition set off by commas ("the pastor, a father of three, and his wife") is the person before it, no one
more. An item with no exact figure makes the toll a floor: a plural noun ("and his bodyguards") is two or more, a vague
figure ("and several of his aides") is at least its nominal value; a noun that names a set number ("and his twins",
data/plural_nouns.csv) counts that number exactly.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from worker.extract import number_words
from worker.extract.gazetteer import data_rows
from worker.extract.toll_phrases import is_animal_noun, part_openers, person_nouns

# a comma alone, or with a joining word after it ("the judge was shot dead, along with his two guards")
_JOIN = re.compile(r"\s*,\s*(?:(?:and|as well as|along with|together with|alongside)\s+)?|"
                   r"\s+(?:and|as well as|along with|together with|alongside)\s+", re.I)
_TOKEN = re.compile(r"[\w'’-]+")
_ARTICLES = frozenset({"the", "a", "an"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "one"})
# words that end an item: a preposition or a relative word opens what follows the victims ("his son in Peshawar")
ENDS_ITEM = frozenset({"in", "on", "at", "near", "inside", "outside", "when", "while", "after", "before", "as", "who",
                        "which", "that", "and", "by", "during", "from", "with", "for", "to", "of", "along",
                        "together", "alongside", "were", "was", "are", "is", "have", "has", "had", "got", "been",
                        "be", "said", "says", "told", "added", "died", "dead", "alive", "hurt", "killed", "injured",
                        "wounded"})
# a verb or a state after an item makes it the subject of a new clause: "and two others were hurt", "the pastor was
# killed and his wife wounded" (the wife is no companion of the dead)
_NEW_CLAUSE = re.compile(r"\s+(?:were|was|are|is|have|has|had|got|died|survived|escaped|fled|ran|hid|managed|remained|"
                         r"said|says|say|told|added|injured|wounded|hurt|killed|dead|unhurt|unharmed|abducted|kidnapped|"
                         r"missing|arrested)\b", re.I)
# a verb opens a new predicate, not a person: "-ed", "-ing", the common irregular past forms; a figure is no title
_VERB_LIKE = re.compile(r"[a-z]+(?:ed|ing)|left|set|hit|shot|took|fled|held|sent|put|cut|struck|blew|threw|went|came|ran|"
                        r"made|saw|told|said|\d[\d,.]*")  # lower case: "Ahmed" is a name


def verb_like(word: str) -> bool:
    """The word reads as a verb form ("accused", "carrying", "fled"), which ends a noun phrase after its head."""
    return bool(_VERB_LIKE.fullmatch(word))


# the rest of an apposition after its person noun, up to its closing comma: "(a father) of three,", "(a native) of
# Jos,"
_APPOSED_TAIL = re.compile(r"\s+of(?:\s+(?!and\b)[\w'’-]+){1,4}(?=\s*,)", re.I)
MAX_ITEMS, MAX_WORDS, MAX_BEFORE_NOUN = 8, 4, 2
# the name a report gives its first victim: "a trader identified as Musa Ali", "a boy named Ibrahim", "a man known as
# Baba Ali" (one to four capitalised words)
_NAMED_AS = re.compile(r"\s*,?\s+(?:identified as|named|called|known as|simply known as)\s+"
                       r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}", re.I)
# the first victim's name set off by commas after the noun, with an age perhaps: "a lawyer, Ahmed Raza, and his clerk",
# "a bus driver, Jose Martinez, 42, and his assistant" (two to four capitalised words: one is as often a place; an
# age the toll reader blanked leaves spaces)
_NAME_APPOSED = re.compile(r"\s*,\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3}(?:\s*,\s*\d{1,3})?(?=\s*,|\s{3})")
# a plural noun form: "guards", "kinsmen", "children", "schoolchildren"; not "boss"
_PLURAL_END = re.compile(r"[a-z]*(?:men|children|people|folk)|[a-z]+[^s]s")


@lru_cache(maxsize=1)
def plural_nouns() -> dict[str, int]:
    """Nouns that name a set number of people ("couple": 2), data/plural_nouns.csv."""
    return {r["noun"].strip().lower(): int(r["people"]) for r in data_rows("plural_nouns.csv") if r["noun"].strip()}


def people_named(noun: str) -> tuple[int, bool]:
    """The people one noun with no figure names, and whether that is a floor: "son" one, "twins" two exactly,
    "bodyguards" two or more (a plural that is no singular of the person lexicon)."""
    if (n := plural_nouns().get(noun.lower())) is not None:
        return n, False
    if _PLURAL_END.fullmatch(noun) and noun not in person_nouns():
        return 2, True
    return 1, False


@dataclass(frozen=True)
class Companions:
    n: int  # people added to the first victim
    end: int  # where the last item ends (the first victim's end when none is joined)
    bounded: bool  # "and at least two others"


def read(sentence: str, pos: int, figure: re.Pattern[str], to_int: Callable[[str], int | None],
         is_person: Callable[[str], bool], vague: Callable[[str], bool]) -> Companions:
    """The people joined after the first victim, which ends at `pos`. `figure` matches the figure that opens a
    counted item ("two", "at least three of his", "their four": group "n" the figure, group "bound" a lower bound);
    a person noun must follow it ("two others", "three of his relatives"). A figure `vague` says is a floor
    ("several"); a noun of data/plural_nouns.csv is a person too ("and his twins")."""
    def person(word: str) -> bool:
        return is_person(word) or word.lower() in plural_nouns()
    items: list[tuple[bool, int, bool, int]] = []  # (joined by a bare comma, people, bounded, end)
    first_end, pos = pos, _title_words_end(sentence, pos)  # "a police officer", "the pastor John Okoro"
    if (named := _NAMED_AS.match(sentence, pos) or _NAME_APPOSED.match(sentence, pos)
            or _of_tail().match(sentence, pos)) is not None:
        pos = named.end()  # "a trader identified as Musa Ali", "a mother of four": the first victim's own words
    listed = False  # the items end in a last one joined by "and" that names animals: the commas before it join a list
    article = False  # the last item opens with an article ("a farmer"), as an apposition does
    for _ in range(MAX_ITEMS):
        join = _JOIN.match(sentence, pos)
        if join is None and (not items or items[-1][0]) and (tail := _APPOSED_TAIL.match(sentence, pos)):
            # "the pastor, a father of three, and his wife": the apposition is the pastor himself; "the head of the
            # village, and his son": the first victim's own words
            items = items[:-1]
            pos = tail.end()
            join = _JOIN.match(sentence, pos)
        if join is None:
            break
        at, comma = join.end(), join.group().strip() == ","
        if _part_opener().match(sentence, at):
            break  # "killed 12 people, mostly women and children": the same people described, no one more
        m = figure.match(sentence, at)
        found = _person(sentence, m.end() if m else at, person, after_figure=m is not None)
        if found is None or _NEW_CLAUSE.match(sentence, found[1]):
            listed = found is None and not comma and _names_animals(sentence, at) \
                and not ("," in join.group() and article)  # "Musa Ali, a farmer, and his cattle": an aside's comma
            break
        if m is not None:
            k, bounded = to_int(m.group("n")), bool(m.group("bound")) or vague(m.group("n"))
        else:
            k, bounded = people_named(found[0])  # "his son" one, "his twins" two, "his guards" two or more
        if k is None:
            break
        article = m is None and _TOKEN.match(sentence, at).group().lower() in _ARTICLES
        pos = found[1]
        if comma and article and not items and _ends_in_name(sentence, first_end):
            continue  # "Musa Ali, a village head, and his son": a name's apposition is the named victim himself
        items.append((comma, k, bounded, found[1]))
    while items and items[-1][0] and not listed:
        items.pop()  # "the pastor, a father of three, ...": a comma with no "and" after it sets off an apposition
    return Companions(sum(k for _, k, _, _ in items), items[-1][3] if items else first_end,
                      any(b for _, _, b, _ in items))


@lru_cache(maxsize=1)
def _part_opener() -> re.Pattern[str]:
    """A word that opens a description of the people before it ("including", "mostly", "among them")."""
    return re.compile(r"(?:" + part_openers() + r")\b", re.I)


@lru_cache(maxsize=1)
def _of_tail() -> re.Pattern[str]:
    """The of-phrase that goes on naming a first victim up to the next join: a parent's children ("(a mother) of four",
    "(a father) of six children") or whose or where the person is ("(the head) of the village", "(a member) of the
    vigilante group")."""
    figure = r"(?:\d{1,2}|" + number_words.below_hundred() + r")"
    phrase = r"(?:the|a|an|his|her|their|its)\s+(?:(?!(?:and|in|on|at|near|who|which|that|were|was)\b)[\w'’-]+\s+){0,2}?[\w'’-]+"
    # ("a father of two and three of his ...": no figure after a parent's, which would make it a range)
    return re.compile(r"\s+of\s+(?:" + figure + r"(?:\s+(?:children|kids|sons|daughters))?(?!\s*,?\s*(?:and|or|to)\s+"
                      + figure + r"\b)|" + phrase + r")(?=\s*(?:,|\b(?:and|as well as|along with|together with|alongside)\b))",
                      re.I)


_ANIMAL_REACH = 5  # words of an item read for its animal noun: "two of their stray dogs", "40 head of cattle"


def _names_animals(sentence: str, at: int) -> bool:
    """The item at `at` names animals ("two cows", "their goats", "40 head of cattle"): a noun of the animal lexicon
    among its first words, before a word that ends an item."""
    for _, w in zip(range(_ANIMAL_REACH), _TOKEN.finditer(sentence, at)):
        if is_animal_noun(w.group()):
            return True
        if w.group().lower() in ENDS_ITEM - {"of"}:
            return False
    return False


def person_end(sentence: str, at: int, is_person: Callable[[str], bool], after_figure: bool = False) -> int | None:
    """End of one person item at `at` ("his son", "a retired judge", "security guard constable Farooq Ahmed"), else
    None (`_person`)."""
    found = _person(sentence, at, is_person, after_figure)
    return found[1] if found else None


def _person(sentence: str, at: int, is_person: Callable[[str], bool], after_figure: bool = False) \
        -> tuple[str, int] | None:
    """The person noun of the item at `at` and the item's end, else None: a person noun within the first words,
    then its name or title words. After a determiner or a figure the words before the noun are adjectives ("his
    injured son"); without one, a verb there opens a new predicate ("wounded his son")."""
    words = [m for _, m in zip(range(MAX_WORDS * 2 + 1), _TOKEN.finditer(sentence, at))]
    if not words or words[0].start() != at:
        return None
    i = 1 if words[0].group().lower() in _DETERMINERS and not after_figure else 0
    modified = after_figure or i == 1
    for j in range(i, min(len(words), i + MAX_BEFORE_NOUN + 1)):
        w = words[j].group()
        if w.lower() in ENDS_ITEM or not _adjacent(sentence, words, j) or \
                (_VERB_LIKE.fullmatch(w) and not (modified and w[0].isalpha())):
            return None
        if is_person(w):
            if w.lower() in plural_nouns() and (of := set_of(sentence, words[j].end(), is_person)) is not None:
                return (w, of) if of > 0 else None  # "a pair of guards" are people, "a pair of oxen" none
            return w, _title_words_end(sentence, words[j].end())  # "driver head constable Nazeer Ahmed"
    return None


_OF_WORDS = re.compile(r"\s+of((?:\s+[\w'’-]+){1,3})")


def set_of(sentence: str, pos: int, is_person: Callable[[str], bool]) -> int | None:
    """A set noun ("pair", "couple", "trio") ending at `pos` with an of-phrase after it counts what that phrase
    names: the phrase's end when a person noun is among its first words ("a pair of police officers"), -1 when none
    is ("a pair of oxen", "a couple of hours": no people), None when no of-phrase follows ("the pair")."""
    m = _OF_WORDS.match(sentence, pos)
    if m is None:
        return None
    at = m.start(1)
    for w in re.finditer(r"[\w'’-]+", m.group(1)):
        if w.group().lower() in ENDS_ITEM:
            break
        if is_person(w.group()):
            return at + w.end()
    return -1


def _ends_in_name(sentence: str, end: int) -> bool:
    """The first victim, ending at `end`, ends in a capitalised name ("killed Musa Ali"): a comma and an article after
    it open his apposition, not another victim ("a farmer, a trader, and his son" lists three)."""
    last = sentence[:end].rstrip().rsplit(None, 1)[-1:]
    return bool(last) and last[0][:1].isupper() and last[0][1:2].islower()


def _title_words_end(sentence: str, pos: int) -> int:
    """End of the words that go on naming a person after `pos`: titles and names, up to a preposition, a relative
    word, a verb or punctuation."""
    for _, w in zip(range(MAX_WORDS), _TOKEN.finditer(sentence, pos)):
        if sentence[pos:w.start()].strip() or w.group().lower() in ENDS_ITEM or _VERB_LIKE.fullmatch(w.group()) \
                or _NAMED_AS.match(sentence, pos) or _NEW_CLAUSE.match(sentence, pos):
            break  # "a man (known as Baba Ali)": the name's own phrase; "and 40 others (hid)": a new clause's verb
        pos = w.end()
    return pos


def _adjacent(sentence: str, words: list[re.Match[str]], j: int) -> bool:
    """Word j follows the one before it across spaces only (no comma or stop between them)."""
    return j == 0 or not sentence[words[j - 1].end():words[j].start()].strip()


# the last item of a subject, joined by "and" or a comma: "(a farmer) and his two cows", "(two herders) and 40 cattle"
_LAST_ITEM = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|as well as|along with|together with|alongside)\s+)"
                        r"(?:(?:his|her|their|its|the)\s+)?(?:(?!(?:and|as|along|together|alongside)\b)[\w'’-]+\s+){0,3}?"
                        r"(?P<noun>[\w'’-]+)\s*$", re.I)
_SUBJECT_REACH = 160  # characters of a subject read back from its verb


def people_before_animals(subject: str, is_animal: Callable[[str], bool]) -> int | None:
    """Where the people of a subject end when animals are joined after them ("A farmer and his two cows", "two
    herders, their goats and 40 cattle"): animals are never a toll's victims, so the people before them are the
    subject the toll counts. None when the subject's last item names no animal."""
    cut = None
    for _ in range(MAX_ITEMS):
        at = max(0, len(subject) - _SUBJECT_REACH)
        m = _LAST_ITEM.search(subject, at)
        if m is None or not is_animal(m["noun"]):
            break
        cut = m.start()
        subject = subject[:cut]
    return cut

