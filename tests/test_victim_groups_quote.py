"""A stray quote mark where a victim's noun stands gives no side and no crash. Texts written for these tests."""
from worker.extract.victim_groups import ANY, group_of


def test_a_lone_quote_mark_has_no_side() -> None:
    assert group_of("'") == ANY
    assert group_of(" ’ ") == ANY


def test_a_quoted_noun_keeps_its_side() -> None:
    assert group_of("'soldiers'") == group_of("soldiers")
