"""Event type of a sentence from the trigger lexicon (data/triggers.csv); metaphors and aggregates excluded."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from worker.extract import found_killed, number_words, sport_pages, state_accusations
from worker.extract.alternation import CaselessTest, at_word_starts, grouped_literal, literal
from worker.extract.gazetteer import data_rows, data_pattern, any_trigger, cues, negatives, rows_pattern, triggers

_AGGREGATE = re.compile(r"\b(?:so far this year|this year alone|since (?:the start of|january|20\d\d)|"
                        r"in (?:19|20)\d\d alone|over the past (?:year|decade|\w+ years)|"
                        r"per cent|percent|statistics|annual(?:ly)?|on average|every year|(?:\d+(?:st|nd|rd|th)|\w+th) (?:\w+ ){0,3}to be killed)\b", re.I)
# a rate ("an average of 11 killed each day") or a period from a later month ("detained since October"): a record
# only in a clause with no event day of its own ("bandits killed 12 on Sunday in a state where an average of five
# are kidnapped each day" tells Sunday's event); a month's period also needs a tally or a rank ("have shelled El
# Fasher since October, and on Monday a shell killed nine" tells a shelling)
_RATE = re.compile(r"\b(?:an average of|(?:each|every|per) (?:day|week|month)|(?:each|per) year)\b", re.I)
_SINCE_MONTH = re.compile(r"\bsince (?:february|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber)"
                          r"(?!\s+(?:\d|the\b))\b", re.I)
# a tally or a rank over the period ("10,000 detained since October", "the first attack in Niassa since December")
_TALLY = re.compile(r"\b(?:\d|(?:first|second|third|fourth|fifth|latest|deadliest|worst|bloodiest|biggest|largest|"
                    r"only)\b)", re.I)


def _periodic(sentence: str, a: int, b: int) -> bool:
    """The clause sentence[a:b] gives a rate or a tally since a month, not the event of a day it names."""
    clause = sentence[a:b]
    return bool(_RATE.search(clause) or (_SINCE_MONTH.search(clause) and _TALLY.search(clause))) \
        and not event_day(clause)


# a tally of ten or more incidents ("in 45 attacks", "in dozens of raids"): a record, unless the clause names the one
# day they happened on; fewer ("three attacks in Konduga", "twin blasts") are as often one coordinated event
_INCIDENT_COUNT = re.compile(r"\b(?:(?!(?:19|20)\d\d\b)[1-9]\d[\d,]*|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|"
                             r"nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozens of|scores of|hundreds of|"
                             r"thousands of)\s+(?:(?:separate|different|such|similar|deadly|violent|armed|militant|"
                             r"terrorist|bandit)\s+)?(?:attacks|incidents|killings|raids|bombings|shootings|assaults|abductions|"
                             r"kidnappings|clashes|massacres)\b", re.I)


def _record(sentence: str, a: int, b: int) -> bool:
    """The clause sentence[a:b] gives a record, not one event's toll: it names a period ("so far this year", "since
    January") or a tally of incidents with no day of its own ("300 killed in 45 attacks"). "A total of" alone
    makes no record: "gunmen killed a total of 30 villagers in two raids on Tuesday" is that day's toll. A period
    that ranks the event told ("the deadliest attack since 2019") makes no record either."""
    if any(not _ranked(sentence, a, m.start()) for m in _AGGREGATE.finditer(sentence, a, b)) \
            or _periodic(sentence, a, b):
        return True
    return bool(_INCIDENT_COUNT.search(sentence, a, b)) and not event_day(sentence[a:b])


def _ranked(sentence: str, a: int, at: int) -> bool:
    """A superlative of an event noun right before `at` ("the worst bombing since 2021"): data/aggregate_contexts.csv
    rank rows, read through toll_phrases, which imports this module."""
    from worker.extract import toll_phrases
    return toll_phrases.ranked(sentence, a, at)


# a prison term told by its verb, a day between ("jailed on Friday for life") or by the sentence given ("was given a
# life sentence", "handed a 20-year jail term")
_JAILED = (r"jailed\s+(?:(?:on|last|this)\s+\w+\s+)?for|(?:given|handed|received)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
           r"(?:sentence|prison term|jail term)s?")
# the sentence told inside a relative clause ("a man who was given a prison term for robbery killed a warder") only
# describes the subject: the main verb after it may tell a new event, so the new arms hold only as the main verb
_IN_RELATIVE = "".join(rf"(?<!\b{w} {v} )" for w in ("who", "that", "which")
                       for v in ("was", "were", "had been", "has been", "have been"))
_GENERIC = re.compile(r"\b(?:involvement in|involved in|(?:his|her|their|its) (?:alleged |suspected )?(?:role|part) in|accused of|charged with|wanted in|history of|"
                      r"cases of|incidents of|terrori[sz]ing|notorious for|known for|sentenced|convicted|jailed for|"
                      + _IN_RELATIVE + r"(?:" + _JAILED + r")|found guilty|"
                      r"pleaded guilty|pleads guilty|on trial|acquitted|indicted)\b", re.I)
# the court's own verbs among the generic words: a verdict or a sentence told of a convict
_COURT_VERB = re.compile(r"(?:sentenced|convicted|" + _JAILED + r"|found guilty|acquitted|cleared|pleaded guilty|pleads guilty)\b",
                         re.I)
_MANY = re.compile(r"\b(?:several|multiple|numerous|many|a number of|dozens of|scores of|hundreds of)\s+(?:\w+\s+)?"
                   r"(?:attacks|bombings|raids|killings|shootings|assaults|abductions|kidnappings|clashes)\b", re.I)
_SPAN = re.compile(r"\b(?:since|over the (?:past|last)|in recent (?:weeks|months|years)|this year|so far|in the past)\b", re.I)
_CONTEXT = re.compile(r"\b(?:amid (?:a|the) (?:surge|rise|wave|spate|series|spike)|surge in|spate of|wave of|series of|"
                      r"rise in|increase in|uptick in|upsurge in|spike in|such attacks|(?:a|an almost) daily occurrence|"
                      r"in recent (?:days|weeks|months)|(?:are|is|were) (?:generally|usually|typically|often) |"
                      r"(?:days|nights|months|weeks|years|decades) of (?:\w+ )?(?:protests?|unrest|violence|fighting|clashes|conflict|war|"
                      r"rioting|riots)|"
                      r"\d+ years (?:after|since)|(?:" + number_words.count_words() + r"|a few|many) (?:years|decades) (?:since|on from)|"
                      r"anniversary of|"
                      # a group's record told in the perfect ("the group has carried out suicide bombings across the
                      # region"): what it has done over time, not the event told
                      r"(?:has|have) (?:long |repeatedly |frequently |often |previously |also )?(?:carried out|staged|"
                      r"conducted|mounted|launched|claimed) (?:[\w-]+ ){0,2}?(?:attacks|bombings|raids|killings|"
                      r"shootings|abductions|kidnappings|assaults|ambushes) (?:across|throughout|around|all over) )", re.I)


_HEARD = re.compile(r"\b(?:heard|hearing|felt)\b[^,.;]{0,50}$", re.I)


@dataclass(frozen=True)
class TypeMatch:
    event_type: str
    priority: int
    start: int  # offsets within the sentence
    end: int
    strong: bool  # trigger names an event (not only a casualty word such as "killed")
    followup: bool = False  # a new action (arrest, suspect found dead, funeral) on an event the sentence recalls
    doer: bool = False  # strong only by its violent doer ("were killed by bandits"): it tells an event, but as a
    # weak word it may retell the one before ("The victims were killed by bandits from Plateau")
    blast: bool = False  # a bombing told only by a blast ("an explosion killed three"): the means of it is unsaid, so
    # a later sentence that names shells or an aircraft ("the blast was caused by a rocket") tells it
    denied: bool = False  # a means denied or idle ("ruled out a rocket attack", "playing with an old mortar
    # shell"): it tells no cause of a blast (_denied_means)


# the weak words of the attack rows that tell someone was hurt, abused or killed: an attack when a violent doer did
# it ("militiamen raped 20 women", "jihadists flogged 15 men"); alone a crime report, a court's or a history's word
_HARMS = ("raped", "gang-raped", "sexually assaulted", "sexually abused", "tortured", "mutilated", "flogged", "whipped",
          "beat up", "beaten up", "maimed")
_WEAK = {"killed", "killing", "killings", "wounded", "injured", "shot", "custody", "raids", "raid", "fighting", "martyred",
         "embraced martyrdom", "slain", "gunshot", "gunshots", "bullet-riddled", "invaded", "invading", *_HARMS} | {
    f"{weapon} {hurt}" for weapon in ("bullet", "stab", "knife", "machete", "gunshot")
    for hurt in ("wound", "wounds", "injury", "injuries")}  # a body's wounds tell violence, counted or found dead


_CASUALTY_WORDS = frozenset({"killed", "killing", "killings", "wounded", "injured", "shot", "slain", "martyred", *_HARMS,
                             "invaded", "invading"})  # "herdsmen invaded the farms": an attack by its violent doer


# "invaded" tells an attack only by a violent doer of this news ("herdsmen invaded the farms"); the sea, a disease,
# bees or a history's army invade with no attack of this story
_INVASION = frozenset({"invaded", "invading"})


def _violent_casualty(sentence: str, start: int, end: int) -> bool:
    """"Villagers were killed by bandits", "jihadists shot worshippers": a casualty word with a violent doer tells
    an attack, counted or not; not in a clause that gives a period's record ("killed by bandits this year"), nor
    where the clause tells no single deed of this news (`_one_deed`)."""
    from worker.extract import toll_phrases, violent_doers  # the doer lexicons; read when a weak word is met
    return violent_doers.has_violent_doer(sentence, start, end) \
        and not any(a <= start < b for a, b in toll_phrases.aggregate_spans(sentence)) and _one_deed(sentence, start)


# a distance of years that puts a deed in history ("eleven years ago", "a decade earlier", "decades before")
_YEARS_BACK = (r"(?:(?:\d+|" + number_words.count_words() + r"|many)\s+(?:years|decades)|a decade|decades|years|"
               r"a century)\s+(?:ago|earlier|before)")
# a time that puts a deed in history ("in 2003", "between 2015 and 2019", "a decade ago", "in the 1990s")
_HISTORY = re.compile(r"\b(?:(?:in|between|since|during|from|by|of)\s+(?:the\s+)?(?:19|20)\d\d(?:['’]?s)?|"
                      + _YEARS_BACK + r"|in the (?:(?:19|20)?\d0|(?:sixt|sevent|eight|ninet)ie)s)\b", re.I)
_YEARS_BACK_RX = re.compile(r"\b" + _YEARS_BACK + r"\b", re.I)
# the victims named only as a class of people ("pray for those killed by terrorists", "all those who were shot")
_THOSE = re.compile(r"\b(?:those|anyone|everyone|everybody|whoever)\s+(?:who\s+(?:were|was|have|has|had)\s+"
                    r"(?:been\s+)?)?$", re.I)
# a degree or a comparison of the victims ("too many farmers have been killed", "have killed more Nigerians than Boko
# Haram", "as many people as"): a view of a record, not one deed
_DEGREE = re.compile(r"\b(?:too many|so many|countless|(?:far|many) more|more\s+(?:[\w'’-]+\s+){0,3}?than|fewer\s+"
                     r"(?:[\w'’-]+\s+){0,3}?than|as many\s+(?:[\w'’-]+\s+){0,3}?as)\b", re.I)
# a title in quotation marks ("the documentary 'Killed by Bandits'"): its words capitalised, short words aside
_TITLE_WORD = r"(?:(?-i:[A-Z0-9])[\w'’-]*|of|by|the|a|an|in|on|and|at|for|to|with|from)"
_TITLE = re.compile(r"[\"“‘](?-i:[A-Z0-9])[\w'’-]*(?:\s+" + _TITLE_WORD + r"){0,9}[\"”’]", re.I)


def _one_deed(sentence: str, start: int) -> bool:
    """The casualty word at `start` tells one deed of this news: not a history's ("were killed by bandits a decade
    ago", "tortured by soldiers in 2003"), not a class of victims ("those killed by terrorists"), not a degree or a
    comparison, which states a view of a record ("too many farmers have been killed by herdsmen", "herdsmen have
    killed more Nigerians than Boko Haram"), nor a quoted title. A perfect alone is a news lead's tense ("suspected
    herdsmen have killed villagers in Agatu, police said on Monday")."""
    a, b = next((a, b) for a, b in _clause_spans(sentence) if a <= start <= b)
    if _HISTORY.search(sentence, a, b) or _THOSE.search(sentence, max(0, start - 40), start):
        return False
    if any(t.start() <= start < t.end() for t in _TITLE.finditer(sentence)):
        return False
    return not _DEGREE.search(sentence, a, b)


def years_back(sentence: str, start: int) -> bool:
    """The clause of the event word at `start` sets its deed years back ("Eleven years ago, bandits killed 20 people
    in the village", "Two decades earlier, ..."): a recalled event, which no day of the story's dates (the words
    give no day, so `dates.find` finds none) and whose toll is not the story's."""
    a, b = next(((a, b) for a, b in _clause_spans(sentence) if a <= start <= b), (0, len(sentence)))
    return bool(_YEARS_BACK_RX.search(sentence, a, b))


def event_day(text: str) -> bool:
    """The text names a single day (`_own_day`) that is not a statement's ("police said on Monday", "said in a
    statement on Monday": dates.find marks it reporting): the day of an event it tells."""
    days = [m.span() for m in _own_day().finditer(text)]
    if not days:
        return False
    from worker.extract import dates  # the statement-day reading of dates.find; read only where a day is named
    said = [(d.start, d.end) for d in dates.find(text, None) if d.reporting]
    return any(not any(s < e2 and s2 < e for s2, e2 in said) for s, e in days)


def classify(sentence: str) -> TypeMatch | None:
    """The highest-priority trigger in the sentence, or None when it reports no violent/security event. A sentence
    whose own action is an arrest, a suspect found dead or a funeral, and which names the violence only as what
    someone is suspected of, is that follow-up. An abduction whose victims the sentence tells found dead is a
    killing (found_killed). On a sports page a trigger with no real violence beside it is the game's idiom
    (sport_pages: "the innings bombed"); that is read outside the cache, which holds the sentence's own answer."""
    tm = _classified(sentence)
    return None if tm is not None and sport_pages.idiom(sentence) else tm


@lru_cache(maxsize=4096)
def _classified(sentence: str) -> TypeMatch | None:
    """`classify` of any page (cached: the gate and the grouping read the same sentences)."""
    tm = _classify(sentence)
    if tm is not None and (span := found_killed.killing_of_abducted(sentence, tm.event_type, tm.strong,
                                                                    tm.followup)) is not None:
        return TypeMatch("attack", tm.priority, span[0], span[1], True)
    return tm


# the words of the attack row that name no means ("an attack", "attackers"): a duration beside them keeps its method
# ("a blast", "an explosion" name a bang, not the shell or the bomb that made it)
_MEANLESS = frozenset({"attack", "attacks", "attacked", "attacking", "attackers", "blast", "blasts", "explosion",
                       "explosions"})


def _own_method(rest: TypeMatch | None, masked: str) -> bool | None:
    """None when the rest of a sentence beside a duration tells no event, True when it names a method of its own
    (a strong trigger other than a bare "attack"), False when its event is told without one."""
    if rest is None:
        return None
    return rest.strong and masked[rest.start:rest.end].lower() not in _MEANLESS


def _counts(clause: str) -> bool:
    """Whether a clause holds a figure (a numeral, a number word, "thousands"): a period's sum does. A year is no
    figure ("including a raid on a school in 2021" recalls an event, it sums none)."""
    return any((w[:1].isdigit() and not _YEAR.fullmatch(w.rstrip(",."))) or number_words.value(w) is not None
               or w in _MASS_WORDS for w in re.findall(r"[\w,.]+", clause.lower()))


_YEAR = re.compile(r"(?:19|20)\d\d")


_MASS_WORDS = frozenset({"thousands", "millions", "tens"})  # number_words.value already reads hundreds, dozens, scores


def _classify(sentence: str) -> TypeMatch | None:
    """`classify` before an abduction's dead found make it a killing."""
    if not _opens()(sentence):
        return None
    masked = without_animal_acts(negatives().sub(lambda m: " " * len(m.group()), sentence))
    from worker.extract import toll_phrases  # the aggregate cues (data/aggregates.csv); toll_phrases reads this module
    if aggregates := toll_phrases.aggregate_spans(masked):
        # "10,000 suspects detained since October", "the crisis, which began in 2016 as protests, has claimed 6,000
        # lives": a sum over a period or a conflict tells no event. Blanked first, cut at every clause boundary, so
        # that "15 were killed when militants attacked X, in an insurgency that has killed 35,000 since 2009" keeps
        # the attack: the coarser parts below would read the whole sentence as the record. A part with no figure
        # ("fighters have shelled El Fasher since October, and on Monday a shell killed nine") is a duration told
        # beside the event, and its words still name the method when the event's own words name none ("an attack
        # killed nine"): blanked when nothing else tells an event, or when the rest names a method of its own ("and
        # on Sunday a gunman shot dead seven": the gun, not the months of shelling, types the day's event)
        summed = [(a, b) for a, b in aggregates if _counts(masked[a:b])]
        masked = _blank(masked, summed)
        durations = [span for span in aggregates if span not in summed]
        if durations and _own_method(_best(_blank(masked, durations)), masked) is not False:
            masked = _blank(masked, durations)
        if not masked.strip():
            return None
    # the coarse record check reads no cue inside an aggregate span kept as a duration: that span was cut off from the
    # event's clause already ("Gunmen killed 9 in Plateau on Monday, on average the fourth attack a month")
    coarse = _blank(masked, durations) if aggregates else masked
    if _AGGREGATE.search(coarse) or _INCIDENT_COUNT.search(coarse) or _RATE.search(coarse) \
            or _SINCE_MONTH.search(coarse):
        masked = _blank(masked, [(a, b) for a, b in _clause_spans(coarse) if _record(coarse, a, b)])
        if not masked.strip():
            return None  # "200 killed so far this year": a record, no event
    found = _recovered().search(masked)
    if found:  # "police recovered two IEDs": explosives found are no blast, unless the sentence tells one as well
        rest = _best(_blank(masked, [found.span()]))
        if rest is None or not rest.strong:
            return TypeMatch("other", 11, found.start(), found.end(), True)
        masked = _blank(masked, [found.span()])
    spans = reference_spans(masked)
    # the reference names an earlier violent event ("suspected of the stabbing"), or its cue implies one ("manhunt")
    if any(any_trigger().search(masked, a, b) for a, b in spans) or (spans and _event_cues().search(masked)):
        told = _blank(masked, spans)
        own = _best(told)
        for event_type, rx in _followups():
            m = rx.search(told)
            if m and not modal(told, m.start()) and not undone(told, m.start()) \
                    and (own is None or not own.strong or own.event_type == event_type):
                return TypeMatch(event_type, 12, m.start(), m.end(), True, followup=True)
        if own is not None and not any(_OPENS_IN_TIME.match(masked, a) for a, _ in spans):
            return own  # "troops killed a commander wanted for the bombing": the killing is the event told; an
            # "after" clause ("arrested two gunmen after they shot dead a shopkeeper") is no charge: read whole below
    return _best(without_recalled(masked))


# the parts of a headline that may each tell an event ("Two killed in Panjgur attack, four hurt in Quetta grenade blast")
_HEADLINE_PARTS = re.compile(r"[,;:]|\s(?:—|–|-)\s")


def headline_method(title: str) -> TypeMatch | None:
    """The headline's event type, unless another part of it tells an event of another type with its own toll ("Two
    FC men martyred in Panjgur attack, four hurt in Quetta grenade blast"): a headline of two events names no one
    method of the lead's, and the grenade of Quetta's part is not how the Panjgur attack was done. A part that counts
    no victims ("; Islamic State claims attack", ", Hezbollah says attack targeted its commander") names the same
    event, and the method stays."""
    tm = classify(title)
    if tm is None:
        return None
    a = 0
    for b, nxt in [(m.start(), m.end()) for m in _HEADLINE_PARTS.finditer(title)] + [(len(title), len(title))]:
        part = title[a:b]
        if not a <= tm.start < b and (other := classify(part)) is not None and other.strong \
                and other.event_type != tm.event_type \
                and tolled(part):
            return None
        a = nxt
    return tm


# an earlier event named by its time ("a huge bombing in Kabul earlier this week", "last week's attack")
_NOT_VERB = r"(?!(?:were|was|is|are|has|have|had|been|be)\b|[\w-]+ed\b)"  # a word of the event's noun phrase
# the times after an event's noun and before it, each with the cue it cannot match without (outside any group): a
# sentence that holds no cue recalls nothing, so most trigger sentences are settled by one search (`_TIME_CUE`)
_SOME = r"(?:\d+|" + number_words.count_words() + r") (?:days|weeks|months|years)"  # data/number_words.csv
_UNITS = r"(?:hours?|days?|weeks?|months?|years?)"
PAST_AFTER_TIMES = (("earlier", r"earlier (?:this|that|last) (?:week|month|year)"), ("last", r"last (?:week|month|year)"),
                    ("ago", _SOME + r" ago"), ("earlier", _SOME + r" earlier"), (r"in (?:19|20)\d\d", r"in (?:19|20)\d\d"))
PAST_BEFORE_TIMES = (("last", r"\blast (?:week|month|year)['’]s"),
                     ("day['’]", r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s"), ("day['’]", r"\byesterday['’]s"),
                     ("after", r"\b" + _UNITS + r" after\s+(?:an?|the)"), ("since", r"\b" + _UNITS + r" since\s+(?:an?|the)"))
_PAST_AFTER = re.compile(r"(?:\s+" + _NOT_VERB + r"[a-z-]+)?(?:\s+(?:in|at|near|on)\s+(?:the\s+)?[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?\s+"
                         r"(?:" + "|".join(p for _, p in PAST_AFTER_TIMES) + r")\b", re.I)
_PAST_BEFORE = re.compile(r"(?:" + "|".join(p for _, p in PAST_BEFORE_TIMES) + r")\s+(?:" + _NOT_VERB + r"[\w-]+\s+){0,2}$",
                          re.I)
_TIME_CUE = re.compile("|".join(sorted({c for c, _ in PAST_AFTER_TIMES + PAST_BEFORE_TIMES})), re.I)
# the time phrases themselves, anywhere: a sentence where none occurs recalls nothing, however many triggers and cue
# words ("after the match") it holds; one search instead of a pass per trigger over a sentence that can be a page
_TIME_PHRASE = re.compile(r"(?:" + "|".join(p for _, p in PAST_AFTER_TIMES) + r")\b|"
                          + "|".join(p for _, p in PAST_BEFORE_TIMES), re.I)


def recalled(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the strong triggers that name an earlier event by its time ("a protest that began at the site
    of a huge bombing earlier this week", "mourners of Sunday's attack")."""
    out: list[tuple[int, int]] = []
    if not _TIME_CUE.search(sentence) or not _TIME_PHRASE.search(sentence):
        return out  # no time phrase can match without its cue
    for t in triggers():
        for m in t.rx.finditer(sentence):
            if m.group().lower() in _WEAK:
                continue
            if (after := _PAST_AFTER.match(sentence, m.end())) is not None:
                out.append((m.start(), after.end()))
            elif _PAST_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                out.append(m.span())
    return out


# "police killed three bandits who had abducted 12 travellers": a pluperfect relative clause tells what the people
# it describes had done before the event the main clause tells
_PRIOR_RELATIVE = re.compile(r"\b(?:who|that|which)\s+had\s+(?:(?:earlier|previously|allegedly|reportedly|recently)\s+)?"
                             r"(?!been\b)[a-z]+ed\b[^,;:.()]*", re.I)
# a crowd that "had gathered" (assembled, massed) outside a post is where the people stood when the event struck, the
# scene itself, not an earlier event; only a crowd's noun before it and no object after the verb ("men who had
# assembled the bombs", "who had gathered intelligence" stay earlier deeds)
_CROWD_BEFORE = re.compile(r"\b(?:crowds?|worshippers|worshipers|residents|youths|people|villagers|students|supporters|"
                           r"workers|traders|women|protesters|demonstrators|mourners|hundreds|thousands|dozens)\s+$", re.I)
_SCENE_VERB = re.compile(r"(?:who|that)\s+had\s+(?:gathered|assembled|massed|converged|congregated)"
                         r"(?:\s+(?:outside|in|at|near|around|on|before|along|behind|inside|to|for)\b|\s*[,;:.]|\s*$)", re.I)


def _crowd_scene(sentence: str, m: re.Match[str]) -> bool:
    """The pluperfect clause at `m` tells where a crowd stood ("villagers who had gathered outside a police post")."""
    return _SCENE_VERB.match(sentence, m.start()) is not None \
        and _CROWD_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) is not None


@lru_cache(maxsize=256)
def without_recalled(sentence: str) -> str:
    """Cached: retype reads the same sentences once per incident, and a sentence with no full stop can be a whole
    page (one pass per trigger over it). The sentence without the earlier events it recalls by their time or by a pluperfect relative clause, when it
    tells an event of its own (a strong trigger outside them); else unchanged ("Sunday's bombing killed 12" is still
    that bombing)."""
    spans = recalled(sentence) + [m.span() for m in _PRIOR_RELATIVE.finditer(sentence) if not _crowd_scene(sentence, m)]
    if not spans:
        return sentence
    rest = _blank(sentence, spans)
    own = _best(rest)
    return rest if own is not None and own.strong else sentence


# a comma and a conjunction join a second main clause ("Violence has killed thousands since 2019, and on Monday
# gunmen shot dead eight miners"): a record in one says nothing of the event the other tells
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|yet)\s+")


def _clause_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the parts a sentence joins ("X killed four; 1,200 have fled since 2019"), cut where
    `segment.clauses` cuts and at ", and" / ", but": a record in one part ("since 2019") says nothing of the event the
    other tells."""
    return list(_clause_cuts(sentence))


@lru_cache(maxsize=4096)  # each event word of a sentence asks (`years_back`, `recalled`): cut once per sentence
def _clause_cuts(sentence: str) -> tuple[tuple[int, int], ...]:
    from worker.extract.segment import CLAUSE_CUT  # segment reads the cleaner's rules; imported when needed
    cuts = sorted({m.span() for rx in (CLAUSE_CUT, _JOINED_CLAUSE) for m in rx.finditer(sentence)})
    starts = [0] + [b for _, b in cuts]
    ends = [a for a, _ in cuts] + [len(sentence)]
    return tuple(zip(starts, ends))


# a projectile the sentence tells thrown (by fans, protesters, a crowd) is a missile of the hand, not a shell
_THROWN = re.compile(r"\b(?:threw|thrown|throw(?:s|ing)|hurl(?:ed|ing|s)|toss(?:ed|ing)|lobb(?:ed|ing)|pelt(?:ed|ing))\b",
                     re.I)


def _best(masked: str) -> TypeMatch | None:
    best: TypeMatch | None = None
    for t in triggers():
        if best is not None and (t.priority, True, True) <= (best.priority, best.strong, not best.doer):
            continue  # the best match this row could give (strong, no doer; a weak one ranks 2, no row lower) loses
        for m in t.rx.finditer(masked):
            if modal(masked, m.start()):
                continue
            # "residents heard a loud explosion": what witnesses heard does not establish the method
            strong = m.group().lower() not in _WEAK and not _HEARD.search(masked[max(0, m.start() - 60):m.start()])
            doer = not strong and t.event_type == "attack" and m.group().lower() in _CASUALTY_WORDS \
                and _violent_casualty(masked, m.start(), m.end())
            if not doer and m.group().lower() in _INVASION:
                continue  # "floodwaters invaded their homes", "troops invaded East Timor in 1975": no attack
            if t.event_type == "shelling" and "projectile" in m.group().lower() and _THROWN.search(masked):
                continue  # "fans threw flares and projectiles ... a projectile hit a linesman": thrown, no shell
            strong = strong or doer
            cand = TypeMatch(t.event_type, t.priority if strong else 2, m.start(), m.end(), strong, doer=doer)
            if best is None or (cand.priority, cand.strong, not cand.doer) > (best.priority, best.strong, not best.doer):
                best = cand
            if strong:  # "10 were killed when fighters attacked": a weak word never hides a strong one of its row
                break
    if best is not None and best.event_type == "bombing" and best.strong and _only_blasts(masked):
        best = replace(best, blast=True)
    if best is not None and best.event_type in ("shelling", "air_strike") and _denied_means(masked, best.start):
        best = replace(best, denied=True)
    if best is None or best.priority < 2:  # "bodies bearing signs of torture", "a mass grave": a killing's mark, weak
        mark = _body_marks().search(masked)
        if mark is not None and not modal(masked, mark.start()) and not _HISTORY.search(masked) \
                and not _body_marks("history").search(masked):
            best = TypeMatch("attack", 2, mark.start(), mark.end(), False)
    strikes = _state_strikes().finditer(masked) if "strike" in masked.lower() else ()  # a long alternation: run it
    crafts = (m for m in _craft_kills().finditer(masked) if _craft_kill(masked, m)) \
        if _craft_nouns().search(masked) else ()  # a long alternation (every demonym): only where a craft is named
    for m, priority in [*((m, _STATE_STRIKE_PRIORITY) for m in strikes), *((m, _CRAFT_PRIORITY) for m in crafts)]:
        cand = TypeMatch("air_strike", priority, m.start(), m.end(), True)
        if not modal(masked, m.start()) and (best is None or (cand.priority, cand.strong) > (best.priority, best.strong)):
            best = cand
    return best


# the words of a blast that name no means ("an explosion", "two blasts", "exploded"): a shell, a rocket or a bomb
_BLAST_WORDS = frozenset({"blast", "blasts", "explosion", "explosions", "exploded"})


# a means said not to be the cause ("ruled out a rocket attack", "was not caused by a rocket") or a leftover shell
# found or handled, not fired ("playing with an old mortar shell", "an unexploded shell")
_DENIED_MEANS = re.compile(r"\b(?:not|no|never|n['’]t|ruled out|rule out|ruling out|denied|dismissed|rejected)\b"
                           r"(?:\s+[\w'’-]+){0,5}\s*$|\b(?:old|unexploded|leftover|left-over|abandoned|rusty|rusting|"
                           r"dud|found|picked up|playing with|handling)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _denied_means(sentence: str, start: int) -> bool:
    """The shells or aircraft named at `start` are denied or lie idle (`_DENIED_MEANS` in the words before)."""
    return bool(_DENIED_MEANS.search(sentence[max(0, start - 50):start]))


def _only_blasts(sentence: str) -> bool:
    """Every bombing word of the sentence is a blast's (`_BLAST_WORDS`): "a blast rocked the market", not "a roadside
    bomb exploded"."""
    return all(m.group().lower() in _BLAST_WORDS for t in triggers() if t.event_type == "bombing"
               for m in t.rx.finditer(sentence))


# below shelling: "a Russian missile strike" names its missile, which decides (missile strikes are shelling)
_STATE_STRIKE_PRIORITY = 7
_STRIKERS = r"coalition|regime|government|nato|allied|military|army|(?-i:US|U\.S\.)"


@cache
def _state_strikes() -> re.Pattern[str]:
    """"Israeli strikes on Gaza killed 20", "a US strike killed three militants": a strike the text gives to a state,
    its forces or a coalition, with what it struck or did, comes from the air or from afar; every country's
    demonym (data/demonyms.csv) can tell it. A general or hunger strike names no such side."""
    return re.compile(r"\b(?:" + _demonyms() + "|" + _STRIKERS + r")(?:[- ]led)? (?:air |drone |aerial )?strikes?\b"
                      r"(?=\s+(?:on (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|the (?:issue|question|grounds?))|targeting|(?:(?:that|which|have|has|had|also|reportedly)\s+)*(?:hit|hits|"
                      r"killed|kill|kills|struck|destroyed|wounded|injured|pounded|flattened|levell?ed))\b)", re.I)


_CRAFT_PRIORITY = 9  # as the air strike rows of data/triggers.csv
_SIDE_WORDS = _STRIKERS + r"|air ?force|enemy"
_CRAFT_HURTS = r"killed|kill|kills|killing|wounded|injured|destroyed|shelled"
_CRAFT_PASSIVE = r"killed|wounded|injured|hit|struck|targeted"


@cache
def _craft_kills() -> re.Pattern[str]:
    """"Military jets killed 12 villagers", "nine people were killed by helicopters": a war craft (data/war_aircraft.csv)
    that kills, as subject or in a by-phrase, flies an air strike. A craft any flyer has ("aircraft", "plane") is one
    only as a side's (a demonym, "military", "air force"): a plane that kills may have crashed. "killed in a
    helicopter crash" is an accident's."""
    rows = data_rows("war_aircraft.csv")
    def nouns(alone: str) -> str:
        return literal((r["noun"] for r in rows if r["alone"] == alone), loose=True, plural=True)
    sides = _demonyms() + "|" + _SIDE_WORDS
    craft = r"(?:(?:" + nouns("yes") + r")|(?:" + sides + r")(?:[- ]led)?\s+(?:(?:" + sides + r")\s+)?(?:" + nouns("no") + r"))"
    return re.compile(r"\b(?:(?P<subject>" + craft + r")\s+(?:(?:also|reportedly|then|later)\s+)?(?:" + _CRAFT_HURTS
                      + r")|(?:" + _CRAFT_PASSIVE + r")\s+(?:by|from|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?P<agent>"
                      + craft + r")(?!\s+(?:crash|accident|collision|mishap)))\b", re.I)


def _craft_kill(sentence: str, m: re.Match[str]) -> bool:
    """A craft's kill, not a team's: a craft noun capitalised inside the sentence is a name ("the Jets killed the
    Patriots' drive": New York's football team), as a side's craft is written in lower case."""
    at = m.start("subject") if m.group("subject") else m.start("agent")
    word = _craft_nouns().search(sentence, at, m.end())
    return word is None or not sentence[word.start()].isupper() or not sentence[:word.start()].strip()


@cache
def _demonyms() -> str:
    """Every country's demonym (data/demonyms.csv) as one alternation, longest first: the side a strike is given to.
    Grouped by first character (alternation.grouped_literal, the same matches): tried at every position of every
    sentence that names a craft ("a suicide bomber"), the plain join of some 300 names cost 60 µs a sentence."""
    from worker.extract.countries import demonyms  # the demonym table; types stays importable without it until used
    return grouped_literal(d for d in demonyms() if len(d) > 2)


@cache
def _craft_nouns() -> re.Pattern[str]:
    """The last word of each craft noun of data/war_aircraft.csv ("jets", "gunship", "bombers")."""
    return re.compile(r"\b(?:" + "|".join(re.escape(r["noun"].split()[-1].split("-")[-1]) for r in data_rows("war_aircraft.csv"))
                      + r")s?\b", re.I)


@cache
def _opens() -> CaselessTest:
    """Whether a sentence has a trigger or a follow-up word: one scan, as most sentences have neither."""
    return CaselessTest(at_word_starts([t.pattern for t in triggers()] + [rx.pattern for _, rx in _followups()]
                                       + [r"\bstrikes?\b", r"\b(?:" + _CRAFT_HURTS + "|" + _CRAFT_PASSIVE + r")\b"]
                                       + [r["pattern"] for r in data_rows("body_marks.csv") if r["kind"] == "mark"]))
    # a side's strike (_state_strikes) and a craft's kill (_craft_kills) are read in full past their verb


@cache
def _followups() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """New actions on an earlier event (data/followups.csv), in file order."""
    return tuple((r["event_type"], data_pattern(r["pattern"], "followups.csv")) for r in data_rows("followups.csv"))


@cache
def _body_marks(kind: str = "mark") -> re.Pattern[str]:
    """What the found dead bear or where they lie that tells a killing (data/body_marks.csv, kind "mark"): signs of
    torture, bound hands, a mass grave; weak words, an event only with the dead they count. Kind "history": the
    words that set a grave or its dead in history (centuries, skeletons, a world war)."""
    return rows_pattern("body_marks.csv", lambda r: r["kind"] == kind)


@cache
def _recovered() -> re.Pattern[str]:
    """Explosives found, seized or defused (data/recoveries.csv)."""
    return rows_pattern("recoveries.csv")


@dataclass(frozen=True)
class Precedence:
    """A type that yields to another when its incident's text shows what the other needs (data/precedence.csv)."""
    sources: frozenset[str]
    to: str
    requires: re.Pattern[str]
    agent: re.Pattern[str]
    unless: re.Pattern[str]


@cache
def _precedence() -> tuple[Precedence, ...]:
    """The rules of data/precedence.csv; "{armed_nouns}" in a pattern stands for every armed noun of
    data/role_words.csv, so a rule about armed doers knows all the lexicon knows ("islamists", "combatants")."""
    from worker.extract.violent_doers import doer_nouns  # the armed-noun lexicon; read with the rules
    def rx(r: dict[str, str], column: str) -> re.Pattern[str]:
        return data_pattern(r[column].replace("{armed_nouns}", doer_nouns()), "precedence.csv")
    return tuple(Precedence(frozenset(r["from"].split("|")), r["to"], rx(r, "requires"), rx(r, "agent"), rx(r, "unless"))
                 for r in data_rows("precedence.csv"))


def retype(event_type: str, texts: list[str], whole: list[str] | None = None) -> str:
    """The incident's type after the precedence rules: "security forces shot dead six protesters" is a protest
    (force against protesters), not an attack. `whole` (the full sentences of clauses split off at a semicolon)
    is read for what vetoes a rule: "Protesters clashed with police; two officers were killed when protesters
    stoned their vehicle" tells the riot in the sibling clause."""
    joined = " ".join(without_recalled(t) for t in texts)
    vetoed = joined if whole is None else joined + " " + " ".join(without_recalled(t) for t in whole)
    for p in _precedence():
        if event_type in p.sources and p.requires.search(joined) and p.agent.search(joined) \
                and not p.unless.search(vetoed):
            return p.to
    return event_type


@cache
def _references() -> re.Pattern[str]:
    """Words that point back at an earlier event ("suspected of", "in connection with"; data/references.csv)."""
    return rows_pattern("references.csv")


@cache
def _event_cues() -> re.Pattern[str]:
    """References that imply an earlier violent event by themselves ("after a three-day manhunt")."""
    return rows_pattern("references.csv", lambda r: r["names_event"] == "yes")


# a reference runs to the end of its clause: punctuation, a finite verb of the main clause ("the victims of the attack
# will be laid to rest"), or a follow-up word ("suspects in the Crocus attack charged with terrorism")
_REF_END = re.compile(r"[,;:.()]|\s(?:—|–|-)\s|\b(?:will|would|was|were|has|have|had|is|are)\b", re.I)


# a reference that opens a subordinate clause ("after nine herders were killed in Benue") holds that clause's own
# verbs: it runs to the clause's punctuation or the follow-up word, not to its first auxiliary
_CLAUSE_END = re.compile(r"[,;:.()]|\s(?:—|–|-)\s")


@cache
def _deed_verb() -> re.Pattern[str]:
    """A finite violent verb in the past ("killed", "shot dead", "stabbed to death", "abducted": the killing phrases of
    data/manner_of_death.csv and the verbs of other attacks), not a gerund nor a perfect ("having killed")."""
    from worker.extract import manner_of_death  # the one killing lexicon; it imports nothing of types
    return re.compile(r"(?<!having )(?<!been )(?<!being )(?<!to )\b(?:" + manner_of_death.kills() + r"|attacked|abducted|"
                      r"kidnapped|wounded|injured|ambushed|stormed|bombed)\b"
                      # with an object after it: "killed 12 people", "shot dead a chief"; not the participle of a
                      # reduced relative ("buried the three policemen killed by the gunmen", "killed in the ambush")
                      r"(?=\s+(?:(?:at least|more than|nearly|about|some|over|up to)\s+)?(?:\d|(?:an?|the|his|her|their|its|"
                      r"several|many|dozens|scores|hundreds|" + number_words.count_words() + r")\b|(?-i:[A-Z])))", re.I)


# a relative or subordinate word: the verb after it is the charge's own ("the attack that killed 12")
_SUBORDINATE = re.compile(r"\b(?:who|whom|whose|which|that|where|when|after|before|while|as)\b", re.I)


def _main_deed(sentence: str, start: int) -> int | None:
    """Where the main clause's own violent verb follows a charge's noun phrase ("A man wanted for the attack in Jos
    killed 12 people"): the charge ends before it. None when a relative or subordinate word comes first (the
    verb is then the charged deed's: "wanted for the attack that killed 12")."""
    v = _deed_verb().search(sentence, start)
    if v is None or _SUBORDINATE.search(sentence, start, v.start()):
        return None
    return v.start()


# the comma of a place and the region or country it lies in ("in Lewiston, Maine on Wednesday", "Kano, Nigeria."):
# a capitalised name after a capitalised name, then a preposition, a conjunction, punctuation or the end
_PLACE_COMMA = re.compile(r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
                          r"(?=\s+(?:on|in|at|and|near|last|this|early|late|during|when|where|which|that)\b|\s*[,;:.]|\s*$)")

_NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]*$")
_NAME_REACH = 100  # the name before a comma is read in this many characters: a search from 0 at every comma was quadratic


def _phrase_end(end_rx: re.Pattern[str], sentence: str, start: int) -> re.Match[str] | None:
    """The first end of a charge phrase after `start`, passing over the comma that ties a place to its region."""
    while (e := end_rx.search(sentence, start)) is not None and e.group() == "," \
            and _NAME_BEFORE.search(sentence, max(0, e.start() - _NAME_REACH), e.start()) \
            and _PLACE_COMMA.match(sentence, e.start()):
        start = e.end()
    return e


def reference_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the phrases that name an earlier event as what someone is suspected of or charged with."""
    return list(_reference_spans(sentence))


@lru_cache(maxsize=4096)
def _reference_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """reference_spans, cached: classify and the toll's charge_spans ask about the same sentences."""
    out: list[tuple[int, int]] = []
    for m in _references().finditer(sentence):
        if out and m.start() < out[-1][1]:
            continue
        if m.group()[:5].lower() == "accus" and state_accusations.accused_force(sentence, m.start()):
            continue  # "police were accused of killing four men": the killing is the news, not a charge's past
        start = m.start() + m.group().rfind(" ") + 1  # "charged with the attack": the charge stays, its object goes
        timed = bool(_TIME_OPENER.search(m.group()))
        end_rx = _CLAUSE_END if timed else _REF_END
        ends = [e.start() for e in [_phrase_end(end_rx, sentence, m.end())] if e is not None]
        if not timed and (v := _main_deed(sentence, m.end())) is not None:
            ends.append(v)  # "a man wanted for the attack in Jos killed 12 in Bauchi": the main clause's own deed
        ends += [f.start() for _, rx in _followups() for f in [rx.search(sentence, m.end())] if f is not None]
        out.append((start, min(ends, default=len(sentence))))
    return tuple(out)


def named_as_charge(sentence: str, tm: TypeMatch) -> bool:
    """The sentence's event word lies in a phrase that names it as what someone is suspected of, charged with, tried
    or sentenced for ("sentenced five men to death for killing 12 villagers"): the sentence tells no event of its own
    with it."""
    return any(a <= tm.start < b for a, b in reference_spans(sentence))


# the words that open a clause of an earlier event ("after", "following", "in the wake of")
_TIME_WORDS = r"(?:after|following|in the (?:wake|aftermath) of)"
_TIME_OPENER = re.compile(r"\b" + _TIME_WORDS + r"\s*$", re.I)  # a reference that ends in one
_OPENS_IN_TIME = re.compile(_TIME_WORDS + r"\b", re.I)  # a span that begins with one
# an earlier event named by a definite noun ("after the attack", "following Monday's bombing") is one the article
# tells or its readers know: no event of its own in this sentence
_NAMED_BACK = re.compile(r"\s*(?:the|this|that|these|those|its|their|his|her|[\w-]+['’]s)\b", re.I)


def recalled_event(sentence: str, tm: TypeMatch | None) -> tuple[int, int] | None:
    """(start, end) of the earlier event a follow-up sentence tells as a clause of its own ("police arrested four
    suspects after gunmen killed nine herders in Benue"): as README's convention for recalled attacks, it is a
    background incident of its own beside the follow-up, which keeps the sentence. None when the sentence is no
    follow-up, or names the event only by a definite noun without a toll ("a day after the attack")."""
    for a, clause, told in _followed_clauses(sentence, tm):
        counted = tolled(clause)
        # a definite subject with its own toll ("after the militants killed nine herders") tells the event anew
        if (told.strong or counted) and (counted or not _NAMED_BACK.match(clause)):
            return a, a + len(clause)
    return None


def follows_event(sentence: str, tm: TypeMatch | None) -> bool:
    """The follow-up sentence names the event it follows in a clause of its own, anew or retold by definite nouns
    ("Police arrested nine men after the bandits killed the farmers"): the follow-up is an action of its own."""
    return next(iter(_followed_clauses(sentence, tm)), None) is not None


def _followed_clauses(sentence: str, tm: TypeMatch | None) -> Iterator[tuple[int, str, TypeMatch]]:
    """(start, text, type) of the clauses a follow-up sentence opens with "after"/"following" that tell a violent
    event (no follow-up of their own)."""
    if tm is None or not tm.followup:
        return
    for m in _references().finditer(sentence):
        if not _TIME_OPENER.search(m.group()):
            continue
        span = next(((a, b) for a, b in reference_spans(sentence) if a <= m.end() <= b), None)
        if span is None:
            continue
        a = m.end() + len(sentence[m.end():]) - len(sentence[m.end():].lstrip())
        clause = sentence[a:span[1]].rstrip()
        told = classify(clause)
        if told is not None and not told.followup:
            yield a, clause, told


# an opener of a clause that tells an earlier event beside the sentence's own ("..., days after a blast in Quetta
# killed 10", "... on Tuesday after the militants killed nine herders on Sunday"); `dist` a stated distance ("hours
# after", "two days after"): the clause's event is another one, even on the same day
_EARLIER = re.compile(r"(?:^\W*|(?<=\s))(?:(?P<dist>(?:(?:just|only|barely|less than|some|about)\s+)?(?:(?:an?|\d{1,2}|"
                      + number_words.count_words() + r")\s+)?(?:hours?|days?|weeks?|fortnight|months?|years?))\s+)?"
                      + _TIME_WORDS + r"\b", re.I)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def earlier_clauses(sentence: str) -> list[tuple[int, int, bool]]:
    """(start, end, distant) of the clauses opened by "after"/"following" that tell an event of their own (a strong
    trigger, a toll, or any trigger at a stated distance: "days after a raid"), to their punctuation; `distant`: the opener states how long before ("hours after", "days after")."""
    return list(_earlier_clauses(sentence, sport_pages.state()))


@lru_cache(maxsize=4096)  # six readings of a sentence ask (its day, recalled, died-of, aside places...): found once
def _earlier_clauses(sentence: str, _page: tuple[str, ...] | None = None) -> tuple[tuple[int, int, bool], ...]:
    """`earlier_clauses` on the page being read (`_page`: classify's answer depends on it, so the cache is keyed by it)."""
    out: list[tuple[int, int, bool]] = []
    for m in _EARLIER.finditer(sentence):
        a = m.end() + len(sentence[m.end():]) - len(sentence[m.end():].lstrip())
        end = _CLAUSE_END.search(sentence, a)
        clause = sentence[a:end.start() if end else len(sentence)].rstrip()
        head = _clause_head(clause)
        told = classify(head) if head else None
        if told is not None and not told.followup and (told.strong or tolled(head) or m.group("dist") is not None):
            # a weak word with a stated distance ("days after a raid on the village in April") is another event too
            # "the day after ...": counted from a day the sentence names (a statement's, "said Monday, the day
            # after security forces dispersed ..."), not from its event
            distant = m.group("dist") is not None and not _THE_BEFORE.search(sentence, 0, m.start("dist"))
            out.append((a, a + len(clause), distant))
    return tuple(out)


# the characters of an "after" clause read for its event: no news clause runs this long (a long run-on one is about
# 500), so any clause a newsroom writes is read whole; only a run-on page of "after" clauses with no punctuation, where
# every clause would run to the page's end and the reading turn quadratic, is cut (the span returned still runs to the
# clause's end)
_CLAUSE_READ = 2000


_SPACE = re.compile(r"\s")


def _clause_head(clause: str) -> str:
    """The clause, or its first `_CLAUSE_READ` characters carried on to the first whitespace at or after the limit
    (any whitespace: a word is never cut, and a word ending at the limit is kept)."""
    if len(clause) <= _CLAUSE_READ:
        return clause
    cut = _SPACE.search(clause, _CLAUSE_READ)
    return clause[:cut.start()] if cut else clause


def tolled(clause: str) -> bool:
    """The clause counts dead or wounded ("nine herders were killed"): a weak trigger that tells its event."""
    from worker.extract import casualties  # casualties reads the toll grammar; no cycle at import
    return bool(casualties.counts(clause, "killed") or casualties.counts(clause, "injured"))


def _blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    return sentence


# the trend an event is set against ("..., amid a spate of attacks") or the day a crowd marked ("blew themselves up
# among crowds marking the anniversary of ..."): after an event told first, it is only backdrop
_BACKDROP = re.compile(r"\b(?:amid|surge|rise|wave|spate|series|spike|increase|uptick|upsurge|in recent|anniversary)\b",
                       re.I)


# a crowd there to mark the day ("among mourners marking the anniversary of ..."): the event struck that day's crowd
_MARKING = re.compile(r"\b(?:marking|commemorating|observing|celebrating|to (?:mark|commemorate|observe|celebrate))\s+"
                      r"(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def _marked_now(sentence: str, at: int) -> bool:
    """An anniversary is a backdrop only for a crowd marking it as the event struck ("blew himself up among mourners
    marking the anniversary"); "a vigil on Monday, the anniversary of the attack" or "India marked the anniversary"
    recall the old event, which stays context. Every other backdrop word qualifies as it is."""
    return not sentence[at:at + 11].lower() == "anniversary" or bool(_MARKING.search(sentence[:at]))


def context(sentence: str) -> bool:
    """Background trends ("amid a surge in militant violence since November") are never an incident; an event told
    before its backdrop ("a suicide attack killed 11, amid a spate of attacks") still is."""
    sentence = _RELATIVE_ASIDE.sub(lambda r: " " * len(r.group()), sentence)
    m = _CONTEXT.search(sentence)
    if m and ((_BACKDROP.match(sentence, m.start()) and _marked_now(sentence, m.start())
               and _told_before(sentence, m.start()))
              or _told_beside(sentence, m.start())):
        return False
    return bool(m or (_MANY.search(sentence) and _SPAN.search(sentence)) or habitual(sentence))


def _set_off(sentence: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the phrase around `at` that a comma sets off from the main clause: fronted ("Amid a surge in
    violence, ...") or an aside between two commas ("Bandits, notorious for kidnappings, ..."); None when no comma
    closes it. A spaced dash or a semicolon opens a closing part that runs to the sentence's end ("Six soldiers were
    killed near Boni on Tuesday - the army has lost 60 men in such attacks this year")."""
    if (closed := _COMMA.search(sentence, at)) is not None:  # a comma inside a figure ("1,080") sets off nothing
        return max((c.end() for c in _COMMA.finditer(sentence, 0, at)), default=0), closed.end()
    opened = [m for m in _PART_MARK.finditer(sentence, 0, at)]
    if not opened or opened[-1].group().strip() == ",":
        return None
    # a dash pair sets off an aside and the clause resumes after it ("Militants killed six soldiers - the army has
    # lost 60 men in such attacks this year - near Djibo on Tuesday"): the part ends at the closing dash
    closing = _DASH_MARK.search(sentence, at) if opened[-1].group().strip() in _DASHES else None
    return opened[-1].start(), closing.end() if closing else len(sentence)


# a dash typed without a dash key or its spaces ("on Thursday -- more than 3,000 have died", "on Thursday—more than
# 3,000"): the same mark as a spaced dash (offsets stay the text's own: the pattern reads it, nothing rewrites it)
TYPED_DASH = r"\s--\s|(?<=\w)—(?=\w)"
_DASHES = frozenset(("-", "–", "—", "--"))
_COMMA = re.compile(r",(?!\d)")  # a comma inside a figure ("1,080") is no mark
# the last mark before a record: a dash or semicolon opens a part of its own
_PART_MARK = re.compile(r",(?!\d)|;|\s[-–—]\s|" + TYPED_DASH)
_DASH_MARK = re.compile(r"\s[-–—]\s|" + TYPED_DASH)


def _told_beside(sentence: str, at: int) -> bool:
    """The backdrop or record at `at` lies in a phrase set off by commas, and the rest of the sentence tells an event
    of its own with its day ("Amid a surge in violence, gunmen killed 15 villagers on Monday", "Bandits, notorious
    for kidnappings, abducted 25 travellers on Thursday"): the phrase frames that event, it does not replace it."""
    span = _set_off(sentence, at)
    if span is None:
        return False
    rest = _blank(sentence, [span])
    tm = classify(rest)
    return tm is not None and not tm.followup and (tm.strong or tolled(rest)) and bool(_own_day().search(rest))


@cache
def _habit_words() -> re.Pattern[str]:
    """Frequency adverbs (data/role_words.csv habitual_adverbs); "repeatedly" only after a perfect auxiliary ("has
    repeatedly attacked"), since "repeatedly stabbed the victim" tells how one act went."""
    from worker.extract.syntax import word_lists  # the parse's lexicons; types stays importable without spaCy
    words = literal(w for w in word_lists()["habitual_adverbs"] if w != "repeatedly")
    # "militants still carry out hit-and-run attacks": what a group goes on doing, told by a habitual verb with the
    # plural of its acts ("were still fighting off attacks" is an ongoing event, not a habit)
    acts = literal(word_lists()["habitual_act_verbs"])
    still = (r"still (?:" + acts + r") (?:[\w-]+ ){0,3}?"
             r"(?:attacks|raids|ambushes|bombings|abductions|kidnappings|killings)")
    return re.compile(r"\b(?:(?:has|have|had) repeatedly|" + still + "|" + words + r")\b", re.I)


@cache
def _own_day() -> re.Pattern[str]:
    """A single day: a weekday, "yesterday", "last night", a month with its day ("May 3", "3 May")."""
    from worker.extract.dates import MONTHS, WEEKDAYS
    from worker.extract.syntax import word_lists
    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    days = "|".join(sorted([*WEEKDAYS, *word_lists()["day_words"]], key=len, reverse=True))
    parts = "|".join(word_lists()["day_parts"])
    return re.compile(r"\b(?:(?:" + days + r")(?!s\b)|(?:last|this) (?:" + parts + r")|(?:" + months + r")\.? \d{1,2}\b|"
                      r"\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:" + months + r"))\b", re.I)


def habitual(clause: str) -> bool:
    """A clause that tells what someone does habitually ("Gunmen often raided villages in Zamfara in 2023") with
    no toll and no day of its own is background: the act it frames is told by a clause of its own ("on Friday they
    killed 9 farmers"), never by the habit."""
    from worker.extract import casualties  # casualties reads the toll grammar; no cycle at import
    return bool(_habit_words().search(clause)) and not _own_day().search(clause) and \
        not casualties.counts(clause, "killed") and not casualties.counts(clause, "injured")


# ", which often carries out such attacks,": a relative clause set off by commas describes the noun before it, not
# what the sentence tells; the main clause's event stands ("X, which ..., killed five soldiers")
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\b[^,;:.]*,")


def asides(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the relative clauses set off by commas (", which was blamed for a bombing in 2022,"): what
    they recall describes their noun, so the caller may read the sentence's own event without them."""
    return [r.span() for r in _RELATIVE_ASIDE.finditer(sentence)]


_RECALLED = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
# a trigger that opens with a past verb ("shot dead", "hanged two men", "stormed"), not an event's noun ("the attack")
_PAST_VERB = re.compile(r"(?:[a-z-]+ed|shot|blew|threw|hurled|struck|hit|fought|set|beat|burnt|slit|took|held|overran)\b",
                        re.I)


# the subject's relative clause that ends at the court's verb ("A man who murdered his neighbour in a row over
# parking was jailed for life"): the crime the convict is known by, told by no day or place of its own
_CONVICT_RELATIVE = re.compile(r"\b(?:who|that)\s+[^,;:.()\"“”]{3,200}?,?\s+(?:was|were|has been|have been|had been|is|are|"
                               r"will be)\s+(?:also\s+|now\s+|today\s+|finally\s+)?$", re.I)


def _convict_described(sentence: str, at: int, start: int) -> bool:
    """The trigger at `start` lies in the relative clause that describes the subject of the court's verb at `at`
    (`_CONVICT_RELATIVE`), and the clause names no day of its own: a verdict, sentence or acquittal, no event."""
    m = _CONVICT_RELATIVE.search(sentence, max(0, at - 240), at)
    return m is not None and m.start() <= start and not _own_day().search(sentence, m.start(), at)


def _told_before(sentence: str, at: int) -> bool:
    """A strong trigger before `at`: the sentence reports its own event before it adds background or a record; not
    the crime a convict is described by ("A man who murdered his neighbour ... was jailed for life")."""
    tm = classify(sentence[:at]) if at else None
    if tm is not None and _convict_described(sentence, at, tm.start) and _COURT_VERB.match(sentence, at):
        return False
    # "The exchange of fire comes amid a surge ...": an event already told, recalled by its definite noun; a verb
    # after a definite subject tells the event ("The gunmen shot dead two men accused of theft")
    return tm is not None and tm.strong and (not _RECALLED.search(sentence, 0, tm.start)
                                             or bool(_PAST_VERB.match(sentence, tm.start)))


def definite_reference(sentence: str, tm: TypeMatch) -> bool:
    """The trigger is a noun that points back ("wounded in the attack", "since the attacks"), not a verb that tells
    a deed ("gunmen attacked"): after a backdrop it names the backdrop's event, no new one. A noun given its own
    target or place ("the attack on a checkpoint", "the raid in Kofa village") tells a new event."""
    return bool(_RECALLED.search(sentence, 0, tm.start)) and not _PAST_VERB.match(sentence, tm.start) \
        and not _OWN_TARGET.match(sentence, tm.end)


# a trigger noun's own target or place: "the attack on a checkpoint", "the raid in Kofa village"
_OWN_TARGET = re.compile(r"\s+(?:on|at|in|near|against|outside|inside)\s+(?!(?:which|whom|that)\b)", re.I)


@cache
def _cause_words() -> re.Pattern[str]:
    """Any disease or natural cause of death of data/natural_causes.csv, wherever the sentence names it."""
    return data_pattern(r"\b(?:" + literal((r["word"].strip() for r in data_rows("natural_causes.csv")), loose=True,
                                            plural=True) + r")\b", "natural_causes.csv")


# "died of heatstroke", "were confirmed dead after eating poisonous mushrooms", "dying from a snake bite": the
# sentence gives its dead a cause of its own; a cause naming no violence is another cause than the act told before
_DEATH_CAUSE = re.compile(r"\b(?:died|dying|dead|deaths?|perished|succumbed)\s+(?:[\w'’-]+\s+){0,2}?(?:of|from|after)\s+"
                          r"(?P<cause>[^.;,]+)", re.I)
_VIOLENT_CAUSE = re.compile(r"\b(?:wounds?|injur(?:y|ies)|bullets?|gunshots?|burns|torture|beatings?|blows?|stab|"
                            r"machetes?|blast|explosion|clash(?:es)?|violence)\b", re.I)


def other_cause(sentence: str) -> bool:
    """The sentence tells its dead died of a cause naming no violence ("after eating poisonous mushrooms", "of
    heatstroke"): not the toll of an act told before it."""
    return any(not any_trigger().search(m.group("cause")) and not _VIOLENT_CAUSE.search(m.group("cause"))
               for m in _DEATH_CAUSE.finditer(sentence))


def names_natural_cause(sentence: str) -> bool:
    """The sentence names a disease or a natural cause ("died in the drought", "cholera"): its dead may be that
    cause's, not a violent act's."""
    return bool(_cause_words().search(sentence))


@cache
def _natural_causes() -> re.Pattern[str]:
    """A disease or natural cause of death (data/natural_causes.csv: "cholera", "famine", "a heat wave", each word
    also in its plural) told as the killer: the word anywhere would turn an attack in a drought into an accident."""
    cause = r"(?:" + literal((r["word"].strip() for r in data_rows("natural_causes.csv")), loose=True, plural=True) + r")\b"
    return data_pattern(r"\b" + cause + _CAUSE_AS_KILLER + r"|" + _DIED_OF + cause, "natural_causes.csv")


# a natural cause told as the killer, not a word of the scene ("herdsmen killed 12 in a dispute worsened by drought"):
# the subject of the killing verb ("cholera killed 30", "a cold snap has killed six", "the measles outbreak, which
# killed nine"), or what the dead died of ("died of cholera", "deaths from malnutrition", "killed by the heat wave")
_CAUSE_AS_KILLER = (r"(?:[- ](?:outbreak|epidemic|pandemic|virus|disease|crisis|conditions|season|spell|related)s?)?"
                    r"(?:\s*,?\s*(?:which|that))?\s+(?:has\s+|have\s+|had\s+|also\s+|now\s+|reportedly\s+){0,2}"
                    r"(?:killed|kills|killing|claimed|claims|left|leaves|leaving|caused|deaths?|death toll|fatalities)\b")
_DIED_OF = (r"\b(?:died|dies|dying|dead|deaths?|killed|perished|succumbed|fatalities)\s+(?:of|from|by|due to|to|"
            r"after contracting|as a result of)\s+(?:the\s+|an?\s+|suspected\s+|severe\s+)?(?:[\w-]+\s+){0,2}?")


# an animal's attack, or a blow at an animal: "a crocodile attack", "killed by a saltwater crocodile", "a ranger
# shot the crocodile", "threw rocks at the animal"; the word after each opener is checked against the animal lexicon
_ANIMAL_ACT = re.compile(r"\b(?P<noun>[a-z]+)\s+attacks?\b|\b(?:attack(?:ed|s)?|mauled|gored|killed|bitten|trampled)\s+by\s+"
                         r"(?:an?|the|two|three|several)\s+|\b(?:shot|shoots|shooting|killed|kills|speared|culled|"
                         r"stoned|clubbed|harpooned|(?:threw|hurled|throwing) (?:rocks|stones|spears|sticks) at|fired at)"
                         r"\s+(?:the|an?|its|two|three|several)\s+", re.I)
_ANIMAL_HEAD = re.compile(r"[a-z-]+(?: [a-z-]+){0,3}", re.I)  # the words of a noun phrase, up to a punctuation mark
_PHRASE_ENDS = frozenset({"which", "who", "that", "was", "were", "is", "are", "had", "has", "have", "in", "at", "on",
                          "near", "and", "but", "with", "from", "to", "of", "as", "while", "when", "after", "before",
                          "during", "by", "for", "into", "onto", "off", "then"})
# animal-lexicon words that also name people, machines or states (data/animal_nouns.csv is WordNet's)
_NOT_ANIMALS = frozenset({"young", "drone", "drones", "mule", "mules", "stray", "pig", "pigs", "kid", "kids", "rat",
                          "rats", "snake", "snakes", "dog", "dogs", "bull", "bulls", "hawk", "hawks", "worker",
                          "workers", "queen", "male", "female", "adult", "juvenile", "game"})


def _animal(word: str) -> bool:
    from worker.extract import toll_phrases  # the animal lexicon; toll_phrases reads this module
    return word.lower() not in _NOT_ANIMALS and (word.lower() in ("animal", "animals", "beast", "beasts")
                                                 or toll_phrases.is_animal_noun(word))


def without_animal_acts(sentence: str) -> str:
    """The sentence with an animal's attack and a blow at an animal blanked ("It is the first fatal crocodile
    attack", "a ranger later shot the crocodile"): no violence between people. Words the lexicon shares with people
    or weapons ("drone", "mule", "young") are not read as animals."""
    if "ttack" not in sentence and not _ANIMAL_ACT.search(sentence):
        return sentence
    spans: list[tuple[int, int]] = []
    for m in _ANIMAL_ACT.finditer(sentence):
        if m.group("noun") is not None:
            if _animal(m.group("noun")):
                spans.append(m.span())
            continue
        head = _ANIMAL_HEAD.match(sentence, m.end())
        words = head.group().split() if head else []
        # a participle after the first word opens the head's own phrase: "shot two herders grazing cattle", "gunmen
        # riding camels" (the head is the person), while "the charging elephant" keeps its head
        cut = next((i for i, w in enumerate(words) if w.lower() in _PHRASE_ENDS or (i and w.lower().endswith("ing"))),
                   len(words))
        if cut and _animal(words[cut - 1]):  # the noun phrase's head: "a saltwater crocodile while ...", not
            # "three cattle rustlers"
            spans.append((m.start(), m.end() + len(" ".join(words[:cut]))))
    return _blank(sentence, spans) if spans else sentence


def accident(texts: list[str], whole: list[str] | None = None) -> bool:
    """A toll with a non-violent cause ("a bus skidded into a gorge", "a fire broke out", "cholera killed 30", or an
    attack ruled out: "police ruled out terrorism") and no violent one, told as no deliberate act ("a car sped into
    the crowd ...; police suspect a planned attack" is a ramming told with a crash's words). `whole`: the full sentences of the
    clauses `texts`, where intent is told or denied after a semicolon ("...; police ruled out terrorism")."""
    joined = " ".join(texts)
    told = " ".join(whole) if whole else joined
    # read first: a violent word, found early in a violent story, settles it; a figure of speech (data/negatives.csv:
    # "the plant was a bomb waiting to explode") names no violence
    if cues()["violent"].search(joined) and cues()["violent"].search(without_animal_acts(negatives().sub(" ", joined))):
        return False
    # a vehicle driven into people is a crash told with an attack's words unless the story says it was deliberate
    return bool((cues()["accident"].search(joined) or _natural_causes().search(joined)
                 or cues()["vehicle_into_people"].search(joined)
                 or cues()["intent_denied"].search(told)) and not told_deliberate(told))


def rammed(sentence: str, deliberate: bool) -> TypeMatch | None:
    """A vehicle driven into people ("a car sped into crowds", "the truck ploughed into pedestrians") as a ramming
    attack, when the story tells the act deliberate (`deliberate`: told_deliberate of the story); otherwise it is
    told as an accident is, and no event of its own."""
    m = cues()["vehicle_into_people"].search(sentence) if deliberate else None
    return TypeMatch("attack", 3, m.start(), m.end(), True) if m else None


def told_deliberate(text: str) -> bool:
    """Does the text say the act was done on purpose or was an attack (data/cues.csv intent), leaving out what
    it denies ("police ruled out terrorism", "there was no sign the crash was deliberate") and what it leaves open
    ("police have not ruled out terrorism": a hedge)?"""
    if not cues()["intent"].search(text):
        return False  # most stories tell no intent: the denials need not be blanked (a pass over the whole story)
    return bool(cues()["intent"].search(cues()["intent_open"].sub(" ", cues()["intent_denied"].sub(" ", text))))


_ARMED_METHODS = ("air_strike", "suicide_bombing")
_SIDES = re.compile(r"\b(?:communal|inter-?communal|ethnic|tribal|sectarian|inter-?clan|rival)\s+(?:[\w-]+\s+)?"
                    r"(?:violence|clash(?:es)?|fighting|clans?|communities|groups|gangs?|militias?|factions?|tribes?)\b|"
                    r"\bclashing (?:communities|clans|groups|gangs|militias|factions|tribes)\b", re.I)


def security_evidence(event_type: str, texts: list[str]) -> bool:
    """Does an incident's text show the security side of what its trigger words say (data/cues.csv)?"""
    joined = " ".join(texts)
    if event_type == "protest":
        return bool(cues()["protest_force"].search(joined) and cues()["crowd"].search(joined))
    if event_type == "arrest":
        return bool(cues()["security_crime"].search(joined))
    if event_type == "riot" and cues()["protest_force"].search(joined):
        return True
    if event_type in _ARMED_METHODS:
        return True  # an air strike or a suicide bombing names its armed side in its own words
    if event_type in ("armed_clash", "riot") and _SIDES.search(joined):
        return True  # "fighting between two rival clans": the sides are named as communities, clans or gangs
    return bool(cues()["actors"].search(joined))


# "may have been murdered", "no evidence supports that he was killed": a possibility is not an event
_MODAL = re.compile(r"\b(?:may|might|could|would|likely to) (?:have )?(?:been |be )?\w*\s*$|\bno evidence\b.*$|"
                    r"\b(?:suggest\w*|theor\w+|speculat\w+|rumou?r\w*|alleg(?:ing|ations?) that)\b[^.]*$|"
                    r"\b(?:fears?|feared|threat(?:en(?:ed|s)?)?|plans?|plot(?:ted|ting)?|warn(?:ed|s|ing)?) (?:of |to |that )?(?:an? |the )?\w*\s*$",
                    re.I)


# "no arrests have been made", "have not arrested anyone", "yet to arrest", "working to arrest those behind it"
_UNDONE = re.compile(r"\b(?:no|not|never|n['’]t|without|(?:yet|working|trying|efforts?|bid|vow(?:ed|s)?|seeking|sought|"
                     r"pledged|promised|failed|moving|hunt|manhunt) to)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def undone(sentence: str, start: int) -> bool:
    """The follow-up word at `start` is denied or only sought ("no arrests have been made", "efforts to arrest
    the killers"): no action was taken, so the sentence tells no follow-up."""
    return bool(_UNDONE.search(sentence, max(0, start - 40), start))


_FEARED = re.compile(r"\bfeared\s+$", re.I)
_TOLL_WORD = re.compile(r"(?:killed|dead|slain|drowned)\b", re.I)
_UNSURE = re.compile(r"\b(?:if|whether|unclear)\b[^,.;]*$", re.I)


def modal(sentence: str, start: int) -> bool:
    """The trigger at `start` is a possibility, a threat or a plan ("may have been murdered", "feared attacks"),
    or an open question ("it is unclear whether that explosion came from a suicide car bombing")."""
    if _FEARED.search(sentence, max(0, start - 10), start) and _TOLL_WORD.match(sentence, start):
        return False  # "ten persons were feared killed": a reported toll, not a fear of one
    return bool(_MODAL.search(sentence[max(0, start - 40):start]) or _UNSURE.search(sentence[:start]))


def umbrella(sentence: str) -> bool:
    """"Several shootings and an explosion were reported": a summary of several events, not one event's method."""
    return bool(_MANY.search(sentence))


def generic(sentence: str) -> bool:
    """Lists of activities ("involvement in target killings and robberies") name no single event; a record told
    after the event ("police shot dead a man accused of corruption") does not undo it."""
    m = _GENERIC.search(sentence)
    return bool(m) and not _told_before(sentence, m.start()) and not _ACCUSER.search(sentence, 0, m.start()) \
        and not _told_beside(sentence, m.start()) \
        and not (m.group().lower() == "accused of" and state_accusations.accused_force(sentence, m.start())) \
        and not _victims_described(sentence, m)


# what a reduced relative says the victims were accused of, up to the verb of the sentence ("Three women accused of
# witchcraft were burned to death", "two men accused of stealing a goat were lynched")
_CHARGE = re.compile(r"(?:(?!(?:were|was|have|has|had|by)\b)[\w'’-]+[\s,]+){1,6}?(?=(?:were|was|have been|has been|had been)\s)",
                     re.I)


def _victims_described(sentence: str, m: re.Match[str]) -> bool:
    """The generic phrase is a reduced relative after the victims ("Three women accused of witchcraft were burned to
    death", "A teacher known for criticising the militants was beheaded"): it describes them by a charge or a
    renown that names no violent deed, and the verb after it tells the sentence's own event."""
    if m.group().lower() not in ("accused of", "known for") or not re.search(r"[a-z]+s?\s+$", sentence[max(0, m.start() - 20):m.start()]):
        return False
    charge = _CHARGE.match(sentence, m.end() + 1)
    if charge is None or any_trigger().search(charge.group()):
        return False
    rest = classify(sentence[charge.end():])
    return rest is not None and rest.strong and not rest.followup


# "killed a village headman they accused of being an informer": a subject right before "accused" is the killers
# accusing their victim (a motive, active voice), not a charge against the sentence's subject
_ACCUSER = re.compile(r"\b(?:they|he|she|who|whom)\s+(?:had\s+|have\s+|has\s+)?$", re.I)
