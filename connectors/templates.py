"""Per-host templates: lines that recur on many pages of one host are that host's boilerplate.

A one-page extractor cannot know that "Subscribe to The Daily Prime" closes every article of a site; a service
that has seen fifty of its pages can. State is bounded (a cap of lines per host, least recently seen evicted)
and persistent (SQLite, beside the seen-store), so a restart keeps what was learnt.
"""
from __future__ import annotations

import hashlib
import sqlite3
import threading
import time

SCHEMA = """CREATE TABLE IF NOT EXISTS templates (
  host TEXT NOT NULL, line TEXT NOT NULL, pages INTEGER NOT NULL, last_page TEXT NOT NULL, seen_at REAL NOT NULL,
  PRIMARY KEY (host, line))"""
# the trim deletes a host's lowest-ranked lines through this index: keeping the top lines by "NOT IN (top N)" sorted
# and probed all of a host's 5,000 lines on every page (7.5 ms of a page's CPU); the bottom few cost 0.2 ms
RANK_INDEX = "CREATE INDEX IF NOT EXISTS templates_rank ON templates (host, pages, seen_at)"
MAX_LINE = 200  # longer lines are prose, never template
QUERY_KEYS = 900  # under SQLite's lowest variable limit (999 before 3.32)


def _key(line: str) -> str:
    return hashlib.blake2b(line.strip().lower().encode(), digest_size=8).hexdigest()


class HostTemplates:
    def __init__(self, path: str, min_pages: int = 5, max_lines_per_host: int = 5000) -> None:
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # as the seen-store's (state.State): WAL + NORMAL loses nothing committed in a process crash, and a page's
        # counts need no fsync of their own (a power loss costs the last pages' counts, which the next pages relearn)
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(SCHEMA)
        self._ranked = False  # RANK_INDEX made: by the first observe, inside its write (an open needs no write lock)
        self._lock = threading.Lock()
        self.min_pages = min_pages
        self.max_lines = max_lines_per_host

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def observe(self, host: str, page_id: str, text: str) -> None:
        """Count each short line once per distinct page of the host, then trim the host to its cap: the lines
        on fewest pages, least recently seen, go (one transaction, rolled back on any error:
        sqlite3.OperationalError when the file is locked or full)."""
        keys = {_key(ln) for ln in text.splitlines() if ln.strip() and len(ln) < MAX_LINE}
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN")
            try:
                if not self._ranked:  # a store of an older version: built once (seconds for a million lines)
                    self._db.execute(RANK_INDEX)
                self._db.executemany(
                    "INSERT INTO templates VALUES (?,?,1,?,?) ON CONFLICT(host, line) DO UPDATE SET "
                    "pages = pages + (last_page != excluded.last_page), last_page = excluded.last_page, "
                    "seen_at = excluded.seen_at", [(host, k, page_id, now) for k in keys])
                self._db.execute(
                    "DELETE FROM templates WHERE rowid IN (SELECT rowid FROM templates WHERE host = ? "
                    "ORDER BY pages, seen_at LIMIT max(0, (SELECT COUNT(*) FROM templates WHERE host = ?) - ?))",
                    (host, host, self.max_lines))
                self._db.execute("COMMIT")
                self._ranked = True
            except BaseException:  # a lock held too long, a full disk: never leave the connection in a transaction
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def strip(self, host: str, text: str) -> str:
        """The text without the lines this host repeats on at least `min_pages` pages ("+pages": the lines are
        looked up by the primary key, not by a scan of the host's rank index, 10-28x slower at the cap)."""
        lines = text.splitlines()
        keys = [_key(ln) if len(ln) < MAX_LINE else None for ln in lines]
        distinct = sorted({k for k in keys if k})
        template: set[str] = set()
        with self._lock:
            for i in range(0, len(distinct), QUERY_KEYS):  # SQLite caps the variables of one statement
                chunk = distinct[i:i + QUERY_KEYS]
                template.update(r[0] for r in self._db.execute(
                    f"SELECT line FROM templates WHERE host = ? AND +pages >= ? AND line IN ({','.join('?' * len(chunk))})",
                    (host, self.min_pages, *chunk)))
        kept = [ln for ln, k in zip(lines, keys) if k not in template]
        return "\n".join(kept) if kept else text
