"""The type words of a country's subdivisions ("Kano State", "the province of Kabul", "Donetsk Oblast"), one copy
for every place finder that reads a unit by its type word.

The finders differ on purpose in which words they take, so each set is named here: the four every English wire
writes after a first-level unit's name, the first level with its French, post-Soviet and prefectural styles, the
"province of X" words (not "region": "the region of X" is as often a town's surroundings as a province), and the
second level (district, county). A finder joins the words it reads with `alternation.literal`.
"""
from __future__ import annotations

# what every English wire writes after a first-level unit's name ("Kano state", "Nineveh province")
PROVINCE_WORDS = ("province", "state", "region", "governorate")
# the first level in every style the wires keep ("Cauca department", "Donetsk oblast", "Kidal prefecture")
FIRST_LEVEL_WORDS = PROVINCE_WORDS + ("department", "oblast", "prefecture")
# "the province of X": "the region of X" is as often a town's surroundings as a province
PROVINCE_OF_WORDS = tuple(w for w in FIRST_LEVEL_WORDS if w != "region")
# the second level ("Chikun district", "Marsabit county")
DISTRICT_WORDS = ("district", "county")
