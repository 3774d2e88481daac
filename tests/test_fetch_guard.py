"""SSRF guard: the address policy, URL checks, DNS rebinding, and no cookies kept between requests.

DNS is simulated in-process (socket.getaddrinfo patched); every server listens on 127.0.0.1.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator
from unittest import mock

import httpx
import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from connectors.fetch import BadUrl, BlockedAddress, Fetcher, FetchError, check_destination
from worker.config import load

PUBLIC = "93.184.216.34"
_real_getaddrinfo = socket.getaddrinfo


def _answer(ip: str, port: object) -> list[tuple]:
    fam = socket.AF_INET6 if ":" in ip else socket.AF_INET
    return [(fam, socket.SOCK_STREAM, 6, "", (ip, port or 0))]


@contextmanager
def fake_dns(table: dict[str, list[str]]) -> Iterator[dict[str, int]]:
    """Names in `table` answer its addresses in turn (the last one repeats); numeric hosts resolve as themselves;
    any other name answers PUBLIC. Yields the lookup count per name."""
    calls: dict[str, int] = {}

    def fake(host, port, *a, **kw):
        h = host.decode() if isinstance(host, bytes) else str(host)
        if h in table:
            calls[h] = calls.get(h, 0) + 1
            answers = table[h]
            return _answer(answers[min(calls[h], len(answers)) - 1], port)
        try:
            return _real_getaddrinfo(h, port, *a, **{**kw, "flags": socket.AI_NUMERICHOST})
        except (socket.gaierror, UnicodeError):
            if not h or len(h) > 253 or any(c in h for c in " \x00/\\@"):
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None
            return _answer(PUBLIC, port)

    with mock.patch("socket.getaddrinfo", fake):
        yield calls


class Internal(BaseHTTPRequestHandler):
    hits: list[tuple[str, str]] = []

    def do_GET(self):  # noqa: N802
        Internal.hits.append((self.path, self.headers.get("Host", "")))
        cookie = self.headers.get("Cookie", "")
        body = f"internal cookie={cookie}".encode()
        self.send_response(200)
        self.send_header("Set-Cookie", "session=abc123; Path=/")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


@pytest.fixture(scope="module")
def internal() -> Iterator[int]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Internal)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv.server_port
    srv.shutdown()


def test_dns_rebinding_is_refused_at_connect(internal):
    """The guard's lookup says public, the next lookup says loopback: the connection must not go to loopback."""
    Internal.hits.clear()
    f = Fetcher(load(env={}, fetch_timeout_s=1))
    try:
        with fake_dns({"rebind.test": [PUBLIC, "127.0.0.1"]}) as lookups:
            with pytest.raises(FetchError):  # the public address is unreachable here: ConnectFailed or Timeout
                f.get(f"http://rebind.test:{internal}/secret")
    finally:
        f.close()
    assert Internal.hits == [], "the connection went to an address other than the vetted one"
    assert lookups["rebind.test"] == 1, "the name was resolved again after it was vetted"


def test_a_name_with_one_private_address_among_public_ones_is_refused(internal):
    Internal.hits.clear()
    f = Fetcher(load(env={}, fetch_timeout_s=2))

    def mixed(host, port, *a, **kw):
        if host == "mixed.test":
            return _answer(PUBLIC, port) + _answer("127.0.0.1", port)
        return _real_getaddrinfo(host, port, *a, **kw)
    try:
        with mock.patch("socket.getaddrinfo", mixed), pytest.raises(BlockedAddress):
            f.get(f"http://mixed.test:{internal}/x")
    finally:
        f.close()
    assert Internal.hits == []


def test_allow_listed_name_connects_to_its_address_and_keeps_host_header(internal):
    Internal.hits.clear()
    f = Fetcher(load(env={}, allow_private_hosts="intranet.test", fetch_timeout_s=2))
    try:
        with fake_dns({"intranet.test": ["127.0.0.1"]}):
            r = f.get(f"http://intranet.test:{internal}/page")
    finally:
        f.close()
    assert r.status == 200 and Internal.hits == [("/page", f"intranet.test:{internal}")]


def test_cookies_are_not_kept_between_requests(internal):
    f = Fetcher(load(env={}, allow_private_hosts="127.0.0.1", fetch_timeout_s=2))
    try:
        first = f.get(f"http://127.0.0.1:{internal}/one")
        second = f.get(f"http://127.0.0.1:{internal}/two")
    finally:
        f.close()
    assert "set-cookie" in first.headers
    assert second.body == b"internal cookie=", "a cookie set by one response was sent with the next request"
    assert len(f.client.cookies) == 0


@pytest.mark.parametrize("host", [
    "127.0.0.1", "0.0.0.0", "0.1.2.3", "10.1.2.3", "100.64.0.9", "100.100.100.200", "169.254.169.254",
    "192.0.0.8", "192.168.1.1", "224.0.0.251", "255.255.255.255",
    "[::1]", "[::]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]", "[::ffff:0:7f00:1]",
    "[64:ff9b::7f00:1]", "[64:ff9b::a00:1]", "[64:ff9b:1::808:808]", "[2002:7f00:1::]", "[2002:a9fe:a9fe::1]",
    "[2001:0:4136:e378:8000:63bf:3fff:fdd2]", "[fd00:ec2::254]", "[fe80::1]", "[ff0e::1]",
    "2130706433", "0x7f.1", "0177.0.0.1", "127.1", "localhost",
])
def test_non_public_spellings_are_refused(host):
    with fake_dns({"localhost": ["127.0.0.1"]}), pytest.raises((BlockedAddress, BadUrl)):
        check_destination(f"http://{host}:8080/x", allow_private=False)


@pytest.mark.parametrize("host", ["[2002:808:808::1]", "[64:ff9b::808:808]", "[::ffff:8.8.8.8]", "8.8.8.8",
                                  "news.example"])
def test_public_addresses_and_their_v6_forms_pass(host):
    with fake_dns({}):
        check_destination(f"http://{host}/x", allow_private=False)


@pytest.mark.parametrize("url", ["http://127.0.0.1:80:80/", "http://[::1/", "http://host:99999/", "http://host:-1/",
                                 "file:///etc/passwd", "gopher://127.0.0.1/", "http:///path", " http:/\\x",
                                 "http://a\x00b/", "http://[v1.x]/"])
def test_malformed_urls_are_bad_url(url):
    with fake_dns({}), pytest.raises(BadUrl):
        check_destination(url, allow_private=False)


@pytest.mark.parametrize("url", ["http://127.0.0.1:80:80/", "http://[::1/"])
def test_fetcher_gives_bad_url_for_malformed_urls(url):
    f = Fetcher(load(env={}))
    try:
        with pytest.raises(BadUrl):
            f.get(url)
    finally:
        f.close()


# ---- properties -----------------------------------------------------------------------------------------------

def _literal(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    return f"[{ip}]" if ip.version == 6 else str(ip)


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.ip_addresses())
def test_every_address_that_is_not_global_is_refused(ip):
    with fake_dns({}):
        try:
            check_destination(f"http://{_literal(ip)}/", allow_private=False)
        except BlockedAddress:
            return
    assert ip.is_global and not ip.is_multicast, f"{ip} passed the guard"


private_v4 = st.ip_addresses(v=4).filter(lambda a: not a.is_global)


@hsettings(max_examples=200, deadline=None)
@given(private_v4, st.sampled_from(["mapped", "compat", "translated", "nat64", "6to4", "teredo"]))
def test_private_v4_embedded_in_v6_is_refused(v4, form):
    n = int(v4)
    v6 = ipaddress.IPv6Address({
        "mapped": (0xFFFF << 32) | n,
        "compat": n,
        "translated": (0xFFFF << 48) | n,
        "nat64": (0x0064FF9B << 96) | n,
        "6to4": (0x2002 << 112) | (n << 80) | 1,
        "teredo": (0x20010000 << 96) | (int(ipaddress.IPv4Address(PUBLIC)) << 64) | (n ^ 0xFFFFFFFF),
    }[form])
    with fake_dns({}), pytest.raises(BlockedAddress):
        check_destination(f"http://[{v6}]:81/", allow_private=False)


url_chars = st.sampled_from(list("ab.1:0@/\\#?%[]-_ \t\x00f") + ["127.0.0.1", "::1", "0x7f", "example", "%2f",
                                                                 "\u3002", "ⓛ", "80", "ffff"])
random_urls = st.builds(lambda scheme, rest: scheme + "".join(rest),
                        st.sampled_from(["http://", "https://", "HTTP://", "http:/", "http:", "ftp://", ""]),
                        st.lists(url_chars, max_size=12))


@hsettings(max_examples=400, deadline=None)
@given(random_urls)
def test_guard_answers_every_url_with_a_fetch_error_or_a_public_destination(url):
    """Never another exception; and when it passes, the host httpx would connect to is public."""
    with fake_dns({"localhost": ["127.0.0.1"]}):
        try:
            check_destination(url, allow_private=False)
        except FetchError:
            return
        try:
            host = httpx.URL(url).host
        except Exception:  # noqa: BLE001 - httpx refuses it: no request can be sent
            return
        if not host:
            return
        try:
            infos = socket.getaddrinfo(host, 80)
        except (socket.gaierror, UnicodeError):
            return
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        assert ip.is_global, f"{url!r} passed the guard towards {ip}"


@hsettings(max_examples=100, deadline=None)
@given(st.ip_addresses())
def test_allow_listed_hosts_and_allow_private_pass_any_address(ip):
    url = f"http://{_literal(ip)}/"
    with fake_dns({}):
        check_destination(url, allow_private=True)
        check_destination(url, allow_private=False, allowed_hosts=frozenset({_literal(ip).strip("[]")}))
