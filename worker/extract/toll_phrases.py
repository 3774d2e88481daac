"""The grammar around a count that decides whose count it is and how far it reaches, for `casualties`.

A figure after the verb may head a coordinated object ("killed three children and three adults"); "left N people
wounded" counts the wounded, not the dead; a noun can carry the toll ("21 confirmed dead", "one fatality", "the
deaths of 12 people"); a clause about another event ("hours after ten people were killed in ...") holds that
event's toll; an aside ("six civilians, including children, were killed") interrupts a subject without adding to
it. Every expression here is linear: bounded repetitions only, no nested unbounded quantifier.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from worker.extract import manner_of_death, number_words, types
from worker.extract.gazetteer import cues, data_rows, rows_pattern

def _column(file: str, name: str) -> frozenset[str]:
    """The lower-case values of one column of a data file."""
    return frozenset(r[name].strip().lower() for r in data_rows(file) if r[name].strip())


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Singular nouns of people a toll can be about ("killed the pastor"): data/person_nouns.csv (WordNet's people and
    hand rows, built by scripts/build_noun_lexicons.py)."""
    return _column("person_nouns.csv", "noun")


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    """Abbreviated titles before a name ("Fr.", "Cpl.", "Insp."): data/name_titles.csv, lower case."""
    return _column("name_titles.csv", "abbreviation")


_TITLE_DOT = re.compile(r"\b(?P<title>[A-Z][a-z]{1,4})\.(?=\s+[A-Z])")


def plain_titles(sentence: str) -> str:
    """The sentence with the stop of an abbreviated title before a name turned into a space (offsets kept): "shot
    dead Fr. John Okafor" reads as a title and a name, as "Father John Okafor" does (the titles are person nouns)."""
    return _TITLE_DOT.sub(lambda m: m.group("title") + (" " if m.group("title").lower() in title_abbreviations() else "."),
                          sentence) if "." in sentence else sentence


@lru_cache(maxsize=1)
def animal_nouns() -> frozenset[str]:
    """Nouns of animals ("cattle", "goat", "dog"), never a toll's victims: data/animal_nouns.csv (WordNet's, built by
    scripts/build_noun_lexicons.py)."""
    return _column("animal_nouns.csv", "noun")


def is_animal_noun(word: str) -> bool:
    """A noun of the animal lexicon, singular or plural ("goat", "goats", "sheep", "oxen", "buffaloes", "geese":
    "rhinoceroses": the "-es" plurals are read here, the irregular ones are hand rows)."""
    low = word.lower()
    return _in_lexicon(low, animal_nouns()) or (low.endswith(("oes", "ses", "xes", "ches", "shes"))
                                                and low[:-2] in animal_nouns())


# plural endings and their singular ("sons", "wives", "thieves", "ladies", "fishermen", "grandchildren", "oxen")
_PLURALS = (("s", ""), ("ves", "fe"), ("ves", "f"), ("ies", "y"), ("men", "man"), ("ren", ""), ("en", ""),
            ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x"))  # "witches", "bosses": -es after a sibilant


@lru_cache(maxsize=1 << 16)
def is_person_noun(word: str) -> bool:
    """A noun of the person lexicon, singular or plural ("son", "sons", "wives", "fishermen"), or an abbreviated
    title ("Cpl"). Cached per word (the lexicons are fixed): the toll readers ask it of every word they pass."""
    return _in_lexicon(word, person_nouns()) or word.lower() in title_abbreviations()


_SIBILANT = 7  # the -ches/-shes/-sses/-xes rows of _PLURALS: a thing's plural too ("coaches", data/thing_plurals.csv)


@lru_cache(maxsize=1)
def _thing_plurals() -> frozenset[str]:
    """Plurals after a sibilant whose singular is a person noun but which name a thing ("coaches": buses), read
    from data/thing_plurals.csv."""
    return frozenset(r["plural"].strip().lower() for r in data_rows("thing_plurals.csv"))


def _in_lexicon(word: str, nouns: frozenset[str]) -> bool:
    low = word.lower()
    rules = _PLURALS[:_SIBILANT] if low in _thing_plurals() else _PLURALS
    if low in nouns or any(low.endswith(a) and low[:len(low) - len(a)] + b in nouns for a, b in rules):
        return True
    # a hyphenated compound takes the plural on its head, the first part ("passers-by"); a head of the lexicon
    # before a rest of it is a person too ("sons-in-law": "son" and "in-law")
    head, hyphen, rest = low.partition("-")
    return bool(hyphen) and any(head.endswith(a) and (head[:len(head) - len(a)] + b + hyphen + rest in nouns
                                                      or (head[:len(head) - len(a)] + b in nouns and rest in nouns))
                                for a, b in (("", ""), *rules))


# ", including children,", ", mostly women and children,", ", six of them children,": it only interrupts the subject
# (or ends the sentence: "killed five people, including a farmer and his son.")
# ("killed three traders, who were from Kano, and a driver": a relative clause about people is an aside too)
@lru_cache(maxsize=1)
def part_openers() -> str:
    """An alternation of the words that open a description of people a figure has counted ("including", "mostly",
    "among them": data/part_openers.csv), longest first; no group, no word boundary."""
    return number_words.phrases_alternation(r["phrase"].strip().lower() for r in data_rows("part_openers.csv"))


@lru_cache(maxsize=1)
def part_closers() -> str:
    """An alternation of the words that close an aside about people a figure has counted (", a soldier among them,":
    data/part_closers.csv), longest first; no group, no word boundary."""
    return number_words.phrases_alternation(r["phrase"].strip().lower() for r in data_rows("part_closers.csv"))


# an aside's words: one stretch up to its closing comma, or a list whose last item is joined by "and" (", including
# a farmer, his wife and three sons,"); a list item holds no verb, so a new clause after a comma is no item
_LIST_CHAR = r"(?:(?!\s(?:were|was|is|are|had|have|has|said|says|told|killed|died|injured|wounded|and)\b)[^,;:.()])"
_ASIDE_WORDS = (r"(?:" + _LIST_CHAR + r"{1,60},\s*){1,4}" + _LIST_CHAR + r"{1,60}\sand\s" + _LIST_CHAR + r"{1,60}|"
                r"[^,;:.()]{1,60}")
_ASIDE = re.compile(r",\s*(?:" + part_openers() + r"|who|(?P<part>[\w-]+ of (?:them|whom)))"
                    r"\s+(?P<words>" + _ASIDE_WORDS + r")(?:,|(?=[.!?]?\s*$))")  # or the sentence's end
# an aside whose part word closes it: ", a soldier among them,", ", two children among the dead,"
_CLOSED_ASIDE = re.compile(r",\s*(?P<words>(?:(?!\s(?:were|was|is|are|had|have|has|said|says|told|killed|died|injured|"
                           r"wounded|and)\b)[^,;:.()]){1,60}?)\s+(?:" + part_closers() + r")(?:,|(?=[.!?]?\s*$))", re.I)
_WORD = re.compile(r"[\w'’-]+")
_NOT_A_FIGURE = frozenset({"a", "an", "him", "her", "another", "both"})
_STATE_WORD = re.compile(r"\b(?:fatally|killed|dead|died|injured|wounded|hurt|critically|seriously)\b", re.I)


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans turned into spaces (offsets kept). Slices between the merged spans, not a test of
    every character against every span: the worst bench record asks it 10,000 times."""
    if not spans:
        return text
    out, pos, n = [], 0, len(text)
    for a, b in sorted((max(a, 0), min(b, n)) for a, b in spans):
        a = max(a, pos)
        if a < b:
            out += [text[pos:a], " " * (b - a)]
            pos = b
    out.append(text[pos:])
    return "".join(out)


def blank_asides(sentence: str, num: re.Pattern[str]) -> str:
    """The sentence with asides turned into spaces (offsets kept), so the subject reads through them: an aside with
    no figure, or one that parts a figure just told ("Six people, among them two police officers, were hurt")."""
    def figure_in(words: list[str]) -> bool:
        return any(num.fullmatch(w) and w.lower() not in _NOT_A_FIGURE for w in words)

    def blank(m: re.Match[str]) -> str:
        before = _WORD.findall(sentence[max(0, m.start() - 60):m.start()])[-5:]
        words = m.group("words").split() + (m.group("part").split()[:1] if m.groupdict().get("part") else [])
        if (figure_in(words) and not figure_in(before)) or _STATE_WORD.search(m.group("words")):
            # "Civilians, six of them children, ...": the six stand; ", three of them fatally,": a toll of its own
            return m.group()
        return " " * len(m.group())
    return _CLOSED_ASIDE.sub(blank, _ASIDE.sub(blank, sentence))


# ", aged between 20 and 45,", ", both aged 17,", "two brothers, 17 and 19, were": ages set off by commas
# ", aged 4, 7 and 9,": a list of ages whose own commas are inside the aside; ", aged over 60,": one age
_AGED_COMMAS = (r",\s*(?:(?:all |both |each )?aged|ages)\s+(?:between\s+|from\s+)?\d{1,3}(?:\s*(?:,|and|or|to|-|–|&)\s*"
                r"\d{1,3}){1,30}(?:\s+years?(?:\s+old)?)?\s*,|"
                r",\s*(?:(?:all |both |each )?aged\s+(?:between\s+|from\s+|under\s+|over\s+)?|ages\s+)[^,;:.()]{1,40},")
_AGED_ASIDE = re.compile(_AGED_COMMAS, re.I)
_AGE_ASIDE = re.compile(_AGED_COMMAS + r"|"
                        r",\s*\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2}){0,30}\s*,(?=\s*(?:were|was|had|have|has|who)\b)|"
                        # "two men aged 25 and 30 were killed": without commas, figures only, and no victims after
                        # the last ("a man aged 40 and 12 others": the twelve are victims)
                        r"\b(?:(?:all |both |each )?aged|ages)\s+(?:between\s+|from\s+|under\s+|over\s+)?\d{1,3}"
                        r"(?:\s*(?:,|and|or|to|-|–|&)\s*\d{1,3}(?!\s+(?:[\w'’-]+\s+)?(?:others?|people|persons|more)\b)){0,4}"
                        r"(?:\s+years?(?:\s+old)?)?|"
                        # "a man in his 40s", "two women in their early twenties": an age by its decade
                        r"\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?(?:[1-9]0['’]?s|teens|twenties|thirties|"
                        r"forties|fifties|sixties|seventies|eighties|nineties)\b", re.I)
# a clock time: "at 5:30", "10.45 pm", "2 a.m.": its figures count no one
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?:\s*(?:a\.?m\.?|p\.?m\.?|hrs|GMT|local time))?|"
                    r"\b\d{1,2}\s*(?:a\.m\.?|p\.m\.?|am|pm|hrs|o'clock)(?!\w)", re.I)

# a date's day: "on March 2", "2 March", "the 3rd of May": a day of the month counts no one ("those wounded on March 2
# succumbed": not two dead)
_MONTH = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
          r"Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)\b(?!\s+(?:people|persons|of)\b)|"
                        r"\b(?P<day2>(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)\s+(?:of\s+)?" + _MONTH + r"(?!\w)", re.I)

# the other end of a range of days: "the night of March 14 to 15", "the clashes of 1 to 3 March" (the day told with
# its month is _MONTH_DAY's)
_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_DAY_RANGE = re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\s*(?:to|-|–)\s*(?P<end>" + _DAY + r")\b(?!\s+(?:people|persons|of)\b)|"
                        r"\b(?P<start>" + _DAY + r")\s*(?:to|-|–)\s*" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?!\w)", re.I)

# a bare figure set off by commas right after a person: "a man, 45, and his son, 12,", "Musa Ali, 45, and ..."
# ("Musa Ali (45) and his two sons (12 and 9)": or in brackets)
_AGES = r"\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3}){0,4}"
_FIGURE_ASIDE = re.compile(r"(?P<who>[\w'’-]+)\s*(?P<age>,\s*" + _AGES + r"\s*,|\(\s*" + _AGES + r"\s*\))")
OLDEST = 120


def blank_ages_and_times(sentence: str) -> str:
    """The sentence with ages ("aged 25 and 30", set off by commas or not; "a man, 45, and his son, 12,"), clock
    times and the days of dates ("on March 2", both ends of "March 14 to 15") turned into spaces (offsets kept): "Six people, aged between 20 and 45, were shot dead" counts six, "the
    blast at 5:30 killed two" counts two, "killed a man, 45, and his son" two."""
    spans = [m.span() for rx in (_AGE_ASIDE, _CLOCK) for m in rx.finditer(sentence)] + _name_ages(sentence)
    spans += [m.span("day") if m.group("day") else m.span("day2") for m in _MONTH_DAY.finditer(sentence)
              if m.group("day2") or not _counts_people(sentence, m)]
    spans += [m.span("end") if m.group("end") else m.span("start") for m in _DAY_RANGE.finditer(sentence)]
    return blank_spans(sentence, spans)


def _name_ages(sentence: str) -> list[tuple[int, int]]:
    """The ages set off after a name or a person's noun ("Musa Ali, 45,", "his son (12)")."""
    return [m.span("age") for m in _FIGURE_ASIDE.finditer(sentence) if _names_a_person(m.group("who"))
            and all(int(n) <= OLDEST for n in re.findall(r"\d+", m.group("age")))]


def blank_name_ages(sentence: str) -> str:
    """The sentence with the ages after names blanked (offsets kept), read before asides are: "Ana Lopez, 41, who
    ran a school, was shot dead" would lose the comma that closes the age to the who-aside, and the age read as the
    dead. The comma before the age stays ("The village chief,    who ...,") so the aside after it is still read as one
    (the whole span for a bracket). A plural noun's figure is a count, not an age ("Of the guests, 17, who had
    stayed, had been killed")."""
    spans = [(a, b) for a, b in _name_ages(sentence) if not _PLURAL_BEFORE.search(sentence, 0, a)]
    if "age" in sentence:  # "Three men, aged 20, 25 and 31, who worked at the mine, were shot dead": the list too
        spans += [m.span() for m in _AGED_ASIDE.finditer(sentence)]
    return blank_spans(sentence, [(a + 1 if sentence[a] == "," else a, b) for a, b in spans])


# "the guests, 17," (a lower-case plural) or "In Ogossagou, 12," (a place after a preposition): a count, not an age;
# "Ana Lopez, 41," is a name's age
_PLURAL_BEFORE = re.compile(r"\b[a-z]+s\s*$|\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]f)\s+(?:the\s+)?[\w'’-]+\s*$")


_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.I)
_WORDS_AFTER = re.compile(r"(?:\s+[\w'’-]+){1,3}")


def _counts_people(sentence: str, m: re.Match[str]) -> bool:
    """A month's figure that heads people ("In March 12 soldiers were killed": the month alone, then twelve soldiers)
    is a count, not a day, unless an "on" before the month makes it a date ("on March 12 soldiers ..."): a person
    noun within the three words after it, with no other figure between."""
    if _ON_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
        return False
    after = _WORDS_AFTER.match(sentence, m.end("day"))
    for w in (after.group().split() if after else []):
        if w[:1].isdigit() or number_words.value(w) is not None:
            return False  # "since May 5 three soldiers have died": the three are the count, the 5 a day
        if is_person_noun(w):
            return True
    return False


def _names_a_person(word: str) -> bool:
    """A person's noun ("son", "sons") or a capitalised word, the end of a name ("Musa Ali"): a figure set off by
    commas after it is an age, never a count of other people."""
    return word[:1].isupper() or is_person_noun(word)


# where a clause about another event begins: "just hours after", "comes a week after", "since", "echoes"
_OTHER_EVENT = re.compile(r"\b(?:(?:hours|days|weeks|months|years|a day|a week|a month|one week|two weeks)\s+"
                          r"(?:after|before)|(?:comes?|came)\s+(?:\w+\s+){0,3}?after|echoe?s|since|unlike|"
                          r"(?:previous|earlier|last)\s+(?:attacks?|bombings?|blasts?|incidents?))\b", re.I)
# a comma ends the clause unless a relative clause follows it ("..., where an attacker killed three"); the lookahead
# sits right after the comma, so that no backtracking over the space lets ", where" end it; a spaced dash ends it
# too ("since 2009 - on Friday militants killed 11")
_CLAUSE_END = re.compile(r"[;:]|\s[—–]\s|" + types.TYPED_DASH + r"|\s-\s(?!(?-i:[A-Z]))|"
                         r",(?!\s*(?:where|which|in which|when|who|that)\b)", re.I)


_ASIDE_REACH = 300  # the longest bracketed aside looked back for


def _bracket_end(sentence: str, at: int, end: int) -> int:
    """`end`, or the closing bracket before it when `at` sits inside an open bracket ("The insurgency (which has
    killed 30,000 since 2010) struck again on Sunday"): the aside ends there. A bracket opened after `at` is the
    clause's own ("since the siege (in which 137 died) began")."""
    opened = sentence.rfind("(", max(0, at - _ASIDE_REACH), at)  # bounded: no scan back to the text's start per match
    if opened < 0 or sentence.rfind(")", opened, at) >= 0:
        return end
    closed = sentence.find(")", at, min(end, at + _ASIDE_REACH))
    return closed if closed >= 0 else end


# a relative clause set in an earlier period: "the mosque, which in 2020 was struck by a bomb that killed two"
_RECALLED_RELATIVE = re.compile(r"\b(?:which|where|that|when)\b(?=[^.;]{0,40}?\b(?:in (?:19|20)\d\d|last (?:year|month)|"
                                r"(?:\w+ )?(?:years?|months?|decades?) ago|previously|in the past)\b)", re.I)
_SENTENCE_PART_END = re.compile(r"[;:]|\s[—–]\s|" + types.TYPED_DASH)


def other_event_spans(sentence: str, own_only: bool = False) -> list[tuple[int, int]]:
    """Spans of the sentence that tell another event: from a cue to the end of its clause (a relative clause
    "..., where an attacker killed three" stays inside); a relative clause set in an earlier period runs through
    its own commas ("which, in 2020, was struck by a bomb that killed two"). With `own_only`, none when the rest of
    the sentence tells no event of its own ("Police said on Monday, a day after gunmen killed five worshippers in
    Owo, that arrests were made"; "besieged Djibo for months before killing 40"): the clause then tells the
    sentence's event, and its figures are that event's toll."""
    spans = list(_other_event_spans(sentence))
    if own_only and spans and types.classify(rest := blank_spans(sentence, spans)) is None \
            and not _POINTS_BACK.search(rest) and not cues()["accident"].search(rest):
        return []  # the rest tells no event, violent or not ("a fire broke out hours after ...": one of its own)
    return spans


# "The incident comes a week after ...", "It follows ...": the rest points back at the story's own event, so the
# clause tells another one even with no event word of its own
_POINTS_BACK = re.compile(r"\b(?:comes?|came|coming|follows?|followed|incidents?)\b", re.I)


@lru_cache(maxsize=4096)
def _other_event_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """other_event_spans, cached: the gate, the grouping and each kind of toll ask about the same sentences."""
    out: list[tuple[int, int]] = []
    # the clause ends found once, each cue's the first at or after it: no search to the text's end per cue
    ends = [e.start() for e in _CLAUSE_END.finditer(sentence)] + [len(sentence)]
    for m in _OTHER_EVENT.finditer(sentence):
        out.append((m.start(), _bracket_end(sentence, m.start(), ends[bisect_left(ends, m.end())])))
    for m in _RECALLED_RELATIVE.finditer(sentence):
        j = m.start()
        while j > 0 and sentence[j - 1].isspace():
            j -= 1
        aside = _RELATIVE_ASIDE.match(sentence, j - 1) if j > 0 and sentence[j - 1] == "," else None
        if aside is not None:  # ", which was blamed for a bombing in 2022, attacked ...": the aside ends at its comma
            out.append((m.start(), aside.end() - 1))
            continue
        end = _SENTENCE_PART_END.search(sentence, m.end())
        out.append((m.start(), end.start() if end else len(sentence)))
    return tuple(out)


# a relative clause with words of its own set off by two commas (not "which, in 2020, was struck ...")
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|where)\b[^,;:.]+,")


def with_relative_clauses(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans that name an earlier event ("suspected of the attack"), each stretched over the relative clause that
    describes that event (", which killed three and injured eight,")."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        m = _RELATIVE_AFTER.match(sentence, b)
        if m is not None:
            end = _CLAUSE_END.search(sentence, m.end())
            b = end.start() if end else len(sentence)
        out.append((a, b))
    return out


_RELATIVE_AFTER = re.compile(r"[^,;:.]{0,80}?,\s*(?:which|that|where|who)\b", re.I)


# the link word a charge phrase ends in ("wanted for", "accused of", "charged with", "suspected in", "linked to",
# "behind the"), which opens its span or comes right before it; a follow-up's time word ("arrested ... after") or a
# funeral's object has none
_LINK = r"(?:for|of|with|in|over|to|behind(?: the)?)"
_LINK_OPENS = re.compile(_LINK + r"\b", re.I)
_LINK_BEFORE = re.compile(r"\b" + _LINK + r"\s+$", re.I)


def charge_spans(sentence: str) -> list[tuple[int, int]]:
    """Phrases naming a deed someone is wanted, accused, suspected, charged or known for ("wanted for the killing of
    two soldiers in Jos"): their figures count that deed's dead, not the toll of the event the sentence tells.
    A follow-up's earlier event ("arrested 12 suspects after the attack that killed two") and a funeral's dead stay
    readable: the recalled event's toll is theirs."""
    return [(a, b) for a, b in types.reference_spans(sentence)
            if _LINK_OPENS.match(sentence, a) or _LINK_BEFORE.search(sentence, max(0, a - 12), a)]


# a clause ends at a semicolon, a colon, a dash (a spaced hyphen too: "The conflict in Ituri - which began in 2017 -
# has killed"), a bracket or a comma that is not inside a figure ("2,000")
_CLAUSE_CUT = re.compile(r"[;:]|,(?!\d)|\s[—–]\s|" + types.TYPED_DASH)
# a spaced hyphen; two of them in one clause set off an aside, which cuts at both ends only when it holds a clause of
# its own ("- which began in 2017 -"), not a restatement ("The war in Sudan - Africa's worst crisis - has killed")
_HYPHEN = re.compile(r"\s-\s")
_DASH_CLAUSE = re.compile(r"\b(?:which|who|that|when|where|has|have|had|was|were|is|are)\b", re.I)
# a lone hyphen cuts when a clause with a verb follows ("since 2010 - on Thursday jihadists killed 9"), not a verbless
# gloss ("last month - on average ten attacks a week") nor a route ("the Kaduna - Abuja highway")
_DASH_VERB = re.compile(r"\b(?:which|who|that|when|where|has|have|had|was|were|is|are|died|[a-z]+ed)\b")


_GLOSS_END = re.compile(r"[;:()]|,(?!\d)")  # a comma inside a figure ("2,000") ends no gloss
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*$")
_PAIR_BREAK = re.compile(r"[;:.]")


def _hyphen_cuts(sentence: str) -> list[tuple[int, int]]:
    """The spaced hyphens that end a clause (see _HYPHEN)."""
    found = list(_HYPHEN.finditer(sentence))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(found):
        m = found[i]
        if i + 1 < len(found) and not _PAIR_BREAK.search(sentence, m.end(), found[i + 1].start()):
            if _DASH_CLAUSE.search(sentence, m.end(), found[i + 1].start()):
                out += [m.span(), found[i + 1].span()]
            i += 2
            continue
        stop = _GLOSS_END.search(sentence, m.end())
        route = sentence[m.end():m.end() + 1].isupper() and bool(_CAPITAL_BEFORE.search(sentence, 0, m.start()))
        if not route and _DASH_VERB.search(sentence, m.end(), stop.start() if stop else len(sentence)):
            out.append(m.span())
        i += 1
    return out
# a bracket that holds a clause of its own ("(which began in 2017)", "(the insurgency has killed 35,000)") cuts at
# both ends; an aside that closes back into the clause ("(mostly traders)", "(pictured)") does not
_CLAUSE_BRACKET = re.compile(r"\((?=[^()]{0,200}?\b(?:which|who|that|when|has|have|had|was|were|is|are)\b)[^()]*\)",
                             re.I)


@lru_cache(maxsize=None)
def _aggregate_cue(fronted: bool = False) -> re.Pattern[str]:
    """Cues of a total over a period or many events (data/aggregates.csv), joined into one expression; with
    `fronted`, only those that, fronted with no figure, govern the clause after them (column fronted)."""
    return rows_pattern("aggregates.csv", lambda r: bool(r["pattern"].strip()) and (not fronted or r["fronted"] == "yes"))


@lru_cache(maxsize=None)
def _aggregate_context(kind: str) -> re.Pattern[str]:
    """The rows of data/aggregate_contexts.csv of one kind: `source` (records: "police data", "official figures"),
    `period` (a year, a month, "so far": a sum only with a source), `rank` (the event told ranked among a
    period's: "the deadliest attack this year") and `event` (one event named: "the bombing of a mosque")."""
    return rows_pattern("aggregate_contexts.csv", lambda r: r["kind"] == kind)


def _recorded_sum(sentence: str) -> bool:
    """The sentence reads a period's figures from records ("53 people were killed in 2023, police data show",
    "150 killed in the clashes so far, according to official figures") and names no day of an event: all its
    figures are the period's sum. A source alone ("12 killed in the attack, according to official figures"), a
    day ("on Tuesday") or one event named ("the bombing of a mosque in January") keeps the event's toll."""
    if not _aggregate_context("source").search(sentence) or types.event_day(sentence) \
            or _aggregate_context("event").search(sentence):
        return False
    # a period inside a relative describes someone, not the count ("a gunman who was released from prison last year")
    return bool(_aggregate_context("period").search(_RELATIVE_CLAUSE.sub(lambda m: " " * len(m.group()), sentence)))


_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose)\b[^,;:.]*", re.I)


def ranked(sentence: str, start: int, at: int) -> bool:
    """The cue at `at` ranks the event told among a period's ("killed 12 on Tuesday in the deadliest attack this
    year", "the worst bombing since 2015"): a superlative of an event noun right before it, no total of its own."""
    return bool(_aggregate_context("rank").search(sentence, max(start, at - 40), at))


def aggregate_spans(sentence: str) -> list[tuple[int, int]]:
    """Clauses that give a total of a period or of many events ("this year 200 people have been killed in such
    attacks", "the insurgency has killed 40,000"): their figures are not the toll of the event told."""
    if _recorded_sum(sentence):
        return [(0, len(sentence))]
    cue = _aggregate_cue()
    out: list[tuple[int, int]] = []
    start = 0
    own, sentence = _bracket_clauses(sentence, cue)
    cuts = sorted([m.span() for m in _CLAUSE_CUT.finditer(sentence)] + _fronted_kept(sentence, _hyphen_cuts(sentence))
                  + [c for a, b in own for c in ((a, a + 1), (b - 1, b))])
    ends = [a for a, _ in cuts] + [len(sentence)]
    starts = [0] + [b for _, b in cuts]  # a cut is one character or a spaced dash: the next clause after it
    for i, end in enumerate(ends):
        start = starts[i]
        if (m := cue.search(sentence, start, end)) and not ranked(sentence, start, m.start()):
            # a fronted period with no figure of its own governs the clause after it: "Since January, 500 died"; "In
            # the latest of a series of attacks, militants killed six" names the event told as one of the series
            fronted = i == 0 and i + 1 < len(ends) and not _DIGIT.search(sentence, start, end) \
                and bool(_aggregate_cue(True).search(sentence, start, end)) \
                and not (_OWN_VERB_BEFORE.search(sentence, start, m.start())
                         and _tells_a_day(sentence, starts[i + 1], ends[i + 1])) \
                and not _TIME_RELATIVE_OPENS.match(sentence, starts[i + 1])
            stop = _governed_end(sentence, starts, ends, i) if fronted else end
            if not _tells_a_day(sentence, start, stop):
                out.append((start, stop))
            elif _trailing_sum(sentence, start, m.start(), stop):
                out.append((m.start(), stop))
        elif 2 <= i and _RELATIVE_OPENS.match(sentence, starts[i - 1]) \
                and _LONG_AGO.search(sentence, starts[i - 1], ends[i - 1]) \
                and cue.search(sentence[starts[i - 2]:ends[i - 2]].rstrip() + " " + sentence[start:end].lstrip()):
            # "The conflict, which started in October 2017, has killed 4,000": the subject and its verb read as
            # one clause across the relative between them, the relative the conflict's history
            out.append((starts[i - 2], end))
    return out


_BRACKET = re.compile(r"\([^()]{1,200}\)")


def _bracket_clauses(sentence: str, cue: re.Pattern[str]) -> tuple[list[tuple[int, int]], str]:
    """The brackets that hold a clause of their own (a clause word, or a period's cue: "Bandits (active in the area
    since 2019) killed 12": the since ends at the bracket), and the sentence with each other bracket that holds no
    figure turned into one word of its length (offsets kept): an aside that closes back into its clause ("The war in
    Sudan (now in its second year) has killed 150,000") does not part a total's subject from its verb, whose cues
    join words by single spaces."""
    if "(" not in sentence:
        return [], sentence
    own, aside = [], []
    same_day = _SAME_DAY_SINCE.search(sentence) is not None
    for b in _BRACKET.finditer(sentence):
        period = cue.search(sentence, b.start() + 1, b.end() - 1)
        if period is not None and _PERIOD_OPENS.match(sentence, b.start() + 1):
            continue  # "300 people (since January) have been killed": the bracket is the total's own period
        if _CLAUSE_BRACKET.fullmatch(b.group()) or period is not None:
            own.append(b.span())
        elif not _DIGIT.search(b.group()) and not same_day:
            aside.append(b.span())
    return own, "".join(_one_word(sentence, aside))


# a bracket that opens with its period holds only that period: "(since January)", "(over the past decade)"
_PERIOD_OPENS = re.compile(r"\s*(?:since|(?:over|in|during|for) the (?:past|last)|so far|this year)\b", re.I)
# "since Tuesday morning", "since last night": a period of the same day or night is the event told, not a
# conflict's total; a bracket does not bridge a subject to it
_SAME_DAY_SINCE = re.compile(r"\bsince\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:morning|afternoon|evening|"
                             r"night)|(?:this|early)\s+morning|last\s+night|dawn|daybreak|overnight)\b", re.I)


def _one_word(sentence: str, spans: list[tuple[int, int]]) -> list[str]:
    """The sentence's parts with each span turned into one word of its length ("_" characters)."""
    out, pos = [], 0
    for a, b in spans:
        out += [sentence[pos:a], "_" * (b - a)]
        pos = b
    return out + [sentence[pos:]]


def _fronted_kept(sentence: str, hyphens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The hyphen cuts less a dashed relative right after a fronted period ("Since the siege began in May - when the
    RSF encircled the city - 782 were killed"): the aside dates the period, which governs the sum after it as one
    clause."""
    if not hyphens or not _DASHED_RELATIVE.match(sentence, hyphens[0][0]) \
            or _CLAUSE_CUT.search(sentence, 0, hyphens[0][0]) \
            or not _aggregate_cue(True).search(sentence, 0, hyphens[0][0]):
        return hyphens
    paired = len(hyphens) > 1 and not _PAIR_BREAK.search(sentence, hyphens[0][1], hyphens[1][0])
    return hyphens[2:] if paired else hyphens[1:]


_DASHED_RELATIVE = re.compile(r"\s-\s+(?:which|who|that|when|where)\b", re.I)


def _trailing_sum(sentence: str, start: int, at: int, stop: int) -> bool:
    """The clause tells its event's day before the cue at `at` and the cue's words after it give a sum with no day of
    their own ("Gunmen killed 15 in Kukawa on Sunday in an insurgency that has killed 35,000 since 2009"): the sum is
    a phrase of the event's clause, not its toll."""
    return bool(_PHRASE_BEFORE.search(sentence, start, at)) and _tells_a_day(sentence, start, at) \
        and not _tells_a_day(sentence, at, stop) and bool(_DIGIT.search(sentence, at, stop))


# the sum in a phrase of the event's clause ("on Sunday in an insurgency that has killed"), not a coordinated clause
# that tells the event's own toll ("on Saturday and the violence has left 40 dead")
_PHRASE_BEFORE = re.compile(r"\b(?:in|amid|during|of|from|to|into|within)\s+$", re.I)


def _governed_end(sentence: str, starts: list[int], ends: list[int], i: int) -> int:
    """Where the reach of a fronted period (clause i) ends: "Since January, bandits have killed 600 people in
    Zamfara, burned 40 villages and kidnapped 1,500" sums every part after it, up to a part that names a day of its
    own ("..., and on Monday a shell killed nine") or opens an event's "when" clause. Only a part that opens with a
    past verb shares the period's subject and its reach ("burned 40 villages"); a part with a subject or an adverbial
    of its own ("and hours later insurgents beheaded five", "and in the latest attack gunmen killed 12") tells an
    event of its own."""
    stop = ends[i + 1]
    for j in range(i + 2, len(ends)):
        if not _SHARED_SUBJECT.match(sentence, starts[j]) or _TIME_RELATIVE_OPENS.match(sentence, starts[j]) \
                or _tells_a_day(sentence, starts[j], ends[j]):
            break
        stop = ends[j]
    return stop


# a clause whose period follows a perfect verb of its own ("Fighters have shelled El Fasher since the war began, and
# on Sunday ...") tells a duration of its own act: the period is not fronted and governs no part after it. A cue that
# is the predicate ("Mopti was the worst affected, with 1,300 killed") still governs the part after it, and so does a
# period whose next part tells no day of its own ("have shelled Goma since May, killing 300": the period's total)
_OWN_VERB_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:\w+ly|been|also|long)\s+)?[a-z]+(?:ed|en|ing|t)\b")


# a coordinated part that goes on with the subject before it: a past verb first ("burned 40 villages", "and kidnapped
# 1,500", "then razed the market"), optionally after the conjunction
_SHARED_SUBJECT = re.compile(r"\s*(?:(?:and|or|then|and then)\s+)?[a-z]+ed\b")


def _tells_a_day(sentence: str, start: int, end: int) -> bool:
    """The clause names the day of an event it tells ("A conflict over grazing land killed 12 in Benue on Monday",
    "arrested 40 in raids on Monday since the coup plot was uncovered"): one event, not a sum. A day after "since"
    dates the period's start ("tense since violence broke out on June 4"), and a running total is dated by the day
    it was counted ("the dead numbered 2,300 on Saturday for the year so far"): no event told in the clause."""
    clause = sentence[start:end]
    return not _RUNNING.search(clause) and types.event_day(_SINCE_PHRASE.sub(lambda m: " " * len(m.group()), clause))


_RUNNING = re.compile(r"\b(?:so far|to date)\b", re.I)


_SINCE_PHRASE = re.compile(r"\bsince\b[^,;:.]*", re.I)
_RELATIVE_OPENS = re.compile(r"\s*(?:which|who|that)\b", re.I)
# the clause after a period tells the event that opened it ("cracked down since July 2016, when gunmen stormed a
# bakery and killed 22"): one recalled event, its own toll, not governed by the period
_TIME_RELATIVE_OPENS = re.compile(r"\s*when\b", re.I)
# the relative starts the conflict long ago ("which began in March 2015", "which erupted in 2009", "which began years
# ago"); a day's ("The fighting, which broke out on Saturday ..., has killed 27") is the toll of the clash told
_LONG_AGO = re.compile(r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|"
                       r"november|december|years?|decades?|months)\b", re.I)


_DIGIT = re.compile(r"(?<!\d)(?!(?:19|20)\d\d\b)\d")  # a figure, not a year


def object_items(sentence: str, pos: int, item: re.Pattern[str]) -> list[re.Match[str]]:
    """Further items of a coordinated object after the first figure ("... three children and three adults"):
    `item` matches one joined item at `pos`; the list stops at the first place where none follows."""
    out: list[re.Match[str]] = []
    while (m := item.match(sentence, pos)) is not None and len(out) < 10 and not _PART_OF.search(m.group()):
        out.append(m)
        pos = m.end()
    return out


# "five civilians including a baby and two toddlers": the items after "including" are part of the first figure
_PART_OF = re.compile(r"\b(?:" + part_openers() + r"|of whom)\b", re.I)


# "stabbed his wife and two young children to death", "hacked 17 unarmed Fulani cattle herders to death": a manner
# of death closes after its victims, however many words they take; no clause word comes between (a new verb's
# auxiliary, a relative or a time conjunction opens another clause); a verb that takes its own "X dead" ("shot four
# and left one dead", "leaving one dead", "found two dead") owns the closer, so the shot are not all dead; "to death"
# stays the manner's ("beat a man found stealing a motorcycle to death")
_MANNER_AROUND = re.compile(r"\b(?P<verb>" + manner_of_death.manners() + r")(?P<obj>(?:\s+(?!(?:was|were|is|are|had|has|have|been|"
                            r"who|which|that|when|while|after|before|because|but|then|to|up|alive|dead)\b|"
                            r"(?:left|leaving|leave|leaves|found|finding|declared|confirmed)\b"
                            r"(?!(?:\s+[\w'’-]+){0,8}?\s+to death\b))[\w'’-]+){1,8}?)"
                            r"(?P<end>\s+(?:to death|alive|dead))\b", re.I)
# "shot at the car, ... dead", "shot and wounded two and left one dead": a word that opens no victim after "shot"
_NOT_A_VICTIM = re.compile(r"\s*(?:and|or|at|into|in|on|by|from|back|off|out|through|over|towards?)\b", re.I)


def manner_first(sentence: str) -> str:
    """The sentence with each manner of death moved before its victims ("stabbed to death his wife and two young
    children"), same length and offsets outside the phrase, so the object readers of "killed his wife and ..."
    count them; each manner verb takes only its own closers, data/manner_of_death.csv ("shot the man alive" is no
    killing)."""
    def move(m: re.Match[str]) -> str:
        if m.group("end").strip().lower() not in manner_of_death.closed_by(m.group("verb")) or \
                (m.group("end").strip().lower() == "dead" and _NOT_A_VICTIM.match(m.group("obj"))):
            return m.group()
        end = m.group("end")  # one space before the closer, as the lexicon's phrases have it; the rest after
        return m.group("verb") + " " + end.lstrip() + " " * (len(end) - len(end.lstrip()) - 1) + m.group("obj")
    low = sentence.lower()
    return _MANNER_AROUND.sub(move, sentence) if "to death" in low or "alive" in low or "dead" in low else sentence
