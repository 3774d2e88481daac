"""The extractor's scans over a text grow linearly with it: no check of one place mention rereads every other mention,
no clause of a page without a full stop reads the rest of the page as its sentence, and a sentence with no time
phrase is not scanned once per trigger for one. Counted, not timed (timings: scripts/worst_shapes.py). Texts written
for these tests."""
from __future__ import annotations

from dataclasses import fields

from worker.extract import countries, places, types
from worker.extract import NO_STOP_REACH, SENTENCE_REACH, _sentence_end
from worker.extract.place_mention import PlaceMention


class _Counted(PlaceMention):
    """A place mention that counts how often any mention's start is read."""
    reads = 0

    def __getattribute__(self, name: str):  # type: ignore[no-untyped-def]
        if name == "start":
            _Counted.reads += 1
        return super().__getattribute__(name)


def _start_reads(text: str) -> int:
    """How often the country clues of `text` read a mention's start."""
    found = [_Counted(**{f.name: getattr(m, f.name) for f in fields(m)}) for m in places.find(text, 0, len(text), None)]
    _Counted.reads = 0
    countries.clues(text, found)
    return _Counted.reads


def _possessives(n: int) -> str:
    return " ".join(["Nigeria's", "Borno's", "Kano's", "Zamfara's"] * n) + " southern zone: gunmen killed 4 farmers."


def test_the_country_clues_read_each_mention_a_bounded_number_of_times() -> None:
    small, big = _start_reads(_possessives(60)), _start_reads(_possessives(120))
    assert small > 0
    assert big / small <= 2.5  # twice the mentions: about twice the reads (the pairwise scans made it four times)


def _towns(n: int) -> str:
    names = ["Gao in Mali", "Kidal in Mali", "Garissa in Kenya", "Baidoa in Somalia", "Diffa in Niger", "Jos in Nigeria"]
    return "Gunmen raided villages near " + ", ".join(names[i % len(names)] for i in range(n)) + " on Monday."


def test_a_list_of_towns_with_their_countries_is_read_in_linear_time() -> None:
    small, big = _start_reads(_towns(80)), _start_reads(_towns(160))
    assert big / small <= 2.5


def test_a_clause_of_a_page_without_a_full_stop_has_a_bounded_sentence() -> None:
    page = "gunmen killed two farmers near Gao and wounded three herders while " * 300
    end = page.index(" and wounded") + 1
    assert _sentence_end(page, end) - end <= NO_STOP_REACH  # not the rest of the 20 kB page, read again for every clause
    # a real sentence still ends at its full stop, however far within the reach
    text = "Police killed 11 militants; the militants had fired at officers first, police said. Later, calm returned."
    assert text[:_sentence_end(text, text.index(";"))].endswith("police said.")


def test_a_long_sentence_of_semicolon_clauses_still_reaches_its_last_clause() -> None:
    clause = "the convoy crossed the river at Gulu and the drivers waited for the escort under the bridge for an hour; "
    text = "Soldiers killed four rebels near Gulu, Uganda, on Friday; " + clause * 9 + "the rebels had fired first."
    end = text.index(";")
    assert len(text) - end > 900  # wire copy joins clauses into sentences longer than a few hundred characters
    assert text[:_sentence_end(text, end)].endswith("the rebels had fired first.")


def test_a_cut_sentence_ends_at_a_space_not_inside_a_word() -> None:
    page = "herders fled from Gulu while the drums of Bobmobster played " * 100  # no full stop, 6 kB
    for end in range(0, 120, 7):
        cut = _sentence_end(page, end)
        assert end < cut <= end + NO_STOP_REACH
        assert page[cut].isspace()  # never "Bob" or "Bobmob" left of a cut through "Bobmobster"


def test_a_sentence_with_a_cue_word_but_no_time_phrase_is_not_scanned_per_trigger(monkeypatch) -> None:
    calls = []
    real = types.triggers
    monkeypatch.setattr(types, "triggers", lambda: calls.append(1) or real())
    sentence = "The striker was shot and killed after the match, and the wicket fell after the attack on the bus"
    assert types.recalled(sentence) == []
    assert calls == []  # "after the match" holds the cue word "after", but no "days after the" or "last week"
    # a sentence with a time phrase is still read
    assert types.recalled("Mourners gathered at the site of a huge bombing earlier this week in Kabul")


def test_the_span_index_answers_as_the_scans_it_replaces() -> None:
    import random
    rng = random.Random(7)
    for _ in range(2000):
        spans = [(a, a + rng.randint(0, 10)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 8)))]
        index = countries._SpanIndex(spans)
        s = rng.randint(0, 35)
        e = s + rng.randint(0, 8)
        assert index.overlaps(s, e) == any(a < e and s < b for a, b in spans)
        assert index.contains(s, e) == any(a <= s and e <= b for a, b in spans)
        assert index.holds_more(s, e) == any(a <= s and e <= b and b - a > e - s for a, b in spans)
