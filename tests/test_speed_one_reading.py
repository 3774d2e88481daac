"""casualties._cached_counts reads a sentence twice only when moving its manner of death ("shot his wife and two
children dead" -> "shot dead his wife and two children") changes the text the reading sees: a sentence whose only
change was a day, an age or a clock time blanked early (the reading blanks them anyway) prepares to the same text,
and its second reading is skipped. The counts must be those of the two-read formula on every sentence."""
from __future__ import annotations

import pytest

from worker.extract import casualties as C
from worker.extract import toll_phrases

_SENTENCES = [
    "On March 5, a suicide bomber killed 7 people in Gao, police said.",
    "On July 14 gunmen shot dead 3 farmers near Tillaberi, the mayor said.",
    "A man, 45, and his son, 12, were stabbed to death in Kisumu on Tuesday.",
    "The blast at 5:30 killed two traders at the Bamenda market.",
    "Militiamen hacked a village chief and his two wives to death in Ituri on May 2.",
    "Attackers burned three herders alive in Benue state on June 9, officials said.",
    "A soldier shot his commander and two colleagues dead at a base near Peshawar.",
    "Police said the robbers beat a shopkeeper, 60, to death on the night of April 3.",
    "No one was killed when the bomb went off on September 21 in Quetta.",
    "Six people, aged between 20 and 45, were shot dead in Culiacan on Friday.",
    "Gunmen stoned two women to death and injured four others in Zamfara on August 30.",
    "In March 12 soldiers were killed in ambushes in Cabo Delgado, the army said.",
    "Since May 5 three policemen have died of their wounds in Kirkuk.",
    "The couple were found dead on October 11 with gunshot wounds, police in Tegucigalpa said.",
    "A mob lynched a suspected thief, 19, in Kampala on Sunday; no one else was hurt.",
    "Insurgents shot the district chief alive? No: they shot him dead on December 1 in Kunduz.",
]


def _two_reads(sentence: str, kind: str) -> tuple[C.Count, ...]:
    """The formula before: the moved sentence read in full whenever it differs from the sentence."""
    found = C._counts_of(sentence, kind)
    if kind == "killed" and (moved := toll_phrases.manner_first(toll_phrases.blank_ages_and_times(sentence))) != sentence:
        if not found or (C.merge(again := C._counts_of(moved, kind))[0] or 0) > (C.merge(found)[0] or 0):
            found = again if found else C._counts_of(moved, kind)
    return tuple(found)


@pytest.mark.parametrize("sentence", _SENTENCES)
@pytest.mark.parametrize("kind", ["killed", "injured", "arrested"])
def test_one_reading_counts_as_two(sentence: str, kind: str) -> None:
    C._cached_counts.cache_clear()
    assert C._cached_counts(sentence, kind) == _two_reads(sentence, kind)


def test_a_blanked_day_alone_is_read_once() -> None:
    sentence = "On March 5, a suicide bomber killed 7 people in Gao, police said."
    moved = toll_phrases.manner_first(toll_phrases.blank_ages_and_times(sentence))
    assert moved != sentence  # the day blanked: the old formula read it twice
    assert C._prepared(moved, "killed") == C._prepared(sentence, "killed")


def test_a_moved_manner_is_read_again() -> None:
    sentence = "A soldier shot his commander and two colleagues dead at a base near Peshawar."
    moved = toll_phrases.manner_first(toll_phrases.blank_ages_and_times(sentence))
    assert C._prepared(moved, "killed") != C._prepared(sentence, "killed")
