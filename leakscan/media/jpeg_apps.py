"""The APPn segments cameras and apps add to a JPEG, read as ExifTool reads them.

JFIF/JFXX thumbnails and Canon CIFF (APP0), FLIR FFF records (APP1: GPS, serial numbers,
the visible-light photo), Ricoh RMETA (APP5), Media Jukebox (APP9), Ducky and PictureInfo
(APP12). EXIF, XMP, ICC and Photoshop segments are the JPEG handler's (:mod:`.jpeg`).
Each reader adds what it finds to a :class:`~.base.RawMetadata`; what it cannot read to the
end leaves the image not fully checked.
"""

from __future__ import annotations

import re
import struct

from .base import RawMetadata

#: Deepest Canon CIFF heap nesting read (cameras nest 2 deep), and most CIFF directory
#: records read from one block. ExifTool reads on past both: a cap hit is not fully checked.
MAX_CIFF_DEPTH = 16
MAX_CIFF_RECORDS = 65536
#: Most FLIR FFF directory entries read (past it: not fully checked).
MAX_FLIR_RECORDS = 65536


def app0(p: bytes, meta: RawMetadata, where: str) -> None:
    if p.startswith(b"JFIF\x00") and len(p) >= 14:
        if p[12] and p[13]:
            meta.fields.append(("JFIF", "ThumbnailImage", p[14:]))
    elif p.startswith(b"JFXX\x00") and len(p) > 6:
        meta.fields.append(("JFXX", "ThumbnailImage", p[6:]))
    elif is_ciff(p):
        ciff(p, meta, where)


def is_ciff(p: bytes) -> bool:
    """True for an APP0 payload holding a Canon CIFF block (``II``/``MM``, header length, ``HEAPJPGM``)."""
    return len(p) > 14 and p[:2] in (b"II", b"MM") and p[6:14] == b"HEAPJPGM"


def ciff(p: bytes, meta: RawMetadata, where: str) -> None:
    """Canon CIFF (a CRW-style heap inside APP0): OwnerName (0x0810), read as ExifTool reads it.

    A heap ends with the offset of its directory (a count, then 10-byte records: tag, size,
    offset from the heap's start); records of type 0x28/0x30 are heaps of their own. Every
    heap and record is read, wherever in the block it lies (ExifTool has no nesting or count
    limit either); past :data:`MAX_CIFF_DEPTH` or :data:`MAX_CIFF_RECORDS`, or where a heap,
    directory or value lies outside the block or a record is bad, the image is not fully
    checked. A directory reached twice is read once (a loop), as ExifTool does.
    """
    bo = "<" if p[:2] == b"II" else ">"
    n = len(p)
    seen: set[int] = set()
    budget = [MAX_CIFF_RECORDS]

    def problem(reason: str) -> None:
        meta.not_fully_checked(f"{where}: CIFF {reason}")

    def heap(start: int, size: int, depth: int) -> None:
        if depth > MAX_CIFF_DEPTH:
            return problem(f"heaps nested more than {MAX_CIFF_DEPTH} deep")
        end = start + size
        if size < 6 or end > n:
            return problem("heap lies outside the block")
        dir_off = start + struct.unpack_from(bo + "L", p, end - 4)[0]
        if dir_off in seen:
            if "CIFF directory referenced twice; read once" not in meta.warnings:
                meta.warnings.append("CIFF directory referenced twice; read once")
            return None
        seen.add(dir_off)
        if dir_off + 2 > n:
            return problem("directory lies outside the block")
        count = struct.unpack_from(bo + "H", p, dir_off)[0]
        if dir_off + 2 + 10 * count > n:
            problem("directory runs past the end of the block")
            count = (n - dir_off - 2) // 10
        if count > budget[0]:
            problem(f"holds more than {MAX_CIFF_RECORDS} records")
            count = budget[0]
        budget[0] -= count
        for i in range(count):
            tag, vsize, off = struct.unpack_from(bo + "HLL", p, dir_off + 2 + i * 10)
            if tag & 0x8000:  # ExifTool stops reading the directory here too
                return problem("directory holds a bad record")
            if tag & 0x4000:
                continue  # the value is in the record itself
            if (tag >> 8) & 0x38 in (0x28, 0x30):
                heap(start + off, vsize, depth + 1)
            elif tag & 0x3FFF == 0x0810:
                a, b = start + off, start + off + vsize
                if b > n:
                    problem("value lies outside the block")
                    continue
                name = p[a:b].split(b"\x00", 1)[0].decode("latin-1").strip()
                if name:
                    meta.fields.append(("CIFF", "OwnerName", name))
        return None

    hlen = struct.unpack_from(bo + "L", p, 2)[0]
    heap(hlen, n - hlen, 0)


def rmeta(p: bytes, meta: RawMetadata) -> None:
    """Ricoh RMETA (APP5): a list of names then a list of values; report Location."""
    chunks = [c for c in re.split(rb"\x00{4,}", p[6:]) if c.strip(b"\x00")]
    lists = []
    for c in chunks:
        strings = [re.sub(rb"^[^\x20-\x7e]*[\x00-\x1f\x7f-\xff]{0,3}", b"", s) for s in c.split(b"\x00")]
        lists.append([s.decode("latin-1", "replace") for s in strings if s])
    for i, names in enumerate(lists[:-1]):
        cleaned = [re.sub(r"^[^A-Za-z]+", "", x) for x in names]
        if "Location" in cleaned:
            values = [re.sub(r"^[^ -~]+", "", x) for x in lists[i + 1]]
            k = cleaned.index("Location")
            # the value list starts with the block's own label
            if len(values) == len(cleaned) + 1:
                values = values[1:]
            if k < len(values) and values[k].strip():
                meta.fields.append(("RMETA", "Location", values[k].strip()))
            break


def jukebox(p: bytes, meta: RawMetadata) -> None:
    text = p.decode("latin-1", "replace")
    for tag, name in (("People", "People"), ("Places", "Places")):
        m = re.search(rf"<{tag}>([^<]{{1,500}})</{tag}>", text)
        if m and m.group(1).strip():
            meta.fields.append(("MediaJukebox", name, m.group(1).strip()))


def app12(p: bytes, meta: RawMetadata) -> None:
    if p.startswith(b"Ducky"):
        pos = 5
        while pos + 4 <= len(p):
            tag, length = struct.unpack_from(">HH", p, pos)
            if tag == 0:
                break
            body = p[pos + 4 : pos + 4 + length]
            if tag in (2, 3) and len(body) > 4:
                text = body[4:].decode("utf-16-be", "replace").rstrip("\x00").strip()
                if text:
                    meta.fields.append(("Ducky", "Copyright" if tag == 3 else "Comment", text))
            pos += 4 + length
    elif b"[picture info]" in p[:64] or b"[camera info]" in p:
        text = p.decode("latin-1", "replace")
        m = re.search(r"(?m)^Serial#=([^\r\n]{1,64})", text)
        if m and m.group(1).strip():
            meta.fields.append(("PictureInfo", "SerialNumber", m.group(1).strip()))


def flir(blob: bytes, meta: RawMetadata, where: str) -> None:
    """FLIR FFF records: GPS (0x2B), camera/lens serials (0x20), the embedded photo (0x0E).

    A directory or record that could not be read to the end leaves the image not fully checked.
    """
    records, problems = flir_records(blob)
    for reason in problems:
        meta.not_fully_checked(f"{where}: FLIR {reason}")
    for rtype, _entry, start, end in records:
        rec = blob[start:end]
        if rtype == 0x2B and len(rec) >= 0x20:
            valid = struct.unpack_from("<L", rec, 0)[0]
            lat_ref, lon_ref = rec[8:9], rec[10:11]
            lat, lon = struct.unpack_from("<dd", rec, 0x10)
            if lat_ref == b"S":
                lat = -lat
            if lon_ref == b"W":
                lon = -lon
            if valid or lat or lon:
                meta.fields.append(("FLIR", "GPSPosition", (lat, lon)))
        elif rtype == 0x20 and len(rec) >= 0x1B0:
            for off, name in ((0x104, "CameraSerialNumber"), (0x1A0, "LensSerialNumber")):
                s = rec[off : off + 16].split(b"\x00", 1)[0].decode("latin-1").strip()
                if s:
                    meta.fields.append(("FLIR", name, s))
        elif rtype == 0x0E and len(rec) > 64:
            meta.fields.append(("FLIR", "EmbeddedImage", b"<image>"))


def flir_records(blob: bytes) -> tuple[list[tuple[int, int, int, int]], list[str]]:
    """The FFF records, as ExifTool reads them, and why they could not all be read.

    Records are ``(type, index-entry offset, data start, data end)``; the reasons (no values)
    name what was not read: a header that is not FFF, a directory cut short or past
    :data:`MAX_FLIR_RECORDS` entries, a record that runs past the end of the data.
    """
    n = len(blob)
    if not blob.startswith((b"FFF\x00", b"AFF\x00")) or n < 0x40:
        return [], ["data is not an FFF block"]
    orders = [bo for bo in (">", "<") if 100 <= struct.unpack_from(bo + "L", blob, 0x14)[0] < 200]
    if not orders:
        return [], ["FFF version not understood"]
    bo = orders[0]
    idx, num = struct.unpack_from(bo + "LL", blob, 0x18)
    problems = []
    if num > MAX_FLIR_RECORDS:
        problems.append(f"directory holds more than {MAX_FLIR_RECORDS} records")
        num = MAX_FLIR_RECORDS
    if idx + num * 0x20 > n:
        problems.append("record directory runs past the end of the data")
        num = max(0, (n - idx) // 0x20)
    out = []
    for i in range(num):
        e = idx + i * 0x20
        rtype = struct.unpack_from(bo + "H", blob, e)[0]
        if rtype == 0:
            continue
        off, length = struct.unpack_from(bo + "LL", blob, e + 0x0C)
        if off + length > n:
            if "a record runs past the end of the data" not in problems:
                problems.append("a record runs past the end of the data")
            if off >= n:
                continue
        out.append((rtype, e, off, min(n, off + length)))
    return out, problems


def flir_gps_out(buf: bytearray, segs: list[tuple[int, int]]) -> list[str] | None:
    """Blank the FLIR GPS record (spread over several APP1 segments) in place; None when the
    records could not all be read (the caller drops the FLIR segments). ``segs`` are the FLIR
    APP1 segments as ``(payload start, segment end)``."""
    ordered = sorted(segs, key=lambda s: buf[s[0] + 6])
    # map payload offsets to file offsets
    spans: list[tuple[int, int]] = []  # (file offset of chunk start, chunk length)
    for s in ordered:
        spans.append((s[0] + 8, s[1] - (s[0] + 8)))
    blob = b"".join(bytes(buf[a : a + n]) for a, n in spans)

    def file_pos(off: int) -> int | None:
        acc = 0
        for a, n in spans:
            if off < acc + n:
                return a + (off - acc)
            acc += n
        return None

    records, problems = flir_records(blob)
    if problems:
        return None
    removed = []
    for rtype, entry, start, end in records:
        if rtype != 0x2B:
            continue
        for off in range(start, end):
            fp = file_pos(off)
            if fp is not None:
                buf[fp] = 0
        for off in (entry, entry + 1):  # record type -> 0 (empty)
            fp = file_pos(off)
            if fp is not None:
                buf[fp] = 0
        removed.append("FLIR GPS")
    return removed
