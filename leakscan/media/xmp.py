"""XMP packets: safe parsing into properties, GPS in XMP's own notation, location removal.

The XML is parsed with :mod:`xml.etree.ElementTree` only after refusing any document type
declaration (so no entity expansion and no external entities can happen); a packet that
does not parse falls back to a bounded regular-expression scan of ``prefix:Name="value"``
attributes and simple elements, so a damaged packet still gives up its GPS.

Properties are named with canonical prefixes chosen by namespace URI (``exif:``,
``photoshop:``, ``Iptc4xmpCore:``...), whatever prefix the packet used, and carry their
path through structures (``Iptc4xmpExt:LocationShown/Iptc4xmpExt:City``).
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#: Namespace URI -> canonical prefix.
PREFIXES: dict[str, str] = {
    "http://ns.adobe.com/exif/1.0/": "exif",
    "http://cipa.jp/exif/1.0/": "exifEX",
    "http://ns.adobe.com/exif/1.0/aux/": "aux",
    "http://ns.adobe.com/tiff/1.0/": "tiff",
    "http://ns.adobe.com/photoshop/1.0/": "photoshop",
    "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/": "Iptc4xmpCore",
    "http://iptc.org/std/Iptc4xmpExt/2008-02-29/": "Iptc4xmpExt",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/xap/1.0/rights/": "xmpRights",
    "http://ns.adobe.com/xmp/1.0/DynamicMedia/": "xmpDM",
    "http://www.dji.com/drone-dji/1.0/": "drone-dji",
    "http://ns.google.com/photos/1.0/panorama/": "GPano",
    "http://rs.tdwg.org/dwc/index.htm": "dwc",
    "http://rs.tdwg.org/dwc/terms/": "dwc",
    "http://ns.microsoft.com/photo/1.0/": "MicrosoftPhoto",
    "http://ns.microsoft.com/photo/1.2/": "MP",
    "http://ns.microsoft.com/photo/1.2/t/RegionInfo#": "MPRI",
    "http://ns.microsoft.com/photo/1.2/t/Region#": "MPReg",
    "http://www.metadataworkinggroup.com/schemas/regions/": "mwg-rs",
    "http://developer.sonyericsson.com/cell/1.0/": "cell",
    "http://ns.useplus.org/ldf/xmp/1.0/": "plus",
    "http://ns.adobe.com/lightroom/1.0/": "lr",
    "http://pix4d.com/camera/1.0/": "Camera",
    "http://ns.adobe.com/xmp/note/": "xmpNote",
}

#: Properties (canonical prefix, local-name regex) that say where the photo was taken, or
#: where someone lives: the creator's postal address (``Iptc4xmpCore:CiAdr*`` inside
#: ``Iptc4xmpCore:CreatorContactInfo``, as attributes or elements) counts as a location; its
#: e-mail, phone and web address do not.
LOCATION_PROPS: tuple[tuple[str, str], ...] = (
    ("exif", r"GPS\w*"),
    ("exifEX", r"GPS\w*"),
    ("photoshop", r"(?:City|State|Country)"),
    ("Iptc4xmpCore", r"(?:Location|CountryCode|CiAdr\w*)"),
    ("Iptc4xmpExt", r"(?:LocationShown|LocationCreated|City|CountryName|CountryCode|ProvinceState|Sublocation)"),
    ("drone-dji", r"(?:GpsLatitude|GpsLongitude|GpsLongtitude|AbsoluteAltitude|RelativeAltitude)"),
    ("dwc", r"\w+"),
    ("cell", r"\w+"),
    ("MicrosoftPhoto", r"(?:LatitudeDecimal|LongitudeDecimal|Location\w*)"),
    ("Camera", r"GPS\w*"),
)
_LOCATION_RES = [(p, re.compile(rf"^{rx}$")) for p, rx in LOCATION_PROPS]

_MAX_PACKET = 8 * 1024 * 1024
_MAX_PROPS = 5000


@dataclass
class XmpData:
    """Leaf properties of one packet: ``(path, value)`` with canonical ``prefix:Name`` parts."""

    props: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _qname(tag: str, docmap: dict[str, str]) -> str:
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        prefix = PREFIXES.get(uri) or docmap.get(uri) or "ns"
        return f"{prefix}:{local}"
    return tag


def utf8(packet: bytes) -> bytes:
    """The packet as UTF-8 (XMP may be UTF-16 or UTF-32; the BOM or the zero bytes tell)."""
    head = packet[:4]
    enc = None
    if head.startswith((b"\x00\x00\xfe\xff", b"\x00\x00\x00<")):
        enc = "utf-32-be"
    elif head.startswith((b"\xff\xfe\x00\x00", b"<\x00\x00\x00")):
        enc = "utf-32-le"
    elif head.startswith((b"\xfe\xff", b"\x00<")):
        enc = "utf-16-be"
    elif head.startswith((b"\xff\xfe", b"<\x00")):
        enc = "utf-16-le"
    if enc is None:
        return packet
    text = packet[: _MAX_PACKET * 2].decode(enc, "replace").lstrip("\ufeff")
    return text.encode("utf-8")


def _clean(packet: bytes) -> bytes | None:
    """The XML part of a packet, or None when it declares a DTD (refused)."""
    packet = utf8(packet)
    if len(packet) > _MAX_PACKET:
        packet = packet[:_MAX_PACKET]
    if b"<!DOCTYPE" in packet or b"<!ENTITY" in packet:
        return None
    packet = packet.replace(b"\x00", b"")
    for start_tag, end_tag in ((b"<x:xmpmeta", b"</x:xmpmeta>"), (b"<rdf:RDF", b"</rdf:RDF>")):
        i = packet.find(start_tag)
        j = packet.rfind(end_tag)
        if i >= 0 and j > i:
            return packet[i : j + len(end_tag)]
    i = packet.find(b"<")
    return packet[i:] if i >= 0 else packet


def parse(packet: bytes) -> XmpData:
    """Decode an XMP packet (never raises; a broken packet gives a warning and a regex scan)."""
    out = XmpData()
    xml = _clean(packet)
    if xml is None:
        out.warnings.append("XMP declares a DTD; read without XML parsing")
        _regex_scan(packet, out)
        return out
    docmap = {uri: p for p, uri in re.findall(rb'xmlns:([\w.-]+)\s*=\s*["\']([^"\']*)["\']', xml)[:200]}
    docmap_s = {u.decode("utf-8", "replace"): p.decode("utf-8", "replace") for u, p in docmap.items()}
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        out.warnings.append("XMP is not well-formed XML; read by pattern")
        _regex_scan(packet, out)
        return out
    for desc in root.iter(f"{{{RDF}}}Description"):
        _description(desc, (), docmap_s, out, 0)
        if len(out.props) >= _MAX_PROPS:
            break
    # nested Descriptions are visited twice (once via iter); keep the first of each
    seen: set[tuple[tuple[str, ...], str]] = set()
    uniq = []
    for p in out.props:
        if p not in seen:
            seen.add(p)
            uniq.append(p)
    out.props = uniq
    return out


def _description(el: ET.Element, path: tuple[str, ...], docmap: dict[str, str], out: XmpData, depth: int) -> None:
    if depth > 12 or len(out.props) >= _MAX_PROPS:
        return
    for k, v in el.attrib.items():
        if k.startswith(f"{{{RDF}}}") or k.startswith("{http://www.w3.org/XML/1998/namespace}"):
            continue
        name = _qname(k, docmap)
        if name.startswith("x:") or name.startswith("xmlns"):
            continue
        if v.strip():
            out.props.append(((*path, name), v.strip()))
    for child in el:
        _property(child, path, docmap, out, depth + 1)


def _property(el: ET.Element, path: tuple[str, ...], docmap: dict[str, str], out: XmpData, depth: int) -> None:
    if depth > 12 or len(out.props) >= _MAX_PROPS:
        return
    name = _qname(el.tag, docmap)
    here = (*path, name)
    res = el.attrib.get(f"{{{RDF}}}resource")
    if res:
        out.props.append((here, res))
    if el.attrib.get(f"{{{RDF}}}parseType") == "Resource":
        for child in el:
            _property(child, here, docmap, out, depth + 1)
        return
    children = list(el)
    if not children:
        text = (el.text or "").strip()
        if text:
            out.props.append((here, text))
        # qualifiers written as attributes on a simple property (struct shorthand)
        for k, v in el.attrib.items():
            skip = k.startswith(f"{{{RDF}}}") or k.startswith("{http://www.w3.org/XML/1998/namespace}")
            if not skip and v.strip():
                out.props.append(((*here, _qname(k, docmap)), v.strip()))
        return
    for child in children:
        if child.tag in (f"{{{RDF}}}Alt", f"{{{RDF}}}Bag", f"{{{RDF}}}Seq"):
            for li in child:
                if len(li) or any(not a.startswith(f"{{{RDF}}}") for a in li.attrib if "XML" not in a):
                    _description(li, here, docmap, out, depth + 1)
                    for sub in li:
                        if sub.tag == f"{{{RDF}}}Description":
                            _description(sub, here, docmap, out, depth + 1)
                        else:
                            _property(sub, here, docmap, out, depth + 1)
                else:
                    text = (li.text or "").strip()
                    if text:
                        out.props.append((here, text))
        elif child.tag == f"{{{RDF}}}Description":
            _description(child, here, docmap, out, depth + 1)
        else:
            _property(child, here, docmap, out, depth + 1)


_ATTR_RE = re.compile(rb'([A-Za-z][\w.-]{0,40}):([A-Za-z][\w-]{0,60})\s*=\s*"([^"<]{0,2000})"')
_ELEM_RE = re.compile(rb"<([A-Za-z][\w.-]{0,40}):([A-Za-z][\w-]{0,60})>([^<]{0,2000})</\1:\2>")


def _regex_scan(packet: bytes, out: XmpData) -> None:
    data = utf8(packet)[: 1024 * 1024]  # only broken packets get here: bounded pattern work
    uris = {p: u for p, u in re.findall(rb'xmlns:([\w.-]+)\s*=\s*["\']([^"\']*)["\']', data)[:200]}
    for rx in (_ATTR_RE, _ELEM_RE):
        for m in rx.finditer(data):
            prefix, local, value = m.group(1), m.group(2), m.group(3)
            if prefix in (b"xmlns", b"rdf", b"x", b"xml"):
                continue
            uri = uris.get(prefix, b"").decode("utf-8", "replace")
            canon = PREFIXES.get(uri, prefix.decode("utf-8", "replace"))
            text = value.decode("utf-8", "replace").strip()
            if text:
                out.props.append(((f"{canon}:{local.decode('ascii', 'replace')}",), text))
            if len(out.props) >= _MAX_PROPS:
                return


# -- GPS ----------------------------------------------------------------------------------------

_XMP_COORD = re.compile(r"^\s*(\d{1,3})(?:,(\d{1,2}(?:\.\d+)?))?(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*$", re.I)


def coordinate(value: str) -> float | None:
    """Decimal degrees from XMP's ``"DDD,MM.mmk"`` / ``"DDD,MM,SSk"`` or a plain decimal."""
    m = _XMP_COORD.match(value)
    if m:
        deg = float(m.group(1)) + float(m.group(2) or 0) / 60 + float(m.group(3) or 0) / 3600
        return -deg if m.group(4).upper() in "SW" else deg
    try:
        v = float(value.strip())
    except ValueError:
        return None
    return v if not math.isnan(v) else math.nan


_LAT_NAMES = ("GPSLatitude", "GpsLatitude", "Latitude", "LatitudeDecimal", "latitude")
_LON_NAMES = (
    "GPSLongitude",
    "GpsLongitude",
    "GpsLongtitude",
    "Longitude",
    "LongitudeDecimal",
    "longitude",
)


def gps(data: XmpData) -> list[tuple[str, float, float]]:
    """``(field, lat, lon)`` for each latitude/longitude pair found (same parent path)."""
    lats: dict[tuple[str, ...], tuple[str, str]] = {}
    lons: dict[tuple[str, ...], str] = {}
    for path, value in data.props:
        prefix, _, local = path[-1].partition(":")
        if "Dest" in local:
            continue
        if local in _LAT_NAMES:
            lats.setdefault((*path[:-1], prefix), (path[-1], value))
        elif local in _LON_NAMES:
            lons.setdefault((*path[:-1], prefix), value)
    out = []
    for key, (name, lat_s) in lats.items():
        lon_s = lons.get(key)
        if lon_s is None:
            continue
        lat, lon = coordinate(lat_s), coordinate(lon_s)
        if lat is None or lon is None:
            continue
        out.append((name, lat, lon))
    return out


def is_location(path: tuple[str, ...]) -> bool:
    """True when any part of ``path`` is a location property."""
    for part in path:
        prefix, _, local = part.partition(":")
        for p, rx in _LOCATION_RES:
            if p == prefix and rx.match(local):
                return True
    return False


# -- removal ------------------------------------------------------------------------------------


def has_location(blob: bytes) -> bool:
    """Quick check: does this XMP (or any bytes holding XMP) name a location property?"""
    if b"xmlns" not in blob and b"xmpmeta" not in blob:
        return False
    data = parse(blob)
    return any(is_location(p) for p, _ in data.props) or bool(gps(data))


def remove_location(packet: bytes) -> bytes | None:
    """The packet without its location properties; None when it cannot be edited safely.

    A UTF-16/32 packet comes back as UTF-8 when something was removed.
    """
    original = packet
    packet = utf8(packet)
    if len(packet) > 2 * 1024 * 1024:
        return None  # the element patterns below are only cheap on packets of sane size
    if b"<!DOCTYPE" in packet or b"<!ENTITY" in packet or len(packet) > _MAX_PACKET:
        return None
    uris = {
        u.decode("utf-8", "replace"): p.decode()
        for p, u in re.findall(rb'xmlns:([\w.-]+)\s*=\s*["\']([^"\']*)["\']', packet)
    }
    text = packet
    for uri, doc_prefix in uris.items():
        canon = PREFIXES.get(uri)
        if canon is None:
            continue
        for p, rx in LOCATION_PROPS:
            if p != canon:
                continue
            q = re.escape(doc_prefix.encode())
            local = rx.encode()
            if len(re.findall(b"<" + q + b":" + local, text)) > 200:
                return None  # absurd: drop the packet rather than run the element patterns
            # attributes
            text = re.sub(rb"\s" + q + rb":" + local + rb"""\s*=\s*(?:"[^"]*"|'[^']*')""", b"", text)
            # empty elements
            text = re.sub(rb"<" + q + rb":(" + local + rb")(?:\s[^>]*)?/>", b"", text)
            # elements with content (the same name never nests inside itself)
            text = re.sub(rb"<" + q + rb":(" + local + rb")(?:\s[^>]*)?>.*?</" + q + rb":\1\s*>", b"", text, flags=re.S)
    if text == packet:
        return original
    after = parse(text)
    if any("not well-formed" in w for w in after.warnings):
        return None
    if any(is_location(p) for p, _ in after.props) or gps(after):
        return None
    return text
