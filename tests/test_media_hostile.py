"""Mutated files against the PNG, WebP, GIF, HEIF, QuickTime and JPEG XL handlers.

Whatever the bytes, ``read`` and ``strip`` either work or raise :class:`InputError`: never
another exception, never a hang. Seeded, so a failure reproduces.
"""

from __future__ import annotations

import contextlib
import random

import pytest
from test_media_gif import make_gif
from test_media_isobmff import can_encode_heif, make_heic, make_mov
from test_media_jxl import make_jxl
from test_media_png import make_png
from test_media_webp import make_webp

from leakscan.errors import InputError
from leakscan.media.base import StripOptions
from leakscan.media.gif import GifHandler
from leakscan.media.isobmff import HeifHandler, QuickTimeHandler
from leakscan.media.jxl import JxlHandler
from leakscan.media.png import PngHandler
from leakscan.media.webp import WebpHandler

OPTIONS = (StripOptions(), StripOptions(only_gps=True), StripOptions(keep_icc=False, keep_orientation=False))
SPECIALS = (b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x00\x00\x00\x01", b"\x7f\xff\xff\xff", b"\x00\x00\x00\x08")


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A few random edits, mostly in the first 4 KiB where the structure lives."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        if len(b) < 2:
            break
        pos = rng.randrange(min(len(b), 4096) if rng.random() < 0.8 else len(b))
        op = rng.random()
        if op < 0.5:
            b[pos] = rng.randrange(256)
        elif op < 0.7:
            b[pos : pos + 4] = rng.choice(SPECIALS)
        elif op < 0.85:
            del b[pos : pos + rng.randint(1, 64)]
        else:
            del b[pos:]
    return bytes(b)


CASES = [
    pytest.param(PngHandler(), make_png, id="png"),
    pytest.param(WebpHandler(), make_webp, id="webp"),
    pytest.param(GifHandler(), make_gif, id="gif"),
    pytest.param(QuickTimeHandler(), make_mov, id="mov"),
    pytest.param(JxlHandler(), make_jxl, id="jxl"),
    pytest.param(
        HeifHandler(),
        make_heic,
        id="heic",
        marks=pytest.mark.skipif(not can_encode_heif(), reason="libheif has no HEVC encoder here"),
    ),
]


@pytest.mark.parametrize(("handler", "make"), CASES)
def test_mutated_files_never_crash(handler, make) -> None:
    rng = random.Random(20240601)
    original = make()
    for _ in range(300):
        data = mutate(original, rng)
        with contextlib.suppress(InputError):
            handler.read(data)
        for options in OPTIONS:
            try:
                out = handler.strip(data, options)
            except InputError:
                continue
            assert isinstance(out.data, bytes)
