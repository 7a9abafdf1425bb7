"""Printed lessons and notices whose names are everyone's (rules :func:`.screen_public.public_print`
asks last): a work's title or a monarch in a worksheet's question, a word problem's characters,
and the features a park's notice board lists.

Each rule needs the picture to say what it is (three numbered questions or more, a park's rules)
and the name to sit where no child's does (inside a title's quotes, before a king's numeral): a
child's answer on the same worksheet stays reported.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..findings import Kind

#: A numbered question heading its line ("11. ", "3) ").
QUESTION = re.compile(r"(?m)^[ \t]{0,3}\d{1,2}[.)][ \t]")
#: A question's number on its line, at its start or after a word ("date: 1. ").
_ASKED = re.compile(r"(?:^|(?<=[ \t]))\d{1,2}[.)][ \t]", re.MULTILINE)
#: Numbered questions a worksheet or a quiz has at least.
_QUESTIONS = 3


def worksheet(typed: str) -> bool:
    """Whether the picture is a worksheet or a quiz: three numbered questions or more."""
    return len(QUESTION.findall(typed)) >= _QUESTIONS


#: The quotes a title is printed between.
_QUOTES = '"“”„«»'
#: A king's or a queen's numeral right after the name ("henry viii", OCR's "henry viil"); a lone
#: "i" only after a ruler's title ("queen elizabeth i"), never a child's "mia i".
_ROMAN = r"(?:i{2,3}|iv|v[il]{0,3}|ix|x[il]{0,3}|i)"
_NUMERAL = re.compile(rf"[ \t]{_ROMAN}\b")
_ENDS_NUMERAL = re.compile(rf"[ \t]{_ROMAN}$")
_TITLE = re.compile(r"\b(?:king|queen|emperor|empress|pope|tsar|prince|princess)[ \t]{1,2}$")


def quiz_title_name(typed: str, start: int, end: int) -> bool:
    """A name in a worksheet's question (three numbered questions or more, this one asking:
    "4. who wrote "the fox and the hen"?") inside the title's quotes, or a monarch's with a
    numeral ("7. how many wives did henry viii have?"): a story's character or history's king,
    not a child (a name after the question, the child's answer, stays reported)."""
    line_start = typed.rfind("\n", 0, start) + 1
    line_end = len(typed) if (n := typed.find("\n", end)) < 0 else n
    # the question's number opens its line, or follows the sheet's heading the OCR ran into it
    # ("quiz name: class: 1. who wrote ...")
    asked = [m.end() for m in _ASKED.finditer(typed, line_start, start)]
    if not asked or not worksheet(typed):
        return False
    # the name is asked about, not answered: the question's mark comes after it
    before, after = typed[asked[-1] : start], typed[end:line_end]
    if "?" in before or "?" not in after:
        return False
    quoted = sum(before.count(q) for q in _QUOTES) % 2 == 1 and any(q in after for q in _QUOTES)
    # the numeral after the name, or the model's name taking it in ("henry vii")
    numeral = _NUMERAL.match(typed, end) or _ENDS_NUMERAL.search(typed, start, end)
    king = numeral is not None and (numeral.group().strip() != "i" or _TITLE.search(before) is not None)
    return quoted or king


#: A sum's question ("how many apples ...", "how much money ...") and a quantity in it ("38").
_HOW_MANY = re.compile(r"\bhow[ \t](?:many|much)\b")
_QUANTITY = re.compile(r"(?<![\d.])\d{1,5}(?![\d.)])")


def word_problem(typed: str, start: int, end: int) -> bool:
    """A name in a worksheet's word problem (three numbered questions or more, this one a sum
    with its quantities: "3. <name> has 12 marbles and finds 4 more. how many does <name> have
    now?"): the problem's character, not a child (a name after the question's mark, the child's
    answer, stays reported, as does the sheet's "name:" line, which is no numbered question)."""
    line_start = typed.rfind("\n", 0, start) + 1
    line_end = len(typed) if (n := typed.find("\n", end)) < 0 else n
    asked = [m.end() for m in _ASKED.finditer(typed, line_start, start)]
    if not asked or not worksheet(typed):
        return False
    question = typed[asked[-1] : line_end]
    return (
        "?" in typed[end:line_end] and _HOW_MANY.search(question) is not None and _QUANTITY.search(question) is not None
    )


#: A park's rules on its notice board ("keep dogs on a lead", "gates close at dusk"): two make a
#: park's notice; a school's sign has its own rules ("no dogs on school grounds").
_PARK_RULES = re.compile(
    r"\b(?:dogs (?:on|must be kept on) (?:a|the) (?:lead|leash)|gates? (?:close|closes|lock|locks) at (?:dusk|sunset)"
    r"|no ball games|please take (?:your )?litter home|no cycling|no fires|no barbecues)\b"
)


def park_notice(typed: str, start: int, end: int) -> bool:
    """A name on a park's notice board (two park rules or more: "keep dogs on a lead", "gates
    close at dusk"): the park and the features it lists ("rose garden", "lake") are everyone's,
    no child's."""
    return len({m.group() for m in _PARK_RULES.finditer(typed)}) >= 2


#: A box office selling tickets at a site ("tickets at showbox.com", "tickets from kelsohall.org"): a
#: tour's or a gig's poster (:mod:`.screen_public_exhibits` reads it too).
TICKETS_SOLD = re.compile(
    r"\btickets?[ \t](?:at|from|on|via)[ \t][a-z0-9][a-z0-9-]{1,40}\.(?:com|net|org|co|io|live)\b"
)
#: A month's name, short or whole, as posters and tickets print it ("oct", "sept", "october").
MONTH_ABBR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}"
#: A show's date heading a venue on a tour's poster ("oct 5 · ", "jul 3 • ", "aug 8·").
_SHOW_DATE = re.compile(rf"\b{MONTH_ABBR} \d{{1,2}}(?:st|nd|rd|th)?[ \t]{{0,2}}[•·|]")


def tour_poster(typed: str, start: int, end: int) -> bool:
    """A name, a venue or the box office's address on a tour's poster (tickets sold at a site,
    two dated shows or more): the act, its arenas and its ticket seller are everyone's (a
    child's party invite sells no tickets at a site)."""
    return TICKETS_SOLD.search(typed) is not None and len(_SHOW_DATE.findall(typed)) >= 2


#: A news site's address on a line of its own or heading its headline ("dailyherald.com ...").
_SITE = re.compile(r"(?m)^[ \t]{0,3}(?:www\.)?[a-z0-9][a-z0-9-]{1,40}\.(?:com|net|org|news|co\.uk)\b")
#: An article's byline: its writer and the day it ran ("by t. okafor • 3 june 2024").
_BYLINE = re.compile(
    r"(?m)^[ \t]{0,3}by [^\n•·|]{3,40}[•·|][ \t]{0,2}\d{1,2} (?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december) (?:19|20)\d\d\b"
)


def news_article(typed: str, start: int, end: int) -> bool:
    """A name, a place, a team or the site itself in a news site's article (the site's address
    heading a line, a byline with the day it ran): the writer and the people and places it
    reports on are the news, not a child's details."""
    return _SITE.search(typed) is not None and _BYLINE.search(typed) is not None


#: A scorer's minute on a match's scoreboard ("okafor 23'", "ruiz 90+2'").
_GOAL_MINUTE = re.compile(r"\b[a-z][a-z-]{2,20} \d{1,3}(?:\+\d)?['’]")
#: What marks a children's match: its scoreboard names the child's team.
_JUNIOR_MATCH = re.compile(r"\b(?:u-?\d{1,2}s?|under[ \t-]?\d{1,2}|juniors?|youth|kids|girls|boys|school|primary)\b")


def match_scoreboard(typed: str, start: int, end: int) -> bool:
    """A team on a senior match's scoreboard (three scorers' minutes or more, no age group or
    school word): the clubs are everyone's; a scorer's own name (its minute right after it)
    stays reported."""
    if len(_GOAL_MINUTE.findall(typed)) < 3 or _JUNIOR_MATCH.search(typed):
        return False
    return _GOAL_MINUTE.match(typed, start) is None and re.match(r" \d{1,3}(?:\+\d)?['’]", typed[end:]) is None


#: A game's heads-up display: players left, eliminations, health, a quest.
_HUD = re.compile(r"\b(?:\d{1,3} alive|\d{1,3} elims?|hp \d{1,4}|quest:)")
#: A character's title in a game ("sir ", "captain "): a bot's or a hero's, no child's handle.
_TITLES = r"(?:sir|captain|lady|lord|king|queen|dame|professor|general|commander)"
_CHARACTER = re.compile(rf"\b{_TITLES}[ \t]$")
_TITLED = re.compile(rf"{_TITLES}[ \t]")


def game_character(typed: str, start: int, end: int) -> bool:
    """A titled character in a game's screen (two display readings: "12 alive", "hp 40",
    "quest:"): "sir ..." or "captain ..." is the game's bot or hero; a player's plain handle
    stays reported."""
    title = _CHARACTER.search(typed, max(0, start - 12), start) or _TITLED.match(typed, start)
    return title is not None and len(set(_HUD.findall(typed))) >= 2


#: A book's publisher ending a line of its cover ("... kestrel press") or its series ("book 3 of
#: the ... series"): the names on it are the author's and the characters'.
_COVER = re.compile(
    # (a gym's "bench press" or a kitchen's "garlic press" is no publisher)
    r"(?m)\b(?!(?:bench|leg|chest|shoulder|military|overhead|garlic|trouser|flower)\b)[a-z]{3,20}[ \t](?:press|publishing|publishers)[ \t]{0,2}$|\bbook \d{1,2} of the [a-z ]{2,30}series\b"
    # a review's praise quoted, then the paper or the review that gave it ("'a triumph' - the
    # daily courier", "“gripping” — the book review")
    r"|['‘\"“][a-z][a-z ,!.]{2,40}['’\"”][ \t]{0,2}[-–—][ \t]{0,2}(?:the[ \t])?[a-z ]{0,30}"
    r"\b(?:review|times|guardian|observer|herald|courier|post|telegraph|magazine|reader)\b"
)
#: Lines a book's cover has at most.
_COVER_LINES = 8


def book_cover(typed: str, start: int, end: int) -> bool:
    """A name on a book's cover (a publisher's "... press" ending a line, "book 2 of the ...
    series", or a review's quoted praise and its paper, in a picture of eight lines or fewer):
    its author's, printed on every copy."""
    return typed.count("\n") < _COVER_LINES and _COVER.search(typed) is not None


#: A ticket's seat after a section's "sec" ("sec b row 15 seat 5").
_SEAT = re.compile(r"[ \t][a-z0-9]{1,3}[ \t]{1,2}row[ \t]{1,2}[a-z0-9]{1,3}\b")


def ticket_section(typed: str, start: int, end: int) -> bool:
    """A "school" read on a ticket whose last word is its section's "sec" followed by a row
    ("thunder lake sec c row 9"): a venue's stand, no secondary school."""
    return typed[start:end].endswith(" sec") and _SEAT.match(typed, end) is not None


#: A recipe card's servings, and its ingredients' measures ("2 tsp", "1 cup").
_SERVES = re.compile(r"\bserves \d{1,2}\b")
_MEASURE = re.compile(r"\b\d{1,3}(?:/\d)?[ \t](?:tsp|tbsp|cups?|g|ml|oz)\b")


def recipe_title(typed: str, start: int, end: int) -> bool:
    """A dish's name heading a recipe card (it serves a number, three measures or more): a
    drink or a cake, no child; a name further down (a note, a credit) stays reported."""
    first_line = "\n" not in typed[:start]
    return first_line and _SERVES.search(typed) is not None and len(_MEASURE.findall(typed)) >= 3


#: Names of people, places and groups a public notice shows for everyone to read.
_PUBLIC_KINDS = (Kind.PERSON, Kind.LOCATION, Kind.ORG)

#: This module's rules, each with the kinds of finding it applies to (:func:`.screen_public.public_print`
#: asks them with its own).
RULES: tuple[tuple[tuple[Kind, ...], Callable[[str, int, int], bool]], ...] = (
    ((*_PUBLIC_KINDS, Kind.URL, Kind.EMAIL), tour_poster),
    ((*_PUBLIC_KINDS, Kind.URL), news_article),
    (_PUBLIC_KINDS, match_scoreboard),
    ((Kind.PERSON,), game_character),
    ((Kind.PERSON, Kind.LOCATION), book_cover),
    ((Kind.SCHOOL,), ticket_section),
    (_PUBLIC_KINDS, recipe_title),
    ((Kind.PERSON,), word_problem),
)
