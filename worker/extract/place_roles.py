"""What the words around a place name make of it: the end of a route or a border, a landmark for another
place, or a country that acts or speaks (not the scene in any of these)."""
from __future__ import annotations

import re

from worker.extract.gazetteer import any_trigger
from worker.extract.last_text import last_text_at
from worker.extract.place_words import OF_UNIT
from worker.extract.alternation import literal
from worker.extract.compass_words import BETWEEN, CARDINALS


# "9 km from X", "200 km north of the capital, X", "near the town of X": what puts a landmark right after it
_LANDMARK = re.compile(r"\b(?:(?:" + literal(CARDINALS) + "|" + BETWEEN + r")(?:ern)?|outskirts|"
                       r"kilomet(?:er|re)s|km|miles)\s+(?:(?!(?:city|town|village|district|region|province|state|part|"
                       r"suburbs?)\b)\w+\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:city|town|capital) of\s+|"
                       r"(?:[\w-]+\s+){0,2}?(?:capital|city|town),?\s+)?$|"  # "35 km south of the Borno capital X"
                       r"\b(?:near|close to|outside)\s+(?:the\s+)?(?:(?:city|town|village|capital) of\s+)?$", re.I)


_ROUTE_BEFORE = re.compile(r"\b(?:borders?|frontiers?|boundary) with\s+(?:the\s+)?$|"
                           r"\b(?:to|from|towards|between(?: the (?:towns|cities|villages|districts) of)?)\s+(?:the\s+)?$|"
                           r"\w-$|\band\s+$", re.I)
_ROUTE_AFTER = re.compile(r"^(?:-[\w'’]+)?\s+(?:border|frontier|boundary|highway|motorway)\b|^\s+(?:to|from)\s+[A-Z]", re.I)


# "the wounded were taken to hospitals in X", "survivors fled to X", "before fleeing to X" (not "residents fleeing to X
# were ambushed": the victims, on their way), "airlifted to X", "were
# taken to X", "buried in X": where people were carried after the event, not where it happened; "shifted to X" bare
# only in the passive ("the wounded were shifted to Peshawar"), as "the fighting shifted to Kherson" moves the scene
# itself
_CARRIED_TO = re.compile(r"\b(?:(?:taken|rushed|carried|transported|brought|evacuated|airlifted|flown|referred|admitted|"
                         r"transferred|shifted|treated|hospitali[sz]ed)\s+(?:to\s+)?(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?|"
                         r"medical (?:centres?|centers?|facility|facilities)|health (?:centres?|centers?)|morgues?|"
                         r"mortuary)\s+(?:in|at)|(?:fled|flees?|escaped|(?:before|after|upon|then)\s+(?:fleeing|escaping)|evacuated|airlifted|flown|"
                         r"rushed|transferred|relocated|taken|carried|brought|"
                         r"moved|transported|ferried|driven|referred|conveyed|(?:were|was|been|being)\s+shifted)\s+(?:back\s+)?to|"
                         r"buried\s+in)\s+(?:the\s+)?(?:(?:city|town|capital) of\s+)?$", re.I)


# "a bus travelling to X", "passengers heading for X", "a convoy bound for X", "on their way to X": where the people
# were going when they were attacked, not where they were
_BOUND_FOR = re.compile(r"\b(?:(?:travel(?:l)?(?:ing|ed)|head(?:ing|ed)|bound|en route|on (?:its|their|his|her|the) way|"
                        r"journeying|going|driving|returning|sailing|flying)\s+(?:back\s+|home\s+)?(?:to|towards|for)|"
                        r"(?:bound|destined|heading|headed) for)\s+(?:the\s+)?(?:(?:city|town|village|capital) of\s+)?$",
                        re.I)
# "who had travelled to Kidal for a campaign": a journey over, the people were there
_JOURNEY_OVER = re.compile(r"\b(?:had|has|have)\s+(?:\w+ly\s+)?$", re.I)
# "fighters returning to Mosul killed 20": the movers are the doers, their destination is where they struck
_DOERS_VERB = re.compile(r"(?:\s+(?:on|last|this|early|late)\s+\w+)?,?\s+(?P<verb>[a-z]+)\b")
# "... killed 12 in the town", "struck as it approached the port": the sentence tells the deed at the destination
_DESTINATION_RETOLD = re.compile(r"\b(?:in|at|near|into|inside|outside|entered|entering|reached|reaching|approached|"
                                 r"approaching)\s+the\s+(?:city|town|village|port|harbou?r)\b(?!\s+of\b)", re.I)


def _bound_for(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where the victims were going when they were attacked ("a bus travelling to X was ambushed", "passengers bound
    for X"): not a journey over ("who had travelled to X"), not the doers' destination ("fighters returning to X
    killed 20"), not a destination the sentence tells the deed at ("headed to X after militants killed 12 in the
    town", "bound for X ... struck as it approached the port")."""
    bound = _BOUND_FOR.search(text, max(0, start - 50), start)
    if bound is None or _JOURNEY_OVER.search(text, max(0, bound.start() - 20), bound.start()):
        return None
    doers = _DOERS_VERB.match(text, end)
    if doers is not None and any_trigger().fullmatch(doers.group("verb")):
        return None
    return None if _DESTINATION_RETOLD.search(sentence_rest(text, end)) else bound


def sentence_rest(text: str, end: int) -> str:
    """The words after a name up to the end of its sentence."""
    stop = _SENTENCE_END.search(text, end, end + 300)
    return text[end:stop.start() if stop else end + 300]


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def sentence_around(text: str, start: int, end: int, ends: re.Pattern[str], reach: int) -> tuple[int, int]:
    """The bounds of the sentence that holds text[start:end]: the last end (`ends`) before it and the first after
    it, each looked for within `reach` characters (the bound of the reach when none is found)."""
    lo = max(0, start - reach)
    before = [m.end() for m in ends.finditer(text, lo, start)]
    after = ends.search(text, end, end + reach)
    return (before[-1] if before else lo), (after.start() if after else min(len(text), end + reach))
_WHERE_CLAUSE = re.compile(r",?\s+where\b")
# "killed 5 people there", not the existential "there were 9 killed"
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|seems?|appears?)\b)",
                    re.I)
_EVENT_PARTICIPLE = re.compile(r",\s+(?:killing|wounding|injuring|leaving)\b")
_PASSIVE = re.compile(r"\b(?:were|was)\s+(?:being\s+)?(?:\w+ly\s+)?(?P<verb>\w+)")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|have\s+)?$")


def event_there(text: str, end: int) -> bool:
    """The sentence ties the violence to the place just named: "in Zaria, where gunmen killed 5", "police said gunmen
    killed 5 people there", "were being buried in Zaria, killing 5"."""
    rest = sentence_rest(text, end)
    if _EVENT_PARTICIPLE.match(rest):
        return True
    where = _WHERE_CLAUSE.match(rest)
    return bool(any_trigger().search(rest[where.end():] if where else rest) and (where or _THERE.search(rest)))


def _carried_to_scene(text: str, carried: re.Match[str], end: int) -> bool:
    """A route end that is the scene: the violence happened there ("were being buried in Zaria, killing 5"), or the
    people who went there are the subject of a passive violence verb ("families who fled to Maiduguri ... were
    attacked")."""
    if event_there(text, end):
        return True
    passive = _PASSIVE.search(sentence_rest(text, end))
    return passive is not None and bool(_RELATIVE_BEFORE.search(text, max(0, carried.start() - 20), carried.start())) \
        and bool(any_trigger().fullmatch(passive.group("verb")))


# "taken to the University of Maiduguri Teaching Hospital", "rushed to Gusau General Hospital", "to the Federal Medical
# Centre Gusau": a town inside the name of the hospital or morgue the wounded or dead were carried to
_CARRIED_TO_NAMED = re.compile(r"\b(?:taken|rushed|carried|transported|brought|evacuated|airlifted|flown|referred|admitted|"
                               r"transferred|moved|shifted|conveyed|deposited)\s+(?:to|at|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+"
                               r"(?:of\s+)?)*$")
_CARE_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’.-]*)*\s+(?i:hospital|clinic|medical (?:centre|center)|health (?:centre|center)|"
                              r"morgue|mortuary|infirmary)\b")
_CARE_WORD_BEFORE = re.compile(r"(?i:hospital|clinic|cent(?:re|er)|morgue|mortuary|infirmary)\s+$")


# "taken to the morgue in X", "admitted to a hospital at X": the town of the care the wounded or the dead were given
_CARE_IN = re.compile(r"\b(?:hospitals?|clinics?|medical (?:centres?|centers?|facility|facilities)|health (?:centres?|"
                      r"centers?)|morgues?|mortuary|infirmary)\s+(?:in|at)\s+(?:the\s+)?(?:(?:city|town|capital) of\s+)?$",
                      re.I)


def cared_in(text: str, start: int, end: int) -> bool:
    """The name is the town of a hospital or morgue the wounded or dead were taken to ("taken to the morgue in X",
    "rushed to X General Hospital"): no scene, but the scene's country as a rule, unlike where people fled."""
    return bool(_CARE_IN.search(text, max(0, start - 40), start)) or bool(
        _CARRIED_TO_NAMED.search(text, max(0, start - 70), start) and _CARE_NAME_AFTER.match(text, end, end + 60))


@last_text_at
def route(text: str, start: int, end: int) -> bool:
    """An end of a route or border ("from X to Y", "the X border"), or where people were carried after the event
    ("the wounded were taken to X", "to the X General Hospital"): not the scene."""
    before, after = text[max(0, start - 40):start], text[end:end + 30]
    carried = _CARRIED_TO.search(text, max(0, start - 70), start)
    carried = carried or _bound_for(text, start, end)
    if _ROUTE_AFTER.search(after) or (carried is not None and not _carried_to_scene(text, carried, end)):
        return True
    if _CARRIED_TO_NAMED.search(text, max(0, start - 70), start) and (_CARE_NAME_AFTER.match(text, end, end + 60)
                                                                       or _CARE_WORD_BEFORE.search(before)):
        return True
    if _ROUTE_BEFORE.search(before):
        # "and X" is a route end only after "between"/"from ... to"; "to X" only when a "from" is near
        head = before.rstrip()
        if head.endswith("and"):
            return bool(re.search(r"\bbetween\b", text[max(0, start - 80):start], re.I))
        if _BETWEEN_END.search(head) and _on_the_way(text, start, end):
            return False  # "gunmen ambushed a bus between Funtua and Gusau": the first town names the scene
        if head.lower().endswith(" to") or head.lower() == "to":
            return bool(re.search(r"\bfrom\b", text[max(0, start - 80):end + 40], re.I))
        return not head.lower().endswith("from") or bool(re.search(r"\bto\b", text[max(0, start - 60):end + 40], re.I))
    return False


_BETWEEN_END = re.compile(r"\bbetween(?: the (?:towns|cities|villages|districts) of)?$", re.I)
_BORDER_BEFORE = re.compile(r"\b(?:borders?|frontiers?|boundary|boundaries|line|talks|trade|flights?|traffic|"
                            r"distance)\s+(?:\w+\s+){0,2}?between(?: the \w+ of)?\s+(?:the\s+)?$", re.I)


def _on_the_way(text: str, start: int, end: int) -> bool:
    """The first end of "between X and Y" is the scene when the sentence tells violence there (a road or an
    attack between two towns lies at the first one news names), not a border or a link between them."""
    stop = _SENTENCE_END.search(text, end, end + 300)
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    return not _BORDER_BEFORE.search(text, max(0, start - 60), start) \
        and bool(any_trigger().search(text, begin, stop.start() if stop else end + 300))


# "Israel continued its attacks", "the US says": a country that acts or speaks is an actor, not the scene
_ACTOR_AFTER = re.compile(r"^['’]?\s+(?:has |have |had |did |does )?(?:not )?(?:\w+ly )?(?:said|says|say|reported|reports|"
                          r"claimed|claims|continued|continues|launched|launches|struck|strikes|carried out|accused|"
                          r"accuses|denied|denies|responded|fired|attacked|attacks|commented|confirmed|announced|"
                          r"warned|vowed|retaliated|report|comment)\b")


# "Beijing's current strategy", "Washington's diktats": a capital standing for its government
_METONYM_AFTER = re.compile(r"^['’]s?\s+(?:\w+\s+)?(?:strategy|government|policy|policies|plans?|decisions?|response|leaders?|"
                            r"leadership|diktats?|backtracking|efforts?|position|claims?|narrative|propaganda|stance|"
                            r"approach|demands?|officials|regime|rulers?)\b", re.I)


# "Iran-aligned Huthis", "a Britain-based monitor", "US-backed forces": a country in an adjective, not a place
COMPOUND_AFTER = re.compile(r"[-‐](?:aligned|backed|based|led|allied|funded|supported|sponsored|born|made|owned|"
                             r"trained|armed|brokered|controlled|held)\b")


# "Gaza's health ministry said", "the Gaza Health Ministry": a ministry named by its seat, which speaks, not the scene
_MINISTRY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}(?:ministry|ministries)\b|\s+(?:[A-Z]\w+\s+)?Ministry\b")


def ministry_seat(text: str, end: int) -> bool:
    """The name ending at `end` names the seat of a ministry ("Gaza's health ministry")."""
    return _MINISTRY_AFTER.match(text, end) is not None


def actor(text: str, end: int) -> bool:
    after = text[end:end + 40]
    return bool(_ACTOR_AFTER.match(after) or _METONYM_AFTER.match(after))


# (not "Karachi's Malir district": a city's district is reported as the city)
_QUALIFIER_AFTER = re.compile(r"\s+(?:town|city|village|district|suburb|neighbou?rhood)\s+of\s+[A-Z]")


@last_text_at
def landmark(text: str, start: int, end: int | None = None) -> bool:
    """"west of Kabul", "near the city of X", "outside Jowhar", "9 km from X", and "the X town of Y" (X qualifies Y): a landmark; not
    "X town of Y LGA" nor "in X town of Y" (no article), where Y is the unit X lies in."""
    return bool(_LANDMARK.search(text[max(0, start - 40):start])
                or (end is not None and _QUALIFIER_AFTER.match(text, end, end + 40)
                    and _ARTICLE_BEFORE.search(text, max(0, start - 30), start)
                    and not OF_UNIT.match(text, end, end + 80)))


# "the Aleppo town of Azaz", "Syria's Aleppo town of Azaz": a name qualifying the town after it comes with an article
# or an owner; "in Dutsin-Ma town of Katsina" names the town Dutsin-Ma of its unit Katsina
_ARTICLE_BEFORE = re.compile(r"(?:\bthe|\w['’]s?)\s+(?:[A-Z][\w'’-]*\s+)*$")
