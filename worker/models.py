"""Dataclasses that mirror schemas/incident.v1.json; `to_message` is the only place that shapes the record."""
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


def incident_id(article_id: str, ordinal: int, inc: Incident) -> str:
    """Deterministic: the same article text yields the same ids on every reprocessing."""
    basis = "|".join(map(str, (article_id, ordinal, inc.event_type, inc.date, inc.country, inc.city,
                                inc.evidence[0].start if inc.evidence else -1)))
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


def to_message(inc: Incident, ordinal: int, article: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": incident_id(article["id"], ordinal, inc),
        "article": {k: article.get(k) for k in ("id", "url", "source", "title", "published")},
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
