"""ICC colour profiles: the texts they carry, read and blanked.

A clean copy keeps the ICC profile by default, so that the colours look the same; but a
profile is metadata like any other, and its text tags -- the description (``desc``), the
copyright (``cprt``), the device maker's and model's descriptions (``dmnd``/``dmdd``), the
viewing conditions (``vued``)... -- can hold a name or a phone number. :func:`parse` reads
every tag whose type is text (``desc`` textDescription, ``text``, ``mluc`` multi-localised
Unicode), named as ExifTool names them (``ProfileDescription``, ``ProfileCopyright``...);
:func:`blank` empties chosen ones in place, same length, so nothing else in the profile moves
and the colours stay exactly as they were (texts take no part in a colour transform).

Reading is bounded (tags, records, sizes). A profile that cannot be followed -- too short,
no ``acsp`` signature, a tag table or a text tag running past its end, more tags or records
than the bounds -- is reported in :attr:`IccData.incomplete`: what it holds was not checked,
and the photo must not read as safe. :func:`parse` never raises, whatever the bytes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from .base import StripOptions

#: The group findings and :class:`~leakscan.media.base.StripOptions` name the fields by
#: (``"ICC_Profile ProfileDescription"``).
GROUP = "ICC_Profile"
#: Text tags by signature, named as ExifTool names them.
TEXT_TAGS: dict[bytes, str] = {
    b"desc": "ProfileDescription",
    b"cprt": "ProfileCopyright",
    b"dmnd": "DeviceMfgDesc",
    b"dmdd": "DeviceModelDesc",
    b"vued": "ViewingCondDesc",
    b"scrd": "ScreeningDesc",
    b"targ": "CharTarget",
}
#: The tag types that hold text.
TEXT_TYPES = frozenset({b"desc", b"text", b"mluc"})
HEADER_SIZE = 128
#: Most tags read from one profile (real profiles have a few dozen).
MAX_TAGS = 4096
#: Most localised strings read from one ``mluc`` tag (Apple's generic profiles carry ~30).
MAX_RECORDS = 1024
#: Bytes of one text value decoded at most.
MAX_TEXT_BYTES = 64 * 1024
#: Where the profile ID (an MD5 of the profile) lives in the header; all zeros means "not computed".
PROFILE_ID = slice(84, 100)


@dataclass
class IccData:
    """What one profile's text tags hold."""

    #: ``(name, text)`` per text, in tag order; a tag with several texts (a ``desc``'s ASCII
    #: and Unicode forms, an ``mluc``'s languages) gives one per distinct text.
    texts: list[tuple[str, str]] = field(default_factory=list)
    #: Why the profile could not be fully read (no values in them).
    incomplete: list[str] = field(default_factory=list)
    #: Byte ranges of each named tag's text, for :func:`blank`.
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def _name(sig: bytes) -> str:
    known = TEXT_TAGS.get(sig)
    if known is not None:
        return known
    printable = sig.decode("latin-1") if all(0x20 < b < 0x7F for b in sig) else sig.hex()
    return f"Tag_{printable}"


def parse(profile: bytes) -> IccData:
    """The texts of an ICC profile, and why it could not be fully read (never raises)."""
    out = IccData()
    n = len(profile)
    if not profile.strip(b"\x00"):
        return out  # an empty profile (a colour box with nothing in it) holds nothing
    if n < HEADER_SIZE + 4 or profile[36:40] != b"acsp":
        out.incomplete.append("not a readable ICC profile (no header)")
        return out
    if struct.unpack_from(">I", profile, 0)[0] > n:
        out.incomplete.append("ICC profile cut short")
    count = struct.unpack_from(">I", profile, HEADER_SIZE)[0]
    if count > MAX_TAGS:
        out.incomplete.append(f"ICC profile with more than {MAX_TAGS} tags")
        return out
    if HEADER_SIZE + 4 + 12 * count > n:
        out.incomplete.append("ICC tag table runs past the end of the profile")
        count = (n - HEADER_SIZE - 4) // 12
    seen: set[tuple[str, str]] = set()
    for i in range(count):
        sig, off, size = struct.unpack_from(">4sII", profile, HEADER_SIZE + 4 + 12 * i)
        if off + 4 > n:
            if sig in TEXT_TAGS:
                out.incomplete.append("an ICC text tag lies past the end of the profile")
            continue
        kind = profile[off : off + 4]
        if kind not in TEXT_TYPES:
            continue
        end = off + size
        if end > n or size < 8:
            out.incomplete.append("an ICC text tag runs past the end of the profile")
            end = min(end, n)
        name = _name(sig)
        try:
            found = _texts(profile, kind, off, end)
        except _Broken as exc:
            out.incomplete.append(f"an ICC {kind.decode()} tag could not be read ({exc})")
            continue
        for start, stop, text in found:
            out.spans.setdefault(name, []).append((start, stop))
            text = text.strip("\x00 ")
            if text and (name, text) not in seen:
                seen.add((name, text))
                out.texts.append((name, text))
    return out


class _Broken(Exception):
    """A text tag whose structure does not fit inside it (the message names the part)."""


def _texts(p: bytes, kind: bytes, off: int, end: int) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of each text in one tag (``end``: the tag's end in ``p``)."""
    if kind == b"text":
        stop = min(end, off + 8 + MAX_TEXT_BYTES)
        return [(off + 8, stop, _ascii(p[off + 8 : stop]))]
    if kind == b"desc":
        return _desc(p, off, end)
    return _mluc(p, off, end)


def _need(p: bytes, at: int, size: int, end: int, what: str) -> None:
    if at + size > end or at + size > len(p):
        raise _Broken(f"{what} past the end of the tag")


def _ascii(raw: bytes) -> str:
    return raw.split(b"\x00", 1)[0].decode("latin-1")


def _desc(p: bytes, off: int, end: int) -> list[tuple[int, int, str]]:
    """ICC v2 textDescriptionType: an ASCII text, a Unicode (UTF-16BE) one, a Macintosh one."""
    out = []
    _need(p, off + 8, 4, end, "the ASCII count")
    count = struct.unpack_from(">I", p, off + 8)[0]
    at = off + 12
    if count > MAX_TEXT_BYTES:
        raise _Broken("an ASCII text too long")
    _need(p, at, count, end, "the ASCII text")
    out.append((at, at + count, _ascii(p[at : at + count])))
    at += count
    if at + 8 > end:
        return out  # writers often leave out the Unicode and Macintosh parts: nothing more to read
    ucount = struct.unpack_from(">I", p, at + 4)[0]
    at += 8
    if ucount > MAX_TEXT_BYTES // 2:
        raise _Broken("a Unicode text too long")
    _need(p, at, 2 * ucount, end, "the Unicode text")
    out.append((at, at + 2 * ucount, p[at : at + 2 * ucount].decode("utf-16-be", "replace").split("\x00", 1)[0]))
    at += 2 * ucount
    if at + 3 <= end:
        mac = min(p[at + 2], 67)
        stop = min(at + 3 + 67, end)
        out.append((at + 3, stop, p[at + 3 : min(at + 3 + mac, stop)].decode("mac_roman", "replace")))
    return out


def _mluc(p: bytes, off: int, end: int) -> list[tuple[int, int, str]]:
    """ICC v4 multiLocalizedUnicodeType: records (language, country, length, offset) of UTF-16BE texts."""
    _need(p, off + 8, 8, end, "the record count")
    n, size = struct.unpack_from(">II", p, off + 8)
    if n > MAX_RECORDS:
        raise _Broken(f"more than {MAX_RECORDS} records")
    if n and size < 12:
        raise _Broken("records too small")
    out = []
    for i in range(n):
        rec = off + 16 + i * size
        _need(p, rec, 12, end, "a record")
        length, start = struct.unpack_from(">II", p, rec + 4)
        if length > MAX_TEXT_BYTES:
            raise _Broken("a text too long")
        _need(p, off + start, length, end, "a text")
        raw = p[off + start : off + start + length]
        out.append((off + start, off + start + length, raw.decode("utf-16-be", "replace").split("\x00", 1)[0]))
    return out


def blank(profile: bytes, names: frozenset[str] | set[str]) -> tuple[bytes, list[str]]:
    """``profile`` with the texts of the tags ``names`` names (see :data:`TEXT_TAGS`) zeroed,
    same length, and the profile ID zeroed ("not computed": it was a digest of the old bytes);
    and the names that were blanked. Nothing else changes, so the colours are the same."""
    return _blanked(profile, parse(profile), names)


def _blanked(profile: bytes, data: IccData, names: frozenset[str] | set[str]) -> tuple[bytes, list[str]]:
    """:func:`blank` with ``data``, the profile already parsed."""
    hit = [name for name in data.spans if name in names]
    if not hit:
        return profile, []
    buf = bytearray(profile)
    for name in hit:
        for start, stop in data.spans[name]:
            buf[start:stop] = bytes(stop - start)
    buf[PROFILE_ID] = bytes(PROFILE_ID.stop - PROFILE_ID.start)
    return bytes(buf), hit


def clean(profile: bytes, options: StripOptions) -> tuple[bytes | None, list[str]]:
    """What a strip that keeps the profile puts in the copy: the profile with the texts
    ``options`` names blanked (its ``drop_texts`` in :data:`GROUP`), or None when the profile
    cannot be read to the end -- what it holds could not be checked, so it is left out; and
    what went, for ``Stripped.removed`` (no values in it)."""
    names = options.drops_in(GROUP)
    data = parse(profile)  # once: read to the end, then the same reading blanks the texts
    if data.incomplete:
        return None, ["ICC profile (could not be read to the end)"]
    out, hit = _blanked(profile, data, names) if names else (profile, [])
    return out, [f"ICC profile text ({name})" for name in hit]


__all__ = ["GROUP", "TEXT_TAGS", "IccData", "blank", "clean", "parse"]
