"""A second look at QR codes zxing-cpp located but could not decode (used by :mod:`.codes`).

On packaging photos a QR code is often cut: by the picture's edge (framed tight) or by the
pack's edge (the label runs over a fold). zxing-cpp then finds one of its finder patterns, or
reads it as a smaller code (a Micro QR or rMQR code made of the big code's corner), and fails
its checks: the photo is *not fully checked*. Before giving up, :func:`second_look` tries
again on a crop round each such code:

1. the crop enlarged (at least :data:`MIN_SIDE` pixels), with a white border (the quiet zone
   a code at the picture's edge lacks), as it is, sharpened, and binarized at its Otsu level;
2. a QR code with one corner cut off: its two whole finder patterns are found (three nested
   squares, :func:`_finders`), the third drawn where the square they span puts it, with a
   white margin round it; zxing-cpp's error correction mends the modules lost with the cut.

A retry counts only when it decodes a QR-family code whose box holds the failed code's own
finder (then the failed code was part of it). A failed code is also explained by a code the
first read decoded there. Anything else stays *found but not decoded* (fail closed): a retry
never turns a code it cannot read into "nothing here".
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image, ImageFilter, ImageOps

#: The crop is enlarged to at least this many pixels across (zxing-cpp wants 3+ pixels a module).
MIN_SIDE = 720
#: The crop round a failed code reaches this many times its box's longer side past each edge
#: (a Micro QR "code" made of one finder is about a quarter of the real code).
REACH = 2.5
#: Most failed codes given a second look in one picture (each costs a few decodes of a crop).
MAX_RETRIES = 8
#: Most finder pairs tried for a corner cut off (each pair costs two decodes).
MAX_PAIRS = 6


@dataclass(frozen=True)
class _Point:
    x: float
    y: float


@dataclass(frozen=True)
class _Position:
    top_left: _Point
    top_right: _Point
    bottom_right: _Point
    bottom_left: _Point


@dataclass(frozen=True)
class Moved:
    """A code decoded on a crop, its position moved back onto the picture read."""

    found: Any
    position: _Position

    def __getattr__(self, name: str) -> Any:  # format, text, error, content_type, extra...
        return getattr(self.found, name)


def second_look(zx: Any, read: Image.Image, results: list[Any], finder_patterned: Any) -> list[Any]:
    """``results`` (zxing-cpp's read of ``read``) with failed QR-family codes mended where a
    second look decodes them: a failed entry whose finder lies in a decoded code gives way to
    it (the decoded code is added once, however many failed parts of it there were). Failed
    codes nothing explains stay as they were."""

    def failed(r: Any) -> bool:
        return r.error is not None and finder_patterned(r.format)

    decoded = [r for r in results if r.error is None]

    def explained(r: Any) -> bool:
        # its finder lies in a decoded code: a corner of that code, taken for a smaller code
        return any(_holds(d.position, _finder_point(r.position)) for d in decoded)

    added: list[Any] = []
    for r in [r for r in results if failed(r)][:MAX_RETRIES]:
        if explained(r):
            continue
        found = _retry(zx, read, r.position, _finder_point(r.position), finder_patterned)
        if found is not None and not any(_same(found, d) for d in decoded):
            decoded.append(found)
            added.append(found)
    return [r for r in results if not (failed(r) and explained(r))] + added


def _finder_point(p: Any) -> tuple[float, float]:
    """Inside the finder pattern of a located code: a quarter of its shorter side in from its
    top-left corner, where every QR-family code (QR, Micro QR, rMQR, Aztec's centre aside) has one."""
    tl, tr, bl = p.top_left, p.top_right, p.bottom_left
    side = min(math.hypot(tr.x - tl.x, tr.y - tl.y), math.hypot(bl.x - tl.x, bl.y - tl.y))
    along = _unit(tr.x - tl.x, tr.y - tl.y)
    down = _unit(bl.x - tl.x, bl.y - tl.y)
    q = side / 4
    return tl.x + q * (along[0] + down[0]), tl.y + q * (along[1] + down[1])


def _unit(dx: float, dy: float) -> tuple[float, float]:
    n = math.hypot(dx, dy)
    return (dx / n, dy / n) if n else (0.0, 0.0)


def _holds(p: Any, point: tuple[float, float]) -> bool:
    """Whether the box round a code's corners holds ``point``."""
    xs, ys = [c.x for c in _corners(p)], [c.y for c in _corners(p)]
    return min(xs) <= point[0] <= max(xs) and min(ys) <= point[1] <= max(ys)


def _same(a: Any, b: Any) -> bool:
    """The same code read twice: the same payload, each box holding the other's centre."""
    return a.text == b.text and _holds(a.position, _centre(b.position)) and _holds(b.position, _centre(a.position))


def _centre(p: Any) -> tuple[float, float]:
    return sum(c.x for c in _corners(p)) / 4, sum(c.y for c in _corners(p)) / 4


def _corners(p: Any) -> tuple[Any, Any, Any, Any]:
    """A located code's four corners (zxing-cpp's or a moved :class:`_Position`), clockwise."""
    return p.top_left, p.top_right, p.bottom_right, p.bottom_left


def _retry(zx: Any, read: Image.Image, position: Any, point: tuple[float, float], finder_patterned: Any) -> Any:
    """The QR-family code a second look decodes round a failed one, holding its finder; or None."""
    xs, ys = [c.x for c in _corners(position)], [c.y for c in _corners(position)]
    reach = REACH * max(max(xs) - min(xs), max(ys) - min(ys), 8)
    left, top = max(0, int(min(xs) - reach)), max(0, int(min(ys) - reach))
    right, bottom = min(read.width, int(max(xs) + reach) + 1), min(read.height, int(max(ys) + reach) + 1)
    if right - left < 8 or bottom - top < 8:
        return None
    crop = read.crop((left, top, right, bottom))
    scale = max(1.0, MIN_SIDE / max(crop.size))
    if scale > 1:
        crop = crop.resize((round(crop.width * scale), round(crop.height * scale)), Image.Resampling.BICUBIC)
    border = max(16, max(crop.size) // 8)
    # the finder-patterned formats only, at the size given (the crop is sized for them): a
    # fraction of a full read's time
    formats = (zx.BarcodeFormat.QRCode, zx.BarcodeFormat.MicroQRCode, zx.BarcodeFormat.RMQRCode, zx.BarcodeFormat.Aztec)
    for picture, invert in _variants(crop, border):
        for r in zx.read_barcodes(picture, formats, try_downscale=False, try_invert=invert, return_errors=True):
            if r.error is not None or not finder_patterned(r.format):
                continue
            moved = Moved(r, _moved(r.position, border, scale, left, top))
            if _holds(moved.position, point):
                return moved
    return None


def _variants(crop: Image.Image, border: int) -> Iterator[tuple[Image.Image, bool]]:
    """The crop as zxing-cpp is given it again, and whether a light-on-dark code is looked for
    too: with a white border (the quiet zone), as it is and sharpened; then binarized at its
    Otsu level, and with a cut-off corner's finder drawn (dark on light only)."""
    yield ImageOps.expand(crop, border, 255), True
    yield ImageOps.expand(crop.filter(ImageFilter.UnsharpMask(2, 150, 3)), border, 255), True
    grey = np.asarray(crop)
    binary = np.where(grey > _otsu(grey), 255, 0).astype(np.uint8)
    padded = np.pad(binary, border, constant_values=255)
    yield Image.fromarray(padded), False
    for mended in _with_third_finder(padded):
        yield Image.fromarray(mended), False


def _moved(p: Any, border: int, scale: float, left: int, top: int) -> _Position:
    def back(c: Any) -> _Point:
        return _Point((c.x - border) / scale + left, (c.y - border) / scale + top)

    return _Position(back(p.top_left), back(p.top_right), back(p.bottom_right), back(p.bottom_left))


def _otsu(grey: np.ndarray) -> int:
    """The grey level splitting the crop's pixels into two classes best (Otsu's method)."""
    counts = np.bincount(grey.ravel(), minlength=256).astype(float)
    share = counts / max(1.0, counts.sum())
    below = np.cumsum(share)
    mean = np.cumsum(share * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = (mean[-1] * below - mean) ** 2 / (below * (1 - below))
    spread = np.nan_to_num(spread, nan=-1.0, posinf=-1.0)
    return int(np.argmax(spread)) if spread.max() > 0 else 127


# -- a corner cut off: drawing the third finder -------------------------------------------------


def _finders(binary: np.ndarray) -> list[tuple[float, float, float, np.ndarray]]:
    """Finder patterns in a black-on-white picture: ``(x, y, module, outline)`` each, a dark square ring
    round a light ring round a dark core (three nested outlines), their areas as 7x7 : 3x3."""
    import cv2

    contours, hierarchy = cv2.findContours(255 - binary, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    tree = hierarchy[0]
    found = []
    for i, outline in enumerate(contours):
        hole = tree[i][2]
        core = tree[hole][2] if hole >= 0 else -1
        if core < 0:
            continue
        outer, inner = cv2.contourArea(outline), cv2.contourArea(contours[core])
        if inner < 4 or not 3.0 <= outer / inner <= 9.0:
            continue
        _x, _y, w, h = cv2.boundingRect(outline)
        if not 0.5 <= w / h <= 2.0:
            continue
        m = cv2.moments(contours[core])
        found.append((m["m10"] / m["m00"], m["m01"] / m["m00"], math.sqrt(outer) / 7, outline.reshape(-1, 2)))
    return found


def _extent(outline: np.ndarray, ux: float, uy: float) -> float:
    """How far an outline reaches along the unit direction ``(ux, uy)``."""
    along = outline[:, 0] * ux + outline[:, 1] * uy
    return float(along.max() - along.min())


def _pairs(finders: list[Any]) -> Iterator[tuple[Any, Any]]:
    """Two finders that can be corners of one QR code: alike in size, 14 to 170 modules apart."""
    count = 0
    for i, a in enumerate(finders):
        for b in finders[i + 1 :]:
            module = (a[2] + b[2]) / 2
            apart = math.hypot(b[0] - a[0], b[1] - a[1]) / module
            if max(a[2], b[2]) / min(a[2], b[2]) <= 1.5 and 14 <= apart <= 170:
                yield a, b
                count += 1
                if count >= MAX_PAIRS:
                    return


def _with_third_finder(binary: np.ndarray) -> Iterator[np.ndarray]:
    """``binary`` with a third finder drawn, for each way two found finders can be two corners
    of a square code: the missing corner beside either, on the side where the code's modules
    are (dark and light mixed, not the blank quiet zone)."""
    for a, b in _pairs(_finders(binary)):
        vx, vy = b[0] - a[0], b[1] - a[1]
        ux, uy = _unit(vx, vy)
        # a photo taken at a slant shortens the code across more than along (or less): the
        # finders' own squares say by how much (modules along the found side, and across it)
        along = sum(_extent(f[3], ux, uy) for f in (a, b)) / 14
        across = sum(_extent(f[3], -uy, ux) for f in (a, b)) / 14
        squash = across / max(1.0, along)
        for nx, ny in ((-vy * squash, vx * squash), (vy * squash, -vx * squash)):
            # the code's middle on this side: about half dark if the modules are there
            cx, cy = (a[0] + b[0] + nx) / 2, (a[1] + b[1] + ny) / 2
            if not _mixed(binary, cx, cy, math.hypot(vx, vy) / 4):
                continue
            for corner, other in ((a, b), (b, a)):
                at = (corner[0] + nx, corner[1] + ny)
                to_other = (other[0] - corner[0], other[1] - corner[1])
                yield _draw_finder(binary, at, to_other, (nx, ny), (along, across))


def _mixed(binary: np.ndarray, x: float, y: float, half: float) -> bool:
    h, w = binary.shape
    x0, x1 = int(max(0, x - half)), int(min(w, x + half))
    y0, y1 = int(max(0, y - half)), int(min(h, y + half))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return False
    dark = float((binary[y0:y1, x0:x1] < 128).mean())
    return 0.2 <= dark <= 0.8


def _draw_finder(
    binary: np.ndarray,
    centre: tuple[float, float],
    to_other: tuple[float, float],
    across: tuple[float, float],
    module: tuple[float, float],
) -> np.ndarray:
    """A finder pattern (7x7 modules) at ``centre``, square to the code's sides, a light
    separator round it and a light quiet zone on its two outer sides. ``to_other``: from the
    found finder beside it to the other found one; ``across``: from the found finders' side
    of the code to the drawn corner; ``module``: its size along and across."""
    h, w = binary.shape
    out = binary.copy()
    ux, uy = _unit(*to_other)  # along the side to the found finder beside it
    bx, by = _unit(-across[0], -across[1])  # from the drawn corner back into the code
    # only the pixels within 17 modules of the centre can change
    reach = 17 * max(module)
    x0, x1 = max(0, int(centre[0] - reach)), min(w, int(centre[0] + reach) + 1)
    y0, y1 = max(0, int(centre[1] - reach)), min(h, int(centre[1] + reach) + 1)
    if x1 <= x0 or y1 <= y0:
        return out
    window = out[y0:y1, x0:x1]
    ys, xs = np.mgrid[y0:y1, x0:x1]
    dx, dy = xs - centre[0], ys - centre[1]
    s = (dx * ux + dy * uy) / module[0]  # modules towards the code along its side
    t = (dx * bx + dy * by) / module[1]  # modules towards the code across
    ring = np.maximum(np.abs(s), np.abs(t))
    near = (s > -12) & (t > -12) & (s < 4.5) & (t < 4.5)  # the corner and its quiet zone
    outside = near & ((s < -3.5) | (t < -3.5))
    separator = near & (ring > 3.5)
    window[outside | separator] = 255
    finder = ring <= 3.5
    window[finder] = np.where((ring[finder] > 2.5) | (ring[finder] <= 1.5), 0, 255)
    return out
