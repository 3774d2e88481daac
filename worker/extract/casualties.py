"""Killed, injured and arrested counts of a sentence: digits or words, lower bounds flagged, enumerations summed,
people joined to a first victim counted (`companions`), each count's side noted (`victim_groups`) so that `merge`
can add the sides of one toll."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from worker.extract import (companions, figure_names, joined_subjects, manner_of_death, named_victims, number_words,
                            ordinal_victims, prior_acts, restatements, toll_phrases, victim_groups, victim_lists)
from worker.extract.alternation import first_char_guard, literal

# words a toll counts with that are no numbers: the article of one victim, a pronoun, "all three of them"
_ONE_WORDS = {"a": 1, "an": 1, "another": 1, "him": 1, "her": 1}
_ALL = ("two", "three", "four", "five")  # "all three": the whole of a set told before
WORDS = number_words.values("cardinal", "collective", "vague") | {"hundred": 100, "dozen": 12} | _ONE_WORDS \
    | {"all " + w: number_words.values("cardinal")[w] for w in _ALL}
_UNIT = number_words.below_hundred()
_BIG = "|".join(w for w, v in number_words.scales().items() if v > 100)  # "thousand|million"
# "1,200,000", "1.5 million", "two hundred", "a million": grouped digits read whole, scale words multiply
_SCALED = (r"\d{1,3}(?:\.\d{1,3})?\s+(?:" + _BIG + r")|(?:" + _UNIT + r")[- ]dozen|\d{1,3}(?:,\d{3})+|(?:a|" + _UNIT
           + r")[- ]hundred(?:\s+and\s+" + _UNIT + r"\b)?(?:[- ]"
           r"(?:" + _BIG + r"))?|(?:a|" + _UNIT + r")[- ](?:" + _BIG + r")|")
# a figure: scaled, digits, a number below a hundred, "all three", a set or vague phrase ("half a dozen", "dozens"),
# a word that counts one ("another", "him"), or the article of one victim (not "a number of", "a lot of")
_NUM = (r"(?:" + _SCALED + r"\d{1,6}|" + _UNIT + r"|all (?:" + "|".join(_ALL) + r")|"
        + number_words.alternation("collective", "vague").replace("|both", "|" + number_words.BOTH) + r"|another|hundred|him|her|"
        r"an?(?!\s+(?:number|lot|host|series|handful|total|group|string|spate|wave|range|variety|couple)\s+of\b))")
# not the article of one victim, but the article of a set figure is one ("a dozen injured", "a hundred killed");
# "a score" only before "of" or a plural noun ("a score of villagers", "a score people"), not the idiom "settle a
# score" before a verb ("who came to settle a score killed two people")
_NOT_A = (r"(?!an?\b(?![- ](?:dozen|half[- ]dozen|hundred|thousand|million)\b)(?![- ]score\s+(?:of\b|more\b|other\b|"
          r"(?!(?:was|is|has|as|its|this|us|kills)\b)[a-z'’-]+s\b|(?:wo)?men\b|people\b|children\b|police\b)))")
# a figure's approximations ("an estimated 30", "roughly 30": the figure is the report's, not exact) and a sum's
# opener ("a total of 30", exact), before the figure
_BOUND = r"(?:a total of\s+)?(?P<bound>" + number_words.bound_alternation() + r")?\s*"  # data/quantity_bounds.csv
# an age as a word: "17-year-old", "six-month-old" (as a noun, "two 17-year-olds", a person)
_AGE_WORD = re.compile(r"(?:\d{1,3}|[a-z]+)-(?:years?|months?)-old", re.I)
_PERSON = (r"(?:people|persons|person|civilians?|soldiers?|troops|policem[ae]n|police officers?|officers?|"
           r"personnel|militants?|terrorists?|insurgents?|attackers?|gunmen|assailants?|fighters?|rebels?|"
           r"children|women|men|man|woman|workers?|villagers?|residents?|passengers?|guards?|drivers?|"
           r"constables?|jawans?|members?|suspects?|students?|worshippers?|protesters?|commanders?|others?|"
           r"bodies|victims?|individuals?|reporters?|security forces|paramilitary soldiers?|troopers?|journalists?|"
           r"children|pilgrims?|commuters?|relatives?|labourers?|laborers?|youths?|'commander'|commander|adults?|boys?|girls?|"
           r"babies|infants?|kids|staff|employees?|inmates?|detainees?|hostages?|pupils?|bandits?|militiam[ae]n|mercenar(?:y|ies)|bodyguards?|cops?|"
           r"servicem[ae]n|commandos?|gendarmes?|" + _AGE_WORD.pattern + r"s?|"  # "two 17-year-olds"
           r"(?-i:[A-Z][a-z]{3,}(?:ans|ians|is|ese|ers)|[A-Z][a-z]{2,}(?:ims|ds|ras|yas|ils|ans|hs))|"
           r"[a-z]{3,}(?:ers|ors|ists|ants))")  # group plurals: Palestinians, Somalis, Muslims, Kurds, Hazaras, Sikhs
# a life lost, not one nearly lost ("nearly/almost lost his life": a survivor) nor a thing of a life ("lost his life
# savings", "lost her life's work": "life" as the first word of a compound noun or an owner)
_LIFE_NOUN = (r"(?![\w'’-])(?!['’]s\b|\s+(?:savings|work|works|partners?|insurance|story|stories|sentences?|"
              r"imprisonment|membership|expectancy)\b)")
_LIFE_LOST = r"(?<!nearly )(?<!almost )(?<!narrowly )(?<!barely )lost (?:their|his|her) li(?:ves|fe)" + _LIFE_NOUN
# a death told as a state or an intransitive verb ("found dead", "perished"), or a verb that kills
# (data/manner_of_death.csv: "murdered", "stabbed to death", "burned alive")
KILL = (r"(?:(?:found |discovered |pronounced |declared )?dead|died|succumbed(?: to (?:their|his|her) (?:injuries|wounds))?|"
        r"embraced martyrdom|laid down (?:their|his|her) li(?:ves|fe)|" + _LIFE_LOST + r"|perished|paid the (?:ultimate|supreme|highest) price|"
        r"made the (?:ultimate|supreme) sacrifice|(?:(?:found|discovered) )?(?:"
        + manner_of_death.kills() + "))")  # "were found beheaded", "was discovered murdered": the finding of one killed
# a wound its holder then died of is no injury: "sustained a gunshot wound and (later) died on the way to hospital",
# "suffered a stab wound before he died" (only the verbs of dying right after: "and was taken to hospital" stays hurt)
_THEN_DIED = (r"(?!,?\s+(?:and|before|but)\s+(?:(?:he|she|they)\s+)?(?:(?:later|subsequently|eventually|then|soon|also)\s+)?"
              r"(?:died|succumbed|passed\s+away)\b)")
HURT = (r"(?:injured|wounded|hurt|(?:sustained|suffered|escaped with|with) (?:\w+ )?(?:injuries|wounds)" + _THEN_DIED
        + r"|hospitali[sz]ed|maimed|"
        # one wound of one victim: "a soldier sustained a gunshot injury", "suffered a bullet wound" (not a "fatal" one)
        r"(?:sustained|suffered) (?:an?|one) (?:(?!(?:fatal|mortal|lethal|deadly)\b)[\w-]+ )?(?:injury|wound)\b"
        + _THEN_DIED + r"|"
        r"(?:taken|rushed|admitted|evacuated|airlifted) to (?:[\w'’-]+ ){0,3}?hospitals?|(?:being )?treated (?:in|at) "
        r"(?:[\w'’-]+ ){0,3}?hospitals?|(?:receiving|undergoing) (?:medical )?treatment|"
        r"(?:being )?treated for (?:\w+ )?(?:wounds|injuries)|"  # "four others were still being treated for gunshot wounds"
        # "a hospital in Maiduguri, where about 30 others were being treated": the hospital named before the figure
        r"(?:(?<=were )|(?<=are )|(?<=still ))being treated(?!\s+(?:as|like|for|with|by|to)\b))")
# a source's word told as not (yet) given: "have not confirmed", "never reported"
_UNDENIED = r"(?<!not )(?<!n't )(?<!never )(?<!not yet )(?<!neither )(?<!nor )"
# an aside that tells dead or hurt of its own is no list of who a figure's people were ("— two civilians also perished —")
_ASIDE_VERBS = KILL + "|" + HURT
ARREST = r"(?:arrested|detained|apprehended|taken into custody|nabbed|held)"


# No event's toll is larger: the deadliest war killed 70 to 85 million. A larger figure is a garbled page (a table of
# IDs, a counter) and would overflow the 64-bit integers JSON readers map incident.v1 counts to, so it is refused.
MAX_TOLL = 100_000_000


def _num(text: str) -> int | None:
    """The number a figure says, None when it is none or above MAX_TOLL."""
    n = _figure(text)
    return n if n is None or n <= MAX_TOLL else None


def _figure(text: str) -> int | None:
    t = text.lower().replace(",", "").strip()
    if t in WORDS:
        return WORDS[t]
    if m := re.fullmatch(r"(\d+(?:\.\d+)?)\s+(thousand|million)", t):  # "1.5 million": exact, no float rounding
        whole, _, frac = m.group(1).partition(".")
        return (int(whole + frac) * number_words.scales()[m.group(2)]) // 10 ** len(frac)
    return number_words.value(t)


@dataclass(frozen=True)
class Count:
    n: int
    lower_bound: bool
    also: bool  # "were also killed": adds to the count already given
    start: int
    end: int
    update: bool = False  # "the toll rose to 12": replaces the counts told before it
    vague: bool = False  # "hundreds", "dozens", "two dozen": gives way to a figure the text states
    figureless: bool = False  # "hundreds", "dozens", "several": no figure at all (alone, the text gives none)
    group: str = victim_groups.ANY  # whose dead: "civilians", "forces", "armed"; parts of one toll that add up
    perpetrator: bool = False  # the attacker's own death: one, however many sentences tell it
    joined: int = 0  # people joined to one singled-out victim: "was shot dead along with his two guards" (2)
    left: bool = False  # wounded who later died ("wounded four, one of whom later died"): no longer of the wounded
    superseded: bool = False  # "earlier reports had put the figure at six": gives way to any other figure
    raised: bool = False  # wounded who died as the toll was raised: they leave a wounded figure first given only
    first_said: bool = False  # a figure a source gave first ("police initially said four"): superseded when replaced
    more: bool = False  # "two more soldiers later died": added to a toll of their side told before
    side: str = victim_groups.ANY  # the side of its people, its own noun's when its group is none: "killing 20 guests"
    present: bool = False  # the wounded as they are ("12 others are still being treated"): the ones who died are out


GERUND = {KILL: r"killing|kills|left|leaving|claimed the lives of|claiming the lives of|slit the throats of|slitting the throats of|"
                + manner_of_death.kills("gerund"),
          HURT: r"wounding|injuring|injures|wounds|hurting|left|leaving", ARREST: r"arresting|detaining"}
# between the auxiliary and the verb: "were yesterday killed", "have so far been killed", "were feared killed"
_ADV = (r"(?:(?:also|again|still|reportedly|allegedly|later|all|since|now|so far|yesterday|today|feared|believed|confirmed|briefly|"
        r"reported|presumed|critically|seriously|severely|badly|slightly|lightly|moderately|gravely)\s+)")


# inside a subject ("two soldiers, one policeman and a worker"), no casualty verb: "A gunman killed four people and
# wounded seven" has no subject "a gunman ... people" of "wounded"
_NOT_VERB = (r"(?!(?:killed|killing|kills|wounded|wounding|injured|injuring|shot|shooting|died|dead|perished|slain|hurt|"
             r"lost|sustained|suffered|succumbed|while|whereas)\b)")


_FOUND = r"(?:found|discovered|recovered|retrieved|exhumed|pulled|counted)"
# a participle that hurts without killing, and a verb that says its victims lived
_WOUNDING = r"(?:shot|stabbed|wounded|injured|hurt|attacked|beaten|assaulted|hacked|slashed|burned|burnt)"
_LIVED = (r"(?:survived(?!\s+by\b)|(?:are|were|is|was|remain|remained)\s+(?:still\s+|now\s+)?(?:recovering|in\s+(?:a\s+)?(?:stable|"
          r"critical|serious|fair|good)\s+condition)|(?:have|has|had)\s+(?:since\s+)?recovered)\b")
_NEEDLES: dict[re.Pattern[str], tuple[str, ...]] = {}


def _guarded(pattern: str, flags: int) -> re.Pattern[str]:
    """A toll pattern behind a lookahead for the characters it may start with (alternation.first_char_guard, the same
    matches): most are tried at every word of every sentence, and turned away at most words by one class test."""
    return re.compile(first_char_guard(pattern, flags), flags)


def _only_with(needles: tuple[str, ...], pattern: str) -> re.Pattern[str]:
    """A pattern tried only on sentences that hold one of `needles` (lower case): most sentences hold none, and an
    expression that opens with a figure is tried at every word. (A needle with an "i" or an "s" may miss a text
    that re.I matches, "İ" and "ſ" being no "i" and "s" in lower case: new needles avoid them.)"""
    rx = _guarded(pattern, re.I)
    _NEEDLES[rx] = needles
    return rx


# the state before its victims: "among the dead were", "the wounded included", "killed were"; "among" and "included"
# name some of them (group "part": a lower bound)
# ("killed in the attack were", "among those wounded on Sunday were", "killed in the ambush on Sunday were": up to
# three short phrases of when or where between)
_WHERE = r"(?:\s+(?:in|during|on|at|near)\s+(?:(?:the|a|an|this|that|last)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?){0,3}"
_INVERTED_HEAD = {v: r"\b(?:(?P<part>(?:among|amongst) (?:the |those )?(?:" + w + r")" + _WHERE + r"\s+(?:were|was|are|is)|(?:the|those) (?:"
                  + w + r")" + _WHERE + r"\s+(?:included?|includes))|(?:the |those )?(?:" + w + r")" + _WHERE + r"\s+(?:were|was|are|is))\s+"
                  for v, w in ((KILL, r"dead|killed"), (HURT, r"injured|wounded|hurt"), (ARREST, r"arrested|detained"))}


# whose victims a figure counts: "his (two sons)", "the man's (two sons)", "the village head's (three wives)", "the
# farmers' (four children)": a possessive owns the victims, the figure after it is the toll
_OWNER = r"his|her|their|its|(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:['’]s|s['’])"


# "four soldiers who were wounded in the ambush succumbed to their injuries", "two students shot in the attack later
# died in hospital", "a soldier who was wounded on Monday succumbed to his injuries": people a participle says were
# hurt, and the sentence's verb says they died, are dead, and no longer wounded (`_fatal`)
# a part of the wounded that is the dying clause's own subject ("Of the 15 injured ..., one later died", "a third has
# since died"): only that part died, so the gap before the death verb names no figure
_PART = r"(?:\d+|" + _UNIT + r"|one|some|several|most|many|half|none|a\s+(?:third|quarter|few|fifth|tenth))\b"
_DEATH_AFTER = (r"\s+(?!dead\b|to death\b)(?:(?!(?:and|but|while|whereas|who)\b|" + _PART + r")[\w'’-]+,?\s+){0,12}?" + _ADV
                + r"{0,2}(?:died|succumbed|perished|lost (?:their|his|her) lives?)\b")
_DIED_OF_WOUNDS = (
    _only_with(("died", "succumb", "perished", "lost their lives"), r"\b" + _BOUND + r"(?P<n>(?!an?\b)" + _NUM
               + r")\s+(?:of\s+(?:the|his|her|their)\s+)?(?:(?!(?:and|or|but|who|that)\b)[\w'’-]+\s+){0,2}?"
               + _PERSON + r"\s+(?:(?:who|that)\s+(?:were|had been)\s+)?" + _WOUNDING + _DEATH_AFTER),
    _only_with(("died", "succumb", "perished", "lost his life", "lost her life"), r"\b" + _BOUND
               + r"(?P<n>an?)\s+(?:[\w'’-]+\s+){0,2}?" + _PERSON + r"\s+(?:who|that)\s+(?:was|had been)\s+"
               + _WOUNDING + _DEATH_AFTER))



# "toll" that is no toll of the dead: "took a heavy toll on", "a toll road", "toll booths"; "the injury toll"
_TOLL_NOT_DEATHS = r"\s+(?:on|upon|road|roads|booth|booths|gate|gates|plaza|plazas|bridge|free|fee|fees|charges?|collectors?)\b"
_NOT_HURT_TOLL = r"(?<!injury )(?<!injuries )(?<!wounded )(?<!injured )"
# a word opening a clause of its own inside a subject: its figure is not the subject's unless a comma closes it
_RELATIVE = r"(?:whose|where|while|whereas)"


# what ends a revised toll's new figure: the end of its clause, or the old figure it replaces ("to 19 from 32")
_REVISED_END = (r"(?:[ \t]+(?:people|persons|dead|deaths|victims|lives|fatalities))?(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+"
                r"(?:(?:up|down)[ \t]+)?from[ \t]+" + _NUM + r"\b)")


@lru_cache(maxsize=None)
def _revised_toll() -> re.Pattern[str]:
    """"revised down their death toll from a suicide bombing at a market in Konduga on Friday to 19 from 32": a toll
    its counter revises names its event at length (up to 16 words, a "from Tuesday to Thursday" among them) before the
    new figure. The run of words stays in the toll's clause: no comma, no word of another count or of a transfer, no
    clause opener, no "and" before a second verb (data/revised_toll_stops.csv); the figure ends the clause or comes
    before the old one ("and moved 300 survivors to 2 camps", "..., and raised the count of those arrested to 55" are
    no tolls)."""
    from worker.extract.gazetteer import data_rows
    rows = data_rows("revised_toll_stops.csv")
    stops = "(?:" + literal(r["word"] for r in rows if r["kind"] == "stop") + ")"
    verbs = "(?:" + literal(r["word"] for r in rows if r["kind"] == "verb") + ")"
    word = (r"(?!(?:" + HURT + r"|" + stops + r")\b|and[ \t]+(?:[\w'’-]+ed|" + verbs + r")\b)[\w'’-]+")
    return _only_with(("toll", "number of"), r"\b(?:revis|rais|lower|updat|correct|adjust)(?:e|es|ed|ing|s)\s+"
                      r"(?:(?:down|up)(?:ward)?\s+)?(?:the|its|their)\s+(?:(?:overall|official)\s+)?(?:(?:death\s+)?toll(?!" + _TOLL_NOT_DEATHS + r")"
                      r"|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|victims|fatalities))(?:[ \t]+" + word
                      + r"){0,16}?[ \t]+(?:(?:down|up)(?:ward)?[ \t]+)?to\s+" + _BOUND + r"(?P<n>" + _NOT_A + _NUM
                      + r")\b" + _REVISED_END)


@lru_cache(maxsize=None)
def _toll_updates(*kinds: str) -> tuple[str, ...]:
    """The words of data/toll_updates.csv of the kinds: `rise` (the toll's own verb, an update: "the toll rose to
    12"), `rise_to` (the same, only before "to": "had grown to nine"), `toll_verb` (a toll's verb, no update: "the
    toll hit 30"), `mark` (a word of an update: "now", "revised") and `raise` (the stem of a verb that gives the
    toll anew before it: "raising the toll to nine")."""
    from worker.extract.gazetteer import data_rows
    return tuple(r["word"].strip().lower() for r in data_rows("toll_updates.csv") if r["kind"].strip() in kinds)


@lru_cache(maxsize=None)
def _money_after() -> str:
    """A currency noun right after a toll's figure: the toll of a road or bridge in money ("the toll at the Lekki toll
    gate rises to 500 naira"), no toll of the dead. The nouns are data: data/currencies.csv (one country's currency)
    and data/money_nouns.csv (shared ones, hundredths): a count of the dead is never followed by one."""
    from worker.extract.countries import currencies
    from worker.extract.gazetteer import data_rows
    nouns = set(currencies()) | {r["word"].strip().lower() for r in data_rows("money_nouns.csv")}
    return r"\s+(?:(?:US|U\.S\.)\s+)?(?:" + literal(sorted(nouns, key=len, reverse=True)) + r")\b"


def _patterns(verb: str) -> list[re.Pattern[str] | None]:
    return [
        None,  # "two soldiers, one policeman and a worker were also killed": victim_lists.Lister (no regex: ReDoS)
        # "killed two Taliban militants", "killing more than 80 people", "killed all three of them", "wounded his
        # two sons", "killed the three men" (a possessive or "the" before the figure: "killed her" alone is one)
        # ("killing himself and 18 others", "killed herself and her two daughters": the others; the attacker's own
        # death is _ATTACKER_DIED's; "killing all 9 passengers", "killed all of the 12 miners": the whole of a set,
        # counted by its figure)
        _guarded(r"\b(?P<verb>" + verb + r"|" + GERUND[verb] + r")\s+(?:a total of\s+|(?:an? |the )?(?:entire |whole )?family of\s+|"
                   r"(?:(?:himself|herself|themselves)\s+and\s+)?(?:(?:" + _OWNER + r"|the|all(?:\s+of)?(?:\s+the)?)\s+"
                   r"(?=(?!(?:an?|him|her|another)\b)" + _NUM + r"\b))?)?" + _BOUND
                   + r"(?P<n>" + _NUM + r")\b(?!\s*(?:years?|months?|days?|hours?|minutes?|km|kilomet|miles?|per ?cent|%))", re.I),
        # "the death toll rose to 12", "toll of 12"
        # ("put the number of injured at five" is no death toll)
        _guarded(r"\b(?:death toll|" + _NOT_HURT_TOLL + r"toll(?!" + _TOLL_NOT_DEATHS + r")|casualt(?:y|ies)|(?:put|puts|putting) the (?:number|figure))"
                   r"(?:[ \t]+(?!" + HURT + r"\b)[\w'’-]+){0,8}?[ \t]+(?:to|of|at|stands at)\s+" + _BOUND
                   + r"(?P<n>" + _NOT_A + _NUM + r")\b(?!\s*(?:years?|months?|days?|hours?|km|per ?cent|%|p\.?m|a\.?m)|"
                   + _money_after() + r")", re.I) if verb == KILL else None,
        # "revised down their death toll from a suicide bombing at a market in Konduga on Friday to 19 from 32": a
        # toll its counter revises names its event at length before the new figure (_revised_toll)
        _revised_toll() if verb == KILL else None,
        # "the death toll from the attack on ... in the outskirts of Moscow has risen to 137": an update names its verb
        # ("the number of dead stood at 17": a toll told as it stands)
        # (the toll of the dead itself: not "took a heavy toll on the town", a "toll road", "the toll of wounded",
        # "the injury toll", nor a figure of a clause opened inside it: "..., whose population now stands at 12,000")
        _guarded(r"\b(?:death toll|" + _NOT_HURT_TOLL + r"toll(?!" + _TOLL_NOT_DEATHS + r")|number of (?:people |those )?"
                 r"(?:dead|deaths|killed|victims|fatalities|martyrs))(?:[ \t]+(?:" + _RELATIVE + r"(?:[ \t]+[\w'’-]+){0,10}?,|"
                 r"(?!" + HURT + r"\b|" + _RELATIVE + r"\b)[\w'’-]+,?)){0,20}?[ \t]+"
                   r"(?:(?:" + literal(_toll_updates("rise", "toll_verb")) + r")(?:[ \t]+(?:to|at))?|(?:"
                   + literal(_toll_updates("rise_to")) + r")[ \t]+to|"
                   r"(?:stood|stands|stand)[ \t]+at|(?:is|are)[ \t]+now)\s+" + _BOUND
                   + r"(?P<n>" + _NOT_A + _NUM + r")\b(?!\s*(?:years?|months?|days?|hours?|km|per ?cent|%)|" + _money_after()
                   + r")", re.I)
        if verb == KILL else None,
        # the dead as the subject of a verb that counts them: "the dead numbered 40", "fatalities reached 17", "the
        # dead were put at 17", "deaths totalled 9" (the noun right before its verb: "the dead" heads many clauses)
        _only_with(("dead", "deaths", "fatalities"), r"\b(?:the\s+(?:number\s+of\s+)?dead|(?:the\s+)?(?:deaths|fatalities))"
                   r"(?:\s+(?:had|has|have|now|later|eventually|finally|officially))?\s+(?:numbered|number|totall?ed|reached|"
                   r"rose\s+to|climbed\s+to|stood\s+at|stand\s+at|(?:were|was|are|is)\s+put\s+at)\s+" + _BOUND
                   + r"(?P<n>" + _NOT_A + _NUM + r")\b(?!\s*(?:years?|months?|days?|hours?|km|per ?cent|%))")
        if verb == KILL else None,
        # "seventeen lives were lost": the lives lost are the dead
        _only_with(("lives",), r"\b" + _BOUND + r"(?P<n>" + _NOT_A + _NUM + r")\s+(?:[\w-]+\s+)?lives\s+(?:were|have\s+been|"
                   r"had\s+been)\s+(?:\w+\s+)?lost\b") if verb == KILL else None,
        # "13 people were shot, 10 of them fatally": the dead among the shot
        _only_with(("fatally",), r"\b" + _BOUND + r"(?P<n>" + _NOT_A + _NUM + r")\s+(?:of\s+them\s+)?fatally\b(?!\s+"
                   r"(?:injured|wounded|hurt))") if verb == KILL else None,
        # "the blast claimed seven lives", "taking the lives of"
        # ("resulted in the loss of 56 lives", "the tragic loss of 12 innocent lives": the lives lost are the dead)
        _only_with(("lives",), r"\b(?:claimed|claiming|claims|took|taking|takes|cost|costing|loss\s+of)\s+" + _BOUND
                   + r"(?P<n>" + _NOT_A + _NUM + r")\s+(?:[\w-]+\s+)?lives\b") if verb == KILL else None,
        # "mob violence claimed the life of a man", "the blast took the life of one soldier"
        _only_with(("life of",), r"\b(?:claimed|claiming|claims|took|taking|takes|cost|costing)\s+the\s+life\s+of\s+"
                   r"(?P<bound>)(?P<n>an?|one)\b(?![^.;,]{0,40}?\b(?:and|as well as|along with|together with|with)\s+(?:his|her|their|"
                   r"an?|one|another|other|others|several|some|\d+|" + _UNIT + r")\b)") if verb == KILL else None,
        # (not "the life of a soldier and two civilians": a list follows, whose figure this one-count would cut)
        # "21 confirmed dead", "at least one fatality", "the demise of at least 37 people"
        _only_with(("dea", "fatal"), r"\b" + _BOUND + r"(?P<n>" + _NOT_A + _NUM + r")\s+(?:(?:confirmed|reported|more|"
                   r"other|known|civilian)\s+){0,2}(?:dead|deaths|death|fatalit(?:y|ies))\b") if verb == KILL else None,
        # ("police confirmed the deaths of four miners": a toll a source confirms; not one it has "not confirmed")
        _guarded(r"\b(?:(?:resulting in|resulted in|causing|caused|leading to|led to|" + _UNDENIED
                 + r"(?:confirm|report|announc)(?:ed|ing)) "
                   r"the (?:deaths?|demise)|"
                   r"(?:the )?(?:demise|killings?|murders?)) of\s+" + _BOUND + r"(?P<n>" + _NOT_A + _NUM
                   + r")\s+(?:[\w'’-]+\s+){0,2}?" + _PERSON, re.I) if verb == KILL else None,
        # "the bodies of 12 men were found", "rescuers recovered 30 bodies", "nine bodies were pulled from the rubble"
        _only_with(("bodies", "corpses", "remains"), r"\b(?:the )?(?:[\w-]+\s+)?(?:bodies|corpses|remains) of\s+" + _BOUND + r"(?P<n>" + _NOT_A + _NUM + r")\b[^.;]{0,80}?\b(?:were|have been|"
                   r"had been)\s+(?:\w+\s+)?" + _FOUND + r"\b") if verb == KILL else None,
        _only_with(("bodies", "corpses"), r"\b" + _FOUND + r"\s+(?:the\s+)?" + _BOUND + r"(?P<n>" + _NOT_A + _NUM
                   + r")\s+(?:more\s+)?(?:bodies|corpses)\b") if verb == KILL else None,
        _only_with(("bodies", "corpses", "remains"), r"\b" + _FOUND + r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:bodies|corpses|remains) of\s+" + _BOUND
                   + r"(?P<n>" + _NOT_A + _NUM + r")\b") if verb == KILL else None,
        # "police found the bodies of 12 men", "recovered the bullet-riddled bodies of two men"
        # "a mass grave containing 23 bodies", "a grave holding the remains of 40 people"
        _only_with(("grave",), r"\bgraves?\s+(?:containing|contained|holding|held|with)\s+(?:the\s+)?(?:(?:bodies|"
                   r"remains|corpses)\s+of\s+)?" + _BOUND + r"(?P<n>" + _NOT_A + _NUM + r")\b(?!\s*(?:years?|months?|"
                   r"days?|km|metres|meters|per ?cent|%))") if verb == KILL else None,
        _only_with(("bodies", "corpses"), r"\b" + _BOUND + r"(?P<n>" + _NOT_A + _NUM + r")\s+(?:more\s+)?(?:bodies|corpses)\s+(?:were|have been|"
                   r"had been)\s+(?:\w+\s+)?" + _FOUND + r"\b") if verb == KILL else None,
        # "hacked 17 civilians to death", "burned two women alive": the manner of death after its victims
        # ("has beaten a thief to death", "beat up the two men to death", "beat his two sons to death")
        _only_with(("to death", "alive"), r"\b" + manner_of_death.manners(gerunds=True) + r"(?:\s+up)?\s+(?:(?:the|" + _OWNER
                   + r")\s+)?" + _BOUND + r"(?P<n>" + _NUM
                   + r")\s+(?P<victims>(?:[\w'’-]+\s+){0,3}?)(?:to death|alive)\b") if verb == KILL else None,
        # "16 fatalities and 40 injuries"
        _only_with(("injur",), r"\b" + _BOUND + r"(?P<n>" + _NOT_A + _NUM + r")\s+(?:(?:confirmed|reported|more|other|known|"
                   r"civilian|serious|minor)\s+){0,2}injur(?:y|ies)\b") if verb == HURT else None,
        # "police put the number of seriously injured at five", "the number of wounded rose to 40"
        _only_with(("number of", "figure of", "count of", "tally of"), r"\b(?:number|figure|count|tally) of (?:the )?(?:"
                   r"(?:[\w-]+ )?(?:injured|wounded|injuries)|people (?:injured|wounded|hurt))(?:[ \t]+[\w'’-]+){0,6}?[ \t]+"
                   r"(?:to|at|stands at|stood at)\s+" + _BOUND + r"(?P<n>" + _NOT_A + _NUM
                   + r")\b(?!\s*(?:years?|months?|days?|hours?|km|per ?cent|%|p\.?m|a\.?m))") if verb == HURT else None,
        # "two people shot in Zaria survived", "three guards stabbed at the gate are recovering": people a participle
        # says were hurt, and the sentence's verb says they lived, are the wounded
        _only_with(("surviv", "recover", "condition"), r"\b" + _BOUND + r"(?P<n>" + _NOT_A + _NUM
                   + r")\s+(?:[\w'’-]+\s+){0,2}?" + _PERSON + r"\s+(?:(?:who|that)\s+(?:were|was|had been)\s+)?"
                   + _WOUNDING + r"\s+(?!dead\b|to death\b)(?:(?!(?:and|but|while|whereas|who)\b)[\w'’-]+\s+){0,10}?" + _LIVED)
        if verb == HURT else None,
        *(_DIED_OF_WOUNDS if verb == KILL else (None,)),
        # "Among the dead were two children and a woman", "the dead included three soldiers", "killed were 3 soldiers"
        # ("the dead are 17 and 19 years old": ages, however many figures before "years")
        _only_with(("were", "was", "includ", " are ", " is "), _INVERTED_HEAD[verb] + _BOUND + r"(?P<n>" + _NUM
                   + r")\b(?!(?:\s*(?:,|and|or|to|-|–)\s*\d{1,3})*\s*(?:years?|months?|days?|hours?|km|per ?cent|%))"),
        # "and two killed", "five others were injured", "three of them were later killed" (of the people told before)
        # ("twelve others are still being treated": the wounded as they are)
        _guarded(r"\b" + _BOUND + r"(?P<n>" + _NOT_A + _NUM + r")\s+(?:(?:more|others?|other people|of them)\s+)?"
                   r"(?:(?:were|was|had|have|has|are)\s+)?" + _ADV + r"?(?:been\s+)?" + _ADV + r"?" + verb + r"\b", re.I),
    ]


# "the body of the missing reporter was found": one dead
_BODY_FOUND = (r"|\bthe (?:[\w-]+ )?(?:body|remains) of\b[^.;]{0,120}?\b(?:was|were|has been|have been|had been|is)\s+(?:\w+\s+){0,2}?(?:found|discovered|located|exhumed|"
               r"recovered|retrieved|pulled)\b")
_VERBS = {"killed": KILL, "injured": HURT, "arrested": ARREST}
_PATTERNS = {k: _patterns(v) for k, v in _VERBS.items()}
# "(found) the bodies of 12 men (were found)": a figure of bodies whose people may go on ("and two women")
_BODIES_OF_FIGURE = frozenset(rx for rx in _PATTERNS["killed"] if rx is not None and "remains) of" in rx.pattern)
# per kind, the patterns after the first as (pattern, its needles or None, a bodies-of-figure pattern), looked up
# here once: hashing a compiled pattern (a dict key, a set member) hashes its whole compiled code, ~5 µs each of
# these large ones, on every sentence asked about
_TRIED = {k: tuple((rx, _NEEDLES.get(rx), rx in _BODIES_OF_FIGURE) for rx in v[1:] if rx is not None)
          for k, v in _PATTERNS.items()}
# the verb of a passive after what was done to its victims first ("were abducted and later killed"); an arrest has none
_PASSIVE_VERBS = {k: v if k == "arrested" else prior_acts.before(v) for k, v in _VERBS.items()}
_LISTERS = {k: victim_lists.Lister(v, _NUM, _PERSON, _NOT_VERB[3:-1], toll_phrases.is_person_noun)
            for k, v in _PASSIVE_VERBS.items()}
_SUBJ_BOUND = r"\b(?:a total of )?(?P<bound>(?:" + number_words.bound_alternation() + r") )?"
# (the words between a figure and its noun hold no other figure: "two coaches and three passengers" is the three;
# but a figure after a determiner is the set a partitive counts from: "one of the two soldiers" is one)
_NUM_IN_SUBJ = re.compile(_SUBJ_BOUND + r"(?P<n>" + _NUM + r")\s+(?:(?:the|those|his|her|their)\s+(?:\d+|" + _UNIT
                          + r")\s+|(?!(?!" + victim_lists.AGE_WORD.pattern + r"\b)(?:\d[\d,.]*|" + _UNIT + r")\b)[\w'’-]+\s+){0,3}?"
                          + _PERSON, re.I)  # (a hyphenated age is no figure: "two 16-year-old girls" are two)
_FIGURE_AHEAD = re.compile(_SUBJ_BOUND + r"(?P<n>" + _NUM + r")(?=(?P<words>(?:\s+[\w'’-]+){1,4}))", re.I)
_FIGURE_TO = re.compile(_SUBJ_BOUND + r"(?P<n>" + _NUM + r")\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+$", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _figure_in_subject(subj: str, pos: int, memo: list | None = None) -> re.Match[str] | None:
    """The first figure of people in a subject from `pos`: a figure and, within four words, a victim noun or a noun
    of the person lexicon ("two brothers and a cousin", "three nurses and a doctor", "two vigilantes") with no
    joining or owning word before it. A lexicon noun before "of" heads no item ("two heads of cattle").
    `memo` ([from, match], the caller's, for one subject read left to right): a search from `from` whose match (or
    none) starts at or after `pos` is the search from `pos` too (a match at a place does not depend on where the
    search began), so a long run of joined people ("a woman and her son and her son and ...") is searched once, not
    once per item (quadratic)."""
    if memo and memo[0] <= pos and (memo[1] is None or memo[1].start() >= pos):
        first = memo[1]
    else:
        first = _NUM_IN_SUBJ.search(subj, pos)
        if memo is not None:
            memo[:] = [pos, first]
    for f in _FIGURE_AHEAD.finditer(subj, pos, first.end() if first else len(subj)):
        for w in _WORD_RUN.finditer(subj, _partitive_end(subj, f.end("n")), f.end("words")):
            if w.group().lower() in victim_lists.NOT_MODIFIERS or (first is not None and w.end() >= first.end()):
                break  # "a farmer and his son": the son is no noun of the figure "a"
            if toll_phrases.is_person_noun(w.group()) and not _OF_AFTER.match(subj, w.end()) \
                    and (m := _FIGURE_TO.match(subj, f.start(), w.end())) is not None:
                return m  # ("a cobbler and two porters": the cobbler, not "a" counting the porters)
    return first


_WORD_RUN = re.compile(r"[\w'’-]+")
# "of" right after a figure opens the set it counts: "a score of fishermen", "dozens of herders", "two of the traders";
# an owner and the set's own figure are part of it ("one of their two sons", "two of his four wives": one and two)
_PARTITIVE = re.compile(r"\s+of(?:\s+(?:" + literal(victim_lists.SET_OWNERS) + r")(?:\s+(?:\d{1,4}|" + _UNIT
                        + r")(?=\s))?)?\b", re.I)


def _partitive_end(subj: str, at: int) -> int:
    """Where the words of a figure's noun start: after an "of" (and "the", "those") right after the figure."""
    return m.end() if (m := _PARTITIVE.match(subj, at)) is not None else at


# the auxiliary and verb right after a subject: "were killed", "was shot dead", "have been critically injured"; both
# tails start at a run's first space ("(?<!\s)"): a sentence with a clause blanked to spaces is read once, not once per
# space of the run (the match found is the same: a leftmost match starts at its run's first space)
_PASSIVE_TAIL = {k: re.compile(r"(?<!\s)\s+(?:were|was|have been|has been|had been|got)\s+" + _ADV + r"{0,2}" + v + r"\b", re.I)
                 for k, v in _PASSIVE_VERBS.items()}
# an intransitive death right after a subject: "a woman and her baby died", "the man and his son also perished", "a
# woman and her three children burned to death" (in a fire set by attackers), "a man and his son drowned"
_DIED_TAIL = re.compile(r"(?<!\s)\s+" + _ADV + r"{0,2}(?:died|perished|lost their lives|were found dead|burn(?:ed|t) to death|"
                        r"drowned)\b", re.I)
# one person shot and alive: "was shot three times but survived", "was stabbed but is recovering"
_SHOT_AND_LIVED = (r"|\b(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:shot|stabbed)\b(?=[^.;]{0,40}?\bbut\s+(?:survived|"
                   r"(?:is|was) (?:recovering|in (?:a\s+)?(?:stable|critical|serious) condition))\b)")
_SURVIVED = re.compile(_SHOT_AND_LIVED[1:], re.I)
_SINGULAR = {k: re.compile(r"\b(?:was|has been|had been)\s+(?:\w+ly\s+)?" + _PASSIVE_VERBS[k] + r"\b" + extra, re.I)
             for k, extra in (("killed", _BODY_FOUND), ("injured", _SHOT_AND_LIVED), ("arrested", ""))}


def counts(sentence: str, kind: str) -> list[Count]:
    """Counts of `kind` ("killed", "injured", "arrested") in one sentence; "X was shot dead" counts one. Only
    sentence-sized texts are cached: callers also ask about whole physical lines (up to the 100,000-character cut),
    which would make the cache's memory grow with the cut, not with its size."""
    if len(sentence) > _CACHED_UP_TO:
        return list(_read_counts(sentence, kind))
    return list(_cached_counts(sentence, kind))


_CACHED_UP_TO = 800


def _read_counts(sentence: str, kind: str) -> tuple[Count, ...]:
    """The gate, grouping, keeping and finishing of an incident all ask about the same sentences. The cache holds
    every sentence of an article for each kind asked: an article of 2,000 short sentences (the text is cut at
    100,000 characters) asks about more (sentence, kind) pairs than a cache of 4,096 held, which evicted them before
    the drafts were kept (`_keep`), reading every sentence again. Keys are at most `_CACHED_UP_TO` characters."""
    found = _read(prepared := _prepared(sentence, kind), kind)
    if kind == "killed" and (moved := toll_phrases.manner_first(toll_phrases.blank_ages_and_times(sentence))) != sentence:
        # "stabbed his wife and two children to death": as "stabbed to death his ..."; "shot his wife and two
        # children dead" reads "two children dead" alone, the moved verb all of its victims. A move that blanked
        # only what the reading blanks anyway (the day of "On March 5, ...") prepares the same text: the same counts
        again = found if (moved_prepared := _prepared(moved, kind)) == prepared else _read(moved_prepared, kind)
        if not found or (merge(again)[0] or 0) > (merge(found)[0] or 0):
            found = again
    if kind == "killed" and not found and "aged" in sentence and (m := _AGED_DEAD.search(sentence)) is not None:
        # "the victims, aged 16, 17 and 19, were shot dead": as many dead as ages (read before the ages are blanked)
        found = [Count(len(_AGE_ITEM.findall(m.group("ages") or m.group("victims"))), False, False, m.start(), m.end())]
    return tuple(_spared_late(c, sentence) for c in found)


_cached_counts = lru_cache(maxsize=16_384)(_read_counts)


# the dead told by their ages alone, with no figure of their own: "the dead, aged 16, 17 and 19", "the victims, aged
# 30 and 34, were shot dead" ("victims" may be the wounded: a verb that kills must follow them)
_AGED_AGES = r"\d{1,3}(?:\s*,\s*\d{1,3}){0,8}\s*,?\s+and\s+\d{1,3}"
_AGED_DEAD = re.compile(r"\b(?:the\s+)?(?:(?:dead|deceased)\s*,\s*aged\s+(?P<ages>" + _AGED_AGES + r")\b|victims\s*,\s*aged\s+"
                        r"(?P<victims>" + _AGED_AGES + r")\s*,\s*(?:were|had\s+been|have\s+been)\s+(?:\w+\s+){0,2}?(?:" + KILL
                        + r"))", re.I)
_AGE_ITEM = re.compile(r"\d{1,3}")


def _counts_of(sentence: str, kind: str) -> list[Count]:
    """The counts of `kind` in one sentence as written (no manner of death moved)."""
    return _read(_prepared(sentence, kind), kind)


def _prepared(sentence: str, kind: str) -> list[Count] | str:
    """The sentence's explicit zero ("no one else was hurt"), else its text with what tells no toll blanked (titles,
    bracketed restatements, asides, naming figures, ages, times and days, odd figures, range highs): all `_read`
    reads of it, so two sentences that prepare alike count alike."""
    if (m := _NONE[kind].search(sentence)) is not None:  # "no one else was hurt": an explicit zero
        return [Count(0, False, False, m.start(), m.end())]
    # a name's age first: "Ana Lopez, 41, who ran a school, was shot dead" loses the comma that closes the age with
    # the aside after it, and the age would read as the dead
    aged = toll_phrases.blank_name_ages(toll_phrases.plain_titles(sentence))
    return _range_lows(_odd_figures(_blank_acronyms(toll_phrases.blank_ages_and_times(figure_names.blank_naming_figures(
        toll_phrases.blank_asides(restatements.blank_bracketed(aged, _NUM_WORD, _ASIDE_VERBS), _NUM_WORD),
        _NUM_WORD, _num)))))


# a name's short form in brackets: "members of the Comando Vermelho (CV) faction", "the Islamic State (IS) group"
_ACRONYM = re.compile(r"(?<=\w)\s\((?=[A-Z0-9&.'’-]*[A-Z])[A-Z0-9&.'’-]{2,10}\)(?=[\s,;.])")


def _blank_acronyms(text: str) -> str:
    """The text with the bracketed short forms of names blanked (offsets kept): they tell no toll, and a bracket
    cuts a subject from its verb ("six suspects identified as members of the Comando Vermelho (CV) faction were
    killed")."""
    return _ACRONYM.sub(lambda m: " " * len(m.group()), text) if "(" in text else text


_WHEN_CLAUSE = re.compile(r"(?<=\d{4}),\s+when\b", re.I)
# the "when" clause's end: "..., when militants ambushed a convoy, and more than 50 people have been killed since"
_WHEN_END = re.compile(r",\s+(?:and|but|while)\b|;|$", re.I)


def recalled_counts(sentence: str, kind: str) -> list[Count]:
    """The counts of `kind` in the clauses of the sentence that recall another event than its own ("... since July
    2016, when gunmen stormed a cafe and killed 22 people"): `counts` leaves them out, as not the sentence's event's;
    they are the toll of the recalled event, when that event is the incident told."""
    return _read(_prepared(sentence, kind), kind, recalled=True)


def _read(text: list[Count] | str, kind: str, recalled: bool = False) -> list[Count]:
    """The counts of `kind` in a prepared sentence (`_prepared`); `recalled`: only those in the clauses that recall
    another event (`recalled_counts`)."""
    if isinstance(text, list):
        return [] if recalled else list(text)
    text = toll_phrases.blank_spans(text, [m.span("n") for m in _PARENT_OF.finditer(text)])  # "a mother of two": one
    among = [m.span(1) for m in _AMONG.finditer(text)]
    text = toll_phrases.blank_spans(text, among)  # "were among those killed": the subject's people, at least
    # "hours after ten people were killed in ...", "200 killed in such attacks this year", "wanted for the killing of
    # two soldiers": not this event's
    other = toll_phrases.other_event_spans(text, own_only=True)
    if recalled:
        # a period's "when" clause names one event of it: "since July 2016, when gunmen ... killed 22 people"
        when = [(m.start(), _WHEN_END.search(text, m.end()).start()) for m in _WHEN_CLAUSE.finditer(text)]
        if not (inside := other + when):
            return []
        other = [(a, b) for a, b in toll_phrases.aggregate_spans(text) if not any(a <= w < b for w, _ in when)] \
            + toll_phrases.charge_spans(text)
    else:
        inside, other = [], other + toll_phrases.aggregate_spans(text) + toll_phrases.charge_spans(text)
    # in reading order ("three of the wounded later died, raising the toll to nine": the update comes last)
    found = _others_add([c for c in sorted(_counts(text, kind), key=lambda c: c.start) if not _UNSURE.search(text[max(0, c.start - 40):c.start])
                         and not _missed(text, c.start, c.end) and not (kind == "injured" and _fatal(text, c.start, c.end))
                         and not any(a <= c.start < b for a, b in other)
                         and not (kind == "injured" and _REMAINS.search(text, max(0, c.start - 30), c.end))], text)
    found = [_late_joined(c, text) for c in found]  # "shot dead a chief in Batibo on Saturday, along with his nephew"
    # "four people died, while earlier reports had put the figure at six": the figure replaced, kept for `merge`
    if kind == "killed" and not any(c.update for c in found):
        # "two more soldiers later died", "two more bodies were found": deaths or finds after the toll told before,
        # added to it (not "wounded three more" in a second blast, which a lead's total may already count)
        found = [replace(c, also=True, more=True) if not c.also and _MORE_FIGURE.match(text, c.start)
                 and _DIED_SINCE.search(text, c.start, c.end + 40) else c for c in found]
    found = [replace(c, side=_side(c, text)) for c in found]
    if kind == "killed":  # "the number of martyrs has now reached 31,184": a war's running total, but after deaths
        # the sentence tells ("two of the injured died overnight, so the number of martyrs has now reached nine")
        found = [c for c in found if not (c.update and "martyrs" in text[c.start:c.end].lower()
                                          and not _DIED_LATER_VERB.search(text, 0, c.start))]
    elif kind == "injured":  # "12 others are still being treated": the wounded as they are
        found = [replace(c, present=True) if _PRESENT.search(text, c.start, c.end) else c for c in found]
    said_first = _said_first(text)
    found = [replace(c, superseded=True) if _SUPERSEDED.search(text, max(0, c.start - 40), c.start)
             else replace(c, superseded=True, first_said=True) if any(a <= c.start < b for a, b in said_first)
             else c for c in found]
    if kind == "killed" and (m := _ATTACKER_DIED.search(text)) and not _UNSURE.search(text[max(0, m.start() - 40):m.start()]):
        found.append(Count(1, False, True, m.start(), m.end(), perpetrator=True))  # the toll counts the attacker too
    elif kind == "killed" and (m := _ATTACKERS_DIED.search(text)) and (n := _attackers_before(text, m.start())):
        found.append(Count(n, False, True, m.start(), m.end(), perpetrator=True))  # "two bombers ... killing themselves"
    perps = [c for c in found if c.perpetrator]
    if not [c for c in found if not c.perpetrator] and (m := _SINGULAR[kind].search(text) or (_THE_ONE[kind].search(text) if kind in _THE_ONE else None)
                        or (_one_died(text) if kind == "killed" else None)) \
            and not (perps and _attackers_own(text, m, perps)) \
            and not _UNSURE.search(text[max(0, m.start() - 40):m.start()]) and not any(a <= m.start() < b for a, b in other) \
            and not _missed(text, m.start(), m.end()) and not (kind == "injured" and _fatal(text, m.start(), m.end())) \
            and (m.re is not _SINGULAR[kind] or _passive_of_people(text, m)):
        also = kind == "killed" and bool(_PERPETRATOR.search(m.group()))  # "police shot and killed the suspect"
        # "killed the pastor and his wife", "was shot dead along with his two bodyguards": each joined one counts
        more = companions.read(text, m.end(), _COMPANION, _num, _is_person_word, _is_vague)
        if not more.n:
            more = _joined_late(text, m.end())  # "shot dead a chief in Batibo on Saturday, along with his nephew"
        # "killed the couple": 2; "killed Musa Ali and Ibrahim Sule": each name one
        first = companions.plural_nouns().get((m.groupdict().get("noun") or "").lower(),
                                              named_victims.persons(m) if "more" in m.re.groupindex else 1)
        if first > 1 and (of := companions.set_of(text, m.end(), _is_person_word)) is not None:
            # "killed a pair of guards": 2 and the guards; "killed a pair of oxen": no one
            first = 0 if of < 0 else first
            more = companions.read(text, max(of, m.end()), _COMPANION, _num, _is_person_word, _is_vague)
        if first + more.n and _NEGATED_SUBJECT.search(text, max(0, m.start() - 50), m.start()):
            found.append(Count(0, False, False, m.start(), m.end()))  # "no officer or resident had been killed"
        elif first + more.n:
            found.append(Count(first + more.n, more.bounded, also and not more.n, m.start(), more.end,
                               perpetrator=also and not more.n, joined=more.n if first == 1 else 0))
    if kind == "injured" and (m := _SURVIVED.search(text)) and not _UNSURE.search(text, max(0, m.start() - 40), m.start()):
        # "a guard was shot but survived, and three shoppers were wounded": one more wounded beside those counted
        found = [c for c in found if not c.start <= m.start() < c.end] + [Count(1, False, True, m.start(), m.end())]
        found.sort(key=lambda c: c.start)
    if recalled:
        found = [c for c in found if any(a <= c.start < b for a, b in inside)]
    # some of the dead, never a side of its own to add to the others: the umbrella figure, at least
    return [replace(c, lower_bound=True, group=victim_groups.ANY) if any(c.start <= a < c.end for a, _ in among) else c
            for c in found]


# a subject that denies the harm: "that no officer or resident had been killed"
_NEGATED_SUBJECT = re.compile(r"\bno\s+[\w-]+(?:\s+(?:or|nor)\s+[\w-]+)?\s+$", re.I)


# one person's death told by an intransitive verb: "the victim died on the spot", "the trader, a father of three,
# succumbed to his wounds in hospital", "he died at the scene", "the soldier lost his life in the blast"; a person
# noun or a pronoun, and (but after "victim") where or how the death came, since "he died" alone may be a life's end
_ONE_DIED = re.compile(r"\b(?:the\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z][\w-]*)(?:\s*,[^,.;]{1,60},)?|(?P<pron>he|she)|"
                       r"(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3}))\s+"
                       r"(?:later\s+|also\s+|subsequently\s+|reportedly\s+|instantly\s+)?(?:died|succumbed|perished|"
                       r"lost (?:his|her) life" + _LIFE_NOUN + r")\b(?P<scene>\s+(?:on the spot|at the scene|instantly|immediately|"
                       r"(?:later )?in (?:a |the )?hospital|on (?:the way|arrival)|en route|of (?:his|her|the) (?:wounds|"
                       r"injuries|gunshot|burns)|from (?:his|her|the) (?:wounds|injuries|gunshot|burns)|to (?:his|her) "
                       r"(?:wounds|injuries)|in the (?:attack|blast|explosion|shooting|strike|ambush|assault|raid|"
                       r"fire|bombing|stabbing|incident|clash(?:es)?)|while being|before reaching|shortly after|"
                       # "died after gunmen shot him", "died after being stabbed": a violent cause, not a life's end
                       r"(?P<violent>after\s+(?:being\s+|(?:he|she)\s+was\s+)?(?:shot|stabbed|attacked|beaten|hacked|ambushed)|"
                       r"after\s+(?:[\w'’-]+\s+){1,3}?(?:shot|stabbed|attacked|beat|hacked|ambushed|opened fire on)\s+"
                       r"(?:him|her))\b)\b)?",
                       re.I)


@lru_cache(maxsize=None)
def _not_by_people() -> re.Pattern[str]:
    """What makes a named person's "died after being attacked / beaten" no act of violence by people: an animal
    that is the "by" agent itself (data/nonhuman_agents.csv, class animal; not one that names armed groups too,
    "the Tigers"; not a modifier of people, "cattle rustlers", nor a place, "bandits at a camel market"), or a
    sport's bout (data/bout_words.csv): "died after being attacked by a dog", "after being beaten in a title
    fight". An accident has no "after" arm."""
    from worker.extract.gazetteer import data_rows
    people = {r["word"] for r in data_rows("veto_not_agents.csv")}  # "a US Predator", "a swarm of gunmen"
    animals = [r["word"] for r in data_rows("nonhuman_agents.csv") if r["class"] == "animal"
               and r["names_a_group"] != "yes" and r["word"] not in people]
    bouts = [r["word"] for r in data_rows("bout_words.csv")]
    # the animal ends the agent's phrase: punctuation, the end, or a preposition, conjunction or relative follows
    tail = r"(?=\s*(?:[,.;:)]|$)|\s+(?:near|in|at|on|off|outside|inside|while|and|as|during|when|after|who|that|which)\b)"
    return re.compile(r"\bby\s+(?:(?:an?|the|his|her|their|a\s+pack\s+of|a\s+herd\s+of|a\s+swarm\s+of|stray|wild|"
                      r"rabid|angry|enraged|charging|[\w-]+)\s+){0,2}(?:" + literal(animals) + r")(?:e?s)?" + tail
                      + r"|\b(?:" + literal(bouts) + r")\b", re.I)


def _one_died(text: str) -> re.Match[str] | None:
    """The first death of one person `_ONE_DIED` reads: a person noun (or "victim") or a pronoun, and a scene."""
    for m in _ONE_DIED.finditer(text):
        noun = (m.group("noun") or "").lower()
        if noun and noun not in toll_phrases.person_nouns() and noun not in companions.plural_nouns():
            continue  # "the blast died down"; "the soldiers died": a plural without a figure counts no one
        if m.group("name") and not (m.group("violent") and named_victims.is_person_name(m.group("name"))
                                    and not _not_by_people().search(text, m.start("violent"), m.end() + 60)):
            continue  # "Luis Gomez died after gunmen shot him": a named person's death needs a violent act by people
        if m.group("scene") or noun == "victim":
            return m
    return None


# "a mother of two was shot dead": the figure of the person's children before the verb of the one, not of victims
_PARENT_OF = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather|grandparent|mum|mom|dad)\s+of\s+(?P<n>"
                        + _NUM + r")(?=\s+(?:was|is|has been|had been)\b)", re.I)


# a death told by a doctor's or court's word: of people only ("the truce was declared dead" kills no one)
_DECLARED_DEAD = re.compile(r"(?:pronounced|declared)\s+dead\b", re.I)
_AUXILIARY = re.compile(r"\b(?:was|has been|had been)\s+(?:\w+ly\s+)?", re.I)
_PRONOUNS = frozenset({"he", "she", "who", "whom"})
_CLAUSE_MARK = re.compile(r"[,;:]")


def _passive_of_people(text: str, m: re.Match[str]) -> bool:
    """"The warrant was executed" kills no one: a passive verb that kills only people (`manner_of_death.needs_people`,
    or "declared/pronounced dead") needs a person in its clause before it: a person noun, a pronoun or a name ("a man
    accused of spying was hanged", "he was executed", "Musa Ali was hanged")."""
    verb = _AUXILIARY.sub("", m.group(), count=1)
    if not manner_of_death.needs_people(verb) and not _DECLARED_DEAD.match(verb):
        return True
    words = _CLAUSE_MARK.split(text[:m.start()])[-1].split()[-8:]
    # an age names a person only as the head itself ("a 12-year-old was hanged"), not before its noun ("the
    # 12-year-old peace deal was declared dead")
    return any((_is_person_word(w) and not (_AGE_WORD.fullmatch(w) and i < len(words) - 1)) or w.lower() in _PRONOUNS
               or (i and w[:1].isupper()) for i, w in enumerate(words))


# "two women were among those killed", "a boy was among the dead": the subject is part of the toll, a lower bound
_AMONG = re.compile(r"\b(?:were|was)\s+(among\s+(?:those|the people|the victims|the)\s+)(?=" + KILL + "|" + HURT + r")", re.I)


# the figure that opens a joined item: "two (others)", "at least three of his (relatives)", "their four (sons)";
# "her" before a noun owns it ("and her children": no figure, a plural)
_COMPANION = re.compile(r"(?:(?:his|her|their|its|the)\s+)?" + _BOUND + r"(?P<n>(?!(?:an?|him|her)\b)" + _NUM
                        + r")\s+(?:of\s+(?:(?:his|her|their|its|the)\s+)?)?", re.I)  # "and dozens of fighters"
_PERSON_WORD = re.compile(_PERSON, re.I)


def _is_person_word(word: str) -> bool:
    """A word naming a person: the person-noun lexicon ("son", "pastor") or a victim noun ("guards", "others"), not
    an animal that only looks like one ("elephants", "pheasants": a victim noun's "-ants")."""
    return toll_phrases.is_person_noun(word) or (bool(_PERSON_WORD.fullmatch(word))
                                                 and not toll_phrases.is_animal_noun(word))


# one attacker by his role (the singular nouns the readings of his own death share)
_ATTACKER_NOUN = r"(?:suspect|gunman|attacker|assailant|shooter|bomber)"
_PERPETRATOR = re.compile(r"\b" + _ATTACKER_NOUN + r"$", re.I)


_NUM_WORD = re.compile(_NUM, re.I)
_REMAINS = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains)\b", re.I)  # "the bodies were taken to hospital": no wounded
_OTHERS = re.compile(r"\b(?:others|other people|more(?!\s+than)|also)\b", re.I)
# the dead told by where or when they died: "seven died on the spot and two (died) in hospital", "five were killed
# instantly and three died later": the first figure's deaths at the scene, the second's after it, two parts of one toll
_AT_THE_SCENE = re.compile(r"\b(?:on the spot|at the scene|on the scene|instantly|immediately|on impact)\b", re.I)
_RANK = re.compile(r"(?:an?|the)\s+(?:" + number_words.alternation("ordinal") + r")\b", re.I)  # "a third died": a rank
_AFTER_THE_SCENE = re.compile(r"\b(?:in (?:a |the )?hospitals?|later|on the way|en route|on arrival|while being|after being)\b",
                              re.I)


def _others_add(found: list[Count], text: str) -> list[Count]:
    """"Four people died on the spot while two others died in hospital", "the first blast killed six and the second
    also killed four": a later figure of the same kind in the sentence that says "others", "more" or "also", or that
    died after the scene where the one before it died ("seven died on the spot and two in hospital"), joins the one
    before it into one figure (a toll told elsewhere as "ten killed" is then the same ten)."""
    if any(c.update for c in found):
        return found  # "the toll rose to 20 after five more deaths": the five are inside the new toll
    out: list[Count] = []
    for c in sorted(found, key=lambda c: c.start):
        prev = out[-1] if out else None
        # (not the wounded who later died: "wounded five others, one of whom later died" leaves four wounded)
        if prev is not None and not prev.perpetrator and not c.perpetrator and not prev.left and not c.left and c.n and \
                (_OTHERS.search(text, max(c.start - 8, prev.end), c.end)
                 or (_AT_THE_SCENE.search(text, prev.start, c.start) and _AFTER_THE_SCENE.search(text, c.start, c.end + 40)
                     and not _RANK.match(text, c.start))):  # "two died on the spot and a third ...": the toll is three
            out[-1] = replace(prev, n=prev.n + c.n, lower_bound=prev.lower_bound or c.lower_bound, end=max(prev.end, c.end),
                              group=victim_groups.combined([prev.group, c.group]), vague=prev.vague and c.vague,
                              figureless=prev.figureless and c.figureless)
        else:
            out.append(c)
    return out
_RANGE = re.compile(r"\b(?P<between>between\s+)?(?P<lo>(?!an?\b|him\b|her\b)" + _NUM + r")\s*(?P<sep>\s(?:to|and)\s|-|–)\s*"
                    r"(?P<hi>(?!an?\b)" + _NUM + r")\b", re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)
_RANGE_HINT = re.compile(r"(?:\sto\s|\sand\s|[-–])\s*(?:\d|" + _UNIT + r"\b)", re.I)  # a cheap test before _RANGE


# "thirty-odd people", "20-odd soldiers": a round figure and a few more, read as the figure (offsets kept)
_ODD = re.compile(r"(?<=\w)-odd(?=\s+[\w'’-])", re.I)


def _odd_figures(text: str) -> str:
    """The text with the "-odd" of a round figure blanked ("thirty-odd people" reads "thirty people")."""
    return _ODD.sub(lambda m: " " * len(m.group()), text) if "-odd" in text.lower() else text


def _range_lows(text: str) -> str:
    """A range read as its low end: "15 to 20 people" as "15 people", "between 20 and 25" as a lower bound "over 20"
    (offsets kept); "rose from 7 to 12" is an update, not a range."""
    def low(m: re.Match[str]) -> str:
        lo, hi = _num(m.group("lo")), _num(m.group("hi"))
        sep = m.group("sep").strip().lower()
        if lo is None or hi is None or lo >= hi or _FROM.search(text, max(0, m.start() - 6), m.start()) \
                or (sep == "and") != bool(m.group("between")):
            return m.group()
        head = m.group("between") or ""
        kept = ("over".ljust(len(head)) if head else "") + m.group()[len(head):m.end("lo") - m.start()]
        return kept + " " * (len(m.group()) - len(kept))
    return _RANGE.sub(low, text) if _RANGE_HINT.search(text) else text


def _is_person(m: re.Match[str]) -> bool:
    """The object's noun names a person ("the pastor") or a set number of people ("the couple")."""
    noun = m.group("noun").lower()
    return noun in toll_phrases.person_nouns() or noun in companions.plural_nouns() \
        or noun in toll_phrases.title_abbreviations()  # "killed Cpl. John Doe"


_NAME = r"(?-i:[A-Z][\w'’-]+)"


# words an object's modifiers never are: "killed the couple and their driver" has no object "couple ... driver"
_JOINS = r"(?:and|or|as|in|on|at|near|of|with|after|before|while|when|who|which|that)"


class _OnePerson:
    """"Gunmen killed the pastor", "gunmen killed lawmaker Ahmed Khan", "the blast wounded his brother": an active
    casualty verb (an alternation of `verbs`) with one person as object, a person noun of the lexicon or a name that
    such a noun titles; with `named`, a bare name too ("killed Musa Ali": `named_victims`)."""

    def __init__(self, verbs: str, named: bool) -> None:
        verb = r"\b(?:" + verbs + r")\s+"
        # the object's noun after k other words: "the pastor" (k=0), "the village chief" (k=1)
        # ("both the driver and ...", "killed himself and his wife": the attacker's own death is _ATTACKER_DIED's)
        self._one = re.compile(verb + r"(?:(?:himself|herself|themselves)\s+and\s+)?(?:both\s+)?(?:the|a|an|one|their|his|her|its)\s+",
                               re.I)
        # ("killed the man's son": the owner's noun is no victim, the son is)
        self._with_noun = [re.compile(self._one.pattern + r"(?:(?!" + _JOINS + r"\b)[\w'’-]+\s+){%d}(?P<noun>[a-z][\w-]*)\b(?!['’])" % k, re.I)
                           for k in range(4)]
        # "killed lawmaker Ahmed Khan", "killed Mayor John Okafor", "killed prominent lawyer Jane Doe": a title of the
        # person-noun lexicon (after k other words) and a capitalised name
        self._verb = re.compile(verb, re.I)
        self._titled = [re.compile(verb + r"(?:[\w'’-]+\s+){%d}(?P<noun>[A-Za-z][\w-]*)\s+" % k + _NAME
                                   + r"(?:\s+" + _NAME + r"){0,3}", re.I) for k in range(3)]
        # "shot dead Ahmed Khan, a judge,": a name of two to four words and an apposition whose noun names a person
        self._apposed = re.compile(verb + _NAME + r"(?:\s+" + _NAME + r"){1,3}\s*,\s*(?:a|an|the)\s+"
                                   r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z][\w-]*)\b,?", re.I)
        self._named = named

    def search(self, text: str) -> re.Match[str] | None:
        """The verb through the first person noun of its object ("killed the village chief": "village" is none), or
        through the name of a titled person ("killed judge Ahmed Khan", "killed Ahmed Khan, a judge,")."""
        for v in self._one.finditer(text):
            for rx in self._with_noun:
                if (m := rx.match(text, v.start())) is not None and _is_person(m):
                    return m
        for v in self._verb.finditer(text):
            for rx in (*self._titled, self._apposed):
                if (m := rx.match(text, v.start())) is not None and _is_person(m):
                    return m
        return named_victims.search(text) if self._named else None  # "killed Musa Ali", "beat the thief to death"


# ("beat to death the driver of the bus": a manner of death read before its victims, `toll_phrases.manner_first`)
# ("stormed the church, killing the pastor and his wife": a gerund as the participle)
_THE_ONE = {"killed": _OnePerson(manner_of_death.kills() + "|" + manner_of_death.kills("gerund"), named=True),
            "injured": _OnePerson(r"injured|wounded|hurt|maimed|injuring|wounding", named=False)}


# "killing four people before he was shot dead by a police officer", "then turned the gun on himself"
_ATTACKER_DIED = re.compile(r"(?:\b(?:he|she|the (?:gunman|attacker|assailant|shooter|suspect|driver))\s+(?:was|had been)|"
                            r"\b(?:before|after|until) (?:being|he was|she was))\s+"
                            r"(?:shot dead|killed|gunned down|fatally shot|shot and killed)\s+by\s+(?:a\s+|the\s+)?"
                            r"(?:responding\s+)?(?:police|officers?|security|troops|soldiers|guards?|law enforcement)|"
                            r"\b" + _ATTACKER_NOUN + r"\b[^.;]{0,100}?\balso died\b|\b(?:killed|killing|shot) (?:himself|herself)\b|\bbefore shooting (?:himself|herself)\b(?!\s+in\s+the\s+(?:leg|foot|arm|hand|knee|thigh|shoulder))|\b(?:turned|turning) the (?:gun|weapon) on "
                            r"(?:himself|herself)\b|"
                            # "The suspect is also dead", "the shooter died after officers engaged him"
                            r"\bthe (?:suspected )?(?:" + _ATTACKER_NOUN + r"|perpetrator)\s+"
                            r"(?:(?:is|was|has|had)\s+(?:also\s+|since\s+|later\s+)?(?:dead|(?:been\s+)?killed|died|(?:been\s+)?shot dead)|"
                            r"(?:also\s+|later\s+)?died)\b", re.I)


# "two suicide bombers blew themselves up, killing themselves and nine others": the attackers' own deaths, as many as
# the figure of the attackers before it says
_ATTACKERS_DIED = re.compile(r"\b(?:killed|killing) themselves\b", re.I)


@lru_cache(maxsize=1)
def _attackers_figure() -> re.Pattern[str]:
    """A figure of attackers ("two suicide bombers", "three gunmen"): the armed nouns of violent_doers."""
    from worker.extract.violent_doers import doer_nouns  # the role lexicon, read when a plural attacker died
    return re.compile(r"\b(?P<n>(?!an?\b)" + _NUM + r")\s+(?:[\w'’-]+\s+){0,2}?(?:" + doer_nouns() + r")\b", re.I)


# the attacker as the subject of a one-victim reading: "The gunman was shot dead by police after wounding four", "the
# bomber was killed when his explosives went off": his own death, already counted, no victim besides him
_ATTACKER_SUBJECT = re.compile(r"\b(?:he|she|(?:suspected\s+)?(?:" + _ATTACKER_NOUN + r"|perpetrator))\s+"
                               r"(?:(?:was|has been|had been|is)\s+)?$", re.I)


def _attackers_own(text: str, m: re.Match[str], perps: list[Count]) -> bool:
    """The one-victim match `m` tells the attacker's own death, already counted by `perps`: it overlaps it, or the
    attacker is its subject ("The gunman was shot dead by police"), so "killed his wife before killing himself" still
    reads the wife."""
    if any(c.start < m.end() and m.start() < c.end for c in perps):
        return True
    return bool(_ATTACKER_SUBJECT.search(text[max(0, m.start() - 40):m.start()]))


def _attackers_before(text: str, end: int) -> int | None:
    """The figure of the attackers named before `end` ("Two suicide bombers blew themselves up, killing
    themselves"), not one inside an aside about another group; None when the text gives none (a plural "the
    bombers" has no figure to add) or gives two groups of attackers different figures."""
    asides = [(a.start(), a.end()) for a in _ATTACKERS_ASIDE.finditer(text, 0, end)]
    figures = [n for f in _attackers_figure().finditer(text, 0, end) if (n := _num(f.group("n"))) and n < 100
               and not any(a <= f.start() < b for a, b in asides)]
    # "Five gunmen escorted two suicide bombers, killing themselves": two groups of attackers with their own figures,
    # and the words do not say which of them died; word order is no answer, so no guess is added
    return figures[-1] if figures and len(set(figures)) == 1 else None


# an aside set off by a comma that tells of another group ("two bombers, believed to be among 40 militants who
# crossed the border, blew themselves up"; "who had trained with 15 jihadists"): its figure is not the attackers'
_ATTACKERS_ASIDE = re.compile(r",\s*(?:who|whom|whose|which|believed|thought|said|suspected|reportedly|allegedly|"
                              r"apparently|among|part of|members? of|one of)\b[^,;]*", re.I)


_AFTER_VERB = re.compile(r"\b(?:" + KILL + "|" + HURT + r"|killing|wounding|injuring|leaving|left)\s*"
                         r"(?:at least\s+|more than\s+)?$", re.I)
_NONE = {k: re.compile(r"\b(?:no one|nobody|no-one|none of them|no other (?:person|people))\s+(?:else\s+)?(?:was|were|had been|has been|got)\s+"
                       r"(?:\w+\s+or\s+)?" + v + r"\b" + extra, re.I)
         for k, v, extra in (("killed", KILL, r"|\bno (?:(?:life|lives) (?:was|were|had been|has been) lost|(?:deaths|fatalities|"
                                                r"casualties) (?:were|have been) (?:reported|recorded))\b|\bno one died\b"),
                             ("injured", HURT, r"|\bno (?:injuries|casualties) (?:were|have been) (?:reported|recorded)\b"),
                             ("arrested", ARREST, ""))}
# "It was not immediately clear whether anyone was injured": no figure
# ("Unknown gunmen killed ..." names the killers, it doubts nothing)
_UNSURE = re.compile(r"\b(?:whether|if|not clear|unclear|unknown(?! (?:gunm[ae]n|assailants?|attackers?|persons?|people|"
                     r"men|individuals|militants|armed|shooters?|bandits)\b))\b(?:\s+\w+){0,3}\s*$", re.I)


# a figure the sentence says was replaced: "earlier reports had put the figure at six", "an initial toll of five"
_SUPERSEDED = re.compile(r"\b(?:earlier|initial|initially|first|previous|previously|preliminary)\s+(?:reports?|figures?|"
                         r"tolls?|estimates?|counts?|accounts?|tallies|tally)\b(?:\s+\w+){0,3}\s*$", re.I)


_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")


def _side(c: Count, text: str) -> str:
    """A count's side: its group, else that of the noun right after its span ("killing 20 guests": civilians)."""
    if c.group != victim_groups.ANY or not (m := _NEXT_WORD.match(text, c.end)):
        return c.group
    return victim_groups.group_of(m.group(1))


def _more_of_other_sides(found: list[Count]) -> list[Count]:
    """The more dead of a side ("Two more soldiers later died") added only to a toll that told dead of that side, or
    of no side: beside "killing 20" wedding guests they are another story's, a rival figure as any other."""
    out: list[Count] = []
    for c in found:
        if c.more and c.group != victim_groups.ANY and \
                not any(p.side in (c.group, victim_groups.ANY) for p in out if not p.more):
            c = replace(c, also=False, more=False)
        out.append(c)
    return out


def _unreplaced(found: list[Count]) -> list[Count]:
    """A figure a source gave first stays unless one replaces it: a new toll, or a figure of its side (or of no
    side) of a size with it. "Witnesses first told AFP that 14 villagers had been killed. The village chief was
    killed too." and "... first reported that 10 soldiers were killed. Three civilians died" keep it."""
    def replaced(f: Count) -> bool:
        return any(c.update or (not (c.superseded or c.also or c.left) and 2 * c.n >= f.n
                                and (victim_groups.ANY in (c.group, f.group) or c.group == f.group))
                   for c in found if c is not f)
    return [replace(c, superseded=False, first_said=False) if c.first_said and not replaced(c) else c for c in found]


def _present_wounded(found: list[Count]) -> list[Count]:
    """The wounded who died leave no figure told as the wounded are now after them ("Two of the wounded later died,
    and 12 others are still being treated": 12)."""
    if not any(c.present for c in found):
        return found
    last = max(i for i, c in enumerate(found) if c.present)
    return [c for i, c in enumerate(found) if not (c.left and i < last)]


# a figure of more people than told before: "two more soldiers later died", "at least three more bodies were found"
# ("more than five" is a bound, not more people)
_DIED_SINCE = re.compile(r"\b(?:died|succumbed|passed away|bodies|corpses|found|recovered)\b", re.I)
_MORE_FIGURE = re.compile(r"(?:(?:at least|another)\s+)?[\w-]+\s+more\b(?!\s+than\b)", re.I)


# a source's first word, replaced since: "police initially said three people had been killed and 18 wounded" (the
# report that follows it, up to a turn: "... but later said five")
_SAID_FIRST = re.compile(r"\b(?:initially|originally|first|earlier|previously)\s+(?:had\s+)?(?:said|reported|put|gave|told|"
                         r"announced|stated|claimed|counted)\b(?![^.;]*?\b(?:but|later|now|however|while|whereas|since)\b)",
                         re.I)
_SAID_FIRST_HINT = re.compile(r"initially|originally|first|earlier|previously", re.I)


_PRESENT = re.compile(r"\b(?:are|is)\s+(?:still\s+)?being\b", re.I)
_CLAUSE_END = re.compile(r"[,;]|$")


def _said_first(text: str) -> list[tuple[int, int]]:
    """The spans of the reports a source gave first and may have replaced since (`_SAID_FIRST`), each up to its
    clause's end: "The army, which earlier said the attack had been repelled, said 12 soldiers were killed" (12 is
    the army's present word)."""
    if not _SAID_FIRST_HINT.search(text):
        return []
    return [(m.end(), _CLAUSE_END.search(text, m.end()).start()) for m in _SAID_FIRST.finditer(text)]


# a harm that did not happen: "nearly killing the pastor", "but failed in killing", "without wounding the governor",
# "tried to kill"; and inside a passive, "was nearly fatally beaten", "were almost killed"
_MISSED_BEFORE = re.compile(r"\b(?:nearly|almost|narrowly|barely|without|failed (?:in|to)|fails? to|tried (?:to|in)|"
                            r"tries to|trying to|attempted to|attempting to|attempts? to|an attempt to|plotted to|"
                            r"plotting to|planned to|planning to|sought to|seeking to)\s*$", re.I)
_MISSED_INSIDE = re.compile(r"\b(?:nearly|almost|narrowly|barely)\s+(?:fatally\s+)?(?:" + manner_of_death.kills() + "|"
                            + manner_of_death.kills("gerund") + r"|shot|stabbed|beaten|wounded|injured|hurt|maimed|"
                            r"wounding|injuring)\b", re.I)


def _missed(text: str, start: int, end: int) -> bool:
    """The casualty verb at `start` told as a harm that nearly happened or was tried and failed (no toll)."""
    return bool(_MISSED_BEFORE.search(text, max(0, start - 40), start) or _MISSED_INSIDE.search(text, start, end))


# "was fatally wounded", "fatally wounding a policeman": a wound that killed (manner_of_death.csv), no injury
_FATALLY_BEFORE = re.compile(r"\bfatally\s*$", re.I)
_FATALLY_INSIDE = re.compile(r"\bfatally\s+(?:wounded|injured|hurt|wounding|injuring)\b", re.I)


def _fatal(text: str, start: int, end: int) -> bool:
    """The injury verb at `start` is told fatal: the victims count as killed, not injured."""
    return bool(_FATALLY_BEFORE.search(text, max(0, start - 12), start) or _FATALLY_INSIDE.search(text, start, end)) \
        or any(a <= start < b for a, b in _died_of_wounds(text))


@lru_cache(maxsize=64)  # every injury count of a sentence asks: read the sentence once, not once per count
def _died_of_wounds(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of `_DIED_OF_WOUNDS` in the text ("two of the wounded later died")."""
    return tuple(m.span() for rx in _DIED_OF_WOUNDS for m in rx.finditer(text))


def _counts(sentence: str, kind: str) -> list[Count]:
    out = _listed(sentence, kind)
    tails = (_PASSIVE_TAIL[kind], _DIED_TAIL) if kind == "killed" else (_PASSIVE_TAIL[kind],)
    for j in (j for tail in tails for j in joined_subjects.read(sentence, tail, _COMPANION, _num, _is_person_word, _is_vague)):
        # "a man and his two sons were killed"; its whole subject wins over the list reader's last item ("two sons")
        rivals = [c for c in out if c.start < j.end and j.start < c.end]
        if all(c.n < j.n for c in rivals):
            more = _joined_after_verb(sentence, j.end)  # "a man and his son were killed along with their driver"
            out = [c for c in out if c not in rivals] + [Count(j.n + more.n, j.bounded or more.bounded, j.also, j.start,
                                                               more.end, joined=j.joined + more.n if j.joined else 0)]
    for n, start, end in named_victims.subjects(sentence, _PASSIVE_TAIL[kind]):
        if not any(c.start < end and start < c.end for c in out):  # "Musa Ali and John Doe were killed": two
            more = _joined_after_verb(sentence, end)
            out.append(Count(n + more.n, more.bounded, False, start, more.end))
    if kind == "killed":
        out += [c for c in _bodies_of_people(sentence) if not any(o.start < c.end and c.start < o.end for o in out)]
        out += [Count(n, False, False, start, end) for n, start, end in named_victims.identified(sentence)
                if not any(o.start < end and start < o.end for o in out)]  # "the victims were identified as A, B and C"
    for c, cut in _people_with_animals(sentence, kind):  # "a widow and her son along with four pigs": 2, the rivals 1
        rivals = [o for o in out if o.start < c.end and c.start < o.end]
        if all(o.n < c.n for o in rivals):
            out = [o for o in out if o not in rivals] + [c]
    low = sentence.lower()
    for rx, needles, bodies in _TRIED[kind]:
        if needles is not None and not any(n in low for n in needles):
            continue
        for m in rx.finditer(sentence):
            if any(c.start <= m.start() < c.end for c in out):
                continue
            raw = m.group("n")
            n = _num(raw)
            if n is None or is_year(sentence, m.start("n"), m.end("n")) or is_age(sentence, m.start("n"), m.end("n")):
                continue
            if not _kills_people(sentence, m):
                continue  # "executed a search warrant", "slaughtered 30 cows", "burned two cows alive"
            if _OF_THEM.search(m.group()) and _them_are_animals(sentence, m.start()):
                continue  # "stole 40 cattle; 12 of them were killed": the twelve are cattle
            if _LIVES_LOST.match(m.group()) and _AVERTED.search(sentence, max(0, m.start() - 50), m.start()):
                continue  # "a plot that could have led to the loss of 200 lives": no one died
            if "verb" in rx.groupindex and _COUNTERFACTUAL.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # "a bomb that could have killed 200 people was defused": no one died
            figureless, vague = _vagueness(raw)
            part = bool(m.groupdict().get("part"))  # "among the dead were two children": some of a toll told elsewhere
            bound = bool(m.group("bound")) or vague or part
            end = m.end()
            if (animals := _animals_end(sentence, m.end("n")) if "verb" in rx.groupindex or "bodies" in rx.pattern
                    else None) is not None:
                n, end = 0, animals  # "killed 40 cattle and a herder": the cattle are no toll, the herder is
            groups = [_head_group(sentence, m.end("n"))]
            joined = 0
            if rx is _PATTERNS[kind][1] or "part" in rx.groupindex or bodies:  # an object, victims after their state
                reach = len(sentence)  # where the victims end: "left a father and his son (dead)"
                if bodies:  # "the bodies of three men and a boy were found": the people run up to the finding verb
                    end = m.end("n")
                    reach = aux.end() if (aux := _FOUND_AFTER.match(sentence, end)) is not None else reach
                items = toll_phrases.object_items(sentence[:reach], end, _ITEM)
                if m.group().lower().startswith(("left", "leaving")):
                    # the state of the first object ("left 3 people dead and 5 others injured": the 5 have their
                    # own), else the one after all its items ("leaving three children and three staff members dead")
                    state = _LEFT_STATE.match(sentence, m.end())
                    if state is not None and items and state.end() <= items[0].start("n"):
                        items = []
                    elif items:
                        state = _LEFT_STATE.match(sentence, items[-1].end())
                    if state is None or (kind == "killed") != bool(re.match(KILL, state.group("state"), re.I)):
                        continue  # "leaving 7 people wounded", "left 8 with injuries": the wounded, not the dead
                    reach = state.start("state")
                for item in items:
                    n += _num(item.group("n")) or 0  # "killed three children and three adults"
                    bound = bound or bool(item.group("bound"))
                    item_figureless, item_vague = _vagueness(item.group("n"))
                    figureless, vague = figureless and item_figureless, vague and item_vague
                    end = item.end()
                    groups.append(victim_groups.group_of(item.group()))
                one = raw.lower() in ("a", "an", "one") and end == m.end()
                if one:  # "shot dead a retired judge": the first victim runs to its noun
                    end = companions.person_end(sentence, m.start("n"), _is_person_word) or end
                more = companions.read(sentence[:reach], end, _COMPANION, _num, _is_person_word, _is_vague)  # "and his son"
                if not items and more.n and (gap := _HEAD_COMMA.match(sentence, end)) is not None:
                    # the aside may be closed by a comma before more people: "two people, a woman and her grandson,
                    # and three soldiers" re-tells the two and adds the three
                    close = _ASIDE_CLOSE.search(sentence, gap.end(), more.end)
                    first = more if close is None else \
                        companions.read(sentence[:close.start()], end, _COMPANION, _num, _is_person_word, _is_vague)
                    if first.n and first.n <= more.n and restatements.restates(
                            n, [first.n], sentence[m.start("n"):end], gap.group(), sentence[gap.end():first.end]):
                        # "two people, a woman and her grandson,": none added; "..., and three soldiers": the three
                        more = companions.Companions(more.n - first.n, more.end, more.bounded and close is not None)
                n, bound, end, joined = n + more.n, bound or more.bounded, more.end, more.n if one else 0
                groups += [victim_groups.ANY] if more.n else []
                end = max(end, m.end())
            if animals is not None and not n:
                continue  # "shot dead two cows and a goat"
            also = (rx is _PATTERNS[kind][1] or "part" in rx.groupindex) and \
                bool(_ALSO_BEFORE.search(sentence, max(0, m.start() - 8), m.start()))  # "Also killed were two guards"
            update = bool(_UPDATE.search(m.group()) or _RAISING.search(sentence, max(0, m.start() - 30), m.start()))
            out.append(Count(n, bound, also, m.start(), end, update, vague,
                             figureless, victim_groups.ANY if part else victim_groups.combined(groups), joined=joined))
    if kind == "killed":  # "two soldiers died and a third succumbed to his wounds": the toll is the rank, three
        for n, start, end in ordinal_victims.ordinal_deaths(sentence, KILL, _is_person_word):
            if not any(c.end <= start for c in out) or ordinal_victims.separate(sentence[start:]):
                continue  # "a fifth activist was murdered": a rank in a series of events, not in this toll
            rivals = [c for c in out if c.start < end and start < c.end]  # "a third victim": no one "a" counts
            if all(c.n < n for c in rivals):
                out = [c for c in out if c not in rivals] + [Count(n, False, False, start, end)]
    if kind == "killed":  # "two of the wounded later died in hospital": added to the dead told before
        for m in _DIED_LATER.finditer(sentence) if _DIED_LATER_VERB.search(sentence) else ():
            if not any(c.start <= m.start() < c.end for c in out) and (m.group("later") or not m.group("one")):
                n = 1 if m.group("one") else _num(m.group("n"))  # "he died" alone is no toll: "he later died" is
                if n is not None:  # without "later" ("one of the wounded died"), the dead the lead already counts
                    out.append(Count(n, False, bool(m.group("later") or m.group("day")), m.start(), m.end()))
        for m in _OF_WHOM_DIED.finditer(sentence) if "of whom" in sentence.lower() else ():
            # "shot three policemen, one of whom was later confirmed dead": the dead among the victims told before
            if not any(c.start <= m.start() < c.end for c in out) and (n := _num(m.group("n"))) is not None:
                out.append(Count(n, False, bool(m.group("later")), m.start(), m.end()))
    if kind == "injured":  # "stabbed two traders and left them for dead": the people told before, wounded
        # (not people the sentence tells killed: "hacked two women to death and left them for dead")
        killed = [(c.start, c.end) for c in _counts(sentence, "killed")] if "for dead" in low else []
        for m in _LEFT_THEM_FOR_DEAD.finditer(sentence) if "for dead" in low else ():
            if not any(c.start <= m.start() < c.end for c in out) and \
                    (n := _them(sentence, m.start(), killed)) is not None:
                out.append(Count(n, False, False, m.start(), m.end()))
    if kind == "injured":  # the wounded who later died leave the wounded's count
        out += [Count(n, False, True, m.start(), m.end(), left=True,
                      raised=m.re is _DIED_LATER and not (m.group("later") or m.group("day")))
                for m, n in _wounded_who_died(sentence, out)]
    for m in _ELIDED_OWNED[kind].finditer(sentence) if kind in _ELIDED_OWNED and " and " in sentence else ():
        # "a man was killed and his wife injured": one person, owned, whose auxiliary the clause before gave
        if m.group("noun").lower() in toll_phrases.person_nouns() and \
                not any(c.start <= m.start("own") < c.end for c in out):
            out.append(Count(1, False, False, m.start("own"), m.end()))
    if kind == "injured":  # "left nearly 200 people wounded"
        for m in _LEFT_HURT.finditer(sentence):
            if not any(c.start <= m.start() < c.end for c in out) and (n := _num(m.group("n"))) is not None:
                out.append(Count(n, bool(m.group("bound")), False, m.start(), m.end()))
    return out


# a clause whose auxiliary the one before it gave, about one person a possessive owns: "a man was killed and his wife
# injured", "the driver was wounded and his assistant killed"
_ELIDED_OWNED = {k: re.compile(r"\b(?:was|were)\s+(?:\w+\s+){0,2}?(?:" + KILL + "|" + HURT + r")\b[^.;:]{0,60}?\band\s+"
                               r"(?P<own>(?:his|her|their)\s+(?:[\w'’-]+\s+)??(?P<noun>[a-z][\w-]*))\s+" + _ADV + r"?"
                               + v + r"\b(?!\s+(?:by|with)\b)", re.I) for k, v in (("killed", KILL), ("injured", HURT))}


# "the bodies of a man and his wife were found", "police recovered the bodies of a woman and her two children"
_BODIES_OF = re.compile(r"\b(?:(?P<found>" + _FOUND + r")\s+(?:the\s+)?|the\s+)bodies\s+of\s+", re.I)
# the people before the passive that finds them: they run up to its auxiliary
_FOUND_AFTER = re.compile(r"[^.;]{0,80}?(?=\s+(?:were|have been|had been)\s+(?:\w+\s+)?" + _FOUND + r"\b)", re.I)


def _bodies_of_people(sentence: str) -> list[Count]:
    """The dead a report names by their bodies, found, with no figure: a first person and the people joined to him
    (`companions`), each one body. A first item with a figure ("the bodies of three men and a boy") is the bodies
    patterns' own, read with its items."""
    out: list[Count] = []
    if "bodies" not in sentence.lower():
        return out
    for m in _BODIES_OF.finditer(sentence):
        if (fig := _NUM_WORD.match(sentence, m.end())) is not None and (_num(fig.group()) or 0) > 1:
            continue
        first = companions.person_end(sentence, m.end(), _is_person_word)
        if first is None:
            continue
        if m.group("found"):  # "police found the bodies of a woman and her two children"
            more = companions.read(sentence, first, _COMPANION, _num, _is_person_word, _is_vague)
        elif (verb := _FOUND_AFTER.match(sentence, first)) is not None:  # "the bodies of ... were found"
            more = companions.read(sentence[:verb.end()], first, _COMPANION, _num, _is_person_word, _is_vague)
            if more.end != verb.end():
                continue
        else:
            continue
        if more.n:
            out.append(Count(1 + more.n, more.bounded, False, m.start(), more.end))
    return out


_LEADING_AUX = re.compile(r"\s+(?:were|was|have been|has been|had been|got)\s+", re.I)


def _people_with_animals(sentence: str, kind: str) -> list[tuple[Count, int]]:
    """"A farmer and his two cows were killed": animals joined to the people of a passive's subject are no victims
    (companions.people_before_animals); the people before them are read as the subject alone, in the verb's number
    either way ("A farmer was killed": 1; "Two herders were killed": 2). Each with where its people end."""
    out: list[tuple[Count, int]] = []
    for verb in _PASSIVE_TAIL[kind].finditer(sentence):
        cut = companions.people_before_animals(sentence[:verb.start()], toll_phrases.is_animal_noun)
        if cut is None:
            continue
        rest = _LEADING_AUX.sub("", verb.group(), count=1) + sentence[verb.end():]
        for aux in (" was ", " were "):
            found = [c for c in counts(sentence[:cut] + aux + rest, kind) if c.start < cut]
            if found:
                best = max(found, key=lambda c: c.n)
                out.append((replace(best, end=verb.end()), cut))
                break
    return out


# the first object's noun, then one more item joined by "and": "three children and three adults"; not a new clause
_ITEM = re.compile(r"(?:\s+(?!(?:and|were|was|in|at|on|after|when|while|as)\b)[\w'’-]+){0,5}?\s+(?:and|as well as)\s+"
                   + _BOUND + r"(?P<n>(?!(?:him|her)\b)" + _NUM + r")\s+(?:[\w'’-]+\s+){0,2}?" + _PERSON
                   + r"\b(?!\s+(?:were|was|are|is|have|has|had|got|fled|escaped|survived|ran|hid|managed|remained|remain|went|"
                   r"said|told)\b)", re.I)  # "and her three daughters": no figure "her"; "and 20 others fled": a clause
_ALSO_BEFORE = re.compile(r"\balso\s+$", re.I)  # "the blast also killed two guards": more dead than told before
# (a list's commas between: "left a pastor, his wife and their driver dead"; not "another" or "others", who are
# people of their own state: "left 18 people and another 13 injured")
# ("left him for dead": he was hurt so badly he was thought dead, and lived: a wounded victim, not a dead one)
_LEFT_STATE = re.compile(r"(?:,?\s+(?!(?:another|other|others|more)\b)[\w'’-]+){0,6}?\s+"
                         r"(?P<state>for dead|(?<!\bfor\s)(?:" + KILL + "|" + HURT + r"))\b", re.I)
_LEFT_HURT = re.compile(r"\b(?:left|leaving)\s+" + _BOUND + r"(?P<n>" + _NOT_A + _NUM + r")\s+(?:(?!" + KILL
                        + r"\b)[\w'’-]+\s+){0,3}?"
                        + HURT + r"\b", re.I)


# a toll that says it has changed: the latest figure, not one more to compare
_UPDATE_WORDS = literal(_toll_updates("rise", "rise_to", "mark"))  # data/toll_updates.csv: the words, for _MAY_UPDATE
_RAISING_STEMS = literal(_toll_updates("raise"))
# ("had grown to nine": a verb of kind rise_to only before "to": "grown men" tell no update)
_UPDATE = re.compile(r"\b(?:" + literal(_toll_updates("rise", "mark")) + r"|(?:" + literal(_toll_updates("rise_to"))
                     + r")(?=\s+to\b))\b", re.I)
# "..., raising the toll to nine", "two more died on Sunday, bringing the death toll to 40": the event's toll
# raised, a new total that counts the dead told before, not one more to add
_RAISING = re.compile(r"\b(?:" + _RAISING_STEMS + r")\w*\s+"
                      r"(?:(?:down|up)(?:ward)?\s+)?(?:the\s+)?"
                      r"(?:overall\s+|total\s+)?$", re.I)  # "revised the death toll down to 95": a new figure too
# "two of the injured later died", "one of the wounded succumbed to his injuries": the dead of the injured told before
# ("two of those wounded on March 2 succumbed on Friday": the day of the wounding told apart is a later death; "two of
# those wounded in the attack later died", "two of those hurt in Tuesday's blast have since died": the event named
# between)
_DAY = (r"(?:the\s+)?(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|"
        r"Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
_DIED_LATER = re.compile(r"\b(?:(?P<n>" + _NUM + r")\s+(?:more\s+)?of\s+(?:the|those)\s+(?:\w+\s+)?(?:injured|wounded|hurt|"
                         r"victims|casualties)(?:\s+(?:in|during)\s+(?:the|that|this|[\w-]+['’]s)\s+[\w-]+)?"
                         r"(?P<day>\s+on\s+(?:" + _DAY + r"))?|(?P<one>(?-i:He|She)|\bhe|\bshe))\s+(?:have\s+|has\s+|had\s+)?"
                         r"(?P<later>since\s+|later\s+|subsequently\s+)?(?:died|succumbed|passed away)\b", re.I)
# "..., two of whom later died", "one of whom was confirmed dead": the dead among the people of the clause before
_OF_WHOM_DIED = re.compile(r"\b(?P<n>" + _NUM + r")\s+of\s+whom\s+(?:(?:was|were|has been|have been|had been|has|have|"
                           r"had)\s+)?"
                           r"(?P<later>(?:since|later|subsequently|eventually)\s+)?(?:(?:was|were|been)\s+)?"
                           r"(?:died|succumbed|passed away|(?:confirmed|pronounced|declared|found)\s+dead)\b", re.I)
# "three soldiers were injured and taken to hospital, where one of them, Sepoy X, succumbed to his injuries": the dead
# among the wounded the same sentence counted (a name or an aside between)
_OF_THEM_DIED = re.compile(r"\b(?P<n>" + _NUM + r")\s+of\s+them(?:\s*,[^,.;]{1,60},)?\s+(?:(?:has|have|had)\s+)?"
                           r"(?P<later>(?:since|later|subsequently|eventually)\s+)?(?:succumbed|(?:died|passed away)"
                           r"(?=[^.;]{0,40}?\b(?:wounds|injuries|hospital)\b))\b", re.I)
# "left them for dead", "leaving them all for dead": "them", the victims the sentence counted before
_LEFT_THEM_FOR_DEAD = re.compile(r"\b(?:left|leaving)\s+them\s+(?:(?:all|both|\w+ly)\s+)?for\s+dead\b", re.I)
_PEOPLE_FIGURE = re.compile(r"\b(?P<n>(?!him\b|her\b|another\b)" + _NUM + r")\s+(?:[\w'’-]+\s+){0,2}?" + _PERSON
                            + r"\b", re.I)


def _them(sentence: str, end: int, killed: list[tuple[int, int]]) -> int | None:
    """The figure of the last people counted before `end` ("stabbed two traders and left them"), with the people
    joined to them (`companions`: "a man and his wife"), None when none is (a "them" the sentence does not count)
    or when a toll of the dead (`killed`: spans) lies between that figure and `end` ("shot dead three farmers and
    left them for dead", "attacked four travellers, killing two of them and leaving them for dead"): the dead are
    not wounded, and which of the others "them" means is not told."""
    figures = [(m.start("n"), _num(m.group("n"))) for m in _PEOPLE_FIGURE.finditer(sentence, 0, end)
               if not is_year(sentence, m.start("n"), m.end("n")) and not is_age(sentence, m.start("n"), m.end("n"))]
    figures += [(m.start(), 1) for m in re.finditer(r"\ban?\b", sentence[:end], re.I)
                if companions.person_end(sentence, m.start(), _is_person_word) is not None]  # "a teacher"
    if not figures:
        return None
    at, n = max(figures)
    if n is None or any(a < end and b > at for a, b in killed):
        return None
    first = companions.person_end(sentence, at, _is_person_word)  # "a man and his wife": two
    return n + companions.read(sentence[:end], first, _COMPANION, _num, _is_person_word, _is_vague).n \
        if first is not None else n


_WOUNDED_NOUN = re.compile(r"\b(?:injured|wounded|hurt)\b", re.I)


def _of_the_wounded(sentence: str, m: re.Match[str], wounded: list[Count]) -> bool:
    """"Killed three and wounded four, one of whom later died": the relative's people are the wounded when a count
    of the wounded is the last toll before it (no killing verb between)."""
    before = [c for c in wounded if c.end <= m.start()]
    return bool(before) and not re.search(KILL, sentence[max(c.end for c in before):m.start()], re.I)


def _wounded_who_died(sentence: str, wounded: list[Count]) -> list[tuple[re.Match[str], int]]:
    """The wounded told dead since ("wounded four, one of whom has since died"; "two of the injured later died"):
    they are counted among the dead and so no longer among the wounded. A death of the wounded told without "later"
    ("wounded 11, one of whom died in hospital") is often one the lead's toll already counts among both, and moves
    nobody; the day of the wounding told apart ("two of those wounded on March 2 succumbed") says "later"."""
    low = sentence.lower()
    out: list[tuple[re.Match[str], int]] = []
    raised = _raises_toll(sentence) if _DIED_LATER_VERB.search(sentence) else False
    for m in _OF_WHOM_DIED.finditer(sentence) if "of whom" in low else ():
        if m.group("later") and _of_the_wounded(sentence, m, wounded) and (n := _num(m.group("n"))) is not None:
            out.append((m, n))
    for m in _OF_THEM_DIED.finditer(sentence) if "of them" in low else ():
        if _of_the_wounded(sentence, m, wounded) and (n := _num(m.group("n"))) is not None:
            out.append((m, n))  # "three soldiers were injured ..., where one of them succumbed to his injuries"
    for m in _DIED_LATER.finditer(sentence) if _DIED_LATER_VERB.search(sentence) else ():
        if (m.group("later") or m.group("day") or raised) and m.group("n") and _WOUNDED_NOUN.search(m.group()) \
                and (n := _num(m.group("n"))):
            out.append((m, n))
    return out


# every word `_UPDATE` or `_RAISING` reads, as bare letters: a sentence without any of them has no count that is an
# update (the reading only blanks, moves a manner phrase or writes "over"), so `tells_update` need not count it
_MAY_UPDATE = re.compile(_UPDATE_WORDS + "|" + _RAISING_STEMS, re.I)  # the same lists: a word added there is seen here


def tells_update(sentence: str) -> bool:
    """Whether a count of the dead in the sentence is an update ("the toll rose to nine"). Most clauses asked have
    none of its words: the whole toll reading (the costliest rule of a draft) is then skipped."""
    return _MAY_UPDATE.search(sentence) is not None and any(c.update for c in counts(sentence, "killed"))


def _raises_toll(sentence: str) -> bool:
    """The sentence gives a new toll of the dead ("..., raising the toll to six", "the toll has risen to 17 after five
    of the wounded died"): the wounded it says died are dead since the wounded were first counted."""
    return any(c.update for c in _counts(sentence, "killed"))


# its verb alone, a cheap test first: _DIED_LATER opens with a figure, tried at every word of every sentence
_DIED_LATER_VERB = re.compile(r"died|succumbed|passed away", re.I)


def _listed(sentence: str, kind: str) -> list[Count]:
    """Counts of victim lists before the verb ("two soldiers, one policeman and a worker were also killed")."""
    out: list[Count] = []
    for m in _LISTERS[kind].finditer(sentence):
        if _AFTER_VERB.search(sentence[max(0, m.start - 30):m.start]) or _RELATIVE_BEFORE.search(sentence, 0, m.start):
            continue  # "killed three people and wounded 12": the three are the object of "killed"; so are the two
            # of "a teacher who chased two robbers was killed", the object of a relative clause's verb
        # "13 civilians including two volunteers": the figures after "including" are part of the first
        if not m.aux and _OBJECT.match(sentence, m.end):
            continue  # "an attacker killed three people": the active verb's subject, not its victims
        if not m.aux and _OBJECT_BEFORE_STATE.search(sentence, m.start, m.start + len(m.subj)):
            continue  # "an attack by jihadists on the village left 41 dead": the figure is the object "left" puts in
            # the state, the words before it are the verb's subject, no victims
        subj = re.split(r"\b(?:including|among them|among whom|of whom|of which)\b", m.subj, maxsplit=1, flags=re.I)[0]
        if among := _WAS_AMONG.search(subj):
            subj = " " * among.end() + subj[among.end():]  # "a father who leaves 4 children was among 12 people": 12
        # "a student told reporters that five people were killed": the five; "two guards, police said, were killed":
        # a speech aside set off by commas cuts nothing
        cut = _REPORTED.split(_SPEECH_ASIDE.sub(lambda a: " " * len(a.group()), subj))[-1]
        at = m.start + len(subj) - len(cut)
        # "1,200,000 people were killed": the list reader's tokens start the figure at its last groups
        head = _FIGURE_HEAD.search(sentence, max(0, m.start - 16), m.start) if at == m.start else None
        at, subj = (head.start(), sentence[head.start():m.start] + cut) if head else (at, cut)
        total, bound, vague, figureless = 0, False, True, True
        groups: list[str] = []
        items: list[tuple[int, int, int, int]] = []  # (people, start, figure end, end) in `subj`
        pos, last, memo = 0, None, []
        while (sm := _figure_in_subject(subj, pos, memo)) is not None:
            pos, n = sm.end(), _num(sm.group("n"))
            if n is not None and (is_year(sentence, at + sm.start("n"), at + sm.end("n"))
                                  or is_age(sentence, at + sm.start("n"), at + sm.end("n"))
                                  or _SPAN_AFTER.match(subj, sm.end("n"))):
                pos = sm.end("n")  # "In 2019 five people": the five after the year; "two days after gunmen": a time
                continue
            if sm.group("n").lower() in _POSSESSIVE:
                pos = sm.end("n")  # "her two children were killed": a possessive, the figure is the two
                continue
            if n is None or (last is not None and not _LIST_JOIN.search(subj[last:sm.start()])):
                continue  # "a woman who fought her attacker was killed": a figure inside an item describes it
            last = sm.end()
            if _animals_end(subj, sm.end("n")) is not None:
                continue  # "two elephants were shot dead", "two elephants dead": animals are no toll
            total += n
            items.append((n, sm.start(), sm.end("n"), sm.end()))
            groups.append(victim_groups.group_of(sm.group()))
            item_figureless, item_vague = _vagueness(sm.group("n"))
            figureless, vague = figureless and item_figureless, vague and item_vague
            bound = bound or bool(sm.group("bound")) or item_vague  # "two soldiers and several civilians": a floor
        if len(items) > 1 and (rest := joined_subjects.people_at(subj, items[1][1], _COMPANION, _num, _is_person_word,
                                                                 _is_vague)) is not None and \
                restatements.restates(items[0][0], [rest[0]], subj[items[0][2]:items[0][3]],
                                      subj[items[0][3]:items[1][1]], subj[items[1][1]:rest[1]]):
            total, groups = items[0][0], groups[:1]  # "four members of one family, a woman and her three children"
        elif _restated_aside(subj, items):
            total, groups = items[0][0], groups[:1]  # "three residents, a boy on his way to school and two women,"
        if total:
            more = _joined_after_verb(sentence, m.end)  # "two soldiers were killed along with their commander"
            out.append(Count(total + more.n, bound or more.bounded, m.also, m.start, more.end, vague=vague,
                             figureless=figureless, group=victim_groups.combined(groups + [victim_groups.ANY] * more.n),
                             joined=more.n if total == 1 else 0))
    return out


# an aside set off by commas that closes the subject right before its verb ("three residents, ..., were killed")
_ASIDE_CLOSED = re.compile(r",\s*$")


def _restated_aside(subj: str, items: list[tuple[int, int, int, int]]) -> bool:
    """The subject's items after its first are an aside re-telling the first figure's people, read item by item
    (`items`: people, start, figure end, end): the aside opens with a comma right after the first item, closes with
    one right before the verb, and its items' people add up to the first figure ("three residents, a boy on his way
    to school and two women, were killed": three), where a person's own words inside the aside ("on his way to
    school") stop the joined-people reader."""
    if len(items) < 2 or not _ASIDE_CLOSED.search(subj):
        return False
    return restatements.restates(items[0][0], [n for n, *_ in items[1:]], subj[items[0][2]:items[0][3]],
                                 subj[items[0][3]:items[1][1]], subj[items[1][1]:items[-1][3]])


# after a passive verb only a companion's own joining word adds people: "were killed along with their driver";
# "and" there opens a new clause ("two soldiers were killed and a policeman ...")
# the head noun's words after an object's figure up to an aside's comma ("two (people), a woman and her grandson")
_ASIDE_CLOSE = re.compile(r",\s*(?:and|as well as|plus)\s", re.I)  # the comma closing an aside before a join
_HEAD_COMMA = re.compile(r"(?:\s+(?!(?:and|or|as|plus|along|together|with|in|on|at|near)\b)[\w'’-]+){0,4}\s*,\s*", re.I)
_ALONG = re.compile(r"\s*,?\s*(?:along with|together with|alongside)\s", re.I)


def _joined_after_verb(sentence: str, end: int) -> companions.Companions:
    """The people joined by "along with", "together with" or "alongside" after the verb of a subject's toll, or after
    its place and time ("was shot dead in Bamenda on Sunday, along with his brother": `_joined_late`)."""
    if _ALONG.match(sentence, end) is None:
        return _joined_late(sentence, end)
    return companions.read(sentence, end, _COMPANION, _num, _is_person_word, _is_vague)


# ", along with his nephew" that closes the clause of one victim after its adjuncts ("shot dead a chief who also
# served as a mayor in Bamenda on Saturday, along with his nephew"): no casualty verb of another clause between
_LATE_ALONG = re.compile(r"[^.;:!?()]{1,160}?(?P<at>,)\s*(?:along with|together with)\s", re.I)
_CASUALTY_VERB = re.compile(r"\b(?:" + KILL + "|" + HURT + r")\b", re.I)
# what ends the victim's clause before a late ", along with": a comma (an attribution or another clause), a
# coordinated verb ("... and abducted his wife, along with her children") or a reporting verb: the people joined
# there belong to that other verb
_LATE_GAP_STOP = re.compile(r",|\b(?:and|or|but|then|said|says|told|tells|added|according)\b", re.I)
# ", along with his bodyguard, who survived": a relative after the companion tells his own fate
_SPARED_ASIDE = re.compile(r"\s*,\s*(?:who|whom|which)\b", re.I)


def _joined_late(sentence: str, end: int) -> companions.Companions:
    """The people a late ", along with" joins to the victim ending at `end` (`_LATE_ALONG`), when they end the
    clause; none when another casualty verb stands between (their own toll)."""
    m = _LATE_ALONG.match(sentence, end) if "along with" in sentence or "together with" in sentence else None
    if m is None or _CASUALTY_VERB.search(sentence, end, m.start("at")) \
            or _LATE_GAP_STOP.search(sentence, end, m.start("at")):
        return companions.Companions(0, end, False)
    more = companions.read(sentence, m.start("at"), _COMPANION, _num, _is_person_word, _is_vague)
    return more if more.n and _CLAUSE_CLOSE.match(sentence, more.end) else companions.Companions(0, end, False)


def _spared_late(c: Count, sentence: str) -> Count:
    """One victim without the people a late ", along with" joined to him when a relative after them tells their own
    fate (", along with his bodyguard, who survived"): read on the sentence, as the prepared text blanks relatives."""
    if not c.joined or not _LATE_ALONG_IN.search(sentence, c.start, c.end) or not _SPARED_ASIDE.match(sentence, c.end):
        return c
    return replace(c, n=c.n - c.joined, joined=0)


_LATE_ALONG_IN = re.compile(r",\s*(?:along with|together with)\s", re.I)


def _late_joined(c: Count, text: str) -> Count:
    """One victim with the people a late ", along with" joins to him (`_joined_late`): "gunmen shot dead a chief in
    Batibo on Saturday, along with his nephew" kills two."""
    if c.n != 1 or c.joined or c.perpetrator:
        return c
    more = _joined_late(text, c.end)
    return replace(c, n=1 + more.n, end=more.end, joined=more.n, lower_bound=c.lower_bound or more.bounded) \
        if more.n else c


_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;,:]|$)")


_OF_THEM = re.compile(r"\bof\s+them\b", re.I)
_FIGURE = re.compile(r"\b(?:" + _NUM + r")\b", re.I)


def _them_are_animals(sentence: str, start: int) -> bool:
    """The "them" of "N of them" at `start` are animals: the last figure of many before it counts animals ("stole 40
    cattle; 12 of them were killed") and no person noun stands between those animals and "of them"."""
    last = None
    for f in _FIGURE.finditer(sentence, 0, start):
        if _num(f.group()) != 1:  # "them" are many: "stole 60 goats from a village" is the goats
            last = f
    end = _animals_end(sentence, last.end()) if last is not None else None
    return end is not None and not any(_is_person_word(w) for w in re.findall(r"[\w'’-]+", sentence[end:start]))


# "the loss of N lives" told as averted or possible: "averting the loss of 200 lives", "could have led to the loss of"
_LIVES_LOST = re.compile(r"loss\b", re.I)
_AVERTED = re.compile(r"\b(?:(?:could|would|might)\s+(?:well\s+)?(?:have\s+)?(?:[\w-]+\s+){0,2}|(?:avert|prevent|avoid|"
                      r"forestall|risk|threaten|save|spare)\w*\s+(?:[\w-]+\s+){0,2}|(?:potential|possible|feared|"
                      r"averted|prevented)\s+)(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


# a verb of killing told as what would or could have been: "a bomb that could have killed 200", "would have killed
# everyone on board", "could easily have killed dozens" (no one died; "may have killed 20" is a toll not yet sure)
_COUNTERFACTUAL = re.compile(r"\b(?:could|would)(?:\s+\w+ly)?\s+have(?:\s+\w+ly)?\s+$", re.I)


def _kills_people(sentence: str, m: re.Match[str]) -> bool:
    """A figure after a verb that kills only people (`manner_of_death.needs_people`) counts only when the words after
    it name people or nothing ("executed two hostages", "executed 12 in the square"; not "executed a search
    warrant"); victims before a manner's closer must name people ("burned two men alive", not "two cows")."""
    if "victims" in m.re.groupindex:
        words = m.group("victims").split()
        return not words or any(_is_person_word(w) for w in words)
    if "verb" not in m.re.groupindex or not manner_of_death.needs_people(m.group("verb")):
        return True
    return _names_people(sentence, m.end("n"))


_WORD_AFTER = re.compile(r"\s+([\w'’-]+)")


def _names_people(sentence: str, pos: int) -> bool:
    """The words after `pos` up to a function word or a mark name people, or there are none ("executed 12 in the
    square", "hanged two of them")."""
    for i in range(4):
        w = _WORD_AFTER.match(sentence, pos)
        if w is None or w.group(1).lower() in companions.ENDS_ITEM:
            return i == 0  # a bare figure names people; "a search warrant in ..." names none
        if toll_phrases.is_person_noun(w.group(1)) or (_PERSON_WORD.fullmatch(w.group(1))
                                                      and not _GUESSED_PERSON.fullmatch(w.group(1))):
            return True  # ("two search warrants": the -ants of "servants" guesses no person here)
        pos = w.end()
    return False


def _animals_end(sentence: str, pos: int) -> int | None:
    """End of the animals a figure at `pos` counts ("40 cattle", "two stray dogs", "40 head of cattle"), None when the
    head noun of its words (the last before a function word) is no animal (data/animal_nouns.csv): "three cattle
    herders" are people, "two young men" too."""
    for _ in range(2):  # "40 head of cattle", "12 of the cows": the head of the phrase after "of"
        head = None
        for _ in range(4):
            w = _WORD_AFTER.match(sentence, pos)
            if w is None or w.group(1).lower() in companions.ENDS_ITEM:
                break
            if head is not None and companions.verb_like(w.group(1)):
                break  # "two men accused of stealing a cow": a participle after the head opens a clause
            head, pos = w, w.end()
        if head is not None and toll_phrases.is_animal_noun(head.group(1)):
            return head.end()
        if w is None or w.group(1).lower() != "of":
            return None
        pos = w.end()
    return None


_GUESSED_PERSON = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ants)")  # _PERSON's guess by ending, for the common case


# a figure of time, not of people: "two days after gunmen killed them", "three hours before soldiers arrived"
_SPAN_AFTER = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b", re.I)


_NOUN_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?" + _PERSON + r"\b", re.I)


def _head_group(sentence: str, pos: int) -> str:
    """The side of the victims named right after a figure ("killed five soldiers"); ANY when no noun follows."""
    m = _NOUN_AFTER.match(sentence, pos)
    return victim_groups.group_of(m.group()) if m else victim_groups.ANY


# ("a suicide bomber killed himself and 14 others": a reflexive object before a figure of others is an active verb's
# too, as before an owner's figure: "a farmer killed himself and his three children" is three and the farmer; "a police
# officer killed himself and his wife" stays the two dead the list reads, the officer among them)
_OBJECT = re.compile(r"\s+(?:(?:(?:himself|herself|themselves)\s+and\s+(?:(?:his|her|their)\s+)?)?" + _BOUND + _NUM
                     + r"|the|his|her|their)\b", re.I)
# a "subject" that holds an active verb and its figure before the state it leaves them in, with no auxiliary: "(the
# raid left 41) dead", "(the blast leaving at least 12 people) injured"; no verb of the subject's own follows the
# figure, so "(a father who leaves 4 children behind was among 12 people) killed" is no such object
_OBJECT_BEFORE_STATE = re.compile(r"\b(?:left|leaving|leaves)\s+" + _BOUND + r"(?:" + _NUM + r")"
                                  r"(?:(?!\s+(?:was|were|is|are|been|being|had|has|have|among)\b)(?:\s*,\s*|\s+)[\w'’-]+)*\s*$",
                                  re.I)
# "(a father of four was among 12 people) killed": the group the one was among is the toll
_WAS_AMONG = re.compile(r"\b(?:was|were|is|are|been)\s+(?:also\s+)?among\b", re.I)
_FIGURE_HEAD = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*[,.]$")


# a year, not a toll: "In 2019 five people were killed", "since 1990", "2023, two soldiers were killed"
_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|by|during|until)\s+$", re.I)
_YEAR_AFTER = re.compile(r"\s*(?:,|\s(?:\d|" + _UNIT + r"\b|a (?:dozen|few|hundred)\b|several\b|dozens\b))", re.I)
_VICTIMS_AFTER = re.compile(r"\s+(?:(?!" + _UNIT + r"\b)[\w'’-]+\s+){0,3}?" + _PERSON + r"\b", re.I)


def is_year(text: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is a year: four plain digits from 1900 to 2100 after "in"/"since"/"of"/
    "by", or before a comma or another number ("2019, five people", "In March 2019 two soldiers"), or with no
    victim noun after it. A thousands separator ("2,000") or a victim noun ("killed 2000 people") makes a count."""
    raw = text[start:end]
    if len(raw) != 4 or not raw.isdigit() or not 1900 <= int(raw) <= 2100:
        return False
    if _YEAR_BEFORE.search(text, max(0, start - 8), start) or _YEAR_AFTER.match(text, end):
        return True
    return not _VICTIMS_AFTER.match(text, end)


# an age, not a toll: "25-year-old", "aged 25 and 30", "between the ages of 18 and 25", "two months old"
_AGE_AFTER = re.compile(r"\s*-?\s*(?:years?|yrs?|months?|weeks?)(?:[- ]+old\b|\s+of\s+age\b)", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)(?:\s+of)?\s+(?:\d{1,3}\s*(?:,|and|or|to|-|–)\s*){0,4}$", re.I)


def is_age(text: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) gives someone's age ("a 25-year-old", "two men aged 25 and 30"): a
    person's age is never a count of victims."""
    return bool(_AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - 40), start))
# a subject's items are joined by a comma or "and"; a figure after other words (a relative clause, a preposition, a
# verb) is inside the item before ("a farmer who confronted two bandits", "fought back against her attacker")
_LIST_JOIN = re.compile(r"(?:,|\b(?:and|as well as|along with|together with|plus))\s*$", re.I)
# "who chased (two robbers)"; not a speech verb ("residents who fled said (two children were killed)")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which)(?:\s+(?!(?:said|says|say|told|tells|reported|confirmed|added|"
                              r"stated|claimed)\b)[a-z]+){1,2}\s*$")
_POSSESSIVE = frozenset({"her", "him"})  # in a subject, "her" owns a noun ("her attacker") and counts no one
# ("two drivers that were waiting at the depot were stabbed": a relative "that", its verb right after it, cuts nothing)
_SPEECH_ASIDE = re.compile(r",\s*(?:[\w'’-]+\s+){1,4}?(?:said|say|says|told reporters)\s*,", re.I)
_REPORTED = re.compile(r"\b(?:that(?!\s+(?:were|was|are|is|had|have|has)\b)|said|says|told|tells|say)\b", re.I)


_VAGUE = ("dozens", "scores", "hundreds", "several")
_ROUND = re.compile(r"(?!an?[- ])\w+[- ]dozen", re.I)  # "two dozen" ("a dozen" is twelve: a figure)


def _is_vague(raw: str) -> bool:
    """A figure that only gives a floor ("several", "dozens", "two dozen")."""
    return _vagueness(raw)[1]


def _vagueness(raw: str) -> tuple[bool, bool]:
    """(no figure at all, gives way to a stated figure): "dozens" is both; "two dozen", a round estimate, the second
    only ("around two dozen killed" beside "at least 19 were killed")."""
    figureless = raw.lower() in _VAGUE
    return figureless, figureless or bool(_ROUND.fullmatch(raw))


# "13 people were shot", "of the 13 people shot", "the gunman shot 13 people": the shot, dead and wounded together
_SHOT = [re.compile(r"\b" + _BOUND + r"(?P<n>" + _NOT_A + _NUM + r")\s+(?:[\w'’-]+\s+){0,2}?(?P<who>" + _PERSON
                    + r")\s+(?:(?:were|have been|had been|was)\s+)?shot\b(?!\s+(?:dead|and|to death|down)\b)", re.I),
         re.compile(r"\bshot\s+" + _BOUND + r"(?P<n>" + _NOT_A + _NUM + r")\s+(?:[\w'’-]+\s+){0,2}?(?P<who>" + _PERSON
                    + r")\b", re.I)]


def shot_not_killed(sentences: list[str], killed: int | None) -> int | None:
    """The wounded a report gives only as the shot less the dead ("Of the 13 people shot, ...", "at least 10 were
    killed": 3); None when no count of the shot is larger than the dead. Attackers shot by the police or troops
    (the armed side of victim_groups) are not the victims the dead are part of."""
    shot = [_num(m.group("n")) for s in sentences if "shot" in s.lower() for rx in _SHOT for m in rx.finditer(s)
            if not _UNSURE.search(s[max(0, m.start() - 40):m.start()])
            and victim_groups.group_of(m.group("who")) != "armed"]  # "police shot 12 attackers": not the victims
    most = max((n for n in shot if n is not None), default=None)
    return most - killed if most is not None and killed is not None and most > killed else None


def joined_to_one(sentences: list[str]) -> int:
    """The most people told as companions of one singled-out victim in the sentences ("the judge was shot dead along
    with his two guards": 2): a toll of a named man and his guards still singles him out."""
    return max((c.joined for s in sentences for c in counts(s, "killed")), default=0)


def merge(found: list[Count]) -> tuple[int | None, bool]:
    """One incident's total from its counts in reading order: the largest plain figure, or the sum of the sides'
    figures when that is larger ("32 civilians died", "one soldier was killed": victim_groups), plus the figures
    said to be additional ("also") and the attackers' own deaths once (their figure: "two bombers ... killing
    themselves"). A toll said to have changed ("the toll rose to 12") replaces all told before it; a stated figure
    ("more than 150 injured") wins over a vague one ("injuring hundreds", "about two dozen"); figureless words alone
    ("dozens injured") give no figure."""
    if not found:
        return None, False
    found = _unreplaced(_more_of_other_sides(_present_wounded(found)))
    # "earlier reports had put the figure at six": dropped for a present figure (not for "two more later died", which
    # adds to it); the wounded who died as the toll was raised left the figure first given, not a present one
    if any(c.superseded for c in found) and any(not (c.superseded or c.also or c.left) for c in found):
        found = [c for c in found if not c.superseded and not c.raised]
    if (i := next((i for i, c in enumerate(found) if c.raised), None)) is not None and \
            any(not (c.superseded or c.also or c.left) for c in found[i + 1:]):
        found = [c for c in found if not c.raised]  # "Twenty other soldiers were wounded", told after: the wounded now
    last = max((i for i, c in enumerate(found) if c.update), default=None)
    if last is not None:
        found = found[last:]
    if all(c.figureless or c.left for c in found):
        # "dozens injured", "killing several": the text gives no figure; "two of the wounded later died" alone, or
        # after "wounded dozens": no figure of the wounded to take them from
        return None, False
    plain = [c for c in found if not c.also]
    plain = [c for c in plain if not c.vague] or plain
    sides: dict[str, int] = {}
    for c in plain:
        if c.group != victim_groups.ANY:
            sides[c.group] = max(sides.get(c.group, 0), c.n)
    base = max([c.n for c in plain if c.group == victim_groups.ANY] + [sum(sides.values())])
    also = [c for c in found if c.also and not c.perpetrator and not c.left]
    total = base + sum(c.n for c in also) + max((c.n for c in found if c.perpetrator), default=0)
    left = sum(c.n for c in found if c.left)  # "wounded four, one of whom later died": three wounded
    if total >= left:
        total -= left
    return total, any(c.lower_bound for c in found)
