"""Incident extraction: `extract_incidents(text, doc, published, title) -> list[Incident]`. Pure: no I/O.

Sentences (and their clauses) with a violence trigger are grouped into incidents in reading order; one starts a
new incident when it names another event day, another town or province, or says so ("in a separate incident",
"a second drone", "responded with", "earlier abducted"). An incident is kept when it has a security side, an
anchor and no modality (see `_keep`). The lead is primary, and so are same-day events of a series it opens;
recalled, earlier-dated ones are background. Each field comes from its own module, with evidence spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice
from datetime import date, timedelta
from typing import Any, Sequence

from worker.extract import (actors, armed_victims, before_clauses, budget, casualties, city_quarters, clash_sides,
                            countries, dateline_scene, dates, death_leads, followup_days, found_killed, geonames,
                            habit_days, happened_days, last_weekdays, number_words, own_clauses, own_province, places,
                            post_attacks, pursuit_days, recalled_days, scene_days, scene_reference, segment, singled_out,
                            sport_pages, syntax, toll_phrases, toponyms, types, victim_groups, violent_doers, weapons)
from worker.extract.alternation import literal
from worker.extract.gazetteer import any_trigger
from worker.extract.speech_verbs import blame_verbs, report_verbs
from worker.models import Evidence, Incident

MAX_INCIDENTS = 100  # per article, in reading order: a wire round-up tells a dozen; thousands is a dump, not news
# drafts read before the rest of a dump is left unread: enough for MAX_INCIDENTS after the filters drop recalled and
# irrelevant ones and splitting adds some; each further sentence costs ~2 ms and could only add incidents past the cap
MAX_DRAFTS = 3 * MAX_INCIDENTS
MAX_INCIDENT_SENTENCES = 40  # a report runs a few sentences; each one joined is compared with all before it
_HEDGE = re.compile(r"could not (?:be )?(?:independently )?(?:verified|confirmed)|cannot be (?:independently )?verified|"
                    r"unverified|unconfirmed", re.I)


@dataclass
class _Draft:
    sents: list[segment.Sentence] = field(default_factory=list)
    kinds: list[types.TypeMatch | None] = field(default_factory=list)
    dates: list[tuple[dates.DateMention, segment.Sentence]] = field(default_factory=list)
    places: list[places.PlaceMention] = field(default_factory=list)
    recalled: bool = False  # started by "earlier abducted", "previously attacked": an undated past event
    series: bool = False  # started by "A second drone", "responded with": the next event of a series already told
    home: set[str] = field(default_factory=set)  # the dateline's town, for the lead: "NAIROBI (AP) — ..." is there
    dateline_lead: bool = False  # told on the dateline's own line ("MADISON, Wis. — A man shot three ..."): placed
    recall_dated: bool = False  # a follow-up that dates the event it recalls ("suspected of Monday's bombing"): anchored
    recalled_on: list[tuple[dates.DateMention, segment.Sentence]] = field(default_factory=list)  # those days
    mourned: int | None = None  # the dead a funeral counts, when the attack it recalls counts none of its own
    counted: bool = False  # its dead counted on a later day ("the number of dead stood at 12 on Saturday"): a later
    # count of them is still this draft's ("By Sunday the dead numbered 17"), the latest the toll

    @property
    def date_keys(self) -> set[str]:
        """Keys of the event dates (statement days left out: "said Friday" does not date the event)."""
        return {d.key for d, _ in self.dates if not d.reporting}

    @property
    def sites(self) -> set[str]:
        return _sites(self.places) | self.home

    @property
    def provinces(self) -> set[str]:
        return _provinces(self.places)

    @property
    def past(self) -> bool:
        """An earlier event than the story's: recalled, or told on a day set in the past."""
        return self.recalled or any(x.past for x, _ in self.dates)

    def take(self, s: segment.Sentence, kind: types.TypeMatch | None = None,
             found: list[places.PlaceMention] | None = None) -> None:
        """Sentence `s` joins the draft, with the act it tells (None: it tells none of its own, only more of the
        draft's) and the places found in it."""
        self.sents.append(s)
        self.kinds.append(kind)
        self.places.extend(found or ())

    def tells(self, family: str | None) -> bool:
        """Some act the draft tells itself (no follow-up) is of the family (`_FAMILIES`)."""
        return any(k is not None and not k.followup and _FAMILIES.get(k.event_type, k.event_type) == family
                   for k in self.kinds)


def _sites(ps: list[places.PlaceMention]) -> set[str]:
    """Known towns and districts of a sentence (unknown names are too often a neighbourhood of a known one)."""
    return {p.place.name for p in ps if p.place and p.place.kind in ("city", "district") and not p.route}


def _quarters(ps: list[places.PlaceMention]) -> set[str]:
    """The city quarters of a sentence ("in Englewood on the South Side"): two quarters are two sites, but a quarter
    is no other site than its city ("in the city of Marib" ... "the al-Rawdha neighbourhood")."""
    return {p.text for p in ps if p.quarter}


def _provinces(ps: list[places.PlaceMention]) -> set[str]:
    """The provinces a sentence's places lie in, as keys one province has however it is spelled (GeoNames gives a
    town's province as "Kherson Oblast", the province itself may be "Kherson")."""
    return {places.province_key(p.place.name if p.place.kind == "admin1" else p.place.admin1)  # type: ignore[arg-type]
            for p in ps if p.place and p.place.kind != "country" and (p.place.kind == "admin1" or p.place.admin1)}


def _context_country(text: str, mentions: list[places.PlaceMention], doc: Any | None,
                     dl: places.PlaceMention | None, lead: _Draft, title: str | None) -> str | None:
    """The article's country from every clue (`mentions`: the whole text's places), the lead incident's sentences
    first (countries.country_of)."""
    return countries.country_of(text, mentions, doc, dl,
                                [(s.start, s.end) for s in lead.sents], title)


_ANAPHORA = re.compile(r"\b(?:the|this|that|these|those) (?:incidents?|attacks?|blasts?|explosions?|attackers?|assailants?|bombers?|"
                       r"raids?|operations?|clash(?:es)?|shootings?|encounters?|ambush(?:es)?|assaults?|violence|strikes?|gunfights?|"
                       r"gun[ -]?battles?|firefights?|fighting|bombings?|killings?|kidnappings?|abductions?)\b",
                       re.I)


# "police responded with tear gas and live fire": the force's answer to a crowd is the same event, not a retaliation
_CROWD_CONTROL = (r" (?:firing |using |shooting )?(?:tear ?gas|live (?:fire|ammunition|rounds|bullets)|water cannons?|"
                  r"rubber bullets|batons|warning shots|stun grenades|pellets|(?:excessive |lethal |brute )?force)\b")
_NEW_EVENT = re.compile(r"\b(?:in (?:a|another|one) (?:further |separate |second |third |similar |related )?"
                        r"(?:incident|attack|development|case)|in a separate|separately|elsewhere|in another|"
                        r"(?:an?|another) (?:similar|separate) (?:\w+ )?(?:incident|attack|assault|raid|ambush|bombing|"
                        r"blast|explosion|shooting|strike)s?|"
                        r"(?:reported|carried out|launched) separate|responded (?:with|by)(?!" + _CROWD_CONTROL + r"))\b|"
                        r"^\W*(?:in (?:response|retaliation)|in addition to|beyond this)\b", re.I)
# "A second drone struck a car near ...": the next event of a series the article is about (primary like the first)
_ORDINAL = re.compile(r"^\W*(?:a|the) (?:second|third|fourth|fifth)\b(?! (?:\w+ )?(?:incident|case)\b)", re.I)
_WORD = re.compile(r"[A-Za-z]+")


def _ordinal_event(sentence: str) -> bool:
    """"A second attack hit ...", "The third blast ...": the sentence opens on an event counted after the told
    ones, another incident. An ordinal that counts a person ("A fourth child was wounded", "The third victim died in
    hospital") counts one more victim of the told event, as the person lexicon says (toll_phrases)."""
    if (m := _ORDINAL.search(sentence)) is None:
        return False
    words = list(islice(_WORD.finditer(sentence, m.end()), 4))
    first = next((i for i, w in enumerate(words[:2]) if toll_phrases.is_person_noun(w.group())), None)
    if first is None:
        return True
    last = first
    while last + 1 < len(words) and toll_phrases.is_person_noun(words[last + 1].group()) \
            and not sentence[words[last].end():words[last + 1].start()].strip():
        last += 1
    return not _heads_phrase(sentence, words[last], words[last + 1] if last + 1 < len(words) else None)


def _heads_phrase(sentence: str, noun: re.Match[str], after: re.Match[str] | None) -> bool:
    """The person noun ends its phrase ("A fourth guest was wounded", "A third farmer, aged 40"), rather than
    modifying the noun after it ("A second militant attack", "A second student hostel"): a phrase ends at a mark, a
    function word or a verb (role_words phrase_closers, an -ed form)."""
    if after is None or sentence[noun.end():after.start()].strip():
        return True
    word = after.group()
    return word.lower() in _phrase_closers() or word.endswith("ed") or word[0].isupper()


@cache
def _phrase_closers() -> frozenset[str]:
    return frozenset(syntax.word_lists()["phrase_closers"])


_FORCE_KILLS_FIGHTERS = re.compile(r"\b(?:troops|soldiers|police|policemen|security forces|forces|army|commandos)\s+"
                                   r"(?:(?!(?:were|was|been|being|are|is|have|has)\b)\w+\s+){0,2}?"
                                   r"(?:killed|shot dead|gunned down)\s+(?!by\b)(?:\w+\s+){0,3}?"
                                   r"(?:gunmen|militants|fighters|insurgents|terrorists|attackers|assailants|rebels)\b", re.I)
_ASSASSINATION = re.compile(r"\bassassinat\w+|\btargeted killings?\b", re.I)
_ANAPHORA_START = re.compile(r"^\W*" + _ANAPHORA.pattern, re.I)  # "The incident ..." opens the sentence
_PRONOUN_START = re.compile(r"^\W*(?:they|he|she|it|the group|the gunmen|the attackers|the suspects?)\b", re.I)
_TAKEN_PLACE = re.compile(r"captured|seized|overran|recaptured", re.I)
# "two victims earlier abducted at ...": a recalled event even without a date
_PAST_CUE = re.compile(r"\b(?:earlier|previously|had earlier|had previously) (?:been )?\w+ed\b", re.I)


def _told_as_past(sentence: str, tm: types.TypeMatch) -> bool:
    """The sentence tells an earlier event than the story's: a strong trigger with a cue of the past ("had earlier
    attacked"), or an event its clause sets years back ("Eleven years ago, bandits killed 20 people there")."""
    return bool(tm.strong and _PAST_CUE.search(sentence)) or types.years_back(sentence, tm.start)


def _event_date(ds: list[dates.DateMention]) -> dates.DateMention | None:
    """The event's date in a sentence: the first mention that is not only the day of a statement; a coarse one that
    a day right after it narrows ("Earlier in the week, on Monday, shelling killed five") gives way to that day."""
    own = [x for x in ds if not x.reporting]
    if len(own) > 1 and own[0].value and own[1].value and len(own[0].value) < len(own[1].value) \
            and own[1].value.startswith(own[0].value) and 0 <= own[1].start - own[0].end <= _APPOSED_DAY:
        return replace(own[1], past=own[0].past or own[1].past)  # "earlier in the week" still recalls
    return own[0] if own else (ds[0] if ds else None)


_APPOSED_DAY = 6  # characters between a period and the day that narrows it: ", on ", " on "


def _dates_of(sentence: str, published: Any, told: date | None = None,
              told_key: str | None = None) -> list[dates.DateMention]:
    """Date mentions of a sentence (`told`, `told_key`: the last event day told before it, for "the day before");
    in a toll update ("the death toll rose to nine on Monday") the day is the update's, like a statement's, not the
    event's."""
    ds = before_clauses.without_other_clause_days(
        sentence, habit_days.without_habits(sentence, dates.find(sentence, published, told, told_key)))
    revised = _TOLL_REVISED.search(sentence)
    if ds and (revised or casualties.tells_update(sentence)):
        told_at = _update_told_event(sentence)
        if any(x.start < told_at and _POSSESSIVE.match(sentence, x.end) for x in ds):
            told_at = len(sentence)  # "the toll from Sunday's bombing rose ..., after rioters burned houses on Monday"
        a, b = _revised_event_days(sentence, revised)
        return [x if x.start >= told_at or a <= x.end and x.start < b else replace(x, reporting=True) for x in ds]
    ds = [replace(x, reporting=True) if not x.reporting and _reaction_day(sentence, x) else x for x in ds]
    return _history_year(sentence, _blame_days(sentence, recalled_days.without_recalled_years(sentence, ds)))


# "Iran revised down the death toll from twin bombings near ... to 89 from 95 on Friday": a toll revised by its
# counter, however far its figure stands from the verb, is an update on the revision's day
_TOLL_REVISED = re.compile(r"\b(?:revis|rais|lower|updat|correct|adjust)(?:e|es|ed|ing)\s+(?:(?:down|up)(?:ward)?\s+)?"
                           r"(?:the|its|their)\s+(?:overall\s+|official\s+)?(?:death\s+toll|toll\s+of\s+(?:the\s+)?dead)\b",
                           re.I)
# "... the death toll from Friday's suicide bombing": the revised toll's event, named by its day
_REVISED_OF = re.compile(r"\s+(?:from|of|in|for)\s+", re.I)


def _revised_event_days(sentence: str, revised: re.Match[str] | None) -> tuple[int, int]:
    """The revised toll's own event phrase ("revised up the death toll from Friday's bombing", "... from a suicide
    bombing at a market in Konduga on Friday to 19 from 32"), up to its new figure or a mark: a day there is the
    event's, not the revision's; an empty span when the toll names no event so."""
    if revised is None or (m := _REVISED_OF.match(sentence, revised.end())) is None:
        return (0, 0)
    end = _revised_figure().search(sentence, m.end())
    return (m.end(), end.start() if end else len(sentence))


@cache
def _revised_figure() -> re.Pattern[str]:
    """Where a revised toll's event phrase ends: its new figure ("to 19", "to nineteen", "to at least 40") or a mark."""
    return re.compile(r"\s+to\s+(?:" + number_words.bound_alternation() + r"\s+)?(?:\d|"
                      + number_words.count_words() + r")|[,;:]", re.I)


def _untyped_toll_day(sentence: str, day: dates.DateMention) -> bool:
    """A lead that gives a toll and a full day but names no event ("A police raid in Recife left several people dead
    on Thursday"): the day of the event the next sentences tell, when they give none of their own. The day must be
    the toll's own, in its clause ("left six dead, according to a report published on Thursday" is the report's),
    and the toll no accident's ("a road accident left 12 dead on Thursday" dates no attack told next)."""
    if len(day.value or "") != 10 or types.accident([sentence]):
        return False
    return any(not c.update and c.end <= day.start and not _CLAUSE_BREAK.search(sentence, c.end, day.start)
               for c in casualties.counts(sentence, "killed"))


# a break between a toll and a day that leaves the day to another clause ("left six dead, according to a report
# published on Thursday"); a toll's own day follows it in its clause ("left several people dead on Thursday")
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:according|report(?:ed|s)?|published|released|said|says|statement)\b", re.I)


# "Sunday's bombing": the update names its event's day, so an after/when clause tells another event
_POSSESSIVE = re.compile(r"['’]s\b")


# ", after crowds set fire to shops on Monday", ", when gunmen stormed the jail": the clause of a toll update that
# tells the event the toll counts
_UPDATE_EVENT_CLAUSE = re.compile(r",\s*(?:after|when|following)\b[^;:]*", re.I)


def _update_told_event(sentence: str) -> int:
    """Where a toll update's sentence goes on to tell its event ("the toll rose to 26 on Wednesday, police said,
    after crowds set fire to homes on Monday"): the days from there on are the event's, not the update's; the
    sentence's end when no such clause tells violence ("rose to 9 on Monday after two more died of their wounds")."""
    for m in _UPDATE_EVENT_CLAUSE.finditer(sentence):
        tm = types.classify(m.group())
        if tm is not None and tm.strong:
            return m.start()
    return len(sentence)


# an event named with its year before its noun ("the 2016 Nice truck attack", "2022's train attack") and the
# clause that tells it (", in which a man killed 86", ", where a truck drove into ...", "that killed 12")
_YEAR_NAMED = re.compile(r"\b(?:(?:the|its|their)\s+|(?=\d{4}['’]s\s))(?P<year>(?:19|20)\d\d)(?:['’]s)?\s+"
                         r"(?:[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|"
                         r"blasts?|massacres?|shootings?|killings?|ambush(?:es)?|raids?|explosions?|assaults?)\b"
                         r"(?:\s*,\s*(?:in which|during which|which|where|when)\b[^;:.]*|\s+(?:that|which)\b[^,;:.]*)?", re.I)


# "Since the 2022 massacre, gunmen have killed eleven more": the named event opens a period, the sentence tells what
# followed it
_SINCE_BEFORE = re.compile(r"\b(?:since|ever since|in the (?:years|months|weeks) (?:since|after|following))\s+$", re.I)


def _history_year(sentence: str, ds: list[dates.DateMention]) -> list[dates.DateMention]:
    """A sentence whose event word lies in an event it names by its year ("families of victims of the 2016 Nice
    truck attack, in which a man killed 86 people, gathered on Sunday") tells that history: the year dates it, and
    the other days of the sentence (the gathering's) are not its own. Not when the named event opens a period the
    sentence tells ("Since the 2022 massacre, gunmen have killed eleven more")."""
    if not any(map(str.isdigit, sentence)):
        return ds
    tm = types.classify(sentence)
    m = next((m for m in _YEAR_NAMED.finditer(sentence) if tm is not None and m.start() <= tm.start < m.end()), None)
    if m is None or any(x.start == m.start("year") for x in ds) or _SINCE_BEFORE.search(sentence, 0, m.start()):
        return ds
    year = dates.DateMention(m["year"], m["year"], m.start("year"), m.end("year"), True)
    return sorted([year] + [x if m.start() <= x.start < m.end() else replace(x, reporting=True) for x in ds],
                  key=lambda x: x.start)


@cache
def _reactions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A day right before or after a verb of reaction (role_words reaction_verbs: "on Monday condemned",
    "condemned on Monday")."""
    verbs = literal(syntax.word_lists()["reaction_verbs"])
    return (re.compile(r"\s*,?\s*(?:also\s+|strongly\s+)?(?:" + verbs + r")\b", re.I),
            re.compile(r"\b(?:" + verbs + r")\s+(?:on\s+)?$", re.I))


def _reaction_day(sentence: str, x: dates.DateMention) -> bool:
    """The day is a reaction's ("the governor on Monday condemned the killing of a village head by Boko Haram
    fighters on Sunday"), like a statement's: the event's day is the one the killing is told with."""
    after, before = _reactions()
    return bool(after.match(sentence, x.end) or before.search(sentence, max(0, x.start - 30), x.start))


@cache
def _blames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A day right before or after a verb of blame (role_words blame_verbs but "suspect": "on Sunday blamed",
    "accused on Sunday")."""
    verbs = blame_verbs(suspect=False)
    return (re.compile(r"\s*,?\s*(?:also\s+|publicly\s+)?(?:" + verbs + r")\b", re.I),
            re.compile(r"\b(?:" + verbs + r")\s+(?:on\s+)?$", re.I))


def _blame_days(sentence: str, ds: list[dates.DateMention]) -> list[dates.DateMention]:
    """A blame's day ("police on Sunday blamed Ansaru, whose fighters abducted 40 pupils in Katsina in March") is a
    statement's when the sentence tells the blamed event with a day of its own: that day dates the event, and the
    blame's (README: a statement's day dates a recalled event only to the month). Without another day the blame's
    day stays the sentence's day, as before."""
    after, before = _blames()
    blamed = [x for x in ds if not x.reporting
              and (after.match(sentence, x.end) or before.search(sentence, max(0, x.start - 30), x.start))]
    if not blamed or not any(not x.reporting and x not in blamed for x in ds):
        return ds
    return [replace(x, reporting=True) if x in blamed else x for x in ds]


def _without_recalled_aside(sentence: str, tm: types.TypeMatch | None, ds: list[dates.DateMention]
                            ) -> tuple[types.TypeMatch | None, list[dates.DateMention]]:
    """"Al-Shabaab, which was blamed for a bombing in 2022, attacked a police station on Monday": a relative aside
    that names a day of its own, other than the day of the main clause's own strong event, recalls the noun's past;
    it gives the sentence neither its type nor its day."""
    for a, b in types.asides(sentence):
        inner = [x for x in ds if a <= x.start < b and not x.reporting]
        outer = [x for x in ds if not a <= x.start < b]
        main = types.classify(sentence[:a] + " " * (b - a) + sentence[b:])
        own = next((x for x in outer if not x.reporting), None)
        if inner and own is not None and main is not None and main.strong \
                and not any(dates.consistent(x, own) for x in inner):
            return main, outer
    return tm, ds


def _new_day(d: _Draft, ds: list[dates.DateMention], published: Any, sentence: str = "") -> bool:
    """The sentence names another event day than the draft's. A day consistent with the draft's ("in March" and
    "on March 3") is the same; when the draft has only a statement's day ("police said Wednesday") or none, a day
    of the week before that statement (or the article) is the event the lead reports, a day further back a recall.
    The early hours of the day after a told day ("late on Saturday" ... "until police retook control early on
    Sunday") are the same night."""
    first = next((x for x in ds if not x.reporting), None) or next((x for x in ds if x.past), None)
    if first is None:
        return False
    told = [x for x, _ in d.dates if not x.reporting]
    if told:
        return not any(dates.consistent(first, x) for x in told) \
            and not any(_same_night(x, t.text, first, sentence) for x, t in d.dates if not x.reporting)
    if d.recalled:
        return True
    said = [date.fromisoformat(x.value) for x, _ in d.dates if x.reporting and x.value and len(x.value) == 10]
    return first.past and not dates.recent(first, max(said) if said else published)


# "early on Sunday", "early Sunday", "in the early hours of Sunday", "before dawn on Sunday"
_EARLY_BEFORE = re.compile(r"\b(?:early(?:\s+on)?|in\s+the\s+early\s+hours\s+of|before\s+dawn(?:\s+on)?)\s+$", re.I)
# "late on Saturday", "late Saturday", "on Saturday night", "Saturday evening"
_LATE_BEFORE = re.compile(r"\blate(?:\s+on)?\s+$", re.I)
_LATE_AFTER = re.compile(r"\s+(?:night|evening)\b", re.I)


_COUNTED_WITHIN = 3  # days after the event its dead are still being found and counted ("the next morning")
# a running total of a war or a siege ("the number of dead in the war stood at 10,500"): not one attack's dead counted
_RUNNING_TOTAL = re.compile(r"\b(?:in|of|during) (?:the |(?:the )?[\w'’-]+['’]s )(?:civil )?(?:war|conflict|insurgency|siege|fighting)\b",
                            re.I)


def _running_total(sentence: str) -> bool:
    """A toll of a war, a siege or a period ("Deaths reached 1,200 since the siege began", "for the year so far":
    aggregates.csv; "the number of dead in the war stood at 10,500"), no attack's dead counted."""
    return bool(_RUNNING_TOTAL.search(sentence) or toll_phrases.aggregate_spans(sentence))


def _counted_after(d: _Draft, ds: list[dates.DateMention], sentence: str) -> bool:
    """A toll with no event word of its own, told on a day a little after the draft's, of a draft that told no
    dead ("Gunmen stormed the village on Tuesday night. The bodies of 12 villagers were found the next morning.",
    "The number of dead stood at 17 on Monday."): the day the dead were found or counted, not another event's."""
    first = next((x for x in ds if not x.reporting and x.value and len(x.value) == 10), None)
    told = [date.fromisoformat(x.value) for x, _ in d.dates if not x.reporting and x.value and len(x.value) == 10]
    if first is None or not told or any_trigger().search(sentence) or _running_total(sentence):
        return False
    killed = casualties.counts(sentence, "killed")
    return bool(killed) and not any(c.vague for c in killed) \
        and 0 < (date.fromisoformat(first.value) - max(told)).days <= _COUNTED_WITHIN


def _same_night(told: dates.DateMention, told_in: str, later: dates.DateMention, sentence: str) -> bool:
    """`told` was a night ("late on Saturday", in `told_in`) and `later` the early hours of the day after it, as
    `sentence` writes it ("early on Sunday"): the night goes on, a hostage-taking or a siege's end is the same
    event. A morning after a day told without its night ("on Friday ... Early on Saturday, bandits abducted") is not."""
    if not (told.value and later.value and len(told.value) == len(later.value) == 10 and sentence):
        return False
    late = bool(_LATE_BEFORE.search(told_in, 0, told.start) or _LATE_AFTER.match(told_in, told.end))
    return late and date.fromisoformat(later.value) - date.fromisoformat(told.value) == timedelta(days=1) \
        and bool(_EARLY_BEFORE.search(sentence, 0, later.start)) and not casualties.counts(sentence, "killed")


def _starts_new(d: _Draft, s: segment.Sentence, ds: list[dates.DateMention], ps: list[places.PlaceMention],
                tm: types.TypeMatch, sents_start: dict[int, int], published: Any = None) -> bool:
    if _new_day(d, ds, published, s.text) or _followup_of(d, s, tm):
        return True
    if _NEW_EVENT.search(s.text) or _ordinal_event(s.text) or _told_as_past(s.text, tm):
        return True
    if tm.event_type == "other" and all(k is None or k.event_type != "other" for k in d.kinds):
        return True  # "al-Shabaab has retaken control of Janaale": a change of control is its own event
    clause = s.start > sents_start.get(s.index, s.start)  # the second report of a sentence cut by segment.clauses
    told_toll = clause and bool(casualties.counts(s.text, "killed") + casualties.counts(s.text, "injured"))
    if not _ANAPHORA.search(s.text) and _another_toll_and_day(d, s, ds):
        return True
    if _opens_with_its_town(d, s, ps, tm) or _reprisal(s.text, tm):
        return True
    if ((not tm.strong or tm.doer) and not told_toll) or _ANAPHORA.search(s.text):
        return False  # a weak trigger continues the story, unless a clause of its own tells its own toll elsewhere
    if clause and tm.strong and all(k is None or k.event_type != tm.event_type for k in d.kinds) \
            and not _names_only_its_doers(s.text, tm):
        return True  # "Israeli airstrikes killed 20, while Hamas fired rockets": the second clause is another event
    # a person's origin or a statement's seat ("arrested the driver, a man from Leipzig") is not where the sentence's
    # event was: it places no other incident
    ps = [p for p in ps if not p.aside and not _foreign_alias(p, d)]
    sites, provinces = _sites(ps), _provinces(ps)
    # a town inside the province the story already named, when the story's only town was its dateline (a bureau
    # city: "MEXICO CITY (AP) — ... in Chiapas", then "in Yajalon, a town of Chiapas") continues the story
    within = not _sites(d.places) and bool(provinces & d.provinces)
    quarters, told = _quarters(ps), _quarters(d.places)
    return bool((sites and d.sites and not sites & d.sites and not within)
                or (provinces and d.provinces and not provinces & d.provinces)
                or (quarters and told and not quarters & told))


def _reprisal(sentence: str, tm: types.TypeMatch) -> bool:
    """"Hours after the attack, Turkish warplanes struck a village in Iraq, killing nine civilians": another actor's
    act told after the event it points back at (`_acts_after_it`), with dead or wounded of its own, is another
    incident, though its opener names the told one ("the attack")."""
    return tm.strong and not tm.followup and _acts_after_it(sentence, tm) and not _names_it_again(sentence, tm) \
        and bool(casualties.counts(sentence, "killed") or casualties.counts(sentence, "injured"))


# "Hours after the attack", "Shortly after", "A day after", "Two days after": how many days the act came after the
# told event
_DAYS_AFTER = re.compile(r"^\W*(?:(?P<same>hours|minutes|moments|shortly|soon|just|(?:a few|several) hours)|"
                         r"(?P<one>a|one) day|(?P<two>two) days)\s+(?:after|following)\b", re.I)


def _day_after_it(d: _Draft, sentence: str) -> dates.DateMention | None:
    """The day of a reprisal told with no day of its own: the told event's day shifted by what its opener says
    ("Hours after the attack" on Thursday is Thursday), None when the opener or the told day leaves it open."""
    m = _DAYS_AFTER.match(sentence)
    told = next((x for x, _ in d.dates if not x.reporting and x.value and len(x.value) == 10), None)
    if m is None or told is None:
        return None
    shift = 0 if m.group("same") else 1 if m.group("one") else 2
    day = (date.fromisoformat(told.value) + timedelta(days=shift)).isoformat()
    return replace(told, value=day, key=day if shift else told.key, reporting=False, through=None, vague=False)


def _names_it_again(sentence: str, tm: types.TypeMatch) -> bool:
    """"A day after the ambush, two soldiers wounded in the attack died": a trigger that is a definite noun ("the
    attack") or only the doers ("ended the siege, killing all five gunmen") names the told event again, no new act."""
    return _DEFINITE_DOERS.search(sentence, 0, tm.start) is not None or _names_only_its_doers(sentence, tm)


@cache
def _doer_noun() -> re.Pattern[str]:
    return re.compile(r"(?:" + violent_doers.doer_nouns() + r")", re.I)


def _names_only_its_doers(clause: str, tm: types.TypeMatch) -> bool:
    """"... carried out a suicide bombing in Ankara; both attackers died and two officers were injured": a clause
    whose event word is only the armed noun of its doers ("attackers", "gunmen") tells what befell the told event's
    doers and victims, not another act of its own."""
    return _doer_noun().fullmatch(clause, tm.start, tm.end) is not None


# "the attackers", "those gunmen": the doers named again by a definite noun
_DEFINITE_DOERS = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def _names_its_doers_again(sentence: str, tm: types.TypeMatch) -> bool:
    """"Police were still searching for the attackers on Tuesday": a sentence whose only event word is a definite
    noun of the doers ("the attackers", "the gunmen"), with no dead or wounded of its own, tells what came after the
    told event (a hunt, a flight), no act of its own on its day or in its place."""
    return _names_only_its_doers(sentence, tm) and _DEFINITE_DOERS.search(sentence, 0, tm.start) is not None \
        and not (casualties.counts(sentence, "killed") or casualties.counts(sentence, "injured")) \
        and types.classify(_blank(sentence, (tm.start, tm.end))) is None


# "preparing to launch rockets at", "planning to attack", "was about to fire on the": an act intended, not done
# (not "attempted to storm Bama": an assault tried is fought there; not "storm"/"raid": the place stormed is the scene)
_INTENDED = re.compile(r"\b(?:prepar|plann|plott|intend|about)\w*\s+to\s+"
                       r"(?:launch|fire|attack|strike|target|bomb|hit|shell)\b"
                       r"(?:\s+(?:[\w-]+\s+){0,3}?(?:at|on|into|against|towards?))?\s+(?:the\s+)?$", re.I)


def _intended_target(s: segment.Sentence, p: places.PlaceMention) -> bool:
    """"struck a cell that had been preparing to launch rockets at northern Israel": the place an intended act aimed
    at is no scene of the sentence's event (nor of another)."""
    return _INTENDED.search(s.text, max(0, p.start - s.start - 80), p.start - s.start) is not None \
        and _WHERE_AFTER.match(s.text, p.end - s.start) is None


# "preparing to attack Vovchansk, where two soldiers died": a relative clause tells an event in the target itself
_WHERE_AFTER = re.compile(r"\s*,\s*(?:where|in which)\b", re.I)


def _foreign_alias(p: places.PlaceMention, d: _Draft) -> bool:
    """A province of another country than every place the draft named, found only by another name of it ("the Tera
    department" read as Russia's Tver Oblast in a story of Niger): a namesake misread, no other province."""
    told = {x.place.country for x in d.places if x.place is not None}
    return p.place is not None and p.place.kind == "admin1" and bool(told) and p.place.country not in told \
        and places.province_key(p.text) != places.province_key(p.place.name) and _named_at_home(p.text, told)


def _named_at_home(text: str, told: set[str]) -> bool:
    """The name is also a town or a district of a country the draft named ("Tera" of Niger), so reading it as a
    far province by another of its names is the misreading; a far province spelled as the wires do ("the Odessa
    region", "Kharkov") names no place of home and is the far province."""
    name = re.sub(r"^the\s+", "", places.province_key(text))
    return bool(told & countries.town_votes(name).keys()) \
        or any(u.country in told for u in geonames.index().subdivisions_named(name))


# "In Bilozerka, a woman was killed": a paragraph that opens with its town and a comma
_TOWN_OPENING = re.compile(r"^\W*In\s+(?=[A-Z])")


def _opens_with_its_town(d: _Draft, s: segment.Sentence, ps: list[places.PlaceMention], tm: types.TypeMatch) -> bool:
    """A roundup's paragraph that opens with a town the draft has not named and tells its own dead or wounded ("In
    Bilozerka, a woman was killed when a shell hit her yard" after "Russian shelling killed two in Kherson region over
    the past day"), or tells it with a strong event word ("In Beryslav, a drone dropped an explosive on a car"):
    another of the roundup's incidents."""
    if not d.sents or s.para == d.sents[-1].para or (m := _TOWN_OPENING.match(s.text)) is None:
        return False
    town = next((p for p in ps if p.start == s.start + m.end() and p.place is not None and p.place.kind == "city"
                 and not p.route), None)
    if town is None or town.place.name in d.sites or not _COMMA_AFTER.match(s.text, town.end - s.start):
        return False
    # "In Kyiv, the president said the strike that killed 52 was a war crime", "In Kupiansk, doctors treated six
    # survivors of the strike": a reaction or the care of the wounded elsewhere points back to the told event
    if _ANAPHORA.search(s.text) or _CARE.search(s.text) or _restates_toll(d, s):
        return False
    return tm.strong or bool(casualties.counts(s.text, "killed") or casualties.counts(s.text, "injured"))


_COMMA_AFTER = re.compile(r",\s")
# "doctors treated six wounded", "hospitals admitted 12 people": the wounded cared for, not wounded there
_CARE = re.compile(r"\b(?:doctors|hospitals?|medics|surgeons|nurses|clinics?)\s+(?:\w+\s+){0,2}?"
                   r"(?:treated|treating|admitted|admitting|received|receiving|operated)\b", re.I)


def _restates_toll(d: _Draft, s: segment.Sentence) -> bool:
    """Whether the sentence's dead are the draft's dead counted again ("... condemned the killing of 40
    worshippers" after "killing 40 worshippers"): no other incident's toll."""
    mine = casualties.merge(casualties.counts(s.text, "killed"))[0]
    theirs = casualties.merge([c for x in d.sents for c in casualties.counts(x.text, "killed")])[0]
    return mine is not None and mine == theirs


# "another attack": the general noun of an event of the same method as the one told just before it
_ANOTHER_BEFORE = re.compile(r"\banother\s+(?:[\w-]+\s+)?$", re.I)
_METHODS = ("suicide_bombing", "bombing", "air_strike", "shelling")


def _another_of_its_kind(out: list[_Draft], sentence: segment.Sentence, tm: types.TypeMatch) -> types.TypeMatch:
    """"A suicide bomber killed 40 at a mosque in Kunduz, and a week later another attack killed 47 in Kandahar": the
    second event, named by the general noun after "another", is of the first one's method."""
    if tm.event_type != "attack" or len(out) < 2 or not _ANOTHER_BEFORE.search(sentence.text, 0, tm.start) \
            or not out[-2].sents or out[-2].sents[-1].index != sentence.index:
        return tm  # (only the clause joined to the first: a sentence of its own may tell any method)
    before = next((k for k in out[-2].kinds if k is not None), None)
    return replace(tm, event_type=before.event_type) if before is not None and before.event_type in _METHODS else tm


def _dates_pointed_back(d: _Draft, sentence: str) -> bool:
    """The draft tells an event without a day of its own and the sentence points back at an event ("the attack",
    "Monday's attack"): the day the sentence recalls that event by is the draft's."""
    return not d.recalled and not any(not x.reporting for x, _ in d.dates) \
        and any(k is not None and not k.followup for k in d.kinds) \
        and bool(_ANAPHORA.search(sentence) or _BACK_REFERENCE.search(sentence))


def _another_toll_and_day(d: _Draft, s: segment.Sentence, ds: list[dates.DateMention]) -> bool:
    """"Gunmen killed seven villagers in Kafanchan, police said on Wednesday. Last Friday, gunmen killed 12 people in
    the town.": a sentence that tells its own day and a death toll other than the draft's, when the draft has only a
    statement's day or none, tells another event (a day of the week before the statement with the same toll, or with
    none, still tells the draft's). A toll a source gives ("residents said 12 were killed") may be another count of
    the same event."""
    if any(not x.reporting for x, _ in d.dates) or not any(not x.reporting and x.value for x in ds) \
            or _ATTRIBUTED.search(s.text):
        return False
    mine = casualties.counts(s.text, "killed")
    if not mine or any(c.update for c in mine):
        return False
    theirs = casualties.merge([c for x in d.sents for c in casualties.counts(x.text, "killed")])[0]
    return theirs is not None and casualties.merge(mine)[0] not in (None, theirs)


# "residents said", "according to police", "told AFP": a source the sentence's count is attributed to
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|according to|reported|claimed)\b", re.I)


def _followup_of(d: _Draft, s: segment.Sentence, tm: types.TypeMatch) -> bool:
    """The sentence tells a follow-up with the event it follows in a clause of its own ("Police later arrested nine
    men after bandits killed seven farmers", "... after the bandits killed the farmers") after a draft that tells no
    follow-up: the follow-up is its own incident, and the clause retells the draft's event (README: recalled events)."""
    return tm.followup and not any(k is not None and k.followup for k in d.kinds) \
        and types.follows_event(s.text, tm)


# "that attack", "the earlier bombing", "Saturday's attack": a noun that points back at an event other than the one
# being told
_BACK_REFERENCE = re.compile(r"\b(?:that|those|the (?:earlier|previous|prior|former)|(?-i:Monday|Tuesday|Wednesday|Thursday|"
                             r"Friday|Saturday|Sunday)['’]s) (?:\w+ )?(?:incidents?|attacks?|blasts?|explosions?|raids?|"
                             r"assaults?|ambush(?:es)?|bombings?|shootings?|clash(?:es)?|strikes?|killings?|kidnappings?|"
                             r"abductions?|violence|fighting|riots?|jailbreak|uprising)\b", re.I)


def _sets_the_scene(d: _Draft, s: segment.Sentence) -> bool:
    """"A bomber struck a rally in Bajaur district. The rally was held in the town of Khar.": the next sentence of
    the paragraph that names the event or its setting again tells where it was, when the draft has no town yet."""
    return s.para == d.sents[-1].para and not _towns(d.places) and scene_reference.points_back(s.text)


def _towns(ps: list[places.PlaceMention]) -> bool:
    """A town among the mentions (a district or province leaves the incident's exact place to be told)."""
    return any((p.place is not None and p.place.kind == "city") or (p.place is None and p.given_as_town)
               for p in ps if not p.route)


def _tells_another_event(sentence: str) -> bool:
    """A clause of the sentence tells another event than the one it is about ("The attack comes a day after
    inmates attacked prison guards")."""
    return any(types.classify(sentence[a:]) is not None for a, _ in toll_phrases.other_event_spans(sentence))


# "the market bombing", "the deadly attack", "Friday's blast": an event word made definite, with up to two words of
# its own before it
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _claimed_draft(out: list[_Draft], cur: _Draft, s: segment.Sentence, tm: types.TypeMatch | None,
                   ds: list[dates.DateMention], text: str, doc: Any | None, body_start: int) -> _Draft | None:
    """"A blast killed four in Maiduguri on Friday. ISWAP claimed responsibility for the attack on Saturday.": a claim
    or blame whose only event is a definite noun pointing back at an event told names its doer on a day of its own
    (the claim's), not another event of that day. The draft it names: the last told of the noun's kind ("the
    bombing"), or for a generic noun ("the attack") the current one, unless that is a recalled event and the story's
    own is told. A claim with a toll or a town of its own ("the attack on a base in Monguno that killed ten") tells
    another event; so does a day that owns the noun ("Thursday's attack"); one without a day of its own joins the
    story as any sentence does."""
    if tm is None or tm.followup or not (_points_back(s.text, tm) or _DEFINITE_BEFORE.search(s.text[:tm.start])) \
            or not actors.claims_or_blames(s.text):
        return None
    if (target := _named_draft(out, cur, tm, s.text)) is None:
        return None
    told = [x for x, _ in target.dates if not x.reporting]
    own = [x for x in ds if not x.reporting and not followup_days.owns_noun(s.text, x)]
    if not told or not own or all(any(dates.consistent(x, y) for y in told) for x in own) \
            or _precedes(own, told):  # "ISWAP claimed responsibility for the attack in 2021": an older one
        return None
    return target if _adds_nothing(s, target, text, doc, body_start) else None


def _precedes(own: list[dates.DateMention], told: list[dates.DateMention]) -> bool:
    """Some day of a claim or blame comes before every day its event was told on ("In 2019, police blamed Ansaru"
    after Friday's killing): no claim precedes what it claims, so it is another event's."""
    def before(x: dates.DateMention, y: dates.DateMention) -> bool:
        n = min(len(x.value or ""), len(y.value or ""))
        return n > 0 and (x.value or "")[:n] < (y.value or "")[:n]
    return bool(told) and any(x.value and all(before(x, y) for y in told) for x in own)


def _places_of(s: segment.Sentence, text: str, doc: Any | None, body_start: int) -> list[places.PlaceMention]:
    """The place mentions of sentence `s` of `text`, none in the dateline before `body_start` (the dateline is the
    story's fallback place, not a mention of the event's)."""
    found = places.find(text, max(s.start, body_start), s.end, doc)
    if (doers := _DOERS_OPENING.match(s.text)) is None:
        return found
    # "The assailants came from Katsina", "... escaped into the forests of Kaduna State": the sentence points back
    # at the event by its doers, so only a place of their act ("arrived in X", "stormed X") is the event's
    return [p for p in found if p.start < s.start or _act_before(s.text, doers.end(), p.start - s.start)]


# "The assailants ...", "The attackers ...": a sentence about the told event's doers, by their anaphora
_DOERS_OPENING = re.compile(r"^\W*(?:the|these|those) (?:attackers|assailants|bombers)\b", re.I)
# "arrived at about 7pm in X", "entered X": where the doers came to strike (violent acts: the triggers)
_ARRIVAL = re.compile(r"\b(?:arrived|arriving|entered|entering|reached|invaded|came (?:in)?to|struck)\b", re.I)


def _act_before(sentence: str, start: int, end: int) -> bool:
    """A violent act or the doers' arrival is told between `start` and `end` of the sentence: a place after it is
    the act's."""
    return bool(_ARRIVAL.search(sentence, start, end) or any_trigger().search(sentence, start, end))


def _adds_nothing(s: segment.Sentence, d: _Draft, text: str, doc: Any | None, body_start: int) -> bool:
    """A claim or blame on a day of its own adds only a doer to the draft: no toll ("blamed Ansaru for the deaths of
    three vigilantes") and no town or province but the draft's ("... in Katsina" after a killing in Zamfara), which
    tell another event."""
    if casualties.counts(s.text, "killed") or casualties.counts(s.text, "injured"):
        return False
    ps = _places_of(s, text, doc, body_start)
    sites, provinces = _sites(ps), _provinces(ps)
    return (not sites or bool(sites & d.sites)) and (not provinces or not d.provinces or bool(provinces & d.provinces))


def _claims_later(d: _Draft, s: segment.Sentence, ds: list[dates.DateMention], text: str, doc: Any | None,
                  body_start: int) -> bool:
    """A sentence without an event word, on another day than the draft's, that claims or blames its event
    ("ISWAP claimed responsibility on Saturday.", "Authorities on Sunday blamed ISWAP."): an asserted claim
    (`actors.claims_or_blames`: not "Nobody claimed ..."), on a day not before the event's ("In 2019, police blamed
    Ansaru" is an older blame), adding no toll or place of its own."""
    return actors.attributes(s.text) and actors.claims_or_blames(s.text) \
        and not _precedes([x for x in ds if not x.reporting], [x for x, _ in d.dates if not x.reporting]) \
        and _adds_nothing(s, d, text, doc, body_start)


def _distant_claim(out: list[_Draft], cur: _Draft | None, s: segment.Sentence, last_event: int, text: str,
                   doc: Any | None, body_start: int) -> bool:
    """A claim or blame without an event word, paragraphs after the story's event ("Gunmen killed 14 in Eringeti.
    [residents fled ...] An army spokesman blamed the ADF."): it names the page's only draft, while no other event
    was told or recalled since (`last_event`), that draft names no group yet, and the claim is no quote ("they will
    claim this too") nor background (`_background_blame`: "has repeatedly blamed Rwanda for backing ..."), tells no
    other event ("Separately, ...") and adds no toll or place of its own (`_adds_nothing`)."""
    return cur is not None and len(out) == 1 and out[0] is cur and not cur.recalled \
        and last_event <= cur.sents[-1].index and len(cur.sents) < MAX_INCIDENT_SENTENCES \
        and not _QUOTED.search(s.text) and not _background_blame(s.text) \
        and actors.attributes(s.text) and actors.claims_or_blames(s.text) and not _NEW_EVENT.search(s.text) \
        and not any(actors.attributes(x.text) or actors.groups()[0].search(x.text) for x in cur.sents) \
        and _adds_nothing(s, cur, text, doc, body_start)


_QUOTED = re.compile(r"[\"“”]")


@cache
def _background_rx() -> re.Pattern[str]:
    """data/role_words.csv background_blame_cues: a habit or a patron's blame ("repeatedly blamed", "blamed Rwanda
    for backing", "which the army blames for a string of massacres"), or a retracted one ("initially blamed")."""
    return re.compile(r"\b(?:" + literal(syntax.word_lists()["background_blame_cues"]) + r")\b", re.I)


def _background_blame(sentence: str) -> bool:
    """A blame that tells the group's record, not this event's doer: read only next to the event."""
    return bool(_background_rx().search(sentence))


def _named_draft(out: list[_Draft], cur: _Draft, tm: types.TypeMatch, sentence: str) -> _Draft | None:
    """The draft a definite event noun names: the last told of its kind (a family: "the blast" names a bombing), or,
    for a generic noun, the current draft unless it is a recalled one while a told event of the story precedes it.
    The noun's own words pick among them ("the market bombing" is the one told at a market, not a later blast at a
    checkpoint). A noun of another kind than any told ("the ambush" after a bombing) names none: another event."""
    family = _noun_family(sentence, tm)
    if family is not None:
        kin = [d for d in out if d.tells(family)]
        if not kin:
            return None if _of_another_kind(cur, family) else cur
        fresh = [d for d in kin if not d.past] or kin
        return _worded(kin, sentence, tm) or fresh[-1]
    if not cur.past:
        own = [d for d in out if d is cur or not d.past]
        return _worded(own, sentence, tm) or cur
    return next((d for d in reversed(out) if not d.past), cur)


# a manner of attack told by a noun of the generic kind: "the ambush" or "the shooting" is no bombing
_MANNER_NOUN = re.compile(r"ambush(?:es)?|shootings?|gunfights?|firefights?|gun[ -]?battles?", re.I)
# families whose acts are told apart: a noun of one names no act of another ("the ambush" is not "the bombing")
_EXCLUSIVE_FAMILIES = frozenset({"killing", "bombing", "abduction"})


def _noun_family(sentence: str, tm: types.TypeMatch) -> str | None:
    """The family of acts a definite event noun names, or None for a noun that names any ("the attack")."""
    if tm.event_type not in GENERIC:
        return _FAMILIES.get(tm.event_type, tm.event_type)
    return "killing" if _MANNER_NOUN.fullmatch(sentence[tm.start:tm.end]) else None


def _of_another_kind(d: _Draft, family: str) -> bool:
    """The draft tells only acts of a family set apart from the noun's ("a bomb killed four" for "the ambush")."""
    told = [_FAMILIES.get(k.event_type, k.event_type) for k in d.kinds
            if k is not None and not k.followup and k.event_type not in GENERIC]
    return family in _EXCLUSIVE_FAMILIES and bool(told) and all(f in _EXCLUSIVE_FAMILIES and f != family
                                                                 for f in told)


_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _worded(drafts: list[_Draft], sentence: str, tm: types.TypeMatch) -> _Draft | None:
    """The last of the drafts told with a word the definite noun has of its own ("market" of "the market bombing",
    "Bama" of "the Bama attack"), or None when no word of the noun's is told in them."""
    m = _DEFINITE_BEFORE.search(sentence[:tm.start])
    words = re.findall(r"[\w-]+", re.sub(r"['’]s\b", "", m.group())) if m else []
    words = [w for w in words if len(w) > 2 and w.lower() not in _DETERMINERS]
    if not words:
        return None
    said = re.compile(r"\b(?:" + literal(words) + r")", re.I)
    return next((d for d in reversed(drafts) if any(said.search(x.text) for x in d.sents)), None)


def _referent(out: list[_Draft], cur: _Draft, sentence: str, tm: types.TypeMatch) -> _Draft | None:
    """The earlier draft a sentence points back at when its only event word is the back-reference itself ("blamed
    Ansaru for the kidnapping", "the abduction was claimed by"): a noun of a specific kind the current draft is not,
    naming the last event told of that kind. A generic noun ("the attack", "the incident") points at the current one."""
    m = _ANAPHORA.search(sentence)
    if m is None or not (m.start() <= tm.start < m.end()):
        return None
    if _KILLINGS.search(m.group()):
        # "blamed bandits for the killings" after an abduction that killed nobody: the killings are the last event
        # told with its dead
        if _tells_dead(cur):
            return None
        return next((d for d in reversed(out) if d is not cur and _tells_dead(d)), None)
    if tm.event_type in GENERIC or any(k is not None and k.event_type == tm.event_type for k in cur.kinds):
        return None
    return next((d for d in reversed(out) if d is not cur
                 and any(k is not None and k.event_type == tm.event_type for k in d.kinds)), None)


_KILLINGS = re.compile(r"\bkillings?$", re.I)


def _tells_dead(d: _Draft) -> bool:
    """A sentence of the draft tells a death toll."""
    return any(casualties.counts(s.text, "killed") for s in d.sents)


# the people a funeral counts: "13 people were buried", "buried 13 villagers", "the funeral of 11 worshippers"
_BURIED = re.compile(r"(?<![\w,.])(?P<n>\d{1,4}|" + number_words.below_hundred() + r")\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[\w'’-]+)"
                     r"\s+(?:were|have been|had been)\s+(?:\w+\s+)?(?:buried|laid to rest)\b(?!\s+alive)|\b(?:buried|laid to "
                     r"rest|(?:funerals?|burials?)\s+(?:of|for))\s+(?:the\s+)?(?P<n2>\d{1,4}|" + number_words.below_hundred()
                     + r")\s+(?:[\w'’-]+\s+){0,2}?(?P<noun2>[\w'’-]+)\b(?!\s+alive)", re.I)


def _buried_count(sentence: str) -> int | None:
    """The people a funeral sentence counts ("Residents said 13 people were buried on Tuesday"), when a person noun
    names them: the dead of the event told before it, if that told none."""
    for m in _BURIED.finditer(sentence):
        noun = m.group("noun") or m.group("noun2")
        if noun.lower() in ("people", "persons") or toll_phrases.is_person_noun(noun):
            return number_words.value(m.group("n") or m.group("n2"))
    return None


def _adds_a_toll(sentence: str) -> bool:
    """A sentence with no event of its own that gives the report's wounded ("At least 20 people were hurt.") or
    updates its dead ("The toll later rose to 15."). Another source's different count of the dead ("the death toll
    stands at 45, a health officer said") is no update: the report's own figure stays."""
    counts = casualties.counts(sentence, "killed")
    if counts and _running_total(sentence):
        return False  # "Deaths reached 1,200 on Monday, ..., since the siege began": the siege's total, no update
    # "Two others died in hospital on Saturday, taking the death toll to six": the deaths it adds end in the update
    # (on a day of its own: the toll rises after the event)
    # "The toll rose to 9 by evening as rescuers pulled two more bodies from the rubble": the update first, then the
    # deaths it adds, each fewer than the new toll
    # "Two more soldiers later died of their wounds.", "Two of the wounded later died.": more dead since, added
    return (segment.toll_only(sentence) and all(c.update or c.also for c in counts)) \
        or (bool(counts) and counts[-1].update and not any_trigger().search(sentence)) \
        or (bool(counts) and counts[0].update and bool(counts[0].n) and not any_trigger().search(sentence)
            and all(c.update or (c.n or 0) < (counts[0].n or 0) for c in counts[1:]))


def _no_people_sentences(doc: Any | None, sents: list[segment.Sentence]) -> set[int]:
    """Indices of the sentences whose parse tells violence that is no people's against people (the pipeline's
    `no_people` spans, human_acts.no_people_act): an animal's, the weather's, a drill's, a definition's, or a blow
    at a bill."""
    spans = set(getattr(doc, "no_people", None) or ())
    return {x.index for x in sents if (x.start, x.end) in spans} if spans else set()


def _drafts(text: str, doc: Any | None, published: Any, body_start: int,
            dl: places.PlaceMention | None, veto: bool = True) -> list[_Draft]:
    """`body_start`: where the text after the dateline begins (the dateline is the fallback place, not a mention of
    the event's place); `dl`: the dateline's place, if the gazetteer knows it."""
    out: list[_Draft] = []
    cur: _Draft | None = None
    sents = segment.sentences(text)
    home = {dl.place.name} if dl and dl.place and dl.place.kind in ("city", "district") else set()
    starts = {x.index: x.start for x in sents}  # a clause that starts later than its sentence is a second clause
    told: set[int] = set()  # indices of sentences already in a draft
    undated_lead: tuple[dates.DateMention, segment.Sentence] | None = None
    opening = next((x.index for x in sents if x.end > body_start), None)  # the page's first sentence after the dateline
    death_lead: tuple[dates.DateMention, segment.Sentence, str] | None = None  # its day, when it names a death
    recalling: set[int] = set()  # sentences with a clause that tells another event ("comes a day after gunmen ...")
    told_day: date | None = None  # the last event day told, which "the day before", "two days later" count from
    told_key: str | None = None  # its key, when no day was resolved ("on Monday" without a publication date)
    clause_day: dict[int, tuple[dates.DateMention, segment.Sentence]] = {}  # a sentence's day, told by a clause
    deliberate = types.told_deliberate(text)  # a vehicle driven into people is an attack in a story that says so
    yesterday = last_weekdays.says_yesterday(text)  # then "last Saturday" is no longer the day before
    rams: set[int] = set()  # sentences that tell such a ramming: their drafts are no accident
    backdrop = False  # the story opened on a backdrop ("to mark five years since the attacks") before any event
    last_event = -1  # the last sentence with an event word: a distant claim joins no draft told before it
    after_day: dates.DateMention | None = None  # a reprisal's day, from the told event's ("Hours after the attack")
    # a story that tells the act deliberate ("a driver rammed his car into a crowd ... a terror attack") has no
    # vehicle's or fire's act without a hand behind it
    no_people = set() if deliberate or not veto else _no_people_sentences(doc, sents)
    for s in (c for x in sents for c in segment.clauses(x)):
        budget.check()
        if len(out) >= MAX_DRAFTS:
            break  # a dump of incidents ("3,000 dated incidents"): the first ones fill the cap
        if s.index in no_people:
            continue  # "tigers killed 16 people", "the bill was killed": no people's violence against people
        tm = types.classify(s.text)
        if (tm is None or not tm.strong) and (ram := types.rammed(s.text, deliberate)) is not None:
            tm = ram
            rams.add(s.index)
        ds = _dates_of(s.text, published, told_day, None if told_day else told_key)
        ds = last_weekdays.week_back(s.text, ds, published) if yesterday else ds
        tm, ds = _without_recalled_aside(s.text, tm, ds)
        ds = _possessive_day(s.text, tm, _clause_day(s.text, tm, ds))
        last_event = s.index if tm is not None else last_event
        if cur is not None and (claimed := _claimed_draft(out, cur, s, tm, ds, text, doc, body_start)) is not None:
            claimed.take(s)  # "ISWAP claimed responsibility for the attack on Saturday": the claim's day
            told.add(s.index)
            continue
        if (died := _died_of(s.text, tm)) is not None:  # "A boy died on Sunday, a day after gunmen shot at a bus":
            # the act's toll, dated by the act's day counted back from the death's
            ds = _act_days(s.text, died, ds, published)
        elif (span := _recalled_only(s.text, tm, ds)) is not None:  # "Schools reopened ..., a year after gunmen killed"
            r = _recalled_draft(s, span, text, doc, body_start, published, ds)
            if not r.places:  # "Residents fled Bokkos ..., two days after gunmen killed 12 in the town": the setting
                r.places.extend(_places_of(s, text, doc, body_start))
            if r.kinds[0] is not None and not any(_retells(r, d) for d in out):
                out.append(r)
                cur = cur or r  # a story that opens with it goes on telling it ("The attackers also burned ...")
            told.add(s.index)
            continue
        whole, whole_ds = s, ds
        if (earlier := _earlier_event(s.text, tm, ds)) is not None:  # told apart: the sentence keeps its own event
            s = segment.Sentence(s.index, s.para, s.start, s.end, _blank(s.text, earlier))
            tm, ds = types.classify(s.text), [x for x in ds if not earlier[0] <= x.start < earlier[1]]
        if (own_day := _event_date(ds)) is not None and not own_day.reporting:
            clause_day.setdefault(s.index, (own_day, s))
        # a coarser own day ("In March a gunman killed 12") is told too: no day of an earlier sentence counts on
        own_first = next((x for x in ds if not x.reporting), None)
        told_day = next((date.fromisoformat(x.value if len(x.value or "") == 10 else x.counts_on) for x in ds
                         if not x.reporting and (len(x.value or "") == 10 or x.counts_on)),
                        None if own_first is not None and own_first.value and len(own_first.value) < 10 else told_day)
        told_key = next((x.key for x in ds if not x.reporting), told_key)
        recall_dated = False
        recalled_days: list[dates.DateMention] = []  # the days of the event a follow-up recalls ("Monday's attack")
        if tm is not None and tm.followup:  # "the man suspected in Wednesday's massacre was found dead": not his day
            own = followup_days.own(s.text, ds, (tm.start, tm.end))
            recalled_days = [x for x in ds if x not in own and x.value and not x.reporting]
            ds, recall_dated = own, len(own) < len(ds)
        if tm is None and cur is None and (first := _event_date(ds)) is not None and not first.reporting \
                and (not first.past or dates.recent(first, published)) \
                and (dates.dates_an_event(s.text) or _untyped_toll_day(s.text, first)):
            undated_lead = (first, s)  # "the incident happened on Thursday, March 7" before the sentence that tells it
        if tm is None and not out and s.index == opening and (first := _event_date(ds)) is not None \
                and not first.reporting and (not first.past or dates.recent(first, published)) \
                and (dead := death_leads.dead_noun(s.text)) is not None:
            death_lead = (first, s, dead)  # "Sunday's derby was overshadowed by the death of a supporter"
        if tm is not None and s.index - 1 in recalling and _BACK_REFERENCE.search(s.text):
            # "The attack comes a day after inmates attacked guards. Three guards died in Saturday's attack.": the
            # sentence after another event's clause that points back at "that" or "Saturday's" attack tells that event
            if _recalled_told(out, cur, s, tm, ds):
                cur.take(s, tm, _places_of(s, text, doc, body_start))  # its draft was begun by that clause
            else:
                out.append(_Draft([s], [tm], [(x, s) for x in ds[:1] if not x.reporting],
                                  _places_of(s, text, doc, body_start), recalled=True))
            told.add(s.index)
            continue
        if tm is not None and _tells_another_event(whole.text):
            recalling.add(s.index)
        if tm is None and cur is not None and cur.tells("abduction") and s.index <= cur.sents[-1].index + 2 \
                and len(cur.sents) < MAX_INCIDENT_SENTENCES and found_killed.retold_found_dead(s.text):
            # "Nine farmers were abducted on Monday. Their bodies were found on Tuesday.": the abducted were killed,
            # whatever day their bodies were found on (`_finish`)
            cur.take(s, None, _places_of(s, text, doc, body_start))
            told.add(s.index)
            continue
        if tm is not None and tm.followup and tm.event_type == "other" and cur is not None and not cur.recalled \
                and s.index <= cur.sents[-1].index + 2 and cur.mourned is None and not _tells_dead(cur) \
                and any(k is not None and not k.followup and k.event_type not in ("arrest", "other") for k in cur.kinds) \
                and not types.recalled_event(s.text, tm) and (buried := _buried_count(s.text)) is not None:
            cur.mourned = buried  # "Gunmen attacked Kuje on Friday. Mourners attended the burial of 21 victims of the
            told.add(s.index)  # attack on Sunday.": the funeral counts the dead of the attack that told none
            continue
        if tm is not None and cur is not None and _names_its_doers_again(s.text, tm) \
                and _starts_new(cur, s, ds, _places_of(s, text, doc, body_start), tm, starts, published):
            tm = None  # "Police were still searching for the attackers on Tuesday": the told event's doers, no new act
        if tm is None or ((not tm.strong or (tm.event_type == "other" and actors.attributes(s.text)
                                             and not ds and not _NEW_EVENT.search(s.text)))
                          and not casualties.counts(s.text, "killed") + casualties.counts(s.text, "injured")):
            # "Al-Shabaab said its fighters had overrun the base": a claim whose deed is no event of its own kind
            if tm is not None and cur is not None and (earlier := _referent(out, cur, s.text, tm)) is not None:
                # "Police blamed bandits for the killings" after a later abduction
                earlier.take(s, None, _places_of(s, text, doc, body_start))
                told.add(s.index)
                continue
            adjacent = cur is not None and s.index <= cur.sents[-1].index + 2 and len(cur.sents) < MAX_INCIDENT_SENTENCES
            # "ISWAP claimed responsibility on Saturday.": a claim without an event word of its own is the story's,
            # on the claim's day
            untolled = cur is not None and adjacent and tm is None and not _tells_dead(cur) \
                and any(k is not None and not k.followup and k.event_type not in ("arrest", "other") for k in cur.kinds) \
                and not _NEW_EVENT.search(s.text) and not types.accident([s.text]) and not types.names_natural_cause(s.text) \
                and not types.other_cause(s.text)
            # a violent act told without its dead (an arrest's draft has none to take), not deaths of another cause
            # ("12 people died in floods") nor of another event ("Separately, ...")
            if untolled and cur is not None and cur.mourned is None \
                    and (buried := _buried_count(s.text)) is not None:
                cur.mourned = buried  # "Gunmen attacked Kirikiri on Monday. Residents said 13 people were buried on
                told.add(s.index)  # Tuesday.": the funeral counts the dead of the attack that told none
                continue
            recount = cur is not None and cur.counted and adjacent and tm is None and not _NEW_EVENT.search(s.text)
            counted_after = (untolled or recount) and cur is not None and _counted_after(cur, ds, s.text)
            # a claim or blame not right after an event sentence (`pipeline._gate` parses it, the base did not) joins
            # only as a distant claim: "M23 rebels shelled Sake. [...] Teachers said ... An army spokesman blamed the ADF"
            claim_only = tm is None and s.index > last_event + 1 and actors.attributes(s.text)
            if ((adjacent and not claim_only) or (tm is None and _distant_claim(out, cur, s, last_event, text, doc, body_start))) \
                    and (tm is not None or counted_after or weapons.find(s.text) or _ANAPHORA.search(s.text) or happened_days.retells(s.text)
                             or _sets_the_scene(cur, s) or actors.attributes(s.text) or _adds_a_toll(s.text)
                             or (cur is not None and cur is out[0] and not any(not x.reporting for x, _ in cur.dates)
                                 and (sd := scene_days.scene_day(s.text, ds)) is not None
                                 and _days_its_lead(cur, [sd], published))
                             or (untolled and segment.toll_only(s.text) and not _running_total(s.text)
                                 and bool(killed := casualties.counts(s.text, "killed"))
                                 and not any(c.vague for c in killed))) \
                    and (not (new_day := _new_day(cur, ds, published, s.text)) or (tm is None and _claims_later(cur, s, ds, text, doc, body_start))
                         or (tm is None and any(c.update for c in casualties.counts(s.text, "killed")))
                         or counted_after):
                # "Two more soldiers died of their wounds on Sunday, bringing the toll to five": the toll rises later
                cur.take(s, None, _places_of(s, text, doc, body_start))
                cur.counted = cur.counted or counted_after
                told.add(s.index)
                if (first := _event_date(ds)) is not None and not first.reporting and not new_day \
                        and _dates_the_draft(cur, s) and happened_days.dates_the_event(s.text, first) \
                        and not scene_days.times_no_violence(s.text, first):
                    cur.dates.append((first, s))
            continue
        if backdrop and cur is None and types.definite_reference(s.text, tm) \
                and ((own := _event_date(ds)) is None or own.reporting):
            continue  # "... to mark five years since the attacks. A survivor wounded in the attack said": that attack
        if types.context(s.text) or (types.generic(s.text) and not tm.followup
                                     and (not any(d.past for d in ds) or types.named_as_charge(s.text, tm))):
            backdrop = backdrop or cur is None  # a trend, an anniversary or a charge: no event of the story
            # "charged with the attack" is generic talk, unless the charging is the sentence's own action; a court's
            # day ("sentenced five men on Monday for killing 12 villagers") is no day of the killing it tries
            continue
        ps = [p for p in _places_of(s, text, doc, body_start)
              if (earlier is None or not earlier[0] <= p.start - s.start < earlier[1]) and not _intended_target(s, p)]
        if tm.event_type == "arrest" and _TAKEN_PLACE.match(s.text, tm.start) and \
                any(p.start - s.start == tm.end + 1 for p in ps):
            tm = types.TypeMatch("other", 3, tm.start, tm.end, True)  # "militants captured Janaale": a place, not a man
        if types.umbrella(s.text) or (out and _PLURAL_AREA.search(s.text)):
            # "Several shootings and an explosion were reported", "69 vehicles torched in nine suburbs": a summary
            tm = types.TypeMatch(tm.event_type, 2, tm.start, tm.end, False)
        if cur is not None and (earlier := _referent(out, cur, s.text, tm)) is not None:
            # "Officials blamed Ansaru for the kidnapping in Katsina" after a killing told since: it tells who did the
            # kidnapping, not the killing
            earlier.take(s, tm, ps)
            told.add(s.index)
            continue
        if cur is not None and recalled_days and _dates_pointed_back(cur, s.text):
            cur.dates.append((recalled_days[0], s))  # "... in an attack on Kafanchan. A funeral was held on Wednesday
            # for the victims of Monday's attack": the follow-up's recalled day is the undated story's
        if cur is not None and len(cur.sents) < MAX_INCIDENT_SENTENCES \
                and _starts_new(cur, s, ds, ps, tm, starts, published) \
                and (back := _returns_to(out, cur, s, tm, ds, ps, published)) is not None:
            cur = back  # "The Friday blast ripped through ..." after a recalled attack: the story's event again
        elif cur is None or len(cur.sents) >= MAX_INCIDENT_SENTENCES or _starts_new(cur, s, ds, ps, tm, starts, published):
            after_day = _day_after_it(cur, s.text) if cur is not None and tm is not None and _reprisal(s.text, tm) else None
            second_clause = s.start > starts.get(s.index, s.start)  # told in the same sentence as the last event
            cur = _Draft(recalled=_told_as_past(s.text, tm) and not ds,
                         series=bool(out and (_NEW_EVENT.search(s.text) or _ordinal_event(s.text) or second_clause)),
                         home=home if not out else set(),
                         dateline_lead=bool(home) and not out and _dateline_lead(text, sents, body_start, s, starts.get(s.index, s.start)))
            out.append(cur)
            tm = _another_of_its_kind(out, s, tm)
            prev = sents[s.index - 1] if s.index else None
            # "A car ploughed into a crowd, killing one. The incident is investigated as an attack.": the noun
            # that opens the sentence points back at the one before it, even across a paragraph break
            if prev is not None and prev.index not in told and prev.index not in no_people and ((_PRONOUN_START.match(s.text) and prev.para == s.para)
                                                                 or _ANAPHORA_START.match(s.text)
                                                                 or (not out[:-1] and _deaths_told_before(prev, ds,
                                                                                                          published))):
                _add_context(cur, prev, text, doc, body_start, published)
                told.add(prev.index)
        cur.take(s, tm, ps)
        told.add(s.index)
        cur.recall_dated |= recall_dated
        cur.recalled_on += [(x, s) for x in recalled_days]
        first = _event_date(ds)
        if first is None and after_day is not None and not cur.dates:
            first = after_day  # "Hours after the attack, jets bombed ...": the reprisal's day is the told attack's
        after_day = None
        if first is not None:
            cur.dates.append((first, s))
        elif not cur.dates and s.index in clause_day and clause_day[s.index][1] is not s:
            # "Gunmen killed five in Kaduna on Monday, while in Zamfara bandits killed six": the second report
            # shares the day its sentence names
            cur.dates.append(clause_day[s.index])
        mourned = tm is not None and tm.event_type == "other"
        if (span := earlier or types.recalled_event(s.text, tm)) is not None and (recalled := _recalled_draft(
                whole, span, text, doc, body_start, published, whole_ds if earlier else ds,
                mourned)).kinds[0] is not None \
                and not any(_retells(recalled, d) for d in out if d is not cur):
            if mourned and cur.sents == [s] and _antecedent(whole.text, span) is not None:
                # "Mourners buried 15 villagers on Sunday, two days after herdsmen attacked their community": the
                # funeral counts the dead of the attack it recalls, the story's one event (on the attack's day)
                recalled.recalled = False
                recalled.places.extend(p for p in cur.places if p not in recalled.places)
                out[out.index(cur)] = cur = recalled
            else:
                out.append(recalled)
    if out and undated_lead is not None and not out[0].dates:
        out[0].dates.append(undated_lead)
    elif death_lead is not None and (dead := next((d for d in out if not any(not x.reporting for x, _ in d.dates)
                                                   and not d.recalled and _tells_dead(d)
                                                   and _days_its_lead(d, [death_lead[0]], published)
                                                   and death_leads.names_the_dead(death_lead[2], [
                                                       x.text for x in d.sents if x is not death_lead[1]])),
                                                  None)) is not None:
        # the opening's death is the killing told later, of the same dead, without a day of its own but a statement's
        dead.dates.append(death_lead[:2])
    for d in out:
        _retold_day(d, sents, published)
    for d in out:  # a sentence between two of an incident's sentences in one paragraph belongs to it
        for a, b in zip(list(d.sents), list(d.sents[1:])):
            if b.index == a.index + 2 and a.para == sents[a.index + 1].para == b.para and a.index + 1 not in no_people \
                    and not any(x is not d and any(y.index == a.index + 1 for y in x.sents) for x in out):
                at = d.sents.index(b)
                d.sents.insert(at, sents[a.index + 1])
                d.kinds.insert(at, None)
    kept = _keep(out, sents, rams)
    if kept and no_people:
        # the page tells a people's act too: its no-people sentences are read as before ("Gunmen stormed the
        # village. Twelve were killed in the freezing cold as they fled" gives the raid its dead)
        return _drafts(text, doc, published, body_start, dl, veto=False)
    return kept


def _recalled_told(out: list[_Draft], cur: _Draft | None, s: segment.Sentence, tm: types.TypeMatch,
                   ds: list[dates.DateMention]) -> bool:
    """"The blast came a month after the bombing of a church in Jolo on January 27. That explosion killed 20.": the
    draft begun by the sentence before, on a day of its own, is the recalled event "that explosion" points back at,
    when it is not the story's lead and tells an act of the noun's family: the sentence adds to it, not a new one.
    A sentence naming another day than that draft's ("That explosion on Monday", "in Saturday's attack") points at
    the event of that day, not at the recalled one."""
    if cur is None or cur is out[0] or cur.sents[0].index != s.index - 1 \
            or not any(not x.reporting for x, _ in cur.dates):
        return False
    days = {x.value for x, _ in cur.dates if not x.reporting}
    if any(x.value and not x.reporting and x.value not in days for x in ds):
        return False
    return cur.tells(_FAMILIES.get(tm.event_type, tm.event_type)) or tm.event_type in GENERIC


def _days_its_lead(d: _Draft, own: list[dates.DateMention], published: Any) -> bool:
    """The days fit a lead told without its own day ("Gunmen killed 12 ..., officials said on Monday" ... "The attack
    on Sunday night lasted hours"): each a full day of the week before the lead's statement (or the article)."""
    said = [date.fromisoformat(x.value) for x, _ in d.dates if x.reporting and x.value and len(x.value) == 10]
    return all(dates.recent(x, max(said) if said else published) for x in own)


def _returns_to(out: list[_Draft], cur: _Draft, s: segment.Sentence, tm: types.TypeMatch,
                ds: list[dates.DateMention], ps: list[places.PlaceMention], published: Any = None) -> _Draft | None:
    """"Gunmen stormed a wedding on Saturday. ... including a raid on a school in 2021. The Saturday night attack
    lasted hours.": a definite event noun ("the Saturday night attack") on a day of its own that is an earlier
    draft's, after a sentence that told another event, goes back to that draft: the story's event told again, its
    wounded and witnesses its own. Only a draft told on that day (not a recalled one) is gone back to, or the story's
    lead told without a day of its own when the day is of the week before its statement, and only when the sentence
    names no town or province the draft does not."""
    if tm.followup or _NEW_EVENT.search(s.text) or _ordinal_event(s.text) \
            or not (_points_back(s.text, tm) or _DEFINITE_BEFORE.search(s.text[:tm.start])):
        return None
    own = [x for x in ds if not x.reporting and x.value]
    if not own:
        return None
    family = _noun_family(s.text, tm)
    kept = [p for p in ps if not p.aside]
    sites, provinces = _sites(kept), _provinces(kept)
    for d in reversed(out):
        if d is cur or d.past:
            continue
        told = [x for x, _ in d.dates if not x.reporting and x.value]
        if not (all(any(dates.consistent(x, y) for y in told) for x in own) if told
                else d is out[0] and not d.recalled and _days_its_lead(d, own, published)):
            continue
        if family is not None and not d.tells(family):
            continue
        if (sites and d.sites and not sites & d.sites) or (provinces and d.provinces and not provinces & d.provinces):
            continue
        return d
    return None


def _recalled_draft(s: segment.Sentence, span: tuple[int, int], text: str, doc: Any | None, body_start: int,
                    published: Any, ds: list[dates.DateMention], mourned: bool = False) -> _Draft:
    """The earlier event a follow-up sentence tells in a clause of its own ("police arrested four suspects after
    gunmen killed nine herders"): a background incident (recalled), with the clause's own day (counted back from
    the sentence's action: recalled_days), places and toll; `mourned`: the sentence's action is done to the dead (a
    burial, a body found), so the people it counts are the clause's victims when the clause names them by a
    pronoun."""
    a, b = span
    day = [x for x in [recalled_days.before(s.text, span, ds, published)] if x is not None]
    ps = places.find(text, max(s.start + a, body_start), s.start + b, doc)
    np = _antecedent(s.text, span) if mourned else None
    if np is not None:  # "buried nine herders ..., after gunmen killed them"
        r = segment.Sentence(s.index, s.para, s.start + np[0], s.start + b, _blank(s.text[np[0]:b], (np[1] - np[0],
                                                                                                   a - np[0])))
    else:
        r = segment.Sentence(s.index, s.para, s.start + a, s.start + b, s.text[a:b])
    d = _Draft([r], [types.classify(r.text)], [(x, r) for x in day], ps, recalled=True)
    if mourned and np is not None and not casualties.counts(r.text, "killed"):
        # "buried 15 villagers ..., after herdsmen attacked their community": the buried are the attack's dead
        d.mourned = number_words.value(s.text[np[0]:np[1]].split()[0])
    return d


# the victims a recalled clause names only by a pronoun ("after gunmen killed them"), or by what was theirs ("after
# herdsmen attacked their community", "opened fire on their bus"): the mourned dead are that clause's victims
_PRONOUN_VICTIM = re.compile(r"\s*(?:(?:on|at|in|into|upon)\s+)?(?:them|him|her|their)\b", re.I)
_COUNTED_NOUN = re.compile(r"\s*\S+(?:\s+[\w'’-]+){1,4}?(?=\W)")  # the figure and the words up to its noun


def _antecedent(sentence: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """(start, end) of the counted people a recalled clause without a toll of its own names by a pronoun after its
    trigger ("Mourners buried nine herders on Tuesday, a day after gunmen killed them"): the figure and its person
    noun the sentence counts before the clause, whose toll the clause tells."""
    a, b = span
    clause = sentence[a:b]
    if types.tolled(clause) or not any(_PRONOUN_VICTIM.match(clause, m.end())
                                       for m in any_trigger().finditer(clause)):
        return None
    for c in casualties.counts(sentence, "killed"):
        if c.start < a < c.end:
            words = _COUNTED_NOUN.match(sentence, c.start)
            if words and toll_phrases.is_person_noun(words.group().split()[-1]):
                return words.start() + len(words.group()) - len(words.group().lstrip()), words.end()
    for m in _MOURNED.finditer(sentence, 0, a):  # "buried 15 villagers", "the funeral of 11 worshippers"
        if m.group("noun").lower() in ("people", "persons") or toll_phrases.is_person_noun(m.group("noun")):
            return m.start(), m.end()
    return None


# the people a funeral counts: a figure and up to two words before a person noun ("15 villagers", "six young men")
_MOURNED = re.compile(r"(?<![\w,.])(?:\d{1,4}|" + number_words.below_hundred() + r")\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?P<noun>[\w'’-]+)\b", re.I)


def _blank(sentence: str, span: tuple[int, int]) -> str:
    """The sentence with the span turned into spaces (offsets kept)."""
    a, b = span
    return sentence[:a] + " " * (b - a) + sentence[b:]


_NEAR = 40  # characters between a statement's day and the opener of a clause it times


def _earlier_event(sentence: str, tm: types.TypeMatch | None, ds: list[dates.DateMention]) -> tuple[int, int] | None:
    """The "after" clause of a sentence that tells an earlier event beside the sentence's own, told apart by a
    distance ("killed seven in Peshawar, days after a blast in Quetta killed 10") or by a day of its own that is not
    the sentence's ("killed five on Tuesday after the militants killed nine on Sunday"): as README's convention for
    recalled events, a background incident of its own, its toll, day and place not the sentence's. A clause on the
    same day or without one ("killed ten after a gun battle"), or without a toll of its own, may be how the sentence's
    event began: it stays."""
    if tm is None or tm.followup:
        return None
    for a, b, distant in types.earlier_clauses(sentence):
        rest = _blank(sentence, (a, b))
        own = types.classify(rest)
        if not types.tolled(sentence[a:b]) and not (distant and own is not None and types.tolled(rest)
                                                    and _another_kind_of_deed(sentence[a:b], own)):
            # "killed 12 on Tuesday after militants stormed the town on Monday": one fight over two days; but
            # "killed eight villagers, hours after bandits abducted 20": a deed of another kind, another event
            continue
        if own is None or not (own.strong or types.tolled(rest)) or _points_back(rest, own):
            continue  # "The attack comes a day after gunmen stormed ...": no event of the sentence's own
        inner = [x for x in ds if a <= x.start < b and not x.reporting]
        outer = [x for x in ds if not a <= x.start < b and not x.reporting]
        said = any(x.reporting and 0 <= a - x.end <= _NEAR for x in ds)  # "said Monday, days after ...": its time
        if (distant and not said) or (inner and outer and not dates.consistent(inner[0], outer[0])):
            return a, b
    return None


def _another_kind_of_deed(clause: str, own: types.TypeMatch) -> bool:
    """The clause tells a strong event of another type than the main clause's own toll-telling event (an abduction
    beside a killing): not the same fight told in two steps, as an attack ("stormed the town") may be."""
    told = types.classify(clause)
    return told is not None and told.strong and not told.followup and told.event_type not in (own.event_type, "attack")


def _recalled_only(sentence: str, tm: types.TypeMatch | None, ds: list[dates.DateMention]) -> tuple[int, int] | None:
    """The "after" clause of a sentence whose only event it tells, set back by a distance its opener states ("Schools
    reopened in Jos on Monday, a year after gunmen killed 12 villagers in Bokkos") and without a day of its own: the
    sentence recalls that event, a background incident with the day counted back (recalled_days) and the clause's
    place, never an event of the sentence's day and place. A distance of hours, or no distance, may be the same day
    (_clause_day)."""
    if tm is None or tm.followup:
        return None
    pointed = _points_back(sentence, tm)
    for a, b, _ in types.earlier_clauses(sentence):
        if pointed and not a <= tm.start < b:
            # "The attack came eleven days after bandits killed 20 in Katsina": the main clause points back at the
            # story's event, so the clause set back by its distance tells another, its doer and toll not the story's
            # (one without a toll of its own stays with the sentence, which a later "Saturday's attack" tells again)
            if _distant(sentence, a) and types.tolled(sentence[a:b]) and (inner := types.classify(sentence[a:b])) \
                    is not None and not inner.followup and not _points_back(sentence[a:b], inner):
                return a, b
            continue
        if pointed:  # "a day after the clashes": the story's own event
            return None
        if not (a <= tm.start < b and _distant(sentence, a)):
            continue
        rest = _blank(sentence, (a, b))
        own = types.classify(rest)
        # "The attack came three days after bandits abducted 20 pupils on Sunday": a main clause whose only event is
        # the story's, pointed back at, sets the clause's event apart even with a day of its own (which, without
        # that subject, may be the news a statement tells: "police said Monday, a day after gunmen killed five")
        back = own is not None and _points_back(rest, own) or bool(_IT_CAME.match(rest))
        if (own is None or back) and (back or not any(a <= x.start < b and not x.reporting for x in ds)):
            return a, b
    return None


def _died_of(sentence: str, tm: types.TypeMatch | None) -> tuple[int, int] | None:
    """The "after" clause that tells the act the main clause's dead died of ("A teenager succumbed to his injuries on
    Sunday, a day after gang members shot at a minibus", "Three men died in hospital, days after police fired on
    marchers"): the main clause counts deaths and tells no event of its own, the clause tells the act without a toll
    of its own. One incident, the act's, with the main clause's toll; not a recalled event beside an unrelated
    sentence (`_recalled_only`)."""
    if tm is None or tm.followup:
        return None
    for a, b, _ in types.earlier_clauses(sentence):
        if not a <= tm.start < b or types.tolled(sentence[a:b]):
            continue
        rest = _blank(sentence, (a, b))
        if types.classify(rest) is None and any(_DEATH_VERB.match(rest, c.start, c.end + 40)
                                                for c in casualties.counts(rest, "killed")):
            return a, b
    return None


def _act_days(sentence: str, clause: tuple[int, int], ds: list[dates.DateMention],
              published: Any) -> list[dates.DateMention]:
    """The day of the act a death clause follows, counted back from the death's (recalled_days.before, offsets
    within the sentence), or the sentence's days when it gives none."""
    day = recalled_days.before(sentence, clause, ds, published)
    past = any(x.past for x in ds if not x.reporting)  # the death's own time, not the distance back, sets it in the past
    return [replace(day, start=day.start + clause[0], end=day.end + clause[0], past=past)] if day is not None else ds


def _deaths_told_before(prev: segment.Sentence, ds: list[dates.DateMention], published: Any) -> bool:
    """The sentence before the story's first act only counts deaths ("Five people died in Lusaka on Monday." before
    "Witnesses said police fired live ammunition at opposition supporters."): no event word, no accident or disease,
    no record, no other day than the act's (`ds`); its dead, day and place are the act's, as a lead tells a toll
    before its cause."""
    if types.classify(prev.text) is not None or types.accident([prev.text]) or types.context(prev.text):
        return False
    mine, theirs = _event_date(dates.find(prev.text, published)), _event_date(ds)
    if mine is not None and theirs is not None and not mine.reporting and not theirs.reporting \
            and not dates.consistent(mine, theirs):
        return False
    spans = toll_phrases.aggregate_spans(prev.text)
    return any(_DEATH_VERB.match(prev.text, c.start, c.end + 40) and not any(a <= c.start < b for a, b in spans)
               for c in casualties.counts(prev.text, "killed"))


# a death told by an intransitive verb in the counted phrase ("five people died", "a boy succumbed to his wounds")
_DEATH_VERB = re.compile(r"[^.;:]*?\b(?:died|perished|succumbed|lost (?:their|his|her) lives?|(?:was|were) found dead|"
                         r"(?:was|were) pronounced dead)\b", re.I)


def _distant(sentence: str, at: int) -> bool:
    """The "after" clause at `at` is set back by a distance its opener states, longer than hours ("a year after")."""
    return (dist := recalled_days.distance(sentence, at)) is not None and dist[1] != "hour"


# "It came three days after ...", "This follows ...": a pronoun for the story's event opens the main clause
_IT_CAME = re.compile(r"^\W*(?:it|this)\s+(?:came|comes|follows|followed)\b", re.I)


def _points_back(sentence: str, tm: types.TypeMatch) -> bool:
    """The trigger is a definite noun that points back at an event told before ("the attack", "this blast")."""
    return any(m.start() <= tm.start < m.end() for m in _ANAPHORA.finditer(sentence))


def _clause_day(sentence: str, tm: types.TypeMatch | None, ds: list[dates.DateMention]) -> list[dates.DateMention]:
    """A sentence whose only event is told in an "after" clause ("a strike on Monday shut markets after gunmen
    killed five traders on Sunday", "sentenced him on Tuesday after he killed nine in 2021") is dated by that clause's
    own day, not by the later action the main clause tells."""
    if tm is None or tm.followup:
        return ds
    for a, b, _ in types.earlier_clauses(sentence):
        inner = [x for x in ds if a <= x.start < b and not x.reporting]
        if a <= tm.start < b and inner and types.classify(_blank(sentence, (a, b))) is None:
            return inner
    return ds


# words from a day's possessive to the event noun it dates: "Sunday's suicide bombing", "Sunday evening's deadly
# attack" (the possessive and at most two modifiers)
_POSSESSED_WORDS = 3
_PUNCTUATION = re.compile(r"[,;:.!?]")  # where the possessed noun's phrase ends


def _possessive_day(sentence: str, tm: types.TypeMatch | None,
                    ds: list[dates.DateMention]) -> list[dates.DateMention]:
    """A sentence whose event is named by a noun a day's possessive dates ("Officials on Monday raised to seven the
    death toll from Sunday's suicide bombing") is dated by that day; the sentence's other days time what was done
    about the event (told like a statement's day), when no violence is told outside the possessed noun."""
    if tm is None or tm.followup:
        return ds
    own = next((x for x in ds if not x.reporting and x.value and x.end <= tm.start
                and followup_days.owns_noun(sentence, x) and len(sentence[x.end:tm.start].split()) <= _POSSESSED_WORDS),
               None)
    if own is None or all(x is own or x.reporting for x in ds):
        return ds
    end = _PUNCTUATION.search(sentence, tm.end)  # the noun's phrase, with what tells it ("... that killed four")
    rest = _blank(sentence, (own.start, end.start() if end else len(sentence)))
    if types.classify(rest) is not None or _uses_force(rest):
        return ds
    return [x if x is own or x.reporting else replace(x, reporting=True) for x in ds]


_FORCE_USED = re.compile(_CROWD_CONTROL, re.I)


def _uses_force(sentence: str) -> bool:
    """Force used on people ("fired live rounds at mourners", "fired tear gas", "used water cannon on a crowd"), which
    the types do not read as an event: violence the sentence tells of its own. Not a bare "force" ("the air force")."""
    return any(m.group().strip().lower() != "force" for m in _FORCE_USED.finditer(sentence))


# kinds of one act told in other words ("shot dead a pastor", "killed the cleric"): a retelling may name either
_FAMILIES = {"targeted_killing": "killing", "armed_clash": "killing", "attack": "killing",
             "suicide_bombing": "bombing", "bombing": "bombing"}
# a victim the clause brings in as new ("a teacher", "two farmers"), by its noun
_INDEFINITE = re.compile(r"\b(?:an?|\d+|" + number_words.below_hundred() + r")\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)",
                         re.I)


def _retells(r: _Draft, d: _Draft) -> bool:
    """The recalled clause's draft `r` tells again the event of draft `d` ("Gunmen shot dead a pastor on Sunday. Police
    arrested two men after gunmen killed the cleric"): an act of the same kind with no day, town or toll of its own
    that differs, and no victim brought in as new ("a teacher") that `d` does not name."""
    kind = r.kinds[0]
    family = _FAMILIES.get(kind.event_type, kind.event_type) if kind is not None else None
    if not d.tells(family):
        return False
    theirs = [x for x, _ in d.dates if not x.reporting]
    if any(not any(dates.consistent(x, y) for y in theirs) for x, _ in r.dates) and theirs:
        return False
    if r.sites and d.sites and not r.sites & d.sites:
        return False
    told = " ".join(x.text for x in d.sents).lower()
    mine, known = _tolls_of(r), _tolls_of(d)
    if mine and known and not mine & known:
        return False
    new = [w for m in _INDEFINITE.finditer(r.sents[0].text) for w in m.group(1).split()
           if toll_phrases.is_person_noun(w)]
    return not any(w.lower().rstrip("s") not in told for w in new)


def _tolls_of(d: _Draft) -> set[int]:
    return {c.n for x in d.sents for c in casualties.counts(x.text, "killed") if c.n}


def _told_dates(d: _Draft, best: types.TypeMatch) -> list[tuple[dates.DateMention, segment.Sentence]]:
    """The days of the draft's event; a follow-up's only from the sentences that tell it, not from those that tell
    the event it recalls ("... claimed responsibility for the knife attack on Friday evening")."""
    if not best.followup:
        return d.dates
    other = {s.start for s, k in zip(d.sents, d.kinds)
             if k is not None and not k.followup and k.event_type != best.event_type}
    return [(x, s) for x, s in d.dates if s.start not in other]


def _followup_told(d: _Draft) -> tuple[types.TypeMatch, int] | None:
    """The draft's first trigger and the index of its sentence, when that trigger tells a follow-up."""
    at, first = next(((i, k) for i, k in enumerate(d.kinds) if k is not None), (0, None))
    return (first, at) if first is not None and first.followup else None


def _dates_the_draft(d: _Draft, s: segment.Sentence) -> bool:
    """A sentence without its own event that joins the draft (a weapon, a scene) dates it, unless the draft tells a
    follow-up and the sentence does not tell that action again: beside "the suspect was found dead", "officers
    recovered a rifle he had bought on Saturday" dates the purchase, "he was found on Tuesday" the follow-up."""
    told = _followup_told(d)
    if told is None:
        return True
    trigger, at = told
    return followup_days.retells(s.text, d.sents[at].text[trigger.start:trigger.end])


def _retold_day(d: _Draft, sents: list[segment.Sentence], published: Any) -> None:
    """A follow-up its own sentences leave undated (or dated only by a statement's day) takes the day of a sentence
    soon after that tells it again with its verb ("Card has been discovered dead." ... "Card was discovered by state
    police on Friday"; "Police confirmed Saturday that the body was found. Officers discovered the body Friday
    evening")."""
    told = _followup_told(d)
    if told is None:
        return
    tm, at = told
    lead = d.sents[at]
    followups = {x.start: k for x, k in zip(d.sents, d.kinds) if k is not None and k.followup}
    if any(not x.reporting and not _recalled_by(s.text, x, followups.get(s.start)) for x, s in _told_dates(d, tm)):
        return  # a statement's day ("police confirmed Saturday that the body was found") or the recalled event's
        # ("the man behind the shootings earlier this week was located") leaves the follow-up undated
    for s in sents[lead.index + 1:lead.index + 1 + _RETOLD_REACH]:
        if followup_days.retells(s.text, lead.text[tm.start:tm.end]):
            kind = followups.get(s.start) or types.classify(s.text)
            ds = [x for x in dates.find(s.text, published) if x.value and not x.reporting
                  and not followup_days.ends_a_term(s.text, x) and not _recalled_by(s.text, x, kind)]
            if ds:
                d.dates.append((ds[0], s))
                return


_RETOLD_REACH = 5  # sentences after a follow-up's lead where it is told again (a wire lead repeats it under captions)


def _recalled_by(sentence: str, x: dates.DateMention, kind: types.TypeMatch | None) -> bool:
    """The mention dates the event a follow-up sentence recalls ("the man behind two shootings earlier this week was
    located"), not the follow-up."""
    return kind is not None and kind.followup and followup_days.recalled(sentence, x, (kind.start, kind.end))


def _add_context(d: _Draft, prev: segment.Sentence, text: str, doc: Any | None, body_start: int,
                 published: Any) -> None:
    """"Police stopped a car in Malmo on Friday. They arrested three people.": the sentence before a "They" opens
    the incident, with its day and places."""
    d.take(prev, None, _places_of(prev, text, doc, body_start))
    if (pd := _event_date(dates.find(prev.text, published))) is not None and not pd.reporting:
        d.dates.append((pd, prev))


def _keep(out: list[_Draft], sents: list[segment.Sentence], rams: set[int]) -> list[_Draft]:
    """Drafts that report an event (a strong trigger, or a toll with a day or place), with an anchor (a toll, a
    day, a place below the country, or a series the article tells), not an accident, and a security side. Once the
    story shows its security side, a short anchored report in it ("there was a blast in Skarpnack") is believed.
    `rams`: the sentences that tell a vehicle driven into people in a story that says it was deliberate."""
    kept = [d for d in out if (any(k is not None and k.strong for k in d.kinds) or _reported_deaths(d))
            and (_counted(d) or d.dates or d.recall_dated or d.series or _anchored(d) or _follows_told(d))
            and not (types.accident([x.text for x in d.sents], _whole_sentences(d, sents))
                     and not any(x.index in rams for x in d.sents))]
    secure = [_secure(d) for d in kept]
    return [d for d, ok in zip(kept, secure) if ok or (any(secure) and _anchored(d))]


def _whole_sentences(d: _Draft, sents: list[segment.Sentence]) -> list[str]:
    """The full sentences of a draft's clauses: "killing two; police ruled out terrorism" tells the clause's intent
    after the semicolon that split it off."""
    return [sents[i].text for i in sorted({x.index for x in d.sents}) if 0 <= i < len(sents) and sents[i].index == i]


def _follows_told(d: _Draft) -> bool:
    """A follow-up that names the event it follows in a clause of its own ("police later arrested nine men after the
    bandits killed the farmers") is anchored by that event, as one that dates it is (`recall_dated`)."""
    return any(k is not None and types.follows_event(x.text, k) for x, k in zip(d.sents, d.kinds))


def _secure(d: _Draft) -> bool:
    """The security side of an incident: a toll, a named armed group, a violent doer of its casualty word
    ("cattle rustlers killed villagers": types.TypeMatch.doer), or the actors of its kind (see types)."""
    return bool(_counted(d) or any(actors.groups_in(x.text) for x in d.sents)
                or any(k is not None and (k.followup or k.doer) for k in d.kinds)  # a violent event by construction
                or types.security_evidence(_event_type(d.kinds, [x.text for x in d.sents])[1].event_type, [x.text for x in d.sents]))


def _names_a_person(d: _Draft, doc: Any) -> bool:
    """A targeted killing singles someone out: NER finds a person in the sentences that tell it."""
    spans = [(x.start, x.end) for x in d.sents]
    return any(e.label_ == "PERSON" and any(a <= e.start_char < b for a, b in spans) for e in doc.ents)


def _anchored(d: _Draft) -> bool:
    """A place below the country (known, or named as a town) anchors an incident; a protest or riot needs a town:
    "the protests" of an opinion piece are set in a country or a movement, not in a street."""
    levels = ("city", "district", "place") if _event_type(d.kinds, [x.text for x in d.sents])[1].event_type in ("protest", "riot") else \
        ("admin1", "city", "district", "place")
    spans = [(x.start, x.end) for x, k in zip(d.sents, d.kinds) if k is not None]  # where the event is told
    return any(((p.place is not None and p.place.kind in levels) or (p.place is None and p.given_as_town))
               and any(a <= p.start < b for a, b in spans) for p in d.places)


def _counted(d: _Draft) -> bool:
    """An incident is reported with a toll, a day or a place below the country; an opinion piece's "the protests"
    or "air patrols" have none of them."""
    return any(casualties.counts(s.text, "killed") or casualties.counts(s.text, "injured") for s in d.sents)


_WORDED = re.compile(r"\b[a-z]{3,}\b")  # a sentence of words, not a dateline's own ("MADISON, Wis.")
# "A man shot four people", "a gunman opened fire": a doer's violent deed in the active voice
_LEAD_SHOT = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!being )\b(?:shot|stabbed|opened fire|gunned down|hacked)\b")


def _dateline_lead(text: str, sents: list[segment.Sentence], body_start: int, s: segment.Sentence, opens: int) -> bool:
    """Whether the sentence is the dateline's lead and tells a counted violent deed ("MADISON, Wis. — A man shot three
    people, killing one"): the dateline's town is the scene. Not a later sentence of the paragraph ("a 1998 case in
    which a man killed two"; `opens`: where the sentence of the clause `s` begins), nor a passive death or an
    accident ("a soldier was killed on a training exercise")."""
    if "\n" in text[body_start:s.start] or any(x.start < opens and x.end > body_start
                                                    and _WORDED.search(text, max(x.start, body_start), x.end) for x in sents):
        return False
    return bool(types._deed_verb().search(s.text) or _LEAD_SHOT.search(s.text)) and not types.accident([s.text]) \
        and bool(casualties.counts(s.text, "killed") or casualties.counts(s.text, "injured"))


def _reported_deaths(d: _Draft) -> bool:
    """A weak trigger ("a man was killed") still makes an incident when the text counts victims and says when or where
    (the dateline's town says where for the lead: "MADISON, Wis. — A man shot three people ..., killing one")."""
    return bool(d.dates or d.places or d.dateline_lead) and _counted(d)


SPECIFIC = ("suicide_bombing", "air_strike")
GENERIC = ("attack", "arrest", "protest")
# a gunfight or arson told after an attack ("the gunman was killed in a shootout with police", "the gunmen set fire to
# the village") is how it ended or its means, not its type (an arrest that ends in a gun battle is a clash: "raids that
# end in arrests without a clash" are arrests; a mob's attack is a riot from its lead on)
_NO_REFINE = {("attack", "armed_clash"), ("attack", "riot")}
# cars burned or roads blocked by the arrested man's men after a raid ("after the arrest, cartel members set fire to two
# vehicles") are its sequel, and the raid stays an arrest (GOLD_FORMAT: raids that end in arrests without a clash); a
# crowd that riots after the arrests ("Rioters set a tram ablaze", "his supporters rioted") tells the riot itself, and
# a gun battle the men fight beside their arson is a clash ("an arrest that ends in a gun battle is a clash")
_CROWD = re.compile(r"\b(?:rioters?|riot(?:s|ed|ing)?(?! (?:police|policemen|gear|squads?|units?|officers?))|mobs?|"
                    r"crowds?|protesters|demonstrators|youths|supporters|hundreds|thousands|loot(?:ed|ing|ers)|"
                    r"ransack(?:ed|ing)|stone[- ]?pelting|(?:threw|throwing|hurled|hurling|pelted|pelting) "
                    r"(?:[\w'’-]+ )?(?:stones|rocks|bricks))\b", re.I)
_GUN_BATTLE = re.compile(r"\b(?:gun[ -]?battles?|gunfights?|fire ?fights?|shoot-?outs?|exchanges? of fire|exchanged fire|"
                         r"(?:clashed|fought|battled) (?:[\w'’-]+ ){0,2}?with (?:the )?(?:[\w-]+ )?(?:troops|soldiers|"
                         r"police(?:men)?|security forces|army|marines|guardsmen))\b", re.I)


def _arrest_sequel(k: types.TypeMatch, text: str) -> types.TypeMatch | None:
    """What a riot sentence told after an arrest lead makes of it: the riot when a crowd riots, an armed clash when
    the arrested man's men fight a gun battle, or nothing (None: the arrest stays) when they only burn or block."""
    if _CROWD.search(text):
        return k
    return replace(k, event_type="armed_clash") if _GUN_BATTLE.search(text) else None


# the methods from afar that tell what caused a blast the lead names without its means ("An explosion killed three in
# Donetsk. Officials said forces had shelled the district")
_FROM_AFAR = ("shelling", "air_strike")


# "Hours after the attack,", "Following the bombing,", "In retaliation for the ambush,": the sentence opens on the
# told event as what its own act came after
_AFTER_IT = re.compile(r"^\W*(?:(?:\w+|a few|a day|two days)\s+)?(?:after|following|in (?:response|retaliation) (?:to|for))\s+"
                       + _ANAPHORA.pattern + r"\b", re.I)


def _acts_after_it(sentence: str, k: types.TypeMatch) -> bool:
    """The sentence's act comes after the event it points back at ("Hours after the attack, warplanes struck ..."):
    a later act of its own (a reprisal), whose method does not refine the told event's."""
    m = _AFTER_IT.search(sentence)
    if m is None or m.end() > k.start:
        return False
    gap = sentence[m.end():k.start]  # who acts: another actor's act, not what is said of the told attack's means
    return _other_actor().search(sentence, m.end(), k.end) is not None and _said_of_it().search(gap) is None


@cache
def _other_actor() -> re.Pattern[str]:
    """Forces or aircraft (role_words force_nouns, craft_nouns) that act after an attack: a reprisal's doers, not a
    bomber of the told attack ("a suicide bomber")."""
    lists = syntax.word_lists()
    return re.compile(r"(?<!suicide )\b(?:" + literal(lists["force_nouns"] + lists["craft_nouns"]) + r")\b", re.I)


@cache
def _said_of_it() -> re.Pattern[str]:
    """A verb of speech before the act ("Hours after the attack, police said a suicide bomber had ..."): what was
    learnt of the told attack."""
    return re.compile(r"\b(?:" + report_verbs() + r")\b", re.I)


def _event_type(kinds: list[types.TypeMatch | None], texts: Sequence[str] = ()) -> tuple[int, types.TypeMatch]:
    """The lead sentence's method decides; a later, more specific method (suicide bombing, air strike) or a
    more specific reading of a generic lead ("attack") refines it, and shells or an aircraft a blast whose means
    the lead left unsaid. `texts` are the sentences of `kinds`, read for a riot told after an arrest."""
    first = next((i, k) for i, k in enumerate(kinds) if k is not None)
    if first[1].followup:  # "police arrested a man suspected of the stabbing": the arrest is the event told first
        return first
    # an arrest or a funeral told after the event ("police later arrested two suspects over the killing") never types it
    kinds = [None if k is not None and k.followup else k for k in kinds]
    strong = [(i, k) for i, k in enumerate(kinds) if k is not None and k.strong] or \
        [(i, k) for i, k in enumerate(kinds) if k is not None] or [first]
    best_i, best = strong[0]
    for i, k in strong[1:]:
        if best.event_type == "arrest" and k.event_type == "riot" and \
                (k := _arrest_sequel(k, texts[i] if i < len(texts) else "")) is None:
            continue
        if i < len(texts) and _acts_after_it(texts[i], k):
            continue  # "Hours after the attack, warplanes struck PKK targets": a reprisal, not the attack's means
        if k.event_type == "abduction" and _counted_killing(best, texts[best_i] if best_i < len(texts) else "",
                                                            texts[i] if i < len(texts) else ""):
            continue  # "Gunmen killed nine villagers ... They first abducted a shepherd": a step of the killing
        if (k.event_type in SPECIFIC and best.event_type not in SPECIFIC) or \
                (best.event_type in GENERIC and k.priority > best.priority and (best.event_type, k.event_type) not in _NO_REFINE) or \
                (best.blast and k.event_type in _FROM_AFAR and not k.denied):
            best_i, best = i, k
    return best_i, best


def _counted_killing(best: types.TypeMatch, text: str, abduction: str = "") -> bool:
    """The lead is an attack that counts its own dead ("Gunmen killed nine villagers near Khanaqin on Monday"): an
    abduction told after it ("the gunmen first abducted a shepherd, then fired on those who searched for him") is a
    step of that killing, not its type; an abduction is how people were taken, no method of killing them. A lead
    with no dead of its own ("Gunmen attacked a village; they kidnapped 20 women") is still typed by the abduction,
    and so is one whose dead are the guards of those taken ("Bandits killed three vigilantes ... They abducted 287
    pupils"): the killing cleared the way to the abduction, which took more people than the lead's dead."""
    if best.event_type != "attack" or _GUARDS_KILLED.search(text):
        return False
    dead = sum(c.n for c in casualties.counts(text, "killed"))
    return bool(dead) and _abducted_count(abduction) <= dead


# the dead of the lead are those who guarded the people taken after it: the killing opened the way to the abduction
_GUARD_WORDS = (r"(?:guards?|vigilantes?|vigilance (?:group )?members|police(?:m[ae]n)?|police officers?|orderl(?:y|ies)|"
                r"escorts?|watchm[ae]n|security (?:men|guards|personnel|operatives|agents)|soldiers|troops|bodyguards?)")
_GUARDS_KILLED = re.compile(r"\b(?:killed|killing|shot dead|shooting dead|gunned down|gunning down|murdered)\s+"
                            r"(?:at least |all |some )?(?:[\w'’-]+\s+){0,2}?" + _GUARD_WORDS + r"\b|\b" + _GUARD_WORDS
                            + r"\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|had been|have been)\s+(?:killed|shot dead|gunned down)\b",
                            re.I)
_ABDUCTED = re.compile(r"\b(?:abducted|kidnapped|seized|took away|carted away|whisked away)\s+(?:at least |more than |over |"
                       r"about |some |nearly |around )?(?P<n>\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|"
                       r"ten|eleven|twelve|\w+teen|\w+ty|dozens|scores|hundreds|several)\b"
                       r"|(?P<m>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens|"
                       r"scores|hundreds) (?:[\w'’-]+ ){0,3}?(?:were|have been|had been) (?:abducted|kidnapped)\b", re.I)
_WORD_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "dozens": 24, "scores": 40, "hundreds": 200}


def _abducted_count(sentence: str) -> int:
    """How many people the abduction took as its sentence counts them (1 when it gives no figure: "abducted a
    shepherd"); a figure word unknown ("fifteen", "twenty") counts as more than twelve."""
    m = _ABDUCTED.search(sentence)
    if not m:
        return 1
    word = (m.group("n") or m.group("m")).lower().replace(",", "")
    return int(word) if word.isdigit() else _WORD_N.get(word, 13)


def _ev(field_: str, s: segment.Sentence, text: str) -> Evidence:
    """The sentence as the article writes it at its offsets (the incident.v1 contract): a sentence read with a
    clause blanked (another event's clause, a recalled clause's antecedent) is evidence as written, not blanked."""
    return Evidence(field_, text[s.start:s.end], s.start, s.end)


# "by the militants", or the group as the doer of a past deed opening a clause ("In April 2012, the group kidnapped
# 36 workers"); not after "when/after/as", where the group is as often the victims ("after the group stopped at a market")
_THE_GROUP = re.compile(r"\b(?:by|of) the (?:militants?|insurgents?|rebels?|jihadists?|militant group|armed group|group)\b|"
                        r"(?:^|[,;]\s*)the (?:militant |armed |rebel |jihadist )?group\s+"
                        r"(?:also\s+)?(?!(?:claimed|said|added|stated|denied|posted|published|issued|released|warned)\b)[a-z]+ed\b", re.I)
_SAME_PROVINCE = re.compile(r"\b(?:in|across) the (?:province|state|region)\b", re.I)
_SAME_CITY = re.compile(r"\b(?:in|across) the (?:city|town|district)\b", re.I)


def _named_province(mentions: list[places.PlaceMention], country: str) -> str | None:
    """The one first-level province of `country` the mentions name ("in Kaduna State", "Ghazni province"), for an
    incident whose town the gazetteer does not know: the text says where it is, one level up. Two provinces: none."""
    named = places.provinces_named(mentions, country)
    return named.pop() if len(named) == 1 else None


def _towns_named_province(text_places: Sequence[places.PlaceMention], country: str, town: str,
                           text: str) -> set[str]:
    """The one province of `country` the article names, when it names it as the town's own (in a sentence naming
    the town, not as someone's home): a province named only as the suspect's home ("had moved from Illinois") or
    another incident's gives the town no namesake there. Empty otherwise."""
    named = places.provinces_named(list(text_places), country)
    return named if len(named) == 1 and own_province.own_provinces(text_places, country, town, text) else set()


def _quarters_city(mentions: list[places.PlaceMention], text_places: list[places.PlaceMention],
                   dl: places.PlaceMention | None, said: str) -> list[places.PlaceMention]:
    """The incident's mentions with its city's quarters ("in Englewood on the South Side") given to the city they
    belong to when it names no town of its own: the dateline's or headline's city, else the first big town the page
    names (a city roundup names its city in the lead: "shootings across Chicago"). Quarters are no towns, and the
    gazetteer's namesakes of them lie elsewhere (Austin, Texas). A city of another country than the incident's words
    point to ("BEIRUT — ... in the Sheikh Maqsoud neighborhood, Syrian state media said") is a bureau's, not the
    quarter's; with no city at all, a name before a side is that side's city ("in Chicago on the South Side")."""
    quarters = [m for m in mentions if m.quarter]
    rest = [m for m in mentions if not m.quarter]
    if not quarters or _towns(rest):
        return rest
    city = dl if dl is not None and dl.place is not None and dl.place.kind == "city" else next(
        (m for m in text_places if m.place is not None and m.place.kind == "city" and not m.route and not m.aside
         and (m.place.population or 0) >= city_quarters.TOWN_SIZE), None)
    if city is None:
        return [*rest, *(replace(q, place=q.sided, quarter=False) for q in quarters if q.sided is not None)]
    if (rest and rest[0].place is not None and rest[0].place.country != city.place.country) \
            or countries.authorities_named(said) - {city.place.country}:
        return [*rest, *quarters]  # the quarter of a city abroad, by its own name
    return [*rest, city]


def _anaphoric_place(texts: list[str], lead: Incident, loc: places.Location) -> places.Location:
    """"in the province" / "in the city" point back to the place of the article's main incident."""
    if lead.country != (loc.country or lead.country):
        return loc
    joined = " ".join(texts)
    if _SAME_CITY.search(joined) and lead.city:
        return places.Location(lead.country, lead.admin1, lead.city, None, lead.lat, lead.lon)
    if _SAME_PROVINCE.search(joined) and lead.admin1:
        return places.Location(lead.country, lead.admin1, None, None, None, None)
    return loc


def _pursuit_end(d: _Draft, best: types.TypeMatch, text: str, published: date) -> date | None:
    """The day a follow-up without a day of its own ended a pursuit the text counts from the event it recalls
    ("a knife attack on Friday evening" ... "After a 25-hour man-hunt"): that day, if not after the article's. The
    pursuit is the one the follow-up's own sentences count, else the first the text counts from the follow-up's lead
    on: an earlier "three-day manhunt" a text recalls before the story or beside its words is not this one's."""
    if not best.followup:
        return None
    start = next(((x, s) for x, s in d.dates + d.recalled_on if not x.reporting and len(x.value or "") == 10), None)
    if start is None:
        return None
    own = " ".join(s.text for s in d.sents)  # the pursuit the follow-up's own sentences count, else the first one
    told = own if pursuit_days.counted(own) else text[min(s.start for s in d.sents):]  # told from its lead on
    end = pursuit_days.ended(told, date.fromisoformat(start[0].value or ""), pursuit_days.late_after(start[1].text,
                                                                                                  start[0].end))
    return end if end is not None and end <= published else None


_FULL_STOP = re.compile(r"[.!?](?=\s|$)")


SENTENCE_REACH = 1_500  # characters: a real sentence, even wire copy of semicolon-joined clauses, ends within this
# past its clause; where no full stop is found in it the page has none, and every clause's "sentence" would be the
# rest of the page, read once per clause (quadratic): it is cut NO_STOP_REACH past the clause instead
NO_STOP_REACH = 600
_LAST_SPACE = re.compile(r"\s\S*\Z")


def _sentence_end(text: str, end: int) -> int:
    """Where the whole sentence holding a clause that ends at `end` ends: a clause split off at a semicolon ("Police
    killed 11 militants; the militants fired at officers first") leaves its sibling out of the incident's clauses,
    though it tells how the fight went (actors.force_struck). A full stop at most SENTENCE_REACH past the clause; with
    none, NO_STOP_REACH past it, at a space: a cut inside a word leaves a prefix ("Stone" of "Stoneman") that the
    vetoes would read as a word."""
    stop = min(len(text), end + SENTENCE_REACH)
    m = _FULL_STOP.search(text, max(0, end - 1), stop)
    # (a stop right at the window's edge is only one when the text ends there: "$" matched the cut)
    if m and (m.end() < stop or stop == len(text)):
        return m.end()
    if stop == len(text):
        return stop
    stop = end + NO_STOP_REACH
    if text[stop].isspace():
        return stop
    space = _LAST_SPACE.search(text, end, stop)
    return space.start() if space else end


def _finish(d: _Draft, primary: bool, published: Any, context_country: str | None,
            dl: places.PlaceMention | None, hedged: bool, text: str, lead: Incident | None = None,
            headline: types.TypeMatch | None = None, doc: Any | None = None,
            text_places: Sequence[places.PlaceMention] = ()) -> Incident:
    """`text_places`: the whole text's places, found once per article (finding them per incident made the
    article's cost incidents x length)."""
    texts = [s.text for s in d.sents]
    recalled = d.past
    best_i, best = _event_type(d.kinds, [x.text for x in d.sents])
    if primary and lead is None and headline is not None and headline.strong and best.event_type in GENERIC \
            and not best.followup and headline.priority > best.priority and headline.event_type not in GENERIC:
        best = headline  # "Israeli Drone Strikes Kill Two": the headline names the method the lead calls "attacks"
    inc = Incident(primary=primary, event_type=best.event_type)
    inc.evidence.append(_ev("event_type", d.sents[best_i], text))
    told = _told_dates(d, best)
    own_days = [x for x, _ in told if not x.reporting]  # the event's own days before a statement's
    day = dates.most_precise(own_days) or dates.most_precise([x for x, _ in told])
    resolved = next(((x, s) for x, s in told if x is day), None)
    if resolved:
        inc.date = dates.event_day_of(resolved[0], published)
        if resolved[0].reporting and not resolved[0].past and not primary and inc.date:
            inc.date = inc.date[:7]  # a recalled event a statement of the day tells of, without its day: its month
        elif resolved[0].reporting and primary and inc.date and len(inc.date) == 10 and not d.recalled \
                and (any(dates.at_night(s.text) for s in d.sents)
                     or (not dates.told_at_night(resolved[1].text, resolved[0])
                         and any(dates.in_the_evening(s.text) for s in d.sents))):
            # "killed overnight, officials said on Monday": the night began the day before the statement, as it
            # does before an undated article's day; an evening hour told "on Friday night" is that Friday's evening
            inc.date = (date.fromisoformat(inc.date) - timedelta(days=1)).isoformat()
        inc.evidence.append(_ev("date", resolved[1], text))
    elif primary and published is not None and not told and not d.recalled and (caught := _pursuit_end(d, best, text,
                                                                                                  published)):
        inc.date = caught.isoformat()  # "After a 25-hour man-hunt, a man ... approached police": after the event
    elif primary and published is not None and not told and not d.recalled:
        evening = next((s for s in d.sents if dates.in_the_evening(s.text, published) or dates.at_night(s.text)),
                       None)  # told after that evening or night
        inc.date = (published - timedelta(days=1) if evening and published > date.min else published).isoformat()
        if evening is not None:
            inc.evidence.append(_ev("date", evening, text))
    mentions = _quarters_city(d.places, text_places, dl, " ".join(x.text for x in d.sents)) or ([dl] if primary and dl else [])
    loc, where = places.resolve(mentions, context_country, places.cue(text, d.sents, best_i, d.kinds[best_i], doc))
    # a town the gazetteer lacks that the text gives as one ("MAROUA — ... in Kolofata, Mayo-Sava department") is
    # the scene, not the dateline's town
    unknown_town = where is None and loc.city is not None and dl is not None and dl.place is not None \
        and loc.country in (None, dl.place.country) and segment.dateline(text) is not None
    if primary and dl and dl.place and ((where is None and not unknown_town)
                                        or (loc.city is None and loc.admin1 is None
                                            and loc.country in (None, dl.place.country))
                                        or _dateline_qualifier(where, dl, loc)
                                        or (loc.city is None and _in_dateline_unit(dl, loc)
                                            and dateline_scene.this_town(text, dl.end, d.sents[-1].end))):
        loc, where = places.resolve([dl], context_country, text=text)  # "NAIROBI (AP) — ... stormed Kenya's parliament"
    if where is None and lead is not None:
        loc = _anaphoric_place(texts, lead, loc)
        if recalled and dl is not None and not d.places and loc.country in (None, lead.country) \
                and loc.city is None and loc.admin1 is None:
            # a recalled event a datelined story places nowhere: the dateline's city ("KARACHI: ... confessed killing")
            loc = places.Location(lead.country, lead.admin1, lead.city, None, lead.lat, lead.lon)
    inc.country, inc.admin1, inc.city, inc.place, inc.lat, inc.lon = (loc.country, toponyms.clean_name(loc.admin1),
                                                                        toponyms.clean_name(loc.city),
                                                                        toponyms.clean_name(loc.place), loc.lat, loc.lon)
    if inc.admin1 is not None and inc.city is not None and inc.country is not None and inc.lat is not None \
            and (twin := places.named_province_namesake(inc.city, inc.admin1, inc.country,
                                                        _towns_named_province(text_places, inc.country, inc.city,
                                                                              text),
                                                        text)) is not None:
        inc.admin1, inc.lat, inc.lon = twin.admin1, twin.lat, twin.lon  # the namesake of the province the text names
    if inc.admin1 is None and inc.country is not None:
        # an earlier event's town the gazetteer lacks ("the 2021 siege of Palma") lies in the one province the
        # article names too, as the main one's does: the text places nothing of the country elsewhere
        inc.admin1 = _named_province(d.places, inc.country) or (
            _named_province(list(text_places), inc.country)
            if (primary or (inc.city is not None and inc.lat is None))
            and not own_province.placed_elsewhere(texts) else None)  # not "in a neighbouring state"
    if primary and inc.admin1 is None and inc.city is not None and dl is not None and dl.place is not None \
            and dl.place.kind == "city" and dl.place.country == inc.country and segment.dateline(text) is not None:
        # "Yala, Thailand — ... in Bannang Sata district": a town the gazetteer lacks, in a province the text never
        # names; the dateline's town, the bureau nearest the scene, gives it (a guess where none is a miss anyway)
        inc.admin1 = dl.place.admin1
    inc.admin1 = toponyms.as_written(inc.admin1, inc.country, text)
    if where is not None and inc.city is not None:  # "in Kherson region ... in the town of Beryslav": the town's own
        where = _naming(d.places, inc.city) or where  # sentence is the city's evidence, not the province's
    if where is not None and text[where.start:where.end] == where.text:  # not a headline's place: no span of the text
        sent = next((s for s in d.sents if s.start <= where.start < s.end + 1), None)
        inc.evidence.append(_ev("location", sent, text) if sent else
                            Evidence("location", where.text, where.start, where.end))
    told = _own_toll_sentences(d, best)
    for kind in ("killed", "injured", "arrested"):
        found = [(s, c) for s, t in told for c in casualties.counts(t, kind)]
        if not found and recalled and not primary:
            # "..., since July 2016, when gunmen stormed a cafe and killed 22 people": the recalled clause's toll,
            # no other event's when the event it recalls is the one told
            found = [(s, c) for s, t in told for c in casualties.recalled_counts(t, kind)]
        total, bound = casualties.merge([c for _, c in found])
        setattr(inc, kind, total if total is not None or kind != "killed" else d.mourned)
        if kind == "killed":
            inc.killed_is_lower_bound = bound
        for s, _ in found[:3]:
            inc.evidence.append(_ev(kind, s, text))
    if best.event_type == "abduction" and not best.followup and any(found_killed.retold_found_dead(s.text)
                                                                     for s in d.sents[best_i + 1:]):
        taken = next((n for s in d.sents if (n := found_killed.abducted_count(s.text))), None)
        if inc.killed is None or taken is None or inc.killed >= taken:  # "two of them were found dead": some of the
            inc.event_type = "attack"  # 30 abducted, an abduction still; all of them found dead: the killing is the
            inc.killed = inc.killed or taken  # event, the abducted its dead
    if inc.event_type == "abduction" and not best.followup and inc.killed and (
            killing := found_killed.killing_of_taken(texts)) is not None:
        inc.event_type = killing[1]  # "kidnapped a village head and shot him dead": people were killed, the
        # killing is the event (WAD's nine types have no abduction); the abduction is how it began
    if inc.injured is None:  # "Of the 13 people shot" beside "10 were killed": the other three were wounded
        inc.injured = casualties.shot_not_killed([t for _, t in told], inc.killed)
    parsed = syntax.sentence_roles(doc, [(s.start, s.end) for s in d.sents])
    inc.event_type = _killing_type(inc.event_type, d, inc.killed, doc, parsed, inc.injured)
    inc.event_type = types.retype(inc.event_type, texts, [text[x.start:_sentence_end(text, x.end)] for x in d.sents])
    whole = syntax.sentence_roles(doc, [(x.start, _sentence_end(text, x.end)) for x in d.sents])
    inc.perpetrators, pw = actors.perpetrators(texts, inc.event_type, parsed, whole)
    inc.perpetrators = actors.specialise(inc.perpetrators, text)
    if inc.event_type == "armed_clash":  # the state's men on the other side of a named group's clash
        inc.perpetrators += clash_sides.clash_forces(texts, parsed, inc.country, inc.perpetrators, inc.date)
    if not inc.perpetrators:
        inc.perpetrators = actors.state_forces(texts, inc.event_type, inc.country, parsed, inc.date)
    if not inc.perpetrators and doc is not None:
        persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
        inc.perpetrators = actors.confessed_by(texts, persons, text)
    inc.evidence.extend(_ev("perpetrators", d.sents[i], text) for i, _ in pw[:3])
    inc.targets, tw = (actors.force_struck_targets(texts, inc.event_type, inc.perpetrators, whole)
                       or actors.target_categories(texts, inc.event_type))
    inc.evidence.extend(_ev("targets", d.sents[i], text) for i in sorted(set(tw))[:3])
    inc.claimed_by = actors.specialise(actors.claimed_by(texts), text)
    for s in d.sents:
        for name, _, _ in weapons.find(s.text):
            if name not in inc.weapons:
                inc.weapons.append(name)
                inc.evidence.append(_ev("weapons", s, text))
    inc.verified = False if hedged and primary else None
    filled = sum(x is not None for x in (inc.date, inc.city or inc.country, inc.killed, inc.injured))
    inc.confidence = min(1.0, 0.3 + 0.1 * filled + 0.1 * sum(k is not None and k.strong for k in d.kinds)
                         + (0.1 if inc.perpetrators else 0.0))
    return inc


def _killing_type(event_type: str, d: _Draft, killed: int | None, doc: Any | None,
                  parsed: list[list[syntax.Role]] | None, injured: int | None = None) -> str:
    """A one-sided killing is a targeted killing when it singles out one or two people: the parse finds a named
    person or an office holder as the victim of a killing verb ("gunmen shot dead a retired judge"; singled_out), or
    the text says "assassinated", or a close killing ("shot dead") takes one person named by a trade and hurts no one
    else (singled_out.by_role: "separatists shot dead a teacher"); "nine labourers were shot dead" single no one out, nor does
    an attack on a force's post or patrol (post_attacks: "shot dead when gunmen attacked his checkpoint"). Troops that
    kill gunmen fought an armed side (an armed clash)."""
    texts = [s.text for s in d.sents]
    told = " ".join(texts)
    guards = casualties.joined_to_one(texts)  # "the judge was shot dead along with his two guards": still him
    few = (killed or 0) - guards <= 2
    # "shot dead when gunmen attacked his checkpoint"; not when the text says whom it was aimed at
    post = parsed is not None and not post_attacks.aimed_at_one(told) and post_attacks.struck_post(parsed)
    chosen = parsed is not None and few and guards <= 2 and not post and singled_out.victim(texts, parsed) is not None
    # "armed separatists shot dead a teacher": a close killing of one person named by a trade, no one else hurt, by
    # no state force ("soldiers shot dead a contractor" is the state's attack) and for no money or quarrel
    role = singled_out.by_role(texts, parsed) if parsed is not None and (killed or 0) <= 2 \
        and (killed or 0) - guards <= 1 and not injured and not post and not violent_doers.tells_crime(told) \
        and not actors.force_did(parsed) else None
    by_role = role is not None
    if event_type == "targeted_killing" and not _ASSASSINATION.search(told) and (post or (
            not chosen and not by_role and (not few or (doc is not None and not _names_a_person(d, doc))))):
        event_type = "attack"
    if event_type == "attack" and (_FORCE_KILLS_FIGHTERS.search(told)
                                   or (parsed is not None and armed_victims.struck_armed_side(texts, parsed))):
        return "armed_clash"  # "troops killed two gunmen during a raid", "vigilantes killed 15 bandits": two sides
    # "attackers killed a doctor": a civilian's trade, killed by armed men; a force member "killed" at his post is the
    # force's loss, and "a teacher stabbed by a student" a crime at a school
    if event_type == "attack" and killed and (chosen or (role is not None and victim_groups.group_of(role.text) != "forces"
                                                         and violent_doers.names_doer(told))):
        return "targeted_killing"
    return event_type


def _dateline_qualifier(where: places.PlaceMention | None, dl: places.PlaceMention, loc: places.Location) -> bool:
    """The place found is the province the dateline writes after its town ("BANGOR, Maine (AP) —") and nothing
    smaller: the dateline's town is the scene, as it is when the lead names no place."""
    return where is not None and loc.city is None and 0 <= where.start - dl.end <= 4 and dl.place is not None \
        and dl.place.admin1 is not None and loc.admin1 is not None \
        and places.province_key(dl.place.admin1) == places.province_key(loc.admin1)


def _in_dateline_unit(dl: places.PlaceMention, loc: places.Location) -> bool:
    """The place found is the dateline town's country, or its province, and nothing smaller."""
    return dl.place is not None and loc.country in (None, dl.place.country) and (
        loc.admin1 is None or (dl.place.admin1 is not None
                               and places.province_key(dl.place.admin1) == places.province_key(loc.admin1)))


def _naming(ps: list[places.PlaceMention], name: str) -> places.PlaceMention | None:
    """The first mention that names the place `name` (as written or as the gazetteer spells it)."""
    return next((p for p in ps if p.text == name or (p.place is not None and p.place.name == name)), None)


def _own_toll_sentences(d: _Draft, best: types.TypeMatch) -> list[tuple[segment.Sentence, str]]:
    """The sentences whose counts are the incident's, with the text to count in. A follow-up (an arrest, a suspect
    found dead, a funeral) counts only in the sentences that tell it, without the event it recalls: "arrested a
    man suspected of killing three" arrests one man, it kills no one."""
    if not best.followup:
        return [(s, s.text) for s in d.sents]
    own = [s for s, k in zip(d.sents, d.kinds) if k is not None and k.followup and k.event_type == best.event_type]
    return [(s, own_clauses.without_recalled(s.text)) for s in own]


def extract_incidents(text: str, doc: Any | None = None, published: str | None = None,
                      title: str | None = None, received: str | None = None) -> list[Incident]:
    """Every incident the article reports, primary ones first in reading order. `doc`: spaCy Doc of `text` or None;
    `title`: the headline, which may name the main event's method more precisely than the lead does; `received`:
    when the article was fetched (ISO 8601), the latest year a yearless weekday and day of an undated text can be.
    A sports page's idiom ("the innings bombed") tells no incident (sport_pages)."""
    with sport_pages.reading(text):
        return _extract_incidents(text, doc, published, title, received)


def _extract_incidents(text: str, doc: Any | None, published: str | None, title: str | None,
                       received: str | None) -> list[Incident]:
    """`extract_incidents` while its page is read."""
    pub = dates.parse_published(published) or dates.reference_date(text, dates.parse_published(received))
    filed = dates.filed_day(text, pub)  # "KABUL, Oct 15 (Reuters) -": relative days count from the filing day
    pub = filed if filed is not None and filed != pub else pub
    headline = types.headline_method(title) if title else None
    dlt = segment.dateline(text)
    dl = None
    dlp, placed = places.dateline_place(dlt[0], segment.dateline_region(text)) if dlt else (None, False)
    if dlt and dlp is not None:
        dl = places.PlaceMention(dlp, dlt[0], dlt[1], dlt[2], placed=placed)
    dl = dl or places.headline_place(title, doc)  # "Covenant School mass shooting, Nashville": the story's place
    drafts = _drafts(text, doc, pub, dlt[2] if dlt else 0, dl)
    if not drafts:
        return []
    text_places = places.find(text, 0, len(text), doc)
    country = _context_country(text, text_places, doc, dl, drafts[0], title)
    hedged = bool(_HEDGE.search(text))
    lead = drafts[0].sents[0]
    out: list[Incident] = []
    previous_past = False
    drafts = [part for d in drafts for part in _split_coordinated(d)][:MAX_INCIDENTS]
    for i, d in enumerate(drafts):
        budget.check()
        past = any(x.past for x, _ in d.dates)
        primary = i == 0 or (not past and not d.recalled
                             and (d.sents[0].para == lead.para or bool(_ordinal_event(d.sents[0].text))))
        inc = _finish(d, primary, pub, country, dl, hedged, text, out[0] if out else None, headline, doc,
                      text_places)
        if inc.date is None and out and out[-1].date and not d.dates and not d.recalled and not previous_past:
            # "A second drone struck ...", "Hezbollah responded with ...": the day of the events around it
            inc.date = out[-1].date
            inc.evidence.extend(e for e in out[-1].evidence if e.field == "date")
        if not inc.perpetrators and out and any(_THE_GROUP.search(x.text) for x in d.sents):
            inc.perpetrators = list(out[0].perpetrators)  # "by the militants": the group the article is about
        out.append(inc)
        previous_past = past or d.recalled
    return _split_umbrella_lead(drafts, out)


_COORD = re.compile(r"\b(?:in|at|near) (?:the )?(?P<a>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) and (?P<b>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b")
_PLURAL_TRIGGER = re.compile(r"(?:s|shots? (?:were|was|had been|have been) \w+(?: \w+)?)$", re.I)


def _split_coordinated(d: _Draft) -> list[_Draft]:
    """"Shots were also reported in Fruangen and Tumba": one event in each place (as ACLED codes them), when the
    report gives no toll that would have to be shared out."""
    i, k = next(((i, k) for i, k in enumerate(d.kinds) if k is not None), (0, None))
    if k is None or _counted(d):
        return [d]
    s = d.sents[i]
    m = _COORD.search(s.text)
    if not m or not _PLURAL_TRIGGER.search(s.text[k.start:k.end]):
        return [d]
    a, b = s.start + m.start("a"), s.start + m.start("b")
    known = {p.start for p in d.places}
    if not (a in known or b in known) or actors.groups_in(m.group("a")) or actors.groups_in(m.group("b")):
        return [d]
    # a name next to a known place in "in X and Y" is a place too, even one NER and the gazetteer miss
    extra = [places.PlaceMention(None, m.group(g), s.start + m.start(g), s.start + m.end(g), locative=True)
             for g in ("a", "b") if s.start + m.start(g) not in known]
    mentions = d.places + extra
    first = _Draft(list(d.sents), list(d.kinds), list(d.dates), [p for p in mentions if p.start != b], d.recalled,
                   d.series)
    second = _Draft(list(d.sents), list(d.kinds), list(d.dates), [p for p in mentions if p.start != a], d.recalled,
                    True)
    return [first, second]


# "scores of vehicles were torched in at least nine Paris suburbs": the lead sums up events the article then tells
_PLURAL_AREA = re.compile(r"\b(?:many|numerous|multiple|a number of|dozens of|\d+|" + number_words.count_words()
                          + r")\s+(?:[A-Z]\w+\s+|other\s+)?(?:suburbs|towns|cities|villages|districts|provinces|"
                          r"neighbou?rhoods|areas|regions|states|locations|places)\b")


def _split_umbrella_lead(drafts: list[_Draft], out: list[Incident]) -> list[Incident]:
    """When the lead sums up events in several places and the article then tells them one by one (same day), the
    told events are the primary incidents and the summary is none."""
    if len(out) < 2 or not _PLURAL_AREA.search(drafts[0].sents[0].text):
        return out
    same_day = [i for i in range(1, len(out)) if out[i].date == out[0].date and not drafts[i].recalled
                and not any(x.past for x, _ in drafts[i].dates)]
    if not same_day:
        return out
    for i in same_day:
        out[i].primary = True
    return out[1:]
