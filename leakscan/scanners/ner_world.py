"""Names in the forms of many regions that the English cue phrases of
:mod:`leakscan.scanners.ner_cues` miss (issue 10, family 1): a surname before an honorific
("verma sir"), before "family", a possessive without its apostrophe ("ayeshas bday"), two names
joined by "and" ("aroha and mere"), a post or a profile line that opens with a name, a friend's
name inside a hashtag ("#HappyBirthdayKiri"). Read by :mod:`leakscan.scanners.ner` (source 2). The rules
that read a name's own shape (a hashtag, a profile line, a list of friends, a double-barrelled
name) are in :mod:`.ner_world_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import lexicon as world
from ..findings import Kind
from ..truecase import FIRST, LAST, WORD, Lexicon
from .base import words
from .handle_words import stop_words
from .ner_words import (
    HELLO,
    HOW_ARE_YOU,
    JUNK,
    MONTHS,
    PETS,
    RELATIONS,
    SUBJECT_VERBS,
    TITLES,
    Cand,
    common,
    given_name,
    token_cand,
    unheard,
)
from .ner_world_names import (
    AND,
    bio_fields,
    bio_name,
    double_names,
    full_names,
    intro_names,
    lone_listed_names,
    name_runs,
    tag_names,
    world_given,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    Toks = Sequence[Token]

#: Honorifics said AFTER a teacher's surname in India and South Asia ("verma sir", "kapoor ma'am").
AFTER_HONORIFICS = words(
    """sir ma'am maam mam madam miss ji garu bhaiya bhaiyya bhai di didi chacha chachi aunty auntie uncle akka anna
    bhabhi baji sahib saab sahab"""
    # Luganda "sir" and "madam", said after a friend's name in Uganda ("nakato ssebo come")
    " ssebo nnyabo"
    # Malayalam elder brother and sister, said after the name ("anoop chettan", "reshma chechi")
    " chettan chetta chechi ikka itha"
)
#: A teacher's honorific as the owner, without its apostrophe ("verma sirs class", "kapoor ma'ams notes"): the
#: name before it is the teacher's still.
_OWNING_HONORIFICS = words("sirs ma'ams maams mams madams")
#: Trades a child calls "uncle", "bhaiya" or "didi" in South Asian English ("watchman uncle",
#: "dhobi bhaiya", "maid didi"): the person's job, no name before an honorific.
_TRADES = words(
    """watchman chowkidar guard security dhobi presswala istriwala sabziwala doodhwala milkman kabadiwala
    rickshawwala autowala liftman sweeper mali peon ayah maid driver cook bus van auto tuition"""
)
#: Elder siblings' and grandparents' words the model may still read as a name alone ("nethmi
#: *akka*", "my *abuelas* house"): a family word, never the name (see :func:`no_kin`).
_KIN_ALONE = words("akka akki thambi annan bhaiya bhaiyya didi behen kuya")  # not "anna": a given name too


def no_kin(kept: list[tuple[int, int, Kind, float]], text: str) -> list[tuple[int, int, Kind, float]]:
    """Drop PERSON spans that are only a family word (:data:`_ELDERS`, :data:`_KIN_ALONE`), with or
    without a possessive "s" ("my abuelas house", "nethmi akka")."""
    out = []
    for s, e, k, c in kept:
        low = text[s:e].lower().replace("’", "'")
        stem = low[:-2] if low.endswith("'s") else low[:-1] if low.endswith("s") else low
        if k is Kind.PERSON and (low in _KIN_ALONE or low in _ELDERS or stem in _ELDERS):
            continue
        out.append((s, e, k, c))
    return out


#: After a surname, the family that bears it ("the johnson family", a network name "Patel_Family").
FAMILY = words("family fam household")
#: Grandparents in many languages: what a possessive owns ("rubens nonna"), never the owner
#: ("my abuelas house", "my oupas farm": the child's grandmother, no name). "lola"/"lolo" are left
#: out: given names too.
_ELDERS = words(
    """nonna nonno nona gogo mkhulu ouma oupa nani nanaji dadi dadaji abuela abuelo abuelita abuelito kuia koro
    popo ammamma paati thatha yiayia papou"""
)
#: A birthday's ordinal after a possessive without its apostrophe ("its aoifes 12th on sunday").
_BIRTHDAY_ORDINAL = re.compile(r"(?:[1-9]|1\d)(?:st|nd|rd|th)")
_BIRTHDAY_AFTER = words("on is tmrw tomorrow today tonight bday birthday party") | {""}
#: What a possessive without its apostrophe owns ("ayeshas bday", "pieters house", "finlays
#: trampoline"), grandparents in many languages included ("rubens nonna", "zaneles gogo"), a home in
#: Irish, British, American and Māori words ("cians gaff", "jaydens crib", "ruas whare").
_OWNED = (
    words(
        """bday birthday party house place home mum mam mom mommy mummy dad daddy sister brother sis bro
    nan nana gran granny sleepover braids hair pet mums moms dads car dog cat phone room garden pool
    trampoline tramp cottage cabin bach farm backyard yard driveway garage basement bedroom ps5 xbox
    lola lolo cousin cousins aunty auntie uncle stepmom stepdad da lesson
    gaff crib digs whare
    cubby treehouse tent bike scooter puppy kitten pony horse quince
    papa mama amma appa ammi abbu mumma"""  # a parent in the words of South Asian homes ("rohits papa")
    )
    | _ELDERS
)
#: After a given name with "is" run on without its apostrophe ("ishaans going", "ayos here"): the
#: friend is doing or is something; only a clear given name of the lists before the "s", and a word
#: no list knows whole ("paris so" is the city).
_IS_AFTER = words("going gonna coming here there not so always never literally actually such still")
#: Words between a possessive and what it owns ("jamals older bro").
_OWNED_BEFORE = words("older younger little big baby lil new old")


def world_cues(doc: Toks, lows: list[str], text: str, lex: Lexicon) -> Iterator[Cand]:
    """Names in forms the English cues miss: a name before an honorific ("verma sir", "meenakshi
    ma'am"), a surname before "family", a possessive without its apostrophe ("ayeshas bday"), two names joined by "and"
    ("aroha and mere", see :func:`_pair`), a name before "is my best friend" or "is coming over"."""
    if "#" in text:
        yield from tag_names(text, lex)
    yield from double_names(text, lex)
    yield from intro_names(doc, lows, lex)  # "amar nam X", "ndingu X"
    n = len(doc)
    for i in range(n):
        tok = doc[i]
        if not tok.is_alpha:
            continue
        low = lows[i]
        nxt = _next_word(doc, lows, i)
        opens = i == 0 or _opens(lows, i)  # first word, or only an exclamation or a "bio:" before it
        if (
            (nxt in AFTER_HONORIFICS or nxt in _OWNING_HONORIFICS)
            and low not in AFTER_HONORIFICS
            and low not in _TRADES
            and (_surname(low, lex) or _unknown_or_given(low, lex))
            and (i == 0 or lows[i - 1] not in TITLES)
        ):
            yield token_cand(doc, i, 0.75)  # "verma sir", "meenakshi ma'am"
        elif nxt in FAMILY and _surname(low, lex):
            yield token_cand(doc, i, 0.75)  # "the patel family": the child's surname
        elif (
            (_owns(lows, i, nxt) or _is_run_on(low, nxt, lex))
            and low.endswith("s")
            and len(low) > 3
            and not tok.is_stop
            and _possessor(low[:-1], lex)
            and not _plural(low, lex)
        ):
            # not a stop word that ends in "s" ("this phone", "was home"): no possessive
            yield tok.idx, tok.idx + len(tok) - 1, Kind.PERSON, 0.7, 2
        elif i + 2 < n and (
            (lows[i + 1] in AND and _pair(doc, lows, i, lex))
            # Afrikaans "en" and Spanish "y" (and) between two given names ("anika en ruan", "lucía y
            # mateo"); "en" is "in" elsewhere, "y" is "why" in chat
            or (lows[i + 1] in ("en", "y") and world_given(low, lex) and world_given(lows[i + 2], lex))
        ):
            yield token_cand(doc, i, 0.65)
            yield token_cand(doc, i + 2, 0.65)
        elif (
            opens
            and world_given(low, lex)
            and not common(low, lex)
            and (
                nxt in _OPENING_NEXT
                or _past(nxt)
                or _chat(low, nxt, lex)
                or _spoken(lows, i, lex)
                or (i == 0 and _foreign_after(lows, lex))
            )
        ):
            yield token_cand(doc, i, 0.7)  # "yindi taught us", "kwabena birthday party": the post opens with a name
        elif (
            i > 0
            and lows[i - 1] in _CLAUSE_OPENERS
            and world_given(low, lex)
            and not common(low, lex)
            and (nxt in _OPENING_NEXT or _past(nxt))
        ):
            yield token_cand(doc, i, 0.65)  # "bc tavita was late", "then mirela forgot": a friend opens a clause
        elif i > 0 and lows[i - 1] in _BECAUSE and unheard(low, lex) and _BLAMED.match(text, tok.idx + len(tok)):
            yield token_cand(doc, i, 0.65)  # "we ran laps cuz jaydee was late": a word no list knows, blamed
        elif (
            opens
            and any(w in HELLO for w in lows[:i])
            and (
                # a clear given name of the lists after the greeting, whatever follows ("sasa wanjiru
                # tuonane kesho"); a word no list knows only when the greeting is all the post says
                (world_given(low, lex) and not common(low, lex) and low not in world.entries("famous"))
                or (
                    (world_given(low, lex) or (unheard(low, lex) and len(low) > 3))
                    and all(w in HOW_ARE_YOU or not doc[k].is_alpha for k, w in enumerate(lows[i + 1 :], i + 1))
                )
            )
        ):
            yield token_cand(doc, i, 0.7)  # "dumela boitumelo 👋", "hey sina": a greeting and a name alone
        elif opens and (bio := bio_fields(doc, lows, i, text)) is not None and bio_name(low, lex):
            yield token_cand(doc, i, 0.7)  # "amara ✨ 13 ✨ lagos": a profile line opens with the name
            yield from bio  # "saoirse 🌈 10 galway": and its town after the age
        elif (
            _BEFRIENDED.match(" ".join(lows[i + 1 : i + 5])) or (opens and _BESTIE.match(" ".join(lows[i + 1 : i + 4])))
        ) and _unknown_or_given(low, lex):
            yield token_cand(doc, i, 0.7)  # "nkosi is my best friend", "aiyana is coming over"
        elif _greeted(lows, i) and _AGE_AFTER.match(text, tok.idx + len(tok)) and _aged_name(low, lex):
            yield token_cand(doc, i, 0.7)  # "mwansa is 13 today", "happy birthday tomek 12 today"
        elif (
            0 < i <= _WISH_WORDS
            and _WISHED_DAY.fullmatch(" ".join(lows[:i]))
            and (world_given(low, lex) or (unheard(low, lex) and not low.endswith("s") and not _DRAWN_OUT.search(low)))
        ):
            # "happy 13th kagiso", "hbd thandi"; a word no list knows is the friend wished too ("hbd
            # tavish"), not a plural ("happy birthday guys") nor a word drawn out ("happy birthday to meee")
            yield token_cand(doc, i, 0.7)
        elif (
            i + 2 < n
            and lows[i + 1] == "se"
            and lows[i + 2] in _AF_OWNED
            and _unknown_or_given(low, lex)
            and low not in TITLES
        ):
            yield token_cand(doc, i, 0.7)  # "<name> se huis", "oom <name> se plek": Afrikaans "'s" after a name
        elif i == 0 and nxt in _PARTICLES and _unknown_or_given(low, lex) and low not in AFTER_HONORIFICS:
            yield token_cand(doc, i, 0.65)  # "aarushi ke ghar", "rupam er bari", "teja ra": a name and its particle
        elif (
            opens
            and nxt in _SPOKEN_TO
            and world_given(low, lex)
            # a listed given name that is an English word too, before "u"/"ur" ("mere ur outfit")
            and (not common(low, lex) or (nxt in _YOU and low in world.entries("first_names")))
        ):
            yield token_cand(doc, i, 0.65)  # "olu u still owe me", "nethmi my number is", "thiru machan come"
        elif opens and nxt in _TOLD and _addressed(low, lex):
            yield token_cand(doc, i, 0.65)  # "tayla tell ur mum", "nethmi dont forget", "oluwaseun why did u"
        elif (
            _introduced(lows, i)
            and (world_given(low, lex) or unheard(low, lex))
            and not common(low, lex)
            and low not in world.entries("famous")  # "its me mario": a game's line
        ):
            yield token_cand(doc, i, 0.7)  # "its me ffion from ...", "this is tomasz here": the child says who
        elif i == 0 and nxt in _DEEDS and unheard(low, lex) and low not in world.entries("first_names"):
            yield token_cand(doc, i, 0.65)  # "hamish dared me": a name no list knows, then a deed
        elif (
            i > 0
            and lows[i - 1] in _SHOUT_ENDS
            and _SHOUT_OUT.search(text, max(0, tok.idx - 20), tok.idx)
            and _unknown_or_given(low, lex)
        ):
            yield token_cand(doc, i, 0.7)  # "big up tajay", "shoutout to mehak"
        elif (
            i == 0 and world_given(low, lex) and not common(low, lex) and _NUMBER_AFTER.match(text, tok.idx + len(tok))
        ):
            yield token_cand(doc, i, 0.7)  # "thandiwe 082 555 0199": a contact line, the name then the number
        elif i > 0 and lows[i - 1] in _PERSONAL_ARTICLES and _tagalog_name(low, lows, lex):
            yield token_cand(doc, i, 0.7)  # "grabe si marco", "sabi ni jhun": Tagalog's article of a person
    yield from name_runs(doc, lows, lex)
    yield from full_names(doc, lows, text, lex)  # "Priyanka Raghunathan you owe me"
    yield from _called_last(doc, lows, lex)
    yield from lone_listed_names(doc, lows, text, lex)  # "mrs lee caught tanvir cheating"


#: After a name: "is my (best) friend", "is coming over", "slept over".
_BEFRIENDED = re.compile(
    r"(?:is|was|'s)\s(?:my|our)\s(?:(?:best|bestest|new|old|little|big)\s)?"
    r"(?:friend|bff|bestie|bestfriend|cousin|sister|brother|crush|bf|gf|neighbour|neighbor|buddy|mate)\b"
    r"|(?:is|are)\s(?:coming|sleeping)\s(?:over|to\smy|round)\b|(?:came|slept|come)\s(?:over|round)\b"
)
#: Right after a name that opens the post, the friend it is ("aoibheann my bestie since forever").
_BESTIE = re.compile(r"(?:my|our)\s(?:(?:best|bestest|fav|favourite|favorite)\s)?(?:friend|bff|bestie|bestfriend)\b")
#: Before a name that opens the post: an exclamation ("ughhh", "hayibo", "omo", "innit bruv") or a
#: profile line's label ("bio:"); at most this many words.
_OPENERS = words(
    "bio ugh ughh argh oi oii yo hey heyy ahh ooh oof omg omgg wow ayy eish yoh aww awww"
    " machi machan machang"  # Tamil and Sri Lankan "bro" before the friend's name ("machi karthik come")
)
_OPENER_WORDS = 3
#: What an Afrikaans possessive "se" owns after a name ("<name> se huis", "<name> se ma"): a home, a
#: parent or grandparent, a sibling, a room, a pet, a car, a party (French "se" is before a verb).
_AF_OWNED = words("huis plek ma pa ouma oupa boetie sussie kamer hond kat kar partytjie verjaarsdag")
#: Words that open a clause in the middle of a post, before the friend who did something ("we ran
#: laps bc <name> was late", "so today <name> forgot her lunch").
_CLAUSE_OPENERS = words("bc cuz coz cos because so then but jk today tho")
#: Openers of a reason: the one to blame for what the child tells follows ("... bc <name> was late").
_BECAUSE = words("bc cuz coz cos because")
#: What the one blamed did, right after the name ("was late", "got us detention", "forgot the ball"):
#: what a person does (a thing or an illness "was bad", "was down" is no one).
_BLAMED = re.compile(
    r"\s{1,3}(?:(?:was|is|wuz)\s{1,3}(?:late|absent|sick|talking|mean|cheating|crying|showing\s{1,3}off)"
    r"|got\s{1,3}(?:us|me|detention|caught|sent|told)|forgot|snitched|told\s{1,3}(?:on|the))\b"
)
_STRETCHED = re.compile(r"(?:u+g+h+|a+r+g+h+|a+h+|o+h+|o+m+g+|h+e+y+|a+w+|y+o+)")


def _opens(lows: list[str], i: int) -> bool:
    """Only exclamations, chat filler or a "bio:" label come before token ``i``, which is at most
    the fourth word: the name opens the post all the same ("hayibo sipho stole my chips")."""
    if i > _OPENER_WORDS + 2:
        return False
    said = [w for w in lows[:i] if any(c.isalnum() for c in w)]
    if not 0 < len(said) <= _OPENER_WORDS:
        return False
    # a set greeting of three words or more the lists hold whole ("malo e lelei"), though its words
    # are not (two words may be chat that runs on: "tara gala tayo", "let's go" in Tagalog)
    return (len(said) >= 3 and " ".join(said) in world.entries("filler_words")) or all(
        w in _OPENERS or w in HELLO or w in JUNK or w in world.entries("filler_words") or _STRETCHED.fullmatch(w)
        for w in said
    )


#: Words after a given name of the world lists that opens the post ("chintu fell", "baljeet from").
_OPENING_NEXT = SUBJECT_VERBS | words(
    "from birthday bday scored brought taught fell made took gave won lost reckons can cant will wont just always never dey"
    # past tenses that do not end in "-ed" (see _past): "sefa left his lunchbox", "tane forgot"
    " left forgot broke ate stole threw drew ran swam sang saw lent owes owed"
    # a greeting said to the friend named first ("tane sup bro")
    " sup wassup"
)


#: After a name: its age today, a birthday to come or a birthday's date ("is 13 today", "turns 12 on
#: the 14th", "9 today", "birthday 5 ogos"). A bare "is 12" is left out ("room is 12 degrees").
_AGE_AFTER = re.compile(
    r"\s{1,3}(?:(?:turns|turned|just\s{1,3}turned)\s{1,3}(?:[1-9]|1[0-9])\b"
    r"|(?:(?:is|'s|’s)\s{1,3})?(?:[1-9]|1[0-9])\s{1,3}(?:today|tmrw|tmr|tomorrow|on)\b"
    r"|(?:'?s\s{1,3})?(?:birthday|bday)\s{1,3}(?:is\s{1,3})?(?:on\s{1,3})?(?:the\s{1,3})?\d)",
    re.IGNORECASE,
)
#: A phone number right after a name (a contact line): "+27 82 ...", "082 555 0199", "(021) 555".
_NUMBER_AFTER = re.compile(r"\s{1,3}(?:\+\s?\d{1,3}|\(?0\d{1,4}\)?)[\s.-]{1,2}\d{2,4}[\s.-]{0,2}\d{2,}")
#: Words of a birthday wish before the name ("happy birthday", "hbd", "congrats").
_WISH = words("happy birthday bday hbd congrats congratulations to")
#: A birthday wish that is all the post says before a name ("happy birthday", "hbd", "happy 13th",
#: "happy 10th bday"; spaCy may split "13th" in two).
_WISHED_DAY = re.compile(
    r"(?:happy\s(?:\d{1,2}\s?(?:st|nd|rd|th)\s)?(?:birthday|bday)|hbd|happy\s\d{1,2}\s?(?:st|nd|rd|th)"
    # the wish in the languages of the regions' families: Spanish, Portuguese, French, Italian, German,
    # Dutch, Malay/Indonesian ("feliz cumple valen", "joyeux anniversaire inès", "selamat ulang tahun putri")
    r"|feliz\s(?:cumple|cumpleaños|cumpleanos|aniversário|aniversario|aniver|niver)|joyeux\sanniversaire"
    r"|buon\scompleanno|alles\sgute|gefeliciteerd|fijne\sverjaardag|selamat\sulang\stahun|selamat\shari\sjadi)(?:\sto)?"
)
#: A letter written three times over: a word drawn out ("meee", "youuu"), no name.
_DRAWN_OUT = re.compile(r"(.)\1\1")
#: Most words of such a wish (the post's start is read only that far: linear in a long post).
_WISH_WORDS = 5
#: Last words of a shout-out (the pattern is tried only after them).
_SHOUT_ENDS = words("up to out s/o o")
#: After a given name that opens the post: the friend is spoken to ("olu u owe me", "kenzie my
#: number is", "tharun da come", "thabo we going"; Tok Pisin and Caribbean "yu", "yuh": "kila yu stap we?").
_SPOKEN_TO = words(
    "u ur you your my pls plz please come abeg bro sis machan machang da iwe we wya wena wanna yu yuh"
    # "you" in the languages of the regions' chat: Hindi "tu", "tum", "aap", Afrikaans "jy", Swahili
    # "wewe", Malay "kamu", Tagalog "ikaw" ("siddharth tu kaha hai")
    " tu tum aap jy wewe kamu ikaw o"  # Setswana "o" ("kagiso o kae?": where are you)
)
#: "You" as a child writes it: after a name that opens the post it speaks to the friend.
_YOU = words("u ur you your yuh")  # "yuh": Caribbean "you" ("tashane yuh too fast")
#: After a name that opens the post, an order or a question put to that friend ("tayla tell ur
#: mum", "nethmi dont forget", "mere hurry up", "oluwaseun why did u", "navdeep ur team"): English
#: never opens a sentence with a noun and then one of these, so the word before is the one spoken to.
_TOLD = _YOU | words(
    """tell hurry stop dont don't do come bring give send text call answer reply wait let help remember check
    pick meet lend pass quit shut why wya where when did are r can could will wanna hmu thanks thank ty"""
    # "I love you" in Xhosa and Zulu, said to the friend named first ("lwazi ndiyakuthanda sisi")
    " ndiyakuthanda ngiyakuthanda"
    " sorry sry soz"  # an apology opens with the friend it is said to ("ayo sorry i forgot")
    " ejja"  # Maltese "come (on)": "ġorġ ejja football"
)


#: Words of an order or a plea put to a friend ("dont be late", "pls come", "see u"): a given name
#: that ends such a post is the friend spoken to ("footie at 6 dont be late kwame").
_ORDER_WORDS = words("dont don't n't nt pls plz please come hurry u ur you ya yuh")  # "nt": spaCy splits "dont" in two


def _called_last(doc: Toks, lows: list[str], lex: Lexicon) -> Iterator[Cand]:
    """The friend named last in a post that asks or tells something (:data:`_ORDER_WORDS`): a given
    name, no everyday, chat or famous word, and no title before it ("dont be late saoirse")."""
    last = next((k for k in range(len(doc) - 1, -1, -1) if doc[k].is_alpha), None)
    if last is None or last < 2:
        return
    low = lows[last]
    if lows[last - 1] in TITLES or _ORDER_WORDS.isdisjoint(lows[:last]):
        return
    if low in world.entries("famous") or not world_given(low, lex) or common(low, lex):
        return
    yield token_cand(doc, last, 0.65)


#: A post opening with who writes it ("its me", "it's me", "this is"), before the child's name.
_INTRODUCTIONS = (("its", "me"), ("it", "'s", "me"), ("it", "’s", "me"), ("it", "is", "me"), ("this", "is"))


def _introduced(lows: list[str], i: int) -> bool:
    """Token ``i`` comes right after an introduction that opens the post ("its me ffion")."""
    return any(i == len(words_) and tuple(lows[:i]) == words_ for words_ in _INTRODUCTIONS)


def _addressed(low: str, lex: Lexicon) -> bool:
    """A word that opens a post before an order or a question (:data:`_TOLD`) is the friend's name:
    a given name (one of the world lists though an everyday word too, "mere", "ama") or a word no
    list knows ("navdeep") but no plural; never an honorific, a chat word or a famous name."""
    if low in AFTER_HONORIFICS or low in world.entries("filler_words") or low in world.entries("famous"):
        return False
    if world_given(low, lex):
        return not common(low, lex) or low in world.entries("first_names")
    return unheard(low, lex) and not low.endswith("s")  # a plural ("feijoas are in season", "lets meet")


#: Particles right after a name in Hindi/Urdu ("ke", "ki", "ka": of), Bengali ("er": of) and Telugu
#: ("ra": spoken to), Hindi "ne", "ko" ("did", "to"): a word before them opening the post is a name.
_PARTICLES = words("ke ki ka ko ne er ra se")  # "se": Afrikaans possessive ("ruan se ma"), Hindi "from/with"
#: Tagalog's articles of a person's name ("si", "ni", "kay"): the word after them is someone's name.
_PERSONAL_ARTICLES = words("si ni kay")
#: Tagalog words that show the post is in Tagalog, where a word no list knows after the article is
#: a name too (Spanish and Italian "si" is "if"/"yes": only a listed given name after it there).
_TAGALOG = words("ang ng mga sa na po naman grabe kasi talaga lang yung kain sabi")


def _tagalog_name(low: str, lows: list[str], lex: Lexicon) -> bool:
    """The word after a personal article is a name: a given name of the lists that is no everyday
    word, or in a Tagalog post (:data:`_TAGALOG`) a word no list knows."""
    if world_given(low, lex) and not common(low, lex):
        return True
    return unheard(low, lex) and low not in world.entries("filler_words") and not _TAGALOG.isdisjoint(lows)


#: What a name no list knows does when it opens a post ("hamish dared me", "seanie won it").
_DEEDS = words(
    "dared won scored taught fell made took gave brought told texted beat smashed reckons says said saw lent owes owed"
    " het"  # Afrikaans "has", which opens its past tense ("jandré het my kos gesteel": has stolen my food)
)
#: A shout-out before a name ("big up tajay", "shoutout to mehak", "s/o kiri").
_SHOUT_OUT = re.compile(r"(?:\bbig\s{1,3}up|\bshout\s{0,3}out(?:\s{1,3}to)?|\bs/o)\s{1,3}$", re.IGNORECASE)


def _greeted(lows: list[str], i: int) -> bool:
    """Token ``i`` opens the post, or only a birthday wish comes before it ("happy birthday X")."""
    if i == 0:
        return True
    return i <= _WISH_WORDS and lows[i - 1] in _WISH and all(w in _WISH or not w.isalpha() for w in lows[:i])


def _aged_name(low: str, lex: Lexicon) -> bool:
    """A word before an age or a birthday can be a name: a given name (though an everyday word too:
    "yaw", "mia"), a surname that is no everyday word, or a word no list knows; no month, family
    word, pet or famous name ("grade 5 today" is a class)."""
    if not low.isalpha() or len(low) < 3 or low in JUNK or low in MONTHS or low in RELATIONS or low in PETS:
        return False
    if low in world.entries("filler_words") or low in world.entries("famous"):
        return False
    info = lex.words.get(low)
    if info is not None and (info[0] & FIRST or (info[0] & LAST and not info[0] & WORD)):
        return True
    return unheard(low, lex) or low in world.entries("first_names")


def _owns(lows: list[str], i: int, nxt: str) -> bool:
    """The word after ``lows[i]`` (maybe past "older", "little") is something a family owns."""
    if nxt in _OWNED_BEFORE and i + 2 < len(lows):
        nxt = lows[i + 2]
    after = lows[i + 2] if i + 2 < len(lows) else ""  # "aoifes 12th on sunday": a birthday's; not "3rd one"
    return nxt in _OWNED or (_BIRTHDAY_ORDINAL.fullmatch(nxt) is not None and after in _BIRTHDAY_AFTER)


def _is_run_on(low: str, nxt: str, lex: Lexicon) -> bool:
    """``low`` is a given name with "is" run on ("ishaans going"): see :data:`_IS_AFTER`."""
    return nxt in _IS_AFTER and low not in lex.words and world_given(low[:-1], lex) and not common(low[:-1], lex)


def _plural(low: str, lex: Lexicon) -> bool:
    """An everyday word's plural in "-ies" ("100 centuries bro", "the puppies house"): no
    possessive, unless the word without its "s" is a given name ("jamies house")."""
    return low.endswith("ies") and common(low[:-3] + "y", lex) and not world_given(low[:-1], lex)


def _possessor(low: str, lex: Lexicon) -> bool:
    """A name that owns a house or a nonna: a given name, a surname or a word no list knows (not a
    grandparent's word, :data:`_ELDERS`)."""
    if low in _ELDERS or low in RELATIONS or low in TITLES or low in world.entries("countries"):
        return False  # "my aunties house", "my chinas dog" (a mate, in South African slang): kin or a word, no name
    if low.endswith("ss") and _stretched(low, lex):
        return False  # "yesss home time", "blesss": a word stretched out in a shout, no name and its "s"
    return _unknown_or_given(low, lex) or _surname(low, lex)


def _stretched(low: str, lex: Lexicon) -> bool:
    """A word whose last "s" is typed over and over ("yesss", "blesss"): one or two of it make an
    everyday word that is no given name ("jess", "ross" stay names)."""
    stem = low.rstrip("s")
    return any(common(w, lex) and not given_name(w, lex, everyday=True) for w in (stem + "s", stem + "ss"))


def _chat(name: str, word: str, lex: Lexicon) -> bool:
    """Chat of a language the lists lack ("jom", "uko", "abeg"): after a given name that opens the
    post, the friend is spoken to ("nurul jom pergi", "wanjiru uko wapi"); not a saying the name
    begins ("kia kaha")."""
    said = f"{name} {word}" in world.entries("filler_words")
    return word in world.entries("filler_words") and not common(word, lex) and not said


def _spoken(lows: list[str], i: int, lex: Lexicon) -> bool:
    """Two words of a language the lists lack right after the name ("sipho uyaphi masihambe"): the
    friend is spoken to; one such word may be an English word the lists lack ("rohit captaincy is")."""
    after = [w for w in lows[i + 1 : i + 4] if w.isalpha()][:2]
    if len(after) == 1 and i == 0 and len(lows) > 1 and lows[1] == after[0]:
        # the name and one word of such a language are the whole post ("mbali umphi?")
        return unheard(after[0], lex) and all(not w.isalpha() for w in lows[i + 2 :])
    return (
        len(after) == 2
        and unheard(after[0], lex)
        and (unheard(after[1], lex) or after[1] in world.entries("filler_words"))
    )


def _foreign_after(lows: list[str], lex: Lexicon) -> bool:
    """Two of the three words after the post's first are of a language the lists lack: not ascii
    ("jiho 생일 축하해"), no list knows them ("kopana"), chat filler that is no English stop word
    ("dah", "ki"), or a short word no list knows ("kwa"): the post speaks to the friend named first
    in that language ("kagiso re kopana kwa ...", "nurul dah darjah 5")."""

    after = [w for w in lows[1:6] if w.isalpha()][:3]
    foreign = sum(
        not w.isascii()
        or unheard(w, lex)
        or (w in world.entries("filler_words") and w not in stop_words())
        or (len(w) <= 3 and w not in lex.words)
        for w in after
    )
    return len(after) >= 2 and foreign >= 2


def _past(word: str) -> bool:
    """A past-tense verb by its ending ("kicked", "scored")."""
    return len(word) > 4 and word.endswith("ed")


#: What may follow a pair of unknown words that are names ("kgothatso and boitumelo at the park").
_PAIR_NEXT = words("at are r were came come coming went go going slept sleeping is came")


def _pair(doc: Toks, lows: list[str], i: int, lex: Lexicon) -> bool:
    """Two names joined by "and": both given names of some language, or one given name and one
    unknown word ("akosua and yaa"), or two unknown words before a verb or "at" ("kgothatso and
    boitumelo at ...")."""
    a, b = lows[i], lows[i + 2]
    if world_given(a, lex) and world_given(b, lex):
        return True
    known = sum(world_given(w, lex) for w in (a, b))
    unknown_ = sum(unheard(w, lex) for w in (a, b))
    nxt = lows[i + 3] if i + 3 < len(lows) else ""
    # a given name beside a word no list knows ("akosua and yaa"), or two such words before a verb
    return (known == 1 and unknown_ == 1) or (unknown_ == 2 and nxt in _PAIR_NEXT)


def _unknown_or_given(low: str, lex: Lexicon) -> bool:
    return world_given(low, lex) or unheard(low, lex)


def _next_word(doc: Toks, lows: list[str], i: int) -> str:
    """The next word ("ma'am" is one word though spaCy splits it)."""
    if i + 1 >= len(doc):
        return ""
    word = lows[i + 1]
    if i + 2 < len(doc) and lows[i + 2] in ("'am", "’am") and doc[i + 2].idx == doc[i + 1].idx + len(doc[i + 1]):
        return word + "'am"
    return word.replace("’", "'")


def _surname(low: str, lex: Lexicon) -> bool:
    info = lex.words.get(low)
    return (info is not None and bool(info[0] & LAST) and not info[0] & WORD) or low in world.entries("surnames")
