"""Where a child lives or meets, as a picture's text shows it by its words alone: a suburb's own
venue (:func:`local_venues`), a home Wi-Fi network named after its family
(:func:`family_networks`) and a suburb named before its big city (:func:`suburb_of_city`).

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


__all__ = ["family_networks", "local_venues", "suburb_of_city"]
