"""Shared QR verification used by the generator (to reject a render) and by check_images.py."""
import zxingcpp
from PIL import Image


def _decode(img):
    try:
        res = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
    except Exception:
        return []
    return [r.text for r in res]


def qr_found(img, qrs):
    """img: PIL RGB image; qrs: [(payload, [x, y, w, h])]. Returns list of bools (one per code).
    First the whole image is read; codes not found there are read again from a crop around their box."""
    if not qrs:
        return []
    found_all = set(_decode(img))
    out = []
    for payload, (x, y, w, h) in qrs:
        if payload in found_all:
            out.append(True)
            continue
        m = int(max(w, h) * 0.35) + 8
        crop = img.crop((max(0, x - m), max(0, y - m), min(img.width, x + w + m), min(img.height, y + h + m)))
        ok = payload in _decode(crop)
        if not ok and max(crop.size) > 900:
            s = 900.0 / max(crop.size)
            ok = payload in _decode(crop.resize((max(1, int(crop.width * s)), max(1, int(crop.height * s))), Image.LANCZOS))
        out.append(ok)
    return out
