"""Shared QR verification: crop around a QR box and decode with zxing-cpp."""
import zxingcpp
from PIL import Image


def decode_near(img, box):
    """Return the set of QR texts decoded from a crop around box (x, y, w, h)."""
    W, H = img.size
    x, y, w, h = box
    m = int(0.35 * max(w, h)) + 12
    crop = img.crop((max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m))).convert("L")
    found = []
    tries = [crop]
    side = max(crop.size)
    if side > 1400:
        f = 1000.0 / side
        tries.append(crop.resize((max(1, int(crop.width * f)), max(1, int(crop.height * f))), Image.BILINEAR))
    if side < 500:
        tries.append(crop.resize((crop.width * 2, crop.height * 2), Image.BICUBIC))
    for im in tries:
        res = zxingcpp.read_barcodes(im, formats=zxingcpp.BarcodeFormat.QRCode)
        for r in res:
            if r.valid:
                found.append(r.text)
        if found:
            break
    return found


def qr_ok(img, box, payload):
    return payload in decode_near(img, box)
