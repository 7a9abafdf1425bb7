"""Conversations (issue 12): a leak the child tells on over their next messages (the town or the
postcode after a street, the year after a birthday, the handle's next piece, when they are at a
place), and a piece that ends on a joining word ("the high school on") whose leak is the next
message's. Real scanners, the real spaCy model, no mocks."""

from __future__ import annotations

import pytest

from leakscan.conversation import Message, chat, conversation_findings, messages_of
from leakscan.conversation.told_on import FURTHER, PLACE_GUESS, _core, dangling
from leakscan.findings import Kind
from leakscan.posts import scan_text
from leakscan.settings import Settings

SETTINGS = Settings()


def them(text: str) -> dict[str, str]:
    """A message from someone else in the chat."""
    return {"from": "sam", "text": text}


def leaks(context: list, post: str) -> list[tuple[Kind, str, tuple]]:
    result = scan_text(post, SETTINGS, context=context)
    return [(f.kind, f.text, f.parts) for f in result.findings if f.parts and f.is_span]


#: (earlier messages, the child's post, kind, parts: context indexes among the parts)
TOLD_ON = [
    # the postcode after the number, the street and the town
    ([them("where do i post ur parcel"), "42", "larkspur road", "leeds LS6"], "3QT", Kind.ADDRESS, [1, 2, 3]),
    # the street after the house number, a guess at it between
    ([them("whats ur address"), "58", them("is it elm st")], "nah hazel lane, fernhill", Kind.ADDRESS, [1]),
    # the age turned after the day and the month
    ([them("when is ur bday"), "its the 9th", "of june"], "turning 12", Kind.DATE_OF_BIRTH, [1, 2]),
    # the year after the day and the month
    ([them("when is ur bday"), "its march", "21"], "2013", Kind.DATE_OF_BIRTH, [1, 2]),
    # when the child is there, after the place
    (
        [them("which skatepark do u go to"), "the one in", "brentwood"],
        "we go there every sunday",
        Kind.LOCATION,
        [2],
    ),
    # the place a piece dangling on a place word goes on to
    ([them("what school u at"), "st brendans in"], "kilcarra", Kind.SCHOOL, [1]),
    ([them("what school u at"), "the primary school on"], "marlow pde", Kind.SCHOOL, [1]),
    # the town after a landmark's street
    ([them("which pool do u train at"), "the aquatic centre on", "ferris st"], "in wollongong", Kind.LOCATION, [1, 2]),
    # the town after the street, and which house it is after it
    (
        [them("where do i send the card"), "its 9", "wren close"],
        "in hamilton, the one with the green gate",
        Kind.ADDRESS,
        [1, 2],
    ),
    # the town after the street, a guess at where between
    (
        [them("where do i send the card"), "its 9", "wren close", them("near the station?")],
        "ya timaru",
        Kind.ADDRESS,
        [1, 2],
    ),
    # the handle's next piece, an emoji after it
    ([them("whats ur tiktok"), "its maya", "_sings"], "_09 ✨", Kind.HANDLE, [1, 2]),
    # the handle's next piece, which account it is after it
    ([them("whats ur insta"), "its maya", ".sings"], "_09 the one with the cat pic", Kind.HANDLE, [1, 2]),
    # the age turned after the month and the day, laughing
    ([them("when is ur bday"), "its april", "the 3rd"], "and im turning 11 lol", Kind.DATE_OF_BIRTH, [1, 2]),
    # a town the lexicon does not know, put as a town is: after "in", or before landmarks near it
    ([them("where do i drop the invite"), "its 12", "mopani ave"], "in zwartdrift, by the spar", Kind.ADDRESS, [1, 2]),
    (
        [them("where do i drop the invite"), "its 12", "mopani ave"],
        "zwartdrift, near the robots by the church",
        Kind.ADDRESS,
        [1, 2],
    ),
    # which of the places, by the street beside it
    (
        [them("which pool do u swim at"), "the one in", "lindenvale"],
        "the big one behind the bakery on kestrel rd",
        Kind.LOCATION,
        [2],
    ),
]

#: (earlier messages, the child's post): what looks like more, and is not
NOT_TOLD_ON = [
    # the answer to a new question between ("how old r u"), not more of the number
    ([them("whats ur number"), "its 083", "555", "0192", them("how old r u")], "12"),
    # a word after the address: no more of where the house is
    ([them("whats ur address"), "16", "tawa grove"], "thats all"),
    # a landmark's street alone: one of many
    ([them("which gym do u train at"), "the sports centre on"], "fenwick ave"),
    # nothing before it leaked
    (["lol", "that was funny"], "2014"),
    # laughter after a leak is no more of it
    ([them("whats ur address"), "16", "tawa grove"], "haha lol"),
    # a guess at where, answered with no place
    ([them("whats ur address"), "16", "tawa grove", them("near the mall?")], "idk lol"),
    # a piece dangling: its leak is the next message's
    ([them("whats ur snap"), "its"], "jk its"),
    # an everyday word is no town, landmark or not
    ([them("where do i drop the invite"), "its 12", "mopani ave"], "later, by the way"),
    ([them("where do i drop the invite"), "its 12", "mopani ave"], "in trouble lol"),
]


def contact(context: list, sender: str, text: str) -> list[Kind]:
    """The kinds of the leaks across messages in ``sender``'s message ``text`` after ``context``."""
    earlier = messages_of(context, SETTINGS)
    found, _ = conversation_findings(Message(text, sender=sender, ref=len(earlier)), earlier, SETTINGS)
    return [f.kind for f in found if f.parts and f.is_span]


#: (earlier messages, the same sender's message, the kinds it tells on): someone else's own account
#: or number given in pieces for the child to add tells on too; where they live does not.
OTHERS_CONTACT = [
    ([them("add me on discord"), them("its kestrel"), them(".plays")], "_4471", [Kind.HANDLE]),
    ([them("where do u live"), "idk", them("im at 14"), them("mopani ave")], "in zwartdrift", []),
]


@pytest.mark.parametrize(("context", "text", "kinds"), OTHERS_CONTACT)
def test_someone_elses_contact_in_pieces_tells_on(context: list, text: str, kinds: list) -> None:
    assert [k for k in contact(context, "sam", text) if k in (Kind.HANDLE, Kind.ADDRESS)] == kinds


@pytest.mark.parametrize(("context", "post", "kind", "parts"), TOLD_ON)
def test_a_further_piece_tells_on_the_leak(context: list, post: str, kind: Kind, parts: list) -> None:
    found = [(k, text, p) for k, text, p in leaks(context, post) if k is kind]
    assert found, leaks(context, post)
    assert set(parts) <= set(found[0][2])


@pytest.mark.parametrize(("context", "post"), NOT_TOLD_ON)
def test_talk_after_a_leak_tells_nothing_more(context: list, post: str) -> None:
    assert leaks(context, post) == []


@pytest.mark.parametrize(("context", "post", "kind", "parts"), TOLD_ON)
def test_a_chat_sent_again_further_on_is_not_read_again(
    context: list, post: str, kind: Kind, parts: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A context without ids numbers its messages by position. Sent again with its oldest messages
    # gone (the service's usual request), the reading kept of the piece before is used, and names
    # the parts where they are now.
    reads: list[str] = []
    read = chat._read
    monkeypatch.setattr(chat, "_read", lambda m, *a, **k: reads.append(m.text) or read(m, *a, **k))
    history = [them(f"game {i} was fun") for i in range(12)] + context
    first = [p for k, _, p in leaks(history, post) if k is kind]
    before = len(reads)
    again = [p for k, _, p in leaks(history[4:], post) if k is kind]
    assert first and {i + 12 for i in parts} <= set(first[0])
    assert again and again[0] == tuple(i - 4 for i in first[0])
    assert len(reads) == before  # the earlier message's reading was kept, not read again


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the high school on", True),
        ("in the arena by", True),
        ("jk its", True),
        ("its mila.k@", True),
        ("at yahoo dot in", False),  # an e-mail's country
        ("we live in leeds", False),
        ("on", True),
        ("hazel lane", False),
    ],
)
def test_dangling(text: str, expected: bool) -> None:
    assert dangling(text) is expected


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (Kind.ADDRESS, "2K9", True),
        (Kind.ADDRESS, "postcode is SW9", True),
        (Kind.ADDRESS, "near the servo", False),
        (Kind.ADDRESS, "ok", False),
        (Kind.DATE_OF_BIRTH, "2012", True),
        (Kind.DATE_OF_BIRTH, "turning 11", True),
        (Kind.DATE_OF_BIRTH, "im turning 11", True),
        (Kind.DATE_OF_BIRTH, "im tired", False),
        (Kind.DATE_OF_BIRTH, "lol", False),
        (Kind.HANDLE, "_keeper", True),
        (Kind.HANDLE, "2013", True),
        (Kind.HANDLE, "cool", False),
        (Kind.EMAIL, "yahoo.ca", True),
        (Kind.EMAIL, "ok then", False),
        (Kind.LOCATION, "we r there most sat", True),
        (Kind.LOCATION, "we went there once", False),
        (Kind.SCHOOL, "juniors", True),
        (Kind.SCHOOL, "its boring", False),
    ],
)
def test_further_pieces(kind: Kind, text: str, expected: bool) -> None:
    assert (FURTHER[kind].match(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("_07 ✨", "_07"),
        ("the 27th lol", "the 27th"),
        ("in hamilton, the one with the green gate", "in hamilton"),
        ("glenmaire, near the school", "glenmaire"),
        ("ill be 13 this year", "ill be 13"),
        ("x", "x"),  # all of it: no trailer left out
        ("lollipop lane", "lollipop lane"),
    ],
)
def test_what_closes_a_piece_is_left_out(text: str, core: str) -> None:
    assert _core(text) == core


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("near the co-op?", True),
        ("is it by the station??", True),
        ("near u?", False),
        ("near the end lol", False),
        ("where?", False),
    ],
)
def test_a_guess_at_where(text: str, expected: bool) -> None:
    assert (PLACE_GUESS.match(text) is not None) is expected
