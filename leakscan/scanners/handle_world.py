"""Handles and game IDs in the forms the platform cues of :mod:`leakscan.scanners.handle` miss
(issue 10, family 7), and what a handle looks like:

* Nintendo Switch friend codes, ``SW-1234-5678-9012`` (a code of their own: no cue needed), and
  twelve-digit friend or trainer codes after their cue (``trainer code 1234 5678 9012``);
* Mobile Legends IDs with their server in brackets: ``ML id 583920117 (2231)``, ``mlbb id ko
  847291033``;
* a handle-looking username opening the post before "add me" or "is my ... name"
  (``kevo_254 add me on cod``, ``creeper_uk is my minecraft name``);
* a handle-looking username after "follow my art acc", "my fan page", "add me im", "im" in a post
  about a game or app, or right after a game's name with a little word of another language
  between ("ign ko lodi_kaito", "sa ml KuyaKai_MLBB"); after "art acc" opening a post; before "add
  me" in a post about a game (a realm's or lobby's join code is no handle: writers disagree, and a
  chat set reads it as harmless);
* a game's numeric ID after "(my) id" in a post about the game ("ml, my id 874529316");
* a gamer tag in its ``xX...Xx`` wrapping, anywhere.

Only a token that looks like a handle (:func:`looks_like_handle`: a digit with letters, ``_``, an
inner ``.`` or inner capitals) is taken after these softer cues, so "follow my art acc pls" and
"im Sarah" stay quiet. Every expression is bounded and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from ..findings import Kind

Hit = tuple[int, int, Kind, float]

#: A username as the softer cues take it (no "#": a hashtag is no handle).
_TOKEN = r"(?P<user>@?[a-z0-9][\w.]{1,31})"
#: A Switch friend code.
_SWITCH = re.compile(r"(?<![\w-])sw-\d{4}-\d{4}-\d{4}(?![\w-])")
#: A Mobile Legends ID, with its server in brackets when given.
_ML_ID = re.compile(
    r"(?<![\w])(?:ml|mlbb|mobile\s{1,2}legends)\s{1,3}(?:u?id\s{1,3})?(?:(?:ko|is|nyo|ni)\s{1,3}|:\s{0,2})?"
    r"(?P<user>\d{6,12}(?:\s{0,2}\(\d{3,5}\))?)(?![\w])"
)
#: A friend or trainer code of twelve digits in groups of four (Pokémon GO's "4821 0937 5562"), after its cue or
#: the game's name ("trade? pokemon go 4821 0937 5562"): the platform cues take only its first group.
_TWELVE_CODE = re.compile(
    r"(?<![\w])(?:(?:friend|trainer)\s{1,2}code|pok[eé]mon(?:\s{1,2}go)?|pogo)\s{0,3}(?:is\s{1,3}|:\s{0,2})?(?P<user>\d{4}(?P<sep>[ -]?)\d{4}(?P=sep)\d{4})(?![\w-])"
)
#: Games and apps named in a post about playing or following (a soft cue for "im X").
_GAMES = (
    r"roblox|fortnite|minecraft|free\s{0,2}fire|ff|bgmi|pubg|cod|codm|ml|mlbb|valorant|apex|brawl\s{1,2}stars|fifa"
    r"|among\s{1,2}us|genshin|xbox|psn|ps4|ps5|switch|discord|insta|ig|snap|snapchat|tiktok|tt|yt|youtube|twitch|ign"
)
_GAME_RE = re.compile(rf"(?<![\w])(?:{_GAMES})(?![\w])")
#: Games alone (no app, no console): a numeric ID after "id" is a player's only in a post about one.
_PLAYED_RE = re.compile(
    r"(?<![\w])(?:roblox|fortnite|minecraft|free\s{0,2}fire|ff|bgmi|pubg|cod|codm|ml|mlbb|valorant|apex"
    r"|brawl\s{1,2}stars|among\s{1,2}us|genshin|fifa)(?![\w])"
)
#: Cues a handle follows.
_AFTER = tuple(
    re.compile(p + _TOKEN)
    for p in (
        # "follow my art acc X", "my fan acct X", "check out my edit page X"
        r"(?<![\w])(?:follow|check\s{1,3}out|sub\s{1,3}to|my)\s{1,3}(?:my\s{1,3})?(?:[a-z]{2,10}\s{1,3}){0,2}"
        r"(?:acc|acct|account|page|alt|spam|finsta|channel)\s{1,3}(?:is\s{1,3}|:\s{0,2})?",
        # "add me im X", "add me its X"
        r"(?<![\w])add\s{1,3}me\s{1,3}(?:(?:on\s{1,3})?[a-z]{2,10}\s{1,3})?(?:im|i'm|its|it's)\s{1,3}",
        # "ign ko X", "sa ml X", "fortnite na X": a game, a little word of another language, the handle
        rf"(?<![\w])(?:(?:{_GAMES})\s{{1,3}}){{1,2}}(?:(?:ko|ni|nyo|ku|yangu|wangu|mera|meri|na|sa|ay)\s{{1,3}})?",
        # "my discord es X", "insta é X", "snap ist X": "is" in other languages between the platform and the handle
        rf"(?<![\w])(?:{_GAMES})\s{{1,3}}(?:es|é|est|ist|är|er|jest|je)\s{{1,3}}",
    )
)
#: An order to add or follow the child, in English and other languages, then a username with no platform
#: named ("add me kiri_07", "follow kiri_07", "snapa mig X", "add mình nha X", "agrégame X", "folgt mir X"), or a plea to reach
#: them ("hmu X", "dm me X": the account they are reached at): only a token with "_" or an inner "." is taken
#: (:func:`_strong_name`), so "add me pls", "add me 2" and "hmu later" stay quiet.
_ADD_ME = re.compile(
    r"(?<![\w])(?:add|follow|adde|addet|snapa|ajoute|ajoutez|agr[eé]ga|agr[eé]gu|agreg[aá]|añad|sigue|segue|siga|folgt|folg|volg|följ"
    r"|hmu|dm)"
    r"[a-zñéè]{0,6}\s{1,3}(?:(?:me|mig|mich|moi|mình|aku|ako|saya|mi|us|nha|na|pls|plz|please)\s{1,3}){0,2}"
    + _TOKEN
    + r"(?![\w])"
)
#: A web address is no username ("add me on mysite.com").
_DOMAIN_END = re.compile(r"\.(?:com|net|org|io|gg|tv|co|uk|me|app|ly)$")
#: Softer cues still, whose username must be whole and on the cue's line (four letters or digits at least:
#: "acc xX_" is the start of a name still being typed). "my user is X" is left to the conversation's
#: readers, which join it to a name given in the next messages with the cue among the leak's parts.
_AFTER_WHOLE = tuple(
    re.compile(p + _TOKEN)
    for p in (
        # "art acc X", "spam account: X" opening the post: the account's name follows its word
        r"^\W{0,3}(?:[a-z]{2,10}[ \t]{1,3}){0,2}(?:acc|acct|account|alt|finsta)[ \t]{1,3}(?:is[ \t]{1,3}|:[ \t]{0,2})?",
    )
)
#: A handle opening the post: "kevo_254 add me on cod", "creeper_uk is my minecraft name", an
#: invite to the child's game ("zed_77 join my lobby"), or the platform itself as the thing it is
#: ("zed_77 is my tiktok": only a handle-looking token is kept).
_OPENING = re.compile(
    r"\W{0,3}" + _TOKEN + r"\s{1,3}(?:add\s{1,3}me|follow\s{1,3}(?:me|my)"
    r"|join\s{1,3}(?:my|our)\s{1,3}(?:lobby|party|squad|server|game|team|world|realm|clan)|is\s{1,3}my\s{1,3}(?:[a-z]{2,10}\s{1,3})?"
    r"(?:name|username|user|ign|tag|gamertag|acc|acct|account|handle|page|id|" + _GAMES + r"))(?![\w])"
)
#: A handle opening the post with the platform, or a plea to follow, right after it ("zed_77 my
#: tiktok", "kiri.waves roblox", "zed_77 insta pe follow karo", "kiri.waves follow pls"): the post is
#: the account's caption. Kept only when the token has "_" or an inner "." or five letters with a
#: digit (:func:`_opening_name`), so "ps5 fortnite tonight" and "gta5 roblox" stay games.
_OPENING_PLATFORM = re.compile(
    r"\W{0,3}"
    + _TOKEN
    + r"\s{1,3}(?:(?:my\s{1,3})?(?:"
    + _GAMES
    + r")|follow\s{1,3}(?:pls|plz|please|pls+|karo|me|back))(?![\w])"
)
#: A game's numeric player ID after "id" in a post about the game ("jom main ml, my id 874529316",
#: "ml KuyaKai id 48213977"): where the platform word is not right before it. The little words
#: after "id" are "my" in other languages (Malay/Indonesian "aku", "saya", "ku"; Swahili "yangu").
_GAME_ID = re.compile(
    r"(?<![\w])(?:my\s{1,3})?u?id(?:\s{1,3}(?:ko|is|nyo|ni|no|yangu|mera|aku|saya|ku)|\s{0,2}[:#=])?\s{0,3}(?P<user>\d{6,12})(?![\w])"
)
#: A custom room's or lobby's ID ("room id 4410932 pass 7"): a match anyone joins for a while, no player's.
_ROOM_BEFORE = re.compile(r"(?<![\w])(?:room|lobby|match|custom|party)\s{1,3}$")
#: A gamer tag before "add me" in a post about a game ("anyone on fifa DonnchaKing7 add me"); five
#: letters at least, so "ps5 add me" stays a console.
_ADD_ME_AFTER = re.compile(r"(?<![\w@#'’])" + _TOKEN + r"\s{1,3}add\s{1,3}me(?![\w])")
#: A gamer tag in its "xX...Xx" wrapping, which nothing but a username wears ("yo xXdrag0nslayerXx").
_WRAPPED = re.compile(r"(?<![\w@#])(?:xX|Xx)[a-zA-Z0-9_]{2,26}(?:Xx|xX)(?![\w])")
#: "im X" in a post about a game or app ("squads tonight? im MatariKid_07").
_IM = re.compile(r"(?<![\w'’])(?:im|i'm|i’m)\s{1,3}" + _TOKEN + r"(?![\w])")

_SURNAME_CAPS_RE = re.compile(r"(?:Mc|Mac|De|Di|La|Le|Van|Von)[A-Z][a-z]{1,20}'?s?")


def world_handles(text: str, folded: str, word: Callable[[int, int], bool]) -> Iterator[Hit]:
    """HANDLE spans in the forms of the module docstring (``folded`` is ``text`` lower-cased);
    ``word(start, end)`` says a token is an ordinary word, a time or a count, never a username."""
    for m in _SWITCH.finditer(folded):
        yield m.start(), m.end(), Kind.HANDLE, 0.9
    for m in _ML_ID.finditer(folded):
        yield m.start("user"), m.end("user"), Kind.HANDLE, 0.85
    for m in _TWELVE_CODE.finditer(folded):
        yield m.start("user"), m.end("user"), Kind.HANDLE, 0.85
    found = [m for pattern in _AFTER for m in pattern.finditer(folded)]
    found.extend(
        m
        for pattern in _AFTER_WHOLE
        for m in pattern.finditer(folded)
        if sum(c.isalnum() for c in m.group("user")) >= 4
    )
    opening = _OPENING.match(folded)
    if opening is not None:
        found.append(opening)
    else:
        opening = _OPENING_PLATFORM.match(folded)
        if opening is not None and _opening_name(opening.group("user")):
            found.append(opening)
    found.extend(m for m in _ADD_ME.finditer(folded) if _strong_name(m.group("user")))
    for m in _WRAPPED.finditer(text):
        yield m.start(), m.end(), Kind.HANDLE, 0.8
    if _GAME_RE.search(folded):
        found.extend(_IM.finditer(folded))
        if "id" in folded and _PLAYED_RE.search(folded):
            for m in _GAME_ID.finditer(folded):
                if not _ROOM_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
                    yield m.start("user"), m.end("user"), Kind.HANDLE, 0.8
        for m in _ADD_ME_AFTER.finditer(folded):
            user = m.group("user")
            if sum(c.isalpha() for c in user) >= 5 and not _GAME_RE.fullmatch(user):
                found.append(m)
    for m in found:
        start, end = m.start("user"), m.end("user")
        while end > start and folded[end - 1] == ".":
            end -= 1  # "follow my art acc sketchy.mia." ends a sentence
        if looks_like_handle(text[start:end].lstrip("@")) and not word(start, end):
            yield start, end, Kind.HANDLE, 0.8


def _strong_name(token: str) -> bool:
    """True for a token that only a username is: "_" or an inner ".", and not a web address."""
    inner = token.strip(".")
    return ("_" in inner or "." in inner) and _DOMAIN_END.search(inner) is None


def _opening_name(token: str) -> bool:
    """True for a token strong enough to be a handle with no cue but the platform after it:
    "_" or an inner "." or five letters with a digit, and not a game or app's own name."""
    if _GAME_RE.fullmatch(token):
        return False
    if "_" in token or "." in token.strip("."):
        return True
    return sum(c.isalpha() for c in token) >= 5 and any(c.isdigit() for c in token)


def looks_like_handle(token: str) -> bool:
    """True when ``token`` does not read as a word: a digit with letters, ``_``, an inner ``.``,
    or inner capitals (``xXSlayerXx``, ``MiaMakesSlime``)."""
    if "_" in token:
        return True
    if any(c.isdigit() for c in token) and any(c.isalpha() for c in token):
        return True
    inner = token.strip(".")
    if "." in inner:
        return True
    if _SURNAME_CAPS_RE.fullmatch(token):
        return False  # McDonalds, MacKenzie, DeShawn: a name, not a handle
    return any(a.islower() and b.isupper() for a, b in pairwise(token))


__all__ = ["looks_like_handle", "world_handles"]
