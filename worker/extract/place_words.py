"""Name shapes, kind words and the gazetteer's own-name pattern that every place finder shares."""
from __future__ import annotations

import re
from functools import cache

from retrie.trie import Trie

from worker.extract import geonames
from worker.extract.build_gazetteer import bare
from worker.extract.gazetteer import places
from worker.extract.alternation import literal
from worker.extract.unit_words import PROVINCE_WORDS


GENERIC_WORD = r"(?:Local|Government|Area|District|State|Province|Region|Town|Village|City|County|Camp)\b"
# lower-case particles inside Arabic, Persian and Romance names ("Bakil al-Mir", "Dasht-e Archi", "San Juan de Dios")
_PARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|e|de|del|la|di|da|do|du|ul|ur|bin|ibn)[- ])?"
NAME = r"(?-i:(?!" + GENERIC_WORD + r")[A-Z][a-zà-ÿ'’]+(?:[- ]" + _PARTICLE + r"(?!" + GENERIC_WORD + \
    r")[A-Z][a-zà-ÿ'’]+){0,2})"
# "Kaduna, March 3 —", "Herat, Sunday (AFP) -": a date after a town's comma (a chronology's line, a dateline) names
# no region the town lies in ("March" is an English town and reads as Italy's Marche)
DAY_WORDS = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|"
             r"Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
KIND = r"(?:town|village|city|district|area|locality|neighbou?rhood|suburb|settlement|LGA|Local Government Area|county|camp|island|" \
    r"port|community|township|municipality|commune|cercle|hamlet|barangay|kebele|sub-?district|sub-?county|tehsil|taluka|" \
    r"territory|chieftaincy|chiefdom|woreda|Local (?:Government )?Council)"

# "Jani Khel area of Lakki Marwat district", "Kuriga village of Chikun LGA": the unit a named place lies in, named
# with its own type word after the place's kind (or after the name: "Kafanchan town of Jema'a LGA" from "Kafanchan")
OF_UNIT = re.compile(r"(?:\s+" + KIND + r")?\s+of\s+(?:the\s+)?(?P<where>" + NAME + r")\s+(?i:district|county|LGA|"
                     r"local government area|local council|tehsil|taluka|woreda|sub-?district|sub-?county|"
                     + literal(PROVINCE_WORDS + ("department", "zone")) + r")\b")


# "in X", "at the X": a name right after a locative preposition
IN_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
# a verb of assault on a place right before its name ("gunmen attacked Kuriga village", "stormed Dangora, near Y")
ASSAULT_BEFORE = re.compile(r"\b(?:attacked|stormed|raided|overran|invaded|besieged|shelled|bombed|struck|hit|"
                            r"attacking|storming|raiding|invading|shelling|bombing)\s+$", re.I)


DISTRICT_WORD = re.compile(r"(?:sub-?)?(?:district|county)|LGA|Local Government Area|Local (?:Government )?Council|tehsil|taluka|"
                            r"territory|woreda|municipality|commune|cercle", re.I)
POSSESSIVE = re.compile(r"['’]s?$")
# "in Kuriga village", "attacked Kuriga village", "storming Kuriga village": no article before the name
BARE_NAME_BEFORE = re.compile(r"\b(?:in|at|[a-z]+ed|[a-z]{3,}ing)\s+$")


@cache
def own_names() -> re.Pattern[str]:
    """Curated names (the project's file, countries) are safe to match as strings; geonames cities only via NER."""
    names = sorted({k for k, p in places().items() if p.kind != "city" or p.admin1}, key=len, reverse=True)
    names = [n for n in names if len(n) > 3 or n.isupper()]
    # one trie-shaped alternation (the longest name at a position still wins): a flat one of thousands of names
    # tried every name at every position, 2 s per 200,000 characters
    return re.compile(r"\b(?:" + Trie().add(*(n.lower() for n in names)).pattern() + r")\b", re.I)


def province_key(name: str) -> str:
    """What two spellings of one province share ("Dnipropetrovsk Oblast", "Dnipropetrovsk")."""
    return geonames.fold(bare(name))


def same_province(a: str | None, b: str | None) -> bool:
    """Two spellings of one province ("Dnipropetrovsk Oblast", "Dnipropetrovsk")."""
    return a is not None and b is not None and province_key(a) == province_key(b)
