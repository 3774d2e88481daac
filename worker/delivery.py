"""Pure delivery bookkeeping for the extractor: which sends were acknowledged, which failures are permanent, and
how far each partition of a poll may be committed."""
from __future__ import annotations

from typing import Any

from kafka.errors import (InvalidRecordError, InvalidTopicError, MessageSizeTooLargeError, RecordListTooLargeError,
                          TopicAuthorizationFailedError, UnsupportedForMessageFormatError)
from kafka.structs import TopicPartition

# the broker refuses these for good: retrying the same record can never succeed
PERMANENT: tuple[type[BaseException], ...] = (MessageSizeTooLargeError, RecordListTooLargeError, InvalidRecordError,
                                               UnsupportedForMessageFormatError, InvalidTopicError)
_NEVER_DEAD_LETTER = (TopicAuthorizationFailedError,)  # a config error: dead letters would be refused too


def error_of(send: Any) -> BaseException | None:
    """The failure of one send (a future, or the exception send() raised); None when acknowledged or pending."""
    if isinstance(send, BaseException):
        return send
    if getattr(send, "is_done", False) and send.failed():
        return send.exception
    return None


def acknowledged(sends: list[Any]) -> bool:
    """Every send completed successfully (a pending send after the flush deadline is not acknowledged)."""
    return all(not isinstance(s, BaseException) and s.is_done and s.succeeded() for s in sends)


def permanent(sends: list[Any]) -> bool:
    """Some send failed with an error that a retry cannot fix."""
    return any(isinstance(error_of(s), PERMANENT) for s in sends)


def commit_plan(parts: dict[TopicPartition, list[tuple[int, bool]]]
                ) -> tuple[dict[TopicPartition, int], dict[TopicPartition, int]]:
    """Per partition of one poll, its (offset, acknowledged) records in order -> (commits, seeks).

    A partition is committed up to its first record with an unacknowledged output (exclusive), never past it, and
    sought back there; a partition whose first record is unacknowledged is not committed at all."""
    commits: dict[TopicPartition, int] = {}
    seeks: dict[TopicPartition, int] = {}
    for tp, recs in parts.items():
        if not recs:
            continue
        first_bad = next((offset for offset, ok in recs if not ok), None)
        if first_bad is None:
            commits[tp] = recs[-1][0] + 1
            continue
        seeks[tp] = first_bad
        if first_bad > recs[0][0]:
            commits[tp] = first_bad
    return commits, seeks
