"""Who a picture's rows name (leakscan.scanners.screen_people, screen_printed_names): a birthday
list's whole dates of birth, a page's owner after a dash, a lock screen's owner, a friend list's
real name on the row under its tag, a form's numbered parent or guardian."""

from __future__ import annotations

import pytest

from leakscan.findings import Finding, Kind
from leakscan.scanners.screen_people import birthday_list, bracketed_names, device_owners, owners
from leakscan.scanners.screen_printed_names import form_names
from leakscan.scanners.screen_text import laid_out
from leakscan.settings import Settings


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("Class birthdays:\nWiremu Hale - 03/11/2016", [("Wiremu Hale", "03/11/2016")]),
        (
            "BIRTHDAYS this term\nOona Brigg - 21.4.15\nLeif Amundsen - 9/2/14",
            [("Oona Brigg", "21.4.15"), ("Leif Amundsen", "9/2/14")],
        ),
        ("Birthdays: Roisin O'Dowd - 7/7/2015", [("Roisin O'Dowd", "7/7/2015")]),
        ("Birthdays: Aroha - 12/3", [("Aroha", "12/3")]),  # the day alone, as before
        # the line before the entry ends in a capitalised word: the name is the last word alone
        ("Birthdays\nWelcome to Kowhai Primary Tama - 2 May", [("Tama", "2 May")]),
    ],
)
def test_a_birthday_lists_dates_of_birth(text: str, entries: list[tuple[str, str]]) -> None:
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in birthday_list(text)] == entries


@pytest.mark.parametrize(
    "text",
    [
        "Wiremu Hale - 03/11/2016",  # no birthday on the page: a list of something else
        "Birthday party budget: Balloons - 4.5.10",  # not a date: a price list's mixed separators
    ],
)
def test_no_birthday_list_entry(text: str) -> None:
    assert list(birthday_list(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Weekly timetable - Ottilie Brandt", ["Ottilie Brandt"]),
        ("Chore chart – Caspian", ["Caspian"]),
        ("Timetable: Ottilie Brandt", ["Ottilie Brandt"]),
    ],
)
def test_a_pages_owner_after_a_dash(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in device_owners(text)] == names


@pytest.mark.parametrize("text", ["Weekly timetable - Monday", "Bus timetable - Harbour", "Planner - Week"])
def test_no_pages_owner_after_a_dash(text: str) -> None:
    assert list(device_owners(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("If found please call 021 555 0178 Owner: Tevita Lolo", ["Tevita Lolo"]),
        ("Owner:\nMarama", ["Marama"]),
    ],
)
def test_a_lock_screens_owner(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in owners(text)] == names


@pytest.mark.parametrize("text", ["the owner Marama said hi", "Owner: Pending", "owners: Saturday"])
def test_no_owner_without_the_label(text: str) -> None:
    assert list(owners(text)) == []


def _tag_then(text: str, tag: str) -> list[str]:
    """The bracketed names ``text`` shows after the handle ``tag``."""
    start = text.index(tag)
    found = [Finding(kind=Kind.HANDLE, text=tag, start=start, end=start + len(tag), scanner="handle")]
    return [text[a:b] for a, b in bracketed_names(text, found, [])]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("QT quill_tern77\n(Ottilie) Online", ["Ottilie"]),
        ("quill_tern77 (Ottilie Brandt)", ["Ottilie Brandt"]),
        ("quill_tern77\n(Away) Offline", []),  # a status in brackets is no name
    ],
)
def test_a_friend_lists_name_under_its_tag(text: str, names: list[str]) -> None:
    assert _tag_then(text, "quill_tern77") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Parent/Guardian 1: Tuilagi Fono Parent/Guardian 2: Ines Barros Email: x", ["Tuilagi Fono", "Ines Barros"]),
        ("Guardian 2: Ines Barros", ["Ines Barros"]),
    ],
)
def test_a_forms_numbered_grown_up(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in form_names(text)] == names


@pytest.mark.parametrize("text", ["Parent 2: Submit", "Guardian 1\nDate of birth", "Parents 2 - Teachers 1"])
def test_no_forms_grown_up(text: str) -> None:
    assert list(form_names(text)) == []


def test_laid_out_reads_the_new_rows() -> None:
    text = "Weekly timetable - Ottilie Brandt\nOwner: Tevita Lolo"
    names = {text[f.start or 0 : f.end or 0] for f in laid_out(text.lower(), text, [], Settings())}
    assert {"Ottilie Brandt", "Tevita Lolo"} <= names
