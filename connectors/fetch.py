"""The only HTTP client: a total deadline in every phase, a streamed decoded size cap, hop-by-hop redirects, an
SSRF guard at connect time, and one error class per failure kind.

No parsing happens here: callers get bytes and headers. How the guard and the deadline work: `fetch_net`;
bounded decoding: `fetch_decode`; which addresses are public: `fetch_addresses`.
"""
from __future__ import annotations

import http.cookiejar
import ipaddress
import logging
import math
import re
import socket
import time
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any, Callable

import h11
import httpcore
import httpx

from connectors.fetch_addresses import is_public
from connectors.fetch_decode import ACCEPT_ENCODING, BoundedDecoder, DecodeError, OutputLimit
from connectors.fetch_net import DEADLINE, GuardedBackend, Refused
from worker.config import Settings

log = logging.getLogger(__name__)
Hop = Callable[[str], AbstractContextManager[Any]]
"""Called with each hop's URL before it is requested (the first one too); its context is held during that hop."""


class FetchError(Exception):
    """A fetch failed; `kind` is stable and reused in logs, metric labels and dead letters."""

    kind = "fetch_error"

    def __init__(self, url: str, detail: str) -> None:
        super().__init__(f"{self.kind}: {url}: {detail}")
        self.url = url
        self.detail = detail


class Timeout(FetchError):
    kind = "timeout"


class TooLarge(FetchError):
    kind = "too_large"


class HttpStatus(FetchError):
    kind = "http_status"

    def __init__(self, url: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(url, f"HTTP {status}")
        self.status = status
        self.retry_after = retry_after


class BlockedAddress(FetchError):
    kind = "blocked_address"


class BadUrl(FetchError):
    kind = "bad_url"


class TooManyRedirects(FetchError):
    kind = "too_many_redirects"


class ConnectFailed(FetchError):
    kind = "connect_failed"


class WrongContentType(FetchError):
    kind = "wrong_content_type"


class HeadersTooLarge(FetchError):
    """The response header block is over h11's limit (100 KiB): the same on every retry, so permanent."""

    kind = "headers_too_large"


class BadEncoding(FetchError):
    """Corrupt, stacked ("gzip, gzip") or unsupported Content-Encoding: permanent."""

    kind = "bad_encoding"


class ProtocolError(FetchError):
    """The server answered something that is not HTTP/1.1 (illegal status or header line, conflicting
    Content-Length, an unknown Transfer-Encoding): the same answer on every retry, so permanent."""

    kind = "protocol_error"


class Unexpected(FetchError):
    """A library raised what no other kind covers; logged with its traceback, permanent (same input, same bug)."""

    kind = "unexpected_error"


@dataclass(frozen=True)
class Response:
    url: str                 # final URL after redirects
    status: int
    headers: dict[str, str]  # lower-cased names
    body: bytes
    elapsed_s: float = 0.0
    redirects: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def _blocked_ip(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return not is_public(ip)


_HOST = re.compile(r"[A-Za-z0-9._:-]+")


def parse_destination(url: str) -> httpx.URL:
    """The URL as httpx will request it, or BadUrl: http(s), a plain host, a valid port.

    httpx's parser is the one that decides where the request goes, so the guard reads the host from it too (a
    second parser would open parser differentials)."""
    try:
        u = httpx.URL(url)
        host = u.host  # decoded here (IDNA), inside the try: "xn--" labels that do not decode raise
    except (httpx.InvalidURL, TypeError, ValueError, UnicodeError) as e:
        raise BadUrl(url, f"malformed URL: {e}") from None
    if u.scheme not in ("http", "https") or not host:
        raise BadUrl(url, "only http(s) URLs with a host are fetched")
    if not _HOST.fullmatch(host) or (u.port is not None and not 0 < u.port < 65536):
        raise BadUrl(url, f"malformed host or port: {host!r} {u.port!r}")
    return u


def origin(url: str) -> tuple[str, str]:
    """(key, robots.txt URL) of the URL's origin, as the fetcher reads it: scheme, lower-cased host without a
    trailing dot, effective port; no userinfo. Spellings of one host ("a@h", "H.", "h:0080") share one key, so
    per-host politeness cannot be multiplied by respelling. Raises BadUrl."""
    u = parse_destination(url)
    host = u.host.lower().rstrip(".")
    port = u.port or (443 if u.scheme == "https" else 80)
    key = f"{u.scheme}://{host}:{port}"
    robots = httpx.URL(scheme=u.scheme, host=host, port=u.port, path="/robots.txt")
    return key, str(robots)


def check_destination(url: str, allow_private: bool, allowed_hosts: frozenset[str] = frozenset()) -> None:
    """Refuse malformed or non-http(s) URLs (BadUrl) and, unless allowed, hosts with a non-public address.

    A stand-alone check (it resolves the name itself). The Fetcher does not rely on it: its network backend
    vets the addresses it actually connects to. `allowed_hosts` exempts named hosts (tests and the demo allow
    127.0.0.1)."""
    u = parse_destination(url)
    host = u.host.lower()
    if allow_private or host in allowed_hosts:
        return
    try:
        infos = socket.getaddrinfo(host, u.port or (443 if u.scheme == "https" else 80), proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as e:
        raise ConnectFailed(url, f"DNS: {e}") from None
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if _blocked_ip(ip):
            raise BlockedAddress(url, f"{host} resolves to {ip}, a non-public address")


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After value (delta or HTTP date); None when absent or absurd."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, OverflowError):  # OverflowError: a zone offset beyond a C int
            return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _wire_headers(headers: dict[str, str] | None) -> dict[str, bytes] | None:
    """Request headers as bytes, latin-1 (the encoding response headers are read with here), so a validator
    with a non-ASCII byte goes back exactly as it came; a value outside latin-1 (from older state) is dropped:
    only validators are passed, and without one the request is merely unconditional."""
    if not headers:
        return None
    out: dict[str, bytes] = {}
    for name, value in headers.items():
        try:
            out[name] = value.encode("latin-1")
        except UnicodeEncodeError:
            log.info("request header dropped: not latin-1", extra={"header": name})
    return out


def _read_headers(raw: list[tuple[bytes, bytes]]) -> dict[str, str]:
    """Lower-cased names; repeated fields joined with ", " (RFC 9110); latin-1, so every byte keeps its value and a
    validator goes back exactly as it came (`_wire_headers`)."""
    out: dict[str, str] = {}
    for k, v in raw:
        name, value = k.decode("latin-1").lower(), v.decode("latin-1")
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


def _protocol_violation(e: BaseException) -> bool:
    """h11 refused the response itself (not a connection cut mid-way, which is transient)."""
    cause: BaseException | None = e
    while cause is not None:
        if isinstance(cause, h11.RemoteProtocolError):
            return not str(cause).startswith("peer closed connection")
        cause = cause.__cause__ or cause.__context__
    return False


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    """Cookies are never stored: a crawler has no session, and a jar would grow with every host."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport on a connection pool whose network backend is the guarded one.

    httpx 0.28 does not take a network backend, so the pool it built is replaced (httpx is pinned; the
    DNS-rebinding test fails if this stops taking effect)."""

    def __init__(self, backend: GuardedBackend, limits: httpx.Limits) -> None:
        super().__init__(limits=limits)
        self._pool.close()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections, keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend)


class Fetcher:
    """A pooled HTTP client. `get()` raises a `FetchError` subclass for every failure kind."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        t = settings.fetch_timeout_s
        self._backend = GuardedBackend(settings.allow_private, settings.private_hosts)
        limits = httpx.Limits(max_connections=settings.fetch_concurrency * 4, max_keepalive_connections=20)
        self.client = httpx.Client(
            transport=_GuardedTransport(self._backend, limits), timeout=httpx.Timeout(t, connect=min(5.0, t)),
            follow_redirects=False, cookies=http.cookiejar.CookieJar(policy=_NoCookies()),
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING})

    def close(self) -> None:
        self.client.close()
        self._backend.close()

    def get(self, url: str, headers: dict[str, str] | None = None,
            accept: tuple[str, ...] | None = None, hop: Hop | None = None) -> Response:
        """GET with redirects checked hop by hop, all within the total deadline (3x fetch_timeout_s); the body is
        decoded as it streams and cut at `max_page_bytes`. `hop` (robots.txt and the per-host gate in the
        service) wraps every hop's request, so a redirect to another host obeys that host's rules too."""
        start = time.monotonic()
        deadline = start + self.settings.fetch_timeout_s * 3
        token = DEADLINE.set(deadline)
        try:
            return self._get(url, _wire_headers(headers), accept, start, deadline, hop)
        except FetchError:
            raise
        except Refused as e:
            raise BlockedAddress(url, str(e)) from None
        except httpx.TimeoutException as e:
            late = time.monotonic() >= deadline - 0.05
            raise Timeout(url, "total deadline exceeded" if late else f"{type(e).__name__}: {e}") from None
        except httpx.RemoteProtocolError as e:
            if "Receive buffer too long" in str(e):  # h11's words for a header block over its limit
                raise HeadersTooLarge(url, "response headers over 100 KiB") from None
            if _protocol_violation(e):
                raise ProtocolError(url, f"{type(e).__name__}: {e}") from None
            raise ConnectFailed(url, f"{type(e).__name__}: {e}") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, UnicodeError) as e:
            raise BadUrl(url, f"{type(e).__name__}: {e}") from None
        except httpx.TransportError as e:
            raise ConnectFailed(url, f"{type(e).__name__}: {e}") from None
        except Exception as e:  # get() promises a FetchError; a library surprise must not crash a feed's poll
            log.exception("unexpected fetch error", extra={"url": url, "error_kind": Unexpected.kind})
            raise Unexpected(url, f"{type(e).__name__}: {e}") from None
        finally:
            DEADLINE.reset(token)

    def _timeouts(self, deadline: float) -> httpx.Timeout:
        left = max(0.001, deadline - time.monotonic())
        t = min(self.settings.fetch_timeout_s, left)
        return httpx.Timeout(t, connect=min(5.0, t), pool=left)

    def _get(self, url: str, headers: dict[str, bytes] | None, accept: tuple[str, ...] | None,
             start: float, deadline: float, hop: Hop | None) -> Response:
        hops: list[str] = []
        current = url
        while True:
            if time.monotonic() >= deadline:
                raise Timeout(url, f"total deadline exceeded after {len(hops)} redirects")
            target = parse_destination(current)
            with hop(current) if hop else nullcontext(), \
                    self.client.stream("GET", target, headers=headers, timeout=self._timeouts(deadline)) as r:
                if r.is_redirect and "location" in r.headers:
                    hops.append(current)
                    if len(hops) > self.settings.max_redirects:
                        raise TooManyRedirects(url, f"more than {self.settings.max_redirects} redirects")
                    current = str(target.join(r.headers["location"]))
                    continue
                hdrs = _read_headers(r.headers.raw)
                if r.status_code == 304:
                    return Response(current, 304, hdrs, b"", time.monotonic() - start, hops)
                if r.status_code >= 400:
                    raise HttpStatus(url, r.status_code, _retry_after(r.headers.get("retry-after")))
                ctype = hdrs.get("content-type", "").split(";")[0].strip().lower()
                if accept and ctype and not any(a in ctype for a in accept):
                    raise WrongContentType(url, f"content-type {ctype!r}")
                body = self._body(url, r, deadline)
                return Response(current, r.status_code, hdrs, body, time.monotonic() - start, hops)

    def _body(self, url: str, r: httpx.Response, deadline: float) -> bytes:
        """The raw body decoded chunk by chunk with an output limit: no compression bomb outgrows the cap."""
        cap = self.settings.max_page_bytes
        declared = r.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise TooLarge(url, f"Content-Length {declared} > {cap}")
        try:
            decoder = BoundedDecoder(r.headers.get("content-encoding", ""), cap)
            body = bytearray()  # one buffer: a list of pieces costs ~40 bytes per piece (8-byte chunks: 6x the body)
            raw = 0
            for chunk in r.iter_raw():
                raw += len(chunk)
                if raw > cap:
                    raise TooLarge(url, f"body over {cap} bytes")
                for piece in decoder.feed(chunk):
                    body += piece
                if time.monotonic() > deadline:
                    raise Timeout(url, "total deadline exceeded while reading the body")
        except OutputLimit:
            raise TooLarge(url, f"body over {cap} bytes (decoded)") from None
        except DecodeError as e:
            raise BadEncoding(url, str(e)) from None
        return bytes(body)
