"""What a picture's text shows everyone (leakscan.scanners.screen_public): dates, everyday
words, books and worksheets, league tables, brands' sites, birth dates long ago."""

from __future__ import annotations

import pytest

from leakscan.findings import Finding, Kind
from leakscan.scanners.screen_public import forecast_city, public_print


def _finding(text: str, value: str, kind: Kind) -> Finding:
    start = text.index(value)
    return Finding(kind=kind, text=value, start=start, end=start + len(value), scanner="test")


PUBLIC = [
    ("school holidays\n3 jan back to school\n14 feb half term", "jan", Kind.PERSON),  # a date's month
    ("term dates\nmarch 12 sports day", "march", Kind.PERSON),
    ("pancakes\n200g flour\n2 eggs\nbutter", "butter", Kind.LOCATION),  # an everyday word
    ("name phone number address", "addres", Kind.PERSON),  # a word the model cut
    ("the secret garden\nfrances hodgson burnett\npuffin classics", "frances hodgson burnett", Kind.PERSON),
    ("name: date:\nread the text about marie okoro and answer", "marie okoro", Kind.PERSON),  # a worksheet
    ("famous inventors: tomas vidal\nwhen was tomas vidal born?", "tomas vidal", Kind.PERSON),
    ("the story of grace darling\nher life at sea", "grace darling", Kind.LOCATION),
    ("results\nliverpool chelsea 2 1\narsenal everton 0 0\nleicester wolves 3 3", "liverpool chelsea", Kind.LOCATION),
    ("pts gd\n+12 40 22 7 3 9\n+8 38 21 6 5 9", "+12 40 22 7 3 9", Kind.PHONE),  # a table's columns
    ("fizzpop\nscan for prizes\nfizzpop.com", "fizzpop.com", Kind.URL),  # a brand's own site
    ("fizz-pop drinks\nwww.fizzpopdrinks.example.com", "www.fizzpopdrinks.example.com", Kind.URL),  # words run together
    ("the inventor\nborn 4 june 1821", "4 june", Kind.DATE_OF_BIRTH),  # a birth date long ago
    ("maths quiz\n4. what is 6 x 7\n5. what is 8 x 3", "5", Kind.AGE),  # a list's item number
    ("what is the capital of peru?\nlima\nand chile?\nsantiago", "lima", Kind.LOCATION),  # a quiz of capitals
    ("the adventures of kiri walker\nmere tane", "kiri walker", Kind.PERSON),  # a book's title
    ("the lighthouse\nwritten and directed by aroha ngata", "aroha ngata", Kind.PERSON),  # a film's credits
    ("tinwald 12 km\nrakaia 40 km", "tinwald", Kind.PERSON),  # a road sign's town, whatever the model made of it
    ("departures\n10:05 tinwald\n10:20 rakaia", "tinwald", Kind.LOCATION),  # a station's board
    ("column addition\n1045 + 7860\n+ 4458\n3285", "+ 4458\n3285", Kind.PHONE),  # a sum
    ("route 12\n" + " ".join(f"{m:02}" for m in range(0, 60, 2)), "06 08 10 12 14", Kind.PHONE),  # minutes
    ("the comets\nworld tour\nnewtown arena - auckland", "auckland", Kind.LOCATION),  # a concert's poster
    ("riley fairweather ana okonjo\nthe last orchard\nin cinemas june", "riley fairweather", Kind.PERSON),
    ("38 km hamilton 540 km\ntaupo", "taupo", Kind.LOCATION),  # a road sign
    ("wellington buses\nmonday to friday", "wellington", Kind.LOCATION),  # a public service
    ("mcdonald's\ni'm lovin' it", "mcdonald", Kind.PERSON),  # a brand
    ("results\nireland scotland\n255 254", "ireland scotland", Kind.ORG),  # countries
    ("22 harbour st - north beach\n" + " ".join(f"{m:02}" for m in range(0, 60, 2)), "22 harbour st", Kind.ADDRESS),
    ("capitals quiz\n1. chile - santiago\n2. egypt - cairo\n3. kenya - nairobi", "nairobi", Kind.LOCATION),
    ("capitals quiz\n1. chile - santiago\n2. egypt - cairo\n3. kenya - nairobi", "kenya", Kind.PERSON),
    ("city art gallery - manchester\nadult admission", "manchester", Kind.LOCATION),  # a venue's city
    ("national railway museum york | child ticket", "york", Kind.LOCATION),
    ("results\nscotland rovers celtic\narsenal chelsea 2 1\nliverpool everton", "scotland rovers", Kind.ORG),
    ("full time\narsenal chelsea liverpool\n2 1\naet", "aet", Kind.PERSON),  # a table's own word
    ("mon tue wed thu fri\n1 2 3\nthu", "thu", Kind.PERSON),  # a calendar's day alone
    ("mon tue wed thu fri\nsat gandhi jayanti\n2", "sat gandhi jayanti", Kind.PERSON),  # a famous one's holiday
    ("museum of transport\nscan me\nwww.mot.example.org/visit", "www.mot.example.org/visit", Kind.URL),  # initials
    ("kiwi fizz\nkiwifizz.example.com/win", "kiwifizz.example.com/win", Kind.URL),  # a page of everyday words
    ("oat crunch\nnutrition per 100g\ncustomer care: www.oatco.example", "www.oatco.example", Kind.URL),  # a box
    ("tide of ash\nmara quill\ncinemas march 3\nwww.films.example", "www.films.example", Kind.URL),  # a poster's site
    ("mara quill jon fenwick\nthe long night\ncinemas march 3", "mara quill", Kind.PERSON),  # "in" lost
    ("the salt road\ndirected by ines varga\nin cinemas may 2\n12a", "12a", Kind.AGE),  # its certificate
    ("the salt road\nin cinemas may 2\npg-13", "pg-13", Kind.AGE),
    ("the last orchard\ncoming soon\nmara quill", "mara quill", Kind.PERSON),  # a poster's headline
    ("museum of new zealand te papa\nadult ticket", "new zealand te", Kind.LOCATION),  # a venue's country
    ("national gallery of australia\nadult entry", "australia", Kind.LOCATION),
    ("harbour street\nse4", "harbour street", Kind.LOCATION),  # a city's street sign and its district
    ("w12\nmarsh lane", "marsh lane", Kind.LOCATION),
    ("coding club\nlearn to code: ages 5-16", "5-16", Kind.AGE),  # a range this wide is everyone's
    ("south america\nbuenos aires - lima - bogota", "buenos aires", Kind.LOCATION),  # big cities of two words count
    ("world weather\nlos angeles sunny h:24° l:12°\nmadrid cloudy h:18° l:9°", "los angeles", Kind.LOCATION),
    ("crunchy oats\ncall us free 0800 123 4567", "0800 123 4567", Kind.PHONE),  # a business's free-phone line
    ("order online or call 1-888-555-0123", "1-888-555-0123", Kind.PHONE),
    ("questions? (800) 555-0142", "(800) 555-0142", Kind.PHONE),
    ("customer line 1300 655 506", "1300 655 506", Kind.PHONE),
    ("a1 edinburgh newcastle\n56 120", "newcastle", Kind.LOCATION),  # a road sign: its road, places, numbers
    ("sh1 rangiora kaiapoi\n12 96\n215", "kaiapoi", Kind.PERSON),
    (  # a history question's big city
        "history quiz\n1. who built the pyramids?\n2. what is 4 x 9?\n3. the tower of london was built in 1078.",
        "london",
        Kind.LOCATION,
    ),
    ("murrayfield stadium\nblock c row 12 seat 4\ngate 3", "murrayfield stadium", Kind.LOCATION),  # a ticket's venue
    (  # a pro league's table: a team named after its town
        "standings\nteam pts\narsenal 40\nchelsea 38\nliverpool 35\nwaitara wanderers 12",
        "waitara wanderers",
        Kind.ORG,
    ),
]

NOT_PUBLIC = [
    ("party on 3 june at mia's", "mia", Kind.PERSON),  # a name near a date is no month
    ("i'm at grandma's in tinwald", "tinwald", Kind.LOCATION),  # a small town
    ("book club with aria kotze tonight", "aria kotze", Kind.PERSON),  # a club, no cover
    ("text me +64 21 555 0198", "+64 21 555 0198", Kind.PHONE),  # a phone number's groups
    ("+33 6 12 34 56 78 call me", "+33 6 12 34 56 78", Kind.PHONE),  # a French number
    ("appelle-moi 06 12 34 56 78", "06 12 34 56 78", Kind.PHONE),  # two digits each, no timetable
    ("i live in tinwald, 12 km from school", "tinwald", Kind.LOCATION),  # a distance not right after it
    ("my channel\nmiacooks.tv/live", "miacooks.tv/live", Kind.URL),  # a path: not a bare domain
    ("my blog\naroha-bakes.example.com", "aroha-bakes.example.com", Kind.URL),  # its name printed nowhere else
    ("aroha.bakes\nwww.arohabakes.example.com", "www.arohabakes.example.com", Kind.URL),  # a handle's words
    ("born 4 june 2016 in tinwald", "4 june", Kind.DATE_OF_BIRTH),  # a child's year
    ("age: 5\nclass: kiwi", "5", Kind.AGE),
    ("kowhai park\nh:18°l:9°\nsunny", "kowhai park", Kind.LOCATION),  # a forecast's small place
    (  # a month's page: its days' numbers are no timetable's minutes
        "march 2026\n" + " ".join(str(d) for d in range(1, 32)) + "\nparty at 14 rimu lane",
        "14 rimu lane",
        Kind.ADDRESS,
    ),
    (  # a school timetable's rooms are no bus timetable's minutes
        "my timetable\n" + " ".join(f"maths rm c{r}" for r in range(10, 40)) + "\nbus: route 5 from tinwald - 7:40 am",
        "tinwald",
        Kind.LOCATION,
    ),
    ("questions? call claire on 021 555 0100", "claire", Kind.PERSON),  # a name, not the shop "claire's"
    ("arsenal fan\nriley okonjo\nyear 6", "riley okonjo", Kind.PERSON),  # one famous team, a child
    ("in block capitals please\nmadrid okafor\nlima road", "madrid okafor", Kind.PERSON),  # no capital cities
    ("swim club form\n12 liverpool road everton chelsea", "liverpool road", Kind.LOCATION),  # no league
    ("party at 14 kowhai st\nin cinemas june", "14 kowhai st", Kind.ADDRESS),  # a poster's address stays
    ("i live in taupo\nits 5 km from school", "taupo", Kind.LOCATION),  # one distance
    ("dinner with zara\nat 6", "zara", Kind.PERSON),  # a given name that is also a brand
    ("ireland\nmy team", "ireland", Kind.LOCATION),
    ("riley fairweather\nyear 6 assembly", "riley fairweather", Kind.PERSON),
    ("we moved from cairo to nairobi", "nairobi", Kind.LOCATION),  # two big places
    ("1. cairo 2. nairobi 3. santiago\nmeet at tinwald", "tinwald", Kind.LOCATION),  # a small town stays
    ("city museum tinwald\nchild admission", "tinwald", Kind.LOCATION),  # a venue's small town
    ("i went to london with mia\nmuseum day", "london", Kind.LOCATION),  # no venue right before it
    ("results\nscotland rovers 2 1", "scotland rovers", Kind.ORG),  # no table of famous teams
    ("mon tue wed thu fri\nsat ruby party", "sat ruby", Kind.PERSON),  # a child's event on a calendar
    ("thu\nruby", "thu", Kind.PERSON),  # no calendar
    ("natural history club\nnhc.example.com/mia", "nhc.example.com/mia", Kind.URL),  # a page named for a child
    ("kiwi fizz\nkiwifizz.example.com/@mia_k", "kiwifizz.example.com/@mia_k", Kind.URL),  # an account's page
    ("we went to the cinemas with ruby", "ruby", Kind.PERSON),  # no poster's date after "cinemas"
    ("the salt road\nin cinemas may 2\nme and my brother, 12", "12", Kind.AGE),  # a child's age
    ("saw the salt road, rated 12a\ni am 12a lol", "12a", Kind.AGE),  # no poster's words
    ("aroha\nslime shop coming soon edit profile", "aroha", Kind.PERSON),  # a bio's "coming soon"
    ("ingredients for my cake\nmy site aroha-bakes.example", "aroha-bakes.example", Kind.URL),  # no box's print
    ("museum of tinwald\nmeet mia at 3", "tinwald", Kind.PERSON),  # no big place after the venue
    ("harbour street\n14", "harbour street", Kind.LOCATION),  # a house number under it
    ("harbour street\nse4\nmia's house", "harbour street", Kind.LOCATION),  # more than the sign
    ("harbour street", "harbour street", Kind.LOCATION),  # no district: a street near home
    ("swim squad\nages 9-12", "9-12", Kind.AGE),  # a club of children of about one age
    ("my number 888 405 5592", "888 405 5592", Kind.PHONE),  # no country's 1: a mobile elsewhere
    ("weather\nrangiora sunny h:20° l:9°", "rangiora", Kind.LOCATION),  # a forecast's small town
    ("n1 9gu london\nmum's flat 4", "london", Kind.LOCATION),  # a postcode, and more than a sign says
    ("a1 edinburgh newcastle\nmia's nan lives here", "newcastle", Kind.LOCATION),
    ("about me\n1. i live in auckland\n2. i was born in 2014\n3. my dog is rex", "auckland", Kind.LOCATION),
    (  # a recent year: the child's own story
        "history quiz\n1. who built the pyramids?\n2. what is 4 x 9?\n3. i moved to london in 2019",
        "london",
        Kind.LOCATION,
    ),
    ("ticket for ruby tane\nrow f seat 9\ngate 2", "ruby tane", Kind.PERSON),  # a ticket's holder
    ("u11 ladder\nteam pts\nrangiora rockets 12\nkaiapoi kings 9", "rangiora rockets", Kind.ORG),  # a junior league
]


@pytest.mark.parametrize(("text", "value", "kind"), PUBLIC)
def test_what_a_public_picture_shows_everyone(text: str, value: str, kind: Kind) -> None:
    assert public_print(text, _finding(text, value, kind))


@pytest.mark.parametrize(("text", "value", "kind"), NOT_PUBLIC)
def test_what_gives_a_child_away_stays(text: str, value: str, kind: Kind) -> None:
    assert not public_print(text, _finding(text, value, kind))


@pytest.mark.parametrize(
    ("text", "public"),
    [
        ("london\n21\nshowers h:24°l:15°", True),  # the high and low touch round the degree sign
        ("london\n21\nmeet at the park", False),
    ],
)
def test_a_forecast_high_and_low(text: str, public: bool) -> None:
    assert public_print(text, _finding(text, "london", Kind.LOCATION)) is public


@pytest.mark.parametrize(
    ("text", "name", "forecast"),
    [
        ("london\n14°\ncloudy", "london", True),
        ("paris 21℃", "paris", True),
        ("we live in london\n14°", "london", False),  # not alone on its line
        ("ashburton\n12°", "ashburton", False),  # a small town narrows the child down
        ("london\nsee you there", "london", False),  # no temperature
        ("9:41\nlondon\n18\npartly cloudy h:21 l:12", "london", True),  # the forecast's high and low
        ("we live in london\nh:21 l:12", "london", False),
        ("san diego\n22°", "san diego", True),  # a big city of two words (the lexicon's phrase)
        ("port macquarie\n22°\nsunny h:25° l:14°", "port macquarie", True),  # a town of two words, a forecast
        ("port macquarie\n22°", "port macquarie", False),  # ... without the forecast's high and low
        ("world weather\nbuenos aires cloudy h:18° l:9°", "buenos aires", True),  # a list's row: city, sky, reading
        ("world weather\nwe live in te awamutu cloudy h:18° l:9°", "te awamutu", False),  # a small town stays
        ("london\n8\nrain\nmon tue wed\n4° 12° 6° 15° 3° 11°", "london", True),  # the days' temperatures
        ("london\n8\nmeet at 4° 12°", "london", False),  # two temperatures are no forecast
    ],
)
def test_a_big_citys_forecast_names_no_one(text: str, name: str, forecast: bool) -> None:
    start = text.index(name)
    assert forecast_city(text, start, start + len(name)) is forecast
