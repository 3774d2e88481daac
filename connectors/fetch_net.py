"""The fetcher's network layer (an httpcore network backend): connect only to vetted addresses, within the deadline.

Why a backend and not a check before the request: a check resolves the name, then httpcore resolves it again to
connect, and a DNS server that answers a public address first and a private one next (DNS rebinding) gets through.
Here the lookup that vets the addresses is the one the socket connects to; TLS SNI, certificate checks and the
Host header still use the name, because httpcore passes it to `start_tls` and the request, not to us.

Why a per-read deadline rather than a watchdog: every blocking call of a connection (DNS, connect, TLS handshake,
each read and write) takes min(its own timeout, time left before the request's total deadline) as its socket
timeout, and fails at once when no time is left. So a server that trickles one byte per second through the
headers, or a chain of slow redirects, ends at the deadline with no extra thread per request and no socket closed
under another thread's feet. The deadline is per calling thread (a ContextVar), so a pooled keep-alive connection
obeys the deadline of the request that is using it.
"""
from __future__ import annotations

import contextvars
import ipaddress
import socket
import ssl
import threading
import time
import typing
from collections import Counter
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout

import httpcore

from connectors.fetch_addresses import is_public

DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("fetch_deadline", default=None)


class Refused(Exception):
    """The host resolves to an address that is not public (raised through httpcore/httpx unchanged)."""

    def __init__(self, host: str, ip: str) -> None:
        super().__init__(f"{host} resolves to {ip}, a non-public address")
        self.host = host
        self.ip = ip


def time_left(timeout: float | None, exc: type[Exception]) -> float | None:
    """`timeout` cut to what is left of the current deadline; raises `exc` when nothing is left."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise exc("total deadline exceeded")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """Wraps a socket stream so that no read, write or TLS handshake runs past the deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        # CPython bounds the whole handshake by the socket timeout, so this cut holds for a trickled handshake too
        inner = self._inner.start_tls(ssl_context, server_hostname, time_left(timeout, httpcore.ConnectTimeout))
        return DeadlineStream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class Lookups:
    """getaddrinfo without a queue: each lookup runs on its own daemon thread, so a name whose nameserver never
    answers holds only its own thread, never a shared pool that healthy names wait behind. getaddrinfo has no
    timeout, so the caller waits at most the time it has left and the lookup finishes in the background; the
    lookups still running are bounded per name and in total (past either bound a lookup fails at once)."""

    def __init__(self, per_name: int = 4, total: int = 128) -> None:
        self.per_name, self.total = per_name, total
        self._running: Counter[str] = Counter()
        self._lock = threading.Lock()

    def pending(self) -> int:
        with self._lock:
            return sum(self._running.values())

    def start(self, host: str, port: int) -> Future[list[typing.Any]]:
        key = host.lower()
        with self._lock:
            if self._running[key] >= self.per_name or sum(self._running.values()) >= self.total:
                raise httpcore.ConnectError(f"DNS: too many lookups of {host} (or in all) still unanswered")
            self._running[key] += 1
        future: Future[list[typing.Any]] = Future()

        def run() -> None:
            try:
                future.set_result(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP))
            except BaseException as e:  # handed to the caller, who maps it
                future.set_exception(e)
            finally:
                with self._lock:
                    self._running[key] -= 1
                    if self._running[key] <= 0:
                        del self._running[key]
        threading.Thread(target=run, name="dns", daemon=True).start()
        return future


def _literal(host: str) -> str | None:
    """The host as an address when it is an IP literal (no lookup needed), else None."""
    try:
        return str(ipaddress.ip_address(host.strip("[]").split("%")[0]))
    except ValueError:
        return None


class GuardedBackend(httpcore.NetworkBackend):
    """Resolves the host once, refuses it if any address is not public (unless allowed), connects to those addresses."""

    def __init__(self, allow_private: bool, allowed_hosts: frozenset[str]) -> None:
        self.allow_private = allow_private
        self.allowed_hosts = allowed_hosts
        self._tcp = httpcore.SyncBackend()
        self._lookups = Lookups()

    def close(self) -> None:
        pass  # lookups still running end by themselves (daemon threads, bounded in number)

    def pending_lookups(self) -> int:
        return self._lookups.pending()

    def _addresses(self, host: str, port: int, timeout: float | None) -> list[str]:
        literal = _literal(host)
        if literal is not None:
            return [literal]
        future = self._lookups.start(host, port)
        try:
            infos = future.result(time_left(timeout, httpcore.ConnectTimeout))
        except FutureTimeout:
            raise httpcore.ConnectTimeout(f"DNS lookup of {host} timed out") from None
        except (OSError, UnicodeError) as e:
            raise httpcore.ConnectError(f"DNS: {e}") from None
        return list(dict.fromkeys(str(info[4][0]) for info in infos))

    def resolve(self, host: str, port: int, timeout: float | None) -> list[str]:
        """The addresses to connect to, vetted. Raises Refused, httpcore.ConnectError or ConnectTimeout."""
        addresses = self._addresses(host, port, timeout)
        if not addresses:
            raise httpcore.ConnectError(f"DNS: no address for {host}")
        if not (self.allow_private or host.lower().strip("[]") in self.allowed_hosts):
            for a in addresses:
                if not is_public(ipaddress.ip_address(a.split("%")[0])):
                    raise Refused(host, a)
        return addresses

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None
                    ) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self.resolve(host, port, timeout):
            try:
                stream = self._tcp.connect_tcp(address, port, time_left(timeout, httpcore.ConnectTimeout),
                                               local_address, socket_options)
                return DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                last = e
        assert last is not None
        raise last

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None
                            ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)
