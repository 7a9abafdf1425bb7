"""Photoshop image resources (``8BIM`` blocks): JPEG APP13, TIFF tag 34377, PNG raw profiles.

They carry IPTC (0x0404), thumbnails (0x0409/0x040C), EXIF (0x0422/0x0423) and XMP
(0x0424). :func:`read` hands those over to the decoders, :func:`without_location` is the
only-GPS edit of a resource block.
"""

from __future__ import annotations

from . import iptc, xmp
from .base import RawMetadata, StripOptions
from .exif_data import tiff_header
from .exif_edit import remove_gps

#: The signature before the resources in a JPEG APP13 segment.
SIGNATURE = b"Photoshop 3.0\x00"
#: Most Photoshop image resource blocks read.
MAX_BLOCKS = 1000


def read(blob: bytes, meta: RawMetadata, where: str) -> None:
    """Photoshop image resources (8BIM): IPTC 0x0404, thumbnails, EXIF 0x0422, XMP 0x0424.

    Resources past the block cap, or after a block the walk cannot follow, are not read:
    the image is then not fully checked.
    """
    found = blocks(blob)
    end = found[-1][3] + (found[-1][3] - found[-1][2]) % 2 if found else 0
    if len(found) >= MAX_BLOCKS or any(blob[end:]):
        meta.not_fully_checked(f"{where}: Photoshop resources could not be read to the end")
    for rid, body in resources(blob):
        if rid == 0x0404:
            meta.iptc.append((f"{where} IPTC", body))
        elif rid in (0x0409, 0x040C):
            meta.fields.append(("Photoshop", "PhotoshopThumbnail", body[28:]))
        elif rid in (0x0422, 0x0423) and tiff_header(body, 0, any_magic=True):
            meta.exif.append((f"{where} 8BIM Exif", body))
        elif rid == 0x0424:
            meta.xmp.append((f"{where} 8BIM XMP", body))


def resources(blob: bytes) -> list[tuple[int, bytes]]:
    """Split Photoshop image resource blocks into ``(id, data)`` (bounded, never raises)."""
    out: list[tuple[int, bytes]] = []
    for rid, _s, ds, de in blocks(blob):
        out.append((rid, blob[ds:de]))
    return out


def blocks(blob: bytes) -> list[tuple[int, int, int, int]]:
    """``(id, block start, data start, data end)`` of every 8BIM block."""
    pos, n = 0, len(blob)
    out = []
    while pos + 12 <= n and len(out) < MAX_BLOCKS:
        if blob[pos : pos + 4] not in (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa"):
            break
        rid = int.from_bytes(blob[pos + 4 : pos + 6], "big")
        name_len = blob[pos + 6]
        q = pos + 6 + 1 + name_len
        if (1 + name_len) % 2:
            q += 1
        if q + 4 > n:
            break
        size = int.from_bytes(blob[q : q + 4], "big")
        ds = q + 4
        de = min(n, ds + size)
        out.append((rid, pos, ds, de))
        pos = de + (size % 2)
    return out


def without_location(
    blob: bytes,
    options: StripOptions = StripOptions(),  # noqa: B008 - frozen, safe as a default
) -> tuple[bytes, list[str]]:
    """The Photoshop resources ``blob`` without location: IPTC and XMP location properties
    (and the text fields ``options.drop_texts`` names) out, the EXIF GPS directories emptied;
    and what went. Resources are rewritten with their new sizes (a block may shrink)."""
    out = bytearray()
    removed: list[str] = []
    last = 0
    for rid, bstart, ds, de in blocks(blob):
        body = blob[ds:de]
        new = body
        if rid == 0x0404:
            new = iptc.remove_location(body, options.drops_in("IPTC"))
            if new != body:
                removed.append("IPTC location")
        elif rid == 0x0424:
            x = xmp.remove_location(body, options.drops_in("XMP"))
            new = x if x is not None else b""
            if new != body:
                removed.append("XMP location")
        elif rid in (0x0422, 0x0423) and tiff_header(body, 0, any_magic=True):
            b2 = bytearray(body)
            r = remove_gps(b2, 0, len(b2), options)
            if r:
                removed += r
                new = bytes(b2)
        out += blob[last:bstart]
        if new is body:
            end = de + ((de - ds) % 2)
            out += blob[bstart:end]
        else:
            head = blob[bstart:ds]
            out += head[:-4] + len(new).to_bytes(4, "big") + new + (b"\x00" if len(new) % 2 else b"")
            end = de + ((de - ds) % 2)
        last = end
    out += blob[last:]
    return bytes(out), removed
