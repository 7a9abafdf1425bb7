"""Maker notes: the camera makers' own directories inside EXIF, and what their tags mean.

A maker note is an IFD in all but name, each maker's with its own header, byte order and
offset base (Canon, Nikon, Olympus/OM, Pentax, Casio, Ricoh, Fujifilm, Panasonic, Sony,
Apple, Samsung...). :func:`locate` recognises one and says where its IFD is; the EXIF reader
(:mod:`.exif`) then reads it like any other directory, naming its tags from
:data:`TAGS_MAKER`. They hold owner names, serial numbers and home cities.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from .exif_data import tiff_header
from .exif_tags import TYPE_SIZE

#: Maker-note tags worth a name, per maker-note family.
TAGS_MAKER: dict[str, dict[int, str]] = {
    "Canon": {
        0x0006: "ImageType",
        0x0007: "FirmwareVersion",
        0x0009: "OwnerName",
        0x000C: "SerialNumber",
        0x0096: "InternalSerialNumber",
        0x4019: "LensInfo",
    },
    "Nikon": {0x001D: "SerialNumber", 0x00A0: "SerialNumber", 0x0011: "PreviewIFD"},
    "Olympus": {
        0x0209: "CameraID",
        0x2010: "Equipment",
        0x0101: "SerialNumber",
        0x0102: "InternalSerialNumber",
        0x0202: "LensSerialNumber",
        0x0404: "SerialNumber",
        0x0280: "PreviewImage",
    },
    "Pentax": {0x0023: "HometownCity", 0x0024: "DestinationCity", 0x0215: "CameraInfo", 0x0229: "SerialNumber"},
    "Casio": {0x3006: "HometownCity", 0x2000: "PreviewImage"},
    "Ricoh": {0x0005: "InternalSerialNumber"},
    "Fujifilm": {0x0010: "InternalSerialNumber"},
    "Panasonic": {
        0x0025: "InternalSerialNumber",
        0x0069: "City2",
        0x006B: "Country",
        0x006D: "State",
        0x006F: "City",
        0x0071: "Landmark",
        0x0080: "City",
        0x0082: "Landmark",
    },
    "Samsung": {0xA002: "SerialNumber"},
    "Sony": {},
    "Apple": {},
    "Kodak": {},
    "Generic": {},
}

#: Olympus CameraSettings sub-IFD (0x2020): where the preview image is.
OLYMPUS_SETTINGS = {0x0100: "PreviewImageValid", 0x0101: "PreviewImageStart", 0x0102: "PreviewImageLength"}

#: Pentax HometownCity / DestinationCity codes (from the camera's world-time list).
PENTAX_CITIES = (
    "Pago Pago", "Honolulu", "Anchorage", "Vancouver", "San Francisco", "Los Angeles", "Calgary", "Denver",
    "Mexico City", "Chicago", "Miami", "Toronto", "New York", "Santiago", "Caracas", "Halifax", "Buenos Aires",
    "Sao Paulo", "Rio de Janeiro", "Madrid", "London", "Paris", "Milan", "Rome", "Berlin", "Johannesburg",
    "Istanbul", "Cairo", "Jerusalem", "Moscow", "Jeddah", "Tehran", "Dubai", "Karachi", "Kabul", "Male", "Delhi",
    "Colombo", "Kathmandu", "Dacca", "Yangon", "Bangkok", "Kuala Lumpur", "Vientiane", "Singapore", "Phnom Penh",
    "Ho Chi Minh", "Jakarta", "Hong Kong", "Perth", "Beijing", "Shanghai", "Manila", "Taipei", "Seoul",
    "Adelaide", "Tokyo", "Guam", "Sydney", "Noumea", "Wellington", "Auckland", "Lima", "Dakar", "Algiers",
    "Helsinki", "Athens", "Nairobi", "Amsterdam", "Stockholm", "Lisbon", "Copenhagen", "Warsaw", "Prague",
    "Budapest",
)  # fmt: skip


#: Maker-note fields that name a place (blanked by an only-GPS strip).
MAKER_PLACES = frozenset({"HometownCity", "DestinationCity", "City", "City2", "Country", "State", "Landmark"})


@dataclass(frozen=True)
class MakerNote:
    """Where a maker note's IFD is, and how to read it."""

    #: The maker-note family (a key of :data:`TAGS_MAKER`).
    family: str
    #: Offset of its IFD in the payload.
    offset: int
    #: Base added to the offsets its entries hold.
    base: int
    #: Byte order (``"<"`` or ``">"``) and whether it is BigTIFF-structured.
    bo: str
    big: bool


def locate(buf: bytes | bytearray, off: int, make: str, payload_bo: str, payload_big: bool) -> MakerNote | None:
    """The maker note whose value starts at ``buf[off]``, from its header (or, for makers that
    write none, the camera's ``make``, lower case): None when it is not one leakscan reads as
    an IFD. ``payload_bo`` and ``payload_big`` are the payload's byte order and BigTIFF flag."""
    n = len(buf)
    head = bytes(buf[off : off + 16])
    fam: str | None = None
    ifd_off, base, bo, big = off, 0, payload_bo, payload_big
    if head.startswith(b"Nikon\x00\x02"):
        hdr = tiff_header(buf, off + 10)
        if hdr is None:
            return None
        fam, bo, big = "Nikon", hdr[0], hdr[1]
        base = off + 10
        ifd_off = base + hdr[2]
    elif head.startswith(b"Nikon\x00\x01"):
        fam, ifd_off = "Nikon", off + 8
    elif head.startswith(b"OLYMPUS\x00") or head.startswith(b"OM SYSTEM\x00"):
        skip = 12 if head.startswith(b"OLYMPUS") else 16
        order = head[skip - 4 : skip - 2]
        bo = "<" if order == b"II" else ">" if order == b"MM" else bo
        fam, ifd_off, base = "Olympus", off + skip, off
    elif head.startswith((b"OLYMP\x00", b"EPSON\x00", b"MINOL\x00")):
        fam, ifd_off = "Olympus", off + 8
    elif head.startswith(b"AOC\x00"):
        order = head[4:6]
        bo = "<" if order == b"II" else ">" if order == b"MM" else bo
        fam, ifd_off, base = "Pentax", off + 6, off
        if order not in (b"II", b"MM"):
            bo, base = payload_bo, 0
    elif head.startswith(b"PENTAX \x00"):
        order = head[8:10]
        bo = "<" if order == b"II" else ">"
        fam, ifd_off, base = "Pentax", off + 10, off
    elif head.startswith(b"QVC\x00\x00\x00"):
        fam, ifd_off, bo = "Casio", off + 6, ">"
    elif head[:5] in (b"Ricoh", b"RICOH"):
        fam, ifd_off, bo = "Ricoh", off + 8, ">"
    elif head.startswith(b"FUJIFILM") or head.startswith(b"GENERALE"):
        rel = struct.unpack_from("<L", buf, off + 8)[0]
        fam, ifd_off, base, bo = "Fujifilm", off + rel, off, "<"
    elif head.startswith(b"Panasonic\x00"):
        fam, ifd_off = "Panasonic", off + 12
    elif head.startswith(b"SONY DSC \x00") or head.startswith(b"SONY CAM \x00"):
        fam, ifd_off = "Sony", off + 12
    elif head.startswith(b"Apple iOS\x00"):
        fam, ifd_off, base, bo = "Apple", off + 14, off, ">"
    elif make.startswith("canon"):
        fam = "Canon"
    elif make.startswith("casio"):
        fam = "Casio"
    elif make.startswith("samsung"):
        fam = "Samsung"
    elif make.startswith(("pentax", "asahi")):
        fam = "Pentax"
    elif make.startswith("nikon"):
        fam = "Nikon"
    elif make.startswith("kodak"):
        return None  # Kodak maker notes are not IFDs
    else:
        fam = "Generic"
        # Only read an unknown maker note when it looks like an IFD.
        if off + 2 > n:
            return None
        cnt = struct.unpack_from(payload_bo + "H", buf, off)[0]
        if not 0 < cnt < 200:
            return None
    if fam in ("Pentax", "Generic"):
        base = _fix_base(buf, ifd_off, base, bo)
    return MakerNote(fam, ifd_off, base, bo, big)


def _fix_base(buf: bytes | bytearray, ifd_off: int, base: int, bo: str) -> int:
    """Maker notes whose offsets are "whacky" (Pentax, unknown makers): when values point
    outside the data, assume the values follow the IFD directly (as cameras write them)."""
    try:
        count = struct.unpack_from(bo + "H", buf, ifd_off)[0]
    except struct.error:
        return base
    if not 0 < count < 512 or ifd_off + 2 + 12 * count > len(buf):
        return base
    rels = []
    outside = 0
    for i in range(count):
        pos = ifd_off + 2 + 12 * i
        _tag, typ, cnt = struct.unpack_from(bo + "HHL", buf, pos)
        size = TYPE_SIZE.get(typ, 0) * cnt
        if size > 4:
            rel = struct.unpack_from(bo + "L", buf, pos + 8)[0]
            rels.append(rel)
            if rel + base + size > len(buf):
                outside += 1
    if not rels or not outside:
        return base
    fixed = ifd_off + 2 + 12 * count + 4 - min(rels)
    return fixed if fixed + max(rels) <= len(buf) else base
