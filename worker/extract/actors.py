"""Perpetrators (canonical names from data/groups.csv), target categories (data/targets.csv) and claims."""
from __future__ import annotations

import re

from worker.extract.gazetteer import groups, targets

_ATTRIBUTION = re.compile(r"\b(?:police|officials?|army|military|authorities|spokes(?:man|woman|person))\s+"
                          r"(?:said|say|says|told|claimed|added|stated|confirmed|reported)\b|"
                          r"\b(?:according to|said|told)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:police|officials?|military|army)\b|"
                          r"\bpress release issued by\b.{0,60}|\bpolice (?:statement|sources?)\b", re.I)
_CLAIM = re.compile(r"\bclaim(?:ed|s)? (?:responsibility|the attack)|\battack claimed by|\bresponsibility\b", re.I)
STATE_TYPES = {"arrest", "air_strike", "shelling"}
FORCE_TARGETS = ("police", "military", "paramilitary", "security forces")


def groups_in(sentence: str) -> list[tuple[str, str, int, int]]:
    """(canonical, kind, start, end) for every armed group or state force named in the sentence."""
    rx, table = groups()
    return [(table[m.group().lower()].canonical, table[m.group().lower()].kind, m.start(), m.end())
            for m in rx.finditer(sentence)]


def perpetrators(sentences: list[str], event_type: str) -> tuple[list[str], list[tuple[int, str]]]:
    """Canonical perpetrator names and (sentence index, name) evidence; state forces only for one-sided state actions."""
    names: list[str] = []
    where: list[tuple[int, str]] = []
    for i, s in enumerate(sentences):
        for canonical, kind, _, _ in groups_in(s):
            if kind == "state" and event_type not in STATE_TYPES and event_type != "armed_clash":
                continue
            if kind == "state" and event_type == "armed_clash":
                continue
            if canonical not in names:
                names.append(canonical)
                where.append((i, canonical))
    return names, where


def specialise(names: list[str], article_text: str) -> list[str]:
    """A generic name ("Taliban") becomes the branch the article names elsewhere ("Pakistani Taliban" -> TTP)."""
    rx, table = groups()
    children: dict[str, str] = {}
    for m in rx.finditer(article_text):
        g = table[m.group().lower()]
        if g.parent:
            children.setdefault(g.parent, g.canonical)
    out: list[str] = []
    for n in names:
        n = children.get(n, n)
        if n not in out:
            out.append(n)
    return out


def claimed_by(sentences: list[str]) -> list[str]:
    out: list[str] = []
    for s in sentences:
        if _CLAIM.search(s):
            for canonical, kind, _, _ in groups_in(s):
                if kind != "state" and canonical not in out:
                    out.append(canonical)
    return out


def target_categories(sentences: list[str], event_type: str) -> tuple[list[str], list[int]]:
    """Who was attacked, as categories; phrases that only attribute a statement ("police said") do not count."""
    found: list[str] = []
    where: list[int] = []
    for i, s in enumerate(sentences):
        masked = _ATTRIBUTION.sub(lambda m: " " * len(m.group()), s)
        for category, rx in targets():
            if category == "militants" and event_type not in ("arrest", "air_strike", "armed_clash"):
                continue
            if event_type == "armed_clash" and category not in FORCE_TARGETS:
                continue
            if event_type == "arrest" and category in FORCE_TARGETS:
                continue
            if rx.search(masked) and category not in found:
                found.append(category)
                where.append(i)
    return found, where
