"""EMAIL scanner: plain e-mail addresses and the ways children disguise them.

Plain addresses (``emma.j2013@gmail.com``) and obfuscated ones: ``jakey11 at hotmail dot
com``, ``jakey11 [at] hotmail [dot] com``, ``(at)``, ``{at}``, ``<at>``, ``jakey11@hotmail
dot com``, ``jakey11 at hotmail.com``, ``emma dot j at gmail dot com``, and the free-mail
provider alone when that is unmistakable (``my email is jakey11 at gmail``).

How it works, in linear time: one regular expression finds every "at" separator (``@``,
the word ``at``, or a bracketed ``[at]``); from each one the domain is read to the right
label by label and the local part to the left (on a reversed window), with bounded
repetition everywhere. Spelled-out forms must be *confirmed*: the domain ends in a known
top-level domain or is a known free-mail provider, and the local part is not an ordinary
English word unless the text says it is an e-mail ("email me: sarah at smith dot net").
Nothing here touches the network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Kind
from .base import TextContext, words
from .handle_words import is_common_word

#: Generic top-level domains people actually type (a compact list; no network).
GENERIC_TLDS = words(
    """
    com net org edu gov mil int info biz name pro mobi app dev io ai co me tv gg ly xyz online site store
    shop blog tech cloud email live news club fun art design space website life world today email games
    game page link click one top fans family kids school academy rocks cool ninja party social chat team
    """
)

#: Country-code top-level domains (ISO 3166-1 alpha-2 in use, plus uk/eu/ac/su).
COUNTRY_TLDS = words(
    """
    ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz
    ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk
    fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir
    is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk
    ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl
    pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc
    td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw
    """
)

TLDS = GENERIC_TLDS | COUNTRY_TLDS

#: Free-mail providers (the label before the top-level domain).
PROVIDERS = words(
    """
    gmail googlemail hotmail outlook live msn yahoo ymail rocketmail aol icloud me mac protonmail proton pm
    gmx yandex zoho mail btinternet sky virginmedia talktalk bigpond optusnet xtra shaw rogers sympatico
    comcast verizon att sbcglobal earthlink cox charter web orange free laposte wanadoo libero tutanota
    fastmail hushmail inbox qq 163 rediffmail
    """
)

#: Providers unmistakable enough to count on their own, with no top-level domain
#: ("my email is jakey11 at gmail"). Ordinary words (live, me, mail, outlook...) are not here.
PROVIDERS_ALONE = words(
    "gmail googlemail hotmail icloud protonmail ymail rocketmail aol gmx yandex btinternet tutanota"
)

#: Extensions of file names that look like ``name@2x.png`` and are not e-mail addresses.
FILE_EXTENSIONS = words(
    "png jpg jpeg gif webp svg bmp tif tiff heic mp4 mov avi mkv mp3 wav pdf txt doc docx js ts css html py"
)

# Every "at": the @ sign, the word "at" between spaces (group w), or a bracketed (at)
# (group b). All branches start with one character class, which keeps the search fast.
_AT_RE = re.compile(
    r"[@\s\[({<](?:(?<=@)|(?<=\s)(?P<w>at)(?=\s)|(?<=\s)(?P<b>[\[({<]\s{0,2}at\s{0,2}[\])}>])"
    r"|(?<=[\[({<])\s{0,2}at\s{0,2}[\])}>])"
)
# One domain label (trailing hyphens are trimmed afterwards).
_LABEL_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
# A dot between labels: ".", " . ", " dot ", "[dot]", "(dot)", "{dot}", "<dot>".
_DOT_RE = re.compile(r"\.|\s{1,2}\.\s{1,2}|\s{1,3}dot\s{1,3}|\s{0,3}[\[({<]\s{0,2}dot\s{0,2}[\])}>]\s{0,3}")
# White space between an "at" and the domain.
_SPACE_RE = re.compile(r"\s{0,3}")
# The local part, read right-to-left on a reversed window: pieces joined by reversed
# " dot " / "[dot]" ("emma dot j" -> "j tod amme").
_REV_LOCAL_RE = re.compile(
    r"(?P<sp>\s{0,3})[a-z0-9._%+\-]{1,64}"
    r"(?:(?:\s{1,3}tod\s{1,3}|\s{0,3}[\])}>]\s{0,2}tod\s{0,2}[\[({<]\s{0,3})[a-z0-9._%+\-]{1,64}){0,3}"
)
# Words that say "this is an e-mail address", looked for just before the local part.
_CUE_RE = re.compile(r"e-?mail|\bmail|contact|reach|write|addy|address|\bmsg\b|message|inbox")
_NOT_LOCAL_RE = re.compile(r"[^a-z0-9._%+\-]+")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-")
_LOCAL_WINDOW = 220  # characters read to the left of an "at" (bounds the work per "at")


class EmailScanner:
    """Finds e-mail addresses, plain and obfuscated, and reports them as :attr:`Kind.EMAIL`."""

    name = "email"
    kinds = frozenset({Kind.EMAIL})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield one EMAIL finding per address in ``ctx.text`` (offsets into the original)."""
        folded = ctx.folded
        if "@" not in folded and "at" not in folded:
            return
        last_end = 0
        for m in _AT_RE.finditer(folded):
            at = "w" if m.group("w") else "b" if m.group("b") else None
            at_start, at_end = m.span(at) if at else m.span()
            if at_start < last_end:
                continue
            hit = _read_address(ctx, folded, at_start, at_end, m.group() == "@")
            if hit is None:
                continue
            start, end, confidence = hit
            if start < last_end:
                continue
            last_end = end
            yield ctx.finding(Kind.EMAIL, start, end, scanner=self.name, confidence=confidence)


def _read_address(
    ctx: TextContext, folded: str, at_start: int, at_end: int, plain_at: bool
) -> tuple[int, int, float] | None:
    """The span ``(start, end, confidence)`` of the address around one "at", or None."""
    # -- domain, to the right ------------------------------------------------------------
    pos = at_end
    if not plain_at or (pos < len(folded) and folded[pos].isspace()):
        pos = _SPACE_RE.match(folded, pos).end()  # type: ignore[union-attr]
    labels: list[tuple[int, int, bool]] = []  # (start, end, literal dot before it)
    label = _LABEL_RE.match(folded, pos)
    if label is None:
        return None
    labels.append((label.start(), _trim_hyphens(folded, label.start(), label.end()), True))
    while len(labels) < 6:
        dot = _DOT_RE.match(folded, labels[-1][1])
        if dot is None:
            break
        label = _LABEL_RE.match(folded, dot.end())
        if label is None:
            break
        literal = dot.group() == "."
        labels.append((label.start(), _trim_hyphens(folded, label.start(), label.end()), literal))
        if labels[-1][1] < label.end():  # "jake@site-.com": a trimmed label ends the domain
            break
    names = [folded[s:e] for s, e, _ in labels]
    # The longest domain ending in a known top-level domain.
    n = 0
    for i in range(len(names) - 1, 0, -1):
        if names[i] in TLDS:
            n = i + 1
            break
    spaced = not plain_at or folded[at_end : labels[0][0]] != ""
    if n == 0 and plain_at and not spaced:
        # A plain address may use any alphabetic top-level domain (not a file extension),
        # as long as every dot up to it is a real ".".
        literal = 1
        while literal < len(labels) and labels[literal][2]:
            literal += 1
        for i in range(literal - 1, 0, -1):
            w = names[i]
            if w.isalpha() and 2 <= len(w) <= 24 and w not in FILE_EXTENSIONS:
                n = i + 1
                break
    if n == 0:
        if names[0] not in PROVIDERS_ALONE:
            return None
        n = 1
    provider = any(w in PROVIDERS for w in names[: max(1, n - 1)])
    spelled_dot = not all(labels[i][2] for i in range(1, n))
    end = labels[n - 1][1]
    if end < len(folded) and (folded[end].isalnum() or folded[end] == "@"):
        return None
    # -- local part, to the left (read on a reversed window) ------------------------------
    lo = max(0, at_start - _LOCAL_WINDOW)
    rev = folded[lo:at_start][::-1]
    loc = _REV_LOCAL_RE.match(rev)
    if loc is None:
        return None
    if plain_at and not spaced and loc.group("sp"):
        spaced = True
    if not plain_at and not loc.group("sp") and folded[at_start] not in "[({<":
        return None
    local_start = at_start - loc.end()
    local_end = at_start - len(loc.group("sp"))
    limit = max(lo, local_start - 64)
    while local_start > limit and (folded[local_start - 1].isalnum() or folded[local_start - 1] in _LOCAL_CHARS):
        # "müller@web.de", "jo.sé.11@...": letters beyond ASCII belong to the local part too
        local_start -= 1
    if not plain_at and folded[local_start:local_end].isdigit() and folded[local_start - 1 : local_start] == " ":
        # "jo dot k 2013 at gmail dot com": the digits apart from the spelled-out name before them.
        more = _REV_LOCAL_RE.match(folded[max(0, local_start - 1 - _LOCAL_WINDOW) : local_start - 1][::-1])
        if more is not None and not more.group("sp") and " tod " in more.group():
            local_start -= 1 + more.end()
    # The local part starts at a word boundary (not inside "i'm" or a longer token).
    if loc.end() == len(rev) and lo > 0:
        return None
    if local_start > 0 and (folded[local_start - 1] in "'’@" or folded[local_start - 1] in _LOCAL_CHARS):
        return None
    while local_start < local_end and folded[local_start] in ".-+%":
        local_start += 1
    if local_start >= local_end:
        return None
    local = folded[local_start:local_end]
    pieces = [p for p in _NOT_LOCAL_RE.split(local) if p and p != "dot"]
    if not pieces:
        return None
    spelled_local = len(pieces) > 1
    # -- confirm --------------------------------------------------------------------------
    if plain_at and not spaced:
        if not spelled_dot and n >= 2:
            return local_start, end, 0.99
        return local_start, end, 0.9 if n >= 2 else 0.8
    # Spelled-out or spaced: the local part must not be an ordinary word ("look at that").
    if len(pieces) == 1 and (is_common_word(local) or local.isdigit()):
        return None
    common = [is_common_word(p) for p in pieces if len(p) > 1]
    # "keanu dot games at gmail dot com": at a free-mail provider one word that is no ordinary word will do
    if spelled_local and any(common) and not (provider and not all(common)):
        return None
    if provider:
        return local_start, end, 0.9 if n >= 2 else 0.8
    if n < 2:
        return None
    strong = (
        plain_at
        or folded[at_start] in "[({<"
        or _is_shouted(ctx.text, at_start, at_end)
        or _handle_like(ctx.text[local_start:local_end])
        or _CUE_RE.search(folded, max(0, local_start - 40), local_start) is not None
    )
    if not strong and not spelled_dot and not spelled_local:
        # "sarah at smithfamily.net": a real domain written with dots, a non-word local part.
        strong = len(local) >= 2 and not is_common_word(names[0])
    if not strong:
        return None
    return local_start, end, 0.85


def _trim_hyphens(folded: str, start: int, end: int) -> int:
    """``end`` moved left over trailing hyphens (a label never ends with one)."""
    while end > start + 1 and folded[end - 1] == "-":
        end -= 1
    return end


def _is_shouted(text: str, at_start: int, at_end: int) -> bool:
    """True for an upper-case "AT" in otherwise mixed-case text (a deliberate separator)."""
    word = text[at_start:at_end].strip()
    return word == "AT" and not text.isupper()


def _handle_like(token: str) -> bool:
    """True when a local part does not read like a word: digits, ``_``, ``.``, ``+``."""
    return any(c.isdigit() or c in "_.+" for c in token)


__all__ = ["PROVIDERS", "TLDS", "EmailScanner"]
