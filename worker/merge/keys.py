"""The merge key and its partition: what lets several merger instances share the stream. Pure.

Two reports can only join one event when they have the same merge key, the normalised country the matcher reads
(`Report.country`, which a headline's city may set); a report without a country has a key of its own (UNKNOWN).
So every event lives under one key, and the key's partition (a stable hash, the same in every process and
version, unlike Python's `hash`) tells which merger instance holds it: the repartition stage sends an incident to
the partition of its key on merge-input.v1, and the merger publishes the event to that same partition of events.v1,
where the instance that owns the partition finds it again on restart or rebalance.
"""
from __future__ import annotations

import hashlib
from typing import Any

from worker.merge.reports import Report, from_incident

UNKNOWN = "?"  # the key of reports whose country is unknown: they merge only with each other


def merge_key(r: Report) -> str:
    """The normalised country ("United  States" and "united states" are one key), or UNKNOWN."""
    return " ".join((r.country or "").split()).casefold() or UNKNOWN


def incident_key(incident: dict[str, Any]) -> str:
    """The merge key of an incident.v1 record (the matcher's reading of it, so the core and the router agree)."""
    return merge_key(from_incident(incident))


def partition_of(key: str, partitions: int) -> int:
    """The partition of a merge key among `partitions`: stable across processes, hosts and restarts."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") % partitions
