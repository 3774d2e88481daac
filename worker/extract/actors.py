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


_AGENT_BEFORE = re.compile(r"\b(?:by|claimed by|carried out by|blamed on|(?:commander|member|leader|fighters?|militants?|"
                           r"gunmen|insurgents|cadres?) of)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
_AGENT_AFTER = re.compile(r"^(?:(?!\b(?:was|were|been|being|is|are)\b)[\s)\w'’(,-]){0,40}?\b(?:attack(?:ed|s)?|stormed|killed|carried out|launched|claimed|ambushed|"
                          r"abducted|kidnapped|fired|detonated|seized|captured|struck|raided|targeted|shot|bombed|"
                          r"fighters|militants|gunmen|insurgents|cadres|commander|suicide bomber|bombers?|inmates)\b", re.I)
_NOT_AGENT_BEFORE = re.compile(r"\b(?:against|targeting|on|worked for|ally of|allied to|despite|with|from|"
                               r"killed|attacked|arrested|captured|detained)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)


_PATIENT_AFTER = re.compile(r"^[\s\w'’-]{0,30}?\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:captured|arrested|killed|detained|"
                            r"attacked|targeted|abducted|kidnapped|injured|wounded|ambushed)\b", re.I)


def _agent(sentence: str, start: int, end: int) -> bool | None:
    """True when the words around a group name make it the doer, False when they make it the target or context."""
    before, after = sentence[max(0, start - 60):start], sentence[end:end + 60]
    if _PATIENT_AFTER.search(after):
        return False
    if _AGENT_BEFORE.search(before) or _AGENT_AFTER.search(after):
        return True
    if _NOT_AGENT_BEFORE.search(before):
        return False
    return None


def perpetrators(sentences: list[str], event_type: str) -> tuple[list[str], list[tuple[int, str]]]:
    """Canonical perpetrator names and (sentence index, name) evidence.

    A named group counts when the words around it make it the doer ("attack claimed by", "TTP militants stormed");
    a group named only as a target or as context ("despite the ceasefire by", "worked for ... in the past") does
    not. When no mention says, a lone non-state group named in the incident is taken. State forces count only for
    one-sided state actions (arrests, air strikes, shelling), following the gold conventions."""
    found: list[tuple[int, str, bool | None]] = []
    for i, s in enumerate(sentences):
        previous_end, previous = -10, None
        for canonical, kind, start, end in groups_in(s):
            # an alias in brackets right after a name ("Al Qaeda in the subcontinent (AQIS)") shares its verdict
            verdict = previous if start - previous_end <= 3 else _agent(s, start, end)
            previous_end, previous = end, verdict
            if kind == "state" and event_type not in STATE_TYPES:
                continue
            found.append((i, canonical, verdict))
    names: list[str] = []
    where: list[tuple[int, str]] = []
    agents = [(i, c) for i, c, a in found if a]
    if not agents:
        neutral = {c for _, c, a in found if a is None}
        agents = [(i, c) for i, c, a in found if a is None] if len(neutral) == 1 else []
    for i, c in agents:
        if c not in names:
            names.append(c)
            where.append((i, c))
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


_VICTIM_AFTER = re.compile(r"\b(?:attack(?:ed|ing)?|attacks? on|target(?:ed|ing)|kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|"
                           r"kidnapp(?:ed|ing)|abduct(?:ed|ing)|ambush(?:ed|ing)|stormed|struck|hit|shot|"
                           r"fired (?:at|on|upon)|opened fire (?:at|on)|assault(?:ed)? on|raid(?:ed)? on|blast (?:at|near)|"
                           r"explosion (?:at|near)|against|(?:threw|hurled|lobbed|pelted)\s+(?:[\w'’-]+\s+){0,3}?(?:at|on))\s+"
                           r"((?:[\w'’-]+[\s,.]+){1,8})", re.I)
_VICTIM_BEFORE = re.compile(r"((?:[\w'’-]+[\s,]+){1,8}?)(?:were|was|have been|had been|are|got)\s+(?:\w+\s+)?"
                            r"(?:killed|injured|wounded|hurt|kidnapped|abducted|shot|martyred|targeted|attacked)\b", re.I)


def _victim_text(sentence: str) -> str:
    """The parts of a sentence that name who suffered: objects of attack verbs and subjects of passive casualty verbs."""
    parts = [m.group(1) for m in _VICTIM_AFTER.finditer(sentence)] + [m.group(1) for m in _VICTIM_BEFORE.finditer(sentence)]
    return " | ".join(parts)


def target_categories(sentences: list[str], event_type: str) -> tuple[list[str], list[int]]:
    """Who was attacked, as categories; phrases that only attribute a statement ("police said") do not count.

    In an armed clash the target is the force the non-state side fought, wherever the sentence names it; otherwise
    only the words that name the victims count."""
    found: list[str] = []
    where: list[int] = []
    for i, s in enumerate(sentences):
        masked = _ATTRIBUTION.sub(lambda m: " " * len(m.group()), s)
        if event_type != "armed_clash":
            masked = _victim_text(masked)
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
