"""Tests for the names, places and profile lines of many regions that :mod:`leakscan.scanners.ner_world`
reads for the NER scanner: a name after an opening exclamation, a friend named before "my bestie",
"you" in other languages, double-barrelled given names, a profile line's town, letters spaced out
after a bio's "x".

Every post here is written for leakscan; the children are made up (real towns appear as places).
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.scanners.ner import NerScanner
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = NerScanner()
P, L = "PERSON", "LOCATION"


def found(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of every finding, each checked against the scanner contract."""
    return [(f.kind.value, f.text) for f in scan_checked(SCANNER, text, SETTINGS)]


#: Invented posts where a name or a town of each family is near the child.
WORLD_FOUND = [
    ("see u at the pool in msida later", (L, "msida")),  # a town of Malta (v19 family)
    ("naxxar is so quiet on sundays", (L, "naxxar")),
    ("eish thandeka took my seat", (P, "thandeka")),  # an exclamation, then a name that opens the post
    ("sinethemba stole my chips lol", (P, "sinethemba")),  # an isiXhosa name of a blessing
    ("momo party with bishal and aastha", (P, "bishal")),  # Nepali given names
    ("its orlaiths 9th on saturday!!", (P, "orlaith")),  # a possessive with no apostrophe, then an ordinal
    # a birthday wish in other languages, and a name no list knows after "hbd"
    ("feliz cumple juanchi 🎂 te quiero", (P, "juanchi")),
    ("joyeux anniversaire anaëlle 🎉", (P, "anaëlle")),
    ("hbd tarvek 🥳 12 now", (P, "tarvek")),
    # a given name with "is" run on, no apostrophe ("tanvis going" is "tanvi's going")
    ("tanvis going to the fair without me", (P, "tanvi")),
    ("rosss party was so fun", (P, "ross")),  # a name ending in "ss", its "s" after it: no stretched word
    # Setswana and Tamil given names the lists lacked, alone at the start of a post
    ("omphile wena stop it", (P, "omphile")),
    ("tshegofatso took my charger", (P, "tshegofatso")),
    ("saravanan and me after cricket", (P, "saravanan")),
    ("andrew and me after st georges day parade", (P, "andrew")),  # a friend beside the saint's day
    ("my doggo and me walked to joelle house", (P, "joelle")),  # a friend after the pet word
    ("pat and me baked bread for the fair", (P, "pat")),  # a friend with the brand's given name
    # a city's nickname and a neighbourhood by the names their own kids write
    ("bmore kids stay winning", (L, "bmore")),
    ("parra boys 😎", (L, "parra")),
    ("leslieville is so cute in summer", (L, "leslieville")),
    # given names of the Punjabi, Caribbean, Dutch and Spanish lists
    ("kemoy and me at the beach", (P, "kemoy")),
    ("luuk en ik gaan voetballen", (P, "luuk")),
    ("ur so annoying jasdeep", (P, "jasdeep")),
    # a name with an apostrophe inside (a glottal stop) after a cue, a surname after a particle
    ("mr ta'ase gave us extra homework", (P, "ta'ase")),
    ("lu'ana and me at the market", (P, "lu'ana")),
    ("ms du plessis is so strict", (P, "du plessis")),
    # a given name of the lists anywhere, in lower case, with no cue around it
    ("the bus driver told gurinder off lol", (P, "gurinder")),
    # a place's name spelled out after "to", "in", "from", though an everyday word too
    ("we moved to b a t h last year", (L, "b a t h")),
    ("omo chiamaka you still owe me", (P, "chiamaka")),  # Nigerian Pidgin "omo", an Igbo name
    ("ughhh tolu left me on read", (P, "tolu")),  # a stretched exclamation, a Yoruba name
    ("caoilfhionn my bestie forever", (P, "caoilfhionn")),  # an Irish name before "my bestie"
    ("kekoa is my best friend", (P, "kekoa")),  # a Hawaiian name
    ("bonnies dog is cute", (P, "bonnie")),  # a name in "-ie" owning, not an everyday plural
    ("eoins da is the coach", (P, "eoin")),  # Irish "da" (dad) after a possessive without its apostrophe
    ("fell asleep in miss wozniaks lesson", (P, "wozniak")),  # a teacher's lesson
    ("lucía y mateo son lo mejor", (P, "mateo")),  # Spanish "y" (and) between two given names
    ("arjun tum kab aaoge", (P, "arjun")),  # Hindi "tum" (you) after the name
    ("ella-grace forgot her bag again", (P, "ella-grace")),  # a double-barrelled given name
    ("marc-andré arrive bientôt", (P, "marc-andré")),  # a French compound given name, with its accent
    ("marie-ève et moi on joue", (P, "marie-ève")),
    ("tenzin and i built a fort", (P, "tenzin")),  # a Tibetan given name
    ("chloé et moi on mange", (P, "chloé")),  # a French given name with its accent
    ("bio: 11 | fl | soccer", (L, "fl")),  # a US state by its postal code, as a bio's field
    ("billie-jo and me at the rink", (P, "billie-jo")),
    ("bio: ciaran ⚽ 12 sligo", (L, "sligo")),  # a profile line's town after the age
    ("ruby 🌸 10 dunedin", (L, "dunedin")),
    ("tia x 11 x p e r t h", (L, "p e r t h")),  # spelled out after a bio's "x"
    ("tom 11 from p e r t h i love horses", (L, "p e r t h")),  # the word "i" after it ran on
    ("p a l m y is dead quiet on sundays", (L, "p a l m y")),  # a city's nickname spelled out
    ("rebel county c o r k til i die", (L, "c o r k")),  # a city spelled out, though an everyday word too
    ("b r u m is home", (L, "b r u m")),  # a city's short name spelled out
    ("come on ballyrane sarsfields", ("ORG", "ballyrane sarsfields")),  # a Gaelic games club
    ("training with the Millbrook Wolves U11 ⚽ lets go", ("ORG", "Millbrook Wolves U11")),  # an emoji ends a name
    ("bible study at hope fellowship friday", ("ORG", "hope fellowship")),  # a church named by a virtue
    (
        "choir practice at new life baptist sunday",
        ("ORG", "new life baptist"),
    ),  # "new" is in the name, a denomination ends it
    ("talofa losana 🌺", (P, "losana")),  # a greeting in Samoan, then only the name
    ("lol yuxuan fell asleep in maths", (P, "yuxuan")),  # a Chinese name in pinyin, of the popular names' list
    ("ugh taras took my charger again", (P, "taras")),  # a Ukrainian name
    ("molo! ayanda unjani", (P, "ayanda")),  # a greeting, the name, then asking after them
    ("sunday school at ng kerk waterkloofrif", ("ORG", "ng kerk waterkloofrif")),  # Afrikaans Dutch Reformed
    ("choir at efks otara tonight", ("ORG", "efks otara")),  # a Samoan congregation
    ("kerk by ngk waterkloof vanoggend", ("ORG", "ngk waterkloof")),  # the Dutch Reformed church's short form
    ("kasun machang cricket at 5", (P, "kasun")),  # a Sinhala given name before "machang" (bro)
    ("ġanni ejja swim", (P, "ġanni")),  # a Maltese name before "ejja" (come on)
    ("babirye ssebo come fast", (P, "babirye")),  # a Luganda name before "ssebo" (sir)
    ("we are joining dandenong little aths", ("ORG", "dandenong little aths")),  # no verb in the name
    ("garba at krishna party plot tonight", (L, "krishna party plot")),  # an Indian event venue
    ("dinner at zanders house tonight", (P, "zander")),  # a possessive with no apostrophe still names
    ("pranav sir is strict", (P, "pranav")),  # a name before an honorific
    ("mi bredda dwayne a run di ting", (P, "dwayne")),  # patois "mi" (my) and a Caribbean kin word
    ("mi sista tanisha cook di rice", (P, "tanisha")),
    ("jaco se pa het 'n nuwe bakkie", (P, "jaco")),  # Afrikaans possessive "se" after the name
    ("ang kulit talaga ni bongbong", (P, "bongbong")),  # Tagalog's article of a person's name
    ("grabe si paolo sa game kanina", (P, "paolo")),
    ("machi rahul come fast da", (P, "rahul")),  # Tamil "machi" (bro) before the name
    ("kemi hurry up the bus is here", (P, "kemi")),  # an order put to the friend who opens the post
    ("aoife dont forget my charger", (P, "aoife")),
    ("tendai why did u leave the call", (P, "tendai")),  # a question put to the friend
    ("jaspreet ur team is trash", (P, "jaspreet")),  # a name no list knows before "ur"
    ("rose tell ur dad thanks", (P, "rose")),  # a listed given name that is an everyday word too
    ("min-jae scored twice today", (P, "min-jae")),  # a Korean given name of two syllables
    ("hye-jin lent me a pencil", (P, "hye-jin")),
    ("pei-shan is in my group", (P, "pei-shan")),  # a Taiwanese one, romanised with a hyphen
    ("kofi owes me five bucks", (P, "kofi")),  # a name opening the post, then a deed
    ("netball at 5 dont be late aoife", (P, "aoife")),  # the friend told something, named last
    ("pls save me a seat tomorrow tendai", (P, "tendai")),
    ("its me caoimhe from the group chat", (P, "caoimhe")),  # the child says who writes
    ("this is tomasz, add me back", (P, "tomasz")),
    ("xiao mei lent me her notes", (P, "xiao mei")),  # a Chinese given name of two syllables apart
    ("bunty ne mera pencil le liya", (P, "bunty")),  # Hindi "ne" (did) after a name that opens the post
    ("thabo o kae? we waiting", (P, "thabo")),  # Setswana "o" (you) after a name that opens the post
    ("nokwanda ndiyakuthanda my friend", (P, "nokwanda")),  # Xhosa "I love you" to a name no list knows
    ("tajanae yuh too loud", (P, "tajanae")),  # Caribbean "yuh" (you)
    ("ruandré het my pen gevat", (P, "ruandré")),  # Afrikaans "het" (has) opens a deed
    ("mam ngcukana said no phones", (P, "ngcukana")),  # a teacher's "mam" before a rare surname
    ("thank you ma'am mokoena for the notes", (P, "mokoena")),
    ("anoop chettan got his results", (P, "anoop")),  # Malayalam "elder brother" after the name
    ("rohits papa runs a shop", (P, "rohit")),  # a possessive without its apostrophe before "papa"
    ("lwazi and siyabonga from the u13s", (P, "siyabonga")),  # a given name that is isiZulu "we thank" too
    ("sasa akinyi tuonane kesho", (P, "akinyi")),  # a greeting, a listed given name, then anything
    ("jiho 생일 축하해 🎂", (P, "jiho")),  # a listed name first, then words of another script
    ("tomas ci vediamo domani", (P, "tomas")),  # ... or of a language the lists lack
    ("mbali umphi?", (P, "mbali")),  # a name and one word of isiZulu ("where are you") are the whole post
    ("rethabile sorry i was late", (P, "rethabile")),  # an apology to the friend named first
    ("malo e lelei viliami my uso", (P, "viliami")),  # a Tongan greeting of three words before the name
    ("farai +263 71 555 0183", (P, "farai")),  # a contact line: a Shona name, then the number
    ("lindiwe 082 555 0177 ring after 6", (P, "lindiwe")),  # a Zulu name, then a national number
    ("ughh gosia left me on read", (P, "gosia")),  # a Polish pet form of a given name
    ("thiago tell ur mum im outside", (P, "thiago")),  # a Brazilian name told to do something
    ("eish dinuka forgot his boots again", (P, "dinuka")),  # a Sinhala name
    # "my name is" in Bengali, isiXhosa, Hindi: a name no list knows right after
    ("amar nam rumaisa, ami class 6 e pori", (P, "rumaisa")),
    ("molo! ndingu lithemba", (P, "lithemba")),
    ("mera naam kabir hai", (P, "kabir")),
    ("iyer ma'ams notes are the best", (P, "iyer")),  # a teacher's honorific owning what follows
    # a uniformed youth group by its town or training ship
    ("TS kestrel sea cadets tonight then chippy", ("ORG", "TS kestrel sea cadets")),
    # "I live in" in Bengali, Hindi, Swahili: the place after it, listed or not
    ("ami mirpur te thaki, tumi?", (L, "mirpur")),
    ("main karol bagh mein rehta hoon", (L, "karol bagh")),
    ("naishi kinondoni na bibi", (L, "kinondoni")),
    # ... in Polish and Italian; the place's first word alone when a word of the sentence follows it
    ("mieszkam w starym sączu z babcią", (L, "starym sączu")),
    ("abito a chioggia con papà", (L, "chioggia")),
    # a Turkish place with its case ending after the apostrophe ("at", "from")
    ("cumartesi üsküdar'da buluşalım mı", (L, "üsküdar")),
    ("yarın trabzon'dan dönüyoruz", (L, "trabzon")),
    # "I am" of European languages before a given name of the lists
    ("buenas soy valentina jeje", (P, "valentina")),
    ("sou beatriz, tenho um gato", (P, "beatriz")),
    ("sou mariana e moro aqui", (P, "mariana")),  # ... the model's span without "sou" (ner_trim)
    ("hallo ich bin jonas lol", (P, "jonas")),
    # a town of the lists beyond the eight regions after "near" (the Netherlands)
    ("anyone near sneek wanna meet", (L, "sneek")),
    # Malay and Indonesian given names of the lists, in a post of Malay chat
    ("jom makan, syafiq belanja", (P, "syafiq")),
    ("nasi lemak with qistina after school", (P, "qistina")),
]

#: The same shapes where they name no one near the child.
WORLD_QUIET = [
    "yesss pizza night",  # a shout's stretched "s" before a noun: no name and its possessive "s"
    "blesss this day fr",
    "abito a casa di nonna",  # "I live at grandma's house": an everyday word after "abito a"
    "soy muy feliz hoy",  # "I am very happy": no given name after "soy"
    "she'd done it and they'd left",  # English contractions are no Turkish case ending
    "ma'am said the bus'd wait",
    "je suis fatiguée",
    "the levels 5th boss is so hard",  # an everyday word's possessive before an ordinal
    "lost my hat at recess 2nd one this month",  # a count after the ordinal, no birthday
    "happy birthday guys thanks for coming",  # a plural after the wish, no name
    "i wanna go to paris so bad",  # a city, no name with "is" run on
    "craic agus ceol at the session",  # Irish "and", no name
    "ang ganda ng sunset kanina 😍",  # Tagalog "beautiful", a given name elsewhere
    "kain tayo later guys",  # Tagalog "us"
    "time to s l e e p now",  # a word spelled out after "to" that is no place
    "sawubona bafowethu 👋",  # a greeting to a group ("my brothers"), no name
    "hey guys 👋",
    "gave away a whole boat and i cant even afford snacks",  # a thing before "and i", no name
    "eish the heat today",  # an exclamation with no name after it
    "lol love my bestie",  # no name before "my bestie"
    "virat kohli has 40 centuries bro",  # an everyday word's plural before "bro", no possessive
    "kwaai",  # Afrikaans praise ("cool"), the whole post
    "todays lesson was so boring",  # an everyday word before "lesson"
    "thats da best",  # "da" (the) after a stop word
    "bal vikas class on sunday",  # a group's class, no possessive
    "why y tho",
    "a t-shirt and a x-ray",  # hyphenated words that are no names
    "the jean-jacket is so nice",  # a French first half before no given name
    "ngiyabonga for the gift",  # isiZulu "thank you"
    "wena you always steal my chips",  # isiZulu and isiXhosa "you", said to someone
    "hayi wena stop lying",
    "happi bday to the best team 🎂",  # "happy" as chat spells it
    "i got an nc on my test",  # a state's code that is no bio field
    "pizza 🍕 10 out of 10",  # no town after the number
    "tara gala tayo mamaya",  # Tagalog chat that holds given names
    "shelly-ann fraser-pryce is the fastest",  # a star with a double-barrelled name
    "the gaels are on tv tonight",  # a club word alone
    "b e s t day ever",  # a word spelled out
    "by the grace of god we passed",  # a virtue with no church word after it
    "we love our church so much",  # a church word with no name
    "weekend at my abuelitas place",  # a grandparent's word as the owner
    "my gogos house has the best garden",
    "the dhobi bhaiya lost my shirt",  # a trade before an honorific
    "security uncle let us in late",
    "mi amigo es muy chistoso",  # Spanish "mi" before no kin word of the lists
    "aaj se school band hai",  # a word of time before Hindi "se" (from) is no name
    "si quieres vamos al cine",  # Spanish "si" (if) before no name
    "machi come fast da",  # "machi" with no name after it
    "guys dont forget the trip",  # a chat word before an order
    "ek het my boek vergeet",  # Afrikaans "ek" (I) before "het"
    "ejja lets go football",  # "ejja" with no name before it
    "my mam said no phones",  # "mam" after "my" is a mother
    "yes ma'am i will",  # no name after the title
    "homework why is there so much",  # an everyday word before a question
    "pavlovas are the best dessert",  # a plural no list knows before "are"
    "minecraft why did u crash",  # a famous name before a question
    "jissis its hot today",  # an Afrikaans oath worn down to an exclamation
    "gran made nshima and kapenta for us",  # Zambian staples, no names
    "yu-gi-oh cards are back",  # a game's name of three parts
    "ha-ha very funny",  # a syllable said twice
    "dont be late for practice",  # an order with no name last
    "pls watch the new video by mr beast",  # a title before the last word
    "this is crazy news",  # no name after "this is"
    "its me again lol",
    "han solo is the best pilot",  # a syllable that is an everyday word alone
    "mummy ne bola jaldi aao",  # a kin word before Hindi "ne"
    "papa ko bolo",  # and before "ko" (to)
    "homework umphi?",  # an everyday word before one word of another language
    "sorry i was late",  # an apology to no one named
    "malo e lelei all",  # a greeting of several words before no name
    "the chettan at the tea shop is nice",  # the honorific with no name before it
    "thanks papa",  # a parent, no possessive before
    "siyabonga for all the bday messages 🙏",  # ... said as thanks
    "siyabonga everyone who came",
    "mason jar crafts are so cute",  # an everyday word first, then English
    "hey guys whats up",  # a greeting before no name
    "hi mom im home",
    "bonjour à tous",  # no given name first
    "sunday 021 555 0142 is the shop number",  # a day before the number, no name
    "pizza 082 555 0177 delivery",  # an everyday word before the number
    "amar nam ki?",  # Bengali "what is my name": a question word, no name
    "mera naam kya hai",
    "going to sea cadets tonight",  # the group with no name of its own
    "ami bhalo thaki",  # Bengali "I stay well": no place
    "main ghar mein rehta hoon",  # Hindi "I stay at home"
    "na wa o this homework",  # Pidgin "what a thing", no town of Thailand
    "hala ang gulo",  # Tagalog "oh no", no town of the Philippines
    "she wore a green sari and looked so ayu",  # Malay everyday words left out of the given names
    "haai wena",  # the Setswana "you" after an exclamation, no name
    "tamil tuition after cricket",  # a language and a sport, no name
    "is st andrews day a day off or not",  # a saint's day, no friend called Andrew
    "happy saint davids day everyone",
    "my doggo pepper stole my sandwich",  # a pet named after the chat word for dog, a given name too
    "my doggy ruby sleeps on my homework",
    "my kitteh oliver is so fat",
    "pat the baker sliced pan is the only bread we buy",  # a bread brand named after a person
    "mr kipling cakes for nanas party",
    "parra eels won again",  # the rugby league side named after the suburb
]


@pytest.mark.parametrize(("text", "expected"), WORLD_FOUND)
def test_world_families_are_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", WORLD_QUIET)
def test_world_shapes_stay_quiet(text: str) -> None:
    assert found(text) == [], found(text)


#: A given name and a surname side by side, which spaCy misses for many of the world's surnames.
FULL_FOUND = [
    ("Ishani Venkataraman still has my charger", (P, "Ishani Venkataraman")),  # a surname no list knows
    ("Tomasz Nowak sits next to me now", (P, "Tomasz Nowak")),
    ("Maja Kowalczyk is my deskmate", (P, "Maja Kowalczyk")),  # the model tags the surname alone
    ("ishani sharma took my seat again", (P, "ishani sharma")),  # lower case: a surname of the lists
]
#: The same shape where it names no one near the child.
FULL_QUIET = [
    "Ishani Nagar road is closed today",  # a street named after a person
    "arsenal won leo saka is unreal",  # a star known by his surname ("leo": Swahili "today")
    "ishani Sharma took my seat",  # two cases: no name's shape
]


@pytest.mark.parametrize(("text", "expected"), FULL_FOUND)
def test_a_given_name_and_surname_are_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", FULL_QUIET)
def test_a_pair_that_names_no_friend_stays_quiet(text: str) -> None:
    assert (P, text.split()[0] + " " + text.split()[1]) not in found(text), found(text)
