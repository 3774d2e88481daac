"""Speed changes for the bench's worst record ('3,000 dated incidents', worker/bench.py) that must not change a
match: the demonyms of types grouped by first character (alternation.by_first_char) match as their plain join, and
the victim-list reader reads the verbs from the first one its gate found."""
from __future__ import annotations

import re

import pytest

from worker.extract import casualties as C
from worker.extract import types as T
from worker.extract.countries import demonyms
from worker.extract.victim_lists import _Reader

_TEXTS = [
    "Syrian jets struck a market in the northern town on Sunday, killing 14 people, medics said.",
    "Three farmers were killed by Nigerian military helicopters near the river, villagers said.",
    "A suicide bomber killed 9 people in Mopti, police said.",
    "Russian drones hit an apartment block overnight; Ukrainian officials said two people died.",
    "The Saudi-led coalition's warplanes killed 12 fighters, the group said on Monday.",
    "French and Malian troops said a Reaper drone killed a commander of the group.",
]


def _plain() -> str:
    return "|".join(sorted((re.escape(d) for d in demonyms() if len(d) > 2), key=len, reverse=True))


@pytest.mark.parametrize("text", _TEXTS)
def test_grouped_demonyms_match_as_the_plain_join(text: str) -> None:
    grouped = re.compile(r"\b(?:" + T._demonyms() + r")\b", re.I)
    plain = re.compile(r"\b(?:" + _plain() + r")\b", re.I)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    craft_plain = re.compile(T._craft_kills().pattern.replace(T._demonyms(), _plain()), re.I)
    assert [m.span() for m in T._craft_kills().finditer(text)] == [m.span() for m in craft_plain.finditer(text)]


@pytest.mark.parametrize("text", _TEXTS + ["Two guards and a cook were killed, and later a driver was killed too."])
def test_reader_from_the_first_verb_ends_at_the_same_last_verb(text: str) -> None:
    for lister in C._LISTERS.values():
        first = lister._verb.search(text)
        if first is None:
            continue
        assert _Reader(lister, text, first.start())._before_last_verb() == _Reader(lister, text)._before_last_verb()
        assert lister.finditer(text) == _Reader(lister, text).matches()


def _plain_kills(form: str) -> str:
    from worker.extract import manner_of_death as M
    direct = [p for p, c, f in M._rows() if not c and f == form]
    closed = [f"{p} {c}" for p, cs, f in M._rows() if f == form for c in cs]
    return "(?:" + "|".join(sorted(set(direct + closed), key=lambda w: (-len(w), w))) + ")"


@pytest.mark.parametrize("text", _TEXTS + [
    "Villagers said the men were hacked to death and two others burned alive before dawn.",
    "He was stabbed, then shot dead; his brother was beaten to death and buried.",
    "Police said the kidnappers had strangled the boy to death and dumped his body.",
])
def test_grouped_killing_verbs_match_as_the_plain_join(text: str) -> None:
    from worker.extract import manner_of_death as M
    for form in ("participle", "gerund"):
        grouped, plain = re.compile(r"\b" + M.kills(form) + r"\b", re.I), re.compile(r"\b" + _plain_kills(form) + r"\b", re.I)
        assert [(m.span(), m.group()) for m in grouped.finditer(text)] == \
            [(m.span(), m.group()) for m in plain.finditer(text)]


def test_sorted_entities_built_once_per_document() -> None:
    from worker.extract import place_ranking as P
    from worker.pipeline import Entity, PassageDoc
    doc = PassageDoc(ents=[Entity("Mopti", "GPE", 40, 45), Entity("Tuesday", "DATE", 3, 10)])
    first = P._sorted_ents(doc)
    assert first == ((3, 10, "DATE"), (40, 45, "GPE"))
    assert P._sorted_ents(doc) is first  # the second incident of the document reads the same tuple
    other = PassageDoc(ents=[Entity("Gao", "GPE", 0, 3)])
    assert P._sorted_ents(other) == ((0, 3, "GPE"),)
    doc.ents.append(Entity("Kidal", "GPE", 50, 55))  # a list that grew is sorted again
    assert P._sorted_ents(doc)[-1] == (50, 55, "GPE")
    assert P._sorted_ents(None) == ()


def _plain_below_hundred() -> str:
    from worker.extract import number_words as N
    def card(low: int, high: int, step: int = 1) -> str:
        return "|".join(sorted({w for w, v in N.values("cardinal").items() if low <= v <= high and v % step == 0},
                               key=lambda w: (-len(w), w)))
    return r"(?:(?:" + card(20, 90, 10) + r")(?:[- ](?:" + card(1, 9) + r"))?|" + card(1, 19) + ")"


@pytest.mark.parametrize("text", [
    "Seventeen soldiers and forty-two civilians died; Twenty Seven more were hurt, and six of the seventy wounded.",
    "Ninety nine bodies, eleven trucks, eighteen rifles and ONE hundred and five rounds were found by sixteen men.",
    "A bomb killed seventy-seven; Fifteen, fifty and fourteen others were missing in Sixty-one villages.",
])
def test_grouped_cardinals_match_as_the_plain_join(text: str) -> None:
    from worker.extract import number_words as N
    for flags in (re.I, 0):
        grouped = re.compile(r"\b(?:" + N.below_hundred() + r")\b", flags)
        plain = re.compile(r"\b(?:" + _plain_below_hundred() + r")\b", flags)
        assert [(m.span(), m.group()) for m in grouped.finditer(text)] == \
            [(m.span(), m.group()) for m in plain.finditer(text)]


def _plain_blank(text: str, spans: list[tuple[int, int]]) -> str:
    return "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text)) if spans else text


@pytest.mark.parametrize("spans", [[], [(0, 3)], [(4, 9), (2, 6)], [(10, 5)], [(-2, 3), (40, 90)], [(3, 7), (3, 7), (7, 8)],
                                   [(30, 34), (1, 2)]])
def test_blank_spans_slices_as_the_character_test(spans: list[tuple[int, int]]) -> None:
    from worker.extract.toll_phrases import blank_spans
    text = "Two guards, aged 25 and 30, were shot at 5:30 on March 2."
    assert blank_spans(text, spans) == _plain_blank(text, spans)


@pytest.mark.parametrize("pattern", [r"\babc", r"(?:a|b)?c", r"\b(?:x\s*)?\d+", r"(?-i:Ab)c", r"\b(?:about\s+)?\s*two"])
def test_first_char_guard_keeps_the_matches(pattern: str) -> None:
    from worker.extract.alternation import first_char_guard
    text = "abc Abc c bc x 12 x12 ABC Abc AbC  two about  two ſome"
    for flags in (0, re.I):
        guarded = first_char_guard(pattern, flags)
        assert guarded.startswith("(?=[")
        assert [m.span() for m in re.finditer(guarded, text, flags)] == [m.span() for m in re.finditer(pattern, text, flags)]


def test_first_char_guard_leaves_what_it_cannot_read() -> None:
    from worker.extract.alternation import first_char_guard
    for pattern in (r"a*", r"[^a]b", r".b", r"(?i)ab"):
        assert first_char_guard(pattern) == pattern
    assert first_char_guard(r"(?i:ab)c") == r"(?i:ab)c"  # case-insensitive inside a case-sensitive pattern


@pytest.mark.parametrize("text", _TEXTS + [
    "Another two were killed and 3 more injured; some 40 people, nearly half a dozen of them later died.",
    "  Twenty-one others were reportedly wounded, and five had been arrested, officials said.",
    "A total of 1,200 were detained, while dozens of others have since died; ninety-nine more were hurt.",
    "The death toll has risen to 31, and the blast, resulting in the deaths of six police officers, killed 4 more.",
    "Gunmen killing at least 12 villagers also wounded the three guards; casualties stood at 20 people.",
])
def test_guarded_toll_patterns_match_as_unguarded(text: str) -> None:
    for kind in ("killed", "injured", "arrested"):
        assert C._PATTERNS[kind][-1].pattern.startswith("(?=[")  # "and two killed": tried at every word
        for rx in C._PATTERNS[kind][1:]:
            if rx is None or not rx.pattern.startswith("(?=["):
                continue
            plain = re.compile(rx.pattern[rx.pattern.index("])(?:") + 5:-1], re.I)
            assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_a_dump_of_incidents_is_read_only_until_the_cap_is_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page listing a thousand incidents: the sentences after MAX_DRAFTS drafts are never read (each cost ~2 ms),
    and the incidents kept are still the first MAX_INCIDENTS in reading order."""
    import worker.extract as X
    towns = ["Kidal", "Mopti", "Garissa", "Mandera", "Baidoa"]
    text = " ".join(f"On March {i % 27 + 1}, gunmen killed {i % 20 + 2} herders in {towns[i % 5]}, officials said."
                    for i in range(1000))
    read: list[str] = []
    real = X._dates_of
    monkeypatch.setattr(X, "_dates_of", lambda sentence, *a, **k: read.append(sentence) or real(sentence, *a, **k))
    found = X.extract_incidents(text, None, "2025-04-02")
    assert len(found) == X.MAX_INCIDENTS
    assert len(read) <= X.MAX_DRAFTS + 1 < 1000
    assert [(f.killed, f.city) for f in found[:3]] == [(2, "Kidal"), (3, "Mopti"), (4, "Garissa")]
