"""A figure re-told by the items after its comma: "two people, a woman and her grandson, were killed" is two.

Reports often give a total and then, in an apposition, who the dead were: "four members of one family, a woman and
her three children", "five people, a farmer and four farm workers", "one person, a Muslim youth, was found dead".
A list reader that adds every item after a comma counts them twice (four, eight, two). The items re-tell the head
figure when all of these hold: they follow the head item after a comma (no joining word), their people add up to
the head figure exactly, the head noun is an umbrella noun (data/umbrella_nouns.csv: "people", "members",
"victims"), and no item is of another side than the head noun (data/victim_groups.csv: "two civilians, a soldier
and a policeman" are four). A list after a noun that is no umbrella ("two soldiers, a policeman and a worker, were
killed") stays a sum: a closing comma alone is no evidence of an apposition, lists are closed by commas too.
An item that opens with a word pointing back at the whole set ("both", "all", "all three") re-tells the head whatever
its noun: "two men, both farmers", "three soldiers, all three 20-year-old conscripts" are two and three.
An umbrella of the young ("children") is re-told by children only: "three children, two women and a man" are six
(data/adult_nouns.csv: the grown-ups).
"""
from __future__ import annotations

import re
from functools import lru_cache

from worker.extract import victim_groups
from worker.extract.gazetteer import data_rows

_WORD = re.compile(r"[\w'’-]+")
# the gap between the head item and the first re-telling item: a comma, the head noun's own words before it ("of one
# family"), no joining word
_GAP = re.compile(r"(?:\s+(?!(?:and|or|as|plus|along|together|with)\b)[\w'’-]+){0,4}\s*,\s*$", re.I)
# the first word of an item that points back at the set told before it: "two men, both farmers"
_BACK = re.compile(r"\s*(?:both|all)\b", re.I)


@lru_cache(maxsize=1)
def umbrella_nouns() -> frozenset[str]:
    """Nouns whose figure is a whole that items after it may describe (data/umbrella_nouns.csv)."""
    return frozenset(r["noun"].strip().lower() for r in data_rows("umbrella_nouns.csv") if r["noun"].strip())


@lru_cache(maxsize=1)
def adult_nouns() -> frozenset[str]:
    """Nouns of grown-ups (data/adult_nouns.csv): no item of an umbrella of children ("children", "kids")."""
    return frozenset(r["noun"].strip().lower() for r in data_rows("adult_nouns.csv") if r["noun"].strip())


# umbrella nouns of the young: their items are children too, never "a woman" or "their mother"
_YOUNG = frozenset({"children", "kids", "minors", "youngsters"})


@lru_cache(maxsize=1)
def gendered_nouns() -> dict[str, str]:
    """Nouns of one sex ("men": male, "mother": female; data/gendered_nouns.csv)."""
    return {r["noun"].strip().lower(): r["gender"].strip() for r in data_rows("gendered_nouns.csv") if r["noun"].strip()}


# umbrella nouns of one sex ("three men, a farmer and his two brothers" are three): no umbrella for an item of the
# other sex ("two men, a woman and a child" are four)
_SEXED_UMBRELLAS = frozenset({"men", "women"})


@lru_cache(maxsize=1)
def sex_classes() -> frozenset[str]:
    """Nouns that name an age/sex class, not a member of a set ("boys", "an old man"; the `class` column of
    data/gendered_nouns.csv): "three men, two boys and an old man" lists classes, it re-tells no one."""
    return frozenset(r["noun"].strip().lower() for r in data_rows("gendered_nouns.csv") if r["class"].strip() == "yes")


def restates(head: int, parts: list[int], head_words: str, gap: str, items: str) -> bool:
    """The items (`parts`: their people) after the head figure `head` re-tell it. `head_words`: the words of the
    head item after its figure ("people", "members of one family"); `gap`: the text from the head item's noun to the
    first item; `items`: the text of the items themselves."""
    if not parts or sum(parts) != head or not _GAP.fullmatch(gap):
        return False
    if _BACK.match(items):
        return True  # "two journalists, both reporters for a local radio": the pair told again
    words = [w.group().lower() for w in _WORD.finditer(head_words + " " + gap)]
    if (sexed := [w for w in words if w in _SEXED_UMBRELLAS]) and not any(w in umbrella_nouns() for w in words):
        sex = gendered_nouns()[sexed[0]]
        item_words = [w.group().lower() for w in _WORD.finditer(items)]
        told = [gendered_nouns().get(w) for w in item_words]
        # every item's noun of the head's sex or of none ("a farmer"), and one at least that says it ("his brothers");
        # an item that is a class of its own ("two boys", "an old man") is another set, not a member of the head's
        return all(t in (None, sex) for t in told) and sex in told and not any(w in sex_classes() for w in item_words)
    if not any(w in umbrella_nouns() for w in words):
        return False
    if any(w in _YOUNG for w in words) and any(w.group().lower() in adult_nouns() for w in _WORD.finditer(items)):
        return False  # "three children, two women and a man": grown-ups are other people than the children
    sides = {victim_groups.group_of(w) for w in words} - {victim_groups.ANY}
    side = sides.pop() if len(sides) == 1 else victim_groups.ANY
    if side == victim_groups.ANY:
        return True  # "two people, a soldier and a policeman": people of any side
    # "two civilians, a soldier and a policeman": items of another side are other people
    return all(victim_groups.group_of(w.group()) in (side, victim_groups.ANY) for w in _WORD.finditer(items))


# an aside set off by brackets or dashes right after a figure's noun: "nine people (six women and three children)",
# "nine people - six women and three children -", "nine people—six women and three children—"
_BRACKETED = re.compile(r"\s*\((?P<p>[^()]{1,80})\)|\s+[-–—]\s+(?P<d>[^-–—;.]{1,80}?)\s+[-–—](?=\s)|"
                        r"\s*—(?P<e>[^—;.]{1,80}?)—", re.I)
# an aside that tells something else than who the people were: a verb, a speaker, a join that adds people
_NOT_PEOPLE = re.compile(r"\b(?:were|was|is|are|had|have|has|said|says|told|according|reported|killed|died|injured|"
                         r"wounded|hurt)\b|^\s*(?:and|or|plus|as well as|along with|together with)\b", re.I)
_JOINS = frozenset({"and", "or", "plus", "with", "in", "at", "on", "by", "from"})


def blank_bracketed(text: str, num: re.Pattern[str], verbs: str = "") -> str:
    """The text with each bracketed or dashed list of the people a figure counts turned into spaces (offsets kept):
    "Five people (three women and two men) were shot dead" reads as "Five people were shot dead". The aside must
    follow a figure and at most four words of its noun, hold a figure or an article of its own, and tell no verb:
    neither one of _NOT_PEOPLE nor one of `verbs` (the caller's death and injury phrases: "— two civilians also
    perished —" tells more dead, not who the figure's people were)."""
    told = re.compile(r"\b(?:" + verbs + r")\b", re.I) if verbs else None
    if "(" not in text and "-" not in text and "–" not in text and "—" not in text:
        return text
    spans: list[tuple[int, int]] = []
    for m in _BRACKETED.finditer(text):
        inside = m.group("p") or m.group("d") or m.group("e") or ""
        if _NOT_PEOPLE.search(inside) or (told is not None and told.search(inside)):
            continue
        words = _WORD.findall(text[max(0, m.start() - 60):m.start()])[-5:]
        # a figure (no article) and one to four words of its noun, none of them a join or a verb of the clause
        heads = [i for i, w in enumerate(words[:-1]) if num.fullmatch(w) and w.lower() not in ("a", "an")]
        if not heads or any(w.lower() in _JOINS or _NOT_PEOPLE.search(w) for w in words[heads[-1] + 1:]):
            continue
        if any(num.fullmatch(w) for w in _WORD.findall(inside)):
            spans.append((m.start(), m.end()))
    if not spans:
        return text
    out = list(text)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)
