"""IPTC-IIM data sets (as stored in Photoshop 8BIM 0x0404 resources and TIFF tag 33723).

Each data set is ``0x1C record dataset length data``; lengths over 32767 use the extended
form. Parsing is bounded and never raises; text is UTF-8 when the envelope says so (1:90)
or when it decodes as UTF-8, else Latin-1.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import utf8_or_latin1

#: Application-record (2:xx) data sets by number, named as ExifTool names them.
NAMES: dict[int, str] = {
    0: "ApplicationRecordVersion",
    3: "ObjectTypeReference",
    4: "ObjectAttributeReference",
    5: "ObjectName",
    7: "EditStatus",
    8: "EditorialUpdate",
    10: "Urgency",
    12: "SubjectReference",
    15: "Category",
    20: "SupplementalCategories",
    22: "FixtureIdentifier",
    25: "Keywords",
    26: "ContentLocationCode",
    27: "ContentLocationName",
    30: "ReleaseDate",
    35: "ReleaseTime",
    37: "ExpirationDate",
    38: "ExpirationTime",
    40: "SpecialInstructions",
    42: "ActionAdvised",
    45: "ReferenceService",
    47: "ReferenceDate",
    50: "ReferenceNumber",
    55: "DateCreated",
    60: "TimeCreated",
    62: "DigitalCreationDate",
    63: "DigitalCreationTime",
    65: "OriginatingProgram",
    70: "ProgramVersion",
    75: "ObjectCycle",
    80: "By-line",
    85: "By-lineTitle",
    90: "City",
    92: "Sub-location",
    95: "Province-State",
    100: "Country-PrimaryLocationCode",
    101: "Country-PrimaryLocationName",
    103: "OriginalTransmissionReference",
    105: "Headline",
    110: "Credit",
    115: "Source",
    116: "CopyrightNotice",
    118: "Contact",
    120: "Caption-Abstract",
    122: "Writer-Editor",
}

#: Data sets that say where the photo was taken (removed by ``only_gps``).
LOCATION_DATASETS = frozenset({26, 27, 90, 92, 95, 100, 101})

_MAX_DATASETS = 5000


@dataclass
class IptcData:
    """Decoded application-record data sets: ``(name, text)`` in file order."""

    items: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Why the block could not be fully read (data sets past the cap, a broken chain); no values.
    incomplete: list[str] = field(default_factory=list)


def _datasets(blob: bytes) -> list[tuple[int, int, int, int, int]]:
    """``(record, dataset, start, data_start, data_end)`` of each data set (bounded)."""
    return _walk(blob)[0]


def _walk(blob: bytes) -> tuple[list[tuple[int, int, int, int, int]], str | None]:
    """The data sets, and why the walk stopped before the end of ``blob`` (None: it did not).

    Zero padding after the last data set is not a problem; anything else left unread is.
    """
    out = []
    pos, n = 0, len(blob)
    stopped = None
    while pos + 5 <= n:
        if len(out) >= _MAX_DATASETS:
            stopped = f"more than {_MAX_DATASETS} data sets"
            break
        if blob[pos] != 0x1C:
            # tolerate padding between data sets
            nxt = blob.find(b"\x1c", pos)
            if nxt < 0 or nxt - pos > 16:
                break
            pos = nxt
            continue
        rec, ds = blob[pos + 1], blob[pos + 2]
        length = int.from_bytes(blob[pos + 3 : pos + 5], "big")
        start = pos + 5
        if length & 0x8000:
            k = length & 0x7FFF
            if k > 4 or start + k > n:
                stopped = "a data set has an impossible length"
                break
            length = int.from_bytes(blob[start : start + k], "big")
            start += k
        end = min(n, start + length)
        out.append((rec, ds, pos, start, end))
        pos = start + length
    if stopped is None and pos < n and any(blob[pos:]):
        stopped = "the data sets stop before the end of the block"
    return out, stopped


def parse(blob: bytes) -> IptcData:
    """Decode the text data sets of record 2 (never raises)."""
    out = IptcData()
    sets, stopped = _walk(blob)
    if stopped:
        out.incomplete.append(stopped)
    utf8 = any(r == 1 and d == 90 and b"\x1b%G" in blob[s:e] for r, d, _p, s, e in sets)
    for rec, ds, _pos, s, e in sets:
        if rec != 2 or ds == 0:
            continue
        raw = blob[s:e]
        text = raw.decode("utf-8", "replace") if utf8 else utf8_or_latin1(raw)
        text = text.replace("\x00", "").strip()
        if text:
            out.items.append((NAMES.get(ds, f"2:{ds}"), text))
    if blob and not sets:
        out.warnings.append("IPTC block holds no data sets")
    return out


def remove_location(blob: bytes, extra: frozenset[str] = frozenset()) -> bytes:
    """The same IPTC block without its location data sets (city, sub-location, country...),
    nor the ``extra`` ones (by name as :func:`parse` gives it: ``"Caption-Abstract"``, ``"2:200"``)."""
    gone = LOCATION_DATASETS | {num for num, name in NAMES.items() if name in extra}
    gone |= {int(n[2:]) for n in extra if n.startswith("2:") and n[2:].isdigit()}
    sets = _datasets(blob)
    if not any(r == 2 and d in gone for r, d, *_ in sets):
        return blob
    out = bytearray()
    last = 0
    for rec, ds, pos, _s, e in sets:
        if rec == 2 and ds in gone:
            out += blob[last:pos]
            last = e
    out += blob[last:]
    return bytes(out)
