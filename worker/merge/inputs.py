"""What a merger input record is: an incident, a manifest, or a record to dead-letter with its kind. Pure.

Both merger stages read records through `read_input`, so the repartition stage sets aside (with their original
topic and offset) exactly what the merge stage could not read, and a record written straight to merge-input.v1 is
judged the same way.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

INCIDENT = "incident"
MANIFEST = "manifest"
# the dead-letter kinds of records no stage can read (merge_failed, a record the core raised on, is the fourth)
POISON_KINDS = ("invalid_json", "tombstone", "not_an_incident")
MERGE_FAILED = "merge_failed"


@dataclass(frozen=True)
class Input:
    kind: str                         # INCIDENT, MANIFEST, or one of POISON_KINDS
    value: dict[str, Any] | None = None
    error: str = ""

    @property
    def poison(self) -> bool:
        return self.kind not in (INCIDENT, MANIFEST)


def read_input(value: bytes | None) -> Input:
    """Classify one record value. A manifest needs a non-empty string article_id and a list of incident_ids (the
    core keys its state by the article id); an incident needs a string id and an event_type."""
    if value is None:
        return Input("tombstone", error="a tombstone (no value) where an incident or manifest was expected")
    try:
        msg = orjson.loads(value)
    except orjson.JSONDecodeError as e:
        return Input("invalid_json", error=str(e))
    if not isinstance(msg, dict):
        return Input("not_an_incident", error=f"a JSON {type(msg).__name__}, not an object")
    if "incident_ids" in msg and "event_type" not in msg:
        aid, ids = msg.get("article_id"), msg.get("incident_ids")
        if isinstance(aid, str) and aid and isinstance(ids, list):
            return Input(MANIFEST, msg)
        return Input("not_an_incident", error=f"a manifest with article_id of type {type(aid).__name__} and "
                                              f"incident_ids of type {type(ids).__name__}")
    if isinstance(msg.get("id"), str) and "event_type" in msg:
        return Input(INCIDENT, msg)
    return Input("not_an_incident", error="neither an incident (string id, event_type) nor a manifest "
                                          "(article_id, incident_ids)")
