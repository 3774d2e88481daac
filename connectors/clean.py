"""HTML -> article text + metadata: trafilatura, then generic residue rules from `connectors/data/residue.json`.

No network, no Kafka. Residue is what a good extractor still lets through: related-link lines, share prompts,
photo credits, and teaser sidebars (Opinion/Editorial lists with dated headlines) after the article's end.
"""
from __future__ import annotations

import codecs
import copy
import json
import re
import warnings
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import cache, lru_cache
from html import unescape
from importlib import resources
from itertools import islice
from typing import Any, Iterator

import trafilatura
from charset_normalizer import from_bytes
from dateutil import parser as dateutil_parser
from trafilatura.settings import Extractor
from trafilatura.utils import load_html

from connectors import language
from connectors.author_bio import drop_tail_bios
from connectors.reader_prompts import is_reader_prompt
from connectors.story_chunks import with_later_chunks
from worker.readable import without_invisible
from connectors.article_tree import (drop_captions_and_link_lists, drop_link_runs, flatten_deep, lead_block,
                                     link_texts, normalise_inline, prose_chars, schema_article_body, standfirst)

EXTRACTOR_VERSION = "clean-0.2.0+trafilatura-2.3.1"
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:]+)""", re.I)


class CleanError(Exception):
    kind = "empty_article"


class PageTooComplex(CleanError):
    """More elements than any article page has: trafilatura's cost grows with the tree (about 0.1 ms per
    element here), so 5 MB of bare tags would hold a fetch thread for minutes."""
    kind = "page_too_complex"


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


# Codecs Python calls text encodings that are no document charset: transforms of text (idna, punycode, escapes),
# utf-7 (an XSS vector browsers refuse), and codecs that accept nothing ("undefined") or need a map ("charmap").
_NOT_CHARSETS = frozenset({"idna", "punycode", "utf-7", "unicode-escape", "raw-unicode-escape", "undefined",
                           "charmap"})
_LATIN1 = frozenset({"ascii", "iso8859-1"})  # browsers read both labels as windows-1252 (WHATWG Encoding)


def text_encoding(label: str) -> str | None:
    """The Python codec for a declared charset label when it names a real text encoding, else None."""
    label = label.strip().strip("\"'").lower()
    if not label or len(label) > 40:
        return None
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def declared_charsets(body: bytes, content_type: str | None = None) -> list[str]:
    """The charsets a page declares, HTTP header first, then the first <meta charset> of the first 4 KB, as
    Python codecs; labels that are no text encoding are left out. <meta> cannot declare UTF-16/32: a page read
    far enough to find it is ASCII-compatible (WHATWG: then it is UTF-8)."""
    out = []
    if content_type and "charset=" in content_type.lower():
        label = content_type.lower().split("charset=")[-1].split(";")[0]
        if enc := text_encoding(label):
            out.append(enc)
    head = body[:4096].decode("latin-1")
    for tag in tags(head, _META_START):
        if m := _CHARSET.search(tag):
            if enc := text_encoding(m.group(1)):
                out.append("utf-8" if enc.startswith(("utf-16", "utf-32")) else enc)
            break
    return ["cp1252" if enc in _LATIN1 else enc for enc in out]


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Bytes -> str: BOM, then the HTTP charset, then <meta charset>, then a detector; never raises.

    Only real text encodings are tried (`text_encoding`); a declared charset that fails to decode the bytes is
    skipped, as is a bogus one, and the detector decides."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom):].decode(enc, errors="replace")
    for enc in declared_charsets(body, content_type):
        if enc.startswith(("utf-16", "utf-32")) and b"\x00" not in body[:1024]:
            continue  # markup in UTF-16/32 has NUL bytes: the header is wrong
        try:
            return body.decode(enc)
        except (LookupError, ValueError):  # UnicodeError is a ValueError
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(body[:200_000]).best()
        try:
            return body.decode(best.encoding if best else "cp1252", errors="replace")
        except (LookupError, ValueError):
            return body.decode("utf-8", errors="replace")


def _matches(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(p.search(line) for p in patterns)


def strip_residue(text: str) -> str:
    """Drop promo lines and reader prompts anywhere, cut the tail from a sidebar heading or a run of dated teasers
    on, and drop the author bios left at the end."""
    r = rules()
    lines = [ln for ln in (x.strip() for x in text.splitlines()) if ln]
    n = len(lines)
    cut = n
    headings: set[int] = set()
    for i in range(n // 3, n):
        line = lines[i].rstrip(":").strip()
        if len(line) <= 40 and _matches(r.tail_heading, line):
            if _prose_follows(lines[i + 1:i + 1 + PROSE_WINDOW]):
                headings.add(i)  # a box heading inside the story ("More from ..." over a video): the story goes on
                continue
            cut = i
            break
        if _doubled(line) and sum(map(_doubled, lines[i:i + 6])) >= 2:
            cut = i  # teaser cards: each headline twice (link text, then the card's title)
            break
        if _matches(r.dated_teaser, line) and sum(_matches(r.dated_teaser, x) for x in lines[i:i + 6]) >= 2 \
                and not _dated_sentences(lines, i, r):
            # the teaser's headline usually stands just before its date line
            cut = i - 1 if i - 1 >= n // 3 and len(lines[i - 1]) <= 80 else i
            break
    promo = {i for i in range(cut) if _matches(r.promo_line, lines[i]) or is_reader_prompt(lines[i])}
    # a bare label ("Also read:") whose teaser headline the extractor put on the next line takes that line along
    promo |= {i + 1 for i in list(promo) if i + 1 < cut and _LABEL_END.search(lines[i])
              and len(lines[i]) <= 40 and len(lines[i + 1]) <= 120 and not _sentence(lines[i + 1])}
    return "\n".join(drop_tail_bios([ln for i, ln in enumerate(lines[:cut]) if i not in headings and i not in promo]))


def _dated_sentences(lines: list[str], i: int, r: Rules) -> bool:
    """A timeline in the story: each date line of the window followed by a full sentence (a teaser's date
    stands next to a bare headline)."""
    dates = [j for j in range(i, min(i + 6, len(lines))) if _matches(r.dated_teaser, lines[j])]
    return all(j + 1 < len(lines) and _sentence(lines[j + 1]) for j in dates)


def _doubled(line: str) -> bool:
    """A line that is one headline written twice ('Bridge reopens Bridge reopens')."""
    half, rest = divmod(len(line), 2)
    return len(line) >= 30 and line[:half].strip() == line[half + rest:].strip()


_LABEL_END = re.compile(r"[:：|\-–—]$")
PROSE_WINDOW = 4       # lines after a sidebar heading that tell a teaser list from the story going on
PROSE_LINE = 40        # characters of a line that reads as a sentence, not a headline
_SENTENCE_END = re.compile(r"""[.!…]["'”’»)]?$""")


def _sentence(line: str) -> bool:
    """A line that reads as a sentence (long enough, ending in a full stop): teaser headlines end bare."""
    return len(line) >= PROSE_LINE and bool(_SENTENCE_END.search(line))


def _prose_follows(after: list[str]) -> bool:
    """Two or more sentences right after a heading: the story goes on."""
    return sum(map(_sentence, after)) >= 2


_META_START = re.compile(r"<meta\b", re.I)
_LINK_START = re.compile(r"<link\b", re.I)
_HTML_START = re.compile(r"<html\b", re.I)
_TITLE_START = re.compile(r"<title", re.I)
_TITLE_END = re.compile(r"</title>", re.I)
_ATTR = re.compile(r"""(property|name|itemprop|content|value)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_REL_CANON = re.compile(r"""rel\s*=\s*["']canonical["']""", re.I)
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)""", re.I)
_LANG_ATTR = re.compile(r"""\blang\s*=\s*["']?([a-zA-Z]{2,3})""", re.I)
_LD_DATE = re.compile(r"\"datePublished\"\s*:\s*\"([^\"]{8,40})\"")
_HEAD = 200_000


def tags(text: str, start: re.Pattern[str]) -> Iterator[str]:
    """Each tag that `start` opens, up to its '>', in one forward pass: what `findall(r"<meta\b[^>]*>")` gives,
    in linear time (the regular expression rescans to the end from every unclosed '<meta', quadratic on a head
    of unclosed tags). A tag never closed ends the scan."""
    end = -1  # the '>' of the last tag found
    for m in start.finditer(text):
        if m.start() <= end:
            continue  # inside the previous tag
        end = text.find(">", m.end())
        if end < 0:
            return
        yield text[m.start():end + 1]


def _first_title(head: str) -> str | None:
    """The text of the first <title>...</title> (what the lazy regex gave, without its rescans)."""
    if not (m := _TITLE_START.search(head)) or (gt := head.find(">", m.end())) < 0:
        return None
    close = _TITLE_END.search(head, gt + 1)
    return head[gt + 1:close.start()] if close else None


@lru_cache(maxsize=4)
def _metas(html: str) -> dict[str, str]:
    """property/name/itemprop (lower-cased) -> content, for every <meta> in the head (first one wins). Cached:
    clean() reads the head for the metadata and again for the description (callers must not change the dict)."""
    out: dict[str, str] = {}
    for tag in tags(html[:_HEAD], _META_START):
        attrs = {k.lower(): (a or b) for k, a, b in _ATTR.findall(tag)}
        content = (attrs.get("content") or attrs.get("value") or "").strip()
        for key in ("property", "name", "itemprop"):
            if key in attrs and content:
                out.setdefault(attrs[key].lower(), unescape(content))
    return out


def metadata(html: str) -> dict[str, str | None]:
    """Title, author, published, language and canonical URL from the page head: meta tags and JSON-LD.

    A few linear scans over the head instead of trafilatura's metadata pass, which costs a quarter of the
    extraction time and is not needed to find the body.
    """
    head = html[:_HEAD]
    metas = _metas(head)

    def meta(*names: str) -> str | None:
        return next((metas[n.lower()] for n in names if n.lower() in metas), None)

    title = meta("og:title", "twitter:title")
    if not title and (raw := _first_title(head)) is not None:
        title = unescape(re.sub(r"\s+", " ", raw)).strip() or None
    canon = None
    for tag in tags(head, _LINK_START):
        if _REL_CANON.search(tag):
            if h := _HREF.search(tag):
                canon = unescape(h.group(1).strip())
            break
    published = meta("article:published_time", "datePublished", "pubdate", "publish-date", "date",
                     "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date")
    if not published and (m := _LD_DATE.search(html)):
        published = m.group(1)
    published = iso_datetime(published)
    lang = next((m.group(1).lower() for tag in tags(html[:5000], _HTML_START) if (m := _LANG_ATTR.search(tag))),
                None)
    return {"title": title, "author": meta("author", "article:author", "byl", "parsely-author", "dc.creator"),
            "published": published, "language": lang, "canonical_url": canon or meta("og:url")}


MIN_CHARS = 200
MAX_ELEMENTS = 50_000  # 30x the largest page of the benchmark (1,600 elements)
MAX_DATE = 200
SHORT_CHARS = 6000
FULL_RATIO = 0.5    # 0.5-0.9 give the same F1 on the benchmark; higher costs speed
RECALL_RATIO = 0.3  # 0.3-0.5 give the same F1; higher costs speed
CHUNKS_RATIO = 0.8  # output shorter than this share of the page's running text: look for the story's later chunks


def _description(html: str) -> str | None:
    metas = _metas(html[:_HEAD])
    return next((metas[k] for k in ("og:description", "description", "twitter:description") if k in metas), None)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _contains(text: str, part: str) -> bool:
    """Whether `text` holds the start of `part`, punctuation and case aside."""
    return _key(part)[:80] in _key(text)


def _with_standfirst(text: str, lead: str | None) -> str:
    """The standfirst as the first paragraph when the extraction left it out (precision modes drop it: it sits in
    the article header, next to the headline)."""
    if not lead:
        return text
    key = lambda x: re.sub(r"\W+", " ", x).strip().lower()  # noqa: E731
    if key(lead)[:80] in key(text):
        return text
    return f"{lead}\n{text}"


def iso_datetime(value: str | None) -> str | None:
    """ISO 8601 from the date formats pages use (ISO, RFC 2822, "25 August 2025"); None when unreadable."""
    if not value or len(value) > MAX_DATE:  # a longer value is no date, and dateutil's cost grows with it
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        with warnings.catch_warnings():  # unknown zone names ("IST") parse as naive times
            warnings.simplefilter("ignore")
            return dateutil_parser.parse(value).isoformat()
    except (ValueError, OverflowError):
        return None


def _drop_title_line(text: str, title: str | None) -> str:
    """Extractors often repeat the headline as the body's first line; the title has its own field."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    norm = lambda x: re.sub(r"\W+", " ", x).strip().lower()  # noqa: E731
    f, t = norm(first), norm(title)
    if f and len(f) >= 8 and (f == t or (t.startswith(f) and len(f) > 0.5 * len(t)) or (f in t and len(f) > 20)):
        return rest
    return text



@cache
def _options(precision: bool, fast: bool) -> Extractor:
    """trafilatura's options for one mode, built once: building them reads its config file's values each time
    (about a sixth of a page's cleaning time)."""
    return Extractor(output_format="txt", fast=fast, precision=precision, comments=False)


def _extract(tree: Any, url: str | None, precision: bool = False, fast: bool = False) -> str:
    """`trafilatura.extract(tree, url=url, include_comments=False, ...)` with the mode's options reused (a copy per
    call carries the URL, so concurrent cleans never share one)."""
    options = copy.copy(_options(precision, fast))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return trafilatura.extract(tree, options=options) or ""

def clean(html: str | bytes, url: str | None = None, content_type: str | None = None) -> Cleaned:
    """The article body and metadata of one page; raises CleanError when no article text is found."""
    if isinstance(html, bytes):
        html = decode_html(html, content_type)
    tree = load_html(html)
    if tree is None:
        raise CleanError("not an HTML document")
    # The list also keeps every element's Python proxy alive for the passes below: lxml builds a proxy (a class
    # lookup) each time an element is reached while none exists, a seventh of a small page's cleaning.
    elements = list(islice(tree.iter(), MAX_ELEMENTS + 1))
    if len(elements) > MAX_ELEMENTS:
        raise PageTooComplex(f"more than {MAX_ELEMENTS} HTML elements")
    flatten_deep(tree)  # bounds every later pass (ours and trafilatura's, which grow with depth x elements)
    drop_captions_and_link_lists(tree)
    links = frozenset(without_invisible(t) for t in link_texts(tree))  # compared with the text as published
    normalise_inline(tree)
    # Fast precision mode first; trafilatura's slower comparison with other algorithms only when the text is
    # short next to what the page holds (its running text in any element, or the schema.org articleBody it
    # declares), then its balanced mode (each step chosen on scripts/eval_clean.py).
    # The same fuller passes when the output lacks the story's first running text (a lead in a <div> that
    # precision mode dropped).
    text = _extract(tree, url, precision=True, fast=True)
    expected = max(prose_chars(tree), len(schema_article_body(tree)))
    lead = lead_block(tree)
    for mode, ratio in (({"precision": True}, FULL_RATIO), ({}, RECALL_RATIO)):
        short = len(text) < MIN_CHARS or (len(text) < SHORT_CHARS and len(text) < ratio * expected)
        lost_lead = bool(lead) and not _contains(text, lead[0]) and _contains(text, lead[1])
        if not (short or lost_lead):
            continue
        alt = _extract(tree, url, **mode)
        if len(alt) > len(text) and (short or _contains(alt, lead[0] if lead else "")):
            text = alt
    if len(text) < CHUNKS_RATIO * expected:  # the page holds running text the output lacks: maybe later chunks
        text = with_later_chunks(text, tree, budget=expected)
    meta = metadata(html)
    # soft hyphens and zero-width characters split words for every reader of the published text: dropped (before the
    # headline is compared with the first line, the standfirst with the text)
    title = meta["title"] and without_invisible(meta["title"])
    text = _drop_title_line(without_invisible(text), title)
    stand = standfirst(tree, _description(html))
    text = _with_standfirst(text, stand and without_invisible(stand))
    text = strip_residue(drop_link_runs(text, links))
    del elements
    if not text.strip():
        raise CleanError("no article text found")
    return Cleaned(text=text, title=title, author=meta["author"], published=meta["published"],
                   language=detect_language(text) or meta["language"], canonical_url=meta["canonical_url"])


def detect_language(text: str) -> str | None:
    return language.detect(text)
