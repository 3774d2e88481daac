"""types._best skips a trigger row that cannot outrank the best match so far: it relies on no row ranking below a
weak match (2)."""
from worker.extract import types


def test_no_trigger_row_ranks_below_a_weak_match() -> None:
    assert min(t.priority for t in types.triggers()) >= 2


def test_the_skip_keeps_the_highest_row() -> None:
    m = types.classify("A suicide bomber blew himself up at a market, killing 12 people.")
    assert m is not None and m.event_type == "suicide_bombing"
