"""The EXIF/TIFF decoder and in-place editor, on structures built here (incl. hostile ones)."""

from __future__ import annotations

import contextlib
import io
import math
import struct
import time

import piexif
import pytest
import shapes_tiff
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageSequence

from leakscan.errors import InputError
from leakscan.media import exif, exif_data, exif_edit

# -- a tiny TIFF builder -----------------------------------------------------------------------


def build(entries_by_ifd: dict[str, list[tuple[int, int, int, bytes]]], bo: str = "<", *, next_ifd: int = 0) -> bytes:
    """A TIFF payload with IFD0 (and optional "GPS"/"Exif" IFDs linked from IFD0).

    Entries are ``(tag, type, count, value_bytes)``; values over 4 bytes go after the IFD.
    """
    head = (b"II*\x00" if bo == "<" else b"MM\x00*") + struct.pack(bo + "L", 8)
    layout: dict[str, int] = {}
    # compute offsets: IFD0 at 8, then its data, then GPS IFD, then Exif IFD
    order = [name for name in ("IFD0", "GPS", "Exif") if name in entries_by_ifd]
    blobs = {}
    pos = 8
    for name in order:
        ents = entries_by_ifd[name]
        extra = len(ents) if name == "IFD0" else 0
        n = len(ents) + (extra and sum(1 for k in ("GPS", "Exif") if k in entries_by_ifd))
        size = 2 + 12 * n + 4 + sum(len(v) + (len(v) % 2) for *_x, v in ents if len(v) > 4)
        layout[name] = pos
        blobs[name] = n
        pos += size
    out = bytearray(head)
    for name in order:
        ents = list(entries_by_ifd[name])
        if name == "IFD0":
            if "GPS" in entries_by_ifd:
                ents.append((0x8825, 4, 1, struct.pack(bo + "L", layout["GPS"])))
            if "Exif" in entries_by_ifd:
                ents.append((0x8769, 4, 1, struct.pack(bo + "L", layout["Exif"])))
        ents.sort(key=lambda e: e[0])
        base = layout[name]
        data_pos = base + 2 + 12 * len(ents) + 4
        ifd = bytearray(struct.pack(bo + "H", len(ents)))
        data = bytearray()
        for tag, typ, count, value in ents:
            if len(value) <= 4:
                field = value.ljust(4, b"\x00")
            else:
                field = struct.pack(bo + "L", data_pos + len(data))
                data += value + (b"\x00" if len(value) % 2 else b"")
            ifd += struct.pack(bo + "HHL", tag, typ, count) + field
        ifd += struct.pack(bo + "L", next_ifd if name == "IFD0" else 0)
        assert len(out) == base
        out += ifd + data
    return bytes(out)


def rational(bo: str, *pairs: tuple[int, int]) -> bytes:
    return b"".join(struct.pack(bo + "LL", a, b) for a, b in pairs)


def gps_payload(bo: str = "<", lat=((40, 1), (42, 1), (4608, 100)), lon=((74, 1), (0, 1), (2160, 100))) -> bytes:
    return build(
        {
            "IFD0": [(0x013B, 2, 12, b"Emma Sample\x00")],
            "GPS": [
                (1, 2, 2, b"N\x00"),
                (2, 5, len(lat), rational(bo, *lat)),
                (3, 2, 2, b"W\x00"),
                (4, 5, len(lon), rational(bo, *lon)),
            ],
        },
        bo,
    )


# -- happy paths ---------------------------------------------------------------------------------


@pytest.mark.parametrize("bo", ["<", ">"])
def test_both_byte_orders_and_gps(bo: str) -> None:
    ex = exif.parse(gps_payload(bo))
    assert ex.byte_order == bo
    assert ex.value("Artist", "IFD0") == "Emma Sample"
    lat = exif_data.gps_coordinate(ex.get("GPSLatitude", "GPS"), ex.value("GPSLatitudeRef", "GPS"))
    lon = exif_data.gps_coordinate(ex.get("GPSLongitude", "GPS"), ex.value("GPSLongitudeRef", "GPS"))
    assert lat == pytest.approx(40.7128, abs=1e-4)
    assert lon == pytest.approx(-74.006, abs=1e-4)
    assert not ex.warnings


def test_exif_prefix_is_accepted() -> None:
    ex = exif.parse(b"Exif\x00\x00" + gps_payload())
    assert ex.value("Artist") == "Emma Sample"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (((40, 1), (42, 1), (0, 0)), 40.7),  # seconds 0/0 after valid degrees count as 0
        (((0, 0), (0, 0), (0, 0)), None),  # all 0/0: no fix
        (((0, 0), (42, 1), (0, 1)), None),
        (((4071, 100),), 40.71),  # decimal degrees in one rational
        (((40, 1), (42768, 1000)), 40.7128),  # degrees + decimal minutes
    ],
)
def test_gps_coordinate_forms(raw: tuple[tuple[int, int], ...], expected: float | None) -> None:
    ex = exif.parse(gps_payload(lat=raw))
    got = exif_data.gps_coordinate(ex.get("GPSLatitude", "GPS"), "N")
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected, abs=1e-4)


def test_thumbnail_and_its_own_gps() -> None:
    inner = piexif.dump({"GPS": {2: ((10, 1), (0, 1), (0, 1)), 1: b"S", 4: ((20, 1), (0, 1), (0, 1)), 3: b"E"}})
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 20, 30)).save(buf, "JPEG")
    tiny = buf.getvalue()
    thumb = tiny[:2] + b"\xff\xe1" + (len(inner) + 2).to_bytes(2, "big") + inner + tiny[2:]
    # IFD0 (one entry) -> IFD1 (JPEGInterchangeFormat + Length) -> thumbnail bytes
    ifd0 = struct.pack("<H", 1) + struct.pack("<HHLL", 0x0112, 3, 1, 1) + struct.pack("<L", 26)
    ifd1 = (
        struct.pack("<H", 2)
        + struct.pack("<HHLL", 0x0201, 4, 1, 26 + 30)
        + struct.pack("<HHLL", 0x0202, 4, 1, len(thumb))
        + struct.pack("<L", 0)
    )
    payload = b"Exif\x00\x00" + _hdr() + ifd0 + ifd1 + thumb
    ex = exif.parse(payload[6:])
    assert ex.thumbnail == thumb
    assert ex.thumbnail_exif is not None
    t = ex.thumbnail_exif
    assert exif_data.gps_coordinate(t.get("GPSLatitude", "GPS"), t.value("GPSLatitudeRef", "GPS")) == -10.0


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"ASCII\x00\x00\x00hello there", "hello there"),
        (b"UNICODE\x00" + "héllo".encode("utf-16-le"), "héllo"),
        (b"UNICODE\x00" + "héllo".encode("utf-16-be"), "héllo"),
        (b"UNICODE\x00\xff\xfe" + "hi".encode("utf-16-le"), "hi"),
        (b"\x00" * 8 + b"plain", "plain"),
        (b"\x00" * 8 + b"\x00" * 20, ""),
    ],
)
def test_user_comment(raw: bytes, text: str) -> None:
    assert exif_data.user_comment(raw) == text


def test_xp_text() -> None:
    assert exif_data.xp_text("Emma Sample".encode("utf-16-le") + b"\x00\x00") == "Emma Sample"
    assert exif_data.xp_text(tuple("Hi".encode("utf-16-le"))) == "Hi"


def test_minimal_orientation_exif() -> None:
    payload = exif_edit.build_minimal(6)
    ex = exif.parse(payload)
    assert ex.value("Orientation", "IFD0") == (6,)
    assert len(ex.entries) == 1


# -- hostile structures --------------------------------------------------------------------------


def _hdr(bo: str = "<") -> bytes:
    return (b"II*\x00" if bo == "<" else b"MM\x00*") + struct.pack(bo + "L", 8)


def test_not_tiff_raises_input_error_only() -> None:
    with pytest.raises(InputError):
        exif.parse(b"this is not exif at all")
    with pytest.raises(InputError):
        exif.parse(b"")


def test_ifd_loop_via_next_pointer() -> None:
    # IFD0 at 8 whose next-IFD pointer points back at itself
    ifd = struct.pack("<H", 1) + struct.pack("<HHLL", 0x0112, 3, 1, 1) + struct.pack("<L", 8)
    ex = exif.parse(_hdr() + ifd)
    assert any("loops" in w for w in ex.warnings)
    assert ex.value("Orientation", "IFD0") == (1,)


def test_ifd_loop_via_sub_ifd_pointers() -> None:
    # IFD0 -> ExifIFD (at 8 = IFD0 itself) and GPS -> IFD0
    ifd = (
        struct.pack("<H", 2)
        + struct.pack("<HHLL", 0x8769, 4, 1, 8)
        + struct.pack("<HHLL", 0x8825, 4, 1, 8)
        + struct.pack("<L", 0)
    )
    t = time.perf_counter()
    ex = exif.parse(_hdr() + ifd)
    assert time.perf_counter() - t < 1.0
    assert any("loops" in w for w in ex.warnings)


# -- limits: at the bound everything is read; past it the payload says it is incomplete ----------


def _tiff(structure, bo: str = "<", *, big: bool = False) -> bytes:
    b = shapes_tiff.TiffBuilder(bo, big=big)
    structure(b, shapes_tiff.exif_page)
    return b.bytes()


def _subifds(n: int):
    """IFD0 with one SubIFDs entry naming ``n`` IFDs, the GPS pointer in the last one."""

    def build(b, page) -> None:
        subs = [b.ifd([(254, shapes_tiff.LONG, (1,))]) for _ in range(n - 1)]
        subs.append(b.ifd([(254, shapes_tiff.LONG, (1,)), b.pointer(shapes_tiff.GPS_IFD, shapes_tiff.gps_ifd(b))]))
        b.set_first(b.ifd([*page(b, 0), b.pointer(shapes_tiff.SUB_IFDS, *subs)]))

    build.__name__ = f"subifds_{n}"
    return build


def _pointers_to_one(n: int):
    """IFD0 whose SubIFDs entry names one IFD ``n`` times (the GPS pointer in it)."""

    def build(b, page) -> None:
        sub = b.ifd([(254, shapes_tiff.LONG, (1,)), b.pointer(shapes_tiff.GPS_IFD, shapes_tiff.gps_ifd(b))])
        b.set_first(b.ifd([*page(b, 0), b.pointer(shapes_tiff.SUB_IFDS, *[sub] * n)]))

    build.__name__ = f"pointers_to_one_{n}"
    return build


def _text(size: int, typ: int):
    def build(b, page) -> None:
        b.set_first(b.ifd([*page(b, 0), (0x010E, typ, b"x" * size), *shapes_tiff.identifying(b)]))

    build.__name__ = f"text_{size}_type{typ}"
    return build


def _gps_seen(ex: exif_data.ExifData) -> bool:
    return any(e.name == "GPSLatitude" for e in ex.entries)


@pytest.mark.parametrize(
    ("limit", "value", "structure", "complete"),
    [
        ("MAX_PAGES", 40, shapes_tiff.chain(40), True),
        ("MAX_PAGES", 40, shapes_tiff.chain(41), False),
        ("MAX_DEPTH", 5, shapes_tiff.deep_subifd(4), True),  # GPS at depth 5
        ("MAX_DEPTH", 5, shapes_tiff.deep_subifd(5), False),
        ("MAX_ENTRIES_PER_IFD", 1500, shapes_tiff.big_ifd(1400), True),
        ("MAX_ENTRIES_PER_IFD", 1500, shapes_tiff.big_ifd(1600), False),
        ("MAX_ENTRIES", 300, shapes_tiff.chain(20), True),  # 20 pages of 1-4 entries
        ("MAX_ENTRIES", 300, shapes_tiff.big_ifd(400), False),
        ("MAX_IFDS", 30, shapes_tiff.chain(25), True),
        ("MAX_IFDS", 30, shapes_tiff.chain(40), False),
        ("MAX_LINKS", 12, shapes_tiff.chain(8), True),  # 8 pages + GPS + ExifIFD
        ("MAX_LINKS", 12, _pointers_to_one(12), False),  # 13 pointers to one IFD
        ("MAX_POINTED", 8, _subifds(8), True),
        ("MAX_POINTED", 8, _subifds(9), False),
        ("MAX_VALUE_BYTES", 4096, _text(4000, shapes_tiff.ASCII), True),
        ("MAX_VALUE_BYTES", 4096, _text(5000, shapes_tiff.ASCII), False),  # a text nobody read
        ("MAX_VALUE_BYTES", 4096, _text(5000, shapes_tiff.UNDEFINED), True),  # binary: not a text
    ],
)
def test_a_limit_hit_makes_the_payload_incomplete(monkeypatch, limit, value, structure, complete) -> None:
    monkeypatch.setattr(exif, limit, value)
    for bo in "<>":
        ex = exif.parse(_tiff(structure, bo))
        assert (not ex.incomplete) is complete, ex.incomplete
        assert _gps_seen(ex) or not complete
        values = (shapes_tiff.OWNER, shapes_tiff.SERIAL, "xxxx")
        assert not any(v in r for r in ex.incomplete + ex.warnings for v in values)  # reasons, never values


def test_the_default_limits_read_what_real_multi_page_files_hold() -> None:
    """300 pages, 5,000 entries in one IFD, 12 levels of SubIFDs: all read, nothing incomplete."""
    for structure in (shapes_tiff.chain(300), shapes_tiff.big_ifd(5000), shapes_tiff.deep_subifd(12)):
        ex = exif.parse(_tiff(structure))
        assert not ex.incomplete and _gps_seen(ex) and ex.value("Artist") == shapes_tiff.OWNER


def test_a_chain_past_the_pages_limit_is_bounded_and_incomplete() -> None:
    ex = exif.parse(_tiff(shapes_tiff.chain(exif.MAX_PAGES + 10)))
    assert len({d.page for d in ex.dirs}) == exif.MAX_PAGES
    assert ex.incomplete == [f"more than {exif.MAX_PAGES} images in the EXIF/TIFF page chain"]


@pytest.mark.parametrize(
    "structure",
    [shapes_tiff.gps_under("interop"), shapes_tiff.gps_under("subifd"), shapes_tiff.gps_under("subifd-next"),
     shapes_tiff.gps_under("page2"), shapes_tiff.gps_is_interop, shapes_tiff.pages(3)],
)  # fmt: skip
@pytest.mark.parametrize("bo", ["<", ">"])
def test_gps_is_read_under_any_parent(structure, bo: str) -> None:
    ex = exif.parse(_tiff(structure, bo))
    assert _gps_seen(ex) and not ex.incomplete


def test_every_page_has_its_own_directories() -> None:
    ex = exif.parse(_tiff(shapes_tiff.pages(3)))
    gps = [d for d in ex.dirs if d.name == "GPS"]
    assert len(gps) == 3 and len({d.offset for d in gps}) == 3
    assert sorted(d.page for d in gps) == [0, 1, 2]
    assert all(ex.dirs[d.parent].in_chain for d in gps)


def test_a_subifd_next_link_to_junk_is_ignored() -> None:
    """Raw files leave junk in a SubIFD's next link: not read as an IFD (ExifTool checks the same)."""
    b = shapes_tiff.TiffBuilder("<")
    junk = b.blob(b"\xff\xff" + b"\x00" * 40)  # 65,535 entries claimed, none there
    sub = b.ifd([(254, shapes_tiff.LONG, (1,))], next_ifd=junk)
    b.set_first(b.ifd([(0x0112, shapes_tiff.SHORT, (1,)), b.pointer(shapes_tiff.SUB_IFDS, sub)]))
    ex = exif.parse(b.bytes())
    assert len(ex.dirs) == 2 and not ex.incomplete


def test_huge_counts_and_offsets_past_end() -> None:
    ifd = (
        struct.pack("<H", 4)
        + struct.pack("<HHLL", 0x013B, 2, 0xFFFFFFFF, 20)  # ASCII with an absurd count
        + struct.pack("<HHLL", 0x8298, 2, 50, 0x7FFFFFF0)  # offset far past the end
        + struct.pack("<HHLL", 0x0111, 4, 0x40000000, 8)  # 1G LONG values
        + struct.pack("<HHLL", 0x0112, 99, 1, 1)  # unknown type
        + struct.pack("<L", 0)
    )
    ex = exif.parse(_hdr() + ifd + b"abc\x00" * 4)
    assert ex.value("Copyright") is None
    strips = ex.value("StripOffsets")
    assert strips is None or len(strips) <= exif.MAX_VALUES
    assert any("outside" in w for w in ex.warnings)


def test_entry_count_larger_than_data() -> None:
    ifd = struct.pack("<H", 65535) + struct.pack("<HHLL", 0x0112, 3, 1, 6)
    ex = exif.parse(_hdr() + ifd)
    assert ex.value("Orientation") == (6,)
    assert any("more entries" in w for w in ex.warnings)


def test_first_ifd_offset_past_end() -> None:
    ex = exif.parse(b"II*\x00" + struct.pack("<L", 999999))
    assert ex.entries == []
    assert ex.warnings


def test_rational_zero_denominator() -> None:
    payload = build({"IFD0": [(0x011A, 5, 1, rational("<", (72, 0)))]})
    ex = exif.parse(payload)
    assert math.isnan(ex.value("Tag0x011A")[0])


def test_bigtiff_header() -> None:
    # BigTIFF: 8-byte offsets, 20-byte entries
    head = b"II+\x00" + struct.pack("<HHQ", 8, 0, 16)
    ifd = struct.pack("<Q", 1) + struct.pack("<HHQQ", 0x0112, 3, 1, 3) + struct.pack("<Q", 0)
    ex = exif.parse(head + ifd)
    assert ex.value("Orientation") == (3,)


@pytest.mark.parametrize("typ", [16, 17, 18])
@pytest.mark.parametrize("big", [False, True])
def test_the_8_byte_types_are_read_only_in_bigtiff(typ: int, big: bool) -> None:
    """A classic TIFF entry of type 16-18 is a bad format (ExifTool) that Pillow skips: a decoder
    may read the page without it (an unreadable Compression decodes as raw), so it warns."""
    if big:
        head = b"II+\x00" + struct.pack("<HHQ", 8, 0, 16)
        data = head + struct.pack("<Q", 1) + struct.pack("<HHQQ", 0x0103, typ, 1, 5) + struct.pack("<Q", 0)
    else:
        data = _hdr() + struct.pack("<H", 1) + struct.pack("<HHLL", 0x0103, typ, 1, 5) + struct.pack("<L", 0)
    ex = exif.parse(data)
    assert (ex.value("Compression") == (5,)) is big
    assert any("unknown type" in w for w in ex.warnings) is not big


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(min_size=0, max_size=600))
def test_fuzz_random_bytes_after_header(tail: bytes) -> None:
    for head in (_hdr("<"), _hdr(">")):
        ex = exif.parse(head + tail)
        assert isinstance(ex.entries, list)


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_mutated_real_exif(data: st.DataObject) -> None:
    payload = bytearray(gps_payload())
    payload += piexif.dump({"0th": {piexif.ImageIFD.Artist: b"A"}, "Exif": {0x9286: b"ASCII\x00\x00\x00x"}})[6:]
    for _ in range(data.draw(st.integers(1, 12))):
        i = data.draw(st.integers(0, len(payload) - 1))
        payload[i] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(8, len(payload)))
    with contextlib.suppress(InputError):  # a destroyed header is the only allowed failure
        exif.parse(bytes(payload[:cut]))


# -- in-place editing ------------------------------------------------------------------------------


def test_edit_in_place_drops_gps_and_keeps_the_rest() -> None:
    payload = bytearray(gps_payload())
    before = len(payload)

    def decide(e: exif_data.Entry) -> str:
        return exif_edit.DROP if e.tag == 0x8825 and e.ifd == "IFD0" else exif_edit.KEEP

    removed = exif_edit.edit_in_place(payload, decide)
    assert len(payload) == before
    assert "IFD0:GPSInfo" in removed
    ex = exif.parse(bytes(payload))
    assert ex.get("GPSLatitude") is None
    assert ex.value("Artist") == "Emma Sample"
    # the GPS values are zeroed, not just unlinked
    assert rational("<", (4608, 100)) not in payload


def test_edit_in_place_blank_keeps_entry() -> None:
    payload = bytearray(build({"IFD0": [(0x013B, 2, 12, b"Emma Sample\x00"), (0x0112, 3, 1, b"\x06\x00")]}))

    def decide(e: exif_data.Entry) -> str:
        return exif_edit.BLANK if e.tag == 0x013B else exif_edit.KEEP

    exif_edit.edit_in_place(payload, decide)
    ex = exif.parse(bytes(payload))
    assert ex.value("Artist") == ""
    assert ex.value("Orientation") == (6,)


# -- editing every page's directories by their own offsets ------------------------------------------


def _decoded(data: bytes) -> list[bytes]:
    with Image.open(io.BytesIO(data)) as im:
        return [f.tobytes() for f in ImageSequence.Iterator(im)]


def _drop_gps(e: exif_data.Entry) -> str:
    return exif_edit.DROP if e.ifd == "GPS" or e.tag == 0x8825 else exif_edit.KEEP


def _drop_subifds(e: exif_data.Entry) -> str:
    return exif_edit.DROP if e.tag == 0x014A else exif_edit.KEEP


@pytest.mark.parametrize(
    ("structure", "decide", "gone", "kept"),
    [
        (shapes_tiff.pages(3), _drop_gps, {"GPS"}, {"ExifIFD": 3, "SubIFD1": 3}),
        (shapes_tiff.gps_under("interop"), _drop_gps, {"GPS"}, {"ExifIFD": 1, "Interop": 1}),
        (shapes_tiff.gps_under("subifd-next"), _drop_gps, {"GPS"}, {"SubIFD1": 2}),
        (shapes_tiff.gps_is_interop, _drop_gps, {"GPS", "Interop"}, {"ExifIFD": 1}),  # the alias goes too
        (shapes_tiff.shared_gps, _drop_gps, {"GPS"}, {}),
        (shapes_tiff.page_is_subifd, _drop_subifds, {"SubIFD1"}, {"GPS": 1}),  # page 2 stays a page
        (shapes_tiff.loop_subifd, _drop_subifds, {"SubIFD1"}, {}),  # a loop does not keep itself alive
        (shapes_tiff.loop_chain, _drop_gps, {"GPS"}, {"ExifIFD": 1}),
    ],
)
@pytest.mark.parametrize(("bo", "big"), [("<", False), (">", False), ("<", True)])
def test_edit_in_place_handles_each_directory_by_its_offset(structure, decide, gone, kept, bo, big) -> None:
    original = shapes_tiff.tiff(structure, bo, big=big)
    buf = bytearray(original)
    exif_edit.edit_in_place(buf, decide)
    assert len(buf) == len(original)
    assert _decoded(bytes(buf)) == _decoded(original)  # every page, every pixel
    ex = exif.parse(bytes(buf))
    names = [d.name for d in ex.dirs]
    assert not gone & set(names)
    assert {k: names.count(k) for k in kept} == kept
    assert rational(bo, *shapes_tiff.LAT) not in buf or "GPS" not in gone  # the values are zeroed


def test_a_dropped_value_over_the_pixels_is_unlinked_not_zeroed() -> None:
    """A hostile GPS value pointing into a page's strip: the pixels win."""
    b = shapes_tiff.TiffBuilder("<")
    page = shapes_tiff.picture(b, 0, (8, 8))
    strip_at = next(v for t, _, v in page if t == 273)[0]
    gps = b.ifd([(1, shapes_tiff.ASCII, "N"), (2, shapes_tiff.RATIONAL, shapes_tiff.LAT)])
    b.set_first(b.ifd([*page, b.pointer(shapes_tiff.GPS_IFD, gps)]))
    data = bytearray(b.bytes())
    # GPSLatitude's value offset -> the strip (24 bytes of pixels read as 3 rationals)
    rec = next(r for r in b.records(gps) if r[:2] == b"\x02\x00")
    at = data.index(rec) + 8
    struct.pack_into("<L", data, at, strip_at)
    original = bytes(data)
    exif_edit.edit_in_place(data, _drop_gps)
    assert _decoded(bytes(data)) == _decoded(original)
    assert exif.parse(bytes(data)).get("GPSLatitude") is None


def test_a_tangle_of_shared_offsets_is_refused_and_the_gps_strip_falls_back_to_a_minimal_exif(monkeypatch) -> None:
    from leakscan.media.clean import tiff_without_gps

    block = _tiff(shapes_tiff.gps_is_interop, ">")
    monkeypatch.setattr(exif_edit, "_MAX_ALIAS_PASSES", 1)  # GPS and Interop sharing an IFD take two
    with pytest.raises(InputError, match="share offsets"):
        exif_edit.edit_in_place(bytearray(block), _drop_gps)
    cleaned = tiff_without_gps(block)
    assert cleaned is not None and len(cleaned) == len(block)
    ex = exif.parse(cleaned)
    assert [(e.ifd, e.name) for e in ex.entries] == [("IFD0", "Orientation")]
