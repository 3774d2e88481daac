"""Armed groups outside the lexicon (data/groups.csv), named by the parse: the doer of a violence verb or a side of a
clash whose phrase names a group ("attacked by members of the Jukun militia", "suspected Fulani herdsmen",
"X claimed responsibility"). The lexicon cannot list every militia, clan or gang of the world; the dependency parse
says who acted, and the phrase's own words (data/group_nouns.csv) or NER say whether it is a group, not a person
or "unknown gunmen"; a body noun that names a group only as a capitalised name's last word ("the Kivu Defence
Network", "the Cobra Forces") is marked "capital" there. Pure."""
from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Sequence

from worker.extract import number_words
from worker.extract.alternation import literal
from worker.extract.countries import demonyms
from worker.extract.gazetteer import DEMONYMS, groups, places, states, targets
from worker.extract.name_readings import people_name
from worker.extract.syntax import NAME_LABELS, Role, word_lists
from worker.extract.wire_agencies import is_agency, title_dateline

FORCES = ("police", "military", "paramilitary", "security forces")
_DATELINE = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .,'-]+\s*(?:--|—|–|\(\w)")  # "KABUL --", "MOGADISHU (AP)"
# a wire dateline opening a sentence: "KABUL (AP) —", "LAGOS, Nigeria (Reuters) -", "KARACHI:", "BAMAKO, 18 Sept:"
_WIRE_DATELINE = re.compile(r"^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{2,40}?(?:,\s*[A-Z0-9][\w .]{1,30}?)?\s*(?:\([^)]{1,40}\))?"
                            r"\s*(?:--|[:—–-])\s")
# who claims an attack is a group whatever NER says of its name
_CLAIM_PATTERNS = ("claim", "claim_passive_by", "claimed_by", "claim_noun_by")
_MODIFIER_PATTERNS = ("noun_modifier",)  # data/roles.jsonl patterns that read a modifier of an event noun
# the small words of a proper name ("Jamaat-ul-Ahrar", "Ahl al-Sunna wal Jamaa", "Front for the Liberation of ...")
_NAME_PARTICLES = {"al", "ul", "e", "i", "wal", "wa", "of", "the", "for", "and", "de", "du", "des", "la", "el", "bin"}


@cache
def group_nouns() -> dict[str, bool]:
    """data/group_nouns.csv: head noun (lower case) -> whether it names a group alone ("herders") or only with a
    qualifier ("Jukun militia"; "militia" alone says nothing about who)."""
    return {w: alone == "yes" for w, alone in _noun_rows() if alone != "capital"}


@cache
def _noun_rows() -> tuple[tuple[str, str], ...]:
    """(noun in lower case, its "alone" mark) of each row of data/group_nouns.csv."""
    text = resources.files(__package__).joinpath("data", "group_nouns.csv").read_text("utf-8")
    return tuple((r["word"].strip().lower(), r["alone"].strip()) for r in csv.DictReader(text.splitlines()))


@cache
def capital_nouns() -> frozenset[str]:
    """data/group_nouns.csv nouns marked "capital": a group noun only as the capitalised last word of a proper name
    ("the Eastern Security Network", "the Wana Battalion", "the Cobra Forces"); in lower case they name no one
    ("a criminal network", "rebel forces")."""
    return frozenset(w for w, alone in _noun_rows() if alone == "capital")


@cache
def proper_nouns() -> frozenset[str]:
    """The group nouns a capitalised name may end in: group_nouns and capital_nouns."""
    return frozenset(group_nouns()) | capital_nouns()


@cache
def _name_only_nouns() -> frozenset[str]:
    """data/group_nouns.csv nouns marked "name": a group only after a proper name, and no part of it ("the Mai-Mai
    Kata Katanga group" is "Mai-Mai Kata Katanga"; "an armed group" names no one)."""
    text = resources.files(__package__).joinpath("data", "group_nouns.csv").read_text("utf-8")
    return frozenset(r["word"].strip().lower() for r in csv.DictReader(text.splitlines()) if r["alone"].strip() == "name")


@cache
def _nations() -> frozenset[str]:
    """Country names and demonyms: a qualifier that is only a nationality ("Nigerian troops", "Somali gunmen") names
    a state force or nobody, never a group."""
    return frozenset({d.lower() for d in DEMONYMS} | {c.lower() for c in DEMONYMS.values()}
                     | {d.lower() for d in demonyms()} | {c.lower() for c in demonyms().values()}
                     | {s.country.lower() for s in states().values()} | {s.demonym.lower() for s in states().values()})


def is_nation(text: str) -> bool:
    """A country or nationality, also in the plural ("Russians", "Somalis")."""
    low = text.lower()
    return low in _nations() or (low.endswith("s") and low[:-1] in _nations())


def demonym_plural(word: str) -> bool:
    """A nationality in the plural ("Yemenis", "Afghans"), not a country's own name ("Philippines") nor a group's
    ("Houthis")."""
    low = word.lower()
    return low.endswith("s") and low[:-1] in _nations() and low not in _nations()


@lru_cache(maxsize=1 << 14)  # asked of every word of a victim phrase: the same words again and again
def is_force(text: str) -> bool:
    """Whether the words name a state force category of data/targets.csv (police, troops, security forces)."""
    return any(rx.search(text) for c, rx in targets() if c in FORCES)


def own_name(core: str) -> bool:
    """Whether a force word is part of a proper name other than a state's ("Kachin Independence Army"), not a state's
    force ("the Nigerian Army", "Federal Police"): a capitalised word in it that is no nation and no word of a state
    force's name."""
    words = core.split()
    if len(words) < 2 or not any(w[:1].isupper() for w in words[1:]):
        return False
    return any(all(p[:1].isupper() for p in w.split("-")) and not is_nation(w)
               and w.lower() not in _STATE_NAME_WORDS for w in words)  # "Anti-riot Police" is no name


def named_body(core: str) -> bool:
    """Whether a capitalised name with a "capital" body noun (Network, Alliance, Battalion, Legion, Resistance, Forces)
    names a body of its own: a capitalised word in it that is no nation, no word of a state force's name, no such body
    noun and no word of an army unit's name ("Infantry", "Intervention": data/role_words.csv unit_name_words), in a
    name that is no bloc of states ("Alliance of Sahel States", "Atlantic Alliance": bloc_name_words). "the Wana
    Battalion", "the Kivu Defence Network" do; "the Iraqi Resistance" (a nation's: left to NER), "the Kenya Defence
    Forces", "the 44th Infantry Battalion" (a state's) do not."""
    words = [w.strip(",") for w in core.split()]
    lists = word_lists()
    if len(words) < 2 or any(w.lower() in lists["bloc_name_words"] for w in words):
        return False
    plain = _STATE_NAME_WORDS | capital_nouns() | set(lists["unit_name_words"])
    return any(all(p[:1].isupper() for p in w.split("-")) and not is_nation(w) and w.lower() not in plain
               for w in words)


_STATE_NAME_WORDS = {"national", "federal", "royal", "armed", "defence", "defense", "forces", "force", "army", "police",
                     "military", "security", "air", "navy", "naval", "special", "republican", "guard", "gendarmerie",
                     "state", "service", "mobile", "border", "people's", "popular", "command", "the", "arab",
                     "presidential", "revolutionary", "counter-terrorism"}

def _proper(words: Sequence[str]) -> bool:
    """Every word capitalised, or a particle of a name; at least one capitalised."""
    return any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_PARTICLES or all(
            p[:1].isupper() or p.lower() in _NAME_PARTICLES for p in w.split("-")) for w in words)


def name(role: Role) -> str | None:
    """The group a doer's phrase names, as the text writes it (no article), or None: a lexicon name (the lexicon
    decides), a force or nationality, a generic noun ("gunmen", "armed men"), a person."""
    core = re.sub(r"^(?:the|a|an)\s+", "", role.core.strip(" ,;:'\"‘’“”()"), flags=re.I)
    core = core.split(" (", 1)[0]  # NER's "Mozambique National Resistance (Renamo": the name, not its bracketed alias
    core = _whole_name(_counted(core, role), role.text)
    strip = set(word_lists()["hedges"]) | set(word_lists()["descriptors"])
    while core.split(" ", 1)[0].lower() in strip and " " in core:
        core = core.split(" ", 1)[1]  # "Suspected Fulani militia", "Armed Tuareg men" opening a sentence: no part of
        # the name
    core = _with_people_head(core, role)
    if not core or any(groups()[0].search(x) and not _only_labels(x) for x in (role.text, core)) or (
            is_force(core) and not own_name(core)):  # "the Zelva Liberation Army" is a group's name
        return None
    if is_nation(core) or _DATELINE.match(role.text) or _agency_place(role, core):
        return None  # "The Russians" (a state), "KABUL --" (a dateline), "(AP)" (who filed the story)
    words = core.split()
    head = words[-1].split("-")[-1].lower()
    mods = [w for w in words[:-1] if w.lower() not in _NAME_PARTICLES]
    qualified = [w for w in mods if not is_nation(w.strip(","))]
    nouns = group_nouns()
    if head in capital_nouns() and words[-1].split("-")[-1][:1].isupper() and named_body(core):
        nouns = {**nouns, head: False}  # "the Wana Battalion": the proper name's own body noun ("Special Forces":
        # a state's unit, no name of its own)
    if (group := _members_group(words)) is not None:
        return group
    if head in _name_only_nouns():
        proper = _proper_run(words[:-1])
        return " ".join(proper) if proper and not is_nation(" ".join(proper)) else None
    if head in nouns:
        if qualified:
            return _feud_side(words, qualified)
        if not nouns[head] or mods:
            return None
        return words[-1] if role.label in NAME_LABELS else words[-1].lower()  # "Muslims" (NORP), "herders"
    if role.name in _MODIFIER_PATTERNS:
        return None  # "the KPO attack": a name before an event noun is as often the target as the doer
    if len(words) == 1 and head in word_lists()["armed_nouns"]:
        return None  # "Jihadists on motorbikes killed": a generic armed noun, capitalised as the sentence's first word
    if head in word_lists()["craft_nouns"] or head in word_lists()["weapon_nouns"]:
        return None  # "Warplanes bombed ...", "Drones struck ...": what struck, never who, though NER may call it ORG
    if head in word_lists()["institution_nouns"]:
        return None  # "the Basmanny District Court ordered the suspects detained": who decided, never an armed group
    if role.label in NAME_LABELS or role.name in _CLAIM_PATTERNS:
        return core if _proper(words) else None
    return None


def _counted(core: str, role: Role) -> str:
    """The people a count word heads ("Dozens of Lendu militiamen": the parse makes "Dozens" the core), read after its
    "of" up to a word that opens what follows them ("Dozens of fighters from the X militia": "fighters", whose group
    the affiliation reads); any other core as it is."""
    if core.lower() not in number_words.values("cardinal", "vague", "scale") or " of " not in role.text:
        return core
    words = re.sub(r"^(?:the|these|those)\s+", "", role.text.split(" of ", 1)[1].strip(), flags=re.I).split()
    end = next((k for k in range(1, len(words)) if words[k] in _postmodifier_openers()
                and not (words[k - 1][:1].isupper() and _capitalised_after(words[k + 1:]))), len(words))
    return " ".join(words[:end])


@cache
def _postmodifier_openers() -> frozenset[str]:
    """Lower-case words that end a noun phrase's own words and open what follows them: a preposition, a relative
    pronoun, an affiliation participle (data/role_words.csv count_phrase_stops, compound_affiliations)."""
    return frozenset(word_lists()["count_phrase_stops"]) | frozenset(word_lists()["compound_affiliations"])


def _capitalised_after(words: Sequence[str]) -> bool:
    """Whether the next word, past an article, is capitalised: a particle inside a name ("Defence of Congo")."""
    rest = [w for w in words[:2] if w.lower() != "the"]
    return bool(rest) and rest[0][:1].isupper()


def _whole_name(core: str, text: str) -> str:
    """The core with the capitalised words the phrase goes on with when NER cut the name after a particle ("Nduma
    Defence of" in "the Nduma Defence of Congo-Renove"): a name does not end in "of" or "for". It stops before "and
    the", which opens the next group's name ("... of Congo-Renove and the Raia Mutomboki"), not a word of this one."""
    if not core or core.split()[-1].lower() not in _NAME_PARTICLES - {"al", "e", "i", "ul"}:
        return core
    m = re.search(re.escape(core) + r"((?:\s+(?:[A-Z][\w'’-]*|of|the|for|and(?!\s+the\b)|de|du|la))*\s+[A-Z][\w'’-]*)",
                  text)
    return core + m.group(1) if m else core


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,4})?")


def _members_group(words: list[str]) -> str | None:
    """The group a member noun's phrase names by its own proper name ("Zelva Front fighters", "Sanaga Liberation
    Army rebels" -> the Front, the Army): a member or armed noun (data/role_words.csv member_nouns, armed_nouns:
    fighters, militants, gunmen, rebels) after a name that ends in a capitalised group noun (data/group_nouns.csv:
    Front, Movement, Brigade) is that group's men, and the gold names the group, not its men. A people's men ("Fulani gunmen") or a lower-case
    group noun ("Fulani militia fighters") are no proper name: None, left to the other readings. So is an acronym
    alone before the noun ("the SPLM-N rebels": the gold names "SPLM-N"), unless a nation's or a place's ("US
    troops")."""
    if len(words) < 2 or words[-1].lower() not in {*word_lists()["member_nouns"], *word_lists()["armed_nouns"]}:
        return None
    if len(words) == 2 and _ACRONYM.fullmatch(words[0]) and not is_nation(words[0]) \
            and words[0].lower() not in places():
        return words[0]  # "SPLM-N rebels", "MNLA fighters": a group's acronym, not a word of the sentence
    if len(words) < 3:
        return None
    inner = words[:-1]
    noun = inner[-1].split("-")[-1]
    if not noun[:1].isupper() or noun.lower() not in proper_nouns() or noun.lower() in _name_only_nouns():
        return None
    proper = _proper_run(inner)
    if len(proper) < 2 or proper[-1] != inner[-1] or is_nation(" ".join(proper[:-1])):
        return None  # "Nigerian Army soldiers": a state's force, for is_force and the lexicon
    return " ".join(proper)


def _with_people_head(core: str, role: Role) -> str:
    """The core with the phrase's group noun put back when NER took only the people before it for the name
    ("Suspected Fulani gunmen": NER reads "Suspected Fulani" as an ORG, the core keeps "Fulani"): a people, a faith
    or a nationality names no group by itself; with its noun it does ("Fulani gunmen") or, a nation's, names a
    state's men (is_nation, left to the caller)."""
    head = role.head
    if not core or not head or head.lower() not in group_nouns() or core.split()[-1].lower() == head.lower():
        return core
    if not people_name(core) or not re.search(re.escape(core) + r"\s+" + re.escape(head) + r"\b", role.text):
        return core
    return f"{core} {head}"


def _proper_run(words: Sequence[str]) -> list[str]:
    """The proper name that ends a run of words, before a group noun ("the 3R rebel" -> ["3R"], "Mai-Mai Kata
    Katanga" -> all): the last capitalised words and the particles between them, lower-case descriptors after it
    dropped ("rebel", "armed")."""
    def named(w: str) -> bool:
        return w[:1].isupper() or w[:1].isdigit()

    end = len(words)
    while end and not named(words[end - 1]):
        end -= 1
    start = end
    while start and (named(words[start - 1]) or words[start - 1].lower() in _NAME_PARTICLES):
        start -= 1
    run = list(words[start:end])
    while run and run[0].lower() in _NAME_PARTICLES:
        run = run[1:]
    return run


def _feud_side(words: list[str], qualified: list[str]) -> str:
    """The name of a qualified group phrase. A side adjective ("rival", data/role_words.csv side_adjectives) is kept
    only when nothing else says who they are ("rival drug gangs": the drug gangs), and then names one party of the
    feud: a collective noun in the plural ("two rival clans") stands for several such groups, each "rival clan"
    (data/role_words.csv collective_nouns)."""
    sides = set(word_lists()["side_adjectives"])
    if not any(w.lower() in sides for w in qualified):
        return " ".join(words)
    if any(w.lower() not in sides for w in qualified):
        return " ".join(w for w in words if w.lower() not in sides)
    return " ".join(words[:-1] + [_one_collective(words[-1])])


def _one_collective(head: str) -> str:
    """One of a plural collective noun ("clans" -> "clan", "communities" -> "community", data/role_words.csv
    collective_nouns); any other head as it is ("herdsmen": each side is still many people)."""
    one = next((c for c in word_lists()["collective_nouns"] if head.lower() in (c + "s", c[:-1] + "ies")), None)
    return one if one is not None else head


_CONJUNCTION = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def sides_of(group: str) -> list[str]:
    """The groups a name joins: names coordinated before one plural group noun are each a group of that kind ("the
    Dinka and Nuer communities" -> "Dinka community", "Nuer community"; "Hutu and Twa militias"), as the sides of a
    communal clash are counted apart. A capitalised head is part of a proper name ("Justice and Equality
    Movement") and a lower-case qualifier names no one ("local and foreign gangs"): both stay whole."""
    words = group.split()
    head = words[-1] if words else ""
    noun = head.split("-")[-1]  # "sub-clans": a kind of clans
    if len(words) < 4 or not head.islower() or noun not in group_nouns() or _one_collective(head) == head \
            and not head.endswith(("s", "men")):
        return [group]
    parts = _joined_places(_CONJUNCTION.split(" ".join(words[:-1])), _CONJUNCTION.findall(" ".join(words[:-1])))
    if len(parts) < 2 or not all(p and p[:1].isupper() for p in parts):
        return [group]
    return [f"{p} {_one_collective(head)}" for p in parts]


def _joined_places(parts: list[str], joints: list[str]) -> list[str]:
    """`parts` rejoined across each conjunction that lies inside one place's name (the gazetteer's countries,
    provinces and towns: "Trinidad and Tobago", "Bosnia and Herzegovina Serb", "Jammu and Kashmir"), so one place
    qualifying a group noun is one side, not two."""
    out = [parts[0]]
    for joint, part in zip(joints, parts[1:]):
        left, right = out[-1].split(), part.split()
        if any(" ".join(left[-i:] + [joint.strip()] + right[:j]).lower() in places()
               for i in range(1, min(len(left), 3) + 1) for j in range(1, min(len(right), 3) + 1)):
            out[-1] = out[-1] + joint + part
        else:
            out.append(part)
    return out


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+$")


def qualified_label(sentence: str, start: int, end: int) -> str:
    """An identity label as the text says it ("herdsmen", "bandits"), with the people it is qualified by right
    before it ("Fulani herdsmen", "Tuareg bandits"): the gold keeps the qualified group, and a people names who they
    are where the bare label does not. A nationality ("Nigerian herdsmen") is no such people (`is_nation`)."""
    label = sentence[start:end].lower()
    m = _WORD_BEFORE.search(sentence[max(0, start - 40):start])
    if m is None:
        return label
    word = m.group(1)
    if people_name(word[:1].upper() + word[1:]) and not is_nation(word):
        return f"{word} {label}"
    return label


def _agency_place(role: Role, core: str) -> bool:
    """A news agency where only an agency stands: its full name ("the Associated Press", "Reuters") anywhere, a
    short form ("AA", "CNA") only in brackets ("(AA)"), as short forms are also armed groups' ("the AA attacked":
    the Arakan Army), and a dateline's agency is cut off before (dateline_end)."""
    if not is_agency(core):
        return False
    return not core.isupper() or role.text.lstrip().startswith("(")


def _only_labels(text: str) -> bool:
    """Whether every lexicon name in the phrase is an identity label ("herdsmen"): a qualified one ("Fulani
    herdsmen") is named by the phrase."""
    rx, table = groups()
    return all(table[m.group().lower()].kind == "label" for m in rx.finditer(text))


def dateline_end(sentence: str) -> int:
    """Where a wire dateline opening the sentence ends (0: none). Its city and agency are where and by whom the
    story was filed, never actors, though NER reads them as ORG and the parser hangs them on the lead's verb."""
    m = _WIRE_DATELINE.match(sentence) or title_dateline().match(sentence)  # "Kano, Nigeria (AP) —" too
    return m.end() if m else 0


_APPOSITION = re.compile(r"(?:an?|one)\s", re.I)
# the comma before an apposition, after the name's alias in brackets if it has one ("the Ambazonia Defence Forces
# (ADF), one of the separatist militias")
_APPOSED_GAP = re.compile(r"(?:\(\s*[\w.'’&-]+(?:\s+[\w.'’&-]+)?\s*\)\s*)?,")


def restates(sentence: str, role: Role, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a doer's phrase only restates the group named right beside it (`spans`: where the sentence names
    groups): an indefinite apposition ("the Cobra Forces, a Christian militia, attacked": what the group is, not a
    second doer) or an alias in brackets ("the People's Defence Force (PDF)": the same group again); or a phrase of
    a group noun that only says what kind of group the name right after it is ("the Ambazonian separatist group Amba
    Boys": "Ambazonian" is no name of its own)."""
    for a, b in spans:
        if a == role.end + 1 and not sentence[role.end:a].strip() and role.head.lower() in _name_only_nouns():
            return True
        if not a < b <= role.start:
            continue
        gap = sentence[b:role.start]
        if _APPOSED_GAP.fullmatch(gap.strip()) and _APPOSITION.match(role.text) \
                or gap.strip() == "(" and sentence[role.end:role.end + 1] == ")":
            return True
    return False


def outside_lexicon(found: Sequence[Role], doers: Sequence[str]) -> list[tuple[str, Role]]:
    """(name, role) of each group outside the lexicon the parse makes a doer (its role in `doers`)."""
    out: list[tuple[str, Role]] = []
    bare: list[Role] = []  # sides the phrase alone names no group ("Hutu" in "between Hutu and Tutsi militias")
    for r in found:
        if r.role in doers and (n := name(r)) is not None:
            out += [(side, r) for side in sides_of(n) if all(side != x for x, _ in out)]
        elif r.role == "side" and r.role in doers and re.fullmatch(r"[A-Z][\w'’-]+", r.text.strip()):
            bare.append(r)
    return _shared_nouns(out, bare)


def _shared_nouns(named: list[tuple[str, Role]], bare: Sequence[Role] = ()) -> list[tuple[str, Role]]:
    """Sides where a bare name stands beside a named group ("fighting between Gabra and Borana clansmen": the parse
    gives "Gabra" alone) with that group's noun ("Gabra clansmen"), as sides_of does for one phrase; only between
    sides of one clash phrase (both roles SIDE, the bare one right before the other, "and" between them). `bare`:
    side roles of one capitalised word that name no group alone ("Hutu" in "between Hutu and Tutsi militias"), kept
    only when so completed."""
    out = []
    for n, r in [(r.text.strip(), r) for r in bare] + named:
        other = next((o for o, q in named if q.role == r.role == "side" and 0 < q.start - r.end <= 6
                      and len(o.split()) == 2 and o[:1].isupper() and o.split()[1].islower()
                      and o.split()[1].split("-")[-1] in group_nouns()), None)
        if other is not None and " " not in n and n[:1].isupper() and not is_nation(n):
            out.append((f"{n} {other.split()[1]}", r))
        elif any(r is x for _, x in named):
            out.append((n, r))
    return sorted(out, key=lambda x: x[1].start)


def _capitalised(words: frozenset[str]) -> str:
    """The alternation of `words` with a capital first letter ("Network", "Battalion")."""
    return literal(sorted(w[:1].upper() + w[1:] for w in words))


@cache
def _cue_rx() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + literal(group_nouns()) + r")\b|\b(?-i:" + _capitalised(capital_nouns()) + r")\b|"
                      r"\bclaim(?:s|ed|ing)? (?:responsibility|credit)|"
                      r"\b(?:riots?|rioting)\s+(?:between|among)\b", re.I)


def may_name_a_group(sentence: str) -> bool:
    """Whether a sentence may name a group outside the lexicon (a group noun, a claim, or the sides of a riot:
    "riots between Hindus and Muslims"): worth parsing."""
    return bool(_cue_rx().search(sentence))
