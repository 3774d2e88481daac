"""A thread pool that serves its queues round-robin: one task per key (a page's host) in turn.

The page fetches of all feeds share one pool. With a FIFO queue a feed that lists 60 pages of one slow-to-crawl
host (Crawl-delay, spacing) put all of them ahead of every other feed's pages, which waited behind the whole
backlog. Here each host has its own queue and an idle thread takes the next task of the next host, so a page of
another host waits for at most one task per busy host, however long their queues are.
"""
from __future__ import annotations

import threading
from collections import OrderedDict, deque
from concurrent.futures import Future
from typing import Any, Callable, TypeVar

T = TypeVar("T")


class FairPool:
    """`submit(key, fn, *args)` -> Future; tasks of one key run in order, keys take turns."""

    def __init__(self, workers: int, name: str = "fair") -> None:
        self._queues: OrderedDict[str, deque[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]]] = OrderedDict()
        self._cond = threading.Condition()
        self._closed = False
        self._threads = [threading.Thread(target=self._work, name=f"{name}_{i}", daemon=True) for i in range(workers)]
        for t in self._threads:
            t.start()

    def submit(self, key: str, fn: Callable[..., T], *args: Any) -> Future[T]:
        fut: Future[T] = Future()
        with self._cond:
            if self._closed:
                raise RuntimeError("cannot schedule new tasks after shutdown")
            self._queues.setdefault(key, deque()).append((fut, fn, args))
            self._cond.notify()
        return fut

    def pending(self) -> int:
        with self._cond:
            return sum(len(q) for q in self._queues.values())

    def _next(self) -> tuple[Future[Any], Callable[..., Any], tuple[Any, ...]] | None:
        with self._cond:
            while not self._queues and not self._closed:
                self._cond.wait()
            if not self._queues:
                return None
            key, queue = next(iter(self._queues.items()))
            task = queue.popleft()
            if queue:
                self._queues.move_to_end(key)  # its next task after one of every other key's
            else:
                del self._queues[key]
            return task

    def _work(self) -> None:
        while (task := self._next()) is not None:
            fut, fn, args = task
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(fn(*args))
            except BaseException as e:  # handed to whoever waits on the future, like ThreadPoolExecutor
                fut.set_exception(e)

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        with self._cond:
            self._closed = True
            if cancel_futures:
                for queue in self._queues.values():
                    for fut, _, _ in queue:
                        fut.cancel()
                self._queues.clear()
            self._cond.notify_all()
        if wait:
            for t in self._threads:
                if t is not threading.current_thread():
                    t.join()
