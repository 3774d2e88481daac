"""People joined to a first one in the subject of a passive casualty verb: "A man and his two sons were killed" (3),
"a woman and her daughter were shot dead" (2), "an elderly couple was killed" (2), "two brothers and their cousin
were shot dead" (3), "Amina Bello and her son were killed" (2).

The victim-list reader (`victim_lists`) reads subjects whose every item opens with a figure; a subject that names
its first person with an article and joins relatives by a possessive ("and his two sons") has none to read. Here the
first person is read at the start of a clause, `companions.read` counts the people joined to it, and the subject
must run right up to the verb's auxiliary, so a person inside a longer phrase ("a man who saw two ...") adds no one.
A noun that names several people by itself ("couple", "twins": data/plural_nouns.csv) counts as many.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from worker.extract import companions, number_words, restatements, toll_phrases
from worker.extract.companions import plural_nouns
# the first person opens its clause: the sentence start, a punctuation mark, or a word that starts a clause
# ("both the driver and the conductor": "both" opens a pair, its first person after it)
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:(—–-]|\b(?:that|when|after|as|while|and|but|said|says|say|where|before|both))\s*$",
                          re.I)
# "his wife and daughter were wounded"; a figure heads a plural first item ("two brothers and their cousin", "both
# brothers and ...", "fourteen students and their teacher": data/number_words.csv)
# (a pronoun heads it too when people are joined to it: "she and her son were killed", "he and his wife died")
_HEAD = re.compile(r"\b(?:a|an|one|the|his|her|their|(?P<pron>he|she)(?=\s+and\s)|(?P<fig>\d{1,3}|"
                   + number_words.below_hundred() + r"|" + number_words.BOTH + r"))\s", re.I)
# a person's name heads the subject too: "Amina Bello and her son were killed" (two to four capitalised words)
_NAME_HEAD = re.compile(r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3}")
_APPOSED = re.compile(r"\s*,?\s*")  # "the victims, a nurse and her husband, were shot dead": the aside's closing comma
_WORD = re.compile(r"[\w'’-]+")
_ALSO = re.compile(r"\balso\b", re.I)
# the head's own words up to the comma of an aside ("(four members) of one family,"); no joining word among them
_HEAD_WORDS_COMMA = re.compile(r"(?:\s+(?!(?:and|or|as|plus|along|together|with)\b)[\w'’-]+){0,4}\s*,", re.I)
_REACH = 160  # characters a subject may span before its verb


def _ends_subject(subject: str, end: int) -> bool:
    """The people end the subject at `end`: only an aside's comma follows, or only animals joined to them ("a farmer,
    his wife and two cows were killed": the cows are no victims, the two before them are)."""
    return bool(_APPOSED.fullmatch(subject, end)) or \
        companions.people_before_animals(subject, toll_phrases.is_animal_noun) == end


@dataclass(frozen=True)
class JoinedSubject:
    n: int
    bounded: bool
    start: int
    end: int  # end of the verb
    also: bool  # "were also killed": more dead than told before
    joined: int  # people joined to one first person ("a judge and his two guards": 2); 0 after a plural noun


def read(sentence: str, tail: re.Pattern[str], figure: re.Pattern[str], to_int: Callable[[str], int | None],
         is_person: Callable[[str], bool], vague: Callable[[str], bool]) -> list[JoinedSubject]:
    """The subjects of `tail` (auxiliary and casualty verb, matched right after the subject) that join people to a
    first one, or name a set of people with one noun; a lone person is left to the caller's singular reading. A
    joined plural ("and his sons") or vague figure ("several of his aides") makes the count a floor (`companions`)."""
    if not tail.search(sentence):
        return []
    def person(word: str) -> bool:
        return is_person(word) or word.lower() in plural_nouns()
    out: list[JoinedSubject] = []
    for verb in tail.finditer(sentence):
        subject = sentence[:verb.start()]  # cut at the auxiliary: the last item is followed by no new clause
        for h in _HEAD.finditer(subject, max(0, verb.start() - _REACH, out[-1].end if out else 0)):
            if not _CLAUSE_OPEN.search(subject, max(0, h.start() - 12), h.start()):
                continue
            fig = h.group("fig")
            end = h.end("pron") if h.group("pron") else \
                companions.person_end(subject, h.end() if fig else h.start(), person, after_figure=bool(fig))
            if end is None:
                continue
            first = (to_int(fig) or 1) if fig else 1 if h.group("pron") else \
                max((plural_nouns().get(w.group().lower(), 1) for w in _WORD.finditer(subject, h.start(), end)), default=1)
            if (gap := _HEAD_WORDS_COMMA.match(subject, end)) and subject.rstrip().endswith((",", "-", "–", "—")):
                continue  # "the victims, a nurse and her husband,": the aside after its head lists the people;
                # "four members of one family, a woman and her three children,": so does one after its own words
                # (or a dash closes it: "two people, a soldier and a civilian - were killed")
            more = companions.read(subject, end, figure, to_int, person, vague)
            if fig and gap is not None:
                more = _restated_removed(subject, h.start(), end, gap.end(), first, more, figure, to_int, person, vague)
            if fig and more.bounded:
                continue  # "30 students and lecturers were wounded": the figure counts both nouns
            if _ends_subject(subject, more.end) and (more.n or (first > 1 and not fig)):
                out.append(JoinedSubject(first + more.n, more.bounded, h.start(), verb.end(), bool(_ALSO.search(verb.group())),
                                         more.n if first == 1 else 0))
                break
        else:
            if (named := _named_head(subject, max(0, verb.start() - _REACH, out[-1].end if out else 0), figure, to_int,
                                     person, vague)) is not None:
                out.append(JoinedSubject(1 + named.n, named.bounded, named.start, verb.end(),
                                         bool(_ALSO.search(verb.group())), named.n))
    return out


# the comma that closes an aside before a join: "two people, a soldier and a policeman, and three civilians"
_ASIDE_CLOSE = re.compile(r",\s*(?:and|as well as|plus)\s", re.I)


def _restated_removed(subject: str, head: int, end: int, items: int, first: int, more: companions.Companions,
                      figure: re.Pattern[str], to_int: Callable[[str], int | None], person: Callable[[str], bool],
                      vague: Callable[[str], bool]) -> companions.Companions:
    """The people joined after a head figure less those of an aside that only re-tells it (`restatements`): "two
    people, a soldier and a policeman, and three civilians" adds the three, not the soldier and the policeman."""
    close = _ASIDE_CLOSE.search(subject, items, more.end)
    if close is None:
        return more
    told = companions.read(subject[:close.start()], end, figure, to_int, person, vague)
    if told.n and told.n <= more.n and restatements.restates(first, [told.n], subject[head:end], subject[end:items],
                                                             subject[items:told.end]):
        return companions.Companions(more.n - told.n, more.end, more.bounded)
    return more


def people_at(subject: str, at: int, figure: re.Pattern[str], to_int: Callable[[str], int | None],
              is_person: Callable[[str], bool], vague: Callable[[str], bool]) -> tuple[int, int] | None:
    """The people of the subject part that opens at `at` ("a woman and her three children": 4) and its end, else
    None: its first person (a figure's people, a set noun's, else one) and the people `companions` joins to it."""
    def person(word: str) -> bool:
        return is_person(word) or word.lower() in plural_nouns()
    h = _HEAD.match(subject, at)
    if h is None:
        return None
    fig = h.group("fig")
    end = companions.person_end(subject, h.end() if fig else h.start(), person, after_figure=bool(fig))
    if end is None or (fig and to_int(fig) is None):
        return None
    first = (to_int(fig) or 1) if fig else \
        max((plural_nouns().get(w.group().lower(), 1) for w in _WORD.finditer(subject, h.start(), end)), default=1)
    more = companions.read(subject, end, figure, to_int, person, vague)
    return first + more.n, more.end


@dataclass(frozen=True)
class _Named:
    n: int  # people joined to the named one
    bounded: bool
    start: int


def _named_head(subject: str, at: int, figure: re.Pattern[str], to_int: Callable[[str], int | None],
                person: Callable[[str], bool], vague: Callable[[str], bool]) -> _Named | None:
    """A person's name opening its clause with people joined to it up to the auxiliary ("Amina Bello and her son",
    "Police said Musa Ali and two of his guards"); a name that is a group, a people or a place names no person."""
    from worker.extract.named_victims import is_person_name  # reads the group lexicons: imported when needed
    for h in _NAME_HEAD.finditer(subject, at):
        if not _opens_named(subject, h.start(), person) or not is_person_name(h.group()):
            continue
        more = companions.read(subject, h.end(), figure, to_int, person, vague)
        if more.n and _ends_subject(subject, more.end):
            return _Named(more.n, more.bounded, h.start())
    return None


# a title of up to three words before a name, its last a person noun: "Radio host Luis Gomez", "police officer Ana Ruiz"
_TITLE = re.compile(r"(?:[\w'’-]+\s+){0,2}(?P<noun>[\w'’-]+)\s+$")


def _opens_named(subject: str, at: int, person: Callable[[str], bool]) -> bool:
    """The name at `at` opens its clause, itself or after its title ("Radio host Luis Gomez and his son were shot
    dead": the title names the same person, and the clause opens before it)."""
    if _CLAUSE_OPEN.search(subject, max(0, at - 12), at):
        return True
    # each word start of the last three words: "Police said radio host Luis Gomez" opens after "said"
    for w in _WORD_START.finditer(subject, max(0, at - 60), at):
        t = _TITLE.match(subject, w.start(), at)
        if t and person(t.group("noun")) and _CLAUSE_OPEN.search(subject, max(0, t.start() - 12), t.start()):
            return True
    return False


_WORD_START = re.compile(r"(?<![\w'’-])[\w'’-]")
