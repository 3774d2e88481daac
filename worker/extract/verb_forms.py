"""The regular inflections of the verbs of data/role_words.csv (issue #13).

The parse runs without spaCy's lemmatizer (for speed), so a pattern that names a verb must list every form the news
writes: a hand-kept list always misses some ("stabs", "torturing", "strafed"). The data keeps the verbs as
written, and every word of a `*_verbs` list also brings its regular forms (-s, -ed, -ing, with the usual spelling
changes); irregular forms ("shot", "struck") stay written out. Forms that are no English word ("attackked") are
harmless: no text holds them. Pure.
"""
from __future__ import annotations

_VOWELS = set("aeiou")


def _doubles(verb: str) -> bool:
    """Whether a verb ends in one vowel and one consonant that English doubles before -ed/-ing ("stab" -> "stabbed",
    "kidnap" -> "kidnapped"); "w", "x" and "y" never double. Stress is unknown here, so the doubled form is added
    beside the plain one ("targeted"), and the one no text writes matches nothing."""
    return (len(verb) >= 3 and verb[-1] not in _VOWELS | set("wxy") and verb[-2] in _VOWELS
            and verb[-3] not in _VOWELS)


def forms(verb: str) -> set[str]:
    """The verb and its regular forms: third person, past and participle, present participle."""
    if not verb.isalpha() or len(verb) < 3 or verb.endswith(("ed", "ing")):
        return {verb}  # a form already ("killed", "shooting"), or a phrase's part
    out = {verb}
    if verb.endswith("e"):
        out |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2] not in _VOWELS:
        out |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    else:
        out |= {verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s"), verb + "ed", verb + "ing"}
        if _doubles(verb):
            out |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return out


def inflected(words: list[str]) -> list[str]:
    """The words of a verb list with every regular form of each, in the list's order, each once."""
    out: list[str] = []
    for w in words:
        out += [f for f in [w, *sorted(forms(w) - {w})] if f not in out]
    return out
