"""One scan of armed-group names per article (gazetteer.named_groups) and the one-text cache it uses."""
from __future__ import annotations

from worker.extract import actors, countries, places
from worker.extract.gazetteer import groups, named_groups, named_groups_before
from worker.extract.last_text import SHORT, last_text

_STORY = ("Fighters of the Pakistani Taliban stormed a police post near the border on Tuesday, and the TTP later "
          "said its men had also clashed with Islamic State Khorasan Province militants. Al-Shabaab, Boko Haram "
          "and the Islamic State in Iraq were named in the same report by analysts; the Islamic State claimed "
          "nothing. ") * 3


def _scanned(text: str) -> list[tuple[int, int, str, str]]:
    rx, table = groups()
    return [(m.start(), m.end(), m.group(), table[m.group().lower()].canonical) for m in rx.finditer(text)]


def _as_tuples(found: tuple) -> list[tuple[int, int, str, str]]:
    return [(g.start, g.end, g.written, g.group.canonical) for g in found]


def test_the_names_are_those_of_a_scan_of_the_text():
    found = _as_tuples(named_groups(_STORY))
    assert found == _scanned(_STORY)
    assert ("Pakistani Taliban", "Tehreek-e-Taliban Pakistan") in [(w, c) for _, _, w, c in found]


def test_the_names_before_any_end_are_those_of_a_scan_of_the_prefix():
    # cuts inside a long name ("Islamic State in Ir|aq" would be "Islamic State"), right after one, inside a word
    for end in range(0, len(_STORY) + 5):
        assert _as_tuples(named_groups_before(_STORY, end)) == _scanned(_STORY[:end]), end


def test_a_case_variant_only_re_folds_is_its_group():
    found = named_groups("Officials blamed the ıslamic State for the bombing of the market in the old town centre.")
    assert [g.group.canonical for g in found] == ["Islamic State"]


def test_the_article_is_scanned_once_whoever_asks():
    text = "".join(_STORY)  # a fresh object: no answer cached for it yet
    named_groups.cache_clear()
    places._actor_spans(text)
    actors.branches(text)
    actors.as_written("Kurdistan Workers' Party", text)
    countries.group_clues(text, 200)
    countries.group_clues(text)
    assert named_groups.cache_info().misses == 1
    assert actors.branches(text) == {"Taliban": "Tehreek-e-Taliban Pakistan", "Islamic State": "Islamic State Khorasan Province"}


def test_the_cache_holds_one_text_and_rescans_short_ones():
    calls: list[str] = []

    @last_text
    def size(text: str) -> int:
        calls.append(text)
        return len(text)

    a, b = "a" * SHORT, "b" * SHORT
    assert [size(a), size("".join(a)), size(b), size(a)] == [SHORT] * 4
    assert calls == [a, b, a]  # equal contents hit; a second text evicts the first
    size("x"), size("x")
    assert calls[-2:] == ["x", "x"] and size(a) == SHORT and len(calls) == 5  # a headline evicts nothing
