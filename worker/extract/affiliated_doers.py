"""Doers named through an affiliation phrase after an armed noun: "gunmen believed to be members of the Mai-Mai
militia killed", "jihadists linked to al-Qaeda ambushed", "killed by fighters loyal to Haftar". The armed noun
names no one; the phrase says whose they are, and a perpetrator field holds that group. The parser often reads the
participle of such a reduced clause ("believed", "linked") as the sentence's verb, so the phrase is read from the
words, and the doer's part from what follows it (a violence verb) or precedes it (a by-phrase).

data/affiliations.csv lists the phrases and their kind: `member` (the group the doers belong to, named only when a
group's name follows: the lexicon's or a proper name with a group noun, "the Jukun militia"), `loyalty` (a group or
its leader: a leader the lexicon knows by "<leader>'s forces" stands for that group, any other is kept in the phrase,
"forces loyal to Kiir", never as a doer of its own) and `sponsor` ("rebels backed by Rwanda": the backer is no doer).
Pure."""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from worker.extract import group_names
from worker.extract.alternation import literal
from worker.extract.speech_verbs import blame_verbs
from worker.extract.doer_words import RANK_AND_QUALITY, doer_alternation
from worker.extract.gazetteer import data_rows, groups, places
from worker.extract.syntax import AGENT, SIDE, Role, word_lists
from worker.extract.violent_doers import doer_marks

MEMBER, LOYALTY, SPONSOR = "member", "loyalty", "sponsor"


class Affiliated(NamedTuple):
    """A doer named through an affiliation: `name` is the lexicon's canonical name (`kind` its kind), a group as
    written (`kind` "named") or a leader's men as the phrase writes them (`kind` "leader"); [start, end) the span of
    the name after the phrase."""
    name: str
    kind: str
    start: int
    end: int
    role: str = AGENT  # SIDE for a side of a clash ("fighters loyal to X clashed with ...")
    charged: bool = False  # named only as whom a blame pins the event on ("blamed militants linked to X")


@cache
def phrases() -> dict[str, str]:
    """data/affiliations.csv: phrase (lower case) -> kind."""
    return {r["phrase"].strip().lower(): r["kind"].strip() for r in data_rows("affiliations.csv")}


# nouns of the armed whose affiliation may be given: the armed list ("gunmen", "jihadists") and the plural nouns
# of armed bodies ("forces", "troops"); a plain noun of people only with a descriptor ("armed men")
_BODIES = ("forces", "troops", "militiamen", "loyalists", "elements", "units")


@cache
def _rx() -> re.Pattern[str]:
    nouns = doer_alternation(RANK_AND_QUALITY, also=_BODIES)
    doer = r"(?:(?:" + doer_marks() + r")\s+(?:men|youths|persons|individuals)|(?:" + nouns + r"))"
    return re.compile(r"(?<![\w'’-])(?P<doer>" + doer + r")(?:\s*,?\s+(?:who\s+(?:are|were)\s+)?)"
                      r"(?:(?:widely|reportedly|allegedly|also|apparently)\s+)?(?P<phrase>"
                      + literal(list(phrases())) + r")\s+(?:the\s+)?(?=\S)", re.I)


@cache
def _leaders() -> dict[str, tuple[str, str]]:
    """Leader (lower case) -> (canonical, kind) from the lexicon's "<leader>'s forces" aliases ("Haftar's forces":
    the Libyan National Army): a leader's men are that group."""
    out: dict[str, tuple[str, str]] = {}
    for r in data_rows("groups.csv"):
        for alias in r["aliases"].split("|"):
            m = re.fullmatch(r"(.+?)['’]s\s+(?:forces|fighters|men|militia|loyalists|troops|faction)", alias.strip())
            if m:
                out[m.group(1).lower()] = (r["canonical"], r["kind"])
    return out


_WORD = re.compile(r"[\w'’.-]+")
_PARTICLES = {"al", "ul", "wal", "of", "the", "for", "and", "de", "du", "des", "la", "el", "bin", "ibn"}


def _proper_name(sentence: str, at: int) -> tuple[int, int]:
    """The span of the run of capitalised words (a hyphenated one with a capitalised part: "al-Baghdadi") and a
    name's particles between them at `at`, with a group noun after it ("Mai-Mai militia", "Arakan Army"); empty when
    the words are lower case ("the victims", "no group")."""
    end, pos = at, at
    while m := _WORD.match(sentence, pos):
        word = m.group().rstrip(".")
        if any(p[:1].isupper() or p[:1].isdigit() for p in word.split("-")):
            end = m.start() + len(word)
        elif word.lower() not in _PARTICLES:
            break
        nxt = re.match(r"\s+", sentence[m.end():])
        if not nxt or word != m.group():
            break
        pos = m.end() + nxt.end()
    if end == at:
        return at, at
    noun = re.match(r"\s+((?-i:[a-z])[\w-]+)", sentence[end:])
    if noun and noun.group(1).lower() in group_names.group_nouns():
        end += noun.end()
    return at, end


# words that only say what kind of group the name after them is ("the jihadist group JNIM", "the banned outfit X")
_DESCRIBED = re.compile(r"(?:(?:jihadist|militant|islamist|armed|terrorist|rebel|extremist|so-called|separatist|"
                        r"insurgent|insurgency|criminal|banned|outlawed|proscribed|self-styled|self-proclaimed|"
                        r"notorious|powerful|group|outfit|organi[sz]ation|movement|network|faction)\s+)*", re.I)


def _named(sentence: str, at: int, kind: str) -> tuple[str, str, int, int] | None:
    """(name, kind, start, end) of the group the words at `at` name after an affiliation phrase of `kind`."""
    rx, table = groups()
    at = _DESCRIBED.match(sentence, at).end()  # "the jihadist group JNIM", "the so-called Islamic State"
    a, b = _proper_name(sentence, at)
    lex = rx.match(sentence, at) or rx.search(sentence, a, b)  # "the Kurdish-led Syrian Democratic Forces"
    if lex is not None:
        g = table[lex.group().lower()]
        return None if g.kind == "state" else (g.canonical, g.kind, lex.start(), lex.end())
    if a == b:
        return None
    words = sentence[a:b]
    if group_names.is_nation(words) or words.lower() in places():
        return None  # "fighters loyal to Turkey", "men from Zamfara State": a state's, or where they come from
    role = Role(AGENT, "affiliation", words, a, b, words.split()[-1].lower(), words, "")
    if (named := group_names.name(role)) is not None:
        return named, "named", a, b
    if _organisation(words):
        return words, "named", a, b  # "the Sudan People's Liberation Movement-in-Opposition"
    if kind != LOYALTY or " " in words and words.split()[-1].lower() in group_names.group_nouns():
        return None
    leader = _leaders().get(words.lower()) or _leaders().get(words.split()[-1].lower())
    if leader is not None:
        return leader[0], leader[1], a, b
    return "", "leader", a, b  # the caller names the men with their phrase


def _organisation(words: str) -> bool:
    """Whether a proper name of several words holds a group noun among its words or their hyphenated parts
    ("Sudan People's Liberation Movement-in-Opposition", "Mai-Mai Yakutumba Group"): an organisation's name, not a
    person's; a state force's name ("Sudan Armed Forces") is left to the lexicon, and a body noun marked "capital"
    ("Forces", "Battalion", "Alliance") counts only in a name of its own (group_names.named_body: not "the Kenya
    Defence Forces", "the 44th Infantry Battalion", "the Alliance of Sahel States")."""
    parts = [p.lower() for w in words.split() for p in w.split("-")]
    nouns = group_names.group_nouns().keys() | (group_names.capital_nouns() if group_names.named_body(words) else set())
    return len(words.split()) > 1 and any(p in nouns for p in parts) \
        and not (group_names.is_force(words) and not group_names.own_name(words))


_VIOLENCE_AFTER = r"^\s*,?\s+(?:(?:have|has|had|reportedly|allegedly|also|then|later|again|on\s+\w+day|overnight)\s+){0,2}"


@cache
def _by_before() -> re.Pattern[str]:
    """A violence verb and a by-phrase whose agent is the doer noun that follows ("were killed on Monday by"), not
    any by-phrase ("a convoy escorted by fighters loyal to X")."""
    return re.compile(r"\b(?:" + literal(word_lists()["violence_verbs"]) + r")\b(?:(?!\bby\b)[^.;])*?"
                      r"\b(?:by|at the hands of)\s+(?:the\s+|some\s+|a group of\s+)?"
                      r"(?:(?:suspected|alleged|armed|heavily armed|unidentified|unknown)\s+)?$", re.I)


# what says the doers' violence is a habit, not the event ("have killed thousands since 2012")
_HABIT = re.compile(r"\b(?:since\s+(?:\d{4}|the\b)|over the (?:past|last)|in recent (?:years|months|weeks)|"
                    r"for (?:years|decades|months)|thousands|hundreds|frequently|regularly|often|routinely|repeatedly|"
                    r"usually)\b", re.I)
# a long span that makes a by-phrase's place a habitual scene ("has for years been the theatre of attacks by X"):
# a count ("Hundreds of traders fled ... attacked by X") or "regularly" describing the target tells no habit of X
_LONG_SPAN = re.compile(r"\b(?:for (?:years|decades|months)|since\s+\d{4}|over the (?:past|last) (?:\w+\s+)?"
                        r"(?:years|decades)|in recent years)\b", re.I)
_TAIL = re.compile(r"(?:\s+(?:group|faction|militia|movement|network|outfit|organi[sz]ation)(?![\w-]))?"
                   r"(?:\s*\([^()]{1,40}\))?")


@cache
def _clashes() -> re.Pattern[str]:
    """A clash verb right after the name: the doers are a side ("fighters loyal to X clashed with ...")."""
    return re.compile(_VIOLENCE_AFTER + r"(?:" + literal(word_lists()["clash_verbs"]) + r")\b", re.I)


@cache
def _clash_before() -> re.Pattern[str]:
    """The doers as a side named after a clash word ("clashed with", "clashes between X and"), the clause going on."""
    return re.compile(r"\b(?:(?:" + literal(word_lists()["clash_verbs"]) + r")\s+with|(?:"
                      + literal(word_lists()["clash_nouns"]) + r")\s+(?:between|among|involving|with)\b[^.;:]{0,80}?"
                      r"\band)\s+(?:the\s+|some\s+)?(?:(?:suspected|alleged|armed|heavily armed)\s+)?$|"
                      r"\b(?:" + literal(word_lists()["clash_nouns"]) + r")\s+(?:between|among|involving|with)\s+"
                      r"(?:the\s+)?(?:(?:suspected|alleged|armed)\s+)?$", re.I)


# "the three accused gunmen linked to X": "accused" after a determiner or a number is the adjective, as "suspect" is
_ACCUSED_ADJECTIVE = re.compile(r"\b(?:the|a|an|these|those|both|all|some|several|\d+|one|two|three|four|five|six|"
                                r"seven|eight|nine|ten|dozens of)\s+accused\s+$", re.I)


@cache
def _blamed_before() -> re.Pattern[str]:
    """A blame that pins the event on the doer noun that follows: a blame verb (data/role_words.csv blame_verbs, not
    "suspect", as often the adjective) with the doers as its object ("officials blamed jihadists linked to"), or
    the event's words and "on" ("blamed the attack on fighters loyal to", "was blamed on"), or an attribution
    ("attributed to", "the work of"). The doers are whom the text charges with the deed, as "killed by" names them."""
    blame = blame_verbs(suspect=False)
    return re.compile(r"(?:\b(?:" + blame + r")\s+(?:(?:(?!(?:for|of|that)\b)[\w'’-]+\s+){0,3}?on\s+)?|"
                      r"\b(?:attributed|ascribed)\s+(?:(?!(?:for|of|that)\b)[\w'’-]+\s+){0,3}?to\s+|"
                      r"\bthe\s+work\s+of\s+)"
                      r"(?:the\s+|some\s+)?(?:(?:suspected|alleged|armed|heavily armed|unidentified|unknown)\s+)?$",
                      re.I)


@cache
def _acts() -> re.Pattern[str]:
    return re.compile(_VIOLENCE_AFTER + r"(?:" + literal(word_lists()["violence_verbs"]) + r")\b(?!\s+by\b)", re.I)


def affiliated_doers(sentence: str) -> list[Affiliated]:
    """The groups an affiliation phrase names for doers that act in the sentence: the armed noun before the
    phrase is the subject of a violence verb right after the name ("jihadists linked to al-Qaeda killed") or the
    agent of a by-phrase ("killed by gunmen loyal to X"), or a side of a clash ("clashes between fighters loyal to X
    and ...", role SIDE); or the incident's doers, taken up again by a definite
    armed noun, are said to be X's ("the attackers were believed to be members of X"), or the doers a blame pins
    the event on ("blamed the attack on fighters loyal to X": `charged`). Names joined by "and" are
    each the doers' ("linked to al-Qaeda and the Islamic State"). A sponsor ("backed by") is never named."""
    out: list[Affiliated] = []
    for m in _rx().finditer(sentence):
        kind = phrases()[re.sub(r"\s+", " ", m.group("phrase").lower())]
        if kind == SPONSOR:
            continue
        named = _joined(sentence, m.end(), kind)
        if not named:
            continue
        b = named[-1][3]
        tail = _TAIL.match(sentence, b)  # "the Islamic State group (IS) killed": the verb after the name's tail
        after = sentence[tail.end() if tail else b:]
        before = sentence[max(0, m.start() - 80):m.start()]
        if _HABIT.search(re.split(r"[,;.:]", after, maxsplit=1)[0]):
            continue  # "have killed thousands since 2012": the doers' habit, in the clause of the verb
        if _by_before().search(before) and _LONG_SPAN.search(re.split(r"[,;:]", before)[-1]):
            continue  # "which has for years been the theatre of attacks by jihadists linked to X": a habit
        charged = False
        if _acts().match(after) or _by_before().search(before):
            role = AGENT
        elif _blamed_before().search(before) and not _ACCUSED_ADJECTIVE.search(before):
            role, charged = AGENT, True  # "officials blamed jihadists linked to al-Qaeda for the killings"
        elif _clashes().match(after) or _clash_before().search(before):
            role = SIDE
        else:
            continue
        for name, gkind, a, b in named:
            if gkind == "leader":
                name = sentence[m.start():b]  # "forces loyal to Kiir": the men, never the leader alone
                if m.start() == 0 and not m.group("doer").isupper():
                    name = name[0].lower() + name[1:]  # the sentence's capital, not a name's
            out.append(Affiliated(name, gkind, a, b, role, charged))
    for m in said_to_be_rx().finditer(sentence):
        kind = phrases().get(re.sub(r"\s+", " ", m.group("phrase").lower()))
        if kind in (MEMBER, LOYALTY):
            out += [Affiliated(*n) for n in _joined(sentence, m.end(), kind) if n[1] != "leader"]
    return out + _compound_doers(sentence)


@cache
def _compound_rx() -> re.Pattern[str]:
    """A hyphened affiliation before an armed noun ("-linked insurgents", "-allied militiamen": data/role_words.csv
    compound_affiliations; no sponsor: "Rwanda-backed rebels" are no backer's doing), a descriptor between."""
    lists = word_lists()
    nouns = doer_alternation(RANK_AND_QUALITY, violent=False, also=_BODIES)
    return re.compile(r"-(?:" + literal(lists["compound_affiliations"]) + r")\s+(?:(?:" + literal(lists["descriptors"])
                      + r")\s+)?(?:" + nouns + r")(?![\w-])", re.I)


def _compound_doers(sentence: str) -> list[Affiliated]:
    """The lexicon group whose name ends at the hyphen of a compound affiliation ("Islamic State-linked insurgents
    beheaded six", "killed by al-Qaeda-affiliated militants"): the doers are that group's, as "insurgents linked to
    the Islamic State" are; only when the armed men act in the sentence (a violence or clash verb after them, or a
    by-phrase before)."""
    out: list[Affiliated] = []
    rx, table = groups()
    for m in _compound_rx().finditer(sentence):
        lex = next((x for x in rx.finditer(sentence, max(0, m.start() - 80), m.start()) if x.end() == m.start()), None)
        if lex is None or (g := table[lex.group().lower()]).kind == "state":
            continue
        after, before = sentence[m.end():], sentence[max(0, lex.start() - 80):lex.start()]
        if _HABIT.search(re.split(r"[,;.:]", after, maxsplit=1)[0]):
            continue
        role = AGENT if _acts().match(after) or _by_before().search(before) else (
            SIDE if _clashes().match(after) or _clash_before().search(before) else None)
        if role is not None:
            out.append(Affiliated(g.canonical, g.kind, lex.start(), lex.end(), role))
    return out


_JOINT = re.compile(r"\s*(?:,|,?\s+(?:and|or|as well as))\s+(?:the\s+)?", re.I)


def _joined(sentence: str, at: int, kind: str) -> list[tuple[str, str, int, int]]:
    """The names at `at` and those joined to it ("al-Qaeda and the Islamic State"), each as `_named` gives it."""
    out: list[tuple[str, str, int, int]] = []
    while (found := _named(sentence, at, kind)) is not None:
        out.append(found)
        joint = _JOINT.match(sentence, found[3])
        if joint is None:
            break
        at = joint.end()
    return out


@cache
def said_to_be_rx() -> re.Pattern[str]:
    """"The attackers were believed to be members of X", "the gunmen are suspected of belonging to X": a definite
    armed noun (the incident's doers again) said to be X's; not negated ("were not linked to")."""
    nouns = doer_alternation(RANK_AND_QUALITY)
    return re.compile(r"(?<![\w'’-])(?:the|these|those|both)\s+(?:suspected\s+)?(?:" + nouns + r")\s*,?\s+"
                      r"(?:were|was|are|is|had been|have been|has been)\s+"
                      r"(?:(?:widely|reportedly|allegedly|all|also|likely|probably)\s+)?"
                      r"(?:(?:believed|thought|suspected|said|reported|alleged|presumed|understood)\s+"
                      r"(?:to\s+(?:be|have\s+been)\s+)?)?(?P<phrase>" + literal(list(phrases())) + r")\s+(?:the\s+)?(?=\S)",
                      re.I)


@cache
def _sponsor_rx() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + literal([p for p, k in phrases().items() if k == SPONSOR]) + r")\s+(?:the\s+)?$",
                      re.I)


def sponsored(sentence: str, start: int) -> bool:
    """Whether the words at `start` follow a sponsor phrase ("backed by", "supported by"): the backer, no doer."""
    return _sponsor_rx().search(sentence[max(0, start - 30):start]) is not None


@cache
def _apposition_rx() -> re.Pattern[str]:
    """After a person's name: an apposition saying whose man he is (", a spokesman for the", ", the commander of";
    data/role_words.csv speaker_nouns), two words at most before the noun."""
    return re.compile(r"\s*,\s*(?:(?:an?|the|one)\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + literal(word_lists()["speaker_nouns"])
                      + r")\s+(?:of|for)\s+(?:the\s+)?", re.I)


def spoken_for(sentence: str, end: int) -> int | None:
    """Where the group starts that the person ending at `end` speaks or commands for ("claimed by Ahmad Khan, a
    spokesman for X"), else None: a doer or claimant named by his own name acts for that group, and a perpetrator
    field holds the group, not the man."""
    m = _apposition_rx().match(sentence, end)
    return None if m is None else m.end()
