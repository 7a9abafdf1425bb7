"""Conversations (issue 12): leaks a child gives in pieces that only the pieces together make,
each family worded several ways (a birthday's day and month in two messages, a school's name
then its type or its town, a place then the part of it, a handle or an e-mail spelled over
messages, a number whose area code comes last, a postcode in halves), and the talk that looks
like them but gives nothing away. Real scanners, the real spaCy model, no mocks."""

from __future__ import annotations

import pytest

from leakscan.findings import Kind, Verdict
from leakscan.posts import scan_text
from leakscan.scanners.chat_words import handle_asked
from leakscan.settings import Settings

SETTINGS = Settings()


def them(text: str) -> dict[str, str]:
    """A message from someone else in the chat."""
    return {"from": "sam", "text": text}


#: (earlier messages, the child's post, kind, parts: context indexes holding the rest)
PIECES = [
    # the age turned and its month, then the day
    ([them("how old r u"), "10", "11 in october"], "the 8th haha", Kind.DATE_OF_BIRTH, [2]),
    # the day and the month said as the birthday, then the age turned this year (the year follows)
    ([them("u seem older"), "nah my birthday is 4 march"], "ill be 12 this year", Kind.DATE_OF_BIRTH, [1]),
    # the child's own birthday said beside a party's day, then the year
    (
        [them("when is the sleepover"), "friday the 3rd! my actual birthday is the 5th", "of may", them("how old?")],
        "12! born 2014 haha",
        Kind.DATE_OF_BIRTH,
        [1, 2],
    ),
    # the year after the day and month
    ([them("when's ur bday"), "sept 4", them("ur turning 13?")], "no 11, born 2014", Kind.DATE_OF_BIRTH, [1]),
    ([them("whens ur birthday"), "its the 8th", "of feb"], "2013 lol", Kind.DATE_OF_BIRTH, [1, 2]),
    ([them("when were u born lol"), "on boxing day", them("what year")], "2012", Kind.DATE_OF_BIRTH, [1]),
    # the year said of oneself in a longer message
    (
        [them("doing a bday list for the team, when is everyones"), "mine is the 9th of may", them("aw taurus")],
        "and im 2013 so i am basically the youngest on the team",
        Kind.DATE_OF_BIRTH,
        [1],
    ),
]

#: (earlier messages, the child's post, kind, parts) a school: its name, then its type, the name
#: with the type, or where it is
SCHOOL_PIECES = [
    ([them("what school r u at"), "oakridge"], "no the middle one lol", Kind.SCHOOL, [1]),
    ([them("which school do u go to"), "its called st anne's"], "the junior one not the senior", Kind.SCHOOL, [1]),
    ([them("u in high school yet?"), "its maple tho", them("maple high?")], "no maple elementary", Kind.SCHOOL, [1]),
    ([them("what school"), "its birch"], "grove primary", Kind.SCHOOL, [1]),
    ([them("which kv r u in"), "kv 3"], "in ambala cantt", Kind.SCHOOL, [1]),
    ([them("bet we go to the same school, which one"), "roosevelt"], "the one in oak park", Kind.SCHOOL, [1]),
    # which one: a word and a number before "one", or a road, asked back to be sure
    ([them("which school r u in"), "kv", them("nice")], "the sector 9 one in rampur", Kind.SCHOOL, [1]),
    # the branch told by its sector, after the name or the name's last word
    ([them("which school r u studying in"), "greenfield public"], "sector 31", Kind.SCHOOL, [1]),
    ([them("u in which school"), "lotus vidya"], "ya bharati, sector 7 branch", Kind.SCHOOL, [1]),
    (
        [them("what school do u go to"), "st jude's", them("my aunt went to a st judes")],
        "the high one on mill rd?",
        Kind.SCHOOL,
        [1],
    ),
    # the school's kind by its faith or its founder, after its name
    ([them("u go to st kevins?"), "no lol", "its sacred heart"], "catholic in westvale", Kind.SCHOOL, [2]),
    (
        [them("which school r u in"), "st ita's", them("theres loads")],
        "the national school in kilbeg",
        Kind.SCHOOL,
        [1],
    ),
]

#: (earlier messages, the child's post, kind, parts) a handle or an e-mail spelled over messages
ACCOUNT_PIECES = [
    # a short ask after a yes; the child's own account after someone else's, opened with "its" alone; a
    # name said to be hard to spell; Hinglish "follow kar": the pieces after them
    ([them("ya whats ur user"), "comet", "rider"], "xo2013", Kind.HANDLE, [1, 2]),
    ([them("follow my new tiktok!!"), "follow mine back haha its", "pebble"], "_pops_09", Kind.HANDLE, [2]),
    ([them("add me"), "my roblox name is kinda hard to spell", "quill", "zz"], "_rex", Kind.HANDLE, [2, 3]),
    ([them("ur edits r fire"), "thnx yaar, insta pe follow kar", "meera"], "_draws_11", Kind.HANDLE, [2]),
    # "its" ending a message in talk of accounts: the name comes in the next ones
    ([them("is ur insta id same as here?"), "no its", "mira_paints"], "_12", Kind.HANDLE, [2]),
    # where the joiner goes said after the last piece
    (
        [them("whats ur spam acc"), "its moon", "walker"],
        "_0917 with an underscore before the numbers",
        Kind.HANDLE,
        [1, 2],
    ),
    # a letter put right after the last piece: no part of the handle
    ([them("whats ur insta"), "ya mila.r"], "_2011 but the r is a p lol", Kind.HANDLE, [1]),
    # talk of which account it is before the pieces: no piece of it
    ([them("whats ur tiktok"), "its not under my real name", "_moon", "lit_"], "2012", Kind.HANDLE, [2, 3]),
    # a sentence about the account before the pieces: no piece of it
    (
        [them("whats ur snap again"), "not sure it still works tbh, phone got reset", "ok its puck", "boy"],
        "_31",
        Kind.HANDLE,
        [2, 3],
    ),
    # asked, put off, pushed to tell: the answer starts after the push
    (
        [them("whats ur insta"), "its not my real name one", them("ya tell na"), "ok its moth", "_lamp_"],
        "queen",
        Kind.HANDLE,
        [3, 4],
    ),
    # an e-mail cut right after its "@", the provider next
    ([them("whats ur email for the invite"), "its", "moonpie", "77@"], "hotmail.com", Kind.EMAIL, [3]),
    # the name after "its" at the end of a longer message, then its last piece
    (
        [them("add me on snap i got a new acc"), "mine got banned too its dizzyfox"],
        "_x21",
        Kind.HANDLE,
        [1],
    ),
    # a piece put right: "no wait", "sorry"
    (
        [them("do u post ur art? wanna follow"), "its @pip", "underscore paints"],
        "no wait its 7 at the end",
        Kind.HANDLE,
        [1, 2],
    ),
    # an e-mail's name after "mine is", then its digits and the provider
    ([them("pls drop ur email for the slides"), "mine is frogboy"], "2013 at gmail", Kind.EMAIL, [1]),
    # an e-mail's name spelled over messages, then the provider alone
    (
        [them("my mum is sending invites, which address should she use for u"), "its zanele", "dot khumalo"],
        "at webmail",
        Kind.EMAIL,
        [1, 2],
    ),
    # the provider after a word putting the piece right: "no @..."
    (
        [them("whats ur email"), "its mira no its", them("lol"), "mira.jones", them("k")],
        "no @yahoo.ie",
        Kind.EMAIL,
        [3],
    ),
    # the provider told of as a thing: "the gmail one"
    ([them("need ur email for the family invite"), "ok its skyturtle", "_04"], "@ the gmail one", Kind.EMAIL, [1, 2]),
    # an account asked by its game or its word alone, in too few words to count as an ask
    ([them("ps5?"), "ya", them("gamertag?"), "BlueOtter"], "5512", Kind.HANDLE, [3]),
    ([them("whats ur roblox"), "storm", "frog"], "yy2011", Kind.HANDLE, [1, 2]),
    ([them("wats ur user on minecraft"), "its pebble"], "_crafts09", Kind.HANDLE, [1]),
    # which one of the same name, or how it starts: "the one with _7 at the end", "starts with fern"
    (
        [them("whats ur snap"), "its moss.cat", them("theres loads of those")],
        "the one with _7 at the end",
        Kind.HANDLE,
        [1],
    ),
    ([them("whats ur tiktok"), "starts with fern"], "then ly.draws", Kind.HANDLE, [1]),
    # an e-mail opened without "my", its "@" and its dots typed apart, "then" between the pieces
    (["email is pumpkin", ".reed", them("the whole thing?")], "2010 then @ hotmail . com", Kind.EMAIL, [0, 1]),
    # the name given with "me!" to a call for everyone's e-mail, the digits and the provider after
    (
        [them("need everyones emails for the quiz"), "me! its lena.ross", them("me too")],
        "2013 at gmail . com",
        Kind.EMAIL,
        [1],
    ),
]

#: (earlier messages, the child's post, kind, parts) a place, then the part of it or a landmark in it
PLACE_PIECES = [
    ([them("where r u from"), "ohio", them("cool what part"), "near dayton"], "by the walmart", Kind.LOCATION, [3]),
    ([them("u at the mall? saw ur status"), "ya riverside"], "by the food court", Kind.LOCATION, [1]),
    ([them("where do u hang out"), "the skatepark"], "the one by the aldi in greystones", Kind.LOCATION, [1]),
    ([them("where r u rn?"), "westgate mall"], "near the game zone upstairs", Kind.LOCATION, [1]),
    # the suburb after a word or two of the child's own, in answer to which side
    (
        [them("ur accent is so coastal, what side of town"), "haha nearly", "sibayani"],
        "by the old jetty",
        Kind.LOCATION,
        [2],
    ),
    (
        [them("which area r u gaming from, ur ping is tiny"), "ja", "kwandile"],
        "near the water tower",
        Kind.LOCATION,
        [2],
    ),
    # a landmark without its town, then the town
    ([them("u skate a lot?"), "ya the one behind the swimming pool"], "in timaru", Kind.LOCATION, [1]),
    ([them("which court do u play at"), "next to the library on park rd"], "in bendigo", Kind.LOCATION, [1]),
    # a town told short, then a landmark in it
    (
        [them("where do u ride"), "the track at the reserve", "in kaiapoi"],
        "by the bakery on main rd",
        Kind.LOCATION,
        [2],
    ),
    # a landmark told in answer to which one or which part, then the suburb named bare
    ([them("which part of the city r u in"), "near the river"], "off the ring road, glenmore", Kind.LOCATION, [1]),
    ([them("which rink do u skate at"), "the one on 5th st", them("nice")], "kingsbury", Kind.LOCATION, [1]),
    ([them("lucky guess, which area"), "its by the sea", them("ooh")], "yeah, bloubergstrand", Kind.LOCATION, [1]),
    # the side of the city told short in answer to which part, then the suburb
    (
        [them("my uncle lives in perth, which bit r u"), "the north", them("oh same")],
        "ya like dunvale",
        Kind.LOCATION,
        [1],
    ),
    ([them("wat hood u in"), "south"], "by the big plaza, harrowgate", Kind.LOCATION, [1]),
    # the wide place answered to where the child is from, then the small town called in it
    ([them("where u from? u type like a yank"), "oregon lol"], "a small town called maple fork", Kind.LOCATION, [1]),
    ([them("which state"), "iowa", them("what city")], "like a town called quillby", Kind.LOCATION, [1]),
    (
        [them("where ye from"), "the midlands", them("ha nice")],
        "nah by a river, village called ardcrone",
        Kind.LOCATION,
        [1],
    ),
]

#: (earlier messages, the child's post, kind, parts) a postcode in halves, a number whose area code comes last
NUMBER_PIECES = [
    ([them("whats ur postcode so i can check delivery"), "BS16"], "3QT", Kind.ADDRESS, [1]),
    ([them("my mum needs ur postcode for the invite"), "its CF10", them("k")], "4UW", Kind.ADDRESS, [1]),
    ([them("whats ur number"), "its 555", "0172"], "oh area code 503 first", Kind.PHONE, [1, 2]),
    ([them("whats ur cell"), "555-0168"], "area code is 416", Kind.PHONE, [1]),
    ([them("whats ur cell"), "647", "eight one three"], "oh sorry 2290", Kind.PHONE, [1, 2]),
    # a mobile's ten digits in short groups, the last one after the scanner's three
    ([them("need ur number for the group"), "98761", "42"], "605", Kind.PHONE, [1, 2]),
    ([them("can i get ur number"), "093", "67", "842"], "15", Kind.PHONE, [1, 2, 3]),
    # a remark between the groups holds no piece
    ([them("whats ur number"), "083", "hang on its new i forget it", "441"], "2097", Kind.PHONE, [1, 3]),
    # the provider named bare after "email is" and the name
    ([them("need ur email for the team sheet"), "email is lina.k09"], "hotmail", Kind.EMAIL, [1]),
    # a house with no street type, or a house number, then the town, in talk of a home's address
    (
        [them("where should i post the card to"), "its 9 cnoc na gaoithe", them("and the town?")],
        "ennis co clare",
        Kind.ADDRESS,
        [1],
    ),
    (["my street is called cherry lane", them("no way"), "it is! number 40"], "in marlow", Kind.ADDRESS, [2]),
    # the town after the street, a name no list knows, alone or with what the house is like
    ([them("the florist needs an address for the flowers"), "41", "quarry road"], "brackenvale", Kind.ADDRESS, [2]),
    (
        [them("whats ur address for the party bags"), "8 fern crescent"],
        "oakhollow, the house with the blue gate",
        Kind.ADDRESS,
        [1],
    ),
    # the town in a longer message whose other words only say which house it is
    (
        [them("ur coming to my sleepover right"), "ya whats ur address", "its 17 wattle rd"],
        "in ferndale heights, the house with the hammock",
        Kind.ADDRESS,
        [2],
    ),
    (["come over sat!!", "we live on 23 larch st"], "in bramblewood, the green one with a caravan", Kind.ADDRESS, [1]),
    # ... or with a landmark the house is near
    (["we moved!! new place is 6", "kauri rd"], "its out in bendigo, near the old mill", Kind.ADDRESS, [1]),
]

#: (earlier messages, the child's post): nothing completed across messages.
NOT_PIECES = [
    # a refusal before digits: no handle of digits alone
    ([them("u got snap?"), "not allowed snap, mum checks my phone", them("whats ur number then")], "0412"),
    # a branch's sector, but where the child lives, or no school named before it
    ([them("which school u in"), "greenfield public"], "i live in sector 31"),
    # a landmark after a word of the child's that no question asked about
    ([them("u good?"), "ya", "bored"], "by the window lol"),
    # a local number before its area code, a mobile's first seven or eight digits: more to come
    ([them("whats ur number"), "555"], "0137"),
    ([them("number pls"), "98761"], "42"),
    ([them("text me"), "0418", "552"], "7"),
    ([them("ring me"), "0771", "4"], "982"),
    # a date after a birthday that is someone else's, or not the child's day at all
    ([them("my sis has her birthday in june"), "cool mine is soon"], "the 9th is her party"),
    ([them("happy birthday to my mum today"), "aww"], "tell her happy bday"),
    ([them("when's ur bday"), "march 3rd"], "and the 15 is my football number"),
    # a grade, a class or a floor is no day
    ([them("when's ur birthday"), "in october"], "im on the 3rd floor"),
    # a star sign put right after the date
    ([them("whens ur bday"), "the 2nd", them("ok"), "of march"], "pisces actually lol"),
    # a whole date in one message, after a year given as an e-mail's piece
    ([them("whats ur email"), "its tui.m", "2012", them("and ur date of birth")], "4 may 2012"),
    # no account's name before the provider, or no piece after "no wait"
    ([them("whats ur snap")], "no wait i forgot it"),
    ([them("we had so much fun"), "the party was lit"], "at live music"),
    # a date after a number's pieces is no more of the number
    ([them("ur number?"), "021", "483 3170", them("when's ur birthday so i can send u something")], "5 july"),
    ([them("whats ur postcode"), "not telling"], "sorry"),
    # a number that is no house, with no talk of a home
    ([them("what number r u on the team"), "number 61"], "in ashford tho"),
    ([them("how many goals did u get"), "its 14 goals"], "in leeds"),
    # game talk, a figure of speech, which one of the landmarks (not yet where)
    ([them("what part r u on"), "level 3"], "near the boss room"),
    ([them("where r u from"), "ohio"], "by the way im 12"),
    ([them("where do u hang out"), "the skatepark"], "the one by the shops"),
    # no talk of schools, or no name before the type: a middle piece, a school told of by its type
    ([them("which slice do u want"), "the big one"], "no the middle one"),
    ([them("what school"), "not telling"], "in class rn"),
    ([them("what school"), "grade 6"], "at a primary"),
    ([them("what school"), "its a primary school"], "laerskool"),
    ([them("where do u go after school"), "the skatepark"], "the one by the shops in town"),
    ([them("which school"), "hillcrest"], "in a bit, gotta eat"),
    # a landmark, then an everyday word where a town would be
    ([them("where do u skate"), "the one behind the library"], "in summer mostly"),
    ([them("where r u"), "at the park"], "in bed now lol"),
    # a provider named with no account's name before it
    ([them("whats ur email"), "idk i never use it"], "@ the gmail one"),
    # a game or an app named in a question, then talk of it: no name given
    ([them("u play roblox?"), "ya with my cousin"], "we play 2 times a week"),
    ([them("is ur insta private?"), "ya"], "only 12 followers lol"),
    ([them("whats ur fortnite"), "idk"], "i forgot it lol"),
    ([them("gt?"), "dont have xbox"], "ps4 only"),
    ([them("u play free fire a lot?"), "ya every day"], "like 6"),
    # e-mail talk that gives no address
    (["email is down at school", them("oh no")], "at 3 it works again"),
    # after a street given, a word that is no town
    ([them("whats ur address"), "9 birch lane", them("cool")], "bye"),
    ([them("whats ur address"), "9 birch lane"], "lol"),
    ([them("whats ur address"), "9 birch lane"], "maybe"),
    # which house it is, after the street, names no town
    (["come over sat!!", "we live on 9 birch lane"], "the yellow house with a pool, so cool lol"),
    (["come over sat!!", "we live on 9 birch lane"], "the one with the red door u cant miss it"),
    # a phone number's first groups after a street and its town: no postcode
    (["come to mine sat", "its 17 wattle rd", "in ferndale heights", them("mum wants ur mums number")], "0412 880"),
    ([them("whats ur address"), "9 birch lane"], "cheers"),
    # a possessive name after the street: a saint's school or church, no town
    ([them("whats ur address"), "12 oak road"], "brendan's"),
    # someone else's age and month before a day
    ([them("how old is ur sister"), "she turns 9 in may"], "the 3rd"),
    # after a landmark told: the landmark's own name, a month, a country, or no question for which part
    ([them("u at the park?"), "ya at the park", them("which park")], "pinewood"),
    ([them("which one"), "the one by the lake"], "lake moorvale"),
    ([them("which area"), "near the coast"], "june"),
    ([them("which part"), "near the beach"], "canada"),
    ([them("where is that"), "by the old water tower"], "manitoba"),
    # scores with a remark between: no number; the provider after talk, no name
    ([them("how many goals this season"), "12", "lol not many"], "15"),
    ([them("what do u use for school stuff"), "its fine", them("same")], "gmail"),
    # a name hard to spell, then talk; a school's faith with no name before it
    ([them("add me"), "my fortnite name is hard to spell", them("go on")], "nvm ill send it later"),
    ([them("what do u do on sundays"), "church lol"], "catholic in westvale"),
    ([them("is the match on tonight"), "no its"], "tmrw_at_6"),
    # the side of a map or a team told, then a word or no question for which part
    ([them("which side of the map"), "the north"], "ya like tilted"),
    ([them("which side r u on"), "west"], "ya team blue"),
    ([them("which part of the map do u spawn"), "the south"], "ya by the castle"),
    # a town called, asked of a trip or a story's place, or with no answer to where the child is from
    ([them("where r u off to on holiday"), "spain"], "a little town called rosmar"),
    ([them("whats the game about")], "a town called dunmore gets invaded"),
    ([them("where u from"), them("hello??")], "a town called velbridge"),
    ([them("where u from"), "the south"], "a town called nowhere lol"),
    # no birthday talk: a day and a month of a trip
    ([them("when r u going to the beach"), "in july"], "the 14th"),
]


@pytest.mark.parametrize(
    ("context", "post", "kind", "parts"), PIECES + SCHOOL_PIECES + ACCOUNT_PIECES + PLACE_PIECES + NUMBER_PIECES
)
def test_pieces_make_a_leak_on_the_message_that_completes_them(
    context: list, post: str, kind: Kind, parts: list
) -> None:
    alone = scan_text(post, SETTINGS)
    assert not any(f.kind is kind and f.parts for f in alone.findings)
    result = scan_text(post, SETTINGS, context=context)
    across = [f for f in result.findings if f.kind is kind and f.parts and f.is_span]
    assert across, result.findings
    assert post[across[0].start : across[0].end] == across[0].text
    assert set(parts) <= set(across[0].parts)
    assert result.verdict is not Verdict.OK


#: (earlier messages, the child's post, kind, parts) a birthday's day and month with no year or age
#: yet, and a handle's name and a joined word with no digits yet: pieces so far
#: (:func:`leakscan.conversation.held.piece_so_far`), the post's own finding; the leak comes with the rest.
PIECES_SO_FAR = [
    (
        [them("happy bday for friday!!"), "its not friday its the 6th lol", them("oops")],
        "april silly",
        Kind.DATE_OF_BIRTH,
        [1],
    ),
    ([them("ur birthday is soon right?"), "nah im november"], "the 28th, day after my dads", Kind.DATE_OF_BIRTH, [1]),
    ([them("did u have a party on ur birthday"), "its not til august"], "the 14th", Kind.DATE_OF_BIRTH, [1]),
    (
        [them("i bet ur bday is 5/4"), "its may but not the 4th", them("the 3rd?")],
        "nope the 19th",
        Kind.DATE_OF_BIRTH,
        [1],
    ),
    ([them("whens ur birthday? doing star signs"), "im a libra"], "the 2nd", Kind.DATE_OF_BIRTH, [1]),
    ([them("what month were u born"), "march", them("ooh spring baby")], "the 11th", Kind.DATE_OF_BIRTH, [1]),
]


HANDLE_SO_FAR = [
    ([them("ur insta is private, whats ur other acc"), "i have a finsta", "its not.sure"], ".yet", Kind.HANDLE, [2]),
]


@pytest.mark.parametrize(("context", "post", "kind", "parts"), PIECES_SO_FAR + HANDLE_SO_FAR)
def test_a_piece_so_far_completes_nothing_yet(context: list, post: str, kind: Kind, parts: list) -> None:
    result = scan_text(post, SETTINGS, context=context)
    assert not any(f.kind is kind and f.parts and f.is_span for f in result.findings), result.findings
    assert result.verdict is not Verdict.OK  # (as the leak across messages was)


@pytest.mark.parametrize(("context", "post"), NOT_PIECES)
def test_talk_like_pieces_completes_nothing(context: list, post: str) -> None:
    result = scan_text(post, SETTINGS, context=context)
    assert [(f.kind, f.text) for f in result.findings if f.parts and f.is_span] == []


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("gamertag?", True),
        ("whats ur roblox", True),
        ("wats ur user on minecraft", True),
        ("what is ur tiktok", True),
        ("ign?", True),
        ("ya whats ur user", True),
        ("ok wats ur gamertag", True),
        # an app or a game in a question that asks for no name, a long question (the asks' to read), no question
        ("u play free fire a lot?", False),
        ("can i whatsapp u?", False),
        ("whats ur fave roblox game to play rn", False),
        ("what time does ur mom get home", False),
        ("whats up", False),
        ("my user is dumb", False),
        ("ok whats up", False),
        ("ya my user is long", False),
    ],
)
def test_a_short_question_for_an_account(text: str, asks: bool) -> None:
    assert handle_asked(text) is asks


#: (earlier messages, the child's post): a sentence of talk, then pieces that are no handle's (the talk is
#: left out only before a message that gives a name: "ok its puck" ... "boy" ... "_31")
NO_HANDLE_AFTER_TALK = [
    ([them("staff check: send ur date of birth + login email"), "uh wait is this actually real", "june 9"], "2013"),
    ([them("whats ur snap"), "i dont really use it that much anymore", "maybe"], "later"),
]


@pytest.mark.parametrize(("context", "post"), NO_HANDLE_AFTER_TALK)
def test_talk_then_other_pieces_makes_no_handle(context: list, post: str) -> None:
    result = scan_text(post, SETTINGS, context=context)
    assert [f.text for f in result.findings if f.kind is Kind.HANDLE and f.parts] == []
