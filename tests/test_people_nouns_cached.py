"""name_readings' union of people nouns is asked for every place mention: it is built once (cached), not per call."""
from worker.extract import name_readings


def test_people_nouns_are_cached() -> None:
    first = name_readings._people_nouns()
    assert name_readings._people_nouns() is first and hasattr(name_readings._people_nouns, "cache_info")


def test_owned_nouns_is_cached_once() -> None:
    assert not hasattr(name_readings.owned_nouns.__wrapped__, "cache_info")  # one @cache, not two stacked
