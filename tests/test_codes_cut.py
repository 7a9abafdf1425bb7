"""QR codes cut at a picture's or a pack's edge: the second look (scanners/codes_retry.py).

Every picture is drawn by tests/cut_codes.py from a seed (no file is read). Each row is a
code zxing-cpp locates but cannot decode on its own: the positive rows decode after the
second look, with the payload they carry; the negative rows are too damaged (a low-level
code missing a fifth of its side, half a code) and must stay *found but not decoded*, never
read as nothing, never as another payload.
"""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp
from cut_codes import Cut, cut_code
from PIL import Image

from leakscan.findings import Kind
from leakscan.scanners import codes_retry
from leakscan.scanners.codes import decode_codes, payload_findings

TEL = "tel:+15550148263"
LINK = "https://t.me/pebble_otter_17"
SHOP = "https://www.snackbarn.example/win"

MENDED = [
    Cut(210, 0.12, "picture", "right", SHOP, "m", 5, blur=1.5),
    Cut(215, 0.1, "picture", "right", SHOP, "m", 5, lean=0.05),
    Cut(216, 0.12, "pack", "right", SHOP, "m", 7, blur=0.8),
    Cut(252, 0.1, "pack", "bottom", TEL, "m", 4, lean=0.05, angle=10),
    Cut(256, 0.1, "picture", "top", TEL, "m", 4),
    Cut(270, 0.05, "pack", "bottom", SHOP, "m", 5, blur=0.8),
    Cut(293, 0.15, "picture", "top", LINK, "q", 4, blur=0.8, lean=0.05),
    Cut(335, 0.25, "pack", "right", TEL, "h", 5),
    Cut(348, 0.05, "pack", "right", SHOP, "m", 4, lean=0.05, angle=10),
    Cut(374, 0.2, "pack", "right", SHOP, "q", 4, lean=0.05),
    Cut(399, 0.08, "pack", "bottom", SHOP, "q", 4, blur=0.8, lean=0.05),
]

TOO_DAMAGED = [
    Cut(204, 0.12, "pack", "top", LINK, "l", 7),  # level L mends 7% of its payload, not 12%
    Cut(276, 0.15, "pack", "bottom", TEL, "l", 7),
    Cut(202, 0.25, "picture", "right", SHOP, "l", 7),
    Cut(249, 0.25, "pack", "left", TEL, "m", 4, blur=1.5),  # a quarter gone: past what M mends
    Cut(349, 0.2, "picture", "left", SHOP, "m", 5, blur=1.5),
    Cut(322, 0.45, "picture", "bottom", TEL, "m", 7),  # half the code gone
    Cut(309, 0.45, "pack", "left", TEL, "m", 4, blur=0.8, lean=0.05),
]


def first_read(picture: Image.Image) -> list[zxingcpp.Barcode]:
    return zxingcpp.read_barcodes(picture.convert("L"), return_errors=True)


@pytest.mark.parametrize("spec", MENDED, ids=lambda s: f"seed{s.seed}-{s.at}-{s.cut}")
def test_a_cut_code_is_decoded_on_a_second_look(spec: Cut) -> None:
    picture = cut_code(spec)
    # zxing-cpp alone locates it and fails: the second look is what reads it
    assert first_read(picture) and all(r.error is not None for r in first_read(picture))
    found = decode_codes(picture)
    assert [(c.format, c.text, c.problem) for c in found] == [("QR Code", spec.payload, None)]
    x, y, w, h = found[0].box
    assert min(x, y) >= 0 and x + w <= picture.width and y + h <= picture.height
    kinds = [f.kind for f in payload_findings(found[0])]
    assert kinds == {TEL: [Kind.PHONE], LINK: [Kind.URL], SHOP: []}[spec.payload]


@pytest.mark.parametrize("spec", TOO_DAMAGED, ids=lambda s: f"seed{s.seed}-{s.error}-{s.cut}")
def test_a_code_too_damaged_stays_not_fully_checked(spec: Cut) -> None:
    picture = cut_code(spec)
    assert first_read(picture), "the row must be a code zxing-cpp locates"
    found = decode_codes(picture)
    assert found and all(c.problem and not c.text for c in found)
    assert all(payload_findings(c).incomplete for c in found)


def test_a_failed_code_beside_a_read_one_stays_not_fully_checked() -> None:
    """A code read in the picture explains only the failed parts inside it, not another code."""
    whole = Image.fromarray(zxingcpp.create_barcode(SHOP, zxingcpp.BarcodeFormat.QRCode).to_image(scale=5))
    picture = cut_code(TOO_DAMAGED[0])
    canvas = Image.new("RGB", (picture.width + whole.width + 80, max(picture.height, whole.height + 80)), "white")
    canvas.paste(picture, (0, 0))
    canvas.paste(whole.convert("RGB"), (picture.width + 40, 40))
    found = decode_codes(canvas)
    assert [c.text for c in found if not c.problem] == [SHOP]
    assert any(c.problem for c in found)


def test_finder_patterns_are_found_with_their_module() -> None:
    """Two whole finders of a cut code, each 7 modules across: what the third is drawn from."""
    grey = np.asarray(cut_code(MENDED[0]).convert("L"))
    finders = codes_retry._finders(np.where(grey > codes_retry._otsu(grey), 255, 0).astype(np.uint8))
    assert len(finders) == 2
    assert all(4 <= module <= 6 for _x, _y, module, _outline in finders)
