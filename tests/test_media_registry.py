"""The format registry: every handler describes itself, and every table of formats elsewhere
is derived from those descriptions (adding a format touches its handler, its test and one
registry line)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from leakscan import media
from leakscan.errors import UnsupportedFormatError
from leakscan.inputs.items import type_by_name
from leakscan.media import media_type
from leakscan.media.base import Handler, PillowFormat, RawMetadata, StripOptions, Stripped
from leakscan.redact.image import clean_image_bytes

_MIME = re.compile(r"(image|video)/[a-z0-9][a-z0-9.+-]*")
_SUFFIX = re.compile(r"\.[a-z0-9]{2,5}")


def _problems(handler: object) -> list[str]:
    """What a handler fails to say about itself (empty: it describes itself fully)."""
    out = []
    fmt = getattr(handler, "format", None)
    if not (isinstance(fmt, str) and fmt and fmt == fmt.upper()):
        out.append("format: an upper-case name")
    if getattr(handler, "media", None) not in ("image", "video"):
        out.append("media: 'image' or 'video'")
    mime = getattr(handler, "mime", None)
    if not (isinstance(mime, str) and _MIME.fullmatch(mime) and mime.startswith(getattr(handler, "media", "?") + "/")):
        out.append("mime: a MIME type of its media")
    label = getattr(handler, "label", None)
    if not (isinstance(label, str) and label.strip() == label and label):
        out.append("label: a name for people")
    suffixes = getattr(handler, "suffixes", None)
    if not (
        isinstance(suffixes, tuple) and suffixes and all(isinstance(s, str) and _SUFFIX.fullmatch(s) for s in suffixes)
    ):
        out.append("suffixes: a tuple of lower-case '.ext'")
    pillow = getattr(handler, "pillow", False)
    if not (pillow is None or isinstance(pillow, PillowFormat)):
        out.append("pillow: a PillowFormat or None")
    for method in ("sniff", "read", "strip", "pixel_parts"):
        if not callable(getattr(handler, method, None)):
            out.append(f"{method}()")
    return out


@pytest.mark.parametrize("handler", media.HANDLERS, ids=lambda h: h.format)
def test_every_handler_describes_itself(handler: Handler) -> None:
    assert _problems(handler) == []


@dataclass
class _Fake:
    """A handler as a newcomer might first write one."""

    format: str = "BMP"
    media: str = "image"
    mime: str = "image/bmp"
    label: str = "BMP"
    suffixes: tuple[str, ...] = (".bmp",)
    pillow: PillowFormat | None = None

    def sniff(self, head: bytes) -> bool:
        return head[:2] == b"BM"

    def read(self, data: bytes) -> RawMetadata:
        return RawMetadata(format=self.format)

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        return Stripped(data=data, lossless=True)

    def pixel_parts(self, data: bytes) -> list[bytes]:
        return [data]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({}, None),
        ({"pillow": PillowFormat(writer="BMP")}, None),
        ({"mime": "bmp"}, "mime"),
        ({"mime": "video/bmp"}, "mime"),
        ({"media": "picture"}, "media mime"),
        ({"format": "bmp"}, "format"),
        ({"label": ""}, "label"),
        ({"suffixes": ("bmp",)}, "suffixes"),
        ({"suffixes": (".BMP",)}, "suffixes"),
        ({"suffixes": ()}, "suffixes"),
        ({"suffixes": ".bmp"}, "suffixes"),
        ({"pillow": "BMP"}, "pillow"),
    ],
)
def test_the_description_check_catches_what_is_missing(change: dict, problem: str | None) -> None:
    found = _problems(_Fake(**change))
    assert [p.split(":")[0] for p in found] == (problem.split() if problem else [])


def test_the_registry_tells_formats_apart() -> None:
    handlers = media.formats()
    assert handlers == media.HANDLERS
    assert len({h.format for h in handlers}) == len(handlers)
    assert len({h.label for h in handlers}) == len(handlers)
    suffixes = [s for h in handlers for s in h.suffixes]
    assert len(set(suffixes)) == len(suffixes), "a suffix claimed by two formats"
    assert media.formats("image") + media.formats("video") == tuple(sorted(handlers, key=lambda h: h.media != "image"))
    assert all(h.media == "video" for h in media.formats("video")) and media.formats("video")
    for h in handlers:
        assert media.handler_for_format(h.format) is h
        assert media.handler_for_format(h.format.lower()) is h


@pytest.mark.parametrize("handler", media.HANDLERS, ids=lambda h: h.format)
def test_derived_tables_hold_every_handler(handler: Handler) -> None:
    # the media type a clean copy is served as (the API, the service)
    assert media_type(handler.format) == handler.mime
    # a file named like one of its formats is a photo (or video) in a folder walk
    for suffix in handler.suffixes:
        assert type_by_name(Path("holiday" + suffix)) == "image"
        assert type_by_name(Path("HOLIDAY" + suffix.upper())) == "image"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("notes.txt", "text"), ("posts.jsonl", "text"), ("archive.zip", None), ("photo", None), ("photo.jpg.bak", None)],
)
def test_names_no_format_claims(name: str, expected: str | None) -> None:
    assert type_by_name(Path(name)) == expected


@pytest.mark.parametrize("fmt", [None, "", "BMP", "HEIC", "jpeg xl"])
def test_media_type_of_an_unknown_format(fmt: str | None) -> None:
    assert media_type(fmt) == "application/octet-stream"


_WRITERS = [h for h in media.HANDLERS if h.pillow is not None and h.pillow.writer]


def test_formats_with_a_pillow_writer() -> None:
    assert {h.format for h in _WRITERS} == {"JPEG", "PNG", "WEBP", "TIFF", "GIF", "HEIF"}


@pytest.mark.parametrize("handler", _WRITERS, ids=lambda h: h.format)
def test_reencode_writes_the_handlers_own_format(handler: Handler, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault injection: no lossless path -> the copy is re-encoded in the format the handler names."""
    assert handler.pillow is not None
    handler.pillow.ready()
    picture = Image.new("RGB", (24, 16), (200, 30, 30))
    buf = io.BytesIO()
    picture.save(buf, handler.pillow.writer, **({"quality": 90} if handler.format == "JPEG" else {}))
    data = buf.getvalue()
    assert media.sniff(data[:64]) is handler

    def no_lossless(self: object, data: bytes, options: StripOptions) -> Stripped:
        raise UnsupportedFormatError(f"no lossless path for this {handler.format} variant")

    monkeypatch.setattr(type(handler), "strip", no_lossless)
    clean = clean_image_bytes(data)
    assert clean.lossless is False and clean.note and "re-encoded" in clean.note
    assert clean.format == handler.format and media.sniff(clean.data[:64]) is handler
    assert clean.media_type == handler.mime
    with Image.open(io.BytesIO(clean.data)) as im:
        assert im.size == (24, 16)
