"""News agencies (data/wire_agencies.csv) and the wire dateline they mark, written in capitals ("KANO (AP) —") or,
as many sites print it, in title case ("Kano, Nigeria (AP) —"). An agency is who filed the story, never an actor in
it; the dateline is where the reporter was, a weak clue to the scene. Pure."""
from __future__ import annotations

import re
from functools import cache

from worker.extract.alternation import literal
from worker.extract.gazetteer import data_rows

_STRIP = re.compile(r"^(?:the\s+)|[\s()\[\],;:'\"‘’“”]+$|^[\s()\[\]'\"‘’“”]+", re.I)


@cache
def agencies() -> frozenset[str]:
    """The agencies' names, lower-case."""
    return frozenset(r["name"].strip().lower() for r in data_rows("wire_agencies.csv"))


def is_agency(text: str) -> bool:
    """Whether the words are only a news agency's name ("AP", "the Associated Press", "(Reuters)")."""
    return _STRIP.sub("", text.strip()).strip().lower() in agencies()


@cache
def _wire() -> str:
    """One agency or several ("AP/Reuters", "AFP, dpa") as a bracket writes them: the agency names, any case."""
    one = literal(agencies())
    return r"(?i:(?:" + one + r")(?:\s*[/,&]\s*(?:" + one + r"))*)"


_TITLE_WORD = r"[A-Z][\w'’.-]*"
_PARTICLE = r"(?:de|del|de la|de los|da|do|dos|das|du|des|el|la|le|al|ad|di)"  # the lower-case words inside town names


@cache
def title_dateline() -> re.Pattern[str]:
    """A title-case wire dateline opening a line ("Kano, Nigeria (AP) —", "Peshawar (Reuters) -"): a capitalised
    place of up to four words, an optional region or date after a comma, and a bracketed agency of the list, then a
    dash. Without the agency a capitalised opening ("Gunmen — armed with ...") is no dateline, so it is required."""
    place = _TITLE_WORD + r"(?:[ -](?:" + _PARTICLE + r" )?" + _TITLE_WORD + r"){0,3}"  # "Acatlán de Osorio"
    region = r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}"
    day = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # "Kano, Nigeria, Oct. 5 (AFP) —"
    return re.compile(r"^\s*(?P<place>" + place + r")(?:,\s*(?P<region>" + region + r"))?" + day + r"\s*\((?P<wire>"
                      + _wire() + r")\)\s*(?:--?|[—–:])\s")
