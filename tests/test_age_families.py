"""The age scanner's AGE families beyond the first forms (tests/test_age.py): the families of the
spent blind sets' misses, written anew. Every post here is made up for these tests.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan import Kind, Settings
from leakscan.scanners.age import AgeScanner

SETTINGS = Settings()
SCANNER = AgeScanner()


def spans(text: str) -> list[str]:
    return [f.text for f in scan_checked(SCANNER, text, SETTINGS) if f.kind is Kind.AGE]


# -- families of the spent sets' misses: plural year groups, corrections, lists of ages, hashtags,
# -- stages of other countries, birthday wishes with the age in any words around it

AGE_FAMILIES = [
    ("wing sze 聽日 f.4 test 😩", "f.4"),  # Hong Kong's secondary form, dotted
    ("nok m.1 at the new school 🐘", "m.1"),  # Thailand's mathayom year
    ("f3 exams finally over", "f3"),  # glued, before its exams
    ("wah ur p4 already ah? so fast", "p4"),  # a primary year anywhere, before a word of school years
    ("🌈 P7 forever with the best class", "P7"),
    ("11 todayyy 🎉 finally", "11"),  # "today" stretched out in a birthday shout (v19 family)
    ("14 and my dad still checks my phone 🙄", "14"),  # "<N> and" opening a post: what is still so
    ("10 and cant ride a bike yet lol", "10"),
    ("rawiri is 10 todayyy", "10"),
    ("oggi compio 11 anni 🎂", "11"),  # Italian "I turn N years" (v19 family)
    ("ciao ho 10 anni e amo il calcio", "10"),  # Italian "I have N years"
    ("12th boards are so close im scared", "12th"),  # India's board-exam year
    ("ks3 science test tmrw", "ks3"),  # a key stage, written glued
    ("so nervous for fourth year", "fourth year"),  # the year about to start
    ("omg who has the notes for SSS1, i was absent", "SSS1"),  # a comma after the year
    ("this jss3 maths test was hard", "jss3"),  # "this" before a school-only year word
    ("im 12 but i act like i'm 16 years old", "12"),  # the age said beside a comparison stays
    # an age in number words of Dutch, Afrikaans, German and the Nordic languages; Nordic "I am / you are N";
    # Turkish "N yaşında" (world26 recall family)
    ("ons hond is oud maar ek is elf jaar oud", "elf"),
    ("ik ben twaalf jaar oud en woon hier", "twaalf"),
    ("mein bruder ist neun jahre alt", "neun"),
    ("grattis på dagen 🎉 du är nio nu", "nio"),
    ("jeg er tretten i dag", "tretten"),
    ("jag är 11 år och gillar fotboll", "11"),
    ("bugün 9 yaşına girdim 🎂", "9"),
    ("kuzenim 12 yaşında oldu", "12"),
    # "<N> going on <N+1>": the age now (world26 recall family)
    ("11 going on 12 and still not allowed tiktok", "11"),
    ("me? nine going on ten lol", "nine"),
    ("im 10 years old and i act like a baby", "10 years old"),
    # a question right after the age ("why", "how"); Spanish "turns N" before its day without "años"
    ("im eleven why does bedtime even exist", "eleven"),
    ("im twelve how do i convince my dad", "twelve"),
    ("mi hermano cumple 6 el domingo 🎈", "6"),
    ("cumplo 11 mañana!!", "11"),
    # a birthday by its ordinal alone after "for/at my" ("for my 10th 🛴")
    ("got a scooter for my 10th 🛴", "10th"),
    ("at her 9th party we had a bouncy castle", "9th"),
    # the writer's own year kept when someone is quoted after it, or when the news is not about the year
    ("im in year 4 and its so fun my cousin says", "year 4"),
    ("first day of grade 7 today my mum said im so grown up", "grade 7"),
    ("i'm in 6th grade and the level of homework is crazy", "6th grade"),
    ("fifth year is the worst year", "fifth year"),
    # someone's age with French "has", Portuguese "turns" or "has", Hindi "to turn", Afrikaans "I am N and"
    ("mon cousin théo a 7 ans aujourd'hui 🎈", "7"),
    ("elle fête ses 10 ans samedi", "10"),
    ("o bernardo faz 9 anos amanhã", "9"),
    ("minha prima tem 11 anos e já tem celular", "11"),
    ("bas 12 saal ka hone mein ek hafta", "12"),
    ("ek is dertien en my boetie is nege", "dertien"),
    # a class and its section, as South Asian schools name a form
    ("kabir from 9 c is so funny", "9 c"),
    ("im in 6b lol", "6b"),
    ("in class 10-a we got the strict teacher", "class 10-a"),
    # New Zealand's intermediate school as a stage
    ("starting intermediate next year eek", "intermediate"),
    ("finally at intermediate!! new uniform is scratchy", "intermediate"),
    # school years and ages in other languages and scripts (age_languages)
    ("estoy en octavo básico en el colegio", "octavo básico"),  # Chile
    ("mi prima va en 4to de primaria", "4to de primaria"),  # Mexico
    ("to no 8º ano agora", "8º ano"),  # Brazil
    ("sono in seconda media e odio mate", "seconda media"),  # Italy
    ("eerste week in de brugklas overleefd", "brugklas"),  # the Netherlands
    ("bukatsu owatta 🎾 chu 1 mou sugu owari", "chu 1"),  # Japan: junior high's first year, romanised
    ("chuu 3 de juken benkyou tsurai", "chuu 3"),
    # Ireland's transition year anywhere in a post, and "TY" before the year's own events
    ("long week. transition year is unreal tho", "transition year"),
    ("who is auditioning for the TY musical", "TY"),
    # a primary year written with a dot (Uganda, Scotland), and "yday" after an age
    ("im in p.5 at mbarara junior school", "p.5"),
    ("wah p4 at tampines north damn tiring", "p4"),  # a primary year before "at" and its school
    ("shoutout to kofi he turned 12 yday 🎉", "12"),
    ("mijn broertje zit in groep 5", "groep 5"),
    ("yes eindelijk groep 7 volgende week", "groep 7"),  # "at last": the year the child starts
    ("groep 6 op de vlinderboom en ik vind het leuk", "groep 6"),  # the Netherlands: the year before its school
    ("mijn neefje zit groep 4 bij obs de wilgen", "groep 4"),
    ("trop contente je passe en 6ème 🥳", "6ème"),  # France: a collège year after "en"
    ("ma cousine est en cm1 elle est trop mignonne", "cm1"),  # France: a primary year
    ("4eme au college paul bert c'est dur", "4eme"),  # a collège year before its collège
    ("me and achieng from lwanda high s3 🙌", "s3"),  # Uganda: a senior year right after its school
    ("first week at kisubi college s.1 is tough", "s.1"),
    ("ゆいと 小学3年 になりました", "小学3年"),  # Japan: a primary year written out
    ("中学1年生 部活たのしい", "中学1年生"),
    ("morgen werde ich 11 jahre alt", "11"),  # German: the number of "N years old"
    ("mijn zusje is 9 jaar oud", "9"),  # Dutch
    ("ich bin jetzt in der 6. klasse", "6. klasse"),  # Germany
    ("jestem w 5 klasie", "5 klasie"),  # Poland
    ("mình học lớp 9 rồi", "lớp 9"),  # Vietnam
    ("서연이 4학년 됐다", "4학년"),  # Korea
    ("はるき 10さい になったよ", "10さい"),  # Japan: an age
    ("#5thyears last mass before the holidays", "5thyears"),  # an Irish year group as a tag
    ("cake for #tavitas13th 🎂", "13th"),  # a birthday tag
    ("no phones at the gr 8 camp eish", "gr 8"),  # "gr" apart from its number after "the"
    ("11 and already so tired of school lol", "11"),  # an opening age and "already"
    ("agle saal tak 10 ka hone wala hoon yaar", "10"),  # Hindi: "going to be 10"
    ("thank u for all the bday wishes 💖 12 now", "12"),  # thanks for birthday wishes, then the new age
    ("happy birthday to my bestie wren!! 12 at last 🥳", "12"),  # a wish, then the new age "at last"
    ("hbd to me 13 at last lol", "13"),
    ("anyone in 8th at riverside middle wanna swap", "8th"),  # "anyone in" a school year
    ("kawan tahun 5 jom main", "tahun 5"),  # Malaysia's school year before its number
    ("meri class 4 ki teacher is strict", "class 4"),  # Hindi "my": ends in "a"/"i", no article
    ("mera std 7 ka timetable", "std 7"),
    ("fifth class graduation next week", "fifth class"),  # Ireland's primary years
    ("im in sixth class now", "sixth class"),
    ("Brookfield year 9s vs Elm Park tonight", "year 9"),
    ("ridgeway grade 4s did a bake sale", "grade 4"),
    ("gr 4 outing tomorrow bring lunch", "gr 4"),
    ("im twelve not eleven, get it right", "twelve"),
    ("shes 13 na daw", "13"),
    ("im 9 and ruby is 11 we r cousins", "11"),
    ("my cousin tanvir turns 10 next week", "10"),
    ("happy birthday jo youre finally 12 miss u", "12"),
    ("happy bday sis 🎂 14 n still the baby", "14"),
    ("happy birthday didi 🎂 16 ho gayi", "16"),
    ("#9thgrade here we come", "9thgrade"),
    ("best sleepover #10yearsold", "10"),
    ("#leoturns9 bouncy castle", "9"),
    ("sports day at school #y5", "y5"),
    ("my brother starts kindy next week", "kindy"),
    ("my cousin started prep this year", "prep"),
    ("she's in grade r at the creche", "grade r"),
    ("she's third year in secondary now", "third year"),
    ("S2 at Hillview Academy starts monday", "S2"),
    ("7th mein science sabse boring hai", "7th"),
    ("im p6 at a school near the river", "p6"),
    ("ek is twaalf vandag", "twaalf"),
    ("ek is 11 jaar oud", "11"),
    ("13 on guy fawkes night 🎂", "13"),
    # siblings' ages: the "'s" typed without its apostrophe, ages in brackets, a bio's "name, age"
    ("my sisters 8 and she steals my hoodies", "8"),
    ("me (11) and my bro (7) at the pool", "7"),
    ("aroha, 12, auckland", "12"),
    ("im 10 3/4 actually", "10"),
    # school years of India in Roman numerals, Ghana, Malaysia; Hindi "my age is N years"
    ("im in std viii now", "std viii"),
    ("class x boards are next month", "class x"),
    ("jhs 1 was easy", "jhs 1"),
    ("tingkatan 2 camp", "tingkatan 2"),
    ("meri umar 11 saal hai", "11"),
    # the age said in French, Spanish, Tagalog, Malay; the school year the child moves into
    ("j'ai 11 ans demain", "11"),
    ("mi hermano tiene 7 años", "7"),
    ("10 taong gulang na si bunso", "10"),
    ("umur saya 13 tahun", "13"),
    ("going into 5th!!", "5th"),
    ("starting 8th next week", "8th"),
    # a name opening the post before its new age today; how soon the age comes after an opening number
    ("birthday boy keoni 11 today 🎉", "11"),
    ("zanele 13 today!!", "13"),
    ("14 in 5 days 🥳", "14"),
    ("11 tomorrow!!", "11"),
    # an elder sibling in the words of South Asian and Filipino homes; "hes"/"shes" after the age
    ("my bhai is 17 and never shares", "17"),
    ("priya didi is 15", "15"),
    ("my sister is 9 shes so loud", "9"),
    # a child's own age beside the world17 quiet families (a famous one's age, a year not even in)
    ("my cousin is like 9 years old now", "9 years old"),
    ("im in class 10 and so scared of boards", "class 10"),
    # the exams of a school year (several papers: "grade 7 exams", "class 8 exams"), not a music grade's exam
    ("grade 7 exams finish on friday", "grade 7"),
    ("class 8 exams start next week", "class 8"),
    # profile lines: a "bio:" label lets a word follow the age, and fields joined by " x " (a kiss)
    ("bio: keira 🦋 11 dundalk", "11"),
    ("about me - tane ✨ 13 rotorua", "13"),
    ("jodie x 12 x bristol", "12"),
    # a self-introduction with the age right after the given name
    ("hiya im maisie 12 from derby", "12"),
    ("my name is kofi 11 and i love drawing", "11"),
    # a birthday today or thanks for the wishes, then the new age; a school year before its state exam
    ("thank u for the birthday wishes everyone 14 now lol", "14"),
    ("my sis birthday today she don reach 9", "9"),
    ("2nd year and the junior cert mocks are next week", "2nd year"),
    # the age as a labelled profile line's first field
    ("new bio: 11 | swindon | gymnast", "11"),
    ("prizegiving tonight #form2", "form2"),  # an NZ school year as a hashtag
    ("i turn 11 next week", "11"),  # no "when": the age is coming, not promised
    ("im twelve is that too old for roblox", "twelve"),  # a question about the age right after it
    ("sofía cumple 8 hoy 🎈", "8"),  # Spanish "turns", then "hoy" (today)
    ("my little bro is in kindy now, so cute", "kindy"),  # Australia's year before school
    ("prep starts monday for my nephew", "prep"),  # the year starting on a named day
    ("im seán, 12, from cork", "12"),  # a name with an accent, then the age
    ("hi im zoë 11 from leeds", "11"),
    ("mambo! niko darasa la saba sasa", "darasa la saba"),  # Swahili "I am in class seven"
    ("yuko kidato cha pili", "kidato cha pili"),  # ... "s/he is in form two"
    ("#elmwoodhigh ty trip was unreal", "ty"),  # the stage after the school's tag opening the post
    ("starting my transition year monday, nervous", "transition year"),  # "my" before the stage
    ("last day of 6th year tomorrow cant believe it", "6th year"),  # the stage after its first or last day
    ("1st day of second year and i already lost my tie", "second year"),
    ("ugh twelve and still no phone of my own", "twelve"),  # a sigh before the age opening the post
    ("welp 14 and still on the kids menu", "14"),
    ("táim i rang a cúig anois, im in rang a cúig", "rang a cúig"),  # an Irish-medium class after its cue
    # more countries' years as a stage after its cue: Nigeria, Uganda, Singapore, Ghana, the Caribbean
    ("im in ss2 now and physics is wahala", "ss2"),
    ("my cousin is in jss two", "jss two"),
    ("starting senior three next term", "senior three"),
    ("im in s.4 this year", "s.4"),
    ("she is in sec two at a new school", "sec two"),
    ("im in secondary 3 and cca is fun", "secondary 3"),
    ("im in shs two, electives are hard", "shs two"),
    ("im in upper six doing cape", "upper six"),
    ("S4 holiday work is so long 😩", "S4"),  # a Ugandan year opening the post before its holiday work
    # an age alone with another language's "years", and English shouts opening the post (world19 families)
    ("nos fuimos al cine con tomás 🍿 10 años", "10"),
    ("kuba i ja 🎈 11 lat yay", "11"),
    ("no i mam 13 lat", "13"),
    # the verb "I have" before the years: the writer's age, whatever follows it
    ("mam 10 lat więc mogę grać", "10"),
    ("mám 12 let a mám psa", "12"),
    ("tenho 9 anos e adoro gatos", "9"),
    ("tenho 12 anos", "12"),
    ("🎉 9 jaar", "9"),
    ("11 and finally allowed tiktok", "11"),
    ("14 next week, party at the bowling place", "14"),
    ("3rd year exams start monday", "3rd year"),
    # a school year named as the child's, with how it looks after it (world19 precision family)
    ("im in year 10 and it looks so hard", "year 10"),
    ("starting grade 8 sounds scary ngl", "grade 8"),
    ("my year 9 camp looks fun", "year 9"),
    # a school year with its word after a word that is also a star's name (Singlish "sia")
    ("exams again sia 😩 sec 2 life", "sec 2"),
    # an age alone with Italian "years" after a mark; "I am N" in Afrikaans, Dutch, German, Hindi/Urdu
    ("auguri chiara!!! 11 anni 🎂", "11"),
    ("ek is 12 en my broer is 9", "12"),
    ("ik ben 11! en jij?", "11"),
    ("mai 12 saal ki hu 😭 phone do", "12"),
    # a bare "for" before a year's ordinal: the year the child is to start
    ("gran says ill get a laptop for 2nd year", "2nd year"),
]

AGE_FAMILIES_NOT = [
    "a samosa is ₹15 at the canteen now",  # a price in rupees, naira, pesos
    "puff puff is ₦20 now 😂",
    "got a new m.2 ssd for my pc",  # a drive's slot
    "f1 race tonight lets go",  # a motor race
    "player p2 at the boss level",  # a game's second player
    "2 and a half hours of homework tonight",  # a count opening the post
    "12 and my team won the cup",  # a score
    "chu 7 is the bus number to the mall",  # past junior high's three years: no school year
    "mr chu 2 days till the science fair",  # a title before it: Chu the teacher's surname
    "we waited chu 3 hours for the ferry",  # a count of hours after it
    "mum bought a hat for reception tonight",  # "for" before a stage word that is no year's ordinal
    "thanks for first year of dance lessons",  # a year of something
    "da 5 anni vivo qui",  # Italian "for 5 years", after a word
    "ik ben 5 minuten te laat",  # Dutch "I am 5 minutes late"
    "main 5 ka note dunga",  # Hindi "I will give a note of 5"
    "shrek is like 12 lol",  # a famous character's bare age stays quiet
    "in ss 2 u can see the glitch",  # a screenshot, not a senior secondary year
    "s2 holiday special was mid",  # a show's season
    "the senior 1 team lost again",  # no stage cue
    "be there in a sec two mins",
    "unser haus ist 40 jahre alt",  # a house's age, no child's
    "de app groep 4 is zo stil vandaag",  # a chat group's number, no school year
    "groep 3 op de foto staat heel scheef",  # a group on a photo
    "il est arrivé 6ème de la course hier",  # a race's rank, no "en"
    "on est en 5e position au classement",  # a rank after "en"
    "rdv au 4e étage du centre",  # a floor
    "we parked at p3 at the mall",  # a car park's level
    "meet near p2 at gate c",
    "our boys s2 are playing fifa",  # no school's name before its word
    "lwanda high s1 team lost the final",  # a team's name
    "the 10th board meeting ran late",  # a meeting, no board-exam year
    "thanks for the bday card it cost 15 😭",  # a price after thanks
    "happy birthday dad we were 10 at last count",  # a count after a wish
    "happy bday gran! bus came at 11 at last",  # a time
    "class 2, 3 and 4 are on a trip",  # a list of classes
    "she came 12th on the leaderboard",
    "a class 4 hurricane hit the coast",  # "a" before the class
    "first class graduation for the cabin crew",  # a ticket class
    "the year 7s are so tiny",
    "year 8s are annoying lol",
    "stop saying shes 15",
    "everyone thinks im 16 lol",
    "i feel 90 years old today",
    "she got her grade 4 at the dance school",
    "we are in prep for exams",
    "im 5 not sure",
    "minecraft turns 15 today",
    "s3 is down again",
    "#y3 campaign",
    "ek is moeg vandag",
    "5th main road near the park",
    "im late 10 mins sorry",
    "im ruby 2 weeks behind on hw",
    "birthday today, the party starts at 6",
    "3rd year and counting in this job",
    "bio: 10 out of 10 would recommend",
    "bio: 12 km walked today",
    "5 on christmas morning we open gifts",
    "my bestie sam is 5 minutes late",
    "my cousins 3 dogs are loud",
    "page (3) of the story",
    "artists: kings of leon (10), arlo (9), bea (12)",
    "eggs, 12, milk",
    "a class iv laser",
    "python class x has methods",
    "j'ai 4 ans de danse",
    "tengo 3 años jugando",
    "going into 2nd place now",
    "starting 5th gear",
    "level 12 today finally",
    "scored 15 today in the match",
    "12 tmrw at the park ok",
    "6 in 2 days we fly to fiji",
    "i ate 12 and felt sick",
    "my grade 5 exam in ballet is sat",
    "class 3 exam for piano tmrw",
    "happy 4th of july from us",
    "uv 9 today wear sunscreen",
    "streak 15 today on duolingo",
    "lvl 12 todayyy",  # "today" stretched out after a count, no age (v19 family)
    "la mia scuola ha 50 anni",  # Italian: a school's years, not the writer's
    "ho giocato 12 anni fa",  # Italian "years ago"
    "3 x 11 x 5 is 165",  # a sum, not a profile's fields
    "bio: pizza lover 🍕 10 out of 10",  # a label, but no name field before the number
    "cake 🎂 12 slices left",  # no "bio:" label: a word after the number is the sentence going on
    "im in 1st riverbend scouts now",  # a numbered scout group after "in", not a year
    "shes in 4th kelso girl guides",
    "i feel like 70 years old after pe",  # how the child feels, no age
    "felt like 100 years old this morning",
    "bluey is like 7 years old in the show",  # a cartoon's age: a famous one's (world17 family)
    "minecraft was already 15 years old when i started",  # a game's
    "im not even in year 9 yet and they talk about exams",  # a school year the child is not even in
    "upload form2 to the portal",  # a form's name glued to its number, no hashtag
    "no phone til im 14 apparently",  # a promised age, spelled "til"
    "i can dye my hair when i turn 13",  # a promised age with "turn"
    "my sister talks to me like im a 4 year old",  # treated like a little child
    "level 11 is that hard one with the lava",  # a number with no age cue before "is that"
    "my cousin acts like shes 3 when she loses",  # another child treated as a little one
    "prep starts at 7 in the cafe kitchen",  # a cook's prep, no day it begins
    "the cumple 5 de mayo was fun",  # a birthday party's date, no shout's end
    "la primera media hora fue aburrida",  # "the first half hour", no school year
    "segundo año en el club de fútbol",  # a club's year: "año" after a word ordinal
    "the gr8 game last night",  # "great"
    "klas bende pizza",  # no number
    "#4thofjuly fireworks",  # a date's tag
    "my 12 tomatoes grew",  # no age form
    "we have lived here since june",  # a month, no stage
    "my bestie since junior infants",  # the stage a friendship dates from tells no age now
    "and already late for the bus",  # no number
    "the dance was ok i guess",  # no stage before the formal
    "its café, 24/7",  # a word with an accent, then a time
    "niko nyumbani sasa",  # Swahili "I am at home": no school year
    "#blessed first year in a row we won",  # a row of wins after a tag
    "in my first year of the band we only had 4 songs",  # a year of something else
    "first day of the holidays and its raining",  # a first day of no stage
    "ugh 3 and still no reply",  # a count too small for a shouted age
    "i left a rang a dó book on the bus",  # an Irish class's name with no cue before it
    "hace 6 años que vivimos aqui",  # "6 years ago": a word before the number
    "🏠 4 lat temu kupilismy dom",  # "4 years ago" in Polish: a word after the years
    "mam 42 lata i dwoje dzieci",  # a parent's age, past a child's
    "tenho 30 anos de experiência",
    "il y a 5 ans on habitait à lyon",  # French "5 years ago"
    "eat 5 a day they said",  # a number and a letter that are no class and section
    "stuck in 7c weather all week",
    "top 3 of 6 a side games",
    "starting intermediate swimming lessons on monday",  # a course's level, no school
    "im in intermediate maths this term",
    "faz 3 anos que moramos aqui",  # Portuguese "it has been 3 years since"
    "o meu pai tem 10 anos de carreira",  # years of a career
    "7 años de clases de piano",  # years of something
    "20 años 🎉",  # too old for a child's own post
    "10 next week we start the new topic",  # a count, no comma after the week
    "2 and finally it works",  # too small for a shouted age
    "prep exams are the worst",  # getting ready for exams, no school year
    "matric exams keep my cousin up all night",  # a stage's exams, said of someone else
    "ty for the follows everyone",  # "thank you"
    "ty guys 200 subs!!",
    "read p.6 and p.7 for homework",  # pages
    "see p. 4 of the booklet",
    # a school year looked at from outside: how it looks or sounds (world19 precision family)
    "the year 13 leavers look so grown up",
    "grade 10 seems like a lot of homework",
    "the grade 9 camp sounds intense",
    # a school year heard of from someone else, or a level of skill (v23 precision family)
    "grade 10 chemistry is brutal my cousin says",
    "year 4 swimming sports are the best, my older brother said 😎",
    "grade 7 has way too much homework, my mum reckons",
    "she spells at a 6th grade level already",
    "this book is grade 3 reading level",
    "el equipo cumple 25 el martes",  # a team's years, past a child's
    "el cumple 3 de marzo es de mi prima",  # "the birthday", then a date: no age
    "its 9 why are u still awake",  # a time, not an age
    "this is for my 3rd try lol",  # a try's count, a word after the ordinal
    "for my 5th time watching it",
    # a comparison with the age's unit after it: how someone acts or talks, no age (world26 precision family)
    "nan says i act like im 70 years old 🙄",
    "u talk like ur 50 years old fr",
    "my grandad acts like hes 20 years old at parties",
    "she dresses like she's 30 years old",
    # number words and "I am" of other languages that are no age: a time, a long-ago, a grown-up's years
    "jag är 5 minuter sen sorry",
    "det var tio år sedan vi flyttade",
    "dedem 70 yaşında ama çok hızlı",
    "du er fem minutter for sent",
    # "going on" that is no age: a film's title, a saying of acting older, the clock
    "rewatching 13 going on 30 tonight",
    "the baby is 2 going on 20 honestly",
    "its 11 going on 12 and mum is still up",
]


@pytest.mark.parametrize(("text", "span"), AGE_FAMILIES)
def test_age_families(text: str, span: str) -> None:
    assert span in spans(text)


@pytest.mark.parametrize("text", AGE_FAMILIES_NOT)
def test_age_family_look_alikes(text: str) -> None:
    assert spans(text) == []
