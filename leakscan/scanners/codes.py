"""QR codes and barcodes in a picture: decode them (zxing-cpp) and read what the payload gives away.

Two steps, each usable alone:

* :func:`decode_codes` finds every code zxing-cpp can locate in a decoded picture: its
  format, its payload as text and a ``box`` ``(x, y, width, height)`` in the picture's pixels.
  A code that is located but not decoded fully (a failed checksum, binary data, a code past
  :data:`MAX_CODES`) is still returned, with :attr:`Code.problem` saying why (no value in it).
* :func:`payload_findings` turns one code's payload into findings, each carrying the code's
  ``box`` and ``field`` (``"QR Code payload"``...): ``tel:``/``sms:`` -> PHONE, ``mailto:`` ->
  EMAIL, ``geo:`` -> GPS (named like a photo's GPS, :func:`leakscan.geo.describe`),
  MECARD/vCard fields by their name, a WIFI network name through the text scanners (the
  password is never read), everything else (plain text, links such as ``wa.me/<number>``,
  ``t.me/<name>``) through the text scanners.

Fail closed: :func:`payload_findings` returns :class:`PartialFindings`, a list of findings
with ``incomplete``: the reasons the code was *not fully checked* (the code's own problem, a
payload over :data:`MAX_PAYLOAD_CHARS`, a text scanner that failed). A caller turns a
non-empty ``incomplete`` into the item's error (``ScanResult.error``), never into "ok". The
reasons name the problem, never a value.

Offsets: a span finding's ``start``/``end`` point into :attr:`Code.text`, so
``code.text[start:end] == finding.text``; a GPS finding carries the coordinates (and
``place``) without offsets, as photo metadata GPS does.

zxing-cpp (Apache-2.0) is a native library with no model files: nothing is downloaded, and
importing this module does not import it (it is imported on the first decode).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .. import geo
from ..findings import Finding, Kind
from ..settings import Settings, default_settings
from .base import PartialFindings
from .detect import detect_text
from .handle import SITES
from .picture import Picture, PictureLike

#: The scanner name on every finding from a code.
NAME = "codes"
#: Longest payload read (characters). The biggest QR code holds 7,089 digits or 4,296
#: characters; a longer "payload" is not a real code: only its first part is read, and the
#: code is not fully checked.
MAX_PAYLOAD_CHARS = 8192
#: Most codes read in one picture; codes past it are returned unread (not fully checked).
MAX_CODES = 64
#: Fewest digits a ``tel:``/``sms:`` number needs to be a PHONE (emergency and short codes are not).
MIN_PHONE_DIGITS = 7
#: Most fields read in one contact card or Wi-Fi payload (a field past it: not fully checked).
MAX_FIELDS = 256
#: A picture longer than this is read on a copy reduced by an integer factor (a 12-megapixel
#: photo at half size: ~0.3x the decoder's CPU time, benchmarks/codes_speed.py). zxing-cpp
#: needs about 2 pixels a module on the copy, so a code in a 4000x3000 photo must be about 4
#: pixels a module (a 25-module code ~100 pixels across, 2.5% of the width); pictures up to
#: this size (screenshots, phone photos sent through a chat app) are read at full size.
MAX_SIDE = 2048


@dataclass(frozen=True, slots=True)
class Code:
    """One code found in a picture."""

    #: zxing-cpp's name for the symbology: ``"QR Code"``, ``"EAN-13"``, ``"Data Matrix"``...
    format: str
    #: The payload as text ("" when it could not be decoded).
    text: str
    #: ``(x, y, width, height)`` in the picture's pixels, covering the whole code (for a code
    #: found but not decoded: where the decoder saw it, which may be less exact).
    box: tuple[int, int, int, int]
    #: Why the payload is not fully known (no value in it), or None when it was decoded fully.
    problem: str | None = None

    @property
    def field(self) -> str:
        """The ``field`` its findings carry: ``"QR Code payload"``."""
        return f"{self.format} payload"


# -- decoding -----------------------------------------------------------------------------------


@functools.cache
def _zxing() -> Any:
    """zxing-cpp, imported on first use (once per process): ``import leakscan`` stays light."""
    import zxingcpp

    return zxingcpp


def decode_codes(image: PictureLike) -> list[Code]:
    """Every QR code and barcode zxing-cpp finds in ``image``, in its reading order.

    Codes that are located but not decoded (a QR or Aztec code whose checks fail), hold
    binary data, or come past :data:`MAX_CODES` are returned too, with :attr:`Code.problem`
    set: they were seen and must not read as "nothing here". A failed read of another format
    is dropped: textures in ordinary photos make those (see :func:`_finder_patterned`). A QR
    code located but not decoded gets a second look first (:mod:`.codes_retry`: a code cut at
    the picture's or a pack's edge); only what that decodes replaces it. The picture is read in grey; transparent parts
    count as white (a code drawn on a transparent background is still black on white).
    """
    zx = _zxing()
    picture = Picture.of(image)
    factor = -(-max(picture.size) // MAX_SIDE)  # the smallest integer bringing it within MAX_SIDE
    read = picture.grey(factor)
    codes: list[Code] = []
    results = list(zx.read_barcodes(read, return_errors=True))
    if any(r.error is not None and _finder_patterned(r.format) for r in results):
        # a QR code cut at the picture's or a pack's edge: a second look round it first
        from .codes_retry import second_look

        results = second_look(zx, read, results, _finder_patterned)
    for found in results:
        if found.error is not None and not _finder_patterned(found.format):
            # DataMatrix, PDF417 and linear "codes" with a failed check are what textures make
            # (4 of 53 corpus photos without a code, read at 2,000 pixels); a QR or Aztec code's finder pattern is not
            # (0 of 53): only those count as a code seen but not read
            continue
        fmt = str(found.format) or "barcode"
        box = _scaled(_box(found.position, read.size, linear=_is_linear(zx, found.format)), factor, picture.size)
        if len(codes) >= MAX_CODES:
            codes.append(Code(fmt, "", box, f"more than {MAX_CODES} codes in one picture"))
            continue
        problem = None
        text = found.text
        if found.error is not None:
            problem = f"{fmt} found but not decoded ({_error_name(found.error)} error)"
            text = ""  # a payload that failed its checks is noise, never a value
        elif found.content_type == zx.ContentType.Binary:
            problem = f"{fmt} holds binary data, not text"
        elif found.content_type == zx.ContentType.UnknownECI:
            problem = f"{fmt} uses an unknown character set"
        elif _is_partial(found):
            problem = f"{fmt} is one part of a payload split over several codes"
        codes.append(Code(fmt, text, box, problem))
    return codes


def _finder_patterned(fmt: Any) -> bool:
    """QR codes (all kinds) and Aztec codes: located by a finder pattern a texture rarely fakes."""
    return str(fmt).split()[0] in {"QR", "Micro", "rMQR", "Aztec"}


def _error_name(error: Any) -> str:
    return str(getattr(error, "type", "")).rpartition(".")[2].lower() or "decoding"


def _is_linear(zx: Any, fmt: Any) -> bool:
    """A one-dimensional barcode (EAN, UPC, Code 128...): its reported position is a scan line."""
    return fmt in _linear_formats(zx)


@functools.cache
def _linear_formats(zx: Any) -> frozenset[Any]:
    return frozenset(zx.barcode_formats_list(zx.BarcodeFormat.AllLinear))


def _is_partial(found: Any) -> bool:
    """A QR code of a structured-append sequence holds only part of the payload (when the
    binding says so in ``extra``; zxing-cpp 3.1's Python binding does not expose it yet)."""
    extra = getattr(found, "extra", None) or {}
    size = extra.get("StructuredAppendSize", extra.get("SequenceSize", -1)) if isinstance(extra, dict) else -1
    try:
        return int(size) > 1
    except (TypeError, ValueError):
        return False


def _box(position: Any, size: tuple[int, int], *, linear: bool) -> tuple[int, int, int, int]:
    """The axis-aligned box around a code's four corners, clamped to the picture.

    A linear barcode's corners are only the stretch of scan lines that read it: on a tilted
    code that is a thin band or a slanted parallelogram, short of the bars' ends. Its box is
    the code as it can be at most: a rectangle along the scan direction, as long as the read
    stretch, at least 0.8 of that across (real bars are 0.15-0.7 of a code's length), with a
    margin of a tenth of the length all round, turned like the scan. Covering the box covers
    the code: more rather than less.
    """
    corners = [position.top_left, position.top_right, position.bottom_right, position.bottom_left]
    xs = [float(p.x) for p in corners]
    ys = [float(p.y) for p in corners]
    if linear:
        xs, ys = _linear_extent(xs, ys)
    width, height = size
    left, top = max(0, math.floor(min(xs))), max(0, math.floor(min(ys)))
    right, bottom = min(width, math.floor(max(xs)) + 1), min(height, math.floor(max(ys)) + 1)
    return left, top, max(0, right - left), max(0, bottom - top)


def _scaled(box: tuple[int, int, int, int], factor: int, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """A box on the copy reduced by ``factor``, in the picture's own pixels (clamped to it)."""
    left, top, width, height = (v * factor for v in box)
    return left, top, max(0, min(width, size[0] - left)), max(0, min(height, size[1] - top))


def _linear_extent(xs: list[float], ys: list[float]) -> tuple[list[float], list[float]]:
    """The corners of the largest rectangle a linear code read along these corners can be."""
    cx, cy = sum(xs) / 4, sum(ys) / 4
    # the scan direction: along the top and bottom edges (top-left -> top-right)
    dx = (xs[1] - xs[0] + xs[2] - xs[3]) / 2
    dy = (ys[1] - ys[0] + ys[2] - ys[3]) / 2
    length = math.hypot(dx, dy)
    if length < 1:
        return xs, ys
    ux, uy = dx / length, dy / length
    # how far the read stretch reaches across the scan direction
    across = max(abs((x - cx) * -uy + (y - cy) * ux) for x, y in zip(xs, ys, strict=True)) * 2
    pad = length / 10
    a = length / 2 + pad
    b = max(across, 0.8 * length) / 2 + pad
    half_w, half_h = abs(ux) * a + abs(uy) * b, abs(uy) * a + abs(ux) * b
    return [cx - half_w, cx + half_w], [cy - half_h, cy + half_h]


# -- payloads -----------------------------------------------------------------------------------

#: One span of the payload: what it is (a kind, or None for "read it with the text scanners").
_Span = tuple[Kind | None, int, int]

_SCHEME_RE = re.compile(r"\s{0,16}([a-z]{2,10}):", re.IGNORECASE)
_DIGITS_RE = re.compile(r"\d")
_GEO_RE = re.compile(r"geo:\s{0,4}([-+]?\d{1,3}(?:\.\d{1,20})?)\s{0,4},\s{0,4}([-+]?\d{1,3}(?:\.\d{1,20})?)", re.I)
_WORD_JOINERS_RE = re.compile(r"(?<=[^\W\d_])[_\-.](?=[^\W\d_])")
#: A payload that is one reference, capitals and digits joined by hyphens after a word of
#: capitals ("TKT-2031-118204-GATE4", "ORD-77-5550192"): a ticket, a booking, an order.
_REFERENCE_RE = re.compile(r"[A-Z]{2,8}(?:-[A-Z0-9]{1,16}){2,6}")
#: Where a word starts inside a run written without spaces: "69|Quail|Run|Ct", "Okafor|Family".
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[a-z])(?=\d)")
#: A household's network named after it: a name, then "Home", "House" or "Family", maybe a
#: band or "WiFi" after it ("Okafor Home 5G", "Tane House", "O Keefe Family WiFi").
_HOUSEHOLD_RE = re.compile(r"^[ \t]{0,3}(?P<name>[A-Z][A-Za-z'’]{1,30})[ \t]{1,3}(?i:home|house|household|family)\b")


def payload_findings(code: Code, settings: Settings | None = None) -> PartialFindings:
    """What one code's payload gives away: findings with the code's ``box`` and ``field``.

    ``tel:``/``sms:``/``SMSTO:`` -> PHONE; ``mailto:``/``MATMSG:`` -> EMAIL; ``geo:lat,lon``
    -> GPS with the nearest place; ``MECARD:`` and vCard fields by name (N/FN -> PERSON,
    TEL -> PHONE, EMAIL, ADR -> ADDRESS, BDAY -> DATE_OF_BIRTH, ORG, URL, GEO; the others
    through the text scanners); ``WIFI:`` -> its network name through the text scanners (a
    name can name a family or a street); the password is never read, so no finding's
    ``text`` can hold it. Anything else — plain text, links — goes through the text scanners,
    where ``wa.me/<number>`` is a PHONE and ``t.me/<name>``, ``snapchat.com/add/<name>``,
    ``discord.gg/<code>`` are URLs. A link is reported only when it leads to a person (a
    profile site of :data:`leakscan.scanners.handle.SITES`, or a contact card's own URL): a
    product code's link to a shop is not.

    The result's ``incomplete`` lists why the code was not fully checked (see the module).
    """
    settings = settings or default_settings()
    out = PartialFindings()
    if code.problem:
        out.not_fully_checked(code.problem)
    text = code.text
    if len(text) > MAX_PAYLOAD_CHARS:
        out.not_fully_checked(f"{code.format} payload longer than {MAX_PAYLOAD_CHARS:,} characters")
        text = text[:MAX_PAYLOAD_CHARS]
    if not text.strip():
        return out
    spans, gps = _read_payload(text, out, code.format)
    for lat, lon in gps:
        detail, place = geo.describe(lat, lon)
        label = f"{lat:.5f}, {lon:.5f}" if detail != "invalid" else "invalid position"
        out.append(Finding(Kind.GPS, label, field=code.field, scanner=NAME, place=place, detail=detail, box=code.box))
    for kind, start, end in spans:
        if kind is not None:
            out.append(_finding(code, kind, start, end))
        else:
            out.extend(_scanned(code, text, start, end, settings, out))
    return out


def _finding(code: Code, kind: Kind, start: int, end: int, confidence: float = 1.0) -> Finding:
    return Finding(
        kind, code.text[start:end], start=start, end=end, field=code.field, scanner=NAME,
        confidence=confidence, box=code.box,
    )  # fmt: skip


def _scanned(code: Code, text: str, start: int, end: int, settings: Settings, out: PartialFindings) -> list[Finding]:
    """The text scanners on ``text[start:end]``: findings moved onto the payload's offsets.

    Letters joined by ``_``, ``-`` or ``.`` are read as separate words (``Johnson_Family``, a
    network name), with the same length, so the offsets still point into the payload.
    """
    wifi = _is_wifi(text)
    part = _WORD_JOINERS_RE.sub(" ", text[start:end]) if wifi else text[start:end]
    # A network name written in one run ("69QuailRunCt", "OkaforFamily") is read word by word:
    # what those words say is said by the whole name (the offsets of the words are lost).
    words = _CAMEL_RE.sub(" ", part) if wifi else part
    found, failed = detect_text(words, settings, field=code.field)
    for name in failed:
        out.not_fully_checked(f"text scanner {name!r} failed on a {code.format} payload")
    if wifi:  # a family's network: "Brennan Family", "The Okonjos"
        from .screen_printed_names import worn_names

        named = [(f.start or 0, f.end or 0) for f in found if f.kind is Kind.PERSON]
        found += [
            Finding(Kind.PERSON, words[a:b], start=a, end=b)
            for a, b in worn_names(words)
            if not any(s < b and a < e for s, e in named)
        ]
        if head := _household(words):
            # A household is people, not an org: an ORG read over the household's name
            # ("<surname> Family") gives way to the family's PERSON finding.
            found = [f for f in found if not (f.kind is Kind.ORG and (f.start or 0) < head.end())]
            if not any(f.kind is Kind.PERSON for f in found):
                found.append(Finding(Kind.PERSON, words, start=0, end=len(words)))
    result = []
    reference = _REFERENCE_RE.fullmatch(text.strip()) is not None
    for f in found:
        if f.start is None or f.end is None:
            continue
        if f.kind is Kind.PHONE and reference:
            continue  # a ticket's or an order's number between its letters, no one's phone
        if f.kind is Kind.URL and not _leads_to_someone(f.text):
            continue  # a shop's or a product's page: a code on a box, not a way to the child
        at = (start + f.start, start + f.end) if words is part else (start, end)
        result.append(_finding(code, f.kind, *at, f.confidence))
    return result


def _household(words: str) -> re.Match[str] | None:
    """The household's name heading a network's name (read word by word), if it is one: a surname,
    a given name or a word no list knows before "Home", "House" or "Family" ("Okafor Home 5G");
    never an everyday word, even one that is a surname too ("Happy Family", "Guest House"), or a
    big place."""
    from ..truecase import MAJOR, WORD, lexicon

    m = _HOUSEHOLD_RE.match(re.sub(r"[_\-.]", " ", words))
    if m is None or lexicon().classes(m.group("name").lower()) & (MAJOR | WORD):
        return None
    return m


def _is_wifi(text: str) -> bool:
    return text.lstrip()[:5].upper() == "WIFI:"


#: Hosts where anyone makes a site of their own under a path ("sites.google.com/view/<name>").
_PAGE_HOSTS = frozenset({"sites.google.com"})


def _leads_to_someone(url: str) -> bool:
    """A link to a profile, channel or chat on a site where people have one (with a path or
    a user's own subdomain), as :mod:`leakscan.scanners.handle` knows them, or to a site of
    one's own (:data:`_PAGE_HOSTS`)."""
    low = url.lower()
    low = re.sub(r"^[a-z]{2,10}://", "", low, count=1)
    host, slash, path = low.partition("/")
    host = host.rpartition("@")[2].partition(":")[0].removeprefix("www.")
    if host in _PAGE_HOSTS and path.strip("/?#"):
        return True
    for site in SITES:
        if host == site:
            return bool(slash and path.strip("/?#"))
        if host.endswith("." + site) and host.split(".")[0] not in {"m", "mobile", "web", "app", "en"}:
            return True
    return False


def _read_payload(text: str, out: PartialFindings, fmt: str) -> tuple[list[_Span], list[tuple[float, float]]]:
    """The payload's spans (a kind, or None: text for the scanners) and GPS positions."""
    m = _SCHEME_RE.match(text)
    scheme = m.group(1).lower() if m else ""
    at = m.end() if m else 0
    if scheme == "tel":
        return [*_phone_then_text(text, at, "?;")], []
    if scheme in ("sms", "smsto", "mms", "mmsto"):
        sep = ":" if scheme.endswith("to") else "?;"
        return [*_phone_then_text(text, at, sep)], []
    if scheme == "mailto":
        return _mailto(text, at), []
    if scheme == "matmsg":
        return _fields(text, at, _MATMSG_KINDS, out, fmt)
    if scheme == "geo":
        g = _GEO_RE.match(text, m.start(1)) if m else None
        if g is None:
            return [(None, 0, len(text))], []
        rest = _nonblank(text, g.end(), len(text))
        return ([(None, *rest)] if rest else []), [(float(g.group(1)), float(g.group(2)))]
    if scheme == "mecard":
        return _fields(text, at, _CARD_KINDS, out, fmt)
    if scheme == "wifi":
        return _fields(text, at, _WIFI_KINDS, out, fmt)
    if text.lstrip()[:11].upper() == "BEGIN:VCARD":
        return _vcard(text, out, fmt)
    return [(None, 0, len(text))], []


def _nonblank(text: str, start: int, end: int, strip: str = " \t\r\n;,") -> tuple[int, int] | None:
    """``(start, end)`` with separators trimmed off both ends; None when nothing is left."""
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return (start, end) if end > start else None


def _phone_then_text(text: str, at: int, stops: str) -> Iterator[_Span]:
    """``tel:NUMBER`` / ``sms:NUMBER?body=...`` / ``SMSTO:NUMBER:message``."""
    end = at
    while end < len(text) and text[end] not in stops:
        end += 1
    number = _nonblank(text, at, end, " \t\r\n,")
    if number:
        # a number the link dials, even when written oddly: the field says it is a phone; but
        # short numbers (999, 911, a shop's short code) reach no one in particular
        digits = len(_DIGITS_RE.findall(text, *number))
        yield (Kind.PHONE if digits >= MIN_PHONE_DIGITS else None, *number)
    rest = _nonblank(text, end + 1, len(text), " \t\r\n;:?&")
    if rest:
        yield (None, *rest)


def _mailto(text: str, at: int) -> list[_Span]:
    """``mailto:a@b.example,c@d.example?subject=...&body=...``."""
    end = text.find("?", at)
    end = len(text) if end < 0 else end
    spans: list[_Span] = []
    start = at
    for piece in text[at:end].split(","):
        span = _nonblank(text, start, start + len(piece))
        if span:
            spans.append((Kind.EMAIL if "@" in text[span[0] : span[1]] else None, *span))
        start += len(piece) + 1
    rest = _nonblank(text, end + 1, len(text), " \t\r\n&?")
    if rest:
        spans.append((None, *rest))
    return spans


#: What a field of a contact card is, by its name (MECARD and vCard). None: the text scanners read it.
_CARD_KINDS: dict[str, Kind | None] = {
    "N": Kind.PERSON, "FN": Kind.PERSON, "SOUND": Kind.PERSON, "NICKNAME": Kind.PERSON,
    "TEL": Kind.PHONE, "TEL-AV": Kind.PHONE, "EMAIL": Kind.EMAIL,
    "ADR": Kind.ADDRESS, "LABEL": Kind.ADDRESS, "BDAY": Kind.DATE_OF_BIRTH, "ORG": Kind.ORG,
    "URL": Kind.URL, "IMPP": Kind.HANDLE, "X-SOCIALPROFILE": Kind.HANDLE,
}  # fmt: skip
_MATMSG_KINDS: dict[str, Kind | None] = {"TO": Kind.EMAIL}
#: In a Wi-Fi payload only the network name is read; the password (P) and the rest never are.
_WIFI_KINDS: dict[str, Kind | None] = {"S": None}
#: Fields that say nothing about anyone (versions, ids, pictures as base64...): not read.
_SKIPPED = frozenset(
    {"BEGIN", "END", "VERSION", "PRODID", "REV", "UID", "KIND", "LANG", "PHOTO", "LOGO", "KEY"}
    | {"SOUND-DATA", "CATEGORIES", "CLASS", "SOURCE", "TZ"}
)
_GEO_FIELD_RE = re.compile(
    r"(?:geo:)?\s{0,4}([-+]?\d{1,3}(?:\.\d{1,20})?)\s{0,4}[,;]\s{0,4}([-+]?\d{1,3}(?:\.\d{1,20})?)"
)


def _fields(
    text: str, at: int, kinds: dict[str, Kind | None], out: PartialFindings, fmt: str
) -> tuple[list[_Span], list[tuple[float, float]]]:
    """``KEY:value;KEY:value;;`` (MECARD, MATMSG, WIFI), ``\\`` escaping ``;`` ``:`` ``,``.

    Only the keys in ``kinds`` are read (a WIFI payload's ``P:`` password never is); an
    unknown MECARD key's value goes to the text scanners.
    """
    spans: list[_Span] = []
    gps: list[tuple[float, float]] = []
    read_unknown = kinds is _CARD_KINDS
    i, n, count = at, len(text), 0
    while i < n:
        count += 1
        if count > MAX_FIELDS:
            out.not_fully_checked(f"{fmt} payload has more than {MAX_FIELDS} fields")
            break
        end = i
        while end < n and text[end] != ";":
            end += 2 if text[end] == "\\" else 1
        end = min(end, n)
        colon = text.find(":", i, end)
        if colon > i:
            key = text[i:colon].strip().upper()
            span = _nonblank(text, colon + 1, end)
            if span and key in kinds:
                spans.append((kinds[key], *span))
            elif span and key == "GEO":
                g = _GEO_FIELD_RE.match(text, span[0], span[1])
                if g:
                    gps.append((float(g.group(1)), float(g.group(2))))
            elif span and read_unknown and key not in _SKIPPED:
                spans.append((None, *span))
        i = end + 1
    return spans, gps


def _vcard(text: str, out: PartialFindings, fmt: str) -> tuple[list[_Span], list[tuple[float, float]]]:
    """A vCard: one property a line (``item1.TEL;TYPE=cell:+1...``); folded lines go on with
    a blank at the start and are read as part of the property before."""
    spans: list[_Span] = []
    gps: list[tuple[float, float]] = []
    starts = [0, *(m.end() for m in re.finditer(r"\r?\n(?![ \t])", text))]
    if len(starts) > MAX_FIELDS:
        out.not_fully_checked(f"{fmt} payload has more than {MAX_FIELDS} fields")
        starts = starts[:MAX_FIELDS]
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        colon = text.find(":", start, end)
        if colon < 0:
            continue
        name = text[start:colon].split(";", 1)[0].rpartition(".")[2].strip().upper()
        span = _nonblank(text, colon + 1, end)
        if not span or name in _SKIPPED:
            continue
        if name == "GEO":
            g = _GEO_FIELD_RE.match(text, span[0], span[1])
            if g:
                gps.append((float(g.group(1)), float(g.group(2))))
                continue
        spans.append((_CARD_KINDS.get(name), *span))
    return spans, gps


__all__ = ["MAX_CODES", "MAX_PAYLOAD_CHARS", "Code", "decode_codes", "payload_findings"]
