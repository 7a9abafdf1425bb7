"""HEIF/AVIF and QuickTime/MP4: items and atoms found, overwritten in place, nothing moved."""

from __future__ import annotations

import io
import struct

import piexif
import pytest
import shapes_containers as shapes
from conftest import CORPUS, SAMPLES, needs_corpus
from PIL import Image, ImageCms
from test_media_png import XMP, exif_bytes

from leakscan.errors import InputError
from leakscan.media.base import StripOptions
from leakscan.media.bmff import Walk
from leakscan.media.heif import AvifHandler, HeifHandler, heif_items
from leakscan.media.quicktime import QuickTimeHandler
from leakscan.scanners.photo_fields import iso6709

pillow_heif = pytest.importorskip("pillow_heif")
pillow_heif.register_heif_opener()

HEIF, AVIF, QT = HeifHandler(), AvifHandler(), QuickTimeHandler()
PHOTOS = CORPUS / "photos"


def box(btype: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I", 8 + len(payload)) + btype + payload


def full(btype: bytes, payload: bytes, version: int = 0) -> bytes:
    return box(btype, bytes([version, 0, 0, 0]) + payload)


def heif_pixels(data: bytes) -> list[bytes]:
    """Decoded pixels of every top-level image."""
    return [bytes(im.data) for im in pillow_heif.open_heif(io.BytesIO(data), convert_hdr_to_8bit=False)]


def can_encode_heif() -> bool:
    return bool(pillow_heif.libheif_info().get("HEIF"))


needs_heif_encoder = pytest.mark.skipif(not can_encode_heif(), reason="libheif has no HEVC encoder here")


def make_heic(*, orientation: int = 1, icc: bool = False) -> bytes:
    im = Image.new("RGB", (64, 48), (10, 120, 30))
    kwargs = {"exif": exif_bytes(orientation), "xmp": XMP, "quality": 90}
    if icc:
        kwargs["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    im.save(buf, "HEIF", **kwargs)
    return buf.getvalue()


def metadata_items(data: bytes) -> list:
    """The Exif/XMP items of a HEIF file, as the handler locates them."""
    _, metas = heif_items(Walk(data, strict=True))
    return [i for meta in metas for i in meta.items.values() if i.is_metadata]


def changed_outside_items(before: bytes, after: bytes) -> list[int]:
    """Offsets of changed bytes that are not inside an Exif/XMP item (should be none)."""
    inside = [(s, s + n) for item in metadata_items(before) for s, n in item.extents]
    return [
        i
        for i, (a, b) in enumerate(zip(before, after, strict=True))
        if a != b and not any(s <= i < e for s, e in inside)
    ][:10]


def tiff_content(tiff: bytes) -> bytes:
    return tiff.rstrip(b"\x00")


# -- HEIF -------------------------------------------------------------------------------------


def test_sniff_by_brand() -> None:
    heic = box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic")
    avif = box(b"ftyp", b"avif\x00\x00\x00\x00mif1avif")
    mov = box(b"ftyp", b"qt  \x00\x00\x00\x00qt  ")
    assert HEIF.sniff(heic) and not AVIF.sniff(heic) and not QT.sniff(heic)
    assert AVIF.sniff(avif) and not HEIF.sniff(avif) and not QT.sniff(avif)
    assert QT.sniff(mov) and not HEIF.sniff(mov)
    assert QT.sniff(box(b"moov", bytes(8)))


@needs_heif_encoder
def test_heic_read_and_strip_in_place() -> None:
    data = make_heic(orientation=6)
    meta = HEIF.read(data)
    assert [w.split()[-1] for w, _ in meta.exif] == ["Exif"] and [w.split()[-1] for w, _ in meta.xmp] == ["XMP"]
    assert piexif.load(meta.exif[0][1])["GPS"]
    out = HEIF.strip(data, StripOptions())
    assert len(out.data) == len(data) and out.lossless and set(out.removed) == {"Exif", "XMP"}
    assert heif_pixels(out.data) == heif_pixels(data)
    after = HEIF.read(out.data)
    exif = piexif.load(after.exif[0][1])
    assert exif["0th"] == {piexif.ImageIFD.Orientation: 6} and not exif["GPS"]
    assert b"GPS" not in after.xmp[0][1] and b"Springfield" not in after.xmp[0][1]
    assert after.xmp[0][1].strip().endswith(b'<?xpacket end="w"?>')
    assert changed_outside_items(data, out.data) == []  # only the item payloads changed


@needs_heif_encoder
def test_heic_only_gps_keeps_camera() -> None:
    data = make_heic()
    out = HEIF.strip(data, StripOptions(only_gps=True))
    exif = piexif.load(HEIF.read(out.data).exif[0][1])
    assert exif["0th"][piexif.ImageIFD.Make] == b"TestMake" and not exif["GPS"]
    assert heif_pixels(out.data) == heif_pixels(data)


@needs_heif_encoder
def test_heic_icc_kept_or_dropped() -> None:
    data = make_heic(icc=True)
    kept = HEIF.strip(data, StripOptions())
    assert pillow_heif.open_heif(io.BytesIO(kept.data)).info.get("icc_profile")
    dropped = HEIF.strip(data, StripOptions(keep_icc=False))
    assert "ICC profile" in dropped.removed and len(dropped.data) == len(data)
    assert not pillow_heif.open_heif(io.BytesIO(dropped.data)).info.get("icc_profile")
    assert heif_pixels(dropped.data)  # still decodes


@needs_corpus
@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in (PHOTOS / "camera").glob("*") if p.suffix.lower() in (".heic", ".heif", ".avif")),
)
def test_corpus_heif_strip_pixel_identical(name: str) -> None:
    data = (PHOTOS / "camera" / name).read_bytes()
    handler = AVIF if name.endswith(".avif") else HEIF
    assert handler.sniff(data[:64])
    before = handler.read(data)
    out = handler.strip(data, StripOptions())
    assert len(out.data) == len(data)
    if handler is HEIF:  # this libheif build has no AV1 decoder
        assert heif_pixels(out.data) == heif_pixels(data)
    assert changed_outside_items(data, out.data) == []
    after = handler.read(out.data)
    assert len(after.exif) == len(before.exif)
    assert all(len(tiff_content(t)) <= 26 for _, t in after.exif)  # header + at most Orientation
    assert all(b"<rdf:" not in x for _, x in after.xmp)


@needs_corpus
def test_second_top_level_image_exif_is_cleaned() -> None:
    data = (PHOTOS / "camera" / "pheif__empty_icc.heic").read_bytes()
    before = HEIF.read(data)
    assert len(before.exif) == 2 and all(piexif.load(t)["GPS"] for _, t in before.exif)
    for options in (StripOptions(), StripOptions(only_gps=True)):
        after = HEIF.read(HEIF.strip(data, options).data)
        assert len(after.exif) == 2 and not any(piexif.load(t)["GPS"] for _, t in after.exif)


@needs_corpus
def test_exif_at_end_of_file_is_cleaned() -> None:
    data = (PHOTOS / "camera" / "mei__exif-at-eof.heic").read_bytes()
    exif_item = next(i for i in metadata_items(data) if i.is_exif)
    assert exif_item.extents[0][0] > len(data) * 0.9
    out = HEIF.strip(data, StripOptions())
    assert not piexif.load(HEIF.read(out.data).exif[0][1])["GPS"]


def heif_file(iloc_payload: bytes, *, iinf_items: bytes = b"", extra: bytes = b"") -> bytes:
    meta = full(b"meta", full(b"hdlr", bytes(4) + b"pict" + bytes(13)) + iinf_items + box(b"iloc", iloc_payload))
    return box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic") + meta + extra


def exif_infe(item_id: int) -> bytes:
    return full(b"iinf", struct.pack(">H", 1) + full(b"infe", struct.pack(">HH", item_id, 0) + b"Exif\x00", 2))


def iloc_v0(item_id: int, offset: int, length: int) -> bytes:
    return bytes(4) + bytes([0x44, 0x00]) + struct.pack(">HHHHII", 1, item_id, 0, 1, offset, length)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(heif_file(iloc_v0(1, 10_000_000, 100), iinf_items=exif_infe(1)), id="extent-past-eof"),
        pytest.param(heif_file(bytes(4) + bytes([0x33, 0x00]) + b"\x00\x01", iinf_items=exif_infe(1)), id="bad-sizes"),
        pytest.param(
            box(b"ftyp", b"heic\x00\x00\x00\x00mif1") + struct.pack(">I", 0x7FFFFFFF) + b"meta", id="huge-box"
        ),
        pytest.param(
            box(b"ftyp", b"heic\x00\x00\x00\x00mif1") + struct.pack(">I", 1) + b"meta" + struct.pack(">Q", 2**63),
            id="huge-64bit-box",
        ),
        pytest.param(box(b"ftyp", b"heic\x00\x00\x00\x00mif1") + b"\x00\x00\x00\x05", id="truncated-header"),
    ],
)
def test_hostile_heif(data: bytes) -> None:
    with pytest.raises(InputError):
        HEIF.strip(data, StripOptions())
    meta = HEIF.read(data)  # lenient: no exception, and never "fully checked"
    assert meta.incomplete and not meta.exif


def test_many_items_sharing_the_same_bytes_are_bounded() -> None:
    """300 Exif items all pointing at one 1 MB extent: refused, not copied 300 times."""
    n = 300
    infes = b"".join(full(b"infe", struct.pack(">HH", i, 0) + b"Exif\x00", 2) for i in range(1, n + 1))
    iinf = full(b"iinf", struct.pack(">H", n) + infes)
    body = bytes(4) + b"II*\x00\x08\x00\x00\x00" + bytes(1024 * 1024)
    head_len = 24 + 12 + 33 + len(iinf) + 8 + 8 + n * 14  # ftyp + meta/hdlr + iinf + iloc header + items
    mdat_off = head_len + 8
    iloc = bytes(4) + bytes([0x44, 0x00]) + struct.pack(">H", n)
    iloc += b"".join(struct.pack(">HHHII", i, 0, 1, mdat_off, len(body)) for i in range(1, n + 1))
    data = heif_file(iloc, iinf_items=iinf) + box(b"mdat", body)
    assert data.index(b"mdat") == mdat_off - 4
    with pytest.raises(InputError, match="too many or too large"):
        HEIF.strip(data, StripOptions())
    meta = HEIF.read(data)
    assert 0 < len(meta.exif) <= 128 and any("too many" in w for w in meta.incomplete)


def test_too_many_boxes() -> None:
    data = box(b"ftyp", b"heic\x00\x00\x00\x00mif1") + box(b"free") * 250_000
    with pytest.raises(InputError, match="too many boxes"):
        HEIF.strip(data, StripOptions())


# -- QuickTime --------------------------------------------------------------------------------


def qt_text(text: str) -> bytes:
    raw = text.encode()
    return struct.pack(">HH", len(raw), 0x15C7) + raw


def data_box(text: str) -> bytes:
    return box(b"data", struct.pack(">II", 1, 0) + text.encode())


def make_mov(*, nested: int = 0) -> bytes:
    """A movie with udta ©xyz/©mak/©nam, Apple keys (location, model) and times in mvhd."""
    mvhd = full(b"mvhd", struct.pack(">III", 3_600_000_000, 3_600_000_100, 600) + bytes(84))
    udta = box(b"udta", box(b"\xa9xyz", qt_text("+40.7000-074.0000/")) + box(b"\xa9mak", qt_text("TestMake")))
    udta += b""
    keys = [b"com.apple.quicktime.location.ISO6709", b"com.apple.quicktime.model", b"com.apple.quicktime.title"]
    keys_box = full(b"keys", struct.pack(">I", len(keys)) + b"".join(box(b"mdta", k)[:4] + b"mdta" + k for k in keys))
    ilst = box(
        b"ilst",
        box(struct.pack(">I", 1), data_box("+40.7000-074.0000+010.000/"))
        + box(struct.pack(">I", 2), data_box("TestPhone"))
        + box(struct.pack(">I", 3), data_box("party at the park")),
    )
    meta = box(b"meta", full(b"hdlr", bytes(4) + b"mdta" + bytes(13)) + keys_box + ilst)
    trak = box(b"trak", full(b"tkhd", struct.pack(">III", 3_600_000_000, 3_600_000_000, 1) + bytes(72)))
    inner = mvhd + trak + udta + meta
    for _ in range(nested):
        inner = box(b"trak", inner)
    return box(b"ftyp", b"qt  \x00\x00\x00\x00qt  ") + box(b"moov", inner) + box(b"mdat", b"\x01\x02\x03\x04" * 8)


def test_mov_read() -> None:
    meta = QT.read(make_mov())
    fields = {(g, n): v for g, n, v in meta.fields}
    assert fields[("QuickTime", "GPSCoordinates")] in ("+40.7000-074.0000/", "+40.7000-074.0000+010.000/")
    assert [v for g, n, v in meta.fields if n == "GPSCoordinates"] == [
        "+40.7000-074.0000/",
        "+40.7000-074.0000+010.000/",
    ]
    assert fields[("QuickTime", "Make")] == "TestMake" and fields[("QuickTime", "Model")] == "TestPhone"
    assert fields[("QuickTime", "CreateDate")].startswith("2018:")
    assert ("Title", "party at the park") in meta.texts


def test_mov_strip_in_place() -> None:
    data = make_mov()
    out = QT.strip(data, StripOptions())
    assert len(out.data) == len(data) and out.lossless
    assert out.data.endswith(box(b"mdat", b"\x01\x02\x03\x04" * 8))
    meta = QT.read(out.data)
    assert not meta.fields and not meta.texts
    for value in (b"+40.7000", b"TestMake", b"TestPhone", b"party"):
        assert value not in out.data


def test_mov_only_gps_keeps_device() -> None:
    out = QT.strip(make_mov(), StripOptions(only_gps=True))
    assert len(out.data) == len(make_mov()) and b"+40.7000" not in out.data
    names = {n for _, n, _ in QT.read(out.data).fields}
    assert "GPSCoordinates" not in names and {"Make", "Model", "CreateDate"} <= names


def test_3gpp_loci_location() -> None:
    loci = full(
        b"loci",
        struct.pack(">H", 0x15C7) + b"Home\x00\x00" + struct.pack(">iii", int(-74.0 * 65536), int(40.7 * 65536), 0),
    )
    mp4 = box(b"ftyp", b"mp42\x00\x00\x00\x00isom") + box(b"moov", box(b"udta", loci)) + box(b"mdat", bytes(8))
    (place, (group, name, (lat, lon))) = QT.read(mp4).fields
    assert place == ("QuickTime", "LocationName", "Home")
    assert (group, name) == ("QuickTime", "GPSPosition") and lat == pytest.approx(40.7, abs=1e-4) and lon == -74.0
    out = QT.strip(mp4, StripOptions(only_gps=True))
    assert set(out.removed) == {"LocationName", "GPSPosition"} and len(out.data) == len(mp4)
    assert not QT.read(out.data).fields


def test_mov_nesting_is_bounded() -> None:
    data = make_mov(nested=40)
    with pytest.raises(InputError, match="too deep"):
        QT.strip(data, StripOptions())
    assert any("too deep" in w for w in QT.read(data).incomplete)


@needs_corpus
@pytest.mark.parametrize("name", ["mei__with-gps.mov", "mei__with-gps.mp4"])
def test_corpus_videos(name: str) -> None:
    data = (PHOTOS / "video" / name).read_bytes()
    assert any(n == "GPSCoordinates" and iso6709(v) for _, n, v in QT.read(data).fields)
    for options in (StripOptions(), StripOptions(only_gps=True)):
        out = QT.strip(data, options)
        assert len(out.data) == len(data)
        assert not any(n == "GPSCoordinates" for _, n, _ in QT.read(out.data).fields)


# -- timed metadata tracks ------------------------------------------------------------------------

HARMLESS_MEBX = (
    b"meta",
    b"mebx",
    [shapes.mebx_sample("1")],
    shapes.mebx_entry("com.apple.quicktime.video-orientation"),
)
TRACKS = {
    "camm-gps": (b"camm", b"camm", [shapes.camm_gps()] * 3, b""),
    "gopro-gpmd": (b"meta", b"gpmd", [b"DEVC\x00\x01\x00\x04GPS5"], b""),
    "subtitles": (b"sbtl", b"tx3g", [b"\x00\x05hello"], b""),
    "mebx-location": shapes.MEBX_LOCATION,
}


@pytest.mark.parametrize("name", sorted(TRACKS))
def test_a_timed_metadata_track_leakscan_cannot_read_is_incomplete_and_stripped(name: str) -> None:
    data = shapes.movie_with_tracks([shapes.VIDEO_TRACK, TRACKS[name]])
    assert any("timed metadata track" in r for r in QT.read(data).incomplete)
    samples = TRACKS[name][2]
    for options in shapes.strip_options():
        out = QT.strip(data, options)
        assert len(out.data) == len(data) and "timed metadata track" in out.removed
        assert QT.read(out.data).incomplete == []  # the track is a free box now
        assert not any(s in out.data for s in samples)  # its samples are zeros
        assert QT.pixel_parts(out.data) == QT.pixel_parts(data)  # the video is untouched


@pytest.mark.parametrize(
    "extra",
    [pytest.param([], id="video-only"), pytest.param([HARMLESS_MEBX], id="mebx-orientation")],
)
def test_tracks_leakscan_understands_read_complete(extra) -> None:
    data = shapes.movie_with_tracks([shapes.VIDEO_TRACK, *extra])
    assert QT.read(data).incomplete == []
    assert "timed metadata track" not in QT.strip(data, StripOptions()).removed


@needs_corpus
def test_an_iphone_movie_with_face_and_orientation_metadata_reads_complete() -> None:
    data = (PHOTOS / "video" / "mei__with-gps.mov").read_bytes()
    meta = QT.read(data)
    assert meta.incomplete == [] and any(n == "GPSCoordinates" for _, n, _ in meta.fields)


def test_a_fragmented_movie_with_a_metadata_track_is_not_stripped() -> None:
    """Its samples are described in moof boxes, which the strip does not rewrite: no copy."""
    stsd = full(b"stsd", struct.pack(">I", 1) + box(b"camm", bytes(8)))
    trak = box(b"trak", box(b"mdia", full(b"hdlr", bytes(4) + b"camm" + bytes(13)) + box(b"minf", box(b"stbl", stsd))))
    moof = box(b"moof", full(b"mfhd", struct.pack(">I", 1)))
    data = box(b"ftyp", b"isom\x00\x00\x00\x00isom") + box(b"moov", trak) + moof + box(b"mdat", shapes.camm_gps())
    assert QT.read(data).incomplete
    with pytest.raises(InputError, match="fragmented"):
        QT.strip(data, StripOptions())


# -- pixel parts ----------------------------------------------------------------------------------

HEIF_FILES = shapes.photo_files([SAMPLES / "photos", CORPUS / "photos"], "HEIF")
AVIF_FILES = shapes.photo_files([SAMPLES / "photos", CORPUS / "photos"], "AVIF")
MOVIE_FILES = shapes.photo_files([SAMPLES / "photos", CORPUS / "photos"], "QUICKTIME")


@pytest.mark.parametrize(
    ("handler", "path"),
    [(HEIF, p) for p in HEIF_FILES] + [(AVIF, p) for p in AVIF_FILES] + [(QT, p) for p in MOVIE_FILES],
    ids=[p.name for p in HEIF_FILES + AVIF_FILES + MOVIE_FILES],
)
def test_pixel_parts_survive_every_strip(handler, path) -> None:
    assert shapes.parts_changed_by_strips(handler, path.read_bytes()) == []


@pytest.mark.parametrize(
    "name", ["exif", "exif-in-second-meta", "xmp-in-second-meta", "top-level-xmp-uuid", "xmp-plain"]
)
def test_pixel_parts_survive_every_strip_of_hostile_heifs(name: str) -> None:
    shape = next(s for s in shapes.shapes() if s.name == f"heif-{name}")
    assert shapes.parts_changed_by_strips(HEIF, shape.data) == []


def _image_item(data: bytes):
    """The primary image item of a HEIF (its data in mdat)."""
    _, metas = heif_items(Walk(data, strict=True))
    return next(i for meta in metas for i in meta.items.values() if not i.is_metadata and i.type == "hvc1")


@needs_heif_encoder
@pytest.mark.parametrize(
    ("where", "changes"),
    [
        pytest.param(lambda d: sum(_image_item(d).extents[0]) - 5, True, id="image-data"),
        pytest.param(lambda d: d.index(b"ispe") + 8, True, id="image-size"),
        pytest.param(lambda d: d.index(b"hvcC") + 10, True, id="codec-configuration"),
        pytest.param(lambda d: d.index(b"pitm") + 9, True, id="primary-item"),
        pytest.param(lambda d: next(i for i in metadata_items(d) if i.is_exif).extents[0][0] + 40, False, id="exif"),
        pytest.param(lambda d: d.index(b"<rdf:RDF") + 20, False, id="xmp"),
        pytest.param(lambda d: d.index(b"prof") + 60, False, id="icc-profile"),
    ],
)
def test_heif_pixel_parts_see_a_flipped_picture_byte(where, changes: bool) -> None:
    data = make_heic(icc=True)
    assert (HEIF.pixel_parts(shapes.flipped(data, where(data))) != HEIF.pixel_parts(data)) is changes


def _movie() -> bytes:
    return shapes.movie_with_tracks([shapes.VIDEO_TRACK, HARMLESS_MEBX, TRACKS["camm-gps"]])


@pytest.mark.parametrize(
    ("where", "changes"),
    [
        pytest.param(lambda d: d.index(b"frame") + 2, True, id="video-sample"),
        pytest.param(lambda d: d.index(b"avc1") + 7, True, id="sample-description"),
        pytest.param(lambda d: d.index(b"stsz") + 19, True, id="sample-size"),
        pytest.param(lambda d: d.index(b"tkhd") + 80, True, id="track-size"),
        pytest.param(lambda d: d.index(b"mdhd") + 16, True, id="time-scale"),
        pytest.param(lambda d: d.index(b"mvhd") + 8, False, id="movie-creation-time"),
        pytest.param(lambda d: d.index(b"tkhd") + 8, False, id="track-creation-time"),
        pytest.param(lambda d: d.rindex(shapes.camm_gps()) + 8, False, id="camm-sample"),
    ],
)
def test_movie_pixel_parts_see_a_flipped_picture_byte(where, changes: bool) -> None:
    data = _movie()
    assert (QT.pixel_parts(shapes.flipped(data, where(data))) != QT.pixel_parts(data)) is changes


def test_movie_pixel_parts_refuse_tables_pointing_outside_the_file() -> None:
    data = shapes.movie_with_tracks([shapes.VIDEO_TRACK])
    stco = data.index(b"stco") + 12
    broken = data[:stco] + struct.pack(">I", len(data) + 10) + data[stco + 4 :]
    with pytest.raises(InputError):
        QT.pixel_parts(broken)
