"""ICC colour profiles: their texts read as ExifTool reads them, scanned, and blanked in a clean copy.

A clean copy keeps the ICC profile (the colours look the same), so a name or a phone number in
its description or copyright would go out with it. ExifTool is the oracle for what a profile
holds before and after; LittleCMS (Pillow's ImageCms) for the colours staying the same.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
import shapes_containers as shapes
from conftest import CORPUS, needs_corpus, needs_exiftool
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageCms

from leakscan.errors import LeakscanError
from leakscan.findings import Kind
from leakscan.media import icc
from leakscan.media.base import StripOptions
from leakscan.photos import read_image, scan_image
from leakscan.redact.image import clean_image_bytes, redact_image_file
from leakscan.settings import Settings

ICC_SHAPES = {s.name: s for s in shapes.icc_shapes()}
PHOTOS = CORPUS / "photos"
#: ExifTool's names for the text tags leakscan reads (``ProfileDescription-de-DE`` and the like too).
TEXT_NAMES = tuple(icc.TEXT_TAGS.values())
#: The photo's metadata alone (``--no-pixels``): what a picture shows is not in its profile.
METADATA = Settings(pixels=False)


def _file(shape: shapes.Shape) -> str:
    return f"{shape.name}.{shape.ext}"


def _profile(data: bytes) -> bytes | None:
    """The ICC profile of a picture as Pillow reads it (GIF's as leakscan's reader hands it over:
    Pillow does not read it)."""
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # pragma: no cover
        pass
    if data.startswith(b"GIF8"):
        icc_blocks = read_image(data)[1].icc
        return icc_blocks[0][1] if icc_blocks else None
    with Image.open(io.BytesIO(data)) as im:
        return im.info.get("icc_profile")


def _exiftool_texts(record: dict) -> set[str]:
    """The ICC texts in one ExifTool record."""
    return {
        str(v).strip()
        for k, v in record.items()
        if k.startswith("ICC_Profile") and k.split(":", 1)[1].startswith(TEXT_NAMES) and str(v).strip()
    }


def _write(folder: Path, items: dict[str, bytes]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in items.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in items]


def _corpus_with_icc() -> list[Path]:
    if not PHOTOS.is_dir():
        return []
    return sorted(
        p for p in PHOTOS.rglob("*") if p.is_file() and "malformed" not in p.parts and b"acsp" in p.read_bytes()
    )


# -- reading -----------------------------------------------------------------------------------------


@needs_exiftool
def test_the_texts_read_are_the_texts_exiftool_reads(tmp_path: Path) -> None:
    """Every shape's profile and every profile of the real corpus: the same texts as ExifTool."""
    files = {_file(s): s.data for s in ICC_SHAPES.values()}
    paths = _write(tmp_path, files) + _corpus_with_icc()
    oracle = shapes.exiftool(paths)
    compared = 0
    for path in paths:
        profile = _profile(path.read_bytes())
        if not profile:
            continue
        assert icc.parse(profile).incomplete == [], path.name
        assert {text for _name, text in icc.parse(profile).texts} == _exiftool_texts(oracle[path.name]), path.name
        compared += 1
    assert compared >= len(files)


@pytest.mark.parametrize(
    ("what", "edit"),
    [
        ("too short", lambda p: p[:100]),
        ("no acsp signature", lambda p: p[:36] + b"xxxx" + p[40:]),
        ("cut short", lambda p: p[: len(p) - 40]),
        ("too many tags", lambda p: p[:128] + struct.pack(">I", 1_000_000) + p[132:]),
        ("tag table past the end", lambda p: p[:128] + struct.pack(">I", 5_000) + p[132:]),
        ("desc count past the end", lambda p: p.replace(b"desc\x00\x00\x00\x00\x00\x00\x00", b"desc\x00\x00\x00\x00\x00\xff\xff", 1)),
    ],
)  # fmt: skip
def test_a_profile_that_cannot_be_followed_is_incomplete(what: str, edit) -> None:
    profile = shapes._owner_icc()
    assert icc.parse(profile).incomplete == []
    assert icc.parse(edit(profile)).incomplete, what


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_parse_and_blank_never_raise(data: st.DataObject) -> None:
    profile = bytearray(shapes._owner_icc(dmdd=shapes.icc_mluc("a", "b")))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(profile) - 1))
        profile[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(profile)))
    result = icc.parse(bytes(profile[:cut]))
    assert all(isinstance(t, str) for _n, t in result.texts)
    out, _names = icc.blank(bytes(profile[:cut]), {"ProfileDescription", "DeviceModelDesc"})
    assert len(out) == cut


# -- blanking ---------------------------------------------------------------------------------------


def _transform(profile: bytes) -> bytes:
    """An image's pixels turned from ``profile`` into Lab by LittleCMS."""
    im = Image.linear_gradient("L").resize((64, 64)).convert("RGB")
    src = ImageCms.ImageCmsProfile(io.BytesIO(profile))
    lab = ImageCms.createProfile("LAB")
    return ImageCms.profileToProfile(im, src, lab, outputMode="LAB").tobytes()


@pytest.mark.parametrize("name", ["jpeg-icc-v2", "jpeg-icc-v4-mluc", "jpeg-icc-device-texts"])
def test_blanking_keeps_the_colours_and_every_other_byte(name: str) -> None:
    profile = _profile(ICC_SHAPES[name].data)
    names = {n for n, _t in icc.parse(profile).texts}
    out, blanked = icc.blank(profile, names)
    assert set(blanked) == names and len(out) == len(profile)
    assert icc.parse(out).texts == [] and icc.parse(out).incomplete == []
    spans = [s for n in names for s in icc.parse(profile).spans[n]]
    changed = [i for i in range(len(profile)) if out[i] != profile[i]]
    assert all(84 <= i < 100 or any(a <= i < b for a, b in spans) for i in changed)
    assert _transform(out) == _transform(profile)


# -- scanning and clean copies ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ICC_SHAPES))
def test_the_owner_and_a_phone_number_in_a_profile_are_found(name: str) -> None:
    result = scan_image(ICC_SHAPES[name].data, METADATA)
    assert result.checked
    found = {(f.kind, f.field) for f in result.findings}
    assert (Kind.PHONE, "ICC_Profile ProfileDescription") in found or (
        Kind.PHONE,
        "ICC_Profile DeviceModelDesc",
    ) in found
    assert (Kind.OWNER, "ICC_Profile ProfileCopyright") in found


@needs_exiftool
def test_a_clean_copy_keeps_the_profile_but_not_its_texts_that_give_someone_away(tmp_path: Path) -> None:
    """Full copies (and in place): ExifTool reads the profile but neither the owner nor the
    phone number; the pictures and the colours are the same. Only-GPS copies keep the texts
    and say so when scanned (what ``still_holds`` lists)."""
    full, gps, in_place = {}, {}, {}
    for shape in ICC_SHAPES.values():
        clean = clean_image_bytes(shape.data, settings=METADATA)
        assert clean.lossless is True and any("ICC" in r for r in clean.removed), shape.name
        full[_file(shape)] = clean.data
        gps[_file(shape)] = clean_image_bytes(shape.data, StripOptions(only_gps=True), METADATA).data
        (tmp_path / "place").mkdir(exist_ok=True)
        target = tmp_path / "place" / _file(shape)
        target.write_bytes(shape.data)
        redact_image_file(target, None, settings=METADATA)
        in_place[_file(shape)] = target.read_bytes()
    problems = []
    for label, copies in (("full", full), ("in place", in_place)):
        oracle = shapes.exiftool(_write(tmp_path / label.replace(" ", "-"), copies))
        for name, rec in oracle.items():
            values = " | ".join(str(v) for k, v in rec.items() if not k.startswith(("SourceFile", "System", "File")))
            if shapes.OWNER in values or shapes.PHONE in values:
                problems.append(f"{label} {name}: still holds the owner or the phone number")
            if "ICC-header:ColorSpaceData" not in rec:
                problems.append(f"{label} {name}: the profile was lost")
    for name, data in gps.items():
        if shapes.PHONE.encode() in data and Kind.PHONE not in scan_image(data, METADATA).kinds:
            problems.append(f"only-GPS {name}: holds the phone number and does not say so")
    assert not problems, "\n".join(problems)
    for shape in ICC_SHAPES.values():
        copy = full[_file(shape)]
        assert _transform(_profile(copy)) == _transform(_profile(shape.data)), shape.name


@needs_corpus
def test_the_corpus_profiles_give_no_finding_and_stay_as_they_are(tmp_path: Path) -> None:
    """Real profiles (sRGB, Display P3, Adobe RGB, Apple's generic profile in 28 languages...):
    nothing to report in them, and a clean copy keeps each one byte for byte.

    The metadata alone is read (what the pictures show is not about their profiles: reading
    it took 97% of this test's time); the test below keeps the profile of a covered copy."""
    paths = _corpus_with_icc()
    assert len(paths) >= 15
    for path in paths:
        result = scan_image(path, METADATA)
        assert not [f for f in result.findings if (f.field or "").startswith(icc.GROUP)], path.name
        try:
            clean = clean_image_bytes(path.read_bytes(), settings=METADATA, findings=result.findings)
        except LeakscanError:  # a copy refused for another reason is not about the profile
            continue
        assert _profile(clean.data) == _profile(path.read_bytes()), path.name


@needs_corpus
def test_a_copy_whose_picture_is_covered_keeps_the_profile() -> None:
    """What the picture shows is covered and the copy re-encoded: its colours still need the profile."""
    path = PHOTOS / "camera" / "exifpy__no_exif.jpg"  # a real profile, and text in the picture
    result = scan_image(path, Settings())
    clean = clean_image_bytes(path.read_bytes(), findings=result.findings)
    assert clean.covered and not clean.lossless
    assert _profile(clean.data) == _profile(path.read_bytes()) is not None


def test_a_profile_leakscan_cannot_read_leaves_the_photo_not_fully_checked() -> None:
    broken = shapes._owner_icc()[:-60]  # the copyright's text cut off
    result = scan_image(shapes._picture("PNG", broken), METADATA)
    assert not result.checked and "ICC" in (result.error or "")
    assert shapes.OWNER not in (result.error or "") and shapes.PHONE not in (result.error or "")
