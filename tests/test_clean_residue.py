"""Residue that is never story, in any language: reader prompts (newsletter, paywall, consent, contact), author
bios and credit lines at the end; and what must stay: a story paragraph that mentions a newsletter, a quoted tweet,
a last paragraph about a person the story named. Pages are written here for the tests (fictional news)."""
from __future__ import annotations

from connectors.author_bio import bio_subject, drop_tail_bios, is_credit
from connectors.clean import clean, strip_residue
from connectors.reader_prompts import is_reader_prompt

_STORY = [
    "Flood water reached the market square of Lindholm on Sunday night after the river burst its banks upstream, "
    "forcing about two hundred residents to leave their homes before dawn.",
    "Rescue teams used boats to reach families on the lower streets, and the regional fire service said nobody "
    "had been injured, although several cars were swept into the harbour.",
    "The mayor said the town would ask the national government for emergency funds to repair the flood wall, "
    "which engineers had warned was too low for the heavier rains of recent years.",
    "Schools will stay closed on Monday while the water recedes, and the council has opened the sports hall as a "
    "shelter for anyone who cannot return home.",
]


def _page(*extra: str, tail: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in [*_STORY, *extra])
    return (f"<html><head><title>Flood reaches Lindholm</title></head><body><article><h1>Flood reaches Lindholm</h1>"
            f"{body}{tail}</article></body></html>")


def _lines(html: str) -> list[str]:
    return clean(html).text.splitlines()


# --- kinds that go -------------------------------------------------------------------------------------------

def test_newsletter_prompt_goes_in_english_and_german() -> None:
    out = _lines(_page("Get our morning briefing: sign up for our newsletter and never miss a story.",
                       "Der Abendbrief: Abonnieren Sie unseren Newsletter, jeden Tag um 18 Uhr."))
    assert out == _STORY


def test_paywall_and_consent_placeholders_go() -> None:
    out = _lines(_page("Ein Klick für den Datenschutz",
                       "Ce contenu n'est pas disponible sans votre accord.",
                       "Log in or create an account to continue"))
    assert out == _STORY


def test_contact_and_app_prompts_go() -> None:
    assert strip_residue("\n".join([*_STORY, "Seen the flood? Email us at tips@example.org",
                                    "Download our app for alerts."])).splitlines() == _STORY


def test_cjk_prompt_matches_after_a_latin_word() -> None:
    assert is_reader_prompt("地元新聞DIGITALを読もう！")
    assert is_reader_prompt("客户端下载")


def test_author_bio_at_the_end_goes() -> None:
    bio = ("Marta Kowalczyk is a senior correspondent for the Northern Courier, covering climate and the coast "
           "since 2015.")
    assert _lines(_page(tail=f"<p>{bio}</p>")) == _STORY


def test_german_bio_with_role_before_the_name_and_a_label_go() -> None:
    bio = "Korrespondentin Lena Baumgart ist bei der Zeitung für die Küstenregion zuständig."
    assert drop_tail_bios([*_STORY, bio]) == _STORY
    assert drop_tail_bios([*_STORY, "Der Autor", "Jonas Feld (*1970) war lange Richter am Landgericht."]) == _STORY


def test_bio_broken_over_lines_goes() -> None:
    lines = [*_STORY, "Ada Ruiz is a researcher at the Coastal Institute. Tomas Berg",
             "is an associate professor at the University of Lindholm."]
    assert drop_tail_bios(lines) == _STORY


def test_credit_lines_at_the_end_go() -> None:
    lines = [*_STORY, "(Reporting by Kim Lee; Editing by Sam Ortiz)", "Übersetzung: Anna Weber"]
    assert drop_tail_bios(lines) == _STORY
    assert is_credit("- Associated Press writer Jo Park in Oslo contributed to this report.")


# --- kinds that stay -----------------------------------------------------------------------------------------

def test_story_paragraph_mentioning_a_newsletter_stays() -> None:
    para = ("The flood warning was first sent in the council's weekly newsletter, which many older residents said "
            "they never received because it went out only by email.")
    assert _lines(_page(para)) == [*_STORY, para]
    assert not is_reader_prompt("Residents were told to sign up to the council's text alerts.")


def test_quoted_tweet_stays() -> None:
    tweet = ["The river is still rising near the old mill, please stay away from the quay tonight.",
             "— Lindholm Fire Service (@lindholmfire) March 3, 2026"]
    assert strip_residue("\n".join([*_STORY[:2], *tweet, *_STORY[2:]])).splitlines() == [*_STORY[:2], *tweet,
                                                                                          *_STORY[2:]]


def test_last_paragraph_about_a_person_the_story_named_stays() -> None:
    named = [*_STORY[:3], "Nadia Hassan, a photographer, filmed the boats on the lower streets.",
             "Hassan is a freelance journalist who has covered the coast for a decade."]
    assert drop_tail_bios(named) == named


def test_story_sentences_are_no_bios() -> None:
    assert bio_subject("The victim is a reporter for a local radio station, police said.") is None
    assert bio_subject("He is a professor of hydrology and warned of the flood in 2020.") is None
    assert not is_credit("Reporting by the local radio station found that the wall was too low for the rains.")
