"""A lexicon alias whose "of"/"from" phrase the parser hung on another word: the parse's side phrase is then the
alias's head noun alone ("dissidents" of "dissidents of the former FARC"), yet it names the group (actors._alias_head);
and lexicon groups that are the two sides of a "between" phrase in an incident typed as an attack
(actors._lexicon_sides). Texts written for these tests (real groups and places, invented events)."""
from tests.recall_cases import run
from worker.extract.actors import _alias_head
from worker.extract.syntax import SIDE, Role


def _perps(nlp, text: str) -> list[str]:
    found = run(nlp, text)
    assert found, text
    return found[0]["perpetrators"]


def test_side_named_by_the_aliass_head_noun(nlp) -> None:
    text = ("Fighting between the ELN guerrilla and dissidents of the former FARC in the San Lucas mountains of Sur de "
            "Bolivar killed three people in the rural area of Santa Rosa on Monday. The ELN later ambushed the "
            "dissidents' patrols in two hamlets, a local official said.")
    assert set(_perps(nlp, text)) == {"National Liberation Army", "FARC dissidents"}


def test_both_lexicon_sides_of_a_between_phrase_in_an_attack(nlp) -> None:
    text = ("A battle between National Liberation Army fighters and dissidents from the former FARC in the Cauca "
            "region of Colombia killed seven people near Suarez on Saturday.")
    assert set(_perps(nlp, text)) == {"National Liberation Army", "FARC dissidents"}


def _role(text: str, start: int) -> Role:
    return Role(SIDE, "clash_between", text, start, start + len(text), text.split()[-1].lower())


def test_alias_head_needs_the_of_phrase_right_after() -> None:
    s = "between rebels and dissidents of the former FARC in Arauca"
    a = s.index("dissidents")
    end = s.index(" in Arauca")
    assert _alias_head(_role("dissidents", a), a, end, s)
    assert not _alias_head(_role("dissidents of", a), a, end, s)  # ends on another word of the alias
    assert not _alias_head(_role("rebels", s.index("rebels")), a, end, s)  # starts elsewhere


# review s36 perps 09: the sides of a recalled or denied "between" battle are not the doers of the incident's attack


def test_recalled_between_battle_names_no_doers(nlp) -> None:
    text = ("Three people were killed in an attack in El Tarra on Thursday, the third such killing since a battle "
            "between the ELN and FARC dissidents killed nine people there in January.")
    assert not {"National Liberation Army", "FARC dissidents"} & set(_perps(nlp, text))


def test_denied_link_to_a_between_battle_names_no_doers(nlp) -> None:
    text = ("Seven people were killed in an attack near Tame, Arauca, on Friday, which police said was unrelated to a "
            "battle between the ELN and FARC dissidents, in which two died.")
    assert not {"National Liberation Army", "FARC dissidents"} & set(_perps(nlp, text))


def test_own_time_clause_is_bounded_by_commas() -> None:
    from worker.extract.actors import _own_time_clause
    s = "Since Monday, a battle between the ELN and FARC dissidents has killed six people in Arauca."
    assert _own_time_clause(s, s.index("the ELN"))
    s = "Four died, the latest since a battle between the ELN and FARC dissidents."
    assert not _own_time_clause(s, s.index("the ELN"))
