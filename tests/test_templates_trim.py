"""The per-host template store trims to its cap by deleting its lowest-ranked lines, not by re-ranking the whole
host on every page (which was most of a page's CPU in the connectors at the 5,000-line cap)."""
from __future__ import annotations

import sqlite3

from connectors.templates import HostTemplates


def _page(i: int, shared: int = 5, unique: int = 20) -> str:
    return "\n".join([f"Follow our coverage of the valley, item {j}" for j in range(shared)]
                     + [f"Market report {i}, stall {j}" for j in range(unique)])


def test_the_trim_keeps_the_lines_seen_on_most_pages(tmp_path) -> None:
    t = HostTemplates(str(tmp_path / "t.sqlite"), min_pages=3, max_lines_per_host=40)
    for i in range(30):
        t.observe("news.example", f"p{i}", _page(i))
    rows = t._db.execute("SELECT pages FROM templates WHERE host = 'news.example'").fetchall()
    assert len(rows) == 40
    assert sorted(p for (p,) in rows)[-5:] == [30] * 5  # the five shared lines survive every trim
    kept = t.strip("news.example", _page(99, unique=0) + "\nA line of its own")
    assert kept == "A line of its own"


def test_a_store_made_before_the_rank_index_gets_it(tmp_path) -> None:
    path = str(tmp_path / "old.sqlite")
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE templates (host TEXT NOT NULL, line TEXT NOT NULL, pages INTEGER NOT NULL, "
               "last_page TEXT NOT NULL, seen_at REAL NOT NULL, PRIMARY KEY (host, line))")
    db.execute("INSERT INTO templates VALUES ('a.example', 'k', 7, 'p', 1.0)")
    db.commit()
    db.close()
    t = HostTemplates(path, max_lines_per_host=10)
    names = {r[0] for r in t._db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "templates_rank" in names
    t.observe("a.example", "p2", "Another line")
    assert t._db.execute("SELECT COUNT(*) FROM templates").fetchone()[0] == 2


def test_a_page_at_the_cap_costs_few_sqlite_steps(tmp_path) -> None:
    """Counted in SQLite VM steps (deterministic, not timed): re-ranking 5,000 lines per page took about 126,000
    (and 7.5 ms of CPU in its sorter, which the steps do not count); deleting the few lowest about 16,500."""
    t = HostTemplates(str(tmp_path / "t.sqlite"))
    for i in range(300):  # 300 pages of 20 new lines: at the 5,000-line cap
        t.observe("big.example", f"p{i}", _page(i))
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    t._db.set_progress_handler(count, 100)
    t.observe("big.example", "p-last", _page(1000))
    t._db.set_progress_handler(None, 0)
    assert t._db.execute("SELECT COUNT(*) FROM templates").fetchone()[0] == 5000
    assert steps[0] * 100 < 40_000, f"{steps[0] * 100} VM steps for one page at the cap"


def test_the_store_commits_without_an_fsync_per_page(tmp_path) -> None:
    t = HostTemplates(str(tmp_path / "t.sqlite"))
    assert t._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert t._db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
