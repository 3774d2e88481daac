"""last_text_at: a function of a text and offsets, cached per offsets for the last article text only."""
from worker.extract import aside_places, capital_names, place_roles, speaker_seats
from worker.extract.last_text import SHORT, last_text_at

_STORY = ("Police in Lokoja said on Sunday that armed men had ambushed a bus on the road from Okene to Lokoja, killing "
          "four passengers, and that the wounded were taken to a hospital in Kabba. ") * 2


def test_answers_are_kept_per_offsets_for_one_text():
    calls: list[tuple[int, int]] = []

    @last_text_at
    def word_at(text: str, start: int, end: int) -> str:
        calls.append((start, end))
        return text[start:end]

    a, b = "a" * SHORT + " tail", "b" * SHORT + " tail"
    assert [word_at(a, 0, 3), word_at(a, 0, 3), word_at("".join(a), 0, 3), word_at(a, 1, 3)] == ["aaa", "aaa", "aaa", "aa"]
    assert calls == [(0, 3), (1, 3)]  # the same text (or equal contents) asks once per offsets
    assert word_at(b, 0, 3) == "bbb" and word_at(a, 0, 3) == "aaa" and calls[-2:] == [(0, 3), (0, 3)]  # b evicted a
    word_at("short", 0, 2), word_at("short", 0, 2)
    assert calls[-2:] == [(0, 2), (0, 2)] and word_at(a, 0, 3) == "aaa" and len(calls) == 6  # short texts: no cache


def test_the_cached_readings_answer_as_the_functions_do():
    """The readings of a place mention cached per text give what the uncached functions give, asked twice."""
    spans = [(m, m + len(name)) for name in ("Lokoja", "Okene", "Kabba") for m in
             [i for i in range(len(_STORY)) if _STORY.startswith(name, i)]]
    for fn in (place_roles.route, place_roles.landmark, speaker_seats.speaker_place, aside_places.aside,
               capital_names.reading):
        plain = [fn.__wrapped__(_STORY, a, b) for a, b in spans]
        assert [fn(_STORY, a, b) for a, b in spans] == plain == [fn(_STORY, a, b) for a, b in spans]
    assert place_roles.route(_STORY, *spans[1]) is True  # "from Okene to Lokoja": a route end
