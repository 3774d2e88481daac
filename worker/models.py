"""Dataclasses that mirror schemas/incident.v1.json and extraction.v1.json; `to_message` and `manifest` are the
only places that shape those records."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

EXTRACTOR_VERSION = "incidents-0.1.0"


@dataclass(frozen=True)
class Evidence:
    field: str
    text: str
    start: int
    end: int


@dataclass
class Incident:
    primary: bool
    event_type: str
    date: str | None = None
    country: str | None = None
    admin1: str | None = None
    city: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    killed: int | None = None
    injured: int | None = None
    killed_is_lower_bound: bool = False
    arrested: int | None = None
    perpetrators: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    claimed_by: list[str] = field(default_factory=list)
    verified: bool | None = None
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)


def _norm(value: Any) -> str:
    """Case and whitespace do not make another incident (a re-crawl may differ in either)."""
    return " ".join(str(value).split()).casefold() if value is not None else ""


def incident_id(article_id: str, inc: Incident, occurrence: int = 0) -> str:
    """Deterministic from the article id and what the incident is: type, date and place (normalised).

    Not from offsets or the position in the output, so a byline or an "Updated" line above the body, or another
    incident found before this one, keeps the id. Tolls, actors and evidence are left out on purpose: an update that
    raises the toll is the same incident, so it replaces the record by key. `occurrence` separates incidents of one
    article that share type, date and place (the n-th such one, in text order)."""
    basis = "\x1f".join([article_id, *(_norm(v) for v in (inc.event_type, inc.date, inc.country, inc.admin1,
                                                            inc.city)), str(occurrence)])
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


def to_messages(found: list[Incident], article: dict[str, Any]) -> list[dict[str, Any]]:
    """incident.v1 records of one article's incidents, in order, with ids unique within the article."""
    seen: dict[str, int] = {}
    out = []
    for inc in found:
        base = incident_id(article["id"], inc)
        occurrence = seen.get(base, 0)
        seen[base] = occurrence + 1
        out.append(to_message(inc, article, incident_id(article["id"], inc, occurrence)))
    return out


# the article fields an incident or a manifest copies, cut so that the record fits the default 1 MiB of
# incidents.v1 / extractions.v1 whatever the (2 MB) article carries
FIELD_CAPS = {"url": 2_048, "source": 200, "title": 500, "duplicate_of": 2_048, "published": 64}


def capped(article: dict[str, Any], key: str) -> Any:
    """article[key], cut to FIELD_CAPS[key] characters when it is a string."""
    value = article.get(key)
    return value[:FIELD_CAPS[key]] if isinstance(value, str) and key in FIELD_CAPS else value


def to_message(inc: Incident, article: dict[str, Any], id_: str | None = None) -> dict[str, Any]:
    return {
        "id": id_ or incident_id(article["id"], inc),
        "article": {k: capped(article, k) for k in ("id", "url", "source", "title", "published", "duplicate_of")},
        "primary": inc.primary,
        "event_type": inc.event_type,
        "date": inc.date,
        "location": {"country": inc.country, "admin1": inc.admin1, "city": inc.city, "place": inc.place,
                     "lat": inc.lat, "lon": inc.lon},
        "killed": inc.killed,
        "injured": inc.injured,
        "killed_is_lower_bound": inc.killed_is_lower_bound,
        "arrested": inc.arrested,
        "perpetrators": inc.perpetrators,
        "targets": inc.targets,
        "weapons": inc.weapons,
        "claimed_by": inc.claimed_by,
        "verified": inc.verified,
        "confidence": round(inc.confidence, 3),
        "evidence": [asdict(e) for e in inc.evidence],
        "extracted_at": datetime.now(timezone.utc).isoformat(),
        "extractor_version": EXTRACTOR_VERSION,
    }


def revision(text: str) -> str:
    """Which version of an article's text was extracted (whitespace-insensitive), for the manifest."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:32]


def manifest(article: dict[str, Any], messages: list[dict[str, Any]]) -> dict[str, Any]:
    """The extraction.v1 record of one article: the complete set of incident ids its latest text yields.

    Keyed by article id on `extractions.v1` (compacted), it is how updates and retractions reach downstream: when an
    article is re-published with new text, its newest manifest lists the incidents that are current; an incident id
    of that article missing from it is retracted. An article that no longer yields any incident gets a manifest
    with an empty list."""
    return {
        "article_id": article["id"],
        "url": capped(article, "url"),
        "revision": revision(article.get("text") or ""),
        "duplicate_of": capped(article, "duplicate_of"),
        "incident_ids": [m["id"] for m in messages],
        "extracted_at": datetime.now(timezone.utc).isoformat(),
        "extractor_version": EXTRACTOR_VERSION,
    }
