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

import json
import math
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Sequence

from worker.extract.gazetteer import Place, km, places

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
    can stand for a town (`is_name`), each once per name (the first mention stands for the name)."""
    out: dict[str, Candidate] = {}
    for m in mentions:
        p = m.place
        if m.route or (p is not None and (p.kind == "country" or (country and p.country != country))):
            continue
        if p is None and (not is_name(m.text) or m.text.endswith("-")):
            continue
        name = m.text if m.text[:1].isupper() and not m.text.isupper() else (p.name if p else m.text)
        out.setdefault(name.lower(), Candidate(m, name, p))
    return list(out.values())


_WORD = re.compile(r"\w+")
_PAUSE = re.compile(r"[,;:()—–]|\b(?:while|after|before|when|as|but|and)\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|around|on)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)


def features(c: Candidate, index: int, cands: Sequence[Candidate], cue: Cue, country: str | None) -> list[float]:
    """The feature vector of one candidate (in FEATURES order)."""
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
    between = cue.text[t1:m.start] if m.start >= t1 else cue.text[m.end:t0]
    same = trigger_sent[0] <= m.start <= trigger_sent[1]
    put("word_distance", min(len(_WORD.findall(between)), 20) / 20)
    put("pause_between", bool(_PAUSE.search(between)))
    # "killed ... in X": a locative phrase that follows the trigger in its clause
    put("in_after_trigger", same and m.start > t0 and not _PAUSE.search(between)
        and bool(_LOCATIVE_BEFORE.search(cue.text, max(0, m.start - 30), m.start)))
    for flag, attr in (("locative", "locative"), ("at", "at"), ("named_kind", "named_kind"), ("town", "town"),
                       ("district_word", "district"), ("reference", "reference"), ("placed", "placed")):
        put(flag, bool(getattr(m, attr)))
    put("first_of_incident", index == 0)
    put("order", min(index, 5) / 5)
    hits = _occurrences(cue.text, m.text)
    put("first_in_text", bool(hits) and hits[0] == m.start)
    put("text_count", math.log2(1 + len(hits)) / 3)
    put("in_lead", m.start < 300)
    put("all_caps", m.text.isupper())
    put("unknown_town", p is None and (m.town or m.named_kind))
    put("unknown_locative", p is None and (m.locative or m.at))
    put("known_reference", p is not None and m.reference)
    put("district_with_town", p is not None and (p.kind == "district" or m.district)
        and any(q.place is None and q.mention.town for q in cands))
    rank = {"city": 3, "district": 3, "place": 3, "admin1": 2}
    put("most_specific", p is not None and rank.get(p.kind, 0) == max(rank.get(q.place.kind, 0) for q in cands
                                                                       if q.place is not None))
    put("suburb", p is not None and p.kind == "city" and bool(p.population) and any(
        q.place is not None and q.place.kind == "city" and (q.place.population or 0) >= 5 * (p.population or 0)
        and km(p, q.place) < 60 for q in cands))
    labels = {e.label_ for e in (cue.doc.ents if cue.doc is not None else ())
              if e.start_char < m.end and m.start < e.end_char}
    put("ner_place", bool(labels & {"GPE", "LOC", "FAC"}))
    put("ner_other", bool(labels & {"PERSON", "ORG", "NORP"}))
    others = [q.place for q in cands if q is not c and q.place is not None]
    if p is not None:
        # the hierarchy the text names: a district or province around another candidate, or a town inside one
        put("contains_other", any(p.name in (q.admin1, q.admin2) and q.kind in ("city", "district") for q in others))
        put("inside_other", any(q.name in (p.admin1, p.admin2) and q.kind != "country" for q in others))
        towns = [q for q in [p, *others] if q.kind == "city" and q.population]
        put("smallest_known", p in towns and len(towns) > 1 and p.population == min(q.population or 0 for q in towns))
        put("big_city", p.kind == "city" and (p.population or 0) >= BIG_CITY)
        # "Kaduna" may be the state or its capital: with a smaller town named beside it, the town is the site
        put("province_namesake", p.kind == "city" and bool(p.admin1) and _fold(p.name) == _fold(p.admin1 or "")
            and any(q.mention.given_as_town or (q.place is not None and q.place.kind in ("city", "district"))
                    for q in cands if q is not c))
    else:
        # "Dasht-e-Barchi" beside "Kabul" is a part of the city; "Jani Khel" beside "Lakki Marwat" district a village
        put("unknown_beside_city", max((math.log10((q.population or 0) + 1) / 7 for q in others if q.kind == "city"),
                                       default=0.0))
    return f


def _fold(name: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())


def same_name(a: str, b: str) -> bool:
    """One name in two spellings that differ only in accents, case or punctuation ("Malmo", "Malmö")."""
    return _fold(a) == _fold(b)


@lru_cache(maxsize=4096)
def _occurrences(text: str, name: str) -> tuple[int, ...]:
    """Where `name` stands as a whole name in `text` (asked by every incident of an article: found once)."""
    return tuple(x.start() for x in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))


def none_features() -> list[float]:
    """The "no town" option: only its own indicator."""
    f = [0.0] * len(FEATURES)
    f[_INDEX["none"]] = 1.0
    return f


@cache
def weights() -> list[float] | None:
    """The fitted weights by feature name (None when no weights file exists: the hand rules decide alone)."""
    if not os.path.exists(WEIGHTS):
        return None
    stored = json.load(open(WEIGHTS, encoding="utf-8"))["weights"]
    return [float(stored.get(name, 0.0)) for name in FEATURES]


def scores(rows: Sequence[Sequence[float]], w: Sequence[float]) -> list[float]:
    return [sum(a * b for a, b in zip(r, w)) for r in rows]


def matrix(cands: Sequence[Candidate], cue: Cue, country: str | None) -> list[list[float]]:
    """The rows the model scores: the "no town" option first, then one per candidate."""
    return [none_features(), *(features(c, k, cands, cue, country) for k, c in enumerate(cands))]


def pick(cands: Sequence[Candidate], cue: Cue, country: str | None) -> Candidate | None:
    """The best-scored candidate, or None when the "no town" option wins or no weights exist."""
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


def below_province(ranked: Sequence[Candidate], text: str) -> Candidate:
    """The first of the ranked candidates, unless it is a province (or a town named like it) and a town of that
    province, or a place the text gives as a town, is named with it: the incident is there ("in Kaduna ... in
    Kauru, a local government area of the state")."""
    first = ranked[0]
    if not _province_like(first, text):
        return first
    admin1 = first.place.admin1 if first.place is not None else None
    # a name the gazetteer lacks beside a big city is a part of it ("Dasht-e-Barchi" of Kabul), not a town
    big = first.place is not None and first.place.kind == "city" and (first.place.population or 0) >= BIG_CITY
    for c in ranked[1:]:
        q = c.place
        if q is None and (c.mention.town or c.mention.named_kind) and not c.mention.reference and not big:
            return c
        if q is not None and q.kind in ("city", "district") and q.admin1 == admin1 and not _province_like(c, text) \
                and not c.mention.reference:
            return c
    return first
