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
  profile) gets the pattern scanners (:data:`~.photo_fields.OTHER`), unless it is plainly no text; a field
  known to hold none (a camera's or lens's name: :data:`~.photo_fields.NOT_TEXT_NAMES`) is read only when
  its value does not look like one.

Structured findings have confidence 1.0; the same value seen in several places is
reported once (the first place it was seen names the field).

This module decodes the blocks; what a field is and what its value looks like is
:mod:`.photo_fields`, gathering the findings (and running the text scanners) is
:mod:`.photo_collector`.
"""

from __future__ import annotations

import re
from dataclasses import replace
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
from .photo_collector import NAME, Collector
from .photo_fields import (
    CAMERA_NAME,
    CELL_PREFIX,
    OTHER,
    SHORT,
    TEXT,
    THUMB_SUFFIXES,
    UNLIKE_A_NAME,
    blank_controls,
    classify,
    iso6709,
)

# -- decoding each kind of block ------------------------------------------------------------------------


def _exif_block(c: Collector, where: str, payload: bytes, meta: RawMetadata, first: bool) -> None:
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


def _exif_gps(c: Collector, ex: ExifData, field: str) -> None:
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


def _exif_entries(c: Collector, ex: ExifData, suffix: str, payload: bytes) -> None:
    _exif_gps(c, ex, f"GPSInfo{suffix}")
    for tag in ("Make", "Model"):
        v = ex.value(tag, "IFD0")
        if isinstance(v, str) and v.strip() and not UNLIKE_A_NAME.search(v):
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
        if e.tag not in _SPECIAL_TAGS and not isinstance(v, (str, bytes)):
            continue  # a number: nothing below reads it
        field = f"{name}{suffix}"
        if e.tag in _XP_TAGS:
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
#: Tags :func:`_exif_entries` reads whatever their value's type (texts in bytes or numbers,
#: blocks, previews): any other entry is read only when it holds a string.
_XP_TAGS = frozenset({0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F})  # Windows' XPTitle ... XPSubject
_SPECIAL_TAGS = _XP_TAGS | {0x9286, 0x02BC, 0x83BB, 0x8773, 0x8649, 0x0201, 0x00FE}
#: Maker-note tags :func:`_maker_entry` reads by their number (serials, home cities), and the
#: name endings of the previews it reports: any other maker-note entry only when classified.
_MAKER_TAGS = frozenset({0x000C, 0x4019, 0x0023, 0x0024, 0x0215, 0x0005})
_MAKER_PREVIEWS = ("PreviewImage", "PreviewImageLength")
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


def _maker_entry(c: Collector, ex: ExifData, e: Entry, suffix: str) -> None:
    v = e.value
    kind = classify(e.name)
    if (
        e.tag not in _MAKER_TAGS
        and not e.name.endswith(_MAKER_PREVIEWS)
        and (kind is None or (kind in (TEXT, OTHER) and not isinstance(v, str)))
    ):
        # most maker-note tags are nothing to report: left before any string is built (a
        # camera's maker notes hold hundreds of entries, read in every photo)
        return
    fam = (ex.maker or "Maker").split(":")[0]
    field = f"{fam} {e.name}{suffix}"
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


def _xmp_block(c: Collector, where: str, packet: bytes) -> None:
    if not packet:
        return
    data = xmp_mod.parse(packet)
    label = "XMP" if where.startswith("XMP") else f"XMP ({where})"
    c.incomplete.extend(f"{label}: {reason}" for reason in data.incomplete)
    for name, lat, lon in xmp_mod.gps(data):
        c.gps(f"{label} {name}", lat, lon)
    cell: dict[str, str] = {}
    dwc: dict[str, str] = {}
    face_names: bool | None = None  # whether a region is a face: asked at the first region's name
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
        if prefix == "mwg-rs" and local == "Name":
            if face_names is None:
                face_names = any(p[-1].endswith(":Type") and v == "Face" for p, v in data.props)
            if face_names:
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


def _icc_block(c: Collector, where: str, profile: bytes, *, first: bool) -> None:
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


def _iptc_block(c: Collector, where: str, blob: bytes) -> None:
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


_CELL_FIELDS = frozenset({"CellID", "CellId", "MobileCountryCode", "LocationAreaCode", "CellTowerID", "CGI"})


def _field(c: Collector, group: str, name: str, value: Any) -> None:
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
    c = Collector(settings, structured=not settings.scanners or NAME in settings.scanners)
    _collect(c, meta)
    if name:
        base = re.split(r"[\\/]", name)[-1]
        if base and not (len(base) <= SHORT and CAMERA_NAME.match(base)):
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
    c = Collector(Settings(scanners=(NAME,)))
    _collect(c, replace(meta, warnings=[], incomplete=[]))
    return c.fields


def _collect(c: Collector, meta: RawMetadata) -> None:
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
    return blank_controls(base.replace("_", " "))


def _restore_filename(f: Finding, base: str | None) -> Finding:
    if base is None or f.field != "FileName" or not f.is_span:
        return f
    return f.with_(text=blank_controls(base)[f.start : f.end])
