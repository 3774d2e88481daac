"""Places of a sentence: spaCy GPE/LOC/FAC entities and the project's own place names, looked up offline."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Iterator

from retrie.trie import Trie

from worker.extract import capital_names, geonames, place_ranking, toponyms
from worker.extract.build_gazetteer import bare
from worker.extract.gazetteer import DEMONYMS, Place, any_trigger, building_nouns, communities, groups, km, named_groups, place_stopwords, place_verbs, places
from worker.extract.last_text import last_text
from worker.extract.region_cores import cores
from worker.extract.whole_names import whole_name

RANK = {"place": 4, "city": 3, "district": 3, "admin1": 2, "country": 1}
_GENERIC_WORD = r"(?:Local|Government|Area|District|State|Province|Region|Town|Village|City|County|Camp)\b"
# lower-case particles inside Arabic, Persian and Romance names ("Bakil al-Mir", "Dasht-e Archi", "San Juan de Dios")
_PARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|e|de|del|la|di|da|do|du|ul|ur|bin|ibn)[- ])?"
_NAME = r"(?-i:(?!" + _GENERIC_WORD + r")[A-Z][a-zà-ÿ'’]+(?:[- ]" + _PARTICLE + r"(?!" + _GENERIC_WORD + \
    r")[A-Z][a-zà-ÿ'’]+){0,2})"
_KIND = r"(?:town|village|city|district|area|locality|neighbou?rhood|suburb|settlement|LGA|Local Government Area|county|camp|" \
    r"port|community|township|sub-?district|sub-?county|tehsil|taluka|territory|chieftaincy|chiefdom|woreda|" \
    r"Local (?:Government )?Council)"
# "in Yajalon, a town in ...", "in Bagega village", "Gurara Local Government Area": news names small places this way
# "the Zaki Biyam farming community", "Tal Afar border town": a word saying what kind of town between name and kind
_WHAT_KIND = r"(?-i:[a-z]+ing|border|market|remote|rural|coastal|frontier|oasis|desert|mountain|hilltop|riverside|farm)"
_NAMED_PLACE = re.compile(r"\b(?:in|at|near|of|from|outside)\s+(?:the\s+)?(?P<a>" + _NAME + r"),\s+(?:a|the)\s+(?:\w+\s+){0,2}?"
                          r"(?P<ka>" + _KIND + r")\b|\b(?P<b>" + _NAME + r")\s+(?:" + _WHAT_KIND + r"\s+)?(?P<kb>" + _KIND + r")\b|"
                          r"\b(?P<kc>" + _KIND + r") of\s+(?P<c>" + _NAME + r")", re.I)
_PROVINCE_WORD = r"(?:province|state|governorate|region|department|oblast|prefecture)"
# "the region of X" is as often a town's surroundings as a province: only "X region" counts
_PROVINCE_NAMED = re.compile(r"(?P<a>" + _NAME + r")\s+(?i:" + _PROVINCE_WORD + r")\b|\b(?i:province|state|governorate|"
                             r"department|oblast|prefecture)\s+of\s+(?P<b>" + _NAME + r")")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _province_phrases(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """_PROVINCE_NAMED matches; in "the Mexico state of Guerrero" the first name is the country's word and the
    province is the one after "of"."""
    at = start
    while (m := _PROVINCE_NAMED.search(text, at, end)) is not None:
        after = _PROVINCE_NAMED.match(text, m.end("a") + 1, end) if m.group("a") and _OF_NAME.match(text, m.end()) \
            else None  # "state of Guerrero"; not "Kaduna State of Nigeria"
        if after is not None and after.group("b") and places().province(after.group("b")) is not None:
            m = after
        yield m
        at = max(m.end(), at + 1)
_PROVINCE_HINT = re.compile(r"province|state|governorate|region|department|oblast|prefecture", re.I)


def _named_places(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """_NAMED_PLACE matches, and for "the Aleppo town of Azaz" (whose "Aleppo town" took the words) the town too."""
    for m in _NAMED_PLACE.finditer(text, start, end):
        yield m
        if m.group("b"):
            k = _KIND_OF.match(text, m.start("kb"), end)
            if k:
                yield k


_KIND_OF = re.compile(r"\b(?P<kc>" + _KIND + r") of\s+(?P<c>" + _NAME + r")", re.I)
_DEMONYM_PLACE = re.compile(r"\b(?P<dem>" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\s+(?:\w+\s+)?(?:town|village|city|district|port|"
                            r"province|region|state) of\s+(?P<name>" + _NAME + r")")
# "in Mali", "in central Mali", ", in the central state of Puebla", ", Maine"
_IN_REGION = r"(?:,? in (?:the )?(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s )?" \
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)\w*\s+)?" \
    r"(?:(?:state|province|region|governorate|department) of )?|, |\s*\[(?:(?:north|south|east|west|central)\w*\s+)?)" \
    r"(?P<where>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
# "in Diafarabe in central Mali", "at Gidan Bakuso, in Gada LGA", "in Kulbiyow in Somalia's Lower Jubba region": a
# town (known or not) and its region; "attacked Dapchi [Yobe State]": a monitoring service's bracket places it too
_COUNTRY_POSSESSIVE = re.compile(r"\b(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?:(?:second|third|largest|biggest|main|"
                                 r"capital|port|commercial) )*(?:city |town |capital )?(?P<name>" + _NAME + r")")
# "Bajaur's Khar", "Cauca department's Suarez municipality": a town of the district or province named before it
_PLACE_POSSESSIVE = re.compile(r"(?<![\w'’-])(?P<owner>" + _NAME + r")(?:\s+(?i:province|state|region|department|"
                               r"governorate|district))?['’]s (?P<name>" + _NAME + r")")
_AREA_AFTER = re.compile(r"\s+(?:region|division|zone|belt|area|forest|district|county|province|state|valley|"
                         r"mountains?|hills?)\b", re.I)
# "Malam Fatori, a town in Borno", "X, a remote village near Y": a name the text says is a town, whatever comes
# before it (the kind word must end its phrase: not "Musa Bello, a village head")
_APPOSITIVE_TOWN = re.compile(r"(?<![\w'’-])(?P<name>" + _NAME + r"),\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|"
                              r"community|settlement|locality|hamlet)(?=\s+(?:in|of|near|on|located|about|some|close|"
                              r"north|south|east|west)\b|\s*[,.;])")
# "14 Gidan Dawa villagers": the people of a village, named by it (not "Fulani villagers": NER calls those a people)
_VILLAGERS = re.compile(r"(?<![\w'’-])(?P<name>" + _NAME + r")\s+(?:villagers|townspeople|townsfolk)\b")
# "Kasumbalesa, about 9 km from Lubumbashi", "Dumay, 80 kilometres west of Lasanod": a place the text locates by
# its distance from a landmark
_DISTANCE_FROM = re.compile(r"(?<![\w'’-])(?P<name>" + _NAME + r"),?\s+(?:(?:about|some|around|nearly|roughly|"
                            r"approximately|just|only|over|less than|more than)\s+)?\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s?|"
                            r"miles?)\s+(?:\([^)]{0,20}\)\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|"
                            r"south-?west)(?:ern)?\s+)?(?:of|from|outside)\b")
_PLACED_IN = re.compile(r"\b(?P<lead>in|at|near|around) (?P<name>" + _NAME + r")" + _IN_REGION)
# "struck Kryvyi Rih in Dnipropetrovsk Oblast", "Lisbon, Maine": a known town of that region
_TOWN_IN_REGION = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’]+(?:[- ][A-Z][\w'’]+){0,2})" + _IN_REGION)
_TOWN_KIND = re.compile(r"town|village|city|locality|settlement|community|township|suburb|neighbou?rhood")
# "at Gwalo forest": a natural feature's name, not a town's
_IN_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_FEATURE_AFTER = re.compile(r"\s+(?:forest|river|mountains?|hills?|park|reserve|valley|lake|desert)\b", re.I)
_DISTRICT_WORD = re.compile(r"(?:sub-?)?(?:district|county)|LGA|Local Government Area|Local (?:Government )?Council|tehsil|taluka|"
                            r"territory|woreda", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_DISTRICT_AFTER = re.compile(r"\s+(?:" + _DISTRICT_WORD.pattern + r")\b", re.I)
_LOCATIVE = re.compile(r"\b(?:in|at|near|(?:town|village|city|district) of)\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class PlaceMention:
    place: Place | None  # None: a named place the gazetteer does not know (kept as `place`)
    text: str
    start: int  # offsets in the article text
    end: int
    reference: bool = False  # "west of Kabul", "near Kabul": a landmark for another place, not the place
    named_kind: bool = False  # named with its kind ("Paghman district", "Yajalon, a town"): a town-level place
    district: bool = False  # named as a district/LGA/county: the level above its villages ("Tuntiko village, Mokwa LGA")
    locative: bool = False  # right after "in", "at", "near" or "village of": where something is
    route: bool = False  # an end of a route or a border ("to Bannu from North Waziristan", "the X-Y border"): not the site
    town: bool = False  # its kind stated as a town's ("Pai Khan, a village", "the town of Mamoond")
    at: bool = False  # right after "in" or "at" ("at Pissele"), not a forest or river's name
    placed: bool = False  # resolved by the region named with it ("Portland, Maine"): no other namesake
    within: str | None = None  # the district or province the text places it in ("Kuriga in Chikun LGA": "Chikun")
    facility: bool = False  # read from a facility's name ("Jimma University"): a town only where the article is

    @property
    def given_as_town(self) -> bool:
        """Named with its kind or right after "in"/"near": the text presents it as a place where things happen."""
        return self.named_kind or self.locative


@cache
def _own_names() -> re.Pattern[str]:
    """Curated names (the project's file, countries) are safe to match as strings; geonames cities only via NER."""
    names = sorted({k for k, p in places().items() if p.kind != "city" or p.admin1}, key=len, reverse=True)
    names = [n for n in names if len(n) > 3 or n.isupper()]
    # one trie-shaped alternation (the longest name at a position still wins): a flat one of thousands of names
    # tried every name at every position, 2 s per 200,000 characters
    return re.compile(r"\b(?:" + Trie().add(*(n.lower() for n in names)).pattern() + r")\b", re.I)


def warm() -> None:
    """Loads the gazetteer and compiles its search pattern now (about 2 s), not inside the first article's budget,
    and the place ranker's weights, so that a missing or corrupt weights file stops the service at start."""
    places()
    _own_names()
    place_ranking.read_weights(place_ranking.WEIGHTS)


_SPEAKER = re.compile(r"\b(?:officials?|spokes(?:man|woman|person)|sources?|correspondent|reporters?|commanders?|officers?|"
                      r"police chief|minister|ministry|(?P<verb>told [\w.]+|said|[Ss]peaking|(?:press|news) conference|"
                      r"briefing|interview))\s+(?:\w+\s+)?(?:in|from|based in)\s+"
                      r"(?:the\s+)?$", re.I)


_LANDMARK = re.compile(r"\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?|outskirts|"
                       r"kilomet(?:er|re)s|km|miles)\s+(?:(?!(?:city|town|village|district|region|province|state|part|"
                       r"suburbs?)\b)\w+\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:city|town|capital) of\s+)?$|"
                       r"\b(?:near|close to)\s+(?:the\s+)?(?:(?:city|town|village|capital) of\s+)?$", re.I)


_ROUTE_BEFORE = re.compile(r"\b(?:borders?|frontiers?|boundary) with\s+(?:the\s+)?$|"
                           r"\b(?:to|from|towards|between(?: the (?:towns|cities|villages|districts) of)?)\s+(?:the\s+)?$|"
                           r"\w-$|\band\s+$", re.I)
_ROUTE_AFTER = re.compile(r"^(?:-[\w'’]+)?\s+(?:border|frontier|boundary|highway|motorway)\b|^\s+(?:to|from)\s+[A-Z]", re.I)


# "the wounded were taken to hospitals in X", "survivors fled to X", "airlifted to X", "buried in X": where people
# were carried after the event, not where it happened
_CARRIED_TO = re.compile(r"\b(?:(?:taken|rushed|carried|transported|brought|evacuated|airlifted|flown|referred|admitted|"
                         r"transferred|treated|hospitali[sz]ed)\s+(?:to\s+)?(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?|"
                         r"medical (?:centres?|centers?|facility|facilities)|health (?:centres?|centers?)|morgues?|"
                         r"mortuary)\s+(?:in|at)|(?:fled|evacuated|airlifted|flown|rushed|transferred|relocated)\s+to|"
                         r"buried\s+in)\s+(?:the\s+)?(?:(?:city|town|capital) of\s+)?$", re.I)


def _sentence_rest(text: str, end: int) -> str:
    """The words after a name up to the end of its sentence."""
    stop = _SENTENCE_END.search(text, end, end + 300)
    return text[end:stop.start() if stop else end + 300]


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_WHERE_CLAUSE = re.compile(r",?\s+where\b")
# "killed 5 people there", not the existential "there were 9 killed"
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|seems?|appears?)\b)",
                    re.I)
_EVENT_PARTICIPLE = re.compile(r",\s+(?:killing|wounding|injuring|leaving)\b")
_PASSIVE = re.compile(r"\b(?:were|was)\s+(?:being\s+)?(?:\w+ly\s+)?(?P<verb>\w+)")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|have\s+)?$")


def _event_there(text: str, end: int) -> bool:
    """The sentence ties the violence to the place just named: "in Zaria, where gunmen killed 5", "police said gunmen
    killed 5 people there", "were being buried in Zaria, killing 5"."""
    rest = _sentence_rest(text, end)
    if _EVENT_PARTICIPLE.match(rest):
        return True
    where = _WHERE_CLAUSE.match(rest)
    return bool(any_trigger().search(rest[where.end():] if where else rest) and (where or _THERE.search(rest)))


def _carried_to_scene(text: str, carried: re.Match[str], end: int) -> bool:
    """A route end that is the scene: the violence happened there ("were being buried in Zaria, killing 5"), or the
    people who went there are the subject of a passive violence verb ("families who fled to Maiduguri ... were
    attacked")."""
    if _event_there(text, end):
        return True
    passive = _PASSIVE.search(_sentence_rest(text, end))
    return passive is not None and bool(_RELATIVE_BEFORE.search(text, max(0, carried.start() - 20), carried.start())) \
        and bool(any_trigger().fullmatch(passive.group("verb")))


def _route(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 40):start], text[end:end + 30]
    carried = _CARRIED_TO.search(text, max(0, start - 70), start)
    if _ROUTE_AFTER.search(after) or (carried is not None and not _carried_to_scene(text, carried, end)):
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
_COMPOUND_AFTER = re.compile(r"[-‐](?:aligned|backed|based|led|allied|funded|supported|sponsored|born|made|owned|"
                             r"trained|armed|brokered|controlled|held)\b")


def _actor(text: str, end: int) -> bool:
    after = text[end:end + 40]
    return bool(_ACTOR_AFTER.match(after) or _METONYM_AFTER.match(after))


# (not "Karachi's Malir district": a city's district is reported as the city)
_QUALIFIER_AFTER = re.compile(r"\s+(?:town|city|village|district|suburb|neighbou?rhood)\s+of\s+[A-Z]")


def _landmark(text: str, start: int, end: int | None = None) -> bool:
    """"west of Kabul", "near the city of X", "9 km from X", and "the X town of Y" (X qualifies Y): a landmark."""
    return bool(_LANDMARK.search(text[max(0, start - 40):start])
                or (end is not None and _QUALIFIER_AFTER.match(text, end, end + 40)))


_ORIGIN = re.compile(r"\b(?:troops|soldiers|forces|peacekeepers|fighters|contingents?|nationals|citizens|workers|"
                     r"migrants|refugees|pilgrims|tourists)\s+from\s+(?:the\s+)?$", re.I)


# "Nainital district magistrate Jane Doe", "the Kano police chief": the office's seat, which speaks, not the scene
_OFFICE_AFTER = re.compile(r"['’]?s?\s+(?:district\s+|city\s+|provincial\s+|state\s+)?(?:magistrate|police chief|"
                           r"superintendent|deputy commissioner|collector|governor|mayor|administrator|spokes(?:man|woman|person)|"
                           # "Kaduna police said", "the Borno State Police Command": the force that speaks, by its seat
                           r"(?:police|gendarmerie)\s+(?:(?:command|commissioner|spokes(?:man|woman|person)|chief)\b|"
                           r"(?:said|says|told|confirmed|stated|reported)\b))",
                           re.I)


def _speaker_place(text: str, start: int, end: int | None = None) -> bool:
    """"a security official in Mogadishu told dpa", "50 AU troops from Uganda", "Nainital district magistrate":
    where the speaker sits or people come from, not where the event happened."""
    before = text[max(0, start - 50):start]
    speaker = _SPEAKER.search(before)
    if speaker and not speaker.group("verb") and end is not None and not _SPEECH_AFTER.match(text, end, end + 100):
        speaker = None  # "killed three customs officers in Kwara State": the victims' place, nobody speaks from it
    if speaker and end is not None and _event_there(text, end):
        speaker = None  # "Speaking in Zaria, where gunmen killed 5": the speaker stands at the scene
    return bool(speaker or _ORIGIN.search(before) or (end is not None and _OFFICE_AFTER.match(text, end, end + 40)
                                                      and not _TOWN_REFERRED_BACK.search(_sentence_rest(text, end))))


# "Kaduna police said gunmen attacked the city's main market": the sentence points back to the town the office's
# seat names ("the city", not "the city of X"), so the seat is the scene as well
_TOWN_REFERRED_BACK = re.compile(r"\bthe (?:city|town)(?:['’]s\b|\b(?!\s+of\b))", re.I)


_SPEECH_AFTER = re.compile(r"[^.,;!?]*?\b(?:said|says|say|told|tells|stated|confirmed|added|reported|according)\b")


def _in_actor_name(text: str, start: int, end: int) -> bool:
    """A place word inside an armed group's name ("Pakistani Taliban", "Islamic State West Africa") is no place."""
    starts, ends = _actor_spans(text)
    i = bisect.bisect_right(starts, start) - 1  # group names do not overlap: only the last one starting before can hold it
    return i >= 0 and end <= ends[i]


@last_text
def _actor_spans(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the group names of an article, found once (every place mention of every sentence asks)."""
    found = named_groups(text)
    return [g.start for g in found], [g.end for g in found]


class _Taken(dict[tuple[int, int], PlaceMention]):
    """The mentions found so far by span, with their spans sorted by start: which ones overlap a new mention is
    asked of the few that start within the longest span's length before it, not of every one (a long article
    names thousands of places; asking all of them each time made place finding quadratic)."""

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    def __setitem__(self, span: tuple[int, int], mention: PlaceMention) -> None:
        if span not in self:
            bisect.insort(self._spans, span)
            self._longest = max(self._longest, span[1] - span[0])
        super().__setitem__(span, mention)

    def __delitem__(self, span: tuple[int, int]) -> None:
        super().__delitem__(span)
        del self._spans[bisect.bisect_left(self._spans, span)]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that share a character with [start, end)."""
        lo = bisect.bisect_right(self._spans, (start - self._longest, float("inf")))
        hi = bisect.bisect_left(self._spans, (end,))
        return [(a, b) for a, b in self._spans[lo:hi] if start < b]

    def holds(self, at: int) -> bool:
        """Whether a span holds the character at `at`."""
        return bool(self.overlapping(at, at + 1))


def find(text: str, start: int, end: int, doc: Any | None) -> list[PlaceMention]:
    """Place mentions between text offsets [start, end)."""
    out = _Taken()
    table = places()
    provinces = _province_phrases(text, start, end) if _PROVINCE_HINT.search(text, start, end) else ()
    for m in provinces:  # "Hajjah province", "the state of Puebla": a province
        g = "a" if m.group("a") else "b"
        words = m.group(g).split(" ")
        for i in range(len(words)):  # "Libya's Surt region": the province is the last words
            name = " ".join(words[i:])
            s0 = m.end(g) - len(name)
            known = table.province(name)
            if known is not None:
                if not _in_actor_name(text, s0, s0 + len(name)):
                    out[(s0, s0 + len(name))] = PlaceMention(known, name, s0, s0 + len(name))
                break
    for m in _own_names().finditer(text, start, end):
        if out.overlapping(m.start(), m.end()):  # a province's span (the names found here do not overlap)
            continue
        word = m.group()
        # case-insensitive matching also pairs letters whose lower case differs ("Diyarbakir" with "diyarbakır")
        known = table.get(word.lower()) or table.get(geonames.fold(word))
        if known is None or (word[0].islower() and not word.split()[-1][0].isupper()) \
                or _in_actor_name(text, m.start(), m.end()) or _speaker_place(text, m.start(), m.end()) \
                or _actor(text, m.end()) or (known.kind == "country" and _COMPOUND_AFTER.match(text, m.end())):
            continue
        if known.kind in ("city", "district") and _name_begun_by_town(doc, text, m.start(), m.end()):
            continue  # "Paris Hilton condemned the attack": a person or a firm named after the town
        a, b = whole_name(text, m.start(), m.end()) if known.kind == "city" else (m.start(), m.end())
        if (a, b) != (m.start(), m.end()) and not out.overlapping(a, b) and not _DISTRICT_AFTER.match(text, b):
            # "Mocimboa da Praia", not Praia; "Gamboru Ngala LGA" is left to the district finder
            name = text[a:b]
            out[(a, b)] = PlaceMention(table.get(name.lower()) or table.get(geonames.fold(name)), name, a, b,
                                       reference=_landmark(text, a, b), route=_route(text, a, b))
            continue
        known = capital_names.as_read(known, text, m.start(), m.end())  # "Gombe town", "a village in Kano"
        longer = _longer_name(doc, text, m.start(), m.end()) if known.kind in ("city", "district") else None
        if longer is not None:  # "in Kwanar Dutse": a village whose name ends in a town's, not the town
            if _IN_AT.search(text, max(0, longer.start_char - 20), longer.start_char):
                out[(longer.start_char, longer.end_char)] = PlaceMention(None, longer.text, longer.start_char,
                                                                         longer.end_char, locative=True, at=True)
            continue
        out[(m.start(), m.end())] = PlaceMention(known, word, m.start(), m.end(),
                                                 reference=_landmark(text, m.start(), m.end()),
                                                 route=_route(text, m.start(), m.end()))
    for m in _COUNTRY_POSSESSIVE.finditer(text, start, end):  # "northern Syria's Tal Abyad": a known town there
        country = table.get(m.group("country").lower())
        s0, name = m.start("name"), m.group("name")
        if country is None or country.kind != "country" or out.overlapping(s0, s0 + len(name)):
            continue
        there = next((p for p in table.candidates(name) if p.country == country.country), None)
        if there is not None:
            out[(s0, s0 + len(name))] = PlaceMention(replace(there, name=name), name, s0, s0 + len(name), placed=True)
    for m in _PLACE_POSSESSIVE.finditer(text, start, end):  # "Bajaur's Khar": a town of that district or province
        s0, name = m.start("name"), m.group("name")
        owner = table.get(m.group("owner").lower())
        if owner is None or owner.kind == "country" or not owner.admin1 or out.holds(s0) \
                or _AREA_AFTER.match(text, m.end("name")):
            continue  # "Chhattisgarh's Bastar region": a region of the province, not its namesake town
        there = next((p for p in table.candidates(name) if p.kind == "city" and p.country == owner.country
                      and _same_province(p.admin1, owner.admin1)), None)
        if there is not None:
            out[(s0, s0 + len(name))] = PlaceMention(replace(there, name=name), name, s0, s0 + len(name), placed=True,
                                                     within=m.group("owner") if owner.kind != "city" else None)
    for m in _DEMONYM_PLACE.finditer(text, start, end):  # "the Syrian town of Qusayr": a town, and its country
        s0, name = m.start("name"), m.group("name")
        if out.holds(s0) or name.split()[0] in ("The", "A", "An"):
            continue
        country = DEMONYMS[m.group("dem")]
        known = table.get(name.lower())
        if not known or known.country != country:  # the namesake in the country the text gives, if any
            known = next((p for p in table.candidates(name) if p.country == country), None)
        place = known or Place(name, "city", country, None, None, None)
        out[(s0, s0 + len(name))] = PlaceMention(place, name, s0, s0 + len(name), named_kind=True, locative=True)
    for m in _named_places(text, start, end):
        g = "a" if m.groupdict().get("a") else ("b" if m.groupdict().get("b") else "c")  # "Yajalon, a town", "Bagega village", "city of Kharkiv"
        name, s0 = m.group(g), m.start(g)
        owner = re.match(r".+?['’]s ", name)  # "Diyarbakir's Dicle district": the district is Dicle
        if owner:
            name, s0 = name[owner.end():], s0 + owner.end()
        kind = m.group("k" + g).lower()
        district = bool(_DISTRICT_WORD.fullmatch(kind))
        held = out.get((s0, s0 + len(name)))
        if held is not None and district and g == "b" and held.place is not None and held.place.kind != "country":
            # "Chikun Local Government Area": a name the gazetteer pass took is still named as a district here
            out[(s0, s0 + len(name))] = replace(held, named_kind=True, district=True)
            continue
        if out.holds(s0) or name.split()[0] in ("The", "A", "An", "This", "That") \
                or (g == "b" and _people_word(doc, s0, s0 + len(name))
                    and not (_BARE_NAME_BEFORE.search(text, max(0, s0 - 20), s0)
                             and _IN_DISTRICT_AFTER.match(text, m.end()))
                    and not (district and _district_of_named_province(name, text, m.end()))) \
                or _in_actor_name(text, s0, s0 + len(name)) or name in DEMONYMS \
                or _speaker_place(text, s0, s0 + len(name)):
            continue
        # "Pai Khan, a village", "the town of Mamoond", "in Tumba village"; not "around Tuntiko village", "Esham area"
        town = _TOWN_KIND.fullmatch(kind) is not None and (g != "b" or bool(_IN_AT.search(text, max(0, s0 - 20), s0)))
        out[(s0, s0 + len(name))] = PlaceMention(places().get(name.lower()), name, s0, s0 + len(name), named_kind=True,
                                                 district=district, reference=_landmark(text, s0), town=town)
    for m in [*_PLACED_IN.finditer(text, start, end), *_chained(_TOWN_IN_REGION, text, start, end)]:
        said = text[m.end("name"):m.start("where")]  # "in the central state of Puebla": the state, not its capital
        region = table.province(m.group("where")) if said.endswith(" of ") else table.get(m.group("where").lower())
        s0, name = m.start("name"), m.group("name")
        district_at = _district_at(out, m.start("where"))
        if district_at is not None and (m.groupdict().get("lead") or _AFTER_WORD.search(text, max(0, s0 - 30), s0)
                                        or _ADDRESS_BEFORE.search(text, max(0, s0 - 30), s0)) \
                and not out.holds(s0) and name not in DEMONYMS and _is_name(name) \
                and not _in_actor_name(text, s0, s0 + len(name)) and not _people_word(doc, s0, s0 + len(name)) \
                and not _not_a_name(doc, s0, s0 + len(name)):
            # "in Gaambe-Tiev in Logo Local Council", "invaded Gidan Bakuso in the Gada local government area": a
            # place in a district the text names (as a district) is a village of it
            out[(s0, s0 + len(name))] = PlaceMention(places().get(name.lower()), name, s0, s0 + len(name),
                                                     named_kind=True, locative=True, town=True,
                                                     within=district_at.text)
            continue
        if region is None or region.kind not in ("country", "admin1", "district") or name in DEMONYMS \
                or _in_actor_name(text, s0, s0 + len(name)):
            continue
        taken = out.get((s0, s0 + len(name)))
        if (taken is None and out.holds(s0)) or (taken is not None and taken.place is None):
            continue
        known = table.get(name.lower())
        if known is not None and (known.source != "geonames" or known.kind != "city"):
            continue  # a place of the project's file: the other passes find it
        namesakes = [p for p in table.candidates(name) if p.country == region.country]
        # a district's or a province's town lies in its province: "Tudun Wada in Zaria LGA" is no Tudun Wada of Kano
        same = next((p for p in namesakes if region.kind == "country" or not region.admin1
                     or _same_province(p.admin1, region.admin1)), None)
        if same is not None:  # "around Gudumbali in Guzamala", "Lisbon, Maine": the town of that region
            if taken is None or (taken.place != same and taken.place.kind == "city"):  # not "the province of X"
                out[(s0, s0 + len(name))] = PlaceMention(replace(same, name=name), name, s0, s0 + len(name),
                                                         named_kind=True, locative=bool(m.groupdict().get("lead")),
                                                         placed=True, within=_region_name(region, m))  # the text's spelling
            continue
        if not (m.groupdict().get("lead") or namesakes or _after_place_verb(text, s0)) \
                or " in " not in text[m.end("name"):m.start("where")] or _building_name(name):
            continue  # an unknown name is a town only as "in X in Y", "stormed X in Y" (or a namesake's: "of X in Y")
        # unknown, or known only as a namesake abroad ("at Kain in northern Burkina Faso"): a town of that region
        out[(s0, s0 + len(name))] = PlaceMention(None, name, s0, s0 + len(name), named_kind=True, locative=True,
                                                 town=region.kind == "district",  # "at Gidan Bakuso in Gada LGA"
                                                 within=_region_name(region, m))
    for m in [*_APPOSITIVE_TOWN.finditer(text, start, end), *_VILLAGERS.finditer(text, start, end)]:
        # "militants attacked Malam Fatori, a town in Borno", "bandits killed 14 Gidan Dawa villagers"
        s0, name = m.start("name"), m.group("name")
        if out.holds(s0) or _people_name(name) or not _is_name(name) or name.split()[0] in ("The", "A", "An") \
                or _in_actor_name(text, s0, s0 + len(name)) or _people_word(doc, s0, s0 + len(name)) \
                or _not_a_name(doc, s0, s0 + len(name)):
            continue
        out[(s0, s0 + len(name))] = PlaceMention(places().get(name.lower()), name, s0, s0 + len(name), named_kind=True,
                                                 town=True, reference=_landmark(text, s0))
    for m in _DISTANCE_FROM.finditer(text, start, end):  # "Kasumbalesa, about 9 km from Lubumbashi": a place
        s0, name = m.start("name"), m.group("name")
        if out.holds(s0) or name in DEMONYMS or not _is_name(name) or _in_actor_name(text, s0, s0 + len(name)) \
                or _CAPITALISED_BEFORE.search(text, max(0, s0 - 30), s0) or _people_word(doc, s0, s0 + len(name)) \
                or _not_a_name(doc, s0, s0 + len(name)):
            continue
        out[(s0, s0 + len(name))] = PlaceMention(_near_landmark(name, text, m.end()), name, s0, s0 + len(name),
                                                 named_kind=True, town=True)
    for m in _FACILITY_OF.finditer(text, start, end):  # "Zabid market", "Jimma University": the town of the facility
        s0, name = m.start("name"), m.group("name")
        if out.holds(s0) or name in DEMONYMS or name.split()[0] in ("The", "A", "An") \
                or _in_actor_name(text, s0, s0 + len(name)) or _people_word(doc, s0, s0 + len(name)) \
                or _CAPITALISED_BEFORE.search(text, max(0, s0 - 30), s0) or _not_a_name(doc, s0, s0 + len(name)):
            continue  # "Christian school" names a people, "Christmas market" a day; "Berlin Christmas market": no town
        known = table.get(name.lower())
        if known is None or known.kind != "city":
            known = next(iter(table.candidates(name)), None) if known is None else None
        if known is not None and _facility_town(name, known):
            out[(s0, s0 + len(name))] = PlaceMention(replace(known, name=name), name, s0, s0 + len(name),
                                                     locative=bool(_LOCATIVE.search(text[max(0, s0 - 40):s0])),
                                                     facility=True)
    if doc is not None:
        for ent in _ents_between(doc, start, end):
            if (ent.label_ not in ("GPE", "LOC", "FAC") and not _mislabelled_place(text, ent)) \
                    or ent.start_char < start or ent.end_char > end:
                continue
            name = _POSSESSIVE.sub("", ent.text.strip()).removeprefix("the ").strip()
            s0, e0 = ent.start_char, ent.end_char
            if name == ent.text and table.get(name.lower()) is not None:  # NER's "Tal" of "Tal Abyad": the whole name
                a, b = whole_name(text, s0, e0)
                s0, e0, name = (s0, e0, name) if _DISTRICT_AFTER.match(text, b) else (a, b, text[a:b])
            inside = out.overlapping(s0, e0)
            if name in DEMONYMS or (inside and not _wider_name(inside, s0, e0, name)):
                continue
            for span in inside:  # "Northern Ireland" over its "Ireland"
                del out[span]
            if _in_actor_name(text, s0, e0) or _speaker_place(text, s0, e0) \
                    or _actor(text, e0) or _COMPOUND_AFTER.match(text, e0) \
                    or _hometown_person(text, s0, name):
                continue
            out[(s0, e0)] = PlaceMention(table.get(name.lower()), name, s0, s0 + len(name),
                                         reference=_landmark(text, s0, e0),
                                         locative=bool(_LOCATIVE.search(text[max(0, s0 - 40):s0])),
                                         at=bool(_IN_AT.search(text, max(0, s0 - 20), s0))
                                         and not _FEATURE_AFTER.match(text, e0),
                                         route=_route(text, s0, s0 + len(name)))
    if doc is not None:
        _unseen_towns(out, text, start, end, doc)
    # "the Juarez neighbourhood of Tijuana", "Toronto's Danforth neighbourhood": a part of the town named with it,
    # not a namesake town elsewhere
    found = [m for m in out.values() if not _NEIGHBOURHOOD_OF.match(text, m.end)
             and not (_NEIGHBOURHOOD.match(text, m.end) and _OWNER_BEFORE.search(text, max(0, m.start - 4), m.start))]
    return _placed_in_next(sorted((_owner_province(m, text) for m in found), key=lambda p: p.start), text)


# "Kirkuk's Hawija district", "Herat's Shindand district": the owner of a district is its province
_OWNS_DISTRICT = re.compile(r"['’]s\s+(?P<district>" + _NAME + r")\s+(?:" + _DISTRICT_WORD.pattern + r")\b")


def _owner_province(m: PlaceMention, text: str) -> PlaceMention:
    """A town's name owning a district the gazetteer knows as a second-level subdivision ("Kirkuk's Hawija
    district") stands for the province of that name: such a district lies in a province, not in a town (a city's
    own districts, "Kabul's Dasht-e-Barchi district", are no subdivision of the country)."""
    owned = _OWNS_DISTRICT.match(text, m.end) if m.place is not None and m.place.kind == "city" else None
    if owned is None:
        return m
    province = places().province(m.text)
    if province is None or province.country != m.place.country or not any(
            s.country == province.country for s in geonames.index().subdivisions_named(owned.group("district"), level=2)):
        return m
    return replace(m, place=province)


_NEIGHBOURHOOD = re.compile(r"\s+(?:neighbou?rhood|quarter)\b", re.I)
_NEIGHBOURHOOD_OF = re.compile(_NEIGHBOURHOOD.pattern + r"\s+of\s+(?:the\s+)?[A-Z]", re.I)
_OWNER_BEFORE = re.compile(r"\w['’]s\s+$")


# "killed 11 soldiers near Tessit": a capitalised name right after a locative preposition
_AFTER_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around)\s+(?P<name>[A-Z][a-zà-ÿ'’-]+(?:[- ][A-Z][a-zà-ÿ'’-]+){0,2})"
                             r"(?![\w'’-])")
# "at Mile 12", "in Phase 2": a name numbered by a figure is a locality of its own, not the town of the first word
_FIGURE_AFTER = re.compile(r"\s+\d")
_SMALLEST_UNSEEN = 1_000  # people: below it a name after "in" is as often a word as a village


def _unseen_towns(out: _Taken, text: str, start: int, end: int, doc: Any) -> None:
    """A town the gazetteer knows right after "in"/"at"/"near" where NER tagged nothing at all (small models miss
    unfamiliar names): the words give it as a place, the gazetteer as a town."""
    for m in _AFTER_LOCATIVE.finditer(text, start, end):
        s0, name = m.start("name"), m.group("name")
        if out.holds(s0) or any(e.end_char > s0 for e in _ents_between(doc, s0 - 40, m.end("name"))) \
                or _FIGURE_AFTER.match(text, m.end("name")) or name in DEMONYMS \
                or name.lower() in place_stopwords() or not _is_name(name) \
                or _speaker_place(text, s0, m.end("name")) or _in_actor_name(text, s0, m.end("name")):
            continue
        towns = [p for p in places().candidates(name) if p.kind == "city" and (p.population or 0) >= _SMALLEST_UNSEEN]
        if towns:
            out[(s0, m.end("name"))] = PlaceMention(towns[0], name, s0, m.end("name"), locative=True,
                                                    at=not _FEATURE_AFTER.match(text, m.end("name")),
                                                    reference=_landmark(text, s0), route=_route(text, s0, m.end("name")))


# "Anguwan Aku village, Kajuru LGA", "Tumba, in Botkyrka district", "Khar in Bajaur district", "X, a village in Y
# district", "X village in southern Kaduna": what joins a town to the district or province right after it
_JOINS_REGION = re.compile(r"(?:\s+" + _KIND + r")?\s*(?:,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+)"
                           r"{0,2}?" + _KIND + r"\s+(?:in|of)\s+|in\s+|of\s+)?|\s+(?:in|of)\s+)(?:the\s+)?"
                           r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$",
                           re.I)


_ALTERNATE = re.compile(r"\s*\((?P<alt>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\)")


def _alternate_named(m: PlaceMention, text: str) -> PlaceMention:
    """An unknown name with another spelling in brackets that the gazetteer knows as a town ("the oasis town of Houn
    (Hun)") is that town, in the text's first spelling."""
    alt = _ALTERNATE.match(text, m.end) if m.place is None else None
    known = places().get(alt.group("alt").lower()) if alt else None
    if known is None or known.kind != "city":
        return m
    return replace(m, place=replace(known, name=m.text), placed=True)


_VAGUE_AFTER = re.compile(r"\s+(?:area|region|zone|belt|axis|front)\b", re.I)


def _placed_in_next(found: list[PlaceMention], text: str) -> list[PlaceMention]:
    """A town (a name given as a town after "in"/"at", or a known town) followed at once by a district or province
    the text names lies in it: the text's own hierarchy, kept as `within` for the ranker's last step. Unknown names
    with a known spelling in brackets are resolved first (`_alternate_named`)."""
    out = [_alternate_named(m, text) for m in found]
    for k, (m, nxt) in enumerate(zip(out, out[1:])):
        region = nxt.district or (nxt.place is not None and (nxt.place.kind == "admin1" or (
            nxt.place.kind == "city" and nxt.place.admin1 is not None and _same_province(nxt.place.name, nxt.place.admin1))))
        # "around Tuntiko village, Mokwa LGA" or "a raid on X village in Y district" locate no site in the village;
        # "in Watalinga Chieftaincy, Beni Territory" does (a unit below the district), "in X area of Y" does not
        town = (m.town or (m.place is not None and m.place.kind == "city")
                or (m.named_kind and bool(_IN_AT.search(text, max(0, m.start - 20), m.start)
                                          or _BARE_NAME_BEFORE.search(text, max(0, m.start - 20), m.start))))
        if m.within is None and region and town and not m.district and nxt.start - m.end <= 30 \
                and not _VAGUE_AFTER.match(text, m.end) \
                and _JOINS_REGION.fullmatch(text, m.end, nxt.start):
            out[k] = replace(m, within=nxt.text)
    return out


# a facility named after its town: the town is where it stands (NER often tags such names as ORG or PRODUCT)
_FACILITY_OF = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?)\s+(?i:(?:central|main|"
                          r"military|police|general|teaching|district|regional|state|federal|city)\s+)?(?i:market|bazaar|"
                          r"university|hospital|airport|mosque|church|prison|jail|barracks|garrison|airbase|air base|"
                          r"school|stadium|bus station|bus terminal|police station|checkpoint|outpost)\b")
_FACILITY_TOWN_MIN = 10_000  # people: a hospital or market bearing a village's other name is rather a saint's or a word's


def _facility_town(name: str, known: Place) -> bool:
    """Whether the facility's name names `known`: by the town's own name, or by another of its names unless the town
    is known to be tiny ("Mercy Hospital" is no hamlet of France that GeoNames also calls "Mercy"; GeoNames gives
    many towns no population, "Khokha market" of Al Khawkhah among them)."""
    return place_ranking.same_name(known.name, name) or not known.population or known.population >= _FACILITY_TOWN_MIN


# "the LEA Primary School, Kuriga in Chikun LGA": a facility's address names its village
_ADDRESS_BEFORE = re.compile(r"\b(?:school|college|academy|university|hospital|clinic|market|church|mosque|camp|station|"
                            r"barracks|base|prison|seminary)\s*,\s+$", re.I)


def _chained(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`pattern`'s matches, each search resuming at the region it named, so that a region that is also the next
    town is seen ("Junior Secondary School, Kuriga in Chikun": "School" places the school in "Kuriga", and "Kuriga"
    is placed in "Chikun")."""
    at = start
    while (m := pattern.search(text, at, end)) is not None:
        yield m
        at = max(m.start("where"), m.start() + 1)


def _region_name(region: Place, m: re.Match[str]) -> str | None:
    """The district or province a town is placed in, as the text names it; None for a country."""
    return m.group("where") if region.kind in ("admin1", "district") else None


def _district_at(found: _Taken, start: int) -> PlaceMention | None:
    """The mention named as a district ("Logo Local Council", "Mokwa LGA") that starts at `start`, if any."""
    return next((found[span] for span in found.overlapping(start, start + 1)
                 if span[0] == start and found[span].district), None)


# "invaded Gidan Bakuso in ...": a lower-case word (a verb, a preposition) right before the name, so the name does
# not open a sentence ("Police in Gada LGA said") or continue a longer capitalised name; not "of" ("the traditional
# ruler of X, in Y LGA" tells whose ruler, not where)
_AFTER_WORD = re.compile(r"(?<![A-Z])\b(?!of\s)[a-z]+\s+$")


_LANDMARK_NAME = re.compile(r"\s+(?:the\s+)?(?:(?:city|town|capital) of\s+)?(?P<name>" + _NAME + r")")


def _near_landmark(name: str, text: str, at: int) -> Place | None:
    """The place "X, about 9 km from Y" names: X's namesake in Y's country; a name known only abroad is an unknown
    place there (a few kilometres from Lagos is no town of China)."""
    landmark = _LANDMARK_NAME.match(text, at)
    near = places().get(landmark.group("name").lower()) if landmark else None
    known = places().get(name.lower())
    if near is None or near.country is None or (known is not None and known.country == near.country):
        return known
    return next((p for p in places().candidates(name) if p.country == near.country), None)


_OF_PROVINCE = re.compile(r"\s*(?:,|\s(?:of|in))\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?(?P<where>" + _NAME +
                          r")")


def _district_of_named_province(name: str, text: str, end: int) -> bool:
    """A name before a district word that the gazetteer knows as a district or town of the province named right
    after it ("the Sirwah district of Marib province"): the text's hierarchy, whatever NER calls the name (its
    "people" reading holds for "the Shiite district", which no gazetteer knows as a district)."""
    after = _OF_PROVINCE.match(text, end)
    region = places().province(after.group("where")) if after else None
    if region is None:
        return False
    return any(p.country == region.country and _same_province(p.admin1, region.admin1) for p in places().candidates(name)) \
        or any(s.country == region.country for s in geonames.index().subdivisions_named(name, level=2))


def _not_a_name(doc: Any | None, start: int, end: int) -> bool:
    """NER reads the words as a day, a feast, a language or a law ("Christmas market", "Friday mosque")."""
    return doc is not None and any(e.label_ in ("DATE", "TIME", "EVENT", "LANGUAGE", "LAW", "ORDINAL")
                                   and e.start_char < end and start < e.end_char for e in _ents_between(doc, start, end))


# "in Kuriga village in Chikun LGA", "attacked Kuriga village in Chikun LGA": a name with no article right after
# "in"/"at" or a verb, placed in a district, is the village's own name whatever NER calls it ("the Shiite village",
# "an ethnic Fulani village", "attacked Christian village leaders" name its people)
_BARE_NAME_BEFORE = re.compile(r"\b(?:in|at|[a-z]+ed)\s+$")
# "... village in Chikun LGA", "... village, Kauru LGA": the text places it in a district, as one places a village
_IN_DISTRICT_AFTER = re.compile(r"(?:\s*,\s*|\s+in\s+)(?:the\s+)?" + _NAME + r"\s+(?i:" + _DISTRICT_WORD.pattern + r")\b")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
_IN_AT_ONLY = re.compile(r"\b(?:in|at)\s+$")


def _mislabelled_place(text: str, ent: Any) -> bool:
    """A name NER calls a person, an organisation or a people that the gazetteer knows as a town, where the words
    around it give it as a place: right after "in"/"at" ("in Ciudad Juarez", "in Owo"), after "the town of" / "hometown of", as the
    object of a verb of striking or storming ("a missile struck Kryvyi Rih"), or an organisation's possessive
    before a thing ("Solingen's 650th-anniversary festival"). Small models often tag unfamiliar town names so; the
    last two need a sizeable town, as people and firms share names with villages."""
    if ent.label_ not in ("PERSON", "ORG", "NORP") or ent.text in DEMONYMS or not ent.text[:1].isupper():
        return False
    name = _POSSESSIVE.sub("", ent.text.strip())
    before = text[max(0, ent.start_char - 30):ent.start_char]
    owner = bool(_POSSESSIVE.search(ent.text)) or bool(re.match(r"['’]", text[ent.end_char:ent.end_char + 1]))
    if not owner and (_IN_AT_ONLY.search(before[-6:]) or _KIND_OF_BEFORE.search(before)):
        return bool(places().candidates(name)) or name.lower() in places()
    if ent.label_ == "NORP":  # "a church in Owo" read as a people: only right after "in"/"at" or "the town of"
        return False
    verb = _WORD_BEFORE.search(before)
    if not owner and verb is not None and verb.group(1) in place_verbs():
        return _town_size(name) >= _SIZEABLE
    if owner and ent.label_ == "ORG":
        after = _NEXT_THING.match(text, ent.end_char + (0 if _POSSESSIVE.search(ent.text) else 2))
        return after is not None and after.group(1).lower() not in _people_nouns() and _town_size(name) >= 2 * _SIZEABLE
    return False


_KIND_OF_BEFORE = re.compile(r"\b(?:home ?town|town|city|village|capital|outskirts|suburbs?) of\s+$", re.I)
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_NEXT_THING = re.compile(r"\s+([a-z0-9][\w-]*)")  # a lower-case word or a figure: a thing, not a title ("Mayor")
_SIZEABLE = 50_000  # people: a town this big is more often meant than a person or firm of its name


def _after_place_verb(text: str, start: int) -> bool:
    """The name is the object of a verb whose object is a place ("jihadists stormed X", data/place_verbs.csv)."""
    verb = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return verb is not None and verb.group(1) in place_verbs()


def _building_name(name: str) -> bool:
    """The name ends in a building's or an institution's kind ("Bacha Khan University", "Mercy Hospital"): what
    is stormed or struck there is a building, not a town."""
    return name.rsplit(None, 1)[-1].lower() in building_nouns()


def _town_size(name: str) -> int:
    """The population of the biggest town the gazetteer calls `name` (0 if none)."""
    return max((p.population or 0 for p in places().candidates(name) if p.kind == "city"), default=0)


_NAME_WORDS = re.compile(r"(?:[A-Z][\w'’-]*\s+)+")
_QUALIFIER = re.compile(r"(?:North|South|East|West|Central|Greater|Old|New|Upper|Lower|Inner|Outer)\w*\s", re.I)


def _longer_name(doc: Any | None, text: str, start: int, end: int) -> Any | None:
    """The NER entity (a person's or a place's) that holds a known town's name after capitalised words of its own
    ("Kwanar Dutse" over "Dutse") and that the gazetteer does not know: the town's name is only part of another
    name. Not "West Mosul" or "Greater Kano": a compass or size word qualifies the town."""
    if doc is None:
        return None
    ent = next((e for e in _ents_between(doc, start - 40, start) if e.end_char >= end and e.label_ in
                ("PERSON", "GPE", "LOC", "FAC")), None)
    if ent is None or not _NAME_WORDS.fullmatch(text, ent.start_char, start) or _QUALIFIER.match(text, ent.start_char) \
            or ent.text.lower() in places() or places().candidates(ent.text) or ent.text in DEMONYMS \
            or _HOMETOWN_OF.search(text, max(0, ent.start_char - 60), ent.start_char):
        return None
    return ent


# "the hometown of Sunday Igboho", "the hometown of the late politician Aminu Kano": a hometown is a person's, so the
# name after it is a person's; a known town that ends it is where he comes from (people are named after their town)
_HOMETOWN_OF = re.compile(r"\b(?:[Hh]ome ?town) of\s+(?:[a-z][\w-]*\s+){0,4}$")


def _hometown_person(text: str, start: int, name: str) -> bool:
    """A name the gazetteer does not know right after "the hometown of": a person, not a place."""
    return bool(_HOMETOWN_OF.search(text, max(0, start - 60), start)) and name.lower() not in places() \
        and not places().candidates(name)


# what may precede a name that stands for its town: an article ("the Kabul Bank" stands in Kabul) or a locative
_NAME_OF_A_SITE_BEFORE = re.compile(r"\b(?:the|in|at|near|outside|of)\s+$", re.I)


def _name_begun_by_town(doc: Any | None, text: str, start: int, end: int) -> bool:
    """A person's or firm's name (NER PERSON or ORG) that begins with a known town's name and goes on with
    capitalised words of its own, unknown to the gazetteer and with no article or locative before it ("Paris
    Hilton", "Aminu Kano said"): the town is only part of a name, not a place the text mentions."""
    if doc is None or _NAME_OF_A_SITE_BEFORE.search(text, max(0, start - 12), start):
        return False
    ent = next((e for e in _ents_between(doc, start, end) if e.start_char == start and e.end_char > end
                and e.label_ in ("PERSON", "ORG")), None)
    if ent is None or not re.fullmatch(r"(?:\s+[A-Z][\w'’-]*)+", text[end:ent.end_char]):
        return False
    return ent.text.lower() not in places() and not places().candidates(ent.text) \
        and not _GENERIC_AFTER.search(text, end, ent.end_char)


_GENERIC_AFTER = re.compile(r"\b" + _GENERIC_WORD)


def province_key(name: str) -> str:
    """What two spellings of one province share ("Dnipropetrovsk Oblast", "Dnipropetrovsk")."""
    return geonames.fold(bare(name))


def _same_province(a: str | None, b: str | None) -> bool:
    """Two spellings of one province ("Dnipropetrovsk Oblast", "Dnipropetrovsk")."""
    return a is not None and b is not None and province_key(a) == province_key(b)


def _wider_name(inside: list[tuple[int, int]], start: int, end: int, name: str) -> bool:
    """An entity that holds shorter mentions and is itself a known place ("Northern Ireland" over "Ireland")."""
    return all(start <= s and e <= end and e - s < end - start for s, e in inside) and name.lower() in places()


def _people_name(name: str) -> bool:
    """`name` is a demonym, a people's name or a community's (faith, language: "Yazidi", "Druze", "Anglophone"), by
    the tables, which know the peoples NER misses: "Druze villagers" are no village's."""
    from worker.extract import countries  # countries reads this module's mentions: imported when first asked
    return name in DEMONYMS or name in communities() or name in countries.demonyms() or name in countries.peoples()


def _people_word(doc: Any | None, start: int, end: int) -> bool:
    """"the Shiite village of X", "an ethnic Fulani village": NER reads a people (NORP), not a place's name (asked
    only of a name before its kind: NER also reads "the village of X" as a people now and then)."""
    return doc is not None and any(e.label_ == "NORP" and e.start_char <= start and end <= e.end_char
                                   for e in _ents_between(doc, start - 30, end))


_ents_cache: tuple[Any, list[Any], list[int]] = (None, [], [])  # the last doc, its entities and their offsets


def _ents_between(doc: Any, start: int, end: int) -> list[Any]:
    """Entities of `doc` starting in [start, end). Every sentence of an article asks; scanning all entities each
    time made place finding quadratic in long articles, so the last doc's entities are indexed by offset (the
    cache holds the doc itself, so its id cannot be reused by another doc while cached; one tuple, read once, so
    threads never mix two docs)."""
    global _ents_cache
    cached = _ents_cache
    if cached[0] is not doc:
        ents = sorted(doc.ents, key=lambda e: e.start_char)
        cached = _ents_cache = (doc, ents, [e.start_char for e in ents])
    _, ents, offsets = cached
    return ents[bisect.bisect_left(offsets, start):bisect.bisect_left(offsets, end)]


@dataclass(frozen=True)
class Location:
    country: str | None = None
    admin1: str | None = None
    city: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None


def _suburb_first(cands: list[PlaceMention]) -> PlaceMention:
    """Of a metropolis and a town next to it ("Bondy, a suburb of Paris"), the event is in the town."""
    best = cands[0]
    for m in cands[1:]:
        p, b = m.place, best.place
        assert p is not None and b is not None
        if p.population and b.population and p.population * 5 <= b.population and km(p, b) < 60:
            best = m
    return best


def _sited(mentions: list[PlaceMention], name: str) -> bool:
    """An unknown name the text gives as a town ("in Naqoura", "the village of Zrariyeh"), not a street or a unit."""
    return any(m.text == name and m.given_as_town for m in mentions)


_NOT_TOWN = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|River|Lake|Mountains?|Hills|Desert|Valley|Channel|Canal|Coast|"
                       r"Peninsula|Basin|Corridor|Front|Division|Command|Brigade|Headquarters|Road|Street|Highway|Avenue|Expressway|"
                       r"Bridge)$|"
                       r"^(?:Europe|Africa|Asia|Oceania|(?:North|South|Latin|Central) America|(?:the )?Middle East|Sahel|"
                       r"Balkans|Caucasus|Scandinavia|Eastern Europe|Western Europe|West Africa|East Africa|Horn of Africa)$")


def _town_below(mentions: list[PlaceMention], landmark: bool) -> str | None:
    """An unknown name the text gives as a town ("Pai Khan, a village"; after a landmark also "at Pissele, near
    Bourzanga"): the site, when the known places are only its district or a landmark near it (the gazetteer lacks
    most villages, not their districts)."""
    return next((m.text for m in mentions if m.place is None and (m.town or (landmark and m.at)) and not m.district and not m.reference and not m.route and _is_name(m.text)), None)


def _is_name(text: str) -> bool:
    """An unknown name that can stand for a town: not an all-caps word, an armed group, a sea or a military unit."""
    return len(text) > 2 and text[0].isupper() and not text.isupper() and not groups()[0].fullmatch(text) \
        and not _NOT_TOWN.search(text)


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns of people and armed groups (data/person_nouns.csv, group_nouns.csv, role_words.csv's armed nouns;
    victim_groups.csv is asked too)."""
    from worker.extract.group_names import group_nouns
    from worker.extract.syntax import word_lists
    from worker.extract.toll_phrases import person_nouns
    return person_nouns() | frozenset(group_nouns()) | frozenset(word_lists().get("armed_nouns", ()))


def _people_modifier(m: PlaceMention, text: str) -> bool:
    """An unknown name the text does not give as a place (no "in", no kind word), right before a noun of people:
    "Kyrgyz troops", "Yoruba traders" name a people or an affiliation, not where the incident is."""
    if m.place is not None or m.locative or m.at or m.named_kind or m.town or m.district:
        return False
    after = _NEXT_WORD.match(text, m.end)
    if after is None:
        return False
    from worker.extract import victim_groups
    word, nouns = after.group(1), _people_nouns()
    return word in nouns or victim_groups.group_of(word) != victim_groups.ANY or any(word.endswith(p) and word[:-len(p)] + one in nouns
                                for p, one in (("men", "man"), ("ies", "y"), ("s", "")))


def localize(mentions: list[PlaceMention], country: str | None) -> list[PlaceMention]:
    """Each GeoNames-only name resolved among its namesakes by the article's country and the provinces named with
    it (toponyms.choose); a name with no candidate in the article's country becomes an unknown name, or nothing when
    only a facility's name gave it (a facility's town lies in the article's country)."""
    provinces = toponyms.provinces_named([m.place for m in mentions])
    out = []
    for m in mentions:
        if m.place is not None and m.place.source == "geonames" and m.place.kind == "city" and not m.placed:
            cands = places().candidates(m.text) or [m.place]
            m = replace(m, place=toponyms.choose(m.text, cands, country, _within_province(m, country) or provinces))
            if m.place is None and m.facility and not any(c.country == country for c in cands):
                continue  # "Salem Hospital" in a Nigerian story: a hospital's name, not a town of Nigeria's the gazetteer lacks
        out.append(m)
    return out


def _within_province(m: PlaceMention, country: str | None) -> frozenset[str] | None:
    """The province of the district or province the text places a town in ("Tudun Wada in Zaria LGA": Zaria's
    province), folded: the text's own hierarchy, which decides among the town's namesakes before their size does."""
    if m.within is None:
        return None
    region = places().get(m.within.lower()) or places().province(m.within)
    if region is None or region.kind == "country" or not region.admin1 or (country and region.country != country):
        return None
    return frozenset({geonames.fold(region.admin1)})


def cue(text: str, sents: list[Any], trigger_index: int, trigger: Any, doc: Any | None) -> place_ranking.Cue:
    """The ranker's view of an incident: its trigger word (sentence `trigger_index` of `sents`, offsets `trigger.start`
    and `trigger.end` within it) and its sentences, the trigger's first, then by distance from it."""
    s = sents[trigger_index]
    order = sorted(range(len(sents)), key=lambda k: (abs(sents[k].index - s.index), k))
    return place_ranking.Cue(text, (s.start + trigger.start, s.start + trigger.end),
                             tuple((sents[k].start, sents[k].end) for k in order), doc)


def resolve(mentions: list[PlaceMention], context_country: str | None,
            where: place_ranking.Cue | None = None) -> tuple[Location, PlaceMention | None]:
    """The hand rules' place (`_by_rules`), whose town the learned ranker (place_ranking) may replace by another
    candidate of the incident's sentences when `where` tells it the trigger and sentences; a province the
    incident's sentences name with its type word that the gazetteer lacks (`_unknown_province`) replaces one the
    text never writes."""
    loc, best = _resolve(mentions, context_country, where)
    loc = _no_province_city(_no_region_city(loc))
    if loc.admin1 is None and where is not None and (seat := _seat_province(where, loc.country)) is not None:
        loc = replace(loc, admin1=seat)  # "Kaduna police said" of a village the gazetteer lacks: the state speaks for it
    name = _unknown_province(where) if where is not None else None
    if name is None or (loc.admin1 is not None and toponyms.is_written(loc.admin1, loc.country, where.text)):
        return loc, best
    # "South Sudan's Tonj State": the state, not its namesake town
    city = None if loc.city is not None and place_ranking.same_name(_without_province_word(loc.city), name) \
        else loc.city
    return replace(loc, admin1=name, city=city), best


def _seat_province(where: place_ranking.Cue, country: str | None) -> str | None:
    """The one province of `country` that the incident's sentences name only as the seat of an office that speaks
    ("Kaduna police said", "the Borno State Police Command"): a state's command or governor speaks for its state,
    so the scene lies in it, though not in the namesake town. None when no or several provinces are so named."""
    if country is None:
        return None
    text, found = where.text, set()
    for a, b in where.sentences:
        for m in _own_names().finditer(text, a, b):
            province = places().province(m.group())
            if province is not None and province.country == country and _OFFICE_AFTER.match(text, m.end(), m.end() + 40):
                found.add(province.admin1 or province.name)
    return next(iter(found)) if len(found) == 1 else None


def _no_province_city(loc: Location) -> Location:
    """A city named with a province's type word that the gazetteer knows as no town ("the Ruweng State", an
    epithet's "the Sunshine State") is a province or a nickname, never the town: no city."""
    city = loc.city
    known = places().get(city.lower()) if city is not None else None
    if city is None or not _PROVINCE_WORD_AFTER.search(city) or (known is not None and known.kind == "city"):
        return loc
    return replace(loc, city=None, place=None if loc.place == city else loc.place)


def _no_region_city(loc: Location) -> Location:
    """A town the gazetteer lacks in the country, named as its subdivisions' shared word ("Waziristan", "Kordofan", "Sinai":
    region_cores), is a region, not a town: no city."""
    city = loc.city
    if city is None or geonames.fold(city) not in cores() \
            or any(p.kind == "city" and loc.country in (p.country, None) for p in places().candidates(city)):
        return loc  # "Sinai" of Egypt is no Sinai town of Ecuador
    return replace(loc, city=None, place=None if loc.place == city else loc.place)


def _unknown_province(where: place_ranking.Cue) -> str | None:
    """The one province the incident's sentences give as a location with its type word ("in Gok State", "South
    Sudan's Tonj State") that the gazetteer knows by no tail of the name: states are split and renamed faster than
    gazetteers follow."""
    found: set[str] = set()
    text = where.text
    for a, b in where.sentences:
        for m in _UNKNOWN_PROVINCE.finditer(text, a, b):
            name = re.split(r"['’]s ", m.group("name"))[-1]  # "in South Sudan's Gok State"
            s0 = m.end("name") - len(name)
            words = name.split(" ")
            if any(places().province(" ".join(words[i:])) is not None for i in range(len(words))) \
                    or name in DEMONYMS or (name.lower() in places() and places()[name.lower()].kind == "country") \
                    or _GENERIC_NAME.fullmatch(name) or _in_actor_name(text, s0, s0 + len(name)) \
                    or _epithet(m, name) or not _owner_is_place(text, s0):
                continue
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _epithet(m: re.Match[str], name: str) -> bool:
    """A name after an article is an epithet ("the Sunshine State"), unless it is a people's, whose state it names
    ("the Karenni State", "the Shan State"), or the province is a former one ("the former Tonj State"): no
    epithet is said to be former."""
    return bool(m.group("article")) and not m.group("former") and not _people_name(name)


def _owner_is_place(text: str, start: int) -> bool:
    """The name at `start` has no possessor, or a place for one ("South Sudan's Tonj State"): a province some
    other owner has ("Islamic State's Khorasan Province", a group's "province") is a name of that owner's."""
    m = _POSSESSOR.search(text, max(0, start - 60), start)
    return m is None or m.group("owner").lower() in places()


def _without_province_word(name: str) -> str:
    """`name` less a province type word after it ("Tonj State" -> "Tonj")."""
    return _PROVINCE_WORD_AFTER.sub("", name)


# "in Gok State", "South Sudan's Tonj State": a province given as where something is, its name not part of a longer
# name ("the Empire State Building"); a name after an article is an epithet, not the province's name ("the Sunshine
# State", "the Lone Star State": a province's own name takes no article)
_UNKNOWN_PROVINCE = re.compile(r"(?:\b(?:in|of|across|at|from|near)\s+(?P<article>the\s+)?|['’]s\s+)"
                               r"(?P<former>(?:former|erstwhile|defunct|now-defunct)\s+)?(?:(?:north|south|east|"
                               r"west|central)\w*\s+)?(?P<name>" + _NAME + r")\s+(?i:state|province|governorate|oblast|"
                               r"prefecture)\b(?!\s+[A-Z])")
_PROVINCE_WORD_AFTER = re.compile(r"\s+(?i:state|province|governorate|oblast|prefecture)$")
# "Islamic State's " before a name: its possessor
_POSSESSOR = re.compile(r"(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})['’]s\s+(?:(?:north|south|east|west|"
                        r"central)\w*\s+)?$")
# "the Islamic State", "Northern Province": words no province is called by alone
_GENERIC_NAME = re.compile(r"(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Far|"
                           r"Middle|Islamic|Federal|Member|Nation|Union|Police|Sovereign|Independent)\s*)+", re.I)


def _resolve(mentions: list[PlaceMention], context_country: str | None,
             where: place_ranking.Cue | None = None) -> tuple[Location, PlaceMention | None]:
    """`resolve` but for a province the gazetteer lacks."""
    local = localize(mentions, context_country)
    loc, best = _by_rules(local, context_country)
    if where is None:
        return loc, best
    loc = _province_as_named(loc, local, where.text)
    country = loc.country or context_country
    offered = [m for m in local if not _people_modifier(m, where.text)]
    chosen = place_ranking.pick(place_ranking.candidates(offered, country, _is_name), where, country)
    if chosen is None or (loc.city is not None and place_ranking.same_name(chosen.name, loc.city)):
        return loc, best
    p = chosen.place
    if p is not None and country is not None and p.country != country:
        return loc, best  # the ranker picks the town, not the country: a place abroad is another story's
    if p is not None and p.kind == "admin1" and not any(q.kind == "city" and q.country == p.country
                                                        for q in places().candidates(chosen.name)):
        return loc, best  # a province with no town of its name: no town, as the rules found
    if p is None:
        return replace(loc, city=chosen.name, place=None if loc.place == chosen.name else loc.place,
                       lat=None, lon=None), best
    admin1 = _province_as_named(replace(loc, admin1=p.admin1 or loc.admin1), local, where.text).admin1
    return Location(p.country, admin1, chosen.name, None if loc.place == chosen.name else loc.place, p.lat, p.lon), \
        (chosen.mention if best is not None else None)


def provinces_named(mentions: list[PlaceMention], country: str | None) -> set[str]:
    """The first-level provinces of `country` the mentions name as places ("Ghazni province"), route ends aside."""
    return {m.place.admin1 for m in mentions if m.place is not None and m.place.kind == "admin1" and not m.route
            and m.place.country == country and m.place.admin1}


def _province_as_named(loc: Location, mentions: list[PlaceMention], text: str) -> Location:
    """The one province of the country the incident's sentences name, when the gazetteer's province of the town is
    named nowhere in the text: a small town's namesake or an old province name (Katanga) loses to what the text
    says."""
    named = provinces_named(mentions, loc.country)
    if loc.admin1 is None or len(named) != 1 or loc.admin1 in named or toponyms.is_written(loc.admin1, loc.country, text):
        return loc
    town = places().get(loc.city.lower()) if loc.city else None
    if town is not None and (town.population or 0) >= place_ranking.BIG_CITY:
        return loc  # a big city's province is no doubt: the other province is another place's
    return replace(loc, admin1=named.pop())


def _by_rules(mentions: list[PlaceMention], context_country: str | None) -> tuple[Location, PlaceMention | None]:
    """The most specific known place, preferring the article's country; unknown named places fill `place`,
    or `city` when the only known places are a province or a country (small towns missing from the gazetteer).
    `mentions` are localized."""
    known = [m for m in mentions if m.place is not None]
    if context_country:
        in_country = [m for m in known if m.place.country == context_country]  # type: ignore[union-attr]
        known = in_country or known
    names = [m for m in mentions if m.place is None and _is_name(m.text)]
    # a district first ("Mokwa LGA"), then a name given as a town ("village of Mamove", "in Diafarabe"), then any
    unknown = next((m.text for m in sorted(names, key=lambda m: (not m.district, not m.given_as_town))), None)
    if not known:
        if unknown and _sited(mentions, unknown):
            return Location(country=context_country, city=unknown), None
        return Location(country=context_country, place=unknown), None
    if context_country and all(m.route and m.place.kind == "country" and m.place.country != context_country
                               for m in known):  # type: ignore[union-attr]
        return Location(country=context_country, place=unknown), None  # "near the border with X": this side of it
    if all(m.route for m in known):  # only the ends of a route or a border: the province, not a town
        first = max(known, key=lambda m: RANK[m.place.kind])  # type: ignore[union-attr]
        p0 = first.place
        assert p0 is not None
        return Location(p0.country, p0.admin1 if p0.kind != "country" else None, None, None, None, None), first
    known = [m for m in known if not m.route]
    top = max(RANK[m.place.kind] for m in known)  # type: ignore[union-attr]
    # "north of Baghdad ... in the town of Taji": a landmark gives way to the place it locates
    best = _suburb_first(sorted((m for m in known if RANK[m.place.kind] == top), key=lambda m: (m.reference, m.start)))  # type: ignore[union-attr]
    p = best.place
    assert p is not None
    city = p.name if p.kind in ("city", "district") else None
    if p.kind == "place":
        city = next((m.place.name for m in known if m.place and m.place.kind in ("city", "district")), None)
        unknown = p.name
    admin1 = p.admin1 if p.kind != "country" else None
    if city is None and p.kind in ("admin1", "country") and unknown and (p.kind == "admin1" or _sited(mentions, unknown)):
        return Location(p.country, admin1, unknown, None, None, None), best
    named = next((m.text for m in mentions if m.place is None and m.named_kind and _is_name(m.text)), None)
    if best.reference and named:  # "in the Paghman district, west of Kabul"
        return Location(p.country, admin1, named, None, None, None), best
    town = _town_below(mentions, best.reference) if best.reference or best.district or p.kind == "district" else None
    if town and p.kind != "country":  # "in Pai Khan, a village in ... Mohmand", "at Pissele, near Bourzanga"
        return Location(p.country, admin1, town, None, None, None), best
    return Location(p.country, admin1, city, unknown if p.kind != "place" else p.name, p.lat, p.lon), best


def headline_place(title: str | None, doc: Any | None = None) -> PlaceMention | None:
    """The town a headline names ("Covenant School mass shooting, Nashville"), for a story whose lead places its
    main event nowhere below the country (as a dateline does); None when it names no town or several. A headline
    capitalises every word, so a name counts as a town when the gazetteer's patterns find it in the headline or
    NER tags it a place in the story (`doc`) too."""
    if not title:
        return None
    found = [m for m in find(title, 0, len(title), None) if m.place is not None]
    table = places()
    for ent in doc.ents if doc is not None else ():
        name = _POSSESSIVE.sub("", ent.text.strip()).removeprefix("the ").strip()
        if ent.label_ in ("GPE", "LOC") and name.lower() in table \
                and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", title):
            found.append(PlaceMention(table[name.lower()], name, ent.start_char, ent.start_char + len(name)))
    towns = [m for m in localize(found, None) if m.place is not None and m.place.kind in ("city", "district")
             and not m.route and not m.reference]
    return towns[0] if len({m.place.name for m in towns if m.place is not None}) == 1 else None
