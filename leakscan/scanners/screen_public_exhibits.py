"""Public print of exhibits, screens and signs whose names are everyone's (rules
:func:`.screen_public.public_print` asks last): a museum's exhibit label, a film's poster with
its rating, a lesson page's key stage and subject, a signpost's towns over their distances, a
ticket's act after its admission heading, a league table's numbers read as a phone number, a box office's site read as an e-mail, a gig's
poster (tickets sold at a site, a show's date), a tour's stops (three towns with their days), a
desk's mailbox at the site whose page it is, a venue's entrance street and its price band for
children, a game's quest line, a travel ticket's route between big cities, a historical figure
with a life span born over a century ago.

Each rule needs the picture to say what it is (an exhibit's words, a film's rating, a subject
after the key stage, two distances) or the value to be made of places alone: a child's name,
age or home on the same picture stays reported.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..findings import Kind
from .screen_public_notices import MONTH_ABBR, TICKETS_SOLD

#: Names of people, places and groups a public picture shows for everyone to read.
_PUBLIC_KINDS = (Kind.PERSON, Kind.LOCATION, Kind.ORG)

#: What a museum's exhibit label says: an animal's age in the rocks, the audio guide to scan, a
#: gallery's number, a loan.
_MUSEUM = re.compile(
    r"\b(?:\d{1,4}(?:[.,]\d{1,2})?[ \t]million[ \t]years[ \t]ago|audio[ \t]guide|exhibit(?:ion)?|gallery[ \t]\d{1,2}"
    r"|on[ \t]loan[ \t]from)\b"
)
#: What a nature panel says besides (a worksheet about animals says these too, so never alone).
_NATURE = re.compile(
    r"\b(?:lived[ \t](?:about|around|some)|fossils?|extinct|species|habitat|wingspan|predators?|cretaceous|jurassic"
    r"|triassic)\b"
)


def exhibit_label(typed: str, start: int, end: int) -> bool:
    """A name or a place on a museum's exhibit label: one of a museum's words ("million years
    ago", "audio guide", "exhibit") and another of a museum's or a nature panel's ("lived
    about", "fossil"): an animal's Latin name read as a person ("... rex"), the region it lived
    in; printed for every visitor (an animal worksheet's "habitat" and "species" alone leave a
    child's name on it reported)."""
    museum = {m.group() for m in _MUSEUM.finditer(typed)}
    return bool(museum) and len(museum) + len({m.group() for m in _NATURE.finditer(typed)}) >= 2


#: An exhibition poster's opening day ("opens 9 june", "opens june 9") and its house.
_OPENS = re.compile(rf"\bopens[ \t](?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]{MONTH_ABBR}|{MONTH_ABBR}[ \t]\d{{1,2}})\b")
_HOUSE = re.compile(r"\b(?:museum|gallery|galleries)\b")


def exhibition_poster(typed: str, start: int, end: int) -> bool:
    """A name or a place on an exhibition's poster: the day it opens and the museum or gallery
    that shows it ("<a scientist of the 1800s>" over "opens 9 june - city museum"): the subject
    of a show printed for everyone (a class's trip to a museum says no opening day)."""
    return bool(_OPENS.search(typed)) and bool(_HOUSE.search(typed))


#: A film's rating certificate and its reason ("pg - rated for scary scenes", "rated pg-13 for
#: action"), or a poster's "now streaming" (never a notification's "... is now streaming").
_RATED = re.compile(
    r"\brated[ \t](?:(?:g|pg|pg-13|r|u|12a?|15|18|m|ma15\+?)[ \t])?for[ \t][a-z]{3,20}"
    r"|(?<!is[ \t])(?<!are[ \t])\bnow[ \t]streaming\b|\bstreaming[ \t]now\b"
)


def film_poster(typed: str, start: int, end: int) -> bool:
    """A cast's name or the title on a film's or a series' poster: the picture gives its rating's
    reason ("rated for scary scenes") or says "now streaming" as a poster does: actors and
    characters, printed for everyone (a streamer's "mia is now streaming" stays reported)."""
    return _RATED.search(typed) is not None


#: A key stage and a school subject: a lesson page's or a revision site's title ("ks2 maths",
#: "key stage 3 science").
_LESSON = re.compile(
    r"(?:ks|key[ \t]stage[ \t])\d[ \t]{1,2}(?:maths?|english|science|history|geography|computing|music|art|french"
    r"|spanish|german|reading|writing|spelling|grammar|phonics|biology|chemistry|physics)\b"
)


def lesson_stage(typed: str, start: int, end: int) -> bool:
    """A key stage heading a lesson's subject ("ks3 science: magnets"): a curriculum's span of
    four years that every child of it reads, not one child's age or class (a form's "key stage:
    ks2" stays reported)."""
    return _LESSON.match(typed, start) is not None


#: A distance on a sign ("110 km", "12 mi").
_DISTANCE = re.compile(r"\b\d{1,4}(?:[.,]\d)?[ \t]?(?:km|mi|miles)\b")


def distance_sign(typed: str, start: int, end: int) -> bool:
    """Names that are all towns, big cities or countries, read as a person's or a group's, in a
    picture with two distances or more ("leeds kelso" over "15 km 42 km"): a signpost's
    places, as a place it reads is already (a child's name is no town's)."""
    from .. import lexicon as lists
    from .screen_public_layouts import big_place

    if len(_DISTANCE.findall(typed)) < 2:
        return False
    words = lists.text_words(typed[start:end])
    placed = [False] * len(words)
    for family in ("towns", "countries"):
        for i, j, _s, _e in lists.find(family, words):
            placed[i:j] = [True] * (j - i)
    return bool(words) and all(p or big_place(w) for p, (_s, _e, w) in zip(placed, words, strict=True))


#: A ticket's admission heading, right before the act's name ("general admission <act> row c").
_ADMISSION = re.compile(r"\b(?:general[ \t]admission|admit[ \t]one|standing|ga)[ \t:|-]{1,3}$")
#: What a ticket says besides: two of these make a picture a ticket.
_TICKET = re.compile(r"\b(?:row|seat|gate|door|doors|non-refundable|non-transferable|entry|block|section)\b")


def ticket_act(typed: str, start: int, end: int) -> bool:
    """A name right after a ticket's admission heading ("general admission" over the act, then
    its row and seat): the act on every ticket sold, not the holder (a holder's name follows
    "name:" or "issued to", and stays reported)."""
    return _ADMISSION.search(typed, max(0, start - 24), start) is not None and len(set(_TICKET.findall(typed))) >= 2


#: A league table's column heads ("p w gd pts"): two of them make a table of a season's numbers.
_TABLE_HEADS = re.compile(r"\b(?:pts|gd|gf|ga|pld|played|won|drawn|lost)\b")
#: A signed goal difference opening a run of a table's numbers ("+9 31 12 5").
_SIGNED_RUN = re.compile(r"[+-]\d{1,2}(?:[ \t]{1,2}[+-]?\d{1,2}){2,}")


def table_numbers(typed: str, start: int, end: int) -> bool:
    """Numbers of one or two digits read as a phone number, opened by a signed goal difference,
    in a picture with a league table's column heads ("pts", "gd"): the table's columns, no
    one's number (a phone number's groups after its country code are longer)."""
    return _SIGNED_RUN.fullmatch(typed, start, end) is not None and len(set(_TABLE_HEADS.findall(typed))) >= 2


#: A box office's site spelled as an e-mail read aloud: "tickets at <site>" ("tickets at
#: gigpass.com", "book at kelsohall.org").
_BOX_OFFICE = re.compile(r"(?:tickets?|tix|bookings?|book|buy)[ \t]at[ \t][a-z0-9][a-z0-9.-]{1,60}")


def box_office(typed: str, start: int, end: int) -> bool:
    """An "e-mail" that is a poster's box office: tickets sold at a site ("tickets at
    gigpass.com"), read as "name at domain"; no child's mailbox is called "tickets"."""
    return _BOX_OFFICE.fullmatch(typed, start, end) is not None


#: A show's date ("apr 21", "21 april").
_SHOW_DAY = re.compile(rf"\b(?:{MONTH_ABBR}[ \t]\d{{1,2}}(?!\d)|\d{{1,2}}[ \t]{MONTH_ABBR}\b)")


#: A gig's own words: its record, its tour, its stage ("new album out now", "live at ... arena").
_GIG = re.compile(r"\b(?:album|single|ep|tour|live|concert|gig|arena|stadium|out[ \t]now|festival)\b")
#: A child's invitation: a party sells no tickets, whatever its site says.
_INVITE = re.compile(r"\b(?:party|invited?|rsvp|birthday|bday|sleepover)\b")


def gig_poster(typed: str, start: int, end: int) -> bool:
    """A name or a venue on a gig's poster: tickets sold at a site, a show's date and a gig's word
    ("album", "live", "arena"): the act and its arena are everyone's (a child's party invite,
    whatever it says of tickets, stays reported; a tour's poster with two dates is
    :func:`.screen_public_notices.tour_poster`)."""
    return (
        TICKETS_SOLD.search(typed) is not None
        and _SHOW_DAY.search(typed) is not None
        and _GIG.search(typed) is not None
        and _INVITE.search(typed) is None
    )


#: A tour's stop: a town, a bullet, the show's day ("leeds • may 4", "cape town · jun 12").
_STOP = re.compile(rf"([a-z][a-z .'-]{{1,24}}?)[ \t]{{0,2}}[•·|][ \t]{{0,2}}{MONTH_ABBR}[ \t]\d{{1,2}}\b")


def tour_stops(typed: str, start: int, end: int) -> bool:
    """A name on a tour's poster listing its stops, three towns or more each with its show's day
    ("leeds • may 4  york • may 6 ..."): the star and the towns are everyone's. The stops must
    be towns the lexicon knows (a class's list of birthdays, "mia • may 3", names children)."""
    from .. import lexicon as lists
    from .screen_public_layouts import big_place

    towns = 0
    for m in _STOP.finditer(typed):
        words = lists.text_words(m.group(1))
        tail = " ".join(w for _s, _e, w in words[-2:])
        if words and (big_place(tail) or big_place(words[-1][2]) or lists.find("towns", words[-2:])):
            towns += 1
    return towns >= 3 and _INVITE.search(typed) is None


#: An organisation's site on a line of its own, as a phone's address bar shows it.
SITE_LINE = re.compile(r"(?m)^[ \t]{0,3}(?:www\.)?([a-z0-9][a-z0-9.-]{1,60}\.[a-z]{2,6})[ \t]*$")
#: A desk's mailbox, not a person's ("info@", "bookings@").
ROLE_BOX = re.compile(
    r"(?:info|enquiries|enquiry|inquiries|bookings?|hello|contact|admin|office|reception|help|helpdesk|support"
    r"|tickets|events|visit|visitors)@([a-z0-9][a-z0-9.-]{1,60})"
)


#: A browser's address bar on a line of its own: a link with its scheme, maybe a page's path.
_ADDRESS_BAR = re.compile(r"(?m)^[ \t]{0,3}https?://[a-z0-9][a-z0-9.-]{1,60}\.[a-z]{2,6}(?:/[\w./-]{0,80})?[ \t]*$")


def own_site_desk(typed: str, start: int, end: int) -> bool:
    """A desk's mailbox ("info@", "bookings@") at the very site whose page the picture is, its
    address on a line of its own as a browser shows it, or on any page a browser shows with its
    scheme (a council's or a museum's news page; its contact desk may sit at a parent site): an
    organisation's public contact, no child's (a child's own address is a name's, not a desk's)."""
    m = ROLE_BOX.fullmatch(typed, start, end)
    if m is None:
        return False
    return m.group(1) in {s.group(1) for s in SITE_LINE.finditer(typed)} or _ADDRESS_BAR.search(typed) is not None


#: A venue's entrance, step-free or not, on a street ("the main entrance on <street> is step-free").
_ENTRANCE = re.compile(r"\b(?:entrance|entry|car[ \t]park|parking)[ \t](?:is[ \t])?(?:on|off)[ \t]$")
#: A venue's visiting words: two of them make a page for its visitors.
_VISIT = re.compile(
    r"\b(?:opening[ \t]hours|open[ \t]daily|plan[ \t]your[ \t]visit|accessibility|step-free|lifts|public[ \t]holidays"
    r"|admission|help[ \t]desk)\b"
)


def venue_entrance(typed: str, start: int, end: int) -> bool:
    """A street right after a venue's "entrance on", on a page for its visitors (opening hours,
    accessibility, "plan your visit"): where the public goes in, not where a child lives."""
    return _ENTRANCE.search(typed, max(0, start - 24), start) is not None and len(set(_VISIT.findall(typed))) >= 2


#: A price band by age ("free for children under 16", "kids under 5 go free").
_AGE_BAND = re.compile(r"(?:children|kids|child|ages?)[ \t](?:under|over|aged)[ \t]\d{1,2}")
_PRICE = re.compile(r"\b(?:free|price|prices|tickets?|entry|admission|half|fare|fares|discount)\b")
#: A band without the children's word, right after a price's "for" ("free for under 16s",
#: "half price for over 65s"): a team's "tickets for our under 15s" has a word between.
_BARE_BAND = re.compile(r"(?:under|over)[ \t]\d{1,2}s?")
_PRICE_FOR = re.compile(r"\b(?:free|price|prices|entry|admission|fare|fares|discount)[ \t]for[ \t]$")


def age_band(typed: str, start: int, end: int) -> bool:
    """Children under an age, after a price's word ("entry is free for children under 16",
    "free for under 16s"): a venue's or a fare's band for every child, not one child's age."""
    if _BARE_BAND.fullmatch(typed, start, end) and _PRICE_FOR.search(typed, max(0, start - 20), start):
        return True
    return (
        _AGE_BAND.fullmatch(typed, start, end) is not None
        and _PRICE.search(typed, max(0, start - 30), start) is not None
    )


#: A game's heads-up display: two of these make the picture a game's screen.
_HUD = re.compile(r"\b(?:score|hp|xp|wave|level[ \t]up|lvl|ammo|health|mana|coins|respawn)\b")
#: A game's task line ("quest: escort the merchant to <town>").
_QUEST = re.compile(r"(?m)^[ \t]{0,3}(?:quest|mission|objective|side[ \t]quest)\b[^\n]*$")


def game_quest(typed: str, start: int, end: int) -> bool:
    """A place or a person on a game's task line ("quest: escort the merchant to <town>") on a
    screen with the game's display (score, hp, wave): the game's world, not a child's."""
    if len(set(_HUD.findall(typed))) < 2:
        return False
    return any(q.start() <= start and end <= q.end() for q in _QUEST.finditer(typed))


#: A journey's route between two places ("<town> → <town>", "<town> -> <town>").
_ROUTE = re.compile(r"(?m)^[^\n]{0,80}(?:→|->|⇒|➔)[^\n]{0,160}$")
#: A travel ticket's words: two of them make the picture a ticket.
_TRAVEL = re.compile(r"\b(?:coach|carriage|seat|platform|depart|departs|arrive|single|return|gate|boarding)\b")


def ticket_route(typed: str, start: int, end: int) -> bool:
    """A big city or a country on a travel ticket's route ("<city> → <city>, coach e, seat 65"):
    the train's or the flight's stations, a city of millions, not where a child is found."""
    from .screen_public_layouts import big_place

    if not big_place(typed[start:end]) or len(set(_TRAVEL.findall(typed))) < 2:
        return False
    return any(r.start() <= start and end <= r.end() for r in _ROUTE.finditer(typed))


#: A life's span in years ("1728-1779", "(1815 – 1852)"): its first year is the person's birth.
_LIFE = re.compile(r"\b(?P<born>1\d{3})[ \t]?[-–][ \t]?(?:1\d{3}|20\d\d)\b")
#: Years back a birth makes a person history's, never a child's.
_HISTORY_YEARS = 100


def life_span(typed: str, start: int, end: int) -> bool:
    """A person whose life's span, born more than a century ago, stands on the name's line or
    opens the next ("captain <name>" over "1728-1779 <name> was ..."): a museum's or a
    lesson's historical figure, not a child."""
    from datetime import date

    line_start = typed.rfind("\n", 0, start) + 1
    line_end = len(typed) if (n := typed.find("\n", end)) < 0 else n
    spans = list(_LIFE.finditer(typed, line_start, line_end))
    if line_end < len(typed) and (m := _LIFE.match(typed, line_end + 1)):
        spans.append(m)
    return any(int(m.group("born")) < date.today().year - _HISTORY_YEARS for m in spans)


#: This module's rules, each with the kinds of finding it applies to (:func:`.screen_public.public_print`
#: asks them with its own).
RULES: tuple[tuple[tuple[Kind, ...], Callable[[str, int, int], bool]], ...] = (
    (_PUBLIC_KINDS, exhibit_label),
    (_PUBLIC_KINDS, exhibition_poster),
    (_PUBLIC_KINDS, film_poster),
    ((Kind.AGE, Kind.SCHOOL), lesson_stage),
    ((Kind.PERSON, Kind.ORG), distance_sign),
    ((Kind.PERSON, Kind.ORG), ticket_act),
    ((Kind.PHONE,), table_numbers),
    ((Kind.EMAIL,), box_office),
    ((*_PUBLIC_KINDS, Kind.URL), gig_poster),
    (_PUBLIC_KINDS, tour_stops),
    ((Kind.EMAIL,), own_site_desk),
    ((Kind.LOCATION, Kind.ADDRESS), venue_entrance),
    ((Kind.AGE, Kind.ORG), age_band),
    ((Kind.LOCATION, Kind.PERSON), game_quest),
    ((Kind.LOCATION,), ticket_route),
    ((Kind.PERSON,), life_span),
)
