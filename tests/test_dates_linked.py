"""A text's links date a copy whose publication date is unknown (linked_dates)."""
from datetime import date

from worker.extract import linked_dates


def test_a_source_link_files_the_copy_under_its_day() -> None:
    text = ("Gunmen stormed a hotel in Garowe late on Friday, killing six guests.\n"
            "Source: https://news.example.org/africa/2023/11/18/garowe-hotel-attack")
    assert linked_dates.linked_day(text) == date(2023, 11, 18)


def test_the_latest_of_several_links_and_only_complete_days() -> None:
    text = ("Background: https://a.example.com/2019/05/01/older-raid and https://b.example.com/2021/07/ "
            "and https://c.example.com/story-2022-03-09.html.")
    assert linked_dates.linked_day(text) == date(2022, 3, 9)


def test_no_link_or_no_day_gives_none() -> None:
    assert linked_dates.linked_day("Police said two men were shot dead in Kisumu on Monday.") is None
    assert linked_dates.linked_day("More at https://example.com/news/article?id=20240105") is None  # a query, not a path


def test_an_undated_copy_resolves_its_weekday_against_its_source_link() -> None:
    from worker.extract import extract_incidents
    text = ("At least 12 people were killed when gunmen stormed a hotel in Garowe late on Friday, police said.\n"
            "https://news.example.org/africa/2023/11/18/garowe-hotel-attack")
    inc = [i for i in extract_incidents(text, None, None) if i.primary]
    assert inc and inc[0].date == "2023-11-17"  # the Friday before the link's Saturday
