"""Photo metadata: findings on the real photo corpus and the synthetic samples, the scan API,
bad input, and lossless JPEG/TIFF stripping checked with Pillow and ExifTool."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import piexif
import pytest
from conftest import CORPUS, SAMPLES, needs_corpus, needs_exiftool
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageCms

from leakscan.errors import InputError, UnsupportedFormatError
from leakscan.findings import Kind, ScanResult, Verdict
from leakscan.media import handler_for_format, sniff
from leakscan.media.base import StripOptions
from leakscan.photos import detect_image, read_image, scan_image
from leakscan.scanners.detect import detect_text
from leakscan.scanners.photo_fields import VENDOR_CREDITS, vendor_credit
from leakscan.settings import Settings

PHOTOS = CORPUS / "photos"
MANIFEST = PHOTOS / "MANIFEST.jsonl"
META_ONLY = Settings(scanners=("photo_metadata",))


def _manifest() -> list[dict]:
    if not MANIFEST.is_file():
        return []
    return [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]


ENTRIES = _manifest()
GPS_FILES = [m["file"] for m in ENTRIES if m["has_gps"]]
NO_GPS_FILES = [m["file"] for m in ENTRIES if not m["has_gps"]]
ZERO_FILES = [m["file"] for m in ENTRIES if m["gps_zero"]]
BY_FILE = {m["file"]: m for m in ENTRIES}


def copy(tmp_path: Path, rel: str) -> Path:
    dest = tmp_path / Path(rel).name
    shutil.copyfile(PHOTOS / rel, dest)
    return dest


def scan_copy(tmp_path: Path, rel: str, settings: Settings = META_ONLY) -> ScanResult:
    path = copy(tmp_path, rel)
    data = path.read_bytes()
    if sniff(data[:64]) is None:
        pytest.skip(f"no container handler for {rel} yet")
    return scan_image(path, settings)


def gps_of(result: ScanResult) -> list:
    return [f for f in result.findings if f.kind is Kind.GPS]


# -- the corpus -----------------------------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("rel", GPS_FILES)
def test_every_file_with_gps_gives_a_gps_finding(tmp_path: Path, rel: str) -> None:
    result = scan_copy(tmp_path, rel)
    # a broken file (cut before its image data...) is not fully checked, but its GPS is found
    assert result.error is None or (rel.startswith("malformed/") and "could not be fully checked" in result.error)
    gps = gps_of(result)
    assert gps, f"{rel}: no GPS finding"
    m = BY_FILE[rel]
    if m["gps_zero"]:
        assert any(f.detail == "zero" for f in gps)
        return
    real = [f for f in gps if f.detail is None]
    assert real
    lat, lon = (float(x) for x in real[0].text.split(","))
    if "FLIR" in m["gps_groups"]:
        # ExifTool leaves FLIR's W reference out; leakscan applies it (Los Angeles, not China)
        assert lon == pytest.approx(-m["lon"], abs=0.01)
    else:
        assert lon == pytest.approx(m["lon"], abs=0.01)
    assert lat == pytest.approx(m["lat"], abs=0.01)
    assert result.verdict is Verdict.BLOCK
    assert all(f.confidence == 1.0 and f.field for f in gps)


def test_corpus_gps_count_is_44() -> None:
    if not ENTRIES:
        pytest.skip(f"shared corpus not found at {CORPUS}")
    assert len(GPS_FILES) == 44


@needs_corpus
@pytest.mark.parametrize("rel", ZERO_FILES)
def test_zero_placeholder(tmp_path: Path, rel: str) -> None:
    gps = gps_of(scan_copy(tmp_path, rel))
    assert [f.detail for f in gps] == ["zero"]
    assert gps[0].place is None
    assert "0, 0" in (gps[0].message or "")


@needs_corpus
@pytest.mark.parametrize("rel", NO_GPS_FILES)
def test_no_gps_finding_without_gps(tmp_path: Path, rel: str) -> None:
    result = scan_copy(tmp_path, rel)
    assert [f for f in gps_of(result) if f.detail not in ("cell", "invalid")] == []


#: Manifest tag names (ExifTool's) -> the kind leakscan must report for them.
EXPECT = {
    Kind.OWNER: {"Artist", "By-line", "Copyright", "CopyrightNotice", "Creator", "Rights", "OwnerName", "XPAuthor"},
    Kind.DEVICE_ID: {
        "SerialNumber",
        "CameraSerialNumber",
        "InternalSerialNumber",
        "LensSerialNumber",
        "CameraID",
        "ImageUniqueID",
    },
    Kind.THUMBNAIL: {
        "ThumbnailImage",
        "PreviewImage",
        "PhotoshopThumbnail",
        "EmbeddedImage",
        "JpgFromRaw",
        "OtherImage",
        "ThumbnailTIFF",
    },
    Kind.LOCATION: {
        "City",
        "Sub-location",
        "Province-State",
        "State",
        "Country",
        "Country-PrimaryLocationName",
        "Country-PrimaryLocationCode",
        "CountryCode",
        "Location",
        "HometownCity",
        "DestinationCity",
        "DCCountry",
        "DCStateProvince",
    },
    Kind.PERSON: {"RegionPersonDisplayName"},
}
SENSITIVE_FILES = [m["file"] for m in ENTRIES if m["sensitive_tags"]]


@needs_corpus
@pytest.mark.parametrize("rel", SENSITIVE_FILES)
def test_sensitive_tags_give_the_right_kinds(tmp_path: Path, rel: str) -> None:
    result = scan_copy(tmp_path, rel)
    kinds = result.kinds
    for tag in BY_FILE[rel]["sensitive_tags"]:
        name = tag.split(":", 1)[1]
        for kind, names in EXPECT.items():
            if name in names:
                assert kind in kinds, f"{rel}: {tag} should give {kind.value}"
        if name in ("LocationAreaCode", "MobileCountryCode"):
            assert any(f.detail == "cell" for f in gps_of(result))


@needs_corpus
@pytest.mark.parametrize(
    ("rel", "kind", "value"),
    [
        ("camera/mei__Canon_PowerShot_G11.jpg", Kind.PHONE, "+36304028290"),
        ("camera/mei__Canon_PowerShot_SD600.jpg", Kind.EMAIL, None),
    ],
)
def test_owner_name_holding_contact_details(tmp_path: Path, rel: str, kind: Kind, value: str | None) -> None:
    result = scan_copy(tmp_path, rel, Settings())
    owner = [f for f in result.findings if f.kind is Kind.OWNER]
    contact = [f for f in result.findings if f.kind is kind]
    assert owner and contact
    assert contact[0].field == owner[0].field == "Canon OwnerName"
    if value:
        assert contact[0].text == value


@needs_corpus
def test_maker_note_places_and_cells(tmp_path: Path) -> None:
    casio = scan_copy(tmp_path, "camera/mei__Casio_EX-Z3.jpg")
    assert any(f.kind is Kind.LOCATION and f.field == "Casio HometownCity" for f in casio.findings)
    cell = scan_copy(tmp_path, "camera/mei__Sony_Ericsson_U10i.jpg")
    assert [f.detail for f in gps_of(cell)] == ["cell"]
    assert cell.verdict is Verdict.WARN


@needs_corpus
def test_gps_only_in_xmp_and_in_flir(tmp_path: Path) -> None:
    xmp = gps_of(scan_copy(tmp_path, "camera/exiv2__exiv2-bug540.jpg"))
    assert xmp[0].field == "XMP exif:GPSLatitude"
    flir = gps_of(scan_copy(tmp_path, "camera/mei__FLIR_iPhone_device.jpg"))
    assert flir[0].field == "FLIR GPS"
    assert flir[0].place and flir[0].place.endswith("CA, US")


@needs_corpus
def test_same_position_in_exif_and_xmp_is_one_finding(tmp_path: Path) -> None:
    gps = gps_of(scan_copy(tmp_path, "camera/mei__Nokia_Lumia_800.jpg"))
    assert len(gps) == 1
    assert gps[0].field == "GPSInfo"


@needs_corpus
def test_one_datetime_finding(tmp_path: Path) -> None:
    result = scan_copy(tmp_path, "camera/exifpy__DSCN0010.jpg")
    dt = [f for f in result.findings if f.kind is Kind.DATETIME]
    assert len(dt) == 1
    assert dt[0].field == "DateTimeOriginal"


@needs_corpus
@pytest.mark.parametrize("rel", [m["file"] for m in ENTRIES if m["kind"] == "malformed"])
def test_malformed_files_never_raise_and_are_bounded(tmp_path: Path, rel: str) -> None:
    path = copy(tmp_path, rel)
    t = time.perf_counter()
    result = scan_image(path, META_ONLY)
    assert time.perf_counter() - t < 5
    assert isinstance(result, ScanResult)
    if result.error:
        assert "\n" not in result.error
    original = (PHOTOS / rel).read_bytes()
    assert path.read_bytes() == original  # never modified


@needs_corpus
def test_metadata_scanning_is_fast() -> None:
    files = [PHOTOS / m["file"] for m in ENTRIES]
    scan_image(files[0], META_ONLY)  # warm up (place table)
    # CPU time of this process: other jobs on a shared runner do not count against us
    t = time.process_time()
    for f in files:
        scan_image(f, META_ONLY)
    rate = len(files) / max(time.process_time() - t, 1e-6)
    # ExifTool reads ~32 files/s here; the issue asks for at least 3x that
    assert rate > 96, f"{rate:.0f} files/s"


@needs_corpus
@pytest.mark.parametrize(
    ("rel", "field", "kind", "text"),
    [
        ("camera/mei__Nokia_Lumia_800.jpg", "XMP dc:subject", Kind.LOCATION, "dublin"),
        ("camera/mei__Olympus_FE230-X790.jpg", "XMP dc:subject", Kind.LOCATION, "british columbia"),
        # (a province, not the country alone: "the Afghanistan province of Daychopan")
        ("camera/exifpy__long_description.jpg", "ImageDescription", Kind.LOCATION, "Daychopan"),
        ("camera/exiv2__ReaganSmallPng.png", "ImageDescription", Kind.LOCATION, "San Diego"),
        ("camera/exifpy__no_exif.jpg", "XPComment", Kind.PERSON, "Marcus Signer"),
        (
            "camera/mei__Canon_EOS_7D.jpg",
            "XMP Iptc4xmpCore:CreatorContactInfo/Iptc4xmpCore:CiEmailWork",
            Kind.EMAIL,
            None,
        ),
        ("camera/mei__Canon_EOS_7D.jpg", "XMP Iptc4xmpCore:CreatorContactInfo/Iptc4xmpCore:CiUrlWork", Kind.URL, None),
    ],
)
def test_full_scan_reads_names_and_places_in_text_fields(
    tmp_path: Path, rel: str, field: str, kind: Kind, text: str | None
) -> None:
    result = scan_copy(tmp_path, rel, Settings())
    assert any(f.kind is kind and f.field == field and text in (None, f.text) for f in result.findings)


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("XMP dc:subject", "dublin"),
        ("XMP dc:subject", "PARIS"),  # an all-capitals keyword can be a place
        ("IPTC Keywords", "USA"),
        ("ImageDescription", "Emma at Springfield park"),
        ("UserComment", "Set: 1242 \r\nRoute: US131OLD"),
        ("COM", "File source: http://example.org/wiki/File:Emma.jpg"),
        ("XPComment", "emma.jpg"),
        ("HostComputer", "Emma's MacBook"),
    ],
)
def test_ner_reads_text_that_may_name_someone(field: str, text: str) -> None:
    from leakscan.scanners.photo_fields import wants_ner

    assert wants_ner(field, text)


@pytest.mark.parametrize(
    ("field", "text", "owners"),
    [
        ("FileName", "emma sample", ()),
        ("OriginalRawFileName", "emma_at_school.nef", ()),
        ("Software", "digiKam 0.9.0-svn", ()),
        ("ImageDescription", "Created with Picasa", ()),
        ("ImageDescription", "Emma  Sample", ("emma sample",)),  # already the OWNER finding
        ("ImageDescription", "030904-A-2140D-006", ()),
        ("date:create", "2019-09-02T14:45:37+00:00", ()),
        ("xmp:CreatorTool", "https://example.org", ()),
        ("ImageDescription", "emma@example.org", ()),
        ("ImageDescription", "06136/958638", ()),
        ("UserComment", "GCM_TAG", ()),
        ("ImageDescription", "DCIM\\100GOPRO\\GOPR0482.JPG", ()),
        ("COM", ";\x00\x00\x04CF-1;\x00\x01\x05CANON;\x00\x02\rFundus Camera;\x00\x03\x06300236;", ()),
        ("ImageDescription", "   ", ()),
    ],
)
def test_ner_skips_text_with_nothing_for_it(field: str, text: str, owners: tuple[str, ...]) -> None:
    from leakscan.scanners.photo_fields import wants_ner

    assert not wants_ner(field, text, set(owners))


#: 300 random bytes in base64, as a camera writes a binary block into XMP.
_BASE64 = base64.b64encode(random.Random(7).randbytes(300)).decode().rstrip("=")


@pytest.mark.parametrize(
    ("value", "empty"),
    [
        # a camera's numbers written out: 16 or more whole numbers, more groups than a phone number has
        ("48 49 48 49 35 0 128 2 170 1 0 0 0 0 0 0 0 0", True),
        ("0 4096 0 4098 5300 0 7500 0 6000 0 3000 1 4000 2 0 4097", True),
        ("-31999 0 -7 7 -31998 0 -7 7 0 0 0 0 0 0 0 0", True),
        ("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16", True),
        ("0.5 1/200 2.8", True),
        ("2019-09-02T14:45:37+00:00", True),
        # still read: a phone number spelled digit by digit, or in groups; numbers among words
        ("2 1 7 5 5 5 0 1 3 4", False),
        ("4 4 7 7 0 0 9 0 0 1 2 3 4 5 6", False),
        ("217 555 0134", False),
        ("call 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6", False),
        ("48 49 48 49 35 0 128 2 170 1 0 0 0 0 0 0 0 x", False),
        # a binary block in base64 (random bytes: capitals, small letters and digits mixed)
        (_BASE64, True),
        (_BASE64 + "==", True),
        # still read: short base64, words run together or in camelCase, a blob with a space in it
        (_BASE64[:200], False),
        ("mynameisjessandmyphoneis2175550134" * 8, False),
        ("MyNameIsJessAndMyPhoneIs2175550134" * 8, False),
        (_BASE64[:300] + " call 2175550134", False),
    ],
)
def test_no_text_in_a_field_not_known_free_text(value: str, empty: bool) -> None:
    from leakscan.scanners.photo_fields import no_text

    assert no_text(value) is empty


@pytest.mark.parametrize("value", ["", "0.5 1/200", "217 555 0134", "²³⁴⁵⁶⁷⁸", "１２３４５６７", "٣٤ 12", "a1b2c3"])
def test_digit_count_is_str_isdigit(value: str) -> None:
    """ASCII values are counted in C; the others one by one, as str.isdigit counts (superscripts too)."""
    from leakscan.scanners.photo_fields import _digit_count

    assert _digit_count(value) == sum(ch.isdigit() for ch in value)


#: Every text finding on the real corpus in a field that is not known free text (read because a
#: field leakscan does not know is read all the same): the contact details a photo agency wrote
#: into its categories (real ones), and a link that a PNG also writes in a text chunk. Anything
#: else showing up here is a false alarm.
CORPUS_OTHER_FIELD_FINDINGS = {
    ("camera/exiv2__ReaganSmallPng.png", "PHONE", "XMP photoshop:SupplementalCategories"),
    ("camera/exiv2__ReaganSmallPng.png", "EMAIL", "XMP photoshop:SupplementalCategories"),
    ("camera/exiv2__ReaganSmallPng.png", "PHONE", "IPTC (zTXt Raw profile type iptc) SupplementalCategories"),
    ("camera/mei__Issue_204_dotnet.png", "URL", "XMP (zTXt Raw profile type xmp) xmp:CreatorTool"),
}


@needs_corpus
def test_fields_that_are_not_free_text_give_no_false_alarm_on_the_corpus() -> None:
    """Program names, versions, logs, digests, identifiers, schema values, edit histories: on
    real photos the pattern scanners find in them only what is really there."""
    from leakscan.media.base import field_key
    from leakscan.scanners.photo_fields import OTHER, classify

    found = set()
    for m in ENTRIES:
        path = PHOTOS / m["file"]
        with contextlib.suppress(InputError):
            texts = {name for name, _ in read_image(path.read_bytes())[1].texts}  # free text by the handler
            for f in scan_image(path, Settings(pixels=False), name=path.name).findings:
                read_as_text = f.scanner == "photo_metadata" or f.field in texts | {"FileName"}
                if not read_as_text and classify(field_key(f.field or "")) in (OTHER, None):
                    found.add((m["file"], f.kind.value, f.field))
    assert found == CORPUS_OTHER_FIELD_FINDINGS


@pytest.mark.parametrize(
    ("field", "value", "kinds"),
    [
        # read: what does not look like the field's own kind of value
        ("Software", "call me 217 555 0134", {Kind.PHONE}),
        ("Model", "call me 217 555 0134", {Kind.PHONE}),
        ("XMP my:Note", "mail emma.j2013@gmail.com", {Kind.EMAIL}),
        ("IPTC Source", "snap: jakeyboi11", {Kind.HANDLE}),
        ("Software", "https://instagram.com/mia.dances", {Kind.URL}),  # a link to a profile
        # quiet: numbers, dates, identifiers, time stamps, program and schema web addresses,
        # camera names; NER does not read these fields
        ("Software", "GIMP 2.10.36", set()),
        ("Software", "http://www.idimager.com", set()),
        ("XMP dwc:Taxon/dwc:namePublishedInID", "http://hdl.handle.net/10199/7", set()),
        ("XMP claro:Logging", "20141001 11:47:23 Channel 'WebRGB_Crop' processing file: 36253.jpg", set()),
        ("XMP exif:NativeDigest", "36864,40960,0,2,4,5,6,7,8,9,10;EA1281210ED1497E1B667D21E16AADF6", set()),
        ("XMP xmpMM:DocumentID", "xmp.did:E38ABA65B607E01199F388C36949235A", set()),
        ("IPTC DigitalCreationDate", "20080508", set()),
        ("IPTC DigitalCreationTime", "233753-0400", set()),
        ("XMP xmp:ModifyDate", "2016-09-12T10:05:31+02:00", set()),
        ("XMP aux:ApproximateFocusDistance", "4294967295/1", set()),
        ("Model", "Canon EOS 5D Mark II", set()),
        ("XMP photoshop:AuthorsPosition", "Emma Johnson", set()),  # no NER on these fields
    ],
)
def test_a_field_that_is_not_free_text_gets_the_pattern_scanners(field: str, value: str, kinds: set[Kind]) -> None:
    from leakscan.media.base import RawMetadata
    from leakscan.scanners import photo_metadata

    group, _, name = field.rpartition(" ")
    meta = RawMetadata(format="JPEG", fields=[(group, name, value)])
    findings, failed = photo_metadata.detect(meta, Settings())
    assert not failed
    assert {f.kind for f in findings} == kinds
    assert all(f.field == field for f in findings)


def test_text_without_ner_still_gets_the_pattern_scanners() -> None:
    """A field NER skips is still read for phone numbers, e-mails, web addresses."""
    from leakscan.media.base import RawMetadata
    from leakscan.scanners import photo_metadata

    meta = RawMetadata(format="JPEG", texts=[("COM", "emma@example.org"), ("Software", "https://example.org/emma")])
    findings, failed = photo_metadata.detect(meta, Settings())
    assert not failed
    assert {(f.kind, f.field) for f in findings} >= {(Kind.EMAIL, "COM"), (Kind.URL, "Software")}


# -- the samples --------------------------------------------------------------------------------

SAMPLE_KINDS = {
    "park_gps.jpg": {Kind.GPS, Kind.DATETIME},
    "owner_serial_thumb.jpg": {Kind.OWNER, Kind.DEVICE_ID, Kind.THUMBNAIL, Kind.PHONE, Kind.DATETIME},
    "zero_gps.jpg": {Kind.GPS, Kind.DATETIME},
    "portrait_orientation6.jpg": {Kind.DATETIME},
    "xmp_iptc_city.jpg": {Kind.GPS, Kind.LOCATION, Kind.OWNER, Kind.DATETIME},
    "location_text.png": {Kind.LOCATION, Kind.OWNER},
    "gps.webp": {Kind.GPS, Kind.DATETIME},
    "clean.jpg": set(),
    # what the photo shows (no metadata at all): a number in a chat bubble, a tel: QR code
    "chat_screenshot.png": {Kind.PHONE},
    "qr_phone.png": {Kind.PHONE},
}


@pytest.mark.parametrize(("name", "kinds"), sorted(SAMPLE_KINDS.items()))
def test_samples(tmp_path: Path, name: str, kinds: set[Kind]) -> None:
    src = SAMPLES / "photos" / name
    if sniff(src.read_bytes()[:64]) is None:
        pytest.skip(f"no container handler for {name} yet")
    path = tmp_path / name
    shutil.copyfile(src, path)
    result = scan_image(path, Settings())
    assert result.error is None
    assert result.kinds == kinds
    if name == "park_gps.jpg":
        (gps,) = gps_of(result)
        assert gps.place == "Springfield, IL, US"
        assert "Springfield" in (gps.message or "")
        assert result.verdict is Verdict.BLOCK
        assert result.info["format"] == "JPEG" and result.info["width"] == 320
    if name == "zero_gps.jpg":
        assert gps_of(result)[0].detail == "zero"
        assert result.verdict is Verdict.OK
    if name == "owner_serial_thumb.jpg":
        phone = next(f for f in result.findings if f.kind is Kind.PHONE)
        assert phone.field == "UserComment"
        assert phone.is_span


def test_scan_from_bytes_and_name() -> None:
    data = (SAMPLES / "photos" / "park_gps.jpg").read_bytes()
    result = scan_image(data, name="uploads/park.jpg")
    assert result.source == "uploads/park.jpg"
    assert Kind.GPS in result.kinds
    findings, meta, handler = detect_image(data)
    assert handler.format == "JPEG" and meta.exif
    assert all(f.severity is None for f in findings)  # raw: the policy has not run


def test_file_name_is_scanned_as_text() -> None:
    data = (SAMPLES / "photos" / "clean.jpg").read_bytes()
    result = scan_image(data, name="photos/emma.sample@example.com.jpg")
    (email,) = [f for f in result.findings if f.kind is Kind.EMAIL]
    assert email.field == "FileName"
    assert "emma.sample@example.com.jpg"[email.start : email.end] == email.text
    assert scan_image(data, name="DCIM/IMG_20240615_164207.jpg").findings == ()


#: File names as cameras, phones and apps write them: dates, times and counters after a known
#: prefix (nothing in them to report).
CAMERA_FILE_NAMES = [
    "IMG_1234.JPG",
    "IMG_E1234.JPG",  # iPhone, edited
    "IMG_1234 (1).JPG",
    "IMG_1234 copy.jpg",
    "IMG_1234-1.jpg",
    "_MG_4411.CR2",
    "_DSC0001.ARW",
    "DSC01234.JPG",
    "DSCN0042.jpg",
    "DSCF1234.RAF",
    "IMGP0001.PEF",
    "CIMG0001.JPG",
    "SAM_0001.JPG",
    "P1010001.JPG",  # Panasonic: folder and counter
    "PA010001.JPG",  # Olympus: month, day, counter
    "R0010001.JPG",
    "L1000001.DNG",
    "100_0001.JPG",  # Kodak: folder_counter
    "GOPR0482.JPG",
    "GX010045.MP4",
    "DJI_0001.JPG",
    "DJI_20230101123456_0001_D.JPG",
    "0001.jpg",
    "PXL_20230101_123456789.jpg",
    "PXL_20230101_123456789.PORTRAIT.jpg",
    "IMG_20230101_123456.jpg",
    "IMG_20230101_123456_1.jpg",
    "IMG_20230101_123456_BURST001_COVER.jpg",
    "MVIMG_20230101_123456.jpg",
    "VID_20230101_123456.mp4",
    "20230101_123456.jpg",
    "20230615_164207(0).jpg",  # Samsung
    "IMG-20230101-WA0001.jpg",  # WhatsApp on Android
    "WhatsApp Image 2023-01-01 at 12.34.56.jpeg",
    "signal-2023-01-01-123456.jpg",
    "WP_20130101_001.jpg",
    "2023-01-01 12.34.56.jpg",  # camera uploads
    "Screenshot_20240615-164207.png",
    "Screenshot 2024-06-15 at 16.42.07.png",
    "Screen Shot 2020-01-01 at 1.23.45 PM.png",
]
#: Names that are a message: a phone number written in the usual ways, alone or after a word.
MESSAGE_FILE_NAMES = [
    ("call_217_555_0134.jpg", Kind.PHONE),  # a short word before digits is a message, not a camera
    ("text me 2175550134.png", Kind.PHONE),
    ("217-555-0134.jpg", Kind.PHONE),
    ("(217) 555-0134.jpg", Kind.PHONE),
    ("+1 217 555 0134.jpg", Kind.PHONE),
    ("217.555.0134.jpg", Kind.PHONE),
    ("217 555 0134.jpg", Kind.PHONE),
    ("2175550134.jpg", Kind.PHONE),
    ("IMG_2175550134.jpg", Kind.PHONE),  # a counter is never ten digits
    ("IMG_1234 call me 2175550134.jpg", Kind.PHONE),  # a camera's name does not make the rest one
    ("+44 7700 900123.jpg", Kind.PHONE),
]


@pytest.mark.parametrize(("name", "kind"), [*MESSAGE_FILE_NAMES, *((name, None) for name in CAMERA_FILE_NAMES)])
def test_camera_file_names_are_quiet_and_messages_in_names_are_not(name: str, kind: Kind | None) -> None:
    data = (SAMPLES / "photos" / "clean.jpg").read_bytes()
    # pixels=False: only the name is the question (reading the same picture 51 times was ~6 CPU-s)
    found = [f for f in scan_image(data, Settings(pixels=False), name=name).findings if f.field == "FileName"]
    assert [f.kind for f in found] == ([kind] if kind else [])


@needs_corpus
def test_corpus_photos_read_fully_checked_unless_exiftool_finds_a_bad_directory() -> None:
    """ExifTool's warning in the manifest is the oracle: where it reports a bad directory (a
    file cut short, an offset past the end; not a minor warning) leakscan could not fully check
    the photo either; a sound camera photo (no warning, or a minor one) reads fully checked."""
    wrong = []
    for m in ENTRIES:
        warning = m.get("exiftool_warning") or ""
        minor = not warning or warning.lower().startswith("[minor]") or "IPTCDigest is not current" in warning
        bad_directory = "directory" in warning and not minor
        checked = scan_image(PHOTOS / m["file"], META_ONLY).checked
        if bad_directory and checked:
            wrong.append(f"{m['file']}: ExifTool says {warning!r}, leakscan read it as fully checked")
        if minor and not m["file"].startswith("malformed/") and not checked:
            wrong.append(f"{m['file']}: sound, but read as not fully checked")
    assert not wrong, "\n".join(wrong)


def test_photo_metadata_can_be_switched_off() -> None:
    data = (SAMPLES / "photos" / "park_gps.jpg").read_bytes()
    assert scan_image(data, Settings(scanners=("phone",))).findings == ()


@pytest.mark.parametrize(
    ("photo", "scanners", "name", "kinds", "verdict"),
    [
        # the text inside the metadata is read by the text scanners that are on
        ("owner_serial_thumb.jpg", ("phone",), None, {Kind.PHONE}, Verdict.BLOCK),  # UserComment
        ("clean.jpg", ("phone",), "call 217 555 0134.jpg", {Kind.PHONE}, Verdict.BLOCK),  # the file name
        # text chunks named Location and Author: places and names are text all the same
        ("location_text.png", ("ner",), None, {Kind.LOCATION, Kind.PERSON}, Verdict.WARN),
        # ... and nothing the metadata scanner alone would report
        ("owner_serial_thumb.jpg", ("email",), None, set(), Verdict.OK),
        ("park_gps.jpg", ("phone", "ner"), None, set(), Verdict.OK),
        ("xmp_iptc_city.jpg", ("phone",), None, set(), Verdict.OK),
    ],
)
def test_without_the_metadata_scanner_the_text_scanners_still_read_a_photos_text(
    photo: str, scanners: tuple[str, ...], name: str | None, kinds: set[Kind], verdict: Verdict
) -> None:
    result = scan_image((SAMPLES / "photos" / photo).read_bytes(), Settings(scanners=scanners), name=name)
    assert result.checked
    assert result.kinds == kinds and result.verdict is verdict
    assert all(f.scanner in scanners and f.field for f in result.findings)


def test_without_the_metadata_scanner_a_photo_read_in_part_is_still_not_fully_checked() -> None:
    data = (SAMPLES / "photos" / "owner_serial_thumb.jpg").read_bytes()
    result = scan_image(data[:800], Settings(scanners=("phone",)))  # cut inside the EXIF
    assert result.error is not None and result.error.startswith("could not be fully checked")
    assert result.verdict is Verdict.BLOCK


# -- bad input ------------------------------------------------------------------------------------


def test_text_file_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "holiday.jpg"
    path.write_text("this is not a picture, just some text\n", encoding="utf-8")
    result = scan_image(path)
    assert result.error is not None and "not an image" in result.error
    assert result.findings == ()
    with pytest.raises(UnsupportedFormatError):
        read_image(path.read_bytes())


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    result = scan_image(path)
    assert result.error is not None and "empty" in result.error


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "cannot read" in (scan_image(tmp_path / "nope.jpg").error or "")
    assert scan_image(tmp_path).error


def test_size_limit(tmp_path: Path) -> None:
    data = (SAMPLES / "photos" / "park_gps.jpg").read_bytes()
    small = Settings(max_file_bytes=1000)
    assert "max_file_bytes" in (scan_image(data, small).error or "")
    path = tmp_path / "big.jpg"
    path.write_bytes(data)
    assert "max_file_bytes" in (scan_image(path, small).error or "")


def test_unknown_binary() -> None:
    result = scan_image(b"\x00\x01\x02\x03" * 100)
    assert result.error and "unknown format" in result.error


def _jpeg_with_exif(exif: dict) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (30, 60, 90)).save(buf, "JPEG", exif=piexif.dump(exif))
    return buf.getvalue()


def test_control_characters_never_reach_findings() -> None:
    data = _jpeg_with_exif({"0th": {piexif.ImageIFD.Artist: b"Emma\x1b[31m Sample\x07\x00"}})
    (owner,) = [f for f in scan_image(data, META_ONLY).findings if f.kind is Kind.OWNER]
    assert owner.text == "Emma [31m Sample"
    assert not any(ord(ch) < 32 for ch in owner.text)


def test_error_lines_carry_no_values(tmp_path: Path) -> None:
    # a JPEG whose EXIF is cut inside the GPS IFD: reading goes on, and nothing leaks into errors
    data = _jpeg_with_exif({"GPS": {2: ((51, 1), (30, 1), (0, 1)), 1: b"N", 4: ((0, 1), (7, 1), (0, 1)), 3: b"W"}})
    cut = data[: data.find(b"\xff\xdb")]
    result = scan_image(cut, META_ONLY)
    assert result.error is None or "51" not in result.error


@settings(max_examples=150, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzzed_jpeg_never_raises(data: st.DataObject) -> None:
    base = bytearray((SAMPLES / "photos" / "owner_serial_thumb.jpg").read_bytes()[:3000])
    for _ in range(data.draw(st.integers(1, 20))):
        i = data.draw(st.integers(2, len(base) - 1))
        base[i] = data.draw(st.integers(0, 255))
    result = scan_image(bytes(base), META_ONLY)
    assert isinstance(result, ScanResult)
    jpeg = handler_for_format("JPEG")
    assert jpeg is not None
    with contextlib.suppress(InputError):
        jpeg.strip(bytes(base), StripOptions())


# -- stripping (JPEG and TIFF handlers) -----------------------------------------------------------


def pixels(data: bytes) -> bytes | None:
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.load()
            return im.mode.encode() + repr(im.size).encode() + im.tobytes()
    except Exception:
        return None


STRIPPABLE = [m["file"] for m in ENTRIES if m["format"] in ("JPEG", "TIFF", "DNG", "ARW") and m["kind"] != "malformed"]


@pytest.fixture(scope="module")
def stripped(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path, Path]]:
    """Every JPEG/TIFF of the corpus stripped both ways: rel -> (original, full, only_gps)."""
    out: dict[str, tuple[Path, Path, Path]] = {}
    if not ENTRIES:
        return out
    root = tmp_path_factory.mktemp("stripped")
    for rel in STRIPPABLE:
        data = (PHOTOS / rel).read_bytes()
        handler = sniff(data[:64])
        assert handler is not None
        name = rel.replace("/", "__")
        orig = root / f"orig__{name}"
        orig.write_bytes(data)
        full = root / f"full__{name}"
        full.write_bytes(handler.strip(data, StripOptions()).data)
        gps = root / f"gps__{name}"
        gps.write_bytes(handler.strip(data, StripOptions(only_gps=True)).data)
        out[rel] = (orig, full, gps)
    return out


@pytest.fixture(scope="module")
def exiftool_view(stripped: dict[str, tuple[Path, Path, Path]]) -> dict[str, dict]:
    if not stripped or shutil.which("exiftool") is None:
        return {}
    files = [str(p) for trio in stripped.values() for p in trio[1:]]
    proc = subprocess.run(
        ["exiftool", "-json", "-a", "-G1", "-n", "-all", *files], capture_output=True, text=True, check=False
    )
    return {Path(x["SourceFile"]).name: x for x in json.loads(proc.stdout or "[]")}


LOCATION_TAGS = {
    "GPSLatitude",
    "GPSLongitude",
    "GPSPosition",
    "City",
    "Sub-location",
    "Province-State",
    "State",
    "Country",
    "Country-PrimaryLocationName",
    "Location",
    "HometownCity",
    "DestinationCity",
    "LocationAreaCode",
}
IDENTITY_TAGS = {
    "Artist",
    "Copyright",
    "CopyrightNotice",
    "OwnerName",
    "CameraOwnerName",
    "Creator",
    "Rights",
    "By-line",
    "XPAuthor",
    "SerialNumber",
    "BodySerialNumber",
    "LensSerialNumber",
    "CameraSerialNumber",
    "InternalSerialNumber",
    "ImageUniqueID",
}


def _left(view: dict, names: set[str]) -> list[str]:
    return [k for k, v in view.items() if k.split(":")[-1] in names and str(v).strip() not in ("", "0")]


@needs_corpus
@needs_exiftool
@pytest.mark.parametrize("rel", STRIPPABLE)
def test_strip_leaves_no_location_owner_or_serial(
    rel: str, stripped: dict[str, tuple[Path, Path, Path]], exiftool_view: dict[str, dict]
) -> None:
    _orig, full, gps = stripped[rel]
    assert _left(exiftool_view.get(full.name, {}), LOCATION_TAGS | IDENTITY_TAGS) == []
    assert _left(exiftool_view.get(gps.name, {}), LOCATION_TAGS) == []


@needs_corpus
@pytest.mark.parametrize("rel", STRIPPABLE)
def test_strip_is_pixel_identical(rel: str, stripped: dict[str, tuple[Path, Path, Path]]) -> None:
    orig, full, gps = stripped[rel]
    before = pixels(orig.read_bytes())
    if before is None:
        pytest.skip(f"Pillow cannot decode {rel}")
    assert pixels(full.read_bytes()) == before
    assert pixels(gps.read_bytes()) == before


@needs_corpus
@pytest.mark.parametrize("rel", [r for r in STRIPPABLE if BY_FILE[r]["format"] == "JPEG"])
def test_jpeg_strip_keeps_the_compressed_data_byte_for_byte(rel: str) -> None:
    from leakscan.media.jpeg_layout import layout

    data = (PHOTOS / rel).read_bytes()
    out = handler_for_format("JPEG").strip(data, StripOptions()).data  # type: ignore[union-attr]
    a, b = layout(data), layout(out)
    assert [data[s:e] for s, e in a.scans] == [out[s:e] for s, e in b.scans]
    assert b.has_eoi and len(out) == b.end  # nothing after the end of image


@needs_corpus
def test_only_gps_keeps_owner_and_camera(tmp_path: Path) -> None:
    data = (PHOTOS / "malformed/exiv2__pr_1994_poc2.jpg").read_bytes()
    out = handler_for_format("JPEG").strip(data, StripOptions(only_gps=True)).data  # type: ignore[union-attr]
    result = scan_image(out, META_ONLY)
    assert Kind.GPS not in result.kinds
    assert {Kind.OWNER, Kind.DEVICE_ID, Kind.DATETIME} <= result.kinds


@needs_corpus
def test_trailing_images_are_dropped_with_a_note() -> None:
    data = (PHOTOS / "stubs/et__ExifTool.jpg").read_bytes()
    st_ = handler_for_format("JPEG").strip(data, StripOptions())  # type: ignore[union-attr]
    assert "data after end of image" in st_.removed


def test_strip_keeps_orientation_and_icc() -> None:
    src = (SAMPLES / "photos" / "portrait_orientation6.jpg").read_bytes()
    buf = io.BytesIO()
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    Image.open(io.BytesIO(src)).save(buf, "JPEG", exif=src_exif(src), icc_profile=profile)
    data = buf.getvalue()
    jpeg = handler_for_format("JPEG")
    assert jpeg is not None
    out = jpeg.strip(data, StripOptions()).data
    with Image.open(io.BytesIO(out)) as im:
        assert im.getexif().get(0x0112) == 6
        assert im.info.get("icc_profile") == profile
        assert im.getexif().get(0x010F) is None  # Make is gone
    # a profile leakscan cannot read (what it holds was not checked) is left out of the copy
    buf = io.BytesIO()
    Image.open(io.BytesIO(src)).save(buf, "JPEG", icc_profile=b"\x00" * 128 + b"not-an-icc-profile")
    unread = jpeg.strip(buf.getvalue(), StripOptions())
    assert "ICC profile (could not be read to the end)" in unread.removed
    with Image.open(io.BytesIO(unread.data)) as im:
        assert "icc_profile" not in im.info
    bare = jpeg.strip(data, StripOptions(keep_icc=False, keep_orientation=False)).data
    with Image.open(io.BytesIO(bare)) as im:
        assert "icc_profile" not in im.info
        assert 0x0112 not in im.getexif()


def src_exif(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as im:
        return im.info["exif"]


def test_only_gps_on_sample_removes_xmp_and_iptc_places() -> None:
    data = (SAMPLES / "photos" / "xmp_iptc_city.jpg").read_bytes()
    out = handler_for_format("JPEG").strip(data, StripOptions(only_gps=True)).data  # type: ignore[union-attr]
    result = scan_image(out, META_ONLY)
    assert Kind.GPS not in result.kinds and Kind.LOCATION not in result.kinds
    assert Kind.OWNER in result.kinds and Kind.DATETIME in result.kinds
    assert pixels(out) == pixels(data)


def test_tiff_strip_roundtrip(tmp_path: Path) -> None:
    buf = io.BytesIO()
    img = Image.linear_gradient("L").resize((64, 48))
    exif = Image.Exif()
    exif[0x013B] = "Emma Sample"
    exif[0x0112] = 1
    img.save(buf, "TIFF", exif=exif)
    data = buf.getvalue()
    tiff = handler_for_format("TIFF")
    assert tiff is not None
    assert Kind.OWNER in scan_image(data, META_ONLY).kinds
    out = tiff.strip(data, StripOptions()).data
    assert len(out) == len(data)
    assert Kind.OWNER not in scan_image(out, META_ONLY).kinds
    assert pixels(out) == pixels(data)


# -- XMP and IPTC decoding ------------------------------------------------------------------------


def _xmp_packet(body: str) -> bytes:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f"{body}</rdf:RDF></x:xmpmeta>"
    ).encode()


def test_xmp_gps_notations_and_structures() -> None:
    from leakscan.media import xmp

    packet = _xmp_packet(
        '<rdf:Description xmlns:e="http://ns.adobe.com/exif/1.0/" e:GPSLatitude="54,59.38N" '
        'e:GPSLongitude="1,54,51W"/>'
        '<rdf:Description xmlns:ext="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"><ext:LocationShown><rdf:Bag>'
        '<rdf:li rdf:parseType="Resource"><ext:City>Springfield</ext:City></rdf:li></rdf:Bag></ext:LocationShown>'
        "</rdf:Description>"
    )
    data = xmp.parse(packet)
    ((name, lat, lon),) = xmp.gps(data)
    assert name == "exif:GPSLatitude"  # canonical prefix whatever the packet called it
    assert lat == pytest.approx(54.98967, abs=1e-4) and lon == pytest.approx(-1.91417, abs=1e-4)
    assert (("Iptc4xmpExt:LocationShown", "Iptc4xmpExt:City"), "Springfield") in data.props
    cleaned = xmp.remove_location(packet)
    assert cleaned is not None and b"Springfield" not in cleaned and b"GPS" not in cleaned
    assert xmp.parse(cleaned).warnings == []


_CORE = 'xmlns:core="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"'
_ADDRESS = (("CiAdrCity", "Springfield"), ("CiAdrExtadr", "742 Evergreen Terrace"), ("CiAdrPcode", "49007"))
_CONTACT_FORMS = {
    "attributes": f'<rdf:Description {_CORE}><core:CreatorContactInfo core:CiEmailWork="pat@example.org" '
    + " ".join(f'core:{k}="{v}"' for k, v in _ADDRESS)
    + ' core:CiAdrRegion="Oregon" core:CiAdrCtry="USA"/></rdf:Description>',
    "parse-type-resource": f'<rdf:Description {_CORE}><core:CreatorContactInfo rdf:parseType="Resource">'
    + "".join(f"<core:{k}>{v}</core:{k}>" for k, v in _ADDRESS)
    + "<core:CiEmailWork>pat@example.org</core:CiEmailWork></core:CreatorContactInfo></rdf:Description>",
    "nested-description": f"<rdf:Description {_CORE}><core:CreatorContactInfo><rdf:Description>"
    + "".join(f"<core:{k}>{v}</core:{k}>" for k, v in _ADDRESS)
    + "<core:CiEmailWork>pat@example.org</core:CiEmailWork></rdf:Description></core:CreatorContactInfo>"
    "</rdf:Description>",
}


@pytest.mark.parametrize("form", sorted(_CONTACT_FORMS))
def test_xmp_creator_address_is_a_location(form: str) -> None:
    """The creator's postal address (CreatorContactInfo/CiAdr*) goes with only_gps; the e-mail stays."""
    from leakscan.media import xmp
    from leakscan.media.base import RawMetadata
    from leakscan.scanners import photo_metadata

    packet = _xmp_packet(_CONTACT_FORMS[form])
    assert xmp.has_location(packet)
    kinds = {f.kind for f in photo_metadata.detect(RawMetadata(format="JPEG", xmp=[("APP1", packet)]), META_ONLY)[0]}
    assert Kind.LOCATION in kinds
    cleaned = xmp.remove_location(packet)
    assert cleaned is not None and cleaned != packet
    assert not any(v in cleaned.decode() for _k, v in _ADDRESS) and b"CiAdr" not in cleaned
    data = xmp.parse(cleaned)
    assert data.warnings == [] and not xmp.has_location(cleaned)
    assert ("Iptc4xmpCore:CreatorContactInfo", "Iptc4xmpCore:CiEmailWork") in [p for p, _v in data.props]


def test_xmp_utf16_and_broken_packets() -> None:
    from leakscan.media import xmp

    packet = _xmp_packet(
        '<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Springfield"/>'
    )
    utf16 = b"\xfe\xff" + packet.decode().encode("utf-16-be")
    assert (("photoshop:City",), "Springfield") in xmp.parse(utf16).props
    broken = packet.replace(b"</rdf:RDF>", b"<oops></rdf:RDF>")  # not well-formed: read by pattern
    data = xmp.parse(broken)
    assert (("photoshop:City",), "Springfield") in data.props and data.warnings


def test_xmp_entities_are_never_expanded() -> None:
    from leakscan.media import xmp

    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY ext SYSTEM "file:///etc/passwd">]>'
        + _xmp_packet('<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:title="&c;&ext;"/>')
    )
    t = time.perf_counter()
    data = xmp.parse(bomb)
    assert time.perf_counter() - t < 1
    assert all("aaaaaaaaaa" not in v and "root:" not in v for _p, v in data.props)
    assert xmp.remove_location(bomb) is None  # never edited: dropped whole by the strippers


def test_iptc_datasets_and_location_removal() -> None:
    from leakscan.media import iptc

    def ds(n: int, text: str) -> bytes:
        raw = text.encode()
        return bytes([0x1C, 2, n]) + len(raw).to_bytes(2, "big") + raw

    long_caption = "x" * 40000
    ext = bytes([0x1C, 2, 120, 0x80, 0x04]) + len(long_caption).to_bytes(4, "big") + long_caption.encode()
    blob = ds(90, "Springfield") + ds(80, "Emma Sample") + ext + ds(101, "USA") + b"\x1c\x02"  # cut at the end
    items = dict(iptc.parse(blob).items)
    assert items["City"] == "Springfield" and items["By-line"] == "Emma Sample"
    assert len(items["Caption-Abstract"]) == 40000
    kept = dict(iptc.parse(iptc.remove_location(blob)).items)
    assert "City" not in kept and "Country-PrimaryLocationName" not in kept and kept["By-line"] == "Emma Sample"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("we were at 40.71280, -74.00600 today", (40.7128, -74.006)),
        ("40.7128 N 74.0060 W", (40.7128, -74.006)),
        ("33.8688 S, 151.2093 E", (-33.8688, 151.2093)),
        ("40°42'46\"N 74°0'22\"W", (40.7128, -74.0061)),
        ("version 1.234, 5.678", None),  # too few decimals to be a position
        ("pi 3.14159 and e 2.71828", None),
        ("123.4567, 12.3456", None),  # no latitude is 123
        ("0.0000, 0.0000", None),  # the placeholder of no fix
        ("serial 12.34567890123456", None),
    ],
)
def test_coordinates_written_in_a_text_field_are_a_gps_finding(text: str, where) -> None:
    from leakscan.scanners.photo_fields import coordinates

    found = coordinates(text)
    if where is None:
        assert found == []
    else:
        assert [(round(a, 4), round(b, 4)) for a, b in found] == [where]
    data = (SAMPLES / "photos" / "clean.jpg").read_bytes()
    exif = piexif.dump({"0th": {piexif.ImageIFD.ImageDescription: text.encode()}})
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).save(out, "JPEG", exif=exif)
    gps = [f for f in scan_image(out.getvalue(), META_ONLY).findings if f.kind is Kind.GPS]
    assert [f.field for f in gps] == (["ImageDescription"] if where else [])


# -- the copyright lines of colour profiles shipped by the million: no NER for them ---------------


@pytest.mark.parametrize("year", ["1998", "2017", "2024"])
@pytest.mark.parametrize("line", sorted(VENDOR_CREDITS))
def test_a_widely_shipped_profile_credit_names_nobody(line: str, year: str) -> None:
    """What NER would say of each line of the table: no person (so not asking it loses no owner)."""
    text = line.replace("####", year)
    assert vendor_credit(text)
    found, failed = detect_text(text, Settings(scanners=("ner",)))
    assert not failed
    assert not [f for f in found if f.kind is Kind.PERSON]


@pytest.mark.parametrize(
    "line",
    [
        "Copyright 2017 Jane Example",
        "Copyright Apple Inc., 2017 Jane Example",
        "Copyright (c) 1998 Hewlett-Packard Company and Kevin Dasher",
        "Copyright 2017 Kevin Dasher, all rights reserved.",
        "copyright apple inc., 2017",  # not as the profile writes it: NER is asked
        "Copyright Apple Inc., 20170",
        "",
    ],
)
def test_any_other_credit_line_is_read_by_ner(line: str) -> None:
    assert not vendor_credit(line)


def _scan_in_a_fresh_process(path: Path) -> tuple[set[tuple[str, str]], bool]:
    """The findings ``(kind, field)`` of a metadata scan of ``path`` in a fresh interpreter,
    and whether it imported spaCy."""
    here = str(Path(detect_text.__code__.co_filename).resolve().parents[2])  # the leakscan under test
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))}
    probe = (
        "import json, sys\n"
        "from leakscan.photos import scan_image\n"
        "from leakscan.settings import Settings\n"
        "result = scan_image(sys.argv[1], Settings(pixels=False))\n"
        "print(json.dumps([[f.kind.value, f.field] for f in result.findings]))\n"
        "print(json.dumps('spacy' in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True, cwd="/", env=env
    )
    found, spacy = (json.loads(line) for line in out.stdout.splitlines()[-2:])
    return {tuple(f) for f in found}, spacy


@pytest.mark.parametrize(
    ("copyright", "owner"),
    [
        ("Copyright Apple Inc., 2022", False),
        ("Copyright (c) 2003 Hewlett-Packard Company", False),
        ("Copyright 2017 Kevin Dasher", True),
    ],
)
def test_a_photo_whose_only_text_is_a_shipped_profile_is_scanned_without_spacy(
    tmp_path: Path, copyright: str, owner: bool
) -> None:
    """A photo with a phone's or a camera's colour profile and no free text (a pre-commit hook
    checking an iPhone photo) needs no NER; a profile credited to a person still gives the OWNER."""
    from shapes_containers import icc_profile, icc_text

    path = tmp_path / "photo.jpg"
    profile = icc_profile(cprt=icc_text(copyright))
    Image.new("RGB", (16, 16), (90, 140, 200)).save(path, "JPEG", icc_profile=profile)
    found, spacy = _scan_in_a_fresh_process(path)
    assert ((Kind.OWNER.value, "ICC_Profile ProfileCopyright") in found) is owner
    assert spacy is owner


def test_a_photo_with_a_bare_web_address_is_scanned_without_spacy(tmp_path: Path) -> None:
    """The handle scanner asks whether a bare address's name is an English word (spaCy's stop
    words): the list is read without importing spaCy (half a second for a pre-commit hook)."""
    path = tmp_path / "photo.jpg"
    exif = piexif.dump({"0th": {piexif.ImageIFD.XPAuthor: "www.laitche.com".encode("utf-16-le") + b"\x00\x00"}})
    Image.new("RGB", (16, 16), (90, 140, 200)).save(path, "JPEG", exif=exif)
    found, spacy = _scan_in_a_fresh_process(path)
    assert (Kind.OWNER.value, "XPAuthor") in found
    assert not spacy
    from leakscan.scanners.handle import is_common_word

    assert is_common_word("whereafter") and is_common_word("Nevertheless")  # spaCy's list, still read


@pytest.mark.parametrize(
    ("keyword", "place"),
    [("manitoba", True), ("Ballarat", True), ("picnic", False), ("oliver", False)],
)
def test_a_keyword_that_is_a_listed_place_is_a_location(keyword: str, place: bool) -> None:
    # A photo's keyword names what it shows: a town or region of the lists alone is a place
    # there (a bare word of a post stays a word); an everyday word or a given name is not.
    from leakscan.scanners.photo_collector import _keyword_place

    found = _keyword_place("XMP dc:subject", keyword, [])
    assert [(f.kind, f.text) for f in found] == ([(Kind.LOCATION, keyword)] if place else [])
