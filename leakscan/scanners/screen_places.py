"""Where a child lives or meets, as a picture's text shows it by its words alone: a suburb's own
venue (:func:`local_venues`), a home Wi-Fi network named after its family
(:func:`family_networks`), a suburb named before its big city (:func:`suburb_of_city`), after
a meeting place (:func:`venue_suburbs`) or under a school's name (:func:`school_towns`); the
place a child is from ("From: Tinwald", :func:`from_places`), where a lost pet was last seen
(:func:`last_seen`), the town written after a street's address (:func:`town_after`), a
letterhead's after its phone number (:func:`letterhead_town`) or a street's without a number
(:func:`street_towns`), and the suburb a neighbourhood watch's sign names
(:func:`watched_suburbs`).

:func:`~.screen_text.laid_out` asks these rules about a picture's assembled text as it shows
it (capitals kept), beside those of :mod:`.screen_people`.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .address_words import MEDIUM_SUFFIXES, STRONG_SUFFIXES
from .base import words as word_set
from .ner_words import unheard
from .screen_people import FULL_CALENDAR

_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
#: Street types a street's name ends with ("kowhai rd", "railway parade").
STREET_TYPES = STRONG_SUFFIXES | MEDIUM_SUFFIXES


#: A neighbourhood's own venue: its suburb's name, then a local ground, hall or pool ("Tinwald Rec
#: Ground", "Kelburn Community Hall", "Te Atatu Aquatic Centre"): where a child trains or meets.
_VENUE = re.compile(
    rf"(?<![\w'’])(?P<place>[{_UP}][{_LOW}]{{1,20}}(?:[ \t][{_UP}][{_LOW}]{{1,20}}){{0,2}})[ \t]{{1,2}}"
    r"(?:Rec(?:reation)?[ \t]Ground|Community[ \t](?:Hall|Centre|Center)|Aquatic[ \t](?:Centre|Center)"
    r"|Leisure[ \t](?:Centre|Center)|Sports[ \t](?:Centre|Center|Ground)|Scout[ \t]Hall|Village[ \t]Hall"
    r"|Playing[ \t]Fields?|Swimming[ \t]Pool)(?![\w'’])"
)
#: A venue's first word that names a whole nation's or a famous one ("National Aquatic Centre"),
#: or a label, not a suburb ("Where: ...", "Venue ...").
_NOT_SUBURB = word_set("national royal olympic international state city the where venue at meet location")


def local_venues(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a neighbourhood's venue, its suburb's name and its kind ("Tinwald Rec
    Ground" on a club's flyer, "meet at Kelburn Community Hall" in a chat): it says where a
    child trains or meets; never a nation's or a big city's ("National Aquatic Centre",
    "London Aquatics Centre")."""
    from .. import lexicon as lists
    from ..truecase import MAJOR, lexicon

    lex = lexicon()
    for m in _VENUE.finditer(text):
        words = [w for w in re.finditer(r"\S+", m.group("place"))]
        while words and words[0].group().lower() in _NOT_SUBURB:
            words.pop(0)
        if words and not lex.classes(m.group("place")[words[0].start() :].lower()) & MAJOR:
            yield m.start("place") + words[0].start(), m.end()
    # after a flyer's "Where:" the venue's kind in lower case ("Where: Tinwald community fields")
    for m in _WHERE_VENUE.finditer(text):
        place = m.group("place").lower()
        famous = m.group().split(":", 1)[1].strip().lower() in lists.entries("famous_places")
        if not lex.classes(place) & MAJOR and place.split()[0] not in _NOT_SUBURB | {"central"} and not famous:
            yield m.span("place")


#: A flyer's "Where:" (or "Venue:") label, a suburb's capitalised words, then a venue's kind in
#: lower case (the capitalised words alone are the place's name: "Kelso community fields"; a
#: park named in capitals, "Hyde Park", is a name of its own).
_WHERE_VENUE = re.compile(
    rf"(?i:where|venue|location):[ \t]{{1,2}}(?P<place>[{_UP}][{_LOW}]{{1,20}}(?:[ \t][{_UP}][{_LOW}]{{1,20}}){{0,2}})"
    r"[ \t]{1,2}(?:(?:community|sports|recreation|rec|playing|local)[ \t])?"
    r"(?:fields?|hall|centre|center|park|oval|grounds?|pool|courts|reserve|domain)(?![\w'’])"
)


#: A club's training or practice, then "at" and its ground's name, capitalised words ending in a
#: ground's kind ("Training: Saturdays 9am at Kowhai Playground", "practice at Tinwald Domain").
_TRAINING_AT = re.compile(
    rf"(?i:training|practice|practices|sessions?)\b[^\n.!?]{{0,40}}?\bat[ \t]{{1,2}}(?:the[ \t]{{1,2}})?"
    rf"(?P<place>(?:[{_UP}][{_LOW}'’]{{1,20}}[ \t]{{1,2}}){{1,3}}"
    r"(?:Playground|Park|Reserve|Fields?|Domain|Oval|Grounds?|Hall|Pool|Courts|Rink))(?![\w'’])"
)


def training_grounds(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the ground a club's flyer or a chat says its training is at ("Training:
    Saturdays 9am at Kowhai Playground"): where a child is found each week; never a nation's
    or a big city's ground ("National ...", "Wellington ..." the lexicon marks as big)."""
    from ..truecase import MAJOR, lexicon

    lex = lexicon()
    for m in _TRAINING_AT.finditer(text):
        first = m.group("place").split()[0].lower()
        if first not in _NOT_SUBURB and not lex.classes(first) & MAJOR:
            yield m.span("place")


#: A home Wi-Fi network named after its family, after its label ("Network: NgataFamily", "Wi-Fi:
#: TheOkonjos", "SSID: Kowhai_Home"): a fridge's or a guest card's note.
_NETWORK = re.compile(
    r"\b(?i:network|wi-?fi|ssid|wlan)(?:[ \t](?i:name))?[ \t]{0,2}:[ \t]{1,2}"
    rf"(?P<name>The[{_UP}][{_LOW}]{{2,20}}s|[{_UP}][{_LOW}]{{2,20}}[ _-]?(?:Family|Fam|Home|House|Whanau))(?![\w'’])"
)


def family_networks(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a home Wi-Fi network's name that names its family ("Network:
    NgataFamily", "Wi-Fi: TheOkonjos"): the child's surname, in the family's own home."""
    yield from (m.span("name") for m in _NETWORK.finditer(text))


#: A suburb, then its big city after a comma ("Ponsonby, Auckland", "Sea Point, Cape Town").
_SUBURB_CITY = re.compile(
    rf"(?<![\w'’])(?P<suburb>[{_UP}][{_LOW}]{{2,20}}(?:[ \t][{_UP}][{_LOW}]{{2,20}})?),[ \t]{{1,2}}"
    rf"(?P<city>[{_UP}][{_LOW}]{{2,20}}(?:[ \t][{_UP}][{_LOW}]{{2,20}})?)(?![\w'’])"
)


def suburb_of_city(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a suburb named before its big city ("Ponsonby, Auckland" in a bio or
    on a form): a neighbourhood pins down where a child lives as the city alone does not. The
    suburb is a small place or a word no list knows, never a big place, an everyday word or a
    given name ("Paris, France", "Sunday, London", "Aroha, Auckland")."""
    from ..truecase import FIRST, MAJOR, PLACE, WORD, lexicon
    from .screen_public_layouts import big_place

    lex = lexicon()
    for m in _SUBURB_CITY.finditer(text):
        if not big_place(m.group("city").lower()):
            continue
        # its two words, or its last alone (a school's "High" before it is no part of it)
        for start in dict.fromkeys([m.start("suburb"), m.end("suburb") - len(m.group("suburb").split()[-1])]):
            suburb = text[start : m.end("suburb")].lower()
            known = lex.classes(suburb) & PLACE and not lex.classes(suburb) & (MAJOR | FIRST)
            unknown = not any(lex.classes(w) & (MAJOR | WORD | FIRST) for w in suburb.split())
            if not big_place(suburb) and (known or unknown):
                yield start, m.end("suburb")
                break


#: A flyer's labels that may follow a meeting place's suburb on its line.
_NEXT_LABEL = r"(?:When|Time|Date|Cost|Contact|Ages|Call|Email)[ \t]{0,2}:"
#: A meeting place after its label, then its suburb after a comma ending the phrase ("Where:
#: Bounce Zone, Tinwald", "Venue: Scout Hall, Kelburn RSVP ..."): where a party or a club meets.
_VENUE_SUBURB = re.compile(
    rf"(?i:where|venue|location|meet(?:ing)?(?: point)?)[ \t]{{0,2}}:[ \t]{{1,3}}[^\n,:]{{2,40}},[ \t]{{1,2}}"
    # (a flyer's next label may follow on the line: "..., Tinwald When: Tuesdays")
    rf"(?P<place>[{_UP}][{_LOW}]{{2,20}}(?:[ \t](?!{_NEXT_LABEL})[{_UP}][{_LOW}]{{2,20}})?)(?![\w'’])"
    rf"(?![ \t][{_LOW}])"
)
#: ... or after "at" and a local venue's name, ending its sentence ("at the Aquatic Centre,
#: Tinwald.", "at St Mary's Hall, Kelburn.").
_AT_VENUE = re.compile(
    rf"\bat[ \t]{{1,2}}(?:the[ \t]{{1,2}})?(?:[{_UP}][{_LOW}'’.]{{1,20}}[ \t]{{1,2}}){{0,3}}"
    r"(?:Centre|Center|Hall|Pool|Park|Grounds?|Club|Library|Rink|Church|Arena|Stadium|Fields?|Gym|Studio|Reserve"
    r"|Oval|Domain|Courts)[ \t]{0,2},[ \t]{1,2}"
    rf"(?P<place>[{_UP}][{_LOW}]{{2,20}}(?:[ \t][{_UP}][{_LOW}]{{2,20}})?)(?=[ \t]{{0,2}}[.!;]|[ \t]{{0,3}}(?:\n|$))"
)
#: Words a suburb's name starts with that are no place alone ("North Kelburn", "Mount Tinwald").
_QUARTERS = word_set("north south east west upper lower mount mt port new old st saint lake glen")
#: A line of one to three capitalised words: a suburb or a town under a letterhead.
_TOWN_LINE = re.compile(rf"[ \t]{{0,3}}[{_UP}][{_LOW}]{{2,20}}(?:[ \t][{_UP}][{_LOW}]{{2,20}}){{0,2}}[ \t]{{0,3}}")


def venue_suburbs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the suburb after a meeting place and a comma, following a "Where:"
    or "Venue:" label (an invitation) or "at" and a local venue ending its sentence (a club's
    flyer): a place or a word no list knows, never a country or an everyday word."""
    from .. import lexicon as lists
    from ..truecase import PLACE, WORD, lexicon

    lex = lexicon()
    for m in [*_VENUE_SUBURB.finditer(text), *_AT_VENUE.finditer(text)]:
        words = m.group("place").lower().split()
        if words[0] in _QUARTERS and len(words) > 1:
            words = words[1:]
        # a town too, even one the lexicon marks as big: a local venue's town is where a child
        # meets (a country is none)
        if m.group("place").lower() not in lists.entries("countries") and all(
            (lex.classes(w) & PLACE and not lex.classes(w) & WORD) or unheard(w, lex) for w in words
        ):
            yield m.span("place")


def school_towns(text: str, schools: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a town or a suburb alone on the line under a school's name that ends
    its line (a school's letterhead or sign: "Kowhai Valley School" over "Tinwald"), or ending
    the school's line after it ("Kowhai Valley School Tinwald"), or its street under it ("KOWHAI
    CLOSE"): the school's place, where its
    pupils live. Each word is a small place, a word no list knows or one it knows only as a
    surname, maybe after a quarter's word ("North ..."); never a big city or an everyday word
    ("Newsletter")."""
    from ..truecase import LAST, lexicon

    lex = lexicon()
    for _a, b in schools:
        if text.startswith("\n", b) or re.match(r"[ \t]{1,3}\n", text[b : b + 4]):
            start = text.index("\n", b) + 1  # the line under it
        elif re.match(r"[ \t]{1,3}\S", text[b : b + 4]):
            start = b  # the rest of its line ("Kaurivale Primary Wharerangi")
        else:
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        # a motto after a dot is no part of the town ("Tinwald · Learning together")
        end = min((i for c in "·•|" if (i := text.find(c, start, end)) >= 0), default=end)
        words = text[start:end].lower().split()
        # a street named without its number under the school's name, maybe in capitals ("Kowhai
        # Close"): the school's street, where its pupils live
        if (
            2 <= len(words) <= 4
            and words[-1] in STREET_TYPES
            and all(w.isalpha() and small_place(w, lex) for w in words[:-1])
        ):
            line = text[start:end]
            yield start + len(line) - len(line.lstrip()), start + len(line.rstrip())
            continue
        if not _TOWN_LINE.fullmatch(text, start, end):
            continue
        if words[0] in _QUARTERS and len(words) > 1:
            words = words[1:]
        # (a word the lists know only as a surname is a suburb's name there too: many are named
        # after a settler)
        if all(small_place(w, lex) or lex.classes(w) == LAST for w in words):
            line = text[start:end]
            yield start + len(line) - len(line.lstrip()), start + len(line.rstrip())


__all__ = ["family_networks", "local_venues", "school_towns", "suburb_of_city", "venue_suburbs"]


#: A place after "from" or a profile's label that ends its phrase: "From: Tinwald", "anyone from
#: Tinwald?", "Region: Tinwald, CA", "Lives in Tinwald", a form's "Town / City Tinwald".
_FROM = re.compile(
    rf"\b(?:(?i:from|lives in)[ \t]{{0,2}}:?|(?i:region|location|home ?town|suburb|town)[ \t]{{0,2}}:"
    # a form's "Town / City" column, with or without its ":"
    rf"|(?i:town|city|suburb)[ \t]?/[ \t]?(?i:town|city|suburb)[ \t]{{0,2}}:?)"
    rf"[ \t]{{1,2}}(?P<place>[{_UP}][{_LOW}]{{2,20}})"
    # its phrase ends: punctuation, the line's end, a next label, a country's code in brackets
    # ("from Tinwald (NZ)") or a chat's words in lower case ("from Tinwald lag again")
    rf"(?=[ \t]{{0,2}}[?!.,]|[ \t]{{0,3}}(?:\n|$)|[ \t]{{1,3}}[{_UP}][{_LOW}]{{1,20}}:|[ \t]{{1,3}}\([A-Z]{{2,3}}\)|[ \t]{{1,3}}[a-z]"
    # ... a sign-up form's next field without its ":" ("Town / City Tinwald Password"), or a
    # timetable's dash before a time ("Route 27 from Tinwald - 7:52 am")
    rf"|[ \t]{{1,3}}(?:Password|Email|Phone|Mobile|Username|Postcode|Country|State|Next|Submit)\b|[ \t]{{1,3}}[-–][ \t]{{1,3}}\d)"
)
#: Where a lost pet was last seen: the places after "near", "on", "in"... up to the sentence's
#: end ("Last seen near Tinwald on Kowhai Rd Tuesday evening").
_LAST_SEEN = re.compile(r"(?i:last seen|seen)\b[^\n.!?]{0,80}")
_SEEN_AT = re.compile(
    rf"\b(?:near|on|in|at|around|by)[ \t](?P<place>(?:The[ \t])?[{_UP}][{_LOW}]{{2,20}}(?:[ \t][{_UP}][{_LOW}]{{1,20}}){{0,2}})"
)


def from_places(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the place a child is from ("From: Tinwald", "anyone from Tinwald?"):
    a place no list knows as a big city, or a word no list knows; never a given name ("a
    message from Aroha") or an everyday word ("from School")."""
    from ..truecase import lexicon

    lex = lexicon()
    for m in _FROM.finditer(text):
        if small_place(m.group("place").lower(), lex):
            yield m.span("place")


def small_place(low: str, lex: Any) -> bool:
    """A place no list knows as a big city, or a word no list knows (never a given name or an
    everyday word)."""
    from ..truecase import FIRST, MAJOR, PLACE, WORD

    bits = lex.classes(low)
    return bool(bits & PLACE and not bits & (MAJOR | WORD | FIRST)) or unheard(low, lex)


def last_seen(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each place a lost pet's poster says it was last seen at ("near
    Tinwald", "on Kowhai Rd", "on The Paddocks"): where its family lives. A street's name (its
    last word a street's type), a place of :func:`small_place` or a town of the lists, big or
    not; no day ("on Tuesday")."""
    from .. import lexicon as lists
    from ..truecase import lexicon

    lex = lexicon()
    for seen in _LAST_SEEN.finditer(text):
        for m in _SEEN_AT.finditer(text, seen.start(), seen.end()):
            # the place's words up to a street's type, never a day after it ("kowhai rd tuesday")
            words = list(re.finditer(r"\S+", m.group("place")))
            keep = []
            for w in words:
                low = w.group().lower().strip(".")
                if low in FULL_CALENDAR or low[:3] in _DAYS:
                    break
                keep.append(w)
                if low in STREET_TYPES:
                    break
            if not keep:
                continue
            first, last = keep[0].group().lower(), keep[-1].group().lower().strip(".")
            # a town the lists know, a big one too ("in Norwich", "in Red Deer"): a lost pet is
            # lost near home, whatever the town's size
            town = " ".join(w.group().lower().strip(".,") for w in keep)
            known = town in lists.entries("towns") and town not in lists.entries("countries")
            if last in STREET_TYPES or small_place(last, lex) or small_place(first, lex) or known:
                yield m.start("place"), m.start("place") + keep[-1].end()


#: A day's short forms ("tues evening").
_DAYS = frozenset(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])


#: A town after a street's address, maybe after a comma, then maybe a UK-shaped postcode
#: ("…Kowhai Close, Tinwald", "…Kowhai Close Tinwald TN4 9AB").
_TOWN_AFTER = re.compile(
    rf",?[ \t]{{1,2}}(?P<town>[{_UP}][{_LOW}]{{2,20}}(?![{_LOW}:])(?:[ \t][{_UP}][{_LOW}]{{2,20}}(?![{_LOW}:]))?)"
    rf"(?P<code>[ \t]{{1,2}}[A-Z]{{1,2}}\d{{1,2}}[A-Z]?[ \t]?\d[A-Z]{{2}}\b)?"
)


#: A form's fields, which no list may know ("Postcode", "Mobile").
_FIELDS = word_set("postcode postal zip zipcode phone mobile tel email e-mail school dob signed signature")


def town_after(text: str, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of the town (and its postcode) written right after an address that ends
    at ``end`` in ``text``: a place no list knows as a big city or a word no list knows, each of
    its words (never a form's next label: "Postcode", "School")."""
    from ..truecase import lexicon

    m = _TOWN_AFTER.match(text, end)
    if not m:
        return None
    lex = lexicon()
    if not all(small_place(w.lower(), lex) and w.lower() not in _FIELDS for w in m.group("town").split()):
        return None
    return m.start("town"), m.end()


#: A letterhead's town after its phone number, ending the line ("Tel 021 555 0100 | Tinwald").
_AFTER_PHONE = re.compile(r"[ \t]{0,2}[|·•-]")


def letterhead_town(text: str, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of the town a school's or a club's letterhead writes after its phone
    number (which ends at ``end``), last on its line: a small place, as :func:`town_after`."""
    sep = _AFTER_PHONE.match(text, end)
    town = town_after(text, sep.end() if sep else end)
    if town is None or text[town[1] :].split("\n", 1)[0].strip():
        return None
    return town


#: A street's name without a house number, a comma and its town ("School Road, Tinwald"): a
#: sign's or a letterhead's address.
_STREET_TOWN = re.compile(
    rf"(?<![\w'’])(?P<street>(?:[{_UP}][{_LOW}]{{1,20}}[ \t]){{1,3}}(?P<type>[{_UP}][{_LOW}]{{1,12}})\.?),"
)


def street_towns(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """``((street start, end), (town start, end))`` of a street named without a house number
    and the small town after it ("School Road, Tinwald"); a big city's street names no child
    ("Abbey Road, London")."""
    for m in _STREET_TOWN.finditer(text):
        if m.group("type").lower() not in STREET_TYPES:
            continue
        town = town_after(text, m.end() - 1)
        if town is not None:
            yield m.span("street"), town


#: A neighbourhood watch's sign or sticker by a door names its suburb ("Kelburn Neighbourhood Watch").
_WATCH = re.compile(
    rf"(?<![\w'’])(?P<place>[{_UP}][{_LOW}]{{2,20}}(?:[ \t][{_UP}][{_LOW}]{{2,20}})?)[ \t]{{1,2}}"
    r"(?i:neighbou?rhood[ \t]watch|residents'?[ \t]association)\b"
)


def watched_suburbs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the suburb a neighbourhood watch's sign names by a door: where the
    family lives; never a big city ("London Neighbourhood Watch" is a whole city's)."""
    from ..truecase import MAJOR, lexicon

    lex = lexicon()
    for m in _WATCH.finditer(text):
        if not lex.classes(m.group("place").lower()) & MAJOR:
            yield m.span("place")


#: A library's town before its name, as its member's card prints it ("Tinwald Libraries", "Kelso
#: Public Library").
_LIBRARY = re.compile(
    rf"(?<![\w'’])(?P<place>[{_UP}][{_LOW}]{{2,20}}(?:[ \t](?!City\b|Public\b)[{_UP}][{_LOW}]{{2,20}}){{0,2}})[ \t]{{1,2}}"
    r"(?:City[ \t])?(?:Public[ \t])?(?:Libraries|Library)\b"
)
#: A member's card's words: the picture is the child's own card, not a library's sign.
_MEMBER = re.compile(r"\b(?i:member|borrower|card[ \t]no|library[ \t]card)\b")


def library_towns(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the town a library's member's card names its library after ("Tinwald
    Libraries" over "JUNIOR MEMBER"): the child's town, where the child borrows books. A town of
    the lists, a big city or a small place; never a sign's library with no member's card."""
    from .. import lexicon as lists
    from ..truecase import lexicon
    from .screen_public_layouts import big_place

    if not _MEMBER.search(text):
        return
    lex = lexicon()
    for m in _LIBRARY.finditer(text):
        low = m.group("place").lower()
        if low in lists.entries("towns") or big_place(low) or all(small_place(w, lex) for w in low.split()):
            yield m.span("place")


#: A profile's "about me" and its bio after it, to the line's end.
_BIO = re.compile(r"(?i:about[ \t]me)[ \t:]{1,3}(?P<bio>[^\n]{1,300})")
#: What sets a bio's parts apart: a bar, a dot, or a dash or a slash between spaces.
_BIO_PARTS = re.compile(r"[|·•]|[ \t][-–/][ \t]")
#: A bio's age part ("12yo", "9 y/o", "11 yrs old").
_BIO_AGE = re.compile(r"[ \t]{0,3}(?:[4-9]|1[0-8])[ \t]?(?:yo|y/o|yrs?(?:[ \t]old)?|years[ \t]old)[ \t]{0,3}")
#: A bio's part of one to three capitalised words alone (a place or a name).
_BIO_WORDS = re.compile(
    rf"[ \t]{{0,3}}(?P<place>[{_UP}][{_LOW}]{{2,20}}(?:[ \t][{_UP}][{_LOW}]{{2,20}}){{0,2}})[ \t]{{0,3}}"
)


def bio_places(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a place that is a part of its own in a profile's bio beside the child's
    age ("About me 12yo - Tinwald - add me!", "Aroha | 11 yo | Kelso Heights"): where the child
    lives. Its words are a town of the lists, or places and words no list knows; never a given
    name (a bio's name is :func:`.screen_people.bio_parts`') or an everyday word ("add me")."""
    from .. import lexicon as lists
    from ..truecase import FIRST, PLACE, WORD, lexicon

    lex = lexicon()
    for m in _BIO.finditer(text):
        bio, at = m.group("bio"), m.start("bio")
        cuts = [0, *(c for p in _BIO_PARTS.finditer(bio) for c in p.span()), len(bio)]
        parts = [(at + cuts[i], at + cuts[i + 1]) for i in range(0, len(cuts), 2)]
        if not any(_BIO_AGE.fullmatch(text, s, e) for s, e in parts):
            continue
        for s, e in parts:
            place = _BIO_WORDS.fullmatch(text, s, e)
            if not place:
                continue
            words = place.group("place").lower().split()
            town = " ".join(words) in lists.entries("towns")
            # (a quarter's word after the name is a place's: "nagar", "heights")
            placed = [small_place(w, lex) or (lex.classes(w) & PLACE and not lex.classes(w) & WORD) for w in words]
            if town or (all(placed) and not any(lex.classes(w) & FIRST for w in words)):
                yield place.span("place")
