"""Perpetrators (canonical names from data/groups.csv), target categories (data/targets.csv) and claims."""
from __future__ import annotations

import re

from functools import cache, lru_cache
from typing import Sequence

from worker.extract import group_names, number_words, types
from worker.extract.affiliated_doers import affiliated_doers, said_to_be_rx, spoken_for, sponsored
from worker.extract.alternation import literal
from worker.extract.apposed_groups import apposed_role
from worker.extract.group_compounds import compounds_in
from worker.extract.countries import demonyms
from worker.extract.dates import MONTHS, WEEKDAYS
from worker.extract.gazetteer import data_rows, groups, named_groups, states, targets
from worker.extract.idle_groups import claim_phrase as _claim_phrase, idle_after, sided_with, speaks_for
from worker.extract.last_text import last_text
from worker.extract.named_countries import names_pattern
from worker.extract.exchanges import tells_exchange
from worker.extract.other_acts import armed_nouns, in_peaceful_time_clause
from worker.extract.own_clauses import own_clauses, roles_as_written
from worker.extract.own_deeds import own_deed
from worker.extract.speech_verbs import blame_verbs, report_verbs
from worker.extract.syntax import CAPTOR, CUSTODY, SIDE, Role, victim_of, word_lists
from worker.extract.toll_phrases import person_nouns

_ATTRIBUTION = re.compile(r"\b(?:police|officials?|army|military|authorities|spokes(?:man|woman|person))\s+"
                          r"(?:said|say|says|told|claimed|added|stated|confirmed|reported)\b|"
                          r"\b(?:according to|said|told)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:police|officials?|military|army)\b|"
                          r"\bpress release issued by\b.{0,60}|\bpolice (?:statement|sources?)\b|"
                          # "a police spokesperson said", "district police officer Irfanullah said"
                          r"\b(?:(?:police|army|military|security)\s+(?:spokes\w+|officials?|officers?|chief|sources?|"
                          r"commissioner|superintendent)|governor|mayor|minister|prosecutors?|spokes\w+|administration)"
                          r"(?:\s+\(?[A-Z][\w.)-]*){0,3},?\s+(?:said|says|told|added|confirmed)\b",
                          re.I)
_CLAIM = re.compile(r"\bclaim(?:ed|s)? (?:responsibility|the attack)|\battack claimed by|\bresponsibility\b", re.I)
STATE_TYPES = {"arrest", "air_strike", "shelling"}
FORCE_TARGETS = ("police", "military", "paramilitary", "security forces")


def groups_in(sentence: str) -> list[tuple[str, str, int, int]]:
    """(canonical, kind, start, end) for every armed group or state force named in the sentence, but an acronym
    the sentence spells out as another body's ("the Food Standards Agency (FSA)": not the Free Syrian Army)."""
    return list(_groups_in(sentence))


@lru_cache(maxsize=4096)  # the doers, the targets and the claims of an incident read the same sentences
def _groups_in(sentence: str) -> tuple[tuple[str, str, int, int], ...]:
    rx, table = groups()
    found = [(table[m.group().lower()].canonical, table[m.group().lower()].kind, m.start(), m.end())
             for m in rx.finditer(sentence)]
    return tuple(g for g in found if not _abbreviates_another(sentence, g, found))


_NAME_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PARTICLES = {"of", "the", "for", "and", "in", "on", "de", "du", "la", "des", "to", "&"}


def _abbreviates_another(sentence: str, g: tuple[str, str, int, int], found: list[tuple[str, str, int, int]]) -> bool:
    """Whether a bracketed all-caps alias is the acronym of the words before it ("Labour Relations Act (LRA)"),
    those words not being a name of the same group ("Lord's Resistance Army (LRA)"): news spells out an acronym at
    its first use, and the lexicon's short acronyms are also those of agencies, laws and firms."""
    canonical, _, start, end = g
    acronym = sentence[start:end]
    if not acronym.isupper() or sentence[start - 1:start] != "(" or sentence[end:end + 1] != ")":
        return False
    if any(c == canonical and start - 3 <= b < start for c, _, _, b in found):
        return False  # "Kurdistan Workers' Party (PKK)": the lexicon's own long name
    words = [w for w in _NAME_WORD.findall(sentence[max(0, start - 100):start - 1]) if w.lower() not in _PARTICLES]
    spelled = words[-len(acronym):]
    return len(spelled) == len(acronym) and "".join(w[0] for w in spelled).upper() == acronym.upper() and all(
        w[0].isupper() for w in spelled)


_AGENT_BEFORE = re.compile(r"\b(?:by|claimed by|carried out by|blamed on|(?:commander|member|leader|fighters?|militants?|"
                           r"gunmen|insurgents|cadres?|rebels|troops|soldiers) (?:of|from))\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
_AGENT_AFTER = re.compile(r"^(?:(?!\b(?:was|were|been|being|is|are)\b)[\s)\w'’(,-]){0,40}?\b(?:attack(?:ed|s)?|stormed|killed|carried out|launched|claimed|ambushed|"
                          r"abducted|kidnapped|fired|detonated|seized|captured|struck|raided|targeted|shot|bombed|responded|retaliated|"
                          r"fighters|militants|gunmen|insurgents|cadres|commander|suicide bomber|bombers?|inmates)\b", re.I)
_NOT_AGENT_BEFORE = re.compile(r"\b(?:against|targeting|targeted|on|at|killed|attacked|arrested|captured|detained|beheaded|"
                               r"abducted|kidnapped)\s+['‘\"“]?(?:the\s+)?(?:(?!(?:when|as|after|while|because|before|since|until|"
                               r"where|in|at|near|inside|into|from)\b)\w+\s+){0,2}$", re.I)  # "killed when X blew up": X did it
# (a quote may open after the preposition: "a mission against 'terrorists and bandits'", the army's own words)
# "identified as a member of Hezbollah": the victim's group (checked before "member of", which makes a doer)
_IDENTIFIED_AS = re.compile(r"\b(?:identified|described|named) as (?:an? )?(?:\w+ ){0,2}?(?:member|commander|leader|"
                            r"fighter|militant)s? of\s+(?:the\s+)?$", re.I)
_CONTEXT_BEFORE = re.compile(r"\b(?:work(?:ed|ing|s)? for|employed by|employees? of|"
                             r"ally of|allied to|allied with|despite|with|from|linked to|affiliated (?:to|with)|"
                             r"loyal to|inspired by|splinter of)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
# "claimed" as "asserted": a claim verb right after a name whose object is a clause with a doer of its own, by a
# passive's agent ("M23 claimed the massacre was committed by the army") or a subject ("claimed that soldiers had
# killed"); a doer that points back to the name ("claimed that its fighters", "by the group") keeps it the doer
_ASSERTS_OTHERS = re.compile(
    r"^[\s)]*(?:(?-i:[a-z][\w-]*)\s+){0,2}?claim(?:ed|s)\s+(?:that\s+)?(?!(?:its|their|it|they|the group)\b)"
    r"(?:(?!(?:that|which|who|whose|it|they|its|their|was|were|is|are|had|has|have)\b)[\w'’-]+\s+){1,4}?"
    r"(?:(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:carried out|committed|perpetrated|staged|"
    r"launched|orchestrated|conducted|done)\s+by\s+(?!(?:its|their|the group|them|it)\b)|"
    r"(?:had\s+|have\s+)?(?:carried out|committed|perpetrated|staged|launched|orchestrated|killed|massacred|attacked)\b)",
    re.I)


_PATIENT_AFTER = re.compile(r"^[\s\w'’-]{0,30}?\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:captured|arrested|killed|detained|"
                            r"attacked|targeted|abducted|kidnapped|injured|wounded|ambushed)\b|"
                            # "IS fighters were among the 12 people killed": among the victims
                            r"^[\s\w'’-]{0,30}?\b(?:was|were|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                            r"(?:dead|killed|victims|casualties|wounded|injured|fatalities)\b", re.I)


AGENT, PATIENT, CONTEXT = "agent", "patient", "context"
# "officials suspected Kataib Hezbollah of firing them": the verb, never the adjective ("suspected X militants")
_SUSPECT_BEFORE = re.compile(r"\bsuspect(?:s|ed)?\s+(?:the\s+)?$", re.I)
# ... of a violent deed ("of firing them", "of being behind the attack"), not "of smuggling fuel" (deed_verbs, event_nouns)


@cache
def _of_a_deed() -> str:
    """The pattern of "of" and a violent deed: a deed_verbs "-ing" form, an event noun, "being behind"."""
    lists = word_lists()
    doing = literal([w for w in lists["deed_verbs"] if w.endswith("ing")] + ["carrying out"])
    return (r"\s+of\s+(?:(?:being\s+)?(?:behind|involved|responsible)\b|involvement\b|(?:" + doing + r")\b|"
            r"(?:the|an?|this|that)\s+(?:\w+\s+)?(?:" + literal(lists["event_nouns"]) + r")\b)")


def _suspected_of(after: str) -> bool:
    """Right after "suspected X": "... of" a violent deed (`_of_a_deed`)."""
    return re.match(r"^[^.;,]{0,40}?" + _of_a_deed(), after, re.I) is not None


# "Ansaru was blamed for the attack by local officials", "al-Shabaab, which has carried out similar attacks, has been
# blamed for the killings": the subject of a passive blame, whatever the parse hangs the by-phrase on
_BLAMED_SUBJECT = re.compile(r"^[\s)]*(?:,[^,.;]{1,80},\s*)?(?:was|were|is|are|has been|have been|had been)\s+"
                             r"(?:(?:widely|also|reportedly|initially|quickly|since|swiftly|immediately)\s+)?"
                             r"(?:blamed|held responsible)\s+for\b", re.I)
# "X was initially blamed for the killing, but police later said ...": a blame the sentence goes on to set aside
_REFUTED = re.compile(r"\bbut\b[^.;]{0,80}?\b(?:said|says|found|concluded|determined|established|believed?)\b", re.I)


# a blame told as the first word of a source that then turned to another: "officials initially blamed the ADF but
# later said ...", "X was first blamed for the raid, but police later said ..."
_FIRST_BLAME_BEFORE = re.compile(r"\b(?:initially|first|originally|at first|earlier|previously)\s+(?:blamed|accused|suspected)"
                                 r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_FIRST_BLAMED_AFTER = re.compile(r"[\s)]*(?:was|were|had been|has been)\s+(?:initially|first|originally|at first)\s+"
                                 r"(?:blamed|accused|suspected|held responsible)\b", re.I)


def retracted_blame(sentence: str, start: int, end: int, others: list[int]) -> bool:
    """The name at [start, end) is the target of a blame its source withdrew in the same sentence ("Officials
    initially blamed the ADF but later said CODECO militiamen were responsible"): no doer, whatever the parse makes
    of the first blame. Only a later word naming another doer (`others`: where other names start) withdraws it:
    "initially blamed CODECO, but later said the group's commander had ordered the attack" confirms it."""
    if not (_FIRST_BLAME_BEFORE.search(sentence, max(0, start - 80), start) or _FIRST_BLAMED_AFTER.match(sentence, end)):
        return False
    refuted = _REFUTED.search(sentence, end)
    return refuted is not None and any(o >= refuted.start() for o in others)


@cache
def _speaker_doer() -> re.Pattern[str]:
    """"ISIS said on one of its Telegram channels that the group captured ...", "JNIM on Sunday said two of its
    fighters ambushed ...": right after a name, a report whose clause gives the deed to the speaker's own men
    (`own_deeds`); the speaker is the doer."""
    return re.compile(r"^[\s)]*(?:[’']s\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:on\s+\w+day\s+)?" + own_deed(), re.I)
_NEGATED = re.compile(r"\b(?:not|nor|never)\s+(?:the\s+|an?\s+)?$", re.I)
# "a splinter group of the Pakistani Taliban", "a district held by Islamic State": named for who the doers are or
# where it happened, not as the doer
# "groups linked to al-Qaeda and Islamic State": a name joined to the one before it shares its part when the
# parse gives it none of its own
_COORDINATED = re.compile(r"\s*(?:,|,?\s+(?:and|or|as well as))\s+(?:the\s+)?", re.I)
_AFFILIATION = re.compile(r"\b(?:linked to|affiliated (?:to|with)|loyal to|inspired by|allied (?:to|with)|"
                          r"(?:splinter|breakaway) (?:group |faction )?of|offshoot of|"
                          r"(?:held|controlled|run|occupied|besieged|dominated|displaced) by)\s+(?:the\s+)?$", re.I)


# the owner of the place or gathering an event struck, in a phrase of place: "at the funeral of an X commander",
# "near the office of X", "at a rally of the X party"; not who gave the orders or whose hands did it ("at the hands
# of", "on the orders of", "on behalf of") nor a doer's own ranks ("fighters from a faction of X")
_WHERE_OF = re.compile(r"\b(?:at|near|outside|inside|in|into|on|onto|towards?)\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
                       r"(?:(?!(?:hands|orders?|behalf|instructions?|command|direction|name|part)\b)[\w'’-]+\s+){1,2}?"
                       r"of\s+(?:the\s+|an?\s+)?(?:(?-i:[a-z])[\w-]+\s+)?$", re.I)


def _agent(sentence: str, start: int, end: int) -> str | None:
    """AGENT when the words around a group name make it the doer, PATIENT when they make it the side that suffered,
    CONTEXT when it is only named in passing ("despite the ceasefire by", "worked for ... in the past")."""
    before, after = sentence[max(0, start - 60):start], sentence[end:end + 100]
    if _PATIENT_AFTER.search(after[:60]):
        return PATIENT
    if _speaker_doer().search(after):
        return AGENT
    if _IDENTIFIED_AS.search(before) or _aimed_at().search(before):
        return PATIENT  # "the strike was aimed at Pakistani Taliban fighters": the target, though "fighters" follows
    if _AFFILIATION.search(before):
        return CONTEXT  # "jihadists linked to al-Qaeda attacked": the group is named for who the doers are
    if _WHERE_OF.search(before):
        return CONTEXT  # "at the funeral of an al-Shabaab commander", "near the office of X": where it happened
    if _NEGATED.search(before):
        return CONTEXT  # "the suspects were not PKK members", "not Boko Haram but ISWAP"
    if _blame_before().search(before) and _blamed_later(after):
        return PATIENT  # "blamed the strike on an X camp on the army": the first "on" is what the strike hit
    if _ASSERTS_OTHERS.search(after[:100]):
        return CONTEXT  # "M23 claimed the massacre was committed by the army": the accuser, not the accused
    if _AGENT_BEFORE.search(before) or _blame_before().search(before) or _AGENT_AFTER.search(after[:60]) \
            or (_SUSPECT_BEFORE.search(before) and _suspected_of(after)):
        return AGENT  # "blamed the attack on X": whom the text blames did it, the "on" is no target's
    if _NOT_AGENT_BEFORE.search(before) and not _blames_name().search(before):
        return PATIENT  # not "Officials on Sunday blamed ISWAP": whom a blame names is no victim of an "on"
    if _CONTEXT_BEFORE.search(before):
        return CONTEXT
    return None


@cache
def _aimed_at() -> re.Pattern[str]:
    """What a strike was aimed at or a mission sent against, right before a name (data/role_words.csv aimed_verbs,
    mission_nouns; the word pattern of roles.jsonl aimed_verb_at and mission_against, for a sentence not parsed):
    "the strike was aimed at a Pakistani Taliban commander", "a mission against ISWAP"."""
    lists = word_lists()
    return re.compile(r"\b(?:(?:" + literal(lists["aimed_verbs"]) + r")\s+(?:at|against)|(?:"
                      + literal(lists["mission_nouns"]) + r")\s+against)\s+['‘\"“]?(?:the\s+|an?\s+)?"
                      r"(?:(?!(?:when|as|after|while|because|before|since|until|where|in|at|near|by)\b)[\w-]+\s+){0,2}$",
                      re.I)


@cache
def _blames_name() -> re.Pattern[str]:
    """A blame verb (data/role_words.csv blame_verbs) right before a name ("blamed ISWAP", "accused the ADF")."""
    return re.compile(r"\b(?:" + blame_verbs() + r")\s+(?:the\s+)?$", re.I)


@cache
def _blame_before() -> re.Pattern[str]:
    """A blame verb (data/role_words.csv blame_verbs) and the event it pins, right before a name ("blamed the attack
    on ", "blamed the recent killings on the"): the name is the doer, not what the event struck."""
    return re.compile(_blamed_event().pattern[:-1] + r"on\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


_CLAUSE_END = re.compile(r"[,;:.()]|\b(?:after|when|saying|as|while|because|who|which|that)\b", re.I)
_ON_NEXT = re.compile(r"(?<!based )\bon\s+(?:the\s+|a\s+|an\s+)?([\w'’-]+)", re.I)


def _blamed_later(after: str) -> bool:
    """Whether a second "on" follows a name in its clause and names someone, not a time ("... on a rival gang", not
    "... on Monday"): then the blame's "on" before the name said what the event struck (syntax._blamed_later)."""
    clause = after[:m.start()] if (m := _CLAUSE_END.search(after)) else after
    times = set(WEEKDAYS) | set(MONTHS) | set(word_lists()["day_words"])
    return any(m.group(1).lower() not in times and not m.group(1)[0].isdigit() for m in _ON_NEXT.finditer(clause))


@cache
def _blamed_event() -> re.Pattern[str]:
    """A blame verb and the words of the event it pins, right before an event word ("blamed the attack" of "blamed
    the attack on X"), not a blame of someone "for" or "of" it ("blamed X for the attack on a village")."""
    return re.compile(_blame_verb().pattern + r"+(?:(?!(?:for|of)\b)[\w'’-]+\s+){0,3}$", re.I)


@cache
def _blame_verb() -> re.Pattern[str]:
    """A blame verb (data/role_words.csv blame_verbs) and the space after it: what every _blamed_event match opens
    with, a cheap test before searching for one."""
    return re.compile(r"\b(?:" + blame_verbs() + r")\s", re.I)


@cache
def _rule_noun() -> re.Pattern[str]:
    """A noun of rule or territory right after a name (data/role_words.csv rule_nouns)."""
    return re.compile(r"^[’']?s?\s*(?:" + literal(word_lists()["rule_nouns"]) + r")\b", re.I)


def _rules_over(sentence: str, end: int) -> bool:
    """Whether the group before `end` only qualifies a noun of its rule or its territory ("the Taliban takeover",
    "Houthi authorities", "an al-Shabaab stronghold"): it says who governs or holds the place, not who struck."""
    return bool(_rule_noun().match(sentence[end:end + 40]))


def _unnamed_doer(found: list[Role] | None, sentence: str) -> bool:
    """Whether the parse makes someone the parse cannot name the doer: a person or armed noun ("a suicide bomber",
    "Gunmen" opening the sentence) with no group, force or name in its phrase. A group the parse gives no role in
    that sentence is then named for another reason (where, whose funeral), not as the doer."""
    return any(r.role == AGENT and _nameless(r, not sentence[:r.start].strip()) for r in found or ())


def _nameless(r: Role, opens: bool = False) -> bool:
    """Whether the role's phrase is only a person or armed noun ("gunmen", "a suicide bomber", "Militants" opening
    the sentence when `opens`) with no group, force or name in it: it names nobody a perpetrator field could hold."""
    people = person_nouns() | armed_nouns()
    words = r.core.split()
    if opens and words and r.text.split()[:1] == words[:1]:
        words = [words[0].lower()] + words[1:]  # the sentence's capital, not a name's
    return (r.head in people or _singular(r.head) in people) and not groups_in(r.text) \
        and not any(w[:1].isupper() for w in words) and not group_names.is_force(r.text) \
        and not _ANAPHORIC.search(r.text)


_ANAPHORIC = re.compile(r"\b(?:its|their|his|the group'?s?|the organi[sz]ation'?s?)\b", re.I)  # "its fighters": named
# a doer phrase that opens on the pronoun, or on a part of its men: "its fighters", "two of its members"
_POINTS_BACK = re.compile(r"(?:[\w-]+\s+of\s+)?" + _ANAPHORIC.pattern, re.I)


@cache
def _denial() -> re.Pattern[str]:
    """A denial verb of data/role_words.csv ("denied", "rejected"): a sentence that disputes who did it."""
    return re.compile(r"\b(?:" + literal(word_lists()["denial_verbs"]) + r")\b", re.I)


@lru_cache(maxsize=4096)  # asked at each group a sentence names (`perpetrators`): read once per sentence
def _denies(sentence: str) -> bool:
    """The sentence has a denial verb (`_denial`), or someone says that it or its men did not do the deed ("the
    Houthis said their forces had not attacked the depot": `own_deeds`)."""
    return _denial().search(sentence) is not None or _own_denies(sentence)


def _own_denies(sentence: str) -> bool:
    """Someone says that it or its men did not do the deed (`own_deeds`), and the sentence blames no other group: not
    "said its forces had not fired on civilians and blamed Fano", not "Police blamed X but said they had not ..."; a
    blamed group that answers for itself ("The RSF blamed the army, which said it did not target") still denies."""
    m = _own_denial().search(sentence)
    if m is None or _blame_verb().search(sentence, m.end()):
        return False
    return _blame_verb().search(sentence[:m.start()]) is None or _ANSWERS.search(sentence[:m.start()]) is not None


_ANSWERS = re.compile(r"\b(?:which|who)\s+(?:\w+\s+)?$", re.I)  # "..., which said": the blamed group speaks


@cache
def _own_denial() -> re.Pattern[str]:
    return re.compile(own_deed(negated=True), re.I)


def _parsed(found: list[Role] | None, start: int, end: int, sentence: str = "") -> str | None:
    """The role the parse gives the words at [start, end): that of the narrowest actor phrase holding them; CONTEXT
    for a charge (`_CHARGES`: "accused the rebels of") in a sentence that says it was denied."""
    r = _narrowest(found, start, end, sentence)
    if r is None:
        return None
    return CONTEXT if r.name in _CHARGES and _denies(sentence) else r.role


def _narrowest(found: list[Role] | None, start: int, end: int, sentence: str = "") -> Role | None:
    """The narrowest actor phrase of the parse holding the words at [start, end), else the modifier of an event noun
    the words hold: a lexicon alias may span the doer and its event noun ("an Israeli strike": "Israeli" is the
    parse's doer of "strike"); else the alias's head noun alone (`_alias_head`)."""
    inside = [r for r in found or () if r.start <= start and end <= r.end]
    if not inside:
        inside = [r for r in found or () if r.name == "noun_modifier" and start <= r.start and r.end <= end]
    if not inside:
        # "Suspected Boko Haram militants operating ... killed": the parse's phrase is "militants" alone, but a name
        # written right before the men's noun says whose men they are
        inside = [r for r in found or () if 0 < r.start - end <= 1 and _nameless(r)]
    if not inside and sentence:
        inside = [r for r in found or () if _alias_head(r, start, end, sentence)]
    return min(inside, key=lambda r: r.end - r.start) if inside else None


_OF_PHRASE = re.compile(r"\s+(?:of|from)\s")


def _alias_head(r: Role, start: int, end: int, sentence: str) -> bool:
    """Whether the parse's phrase `r` is the head noun of a lexicon alias whose "of"/"from" phrase the parser hung on
    another word ("fighting between the ELN guerrilla and dissidents of the former FARC": "of the former FARC" taken
    for the ELN's, the side's phrase left as "dissidents"): the phrase starts where the alias starts and ends inside
    it, right before its "of"/"from". Not a phrase that only overlaps the alias, starts elsewhere or ends at another
    word of it ("Islamic" of "Islamic State"): those name something else."""
    return r.start == start and start < r.end < end and _OF_PHRASE.match(sentence, r.end, end) is not None


def _acquit_victims(found: list[tuple[int, str, str, str | None]],
                    charged: set[tuple[int, str]]) -> list[tuple[int, str, str, str | None]]:
    """`found` with CONTEXT for the charges against a group the incident's own violence struck ("gunmen killed five X
    members ... the army held X responsible for earlier attacks"): the victims of an attack are not its doers, and
    a charge made of them speaks of other attacks. A group also named as the doer of an act stays a doer."""
    victims = {c for _, c, _, a in found if a == PATIENT}
    acted = {c for i, c, _, a in found if a == AGENT and (i, c) not in charged}
    acquitted = victims - acted
    return [(i, c, k, CONTEXT if a == AGENT and c in acquitted and (i, c) in charged else a) for i, c, k, a in found]


@cache
def _speaker() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(speaker noun, speaker noun and report verb, "according to") patterns of a group named only as whose people
    report the event: "..., Hamas officials said", "a Boko Haram commander told reporters", "according to Houthi
    media", "according to the Tuareg-led X" (data/role_words.csv speaker_nouns, report_verbs). The group that speaks
    of an attack is the source, not its doer."""
    nouns = literal(word_lists()["speaker_nouns"])
    noun = r"^[\s'’]*(?:s\s+)?(?:[a-z-]+\s+)?(?:" + nouns + r")\b"
    # the speaker's own name may follow its title: "a Taliban spokesman Zabihullah Mujahid said"
    named = r"(?:\s+(?-i:[A-Z][\w'’.-]*)){0,4}"
    return (re.compile(noun, re.I), re.compile(noun + named + r"(?:\s*,[^,]{1,60},)?\s+(?:" + report_verbs() + r")\b",
                                               re.I),
            re.compile(r"\baccording to\s+(?:the\s+|an?\s+)?(?:\w[\w-]*\s+)?$", re.I))  # "the Tuareg-led X"


def _only_speaks(sentence: str, start: int, end: int, found: list[Role] | None = None) -> bool:
    """Whether the group at [start, end) is named only as the side whose officials or media report the event, or as
    the subject of a report verb whose clause the parse gives another doer ("Houthi rebels said a US strike killed
    five", "the RSF said army drones killed"), or of a report clause that closes a sentence whose doer the parse
    names before it ("Army helicopters strafed a market, the X militia said" or "..., according to the X militia");
    a clause that points back to the speaker keeps it the doer ("ISIS said the group captured": `_speaker_doer`; "X
    said its fighters killed": `_anaphor_agent`, asked first), and so does one with no doer ("IS said the attack was
    aimed at ...": its claim)."""
    noun, speaks, according = _speaker()
    after = sentence[end:end + 80]
    source = according.search(sentence[max(0, start - 40):start]) is not None
    if speaks.match(after) or (source and noun.match(after)):
        return True
    if source:
        return any(r.role == AGENT and not r.start <= start < r.end for r in found or ())
    said = _says().match(after)
    if not said or _speaker_doer().search(after) or \
            set(said.group(1).lower().split()) & set(word_lists()["violence_verbs"]):
        return False
    trailing = _TRAILING_SPEAKER.search(sentence[max(0, start - 12):start]) is not None
    return any(r.role == AGENT and (r.start >= end + said.end() or (trailing and r.end <= start)) for r in found or ())


# the speaker of a report clause that closes the sentence ("..., killing 12 people, the X militia said"): what it
# reports comes before it, so a doer the parse finds there is not the speaker
_TRAILING_SPEAKER = re.compile(r",\s*(?:the\s+|an?\s+)?$", re.I)


def _claims_own(sentence: str, start: int, end: int, found: list[Role] | None) -> bool:
    """Whether the group at [start, end) closes the sentence claiming the violence told before it ("Fighters killed
    12 soldiers ..., al-Shabaab claimed", "..., ISWAP said, claiming responsibility") while the parse gives that
    violence only to people it cannot name ("fighters", "gunmen": `_nameless`): a claim is no mere report, and a
    generic noun names no other doer. A doer the parse can name keeps the claim an allegation ("Army helicopters
    strafed a market, the X militia claimed": `_only_speaks`)."""
    said = _says().match(sentence[end:end + 80])
    if said is None or _TRAILING_SPEAKER.search(sentence[max(0, start - 12):start]) is None:
        return False
    verb = said.group().split()[-1].lower()
    if verb not in word_lists()["claim_verbs"] and not _claim_phrase().search(sentence[end + said.end():]):
        return False
    before = [r for r in found or () if r.role == AGENT and r.end <= start]
    return all(_nameless(r, not sentence[:r.start].strip()) for r in before)


@cache
def _claims_next() -> re.Pattern[str]:
    """A claim of the deed right after a name, with at most an auxiliary or a time between ("X claimed the rocket
    fire", "X had claimed a barrage", "X later took responsibility"): matched at the name's end. Not when the object
    opens a clause of its own ("X claimed the rocket fire came from Y", "X claimed the strikes had hit a water
    plant"): "claimed" then means "said" (`_CLAUSE_GOES_ON`)."""
    return re.compile(r"[\s)]*(?:(?:had|has|have|later|also|quickly|swiftly|then|on\s+\w+day)\s+){0,3}"
                      + _claim_phrase().pattern + _CLAUSE_GOES_ON, re.I)


# the claimed object is the subject of a clause that goes on: an auxiliary, a modal or a verb of origin next
_CLAUSE_GOES_ON = (r"(?!\s+(?:had|has|have|was|were|is|are|would|could|might|may|will|did|does|do|came|comes|come|"
                   r"originated|emanated|hit|killed|left|caused|destroyed|damaged)\b)")


@cache
def _says() -> re.Pattern[str]:
    """A report verb (data/role_words.csv report_verbs, "according" aside) right after a name, or after up to two
    lower-case words of it or a day ("Houthi rebels said", "the Taliban on Sunday said"); group 1 holds the words."""
    verbs = report_verbs(according=False)
    days = "|".join(WEEKDAYS)
    words = r"((?:\s+(?-i:[a-z][\w-]*)){0,2}?(?:\s+on\s+(?:" + days + r"))?)"
    return re.compile(r"^[’']?s?" + words + r"\s+(?:" + verbs + r")\b",
                      re.I)


# a clause that says who victims were, or were held to be: "five fishermen suspected of being X informants", "a man
# accused of spying for X", "villagers who had fled X"
_DESCRIPTION = re.compile(r"^\s*,?\s*(?:suspected|accused|believed|alleged(?:ly)?|thought|said|known|branded|"
                          r"label?led|who|whom|whose|that)\b[^.;:]{0,80}$", re.I)


def _describes_victims(found: list[Role] | None, sentence: str, start: int) -> bool:
    """Whether a name the parse gives no role stands in a clause that describes the victims right before it, with no
    violence verb of its own between ("Gunmen killed five fishermen suspected of being X informants"): the victims'
    ties, named for who they were, not the doer."""
    before = [r for r in found or () if r.role == PATIENT and r.end <= start]
    if not before or _SUSPECT_BEFORE.search(sentence[max(0, start - 20):start]):
        return False  # "officials suspected X of firing": X right after the verb is whom they suspect
    victim = max(before, key=lambda r: r.end)
    between = sentence[victim.end:start]
    return bool(_DESCRIPTION.match(between)) and not (
        {w.lower() for w in _WORD.findall(between)} & set(word_lists()["violence_verbs"]))


def _anaphor_agent(found: list[Role] | None, sentence: str, end: int) -> str | None:
    """The verdict on a group the parse gives no role when a later doer points back to it ("Boko Haram denied
    involvement, but police said its fighters killed ..."): AGENT, unless the nearest cue before that doer is a
    denial ("the Taliban denied its fighters killed": a disputed charge). None when no such doer follows."""
    doer = next((r for r in found or () if r.role == AGENT and r.start >= end and _POINTS_BACK.match(r.text)
                 and r.name != CUSTODY), None)  # not "dozens of its members detained in raids": captives
    if doer is None or groups_in(sentence[end:doer.start]):
        return None  # no doer points back, or another group stands nearer to it
    between = sentence[end:doer.start]
    cues = list(_denial().finditer(between)) + list(re.finditer(r"\b(?:" + report_verbs() + r")\b", between, re.I))
    last = max(cues, key=lambda m: m.start(), default=None)
    return CONTEXT if last is not None and _denial().fullmatch(last.group()) else AGENT


_CHARGES = ("blamed", "blamed_on", "held_responsible", "held_responsible_verb", "attributed_to")  # roles.jsonl: who the text blames


_DURING_OPERATION = re.compile(r"\bduring\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:operation|raid)s?\b", re.I)


def perpetrators(sentences: list[str], event_type: str, roles: list[list[Role]] | None = None,
                 whole: Sequence[Sequence[Role]] | None = None) -> tuple[list[str], list[tuple[int, str]]]:
    """Canonical perpetrator names and (sentence index, name) evidence.

    A named group counts when it is the doer: the agent of a violence verb or noun in the dependency parse
    (`roles`, per sentence, see syntax.py), else, without a parse or when the parse gives the name no role, when
    the words around it say so ("attack claimed by", "TTP militants stormed"). A group named only as a target or as
    context ("despite the ceasefire by", "worked for ... in the past") does not, except in an armed clash, where
    the sides count (and, when no side is named, the non-state side that lost men in a fight the words tell). When
    no mention says, a lone non-state group named in the incident is taken, unless the sentence denies or disputes
    the charge, the parse gives the violence to someone it cannot name ("a suicide bomber killed ... at the funeral
    of a Taliban commander"), or the group is only present, silent, helped or a source's body (idle_groups.py).
    In a riot the sides of communal fighting count, not a crowd that fought the police. State forces count only
    for one-sided state actions (arrests, air strikes, shelling), and, as the force that fired on a crowd or on
    unarmed people, for other violence; there the parse names them by category (police, military, security forces),
    following the gold conventions."""
    sentences = own_clauses(sentences, event_type)  # "arrested nine men after bandits killed ...": the bandits'
    roles = roles_as_written(sentences, roles)  # a role in a clause blanked as another event's is that event's
    found: list[tuple[int, str, str, str | None]] = []
    charged: set[tuple[int, str]] = set()  # (sentence, name) whose doer verdict is only a charge ("held X responsible")
    struck_by_nameless: set[int] = set()  # sentences whose violence the parse gives to "gunmen", "attackers"
    by_affiliation: set[tuple[int, str]] = set()  # (sentence, name) of doers named by whose men they are
    sided_affiliation: set[tuple[int, str]] = set()  # those of them named as a side of a clash
    doers = (AGENT, SIDE) if event_type in SIDED_TYPES else (AGENT,)
    for i, s in enumerate(sentences):
        previous_end, previous = -10, None
        parsed = roles[i] if roles is not None and i < len(roles) else None
        filed = group_names.dateline_end(s)  # "KABUL (AP) —": where and by whom the story was filed
        if parsed is not None:
            parsed = [r for r in parsed if r.start >= filed]
        if _unnamed_doer(parsed, s):
            struck_by_nameless.add(i)
        named_groups = [g for g in [(*g, None) for g in groups_in(s)] + compounds_in(s) if g[2] >= filed]
        local = doers
        if event_type == "riot" and group_names.is_force(_ATTRIBUTION.sub(" ", s)):
            local = (AGENT,)  # "rioters clashed with police": the force, not the crowd's side, did the killing
        named = [(n, r) for n, r in group_names.outside_lexicon(parsed or (), local) if event_type != "protest"
                 and not any(k != "label" and a < r.end and r.start < b for _, k, a, b, _ in named_groups)]
        # "the Cobra Forces, a Christian militia,", "the People's Defence Force (PDF)": the name before says who
        spans = [(g[2], g[3]) for g in named_groups if g[1] != "label"] + [(r.start, r.end) for _, r in named]
        named = [(n, r) for n, r in named if not group_names.restates(s, r, spans)]
        # "claimed by Ahmad Khan, a spokesman for X": the man acts for X, and X takes his part
        spoken = {k: r.role for _, r in named if (k := spoken_for(s, r.end)) is not None
                  and any(g[2] == k and g[1] != "label" for g in named_groups)}
        named = [(n, r) for n, r in named if spoken_for(s, r.end) not in spoken]
        # a charge the sentence says was denied names no doer, as for lexicon groups (`_parsed`)
        found += [(i, n, "group", CONTEXT if r.name in _CHARGES and _denies(s) else r.role) for n, r in named]
        charged |= {(i, n) for n, r in named if r.name in _CHARGES}
        # "jihadists linked to al-Qaeda killed", "killed by gunmen loyal to X": the group whose men did it
        affiliated = affiliated_doers(s) if event_type != "protest" else []
        # a blame the sentence says was denied names no doer, as for lexicon groups (`_parsed`)
        affiliated = [a._replace(role=CONTEXT) if a.charged and _denies(s) else a for a in affiliated]
        charged |= {(i, a.name) for a in affiliated if a.charged}
        spans = {(g[2], g[3]) for g in named_groups}
        lexicon_affiliated = {(a.start, a.end): a.role for a in affiliated if (a.start, a.end) in spans}
        # a group outside the lexicon, or one the lexicon knows by its leader ("forces loyal to Haftar")
        found += [(i, a.name, "group" if a.kind in ("named", "leader") else a.kind, a.role) for a in affiliated
                  if (a.start, a.end) not in spans and a.role in local]
        by_affiliation |= {(i, a.name) for a in affiliated}
        sided_affiliation |= {(i, a.name) for a in affiliated if a.role == SIDE}
        for canonical, kind, start, end, fixed in named_groups:
            if kind == "label" and any(r.start <= start and end <= r.end for _, r in named):
                continue  # "suspected Fulani herdsmen": the phrase names them more precisely than the label
            if kind == "label":
                canonical = group_names.qualified_label(s, start, end)  # as the text says them ("Fulani herders")
            # an alias in brackets right after a name ("Al Qaeda in the subcontinent (AQIS)") shares its verdict
            by_parse = _parsed(parsed, start, end, s)
            if (start, end) in lexicon_affiliated:
                fixed = lexicon_affiliated[(start, end)]  # the affiliation of doers the sentence makes act
            elif start in spoken:
                fixed = spoken[start]  # the man's part is his group's: doer, side or victim
            elif (apposed := apposed_role(parsed, s, start, end)) is not None:
                # "killed Abu Musab, a commander of X": the part the parse gives his noun; a charge against him the
                # sentence says was denied names no doer, as for the group itself
                fixed = CONTEXT if apposed.name in _CHARGES and _denies(s) else apposed.role
                if apposed.name in _CHARGES:
                    charged.add((i, canonical))
            elif sponsored(s, start):
                by_parse = CONTEXT  # "rebels backed by Rwanda": the backer, not the doer
            elif _AFFILIATION.search(s[max(0, start - 60):start]):
                by_parse = CONTEXT  # "displaced by Boko Haram violence": whatever the parse makes of the phrase
            elif sided_with(s, start) or speaks_for(s, start, end):
                by_parse = CONTEXT  # "accusing them of supporting Tigray forces": whom the victims were said to
                # help; "..., said Musa Ali, a leader of the X militia": the source's body
            elif by_parse is None and _describes_victims(parsed, s, start):
                by_parse = CONTEXT  # "killed five fishermen suspected of being X informants": who they were thought
            elif by_parse is None and (anaphor := _anaphor_agent(parsed, s, end)) is not None:
                by_parse = anaphor  # "..., but police said its fighters killed": the group its doer points back to
            elif by_parse in (None, CONTEXT) and _BLAMED_SUBJECT.match(s[end:]) and not _denies(s) \
                    and not _REFUTED.search(s[end:]):
                by_parse = AGENT  # "Ansaru was blamed for the attack by officials", "X, which has carried out
                # similar attacks, has been blamed for": whom the blame names, whatever the parse made of X
            elif by_parse is None and kind != "state" and _claims_next().match(s, end) \
                    and not _ASSERTS_OTHERS.search(s[end:end + 100]):
                by_parse = AGENT  # "Islamic Jihad claimed the rocket fire": a claim of the deed, whatever the parse
                # makes of it; not "X claimed the massacre was perpetrated by the army" (`_ASSERTS_OTHERS`)
            elif by_parse is None and kind != "state" and _claims_own(s, start, end, parsed):
                by_parse = AGENT  # "Gunmen killed 12 soldiers ..., al-Shabaab claimed": the claimant, not a source
            elif by_parse is None and idle_after(s, end):
                by_parse = CONTEXT  # "Islamic State cells are active in the area", "X did not comment": no deed
            elif by_parse is None and _only_speaks(s, start, end, parsed):
                by_parse = CONTEXT  # "..., Hamas officials said": the side that reports it
            elif by_parse is None and _denies(s):
                by_parse = CONTEXT  # "accused the rebels ..., allegations the rebels denied": a disputed charge
            elif by_parse is None and _unnamed_doer(parsed, s):
                by_parse = CONTEXT  # "a bomber killed 12 at the funeral of a Taliban commander": the doer is unnamed
            elif by_parse is None and in_peaceful_time_clause(s, start, end):
                by_parse = CONTEXT  # "a day after Taliban negotiators met US envoys, a bomb killed": another act
            elif by_parse is None and _rules_over(s, end):
                by_parse = CONTEXT  # "since the Taliban takeover", "the al-Shabaab stronghold of Jilib": who rules
            joined = start - previous_end <= 3 or (previous is not None and by_parse is None
                                                    and _COORDINATED.fullmatch(s[previous_end:start]) is not None)
            verdict = fixed or (previous if joined else (by_parse or _agent(s, start, end)))
            if not fixed and start - previous_end > 3 and (r := _narrowest(parsed, start, end)) is not None \
                    and r.name in _CHARGES:
                charged.add((i, canonical))
            if verdict == SIDE and SIDE not in local:
                verdict = CONTEXT
            previous_end, previous = end, verdict
            if kind == "state" and event_type not in STATE_TYPES and (by_parse != AGENT or event_type == "armed_clash"):
                continue  # a force is the doer of other violence only when the parse says it struck
            if verdict in doers and retracted_blame(s, start, end, [g[2] for g in named_groups if g[0] != canonical]
                                                    + [r.start for _, r in named]):
                verdict = CONTEXT  # "initially blamed the ADF but later said CODECO ...": the blame was withdrawn
            found.append((i, canonical, kind, verdict))
    found = _acquit_victims(found, charged)
    agents = [(i, c) for i, c, _, a in found if a in doers]
    agents = _precise_over_affiliation(agents, found, by_affiliation, sided_affiliation)
    if event_type == "armed_clash" and roles is not None:
        # "X fighters were killed in clashes with Y": X fought too
        agents += _fallen_sides(found, roles, agents, sentences)
    if event_type == "air_strike" and any(k == "state" and a == AGENT for _, _, k, a in found):
        # one side flies an air strike: a group that also acted ("and the rebels later fired a missile") did another
        agents = [(i, c) for i, c, k, a in found if a == AGENT and k == "state"]
    if not agents and event_type == "armed_clash" and roles is not None and not tells_exchange(sentences) \
            and not force_struck(whole if whole is not None else roles):
        agents = forces_that_struck(roles, sentences)  # "Security forces killed six members of X": no exchange told
    if not agents and event_type == "armed_clash":
        # the side that lost men, unless unnamed attackers struck it; only when the words tell a fight or the parse
        # gives the killing to someone ("Special Forces killed an X commander"): "three members of the X gang were
        # shot dead" tells who died, not that they fought
        # ("Police raided a house. Three members of X were shot dead during the operation": told the sentence before
        # or by the operation the deaths fell in)
        fought = tells_exchange(sentences) or any(_DURING_OPERATION.search(s) for s in sentences)
        agents = [(i, c) for i, c, kind, a in found if a == PATIENT and kind != "state" and i not in struck_by_nameless
                  and (fought or roles is None or i >= len(roles)
                       or any(r.role == AGENT for r in roles[max(0, i - 1)] + roles[i]))]
    if not agents and event_type == "attack" and roles is not None:
        agents = feud_sides(roles, struck_by_nameless, sentences)  # "killed in revenge attacks between X and Y"
    if not agents:
        victims = {c for _, c, _, a in found if a == PATIENT}  # "20 Taliban were killed": no doer elsewhere either
        neutral = {c for _, c, _, a in found if a is None} - victims
        agents = [(i, c) for i, c, _, a in found if a is None and c in neutral] if len(neutral) == 1 else []
    if roles is not None and event_type not in STATE_TYPES:
        named_forces = {c for _, c, k, a in found if k == "state" and a in doers}
        quelled = event_type == "riot" and not _crowd_harmed(whole if whole is not None else roles, sentences)
        forces = crowd_forces(roles, event_type in CROWD_TYPES, named_forces, sentences, quelled)
        answered = any(_answers_doers(r, rs, s) or (quelled and _only_quells(r, rs, s))
                       for rs, s in zip(roles, sentences) for r in rs
                       if r.role == AGENT and group_names.is_force(r.text))
        # the force the parse saw answer the doers (or only quell a riot) did no violence
        agents += forces or (forces_before_verbs(sentences, quelled)
                             if event_type in CROWD_TYPES and not agents and not answered else [])
    names: list[str] = []
    where: list[tuple[int, str]] = []
    for i, c in agents:
        if c not in names:
            names.append(c)
            where.append((i, c))
    return names, where


@cache
def fell_in_clash() -> re.Pattern[str]:
    """Men who fell in a clash with the other side: "(killed|died) in (heavy) clashes with", "during a gunfight
    with", "in a gun battle with", "in an exchange of fire with" (data/role_words.csv clash_nouns and the words of
    two or more, clash_phrases), not "when police clashed with"."""
    return re.compile(r"\b(?:in|during)\s+(?:(?:a|an|the|heavy|fierce|fresh|renewed|armed)\s+){0,2}(?:"
                      + clash_words() + r")\s+(?:with|between|against)\b", re.I)


@cache
def clash_words() -> str:
    """The nouns of a clash, one word or more (data/role_words.csv clash_nouns and clash_phrases: "gunfight", "gun
    battle", "exchange of fire"), as one alternation (ungrouped: wrap it in "(?:...)")."""
    return literal(word_lists()["clash_nouns"] + word_lists()["clash_phrases"], loose=True)


def _fallen_sides(found: list[tuple[int, str, str, str | None]], roles: list[list[Role]],
                  agents: list[tuple[int, str]], sentences: list[str]) -> list[tuple[int, str]]:
    """In an armed clash, the armed groups of the lexicon whose men fell in a sentence where the parse names a side of the
    clash that is already a doer ("Nine Taliban fighters were killed in clashes with the NRF", "14 ISWAP fighters
    died in a gunfight with Boko Haram fighters"): a clash has two sides, and the one that lost men fought it. Not a
    label ("19 herders were killed in clashes with Boko Haram": the herders were the raid's victims), nor men who
    fell while others fought ("Four members of X were killed when police clashed with bandits"): their men must fall
    "in clashes with" the other side (`fell_in_clash`)."""
    sided = {i for i, _ in agents if i < len(roles) and any(r.role == SIDE for r in roles[i])
             and i < len(sentences) and fell_in_clash().search(sentences[i])}
    return [(i, c) for i, c, k, a in found if a == PATIENT and k == "group" and i in sided and (i, c) not in agents]


def _precise_over_affiliation(agents: list[tuple[int, str]], found: list[tuple[int, str, str, str | None]],
                              by_affiliation: set[tuple[int, str]],
                              sided: frozenset[tuple[int, str]] | set[tuple[int, str]] = frozenset()
                              ) -> list[tuple[int, str]]:
    """`agents` without a group named only as the doers' affiliation ("jihadists linked to al-Qaeda") when the
    incident names another armed group as a doer in its own right ("JNIM claimed the attack"): the network the
    doers are linked to is the looser name, the claimant or the named doer the precise one. A side of a clash named
    by whose men fought, facing another doer of its sentence (`sided`: "between X militiamen and fighters of Y"),
    is the other side, not a looser name of the same doers."""
    own = {c for i, c, k, a in found if k != "state" and (i, c) in agents and (i, c) not in by_affiliation}
    return [(i, c) for i, c in agents if (i, c) not in by_affiliation or not own - {c}
            or ((i, c) in sided and any(j == i and d != c for j, d in agents))]


@cache
def _attribution_rx() -> re.Pattern[str]:
    """A claim or a blame ("X claimed responsibility", "officials blamed X", "X was behind the attack"), from
    data/role_words.csv blame_verbs."""
    blame = blame_verbs(suspect=False)
    # who the doers were ("the attackers were members of X", "the gunmen belonged to X"; roles.jsonl doers_were,
    # doers_belonged) and to whom the event is put down ("X were responsible for", "was attributed to X")
    armed = literal(armed_nouns())
    return re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:responsibility|credit)\b|\b(?:" + blame + r")\b|"
                      r"\b(?:was|were|is|are)\s+behind\b|\bheld\b.{1,60}?\bresponsible\b|"
                      # "officials suspected Kataib Hezbollah of firing them": the verb, a name and what it is
                      # suspected of (not the noun: "the suspect claimed")
                      r"\bsuspect(?:s|ed)?\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,5}?" + _of_a_deed() + r"|"
                      r"\b(?:was|were|is|are)\s+responsible\s+for\b|\b(?:attributed|ascribed)\s+to\b|"
                      r"\bthe\s+(?:" + armed + r")\s+(?:were|was|belonged|belong)\s+(?:to\b|members\b|fighters\b)|"
                      # "X said two of its members had detonated ...": a deed told as the speaker's own (own_deeds)
                      + own_deed(men_only=True) + r"|"
                      # "the attackers were believed to be linked to X" (affiliated_doers)
                      + said_to_be_rx().pattern, re.I)


# "the attack was claimed by ISWAP", "blamed the bombing on", "ISWAP said it carried out the attack"
_CLAIMED_BY = re.compile(r"\b(?:claimed|carried out) by\b|\bblamed\s+(?:\w+\s+){1,3}?on\b|"
                         r"\b(?:said|says|announced|stated)\s+(?:that\s+)?(?:it|they|its fighters|the group)\s+(?:had\s+)?"
                         r"(?:carried out|was behind|were behind|launched|staged)\b", re.I)


# what before a claim verb in its clause makes it no claim: a denial ("Nobody claimed", "has not claimed"), a condition
# ("If ISWAP claimed") or a forecast ("is expected to claim", "may claim", "has yet to claim")
_UNCLAIMED = re.compile(r"\b(?:no|nobody|none|no-one|not|never|if|whether|unless|expected|likely|may|might|could|would|"
                        r"will|yet|cannot)\b|n['’]t\b", re.I)


def _asserted(sentence: str, at: int) -> bool:
    """Whether the claim or blame verb at `at` is asserted: nothing in its clause before it (back to a comma or a
    semicolon, 60 characters at most) denies, conditions or forecasts it."""
    before = sentence[max(0, at - 60):at]
    return _UNCLAIMED.search(re.split(r"[,;:]", before)[-1]) is None


def claims_or_blames(sentence: str) -> bool:
    """Whether the sentence says who did an event, as a claim or a blame ("X claimed responsibility for the attack",
    "X claimed the ambush", "the bombing was claimed by X", "officials blamed X for", "X said it carried out the
    attack"), whatever else it names. A denied, conditional or expected claim ("Nobody claimed responsibility", "If
    X claimed the attack", "X is expected to claim it") says it of no one."""
    return any(_asserted(sentence, m.start()) for rx in (_attribution_rx(), _claim_phrase(), _CLAIMED_BY)
               for m in rx.finditer(sentence))


@lru_cache(maxsize=4096)
def attributes(sentence: str) -> bool:
    """Whether a sentence without an event word of its own says who did the event before it ("The group later
    claimed responsibility.", "Officials blamed the PKK."): it names an actor and claims or blames. Such a sentence
    belongs to the incident it follows, and is worth parsing; a denied or expected claim ("Nobody claimed
    responsibility.") names no doer. Cached: the gate, the drafting and the distant-claim reading ask it of the same
    sentences (its claim patterns were ~7 % of extraction)."""
    return any(_asserted(sentence, m.start()) for rx in (_attribution_rx(), _claim_phrase())
               for m in rx.finditer(sentence)) \
        and (names_an_actor(sentence) or group_names.may_name_a_group(sentence))


CROWD_TYPES = ("protest", "riot")
SIDED_TYPES = ("armed_clash", "riot")  # both sides of communal fighting did the violence ("riots between X and Y")


def names_an_actor(sentence: str) -> bool:
    """Whether the sentence names anything the parse could make a perpetrator: a group or state force of the
    lexicon, a force category (police, troops), a country, or a state's own forces by another name ("regime
    airstrikes", "government forces shelled": `state_forces` names them). Only such sentences are worth parsing."""
    return bool(groups()[0].search(sentence) or _countries()[0].search(sentence) or _OWN_DOER.search(sentence)
                or _doer_nouns().search(sentence)
                or any(rx.search(sentence) for c, rx in targets() if c in FORCE_TARGETS))


def both_numbers(words: list[str]) -> set[str]:
    """The words with the other number of each ("gunmen" -> "gunman", "bomber" -> "bombers", "militias" ->
    "militia"): a lexicon row in one number names the same doer in the other."""
    out = set(words)
    for w in words:
        if w.endswith("men"):
            out.add(w[:-3] + "man")
        elif w.endswith("man"):
            out.add(w[:-3] + "men")
        elif w.endswith("ies"):
            out.add(w[:-3] + "y")
        elif w.endswith("s"):
            out.add(w[:-1])
        elif w.endswith("y") and w[-2:-1] not in "aeiou":
            out.add(w[:-1] + "ies")
        elif w.isalpha() and not w.endswith(("ed", "ing")):
            out.add(w + "s")
    return out


@cache
def _doer_nouns() -> re.Pattern[str]:
    """The armed nouns and craft nouns of role_words.csv and the group nouns of group_nouns.csv in both numbers,
    "men"/"man" and "group(s)" aside (they name anyone): a sentence whose doer is only "a gunman", "an assailant" or
    "helicopters" is parsed too (aircraft name their state: `state_forces`)."""
    lists = word_lists()
    words = both_numbers(lists["armed_nouns"] + list(group_names.group_nouns()) + lists["craft_nouns"]) - {
        "men", "man", "group", "groups", "armed"}
    return re.compile(r"\b(?:" + literal(words) + r")\b", re.I)


# the regime or government as the side that struck ("regime airstrikes", "government forces shelled"), not every
# "government" ("Local Government Area", "the government said")
_OWN_DOER = re.compile(r"\b(?:regime|junta)\b|\b(?:pro-)?government\s+(?:forces|troops|soldiers|warplanes|jets|aircraft|"
                       r"helicopters|air ?strikes?|air raids?|artillery|shelling|bombardments?|militias?)\b", re.I)


def crowd_forces(roles: list[list[Role]], crowd: bool, named: frozenset[str] | set[str] = frozenset(),
                 sentences: Sequence[str] = (), riot: bool = False) -> list[tuple[int, str]]:
    """(sentence index, force category) of every state force the parse makes the doer of violence against a crowd
    or civilians ("security forces fired on the demonstrators", "people were killed by police"), or, at a protest
    or riot (`crowd`), a side of it ("clashes with police"); named by the force categories of data/targets.csv,
    "security forces" only when neither police nor military are named. A force that fought armed men is not
    taken: the gold names the armed side of a clash. A force that only arrests someone ("Police arrested a man
    over the stabbing") did not do the violence; one that took its victims and harmed them ("detained and tortured
    to death a suspect": syntax.CAPTOR) did, whoever they were. A doer phrase that names a force of `named` (the
    lexicon's state forces already taken as doers: "Sudanese army helicopters") is that force, not a category too.
    A force that answered the doers (`_answers_doers`: "troops dispersed militants who had attacked") did not; nor,
    at a riot (`riot`), did one that only quelled it (`_only_quells`: "Security forces fired tear gas to disperse the
    crowd")."""
    rxs = [(c, rx) for c, rx in targets() if c in FORCE_TARGETS]
    craft = set(word_lists()["craft_nouns"])  # "army helicopters": aircraft are named by their state (state_forces)
    out: list[tuple[int, str]] = []
    for i, rs in enumerate(roles):
        if not crowd and not any(r.role == PATIENT and unarmed(r) for r in rs) and not any(r.name == CAPTOR for r in rs):
            continue  # a captor's victims were in its hands ("detained and tortured to death a suspect"): unarmed
        doers = (AGENT, SIDE) if crowd else (AGENT,)
        said = sentences[i] if i < len(sentences) else ""
        out += [(i, c) for r in rs if r.role in doers and r.name != CUSTODY and r.head not in craft
                and not any(g[0] in named for g in groups_in(r.text)) and not _answers_doers(r, rs, said)
                and not _fights_armed(r, rs) and not (riot and _only_quells(r, rs, said))
                for c in _force_categories(r, rxs)]
    return _most_precise(out)


def _only_quells(force: Role, found: list[Role], sentence: str) -> bool:
    """Whether a force's acts in its sentence only quell a riot: every victim phrase after it is a means of crowd
    control (data/role_words.csv riot_control: "fired tear gas", "water cannon") or the object of a response verb
    ("to disperse the crowd"), and the sentence counts no dead or wounded of its own: the mob did the killing."""
    others = [r.start for r in found if r.role == AGENT and r.start > force.end]
    end = min(others, default=len(sentence))
    after = [p for p in found if p.role == PATIENT and force.end <= p.start < end]
    if not after or _TOLL_WORD.search(sentence[force.end:end]):
        return False
    means, answers = set(word_lists()["riot_control"]), set(word_lists()["response_verbs"])
    return all(p.head in means or any(w.lower() in answers for w in _WORD.findall(sentence[force.end:p.start])[-2:])
               for p in after)


# a toll of the force's own acts: "fired tear gas, killing two", "wounding several protesters", "two protesters died"
_TOLL_WORD = re.compile(r"\b(?:kill\w*|dead|death\w*|die[sd]?|dying|wound\w*|injur\w*|hurt|fatal\w*|suffocat\w*|"
                        r"trampl\w*|crushed|live (?:rounds|ammunition|bullets)|bullets?)\b", re.I)


def _crowd_harmed(roles: Sequence[Sequence[Role]] | None, sentences: Sequence[str]) -> bool:
    """Whether a sentence of the incident with a toll word counts protesters, rioters or the crowd among its dead or
    hurt (a word of data/role_words.csv protest_nouns that neither the parse nor the next word makes a doer:
    "rioters killed"; read in words, as a toll sentence without a trigger is not parsed): the force that faced them
    may have harmed them, whatever its own sentence says ("A protester died after being hit by a tear gas canister",
    "They later opened fire, killing two rioters"). Only where the mob's victims are others did it just quell."""
    crowd, violence = set(word_lists()["protest_nouns"]), set(word_lists()["violence_verbs"])
    for i, s in enumerate(sentences):
        if not _TOLL_WORD.search(s):
            continue
        doers = {r.head for r in (roles[i] if roles is not None and i < len(roles) else ()) if r.role == AGENT}
        words = [w.lower() for w in _WORD.findall(s)] + [""]
        if any(w in crowd and w not in doers and words[k + 1] not in violence for k, w in enumerate(words[:-1])):
            return True
    return False


def feud_sides(roles: list[list[Role]], struck_by_nameless: set[int],
               sentences: Sequence[str] = ()) -> list[tuple[int, str]]:
    """(sentence index, side) of a feud an attack is told as, when nothing else names its doer (asked of attacks only:
    a bomb or a strike "amid clashes between X and Y" has a doer of its own): two or more groups
    the parse makes the sides of one "between" phrase ("killed in revenge attacks between the Dinka and Nuer
    communities", "a battle between ELN fighters and dissidents of the former FARC killed": groups outside the
    lexicon, or lexicon groups whose name starts inside a side's phrase, `_lexicon_sides`) in a sentence that tells
    who was killed, neither a state force: each side did the violence. One side alone ("clashes with police") or an
    incident whose violence the parse gives to nameless attackers ("Gunmen killed 10 villagers. The area has seen
    clashes between herders and farmers, killing hundreds") names no feud's doers."""
    if struck_by_nameless:
        return []  # the incident's violence is given to someone unnamed: a feud named beside it is its setting
    for i, rs in enumerate(roles):
        if not any(r.role == PATIENT for r in rs):
            continue
        sides = [(n, r) for n, r in group_names.outside_lexicon(rs, (SIDE,))
                 if r.name == "clash_between" and not group_names.is_force(r.text)]
        names = list(dict.fromkeys([n for n, _ in sides] + _lexicon_sides(rs, sentences[i] if i < len(sentences) else "")))
        if len(names) >= 2:
            return [(i, n) for n in names]
    return []


def _lexicon_sides(rs: Sequence[Role], sentence: str) -> list[str]:
    """The lexicon's armed groups (kind group, no state force) whose name starts inside a side's phrase of a "between"
    clash phrase of the sentence (`rs`: its roles, offsets into it): "between National Liberation Army fighters and
    dissidents of the former FARC" (the parse's side "dissidents" opens the alias "dissidents of the former FARC");
    a side's phrase may hold a force word ("Army") and still be a group's, so the lexicon's kind decides."""
    sides = [r for r in rs if r.role == SIDE and r.name == "clash_between" and _own_time_clause(sentence, r.start)]
    return [c for c, kind, a, _ in groups_in(sentence) if kind == "group" and any(r.start <= a < r.end for r in sides)]


@cache
def _other_time() -> re.Pattern[str]:
    """Words that set a clause in another time or deny its link to the incident (data/role_words.csv
    other_time_cues: "since", "last year", "not linked to", "unrelated")."""
    return re.compile(r"\b(?:" + literal(word_lists()["other_time_cues"], loose=True) + r")\b", re.I)


def _own_time_clause(sentence: str, at: int) -> bool:
    """Whether the clause holding `at` (between the commas or semicolons around it) tells no other time and no denied
    link (`_other_time`): "killings since a battle between X and Y killed eleven last year", "was not linked to
    fighting between X and Y" recall or deny a feud, whose sides are not the incident's doers. Bounded to the clause:
    a cue in another clause of the sentence is no bar."""
    a = max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at)) + 1
    b = min([i for i in (sentence.find(",", at), sentence.find(";", at)) if i >= 0], default=len(sentence))
    return _other_time().search(sentence, a, b) is None


def forces_that_struck(roles: list[list[Role]], sentences: Sequence[str]) -> list[tuple[int, str]]:
    """(sentence index, force) of every state force the parse makes the doer of violence against armed men (its
    nearest victim phrase names an armed group or armed men: "Security forces killed six suspected members of the
    Islamic State", "troops shot dead 14 Boko Haram fighters"): the lexicon's state force its phrase names ("Israeli
    troops": the Israel Defense Forces), else its force category. Asked only of a clash whose words tell no exchange
    of fire (exchanges.py): a one-sided killing, which the force did."""
    rxs = [(c, rx) for c, rx in targets() if c in FORCE_TARGETS]
    out: list[tuple[int, str]] = []
    for i, rs in enumerate(roles):
        said = sentences[i] if i < len(sentences) else ""
        for r in rs:
            if r.role != AGENT or r.name == CUSTODY or _answers_doers(r, rs, said):
                continue
            if not (_fights_armed(r, rs) if r.name != "passive_by" else _passive_victims_armed(r, rs)):
                continue
            named = [g for g in groups_in(r.text)]
            if any(k != "state" for _, k, _, _ in named):
                continue
            out += [(i, c) for c, _, _, _ in named] or [(i, c) for c in _force_categories(r, rxs)]
    return _most_precise(out)


def force_did(roles: Sequence[Sequence[Role]]) -> bool:
    """Whether the parse makes a state force the doer of a verb ("Soldiers shot dead a contractor", "shot dead by a
    police officer"): the state killing a civilian is no assassination by armed men, whatever his trade. A phrase
    naming a group other than a state's ("the West Papua National Liberation Army") is no state force."""
    return any(r.role == AGENT and r.name != CUSTODY and group_names.is_force(r.text)
               and not any(k != "state" for _, k, _, _ in groups_in(r.text)) for rs in roles for r in rs)


def force_struck(roles: Sequence[Sequence[Role]]) -> bool:
    """Whether the parse makes the force a victim too, so that the armed men fought: a victim phrase names the force
    ("one soldier was killed in the operation", "killed four soldiers", "stormed an army post"), or armed men are the
    doers of a verb whose victim is a force's post, patrol or men (data/role_words.csv force_posts: "gunmen who
    attacked their base", "robbers who ambushed a patrol"). No one-sided killing, whatever words the text uses for
    the fight: an exchange, whose doer the gold names as the armed side."""
    posts = set(word_lists()["force_posts"])
    for rs in roles:
        for r in rs:
            if r.role == PATIENT and group_names.is_force(r.text) and not _names_armed(r.text) \
                    and not any(a.role == AGENT and (a.start, a.end) == (r.start, r.end) for a in rs):
                return True
            if r.role != AGENT or r.name == "passive_by" or group_names.is_force(r.text) or not _names_armed(r.text):
                continue
            obj = victim_of(r, rs)  # r is no by-phrase: the nearest victim phrase after it
            if obj is not None and not _names_armed(obj.text) and (
                    group_names.is_force(obj.text) or {w.lower() for w in _WORD.findall(obj.text)} & posts):
                return True
    return False


def _passive_victims_armed(force: Role, found: list[Role]) -> bool:
    """Whether the subject of the passive a by-phrase force ends names armed men ("nine members of the Mungiki sect
    were shot dead by police"), as `_fights_armed` asks of an active verb's object."""
    subject = victim_of(force, found)
    return subject is not None and not _CROWD.search(subject.text) and _names_armed(subject.text)


def _answers_doers(force: Role, found: list[Role], sentence: str) -> bool:
    """Whether a force's verb only answers the doers of the violence: a response verb (data/role_words.csv
    response_verbs: dispersed, repelled, chased) whose object the parse also makes the doer of a violence verb
    ("troops dispersed militants who had attacked a village", "police dispersed a mob that had lynched a thief").
    The force came after the violence; it did not do it. So did a force whose object names the doers again by a
    definite armed noun ("security forces killed the attackers", "troops shot dead two of the assailants", "all four
    attackers were killed by police"), whatever its verb: it fought the men who did the violence."""
    obj = victim_of(force, found)
    if force.name == "passive_by":  # "all four attackers were killed by security forces"
        return obj is not None and _the_doers_again(obj)
    if obj is not None and _the_doers_again(obj):
        return True
    if obj is None or not sentence or not any(a.role == AGENT and (a.start, a.end) == (obj.start, obj.end)
                                              for a in found):
        return False
    between = {w.lower() for w in _WORD.findall(sentence[force.end:obj.start])}
    return bool(between & set(word_lists()["response_verbs"]))


def _fights_armed(force: Role, found: list[Role]) -> bool:
    """Whether the force's own object, the nearest victim phrase after it, names armed men (an armed noun of
    data/role_words.csv, the militants or criminals of data/targets.csv, or an armed group of the lexicon): "the
    Taliban ambushed a convoy, killing 11 officers, and Afghan forces killed 20 insurgents": the force fought the
    armed side, whatever unarmed victims the sentence names before it; the gold names the armed side of a clash.
    A captor (syntax.CAPTOR) harmed people in its hands, whoever they were."""
    if force.name in ("passive_by", CAPTOR):
        return False  # a captor's victims were in its hands, whoever they were
    obj = min((p for p in found if p.role == PATIENT and p.start >= force.end), key=lambda p: p.start, default=None)
    if obj is None or _CROWD.search(obj.text):
        return False
    return _names_armed(obj.text)


def _names_armed(text: str) -> bool:
    """Whether a victim phrase names armed men: an armed noun, the militants or criminals of data/targets.csv, or an
    armed group of the lexicon (not a label of who people are: "herders")."""
    words = {w.lower() for w in _WORD.findall(text)}
    return bool(words & armed_nouns()) or any(
        rx.search(text) for c, rx in targets() if c in _ARMED_TARGETS) or any(
        k == "group" for _, k, _, _ in groups_in(text))


_DEFINITE = re.compile(r"\b(?:the|these|those|all|both)\b", re.I)


def _the_doers_again(patient: Role) -> bool:
    """Whether a patient phrase points back at the event's doers: an armed noun (data/role_words.csv armed_nouns:
    "the attackers", "five of the insurgents", "all the gunmen") made definite, with no victims of its own."""
    words = {w.lower() for w in _WORD.findall(patient.text)}
    return bool(words & armed_nouns()) and bool(_DEFINITE.search(patient.text)) \
        and not _CROWD.search(patient.text)


def _force_categories(r: Role, rxs: list[tuple[str, re.Pattern[str]]]) -> list[str]:
    """The force categories a doer's phrase names (`_force_words`); "forces" of a state ("Pakistani forces",
    "government forces") are its security forces, the category the gold gives a force the text does not call police
    or army."""
    if any(k != "state" for _, k, _, _ in groups_in(r.text)) or group_names.own_name(r.core):
        return []  # "the Arakan Army", "the Kachin Independence Army": an armed group's name, no state force
    found = [c for c, rx in rxs if rx.search(_force_words(r))]
    if not found and r.head == "forces" and not groups_in(r.text) and (m := _FORCES_OF.search(r.text)) and (
            m.group(1).lower() in _STATE_WORDS or group_names.is_nation(m.group(1))):
        found = ["security forces"]
    return found


_FORCES_OF = re.compile(r"\b([\w-]+)\s+forces\b", re.I)
_STATE_WORDS = {"government", "pro-government", "state", "federal", "regime", "junta", "loyalist", "national"}


def _force_words(r: Role) -> str:
    """The words of a doer's phrase that may name a force: its core ("federal security forces", "members of the
    police"), the whole phrase when its head is a unit made of forces ("a team of the military and police",
    data/role_words.csv unit_nouns), never a modifier's thing ("a gunman wearing a military helmet")."""
    return r.text if r.head in word_lists()["unit_nouns"] or not r.core else r.core


_FORCE_VERB = re.compile(r"\b(?:clashed|fired|opened fire|shot|killed|dispersed|charged|beat|attacked|stormed|"
                         r"cracked down|used live)\b", re.I)


# a be-verb right before a violence verb: a passive, whose subject suffered the act ("was attacked", "were badly beaten")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+)?$", re.I)


def _most_precise(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Force categories without "security forces" when the text names police or military more precisely."""
    if any(c in ("police", "military") for _, c in found):
        return [(i, c) for i, c in found if c != "security forces"]
    return found


def forces_before_verbs(sentences: list[str], riot: bool = False) -> list[tuple[int, str]]:
    """(sentence index, force category) of forces named in the five words before a violence verb, outside
    attributions ("police said"): at a protest or riot the parse may hang "a team of the military and police
    clashed with members of X" on the wrong word, yet the words before the verb still name who acted."""
    rxs = [(c, rx) for c, rx in targets() if c in FORCE_TARGETS]
    out: list[tuple[int, str]] = []
    for i, s in enumerate(sentences):
        masked = _ATTRIBUTION.sub(lambda m: " " * len(m.group()), s)
        for m in _FORCE_VERB.finditer(masked):
            if riot and _quells(masked[m.start():]):
                continue  # "Security forces fired tear gas to disperse the crowd": the mob did the riot's violence
            if _PASSIVE_BEFORE.search(masked, 0, m.start()):
                continue  # "a police vehicle was attacked", "two policemen were shot": the force suffered the act
            window = " ".join(masked[:m.start()].split()[-5:])
            found = [c for c, rx in rxs if rx.search(window)]
            if not found and _BARE_MEMBERS.search(window):
                # "a police vehicle was attacked and officers opened fire": bare "officers" are the force the
                # sentence named before them
                found = [c for c, rx in rxs if rx.search(masked, 0, m.start())]
            out += [(i, c) for c in found if (i, c) not in out]
    return _most_precise(out)


_BARE_MEMBERS = re.compile(r"\b(?:officers|officer|personnel|agents)\b", re.I)


def _quells(after: str) -> bool:
    """Whether the words from a force's verb to the sentence's end only quell a crowd: a means of crowd control
    (data/role_words.csv riot_control: "fired tear gas") or a response verb ("to disperse the crowd"), and no toll
    or lethal round (`_TOLL_WORD`)."""
    words = {w.lower() for w in _WORD.findall(after)}
    return not _TOLL_WORD.search(after) and bool(words & (set(word_lists()["riot_control"])
                                                          | set(word_lists()["response_verbs"])))


def unarmed(patient: Role) -> bool:
    """Whether a patient phrase names people who were not fighting: a crowd or civilians, or people named by a person
    noun of data/person_nouns.csv ("four fishermen", "a teacher") that is not an armed one (data/role_words.csv
    armed_nouns: "two gunmen"), with no armed category (militants, criminals, forces) or armed group in the phrase.
    An identity label says who people are, not that they were armed ("three herders"; "bandits" are armed nouns)."""
    text = patient.text
    if any(k != "label" for _, k, _, _ in groups_in(text)) \
            or any(rx.search(text) for c, rx in targets() if c in FORCE_TARGETS + _ARMED_TARGETS):
        return False
    words = {w.lower() for w in re.findall(r"[\w-]+", text)}
    if words & armed_nouns():
        return False
    return bool(_CROWD.search(text)) or _singular(patient.head) in person_nouns()


_ARMED_TARGETS = ("militants", "criminals")


def _singular(noun: str) -> str:
    """The singular of a plural person noun ("fishermen" -> "fisherman", "miners" -> "miner")."""
    for plural, one in (("men", "man"), ("ies", "y"), ("ren", ""), ("s", "")):
        if noun.endswith(plural) and len(noun) > len(plural) + 1:
            return noun[:-len(plural)] + one
    return noun


_CROWD = re.compile(r"\b(?:civilians?|people|persons|protesters|demonstrators|crowds?|mourners|marchers|residents|"
                    r"villagers|worshippers|students|children|women|men)\b", re.I)


_POLICE = re.compile(r"\b(?:police|policem[ae]n|officers|cops|constables|(?:police )?command|gendarmes?|gendarmerie)\b", re.I)
_TROOPS = re.compile(r"\b(?:troops|soldiers|army|military|armed forces)\b", re.I)


def state_forces(sentences: list[str], event_type: str, country: str | None,
                 roles: list[list[Role]] | None = None, day: str | None = None) -> list[str]:
    """The state force behind a one-sided state action the text does not name (data/states.csv): the police or the
    army of the incident's country for an arrest ("They arrested three people" after "Police officers found"),
    the military of the country named as the doer of an air strike or shelling ("Israel continued its attacks",
    "the last known US airstrike"), or of the incident's country when its regime, government or army is the doer
    ("regime airstrikes killed six in Idlib"); and, where one side alone flies (data/air_powers.csv), that side
    for an air strike nobody is named for or for any violence the parse gives to aircraft ("a raid by coalition
    aircraft"), unless the victims are that side's own forces (`_strikes_own`)."""
    sentences = own_clauses(sentences, event_type)
    roles = roles_as_written(sentences, roles)
    flier = air_power(country, day, craft_kind(sentences))
    if flier and _strikes_own(flier, country, sentences, event_type):
        flier = None
    if flier and event_type not in ("air_strike", "arrest") and any(
            r.role == AGENT and _AIRCRAFT.search(r.text) and not groups_in(r.text) for rs in roles or () for r in rs):
        return [flier]
    if event_type == "arrest":
        joined = " ".join(sentences)
        force = police_of(country) if _POLICE.search(joined) else (
            military_of(country) if _TROOPS.search(joined) else None)
        return [force] if force else []
    if event_type not in ("air_strike", "shelling") and (event_type == "armed_clash" or not _aircraft_struck(roles)):
        return []  # aircraft that strafed or bombed ("Ethiopian helicopters strafed a market") flew an air strike;
    # in a clash the gold names the armed side the forces and their helicopters fought
    rx, names = _countries()
    for i, s in enumerate(sentences):
        parsed = roles[i] if roles is not None and i < len(roles) else None
        struck: list[str] = []  # "Russian and Syrian warplanes bombed": every country the parse makes the doer
        filed = group_names.dateline_end(s)  # "PESHAWAR, Pakistan (AP) —": where the story was filed, no doer
        groups = [(g[2], g[3]) for g in groups_in(s)]  # "Pakistani Taliban": a group's name, no state's doing
        for m in sorted(list(rx.finditer(s, filed)) + list(_world_demonyms()[0].finditer(s, filed)),
                        key=lambda m: m.start()):
            if any(a <= m.start() < b for a, b in groups):
                continue
            military = _as_named(military_of(names.get(m.group()) or _world_demonyms()[1][m.group()]), s, m)
            verdict = _parsed(parsed, m.start(), m.end())  # "Israeli jets struck", not "strikes on Yemen"
            if verdict == AGENT and military and military not in struck:
                struck.append(military)
            if struck or verdict is not None or any(r.role == AGENT for r in parsed or ()):
                continue  # the parse names another doer: the country is only where it happened
            after = s[m.end():m.end() + 60]
            if _AGENT_AFTER.search(after) or re.match(r"\s*(?:air ?strikes?|drones?|strikes?|warplanes?|jets?|shelling|"
                                                       r"artillery|missiles?|rockets?)\b", after, re.I):
                return [military]
        if struck:
            return struck
    own = military_of(country) is not None and any(
        r.role == AGENT and _OWN_FORCES.search(r.text) and not _AGAINST_OWN.search(r.text) and not groups_in(r.text)
        and not rx.search(r.text)
        for rs in roles or () for r in rs)
    if own:
        return [military_of(country)]  # "regime airstrikes", "the army shelled": the country's own
    named = any(r.role == AGENT and groups_in(r.text) for rs in roles or () for r in rs)
    if event_type == "air_strike" and flier and not named:
        return [flier]  # "an air strike hit a hotel in Sanaa": the one side that flies there
    return []


def _aircraft_struck(roles: list[list[Role]] | None) -> bool:
    """Whether the parse makes aircraft the doer ("helicopters strafed", "a drone hit a car"; data/role_words.csv
    craft_nouns): whatever the event word, the state whose aircraft they are did it, as for an air strike."""
    craft = set(word_lists()["craft_nouns"])
    return any(r.role == AGENT and r.head in craft and not groups_in(r.text) and not _SUICIDE.search(r.text)
               for rs in roles or () for r in rs)


_SUICIDE = re.compile(r"\bsuicide\b", re.I)  # "a suicide bomber": a person, though "bomber" also names an aircraft


@cache
def air_powers() -> dict[tuple[str, str], list[tuple[tuple[str, ...], str, str]]]:
    """(country, craft kind) -> [(the sides whose craft of that kind struck there, from, until)] (data/air_powers.csv):
    a war where one side alone has warplanes may have several that fly drones (Yemen: the coalition and the Houthis)."""
    table: dict[tuple[str, str], list[tuple[tuple[str, ...], str, str]]] = {}
    for r in data_rows("air_powers.csv"):
        table.setdefault((r["country"], r["craft"]), []).append((tuple(r["doer"].split("|")), r["from"], r["until"]))
    return table


def air_power(country: str | None, day: str | None, craft: str = "aircraft") -> str | None:
    """The doer of an air strike the text does not attribute ("an air strike hit a hotel in Sanaa"): the side that
    alone flew craft of that kind (`craft_kind`) in that country on that day. Such a fact holds for a period of a war
    only, so an undated incident or one outside the period gets none; a kind several sides fly names none."""
    if not day:
        return None
    first, last = day_span(day[:10])
    for sides, start, until in air_powers().get((country or "", craft), ()):
        if start <= first and last <= until:
            return sides[0] if len(sides) == 1 else None
    return None


def craft_kind(sentences: list[str]) -> str:
    """"drones" when the incident's craft are only drones (data/role_words.csv drone_nouns: "a drone struck"),
    else "aircraft" (warplanes, helicopters, or an air strike whose craft the text does not name)."""
    words = {w.lower() for s in sentences for w in re.findall(r"[\w-]+", s)}
    drones = set(word_lists()["drone_nouns"])
    crewed = set(word_lists()["craft_nouns"]) - drones
    return "drones" if words & drones and not words & crewed else "aircraft"


def day_span(day: str) -> tuple[str, str]:
    """The first and last day (ISO) a date of a year, a month or a day covers ("2023" -> 2023-01-01 .. 2023-12-31,
    "2023-04" -> 2023-04-01 .. 2023-04-31): a fact of a period holds for a date only when all of it lies inside
    (a day past the month's end still sorts after every real day of it)."""
    parts = day.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts))), "-".join(parts + ["12", "31"][len(parts) - 1:])


def _strikes_own(flier: str, country: str | None, sentences: list[str], event_type: str) -> bool:
    """Whether an unattributed strike hit the forces of the state whose military is the sole flier (soldiers, police,
    an army outpost: data/targets.csv force categories): a state does not bomb its own troops, so the strike was
    someone else's, whose drones the text leaves unnamed."""
    if flier != military_of(country):
        return False  # a foreign flier ("Saudi-led coalition" in Yemen) strikes the state's forces as its enemy
    return bool(set(target_categories(sentences, event_type)[0]) & set(FORCE_TARGETS))


_AIRCRAFT = re.compile(r"\b(?:coalition|warplanes?|war planes?|jets?|aircraft|planes?|helicopters?|air ?strikes?|"
                       r"air raids?|aerial)\b", re.I)
_OWN_FORCES = re.compile(r"\b(?:regime|junta|government|pro-government|army|military|air ?force)\b", re.I)
# who fight the state: "anti-junta fighters", "anti-government militias", "the junta's opponents", "opponents of the
# regime" name its enemies, though the state's word is in the phrase
_STATE_SIDE = r"(?:regime|junta|government|army|military)"
_FOES = r"(?:opponents|foes|enemies|adversaries)"
_AGAINST_OWN = re.compile(r"\banti[- ]?" + _STATE_SIDE + r"\b|\b" + _STATE_SIDE + r"['’]s\s+" + _FOES + r"\b|\b"
                          + _FOES + r"\s+of\s+the\b", re.I)


def _as_named(military: str | None, sentence: str, state: re.Match[str]) -> str | None:
    """A state's military as the text names it where it names one after the country or demonym ("Syrian Arab Army
    artillery", "Turkish Armed Forces drones"; not "Chadian army helicopters", a common noun): the generic
    "<demonym> military" of data/states.csv stands only for a force the text leaves unnamed ("Russian air
    strikes")."""
    if military is None or not military.endswith(" military"):
        return military
    named = _FORCE_NAMED.match(sentence, state.end())
    return state.group() + named.group() if named else military


# the words after a demonym that name its force by a proper name: "Arab Army", "Armed Forces", "National Defense
# Force"; not a common noun ("Chadian army helicopters": the country's forces, named as the gold names them)
_FORCE_NAMED = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}?\s+(?:Army|Armed Forces|Defen[cs]e Forces?|Air Force|Navy)\b")


def military_of(country: str | None) -> str | None:
    """The name of a country's armed forces: data/states.csv's where it has a row, else "<demonym> military" from
    the demonyms of every country (data/demonyms.csv: "Chadian military"), so a state the table lacks is still
    named as the text would name it."""
    if country in states():
        return states()[country].military
    demonym = _world_demonyms()[2].get(country or "")
    return f"{demonym} military" if demonym else None


def police_of(country: str | None) -> str | None:
    """The name of a country's police: data/states.csv's where it has a row, else "<demonym> police" ("German
    police"), as for its military (`military_of`)."""
    if country in states():
        return states()[country].police
    demonym = _world_demonyms()[2].get(country or "")
    return f"{demonym} police" if demonym else None


@cache
def _world_demonyms() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """(pattern of the demonyms of countries data/states.csv lacks, demonym -> country, country -> its first
    demonym), from data/demonyms.csv; case-sensitive, and not before a hyphen ("Chadian-backed" names a sponsor)."""
    by_demonym = {d: c for d, c in demonyms().items() if c not in states()}
    first: dict[str, str] = {}
    for d, c in demonyms().items():
        first.setdefault(c, d)
    return names_pattern(by_demonym), by_demonym, first


@cache
def _countries() -> tuple[re.Pattern[str], dict[str, str]]:
    """Country names and demonyms of data/states.csv (case-sensitive: "US", not "us") -> country."""
    names = {"US": "United States", "U.S.": "United States", "UK": "United Kingdom"}
    for st in states().values():
        names[st.country] = names[st.demonym] = st.country
    return names_pattern(names), names


# "the suspect confessed his involvement in killing ...", "whom the suspect allegedly confessed killing"
_CONFESSION = re.compile(r"\b(?:the|a) (?:suspect|accused|detainee|attacker|militant|commander)\b[^.]{0,60}?\b"
                         r"(?:confess\w*|admitted|admits)\b", re.I)
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|DSP|SSP|SP|Inspector|Constable|Commander|General|Gen|Col|Maj|Capt)\.?\s+")


def confessed_by(sentences: list[str], persons: list[str], article_text: str) -> list[str]:
    """The named suspect of a confession ("the suspect confessed killing ..."): the person the article is about,
    i.e. the one whose surname it repeats most (at least three times), under the shortest full form of the name.
    `persons`: texts of the PERSON entities NER found in the article."""
    if not persons or not any(_CONFESSION.search(s) for s in sentences):
        return []
    names = [n for n in (_TITLE.sub("", t.strip(" '‘’\"")) for t in persons) if len(n.split()) >= 2]
    counts = {n.split()[-1]: len(re.findall(r"\b" + re.escape(n.split()[-1]) + r"\b", article_text)) for n in names}
    if not counts:
        return []
    top = max(counts, key=lambda k: counts[k])
    if counts[top] < 3:  # the article is not about one person
        return []
    full = [n for n in names if n.split()[-1] == top and len(n.split()) <= 3]
    return [min(full, key=lambda n: (len(n.split()), names.index(n)))] if full else []


def specialise(names: list[str], article_text: str) -> list[str]:
    """A generic name ("Taliban") becomes the branch the article names elsewhere ("Pakistani Taliban" -> TTP), and
    a group the gold names as the text does becomes the text's name for it (`as_written`)."""
    children = branches(article_text)
    out: list[str] = []
    for n in names:
        n = as_written(children.get(n, n), article_text)
        if n not in out:
            out.append(n)
    return out


@cache
def _written_groups() -> frozenset[str]:
    """Canonical names of the groups of data/groups.csv whose `named` column says "as written": the gold keeps a
    few canonical names (Islamic State, Taliban, ...) and names every other group as the text does ("PKK")."""
    return frozenset(r["canonical"] for r in data_rows("groups.csv") if r["named"].strip() == "as written")


def as_written(name: str, article_text: str) -> str:
    """The article's own name for a lexicon group named "as written": its canonical name when the article uses it,
    else the first alias the article uses ("PKK", "al Qaeda"); any other name unchanged."""
    return _text_names(article_text).get(name, name) if name in _written_groups() else name


@last_text
def _text_names(article_text: str) -> dict[str, str]:
    """Canonical name -> the first alias the article uses for it, for each group the article names only by other
    names than its canonical one (the article's one scan: gazetteer.named_groups)."""
    first: dict[str, str] = {}
    canonical_used: set[str] = set()
    for n in named_groups(article_text):
        c = n.group.canonical
        written = n.written.replace("’", "'")  # a typographic apostrophe writes the same name (groups.csv twins)
        first.setdefault(c, written)
        if written.lower().replace("'", "") == c.lower().replace("'", ""):  # "Kurdistan Workers Party" is the name
            canonical_used.add(c)
    return {c: a for c, a in first.items() if c not in canonical_used}


@last_text
def branches(article_text: str) -> dict[str, str]:
    """Generic group -> the first branch of it the article names (cached: every incident of an article asks, and
    rescanning the whole text per incident made extraction quadratic in incidents)."""
    children: dict[str, str] = {}
    for n in named_groups(article_text):
        g = n.group
        if g.parent:
            children.setdefault(g.parent, g.canonical)
    return children


def claimed_by(sentences: list[str]) -> list[str]:
    out: list[str] = []
    for s in sentences:
        if _CLAIM.search(s):
            for canonical, kind, _, _ in groups_in(s):
                if kind != "state" and canonical not in out:
                    out.append(canonical)
    return out


_VICTIM_AFTER = re.compile(r"\b(?:(?:shot|shooting|gunned|gunning) (?:dead|down)|"  # "shooting dead 17 villagers"
                           r"attack(?:ed|ing)?|attacks? on|target(?:ed|ing)|kill(?:s|ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|"
                           r"arrest(?:ed|ing)|detain(?:ed|ing)|captur(?:ed|ing)|apprehend(?:ed|ing)|nabbed|"
                           r"kidnapp(?:ed|ing)|abduct(?:ed|ing)|ambush(?:ed|ing)|stormed|struck|hit|shot|"
                           r"murder(?:ed|ing)|execut(?:ed|ing)|behead(?:ed|ing)|massacr(?:ed|ing)|slaughter(?:ed|ing)|"
                           r"butcher(?:ed|ing)|stabb(?:ed|ing)|hack(?:ed|ing)|lynch(?:ed|ing)|gunn(?:ed|ing) down|"
                           r"fired (?:at|on|upon)|opened fire (?:at|on)|assault(?:ed)? on|raid(?:ed)? on|blast (?:at|near)|"
                           r"explosion (?:at|near)|against|(?:threw|hurled|lobbed|pelted)\s+(?:[\w'’-]+\s+){0,3}?(?:at|on)|"
                           r"left(?=\s+(?:[\w'’-]+\s+){1,5}?(?:dead|injured|wounded)\b))\s+"  # "left 32 people dead"
                           # a lookahead: the words it reads stay free for the next verb ("an attack carried out by
                           # X killed a police officer": the officer follows "killed", inside the first reading)
                           r"(?=((?:[\w'’-]+[\s,.]+){1,8}))", re.I)
_VICTIM_BEFORE = re.compile(r"(?<![\w'’-])((?:[\w'’-]+[\s,]+){1,8}?)(?:(?:were|was|(?:has|have|had)\s+(?:\w+\s+){0,2}?been|are|got)\s+(?:\w+\s+){0,2}"
                            r"(?:killed|injured|wounded|hurt|kidnapped|abducted|shot|martyred|targeted|attacked|arrested|"
                            r"detained|captured|apprehended|nabbed|ambushed|murdered|executed|beheaded|massacred|slaughtered|"
                            r"butchered|stabbed|hacked|lynched|slain|beaten|gunned)|died|perished|lost (?:their|his|her) li(?:ves|fe))\b", re.I)
# a headline's passive with no auxiliary: a counted subject and a casualty verb with no object after it ("Six
# Rohingya Muslims killed and nine wounded in an aerial attack"); "Two gunmen killed a guard" has one
_VICTIM_HEADLINE = re.compile(r"(?<![\w'’-])((?:\d[\d,]*|(?:" + number_words.count_words()
                              + r")(?:-\w+)?)\s+(?:[\w'’-]+\s+){0,3}?)(?:killed|wounded|injured|kidnapped|abducted)"
                              r"(?=\s*(?:[,.;:]|$|(?:and|in|on|at|near|when|after|as|during|while|by)\b))", re.I)


# where the object of an attack verb ends: its doer ("shot dead by a police officer") or a clause that describes it
# ("the facility, where aid workers live": the facility was attacked)
_OBJECT_END = re.compile(r"\bby\b|,?\s*\b(?:where|which|whose)\b", re.I)


@lru_cache(maxsize=4096)
def _victim_text(sentence: str) -> str:
    """The parts of a sentence that name who suffered: objects of attack verbs and subjects of passive casualty verbs
    ("shot dead by a police officer": the officer is the doer, not a victim). (Cached: every incident of an article
    asks about its sentences.)"""
    blames = _blame_verb().search(sentence) is not None  # most sentences blame no one: no search per attack verb
    parts = [_OBJECT_END.split(m.group(1))[0] for m in _VICTIM_AFTER.finditer(sentence)
             if not (blames and _blamed_event().search(sentence, 0, m.start()))] + \
        [_SPEAKER_BEFORE.split(m.group(1))[-1] for rx in (_VICTIM_BEFORE, _VICTIM_HEADLINE) for m in rx.finditer(sentence)]
    return " | ".join(parts)


# who speaks before the reported passive is no victim ("Police in Mombasa said a man was stabbed": the man is)
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|say|told|reported|confirmed|added|stated|announced)\b(?:\s+that\b)?", re.I)


# the words of a crowd itself ("41 people", "worshippers", "residents"): beside protesters they name the same crowd
_CROWD_WORDS = re.compile(r"\b(?:people|persons|worshippers?|residents?|villagers?|youths?|students?|men|women|crowds?|"
                          r"civilians?|demonstrators?|mourners)\b", re.I)


# the people counted inside the crowd ("killing 66 people, including children"): still the crowd, no bystander
_AMONG_THEM = re.compile(r"\b(?:including|among them|among whom|among the dead)\b[^.;]*", re.I)


def _bystander(victims: str) -> bool:
    """A victim phrase that counts protesters and, beside them, someone the crowd's words do not name ("killing two
    protesters and a 10-year-old boy who was watching from a balcony"): a bystander, a civilian besides them."""
    rx = dict(targets())
    if not rx["protesters"].search(victims):
        return False
    rest = _CROWD_WORDS.sub(" ", rx["protesters"].sub(" ", _AMONG_THEM.sub(" ", victims)))
    return bool(rx["civilians"].search(_without_combatants(rest)))


def target_categories(sentences: list[str], event_type: str,
                      one_sided: bool = False) -> tuple[list[str], list[int]]:
    """Who was attacked, as categories; phrases that only attribute a statement ("police said") do not count.

    In an armed clash the target is the force the non-state side fought, wherever the sentence names it; otherwise
    only the words that name the victims count. A named armed group among the victims is itself the target
    ("beheaded a Taliban fighter"); the people an arrest takes are militants or, otherwise, criminals. A generic
    "people" counts as civilians only when nothing more precise names the victims, and "security forces" only
    when neither police nor military do.

    `one_sided`: the incident is one side's strike whatever its type (a clash in which a force killed armed men and
    no exchange is told, `force_struck_targets`): only the victim words count, as in an air strike, and militants
    may be among them."""
    sentences = own_clauses(sentences, event_type)  # the arrest after a killing takes no victim of the killing
    # "Police arrested a suspect at the scene" joined to a killing: the suspects an arrest takes are no criminals
    # the killing targeted
    arrests = [event_type != "arrest" and (tm := types.classify(s)) is not None and tm.event_type == "arrest"
               for s in sentences]
    found: list[str] = []
    where: list[int] = []
    groups_hit: list[tuple[str, int]] = []
    clash = event_type == "armed_clash" and not one_sided  # both sides' words count
    for i, s in enumerate(sentences):
        masked = _blank(_ATTRIBUTION, _blank(_speaker_phrases(), s))
        victims = _victim_text(masked)
        if not clash:
            masked = victims
            groups_hit += [(c, i) for c, kind, a, b in groups_in(s) if kind == "group" and _agent(s, a, b) == PATIENT
                           and not _rules_over(s, b)]  # "kidnapped in ELN territory": who holds the place
        for category, rx in targets():
            if category == "militants" and not one_sided and event_type not in ("arrest", "air_strike", "armed_clash"):
                continue
            if category == "criminals" and arrests[i]:
                continue
            if clash and category not in FORCE_TARGETS + ("civilians",):
                continue
            if event_type == "arrest" and category in FORCE_TARGETS:
                continue
            # a clash's target is the force the other side fought, wherever named, and the civilians it killed
            text = victims if clash and category == "civilians" else masked
            if category == "civilians":
                text = _without_combatants(text)
            if category == "military":  # "AU troops", "UN soldiers": peacekeepers, no state's military
                text = dict(targets())["peacekeepers"].sub(" ", text)
            # people named by nationality are civilians in one-sided violence; in a clash they may be either side
            nationals = category == "civilians" and not clash and _nation_plural(text)
            if (rx.search(text) or nationals) and category not in found:
                found.append(category)
                where.append(i)
    if event_type == "arrest":
        taken = "militants" if "militants" in found or groups_hit else ("criminals" if found else None)
        keep = [(c, w) for c, w in zip(found, where) if c not in ("militants", "civilians", "criminals")]
        if taken:
            keep.insert(0, (taken, where[0] if where else (groups_hit[0][1] if groups_hit else 0)))
        found, where = [c for c, _ in keep], [w for _, w in keep]
    else:
        for c, i in groups_hit:
            if c not in found:
                found.append(c)
                where.append(i)
    if "civilians" in found and len(found) > 1 and not any(_precise_civilians(_victim_text(s)) for s in sentences):
        at = found.index("civilians")
        del found[at], where[at]
    if "security forces" in found and ({"police", "military"} & set(found)):
        at = found.index("security forces")
        del found[at], where[at]
    if event_type == "protest" and "protesters" in found and "civilians" in found \
            and not any(_bystander(_victim_text(_blank(_ATTRIBUTION, _blank(_speaker_phrases(), s)))) for s in sentences):
        at = found.index("civilians")  # "worshippers protesting after prayers": the crowd's own words, protesters
        del found[at], where[at]
    return found, where


def force_struck_targets(sentences: list[str], event_type: str, doers: list[str],
                         roles: Sequence[Sequence[Role]] | None = None) -> tuple[list[str], list[int]] | None:
    """Targets of a clash whose doers are all state forces and whose words tell no exchange of fire (the doers
    `forces_that_struck` names: "Security forces killed six suspected members of the Islamic State"): the armed men
    the force killed, not the force. Their category as the victim words give it (militants, criminals, civilians
    killed beside them), else militants (the force was found to have killed armed men). None for any other
    incident, whose targets `target_categories` gives (so is a clash in which the force was struck: `force_struck`)."""
    if event_type != "armed_clash" or not doers or tells_exchange(sentences) or (roles and force_struck(roles)):
        return None
    if not all(group_names.is_force(d) and not group_names.own_name(d) for d in doers):
        return None
    found, where = target_categories(sentences, event_type, one_sided=True)  # militants may be its victims
    keep = [(c, w) for c, w in zip(found, where) if c not in FORCE_TARGETS]
    if not any(c in ("militants", "criminals") for c, _ in keep):
        keep.insert(0, ("militants", where[0] if where else 0))
    return [c for c, _ in keep], [w for _, w in keep]


def _blank(rx: re.Pattern[str], text: str) -> str:
    """`text` with every match of `rx` blanked (only its groups' text when it has groups), offsets kept."""
    out = list(text)
    for m in rx.finditer(text):
        for a, b in [m.span(g) for g in range(1, (rx.groups or 0) + 1) if m.group(g)] or [m.span()]:
            out[a:b] = " " * (b - a)
    return "".join(out)


@cache
def _speaker_phrases() -> re.Pattern[str]:
    """The whole phrase of who reports the event, its modifiers with it ("a rebel spokesman said", "Houthi officials
    told AFP", "said a police source", "according to army sources"; data/role_words.csv speaker_nouns, report_verbs),
    the report verb left out of the groups (it still ends a reported victim phrase: `_SPEAKER_BEFORE`): whose side
    speaks is no victim of the event ("a rebel spokesman said" names no militants struck)."""
    lists = word_lists()
    nouns = literal(lists["speaker_nouns"])
    verbs = report_verbs(according=False)
    who = r"((?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + nouns + r")\b(?:\s+(?-i:[A-Z][\w'’.-]*)){0,4})"
    return re.compile(r"\b" + who + r"\s+(?:" + verbs + r")\b|"
                      r"\b(?:" + verbs + r"|according\s+to)\s+" + who + r"(?=\s*(?:[,.;:()]|$))", re.I)


_GENERIC_PEOPLE = re.compile(r"\b(?:people|persons|men|employees?)\b", re.I)  # anyone: civilians only by default


def _precise_civilians(text: str) -> bool:
    """Whether the civilians of data/targets.csv are named by a word more precise than "people" ("mourners",
    "villagers"), which keeps them beside another category the text names."""
    civilians = dict(targets())["civilians"]
    return bool(civilians.search(_GENERIC_PEOPLE.sub(" ", text)))


_WORD = re.compile(r"[\w'’-]+")


def _without_combatants(text: str) -> str:
    """The victim words without those that name members of an armed force: a civilian noun a force word qualifies
    ("army doctors", "military engineers", "police drivers"; not their kin: "military families", data/role_words.csv
    kin_words), people of a nation who serve a side ("Syrians fighting for the government", "Nepalis serving in
    ...": service_words) and people the text arms ("armed herders", "herders armed with rifles": a side, no
    civilians)."""
    service, kin = set(word_lists()["service_words"]), set(word_lists()["kin_words"])
    words = list(_WORD.finditer(text))
    out = list(_ARMED_PEOPLE.sub(lambda m: " " * len(m.group()), text))
    for a, b in zip(words, words[1:]):
        if text[a.end():b.start()].strip():
            continue  # "the army, doctors": not one phrase
        first, second = a.group(), b.group()
        if group_names.is_force(first) and not first.endswith(("'s", "’s", "s'", "s’")) \
                and second.lower() not in kin:
            out[b.start():b.end()] = " " * len(second)  # the force stays a target, its member is no civilian
        elif second.lower() in service and group_names.demonym_plural(first):
            out[a.start():a.end()] = " " * len(first)
    return "".join(out)


_ARMED_PEOPLE = re.compile(r"\b(?:heavily[- ])?armed\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s*(?:[,.;:]|$|\b(?:and|in|on|at|"
                           r"near|who|from)\b))|\b[\w'’-]+\s+armed\s+with\b", re.I)


def _nation_plural(text: str) -> bool:
    """Whether victims are named as people of a country ("25 Yemenis", "11 Somalis")."""
    return any(group_names.demonym_plural(w) for w in re.findall(r"\b[A-Z][a-z]+s\b", text))
