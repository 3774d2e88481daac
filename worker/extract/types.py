"""Event type of a sentence from the trigger lexicon (data/triggers.csv); metaphors and aggregates excluded."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from worker.extract.gazetteer import any_trigger, cues, negatives, triggers

_AGGREGATE = re.compile(r"\b(?:so far this year|this year alone|since (?:the start of|january|20\d\d)|"
                        r"in (?:19|20)\d\d alone|over the past (?:year|decade|\w+ years)|a total of|"
                        r"per cent|percent|statistics|annual(?:ly)?|on average|every year|(?:\d+(?:st|nd|rd|th)|\w+th) (?:\w+ ){0,3}to be killed)\b", re.I)
_GENERIC = re.compile(r"\b(?:involvement in|involved in|accused of|charged with|wanted in|history of|"
                      r"cases of|incidents of|terrori[sz]ing|notorious for|known for|sentenced|convicted|jailed for|found guilty|"
                      r"pleaded guilty|pleads guilty|on trial|acquitted|indicted)\b", re.I)
_MANY = re.compile(r"\b(?:several|multiple|numerous|many|a number of|dozens of|scores of|hundreds of)\s+(?:\w+\s+)?"
                   r"(?:attacks|bombings|raids|killings|shootings|assaults|abductions|kidnappings|clashes)\b", re.I)
_SPAN = re.compile(r"\b(?:since|over the (?:past|last)|in recent (?:weeks|months|years)|this year|so far|in the past)\b", re.I)
_CONTEXT = re.compile(r"\b(?:amid (?:a|the) (?:surge|rise|wave|spate|series|spike)|surge in|spate of|wave of|series of|"
                      r"rise in|increase in|uptick in|upsurge in|spike in|such attacks|(?:a|an almost) daily occurrence|"
                      r"in recent (?:days|weeks|months)|(?:are|is|were) (?:generally|usually|typically|often) |"
                      r"(?:days|nights|months|weeks|years|decades) of (?:\w+ )?(?:protests?|unrest|violence|fighting|clashes|conflict|war|"
                      r"rioting|riots)|"
                      r"\d+ years (?:after|since)|anniversary of)", re.I)


_HEARD = re.compile(r"\b(?:heard|hearing|felt)\b[^,.;]{0,50}$", re.I)


@dataclass(frozen=True)
class TypeMatch:
    event_type: str
    priority: int
    start: int  # offsets within the sentence
    end: int
    strong: bool  # trigger names an event (not only a casualty word such as "killed")


_WEAK = {"killed", "killing", "wounded", "injured", "shot", "custody", "raids", "raid", "fighting", "martyred",
         "embraced martyrdom", "slain", "gunshot", "gunshots"}


@lru_cache(maxsize=4096)
def classify(sentence: str) -> TypeMatch | None:
    """The highest-priority trigger in the sentence, or None when it reports no violent/security event (cached:
    the gate and the grouping read the same sentences)."""
    if not any_trigger().search(sentence):
        return None
    masked = negatives().sub(lambda m: " " * len(m.group()), sentence)
    if _AGGREGATE.search(masked):
        return None
    best: TypeMatch | None = None
    for t in triggers():
        for m in t.rx.finditer(masked):
            if modal(masked, m.start()):
                continue
            # "residents heard a loud explosion": what witnesses heard does not establish the method
            strong = m.group().lower() not in _WEAK and not _HEARD.search(masked[max(0, m.start() - 60):m.start()])
            cand = TypeMatch(t.event_type, t.priority if strong else 2, m.start(), m.end(), strong)
            if best is None or (cand.priority, cand.strong) > (best.priority, best.strong):
                best = cand
            if strong:  # "10 were killed when fighters attacked": a weak word never hides a strong one of its row
                break
    return best


def context(sentence: str) -> bool:
    """Background trends ("amid a surge in militant violence since November") are never an incident."""
    return bool(_CONTEXT.search(sentence) or (_MANY.search(sentence) and _SPAN.search(sentence)))


def accident(texts: list[str]) -> bool:
    """A toll with a non-violent cause ("a bus skidded into a gorge", "a fire broke out") and no violent one."""
    joined = " ".join(texts)
    return bool(cues()["accident"].search(joined) and not cues()["violent"].search(joined))


def security_evidence(event_type: str, texts: list[str]) -> bool:
    """Does an incident's text show the security side of what its trigger words say (data/cues.csv)?"""
    joined = " ".join(texts)
    if event_type == "protest":
        return bool(cues()["protest_force"].search(joined) and cues()["crowd"].search(joined))
    if event_type == "arrest":
        return bool(cues()["security_crime"].search(joined))
    if event_type == "riot" and cues()["protest_force"].search(joined):
        return True
    return bool(cues()["actors"].search(joined))


# "may have been murdered", "no evidence supports that he was killed": a possibility is not an event
_MODAL = re.compile(r"\b(?:may|might|could|would|likely to) (?:have )?(?:been |be )?\w*\s*$|\bno evidence\b.*$|"
                    r"\b(?:suggest\w*|theor\w+|speculat\w+|rumou?r\w*|alleg(?:ing|ations?) that)\b[^.]*$|"
                    r"\b(?:fears?|feared|threat(?:en(?:ed|s)?)?|plans?|plot(?:ted|ting)?|warn(?:ed|s|ing)?) (?:of |to |that )?(?:an? |the )?\w*\s*$",
                    re.I)


_UNSURE = re.compile(r"\b(?:if|whether|unclear)\b[^,.;]*$", re.I)


def modal(sentence: str, start: int) -> bool:
    """The trigger at `start` is a possibility, a threat or a plan ("may have been murdered", "feared attacks"),
    or an open question ("it is unclear whether that explosion came from a suicide car bombing")."""
    return bool(_MODAL.search(sentence[max(0, start - 40):start]) or _UNSURE.search(sentence[:start]))


def umbrella(sentence: str) -> bool:
    """"Several shootings and an explosion were reported": a summary of several events, not one event's method."""
    return bool(_MANY.search(sentence))


def generic(sentence: str) -> bool:
    """Lists of activities ("involvement in target killings and robberies") name no single event."""
    return bool(_GENERIC.search(sentence))
