"""Conversations (issue 12): a meeting in person proposed right after the child told where they
are ("the one in" ... "brentwood" ... "ill look for u") is a move off the platform; the same words
after talk of no place are everyday chat. An "add me" right after its sender moved the chat to
another app is a move there too. Real scanners, no mocks."""

from __future__ import annotations

import pytest

from leakscan.conversation import Message, conversation_findings, messages_of
from leakscan.conversation.meeting import meeting_after_place
from leakscan.findings import Kind
from leakscan.settings import Settings

SETTINGS = Settings()


def them(text: str) -> dict[str, str]:
    """A message from someone else in the chat."""
    return {"from": "sam", "text": text}


def moves(context: list, text: str) -> list[str]:
    earlier = messages_of(context, SETTINGS)
    found, _ = conversation_findings(Message(text, sender="sam", ref=len(earlier)), earlier, SETTINGS)
    return [f.detail for f in found if f.kind is Kind.OFF_PLATFORM and f.is_span]


#: (earlier messages, someone else's message): a meeting proposed after the child told where they are
MEETINGS = [
    ([them("which rink do u skate at"), "the one in", "brentwood"], "cool ill look for u"),
    ([them("what park do u go to"), "near the lake in", "kelso"], "maybe ill see u there sometime"),
    ([them("where do u swim"), "the pool on", "ash st"], "nice, i'll say hi"),
    ([them("where do u hang out"), "mostly at the skatepark by", "the library"], "ok sunday?"),
    ([them("which school"), "westbrook on", "hill rd"], "ill come watch the next game"),
    # dropping in where the child is
    ([them("where r u lot hanging out"), "at the common", "near the bakery in", "ravensby"], "ill pop over 😎"),
    # on the way, standing somewhere there, or coming in Hinglish
    ([them("where r u at"), "the one in", "glenrowan"], "be there in 5 on the scooter"),
    ([them("which pool"), "the aquatic centre on", "quarry rd"], "cool ill be by the lockers after"),
    ([them("kidhar ho tum"), "at the ground", "near the mandir"], "mai bhi aa raha hu"),
]

#: (earlier messages, someone else's message): the same words with no place told before them
NOT_MEETINGS = [
    ([them("what level r u"), "like 40"], "cool ill look for u in the lobby"),
    ([them("when is the party"), "its on the 9th"], "friday?"),
    ([them("gg"), "that was fun"], "ill say hi to ur brother"),
    # the child told no place since the others' last message
    (["im in brentwood", them("cool"), "ya"], "ill look for u"),
    # the same words after talk of no place: a delivery, a score, a queue
    ([them("did u order it"), "ya"], "it'll be there in 3 days"),
    ([them("what mark did u get"), "a 7"], "mera bhi 7 aa raha hai"),
    ([them("gg"), "lol"], "ill be by the loot crate in game"),
]


@pytest.mark.parametrize(("context", "text"), MEETINGS)
def test_a_meeting_after_the_child_told_where_they_are_is_a_move(context: list, text: str) -> None:
    assert moves(context, text)  # (the move scanner may read it too: one finding either way is enough)
    earlier = messages_of(context, SETTINGS)
    assert [f.detail for f in meeting_after_place(Message(text, sender="sam"), earlier)] == ["meet"]


@pytest.mark.parametrize(("context", "text"), NOT_MEETINGS)
def test_the_same_words_after_no_place_move_nothing(context: list, text: str) -> None:
    earlier = messages_of(context, SETTINGS)
    assert meeting_after_place(Message(text, sender="sam"), earlier) == []


def test_a_grandparents_visit_is_the_familys_own_plan() -> None:
    earlier = messages_of([{"from": "nana", "text": "where is ur match"}, "the pitch on", "ash st"], SETTINGS)
    assert meeting_after_place(Message("ill come watch with ur dad", sender="nana"), earlier) == []


def test_the_childs_own_words_are_no_meeting() -> None:
    earlier = messages_of([them("where do u skate"), "the one in", "brentwood"], SETTINGS)
    assert meeting_after_place(Message("ill look for u"), earlier) == []


#: (earlier messages, someone else's "add me", whether it moves): "add me" right after its sender
#: moved the chat to an app is a request there; in the same game it is play.
ADDED_THERE = [
    ([them("typing here takes forever, discord is way easier"), "lol ok"], "its kip.draws add me", True),
    ([them("we should snap"), "maybe"], "add me then, same name as here", True),
    ([them("gg that was close"), "ya"], "add me for the next round", False),
    # an app named with no move ("i hate tiktok") is no move to it
    ([them("i hate tiktok lol"), "same"], "add me in game tho", False),
]


@pytest.mark.parametrize(("context", "text", "moved"), ADDED_THERE)
def test_add_me_right_after_a_move_to_an_app_is_a_move_there(context: list, text: str, moved: bool) -> None:
    assert ("move" in moves(context, text)) is moved


def test_add_me_back_after_the_childs_account_was_asked_follows_through() -> None:
    # the move was the ask for the child's account ("drop ur snap"); "add me back" after it is no new one
    context = [them("drop ur snap, ill send the clips"), "its rio", "_hops9"]
    assert "move" not in moves(context, "sweet. add me back")


#: (someone else's message, whether it moves): hanging out at a place named is a meeting proposed; a
#: school's break or a place in the game is not.
HANG_AT = [
    ("we should hang at the boat ramp sometime", True),
    ("lets hang by the lake after", True),
    ("wanna hang outside the library on sat", True),
    ("we can hang at lunch tho", False),
    ("we should hang at spawn", False),
    ("lets hang at the base in game", False),
]


@pytest.mark.parametrize(("text", "moved"), HANG_AT)
def test_hanging_out_at_a_place_named_is_a_meeting(text: str, moved: bool) -> None:
    assert ("meet" in moves([], text)) is moved
