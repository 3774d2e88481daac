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
