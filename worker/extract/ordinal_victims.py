"""A victim told by its rank in the toll: "two soldiers died and a third succumbed to his wounds" is three dead.

An ordinal after "a" ("a third", "a fourth victim") names one more victim whose rank is the toll itself: the dead
told before it plus one. The ordinal's value is read as a plain figure of the toll, so it stands beside the figure
before it (the larger wins) and is never added twice. Only "a" counts ("the second man was killed" may be one of
the people already told), and a noun after the ordinal must name a victim, not an attacker (data/role_words.csv
armed_nouns: "a third gunman was killed") or a thing ("a second blast"). The rank counts only when the same
sentence told the earlier dead before it and does not put the ranked victim in another event: "A fifth activist
was murdered" alone ranks a series of killings, "a third soldier was killed in a separate attack" belongs to
another event; both are one dead.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from worker.extract import number_words
from worker.extract.other_acts import armed_nouns



@lru_cache(maxsize=4)
def _pattern(verb: str) -> re.Pattern[str]:
    ordinals = "|".join(w for w, v in number_words.values("ordinal").items() if v > 1)
    return re.compile(r"\ban?\s+(?P<ord>" + ordinals + r")(?:\s+(?P<noun>[\w'’-]+))?\s+"
                      r"(?:(?:was|has|had|is)\s+)?(?:(?:later|also|since|subsequently|reportedly)\s+)?(?:been\s+)?"
                      r"(?:" + verb + r")\b", re.I)


# the ranked victim's clause puts it in another event than the dead told before it
_SEPARATE = re.compile(r"^[^;.]*?\b(?:separate|another|different|unrelated|earlier|later)\s+(?:[\w-]+\s+)?"
                       r"(?:attacks?|incidents?|raids?|ambush(?:es)?|blasts?|bombings?|shootings?|strikes?|clash(?:es)?|"
                       r"events?|assaults?)\b", re.I)


def separate(clause: str) -> bool:
    """The text from a ranked victim on tells another event ("a third soldier was killed in a separate attack")."""
    return bool(_SEPARATE.search(clause))


def _armed(noun: str) -> bool:
    """An attacker's noun (data/role_words.csv armed_nouns, the lexicon every reader of armed men shares): "a third
    gunman", "a second kidnapper"."""
    low = noun.lower()
    return low in armed_nouns() or low.rstrip("s") in armed_nouns()


# a verb that kills the people after it: "police shot dead a robber", "a strike killed an al-Shabaab commander"
_KILLED_BEFORE = (r"\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead|slew|gunned\s+down|eliminated|"
                  r"neutrali[sz]ed)\b")


def _ranks_armed_dead(before: str, noun: str) -> bool:
    """An armed noun ranks the dead when armed men of that noun were told killed before it ("police shot dead a
    robber ..., and a second robber was killed": two), not when the dead before were others ("two herders were shot
    dead and a third kidnapper was killed": one of the kidnappers)."""
    stem = noun.lower().rstrip("s")
    stem = stem[:-3] + "m[ae]n" if stem.endswith(("man", "men")) else stem + "s?"
    return re.search(_KILLED_BEFORE + r"[^.;]{0,60}?\b" + stem + r"\b", before, re.I) is not None


def ordinal_deaths(sentence: str, verb: str, is_person: Callable[[str], bool]) -> list[tuple[int, int, int]]:
    """(toll, start, end) of each ranked victim of `verb` ("and a third died": 3); the noun after the ordinal, if
    any, must be a person (`is_person`) and no attacker."""
    if " a" not in sentence.lower() and not sentence.lower().startswith("a"):
        return []
    out: list[tuple[int, int, int]] = []
    for m in _pattern(verb).finditer(sentence):
        noun = m.group("noun")
        if noun is not None and (not is_person(noun)
                                 or (_armed(noun) and not _ranks_armed_dead(sentence[:m.start()], noun))):
            continue
        if (n := number_words.values("ordinal").get(m.group("ord").lower())) is not None:
            out.append((n, m.start(), m.end()))
    return out
