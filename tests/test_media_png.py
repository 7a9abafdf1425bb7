"""PNG handler: reading metadata chunks, lossless stripping, hostile chunk structures."""

from __future__ import annotations

import io
import struct
import zlib

import piexif
import pytest
import shapes_containers as shapes
from conftest import CORPUS, SAMPLES, needs_corpus
from PIL import Image, ImageCms, PngImagePlugin

from leakscan.errors import InputError
from leakscan.media.base import StripOptions
from leakscan.media.png import SIGNATURE, PngHandler

PNG = PngHandler()
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" exif:GPSLatitude="40,42.0N" '
    b'exif:GPSLongitude="74,0.0W" photoshop:City="Springfield"><dc:format>image/png</dc:format>'
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def exif_bytes(orientation: int = 1) -> bytes:
    """EXIF with a make, an owner, an orientation and a GPS fix (fictional place)."""
    return piexif.dump(
        {
            "0th": {
                piexif.ImageIFD.Make: b"TestMake",
                piexif.ImageIFD.Artist: b"Jane Example",
                piexif.ImageIFD.Orientation: orientation,
            },
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: b"N",
                piexif.GPSIFD.GPSLatitude: ((40, 1), (42, 1), (0, 1)),
                piexif.GPSIFD.GPSLongitudeRef: b"W",
                piexif.GPSIFD.GPSLongitude: ((74, 1), (0, 1), (0, 1)),
            },
        }
    )


def chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))


def chunks_of(data: bytes) -> list[bytes]:
    out, pos = [], 8
    while pos < len(data):
        (n,) = struct.unpack_from(">I", data, pos)
        out.append(data[pos + 4 : pos + 8])
        pos += 12 + n
    return out


def make_png(*, orientation: int = 1, icc: bool = True) -> bytes:
    """A small RGB PNG with eXIf, iCCP, XMP, tEXt/zTXt/iTXt and tIME chunks."""
    im = Image.new("RGB", (24, 16), (200, 40, 10))
    im.putpixel((3, 4), (1, 2, 3))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "meet me at 42 Oak Street")
    info.add_text("Author", "Jane Example", zip=True)
    info.add_itxt("Description", "a day out", lang="en", tkey="Beschreibung", zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    kwargs = {"pnginfo": info, "exif": exif_bytes(orientation)}
    if icc:
        kwargs["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    im.save(buf, "PNG", **kwargs)
    data = buf.getvalue()
    # add tIME after IHDR and some bytes after IEND
    ihdr_end = 8 + 25
    return data[:ihdr_end] + chunk(b"tIME", struct.pack(">HBBBBB", 2024, 5, 6, 7, 8, 9)) + data[ihdr_end:] + b"TAIL"


def pixels(data: bytes) -> tuple[str, tuple[int, int], bytes]:
    with Image.open(io.BytesIO(data)) as im:
        return im.mode, im.size, im.tobytes()


def test_sniff() -> None:
    assert PNG.sniff(SIGNATURE + b"\x00" * 8)
    assert not PNG.sniff(b"\xff\xd8\xff\xe0")


def test_read_finds_every_block() -> None:
    meta = PNG.read(make_png())
    assert meta.format == "PNG" and (meta.width, meta.height) == (24, 16)
    assert [w for w, _ in meta.exif] == ["eXIf"] and meta.exif[0][1][:4] in (b"MM\x00*", b"II*\x00")
    assert [w for w, _ in meta.xmp] == ["iTXt XML:com.adobe.xmp"] and b"GPSLatitude" in meta.xmp[0][1]
    texts = dict(meta.texts)
    assert texts["Comment"] == "meet me at 42 Oak Street"
    assert texts["Author"] == "Jane Example"  # zTXt, inflated
    assert texts["Description"] == "a day out"  # compressed iTXt
    assert ("PNG", "ModifyDate", "2024:05:06 07:08:09") in meta.fields
    assert meta.warnings == ["PNG: data after IEND"] and meta.incomplete == []  # "TAIL" is no chunk


def test_strip_keeps_image_chunks_byte_for_byte() -> None:
    data = make_png()
    out = PNG.strip(data, StripOptions())
    assert out.lossless
    kinds = chunks_of(out.data)
    assert b"iCCP" in kinds and b"IDAT" in kinds
    assert not {b"tEXt", b"zTXt", b"iTXt", b"tIME"} & set(kinds)
    assert b"eXIf" not in kinds  # orientation 1: nothing to keep
    assert out.data.endswith(chunk(b"IEND", b""))  # trailing bytes gone
    assert "data after IEND" in out.removed
    assert pixels(out.data) == pixels(data)
    idat = [c for c in chunks_of(data) if c == b"IDAT"]
    assert len(idat) == len([c for c in kinds if c == b"IDAT"])
    meta = PNG.read(out.data)
    assert not (meta.exif or meta.xmp or meta.texts or meta.fields)


def test_strip_keeps_orientation_in_a_minimal_exif() -> None:
    out = PNG.strip(make_png(orientation=6), StripOptions())
    meta = PNG.read(out.data)
    assert len(meta.exif) == 1
    exif = piexif.load(meta.exif[0][1])
    assert exif["0th"] == {piexif.ImageIFD.Orientation: 6}
    assert not exif["GPS"]
    assert chunks_of(out.data).index(b"eXIf") < chunks_of(out.data).index(b"IDAT")
    dropped = PNG.strip(make_png(orientation=6), StripOptions(keep_orientation=False))
    assert b"eXIf" not in chunks_of(dropped.data)


def test_strip_can_drop_the_icc_profile() -> None:
    out = PNG.strip(make_png(), StripOptions(keep_icc=False))
    assert b"iCCP" not in chunks_of(out.data)
    assert "iCCP" in out.removed


def test_only_gps_keeps_camera_and_text() -> None:
    out = PNG.strip(make_png(), StripOptions(only_gps=True))
    meta = PNG.read(out.data)
    exif = piexif.load(meta.exif[0][1])
    assert exif["0th"][piexif.ImageIFD.Make] == b"TestMake"
    assert not exif["GPS"] and piexif.ImageIFD.GPSTag not in exif["0th"]
    assert b"GPSLatitude" not in meta.xmp[0][1] and b"Springfield" not in meta.xmp[0][1]
    assert dict(meta.texts)["Comment"] == "meet me at 42 Oak Street"
    assert pixels(out.data) == pixels(make_png())


def test_compressed_text_is_bounded() -> None:
    """A zTXt zip bomb is not inflated past the limit: a warning, the chunk skipped, then stripped."""
    bomb = zlib.compress(b"A" * (40 * 1024 * 1024), 9)
    data = make_png()
    data = data[:33] + chunk(b"zTXt", b"Comment\x00\x00" + bomb) + data[33:]
    meta = PNG.read(data)
    assert any("inflates too far" in w for w in meta.incomplete)  # not read: never "fully checked"
    assert all(len(t) < 1000 for _, t in meta.texts)
    assert b"zTXt" not in chunks_of(PNG.strip(data, StripOptions()).data)


@pytest.mark.parametrize(
    ("mutate", "unread"),
    [
        pytest.param(lambda d: d[: len(d) // 2], True, id="truncated"),
        pytest.param(lambda d: d[:33] + struct.pack(">I", 0x7FFFFFF0) + b"tEXt" + d[41:], True, id="huge-length"),
        pytest.param(
            lambda d: d[:33] + struct.pack(">I", 4) + b"t\x00Xt" + b"abcd\x00\x00\x00\x00" + d[33:],
            True,
            id="bad-type",
        ),
        pytest.param(lambda d: d[:8] + chunk(b"tEXt", b"a\x00b") + d[8:], True, id="ihdr-not-first"),
        pytest.param(lambda d: d[:-16], False, id="no-iend"),  # every chunk read: only a warning
    ],
)
def test_broken_structure(mutate, unread: bool) -> None:
    """Stripping refuses broken structure; reading goes as far as it can and says what it could not read."""
    data = mutate(make_png())
    with pytest.raises(InputError, match="broken PNG"):
        PNG.strip(data, StripOptions())
    meta = PNG.read(data)
    assert bool(meta.incomplete) is unread and (meta.incomplete or meta.warnings)


def test_not_png() -> None:
    with pytest.raises(InputError):
        PNG.read(b"GIF89a" + bytes(20))


def test_apng_frames_survive() -> None:
    frames = [Image.new("RGBA", (8, 8), (i * 60, 0, 0, 255)) for i in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "PNG", save_all=True, append_images=frames[1:], duration=50, loop=0)
    data = buf.getvalue()
    out = PNG.strip(data, StripOptions())
    assert [c for c in chunks_of(out.data) if c in (b"acTL", b"fcTL", b"fdAT")] == [
        c for c in chunks_of(data) if c in (b"acTL", b"fcTL", b"fdAT")
    ]
    assert out.data == data  # nothing to remove


@needs_corpus
@pytest.mark.parametrize("name", sorted(p.name for p in (CORPUS / "photos" / "camera").glob("*.png")))
def test_corpus_pngs_strip_pixel_identical(name: str) -> None:
    data = (CORPUS / "photos" / "camera" / name).read_bytes()
    before = PNG.read(data)
    assert before.exif or before.xmp or before.iptc or before.texts
    out = PNG.strip(data, StripOptions())
    assert pixels(out.data) == pixels(data)
    after = PNG.read(out.data)
    assert not (after.exif or after.xmp or after.iptc or after.texts or after.fields)


@needs_corpus
def test_imagemagick_raw_profiles_are_decoded() -> None:
    meta = PNG.read((CORPUS / "photos" / "camera" / "exiv2__ReaganSmallPng.png").read_bytes())
    assert [w for w, _ in meta.exif] == ["zTXt Raw profile type exif"]
    assert meta.exif[0][1][:4] in (b"MM\x00*", b"II*\x00")
    assert meta.iptc and meta.iptc[0][1][:1] == b"\x1c"


# -- pixel parts --------------------------------------------------------------------------------


def _apng() -> bytes:
    frames = [Image.new("P", (8, 8), i) for i in range(3)]
    for f in frames:
        f.putpalette([v % 256 for v in range(768)])
        f.info["transparency"] = 0
    buf = io.BytesIO()
    frames[0].save(buf, "PNG", save_all=True, append_images=frames[1:], duration=50, loop=0)
    return buf.getvalue()


FILES = shapes.photo_files([SAMPLES / "photos", CORPUS / "photos"], "PNG")
MADE = {"made": make_png, "apng": _apng}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_pixel_parts_survive_every_strip(path) -> None:
    assert shapes.parts_changed_by_strips(PNG, path.read_bytes()) == []


@pytest.mark.parametrize("name", sorted(MADE))
def test_pixel_parts_survive_every_strip_of_made_files(name: str) -> None:
    assert shapes.parts_changed_by_strips(PNG, MADE[name]()) == []


def _in_chunk(data: bytes, ctype: bytes, skip: int = 0) -> int:
    return data.index(ctype) + 4 + skip


@pytest.mark.parametrize(
    ("name", "ctype", "skip", "changes"),
    [
        ("made", b"IDAT", 5, True),
        ("made", b"IHDR", 3, True),  # the width
        ("apng", b"PLTE", 7, True),
        ("apng", b"tRNS", 0, True),
        ("apng", b"fcTL", 6, True),  # a frame's width
        ("apng", b"fdAT", 9, True),
        ("apng", b"acTL", 3, True),  # the frame count
        ("made", b"eXIf", 20, False),
        ("made", b"tEXt", 3, False),
        ("made", b"iCCP", 30, False),
        ("made", b"tIME", 1, False),
    ],
)
def test_pixel_parts_see_a_flipped_picture_byte(name: str, ctype: bytes, skip: int, changes: bool) -> None:
    data = MADE[name]()
    parts = PNG.pixel_parts(data)
    assert (PNG.pixel_parts(shapes.flipped(data, _in_chunk(data, ctype, skip))) != parts) is changes


def test_pixel_parts_refuse_a_broken_file() -> None:
    with pytest.raises(InputError):
        PNG.pixel_parts(make_png()[:200])
