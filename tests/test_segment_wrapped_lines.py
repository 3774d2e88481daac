"""A one-sentence report keeps its sentence when its line ends in a fragment ("Read more", an emoji flag, a format
mark) or when the source hard-wraps it (a newline inside the sentence): neither makes the line boilerplate. Fresh
texts written for this test."""
from __future__ import annotations

import pytest

from worker.extract import segment


def _texts(text: str) -> list[str]:
    return [s.text for s in segment.sentences(text)]


@pytest.mark.parametrize("tail", [" Read more", " \U0001F1F2\U0001F1F1", "\u200f", " \U0001F6A8\U0001F6A8 Full story"])
def test_a_trailing_fragment_leaves_the_sentence(tail: str) -> None:
    text = "Militants burned a clinic near Menaka on Thursday." + tail
    assert _texts(text) == ["Militants burned a clinic near Menaka on Thursday."]


def test_a_hard_wrapped_sentence_is_read_whole_with_its_offsets() -> None:
    text = "Armed men abducted eleven\ntraders on the road to\nMaiduguri on Tuesday.\r\n\r\nThe army said it gave chase."
    got = segment.sentences(text)
    assert [s.text for s in got] == ["Armed men abducted eleven traders on the road to Maiduguri on Tuesday.",
                                     "The army said it gave chase."]
    assert text[got[0].start:got[0].end].split() == got[0].text.split()
    assert text[got[1].start:got[1].end] == got[1].text


def test_a_long_wrapped_paragraph_is_one_line_of_sentences() -> None:
    text = ("Security forces said the attackers arrived on motorcycles shortly before dawn and\n"
            "opened fire on worshippers leaving the mosque. Residents fled into the bush.")
    assert _texts(text)[0].startswith("Security forces said") and _texts(text)[0].endswith("leaving the mosque.")


@pytest.mark.parametrize("text", [
    "Latest news\nSport\nWeather",
    "Gunmen storm police post in Gao\nRead more",
    "Share this story\n\U0001F1F2\U0001F1F1",
])
def test_headlines_and_link_lines_stay_out(text: str) -> None:
    assert _texts(text) == []


_ARTICLE = ("Militants burned a clinic near Menaka on Thursday, officials said.\n{line}\n"
            "The army said it was pursuing the attackers.")


@pytest.mark.parametrize("line", ["Soldiers seize arms cache in Gao. Watch video",
                                  "Soldiers seize arms cache in Gao. \u27a1\ufe0f Continue reading",
                                  "3. Lock your doors"])
def test_a_link_teaser_among_paragraphs_stays_out(line: str) -> None:
    assert _texts(_ARTICLE.format(line=line)) == ["Militants burned a clinic near Menaka on Thursday, officials said.",
                                                  "The army said it was pursuing the attackers."]


def test_a_teaser_above_the_article_stays_out() -> None:
    text = "Soldiers seize arms cache in Gao. Full story\nMilitants burned a clinic near Menaka on Thursday, police said."
    assert _texts(text) == ["Militants burned a clinic near Menaka on Thursday, police said."]


def test_a_digest_of_linked_reports_keeps_each_report() -> None:
    text = ("Militants burned a clinic near Menaka on Thursday. Read more\n"
            "Bandits freed twelve hostages in Katsina. Full story")
    assert _texts(text) == ["Militants burned a clinic near Menaka on Thursday.", "Bandits freed twelve hostages in Katsina."]


def test_prose_that_only_an_emoji_trails_stays_among_paragraphs() -> None:
    assert _texts(_ARTICLE.format(line="Residents fled to Gao. \U0001F64F"))[1] == "Residents fled to Gao."


@pytest.mark.parametrize("text", [
    "Bandits killed nine herders near Shiroro,\nNiger State, on Saturday.",
    "Armed men on Friday abducted\n14 passengers on the highway near Lokoja, police said.",
    "Militants stormed a school in Borno\nState on Tuesday and kidnapped pupils.",
    "The raid took place in the village of Kurmin Masara in Chikun\nLocal Government Area, officials said.",
    "Villagers said fighters of Boko\nHaram raided the market at dawn and burned stalls.",
    "Raiders shot dead at least\n9 herders near Mokwa on Sunday.",
    "Troops freed nearly\n40 hostages in the forest on Monday.",
])
def test_a_wrap_after_a_comma_or_before_a_capital_or_a_figure_goes_on(text: str) -> None:
    assert _texts(text) == [text.replace("\n", " ")]


@pytest.mark.parametrize("text", [
    "Five killed\n12 others were wounded in the blast, police said.",
    "Gunmen raid market in Bokkos\nState media said the gunmen fled.",
    "Gunmen raid market in Bokkos\nGunmen on Monday raided a market in Bokkos, police said.",
])
def test_a_headline_before_a_capital_or_a_figure_stays_apart(text: str) -> None:
    assert _texts(text) == [text.split("\n")[1]]


@pytest.mark.parametrize("text", [
    "Gunmen on Sunday killed\nIbrahim Sule, a ward councillor, near Funtua.",
    "Bandits on Monday abducted\nHauwa Garba and her two children in Katsina.",
    "Unknown gunmen shot dead\nLawmaker Tariq Mehmood outside his home in Mardan.",
    "Suspected militants gunned down\nFather Peter Eze on the road to Nsukka.",
])
def test_a_name_after_a_verb_at_the_line_end_goes_on(text: str) -> None:
    assert _texts(text) == [text.replace("\n", " ")]


@pytest.mark.parametrize("text, second", [
    ("Police said a trader was shot dead\nIbrahim Sule said the attackers fled.",
     "Ibrahim Sule said the attackers fled."),
    ("Soldiers on Friday attacked\nBoko Haram camps near the lake.", "Boko Haram camps near the lake."),
])
def test_a_passive_or_a_group_after_the_break_starts_anew(text: str, second: str) -> None:
    assert _texts(text)[-1] == second


@pytest.mark.parametrize("text, second", [
    ("Cleric shot dead\nAmina Bello, the market leader, said the cleric died on Friday.",
     "Amina Bello, the market leader, said the cleric died on Friday."),
    ("Village chief gunned down\nGovernor Dauda Lawal on Tuesday condemned the attack in Maru.",
     "Governor Dauda Lawal on Tuesday condemned the attack in Maru."),
    ("Two farmers kidnapped\nEmeka Obi, a police spokesman, confirmed the abduction in Enugu.",
     "Emeka Obi, a police spokesman, confirmed the abduction in Enugu."),
])
def test_a_headline_whose_victim_precedes_its_participle_ends_before_a_name(text: str, second: str) -> None:
    """A headline's participle has its victim before it, not a violent doer: the name after the break opens the
    story's own first sentence."""
    assert _texts(text) == [second]


@pytest.mark.parametrize("text", [
    "Kidnappers near Lokoja on Friday abducted\nAdamu Sani, a trader, on the highway.",
    "Jihadists in Tillaberi overnight abducted\nMoussa Issa, a village chief, police said.",
])
def test_a_doer_with_adjuncts_before_the_verb_goes_on_to_a_name(text: str) -> None:
    """Adjuncts of place or time between the doer and its verb leave the doer the verb's subject."""
    assert _texts(text) == [text.replace("\n", " ")]
