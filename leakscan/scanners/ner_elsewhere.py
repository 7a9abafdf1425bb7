"""Places a post names where the child is not (issue 10, family 9), for
:mod:`leakscan.scanners.ner_public`: a public person's home ("<singer> is from <town>"), a wish
or a dream trip ("i'd love to visit oslo before i die"), a big city judged, visited once long ago, seen
on the news or told of by hearsay, a city's bus or zoo as the topic, a public event at a sight, and
the place words that say the child is there after all ("at", "we live in", "moving to").
"""

from __future__ import annotations

import functools
import re

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import MAJOR, Lexicon
from .base import words
from .ner_places import PLACE_ADJECTIVES
from .ner_post import Post, namelike
from .ner_sides import pastime

#: The child is there: "at bondi beach", "@ tim hortons", "at the eiffel tower".
AT = re.compile(r"(?:\bat|@)\s{1,3}(?:the\s{1,3})?$")
#: Words before a country that say the child lives there ("i live in canada" is still a place).
RESIDENCE = re.compile(
    r"\b(?:live|lives|living|lived|moved|moving|move|stay|staying|im|i'm|i\s{1,3}am|we're|we\s{1,3}are)"
    r"\s{1,3}(?:in|to|from|near)\s{1,3}$"
)
#: A wish to live in a country one day ("i want to move to peru", "dream of living in japan"), or a friend's
#: move away ("my bestie is moving to canada", "my best friend moved to dubai"): no home of the child's.
MOVE_WISH = re.compile(
    r"\b(?:want|wanna|wants|would\s{1,3}love|dream|dreaming)\s{1,3}(?:to\s{1,3}|of\s{1,3})?(?:move|moving|live|living)"
    r"\s{1,3}(?:to|in)\s{1,3}$"
    r"|\b(?:friend|bestie|bff|bf|gf|mate|bestfriend|teacher|coach|neighbou?r)s?\s{1,3}(?:(?:is|are|was|were)\s{1,3})?"
    r"(?:moving|moved|gonna\s{1,3}move|going\s{1,3}to\s{1,3}move)\s{1,3}(?:away\s{1,3})?(?:to|back\s{1,3}to)\s{1,3}$"
)
#: Words before a country that say the child goes or is there ("we're going to japan", "flying to
#: india tmrw", "holiday in spain").
TRAVEL = re.compile(
    r"\b(?:going|go|goin|flying|fly|flew|moving|trip|holiday|holidays|vacation|visiting|visit|back|off|travelling"
    r"|traveling|here|there|arrived|landed)(?:\s{1,3}[a-z'’]{1,12}){0,2}\s{1,3}(?:to|in|from)\s{1,3}$"
)
#: A place word right before a town, maybe with an adjective ("in sunny bournemouth", "moved to
#: leeds"); not "from" ("maui from moana" is a character).
PLACE_BEFORE = re.compile(
    r"\b(?:in|at|to|near|into|round|around|outside|visiting|down|up)\s{1,3}(?:(?:"
    + "|".join(sorted(PLACE_ADJECTIVES))
    + r")\s{1,3})?$"
)
#: The child or the child's people in the words before a place ("we saw olivia rodrigo in melbourne").
FIRST_PERSON = re.compile(r"\b(?:i|im|i'm|we|we're|my|our|me|us)\b")
#: A public person's home ("my fav youtuber lives in", "that rapper is from").
PUBLIC_HOME = re.compile(
    r"\b(?:youtuber|streamer|singer|rapper|footballer|actor|actress|celebrity|tiktoker|influencer|idol|band)s?"
    r"\s{1,3}(?:[a-z']{1,12}\s{1,3}){0,2}(?:lives|lived|living|is\s{1,3}from|comes\s{1,3}from|was\s{1,3}born)"
    r"\s{1,3}(?:in\s{1,3})?$"
)
#: Between a famous name and a place: where the famous one comes from ("<singer> is from", "grew up in").
_HOME_OF = re.compile(
    r"\s{1,3}(?:(?:is|was)\s{1,3}(?:from|born\s{1,3}in|raised\s{1,3}in)|grew\s{1,3}up\s{1,3}in|comes\s{1,3}from)\s{1,3}"
)


def star_home(post: Post, lows: str, start: int, lex: Lexicon) -> bool:
    """A famous name right before "is from" and the place: a full name, or one word that is no given
    name ("chelsea is from leeds" may be a friend)."""
    return any(
        start - 30 <= m[3] < start
        and _HOME_OF.fullmatch(lows, m[3], start)
        and (m[1] - m[0] > 1 or not namelike(post.toks[m[0]][2], lex))
        for m in post.famous
    )


#: After a place, within the sentence: a record the world knows it by ("... used to be the biggest mall
#: in the world", "is like the oldest in the country"): a public fact, not the child's spot.
_RECORD_AFTER = re.compile(
    r"[^.!?\n]{0,30}?\b(?:is|was|used\s{1,3}to\s{1,3}be)\s{1,3}(?:like\s{1,3})?the\s{1,3}"
    r"(?:biggest|largest|oldest|tallest|longest|most\s{1,3}famous)\b[^.!?\n]{0,25}?"
    r"\b(?:in\s{1,3}the\s{1,3}(?:world|country)|on\s{1,3}earth)\b"
)


def world_record(lows: str, end: int) -> bool:
    """A record the world knows the place by follows it (see ``_RECORD_AFTER``)."""
    return _RECORD_AFTER.match(lows, end) is not None


def star_home_before(folded: str, start: int, lex: Lexicon) -> bool:
    """:func:`star_home` on the folded text alone, for a place found after the public filter (a
    city's nickname after "from": "<player> is from <nickname>")."""
    lo = max(0, start - 80)
    toks = wl.text_words(folded[lo:start])
    return any(
        _HOME_OF.fullmatch(folded, lo + m[3], start) and (m[1] - m[0] > 1 or not namelike(toks[m[0]][2], lex))
        for m in wl.find("famous", toks)
    )


#: Before a place that is no place of the child's: a pet or thing named after it ("our goldfish is called
#: denver"), a wish ("wish we could move to fiji", "wish i were near norway this week") or a life
#: only imagined ("imagine living in <city>").
_NOT_LIVED = re.compile(
    r"(?:\b(?:named|called)\s{1,3}"
    r"|\bwish\s{1,3}(?:i|we)\s{1,3}(?:lived|was|were|could\s{1,3}(?:live|go|move)|lived\s{1,3}somewhere)"
    r"\s{1,3}(?:in|to|near)\s{1,3}"
    # a life only imagined ("imagine going to <school abroad> lol")
    r"|\bimagine\s{1,3}(?:living|going|moving|being)\s{1,3}(?:in|to|at)\s{1,3})$"
)
#: After a place: the child would never live or go there, or only imagines living there ("new york
#: is so loud i could never live there"), within the sentence.
_NEVER_THERE = re.compile(
    r"[^.!?\n]{0,40}?\b(?:(?:never|not|wouldn'?t|couldn'?t|can'?t|won'?t)\s{1,3}(?:ever\s{1,3})?"
    r"(?:live|move|go|stay)\s{1,3}(?:back\s{1,3})?"
    # ... or only imagines it ("<city> is freezing, imagine living there")
    r"|imagine\s{1,3}(?:living|being|growing\s{1,3}up)\s{1,3})there\b"
)
#: A dream trip before a place ("i want to go to", "wanna visit", "dream of going to") and a "someday"
#: after it ("one day", "so bad", "before i die"): far away, not where the child is or goes.
_DREAM = re.compile(
    r"\b(?:want|wanna|wana|dream\s{1,3}of|would\s{1,3}love|i'?d\s{1,3}love)\s{1,3}(?:to\s{1,3})?"
    r"(?:go|going|visit|visiting|see|live|move|travel)\s{1,3}(?:to\s{1,3})?(?:the\s{1,3})?$"
)
_SOMEDAY = re.compile(
    r"\W{0,3}\s{0,3}(?:\w+\s{1,3}){0,8}?(?:someday|some\s{1,3}day|one\s{1,3}day|so\s{1,3}bad|before\s{1,3}i\s{1,3}die|bucket\s{1,3}list"
    # a grown-up's future ("wanna move to <place> when im older", "... when i grow up")
    r"|when\s{1,3}(?:i'?m|i\s{1,3}am|im)\s{1,3}(?:older|grown(?:\s{1,3}up)?|an?\s{1,3}adult)|when\s{1,3}i\s{1,3}grow\s{1,3}up)\b"
)
#: Public events held at a sight ("grand final at the mcg", "the concert at wembley"): the words
#: right before "at (the)".
_EVENTS = words("final finals grand game match concert gig tour show parade fireworks derby festival")
_EVENT_AT = re.compile(r"\b([a-z]+)\s{1,3}(?:at|@)\s{1,3}(?:the\s{1,3})?$")
#: Public sights a city has, the city's name before them ("dublin zoo", "sydney aquarium").
_CITY_SIGHTS = words("zoo aquarium museum airport")


def event_at(before: str) -> bool:
    """An event word or a sport right before "at (the)" ("grand final at the", "concert at",
    "the rugby at"): a public fixture at the sight, not the child's own place."""
    m = _EVENT_AT.search(before)
    return m is not None and (m.group(1) in _EVENTS or pastime(m.group(1)))


#: After a place, in its sentence: the child dreams of going ("... i wanna see times square"); a
#: "someday" must follow (:data:`_SOMEDAY`), as for a dream said before the place.
_DREAM_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:i|we)\s{1,3}(?:really\s{1,3}|so\s{1,3})?(?:want|wanna|wana|would\s{1,3}love|'d\s{1,3}love"
    r"|dream\s{1,3}of)\s{1,3}(?:to\s{1,3})?(?:go|going|visit|visiting|see|live|move|travel)\b"
)
#: A big city's public services, named by the city ("dublin bus", "sydney trains"): a topic
#: everyone there shares, not the child's own place unless the child says so.
_CITY_SERVICES = words("bus buses trains metro transit transport tram trams subway underground")
#: The word right after a span (read in place, no copy of the rest of the post).
_NEXT_WORD = re.compile(r"\s{1,3}([a-z]+)\b")
#: After a world city that opens the post: the post judges the city ("is so big", "looks cool in
#: films", "people are so rude"); not its weather or traffic, which the child is out in.
_JUDGED = re.compile(
    r"\s{1,3}(?:(?!(?:weather|traffic|rain|rains|wind|heat|storms?|winters?|summers?)\b)[a-z]{3,12}\s{1,3}){0,2}"
    r"(?:is|are|was|looks|look|seems|has|sounds|sound)\b"
)
#: Anywhere in the post: the child is in the city now, or lives there ("... today", "we", "our").
_THERE_NOW = re.compile(
    # (not a lesson's "we learnt", "they told us": a fact heard in class puts no one there)
    r"\b(?:today|tdy|tonight|rn|now|atm|here|tmrw|tmr|tomorrow|yesterday|home|live|living|lived|our"
    r"|we(?!\s{1,3}(?:learnt|learned|learn|studied|read\s{1,3}about)\b)|(?<!told\s)(?<!taught\s)us"
    r"|this\s{1,3}(?:morning|arvo|afternoon|evening|week|weekend))\b"
)


def _city_judged(post: Post, lows: str, start: int, end: int) -> bool:
    """A city known the world over opens the post and the post judges it, with no word that puts
    the child there now or living there ("dublin is so dear my mam says", "<world city> sounds
    cool"; "sydney is so hot today" and "toronto is our home" stay places). Only a world city: a
    smaller one judged ("<town> is so boring") is most often the child's own."""
    if lows[start:end] not in wl.entries("world_cities") or any(c.isalpha() for c in lows[:start]):
        return False
    return _JUDGED.match(lows, end) is not None and not post.says(_THERE_NOW)


#: Opening the post or a sentence, a thing and "at"/"in"/"on" right before a place ("the pizza at",
#: "the spire in"): the thing is the topic, the place only says where it is.
_THING_AT = re.compile(
    r"(?:^|[.!?]\s{0,3})(?:the\s{1,3})?[a-z]{3,15}(?:\s{1,3}[a-z]{3,15})?\s{1,3}(?:at|in|on)\s{1,3}(?:the\s{1,3})?$"
)
#: Right after the place: the thing is judged ("... is mid", "... are so slimy", "... was scary").
_THING_JUDGED = re.compile(r"\s{1,3}(?:is|are|was|were|r)\s{1,3}[a-z]")


def _thing_judged(post: Post, lows: str, start: int, end: int, lex: Lexicon) -> bool:
    """A thing at a sight, a venue or a big city judged, with no word that puts the child there now
    or living there ("the pizza at <chain> is mid tbh", "the spire in <capital> is just a needle"):
    a review or a fact, not where the child is. Only a world sight, a big city or a famous chain:
    a local venue's or a suburb's thing judged ("the pool at <leisure centre> is so cold", "the
    skatepark in <suburb> is sick") is most often the child's own."""
    # (tried over the 80 characters before the place: its longest match is ~60, and from the post's
    # start each place of a long post would cost the whole post before it)
    if _THING_AT.search(lows, max(0, start - 80), start) is None or _THING_JUDGED.match(lows, end) is None:
        return False
    if post.says(_THERE_NOW):
        return False
    name = lows[start:end]
    return any(name in wl.entries(f) for f in ("famous_places", "famous", "world_cities")) or big_city(name, lex)


#: Right before a place: a school's or a class's trip there ("year 5 camp to", "the school trip to the").
_SCHOOL_TRIP = re.compile(
    r"\b(?:school|class|(?:grade|year|yr|form|std)\s{0,2}\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s{1,3}(?:grade|class))"
    r"\s{1,3}(?:camp|trip|tour|excursion|field\s{1,3}trip)\s{1,3}to\s{1,3}(?:the\s{1,3})?$"
)


def _country(name: str) -> bool:
    return name in wl.entries("countries")


def _coarse(name: str, lex: Lexicon) -> bool:
    """A place known the world over or a big one: a world city, a city of 100,000 or a region, or a
    city's nickname ("the big smoke")."""
    return name in wl.entries("world_cities") or big_city(name, lex) or name in _nicknames()


@functools.cache
def _nicknames() -> frozenset[str]:
    """Cities' nicknames of the ``places`` lists: the ones starting with "the" ("the mother city")."""
    return frozenset(e for e in wl.entries("places") if e.startswith("the "))


#: A comparison right before a place ("way better than", "colder than the"): the place the child's
#: own is likened to, not where the child is.
_THAN = re.compile(
    r"\b(?:better|worse|bigger|smaller|nicer|colder|hotter|cooler|busier|cheaper)\s{1,3}than\s{1,3}(?:the\s{1,3})?$"
)
#: Hearsay, anywhere in the post: the post repeats what is said of a place ("... they say",
#: "apparently", "supposedly", "i heard", "ive heard").
_HEARSAY = re.compile(
    r"\b(?:they\s{1,3}say|people\s{1,3}say|everyone\s{1,3}says|apparently|supposedly|so\s{1,3}i\s{1,3}hear"
    r"|(?:so\s{1,3})?i\s{1,3}heard|i'?ve\s{1,3}heard)\b"
)
#: A trip long ago, said with "once" right after the place ("went to <city> once", "been to <city>
#: once"; not "once a week", a routine).
_ONCE_BEFORE = re.compile(r"\b(?:went|been|was|were|visited|go)\s{1,3}(?:to\s{1,3}|in\s{1,3})?(?:the\s{1,3})?$")
_ONCE_AFTER = re.compile(r"\s{1,3}once\b(?!\s{1,3}(?:a|an|every|more|again|per|or)\b)")


def _once(lows: str, start: int, end: int, before: str, lex: Lexicon) -> bool:
    """A big place visited once, long ago ("went to <city> once and saw the sights"): no place the
    child is now or goes ("i go to <city> once a week" stays)."""
    return (
        _ONCE_BEFORE.search(before) is not None
        and _ONCE_AFTER.match(lows, end) is not None
        and _coarse(lows[start:end], lex)
    )


#: A holiday over, right before and after the place ("went to <city> for spring break", "been to
#: <city> at half term", "visited <city> on holiday").
_GONE_BEFORE = re.compile(r"\b(?:went|been|visited|flew)\s{1,3}(?:to\s{1,3})?(?:the\s{1,3})?$")
_HOLIDAY_AFTER = re.compile(
    r"\s{1,3}(?:for|at|on|over|during)\s{1,3}(?:the\s{1,3}|our\s{1,3}|my\s{1,3})?(?:holidays?|hols|vacation|vacay"
    r"|(?:spring|march|winter|summer|easter|christmas|mid-?term)\s{1,3}(?:break|holidays?|hols)|half\s{1,3}term)\b"
)
#: A holiday told in the past: a past verb, and the holiday or trip it was on.
_TRIP_OVER = re.compile(
    r"\b(?:saw|was|were|went|visited|took|did)\b.*\bon\s{1,3}(?:the\s{1,3}|our\s{1,3}|my\s{1,3})?(?:holidays?|hols|vacation|vacay|trip)\b"
    r"|\bon\s{1,3}(?:the\s{1,3}|our\s{1,3}|my\s{1,3})?(?:holidays?|hols|vacation|vacay|trip)\b.*\b(?:saw|was|were|went|visited|took|did)\b"
)
#: Words that put the child there now or living there, though the trip is told in the past.
_NOW_OR_HOME = re.compile(r"\b(?:today|tonight|rn|now|still|live|lives|living|home|moved|moving)\b")


def _holiday_gone(post: Post, lows: str, start: int, end: int, before: str, lex: Lexicon) -> bool:
    """A big city, a world sight or a country the child went to on a holiday now over ("we went to
    <city> for spring break and ..."): a trip, no place the child is; a local venue or a small town
    so visited ("went to <mall> for the holidays") is most often near home and stays."""
    name = lows[start:end]
    if _GONE_BEFORE.search(before) is None or _HOLIDAY_AFTER.match(lows, end) is None:
        # a world sight and a holiday told in the past anywhere in the post ("did a night drive at <park> on
        # our trip", "on holiday we went up <tower>"): a trip over, no place the child is
        return name in wl.entries("famous_places") and post.says(_TRIP_OVER) and not post.says(_NOW_OR_HOME)
    big = _coarse(name, lex) or _country(name) or name in wl.entries("famous_places")
    return big and not post.says(_NOW_OR_HOME)


def _hearsay(post: Post, lows: str, start: int, end: int, lex: Lexicon) -> bool:
    """A big place or a city's nickname in a post of hearsay, with no word that puts the child or
    the family there ("<region> has the best surf people say", "the final got played in <city>
    supposedly"; "supposedly my family moves to <city> in june" stays)."""
    return (
        post.says(_HEARSAY) and _coarse(lows[start:end], lex) and not post.says(_THERE_NOW) and not post.says(_PRESENT)
    )


#: A screen the post saw the place on ("on the news", "on telly", "in pics", "on youtube").
_SCREEN = re.compile(
    r"\b(?:on|in)\s{1,3}(?:the\s{1,3})?(?:news|tv|telly|pics|photos|pictures|videos?|youtube|documentary)\b"
)
#: A lesson the post learned the place in ("learnt about it in geography", "did it for social
#: studies", "studying them in sst"): a topic of school, no place the child is.
_LESSON = re.compile(
    r"\b(?:learn(?:ed|t|ing)?|studied|studying|study|doing|did)\s{1,3}(?:(?:about\s{1,3})?(?:it|this|that|them)\s{1,3}|about\s{1,3})?"
    r"(?:in|for|during)\s{1,3}(?:history|geography|geo|social\s{1,3}studies|sst|social\s{1,3}science|evs|science|class)\b"
    # ... or "learned it at school", "learnt that in <subject of Ireland, Australia, South Africa>"
    r"|\blearn(?:ed|t)\s{1,3}(?:it|this|that)\s{1,3}(?:at|in)\s{1,3}(?:school|sphe|sese|hass|civics|life\s{1,3}orientation)\b"
)
#: A capital said as a fact ("<city> is the capital not <city>", "the capital of <country> is ..."):
#: a quiz answer, as a lesson's topic.
_CAPITAL = re.compile(
    r"\b(?:is|isnt|isn't|was|not)\s{1,3}(?:the\s{1,3})?capital\b"
    r"|\bcapital\s{1,3}(?:city\s{1,3})?(?:of\s{1,3}[a-z]+(?:\s{1,3}[a-z]+)?\s{1,3})?(?:is|isnt|isn't)\b"
)
#: Right before a place: where a film, show or song was made or is set ("that film's battle scenes
#: were shot in <town>", "the book is set in <city>"): a story's place, no child's (a first person before it,
#: "we filmed our video in <town>", keeps the place).
_FILMED = re.compile(r"\b(?:filmed|film|films|shot|set|recorded)\s{1,3}(?:in|at)\s{1,3}(?:the\s{1,3})?$")
#: After a world city: a dish named for it ("<city> style hot dogs", "<city> bagels"): the dish,
#: no place the child is. A smaller place's dish is most often eaten there, and a disaster named
#: by a city may be the child's own school drill: both stay.
_NAMED_FOR = re.compile(
    r"[\s-]{1,3}(?:style(?![\w'’])|(?:style\s{1,3})?(?:deep\s{1,3}dish|pizza|bagels?|cheesesteaks?|hot\s{1,3}dogs?|bunny\s{1,3}chow)\b)"  # "<city> style": a dish's way
)
#: Before a place: a dish and "from" ("a biryani from <city> hits different"): the dish's home.
_DISH_FROM = re.compile(
    r"\b(?:pizza|bagels?|cheesesteaks?|hot\s{1,3}dogs?|bunny\s{1,3}chow|biryani|curry|pies?)\s{1,3}from\s{1,3}$"
)
#: Right before a place: an apology to it ("<my town> beats <city> any day, sorry <city>", "<album> is
#: mid sorry <city>"): the city spoken to as a whole, no place the child is.
_SORRY = re.compile(r"\bsorry\s{1,3}$")
#: Right before a place: "is" ("<city> is the big smoke"): what a city is called, not where anyone goes.
_IS_BEFORE = re.compile(r"\b(?:is|was|aka)\s{1,3}$")
#: The child's or a friend's home named with the lesson ("my cousin is from there", "we moved there").
_LIVED = re.compile(r"\b(?:from|born|live|lives|lived|living|moved|moving|grew\s{1,3}up)\b")
#: The child there: "we went", "i'm in", "we r at", "our trip".
_PRESENT = re.compile(
    r"\b(?:we|i|im|i'm|me|us|our|my)\s{1,3}(?:went|go|going|are|were|r|was|am|live|lived|living|at|in|been|visited|visiting"
    r"|trip|holiday|family|house|home|school|town|city)\b"
)
#: After a place: likened to something ("looks like", "is basically", "reminds me of"), maybe after
#: the kind of place it is ("uni", "library").
_LIKENED = re.compile(
    r"(?:\s{1,3}(?:uni|university|college|castle|library|school|hall))?\s{1,3}"
    r"(?:looks?\s{1,3}(?:like|exactly\s{1,3}like)|is\s{1,3}(?:basically|literally)|reminds\s{1,3}me\s{1,3}of)"
    r"\s{1,3}(?:something\s{1,3}(?:out\s{1,3})?(?:of|from)\s{1,3})?(?:the\s{1,3}|a\s{1,3})?"
)


def _like_fiction(post: Post, lows: str, end: int) -> bool:
    """The place is likened to a famous story's ("that uni is basically hogwarts", "the old hall
    is literally something from harry potter"): a picture, no place of the child's."""
    m = _LIKENED.match(lows, end)
    return m is not None and m.end() in post.famous_starts


def storybook(text: str, start: int, end: int) -> bool:
    """A name opening the post, then likened to a famous story's ("<old college> looks like
    hogwarts"): a sight everyone knows, no school of the child's ("my school looks like ..." has
    words before the name, which stays)."""
    lows = text.lower()
    if any(c.isalpha() for c in lows[:start]):
        return False
    m = _LIKENED.match(lows, end)
    return m is not None and any(s == m.end() for _i, _j, s, _e in wl.find("famous", wl.text_words(text)))


def _on_screen(post: Post) -> bool:
    """The post tells of something seen on a screen, and the child is not there ("chennai rains
    on the news look scary"; "we were in cairns, saw it on the news" stays)."""
    return post.says(_SCREEN) and not post.says(_PRESENT)


def _dream_after(lows: str, end: int) -> bool:
    """A dream trip after the place, then a "someday" ("paris looks amazing i want to go one day")."""
    m = _DREAM_AFTER.match(lows, end)
    return m is not None and _SOMEDAY.match(lows, m.end()) is not None


def _city_service(post: Post, lows: str, start: int, end: int, before: str, lex: Lexicon) -> bool:
    """A big city's bus or trains as the topic, no first person before ("dublin bus never comes on
    time"; "i get dublin bus to school" and "on the bus in dublin" stay)."""
    nxt = _NEXT_WORD.match(lows, end)
    if nxt is None or nxt.group(1) not in _CITY_SERVICES or not big_city(lows[start:end], lex):
        return False
    return FIRST_PERSON.search(before) is None and PLACE_BEFORE.search(before) is None


def city_sight(post: Post, start: int, end: int, before: str, lex: Lexicon) -> bool:
    """A big city's zoo, aquarium, museum or airport named as the topic, the child not at or going
    to it ("madrid aquarium got two new sharks"; "at madrid aquarium", "heading to berlin zoo" stay)."""
    toks = post.words_in(start, end)
    if len(toks) < 2 or toks[-1][2] not in _CITY_SIGHTS or not big_city(" ".join(t[2] for t in toks[:-1]), lex):
        return False
    return PLACE_BEFORE.search(before) is None and TRAVEL.search(before) is None and AT.search(before) is None


def big_city(name: str, lex: Lexicon) -> bool:
    """A city of 100,000 people or more (the names lexicon's "major" places)."""
    info = lex.words.get(wl.norm(name))
    if info is None:
        info = next((p[1:] for p in lex.phrases.get(wl.norm(name).split(" ")[0], ()) if p[0] == wl.norm(name)), None)
    return info is not None and bool(info[0] & MAJOR)


def town_here(text: str, start: int, end: int, before: str, kind: Kind, lex: Lexicon) -> bool:
    """A town or place of the lists after a place word is the town, not its football side or a
    show of its name ("holidays in sunny bournemouth", "moving to letterkenny"; "bournemouth won"
    stays quiet); so is a big city after a place word or
    "from" ("aisha from kano", not the game's fighter of that name). A fan's "up <side>!" is no
    place word ("up munster!!!")."""
    name = wl.norm(text[start:end])
    place_word = PLACE_BEFORE.search(before) is not None and not _cheer_up(text, start, end)
    if place_word and (name in wl.entries("towns") or name in wl.entries("places")):  # "moving to letterkenny"
        return True
    # "fremantle markets with nan", the market read alone or with its town: an outing, no side's game
    market = _MARKET_END.search(name)
    if (name in wl.entries("towns") and _MARKET_AFTER.match(text, end)) or (
        market is not None and name[: market.start()] in wl.entries("towns")
    ):
        return True
    near = place_word or before.endswith("from ")
    if near and name in wl.entries("towns"):  # "im chloe from brookhaven": the town, not the game
        return True
    return kind is Kind.LOCATION and near and big_city(name, lex)


#: A market word right after a town, or ending the span read.
_MARKET_AFTER = re.compile(r"\s{1,3}(?:markets?|bazaa?r)(?![\w'’])", re.IGNORECASE)
_MARKET_END = re.compile(r" (?:markets?|bazaa?r)$")


#: "up (the)" opening the post or a sentence, and after the side no word: a fan's cheer.
_UP_BEFORE = re.compile(r"(?:^|[.!?\n])\s{0,3}up\s{1,3}(?:the\s{1,3})?$")
_NO_WORD_AFTER = re.compile(r"\s{0,3}(?:[^\w\s]|$)")


def _cheer_up(text: str, start: int, end: int) -> bool:
    """A fan's cheer "up <side>" with nothing said after it but marks ("up munster!!!", "up the
    déise 💙"); "up leeds to see nan" is a trip."""
    window = text[max(0, start - 16) : start].lower()  # the longest cheer before a side is ~14 characters
    return _UP_BEFORE.search(window) is not None and _NO_WORD_AFTER.match(text, end) is not None


def not_here(post: Post, lows: str, start: int, end: int, before: str, lex: Lexicon, *, personal: bool) -> bool:
    """A place (a LOCATION span) the post names where the child is not: a place the child would
    never live in, a wish or a dream trip, a big city judged, visited once long ago, compared, told
    of by hearsay or seen on a screen, a city's public service as the topic, a place likened to a
    story's. ``personal``: a personal cue stands right before the place ("my nan in <city>")."""
    if _NEVER_THERE.match(lows, end):
        return True  # "chicago winters are brutal, wouldnt ever move there", "... imagine living there"
    if not personal and _city_judged(post, lows, start, end):
        return True  # "<big city> is so expensive", "... looks cool in films": the city as a topic
    if not personal and _thing_judged(post, lows, start, end, lex):
        return True  # "the koalas at <zoo> are so cute": a thing at a public place judged, no visit now
    if not personal and _once(lows, start, end, before, lex):
        return True  # "went to <big city> once and saw ...": a trip long ago, no place the child is
    if not personal and _holiday_gone(post, lows, start, end, before, lex):
        return True  # "went to <big city> for spring break and ...": a holiday over, no place the child is
    if not personal and _THAN.search(before):
        return True  # "<my city> is way better than <other city> fight me": the other place, not the child's
    if not personal and _hearsay(post, lows, start, end, lex):
        return True  # "<region> has the best surf people say", "the final got played in <city> supposedly"
    if _NOT_LIVED.search(before):
        return True  # "our goldfish is called denver", "wish we could move to fiji": no place the child is
    if _DREAM.search(before) and _SOMEDAY.search(lows, end, min(len(lows), end + 40)):
        return True  # "i'd love to visit oslo before i die", "dream of going to lima some day": a dream, no trip
    if _dream_after(lows, end) and not (RESIDENCE.search(before) or AT.search(before)):
        return True  # "rome looks unreal, wanna see the colosseum someday": a dream, no trip
    if _city_service(post, lows, start, end, before, lex):
        return True  # "the london tube is always late": a big city's public service as the topic
    if not personal and _like_fiction(post, lows, end):
        return True  # "<old university> looks like hogwarts": a place likened to a story's
    if (
        not personal
        and (post.says(_LESSON) or post.says(_CAPITAL))
        and not post.says(_PRESENT)
        and not post.says(_LIVED)
    ):
        return True  # "<river> runs through <region>, learnt it in geo", "<city> is the capital": a lesson's topic
    if (
        not personal
        and (_NAMED_FOR.match(lows, end) or _DISH_FROM.search(before))
        and lows[start:end] in wl.entries("world_cities")
        and not FIRST_PERSON.search(before)
        and not (AT.search(before) or PLACE_BEFORE.search(before) or RESIDENCE.search(before))
    ):
        return True  # "<world city> pizza slaps", "a curry from <world city>": a dish
    if not personal and _FILMED.search(before) and not FIRST_PERSON.search(before):
        return True  # "the battle scenes were shot in <town>": a story's place
    if not personal and _SORRY.search(before) and lows[start:end] in wl.entries("world_cities"):
        return True  # "<rival city> is better sorry <city>": a world city spoken to, no place the child is
    if _IS_BEFORE.search(before) and lows[start:end] in _nicknames():
        return True  # "<city> is the mother city": a city's nickname said as a fact, not a trip there
    if not personal and _SCHOOL_TRIP.search(before) and (_coarse(lows[start:end], lex) or _country(lows[start:end])):
        return True  # "year 5 camp to <capital>", "the school trip to <country>": a class's trip, no home
    # "floods in <city> on the news", "<town> looks so pretty in pics": seen on a screen
    return not personal and _on_screen(post)
