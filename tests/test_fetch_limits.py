"""The fetcher's limits against raw-socket servers on 127.0.0.1: the total deadline in every phase, bounded
decompression, huge headers as a permanent error kind."""
from __future__ import annotations

import functools
import gzip
import multiprocessing as mp
import resource
import socket
import threading
import time
import zlib
from typing import Callable, Iterator
from unittest import mock

import brotli
import pytest

from connectors import service
from connectors.fetch import BadEncoding, Fetcher, FetchError, HeadersTooLarge, Timeout, TooLarge
from worker.config import load

MIB = 1 << 20
Handler = Callable[[socket.socket, bytes], None]


def _read_request(conn: socket.socket) -> bytes:
    req = b""
    while b"\r\n\r\n" not in req:
        chunk = conn.recv(4096)
        if not chunk:
            break
        req += chunk
    return req


def raw_server(handle: Handler) -> Iterator[str]:
    """A listening socket; each connection runs `handle(conn, request_bytes)` in its own thread."""
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(64)

    def serve(conn: socket.socket) -> None:
        try:
            handle(conn, _read_request(conn))
        except OSError:
            pass
        finally:
            conn.close()

    def loop() -> None:
        while True:
            try:
                c, _ = ls.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(c,), daemon=True).start()
    threading.Thread(target=loop, daemon=True).start()
    yield f"http://127.0.0.1:{ls.getsockname()[1]}"
    ls.close()


def _trickle(conn: socket.socket, first: bytes, every_s: float = 0.2, for_s: float = 6.0) -> None:
    conn.sendall(first)
    end = time.monotonic() + for_s
    while time.monotonic() < end:
        conn.sendall(b"X")
        time.sleep(every_s)


def handle(conn: socket.socket, req: bytes) -> None:
    path = req.split(b" ")[1].decode() if req.count(b" ") >= 2 else "/"
    if path == "/trickle-headers":
        _trickle(conn, b"HTTP/1.1 200 OK\r\n")
    elif path == "/trickle-body":
        _trickle(conn, b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
    elif path.startswith("/slow-redirect/"):
        time.sleep(0.4)
        n = int(path.rsplit("/", 1)[1])
        conn.sendall(f"HTTP/1.1 302 Found\r\nLocation: /slow-redirect/{n + 1}\r\nContent-Length: 0\r\n\r\n".encode())
    elif path == "/huge-headers":
        conn.sendall(b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-Pad-%d: %s\r\n" % (i, b"p" * 1000) for i in range(2000))
                     + b"Content-Length: 2\r\n\r\nok")
    elif path.startswith("/encoded/"):
        body, enc = encoded()[path.rsplit("/", 1)[1]]
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: {enc}\r\n"
                     f"Content-Length: {len(body)}\r\n\r\n".encode() + body)


def _brotli_zeros(mib: int) -> bytes:
    c = brotli.Compressor(quality=5, lgwin=24)
    return b"".join(c.process(b"\0" * MIB) for _ in range(mib)) + c.finish()


def _gzip_zeros(mib: int) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join(z.compress(b"\0" * MIB) for _ in range(mib)) + z.flush()


PAGE = b"<html><body><p>" + "Caf\u00e9 owners met the mayor on Tuesday. ".encode() * 400 + b"</p></body></html>"


@functools.cache
def encoded() -> dict[str, tuple[bytes, str]]:
    """Bodies by name: (bytes on the wire, Content-Encoding). Built once, when a test first needs them."""
    return {
        "br-bomb": (_brotli_zeros(256), "br"),
        "gzip-bomb": (_gzip_zeros(64), "gzip"),
        "gzip-gzip": (gzip.compress(_gzip_zeros(64)), "gzip, gzip"),
        "gzip-br": (gzip.compress(brotli.compress(PAGE)), "br, gzip"),
        "gzip-page": (gzip.compress(PAGE), "gzip"),
        "deflate-page": (zlib.compress(PAGE), "deflate"),
        "raw-deflate-page": (zlib.compress(PAGE)[2:-4], "deflate"),
        "br-page": (brotli.compress(PAGE), "br"),
        "corrupt-gzip": (b"\x1f\x8b\x08\x00garbage-not-gzip" * 4, "gzip"),
        "identity-page": (PAGE, "identity"),
    }


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    encoded()  # built before the server answers, not inside a timed request
    yield from raw_server(handle)


def _fetcher(timeout_s: float, **kw: object) -> Fetcher:
    return Fetcher(load(env={}, allow_private_hosts="127.0.0.1", fetch_timeout_s=timeout_s, **kw))


def _timed_get(f: Fetcher, url: str) -> tuple[type[BaseException] | None, float]:
    started = time.monotonic()
    try:
        f.get(url)
        return None, time.monotonic() - started
    except FetchError as e:
        return type(e), time.monotonic() - started
    finally:
        f.close()


# ---- the total deadline -----------------------------------------------------------------------------------------

def test_deadline_holds_while_headers_trickle(server):
    err, secs = _timed_get(_fetcher(0.5), server + "/trickle-headers")  # deadline 1.5 s; the server trickles 6 s
    assert err is Timeout and secs < 2.5, (err, secs)


def test_deadline_holds_while_the_body_trickles(server):
    err, secs = _timed_get(_fetcher(0.5), server + "/trickle-body")
    assert err is Timeout and secs < 2.5, (err, secs)


def test_deadline_holds_across_redirect_hops(server):
    err, secs = _timed_get(_fetcher(0.5, max_redirects=20), server + "/slow-redirect/0")  # 0.4 s per hop
    assert err is Timeout and secs < 2.5, (err, secs)


def test_deadline_holds_while_dns_hangs(server):
    real = socket.getaddrinfo

    def slow(host, *a, **kw):
        if host == "slow-dns.test":
            time.sleep(4)
            host = "127.0.0.1"
        return real(host, *a, **kw)
    port = server.rsplit(":", 1)[1]
    f = Fetcher(load(env={}, allow_private_hosts="slow-dns.test", fetch_timeout_s=0.5))
    with mock.patch("socket.getaddrinfo", slow):
        err, secs = _timed_get(f, f"http://slow-dns.test:{port}/gzip-page")
    assert err is Timeout and secs < 2.5, (err, secs)


def test_deadline_holds_during_a_trickled_tls_handshake():
    def tls_trickle(conn: socket.socket, _req: bytes) -> None:
        _trickle(conn, b"\x16\x03\x03\x40\x00", every_s=0.2, for_s=6)
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(4)

    def loop() -> None:
        c, _ = ls.accept()
        try:
            tls_trickle(c, b"")
        except OSError:
            pass
        finally:
            c.close()
    threading.Thread(target=loop, daemon=True).start()
    err, secs = _timed_get(_fetcher(0.5), f"https://127.0.0.1:{ls.getsockname()[1]}/")
    ls.close()
    assert err is Timeout and secs < 2.5, (err, secs)


# ---- decoding ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["gzip-page", "deflate-page", "raw-deflate-page", "br-page", "identity-page"])
def test_one_encoding_layer_decodes(server, name):
    f = _fetcher(5)
    try:
        assert f.get(f"{server}/encoded/{name}").body == PAGE
    finally:
        f.close()


@pytest.mark.parametrize("name", ["gzip-gzip", "gzip-br", "corrupt-gzip"])
def test_stacked_or_corrupt_encodings_are_a_permanent_error(server, name):
    f = _fetcher(5)
    try:
        with pytest.raises(BadEncoding) as e:
            f.get(f"{server}/encoded/{name}")
    finally:
        f.close()
    assert e.value.kind not in service.TRANSIENT


def _rss_mib() -> float:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")) / 1024


def _peak_rss_of_fetch(url: str) -> tuple[str, int]:
    """Fetch in a forked child: (error class name, how far the child's RSS rose above its start, in MiB).

    The growth, sampled every 2 ms, not the absolute peak: a child forked from a long pytest run starts with all the
    memory the run has built up."""
    def child(conn) -> None:
        import threading
        start, peak, done = _rss_mib(), [0.0], threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], _rss_mib())
                done.wait(0.002)
        threading.Thread(target=sample, daemon=True).start()
        f = _fetcher(10)
        try:
            f.get(url)
            name = "returned"
        except FetchError as e:
            name = type(e).__name__
        done.set()
        peak[0] = max(peak[0], _rss_mib())
        conn.send((name, int(peak[0] - start)))
        conn.close()
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    p = ctx.Process(target=child, args=(send,), daemon=True)
    p.start()
    send.close()
    try:
        assert recv.poll(60), "the fetch did not finish in 60 s"
        return recv.recv()
    finally:
        p.kill()
        p.join(5)


@pytest.mark.parametrize("name", ["br-bomb", "gzip-bomb"])
def test_compression_bombs_are_refused_with_little_memory(server, name):
    err, growth_mib = _peak_rss_of_fetch(f"{server}/encoded/{name}")
    assert err == "TooLarge" and growth_mib < 100, (err, growth_mib)


@pytest.mark.parametrize("name", ["gzip-page", "br-page", "identity-page"])
def test_decoded_size_cap_is_exact(server, name):
    f, g = _fetcher(5, max_page_bytes=len(PAGE) - 1), _fetcher(5, max_page_bytes=len(PAGE))
    try:
        with pytest.raises(TooLarge):
            f.get(f"{server}/encoded/{name}")
        assert g.get(f"{server}/encoded/{name}").body == PAGE
    finally:
        f.close()
        g.close()


# ---- huge headers -------------------------------------------------------------------------------------------------

def test_huge_headers_are_a_permanent_error_kind(server):
    f = _fetcher(5)
    try:
        with pytest.raises(HeadersTooLarge) as e:
            f.get(server + "/huge-headers")
    finally:
        f.close()
    assert e.value.kind == "headers_too_large" and e.value.kind not in service.TRANSIENT
