"""The city of a village the text places: a gazetteer village under 1,000 people after "in" counts when the text
writes its province beside it (a bare small name after "in" is otherwise as often a word), and a name NER reads as a
people before "area" counts when the text places the area in a unit with its type word ("the Maiko area of Ebonyi
state") and the peoples' tables do not know it. Fresh sentences written for these tests (issue #13)."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    # a village of the gazetteer under 1,000 people, its province (named like its capital) right after it
    ("Gunmen shot dead six farmers in Puyca in Arequipa on Monday, officials said.", ("Peru", "Arequipa", "Puyca")),
    # the province written first, with its type word
    ("In Phatthalung province, unknown gunmen killed five rubber tappers in Pa Bon on Tuesday, police said.",
     ("Thailand", "Phatthalung", "Pa Bon")),
])
def test_a_small_village_beside_its_province(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, want", [
    ("Two traders died when a bomb went off in the Maiko area of Ebonyi state on Monday.", ("Nigeria", "Ebonyi", "Maiko")),
    ("Three policemen were killed when a bomb exploded in the Dendiari area of Punjab province on Monday.",
     ("Pakistan", "Punjab", "Dendiari")),
    # a people the tables know stays a people: the area is theirs, the province the place
    ("Gunmen attacked the Fulani area of Plateau state on Monday, killing five herders.", ("Nigeria", "Plateau", None)),
])
def test_an_area_the_text_places_in_a_unit(text: str, want: tuple[str, str | None, str | None]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, want", [
    # a small village alone after a verb of assault, and a town of its province named as the gunmen's origin
    ("Gunmen who came from Bontoc stormed Sabangan on Friday, killing three farmers, a village chief said.",
     ("Philippines", "Mountain", "Sabangan")),
])
def test_a_small_village_beside_a_town_of_its_province(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, want", [
    # a village the text places in a district the gazetteer knows by its bare name (a Nigerian LGA)
    ("Gunmen killed seven people when they stormed Tahoss village in Riyom, Plateau State, on Thursday.",
     ("Nigeria", "Plateau", "Tahoss")),
    ("Bandits shot dead five farmers in Kwaga village in Bokkos, Plateau State, late on Tuesday.",
     ("Nigeria", "Plateau", "Kwaga")),
    # the district alone stays the place
    ("Bandits shot dead five farmers in Bokkos, Plateau State, late on Tuesday.", ("Nigeria", "Plateau", "Bokkos")),
])
def test_a_village_in_a_district_by_its_bare_name(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, want", [
    # the object of a verb of assault, named a village and placed in a town and province, is the site
    ("Dacoits raided Khan Wahan village in Gharo, Sindh province, on Saturday, killing four guards.",
     ("Pakistan", "Sindh", "Khan Wahan")),
    ("Gunmen stormed Tungan Dodo village in Kafur, Katsina State, on Sunday, killing six people.",
     ("Nigeria", "Katsina", "Tungan Dodo")),
    # not a village's own name: "near" it, the town stays the place
    ("Gunmen killed four guards near a village in Gharo, Sindh province, on Saturday.", ("Pakistan", "Sindh", "Gharo")),
])
def test_an_assaulted_village_placed_in_a_town(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, want", [
    # "attacked X in Y province": an unknown object of an assault placed in a province is a village of it
    ("Herders from Ikwo were among five people killed when gunmen attacked Ogwukpo in Ebonyi State on Friday.",
     ("Nigeria", "Ebonyi", "Ogwukpo")),
    # a people is no village
    ("Gunmen attacked Christians in Plateau State on Sunday, killing nine.", ("Nigeria", "Plateau", None)),
])
def test_an_assaulted_name_placed_in_a_province(text: str, want: tuple[str, str | None, str | None]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, want", [
    # a person attacked in a state, by title or spoken of as a person after, is no village (review s23, 05)
    ("Militants attacked Governor Zulum in Borno state on Friday, killing two of his guards, officials said.",
     ("Nigeria", "Borno", None)),
    ("Gunmen attacked Bello Turji in Zamfara state on Monday, killing four of his men, police said.",
     ("Nigeria", "Zamfara", None)),
    ("Gunmen attacked Commissioner Adamu Garba in Bauchi state on Tuesday, killing three of his aides.",
     ("Nigeria", "Bauchi", None)),
    # a base named by its kind first (review s23, 13)
    ("Militants attacked Camp Lemonnier in Djibouti on Monday, killing two soldiers, officials said.",
     ("Djibouti", None, None)),
    ("Insurgents attacked Camp Ngowi in Kilifi county on Monday, killing three soldiers, officials said.",
     ("Kenya", "Kilifi", None)),
])
def test_an_assaulted_person_or_base_is_no_village(text: str, want: tuple[str, str | None, str | None]) -> None:
    assert where(text) == want
