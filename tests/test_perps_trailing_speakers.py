"""A group that closes a sentence as its source (", the X militia said") reports what the sentence told before it:
when the parse names a doer there, the speaker is not the doer (it is, when the parse names none: "Twelve soldiers
were killed ..., X said" keeps the lone group). Sentences written for these tests."""
from __future__ import annotations

from tests.perps_support import doers


def test_a_trailing_speaker_is_not_the_doer_the_parse_names_before_it(nlp):
    assert "Kachin Independence Army" not in doers(
        nlp, "Army jets bombed a clinic in Laiza on Monday, killing nine patients, the Kachin Independence Army said.",
        "air_strike")
    assert "al-Shabaab" not in doers(
        nlp, "Kenyan drones killed six herders near Bardere on Friday, al-Shabaab said.", "air_strike")


def test_a_trailing_speaker_with_no_other_doer_stays(nlp):
    assert doers(nlp, "Nine soldiers were killed in a raid on a base near Bardere, al-Shabaab said.",
                 "attack") == ["al-Shabaab"]


def test_a_source_after_according_to_or_an_allegation_is_not_the_doer(nlp):
    assert "Kachin Independence Army" not in doers(
        nlp, "Army jets bombed a clinic in Laiza on Monday, killing nine patients, according to the Kachin "
             "Independence Army.", "air_strike")
    assert "Kachin Independence Army" not in doers(
        nlp, "Soldiers shot dead seven villagers near Laiza on Monday, the Kachin Independence Army alleged.",
        "attack")
    assert "Kachin Independence Army" not in doers(
        nlp, "Army jets bombed a clinic in Laiza on Monday, killing nine patients, the Kachin Independence Army "
             "claimed.", "air_strike")


def test_a_source_after_according_to_with_a_hyphenated_modifier_is_not_the_doer(nlp):
    # "the Tuareg-led X", "the Kurdish-led X": the modifier is one word of the source's description
    assert "Coordination of Azawad Movements" not in doers(
        nlp, "A drone strike by the Malian army hit a wedding near Tessalit on Monday, killing nine guests, according "
             "to the Tuareg-led Coordination of Azawad Movements.", "air_strike")
    assert "Syrian Democratic Forces" not in doers(
        nlp, "Turkish drones struck a bakery in Qamishli on Friday, killing four workers, according to the "
             "Kurdish-led Syrian Democratic Forces.", "air_strike")


def test_a_claim_of_the_attack_still_names_the_doer(nlp):
    assert doers(nlp, "Al-Shabaab claimed the bombing that killed nine traders in Baidoa.", "bombing") == \
        ["al-Shabaab"]
