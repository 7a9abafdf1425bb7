"""JPEG XL handler: Exif/xml boxes read and dropped, codestream boxes copied byte-for-byte."""

from __future__ import annotations

import struct

import piexif
import pytest
import shapes_containers as shapes
from conftest import CORPUS, needs_corpus
from test_media_png import XMP, exif_bytes

from leakscan.errors import InputError
from leakscan.media.base import StripOptions
from leakscan.media.jxl import SIGNATURE, JxlHandler

JXL = JxlHandler()


def box(btype: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I", 8 + len(payload)) + btype + payload


def make_jxl() -> bytes:
    """A container with a (fake) codestream split in two, Exif, XMP, JPEG reconstruction data."""
    tiff = exif_bytes()[6:]  # without "Exif\0\0"
    return (
        SIGNATURE
        + box(b"ftyp", b"jxl \x00\x00\x00\x00jxl ")
        + box(b"jxlp", b"\x00\x00\x00\x00\xff\x0aCODE")
        + box(b"Exif", struct.pack(">I", 0) + tiff)
        + box(b"xml ", XMP)
        + box(b"jbrd", b"reconstruction")
        + box(b"jxlp", b"\x80\x00\x00\x01STREAM")
    )


def test_read_and_strip() -> None:
    data = make_jxl()
    meta = JXL.read(data)
    assert piexif.load(meta.exif[0][1])["GPS"] and meta.xmp == [("xml", XMP)]
    out = JXL.strip(data, StripOptions())
    assert set(out.removed) == {"Exif", "xml", "jbrd"} and out.lossless
    assert out.data == SIGNATURE + box(b"ftyp", b"jxl \x00\x00\x00\x00jxl ") + box(
        b"jxlp", b"\x00\x00\x00\x00\xff\x0aCODE"
    ) + box(b"jxlp", b"\x80\x00\x00\x01STREAM")


def test_only_gps() -> None:
    out = JXL.strip(make_jxl(), StripOptions(only_gps=True))
    meta = JXL.read(out.data)
    exif = piexif.load(meta.exif[0][1])
    assert exif["0th"][piexif.ImageIFD.Make] == b"TestMake" and not exif["GPS"]
    assert b"GPSLatitude" not in meta.xmp[0][1]


def test_bare_codestream_has_nothing_to_strip() -> None:
    data = b"\xff\x0a" + bytes(30)
    assert JXL.sniff(data) and not JXL.read(data).exif
    assert JXL.strip(data, StripOptions()).data == data


def test_broken_box() -> None:
    data = make_jxl()[:-3]
    with pytest.raises(InputError):
        JXL.strip(data, StripOptions())
    assert JXL.read(data).incomplete


@needs_corpus
def test_corpus_jxl_gps_removed() -> None:
    data = (CORPUS / "photos" / "camera" / "exifpy__test_0001.jxl").read_bytes()
    assert piexif.load(JXL.read(data).exif[0][1])["GPS"]
    out = JXL.strip(data, StripOptions())
    assert not JXL.read(out.data).exif and b"jxlp" in out.data


# -- pixel parts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(make_jxl(), id="made"),
        pytest.param(b"\xff\x0a" + bytes(30), id="bare-codestream"),
        pytest.param(
            (CORPUS / "photos" / "camera" / "exifpy__test_0001.jxl").read_bytes()
            if (CORPUS / "photos" / "camera" / "exifpy__test_0001.jxl").is_file()
            else make_jxl(),
            id="corpus",
        ),
    ],
)
def test_pixel_parts_survive_every_strip(data: bytes) -> None:
    assert shapes.parts_changed_by_strips(JXL, data) == []


@pytest.mark.parametrize(
    ("btype", "skip", "changes"),
    [(b"jxlp", 6, True), (b"Exif", 20, False), (b"xml ", 20, False), (b"jbrd", 4, False)],
)
def test_pixel_parts_see_a_flipped_codestream_byte(btype: bytes, skip: int, changes: bool) -> None:
    data = make_jxl()
    flipped = shapes.flipped(data, data.index(btype) + skip)
    assert (JXL.pixel_parts(flipped) != JXL.pixel_parts(data)) is changes
