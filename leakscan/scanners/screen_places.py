"""Where a child lives or meets, as a picture's text shows it by its words alone: a suburb's own
venue (:func:`local_venues`), a home Wi-Fi network named after its family
(:func:`family_networks`), a suburb named before its big city (:func:`suburb_of_city`), after
a meeting place (:func:`venue_suburbs`) or under a school's name (:func:`school_towns`).

:func:`~.screen_text.laid_out` asks these rules about a picture's assembled text as it shows
it (capitals kept), beside those of :mod:`.screen_people`.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import words as word_set

_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"


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
    from ..truecase import MAJOR, lexicon

    lex = lexicon()
    for m in _VENUE.finditer(text):
        words = [w for w in re.finditer(r"\S+", m.group("place"))]
        while words and words[0].group().lower() in _NOT_SUBURB:
            words.pop(0)
        if words and not lex.classes(m.group("place")[words[0].start() :].lower()) & MAJOR:
            yield m.start("place") + words[0].start(), m.end()


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


#: A meeting place after its label, then its suburb after a comma ending the phrase ("Where:
#: Bounce Zone, Tinwald", "Venue: Scout Hall, Kelburn RSVP ..."): where a party or a club meets.
_VENUE_SUBURB = re.compile(
    rf"(?i:where|venue|location|meet(?:ing)?(?: point)?)[ \t]{{0,2}}:[ \t]{{1,3}}[^\n,:]{{2,40}},[ \t]{{1,2}}"
    rf"(?P<place>[{_UP}][{_LOW}]{{2,20}}(?:[ \t][{_UP}][{_LOW}]{{2,20}})?)(?![\w'’])(?![ \t][{_LOW}])"
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
    from .ner_words import unheard

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
    the school's line after it ("Kowhai Valley School Tinwald"): the school's place, where its
    pupils live. Each word is a small place or a word no list knows, maybe
    after a quarter's word ("North ..."); never a big city or an everyday word ("Newsletter")."""
    from ..truecase import lexicon
    from .screen_people import small_place

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
        if not _TOWN_LINE.fullmatch(text, start, end):
            continue
        words = text[start:end].lower().split()
        if words[0] in _QUARTERS and len(words) > 1:
            words = words[1:]
        if all(small_place(w, lex) for w in words):
            line = text[start:end]
            yield start + len(line) - len(line.lstrip()), start + len(line.rstrip())


__all__ = ["family_networks", "local_venues", "school_towns", "suburb_of_city", "venue_suburbs"]
