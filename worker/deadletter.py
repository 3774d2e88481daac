"""deadletter.v1 records: the original bytes, where they came from, and a stable error kind."""
from __future__ import annotations

import base64
from datetime import datetime, timezone
from typing import Any

MAX_PAYLOAD = 1_000_000


def record(stage: str, error_kind: str, error: str, payload: bytes, **source: Any) -> dict[str, Any]:
    truncated = len(payload) > MAX_PAYLOAD
    return {
        "stage": stage,
        "error_kind": error_kind,
        "error": error[:2000],
        "source": {k: v for k, v in source.items() if k in {"topic", "partition", "offset", "key", "url", "feed_url"}},
        "payload_b64": base64.b64encode(payload[:MAX_PAYLOAD]).decode(),
        "payload_truncated": truncated,
        "failed_at": datetime.now(timezone.utc).isoformat(),
    }
