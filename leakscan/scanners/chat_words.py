"""The chat vocabulary the conversation scanners share (:mod:`.asks`, :mod:`.off_platform`), and
the words :mod:`leakscan.conversation` reads in a child's pieces (filler, refusals, the words
that open a detail, spelled-out symbols, what makes an answer whole).

Chat is written in many spellings ("where do u live", "wher r yu from", "whats ur snap"): the
pieces here are regular-expression alternations for those spellings, and :func:`pattern`
builds a bounded expression from a template that names them in angle brackets
(``"<where> <do> <you> live"``). A space in a template stands for one to three blanks (or a
comma), so every expression runs in linear time.

:func:`clauses` cuts a message into the clauses the trained model reads, so a finding the
model makes spans one clause, not the whole message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from .. import lexicon
from ..findings import Kind
from .birthdays import MONTH
from .case_free import case_free

_A = "['’ʼ`]"

#: Named pieces a template can use as ``<name>``.
PIECES: dict[str, str] = {
    "you": r"(?:you|u|ya|yu|yuo|yoi|chu|youu|uu|ye)",
    "your": rf"(?:your|ur|yr|yor|yur|youre|you{_A}re|ure|yo)",
    "are": r"(?:are|r|re)",
    "do": r"(?:do|d|does|did)",
    "is": rf"(?:is|s|{_A}s)",
    "where": rf"(?:where|wher|whr|were|wer|whre|wear|where{_A}?s|wheres|whereabouts)",
    "what": rf"(?:what|wat|wot|wut|wht|whta|wha|what{_A}?s|wats|wuts|wots|whats|wat{_A}s|wut{_A}s)",
    "which": r"(?:which|wich|witch|whitch|what|wat|wot|wut)",
    "when": r"(?:when|wen|whn|wn)",
    "whats": rf"(?:(?:what|wat|wot|wut|wht|whta){_A}?s|wuts|(?:what|wat|wut|wot)\s{{1,3}}is)",
    # (Irish and British "giz", "gizza", "gissa": give us)
    "give": r"(?:give|gimme|giv|giz|gizza|gissa|send|share|tell|drop|pass|dm|text|message|msg|post)",
    "me": r"(?:me|us|meh|mi)",
    # Asking for a detail as if a form needed it: "to claim it i need ur full name", "reply with ur dob".
    "want": r"(?:i\s{1,3}need|need|i\s{1,3}want|want|reply\s{1,3}with|type|enter|confirm|verify|fill\s{1,3}in|write)",
    "can": rf"(?:can|could|cud|may|cn|can{_A}?t)",
    "parent": r"(?:parents?|mum|mom|mummy|mommy|mam|ma|dad|daddy|folks|step\s?(?:mum|mom|dad)|mother|father"
    r"|grown\s?-?ups?|adults?|nan|nana|gran|granny|grandma|grandpa|carer|guardian|sister|brother|sis|bro"
    # slang for parents: "ur olds", "ur rents"; Irish "ur da", "ur mammy"; "ur papa", "ur mama"
    r"|olds|rents|parentals|da|mammy|papa|mama"
    # Irish: "ur oul lad", "ur auld fella", "ur oul wan"
    r"|(?:oul|ould|auld) (?:lad|fella|fellow|wan|one)|old (?:lad|fella))",
    # Apps and services outside the game or site the chat is on (consoles' networks are left out:
    # "add me on xbox" is how friends who play together talk).
    "app": r"(?:snap\s?chat|snap|sc|insta(?:gram)?|ig|tik\s?tok|tt|discord|dc|whats\s?app|wa|kik|telegram|tg"
    r"|signal|skype|zoom|messenger|facebook|fb|we\s?chat|viber|imessage|i\s?message|omegle|twitter|reddit"
    r"|line app|google\s?chat|hangouts|threads|bereal|be\s?real|wink|yubo|hoop|monkey|ome\s?tv|ms\s?teams"
    # ... or named by a hint: "the app with the yellow ghost", "the purple app"
    r"|(?:the\s|that\s)?app\s(?:with|w)\s(?:the\s|a\s)?(?:(?:yellow|white|blue|green|purple|pink|black|little|lil)\s)?"
    r"(?:ghost|bird|camera|controller|phone|paper\s?plane|plane|music\s?note)"
    r"|(?:the\s|that\s)(?:(?:yellow|white|blue|green|purple|pink|black|little|lil|ghost|bird|camera)\s){1,2}app)",
    # Private channels: direct messages, a phone, e-mail.
    "private": r"(?:dms?|pms?|private\s?(?:messages?|msgs?|chat|chats)|inbox|text|texts|sms|e-?mail|gmail|phone|cell|mobile"
    r"|face\s?time|video\s?call|vc)",
    "pic": r"(?:pic|pics|picture|pictures|photo|photos|foto|fotos|selfie|selfies|pik|pix|vid|video|image)",
    "now": r"(?:rn|right\s{1,3}now|now|atm|at\s{1,3}the\s{1,3}moment)",
    # "i'll", "ill", "i will", "i can"...: the speaker offering to do something.
    "i_will": rf"i(?:{_A}?ll|[\s,]{{1,3}}(?:will|can|could|wanna|gonna|would|want[\s,]{{1,3}}to|am[\s,]{{1,3}}going[\s,]{{1,3}}to))",
    # Not in the game (within the next 40 characters): "meet me at the shop in game" is play.
    "not_in_game": r"(?![^.!?\n]{0,40}?(?<![\w'’])(?:in|on|at)[\s,]{1,3}(?:the[\s,]{1,3})?(?:game|map|server|roblox|brookhaven"
    r"|bloxburg|minecraft|fortnite|adopt[\s,]me|sims|world|lobby|animal[\s,]crossing|hogwarts)(?![\w]))",
}

_PIECE = re.compile(r"<(\w+)>")


class Phrases:
    """A case-insensitive expression made from templates (:func:`pattern`), compiled on first use:
    the rules are long alternations, and a process that never reads a chat never pays for them.

    Most chat text is lower-case ASCII (and the scanners read it folded, :attr:`TextContext.folded`):
    there the expression runs compiled without ``IGNORECASE`` (:attr:`lower_case`), ~2.5x faster on
    the long rules (Python's matcher folds the case of every character it compares), with the same
    matches (:func:`case_free`); any other text runs through :attr:`compiled`."""

    def __init__(self, source: str) -> None:
        self.source = source
        ALL_PHRASES.append(self)

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        """The expression, compiled once, on first use."""
        return re.compile(self.source, re.IGNORECASE)

    @cached_property
    def lower_case(self) -> re.Pattern[str] | None:
        """The expression compiled case-sensitively, for text without an upper-case letter (ASCII);
        None when that could match otherwise than :attr:`compiled` there."""
        return case_free(self.source)

    def _for(self, text: str) -> re.Pattern[str]:
        if text.isascii() and text.lower() == text:  # (no A-Z: ASCII lower-case or no letters)
            return self.lower_case or self.compiled
        return self.compiled

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match in ``text``, as :meth:`re.Pattern.finditer`."""
        return self._for(text).finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text``, as :meth:`re.Pattern.search`."""
        return self._for(text).search(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """A match of the whole of ``text``, as :meth:`re.Pattern.fullmatch`."""
        return self._for(text).fullmatch(text)


#: Every :class:`Phrases` made (module constants, kept for the process's life): the service
#: compiles them all before it takes requests (:func:`compile_all`).
ALL_PHRASES: list[Phrases] = []


def compile_all() -> None:
    """Compile every expression of :data:`ALL_PHRASES` now rather than in a chat's first checks."""
    for phrases in ALL_PHRASES:
        _ = phrases.compiled, phrases.lower_case


def pattern(*templates: str) -> Phrases:
    """One expression matching any of ``templates`` as whole words (compiled when first used).

    In a template ``<name>`` is a :data:`PIECES` alternation and a space is one to three blanks
    or commas (`` ?``: an optional blank); `` ~ `` is a gap of up to three words ("what ~ school"
    matches "what primary school" and "what school").
    """
    alts = []
    for t in templates:
        body = _PIECE.sub(lambda m: PIECES[m.group(1)], t)
        body = body.replace(" ~ ", r"(?:[\s,]{1,3}[\w'’-]{1,20}){0,3}[\s,]{1,3}")
        body = body.replace(" ?", r"\s?").replace(" ", r"[\s,]{1,3}")
        alts.append(body)
    return Phrases(rf"(?<![\w'’])(?:{'|'.join(alts)})(?![\w])")


def alone(words: str) -> str:
    """The detail's word asked on its own, the whole message: "city?", "addy?", "month?", or
    asked on after an answer begun: "and the suburb?", "and postcode", "and zip + city?", "and the
    eircode? the courier needs it"."""
    return (
        rf"\A\W{{0,3}}(?:(?:nice|cool|ok|okay|k|ah|oh|lol|sweet|great|perfect|thx|thanks|good|right|alright|fine|ty|kk)"
        rf"[\s,!.]{{1,3}}){{0,2}}"
        rf"(?:(?:<your> |the )?(?:{words})(?=\s{{0,3}}\?)"
        rf"|(?:(?:ok|okay|so|also|now) )?(?:and|n|&)(?: the| <your>)? (?:{words})"
        rf"(?:\s{{0,3}}(?:\+|&|and|n|,)\s{{0,3}}(?:the |<your> )?[\w'’]{{2,15}}(?: [\w'’]{{2,15}})?)?"
        rf"(?=\W{{0,5}}(?:pls|plz|please|also|too)?\W{{0,3}}\Z|\s{{0,3}}[?.!]))"
    )


#: A clause ends at . ! ? ; followed by a blank or the end ("@jake.s" and "3.30" stay whole), or a line break.
_CLAUSE_RE = re.compile(r"(?:[^.!?;\n]|[.!?;](?![.!?;]{0,8}(?:\s|\Z))){1,400}[.!?;]{0,3}")


def clauses(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each clause of ``text`` with a letter in it (cut at . ! ? ; before a blank, and
    at line breaks)."""
    for m in _CLAUSE_RE.finditer(text):
        chunk = m.group()
        if any(c.isalpha() for c in chunk):
            yield m.start(), m.end()


# -- what a conversation reads in a child's pieces (leakscan.conversation) ------------------------

#: Words that say a place comes next, at the end of the sender's earlier message ("i live in",
#: "my suburb is called", "i live in port" ... "macquarie"): only then is the (slower) named-entity model run over the messages
#: joined, for a LOCATION in pieces.
PLACE_CUE = re.compile(
    r"(?<![\w'’])(?:live|living|stay|staying|based|moved|move|grew up|from|near|(?:suburb|town|city|village|area"
    r"|county|hometown|neighbou?rhood)(?: is)?(?: called)?|is called"
    r"|(?:i['’]?m|i am|we['’]?re|we are) (?:in|near|from))(?: in| to| at| from| near)?"  # "im in melbourne" ... "near frankston"
    r"(?:\s{1,3}[\w'’-]{1,20}){0,2}[\s,.:!-]*\Z",  # (the place's first word may come with it: "i live in port")
    re.IGNORECASE,
)

#: Words that say a school comes next, at the end of the sender's earlier message ("my school is
#: called" ... "riverbend academy", "im in year 7 at" ... "hillview high"): a school found after
#: them completes a leak across the messages, though its name alone says it is a school.
SCHOOL_CUE = re.compile(
    r"(?<![\w'’])(?:go to|goes to|going to|attend|attends|(?:school|skool|skl)(?: is| =|:)?(?: called| named)?"
    r"|(?:i['’]?m|i am|im) at|(?:year|yr|grade|class) \d{1,2} (?:at|in))[\s,.:!-]*\Z",
    re.IGNORECASE,
)

#: Words that say a street comes next ("my street is" ... "ferndale road", "we live on" ...):
#: a street found after them is the child's, a leak across the messages.
STREET_CUE = re.compile(
    r"(?<![\w'’])(?:(?:street|road|st|rd|avenue|ave|address|addy|adress)(?: is| =|:)?(?: called| named)?"
    r"|(?:i|we) live (?:on|at)|(?:i['’]?m|im|i am|we['’]?re|were|we are) on)[\s,.:!-]*\Z",
    re.IGNORECASE,
)

#: Words a child says before or instead of the answer ("its shadow", "ya", "hmm"): left out
#: when the answer's pieces are read together.
FILLER = re.compile(
    r"\A(?:(?:it['’]?s|it is|is|ya+|yea+h?|yes|yep|yup|ok+|okay|sure|fine|um+|uh+|hm+|erm|so|and|then|lol|haha"
    # hedges and the little words before a place or a day ("close! sunderland", "its on ash grove",
    # "in march", "q2 is elm grove": a quiz's numbered answer)
    r"|close|nearly|almost|not quite|kinda|sorta|well|actually|basically|technically|on|in|near|q\d{1,2}(?: is|:)?"
    r"|aw+|omg|wow|oh+|o+h|ooh+|hehe|lmao|bruh"  # interjections: "aww u dont have to" names no place
    r"|k+|kk|wait|w8|hold on|(?:one|1) sec|sec"  # a moment asked for before the answer
    r"|no(?:pe)?,|nah,"  # a guess corrected: "nope, cork"
    # a guess corrected, or the child's own given after someone's: "no its the 14th", "no im october",
    # "mines in august", "me too in may"
    r"|(?:no|nope|nah)(?= (?:it|i['’]?m\b))|i['’]?m(?= (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}(?![\w]))"
    r"|mine(?:['’]?s| is)?|me too"
    r"|(?:i was |i got )?born(?: in| on)?|i turn(?:ed)? \d{1,2} on|(?:i|we) live (?:at|on|in)"
    r"|(?:(?:it[\'’]?s |a |the )?(?:(?:small|little|big|tiny) )?(?:town|village|suburb|city|place|area) )?(?:called|named)"
    r"|add me(?: on [\w'’]{1,12})?(?: its| it['’]s| as|:)"
    r"|e-?mail(?: id| address)?(?:,? is|:)"  # the e-mail said without "my": "email is kgosi.plays"
    r"|(?:add my|follow my|my|add me|follow me)(?: on)?(?: [\w'’]{1,12})? (?:snap|snapchat|insta|ig|discord|tiktok|tt|user|username"
    r"|roblox|minecraft|fortnite|xbox|psn|steam|epic|twitch|youtube|yt"
    r"|user name|usr|ign|gamertag|gamer tag|name|tag|@|handle|acc|account|e-?mail|gmail|hotmail|outlook|yahoo|icloud"
    r"|number|bday|birthday|address|addy|street|road"
    r"|adress|house)(?: name| id)?"
    r"(?:,? is|,? its|,? it['’]s| =|:| is like)?)"
    r"(?![\w'’])[\s,.:!-]*)+",
    re.IGNORECASE,
)
#: A reply that refuses or dodges: it answers nothing ("dont have one", "not telling", "why").
REFUSAL = re.compile(
    # ("nope, cork" corrects a guess: the word after the comma is the answer)
    # ("no wait its 11 at the end" puts the answer right: not a refusal)
    r"\W{0,3}(?:(?:no|nope|nah)(?!,\s{0,2}[\w'’-]{2,20}\W{0,3}\Z|[\s,]{1,3}(?:wait|sorry|oops|actually)(?![\w'’]))|not|(?:i['’]?m|i am|we['’]?re|we are) not|dont|don['’]t|i dont|i don['’]t|never|none|why|idk|dunno|i cant|i can['’]t|cant"
    r"|can['’]t|lol no|haha no|wont|won['’]t|mind ur|mind your"
    # Hinglish and Afrikaans: "pata nahi" (don't know), "mera insta nahi hai" (I have no insta), "nee"
    r"|(?:[\w'’]{1,12}\s{1,3}){0,3}(?:nahi|nahin|nai|nhi)|nee)(?![\w'’])",
    re.IGNORECASE,
)
#: A piece of a handle spelled over messages: one or two short words ("shadow", "fox 4412").
HANDLE_PIECE = re.compile(r"[\w.#@-]{1,20}(?: [\w.#@-]{1,20})?")
#: Words around a handle's piece that are no part of it: how to put it together ("then", "oh add",
#: "no space then 309", ".edits.x after niamh", "_09 with the underscore", "no wait its 11 at the end").
HANDLE_LEAD = re.compile(
    r"(?:(?:then|and|n|oh|add|plus|no space|no spaces|no wait|no|nah|the numbers|numbers|with|wait|sorry|oops|its|it['’]s"
    # which one of the same name, or how it starts: "the one with _22 at the end", "starts with lunar"
    r"|the one (?:with|w|that has|that ends in|ending in)|(?:it )?(?:starts|begins|ends) (?:with|in)|starting with"
    r"|ending (?:with|in))[\s,]{1,3})+",
    re.IGNORECASE,
)
HANDLE_TAIL = re.compile(
    # ("_0733 with an underscore before the numbers": where the joiner goes)
    r"(?:[\s,]{1,3}(?:(?:at|on) the (?:end|start|front|back)|after [\w.@]{1,20}|before (?:the )?[\w.@]{1,20}"
    r"|with (?:the |an? )?(?:underscore|dot|dash|space)|no (?:numbers|space|spaces|caps)"
    # a letter put right after the piece: "_2011 but the s is a z ok", "tho the o is a zero"
    r"|(?:but|tho|though|and) (?:the )?[a-z0-9] (?:is|=|should be|is actually) (?:a |an )?(?:[a-z0-9]|zero|one)(?: (?:lol|haha|lmao))?"
    r"))+\W{0,3}\Z",
    re.IGNORECASE,
)


#: A sender's own words that say a handle comes next ("my user is", "my gamertag is", "add me its"),
#: at the end of one of their messages: the next pieces are read as the answer to a question for it.
OPENERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "handle",
        re.compile(
            r"(?:\bmy|\badd me|\bfollow me)(?: on)?(?: [\w'’]{1,12})? (?:user|username|user name|usr|ign|gamertag|gamer tag"
            r"|tag|@|handle|acc|account|snap|snapchat|insta|ig|discord|tiktok|tt|kik|telegram"
            r"|roblox|minecraft|fortnite|xbox|psn|steam|epic|twitch|youtube|yt)(?: name| id)?"
            r"(?: is| its| it['’]s| =|:| is like)?(?: [\w#.@-]{1,20})?\W{0,3}\Z"
            # "add me its blaze" ... "runner_07": a name given to add, cut in two
            r"|\badd me(?: on [\w'’]{1,12})?,? (?:its|it['’]s|as|:) [\w#.@-]{1,20}\W{0,3}\Z"
            # the child's own account, after someone else's: "follow mine back lol its" ... "koala_" ... "22"
            r"|\b(?:follow|add) mine(?: too| as well| back)?(?: lol| haha| pls| plz)?,? (?:its|it['’]s|is|:)\W{0,3}\Z"
            # Hinglish: "insta pe follow karo mujhe" ... "anshu" ... "_the" ... "_memes"
            r"|\b(?:insta|ig|snap|discord|yt|youtube) (?:pe|par|pr) (?:follow|add) (?:kar|karo|kr|kro|karna)(?: mujhe| me| mereko)?"
            r"\W{0,3}\Z"
            # a name said to be hard to type, the pieces to follow: "my roblox name is hard to spell"
            r"|\bmy (?:[\w'’]{1,12} )?(?:user|username|user name|ign|gamertag|gamer tag|tag|name|handle|@) is (?:so |rly |really |kinda )?"
            r"(?:hard|tricky|weird|long|complicated|annoying) to (?:spell|type|say)\W{0,3}\Z",
            re.IGNORECASE,
        ),
    ),
    (
        "email",
        re.compile(
            # ("my new email is" ... : which of the child's, said before it)
            r"(?:\bmy (?:(?:new|other|school|real|main|personal) )?(?:e-?mail|gmail|hotmail|outlook|yahoo|icloud|email address)"
            r"(?: is)?|\bemail me (?:at|on)"
            # (a name's dots are no sentence's end: "my new email is lily.b.rocket" ... "14@gmail.com")
            r"|\A\W{0,3}e-?mail(?: is|:))\b(?:[^.!?]|\.(?=\w)){0,30}\Z",
            re.I,
        ),
    ),
    # "i was born 2013" ... "june 3", "my bday is" ... "the 14th".
    (
        "birthday",
        re.compile(
            # ("my real bday is on the 14th": the party's day said first)
            r"(?:\bmy (?:(?:actual|real|own|proper|official) )?(?:bday|birthday|b-day|birth day|dob)|\bi was born|\Aborn|\bi turn(?:ed)? \d{1,2} on"
            # one's own birthday coming, opening the message ("omg bday in 3 days", "birthday tmrw!!";
            # not "my sis bday in 2 days")
            r"|\A\W{0,3}(?:(?:omg|yay|ahh+|ok|so|guys|yo|ayy+)\W{1,3})?(?:bday|birthday|b-day)(?:'s| is)?"
            r" (?:in \d{1,2} days|tmrw|tomorrow|this weekend|next week))\b[^.!?]{0,30}\Z",
            re.I,
        ),
    ),
    # "i live at" ... "flat 3, 12 hill road": the address that follows is the child's home.
    (
        "home",
        re.compile(
            r"(?:\b(?:i|we) live (?:at|on|in)|\bmy (?:address|addy|adress|house) is"
            r"|\bmy (?:street|road)(?: is)?(?: called| named)?)\W{0,3}\Z",
            re.I,
        ),
    ),
)


_MONTH = r"(?<![\w])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
#: What makes an answer of these kinds whole on its own (the rest are whole when found): a
#: handle's digit or symbol ("lily" may be the start of "lily_skates09"), a birthday's day and
#: month, or year ("22nd" and "march" are not yet one), a school's kind of school ("greenhill"
#: ... "college").
WHOLE = {
    Kind.HANDLE: re.compile(r"[\d_.#@]"),
    Kind.DATE_OF_BIRTH: re.compile(
        rf"{_MONTH}[^\n]{{0,12}}?\d|\d[^\n]{{0,12}}?{_MONTH}|\d{{1,2}}\s?[/.-]\s?\d{{1,2}}|\d{{4}}", re.I
    ),
    Kind.SCHOOL: re.compile(
        r"(?<![\w])(?:school|skool|primary|elementary|elem|high|middle|secondary|college|academy|intermediate|prep"
        r"|grammar|st|saint|ps|hs|ms|kura|gymnasium|scoil|gaelscoil|gaelcholáiste|coláiste|colaiste|laerskool|hoërskool"
        r"|hoerskool|skool|vidyalaya|vidyalayam)(?![\w])",
        re.I,
    ),
}


#: A phone number written in digits: its trunk "0" or its area code (in brackets, or after a "+"),
#: which say how many digits are still to come.
_NUMBER = re.compile(r"[\d\s()+.-]+")


#: A one-digit area code after the trunk "0", its own group: "01 ..." (Dublin), "09 ..." (Auckland).
_SHORT_AREA = re.compile(r"\s*\(?0\d\)?[\s.-]")


def _whole_number(text: str) -> bool:
    """Whether a phone number written in digits has them all: 10 digits, the count of a mobile's
    almost everywhere ("0412 334" is the start of "0412 334 871", "97312 45" of an Indian
    mobile's ten); a British mobile's ("07700 900" ...) 11; one after a one-digit area code
    ("01 555 0193") 9, a New Zealand mobile's ("021 ...") 8. A local number without its area
    code ("555 0162") is not whole: children give the code after it when asked ("whats the area code")."""
    if not _NUMBER.fullmatch(text):
        return True  # spelled out in words: read as given
    digits = re.sub(r"\D", "", text)
    if re.match(r"\s*07\d{3}(?!\d)", text):
        return len(digits) >= 11
    if _SHORT_AREA.match(text):
        return len(digits) >= 9
    if digits.startswith("02"):
        return len(digits) >= 8  # a New Zealand mobile's may be 8 ("021 38 61 7")
    return len(digits) >= 10


def whole(kind: Kind, text: str) -> bool:
    """Whether an answer of ``kind`` reading ``text`` is a whole one (:data:`WHOLE`); a place
    is one unless it is a country or a part of the world ("england", "europe": too coarse to
    find a child by, the lexicon's ``countries``); a phone number once all its digits are given
    (:func:`_whole_number`)."""
    if kind is Kind.PHONE:
        return _whole_number(text.strip())
    if kind is Kind.LOCATION:
        words = text.lower().split()
        return " ".join(words[1:] if words[:1] == ["the"] else words) not in lexicon.entries("countries")
    rule = WHOLE.get(kind)
    return rule is None or rule.search(text) is not None


#: Symbols of an e-mail's name spelled out ("liam underscore 2013"), read in an e-mail's pieces.
SPELLED = {"underscore": "_", "dash": "-", "hyphen": "-"}
#: Symbols of a handle spelled out ("megsxo" ... "dot slay", "cian" ... "underscore 2012").
HANDLE_SPELLED = {**SPELLED, "dot": "."}
#: A message that only acknowledges or asks for a moment ("k", "ok", "wait", "1 sec", "ok wait"): no reply yet.
MOMENT = re.compile(r"\W*(?:(?:k+|kk|ok+|okay|wait|w8|hold on|(?:one|1) sec|sec)\W*){1,2}", re.IGNORECASE)


#: A free-mail provider named alone after the name ("emmak11" ... "gmail"), and an "at" already said.
PROVIDER = re.compile(
    r"(?:gmail|googlemail|hotmail|yahoo|ymail|outlook|icloud|live|aol|msn|proton(?: ?mail)?|rediffmail|rediff|bigpond"
    r"|xtra|eircom|btinternet|gmx|zoho|mweb|webmail|telkomsa|optusnet)\b",
    re.I,
)
PROVIDER_LAST = re.compile(PROVIDER.pattern + r"\W*\Z", re.IGNORECASE)
#: What came before the provider is an e-mail's name: one word ("emmak11", not "i use my mums").
EMAIL_LOCAL = re.compile(r"\s*[\w.+-]{2,40}\s*")


#: A short follow-up question, the whole message ("when's yours", "what date", "where abouts?",
#: "which one tho"), or a prompt to go on with an answer begun ("keep going", "and the rest??",
#: "thats it?", a word of it echoed: "noah what"): it asks about what the talk before it was about.
FOLLOW_UP = re.compile(
    r"\W{0,3}(?:(?:yup|yep|ya|yeah|cool|nice|lol|ok|okay|k|and|so|n|what about|how about)[\s,.!]{1,3})*"
    # "when is it" after talk of a birthday; "whats it" after "u have tiktok?" ... "ya new acct"
    r"(?:(?:when|where|wher|what|wat)(?:['’]?s| is)?[\s,]{1,3}(?:it|that)"
    r"|(?:(?:when|what|wat|which|where|wher)(?:['’]?s| is)?[\s,]{1,3})?"
    r"(?:urs|yours|ur one|u|you|the date|date|day|exactly|abouts|one))(?:[\s,]{1,3}(?:tho|though|then|lol|exactly))?"
    # why "which one": there are several of that name ("which one theres like 3", "which one, there r loads")
    r"(?:[\s,.]{1,3}(?:there['’]?s|there (?:are|r)|theres) (?:like |literally )?(?:\d|two|three|four|loads|heaps|lots|a few"
    r"|so many|many))?"
    r"\W{0,5}"
    r"|\W{0,3}(?:and|n|then|next|more|go on|keep going|(?:and )?the rest(?: of it)?|rest|(?:is )?that(?:['’]?s| is)? it"
    r"|thats it|what else|(?:and )?after that|tell me+|try me"
    # a name's next part, there being several of it: "oakwood what, theres like 4 of them" (not "green what lol": puzzled)
    r"|[\w'’]{2,20} (?:what|wat|who)(?:(?:[\s,]{1,3}(?:lol|haha|tho))?[\s,.]{1,3}(?:there['’]?s|there (?:are|r)|theres)"
    r" (?:like |literally )?(?:\d|two|three|four|five|loads|heaps|lots|a few|so many|many)(?: of (?:them|those|em))?)?"
    # a push to tell what was asked: "ya tell na", "pls tell", "come on tell"
    r"|(?:(?:ya|yeah|pls|plz|please|just|come on|cmon|go on|arre|bro)[\s,]{1,3})+tell(?:[\s,]{1,3}(?:na+|me+|pls|plz|already))?"
    # the whole of it, after a piece: "full bata na", "the whole thing", Hindi "pura bolo"
    r"|(?:full|pura|poora|the whole thing|all of it)[\s,]{1,3}(?:bata|batao|bol|bolo|tell|say)(?:[\s,]{1,3}(?:na+|me|pls|plz|yaar"
    r"|bhai))?)\W{0,5}",
    re.IGNORECASE,
)

#: A piece of a date the child gives with a birthday told of: a day ("the 14th"), a year ("born
#: 2013"), a month ("its in may"); the short question after it ("of?", "when tho") is talk, not an
#: ask (four writers of four). Not an age ("turning 12 soon" ... "u?? when" asks the date).
DATE_PIECE = re.compile(rf"(?<![\w'’])(?:\d{{1,2}}(?:st|nd|rd|th)|(?:19|20)\d\d|{MONTH})(?![\w'’])", re.IGNORECASE)
#: A question where something is ("where's the party"), which a date given does not answer.
WHERE = re.compile(r"\W{0,3}(?:\w+\W{1,3})?(?:where|wheres|where['’]s|whereabouts)(?![\w'’])", re.IGNORECASE)
#: A push to go on, the whole message: "go on", "and?", "keep going lol", "ok and then?", "what else".
GO_ON = re.compile(
    r"\W{0,3}(?:(?:ok|okay|k|ya|yeah|yep|haha|lol)[\s,]{1,3}){0,2}"
    r"(?:and|n|and then|then|next|more|go on|keep going|carry on|continue|(?:and )?the rest(?: of it)?|what else"
    r"|\.{2,}|…)(?:[\s,]{1,3}(?:haha|lol|pls|plz|then))?\W{0,5}",
    re.IGNORECASE,
)
#: A question's start: "what city tho" asks, it does not say where the sender lives.
QUESTION = re.compile(r"\W{0,3}(?:what|wat|which|where|wher|how|who|r u|are you|do you|do u)(?![\w'’])", re.IGNORECASE)


def question(text: str) -> bool:
    """Whether ``text`` reads as a question."""
    return "?" in text or bool(QUESTION.match(text))


#: A short question for an account, by the word for it ("gamertag?", "wats ur user on minecraft") or
#: as "whats ur" and its app or game ("whats ur roblox"): the child's replies after it are read for a
#: handle's pieces though the asks count no ask in so few words ("gamertag?" ... "FoxKit" ... "4410").
#: (An app or a game named in any other question asks for no name: "u play free fire a lot?".)
ACCOUNT_WORD = re.compile(r"(?<![\w'’@])(?:gamertag|gamer tag|gt|user(?:name)?|usr|ign|@)(?![\w'’])", re.IGNORECASE)
WHATS_ACCOUNT = re.compile(
    rf"\W{{0,3}}(?:what|wat|wht)(?:s|['’]s|z)?\s{{1,3}}(?:is\s{{1,3}})?{PIECES['your']}\s{{1,3}}"
    rf"(?:{PIECES['app']}|roblox|xbox|psn|fortnite|minecraft|pubg|free ?fire|steam|twitch)(?![\w'’])",
    re.IGNORECASE,
)
#: A yes or a word of chat before a short question: "ya whats ur user", "ok wats ur gamertag".
LEAD_IN = re.compile(
    r"\A\W{0,3}(?:ya|yea|yeah|yes|ye|ok|okay|k|kk|bet|sure|cool|nice|sweet|lol|haha|oh|so|and)[\s,.!]{1,3}", re.I
)
#: A question of more words than these is the asks' to read.
ACCOUNT_ASK_WORDS = 5


def handle_asked(text: str) -> bool:
    """Whether someone else's ``text`` is a short question for an account (:data:`ACCOUNT_WORD`,
    :data:`WHATS_ACCOUNT`)."""
    if len(text.split()) > ACCOUNT_ASK_WORDS:
        return False
    text = LEAD_IN.sub("", text, count=1)  # "ya whats ur user": the question after a yes
    asking = question(text) or WHAT.match(text) is not None
    return WHATS_ACCOUNT.match(text) is not None or (asking and ACCOUNT_WORD.search(text) is not None)


#: A question's opening "what" in its chat spellings, with no mark after it: "wats ur user on minecraft".
WHAT = re.compile(r"\W{0,3}(?:what|wat|wht)(?:s|['’]s|z)?(?![\w'’])", re.IGNORECASE)


__all__ = [
    "DATE_PIECE",
    "EMAIL_LOCAL",
    "FILLER",
    "FOLLOW_UP",
    "GO_ON",
    "HANDLE_LEAD",
    "HANDLE_PIECE",
    "HANDLE_SPELLED",
    "HANDLE_TAIL",
    "MOMENT",
    "OPENERS",
    "PIECES",
    "PLACE_CUE",
    "PROVIDER",
    "PROVIDER_LAST",
    "QUESTION",
    "REFUSAL",
    "SCHOOL_CUE",
    "SPELLED",
    "STREET_CUE",
    "WHERE",
    "WHOLE",
    "Phrases",
    "alone",
    "clauses",
    "handle_asked",
    "pattern",
    "question",
    "whole",
]
