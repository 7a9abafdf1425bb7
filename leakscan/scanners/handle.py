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
are left out; a URL that contains a handle is one URL finding.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from .. import lexicon
from ..findings import Finding, Kind
from ..spans import first_fit
from .base import TextContext, words
from .handle_world import looks_like_handle, world_handles

# -- ordinary words ---------------------------------------------------------------------------

#: Words that often follow a platform name or stand where a username could, but are plain
#: English (or text-speak). Together with spaCy's stop words they are never taken as handles.
COMMON_WORDS = words(
    """
    a an and or but so the this that these those it its it's is are was were be been am im i'm
    me my mine you your u ur he she they them we us our him her his their here there
    now later today tonight tomorrow tmrw tmr tmrw 2day 2nite 2night 2moro 2morrow 4ever b4 l8r gr8 soon
    yesterday morning afternoon evening night noon midnight weekend week weekends day days time
    rn asap atm tbh idk idc ngl lol lmao lmfao rofl omg omfg wtf smh fr frfr ikr imo btw brb gtg ttyl
    pls plz please thx thanks ty yes yeah yep yup ya yea no nah nope ok okay k kk sure maybe
    hi hey hello bye sup yo hmm hmu dm dms pm msg text call chat
    bro bruh sis dude guys girls boys mom mum dad friend friends bestie besties fam squad crew
    private public locked open closed blocked banned deleted hacked suspended disabled
    down up broken dead gone lagging laggy slow fast offline online live
    new old same real fake main alt spam backup second other
    cool awesome amazing great good bad best worst better worse fun funny boring lit fire
    sick lame trash mid goated epic insane crazy weird cute nice sweet ugly hard easy
    account acc acct profile page bio link links post posts story stories reel reels video videos
    pic pics photo photos picture pictures selfie streak streaks filter filters snap snaps
    chat chats group groups server servers channel channels stream streams streaming streamer
    game games gaming gamer match matches round party lobby squads duo duos trio trios solo
    skin skins vbucks robux coins season battle pass creative mode map maps world worlds realm
    survival build building code codes update updates glitch glitches bug bugs
    name names username usernames user users id tag handle gamertag ign
    request requests follower followers following follow follows subscriber subscribers sub subs
    like likes comment comments view views share shares add added adding message messages
    school home work class lunch recess practice church camp park mall beach pool
    play playing played plays game playing get getting got gonna wanna gotta going go went
    come coming came see seen saw look looking looked watch watching watched meet meeting met
    stay staying stayed wait waiting waited leave leaving left arrive arrived arriving
    laugh laughing laughed smile smiling stare staring point pointing yell yelling mad angry
    sad happy glad scared good great best love loving loved hate hating hated miss missing
    stuck sitting standing there everyone everybody anyone nobody someone people person
    here everywhere something anything nothing everything stuff thing things
    too also very really just only even still already again ever never always sometimes
    one two three four five six seven eight nine ten first second third last next
    fine famous viral popular poppin deactivated glitched bugged changed different temporary temp
    secret hidden empty full yours theirs free cringe sus bussin slay valid based gg ez noob pro op
    busted cooked washed cracked bad goofy random boring annoying toxic
    """
)

#: Platform words, so "snap insta tiktok" is not read as a username.
PLATFORM_WORDS = words(
    """
    snapchat snap sc instagram insta ig tiktok tt discord dc roblox rblx fortnite epic minecraft mc
    gamertag psn playstation ps4 ps5 xbox xbl twitch youtube yt kik telegram steam twitter facebook
    fb bereal vsco pinterest reddit wattpad spotify soundcloud valorant riot whatsapp
    """
)


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from spaCy's own list without importing spaCy: ``import
    spacy`` takes half a second, which a photo whose metadata holds a bare web address (and
    no text for NER) should not pay. The list is a plain module that imports nothing."""
    import importlib.util
    import sys

    module = sys.modules.get("spacy.lang.en.stop_words")
    if module is None:
        found = importlib.util.find_spec("spacy")  # finds the package, runs none of it
        folders = found.submodule_search_locations if found is not None else None
        if not folders:  # pragma: no cover - spaCy is a dependency
            return frozenset()
        spec = importlib.util.spec_from_file_location(
            "leakscan_spacy_en_stop_words", Path(folders[0], "lang", "en", "stop_words.py")
        )
        if spec is None or spec.loader is None:  # pragma: no cover
            return frozenset()
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def is_common_word(word: str) -> bool:
    """True when ``word`` (any case) is an ordinary English word, never a username."""
    w = word.lower().replace("’", "'")
    return w in COMMON_WORDS or w in PLATFORM_WORDS or w in _stop_words()


# -- regular expressions ------------------------------------------------------------------------

_USER = r"[@#]?\w[\w.\-]{0,31}(?:#\d{4})?"

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
    "screen name",
    "ign",
    "handle",
]
_NEEDS_CUE = frozenset(
    [
        *("epic", "epic games", "channel", "steam", "username", "user name", "screen name", "ign", "handle"),
        *("gt", "tg", "mc", "dc", "tt", "ps", "riot id", "friend code", "player tag"),
    ]
)


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
    cues = "|".join(sorted(re.escape(c) for c in lexicon.entries("handle_cues")))
    return re.compile(rf"\s{{1,3}}(?:{cues})\s{{1,3}}(?:on\s{{1,3}}|at\s{{1,3}})?(?P<user>{_USER})")


# After the platform word: an optional noun ("username"), a separator, the username.
_AFTER_RE = re.compile(
    r"(?P<noun>\s{0,3}(?:my\s{1,3})?(?:user\s{0,2}name|user|name|id|handle|tag|account|acc|acct|channel|gamertag|ign|"
    r"profile|page|addy|friend\s{1,2}code|player\s{1,2}tag|code)(?![a-z0-9_]))?"
    r"(?P<sep>\s{0,3}[:=]\s{0,3}|\s{0,3}-{1,2}>?\s{1,3}|\s{1,3}(?:is|its|it's|it’s|is\s{1,3}called|called|mine\s{1,3}is|"
    r"is\s{1,3}just|as)(?:\s{0,3}[:=]\s{0,3}|\s{1,3})|\s{1,3})"
    r"(?P<user>" + _USER + r")"
)
#: Games whose player tags and friend codes start with "#".
_CODE_PLATFORMS = frozenset({"brawl stars", "clash royale", "clash of clans", "friend code", "player tag"})
#: Platforms whose display names may have a space before a number suffix.
_SPACED_NAMES = frozenset({"xbox", "xbox live", "gamertag", "gamer tag", "psn", "playstation", "steam", "epic"})
_SPACED_DIGITS_RE = re.compile(r" \d{3,4}(?![a-z0-9_:/,-]|[.,]\d)")
_EXPLICIT_SEP_RE = re.compile(r"[:=>\-]|\b(?:is|its|called|as)\b|it['’]s")
_ITS_RE = re.compile(r"its|it['’]s")

# Before the platform word (searched at the end of a short window).
_BEFORE_RE = re.compile(
    r"(?:(?P<cue>\b(?:add|follow|friend|sub|subscribe|dm|message|msg|hmu|text|find|search|"
    r"check\s{1,3}out|look\s{1,3}up|look\s{1,3}for|hit\s{1,3}me\s{1,3}up)"
    r"(?:\s{1,3}(?:me|us))?(?:\s{1,3}(?:on|to|in|at|via|with|for))?(?:\s{1,3}my)?)|(?P<my>\bmy))\s{1,3}$"
)
# "ShadowFox on fortnite", "add mia.dances on insta": the username before the platform.
_REVERSE_RE = re.compile(
    r"(?:(?P<cue>\b(?:add|follow|friend|im|i'm|i’m|i\s{1,3}am)\s{1,3})|(?<![a-z0-9_.@#\-]))"
    r"(?P<user>" + _USER + r")\s{1,3}(?:(?:add|follow|friend)\s{1,3}(?:me\s{1,3})?)?(?:on|in)\s{1,3}(?:my\s{1,3})?$"
)
# Tokens with digits that are not usernames: times, ordinals, "1v1", "lvl100", "60fps", "10k".
_NOT_NAME_RE = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?(?:am|pm|ish|h|hrs?|mins?|st|nd|rd|th|s)?|\d{1,2}v\d{1,2}s?|(?:lvl|lv|level)\d{1,4}"
    r"|\d{1,5}(?:k|m|x|fps|hz|gb|mb|tb|p|yo|yrs?|cm|kg|lbs?|ft|mph|kph|km|mi|vbucks|robux|subs|followers)"
)

# -- URLs -------------------------------------------------------------------------------------

_URL_CHARS = r"[^\s<>\"'`{}|\\^\[\]]"
_SCHEME_RE = re.compile(r"(?<![a-z0-9])(?:https?://|www\.)[a-z0-9]" + _URL_CHARS + r"{0,2048}")

#: Sites where a child has a profile, a channel or a server (``site.tld``).
SITES: tuple[str, ...] = tuple(
    sorted(
        words(
            "tiktok.com youtube.com youtu.be instagram.com instagr.am discord.gg discord.com discordapp.com "
            "twitch.tv snapchat.com roblox.com facebook.com fb.com fb.me m.me twitter.com x.com reddit.com "
            "t.me telegram.me wa.me linktr.ee pinterest.com pin.it spotify.com soundcloud.com github.com "
            "github.io vsco.co wattpad.com steamcommunity.com kik.me tumblr.com threads.net bereal.com "
            "patreon.com ko-fi.com scratch.mit.edu blogspot.com wordpress.com weebly.com wixsite.com "
            "carrd.co neocities.org bit.ly tinyurl.com whatsapp.com signal.group"
        )
    )
)
_SITE_SET = frozenset(SITES)
#: Top-level domains for bare domains ("miamakesslime.com") that are not on the list of sites.
BARE_TLDS = words("com net org io tv gg co.uk org.uk me.uk com.au net.au co.nz ca us ly app dev xyz blog site online")
#: Country domains, only under a game server's subdomain ("play.dilliblocks.in"; "naledi.dances.za" is a handle).
COUNTRY_TLDS = words("in co.in ie za co.za nz au uk ph com.ph sg com.sg my com.my ng com.ng ke co.ke gh pk lk")
_SERVER_SUBDOMAINS = words("play mc join hub smp pvp server srv lobby survival")
# Every ".tld" that can end a site or a bare domain; the host around it is read in code.
_ANCHOR_TLDS = sorted(
    {s.rsplit(".", 1)[1] for s in SITES} | {t.rsplit(".", 1)[-1] for t in BARE_TLDS | COUNTRY_TLDS}, key=len
)
_HOST_TLD_RE = re.compile(r"\.(?:" + "|".join(reversed(_ANCHOR_TLDS)) + r")(?![a-z0-9\-])")
_HOST_RIGHT_RE = re.compile(r"[a-z0-9.\-]{0,253}")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_PATH_RE = re.compile(r"/" + _URL_CHARS + r"{0,2048}")
_AT_BEFORE_RE = re.compile(r"(?:@|(?<![a-z0-9])at|[\])}>])\s{0,3}$")
_PLAIN_SUBDOMAINS = frozenset({"m", "mobile", "vm", "open", "en", "web", "app"})
_TRAILING = ".,;:!?'\"*…’”"
_CLOSERS = {")": "(", "]": "[", "}": "{"}


class HandleScanner:
    """Finds social handles (:attr:`Kind.HANDLE`) and links (:attr:`Kind.URL`)."""

    name = "handle"
    kinds = frozenset({Kind.HANDLE, Kind.URL})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield URL and HANDLE findings for ``ctx.text``, never two that overlap."""
        folded = ctx.folded
        found: list[tuple[int, int, Kind, float]] = []
        if "." in folded or "/" in folded:
            found.extend(_urls(folded))
        if "@" in folded:
            found.extend(_mentions(ctx.text, folded))
        if "#" in folded:
            found.extend(_tags(folded))
        found.extend(_cued(ctx.text, folded))
        # "SW-1234-5678-9012", "kevo_254 add me on cod", "follow my art acc sketchy.mia"
        found.extend(world_handles(ctx.text, folded, lambda s, e: _username(ctx.text, folded, s, e) is None))
        if not found:
            return
        # URLs first, then the longest; drop anything overlapping what is kept.
        found.sort(key=lambda f: (f[2] is not Kind.URL, -(f[1] - f[0]), f[0]))
        kept = sorted(first_fit(found))
        for start, end, kind, confidence in kept:
            yield ctx.finding(kind, start, end, scanner=self.name, confidence=confidence)


# -- URLs -----------------------------------------------------------------------------------------


def _urls(folded: str) -> Iterator[tuple[int, int, Kind, float]]:
    """Links: scheme or ``www.`` URLs, profile links on known sites, other bare domains."""
    starts: list[int] = []  # the scheme URLs, in order and never overlapping
    ends: list[int] = []
    if "://" in folded or "www." in folded:
        for m in _SCHEME_RE.finditer(folded):
            end = _trim_url(folded, m.start(), m.end())
            if end - m.start() > 8 and not _public_site(folded[m.start() : end]):
                starts.append(m.start())
                ends.append(end)
                yield m.start(), end, Kind.URL, 0.99
    done = 0  # every host is read once: later ".tld"s inside it are skipped
    for m in _HOST_TLD_RE.finditer(folded):
        if m.start() < done:
            continue
        start = m.start()
        limit = max(done, start - 253)
        while start > limit and folded[start - 1] in _HOST_CHARS:
            start -= 1
        done = _HOST_RIGHT_RE.match(folded, m.end()).end()  # type: ignore[union-attr]
        if start == limit and start > 0 and folded[start - 1] in _HOST_CHARS:
            continue  # longer than a host name can be
        hit = _bare_url(folded, start, m.start(), m.end(), done)
        if hit is None:
            continue
        start, end, confidence = hit
        i = bisect_right(starts, start)
        if (i > 0 and ends[i - 1] > start) or (i < len(starts) and starts[i] < end):
            continue  # inside "https://..." already reported
        done = max(done, end)
        yield start, end, Kind.URL, confidence


def _bare_url(folded: str, start: int, dot: int, tld_end: int, host_end: int) -> tuple[int, int, float] | None:
    """``(start, end, confidence)`` of a link without a scheme, given the host around one ".tld"."""
    while host_end > tld_end and folded[host_end - 1] in ".-":
        host_end -= 1
    while start < dot and folded[start] in ".-":
        start += 1
    if start > 0 and (folded[start - 1] in "@_/\\" or folded[start - 1].isalnum()):
        return None  # the domain of an e-mail address, or part of a longer token
    host = folded[start:host_end]
    labels = host.split(".")
    if "" in labels or len(labels) > 6:
        return None
    end = host_end
    if end < len(folded) and folded[end] == "/":
        end = _trim_url(folded, start, _PATH_RE.match(folded, end).end())  # type: ignore[union-attr]
    has_path = end - host_end > 1
    name = labels[1:] if labels[0] == "www" else labels
    for i in range(len(name) - 1):
        if ".".join(name[i:]) in _SITE_SET:
            plain = i == 0 or (i == 1 and name[0] in _PLAIN_SUBDOMAINS)
            if plain and not has_path:
                return None  # "youtube.com" alone leads to nobody
            return start, end, 0.95
    two = ".".join(name[-2:])
    tld = two if two in BARE_TLDS or two in COUNTRY_TLDS else name[-1]
    labels_before = len(name) - tld.count(".") - 1
    if tld in COUNTRY_TLDS and tld not in BARE_TLDS:
        if labels_before < 2 or name[0] not in _SERVER_SUBDOMAINS:
            return None
    elif tld not in BARE_TLDS or labels_before < 1:
        return None
    if _public_site(folded[start:end]):
        return None
    # The site's own name is the label before its top-level domain: in "play.wombatcraft.net"
    # (a game server's address) "play" is only the service, so it is not what must look like a name.
    first = name[-2 - tld.count(".")]
    if len(first) < 3 or first.isdigit() or is_common_word(first):
        return None  # "the mall.com", "this.com"
    if _AT_BEFORE_RE.search(folded, max(0, start - 8), start):
        return None  # "jake at site.com" is an e-mail address
    return start, end, 0.8 if has_path else 0.6


_HOST_RE = re.compile(r"(?:https?://)?(?:www\.)?([a-z0-9.\-]{1,253})")
#: Second-level names under which a country's sites sit ("bbc.co.uk", "bom.gov.au").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})


def _public_site(url: str) -> bool:
    """A link to a public website (lexicon ``public_sites``: ``bbc.co.uk/bitesize``) or to a brand's
    home page (``www.lego.com``; a path may lead anywhere on a big site): no child's page is there."""
    m = _HOST_RE.match(url)
    if m is None:
        return False
    labels = m.group(1).split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]  # "bbc.co.uk" -> "bbc", "co"
    if len(labels) != 2 and not (len(labels) == 3 and labels[1] in _SECOND_LEVEL):
        return False  # a subdomain of its own ("mia.example.com") may be someone's
    name = labels[0]
    if name in lexicon.entries("public_sites"):
        return True
    has_path = len(url) > m.end() + 1
    return not has_path and name in _brand_names()


@cache
def _brand_names() -> frozenset[str]:
    """The famous list's brands as a domain writes them ("tim hortons" -> "timhortons")."""
    return frozenset(e.replace(" ", "").replace("'", "") for e in lexicon.entries("famous"))


_LINK_TAIL_RE = re.compile(_URL_CHARS + r"{0,2048}")


def link_end(folded: str, start: int) -> int:
    """Where a link that starts at ``start`` ends: at white space or a character links do not
    hold, without trailing punctuation or an unbalanced closing bracket."""
    return _trim_url(folded, start, _LINK_TAIL_RE.match(folded, start).end())  # type: ignore[union-attr]


def _trim_url(folded: str, start: int, end: int) -> int:
    """``end`` moved left over trailing punctuation and unbalanced closing brackets."""
    while end > start:
        ch = folded[end - 1]
        unbalanced = ch in _CLOSERS and folded.count(_CLOSERS[ch], start, end) < folded.count(ch, start, end)
        if ch in _TRAILING or unbalanced:
            end -= 1
        else:
            break
    return end


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
        mine = before is not None and before.group("my") is not None
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
                if not mine and not noun and _ITS_RE.fullmatch(sep.strip()):
                    # "snap its jakeyboi11" names a username only when the word looks like one
                    # ("add me on snap its easier"); "my snap its jake" says whose it is
                    explicit = False
                if platform.endswith(("uid", " id")):  # "genshin uid 812345678": a game ID has digits
                    if not any(c.isdigit() for c in folded[start:end]):
                        continue
                    explicit = True
                if platform in needs_cue and not (explicit or mine):
                    pass
                elif explicit and (looks or _plausible_name(folded[start:end])):
                    yield start, end, Kind.HANDLE, 0.95 if looks else 0.75
                    continue
                elif looks:
                    yield start, end, Kind.HANDLE, 0.85
                    continue
        if platform in needs_cue:
            continue
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
    if is_common_word(name) or _NOT_NAME_RE.fullmatch(name):
        return None
    if not any(c.isalpha() for c in name):  # "1.20.1", "360"; a numeric id needs a cue ("roblox id: 123456")
        return (start, end, False) if name.isdigit() and len(name) >= 4 else None
    if len(name) < 2 and not low.startswith("@"):
        return None
    return start, end, low.startswith("@") or tag or looks_like_handle(token.lstrip("@#"))


def _plausible_name(low: str) -> bool:
    """After an explicit cue: any token that is not an ordinary word (``-ing`` forms included)."""
    name = low.lstrip("@#")
    return not (is_common_word(name) or (name.isalpha() and name.endswith("ing")))


__all__ = ["COMMON_WORDS", "SITES", "HandleScanner", "is_common_word", "looks_like_handle"]
