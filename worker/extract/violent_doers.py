"""Whether a casualty word ("killed", "shot", "wounded") has a violent doer: "villagers were killed by bandits",
"jihadists shot worshippers". A casualty word alone may tell an accident, a disease or a match; told with an armed
doer it tells an attack even when the text counts no one ("villagers", "worshippers", "several people").

The doers are the armed nouns of data/role_words.csv (gunmen, bandits, militiamen, jihadists, ...) and the non-state
groups and labels of data/groups.csv (Boko Haram, al-Shabaab, herdsmen), with their hedges and descriptors
("suspected", "armed", "unknown") and up to two name words before the noun ("Fulani militiamen").
"""
from __future__ import annotations

import re
from functools import cache

from worker.extract.gazetteer import data_rows
from worker.extract.alternation import grouped_literal, literal
from worker.extract.doer_words import RANK_AND_QUALITY, doer_alternation, doer_words
from worker.extract.syntax import word_lists

# nouns of the armed list that name a rank or a quality, not who did the violence ("commander", "armed", "cadre"); a
# suspect is under suspicion, not armed: "residents torched the homes of murder suspects" has the suspects for victims
_NOT_DOERS = RANK_AND_QUALITY | {"operative", "operatives", "cadre", "cadres", "suspect", "suspects"}


@cache
def doer_nouns() -> str:
    """The armed nouns of data/role_words.csv that name who did violence ("bandits", "islamists"), as one
    alternation, longest first; data files name them as "{armed_nouns}" (data/precedence.csv)."""
    return doer_alternation(_NOT_DOERS, violent=False)


@cache
def _doer_word() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + doer_nouns() + r")\b", re.I)


def names_doer(text: str) -> bool:
    """The text names an armed doer by its noun ("attackers", "gunmen", "militants"), wherever it stands."""
    return bool(_doer_word().search(text))


@cache
def _crime_mark() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + literal(word_lists()["crime_marks"]) + r")\b", re.I)


def tells_crime(text: str) -> bool:
    """The text tells a crime's motive or a personal quarrel (data/role_words.csv crime_marks: robbers, a ransom,
    a domestic dispute, an argument, a colleague who shot): armed men who kill for money or in a quarrel chose no
    one for who he is, so a victim named by a trade is no target of an assassination."""
    return bool(_crime_mark().search(text))


@cache
def doer_marks() -> str:
    """The hedges and descriptors (data/role_words.csv: "unknown", "suspected", "armed", "masked") as one
    alternation: before a plain noun of people ("unknown persons", "armed men") they make it a doer."""
    lists = word_lists()
    return literal(lists["hedges"] + lists["descriptors"])


@cache
def _doer() -> str:
    """One alternation over the violent doers, hedges and descriptors before them."""
    lists = word_lists()
    nouns = doer_words(_NOT_DOERS, force=True)
    names = [a.strip() for r in data_rows("groups.csv") if r["kind"] != "state"
             for a in r["aliases"].split("|") if a.strip()]
    # tried at every word before each casualty word: grouped, the same matches
    words = grouped_literal([*nouns, *names])
    hedges = doer_marks()
    # "unknown persons", "armed men": a plain noun of people is a doer only with a hedge or a descriptor before it
    people = r"(?:(?:" + hedges + r")\s+)+(?:men|persons|people|individuals|youths|elements)"
    # "a man armed with a knife", "two youths armed with machetes": a person the text arms with a blade or a gun
    arms = literal(lists["hand_weapons"])
    armed = (r"(?:[\w'’-]+\s+){0,2}?(?:man|men|woman|women|person|persons|people|individuals?|youths?|teen(?:ager)?s?|"
             r"boys?|attackers?|assailants?|suspects?|assailants?)\s+armed\s+with\s+(?:an?\s+|the\s+|\w+\s+)?"
             r"(?:[\w-]+\s+)?(?:" + arms + r")")
    return (r"(?:" + armed + r"|" + people + r"|(?:(?:" + hedges + r")\s+){0,2}(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}?(?:(?:" + hedges
            + r")\s+)?(?:" + words + r"))")


# the words an adjunct may put between a casualty word and its by-phrase ("killed on Sunday in Dansadau, Zamfara state,
# by bandits"), never one that opens another clause or a statement
# a separator, atomic ("optional blanks, a comma, blanks" or "blanks"): a run of blanks left by a mask is taken whole,
# never split between two quantifiers (that split, repeated per word, backtracked without end on masked text)
_SEP = r"(?>\s*,\s+|\s+)"
_GAP = (r"(?:" + _SEP + r"(?!(?:and|but|or|who|which|that|when|while|after|before|because|as|said|says|told|according|"
        r"then|later)\b)[\w'’-]+){0,8}?")


@cache
def _after() -> re.Pattern[str]:
    """"killed by (suspected) bandits", "at the hands of jihadists", "killed in their fields in Guma allegedly by
    herdsmen": the doer in a by-phrase, after at most a short adjunct; a doer noun that owns what follows ("by the
    Pirates' bullpen") is no doer."""
    return re.compile(_GAP + _SEP + r"(?:(?:allegedly|reportedly|apparently|presumably)\s+)?(?:by|at the hands of)\s+"
                      r"(?:an?\s+|the\s+|some\s+)?(?:(?:group|gang|band|mob) of\s+)?" + _doer() + r"\b(?!['’])", re.I)


# between a doer subject and its verb: an auxiliary or an adverb of the report, never a passive's "were"
_BETWEEN = r"(?:(?:have|has|had|reportedly|allegedly|also|then|later|again|on\s+\w+day|overnight)\s+){0,2}"


@cache
def _before() -> re.Pattern[str]:
    """"bandits killed", "al-Shabaab militants have reportedly shot": the doer as the subject of the verb."""
    return re.compile(r"(?<![\w'’-])" + _doer() + r"\s+" + _BETWEEN + r"$", re.I)


_PASSIVE_AFTER = re.compile(r"\s+(?:by|in|during)\b", re.I)
# "killed off", "killed it": a phrasal or figurative use (a rival knocked out of a match), no casualty
_FIGURATIVE = re.compile(r"\s+(?:off|it)\b", re.I)


def has_violent_doer(sentence: str, start: int, end: int) -> bool:
    """The casualty word at sentence[start:end] has a violent doer: in a by-phrase after it, or as its subject
    right before it ("Five bandits killed by soldiers" is a headline's passive: the bandits are its victims).
    "Were killed off by Orlando Pirates" is a match's figure of speech, no casualty."""
    if _FIGURATIVE.match(sentence, end):
        return False
    if _after().match(sentence, end):
        return True
    return bool(_before().search(sentence, max(0, start - 120), start)) and not _PASSIVE_AFTER.match(sentence, end)
