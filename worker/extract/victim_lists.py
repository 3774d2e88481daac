"""Subjects that list victims before a casualty verb ("two soldiers, one policeman and a worker were also killed").

A single regular expression for this shape nests a repeated item (NUM words PERSON words) inside a repeat, and
every split of "two soldiers three civilians ..." between the repetitions is a new path: with no verb at the end
the backtracking engine tries them all (seconds at 130 characters, minutes at 250). Here the sentence is cut into
word tokens once and the list is read right to left with one table entry per token, so the cost is linear in the
sentence whatever its words. The result is the match the old expression returned: the leftmost start, the chain
of items that the expression preferred (more items first, each item as short as possible), and the verb after it.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

_TOKEN = re.compile(r"[\w'’-]+|\S")
_WORD = re.compile(r"[\w'’-]+")
_BOUNDS = ("at least", "more than", "over", "nearly", "almost", "about", "around", "some", "up to", "as many as",
           "upwards of", "no fewer than", "no less than", "not less than")
_BOUND_FIRST: dict[str, list[str]] = {}
for _b in _BOUNDS:
    _BOUND_FIRST.setdefault(_b.split()[0], []).append(_b)
_STOP = re.compile(r"(?:were|was|and|are|have|had)\b", re.I)  # never inside the words after a victim noun
_AUX = (r"(?:(?P<aux>(?:were|was|have been|had been|has been|are|got|being|(?:have|has|had) (?:reportedly|allegedly|since|"
        r"now|so far|also) been)\s+)|(?:have|has|had)\s+)?")  # "had died": perfect, not passive
# "were yesterday feared killed", "were critically injured": at most two adverbs between auxiliary and verb
_ADVERB = (r"(?:(?:reportedly|allegedly|critically|seriously|severely|fatally|badly|again|later|reported|all|yesterday|briefly|"
           r"today|feared|believed|confirmed|presumed)\s+){0,2}")
_ASIDE_WORDS = frozenset({"including", "mostly", "mainly", "among"})
_PARTICIPLES = frozenset({"shot", "wounded", "injured", "hurt", "stabbed", "attacked", "abducted", "kidnapped"})
_PREPOSITIONS = frozenset({"in", "at", "on", "near", "by", "during", "outside", "inside"})
_RELATIVES = frozenset({"who", "that"})  # "three traders who were returning home were shot": the clause's own auxiliary
_CLAUSE_AUX = frozenset({"were", "was", "are", "have", "had"})
_MAX_ASIDE = 8  # words of an aside set off by commas: "three traders, all from Kano, were shot dead"
_MAX_MODIFIERS, _MAX_TRAILING = 3, 10  # words between the number and the noun; words after the noun
# words after the noun when they open a relative clause, whose object may run long: "four police officers who were
# guarding a polling station in the town of Wukari were killed"
_MAX_RELATIVE = 16
# a word that opens another clause inside the relative one: its subject and verb are that clause's, so the relative
# clause ends before it ("three men who were seen near the market shortly before four people were killed": the men
# were seen, the four were killed); a gerund after it stays the relative clause's ("who were returning after visiting")
_CLAUSE_OPENERS = frozenset({"before", "after", "when", "while", "until", "because", "although", "though", "whereas",
                             "as"})
# a word that opens a clause with a subject of its own ends a participle's reduced relative ("ten villagers displaced
# by the fighting where soldiers were killed": the soldiers' "were killed", not the villagers'); "as" does not, it is
# the participle's own ("identified by the police as members of ...")
_REDUCED_ENDS = (_CLAUSE_OPENERS - {"as"}) | frozenset({"where", "whereby", "who", "whom", "whose", "which", "that", "once",
                                                       "since", "if", "unless"})
# a hyphenated age, a modifier that holds a figure but counts no one: "two 16-year-old girls", "three 6-month-old babies"
AGE_WORD = re.compile(r"\d{1,3}-(?:years?|yrs?|months?|weeks?)-old", re.I)
SET_OWNERS = frozenset({"the", "those", "these", "his", "her", "their"})  # "two of (the) 20 hostages"
# words between a figure and a noun of the person lexicon that end its item or own the noun: "a farmer and his son"
NOT_MODIFIERS = frozenset({"and", "or", "his", "her", "their", "its", "of", "with", "who", "that", "which", "by", "in",
                           "at", "on", "near", "from", "to", "for"})


@dataclass(frozen=True)
class SubjectMatch:
    start: int
    end: int
    subj: str
    also: bool
    aux: bool = False  # "were killed" (passive: the subject is the victims) rather than "killed" alone


class Lister:
    """Finds victim-list subjects of one casualty verb (`verb`: the KILL/HURT/ARREST expression of casualties)."""

    def __init__(self, verb: str, num: str, person: str, not_verb: str,
                 is_person: Callable[[str], bool] = lambda w: False) -> None:
        self._verb = re.compile(r"\b" + verb + r"\b", re.I)
        self._tail = re.compile(_AUX + r"(?P<also>also\s+)?" + _ADVERB + verb + r"\b", re.I)
        self._num = re.compile(num, re.I)
        self._person = re.compile(person, re.I)
        self._is_person = is_person  # a noun of the person lexicon ("cousin", "nurses", "vigilantes")
        self._not_verb = re.compile(not_verb, re.I)

    def finditer(self, sentence: str) -> list[SubjectMatch]:
        """Non-overlapping matches left to right, as `re.finditer` of the old expression gave them."""
        if (first := self._verb.search(sentence)) is None:
            return []  # most sentences: no casualty verb of this kind, nothing to read
        return _Reader(self, sentence, first.start()).matches()


class _Reader:
    def __init__(self, lister: Lister, text: str, first_verb: int = 0) -> None:
        self.lx, self.text = lister, text
        self.first_verb = first_verb  # where the first casualty verb starts: no verb match starts before it
        self.toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.words = [bool(_WORD.fullmatch(text, a, b)) for a, b in self.toks]
        self.lower = [text[a:b].lower() for a, b in self.toks]

    # -- token helpers -------------------------------------------------------------------------------------------
    def _space_after(self, i: int) -> bool:
        """Whitespace right after token i (and another token after it)."""
        return i + 1 < len(self.toks) and self.toks[i + 1][0] > self.toks[i][1]

    def _phrase_end(self, i: int, phrase: str) -> int | None:
        """Index of the last token of `phrase` (words one space apart) starting at token i, else None."""
        parts = phrase.split(" ")
        j = i + len(parts) - 1
        if j >= len(self.toks) or not all(self.words[i + k] and self.lower[i + k] == p for k, p in enumerate(parts)):
            return None
        if any(self.toks[i + k + 1][0] != self.toks[i + k][1] + 1 or self.text[self.toks[i + k][1]] != " "
               for k in range(len(parts) - 1)):
            return None
        return j

    def _span_match(self, rx: re.Pattern[str], i: int, j: int) -> bool:
        return j < len(self.toks) and bool(rx.fullmatch(self.text, self.toks[i][0], self.toks[j][1]))

    def _nums(self, i: int) -> list[int]:
        """Last-token indices of a number starting at token i (longest first, as the alternation prefers)."""
        return [j for j in range(min(i + 2, len(self.toks) - 1), i - 1, -1)
                if self.words[i] and self._span_match(self.lx._num, i, j)]

    def _persons(self, i: int, mods: int = 0) -> list[int]:
        return [j for j in (i + 1, i) if self.words[i] and (self._span_match(self.lx._person, i, j)
                                                            or j == i and self._lexicon_person(i, mods))]

    def _lexicon_person(self, i: int, mods: int) -> bool:
        """A noun of the person lexicon that is no casualty verb ("shot" is also a marksman: never a victim noun),
        after modifiers that join or own nothing ("a farmer and his son": "son" is no noun of the figure "a"; an "of"
        right after the figure opens the set it counts)."""
        words = self.lower[i - mods:i] if mods else []
        if words[:1] == ["of"]:  # a partitive right after the figure: "a score of fishermen", "two of the herders"
            words = words[1:]
            if words[:1] and words[0] in SET_OWNERS:
                words = words[1:]  # its set's owner: "one of their two sons", "two of his four wives"
        return not self.lx._not_verb.match(self.lower[i]) and self.lx._is_person(self.lower[i]) \
            and not any(w in NOT_MODIFIERS for w in words)

    def _partitive_set(self, n_end: int, i: int) -> bool:
        """The figure at token i is the set a partitive right after the figure ending at `n_end` counts from: "two of
        the 20 hostages" are two, not twenty."""
        return i == n_end + 3 and self.lower[n_end + 1] == "of" and self.lower[n_end + 2] in SET_OWNERS

    def _plain_word(self, i: int) -> bool:
        return i < len(self.toks) and self.words[i] and not self.lx._not_verb.match(self.lower[i])

    # -- the grammar -----------------------------------------------------------------------------------------------
    def _items(self, i: int) -> list[tuple[int, bool]]:
        """(token index after the item and its separator, whether a bound word opened it), in preference order."""
        out: list[tuple[int, bool]] = []
        if i >= len(self.toks) or not self.words[i]:
            return out
        word = self.lower[i]
        if word not in _BOUND_FIRST and word not in ("all", "half") and not self.lx._num.fullmatch(word):
            return out  # most words open no item: neither a bound word nor the first word of a number
        starts = [(e + 1, True) for e in (self._phrase_end(i, b) for b in _BOUND_FIRST.get(word, ())) if e is not None
                  and self._space_after(e)] + [(i, False)]
        for n0, bounded in starts:
            for n_end in self._nums(n0) if n0 < len(self.toks) else []:
                if not self._space_after(n_end):
                    continue
                for mods in range(_MAX_MODIFIERS + 1):  # lazy: fewest words before the noun first
                    p0 = n_end + 1 + mods
                    if mods and (not self._plain_word(p0 - 1) or not self._space_after(p0 - 1)
                                 or (any(ch.isdigit() for ch in self.lower[p0 - 1])
                                     and not AGE_WORD.fullmatch(self.lower[p0 - 1])
                                     and not self._partitive_set(n_end, p0 - 1))):
                        break  # "A further 55 civilians": a figure is no modifier of "A", it is the count
                        # (a hyphenated age is a modifier: "two 16-year-old girls" are two)
                    for p_end in self._persons(p0, mods) if p0 < len(self.toks) else []:
                        out.extend((q, bounded) for q in self._after_person(p_end))
        return out

    def _after_person(self, p_end: int) -> list[int]:
        out: list[int] = []
        last = p_end
        aside = False  # "nine civilians including women and children were killed": the aside may join with "and"
        relative = False  # "three traders who were returning home were shot": the relative clause has its own "were"
        reduced = False  # "six suspects identified by police as members of ... were killed": a participle's phrase
        for extra in range(_MAX_RELATIVE + 1):  # lazy: fewest words after the noun first
            if extra > _MAX_TRAILING and not (relative or reduced):
                break
            if extra:
                nxt = last + 1
                if not self._space_after(last) or not (self._plain_word(nxt) or self._reduced_relative(extra, nxt)) \
                        or (_STOP.match(self.lower[nxt]) and not (aside and self.lower[nxt] == "and")
                            and not (relative and self.lower[nxt] in _CLAUSE_AUX)):
                    break
                if relative and self._opens_clause(nxt):
                    break
                if reduced and self.lower[nxt] in _REDUCED_ENDS:
                    break
                last = nxt
                aside = aside or self.lower[nxt] in _ASIDE_WORDS
                relative = relative or (extra == 1 and self.lower[nxt] in _RELATIVES)
                reduced = reduced or (extra == 1 and self._participle_phrase(nxt))
            out.extend(self._separators(last))
        return out

    def _participle_phrase(self, i: int) -> bool:
        """Token i, right after the victim noun, is a past participle before "by" or "as" that opens a reduced relative
        ("identified by the police as members of ...", "employed by a mining firm"): its phrase describes the victims
        and may run as long as a relative clause's (no auxiliary of its own: a "were" still ends it)."""
        return self.lower[i].endswith("ed") and i + 2 < len(self.toks) and self._space_after(i) \
            and self.lower[i + 1] in ("by", "as")

    def _opens_clause(self, i: int) -> bool:
        """Token i opens a clause of its own inside a relative clause: a subordinator not before a gerund."""
        return self.lower[i] in _CLAUSE_OPENERS and not (i + 1 < len(self.toks) and self.lower[i + 1].endswith("ing"))

    def _reduced_relative(self, extra: int, i: int) -> bool:
        """A participle right after the victim noun that a preposition follows describes the victims, it is not the
        sentence's verb: "two people shot in Zaria on Sunday later died", "a man wounded in the raid died"."""
        return extra == 1 and self.lower[i] in _PARTICIPLES and i + 2 < len(self.toks) and self._space_after(i) \
            and self.lower[i + 1] in _PREPOSITIONS

    def _separators(self, last: int) -> list[int]:
        """Token indices where the next item (or the verb) may start after an item ending at token `last`."""
        out: list[int] = []
        nxt = last + 1
        if nxt < len(self.toks) and self.lower[nxt] == "," and not self._grouping(nxt):
            if nxt + 1 < len(self.toks) and self.lower[nxt + 1] == "including":
                out.append(nxt + 2)
            out.append(nxt + 1)
            if (close := self._aside_end(nxt + 1, ",")) is not None:
                out.append(close + 1)
        if nxt < len(self.toks) and self.lower[nxt] == "(" and (close := self._aside_end(nxt + 1, ")")) is not None:
            out.append(close + 1)  # "three traders (all from Kano) were shot dead"
        if nxt < len(self.toks) and self.lower[nxt] == "and":
            out.append(nxt + 1)
        if self._space_after(last):
            out.append(nxt)
        return out

    def _grouping(self, comma: int) -> bool:
        """The comma at token `comma` groups the digits of one figure ("3,500"): digits touch it on both sides, so it
        separates no items."""
        return 0 < comma < len(self.toks) - 1 and self.lower[comma - 1].isdigit() and self.lower[comma + 1].isdigit() \
            and self.toks[comma - 1][1] == self.toks[comma][0] and self.toks[comma][1] == self.toks[comma + 1][0]

    def _aside_end(self, i: int, mark: str) -> int | None:
        """The closing mark (a comma, a bracket) of an aside opening at token i when the verb follows it: "three
        traders, who were from Kano, were shot", "two men, all from one family, died", "two guards (both from Jos)
        were killed". An aside has no casualty verb and no figure of people ("two soldiers, one policeman, and ..."
        is a list)."""
        for j in range(i, min(i + _MAX_ASIDE + 1, len(self.toks))):
            if self.lower[j] == mark:
                return j if j > i and self._tail(j + 1) is not None else None
            if not self.words[j] or self.lx._not_verb.match(self.lower[j]) or self._counts_people(j):
                return None
        return None

    def _counts_people(self, j: int) -> bool:
        """A figure at token j with a victim noun in the words after it ("one policeman", "two of the guards"): an
        item of a list ("all from one village" counts no one)."""
        return bool(self.lx._num.fullmatch(self.lower[j]) or self.lower[j].isdigit()) and any(
            self._persons(k) for k in range(j + 1, min(j + 1 + _MAX_MODIFIERS + 1, len(self.toks))))

    def _tail(self, q: int) -> re.Match[str] | None:
        return self.lx._tail.match(self.text, self.toks[q][0]) if q < len(self.toks) else None

    def _before_last_verb(self) -> int:
        """How many tokens begin before the end of the sentence's last casualty verb. A verb reached from an item
        starts at or after the item's next token, and every verb in the sentence starts before the end of the last
        match a left-to-right scan gives (one it skipped starts inside a match): an item on a later token reaches no
        verb, and is not read."""
        last = max((m.end() for m in self.lx._verb.finditer(self.text, self.first_verb)), default=0)
        return bisect.bisect_left(self.toks, (last, last))

    def matches(self) -> list[SubjectMatch]:
        n = len(self.toks)
        reading = self._before_last_verb()
        items = [self._items(i) if i < reading else [] for i in range(n)]
        after_item = {nq for found in items for nq, _ in found}  # the only tokens whose best is ever read
        if not after_item:
            return []  # no item: no list
        # best[q]: the verb reached from token q after at least one item, preferring another item to the verb
        best: list[tuple[int, re.Match[str]] | None] = [None] * (n + 1)
        for q in range(n - 1, -1, -1):
            found = next((best[nq] for nq, _ in items[q] if nq <= n and best[nq] is not None), None)
            if found is None and q in after_item and (m := self._tail(q)) is not None:
                found = (q, m)  # (a verb is tried only where an item ends: most tokens end none)
            best[q] = found
        out: list[SubjectMatch] = []
        pos = 0
        for i in range(n):
            reach = next(((nq, bounded) for nq, bounded in items[i] if nq < n and best[nq] is not None), None)
            if reach is None:
                continue
            start = self._start(i, reach[1], pos)
            if start is None:
                continue
            q, m = best[reach[0]]  # type: ignore[misc]
            out.append(SubjectMatch(start, m.end(), self.text[start:self.toks[q][0]], bool(m.group("also")),
                                   bool(m.group("aux"))))
            pos = m.end()
        return out

    def _start(self, i: int, bounded: bool, pos: int) -> int | None:
        """Where the old expression's match began: at the first word, or (with no bound word) at the end of the word
        before it when only spaces lie between (its `\\b` then `\\s*`); None when inside the previous match."""
        a = self.toks[i][0]
        if a < pos or not re.match(r"\w", self.text[a]):
            return None
        if not bounded and i and self.toks[i - 1][1] >= pos and re.match(r"\w", self.text[self.toks[i - 1][1] - 1]):
            return self.toks[i - 1][1]
        return a
