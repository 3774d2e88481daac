"""Persistent connector state in SQLite: seen articles and per-feed validators/schedule, across restarts."""
from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from connectors.simhash import MAX_DISTANCE, bands, distance

SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (id TEXT PRIMARY KEY, url TEXT NOT NULL, status TEXT NOT NULL, at REAL NOT NULL);
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
"""
MAX_FINGERPRINTS = 200_000


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

    def __init__(self, path: str | Path) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def is_seen(self, article_id: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM seen WHERE id=?", (article_id,)).fetchone() is not None

    def mark_seen(self, article_id: str, url: str, status: str = "published") -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO seen VALUES (?,?,?,?)", (article_id, url, status, time.time()))

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

    def feeds(self) -> list[FeedState]:
        with self._lock:
            return [FeedState(*r) for r in self._db.execute("SELECT * FROM feeds ORDER BY url")]
