"""The per-article time budget keeps a whole batch inside max.poll.interval (pure; no broker)."""
from kafka.structs import TopicPartition

from worker.config import Settings
from worker.delivery import commit_plan
from worker.service import batch_budget_s


def test_the_budget_is_the_setting_when_a_full_batch_fits_the_poll_interval():
    assert batch_budget_s(Settings(extract_budget_s=10.0, max_poll_records=20), 300_000) == 10.0


def test_a_budget_that_would_outlast_the_poll_interval_is_cut():
    s = Settings(extract_budget_s=60.0, max_poll_records=20)
    budget = batch_budget_s(s, 300_000)
    assert budget * s.max_poll_records < 300 and budget == 12.0
    assert batch_budget_s(Settings(extract_budget_s=10.0, max_poll_records=100), 2_000) == 0.5


def test_commit_plan_never_passes_an_unacknowledged_record():
    a, b, c = (TopicPartition("t", p) for p in range(3))
    commits, seeks = commit_plan({a: [(5, True), (6, True)], b: [(0, True), (1, False), (2, True)],
                                  c: [(9, False), (10, True)]})
    assert commits == {a: 7, b: 1} and seeks == {b: 1, c: 9}
