"""Public print of businesses, venues, roads and forecasts (leakscan.scanners.screen_public_venues,
asked through screen_public.public_print): an institution's hyphenated site, a business's address
beside its free-phone number, a brand's care line, a weather app's saved cities, a road sign's
words, a league club's region, a venue on a poster selling tickets. All rows invented."""

from __future__ import annotations

import pytest

from leakscan.findings import Finding, Kind
from leakscan.scanners.screen_public import public_print


def _finding(text: str, value: str, kind: Kind) -> Finding:
    start = text.index(value)
    return Finding(kind=kind, text=value, start=start, end=start + len(value), scanner="test")


PUBLIC = [
    # an institution's site in the address bar, its heading's words run together before a hyphen
    ("8:02 riverglass-aquarium.org\nriverglass aquarium\nsee the otters", "riverglass-aquarium.org", Kind.URL),
    ("www.harbourtown-science.co.uk\nharbour town science centre", "www.harbourtown-science.co.uk", Kind.URL),
    # a business's address right after its free-phone number, or before it
    ("the copper pot\nopen daily | ph 0800 444 812 | 7 quay street", "7 quay street", Kind.ADDRESS),
    ("bookings: 1-888-555-0142 address: 40 harbour road, kelso", "40 harbour road", Kind.ADDRESS),
    ("sunny bowl noodles\n3 mill lane, ashby | tel 0508 220 190", "3 mill lane", Kind.ADDRESS),
    # a care line's number on a box or a site
    ("oat crunch\ncustomer care: 0345 600 1122 net wt 500 g", "0345 600 1122", Kind.PHONE),
    ("careline 01632 960 555 best before see lid", "01632 960 555", Kind.PHONE),
    # a weather app's saved cities, read onto one line with the days
    ("6:40\nmadrid\n19°\nmon 14° 21° tue 12° 20° paris 9° rome 17°", "paris", Kind.LOCATION),
    # a road sign's direction and exit
    ("motorway south\nexit 9", "motorway south", Kind.LOCATION),
    ("city centre exit 3", "city centre exit", Kind.ORG),
    # a league's club whose name starts with a region and a city
    (
        "super league\n1. chelsea 44\n2. arsenal 41\n3. liverpool 39\n4. eastern melbourne hawks 30",
        "eastern melbourne",
        Kind.LOCATION,
    ),
    # a show's venue on the line of its date, tickets sold at a site
    (
        "dara quill live\nmarch 12 - harbourview centre\ntickets at www.seatfinder.com",
        "harbourview centre",
        Kind.LOCATION,
    ),
    ("orbit comedy night\n3 june · lakeside arena\ntickets from showpass.co.uk", "lakeside arena", Kind.ORG),
    # a station's board (screen_public's own rule)
    ("next departures\nplatform 2 ashby 10:42", "ashby", Kind.LOCATION),
    ("arrivals\nfrom ashby 09:15 on time", "ashby", Kind.LOCATION),
]

NOT_PUBLIC = [
    # a child's own site named after them; a hyphenated domain whose words the picture never prints
    ("mia rose\nmy art is on miarose-art.com", "miarose-art.com", Kind.URL),
    ("follow pixelfox-gaming.net for my vids", "pixelfox-gaming.net", Kind.URL),
    # a child's address with no free-phone number beside it, or on a line of its own
    ("send it to 7 quay street, kelso | ring 021 555 0133", "7 quay street", Kind.ADDRESS),
    ("questions? 0800 444 812\n7 quay street", "7 quay street", Kind.ADDRESS),
    # a number with no care line's label
    ("oat crunch lost lunchbox call 0345 600 1122", "0345 600 1122", Kind.PHONE),
    # a small town with a reading, or a big city with no forecast around it
    ("mon 14° 21° tue 12° kelso 9°", "kelso", Kind.LOCATION),
    ("we flew to paris 2 weeks ago", "paris", Kind.LOCATION),
    # a place with a word no road sign says
    ("north kelso\nexit 4", "north kelso", Kind.LOCATION),
    # a region and a city outside a league's table, or in a junior league's
    ("we moved to eastern melbourne last year", "eastern melbourne", Kind.LOCATION),
    (
        "u11 league\n1. chelsea 44\n2. arsenal 41\n3. liverpool 39\n4. eastern melbourne hawks 30",
        "eastern melbourne",
        Kind.LOCATION,
    ),
    # a party's venue, a school's hall, a venue with no ticket seller
    ("mia's party march 12 - harbourview centre\ntickets at www.seatfinder.com", "harbourview centre", Kind.LOCATION),
    ("concert march 12 - kelso school hall\ntickets at www.seatfinder.com", "kelso school hall", Kind.ORG),
    ("march 12 - harbourview centre\nsee you there", "harbourview centre", Kind.LOCATION),
    # a school report's late arrivals is no station's board: the home address's town stays
    ("days absent: 1 late arrivals: 4\nhome address: 9 elm road, ashby", "ashby", Kind.LOCATION),
]


@pytest.mark.parametrize(("text", "value", "kind"), PUBLIC)
def test_a_business_or_a_venues_print_is_everyones(text: str, value: str, kind: Kind) -> None:
    assert public_print(text, _finding(text, value, kind))


@pytest.mark.parametrize(("text", "value", "kind"), NOT_PUBLIC)
def test_what_a_child_shows_stays(text: str, value: str, kind: Kind) -> None:
    assert not public_print(text, _finding(text, value, kind))
