"""Event type of a sentence from the trigger lexicon (data/triggers.csv); metaphors and aggregates excluded."""
from __future__ import annotations

import re
from dataclasses import dataclass

from worker.extract.gazetteer import any_trigger, negatives, triggers

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


def classify(sentence: str) -> TypeMatch | None:
    """The highest-priority trigger in the sentence, or None when it reports no violent/security event."""
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


# who takes part in a security incident: without one of them (or a casualty, or a named armed group) a trigger word
# is a metaphor, a game title, a rocket launch or a science story ("explosions of stars", "Attack on Titan")
_ACTORS = re.compile(r"\b(?:gunm[ae]n|militants?|insurgents?|terrorists?|rebels?|jihadists?|extremists?|attackers?|assailants?|"
                     r"bandits?|kidnappers?|abductors?|hostage-takers?|gang(?:s|sters?| members?)?|snipers?|bombers?|"
                     r"troops|soldiers?|servicem[ae]n|police(?:m[ae]n|woman|women)?|cops?|security (?:forces|personnel|guards?)|"
                     r"army|military|paramilitar\w*|rangers|gendarmes?|guerrillas?|fighters|armed (?:men|group|forces)|"
                     r"rioters|mobs?|protesters|demonstrators|crowds?|suspects?|assassins?|"
                     r"jets|warplanes|drones?|artillery|soldiers|forces)\b", re.I)
# an arrest is a security incident when it concerns violence, arms or armed groups, not a fraud or a phone call
_SECURITY_CRIME = re.compile(r"\b(?:militan\w+|terror\w*|insurgen\w+|kidnap\w*|abduct\w*|hostages?|bomb\w*|explosi\w+|"
                             r"weapons?|guns?|firearms?|rifles?|pistols?|ammunition|grenades?|murder\w*|kill\w*|shoot\w*|"
                             r"attack\w*|armed|robber\w*|gang\w*|extremis\w+|jihad\w*|rebels?|riot\w*|clash\w*|"
                             r"violen\w+|assault\w*|stabb\w*|encounter|raid\w*|cartel|smuggl\w+|traffick\w+)\b", re.I)
# a protest is a security incident when force, damage or harm is part of it, not a peaceful march
_PROTEST_FORCE = re.compile(r"\b(?:police|clash\w*|tear ?gas|teargas|arrest\w*|detain\w*|injur\w*|wound\w*|killed|dead|died|"
                            r"violen\w+|torch\w*|stones?|batons?|rubber bullets?|water cannons?|dispers\w+|fired|shot|"
                            r"gunfire|curfew|riot\w*|set (?:ablaze|on fire|fire)|vandal\w+|looting|looted)\b", re.I)


_CROWD = re.compile(r"\b(?:protesters|demonstrators|marchers|crowds?|rall(?:y|ies)|march(?:es)?|sit-ins?|thousands|hundreds|"
                    r"supporters|students|workers|residents|mobs?)\b", re.I)


# deaths from a crash, a fire, a storm or an illness are news, not security incidents
_ACCIDENT = re.compile(r"\b(?:accident|crash(?:ed|es)?|collision|collided|skidded|overturned|plunged|derailed|fell into|"
                       r"fire broke out|blaze|caught fire|short circuit|gas (?:leak|cylinder)|boiler|cylinder blast|"
                       r"flood(?:s|ing)?|cyclone|storm|hurricane|typhoon|earthquake|landslides?|avalanche|lightning|"
                       r"heatwave|heat stroke|drown(?:ed|ing)|stampede|collapsed?|outbreaks?|epidemics?|pandemics?|plague|"
                       r"diseases?|infections?|virus|overdoses?|"
                       r"food poisoning|poisonous liquor|hooch|mine (?:accident|collapse))\b", re.I)
_VIOLENT = re.compile(r"\b(?:gunm[ae]n|militants?|attackers?|assailants?|bombers?|suicide|insurgents?|terrorists?|rebels?|"
                      r"bandits?|explosive devices?|explosives|ieds?|bombs?|bombing|shot|shooting|gunfire|stabbed|grenades?|arson\w*|"
                      r"torched|set (?:ablaze|on fire)|shelling|air ?strikes?|drone strikes?|rioters|mob)\b", re.I)


def accident(texts: list[str]) -> bool:
    """A toll with a non-violent cause ("a bus skidded into a gorge", "a fire broke out") and no violent one."""
    joined = " ".join(texts)
    return bool(_ACCIDENT.search(joined) and not _VIOLENT.search(joined))


def security_evidence(event_type: str, texts: list[str]) -> bool:
    """Does an incident's text show the security side of what its trigger words say (see _ACTORS)?"""
    joined = " ".join(texts)
    if event_type == "protest":
        return bool(_PROTEST_FORCE.search(joined) and _CROWD.search(joined))
    if event_type == "arrest":
        return bool(_SECURITY_CRIME.search(joined))
    if event_type == "riot" and _PROTEST_FORCE.search(joined):
        return True
    return bool(_ACTORS.search(joined))


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
