"""A group that tells the deed as its own: "the Islamic State group said two of its members had detonated explosive
belts", "al-Shabaab said in a statement that its fighters had overrun the base", "ISIS said the group captured ...".

A claim need not say "claimed responsibility": a report verb whose clause makes the speaker's own men (a pronoun that
points back at the speaker: "its fighters", "one of their members", "the group", "it") the subject of a violence
verb of attack or killing names the speaker as the doer. Such a sentence often carries no event word of the lexicon
("overran", "blew himself up"), so it is also what joins it to the event told before it. The words are data: role_words.csv
report_verbs and claim_verbs (the speaking), member_nouns, people_member_nouns and deed_nouns (its men; deed_nouns
names them by their deed rather than their rank: "one of its suicide bombers") and deed_verbs (the deed); a passive
("its fighters were killed") or a negation ("its men had not attacked") is no deed of theirs.
"""
from __future__ import annotations

from functools import cache

from worker.extract.alternation import literal
from worker.extract import number_words
from worker.extract.speech_verbs import report_words
from worker.extract.syntax import word_lists

@cache
def _subject(men_only: bool) -> str:
    """The speaker's own men as the subject of the deed; unless `men_only`, the speaker itself too ("the group",
    "it", "they")."""
    lists = word_lists()
    men = literal(lists["member_nouns"] + lists["people_member_nouns"] + lists["deed_nouns"])
    # who among them: "two of its members", "one of their fighters", "some of its men"
    part = r"(?:(?:\d+|" + number_words.alternation("cardinal", "vague") + r")\s+of\s+)?"
    return (r"(?:" + ("" if men_only else r"the group|it|they|") + part + r"(?:its|their)\s+(?:own\s+)?(?:(?-i:[a-z][\w-]*)\s+)?(?:"
            + men + r"))")


@cache
def own_deed(men_only: bool = False, negated: bool = False) -> str:
    """The pattern (a string, to anchor or embed) of a report or claim verb whose clause, within the sentence, gives
    the deed to the speaker's own men: "said in a statement that its fighters had overrun", "claimed one of its
    members detonated"; unless `men_only`, to the speaker itself too ("ISIS said the group captured"), which a
    force's account of its own strike shares ("the army said it had targeted a gathering of terrorists": whom it
    says it struck, not a claim that tells the victims). `negated`: the deed denied instead ("the Houthis said their
    forces had not attacked the depot", "X said it did not carry out"): a denial, which names no doer."""
    lists = word_lists()
    speak = literal([*report_words(according=False), *lists["claim_verbs"]])
    # a deed is an attack or a killing in the active voice (role_words.csv deed_verbs): not "its members detained in
    # the raid", "its fighters burned their weapons", "had not arrested", "did not use force", "had not been wounded"
    deed = literal(lists["deed_verbs"] + ([] if negated else ["blown"]))
    # the speaker's own clause: no other clause ("and that", "adding", a comma) between, whose "they" is another's
    gap = r"(?:(?!\band\s+that\b|\badding\b)[^.;:!?,]){0,60}?"
    return (r"\b(?:" + speak + r")\b" + gap + r"\b(?:that\s+)?" + _subject(men_only) + r"\s+"
            + (r"(?:(?:had|has|have|did|does|do)\s+)?(?:not|never)\s+" if negated else
               r"(?:(?:had|has|have|then|later|also|reportedly)\s+){0,2}")
            + r"(?:" + deed + r")\b" + _NOT_DISARMING)


# a deed on its own weapons is a disarmament ("30 of its fighters burned their weapons at a ceremony")
_NOT_DISARMING = r"(?!\s+(?:their|its)\s+(?:own\s+)?(?:weapons|arms|guns|rifles)\b)"

