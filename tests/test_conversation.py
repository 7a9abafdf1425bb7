"""Conversations (issue 12): a child's post checked in the context of the earlier messages.

Leaks spread over several messages of one sender are found on the message that completes
them, with their usual kind and the earlier messages that hold the rest (``parts``); someone
else's ask or move off the platform is carried into the child's reply, and the policy reads
the combination (a child answering an ask with a leak blocks; an ask with secrecy or a meeting
is high). Real scanners, the real spaCy model, no mocks.
"""

from __future__ import annotations

import pytest

from leakscan.conversation import LOOKBACK, Message, Threads, conversation_findings, messages_of
from leakscan.errors import InputError, LimitError
from leakscan.findings import Kind, Verdict
from leakscan.posts import scan_text
from leakscan.scanners.detect import detect_text
from leakscan.settings import Settings

SETTINGS = Settings()
CHAT_KINDS = {Kind.ASKS_PII, Kind.OFF_PLATFORM}


def them(text: str) -> dict[str, str]:
    """A message from someone else in the chat."""
    return {"from": "sam", "text": text}


# -- leaks across messages --------------------------------------------------------------------------------

#: (earlier messages, the child's post, kind, the part in the post, parts: context indexes holding the
#: rest: the child's own messages, never the others' ask)
ACROSS = [
    (["my cell is 917", them("cool"), "555"], "0138", Kind.PHONE, "0138", [0, 2]),
    (["my number is 917 555", them("ok")], "0138", Kind.PHONE, "0138", [0]),
    (["call me on (217)"], "555-0134 after 6", Kind.PHONE, "555-0134", [0]),
    ([them("whats ur email"), "jo dot k2013"], "at gmail dot com", Kind.EMAIL, "at gmail dot com", [1]),
    (["jo dot k 2013", them("?")], "at gmail dot com", Kind.EMAIL, "at gmail dot com", [0]),
    (["my email is mia.j2013", them("?")], "@gmail.com", Kind.EMAIL, "@gmail.com", [0]),
    # which e-mail said before it; the name's end typed with the "@" in the next message
    (["my school email is tom.r.hill", them("k")], "12@gmail.com", Kind.EMAIL, "12@gmail.com", [0]),
    # a birthday's day, then the month and the year with talk and an emoji
    (
        [them("who can come to my bday on sunday"), "me!! mines soon too, the 9th"],
        "of may lol, ill be 11, 2015 gang 😎",
        Kind.DATE_OF_BIRTH,
        "may lol, ill be 11, 2015",
        [1],
    ),
    (["we live at 18", them("where")], "birch lane", Kind.ADDRESS, "birch lane", [0]),
    (["my snap is", them("what")], "jakeyboi11", Kind.HANDLE, "jakeyboi11", [0]),
    (["we're on birch lane", them("what number")], "no 18", Kind.ADDRESS, "no 18", [0]),
    (["i live on maple street"], "number 22", Kind.ADDRESS, "number 22", [0]),
    (["my discord is shadowfox"], "#4412", Kind.HANDLE, "#4412", [0]),
    (
        ["my number is nine one seven", them("ok")],
        "five five five zero one three eight",
        Kind.PHONE,
        "five five five zero one three eight",
        [0],
    ),
    (["my postcode is LS6"], "2AB", Kind.ADDRESS, "2AB", [0]),
    (["i go to lincoln", them("the big one?")], "elementary", Kind.SCHOOL, "elementary", [0]),
    ([{"from": "child", "text": "my cell is 917 555", "id": "m7"}], "0138", Kind.PHONE, "0138", ["m7"]),
    # the town after a street given: the address goes on
    ([them("which street"), "harbour parade", "like 17"], "napier", Kind.ADDRESS, "napier", [1, 2]),
    ([them("where do i send it"), "22 kauri st", them("ok")], "in hamilton", Kind.ADDRESS, "hamilton", [1]),
    (["we live at 9 elm rd", them("cool")], "bristol", Kind.ADDRESS, "bristol", [0]),
    # where in the place the child just named or is at: a landmark narrows it down
    (["dunedin", them("nice")], "we live near the botanic garden", Kind.LOCATION, "near the botanic garden", [0]),
    (["im at the skate park", them("whereabouts")], "next to the library", Kind.LOCATION, "next to the library", [0]),
    (
        ["at the mall w my mum", them("which one")],
        "were in the food hall by the cinema",
        Kind.LOCATION,
        "by the cinema",
        [0],
    ),
    # a handle given in talk of accounts, then continued: by the child, or by someone else (their own)
    ([them("do u post ur art anywhere"), "ya its @moth"], "underscore draws 7", Kind.HANDLE, "underscore draws 7", [1]),
    ([them("ur edits r so good"), "on tiktok its kiri", them("ok")], ".edits_22", Kind.HANDLE, ".edits_22", [1]),
    # a handle in pieces: cut after a joiner, or spelled over an answer to the ask for it
    (["my snap is xX_", them("?")], "wolfie22", Kind.HANDLE, "wolfie22", [0]),
    ([them("whats ur snap"), "its shadow", them("shadow what")], "fox 4412", Kind.HANDLE, "fox 4412", [1]),
    ([them("u on insta?"), "ya", "mila"], "_rides07", Kind.HANDLE, "_rides07", [2]),
    # four pieces after the ask
    ([them("whats ur number"), "021", "47", "90"], "5", Kind.PHONE, "5", [1, 2, 3]),
    ([them("whats ur email"), "its sunny", "hyphen", "daisy"], "at live", Kind.EMAIL, "at live", [1, 2, 3]),
    # five messages after the ask; a provider of another country
    ([them("send ur email"), "yay", "its poppy", "dash", "rae"], "at live", Kind.EMAIL, "at live", [2, 3, 4]),
    (
        [them("u need an email for the sign up"), "mine is arjun", "mehta"],
        "at rediffmail",
        Kind.EMAIL,
        "at rediffmail",
        [1, 2],
    ),
    # a moment asked for ("k", "wait") answers nothing: the ask stays open past it
    ([them("send me ur snap"), "k", "zara", ".bear"], "12", Kind.HANDLE, "12", [2, 3]),
    # the child's own words open it: "my user is" ... "xX_" ... "wolfie22"; "user" is a handle's cue
    # as "snap" or "gamertag" is, so the parts are the value's pieces (the cue's message is no piece)
    (["my user is", them("?"), "xX_"], "wolfie22", Kind.HANDLE, "wolfie22", [2]),
    # an e-mail's name in two pieces, the second on a joiner, then its provider bare
    ([them("whats ur email"), "its benny", "_rt2013"], "bigpond dot com", Kind.EMAIL, "bigpond dot com", [1, 2]),
    (["my gamertag is", them("ok")], "nightowl 77", Kind.HANDLE, "nightowl 77", [0]),
    # a town or suburb: after the words that say so, or as the answer to where the child lives
    (["i live in", them("?")], "swindon", Kind.LOCATION, "swindon", [0]),
    (["my suburb is called", them("go on")], "ponsonby", Kind.LOCATION, "ponsonby", [0]),
    (["i live in port", them("port what")], "macquarie", Kind.LOCATION, "macquarie", [0]),
    # a town given since the ask, then the part of it: the answer is spread over both
    ([them("what city do u live in"), "auckland"], "the ponsonby side", Kind.LOCATION, "ponsonby", [1]),
    ([them("whats ur address"), "19 kauri crescent"], "postcode 0612", Kind.ADDRESS, "0612", [1]),
    # where the school just named is: the school's place completes it
    (["i go to st columba's", them("cool")], "the one in dalkey", Kind.SCHOOL, "dalkey", [0]),
    ([them("which school"), "oakfield primary"], "in ashburton", Kind.SCHOOL, "ashburton", [1]),
    # a handle's pieces with their symbols spelled out, or with words that say how they go together
    # (a spelled joined word with no digits yet is a piece so far: tests/test_conversation_held.py)
    ([them("whats ur tiktok"), "its rosie"], "dot skates11", Kind.HANDLE, "dot skates11", [1]),
    ([them("add me on insta wats urs"), "its tane"], "underscore 2013", Kind.HANDLE, "underscore 2013", [1]),
    ([them("whats ur snap"), "its mila", them("cute")], "then .rides_ at the end", Kind.HANDLE, ".rides_", [1]),
    (
        [them("whats ur discord"), "its otterking"],
        "otterking_44 with the underscore",
        Kind.HANDLE,
        "otterking_44",
        [1],
    ),
    ([them("whats ur insta"), "its wren"], "oh add .08 at the end", Kind.HANDLE, ".08", [1]),
    # the rest of the number after its first pieces; a school named by an Afrikaans word for school
    (["my mob is 0427", "118"], "902", Kind.PHONE, "902", [0, 1]),
    ([them("what school u go to"), "laerskool"], "die eike", Kind.SCHOOL, "die eike", [1]),
    # a birthday finished after the question
    (["i was born 2013", them("when tho")], "june 3", Kind.DATE_OF_BIRTH, "june 3", [0]),
    # a listed town after the street in the message before completes the address (in one post the
    # address scanner reports the town apart)
    (["we live at 12 wattle st"], "bankstown", Kind.ADDRESS, "bankstown", [0]),
    # an e-mail spelled out, or its provider alone after the name
    (["my email is liam", "underscore", "2013"], "at hotmail.com", Kind.EMAIL, "at hotmail.com", [0, 1, 2]),
    ([them("ur email?"), "emmak11"], "gmail", Kind.EMAIL, "gmail", [1]),
    ([them("whats ur email"), "its ruby dash b"], "at yahoo", Kind.EMAIL, "at yahoo", [1]),
    (["born in 2011", them("what day")], "the 9th of may", Kind.DATE_OF_BIRTH, "9th of may", [0]),
    (["i turn 12 on", them("when")], "march 14", Kind.DATE_OF_BIRTH, "march 14", [0]),
    # a whole address after the words that say it is the child's home
    (["i live at", them("?")], "flat 3, 12 hill road", Kind.ADDRESS, "flat 3, 12 hill road", [0]),
    (["my address is", them("go on")], "7 rua street", Kind.ADDRESS, "7 rua street", [0]),
    # the words before an answer that are no part of it ("its on", "close!", "q2 is")
    ([them("what road is ur house on"), "its on"], "ash grove", Kind.ADDRESS, "ash grove", [1]),
    (["im from brisbane", them("where in brisbane")], "chermside actually", Kind.LOCATION, "chermside", [0]),
    (["i live in a tiny village", them("which")], "its called ashby", Kind.LOCATION, "ashby", [0]),
    # a street after the words that say one comes; a game's username after "my roblox is"
    (["my street is", them("?")], "ferndale road", Kind.ADDRESS, "ferndale road", [0]),
    (["my roblox is", "cool"], "kid_4488", Kind.HANDLE, "kid_4488", [0, 1]),
    # a school after the words that say one comes
    (["my school is called", them("what")], "riverbend academy", Kind.SCHOOL, "riverbend academy", [0]),
    (["im in year 7 at", them("at?")], "hillview high", Kind.SCHOOL, "hillview high", [0]),
    # asked in one word; a house number after the street
    ([them("whats ur street"), "station rd", them("number?")], "12", Kind.ADDRESS, "12", [1]),
    # a town, then the suburb in it
    (["im in sydney", them("where in sydney")], "near parramatta", Kind.LOCATION, "parramatta", [0]),
    ([them("whereabouts are u"), "leeds"], "headingley bit", Kind.LOCATION, "headingley", [1]),
    # asked as a form's or a team list's need
    # a handle in halves after "add me its"; an e-mail whose provider was named first
    (["add me its frost", them("?")], "byte_09", Kind.HANDLE, "byte_09", [0]),
    (["my hotmail is", "ruby"], "dot b 12", Kind.EMAIL, "dot b 12", [0, 1]),
    (["my email is", "noah underscore p 12"], "at outlook dot com", Kind.EMAIL, "at outlook dot com", [0, 1]),
    # a handle's last piece may be short: the handle is the pieces together
    (["i have insta now!!", them("omg whats ur @"), "tilly", ".twirls"], "_08", Kind.HANDLE, "_08", [2, 3]),
    # a day and month with the age the child is turning: the birth year too, so a whole birthday
    ([them("whens ur bday"), "april 14"], "gonna be 12 this year", Kind.DATE_OF_BIRTH, "12", [1]),
    (["the 21st of sept", them("nice")], "ill be turning 11", Kind.DATE_OF_BIRTH, "11", [0]),
    (["i turn 13 soon!!", them("cool")], "march 8th", Kind.DATE_OF_BIRTH, "march 8th", [0]),
    # an e-mail's name, then unasked its last digits and the provider
    (["its kira.p", them("k")], "13 at gmail", Kind.EMAIL, "13 at gmail", [0]),
    (["oskarlind", them("?")], "then 09 @ hotmail.com", Kind.EMAIL, "09 @ hotmail.com", [0]),
    # where the school just named is, after a word read on with its name, or "<place> wala"
    ([them("what school u at"), "école lachance"], "nah the one by sherbrooke", Kind.SCHOOL, "sherbrooke", [1]),
    (["st. xavier's", them("which")], "malad wala", Kind.SCHOOL, "malad", [0]),
    # a street given, then the town or postcode it is in
    (["we moved to 41 ash grove"], "in bendigo now", Kind.ADDRESS, "bendigo", [0]),
    (
        ["flat 12, lotus apartments", them("ok"), "behind the temple"],
        "nashik 422005",
        Kind.ADDRESS,
        "nashik 422005",
        [0, 2],
    ),
]


#: (earlier messages, the child's post, kind, the part in the post): an answer whole in one message
#: is that message's own finding, no leak across messages (no ``parts``); it still answers the ask,
#: so the post blocks.
ONE_MESSAGE_ANSWERS = [
    ([them("what town r u in?"), "hmm"], "ballarat", Kind.LOCATION, "ballarat"),
    ([them("which city are you from")], "galway", Kind.LOCATION, "galway"),
    ([them("where do u live")], "its called riverton", Kind.LOCATION, "riverton"),
    ([them("where u from")], "originally cork but now limerick", Kind.LOCATION, "limerick"),
    ([them("what street do u live on")], "rose avenue", Kind.ADDRESS, "rose avenue"),
    ([them("when were u born")], "2013", Kind.DATE_OF_BIRTH, "2013"),
    ([them("which road do u live on")], "q4 is larch grove", Kind.ADDRESS, "larch grove"),
    ([them("i bet ur from glasgow")], "close! paisley", Kind.LOCATION, "paisley"),
    ([them("bet ur from dublin")], "nope, galway", Kind.LOCATION, "galway"),
    ([them("email?")], "katie.b2012 at icloud", Kind.EMAIL, "katie.b2012 at icloud"),
    ([them("need all ur dobs for the team list")], "the 4th of june", Kind.DATE_OF_BIRTH, "4th of june"),
    (["my school has the best tuck shop", them("which one")], "oakfield primary", Kind.SCHOOL, "oakfield primary"),
    ([them("what suburb r u in")], "kelburn", Kind.LOCATION, "kelburn"),
    ([them("which street is ur house on"), "umm"], "totara drive", Kind.ADDRESS, "totara drive"),
]


@pytest.mark.parametrize(("context", "post", "kind", "part"), ONE_MESSAGE_ANSWERS)
def test_a_whole_answer_in_one_message_is_its_own_finding(context: list, post: str, kind: Kind, part: str) -> None:
    result = scan_text(post, SETTINGS, context=context)
    found = [f for f in result.findings if f.kind is kind and f.is_span]
    assert [(f.text, f.parts) for f in found] == [(part, None)], result.findings
    assert result.verdict is Verdict.BLOCK


#: (earlier messages, the child's post, the part in the post): a number's pieces so far, too few digits
#: for its trunk "0" or its area code, are the post's own PHONE (it blocks), no leak completed yet.
NUMBER_SO_FAR = [
    (["my mob is 0427"], "118", "118"),
    ([them("whats ur cell"), "0861"], "427", "427"),
    (["call me on (503)"], "555 2", "555 2"),
    # a British mobile's eleven digits: "07700 900" is not yet whole
    ([them("ur mobile so we can ring u"), "sure, 07700"], "900", "900"),
]


@pytest.mark.parametrize(("context", "post", "part"), NUMBER_SO_FAR)
def test_a_number_in_pieces_so_far_blocks_but_completes_nothing(context: list, post: str, part: str) -> None:
    result = scan_text(post, SETTINGS, context=context)
    assert [(f.kind, f.text, f.parts) for f in result.findings if f.is_span] == [(Kind.PHONE, part, None)]
    assert result.verdict is Verdict.BLOCK


#: (earlier messages, the child's post, kind, the part in the post, parts): a birthday's day and month
#: with no year or age yet (:func:`leakscan.conversation.held.piece_so_far`): the post's own finding (it
#: still warns or blocks), the leak across messages comes with the year; the recent writers label that message.
DATE_SO_FAR = [
    (["my birthday is march", them("when")], "3rd", Kind.DATE_OF_BIRTH, "3rd", [0]),
    ([them("type the day of ur birthday"), "14", them("great, now the month")], "oct", Kind.DATE_OF_BIRTH, "oct", [1]),
    ([them("whens ur bday"), "its the 4th haha", them("ok")], "march silly", Kind.DATE_OF_BIRTH, "march", [1]),
    ([them("i turned 11 on saturday 🎂"), "mines in october"], "the 4th", Kind.DATE_OF_BIRTH, "the 4th", [1]),
    ([them("my cousin turns 10 next week"), "me too in march"], "the 18th", Kind.DATE_OF_BIRTH, "the 18th", [1]),
    (
        [them("gonna send u something on ur special day, when is it"), "the 27th"],
        "of november",
        Kind.DATE_OF_BIRTH,
        "of november",
        [1],
    ),
    (
        [them("how old r u turning"), "11 lol", them("when"), "in june"],
        "on the 22nd",
        Kind.DATE_OF_BIRTH,
        "the 22nd",
        [3],
    ),
    ([them("when's your bday"), "the 22nd"], "of october", Kind.DATE_OF_BIRTH, "of october", [1]),
    (["my bday is the 14th", them("of?")], "of march", Kind.DATE_OF_BIRTH, "of march", [0]),
    (["omg bday in 2 days", them("yay party"), "its on the 19th"], "of june", Kind.DATE_OF_BIRTH, "june", [2]),
    ([them("so when do u turn 12"), "in july"], "the 9th", Kind.DATE_OF_BIRTH, "the 9th", [1]),
    (
        ["same birthday as my uncle haha", them("when is it"), "october", them("what date")],
        "22",
        Kind.DATE_OF_BIRTH,
        "22",
        [0, 2],
    ),
    (["my birthday is soon!!", them("when"), "november"], "the 3rd", Kind.DATE_OF_BIRTH, "the 3rd", [2]),
]


@pytest.mark.parametrize(("context", "post", "kind", "part", "parts"), DATE_SO_FAR)
def test_a_day_and_a_month_with_no_year_yet_are_a_piece_so_far(
    context: list, post: str, kind: Kind, part: str, parts: list
) -> None:
    result = scan_text(post, SETTINGS, context=context)
    assert not any(f.kind is kind and f.parts and f.is_span for f in result.findings), result.findings
    assert any(f.kind is kind and f.is_span for f in result.findings), result.findings
    assert result.verdict is not Verdict.OK  # (as the leak across messages was)


@pytest.mark.parametrize(("context", "post", "kind", "part", "parts"), ACROSS)
def test_a_leak_spread_over_messages_is_found_on_the_one_that_completes_it(
    context: list, post: str, kind: Kind, part: str, parts: list
) -> None:
    alone = scan_text(post, SETTINGS)
    assert not any(f.kind is kind and f.parts for f in alone.findings)
    result = scan_text(post, SETTINGS, context=context)
    across = [f for f in result.findings if f.kind is kind and f.parts]
    assert len(across) == 1, result.findings
    found = across[0]
    assert post[found.start : found.end] == found.text == part
    assert list(found.parts) == parts
    assert found.message  # the policy wrote it
    assert result.verdict is not Verdict.OK


#: (earlier messages, the child's post, kind, parts) which earlier messages a leak's ``parts`` name:
#: the child's own that hold a piece, never the ask (someone else's) nor talk around the pieces (a
#: yes, the app's name, an answer to another question that a scanner would read on into).
EXACT_PARTS = [
    # the ask is no part
    ([them("whats ur insta"), "its bluejay", them("bluejay what")], "_sings09", Kind.HANDLE, [1]),
    ([them("whats ur email for the invite"), "mine is tomas", "rivera"], "at hotmail", Kind.EMAIL, [1, 2]),
    # a yes or the app's name before the handle holds none of it
    ([them("got tiktok?"), "ja", "its pepper"], ".paints_4", Kind.HANDLE, [2]),
    ([them("snap or insta?"), "insta", "its nova"], "dot skies 12", Kind.HANDLE, [2]),
    ([them("u got snap"), "ye its", "rowan"], "_kicks11", Kind.HANDLE, [2]),
    ([them("whats ur snap"), "lol its cringe", them("tell me"), "its moss"], "bug_22", Kind.HANDLE, [3]),
    # a last piece of plain letters after one that ended on a joiner: the handle goes on
    ([them("whats ur tiktok"), "its juno", ".sky."], "ab", Kind.HANDLE, [1, 2]),
    # an answer to another question, before the ask for the school or the address
    (["pizza obv", them("ok what school r u at"), "harlow"], "middle", Kind.SCHOOL, [2]),
    (["purple obv", them("ok whats ur school called"), "fernleigh"], "grove primary", Kind.SCHOOL, [2]),
    (["around 5", them("and ur address for the parcel"), "31"], "wren close, kelso", Kind.ADDRESS, [2]),
    (["shoe size 4", them("cool and the address"), "58"], "tui street, petone", Kind.ADDRESS, [2]),
    # a name's first word given alone, which the address read does not take in
    ([them("whats ur email"), "its zainab", them("ok"), "k2012"], "at yahoo dot com", Kind.EMAIL, [1, 3]),
    ([them("add me on discord"), "its zorbek", "quill#"], "2291", Kind.HANDLE, [1, 2]),
    (["orbix", "quill#"], "2291", Kind.HANDLE, [0, 1]),
    # which school, said between its name and its place; chatter between them is none
    (
        [them("which school do u go to"), "its called ashcombe", "the junior school not the seniors"],
        "in pellworth",
        Kind.SCHOOL,
        [1, 2],
    ),
    ([them("what school u at"), "st oswin's", "the catholic one"], "in marden", Kind.SCHOOL, [1, 2]),
    ([them("which school"), "westbury", "lol my teacher is so mean"], "the elementary", Kind.SCHOOL, [1]),
    # a landmark told of by its kind is no piece beside its name; alone, it is the piece
    (["im at the beach", them("which beach"), "papamoa"], "near the surf shop", Kind.LOCATION, [2]),
    (["at the mall w my cousin", them("which mall"), "riverside plaza"], "by the food court", Kind.LOCATION, [2]),
    (["its raining here", them("where r u"), "scotland", them("where in scotland")], "dundee", Kind.LOCATION, [2]),
    (["at the beach w my dad", them("nice")], "near the lifeguard tower", Kind.LOCATION, [0]),
    # the wider place named before is a piece; talk or a landmark's kind before it ends the chain
    (["yorkshire", them("cool what part"), "near leeds"], "by the tesco", Kind.LOCATION, [0, 2]),
    (["at the mall lol", them("which bit"), "near leeds"], "by the tesco", Kind.LOCATION, [2]),
    (["i love pizza", them("where r u"), "near leeds"], "by the tesco", Kind.LOCATION, [2]),
    # a birthday's year or an address's house number given before the ask for the rest is a piece;
    # a star sign beside the month said, or a street told of that is not the child's, is none
    ([them("what year were u born"), "2013", them("and the month?"), "may"], "the 4th", Kind.DATE_OF_BIRTH, [1, 3]),
    ([them("whats ur star sign"), "aries", them("what day exactly"), "9th"], "of april, 2014", Kind.DATE_OF_BIRTH, [3]),
    ([them("house number and postcode pls"), "its 14", "and postcode is BS3"], "4QT", Kind.ADDRESS, [1, 2]),
    (
        [them("what road r u on"), "its the one off the main street", them("lol"), "number 8"],
        "birch close, oakhill",
        Kind.ADDRESS,
        [3],
    ),
]


@pytest.mark.parametrize(("context", "post", "kind", "parts"), EXACT_PARTS)
def test_a_leaks_parts_are_the_childs_messages_with_a_piece(context: list, post: str, kind: Kind, parts: list) -> None:
    result = scan_text(post, SETTINGS, context=context)
    across = [f for f in result.findings if f.kind is kind and f.parts and f.is_span]
    assert [list(f.parts) for f in across] == [parts], result.findings


#: (earlier messages, the child's post, kind): the whole detail in the post after a yes, the app's
#: name or talk: no piece came before, so no leak across messages (the post's own finding, no ``parts``).
WHOLE_AFTER_TALK = [
    ([them("u got snap"), "ye its"], "rowan_kicks11", Kind.HANDLE),
    ([them("got tiktok?"), "ja"], "nova.skies12", Kind.HANDLE),
    (["around 5", them("whats ur address for the parcel")], "31 wren close", Kind.ADDRESS),
    (["shoe size 4", them("and ur address")], "58 tui street", Kind.ADDRESS),
    ([them("whats ur email"), "lol why"], "tomas.r@hotmail.com", Kind.EMAIL),
]


@pytest.mark.parametrize(("context", "post", "kind"), WHOLE_AFTER_TALK)
def test_a_whole_detail_after_talk_names_no_parts(context: list, post: str, kind: Kind) -> None:
    result = scan_text(post, SETTINGS, context=context)
    found = [f for f in result.findings if f.kind is kind and f.is_span]
    assert found and all(f.parts is None for f in found), result.findings
    assert result.verdict is Verdict.BLOCK


@pytest.mark.parametrize(
    ("context", "text", "part"),
    [
        ([them("add me on snap i got a new acc"), them("its jonno_b")], "then 04 at the end", "04"),
        ([them("add my insta, its reefy")], "_kai.09", "_kai.09"),
    ],
)
def test_someone_elses_own_handle_given_in_pieces_is_found_too(context: list, text: str, part: str) -> None:
    earlier = messages_of(context, SETTINGS)
    found, _ = conversation_findings(Message(text, sender="sam", ref=len(earlier)), earlier, SETTINGS)
    assert [(f.kind, f.text, f.parts) for f in found if f.parts and f.is_span] == [
        (Kind.HANDLE, part, (len(earlier) - 1,))
    ]


@pytest.mark.parametrize(
    ("context", "post", "kind"),
    [
        ([them("which street"), "harbour parade", "like 17"], "napier", Kind.ADDRESS),
        # words that are no street before the town ("close by", "a place called"): a town, no address
        ([them("which area"), "close by"], "wellington", Kind.LOCATION),
        ([them("where do u live"), "a place called"], "napier", Kind.LOCATION),
    ],
)
def test_a_town_completes_an_address_only_after_a_street(context: list, post: str, kind: Kind) -> None:
    result = scan_text(post, SETTINGS, context=context)
    assert {f.kind for f in result.findings if f.parts and f.is_span} == {kind}


#: (earlier messages, the child's post): nothing is completed across messages.
NOT_ACROSS = [
    # someone else's birthday coming: the day and month after it are not the child's
    (["my sis bday in 2 days", them("yay"), "its on the 19th"], "of june"),
    # the other person's digits are not the child's number
    ([them("my cell is 917"), them("555")], "0138"),
    (["i got 917", them("555")], "0138"),
    # counts and scores in a row are not a phone number
    (["i have 2 cats"], "and 3 dogs"),
    (["we won 3 - 1"], "next match is 2 pm"),
    (["lol", them("gg")], "ok"),
    (["gg"], "..."),
    (["lol"], "#1 victory royale"),
    # incomplete: only a piece so far
    (["my cell is 917"], "555"),
    # a moment asked for after a place is no more of it
    ([them("which side of town u in"), "near ferncliff"], "ok wait"),
    # the whole number was in the earlier message: it was that message's finding, not this one's
    (["call 917 555 0138"], "ok thx"),
    # too long ago: past the look-back window
    (["my cell is 917 555", *["lol"] * LOOKBACK], "0138"),
    # a different sender's message in the middle is skipped, but another sender's pieces never join
    ([{"from": "alex", "text": "my cell is 917 555"}], "0138"),
    # asked, but what follows is no handle, no town
    ([them("whats ur snap"), "its"], "not telling u"),
    ([them("whats ur snap"), "idk"], "maybe later"),
    ([them("what town r u in?")], "not saying"),
    ([them("where do u live")], "why do u want to know"),
    (["i live in", them("?")], "a big house lol"),
    # game talk answered: a rank, a server, a place in the game
    ([them("what rank r u")], "gold 2"),
    ([them("which server r u on")], "eu west"),
    ([them("where do u live in the game")], "the big house by spawn"),
    # a piece cut off is no handle yet; an age read as the answer is the reply's own finding
    ([them("whats ur snap")], "xX_"),
    ([them("how old r u")], "12"),
    ([them("whats ur insta")], "dont have one"),
    # someone else's question about a town is no cue for the place the sender names
    (["what city tho"], "near leeds, u anywhere close?"),
    (["my user is", them("?")], "secret lol"),
    (["i was born 2013", them("cool")], "lol"),
    ([them("ur email?"), "i use my mums"], "gmail"),
    (["my email is so full", them("lol")], "gmail sucks"),
    # an everyday word is no answer: a dodge, not a name
    ([them("whats ur snap")], "guess"),
    ([them("whats ur snap")], "near my nans"),
    ([them("where do u live")], "ask me later"),
    ([them("what town r u in")], "cool"),
    (["i live at the park basically lol", them("same")], "14 goals today"),
    (["my dad was born in 1980", them("old")], "june 3 is the party"),
    (["my username is so old", them("lol")], "i need a new one"),
    ([them("where do u live")], "not telling lol"),
    # game numbers in a row: a party code, scores, levels
    (["party code is 4471", them("k")], "2209"),
    (["i got 1240", them("nice")], "then 1530 next round"),
    (["lvl 42", them("same")], "43 now"),
    (["im in the lobby"], "near spawn"),
    (["im in year 6"], "in the hall rn"),
    # a bare name after the provider: no e-mail yet ("my gmail is" ... "tyler" ... "dot james 11")
    (["my gmail is", them("?")], "tyler"),
    # a handle's first half, no digit or symbol yet ("my snap is" ... "pixie" ... "_dust22")
    (["my snap is", them("?")], "pixie"),
    # a country or a continent is too coarse to find a child by
    ([them("where u from")], "england"),
    ([them("where do u live")], "europe lol"),
    (["i live in", them("?")], "australia"),
    (["i go to", them("where")], "the park after school"),
    ([them("whats ur street"), "station rd", them("number?")], "idk"),
    ([them("bet ur from dublin")], "nope"),
    ([them("where do u live")], "no thanks"),
    # a landmark with no place before it, or no landmark: a figure of speech, the child alone
    (["lol", them("gg")], "by the way im back"),
    (["im at the park", them("nice")], "by myself lol"),
    (["dunedin", them("cool")], "near the end of the book now"),
    ([them("gg")], "meet by the portal"),
    (["im at the park", them("which one")], "the small one by the shops"),  # which one, not where yet
    # a handle's piece with no digit yet, unasked: the middle of it, maybe ("its kiri" ... "dot vids" ... "_22")
    # and a piece that ends in a joiner: more to come ("its moss" ... "bug_" ... "11")
    ([them("whats ur @ ill follow"), "its moss"], "bug_"),
    ([them("ur edits r so good"), "on tiktok its kiri"], "dot vids"),
    # a word after a whole handle, with no joiner before it: talk, no more of the handle
    ([them("whats ur tiktok"), "its juno.sky_4"], "lol"),
    # an e-mail asked for, in pieces: its name is no handle ("its tui.m" ... "2013" ... "at hotmail")
    ([them("he needs ur email for the account"), "its tui.m"], "2013"),
    # "its X" with no talk of accounts before it
    ([them("hows the weather"), "its raining"], "_sad face_ lol 2"),
    ([them("what game r u on"), "its roblox"], "lvl 12 now"),
    # someone else's age or a date that is no answer: no birthday of the child's
    (["march 3", them("?")], "my brother is turning 8"),
    (["the match is on may 4"], "im 12"),
    (["june 2", them("whats that")], "the day my cat turns 5"),
    # digits and a provider after words that are no e-mail's name
    (["we had so much fun today"], "12 at gmail"),
    ([them("kira.p")], "13 at gmail"),
    # a street, then no town; the other person's street, then a town
    (["42 oak street"], "lol ok"),
    ([them("my cousin lives at 42 oak street")], "bendigo"),
]


@pytest.mark.parametrize(("context", "post"), NOT_ACROSS)
def test_no_leak_across_messages_where_there_is_none(context: list, post: str) -> None:
    result = scan_text(post, SETTINGS, context=context)
    assert [f for f in result.findings if f.parts and f.is_span] == []  # (an ask carried in has no span)
    assert result.error is None


def test_the_leak_is_found_for_the_sender_of_the_checked_message() -> None:
    earlier = [Message("my cell is 917 555", sender="sam", ref="a"), Message("what?", ref="b")]
    found, failed = conversation_findings(Message("0138", sender="sam", ref="c"), earlier, SETTINGS)
    assert failed == []
    assert [(f.kind, f.text, f.parts) for f in found if f.kind is Kind.PHONE] == [(Kind.PHONE, "0138", ("a",))]


@pytest.mark.parametrize("post", ["my cell is 217 555 0134", "we had fun at lincoln elementary today", "hi"])
def test_the_first_message_of_a_chat_finds_what_the_post_alone_does(post: str) -> None:
    alone, first = scan_text(post, SETTINGS), scan_text(post, SETTINGS, context=[])
    assert [f.to_dict() for f in first.findings if f.kind not in CHAT_KINDS] == [f.to_dict() for f in alone.findings]
    assert all(f.parts is None for f in first.findings)


# -- context messages ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        (["hi"], [Message("hi", "child", 0)]),
        ([{"from": "child", "text": "hi"}], [Message("hi", "child", 0)]),
        ([{"text": "hi"}], [Message("hi", "child", 0)]),
        ([{"from": "sam", "text": "yo", "id": 7}, "hi"], [Message("yo", "sam", 7), Message("hi", "child", 1)]),
    ],
)
def test_context_messages_are_strings_or_from_and_text(context: list, expected: list) -> None:
    assert list(messages_of(context, SETTINGS)) == expected


@pytest.mark.parametrize(
    ("context", "where"),
    [
        ([42], "context[0]"),
        (["ok", {"from": "sam"}], "context[1]"),
        (["ok", {"from": 3, "text": "hi"}], "context[1]"),
        ([{"from": "sam", "text": None}], "context[0]"),
        ([{"from": "sam", "text": "hi", "colour": "red"}], "context[0]"),
        ("just a string", "context"),
    ],
)
def test_a_malformed_context_is_refused_naming_the_message(context: object, where: str) -> None:
    with pytest.raises(InputError) as info:
        messages_of(context, SETTINGS)  # type: ignore[arg-type]
    assert where in str(info.value)
    assert "red" not in str(info.value)


def test_a_context_message_over_the_text_limit_is_refused_without_its_text() -> None:
    settings = Settings(max_text_chars=50)
    with pytest.raises(LimitError) as info:
        messages_of(["ok", "my cell is 917 " * 10], settings)
    assert "context[1]" in str(info.value) and "917" not in str(info.value)


def test_only_the_last_messages_are_read() -> None:
    context = [f"m{i}" for i in range(LOOKBACK + 5)]
    kept = messages_of(context, SETTINGS)
    assert len(kept) == LOOKBACK and kept[0] == Message("m5", "child", 5)


# -- what the others ask, and how the policy reads it ---------------------------------------------------

#: (earlier messages, the child's post, verdict): the child answering an ask with a leak blocks.
ANSWERS = [
    ([them("what school do you go to?")], "lincoln elementary", Verdict.BLOCK),
    ([them("how old are you?")], "im 11", Verdict.BLOCK),
    ([them("where do you live?"), "hmm"], "springfield", Verdict.BLOCK),
    # the same details, not asked for: as a post on its own
    ([them("gg that was fun")], "im 11", Verdict.WARN),
    ([], "im 11", Verdict.WARN),
]


@pytest.mark.parametrize(("context", "post", "verdict"), ANSWERS)
def test_a_child_answering_an_ask_with_a_leak_is_blocked(context: list, post: str, verdict: Verdict) -> None:
    result = scan_text(post, SETTINGS, context=context)
    assert result.verdict is verdict, result.findings


def test_the_ask_is_carried_into_the_reply_as_an_earlier_message_finding() -> None:
    result = scan_text("im 11", SETTINGS, context=["hi", them("how old are you?")])
    asks = [f for f in result.findings if f.kind is Kind.ASKS_PII]
    assert len(asks) == 1
    ask = asks[0]
    assert ask.earlier and ask.start is None and ask.end is None and list(ask.parts) == [1]
    assert ask.message and "old" in ask.message
    age = next(f for f in result.findings if f.kind is Kind.AGE)
    assert age.severity.value == "high"


#: (earlier messages, the child's post, verdict): an ask with secrecy or a meeting is high.
SECRECY = [
    ([them("where do you live?"), them("dont tell your parents we talk ok")], "ok", Verdict.BLOCK),
    ([them("what school do you go to? lets meet up after school")], "idk", Verdict.BLOCK),
    ([them("where do you live?")], "ok", Verdict.WARN),
    ([them("which server r u on")], "ok", Verdict.OK),
    ([them("what rank r u"), them("how many wins u got")], "gold lol", Verdict.OK),
]


@pytest.mark.parametrize(("context", "post", "verdict"), SECRECY)
def test_an_ask_with_secrecy_or_a_meeting_is_high(context: list, post: str, verdict: Verdict) -> None:
    assert scan_text(post, SETTINGS, context=context).verdict is verdict


def test_an_ask_is_found_on_the_others_message_but_never_on_the_childs() -> None:
    ask = "where do you live?"
    theirs, _ = conversation_findings(Message(ask, sender="sam", ref=0), [], SETTINGS)
    mine, _ = conversation_findings(Message(ask, sender="child", ref=0), [], SETTINGS)
    assert Kind.ASKS_PII in {f.kind for f in theirs}
    assert Kind.ASKS_PII not in {f.kind for f in mine}


#: (someone else's message, whether it asks, whether it moves): an app asked after a word of its own, a name
#: asked on an app, a parent's presence with no "ur", Hinglish asks, things promised by e-mail; and near misses.
ASKS_AND_MOVES = [
    ("haha. kik?", True, True),
    ("what's ur username on tiktok", True, False),
    ("dads home?", True, False),
    ("ghar pe kon kon hai", True, False),
    ("acha. bday kab hai", True, False),
    ("nice. real name too for the form", True, False),
    ("i can email u the photos from the match, whats ur email", True, True),
    ("saare msgs clear kar do, bhaiya check karta hai", False, True),
    ("snap id bhej, wahan sab pics bhejunga", True, True),
    ("wanna talk proper sometime, not on here tho", False, True),
    ("ill whatsapp u the timetable", False, True),
    ("txt me when ur free, drop ur digits", True, True),
    # near misses: the game's own name, someone else's birthday, an exam's date, worksheets by e-mail
    ("whats ur username in minecraft", False, False),
    ("uski bday kab hai", False, False),
    ("test kab hai", False, False),
    ("ill email u some past papers, whats ur email", True, False),
    ("homework ka answer delete kar do", False, False),
    ("im not on here much these days", False, False),
    ("k ill text u tonight", False, False),
    ("text me when u get to nans", False, False),
]


@pytest.mark.parametrize(("text", "asks", "moves"), ASKS_AND_MOVES)
def test_asks_and_moves_by_family(text: str, asks: bool, moves: bool) -> None:
    found, _ = conversation_findings(Message(text, sender="sam", ref=0), [], SETTINGS)
    kinds = {f.kind for f in found}
    assert (Kind.ASKS_PII in kinds, Kind.OFF_PLATFORM in kinds) == (asks, moves)


def test_off_platform_is_found_on_every_message_in_a_conversation_but_never_on_a_plain_post() -> None:
    move = "add me on snapchat and we can talk there"
    for sender in ("sam", "child"):
        found, _ = conversation_findings(Message(move, sender=sender, ref=0), [], SETTINGS)
        assert Kind.OFF_PLATFORM in {f.kind for f in found}
    assert Kind.OFF_PLATFORM not in scan_text(move, SETTINGS).kinds
    assert Kind.OFF_PLATFORM in scan_text(move, SETTINGS, context=[]).kinds


@pytest.mark.parametrize(
    ("text", "childs_move"),
    [
        ("my tiktok is @dino", False),
        ("my email is dino.k2@mail.com", False),
        ("text me on 0412 338 905", True),
        ("add me on snap its dino_08", True),
    ],
)
def test_the_childs_own_contact_given_is_a_leak_starting_not_a_move(text: str, childs_move: bool) -> None:
    """Someone else giving their number or app is a move ("my snap is jake_11, add me"); the
    child giving their own is a leak (the number, the handle), not the child moving the chat."""
    theirs, _ = conversation_findings(Message(text, sender="sam", ref=0), [], SETTINGS)
    mine, _ = conversation_findings(Message(text, sender="child", ref=0), [], SETTINGS)
    assert Kind.OFF_PLATFORM in {f.kind for f in theirs}
    assert (Kind.OFF_PLATFORM in {f.kind for f in mine}) is childs_move


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("my cell is 415", False),
        ("heres my number 0412 338 905", False),
        ("my number is 0412 338 905, text me", True),
        ("ring me tonight, my number's 0412 338 905", True),
    ],
)
def test_someones_own_number_given_is_no_move_without_a_call_to_use_it(text: str, moves: bool) -> None:
    """Someone's own number alone ("my number is 083") moves nothing yet: no writer labels it a
    move unless the message also asks the child to use it ("text me", "ring me")."""
    found, _ = conversation_findings(Message(text, sender="sam", ref=0), [], SETTINGS)
    assert (Kind.OFF_PLATFORM in {f.kind for f in found}) is moves


def test_the_others_earlier_messages_are_not_the_childs_leaks() -> None:
    """What someone else said (their own number) is never a finding on the child's reply."""
    result = scan_text("ok", SETTINGS, context=[them("my cell is 917 555 0138")])
    assert Kind.PHONE not in result.kinds


@pytest.mark.parametrize(
    ("after", "carried"),
    [([], True), (["hmm"], True), (["hmm", them("?")], True), (["hmm", "idk"], False), (["a", "b", "c"], False)],
)
def test_an_ask_stays_open_for_the_childs_next_two_messages(after: list, carried: bool) -> None:
    result = scan_text("ok", SETTINGS, context=[them("how old are you?"), *after])
    assert any(f.kind is Kind.ASKS_PII and f.earlier for f in result.findings) is carried


#: (the ask, the child's reply, kind found in the reply or None): the question tells what a
#: bare reply is ("whats ur snap" ... "jakeyboi11"), which the reply alone does not.
READ_AS_ANSWERS = [
    ("whats ur snap", "jakeyboi11", Kind.HANDLE),
    ("how old are you?", "11", Kind.AGE),
    ("where do you live?", "22 maple", Kind.ADDRESS),
    ("whats ur snap", "why", None),
    ("whats ur snap", "i dont have one", None),
    ("how old are you?", "idk", None),
    ("whats ur number", "lol no", None),
    ("gg that was fun", "jakeyboi11", None),  # no question: a bare word stays a word
    ("whereabouts do you live", "timaru", Kind.LOCATION),
    ("what's ur tiktok", "ella.dances.2014", Kind.HANDLE),
    ("what town u in?", "the best one", None),
    ("what rank r u", "diamond", None),
]


@pytest.mark.parametrize(("ask", "reply", "kind"), READ_AS_ANSWERS)
def test_a_bare_reply_is_read_as_the_answer_to_the_question(ask: str, reply: str, kind: Kind | None) -> None:
    assert scan_text(reply, SETTINGS).findings == ()
    result = scan_text(reply, SETTINGS, context=[them(ask)])
    spans = [(f.kind, f.text) for f in result.findings if f.is_span]
    assert spans == ([(kind, reply)] if kind else [])
    assert (result.verdict is Verdict.BLOCK) == (kind is not None)


@pytest.mark.parametrize(
    ("ask", "reply"),
    [
        ("if u tell me ur address ill post u a hoodie", "rlly?"),  # chat filler, no town
        ("which bit of dublin r u in", "im not in dublin"),  # a denial answers nothing
        ("whats ur snap", "fr"),
        ("where do u live", "pata nahi"),  # Hinglish: "don't know"
        ("whats ur insta", "mera insta nahi hai"),  # "I have no insta"
    ],
)
def test_filler_and_denials_answer_nothing(ask: str, reply: str) -> None:
    result = scan_text(reply, SETTINGS, context=[them(ask)])
    assert not [f for f in result.findings if f.parts and f.kind not in (Kind.ASKS_PII, Kind.OFF_PLATFORM)]


def test_the_one_in_a_place_is_no_school_without_a_school_named() -> None:
    result = scan_text("the one in red", SETTINGS, context=["i got a new bike", them("which")])
    assert not [f for f in result.findings if f.kind is Kind.SCHOOL]


@pytest.mark.parametrize(
    ("context", "reply"),
    [
        # the child's own words of someone else's birthday; a month before the day is given
        (["shakespeare was born in 1564", them("why do u know that")], "april 23 supposedly"),
        ([them("how old r u turning"), "11 lol", them("when")], "in june"),
    ],
)
def test_a_date_completes_no_birthday_before_its_pieces_are_given(context: list, reply: str) -> None:
    result = scan_text(reply, SETTINGS, context=context)
    assert not [f for f in result.findings if f.kind is Kind.DATE_OF_BIRTH and f.parts]


@pytest.mark.parametrize(
    ("context", "reply"),
    [
        ([them("whats ur snap"), "its kauri_21"], "nz"),  # a word after the handle given: no more of it
        ([them("whats ur insta"), "its fern.draws"], "canterbury"),
        ([them("whats ur snap"), "its kauri_21"], "lol"),
    ],
)
def test_a_word_after_a_handle_given_goes_on_with_nothing(context: list, reply: str) -> None:
    result = scan_text(reply, SETTINGS, context=context)
    assert not [f for f in result.findings if f.kind is Kind.HANDLE]


#: (the ask, a bare reply that gives only a piece, its kind): found as the reply's own finding
#: (the answer blocks), but no leak is completed yet, so it names no earlier message.
PIECE_ANSWERS = [
    ("when is ur birthday", "22nd", Kind.DATE_OF_BIRTH),
    ("when is ur birthday", "march", Kind.DATE_OF_BIRTH),
    ("which school do u go to", "greenhill", Kind.SCHOOL),
    ("do u have insta", "lily", Kind.HANDLE),
    # a name alone is a PERSON to the model: the question says it is the handle (and only that)
    ("whats ur tiktok", "sophia", Kind.HANDLE),
]


@pytest.mark.parametrize(("ask", "reply", "kind"), PIECE_ANSWERS)
def test_a_piece_given_as_the_answer_is_found_but_completes_nothing(ask: str, reply: str, kind: Kind) -> None:
    result = scan_text(reply, SETTINGS, context=[them(ask)])
    assert [(f.kind, f.text, f.parts) for f in result.findings if f.is_span] == [(kind, reply, None)]
    assert result.verdict is Verdict.BLOCK


#: (earlier messages, someone's short follow-up question, the detail it asks, or None: no ask):
#: the question means what the talk before it was about.
FOLLOW_UPS = [
    ([them("my bday is next week!!")], "when's yours", "birthday"),
    ([them("when is ur birthday"), "may"], "what date", "birthday"),
    ([them("im near manchester")], "where abouts?", "home"),
    ([them("which school r u at"), "dont wanna say"], "which one tho", "school"),
    ([them("my rank is gold")], "urs?", None),
    ([them("i have 2 cats and a dog")], "which one", None),
    ([them("gg")], "u?", None),
    ([them("my fav colour is blue")], "whats urs", None),
    ([them("my bday is next week!!")], "lol", None),
    # after the child told of a detail, a short question asks for it
    (["my school has the best tuck shop"], "which one", "school"),
    (["my birthday is soon!!"], "when", "birthday"),
    (["im a leo"], "ooh when exactly", "birthday"),  # a star sign says the month
    (["i changed my psn"], "to what", "handle"),
    (["we moved!!!"], "where to", "home"),
    (["my new sim came today"], "nice whats the number", "phone"),
    (["i got a new skin"], "which one", None),
    (["my school has the best tuck shop"], "which server", None),
    (["my school has the best tuck shop"], "lol same", None),
    (["can i go to ellas after school"], "is her dad home?", None),  # about someone else
    # a prompt to go on with an answer begun: the same ask again
    ([them("whats ur snap"), "ella"], "thats it?", "handle"),
    ([them("what address did u send it from"), "its noah"], "noah what", "home"),
    ([them("gg"), "ty"], "and?", None),
    # a push to go on while the child gives the detail in pieces asks nothing new (the pieces are the leak)
    ([them("just text me then whats the digits"), "98", "451"], "keep going", None),
    ([them("whats ur number"), "0400", "12"], "go on", None),
    ([them("whats ur email"), "its tia.r"], "ok and then?", None),
    ([them("whats ur addy"), "22"], "and?", None),
    ([them("whats ur addy"), "22"], "what else", None),
    # a piece of the date the child gave unasked: the short question after it is talk
    (["my bday is the 9th"], "of?", None),
    (["i was born in 2012"], "when tho", None),
    (["party at mine its on the 3rd"], "what month lol", None),
    (["my bday is in july"], "when", None),
    (["guess whos turning 12 soon"], "u?? when", "birthday"),  # an age, no piece of the date
    ([them("whens ur bday"), "the 9th"], "which month", "birthday"),  # asked before: the ask goes on
    ([them("what level r u"), "12"], "keep going", None),
    ([them("what u doing")], "then?", None),
    # a further piece asked after surprise, which kind of school, a landmark the child is at, the account
    ([them("tell me ur bday n ill read ur stars"), "oct", "9"], "ooh wait what year, im doing ur chart", "birthday"),
    # which kind of school after its name: writers disagree (one of three labels it an ask)
    ([them("what school r u at"), "lakeside"], "primary or high", None),
    (["meet u guys at the common"], "which common lol", "home"),
    ([them("u got snap?"), "ya a new one"], "whats it", "handle"),
    ([them("bro ur insta id bata"), "ya", "id is rohan"], "full bata na", "handle"),
    # where the child is, told: a short question asks which place (a town or a landmark near them)
    (["chilling at the skate park w my cousin"], "which one lol", "home"),
    (["were by the river rn"], "which river", "home"),
    (["its freezing here today"], "where r u", "home"),
    (["im out at the shops"], "whereabouts?", "home"),
    (["ottawa"], "where in ottawa", "home"),
    (["im at the park"], "which server", None),
    # a landmark named bare; a longer "which" question about it
    (["a mosque"], "which mosque", "home"),
    (["prob the one by the park"], "wich park lol theres loads", "home"),
    (["im at the park"], "lol nice", None),
    (["mum said i can go to the cinema"], "what film", None),  # not where the child is
    (["got it from the shop lol"], "where'd u get the hat", None),
    (["ya its at her house"], "what should we get her", None),
    (["happy birthday zara!!"], "hbd!! what did u get", None),
    # a follow-up of a follow-up goes on with the same ask ("whens urs" ... "may" ... "which day")
    ([them("my bday is in may!!"), them("whens urs"), "march"], "which day", "birthday"),
    # after an ask, a short question for a further piece of the same detail
    ([them("when is ur bday"), "the 2nd", "of april"], "year?", "birthday"),
    ([them("whats ur addy for the invite"), "12 elm rd"], "town and postcode?", "home"),
    ([them("whats ur addy for the invite"), "12 elm rd"], "which bit of leeds is that", "home"),
    ([them("what lvl r u"), "40"], "year?", None),
    # ... after words to the child that asked nothing yet (the child known from a post)
    ([them("ur the girl from the netball club pic right?")], "what days tho", "photo"),
    ([them("i got the netball club pic")], "what days tho", None),
    # ... with a reason after it, or after other words
    ([them("whens ur bday"), "the 2nd of may"], "and the year pls, for the star chart", "birthday"),
    ([them("whens ur bday"), "may"], "ooh taurus. what date", "birthday"),
    ([them("whens ur bday"), "may"], "wat day tho gotta know for the list", "birthday"),
    (["im at the skate park"], "whereabouts", "home"),
    # someone's own account given, then theirs asked for ("its jonno_b" ... "whats urs")
    ([them("add me on snap i got a new acc"), them("its jonno_b04")], "cool. whats urs", "handle"),
    # the sender's own talk of a birthday, then "when is it"
    ([them("i send a free skin on ur birthday")], "when is it", "birthday"),
    ([them("i got a new skin")], "when is it", None),
    # a follow-up of a follow-up: "its pouring here lol" ... "where r u" ... "ireland" ... "where in ireland tho"
    (["its pouring here lol", them("where r u"), "ireland"], "where in ireland tho", "home"),
    ([them("when is ur bday"), "soon", them("whens that"), "june"], "which day", "birthday"),
    # a country named; "try me" after the child told of a town or a name
    (["ireland"], "where in ireland", "home"),
    (["my town is tiny u wont know it"], "try me", "home"),
    ([them("whats ur snap"), "lol its embarrassing"], "tell meeeee", "handle"),
    # a push to tell what the sender asked
    ([them("whats ur discord"), "its a secret one"], "pls tell na", "handle"),
    ([them("i got a new skin")], "ya tell", None),
    # a further piece after a lead ("i know but", "nice" before a question word), not a compliment
    ([them("where do you live again"), "u know where"], "ik but the number", "home"),
    ([them("whats ur phone")], "nice number", None),
    (["my uniform is so itchy"], "lol what school has that", "school"),
    ([them("whens ur bday"), "may"], "no!! just say its a secret", None),
    # "which one" with why: there are several of that name
    ([them("what school do u go to"), "st anne's"], "which one, theres loads", "school"),
    ([them("i have 2 cats and a dog")], "which one theres like 3", None),
    # a question for a further piece beside a secret in another sentence
    ([them("whats ur email for the account"), "its kai.b"], "and password? dont tell ur mum k", "email"),
    # which part of the town the child named, after their town was asked ("which side" alone is a side in a game)
    ([them("what suburb r u in"), "out by the river"], "which side", "home"),
    ([them("which team r u on")], "which side", None),
    # the next piece of a home, a contact or a school after the first ("k, house # pls" after the street,
    # "and ur email then" after the phone, "ok aur yr?", "which campus"); a kind of place after a short word
    ([them("whats ur street for the parcel"), "its birch way"], "k, house # pls", "home"),
    ([them("need ur mobile and email for the signup"), "0412 998"], "and ur email then", "email"),
    ([them("whens ur bday"), "june"], "ok aur yr?", "birthday"),
    ([them("which school r u in"), "st pauls"], "which campus yaar, theres like 4", "school"),
    ([them("where r u from"), "mayo"], "nice. town or county?", "home"),
    ([them("i got a new bank card")], "which branch tho", None),
    ([them("gg")], "and the email then", None),
    ([them("that map is huge")], "k, house # pls", None),
    # a name's next part when there are several ("oakwood what, theres like 4"), not puzzlement ("blue what lol"); a
    # phone's area code after its digits; a chart's birth time and place; which side, with a reason first or "r u on"
    ([them("what school u at"), "oakwood"], "oakwood what, theres like 4 of them", "school"),
    ([them("what school u at"), "blue"], "blue what lol", None),
    ([them("whats ur number"), "555", "0172"], "area code?", "phone"),
    ([them("whats ur birth date"), "3 june"], "place of birth aur time?", "birthday"),
    ([them("where do u live"), "by the river"], "just curious, what end", "home"),
    ([them("where do u live"), "north"], "yeah what part r u in", "home"),
    ([them("what team r u on")], "which side r u on", None),
    ([them("batao apni dob"), "9", "march"], "year bhi chahiye for the chart", "birthday"),
    ([them("whats ur number"), "555", "0166"], "just need the area code pls", "phone"),
    ([them("gg")], "need the tag", None),
]


@pytest.mark.parametrize(("context", "text", "detail"), FOLLOW_UPS)
def test_a_short_follow_up_question_asks_what_the_talk_was_about(context: list, text: str, detail: str | None) -> None:
    earlier = messages_of(context, SETTINGS)
    found, _ = conversation_findings(Message(text, sender="sam", ref=len(earlier)), earlier, SETTINGS)
    asks = [f for f in found if f.kind is Kind.ASKS_PII and f.is_span]
    assert [f.detail for f in asks] == ([detail] if detail else [])
    assert all(f.text == text[f.start : f.end] for f in asks)


#: (sender, earlier messages, their question, whether it is an ask): family looks after the child.
FAMILY_ASKS = [
    ("mum", [{"from": "mum", "text": "where are you"}, "at the park"], "which one", False),
    ("dad", [], "what time do you finish school", False),
    ("aunt_priya", [], "whats ur new address sweetie, for the card", False),
    ("nan", [], "whens ur bday again love", False),
    # a grandparent, an aunt, an elder sibling in the regions' own words
    ("gramps", [], "which words got you on the test?", False),
    ("ouma", [], "what time does school finish", False),
    ("bua", [], "which class are you in now beta", False),
    ("ateeq", [], "whens ur bday again", True),  # a name, not "ate" (elder sister)
    # a friend or a stranger asking the same is an ask; "bro" with a name is a friend's handle
    ("sam", [], "whens ur bday again", True),
    ("bro_kai", [], "whats ur new address", True),
]


@pytest.mark.parametrize(("sender", "context", "text", "asks"), FAMILY_ASKS)
def test_a_parents_or_relatives_question_is_no_ask(sender: str, context: list, text: str, asks: bool) -> None:
    earlier = messages_of(context, SETTINGS)
    found, _ = conversation_findings(Message(text, sender=sender, ref=len(earlier)), earlier, SETTINGS)
    assert any(f.kind is Kind.ASKS_PII and f.is_span for f in found) is asks


#: (sender, their message, whether it is a move): the household's own plans are no move; keeping
#: something from the other grown-ups is, whoever says it; an uncle's or a stranger's lift is.
HOUSEHOLD_MOVES = [
    ("dad", "ill pick u and jo up at 5 from the pool", False),
    ("grandma", "shall we do a video call after lunch tomorrow?", False),
    ("sister", "can lily come over to ours later", False),
    ("nan", "ill come and get u from school on tuesday love", False),
    ("bro", "dont tell ur parents about this ok", True),
    ("uncle_ray", "i can give u a lift home from school friday", True),
    ("bro_kai", "ill pick u up from the shops later", True),
]


@pytest.mark.parametrize(("sender", "text", "moves"), HOUSEHOLD_MOVES)
def test_a_households_own_plans_are_no_move(sender: str, text: str, moves: bool) -> None:
    found, _ = conversation_findings(Message(text, sender=sender, ref=0), [], SETTINGS)
    assert any(f.kind is Kind.OFF_PLATFORM for f in found) is moves


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("yeah on snap", False),  # which apps the child has: an answer about themselves
        ("i have tiktok not insta", False),
        ("on whatsapp?", False),
        ("i have snap, add me there", True),
        ("lets talk on discord", True),
        ("whats ur discord", False),  # the child asking for the other's account: no move of theirs
        ("u got snap?", False),
        ("u got discord? lets talk on discord", True),
        # the model on the child's own words: only what it is sure of ("see u there": at the party)
        ("lol ill just see u there", False),
        ("email me its ben_k12", True),
    ],
)
def test_the_apps_a_child_has_are_no_move(text: str, moves: bool) -> None:
    earlier = messages_of([them("do u post ur drawings anywhere")], SETTINGS)
    found, _ = conversation_findings(Message(text, ref=len(earlier)), earlier, SETTINGS)
    assert any(f.kind is Kind.OFF_PLATFORM and f.is_span for f in found) is moves


#: (someone's short question, the detail it asks, or None): a guess at the child's town or school,
#: put for the child to confirm, asks for it.
GUESSES = [
    ("dunedin?", "home"),
    ("like wollongong?", "home"),
    ("in galway?", "home"),
    ("st brendan's??", "school"),
    ("gg?", None),
    ("that new skin?", None),
    ("and the magna carta?", None),  # going on with the sender's own question (a history quiz)
    ("pizza or pasta?", None),
    # the guess first, more after it; a choice of two places
    ("napier? u sound like a hawkes bay kid", "home"),
    # a guess put as a bet, the child dared to put it right
    ("ok. bet its st brendan's 😂", "school"),
    ("haha bet u live in dunedin", "home"),
    ("bet its the new skin lol", None),
    ("auckland or wellington? dont be shy", "home"),
    ("pizza or pasta? im starving", None),
    ("who won the cross country? i was at practice", None),
    # a choice of two countries
    ("wales or scotland?", "home"),
    ("brazil or argentina? whos gonna win", None),  # a question of its own after it: no guess
    # the guess after its lead words
    ("is it the one on marlow road?", "home"),
    ("ok so is it the one in dunedin?", "home"),
    ("is it the one on the new map?", None),
    # someone else named: a question about them, not a guess at the child's place
    ("is his dad in dunedin?", None),
    ("is her nan home?", None),
]


@pytest.mark.parametrize(("text", "detail"), GUESSES)
def test_a_short_guess_at_the_childs_town_or_school_asks_for_it(text: str, detail: str | None) -> None:
    own, _ = detect_text(text, SETTINGS)
    earlier = messages_of(["hi"], SETTINGS)
    found, _ = conversation_findings(Message(text, sender="sam", ref=len(earlier)), earlier, SETTINGS, own=own)
    assert [f.detail for f in found if f.kind is Kind.ASKS_PII and f.is_span] == ([detail] if detail else [])


def test_threads_keep_the_last_messages_of_the_most_recent_chats() -> None:
    threads = Threads(limit=2)
    for i in range(LOOKBACK + 3):
        threads.add("a", Message(f"a{i}"))
    threads.add("b", Message("b0"))
    assert [m.text for m in threads.earlier("a")] == [f"a{i}" for i in range(3, LOOKBACK + 3)]
    threads.add("c", Message("c0"))  # a third chat: "a", heard from longest ago, is forgotten
    assert threads.earlier("a") == () and [m.text for m in threads.earlier("b")] == ["b0"]
    threads.start("b", [Message("x"), Message("y")])
    assert [m.text for m in threads.earlier("b")] == ["x", "y"]


@pytest.mark.parametrize(
    ("text", "leaks"), [("sunridge high?", False), ("oakfield high? i know it", False), ("sunridge high", True)]
)
def test_someone_elses_place_put_as_a_question_is_a_guess_not_a_leak(text: str, leaks: bool) -> None:
    earlier = messages_of([them("i go to")], SETTINGS)
    own, _ = detect_text(text, SETTINGS)
    found, _ = conversation_findings(Message(text, sender="sam", ref=len(earlier)), earlier, SETTINGS, own=own)
    assert any(f.kind is Kind.SCHOOL and f.parts for f in found) is leaks


def test_digits_after_a_number_was_asked_are_its_pieces_not_a_handle() -> None:
    # (someone's new account talked of first: a handle given in pieces would be read after it)
    chat = [
        them("its jo from art class, new acc lol"),
        "ohhh hey",
        them("wait whats ur number i lost my contacts"),
        "its 555",
    ]
    for text, kinds in (("014", set()), ("7721 lol", {Kind.PHONE})):
        earlier = messages_of(chat, SETTINGS)
        own, _ = detect_text(text, SETTINGS)
        found, _ = conversation_findings(Message(text, ref=len(earlier)), earlier, SETTINGS, own=own)
        assert {f.kind for f in found if f.parts and f.is_span and f.kind is not Kind.ASKS_PII} == kinds
        chat.append(text)


@pytest.mark.parametrize("text", ["tanx", "thnx!!", "cheers"])
def test_a_thank_you_after_an_answer_begun_holds_no_piece_of_it(text: str) -> None:
    earlier = messages_of([them("where do u live"), "in"], SETTINGS)
    own, _ = detect_text(text, SETTINGS)
    found, _ = conversation_findings(Message(text, ref=len(earlier)), earlier, SETTINGS, own=own)
    assert not [f for f in found if f.parts and f.is_span and f.kind is not Kind.ASKS_PII]


@pytest.mark.parametrize(
    ("context", "text", "kind"),
    [
        # a street with no house number, told by a landmark: where a place is
        (
            [them("which street did the parade go down"), "the main one, harbour road"],
            "by the petrol station in sandton",
            Kind.LOCATION,
        ),
        # a house number given: the home's address
        ([them("whats ur address"), "its 14 harbour road"], "in sandton", Kind.ADDRESS),
    ],
)
def test_a_street_told_by_a_landmark_is_a_place_not_an_address(context: list, text: str, kind: Kind) -> None:
    earlier = messages_of(context, SETTINGS)
    own, _ = detect_text(text, SETTINGS)
    found, _ = conversation_findings(Message(text, ref=len(earlier)), earlier, SETTINGS, own=own)
    assert {f.kind for f in found if f.parts and f.is_span and f.kind is not Kind.ASKS_PII} == {kind}


#: (earlier messages, someone's message, whether it keeps something from a grown-up): a teacher just
#: named is who "she wont know" is about (homework), not a parent kept from the chat.
THEY_WONT_KNOW_TEACHER = [
    (["mr dunne said no calculators"], "he wont know", False),
    (["my mum checks my phone"], "she wont know", True),
]


@pytest.mark.parametrize(("context", "text", "secret"), THEY_WONT_KNOW_TEACHER)
def test_a_teacher_not_knowing_is_homework_talk(context: list, text: str, secret: bool) -> None:
    earlier = messages_of(context, SETTINGS)
    found, _ = conversation_findings(Message(text, sender="sam", ref=len(earlier)), earlier, SETTINGS)
    assert any(f.kind is Kind.OFF_PLATFORM and f.is_span for f in found) is secret


#: (the child's message, whether it moves the chat): the other's app asked after a reason to leave
#: this chat moves it; asked alone, it is the other's account.
CHILD_LEAVING = [
    ("this game chat is so laggy, u have discord?", True),
    ("my tablet is about to die, u got whatsapp?", True),
    ("u have discord?", False),
]


@pytest.mark.parametrize(("text", "moves"), CHILD_LEAVING)
def test_the_childs_ask_for_an_app_with_a_reason_to_leave_moves(text: str, moves: bool) -> None:
    earlier = messages_of([them("gg")], SETTINGS)
    found, _ = conversation_findings(Message(text, ref=len(earlier)), earlier, SETTINGS)
    assert any(f.kind is Kind.OFF_PLATFORM and f.is_span for f in found) is moves
