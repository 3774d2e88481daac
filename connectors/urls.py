"""Canonical URLs and article ids: the same story under tracking variants gets one id.

`canonical()` raises only `UrlError` (a ValueError): a link that cannot be read as a URL is that one entry's
problem, never its feed's. `trusted_canonical()` decides whether a page's own claim about its canonical URL may
name its id.
"""
from __future__ import annotations

import hashlib
import ipaddress
import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import idna
from tld import get_fld

TRACKING = ("utm_", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src", "cmpid",
            "ocid", "_ga", "yclid", "spm")
MAX_URL = 8192  # longer "links" are not addresses any server answers (most stop at 8 KB of request line)


class UrlError(ValueError):
    """A string that is not a usable http(s) URL (bad port, broken IPv6 brackets, no host, too long...)."""
    kind = "bad_url"


_ESCAPE = re.compile(r"%([0-9a-fA-F]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# kept as written: every printable ASCII character (a path "\\n17)" keeps its id); what is encoded are the
# characters no URI may hold as such, non-ASCII (the IRI form) and spaces/controls
_PATH_SAFE = "".join(chr(c) for c in range(0x21, 0x7F))


def _escape(m: re.Match[str]) -> str:
    char = chr(int(m.group(1), 16))
    return char if char in _UNRESERVED else "%" + m.group(1).upper()


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4: "/a/./b/../c" -> "/a/c"."""
    out: list[str] = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        if seg == ".":
            if i == len(segments) - 1:
                out.append("")
        elif seg == "..":
            if len(out) > 1:
                out.pop()
            if i == len(segments) - 1:
                out.append("")
        else:
            out.append(seg)
    return "/".join(out)


def _path(path: str) -> str:
    """One spelling per RFC 3986 path: IRI characters UTF-8 percent-encoded, escapes of unreserved characters
    decoded, the other escapes' hex upper-cased, dot segments removed. A printable ASCII path without escapes or
    dot segments is left as it is."""
    if "%" in path:
        path = _ESCAPE.sub(_escape, path)
    if not path.isascii() or any(c <= " " or c == "\x7f" for c in path):
        path = quote(path, safe=_PATH_SAFE)
    if "." in path:
        path = _remove_dot_segments(path)
    return path


def _host(hostname: str) -> str:
    """The host in its Unicode form (UTS 46 mapping), so "bücher.example" and "xn--bcher-kva.example" are one;
    a host IDNA cannot read is kept lower-cased as it is."""
    if hostname.isascii() and "xn--" not in hostname:
        return hostname
    try:
        return idna.decode(idna.encode(hostname, uts46=True))
    except (idna.IDNAError, UnicodeError, ValueError):
        return hostname


def canonical(url: str) -> str:
    """Lower-case scheme/host, no default port, no fragment, no tracking parameters, sorted query, no trailing '/';
    RFC 3986 equivalent spellings of the path (percent-encoding, dot segments) and IDN hosts are made one.

    Raises UrlError (only) when the string cannot be read as a URL.
    """
    if len(url) > MAX_URL:
        raise UrlError(f"URL longer than {MAX_URL} characters")
    try:
        p = urlsplit(url.strip())
        hostname = (p.hostname or "").lower()
        host = f"[{hostname}]" if ":" in hostname else _host(hostname)  # IPv6 literals keep their brackets
        port = p.port  # ValueError on "80:80", a port over 65535, ...
        if port and not ((p.scheme == "http" and port == 80) or (p.scheme == "https" and port == 443)):
            host = f"{host}:{port}"
        query = sorted((k, v) for k, v in parse_qsl(p.query, keep_blank_values=True)
                       if not k.lower().startswith(TRACKING))
        path = _path(p.path).rstrip("/") or "/"
        out = urlunsplit((p.scheme.lower(), host, path, urlencode(query), ""))
        out.encode()  # lone surrogates cannot be hashed into an id
    except ValueError as e:  # UnicodeError included
        raise UrlError(f"not a URL: {url[:200]!r}: {e}") from None
    return out


def article_id(canonical_url: str) -> str:
    return hashlib.sha256(canonical_url.encode()).hexdigest()[:32]


def site(url: str) -> str | None:
    """The registrable domain (public-suffix list: 'news.bbc.co.uk' -> 'bbc.co.uk'; an unlisted suffix is one
    label), or the host itself for IP addresses and single-label hosts; None when the URL has no host."""
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if not host:
        return None
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    # a suffix the list does not know falls under the list's default rule "*": the last label is the suffix
    return get_fld(host, fail_silently=True, fix_protocol=True) or ".".join(host.split(".")[-2:])


_ID = re.compile(r"\d{5,}|[a-z]\d|\d[a-z]", re.I)
_FILE = re.compile(r"\.[a-z0-9]{2,5}$", re.I)
_INDEX = re.compile(r"^(?:index|default|home)\.[a-z0-9]{2,5}$", re.I)
_WORDS = re.compile(r"[-_.]")


def _names_one(value: str) -> bool:
    """An id (5+ digits, letters mixed with digits), a slug of three or more words, or a file name (not index.*).
    Split and simple searches only: a slug regex with nested repeats is quadratic on an 8 KB segment."""
    if _INDEX.match(value):
        return False
    return bool(_ID.search(value) or _FILE.search(value)) or sum(1 for w in _WORDS.split(value) if w) >= 3


def _names_a_document(path: str, query: str) -> bool:
    """An address that names one document rather than a listing: its last path segment names one, or a query
    value does or has 3+ digits ("?p=4711"; not "?lang=en" or "?page=2")."""
    if _names_one(path.rstrip("/").rsplit("/", 1)[-1]):
        return True
    return any(_names_one(v) or re.search(r"\d{3,}", v) for _, v in parse_qsl(query))


def trusted_canonical(declared: str | None, page_url: str) -> str:
    """The canonical URL that names this page's article id: the page's declared canonical (rel=canonical,
    og:url) when it can be trusted, else the fetched URL's canonical.

    Why: a page's canonical claim is only useful to merge one article reached under several addresses (AMP,
    mobile host, print view, query variants). Two mistakes turn it into a collision, and a collision loses an
    article downstream (consumers upsert by id), while refusing a good claim only costs a duplicate that the
    SimHash check still marks. So a claim is accepted only when
    - it stays on the page's registrable domain (public-suffix list), so another site cannot take a story's id;
    - it names a document (see `_names_a_document`): the home page ("/") and section pages ("/world/africa")
      that misconfigured templates give every article are refused;
    - it is not an ancestor of the page's own path that drops more than one segment ("/2026/03" for
      "/2026/03/14/story-slug"): one dropped segment is a presentation suffix (/amp, /print, /2), more is a
      listing (a claim whose query names the document, "/?p=4711", is no ancestor).
    """
    page = canonical(page_url)
    if not declared or not declared.startswith(("http://", "https://")):
        return page
    try:
        claim = canonical(declared)
    except UrlError:
        return page
    if claim == page:
        return page
    if site(claim) is None or site(claim) != site(page):
        return page
    c, p = urlsplit(claim), urlsplit(page)
    if not _names_a_document(c.path, c.query):
        return page
    c_parts = [s for s in c.path.split("/") if s]
    p_parts = [s for s in p.path.split("/") if s]
    if not c.query and len(c_parts) < len(p_parts) - 1 and p_parts[:len(c_parts)] == c_parts:
        return page
    return claim
