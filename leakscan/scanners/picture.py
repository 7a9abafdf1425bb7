"""One decoded picture as the pixel scanners read it, with the reduced copies they share.

A 12-megapixel photo is read by three detectors: the text detector and the face detector
each on a copy about 960 pixels long, the code decoder on a grey copy about 2,000 pixels long.
Each reduced, converted and normalised the whole photo on its own (~50 ms of a 12 MP photo's
CPU time). A :class:`Picture` makes each copy once, on first use, and hands the same one to
whoever asks for the same size: the text and face detectors read one 960-pixel copy.

The copies are made from the fully decoded photo, not from a JPEG decoded at reduced scale
(Pillow's draft mode: libjpeg's scaled IDCT, ~15 instead of ~35-60 ms for a 12 MP photo).
Measured (benchmarks/pixel_stages.py, benchmarks/pixels.py): the draft saved ~35-50 ms of CPU
per big JPEG, but its copy is not the box-filtered one the detector was tuned on -- boxes moved
by a few pixels on ~35 of images-v17's 240 pictures, and leaks found fell 953 -> 950 (v17) and
415 -> 414 (v15's big JPEGs); and half the corpus's big photos without text still needed the
full decode (a stray mark detected).

Importing this module costs nothing but Pillow's name (imported on first use).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from collections.abc import Callable

    from PIL import Image


class Picture:
    """One decoded, upright picture and its reduced copies (each made once, on first use).

    :attr:`image` is the picture as decoded (boxes found in any copy are given in its pixels).
    """

    __slots__ = ("_copies", "_lock", "image")

    def __init__(self, image: Image.Image) -> None:
        self.image = image
        self._copies: dict[tuple[str, object], Image.Image] = {}
        # The scanners run in two threads (scanners/pixels.py): a copy asked by both is made
        # once. Re-entrant: a copy is made from another (resized from rgb).
        self._lock = threading.RLock()

    @classmethod
    def of(cls, picture: PictureLike) -> Picture:
        """``picture`` itself, or a new :class:`Picture` of an image."""
        return picture if isinstance(picture, Picture) else cls(picture)

    @property
    def size(self) -> tuple[int, int]:
        """The picture's width and height."""
        return self.image.size

    def rgb(self) -> Image.Image:
        """The picture in RGB, a transparent one laid on white first (a sticker's black text on
        a transparent background would otherwise turn black on black)."""
        return self._copy(("rgb", None), lambda: _flat(self.image, "RGB"))

    def resized(self, size: tuple[int, int]) -> Image.Image:
        """:meth:`rgb` brought to exactly ``size``: first reduced by an integer factor (a cheap
        box filter: 4x faster on a 12-megapixel photo than resizing it whole), then resampled."""

        def make() -> Image.Image:
            rgb = self.rgb()
            if size == rgb.size:
                return rgb
            factor = int(min(rgb.width / size[0], rgb.height / size[1]))
            small = rgb.reduce(factor) if factor > 1 else rgb
            return small.resize(size) if small.size != size else small

        return self._copy(("rgb", size), make)

    def grey(self, factor: int = 1) -> Image.Image:
        """The picture in 8-bit grey (transparency laid on white), reduced by an integer
        ``factor`` (a box filter). The full-size grey is not kept when a reduced one is asked."""

        def make() -> Image.Image:
            grey = _flat(self.image, "L")
            return grey.reduce(factor) if factor > 1 else grey

        return self._copy(("grey", factor), make)

    def _copy(self, key: tuple[str, object], make: Callable[[], Image.Image]) -> Image.Image:
        with self._lock:
            copy = self._copies.get(key)
            if copy is None:
                copy = self._copies[key] = make()
            return copy


#: What the pixel readers take: a decoded image, or a :class:`Picture` sharing its copies.
PictureLike = Union["Image.Image", Picture]


def _flat(image: Image.Image, mode: str) -> Image.Image:
    """``image`` in ``mode`` ("RGB" or "L"), transparent parts on white."""
    from PIL import Image

    if image.mode == mode:
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat if mode == "RGB" else flat.convert(mode)
    return image.convert(mode)


__all__ = ["Picture", "PictureLike"]
