"""Hostile TIFF/EXIF structures: a GPS fix, an owner and a serial where a walker that stops early misses them.

A small TIFF writer (:class:`TiffBuilder`, classic TIFF and BigTIFF, both byte orders) and
the shapes built with it. It is independent of leakscan's own decoder on purpose: the
tests use ExifTool as the oracle for what a shape holds, never leakscan itself.

The shapes (:func:`shapes`), each as a bare TIFF (every page a real picture Pillow can
decode) and as EXIF inside a JPEG (APP1), in both byte orders:

* ``chain-N``: N IFDs in the page chain, the identifying tags on the last one (up to
  5,000: past leakscan's bound);
* ``big-ifd-N``: an IFD with N filler entries, the identifying ones after them;
* ``deep-subifd-N``: SubIFDs nested N deep, the identifying tags at the bottom;
* ``gps-under-*``: the GPS IFD hung off an unusual parent (ExifIFD, Interop, SubIFD, a
  SubIFD's next IFD, the second page);
* ``gps-dest-only``: a GPS IFD with the destination's coordinates and nothing else;
* ``gps-is-interop``, ``shared-gps``, ``page-is-subifd``: one IFD reached twice;
* ``loop-chain``, ``loop-subifd``: pointers back to an IFD already read;
* ``pages-N``: N pages, each with its own GPS IFD, ExifIFD (owner, serial) and SubIFD
  thumbnail -- the same-named IFDs of issue 13 point 10 (also as BigTIFF, and built on
  Pillow's own multi-page TIFFs, uncompressed and LZW, by :func:`add_to_pages`);
* ``past-end-*``, ``cut-in-*``: what a directory declares but the data does not hold -- a
  GPS/ExifIFD/SubIFD/Interop pointer, a next-IFD link, a value, the thumbnail past the end,
  a file cut inside its last IFD or its values.

The values are fictional and the same everywhere (:data:`OWNER`, :data:`SERIAL`,
:data:`LAT`/:data:`LON`).
"""

from __future__ import annotations

import io
import itertools
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import Image

OWNER = "Jane Example"
SERIAL = "SN48151623"
#: 40.7128 N, 74.0060 W as EXIF degrees/minutes/seconds rationals.
LAT = ((40, 1), (42, 1), (4608, 100))
LON = ((74, 1), (0, 1), (2160, 100))

BYTE, ASCII, SHORT, LONG, RATIONAL, UNDEFINED, LONG8 = 1, 2, 3, 4, 5, 7, 16
_SIZE = {BYTE: 1, ASCII: 1, SHORT: 2, LONG: 4, RATIONAL: 8, UNDEFINED: 1, LONG8: 8}
_FMT = {BYTE: "B", SHORT: "H", LONG: "L", LONG8: "Q"}

ARTIST, EXIF_IFD, GPS_IFD, INTEROP_IFD, SUB_IFDS = 0x013B, 0x8769, 0x8825, 0xA005, 0x014A
OWNER_NAME, BODY_SERIAL = 0xA430, 0xA431

#: One IFD entry to write: ``(tag, type, value)``; the value is raw bytes, a str (ASCII),
#: integers, or ``(numerator, denominator)`` pairs for RATIONAL.
Tag = tuple[int, int, "bytes | str | Sequence[int] | Sequence[tuple[int, int]]"]


class TiffBuilder:
    """Appends IFDs and data blocks to a TIFF and patches the links between them."""

    def __init__(self, bo: str = "<", *, big: bool = False, data: bytes | None = None) -> None:
        if data is not None:
            bo = "<" if data[:2] == b"II" else ">"
            big = struct.unpack_from(bo + "H", data, 2)[0] == 43
            self.buf = bytearray(data)
        elif big:
            self.buf = bytearray((b"II" if bo == "<" else b"MM") + struct.pack(bo + "HHHQ", 43, 8, 0, 0))
        else:
            self.buf = bytearray((b"II" if bo == "<" else b"MM") + struct.pack(bo + "HL", 42, 0))
        self.bo, self.big = bo, big
        # count size, entry size, value/offset size
        self.csize, self.esize, self.vsize = (8, 20, 8) if big else (2, 12, 4)

    # -- writing ------------------------------------------------------------------------------

    def _align(self) -> None:
        if len(self.buf) % 2:
            self.buf += b"\x00"

    def blob(self, raw: bytes) -> int:
        """Append ``raw`` (word-aligned); its offset."""
        self._align()
        off = len(self.buf)
        self.buf += raw
        return off

    def encode(self, typ: int, value) -> tuple[int, bytes]:
        """``(count, value bytes)`` of one entry."""
        if isinstance(value, str):
            raw = value.encode() + b"\x00"
            return len(raw), raw
        if isinstance(value, (bytes, bytearray)):
            return len(value) // _SIZE[typ], bytes(value)
        if typ == RATIONAL:
            return len(value), b"".join(struct.pack(self.bo + "LL", a, b) for a, b in value)
        return len(value), struct.pack(self.bo + _FMT[typ] * len(value), *value)

    def record(self, tag: int, typ: int, count: int, field: bytes) -> bytes:
        """One raw entry record (``field`` is the inline value or the offset, padded here)."""
        head = struct.pack(self.bo + ("HHQ" if self.big else "HHL"), tag, typ, count)
        return head + field.ljust(self.vsize, b"\x00")

    def ifd(
        self, entries: Sequence[Tag], *, next_ifd: int = 0, sort: bool = True, records: Sequence[bytes] = ()
    ) -> int:
        """Write an IFD (its out-of-line values right after it); its offset.

        ``records`` are raw entries copied from an existing IFD (their offsets still valid);
        ``sort=False`` keeps the order given (identifying tags after thousands of others).
        """
        encoded = [(tag, typ, *self.encode(typ, value)) for tag, typ, value in entries]
        self._align()
        off = len(self.buf)
        n = len(encoded) + len(records)
        pos = off + self.csize + n * self.esize + self.vsize
        rows: list[tuple[int, bytes]] = [(struct.unpack_from(self.bo + "H", r)[0], bytes(r)) for r in records]
        values = bytearray()
        for tag, typ, count, raw in encoded:
            if len(raw) <= self.vsize:
                field = raw
            else:
                field = struct.pack(self.bo + ("Q" if self.big else "L"), pos + len(values))
                values += raw + b"\x00" * (len(raw) % 2)
            rows.append((tag, self.record(tag, typ, count, field)))
        if sort:
            rows.sort(key=lambda r: r[0])
        self.buf += struct.pack(self.bo + ("Q" if self.big else "H"), n)
        for _tag, row in rows:
            self.buf += row
        self.buf += struct.pack(self.bo + ("Q" if self.big else "L"), next_ifd)
        self.buf += values
        return off

    def pointer(self, tag: int, *offsets: int) -> Tag:
        """A pointer entry (ExifIFD, GPSInfo, Interop, SubIFDs) to IFDs already written."""
        return (tag, LONG8 if self.big else LONG, offsets)

    def set_first(self, off: int) -> None:
        struct.pack_into(self.bo + ("Q" if self.big else "L"), self.buf, 8 if self.big else 4, off)

    def set_next(self, ifd_off: int, next_off: int) -> None:
        struct.pack_into(self.bo + ("Q" if self.big else "L"), self.buf, self._next_pos(ifd_off), next_off)

    # -- reading (just enough to extend existing files) ------------------------------------------

    def _count(self, ifd_off: int) -> int:
        return struct.unpack_from(self.bo + ("Q" if self.big else "H"), self.buf, ifd_off)[0]

    def _next_pos(self, ifd_off: int) -> int:
        return ifd_off + self.csize + self._count(ifd_off) * self.esize

    def pages(self) -> list[tuple[int, int]]:
        """The page chain: ``(IFD offset, position of the link that points to it)``."""
        out: list[tuple[int, int]] = []
        link = 8 if self.big else 4
        seen: set[int] = set()
        while True:
            off = struct.unpack_from(self.bo + ("Q" if self.big else "L"), self.buf, link)[0]
            if not off or off in seen or off >= len(self.buf):
                return out
            seen.add(off)
            out.append((off, link))
            link = self._next_pos(off)

    def records(self, ifd_off: int) -> list[bytes]:
        start = ifd_off + self.csize
        return [
            bytes(self.buf[start + i * self.esize : start + (i + 1) * self.esize]) for i in range(self._count(ifd_off))
        ]

    def add_to_page(self, page: int, entries: Sequence[Tag]) -> int:
        """Give page ``page`` more entries: a copy of its IFD with them is appended and linked in."""
        off, link = self.pages()[page]
        nxt = struct.unpack_from(self.bo + ("Q" if self.big else "L"), self.buf, self._next_pos(off))[0]
        new = self.ifd(entries, next_ifd=nxt, records=self.records(off))
        struct.pack_into(self.bo + ("Q" if self.big else "L"), self.buf, link, new)
        return new

    def bytes(self) -> bytes:
        return bytes(self.buf)


# -- what the IFDs hold --------------------------------------------------------------------------


def gps_entries() -> list[Tag]:
    return [(0, BYTE, bytes([2, 3, 0, 0])), (1, ASCII, "N"), (2, RATIONAL, LAT), (3, ASCII, "W"), (4, RATIONAL, LON)]


def gps_ifd(b: TiffBuilder) -> int:
    return b.ifd(gps_entries())


def exif_ifd(b: TiffBuilder, *children: Tag) -> int:
    """An ExifIFD naming the owner and the camera's serial number."""
    return b.ifd([(OWNER_NAME, ASCII, OWNER), (BODY_SERIAL, ASCII, SERIAL), *children])


def identifying(b: TiffBuilder) -> list[Tag]:
    """Artist, and pointers to a fresh GPS IFD and ExifIFD (owner, serial)."""
    return [(ARTIST, ASCII, OWNER), b.pointer(GPS_IFD, gps_ifd(b)), b.pointer(EXIF_IFD, exif_ifd(b))]


def picture(b: TiffBuilder, index: int, size: tuple[int, int] = (6, 4)) -> list[Tag]:
    """An uncompressed 8-bit grey picture (its pixels written now), different for every ``index``."""
    w, h = size
    pixels = bytes((index * 37 + i * 11) % 256 for i in range(w * h))
    at = b.blob(pixels)
    return [
        (256, SHORT, (w,)),
        (257, SHORT, (h,)),
        (258, SHORT, (8,)),
        (259, SHORT, (1,)),
        (262, SHORT, (1,)),
        (273, LONG, (at,)),
        (277, SHORT, (1,)),
        (278, SHORT, (h,)),
        (279, LONG, (len(pixels),)),
    ]


# -- structures ------------------------------------------------------------------------------------

#: ``page(b, i)`` gives the entries of top-level page ``i``: a picture in a bare TIFF, an
#: orientation only in EXIF (a JPEG's IFD chain holds no pictures of its own).
Page = Callable[[TiffBuilder, int], list[Tag]]


def _chain(b: TiffBuilder, offsets: Sequence[int]) -> None:
    b.set_first(offsets[0])
    for a, c in itertools.pairwise(offsets):
        b.set_next(a, c)


def _named(name: str, build: Callable[[TiffBuilder, Page], None]) -> Callable[[TiffBuilder, Page], None]:
    build.__name__ = build.__qualname__ = name  # readable test ids
    return build


def chain(n: int) -> Callable[[TiffBuilder, Page], None]:
    def build(b: TiffBuilder, page: Page) -> None:
        offs = [b.ifd(page(b, i) + (identifying(b) if i == n - 1 else [])) for i in range(n)]
        _chain(b, offs)

    return _named(f"chain_{n}", build)


def big_ifd(n: int) -> Callable[[TiffBuilder, Page], None]:
    def build(b: TiffBuilder, page: Page) -> None:
        # private tags ExifTool does not know (its DNG range makes it try to write, and die)
        filler = [(0xE000 + i, SHORT, (i,)) for i in range(n)]
        b.set_first(b.ifd(page(b, 0) + filler + identifying(b), sort=False))

    return _named(f"big_ifd_{n}", build)


def deep_subifd(depth: int) -> Callable[[TiffBuilder, Page], None]:
    def build(b: TiffBuilder, page: Page) -> None:
        off = b.ifd([(254, LONG, (1,)), *identifying(b)])
        for _ in range(depth - 1):
            off = b.ifd([(254, LONG, (1,)), b.pointer(SUB_IFDS, off)])
        b.set_first(b.ifd([*page(b, 0), b.pointer(SUB_IFDS, off)]))

    return _named(f"deep_subifd_{depth}", build)


def gps_under(parent: str) -> Callable[[TiffBuilder, Page], None]:
    """GPS (and the owner) hung off an unusual parent."""

    def build(b: TiffBuilder, page: Page) -> None:
        gps = gps_ifd(b)
        owner = (ARTIST, ASCII, OWNER)
        if parent == "exififd":
            b.set_first(b.ifd([*page(b, 0), owner, b.pointer(EXIF_IFD, exif_ifd(b, b.pointer(GPS_IFD, gps)))]))
        elif parent == "interop":
            interop = b.ifd([(1, ASCII, "R98"), b.pointer(GPS_IFD, gps)])
            b.set_first(b.ifd([*page(b, 0), owner, b.pointer(EXIF_IFD, exif_ifd(b, b.pointer(INTEROP_IFD, interop)))]))
        elif parent == "subifd":
            sub = b.ifd([(254, LONG, (1,)), owner, b.pointer(GPS_IFD, gps)])
            b.set_first(b.ifd([*page(b, 0), b.pointer(SUB_IFDS, sub)]))
        elif parent == "subifd-next":
            second = b.ifd([(254, LONG, (1,)), owner, b.pointer(GPS_IFD, gps)])
            first = b.ifd([(254, LONG, (1,))], next_ifd=second)
            b.set_first(b.ifd([*page(b, 0), b.pointer(SUB_IFDS, first)]))
        elif parent == "page2":
            _chain(b, [b.ifd(page(b, 0)), b.ifd([*page(b, 1), owner, b.pointer(GPS_IFD, gps)])])
        else:
            raise ValueError(parent)

    return _named("gps_under_" + parent.replace("-", "_"), build)


def gps_is_interop(b: TiffBuilder, page: Page) -> None:
    """The GPS pointer and the Interop pointer name the same IFD (cameras have written this)."""
    shared = gps_ifd(b)
    exif = exif_ifd(b, b.pointer(INTEROP_IFD, shared))
    b.set_first(b.ifd([*page(b, 0), (ARTIST, ASCII, OWNER), b.pointer(EXIF_IFD, exif), b.pointer(GPS_IFD, shared)]))


def shared_gps(b: TiffBuilder, page: Page) -> None:
    """Two pages point at one GPS IFD."""
    gps = gps_ifd(b)
    _chain(b, [b.ifd([*page(b, i), (ARTIST, ASCII, OWNER), b.pointer(GPS_IFD, gps)]) for i in range(2)])


def page_is_subifd(b: TiffBuilder, page: Page) -> None:
    """Page 1's SubIFD pointer names page 2's IFD, which holds the identifying tags."""
    second = b.ifd(page(b, 1) + identifying(b))
    first = b.ifd([*page(b, 0), b.pointer(SUB_IFDS, second)], next_ifd=second)
    b.set_first(first)


def loop_chain(b: TiffBuilder, page: Page) -> None:
    """Page 2 links back to page 1."""
    offs = [b.ifd(page(b, 0)), b.ifd(page(b, 1) + identifying(b))]
    _chain(b, offs)
    b.set_next(offs[1], offs[0])


def loop_subifd(b: TiffBuilder, page: Page) -> None:
    """Two SubIFDs that name each other."""
    first = b.ifd([(254, LONG, (1,)), (ARTIST, ASCII, OWNER), b.pointer(SUB_IFDS, 0)])
    second = b.ifd([(254, LONG, (1,)), b.pointer(GPS_IFD, gps_ifd(b)), b.pointer(SUB_IFDS, first)])
    # point the first one's SubIFDs value (written as 0 above) at the second
    for rec_at in range(first + b.csize, first + b.csize + b._count(first) * b.esize, b.esize):
        if struct.unpack_from(b.bo + "H", b.buf, rec_at)[0] == SUB_IFDS:
            struct.pack_into(b.bo + ("Q" if b.big else "L"), b.buf, rec_at + 4 + (8 if b.big else 4), second)
    b.set_first(b.ifd([*page(b, 0), b.pointer(SUB_IFDS, first)]))


def gps_dest_only(b: TiffBuilder, page: Page) -> None:
    """A GPS IFD holding only the destination's coordinates (no GPSLatitude/GPSLongitude)."""
    dest = b.ifd([(0x13, ASCII, "N"), (0x14, RATIONAL, LAT), (0x15, ASCII, "W"), (0x16, RATIONAL, LON)])
    b.set_first(b.ifd([*page(b, 0), (ARTIST, ASCII, OWNER), b.pointer(GPS_IFD, dest)]))


def pages(n: int) -> Callable[[TiffBuilder, Page], None]:
    """N pages, each with its own GPS IFD, ExifIFD and SubIFD thumbnail (owner on each)."""

    def build(b: TiffBuilder, page: Page) -> None:
        offs = []
        for i in range(n):
            thumb = b.ifd([(254, LONG, (1,)), *page(b, 100 + i)])
            offs.append(b.ifd([*page(b, i), *identifying(b), b.pointer(SUB_IFDS, thumb)]))
        _chain(b, offs)

    return _named(f"pages_{n}", build)


#: An offset past the end of every shape (and of the 64 KB a JPEG's EXIF segment can hold).
FAR = 0x00FFFFF0


def _patch_value_offset(b: TiffBuilder, ifd_off: int, tag: int, offset: int) -> None:
    """Point entry ``tag`` of the IFD at ``ifd_off`` (an out-of-line value) at ``offset``."""
    for at in range(ifd_off + b.csize, ifd_off + b.csize + b._count(ifd_off) * b.esize, b.esize):
        if struct.unpack_from(b.bo + "H", b.buf, at)[0] == tag:
            struct.pack_into(b.bo + ("Q" if b.big else "L"), b.buf, at + b.esize - b.vsize, offset)
            return
    raise ValueError(f"no tag {tag:#x}")


def past_the_end(what: str) -> Callable[[TiffBuilder, Page], None]:
    """What a directory declares but the data does not hold (a file cut short, a wrong offset):
    a GPS/ExifIFD/SubIFD/Interop pointer, a next-IFD link, a value or the thumbnail past the end."""

    def build(b: TiffBuilder, page: Page) -> None:
        owner = (ARTIST, ASCII, OWNER)
        if what == "gps":
            b.set_first(b.ifd([*page(b, 0), owner, b.pointer(GPS_IFD, FAR)]))
        elif what == "exififd":
            b.set_first(b.ifd([*page(b, 0), owner, b.pointer(GPS_IFD, gps_ifd(b)), b.pointer(EXIF_IFD, FAR)]))
        elif what == "subifd":
            b.set_first(b.ifd([*page(b, 0), owner, b.pointer(GPS_IFD, gps_ifd(b)), b.pointer(SUB_IFDS, FAR)]))
        elif what == "interop":
            exif = exif_ifd(b, b.pointer(INTEROP_IFD, FAR))
            b.set_first(b.ifd([*page(b, 0), owner, b.pointer(GPS_IFD, gps_ifd(b)), b.pointer(EXIF_IFD, exif)]))
        elif what == "next-ifd":
            b.set_first(b.ifd([*page(b, 0), *identifying(b)], next_ifd=FAR))
        elif what == "gps-value":
            gps = gps_ifd(b)
            _patch_value_offset(b, gps, 2, FAR)  # GPSLatitude
            b.set_first(b.ifd([*page(b, 0), owner, b.pointer(GPS_IFD, gps)]))
        elif what == "artist-value":
            first = b.ifd([*page(b, 0), (ARTIST, ASCII, OWNER + " of Springfield"), b.pointer(GPS_IFD, gps_ifd(b))])
            _patch_value_offset(b, first, ARTIST, FAR)
            b.set_first(first)
        elif what == "thumbnail":
            thumb = b.ifd([*page(b, 1), (0x0201, LONG, (FAR,)), (0x0202, LONG, (4000,))])
            b.set_first(b.ifd([*page(b, 0), *identifying(b)], next_ifd=thumb))
        else:
            raise ValueError(what)

    return _named("past_the_end_" + what.replace("-", "_"), build)


def cut_short(structure: Callable[[TiffBuilder, Page], None], keep: float) -> Callable[[TiffBuilder, Page], None]:
    """``structure`` with its last directory (the last page's IFD and its values) cut: ``keep``
    of that directory's entries stay (0 < keep < 1), or, with ``keep`` 1, its entries stay
    and the values after them are cut off."""

    def build(b: TiffBuilder, page: Page) -> None:
        structure(b, page)
        last = b.pages()[-1][0]
        entries = b._count(last)
        end = last + b.csize + int(entries * keep) * b.esize + (b.vsize + 6 if keep >= 1 else 5)
        del b.buf[end:]

    return _named(f"{structure.__name__}_cut_{keep}", build)


STRUCTURES: dict[str, Callable[[TiffBuilder, Page], None]] = {
    **{f"chain-{n}": chain(n) for n in (2, 64, 65, 300)},
    **{f"big-ifd-{n}": big_ifd(n) for n in (1000, 1500, 5000)},
    **{f"deep-subifd-{n}": deep_subifd(n) for n in (2, 7, 12, 20)},
    **{f"gps-under-{p}": gps_under(p) for p in ("exififd", "interop", "subifd", "subifd-next", "page2")},
    "gps-is-interop": gps_is_interop,
    "gps-dest-only": gps_dest_only,
    "shared-gps": shared_gps,
    "page-is-subifd": page_is_subifd,
    "loop-chain": loop_chain,
    "loop-subifd": loop_subifd,
    **{f"pages-{n}": pages(n) for n in (2, 3)},
    **{
        f"past-end-{w}": past_the_end(w)
        for w in ("gps", "exififd", "subifd", "interop", "next-ifd", "gps-value", "artist-value", "thumbnail")
    },
    "cut-in-last-ifd": cut_short(pages(2), 0.5),
    "cut-in-last-values": cut_short(pages(2), 1),
}


# -- shapes -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """One file: ``name`` says the structure, the byte order and the container."""

    name: str
    #: "TIFF" (a bare TIFF, every page a picture) or "JPEG" (the structure as its EXIF).
    container: str
    data: bytes
    #: False when ExifTool is not run on it: 12.57 never returns on SubIFDs naming each other in
    #: a bare TIFF, and takes 7 s over 5,000 pages. The tests take what the shape plants
    #: (GPS, owner) as the truth instead.
    oracle: bool = True

    @property
    def ext(self) -> str:
        return "tif" if self.container == "TIFF" else "jpg"


def picture_page(b: TiffBuilder, i: int) -> list[Tag]:
    return picture(b, i)


def exif_page(b: TiffBuilder, i: int) -> list[Tag]:
    return [(0x0112, SHORT, (1,))]


def tiff(structure: Callable[[TiffBuilder, Page], None], bo: str, *, big: bool = False) -> bytes:
    b = TiffBuilder(bo, big=big)
    structure(b, picture_page)
    return b.bytes()


def exif_in_jpeg(tiff_block: bytes) -> bytes:
    """A small real JPEG carrying ``tiff_block`` as its APP1 Exif segment."""
    payload = b"Exif\x00\x00" + tiff_block
    if len(payload) + 2 > 0xFFFF:
        raise ValueError("EXIF block too large for one APP1 segment")
    buf = io.BytesIO()
    Image.new("RGB", (16, 12), (90, 140, 200)).save(buf, "JPEG", quality=90)
    jpeg = buf.getvalue()
    return jpeg[:2] + b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload + jpeg[2:]


def add_to_pages(data: bytes) -> bytes:
    """A real multi-page TIFF with a GPS IFD, an ExifIFD (owner, serial), an Artist and a
    SubIFD thumbnail added to every page."""
    b = TiffBuilder(data=data)
    for i in range(len(b.pages())):
        thumb = b.ifd([(254, LONG, (1,)), *picture(b, 200 + i, (3, 2))])
        b.add_to_page(i, [*identifying(b), b.pointer(SUB_IFDS, thumb)])
    return b.bytes()


def pillow_pages(n: int = 3, compression: str | None = None, mode: str = "RGB") -> bytes:
    """A multi-page TIFF as Pillow writes it (``save_all``), every page a different picture."""
    frames = [Image.new(mode, (24 + 4 * i, 16), (40 * i, 255 - 40 * i, 90)[: len(mode)]) for i in range(n)]
    for i, im in enumerate(frames):
        im.putpixel((i, i), (255, 0, 0)[: len(mode)])
    out = io.BytesIO()
    params = {"compression": compression} if compression else {}
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:], **params)
    return out.getvalue()


def shapes() -> list[Shape]:
    """Every structure in both byte orders, as a bare TIFF and as EXIF in a JPEG (when it fits
    in one segment); plus BigTIFF and Pillow-made multi-page variants."""
    out: list[Shape] = []
    for name, structure in STRUCTURES.items():
        for bo, tag in (("<", "le"), (">", "be")):
            out.append(Shape(f"{name}-{tag}-tiff", "TIFF", tiff(structure, bo), oracle=name != "loop-subifd"))
            b = TiffBuilder(bo)
            structure(b, exif_page)
            if len(b.buf) < 0xFFF0:  # one APP1 segment holds at most 64 KB
                out.append(Shape(f"{name}-{tag}-jpeg", "JPEG", exif_in_jpeg(b.bytes())))
    for name in ("pages-3", "chain-65", "gps-under-interop", "big-ifd-1500"):
        out.append(Shape(f"{name}-le-bigtiff", "TIFF", tiff(STRUCTURES[name], "<", big=True)))
    # more pages than leakscan reads (its MAX_PAGES is 4096): one byte order is enough
    out.append(Shape("chain-5000-le-tiff", "TIFF", tiff(chain(5000), "<"), oracle=False))
    for compression in (None, "tiff_lzw"):
        label = compression or "raw"
        out.append(Shape(f"pillow-pages-{label}", "TIFF", add_to_pages(pillow_pages(3, compression))))
    return out


__all__ = ["LAT", "LON", "OWNER", "SERIAL", "Shape", "TiffBuilder", "add_to_pages", "pillow_pages", "shapes"]
