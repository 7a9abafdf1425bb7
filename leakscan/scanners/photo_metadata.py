"""The photo metadata scanner: a container's :class:`RawMetadata` -> findings.

Whatever the container (JPEG, TIFF, PNG, WebP, HEIF, QuickTime...), its handler hands over
undecoded EXIF/XMP/IPTC blocks, free-text fields and a few fields it decoded itself. This
scanner decodes the blocks (:mod:`leakscan.media.exif`, ``xmp``, ``iptc``) and reports:

* **GPS** — EXIF GPS IFD (also inside the EXIF thumbnail), XMP ``exif:GPS*`` / drone /
  Darwin Core coordinates, handler fields (FLIR GPS, QuickTime ISO 6709); one finding per
  distinct position, with the nearest place; ``detail`` ``"zero"`` for the 0,0 placeholder,
  ``"invalid"`` for impossible values, ``"cell"`` for mobile-network cell ids;
* **LOCATION** — place names (XMP/IPTC City, Sub-location, State, Country, maker-note home
  cities...);
* **OWNER** — Artist, Copyright, owner names, creators (an owner value holding a phone
  number or e-mail also yields PHONE/EMAIL);
* **DEVICE_ID** — body/lens/internal serial numbers, ImageUniqueID;
* **THUMBNAIL** — embedded previews;
* **DATETIME** — the capture time (one finding);
* text kinds from free-text fields (descriptions, comments, keywords, the file name),
  through :func:`leakscan.scanners.detect.detect_text`, with ``field`` set and offsets into that
  field's text (control characters are blanked first, keeping the length);
* fail closed: every other string value (a program name, a processing method, XMP of any
  namespace, IPTC data sets, QuickTime atoms, maker-note strings, the texts of an ICC colour
  profile) gets the pattern scanners (:data:`OTHER`), unless it is plainly no text; a field
  known to hold none (a camera's or lens's name: :data:`NOT_TEXT_NAMES`) is read only when
  its value does not look like one.

Structured findings have confidence 1.0; the same value seen in several places is
reported once (the first place it was seen names the field).
"""

from __future__ import annotations

import math
import re
from contextlib import nullcontext
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .. import geo
from ..errors import InputError
from ..findings import Finding, Kind
from ..media import exif, photoshop
from ..media import icc as icc_mod
from ..media import iptc as iptc_mod
from ..media import xmp as xmp_mod
from ..media.base import RawMetadata
from ..media.exif_data import Entry, ExifData, bytes_text, gps_coordinate, user_comment, xp_text
from ..media.exif_tags import BYTE, SBYTE, TYPE_SIZE
from ..media.makernotes import PENTAX_CITIES
from ..settings import Settings
from . import text_scanners
from .detect import detect_text

NAME = "photo_metadata"

# -- classification of tag / property names -----------------------------------------------------

OWNER_NAMES = frozenset(
    {
        "Artist",
        "Copyright",
        "OwnerName",
        "CameraOwnerName",
        "By-line",
        "CopyrightNotice",
        "XPAuthor",
        "creator",
        "rights",
        "Creator",
        "Rights",
        "Author",
        "Credit",
        "Owner",
        "Writer-Editor",
        "CaptionWriter",
        "Byline",
        "Copyright Notice",
        "©ART",
        "©aut",
        "©cpy",
        "©wrt",
        "artist",
        "author",
        "copyright",
        "RecordingCopyright",
    }
)
DEVICE_NAMES = frozenset(
    {
        "SerialNumber",
        "BodySerialNumber",
        "LensSerialNumber",
        "CameraSerialNumber",
        "InternalSerialNumber",
        "ImageUniqueID",
        "CameraID",
        "RawDataUniqueID",
    }
)
LOCATION_NAMES = frozenset(
    {
        "City",
        "City2",
        "Sub-location",
        "Sublocation",
        "Province-State",
        "ProvinceState",
        "State",
        "Country",
        "CountryName",
        "CountryCode",
        "Country-PrimaryLocationName",
        "Country-PrimaryLocationCode",
        "Location",
        "LocationName",
        "ContentLocationName",
        "HometownCity",
        "DestinationCity",
        "Landmark",
        "GPSAreaInformation",  # the name of the GPS area: a place
        "Places",
        "Locality",
        "StateProvince",
        "County",
        "Municipality",
        "CiAdrCity",
        "CiAdrRegion",
        "CiAdrCtry",
        "CiAdrPcode",
        "DCCountry",
        "DCCountryCode",
        "DCStateProvince",
        "DCLocality",
        "locality",
        "country",
        "location",
    }
)
PERSON_NAMES = frozenset(
    {
        "PersonDisplayName",
        "People",
        "PersonInImage",
        "PersonInImageName",
        # people credited in QuickTime/3GPP user data (ExifTool's names)
        "Performer",
        "Performers",
        "Director",
        "Producer",
        "ExecutiveProducer",
        "Composer",
        "SongWriter",
        "Arranger",
        "Conductor",
        "Soloist",
        "OriginalArtist",
        "ArtDirector",
        "SoundEngineer",
        "AlbumArtist",
    }
)
TEXT_NAMES = frozenset(
    {
        "ImageDescription",
        "UserComment",
        "XPComment",
        "XPSubject",
        "XPTitle",
        "XPKeywords",
        "description",
        "title",
        "subject",
        "Headline",
        "Caption-Abstract",
        "ObjectName",
        "Keywords",
        "Comment",
        "HostComputer",
        "DocumentName",
        "OriginalRawFileName",
        "SpecialInstructions",
        "Instructions",
        "Contact",
        "hierarchicalSubject",
        "Event",
        "CiEmailWork",
        "CiTelWork",
        "CiUrlWork",
        "CiAdrExtadr",
        "Label",
        "PageName",
        "Caption",
    }
)
DATETIME_NAMES = ("DateTimeOriginal", "CreateDate", "DateTimeDigitized", "DateCreated", "DateTime")
#: Fields whose values are not text: the camera's and the lens's product names. A value that
#: does not look like one (:data:`_UNLIKE_A_NAME`: an e-mail, a link, a run of digits) is read
#: all the same. Every other field is read: see :data:`OTHER`.
NOT_TEXT_NAMES = frozenset(
    {
        "Make",
        "Model",
        "LensMake",
        "LensModel",
        "Lens",
        "LensID",
        "LensType",
        "UniqueCameraModel",
        "LocalizedCameraModel",
        "CameraModelName",
        "CameraPrettyName",
        "LensPrettyName",
    }
)
#: What :func:`classify` gives a free-text field (descriptions, comments, keywords...): every
#: text scanner reads it, NER where it can find something (:func:`wants_ner`).
TEXT = "text"
#: What :func:`classify` gives any other field (a program name, a processing method, an XMP
#: property of a namespace leakscan does not know...): fail closed, its string values are read
#: by the pattern scanners (phone, e-mail, handle, address...), not NER, which is noise on
#: program names, codes and identifiers. Values that are plainly no text (numbers, dates,
#: identifiers: :func:`_no_text`) are skipped.
OTHER = "other"
THUMB_SUFFIXES = ("Image", "Thumbnail", "Preview", "CoverArt", "ThumbnailImage", "PreviewImage")
CELL_PREFIX = "cell:"
#: Kinds a value is reported as by its field name that are text all the same (names and
#: places): with the metadata scanner off, the text scanners read them instead.
_TEXT_KINDS = frozenset({Kind.OWNER, Kind.PERSON, Kind.LOCATION, Kind.ADDRESS})

#: Text values that cameras write by default (not worth scanning, never a leak).
_BOILERPLATE = re.compile(
    r"^[\s\W_]*(?:"
    r"[\w .-]{0,30}(?:digital (?:still )?camera|dsc|picture|camera|photo|image)"
    r"|exif_jpeg_\w{0,20}|default|untitled|none|unknown|n/?a|screenshot|created with gimp"
    r"|file written by adobe photoshop\W{0,2} ?[\d.]{0,8}|lead technologies[\w .-]{0,40}"
    r"|ascii|charset=\w{1,20}"
    r")?[\s\W_]*$",
    re.IGNORECASE,
)
_JUNK_VALUE = re.compile(r"^[\s\W_0]*$|^(?:unknown|none|n/?a|null|default|-+|\?+)$", re.IGNORECASE)
#: Camera-style file names carry nothing personal ("IMG_1234.JPG", "PXL_20230101_123456.jpg"):
#: a known camera/phone/app prefix and a counter, or a date (and a time) with the few suffixes
#: cameras add (a burst number, "COVER", "(1)"). A short word before digits can be a message
#: ("call_217_555_0134.jpg"), and digits alone can be a phone number ("217-555-0134.jpg",
#: "2175550134.jpg"): those are scanned. A counter is at most 7 digits (Panasonic "P1010001")
#: after a prefix, 6 without; a date must be a calendar date (19xx/20xx, month, day).
_NAME_PREFIX = (
    r"(?:img|imge|imgp|imag|mvimg|dsc|dscn|dscf|dcim|pxl|mvi|vid|pano|gopr|gp|gh|gx|g0|dji|mov|cimg|hpim|sam|sdc|"
    r"kif|crw|mg|cap|wp|p[a-c]?|l|r|pict|flir|photo|image|screenshot|screen ?shot|snapshot|burst|portrait|live|"
    r"hdr|edited|copy|scan|signal|whatsapp (?:image|video)|photo on)"
)
_NAME_DATE = r"(?:19|20)\d\d[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])"
#: A time: HHMMSS (and milliseconds) run together, or with one separator used throughout.
_NAME_TIME = (
    r"(?:(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?:\d{3})?"
    r"|(?:[01]?\d|2[0-3])(?P<tsep>[-_.:])[0-5]\d(?:(?P=tsep)[0-5]\d)?(?: ?[ap]m)?)"
)
#: What cameras and apps put after the date or counter: burst/cover/portrait marks, DJI's
#: one-letter suffixes, WhatsApp's "WA0001", a copy number.
_NAME_WORD = r"(?:burst|cover|portrait|night|hdr|pano|pro|top|mp|lr|edited|edit|copy|original|raw|wa|[a-z])\d{0,4}"
_NAME_TAIL = (
    rf"(?:[ _.~-]{_NAME_WORD}){{0,2}}(?:[ _.~-]\d{{1,4}})?(?:[ _.~-]{_NAME_WORD}){{0,2}}"
    r"(?: ?\(\d{1,3}\)|~\d{1,2}|[ _-](?:copy|edited|edit)(?:[ _-]?\d{1,2})?|-\d{1,2})?"
)
_CAMERA_NAME = re.compile(
    rf"^_?(?:"
    rf"(?:{_NAME_PREFIX}[ _-]?)?{_NAME_DATE}(?:(?:[ _.-]| at )?{_NAME_TIME})?"
    rf"|{_NAME_PREFIX}[ _-]?[a-z]?\d{{1,7}}"
    rf"|\d{{1,6}}|1\d\d_\d{{4}}"
    rf"){_NAME_TAIL}(?:\.\w{{1,5}})?$",
    re.IGNORECASE,
)
#: Patterns with bounded work are only tried on short values (boilerplate is short).
_SHORT = 200
#: Fields that hold a file name or a program name: no sentence around them, so name/place
#: recognition on them is mostly noise ("Canon", "Kodak"); the pattern scanners still run.
_NO_NER_FIELDS = frozenset({"FileName", "OriginalRawFileName", "DocumentName", "Software", "CreatorTool"})
#: What NER cannot read a name in: web/e-mail addresses (the pattern scanners report them).
_ADDRESSES = re.compile(r"[^\s@]{1,64}@[^\s@]{1,255}|\w{2,10}://\S{1,2000}|www\.\S{1,2000}", re.IGNORECASE)
#: A word NER could call a name or a place: two letters or more.
_WORD = re.compile(r"[^\W\d_]{2,}")
#: Software credits ("Created with Picasa", "Made with Snapseed").
_TOOL_CREDIT = re.compile(r"^\s{0,20}(?:created|made|edited|processed|generated) (?:with|using|in|by) ", re.IGNORECASE)
_BYTE_LIST = re.compile(r"(?:\d{1,3}\s{1,3}){3,200}\d{1,3}\s{0,3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
#: What a camera or lens name never holds: an e-mail or a link, or seven digits in a row
#: (a phone number's digits, spaced or not).
_UNLIKE_A_NAME = re.compile(r"@|://|www\.|\d(?:[\s().-]{0,2}\d){6}")
_LETTER = re.compile(r"[^\W\d_]")
#: Values that are plainly no text: a date/time, decimal or rational numbers, an identifier
#: (hexadecimal, UUID, ``xmp.did:...``).
_NO_TEXT = re.compile(
    r"\s{0,3}(?:"
    r"(?:19|20)\d\d[-:.]?(?:0[1-9]|1[0-2])[-:.]?(?:0[1-9]|[12]\d|3[01])"
    r"(?:[T ]?\d\d:?\d\d(?::?\d\d(?:[.,]\d{1,9})?)?)?(?:Z|[+-]\d\d:?\d\d)?"
    r"|\d{6}(?:[.,]\d{1,6})?(?:Z|[+-]\d{4})?"
    r"|[-+]?\d{1,20}(?:\.\d{1,20}|/\d{1,20})(?:[,;\s]{1,3}[-+]?\d{1,20}(?:\.\d{1,20}|/\d{1,20})){0,500}"
    r"|(?:[a-z.]{1,12}:){0,3}(?=[\d-]{0,63}[a-f])[\da-f-]{16,64}"
    r"|\d{1,6}(?:,\d{1,6}){0,2000};[\da-f]{32}"  # an XMP NativeDigest: tag numbers, then an MD5
    r")\s{0,3}",
    re.IGNORECASE,
)
_MAX_VALUE_CHARS = 300
_MAX_TEXT_CHARS = 20_000
#: Most distinct free-text fields scanned per image (thousands of comments or text chunks
#: would cost a text scan each): past it the image could not be fully checked.
MAX_TEXT_FIELDS = 1024


def clean_value(value: str) -> str:
    """A value fit for ``Finding.text``: control characters out, white space collapsed, capped."""
    value = _CONTROL.sub(" ", value)
    value = " ".join(value.split())
    if len(value) > _MAX_VALUE_CHARS:
        value = value[: _MAX_VALUE_CHARS - 1] + "…"
    return value


#: A date with a time of day as programs write them in logs ("20141001 11:47:23",
#: "2016-09-12T10:05:31"): no birthday is written so, and its digits are no phone number.
_STAMP = re.compile(
    r"(?<!\d)(?:19|20)\d\d[-:.]?(?:0[1-9]|1[0-2])[-:.]?(?:0[1-9]|[12]\d|3[01])[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?(?![\d:])"
)


def _blank_stamps(text: str) -> str:
    """Same-length text with its time stamps (:data:`_STAMP`) turned into spaces."""
    return _STAMP.sub(lambda m: " " * len(m.group()), text)


def _profile_link(url: str) -> bool:
    """Whether ``url`` leads to a profile: its host is one of the sites where people have one
    (:data:`leakscan.scanners.handle.SITES`), or a subdomain of one."""
    from .handle import SITES

    host = re.sub(r"^[a-z][a-z0-9+.-]{0,20}://", "", url.strip().casefold()).split("/", 1)[0]
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].removeprefix("www.")
    return any(host == site or host.endswith("." + site) for site in SITES)


def _no_text(value: str) -> bool:
    """Whether no text scanner can find anything in ``value``: no letter and at most six
    digits ("0", "1/200", "+03:00", "2.2.0.0"), or a date, numbers or an identifier."""
    if not _LETTER.search(value) and sum(ch.isdigit() for ch in value) <= 6:
        return True
    return len(value) <= 20_000 and _NO_TEXT.fullmatch(value) is not None


def _printable(raw: bytes) -> str | None:
    """Bytes of an undefined-type value as text, when they read as text (not a binary block)."""
    text = bytes_text(raw).split("\x00", 1)[0]
    if not text.strip() or len(_C0_C1.findall(text)) * 10 > len(text):
        return None
    return text


def _blank_controls(text: str) -> str:
    """Same-length text with control characters (C0, C1) turned into spaces.

    Invisible format characters (zero-width, bidi controls) stay: the engine's text view reads
    past them as a reader does (a space there would split a disguised e-mail or hide a
    reversed number), and they stay inside the finding's span.
    """
    return _C0_C1.sub(" ", text)


_C0_C1 = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _local(name: str) -> str:
    """The local part of a tag / property name (``"XMP dc:creator"`` -> ``"creator"``)."""
    return name.rsplit("/", 1)[-1].rsplit(":", 1)[-1].rsplit(" ", 1)[-1]


@lru_cache(maxsize=4096)  # tag and property names: a small vocabulary, asked thousands of times
def classify(name: str) -> Kind | str | None:
    """The finding kind a named value gives, :data:`TEXT` for free text, :data:`OTHER` for a
    field whose strings get the pattern scanners, or None for a field that holds no text
    (a capture time is read by its own rule; a camera or lens name only when it does not look
    like one)."""
    local = _local(name)
    if local in OWNER_NAMES:
        return Kind.OWNER
    if local in DEVICE_NAMES or local.endswith("SerialNumber"):
        return Kind.DEVICE_ID
    if local in LOCATION_NAMES:
        return Kind.LOCATION
    if local in PERSON_NAMES:
        return Kind.PERSON
    if local in TEXT_NAMES:
        return TEXT
    if local in DATETIME_NAMES:
        return Kind.DATETIME
    if local in NOT_TEXT_NAMES:
        return None
    return OTHER


# -- the collector ---------------------------------------------------------------------------------


class _Collector:
    """Gathers findings for one image, de-duplicating as it goes.

    With ``structured`` False (the metadata scanner switched off, text scanners on) it only
    gathers text: free-text fields as always, and the names and places it would otherwise
    report by their field name (owners, people, places) as texts for the text scanners;
    positions, times, serial numbers and previews are not text and are left out.
    """

    def __init__(self, settings: Settings, *, structured: bool = True) -> None:
        self.settings = settings
        self.structured = structured
        self.findings: list[Finding] = []
        self.gps_seen: list[tuple[float, float]] = []
        #: Positions written out in text fields, per field.
        self.gps_in_texts: dict[str, list[tuple[float, float]]] = {}
        self.gps_other: set[str] = set()
        self.values: set[tuple[Kind, str]] = set()
        #: Cleaned text -> its index in ``text_order`` (the first field it was seen in).
        self.texts: dict[str, int] = {}
        #: ``[field, text, free]`` per distinct text: ``free`` False for a text seen only in
        #: fields not known to be free text (:data:`OTHER`: pattern scanners only, see
        #: :meth:`run_texts`).
        self.text_order: list[list[Any]] = []
        self.owner_texts: list[tuple[str, str]] = []
        #: Values reported whole by their field (owners, people, places, addresses): the
        #: scanners for contact details still read them (a phone number in an owner's name).
        self.value_texts: list[tuple[str, str]] = []
        #: Copyright lines of what the photo carries (an ICC profile's): an owner when they
        #: name a person (:meth:`run_texts`).
        self.credits: list[tuple[str, str]] = []
        self.datetime: tuple[int, str, str] | None = None
        self.thumbs: set[str] = set()
        self.filename: str | None = None
        #: Make/Model values: a description that only repeats them is not worth scanning.
        self.camera: set[str] = set()
        #: Why this image could not be fully checked (a block only read in part...): no values.
        self.incomplete: list[str] = []
        #: Every named text value seen, ``(field, text)``, repeats included (see :func:`text_fields`).
        self.fields: list[tuple[str, str]] = []

    # structured ----------------------------------------------------------------------------------

    def value(self, kind: Kind, field: str, raw: Any, *, detail: str | None = None) -> None:
        if isinstance(raw, str):
            self.fields.append((field, raw))
        if not self.structured:
            if kind in _TEXT_KINDS and isinstance(raw, str):
                self.text(field, raw)
            return
        text = clean_value(str(raw)) if raw is not None else ""
        if not text or _JUNK_VALUE.match(text):
            return
        key = (kind, text.casefold())
        if key in self.values:
            return
        self.values.add(key)
        self.findings.append(Finding(kind=kind, text=text, field=field, scanner=NAME, detail=detail))
        if kind is Kind.OWNER:
            self.owner_texts.append((field, text))
        if kind in _TEXT_KINDS:
            self.value_texts.append((field, text))

    def named(self, field: str, name: str, raw: Any) -> None:
        """Classify ``name`` and record ``raw`` as the kind it gives."""
        kind = classify(name)
        if kind is None:
            if isinstance(raw, str) and _UNLIKE_A_NAME.search(raw[:_MAX_TEXT_CHARS]):
                self.other(field, raw)  # not what a camera's name looks like: read it
            return
        if kind == TEXT:
            if isinstance(raw, str):
                self.text(field, raw)
            return
        if kind == OTHER:
            if isinstance(raw, (bytes, bytearray)):
                raw = _printable(bytes(raw))
            if isinstance(raw, str):
                self.other(field, raw)
            return
        if kind is Kind.DATETIME:
            self.when(field, name, raw)
            return
        if isinstance(raw, (bytes, bytearray)):
            raw = bytes_text(bytes(raw))
        if isinstance(raw, str) and _BYTE_LIST.fullmatch(raw):
            # some cameras write text as a list of character codes ("79 76 89 ...")
            codes = [int(x) for x in raw.split()]
            if all(0 <= x < 256 for x in codes):
                raw = bytes(codes).split(b"\x00", 1)[0].decode("latin-1").strip()
                if len(raw) <= _SHORT and _BOILERPLATE.match(raw):
                    return
        if kind is Kind.OWNER and isinstance(raw, str) and len(re.findall(r"\w", raw)) < 2:
            return
        if (
            kind is Kind.DEVICE_ID
            and isinstance(raw, str)
            and (re.fullmatch(r"[\s0]*", raw) or not re.search(r"\d", raw) or len(raw.strip()) < 3)
        ):
            return
        if kind is Kind.DEVICE_ID and isinstance(raw, str) and len(raw) <= _SHORT and _BOILERPLATE.match(raw):
            return
        self.value(kind, field, raw)

    def when(self, field: str, name: str, raw: Any) -> None:
        if not self.structured:
            return
        text = clean_value(str(raw)) if raw is not None else ""
        if not text or _JUNK_VALUE.match(text) or text.startswith("0000"):
            return
        rank = DATETIME_NAMES.index(_local(name)) if _local(name) in DATETIME_NAMES else len(DATETIME_NAMES)
        if self.datetime is None or rank < self.datetime[0]:
            self.datetime = (rank, field, text)

    def thumbnail(self, field: str, size: int | None) -> None:
        if not self.structured or field in self.thumbs:
            return
        self.thumbs.add(field)
        text = "embedded preview image" + (f" ({size:,} bytes)" if size and size > 16 else "")
        self.findings.append(Finding(kind=Kind.THUMBNAIL, text=text, field=field, scanner=NAME))

    def gps(self, field: str, lat: float | None, lon: float | None, *, in_text: bool = False) -> None:
        """One position (reported once). ``in_text``: written out in a text field, which is
        reported even when the same position came from GPS tags (the field says where too,
        and an only-GPS copy must leave it out: :func:`leakscan.redact.image.location_texts`)."""
        if not self.structured or lat is None or lon is None:
            return
        detail, place = geo.describe(lat, lon)
        if detail == "invalid":
            text = "invalid position"
            if all(isinstance(v, float) and math.isfinite(v) for v in (lat, lon)):
                text = f"{lat:.5f}, {lon:.5f}"
            if text in self.gps_other:
                return
            self.gps_other.add(text)
        else:
            seen = self.gps_in_texts.setdefault(field, []) if in_text else self.gps_seen
            for la, lo in seen:
                if (la == lo == 0.0) == (lat == lon == 0.0) and geo.distance_km(la, lo, lat, lon) < 0.05:
                    return
            seen.append((lat, lon))
            text = f"{lat:.5f}, {lon:.5f}"
        self.findings.append(Finding(kind=Kind.GPS, text=text, field=field, scanner=NAME, place=place, detail=detail))

    def cell(self, field: str, text: str) -> None:
        if not self.structured:
            return
        text = clean_value(text)
        if not text or text in self.gps_other:
            return
        self.gps_other.add(text)
        self.findings.append(Finding(kind=Kind.GPS, text=text, field=field, scanner=NAME, detail="cell"))

    # free text -----------------------------------------------------------------------------------------

    def text(self, field: str, raw: str, *, free: bool = True) -> None:
        """A text value: the text scanners read it; ``free`` False for a field not known to be
        free text (:data:`OTHER`)."""
        if not raw or not raw.strip():
            return
        self.fields.append((field, raw))
        text = raw[:_MAX_TEXT_CHARS]
        if len(text) <= _SHORT and _BOILERPLATE.match(text):
            return
        key = " ".join(_blank_controls(text).split()).casefold()
        if key in self.camera:
            return
        if key in self.texts:
            if free:  # seen first in a field that is not free text: it is free text here
                self.text_order[self.texts[key]][2] = True
            return
        if len(self.text_order) >= MAX_TEXT_FIELDS:
            reason = f"more than {MAX_TEXT_FIELDS} text fields (the rest were not scanned)"
            if reason not in self.incomplete:
                self.incomplete.append(reason)
            return
        self.texts[key] = len(self.text_order)
        self.text_order.append([field, text, free])
        for lat, lon in coordinates(text):  # a position written out in a comment is a position
            self.gps(field, lat, lon, in_text=True)

    def credit(self, field: str, raw: str) -> None:
        """The copyright line of something the photo carries (its colour profile): read like
        any field (:meth:`other`), and reported as the owner when NER reads a person's name in
        it ("Copyright Jane Example"); a company's ("Copyright Apple Inc.") is nobody's."""
        self.other(field, raw)
        if self.structured and raw.strip():
            self.credits.append((field, clean_value(raw)))

    def other(self, field: str, raw: str) -> None:
        """A string value of a field that is not known to be free text (:data:`OTHER`): the
        pattern scanners read it, unless it is plainly no text (a number, a date, an id)."""
        if raw and not _no_text(raw[:_MAX_TEXT_CHARS]):
            self.text(field, raw, free=False)

    def run_texts(self, failed: list[str]) -> None:
        """Run the text scanners over the free-text fields: one batched NER pass per image.

        NER (the costly part) only reads fields where it can find something the rest of
        the scan does not already report (see :func:`wants_ner`); every field still gets
        the pattern scanners (phone, e-mail, address...). Texts seen only in fields that are
        not free text (:data:`OTHER`: program names, logs, identifiers, schema values) get the
        pattern scanners alone, with their time stamps blanked (:data:`_STAMP`), and report a
        link only when it leads to a profile (:func:`_profile_link`): a program's or a
        schema's web address there leads to nobody.
        """
        from .. import nlp
        from ..textview import TextView

        ner_on = any(s.name == "ner" for s in text_scanners(self.settings))
        owners = {" ".join(t.split()).casefold() for _f, t in self.owner_texts}
        use_ner = [ner_on and free and wants_ner(f, t, owners) for f, t, free in self.text_order]
        # Each text's view (what a reader sees) is built once: NER reads it, so do the others.
        texts = [
            (f, TextView.of(_blank_controls(t) if free else _blank_stamps(_blank_controls(t))))
            for f, t, free in self.text_order
        ]
        batch = [v.text for (_f, v), ner in zip(texts, use_ner, strict=True) if ner]
        patterns_only = _no_ner_settings(self.settings) if ner_on else self.settings
        # The Docs live only inside spaCy's memory zone (its vocabulary is freed after).
        with nlp.zone(self.settings.model) if batch else nullcontext():
            docs: list[Any] = [None] * len(texts)
            if batch:
                made = iter(list(nlp.make_docs(batch, self.settings.model)))
                docs = [next(made) if ner else None for ner in use_ner]
            for (field, view), ner, doc, (_f, _t, free) in zip(texts, use_ner, docs, self.text_order, strict=True):
                sets = self.settings if ner else patterns_only
                found, bad = detect_text(view.original, sets, field=field, doc=doc, view=view)
                failed.extend(bad)
                self.findings.extend(f for f in found if free or f.kind is not Kind.URL or _profile_link(f.text))
        if self.credits and ner_on:
            ner_only = _ner_settings(self.settings)
            for field, text in self.credits:
                found, bad = detect_text(text, ner_only, field=field)
                failed.extend(bad)
                if any(f.kind is Kind.PERSON for f in found):
                    self.value(Kind.OWNER, field, text)
        # values reported whole (owners, places...): phone numbers, e-mails, handles inside them
        if self.value_texts:
            sub = _contact_settings(self.settings)
            for field, text in self.value_texts:
                found, bad = detect_text(text, sub, field=field)
                failed.extend(bad)
                self.findings.extend(
                    f for f in found if f.kind in (Kind.PHONE, Kind.EMAIL, Kind.HANDLE, Kind.URL) or f.detail == "known"
                )

    def finish(self) -> list[Finding]:
        if self.datetime is not None:
            _rank, field, text = self.datetime
            self.findings.append(Finding(kind=Kind.DATETIME, text=text, field=field, scanner=NAME))
        return self.findings


#: A position written as text: decimal degrees (at least 4 decimals, an optional hemisphere
#: letter) or degrees/minutes/seconds with hemisphere letters. Bounded, linear.
_DECIMAL_PAIR = re.compile(
    r"(?<![\w.])([+-]?\d{1,2}\.\d{4,10})\s{0,3}°?\s{0,3}([NSns])?\s{0,3}[,;/ ]\s{0,3}"
    r"([+-]?\d{1,3}\.\d{4,10})\s{0,3}°?\s{0,3}([EWew])?(?![\w.])"
)
_DMS_PAIR = re.compile(
    r"(\d{1,2})\s{0,2}°\s{0,2}(\d{1,2})\s{0,2}['′]\s{0,2}(\d{1,2}(?:\.\d{1,6})?)\s{0,2}[\"″]?\s{0,2}([NSns])"
    r"[,;/\s]{0,4}(\d{1,3})\s{0,2}°\s{0,2}(\d{1,2})\s{0,2}['′]\s{0,2}(\d{1,2}(?:\.\d{1,6})?)\s{0,2}[\"″]?\s{0,2}([EWew])"
)


def coordinates(text: str) -> list[tuple[float, float]]:
    """The positions written out in ``text`` (``"40.71280, -74.00600"``, ``"40.7128 N 74.0060 W"``,
    ``40°42'46"N 74°0'22"W``): valid latitude/longitude pairs only."""
    out = []
    for m in _DECIMAL_PAIR.finditer(text):
        lat, lon = float(m.group(1)), float(m.group(3))
        lat = -abs(lat) if (m.group(2) or "").upper() == "S" else lat
        lon = -abs(lon) if (m.group(4) or "").upper() == "W" else lon
        out.append((lat, lon))
    for m in _DMS_PAIR.finditer(text):
        lat = int(m.group(1)) + int(m.group(2)) / 60 + float(m.group(3)) / 3600
        lon = int(m.group(5)) + int(m.group(6)) / 60 + float(m.group(7)) / 3600
        out.append((-lat if m.group(4).upper() == "S" else lat, -lon if m.group(8).upper() == "W" else lon))
    return [(la, lo) for la, lo in out if geo.check(la, lo) is None]


def wants_ner(field: str, text: str, owners: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether name/place recognition is worth running on one metadata text.

    Not on a file or program name (``FileName``, ``OriginalRawFileName``, ``Software``...,
    or a value that is a camera file name or path: ``DCIM\\100GOPRO\\GOPR0482.JPG``), a
    software credit ("Created with ..."), a value already reported as the owner (a PERSON
    on the same text adds nothing), binary junk (control characters), a value with no word
    NER could read (only numbers, codes, dates, web or e-mail addresses:
    "030904-A-2140D-006", "2019-09-02", "https://example.org"), or one all-capitals token
    that is a code rather than a word ("GCM_TAG", "IMG-0042"). Everything else is read:
    single keywords included, in any case ("dublin", "PARIS": NER finds those places).
    """
    if _local(field) in _NO_NER_FIELDS:
        return False
    head = text[:_MAX_TEXT_CHARS]
    stripped = head.strip()
    if not stripped or _TOOL_CREDIT.match(stripped):
        return False
    if owners and " ".join(stripped.split()).casefold() in owners:
        return False
    if len(_CONTROL.findall(head)) * 10 > len(head):
        return False  # mostly not text (a binary comment block read as characters)
    if not _WORD.search(_ADDRESSES.sub(" ", stripped)):
        return False
    if any(ch.isspace() for ch in stripped):
        return True
    # one token: a camera file name or path, or an all-capitals code
    base = re.split(r"[\\/]", stripped)[-1]
    if len(stripped) <= _SHORT and any(ch.isdigit() for ch in base) and _CAMERA_NAME.match(base):
        return False
    return any(ch.islower() for ch in stripped) or stripped.isalpha()


_CONTACT_CACHE: dict[Settings, Settings] = {}
_NO_NER_CACHE: dict[Settings, Settings] = {}


def _no_ner_settings(settings: Settings) -> Settings:
    """The same settings without the NER scanner (for texts NER would not read)."""
    sub = _NO_NER_CACHE.get(settings)
    if sub is None:
        from . import SCANNER_NAMES

        names = settings.scanners or SCANNER_NAMES
        wanted = tuple(n for n in names if n not in ("ner", NAME))
        # NAME alone enables no text scanner: NER was the only one asked for
        sub = replace(settings, scanners=wanted or (NAME,))
        if len(_NO_NER_CACHE) > 32:
            _NO_NER_CACHE.clear()
        _NO_NER_CACHE[settings] = sub
    return sub


def _ner_settings(settings: Settings) -> Settings:
    """The same settings with NER alone (is there a person's name in a credit line?)."""
    return replace(settings, scanners=("ner",))


def _contact_settings(settings: Settings) -> Settings:
    """The same settings with only the scanners that find contact details (cheap, no NER)."""
    sub = _CONTACT_CACHE.get(settings)
    if sub is None:
        from . import SCANNER_NAMES

        wanted = tuple(n for n in ("phone", "email", "handle", "known") if n in SCANNER_NAMES)
        if settings.scanners:
            wanted = tuple(n for n in wanted if n in settings.scanners)
        sub = replace(settings, scanners=wanted or ("phone",))
        if len(_CONTACT_CACHE) > 32:
            _CONTACT_CACHE.clear()
        _CONTACT_CACHE[settings] = sub
    return sub


# -- decoding each kind of block ------------------------------------------------------------------------


def _exif_block(c: _Collector, where: str, payload: bytes, meta: RawMetadata, first: bool) -> None:
    try:
        ex = exif.parse(payload, any_magic=True)  # containers hand over blocks they know are EXIF
    except InputError:
        meta.warnings.append(f"{where}: EXIF without a TIFF header")
        return
    suffix = "" if first else f" ({where})"
    _exif_entries(c, ex, suffix, payload)
    meta.warnings.extend(ex.warnings[:10])
    # a limit hit inside the EXIF (every container's EXIF comes through here): not fully checked
    meta.incomplete.extend(f"{where}: {reason}" for reason in ex.incomplete)
    if ex.thumbnail:
        c.thumbnail(f"ThumbnailImage{suffix}", len(ex.thumbnail))
        if ex.thumbnail_exif is not None:
            _exif_gps(c, ex.thumbnail_exif, f"ThumbnailImage GPSInfo{suffix}")
            # the thumbnail's own owner/serial fields count too
            _exif_entries(c, ex.thumbnail_exif, f" (thumbnail{suffix})", b"")


def _exif_gps(c: _Collector, ex: ExifData, field: str) -> None:
    """Every GPS IFD (a multi-page TIFF has one per page; one may hang off an odd parent)."""
    gps: dict[int, dict[str, Entry]] = {}
    for e in ex.entries:
        if e.ifd == "GPS":
            gps.setdefault(e.dir, {}).setdefault(e.name, e)
    for i, (index, tags) in enumerate(gps.items()):
        parent = ex.dirs[ex.dirs[index].parent].name if ex.dirs[index].parent >= 0 else ""
        where = "" if i == 0 else f" ({parent})"
        # where the photo was taken, and where it was pointing at (a destination locates too)
        for prefix, label in (("GPS", field), ("GPSDest", field.replace("GPSInfo", "GPSDestLatitude"))):
            ref_lat, ref_lon = tags.get(f"{prefix}LatitudeRef"), tags.get(f"{prefix}LongitudeRef")
            lat = gps_coordinate(tags.get(f"{prefix}Latitude"), ref_lat.value if ref_lat else None)
            lon = gps_coordinate(tags.get(f"{prefix}Longitude"), ref_lon.value if ref_lon else None)
            c.gps(label + where, lat, lon)


def _exif_entries(c: _Collector, ex: ExifData, suffix: str, payload: bytes) -> None:
    _exif_gps(c, ex, f"GPSInfo{suffix}")
    for tag in ("Make", "Model"):
        v = ex.value(tag, "IFD0")
        if isinstance(v, str) and v.strip() and not _UNLIKE_A_NAME.search(v):
            c.camera.add(" ".join(v.split()).casefold())
    for e in ex.entries:
        ifd, name, v = e.ifd, e.name, e.value
        if ifd == "GPS" and e.tag in _GPS_TEXT_TAGS:
            # an 8-byte character code, then the text (as in UserComment)
            c.named(f"{name}{suffix}", name, user_comment(v))
            continue
        if ifd in ("GPS", "Interop"):
            if isinstance(v, (str, bytes)):  # positions are read above; strings are read as any
                c.named(f"{name}{suffix}", name, v)
            continue
        if ifd.startswith("MakerNotes"):
            _maker_entry(c, ex, e, suffix)
            continue
        field = f"{name}{suffix}"
        if e.tag in (0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F):
            text = xp_text(v)
            if e.tag == 0x9C9D:
                c.value(Kind.OWNER, field, text)
            else:
                c.text(field, text)
        elif e.tag == 0x9286:
            c.text(field, user_comment(v))
        elif e.tag == 0x02BC:  # XMP inside TIFF/EXIF
            _xmp_block(c, f"XMP{suffix}", _blob(e, payload))
        elif e.tag == 0x83BB:
            _iptc_block(c, f"IPTC{suffix}", _blob(e, payload))
        elif e.tag == 0x8773 and ifd.startswith(("IFD", "SubIFD")):  # a TIFF page's colour profile
            _icc_block(c, f"{ifd}{suffix}", _blob(e, payload), first=ifd == "IFD0" and not suffix)
        elif e.tag == 0x8649:
            for rid, body in photoshop.resources(_blob(e, payload)):
                if rid == 0x0404:
                    _iptc_block(c, f"IPTC{suffix}", body)
                elif rid in (0x0409, 0x040C):
                    c.thumbnail(f"PhotoshopThumbnail{suffix}", len(body))
        elif e.tag in (0x0201,) and isinstance(v, tuple) and v and v[0]:
            if ifd != "IFD1":  # IFD1's is reported as ThumbnailImage by the caller
                c.thumbnail(f"PreviewImage ({ifd}){suffix}", None)
        elif e.tag == 0x00FE and isinstance(v, tuple) and v and isinstance(v[0], int) and v[0] & 1:
            c.thumbnail(f"PreviewImage ({ifd}){suffix}", None)
        elif isinstance(v, (str, bytes)) and e.tag not in _BLOB_TAGS:
            c.named(field, name, v)


#: GPS tags that hold text behind a character code: GPSProcessingMethod, GPSAreaInformation.
_GPS_TEXT_TAGS = frozenset({0x1B, 0x1C})
#: Tags whose bytes are a structure of their own, read elsewhere or not text: MakerNote,
#: ICCProfile, DNGPrivateData (a copy of the maker notes), PrintIM.
_BLOB_TAGS = frozenset({0x927C, 0x8773, 0xC634, 0xC4A5})


def _blob(e: Entry, payload: bytes) -> bytes:
    if isinstance(e.value, (bytes, bytearray)):
        return bytes(e.value)
    if isinstance(e.value, str):
        return e.value.encode("utf-8", "replace")
    if payload and e.data_offset and e.count:
        size = TYPE_SIZE.get(e.type, 1) * e.count
        return bytes(payload[e.data_offset : e.data_offset + min(size, 16 * 1024 * 1024)])
    return b""


def _maker_entry(c: _Collector, ex: ExifData, e: Entry, suffix: str) -> None:
    fam = (ex.maker or "Maker").split(":")[0]
    field = f"{fam} {e.name}{suffix}"
    v = e.value
    if fam == "Canon":
        if e.tag == 0x000C and isinstance(v, tuple) and v and v[0]:
            c.value(Kind.DEVICE_ID, field, f"{int(v[0]):010d}")
            return
        if e.tag == 0x4019 and isinstance(v, bytes) and len(v) >= 5 and any(v[:5]):
            c.value(Kind.DEVICE_ID, f"Canon LensSerialNumber{suffix}", v[:5].hex())
            return
    if fam == "Pentax":
        if e.tag in (0x0023, 0x0024) and isinstance(v, tuple) and v:
            idx = int(v[0])
            if 0 <= idx < len(PENTAX_CITIES):
                c.value(Kind.LOCATION, field, PENTAX_CITIES[idx])
            return
        if e.tag == 0x0215:
            serial = 0
            if isinstance(v, tuple) and len(v) > 4:
                serial = int(v[4])
            elif isinstance(v, bytes) and len(v) >= 20:
                serial = int.from_bytes(v[16:20], "little" if ex.byte_order == "<" else "big")
            if serial:
                c.value(Kind.DEVICE_ID, f"Pentax InternalSerialNumber{suffix}", str(serial))
            return
    if fam == "Ricoh" and e.tag == 0x0005 and isinstance(v, bytes):
        if any(v):
            c.value(Kind.DEVICE_ID, field, v.hex())
        return
    if fam == "Olympus" and e.name == "PreviewImageLength" and isinstance(v, tuple) and v and v[0]:
        c.thumbnail(f"Olympus PreviewImage{suffix}", int(v[0]))
        return
    if e.name.endswith("PreviewImage") and e.count > 64:
        c.thumbnail(field, e.count)
        return
    kind = classify(e.name)
    if kind is None:
        return
    if kind in (TEXT, OTHER):
        if isinstance(v, str):  # maker-note strings: read for contact details, never by NER
            c.other(field, v)
        return
    if isinstance(v, tuple) and e.type in (BYTE, SBYTE) and all(0 <= x < 256 for x in v):
        v = bytes(v)
    text = v if isinstance(v, str) else bytes_text(v).split("\x00", 1)[0].strip() if isinstance(v, bytes) else None
    if text is None and isinstance(v, tuple) and v and kind is Kind.DEVICE_ID and v[0]:
        text = str(v[0])
    if text:
        c.named(field, e.name, text)


def _xmp_block(c: _Collector, where: str, packet: bytes) -> None:
    if not packet:
        return
    data = xmp_mod.parse(packet)
    label = "XMP" if where.startswith("XMP") else f"XMP ({where})"
    c.incomplete.extend(f"{label}: {reason}" for reason in data.incomplete)
    for name, lat, lon in xmp_mod.gps(data):
        c.gps(f"{label} {name}", lat, lon)
    cell: dict[str, str] = {}
    dwc: dict[str, str] = {}
    face_names = any(p[-1].endswith(":Type") and v == "Face" for p, v in data.props)
    for path, value in data.props:
        leaf = path[-1]
        prefix, _, local = leaf.partition(":")
        if leaf.startswith(CELL_PREFIX):
            cell[local] = value
            continue
        if local in _XMP_COORD_NAMES:  # positions are read above
            if prefix == "dwc" and local in ("decimalLatitude", "decimalLongitude"):
                dwc[local] = value
            continue
        top = path[0]
        field = f"{label} {leaf}" if len(path) == 1 else f"{label} {top}/{leaf}"
        if prefix == "mwg-rs" and local == "Name" and face_names:
            c.value(Kind.PERSON, field, value)
            continue
        if prefix == "dwc":
            if local in _DWC_PLACES:
                c.value(Kind.LOCATION, field, value)
            else:
                c.other(field, value)
            continue
        if top == "Iptc4xmpCore:CreatorContactInfo":
            if local == "CiAdrExtadr":
                c.value(Kind.ADDRESS, field, value)
            elif local.startswith("CiAdr"):
                c.value(Kind.LOCATION, field, value)
            else:
                c.named(field, local, value)
            continue
        if (
            (len(path) > 1 and top not in _XMP_STRUCTS)  # camera profiles, history, other regions
            or (local in ("creator", "rights") and prefix != "dc")
            or prefix in ("xmpMM", "stEvt", "stRef", "crs", "xmpNote")
            or local in ("Source", "source")
        ):
            # not about people or places by name: still read for contact details (fail closed)
            c.other(field, value)
            continue
        c.named(field, local, value)
    if len(dwc) == 2:
        lat, lon = xmp_mod.coordinate(dwc["decimalLatitude"]), xmp_mod.coordinate(dwc["decimalLongitude"])
        if lat is not None and lon is not None and geo.check(lat, lon) is None:
            # Darwin Core records say where a specimen was found: a place, reported as such
            c.value(Kind.LOCATION, f"{label} dwc:decimalLatitude", f"{lat:.5f}, {lon:.5f}")
    if cell:
        parts = [f"{k} {cell[k]}" for k in ("mcc", "mnc", "lac", "cellid") if cell.get(k)]
        if not parts:
            parts = [f"{k} {v}" for k, v in list(cell.items())[:6]]
        c.cell(f"{label} cell", "mobile cell " + ", ".join(parts))


def _icc_block(c: _Collector, where: str, profile: bytes, *, first: bool) -> None:
    """An ICC profile's text tags (a clean copy keeps the profile): its copyright is a credit
    line, every other text (description, device maker and model...) read as a field that is
    not free text; a profile that cannot be read makes the photo not fully checked."""
    data = icc_mod.parse(profile)
    label = icc_mod.GROUP if first else f"{icc_mod.GROUP} ({where})"
    c.incomplete.extend(f"{label}: {reason}" for reason in data.incomplete)
    for name, text in data.texts:
        if name == icc_mod.TEXT_TAGS[b"cprt"]:
            c.credit(f"{label} {name}", text)
        else:
            c.other(f"{label} {name}", text)


def _iptc_block(c: _Collector, where: str, blob: bytes) -> None:
    if not blob:
        return
    data = iptc_mod.parse(blob)
    label = "IPTC" if where.startswith("IPTC") else f"IPTC ({where})"
    c.incomplete.extend(f"{label}: {reason}" for reason in data.incomplete)
    for name, value in data.items:
        c.named(f"{label} {name}", name, value)


#: XMP properties that hold one coordinate (read as positions by :func:`leakscan.media.xmp.gps`).
_XMP_COORD_NAMES = frozenset(
    {
        "Latitude",
        "Longitude",
        "GPSLatitude",
        "GPSLongitude",
        "GPSDestLatitude",
        "GPSDestLongitude",
        "GpsLatitude",
        "GpsLongitude",
        "GpsLongtitude",
        "LatitudeDecimal",
        "LongitudeDecimal",
        "latitude",
        "longitude",
        "decimalLatitude",
        "decimalLongitude",
    }
)
_DWC_PLACES = frozenset(
    {"country", "countryCode", "stateProvince", "locality", "county", "municipality", "island", "verbatimLocality"}
)
#: XMP structures whose fields are about people or places.
_XMP_STRUCTS = frozenset(
    {
        "Iptc4xmpExt:LocationShown",
        "Iptc4xmpExt:LocationCreated",
        "Iptc4xmpExt:PersonInImageWDetails",
        "MP:RegionInfo",
        "mwg-rs:Regions",
        "Iptc4xmpExt:ArtworkOrObject",
        "plus:CopyrightOwner",
        "plus:ImageCreator",
    }
)

_ISO6709 = re.compile(r"^\s*([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)")
_ISO6709_DMS = re.compile(r"^\s*([+-])(\d{2})(\d{2})(\d{2}(?:\.\d+)?)([+-])(\d{3})(\d{2})(\d{2}(?:\.\d+)?)")


def iso6709(value: str) -> tuple[float, float] | None:
    """``(lat, lon)`` from an ISO 6709 string (``"+51.4169-000.0806/"`` or DDMMSS forms)."""
    m = _ISO6709_DMS.match(value)
    if m:
        lat = int(m.group(2)) + int(m.group(3)) / 60 + float(m.group(4)) / 3600
        lon = int(m.group(6)) + int(m.group(7)) / 60 + float(m.group(8)) / 3600
        return (-lat if m.group(1) == "-" else lat), (-lon if m.group(5) == "-" else lon)
    m = _ISO6709.match(value)
    if m:
        return float(m.group(1)), float(m.group(2))
    return None


_CELL_FIELDS = frozenset({"CellID", "CellId", "MobileCountryCode", "LocationAreaCode", "CellTowerID", "CGI"})


def _field(c: _Collector, group: str, name: str, value: Any) -> None:
    field = f"{group} {name}".strip()
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
        label = f"{group} GPS" if name in ("GPSPosition", "GPS") else field
        c.gps(label, float(value[0]), float(value[1]))
        return
    if isinstance(value, str) and (
        name in ("GPSCoordinates", "GPSPosition", "ISO6709", "location.ISO6709")
        or name.endswith("ISO6709")
        or name in ("©xyz", "\xa9xyz")
    ):
        pos = iso6709(value)
        if pos is not None:
            c.gps(field, *pos)
        return
    if name in _CELL_FIELDS and value not in (None, ""):
        c.cell(field, f"mobile cell {name} {value}")
        return
    if isinstance(value, (bytes, bytearray)):
        if name.endswith(THUMB_SUFFIXES) or name.startswith("TrailerImage"):
            size = len(value) if not value.startswith(b"<") else None
            c.thumbnail(field, size)
        return
    if isinstance(value, str):
        c.named(field, name, value)


# -- public API ------------------------------------------------------------------------------------


def detect(meta: RawMetadata, settings: Settings, *, name: str | None = None) -> tuple[list[Finding], list[str]]:
    """Findings for one image's metadata, and the names of text scanners that failed.

    Reasons a block could only be read in part (broken XMP, a cap hit) are added to
    ``meta.incomplete``: the image then cannot read as fully checked.

    ``name`` is the file name (no folders): it is scanned as text too, unless it looks like
    a camera's own name (``IMG_1234.JPG``).

    When ``settings.scanners`` leaves this scanner out, the user chose not to have positions,
    owners, serials, times and previews reported; the text inside the metadata (comments,
    descriptions, names and places, the file name) is still text, and the text scanners
    they chose read it.
    """
    c = _Collector(settings, structured=not settings.scanners or NAME in settings.scanners)
    _collect(c, meta)
    if name:
        base = re.split(r"[\\/]", name)[-1]
        if base and not (len(base) <= _SHORT and _CAMERA_NAME.match(base)):
            c.text_order.append(["FileName", _filename_text(base), True])
            c.filename = base
    failed: list[str] = []
    c.run_texts(failed)
    findings = c.finish()
    meta.incomplete.extend(r for r in dict.fromkeys(c.incomplete) if r not in meta.incomplete)
    if name:
        findings = [_restore_filename(f, c.filename) for f in findings]
    return findings, sorted(set(failed))


def text_fields(meta: RawMetadata) -> list[tuple[str, str]]:
    """Every named text value of an image's metadata as ``(field, text)``, fields named as
    findings name them: free text, every other string the pattern scanners read, and the
    names and places reported by their field name.
    A text repeated in several fields is listed for each (findings name only the first).
    Decodes the blocks, runs no scanner, leaves ``meta`` as it was."""
    from ..settings import Settings as _Settings

    c = _Collector(_Settings(scanners=(NAME,)))
    _collect(c, replace(meta, warnings=[], incomplete=[]))
    return c.fields


def _collect(c: _Collector, meta: RawMetadata) -> None:
    """Feed every block and field of ``meta`` to the collector (no text scanner runs yet)."""
    for i, (where, payload) in enumerate(meta.exif):
        _exif_block(c, where, payload, meta, first=(i == 0))
    for where, packet in meta.xmp:
        _xmp_block(c, "XMP" if where in ("APP1", "XMP", "iTXt XML:com.adobe.xmp") else where, packet)
    for where, blob in meta.iptc:
        _iptc_block(c, "IPTC" if "IPTC" in where and not where.startswith("trailer") else where, blob)
    for i, (where, profile) in enumerate(meta.icc):
        _icc_block(c, where, profile, first=i == 0)
    for group, fname, value in meta.fields:
        _field(c, group, fname, value)
    for fname, text in meta.texts:
        if isinstance(text, str):
            kind = classify(fname)
            if kind in (Kind.OWNER, Kind.LOCATION, Kind.DEVICE_ID, Kind.PERSON):
                c.value(kind, fname, text)  # e.g. PNG tEXt "Author" / "Copyright"
            else:
                c.text(fname, text)


def _filename_text(base: str) -> str:
    """The file name as the text scanners see it: same length, ``_`` and the extension blanked."""
    stem, dot, ext = base.rpartition(".")
    if dot and 1 <= len(ext) <= 5 and stem:
        base = stem + " " * (len(ext) + 1)
    return _blank_controls(base.replace("_", " "))


def _restore_filename(f: Finding, base: str | None) -> Finding:
    if base is None or f.field != "FileName" or not f.is_span:
        return f
    return f.with_(text=_blank_controls(base)[f.start : f.end])
