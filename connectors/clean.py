"""HTML -> article text + metadata: trafilatura, then generic residue rules from `connectors/data/residue.json`.

No network, no Kafka. Residue is what a good extractor still lets through: related-link lines, share prompts,
photo credits, and teaser sidebars (Opinion/Editorial lists with dated headlines) after the article's end.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import trafilatura
from charset_normalizer import from_bytes

EXTRACTOR_VERSION = "clean-0.1.0+trafilatura-2.3.1"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:]+)""", re.I)


class CleanError(Exception):
    kind = "empty_article"


@dataclass(frozen=True)
class Cleaned:
    text: str
    title: str | None
    author: str | None
    published: str | None
    language: str | None
    canonical_url: str | None


@dataclass(frozen=True)
class Rules:
    promo_line: tuple[re.Pattern[str], ...]
    tail_heading: tuple[re.Pattern[str], ...]
    dated_teaser: tuple[re.Pattern[str], ...]


@cache
def rules() -> Rules:
    raw = json.loads(resources.files("connectors").joinpath("data", "residue.json").read_text("utf-8"))
    compiled = {}
    for name in ("promo_line", "tail_heading", "dated_teaser"):
        if not raw.get(name):
            raise ValueError(f"residue.json: rule group {name!r} is empty")
        compiled[name] = tuple(re.compile(p, re.I) for p in raw[name])
    return Rules(**compiled)


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Bytes -> str: BOM, then the HTTP charset, then <meta charset>, then a detector; never raises."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom):].decode(enc, errors="replace")
    candidates = []
    if content_type and "charset=" in content_type.lower():
        candidates.append(content_type.lower().split("charset=")[-1].split(";")[0].strip(" \"'"))
    m = _META_CHARSET.search(body[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore").lower())
    for enc in candidates:
        try:
            return body.decode("cp1252" if enc in {"iso-8859-1", "latin-1", "us-ascii"} else enc)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(body[:200_000]).best()
        return body.decode(best.encoding if best else "cp1252", errors="replace")


def _matches(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(p.search(line) for p in patterns)


def strip_residue(text: str) -> str:
    """Drop promo lines anywhere, and cut the tail from a sidebar heading or a run of dated teasers on."""
    r = rules()
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not _matches(r.promo_line, ln)]
    n = len(lines)
    cut = n
    for i in range(n // 3, n):
        line = lines[i].rstrip(":").strip()
        if len(line) <= 40 and _matches(r.tail_heading, line):
            cut = i
            break
        if _matches(r.dated_teaser, line) and sum(_matches(r.dated_teaser, x) for x in lines[i:i + 6]) >= 2:
            # the teaser's headline usually stands just before its date line
            cut = i - 1 if i - 1 >= n // 3 and len(lines[i - 1]) <= 80 else i
            break
    return "\n".join(lines[:cut])


def clean(html: str | bytes, url: str | None = None, content_type: str | None = None) -> Cleaned:
    """The article body and metadata of one page; raises CleanError when no article text is found."""
    if isinstance(html, bytes):
        html = decode_html(html, content_type)
    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True,
                                      include_tables=False, favor_precision=True)
    text = doc.text if doc is not None and doc.text else ""
    if len(text) < 200:
        # precision mode can discard short articles: fall back to trafilatura's recall mode
        alt = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True,
                                          include_tables=False, favor_recall=True)
        if alt is not None and alt.text and len(alt.text) > len(text):
            doc, text = alt, alt.text
    text = strip_residue(text)
    if not text.strip():
        raise CleanError("no article text found")
    return Cleaned(text=text, title=doc.title or None, author=doc.author or None,
                   published=doc.date or None, language=doc.language or None,
                   canonical_url=doc.url or None)
