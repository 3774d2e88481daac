"""deadletter.v1 records: the original bytes, where they came from, and a stable error kind."""
from __future__ import annotations

import base64
from datetime import datetime, timezone
from typing import Any

# base64 makes 4 bytes of 3: 700 KB of payload stay under the 1 MiB a default broker accepts per record
MAX_PAYLOAD = 700_000
# when the broker still refuses a dead letter as too large (a smaller max.message.bytes), it is sent again with
# the payload cut to these sizes, the last one empty: where the record came from always gets through
SMALLER_PAYLOADS = (64_000, 0)
# a record key is copied into the dead letter (its Kafka key and source.key): a key of control bytes grows six-fold
# as JSON ("\u0001"), so an uncapped 700 KB key alone would make the dead letter too large for any broker
MAX_KEY_BYTES = 1_000
MAX_SOURCE_CHARS = 2_000  # source.key, url, feed_url
MAX_ERROR_CHARS = 2_000


def kafka_key(key: bytes | None, last_try: bool = False) -> bytes | None:
    """The dead letter's Kafka key: the source key, cut; none on the last try (where it came from still gets
    through in source.topic/partition/offset)."""
    return None if last_try or key is None else key[:MAX_KEY_BYTES]


def record(stage: str, error_kind: str, error: str, payload: bytes, max_payload: int = MAX_PAYLOAD,
           last_try: bool = False, **source: Any) -> dict[str, Any]:
    """A deadletter.v1 record. Every field is capped; `last_try` (the broker refused the smaller ones) also drops
    the key and the error detail, keeping the kind and where the record came from."""
    truncated = len(payload) > max_payload
    kept = {k: v[:MAX_SOURCE_CHARS] if isinstance(v, str) else v for k, v in source.items()
            if k in {"topic", "partition", "offset", "key", "url", "feed_url"} and not (last_try and k == "key")}
    return {
        "stage": stage,
        "error_kind": error_kind,
        "error": error_kind if last_try else error[:MAX_ERROR_CHARS],
        "source": kept,
        "payload_b64": base64.b64encode(payload[:max_payload]).decode(),
        "payload_truncated": truncated,
        "failed_at": datetime.now(timezone.utc).isoformat(),
    }


def of_record(stage: str, error_kind: str, error: str, rec: Any) -> tuple[bytes | None, dict[str, Any]]:
    """The Kafka key and deadletter.v1 record of one consumed record (topic, partition, offset, key, value)."""
    key: bytes | None = getattr(rec, "key", None)
    return kafka_key(key), record(stage, error_kind, error, rec.value or b"", topic=rec.topic,
                                  partition=rec.partition, offset=rec.offset,
                                  key=key[:MAX_SOURCE_CHARS].decode("utf-8", "replace") if key else None)
