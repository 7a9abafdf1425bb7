"""HANDLE and URL scanner: social-media handles, gamer tags, and links that lead to a child.

HANDLE, from three kinds of evidence:

* ``@mentions`` (``@mia.dances``, ``@jake_11``) that are not e-mail addresses, times
  (``@5pm``) or ordinary words (``@ the park``); with a space after the ``@`` only when the
  name looks like a handle (``@ mia.dances``);
* a platform cue and a username: ``snap: jakeyboi11``, ``my insta is mia.dances``, ``add me
  on fortnite ShadowFox``, ``my roblox username is cool_kid_2014``, ``my gamertag is
  xXSlayerXx``, ``subscribe to my channel MiaMakesSlime``, ``ShadowFox on fortnite``...;
* Discord tags, ``shadowfox#4412``, with or without the word "discord"; game player tags
  and friend codes after their cue (``my brawl stars friend code is #8YQL20VR``);
* the forms of :mod:`~leakscan.scanners.handle_world`: Switch friend codes, Mobile Legends IDs,
  ``kevo_254 add me on cod``, ``follow my art acc sketchy.mia``, ``ign ko lodi_kaito``.

The reported span is the username (with its ``@`` or ``#1234`` when written), never the
platform word. After an explicit cue (``is``, ``:``, ``=``, ``username``, ``add me on``) any
token that is not an ordinary English word is taken; without one the token must look like a
handle (a digit, ``_``, an inner ``.``, or inner capitals as in ``xXSlayerXx``).

URL: ``http(s)://...``, ``www....``, links to the sites where children have profiles
(``tiktok.com/@mia``, ``discord.gg/abc``, ``twitch.tv/x``) and other bare domains with a
common top-level domain. A known site with no path and no user subdomain (``youtube.com``)
leads to nobody and is not reported. Trailing punctuation and unbalanced closing brackets
are left out; a URL that contains a handle is one URL finding (:mod:`~leakscan.scanners.handle_urls`).

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicon
from ..findings import Finding, Kind
from ..spans import first_fit
from ..truecase import lexicon as word_lexicon
from .base import TextContext, words
from .email import PROVIDERS
from .handle_urls import SITES, famous_account, link_end, urls
from .handle_words import COMMON_WORDS, is_common_word
from .handle_world import looks_like_handle, world_handles

# -- regular expressions ------------------------------------------------------------------------

#: A username; a tag after it: Discord's "#1234" or a Riot ID's tagline ("snowfox#EUW", "kiwi#NZ1").
_USER = r"[@#]?\w[\w.\-]{0,31}(?:#\d{4}|#[a-z\d]{2,5}(?![\w#]))?"

# @mention (the character before it is checked in code: a literal first character keeps
# the search fast). "@ name" with a space counts only when the name looks like a handle.
_MENTION_RE = re.compile(r"@(?P<sp>\s{0,2})\w[\w.]{0,29}")
_NOT_BEFORE_MENTION = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.@/+-&?%#\\=")

# A bare Discord tag, name#1234: found by its "#1234", the name read leftwards in code.
_TAG_RE = re.compile(r"#\d{4}(?![a-z0-9_])")
_TAG_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.")
_TAG_EXCLUDE = words(
    """
    no num number order ticket issue pr item room page flight case bug ref id invoice apt unit suite
    channel rank ranked top level lvl season ep episode part vol chapter ch pt
    """
)

#: Platform words that may start a cue; ``_NEEDS_CUE`` ones are ordinary words (or
#: ambiguous abbreviations) too, so they count only with an explicit cue ("my channel is ...").
_PLATFORM_LIST = [
    "snapchat",
    "snap",
    "sc",
    "instagram",
    "insta",
    "ig",
    "tiktok",
    "tik tok",
    "tt",
    "discord",
    "dc",
    "disc",  # a bio's "disc: name" (with a cue only: "disc golf")
    "roblox",
    "rblx",
    "fortnite",
    "epic games",
    "epic",
    "minecraft",
    "mc",
    "gamertag",
    "gamer tag",
    "gt",
    "psn",
    "playstation",
    "ps4",
    "ps5",
    "ps",
    "xbox live",
    "xbox",
    "xbl",
    "twitch",
    "youtube channel",
    "youtube",
    "yt",
    "channel",
    "kik",
    "telegram",
    "tg",
    "steam",
    "twitter",
    "facebook",
    "fb",
    "bereal",
    "vsco",
    "pinterest",
    "reddit",
    "wattpad",
    "spotify",
    "soundcloud",
    "valorant",
    "riot id",
    "brawl stars",
    "clash royale",
    "clash of clans",
    "friend code",
    "player tag",
    "username",
    "user name",
    # "my user is <name>": gamers' short for username (with a cue only: "this user is weird")
    "user",
    "screen name",
    "ign",
    "handle",
    # a Minecraft server's name leads to the child's own world ("server name is KiwiKraft_NZ")
    "server name",
]
_NEEDS_CUE = frozenset(
    [
        *("epic", "epic games", "channel", "steam", "username", "user name", "user", "screen name", "ign", "handle"),
        *("gt", "tg", "mc", "dc", "disc", "tt", "ps", "riot id", "friend code", "player tag"),
    ]
)
#: Chat apps of the lexicon's ``handle_platforms`` whose names are no everyday word: a word shaped as
#: a username right after one is the child's ID with no "my" or ":" ("at the mall kakao mina0707").
_APP_NAMES = frozenset({"kakao", "kakaotalk", "kakao talk", "zalo", "wechat"})


@cache
def _platforms() -> tuple[re.Pattern[str], frozenset[str]]:
    """The platform words (ours and the lexicon's ``handle_platforms``: "bgmi", "free fire",
    "uid"...) as one pattern, and those that count only with an explicit cue. The lexicon's
    are ordinary words or abbreviations often enough ("line", "switch", "ff") to need one."""
    world = sorted(lexicon.entries("handle_platforms") - set(_PLATFORM_LIST))
    pattern = re.compile(
        r"(?<![a-z0-9_@#./\-])(?:"
        + "|".join(
            re.escape(p).replace(r"\ ", r"\s{1,2}") for p in sorted([*_PLATFORM_LIST, *world], key=len, reverse=True)
        )
        + r")(?![a-z0-9_@.])"
    )
    return pattern, _NEEDS_CUE | frozenset(world)


@cache
def _me_re() -> re.Pattern[str]:
    """A platform, then "me"/"us", then the username: "snap me zee_the_baddie" (``handle_cues``)."""
    # longest first: "pe follow karo" before "pe"
    cues = "|".join(
        re.escape(c).replace(r"\ ", r"\s{1,3}") for c in sorted(lexicon.entries("handle_cues"), key=len, reverse=True)
    )
    return re.compile(rf"\s{{1,3}}(?:{cues})\s{{1,3}}(?:on\s{{1,3}}|at\s{{1,3}})?(?P<user>{_USER})")


# After the platform word: an optional noun ("username"), a separator, the username.
_AFTER_RE = re.compile(
    r"(?P<noun>\s{0,3}(?:my\s{1,3})?(?:user\s{0,2}name|user|name|id|handle|tag|account|acc|acct|channel|gamer\s{0,2}tag|gt|ign|"
    r"profile|page|addy|friend\s{1,2}code|player\s{1,2}tag|code)(?![a-z0-9_]))?"
    # the longer cues first: "is" would match in "is called", "is just" and leave their word for the name
    r"(?P<sep>\s{0,3}[:=]\s{0,3}|\s{0,3}-{1,2}>?\s{1,3}|\s{1,3}(?:is\s{1,3}called|is\s{1,3}just|its\s{1,3}called|"
    r"it['’]s\s{1,3}called|is|its|it's|it’s|called|mine\s{1,3}is|as|aku|saya)(?:\s{0,3}[:=]\s{0,3}|\s{1,3})|\s{1,3})"
    r"(?P<user>" + _USER + r")"
)
#: Games whose player tags and friend codes start with "#".
_CODE_PLATFORMS = frozenset({"brawl stars", "clash royale", "clash of clans", "friend code", "player tag"})
#: Platforms whose display names may have a space before a number suffix.
_SPACED_NAMES = frozenset({"xbox", "xbox live", "gamertag", "gamer tag", "psn", "playstation", "steam", "epic"})
_SPACED_DIGITS_RE = re.compile(r" \d{3,4}(?![a-z0-9_:/,-]|[.,]\d)")
_EXPLICIT_SEP_RE = re.compile(r"[:=>\-]|\b(?:is|its|called|as)\b|it['’]s")
#: Malay and Indonesian "my" ("username aku X", "ig saya X") says whose account it is when the word
#: after it looks like a username ("username aku lupa": "I forgot").
_MY_SEP_RE = re.compile(r"\b(?:aku|saya)\b")
_ITS_RE = re.compile(r"its|it['’]s")

# Before the platform word (searched at the end of a short window).
_BEFORE_RE = re.compile(
    r"(?:(?P<cue>\b(?:add|follow|friend|sub|subscribe|dm|message|msg|hmu|text|find|search|"
    r"check\s{1,3}out|look\s{1,3}up|look\s{1,3}for|hit\s{1,3}me\s{1,3}up)"
    # "me" in Malay, Indonesian and Tagalog too ("add aku ff ...", "add ako sa ml ...")
    r"(?:\s{1,3}(?:me|us|aku|saya|ako))?(?:\s{1,3}(?:on|to|in|at|via|with|for|sa))?(?:\s{1,3}my)?)|(?P<my>\bmy))\s{1,3}$"
)
# "ShadowFox on fortnite", "add mia.dances on insta": the username before the platform; Spanish and
# Portuguese "de"/"en"/"no" ("agrega a nico_99 en fortnite", "meu bia.skates no insta").
_REVERSE_RE = re.compile(
    r"(?:(?P<cue>\b(?:add|follow|friend|im|i'm|i’m|i\s{1,3}am)\s{1,3})|(?<![a-z0-9_.@#\-]))"
    r"(?P<user>"
    + _USER
    + r")\s{1,3}(?:(?:add|follow|friend)\s{1,3}(?:me\s{1,3})?)?(?:on|in|de|en|no)\s{1,3}(?:my\s{1,3})?$"
)
# Tokens with digits that are not usernames: times, ordinals, "1v1", "lvl100", "60fps", "10k".
_NOT_NAME_RE = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?(?:am|pm|ish|h|hrs?|mins?|st|nd|rd|th|s)?|\d{1,2}v\d{1,2}s?|(?:lvl|lv|level)\d{1,4}"
    r"|\d{1,5}(?:k|m|x|fps|hz|gb|mb|tb|p|yo|yrs?|cm|kg|lbs?|ft|mph|kph|km|mi|vbucks|robux|subs|followers)"
)

# -- URLs -------------------------------------------------------------------------------------


class HandleScanner:
    """Finds social handles (:attr:`Kind.HANDLE`) and links (:attr:`Kind.URL`)."""

    name = "handle"
    kinds = frozenset({Kind.HANDLE, Kind.URL})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield URL and HANDLE findings for ``ctx.text``, never two that overlap."""
        folded = ctx.folded
        found: list[tuple[int, int, Kind, float]] = []
        if "." in folded or "/" in folded:
            found.extend(urls(folded))
        if "@" in folded:
            found.extend(_mentions(ctx.text, folded))
        if "#" in folded:
            found.extend(_tags(folded))
        cued = list(_cued(ctx.text, folded))
        if cued and found:
            # "my discord is pixelpancake.ca": a bare name.tld right after a platform cue is the
            # username (Discord and Instagram names take dots); a link has a path or "www".
            named = {(s, e) for s, e, _k, _c in cued}
            found = [
                f for f in found if f[2] is not Kind.URL or (f[0], f[1]) not in named or _is_link(folded[f[0] : f[1]])
            ]
        found.extend(cued)
        if found:
            # "snap <name> or insta <name>.07": beside a username given, the next platform's word is one too
            found.extend(_listed(ctx.text, folded, [(f[0], f[1]) for f in found]))
        # "SW-1234-5678-9012", "kevo_254 add me on cod", "follow my art acc sketchy.mia"
        found.extend(world_handles(ctx.text, folded, lambda s, e: _username(ctx.text, folded, s, e) is None))
        if not found:
            return
        # URLs first, then the longest; drop anything overlapping what is kept.
        found.sort(key=lambda f: (f[2] is not Kind.URL, -(f[1] - f[0]), f[0]))
        kept = sorted(first_fit(found))
        for start, end, kind, confidence in kept:
            yield ctx.finding(kind, start, end, scanner=self.name, confidence=confidence)


# -- handles -------------------------------------------------------------------------------------


def _mentions(text: str, folded: str) -> Iterator[tuple[int, int, Kind, float]]:
    """``@name`` mentions that are not e-mail addresses, times or plain words."""
    for m in _MENTION_RE.finditer(folded):
        start, end = m.start(), m.end()
        if start > 0 and (folded[start - 1] in _NOT_BEFORE_MENTION or folded[start - 1].isalnum()):
            continue
        while end > start + 1 and folded[end - 1] == ".":
            end -= 1
        if end < len(folded) and folded[end] == "@":
            continue
        spaced = bool(m.group("sp"))
        name = folded[m.end("sp") : end]
        if not any(c.isalnum() for c in name):
            continue
        if _NOT_NAME_RE.fullmatch(name) or name.isdigit() or is_common_word(name):
            continue
        if not spaced and famous_account(name):
            continue  # "@mrbeast notice me": a star's or a brand's public account, no child's
        if spaced and not looks_like_handle(text[m.end("sp") : end]):
            continue  # "@ the park", "@ Home"
        if not spaced and len(name) < 2:
            continue
        yield start, end, Kind.HANDLE, 0.7 if spaced else 0.95


def _tags(folded: str) -> Iterator[tuple[int, int, Kind, float]]:
    """Discord tags written alone: ``shadowfox#4412``."""
    for m in _TAG_RE.finditer(folded):
        start = m.start()
        limit = max(0, start - 32)
        while start > limit and folded[start - 1] in _TAG_NAME_CHARS:
            start -= 1
        while start < m.start() and folded[start] == ".":
            start += 1
        if start > 0 and (
            folded[start - 1] in "#@/-" or folded[start - 1].isalnum() or folded[start - 1] in _TAG_NAME_CHARS
        ):
            continue
        name = folded[start : m.start()]
        if len(name) < 2 or name in _TAG_EXCLUDE or is_common_word(name) or name.isdigit():
            continue
        yield start, m.end(), Kind.HANDLE, 0.9


def _cued(text: str, folded: str) -> Iterator[tuple[int, int, Kind, float]]:
    """Usernames next to a platform word: ``snap: jakeyboi11``, ``ShadowFox on fortnite``."""
    platform_re, needs_cue = _platforms()
    for m in platform_re.finditer(folded):
        platform = " ".join(m.group().split())
        before = _BEFORE_RE.search(folded, max(0, m.start() - 40), m.start())
        cue = before is not None and before.group("cue") is not None
        # "my snap", or a cue ending in it ("sub to my yt")
        mine = before is not None and (before.group("my") is not None or before.group().split()[-1] == "my")
        after = _AFTER_RE.match(folded, m.end())
        if after is not None:
            noun = after.group("noun") or ""
            codes = platform in _CODE_PLATFORMS or any(w in noun for w in ("code", "tag", "id"))
            hit = _username(text, folded, after.start("user"), after.end("user"), hash_ok=codes)
            if hit is not None:
                start, end, looks = hit
                if platform in _SPACED_NAMES and not any(c.isdigit() for c in folded[start:end]):
                    digits = _SPACED_DIGITS_RE.match(folded, end)
                    if digits is not None:  # "SilentStorm 4821": a gamertag with its number suffix
                        end = digits.end()
                sep = after.group("sep")
                explicit = cue or _EXPLICIT_SEP_RE.search(sep) is not None or (noun != "" and "account" not in noun)
                explicit = explicit or (looks and _MY_SEP_RE.search(sep) is not None)
                if not mine and not noun and _ITS_RE.fullmatch(sep.strip()):
                    # "snap its jakeyboi11" names a username only when the word looks like one
                    # ("add me on snap its easier"); "my snap its jake" says whose it is
                    explicit = False
                if platform.endswith(("uid", " id")):  # "genshin uid 812345678": a game ID has digits or a tagline
                    if not any(c.isdigit() for c in folded[start:end]) and "#" not in folded[start:end]:
                        continue
                    explicit = True
                if platform == "user" and not (mine or looks):
                    continue  # "every user is welcome": a bare "user" names one only as "my user" or by its look
                # a username's shape after a chat app's name or "user" says whose it is ("roblox? user kai_gamerz")
                app = looks and (platform in _APP_NAMES or platform == "user")
                if platform in needs_cue and not (explicit or mine or app):
                    pass
                elif explicit and (looks or _plausible_name(folded[start:end])):
                    yield start, end, Kind.HANDLE, 0.95 if looks else 0.75
                    continue
                elif looks:
                    yield start, end, Kind.HANDLE, 0.85
                    continue
        # a platform that needs a cue still takes a word shaped as a username only ("snap me zee_the_baddie",
        # "<name>_<tag> on cod mobile"): the paths below yield nothing else
        me = _me_re().match(folded, m.end())
        if me is not None:
            hit = _username(text, folded, me.start("user"), me.end("user"))
            if hit is not None and hit[2]:
                yield hit[0], hit[1], Kind.HANDLE, 0.8  # "snap me zee_the_baddie"
                continue
        rev = _REVERSE_RE.search(folded, max(0, m.start() - 60), m.start())
        if rev is not None:
            hit = _username(text, folded, rev.start("user"), rev.end("user"))
            if hit is not None and hit[2]:
                yield hit[0], hit[1], Kind.HANDLE, 0.8


#: A bare word right after a platform word.
_BARE_AFTER = re.compile(r"\s{1,3}(?P<user>[a-z0-9_.]{4,30})(?![\w@])")
#: What joins the items of a list of accounts: after the username ("<name> or insta ...") ...
_JOIN_AFTER = re.compile(r"\s{0,3}(?:[,;|/&+]|(?:or|and|n)(?![\w'’]))")
#: ... or before the platform ("... and tiktok <name>").
_JOIN_BEFORE = re.compile(r"(?:[,;|/&+]|(?<![\w'’])(?:or|and|n))\s{0,3}\Z")


def _listed(text: str, folded: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, Kind, float]]:
    """In a post that gives a username already, a word that no word list knows (no English word, no name,
    no place) right after a platform word that needs no cue, in a list ("or", "and", a comma), is that
    platform's username too: children list their accounts ("snap <name> or insta <name>.07",
    "<site>/<name> and tiktok <name>")."""
    platform_re, needs_cue = _platforms()
    words_known = word_lexicon().words
    for m in platform_re.finditer(folded):
        if " ".join(m.group().split()) in needs_cue:
            continue
        after = _BARE_AFTER.match(folded, m.end())
        if after is None:
            continue
        start, end = after.start("user"), after.end("user")
        name = folded[start:end].strip(".")
        joined = _JOIN_AFTER.match(folded, start + len(name)) or _JOIN_BEFORE.search(folded, 0, m.start())
        if not joined:
            continue  # "<platform> <time word>" in a post with a handle: only a list of accounts is read
        if any(s < end and start < e for s, e in taken) or not name.isalnum():
            continue
        if is_common_word(name) or name in words_known or _NOT_NAME_RE.fullmatch(name) or name.isdigit():
            continue
        yield start, start + len(name), Kind.HANDLE, 0.7


def _username(text: str, folded: str, start: int, end: int, *, hash_ok: bool = False) -> tuple[int, int, bool] | None:
    """``(start, end, looks_like_a_handle)`` for a candidate username, or None if it is a word.

    A leading ``#`` (a player tag, ``#8YQL20VR``) is taken only when ``hash_ok``; elsewhere
    it starts a hashtag, which is not a handle.
    """
    while end > start and folded[end - 1] in ".-":
        end -= 1
    if folded.startswith("#", start) and not hash_ok:
        return None
    token = text[start:end]
    low = folded[start:end]
    bare = low.lstrip("@#")
    tag = "#" in bare
    name = bare.split("#", 1)[0]
    tag = tag and name != bare
    if not name or not any(c.isalnum() for c in name):
        return None
    if is_common_word(name) or _NOT_NAME_RE.fullmatch(name) or _stretched_word(name):
        return None
    if not any(c.isalpha() for c in name):  # "1.20.1", "360"; a numeric id needs a cue ("roblox id: 123456")
        return (start, end, False) if name.isdigit() and len(name) >= 4 else None
    if len(name) < 2 and not low.startswith("@"):
        return None
    return start, end, low.startswith("@") or tag or looks_like_handle(token.lstrip("@#"))


#: A letter typed three times or more in a row ("sooo", "yesss", "gooood").
_STRETCH = re.compile(r"([a-z])\1{2,}")


def _stretched_word(name: str) -> bool:
    """An everyday word typed stretched ("ps is sooo slow", "my snap is deaddd"): with its runs cut
    to one letter or to two, an ordinary word, no username."""
    if not name.isalpha() or _STRETCH.search(name) is None:
        return False
    return is_common_word(_STRETCH.sub(r"\1", name)) or is_common_word(_STRETCH.sub(r"\1\1", name))


def _is_link(low: str) -> bool:
    """A URL that is more than a bare ``name.tld`` of a name: a scheme, ``www.``, a path, or a known
    site's or a mail provider's own domain ("outlook.com" after a cue is a piece of an e-mail)."""
    return "/" in low or low.startswith("www.") or low in SITES or low.split(".", 1)[0] in PROVIDERS


#: A channel's name is often a name and what it shows, run together ("padraiggaming"): an
#: "-ing" word that ends so, with more in front, is no ordinary word.
_CHANNEL_ENDINGS = ("gaming", "streaming", "vlogging", "plays", "draws")


def _plausible_name(low: str) -> bool:
    """After an explicit cue: any token that is not an ordinary word (``-ing`` forms included,
    but not a channel's name ending in "gaming")."""
    name = low.lstrip("@#")
    if any(name.endswith(end) and len(name) > len(end) + 2 for end in _CHANNEL_ENDINGS):
        return not is_common_word(name)
    return not (is_common_word(name) or (name.isalpha() and name.endswith("ing")))


# COMMON_WORDS, SITES, is_common_word and link_end live in handle_words / handle_urls; named here too
# because the phone, code and photo scanners import them from this module.
__all__ = ["COMMON_WORDS", "SITES", "HandleScanner", "is_common_word", "link_end", "looks_like_handle"]
