"""SCHOOL scanner, issue 10 families 4-6: a school type written short after a person's or a
place's name, chains and state schools written as an acronym with a number, patrons and saints
before their pupils, school fixtures in other languages. Positive and negative tables.

Every school here is made up; no post comes from a real child or from a corpus.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked, scan_spans

from leakscan.scanners.school import SchoolScanner
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = SchoolScanner()


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, _k in scan_spans(SCANNER, text, SETTINGS)]


TYPED = [
    # a surname or a town before a short type
    ("anyone from garrowby ms in mrs lee's homeroom", "garrowby ms"),
    ("delacroix ms science fair is tmrw", "delacroix ms"),
    ("tenterfield hs band sounded so good", "tenterfield hs"),
    ("calloway m.s. yearbook photos", "calloway m.s"),  # with dots
    ("halverson elem's talent show", "halverson elem"),  # a possessive on the type
    # a place-like name of everyday words
    ("pine hollow elem talent show tonight", "pine hollow elem"),
    ("first week at birch ridge PS in grade 5", "birch ridge PS"),
    ("east meadow hs cheer squad is elite", "east meadow hs"),
    ("i got into silver brook charter for 7th", "silver brook charter"),
    # UK junior and infant schools
    ("greystoke juniors sports day is cancelled", "greystoke juniors"),
    ("went back to visit thornbury infants today", "thornbury infants"),
    # Filipino national high schools, Sri Lankan girls' schools
    ("sto. nino nhs foundation day bukas", "sto. nino nhs"),
    ("anula balika sports meet was fun", "anula balika"),
    # a saint's Catholic school, and an acronym before a school word
    ("the whole st. ambrose catholic choir sang", "st. ambrose catholic"),
    ("KEGS grammar results day tmrw", "KEGS grammar"),
    # "ms" before a team's mascot is the school's, not a title
    ("go brookdale ms wildcats!!", "brookdale ms"),
    # Ontario's Catholic secondary and high schools written short
    ("st bernadette css spirit week lol", "st bernadette css"),
    ("grad photos at holy cross chs", "holy cross chs"),
    # Singapore's junior colleges written short after their name
    ("jc1 at tembusu jc is a lot of work", "tembusu jc"),
]

NOT_TYPED = [
    "priyanka ms huang gave us no homework",  # Ms Huang: a title
    "thank u ms hawks for the sweets",  # a teacher called so, no name before "ms"
    "learning css and html rn",  # the web's style sheets
    "lol ms dhoni is the goat",
    "add me on ps i play every night",  # the console
    "ps i love you all",  # postscript
    "that was so fun ps dont tell mum",
    "i hated hs so much",
    "my old elem got a new playground",
    "penrith lions juniors u10s won the cup",  # a club's team
    "holmbury cricket club juniors presentation night",
    "my sister is in junior infants now",  # a school year
    "the nhs is amazing they saved my nan",  # the health service
    "so tired hs tomorrow ugh",
    "royal charter was signed in 1600",
    "st anne catholic church mass at 10",  # a church
    "my nan is a devout catholic",
    "PE college application due friday",  # an acronym of the lists
    "thanks tess ps ill ring u later",  # a postscript after a given name
    "rachel hs reunion pics are hilarious",  # her high school
    "lucy elem photos from way back lol",
    "minecraft hs only no cap",  # a game's headshot
    "freddie charter plane to ibiza",
    "me and jc went to the mall",  # a friend's initials
    "tell jc i said hi",
]


@pytest.mark.parametrize(("text", "name"), TYPED)
def test_finds_a_name_before_a_short_school_type(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", NOT_TYPED)
def test_leaves_titles_teams_and_years_alone(text: str) -> None:
    assert names(text) == []


GROUPED = [
    # a chain's or a state school's branch number, with or without its place
    ("kv 4 sitapur ka annual day kal hai", "kv 4 sitapur"),
    ("miss u all kv 5 squad 💖", "kv 5"),
    ("GSSS 21 ke teachers bahut strict", "GSSS 21"),
    ("kv no. 4 annual day tha", "kv no. 4"),
    # a chain's full name of two words alone, one word no everyday one
    ("priya miss from don bosco gave us homework", "don bosco"),
    ("class 10 in gd goenka has so many tests", "gd goenka"),
    ("KV no. 6 vs DAV final tomorrow", "KV no. 6"),  # the branch in a fixture
    ("anyone else who goes to st. cecilia dm me", "st. cecilia"),  # a saint's school gone to, no "s"
    # Nigerian, Malaysian and Afrikaans state schools before their town
    ("fggc owerri girls are the best", "fggc owerri"),
    ("SMK bukit indah sports day tadi", "SMK bukit indah"),
    ("sk taman jaya panas gila hari ni", "sk taman jaya"),  # Malay filler ends the name
    ("DPS 3 annual day was lit", "DPS 3"),  # a chain's branch number, the acronym in capitals
    ("dav sector 38 ka fest kal hai", "dav sector 38"),  # a chain's branch told by its city sector
    ("adik aku di smp negeri 12 medan", "smp negeri 12 medan"),  # an Indonesian state school's number
    ("te kura o whenuaroa kapa haka tonight", "te kura o whenuaroa"),  # the school, before its own group
    ("hts rooihoek se rugby span", "hts rooihoek"),
    # a patron without "st", a saint, a chain's acronym alone, before their pupils or things
    ("holy rosary girls are so loud on the train", "holy rosary"),
    ("christ the king sports day is friday", "christ the king"),
    ("our lady of lourdes kids won the spelling bee", "our lady of lourdes"),
    ("st fionans lads think theyre so cool", "st fionans"),
    ("st bernies girls took over the bus", "st bernies"),
    ("our ladys uniform is so itchy", "our ladys"),  # Our Lady's, the apostrophe dropped
    ("we sat at the back of the DAV bus", "DAV"),
    ("Loreto canteen ran out of samosas", "Loreto"),  # a chain's name that is no English word
    ("bishop cotton boys r so loud", "bishop cotton"),  # a chain's name of two words
    ("our lady of mount carmel uniform is brown", "our lady of mount carmel"),
    # a bishop's or a cardinal's namesake school in a post about school, no pupils after it
    ("detention again, bishop hartley is the worst", "bishop hartley"),
    ("cardinal vaughan exams start monday", "cardinal vaughan"),
    # Indonesian state schools written short, the number before or after the town; a branch's pupils called
    ("adikku baru masuk sdn 7 cilandak", "sdn 7 cilandak"),
    ("reuni smpn rawamangun 04 minggu depan", "smpn rawamangun 04"),
    ("who else went to kv no 3 here", "kv no 3"),
    # a bishop's or a cardinal's surname the gazetteer lacks, before the school's pupils
    ("bishop tallon lads took over the bus stop", "bishop tallon"),
    ("cardinal brereton students won the debate", "cardinal brereton"),
    # a boarding school's hostel or boarders, and Hindi "mein" (in) after a chain's acronym
    ("kv hostel food is actually decent", "kv"),
    ("sacred heart boarders get pizza fridays", "sacred heart"),
    ("tum dps mein ho kya?", "dps"),
    # a friend's given name or a word for a child, "from", then a patron: the friend's school
    ("orla from sacred heart is in my dance class", "sacred heart"),
    ("a boy from holy cross asked for my snap", "holy cross"),
]

NOT_GROUPED = [
    "kv 2 hours late again",  # a count
    "kv 3 pencils and 2 pens please",  # a count of things
    "we moved to sector 14 near the dps",  # a sector as an address, the chain after it
    "negeri sembilan trip next week",  # a Malaysian state, no school word
    "trials for the kestrel vale rovers u13 academy",  # a club's youth academy
    "sacred heart parish youth group bbq",  # a church's group
    "holy cross anglican carols tonight",
    "mass at christ the king church then brunch",
    "st aidans girls u12s won the league",  # a club's team
    "holy family reunion at nans",
    "holy moly kids these days",
    "miss said modern school buildings are ugly",  # a chain's name of everyday words alone
    "don bosco church feast today",  # a church after the order's name
    "Mercy kids are the nicest",  # a chain's name that is an English word
    "i have a dav appointment",
    "st kilda kids on the beach all day",  # a suburb
    "my tutor at kumon is so strict",  # a tuition chain
    "the teacher at zumba was so fun",
    "my swim teacher at aquaworld is so nice",  # an activity's teacher
    "st george kids festival at the park",  # a town
    "st johns wort tea for my cold",  # a herb
    "we go to st anthony for mass",  # a church gone to
    "kv no 2 pencils vs pens",
    "we learned about king henry in history class",  # a king in a history lesson
    "the bishop of leeds visited our school",  # a bishop, no namesake
    "kv 4 hours here is too long",  # a count, then "here"
    "sdn is my fav band",  # the short word alone, no number nor town
    "bishop murphy blessed the new hall",  # a bishop, no pupils after the name
    "bishop kevin lads night out",  # a given name after the title: a person
    "youth hostel in the lakes was freezing",  # a hostel of no school
    "fr declan from holy cross parish visited",  # a priest of a parish
    "greetings from holy cross",  # no child before "from"
]


@pytest.mark.parametrize(("text", "name"), GROUPED)
def test_finds_a_school_before_its_pupils_or_by_its_number(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", NOT_GROUPED)
def test_leaves_churches_clubs_and_counts_alone(text: str) -> None:
    assert names(text) == []


TAGGED = [
    ("#kowhaiprimary cross country today", "kowhaiprimary"),  # a long school word cut off first
    ("#stbrendans book parade 📚", "stbrendans"),  # a saint run together with "st"
    ("#SaintTeresas open day", "SaintTeresas"),
    ("#stconors sports day", "stconors"),  # a given name run together with "st"
    ("#ashgrovejuniors sports day", "ashgrovejuniors"),
    ("proud of our girls #mercyvalecollegenairobi", "mercyvalecollegenairobi"),  # the school's town closes the tag
    ("#stjudesprimaryglasgow", "stjudesprimaryglasgow"),
]

NOT_TAGGED = [
    "#stress #stars #stickers",
    "#summerschool was actually fun",
    "#friendships #relationships",
    "#StPatricks day parade 🍀",  # the feast day
    "#stories #streets #stables #steves #stallions",
    "#stalbans cathedral",  # a town
    "#goodjuniors #ourjuniors",
    "#ashgrovejuniors under 11s unbeaten",  # a club's team
    "#backtoschoolperth #summerschooldurban",  # a school word with no name of its own, then a town
]


@pytest.mark.parametrize(("text", "name"), TAGGED)
def test_finds_run_together_saints_and_school_words(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", NOT_TAGGED)
def test_leaves_everyday_tags_alone(text: str) -> None:
    assert names(text) == []


FIXTURES = [
    ("bellvue vs kingsgate first team rugby on saturday", ["bellvue", "kingsgate"]),
    ("HSK vs HSW netbal finaal vandag", ["HSK", "HSW"]),  # Afrikaans sport
    ("ashgrove hs vs millbank friday night 🏈", ["ashgrove hs", "millbank"]),  # one side a school
    ("fernvale hawks 🦅 vs oakmont panthers basketball tonight", ["fernvale", "oakmont"]),  # mascots
    ("glenbrook eagles vs hartwell tigers homecoming game", ["glenbrook", "hartwell"]),
    ("dunmore vs castlegate champs next week", ["dunmore", "castlegate"]),  # Jamaica's school athletics
    ("Okyere vs Tamanso nsmq quiz tonight", ["Okyere", "Tamanso"]),  # Ghana's school quiz
    # a school's opponent is a school, though no sport is named
    ("tarrant grammar vs st hildas friday", ["tarrant grammar", "st hildas"]),
    ("tarrant grammar vs my brother at chess", ["tarrant grammar"]),  # not a person
    ("tarrant grammar vs ireland who wins", ["tarrant grammar"]),  # not a country
    # a side named like a town, when the other side is no big place ("vs <suburb's school>")
    ("rkgc vs lancaster hockey final 🏑", ["rkgc", "lancaster"]),
    ("the coppice vs stockton netball semi tmrw", ["coppice", "stockton"]),
    # a school's initials ending in its type's letters make a day after the sides a fixture's
    ("pbhs vs st judes 1st XV sunday 🏉", ["pbhs", "st judes"]),
    # a ball game's emoji makes the day a game's; a compass word opens a longer name
    ("hollyfield vs east brook tonight 🏀 lets gooo", ["hollyfield", "east brook"]),
    # a saint's name is a school's side before a final
    ("marlowe v st ursulas final on weds come", ["marlowe", "st ursulas"]),
    # a patron of the list against a school is that patron's school, though its words are everyday ones
    ("st fintans vs holy family u12 final today", ["st fintans", "holy family"]),
    ("sacred heart vs corrigan college netball tmrw", ["sacred heart", "corrigan college"]),
    ("we beat holy trinity 21-14 in rugby", ["holy trinity"]),
]

NOT_FIXTURES = [
    "me vs my cousin game tonight",
    "boys vs girls netbal",
    "mum vs dad first team to finish wins",
    "pizza vs burgers friday night",  # no side is a school
    "fernvale eagles vs oakmont tigers who u got",  # mascots, but nothing says school
    "philadelphia eagles vs dallas cowboys football",  # pro teams
    "west coast eagles vs sydney swans footy",
    "the all blacks are world champs now",  # a famous team's title
    "chennai vs mumbai cricket tonight",  # two big cities: a city's game
    "north vs south tonight 🏀",  # compass words alone: houses or halves
    "lakers vs celtics tonight 🏀",  # pro teams
    "simba sc vs yanga derby tonight ⚽",  # East Africa's big clubs
    "east vs west tonight who wins",  # no game named
    "our lady vs my nan at bingo lol",  # a patron, but no school against it
    "holy family vs us at charades tonight",
]


@pytest.mark.parametrize(("text", "expected"), FIXTURES)
def test_finds_both_sides_of_a_school_fixture(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", NOT_FIXTURES)
def test_leaves_other_contests_alone(text: str) -> None:
    assert names(text) == []


CUED = [
    ("best 3rd grade teacher at fernhill ever", "fernhill"),
    ("anyone in mr obi's class at glenmore got the homework", "glenmore"),
    ("my cousin started reception at ashbury today", "ashbury"),
    ("year 4 at kingsmere is so fun", "kingsmere"),
    ("got a detention again lol thornfield teachers r so strict", "thornfield"),
    ("the principal of ashbrook is so nice", "ashbrook"),
    ("P6 at hillcrove is the best year", "hillcrove"),  # Scottish primary years
    ("jss2 at kuramo is hard", "kuramo"),  # Nigerian junior secondary
    ("got detention at brookhurst again", "brookhurst"),  # only a school has detentions
    ("who else from dellwood middle got mr p", "dellwood middle"),
    ("kelwood has the ugliest uniform ever", "kelwood"),  # a sentence about its things
    ("ashcombe got a new principal shes strict", "ashcombe"),
    ("my school tamarind is hosting the gala", "tamarind"),  # named right after "my school"
    ("our college ridgemoor won the quiz", "ridgemoor"),
    # the school a teacher leaves, named after "leaving" with the teacher's title a few words before
    ("mrs van heerden is leaving kestrel ridge 😭", "kestrel ridge"),
    ("mr. okafor leaving ashdene at xmas noooo", "ashdene"),
    # a boarder's school, with a boarding school's time or life in the post
    ("boarding at whitecliff next year im so nervous", "whitecliff"),
    ("im a boarder at larchmont this term and so homesick", "larchmont"),
]

NOT_CUED = [
    "bharatanatyam class at nrityashree after school",  # an activity's class
    "karate class at kingsmere tonight",
    "my mum is a teacher at kingsmere library",  # a venue
    "art class at the community hall",
    "the teacher at the front desk was rude",
    "year 4 at disneyland was the best trip",  # a famous place
    "he is the principal of the company",
    "detention at lunch again ugh",
    "jake has the best uniform on the team",  # a boy
    "london has the best teachers apparently",  # a city
    "my school has a new principal",
    "in the middle of class lol",
    "sarah middle name is rose",
    "my school uniform is so itchy",  # a school's thing after "my school"
    "my school chloe is the nicest",  # a given name: a friend
    "mr dlamini is leaving and nobody told us why",  # no name after "leaving"
    "i miss leaving school at 2 on fridays",  # "miss" the verb, and only a school word after
    "mr whiskers is leaving london tomorrow",  # a big city
    "boarding at dublin airport next year lol",  # a flight's airport
    "our pup is boarding at happytails kennels next term",  # a pet's boarding
    "boarding at larchmont now see u soon",  # a flight boards now: no boarding school's time
]


@pytest.mark.parametrize(("text", "name"), CUED)
def test_finds_a_bare_name_beside_its_teachers_or_classes(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", NOT_CUED)
def test_leaves_activities_and_venues_alone(text: str) -> None:
    assert names(text) == []


PLAIN = [
    ("ohau south school got a new principal", "ohau south school"),  # two words before "school"
    ("little flower school ka annual day", "little flower school"),  # a patron before "school"
    ("KPHS netball girls won again", "KPHS"),  # an acronym with a school's letters before its team
    ("BGS band concert at 6 tonight", "BGS"),
    ("std 7 science in kvbs is so hard", "kvbs"),  # a vowelless acronym in a post about school
    ("patrician brothers ballyclare open day was fun", "patrician brothers ballyclare"),  # an order's schools
    ("who else goes tkhs", "tkhs"),  # a vowelless acronym ending in a school's letters after "goes"
    ("anyone from brgs here", "brgs"),  # the same after "from", in a post about nothing else
    ("collège sainte-agathe cest fini", "collège sainte-agathe"),  # French, a hyphened saint
    ("hum DPS wale kal milenge", "DPS"),  # Hindi: the ones from DPS
    ("amity ke bacche sab topper hai", "amity"),  # Hindi: the children of Amity
    ("KEGS lads are so loud", "KEGS"),  # an acronym in capitals with a vowel, before its pupils
    ("cake stall at the harold park state school fete", "harold park state school"),  # a given name + suburb word
    ("sports day at lucy heights state college", "lucy heights state college"),
]

NOT_PLAIN = [
    "kai and tom wagged school today",  # a verb
    "back to school shopping tmrw",
    "i hate my new school",
    "went to sunday school",
    "the magic school bus was my fav",
    "i am in std 6 and have 8 subjects",  # a school year
    "homework in pvp mode lol",  # a game's mode
    "i go tmrw after lunch",  # a chat word after "go"
    "meet at gps coordinates",  # a listed acronym
    "going to college Monday",  # English "college"
    "padosi ke bacche bahut shor karte",  # Hindi: the neighbours' children
    "we hiked the park high trail",  # an everyday word before "park"
]


@pytest.mark.parametrize(("text", "name"), PLAIN)
def test_finds_plain_names_and_acronyms_of_schools(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", NOT_PLAIN)
def test_leaves_plain_phrases_with_school_alone(text: str) -> None:
    assert names(text) == []


MORE = [
    ("prize giving at holy cross kilbarrack tonight", ["holy cross kilbarrack"]),  # a patron and its town
    ("Christ The King athletics carnival tmrw", ["Christ The King"]),  # a patron before a school event
    ("in year 3 at hazelmere now", ["hazelmere"]),  # a town after a school year
    ("Ashvale year 8s vs Brookton on friday come support", ["Ashvale", "Brookton"]),  # a year-group fixture
]

NOT_MORE = [
    "aoife got her grade 4 at brannagh irish dance",  # a dance school's grade
    "mass at sacred heart richmond sunday",  # a church
    "penrith u14 vs parramatta football saturday",  # clubs' age groups
    "year 8s vs year 9s on friday",  # years, no schools
]

# -- a school named beside a school year or a cheer, school words of other languages (school_years) --

BESIDE_YEARS = [
    ("tamarind college year 10 represent", "tamarind college"),  # a name and a school word before a year
    ("oloolua girls form 3 lol", "oloolua girls"),
    ("brisbane girls year 8 hehe", "brisbane girls"),  # a city's girls' school right before the year
    ("kampala boys form 2 rise up", "kampala boys"),
    ("class 6 greenhillz 🎒", "greenhillz"),  # an unknown name ending the phrase after a year
    ("kibera girls represent", "kibera girls"),  # a cheer of pride
    ("thabo mokoena represent 💪", "thabo mokoena"),  # a school named after a person
    ("gr 8 camp was lit umhlali boys", "umhlali boys"),  # "<name> boys" in a post with a school year
    ("grade 7 at j.k. dunmore is fun", "j.k. dunmore"),  # initials after "<year> at"
    ("grade 5 sports day at kowhai park ps was fun", "kowhai park ps"),  # the year's day, a school word
    ("gr 7 grad at kestrelwood 🎓", "kestrelwood"),  # the year's graduation: held at the school
    ("grade 8 graduation at lynnwood tonight", "lynnwood"),  # ... a school named after its suburb
    ("8th grade formal at fernbrook hollow was the best night", "fernbrook hollow"),  # a year's dance: at the school
    ("year 6 disco at larchfield tonight 🪩", "larchfield"),
    ("grade 7 assembly at tamsworth went ok", "tamsworth"),
    ("ik zit in groep 6 op de kastanjehof 🌰", "de kastanjehof"),  # the Netherlands: "de/het <word>" schools
    ("groep 3 bij obs het palet vandaag juf ziek", "obs het palet"),
    ("form 3 at king george is strict lol", "king george"),  # a patron (a king) after "<year> at"
    ("grade 4 book week at duke of york ps", "duke of york ps"),  # ... and its school word
    ("grade 6 at the marlow school pune", "marlow school pune"),  # the town after it is part of the name
    ("민지 목동중 2학년", "목동중"),  # Korean: a place glued to "middle school", before a year
    ("桜丘中学校の入学式", "桜丘中学校"),  # Japanese
    ("thcs lê lợi lớp 8 vui lắm", "thcs lê lợi"),  # Vietnamese: the school word before the name
    ("ik zit op het rembrandt lyceum", "rembrandt lyceum"),  # Dutch: the school word after the name
    # Vietnamese: a class year, the word "school", then its namesake
    ("năm nay lớp 7 trường trần phú!", "trần phú"),
    # German: a namesake joined to the school's type by a hyphen
    ("mathe test am heine-gymnasium morgen", "heine-gymnasium"),
    ("wir sind von der sophie-scholl-realschule", "sophie-scholl-realschule"),
    ("ploy m.3 at satit prasarnmit 🐘", "satit prasarnmit"),  # Thai: a demonstration school
    ("zphs miyapur students won the quiz", "zphs miyapur"),  # India: a state school's letters and place
    ("zp school kothali ka result aaya", "zp school kothali"),  # ... a Zilla Parishad school written out
    ("jss1 stress 😩 queens college abeg", "queens college"),  # a known school in a post with a year
]

NOT_BESIDE_YEARS = [
    "the multi-gymnasium had a climbing wall",  # an English prefix before the hall
    "die schule ist blöd",  # the type word alone
    "lớp 8 vui lắm",  # Vietnamese chat after the class year, no "trường"
    "year 7 emma is annoying",  # a classmate
    "year 6 london trip",  # a city
    "jayden smith year 7 lol",  # a given name and a surname
    "year 7 maths is hard",  # an everyday word
    "spice girls year 6 disco",  # a band
    "nigeria girls form 4 squad",  # a country's team, no school
    "brisbane girls are so nice",  # a city's girls, no school year
    "soweto represent",  # a township
    "year 6 camp at kindilan was so fun",  # a camp's venue after the year's camp
    "year 12 formal at the ashgrove hotel",  # a year's dance at a hotel
    "grade 6 disco at the town hall tonight",  # ... at a hall
    "year 6 disco at 6pm dont be late",  # a time after "at"
    "groep 8 op de fiets naar het museum",  # a bike
    "groep 5 op de bus terug",  # an English word
    "grade 4 at home lol",
    "grade 8 grad at the community centre",  # a hall, an everyday word
    "gr 8 grad at toronto next week",  # a big city
    "grade 6 at prince edward island was cold",  # a patron's name before a place word
    "gr 5 trip at queen mary park tmrw",
    "zp school ka result kab aayega",  # a Zilla Parishad school, no place after it
]


@pytest.mark.parametrize(("text", "name"), BESIDE_YEARS)
def test_finds_a_school_beside_a_school_year_or_a_cheer(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", NOT_BESIDE_YEARS)
def test_leaves_classmates_cities_and_bands_beside_a_year_alone(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_finds_patrons_with_towns_years_and_fixtures(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", NOT_MORE)
def test_leaves_dance_grades_churches_and_clubs_alone(text: str) -> None:
    assert names(text) == []


# -- school tags with a trailing word, saints before events, nicknames, acronyms, bishops --------

TAILED = [
    ("#PinegroveMiddleStrong took the canned food drive 🥫", "PinegroveMiddle"),  # a word of pride
    ("#ElmAcademySportsDay we came last lol", "ElmAcademy"),  # an event of two words
    ("#hazelbankprimaryfest was unreal", "hazelbankprimary"),  # all lower case
    ("#KHSSwimming broke 3 records", "KHS"),  # an acronym before a school sport
    ("#KorimakoProud we won the debate", "Korimako"),  # a name alone in a post about a win
    ("#sirgarfieldpride 💛", "sirgarfield"),  # a namesake's title and surname, then pride
    ("#BishopHalloranProud", "BishopHalloran"),
    ("#dunvaleriggpride hockey girls won 4 2", "dunvalerigg"),  # a name alone, lower case
    ("#StKevinsFest was brilliant", "StKevins"),  # a saint run together with "st"
    ("#BrookdaleWildcats won the relay 🏃", "BrookdaleWildcats"),  # a mascot at a school event
    ("#ferndalehawks pride 💚", "ferndalehawks"),  # a mascot with a cheer of pride
    ("#kvhspanthers lets goooo", "kvhspanthers"),  # a school's acronym, its mascot and a cheer
]

NOT_TAILED = [
    "#BostonStrong forever",  # a city's
    "#sirlaughalotpride",  # a title before an everyday word
    "#kingjamespride",  # a royal's title: a king, no school's namesake
    "#TexasProud we won",  # a state's
    "#LondonPride parade today",
    "#SummerSchoolStrong",  # everyday words before the school word
    "#teamstrong we won",
    "#GoodVibesFest this weekend",
    "#MomStrong",
    "#GPSFest",  # no school's acronym
    "#NHSSwimming",
    "#DetroitLions won again",  # a famous team
    "#BrookdaleWildcats lol",  # a mascot, but no school event
    "#detroitlions lets go",  # a famous team's cheer
    "#KorimakoProud of my nephew",  # no school event
]

OTHER_FORMS = [
    ("st brigids non uniform day tmrw bring a pound", "st brigids"),  # a saint before a school event
    ("tgps sports day was so hot", "tgps"),  # a school's acronym before an event
    ("kbhs boys are so loud lol", "kbhs"),  # ... or its pupils
    ("im in year 8 at king eds and the food is grim", "king eds"),  # a nickname with a school year
    ("i go the grange and its well boring", "the grange"),  # ... after going to it
    ("first day in the pres tomorrow im nervous", "the pres"),  # ... on its first day
    ("im in grade 7 at sir john a and its so fun", "sir john a"),
    ("niamh is in 1st year in the tech now 😭", "the tech"),  # an Irish vocational school, with a school year
    ("bishop hartley vs us on friday come support", "bishop hartley"),  # a bishop's school in a fixture
]

NOT_OTHER_FORMS = [
    "we went the grange for sunday dinner",  # a pub's visit
    "meet me at the grange hotel",
    "lunch at the grange was lovely",  # no school said
    "left my hoodie in the tech room after school",  # a room
    "my uncle works in the tech industry",  # a trade, no school said
    "the pres is on tv tonight",  # a president
    "gps bus tracker is broken",  # an acronym of the list
    "the bishop vs us on friday",  # a chess piece, no name
    "bishop hartley vs the rest",  # no fixture of ours
]


@pytest.mark.parametrize(("text", "name"), TAILED)
def test_finds_school_tags_with_a_trailing_word(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text", NOT_TAILED)
def test_leaves_cities_teams_and_everyday_tags_with_a_trailing_word_alone(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(("text", "name"), OTHER_FORMS)
def test_finds_saints_acronyms_nicknames_and_bishops(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", NOT_OTHER_FORMS)
def test_leaves_pubs_presidents_and_pieces_alone(text: str) -> None:
    assert names(text) == []


# -- kid-style families of world8: stages after girls/boys, orders, Māori and Indian school words,
# -- saints' nicknames, titles, known names before events, spirit days, "big match", initials ---

KID_FORMS = [
    # saints schools are named after, with or without their "s" (school_saints)
    ("maeve from st declans keeps copying my homework", "st declans"),
    ("any1 here go to st ambrose?? dm", "st ambrose"),
    ("cousin started sixth form at st olaves this week", "st olaves"),
    ("wynberg boys junior prizegiving was long", "wynberg boys junior"),  # a single-sex school's stage
    ("bellmont girls primary choir won", "bellmont girls primary"),
    ("dunmore marist open day is saturday", "dunmore marist"),  # an order's school by its town
    ("te kura o te kōwhai whanau day", "te kura o te kōwhai"),  # Māori "te" inside the name
    ("tkkm o te wairua kids are mean at touch", "tkkm o te wairua"),  # Te Kura Kaupapa Māori's initials
    ("hato paora haka was unreal", "hato paora"),  # Māori "saint" and one name
    ("st doms got a new canteen", "st doms"),  # a saint's nickname
    ("st caths won the spelling bee again", "st caths"),
    ("bathurst vidyashram annual day", "bathurst vidyashram"),  # an Indian school word
    ("lord selkirk grade 8 camp", "lord selkirk"),  # a title and a known name before a school year
    ("rgps cca day", "rgps"),  # Singapore's co-curricular activities
    ("ridgeview sports day", "ridgeview"),  # a known school name before a school event
    ("#maplecrest spirit day 🎉", "maplecrest"),  # a tag before a spirit day
    ("kgc girls won", "kgc girls"),  # a girls' college's acronym before its girls
    ("MLK elem book fair", "MLK elem"),  # a leader's initials before a school type
    ("en sec 3 à Marcellin cette année", "Marcellin"),  # French school year and "à"
    ("mi soon go Ridgeview", "Ridgeview"),  # Patois "I go to"
    ("Tongan group at polyfest with Harbourview Campus", "Harbourview Campus"),  # a schools' festival
    ("beaconhouse gulberg campus is so strict", "beaconhouse gulberg campus"),  # a branch's campus
    ("year 5 at the english school larnaka", "the english school larnaka"),  # an international school
    ("my cousin is at the british school of lome", "the british school of lome"),
    # a name tag before a day only a school holds, an emoji between allowed
    ("#kauriwood athletics day tomorrow wish me luck", "kauriwood"),
    ("#elmfield 🦉 spirit week day 2", "elmfield"),
    ("#brackenhurst swimming carnival 🏊", "brackenhurst"),
]

KID_FIXTURES = [
    ("ridgemont college vs st cuthberts big match", ["ridgemont college", "st cuthberts"]),
    ("hillgrove vs sunnydale vidyalaya quiz final", ["hillgrove", "sunnydale vidyalaya"]),  # a school's contest
]

NOT_KID_FORMS = [
    "king charles kids",  # a famous title and name
    "st aidans youth club disco",  # a parish's youth club
    "JHS 2 exams finish",  # Ghana's junior high year
    "première journée en sec 2 à la maison",  # a school year, no school
    "#pajamaday spirit week",  # the spirit day's theme
    "#blessed 🙏 sports day",  # an everyday word
    "#nike athletics day",  # a famous brand
    "tbc boys bring boots",  # to be confirmed
    "me vs my brother big match",  # no school side
    "spring sports day at the office",  # an everyday word before the event
    "mi go shop now",
    "the lord of the rings kids",
    "the english school system is weird",  # a compound, no school's name
    "waiting at the english school gate",
    "our parish st annes is having a raffle",  # a church
    "the flock of st monicas went camping",  # a Brownie unit
    "my aunt is a nurse at st lukes",  # a hospital
    "grandad moved into st bernard's nursing home",  # a care home
    "youth night at st columba's methodist",  # a denomination's church
    "go lady hornets 12u we won",  # a club's age group
    "mum vs dad quiz night",
    "mass at st ambrose church sunday",  # a church of a school's saint
]


@pytest.mark.parametrize(("text", "name"), KID_FORMS)
def test_finds_kid_style_school_families(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(("text", "expected"), KID_FIXTURES)
def test_finds_both_sides_of_a_big_match(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", NOT_KID_FORMS)
def test_leaves_clubs_years_themes_and_famous_titles_alone(text: str) -> None:
    assert names(text) == []


# The other school of a game, with no school word and no "vs" (school_games.py).
GAMES = [
    ("we beat Harrowgate 18-12 in rugby today", "Harrowgate"),  # a score before the sport
    ("beat quenby at netball lol", "quenby"),
    ("hockey match against Dunmoor Girls was brutal", "Dunmoor Girls"),  # the sport before "against"
    ("Tarrant Hall volleyball beat us again", "Tarrant Hall"),  # "<side> <sport> beat us"
    ("glenvarra beat us again in basketball", "glenvarra"),  # "<side> beat us ... <sport>"
    ("KHGS lost the rugby again lol", "KHGS"),  # "<side> lost|won the <sport>"
    ("so hyped for the pellworth college cricket match", "pellworth college"),
    ("ok the ashgrove academy football game is at 4", "ashgrove academy"),
    ("Penwick Hall band concert on friday, bring earplugs", "Penwick Hall"),  # a school's own show
    ("quenby prize giving took forever", "quenby"),
    ("we beat larchmont 61-54 🏀🏀", "larchmont"),  # a ball game's emoji for the sport, a score after the side
]
NOT_GAMES = [
    "we beat them in rugby",  # a pronoun
    "we beat grandad 3-1 at cards ⚽",  # a family word, though an emoji and a score
    "we beat larchmont 🏀",  # an emoji but no score after the side
    "we beat my brother at chess",  # a person
    "finally beat Maria at tennis",  # a given name alone is a friend
    "my dad beat us at chess",  # a family word
    "sarah beat us at tennis",  # a given name
    "ireland lost the rugby again",  # a country
    "kia ora samoa lost the netball",  # a greeting before a nation
    "the cricket match was boring",  # no side
    "yaar cricket match kal hai",  # chat words of another language
    "england cricket match tonight",  # a country
    "liverpool football match on tv",  # a famous team
    "the big football match is on",  # everyday words
    "kerry football final tickets",  # a county
    "the school band concert is tonight",  # a school word alone
    "jazz band concert tonight",  # an everyday word
    "our sports day got rained off",
]


@pytest.mark.parametrize(("text", "expected"), GAMES)
def test_finds_the_other_school_of_a_game(text: str, expected: str) -> None:
    assert names(text) == [expected]


#: A school cheered further back, then "we beat <side> <score>": the side is the other school.
FAR_GAMES = [
    ("go tallis ms eagles!!! we beat ferndale 31-28 lol", ["tallis ms", "ferndale"]),
    ("tallis ms is fun. we beat my cousin 3-1 at uno", ["tallis ms"]),  # a person beaten
    ("tallis ms is fun. we beat ferndale at uno", ["tallis ms"]),  # no score after the side
    # against a school, a given name that schools are named after is a side; a friend's name is not
    ("go tallis ms beat roosevelt tonight 🏀", ["tallis ms", "roosevelt"]),
    ("go tallis ms beat sarah tonight 🏀", ["tallis ms"]),
]


@pytest.mark.parametrize(("text", "expected"), FAR_GAMES)
def test_the_side_beaten_after_a_school_cheered_before(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", NOT_GAMES)
def test_leaves_games_without_a_school_alone(text: str) -> None:
    assert names(text) == []


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.text) for f in scan_checked(SCANNER, text, SETTINGS)]


PARISHES = [
    # a saint's name in a post about mass or a sacrament, not about school: the parish (ORG)
    ("mass at st finola's went on forever", "st finola's"),
    ("nana took me to st cronan's for 10am mass", "st cronan's"),
    ("my cousins christening is at st fergal's on sunday", "st fergal's"),
    ("confirmation at st oliver's was lovely", "st oliver's"),
]

STILL_SCHOOLS = [
    ("year 5 mass at st finola's this morning", "st finola's"),  # a school year: the school's mass
    ("st edwins beat us in the hurling final", "st edwins"),  # no rite
    ("our teacher at st anselms took us to mass", "st anselms"),  # a teacher: the school
    ("my mum works at st luke's primary", "st luke's primary"),  # a school word: the school
]

HOSPITALS = [
    # a saint's name after a hospital job or a night shift: the workplace (ORG)
    ("my uncle works nights at st brigid's in cork", "st brigid's"),
    ("dad does nights at st aidan's so shhh", "st aidan's"),
]


@pytest.mark.parametrize(("text", "name"), HOSPITALS)
def test_a_saints_name_after_a_hospital_job_is_the_workplace(text: str, name: str) -> None:
    assert ("ORG", name) in kinds(text)


@pytest.mark.parametrize(("text", "name"), PARISHES)
def test_a_saints_name_in_a_post_about_mass_is_the_parish(text: str, name: str) -> None:
    assert ("ORG", name) in kinds(text)


@pytest.mark.parametrize(("text", "name"), STILL_SCHOOLS)
def test_a_saints_name_about_school_stays_a_school(text: str, name: str) -> None:
    assert ("SCHOOL", name) in kinds(text)
