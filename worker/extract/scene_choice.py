"""The incident's place from its sentences' mentions: the hand rules' most specific known place, the learned
ranker's town, and the province the text names."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from worker.extract import aside_places, geonames, place_ranking, toll_phrases, toponyms
from worker.extract.district_provinces import district_province, spelled_province
from worker.extract.gazetteer import Place, any_trigger, km, places
from worker.extract.name_readings import is_name, people_modifier
from worker.extract.place_charges import charge_spans
from worker.extract.place_mention import Location, PlaceMention
from worker.extract.place_words import same_province
from worker.extract.speaker_seats import seat_province, seat_town
from worker.extract.unknown_provinces import (no_province_city, no_region_city, spelled_province_city, unknown_province,
                                             without_province_word)
from worker.extract.alternation import literal
from worker.extract.compass_words import NAME_WORDS


RANK = {"place": 4, "city": 3, "district": 3, "admin1": 2, "country": 1}


def _suburb_first(cands: list[PlaceMention]) -> PlaceMention:
    """Of a metropolis and a town next to it ("Bondy, a suburb of Paris"), the event is in the town."""
    best = cands[0]
    for m in cands[1:]:
        p, b = m.place, best.place
        assert p is not None and b is not None
        if p.population and b.population and p.population * 5 <= b.population and km(p, b) < 60:
            best = m
    return best


def _sited(mentions: list[PlaceMention], name: str) -> bool:
    """An unknown name the text gives as a town ("in Naqoura", "the village of Zrariyeh"), not a street or a unit."""
    return any(m.text == name and m.given_as_town for m in mentions)


def _town_below(mentions: list[PlaceMention], landmark: bool) -> str | None:
    """An unknown name the text gives as a town ("Pai Khan, a village"; after a landmark also "at Pissele, near
    Bourzanga"; or placed in the district right after it, "in Mir Ali, North Waziristan"): the site, when the known
    places are only its district or a landmark near it (the gazetteer lacks most villages, not their districts)."""
    return next((m.text for m in mentions if m.place is None and (m.town or (m.at and (landmark or m.within is not None)))
                 and not m.district and not m.reference and not m.route and is_name(m.text, m.named_for_sure)),
                None)


def localize(mentions: list[PlaceMention], country: str | None, seat: str | None = None) -> list[PlaceMention]:
    """Each GeoNames-only name (and a project town the country of the story does not hold) resolved among its
    namesakes by the article's country and the provinces named with it (toponyms.choose); a name with no candidate in the article's country becomes an unknown name, or nothing when
    only a facility's name gave it (a facility's town lies in the article's country). The province whose office
    speaks (`seat`: speaker_seats.seat_province) decides among the country's namesakes (`_seat_namesakes`)."""
    provinces = toponyms.provinces_named([m.place for m in mentions if not m.beside])  # not "bordering Kebbi State"
    out = []
    for m in mentions:
        if m.place is not None and not m.placed and (
                (m.place.kind == "city" and m.place.source == "geonames")
                or (m.place.kind in ("city", "district") and _abroad_namesake(m.place, country))):
            cands = places().candidates(m.text) or [m.place]
            if _abroad_of_its_province(m, cands):  # "Kani township, Sagaing division": Myanmar's, not Japan's Kani
                out.append(replace(m, place=None))
                continue
            if seat is not None and m.within is None:
                cands = _seat_namesakes(m.text, cands, country, seat)
                if not cands:  # no namesake in the office's province: a town of it the gazetteer lacks
                    out.append(replace(m, place=None))
                    continue
            m = replace(m, place=toponyms.choose(m.text, cands, country, _within_province(m, country) or provinces)
                        or _unit_at_home(m, country))
            if m.place is None and (m.facility or m.misread) and not any(c.country == country for c in cands):
                continue  # "Salem Hospital" in a Nigerian story: a hospital's name, not a town of Nigeria's the gazetteer
                # lacks; "gunmen attacked Johnson" there: NER's person, not Wisconsin's town
        elif m.placed and m.place is not None and m.place.kind == "city" and m.place.lat is None \
                and m.place.admin1 is None:
            # "in Victoria, Australia": the text placed the name in a country where the gazetteer has no such town
            # (one placed in a province, "Nevada, Missouri", is a town of it: no province lies in another)
            m = replace(m, place=_unit_at_home(m, m.place.country) or m.place)
        elif m.place is not None and m.place.kind in ("admin1", "country"):
            m = replace(m, place=_home_namesake_unit(m, country) or _home_namesake_town(m, country) or m.place)
        out.append(m)
    return out


def _abroad_of_its_province(m: PlaceMention, cands: list[Place]) -> bool:
    """The text places the name in a first-level unit (by its own name, `within`) of one country only, none of
    whose towns bears the name: a town of that province the gazetteer lacks, not a namesake abroad. A compass name
    ("Eastern") is no country's alone."""
    if m.within is None:
        return False
    countries = {s.country for s in geonames.index().subdivisions_named(m.within, level=1)}
    return len(countries) == 1 and not _COMPASS_NAME.fullmatch(m.within) \
        and not any(c.country in countries for c in cands)


# "Eastern", "North West": names several countries give a province, which tell no country by themselves
_COMPASS_NAME = re.compile(r"(?:(?:" + literal(NAME_WORDS) + r")[\s-]*)+(?:Region|Province)?", re.I)


def _abroad_namesake(place: Place, country: str | None) -> bool:
    """A town of the project's table ("Hyderabad", Sindh's) in a story the text set in another country that has a
    town of the name (India's Hyderabad, countries.namesake_countries): that country's namesake is meant."""
    return country is not None and place.country != country \
        and any(c.country == country for c in places().candidates(place.name))


def _home_namesake_unit(m: PlaceMention, country: str | None) -> Place | None:
    """The article's country's own first-level unit of a province's name that several countries bear ("Punjab"
    of an Indian story, not Pakistan's), or of a far country's ("Georgia" of an American story): the story has
    said which country it is in. A neighbour of the story's country keeps its reading ("in neighbouring Niger" of a
    Nigerian story: cross-border news names it as often as Niger State). None when the text places the name."""
    if country is None or m.place is None or m.place.country == country or m.placed or m.route:
        return None
    from worker.extract.countries import neighbours  # countries reads places, which reads this module
    if m.place.kind == "country" and m.place.country in neighbours().get(country, frozenset()):
        return None
    return places().province_in(m.text, country)


def _home_namesake_town(m: PlaceMention, country: str | None) -> Place | None:
    """The article's country's own town of a foreign province's bare name ("Durango" of a Spanish story, not
    Mexico's state; "Victoria" of a Canadian one): the story has said which country it is in
    (countries._bare_province_clues). None when the text places the name, does not give it as a place where things
    happen ("in Durango"; "the border with Maridi State" is a province's) or the country has no such town."""
    if country is None or m.place is None or m.place.kind != "admin1" or m.place.country == country or m.placed \
            or m.route or not m.given_as_town:
        return None
    return next((c for c in places().candidates(m.text) if c.kind == "city" and c.country == country
                 and place_ranking.same_name(c.name, m.text)), None)


def _unit_at_home(m: PlaceMention, country: str | None) -> Place | None:
    """A name of no town the gazetteer knows in `country` (the article's, or the one the text places it in) that a
    first-level unit of that country bears ("in Victoria" of an Australian story: the state, not Hong Kong's
    district) is that unit; not a name given as a town ("the town of X", "X village") or a facility's."""
    if country is None or m.facility or m.town or m.named_kind \
            or any(c.country == country for c in places().candidates(m.text)):
        return None
    return places().province_in(m.text, country)


def _seat_namesakes(name: str, cands: list[Place], country: str | None, seat: str) -> list[Place]:
    """"Gunmen killed three in Salem, Florida police said": when the country has several towns of the name, the
    office that speaks for one province tells which one: its namesakes in that province (none when the gazetteer
    has none there); `cands` unchanged when the name is one town of the country."""
    namesakes = [p for p in cands if p.kind == "city" and p.country == country and place_ranking.same_name(p.name, name)]
    if len(namesakes) < 2:
        return cands
    return [p for p in namesakes if same_province(p.admin1, seat)]


def _within_province(m: PlaceMention, country: str | None) -> frozenset[str] | None:
    """The province of the district or province the text places a town in ("Tudun Wada in Zaria LGA": Zaria's
    province), folded: the text's own hierarchy, which decides among the town's namesakes before their size does."""
    if m.within is None:
        return None
    region = places().get(m.within.lower()) or places().province(m.within)
    if region is None or region.kind == "country" or not region.admin1 or (country and region.country != country):
        return None
    return frozenset({geonames.fold(region.admin1)})


def cue(text: str, sents: list[Any], trigger_index: int, trigger: Any, doc: Any | None) -> place_ranking.Cue:
    """The ranker's view of an incident: its trigger word (sentence `trigger_index` of `sents`, offsets `trigger.start`
    and `trigger.end` within it) and its sentences, the trigger's first, then by distance from it."""
    s = sents[trigger_index]
    order = sorted(range(len(sents)), key=lambda k: (abs(sents[k].index - s.index), k))
    return place_ranking.Cue(text, (s.start + trigger.start, s.start + trigger.end),
                             tuple((sents[k].start, sents[k].end) for k in order), doc)


def resolve(mentions: list[PlaceMention], context_country: str | None,
            where: place_ranking.Cue | None = None, text: str | None = None) -> tuple[Location, PlaceMention | None]:
    """The hand rules' place (`_by_rules`), whose town the learned ranker (place_ranking) may replace by another
    candidate of the incident's sentences when `where` tells it the trigger and sentences; a province the
    incident's sentences name with its type word that the gazetteer lacks (`unknown_province`) replaces one the
    text never writes; `text` is the article the mentions stand in when no `where` tells it."""
    loc, best = _resolve(mentions, context_country, where)
    loc = _far_from_landmark(loc, best, where.text if where is not None else text)
    loc = _placed_unknown_town(loc, mentions)
    loc = spelled_province_city(no_province_city(no_region_city(_as_spelled(loc, best, where.text if where is not None
                                                                                   else text))), mentions)
    if loc.admin1 is None and where is not None and (seat := seat_province(where, loc.country)) is not None:
        loc = replace(loc, admin1=seat)  # "Kaduna police said" of a village the gazetteer lacks: the state speaks for it
    if loc.city is None and where is not None and (town := seat_town(where, loc.country)) \
            and loc.admin1 in (None, town.admin1):
        loc = replace(loc, country=town.country, admin1=town.admin1, city=town.name)  # "..., Tampa police said" and
        # no town named: Tampa (with its country when the text gave none)
    if loc.admin1 is None and loc.city is not None and loc.lat is None \
            and (unit := district_province(loc.city, loc.country) or _spelled_town_province(loc, where)):
        loc = replace(loc, admin1=unit)  # "in Hawija district": no town, the district's province; "Bossasso": Bosaso's
    name = unknown_province(where) if where is not None else None
    if name is None or (loc.admin1 is not None and toponyms.is_written(loc.admin1, loc.country, where.text)):
        return loc, best
    # "South Sudan's Tonj State": the state, not its namesake town
    city = None if loc.city is not None and place_ranking.same_name(without_province_word(loc.city), name) \
        else loc.city
    return replace(loc, admin1=name, city=city), best


# "200 km north of Ouagadougou", "200 km to the north of", "250 km away from", "some 30 kilometres (19 miles) from
# the capital Mogadishu", "from the capital, Ouagadougou": a stated distance
_DISTANCE_BEFORE = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>km|kilomet(?:er|re)s?|miles?)\s+(?:\(\s*\d+(?:[.,]\d+)?\s*"
                              r"(?:km|kilomet(?:er|re)s?|miles?)\s*\)\s+)?(?:(?:to\s+the\s+)?(?:north|south|east|"
                              r"west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|away\s+)?"
                              r"(?:of|from)\s+(?:the\s+)?(?:(?:city|town|capital)(?:\s+of|,)?\s+)?$", re.I)


# km: a scene this far from the landmark town is no part of it nor, often, of its province; nearer, news and its
# annotators give the landmark ("an area 65 km east of Sanaa": Sanaa)
FAR_KM = 100.0
_MILE_KM = 1.609


def _far_from_landmark(loc: Location, best: PlaceMention | None, text: str | None) -> Location:
    """The country alone when the town chosen is a landmark the text puts the scene at least FAR_KM from ("in a
    region 200 km north of Ouagadougou"); a place the text names there ("in Djibo, 200 km north of Ouagadougou")
    is chosen before the landmark, and stays, but not with the landmark's province (an unknown village's)."""
    if best is None or not best.reference or best.place is None or loc.city is None or text is None:
        return loc
    said = _DISTANCE_BEFORE.search(text, max(0, best.start - 60), best.start)
    if said is None or float(said.group("n")) * (_MILE_KM if said.group("unit").lower().startswith("mile") else 1) \
            < FAR_KM:
        return loc
    if place_ranking.same_name(best.place.name, loc.city) or best.text == loc.city:
        return Location(country=loc.country)
    # "in Tiambgo village, 200 km north of Ouagadougou": the village stays, not the landmark's province
    return replace(loc, admin1=None) if best.place.admin1 and loc.admin1 == best.place.admin1 else loc


def _spelled_town_province(loc: Location, where: place_ranking.Cue | None) -> str | None:
    """The province of the town the unknown city is another spelling of (spelled_province), unless the text would
    then spell that province by the city's own name ("the village of Kuriga": Morocco's Khouribga province is the
    same name read twice, no province the text gives)."""
    unit = spelled_province(loc.city, loc.country) if loc.city is not None else None
    if unit is None or where is None or toponyms.as_written(unit, loc.country, where.text) == loc.city:
        return None
    return unit


def _landmark_again(chosen: place_ranking.Candidate, best: PlaceMention | None, loc: Location,
                    mentions: list[PlaceMention]) -> bool:
    """The ranker picks the landmark the rules passed over for the village it locates ("raided Karida village near
    Tari": Karida, not Tari): the rules' village stands (a name given as a village, not any unknown name: "the
    Crocus City Hall in the outskirts of Moscow" is Moscow's)."""
    return best is not None and best.reference and best.place is not None and loc.city is not None \
        and chosen.mention is best and not place_ranking.same_name(best.place.name, loc.city) \
        and any(m.village and m.text == loc.city for m in mentions)


# "Mingora, the main town of Swat district", "Khar, the headquarters of Bajaur district": the town's own unit
_UNIT_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:of|in)\s+(?:the\s+)?")
# "Moreh in Manipur's Tengnoupal district", "Shinkay in the Zabul district": the district the town lies in, right after
_IN_UNIT = re.compile(r"\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+)?")


def _district_over_town(chosen: place_ranking.Candidate, loc: Location, mentions: list[PlaceMention],
                        text: str) -> bool:
    """The ranker picks a district the text names as one ("Gadchiroli district") over the village or town the rules
    found and the text names as one ("in Mahadeopur village under Gadchiroli district") or the gazetteer knows as a
    town ("in Mingora, the main town of Swat district"): the smallest place named is the scene, and a district holds
    the towns news names with it."""
    return loc.city is not None and chosen.mention.district and not chosen.mention.town \
        and not place_ranking.same_name(chosen.name, loc.city) \
        and any((m.town or (m.place is not None and m.place.kind in ("city", "district")
                             and _unit_of(m, chosen.mention, text)))
                and not m.district and not m.reference and not m.route and not m.aside
                and not aside_places.speaker_town(text, m.start, m.end)  # "a villager in X village told reporters"
                and loc.city in (m.text, m.place.name if m.place else None) for m in mentions)


def _unit_of(town: PlaceMention, district: PlaceMention, text: str) -> bool:
    """The text gives the district as the town's own unit: right after it ("Mingora, the main town of Swat
    district", "Moreh in Manipur's Tengnoupal district") or as where it lies; not a district the sentence tells
    another deed in ("stormed a checkpoint in Ghazni, killing five policemen in Andar district")."""
    return town.within == district.text or bool(_UNIT_APPOSITIVE.fullmatch(text, town.end, district.start)) \
        or bool(_IN_UNIT.fullmatch(text, town.end, district.start))


def _as_spelled(loc: Location, best: PlaceMention | None, text: str | None = None) -> Location:
    """The town in the text's spelling ("Ariha", not the gazetteer's "Arīḩā"; "Tamanrasset", not "Tamanghasset"):
    the project reports places as the article writes them. A name that differs only in case keeps the gazetteer's
    ("Dar es Salaam" of a dateline's "DAR ES SALAAM"), and so does one that only adds words to it ("Cotabato City":
    the town is Cotabato). The case is the article's (`text`), not the mention's: a capitals dateline's town comes
    title-cased ("MEDELLIN" read "Medellin" keeps the gazetteer's "Medellín")."""
    if best is not None and text is not None and 0 <= best.start < best.end <= len(text) \
            and text[best.start:best.end].isupper() and loc.city is not None \
            and geonames.fold(best.text) == geonames.fold(loc.city):
        return loc  # the capitals only drop the accents; "TAMANRASSET" still spells the gazetteer's "Tamanghasset"
    if best is None or best.place is None or loc.city is None or loc.city != best.place.name \
            or best.place.kind not in ("city", "district") or not best.text[:1].isupper() or best.text.isupper() \
            or best.text.lower().startswith(loc.city.lower()) or not is_name(best.text):
        return loc
    return replace(loc, city=best.text)


def _resolve(mentions: list[PlaceMention], context_country: str | None,
             where: place_ranking.Cue | None = None) -> tuple[Location, PlaceMention | None]:
    """`resolve` but for a province the gazetteer lacks."""
    seat = seat_province(where, context_country) if where is not None else None
    local = localize(mentions, context_country, seat)
    if where is not None:
        local = _outside_other_events(local, where)
    local = _asides_give_way(local)
    loc, best = _by_rules(local, context_country)
    if where is None:
        return loc, best
    loc = _province_as_named(loc, local, where.text)
    country = loc.country or context_country
    offered = [m for m in local if not people_modifier(m, where.text)]
    chosen = place_ranking.pick(place_ranking.candidates(offered, country, is_name), where, country)
    if chosen is None or (loc.city is not None and place_ranking.same_name(chosen.name, loc.city)) \
            or _landmark_again(chosen, best, loc, local) or _district_over_town(chosen, loc, local, where.text):
        return loc, best
    p = chosen.place
    if p is not None and country is not None and p.country != country:
        return loc, best  # the ranker picks the town, not the country: a place abroad is another story's
    if p is not None and p.kind == "admin1" and not province_town(p, chosen.name):
        return loc, best  # a province with no town of its name: no town, as the rules found
    if p is None:
        return replace(loc, admin1=_unknown_town_province(chosen.mention, loc, best, local),
                       city=chosen.name, place=None if loc.place == chosen.name else loc.place, lat=None, lon=None), best
    admin1 = _province_as_named(replace(loc, admin1=p.admin1 or loc.admin1), local, where.text).admin1
    return Location(p.country, admin1, chosen.name, None if loc.place == chosen.name else loc.place, p.lat, p.lon), \
        (chosen.mention if best is not None else None)


def _unknown_town_province(town: PlaceMention, loc: Location, best: PlaceMention | None,
                           mentions: list[PlaceMention]) -> str | None:
    """The province of a town the gazetteer lacks that the ranker chose over the rules' known town ("people from
    Kaduna were killed when bandits attacked Kanya village in Danko-Wasagu, Kebbi State"): the rules' province was
    the passed-over town's, no evidence for this one, when the text names provinces of the country and not that one.
    Then the one it names, or of several the first named after the town (the text's own hierarchy: "X, Y State");
    the rules' province otherwise."""
    if loc.admin1 is None or best is None or best.place is None or best.place.kind not in ("city", "district"):
        return loc.admin1
    named = [m for m in mentions if m.place is not None and m.place.kind == "admin1" and not m.route
             and m.place.country == loc.country and m.place.admin1]
    if not named or any(same_province(loc.admin1, m.place.admin1) for m in named):  # type: ignore[union-attr]
        return loc.admin1
    units = {m.place.admin1 for m in named}  # type: ignore[union-attr]
    if len(units) == 1:
        return units.pop()
    after = sorted((m for m in named if m.start >= town.end), key=lambda m: m.start)
    return after[0].place.admin1 if after else loc.admin1  # type: ignore[union-attr]


def _placed_unknown_town(loc: Location, mentions: list[PlaceMention]) -> Location:
    """A town the gazetteer lacks lies in the province the text places it in ("the village of Agaza, Nasarawa"),
    whatever other province the incident's sentences name ("on the border of Benue and Nasarawa states")."""
    if loc.city is None or loc.lat is not None:
        return loc
    town = next((m for m in mentions if m.place is None and m.text == loc.city and m.within), None)
    held = _within_unit(town, loc.country) if town is not None else None
    return loc if held is None or same_province(held, loc.admin1) else replace(loc, admin1=held)


def _within_unit(m: PlaceMention, country: str | None) -> str | None:
    """The province of the province or town the text places `m` in ("Agaza, Nasarawa"; "Kanya in Danko, Kebbi
    State"), when it is one of `country`'s and names one province (a town's namesakes all in one)."""
    if m.within is None or country is None:
        return None
    unit = places().province(m.within)
    if unit is not None and unit.country == country and unit.admin1:
        return unit.admin1
    held = {p.admin1 for p in places().candidates(m.within) if p.kind in ("city", "district", "admin1")
            and p.country == country and p.admin1 and place_ranking.same_name(p.name, m.within)}
    return held.pop() if len(held) == 1 else None


def province_town(province: Place, name: str) -> bool:
    """Whether a town called `name` itself (not by an alternate name) lies in `province`: only then can the
    province's name stand for a town ("in Ghazni": the capital). A namesake town in another province ("Bengo" of
    Uige for Bengo province) or a town whose alternate name is the province's says nothing of where in the province
    the incident is."""
    return any(q.kind == "city" and q.country == province.country and same_province(q.admin1, province.admin1)
               and place_ranking.same_name(q.name, name) for q in places().candidates(name))


def _outside_other_events(mentions: list[PlaceMention], where: place_ranking.Cue) -> list[PlaceMention]:
    """The mentions but the towns of the clauses that tell another event ("The attack came hours after a bomb
    exploded in a market in Y": Y is that bomb's town, not the scene), even when no other town is left ("It happened
    days after a visit by the president to Y": the incident's town is not told); a province or country named there
    still frames the story ("hours after troops left Taraba State, gunmen killed five in Donga"). In the trigger's
    own sentence see `_own_sentence_other_events`."""
    spans = [(a + x, a + y) for a, b in where.sentences[1:]
             for x, y in toll_phrases.other_event_spans(where.text[a:b])]
    spans += _own_sentence_other_events(mentions, where) + _own_sentence_charges(mentions, where)
    return [m for m in mentions if (m.place is not None and m.place.kind in ("admin1", "country"))
            or not any(x <= m.start < y for x, y in spans)]


def _own_sentence_other_events(mentions: list[PlaceMention], where: place_ranking.Cue) -> list[tuple[int, int]]:
    """The clauses of the trigger's own sentence that tell another event ("A bomb killed seven in X on Sunday, days
    after a blast in Y killed 10", "Five were killed in an attack that echoed last year's massacre in Y"), when the
    trigger stands outside them. A clause that only times the incident ("The latest abduction comes days after
    gunmen kidnapped 30 in Y", "since Sunday in attacks on Y") may tell its town: it is kept unless the sentence
    names a town of its own."""
    if not where.sentences:
        return []
    a, b = where.sentences[0]
    spans = [(a + x, a + y) for x, y in toll_phrases.other_event_spans(where.text[a:b])]
    t0 = where.trigger[0]
    if not spans or any(x <= t0 < y for x, y in spans):
        return []
    own = any(a <= m.start < b and _town_level(m) and not any(x <= m.start < y for x, y in spans) for m in mentions)
    return spans if own else [(x, y) for x, y in spans if _RECALLED_RELATIVE.match(where.text, x)]


def _own_sentence_charges(mentions: list[PlaceMention], where: place_ranking.Cue) -> list[tuple[int, int]]:
    """The phrases of the trigger's own sentence that name a deed someone is wanted, charged or known for ("troops
    killed a commander wanted for the bombing of a church in Madalla during a raid in Kano"; place_charges), when
    the trigger stands outside them and the sentence names a town or province of its own outside them: that deed's
    town is not the scene. Alone, a charge's town stays (the follow-up may be where the deed was)."""
    if not where.sentences:
        return []
    a, b = where.sentences[0]
    spans = [(a + x, a + y) for x, y in charge_spans(where.text[a:b])]
    if not spans or (any(x <= where.trigger[0] < y for x, y in spans) and not _main_event_outside(where.text, a, b, spans)) \
            or _BACK_THERE.search(
            "".join(" " if any(x <= i < y for x, y in spans) else ch for i, ch in enumerate(where.text[a:b], a))):
        return []
    charged = [m for m in mentions if any(x <= m.start < y for x, y in spans)]
    own = any(a <= m.start < b and m not in charged and (_town_level(m) or (
        m.place is not None and m.place.kind == "admin1" and not m.route and not _holds_any(m.place, charged)))
        for m in mentions)
    return spans if own else []


def _main_event_outside(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """An event word of the sentence [a, b) outside its charges: the main clause's own event ("a man wanted for the
    attack in Jos killed 12 people in Bauchi"), which the classifier's word inside the charge ("attack") is not."""
    return any(not any(x <= m.start() < y for x, y in spans) for m in any_trigger().finditer(text, a, b))


# "killed 40 worshippers there", "struck the same town again": the main clause puts its event at the charge's place
_BACK_THERE = re.compile(r"\b(?:there(?!\s+(?:is|was|were|are|has|have|had|will|would|may|might|could)\b)|"
                         r"the same (?:town|village|city|community|place|area|church|mosque|market|spot))\b", re.I)


def _holds_any(province: Place, charged: list[PlaceMention]) -> bool:
    """The province holds a town named in the charge ("in Owo, Ondo State"): it places that town, it is no place of
    the main clause's own."""
    return any(m.place is not None and m.place.kind in ("city", "district") and m.place.country == province.country
               and same_province(m.place.admin1, province.admin1) for m in charged)


# "in an attack that echoed last year's massacre in Y": a relative clause set in an earlier period tells that event
# whole; a timing cue alone ("comes days after gunmen kidnapped 30 in Y", "since Sunday in attacks on Y") may not
_RECALLED_RELATIVE = re.compile(r"(?:which|where|that|when)\b", re.I)


def _town_level(m: PlaceMention) -> bool:
    """A town or district, known or given as a town, that is no route end or landmark."""
    return not m.route and not m.reference and (
        (m.place is not None and m.place.kind in ("city", "district")) or (m.place is None and m.given_as_town))


def _asides_give_way(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions without the towns named as a statement's seat or people's origin ("traders from X were shot
    dead in Y", "said in a statement from X"), when another town or another province is named: that one is the
    scene. Alone, such a town stays (reporters may stand at the scene; "villagers from X were abducted" names no other place)."""
    # (a known town abroad that localize left unknown, "Washington condemned" of a Nigerian story, is one too)
    asides = [m for m in mentions if m.aside and (_town_level(m) or (m.place is None and not m.route
                                                                      and not m.reference))]
    if not asides or not any(_scene_beside(m, asides) for m in mentions):
        return mentions
    return [m for m in mentions if m not in asides]


def _scene_beside(m: PlaceMention, asides: list[PlaceMention]) -> bool:
    """Another place the incident may be at: a town, or a province other than the asides' own ("pilgrims from X
    were killed in Y state"; not "villagers from X in Y state", which places X in Y)."""
    if m.aside or m.route:
        return False
    if m.reference:  # "soldiers based in X were ambushed near Y": the event is by Y, not at X (a namesake Y of
        # another country than X's is not read as that one: X still tells the country)
        return m.place is not None and m.place.kind in ("city", "district") \
            and all(a.place is not None and a.place.country == m.place.country for a in asides)
    if m.place is not None and m.place.kind == "admin1":
        return not any(a.place is not None and same_province(a.place.admin1, m.place.admin1) for a in asides)
    return _town_level(m)


def provinces_named(mentions: list[PlaceMention], country: str | None) -> set[str]:
    """The first-level provinces of `country` the mentions name as places ("Ghazni province"), route ends aside."""
    return {m.place.admin1 for m in mentions if m.place is not None and m.place.kind == "admin1" and not m.route
            and m.place.country == country and m.place.admin1}


def _province_as_named(loc: Location, mentions: list[PlaceMention], text: str) -> Location:
    """The one province of the country the incident's sentences name, when the gazetteer's province of the town is
    named nowhere in the text: a small town's namesake or an old province name (Katanga) loses to what the text
    says."""
    named = provinces_named(mentions, loc.country)
    if loc.admin1 is None or len(named) != 1 or any(same_province(loc.admin1, n) for n in named) \
            or toponyms.is_written(loc.admin1, loc.country, text):
        return loc  # "Dnipropetrovsk Oblast" is the "Dnipropetrovsk region" the text names, in its gazetteer spelling
    town = places().get(loc.city.lower()) if loc.city else None
    if town is not None and (town.population or 0) >= place_ranking.BIG_CITY:
        return loc  # a big city's province is no doubt: the other province is another place's
    return replace(loc, admin1=named.pop())


def named_province_namesake(city: str, admin1: str, country: str, named: set[str], text: str) -> Place | None:
    """The town's namesake in the one province of its country the article names ("gunmen killed four in San
    Pedro ... San Pedro is a town in the Mexican state of Coahuila"), where the incident's own sentences left the
    gazetteer's biggest namesake (Nuevo León's) in a province the text never writes; None when the article names
    no such one province, the text writes the town's province, the town is a big city (whose province is no
    doubt), or that province has no town of the name."""
    if len(named) != 1 or any(same_province(admin1, n) for n in named) or toponyms.is_written(admin1, country, text):
        return None
    unit = next(iter(named))
    towns = [c for c in places().candidates(city) if c.kind == "city" and c.country == country
             and place_ranking.same_name(c.name, city)]
    if any((c.population or 0) >= place_ranking.BIG_CITY and same_province(c.admin1, admin1) for c in towns):
        return None
    return next((c for c in towns if same_province(c.admin1, unit)), None)


def _by_rules(mentions: list[PlaceMention], context_country: str | None) -> tuple[Location, PlaceMention | None]:
    """The most specific known place, preferring the article's country; unknown named places fill `place`,
    or `city` when the only known places are a province or a country (small towns missing from the gazetteer).
    `mentions` are localized."""
    known = [m for m in mentions if m.place is not None]
    if context_country:
        in_country = [m for m in known if m.place.country == context_country]  # type: ignore[union-attr]
        known = in_country or known
    names = [m for m in mentions if m.place is None and is_name(m.text, m.named_for_sure)]
    # a district first ("Mokwa LGA"), then a name given as a town ("village of Mamove", "in Diafarabe"), then any
    # (a route's end last: "between Bodhei and Basuba in Lamu County" is at Bodhei)
    unknown = next((m.text for m in sorted(names, key=lambda m: (m.route, not m.district, not m.given_as_town))), None)
    if not known:
        if unknown and _sited(mentions, unknown):
            return Location(country=context_country, city=unknown), None
        return Location(country=context_country, place=unknown), None
    if context_country and all(m.route and m.place.kind == "country" and m.place.country != context_country
                               for m in known):  # type: ignore[union-attr]
        return Location(country=context_country, place=unknown), None  # "near the border with X": this side of it
    if all(m.route for m in known):  # only the ends of a route or a border: the province, not a town
        first = max(known, key=lambda m: RANK[m.place.kind])  # type: ignore[union-attr]
        p0 = first.place
        assert p0 is not None
        # "taken to a hospital in Kano": the country, no province of the scene, unless the text names the scene
        # by a name of no other province ("killed two in Mamund ... shifted to a hospital in Khar") or the hospital
        # is its district's ("shifted to Parachinar District Hospital"): the wounded are cared for near where they
        # fell, so the hospital town's province is the weak clue left
        if all(m.cared for m in known) and not unknown and not any(m.district for m in known):
            return Location(p0.country, None, None, None, None, None), first
        return Location(p0.country, p0.admin1 if p0.kind != "country" else None, None, None, None, None), first
    known = [m for m in known if not m.route]
    top = max(RANK[m.place.kind] for m in known)  # type: ignore[union-attr]
    # "north of Baghdad ... in the town of Taji": a landmark gives way to the place it locates
    best = _suburb_first(sorted((m for m in known if RANK[m.place.kind] == top), key=lambda m: (m.reference, m.start)))  # type: ignore[union-attr]
    p = best.place
    assert p is not None
    city = p.name if p.kind in ("city", "district") else None
    if p.kind == "place":
        city = next((m.place.name for m in known if m.place and m.place.kind in ("city", "district")), None)
        unknown = p.name
    admin1 = p.admin1 if p.kind != "country" else None
    if city is None and p.kind in ("admin1", "country") and unknown and (p.kind == "admin1" or _sited(mentions, unknown)):
        return Location(p.country, admin1, unknown, None, None, None), best
    named = next((m.text for m in mentions if m.place is None and m.named_kind and is_name(m.text, m.named_for_sure)), None)
    if best.reference and named:  # "in the Paghman district, west of Kabul"
        return Location(p.country, admin1, named, None, None, None), best
    town = _town_below(mentions, best.reference) if best.reference or best.district or p.kind == "district" else None
    if town and p.kind != "country":  # "in Pai Khan, a village in ... Mohmand", "at Pissele, near Bourzanga"
        return Location(p.country, admin1, town, None, None, None), best
    return Location(p.country, admin1, city, unknown if p.kind != "place" else p.name, p.lat, p.lon), best
