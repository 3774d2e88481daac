"""A province is reported in the text's spelling, and a shorter name of it that stands inside a longer one the
text writes ("Kashmir" of "Jammu and Kashmir") is part of that name, not a spelling of its own. Fresh sentences
written for these tests."""
from __future__ import annotations

from tests.place_cases import where
from worker.extract import toponyms


def test_a_short_name_inside_the_written_long_one_is_not_the_spelling() -> None:
    text = "Militants shot dead a village guard in Baramulla district of Jammu and Kashmir on Tuesday, police said."
    assert toponyms.as_written("Jammu and Kashmir", "India", text) == "Jammu and Kashmir"
    assert where(text) == ("India", "Jammu and Kashmir", "Baramulla")


def test_the_province_named_with_another_type_word_keeps_the_gazetteer_spelling() -> None:
    # the text's "Zaporizhzhia region" is the gazetteer's "Zaporizhzhia Oblast", not another province
    text = "Russian drones killed three people in Vilniansk in the Zaporizhzhia region on Sunday, the governor said."
    assert where(text) == ("Ukraine", "Zaporizhzhia Oblast", "Vilniansk")
