"""Article dicts -> incident/v1 messages: the relevance gate, batched NER on the passages that matter, extraction,
shaping. No Kafka here."""
from __future__ import annotations

import bisect
import itertools
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import schemas
from worker.extract import (actors, budget, casualties, extract_incidents, group_names, human_acts, segment, singled_out,
                            sport_pages, syntax, types)
from worker import readable
from worker.models import to_messages
from worker.nlp import docs

MAX_TEXT_CHARS = 100_000  # some 15,000 words: ten times a long news article; the rules cost ~10 µs a character
MAX_NER_DOC_CHARS = 5_000  # one NER document (a passage is cut at spaces into documents this long)
MAX_NER_CHARS = 20_000  # per article: the lead and the passages around triggers, in reading order
MAX_DISTANT_CLAIMS = 3  # distant claims or blames parsed per page (`_gate`): the story's own is told early
MAX_PARSE_CHARS = 6_000  # per article: the trigger sentences (cut at 800 characters) the parser reads for actors
MAX_TITLE_CHARS = 400  # a headline is under 150; the title is classified whole, with no budget check inside


class BadArticle(ValueError):
    kind = "schema_violation"


def check_article(article: Any) -> dict[str, Any]:
    """An article.v1 record, or BadArticle naming the first violations of the schema."""
    problems = schemas.errors("article.v1", article)
    if problems:
        raise BadArticle("not an article.v1 record: " + "; ".join(problems[:3]))
    return article


@dataclass(frozen=True)
class Entity:
    """The part of a spaCy Span the extractors read, with offsets into the whole article text."""
    text: str
    label_: str
    start_char: int
    end_char: int


@dataclass
class PassageDoc:
    """NER results of selected passages of one article, shaped like a Doc for the extractors (`.ents`), and the
    actor roles the parser found in its trigger sentences (`.roles`, article offsets; None: not parsed)."""
    ents: list[Entity] = field(default_factory=list)
    roles: list[syntax.Role] | None = None
    # the trigger sentences (article offsets) whose parse tells violence that is no people's against people
    # (human_acts.no_people_act): they start no incident
    no_people: list[tuple[int, int]] = field(default_factory=list)


# a weak trigger that is a weapon's act, not a casualty state: its wounded are a shooting's toll ("two people shot in
# Zaria survived"); "two players were injured" alone may be a match's, and passes only with a strong trigger
_WEAPON_ACT = re.compile(r"shot|gunshots?", re.I)


def passages(text: str) -> list[tuple[int, int]]:
    """Spans worth NER, or [] when the article has no strong violence trigger and no toll (the relevance gate).

    The spans are the lead paragraph and every paragraph with a trigger, with one neighbour each side: most of a
    long article is not about the incident, and running the tagger only here keeps the cost close to the gate's.
    """
    return gate(text)[0]


def gate(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(passages, trigger sentences): `gate_decisive` without its third part."""
    return gate_decisive(text, False)[:2]


def gate_decisive(text: str, every: bool = True
                  ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    """(passages, trigger sentences, decisive sentences): the NER passages (see `passages`) and the sentences with a violence trigger
    that name an actor the lexicons know or may name a group outside them (group_names), which the parser reads for
    who did what (at most MAX_PARSE_CHARS of them, in reading order); both empty when the article does not pass the gate. One pass of the trigger lexicon.
    A sports page's idiom ("the innings bombed") passes no gate (sport_pages). The decisive sentences are those that
    let the page pass (a strong trigger or a toll): the parse reads them for who did it (`human_acts`, `_no_human_act`);
    with `every` False only the first is found (the gate needs no more, and each costs a toll count)."""
    with sport_pages.reading(text):
        return _gate(text, every)[:3]


def gate_checked(text: str, every: bool = False) -> tuple[list[tuple[int, int]], list[tuple[int, int]],
                                                          list[tuple[int, int]], list[tuple[int, int]]]:
    """`gate_decisive` and, fourth, the sentences with a violence trigger that name a word of a cause of violence
    that is no people's (human_acts.worth_checking): the parser reads them for it (at most MAX_PARSE_CHARS)."""
    with sport_pages.reading(text):
        return _gate(text, every, True)


def _gate(text: str, every: bool, checks: bool = False
          ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    """`gate` while its page is read. A sentence is classified only when its kind can still change what the gate
    gives: a page that is one long paragraph of triggers ("3,000 dated incidents") fills the parse budget early, and
    classifying its other thousand sentences (the costliest rule) changed nothing."""
    sents = segment.sentences(text)
    kinds = _Kinds(text, sents)
    decisive: list[tuple[int, int]] = []
    for j, s in enumerate(sents):
        k = kinds[j]
        if k is not None and (k.strong or casualties.counts(s.text, "killed") or (
                _WEAPON_ACT.fullmatch(s.text, k.start, k.end) and casualties.counts(s.text, "injured"))):
            decisive.append((s.start, s.end))
            if not every:
                break
    if not decisive:
        return [], [], [], []  # no event word, and no "rebels killed 40 civilians" or "two people shot ... survived" toll
    paras: dict[int, tuple[int, int]] = {}
    for s in sents:
        a, b = paras.get(s.para, (s.start, s.end))
        paras[s.para] = (min(a, s.start), max(b, s.end))
    keep = {sents[0].para}
    unkept = _Unkept(paras, keep)
    triggers: list[tuple[int, int]] = []
    checked: list[tuple[int, int]] = []
    total = size = 0
    distant = 0  # attributing sentences parsed that do not follow an event sentence
    for j, s in enumerate(sents):
        n = s.end - s.start
        if total + n > MAX_PARSE_CHARS and not unkept.any_from(s.para - 1):
            # past the parse budget, in a paragraph whose neighbours are kept already: its kind adds no trigger
            # sentence and no passage, only maybe a sentence checked for a cause of violence
            if checks and size + n <= MAX_PARSE_CHARS and human_acts.worth_checking(s.text) and kinds[j] is not None:
                checked.append((s.start, s.end))
                size += n
            continue
        k = kinds[j]
        if k is not None:
            for p in (s.para - 1, s.para, s.para + 1):
                keep.add(p)
                unkept.discard(p)
            if total + n <= MAX_PARSE_CHARS and (actors.names_an_actor(s.text)
                                                 or group_names.may_name_a_group(s.text)
                                                 or singled_out.worth_parsing(s.text)):
                triggers.append((s.start, s.end))
                total += n
        elif total + n <= MAX_PARSE_CHARS \
                and ((near := j > 0 and kinds[j - 1] is not None) or distant < MAX_DISTANT_CLAIMS) \
                and actors.attributes(s.text):
            # "The group later claimed responsibility." after the attack, or "An army spokesman blamed X." paragraphs
            # later: a blame or claim is read by the parse, not only by words around the name; only the first few
            # distant ones (a page of blames would otherwise be parsed whole)
            triggers.append((s.start, s.end))
            total += n
            distant += not near
        if checks and k is not None and size + n <= MAX_PARSE_CHARS and human_acts.worth_checking(s.text):
            checked.append((s.start, s.end))
            size += n
    return [paras[p] for p in sorted(keep) if p in paras], triggers, decisive, checked


class _Kinds:
    """The trigger kind of each sentence of a page, classified when first asked. "a car sped into the crowd ...
    police suspect a planned attack": a ramming told with a crash's words is an attack when the story tells intent;
    that intent (a pass of the intent cues over the whole text, twice a sentence's cost) is read only once a sentence
    tells a vehicle driven into people: most stories have none."""

    def __init__(self, text: str, sents: list[segment.Sentence]) -> None:
        self.text, self.sents = text, sents
        self.known: dict[int, types.TypeMatch | None] = {}
        self.deliberate: bool | None = None

    def __getitem__(self, j: int) -> types.TypeMatch | None:
        if j not in self.known:
            s = self.sents[j].text
            k = _checked(types.classify, s)
            if (k is None or not k.strong) and (r := types.rammed(s, True)) is not None:
                if self.deliberate is None:
                    self.deliberate = types.told_deliberate(self.text)
                k = r if self.deliberate else k
            self.known[j] = k
        return self.known[j]


class _Unkept:
    """The paragraphs of a page not (yet) among its NER passages, for `any_from`: is one of them at or after a
    paragraph (one a later trigger sentence could still add)? The largest is found again only when it is kept."""

    def __init__(self, paras: dict[int, tuple[int, int]], keep: set[int]) -> None:
        self.left = set(paras) - keep
        self.top = max(self.left, default=None)

    def discard(self, p: int) -> None:
        if p in self.left:
            self.left.discard(p)
            if p == self.top:
                self.top = max(self.left, default=None)

    def any_from(self, p: int) -> bool:
        return self.top is not None and self.top >= p


# The parse veto (`_no_human_act`) is off: on the held-out sets it silenced one no-incident page of 25 (fresh5-test)
# and none of 30 (fresh6), and it dropped 2 of 152 real incidents of wad-test (below that set's pinned floor). It
# stays for measurement: `scripts/eval_incidents.py --parse-veto` (and tests) turn it on.
PARSE_VETO = False


def _no_human_act(nlp: Any, text: str, decisive: list[tuple[int, int]]) -> bool:
    """Whether the parse says no decisive sentence tells a deliberate act of people (human_acts): every one read
    is an animal's, a vehicle's, a fire's or an illness's act, a plan, a verdict's crime or a blow at no one, none
    was left unread (MAX_PARSE_CHARS), and the page does not say the act was done on purpose (a car driven into a
    crowd, a fire set). Each sentence is read after its dateline (its town parses as the lead verb's subject) and
    parsed here: a sentence or two per page, before NER, so a vetoed page costs no NER."""
    cut = _decisive_cut(decisive)
    if len(cut) < len(decisive):
        return False  # a sentence left unread may tell the act
    for a, b in cut:  # one at a time: the first that tells an act of people (most pages: the first) settles it
        s = text[a:b]
        if human_acts.tells_violence(next(iter(syntax.parse(nlp, [s[human_acts.reading_start(s):]])))) is not False:
            return False
    return not types.told_deliberate(text)


def _decisive_cut(decisive: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The decisive sentences the parser reads: at most MAX_PARSE_CHARS of them, in reading order (a running total:
    the first sentence past the budget ends the cut)."""
    totals = itertools.accumulate(b - a for a, b in decisive)
    return [span for span, total in zip(decisive, totals) if total <= MAX_PARSE_CHARS]


def received(article: dict[str, Any]) -> str:
    """When the article reached us: the connector's `fetched_at`, else now (a record without one is read as it
    arrives). An undated text's yearless weekday-days resolve to the fitting day nearest it (`dates.nearest_fitting`)."""
    fetched = article.get("fetched_at")
    return fetched if isinstance(fetched, str) and fetched else datetime.now(timezone.utc).isoformat()


def read_title(title: Any) -> Any:
    """The title as the rules read it (`readable.readable`): no evidence quotes it, so no offsets are kept."""
    return readable.readable(title)[0] if isinstance(title, str) else title


def cap_title(title: Any) -> Any:
    """The title cut to MAX_TITLE_CHARS at a word boundary (when there is one in its second half), before any
    extraction step reads it: classifying an uncapped title of megabytes would take hours, past every budget."""
    if not isinstance(title, str) or len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title[:MAX_TITLE_CHARS + 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > MAX_TITLE_CHARS // 2 else cut[:MAX_TITLE_CHARS]).rstrip()


def _checked(fn: Any, arg: Any) -> Any:
    budget.check()
    return fn(arg)


@dataclass(frozen=True)
class Failure:
    """Why one article of a batch has no incidents: it ran past its time budget, or extraction raised."""
    kind: str  # "extractor_timeout" | "extractor_error"
    message: str


TIMEOUT, ERROR = "extractor_timeout", "extractor_error"


def ner_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The passages as NER documents: none longer than MAX_NER_DOC_CHARS (spaCy's memory follows the longest doc
    of a batch; a run-on paragraph of 200,000 characters took a gigabyte), at most MAX_NER_CHARS in all, in reading
    order (the lead first: it names the main event)."""
    out: list[tuple[int, int]] = []
    total = 0
    for a, b in spans:
        for x, y in segment.pieces(text[a:b], MAX_NER_DOC_CHARS):
            if total + (y - x) > MAX_NER_CHARS:
                return out
            out.append((a + x, a + y))
            total += y - x
    return out


def char_batches(items: list[tuple[int, int, int]], max_chars: int) -> list[list[tuple[int, int, int]]]:
    """(article, start, end) pieces grouped in input order into batches of at most `max_chars` characters (a single
    piece longer than that is a batch of its own)."""
    out: list[list[tuple[int, int, int]]] = []
    size = max_chars + 1
    for item in items:
        n = item[2] - item[1]
        if size + n > max_chars:
            out.append([])
            size = 0
        out[-1].append(item)
        size += n
    return out


class _Batch:
    """The state of one extract_batch call: per article its text, NER entities, seconds spent and outcome."""

    def __init__(self, articles: list[dict[str, Any]], budget_s: float, isolate: bool) -> None:
        self.articles, self.budget_s, self.isolate = articles, budget_s, isolate
        self.texts = [""] * len(articles)
        self.dropped: list[tuple[int, ...]] = [()] * len(articles)  # per article, where invisible characters stood
        self.pdocs: dict[int, PassageDoc] = {}
        self.checked: dict[int, set[tuple[int, int]]] = {}  # per article, the sentences read for no_people_act
        self.roled: dict[int, set[tuple[int, int]]] = {}  # per article, the sentences read for roles
        self.read_from: dict[int, dict[int, int]] = {}  # per article, where a checked sentence's reading starts -> its start
        self.spent = [0.0] * len(articles)
        self.out: list[list[dict[str, Any]] | Failure | None] = [None] * len(articles)

    def stage(self, i: int, fn: Any) -> Any:
        """Runs fn() for article i under its remaining budget; a time-out or (when isolating) an exception becomes
        the article's Failure and None is returned."""
        t0 = time.monotonic()
        try:
            with budget.deadline(t0 + self.budget_s - self.spent[i]):
                budget.check()
                return fn()
        except budget.BudgetExceeded:
            self.out[i] = Failure(TIMEOUT, f"extraction took more than its budget of {self.budget_s:g} s")
        except Exception as e:
            if not self.isolate:
                raise
            self.out[i] = Failure(ERROR, f"{type(e).__name__}: {e}"[:500])
        finally:
            self.spent[i] += time.monotonic() - t0
        return None

    def _live(self, pieces: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """The pieces whose article is still running: one already past its budget is given to no model."""
        for i in {p[0] for p in pieces if self.out[p[0]] is None}:
            self.stage(i, lambda: None)
        return [p for p in pieces if self.out[p[0]] is None]

    def _charge(self, live: list[tuple[int, int, int]], elapsed: float) -> None:
        """A model run's time, charged to the articles by their share of its characters."""
        chars = sum(b - a for _, a, b in live) or 1
        for i, a, b in live:
            self.spent[i] += elapsed * (b - a) / chars

    def ner(self, nlp: Any, pieces: list[tuple[int, int, int]], batch_size: int) -> None:
        """NER of one sub-batch; its time is charged to the articles by their share of its characters."""
        live = self._live(pieces)
        if not live:
            return
        t0 = time.monotonic()
        done = 0
        try:  # entities are taken from each doc as it comes: a sub-batch's Docs are never all held at once
            for (i, a, _), doc in zip(live, docs(nlp, (self.texts[i][a:b] for i, a, b in live), batch_size)):
                self._take(i, a, doc)
                done += 1
        except Exception:
            if not self.isolate:
                raise
        self._charge(live, time.monotonic() - t0)
        for i, a, b in live[done:]:  # after a failure: each remaining passage alone, so only its article fails
            if self.out[i] is None:
                doc = self.stage(i, lambda i=i, a=a, b=b: nlp(self.texts[i][a:b]))
                if doc is not None:
                    self._take(i, a, doc)

    def parse(self, nlp: Any, pieces: list[tuple[int, int, int]], batch_size: int) -> None:
        """The dependency parse of one sub-batch of trigger sentences, read into roles (time charged as for NER).
        A sub-batch the parser fails on leaves its sentences without roles: the word patterns decide there."""
        live = self._live(pieces)
        t0 = time.monotonic()
        bounds = {i: _ent_bounds(self.pdocs[i].ents) for i in {p[0] for p in live}}
        try:
            for (i, a, b), doc in zip(live, syntax.parse(nlp, (self.texts[i][a:b] for i, a, b in live), batch_size)):
                if (a, b) in self.roled.get(i, ()):
                    ents = ents_within(self.pdocs[i].ents, bounds[i], a, b)
                    self.pdocs[i].roles.extend(syntax.roles(doc, a, ents))  # type: ignore[union-attr]
                if (a, b) in self.checked.get(i, ()) and human_acts.no_people_act(doc):
                    self.pdocs[i].no_people.append((self.read_from.get(i, {}).get(a, a), b))
        except Exception:
            if not self.isolate:
                raise
        self._charge(live, time.monotonic() - t0)

    def _take(self, i: int, offset: int, doc: Any) -> None:
        self.pdocs[i].ents.extend(Entity(e.text, e.label_, offset + e.start_char, offset + e.end_char)
                                  for e in doc.ents)


def _ent_bounds(ents: list[Entity]) -> tuple[list[int], list[int]] | None:
    """(starts, ends) of the entities when both run in text order (NER's own order over disjoint passages), so a
    span's entities are found by bisection; None when they do not."""
    starts, ends = [e.start_char for e in ents], [e.end_char for e in ents]
    ordered = all(x <= y for x, y in zip(starts, starts[1:])) and all(x <= y for x, y in zip(ends, ends[1:]))
    return (starts, ends) if ordered else None


def ents_within(ents: list[Entity], bounds: tuple[list[int], list[int]] | None, a: int, b: int) -> list[Entity]:
    """The entities that share a character with [a, b), in their order: what a parsed sentence's roles look up
    their names in. Handing each sentence the whole article's entities made every role scan thousands of them (a
    cost of sentences x entities on a long article). `bounds`: _ent_bounds of `ents`."""
    if bounds is None:
        return [e for e in ents if e.start_char < b and a < e.end_char]
    return ents[bisect.bisect_right(bounds[1], a):bisect.bisect_left(bounds[0], b)]


def _as_written(msgs: list[dict[str, Any]], read: str, original: str, dropped: tuple[int, ...] = ()
                ) -> list[dict[str, Any]]:
    """Evidence quoted from the article's own text: a span read with its Unicode spaces made plain is given back
    with them, and one read with invisible characters dropped (`readable.readable`) at its offsets as written, so
    `text[start:end] == evidence.text` holds for a consumer."""
    if not dropped and read == original[:len(read)]:
        return msgs
    for m in msgs:
        for ev in m.get("evidence", ()):
            a, z = ev.get("start"), ev.get("end")
            if isinstance(a, int) and isinstance(z, int) and read[a:z] == ev.get("text"):
                a, z = readable.written_span(a, z, dropped)
                ev["start"], ev["end"], ev["text"] = a, z, original[a:z]
    return msgs


def _run(articles: list[dict[str, Any]], nlp: Any, batch_size: int, budget_s: float, max_batch_chars: int,
         isolate: bool) -> list[list[dict[str, Any]] | Failure]:
    b = _Batch(articles, budget_s, isolate)
    pieces: list[tuple[int, int, int]] = []
    sentences: list[tuple[int, int, int]] = []
    parsing = syntax.can_parse(nlp)
    for i, art in enumerate(articles):
        def gated(i: int = i, art: dict[str, Any] = art) -> tuple[list[tuple[int, int]], ...]:
            b.texts[i], b.dropped[i] = readable.readable(art["text"][:MAX_TEXT_CHARS])
            spans, triggers, decisive, checked = gate_checked(b.texts[i], PARSE_VETO)  # one pass of the lexicon
            return ner_spans(b.texts[i], spans), triggers, decisive, checked
        found = b.stage(i, gated)
        if found is None:
            continue
        if not found[0]:
            b.out[i] = []  # past no gate: no incident, no NER
            continue
        if parsing and PARSE_VETO and b.stage(i, lambda i=i, decisive=found[2]: _no_human_act(nlp, b.texts[i],
                                                                                              decisive)):
            b.out[i] = []  # every event word is a non-human cause's, a plan's or a verdict's: no incident
            continue
        b.pdocs[i] = PassageDoc(roles=[] if parsing else None)
        pieces += [(i, x, y) for x, y in found[0]]
        sentences += [(i, x, y) for x, y in found[1]] if parsing else []
        b.roled[i] = set(found[1])
        if parsing and found[3]:
            # a sentence parsed for this alone is read after its dateline (its town parses as the lead verb's subject)
            # (one with a dateline is parsed again from its reading start when it is parsed whole for roles)
            starts = {(x, y): x + human_acts.reading_start(b.texts[i][x:y]) for x, y in found[3]}
            roled = b.roled[i]
            alone = [(starts[x, y], y) for x, y in found[3] if (x, y) not in roled or starts[x, y] > x]
            b.checked[i] = {(x, y) for x, y in found[3] if (x, y) in roled and starts[x, y] == x} | set(alone)
            b.read_from[i] = {a: x for (x, _), a in starts.items()}
            sentences += [(i, x, y) for x, y in alone]
    for sub in char_batches(pieces, max_batch_chars):
        b.ner(nlp, sub, batch_size)
    for sub in char_batches(sentences, max_batch_chars):
        b.parse(nlp, sub, batch_size)
    for i, art in enumerate(articles):
        if b.out[i] is not None:
            continue
        def extract(i: int = i, art: dict[str, Any] = art) -> list[dict[str, Any]]:
            found = extract_incidents(b.texts[i], b.pdocs[i], art.get("published"), cap_title(read_title(art.get("title"))),
                                      received(art))
            return _as_written(to_messages(found, art), b.texts[i], art["text"], b.dropped[i])
        msgs = b.stage(i, extract)
        if msgs is not None:
            b.out[i] = msgs
    return [r if r is not None else Failure(ERROR, "not extracted") for r in b.out]


def extract_batch(articles: list[dict[str, Any]], nlp: Any, batch_size: int = 16, budget_s: float = 10.0,
                  max_batch_chars: int = 400_000) -> list[list[dict[str, Any]] | Failure]:
    """Per article, in input order, its incident messages or a Failure: what the extractor service calls.

    One article's exception is its own Failure("extractor_error"); an article whose gate, NER share and extraction
    take more than `budget_s` gets Failure("extractor_timeout"). The budget is checked cooperatively between
    sentences, incidents and NER sub-batches (every rule is linear and sentences are capped, so a record overruns
    by little); NER runs in sub-batches of at most `max_batch_chars` characters, whose time is charged to their
    articles by share of characters."""
    return _run(articles, nlp, batch_size, budget_s, max_batch_chars, isolate=True)


# an article of this module's own (no real event): the warm-up's record
WARM_UP_TEXT = ("Gunmen attacked a police post near the town of Gao on Monday, killing two officers and wounding "
                "three, officials said. The group later claimed responsibility for the attack.")


def warm_up(nlp: Any) -> None:
    """Extracts one short article, so what the first record alone would build (the dependency matcher of the
    pipeline's vocabulary, the model's first-call buffers) is built at start-up, outside any article's budget."""
    incidents([{"id": "0" * 64, "text": WARM_UP_TEXT, "published": "2026-01-05", "title": None}], nlp)


def incidents(articles: list[dict[str, Any]], nlp: Any, batch_size: int = 16,
              budget_s: float | None = None) -> list[list[dict[str, Any]]]:
    """Incident messages per article, in input order (CLI, bench, evaluation). Exceptions propagate; with a
    `budget_s`, an article past its budget raises budget.BudgetExceeded."""
    out: list[list[dict[str, Any]]] = []
    for r in _run(articles, nlp, batch_size, float("inf") if budget_s is None else budget_s, 400_000, isolate=False):
        if isinstance(r, Failure):
            raise budget.BudgetExceeded(r.message)
        out.append(r)
    return out
