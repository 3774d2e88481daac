"""casualties._figure_in_subject with a memo: a subject's list is read left to right, and a search for the next figure
of people whose match (or none) lies at or after the reader's place is that place's answer too, so a long run of
joined people ("a man and his brother and his brother and ...") costs one search, not one per item. The memo must
give the answer the plain search gives."""
from __future__ import annotations

import re

import pytest

from worker.extract import casualties


class _Counting:
    """A stand-in for the compiled pattern that counts its searches."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx, self.searches = rx, 0

    def search(self, *args: object) -> re.Match[str] | None:
        self.searches += 1
        return self.rx.search(*args)  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> object:
        return getattr(self.rx, name)


def test_a_long_run_of_joined_people_is_searched_a_few_times(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(casualties._NUM_IN_SUBJ)
    monkeypatch.setattr(casualties, "_NUM_IN_SUBJ", counting)
    casualties._cached_counts.cache_clear()
    casualties.counts("A farmer and " + "his cousin and " * 120 + "his uncle were shot dead.", "killed")
    casualties._cached_counts.cache_clear()
    assert counting.searches < 40


@pytest.mark.parametrize("subject", [
    "two soldiers, one policeman and a cook",
    "a nurse and her three children and two neighbours",
    "five herders and 12 farmers from Bokkos",
    "In 2021 four traders and two drivers",
])
def test_the_memo_finds_what_the_plain_search_finds(subject: str) -> None:
    plain, memo, pos, memo_pos = [], [], 0, 0
    cache: list = []
    while (m := casualties._figure_in_subject(subject, pos)) is not None:
        plain.append(m.span())
        pos = m.end()
    while (m := casualties._figure_in_subject(subject, memo_pos, cache)) is not None:
        memo.append(m.span())
        memo_pos = m.end()
    assert plain == memo


@pytest.mark.parametrize("text, n", [
    ("A woman and her sister and her mother and her aunt were killed when the shell hit their house in Kherson.", 4),
    ("Two guards and three cleaners were shot dead at the depot in Jos.", 5),
])
def test_joined_people_count_as_before(text: str, n: int) -> None:
    assert casualties.merge(casualties.counts(text, "killed"))[0] == n
