"""GIF handler: comment/XMP/application extensions, lossless strip, hostile block structure."""

from __future__ import annotations

import io

import pytest
import shapes_containers as shapes
from PIL import Image, ImageSequence
from test_media_png import XMP

from leakscan.errors import InputError
from leakscan.media.base import StripOptions
from leakscan.media.gif import XMP_TRAILER, GifHandler

GIF = GifHandler()


def app_ext(ident: bytes, payload: bytes) -> bytes:
    """An application extension with proper sub-blocks."""
    blocks = b"".join(bytes([len(payload[i : i + 255])]) + payload[i : i + 255] for i in range(0, len(payload), 255))
    return b"\x21\xff\x0b" + ident + blocks + b"\x00"


def make_gif() -> bytes:
    """An animated GIF with a comment, an XMP packet, a private app extension and trailing bytes."""
    frames = [Image.new("P", (10, 8), i) for i in (1, 2)]
    for f in frames:
        f.putpalette([v % 256 for v in range(768)])
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], loop=0, duration=80, comment=b"at grandma's")
    data = buf.getvalue()
    xmp = b"\x21\xff\x0bXMP DataXMP" + XMP + XMP_TRAILER
    extra = app_ext(b"MGKIPTC0000", b"\x1c\x02\x5a\x00\x0bSpringfield")
    assert data.endswith(b"\x3b")
    return data[:-1] + xmp + extra + b"\x3b" + b"after"


def frames(data: bytes) -> list[bytes]:
    with Image.open(io.BytesIO(data)) as im:
        return [f.convert("RGBA").tobytes() for f in ImageSequence.Iterator(im)]


def test_read() -> None:
    meta = GIF.read(make_gif())
    assert (meta.width, meta.height) == (10, 8)
    assert meta.texts == [("Comment", "at grandma's")]
    assert meta.xmp == [("XMP", XMP)]


def test_strip() -> None:
    data = make_gif()
    out = GIF.strip(data, StripOptions())
    assert out.lossless
    assert set(out.removed) == {
        "comment",
        "application XMP DataXMP",
        "application MGKIPTC0000",
        "data after the trailer",
    }
    assert b"NETSCAPE2.0" in out.data and out.data.endswith(b"\x3b")
    assert frames(out.data) == frames(data) and len(frames(data)) == 2
    meta = GIF.read(out.data)
    assert not (meta.texts or meta.xmp)
    with Image.open(io.BytesIO(out.data)) as im:
        assert im.info.get("loop") == 0


def test_only_gps_keeps_comment_and_cleans_xmp() -> None:
    out = GIF.strip(make_gif(), StripOptions(only_gps=True))
    meta = GIF.read(out.data)
    assert meta.texts == [("Comment", "at grandma's")]
    assert len(meta.xmp) == 1 and b"GPSLatitude" not in meta.xmp[0][1] and b"image/png" in meta.xmp[0][1]
    assert b"MGKIPTC0000" not in out.data  # IPTC place names go
    assert frames(out.data) == frames(make_gif())


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda d: d[:40], id="truncated"),
        pytest.param(lambda d: d[:-7], id="no-trailer"),
        pytest.param(lambda d: d[:6] + b"\x0a\x00\x08\x00\x87\x00\x00", id="colour-table-past-end"),
        pytest.param(lambda d: d[:-7] + b"\x99\x3b", id="unknown-block"),
    ],
)
def test_broken_structure(mutate) -> None:
    data = mutate(make_gif())
    with pytest.raises(InputError, match="GIF"):
        GIF.strip(data, StripOptions())


def test_not_gif() -> None:
    with pytest.raises(InputError):
        GIF.read(b"\x89PNG\r\n\x1a\n" + bytes(16))


# -- pixel parts --------------------------------------------------------------------------------


def test_pixel_parts_survive_every_strip() -> None:
    assert shapes.parts_changed_by_strips(GIF, make_gif()) == []


def _frame_data(data: bytes) -> int:
    """An offset in the LZW data of the first frame."""
    return data.index(b"\x2c") + 10 + 3


@pytest.mark.parametrize(
    ("where", "changes"),
    [
        pytest.param(_frame_data, True, id="lzw-data"),
        pytest.param(lambda d: 13 + 5, True, id="global-colour-table"),
        pytest.param(lambda d: 6, True, id="screen-width"),
        pytest.param(lambda d: d.index(b"\x21\xf9") + 4, True, id="frame-delay"),
        pytest.param(lambda d: d.index(b"\x21\xfe") + 3, False, id="comment"),
        pytest.param(lambda d: d.index(b"XMP DataXMP") + 40, False, id="xmp"),
        pytest.param(lambda d: d.index(b"MGKIPTC0000") + 14, False, id="private-extension"),
    ],
)
def test_pixel_parts_see_a_flipped_picture_byte(where, changes: bool) -> None:
    data = make_gif()
    assert (GIF.pixel_parts(shapes.flipped(data, where(data))) != GIF.pixel_parts(data)) is changes


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("call 217\u1680555\u16800134".encode(), "call 217\u1680555\u16800134"),  # UTF-8, as ExifTool reads it
        ("Zoë at the park".encode(), "Zoë at the park"),
        ("Zoë at the park".encode("latin-1"), "Zoë at the park"),  # not UTF-8: Latin-1
        (b"plain ASCII", "plain ASCII"),
    ],
)
def test_a_comment_reads_as_its_writer_wrote_it(raw: bytes, text: str) -> None:
    """A comment (and plain text) in UTF-8 is read as UTF-8: read as Latin-1, a blank between
    the digits of a phone number would become letters that hide it."""
    meta = GifHandler().read(shapes.gif(shapes.gif_comment(raw)))
    assert meta.texts == [("Comment", text)]


def test_a_phone_number_split_by_a_blank_in_a_comment_is_found() -> None:
    from leakscan.findings import Kind
    from leakscan.photos import scan_image

    data = shapes.gif(shapes.gif_comment("call 217\u1680555\u16800134".encode()))
    assert Kind.PHONE in scan_image(data).kinds
