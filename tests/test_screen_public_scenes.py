"""Public print of scenes (leakscan.scanners.screen_public_scenes, asked through
screen_public.public_print): a game match's kill feed, a ground's scoreboard, a shop's sign
with its founding year or its opening hours, a business's phone, a ticket's seat read as a
street, a menu's own address and sections, an organisation's site over its desk's mailbox, an
encyclopedia's article, a league table's season. Every row is invented."""

from __future__ import annotations

import pytest

from leakscan.findings import Finding, Kind
from leakscan.scanners.screen_public import public_print
from leakscan.scanners.screen_public_scenes import big_places

_MATCH = "major comet  bot delta lady ember  bot echo\nround 4 - 1:12\nhp\n31 / 90"
_BOARD = "wexbury rovers tolland athletic\n2 3 2nd half 61:40"
_MENU = "the olive tree\nstarters 6.50 7.00\nmains lamb stew 14.50 fish pie 13.90\n9 mill lane | bookings 01632 960111"
_WIKI = "learnpedia.org\nlake tarvo\nlake tarvo was mapped by edda brandt in 1871.\ncontents 1 history 2 wildlife"
_PAGE = "10:02\nwexburyzoo.org\nwexbury zoo\nnew penguin pool opens\ncontact: hello@wexburyzoo.org"


def _finding(text: str, value: str, kind: Kind) -> Finding:
    start = text.index(value)
    return Finding(kind=kind, text=value, start=start, end=start + len(value), scanner="test")


PUBLIC = [
    # a game match's kill feed, its round's clock and a health bar
    (_MATCH, "ember", Kind.PERSON),
    (_MATCH, "major comet", Kind.PERSON),
    # a ground's scoreboard: its period's clock and scores, on the clock's line or their own
    (_BOARD, "wexbury rovers tolland athletic", Kind.ORG),
    ("harlow vale\nmill town\n4\n1\nq2 08:15", "harlow vale", Kind.ORG),
    # the two scores and the match clock ending the board, alone or on one line
    ("coast league ferrybank fc\nport lowry united\n3\n1\n61:05", "ferrybank fc", Kind.ORG),
    ("coast league ferrybank fc\nport lowry united\n3 1 61:05", "port lowry united", Kind.ORG),
    # one score and the clock ending a board of few lines (the other score unread)
    ("ferrybank fc port lowry united 2\n61:05", "port lowry united", Kind.ORG),
    ("ferrybank fc port lowry united\n2 61:05", "ferrybank fc", Kind.ORG),
    # a pro team's short name on a board read as a person, alone or both teams on one line
    ("leinster\nsharks\n2\n5\n12:40", "leinster", Kind.PERSON),
    ("chennai leinster 6\n2\n31:08", "chennai leinster", Kind.PERSON),
    # a league table: its columns' heading and a table's word
    (
        "premier division 2031/32\np w d l pts 12 9 2 1 29\n1 ferrybank fc\n2 port lowry united",
        "ferrybank fc",
        Kind.ORG,
    ),
    # a shop's sign with its founding year
    ("fenwick hardware\nest. 1962", "fenwick hardware", Kind.ORG),
    ("the linden bakery\nestablished 1911", "the linden bakery", Kind.ORG),
    # a shop's sign with its opening hours, its phone there or on a menu; its site spelled as its
    # name with the possessive's apostrophe dropped
    ("the plum bakery\nopening hours mon-sat 8-4", "the plum bakery", Kind.ORG),
    ("kestrel cycles\nopening hours 9:00 - 5:00\n01632 960555", "01632 960555", Kind.PHONE),
    ("lantern cafe\nopen daily 8am-2pm\ncall 01632 960777", "01632 960777", Kind.PHONE),
    ("menu\nsoup 7.20 toast 5.00 tea 3.10 pie 9.40\nbook on 021 555 0188", "021 555 0188", Kind.PHONE),
    ("nora's bakehouse\nfresh rolls daily\nwww.norasbakehouse.com", "www.norasbakehouse.com", Kind.URL),
    # a shop's sign, its only line
    ("pellow bakery - deli", "pellow bakery", Kind.ORG),
    # a ticket's act before its "live"
    (
        "the rusty kites - live dunmore hall 9 may 2031 20:00 section c row 4 seat 2 admit one",
        "the rusty kites",
        Kind.PERSON,
    ),
    ("odile varga live at the brightwater dome\nrow 12 seat 30", "odile varga", Kind.PERSON),
    # a news story's big city, under its paper's name and its byline
    (
        "daily herald\nauckland opens a new library published 3 march 2031 the library in auckland",
        "auckland",
        Kind.LOCATION,
    ),
    ("the evening courier\nupdated 4 hours ago\nfloods in dublin close roads", "dublin", Kind.LOCATION),
    # a ticket's seat read as a street
    ("admit one\nthe loud owls arena, gate 2 section b row 14 seat 7", "2 section b row", Kind.ADDRESS),
    # a ticket's venue (a garden, a concert hall) and its big city
    ("the paper moths - live at harbour garden, sydney\ngate 4 row c seat 9\nadmit one", "sydney", Kind.LOCATION),
    ("the paper moths - live at harbour garden\ngate 4 row c seat 9", "harbour garden", Kind.LOCATION),
    # a menu's own address on its booking line, dishes read as a place
    (_MENU, "9 mill lane", Kind.ADDRESS),
    ("kids pasta 6.50 mains rose garden salad 9.00\ndesserts 5.50 4.90", "rose garden", Kind.LOCATION),
    # an organisation's site over its desk's mailbox
    (_PAGE, "wexburyzoo.org", Kind.URL),
    # an encyclopedia's article (its numbered contents): its places, its people, its site
    (_WIKI, "lake tarvo", Kind.LOCATION),
    (_WIKI, "edda brandt", Kind.PERSON),
    (_WIKI, "learnpedia.org", Kind.URL),
    # a league table's season heading, a word that is a given name too
    ("coast league season 2031 table\n1 harlow vale\np w d l pts 9 7 1 1 22", "season", Kind.PERSON),
    # an everyday word after a greeting but not ending it, or after no greeting
    ("happy birthday butter cake", "butter", Kind.PERSON),
    ("neo is a cool word", "neo", Kind.PERSON),
]

NOT_PUBLIC = [
    # a child's name in a game without a match's round clock
    ("zara\nhp 31 / 90\nmy main", "zara", Kind.PERSON),
    ("lily is my duo\nround 4 was hard", "lily", Kind.PERSON),
    # a junior side on the board, or no period clock
    ("wexbury rovers u12\n2 3 2nd half 21:40", "wexbury rovers", Kind.ORG),
    ("wexbury rovers\n2 3 at 4:30 on saturday", "wexbury rovers", Kind.ORG),
    ("ferrybank fc u11\nport lowry united\n3 1 61:05", "ferrybank fc", Kind.ORG),  # a junior side
    ("ferrybank fc training\nmeet at 3 1 16:30 sharp", "ferrybank fc", Kind.ORG),  # not heading the line
    # one score and a clock in a long text (a chat), or a junior side's
    ("hi\nferrybank fc tonight\nbring boots\nand water\nand snacks 2\n61:05", "ferrybank fc", Kind.ORG),
    ("ferrybank fc u12 port lowry united 2\n61:05", "ferrybank fc", Kind.ORG),
    # a child's name on a board, or a team word with no board
    ("maisie\nsharks\n2\n5\n12:40", "maisie", Kind.PERSON),
    ("leinster\nmy cousin plays there", "leinster", Kind.PERSON),
    # a junior league's table, or columns without a table's word
    ("wexbury u11 table\np w d l pts 9 7 1 1 22\n1 ferrybank fc", "ferrybank fc", Kind.ORG),
    ("p w d l\nmy club is ferrybank fc", "ferrybank fc", Kind.ORG),
    # a club's sign names no trade; a shop with no founding year on its own line
    ("wexbury rugby club\nest. 1921", "wexbury rugby club", Kind.ORG),
    ("my mum works at fenwick hardware since 2019 lol", "fenwick hardware", Kind.ORG),
    # a shop's name among other lines (a child's post)
    ("my mum runs pellow bakery\ncome visit", "pellow bakery", Kind.ORG),
    # a phone on a lost pet's poster or a club's flyer: no opening hours, no menu
    ("lost cat! answers to pip\ncall 07700 900123", "07700 900123", Kind.PHONE),
    ("u10 training tuesdays 5pm\ncoach dara 087 555 0199", "087 555 0199", Kind.PHONE),
    ("the shop opens at 9, text my mum 07700 900456", "07700 900456", Kind.PHONE),
    # a small town on a ticket (the holder's, maybe); a big city with no ticket's words
    ("admit one\ngate 4 row c\nholder from tinwald", "tinwald", Kind.LOCATION),
    ("we moved to sydney last year, seat by the window", "sydney", Kind.LOCATION),
    # a name on a ticket with no "live" after it (its holder), or "live" with no ticket
    ("admit one\nholder: tamsin rourke\nrow 4 seat 2", "tamsin rourke", Kind.PERSON),
    ("tamsin rourke - live now on my channel", "tamsin rourke", Kind.PERSON),
    # a small town on a news story; a big city in a child's dated post with no paper's name
    ("daily herald\npublished 3 march 2031 a new library in tinwald", "tinwald", Kind.LOCATION),
    ("my blog\npublished 3 march 2031\nwe moved to auckland", "auckland", Kind.LOCATION),
    # a street on a ticket without a seat's words beside it, or no ticket at all
    ("admit one to my party\nticket holder\n14 mill lane, wexbury", "14 mill lane", Kind.ADDRESS),
    ("we live at 2 section road", "2 section road", Kind.ADDRESS),
    # a home's address on a post with a few prices and no menu's line
    ("bake sale at 9 mill lane\ncakes 1.50 2.00 2.50 3.00", "9 mill lane", Kind.ADDRESS),
    # a site that is no desk's, or a mailbox at another site
    ("10:02\nwexburyzoo.org\nhello@kitemail.com", "wexburyzoo.org", Kind.URL),
    ("mysite.net\nmy page is mysite.net", "mysite.net", Kind.URL),
    # a child's page without numbered contents; a profile's link in an article's text
    ("learnpedia.org\nmy trip to lake tarvo with edda", "lake tarvo", Kind.LOCATION),
    (_WIKI + "\nfollow me tiktok.com/@zaratane", "tiktok.com/@zaratane", Kind.URL),
    # a child's name before a year, with no table; a name that is no word, in a table
    ("season 2031 was my best, says coach\nsummer camp", "season", Kind.PERSON),
    ("wexbury u11 table\nkiri 2031 top scorer\np w d l pts 9 7 1 1 22", "kiri", Kind.PERSON),
    # a given name that is an everyday word too, greeted on its birthday
    ("happy 9th birthday neo!", "neo", Kind.PERSON),
    ("happy bday, ruby\nlove from nan", "ruby", Kind.PERSON),
]


@pytest.mark.parametrize(("text", "value", "kind"), PUBLIC)
def test_a_scenes_name_is_everyones(text: str, value: str, kind: Kind) -> None:
    assert public_print(text, _finding(text, value, kind))


@pytest.mark.parametrize(("text", "value", "kind"), NOT_PUBLIC)
def test_what_a_child_wrote_stays(text: str, value: str, kind: Kind) -> None:
    assert not public_print(text, _finding(text, value, kind))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("capitals: paris, berlin, madrid", {"paris", "berlin", "madrid"}),
        ("bring it to 12 london road or mail kiri@mail.co.uk", set()),  # a street's word, an e-mail's
        ("see kelso.co.uk or paris", {"paris"}),  # a link's words
        # a form's labels and a name's field: "mobile:", "first name: jackson"
        ("first name: jackson mobile: 0871 555 0134 town: dublin", {"dublin"}),
        ("jackson, dublin and perth", {"jackson", "dublin", "perth"}),
    ],
)
def test_the_big_places_a_picture_names(text: str, places: set[str]) -> None:
    assert big_places(text) == places
