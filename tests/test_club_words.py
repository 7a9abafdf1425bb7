"""Club words of the lexicon (``club_suffix``) as the NER scanner reads them: a local club, team or
tutoring centre named by one to three name words before its word ("wairoa harriers", "glenroy auskick").
Every post here is written for leakscan; the clubs are made up (real towns appear as places).
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.scanners.ner import NerScanner
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = NerScanner()


def orgs(text: str) -> list[str]:
    """The text of every ORG finding, each checked against the scanner contract."""
    return [f.text for f in scan_checked(SCANNER, text, SETTINGS) if f.kind.value == "ORG"]


CLUBS = [
    ("cross country with wairoa harriers today", "wairoa harriers"),  # an athletics club
    ("glenroy auskick was muddy", "glenroy auskick"),  # Australia's junior football centre
    ("rally day at kimberley downs pony club 🐴", "kimberley downs pony club"),
    ("star minds coaching sir is strict", "star minds coaching"),  # a tutoring centre
    ("tests every week at brightpath tuitions", "brightpath tuitions"),
]

NOT_CLUBS = [
    "my coaching is going well",  # the word alone, after "my"
    "maths coaching after school ugh",  # a subject's lessons
    "the harriers were flying over the marsh",  # the birds
]


@pytest.mark.parametrize(("text", "name"), CLUBS)
def test_club_words_name_a_club(text: str, name: str) -> None:
    assert name in orgs(text), orgs(text)


@pytest.mark.parametrize("text", NOT_CLUBS)
def test_club_words_alone_name_none(text: str) -> None:
    assert orgs(text) == [], orgs(text)


#: A children's hospital by its nickname of everyday words, after a word of working there (``workplace_names``).
NICKNAMED_WORKPLACES = [
    ("my aunty is a nurse at sick kids so she misses bonfire night", "sick kids"),
    ("uncle theo's shift at the royal childrens finishes at 7", "royal childrens"),
]

#: The same words with no workplace cue before them.
NOT_WORKPLACES = [
    "we made cards for sick kids at the shelter today",
    "she works with sick kids every day and loves it",
]


@pytest.mark.parametrize(("text", "name"), NICKNAMED_WORKPLACES)
def test_workplace_nickname_after_cue_is_org(text: str, name: str) -> None:
    assert name in orgs(text), orgs(text)


@pytest.mark.parametrize("text", NOT_WORKPLACES)
def test_workplace_nickname_without_cue_is_quiet(text: str) -> None:
    assert orgs(text) == [], orgs(text)


#: A temple, gurdwara or mosque by its one word of name, a god's or an everyday word; the Hindi words after
#: its word are the sentence, not its name.
TEMPLES = [
    ("durga mandir mein havan tha subah", "durga mandir"),
    ("cousins meet at the central gurdwara every gurpurab", "central gurdwara"),
    ("gurdwara guru ravidas mein kirtan suna", "gurdwara guru ravidas"),
    ("jummah at masjid-e-salaam ke baad biryani", "masjid-e-salaam"),  # Urdu's "of" joins the name
]

#: A temple's word after a Hindi possessive or "I", or alone.
NOT_TEMPLES = [
    "hamare mandir ki ghanti badi hai",
    "main gurdwara ja raha tha kal",
    "nani took me to mandir this morning",
]


@pytest.mark.parametrize(("text", "name"), TEMPLES)
def test_temple_named_without_hindi_words(text: str, name: str) -> None:
    assert name in orgs(text), orgs(text)


@pytest.mark.parametrize("text", NOT_TEMPLES)
def test_temple_word_alone_names_none(text: str) -> None:
    assert orgs(text) == [], orgs(text)


#: A club's tag run together: a town of the lists, "st" and a saint, or a scout group's number before a short
#: team word; or the initials of a club the post names in full.
CLUB_TAGS = [
    ("first win of the season lads #springfieldlions", "springfieldlions"),
    ("summer camp was class #stbrendansgaa", "stbrendansgaa"),
    ("knots and a campfire tonight #4thbramhallscouts", "4thbramhallscouts"),
    ("pine-valley storm u9 girls won the cup!! #pvstorm", "pvstorm"),
    ("medals for everyone at the riverbend harriers athletic club #rhac", "rhac"),
]

#: A famous team's tag, a word before a team word, and initials of no name.
NOT_CLUB_TAGS = [
    "what a try #penrithpanthers",
    "the puppies were so cute #bestwolves",
    "the very best show ever #tvshow",
]


@pytest.mark.parametrize(("text", "name"), CLUB_TAGS)
def test_club_tag_is_org(text: str, name: str) -> None:
    assert any(name in o for o in orgs(text)), orgs(text)


@pytest.mark.parametrize("text", NOT_CLUB_TAGS)
def test_no_club_tag_is_quiet(text: str) -> None:
    assert orgs(text) == [], orgs(text)


#: An Irish club by its parish's town and its saint.
SAINT_CLUBS = [
    ("up castleknock st fionans!! great win today", "castleknock st fionans"),
    ("hurling blitz with portmarnock st. colmcilles u10s", "portmarnock st. colmcilles"),
]

#: A street of a town's name.
NOT_SAINT_CLUBS = [
    "walking down lucan st with my mam",
    "the shop on dalkey st sells ice pops",
]


@pytest.mark.parametrize(("text", "name"), SAINT_CLUBS)
def test_town_and_saint_is_club(text: str, name: str) -> None:
    assert any(name in o for o in orgs(text)), orgs(text)


@pytest.mark.parametrize("text", NOT_SAINT_CLUBS)
def test_town_street_is_no_club(text: str) -> None:
    assert orgs(text) == [], orgs(text)


#: A children's programme's centre by its town.
PROGRAMS_AT = [
    ("auskick at glenroy was so muddy lol", "auskick at glenroy"),
    ("little athletics at riverton oval this sat", "little athletics at riverton oval"),
]

#: A programme at no town.
NOT_PROGRAMS_AT = [
    "we went to nippers at the beach and got dumped by a wave",
    "scouts at 6 tonight dont forget ur woggle",
]


@pytest.mark.parametrize(("text", "name"), PROGRAMS_AT)
def test_programme_at_town_is_club(text: str, name: str) -> None:
    assert name in orgs(text), orgs(text)


@pytest.mark.parametrize("text", NOT_PROGRAMS_AT)
def test_programme_at_no_town_is_quiet(text: str) -> None:
    assert orgs(text) == [], orgs(text)


#: A place of worship named by its street or its town.
WORSHIP_ON_STREETS = [
    ("iftar at the masjid on greenbank road with abbu", "the masjid on greenbank road"),
    ("going to the kingdom hall on birch lane with gran", "the kingdom hall on birch lane"),
    ("eid prayers at the mosque on quellhurst after fajr", "the mosque on quellhurst"),  # a street by its name
]

#: A place of worship on no street or town.
NOT_WORSHIP_ON_STREETS = [
    "the church on the hill looks like a castle",
    "mum said the temple on sunday will be busy",
]


@pytest.mark.parametrize(("text", "name"), WORSHIP_ON_STREETS)
def test_worship_on_street_is_org(text: str, name: str) -> None:
    assert name in orgs(text), orgs(text)


@pytest.mark.parametrize("text", NOT_WORSHIP_ON_STREETS)
def test_worship_on_no_street_is_quiet(text: str) -> None:
    assert orgs(text) == [], orgs(text)


#: "city" or "town" inside a club's name, after a name's word.
CITY_CLUBS = [
    ("got my bronze at lakefield city skating club today", "lakefield city skating club"),
    ("trials for galway city fc academy next week eek", "galway city fc academy"),
]

#: "city" or "town" after a stop word: no name.
NOT_CITY_CLUBS = [
    "the city swim club pool is closed again",
    "my town hockey club is the best",
]


@pytest.mark.parametrize(("text", "name"), CITY_CLUBS)
def test_city_word_inside_club_name(text: str, name: str) -> None:
    assert name in orgs(text), orgs(text)


@pytest.mark.parametrize("text", NOT_CITY_CLUBS)
def test_city_word_alone_names_no_club(text: str) -> None:
    assert orgs(text) == [], orgs(text)
