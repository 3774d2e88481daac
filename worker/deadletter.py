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


def record(stage: str, error_kind: str, error: str, payload: bytes, max_payload: int = MAX_PAYLOAD,
           **source: Any) -> dict[str, Any]:
    truncated = len(payload) > max_payload
    return {
        "stage": stage,
        "error_kind": error_kind,
        "error": error[:2000],
        "source": {k: v for k, v in source.items() if k in {"topic", "partition", "offset", "key", "url", "feed_url"}},
        "payload_b64": base64.b64encode(payload[:max_payload]).decode(),
        "payload_truncated": truncated,
        "failed_at": datetime.now(timezone.utc).isoformat(),
    }
