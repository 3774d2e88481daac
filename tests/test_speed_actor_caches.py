"""Speed changes in the actor readers that must not change an answer: other_acts.in_peaceful_time_clause cached per
(sentence, span) (each incident of a long text asks again of the same sentences' groups), and
actors._without_combatants testing the cheap service-word lookup before the demonym lookup (the same pairs blanked)."""
from __future__ import annotations

import re

import pytest

from worker.extract import actors, other_acts

_CASES = [
    ("A day after Taliban negotiators met US envoys in Doha, a bomb killed 9 people in Kabul.", "Taliban"),
    ("The attack came as Houthi and government delegates held talks in Muscat, officials said.", "Houthi"),
    ("Eight people were killed as Houthi rebels advanced on Marib on Sunday.", "Houthi"),
    ("After al-Shabaab fighters entered the town, they shot dead six elders.", "al-Shabaab"),
    ("ADF rebels killed 12 villagers near Beni on Tuesday, the army said.", "ADF"),
]


@pytest.mark.parametrize("sentence,group", _CASES)
def test_cached_peaceful_clause_answers_as_uncached(sentence: str, group: str) -> None:
    start = sentence.index(group)
    end = start + len(group)
    for _ in range(2):  # the second call is a cache hit
        assert other_acts.in_peaceful_time_clause(sentence, start, end) == \
            other_acts.in_peaceful_time_clause.__wrapped__(sentence, start, end)


def _reference(text: str) -> str:
    """_without_combatants with its demonym test first, as before."""
    from worker.extract import group_names
    from worker.extract.syntax import word_lists
    service, kin = set(word_lists()["service_words"]), set(word_lists()["kin_words"])
    words = list(re.finditer(r"[\w'’-]+", text))
    out = list(actors._ARMED_PEOPLE.sub(lambda m: " " * len(m.group()), text))
    for a, b in zip(words, words[1:]):
        if text[a.end():b.start()].strip():
            continue
        first, second = a.group(), b.group()
        if group_names.is_force(first) and not first.endswith(("'s", "’s", "s'", "s’")) and second.lower() not in kin:
            out[b.start():b.end()] = " " * len(second)
        elif group_names.demonym_plural(first) and second.lower() in service:
            out[a.start():a.end()] = " " * len(first)
    return "".join(out)


@pytest.mark.parametrize("text", [
    "two Syrians fighting for the government and three army doctors",
    "Nepalis serving in the Russian army, police drivers and military families",
    "armed herders and five Afghans working as cooks",
    "Yemenis, Somalis and the Philippines",
])
def test_combatant_words_blanked_as_before(text: str) -> None:
    assert actors._without_combatants(text) == _reference(text)
