""""Last Saturday" in a text that calls the day before the article's "yesterday" is not that day: a writer who names
the day before "yesterday" names another day "last Saturday", the one a week earlier. In "The command said yesterday
that ... The command also stated that last Saturday it arrested a suspect" of a Sunday paper, the arrest was eight
days back, counted as the statement (issued on Saturday) counted it. Pure."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from worker.extract.dates import DateMention

# a quotation is the speaker's words: its "yesterday" is the speaker's, not the writer's (double or single quotes,
# straight or curly; a straight single quote only where it opens and closes at word edges, not an apostrophe)
_QUOTE = re.compile(r"“[^“”]*”|\"[^\"]*\"|‘[^‘’]*’|(?<!\w)'(?=\w)[^'\n]*?(?<=[\w.,!?])'(?!\w)")
# the day before the article named "yesterday" as a day of its own: not "the day before yesterday" (another day) nor
# a possessive "yesterday's promises" (a time of a thing, not the day of an event)
_YESTERDAY = re.compile(r"(?<!before\s)(?<!after\s)\byesterday\b(?!\s*['’]s\b)", re.I)
_LAST_WEEKDAY = re.compile(r"(?:last|this\s+past|past)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+last", re.I)


def says_yesterday(text: str) -> bool:
    """The writer's own words (outside quotations) name a day "yesterday"."""
    return bool(_YESTERDAY.search(_QUOTE.sub(" ", text)))


def week_back(sentence: str, found: list[DateMention], published: date | None) -> list[DateMention]:
    """The mentions with a "last <weekday>" that names the day before the article's moved a week back (a recalled
    day, past), for a text that `says_yesterday`; the caller decides that."""
    if published is None:
        return found
    day_before = (published - timedelta(days=1)).isoformat()
    out = []
    for x in found:
        if x.value == day_before and _LAST_WEEKDAY.fullmatch(sentence, x.start, x.end):
            back = (published - timedelta(days=8)).isoformat()
            x = replace(x, value=back, key=back, past=True)
        out.append(x)
    return out
