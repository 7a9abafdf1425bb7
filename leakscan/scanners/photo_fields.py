"""What a photo metadata field is, and what its value looks like (for :mod:`.photo_metadata`).

Field names (EXIF tags, XMP properties, IPTC data sets, QuickTime atoms, text chunks) are
classified by their local name (:func:`classify`): an owner, a serial number, a place, a
person, free text, a capture time, a camera's name, or any other field (:data:`OTHER`,
read for contact details: fail closed). The patterns and tests here say what a value is
before it is scanned: camera boilerplate, a camera's own file name, plainly no text (a
number, a date, an identifier), a position written out (:func:`coordinates`,
:func:`iso6709`), and whether NER is worth running on it (:func:`wants_ner`).
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from .. import geo
from ..findings import Kind
from ..media.exif_data import bytes_text

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
#: does not look like one (:data:`UNLIKE_A_NAME`: an e-mail, a link, a run of digits) is read
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
#: identifiers: :func:`no_text`) are skipped.
OTHER = "other"
THUMB_SUFFIXES = ("Image", "Thumbnail", "Preview", "CoverArt", "ThumbnailImage", "PreviewImage")
CELL_PREFIX = "cell:"
#: Kinds a value is reported as by its field name that are text all the same (names and
#: places): with the metadata scanner off, the text scanners read them instead.
TEXT_KINDS = frozenset({Kind.OWNER, Kind.PERSON, Kind.LOCATION, Kind.ADDRESS})

#: Text values that cameras write by default (not worth scanning, never a leak).
BOILERPLATE = re.compile(
    r"^[\s\W_]*(?:"
    r"[\w .-]{0,30}(?:digital (?:still )?camera|dsc|picture|camera|photo|image)"
    r"|exif_jpeg_\w{0,20}|default|untitled|none|unknown|n/?a|screenshot|created with gimp"
    r"|file written by adobe photoshop\W{0,2} ?[\d.]{0,8}|lead technologies[\w .-]{0,40}"
    r"|ascii|charset=\w{1,20}"
    r")?[\s\W_]*$",
    re.IGNORECASE,
)
JUNK_VALUE = re.compile(r"^[\s\W_0]*$|^(?:unknown|none|n/?a|null|default|-+|\?+)$", re.IGNORECASE)
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
CAMERA_NAME = re.compile(
    rf"^_?(?:"
    rf"(?:{_NAME_PREFIX}[ _-]?)?{_NAME_DATE}(?:(?:[ _.-]| at )?{_NAME_TIME})?"
    rf"|{_NAME_PREFIX}[ _-]?[a-z]?\d{{1,7}}"
    rf"|\d{{1,6}}|1\d\d_\d{{4}}"
    rf"){_NAME_TAIL}(?:\.\w{{1,5}})?$",
    re.IGNORECASE,
)
#: Patterns with bounded work are only tried on short values (boilerplate is short).
SHORT = 200
#: Fields that hold a file name or a program name: no sentence around them, so name/place
#: recognition on them is mostly noise ("Canon", "Kodak"); the pattern scanners still run.
_NO_NER_FIELDS = frozenset({"FileName", "OriginalRawFileName", "DocumentName", "Software", "CreatorTool"})
#: What NER cannot read a name in: web/e-mail addresses (the pattern scanners report them).
_ADDRESSES = re.compile(r"[^\s@]{1,64}@[^\s@]{1,255}|\w{2,10}://\S{1,2000}|www\.\S{1,2000}", re.IGNORECASE)
#: A word NER could call a name or a place: two letters or more.
_WORD = re.compile(r"[^\W\d_]{2,}")
#: Software credits ("Created with Picasa", "Made with Snapseed").
_TOOL_CREDIT = re.compile(r"^\s{0,20}(?:created|made|edited|processed|generated) (?:with|using|in|by) ", re.IGNORECASE)
BYTE_LIST = re.compile(r"(?:\d{1,3}\s{1,3}){3,200}\d{1,3}\s{0,3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
#: What a camera or lens name never holds: an e-mail or a link, or seven digits in a row
#: (a phone number's digits, spaced or not).
UNLIKE_A_NAME = re.compile(r"@|://|www\.|\d(?:[\s().-]{0,2}\d){6}")
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
#: A camera's array of numbers written out ("48 49 48 49 35 0 128 2 170 1 0 0 ..."), read from a
#: field not known to be free text: 16 or more whole numbers. A phone number has at most 15
#: digits, so even spelled digit by digit ("2 1 7 5 5 5 0 1 3 4") it has fewer groups; shorter
#: lists are still read (they may be one). Only the phone and date scanners could find
#: anything in digits alone, and in such an array that is chance (it took ~20 ms a value).
NUMBER_ARRAY = re.compile(r"\s{0,3}(?:[-+]?\d{1,10}[,;]?\s{1,3}){15,5000}[-+]?\d{1,10}\s{0,3}")
#: A camera's binary block written as base64 (a phone's HDR maker note: 20,000 characters in one
#: XMP property, ~60 ms for the pattern scanners), read from a field not known to be free text:
#: 256 or more base64 characters with no space, mixed as random bytes mix them
#: (:func:`_random_case`). Words run together ("mynameisjess...") or in camelCase are not.
BASE64_BLOB = re.compile(r"\s{0,3}[A-Za-z0-9+/]{256,}={0,2}\s{0,3}")
_MAX_VALUE_CHARS = 300
MAX_TEXT_CHARS = 20_000
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
STAMP = re.compile(
    r"(?<!\d)(?:19|20)\d\d[-:.]?(?:0[1-9]|1[0-2])[-:.]?(?:0[1-9]|[12]\d|3[01])[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?(?![\d:])"
)


def blank_stamps(text: str) -> str:
    """Same-length text with its time stamps (:data:`STAMP`) turned into spaces."""
    return STAMP.sub(lambda m: " " * len(m.group()), text)


def profile_link(url: str) -> bool:
    """Whether ``url`` leads to a profile: its host is one of the sites where people have one
    (:data:`leakscan.scanners.handle.SITES`), or a subdomain of one."""
    from .handle import SITES

    host = re.sub(r"^[a-z][a-z0-9+.-]{0,20}://", "", url.strip().casefold()).split("/", 1)[0]
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].removeprefix("www.")
    return any(host == site or host.endswith("." + site) for site in SITES)


#: The copyright lines of the colour profiles that cameras, phones and programs embed in photos
#: by the million, as written (blanks collapsed, each year ``####``: :func:`vendor_credit`). They
#: name a company or nobody, never a person (tests/test_photo_metadata.py has NER read each of
#: them), so NER is not asked whether they name the owner: a photo with such a profile and no
#: free text is scanned without loading spaCy (an iPhone's photo, most cameras' JPEGs).
VENDOR_CREDITS = frozenset(
    {
        "Copyright (c) #### Hewlett-Packard Company",  # sRGB IEC61966-2.1, in most JPEGs
        "Copyright Apple Inc., ####",  # Display P3 (iPhone)
        "Copyright #### Apple Inc., all rights reserved.",
        "Copyright #### Adobe Systems Incorporated",  # Adobe RGB
        "Copyright (c) #### Google Inc.",  # Android, Ultra HDR
        "Copyright (c) #### Samsung Electronics Co., Ltd.",
        "Copyright #### KONICA MINOLTA PHOTO IMAGING, INC.",
        "No copyright, use freely",  # Little CMS's own profiles (Pillow's ImageCms)
        "Public Domain",
    }
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def vendor_credit(text: str) -> bool:
    """Whether ``text`` is the copyright line of a widely shipped colour profile (:data:`VENDOR_CREDITS`)."""
    return len(text) <= SHORT and _YEAR.sub("####", " ".join(text.split())) in VENDOR_CREDITS


def no_text(value: str) -> bool:
    """Whether no text scanner can find anything in ``value``: no letter and at most six
    digits ("0", "1/200", "+03:00", "2.2.0.0"), or a date, numbers or an identifier -- or a
    list of more whole numbers than any phone number has groups (:data:`NUMBER_ARRAY`), or a
    binary block in base64 (:data:`BASE64_BLOB`)."""
    if not _LETTER.search(value) and _digit_count(value) <= 6:
        return True
    if len(value) > 20_000:
        return False
    if _NO_TEXT.fullmatch(value) is not None or NUMBER_ARRAY.fullmatch(value) is not None:
        return True
    return BASE64_BLOB.fullmatch(value) is not None and _random_case(value)


def _digit_count(value: str) -> int:
    """How many characters of ``value`` are digits (``str.isdigit``): in ASCII text counted by
    deleting them (in C; most values are ASCII), elsewhere one by one (superscripts count too)."""
    if value.isascii():
        return len(value) - len(value.translate(_NO_DIGITS))
    return sum(ch.isdigit() for ch in value)


def _random_case(value: str) -> bool:
    """Whether a run of letters and digits mixes them as random bytes in base64 do: a quarter
    or more each of capitals and small letters, and digits (text has few capitals inside words)."""
    # Counted by deleting each class (str.translate runs in C): the value repeats in every copy
    # of a photo, and a character-by-character count of 20,000 took ~20 ms each time.
    n = len(value)
    upper = n - len(value.translate(_NO_UPPER))
    lower = n - len(value.translate(_NO_LOWER))
    digits = n - len(value.translate(_NO_DIGITS))
    return upper * 4 >= n and lower * 4 >= n and digits * 20 >= n


_NO_UPPER = str.maketrans("", "", string.ascii_uppercase)
_NO_LOWER = str.maketrans("", "", string.ascii_lowercase)
_NO_DIGITS = str.maketrans("", "", string.digits)


def printable(raw: bytes) -> str | None:
    """Bytes of an undefined-type value as text, when they read as text (not a binary block)."""
    text = bytes_text(raw).split("\x00", 1)[0]
    if not text.strip() or len(_C0_C1.findall(text)) * 10 > len(text):
        return None
    return text


def blank_controls(text: str) -> str:
    """Same-length text with control characters (C0, C1) turned into spaces.

    Invisible format characters (zero-width, bidi controls) stay: the engine's text view reads
    past them as a reader does (a space there would split a disguised e-mail or hide a
    reversed number), and they stay inside the finding's span.
    """
    return _C0_C1.sub(" ", text)


_C0_C1 = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def local_name(name: str) -> str:
    """The local part of a tag / property name (``"XMP dc:creator"`` -> ``"creator"``)."""
    return name.rsplit("/", 1)[-1].rsplit(":", 1)[-1].rsplit(" ", 1)[-1]


@lru_cache(maxsize=4096)  # tag and property names: a small vocabulary, asked thousands of times
def classify(name: str) -> Kind | str | None:
    """The finding kind a named value gives, :data:`TEXT` for free text, :data:`OTHER` for a
    field whose strings get the pattern scanners, or None for a field that holds no text
    (a capture time is read by its own rule; a camera or lens name only when it does not look
    like one)."""
    local = local_name(name)
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
    if local_name(field) in _NO_NER_FIELDS:
        return False
    head = text[:MAX_TEXT_CHARS]
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
    if len(stripped) <= SHORT and any(ch.isdigit() for ch in base) and CAMERA_NAME.match(base):
        return False
    return any(ch.islower() for ch in stripped) or stripped.isalpha()


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
