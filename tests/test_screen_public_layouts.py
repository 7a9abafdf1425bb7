"""Printed layouts whose names and numbers are everyone's (leakscan.scanners.screen_public_layouts,
asked through screen_public.public_print): timetables, tickets, book imprints, worksheet scores,
a game's ping, world regions, lists of big cities."""

from __future__ import annotations

import pytest

from leakscan.findings import Finding, Kind
from leakscan.scanners.screen_public import public_print


def _finding(text: str, value: str, kind: Kind) -> Finding:
    start = text.index(value)
    return Finding(kind=kind, text=value, start=start, end=start + len(value), scanner="test")


def _times(n: int) -> str:
    return " ".join(f"{8 + i // 6:02}:{i % 6 * 10:02}" for i in range(n))


PUBLIC = [
    (f"route 9 weekday timetable\nkelso central\n{_times(14)}", "kelso central", Kind.LOCATION),  # a stop
    (f"line 3\nharbour quay library corner\n{_times(14)}", "harbour quay library corner", Kind.ORG),
    (f"{_times(30)}\nmarsh road", "marsh road", Kind.ADDRESS),  # times enough without a transit word
    # a stop named after a college, the operator's site under the times
    (f"route 12 timetable\nmill st ardvale tech college\n{_times(14)}", "ardvale tech college", Kind.SCHOOL),
    (f"route 12 to quayside\n{_times(14)}\ntrip planner: www.quaylinkbus.com", "www.quaylinkbus.com", Kind.URL),
    # a route's heading, its stops of several words each between fewer times
    (
        "5g r7 quarry hill towards old wharf\n" + "\n".join(f"{t}\nbeacon lane bus depot" for t in _times(12).split()),
        "quarry hill",
        Kind.LOCATION,
    ),
    ("riverside rovers v kelso united eden oval\nrow 4 seat 18 gate c", "riverside rovers", Kind.ORG),  # a fixture
    ("city science museum\nquarry lane, kelso\nblock 2 row 9", "city science museum", Kind.LOCATION),
    ("the silver fox\nmarigold penhaligon\npuffin books", "marigold penhaligon", Kind.PERSON),  # an imprint
    ("the long river\nTOMAS VERRALL\nbooks", "TOMAS VERRALL", Kind.PERSON),  # the imprint's last word alone
    # a cover's few lines with a paper's blurb
    ('the salt road\nhester quaile "a gripping tale" - the kelso herald', "hester quaile", Kind.PERSON),
    ("spelling test\nname: ____\nscore: __ / 20", "20", Kind.AGE),  # a score's most marks
    ("total ___/15", "15", Kind.AGE),
    ("level 12\nlobby: kestrel ping 88 ms", "kestrel ping 88 ms", Kind.SCHOOL),  # "ms" is milliseconds
    ("server region: oceania\nplayers 8/10", "oceania", Kind.LOCATION),  # a continent
    ("region: south east asia", "south east asia", Kind.LOCATION),
    ("cape town london vancouver\n12 40 300", "cape town london vancouver", Kind.ORG),  # big cities only
    ("mon tue wed thu fri\n4° 6° 8°\nthu fri", "thu fri", Kind.PERSON),  # the page's own days
    ("“every storm runs out of rain in the end.”\n- odette marlowe", "odette marlowe", Kind.PERSON),  # a quote card
    (  # a senior league's table
        "premier division\npos team p w d l pts\n1 kelso united 12 9 2 1 29\n2 ashby rovers 12 8 2 2 26"
        "\n3 marlow town 12 7 1 4 22",
        "kelso united",
        Kind.ORG,
    ),
    ("crunchy puffs\nmanufactured by moor foods ltd, kelso", "kelso", Kind.LOCATION),  # the maker's town
    ("dario's pizzeria\nmargherita 12.50\ncalzone 14.00", "dario", Kind.PERSON),  # a business's name
    ("famous explorers\ntomas aldane\nfreya holt", "freya holt", Kind.PERSON),  # a lesson's famous people
    ("“kindness is a language everyone can read.”\nodette marlowe", "odette marlowe", Kind.PERSON),  # no dash
    ("made in new zealand\nnet wt 250 g", "new zealand\nnet", Kind.LOCATION),  # a product's origin
    ("london\ncape town\nmadrid\n12° 18° 21°", "madrid", Kind.PERSON),  # a list of big cities, no sender
    ("welcome to tinwald\nplease drive carefully", "tinwald", Kind.LOCATION),  # a town's welcome sign
    ("chapter 4\nfreya holt ran to the harbour", "freya holt", Kind.PERSON),  # a book's page
    ("fizzy drops\nonly $2.50\nwww.fizzydrops.example.com", "www.fizzydrops.example.com", Kind.URL),  # a shop's site
    ("the hollow crown\na thriller\nmarcus vale", "marcus vale", Kind.PERSON),  # a genre under the title
    (  # a senior table's rows the OCR ran into one line: runs of numbers ending on a signed goal difference
        "first division\nclub p w d l gd pts\n1 kelso united 20 15 3 2 +21 48 2 ashby rovers 20 14 2 4 -3 44"
        " 3 marsh vale 20 12 4 4 +9 40",
        "ashby rovers",
        Kind.ORG,
    ),
    (  # a senior table's club names the model took as a person's, up to a club's last word
        "first division\nclub p w d l gd pts\n1 kelso united 20 15 3 2 +21 48 2 dunmore quay wrenfield albion"
        " 20 14 2 4 -3 44 3 marsh vale 20 12 4 4 +9 40",
        "quay wrenfield",
        Kind.PERSON,
    ),
    (  # a café's board without its heading: eight prices or more
        "quayside kitchen\n8.50 11.00 6.25 13.40 9.90 7.75 12.00 4.80\nlamb hotpot brunch bowl club toastie",
        "brunch bowl club",
        Kind.ORG,
    ),
    (  # a menu: its heading and its prices
        "harbour grill\nmenu\nbeef wellington £18.50 fish pie £14.00 lamb hotpot £15.20 trifle £5.00",
        "beef wellington",
        Kind.PERSON,
    ),
    ("kelso botanic gardens\nopen daily 9am - 4pm\nfree entry", "kelso botanic gardens", Kind.LOCATION),
    ("lobby\nyou cpu (hard) bot_kestrel\nbot_kestrel: gg", "bot_kestrel", Kind.HANDLE),  # a computer player
    ("ready\neasy-bot lvl 4", "easy-bot", Kind.HANDLE),
    ("kelso museum\nopen 9am - 4pm daily\nadmission free", "kelso museum", Kind.LOCATION),
    ("3:12\nplaying from album\nsea songs\nmarcus vale", "marcus vale", Kind.PERSON),  # a music player's artist
    ("↑ kelso 20\nashby35 → marlow 12", "ashby", Kind.LOCATION),  # a signpost's towns and distances
    ("↑ kelso 20\nashby35 → marlow 12", "kelso", Kind.LOCATION),
    (  # a quote app: no marks, a printed dash
        "8:02\nthought for today\nsmall steps every day add up to long roads.\n— odette marlowe\n640 share",
        "odette marlowe",
        Kind.PERSON,
    ),
]

NOT_PUBLIC = [
    (f"mia's day\n{_times(8)}\nswim at kelso pool", "kelso pool", Kind.LOCATION),  # a child's day: few times
    (f"route 9 timetable\n{_times(14)}\nask for ruby tane", "ruby tane", Kind.PERSON),  # a person stays
    (  # a school's periods name the school, between fewer times, as does a child's page
        "ardvale high school\n" + "\n".join(f"{t} science lab 2 mr kerr" for t in _times(12).split()),
        "ardvale high school",
        Kind.SCHOOL,
    ),
    (f"mia's day\n{_times(6)}\nmy blog www.miatane.com", "www.miatane.com", Kind.URL),
    (  # a school's periods: subjects and rooms between the times
        "bus at 08:20\n" + "\n".join(f"{t} maths room 4" for t in _times(12).split()) + "\n16:00 kelso youth orchestra",
        "kelso youth orchestra",
        Kind.ORG,
    ),
    ("sports day entry form\nsection 2\nkelso park", "kelso park", Kind.LOCATION),  # a form, no seat or row
    ("riverside primary school hall v concert\nrow 4 seat 18", "riverside primary school hall", Kind.ORG),
    ("kelso youth orchestra\nsalt lane library\nrow b seat 4", "salt lane library", Kind.LOCATION),  # no venue word
    ("city v united at eden park", "eden park", Kind.LOCATION),  # no ticket's seat and row
    ("mia tane\nbooks i read this year", "mia tane", Kind.PERSON),  # "books" not alone on its line
    ('mia tane said "best day ever" - to her mum', "mia tane", Kind.PERSON),  # a quote credited to no paper
    ("my books\nruby's library card\nruby okafor", "ruby okafor", Kind.PERSON),
    ("about me\nname: aroha / 12", "12", Kind.AGE),  # a bio's age after a slash
    ("i am 12 / year 7", "12", Kind.AGE),
    ("brannock ms\nsee you there", "brannock ms", Kind.SCHOOL),  # a middle school, no ping
    ("we live in kelso", "kelso", Kind.LOCATION),  # a town, no region
    ("cape town tinwald\n12 40", "cape town tinwald", Kind.LOCATION),  # a small town in the list
    ("to: mia tane\n4 quarry road\nmanchester england", "manchester england", Kind.LOCATION),  # a city, its country
    ("thu\nruby", "thu", Kind.PERSON),  # no calendar
    ("9:41\nchat\n“see u at the park after school ok?”\n- mia tane\nsent 4:02", "mia tane", Kind.PERSON),  # a chat
    ("“love u”\n- mia tane", "mia tane", Kind.PERSON),  # a short quote
    (  # a junior league: the child's own team
        "u12 girls ladder\nteam p w d l pts\n1 kelso kestrels 8 6 1 1 19\n2 ashby comets 8 5 2 1 17"
        "\n3 marlow magpies 8 4 1 3 13",
        "kelso kestrels",
        Kind.ORG,
    ),
    ("made by ruby for nana, tinwald", "tinwald", Kind.LOCATION),  # no company
    ("rosa's party saturday 2pm", "rosa", Kind.PERSON),  # a child's party, no business
    # a child's day walking towards a place: no route's number heading the line
    (
        "we walk towards quarry hill\n" + "\n".join(f"{t}\nbeacon lane bus depot" for t in _times(12).split()),
        "quarry hill",
        Kind.LOCATION,
    ),
    ("people i admire\nmy mum aroha tane", "aroha tane", Kind.PERSON),  # no famous people's heading
    ("made by ruby in tinwald", "tinwald", Kind.LOCATION),  # a child made it, in a small town
    ("london\ncape town\nmadrid sent you a snap", "madrid", Kind.PERSON),  # a notification's sender
    ("welcome to tinwald\nmia's house", "tinwald", Kind.LOCATION),  # no road sign's words
    ("chapter 1 by freya holt\nthe storm", "freya holt", Kind.PERSON),  # the page's author
    ("my story\nfreya holt ran home", "freya holt", Kind.PERSON),  # no chapter's heading
    ("my blog\nwww.freyaholt.example.com", "www.freyaholt.example.com", Kind.URL),  # no price or competition
    ("win a prize! follow instagram.com/freya.holt", "instagram.com/freya.holt", Kind.URL),  # a page, no bare domain
    ("we went to the park today.\n- mia tane", "mia tane", Kind.PERSON),  # a typed hyphen: a chat's signature
    ("bake sale menu\ncupcakes $2\nask mia tane", "mia tane", Kind.PERSON),  # one price: no menu
    ("menu\nmia tane 4.50", "mia tane", Kind.PERSON),
    ("mia tane\nraised 8.50 11.00 6.25 for the trip", "mia tane", Kind.PERSON),  # three prices: no board
    (  # a senior table's name not running into a club's word stays
        "first division\nclub p w d l gd pts\n1 kelso united 20 15 3 2 +21 48 2 ashby rovers 20 14 2 4 -3 44"
        " 3 marsh vale 20 12 4 4 +9 40\nmy pick: mia tane",
        "mia tane",
        Kind.PERSON,
    ),
    (  # a junior table run together keeps its children's team
        "u11 boys table\nclub p w d l gd pts\n1 kelso cubs 8 6 1 1 +9 19 2 ashby colts 8 5 2 1 -2 17"
        " 3 marsh foxes 8 4 1 3 +1 13",
        "ashby colts",
        Kind.ORG,
    ),
    ("tinwald school\noffice open 8:15am\nvisitors report to reception", "tinwald", Kind.LOCATION),  # a school's
    ("kelso rec ground\nopen daily", "kelso rec ground", Kind.LOCATION),  # no visitors' entry
    ("lobby\nbotanist_mia lvl 9", "botanist_mia", Kind.HANDLE),  # a word that starts with "bot"
    ("lobby\nmia_bot_fan", "mia_bot_fan", Kind.HANDLE),
    ("friends\nmia tane • playing minecraft", "mia tane", Kind.PERSON),  # a game, no album
    ("→ mia's house 4 doors\nkelso", "kelso", Kind.LOCATION),  # one place, no distance after it
    (  # no marks and a printed dash, but a chat around it says far more than a quote app
        "9:41 group chat\nok who is bringing snacks\nsee you all at the pool on friday ok.\n— mia tane\nsent 4:02 read",
        "mia tane",
        Kind.PERSON,
    ),
]


@pytest.mark.parametrize(("text", "value", "kind"), PUBLIC)
def test_a_public_layouts_print_is_everyones(text: str, value: str, kind: Kind) -> None:
    assert public_print(text, _finding(text, value, kind))


@pytest.mark.parametrize(("text", "value", "kind"), NOT_PUBLIC)
def test_what_a_child_wrote_on_it_stays(text: str, value: str, kind: Kind) -> None:
    assert not public_print(text, _finding(text, value, kind))
