"""Public print of exhibits, screens and signs (leakscan.scanners.screen_public_exhibits, asked
through screen_public.public_print): a museum's exhibit label, a film's poster with its rating,
a lesson page's key stage and subject, a signpost's towns over their distances, a historical
figure's life span; and, in
screen_public_layouts, a publisher's children's list and a part of a continent."""

from __future__ import annotations

import pytest

from leakscan.findings import Finding, Kind
from leakscan.scanners.screen_public import public_print

_LABEL = "velocimimus bravo\nlived about 70 million years ago in southern asia.\nits tail kept it steady."
_FOSSIL = "gallery 4\nthe ammonite fossil\non loan from the kelso collection"
_POSTER = "orla frost  tamsin hale\nthe copper kite now streaming\npg - rated for scary scenes"


def _finding(text: str, value: str, kind: Kind) -> Finding:
    start = text.index(value)
    return Finding(kind=kind, text=value, start=start, end=start + len(value), scanner="test")


PUBLIC = [
    # a historical figure's life span on the name's line or opening the next
    ("admiral orin falk\n1702-1766 orin falk charted the north coast", "orin falk", Kind.PERSON),
    ("the diary of wenna hale (1815 – 1852)\nroom 3", "wenna hale", Kind.PERSON),
    # a museum's label: an animal's Latin name, the region it lived in
    (_LABEL, "bravo", Kind.PERSON),
    (_LABEL, "southern asia", Kind.LOCATION),
    (_FOSSIL + "\nscan for the audio guide", "kelso", Kind.LOCATION),
    # a film's poster: its cast, its rating's reason
    (_POSTER, "orla frost", Kind.PERSON),
    (_POSTER, "tamsin hale", Kind.PERSON),
    ("the marsh road\nrated 12a for moderate threat\norla frost", "orla frost", Kind.PERSON),
    ("orla frost\nstreaming now\nthe marsh road", "orla frost", Kind.PERSON),
    # a lesson page's key stage over its subject
    ("revisewell.example\nks2 science: magnets\na magnet pulls iron", "ks2", Kind.AGE),
    ("key stage 3 science: cells", "key stage 3", Kind.AGE),
    # a signpost's towns over their distances, read as a person
    ("leeds kelso york\n15 km 42 km 88 km", "kelso york", Kind.PERSON),
    ("kelso leeds\n12 mi 40 mi", "kelso leeds", Kind.ORG),
    # a publisher's children's list under a book's title and author
    ("the glass owl\nrowan ellerby\nwalker children's", "rowan ellerby", Kind.PERSON),
    ("the glass owl\nrowan ellerby\npuffin children’s classics", "rowan ellerby", Kind.PERSON),
    # the imprint and its series ending the author's line, the OCR ran them together
    ("the glass owl\nrowan ellerby puffin books", "rowan ellerby", Kind.PERSON),
    # a ticket's act after its admission heading
    ("general admission orla frost row c seat 12 doors 7pm", "orla frost", Kind.PERSON),
    ("admit one: tamsin hale\nblock 4 seat 19 non-refundable", "tamsin hale", Kind.PERSON),
    # a league table's numbers opened by a goal difference
    ("season 2025 team p w gd pts\nkites 20 14 +9 31 12 5", "+9 31 12 5", Kind.PHONE),
    # a box office's site read as an e-mail
    ("orla frost live\ntickets at gigpass.com", "tickets at gigpass.com", Kind.EMAIL),
    # a gig's poster: tickets sold at a site, one show's date
    ("tamsin hale\nthe new single\nkelso arena - may 9\ntickets at gigpass.com", "kelso arena", Kind.LOCATION),
    ("tamsin hale\nlive 14 june\ntickets from gigpass.com", "tamsin hale", Kind.PERSON),
    # a product's box: its net weight and servings, its recycling
    ("choco puffs\nnet wt 300g - 8 servings", "choco puffs", Kind.PERSON),
    ("choco puffs\nnet wt 300g scan for recycling info", "choco puffs", Kind.PERSON),
    # a part of a continent by the compass
    ("it lived in eastern asia", "eastern asia", Kind.LOCATION),
    ("found in central europe", "central europe", Kind.LOCATION),
    # a tour's stops: three towns each with its show's day
    ("orla frost\nleeds • may 4 cardiff · may 9 glasgow • jun 2", "orla frost", Kind.PERSON),
    ("tamsin hale world tour\nparis • oct 3 berlin • oct 5 madrid • oct 8", "madrid", Kind.PERSON),
    # a classic children's book's cover: its title and its author (famous/books.txt)
    ("the secret garden\nfrances hodgson burnett", "frances hodgson burnett", Kind.PERSON),
    ("anne of green gables\nl m montgomery", "anne", Kind.PERSON),
    # a desk's mailbox at the site whose page the picture is
    (
        "kelsohall.example.org\nopening hours\nemail bookings@kelsohall.example.org",
        "bookings@kelsohall.example.org",
        Kind.EMAIL,
    ),
    ("www.riverlib.example.com\ncontact us at info@riverlib.example.com", "info@riverlib.example.com", Kind.EMAIL),
    # ... or on any page a browser shows with its scheme (the desk at a parent site)
    (
        "https://www.fernhall.example.net/events\nquiz night friday\nwrite to info@example.net",
        "info@example.net",
        Kind.EMAIL,
    ),
    # a venue's entrance street on a page for its visitors
    ("plan your visit\nthe main entrance on marsh lane is step-free.\nopen daily 9-5", "marsh lane", Kind.LOCATION),
    ("car park off elm road\nopening hours 10-4\naccessibility: lifts to all floors", "elm road", Kind.LOCATION),
    # a price band for every child
    ("open daily. entry is free for children under 12.", "children under 12", Kind.ORG),
    ("half price tickets for kids under 5", "kids under 5", Kind.AGE),
    # the band without the children's word, right after the price's "for"
    ("the pool is open late. swimming is free for under 12s", "under 12s", Kind.AGE),
    ("half price for over 65s on tuesdays", "over 65s", Kind.AGE),
    # a game's task line on a screen with its display
    ("score 1200 wave 4\nhp\nquest: escort the trader to kelso", "kelso", Kind.LOCATION),
    ("mission rescue orla frost\nlvl 9 xp 300 ammo 12", "orla frost", Kind.PERSON),
    # a travel ticket's route between big cities
    ("london → paris coach 7 seat 41 depart 09:10", "paris", Kind.LOCATION),
    ("tokyo -> osaka\nplatform 3 single adult", "tokyo", Kind.LOCATION),
    # an exhibition's poster: its subject, the day it opens, the museum or gallery
    ("voices of the deep\njacques cousteau\nopens 3 may - harbour museum", "jacques cousteau", Kind.PERSON),
    ("marie curie: a life in light opens oct 21 at the northgate gallery", "marie curie", Kind.PERSON),
]

NOT_PUBLIC = [
    # a child's name over a line a life span does not open; a recent span (a grandparent's)
    ("by mia tane, year 6\nmy project on the explorer 1702-1766", "mia tane", Kind.PERSON),
    ("in memory of nana rua\n1950-2024", "nana rua", Kind.PERSON),
    # a worksheet about animals: its words alone are no museum's
    ("name: mia tane\nhabitat: pond\nspecies: frog", "mia tane", Kind.PERSON),
    # one museum word alone
    ("mia tane\nour class exhibit", "mia tane", Kind.PERSON),
    # a streamer going live, no film rated
    ("mia tane is now streaming\njoin the chat", "mia tane", Kind.PERSON),
    ("mia tane\nrated my drawing 10/10", "mia tane", Kind.PERSON),
    # a form's key stage, no subject after it
    ("name: mia tane\nkey stage: ks2", "ks2", Kind.AGE),
    ("mia is in ks2 at kelso primary", "ks2", Kind.AGE),
    # a name that is no town, or one distance only
    ("mia tane\n110 km 236 km", "mia tane", Kind.PERSON),
    ("kelso leeds\n12 mi", "kelso leeds", Kind.ORG),
    # a children's list with no publisher, a country after a compass word
    ("rowan ellerby\nchildren's", "rowan ellerby", Kind.PERSON),
    ("i live in south africa", "south africa", Kind.LOCATION),
    # an imprint's name alone ending a line, no series: a child's word
    ("mia tane\ni drew a puffin", "mia tane", Kind.PERSON),
    # a ticket's holder, after "name:"; one ticket word only
    ("general admission row c seat 12\nname: mia tane", "mia tane", Kind.PERSON),
    ("general admission mia tane row c", "mia tane", Kind.PERSON),
    # a phone number's longer groups, or no table's heads
    ("team p w gd pts\ncall +64 21 555 0179", "+64 21 555 0179", Kind.PHONE),
    ("kites +9 31 12 5", "+9 31 12 5", Kind.PHONE),
    # a party invite: no tickets sold at a site
    ("mia tane's party\nmay 9 at kelso hall\nrsvp to mia", "mia tane", Kind.PERSON),
    ("mia tane\ntickets at gigpass.com", "mia tane", Kind.PERSON),  # no show's date
    ("mia tane's party\nlive dj · may 9\ntickets at gigpass.com", "mia tane", Kind.PERSON),  # a party
    # a child's mailbox spelled out
    ("mail me mia at kelsomail.com", "mia at kelsomail.com", Kind.EMAIL),
    # a class's birthdays by name and day: no towns
    ("class birthdays\nmia • may 3 jack • jun 5 ava • jul 9", "mia", Kind.PERSON),
    # a tour's stops on a party invite
    ("mia tane's birthday tour\nleeds • may 4 york • may 6 glasgow • jun 2", "mia tane", Kind.PERSON),
    # a child's own name on a book, or a given name alone that a title holds
    ("this book belongs to frances hodgson\nyear 3", "frances hodgson", Kind.PERSON),
    ("anne green read it first", "anne green", Kind.PERSON),
    # a person's mailbox, or a desk's at another site than the page's
    ("kelsohall.example.org\nemail mia.tane@kelsohall.example.org", "mia.tane@kelsohall.example.org", Kind.EMAIL),
    ("info@kelsohall.example.org\nsee you there", "info@kelsohall.example.org", Kind.EMAIL),
    ("https://www.fernhall.example.net\nwrite to odalys.k@example.net", "odalys.k@example.net", Kind.EMAIL),
    ("my page is fernhall.example.net/odalys now\nwrite to info@example.net", "info@example.net", Kind.EMAIL),
    # a street with no venue's visiting words, or not after an entrance
    ("our entrance is on marsh lane, come round the back", "marsh lane", Kind.LOCATION),
    ("plan your visit\nmia lives on marsh lane\nopen daily", "marsh lane", Kind.LOCATION),
    # children under an age with no price
    ("my brother plays with children under 12", "children under 12", Kind.ORG),
    # a team's age group: a word between the ticket and the band, or no price at all
    ("tickets for our under 13s final are gone", "under 13s", Kind.AGE),
    ("i got picked for the under 11s", "under 11s", Kind.AGE),
    # a quest line with no game's display; a place off the quest line
    ("quest: find mia at kelso park", "kelso", Kind.LOCATION),
    ("score 1200 wave 4 hp\nmia lives in kelso", "kelso", Kind.LOCATION),
    # a route to a small place, or with no ticket's words
    ("london → kelso coach 7 seat 41", "kelso", Kind.LOCATION),
    ("home → paris for the holidays", "paris", Kind.LOCATION),
    ("we moved to western sydney", "western sydney", Kind.LOCATION),
    # an opening day without the museum or gallery, or a museum without an opening day
    ("oskar brandt\nopens 14 march", "oskar brandt", Kind.PERSON),
    ("our class trip to the harbour museum - oskar brandt", "oskar brandt", Kind.PERSON),
]


@pytest.mark.parametrize(("text", "value", "kind"), PUBLIC)
def test_an_exhibits_or_a_posters_name_is_everyones(text: str, value: str, kind: Kind) -> None:
    assert public_print(text, _finding(text, value, kind))


@pytest.mark.parametrize(("text", "value", "kind"), NOT_PUBLIC)
def test_what_a_child_wrote_stays(text: str, value: str, kind: Kind) -> None:
    assert not public_print(text, _finding(text, value, kind))
