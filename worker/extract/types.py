"""Event type of a sentence from the trigger lexicon (data/triggers.csv); metaphors and aggregates excluded."""
from __future__ import annotations

import re
from dataclasses import dataclass

from worker.extract.gazetteer import negatives, triggers

_AGGREGATE = re.compile(r"\b(?:so far this year|this year alone|since (?:the start of|january|20\d\d)|"
                        r"in (?:19|20)\d\d alone|over the past (?:year|decade|\w+ years)|a total of|"
                        r"per cent|percent|statistics|annual(?:ly)?|on average|every year|(?:\d+(?:st|nd|rd|th)|\w+th) (?:\w+ ){0,3}to be killed)\b", re.I)
_GENERIC = re.compile(r"\b(?:involvement in|involved in|accused of|charged with|wanted in|history of|"
                      r"cases of|incidents of|terrori[sz]ing|notorious for|known for)\b", re.I)
_MANY = re.compile(r"\b(?:several|multiple|numerous|many|a number of|dozens of|scores of|hundreds of)\s+(?:\w+\s+)?"
                   r"(?:attacks|bombings|raids|killings|shootings|assaults|abductions|kidnappings|clashes)\b", re.I)
_SPAN = re.compile(r"\b(?:since|over the (?:past|last)|in recent (?:weeks|months|years)|this year|so far|in the past)\b", re.I)
_CONTEXT = re.compile(r"\b(?:amid (?:a|the) (?:surge|rise|wave|spate|series|spike)|surge in|spate of|wave of|series of|"
                      r"rise in|increase in|uptick in|upsurge in|spike in|such attacks|(?:a|an almost) daily occurrence|"
                      r"in recent (?:days|weeks|months)|(?:are|is|were) (?:generally|usually|typically|often) )", re.I)


@dataclass(frozen=True)
class TypeMatch:
    event_type: str
    priority: int
    start: int  # offsets within the sentence
    end: int
    strong: bool  # trigger names an event (not only a casualty word such as "killed")


_WEAK = {"killed", "killing", "wounded", "injured", "shot", "custody", "raids", "raid", "fighting", "martyred",
         "embraced martyrdom", "slain", "gunshot", "gunshots"}


def classify(sentence: str) -> TypeMatch | None:
    """The highest-priority trigger in the sentence, or None when it reports no violent/security event."""
    masked = negatives().sub(lambda m: " " * len(m.group()), sentence)
    if _AGGREGATE.search(masked):
        return None
    best: TypeMatch | None = None
    for t in triggers():
        for m in t.rx.finditer(masked):
            strong = m.group().lower() not in _WEAK
            cand = TypeMatch(t.event_type, t.priority if strong else 2, m.start(), m.end(), strong)
            if best is None or cand.priority > best.priority:
                best = cand
            break
    return best


def context(sentence: str) -> bool:
    """Background trends ("amid a surge in militant violence since November") are never an incident."""
    return bool(_CONTEXT.search(sentence) or (_MANY.search(sentence) and _SPAN.search(sentence)))


def umbrella(sentence: str) -> bool:
    """"Several shootings and an explosion were reported": a summary of several events, not one event's method."""
    return bool(_MANY.search(sentence))


def generic(sentence: str) -> bool:
    """Lists of activities ("involvement in target killings and robberies") name no single event."""
    return bool(_GENERIC.search(sentence))
