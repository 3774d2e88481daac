"""Victims found dead after an abduction: the killing is the event told, not the abduction before it.

"The bodies of nine farmers were found near Gwoza, a day after they were abducted by Boko Haram", "Six herders were
found dead two days after gunmen kidnapped them": the sentence counts the dead and the abduction is how the killing
began, so the sentence tells a killing (an attack) whose toll is the bodies found. Bodies found with no violent act
told beside them ("the bodies of 20 migrants were found in the desert") tell no event: the abduction's trigger is what
makes the finding a killing here, and without it nothing changes. Told in two sentences ("Nine farmers were abducted
on Monday. Their bodies were found on Tuesday."), the second names the abducted again by a back-reference: the
abduction's draft takes it and becomes the killing, its dead the number abducted unless the finding counts them
(`retold_found_dead`, `abducted_count`); some of them found dead ("two of them") leave an abduction.
"""
from __future__ import annotations

import re

from worker.extract import number_words

# the dead found: "were found dead", "was discovered murdered", "the bodies of ... were found / recovered / dumped",
# "police found the bodies of"
_FOUND = r"(?:found|discovered|recovered|retrieved|located|pulled(?: out)?|fished out|dumped|exhumed|dug up)"
_FOUND_DEAD = re.compile(
    r"\b(?:(?:were|was|have been|has been|had been|later|all|both)\s+(?:(?:later|subsequently|all|both|reportedly)\s+)?"
    r"(?:found|discovered)\s+(?:dead|murdered|killed|slain|beheaded|decapitated|shot dead|executed|lifeless)|"
    r"(?:the\s+)?(?:lifeless\s+|decomposing\s+|mutilated\s+|bullet-riddled\s+)?bod(?:y|ies)\s+of\b[^.;]{0,120}?\b"
    r"(?:were|was|have been|has been|had been)\s+(?:\w+\s+){0,2}?" + _FOUND + r"|"
    + _FOUND + r"\s+(?:the\s+)?(?:lifeless\s+|decomposing\s+|mutilated\s+|bullet-riddled\s+)?bod(?:y|ies)\s+of|"
    r"(?:their|his|her)\s+(?:\w+\s+)?bod(?:y|ies)\s+(?:were|was|have been|has been|had been)\s+(?:\w+\s+){0,2}?"
    + _FOUND + r"|(?:\d{1,4}|" + number_words.below_hundred() + r")\s+(?:more\s+)?(?:bodies|corpses)\s+(?:were|have been|had been)\s+"
    r"(?:\w+\s+)?" + _FOUND + r")\b", re.I)  # "seven bodies were pulled from a river"


def found_dead(sentence: str) -> re.Match[str] | None:
    """The phrase that tells victims found dead, if any ("were found dead", "the bodies of ... were found")."""
    return _FOUND_DEAD.search(sentence)


def killing_of_abducted(sentence: str, event_type: str, strong: bool, followup: bool) -> tuple[int, int] | None:
    """(start, end) of the finding of the dead when the sentence's own event is an abduction (`event_type`, a
    strong trigger that is no follow-up) and it tells its victims found dead: the killing is the sentence's event."""
    if event_type != "abduction" or not strong or followup:
        return None
    m = found_dead(sentence)
    return m.span() if m else None


# the victims told again by a definite word or a pronoun ("their bodies", "the three", "they", "all nine", "the bodies
# of the farmers"): the people the story told abducted before, not new dead
_BACK = re.compile(r"^\W*(?:their|they|the|these|those|all|both|two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
                   re.I)
_ABDUCT = r"(?:abducted|kidnapped|seized|taken hostage|taken captive|snatched)"
_PEOPLE = r"(?P<n>\d{1,5}|" + number_words.below_hundred() + r")\s+(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,2})"
_ABDUCTED = (re.compile(r"\b" + _PEOPLE + r"\s+(?:were|had been|have been)\s+(?:\w+\s+)?" + _ABDUCT + r"\b", re.I),
             re.compile(r"\b" + _ABDUCT + r"\s+(?:at least\s+)?" + _PEOPLE + r"\b", re.I))


def retold_found_dead(sentence: str) -> bool:
    """The sentence tells victims the story named before found dead ("Their bodies were found in a field on
    Tuesday", "The three were found dead on Thursday"): a back-reference opens it and it tells the finding."""
    m = found_dead(sentence)
    return m is not None and bool(_BACK.match(sentence)) and not _NEW_BODIES.match(sentence) \
        and not _SOME_OF.match(sentence)


# "Two of them were found dead", "some of the hostages": part of the abducted, who stay an abduction's victims
_SOME_OF = re.compile(r"^\W*(?!all\b|both\b|each\b)(?:[\w-]+\s+)of\s+(?:them|the)\b|^\W*some\b", re.I)


# "The bodies of 20 migrants": bodies the sentence counts anew, not the people told before ("the bodies of the nine")
_NEW_BODIES = re.compile(r"^\W*the\s+(?:\w+\s+)?bod(?:y|ies)\s+of\s+(?!the\b|them\b|all\b|both\b|these\b|those\b)", re.I)


def abducted_count(sentence: str) -> int | None:
    """The number of people a sentence tells abducted ("Nine farmers were abducted", "gunmen kidnapped three aid
    workers"), when a person noun ends the counted words."""
    from worker.extract import toll_phrases  # the person lexicon, read when a count is asked for
    for rx in _ABDUCTED:
        for m in rx.finditer(sentence):
            if any(toll_phrases.is_person_noun(w) for w in m.group("words").split()):
                return number_words.value(m.group("n"))
    return None


# the killing verbs that may take the abducted as their object or subject
_KILLS = (r"(?:killed|murdered|executed|beheaded|decapitated|slaughtered|butchered|slain|strangled|lynched|"
          r"shot(?:\s+(?:and\s+killed|dead|to\s+death))?|gunned\s+down|hacked\s+to\s+death|stabbed\s+to\s+death|"
          r"slit\s+(?:his|her|their)\s+throats?|put\s+(?:him|her|them)\s+to\s+death)")
# "her" and "both" only as a whole object ("shot her dead", "killed both"), not a possessive or a determiner ("shot
# both her parents dead", "killed her husband"); "the hostages" not as a possessive ("the hostages' driver")
_OBJECT_END = (r"(?=\s*(?:[,.;:]|$|dead\b|to\s+death\b|and\b|in\b|on\b|at\b|after\b|before\b|when\b|as\b|while\b|"
               r"later\b|near\b|with\b|hours?\b|days?\b|shortly\b|too\b|execution-style\b|because\b|for\b|"
               r"despite\b|even\b|inside\b|outside\b|behind\b|then\b))")
_THE_TAKEN = (r"(?:(?P<pron>him|her" + _OBJECT_END + r"|them)|both" + _OBJECT_END + r"|all\s+of\s+them|"
              r"(?:all\s+)?the\s+(?:[\w-]+\s+)?(?:hostages?|captives?|victims?|abductees?)(?!['’]))")
_TAKEN_KILLED = (
    # "kidnapped and killed a village head", "was abducted and beheaded": one object, two verbs
    re.compile(r"\b" + _ABDUCT + r"\s+and\s+(?:then\s+|later\s+|subsequently\s+)?" + _KILLS + r"\b", re.I),
    # "abducted a priest from his parish ... and killed him", "later executed them"
    re.compile(r"\b(" + _ABDUCT + r")\b[^.;]*?\b(?:" + _KILLS + r"\s+" + _THE_TAKEN + r"\b(?!\s+of\b)|"
               r"slit\s+(?:his|her|their)\s+throats?\b)", re.I),
    # "two aid workers abducted by gunmen near Bentiu on Monday were killed hours later": the abducted are the subject
    re.compile(r"\b(?:kidnapped|abducted|seized|taken\s+hostage)\s+(?:by|from|in|at|near|on|during|while)\b"
               r"(?:(?!\b(?:which|whom|who|whose|where|after|before|when|until|but|freed|released|rescued|escaped|"
               r"found|saved)\b)[^.;,]){0,100}?"
               r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:later|subsequently|all|both|then)\s+)?"
               + _KILLS + r"\b", re.I),
    # "beheaded a fisherman it had kidnapped", "killed the traders they abducted on Monday"
    re.compile(r"\b" + _KILLS + r"\s+(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?"
               r"(?:(?:who|whom|that)\s+)?(?:it|they|he|she|the\s+\w+|(?:who|that)\s+(?:were|was|had\s+been))\s+"
               r"(?:had\s+)?(?:earlier\s+|previously\s+)?" + _ABDUCT + r"\b", re.I),
)


# the sex a person noun tells: "abducted the wife of a businessman ... and shot him dead" kills the husband, not her
_FEMALE = frozenset("wife wives woman women girl girls daughter daughters mother mothers sister sisters nun nuns widow "
                    "widows lady ladies schoolgirl schoolgirls bride niece aunt grandmother housewife "
                    "businesswoman policewoman".split())
_MALE = frozenset("husband man men boy boys son sons father fathers brother brothers priest priests imam imams pastor "
                  "pastors monk monks nephew uncle grandfather businessman policeman schoolboy schoolboys".split())


def _other_sex(abducted: str, pronoun: str | None) -> bool:
    """The pronoun after the abduction names someone of the other sex than the first person noun the abduction's
    object tells ("abducted the wife of a trader and shot him dead"): not the abducted."""
    if pronoun is None or pronoun.lower() not in ("him", "her"):
        return False
    for w in re.findall(r"[a-z]+", abducted.lower())[:6]:
        if w in _FEMALE or w in _MALE:
            return (w in _FEMALE) != (pronoun.lower() == "her")
    return False


def killed_the_taken(texts: list[str]) -> bool:
    """The killing's victims are the people abducted, not others killed in the same raid: one object of both verbs
    ("kidnapped and killed a village head"), a pronoun or "the hostages" after the abduction ("abducted a priest and
    killed him"), the abducted as the subject of the killing ("two aid workers abducted near Bentiu were killed"),
    or the killed described as abducted ("beheaded a fisherman it had kidnapped"). "Abducted 50 people and also
    killed three others", "shot two of them dead" tell an abduction in which some were killed: an abduction still."""
    return any(rx.search(t) if k != 1 else any(not _other_sex(m.group()[len(m.group(1)):], m.group("pron"))
                                               for m in rx.finditer(t))
               for k, rx in enumerate(_TAKEN_KILLED) for t in texts)


def killing_of_taken(texts: list[str]) -> tuple[int, str] | None:
    """(index of the sentence, event type) of the killing that an abduction's sentences tell beside it ("bandits
    kidnapped a retired inspector and shot him dead", "militants abducted seven shepherds and executed them", "two
    aid workers abducted on Monday were killed hours later"): read with the abduction's own words blanked, the
    first sentence that still tells a violent act of another kind, when the killed are the abducted
    (`killed_the_taken`). The caller asks only when the incident has dead:
    where people were killed, the killing is the event (the nine types of WAD have no abduction), and the abduction
    how it began; "kidnapped 15 farmers; they were released" keeps the abduction."""
    from worker.extract import toll_phrases, types  # types reads this module's finding: imported when asked
    from worker.extract.gazetteer import triggers
    if not killed_the_taken(texts):
        return None
    taken = [t.rx for t in triggers() if t.event_type == "abduction"]
    for i, text in enumerate(texts):
        rest = toll_phrases.blank_spans(text, [m.span() for rx in taken for m in rx.finditer(text)])
        tm = types.classify(rest)
        if tm is not None and not tm.followup and tm.event_type not in ("abduction", "arrest", "other"):
            return i, tm.event_type
    return None

