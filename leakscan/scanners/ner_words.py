"""The words the NER scanner judges by (:mod:`leakscan.scanners.ner` and its cue phrases,
:mod:`leakscan.scanners.ner_cues`, :mod:`leakscan.scanners.ner_world`): word tables, the lexicon scores a word needs, and the
tests of one word against the lexicon of :mod:`leakscan.truecase`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import FIRST, LAST, PLACE, WORD, Lexicon
from .base import words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

#: (start, end, kind, confidence, priority): 2 = strong cue phrase, 1 = NER, 0.5 = weak cue
#: phrase, 0 = lexicon only. A candidate loses to an overlapping one of higher priority.
Cand = tuple[int, int, Kind, float, float]
WEAK = 0.5

#: Chat words and interjections that are never a name or a place.
JUNK = words(
    """
    lol lmao lmfao rofl omg omfg oml idk idc ikr tbh btw fyi imo imho smh ffs wtf wth stfu
    ty thx tysm pls plz ily ilysm luv bff bffs gf bf bestie haha hahaha hehe lolol yay yass
    yasss ugh ew eww hmm hmmm ok okay k kk np xoxo xo xx xxx brb gtg ttyl ppl rn tmrw tmr
    2day bday hbd rip gg ez noob af asap dm dms pm fb ig yt snap snapchat insta tiktok
    u ur yo ya yah yeah yea yep nope nah hey hi hello bye bro bruh sis fam dude mom mum
    dad mommy mummy daddy mama papa nan nana gran granny grandma grandpa god jesus lord
    sir miss mrs mr ms dr coach teacher everyone everybody someone anyone guys lady
    monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow
    christmas xmas easter halloween thanksgiving wanna gonna gotta tryna lemme gimme
    rly rlly fr frfr srsly ngl lowkey highkey deadass istg madam madame maam heya
    nans nanas nannas grans grannys grandmas nonnas aunties uncles cousins
    lets dont cant wont isnt arent wasnt werent didnt doesnt couldnt shouldnt wouldnt havent hasnt
    youre theyre thats whats wheres hows ive youve weve theyve
    """
)  # the last lines: contractions typed without their apostrophe ("lets gooo", "dont tell")
#: Months and seasons: names too ("june", "summer"), but not when they start a sentence.
CALENDAR = words(
    "january february march april may june july august september october november december summer winter spring autumn fall"
)
#: Months and their abbreviations (names too: "jan", "june", "april").
MONTHS = CALENDAR | words("jan feb mar apr jun jul aug sep sept oct nov dec")
#: Relations after "my/our/his/her" that introduce a person's name.
RELATIONS = words(
    """
    sister sis brother bro friend friends bff bestie bf gf boyfriend girlfriend crush cousin
    cuz mom mum mommy mummy mother dad daddy father stepmom stepdad stepmum stepbrother
    stepsister aunt auntie aunty uncle nan nana gran granny grandma grandmother grandpa
    grandad granddad grandfather teacher coach tutor neighbour neighbor babysitter nanny
    classmate buddy pal mate son daughter niece nephew twin partner principal headteacher
    bredda breda bredren sista sistren
    """
)  # the last line: brother and sister in Caribbean English and patois ("mi bredda X")
#: Pets and toys: "my cat is called X" names no person.
PETS = words(
    """
    cat cats kitten kitty dog dogs puppy pup hamster hamsters guinea pig bunny rabbit fish
    goldfish bird parrot budgie turtle tortoise snake lizard gecko horse pony pet pets
    teddy doll character avatar
    donkey donkeys cow cows calf goat goats sheep lamb chicken chickens chook chooks hen hens rooster
    duck ducks ferret axolotl alpaca llama cockatoo cockatiel mouse rat frog
    kutta kutte kutti billi tota
    kittens puppies bunnies rabbits birds parrots budgies turtles tortoises snakes lizards geckos horses ponies
    ferrets axolotls mice rats frogs
    doggo doggos doggy doggie pupper puppers catto kitteh kitties
    koala koalas kangaroo kangaroos wallaby penguin penguins giraffe giraffes elephant elephants panda pandas
    monkey monkeys gorilla gorillas zebra zebras hippo hippos dolphin dolphins otter otters meerkat meerkats
    sloth sloths lion lions tiger tigers bear bears
    """
)  # the last lines: farm animals and small pets ("grandad has a donkey called ..."), Hindi dog, cat, parrot,
# the chat forms of dog, puppy and cat ("my doggo X", "our catto X"), and the animals of a zoo or a
# wildlife park, which keepers name too ("a panda named <name>", "<name> the otter")
#: Before a pet's name after naming it ("named him kevin", "called her pickles").
_NAMING = words("named called name calling naming")
_OBJECTS = words("him her it them")


def named_pet(before: list[str]) -> bool:
    """The words right before a name (lower case) name a pet: "named"/"called" and "him"/"her"/"it"
    with a pet word shortly before ("got a pet yabby and named him kevin"; not "my sister named her
    baby lily")."""
    if len(before) < 2 or before[-1] not in _OBJECTS or before[-2] not in _NAMING:
        return False
    return any(w in PETS for w in before[-8:-2])


#: Adjectives allowed between "my" and the relation ("my little sister").
RELATION_ADJ = words("little big older younger elder baby best twin step half new old bestest favourite favorite")
#: Titles directly before a name ("mrs patterson", "coach dave").
TITLES = words(
    """
    mr mrs ms mx miss mister missus dr doctor coach sir madam madame mme maam ma'am ma’am auntie aunty aunt uncle
    grandma grandpa nana nanna granny grandad principal pastor officer professor prof
    """
)
#: Titles of other languages (lexicon ``titles``: "meneer", "mwalimu", "mdm", "kuya").
WORLD_TITLES = wl.entries("titles")
TITLES = TITLES | WORLD_TITLES
#: Titles that are also everyday words: the name after them must be a known name.
WEAK_TITLES = words("miss sir officer doctor mama baba ate mam ma'am ma’am oom fr")
#: Words that follow a place name and make the whole thing a place ("riverside park").
PLACE_SUFFIXES = words(
    """
    park mall beach lake woods wood forest playground skatepark plaza zoo pool library rink
    arena stadium field fields gardens garden square pier marina harbour harbor reservoir
    common heath hills valley river creek bay island waterpark arcade aquarium museum
    cinema theatre theater world tower ridge grove heights hill vale meadows springs
    """
)
#: Street words: "maple street", "main st" (with a house number it is the address scanner's).
STREET_SUFFIXES = words("street st road rd avenue ave lane ln drive boulevard blvd crescent terrace")
#: Suffixes after which even everyday words name a place when a preposition comes first
#: ("at pine lake", "on cherry street", "party at bounce world").
PREP_SUFFIXES = STREET_SUFFIXES | words(
    "lake park beach world arcade waterpark mall plaza woods ridge grove heights hill vale meadows springs"
)
#: Two-word place suffixes ("leisure centre", "rec center").
PLACE_SUFFIX_PAIRS = frozenset(
    (a, b)
    for a in ("leisure", "rec", "recreation", "sports", "community", "shopping", "aquatic", "aquatics")
    for b in ("centre", "center")
) | {("swimming", "pool"), ("skate", "park"), ("water", "park"), ("ice", "rink"), ("country", "park")}
# venues of Indian family events and garba nights ("shivam party plot", "royal banquet hall")
PLACE_SUFFIX_PAIRS |= {("party", "plot"), ("banquet", "hall"), ("marriage", "garden"), ("marriage", "hall")}
#: Words that end the name of a club, a church or a business ("hendersons hardware").
ORG_SUFFIXES = words(
    """
    club academy daycare nursery scouts brownies cubs church chapel mosque temple synagogue
    choir orchestra gymnastics studio studios vets hardware dental bakery pharmacy
    """
)
#: Everyday modifiers that make "X park" a kind of park, not a named one.
GENERIC_MODIFIERS = words(
    """
    dog skate water trampoline theme amusement car local big little new old nearby public
    national state city town school community indoor outdoor kids kid
    shopping sports leisure rec swimming ice country the this that our your my their his
    her same other next last first whole entire real busy quiet empty closest nearest
    """
)
#: Words before a place name ("lake tahoe", "mount rainier").
PLACE_PREFIXES = frozenset({"lake", "mount", "mt", "fort", "port", "loch", "isle", "cape"})
# ... and of the French, Spanish and Portuguese a child writes ("au parc jarry", "en la playa azul")
PLACE_PREFIXES |= {"parc", "parque", "plage", "playa", "praia", "lac"}
#: Little words of those languages after such a word, which name no park ("au parc avec mamie").
ROMANCE_LITTLE = words(
    "après apres avant cet cette ce ces avec sans pour par et ou le la les du de des en ce soir demain aujourd"
    " con sin para por el los las hoy mañana manana tarde com sem para hoje amanhã amanha e"
)
#: Prepositions before a place name.
PLACE_PREPS = words("in from to near at outside around visiting towards toward")
#: Prepositions that may come before an everyday-word place ("on cherry street").
SUFFIX_PREPS = PLACE_PREPS | words("on off by down up along onto behind past")
#: Verbs/prepositions that introduce a place name ("i live in X").
PLACE_CUES = (
    ("live", "in"),
    ("lives", "in"),
    ("living", "in"),
    ("lived", "in"),
    ("moved", "to"),
    ("moving", "to"),
    ("move", "to"),
    ("moved", "from"),
    ("visiting",),
    ("holiday", "in"),
    ("vacation", "in"),
    ("born", "in"),
    ("up", "in"),
)
#: Team words: "riverside rovers", "northside cubs".
TEAM_WORDS = words(
    """
    united rovers rangers wanderers athletic athletics fc afc cubs tigers lions eagles hawks
    bears wolves sharks cobras panthers falcons warriors knights rockets jets giants dragons
    titans bulldogs wildcats raiders stallions mustangs spartans vikings pirates thunder
    lightning strikers dolphins badgers foxes owls ravens hornets jaguars cougars
    """
)
#: Verbs that make a sentence-initial ambiguous name a person ("will is coming over").
SUBJECT_VERBS = words(
    """
    is was has had says said sits sat lives lived likes liked loves loved hates came went got
    gets keeps kept told tells texted wants wanted thinks thought and
    """
)
#: Words ending like a town name ("millbrook", "elmstead", "cedarville").
TOPONYM = re.compile(
    r"[a-z]{2,20}(?:ville|town|ton|ford|field|wood|brook|bridge|gate|haven|stead|ridge|burg|burgh|borough|"
    r"boro|bury|mouth|port|dale|vale|land|side|view|hurst|ham|worth|wick|thorpe|shire|chester|minster|"
    r"moor|crest|grove|mont|vista|world|mart)"
)

#: Lexicon score a first name needs to be reported from a weak cue or on its own.
NAME_SCORE = 0.3
#: Lexicon score a name needs after a strong cue ("my sister X", "mrs X").
STRONG_CUE_SCORE = -2.5
#: Score above which a known first name the model skipped is still reported.
ALONE_SCORE = 2.0
#: Score a surname needs to extend a name found by a cue ("lily evans").
SURNAME_SCORE = -0.5
#: A one-word PERSON entity that is an everyday word needs at least this name score.
COMMON_NAME_SCORE = -2.5
#: A one-word ORG entity that is a known place with this score is a LOCATION ("Oakridge").
TOWN_SCORE = 1.5
#: Score a place needs after a bare preposition ("from ashford").
PLACE_SCORE = 1.0

#: How a possessive is written ("jake's", "jake’s").
POSSESSIVES = ("'s", "’s", "'S", "’S")


# -- tests of one word -----------------------------------------------------------------------


def orig(tok: Token, text: str) -> str:
    """The token as the child wrote it (the Doc holds the truecased text)."""
    return text[tok.idx : tok.idx + len(tok.text)]


def capitalised(tok: Token, text: str) -> bool:
    """Written with a capital first letter, not all in capitals ("Mia", not "MIA" or "mia")."""
    written = orig(tok, text)
    return written[:1].isupper() and not written.isupper()


def common(low: str, lex: Lexicon) -> bool:
    """An everyday word of the names lexicon ("hunter", "park"), whatever else it may be."""
    info = lex.words.get(low)
    return info is not None and bool(info[0] & WORD)


def given_name(low: str, lex: Lexicon, *, everyday: bool = False) -> bool:
    """A given name of the worldwide lists or of the English names lexicon; one that is also an
    everyday word ("mia", "max", "hunter") only when ``everyday`` says the layout makes it a name."""
    info = lex.words.get(low)
    if not everyday and info is not None and info[0] & WORD:
        return False
    return low in wl.entries("first_names") or (info is not None and bool(info[0] & FIRST))


def unknown(low: str, lex: Lexicon) -> bool:
    """Neither a known name/place nor an everyday word (a rare name: "kowalski")."""
    return low not in lex.words and low.isalpha() and len(low) >= 3


def unheard(low: str, lex: Lexicon) -> bool:
    """A word no list knows (a name of a language the lists lack), never a chat word or a famous one."""
    return (
        low.isalpha()
        and len(low) >= 4
        and low not in lex.words
        and low not in JUNK
        and low not in wl.entries("filler_words")
        and low not in wl.entries("famous")
    )


#: Endings of a verb's or a noun's forms and what they replace: "fancies" -> "fancy", "texted" -> "text".
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def inflected(low: str, lex: Lexicon) -> bool:
    """A form no list holds of an everyday word that is no name ("fancies", "ghosted"): the word,
    not a rare name. The stem must be no given name, surname or place, so a possessive written
    without its apostrophe ("rosies bday") stays a name; a word the lists hold is theirs ("miles")."""
    if low in lex.words:
        return False
    for end, stem_end in _INFLECTIONS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            info = lex.words.get(low[: -len(end)] + stem_end)
            if info is not None and info[0] & WORD and not info[0] & (FIRST | LAST | PLACE):
                return True
    return False


def townlike(low: str, lex: Lexicon) -> bool:
    """Looks like a town or venue name ("millbrook", "kwikmart") and is no everyday word."""
    if common(low, lex):
        return False
    info = lex.words.get(low)
    if info is not None and info[0] & PLACE:
        return True
    return info is None and TOPONYM.fullmatch(low) is not None


def token_cand(doc: Sequence[Token], i: int, conf: float, prio: float = 2) -> Cand:
    """A PERSON candidate covering token i."""
    return doc[i].idx, doc[i].idx + len(doc[i]), Kind.PERSON, conf, prio


#: Greetings of many languages: a post of a greeting and a name greets someone ("talofa sina").
HELLO = words("hi hey hello hiya heya yo oi howzit sawubona molo dumela talofa bula kia ora aloha sasa mambo")
#: Words after a greeted name that ask after them ("o kae": Setswana "how are you").
HOW_ARE_YOU = words("how hru wyd wbu sup u ur r o kae unjani")


def plain(tok: Token, lex: Lexicon) -> bool:
    """Punctuation, a stop word, a chat word: never part of a name."""
    return not tok.is_alpha or tok.is_stop or tok.lower_ in JUNK
