"""WebP handler: EXIF/XMP chunks, VP8X flags and RIFF size after stripping, hostile chunks."""

from __future__ import annotations

import io
import struct

import piexif
import pytest
import shapes_containers as shapes
from conftest import CORPUS, SAMPLES, needs_corpus
from PIL import Image, ImageCms
from test_media_png import XMP, exif_bytes

from leakscan.errors import InputError
from leakscan.media.base import StripOptions
from leakscan.media.webp import FLAG_EXIF, FLAG_ICC, FLAG_XMP, WebpHandler

WEBP = WebpHandler()


def make_webp(*, orientation: int = 1, lossless: bool = True) -> bytes:
    im = Image.new("RGBA", (20, 12), (10, 200, 30, 255))
    im.putpixel((2, 2), (1, 2, 3, 128))
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    im.save(buf, "WEBP", exif=exif_bytes(orientation), xmp=XMP, icc_profile=icc, lossless=lossless)
    return buf.getvalue()


def chunks_of(data: bytes) -> list[bytes]:
    out, pos = [], 12
    while pos + 8 <= len(data):
        fourcc, size = struct.unpack_from("<4sI", data, pos)
        out.append(fourcc)
        pos += 8 + size + (size & 1)
    return out


def flags(data: bytes) -> int:
    assert data[12:16] == b"VP8X"
    return data[20]


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as im:
        return im.convert("RGBA").tobytes()


def test_read() -> None:
    meta = WEBP.read(make_webp())
    assert meta.format == "WEBP" and (meta.width, meta.height) == (20, 12)
    assert len(meta.exif) == 1 and meta.exif[0][1][:4] in (b"MM\x00*", b"II*\x00")
    assert meta.xmp == [("XMP", XMP)]


@pytest.mark.parametrize("lossless", [True, False])
def test_strip_drops_metadata_and_fixes_header(lossless: bool) -> None:
    data = make_webp(lossless=lossless)
    assert flags(data) & (FLAG_EXIF | FLAG_XMP | FLAG_ICC) == FLAG_EXIF | FLAG_XMP | FLAG_ICC
    out = WEBP.strip(data, StripOptions())
    assert out.lossless and set(out.removed) == {"EXIF", "XMP"}
    assert chunks_of(out.data) == [c for c in chunks_of(data) if c not in (b"EXIF", b"XMP ")]
    assert flags(out.data) & (FLAG_EXIF | FLAG_XMP) == 0 and flags(out.data) & FLAG_ICC
    assert struct.unpack_from("<I", out.data, 4)[0] == len(out.data) - 8
    assert pixels(out.data) == pixels(data)
    meta = WEBP.read(out.data)
    assert not (meta.exif or meta.xmp or meta.warnings)


def test_orientation_and_icc_options() -> None:
    out = WEBP.strip(make_webp(orientation=8), StripOptions(keep_icc=False))
    assert b"ICCP" not in chunks_of(out.data) and not flags(out.data) & FLAG_ICC
    assert flags(out.data) & FLAG_EXIF and chunks_of(out.data)[-1] == b"EXIF"
    exif = piexif.load(WEBP.read(out.data).exif[0][1])
    assert exif["0th"] == {piexif.ImageIFD.Orientation: 8} and not exif["GPS"]
    with Image.open(io.BytesIO(out.data)) as im:
        assert im.getexif().get(0x0112) == 8


def test_only_gps() -> None:
    data = make_webp()
    out = WEBP.strip(data, StripOptions(only_gps=True))
    meta = WEBP.read(out.data)
    exif = piexif.load(meta.exif[0][1])
    assert exif["0th"][piexif.ImageIFD.Make] == b"TestMake" and not exif["GPS"]
    assert b"GPS" not in meta.xmp[0][1] and b"Springfield" not in meta.xmp[0][1]
    assert flags(out.data) & (FLAG_EXIF | FLAG_XMP) == FLAG_EXIF | FLAG_XMP
    assert pixels(out.data) == pixels(data)


def test_nul_padded_xmp_name_and_trailing_data() -> None:
    data = make_webp()
    data = data.replace(b"XMP ", b"XMP\x00") + b"JUNK"
    assert WEBP.read(data).xmp
    out = WEBP.strip(data, StripOptions())
    assert b"XMP" not in out.data and not out.data.endswith(b"JUNK")
    assert "data after the RIFF chunk" in out.removed


@pytest.mark.parametrize(
    ("mutate", "unread"),
    [
        pytest.param(lambda d: d[: len(d) - 40], True, id="truncated"),
        pytest.param(lambda d: d[:16] + struct.pack("<I", 0xFFFFFFF0) + d[20:], True, id="huge-chunk"),
        pytest.param(lambda d: d[:12] + b"\x01\x02\x03\x04" + d[16:], True, id="bad-fourcc"),
        # the RIFF says it is empty, the chunks follow it: read all the same (as ExifTool does)
        pytest.param(lambda d: d[:4] + struct.pack("<I", 4) + d[8:], False, id="chunks-after-riff"),
        pytest.param(lambda d: d[:4] + struct.pack("<I", 4) + d[8:12], True, id="no-chunks"),
    ],
)
def test_broken_structure(mutate, unread: bool) -> None:
    """Stripping refuses broken structure; reading goes as far as it can and says what it could not read."""
    data = mutate(make_webp())
    with pytest.raises(InputError, match="WebP"):
        WEBP.strip(data, StripOptions())
    meta = WEBP.read(data)
    assert bool(meta.incomplete) is unread and (meta.incomplete or meta.warnings)
    if not unread:
        assert meta.exif and meta.xmp


@needs_corpus
@pytest.mark.parametrize("name", sorted(p.name for p in (CORPUS / "photos" / "camera").glob("*.webp")))
def test_corpus_webps_strip_pixel_identical(name: str) -> None:
    data = (CORPUS / "photos" / "camera" / name).read_bytes()
    out = WEBP.strip(data, StripOptions())
    assert pixels(out.data) == pixels(data)
    meta = WEBP.read(out.data)
    assert not meta.xmp and all(len(e) < 64 for _, e in meta.exif)  # at most an orientation


# -- pixel parts --------------------------------------------------------------------------------


def _animated() -> bytes:
    frames = [Image.new("RGBA", (8, 8), (i * 80, 0, 0, 255)) for i in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "WEBP", save_all=True, append_images=frames[1:], duration=50, loop=0, exif=exif_bytes())
    return buf.getvalue()


FILES = shapes.photo_files([SAMPLES / "photos", CORPUS / "photos"], "WEBP")
MADE = {"lossless": make_webp, "lossy": lambda: make_webp(lossless=False), "animated": _animated}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_pixel_parts_survive_every_strip(path) -> None:
    assert shapes.parts_changed_by_strips(WEBP, path.read_bytes()) == []


@pytest.mark.parametrize("name", sorted(MADE))
def test_pixel_parts_survive_every_strip_of_made_files(name: str) -> None:
    assert shapes.parts_changed_by_strips(WEBP, MADE[name]()) == []


@pytest.mark.parametrize(
    ("name", "fourcc", "skip", "changes"),
    [
        ("lossless", b"VP8L", 12, True),
        ("lossy", b"VP8 ", 20, True),
        ("lossless", b"VP8X", 8 + 4, True),  # the canvas width
        ("animated", b"ANMF", 8 + 20, True),
        ("animated", b"ANIM", 8 + 4, True),  # the loop count
        ("lossless", b"VP8X", 8, False),  # the EXIF flag: a strip changes it
        ("lossless", b"EXIF", 8 + 20, False),
        ("lossless", b"XMP ", 8 + 20, False),
        ("lossless", b"ICCP", 8 + 20, False),
    ],
)
def test_pixel_parts_see_a_flipped_picture_byte(name: str, fourcc: bytes, skip: int, changes: bool) -> None:
    data = MADE[name]()
    at = data.index(fourcc) + skip
    bit = FLAG_EXIF if (fourcc, skip) == (b"VP8X", 8) else 1
    changed = data[:at] + bytes([data[at] ^ bit]) + data[at + 1 :]
    assert (WEBP.pixel_parts(changed) != WEBP.pixel_parts(data)) is changes


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_a_re_encoded_picture_keeps_every_pixel(mode: str) -> None:
    """A covered copy is written with the handler's save options: lossless at the least effort,
    so every pixel (a covering box's edge too) is the picture's."""
    im = Image.new(mode, (64, 40), (200, 180, 40, 255)[: len(mode)])
    for x in range(0, 64, 3):
        im.putpixel((x, x % 40), (x * 3, 255 - x, 7, 255 - x)[: len(mode)])
    buf = io.BytesIO()
    im.save(buf, WEBP.pillow.writer, **WEBP.pillow.save_options)
    with Image.open(io.BytesIO(buf.getvalue())) as back:
        assert back.convert(mode).tobytes() == im.tobytes()
