"""A toll update that names its event's day ("the toll from Friday's raid") keeps it when an after/following clause
goes on to tell another event on another day. Texts written for these tests."""
from worker.extract import extract_incidents

TUESDAY = "2024-03-12"


def _primary_date(text: str) -> str | None:
    return next(i.date for i in extract_incidents(text, None, TUESDAY) if i.primary)


def test_the_update_s_named_day_wins_over_another_event_s_day_in_the_clause() -> None:
    text = ("The death toll from Friday's ambush on a military convoy near Diffa, Niger, rose to 22 on Monday, the "
            "army said, after jihadists attacked a border post in the region on Sunday.")
    assert _primary_date(text) == "2024-03-08"
