"""URL finding for the handle scanner: ``http(s)://...`` and ``www....`` links, links to the
sites where children have profiles (:data:`SITES`), and bare domains under a common top-level
domain; a known site's or a public site's home page leads to nobody and is left out.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from .. import lexicon
from ..findings import Kind
from .base import words
from .handle_words import is_common_word

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
            "carrd.co neocities.org bit.ly tinyurl.com whatsapp.com signal.group "
            # chess sites: a player's profile under its path ("chess.com/member/<name>"), nobody's at the bare name
            "chess.com lichess.org "
            # free game-server hosts: a subdomain is somebody's own server ("mia.aternos.me")
            "aternos.me minehut.gg ploudos.me falixsrv.me playit.gg"
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


def urls(folded: str) -> Iterator[tuple[int, int, Kind, float]]:
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
            if _famous_profile(folded[start:end]):
                return None  # "youtube.com/@mrbeast": a star's channel, public
            return start, end, 0.95
    two = ".".join(name[-2:])
    tld = two if two in BARE_TLDS or two in COUNTRY_TLDS else name[-1]
    labels_before = len(name) - tld.count(".") - 1
    if tld in COUNTRY_TLDS and tld not in BARE_TLDS:
        served = _SERVER_BEFORE.search(folded, max(0, start - 24), start) is not None
        if not served and (labels_before < 2 or name[0] not in _SERVER_SUBDOMAINS):
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


#: A game server's address told as one ("my mc server kiwicraft.nz", "server ip: ..."): a country
#: domain after it is the server, with no "play." before it.
_SERVER_BEFORE = re.compile(
    r"\bserver(?:\s{1,3}(?:ip|address|is))?\s{0,3}[:=-]?\s{0,3}$|\bip\s{0,3}(?:is)?\s{0,3}[:=-]?\s{0,3}$"
)


#: The first label of a game server's joining address ("play.hypixel.net", "mc.hypixel.net").
_SERVER_HOSTS = frozenset({"play", "mc", "join", "hub", "us", "eu", "na", "asia"})

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
    if len(labels) == 3 and labels[0] in _SERVER_HOSTS and labels[1] in lexicon.entries("public_sites"):
        labels = labels[1:]  # "play.hypixel.net": the joining address of a public game server
    if len(labels) != 2 and not (len(labels) == 3 and labels[1] in _SECOND_LEVEL):
        return False  # a subdomain of its own ("mia.example.com") may be someone's
    name = labels[0]
    if name in lexicon.entries("public_sites") or _famous_profile(url):
        return True
    has_path = len(url) > m.end() + 1
    return not has_path and name in _brand_names()


#: A profile's path on a site of :data:`SITES`: "/@name", "/name", "/c/name", "/user/name",
#: "/channel/name", then nothing or a tab of it ("/videos").
_PROFILE_PATH_RE = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?P<site>[a-z0-9.\-]{1,253})/(?:(?:c|user|channel)/)?@?(?P<name>[a-z0-9._\-]{2,64})"
    r"(?:/(?:videos|shorts|featured|streams|live)?)?/?"
)


def _famous_profile(url: str) -> bool:
    """A link to the profile of someone on the famous list ("youtube.com/@mrbeast",
    "tiktok.com/@khaby.lame"): a star's channel is public, a child's handle is not on the list."""
    m = _PROFILE_PATH_RE.fullmatch(url)
    if m is None or m.group("site") not in _SITE_SET:
        return False
    return famous_account(m.group("name"))


def famous_account(name: str) -> bool:
    """An account name (lower case, without "@") that is a famous name of the lists written as one
    word ("mrbeast", "khaby.lame", "nasa")."""
    return name.replace(".", "").replace("_", "").replace("-", "") in _brand_names()


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


__all__ = ["BARE_TLDS", "COUNTRY_TLDS", "SITES", "link_end", "urls"]
