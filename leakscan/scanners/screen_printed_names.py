"""Persons' names as a picture prints them, and the ages printed beside them.

A picture prints a name where no text says "my name is": heading a line (a chat's header or
sender, a notification, a video call's name tag, a medal, a certificate) or after a form's label
(:func:`full_names`; a notification's one name, :func:`notified`), a title and a surname on a sign (:func:`titled_names`), a shirt's name over
its number or a family's name on a mailbox (:func:`worn_names`), and a bio's or a birthday's age
beside a name (:func:`named_ages`); a given name alone over a number (a cake's topper:
:func:`name_over_age`) and the name heading a phone's contact card (:func:`contact_name`). These rules read the capitals the picture shows, and share
their tables (a name's capitalised word, a form's labels), so they sit apart from the layout
rules of :mod:`.screen_text`, which asks them.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ..findings import Kind
from .base import words as word_set
from .ner_words import given_name
from .pixel_layout import line_spans, trimmed

#: Months and days: a calendar's "June" over "9" names no one.
CALENDAR = word_set(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
    " jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
)


#: A capitalised word of a name: "Tamsin", "Moana-Tait", "McAllister", "O'Hara", "Siobhán".
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_CAP_STEM = rf"(?:Mc|[OD]['’])?[{_UP}][{_LOW}]{{1,20}}(?:-[{_UP}][{_LOW}]{{1,20}})?"
_CAP_WORD = rf"{_CAP_STEM}(?![\w'’-])"
#: Particles inside a surname ("Joseph van der Merwe", "Aroha Te Rangi", "Omar Al Amin").
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "du",
        "da",
        "di",
        "le",
        "la",
        "te",
        "al",
        "el",
        "bin",
        "binti",
        "ap",
        "ni",
        "nic",
    ]
)
#: A form's label for a person ("Child's name:", "Parent / guardian:"), a class board's role
#: ("Helpers:", "Monitors:").
_LABEL = (
    r"(?i:name|guardian|parent|carer|mother|father|pupil|student|player|member|coach|teacher|helpers?|monitors?"
    r"|captains?)[ \t]{0,3}:[ \t]{0,3}"
)
#: Capitalised words (two to six, "van der" between them) heading a line, maybe after a clock,
#: a back arrow, a lobby's rank, a list's number or an app's name or initials in capitals ("16:02", "#3", "12.",
#: "WHATSAPP", "21:17 TN"); after a lobby's rank or a chat's time stamp inside a line; or after a form's label.
_HEADED = re.compile(
    r"(?m)(?:^[ \t]{0,3}(?:\d{1,2}:\d{2}[ \t]{1,3})?(?:[<‹V][ \t]{1,3})?"
    # an avatar's initials as the OCR reads them ("A", "Av"): checked against the name's own
    r"(?:(?:#\d{1,3}|\d{1,2}[.)]|[A-Z]{2,12}|(?P<avatar>[A-Z][a-z]?))[ \t]{1,3})?"
    # a lobby's rank inside a line too: the OCR joins a leaderboard's rows ("#3 Ruby K. #4 Indi Bellamy")
    rf"|(?<=[ \t])#\d{{1,3}}[ \t]{{1,3}}|(?<=\d:\d\d )|(?P<label>{_LABEL}))"
    rf"(?P<run>{_CAP_WORD}(?:[ \t]{{1,2}}(?:(?:van|von|der|den|de|du|da|le|la)[ \t]{{1,2}}){{0,2}}{_CAP_WORD}){{1,5}})"
    # no capitalised word after it, but a form's next label or an article ("Name: Mia Tane Class:",
    # "Name: Mia Tane The Water Cycle")
    rf"(?![ \t]{{1,2}}(?!The\b)[{_UP}][{_LOW}]{{1,20}}(?![{_LOW}]{{0,20}}:))"
)


def full_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a person's full name heading a line of ``text`` as the picture shows
    it (capitals kept), or following a form's label: a chat's header or a group chat's sender
    ("Tamsin Okonjo online", "16:02 Riley Fairweather did u finish it"), a notification's, a video call's name tag, a
    medal's or a certificate's name. Its first word is a given name (or a word no list knows,
    before a surname, a message in lower case or after a form's label), the others surnames or words no list knows; everyday words after it are
    left out ("Share", "Scan"), and a run with an everyday word, a big city or a country inside,
    or a famous name ("Taylor Swift"), is no one's name ("Happy Birthday", "Sri Lanka")."""
    from .. import lexicon as lists
    from ..truecase import LAST, MAJOR, PLACE, WORD, lexicon

    lex = lexicon()
    for m in _HEADED.finditer(text):
        # "van der", "Te" apart: a surname's particles are no everyday words
        words = [w for w in re.finditer(r"\S+", m.group("run")) if w.group().lower() not in _PARTICLES]
        bits = [lex.classes(w.group().lower()) for w in words]
        while len(words) > 2 and bits[-1] & WORD:
            words, bits = words[:-1], bits[:-1]
        name = m.group("run")[words[0].start() : words[-1].end()].lower()
        first, *rest = [w.group().lower() for w in words]
        if m.group("avatar") and m.group("avatar")[0].lower() != first[0]:
            continue  # not this name's avatar: a word before it ("Hi", "Go")
        last = bits[-1]
        if (
            not rest
            # after a form's label, and a given name that is no everyday word, a surname may be one
            # ("Name: Mia Brown"; not "Helpers: Sunny Hill")
            or any(b & (WORD | MAJOR) and not (m.group("label") and b & LAST and not bits[0] & WORD) for b in bits[1:])
            # a big city is a given name before a surname ("Santiago Whitfield", "Sydney Okafor")
            or (
                bits[0] & MAJOR
                and not (
                    given_name(first, lex)
                    and first not in lists.entries("countries")
                    and all(b & LAST or not b for b in bits[1:])
                )
            )
            or not (
                given_name(first, lex, everyday=True)
                # the lists may know a name only without its accent ("Sofía")
                or given_name(lists.unaccented(first), lex, everyday=True)
                or (not bits[0] and (last & LAST or m.group("label") or _says(text, m, words)))
            )
            or (last & PLACE and not last & LAST and not m.group("label"))
            or name in lists.entries("famous")
            or name in lists.entries("countries")
        ):
            continue
        yield m.start("run") + words[0].start(), m.start("run") + words[-1].end()


#: A phone's notification: the app's name in capitals heading a line, then its sender's one
#: name and their message in lower case ("SNAPCHAT Tamsin see u there").
_NOTIFIED = re.compile(rf"(?m)^[ \t]{{0,3}}[A-Z]{{3,12}}[ \t]{{1,3}}(?P<name>{_CAP_WORD})(?=[ \t]{{1,3}}[a-z0-9])")


def notified(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the one name a notification gives its sender, after the app's name in
    capitals and before a message in lower case: a given name (one that is also an everyday word
    too: the layout makes it a name, "Poppy") or a word no list knows, never a month or a day."""
    from ..truecase import lexicon
    from .ner_words import unheard

    lex = lexicon()
    for m in _NOTIFIED.finditer(text):
        low = m.group("name").lower()
        if (given_name(low, lex, everyday=True) or unheard(low, lex)) and low not in CALENDAR:
            yield m.span("name")
    # the sender before a ":" (a group's title may come first): a month's name is a name there
    for m in _NOTIFIED_SENDER.finditer(text):
        low = m.group("name").lower()
        if (given_name(low, lex, everyday=True) or unheard(low, lex)) and low not in _KIN:
            yield m.span("name")


#: ... or the sender's name and a ":" before the message, maybe after the group's title
#: ("WHATSAPP Tamsin: see u", "SNAPCHAT Year 5 chat Tamsin: hw is due").
_NOTIFIED_SENDER = re.compile(
    rf"(?m)^[ \t]{{0,3}}[A-Z]{{3,12}}[ \t]{{1,3}}(?:[^\n:]{{1,30}}[ \t])?(?P<name>{_CAP_WORD}):[ \t]{{1,3}}(?=\S)"
)
#: A family's word before the ":" ("Nana:", "Mum:"): a relative the phone saved, not a name.
_KIN = word_set("mum mom mam ma dad da papa mama nana nan nanna gran granny grandma grandpa grandad aunty auntie uncle")


#: What follows a chat's sender on its line: a message in lower case, or a status.
_SAYS = re.compile(r"[ \t]{1,3}(?:[a-z]{1,20}\b|[a-z]{0,20}\d)")


def _says(text: str, m: re.Match[str], words: list[re.Match[str]]) -> bool:
    """Whether the name ``words`` (in ``m``'s run) is followed on its line by lower-case words: a
    sender and their message ("Hamish Kovacic what r u doing"), names no list may know."""
    return _SAYS.match(text, m.start("run") + words[-1].end()) is not None


#: A surname in capitals, maybe with an "O'" before it or a hyphen inside ("NGATA", "O'KEEFE",
#: "KOWHAI-TANE").
CAPS_NAME = rf"(?:[{_UP}]{{2,15}}-[{_UP}]{{2,15}}|(?:[{_UP}]['’])?[{_UP}]{{3,15}})"
#: A word in capitals alone on its line over a number alone or an age group: a team shirt's back
#: ("NGATA" over "7"), a race bib ("412" over "NGATA"); a family's name on a mailbox or a network
#: ("The Okonjos", "Brennan Family").
_SHIRT = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?P<name>{CAPS_NAME})[ \t]{{0,3}}\n[ \t]{{0,3}}(?:\d{{1,2}}|[Uu]\d{{1,2}})[ \t]{{0,3}}$"
    # a race bib's: its number over the name (or shirts side by side: their numbers on one line)
    rf"|^[ \t]{{0,3}}\d{{1,5}}(?:[ \t]{{1,3}}\d{{1,2}}){{0,3}}[ \t]{{0,3}}\n[ \t]{{0,3}}(?P<bib>{CAPS_NAME})[ \t]{{0,3}}$"
)
#: A team shirt's club in capitals and the name printed under it, read as one line ("KELSO
#: ROVERS FC NGATA"), and the shirts' numbers alone on a line ("7", "16 13").
_CLUB_NAME = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?:[{_UP}]{{2,20}}[ \t]{{1,2}}){{1,5}}"
    r"(?:CLUB|FC|AFC|RFC|UNITED|ACADEMY|JUNIORS|RUGBY|NETBALL|FOOTBALL|HOCKEY|CRICKET|BASKETBALL|SOCCER)"
    rf"[ \t]{{1,2}}(?P<name>{CAPS_NAME})[ \t]{{0,3}}$"
)
_SHIRT_NUMBERS = re.compile(r"(?m)^[ \t]{0,3}\d{1,2}(?:[ \t]{1,3}\d{1,2}){0,3}[ \t]{0,3}$")
_FAMILY = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?P<name>The (?P<a>[{_UP}][{_LOW}]{{2,20}})s|(?P<b>[{_UP}][{_LOW}]{{2,20}}) Family)[ \t]{{0,3}}$"
)


def worn_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a name a thing shows as its owner's, in ``text`` as the picture shows
    it: a team shirt's name in capitals over its number ("NGATA" over "7"; no everyday word,
    big city, country, month or famous name: "HOME" over "3" is a scoreboard's), and a family's
    name ("The Okonjos", "Brennan Family": a surname or a word no list knows)."""
    from .. import lexicon as lists
    from ..truecase import LAST, MAJOR, WORD, lexicon

    lex = lexicon()
    public = lists.entries("famous") | lists.entries("countries")
    for m in _SHIRT.finditer(text):
        group = "name" if m.group("name") else "bib"
        word = m.group(group).lower()
        # a given name that is also a word is a name on a shirt ("RUBY" over "7"), "HOME" is not
        plain = not lex.classes(word) & (WORD | MAJOR) or given_name(word, lex, everyday=True)
        if plain and word not in CALENDAR and word not in public:
            yield m.span(group)
    # a shirt's club and name read as one line, the shirts' numbers on a line of their own
    shirts = _SHIRT_NUMBERS.search(text) is not None
    for m in _CLUB_NAME.finditer(text) if shirts else ():
        word = m.group("name").lower()
        plain = not lex.classes(word) & (WORD | MAJOR) or given_name(word, lex, everyday=True)
        if plain and word not in CALENDAR and word not in public:
            yield m.span("name")
    for m in _FAMILY.finditer(text):
        bits = lex.classes((m.group("a") or m.group("b")).lower())
        if (not bits or bits & LAST) and not bits & WORD and m.group("name").lower() not in public:
            yield m.span("name")


#: A title, initials and a surname: a teacher's or a coach's name on a certificate, a sign or a
#: flyer ("Principal: Ms K. O'Brien", "Dr. L. Okafor", "Mrs S. Raghavan", "Ms. Wong").
_TITLED = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t](?:[{_UP}]\.[ \t]?){{0,2}}"
    # maybe a possessive after it ("Miss Tane's class")
    rf"(?P<surname>{_CAP_STEM}(?![\w-]|['’](?![sS]\b)))"
)


def titled_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a title and a surname, maybe with initials between them, in ``text``
    as the picture shows it (capitals kept); no everyday word that is no surname ("Mr Men") and
    no famous name ("Dr Seuss", "Mr Bean")."""
    from .. import lexicon as lists
    from ..truecase import LAST, WORD, lexicon

    lex = lexicon()
    for m in _TITLED.finditer(text):
        bits = lex.classes(m.group("surname").lower())
        # a surname that is also a word is a teacher's ("Miss Tan", "Mr Brown"), a word that is
        # no surname is none ("Mr Men")
        # ... and any word is a surname when the staff member's role follows it ("Mr Park (Class
        # Teacher)", "Ms Rose, Principal")
        staff = (not bits & WORD or bits & LAST) or _ROLE_AFTER.match(text, m.end()) is not None
        if staff and lists.norm(m.group()).replace(".", "") not in lists.entries("famous"):
            yield m.span()


#: A staff member's role right after a title and a surname ("(Class Teacher)", ", Principal"),
#: or a timetable's room.
_ROLE_AFTER = re.compile(
    r"[ \t]{0,2}[(,][ \t]{0,2}(?i:class[ \t]teacher|teacher|principal|deputy[ \t]principal|head[ \t]?teacher|tutor"
    r"|coach|form[ \t]tutor)\b"
    # ... or the room a timetable gives the teacher ("Mrs Park Rm B23")
    r"|[ \t]{1,2}(?i:rm|room)\.?[ \t]?[A-Za-z]?\d{1,3}\b"
)


#: An age right after a name heading a profile's bio ("Leah Okonjo 9 | gamer", "12 y/o").
_BIO_AGE = re.compile(r"[ \t]{1,2}(?P<age>[4-9]|1[0-8])[ \t]{0,2}(?:\||y/?o\b|yrs?\b)")
#: A capitalised name right before the age a child turns ("Thandiwe turning 13", "Kiri turns 9").
_TURNING = re.compile(
    rf"(?<![\w'’])(?P<name>[{_UP}][{_LOW}]{{1,20}})[ \t]{{1,2}}(?:is[ \t]{{1,2}})?turn(?:s|ing)[ \t]{{1,2}}(?:[1-9]|1[0-8])\b"
)


def named_ages(text: str) -> Iterator[tuple[Kind, tuple[int, int]]]:
    """What a name says next to an age in ``text`` as the picture shows it: the age after a name
    heading a profile's bio (an AGE: "Leah Okonjo 9 | gamer"), and a capitalised name before the
    age a child turns (a PERSON: "Thandiwe turning 13"; no everyday word or big place: "Party
    turning 10", "Auckland turns 12"), and a bio's age before the child's school year (an AGE:
    "12 | Grade 7")."""
    from ..truecase import MAJOR, WORD, lexicon

    for _start, end in full_names(text):
        if m := _BIO_AGE.match(text, end):
            yield Kind.AGE, m.span("age")
    lex = lexicon()
    for m in _TURNING.finditer(text):
        if not lex.classes(m.group("name").lower()) & (WORD | MAJOR):
            yield Kind.PERSON, m.span("name")
    for m in _AGE_YEAR.finditer(text):
        yield Kind.AGE, m.span("age")


#: A bio's age set apart before the child's school year ("12 | Grade 7", "9 | Year 5").
_AGE_YEAR = re.compile(
    r"(?<![\w.:/+-])(?P<age>[4-9]|1[0-8])[ \t]{0,2}\|[ \t]{0,2}(?i:grade|year|yr|class|standard|form)[ \t]?\d"
)


#: Words in capitals, two to four, "'" and "-" inside ("OLIVER MITCHELL", "SIOBHAN O'CONNOR",
#: "SAOIRSE NI BHRIAIN"): a medal's, a trophy's, a name label's or a form's name.
_CAPS_RUN = re.compile(
    rf"(?<![\w'’-])[{_UP}][{_UP}'’-]{{1,20}}(?:[ \t]{{1,2}}[{_UP}][{_UP}'’-]{{0,20}}){{1,3}}(?![\w'’-])"
)
#: Particles inside a surname in capitals ("NI BHRIAIN", "VAN DER MERWE", "AL AMIN").
_CAPS_PARTICLES = _PARTICLES | {"ni", "nic", "mac", "mc", "o", "ap", "ben"}


def capital_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a full name in capitals in ``text`` as the picture shows it: a given
    name (the lists' own, never one that is also an everyday word: "GRACE", "HOPE") and one to
    three surnames or words no list knows after it ("RONAN MCCARTHY" on a trophy, "FOLAKE
    BALOGUN" on a name label); never an everyday word after it ("HAPPY BIRTHDAY", "TAYLOR
    SWIFT"), a big place, a country or a famous name."""
    from .. import lexicon as lists
    from ..truecase import MAJOR, WORD, lexicon

    lex = lexicon()
    public = lists.entries("famous") | lists.entries("countries")
    for m in _CAPS_RUN.finditer(text):
        words = list(re.finditer(r"\S+", m.group()))
        for i, first in enumerate(words[:-1]):
            low_first = first.group().lower()
            # the lists may know a name only without its accent ("ANDRÉ")
            given = given_name(low_first, lex) or given_name(lists.unaccented(low_first), lex)
            if not given or low_first in CALENDAR:
                continue
            j = i + 1
            while j < len(words):
                low = words[j].group().lower()
                if low.strip("'’-") in _CAPS_PARTICLES and j + 1 < len(words):
                    j += 1
                    continue
                if lex.classes(low) & (WORD | MAJOR) or not low.replace("'", "").replace("’", "").isalpha():
                    break
                j += 1
            # ends on a surname (a particle alone is none)
            while j > i + 1 and words[j - 1].group().lower() in _CAPS_PARTICLES:
                j -= 1
            if j == i + 1:
                continue
            name = " ".join(w.group().lower() for w in words[i:j])
            if name not in public:
                yield m.start() + first.start(), m.start() + words[j - 1].end()
            break


#: A form's label for a person's name and its mark, a ":" or a required field's "*" ("First name
#: *", "Surname:"), then the value filled in: one to three capitalised words.
_NAME_FIELD = re.compile(
    rf"\b(?i:first name|last name|surname|family name|given names?|full name|child's name|middle name"
    # a form's name of the child or of a grown-up ("Parent/Guardian name:", "Student name:")
    rf"|(?:parent|guardian|carer|student|pupil|player)(?:[ \t]?/[ \t]?(?:parent|guardian|carer))?['’]?s?[ \t]name"
    # a form's grown-up by role and number alone, before its mark ("Parent/Guardian 1: <name>")
    rf"|(?:parent|guardian|carer)(?:[ \t]?/[ \t]?(?:parent|guardian|carer))?[ \t]?[1-3](?=[ \t]{{0,2}}:)"
    # a consent slip's signature ("Signed: <surname>")
    rf"|signed|signature|for my (?:child|son|daughter)"
    # a card's bare "Name" alone on its line over the value ("NAME" over "<name>")
    rf"|(?<![^\n])[ \t]{{0,3}}name(?=[ \t]{{0,3}}\n))"
    # (looked ahead: the value's words may hold the next label's "Last", "Last name * Leota")
    # its mark, or none when the value stands on the next line (a form's field under its label)
    rf"(?:[ \t]{{0,2}}[:*][ \t]{{0,3}}|[ \t]{{0,2}}\n[ \t]{{0,3}}"
    # or no mark: a consent slip's sentence ("I give permission for my child <name> Year/Class:
    # ..."), an app's form whose labels the OCR read in one line with their values ("Full name
    # <name> Email ...")
    rf"|(?:(?<=child)|(?<=son)|(?<=daughter)|(?<=name))[ \t]{{1,2}})"
    rf"(?=(?P<value>{_CAP_WORD}(?:[ \t]{{1,2}}{_CAP_WORD}){{0,2}}))"
)


def form_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the name filled in after a form's name label ("First name * Pele",
    "Last name: Castillo", "Surname" over "Castillo"), in ``text`` as the picture shows it: whatever the name (a famous
    one's too: a form asks the child's), up to the form's next label ("Last name", "Date of
    birth"), never an everyday word that is no name ("Name: Submit")."""
    from ..truecase import FIRST, LAST, WORD, lexicon

    lex = lexicon()
    for m in _NAME_FIELD.finditer(text):
        words = list(re.finditer(r"\S+", m.group("value")))
        # the next label's first word ends the value ("Pele Last name", "Leota Date of birth",
        # "Kehoe Parent/Guardian 2:")
        keep = []
        for w in words:
            rest = text[m.start("value") + w.end() : m.start("value") + w.end() + 12].lower()
            if rest.startswith((" name", " of birth", ":", " *", "/")) and keep:
                break
            keep.append(w)
        bits = [lex.classes(w.group().lower()) for w in keep]
        # an everyday word ending it is the next label's ("Ngata Username"), no more of the name
        while len(keep) > 1 and bits[-1] & WORD and not bits[-1] & (FIRST | LAST):
            keep, bits = keep[:-1], bits[:-1]
        if keep and all(not b & WORD or b & (FIRST | LAST) for b in bits):
            yield m.start("value") + keep[0].start(), m.start("value") + keep[-1].end()


#: What a name label says besides its owner's name: "if found, call ...", "please return to".
_IF_FOUND = re.compile(r"(?i)\bif[ \t]?found|please return|belongs[ \t]to|return to")
#: The name heading a label: one to three words, capitalised or in capitals, after a sticker's
#: star or bullet ("★ Palesa Molefe", "KABIR", "FOLAKE BALOGUN").
_LABEL_HEAD = re.compile(
    rf"[ \t]{{0,3}}(?:[★☆•*♥❤][ \t]{{0,2}})?(?P<name>[{_UP}][{_UP}{_LOW}'’-]{{1,20}}(?:[ \t][{_UP}][{_UP}{_LOW}'’-]{{1,20}}){{0,2}})"
    r"(?=[ \t\n]|$)"
)


def label_owner(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the name heading a name label (the picture says "if found" or "please
    return", a lunch box's, a bag's or a bottle's sticker: "Kabir" over "Grade 9 ... If found
    call"): its first words, each a given name, a surname or a word no list knows (never an
    everyday word: "Lunch", "Property of")."""
    from ..truecase import FIRST, LAST, WORD, lexicon

    if not _IF_FOUND.search(text):
        return
    m = _LABEL_HEAD.match(text)
    if not m:
        return
    lex = lexicon()
    words = list(re.finditer(r"\S+", m.group("name")))
    keep = []
    for w in words:
        bits = lex.classes(w.group().lower())
        if bits & WORD and not bits & (FIRST | LAST):
            break
        keep.append(w)
    if keep:
        yield m.start("name") + keep[0].start(), m.start("name") + keep[-1].end()


#: A line that is an avatar's initials alone ("NM", "Kt"), and a line that is a name of two words
#: to four ("Nomvula Moyo", "Ana de Souza").
_INITIALS_LINE = re.compile(r"(?m)^[ \t]{0,3}(?P<initials>[A-Z][A-Za-z])[ \t]{0,3}$")
_NAME_ROW = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?P<name>{_CAP_WORD}(?:[ \t]{{1,2}}(?:[a-z]{{1,3}}[ \t]{{1,2}}){{0,2}}{_CAP_WORD}){{1,3}})[ \t]{{0,3}}$"
)
#: Lines between an avatar's initials and its name: a call's or a list's tiles read in columns.
_AVATAR_GAP = 3


def avatar_rows(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a name alone on its line whose initials a line just above shows alone
    (an avatar: "NM" over "Nomvula Moyo" in a video call's tiles, a contact list): the two
    say a person, whatever lists know the words (no everyday word: "Game Master" under "GM")."""
    from ..truecase import FIRST, LAST, WORD, lexicon

    lex = lexicon()
    # each avatar's initials with the number of its line
    avatars = [(text.count("\n", 0, m.start()), m.group("initials").upper()) for m in _INITIALS_LINE.finditer(text)]
    if not avatars:
        return
    for m in _NAME_ROW.finditer(text):
        words = [w for w in m.group("name").split() if w[0].isupper()]
        initials = words[0][0] + words[-1][0]
        line = text.count("\n", 0, m.start())
        near = any(a == initials and 0 < line - at <= _AVATAR_GAP for at, a in avatars)
        everyday = any(lex.classes(w.lower()) & WORD and not lex.classes(w.lower()) & (FIRST | LAST) for w in words)
        if near and not everyday:
            yield m.span("name")


#: Words a printed page numbers ("Page 14", "Chapter 9"): no name.
_NUMBERED = word_set("page chapter lesson unit level round step part week day room gate platform row seat table track")
_AGE = r"(?:[1-9]|1[0-8])"
_AGE_LINE = re.compile(rf"[ \t]{{0,3}}{_AGE}[ \t]{{0,3}}")
#: A line that is a name alone, maybe with an age after it.
_NAME_AGE = re.compile(rf"[ \t]{{0,3}}(?P<name>[^\W\d_]{{2,20}})(?:[ \t]{{1,3}}(?P<age>{_AGE}))?[ \t]{{0,3}}")


def name_over_age(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """``((name start, end), (age start, end))`` for each line that is one given name (the
    names lexicon's, no month or day) over a line that is a number from 1 to 18, or followed
    by that number on its line ("Benjamin 9": the OCR reads a topper as one block)."""
    from ..truecase import FIRST, lexicon

    words = lexicon().words
    lines = line_spans(text)
    for k, (a, b) in enumerate(lines):
        m = _NAME_AGE.fullmatch(text, a, b)
        if m and m.group("age"):
            name, age = m.span("name"), m.span("age")
        elif m and k + 1 < len(lines) and _AGE_LINE.fullmatch(text, *lines[k + 1]):
            c, d = lines[k + 1]
            name, age = m.span("name"), trimmed(text, c, d)
        else:
            continue
        word = text[name[0] : name[1]].lower()
        info = words.get(word)
        if word not in CALENDAR and word not in _NUMBERED and info is not None and info[0] & FIRST:
            yield name, age


#: A contact card's number line: "mobile 060 555 0174", "home: +27 82 ...".
_CONTACT_LINE = re.compile(r"[ \t]{0,3}(?:mobile|mob|cell|home|work|phone|tel|iphone)\b[^\n\d]{0,6}[+(]?\d")
_NAME_LINE = re.compile(r"[ \t]{0,3}[^\W\d_]{2,20}(?:[ \t'’-]{1,2}[^\W\d_]{1,20}){1,3}[ \t]{0,3}")


def contact_name(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a name of two to four words, the first a given name, alone on its line
    right over a phone number's line that starts with its label ("Ayanda Pillay" over "mobile
    060 555 0174")."""
    from ..truecase import lexicon

    lex = lexicon()
    for (a, b), (c, d) in pairwise(line_spans(text)):
        if not (_NAME_LINE.fullmatch(text, a, b) and _CONTACT_LINE.match(text, c, d)):
            continue
        if given_name(text[a:b].split()[0].lower(), lex, everyday=True):
            yield trimmed(text, a, b)


#: A group chat's members under its title, the user last as "You" ("Kiri Tane Moana You").
_MEMBERS = re.compile(rf"(?m)^[ \t]{{0,3}}(?P<names>(?:[{_UP}][{_LOW}]{{1,20}}[ \t,]{{1,3}}){{1,6}})You[ \t]*$")


def group_members(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each given name (or a word no list knows) in a group chat's row of
    members ending with "You" (``text`` as the picture shows it): the child's friends; never
    an everyday word ("Share Mute You")."""
    from ..truecase import WORD, lexicon
    from .ner_words import unheard

    lex = lexicon()
    for m in _MEMBERS.finditer(text):
        for w in re.finditer(r"[^\s,]+", m.group("names")):
            low = w.group().lower()
            if given_name(low, lex, everyday=False) or (unheard(low, lex) and not lex.classes(low) & WORD):
                yield m.start("names") + w.start(), m.start("names") + w.end()


#: A chat's header line: maybe the status bar's clock, the avatar's one or two letters, then a
#: name of one or two words alone on the line or before the contact's status ("9:41 KM Kiri Marsh",
#: "Z Zoë", "KM Kiri Marsh Active now"); a signal bar's
#: glyph the OCR reads after the clock may stand before the letters.
_AVATAR_HEADER = re.compile(
    rf"[ \t]{{0,3}}(?:\d{{1,2}}:\d{{2}}[ \t]{{1,3}})?(?:[^\sA-Za-z0-9]{{1,2}}[ \t]{{1,3}})?(?P<ini>[{_UP}]{{1,2}})[ \t]{{1,3}}"
    rf"(?P<name>{_CAP_STEM}(?:[ \t]{{1,2}}{_CAP_STEM})?)[ \t]{{0,3}}"
    # then maybe the contact's status ("Active now", "online", "typing...", "last seen 2h ago")
    r"(?:[ \t](?i:active[ \t]now|online|typing\.{0,3}|last[ \t]seen[^\n]{0,30})[ \t]{0,3})?"
)
#: Lines of a screenshot's top a chat's header stands in (the status bar's clock first).
_HEADER_LINES = 3


def avatar_headers(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the name a chat's header shows alone on one of the picture's first
    lines after its avatar's letters, when the letters are the name's own ("KM Kiri Marsh", "Z
    Zoë"): the contact, even with a surname that is an everyday word too or a name no list
    knows. A lone word must not be an everyday word only ("M Messages" is an app's title)."""
    from .. import lexicon as lists
    from ..truecase import WORD, lexicon

    lex = lexicon()
    pos = 0
    for line in text.split("\n")[:_HEADER_LINES]:
        m = _AVATAR_HEADER.fullmatch(line)
        if m is not None:
            words = m.group("name").split()
            first = lists.unaccented(words[0].lower())
            own = m.group("ini") == "".join(lists.unaccented(w[0]).upper() for w in words)
            given = given_name(first, lex, everyday=True)
            # the avatar's two letters, the header's given name alone ("KM Kiri"): a name of the lists
            own |= len(words) == 1 and len(m.group("ini")) == 2 and m.group("ini")[0] == first[0].upper() and given
            named = given or not lex.classes(first) & WORD
            if own and named and m.group("name").lower() not in lists.entries("famous"):
                yield pos + m.start("name"), pos + m.end("name")
        pos += len(line) + 1
