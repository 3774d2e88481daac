"""Author bio boxes and credit lines that an extractor carries over at the end of a story ("Jane Roe is a senior correspondent
for ..."; "Korrespondent Max Muster ist bei ... zuständig"; a "Die Autorin" label over a few lines).

Structure, not sites: a bio stands in the last lines, names one person (capitalised words, no "X and Y", or the
line continues a bio broken over lines), has a role as the copula's predicate ("is a senior correspondent", not
"are among the dead, a local journalist told AFP"), and names someone the story above it never mentioned: a
story's last paragraph that describes a person it told about ("Hassan is a reporter who ...") keeps its place.
Roles, copulas, conjunctions and label headings are data (`connectors/data/author_bio.csv`).
Credit lines ("With reporting by ...", "Übersetzung: ...", "... contributed to this report") are data too
(`connectors/data/credit_lines.csv`); they are judged only in the tail, and only when the phrase comes with names
and outlets alone: "Reporting by Human Rights Watch found that ..." goes on as a sentence of the story.
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
ROLE_REACH = 5      # words after the copula in which the role must stand ("is a senior foreign correspondent")
MAX_AFTER_LABEL = 2 # lines after a "Die Autorin" label: more is the story going on
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_CLAUSE_END = re.compile(r"[,;:()]|\.\s")  # the copula's predicate ends here; a role after it is someone else's


class Lexicon(NamedTuple):
    headings: frozenset[str]
    copulas: frozenset[str]
    roles: frozenset[str]
    conjunctions: frozenset[str]


@cache
def lexicon() -> Lexicon:
    kinds: dict[str, set[str]] = {"heading": set(), "copula": set(), "role": set(), "conjunction": set()}
    with resources.files("connectors").joinpath("data", "author_bio.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kinds[row["kind"]].add(row["word"].strip().lower())
    if not all(kinds.values()):
        raise ValueError("author_bio.csv: every kind (heading, copula, role, conjunction) needs rows")
    return Lexicon(*(frozenset(kinds[k]) for k in ("heading", "copula", "role", "conjunction")))


MAX_CREDIT = 300   # characters of a credit line
MAX_FREE = 1       # lowercase words after a credit phrase that are neither joiners nor roles ("dpa", a month)
_LEADING = " ([-–—•*"


class Credits(NamedTuple):
    start: re.Pattern[str]     # phrases that open the line, before the names
    anywhere: re.Pattern[str]  # phrases after the names ("... contributed to this report")
    joiners: frozenset[str]    # lowercase words a list of names and outlets holds ("and", "in", "von")


@cache
def _credits() -> Credits:
    with resources.files("connectors").joinpath("data", "credit_lines.csv").open(encoding="utf-8") as f:
        rows = [(r["where"], r["phrase"].strip()) for r in csv.DictReader(f) if r["phrase"].strip()]
    if not any(w != "joiner" for w, _ in rows):
        raise ValueError("credit_lines.csv holds no phrase")
    alt = lambda where: "|".join(re.escape(p) for w, p in rows if w == where) or "(?!)"  # noqa: E731
    # a phrase's own words join names too: "Reporting by X; additional reporting by Y; editing by Z"
    joiners = {w.lower() for where, p in rows if where != "any" for w in (_WORD.findall(p) if where == "start" else [p])}
    return Credits(re.compile(f"(?:{alt('start')})", re.I), re.compile(rf"(?<!\w)(?:{alt('any')})(?!\w)", re.I),
                   frozenset(joiners))


def _names_only(text: str) -> bool:
    """Text made of names and outlets (capitalised words, joiners, roles, numbers), not a clause: a finite verb or
    other lowercase words after the credit phrase make it a sentence of the story."""
    joiners, roles = _credits().joiners, lexicon().roles
    free = sum(1 for w in _WORD.findall(text) if not w[0].isupper() and w.lower() not in joiners
               and not _is_role(w, roles) and not _is_role(w.rstrip("s"), roles))
    return free <= MAX_FREE


def is_credit(line: str) -> bool:
    """A contributor or translator credit: "With reporting by Kim Lee", "Übersetzung: Anna Weber", "Jo Park in Oslo
    contributed to this report" (names follow the phrase: "Reporting by the radio station found ..." is a sentence
    of the story)."""
    if len(line) > MAX_CREDIT:
        return False
    credits = _credits()
    text = line.lstrip(_LEADING)
    if m := credits.start.match(text):
        rest = text[m.end():]
        return any(w[0].isupper() for w in _WORD.findall(rest)) and _names_only(rest)
    return (m := credits.anywhere.search(text)) is not None and _names_only(text[m.end():])


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
    head = line[:300]
    spans = list(_WORD.finditer(head))
    at = next((i for i, m in enumerate(spans[:MAX_NAME + 1]) if m.group().lower() in lex.copulas), None)
    if at is None:
        return None
    end = (c.start() if (c := _CLAUSE_END.search(head, spans[at].end())) else len(head))
    words = [m.group() for m in spans]
    before = words[:at]
    after = [m.group() for m in spans[at + 1:at + 1 + ROLE_REACH] if m.start() < end]  # the copula's predicate
    if not before:
        return "" if continues and any(_is_role(w, lex.roles) for w in after) else None
    if any(w.lower() in lex.conjunctions for w in before):
        return None  # "X and Y are among the dead": several people, not the author
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
    bio = False
    keep = lines[:start]
    for i in range(start, end):
        line = lines[i]
        subject = bio_subject(line, continues=bio)
        # a person the story above this line names is the story's, however short the story is
        bio = subject is not None and (subject == "" or not _named(subject, " ".join(lines[:i])))
        if not (bio or is_credit(line)):
            keep.append(line)
    return keep


def _named(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
