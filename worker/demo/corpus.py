"""A generated news corpus for benchmarks and scale tests: many ~600-word pages, about a fifth with incidents.

Incident pages take the lead of one of the sample site's incident articles and go on with ordinary news prose;
the others are ordinary prose only. Deterministic for a seed, so runs are comparable.
"""
from __future__ import annotations

import random
from typing import Any

from worker.demo.site import articles

SUBJECTS = ["The finance ministry", "The city council", "A group of economists", "The central bank", "Local traders",
            "The transport authority", "University researchers", "The opposition party", "Exporters", "The health department",
            "Farmers' associations", "The national statistics office", "Hotel owners", "The school board", "Software firms"]
VERBS = ["said on", "announced on", "reported on", "confirmed on", "told reporters on", "published figures on"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
OBJECTS = ["that spending on roads would rise by {n} per cent next year",
           "a plan to expand bus services to {n} new neighbourhoods",
           "that wheat output had grown for the {o} year in a row",
           "new rules for small businesses that take effect in {m}",
           "that tourist arrivals were up {n} per cent on last year",
           "a review of water tariffs after complaints from {n} residents' groups",
           "that the new terminal would open to passengers in {m}",
           "a training scheme for {n},000 young workers",
           "that exports of textiles had reached a record in {m}",
           "that the budget deficit would narrow to {n} per cent of output"]
TAILS = ["Officials said the details would be published later this month.",
         "Analysts said the figures were broadly in line with expectations.",
         "The proposal will be debated in the assembly next week.",
         "Critics said the measures did not go far enough, while supporters welcomed them.",
         "The announcement followed months of consultations with industry groups.",
         "Markets were little changed after the news."]
MONTHS = ["January", "March", "May", "July", "September", "November"]
ORD = ["second", "third", "fourth", "fifth"]


def _paragraph(rng: random.Random) -> str:
    sents = []
    for _ in range(rng.randint(2, 4)):
        obj = rng.choice(OBJECTS).format(n=rng.randint(2, 40), o=rng.choice(ORD), m=rng.choice(MONTHS))
        sents.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(DAYS)} {obj}.")
    sents.append(rng.choice(TAILS))
    return " ".join(sents)


def generate(n: int, incident_share: float = 0.2, words: int = 600, seed: int = 1) -> list[dict[str, Any]]:
    """`n` articles in the sample site's format (slug, title, published, author, body, expect)."""
    rng = random.Random(seed)
    incident_sources = [a for a in articles() if a["expect"]]
    out = []
    for i in range(n):
        with_incident = rng.random() < incident_share
        src = rng.choice(incident_sources) if with_incident else None
        # each copy of an incident lead gets its own filing note: real pages do not repeat a line hundreds of times
        # on one host, and if they did the per-host template learning would (rightly) remove it
        body = [f"{p} The report was filed at {rng.randint(0, 23)}:{rng.randint(0, 59):02d} local time."
                for p in src["body"] if not p.startswith(("Also Read", "Related", "Read more"))] if src else []
        while sum(len(p.split()) for p in body) < words:
            body.append(_paragraph(rng))
        if len(body) > 3:
            body.insert(2, "Also Read: " + rng.choice(SUBJECTS) + " plans new measures")
        out.append({"slug": f"gen-{seed}-{i}", "title": src["title"] if src else f"{rng.choice(SUBJECTS)} sets out plans",
                    "published": src["published"] if src else "2026-03-20", "author": "Generated Desk",
                    "body": body, "expect": src["expect"] if src else []})
    return out
