"""The EXIF/TIFF decoder and in-place editor, on structures built here (incl. hostile ones)."""

from __future__ import annotations

import contextlib
import io
import math
import struct
import time

import piexif
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from leakscan.errors import InputError
from leakscan.media import exif

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
    lat = exif.gps_coordinate(ex.get("GPSLatitude", "GPS"), ex.value("GPSLatitudeRef", "GPS"))
    lon = exif.gps_coordinate(ex.get("GPSLongitude", "GPS"), ex.value("GPSLongitudeRef", "GPS"))
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
    got = exif.gps_coordinate(ex.get("GPSLatitude", "GPS"), "N")
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
    assert exif.gps_coordinate(t.get("GPSLatitude", "GPS"), t.value("GPSLatitudeRef", "GPS")) == -10.0


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
    assert exif.user_comment(raw) == text


def test_xp_text() -> None:
    assert exif.xp_text("Emma Sample".encode("utf-16-le") + b"\x00\x00") == "Emma Sample"
    assert exif.xp_text(tuple("Hi".encode("utf-16-le"))) == "Hi"


def test_minimal_orientation_exif() -> None:
    payload = exif.build_minimal(6)
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


def test_chain_of_many_ifds_is_bounded() -> None:
    # 500 IFDs each pointing at the next: the walk stops at the caps
    out = bytearray(_hdr())
    for _ in range(500):
        pos = len(out)
        out += struct.pack("<H", 1) + struct.pack("<HHLL", 0x0112, 3, 1, 1) + struct.pack("<L", pos + 18)
    out += b"\x00" * 8
    ex = exif.parse(bytes(out))
    assert len(ex.ifds) <= exif.MAX_IFDS
    assert ex.warnings


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

    def decide(e: exif.Entry) -> str:
        return exif.DROP if e.tag == 0x8825 and e.ifd == "IFD0" else exif.KEEP

    removed = exif.edit_in_place(payload, decide)
    assert len(payload) == before
    assert "IFD0:GPSInfo" in removed
    ex = exif.parse(bytes(payload))
    assert ex.get("GPSLatitude") is None
    assert ex.value("Artist") == "Emma Sample"
    # the GPS values are zeroed, not just unlinked
    assert rational("<", (4608, 100)) not in payload


def test_edit_in_place_blank_keeps_entry() -> None:
    payload = bytearray(build({"IFD0": [(0x013B, 2, 12, b"Emma Sample\x00"), (0x0112, 3, 1, b"\x06\x00")]}))

    def decide(e: exif.Entry) -> str:
        return exif.BLANK if e.tag == 0x013B else exif.KEEP

    exif.edit_in_place(payload, decide)
    ex = exif.parse(bytes(payload))
    assert ex.value("Artist") == ""
    assert ex.value("Orientation") == (6,)
