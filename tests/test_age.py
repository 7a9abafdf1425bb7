"""The AGE / DATE_OF_BIRTH scanner: kid-style ages, school years and birthdays.

Every post here is made up for these tests (fictional children, places and dates).
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan import Kind, Settings
from leakscan.scanners.age import AgeScanner

SETTINGS = Settings()
SCANNER = AgeScanner()
AGE, DOB = Kind.AGE, Kind.DATE_OF_BIRTH


def scan(text: str):
    return scan_checked(SCANNER, text, SETTINGS)


def spans(text: str, kind: Kind | None = None) -> list[str]:
    return [f.text for f in scan(text) if kind is None or f.kind is kind]


# --------------------------------------------------------------------------------------
# AGE: (post, the one expected span)

AGE_POSITIVE = [
    # a name ending like "a", "per", "one" right before the school year is no determiner
    ("im keziah year 6 lol", "year 6"),
    ("hi its casper year 8", "year 8"),
    ("kia ora im hinewaiora year 7 at kauri", "year 7"),
    # the first five forms of a secondary school after "in"
    ("im in third form at bellhaven", "third form"),
    ("in 2nd form we get lockers", "2nd form"),
    ("im turning 12 party at my house", "12"),  # after "turning" any word may follow
    ("my great nan is 99 years old today", "99 years old"),  # a family's age below a hundred stays
    ("im like 13 years old and i still cant whistle", "13 years old"),  # a hedge before a child's age
    ("gonna be in 6th next year at a new school", "6th"),  # the child in a grade with no unit, the year after
    ("im in 4th this year and its hard", "4th"),
    ("my aunty is about 45 years old", "45 years old"),  # ... or a grown-up's not old
    # first person, bare number: the span is the number only
    ("I'm 11", "11"),
    ("im 11", "11"),
    ("Im 11 lol", "11"),
    ("i am eleven", "eleven"),
    ("im ten not a little kid anymore", "ten"),  # the age against a younger one's
    ("IM TEN AND IM NOT A BABY", "TEN"),
    ("I’m 9!!", "9"),
    ("hey guys im 12 and i love minecraft", "12"),
    ("im 13 btw", "13"),
    ("im 11 now and when im 13 i get a phone", "11"),
    ("I'm 10 and a half", "10"),
    ("im only 8 but im really fast", "8"),
    ("i'm almost 13 🎉", "13"),
    ("am 12 lol", "12"),
    ("hiii im zoe im 9 from somewhere", "9"),
    ("im 11, in 6th grade", "11"),  # (the grade is a second finding, checked below)
    # number + unit: the span includes the unit
    ("11 yo", "11 yo"),
    ("11yo looking for friends", "11yo"),
    ("12 y/o just vibing", "12 y/o"),
    ("she is 7 y.o.", "7 y.o."),
    ("11 years old", "11 years old"),
    ("eleven years old", "eleven years old"),
    ("i am 14 years old and i like cats", "14 years old"),
    ("a 10-year-old girl", "10-year-old"),
    ("a 12-yo", "12-yo"),
    ("age twelve", "age twelve"),
    ("12 yr old girl here", "12 yr old"),
    ("hi!! 11yrs old here", "11yrs old"),
    ("finally 13 years old!!", "13 years old"),
    ("my baby brother is 6 months old", "6 months old"),
    ("twenty-one years old today", "twenty-one years old"),
    ("Patient is a 38-year-old male", "38-year-old"),
    ("my mom is 40 years old", "40 years old"),
    # age / aged
    ("age 11", "age 11"),
    ("aged 11", "aged 11"),
    ("age: 12  likes: cats", "age: 12"),
    ("Age 13, from nowhere", "Age 13"),
    ("at the age of 9 i learned to swim", "9"),
    ("my age is 10", "10"),
    # turning / turned / I'll be
    ("turning thirteen next week!!!!", "thirteen"),
    ("turned 12", "12"),
    ("just turned 9", "9"),
    ("i turn 12 on saturday", "12"),
    ("im turning 11 in june", "11"),
    ("I'll be 10 next week", "10"),
    ("ill be twelve 🎂", "twelve"),
    ("gonna be 12 soon", "12"),
    # a bare school year before the school it is at, named with its school-level word
    ("first week of 4th at birchwood elementary 😭", "4th"),
    ("starting 7th at hollis creek middle monday", "7th"),
    ("My father retired at the age of 61", "61"),
    # someone else's age
    ("she's 8 today 🎉", "8"),
    ("my brother's 15 and annoying", "15"),
    ("my twin sister is 12 too", "12"),
    ("my little brother sam is 6 and he copies me", "6"),
    ("me and my bff are both 11", "11"),
    ("we are 11", "11"),
    ("we're both 12", "12"),
    ("they're 8 and 10", "8"),
    ("he is 7 now", "7"),
    # school years
    ("5th grade", "5th grade"),
    ("fifth grade", "fifth grade"),
    ("im in 6th grade at a middle school", "6th grade"),
    ("7th grader here", "7th grader"),
    ("a fifth-grader", "fifth-grader"),
    ("grade 5", "grade 5"),
    ("grade five", "grade five"),
    ("i'm in the 6th grade", "6th grade"),
    ("i'm in grade 7 at school", "grade 7"),
    ("in year 6", "year 6"),
    ("year six was the best", "year six"),
    ("im in yr 9", "yr 9"),
    ("our year 6 trip", "year 6"),
    ("y6 sats are hard", "y6"),
    ("in P5", "P5"),
    ("i'm in primary 6", "primary 6"),
    ("i'm in 5th class", "5th class"),
    ("I'm in 6th form", "6th form"),
    ("sixth form is hard", "sixth form"),
    ("she's in kindergarten", "kindergarten"),
    ("my brother started kindergarten today", "kindergarten"),
    ("I'm a freshman", "freshman"),
    ("sophomore year is rough", "sophomore year"),
    # ordinal birthdays
    ("happy 12th birthday to me", "12th birthday"),
    ("my 11th bday party", "11th bday"),
    # an ordinal with no unit: a birthday by whose it is and its day, a grade compared with another
    ("its my 12th tomorrow and im so hyped", "12th"),
    ("rosies 11th is on saturday", "11th"),
    ("its maisies 10th on friday!!", "10th"),  # the weekday after "on", no "is"
    ("8th grade is way harder than 7th lol", "7th"),
    # profile lines
    ("13 | oakridge | lakeside", "13"),
    ("mia ✨ 12 ✨ uk", "12"),
    ("12/f/uk", "12"),
]

AGE_NEGATIVE = [
    "she came 3rd at redfern primary cross country",  # a placing at a school, no school year
    "the 5th at alder middle was a snow day",  # a date at a school
    # temperatures and angles: a weather app's readout, not a profile line
    "17°",
    "sunny\n14°",
    "thu 19℃ | fri 16℃",
    "im turning 180 degrees on my board",
    "im 100 not a baby",  # no child's age
    "my grandpas truck is 30 years old and still runs",
    "I'm 100% sure",
    "im 5 minutes away",
    "I'm 2 lazy",
    "I'm 5'2\"",
    "I'm 6 feet tall",
    "I'm 16 hours into this game",
    "I'm 3 episodes in",
    "I'm 10 points ahead",
    "i am 5 mins late",
    "I'm 2 for 2",
    "I'm 12:30 late",
    "I'm 1st in the race",
    "I'm 20 and i love it",  # a bare adult age is not a child's
    "my mom is 40",
    "11 years ago",
    "it was 5 years ago",
    "i waited 2 years",
    "the year 2020",
    "year 6 of the war",
    "last year 5 people came",
    "a year 6 boy cried",  # "a" alone: any pupil of that year
    "one year 7 from next door",
    "the dragon in its third form is unbeatable",  # a game character's form
    "fill in the first form then the second",
    "grade A",
    "grade 5 piano",
    "i passed grade 5",
    "level 11",
    "level 13 unlocked",
    "room 11",
    "11 yo-yos",
    "this game is for 8 year olds",
    "ages 8+",
    "age 8-12",
    "the ice age 2 movie",
    "the score is 11",
    "it's 11 already",
    "i scored 12 points",
    "i have 3 cats",
    "see you at 5",
    "my dog is 3 years old",
    "i swear my hamster is 90 years old he naps all day",  # "he" points back at the pet
    "my 3 year old puppy",
    "my cat turned 3",
    "my phone is 2 years old",
    "this house is 100 years old",
    "our coach says hes like 100 years old lol",  # a child's joke about a grown-up: a hundred and past
    "the lunch lady is like 80 years old",  # an old age guessed with a hedge: a joke, no one's age told
    "we'll be in 2nd next year if we win",  # a team's place in its table, no "i"
    "im in 1st place this year",  # a place in a race
    "our bus driver is prob 75 years old",
    "grandad acts 150 years old",
    "he's 2 cool",
    "she's 1 of a kind",
    "i'm 1 step closer",
    "they were 4 - 5 in the maze",
    "gr8 game",
    "#y3 campaign",
    "page 2 | next",
    "1 | 2 | 3",
    "12 / 24",
    "call 555 0134 at 5",
    "my numberrr 5️⃣5️⃣5️⃣0️⃣1️⃣2️⃣9️⃣ 😝",
    "when i was 5 i broke my arm",  # a past age says nothing about now
    "were 11 lol",  # "were" is not "we're"
    "happy birthday!",
    "our team was 6th today",  # a place in a table, no birthday
    "this is my 5th time today",  # a count of tries
    "my 10th game this week",
    "she came 12th on sunday in the race",  # a place in a race, no one's birthday before it
    "we did better than 3rd last year",  # a placing compared, no grade in the post
]


@pytest.mark.parametrize(("text", "expected"), AGE_POSITIVE)
def test_age_found(text: str, expected: str) -> None:
    assert expected in spans(text, AGE)


@pytest.mark.parametrize("text", AGE_NEGATIVE)
def test_age_not_found(text: str) -> None:
    assert spans(text, AGE) == []


def test_age_and_grade_are_two_findings() -> None:
    assert spans("im 11, in 6th grade", AGE) == ["11", "6th grade"]


def test_age_offsets_exact_in_a_longer_post() -> None:
    text = "heyy its lily lol im 11 and i go to some elementary 🏫 my bday is march 3rd"
    found = scan(text)
    assert [(f.kind, f.text) for f in found] == [(AGE, "11"), (DOB, "march 3rd")]
    age = found[0]
    assert (age.start, age.end) == (text.index("11"), text.index("11") + 2)


def test_unit_form_wins_over_bare_form() -> None:
    # "I'm 11 years old" is one span, the unit form.
    assert spans("I'm 11 years old!", AGE) == ["11 years old"]


def test_every_number_word_passes_the_cheap_gate() -> None:
    from leakscan.scanners.age_numbers import ORD_VALUE, WORD_STEMS, WORD_VALUE

    for word in [*WORD_VALUE, *ORD_VALUE]:
        assert any(stem in word for stem in WORD_STEMS), word
    for word in WORD_VALUE:
        assert spans(f"i am {word} years old", AGE) == [f"{word} years old"], word
    for word, value in ORD_VALUE.items():
        if value <= 12:
            assert spans(f"in {word} grade", AGE) == [f"{word} grade"], word


def test_a_day_and_month_without_year_is_less_sure_than_a_full_date() -> None:
    (short,) = scan("birthday: 12.05")
    (full,) = scan("birthday: 12.05.2013")
    assert short.confidence < full.confidence


def test_confidence_orders_forms() -> None:
    by_text = {f.text: f.confidence for f in scan("im 12 | 11 years old")}
    assert by_text["11 years old"] > by_text["12"]


# --------------------------------------------------------------------------------------
# DATE_OF_BIRTH: (post, the one expected span, minimum confidence)

DOB_POSITIVE = [
    ("its my birthday tomorrow 14 may yay", "14 may", 0.9),
    ("its my bday today!! 3rd june", "3rd june", 0.9),
    ("my birthday is march 3rd", "march 3rd", 0.9),
    ("my bday is on the 12th of june", "12th of june", 0.9),
    ("born 14/02/2013", "14/02/2013", 0.95),
    ("born on 2013-02-14", "2013-02-14", 0.95),
    ("DOB: 02/14/2013", "02/14/2013", 0.95),
    ("b. 3 March 2013", "3 March 2013", 0.95),
    ("date of birth: 5 may 2014", "5 may 2014", 0.95),
    ("my birthday is dec 5 dont forget", "dec 5", 0.9),
    ("i was born on the 4th of june", "4th of june", 0.9),
    ("my bday: 9th april 2012", "9th april 2012", 0.95),
    ("bday jan 30 2014 🎂", "jan 30 2014", 0.95),
    ("its my birthday on 11.11.2013 make a wish", "11.11.2013", 0.95),
    ("my birthday is sept 1st", "sept 1st", 0.9),
    ("MY BIRTHDAY IS AUGUST 8TH", "AUGUST 8TH", 0.9),
    ("my birthday is march the 3rd", "march the 3rd", 0.9),
    ("my birthday is feb twenty second", "feb twenty second", 0.9),
    ("bday 05/17 🥳", "05/17", 0.9),
    ("my b-day is 3/3", "3/3", 0.9),
    ("she was born on 2/7/2012. her cat is grey", "2/7/2012", 0.95),
    ("my bday is on halloween 🎃", "halloween", 0.8),
    ("i was born on christmas eve", "christmas eve", 0.8),
    ("march 3rd is my birthday!!", "march 3rd", 0.9),
    ("14/02 = my bday", "14/02", 0.9),
    ("born march 2013", "march 2013", 0.8),
    ("born in 2013", "2013", 0.6),
    ("i was born in 2013 so im 11", "2013", 0.6),
    ("my birthday is in march", "march", 0.5),
    ("my bday is the 12th", "12th", 0.5),
    ("my sister's birthday is on the 5th", "5th", 0.5),
    ("my birthday's on the 3rd of may", "3rd of may", 0.9),
    ("born on the 3rd", "3rd", 0.5),
    ("my birthday is coming up on march 3", "march 3", 0.9),
    ("I was born 3 March 2013", "3 March 2013", 0.95),
    ("born 2/3/13", "2/3/13", 0.95),
    ("birthday: 12.05", "12.05", 0.9),
    ("im a 2013 baby", "2013", 0.6),
    # a date the child calls their birthday, a few words later
    ("party on may 9th, thats my birthday", "may 9th", 0.9),
    ("sleepover on june 3rd cuz its my bday", "june 3rd", 0.9),
    ("come to my party 14/02 which is my birthday", "14/02", 0.9),
    ("may 9th, my birthday!!", "may 9th", 0.9),
    ("cant wait for july 4th, that's my b-day 🎂", "july 4th", 0.9),
    # the child's own birthday, said other ways
    ("happy bday to me 03/09/2013 🥳", "03/09/2013", 0.9),
    ("turning 11 tomorrow 2nd march!!", "2nd march", 0.85),
    ("i turn nine today 9 june", "9 june", 0.85),
    # a bio's birth date set off by decoration
    ("jess.draws ✨ 21.07.13 ✨", "21.07.13", 0.6),
    ("lily | 9/5/2014 | 🐴", "9/5/2014", 0.6),
    ("happy bday kenzo!! 🎉 14/07 see u at the park", "14/07", 0.7),  # the day in figures after the one wished
    ("happy birthday ravi 🎂 4/6 ❤️", "4/6", 0.7),
]

DOB_NEGATIVE = [
    "the test is on march 3rd",
    "happy birthday kenzo!! 10/10 party",  # a rating out of ten after the wish
    "happy bday mia! 3/5 stars for the cake",  # ... out of five
    "happy birthday ana!! 7.30 at the park",  # a time
    "happy birthday ana!! won 2-1 today",  # a score
    "see you 14/02",
    "happy birthday!",
    "my birthday party was fun",
    "my birthday is tomorrow",
    "my birthday is in 3 days",
    "my birthday party was on march 3rd",
    "students born in july are younger",
    "plan b. 2013 was great",
    "born to run",
    "firstborn 2013",
    "my birthday may be fun",
    "birthday 45/13",
    "born at 3.45am",
    "it's like that since 11/15/2012",
    "2014 kids be like",
    "we won 3-2, thats my birthday present lol",
    "got it on may 9th, thats my birthday money gone",
    "may 9th, my birthday wish list is long",
    "happy birthday to my cousin 03/09",
    "maths exam on 21.07.13 ugh",
    "we won 21-7 ✨",
    "train at 10.15 ✨",
    "my nans party 9/5/2014 ✨ was so fun",
    "turning 11 tomorrow at 3pm",
    "✨ 21.07.1998 ✨",
]


@pytest.mark.parametrize(("text", "expected", "confidence"), DOB_POSITIVE)
def test_date_of_birth_found(text: str, expected: str, confidence: float) -> None:
    found = [f for f in scan(text) if f.kind is DOB]
    assert [f.text for f in found] == [expected]
    assert found[0].confidence >= confidence


@pytest.mark.parametrize("text", DOB_NEGATIVE)
def test_date_of_birth_not_found(text: str) -> None:
    assert spans(text, DOB) == []


def test_cued_date_after_another_date() -> None:
    text = "the test is on march 3rd, my birthday is in june"
    assert spans(text, DOB) == ["june"]


def test_birthday_and_age_in_one_post() -> None:
    text = "my bday is march 3rd and ill be twelve 🎂🎂"
    assert [(f.kind, f.text) for f in scan(text)] == [(DOB, "march 3rd"), (AGE, "twelve")]


# --------------------------------------------------------------------------------------
# Robustness and cost


@pytest.mark.parametrize(
    "text",
    [
        "1" * 50_000,
        "i am " * 10_000,
        "im 1 " * 10_000,
        "11 " * 15_000,
        "birthday is " * 4_000,
        "born on the " * 4_000,
        "| 12 " * 10_000,
        "my little little sister " * 2_000,
        " " * 50_000 + "12",
    ],
    ids=lambda text: f"{text[:12]!r}x{len(text)}",
)
def test_adversarial_input_is_scanned(text: str) -> None:
    # Time is measured by benchmarks/text_scaling.py (these units are among its patterns); here,
    # that the scan finishes and every finding holds the scanner's contract.
    scan(text)


def test_no_work_on_plain_text() -> None:
    assert scan("just a normal day at the park with my friends, so fun!") == []


# -- issue 10: school years worldwide, birthday shouts, sayings (leakscan/lexicon age_* families) --

WORLD_AGES = [
    # a stage opening the post before its trip, musical or how it goes; a year written short
    ("TY musical tryouts are on monday", "TY"),
    ("transition year is deadly so far", "transition year"),
    ("4th yr is class, zero exams", "4th yr"),
    ("std 8 exams start monday", "std 8"),
    ("3rd class trip to the zoo was class", "3rd class"),
    ("im in 5th and my sister is in 9th", "5th"),
    ("we're in std 6 this year", "std 6"),
    ("she is in standard 3", "standard 3"),
    ("class 10 boards are so scary", "class 10"),
    ("my bro is in form 4 now", "form 4"),
    ("gr 3 has the best teacher", "gr 3"),
    ("im in third year and its tough", "third year"),
    ("starting transition year in september", "transition year"),
    ("4th year is killing me honestly", "4th year"),  # how the child's year goes
    ("matric is next year for my cousin", "matric"),
    ("officially 13!!!", "13"),
    ("finally 11 🥳", "11"),
    ("🎂 9 today!!", "9"),
    ("my baby brother zoë is 4", "4"),
    ("im in S3 and its so much homework", "S3"),
    ("9th std exams start monday", "9th std"),
    # Nigeria, Singapore, Quebec, Ireland (Irish), Afrikaans, Malay school years
    ("jss3 exams are so hard", "jss3"),
    ("my sister is in sss 2", "sss 2"),
    ("sec 3 camp was fun", "sec 3"),
    ("rang 4 went to the museum", "rang 4"),
    ("graad 6 kamp was lekker", "graad 6"),
    ("darjah 4 sports day", "darjah 4"),
    # Quebec: "Ne année" of primary school, "secondaire N" / "Ne secondaire"
    ("trop contente je rentre en 4e année", "4e année"),
    ("mon frere est en 1re annee", "1re annee"),
    ("la rentrée en secondaire 2 demain", "secondaire 2"),
    ("je suis en 3e secondaire pis c'est dur", "3e secondaire"),
    ("en 5ième année on a un nouveau prof", "5ième année"),
    # a stage opening the post
    ("3rd year in coláiste bríde is tough", "3rd year"),
    ("second year is so boring", "second year"),
    # birthday shouts around a bare number
    ("10 today!!! best day", "10"),
    ("thirteen and still no phone", "thirteen"),
    ("tamati is 11 today 🎂", "11"),
    ("14 looks good on u bestie", "14"),
    ("happy 9th little sis", "9th"),
    ("aaj main 12 saal ki ho gayi", "12"),
    # a sibling's or friend's age, then a pronoun or a friend's name then "is N"
    ("my brother is 9 he never stops talking", "9"),
    ("im 12 and lwazi is 11 we r twins basically", "11"),
    ("jake is 9!! party time", "9"),
    ("orla is fourteen and still cant swim lol", "fourteen"),  # a teen age spelled out after a name
    # a birthday wish, then the new age later in the post (any language around it)
    ("happy birthday wanjala umetimia 11 sasa 🎉", "11"),
    ("happy bday kofi 🎂 you don reach 14 oo", "14"),
    ("hbd tala 🎈 10 ka na", "10"),
    ("party at tayas #TayasBday #12", "12"),
    # a school year with its reading level, and the kids of a year, are still the year
    ("im in grade 3 level 2 reading", "grade 3"),
    # a wish in another language, then the new age with that language's "years"
    ("feliz cumple sofi!!! 9 añitos 🎂", "9"),
    ("wiktoria ma dzisiaj urodziny!! 12 lat 🎂", "12"),
    ("happy bday sione 🎉 12 ta'u ofa atu", "12"),
    # the year the child goes in as; Australia's first school year
    ("off to st marys as a form one next term", "form one"),
    ("my little bro starts prep on monday", "prep"),
    # a bio's age between decorations
    ("cork girl 💜 12 yrs 🐶 dogs r life", "12 yrs"),
    ("mia | 11 years | ireland", "11 years"),
    ("my nan is 82 year old and still drives", "82 year old"),  # no "feel like" before: a real age
    ("year 4 kids are so loud at lunch", "year 4"),
    ("8th me science bahut tough hai", "8th"),  # Hindi "in 8th", opening the post
]

WORLD_NOT_AGES = [
    "ty for the lift home",  # "thank you", no stage before an event
    "matric dance photos of my cousin are so nice",  # a leavers' dance, left alone (sets label it both ways)
    "reception is killing me out here",  # a phone's signal, not the school year
    "i feel like a 3 year old at the zoo lol",
    "i feel like 70 year old after revision",  # the saying without its article
    "i feel about 70 years old after that hike",  # a feeling said with "about"
    "my knees are 90 years old after netball",  # a body part that feels old
    # a school year as a measure of how easy something is
    "this homework is like grade 3 level easy",
    "so easy even year 2 kids could do it",
    # a job's "as a", years of something between decorations, a wish then a count
    "she works as a reception teacher",
    "as a prep cook i wake up early",
    "love u 💕 10 yrs 💕 best friends forever",
    "been dancing 11 yrs 💃",
    "feliz cumpleaños mamá 🎂 party at 7",
    "even a class 4 kid knows that one",
    # a future age the child is promised or wishes for
    "i can have snapchat when im 13",
    "mum says no phone till i'm 16",
    "when i am 18 im moving out",
    "acting like an 80 year old with my back pain",
    # an age the child says they are not, a pet's age by its name
    "im not a 6 year old i can walk to school alone",
    "my dog rex is 7 and he still barks at the mailman",
    "our cat pepper turned 4 today",
    "tell me 5th me first",
    "fill in form 2 for the trip",
    "class 2 of 5 was cancelled",
    "the second year in a row we lost",
    "officially 100 followers!!",
    "world class 1 player",
    "the s3 bucket is full",
    "sell it in s2 mode",
    "std 10 deviation in stats",
    "i finished in 6th place",
    "send it 1st class post",
    "piano class 3 exam tmrw",
    "wait a sec 2 mins",
    "the temperature is 15 today",
    "it is 12 today and sunny",
    "3 today lol",
    "happy 2nd anniversary mum and dad",
    "leaving cert is years away",
    "main 5 saal ka bachcha lagta hoon",
    "second year in a row we lost the final",
    "chelsea is 3 points clear",
    "my score is 12 lol",
    "level is 12 now",
    "level is fifteen now",  # a spelled number after a word that is no one
    "chelsea is ten points clear",
    "happy birthday!! party at 5 dont be late",
    "happy bday see u at 7 🎉",
    "happy birthday to my 5 besties",
    "happy birthday lol it was 10 degrees",
    "happy bday bro love u 100",
    "happy birthday 🎂 party starts 6 pm",
    "happy birthday nan, 10/10 cake",
    "pour la 2e année de suite on gagne",
    "3e année consécutive au festival",
    "on habite dans le 6e arrondissement",
    "secondaire 2 000 vues merci",
]


@pytest.mark.parametrize(("text", "span"), WORLD_AGES)
def test_world_school_years_and_shouts(text: str, span: str) -> None:
    assert span in [f.text for f in scan_checked(SCANNER, text) if f.kind is Kind.AGE]


@pytest.mark.parametrize("text", WORLD_NOT_AGES)
def test_world_sayings_and_look_alikes_are_no_age(text: str) -> None:
    assert [f.text for f in scan_checked(SCANNER, text) if f.kind is Kind.AGE] == []


# -- issue 10, family 5: birthdays written the ways of other regions ------------------------------

WORLD_BIRTHDAYS = [
    ("bday on the 21st of may, party at mine", "21st of may"),
    ("b'day 9/11 yeah i know", "9/11"),
    ("my b-day is oct 2", "oct 2"),
    ("birthday's on the 5th of july", "5th of july"),
    ("i was born on diwali 2013", "diwali 2013"),
    ("born on waitangi day!", "waitangi day"),
    ("my bday is on canada day", "canada day"),
    ("born on st paddy's day", "st paddy's day"),
    ("my birthday is on anzac day lol", "anzac day"),
    ("born on freedom day 2014", "freedom day 2014"),
    ("my bday falls on guy fawkes night", "guy fawkes night"),
    ("turning 11 on the 4th of may!!", "4th of may"),
    ("i turn twelve on 3 june", "3 june"),
]

WORLD_NOT_BIRTHDAYS = [
    "happy diwali everyone!!",
    "anzac day march was so early",
    "on canada day we watched fireworks",
    "waitangi day is a holiday",
    "my birthday party was fun",
    "turning 11 on saturday",
    "the page will turn 3 on may day",
]


@pytest.mark.parametrize(("text", "span"), WORLD_BIRTHDAYS)
def test_world_birthdays(text: str, span: str) -> None:
    assert [f.text for f in scan(text) if f.kind is DOB] == [span]


@pytest.mark.parametrize("text", WORLD_NOT_BIRTHDAYS)
def test_holidays_without_a_birthday_are_no_date_of_birth(text: str) -> None:
    assert spans(text, DOB) == []
