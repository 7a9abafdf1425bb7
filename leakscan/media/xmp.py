"""XMP packets: safe parsing into properties, GPS in XMP's own notation, location removal.

The XML is parsed with :mod:`xml.etree.ElementTree` only when it holds no document type
declaration (so no entity expansion and no external entities can happen). A packet with a
DTD, or one that is not well-formed, is read by pattern into the same element tree
(:func:`_pattern_tree`: one linear pass over tags, attributes and text, no DTD, no entity
expansion), so a damaged or hostile packet still gives up its GPS and names; what such a
read cannot be sure of is listed in ``XmpData.incomplete``.

Properties are named with canonical prefixes chosen by namespace URI (``exif:``,
``photoshop:``, ``Iptc4xmpCore:``...), whatever prefix the packet used, and carry their
path through structures (``Iptc4xmpExt:LocationShown/Iptc4xmpExt:City``).
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache

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
#: Deepest structure nesting read (a property counts one level, a structure or array item one more).
_MAX_DEPTH = 24


@dataclass
class XmpData:
    """Leaf properties of one packet: ``(path, value)`` with canonical ``prefix:Name`` parts."""

    props: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Why the packet could not be fully read (broken XML, entities, a cap hit); no values.
    incomplete: list[str] = field(default_factory=list)


def _qname(tag: str, docmap: dict[str, str]) -> str:
    if tag.startswith("{"):
        known = _known_qname(tag)
        if known is not None:
            return known
        uri, _, local = tag[1:].partition("}")
        prefix = docmap.get(uri) or "ns"
        return f"{prefix}:{local}"
    return tag


@lru_cache(maxsize=2048)  # the names of the namespaces in PREFIXES: a small vocabulary, in every photo
def _known_qname(tag: str) -> str | None:
    """``prefix:local`` for an ElementTree name ``{uri}local`` whose namespace has a canonical
    prefix (:data:`PREFIXES`), else None."""
    uri, _, local = tag[1:].partition("}")
    prefix = PREFIXES.get(uri)
    return f"{prefix}:{local}" if prefix else None


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


def _xml_part(packet: bytes) -> bytes:
    """The XML part of a packet, as UTF-8: from ``<x:xmpmeta`` (or ``<rdf:RDF``) to its end tag."""
    packet = utf8(packet)[:_MAX_PACKET].replace(b"\x00", b"")
    for start_tag, end_tag in ((b"<x:xmpmeta", b"</x:xmpmeta>"), (b"<rdf:RDF", b"</rdf:RDF>")):
        i = packet.find(start_tag)
        j = packet.rfind(end_tag)
        if i >= 0 and j > i:
            return packet[i : j + len(end_tag)]
    i = packet.find(b"<")
    return packet[i:] if i >= 0 else packet


def _without_comments(xml: bytes) -> bytes:
    """``xml`` with its ``<!-- -->`` comments cut out (an unclosed one runs to the end)."""
    out, pos = [], 0
    while (i := xml.find(b"<!--", pos)) >= 0:
        out.append(xml[pos:i])
        j = xml.find(b"-->", i + 4)
        if j < 0:
            return b"".join(out)
        pos = j + 3
    out.append(xml[pos:])
    return b"".join(out)


def _declarations(packet: bytes) -> tuple[bool, bool]:
    """Whether ``packet`` declares a document type, and whether it declares entities (comments aside)."""
    text = utf8(packet)[:_MAX_PACKET]
    if b"<!" not in text:  # no declaration and no comment (nearly every packet): nothing to cut
        return False, False
    text = _without_comments(text)
    return b"<!DOCTYPE" in text, b"<!ENTITY" in text


def parse(packet: bytes) -> XmpData:
    """Decode an XMP packet (never raises).

    Well-formed XML without a document type declaration is parsed with ElementTree. A
    packet that declares a DTD (never handed to an XML parser: no entity expansion, no
    external entities) or is not well-formed is read by pattern (:func:`_pattern_tree`)
    into the same kind of tree, so its values are found all the same. What that read
    cannot be sure of -- the XML was broken, or values may hide behind declared entities
    -- goes into ``XmpData.incomplete`` (the photo then cannot read as fully checked).
    """
    out = XmpData()
    if len(packet) > _MAX_PACKET:
        out.incomplete.append(f"packet larger than {_MAX_PACKET // 2**20} MiB (read in part)")
    xml = _xml_part(packet)
    has_dtd, has_entities = _declarations(packet)
    root: ET.Element | None = None
    if not _declarations(xml)[0]:
        try:
            root = ET.fromstring(xml)
        except ET.ParseError:
            root = None
    if root is None:
        root, broken = _pattern_tree(xml)
        if has_entities:
            out.incomplete.append("declares entities (values may hide behind them)")
        elif broken and not has_dtd:
            out.incomplete.append("not well-formed XML")
        elif broken:
            out.incomplete.append("not well-formed XML (with a document type)")
        out.warnings.append(
            "XMP declares a document type; read by pattern"
            if has_dtd
            else "XMP is not well-formed XML; read by pattern"
        )
    docmap = {uri: p for p, uri in re.findall(rb'xmlns:([\w.-]+)\s*=\s*["\']([^"\']*)["\']', xml)[:200]}
    docmap_s = {u.decode("utf-8", "replace"): p.decode("utf-8", "replace") for u, p in docmap.items()}
    for desc in root.iter(_RDF_DESCRIPTION):
        _description(desc, (), docmap_s, out, 0)
        if len(out.props) >= _MAX_PROPS:
            out.incomplete.append(f"more than {_MAX_PROPS} properties")
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


#: Most elements the pattern reader builds from one packet.
_MAX_ELEMENTS = 100_000
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_NAME_RE = re.compile(r"[^\s/<>=\"']{1,200}")
_ATTR_RE = re.compile(r"""([^\s/<>="']{1,200})\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REF_RE = re.compile(r"&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|lt|gt|amp|quot|apos);")
_REFS = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _unescape(text: str) -> str:
    """XML's predefined and numeric character references resolved; any other ``&name;`` left as is."""

    def one(m: re.Match[str]) -> str:
        ref = m.group(1)
        if ref[0] != "#":
            return _REFS[ref]
        code = int(ref[2:], 16) if ref[1] == "x" else int(ref[1:])
        return chr(code) if 0 < code < 0x110000 else ""

    return _REF_RE.sub(one, text) if "&" in text else text


def _pattern_tree(xml: bytes) -> tuple[ET.Element, bool]:
    """Build an element tree from XML without an XML parser; True when the XML was broken.

    Tags, attributes, text and CDATA are read in one linear pass; comments, processing
    instructions and declarations (``<!DOCTYPE ... [...]>``) are skipped, entity
    references other than XML's predefined ones stay as written. Namespaces resolve as in
    ElementTree (``{uri}local``), so the tree reads like a parsed one. A closing tag
    closes the nearest open element of that name (mismatched or missing ones count as
    broken), and whatever is still open at the end is closed.
    """
    text = xml.decode("utf-8", "replace")
    root = ET.Element("#document")
    # (element, its raw qualified name, the namespaces in scope)
    stack: list[tuple[ET.Element, str, dict[str, str]]] = [(root, "", {"xml": _XML_NS})]
    broken = False
    count = pos = 0
    n = len(text)
    # Text runs (split by comments, CDATA...) are gathered and joined once per slot -- an
    # element's text before its first child, or a child's tail -- so the pass stays linear.
    slot: tuple[ET.Element, str] | None = None
    pieces: list[str] = []

    def flush() -> None:
        if slot is not None and pieces:
            setattr(slot[0], slot[1], "".join(pieces))
        pieces.clear()

    def add_text(chars: str) -> None:
        nonlocal slot
        el = stack[-1][0]
        here = (el[-1], "tail") if len(el) else (el, "text")
        if slot is None or here[0] is not slot[0] or here[1] != slot[1]:
            flush()
            slot = here
        pieces.append(chars)

    while pos < n:
        lt = text.find("<", pos)
        if lt < 0:
            add_text(_unescape(text[pos:]))
            break
        if lt > pos:
            add_text(_unescape(text[pos:lt]))
        if text.startswith("<![CDATA[", lt):
            end = text.find("]]>", lt)
            add_text(text[lt + 9 : end if end >= 0 else n])
            broken |= end < 0
            pos = end + 3 if end >= 0 else n
            continue
        closer = "-->" if text.startswith("<!--", lt) else "?>" if text.startswith("<?", lt) else None
        if closer is None and text.startswith("<!", lt):  # a declaration: its [internal subset] may hold '>'
            gt = text.find(">", lt)
            bracket = text.find("[", lt, gt if gt >= 0 else n)
            closer = "]>" if bracket >= 0 else ">"
        if closer is not None:
            end = text.find(closer, lt + 2)
            broken |= end < 0
            pos = end + len(closer) if end >= 0 else n
            continue
        gt = text.find(">", lt)
        if gt < 0:
            broken = True
            break
        tag, pos = text[lt + 1 : gt], gt + 1
        if tag.startswith("/"):
            name = tag[1:].strip()
            at = next((i for i in range(len(stack) - 1, 0, -1) if stack[i][1] == name), None)
            broken |= at != len(stack) - 1
            if at is not None:
                del stack[at:]
            continue
        closed = tag.endswith("/")
        m = _NAME_RE.match(tag)
        if m is None:
            broken = True  # a bare "<" in text
            add_text(_unescape("<" + tag + ">"))
            continue
        count += 1
        if count > _MAX_ELEMENTS:
            broken = True
            break
        attrs = [(k, _unescape(a if a or not b else b)) for k, a, b in _ATTR_RE.findall(tag, m.end())]
        scope = dict(stack[-1][2])
        for k, v in attrs:
            if k == "xmlns" or k.startswith("xmlns:"):
                scope[k[6:]] = v
        el = ET.SubElement(
            stack[-1][0],
            _resolve(m.group(0), scope, default=True),
            {_resolve(k, scope): v for k, v in attrs if not (k == "xmlns" or k.startswith("xmlns:"))},
        )
        if not closed:
            stack.append((el, m.group(0), scope))
    flush()
    return root, broken or len(stack) > 1


def _resolve(qname: str, scope: dict[str, str], *, default: bool = False) -> str:
    """``prefix:local`` as ElementTree names it (``{uri}local``) with the namespaces in ``scope``."""
    prefix, sep, local = qname.rpartition(":")
    if sep and prefix in scope:
        return f"{{{scope[prefix]}}}{local}"
    if not sep and default and scope.get(""):
        return f"{{{scope['']}}}{qname}"
    return qname


def _too_deep(out: XmpData, depth: int) -> bool:
    """True past the nesting limit (said once in ``out.incomplete``: deeper values are not read)."""
    if depth <= _MAX_DEPTH:
        return False
    reason = f"nested deeper than {_MAX_DEPTH} levels"
    if reason not in out.incomplete:
        out.incomplete.append(reason)
    return True


#: RDF's names as ElementTree writes them (``{uri}local``), made once: every element is tested.
_RDF_NS = f"{{{RDF}}}"
_RDF_OR_XML = (_RDF_NS, f"{{{_XML_NS}}}")  # attributes that are RDF's syntax or xml:lang
_RDF_RESOURCE = f"{_RDF_NS}resource"
_RDF_PARSE_TYPE = f"{_RDF_NS}parseType"
_RDF_DESCRIPTION = f"{_RDF_NS}Description"
_RDF_CONTAINERS = frozenset({f"{_RDF_NS}Alt", f"{_RDF_NS}Bag", f"{_RDF_NS}Seq"})


def _description(el: ET.Element, path: tuple[str, ...], docmap: dict[str, str], out: XmpData, depth: int) -> None:
    if _too_deep(out, depth) or len(out.props) >= _MAX_PROPS:
        return
    for k, v in el.attrib.items():
        if k.startswith(_RDF_OR_XML):
            continue
        name = _qname(k, docmap)
        if name.startswith("x:") or name.startswith("xmlns"):
            continue
        if v.strip():
            out.props.append(((*path, name), v.strip()))
    for child in el:
        _property(child, path, docmap, out, depth + 1)


def _property(el: ET.Element, path: tuple[str, ...], docmap: dict[str, str], out: XmpData, depth: int) -> None:
    if _too_deep(out, depth) or len(out.props) >= _MAX_PROPS:
        return
    name = _qname(el.tag, docmap)
    here = (*path, name)
    res = el.attrib.get(_RDF_RESOURCE)
    if res:
        out.props.append((here, res))
    if el.attrib.get(_RDF_PARSE_TYPE) == "Resource":
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
            skip = k.startswith(_RDF_OR_XML)
            if not skip and v.strip():
                out.props.append(((*here, _qname(k, docmap)), v.strip()))
        return
    for child in children:
        if child.tag in _RDF_CONTAINERS:
            for li in child:
                if len(li) or any(not a.startswith(_RDF_NS) for a in li.attrib if "XML" not in a):
                    _description(li, here, docmap, out, depth + 1)
                    for sub in li:
                        if sub.tag == _RDF_DESCRIPTION:
                            _description(sub, here, docmap, out, depth + 1)
                        else:
                            _property(sub, here, docmap, out, depth + 1)
                else:
                    text = (li.text or "").strip()
                    if text:
                        out.props.append((here, text))
        elif child.tag == _RDF_DESCRIPTION:
            _description(child, here, docmap, out, depth + 1)
        else:
            _property(child, here, docmap, out, depth + 1)


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


_LAT_NAMES = ("GPSLatitude", "GPSDestLatitude", "GpsLatitude", "Latitude", "LatitudeDecimal", "latitude")
_LON_NAMES = (
    "GPSLongitude",
    "GPSDestLongitude",
    "GpsLongitude",
    "GpsLongtitude",
    "Longitude",
    "LongitudeDecimal",
    "longitude",
)


def gps(data: XmpData) -> list[tuple[str, float, float]]:
    """``(field, lat, lon)`` for each latitude/longitude pair found (same parent path); the
    destination's (``exif:GPSDestLatitude``/``GPSDestLongitude``) is a pair of its own."""
    lats: dict[tuple[str, ...], tuple[str, str]] = {}
    lons: dict[tuple[str, ...], str] = {}
    for path, value in data.props:
        prefix, _, local = path[-1].partition(":")
        key = (*path[:-1], prefix, "Dest" if "Dest" in local else "")
        if local in _LAT_NAMES:
            lats.setdefault(key, (path[-1], value))
        elif local in _LON_NAMES:
            lons.setdefault(key, value)
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


def has_location(blob: bytes, extra: frozenset[str] = frozenset()) -> bool:
    """Quick check: does this XMP (or any bytes holding XMP) name a location property (or one
    of the ``extra`` properties, ``"dc:description"``...)?"""
    if b"xmlns" not in blob and b"xmpmeta" not in blob:
        return False
    data = parse(blob)
    return any(is_location(p) or not extra.isdisjoint(p) for p, _ in data.props) or bool(gps(data))


def remove_location(packet: bytes, extra: frozenset[str] = frozenset()) -> bytes | None:
    """The packet without its location properties, nor the ``extra`` properties (qualified
    names as :func:`parse` gives them: ``"dc:description"``); None when it cannot be edited
    safely.

    A UTF-16/32 packet comes back as UTF-8 when something was removed.
    """
    named = sorted(q.split(":", 1) for q in extra if ":" in q)
    props = LOCATION_PROPS + tuple((prefix, re.escape(local)) for prefix, local in named)
    original = packet
    packet = utf8(packet)
    if len(packet) > 2 * 1024 * 1024:
        return None  # the element patterns below are only cheap on packets of sane size
    if any(_declarations(packet)) or len(packet) > _MAX_PACKET:
        return None
    uris = {
        u.decode("utf-8", "replace"): p.decode()
        for p, u in re.findall(rb'xmlns:([\w.-]+)\s*=\s*["\']([^"\']*)["\']', packet)
    }
    text = packet
    for uri, doc_prefix in uris.items():
        canon = PREFIXES.get(uri, doc_prefix)  # as parse names it: unknown namespaces keep theirs
        for p, rx in props:
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
    if after.incomplete or after.warnings:
        return None
    if any(is_location(p) or not extra.isdisjoint(p) for p, _ in after.props) or gps(after):
        return None
    return text
