"""Starting and stopping the long-lived services: embedded broker when none is configured, SIGTERM, probes."""
from __future__ import annotations

import contextlib
import logging
import signal
import threading
from typing import Any, Iterator

from worker import kafka
from worker.config import Settings
from worker.health import Probe, serve

log = logging.getLogger(__name__)
ACK_TIMEOUT_S = 30.0  # how long the extractor waits for the broker to acknowledge a batch's outputs


def stall_limit_s(settings: Settings) -> float:
    """How long the extractor's step loop may go without a beat before it counts as hung: the longest legitimate
    batch (every record using its whole extraction budget) plus two acknowledgement waits, and never under two
    minutes. Here, not in worker.service, so a process that runs only the connectors never imports the extraction
    (its regexes and tables: seconds of start-up)."""
    return max(120.0, settings.max_poll_records * settings.extract_budget_s + 2 * ACK_TIMEOUT_S)


# SIGTERM -> exit: the time a service (or `--workers` child) has to finish, commit and leave the group; the pod's
# terminationGracePeriodSeconds (30) is above it. A `--workers` parent gives its children this same period.
STOP_GRACE_S = 25.0
# how soon the extractor stops reading a batch once the stop flag is set: the rest of the grace is for the
# acknowledgement, the commit and leaving the group
STOP_WITHIN_S = 15.0
# A work loop whose step failed on the broker waits, doubling from the first to the longest wait. The cap bounds how
# late a loop tries again once the broker is back (it was 30 s, as were the clients' own reconnect waits: after a 30 s
# outage the extractor committed again 25 to 35 s after the broker's return). A short cap does not spin: a failing
# step already blocks in the client (a flush, a commit, a metadata wait) for seconds.
RETRY_BACKOFF_S = (0.5, 5.0)


def join_window_ms(settings: Settings) -> int:
    """How long a poll waits while the consumer holds no partition (it is joining its group): one whole JoinGroup
    and SyncGroup round, which the broker answers only after a delay (Tansu about half the session timeout, Kafka
    3 s for a new group). kafka-python 3.0 drops a join that completes between two polls and sends JoinGroup again,
    so short polls could restart the join again and again under CPU load. Capped by STOP_WITHIN_S so that a stop
    flag is still seen in time."""
    return int(min(settings.session_timeout_ms, STOP_WITHIN_S * 1000))


def retry_backoff(previous: float | None) -> float:
    """The wait after a failed step: the first wait after a success (`previous` None), else double, capped."""
    first, longest = RETRY_BACKOFF_S
    return first if previous is None else min(previous * 2, longest)


@contextlib.contextmanager
def broker(settings: Settings) -> Iterator[Settings]:
    """Settings pointing at a broker: the configured one, or an embedded Tansu started (and stopped) here."""
    if settings.bootstrap_servers:
        yield settings
        return
    with kafka.EmbeddedBroker() as b:
        yield settings.with_(bootstrap_servers=b.bootstrap)


def stop_on_signals() -> threading.Event:
    """SIGTERM/SIGINT only set a flag: the loops finish their batch, commit and leave the group."""
    stop = threading.Event()

    def handler(signum: int, _frame: Any) -> None:
        log.info("stopping", extra={"signal": signal.Signals(signum).name})
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, handler)
    return stop


def probes(settings: Settings, model_loaded: threading.Event | None = None, stall_after_s: float = 120.0) -> Probe:
    probe = Probe(stall_after_s)
    probe.checks["broker"] = lambda: kafka.reachable(settings)
    if model_loaded is not None:
        probe.checks["model"] = model_loaded.is_set
    if settings.http_port:
        serve(probe, settings.http_port)
    return probe
