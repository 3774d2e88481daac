"""Persistent connector state in SQLite: seen articles and per-feed validators/schedule, across restarts.

The `seen` table is bounded by age (`seen_ttl_days`) and by rows (`seen_max_rows`), pruned every thousand
writes through an index on `at`. Forgetting is safe: feeds list only their recent entries (days, not months), so
an id older than the TTL is rarely listed again, and if it is, it is re-published under the same article id, which
consumers upsert by key (a duplicate by key, never a new record).
"""
from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from connectors.simhash import MAX_DISTANCE, bands, distance

SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (id TEXT PRIMARY KEY, url TEXT NOT NULL, status TEXT NOT NULL, at REAL NOT NULL,
  version TEXT, refetches INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS feeds (
  url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, last_poll REAL, last_status INTEGER,
  error_streak INTEGER NOT NULL DEFAULT 0, next_poll REAL NOT NULL DEFAULT 0,
  items_seen INTEGER NOT NULL DEFAULT 0, published INTEGER NOT NULL DEFAULT 0, last_error TEXT);
CREATE TABLE IF NOT EXISTS fingerprints (id TEXT PRIMARY KEY, h INTEGER NOT NULL, b0 INTEGER, b1 INTEGER,
  b2 INTEGER, b3 INTEGER, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS fp0 ON fingerprints (b0);
CREATE INDEX IF NOT EXISTS fp1 ON fingerprints (b1);
CREATE INDEX IF NOT EXISTS fp2 ON fingerprints (b2);
CREATE INDEX IF NOT EXISTS fp3 ON fingerprints (b3);
CREATE TABLE IF NOT EXISTS retries (id TEXT PRIMARY KEY, first_at REAL NOT NULL, attempts INTEGER NOT NULL,
  feed_url TEXT, entry TEXT);
CREATE TABLE IF NOT EXISTS handover (url TEXT PRIMARY KEY, ids TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS recent (url TEXT PRIMARY KEY, ids TEXT NOT NULL);
"""
MAX_FINGERPRINTS = 200_000
SEEN_TTL_DAYS = 90.0
SEEN_MAX_ROWS = 2_000_000
PRUNE_EVERY = 1000  # seen writes between two prunes (each prune is two indexed DELETEs)


@dataclass(frozen=True)
class Seen:
    """What the state knows of one article id: how it ended, the entry's `updated` stamp, re-fetches so far."""
    status: str
    version: str | None
    refetches: int


@dataclass
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_poll: float | None = None
    last_status: int | None = None
    error_streak: int = 0
    next_poll: float = 0.0
    items_seen: int = 0
    published: int = 0
    last_error: str | None = None


class State:
    """Thread-safe; one connection with WAL so a crash loses at most the last uncommitted write."""

    def __init__(self, path: str | Path, seen_ttl_days: float = SEEN_TTL_DAYS,
                 seen_max_rows: int = SEEN_MAX_ROWS) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL: a process crash loses nothing committed, only a power loss the last commits; the file is a
        # cache the feed-state handover and the article ids' determinism make good, and every write no longer
        # waits for an fsync (two per published article)
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        columns = {r[1] for r in self._db.execute("PRAGMA table_info(seen)")}
        for name, decl in (("version", "TEXT"), ("refetches", "INTEGER NOT NULL DEFAULT 0")):
            if name not in columns:  # a state file written before article updates were tracked
                self._db.execute(f"ALTER TABLE seen ADD COLUMN {name} {decl}")
        columns = {r[1] for r in self._db.execute("PRAGMA table_info(retries)")}
        for name in ("feed_url", "entry"):
            if name not in columns:  # a state file written before retries remembered their entry
                self._db.execute(f"ALTER TABLE retries ADD COLUMN {name} TEXT")
        self._db.execute("CREATE INDEX IF NOT EXISTS retries_feed ON retries (feed_url)")
        self._db.execute("CREATE INDEX IF NOT EXISTS seen_at ON seen (at)")
        self._lock = threading.Lock()
        self.seen_ttl_s = seen_ttl_days * 86400
        self.seen_max_rows = seen_max_rows
        self._writes = 0

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def is_seen(self, article_id: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM seen WHERE id=?", (article_id,)).fetchone() is not None

    def seen(self, article_ids: list[str]) -> dict[str, Seen]:
        """What is known of each of `article_ids` (absent: never seen, or forgotten after the TTL)."""
        out: dict[str, Seen] = {}
        with self._lock:
            for i in range(0, len(article_ids), 500):
                chunk = article_ids[i:i + 500]
                rows = self._db.execute(f"SELECT id, status, version, refetches FROM seen WHERE id IN "
                                        f"({','.join('?' * len(chunk))})", chunk)
                out.update((r[0], Seen(r[1], r[2], r[3])) for r in rows)
        return out

    def mark_seen(self, article_id: str, url: str, status: str = "published", version: str | None = None,
                  refetches: int = 0) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO seen (id, url, status, at, version, refetches) "
                             "VALUES (?,?,?,?,?,?)", (article_id, url, status, time.time(), version, refetches))
            self._db.execute("DELETE FROM retries WHERE id=?", (article_id,))
            self._count_write(1)

    def note_retry(self, article_id: str, feed_url: str | None = None, entry: str | None = None
                   ) -> tuple[int, float]:
        """Counts one more transient failure of an entry; returns (attempts so far, time of the first).

        The entry itself (JSON) and its feed are kept, so it is retried even after its feed stops listing it."""
        now = time.time()
        with self._lock:
            self._db.execute("INSERT INTO retries VALUES (?,?,1,?,?) ON CONFLICT(id) DO UPDATE SET "
                             "attempts = attempts + 1, feed_url = coalesce(excluded.feed_url, feed_url), "
                             "entry = coalesce(excluded.entry, entry)", (article_id, now, feed_url, entry))
            attempts, first = self._db.execute("SELECT attempts, first_at FROM retries WHERE id=?",
                                               (article_id,)).fetchone()
        return int(attempts), float(first)

    def pending_retries(self, feed_url: str, limit: int = 100) -> list[tuple[str, str]]:
        """(article id, entry JSON) of the feed's entries waiting for a retry, oldest first."""
        with self._lock:
            rows = self._db.execute("SELECT id, entry FROM retries WHERE feed_url=? AND entry IS NOT NULL "
                                    "ORDER BY first_at LIMIT ?", (feed_url, limit)).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]

    def save_recent(self, feed_url: str, ids: list[str]) -> None:
        """The ids of the entries the feed listed at its last full poll that are seen: a poll answered 304
        hands them on (feedstate.v1) as they were, so the next owner does not re-publish them."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO recent VALUES (?,?)", (feed_url, " ".join(ids)))

    def recent_ids(self, feed_url: str) -> list[str]:
        with self._lock:
            row = self._db.execute("SELECT ids FROM recent WHERE url=?", (feed_url,)).fetchone()
        return row[0].split() if row else []

    def save_handover(self, recent: dict[str, list[str]]) -> None:
        """The recent article ids of feeds taken over (one row per feed, one transaction): they count as seen
        when the feed is next polled. Writing 1.5 million ids into `seen` inside the rebalance took ~20 s."""
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany("INSERT OR REPLACE INTO handover VALUES (?,?,?)",
                                     [(url, " ".join(ids), now) for url, ids in recent.items()])
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def handover_ids(self, feed_url: str) -> set[str]:
        with self._lock:
            row = self._db.execute("SELECT ids FROM handover WHERE url=?", (feed_url,)).fetchone()
        return set(row[0].split()) if row else set()

    def settle_handover(self, feed_url: str, rows: list[tuple[str, str]]) -> None:
        """Marks the (id, url) entries the feed still lists that the previous owner had seen, then forgets the
        feed's handover row (one transaction)."""
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany("INSERT OR IGNORE INTO seen (id, url, status, at) VALUES (?,?,?,?)",
                                     [(aid, url, "seen:handover", now) for aid, url in rows])
                self._db.execute("DELETE FROM handover WHERE url=?", (feed_url,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._count_write(len(rows))

    def _count_write(self, n: int) -> None:
        """Prunes `seen` every PRUNE_EVERY writes (caller holds the lock)."""
        self._writes += n
        if self._writes >= PRUNE_EVERY:
            self._writes = 0
            self._prune()

    def prune_seen(self) -> None:
        with self._lock:
            self._prune()

    def _prune(self) -> None:
        """Drops ids older than the TTL, then the oldest beyond the row cap; both walk the `at` index."""
        self._db.execute("DELETE FROM seen WHERE at < ?", (time.time() - self.seen_ttl_s,))
        self._db.execute("DELETE FROM retries WHERE first_at < ?", (time.time() - self.seen_ttl_s,))
        self._db.execute("DELETE FROM handover WHERE at < ?", (time.time() - self.seen_ttl_s,))
        row = self._db.execute("SELECT at FROM seen ORDER BY at DESC LIMIT 1 OFFSET ?",
                               (self.seen_max_rows,)).fetchone()
        if row is not None:
            self._db.execute("DELETE FROM seen WHERE at <= ?", (row[0],))

    def near_duplicate(self, article_id: str, h: int) -> str | None:
        """The id of an earlier article whose text fingerprint is within MAX_DISTANCE bits of `h`."""
        b = bands(h)
        with self._lock:
            rows = self._db.execute("SELECT id, h FROM fingerprints WHERE (b0=? OR b1=? OR b2=? OR b3=?) AND id != ? "
                                    "ORDER BY at LIMIT 200", (*b, article_id)).fetchall()
        for other, oh in rows:
            if distance(h, oh & ((1 << 64) - 1)) <= MAX_DISTANCE:
                return str(other)
        return None

    def remember(self, article_id: str, h: int) -> None:
        signed = h - (1 << 64) if h >= 1 << 63 else h  # SQLite integers are signed 64-bit
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO fingerprints VALUES (?,?,?,?,?,?,?)",
                             (article_id, signed, *bands(h), time.time()))
            if self._db.total_changes % 1000 == 0:
                self._db.execute("DELETE FROM fingerprints WHERE id NOT IN "
                                 "(SELECT id FROM fingerprints ORDER BY at DESC LIMIT ?)", (MAX_FINGERPRINTS,))

    def feed(self, url: str) -> FeedState:
        with self._lock:
            row = self._db.execute("SELECT * FROM feeds WHERE url=?", (url,)).fetchone()
        return FeedState(*row) if row else FeedState(url=url)

    def save_feed(self, f: FeedState) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO feeds VALUES (?,?,?,?,?,?,?,?,?,?)",
                             (f.url, f.etag, f.last_modified, f.last_poll, f.last_status, f.error_streak,
                              f.next_poll, f.items_seen, f.published, f.last_error))

    def save_feeds(self, states: list[FeedState]) -> None:
        """Several feeds' state in one transaction (the handover of thousands of feeds)."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany("INSERT OR REPLACE INTO feeds VALUES (?,?,?,?,?,?,?,?,?,?)",
                                     [(f.url, f.etag, f.last_modified, f.last_poll, f.last_status, f.error_streak,
                                       f.next_poll, f.items_seen, f.published, f.last_error) for f in states])
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def feeds(self) -> list[FeedState]:
        with self._lock:
            return [FeedState(*r) for r in self._db.execute("SELECT * FROM feeds ORDER BY url")]
