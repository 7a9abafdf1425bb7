"""Printed lessons and notices whose names are everyone's (leakscan.scanners.screen_public_notices,
asked through screen_public.public_print): a title or a monarch in a worksheet's question, the
features a park's notice board lists, a word problem's characters."""

from __future__ import annotations

import pytest

from leakscan.findings import Finding, Kind
from leakscan.scanners.screen_public import public_print

_SHEET = "history sheet name: form:\n1. when did the fleet sail?\n2. spell: island, harbour\n"


_TOUR = "orla frost\nthe comet tour\nmay 4 · lisbon dome jun 12 • oslo hall\ntickets at gigpass.com"
_NEWS = "dailyherald.com\nflood barriers raised in rotterdam\nby tamsin hale • 2 may 2024\ncrowds gathered"

_MATCH = "full time\ndunmore athletic\nkelso harriers\nokoro 12' lindqvist 40' abara 77'"

_RECIPE = "peach fizz\nserves 4 · prep 10 min\n2 cups yoghurt · 1 tsp honey · 3 tbsp oats\nmethod"


def _finding(text: str, value: str, kind: Kind) -> Finding:
    start = text.index(value)
    return Finding(kind=kind, text=value, start=start, end=start + len(value), scanner="test")


PUBLIC = [
    (_SHEET + '3. who wrote "tobias and the whale"?', "tobias", Kind.PERSON),  # a title's character
    (_SHEET + "3. who wrote “the ballad of wenna”?", "wenna", Kind.PERSON),  # curly quotes
    # a word problem's characters, before its question's mark
    (_SHEET + "3. uncle bram bakes 24 buns and sells 9. how many buns are left?", "bram", Kind.PERSON),
    (_SHEET + "3. a box holds 6 eggs. how many eggs does ines need for 4 boxes?", "ines", Kind.PERSON),
    (_SHEET + "3. how many sons did magnus iv have?", "magnus", Kind.PERSON),  # a king's numeral after
    (_SHEET + "3. how many sons did magnus iv have?", "magnus iv", Kind.PERSON),  # the model took it in
    (_SHEET + "3. when did queen aldith i die?", "aldith", Kind.PERSON),  # a lone "i" after a title
    (_SHEET + "3. otto viil built which castle?", "otto", Kind.PERSON),  # OCR's l for i
    # the sheet's heading run into the first question by the OCR
    (
        'maths quiz name: date: 1. who wrote "pell and the kite"?\n2. 4 x 6 =\n3. 9 - 2 =\n4. 7 + 5 =',
        "pell",
        Kind.PERSON,
    ),
    ("elm common\nkeep dogs on a lead\ngates close at sunset\npond · orchard", "elm common", Kind.LOCATION),
    ("fernley gardens\nno ball games\nno cycling\nbandstand · maple walk", "maple walk", Kind.PERSON),
    # a tour's poster: tickets sold at a site, two dated shows at venues
    (_TOUR, "orla frost", Kind.PERSON),
    (_TOUR, "lisbon dome", Kind.LOCATION),
    (_TOUR, "tickets at gigpass.com", Kind.EMAIL),  # the box office, read as an e-mail "at" a site
    # a news site's article: its address heading a line, a byline with the day it ran
    (_NEWS, "tamsin hale", Kind.PERSON),
    (_NEWS, "rotterdam", Kind.LOCATION),
    (_NEWS, "dailyherald.com", Kind.URL),
    # a senior match's scoreboard: its clubs, not its scorers
    (_MATCH, "dunmore athletic", Kind.ORG),
    (_MATCH, "kelso harriers", Kind.PERSON),
    # a game's titled characters on its display
    ("22 alive · 4 elims\nsir bramble x robo-9\nhp 60", "bramble", Kind.PERSON),
    ("quest: find the key\ncaptain juniper x goblin\nhp 12", "captain juniper", Kind.PERSON),
    # a book's cover: its publisher's "press" ending a line, or its series
    ("the glass owl\nROWAN ELLERBY\nmarsh lane press", "ROWAN ELLERBY", Kind.PERSON),
    # a review's quoted praise and its paper, under the title and the author
    ("the lantern of fenmoor\nodile faraday\n'a quiet triumph' - the weekly courier", "fenmoor", Kind.LOCATION),
    ("brisk water\n“gripping” — the book review\ntobin ashe", "tobin ashe", Kind.PERSON),
    ("sky riddles\nbook 3 of the comet series\nROWAN ELLERBY", "ROWAN ELLERBY", Kind.PERSON),
    # a ticket's section, "sec" read as a secondary school
    ("admit one eagle ridge sec d row 4 seat 11 gate 2", "eagle ridge sec", Kind.SCHOOL),
    # a recipe card's heading dish
    (_RECIPE, "peach fizz", Kind.PERSON),
]

NOT_PUBLIC = [
    (_SHEET + "3. who is your best friend? tobias marr", "tobias marr", Kind.PERSON),  # the child's answer
    # a word problem's answer after its mark, a sheet's name line, a sum with no "how many"
    (_SHEET + "3. how many pets do you have? 2, ask ines", "ines", Kind.PERSON),
    ("name: ines varga\n1. 4 + 5 =\n2. how many sides has a square?\n3. 9 - 3 =", "ines varga", Kind.PERSON),
    (_SHEET + "3. ines scored 14 goals this year?", "ines", Kind.PERSON),
    (_SHEET + '3. my name is "tobias"', "tobias", Kind.PERSON),  # no question asked
    ('who wrote "tobias and the whale"?', "tobias", Kind.PERSON),  # one question: no worksheet
    (_SHEET + "3. did mia li bring her kit?", "mia li", Kind.PERSON),  # "li" is a surname, no numeral
    (_SHEET + "3. did mia i forgot bring her kit?", "mia", Kind.PERSON),  # a lone "i" without a title
    ("kelso school\nno dogs on school grounds\ngates close at 3:30\nask for mia", "kelso school", Kind.ORG),
    ("elm common\nkeep dogs on a lead\nmeet mia at the pond", "elm common", Kind.LOCATION),  # one rule only
    # one dated show, or no site selling tickets: a child's party or match invite
    ("mia tane's party\njun 9 · kelso hall\ntickets at gigpass.com", "mia tane", Kind.PERSON),
    ("mia tane live\njun 9 · kelso hall jul 2 · marsh barn\ntickets from mia", "mia tane", Kind.PERSON),
    # a byline without a site, or a site without a byline: a child's blog or project
    ("my project\nby mia tane • 3 june 2025\ni live in kelso", "mia tane", Kind.PERSON),
    ("miatane.com\nhi i'm mia tane from kelso", "mia tane", Kind.PERSON),
    (_MATCH, "okoro", Kind.PERSON),  # a scorer, its minute after it
    (_MATCH.replace("athletic", "u12s"), "dunmore u12s", Kind.ORG),  # a junior match
    ("dunmore athletic\nmia tane 12'", "dunmore athletic", Kind.ORG),  # one minute: no scoreboard
    ("22 alive · 4 elims\nmia_tane x robo-9\nhp 60", "mia_tane", Kind.PERSON),  # a plain handle
    ("sir bramble school\nmeet mia tane", "mia tane", Kind.PERSON),  # no game display
    ("my story by mia tane\nbench press", "mia tane", Kind.PERSON),  # "bench press" is no publisher
    # a friend's quoted words with no paper's or review's name after them
    ("'best day ever' - mia tane\nat kelso pool", "mia tane", Kind.PERSON),
    ("eagle ridge sec\nyear 8 mia tane", "eagle ridge sec", Kind.SCHOOL),  # no row after: a school
    (_RECIPE + "\nmade by mia tane", "mia tane", Kind.PERSON),  # a name below the heading
    ("mia tane\nserves 2 lunches a week", "mia tane", Kind.PERSON),  # no measures: no recipe
]


@pytest.mark.parametrize(("text", "value", "kind"), PUBLIC)
def test_a_lessons_or_a_notices_name_is_everyones(text: str, value: str, kind: Kind) -> None:
    assert public_print(text, _finding(text, value, kind))


@pytest.mark.parametrize(("text", "value", "kind"), NOT_PUBLIC)
def test_what_a_child_wrote_stays(text: str, value: str, kind: Kind) -> None:
    assert not public_print(text, _finding(text, value, kind))
