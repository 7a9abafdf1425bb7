"""What the layout of a picture's text says (leakscan.scanners.screen_text): screen names,
phone numbers read again, a weather app's city."""

from __future__ import annotations

import pytest

from leakscan.scanners.screen_text import (
    contact_name,
    forecast_city,
    house_plaques,
    name_over_age,
    repeats,
    screen_names,
)

SCREEN_NAMES = [
    ("player profile\nninjacat_56\nlevel 21", ["ninjacat_56"]),
    ("snapchat from bluebird_61 sent you a snap", ["bluebird_61"]),
    ("mia.dances63 active now\nfri 16:03", ["mia.dances63"]),
    ("sk8r_11 level 22 rank: diamond", ["sk8r_11"]),
    ("general chat koru_kid today at 4:16 pm gg", ["koru_kid"]),
    ("zoe_w 12:04 see u tmrw", ["zoe_w"]),
]

NOT_SCREEN_NAMES = [
    "www.lego.com\nmore at lego.com",  # a link: the link scanner's
    "v1.2 update\nfifa23\nps5 pro",  # versions and titles
    "st.marys 10:30",  # no digit, no underscore
    "the end.\nnext chapter",
    "score 3.5 12:00",
    "h:16° l:9°",
    "friend code: sw-4845-1272-9933",
    "jake11@gmail.com today",  # an e-mail address
    "welcome back\nlevel 59",
]


@pytest.mark.parametrize(("text", "names"), SCREEN_NAMES)
def test_screen_names_head_a_line_or_a_message(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in screen_names(text)] == names


@pytest.mark.parametrize("text", NOT_SCREEN_NAMES)
def test_no_screen_name(text: str) -> None:
    assert list(screen_names(text)) == []


REPEATS = [
    ("call zoe on (902) 555-0173\n(902-555(0173 (90-55(73", ["(902) 555-0173", "(902-555(0173"]),
    ("ring 021 555 0179 | 021 555 0179 | 021555 0179", ["021 555 0179", "021 555 0179", "021555 0179"]),
]

NOT_REPEATS = [
    "call (902) 555-0174 or 902 555 017",  # other digits
    "order 9025550173x2",  # glued to a word
    "milo 2 years old",
]


@pytest.mark.parametrize(("text", "found"), REPEATS)
def test_a_number_read_again_is_the_same_number(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in repeats(text, {"9025550173", "0215550179"})] == found


@pytest.mark.parametrize("text", NOT_REPEATS)
def test_other_numbers_are_not_repeats(text: str) -> None:
    assert list(repeats(text, {"9025550173"})) == []


PLAQUES = [
    ("chapel lane harrogate\n14", "chapel lane harrogate\n14"),
    ("railway parade marrickville\n4/22", "railway parade marrickville\n4/22"),
    ("kowhai crescent\nlower hutt\n7b", "kowhai crescent\nlower hutt\n7b"),
    ("22\nbirchwood ct", "22\nbirchwood ct"),
]

NOT_PLAQUES = [
    "level\n12",
    "liverpool 3 1 everton\n90",
    "oxford street\nbus stop\ntimes",
    "score\n14\nhigh score",
    "chapel lane\nopen 9 to 5\nmon\n14",  # three lines apart
    "lane\n14",  # a street type with no name
]


@pytest.mark.parametrize(("text", "address"), PLAQUES)
def test_a_house_number_by_a_street_sign_is_an_address(text: str, address: str) -> None:
    assert [text[s:e] for s, e in house_plaques(text)] == [address]


@pytest.mark.parametrize("text", NOT_PLAQUES)
def test_no_house_plaque(text: str) -> None:
    assert list(house_plaques(text)) == []


@pytest.mark.parametrize(
    ("text", "name", "forecast"),
    [
        ("london\n14°\ncloudy", "london", True),
        ("paris 21℃", "paris", True),
        ("we live in london\n14°", "london", False),  # not alone on its line
        ("ashburton\n12°", "ashburton", False),  # a small town narrows the child down
        ("london\nsee you there", "london", False),  # no temperature
    ],
)
def test_a_big_citys_forecast_names_no_one(text: str, name: str, forecast: bool) -> None:
    start = text.index(name)
    assert forecast_city(text, start, start + len(name)) is forecast


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("benjamin\n9", [("benjamin", "9")]),
        ("happy birthday\nhunter\n10", [("hunter", "10")]),
        ("june\n9", []),  # a calendar
        ("level\n9", []),
        ("mia\n25", []),  # no child's age
        ("welcome mia\n9", []),  # not a name alone
        ("benjamin\n9th", []),
        ("benjamin 9", [("benjamin", "9")]),  # one block
        ("june 9", []),
        ("sat\n2\nsun\n3", []),  # a calendar's days
        ("liverpool 3", []),
    ],
)
def test_a_name_over_an_age(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in name_over_age(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("< contacts\nedit\nayanda pillay\nmobile 060 555 0174", ["ayanda pillay"]),
        ("sipho patel\nhome: 07700 900314", ["sipho patel"]),
        ("pizza palace\nphone: 555 0134", []),  # no given name
        ("sipho\nmobile 0770 555", []),  # one word
        ("opening hours\nmon-fri 9-5", []),
    ],
)
def test_a_contact_cards_name(text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in contact_name(text)] == found
