"""Towns named beside the scene: where a statement was made ("the army said in a statement from X", "Speaking to
reporters in X"), where people came from ("three traders from X", "who had travelled from X") or where they are
based when the sentence places the event elsewhere ("soldiers based in X were ambushed near Y"). Such a town is
the scene only when the incident's sentences name no other town (`scene_choice`): reporters may stand at the scene,
and "villagers from X were abducted" names no other place. Words as data: data/aside_words.csv."""
from __future__ import annotations

import re
from typing import NamedTuple
from functools import cache

from worker.extract.gazetteer import data_rows, any_trigger
from worker.extract.alternation import literal
from worker.extract.last_text import last_text_at
from worker.extract.name_readings import _people_nouns
from worker.extract.place_roles import event_there, sentence_rest
from worker.extract.place_words import KIND


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(r["word"].strip().lower() for r in data_rows("aside_words.csv") if r["kind"] == kind)


@cache
def _speech_before() -> re.Pattern[str]:
    """A speech word, at most five words of its frame (no clause break, no "that"), then "in"/"from"/"at"."""
    words = literal(_words("speech"))
    return re.compile(r"\b(?:" + words + r")\b(?:\s+(?!that\b|there\b|where\b)[\w'’-]+){0,5}?\s+(?:in|from|at)\s+"
                      r"(?:the\s+)?(?:(?:city|town|capital) of\s+)?$", re.I)


# ("the victims, all from X": the people's noun, then their home in an aside)
_FROM_BEFORE = re.compile(r"\b(?P<word>[a-z]+)(?:\s+|,\s+(?=(?:all|mostly)\b))(?:(?:originally|all|mostly)\s+)?from\s+(?:the\s+)?"
                          r"(?:(?:city|town|village|state|region|province) of\s+)?$", re.I)


def speech_seat(text: str, start: int, end: int) -> bool:
    """The place ends the frame of a statement ("said in a statement from X", "told reporters in X") that tells no
    violence of its own ("said gunmen killed 12 people in X" places the killing)."""
    m = _speech_before().search(text, max(0, start - 80), start)
    return m is not None and not any_trigger().search(text, m.start(), start) and not event_there(text, end)


def _people_noun(word: str) -> bool:
    nouns, w = _people_nouns(), word.lower()
    return w in nouns or any(w.endswith(p) and w[:-len(p)] + one in nouns for p, one in (("men", "man"), ("ies", "y"),
                                                                                           ("s", "")))


# "twelve people, most of them from X,", "the victims, who were all from X,": people's home told of them in an aside
_THEIR_HOME_BEFORE = re.compile(r"\b(?:of\s+(?:them|whom)|who\s+(?:were|are))(?:\s+(?:all|mostly|originally))?\s+from\s+"
                                r"(?:the\s+)?$", re.I)


def origin(text: str, start: int) -> bool:
    """The place is where people came from: "from X" right after a noun of people ("traders from X", "gunmen from
    X"), a verb of coming ("who had travelled from X", "hailing from X") or the people's pronoun ("most of them
    from X", "who were from X")."""
    if _THEIR_HOME_BEFORE.search(text, max(0, start - 40), start):
        return True
    m = _FROM_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and (m.group("word").lower() in _words("motion") or _people_noun(m.group("word")))


# "soldiers based in X", "villagers living in X", "the victims, all residents of X,": where people the event befell
# are at home
_BASED = re.compile(r"\b(?:(?:based|stationed|garrisoned|posted|deployed|headquartered|living|residing)\s+(?:in|at)|"
                    r"(?P<resident>residents?|natives?|indigenes?|inhabitants?)\s+of)\s+(?:the\s+)?$", re.I)
# what stands between a home and the place it lies in: nothing, or an appositive of its kind (", a village",
# ", a small farming community", ", the district headquarters")
_WHERE_IT_LIES = re.compile(r"\s*(?:,\s*(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,3}?" + KIND + r"(?:\s+headquarters)?\s*)?",
                            re.I)
# "... were ambushed near Y", "... in the village of Y": a place the rest of the sentence names
_PLACE_LATER = re.compile(r"\b(?:in|at|near|outside|around)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:town|village|city\s+of\s+)?"
                          r"(?-i:[A-Z])")
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


@cache
def _presence_before() -> re.Pattern[str]:
    """A verb of keeping ("has", "keeps", "maintains": data/aside_words.csv, kind keeping), a few words, a noun of a
    force or mission ("troops", "peacekeepers", "embassy": kind presence), then "in". Without the verb (or a
    participle of posting, `_BASED`) "soldiers in X", "a base in X" are as often the victims or the target of the
    event told there ("killed 12 soldiers in Mali", "attacked a military base in Somalia")."""
    return re.compile(r"\b(?:" + literal(_words("keeping")) + r")\s+(?:[\w,'’-]+\s+){0,5}?(?:"
                      + literal(_words("presence")) + r")\s+in\s+(?:the\s+)?$", re.I)


def based(text: str, start: int) -> bool:
    """The place is where people or a force are based or kept ("a group based in X", "residents of X", "France has
    troops in X"), said whatever the rest of the sentence names: the words tell no event there."""
    posted = _BASED.search(text, max(0, start - 40), start)
    if posted is not None and _STRUCK_BEFORE.search(text, max(0, posted.start() - 50), posted.start()):
        return False  # "gunmen attacked soldiers stationed in X": the post struck is the scene
    return posted is not None or _presence_before().search(text, max(0, start - 80), start) is not None


# "attacked soldiers stationed in", "killed two peacekeepers based in": the ones posted there are the victims
_STRUCK_BEFORE = re.compile(r"\b(?:killed|killing|kills|attacked|attacking|attacks|ambushed|ambushing|wounded|wounding|"
                            r"injured|injuring|struck|striking|targeted|targeting|kidnapped|abducted|shelled|stormed|"
                            r"raided|overran|hit)\s+(?:[\w,'’-]+\s+){0,4}?$", re.I)


def home(text: str, start: int, end: int) -> bool:
    """The place is where people are based ("soldiers based in X were ambushed near Y") and the rest of the sentence
    places the event elsewhere in a clause that is not denied ("were not ambushed near Y; they were attacked in
    their barracks" leaves X the scene). Alone ("gunmen attacked soldiers stationed in X") X is the scene."""
    based = _BASED.search(text, max(0, start - 40), start)
    if based is None:
        return False
    rest = sentence_rest(text, end)
    # "residents of Tudun Wada in Zaria LGA", "residents of Kafin Koro, a farming village in Paikoro LGA": a place
    # right after the home, or in an appositive that says what the home is, is where the home lies, not the scene
    return any(not _NEGATION.search(rest, 0, m.start()) for m in _PLACE_LATER.finditer(rest)
               if not based.group("resident") or not _WHERE_IT_LIES.fullmatch(rest, 0, m.start()))


# "Kano-based traders", "Kabul-bound convoys", "a Lagos-born trader": the town in an adjective of people or vehicles
_TOWN_ADJECTIVE = re.compile(r"[-‐](?:based|bound|born|registered|headquartered)\b", re.I)


_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n)(?=[^.!?\n]*$)")
# the main clause only sets the story's event after the clause's ("comes days after", "followed a raid")
_COMES_AFTER = re.compile(r"\b(?:comes?|came|follows?|followed)\b[^,;:]{0,40}$", re.I)
_REACH = 400  # characters back to the sentence's start: news sentences stay under ~300


def recalled(text: str, start: int, end: int) -> bool:
    """The town is named in an "after" clause that recalls an earlier event beside the sentence's own ("A decade
    after the Chibok kidnapping, gunmen abducted 40 pupils in Zamfara"): the earlier event's place, not the scene of
    the event the rest of the sentence tells."""
    from worker.extract import types  # types reads the toll grammar; no cycle at import
    m = _SENTENCE_START.search(text, max(0, start - _REACH), start)
    s0 = m.end() if m else max(0, start - _REACH)
    sentence = text[s0:end] + sentence_rest(text, end)
    for a, b, _ in types.earlier_clauses(sentence):
        if a <= start - s0 < b:
            if _COMES_AFTER.search(sentence, 0, a):
                return False  # "The latest abduction comes days after ...": the story's event, no other scene
            rest = sentence[:a] + " " * (b - a) + sentence[b:]
            own = types.classify(rest)
            return own is not None and not own.followup and (own.strong or types.tolled(rest))
    return False


# "a villager in X village told reporters", "police officials at X town said", "a doctor at X town hospital said":
# a noun of people, "in"/"at", the town, its kind or care words, then a word of speech
_SPEAKER_IN = re.compile(r"\b(?P<word>[a-z]+)\s+(?:in|at)\s+(?:the\s+)?$", re.I)


@cache
def _speech_after() -> re.Pattern[str]:
    return re.compile(r"(?:\s+(?:" + KIND + r"|hospital|clinic|office|headquarters)){0,2}\s+(?:"
                      + literal(_words("speech")) + r")\b", re.I)


def speaker_town(text: str, start: int, end: int) -> bool:
    """The town is where the people quoted are ("a villager in X village told reporters", "officials at X town
    said"): the speakers' place, which does not by itself replace a district the sentence tells the deed in."""
    m = _SPEAKER_IN.search(text, max(0, start - 40), start)
    return m is not None and _people_noun(m.group("word")) and _speech_after().match(text, end) is not None


@last_text_at
def aside(text: str, start: int, end: int) -> bool:
    """A town named as a statement's seat, people's origin or base, in an adjective of home or destination
    ("Kano-based traders in Zamfara"), or in a recalled event's clause, not as where the incident happened."""
    return origin(text, start) or speech_seat(text, start, end) or home(text, start, end) \
        or _TOWN_ADJECTIVE.match(text, end) is not None or recalled(text, start, end) \
        or government_seat(text, start, end)


def government_seat(text: str, start: int, end: int) -> bool:
    """A capital standing for its government, the subject of a verb of speech or reaction ("Washington and London
    condemned the attack", "Moscow denied"): where a state speaks from, not a place of the event."""
    from worker.extract import countries, geonames  # countries reads places, which reads this module
    return geonames.fold(text[start:end]) in countries.capitals() \
        and countries.government_speaks(text, _Span(start, end))


class _Span(NamedTuple):
    start: int
    end: int
