"""Author bio boxes and credit lines that an extractor carries over at the end of a story ("Jane Roe is a senior correspondent
for ..."; "Korrespondent Max Muster ist bei ... zuständig"; a "Die Autorin" label over a few lines).

Structure, not sites: a bio stands in the last lines, names a person (capitalised words, or the line continues a
bio broken over lines), states a role with a copula ("is", "ist", "est", ...), and names someone the story never
mentioned: a story's last paragraph that describes a person it told about ("Hassan is a reporter who ...") keeps
its place. Roles, copulas and label headings are data (`connectors/data/author_bio.csv`).
Credit lines ("With reporting by ...", "Übersetzung: ...", "... contributed to this report") are data too
(`connectors/data/credit_lines.csv`); they are judged only in the tail, where a story never opens a sentence so.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources
from typing import NamedTuple

BIO_TAIL = 4        # lines at the end of the output where a bio box lands
MAX_BIO = 700       # characters of one bio line
MAX_NAME = 5        # words before the copula: a name, maybe with a role ("Korrespondent Max Muster")
ROLE_REACH = 8      # words after the copula in which the role must stand
MAX_AFTER_LABEL = 2 # lines after a "Die Autorin" label: more is the story going on
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


class Lexicon(NamedTuple):
    headings: frozenset[str]
    copulas: frozenset[str]
    roles: frozenset[str]


@cache
def lexicon() -> Lexicon:
    kinds: dict[str, set[str]] = {"heading": set(), "copula": set(), "role": set()}
    with resources.files("connectors").joinpath("data", "author_bio.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kinds[row["kind"]].add(row["word"].strip().lower())
    if not all(kinds.values()):
        raise ValueError("author_bio.csv: every kind (heading, copula, role) needs rows")
    return Lexicon(frozenset(kinds["heading"]), frozenset(kinds["copula"]), frozenset(kinds["role"]))


MAX_CREDIT = 300   # characters of a credit line
_LEADING = " ([-–—•*"


@cache
def _credits() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Credit phrases that open the line (before a name) and those that stand anywhere in it."""
    with resources.files("connectors").joinpath("data", "credit_lines.csv").open(encoding="utf-8") as f:
        rows = [(r["where"], r["phrase"].strip()) for r in csv.DictReader(f) if r["phrase"].strip()]
    if not rows:
        raise ValueError("credit_lines.csv holds no phrase")
    alt = lambda where: "|".join(re.escape(p) for w, p in rows if w == where) or "(?!)"  # noqa: E731
    return re.compile(f"(?:{alt('start')})", re.I), re.compile(rf"(?<!\w)(?:{alt('any')})", re.I)


def is_credit(line: str) -> bool:
    """A contributor or translator credit: "With reporting by Kim Lee", "Übersetzung: Anna Weber" (a name follows
    the phrase: "Reporting by the radio station found ..." is a sentence of the story)."""
    if len(line) > MAX_CREDIT:
        return False
    start, anywhere = _credits()
    text = line.lstrip(_LEADING)
    if m := start.match(text):
        return text[m.end():].lstrip()[:1].isupper()
    return anywhere.search(text) is not None


def _is_role(word: str, roles: frozenset[str]) -> bool:
    """A role word, also as the last part of a compound ("ZDF-Reporterin", "Nahost-Korrespondent")."""
    w = word.lower().strip(".’'")
    return w in roles or w.rsplit("-", 1)[-1] in roles


def bio_subject(line: str, continues: bool = False) -> str | None:
    """The surname a bio line is about ('' for a line that continues a bio: it opens with the copula), or None
    when the line is no bio."""
    lex = lexicon()
    if not 20 <= len(line) <= MAX_BIO:
        return None
    words = _WORD.findall(line[:300])
    at = next((i for i, w in enumerate(words[:MAX_NAME + 1]) if w.lower() in lex.copulas), None)
    if at is None:
        return None
    before, after = words[:at], words[at + 1:at + 1 + ROLE_REACH]
    if not before:
        return "" if continues and any(_is_role(w, lex.roles) for w in after) else None
    names = [w for w in before if not _is_role(w, lex.roles) and not (w.islower() and len(w) <= 3)]  # von, de
    if len(names) < 2 or not all(w[0].isupper() for w in names):
        return None  # a name has two capitalised words; "The victim" or "He" is the story speaking
    if not any(_is_role(w, lex.roles) for w in before + after):
        return None
    return names[-1]


def drop_tail_bios(lines: list[str]) -> list[str]:
    """The lines without the author bios and credits among the last BIO_TAIL lines, and without a bio label ("Die Autorin")
    there and what follows it."""
    lex = lexicon()
    start = max(0, len(lines) - BIO_TAIL)
    end = next((i for i in range(start, len(lines)) if lines[i].strip().rstrip(":").lower() in lex.headings
                and len(lines) - i - 1 <= MAX_AFTER_LABEL), len(lines))
    story = " ".join(lines[:start])
    bio = False
    keep = lines[:start]
    for line in lines[start:end]:
        subject = bio_subject(line, continues=bio)
        bio = subject is not None and (subject == "" or not _named(subject, story))
        if not (bio or is_credit(line)):
            keep.append(line)
    return keep


def _named(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
