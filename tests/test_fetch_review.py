"""Fetcher defects from the outside review (issue 17): validators that are not ASCII, exceptions that escaped
get(), protocol violations as a permanent kind, site-local IPv6, split raw deflate, tiny chunks, the DNS pool."""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
import tracemalloc
import zlib
from typing import Iterator
from unittest import mock

import httpcore
import pytest

from connectors import service
from connectors.fetch import BadUrl, Fetcher, FetchError, HttpStatus, _retry_after
from connectors.fetch_addresses import is_public
from connectors.fetch_decode import BoundedDecoder
from connectors.fetch_net import GuardedBackend
from tests.test_fetch_limits import raw_server
from worker.config import load

SEEN: list[bytes] = []  # request heads received by the server, in order


def handle(conn: socket.socket, req: bytes) -> None:
    SEEN.append(req)
    path = req.split(b" ")[1] if req.count(b" ") >= 2 else b"/"
    answers = {
        b"/etag": b"HTTP/1.1 200 OK\r\nETag: \"r7-na\xefve\"\r\nLast-Modified: Tue, 03 Feb 2026 10:00:00 \xb1\r\n"
                  b"Content-Length: 2\r\n\r\nok",
        b"/to-bad-idna": b"HTTP/1.1 302 Found\r\nLocation: http://xn--/landing\r\nContent-Length: 0\r\n\r\n",
        b"/to-bad-idna2": b"HTTP/1.1 302 Found\r\nLocation: http://xn--a.org/\r\nContent-Length: 0\r\n\r\n",
        b"/busy-zone": b"HTTP/1.1 503 Busy\r\nRetry-After: Wed, 04 Feb 2026 00:00:00 +88888888888888888888\r\n"
                       b"Content-Length: 0\r\n\r\n",
        b"/busy-inf": b"HTTP/1.1 503 Busy\r\nRetry-After: 1e999\r\nContent-Length: 0\r\n\r\n",
        b"/bad-te": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: br\r\n\r\nzz",
        b"/two-lengths": b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
        b"/bad-status": b"HTTP/1.1 9999 Odd\r\nContent-Length: 0\r\n\r\n",
        b"/bad-header": b"HTTP/1.1 200 OK\r\nNot A Header: y\r\nContent-Length: 0\r\n\r\n",
        b"/cut-body": b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nonly part",
        b"/silent": b"",
    }
    answer = answers.get(path, b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
    conn.sendall(answer.replace(b"\r\n", b"\r\nConnection: close\r\n", 1))  # the server closes after each answer


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    yield from raw_server(handle)


@pytest.fixture()
def fetcher() -> Iterator[Fetcher]:
    f = Fetcher(load(env={}, allow_private_hosts="127.0.0.1", fetch_timeout_s=3))
    yield f
    f.close()


def test_non_ascii_validators_go_back_byte_for_byte(server, fetcher):
    first = fetcher.get(server + "/etag")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    SEEN.clear()
    fetcher.get(server + "/etag", headers={"If-None-Match": etag, "If-Modified-Since": modified})
    assert b'If-None-Match: "r7-na\xefve"\r\n' in SEEN[-1]
    assert b"If-Modified-Since: Tue, 03 Feb 2026 10:00:00 \xb1\r\n" in SEEN[-1]


def test_a_validator_outside_latin_1_is_dropped_not_a_crash(server, fetcher):
    SEEN.clear()
    resp = fetcher.get(server + "/etag", headers={"If-None-Match": '"snow\u2603man"'})
    assert resp.status == 200 and b"If-None-Match" not in SEEN[-1]


@pytest.mark.parametrize("url", ["http://xn--/", "http://xn--a.org/story", "/to-bad-idna", "/to-bad-idna2"])
def test_undecodable_idna_hosts_are_bad_url(server, fetcher, url):
    with pytest.raises(BadUrl):
        fetcher.get(server + url if url.startswith("/") else url)


@pytest.mark.parametrize("path", ["/busy-zone", "/busy-inf"])
def test_absurd_retry_after_is_ignored(server, fetcher, path):
    with pytest.raises(HttpStatus) as e:
        fetcher.get(server + path)
    assert e.value.status == 503 and e.value.retry_after is None


def test_retry_after_stays_finite():
    assert _retry_after("nan") is None and _retry_after("-inf") is None
    assert _retry_after("120") == 120.0


def test_an_unexpected_library_error_is_still_a_fetch_error(server, fetcher):
    with mock.patch.object(fetcher.client, "stream", side_effect=RuntimeError("library bug")):
        with pytest.raises(FetchError) as e:
            fetcher.get(server + "/etag")
    assert e.value.kind == "unexpected_error"


@pytest.mark.parametrize("path", ["/bad-te", "/two-lengths", "/bad-status", "/bad-header"])
def test_malformed_responses_are_a_permanent_protocol_error(server, fetcher, path):
    with pytest.raises(FetchError) as e:
        fetcher.get(server + path)
    assert e.value.kind == "protocol_error"
    assert not service._transient(e.value)


@pytest.mark.parametrize("path", ["/cut-body", "/silent"])
def test_a_cut_connection_stays_transient(server, fetcher, path):
    with pytest.raises(FetchError) as e:
        fetcher.get(server + path)
    assert e.value.kind == "connect_failed"


def test_site_local_ipv6_is_not_public():
    for ip in ("fec0::1", "fec0::a9fe:a9fe", "feff:ffff::1"):
        assert not is_public(ipaddress.ip_address(ip))
    assert is_public(ipaddress.ip_address("2606:4700::1111"))


def test_raw_deflate_decodes_when_the_first_chunk_is_one_byte():
    page = b"<p>" + b"The council met the fishermen on the pier. " * 300 + b"</p>"
    raw = zlib.compress(page)[2:-4]
    for first in (1, 2, 3):
        d = BoundedDecoder("deflate", 1 << 20)
        out = b"".join(d.feed(raw[:first]) + d.feed(raw[first:]))
        assert out == page


class _Chunks:
    """Stands in for a streamed httpx response: many tiny raw chunks."""

    def __init__(self, n: int, size: int) -> None:
        self.headers: dict[str, str] = {}
        self.n, self.size = n, size

    def iter_raw(self) -> Iterator[bytes]:
        for i in range(self.n):
            yield bytes([97 + i % 26]) * self.size


def test_tiny_chunks_cost_about_the_body_in_memory(fetcher):
    n, size = 200_000, 8
    tracemalloc.start()
    try:
        body = fetcher._body("http://x.example/", _Chunks(n, size), time.monotonic() + 60)  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(body) == n * size
    assert peak < 3 * n * size, f"peak {peak} for a {n * size} byte body"


def test_ip_literals_skip_the_resolver():
    backend = GuardedBackend(allow_private=True, allowed_hosts=frozenset())
    try:
        with mock.patch("socket.getaddrinfo", side_effect=AssertionError("resolver called")):
            assert backend.resolve("127.0.0.1", 80, 1.0) == ["127.0.0.1"]
            assert backend.resolve("::1", 80, 1.0) == ["::1"]
    finally:
        backend.close()


def test_hung_lookups_of_other_names_do_not_delay_a_lookup():
    def fake(host, port, *a, **kw):
        if str(host).endswith(".hang.test"):
            time.sleep(3)
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]

    backend = GuardedBackend(allow_private=False, allowed_hosts=frozenset())
    try:
        with mock.patch("socket.getaddrinfo", fake):
            def hostile(i: int) -> None:
                for j in range(2):
                    with pytest.raises((httpcore.ConnectError, httpcore.ConnectTimeout)):
                        backend.resolve(f"n{i}-{j}.hang.test", 80, 0.3)
            threads = [threading.Thread(target=hostile, args=(i,)) for i in range(6)]
            for t in threads:
                t.start()
            time.sleep(0.1)
            started = time.monotonic()
            assert backend.resolve("news.example", 443, 1.0) == ["93.184.216.34"]
            assert time.monotonic() - started < 0.5
            for t in threads:
                t.join(5)
    finally:
        backend.close()


def test_lookups_of_one_name_are_bounded():
    gate = threading.Event()

    def fake(host, port, *a, **kw):
        gate.wait(5)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]

    backend = GuardedBackend(allow_private=False, allowed_hosts=frozenset())
    try:
        with mock.patch("socket.getaddrinfo", fake):
            for _ in range(8):
                with pytest.raises((httpcore.ConnectError, httpcore.ConnectTimeout)):
                    backend.resolve("slow.example", 80, 0.05)
            assert backend.pending_lookups() <= 4
    finally:
        gate.set()
        backend.close()
