"""QR codes cut off at a picture's edge or a pack's edge, drawn for the code tests.

A packaging photo: a textured table, a coloured pack lying on it (maybe tilted), a white label
on the pack with a QR code, and part of the code gone: past the picture's edge (the photo
was framed tight) or past the pack's edge (the label printed over a fold, the table showing
where the rest was). Blur and a perspective tilt as a phone makes them. Everything is drawn
from a seed with numpy and Pillow (segno for the code): the same seed, the same picture.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import segno
from PIL import Image, ImageFilter


@dataclass(frozen=True)
class Cut:
    """How one picture is drawn."""

    seed: int
    #: The share of the code's side that is gone (0.05: its last 5%).
    cut: float
    #: "picture": cut by the picture's edge; "pack": by the pack's edge (table beyond it).
    at: str = "pack"
    #: Which side of the code is cut: "bottom", "right", "top" or "left".
    side: str = "bottom"
    payload: str = "https://www.snackbarn.example/win"
    error: str = "m"
    #: Pixels a module.
    module: int = 7
    blur: float = 0.0
    #: How far the far corners lean (a share of the side): a photo taken from above, a bit off.
    lean: float = 0.0
    #: Degrees the pack is turned on the table.
    angle: float = 0.0


def _table(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    """A brownish wood-like texture, RGB."""
    w, h = size
    ys = np.arange(h)[:, None]
    xs = np.arange(w)[None, :]
    phase = rng.uniform(0, 6.28)
    grain = np.sin(ys / rng.uniform(9, 20) + 2.5 * np.sin(xs / rng.uniform(60, 120) + phase))
    base = np.array(rng.integers(120, 190, 3), float)
    noise = rng.normal(0, 10, (h, w, 1))
    img = base[None, None, :] * (0.85 + 0.12 * grain[..., None]) + noise
    return np.clip(img, 0, 255).astype(np.uint8)


def cut_code(spec: Cut) -> Image.Image:
    """The picture ``spec`` describes (RGB)."""
    rng = np.random.default_rng(spec.seed)
    qr = segno.make(spec.payload, error=spec.error, micro=False, boost_error=False)
    matrix = np.array(qr.matrix, np.uint8)
    n = matrix.shape[0] * spec.module
    label_pad = 3 * spec.module  # the white label round the code (its quiet zone)
    code = np.kron(1 - matrix, np.ones((spec.module, spec.module), np.uint8)) * 255
    label = np.full((n + 2 * label_pad, n + 2 * label_pad), 245, np.uint8)
    label[label_pad : label_pad + n, label_pad : label_pad + n] = code
    # the pack: a coloured card, the label on it; turned so the cut side is at the bottom
    colour = np.array(rng.integers(20, 220, 3), np.uint8)
    pw, ph = n + 2 * label_pad + 200, n + 2 * label_pad + 260
    pack = np.empty((ph, pw, 3), np.uint8)
    pack[:] = colour
    lx, ly = 100, ph - (n + 2 * label_pad) - 40
    pack[ly : ly + label.shape[0], lx : lx + label.shape[1]] = label[..., None]
    # the pack's edge runs through the code: the bottom `cut` of the code is past it
    edge = ly + label_pad + round(n * (1 - spec.cut))
    if spec.at == "pack":
        pack = pack[:edge]
    card = Image.fromarray(pack).convert("RGBA")  # its alpha: where the pack is
    turn = {"bottom": 0, "right": 90, "top": 180, "left": 270}[spec.side]
    if turn:
        card = card.rotate(turn, expand=True)
    if spec.angle:
        card = card.rotate(spec.angle, expand=True, resample=Image.Resampling.BICUBIC)
    mask = card.getchannel("A")
    card = card.convert("RGB")
    size = (card.width + 400, card.height + 400)
    table = Image.fromarray(_table(rng, size))
    table.paste(card, (200, 200), mask)
    picture = table
    if spec.at == "picture":
        # frame the photo so the picture's edge cuts the code where the pack's edge would
        cx, cy = _code_cut_line(edge, ph, turn)
        left, top, right, bottom = 0, 0, picture.width, picture.height
        if spec.side == "bottom":
            bottom = 200 + cy
        elif spec.side == "top":
            top = 200 + cy
        elif spec.side == "right":
            right = 200 + cx
        else:
            left = 200 + cx
        picture = picture.crop((left, top, right, bottom))
    if spec.lean:
        picture = _lean(picture, spec.lean)
    if spec.blur:
        picture = picture.filter(ImageFilter.GaussianBlur(spec.blur))
    return picture


def _code_cut_line(edge: int, height: int, turn: int) -> tuple[int, int]:
    """Where the cut line (``edge`` down the upright pack, ``height`` tall) falls once the pack
    is turned by ``turn`` degrees counter-clockwise (only for a pack not tilted by ``angle``)."""
    if turn == 0:
        return 0, edge
    if turn == 180:
        return 0, height - edge
    if turn == 90:  # the pack's bottom is now its right side
        return edge, 0
    return height - edge, 0


def _lean(picture: Image.Image, lean: float) -> Image.Image:
    """A perspective tilt: the top edge narrower than the bottom, by ``lean`` of the width."""
    w, h = picture.size
    d = lean * w
    # PIL maps each output pixel through the coefficients to an input pixel
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dst = [(d, 0), (w - d, 0), (w, h), (0, h)]
    coeffs = _perspective(dst, src)
    return picture.transform(
        (w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=(128, 128, 128)
    )


def _perspective(out: list[tuple[float, float]], inp: list[tuple[float, float]]) -> list[float]:
    rows = []
    for (x, y), (u, v) in zip(out, inp, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, float)
    b = np.array([c for p in inp for c in p], float)
    return list(np.linalg.solve(a, b))
