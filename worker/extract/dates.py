"""Date expressions of a sentence, resolved against the published date with the precision the text supports."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator

from worker.extract import holidays, linked_dates, number_words, week_spans
from worker.extract.alternation import first_char_guard

MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)  # as written in running text: capitalised
_M = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
# "on March 3 last year", "on 3 March this year": a month-day whose year the text counts from the article's
_YEAR_REL = r"|\s+(?P<yrel>last|this) year"
# what follows a weekend that dates a clause: a mark, a name, a figure, a function word or a verb ("at the weekend,",
# "over the weekend in Kano", "over the weekend killing five", "last weekend left nine dead"); a noun it qualifies
# ("the weekend market", "at the weekend shoppers' rush") makes it no date, and so does "the weekend of May 3"
_AFTER_MARK = r"\s*(?:[,.;:)!?'’\"”—–]|$)"
_AFTER_WORD = (r"\s+(?:in|at|on|near|outside|inside|when|as|while|and|"
               r"but|after|before|during|that|which|who|to|by|with|from|amid|following|despite|into|across|"
               r"around|along|against|left|shot|struck|hit|blew|took|saw|fled|set|were|was|had|have|has|is|are|"
               r"\w+ed|\w+ing)\b")
_AFTER_WEEKEND = _AFTER_MARK + r"|\s+(?-i:[A-Z0-9])|" + _AFTER_WORD
# what a weekend's kind may be: a long or holiday weekend, one a holiday names ("the Easter weekend", "the Memorial
# Day weekend": data/holidays.csv) or another festival's ("the Eid weekend": dated as any weekend)
_WEEKEND_KIND = (r"(?:long|holiday|bank[ -]holiday|three-day|four-day|festive|(?P<named>"
                 + holidays.pattern("weekend") + "|" + holidays.pattern("day") + r")|(?-i:[A-Z][\w'’-]*))\s+")
_SHORT_MONTH = re.compile(r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_MY_EVENT = r"(?:attacks?|raids?|ambush(?:es)?|massacres?|bombings?|sieges?|assaults?|abductions?|kidnappings?|killings?)\b"
_PATTERNS = [
    ("mdy", re.compile(_M + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d)" + _YEAR_REL
                       + r")?\b")),
    # "12-13 March", "the night of 12 to 13 March": a range of days, dated by its first
    ("dmy", re.compile(r"\b(?:(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*)?"
                       r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M
                       + r"(?:,?\s+(?P<year>(?:19|20)\d\d)" + _YEAR_REL + r")?\b")),
    # "in March", "since May 2023", "last March" (the latest March before the article's month), "this March"
    # "the October 2020 attack on a school in Kumba": a month with its year names a past event with no preposition,
    # when an event noun follows (not "the June 2025 trial", "an October 2021 report"; see _recalled_month_year)
    ("my", re.compile(r"\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|of|[Ee]arly|[Ll]ate|[Mm]id-?|(?P<mrel>[Ll]ast|[Tt]his))\s+"
                      r"(?:early\s+|late\s+|mid-?)?|(?<![\w-])(?=" + _M.replace("?P<mon>", "?:")
                      + r"\s+(?:19|20)\d\d\s+(?:[\w-]+\s+)?" + _MY_EVENT + r"))" + _M
                      + r"(?:\s+(?P<year>(?:19|20)\d\d)|(?P<rel>\s+(?:last|this|next) year))?\b")),
    # "2024-04-28", "28/04/2024", "04.28.2024": a day written in figures, with its year
    ("num", re.compile(r"(?<![\d.,/-])\b(?:(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)|"
                       r"(?P<p>[0-3]?\d)(?P<sep>[/.-])(?P<q>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d))\b(?![/.-]?\d)")),
    # "over the weekend", "at the weekend", "last weekend", "this past weekend", "over the Easter weekend", "two
    # weekends ago", "the weekend before last": a Saturday and the Sunday after it; before the holidays, whose names a
    # weekend's may hold
    ("weekend", re.compile(r"\b(?P<wkd>(?:(?:over|at|during|on|through(?:out)?|across)\s+"
                           r"(?:the\s+)?(?:past\s+|last\s+|previous\s+)?|"
                           r"(?:this\s+past|the\s+past|the\s+previous|last|this)\s+)(?:" + _WEEKEND_KIND
                           + r")?weekend(?:\s+before\s+last)?|the\s+weekend\s+before\s+last|"
                           r"(?:a|one|two|three|four|[2-4])\s+weekends?\s+ago)\b(?=" + _AFTER_WEEKEND + ")", re.I)),
    # "on Christmas Eve", "on Good Friday", "Easter Monday" (data/holidays.csv): before the weekday a name may hold;
    # "on Christmas Day 2022", "the 2019 Easter Sunday bombings", "on Easter Sunday last year": that year's
    ("holiday", re.compile(r"\b(?:(?P<yfirst>(?:19|20)\d\d)\s+)?(?P<hol>" + holidays.pattern("name") + "|"
                           + holidays.pattern("day")
                           + r")\b(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b" + _YEAR_REL + r")?", re.I)),
    ("weekday", re.compile(r"\b(?P<pre>(?i:on|last|this past|past|late|early|this coming|coming|next))?\s*"
                           r"(?P<wd>" + _WEEKDAY_NAMES + r")\b(?:(?P<lw>(?i:\s+(?:of\s+)?last\s+week)\b)|"
                           r"(?P<post>(?i:\s+last)\b(?!\s+(?i:year|month|night|weekend))))?")),
    # "on the 12th", "on the 3rd instant", "the night of the 5th": a day of the article's month (or the one before)
    ("nth", re.compile(r"\b(?:on|of) the (?P<day>[1-3]?\d)(?:st|nd|rd|th)(?:\s+inst(?:ant|\.)?)?"
                       r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|near|when|as|while|and|of this month)\b)", re.I)),
    # "three days ago", "two nights ago" (the evening it began), "48 hours ago" (whole days of hours only)
    ("ago", re.compile(r"\b(?P<n>a|\d{1,2}|" + number_words.below_hundred() + r")\s+(?:days?|nights?)\s+ago\b|"
                       r"\b(?P<hours>\d{2}|" + number_words.below_hundred() + r")\s+hours\s+ago\b|"
                       r"\b(?P<wk>a|one)\s+week\s+ago\b|\b(?P<dby>the day before yesterday)\b", re.I)),
    # "last week", not "the last week of November" nor "in the last year" (the twelve months before)
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|"
                       r"(?<!the )last (?:week|month|year)(?! of\b)|earlier (?:this|in the) (?:week|month|year)|"
                       r"this week|this month|"
                       r"(?:a few |several )?days ago|(?:two|2) weeks ago|a fortnight ago)\b", re.I)),
    ("y", re.compile(r"\b(?:in|since|during|of)\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
]
_WRITTEN = dict(_PATTERNS)
# each tried at every position of every sentence: behind a lookahead for the characters a match may start with
# (alternation.first_char_guard, the same matches), most positions are turned away by one class test
_PATTERNS = [(k, rx if (g := first_char_guard(rx.pattern, rx.flags)) == rx.pattern else re.compile(g, rx.flags))
             for k, rx in _PATTERNS]


# reporting verbs that are no adjective or participle of a victim ("the alleged attackers", "a soldier posted at",
# "admitted to hospital on Sunday" are left out)
_VERB = (r"(?:said|says|told|stated|announced|confirmed|added|disclosed|claimed|reported|issued|released|revealed|"
         r"explained|tweeted|wrote|acknowledged|insisted)")
# "said on", "told a news conference on", "at a press briefing on": the day of a statement
_REPORTING_BEFORE = re.compile(r"\b(?:" + _VERB + r"|(?:news|press) (?:conference|briefing))\s*(?:on\s*)?$", re.I)
# "said in a statement on", "told reporters on", "told Reuters by phone on", "according to a statement on": a speech
# verb or a statement's noun, then only its own complements (whom it was told to, prepositional phrases: "in a
# statement", "on its website", "on condition of anonymity"), then the day. A clause it reports ("said five villagers
# died on", "said gunmen stormed the village on") has a verb of its own and is left out. A claim of responsibility is
# a statement too ("claimed responsibility on Wednesday for the bombing"); "claimed responsibility for the bombing on
# Wednesday" names the violence before its day, which may be the bombing's: left to the event
_HEARER = r"(?:(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2}|reporters|journalists|the (?:media|press))"
_PHRASE = r"(?:in|by|on|at|via|during|through|to|with|of|from)\s+(?:(?:a|an|the|its|his|her|their)\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?"
_SPOKEN = re.compile(r"\b(?:told(?:\s+" + _HEARER + r")?|said|says|stated|announced|confirmed|added|disclosed|explained|"
                     r"claim(?:ed|s|ing)?\s+(?:(?:the\s+)?responsibility|credit)|"
                     r"tweeted|wrote|acknowledged|insisted|statement|communiqu[eé]|press release|interview|briefing|tweet)"
                     r"(?P<gap>(?:\s+" + _PHRASE + r"){0,3}?)\s+(?:on\s*)?$", re.I)


def _spoken_before(sentence: str, at: int) -> bool:
    """The words before offset `at` end with a speech verb or a statement's noun and its complements ("said in a
    statement on", "told AFP by phone on"), none of them violence: the day is the statement's."""
    m = _SPOKEN.search(sentence, max(0, at - 100), at)
    if m is None:
        return False
    from worker.extract.gazetteer import any_trigger  # reads the trigger lexicon; dates stays importable alone
    return not any_trigger().search(m["gap"])


# "Confirming the attack to Channels Television on Sunday, the police spokesman said": a statement's day
_REPORTING_LEAD = re.compile(r"^\W*(?:confirming|speaking|addressing|briefing|announcing|reacting|commenting|in a "
                             r"(?:statement|press conference|news conference|briefing))\b[^,;:]{0,150}$", re.I)
# "the deadliest mass shooting in the United States in 2023", "the 130th mass shooting of 2023", "the third attack this
# month", "since 2017": a period that ranks the event or a starting point, never the event's date ("a second bomb
# went off in May 2023" tells another event's date)
_PERIOD_CONTEXT = re.compile(r"\b(?:since|so far)\b[^,;:.]{0,80}$", re.I)
# "the third attack this month", "the 130th mass shooting of 2023", "the deadliest in 2023", "the third this week": an
# ordinal or superlative ranks the event in the period only when it ranks an event ("the second day of a wedding in
# June 2023", "the fifth battalion killed 12 in January 2023", "the largest market in Mopti in May 2023" rank a day, a
# unit and a market: the period dates the event)
_ORDINAL_RANK = re.compile(r"\b(?:deadliest|worst|biggest|largest|bloodiest|the\s+(?:second|third|fourth|fifth|sixth|"
                           r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)))\b(?P<np>[^,;:.]{0,80})$", re.I)
# where the ordinal's noun ends: a preposition or determiner of what follows, a figure or a participle ("killed")
_NP_END = re.compile(r"(?:in|of|on|at|near|against|for|to|by|from|with|during|since|this|last|so|that|which|who|"
                     r"\S*\d\S*|\S+ed)$", re.I)
# the nouns an ordinal ranks an event by ("the third such attack", "the second time this month"); a trigger's
# nominal form also ranks one ("the 130th mass shooting", "the fourth abduction"), its verb does not ("the 7th
# division shot dead four")
_EVENT_NOUNS = re.compile(r"such|incidents?|times?|cases?|strikes?|assaults?|attacks?|raids?|ambush(?:es)?|blasts?|"
                          r"massacres?|clash(?:es)?|ones?", re.I)
_NOMINAL = re.compile(r"\w+(?:ings?|ions?)", re.I)
# "the worst massacre in the district came in August 2018", "the deadliest raid took place in May 2021": the ranked
# event is the subject of a verb of happening, so the period after that verb is its date, not the span it is ranked in
_OCCURRED = re.compile(r"\b(?:came|happened|occurred|took\s+place|was|were)\s*$", re.I)


def _ranks_in_period(before: str) -> bool:
    """The words before a period ("... in 2023", "... this month") rank the event in it or start it there ("the
    deadliest since 2017", "the third attack this month"): the period is no date of the event."""
    if _PERIOD_CONTEXT.search(before):
        return True
    m = _ORDINAL_RANK.search(before)
    if m is None or _OCCURRED.search(m["np"]):
        return False
    head = _noun_words(m["np"])
    return not head or _names_an_event(head)


# "the deadliest attack since a blast at a market on Sunday killed 15", "the second such attack since Sunday, when":
# a superlative or an ordinal ranks the event since an earlier one, whose day follows "since" ("fighting since Sunday"
# without a rank is the event's own start)
_RANKED_SINCE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))"
                           r"\s+(?:such\s+)?(?:\w+\s+)?(?:attack|bombing|blast|incident|raid|assault|ambush|shooting|"
                           r"strike|killing|abduction|kidnapping|massacre)s?)\b[^.;:]{0,60}\bsince\b[^.;:]{0,80}$", re.I)


@cache
def _biography() -> re.Pattern[str]:
    from worker.extract.gazetteer import rows_pattern  # reads the lexicon; dates stays importable alone
    return rows_pattern("biography_clauses.csv")


def _in_biography(sentence: str, at: int) -> bool:
    """Does the date at `at` close a clause about a person's life or movements ("the man, who hid after the attack,
    came to Germany in December 2022", "was born in Aleppo in 1990", "has lived in Leeds since 2006":
    data/biography_clauses.csv) with no event word of its own after the biography's verb? Such a date is no
    event's, even in a sentence that names the event."""
    from worker.extract.gazetteer import any_trigger  # reads the trigger lexicon; dates stays importable alone
    near = max(0, at - 120)  # a clause's head near the date: a long sentence stays linear
    start = max(near, *(sentence.rfind(c, near, at) + 1 for c in ",;:."))
    last = None
    for last in _biography().finditer(sentence, start, at):
        pass
    return last is not None and not any_trigger().search(sentence, last.end(), at)


def _names_an_event(words: list[str]) -> bool:
    """One of the words is a noun of an event: an event noun or a trigger's nominal form ("shooting", "abduction")."""
    from worker.extract.gazetteer import any_trigger  # reads the trigger lexicon; dates stays importable alone
    return any(_EVENT_NOUNS.fullmatch(w) or _NOMINAL.fullmatch(w) and any_trigger().match(w) for w in words)


_CURRENT_PERIODS = ("this week", "this month")  # "the third attack this month": a period that ranks, as "of 2023"
_EXPLICIT = ("mdy", "dmy")
_WELL_FORMED = re.compile(r"(?!0000)\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _next_day(published: date) -> date:
    """The latest day an article of `published` can report as its own: east of UTC the writer's day is a day ahead
    of the feed's clock."""
    return published + timedelta(days=1) if published < date.max else published


def _after(value: str, published: date | None) -> bool:
    """A day, month or year later than the article's day (+1 day for time zones): a plan or a misread, not an event."""
    if published is None:
        return False
    return value > _next_day(published).isoformat()[:len(value)]


# "police said Friday", "On Wednesday, Taliban spokesman Zabihullah Mujahid said": the day of a statement
_REPORTING_AFTER = re.compile(r"^\s*,?\s*(?:(?-i:[A-Z][\w'’.-]*|spokes\w+|officials?|police|authorities|the|a)\s+){0,5}?"
                              + _VERB + r"\b", re.I)
# where a sentence joins a second clause with its own subject ("..., and authorities imposed a curfew")
_CLAUSE_JOIN = re.compile(r"[;:]|,\s+(?:and|but|while|as|whereas|after|before|when)\b", re.I)


# "KABUL, Oct 5 (Reuters) -", "LAGOS, Nigeria, October 5, 2025 /PRNewswire/ --", "Oct. 28 (UPI) --": the date of a
# wire dateline, which opens the text before the lead's first word: a capitalised place or a wire's name marks it
# ("March 3 - Gunmen killed five" of a chronology has neither)
# (a title-case town, "Kano, Oct 5 (AFP) -", only with the wire's name after the date; its country may follow it in
# brackets: "Solingen (Germany), Aug 24 (NNN-DPA) --"; or before a colon: "Mogadishu, 14 August: A suicide bomber";
# the wire's bracket may close it without a dash: "Chandigarh, Aug 1 (IANS) Five people")
_DATELINE_BEFORE = re.compile(r"^\W*(?:(?:(?P<city>[A-Z]{2}[A-Z.'’ -]*)|[A-Z][a-z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})"
                              r"(?:\s*\([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\))?,\s*"
                              r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*){0,2})?$")
# (South Asian and African dailies end it with a colon: "Poonch, May 7 (PTI):", "Mogadishu, 14 August:"; a place, a
# date and a colon opening the text are a dateline in any case; "March 3: Gunmen killed five" of a chronology, with
# no place, is not)
# (Spanish wires put a full stop before the dash: "Oaxaca, 11 Feb (EFE).- A journalist ...")
# ("8 Mar. (Europa Press).-": the abbreviation's stop is left after the mention; "(EFE). -" spaces the dash)
_DATELINE_AFTER = re.compile(r"\.?\s*(?P<wire>\([^()\n]{1,40}\)|/[^/\n]{1,30}/)?(?:\s*(?:(?<=\))\.\s*)?(?:--?|–|—|(?P<colon>:))|"
                             r"(?<=\)))\s")


def _dateline(sentence: str, m: re.Match[str]) -> bool:
    """The mention is the date of a dateline: the day the report was filed, which a lead's own day ("on Saturday")
    precedes, like a statement's day. A colon closes one after a place in capitals or title case ("GAO, 5 Oct:",
    "Maiduguri, October 5:"); a date that opens the text with a colon and no place is a chronology's ("5 October:")."""
    before, after = _DATELINE_BEFORE.match(sentence[:m.start()]), _DATELINE_AFTER.match(sentence, m.end())
    placed = before is not None and any(c.isalpha() for c in before.group())
    return bool(before and after and (before["city"] or after["wire"] or (after["colon"] and placed)))


def _said_after(sentence: str, m: re.Match[str]) -> bool:
    """A speech verb follows the mention ("On Wednesday, the spokesman said") and the mention's clause tells no
    violence before it: in "Rockets killed five people on Monday, officials said" Monday is the killing's day, as
    a wire lead puts the event's day next to the event's verb and the source after it; so is a verb of happening
    ("It happened on Saturday, officials said")."""
    if not _REPORTING_AFTER.search(sentence[m.end():]):
        return False
    from worker.extract.gazetteer import any_trigger  # reads the trigger lexicon; dates stays importable alone
    start = max((j.end() for j in _CLAUSE_JOIN.finditer(sentence, 0, m.start())), default=0)
    return not any_trigger().search(sentence, start, m.start()) and not _HAPPENED.search(sentence, start, m.start()) \
        and not _LEFT_TOLL.search(sentence, start, m.start())


# "left several people dead", "leaving 12 wounded": a toll the event left, which the trigger lexicon does not hold; the
# day after it is the deaths' ("A raid left four dead on Thursday, police said")
_LEFT_TOLL = re.compile(r"\b(?:left|leaving|leaves)\s+(?:[\w,’'-]+\s+){0,5}?(?:dead|injured|wounded)\b", re.I)


# the verbs of happening, one list for every rule that reads them (happened_days.RETELLS builds on it)
HAPPENING_VERBS = r"(?:happened|occurred|took\s+place|unfolded)\b"
# "It happened on Saturday, officials said": a verb of happening before the day makes it the event's, as a violence
# word does
_HAPPENED = re.compile(r"\b" + HAPPENING_VERBS, re.I)


@dataclass(frozen=True)
class DateMention:
    value: str | None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | None when it cannot be resolved
    key: str           # what the text says, normalised: two mentions with different keys are different dates
    start: int
    end: int
    past: bool         # clearly before the article's own day (a recalled event)
    reporting: bool = False  # the day something was said ("police said on Friday"), not the event's day
    through: str | None = None  # the last day of a span the mention names ("12-13 March", "over the weekend")
    vague: bool = False  # a span whose day the text leaves open ("over the weekend"), not a range it states
    followup: bool = False  # a follow-up's own day set aside (as a statement's) for the event its sentence recalls
    counts_on: str | None = None  # the day a count reached ("two weeks earlier" than Sunday) when `value` tells only
    # its month: "A day later" counts on from that day, not from the month


# what makes a sentence a plan or a forecast rather than a report of what happened ("will post guards", "ahead of")
_PLAN = re.compile(r"\b(?:will|would|shall|must|should|wo\s*n[o']t|going to|(?:is|are|was|were) (?:set |due )?to|plans?|planned|"
                   r"planning|ahead of|expect(?:s|ed)?|upcoming|coming)\b|['’]ll\b", re.I)
# a verb in the past tense: an -ed form or a common irregular one of violence or being
_PAST_VERB = re.compile(r"\b(?:was|were|had|\w{3,}ed|shot|struck|blew|slit|stabbed|burnt|fled|fought|stole|took|"
                        r"threw|left|set)\b", re.I)


def _told_past(sentence: str, at: int) -> bool:
    """The sentence reports violence in the past tense and plans nothing: a holiday it names is one gone by,
    however near the next one is ("Gunmen killed five worshippers on Good Friday", written the week before it)."""
    return _PAST_VERB.search(sentence) is not None and _PLAN.search(sentence) is None \
        and _violent_clause(sentence, at, alone=False)


def _last_one(kind: str, m: re.Match[str], published: date) -> tuple[str | None, str, bool]:
    """The last occurrence of the holiday (or holiday weekend) the match names, none taken as the coming one."""
    if kind == "weekend":
        return _holiday_weekend(m["named"], m["wkd"], published, ahead=False)
    return _holiday(m["hol"], None, published, ahead=False)


def _shift_month(d: date, months: int) -> tuple[int, int]:
    idx = d.year * 12 + d.month - 1 + months
    return idx // 12, idx % 12 + 1


# "days ago", "two weeks ago", "a fortnight ago": a week's or two weeks' distance from the article, told by its month
# like "last week"; "days ago" is the news of the week, not a recall
_WEEKS_AGO = {"2 weeks ago": "two weeks ago", "a fortnight ago": "two weeks ago"}
_COMING = ("next", "coming", "this coming")
_LAST = ("last", "past", "this past")


def _month_day(mon: int, day: int, year: str | None, published: date | None) -> tuple[str | None, str, bool]:
    """A day of a month, in the year stated or else the latest such day not after the article's."""
    if not 1 <= day <= 31:
        raise ValueError
    key = f"{mon:02d}-{day:02d}"
    if year:
        d = date(int(year), mon, day)
        return d.isoformat(), f"{year}-{key}", published is None or d < published
    if published is None:
        return None, key, True
    latest = _next_day(published)  # a day ahead of the feed's UTC clock is the writer's local day, not last year's
    d = date(latest.year if (mon, day) <= (latest.month, latest.day) else latest.year - 1, mon, day)
    return d.isoformat(), d.isoformat(), d < published


def _counted_year(rel: str | None, published: date | None) -> str | None:
    """The year "last year" or "this year" names, counted from the article's (none without its date)."""
    if not rel or published is None:
        return None
    return str(published.year - (rel.lower() == "last"))


def _holiday(name: str, year: str | None, published: date | None,
             ahead: bool = True) -> tuple[str | None, str, bool]:
    """A named day: in the year the text gives, else the latest one not after the article's (+1 day for time
    zones), in its year or the one before (a fixed one as its month-day is: "Christmas Day" and "December 25" are
    one key); none when this year's is a month or less ahead (the coming one: a plan) and `ahead` allows one."""
    coming = "next-" + re.sub(r"\s+", " ", name.lower())
    if (md := holidays.fixed(name)) is not None:
        if not year and published is not None and ahead \
                and _latest_in_a_year(lambda y: date(y, *md), published) is None:
            return None, coming, False
        return _month_day(*md, year, published)
    if year:
        d = holidays.day_in(name, int(year))
        return d.isoformat(), d.isoformat(), published is None or d < published
    if published is None:
        return None, re.sub(r"\s+", " ", name.lower()), True
    d = _latest_in_a_year(lambda year: holidays.day_in(name, year), published, ahead)
    if d is None:
        return None, coming, False
    return d.isoformat(), d.isoformat(), d < published


def _holiday_weekend(name: str, words: str, published: date | None,
                     ahead: bool = True) -> tuple[str | None, str, bool]:
    """"The Easter weekend", "the Memorial Day weekend": the Saturday of the latest such weekend not after the
    article's day (+1 for time zones), its Sunday the span's end as any weekend's; "this Easter weekend" before
    this year's is the coming one, no day a report tells."""
    key = "weekend-" + re.sub(r"\s+", " ", name.lower())
    if published is None:
        return None, key, True
    coming = re.search(r"\bthis\b(?!\s+past)", words, re.I)
    sat = _latest_in_a_year(lambda year: holidays.weekend_saturday(name, year), published, ahead)
    if sat is None or ahead and coming and holidays.weekend_saturday(name, published.year) > _next_day(published):
        return None, "next-" + key, False
    return sat.isoformat(), sat.isoformat(), (published - sat).days >= 7


_COMING_DAYS = 30  # a named day this close ahead of the article is the coming one ("will march on Good Friday")


def _latest_in_a_year(day_in: Callable[[int], date], published: date, ahead: bool = True) -> date | None:
    """The day a yearly rule gives in the article's year, or the year before when that one is still ahead; none
    when it is a month or less ahead and `ahead` allows one: a text then tells the coming one (a plan), not last
    year's."""
    latest = _next_day(published)
    d = day_in(latest.year)
    if ahead and d > latest and (d - published).days <= _COMING_DAYS:
        return None
    return d if d <= latest else day_in(latest.year - 1)


_BARE_ON = re.compile(r"\bon\s+$", re.I)
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
_FRESH_DAYS = 7  # a holiday's named event within a week of the article is this year's ("the Easter Sunday bombings")


def _names_a_thing(sentence: str, m: re.Match[str], value: str | None, published: date | None) -> bool:
    """A holiday's name before a noun names that thing ("since the Good Friday Agreement", "the Boxing Day tsunami"),
    not the clause's day: a name ends a date at a mark, a function word or a verb, or after a bare "on" ("on
    Christmas Eve gunmen attacked"); the day's own hour or gathering ("a Christmas Eve service") still dates it. An
    event it names ("the Easter Sunday bombings") is this year's only in an article within a week of the day;
    later it recalls an event of a year the text does not say (a year it says dates it: "the 2019 Easter Sunday
    bombings")."""
    word = _NEXT_WORD.match(sentence, m.end())
    if word is None or _BARE_ON.search(sentence, 0, m.start()) or holidays.day_noun(word[1]):
        return False
    if _names_an_event([word[1]]):
        return not (m.group("year") or m.group("yfirst")) and (
            value is None or published is None or (published - date.fromisoformat(value)).days > _FRESH_DAYS)
    return not re.match(_AFTER_WORD, sentence[m.end():], re.I)


def _whole_days(hours: str | None) -> int:
    """The days a count of hours makes ("24 hours ago", "forty-eight hours later"): whole days only, since a
    part of one ("36 hours ago", "two hours later") names no day apart from the hour's (ValueError)."""
    n = number_words.count_value(hours) if hours else None
    if not n or n % 24:
        raise ValueError(hours)
    return n // 24


def _days_back(published: date | None, days: int, key: str) -> tuple[str | None, str, bool]:
    """"two days ago", "the day before yesterday": counted back from the article's day (recent news, no recall)."""
    if published is None:
        return None, key, False
    d = published - timedelta(days=days)
    return d.isoformat(), d.isoformat(), False


def _figures(g: dict[str, str | None], published: date | None) -> tuple[str | None, str, bool]:
    """A day written in figures: year-month-day as ISO writes it; day and month in either order otherwise (the
    world's papers write both), so both readings a calendar allows are candidates and, when both are, the latest
    not after the article's day is the one a report tells (none without a publication date)."""
    if g.get("iy"):
        d = date(int(g["iy"]), int(g["im"]), int(g["id"]))  # type: ignore[arg-type]
        return d.isoformat(), d.isoformat(), published is None or d < published
    y, p, q = int(g["year"]), int(g["p"]), int(g["q"])  # type: ignore[arg-type]
    readings = set()
    for day, mon in ((p, q), (q, p)):
        try:
            readings.add(date(y, mon, day))
        except ValueError:
            continue
    if len(readings) > 1 and published is not None:
        readings = {max((d for d in readings if d <= _next_day(published)), default=min(readings))}
    if len(readings) != 1:
        raise ValueError  # no calendar day, or two with nothing to choose between them
    d = readings.pop()
    return d.isoformat(), d.isoformat(), published is None or d < published


def _resolve(kind: str, g: dict[str, str | None], published: date | None) -> tuple[str | None, str, bool]:
    if kind in ("mdy", "dmy"):
        first = int(g.get("first") or 0)  # a range ascends; "killed 15 and 3 March" is a count, then a day
        day = first if 0 < first < int(g["day"]) else int(g["day"])  # type: ignore[arg-type]
        year = g.get("year") or _counted_year(g.get("yrel"), published)
        if g.get("yrel") and year is None:
            mon = MONTHS[g["mon"].lower().rstrip(".")]  # type: ignore[union-attr]
            return None, f"{g['yrel']}-year-{mon:02d}-{day:02d}", g["yrel"].lower() == "last"  # type: ignore
        return _month_day(MONTHS[g["mon"].lower().rstrip(".")], day, year, published)  # type: ignore
    if kind == "holiday" and holidays.names_only(g["hol"]):  # type: ignore[arg-type]
        return None, "", True
    if kind == "holiday":
        year = g.get("year") or g.get("yfirst") or _counted_year(g.get("yrel"), published)
        return _holiday(g["hol"], year, published)  # type: ignore[arg-type]
    if kind == "nth":
        day = int(g["day"])  # type: ignore[arg-type]
        if published is None:
            return None, f"d{day}", False
        y, mon = (published.year, published.month) if day <= published.day else _shift_month(published, -1)
        return _month_day(mon, day, str(y), published)
    if kind == "weekend" and g.get("named"):
        return _holiday_weekend(g["named"], g["wkd"], published)  # type: ignore[arg-type]
    if kind == "weekend":
        return week_spans.weekend(g["wkd"], published)  # type: ignore[arg-type]
    if kind == "ago":
        n = 2 if g.get("dby") else 7 if g.get("wk") else _whole_days(g["hours"]) if g.get("hours") \
            else number_words.count_value(g["n"])  # type: ignore[arg-type]
        return _days_back(published, n, f"-{n}d")  # type: ignore[arg-type]
    if kind == "num":
        return _figures(g, published)
    if kind == "my":
        mon = MONTHS[g["mon"].lower().rstrip(".")]  # type: ignore[union-attr]
        if g.get("year"):
            return f"{g['year']}-{mon:02d}", f"{g['year']}-{mon:02d}", True
        if published is None:
            return None, f"{mon:02d}", True
        rel = (g.get("rel") or "").strip().lower()
        last = (g.get("mrel") or "").lower() == "last" and not rel and mon >= published.month  # "last March" in March
        year = published.year + {"last year": -1, "next year": 1}.get(rel, -1 if not rel and mon > published.month
                                                                       or last else 0)
        return f"{year}-{mon:02d}", f"{year}-{mon:02d}", (year, mon) < (published.year, published.month)
    if kind == "y":
        return g["year"], g["year"], True  # type: ignore[return-value]
    if kind == "weekday":
        wd = WEEKDAYS.index(g["wd"].lower())  # type: ignore[union-attr]
        pre = "last" if g.get("post") else (g.get("pre") or "").lower()  # "on Sunday last": last Sunday
        if pre in _COMING:  # "next Friday", "this coming Sunday": a day ahead, never a reported event's
            return None, f"next-{g['wd'].lower()}", False  # type: ignore[union-attr]
        if published is None:
            return None, g["wd"].lower() + ("-lw" if g.get("lw") else ""), False  # type: ignore[union-attr]
        if g.get("lw"):  # "Monday last week", "on Friday of last week": that day of the calendar week before
            d = published - timedelta(days=published.weekday() + 7 - wd)
            return d.isoformat(), d.isoformat(), (published - d).days >= 7
        back = (published.weekday() - wd) % 7 or (7 if pre in _LAST else 0)
        d = published - timedelta(days=back)
        return d.isoformat(), d.isoformat(), back == 7
    rel = re.sub(r"^earlier in the", "earlier this", g["rel"].lower())  # type: ignore[union-attr]
    rel = re.sub(r"^(?:a few|several) ", "", rel)
    rel = _WEEKS_AGO.get(rel, rel)
    if published is None:
        return None, rel, rel in ("last month", "last year", "last week", "earlier this week", "earlier this month",
                                  "earlier this year", "two weeks ago")
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return published.isoformat(), published.isoformat(), False
    if rel in ("yesterday", "last night"):
        return _days_back(published, 1, rel)
    if rel == "last month":
        y, m = _shift_month(published, -1)
        return f"{y}-{m:02d}", f"{y}-{m:02d}", True
    if rel == "last year":
        return str(published.year - 1), str(published.year - 1), True
    if rel in ("last week", "earlier this week", "this week", "days ago", "two weeks ago"):
        month = week_spans.most_days_in(*week_spans.week_days(rel, published))
        return month, f"{month}-{'2w' if rel == 'two weeks ago' else 'w'}", rel not in ("this week", "days ago")
    if rel in ("earlier this month", "this month"):
        return f"{published.year}-{published.month:02d}", f"{published.year}-{published.month:02d}", True
    if rel in ("earlier this year",):
        return str(published.year), str(published.year), True
    return None, rel, False


def _through(kind: str, m: re.Match[str], value: str | None, published: date | None) -> str | None:
    """The last day of a span the mention names, dated by its first: the Sunday of a weekend, the second day of
    "12-13 March"; a day after the article's (+1 for time zones) is none."""
    if value is None or len(value) != 10:
        return None
    first = date.fromisoformat(value)
    if kind == "weekend":
        last = first + timedelta(days=1)
    elif kind == "dmy" and m.group("first") and int(m.group("first")) < int(m.group("day")):
        try:
            last = first.replace(day=int(m.group("day")))
        except ValueError:
            return None
    else:
        return None
    return None if _after(last.isoformat(), published) else last.isoformat()


# "on Saturday and Sunday", "the night of Saturday to Sunday", "Nov. 30-Dec. 1": two days the words join into a span
_JOINS = re.compile(r"\s*(?:and|to|into|till|until|through|-|–)\s*(?:the\s+)?(?:early\s+hours\s+of)?\s*", re.I)


def _joined_days(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """A day joined to the next one ("on Saturday and Sunday", "the night of Friday into Saturday") starts a span
    through it, dated by its first: a later "on Sunday" tells the same event."""
    ms = sorted(found, key=lambda x: x.start)
    out = list(found)
    for a, b in zip(ms, ms[1:]):
        if a.through is None and a.value and b.value and len(a.value) == len(b.value) == 10 \
                and _JOINS.fullmatch(sentence, a.end, b.start) \
                and date.fromisoformat(b.value) - date.fromisoformat(a.value) == timedelta(days=1):
            out[out.index(a)] = replace(a, through=b.value)
    return out


def _tomorrow(published: date) -> str:
    """The day after the article's: a statement's weekday there ("officials said Wednesday" in an article dated
    Tuesday) is the writer's local day ahead of the feed's clock, not a statement six days old."""
    return _next_day(published).isoformat()


def find(sentence: str, published: date | None, told: date | None = None,
         told_key: str | None = None) -> list[DateMention]:
    """Date mentions in the sentence, most specific first where they overlap. A weekday next to the date it names
    ("on Sunday, March 3", "Friday (September 30)") is that date; a year or month that ranks the event or starts a
    period ("the deadliest since 2017", "the worst attack of 2023") is none. A statement's bare weekday that would be
    six days old is the day after the article's (time zones); "said Monday, the day after ..." adds the day before.
    `told`: the last event day the text told before the sentence, which "the day before" or "two days later"
    count from; `told_key`: that day's key when it is not resolved (no publication date, "last week")."""
    return list(_find(_LOWER_DATELINE.sub(_recase_month, _CAPS_CALENDAR.sub(_recase_calendar, sentence)), published,
                      told, told_key))


# a wire's dateline that writes its month in lower case ("Bogotá, 8 mar (EFE).-", Spanish wires' house style): the
# place, the day, the month and the wire's credit (capitalised names in a bracket, then the dash) open the text, so the
# lower-case word is the month there only: "In Kaduna, 12 may (according to officials) have died" is the verb
_LOWER_DATELINE = re.compile(r"^\W*[A-Z][^,\n]{0,40},\s*\d{1,2}\s+(?P<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
                             r"(?:[a-z]{0,6})?)(?=\.?\s*\([A-Z][\w.&'’-]*(?:[ /]+[A-Z][\w.&'’-]*){0,3}\)\s*\.?\s*[-–—])")


def _recase_month(m: re.Match[str]) -> str:
    """The dateline with its month capitalised as the calendar rules read it; the same length, so offsets hold."""
    a, b = m.start("mon") - m.start(), m.end("mon") - m.start()
    return m.group()[:a] + m.group()[a:b].capitalize() + m.group()[b:]


# a weekday, or a month next to its day, in capitals, as a lead's capitalised opening writes it ("ON SUNDAY NIGHT,
# gunmen ...", "ON OCTOBER 5, ..."): read as written in running text; the same length, so every offset still points
# into the sentence. Only where a time word frames it: after a preposition of time ("ON", "LAST", "SINCE", ...) or,
# for a weekday, before a part of the day ("SUNDAY NIGHT") or a possessive ("SUNDAY'S ATTACK"). A capital word alone is as often something else: a march
# ("THE MARCH 2 DAYS AFTER"), a modal ("20 MAY HAVE DIED"), a newspaper ("SUNDAY PUNCH", "THE SUNDAY TIMES").
_CAPS_MONTH = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
_CAPS_DAY = r"(?:" + "|".join(w.upper() for w in WEEKDAYS) + r")"
_CAPS_TIME_PREP = (r"\b(?:ON|LAST|THIS|PAST|NEXT|SINCE|BY|UNTIL|TILL|FROM|BEFORE|AFTER|BETWEEN|LATE|EARLY|OVERNIGHT|"
                   r"DURING|(?:NIGHT|MORNING|EVENING|HOURS|AFTERNOON) OF)\s+")
_CAPS_UNITS = r"(?:SECOND|MINUTE|HOUR|DAY|WEEK|MONTH|YEAR|PEOPLE|PERSON|MEN|WOMEN|CHILDREN)S?"
_CAPS_CALENDAR = re.compile(
    _CAPS_TIME_PREP + r"(?:(?P<day>" + _CAPS_DAY + r")\b|(?P<month>" + _CAPS_MONTH + r")(?=\s+\d{1,2}\b(?!\s+"
    + _CAPS_UNITS + r"\b))|\d{1,2}(?:ST|ND|RD|TH)?\s+(?P<month2>" + _CAPS_MONTH + r")\b)"
    r"|\b(?P<dayof>" + _CAPS_DAY + r")(?=\s+(?:NIGHT|MORNING|AFTERNOON|EVENING)\b|['’]S\b)"
    # a lead that opens on its day ("SATURDAY, GUNMEN KILLED ...", "MARCH 3, 2031 — ..."), a date after its weekday
    # ("ON SATURDAY, MARCH 1")
    r"|^\W*(?P<lead>" + _CAPS_DAY + r")(?=,)|\b(?P<month3>" + _CAPS_MONTH + r")(?=\s+\d{1,2},?\s+\d{4}\b)"
    r"|(?:" + "|".join(f"(?<={w.upper()})" for w in WEEKDAYS) + r"),\s+(?P<month4>" + _CAPS_MONTH
    + r")(?=\s+\d{1,2}\b(?!\s+" + _CAPS_UNITS + r"\b))")


def _recase_calendar(m: re.Match[str]) -> str:
    """The match with its weekday or month written as running text writes it ("ON Sunday"), its other words kept."""
    g = next(k for k in ("day", "month", "month2", "dayof", "lead", "month3", "month4") if m.group(k))
    a, b = m.start(g) - m.start(), m.end(g) - m.start()
    text = m.group()
    return text[:a] + text[a:b].capitalize() + text[b:]


@lru_cache(maxsize=4096)
def _recalled_month_year(sentence: str, m: re.Match[str]) -> bool:
    """A month-year event named with no preposition after the sentence has told its own event ("gunmen killed six
    near Kidal, weeks after the May 2019 raid"): an older event compared, which must not date the new one."""
    from worker.extract.gazetteer import any_trigger  # reads the trigger lexicon; dates stays importable alone
    return m.start() == m.start("mon") and any_trigger().search(sentence, 0, m.start()) is not None


def _find(sentence: str, published: date | None, told: date | None, told_key: str | None) -> tuple[DateMention, ...]:
    """find, cached: the grouping, the gate's readings and each incident ask about the same sentences (a long text
    of repeated lines asks about a few sentences hundreds of times)."""
    from worker.extract import quoted_days  # counts from a statement's day; dates stays importable alone
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    explicit: list[tuple[int, int]] = []
    relative: list[tuple[int, str, dict[str, Any]]] = []  # relative days, which a quotation counts from its speaker
    for kind, rx in _PATTERNS:
        for m in rx.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "my" and _recalled_month_year(sentence, m):
                continue
            if kind == "weekday" and any(abs(s - m.end()) <= 3 or abs(m.start() - e) <= 3 for s, e in explicit):
                continue
            if kind == "my" and not m.group("year") and not m.group("rel") and _SHORT_MONTH.fullmatch(m.group("mon")) \
                    and not sentence.startswith(".", m.end("mon")):
                continue  # "in Mar del Plata", "of Jan Smit": a bare short form is a month only with a year or full stop
            if (kind in ("my", "y") or kind == "rel" and m.group("rel").lower() in _CURRENT_PERIODS) \
                    and _ranks_in_period(sentence[max(0, m.start() - 100):m.start()]):
                continue
            if _RANKED_SINCE.search(sentence, max(0, m.start() - 160), m.start()):
                continue  # "the deadliest since a blast at a market on Sunday": the day of the event it is ranked by
            if _in_biography(sentence, m.start()):
                continue  # "the suspect came to Germany in December 2022": a person's story, no event's day
            try:
                value, key, past = _resolve(kind, m.groupdict(), published)
            except (ValueError, KeyError, OverflowError):  # OverflowError: a day before year 1 ("0001-01-01" published)
                continue
            if (kind == "holiday" or kind == "weekend" and m["named"]) and key.startswith("next-") \
                    and published is not None and _told_past(sentence, m.start()):
                value, key, past = _last_one(kind, m, published)  # a past killing on a coming holiday: last year's
            if kind in _EXPLICIT and not (m.group("year") or m.group("yrel")) and value and published is not None:
                value, key, past = _weekday_year(sentence, m, value, published) or (value, key, past)
            if value is not None and (not _WELL_FORMED.fullmatch(value) or _after(value, published)):
                value = None  # "on March 25" of a march planned after the article's day: no date of a reported event
            taken.append((m.start(), m.end()))
            if kind == "holiday" and (holidays.names_only(m["hol"]) or _names_a_thing(sentence, m, value, published)):
                continue  # "the Good Friday Agreement", "Bloody Sunday": no day, nor a weekday inside the name
            if kind in _EXPLICIT or kind == "num":
                explicit.append((m.start(), m.end()))
            reporting = bool(_REPORTING_BEFORE.search(sentence[max(0, m.start() - 100):m.start()])
                             or _spoken_before(sentence, m.start())
                             or _said_after(sentence, m) or (kind in _EXPLICIT and _dateline(sentence, m))
                             or _REPORTING_LEAD.search(sentence[:m.start()][-200:]))
            if reporting and kind == "weekday" and published is not None and value \
                    and (m.group("pre") or "").lower() not in _LAST and not m.group("post") \
                    and (published - date.fromisoformat(value)).days == 6:
                value = key = _tomorrow(published)
                past = False
            if kind in quoted_days.RELATIVE_KINDS:
                relative.append((len(out), kind, m.groupdict()))
            out.append(DateMention(value, key, m.start(), m.end(), past, reporting, _through(kind, m, value, published),
                                   kind == "weekend"))
    out = quoted_days.recount(sentence, out, relative, published)
    out = _without_period_starts(sentence, out)
    out = _joined_days(sentence, out)
    out += _counted_days(sentence, told, published, out, told_key, _said_day(out))
    out = _followup_days(sentence, out) if sum(1 for x in out if x.value) > 1 else out
    return tuple(sorted(out + _days_before_statements(sentence, out) + _term_starts(sentence, out, published),
                        key=lambda d: d.start))


# "since October", "since 2009", "since Christmas Eve", "since last week": the start of a period (a campaign, a
# siege, a total), written as a date (the mention holds "since" or follows it)
_SINCE = re.compile(r"since\b", re.I)
_SINCE_BEFORE = re.compile(r"\bsince(?:\s+the)?\s*$", re.I)  # (a weekday's span opens at its space: "since| Thursday")
# "missing since March 3, when gunmen abducted them": a start the sentence tells as the event's day
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)


def _without_period_starts(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """A period's start ("have shelled El Fasher since October, and on Monday a shell killed nine") gives way to an
    own day of the sentence: it dates what has gone on since, not the event the sentence tells on its day. Alone it
    stays ("fighting since March has killed 40": the period is all the text dates)."""
    starts = [x for x in found if not x.reporting and (_SINCE.match(sentence, x.start)
                                                        or _SINCE_BEFORE.search(sentence, max(0, x.start - 12), x.start))
              and not _WHEN_AFTER.match(sentence, x.end)]
    if not starts or not any(x.value and not x.reporting and x not in starts for x in found):
        return found
    return [x for x in found if x not in starts]


# "detention for 1 month 28 days, that is, until May 22, 2024", "remanded for two months, until March 3": a term
# that runs to a stated day, so it began (was ordered) that long before it
_TERM_PART = r"(?:\d{1,2}|" + number_words.below_hundred() + r"|a|an|one)\s+(?:years?|months?|weeks?|days?)"
_TERM = re.compile(r"\bfor\s+(?P<term>" + _TERM_PART + r"(?:\s*,?\s*(?:and\s+)?" + _TERM_PART + r"){0,2})\s*,?\s*"
                   r"(?:that is|i\.\s?e\.)?\s*,?\s*(?:until|till|to)\s*$", re.I)
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# what makes the term one a court or the police imposed (so it was ordered when it began): custody, not a plan or a
# campaign's span ("would deploy troops for three months, to June 12" began on no day the text tells)
_CUSTODY = re.compile(r"\b(?:remand\w*|detain\w*|detention|custody|arrest\w*|held|hold|jail\w*|imprison\w*|"
                      r"prison|restraint|confine\w*|sentenc\w*|court|judge|magistrate|tribunal)\b", re.I)
_TERM_UNIT = re.compile(r"(?P<n>\w+)\s+(?P<unit>year|month|week|day)", re.I)


def _term_starts(sentence: str, found: list[DateMention], published: date | None) -> list[DateMention]:
    """The day a term of custody that runs to a stated full day began ("detention for 1 month 28 days, until May 22,
    2024": March 24): the day it was ordered, placed where the term is written; not for a term already over on the
    article's day (one the text recalls, not the news of its order), nor for a span of anything but custody."""
    out = []
    for x in found:
        m = _TERM.search(sentence, max(0, x.start - 80), x.start)
        day = x.value or x.key  # a term's end after the article's day has no value (no event's day), only its key
        if m is None or not _ISO_DAY.fullmatch(day) or not _FULL.search(sentence, x.start, x.end):
            continue
        if not _CUSTODY.search(sentence, max(0, m.start() - 120), m.start()):
            continue  # no custody: a planned deployment's or a curfew's span, whose start nobody ordered that day  # a stated calendar day with its year: "for two days until Monday" counts back from no record
        months = days = 0
        for part in _TERM_UNIT.finditer(m["term"]):
            n = number_words.count_value(part["n"]) or 0
            unit = part["unit"].lower()
            months += n * 12 if unit == "year" else n if unit == "month" else 0
            days += n * 7 if unit == "week" else n if unit == "day" else 0
        end = date.fromisoformat(day)
        if published is not None and end < published:
            continue
        try:
            y, mo = _shift_month(end - timedelta(days=days), -months)
            start = (end - timedelta(days=days)).replace(year=y, month=mo)
        except (ValueError, OverflowError):
            continue
        if _after(start.isoformat(), published):
            continue
        out.append(DateMention(start.isoformat(), start.isoformat(), m.start(), m.end(), False))
    return out


# "The day before, ...", "a day earlier", "two days later in ...", "a week later", "the following day", "the previous
# night" (it began the evening before), "two nights earlier", "48 hours later" (whole days of hours): a day counted
# from a day the text told before; not "two days after the raid"
# (counted from an event the phrase names) or "the day before yesterday" (counted from the article's day)
_COUNTED = re.compile(r"\b(?:(?P<n>a|\d{1,2}|" + number_words.below_hundred()
                      + r")\s+(?P<unit>days?|weeks?|fortnights?|nights?|hours)|"
                      r"the\s+(?:day|night|evening))\s+"
                      r"(?P<dir>earlier|later|before|after)\b|"
                      r"\bthe\s+(?P<adj>previous|preceding|next|following)\s+(?:day|night|evening|morning)\b", re.I)
_COUNTED_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|at|near|on|when|as|while|and)\b", re.I)
# "and a week later another attack killed 47": "later"/"earlier" with no comma before the clause it dates (an
# event "after" or "before" names what it counts from, "later than" compares)
_COUNTED_RUNS_ON = re.compile(r"\s+(?!than\b|that\b)[a-z]")


def _said_day(found: list[DateMention]) -> date | None:
    """The full day of the sentence's statement, when the sentence names no event day: "Police said on Tuesday that
    gunmen killed five the day before" counts the day before from the statement, as reported speech shifts
    "yesterday" to "the day before"; what the statement reports is the news, no recall."""
    if any(not x.reporting and x.value for x in found):
        return None
    return next((date.fromisoformat(x.value) for x in found if x.reporting and len(x.value or "") == 10), None)


def _counted_days(sentence: str, told: date | None, published: date | None, found: list[DateMention],
                  told_key: str | None = None, said: date | None = None) -> list[DateMention]:
    """Days the sentence counts from the last event day told before the phrase (an earlier day of the sentence, else
    `told`, the last of the text before it): "Gunmen killed five on Monday. The day before, bandits abducted 20"
    tells Sunday. An earlier day is a recalled event's (past); a day after the article's is none. A day counted from
    one the text told but nobody can resolve ("on Monday" without a publication date) is unresolved, yet still
    another day than it: its key says which. `said`, the day of the sentence's statement: a day counted back
    ("the day before") counts from it, as reported speech shifts "yesterday", and is the news; a day counted forward
    ("the following day") counts from an event, never from the speaker's now, and is none after the statement."""
    out = []
    for m in _COUNTED.finditer(sentence):
        run_on = not _COUNTED_END.match(sentence, m.end())
        if run_on and not (_COUNTED_RUNS_ON.match(sentence, m.end())
                           and (m.group("dir") or "").lower() in ("earlier", "later")) \
                or any(m.start() < x.end and x.start < m.end() for x in found):
            continue
        unit = (m.group("unit") or "").lower()
        try:
            n = _whole_days(m.group("n")) if unit == "hours" else \
                1 if not m.group("n") else number_words.count_value(m.group("n")) or 1
        except ValueError:
            continue  # "hours later", "36 hours earlier": no whole day
        weekly = unit.startswith(("week", "fortnight"))
        n *= 14 if unit.startswith("fortnight") else 7 if weekly else 1  # "a week later": seven days
        back = (m.group("dir") or "").lower() in ("earlier", "before") or (m.group("adj") or "").lower() in (
            "previous", "preceding")
        own = [date.fromisoformat(x.value) for x in found if x.end <= m.start() and not x.reporting
               and len(x.value or "") == 10]
        spoken = not own and back and said is not None  # "said on Tuesday that ... the day before"
        anchor = own[-1] if own else said if spoken else told
        if anchor is None:
            if told_key is not None and not run_on:  # ("In March ..., and two days later another attack": no day)
                out.append(DateMention(None, f"{told_key}{'-' if back else '+'}{n}d", m.start(), m.end(), back))
            continue
        try:
            d = anchor - timedelta(days=n) if back else anchor + timedelta(days=n)
            value, key = _counted_value(d, n // 7 if weekly and back else 0)
        except OverflowError:
            continue
        late = _after(d.isoformat(), published) or said is not None and d > said
        out.append(DateMention(None if late else value, key, m.start(), m.end(), back and not spoken,
                               counts_on=None if late or len(value) == 10 else d.isoformat()))
    return out


def _counted_value(d: date, weeks: int) -> tuple[str, str]:
    """The value and key of a day counted `weeks` whole weeks back (0: days, or forward): "two weeks earlier",
    "three weeks before" tell a time about so far off, no day (as "two weeks ago" does), so they name the month most
    days of their span fall in; "a week earlier" and counted days name the day. (Counted forward, "three weeks
    later" keeps its day: as a month it would read as the same time as its anchor's day of that month.)"""
    if weeks < 2:
        return d.isoformat(), d.isoformat()
    spread = timedelta(days=2 * weeks)  # "two weeks": 10 to 18 days, as week_spans.week_days reads "two weeks ago"
    month = week_spans.most_days_in(d - spread, d + spread)
    return month, f"{month}-{weeks}w"


_FOLLOWUP_REACH = 60  # characters from a follow-up's word to the day that times it ("a funeral was held on Friday")


def _followup_days(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """In a sentence that tells a follow-up with its day and the event it follows with another ("A funeral was held
    on Friday for five people killed on Monday", "Mourners gathered on Thursday ... killed in Monday's ambush"), the
    follow-up's day is marked like a statement's: the event's own day comes first for the event, while a
    follow-up's own sentences (followup_days.own) still date the follow-up by it. A statement's day stays a
    statement's ("the body was located in Lisbon, police confirmed Saturday": the day of the saying, not the finding)."""
    from worker.extract import followup_days, types  # both read lexicons; dates stays importable alone
    out = list(found)
    for _, rx in types._followups():
        for f in rx.finditer(sentence):
            mine = next((x for x in out if x.value and not x.reporting and 0 <= x.start - f.end() <= _FOLLOWUP_REACH
                         and not followup_days.recalled(sentence, x, f.span())), None)
            if mine is not None and any(x is not mine and x.value and x.value != mine.value and not x.reporting
                                        and followup_days.recalled(sentence, x, f.span()) for x in out):
                out[out.index(mine)] = replace(mine, reporting=True, through=None, vague=False, followup=True)
    return out


_WEEKDAY = re.compile(r"\b(?:" + _WEEKDAY_NAMES + r")\b")


def _beside(sentence: str, m: re.Match[str]) -> int | None:
    """The weekday written next to a month-day ("Sunday (Mar 24)", "March 24, Sunday"), as 0 = Monday."""
    for w in _WEEKDAY.finditer(sentence, max(0, m.start() - 14), min(len(sentence), m.end() + 14)):
        if abs(w.end() - m.start()) <= 3 or abs(m.end() - w.start()) <= 3:
            return WEEKDAYS.index(w.group().lower())
    return None


# "Oct. 28 (UPI) -- Authorities confirmed Saturday that": a wire's statement day in its dateline's own sentence
_SAID_WEEKDAY = re.compile(_VERB + r"\s+(?:on\s+)?(?P<wd>" + _WEEKDAY_NAMES + r")\b")


def _dateline_weekday(sentence: str, m: re.Match[str]) -> int | None:
    """The weekday of the statement a wire dateline's sentence reports ("Oct. 28 (UPI) -- Police said Saturday"):
    the wire files a statement on the day it is made, so it is the dateline day's weekday (0 = Monday)."""
    if not _dateline(sentence, m):
        return None
    w = _SAID_WEEKDAY.search(sentence, m.end())
    return WEEKDAYS.index(w["wd"].lower()) if w else None


def _on_weekday(mon: int, day: int, weekday: int, years: Iterable[int]) -> Iterator[date]:
    """The month-day of each of `years` (in their order) in which it exists and falls on the weekday: what
    `pinned_year` and `nearest_fitting` choose among."""
    for y in years:
        try:
            d = date(y, mon, day)
        except ValueError:  # a leap day of another year
            continue
        if d.weekday() == weekday:
            yield d


def pinned_year(mon: int, day: int, weekday: int, years: list[int], latest: date | None = None) -> int | None:
    """The latest of `years` in which the month-day falls on the weekday (and not after `latest`): a weekday and
    a month-day recur together only every 5 to 11 years, so they pin the year among candidates the text or the
    article's date offers, never on their own."""
    return next((d.year for d in _on_weekday(mon, day, weekday, sorted(set(years), reverse=True))
                 if latest is None or d <= latest + timedelta(days=1)), None)


def _weekday_year(sentence: str, m: re.Match[str], value: str, published: date) -> tuple[str, str, bool] | None:
    """A yearless month-day resolves to the latest such day not after the article's; when its weekday falls on
    that day only a year earlier ("Tuesday, Dec 3" in an article of 2024-12-30: 2024-12-03 is a Tuesday, so no
    change; "Sunday, Dec 24" there: 2023-12-24), that year. A weekday that fits neither year is a slip: no change."""
    wd = _beside(sentence, m)
    d = date.fromisoformat(value)
    if wd is None or d.weekday() == wd:
        return None
    y = pinned_year(d.month, d.day, wd, [published.year, published.year - 1], published)
    if y is None:
        return None
    pinned = date(y, d.month, d.day)
    return pinned.isoformat(), pinned.isoformat(), pinned < published


# "sources said Monday, the day after security forces fired on protesters": what the statement tells happened a
# counted number of days before the statement's day
_DAYS_AFTER = re.compile(r"\s*,?\s*(?:the|a|(?P<n>\d{1,2}|" + number_words.below_hundred() + r"))\s+days?\s+after\b", re.I)


# "a day after a similar ambush", "two days after another attack": what follows is another event than the one told
_ANOTHER_EVENT = re.compile(r"\s+(?:another|(?:an?|the)\s+(?:similar|separate|earlier|previous|prior|second|third|"
                            r"further|fresh|new)|(?:an?|the)\s+\w+\s+(?:similar|separate)\b)", re.I)


def _days_before_statements(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """The day of the event a statement day is "the day after" (or "two days after"): that many days before it;
    none when the words after name another event ("said Wednesday, a day after a similar ambush killed three")."""
    out = []
    for m in found:
        after = _DAYS_AFTER.match(sentence, m.end)
        if after and _ANOTHER_EVENT.match(sentence, after.end()):
            continue
        if m.reporting and after and m.value and len(m.value) == 10:
            try:
                d = date.fromisoformat(m.value) - timedelta(days=number_words.count_value(after.group("n") or "one") or 1)
            except OverflowError:  # a statement day in the first days of year 1: no day before it
                continue
            out.append(DateMention(d.isoformat(), d.isoformat(), after.start(), after.end(), False))
    return out


def filed_day(text: str, published: date | None) -> date | None:
    """The full day of the wire dateline that opens the text ("KABUL, Oct 15 (Reuters) -"): the day the report was
    filed, which its "yesterday" and "on Sunday" count from when it was published a day or more later."""
    head = _LOWER_DATELINE.sub(_recase_month, text.lstrip()[:200])
    for kind in _EXPLICIT:
        m = dict(_PATTERNS)[kind].search(head)
        if m is None or not _dateline(head, m):
            continue
        try:
            value = _resolve(kind, m.groupdict(), published)[0]
        except (ValueError, KeyError, OverflowError):
            return None
        return date.fromisoformat(value) if value and not _after(value, published) else None
    return None


def reference_date(text: str, received: date | None = None) -> date | None:
    """The latest day the text states in full ("on September 23, 2022") in a sentence that tells a violent event or
    dates one it told ("the incident happened on Sunday, March 3, 2024"), or that a link in the text files its story
    under (`linked_dates`), for an article whose publication date is unknown: weekdays and yearless days resolve
    against it rather than not at all. Dates of sidebars and teasers
    ("Updated 26 Jul, 2024") tell no event and are not used."""
    if (signed := byline_date(text)) is not None:
        return signed
    from worker.extract import segment, types  # types reads the trigger lexicon; dates stays importable alone
    told = [s.text for s in segment.sentences(text) if types.classify(s.text) is not None or dates_an_event(s.text)]
    days = [m.value for s in told if _FULL.search(s) for m in find(s, None) if m.value and len(m.value) == 10
            and not _PLANNED.search(s, max(0, m.start - 80), m.start)]
    if (linked := linked_dates.linked_day(text)) is not None:  # a copy's source link: "https://x.org/2024/8/3/slug"
        days.append(linked.isoformat())
    if days:
        return date.fromisoformat(max(days))
    years = past_years(text)
    if years or received is None:
        return _pinned_day(told, years)
    return _pinned_day(told, recent_years(received), received)


# a month-day falls on each weekday at least once in any 11 consecutive years (28 with a leap day): 29 candidate
# years cover every day of the calendar
_CALENDAR_YEARS = 29


def recent_years(received: date) -> list[int]:
    """The years a text with no year of its own may tell, most recent first: the year after the one it was received
    in (a day a few days ahead across New Year), that year and those before it."""
    return list(range(received.year + 1, received.year - _CALENDAR_YEARS, -1))


# how far after its arrival a weekday and month-day of an undated text may fall: a day, for clocks and time zones. An
# incident is reported after it happened: "Gunmen on Friday (May 9) killed 12" received on May 2 is a past May 9
_AHEAD = timedelta(days=1)


def nearest_fitting(mon: int, day: int, weekday: int, received: date) -> date | None:
    """The month-day on the weekday nearest to the arrival time, not more than `_AHEAD` after it (a latest-not-after
    rule jumps years back when the writer's clock is a day ahead). The arrival is the record's `fetched_at`, so a
    record is dated alike whenever it is reprocessed; only a record without one is read against the clock."""
    fits = [d for d in _on_weekday(mon, day, weekday, recent_years(received)) if d <= received + _AHEAD]
    return min(fits, key=lambda d: (abs((d - received).days), -d.toordinal()), default=None)


# "by 2030", "its Vision 2030 plan", "a 2030 target": a year a plan aims at, not one an event was told in
_AIM_BEFORE = re.compile(r"\b(?:by|until|till|vision|agenda)\s+$", re.I)
_AIM_AFTER = re.compile(r"\s*(?:plan|agenda|vision|target|goal|strategy|deadline|development|roadmap|ambition)s?\b",
                        re.I)


def past_years(text: str) -> list[int]:
    """The years the text states, less those a plan or target aims at ("by 2030", "Vision 2030") or that a planned
    clause names ("will ... in 2031"): a weekday pins a yearless day only in a year that is not the future."""
    out = []
    for m in _FULL.finditer(text):
        before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 20]
        line = text[max(0, m.start() - 120):m.start()]
        if _AIM_BEFORE.search(before) or _AIM_AFTER.match(after) or _PLANNED.search(line.split(".")[-1]):
            continue
        out.append(int(m.group()))
    return out


def _pinned_day(sentences: list[str], years: list[int], latest: date | None = None) -> date | None:
    """The latest yearless month-day of the sentences whose written weekday falls on it in one of `years`: a year
    the text states ("Russia on Sunday (Mar 24) charged four suspects" in a text naming 2024) or, for a text that
    states none, the fitting day nearest to its arrival `latest` (`nearest_fitting`)."""
    out = []
    for s in sentences:
        for kind in _EXPLICIT:
            for m in dict(_PATTERNS)[kind].finditer(s):
                wd = None if m.group("year") or m.group("yrel") else _beside(s, m)
                wd = _dateline_weekday(s, m) if wd is None and not (m.group("year") or m.group("yrel")) else wd
                mon, day = MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("day"))
                if wd is not None and latest is not None:
                    out += [d for d in [nearest_fitting(mon, day, wd, latest)] if d is not None]
                    continue
                y = pinned_year(mon, day, wd, years) if wd is not None else None
                if y is not None:
                    out.append(date(y, mon, day))
    return max(out, default=None)


# "By Jane Doe on 30 Sep 2022", "Published: March 3, 2024": the article's own date, where its text begins
_BYLINE = re.compile(r"\W*(?:By\s+(?-i:[A-Z])[^\n|.:;]{0,60}?\s+(?:on|\|)|(?:First\s+)?(?:Published|Posted)(?:\s+on)?:?)"
                     r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?", re.I)


def byline_date(text: str) -> date | None:
    """The full date of a byline or "Published" line that opens the text: the article's date, for a text whose
    publication date is unknown."""
    m = _BYLINE.match(text)
    if m is None:
        return None
    first = next((x for x in find(text[m.end():m.end() + 40], None) if x.start == 0 and x.value), None)
    return date.fromisoformat(first.value) if first is not None and len(first.value or "") == 10 else None


_FULL = re.compile(r"\b(?:19|20)\d\d\b")
# "the incident happened on ...", "the attack took place on ...": a sentence that dates an event told before it
_DATES_EVENT = re.compile(r"\b(?:the|this|that) (?:incident|attack|abduction|kidnapping|killing|explosion|blast|shooting|"
                          r"raid|assault|bombing|ambush|clash(?:es)?) (?:\w+ )?(?:happened|occurred|took place|"
                          r"was carried out)\b", re.I)
# "the trial is set to open on March 3, 2031", "will march on", "remanded until May 22, 2024": a day planned, not one an
# event happened on
_PLANNED = re.compile(r"\b(?:will|shall|would|set to|scheduled|slated|due to|plans? to|planned|planning|expected to|"
                      r"(?:is|are) to|to be held|adjourned|postponed|deadline|until|pending)\b[^.;]*$", re.I)


# Feeds emit a zero timestamp for an unset date ("0001-01-01T00:00:00Z" of Go and .NET, "1970-01-01" of Unix time):
# no news article on the web is dated before 1980, so such a date is unknown, not a day events resolve against
_EARLIEST_PUBLISHED = date(1980, 1, 1)


class Published(date):
    """The article's publication day that keeps the time of day its timestamp states (`minutes` after midnight on
    the timestamp's own clock, None when it states none): a report timed after an evening hour is of that day."""
    minutes: int | None = None

    def __new__(cls, year: int, month: int, day: int, minutes: int | None = None) -> "Published":
        self = super().__new__(cls, year, month, day)
        self.minutes = minutes
        return self


_TIME_OF_DAY = re.compile(r"[T ](?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)")


def parse_published(value: str | None) -> date | None:
    """The article's publication day, or None when unset, unreadable or a feed's zero timestamp."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    if day < _EARLIEST_PUBLISHED:
        return None
    t = _TIME_OF_DAY.match(value, 10)
    return Published(day.year, day.month, day.day, int(t["h"]) * 60 + int(t["m"]) if t else None)


RECENT_DAYS = 7  # a day told within a week before the article's (or statement's) day is the news, not a recall


def consistent(a: DateMention, b: DateMention) -> bool:
    """Two mentions can name the same event day: equal keys, or one value contains the other ("in March" and
    "on March 3" of an article of March) unless the coarser one is a recall, or one is a day of the other's span
    ("over the weekend" and "on Sunday")."""
    if a.key == b.key or _within(a, b) or _within(b, a):
        return True
    if a.value and b.value:  # a coarse recall ("earlier this month", "last year") is another event of that period
        coarse, fine = (a, b) if len(a.value) < len(b.value) else (b, a)
        return not coarse.past and fine.value.startswith(coarse.value)  # type: ignore[union-attr]
    return False  # without a published date "on Monday" and "on February 17" cannot be compared: kept apart


def _within(span: DateMention, m: DateMention) -> bool:
    """`m` names a day of the span `span` names ("on Sunday" of "over the weekend")."""
    return bool(span.through and span.value and m.value and len(m.value) == 10
                and span.value <= m.value <= span.through)


def precision(m: DateMention) -> float:
    """How much of the day a mention fixes: 3 a day, 2 a month, 1 a year, 0 nothing resolved; a span whose day the
    text leaves open ("over the weekend") less than one of its days, which a later sentence tells ("The attack
    happened on Sunday"); a stated range ("12-13 March") is dated by its first day, whatever day of it is told next."""
    return {10: 3, 7: 2, 4: 1}.get(len(m.value or ""), 0) - (0.5 if m.vague else 0)


def most_precise(ms: list[DateMention]) -> DateMention | None:
    """The first resolved mention, refined by a later, more precise one consistent with it ("on Tuesday" then
    "on March 3": the same day; "in March" then "on March 3": the day)."""
    best = next((m for m in ms if m.value), None)
    for m in ms:
        if best is not None and m.value and precision(m) > precision(best) and consistent(m, best):
            best = m
    return best


def event_day_of(m: DateMention, published: date | None) -> str | None:
    """The event's day an incident dated by `m` gets: a statement's day after the article's own (a writer's local
    day ahead of the feed's clock, "said Wednesday" in an article dated Tuesday) bounds the event by the article's
    day, which cannot precede what it reports."""
    if m.reporting and published is not None and m.value and len(m.value) == 10 and m.value > published.isoformat():
        return published.isoformat()
    return m.value


def recent(m: DateMention, reference: date | None) -> bool:
    """A full day at most RECENT_DAYS before `reference` (the statement's or the article's day): the event a lead
    reports without its date ("police said Wednesday"), told later with it ("on Tuesday, March 3")."""
    if reference is None or m.value is None or len(m.value) != 10:
        return False
    return 0 <= (reference - date.fromisoformat(m.value)).days <= RECENT_DAYS


# "the bomb went off at 10:28 p.m.", "at 21:40 local time", "late in the evening": an hour before midnight ("overnight",
# "at night" name no hour: at_night)
_EVENING = re.compile(r"\b(?:(?:in the|late in the|on a|one|late|early) evening|(?:8|9|10|11)(?::\d\d)?\s*p\.?\s?m\b|"
                      r"2[0-3][:h][0-5]\d\b)", re.I)  # "21:40", "21h40"; not "21.40" (a figure)


# "a curfew from 9 p.m. to 6 a.m.", "between 8 p.m. and dawn", "until 10 p.m.": an hour that bounds a schedule
_SCHEDULE_BEFORE = re.compile(r"\b(?:from|between|until|till|after|before|by|curfew)\s+$", re.I)
_SCHEDULE_AFTER = re.compile(r"\s*(?:to|till|until|and|-|–)\s+(?:\d|dawn|midnight|morning|noon)", re.I)


def _minutes(m: re.Match[str]) -> int:
    """The earliest time of day an evening mention allows, in minutes after midnight ("10 p.m.": 1320)."""
    hour = re.match(r"\d+", m.group())
    if hour is None:
        return 18 * 60  # "in the evening": from six
    h = int(hour.group())
    return (h + 12 if h < 12 else h) * 60 + int((re.search(r"[:h](\d\d)", m.group()) or [0, 0])[1])


def in_the_evening(sentence: str, published: date | None = None) -> bool:
    """The sentence sets its event at an hour before midnight: the hour stands in a clause that tells violence
    (not "..., and authorities imposed a curfew from 9 p.m.") and times no schedule ("from 9 p.m. to 6 a.m.").
    An article that tells such an event without its day ("tonight", "this evening" would date it today) was written
    after that evening: the event is the day before the article's. Measured on dev, wad-dev and merge-dev: the one
    undated primary incident with such an hour happened the day before (of all 79 undated ones, 53 happened on the
    article's day, 18 the day before). A publication timestamp later that day than the hour is a same-day report."""
    for m in _EVENING.finditer(sentence):
        if _SCHEDULE_BEFORE.search(sentence[max(0, m.start() - 20):m.start()]) or _SCHEDULE_AFTER.match(sentence, m.end()):
            continue
        if _violent_clause(sentence, m.start()):
            return getattr(published, "minutes", None) is None or published.minutes < _minutes(m)  # type: ignore
    return False


def _violent_clause(sentence: str, at: int, alone: bool = True) -> bool:
    """The clause around offset `at` tells violence (or, with `alone`, the sentence is one clause: "the bomb went
    off at 10 p.m." names its event in the sentences around it)."""
    from worker.extract import types  # types reads the trigger lexicon; dates stays importable alone
    cuts = [0] + [m.end() for m in _CLAUSE_JOIN.finditer(sentence)] + [len(sentence)]
    i = bisect.bisect_right(cuts, at) - 1
    return types.classify(sentence[cuts[i]:cuts[i + 1]]) is not None or alone and len(cuts) == 2


# "an overnight raid", "a midnight attack", "a pre-dawn assault", "gunmen struck at night", "a night of rioting":
# the event ran through the night before the article's day; not "Friday night" or "last night" (a named day), "on
# the night of March 3" (dated), nor a place or trade named after the night ("a night market", "a night guard")
_NIGHT = re.compile(r"\b(?:over-?night|mid-?night|pre-?dawn|before dawn|(?:at|during|in|through) the night|"
                    r"(?:late )?at night|a night of)\b(?!\s+curfews?\b)", re.I)  # "an overnight curfew": a schedule
_NAMED_NIGHT = re.compile(r"\b(?:" + _WEEKDAY_NAMES + r"|last)\s*$", re.I)


# "an overnight raid", "the pre-dawn attack", "a midnight ambush": a night word before a noun times that noun only
_ATTRIBUTIVE = re.compile(r"\b(?:an?|the|its|their|his|her|this|that|[\w’']+['’]s)\s+$", re.I)
# "at 2 p.m.", "at noon", "in the afternoon", "in broad daylight": a time of day that is no night
_DAYTIME = re.compile(r"\b(?:(?:1[0-2]|[1-7])(?::\d\d)?\s*p\.?\s?m\b|(?:at )?(?:noon|midday)|(?:in|during) the afternoon|"
                      r"(?:in )?broad daylight)", re.I)
# "a suspect who had been held overnight", "a singer who became an overnight sensation": a relative clause
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b[^,;:]*$", re.I)


def _night_of_event(sentence: str, m: re.Match[str]) -> bool:
    """The night word times the event the sentence tells: it opens no name ("the Midnight Express bus"), modifies
    an event's noun when it modifies one ("a pre-dawn raid", not "an overnight sensation"), times no habit ("who
    usually attack at night") nor a relative clause's state ("a suspect who had been held overnight"), and no
    daytime hour times the sentence ("at 2 p.m.")."""
    from worker.extract import habit_days  # reads the habit adverbs; dates stays importable alone
    word, before = m.group(), sentence[:m.start()]
    if word[0].isupper() and before.strip(" \"'“‘(") and not before.rstrip().endswith((".", ":", "—", "-")):
        return False  # capitalised inside the sentence: a name
    if _ATTRIBUTIVE.search(before[-30:]) and not word.lower().startswith("a night") \
            and not _tells_violence(" ".join(_noun_words(sentence[m.end():m.end() + 40]))):
        return False
    if habit_days.habitual_clause(sentence, m.start()):
        return False
    rel = _RELATIVE.search(before[-80:])
    end = re.compile(r"[,;:]|$").search(sentence, m.end())
    return (rel is None or _tells_violence(before[-80:][rel.start():] + sentence[m.start():end.start()])) \
        and not any(not _SCHEDULE_BEFORE.search(sentence[max(0, d.start() - 20):d.start()])
                    for d in _DAYTIME.finditer(sentence))


# verbs of an attack the trigger lexicon leaves to their context ("gunmen, who struck at midnight, ...")
_ATTACK_VERBS = re.compile(r"\b(?:struck|strikes?|stormed|storms?|raided|raids?|attack(?:ed|s)?|opened fire)\b", re.I)


def _tells_violence(words: str) -> bool:
    """The words name violence: a trigger, an event noun or an attack's verb."""
    from worker.extract.gazetteer import any_trigger  # reads the trigger lexicon; dates stays importable alone
    return bool(any_trigger().search(words) or _ATTACK_VERBS.search(words)
                or any(_EVENT_NOUNS.fullmatch(w) for w in words.split()))


def _noun_words(text: str) -> list[str]:
    """The first words of the noun phrase `text` opens, up to three, cut at a preposition, figure or participle."""
    out: list[str] = []
    for word in re.findall(r"[\w'’-]+", text)[:3]:
        if _NP_END.fullmatch(word):
            break
        out.append(word)
    return out


# "said on Friday night", "said late on Friday", "said Friday evening": a statement made in the evening or night
_NIGHT_AFTER = re.compile(r"\s*(?:night|evening)\b", re.I)
_LATE_BEFORE = re.compile(r"\blate\s+(?:on\s+)?$", re.I)


def told_at_night(sentence: str, m: DateMention) -> bool:
    """The day `m` names is told with its evening or night ("police said on Friday night", "late on Friday"): an
    evening hour of an event told then is that same day's, not the day before's."""
    return bool(_NIGHT_AFTER.match(sentence, m.end) or _LATE_BEFORE.search(sentence[max(0, m.start - 12):m.start]))


def at_night(sentence: str) -> bool:
    """The sentence sets its event in the night (`_NIGHT`, `_night_of_event`) in a clause that tells violence
    ("residents now sleep in the bush at night" tells none) and names no day of it: an article that tells such an
    event without its day was written after that night, and the night began the day before. Measured on dev,
    wad-dev and merge-dev: of the undated primary incidents told in a night, 4 of 4 began before the article's day
    (3 the day before, 1 two days before), none on it."""
    return any(not _NAMED_NIGHT.search(sentence[max(0, m.start() - 12):m.start()])
               and not _SCHEDULE_BEFORE.search(sentence[max(0, m.start() - 20):m.start()])
               and not _SCHEDULE_AFTER.match(sentence, m.end()) and _violent_clause(sentence, m.start(), alone=False)
               and _night_of_event(sentence, m)
               for m in _NIGHT.finditer(sentence))


def dates_an_event(sentence: str) -> bool:
    """The sentence gives the day of an event told around it ("the incident happened on ...")."""
    return bool(_DATES_EVENT.search(sentence))
