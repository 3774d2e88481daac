"""Speed changes for trigger- and name-dense records (issue 17: no record ≥ 2 s) that must not change an answer:
the trigger rows scanned behind their guards, the violent doers as a grouped alternation, a sentence's died-of-wounds
spans read once, the placed mentions indexed by start, and a casualty cache that holds a long article's sentences.
The plain forms are kept here as oracles; the cost checks count work, never time."""
from __future__ import annotations

import random
import re

from worker.extract import casualties, places, toponyms, violent_doers
from worker.extract.alternation import grouped_literal, literal
from worker.extract.gazetteer import data_rows, triggers
from worker.extract.syntax import word_lists

# written for these tests: several countries, wordings and the letters whose case partner is ASCII (ſ, K, İ)
_TEXTS = [
    "Suspected herdsmen killed 14 villagers in Agatu on Sunday, police said.",
    "Two soldiers were killed by al-Shabaab militants near Afgoye, and three others were injured.",
    "A suicide car bomber blew himself up at a checkpoint in Kandahar, killing four policemen.",
    "Unknown gunmen shot dead a school teacher in Tumaco; residents heard gunshots before dawn.",
    "Fulani militiamen have reportedly attacked the farming village of Kwall, burning 30 homes.",
    "Five bandits killed by soldiers in Zamfara, the army said in a statement on Tuesday.",
    "A man armed with a machete stabbed three worshippers at a mosque in Ouagadougou.",
    "Rebels of the ADF ambushed a convoy near Beni; two of the wounded later died in hospital.",
    "THE ARMED MEN ABDUCTED 12 PASSENGERS AND KILLED THE DRIVER ON THE KADUNA-ABUJA ROAD.",
    "Jihadists ſhot dead five herders; a \u212aILLED count and İstanbul bombings are no news of theirs.",
    "Shelling by Russian forces hit Kharkiv overnight, wounding six, the regional governor said.",
    "Armed individuals set fire to a church in Cabo Delgado after killing the caretaker.",
]


def test_each_trigger_row_finds_the_spans_of_its_plain_pattern() -> None:
    for t in triggers():
        plain = re.compile(t.pattern, re.I)
        assert t.rx.pattern != t.pattern, "a trigger row lost its guards: every trigger sentence scans slower"
        for text in _TEXTS:
            assert [m.span() for m in t.rx.finditer(text)] == [m.span() for m in plain.finditer(text)], (t.pattern, text)


def _plain_before() -> re.Pattern[str]:
    """violent_doers._before with the doer names as the plain alternation it had."""
    lists = word_lists()
    nouns = [w for w in lists["armed_nouns"] + lists["force_nouns"] + lists["violent_nouns"]
             if w not in violent_doers._NOT_DOERS]
    names = [a.strip() for r in data_rows("groups.csv") if r["kind"] != "state"
             for a in r["aliases"].split("|") if a.strip()]
    grouped = violent_doers._before().pattern
    assert grouped_literal(nouns + names) in grouped
    return re.compile(grouped.replace(grouped_literal(nouns + names), literal(nouns + names)), re.I)


def test_violent_doers_answer_as_the_plain_alternation() -> None:
    plain = _plain_before()
    for text in _TEXTS:
        for m in re.finditer(r"\b(?:killed|shot|wounded|injured|stabbed|attacked)\b", text, re.I):
            window = max(0, m.start() - 120)
            assert bool(violent_doers._before().search(text, window, m.start())) \
                == bool(plain.search(text, window, m.start())), (text, m.group())
    assert violent_doers.has_violent_doer(_TEXTS[0], _TEXTS[0].index("killed"), _TEXTS[0].index("killed") + 6)


def test_a_sentence_of_many_injury_counts_is_read_for_deaths_of_wounds_once() -> None:
    sentence = ", ".join(f"{n} injured in {town}" for n, town in zip(range(2, 32), ["Gao", "Mopti", "Kidal"] * 10)) \
        + ", and two of the wounded later died."
    casualties._cached_counts.cache_clear()
    casualties._died_of_wounds.cache_clear()
    found = casualties.counts(sentence, "injured")
    assert len(found) >= 20
    # one reading per prepared text, not one per count (each count used to scan the sentence again)
    assert casualties._died_of_wounds.cache_info().misses <= 3


def test_starting_at_answers_as_reading_every_mention() -> None:
    rnd = random.Random(5)
    taken = places._Taken()
    for step in range(3000):
        a = rnd.randrange(200)
        span = (a, a + rnd.randrange(1, 12))
        if span in taken and rnd.random() < 0.3:
            del taken[span]
        else:  # a mention may start after its key's start ("Kurram's Parachinar": the owner's span, its town)
            start = span[0] + (rnd.random() < 0.1)
            taken[span] = places.PlaceMention(None, "x", start, span[1])
        at = rnd.randrange(200)
        assert taken.starting_at(at) == next((m for m in taken.values() if m.start == at), None), step


def test_a_province_spelling_reads_each_distinct_word_once() -> None:
    """toponyms._variant judges every capitalised word of the text for each province an incident reads: the
    skeleton of a word is worked out once, whatever the number of provinces."""
    words = " ".join(f"Qadar{i:03d}x" for i in range(300))
    toponyms._skeleton.cache_clear()
    for names in (("Nineveh",), ("Balochistan",), ("Hiiraan",), ("Oromia",)):
        toponyms._variant(names, words, False)
    assert toponyms._skeleton.cache_info().misses <= 300 + 20


def test_the_casualty_cache_holds_a_long_article() -> None:
    """2,000 short sentences, each asked for its dead and its wounded, fit: the drafts kept at the end are not read
    again."""
    assert casualties._cached_counts.cache_info().maxsize >= 3 * 2_000


def test_a_long_physical_line_is_read_but_not_kept_in_the_counts_cache() -> None:
    """Callers ask about whole hard-wrapped lines too (up to the text cut): such keys would make the cache's memory
    grow with the cut; they are read each time instead, with the same answer."""
    line = "residents of the ward gathered at the market " * 40 + "and gunmen on Sunday killed 12 villagers"
    casualties._cached_counts.cache_clear()
    assert casualties.counts(line, "killed") == list(casualties._read_counts(line, "killed"))
    assert casualties._cached_counts.cache_info().currsize == 0
    short = "Gunmen killed 12 villagers on Sunday."
    assert [c.n for c in casualties.counts(short, "killed")] == [12]
    assert casualties._cached_counts.cache_info().currsize == 1
