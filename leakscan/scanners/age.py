"""AGE and DATE_OF_BIRTH scanner: "I'm 11", "11 y/o", "turning thirteen", "5th grade",
"year 6", "my birthday is march 3rd", "born 14/02/2013".

Span conventions
----------------
AGE
    The span is the number together with its *unit* when the unit touches it, before or
    after: ``"11 years old"``, ``"11yo"``, ``"11 y/o"``, ``"age 11"``, ``"aged 11"``,
    ``"5th grade"``, ``"grade 5"``, ``"year 6"``, ``"yr 7"``, ``"12th birthday"``. Cue words
    that only *introduce* an age -- pronouns and verbs such as ``I'm``, ``she's``,
    ``turned``, ``turning``, ``I'll be``, ``the age of`` -- stay outside the span: in
    ``"I'm 11"`` the span is ``"11"``, in ``"turning thirteen"`` it is ``"thirteen"``.
    School stages without a number (``"kindergarten"``, ``"sixth form"``, ``"freshman"``)
    are the word itself.
DATE_OF_BIRTH
    The span is the date only, never the cue: in ``"my bday is on the 12th of june"`` the
    span is ``"12th of june"``; in ``"born 14/02/2013"`` it is ``"14/02/2013"``.

Scope decisions
---------------
* Explicit ages (a unit such as ``years old``/``yo``/``y/o``, ``age``/``aged``, or the verb
  ``turned``/``turning``) count from 0 to 99, whoever they belong to: a sibling's or a
  parent's age still tells about the family. A hundred and past (``my teacher is like 100 years
  old``) is a child's joke far more often than a great-grandparent's age.
* Bare ages after a copula (``I'm 11``, ``she's 9``, ``my brother is 6``, ``I'll be 10``)
  and ordinal birthdays (``my 12th birthday``) count only from 1 to 19: that is where a
  child's own age lives, and a bare ``is 40`` is far more often a score, a price or a count.
  They also need a sensible word after the number (end of sentence, ``and``, ``now``,
  ``lol``, an emoji...), so ``I'm 5 minutes away``, ``I'm 2 lazy``, ``I'm 100% sure`` and
  ``I'm 5'2"`` are not ages.
* The age of a pet or a thing (``my dog is 3 years old``, ``a 100 year old house``) is not
  reported. Past ages (``when I was 5``) are not reported either: they do not tell how old
  the child is now.
* School years: US grades 1-12 (``5th grade``, ``grade 5``, ``fifth-grader``), UK/AU/NZ years
  1-13 (``year 6``, ``yr 7``, ``y7``), Scottish primary (``in P5``, ``primary 5``), Irish
  ``in 5th class``, ``sixth form``, ``kindergarten`` (after ``in``/``starting``...),
  ``freshman``/``sophomore`` (``I'm a freshman``, ``junior year``). Music grades (``grade 5
  piano``) and ``the year 2020`` are not ages.
* Dates of birth need a birthday cue (``birthday``, ``bday``, ``born``, ``DOB``, ``date of
  birth``, ``b.``) right before the date (a few linking words allowed: ``is``, ``on``, ``:``),
  or a date right before ``is my birthday``. Partial dates are reported with lower
  confidence: the day only (``my bday is the 12th``, 0.5), the month only (``born in march``,
  0.5), the year only (``born in 2013``, 0.6). Relative days (``my birthday is tomorrow``)
  are not reported: there is no date to hide.

Numbers are read by :mod:`~leakscan.scanners.age_numbers`, dates of birth by
:mod:`~leakscan.scanners.birthdays`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ..findings import Finding, Kind
from ..spans import first_fit
from .age_heard import heard_year
from .age_more import more_ages
from .age_numbers import APOS, WORD, WORD_VALUE, Num, clause_before, numbers
from .age_world import idioms, named_ages, world_ages
from .base import TextContext
from .birthdays import DOB_PRECHECK, bio_dates, dates_of_birth, famous_age
from .birthdays_later import ages_on_day, emoji_ages, later_dates

# --------------------------------------------------------------------------------------
# AGE patterns (all run on ctx.folded: lower-case, same length as the text)


#: The unit after a number: "11 *years old*", "11*-year-old*", "11*yo*", "11 *y/o*", "6 *months old*".
#: An age with a unit or a cue from here on is a joke ("she's 100 years old lol"), not a family's age.
_HYPERBOLE = 100
#: An old age guessed with a hedge ("my coach is like 80 years old", "prob 70 years old") is a
#: child's joke about someone old, as a hundred is: no one's age is told.
_GUESSED_OLD = 60
_HEDGE_BEFORE = re.compile(r"(?<![a-z])(?:like|about|prob|probably|literally|basically|around)\s{1,3}$")
_UNIT_AFTER = re.compile(
    r"[\s-]{0,3}(?:years?|yrs?|y)\.?[\s-]{0,3}(?:old(?![a-z])|of\s{1,3}age\b)"
    r"|[\s-]{0,3}(?:months?|mos?|weeks?|wks?)\.?[\s-]{0,3}old(?![a-z])"
    r"|[\s-]{0,2}(?:y/o|y\.o\b\.?|yo(?![\w'’-]))"
    r"|[\s-]{0,3}(?:years?|yrs?)[\s-]{0,3}young\b"
)

#: The unit after an ordinal: "5th *grade*", "fifth*-grader*", "12th *birthday*", "5th *class*", "6th *form*".
_ORD_UNIT = re.compile(rf"[\s-]{{0,2}}(?P<unit>grader?s?\b|gr\b\.?|birthday|b-?day|b{APOS}day|bday|form\b|class\b)")

#: The unit before a number, ending right where the number starts: "*grade *5", "*gr. *5", "*year *6",
#: "*yr *7", "*y*7", "*primary *5", "in *p*5", "*age *11", "*aged *11", "*age: *11".
_UNIT_BEFORE = re.compile(
    # "p.6" as "p6" (Uganda's, Scotland's primary years written with a dot); never "p. 6", a page
    r"(?<![\w'’#@-])(?P<unit>grade|gr\.?|year|yr\.?|y|primary|p\.?|aged?)(?:\s{0,2}[:=]?\s{0,2}|(?<=e)-)\Z"
)

#: Cue words that introduce an age without a unit. The group says how strong the cue is.
_CUE = re.compile(
    r"(?<![\w'’])(?:"
    # first person: I'm, im, i am, iam, am (at the start of a sentence)
    rf"(?P<first>i\s?{APOS}?\s?m|i\s{{1,3}}am|iam|am)"
    # third person pronouns and "you"
    rf"|(?P<third>(?:he|she|it)(?:{APOS}?s|\s{{1,3}}is)|we(?:{APOS}re|\s{{1,3}}are|\s{{1,3}}r)|(?:they|you|u)(?:{APOS}?re|\s{{1,3}}are|\s{{1,3}}r)|ur|youre)"
    # family and friends: "my little sister is", "my brother's", "my son will be"
    r"|(?P<family>(?:my|his|her|our|their|your|ur)\s{1,3}(?:(?:little|lil|big|baby|older|younger|twin|step|half"
    r"|new|best|oldest|youngest|middle|eldest)[\s-]{1,2}){0,2}(?:sister|brother|sis|bro|sibling|cousin|son|daughter"
    r"|kid|child|boy|girl|baby|niece|nephew|friend|bff|bestie|bestfriend|bf|gf|boyfriend|girlfriend|crush|twin"
    # an elder or younger sibling in the words of South Asian and Filipino homes ("my didi is 16")
    r"|didi|bhaiya|bhaiyya|bhai|behen|ate|kuya|akka|thambi)s?"
    # ... optionally followed by a first name: "my little brother sam is 6"
    rf"(?:\s{{1,3}}(?!is\b|will\b|and\b|are\b)[^\W\d_]{{2,12}})?(?:{APOS}s|\s{{1,3}}is|\s{{1,3}}(?:will|'ll)\s{{1,3}}be"
    # ... or the "'s" typed without its apostrophe, right before the number: "my brothers 9"
    r"|\s{1,3}(?:are|r)\s{1,3}both|(?<=s)(?=\s)))"
    # "me and my bff are both 11", "my sister and i are 12"
    r"|(?P<pair>(?:and|&|n)\s{1,3}(?:i|me)\s{1,3}(?:are|r)(?:\s{1,3}both)?|(?:are|r)\s{1,3}both)"
    # the age verbs: turned/turning anywhere; turn/turns after a subject or auxiliary
    r"|(?P<turn>turned|turning|(?:(?<=i\s)|(?<=he\s)|(?<=she\s)|(?<=we\s)|(?<=u\s)|(?<=you\s)|(?<=they\s)|(?<=will\s)"
    r"|(?<='ll\s)|(?<=’ll\s)|(?<=ll\s)|(?<=to\s)|(?<=gonna\s)|(?<=just\s)|(?<=finally\s)|(?<=officially\s))turns?)"
    # I'll be / will be / gonna be
    rf"|(?P<be>(?:i{APOS}?ll|i\s{{1,3}}will|(?:he|she|we|you|u){APOS}ll|will|gonna|going\s{{1,3}}to)\s{{1,3}}be)"
    r"|(?P<ageof>(?:the\s{1,3})?age\s{1,3}(?:of|is|was|=)|ages?\s{1,3}(?:is|:))"
    r")(?![\w'’])"
)

#: A cue, then at most two small words, ending right where the number starts: "I'm *only* 11".
_CUE_BEFORE = re.compile(
    _CUE.pattern
    + r"(?:\s{1,3}(?:only|just|almost|nearly|about|already|now|still|like|literally|actually|finally|officially"
    r"|both|all|barely|technically|really|basically|legit|turning|gonna\s{1,3}be|going\s{1,3}on|age|aged)"
    r"(?![\w'’])){0,2}\s{1,3}\Z"
)
#: A light unit after a cued number: "I'm 11 *yrs*", "i am 12 *years*".
_UNIT_LITE = re.compile(r"\s{0,2}(?:years?|yrs?|yr|y/o|y\.o\b\.?|yo(?![\w'’-]))(?:\s{0,2}old(?![a-z]))?")

#: What may follow a bare age: end of text or sentence, an emoji, or a chatty word.
_FOLLOW = re.compile(
    r"(?![ \t]{0,3}[–—-][ \t]{0,2}\d)[ \t]{0,3}(?:$|\n|[.!?,;:](?!\d)|[)\]~<*/\\|\"(]|-(?!\d)|[^\x00-\x7f]"
    r"|[1-3]/[234](?![\d/])"  # and a fraction: "im 11 3/4"
    r"|(?:and|n|&|but|now|btw|lol|lmao|lmfao|haha\w{0,8}|hehe\w{0,8}|rofl|so|too|also|today|tomorrow|tmrw|tmr"
    r"|yesterday|yday|ytd|yest|2day|2moro|tdy|next|this|in|on|soon|yet|already|going|turning|almost|nearly|though|tho|ok|okay|plus|u|you|ur"
    r"|wbu|hbu|what|why|how|rn|atm|omg|i|im|i'm|my|from|girl|boy|xd|x{1,4}|lmk|pls|please|dm|hmu|ngl|tbh|fyi|smh|idk"
    r"|if|because|cuz|cause|bc|since|yay\w{0,4}|woo\w{0,6}|finally|who|years?|yrs?|yr|she|he|we|they"
    rf"|shes|hes|she{APOS}s|he{APOS}s"  # "my brother is 14 hes so annoying"
    r"|is\s{1,3}(?:that|it|this)"  # a question about the age: "im 11 is that normal"
    # Tagalog "na" (already: "shes 14 na"); a correction, "not" and another age ("im twelve not 10")
    rf"|na|not\s{{1,3}}(?:\d{{1,2}}|{'|'.join(sorted(WORD_VALUE, key=len, reverse=True))})(?![\w'’])"
    # "im twelve not a baby", "shes 9 not a little kid": the age against a younger one's
    r"|not\s{1,3}(?:a\s{1,3})?(?:little\s{1,3}|lil\s{1,3})?(?:baby|babies|kid|kids|child|toddler))(?![\w'’]))"
)

#: Words before a cue that make the age someone's claim or guess, not a fact: "stop saying im twelve",
#: "everyone thinks shes 15", "people guess im 16".
_CLAIMED = re.compile(
    r"(?<![\w'’])(?:saying|say|says|said|think|thinks|thought|guess|guessed|guesses|assume|assumed|assumes"
    r"|pretend|pretends|pretending|pretended)\s{1,3}(?:that\s{1,3})?\Z"
)
#: "turning", "turn", "turns" right before the number.
_TURNING = re.compile(r"(?<![\w'’])turn(?:ing|s)?[ \t]{1,3}$")
#: What makes "turning N" no age: "turning 180 degrees", "turning 3 pages".
_NOT_TURNING = re.compile(
    r"[ \t]{0,3}(?:degrees?|pages?|corners?|times|%|percent|mins?|minutes|hours?|laps?)(?![\w'’])"
)

#: School stages without a number.
_STAGE = re.compile(
    r"(?<![\w'’-])(?:"
    # (or a form's label: "class: kindergarten", "year level: prep")
    r"(?:in|starting|start|starts|started|entering|enter|into|at|(?:class|grade|year(?:\s{1,3}level)?)\s{0,2}:)"
    r"\s{1,3}(?:the\s{1,3})?"
    r"(?P<k>kindergarten|kindergarden|kinder|kindy|pre-?k|pre-?school"
    # Australia's first school year ("my sister started prep"; not "in prep for the test")
    r"|prep(?!\s{1,3}(?:for|work|time|mode|school|course|class|cook|cooking|meal|meals|room|kitchen|talk)(?![\w'’])))"
    r"|(?P<k2>kindergartn?er|kindergardn?er|kindergartener|kindergardener)"
    # South Africa's reception year ("grade r concert", "my sister is in grade r")
    r"|(?P<r>grade\s{1,2}r)"
    r"|(?P<s>(?:sixth|6th)\s{0,2}form(?:er)?|(?:lower|upper)\s{1,3}sixth)"
    # Ireland's transition year anywhere, and its short "TY" before the year's own events ("the TY musical";
    # "ty" alone is "thank you")
    r"|(?P<ty>transition\s{1,3}year|ty(?=\s{1,3}(?:musical|trip|show|camp|tour|mini[\s-]?company|work\s{1,3}experience)\b))"
    r"|(?P<hs>(?:freshman|sophomore|junior|senior)\s{1,3}year)"
    rf"|(?:i{APOS}?m|i\s{{1,3}}am|im)\s{{1,3}}a\s{{1,3}}(?P<hs2>freshman|sophomore)"
    r")(?![\w'’])"
)

#: Words after "grade N" that make it a music or exam grade, not a school grade.
_NOT_SCHOOL_GRADE = re.compile(
    r"\s{0,3}(?:piano|violin|viola|cello|guitar|flute|clarinet|sax\w{0,6}|trumpet|trombone|drums?|singing|voice|theory"
    r"|ballet|tap|dance|music|exam(?!s)|harp|oboe|recorder|cornet|horn|bass|keyboard|in\s{1,3}(?:piano|violin|music"
    r"|ballet|theory))\b"
)
#: Words before "year N" / "age N" that make it something else ("last year 5 people", "ice age 2").
#: Whole words only: a name ending so ("mia year 6", "jasper year 7") is the child's, no "a"/"per".
_NOT_YEAR_BEFORE = re.compile(
    r"(?<![\w'’])(?:last|next|this|every|each|per|a|one|that|leap|new|fiscal|school|gap)\s{1,3}$"
)
#: Words before "gr N" that make it a school year ("gr8" alone is "great"); a space must part "gr" from the
#: number after a determiner ("the gr 9 camp", not "the gr8 game").
_GR_BEFORE = re.compile(r"(?<![\w'’])(?:the|my|our|im|i'm|i’m|at|from)\s{1,3}$")
#: Words before "grade N" that make it an exam passed (music, dance): "passed grade 5", "got her grade 3".
_EXAM_BEFORE = re.compile(
    r"(?:passed|pass|got|get|getting|achieved|took|taking|doing|did|sat)\s{1,3}(?:(?:my|her|his|their|our)\s{1,3})?$"
)
#: A word before a plural school year that makes it the child's school's year group ("kingsmead year 8s",
#: "our grade 5s"); not a post or sentence opening on it, nor a determiner ("year 7s are so small now",
#: "the year 7s are loud": other children).
_PLURAL_OWNER = re.compile(r"(?<![\w'’])(?!(?:the|all|those|these|some|them|and|of|to|with|for)\s)[a-z]{2,}\s{1,3}$")
#: Words before a terse school year ("in y6", "a p5 pupil", "im p5 at ...").
_STAGE_BEFORE = re.compile(
    r"(?:^|[\n.!?]|(?<![\w'’])(?:in|a|my|our|the|for|of|from|into|im|i'm|i’m|am|shes|hes|she's|he's|starting|started))\s{0,3}$"
)
#: After "p5" anywhere: words of a school year ("u p5 already", "P7 forever", "p6 psle"), Singlish particles, "at <school>".
_P_YEAR_AFTER = re.compile(
    r"\s{0,3}(?:already|forever|life|psle|exams?|trip|teacher|class|camp|leavers|lah|sia|liao|at(?=\s{1,3}(?!(?:the|gate|level|block|car)\b)[a-z]{3}))(?![\w'’])"
)
_NOT_AGE_BEFORE = re.compile(
    r"(?:ice|stone|bronze|iron|golden|dark|new|space|middle|information|digital|first|second|third|fourth|fifth"
    r"|last|next|old|jazz|gilded|modern|industrial|heroic)\s{1,3}$"
)

#: Things and animals whose age is not the child's.
_NONPERSON = (
    r"dogs?|doggos?|doggies?|pupp(?:y|ies)|pups?|cats?|kittens?|kitt(?:y|ies)|hamsters?|guinea\s{1,3}pigs?|rabbits?"
    r"|bunn(?:y|ies)|fish|goldfish|horses?|pon(?:y|ies)|birds?|parrots?|budgies?|turtles?|tortoises?|snakes?|lizards?"
    r"|geckos?|pets?|phones?|iphones?|ipads?|tablets?|laptops?|computers?|pc|consoles?|xbox|ps\d|switch|games?"
    r"|trucks?|vans?|utes?|tractors?|boats?|guitars?|pianos?|watch|clock|fridge|tv|telly"
    r"|accounts?|channels?|videos?|vids?|posts?|pics?|pictures?|photos?|memes?|songs?|shows?|movies?|cars?|house"
    r"|houses|trees?|buildings?|shoes|bikes?|toys?|teddy|book|books|series|server|saves?|worlds?|bed|joke|trend"
    r"|tradition|company|business|church|school|town|city|castle|bridge|video\s{1,3}game|franchise|band|app|album|ep|record"
    r"|blog|website|site|podcast|brand|shop|store|club|team|page|event|festival|anniversary|paper|magazine"
)
_NONPERSON_RE = re.compile(rf"(?<![\w'’])(?:{_NONPERSON})(?![\w'’])")
_PERSON_RE = re.compile(
    r"(?<![\w'’])(?:i|i'm|im|me|he|she|him|they|we|you|u|sister|brother|sis|bro|sibling|cousin|son|daughter|kid"
    r"|child|boy|girl|baby|niece|nephew|friend|bff|bestie|bf|gf|boyfriend|girlfriend|crush|twin|mom|mum|dad"
    r"|mother|father|grandma|grandpa|nan|nana|gran|aunt|auntie|uncle|man|woman|lady|guy|patient|student|kids"
    r"|children|people|boys|girls|twins|myself|herself|himself|old\s{1,3}me|sisters|brothers|cousins|sons"
    r"|daughters|friends|babies|moms|mums|dads|students|patients|women|men)(?![\w'’])"
)
#: What separates the fields of a profile line ("mia | 12 | uk") or an a/s/l answer ("12/f").
_BIO_SEP = frozenset("|•·~/")
#: Signs of a measure written right after a number: degrees, minutes and seconds of arc.
_UNIT_SIGNS = frozenset("°º℃℉′″")
#: A profile line's label ("bio: ...", "about me - ..."): its fields are the child's.
_BIO = r"(?:bio|about\s{1,3}me|abt\s{1,3}me)\s{0,2}[:\-~|]"
_BIO_LABEL = re.compile(rf"\s{{0,3}}{_BIO}")
#: A profile line's label right before its first field ("my bio: 12 | ...").
_BIO_LABEL_BEFORE = re.compile(rf"(?<![\w'’]){_BIO}\s{{0,3}}$")
#: In a labelled profile line, the name field and a separator before the age ("bio: zinhle 🌻 ").
_BIO_NAME_BEFORE = re.compile(rf"^\s{{0,3}}{_BIO}\s{{0,3}}[a-z]{{2,14}}\s{{0,3}}\S{{1,3}}\s{{0,3}}$")
#: Profile fields joined by " x " (a kiss, as in "amelia x 11 x leeds"): a word, then " x " before
#: the number, " x " and a letter after it (not "3 x 11 x 5", a sum).
_X_FIELDS = re.compile(r"(?<![\w'’])[a-z]{2,14}\s{1,2}x\s{1,2}$")
_X_AFTER = re.compile(r"\s{1,2}x\s{1,2}[a-z]")
_ASL = re.compile(r"\s{0,2}/\s{0,2}(?:m|f|male|female|girl|boy)(?![a-z])")


def _bio_sides(folded: str, start: int, end: int) -> bool:
    """True when the number at ``start:end`` is a field of its own in a profile line."""
    if folded[end : end + 4].lstrip(" ").startswith("/"):
        return bool(_ASL.match(folded, end))  # "12/f/uk" yes, "12 / 24" no
    left = folded[max(0, start - 8) : start].rstrip(" \t")
    right = folded[end : end + 8].lstrip(" \t")
    if (not left and start > 8) or (not right and end + 8 < len(folded)):
        return False  # a long run of spaces: not a profile line

    def sep(ch: str) -> bool:
        # A bar or slash, or a symbol such as an emoji (not a keycap mark or variation selector,
        # nor a unit: "17°" in a weather app is a temperature).
        return ch in _BIO_SEP or (not ch.isascii() and ch not in _UNIT_SIGNS and unicodedata.category(ch)[0] in "SP")

    if _X_FIELDS.search(folded, max(0, start - 20), start) and _X_AFTER.match(folded, end):
        return True  # "amelia x 11 x leeds": a profile line's fields joined by "x"
    if _BIO_LABEL_BEFORE.search(folded, max(0, start - 16), start) and right and sep(right[0]):
        return True  # "my bio: 12 | halifax": the age is the labelled line's first field
    left_ok = not left or left[-1] == "\n" or sep(left[-1])
    right_ok = not right or right[0] == "\n" or sep(right[0])
    real_sep = (bool(left) and sep(left[-1])) or (bool(right) and sep(right[0]))
    if left_ok and real_sep and not right_ok and _BIO_LABEL.match(folded):
        # "bio: zinhle 🌻 12 pmb": a line labelled a profile; its fields need no separator after the age
        return _BIO_NAME_BEFORE.search(folded, 0, start) is not None
    return left_ok and right_ok and real_sep


#: Substrings one of which every school-stage word contains (a cheap gate for _STAGE).
_STAGE_STEMS = (
    "kinder",
    "kindy",
    "pre",
    "grade",
    "sixth",
    "6th",
    "freshman",
    "sophomore",
    "junior",
    "senior",
    "ty",
    "transition",
)


# --------------------------------------------------------------------------------------


#: Pronouns after an age that point back at its subject (a pet is "he" or "she" too).
_BACK_REFERENCES = frozenset({"he", "she", "they", "hes", "shes"})


#: A child's celebration right after an age ("7th birthday *party*"): what it names after it is the
#: party's (a bouncy castle, games), not whose age it is.
_EVENTS = frozenset({"party", "parties", "bash", "celebration", "picnic", "sleepover"})


def _about_thing(folded: str, start: int, end: int, *, after_words: int = 2) -> bool:
    """True when the age at ``start:end`` belongs to an animal or a thing, not a person.

    Looks at the next ``after_words`` words ("a 3 year old *puppy*") and at the clause
    before ("my *dog* is 3 years old"): the nearest person or thing word decides.
    """
    for word in WORD.findall(folded, end, min(len(folded), end + 12 * after_words))[:after_words]:
        if word in _BACK_REFERENCES:
            break  # "my hamster is 50 years old he runs all night": "he" is the subject again, the clause decides
        if word in _EVENTS:
            break  # "ruben's 6th birthday party ... bouncy castle": the party is the child's, the clause decides
        if _PERSON_RE.fullmatch(word):
            return False
        if _NONPERSON_RE.fullmatch(word):
            return True
    clause = clause_before(folded, start)
    last_thing = -1
    for m in _NONPERSON_RE.finditer(clause):
        last_thing = m.start()
    if last_thing < 0:
        return False
    last_person = -1
    for m in _PERSON_RE.finditer(clause):
        last_person = m.start()
    return last_thing > last_person


class AgeScanner:
    """Finds a child's age, school year and date of birth in a post."""

    name = "age"
    kinds = frozenset({Kind.AGE, Kind.DATE_OF_BIRTH})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield AGE and DATE_OF_BIRTH findings (see the module docstring for the spans)."""
        folded = ctx.folded
        spans: list[tuple[int, int, Kind, float]] = []
        spans.extend(_ages(folded))
        spans.extend((s, e, Kind.AGE, c) for s, e, c in world_ages(folded))  # "std 4", "officially 12!!"
        spans.extend((s, e, Kind.AGE, c) for s, e, c in more_ages(folded))  # "5to de primaria", "12 going on 13"
        if spans:  # a list of ages: "im 11 and mia is 12" (a name that is also a word counts then)
            spans.extend((s, e, Kind.AGE, c) for s, e, c in named_ages(folded, everyday=True))
        if spans:
            sayings = idioms(folded)  # "i feel like a 5 year old": no age
            spans = [x for x in spans if x[2] is not Kind.AGE or not any(a <= x[0] and x[1] <= b for a, b in sayings)]
            spans = [x for x in spans if x[2] is not Kind.AGE or not _not_the_childs(folded, x[0], x[1])]
        if DOB_PRECHECK.search(folded):
            spans.extend(dates_of_birth(folded))
            spans.extend(later_dates(folded))  # "happy bday omar 🎉 he turned 8!! june 3rd"
            spans.extend(ages_on_day(folded))  # "12 on friday cant wait"
            spans.extend(emoji_ages(folded))  # "happy bday ... 🇿🇦 12 now"
        if "." in folded or "/" in folded or "-" in folded:
            spans.extend(bio_dates(folded))  # a bio's "♡ 04.11.12 ♡"
        for start, end, kind, confidence in _dedupe(spans):
            yield ctx.finding(kind, start, end, scanner=self.name, confidence=confidence)


#: Right before a school year the child is not in yet ("im not even in year 9", "not even in class 10 yet").
_NOT_EVEN = re.compile(r"\bnot\s{1,3}even\s{1,3}(?:in\s{1,3})?\Z")


#: Right after a school year: how it looks or sounds from outside ("year 10 looks so hard", "grade 9
#: camps sound fun"), at most one word (its event or subject) between; not "and it looks".
_SEEN_AFTER = re.compile(
    r"\s{1,3}(?:(?!(?:and|but|it|is|was|so|lol|too|also)\s)[a-z]{2,12}\s{1,3})?(?:looks?|looked|sounds?|seems?)(?![\w'’])"
)
#: Before a school year: the child's own ("im in", "my", "starting"): then the year is theirs all the same.
_OWN_YEAR_BEFORE = re.compile(r"(?<![\w'’])(?:in|my|our|im|i'm|i’m|am|into|starting|start|entering)\s{1,3}\Z")


#: How far back the two patterns ending at a year's start are tried (their longest match is ~20
#: characters): searched from the post's start, each year cost the whole post before it, and a
#: 50,000-character table of ages took seconds (tests/test_age.py's adversarial rows).
_LOOK_BACK = 40


def _not_the_childs(folded: str, start: int, end: int) -> bool:
    """The age at ``start`` is a famous one's ("<cartoon> is like 20 years old"), a school year the child is
    not even in ("not even in class 9 yet"), one seen from outside ("grade 8 sounds hard"; not "im in grade 8
    sounds hard lol") or heard of, or a level ("year 5 is easy my cousin says", :func:`heard_year`): no age."""
    seen = (
        folded[start : start + 1].isalpha()  # a school year written with its word ("year 9"), not "9 years old"
        and _SEEN_AFTER.match(folded, end) is not None
        and _OWN_YEAR_BEFORE.search(folded, max(0, start - _LOOK_BACK), start) is None
    )
    # a school year with its word ("sec 1") is nobody famous's: a star's name before it is a word of the post
    # (Singlish "sia" before "sec 1 life")
    school_year = folded[start : start + 1].isalpha() and any(ch.isdigit() for ch in folded[start:end])
    not_even = _NOT_EVEN.search(folded, max(0, start - _LOOK_BACK), start) is not None
    return seen or (not school_year and famous_age(folded, start)) or not_even or heard_year(folded, start, end)


def _dedupe(spans: list[tuple[int, int, Kind, float]]) -> list[tuple[int, int, Kind, float]]:
    """Drop spans overlapped by a longer (or DATE_OF_BIRTH) span; longest first wins."""
    spans.sort(key=lambda s: (s[2] is not Kind.DATE_OF_BIRTH, -(s[1] - s[0]), s[0]))
    return sorted(first_fit(spans))


def _ages(folded: str) -> Iterator[tuple[int, int, Kind, float]]:
    """AGE spans in the folded text: each number is read with the words around it."""
    age = Kind.AGE
    for num in numbers(folded):
        start, end, value = num.start, num.end, num.value
        if num.ordinal:
            yield from _ordinal_age(folded, num)
            continue
        # 1. a unit before it: "grade 5", "year 6", "age 11", "y7", "in p5".
        head = _UNIT_BEFORE.search(folded, max(0, start - 12), start)
        if head:
            found = _unit_before_age(folded, head, num)
            if found:
                yield found
                continue
        if num.glued:
            continue
        # 2. a unit after it: "11 years old", "11yo".
        tail = _UNIT_AFTER.match(folded, end)
        if tail:
            guessed = value >= _GUESSED_OLD and _HEDGE_BEFORE.search(folded, max(0, start - 14), start) is not None
            if value < _HYPERBOLE and not guessed and not _about_thing(folded, start, tail.end()):
                yield start, tail.end(), age, 0.95
            continue
        # 3. a cue before it: "I'm 11", "she's 9", "turning thirteen", "I'll be 10".
        if value < _HYPERBOLE:
            found = _cued_age(folded, num)
            if found:
                yield found
                continue
        # 4. a field of a profile line: "mia | 12 | uk", "12/f/uk".
        if 8 <= value <= 19 and not num.word and _bio_sides(folded, start, end):
            yield start, end, age, 0.6
    # 5. school stages: "in kindergarten", "sixth form", "I'm a freshman".
    if any(stem in folded for stem in _STAGE_STEMS):
        for m in _STAGE.finditer(folded):
            for group in ("k", "k2", "r", "s", "ty", "hs", "hs2"):
                if m.group(group):
                    yield m.start(group), m.end(group), age, 0.7
                    break


def _ordinal_age(folded: str, num: Num) -> Iterator[tuple[int, int, Kind, float]]:
    """ "5th grade", "fifth-grader", "12th birthday", "in 5th class", "6th form"."""
    if num.glued:
        return
    m = _ORD_UNIT.match(folded, num.end)
    if not m:
        yield from _bare_ordinal(folded, num)
        return
    value, unit, start, end = num.value, m.group("unit"), num.start, m.end()
    if unit.startswith("g"):
        if 1 <= value <= 12 and not _NOT_SCHOOL_GRADE.match(folded, end):
            yield start, end, Kind.AGE, 0.9
    elif unit.startswith("b"):
        if 1 <= value <= 19 and not _about_thing(folded, start, end, after_words=6):
            yield start, end, Kind.AGE, 0.85
    elif unit.startswith("f"):
        # "sixth form" anywhere; the first five forms (Caribbean, Irish, East African secondary years)
        # only after "in" ("im in second form"): "his second form" is a game character's
        if value == 6 or (1 <= value <= 5 and folded[max(0, start - 4) : start] in ("in ", " in ")):
            yield start, end, Kind.AGE, 0.8
    elif 1 <= value <= 6 and folded[max(0, start - 4) : start] in ("in ", " in "):  # "in 5th class"
        yield start, end, Kind.AGE, 0.8


#: Before an ordinal with no unit: whose it is ("my", "his", "tomas's", "tomas"), read as a birthday
#: when a day follows (:data:`_OWNED_DAY_AFTER`): "my 12th tomorrow", "rosies 11th is on saturday".
_OWNER_BEFORE = re.compile(
    # not a verb or a word that only ends in "s" ("was 6th today", "finishes 4th", "class 5th")
    r"(?<![\w'’])(?!(?:was|has|does|goes|gets|comes|finishes|this|plus|its|lets|yes|less|class|pass)\s)"
    rf"(?:my|his|her|[a-z]{{2,20}}(?:{APOS}s|s))\s{{1,3}}$"
)
#: After such an ordinal: the day it falls on ("tomorrow", "is on friday", "is next week", "party"),
#: or a weekday after "on" without "is" ("her 9th on saturday").
_OWNED_DAY_AFTER = re.compile(
    r"\s{1,3}(?:tomorrow|tmrw|tmr|today|tonight|party|(?:is|was)\s{1,3}(?:on|tomorrow|tmrw|today|next|this|coming)"
    r"|on\s{1,3}(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?)\b"
)
#: Before an ordinal with no unit: a comparison with another school year ("harder than 6th").
_THAN_BEFORE = re.compile(r"(?<![\w'’])than\s{1,3}(?:in\s{1,3})?$")
#: A unit after the ordinal that the school-stage rules read ("first year", "2nd sem").
_ANOTHER_UNIT = re.compile(r"[\s-]{0,3}(?:years?|yrs?|sem|semester|term|standard|std)(?![\w'’])")
#: A school grade or class said with its ordinal elsewhere in the post ("7th grade", "grade 7").
_GRADE_WORD = re.compile(
    r"(?<![\w'’])(?:(?:grade|gr|class|year|yr)\s{1,3}\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s{1,3}(?:grade|gr|class|year|yr))(?![\w'’])"
)

#: Before a school year said as a bare ordinal: the child is in it or starts it ("first day of 6th", "in 5th");
#: not a placing ("came 2nd at ... primary").
_YEAR_BEFORE = re.compile(r"(?<![\w'’])(?:of|in|starting|start|starts|into|entering)\s{1,3}$")
#: ... then the school it is at, named with its school-level word ("at <name> middle", "at <name> elementary").
_AT_SCHOOL_AFTER = re.compile(
    r"\s{1,3}at\s{1,3}(?:[a-z.'’]{1,15}\s{1,3}){1,3}(?:middle|elementary|elem|primary|intermediate|junior\s{1,3}high)(?![\w'’])"
)

#: The child in a school year with no unit, then the school year it is ("gonna be in 8th next year", "im in 4th
#: this year"): the child's own grade; a team's place in a table has no "i" before ("we'll be in 2nd next year").
_ME_IN_BEFORE = re.compile(
    rf"(?<![\w'’])(?:i{APOS}?m|im|i\s{{1,3}}am|(?:i{APOS}?ll|ill|i\s{{1,3}}will|ima|imma|gonna)\s{{1,3}}be)\s{{1,3}}in\s{{1,3}}$"
)
_THIS_YEAR_AFTER = re.compile(r"\s{1,3}(?:next|this)\s{1,3}year(?![\w'’])")


def _bare_ordinal(folded: str, num: Num) -> Iterator[tuple[int, int, Kind, float]]:
    """An ordinal with no unit that is an age all the same: a birthday by whose it is and the day
    after ("my 12th tomorrow", "rosies 11th is on saturday"), or a school year compared with the
    grade the post names ("7th grade is harder than 6th"), or before the school it is at ("in 5th at <name>
    elementary"); not "my 10th game", "better than 2nd"."""
    if num.glued or not 1 <= num.value <= 19 or _ANOTHER_UNIT.match(folded, num.end):
        return  # "than first year": the year is read with its unit, by the school-stage rules
    before = folded[max(0, num.start - 24) : num.start]
    if num.value >= 5 and _OWNER_BEFORE.search(before) and _OWNED_DAY_AFTER.match(folded, num.end):
        yield num.start, num.end, Kind.AGE, 0.75
    elif num.value <= 12 and _THAN_BEFORE.search(before) and _GRADE_WORD.search(folded):
        yield num.start, num.end, Kind.AGE, 0.7
    elif num.value <= 9 and _YEAR_BEFORE.search(before) and _AT_SCHOOL_AFTER.match(folded, num.end):
        yield num.start, num.end, Kind.AGE, 0.7  # "first day of 6th at <name> middle": the grade, its school named
    elif num.value <= 12 and _ME_IN_BEFORE.search(before) and _THIS_YEAR_AFTER.match(folded, num.end):
        yield num.start, num.end, Kind.AGE, 0.7  # "gonna be in 8th next year": the child's grade


def _unit_before_age(folded: str, head: re.Match[str], num: Num) -> tuple[int, int, Kind, float] | None:
    """ "grade 5", "year 6", "yr 7", "y7", "primary 5", "in p5", "age 11", "aged 11"."""
    age = Kind.AGE
    value, start, end = num.value, head.start(), num.end
    unit = head.group("unit").rstrip(".")
    if unit in ("y", "p") and head.end("unit") != num.start:
        return None  # "y 7" and "p 5" are not school years; "y7" and "p5" are
    after = folded[end : end + 2]
    before = folded[max(0, start - 16) : start]
    if after[:1] == "s" and unit not in ("age", "aged") and not after[1:].isalnum() and _PLURAL_OWNER.search(before):
        after = after[1:]  # a school's year group: "kingsmead year 8s vs ...", "our y7s"
    if after[:1] in ("+", "-", "/") or after[:1].isalpha():
        return None  # "ages 8+", "age 8-12", "year 6/7", "y7sx"
    if unit in ("grade", "gr"):
        spaced = head.end("unit") != num.start and _GR_BEFORE.search(before)
        if (
            unit == "gr"
            and "." not in head.group("unit")
            and not spaced
            and not re.search(r"(?<![\w'’])in\s{1,3}$", before)
        ):
            return None  # "gr8" is "great"; "the gr 9 camp", "in gr 7" are school years
        if not 1 <= value <= 12 or _NOT_SCHOOL_GRADE.match(folded, end):
            return None
        if _EXAM_BEFORE.search(before):
            return None  # an exam grade: "passed grade 5", "got her grade 3"
        return start, end, age, 0.85
    if unit in ("year", "yr", "y"):
        if not 1 <= value <= 13 or _NOT_YEAR_BEFORE.search(before):
            return None
        if unit == "y" and before.strip() and not _STAGE_BEFORE.search(before):
            return None  # "y6" alone is too often a brand or a code
        if re.match(r"\s{0,3}(?:of|in\s{1,3}a\s{1,3}row)\b", folded[end : end + 16]):
            return None  # "year 6 of the war"
        return start, end, age, 0.8 if unit != "y" else 0.7
    if unit in ("primary", "p"):
        if 1 <= value <= 7 and (unit == "primary" or _STAGE_BEFORE.search(before) or _P_YEAR_AFTER.match(folded, end)):
            return start, end, age, 0.75
        return None
    if value <= 120 and not _NOT_AGE_BEFORE.search(before):  # age, aged
        return start, end, age, 0.9
    return None


def _cued_age(folded: str, num: Num) -> tuple[int, int, Kind, float] | None:
    """A bare number after a cue: "I'm 11", "she's 9", "turned 12", "I'll be 10"."""
    start, value = num.start, num.value
    unit = _UNIT_LITE.match(folded, num.end)
    end = unit.end() if unit else num.end
    m = _CUE_BEFORE.search(folded, max(0, start - 56), start)
    if not m:
        return None
    kind = m.lastgroup
    # "I'm 5 minutes away", "I'm 100% sure"; after "turning" any word may follow ("turning 12 party")
    turning = _TURNING.search(folded, max(0, start - 12), start) is not None
    if not _FOLLOW.match(folded, end) and (not turning or _NOT_TURNING.match(folded, end)):
        return None
    if kind == "first" and m.group("first") == "am":
        head = folded[max(0, m.start() - 16) : m.start()].rstrip()
        if (m.start() > 16 and not head) or (head and head[-1] not in ".!?\n"):
            return None  # "am" only opens a sentence ("am 11 lol")
    if kind == "third" and m.group("third").startswith("it"):
        return None  # "it's 11" is a time or a count
    if kind in ("first", "third") and _CLAIMED.search(folded, max(0, m.start() - 24), m.start()):
        return None  # "stop saying im twelve"
    strong = kind in ("turn", "ageof") or bool(unit and "old" in unit.group())
    if not strong and (not 1 <= value <= 19 or folded[start:end] == "one"):
        return None  # a bare "is 40" is a score more often than an age
    if kind in ("third", "turn", "ageof", "pair") and _about_thing(folded, m.start(), end):
        return None  # "my cat turned 3"
    return start, end, Kind.AGE, 0.85 if kind in ("first", "turn", "ageof") else 0.75
