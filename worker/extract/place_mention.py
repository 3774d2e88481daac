"""What the place finders return: a place mention of the text, and the place an incident is resolved to."""
from __future__ import annotations

from dataclasses import dataclass

from worker.extract.gazetteer import Place


@dataclass(frozen=True)
class PlaceMention:
    place: Place | None  # None: a named place the gazetteer does not know (kept as `place`)
    text: str
    start: int  # offsets in the article text
    end: int
    reference: bool = False  # "west of Kabul", "near Kabul": a landmark for another place, not the place
    named_kind: bool = False  # named with its kind ("Paghman district", "Yajalon, a town"): a town-level place
    district: bool = False  # named as a district/LGA/county: the level above its villages ("Tuntiko village, Mokwa LGA")
    locative: bool = False  # right after "in", "at", "near" or "village of": where something is
    route: bool = False  # an end of a route or a border ("to Bannu from North Waziristan", "the X-Y border"): not the site
    town: bool = False  # its kind stated as a town's ("Pai Khan, a village", "the town of Mamoond")
    at: bool = False  # right after "in" or "at" ("at Pissele"), not a forest or river's name
    placed: bool = False  # resolved by the region named with it ("Portland, Maine"): no other namesake
    within: str | None = None  # the district or province the text places it in ("Kuriga in Chikun LGA": "Chikun")
    village: bool = False  # named as a village or hamlet ("the village of X", "X villagers"): a place of the countryside,
    # which no city's quarter is
    facility: bool = False  # read from a facility's name ("Jimma University"): a town only where the article is
    aside: bool = False  # a statement's seat or people's origin ("said in a statement from X", "traders from X"):
    # the scene only when the incident names no other town (aside_places)
    cared: bool = False  # a route end where the wounded or dead were taken ("a hospital in X"): the scene's country
    # as a rule, but no sure province of the scene (victims are carried across provinces to a big town's hospital)
    quarter: bool = False  # a city's quarter ("in Englewood on the South Side", "the Roseland neighborhood",
    # "Little Village"): another site than the city's other quarters, but no town of its own (city_quarters)
    sided: Place | None = None  # a quarter's gazetteer town when a side follows it ("in Chicago on the South Side"):
    # the side's city itself where the page names no other city
    misread: bool = False  # a name NER read as a person or firm that its slot gives as a town ("gunmen attacked
    # Niafunke"): a weak clue, and a town only where the article is (a person's name may be a town's abroad)
    beside: bool = False  # a unit that only borders the place named before it or holds a route's end ("in X,
    # bordering Kebbi State", "fled to Y, in Zamfara State"): a route end, and no hint of the scene's province either

    @property
    def named_for_sure(self) -> bool:
        """Named so that even plain words are a name: as a village ("the village of Hope") or as a district of a
        province the text names ("Awe LGA of Nasarawa")."""
        return self.village or (self.district and self.within is not None)

    @property
    def given_as_town(self) -> bool:
        """Named with its kind or right after "in"/"near": the text presents it as a place where things happen."""
        return self.named_kind or self.locative


@dataclass(frozen=True)
class Location:
    country: str | None = None
    admin1: str | None = None
    city: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
