"""Make the synthetic sample photos in ``samples/photos/`` (run from the repo root).

    python samples/make_photos.py

Every picture is drawn here (gradients and shapes: no people, no real photos) and tagged
with made-up metadata: the names are invented, the phone number is in the 555-01xx range
reserved for fiction, and the coordinates point at a public park in a real town
(Washington Park, Springfield, Illinois) so that the offline place lookup has something to
name. The chat screenshot and the QR code carry the same made-up number. Needs Pillow, piexif
and zxing-cpp (leakscan dependencies).
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import piexif
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin

OUT = Path(__file__).resolve().parent / "photos"

#: Washington Park, Springfield, IL (a public park), to 4 decimals.
PARK = (39.7886, -89.6853)


def _dms(value: float) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60 * 100)
    return ((d, 1), (m, 1), (s, 100))


def _gps(lat: float, lon: float) -> dict[int, object]:
    return {
        piexif.GPSIFD.GPSVersionID: (2, 3, 0, 0),
        piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S",
        piexif.GPSIFD.GPSLatitude: _dms(lat),
        piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W",
        piexif.GPSIFD.GPSLongitude: _dms(lon),
        piexif.GPSIFD.GPSMapDatum: b"WGS-84",
    }


def _landscape(w: int = 320, h: int = 200, seed: int = 0) -> Image.Image:
    """A sky-to-grass gradient with a sun and two hills."""
    img = Image.new("RGB", (w, h))
    px = img.load()
    for y in range(h):
        for x in range(w):
            if y < h * 0.6:
                t = y / (h * 0.6)
                px[x, y] = (int(90 + 80 * t), int(150 + 60 * t), 235)
            else:
                t = (y - h * 0.6) / (h * 0.4)
                px[x, y] = (int(60 + 30 * t), int(150 - 40 * t), int(60 + (x * 7 + seed * 13) % 20))
    d = ImageDraw.Draw(img)
    d.ellipse((w - 80 - seed * 10, 20, w - 40 - seed * 10, 60), fill=(250, 220, 90))
    d.polygon([(0, h * 0.65), (w * 0.35, h * 0.45), (w * 0.7, h * 0.65)], fill=(70, 130, 70))
    d.polygon([(w * 0.4, h * 0.65), (w * 0.75, h * 0.5), (w, h * 0.65)], fill=(80, 140, 80))
    return img


def _shapes(w: int = 320, h: int = 200) -> Image.Image:
    img = Image.new("RGB", (w, h), (245, 240, 230))
    d = ImageDraw.Draw(img)
    d.rectangle((20, 30, 140, 170), fill=(200, 80, 60))
    d.ellipse((160, 40, 290, 170), fill=(60, 110, 200))
    d.line((0, h - 10, w, 10), fill=(40, 40, 40), width=4)
    return img


def _jpeg(img: Image.Image, exif: dict | None = None, quality: int = 80) -> bytes:
    buf = io.BytesIO()
    kw = {"quality": quality}
    if exif is not None:
        kw["exif"] = piexif.dump(exif)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def _thumb(img: Image.Image) -> bytes:
    t = img.copy()
    t.thumbnail((80, 60))
    return _jpeg(t, quality=70)


def _insert_segments(jpeg: bytes, *segments: bytes) -> bytes:
    """Insert whole APPn segments right after SOI (and after APP0/APP1 if present)."""
    pos = 2
    while jpeg[pos] == 0xFF and jpeg[pos + 1] in (0xE0, 0xE1):
        pos += 2 + int.from_bytes(jpeg[pos + 2 : pos + 4], "big")
    return jpeg[:pos] + b"".join(segments) + jpeg[pos:]


def _app(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload


def _xmp(city: str, state: str, country: str, creator: str) -> bytes:
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:exif="http://ns.adobe.com/exif/1.0/"
    photoshop:City="{city}" photoshop:State="{state}" photoshop:Country="{country}"
    exif:GPSLatitude="39,47.316N" exif:GPSLongitude="89,41.118W">
   <dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">Sunset over the pond</rdf:li></rdf:Alt></dc:description>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return b"http://ns.adobe.com/xap/1.0/\x00" + packet.encode("utf-8")


def _iptc(**sets: str) -> bytes:
    numbers = {"city": 90, "sublocation": 92, "province": 95, "country": 101, "byline": 80, "caption": 120}
    iim = b"\x1c\x01\x5a\x00\x03\x1b%G"  # 1:90 coded character set = UTF-8
    for key, value in sets.items():
        data = value.encode("utf-8")
        iim += bytes([0x1C, 2, numbers[key]]) + len(data).to_bytes(2, "big") + data
    res = b"8BIM\x04\x04\x00\x00" + len(iim).to_bytes(4, "big") + iim + (b"\x00" if len(iim) % 2 else b"")
    return b"Photoshop 3.0\x00" + res


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def _chat(messages: list[tuple[str, str]], width: int = 420) -> Image.Image:
    """A phone chat: a header bar, then bubbles, theirs grey on the left, the child's blue on the right."""
    font = ImageFont.load_default(size=22)
    img = Image.new("RGB", (width, 90 + 62 * len(messages)), (245, 245, 245))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, width, 56), fill=(32, 120, 200))
    draw.text((16, 16), "Chat", fill="white", font=font)
    y = 76
    for who, text in messages:
        w = int(font.getlength(text)) + 28
        x = 12 if who == "them" else width - 12 - w
        fill, ink = ((225, 225, 230), "black") if who == "them" else ((40, 130, 245), "white")
        draw.rounded_rectangle((x, y, x + w, y + 44), radius=16, fill=fill)
        draw.text((x + 14, y + 10), text, fill=ink, font=font)
        y += 62
    return img


def _qr(payload: str) -> Image.Image:
    """A QR code carrying ``payload`` on a white card."""
    import numpy as np
    import zxingcpp

    code = Image.fromarray(
        np.asarray(zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode).to_image(scale=6))
    )
    card = Image.new("RGB", (code.width + 120, code.height + 120), "white")
    card.paste(code.convert("RGB"), (60, 60))
    return card


def main() -> None:
    OUT.mkdir(exist_ok=True)
    made: dict[str, bytes] = {}
    base_exif = {
        "0th": {piexif.ImageIFD.Make: b"Leakscan", piexif.ImageIFD.Model: b"Demo Cam 1"},
        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2024:06:15 16:42:07"},
    }

    # 1. a park picture with a GPS pin
    exif = {**base_exif, "GPS": _gps(*PARK)}
    made["park_gps.jpg"] = _jpeg(_landscape(seed=1), exif)

    # 2. owner, serial number, a phone number in the comment, and a thumbnail
    img = _landscape(seed=2)
    exif = {
        "0th": {
            **base_exif["0th"],
            piexif.ImageIFD.Artist: b"Emma Sample",
            piexif.ImageIFD.Copyright: b"(c) Emma Sample",
        },
        "Exif": {
            **base_exif["Exif"],
            piexif.ExifIFD.CameraOwnerName: b"Emma Sample",
            piexif.ExifIFD.BodySerialNumber: b"LS0012345678",
            piexif.ExifIFD.UserComment: b"ASCII\x00\x00\x00call me on (217) 555-0134",
        },
        "1st": {piexif.ImageIFD.Compression: 6},
        "thumbnail": _thumb(img),
    }
    made["owner_serial_thumb.jpg"] = _jpeg(img, exif)

    # 3. the 0,0 placeholder some phones write when the app may not see the location
    exif = {
        **base_exif,
        "GPS": {
            piexif.GPSIFD.GPSLatitudeRef: b"N",
            piexif.GPSIFD.GPSLatitude: ((0, 1), (0, 1), (0, 1)),
            piexif.GPSIFD.GPSLongitudeRef: b"E",
            piexif.GPSIFD.GPSLongitude: ((0, 1), (0, 1), (0, 1)),
        },
    }
    made["zero_gps.jpg"] = _jpeg(_shapes(), exif)

    # 4. a portrait shot stored sideways (Orientation 6 = rotate 90 degrees clockwise to view)
    exif = {"0th": {**base_exif["0th"], piexif.ImageIFD.Orientation: 6}, "Exif": base_exif["Exif"]}
    upright = _landscape(w=200, h=320, seed=3)  # how the picture should look (portrait)
    made["portrait_orientation6.jpg"] = _jpeg(upright.rotate(90, expand=True), exif)  # stored sideways

    # 5. XMP + IPTC place names (and an XMP-only GPS pin)
    jpeg = _jpeg(_landscape(seed=4), base_exif)
    made["xmp_iptc_city.jpg"] = _insert_segments(
        jpeg,
        _app(0xE1, _xmp("Springfield", "Illinois", "USA", "Emma Sample")),
        _app(0xED, _iptc(city="Springfield", sublocation="Washington Park", country="USA", byline="Emma Sample")),
    )

    # 6. a PNG with a place in a text chunk
    png = io.BytesIO()
    info = PngImagePlugin.PngInfo()
    info.add_text("Location", "Riverside Park, Springfield")
    info.add_text("Author", "Emma Sample")
    _shapes().save(png, "PNG", pnginfo=info, optimize=True)
    made["location_text.png"] = png.getvalue()

    # 7. a WebP with EXIF GPS
    webp = io.BytesIO()
    _landscape(seed=5).save(webp, "WEBP", quality=70, exif=piexif.dump({**base_exif, "GPS": _gps(*PARK)}))
    made["gps.webp"] = webp.getvalue()

    # 8. a clean picture (nothing to find)
    made["clean.jpg"] = _jpeg(_shapes())

    # 9. what a photo shows: a chat screenshot with a phone number in a bubble (no metadata at all)
    made["chat_screenshot.png"] = _png(_chat([("them", "whats ur number"), ("me", "its 217 555 0134")]))

    # 10. a QR code on a card carrying a phone number (zxing-cpp writes it; leakscan reads it)
    made["qr_phone.png"] = _png(_qr("tel:+12175550134"))

    for name, data in made.items():
        (OUT / name).write_bytes(data)
    total = sum(len(d) for d in made.values())
    print(f"wrote {len(made)} files to {OUT} ({total:,} bytes)")


if __name__ == "__main__":
    main()
