"""What text read from a picture means beyond what the text scanners find in it.

A screenshot or a sign is laid out, not written: a name heads a chat or a profile with no "my
username is" before it, a poster repeats its phone number on tear-off strips the OCR reads
crooked, and a weather app puts a city over a temperature. :func:`~.pixel_text.scan_pixels_text`
asks :func:`laid_out` about the assembled text (:attr:`~.pixel_text.PixelText.text`, lines as
the picture shows them), which asks the layout's rules, one family to a module:

* :mod:`.screen_tags`: handles and gamer tags by their shape or where they stand, a
  handle-shaped word heading a line, after a lobby's rank or before a chat's time stamp
  (:func:`~.screen_tags.screen_names`: "bluebird_61 sent you a snap", "#2 kiri.moana.2013");
* :mod:`.screen_printed_names`: a person's name heading a line (a chat's header or sender, a
  notification, a name tag, a medal) or after a form's label, a title and a surname on a sign,
  a shirt's name over its number, a family's name, a given name over an age (a cake's topper),
  the name heading a phone's contact card;
* :mod:`.screen_people`: names with an initial, a chat's senders, a list of names, an owner's
  label, who to call, a birthday list, a device's owner, a name beside a handle;
* :mod:`.screen_ages`: a birthday's "Archie is 11", a name's school year, a team's "U11", a
  birth date in a picture about a birthday, the age a chat answers;
* :mod:`.screen_homes`: a house number's plaque beside or under a street's sign, a letterbox,
  a family's name on a door;
* :mod:`.screen_places`: a suburb's own venue, a home Wi-Fi network named after its family,
  where a child is from, a street's town, where a lost pet was last seen;
* :mod:`.screen_schools`: a school's name on a sign's two lines, in another language, after a
  form's label;
* :mod:`.screen_numbers`: another reading of a phone number the picture already shows, a
  poster's row of tear-off strips.

:func:`laid_out` turns the spans these rules find into findings beside the text scanners';
what a public picture shows everyone (:func:`~.screen_public.public_print`) is left out of both.
:func:`shown_again` finds a value found once, shown again elsewhere in the picture.
"""

from __future__ import annotations

import re

from ..findings import Finding, Kind
from ..settings import Settings
from .base import words as word_set
from .ner_words import given_name
from .screen_ages import (
    age_groups,
    answered_ages,
    answered_birthdays,
    banner_ages,
    birth_dates,
    birthday_is,
    dated_ages,
    dated_groups,
    greeted_ages,
    named_years,
    school_years,
    stated_ages,
)
from .screen_camel_tags import header_camels, status_camels
from .screen_cued_people import cared_for, more_senders, related_names, signed_roles
from .screen_homes import family_plaques, house_plaques, letterboxes, ordinal_streets
from .screen_numbers import header_numbers, repeats, tear_offs
from .screen_people import (
    awarded,
    bio_parts,
    birthday_ages,
    birthday_list,
    bracketed_names,
    called,
    chat_partners,
    comma_ages,
    device_owners,
    handle_names,
    initialled,
    listed,
    owners,
    phone_owner,
    planned,
    senders,
    shirt_rows,
    spans_of,
)
from .screen_places import (
    STREET_TYPES,
    bio_places,
    family_networks,
    from_places,
    last_seen,
    letterhead_town,
    library_towns,
    local_venues,
    school_towns,
    street_towns,
    suburb_of_city,
    town_after,
    training_grounds,
    venue_suburbs,
    watched_suburbs,
)
from .screen_printed_names import (
    avatar_headers,
    avatar_rows,
    capital_names,
    contact_name,
    form_names,
    full_names,
    group_members,
    label_owner,
    name_over_age,
    named_ages,
    notified,
    titled_names,
    worn_names,
)
from .screen_schools import form_clubs, junior_sides, labelled_schools, school_names, server_names, weekly_groups
from .screen_tags import (
    added,
    camel_senders,
    followed,
    gamer_tags,
    header_tags,
    labelled_tags,
    lobby_tags,
    screen_names,
    stamped_senders,
)


def laid_out(typed: str, text: str, found: list[Finding], settings: Settings) -> list[Finding]:
    """What the layout of a picture's text says beyond the text scanners (:mod:`.screen_text`):
    screen names heading a chat, a profile or a notification, a house number's plaque by a
    street's sign, a name over an age (a cake), a contact card's name or a name heading a line,
    a phone number read again. ``typed`` is the picture's text as the scanners read it
    (:func:`~.pixel_text.as_typed`), ``text`` the same as the picture shows it (capitals kept)."""
    chosen = set(settings.scanners)  # the scanners a user chose (none: all)
    spans: list[tuple[int, int, Kind, str]] = []
    boxes = list(letterboxes(text, typed))  # a letterbox under a street's sign: an address, a suburb, a family
    if not chosen or "handle" in chosen:
        spans += [(s, e, Kind.HANDLE, "handle") for s, e in screen_names(typed)]
        spans += [(s, e, Kind.HANDLE, "handle") for s, e in gamer_tags(text)]
        spans += [
            (s, e, Kind.HANDLE, "handle")
            for s, e in [
                *added(text),
                *stamped_senders(text),
                *followed(text),
                *labelled_tags(text),
                *header_tags(text),
                *camel_senders(text),
                *header_camels(text),
            ]
        ]
        if any(f.kind is Kind.HANDLE for f in found) or spans:
            # a lobby's or a friend list's other players, where the picture shows a tag already
            spans += [(s, e, Kind.HANDLE, "handle") for s, e in [*lobby_tags(text), *status_camels(text)]]
    if not chosen or "school" in chosen:
        spans += [(s, e, Kind.SCHOOL, "school") for s, e in school_names(text)]
    if not chosen or "address" in chosen:
        spans += [(s, e, Kind.ADDRESS, "address") for s, e in house_plaques(typed)]
        spans += [(s, e, kind, "address") for kind, (s, e) in ordinal_streets(typed)]
        spans += [(s, e, Kind.ADDRESS, "address") for kind, (s, e) in boxes if kind is Kind.ADDRESS]
        plaques = list(family_plaques(text))
        spans += [(s, e, Kind.ADDRESS, "address") for (s, e), _family in plaques]
        if not chosen or "ner" in chosen:
            spans += [(*family, Kind.PERSON, "ner") for _number, family in plaques if family]
        # the town after a street's address the scanners found ("41 Kowhai Close Tinwald")
        towns = [town_after(text, f.end or 0) for f in found if f.kind is Kind.ADDRESS]
        spans += [(s, e, Kind.ADDRESS, "address") for s, e in filter(None, towns)]
    if not chosen or "ner" in chosen:
        # a letterhead's town after its phone number; a street named without a number and its town
        towns = [letterhead_town(text, f.end or 0) for f in found if f.kind is Kind.PHONE]
        spans += [(s, e, Kind.LOCATION, "ner") for s, e in filter(None, towns)]
        for street, town in street_towns(text):
            spans += [(*street, Kind.LOCATION, "ner"), (*town, Kind.LOCATION, "ner")]
        spans += [(s, e, kind, "ner") for kind, (s, e) in boxes if kind is not Kind.ADDRESS]
    toppers = list(name_over_age(typed)) + list(comma_ages(text))
    ages = list(named_ages(text))
    if not chosen or "ner" in chosen:
        spans += [(s, e, Kind.PERSON, "ner") for s, e in contact_name(typed)]
        spans += [
            (s, e, Kind.PERSON, "ner")
            for s, e in [
                *full_names(text),
                *capital_names(text),
                *form_names(text),
                *label_owner(text),
                *avatar_rows(text),
                *avatar_headers(text),
                *group_members(text),
            ]
        ]
        spans += [(s, e, Kind.PERSON, "ner") for s, e in [*worn_names(text), *shirt_rows(text)]]
        spans += [(s, e, Kind.PERSON, "ner") for s, e in titled_names(text)]
        spans += [(s, e, kind, "ner") for kind, (s, e) in ages if kind is Kind.PERSON]
        spans += [(s, e, Kind.PERSON, "ner") for (s, e), _age in toppers]
        people = [*initialled(text), *senders(text), *owners(text), *called(text), *chat_partners(text)]
        people += [*notified(text), *device_owners(text), *handle_names(text, found, spans), *family_networks(text)]
        people += [*bracketed_names(text, found, spans), *planned(text), *awarded(text)]
        people += [*more_senders(text), *cared_for(text), *signed_roles(text), *related_names(text)]
        people += filter(None, (phone_owner(text, f.start or 0) for f in found if f.kind is Kind.PHONE))
        spans += [(s, e, Kind.PERSON, "ner") for s, e in people]
        spans += [(s, e, Kind.PERSON, "ner") for (s, e), _day in birthday_list(text)]
        spans += [(s, e, kind, "ner") for kind, (s, e) in bio_parts(text) if kind is Kind.PERSON]
        spans += [
            (s, e, Kind.ORG, "ner")
            for s, e in [*form_clubs(text), *server_names(text), *weekly_groups(text), *junior_sides(text)]
        ]
        spans += [
            (s, e, Kind.LOCATION, "ner")
            for s, e in [
                *from_places(text),
                *watched_suburbs(text),
                *local_venues(text),
                *suburb_of_city(text),
                *training_grounds(text),
                *library_towns(text),
                *bio_places(text),
            ]
        ]
        spans += [(s, e, Kind.LOCATION, "ner") for s, e in venue_suburbs(text)]
        # a school's town under its name (a letterhead, a sign)
        spans += [(s, e, Kind.LOCATION, "ner") for s, e in school_towns(text, spans_of(Kind.SCHOOL, found, spans))]
        # a bio's town after its age and a comma ("Aroha, 12 yrs old, Tinwald")
        towns = [
            town_after(text, f.end or 0) for f in found if f.kind is Kind.AGE and text[f.end or 0 :].startswith(",")
        ]
        spans += [(s, e, Kind.LOCATION, "ner") for s, e in filter(None, towns)]
        # a street where a pet was last seen is an address, a suburb or a town a place
        seen = [(s, e, text[s:e].lower().split()[-1].strip(".") in STREET_TYPES) for s, e in last_seen(text)]
        spans += [(s, e, Kind.ADDRESS if street else Kind.LOCATION, "ner") for s, e, street in seen]
        if any(f.kind is Kind.PERSON for f in found) or any(k is Kind.PERSON for _s, _e, k, _n in spans):
            # a name alone on its line, where the picture names people: a list of them
            spans += [(s, e, Kind.PERSON, "ner") for s, e in listed(text)]
    if not chosen or "age" in chosen:
        spans += [(s, e, Kind.AGE, "age") for _name, (s, e) in toppers]
        spans += [(s, e, Kind.DATE_OF_BIRTH, "age") for s, e in [*birth_dates(typed), *answered_birthdays(typed)]]
        spans += [(s, e, Kind.AGE, "age") for s, e in age_groups(typed)]
        spans += [(s, e, kind, "age") for kind, (s, e) in ages if kind is Kind.AGE]
        spans += [(s, e, Kind.AGE, "age") for s, e in [*answered_ages(typed), *dated_ages(typed, found, spans)]]
        spans += [(s, e, Kind.AGE, "age") for s, e in [*stated_ages(typed), *greeted_ages(typed), *banner_ages(text)]]
        spans += [(s, e, kind, "age") for kind, (s, e) in bio_parts(text) if kind is Kind.AGE]
        spans += [(s, e, Kind.DATE_OF_BIRTH, "age") for _name, (s, e) in birthday_list(text)]
        spans += [(s, e, Kind.AGE, "age") for _name, (s, e) in birthday_ages(text)]
        # a birthday's "Archie is 11", a name's school year, a form row's age group after a birth date
        names = spans_of(Kind.PERSON, found, spans)
        spans += [
            (s, e, Kind.AGE, "age") for s, e in [*birthday_is(text), *named_years(text, names), *dated_groups(text)]
        ]
        # a school's year group after its name ("<school> Year 8 trip forms due")
        spans += [(s, e, Kind.AGE, "age") for s, e in school_years(text, spans_of(Kind.SCHOOL, found, spans))]
    if not chosen or "school" in chosen:
        # a name label's school after the child's name and year ("Tui Kake Year 6·Kowhai")
        spans += [(s, e, Kind.SCHOOL, "school") for s, e in labelled_schools(text, spans_of(Kind.PERSON, found, spans))]
    numbers = {"".join(c for c in f.text if c.isdigit()) for f in found if f.kind is Kind.PHONE}
    again = list(repeats(typed, numbers))
    spans += [(s, e, Kind.PHONE, "phone") for s, e in again]
    spans += [(s, e, Kind.PHONE, "phone") for s, e in header_numbers(typed)]
    spans += [(s, e, Kind.PHONE, "phone") for s, e in tear_offs(typed, numbers, again)]
    # what the scanners read stays theirs; an address may hold a place, and a value of the same
    # kind a scanner cut short of its digits ("fc" of "fc 9556-7656-7830") is the layout's whole
    # one: its box covers the rest
    taken = [(f.start or 0, f.end or 0, f.kind) for f in found]
    out = []
    for start, end, kind, scanner in spans:
        if not any(
            s < end
            and start < e
            and (k is kind or kind is not Kind.ADDRESS)
            and not _longer(typed, start, end, kind, s, e, k)
            for s, e, k in taken
        ):
            out.append(Finding(kind=kind, text=typed[start:end], start=start, end=end, scanner=scanner, confidence=0.8))
            taken.append((start, end, kind))
    return out


def _longer(typed: str, start: int, end: int, kind: Kind, s: int, e: int, k: Kind) -> bool:
    """Whether the span ``start:end`` of ``kind`` holds the whole of ``s:e`` of the same kind and
    digits more (a code's or a number's rest: "fc" of "fc 9556-7656-7830"; a name's extra words,
    "congratulations isabella moore", are no more of it)."""
    more = typed[start:s] + typed[e:end]
    return kind is k and start <= s and e <= end and any(c.isdigit() for c in more)


#: Kinds whose value, found once, is the same secret wherever else the picture shows it (not an
#: age or a date: "9" or "june" elsewhere is not the same one).
_AGAIN_KINDS = (Kind.PERSON, Kind.HANDLE, Kind.EMAIL, Kind.URL, Kind.ADDRESS, Kind.SCHOOL, Kind.LOCATION, Kind.ORG)
#: ... from this many letters and digits (an initial or a short word is found in many words).
_AGAIN_CHARS = 4
#: ... or this many, for a person's name found alone ("Mei", "Leo": a child's short given name is
#: as much the same child on the picture's other lines; the scan found it a person once).
_AGAIN_NAME_CHARS = 3


#: The words that say what kind of school a name is ("... high school", "... college").
_SCHOOL_KINDS = word_set(
    "school primary high middle junior senior secondary grammar elementary intermediate college academy"
    " state public international community kindergarten preschool ps ns hs"
)


def _school_stem(value: str, lex: object) -> str:
    """A school's own name in ``value`` (lower case) before its kind: one or two words, not all
    of them everyday words ("rata hill", never "green park"), of five letters or more in all
    ("" when there is none)."""
    from ..truecase import WORD

    words = value.split()
    k = next((i for i, w in enumerate(words) if w.strip(".,'’") in _SCHOOL_KINDS), 0)
    stem = words[:k]
    if not 1 <= len(stem) <= 2 or sum(len(w) for w in stem) < 5:
        return ""
    if not all(w.isalpha() for w in stem) or all(lex.classes(w) & WORD for w in stem):  # type: ignore[attr-defined]
        return ""
    return " ".join(stem)


#: The words the OCR glues to a name before them in a small, dense paragraph ("<name>hashad a
#: great year", "<name>isalways kind"): a report's comment on the child it names.
_GLUED_VERB = r"(?=(?:has|had|is|was|works|worked|shows|showed|always|needs|should)[a-z]{0,30}(?![\w@/-]))"
#: A link's account: after its "@", or the one piece of its path ("youtube.com/@mere.draws",
#: "linktr.ee/merecodes").
_ACCOUNT = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]{1,30}(?:\.[a-z]{2,6}){1,2}/@?(?P<who>[\w.-]{2,40})/?$")


def shown_again(typed: str, found: list[Finding]) -> list[Finding]:
    """Each other place ``typed`` (the picture's text as the scanners read it) shows the value of
    one of ``found``, as a whole word, where no finding is: a name heading a chat and again by a
    message, a handle in a lobby and in its chat, a person's given name alone (not one that is
    also an everyday word: "Hope", "Rose"), a school's own name without its kind, a link's
    account alone (a handle), an address's street without its number (a street's sign). The same secret shown twice must be covered
    twice (and a copy showing it still is refused); a person's name found alone counts from three
    letters ("Mei"), any other value from four."""
    from ..truecase import lexicon

    lex = lexicon()
    taken = [(f.start or 0, f.end or 0) for f in found]
    out = []
    for f in found:
        value = typed[f.start or 0 : f.end or 0]
        least = _AGAIN_NAME_CHARS if f.kind is Kind.PERSON and value.isalpha() else _AGAIN_CHARS
        if f.kind not in _AGAIN_KINDS or sum(c.isalnum() for c in value) < least:
            continue
        values = [value]
        # a person's given name alone, elsewhere, is the same child ("Kiri Tane" then "Kiri: ...")
        first = value.split()[0] if f.kind is Kind.PERSON and " " in value else ""
        if len(first) >= _AGAIN_NAME_CHARS and given_name(first, lex):
            values.append(first)
        # a school's own name without its kind, alone elsewhere ("rata hill high school", then
        # "everyone at rata hill"): the same school, unless it is an everyday word ("green")
        stem = _school_stem(value, lex) if f.kind is Kind.SCHOOL else ""
        if stem:
            values.append(stem)
        # a link's account, alone elsewhere ("tiktok.com/@mere.draws" and "mere.draws" heading a list)
        account = _ACCOUNT.search(value) if f.kind is Kind.URL else None
        if account and sum(c.isalnum() for c in account.group("who")) >= _AGAIN_CHARS:
            values.append(account.group("who"))
        # an address's street alone elsewhere ("77 mill avenue" on the plaque, "mill avenue" on the
        # street's sign over it): the child's street
        street = value.split()[1:] if f.kind is Kind.ADDRESS and value[:1].isdigit() else []
        if len(street) >= 2 and street[-1].strip(".,") in STREET_TYPES and "\n" not in value:
            values.append(" ".join(street).strip(".,"))
        for again in values:
            kind = Kind.HANDLE if account and again == account.group("who") else f.kind
            pattern = rf"(?<![\w@./-]){re.escape(again)}(?![\w@/-]|\.\w)"
            # a given name glued to the verb after it, as the OCR reads a dense comment
            if f.kind is Kind.PERSON and again.isalpha() and given_name(again, lex):
                pattern += rf"|(?<![\w@./-]){re.escape(again)}{_GLUED_VERB}"
            for m in re.finditer(pattern, typed):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    out.append(f.with_(kind=kind, text=m.group(), start=m.start(), end=m.end(), confidence=0.8))
                    taken.append(m.span())
    return out
