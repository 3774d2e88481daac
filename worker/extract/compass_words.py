"""The compass words of place names ("northern Mali", "Lower Shabelle", "North-East", "Centre-Nord"), one copy for
every place finder that reads them.

The finders differ on purpose in which words they take, so each set is named here: the four points and "central"
(the qualifier before a region: "in northern Mali", "in central Mali"), the points between ("north-east"), the
parts of a valley or a country ("Upper", "Lower", "Middle", "Far"), the French points of West African provinces'
names ("Nord", "Sud", "Est", "Ouest") and the words a compass-named province is written with ("Northern",
"Centre"). A finder joins the words it reads with `alternation.literal`; BETWEEN and QUALIFIER are patterns.
"""
from __future__ import annotations

# the four points, and with the centre: "in northern Mali", "in central Mali", "South Kivu"
CARDINALS = ("north", "south", "east", "west")
POINTS = CARDINALS + ("central",)
# the points between, written in one word or with a hyphen
BETWEEN = r"north-?east|north-?west|south-?east|south-?west"
# the parts of a valley, a river's course or a country: "Lower Shabelle", "Upper Nile", "Far North"
PARTS = ("upper", "lower", "middle", "far")
# Burkina Faso's Centre-Nord, Cameroon's Sud-Ouest: the French points
FRENCH_POINTS = ("nord", "sud", "est", "ouest")
# every word a province named for its place in the country is written with ("Eastern", "Centre", "Far North")
NAME_WORDS = POINTS + ("centre", "northern", "southern", "eastern", "western") + PARTS
# "northern ", "central ", "southeastern ": a compass word and its ending, one word, before the name it places
QUALIFIER = r"(?:(?:" + "|".join(POINTS) + r")\w*\s+)"
