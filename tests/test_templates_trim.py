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
    t = HostTemplates(path, max_lines_per_host=10)  # the open writes nothing: a store another process writes opens
    t.observe("a.example", "p2", "Another line")  # the first page's write builds the index
    names = {r[0] for r in t._db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "templates_rank" in names
    assert t._db.execute("SELECT COUNT(*) FROM templates").fetchone()[0] == 2


def test_opening_a_store_another_connection_is_writing_needs_no_write_lock(tmp_path) -> None:
    path = str(tmp_path / "busy.sqlite")
    HostTemplates(path).close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("DROP INDEX IF EXISTS templates_rank")  # as a store of the version before the index
    writer.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    writer.execute("INSERT INTO templates VALUES ('b.example', 'k', 1, 'p', 1.0)")
    try:
        opened = HostTemplates(path)
        assert opened.strip("b.example", "A line") == "A line"
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_strip_looks_lines_up_by_the_primary_key(tmp_path) -> None:
    t = HostTemplates(str(tmp_path / "t.sqlite"))
    t.observe("c.example", "p1", "one line\nanother line")
    seen: list[str] = []
    t._db.set_trace_callback(seen.append)  # the statements strip runs, with their values
    t.strip("c.example", "one line\nanother line")
    t._db.set_trace_callback(None)
    select = next(q for q in seen if q.startswith("SELECT line FROM templates"))
    plan = str(t._db.execute("EXPLAIN QUERY PLAN " + select).fetchall())
    assert "sqlite_autoindex_templates_1" in plan and "templates_rank" not in plan, plan
