"""What a message leaves for later, or asks of a thing (:mod:`leakscan.conversation.held`): invented chats."""

from __future__ import annotations

import pytest

from leakscan.conversation import Message, conversation_findings, messages_of
from leakscan.findings import Kind
from leakscan.posts import scan_text
from leakscan.settings import Settings

SETTINGS = Settings()


def them(text: str) -> dict[str, str]:
    """A message from someone else in the chat."""
    return {"from": "sam", "text": text}


def across(post: str, context: list, kind: Kind) -> list[str]:
    """The texts of ``kind`` leaks ``post`` completes across its ``context``."""
    result = scan_text(post, SETTINGS, context=context)
    return [f.text for f in result.findings if f.kind is kind and f.parts and f.is_span]


def asks(post: str, context: list) -> bool:
    """Whether someone else's ``post`` asks the child for a detail, in its ``context``."""
    earlier = messages_of(context, SETTINGS)
    found, _ = conversation_findings(Message(post, sender="sam", ref=len(earlier)), earlier, SETTINGS)
    return any(f.kind is Kind.ASKS_PII and f.start is not None for f in found)


#: (earlier messages, the child's bare street name after a bare house number): its type is still to come.
HELD = [
    ([them("what is ur address for the party cards"), "41"], "kestrel"),
    ([them("where do you live again"), "no. 7"], "wrenfield"),
    ([them("need ur address for the parcel"), "118"], "copper beech"),
]

#: (earlier messages, the child's post): the street is whole with its town, or its town comes after it.
NOT_HELD = [
    ([them("what is ur address for the party cards"), "41"], "kestrel drive, ashby"),
    ([them("where do you live again"), "no. 7", "wrenfield road"], "in larchmont"),
]


@pytest.mark.parametrize(("context", "post"), HELD)
def test_a_bare_street_name_after_a_bare_number_waits_for_its_type(context: list, post: str) -> None:
    assert across(post, context, Kind.ADDRESS) == []


@pytest.mark.parametrize(("context", "post"), NOT_HELD)
def test_a_typed_street_after_a_bare_number_is_an_address(context: list, post: str) -> None:
    assert across(post, context, Kind.ADDRESS)


def own_and_across(post: str, context: list, kind: Kind) -> tuple[list[str], list[str]]:
    """The texts of ``post``'s ``kind`` findings of its own (no ``parts``) and of its leaks across messages."""
    result = scan_text(post, SETTINGS, context=context)
    spans = [f for f in result.findings if f.kind is kind and f.is_span]
    return [f.text for f in spans if not f.parts], [f.text for f in spans if f.parts]


#: (earlier messages, the child's post, kind): a piece so far of a detail still being typed: a day
#: and a month with the year to come, a typed street after a bare number with its town to come, a
#: name and a joined word with the handle's digits to come. No leak across messages yet; the
#: piece is the post's own finding (it still blocks).
PIECES_SO_FAR = [
    ([them("when is ur bday, doing the team calendar"), "the 8th"], "of april", Kind.DATE_OF_BIRTH),
    ([them("whens ur birthday"), "sept"], "the 26th", Kind.DATE_OF_BIRTH),
    ([them("can i get ur address for the party invites"), "147"], "heron walk", Kind.ADDRESS),
    ([them("need ur address for the parcel"), "305"], "ferncliff ave", Kind.ADDRESS),
    ([them("whats ur insta"), "its nova"], ".sketches", Kind.HANDLE),
    ([them("got snap?"), "ya its tobin"], "_rafters", Kind.HANDLE),
    ([them("whats ur address, sending a card"), "58 tamsin"], "grove", Kind.ADDRESS),
    ([them("where do i post the prize"), "its 219 quillon"], "pike rd", Kind.ADDRESS),
    ([them("whats ur address for the card"), "31 korimako"], "street", Kind.ADDRESS),
    ([them("do u have tiktok? ill add u back"), "yep its marlo"], "_.kites", Kind.HANDLE),
    ([them("whats ur snap"), "its wren"], "underscore fox", Kind.HANDLE),
]

#: (earlier messages, the child's post, kind): the detail completed: the year, the age being turned,
#: the town, the digits, or a street with its town in one message.
COMPLETED = [
    ([them("when is ur bday, doing the team calendar"), "the 8th", "of april"], "2013", Kind.DATE_OF_BIRTH),
    ([them("whens ur birthday"), "2012"], "march 19", Kind.DATE_OF_BIRTH),
    ([them("whens ur birthday"), "sept"], "the 26th, turning 11", Kind.DATE_OF_BIRTH),
    ([them("can i get ur address for the party invites"), "147", "heron walk"], "ashcombe", Kind.ADDRESS),
    ([them("whats ur insta"), "its nova", ".sketches"], "_44", Kind.HANDLE),
    ([them("whats ur insta"), "its nova"], ".sketches44", Kind.HANDLE),
    ([them("whats ur address, sending a card"), "58 tamsin", "grove"], "in harwick", Kind.ADDRESS),
    ([them("whats ur address, sending a card"), "58 tamsin"], "grove, harwick", Kind.ADDRESS),
    ([them("do u have tiktok? ill add u back"), "yep its marlo", "_.kites"], "88", Kind.HANDLE),
    ([them("whats ur snap"), "its wren", "underscore fox"], "then 2015 at the end", Kind.HANDLE),
    (
        [them("need to check its really u, whats the email on the account"), "its brambleowl", "tam2011"],
        "@gmail.com",
        Kind.EMAIL,
    ),
]


#: (earlier messages, the child's post, whether it completes a handle): after an e-mail was asked, a
#: handle's look is the e-mail's name so far (its end to come); after an account was asked, a handle.
MAIL_NAME = [
    ([them("need to check its really u, whats the email on the account"), "its brambleowl"], "tam2011", False),
    ([them("whats ur snap"), "its brambleowl"], "tam2011", True),
]


@pytest.mark.parametrize(("context", "post", "expected"), MAIL_NAME)
def test_a_handle_s_look_after_an_email_asked_is_the_email_so_far(context: list, post: str, expected: bool) -> None:
    assert bool(own_and_across(post, context, Kind.HANDLE)[1]) is expected


@pytest.mark.parametrize(("context", "post", "kind"), PIECES_SO_FAR)
def test_a_piece_so_far_is_the_message_s_own_finding(context: list, post: str, kind: Kind) -> None:
    own, leaks = own_and_across(post, context, kind)
    assert leaks == []
    assert own == [post]
    result = scan_text(post, SETTINGS, context=context)
    assert result.verdict.value == "block"
    assert not [f for f in result.findings if f.parts and f.is_span]  # (nor read as a place across them)


@pytest.mark.parametrize(("context", "post", "kind"), COMPLETED)
def test_the_piece_completing_a_detail_is_a_leak_across_messages(context: list, post: str, kind: Kind) -> None:
    assert own_and_across(post, context, kind)[1]


#: (earlier messages, someone else's question, whether it asks the child's place)
WHICH_PART = [
    (["ugh the science quiz was so hard"], "which part", False),
    (["i cant get past this level"], "what part", False),
    ([them("what town r u in"), "kelvindale"], "which part", True),
]


@pytest.mark.parametrize(("context", "post", "expected"), WHICH_PART)
def test_which_part_of_a_thing_is_no_place_asked(context: list, post: str, expected: bool) -> None:
    assert asks(post, context) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("for the science fair wanna build it at ur place or mine", False),
        ("we can study at ur house or mine tmrw", False),
        ("whats ur address, i'll come to ur house", True),
    ],
)
def test_one_of_two_homes_to_meet_at_asks_nothing(text: str, expected: bool) -> None:
    assert asks(text, []) is expected


def moves(post: str, context: list) -> bool:
    """Whether someone else's ``post`` moves the chat off the platform, in its ``context``."""
    earlier = messages_of(context, SETTINGS)
    found, _ = conversation_findings(Message(post, sender="sam", ref=len(earlier)), earlier, SETTINGS)
    return any(f.kind is Kind.OFF_PLATFORM and f.start is not None for f in found)


#: (earlier messages, someone else's post, whether it moves the chat): an inbox to check right after
#: the child gave an e-mail is a delivery; with more asked after it, or with no e-mail given, a move.
INBOX = [
    ([them("whats ur email for the prize"), "its kestrel.b", "09 at swiftpost dot com"], "ok check ur inbox", False),
    ([them("email?"), "rowanq4@hotmail.com"], "great, check ur inbox now x", False),
    (
        [them("email?"), "rowanq4@hotmail.com"],
        "check ur inbox and reply to me there not here",
        True,
    ),
    ([them("hey"), "hi"], "check ur inbox", True),
]


@pytest.mark.parametrize(("context", "post", "expected"), INBOX)
def test_an_inbox_to_check_after_an_email_given_is_a_delivery(context: list, post: str, expected: bool) -> None:
    assert moves(post, context) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a detail alone, wanted for paperwork, the message opening on it (asks_forms)
        ("cheers. and ur bday for the sign up form", True),
        ("ok also a parent email for the permission slip", True),
        ("and your date of birth for verification", True),
        # the sender's own detail, or paperwork talked of: nothing asked
        ("i did the form with my email", False),
        ("lol ok. my birthday on the form was wrong", False),
        # the end of the child's school day, the message ending on it (asks_rules); not a level finished
        ("so what time do u finish?", True),
        ("what time do u finish the level", False),
    ],
)
def test_a_detail_wanted_for_paperwork_is_asked(text: str, expected: bool) -> None:
    assert asks(text, []) is expected
