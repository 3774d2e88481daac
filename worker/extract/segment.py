"""Article text -> sentences with offsets, with boilerplate lines (related links, headlines, sidebars) left out.

Offsets always point into the original text, so evidence spans can be checked against it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Callable

from connectors.clean import rules as residue_rules
from worker.extract import number_words
from worker.extract.gazetteer import any_trigger
from worker.extract.wire_agencies import title_dateline
from worker.extract.alternation import literal
from worker.extract.unit_words import FIRST_LEVEL_WORDS

_SPLIT = re.compile(r"(?<=[.!?])(?P<close>[\"”’')\]]*)\s+(?=[\"“‘'(\[]?[A-Z0-9])")  # a closing quote stays with its sentence
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|St|No|Jr|Sr|Prof|Inc|Ltd|Co|vs|"
                     r"etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|Rs|Insp|Supt|Const|Brig|Ft|Mt|Fr|Rev|Hon|Cpl|Pvt|"
                     r"Adm|Cdr|Cmdr|Msgr|Dept|Govt|Univ|Ave|Blvd)"
                     r"|\b[A-Z](?:\.[A-Z])*)\.$")
_END_PUNCT = re.compile(r"[.!?:;\"”’')\]]\s*$")
# "KABUL, Oct 5 (Reuters) -", "LAGOS, October 5, 2025 /PRNewswire/ --": the town, a date (its year after a comma)
# and an agency in brackets or a newswire's slashes
_DATELINE = re.compile(r"^\s*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{2,40}?)(?:,\s*(?P<region>[A-Za-z0-9 .]{2,30}?)(?:,\s*\d{4})?)?\s*"
                       r"(?:\([^)]{1,40}\)|/[^/\n]{1,40}/)?\s*[:—–-]+\s")


MAX_SENTENCE_CHARS = 800  # news sentences stay under ~300; a longer "sentence" is a run-on, a list or no prose at all
_CUT = re.compile(r"\s+")


@dataclass(frozen=True)
class Sentence:
    index: int
    para: int
    start: int
    end: int
    text: str


def _boilerplate(line: str) -> bool:
    r = residue_rules()
    if any(p.search(line) for p in r.promo_line):
        return True
    words = line.split()
    # headline-like: short and without sentence punctuation (related-link titles, section names)
    return len(words) < 14 and not _END_PUNCT.search(line)


# words that cannot end a line of prose: a line that ends in one was wrapped ("killed five villagers in\nZaria"), and
# the last words of the phrases that bound a figure ("at least\n30", "an estimated\n30": number_words.bounds)
_OPEN_WORDS = frozenset("the a an of in on at to for from by with and or but near into onto after before during against as "
                        "that which who whose than its their his her several between outside inside across along under "
                        "were was had have has been is are".split()) | {p.split()[-1] for p in number_words.bounds()}
_OPEN_END = re.compile(r"\b(?:" + "|".join(sorted(_OPEN_WORDS)) + r")$", re.I)
_CONTINUES = re.compile(r"^[(\"“‘']?[a-z]")  # a line that opens in lower case goes on with the line before it


def _trimmed(line: str) -> str:
    """The line without what trails its prose: symbols, emoji, flags and format marks (a flag, a right-to-left mark
    after the full stop)."""
    end = len(line)
    while end and (line[end - 1].isspace() or unicodedata.category(line[end - 1])[0] in "SCMZ"):
        end -= 1
    return line[:end]


@cache
def _kind_word() -> re.Pattern[str]:
    """A place's kind word that ends the name before it ("State on Sunday", "Local Government Area,"): what follows
    it is punctuation, the line's end or a function word, never a content word ("State media said" opens a
    sentence)."""
    from worker.extract.place_words import KIND  # the place finders' kind words; segment stays importable alone
    return re.compile(r"(?=[A-Z])(?:" + KIND + "|" + literal(FIRST_LEVEL_WORDS + ("zone", "division"))
                      + r")(?=\s*$|\s*[,.;:)]|\s+(?:on|in|of|and|at|near|where|when|after|before|"
                      r"late|early|last|this|since|during|as|but|while|which|who|that)\b)", re.I)


def _name_goes_on(line: str, following: str) -> bool:
    """The line ends in a name the next line goes on with ("in Plateau\\nState", "in Bokkos\\nLocal Government
    Area", "by Boko\\nHaram"): a kind word, or a place or group name of the lexicons that runs across the break."""
    if not (line[-1:].isalpha() and line.split()[-1][:1].isupper() and following[:1].isupper()):
        return False
    if _kind_word().match(following):
        return True
    from worker.extract.gazetteer import groups  # the lexicons; segment stays importable alone
    from worker.extract.place_words import own_names
    tail, head = line[-40:], following[:40]
    joined = tail + " " + head
    return any(m.start() < len(tail) < m.end() and joined[m.start()].isupper()
               for rx in (own_names(), groups()[0]) for m in rx.finditer(joined))


# a figure after the line's last word
_FIGURE_START = re.compile(r"^[(\"“‘']?\d")
# a person's name (two to four capitalised words) or a title and a name ("Lawmaker Ahmed Khan") after the break
_NAME_START = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})")
# an active verb's form at the line's end ("killed", "shot dead", "gunned down"); after an auxiliary it is a passive
# whose victims came before it ("a man was killed\nMusa Ali ...": a new sentence may follow)
_PAST_END = re.compile(r"(?:[a-z]{2,}ed|shot|dead|down|slew|struck|hit)$")
_PASSIVE_END = re.compile(r"\b(?:was|were|been|being|is|are|be|got|gets|get)\s+(?:\w+ly\s+)?[\w\s]{0,20}$", re.I)


def _verb_goes_on(line: str, following: str) -> bool:
    """The line ends in an event verb without its victims, which the next line opens with: a figure ("Gunmen on
    Sunday killed\n12 villagers") or, after a violent doer, a person's name ("Gunmen on Sunday killed\nMusa Ali, a
    village head,"): a headline's verb has its count or victim before it ("Five killed", "Pastor shot dead"), and a
    passive ("was killed") has its victim before it."""
    from worker.extract import casualties  # the toll grammar; segment stays importable on its own
    from worker.extract.violent_doers import has_violent_doer  # a headline's bare participle has its victim before it
    if not line[-1:].islower():
        return False
    figure = bool(_FIGURE_START.match(following))
    if not figure and not (_PAST_END.search(line) and _names_person(following)):
        return False
    tail = line[-60:]
    verb = next((m for m in any_trigger().finditer(tail) if m.end() == len(tail)), None)
    if verb is None or (not figure and (_PASSIVE_END.search(tail[:verb.start()] + verb.group())
                                        or not _doer_subject(tail[:verb.start()], verb.group(), has_violent_doer))):
        return False
    return not casualties.counts(line, "killed") and not casualties.counts(line, "injured")


# the subject's end: an adjunct of place or time between it and its verb ("Bandits in Zamfara on Sunday abducted")
_SUBJECT_END = re.compile(r"\s+(?:in|on|at|near|around|outside|inside|from|yesterday|today|overnight|early|late|"
                          r"last|this|reportedly|allegedly)\b|,", re.I)


def _doer_subject(before: str, verb: str, has_violent_doer: Callable[[str, int, int], bool]) -> bool:
    """The words before the verb open with a violent doer as its subject, whatever adjuncts of place or time come
    between ("Gunmen on Sunday killed", "Bandits in Zamfara on Sunday abducted"): a headline's bare participle has
    its victim there instead ("Police officer killed", "Pastor shot dead")."""
    cut = _SUBJECT_END.search(before)
    probe = (before[:cut.start()] if cut else before.rstrip()) + " " + verb
    return has_violent_doer(probe, len(probe) - len(verb), len(probe))


def _names_person(following: str) -> bool:
    """The line opens with a person's name ("Musa Ali, a village head") or a person's title and a name ("Lawmaker
    Ahmed Khan"): no group, people, country or time (`named_victims.is_person_name`)."""
    from worker.extract.named_victims import is_person_name  # reads the lexicons: imported when needed
    from worker.extract.toll_phrases import is_person_noun
    m = _NAME_START.match(following)
    return m is not None and (is_person_name(m.group("name")) or is_person_noun(m.group("name").split()[0]))


def _wrapped(line: str, following: str) -> bool:
    """The line is hard-wrapped into `following` (feeds and plain-text sources break lines inside a sentence): it
    has no end punctuation and the next line opens in lower case, or the line ends in a comma or a word that cannot
    end one; or a name or an event verb goes on across the break (a fixed-width wrap before a capital or a
    figure)."""
    line = _trimmed(line)
    return bool(line and following) and not _END_PUNCT.search(line) \
        and bool(_CONTINUES.match(following) or _OPEN_END.search(line) or line.endswith(",")
                 or _name_goes_on(line, following) or _verb_goes_on(line, following))


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the text's lines with hard-wrapped ones joined: a newline inside a sentence reads as a
    space (same length, so offsets still point into the text). Linear: each physical line is read against the one
    before it and joined once at the end (re-reading the growing line made thousands of short lines quadratic)."""
    out: list[tuple[int, list[str]]] = []
    pos = 0
    last = ""
    for line in text.split("\n"):
        if out and line.strip() and _wrapped(last, line.strip()):
            out[-1][1].append(line)
        else:
            out.append((pos, [line]))
        last = line
        pos += len(line) + 1
    return [(start, " ".join(parts).replace("\r", " ")) for start, parts in out]


# a sentence end before anything but a lower-case word: a capital, a figure, an emoji ("... Sunday. 🚨 Full story")
_FRAGMENT_START = re.compile(r"(?<=[.!?])(?P<close>[\"”’')\]]*)\s+(?=[^\sa-z])")


def _sentence_head(line: str) -> str | None:
    """The line up to its last sentence end when what follows is a fragment ("... on Sunday. Read more"): the
    prose without it; None when the line has no sentence end before its last words."""
    ends = [m.end("close") for m in _FRAGMENT_START.finditer(line)
            if not _ABBREV.search(line[:m.end("close")].rstrip()[-40:].rsplit(None, 1)[-1].rstrip("\"”’')]"))]
    if not ends or not _boilerplate(line[ends[-1]:].strip()):
        return None
    return line[:ends[-1]].rstrip()


def _body_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of body lines; stops at a sidebar heading ("Opinion", "Editorial", "Related stories").
    Hard-wrapped lines are read as one; what trails a line's prose (an emoji, "Read more") is left out of it.
    A sentence followed on its line by words of a link ("Full story", "Click here") is a report only where the text
    has no plain prose line: a lone report or a digest of them; among an article's paragraphs it is a teaser of
    another story (or a list's numbered heading), left out."""
    r = residue_rules()
    out: list[tuple[int, str]] = []
    leads: list[tuple[int, str]] = []  # sentences before a link's words: kept only in a text without plain prose
    lines = _logical_lines(text)
    for i, (pos, line) in enumerate(lines):
        stripped = line.strip()
        start = pos + (len(line) - len(line.lstrip()))
        if not stripped:
            continue
        if i > len(lines) // 4 and len(stripped) <= 40 and any(p.search(stripped.rstrip(":")) for p in r.tail_heading):
            break
        if not _boilerplate(stripped):
            out.append((start, stripped))
        elif not any(p.search(stripped) for p in r.promo_line):
            head = _sentence_head(_trimmed(stripped))
            if head is None and not _boilerplate(_trimmed(stripped)):
                out.append((start, _trimmed(stripped)))  # prose that only symbols or marks trail
            elif head and not _boilerplate(head):
                leads.append((start, head))
    return out or leads


def sentences(text: str) -> list[Sentence]:
    """Sentences of the body, none longer than MAX_SENTENCE_CHARS: a run-on "sentence" (no full stop in a megabyte,
    a list of thousands of weapons) is cut at spaces, so that every per-sentence rule costs a bounded time."""
    out: list[Sentence] = []

    def add(para: int, start: int, piece: str) -> None:
        for a, b in pieces(piece):
            out.append(Sentence(len(out), para, start + a, start + b, piece[a:b]))

    for para, (offset, line) in enumerate(_body_lines(text)):
        begin = 0
        for m in _SPLIT.finditer(line):
            head = line[begin:m.end("close")].rstrip()
            if not head or _ABBREV.search(head[-40:].rsplit(None, 1)[-1].rstrip("\"”’')]")):
                continue
            add(para, offset + begin, head)
            begin = m.end()
        piece = line[begin:].rstrip()
        if piece:
            add(para, offset + begin, piece)
    return out


def pieces(sentence: str, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """[start, end) pieces of at most `limit` characters, cut at the last space of each window (in its second
    half), or hard when there is none (Chinese, a run of NUL bytes)."""
    if len(sentence) <= limit:
        return [(0, len(sentence))]
    out: list[tuple[int, int]] = []
    a = 0
    while len(sentence) - a > limit:
        cut = None
        for m in _CUT.finditer(sentence, a + limit // 2, a + limit + 1):
            cut = m
        b, nxt = (cut.start(), cut.end()) if cut is not None and cut.start() > a else (a + limit, a + limit)
        out.append((a, b))
        a = nxt
    if a < len(sentence):
        out.append((a, len(sentence)))
    return out


# where a sentence may join two reports; ", and a week later another attack killed 47" joins a second one (an event
# noun: "one blew herself up ..., and another bomber detonated explosives" pairs the attackers of one event)
CLAUSE_CUT = re.compile(r"(?:,\s+(?:while|whereas)|;)\s+|,\s+and\s+(?=(?:[\w-]+\s+){0,4}?another\s+(?:[\w-]+\s+)?"
                        r"(?:attack|bombing|blast|explosion|raid|ambush|strike|air ?strike|shooting|massacre|assault|"
                        r"car bomb)s?\b)")
# "while" before a preposition or a participle ("while on his way home", "while travelling") opens an adjunct of the
# same report unless what follows tells its own violence ("while in Zamfara bandits abducted 20"); so does a pronoun
# with a form of "be" ("while he was on air", "while they were praying"): what the victims were doing at the time
_ADJUNCT = re.compile(r",\s+while\s+(?:on|in|at|from|to|inside|near|under|during|being|[a-z]+ing|"
                      r"(?:he|she|they|we|I|you)\s+(?:was|were|is|are)\b)\b")


def clauses(s: Sentence) -> list[Sentence]:
    """A sentence cut where it joins two reports ("Shots were reported in Tumba, while there was a blast in
    Skarpnack"): each side may be its own incident. Both sides keep the sentence's index and paragraph."""
    out: list[Sentence] = []
    begin = 0
    for m in CLAUSE_CUT.finditer(s.text):
        head, rest = s.text[begin:m.start()], s.text[m.end():]
        if _ADJUNCT.match(s.text, m.start()) and not any_trigger().search(rest):
            continue
        part = rest[:next((n.start() for n in CLAUSE_CUT.finditer(rest)), len(rest))]
        if toll_only(part) or _SAME_EVENT.search(part):
            continue  # "police fired on the crowd; at least five died", "...; two died in the ensuing gunfight"
        if len(head.split()) >= 4 and len(rest.split()) >= 4:
            out.append(Sentence(s.index, s.para, s.start + begin, s.start + m.start(), head))
            begin = m.end()
    if not out:
        return [s]
    out.append(Sentence(s.index, s.para, s.start + begin, s.end, s.text[begin:]))
    return out


# a part that points back at the event just told: "killed in the ensuing gunfight", "the resulting stampede"
# a part that breaks down the dead or wounded just counted: "; the other nine were cartel gunmen", "; the rest were"
_SAME_EVENT = re.compile(r"\b(?:the|this|that) (?:ensuing|subsequent|resulting|retaliatory|same)\b|"
                         r"^(?:the (?:other|remaining)|the rest|most|many|some|all|two|three|four|five|six|seven|eight|"
                         r"nine|ten|\d+) (?:[\w-]+ )?of (?:them|the (?:dead|victims|wounded|injured))\b|"
                         r"^(?:the (?:other|remaining)(?: [\w-]+)?|the rest) (?:were|was)\b",
                         re.I)


# a part's own setting: a named place or a day ("on Tuesday, three died in Gao" is another report's toll)
_OWN_SETTING = re.compile(r"\b(?:in|at|near|on)\s+(?-i:[A-Z])|\b(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|"
                          r"sun)day|january|february|march|april|may|june|july|august|september|october|november|"
                          r"december)\b", re.I)


def toll_only(part: str) -> bool:
    """A part that counts dead or wounded with no event word, place or day of its own tells no second report. The
    day of a statement ("Eleven soldiers died, the army said on Saturday") is the speaker's, not the dead's own."""
    from worker.extract import casualties, dates  # the toll and day grammars; segment stays importable on its own
    if any_trigger().search(part) or not (casualties.counts(part, "killed") or casualties.counts(part, "injured")):
        return False
    if not _OWN_SETTING.search(part):
        return True
    unsaid = part
    for x in dates.find(part, None):
        if x.reporting:  # blanked in place: offsets stay those of `part`
            unsaid = unsaid[:x.start] + " " * (x.end - x.start) + unsaid[x.end:]
    return not _OWN_SETTING.search(unsaid)


def _dateline_match(line: str) -> re.Match[str] | None:
    """A wire dateline opening the line: in capitals ("KABUL (Reuters) -"), in title case with an agency of the
    list ("Kano, Nigeria (AP) —", see wire_agencies), or in title case without one when the name is a town of
    some size the gazetteer knows ("Aden — Six bodyguards ...": a capitalised subject before a dash is no town)."""
    m = _DATELINE.match(line) or title_dateline().match(line)
    if m is None and (m := _TOWN_DASH.match(line)) is not None:
        from worker.extract.gazetteer import places  # the gazetteer only when a line opens so
        known = places().get(m.group("place").lower())
        if known is None or known.kind != "city" or (known.population or 0) < _DASHED_TOWN:
            return None
    return m


# "Addis Ababa — Fighters ...": a title-case town of up to three words, a region after a comma, then a long dash
_TOWN_DASH = re.compile(r"^\s*(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})(?:,\s*(?P<region>[A-Z][\w.'’]*"
                        r"(?:\s+[A-Z][\w.'’]*){0,2}))?\s+(?:[—–]|--)\s+(?=[A-Z0-9])")
_DASHED_TOWN = 20_000  # people: a smaller namesake of a capitalised opening word is no dateline


def dateline(text: str) -> tuple[str, int, int] | None:
    """The dateline place of the first body line ("KARACHI:", "KABUL (Reuters) -"), with its offsets."""
    body = _body_lines(text)
    if not body:
        return None
    offset, line = body[0]
    m = _dateline_match(line)
    if not m:
        return None
    return m.group("place").strip().title(), offset + m.start("place"), offset + m.end("place")


def dateline_region(text: str) -> str | None:
    """What the dateline writes after its town ("KUTA, Nigeria —", "BANGOR, Maine (AP) —"): the country or province
    that says which of the town's namesakes it is; None when it writes none."""
    body = _body_lines(text)
    m = _dateline_match(body[0][1]) if body else None
    return m.group("region").strip() if m and m.group("region") else None
