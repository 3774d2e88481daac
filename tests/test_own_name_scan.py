"""own_name_matches: the own names of a range read from one whole-text scan are what a scan of the range gives."""
from __future__ import annotations

from worker.extract.own_name_scan import own_name_matches
from worker.extract.place_words import own_names

TEXT = ("Gunmen attacked a market in Maiduguri on Tuesday. Troops in Borno State said the raiders fled toward "
        "Niger. In Mopti, Mali, residents reported shots near Sevare; Kidal was calm.\nBamako officials met in "
        "Kano and Kaduna.")


def _spans(ms: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in ms]  # type: ignore[attr-defined]


def test_every_range_matches_a_scan_of_the_range() -> None:
    for start in range(0, len(TEXT), 3):
        for end in range(start, len(TEXT) + 1, 4):
            assert _spans(own_name_matches(TEXT, start, end)) == _spans(own_names().finditer(TEXT, start, end))


def test_sentence_ranges_and_the_whole_text() -> None:
    assert _spans(own_name_matches(TEXT, 0, len(TEXT))) == _spans(own_names().finditer(TEXT))
    start = TEXT.index("Troops")
    end = TEXT.index(" In Mopti")
    assert [g for _, _, g in _spans(own_name_matches(TEXT, start, end))] == \
        [g for _, _, g in _spans(own_names().finditer(TEXT, start, end))]
    assert "Borno State" in TEXT[start:end]
