"""Small pictures the pixel tests draw with Pillow: rendered text, a chat screenshot, QR codes.

Everything is synthetic (no real child, number or address) and small, so real OCR on it
stays quick. Text is drawn with Pillow's built-in scalable font (no font file needed).
"""

from __future__ import annotations

import io

import segno
from PIL import Image, ImageDraw, ImageFont

#: Where :func:`text_picture` starts its first line, and how tall the font is.
LEFT, TOP, FONT_PX = 30, 30, 30


def encode(image: Image.Image, fmt: str = "PNG", **params: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **params)
    return buf.getvalue()


def text_picture(*lines: str, size: tuple[int, int] | None = None, font_px: int = FONT_PX) -> Image.Image:
    """Black ``lines`` on white, one under the other, like a sign or a note."""
    font = ImageFont.load_default(size=font_px)
    width = max(int(font.getlength(line)) for line in lines) + 2 * LEFT
    height = int(len(lines) * font_px * 1.4) + 2 * TOP
    image = Image.new("RGB", size or (max(width, 320), max(height, 100)), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((LEFT, TOP + int(i * font_px * 1.4)), line, fill="black", font=font)
    return image


def text_png(*lines: str, **kw: object) -> bytes:
    return encode(text_picture(*lines, **kw))  # type: ignore[arg-type]


def chat_screenshot(messages: list[tuple[str, str]], width: int = 420) -> Image.Image:
    """A phone chat: a header bar, then bubbles (``("them"|"me", text)``), theirs grey on the
    left, the child's blue on the right, as messaging apps draw them."""
    font = ImageFont.load_default(size=22)
    image = Image.new("RGB", (width, 90 + 62 * len(messages)), (245, 245, 245))
    draw = ImageDraw.Draw(image)
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
    return image


def qr_picture(payload: str, scale: int = 6, margin: int = 80) -> Image.Image:
    """A QR code (segno) carrying ``payload``, on a white card with room around it."""
    qr = segno.make(payload, error="m")
    code = Image.open(io.BytesIO(_png(qr, scale))).convert("RGB")
    card = Image.new("RGB", (code.width + 2 * margin, code.height + 2 * margin), "white")
    card.paste(code, (margin, margin))
    return card


def _png(qr: segno.QRCode, scale: int) -> bytes:
    buf = io.BytesIO()
    qr.save(buf, kind="png", scale=scale, border=4)
    return buf.getvalue()
