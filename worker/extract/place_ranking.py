"""Which place mention of an incident's sentences is its town: candidates scored by weights learned from data.

Every town-level or province-level mention of the incident's sentences (and every unknown name the text gives as a
place) is a candidate, described by features that hold for any news text: where it stands against the trigger
word (same sentence, characters and words away), how it is introduced ("in X", "the town of X", "X district"),
its gazetteer level and size, whether it lies in the article's country, how often and how early the article
names it, what NER calls it, and the hierarchy the other candidates give it (a town inside a named district); the
flags the hand rules of `places` set on a mention (named with its kind, a landmark, a route end) are features too.
A conditional logit (softmax over the candidates plus a "no town" option) scores them; its weights live in `data/place_ranker.json`, written by
`scripts/train_place_ranker.py` from the gold sets. Pure.
"""
from __future__ import annotations

import bisect
import itertools
import json
import logging
import math
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any, Sequence

from worker.extract.build_gazetteer import bare
from worker.extract.gazetteer import Place, km, places
from worker.extract import geonames
from worker.extract.geonames import fold
from worker.extract.spelling_variants import variants
from worker.extract.last_text import last_text

log = logging.getLogger(__name__)
WEIGHTS = os.path.join(os.path.dirname(__file__), "data", "place_ranker.json")

FEATURES = (
    "bias", "none", "known", "unknown", "level_city", "level_district", "level_admin1", "level_place",
    "log_population", "in_country", "abroad", "trigger_sentence", "before_trigger", "char_distance",
    "sentence_distance", "word_distance", "pause_between", "in_after_trigger", "locative", "at", "named_kind", "town",
    "district_word", "reference", "placed", "first_of_incident", "order", "first_in_text", "text_count",
    "in_lead", "capital_namesake", "ner_place", "ner_other", "contains_other", "inside_other", "smallest_known",
    "unknown_beside_city", "big_city", "unknown_town", "unknown_locative", "known_reference", "district_with_town",
    "most_specific", "suburb", "all_caps", "province_namesake",
)
_INDEX = {f: i for i, f in enumerate(FEATURES)}
BIG_CITY = 500_000  # people: a city whose neighbourhoods the news names as places of their own


@dataclass(frozen=True)
class Cue:
    """What the ranker knows of the incident besides its mentions: the article text, the trigger word's span
    (article offsets), the incident's sentence spans in order (the trigger's first), and the NER doc (or None)."""
    text: str
    trigger: tuple[int, int]
    sentences: tuple[tuple[int, int], ...]
    doc: Any | None = None


@dataclass(frozen=True)
class Candidate:
    """A mention the incident may be placed at, with the name to report (the text's spelling) and its place."""
    mention: Any  # places.PlaceMention (not imported: places imports this module)
    name: str
    place: Place | None


def candidates(mentions: Sequence[Any], country: str | None, is_name: Any) -> list[Candidate]:
    """Town-level and province-level mentions that are not a route end or a place abroad, and unknown names that
    can stand for a town (`is_name`, asked of the name and whether the text names a village by it), each once per
    name (the first mention stands for the name)."""
    out: dict[str, Candidate] = {}
    for m in mentions:
        p = m.place
        if m.route or (p is not None and (p.kind == "country" or (country and p.country != country))):
            continue
        if p is None and (not is_name(m.text, m.named_for_sure) or m.text.endswith("-")):
            continue
        name = m.text if m.text[:1].isupper() and not m.text.isupper() else (p.name if p else m.text)
        out.setdefault(name.lower(), Candidate(m, name, p))
    return list(out.values())


_WORD = re.compile(r"\w+")
_PAUSE = re.compile(r"[,;:()—–]|\b(?:while|after|before|when|as|but|and)\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|around|on)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)


@dataclass(frozen=True)
class _Context:
    """What every candidate's features compare it with, computed once per incident so that scoring stays linear in
    the candidates and the text: where names stand in the text, the other candidates' places summed up, and the
    NER entities in order."""
    words: dict[str, list[int]]
    max_rank: int
    unknown_town: bool
    containers: dict[str, int]
    names: dict[str, int]
    towns: int
    min_town: int
    town_like: int
    max_city: float
    cities: tuple[Place, ...]
    ents: tuple[tuple[int, int, str], ...]


_RANK = {"city": 3, "district": 3, "place": 3, "admin1": 2}
_STARTS = re.compile(r"(?<![\w-])\w+")
_GOES_ON = re.compile(r"[\w-]")


def _counts(keys: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for k in keys:
        out[k] = out.get(k, 0) + 1
    return out


def _town_like(c: Candidate) -> bool:
    return bool(c.mention.given_as_town) or (c.place is not None and c.place.kind in ("city", "district"))


def _containers(p: Place) -> set[str]:
    """The names of the district and province a town or district lies in."""
    return {n for n in (p.admin1, p.admin2) if n} if p.kind in ("city", "district") else set()


@last_text
def _word_starts(text: str) -> dict[str, list[int]]:
    """Where each word starts in the article: built once per article (its incidents share it), not per incident."""
    words: dict[str, list[int]] = {}
    for x in _STARTS.finditer(text):
        words.setdefault(x.group(), []).append(x.start())
    return words


# the last document's entities as (start, end, label), sorted: (doc, its ents object, their number, the tuple)
_held_ents: tuple[Any, Any, int, tuple[tuple[int, int, str], ...]] | None = None


def _sorted_ents(doc: Any | None) -> tuple[tuple[int, int, str], ...]:
    """The document's entities sorted, built once per document, not once per incident (a record of thousands of
    entities and a hundred incidents sorted them a hundred times). Kept while the same doc holds the same ents
    object of the same length (a PassageDoc's list, filled before extraction); a spaCy Doc gives a new tuple on
    each read and is sorted each time. One tuple replaced whole: a second thread at most sorts again."""
    global _held_ents
    if doc is None:
        return ()
    ents, held = doc.ents, _held_ents
    if held is not None and held[0] is doc and held[1] is ents and held[2] == len(ents):
        return held[3]
    out = tuple(sorted((e.start_char, e.end_char, e.label_) for e in ents))
    _held_ents = (doc, ents, len(ents), out)
    return out


def context(cands: Sequence[Candidate], cue: Cue) -> _Context:
    """One pass over the text (word starts) and over the candidates: what `features` compares each one with."""
    words = _word_starts(cue.text)
    known = [c.place for c in cands if c.place is not None]
    towns = [q.population for q in known if q.kind == "city" and q.population]
    ents = _sorted_ents(cue.doc)
    return _Context(
        words=words, max_rank=max((_RANK.get(q.kind, 0) for q in known), default=0),
        unknown_town=any(c.place is None and c.mention.town for c in cands),
        containers=_counts(n for q in known for n in _containers(q)),
        names=_counts(q.name for q in known if q.kind != "country"),
        towns=len(towns), min_town=min(towns, default=0), town_like=sum(_town_like(c) for c in cands),
        max_city=max((math.log10((q.population or 0) + 1) / 7 for q in known if q.kind == "city"), default=0.0),
        cities=tuple(q for q in known if q.kind == "city"), ents=ents)


def occurrences(ctx: _Context, text: str, name: str) -> list[int]:
    """Where `name` stands as a whole name in `text`: looked up by its first word in the context's index."""
    first = re.match(r"\w+", name)
    if first is None:
        return [x.start() for x in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    end = len(name)
    return [k for k in ctx.words.get(first.group(), ()) if text.startswith(name, k) and not _GOES_ON.match(text, k + end)]


def _labels(ctx: _Context, start: int, end: int) -> set[str]:
    """The NER labels of the entities that overlap start..end (entities do not overlap: sorted, bisected)."""
    k = bisect.bisect_left(ctx.ents, (start, -1, "")) - 1
    out: set[str] = set()
    for a, b, label in ctx.ents[max(k, 0):]:
        if a >= end:
            break
        if b > start:
            out.add(label)
    return out


def features(c: Candidate, index: int, cands: Sequence[Candidate], cue: Cue, country: str | None,
             ctx: _Context | None = None) -> list[float]:
    """The feature vector of one candidate (in FEATURES order); `ctx` is `context(cands, cue)`, passed by `matrix`
    so that it is computed once per incident."""
    ctx = ctx or context(cands, cue)
    m, p = c.mention, c.place
    f = [0.0] * len(FEATURES)

    def put(name: str, value: float | bool) -> None:
        f[_INDEX[name]] = float(value)

    put("bias", 1)
    put("known", p is not None)
    put("unknown", p is None)
    if p is not None:
        put("level_" + ("city" if p.kind == "city" else p.kind), 1)
        put("log_population", math.log10((p.population or 0) + 1) / 7)
        put("in_country", bool(country) and p.country == country)
        put("abroad", bool(country) and p.country != country)
        put("capital_namesake", p.kind == "admin1" and any(q.kind == "city" and q.country == p.country
                                                            for q in places().candidates(c.name)))
    t0, t1 = cue.trigger
    sent_of = next((k for k, (a, b) in enumerate(cue.sentences) if a <= m.start < b + 1), len(cue.sentences))
    trigger_sent = cue.sentences[0] if cue.sentences else (t0, t1)
    put("trigger_sentence", trigger_sent[0] <= m.start <= trigger_sent[1])
    put("before_trigger", m.start < t0)
    put("char_distance", min(abs(m.start - t0), 600) / 600)
    put("sentence_distance", min(sent_of, 4) / 4)
    a, b = (t1, m.start) if m.start >= t1 else (m.end, t0)
    b = max(a, b)
    same = trigger_sent[0] <= m.start <= trigger_sent[1]
    # at most 20 words are counted: the scan stops there, however far the mention stands
    put("word_distance", sum(1 for _ in itertools.islice(_WORD.finditer(cue.text, a, b), 20)) / 20)
    pause = bool(_PAUSE.search(cue.text, a, b))
    put("pause_between", pause)
    # "killed ... in X": a locative phrase that follows the trigger in its clause
    put("in_after_trigger", same and m.start > t0 and not pause
        and bool(_LOCATIVE_BEFORE.search(cue.text, max(0, m.start - 30), m.start)))
    for flag, attr in (("locative", "locative"), ("at", "at"), ("named_kind", "named_kind"), ("town", "town"),
                       ("district_word", "district"), ("reference", "reference"), ("placed", "placed")):
        put(flag, bool(getattr(m, attr)))
    put("first_of_incident", index == 0)
    put("order", min(index, 5) / 5)
    hits = occurrences(ctx, cue.text, m.text)
    put("first_in_text", bool(hits) and hits[0] == m.start)
    put("text_count", math.log2(1 + len(hits)) / 3)
    put("in_lead", m.start < 300)
    put("all_caps", m.text.isupper())
    put("unknown_town", p is None and (m.town or m.named_kind))
    put("unknown_locative", p is None and (m.locative or m.at))
    put("known_reference", p is not None and m.reference)
    put("district_with_town", p is not None and (p.kind == "district" or m.district) and ctx.unknown_town)
    put("most_specific", p is not None and _RANK.get(p.kind, 0) == ctx.max_rank)
    put("suburb", p is not None and p.kind == "city" and bool(p.population) and any(
        (q.population or 0) >= 5 * (p.population or 0) and km(p, q) < 60 for q in ctx.cities))
    labels = _labels(ctx, m.start, m.end)
    put("ner_place", bool(labels & {"GPE", "LOC", "FAC"}))
    put("ner_other", bool(labels & {"PERSON", "ORG", "NORP"}))
    if p is not None:
        # the hierarchy the text names: a district or province around another candidate, or a town inside one
        put("contains_other", ctx.containers.get(p.name, 0) - (p.name in _containers(p)) > 0)
        put("inside_other", any(ctx.names.get(n, 0) - (p.name == n and p.kind != "country") > 0
                                for n in {p.admin1, p.admin2} if n))
        put("smallest_known", p.kind == "city" and bool(p.population) and ctx.towns > 1
            and p.population == ctx.min_town)
        put("big_city", p.kind == "city" and (p.population or 0) >= BIG_CITY)
        # "Kaduna" may be the state or its capital: with a smaller town named beside it, the town is the site
        put("province_namesake", p.kind == "city" and bool(p.admin1) and _fold(p.name) == _fold(p.admin1 or "")
            and ctx.town_like - _town_like(c) > 0)
    else:
        # "Dasht-e-Barchi" beside "Kabul" is a part of the city; "Jani Khel" beside "Lakki Marwat" district a village
        put("unknown_beside_city", ctx.max_city)
    return f


def _fold(name: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())


def same_name(a: str, b: str) -> bool:
    """One name in two spellings that differ only in accents, case or punctuation ("Malmo", "Malmö")."""
    return _fold(a) == _fold(b)


def none_features() -> list[float]:
    """The "no town" option: only its own indicator."""
    f = [0.0] * len(FEATURES)
    f[_INDEX["none"]] = 1.0
    return f


class WeightsError(ValueError):
    """The place ranker's weights file is missing, unreadable or written for another feature set."""


def read_weights(path: str) -> list[float]:
    """The fitted weights of a weights file in FEATURES order. A missing, cut-short or mismatched file (another
    trainer's features) raises WeightsError: `places.warm` reads it at service start, so the service refuses to
    start rather than fail, or silently lose its ranker, on every article."""
    try:
        with open(path, encoding="utf-8") as f:
            stored = json.load(f)["weights"]
        values = {str(k): float(v) for k, v in stored.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise WeightsError(f"place ranker weights {path}: {type(e).__name__}: {e} "
                           f"(rewrite it with scripts/train_place_ranker.py)") from None
    missing, unknown = set(FEATURES) - set(values), set(values) - set(FEATURES)
    if missing or unknown:
        raise WeightsError(f"place ranker weights {path} do not match FEATURES: missing {sorted(missing)}, "
                           f"unknown {sorted(unknown)} (retrain with scripts/train_place_ranker.py)")
    return [values[name] for name in FEATURES]


@cache
def weights() -> list[float] | None:
    """The weights `pick` uses; None, logged as an error once, when the file went bad after the start check (the
    hand rules then decide alone: an article is not lost for it)."""
    try:
        return read_weights(WEIGHTS)
    except WeightsError as e:
        log.error("%s; towns are placed by the hand rules alone", e)
        return None


def scores(rows: Sequence[Sequence[float]], w: Sequence[float]) -> list[float]:
    return [sum(a * b for a, b in zip(r, w)) for r in rows]


def matrix(cands: Sequence[Candidate], cue: Cue, country: str | None) -> list[list[float]]:
    """The rows the model scores: the "no town" option first, then one per candidate."""
    ctx = context(cands, cue)
    return [none_features(), *(features(c, k, cands, cue, country, ctx) for k, c in enumerate(cands))]


def pick(cands: Sequence[Candidate], cue: Cue, country: str | None) -> Candidate | None:
    """The best-scored candidate, or None when the "no town" option wins or no weights could be read."""
    w = weights()
    if w is None or not cands:
        return None
    s = scores(matrix(cands, cue, country), w)
    best = max(range(len(s)), key=lambda k: (s[k], -k))
    if not best:
        return None
    ranked = [cands[k - 1] for k in sorted(range(1, len(s)), key=lambda k: (-s[k], k))]
    return below_province(ranked, cue.text)


_CITY_SAID = re.compile(r"\b(?:city|town) of\s+$", re.I)
_CITY_AFTER = re.compile(r"\s+city\b", re.I)


def _province_like(c: Candidate, text: str) -> bool:
    """A province, or a town named like its province ("Kaduna", "Ghazni") not said to be the city: the name may
    stand for either."""
    p = c.place
    if p is None or p.kind not in ("admin1", "city"):
        return False
    if p.kind == "city" and (not p.admin1 or _fold(p.name) != _fold(p.admin1)):
        return False
    m = c.mention
    return not (_CITY_SAID.search(text, max(0, m.start - 20), m.start) or _CITY_AFTER.match(text, m.end))


def _region_like(c: Candidate) -> bool:
    """A district or province, or a town named like its province ("Kaduna"): a place whose villages the news names
    as the site."""
    p = c.place
    return bool(c.mention.district) or (p is not None and (p.kind in ("district", "admin1") or (
        p.kind == "city" and bool(p.admin1) and _fold(p.name) == _fold(p.admin1 or ""))))


def _same_region(name: str | None, c: Candidate) -> bool:
    """Whether `name` (the region a town is said to lie in) is candidate `c`, in either's spelling."""
    if not name:
        return False
    names = {c.name, c.mention.text, *((c.place.name, c.place.admin1) if c.place is not None and c.place.kind == "admin1"
                                       else ())}
    return any(n and fold(bare(n)) == fold(bare(name)) for n in names)


def _near_within(c: Candidate, first: Candidate) -> bool:
    """"near Kajuru in Kaduna": a town or district the text places near the scene and in the first-ranked region
    (a province named like its capital) is the scene's landmark, whatever the capital's size; a district by its
    bare name is the town that names it."""
    return c.mention.reference and _same_region(c.mention.within, first) and c.place is not None \
        and c.place.kind in ("city", "district") and not c.mention.named_kind


# what follows a place that another one locates: ", west of", ", some 30 km south of the town of", " 12 miles from"
_LOCATED_BY = re.compile(r",?\s+(?:(?:about|some|around|nearly|roughly|approximately|just)\s+)?(?:(?:\d+(?:\.\d+)?\s*"
                         r"(?:km|kilomet(?:er|re)s?|miles?)\s+(?:(?:north|south|east|west|north-?east|north-?west|"
                         r"south-?east|south-?west)(?:ern)?\s+)?(?:of|from))|(?:north|south|east|west|north-?east|"
                         r"north-?west|south-?east|south-?west)\s+of)\s+(?:the\s+(?:city|town|capital)\s+of\s+)?", re.I)


def _located_by(c: Candidate, first: Candidate, text: str) -> bool:
    """The text locates `c` by `first` ("near Tal Afar, west of Mosul", "outside Sukhnah, 60 km east of Homs"):
    when both are landmarks, `c` is the one nearer the scene and `first` only places it."""
    m = _LOCATED_BY.match(text, c.mention.end)
    return m is not None and text.startswith(first.mention.text, m.end()) and not _region_like(c)


def below_region(ranked: Sequence[Candidate], text: str = "") -> Candidate | None:
    """A candidate the text itself places inside the first-ranked district or province ("at Gidan Bakuso in
    Gada Local Government Area"), or a town the text gives as one when the first is a landmark ("9 km from X"):
    the text's own hierarchy says the incident is in the smaller place."""
    first = ranked[0]
    if first.mention.reference:  # "Kasumbalesa, about 9 km from Lubumbashi": the landmark locates the town
        # "in Tajoura, east of Tripoli": a name right after "in"/"at" is the site a landmark locates too
        # "near Tal Afar, west of Mosul": of two landmarks, the one the other locates
        return next((c for c in ranked[1:] if (c.mention.town or c.mention.at) and not c.mention.reference
                     and not _region_like(c) or _located_by(c, first, text)), None)
    if not _region_like(first):
        return None
    # a big city's parts are the city ("Dasht-e-Barchi in Kabul"); a village the text names as one is not
    big = first.place is not None and first.place.kind == "city" and (first.place.population or 0) >= BIG_CITY
    # a town the text places in the province of the first-ranked district ("X, a town in Borno" beside "Abadam
    # district") is below it too
    province = first.place.admin1 if first.place is not None and first.place.kind != "admin1" else None
    # "near Bankass in Mopti": a landmark the text places in the province is nearer the scene than the province
    return next((c for c in ranked[1:] if _near_within(c, first) or (_same_region(c.mention.within, first) or (
        c.mention.town and province is not None and c.mention.within is not None
        and fold(bare(c.mention.within)) == fold(bare(province))))
                 and (not c.mention.reference or _same_region(c.mention.within, first)) and not _region_like(c)
                 and (c.mention.town or not big)), None)


def _country_district(name: str, country: str) -> bool:
    """A second-level subdivision of `country` that GeoNames calls `name` or one romanisation of it ("Maiwand",
    its "Maywand"): a district of a province, which a big city's quarters are not."""
    ix = geonames.index()
    key = fold(name)
    return any(s.country == country for v in (key, *variants(key)) for s in ix.subdivisions_named(v, level=2))


def below_province(ranked: Sequence[Candidate], text: str) -> Candidate:
    """The first of the ranked candidates, unless it is a district or province the text places another
    candidate in (`below_region`), or a province (or a town named like it) and a town of that province, or a place
    the text gives as a town, is named with it: the incident is there ("in Kaduna ... in Kauru, a local government
    area of the state")."""
    first = ranked[0]
    inside = below_region(ranked, text)
    if inside is not None:
        return inside
    if not _province_like(first, text):
        return first
    admin1 = first.place.admin1 if first.place is not None else None
    # a name the gazetteer lacks beside a big city is a part of it ("Dasht-e-Barchi" of Kabul), not a town
    big = first.place is not None and first.place.kind == "city" and (first.place.population or 0) >= BIG_CITY
    for c in ranked[1:]:
        q = c.place
        if q is None and c.mention.given_as_town and not c.mention.reference and (
                not big or c.mention.village or _country_district(c.mention.text, first.place.country)):  # type: ignore[union-attr]
            # "in Kandahar ... in Maiwand district": a district of the country, not a quarter of the city; "in Kaduna
            # ... the village of X": a village of the state (no city's quarter is a village)
            return c
        if q is not None and q.kind in ("city", "district") and q.admin1 == admin1 and not _province_like(c, text) \
                and not c.mention.reference:
            return c
    return first
