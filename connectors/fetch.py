"""The only HTTP client: timeouts and a total deadline, streamed size cap, redirect limit, SSRF guard, typed errors.

No parsing happens here: callers get bytes and headers.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from worker.config import Settings


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
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
            or ip.is_unspecified or str(ip) in {"169.254.169.254", "100.100.100.200"}
            or ip in ipaddress.ip_network("100.64.0.0/10"))


def check_destination(url: str, allow_private: bool, allowed_hosts: frozenset[str] = frozenset()) -> None:
    """Refuse non-http(s) URLs and, unless allowed, hosts that resolve to private/loopback/metadata addresses.

    Checked on every redirect hop. `allowed_hosts` exempts named hosts (tests and the demo allow 127.0.0.1)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadUrl(url, "only http(s) URLs with a host are fetched")
    if allow_private or parts.hostname.lower() in allowed_hosts:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   proto=socket.IPPROTO_TCP)
    except socket.gaierror as e:
        raise ConnectFailed(url, f"DNS: {e}") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if _blocked_ip(ip):
            raise BlockedAddress(url, f"{parts.hostname} resolves to {ip}, a non-public address")


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


class Fetcher:
    """A pooled HTTP client. `get()` raises a `FetchError` subclass for every failure kind."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        t = settings.fetch_timeout_s
        self.client = httpx.Client(
            timeout=httpx.Timeout(t, connect=min(5.0, t)), follow_redirects=False,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate, br"},
            limits=httpx.Limits(max_connections=settings.fetch_concurrency * 4, max_keepalive_connections=20))

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, headers: dict[str, str] | None = None,
            accept: tuple[str, ...] | None = None) -> Response:
        """GET with redirects checked hop by hop; the body is streamed and cut at `max_page_bytes` (decoded)."""
        start = time.monotonic()
        deadline = start + self.settings.fetch_timeout_s * 3
        hops: list[str] = []
        current = url
        while True:
            check_destination(current, self.settings.allow_private, self.settings.private_hosts)
            try:
                with self.client.stream("GET", current, headers=headers) as r:
                    if r.is_redirect and "location" in r.headers:
                        hops.append(current)
                        if len(hops) > self.settings.max_redirects:
                            raise TooManyRedirects(url, f"more than {self.settings.max_redirects} redirects")
                        current = urljoin(current, r.headers["location"])
                        continue
                    hdrs = {k.lower(): v for k, v in r.headers.items()}
                    if r.status_code == 304:
                        return Response(current, 304, hdrs, b"", time.monotonic() - start, hops)
                    if r.status_code >= 400:
                        raise HttpStatus(url, r.status_code, _retry_after(r.headers.get("retry-after")))
                    declared = r.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.settings.max_page_bytes:
                        raise TooLarge(url, f"Content-Length {declared} > {self.settings.max_page_bytes}")
                    ctype = hdrs.get("content-type", "").split(";")[0].strip().lower()
                    if accept and ctype and not any(a in ctype for a in accept):
                        raise WrongContentType(url, f"content-type {ctype!r}")
                    chunks, size = [], 0
                    for chunk in r.iter_bytes():
                        size += len(chunk)
                        if size > self.settings.max_page_bytes:
                            raise TooLarge(url, f"body over {self.settings.max_page_bytes} bytes (decoded)")
                        if time.monotonic() > deadline:
                            raise Timeout(url, "total deadline exceeded while reading the body")
                        chunks.append(chunk)
                    return Response(current, r.status_code, hdrs, b"".join(chunks), time.monotonic() - start, hops)
            except httpx.TimeoutException as e:
                raise Timeout(url, type(e).__name__) from None
            except httpx.DecodingError as e:
                raise FetchError(url, f"content decoding failed: {e}") from None
            except (httpx.TransportError, httpx.InvalidURL) as e:
                raise ConnectFailed(url, f"{type(e).__name__}: {e}") from None
