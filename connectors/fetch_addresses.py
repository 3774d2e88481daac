"""Which IP addresses the fetcher may connect to: globally routable ones only (pure functions).

`ipaddress.is_global` alone is not enough: IPv6 forms that carry an IPv4 address (IPv4-mapped and -compatible,
SIIT-translated, NAT64, 6to4, Teredo) are "global" for some of them in Python 3.11 while they reach the embedded
IPv4 address, and a few special IPv4 blocks (192.0.0.0/24, multicast) are reported global too. An address is
public when it and every IPv4 address it embeds are global unicast addresses outside those blocks.
"""
from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Blocks Python 3.11's is_global misses (checked: 192.0.0.8, 64:ff9b:1::/48, fec0::/10 and multicast come out global there).
_NOT_PUBLIC = tuple(ipaddress.ip_network(n) for n in (
    "192.0.0.0/24",      # IETF protocol assignments
    "64:ff9b:1::/48",    # local-use NAT64 (RFC 8215)
    "fec0::/10",         # site-local (RFC 3513; deprecated by RFC 3879, still routed where configured)
))
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_COMPAT = ipaddress.ip_network("::/96")              # deprecated IPv4-compatible addresses
_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")  # SIIT (RFC 2765)


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address reaches or names (none for plain IPv6)."""
    low32 = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    found: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped:
        found.append(ip.ipv4_mapped)
    if ip.sixtofour:
        found.append(ip.sixtofour)
    if ip.teredo:
        found.extend(ip.teredo)  # (server, client)
    if ip in _NAT64 or ip in _TRANSLATED or ip in _COMPAT:
        found.append(low32)
    return found


def is_public(ip: IPAddress) -> bool:
    """True for a globally routable unicast address that embeds no non-public IPv4 address."""
    if not ip.is_global or ip.is_multicast or any(ip in n for n in _NOT_PUBLIC if n.version == ip.version):
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        return all(is_public(v4) for v4 in embedded_ipv4(ip))
    return True
