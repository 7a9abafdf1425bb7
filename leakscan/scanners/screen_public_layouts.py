"""Printed layouts whose names and numbers are everyone's (rules :func:`.screen_public.public_print`
asks last): a transport timetable's stops, a ticket's event and venue, a book's author under its
publisher's imprint, a worksheet's "score: __ / 12", a game's ping, a world region, a list of
big cities; and :func:`big_place` (a country or a big city), which both modules ask.

Each rule needs the picture to say what it is (a run of clock times, a ticket's seat and row, an
imprint, a score's blank, a ping) or the value to be no one's place (a continent, several big
cities at once): a child's name, school or home on the same picture stays reported.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re

from .base import words as word_set


def big_place(text: str) -> bool:
    """A country, or a big city (the lexicon's "major" mark), as one word or as the words of a
    country or of a city ("new york", "cape town": the lexicon's phrase marked major)."""
    from .. import lexicon as lists
    from ..truecase import MAJOR, lexicon

    lex = lexicon()
    if text in lists.entries("countries") or lex.classes(text) & MAJOR:
        return True
    first = text.split(" ", 1)[0]
    return " " in text and any(p == text and bits & MAJOR for p, bits, _s in lex.phrases.get(first, ()))


#: A clock time ("07:35", "9:05").
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d\d(?![\d:])")
#: What a transport timetable says besides its times.
_TRANSIT = re.compile(
    r"\b(?:timetable|route|line|bus|buses|metro|train|trains|tram|ferry|platform|departs|departures|services)\b"
)
#: Clock times a timetable shows at least (with a transit word), or shows whatever else it says:
#: a child's day ("07:30 swim, 15:30 piano") has far fewer.
_TIMES, _MANY_TIMES = 12, 24
#: A route's heading: its number, where it starts, "towards" where it ends, ending its line
#: ("t1 north shore towards city centre", "42 kelso towards the harbour"; after the phone's
#: status the OCR ran into it: "4g t1 ...").
_ROUTE = re.compile(
    r"(?m)(?:^|(?<=[ \t]))[a-z]{0,2}\d{1,3}[a-z]?[ \t][a-z][a-z &'.-]{1,40}[ \t]towards[ \t][a-z][a-z &'.-]{1,40}$"
)


def timetable(typed: str, start: int, end: int) -> bool:
    """A place in a transport timetable (a run of clock times, and a transit word): its stops
    ("city central", "hospital", "beach road") are the same for every rider, no one's home."""
    times = len(_CLOCK.findall(typed))
    # a route's heading ("t1 north shore towards city centre") names the stops' run itself:
    # its stops may take three words each ("airport terminal 1") without a school's periods
    if times >= _TIMES and _ROUTE.search(typed):
        return True
    # the times are most of what it says: a school's timetable of periods has its subjects,
    # rooms and clubs between fewer times
    if times * 3 < len(typed.split()):
        return False
    return times >= _MANY_TIMES or (times >= _TIMES and _TRANSIT.search(typed) is not None)


#: What a ticket says: two of these make a picture a ticket.
_TICKET = re.compile(
    r"\b(?:seat|row|gate|entry|entrance|admit one|block|section|stand|booking ref|non-transferable|doors open"
    r"|kick-off)\b"
)
#: A public venue's word or a fixture's "v" on the event's line ("eden park", "city v united",
#: "science museum"): the line names the event and where it is held.
_EVENT = re.compile(
    r"\b(?:stadium|arena|park|oval|ground|dome|bowl|museum|gallery|zoo|aquarium|theatre|theater|planetarium"
    r"|coliseum|centre|center|v|vs)\b"
)
#: A school's or a club's own hall, whose events are a child's: never a public venue.
_OWN_HALL = re.compile(r"\b(?:school|college|academy|club|library|church|scouts|guides)\b")


def ticket_event(typed: str, start: int, end: int) -> bool:
    """A place or a group on a ticket's event line (a venue's word or a fixture's "v" on it, in a
    picture with two ticket words, one its seat or its row): the match, the show and its venue are
    printed on every ticket sold; a school's or a club's event stays reported."""
    said = set(_TICKET.findall(typed))
    # a seat or a row (or "admit one") besides: a form's "entry" and "section", an address's
    # "block", are no ticket
    if len(said) < 2 or not said & {"seat", "row", "admit one"}:
        return False
    line_start = typed.rfind("\n", 0, start) + 1
    line_end = len(typed) if (n := typed.find("\n", end)) < 0 else n
    line = typed[line_start:line_end]
    return _EVENT.search(line) is not None and _OWN_HALL.search(line) is None


#: A publisher's name ("puffin", "penguin") and its series: "... classics", "... children's" (a
#: children's list: "walker children's classics").
_PUBLISHER = (
    r"(?:penguin|puffin|vintage|walker|usborne|scholastic|ladybird|bloomsbury|macmillan|harpercollins"
    r"|harper collins|hachette|orion|egmont|picador|faber)"
)
_SERIES = r"[ \t]{1,2}(?:books|classics|children['’]s(?:[ \t](?:books|classics))?|modern classics)"
#: A publisher's imprint alone on its line ("puffin books", "penguin classics", "vintage"):
#: printed on a book's cover or spine, so the names over it are its author's and its title's.
_IMPRINT = re.compile(
    rf"[ \t]{{0,3}}(?:{_PUBLISHER}(?:{_SERIES})?"
    r"|books|faber[ \t]&[ \t]faber|oxford world's classics|random house|simon[ \t]&[ \t]schuster"
    r"|hodder[ \t]&[ \t]stoughton)[ \t.]{0,3}"
)
#: The imprint with its series ending a line the OCR ran the author into ("... penguin books").
_IMPRINT_AFTER = re.compile(rf"(?m)[ \t]{_PUBLISHER}{_SERIES}[ \t.]{{0,3}}$")
#: Lines a book's cover has at most.
_COVER_LINES = 8
#: A cover's blurb: a quoted praise credited to a paper or a magazine ('"a gripping tale" - the
#: evening courier').
_BLURB = re.compile(
    r"[\"“][^\"“”\n]{3,60}[\"”][ \t]{0,2}[-–—][ \t]{0,2}(?:the[ \t])?[a-z]{3,20}(?:[ \t][a-z]{3,20})?[ \t]"
    r"(?:chronicle|times|post|herald|courier|gazette|review|guardian|telegraph|journal|tribune|observer|magazine)\b"
)


def book_imprint(typed: str, start: int, end: int) -> bool:
    """A name on a book's cover or spine: the picture shows a publisher's imprint alone on its
    line (:data:`_IMPRINT`), or with its series ending a line of a cover's few
    (:data:`_IMPRINT_AFTER`: the author read into it), so it is an author's or a character's,
    printed on every copy; or a cover's few lines with a paper's blurb (:data:`_BLURB`)."""
    if typed.count("\n") < _COVER_LINES and (_IMPRINT_AFTER.search(typed) or _BLURB.search(typed)):
        return True
    return any(_IMPRINT.fullmatch(line) for line in typed.split("\n"))


#: A score's blank and its "/": "score: __ / 12", "total ___/20", "marks: /10".
_OUT_OF = re.compile(r"(?:_{1,20}|\b(?:score|total|marks?|points|result)[: \t]{0,3})[ \t]{0,3}/[ \t]{0,3}$")


def out_of(typed: str, start: int, end: int) -> bool:
    """A number after a blank's or a score's "/" ("score: __ / 12"): the most marks a worksheet
    gives, not anyone's age."""
    return typed[start:end].isdigit() and _OUT_OF.search(typed, max(0, start - 30), start) is not None


#: A connection's delay on a game's or a speed test's screen ("ping 115 ms", "latency 40ms").
_PING = re.compile(r"\b(?:ping|latency|lag|fps)\b")
_MILLISECONDS = re.compile(r"\d{1,4}[ \t]?ms$")


def ping_reading(typed: str, start: int, end: int) -> bool:
    """A name read up to a ping's milliseconds ("oceania ping 115 ms": "ms" is no middle
    school's) in a picture saying ping, latency or fps: a game's screen."""
    return _MILLISECONDS.search(typed[start:end]) is not None and _PING.search(typed) is not None


#: Continents and the world's regions (a game's server region, a map's): a place of millions,
#: no one's home.
_REGIONS = word_set(
    "africa asia europe oceania australasia antarctica americas eurasia scandinavia"
    " north-america south-america latin-america central-america middle-east far-east south-east-asia"
    " eu-west eu-east na-east na-west"
)


#: A compass adjective before a region ("western-", "south-eastern-"): part of a continent (never
#: "south-" alone: "south africa" is a country).
_COMPASS = re.compile(r"^(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)-(?=[a-z])")


def world_region(typed: str, start: int, end: int) -> bool:
    """A continent or a world region alone (:data:`_REGIONS`), or a part of one by the compass:
    too big to find anyone in."""
    value = re.sub(r"[ \t-]{1,3}", "-", typed[start:end].strip())
    # a part of one is as big ("eastern asia", "southern africa")
    return value in _REGIONS or _COMPASS.sub("", value) in _REGIONS


def big_city_list(typed: str, start: int, end: int) -> bool:
    """A span that is only big cities and countries, three of them or more ("cape town london
    vancouver" on a signpost): a list of the world's places, not where one child is found."""
    words = typed[start:end].replace(",", " ").split()
    places, i = 0, 0
    while i < len(words):
        # the longest place at ``i`` (a city's name runs to three words: "new york city")
        n = next((n for n in (3, 2, 1) if i + n <= len(words) and big_place(" ".join(words[i : i + n]))), 0)
        if not n:
            return False
        places += 1
        i += n
    # three: a city and its country are an address's last line ("leeds england")
    return places >= 3


#: A quote's closing mark at the end of its line, then its author's line ("- maya holt", or the
#: name alone).
_QUOTED = re.compile(r"[\"”’»][ \t.]{0,3}\n[ \t]{0,3}(?:[-–—~―][ \t]{0,2})?$")
#: Words a quote has at least: a chat's short "“ok” - mum" is none.
_QUOTE_WORDS = 5


#: A sentence's end, then its author's line opened by a printed dash (an em dash or a bar, never
#: a typed hyphen): a quote printed without its marks ("... begins with one step." over "— maya holt").
_DASHED = re.compile(r"[.!?][ \t]{0,3}\n[ \t]{0,3}[—―][ \t]{0,2}$")
#: Words a quote app's screen shows beside a quote and its author (its clock, its title, its
#: share count: "7:02 quote of the day ... 1,204 share").
_APP_WORDS = 6


def quote_author(typed: str, start: int, end: int) -> bool:
    """A name alone on its line after a dash, under a quote of five words or more ending in its
    closing mark ("“the only way out is through.”" over "- maya holt"), the two all the picture
    says: a printed quote's author, on a poster or a card everyone can buy. A quote printed
    without its marks counts when its author's dash is a printed one and the picture says
    little else (a quote app: its clock, its title, its share count)."""
    if typed[end:].split("\n", 1)[0].strip():
        return False
    if (m := _DASHED.search(typed, max(0, start - 8), start)) is not None:
        opened = typed.rfind("\n", 0, m.start()) + 1
        around = len(typed[:opened].split()) + len(typed[end:].split())
        return len(typed[opened : m.start()].split()) >= _QUOTE_WORDS and around <= _APP_WORDS
    m = _QUOTED.search(typed, max(0, start - 8), start)
    if m is None:
        return False
    opened = max(typed.rfind(c, max(0, m.start() - 400), m.start()) for c in '"“«')
    # the quote and its author are all the picture says (a poster, a card), give or take a
    # word or two of decoration: a chat quoting a friend says more
    around = len(typed[: max(opened, 0)].split()) + len(typed[end:].split())
    return opened >= 0 and len(typed[opened : m.start()].split()) >= _QUOTE_WORDS and around <= 3


#: A league table's header ("pos team p w d l pts") and the numbers of its rows.
_TABLE_HEAD = re.compile(r"\b(?:pts|points|played|p[ \t]{1,3}w[ \t]{1,3}d[ \t]{1,3}l|gd|w[ \t]{1,3}l[ \t]{1,3}pts)\b")
_ROW_NUMBERS = re.compile(r"(?:[ \t]\d{1,3}){4,}[ \t]*$", re.MULTILINE)
#: A row's numbers the OCR ran into the next rows' ("24 22 1 1 -24 67 2 aa ..."): a goal
#: difference's sign in a run of five numbers or more, anywhere on a line.
_RUN_NUMBERS = re.compile(r"(?:[ \t]\d{1,3}){3,}[ \t][+-]\d{1,3}[ \t]\d{1,3}\b")
#: What marks a children's or a school's league: its table names the child's team.
JUNIOR = re.compile(
    r"\b(?:u-?\d{1,2}s?|under[ \t-]?\d{1,2}|juniors?|youth|kids|minis?|girls|boys|school|schools|primary|college)\b"
)


def league_table(typed: str, start: int, end: int) -> bool:
    """A team in a league's table (its header's "pts" or "p w d l", three rows of four numbers or
    more) that no age group, youth or school word marks as children's: a senior league's
    clubs, printed in every paper (a junior league's "u11 ladder" stays reported)."""
    return (
        _TABLE_HEAD.search(typed) is not None
        and (len(_ROW_NUMBERS.findall(typed)) >= 3 or len(_RUN_NUMBERS.findall(typed)) >= 3)
        and JUNIOR.search(typed) is None
    )


#: A club's last word ("albion", "rovers"): a name the model took up to it is the club's.
_CLUB_WORD = re.compile(
    r"[ \t](?:albion|united|city|town|rovers|rangers|athletic|wanderers|fc|county|villa|harriers|mariners)\b"
)


def table_club_name(typed: str, start: int, end: int) -> bool:
    """A "person" in a senior league's table running up to a club's last word ("... kelso
    albion"): the model split a club's name, no child's."""
    return _CLUB_WORD.match(typed, end) is not None and league_table(typed, start, end)


#: A price ("£12.50", "$4", "9.90"): a menu's or a shop's.
_PRICE = re.compile(r"[$£€₹][ \t]?\d{1,4}(?:[.,]\d\d)?|(?<![\d.,:])\d{1,3}[.,]\d\d(?![\d.,:%])")
#: A menu's heading or its words.
_MENU = re.compile(r"\b(?:menu|starters|mains|desserts|sides|specials|drinks)\b")
#: Prices a menu shows at least (a flyer's "£3 entry" is one).
_MENU_PRICES = 4
#: Prices a café's board or menu shows without its heading ("spice hut 9.50 12.00 ..."): no
#: child's post lists eight.
_PRICE_LIST = 8


def menu_dish(typed: str, start: int, end: int) -> bool:
    """A name on a menu (its heading and four prices or more, or eight prices): a dish ("rogan josh", "beef
    wellington") or the restaurant's own, printed for every diner."""
    prices = len(_PRICE.findall(typed))
    return prices >= _PRICE_LIST or (_MENU.search(typed) is not None and prices >= _MENU_PRICES)


#: A public venue's sign: its opening hours every day and what visitors find or pay there.
OPEN_DAILY = re.compile(r"\b(?:open[^\n]{0,24}?\b(?:daily|every day|7 days)|opening hours)\b")
_VISITORS = re.compile(r"\b(?:free entry|free admission|admission|donations welcome|gift shop|tickets)\b")


def visitor_sign(typed: str, start: int, end: int) -> bool:
    """A place or a group on a public venue's sign, that is open every day and tells visitors
    about entry ("open daily 9am-5pm", "free entry"): a garden's, a museum's, a zoo's name is
    everyone's (a school's sign keeps office hours, and names no entry)."""
    return OPEN_DAILY.search(typed) is not None and _VISITORS.search(typed) is not None


#: A music player's screen: what it plays, from an album or a playlist.
_PLAYER = re.compile(r"\b(?:now playing|playing from|playing next|up next)\b")
_RECORD = re.compile(r"\b(?:album|playlist|track|single|ost|soundtrack|ep)\b")


def music_player(typed: str, start: int, end: int) -> bool:
    """A name on a music player's screen ("playing from album ..."): the recording's artist
    (a friend list's "playing minecraft" is no album)."""
    return _PLAYER.search(typed) is not None and _RECORD.search(typed) is not None


#: An arrow a signpost points with.
_ARROWS = "←↑→↓↖↗↘↙⬅➡⬆⬇"
#: A place and its distance, maybe run together by the OCR ("kelso 20", "ashby205").
_PLACE_DISTANCE = re.compile(r"[a-z]{3,30}[ \t]?\d{1,4}\b")
#: The distance right after the place found.
_DISTANCE_NEXT = re.compile(r"[ \t]?\d{1,4}\b")


def signpost(typed: str, start: int, end: int) -> bool:
    """A place right before a number on a signpost (arrows, two places with their distances or
    more: "↑ kelso 20 → ashby 35"): the distance to a town, whatever its unit."""
    return (
        any(a in typed for a in _ARROWS)
        and _DISTANCE_NEXT.match(typed, end) is not None
        and len(_PLACE_DISTANCE.findall(typed)) >= 2
    )


#: A game's computer player: "bot" or "cpu" joined to a word or a number ("bot_alpha",
#: "cpu-3", "easy_bot"): no one's account.
_BOT = re.compile(r"(?:bot|cpu|ai)[_.-][a-z0-9]{1,12}|[a-z0-9]{1,12}[_.-]bot")


def bot_player(typed: str, start: int, end: int) -> bool:
    """A handle that is a game's computer player ("bot_alpha", "cpu-3"): no child's account."""
    return _BOT.fullmatch(typed[start:end]) is not None


#: A company's small print on its packaging: who made the product, then its town ("manufactured
#: by snack co., auckland", "made by harvest foods ltd, leeds").
_MAKER = re.compile(
    r"\b(?:manufactured|made|produced|packed|distributed|imported|marketed)[ \t](?:by|for)[ \t]"
    r"[^\n]{1,60}?\b(?:ltd|limited|co|inc|pty|plc|llc|gmbh|corp|company|foods|group)\b\.?[ \t,]{0,4}$"
)


def maker_town(typed: str, start: int, end: int) -> bool:
    """A place right after a company's name that made or packed a product ("manufactured by snack
    co., auckland"): the company's address on every box, not a child's home."""
    return _MAKER.search(typed, max(0, start - 120), start) is not None


#: A business a name owns ("rosa's kitchen", "tom's barber shop"): the shop's sign, its menu.
_BUSINESS = word_set(
    "kitchen cafe café diner bakery pizzeria pizza deli grill bistro restaurant takeaway takeaways burgers bar"
    " barber barbers salon garage shop store bakehouse eatery cantina trattoria tavern pub inn"
)
_OWNED = re.compile(r"['’]s[ \t]{1,2}(?P<word>[a-zé]{2,12})\b")


def business_name(typed: str, start: int, end: int) -> bool:
    """A name before "'s" and a business's word ("rosa's kitchen", "marco's pizzeria"): a shop's
    or a restaurant's name on its sign or its menu, not a child's (a child's "rosa's party" stays)."""
    m = _OWNED.match(typed, end)
    return m is not None and m.group("word") in _BUSINESS


#: A heading of famous people a lesson or a poster lists ("famous scientists", "great
#: inventors"), alone on its line.
_FAMOUS_HEAD = re.compile(r"(?m)^[ \t]{0,3}(?:famous|great|inspiring|historical)[ \t][a-z]{3,20}s[ \t:]{0,3}$")


def famous_list(typed: str, start: int, end: int) -> bool:
    """A name under a heading of famous people ("famous scientists" over "ada lovelace"): the
    lesson's or the poster's subject, not a child."""
    head = _FAMOUS_HEAD.search(typed, 0, start)
    return head is not None


#: Where a product was made, before a country ("made in new zealand", "product of spain").
_ORIGIN = re.compile(
    r"\b(?:made|printed|designed|grown|assembled|manufactured|packed)[ \t]in[ \t]{1,2}$|\bproduct of[ \t]{1,2}$"
)


def made_in(typed: str, start: int, end: int) -> bool:
    """A country (or a big city) after a product's "made in" / "product of": printed on every
    box sold, not where a child is found. The name model may run the place on into the next
    line ("new zealand\\nnet"): the span's first line is the place."""
    if _ORIGIN.search(typed, max(0, start - 20), start) is None:
        return False
    return big_place(typed[start:end].split("\n", 1)[0].strip())


#: A town's welcome sign's own words: its welcome, then a road sign's plea or its town's facts.
_WELCOME = re.compile(r"\bwelcome[ \t]to[ \t]{1,2}$")
_TOWN_SIGN = re.compile(
    r"\b(?:drive carefully|drive safely|please drive|twinned with|population|thank you for visiting|est\.?[ \t]?1\d{3})\b"
)


def welcome_sign(typed: str, start: int, end: int) -> bool:
    """A town on its welcome sign ("welcome to tinwald" over "please drive carefully"): the same
    for everyone who drives in, not a child's home."""
    return _WELCOME.search(typed, max(0, start - 14), start) is not None and _TOWN_SIGN.search(typed) is not None


#: A book's first page: its chapter's heading opens the picture ("chapter 1", "chapter one").
_CHAPTER = re.compile(
    r"[ \t]{0,3}chapter[ \t](?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,4})\b"
)
#: A page's author, never its characters ("chapter 1 by mia tane").
_BY = re.compile(r"\bby[ \t]{1,2}$")


def book_page(typed: str, start: int, end: int) -> bool:
    """A name in a book's page, its chapter's heading opening the picture ("chapter 1" over
    "eliza thornbury had never seen the sea"): a character of the story, not a child (the
    name after "by", its author, stays reported)."""
    return _CHAPTER.match(typed) is not None and _BY.search(typed, max(0, start - 4), start) is None


#: A bare domain a product or a shop prints ("www.fudgeco.com"): no page after it.
_WWW = re.compile(r"(?:https?://)?www\.[a-z0-9-]{2,40}(?:\.[a-z]{2,6}){1,2}/?")
#: What a product's pack or a shop's poster says around its site: a price, a competition.
_SALE = re.compile(r"[$£€₹][ \t]?\d|\d[ \t]?(?:p|c)\b|\b(?:scan to|win|offer|sale|new!|only|shop now|order online)\b")


def shop_site(typed: str, start: int, end: int) -> bool:
    """A bare "www." domain on a product's pack or a shop's poster (a price or a competition
    beside it): the business's site, not a child's page (a child's link has a page after it:
    "instagram.com/aroha")."""
    return _WWW.fullmatch(typed, start, end) is not None and _SALE.search(typed) is not None


#: What a notification says its sender did, right after the sender's name.
_SENT = re.compile(
    r"[ \t]{1,2}(?:sent you|started following|mentioned you|liked your|replied|reacted|is typing|added you|invited you"
    r"|wants to|shared)\b"
)


def notification_sender(typed: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a notification's sender ("xinyi sent you a snap"):
    a person, even when a big city has the name (no rule of a list of places drops it)."""
    return _SENT.match(typed, end) is not None
