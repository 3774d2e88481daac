"""Unknown names the text places by a landmark next to them: "killed six people in Ouatagouna, near Ansongo",
"bandits attacked Dangora, close to Bannu", "at Gidan Ardo on the outskirts of Gusau", "in Jilib, north of
Kismayo". NER often reads such a village as a person or a firm, and the gazetteer lacks it, so without this reading
only the landmark town is left and the scene moves to it. A name right after "in"/"at" or a verb of assault on a place, and followed by a
relation of nearness to a capitalised name, is the place the sentence puts the event in; the landmark after it is
its neighbour (place_roles.landmark), not the scene.

Only a place-like name in the scene's role counts, since the slot also holds other things: a building or a
quarter ("Al-Shifa Hospital", "Liaquat Bazaar"), a name by a landmark inside a city ("near Quetta's Meezan Chowk",
"near the German embassy") which is a part of that city, NER's firm or facility ("Aramco"), the target of a strike
("hit Hakimullah, near Miranshah": a person or a force unless NER calls it a place), and the attackers' staging
ground when the sentence goes on to name the landmark again as what they attacked ("camped at X, near Y,
stormed Y")."""
from __future__ import annotations

import re
from typing import Any, Iterator

from worker.extract.name_readings import building_name, ents_between
from worker.extract.place_words import ASSAULT_BEFORE, IN_AT, NAME, POSSESSIVE

# "X, near Y", "X near Y", "X, just outside Y", "X on the outskirts of Y", "X, not far from the town of Y", "X, north
# of Y" (a direction without a distance, which places._DISTANCE_FROM reads)
_NEAR_AFTER = re.compile(r"(?<![\w'’-])(?P<name>" + NAME + r"),?\s+(?:(?:just|close)\s+)?(?:near|close\s+to|outside|"
                         r"not\s+far\s+from|on\s+the\s+(?:outskirts|edge)\s+of|in\s+the\s+outskirts\s+of|"
                         r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)"
                         r"(?=\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?[A-Z])")
# the landmark: a town ("Bannu", "the town of Tsafe"), its name kept
_LANDMARK_NAME = re.compile(r"\s+(?:the\s+(?:city|town|capital)\s+of\s+)?(?P<town>" + NAME + r")")
# a landmark that is no town: "the German embassy", "the Mogadishu Stadium"
_THING_LANDMARK = re.compile(r"\s+the\s+(?!(?:city|town|capital)\s+of\b)")
# a quarter's or a post's last word that building_nouns lacks ("Bakara Market", "Bagram Airfield")
_QUARTER_TAIL = re.compile(r"\s(?:Market|Bazaar|Chowk|Airfield|Airstrip)$")
# verbs whose object is as often a person, a force or a thing as a place ("a drone hit X", "struck X")
_STRIKE_BEFORE = re.compile(r"\b(?:struck|hit|bombed|shelled|bombing|shelling)\s+$", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _place_like(name: str, s0: int, doc: Any | None, struck: bool) -> bool:
    """The name may be a village: no building or quarter by its last word, no firm or facility by NER, and after a
    verb of striking a place by NER's label (a struck target is otherwise a person, a force or a thing)."""
    if building_name(name) or _QUARTER_TAIL.search(name):
        return False
    if doc is None:
        return not struck
    labels = {e.label_ for e in ents_between(doc, s0 - 30, s0 + len(name))
              if e.start_char < s0 + len(name) and s0 < e.end_char}
    return not labels & {"ORG", "FAC"} and (not struck or bool(labels & {"GPE", "LOC"}))


def _landmark_is_scene(text: str, at: int) -> bool:
    """The landmark is inside a town ("near Quetta's Meezan Chowk", "near the Mogadishu Stadium": the name before
    it is a part of that town) or the sentence names it again as what was struck ("camped at X, near Y, stormed
    Y"): the landmark's town is the scene, not the name before it."""
    if _THING_LANDMARK.match(text, at):
        return True
    m = _LANDMARK_NAME.match(text, at)
    if m is None:
        return False
    if any(POSSESSIVE.search(word) for word in m.group("town").split()):  # "Peshawar's Lady Reading Hospital"
        return True
    stop = _SENTENCE_END.search(text, m.end())
    return re.search(r"(?<![\w'’-])" + re.escape(m.group("town")) + r"(?![\w-])", text[m.end():stop.start() if stop
                                                                                   else len(text)]) is not None


def near_towns(text: str, start: int, end: int, doc: Any | None = None) -> Iterator[tuple[int, str, int]]:
    """(start, name, landmark offset) of each name between `start` and `end` that the text gives as the place of
    an event by a landmark near it: right after "in"/"at" or a verb of assault, then "near"/"outside"/"on the
    outskirts of" a capitalised name, when the name is place-like and the landmark is not itself the scene. The
    landmark offset is where the landmark's name (with its article) begins."""
    for m in _NEAR_AFTER.finditer(text, start, end):
        s0, name = m.start("name"), m.group("name")
        struck = bool(_STRIKE_BEFORE.search(text, max(0, s0 - 20), s0))
        if (IN_AT.search(text, max(0, s0 - 20), s0) or ASSAULT_BEFORE.search(text, max(0, s0 - 20), s0)) \
                and _place_like(name, s0, doc, struck) and not _landmark_is_scene(text, m.end()):
            yield s0, name, m.end()
