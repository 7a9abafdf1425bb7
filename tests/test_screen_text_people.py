"""Who a picture's text names by its layout (leakscan.scanners.screen_people, screen_tags,
screen_places, screen_ages): gamer tags, initials, a chat's senders, lists of names, owners'
labels, where a child is from, the age a chat answers."""

from __future__ import annotations

import pytest

from leakscan.findings import Kind
from leakscan.scanners.screen_ages import answered_ages, dated_ages
from leakscan.scanners.screen_people import (
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
)
from leakscan.scanners.screen_places import (
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
from leakscan.scanners.screen_tags import (
    added,
    camel_senders,
    followed,
    gamer_tags,
    header_tags,
    labelled_tags,
    lobby_tags,
    stamped_senders,
)

GAMER_TAGS = [
    ("TEAM RED xXKoruBlastXx Lv 40", ["xXKoruBlastXx"]),  # framed
    ("#4 TaneK_Shark #5 the_real_mere07", ["TaneK_Shark", "the_real_mere07"]),  # joined by "_"
    ("LOBBY NoahBuilds31 ready", ["NoahBuilds31"]),  # a given name, a word and a number
    ("squad: aroha.Comet.73 online", ["aroha.Comet.73"]),  # dotted
    ("TEAM xX_Tane_Xx ready", ["xX_Tane_Xx"]),  # framed, with "_" inside
    ("lobby: aroha_k_akl joined", ["aroha_k_akl"]),  # lower case, a given name in it
    ("my insta aroha.draws", ["aroha.draws"]),  # a given name dotted
    ("FRIENDS xXBlastKoru58 online", ["xXBlastKoru58"]),  # half a frame, words and a number
    ("party: XxComet9 ready", ["XxComet9"]),
    ("READY\nHemiTheKea\nNOT READY", ["HemiTheKea"]),
    ("#9 RubyTheRacer", ["RubyTheRacer"]),  # a given name that is also a word  # three words run together, a given name
    ("#3 ItsMeWiremu #4 TaneTheShark12", ["TaneTheShark12", "ItsMeWiremu"]),
    ("FRIENDS\nKoruBlastYT\nOnline", ["KoruBlastYT"]),  # a creator's channel
    ("squad MoaRocketTTV7 ready", ["MoaRocketTTV7"]),
    ("MY CODE FC 4312-0087-5521 invite me", ["FC 4312-0087-5521"]),  # a console's friend code
    ("friend code: 1234-5678-9012", ["code: 1234-5678-9012"]),
    ("FRIENDS\nMereGaming\nOnline", ["MereGaming"]),  # a given name and a player's word
    ("LVL 40 TaneYT ready", ["TaneYT"]),  # a given name and a creator's
    ("squad: NoahPlays7", ["NoahPlays7"]),
    ("TEAM xXSeo-ahPlayzXx ready", ["xXSeo-ahPlayzXx"]),  # framed, a hyphenated name inside
    ("RED TEAM tanexrocket", ["tanexrocket"]),  # a given name, an "x" and a word
    ("emmaxkiwi sent you a Snap", ["emmaxkiwi"]),
    ("LOBBY CHAT oliverxaroha: gg", ["oliverxaroha"]),  # a name, "x", another name
    # a lower-case word framed by one "x" at each end, a given name opening it
    ("K xkoraleighcometx Offline", ["xkoraleighcometx"]),
    ("xtobiask8x", ["xtobiask8x"]),
]

NOT_GAMER_TAGS = [
    "MAX_SIZE = 10",  # capitals alone: a program's constant
    "open read_me first",  # lower-case words alone
    "buy a PlayStation5 today",  # no given name in it
    "mail mia_k12@example.com",  # an e-mail address
    "youtube.com/@xXKoruXx",  # a link's
    "photo IMG_2041.jpg",  # a file
    "see aroha.com or aroha.jpg",  # a link, a file
    "open user_list now",  # lower-case words, no given name
    "buy a GameBox360 today",  # words run together and a number, no given name, no frame
    "xXtra large 40",  # not a frame: no capitalised word run together before a number
    "watch TheGreatBakeOff tonight",  # three words run together, no given name
    "play BlackFridaySale now",
    "watch on SmartTV tonight",  # one word before "TV": no creator's tag
    "call 0800-1234-5678-9012",  # four groups: no friend code
    "new on SportsGaming tonight",  # no given name before the player's word
    "watch BoxYT now",
    "call a taxi home",  # an everyday word's "x": no given name before it
    "sixteen candles tonight",
    "in maxstrength mode",  # no given name of three letters or more before the "x"
    "annexation of the land",  # a name before the "x", no word after it
    "relax by the xerox box",  # everyday words with an x at each end
    "xenophobex and saxophonex",  # no given name opens the frame
]

FOLLOWED = [
    ("2m ago\nkiri.moa.x started following you", ["kiri.moa.x"]),  # a notification's account
    ("tane.K mentioned you in a comment", ["tane.K"]),
    ("9:41\nits.mere.art\n12 340 98\nposts followers following", ["its.mere.art"]),  # a profile's header
]

NOT_FOLLOWED = [
    "kiri.moa.x\nsee you at 3",  # alone on its line, no profile
    "9:41\nkiri.com\nfollowers",  # a link
    "12.5k\nfollowers",  # a count
    "ok.so started following the recipe",  # not heading a notification's line
]


@pytest.mark.parametrize(("text", "tags"), FOLLOWED)
def test_a_followers_dotted_tag(text: str, tags: list[str]) -> None:
    assert [text[s:e] for s, e in followed(text)] == tags


@pytest.mark.parametrize("text", NOT_FOLLOWED)
def test_no_followers_tag(text: str) -> None:
    assert list(followed(text)) == []


HEADER_TAGS = [
    ("9:41\nKT Kiri Tane kiri_t09\nhey", ["kiri_t09"]),  # the avatar's initials are the name's
    ("ul\n9:41\nM Moana moanab2014\nsee u", ["moanab2014"]),  # one initial, one name
    ("9:41 RM Ruben Marsh RubyFox7\nok", ["RubyFox7"]),  # after the status bar's clock
    ("9:41\nTama W.\nTW StarKoru208\nToday", ["StarKoru208"]),  # the name on its own line over them
]

NOT_HEADER_TAGS = [
    "9:41\nKT Moana Rua kiri_t09",  # the initials are no one's on the line
    "9:41\nhey\nok\nsure\nKT Kiri Tane kiri_t09",  # further down: a message, not the header
    "9:41\nKT Kiri Tane online",  # no number in the tag
    "9:41\nTama W.\nAB StarKoru208",  # initials that are not the name's above
    "9:41\nhey\nok\nsure\nyes\nTama W.\nTW StarKoru208",  # further down
]


@pytest.mark.parametrize(("text", "tags"), HEADER_TAGS)
def test_a_chat_headers_tag(text: str, tags: list[str]) -> None:
    assert [text[s:e] for s, e in header_tags(text)] == tags


@pytest.mark.parametrize("text", NOT_HEADER_TAGS)
def test_no_header_tag(text: str) -> None:
    assert list(header_tags(text)) == []


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("9:12\nSnapchat Snapchat TheMossyOtter sent you a Snap", ["TheMossyOtter"]),  # after an app's name
        ("Discord LordOfBeans42 u coming?", ["LordOfBeans42"]),
        ("9:12\nKW Kiri Waaka\nTheLoudKettle\nTODAY", ["TheLoudKettle"]),  # under a chat header's name
        ("9:12\nKW Kiri Waaka\nTheLoudKettle hi", []),  # a message's first word, not alone on its line
        ("9:12\nAB Kiri Waaka\nTheLoudKettle", []),  # initials that are not the name's
        ("Netflix TheQuietHarbour is now streaming", []),  # no messaging app: a title
        ("watch TheQuietHarbour tonight", []),
    ],
)
def test_a_camel_tag_where_a_sender_stands(text: str, tags: list[str]) -> None:
    assert [text[s:e] for s, e in camel_senders(text)] == tags


LOBBY_TAGS = [
    ("LOBBY\nTA tarnwick\nLv 12 READY\nLU Iumbrafox9", ["tarnwick", "Iumbrafox9"]),  # the avatar's letters, OCR's I
    ("FRIENDS RocketKoru512 online TurboMoa77 away", ["RocketKoru512", "TurboMoa77"]),  # no given name needed
    ("LOBBY xXFrostKea204 ready", ["xXFrostKea204"]),
    ("#1 frost.moa 4,210\n#2 its.kiri.art 3,990", ["frost.moa", "its.kiri.art"]),  # lower-case words dotted
    ("PARTY wolf12storm tui07blaze LVL 9", ["wolf12storm", "tui07blaze"]),  # a number between words
    ("rocketkoru512 ready", ["rocketkoru512"]),  # an unknown word and a number
    ("#4\nkiwiblastmoa\n41,200", ["kiwiblastmoa"]),  # a word no list knows, alone on its line
    ("tuifrostie (you)\n#5", ["tuifrostie"]),  # ... before the player's "(you)"
    ("LOBBY moaBlaze42 kiwiStarFox7 Lv 12", ["moaBlaze42", "kiwiStarFox7"]),  # a lower-case word, capitals, a number
    ("FRIENDS KM kiri.moa38 Offline", ["kiri.moa38"]),  # dotted words ending in a number
    ("FRIENDS its_kiri_star Away", ["its_kiri_star"]),  # lower-case words joined by "_"
    ("Friends\ntanengata TN Playing Kart Racers", ["tanengata"]),  # heading a row before its status
    ("Invite\nmerewhite_ Away", ["merewhite_"]),
    ("Chat\naroharua AR Last online 3h ago", ["aroharua"]),
    ("Best friends kiri482 tane2210", ["kiri482", "tane2210"]),  # a short given name and a number
    ("BLUE TEAM itstamsinblaze ready", ["itstamsinblaze"]),  # "its", a given name and a word
]

NOT_LOBBY_TAGS = [
    "LOBBY\nOK okay",  # an everyday word after its letters
    "LOBBY\nAB tarnwick",  # letters that are not the tag's own
    "buy a PlayStation5 today",  # one digit: a product's model
    "new Xbox360",  # one word with its number
    "RocketKoru ready",  # no number
    "see kiri.com or kiri.png",  # a link, a file
    "the wifi is so slow.my mum said no",  # a lost space between two sentences
    "visit www.moa",  # a site's start
    "season9 starts now",  # an everyday word and a number
    "mp3 player",  # too short to be a word and a number
    "#4\nanonymous\n41,200",  # an everyday word alone on its line
    "kiwiblastmoa says hi",  # a word no list knows, in a sentence
    "Friends\nsunday S Online",  # an everyday word before a status
    "Invite\nkiri.com Away",  # a link
    "we are all Playing now",  # not heading its line
    "open read_me.txt first",  # a file's name
    "my iPhone12 died",  # one lower-case letter before the capital: a product
    "see kiri.moa38.com",  # a link
    "room 101 and year2024",  # no given name before the number
    "it kept itself busy",  # an everyday word after "its"
    "itsgoingwell today",  # no given name after "its"
]


@pytest.mark.parametrize(("text", "tags"), LOBBY_TAGS)
def test_a_lobbys_other_players(text: str, tags: list[str]) -> None:
    assert [text[s:e] for s, e in lobby_tags(text)] == tags


@pytest.mark.parametrize("text", NOT_LOBBY_TAGS)
def test_no_lobby_tag(text: str) -> None:
    assert list(lobby_tags(text)) == []


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("KiwiAce9: add me moa_rocket on snap", ["moa_rocket"]),  # any shape
        ("add me kiriblaze on insta pls", ["kiriblaze"]),
        ("follow me @riley.draws on tiktok", ["@riley.draws"]),
        ("add me on snap", []),  # no tag
        ("add me to the group on whatsapp", []),  # "to the group": no tag before the app
        ("add salt on top", []),  # no app
        ("Our base is here\njoin us KoruBlast207", ["KoruBlast207"]),  # an invitation's tag, its line's end
        ("scan the code\njoin us tane_plays", ["tane_plays"]),
        ("join us today", []),  # an everyday word
        ("join us Saturday\nat the park", []),
        ("join us MoanaBlast207 at the park", []),  # not the line's end: a sentence goes on
        # a profile's "add me:" label, whatever follows the tag
        ("ABOUT ME add me: orbitLumi52 School: Tinwald Primary", ["orbitLumi52"]),
        ("add me: kettle_wren", ["kettle_wren"]),
        ("add me: Saturday morning", []),  # an everyday word
        ("add me: wexbury.com/join", []),  # a link
    ],
)
def test_a_tag_a_chat_asks_to_be_added_by(text: str, tags: list[str]) -> None:
    assert [text[s:e] for s, e in added(text)] == tags


@pytest.mark.parametrize(("text", "tags"), GAMER_TAGS)
def test_gamer_tags(text: str, tags: list[str]) -> None:
    assert [text[s:e] for s, e in gamer_tags(text)] == tags


@pytest.mark.parametrize("text", NOT_GAMER_TAGS)
def test_no_gamer_tag(text: str) -> None:
    assert list(gamer_tags(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Goals: Tane K. (2)", ["Tane K."]),
        ("Wiremu P. (Year 7)", ["Wiremu P."]),  # a name no list knows
        ("Poppy W. (Year 4)", ["Poppy W."]),  # a given name that is also a word, laid out as a name
        ("Signed: R. Okonjo", ["R. Okonjo"]),
        ("May I. go", []),  # a month
        ("Grade A. Level", []),  # an everyday word
        ("quote by A. Einstein", []),  # famous
        ("Mute\nPoppy B\nTane K\nLeave", ["Poppy B", "Tane K"]),  # a video call's tiles, no dot
        ("Gate B\nPlan B", []),  # no given name before the letter
        ("Poppy B is here", []),  # no dot and not ending its line
        ("IA Ifeoma A last seen today at 16:02", ["Ifeoma A"]),  # a chat header's status after it
        ("9:02\nVK Vardan K. Today hi", ["Vardan K."]),  # the avatar's initials agree
        ("TV Ashby K. Today", []),  # initials that do not agree, a name no list gives
    ],
)
def test_names_with_an_initial(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in initialled(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Aroha lol same 16:04", ["Aroha"]),
        ("ok 16:04 Tane omw now 16:05", ["Tane"]),
        ("Hope you are ok 16:04", []),  # an everyday word
        ("Wiremu brb 16:04", ["Wiremu"]),  # a word no list knows
        ("Aroha Ngata", []),  # no message, no time stamp
        ("READY\nWiremu: my mum is at work", ["Wiremu"]),  # a game chat's speaker before its ":"
        ("Note: bring a coat", []),  # a label's word
        ("Auckland: sunny all day", []),  # a big city
        ("Monday: swimming", []),
        ("Tane see u soon\n8:15", ["Tane"]),  # the time stamp under the message, in the bubble's corner
        ("Hope u feel better\n8:15", []),  # an everyday word, whatever the time's place
        ("Tane see u soon\nat the gate 8:15", []),  # a time on the next line after other words
    ],
)
def test_a_chats_sender(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in senders(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Year 5 quiz\nAroha\nTane (Yr 4)\nYou", ["Aroha", "Tane"]),
        ("Aroha\nRuby", ["Aroha", "Ruby"]),  # a name that is also a word, in a list of names
        ("Lunch\nSunday service", []),  # everyday words
        ("June\n2026", []),  # a month
    ],
)
def test_a_list_of_names(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in listed(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("This lunch box belongs to Tane", ["Tane"]),
        ("property of: Aroha Ngata", ["Aroha Ngata"]),
        ("this belongs to Everyone", []),
        ("This certificate is presented to Aroha Ngata for", ["Aroha Ngata"]),
        ("Star of the Week presented to\nAroha Ngata\nfor kindness", ["Aroha Ngata"]),  # on the next line
        ("presented to\nEveryone", []),
    ],
)
def test_an_owners_label(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in owners(text)] == names


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("how old r u 18:02\n11 haha", ["11"]),
        ("how old are you? koru_kid: 9 lol", ["9"]),
        ("how old r u gonna be 17:40\n12 next week", ["12"]),
        ("how old r u 18:02\nim 11 years old", ["11"]),
        ("how old r u 18:02\n18:05", []),  # a time stamp is no answer
        ("how old is ur dog\n4", []),  # not the child
        ("how old r u\n25 lol", []),  # no child's age
    ],
)
def test_the_age_a_chat_answers(text: str, ages: list[str]) -> None:
    assert [text[s:e] for s, e in answered_ages(text)] == ages


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("RSVP to Aroha on 021 555 0100", ["Aroha"]),
        ("questions? call coach Tane at the club", ["Tane"]),
        ("Coach Mere moved training", ["Mere"]),
        ("it's Wiremu's 9th birthday!", ["Wiremu"]),
        ("call Monday on the hour", []),  # a day
        ("call Home at 5", []),  # an everyday word
        ("text Now on sale", []),
        ("bring a plate! Aroha on 021 555 0100", ["Aroha"]),  # a name before its number
        ("Monday on 021 555 0100", []),
        ("First name Wiremu Surname Ngata-Hale", ["Wiremu", "Ngata-Hale"]),  # a form's fields
        ("Surname Please", []),  # an everyday word
        ("Last name O'Brien Mobile", ["O'Brien"]),  # an Irish surname's apostrophe
        ("Chess club! New players wanted! Contact Wiremu\nTuesdays", ["Wiremu"]),  # a flyer's contact ending its line
        ("questions? contact Us.", []),  # an everyday word
        ("contact Hemi about the bake sale", []),  # a sentence goes on: not who the flyer names
        ("BABYSITTER Hi I'm Aroha, 15", ["Aroha"]),  # a child introducing themself
        ("Hi I'm Wiremu!", ["Wiremu"]),
        ("Hi I'm Ready!", []),  # an everyday word
        ("12:30 Party for Hemi 14 Rimu St", ["Hemi"]),  # a calendar's party: whose it is
        ("Party for Everyone at the hall", []),  # an everyday word
    ],
)
def test_who_to_call(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in called(text)] == names


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Age: 10 From: Tinwald Bio: gamer", ["Tinwald"]),
        ("anyone from Wharekauri?", ["Wharekauri"]),
        ("a message from Aroha", []),  # a given name
        ("greetings from London!", []),  # a big city: everyone's
        ("straight from School.", []),  # an everyday word
        ("Region: Tinwald, NZ", ["Tinwald"]),  # a profile's label
        ("Region: London", []),  # a big city
        ("KoruAce12: from Tinwald lag again", ["Tinwald"]),  # a chat's words after it
        ("real name Riley lol from Tinwald (NZ)", ["Tinwald"]),  # a country's code after it
        ("a message from Aroha lol", []),  # a given name
        ("Year / Grade Y5 Town / City Wharerangi\nNext", ["Wharerangi"]),  # a form's column, no ":"
        ("Town/City: London\n", []),  # a big city
        ("Town / City Wharerangi Password", ["Wharerangi"]),  # a sign-up form's next field, no ":"
        ("Bus: Route 27 from Wharerangi - 7:52 am", ["Wharerangi"]),  # a timetable's dash before the time
        ("a message from Aroha - 3:42", []),  # a given name
    ],
)
def test_where_a_child_is_from(text: str, places: list[str]) -> None:
    assert [text[s:e] for s, e in from_places(text)] == places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Birthdays this month: Aroha - 12/3 Tane - 4 June", [("Aroha", "12/3"), ("Tane", "4 June")]),
        ("Birthdays: Wiremu - March 9", [("Wiremu", "March 9")]),
        ("Aroha - 12/3 reading group", []),  # no birthday in the picture
        ("Birthdays: Monday - 4 June", []),
        # a surname's initial after the name, a day's ordinal with "of"
        ("Birthdays this month: Tamsin R. - 3rd of July", [("Tamsin R.", "3rd of July")]),
        ("Birthdays: Kiri - 14th of March Wiremu J. - 2/9", [("Kiri", "14th of March"), ("Wiremu J.", "2/9")]),
        ("Tamsin R. - 3rd of July spelling test", []),  # no birthday in the picture
        ("Birthdays: Monday A. - 3rd of July", []),  # a weekday, no name
        ("Birthdays: Kiri - Aug 9th Tane - Sept 3", [("Kiri", "Aug 9th"), ("Tane", "Sept 3")]),  # short months
    ],
)
def test_a_birthday_list(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in birthday_list(text)] == found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Last seen near Tinwald on Kowhai Rd Tuesday evening", ["Tinwald", "Kowhai Rd"]),
        ("last seen on The Paddocks. call 021 555 0100", ["The Paddocks"]),
        ("Last seen on Tuesday in London", []),  # a day, a big city
        ("near Tinwald on Kowhai Rd", []),  # no lost pet
        ("Last seen by the river in Hamilton on Friday", ["Hamilton"]),  # a town of the lists, big or not
        ("Last seen near the dairy in Palmerston North.", ["Palmerston North"]),
        ("last seen in Germany", []),  # a country
    ],
)
def test_where_a_lost_pet_was_last_seen(text: str, places: list[str]) -> None:
    assert [text[s:e] for s, e in last_seen(text)] == places


@pytest.mark.parametrize(
    ("text", "street", "town"),
    [
        ("Home address: 41 Kowhai Close Tinwald Postcode: TN4", "41 Kowhai Close", "Tinwald"),
        ("at 9 Rimu Lane, Tinwald TN4 9AB on Saturday", "9 Rimu Lane", "Tinwald TN4 9AB"),  # with its postcode
        ("41 Kowhai Close Postcode: TN4", "41 Kowhai Close", None),  # a form's next label
        ("9 Rimu Lane, London", "9 Rimu Lane", None),  # a big city
        ("9 Rimu Lane Aroha's house", "9 Rimu Lane", None),  # a given name
    ],
)
def test_the_town_after_an_address(text: str, street: str, town: str | None) -> None:
    span = town_after(text, text.index(street) + len(street))
    assert (text[span[0] : span[1]] if span else None) == town


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Happy Birthday Aroha 9", [("Aroha", "9")]),
        ("ppy Birthda Wiremu 11!", [("Wiremu", "11")]),  # the greeting cut by the OCR
        ("Happy Birthday Aroha 25", []),  # no child's age
        ("Happy Birthday\nTable 9", []),  # not on the greeting's line, no name
        ("Aroha 9", []),  # no birthday
        ("•Happy Birthday Okafor 10", [("Okafor", "10")]),  # a name the lists know as a surname
        ("Happy Birthday Toronto 9", []),  # a big place
        ("Happy Chloe 8", [("Chloe", "8")]),  # a cake's icing whose "Birthday" the OCR lost
        ("Happy Okafor 3", []),  # after "Happy" alone, a given name only (a film's sequel)
        ("Happy Days 9", []),  # everyday words
        ("Happy Birthday Party 9", []),  # an everyday word
        ("Happy Birthday Tane 12th", [("Tane", "12th")]),  # the age by its ordinal
        ("Happy Birthday\nAroha\n7th", [("Aroha", "7th")]),  # the name on a line of its own, then the age
        ("Happy Birthday\nWiremu\n10", [("Wiremu", "10")]),
        ("Happy Birthday\nKelso\n150th", []),  # no child's age
        ("Happy Birthday\nTable\n9th", []),  # an everyday word
    ],
)
def test_a_name_and_an_age_in_a_birthdays_greeting(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in birthday_ages(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("FRIENDS KoruAce12 Mereana, 11 TuiBlast58", [("Mereana", "11")]),  # a friend list's name and age
        ("bio: Riley, 9", [("Riley", "9")]),
        ("Grace, 3 eggs and flour", []),  # a word after the number: no age
        ("June, 12", []),  # a month
        ("Tinwald, 12", []),  # no given name
        ("Riley, 25", []),  # no child's age
        ("Riley, 9.5 km", []),  # a decimal
    ],
)
def test_a_name_and_an_age_after_a_comma(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in comma_ages(text)] == found


@pytest.mark.parametrize(
    ("text", "end_of", "town"),
    [
        ("Tel 021 555 0100 | Tinwald\nTerm report", "0100", "Tinwald"),  # a letterhead's town
        ("Tel 021 555 0100  Tinwald", "0100", "Tinwald"),
        ("Tel 021 555 0100 | London", "0100", None),  # a big city
        ("Tel 021 555 0100 Tinwald school office", "0100", None),  # not last on its line
        ("call 021 555 0100 Mobile", "0100", None),  # a form's next label
    ],
)
def test_a_letterheads_town_after_its_phone(text: str, end_of: str, town: str | None) -> None:
    span = letterhead_town(text, text.index(end_of) + len(end_of))
    assert (text[span[0] : span[1]] if span else None) == town


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tinwald School\nSchool Road, Tinwald", [("School Road", "Tinwald")]),  # a sign's street and town
        ("Kowhai Lane Tinwald", []),  # no comma: one name
        ("Abbey Road, London", []),  # a big city's street
        ("Happy Birthday, Tinwald", []),  # no street
    ],
)
def test_a_street_and_its_town_without_a_number(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in street_towns(text)] == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tutor Mereana Tait 021 555 0100", "Mereana Tait"),  # an everyday word before the name left out
        ("RSVP to Riley Okonjo on 021 555 0100", "Riley Okonjo"),
        ("Coach: Kiri Pohatu - 021 555 0100", "Kiri Pohatu"),
        ("Call Now 021 555 0100", None),  # everyday words
        ("Pizza Hut 021 555 0100", None),
        ("Riley 021 555 0100", None),  # one word, nothing asks to call it
        ("RSVP: Mereana 021 555 0100", "Mereana"),  # one name after an invitation's "RSVP"
        ("Call Wiremu 021 555 0100", "Wiremu"),
        ("Call Now 021 555 0100 or Call Today 021 555 0100", None),  # one everyday word after "call"
        ("Riley Auckland 021 555 0100", None),  # a big city in it
    ],
)
def test_who_answers_a_phone_number(text: str, name: str | None) -> None:
    span = phone_owner(text, text.index("021"))
    assert (text[span[0] : span[1]] if span else None) == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("9:41\nKoruwai Active now\nhey", ["Koruwai"]),  # a name no list knows
        ("Riley Okonjo typing...", ["Riley Okonjo"]),
        ("Mereana active 5m ago", ["Mereana"]),
        ("Friends online", []),  # an everyday word
        ("we were online", []),  # not a name
        ("London Active now", []),  # a big city
        ("4G\ntane ruru last seen today at 9:02", ["tane ruru"]),  # a contact saved in lower case
        ("riley okonjo typig...", ["riley okonjo"]),  # a letter of "typing" lost
        ("everyone online", []),  # lower case: a given name first, or no header
        ("shop typing tutor", []),
        ("Friends\nRiley Okonjo • Playing Roblox", ["Riley Okonjo"]),  # a friend list's row
        ("Koruwai · Away", ["Koruwai"]),
        ("Kids playing outside", []),  # no status's dot
        ("Game Night • In a party", []),  # everyday words
        ("T Tawhiri\nonline", ["Tawhiri"]),  # the avatar's initial before it, the status under it
        ("10:05 < RO Riley Okonjo\nActive now", ["Riley Okonjo"]),  # the clock, a back arrow, the initials
        ("K kiri tane\nonline", ["kiri tane"]),  # a contact saved in lower case, its initial in capitals
        ("M Riley Okonjo online", []),  # initials that are not this name's: a word before it
        ("P Players\nOnline", []),  # an everyday word
    ],
)
def test_a_chats_partner_before_their_status(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in chat_partners(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("KEREAMA\nTUILAGI\n7\n12\nRIVERTON FC", ["KEREAMA", "TUILAGI"]),  # shirts side by side
        ("OKONJO\nPOHATU\nBRENNAN\n4 9 11", ["OKONJO", "POHATU", "BRENNAN"]),  # numbers on one line
        ("HOME\nAWAY\n3\n1", []),  # a scoreboard's words
        ("ENGLAND\nFRANCE\n2 1", []),  # countries
        ("KEREAMA\nTUILAGI\n7", []),  # fewer numbers than names
        ("JUNE\nJULY\n12 14", []),  # months
    ],
)
def test_names_on_shirts_side_by_side(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in shirt_rows(text)] == names


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("No cold callers - Kelburn Neighbourhood Watch", ["Kelburn"]),
        ("Mount Pleasant Residents Association", ["Mount Pleasant"]),
        ("London Neighbourhood Watch", []),  # a big city: everyone's
        ("join your neighbourhood watch", []),  # no place named
    ],
)
def test_a_neighbourhood_watchs_suburb(text: str, places: list[str]) -> None:
    assert [text[s:e] for s, e in watched_suburbs(text)] == places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Guest Wi-Fi Network: NgataFamily", ["NgataFamily"]),
        ("WiFi: TheOkonjos\npassword on the back", ["TheOkonjos"]),
        ("SSID: Kowhai_Home", ["Kowhai_Home"]),
        ("Network: Vodafone-5G", []),  # a provider's, no family
        ("network: home", []),  # no name
        ("Social network: Instagram", []),
    ],
)
def test_a_home_network_named_after_its_family(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in family_networks(text)] == names


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("meet at Tinwald Rec Ground at 4?", ["Tinwald Rec Ground"]),  # a chat
        ("Where: Kelburn Community Hall", ["Kelburn Community Hall"]),  # a flyer's label left out
        ("Fun day - Te Atatu Aquatic Centre", ["Te Atatu Aquatic Centre"]),
        ("Ashby Village Hall, Saturday 2pm", ["Ashby Village Hall"]),
        ("National Aquatic Centre", []),  # a nation's
        ("London Aquatic Centre", []),  # a big city's: everyone's
        ("the community hall is closed", []),  # no suburb named
        ("Royal Botanic Garden", []),  # no local venue's word
        # a flyer's "Where:", a suburb, then the venue's kind in lower case
        ("Where: Kelburn community fields Coach: Ana", ["Kelburn"]),
        ("Venue: Ashby sports hall", ["Ashby"]),
        ("Where: London community hall", []),  # a big city
        ("Where: Our school hall", []),  # no suburb
        ("Where: Marsh Park", []),  # a park named in capitals: its own name
    ],
)
def test_a_suburbs_own_venue(text: str, places: list[str]) -> None:
    assert [text[s:e] for s, e in local_venues(text)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Training: Thursdays 5pm at Kowhai Lane Playground", ["Kowhai Lane Playground"]),  # a club's flyer
        ("practice is at the Tinwald Domain tonight", ["Tinwald Domain"]),
        ("Training at National Hockey Park", []),  # a nation's
        ("Training: Thursdays 5pm at the park", []),  # no name
        ("we had lunch at Kowhai Lane Playground", []),  # no training
    ],
)
def test_a_clubs_training_ground(text: str, places: list[str]) -> None:
    assert [text[s:e] for s, e in training_grounds(text)] == places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Meeting 12:04\nTane's iPad\nKiri Pohatu", ["Tane"]),  # a video call's tile
        ("Koruwai’s Chromebook", ["Koruwai"]),  # a name no list knows
        ("Kaia's timetable (Year 7)", ["Kaia"]),  # a child's own page
        ("Koruwai's chore chart", ["Koruwai"]),
        ("Family's schedule", []),  # an everyday word
        ("Family's iPad", []),  # an everyday word
        ("Tane's homework", []),  # no device
        # the page's label first, then whose it is
        ("Timetable: Kaia O'Neill Year 7", ["Kaia O'Neill"]),
        ("Reading log for Koruwai", ["Koruwai"]),
        ("Report card: Tane Ruru-Hall", ["Tane Ruru-Hall"]),
        ("Timetable: Monday", []),  # a day
        ("Schedule: Swimming at 4", []),  # an everyday word
    ],
)
def test_a_device_named_by_its_owner(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in device_owners(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Principal's Award Hazel Ruru for being a kind friend", ["Hazel Ruru"]),  # a given name that is a word too
        ("Certificate of Merit Kaia O'Neill for great reading", ["Kaia O'Neill"]),
        ("Awarded to Koruwai Tane for effort", ["Koruwai Tane"]),  # a name no list knows
        ("Award Ceremony Friday for all families", []),  # no name
        ("Certificate of Achievement Monday Assembly for year 6", []),  # a day
        ("Award Tane Ruru", []),  # nothing it is for
    ],
)
def test_a_certificates_recipient(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in awarded(text)] == names


@pytest.mark.parametrize(
    ("text", "handles", "names"),
    [
        ("aroha_ngata_12\nAroha art + slime", ["aroha_ngata_12"], ["Aroha"]),  # a profile's display name
        ("kirimoana77\n12 posts\nKiri", ["kirimoana77"], ["Kiri"]),
        ("moonpie_7\nMoon lover", ["moonpie_7"], []),  # an everyday word
        ("aroha_ngata_12\nRiley", ["aroha_ngata_12"], []),  # another name: not the handle's
    ],
)
def test_a_name_a_handle_starts_with(text: str, handles: list[str], names: list[str]) -> None:
    spans = [(text.index(h), text.index(h) + len(h), Kind.HANDLE, "handle") for h in handles]
    assert [text[s:e] for s, e in handle_names(text, [], spans)] == names


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("# general\nmangokid Today at 5:50 PM hi", ["mangokid"]),  # any shape before a time stamp
        ("lol its.kiri.art Yesterday at 9:39 PM same", ["its.kiri.art"]),
        ("tui07blazeToday at 7:37 PM brb", ["tui07blaze"]),  # run into the stamp
        ("Guest Today at 1:14 PM hi", []),  # an everyday word
        ("deleted user Today at 10:26 PM", []),
        ("see you today at 4:00", []),
    ],
)
def test_a_servers_sender_before_its_time_stamp(text: str, tags: list[str]) -> None:
    assert [text[s:e] for s, e in stamped_senders(text)] == tags


def _this_year() -> int:
    from datetime import date

    return date.today().year


@pytest.mark.parametrize(
    ("text", "birth", "ages"),
    [
        (f"date of birth age\n3 may {_this_year() - 12} 11\npostcode", f"3 may {_this_year() - 12}", ["11"]),
        (f"ruby 08.01.{_this_year() - 2012} 12 yes", f"08.01.{_this_year() - 2012}", ["12"]),  # a two-digit year
        (f"born 3 may {_this_year() - 11} 7 pages", f"3 may {_this_year() - 11}", []),  # disagrees: no age
        (f"3 may {_this_year() - 11} 110", f"3 may {_this_year() - 11}", []),  # not a child's number
        (f"{_this_year() - 12}/05/03 11 grade 6", f"{_this_year() - 12}/05/03", ["11"]),  # the year first
    ],
)
def test_an_age_after_the_birth_date_it_agrees_with(text: str, birth: str, ages: list[str]) -> None:
    start = text.index(birth)
    spans = [(start, start + len(birth), Kind.DATE_OF_BIRTH, "age")]
    assert [text[s:e] for s, e in dated_ages(text, [], spans)] == ages


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Ponsonby, Auckland", ["Ponsonby"]),  # a suburb no list knows as big, then its city
        ("Kowhai High Tinwald, Christchurch 12.03", ["Tinwald"]),  # a school's word before it left out
        ("Paris, France", []),  # a big city itself
        ("Sunday, London", []),  # an everyday word
        ("Aroha, Auckland", []),  # a given name: a greeting or a signature
        ("Kelburn, Tinwald", []),  # no big city after the comma
    ],
)
def test_a_suburb_before_its_big_city(text: str, places: list[str]) -> None:
    assert [text[s:e] for s, e in suburb_of_city(text)] == places


@pytest.mark.parametrize(
    ("text", "handles", "names"),
    [
        ("Tui tui_koru23 Online", ["tui_koru23"], ["Tui"]),  # a header: the name, then its handle
        ("Hope sky.hope.44", ["sky.hope.44"], ["Hope"]),  # an everyday word, a word of the handle
        ("Hope sky.hopeful.44", ["sky.hopeful.44"], []),  # not a word of its own there
        ("Riley\ntui_koru23", ["tui_koru23"], []),  # not on its line
    ],
)
def test_a_name_heading_a_handle_that_holds_it(text: str, handles: list[str], names: list[str]) -> None:
    spans = [(text.index(h), text.index(h) + len(h), Kind.HANDLE, "handle") for h in handles]
    assert [text[s:e] for s, e in handle_names(text, [], spans)] == names


@pytest.mark.parametrize(
    ("text", "handle", "names"),
    [
        ("kopa_dash12 (Tamati Rewiri)\nOnline", "kopa_dash12", ["Tamati Rewiri"]),  # a friend list's row
        ("zz.mika.zz (Mika Väänänen-Ruiz) Away", "zz.mika.zz", ["Mika Väänänen-Ruiz"]),
        ("kopa_dash12 (Away)", "kopa_dash12", []),  # a status, no name
        ("kopa_dash12 (Online Now)", "kopa_dash12", []),
    ],
)
def test_a_name_in_brackets_after_a_handle(text: str, handle: str, names: list[str]) -> None:
    spans = [(text.index(handle), text.index(handle) + len(handle), Kind.HANDLE, "handle")]
    assert [text[s:e] for s, e in bracketed_names(text, [], spans)] == names


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("11\nHappy Birthday Tamati", [("Tamati", "11")]),  # a topper over the icing
        ("Happy Birthday Kaia!\n8", [("Kaia", "8")]),  # under it
        ("40\nHappy Birthday Tamati", []),  # no child's age
        ("7\nHappy Birthday Sunday", []),  # a day, no name
    ],
)
def test_an_age_over_a_birthday_greeting(text: str, pairs: list[tuple[str, str]]) -> None:
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in birthday_ages(text)] == pairs


def test_a_birthday_list_entry_in_brackets() -> None:
    text = "Birthdays this month: Kaia (9th March) Tamati (21 March)"
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in birthday_list(text)] == [
        ("Kaia", "9th March"),
        ("Tamati", "21 March"),
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Where: Bounce Zone, Wharerangi RSVP to Mum", ["Wharerangi"]),  # an invitation's venue, its suburb
        ("training Monday at the Aquatic Centre, Raglan. All welcome", ["Raglan"]),  # a club's flyer
        ("Venue: Scout Hall, North Wharerangi\n", ["North Wharerangi"]),
        ("Where: Town Hall, Australia.", []),  # a country
        ("Where: Bounce Zone, Sunday", []),  # an everyday word
        ("at the park, Raglan.", []),  # no venue's name
        ("Where: Bounce Zone, Wharerangi When: Fridays 4pm", ["Wharerangi"]),  # the flyer's next label after it
        ("Where: Scout Hall, Glen Wharerangi Cost: free", ["Glen Wharerangi"]),
        ("Where: Bounce Zone, Sunday When: 4pm", []),  # an everyday word before the label
    ],
)
def test_the_suburb_of_a_meeting_place(text: str, places: list[str]) -> None:
    assert [text[s:e] for s, e in venue_suburbs(text)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Kowhai Valley School\nWharerangi\n3 June", ["Wharerangi"]),  # a letterhead's suburb
        ("Kowhai Valley School\nNorth Wharerangi\n", ["North Wharerangi"]),
        ("Kowhai Valley School\nNewsletter\n", []),  # an everyday word
        ("Kowhai Valley School\nWharerangi · Learning together", ["Wharerangi"]),  # a motto after a dot
        ("Kowhai Valley School open day\nWharerangi", []),  # the school's name does not end its line
        ("Kowhai Valley School\nWHARERANGI CLOSE", ["WHARERANGI CLOSE"]),  # its street, in capitals
        ("Kowhai Valley School\nCar Park", []),  # everyday words before the street's type
        ("Kowhai Valley School\nBrennan\n", ["Brennan"]),  # a name the lists know only as a surname
        ("Kowhai Valley School\nRiley\n", []),  # a given name
    ],
)
def test_a_schools_town_under_its_name(text: str, places: list[str]) -> None:
    school = (0, len("Kowhai Valley School"))
    assert [text[s:e] for s, e in school_towns(text, [school])] == places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tui - swimming Wed\nKaia: dentist tues 4pm", ["Tui", "Kaia"]),  # a fridge's family planner
        ("Koruwai - piano lesson Thursday", ["Koruwai"]),  # a name no list knows
        ("Monday - library day Fri", []),  # a day, no name
        ("Bins - out Tue night", []),  # an everyday word
        ("Tui swimming Wed", []),  # no dash: a sentence
    ],
)
def test_a_name_heading_a_family_planners_line(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in planned(text)] == names


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Kaurivale Primêr Wharerangi\nTerm 2", ["Wharerangi"]),  # on the school's line, ending it
        ("Kaurivale School Wharerangi Newsletter", []),  # not ending the line
    ],
)
def test_a_schools_town_on_its_line(text: str, places: list[str]) -> None:
    school = (0, text.index(" ", text.index(" ") + 1))
    assert [text[s:e] for s, e in school_towns(text, [school])] == places


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Full name Kiri Ngata Username kai.draws Email", ["kai.draws"]),  # a sign-up form
        ("Gamertag: Koru_77", ["Koru_77"]),
        ("username wharekauri", ["wharekauri"]),  # a word no list knows
        ("Username Email Password", []),  # the next label
        ("Username: player", []),  # an everyday word
        ("Username: kiri.com", []),  # a link's domain
    ],
)
def test_a_username_after_its_label(text: str, tags: list[str]) -> None:
    assert [text[s:e] for s, e in labelled_tags(text)] == tags


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("11:34 S Sofia typing...\nhi", ["Sofia"]),  # a given name that is also a big city, typing
        ("Sofia online", []),  # a city's may be "online" too
    ],
)
def test_a_chat_header_before_a_persons_status(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in chat_partners(text)] == names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("About me Tamsin | bday 3 May | Year 7", [("PERSON", "Tamsin")]),  # a part of its own
        ("About me 11 yo | Wiremu youtube.com/@wiremu_x | from Kelso", [("AGE", "11 yo"), ("PERSON", "Wiremu")]),
        ("About me |Hao | Year 8", [("PERSON", "Hao")]),  # a surname the lists know
        ("About me Gamer | Builder | Pizza", []),  # everyday words
        ("About me London | June", []),  # a big place, a month
        ("Tamsin | Year 7 | Kelso", []),  # no profile's bio
        ("About me I love Tamsin Hale books", []),  # no parts
        ("About me from Kelso | Wiremu | 11 yo 310 Wins", [("PERSON", "Wiremu"), ("AGE", "11 yo")]),  # the OCR ran on
        ("About me from Kelso | 11 yoyo fan", []),  # no age's unit
    ],
)
def test_a_bios_name_and_age(text: str, found: list[tuple[str, str]]) -> None:
    assert [(k.value, text[s:e]) for k, (s, e) in bio_parts(text)] == found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Tinwald Libraries Rua Tane 41812 Age: 9\nJUNIOR MEMBER", ["Tinwald"]),  # a member's card
        ("Kelso Public Library\nBorrower no. 88120", ["Kelso"]),
        ("Kelso Public Library\nOpen daily 9-5", []),  # a sign, no member's card
        ("Summer Reading Library\nmember", []),  # everyday words
    ],
)
def test_a_library_cards_town(text: str, places: list[str]) -> None:
    assert [text[s:e] for s, e in library_towns(text)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("ABOUT ME 12yo - Tinwald - add me!", ["Tinwald"]),  # a part beside the age
        ("About me: Rua | 11 yo | Palmerston North", ["Palmerston North"]),  # a town of two words
        ("ABOUT ME 12yo - Riley Tane - add me!", []),  # a name
        ("ABOUT ME gamer - Tinwald - add me!", []),  # no age in the bio
        ("ABOUT ME 12yo - Pizza - add me!", []),  # an everyday word
    ],
)
def test_a_bios_place_beside_its_age(text: str, places: list[str]) -> None:
    assert [text[s:e] for s, e in bio_places(text)] == places
