"""The Python API for apps: check_post / Checker / PostCheck (text + photos, settings, threads)."""

from __future__ import annotations

import base64
import io
import json
from concurrent.futures import ThreadPoolExecutor

import piexif
import pytest
from PIL import Image

import leakscan
from leakscan import Checker, CleanImage, Kind, PostCheck, Settings, SettingsError, Verdict, check_post
from leakscan.errors import InputError, LimitError, TooManyPixelsError, UnsupportedFormatError
from leakscan.photos import check_pixels, open_photo, scan_image

PHONE_POST = "text me on 217 555 0134 after school"
CLEAN_POST = "we had so much fun building a sandcastle today"


def _rational(value: float) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    deg = int(value)
    minutes = int((value - deg) * 60)
    seconds = round(((value - deg) * 60 - minutes) * 60 * 100)
    return ((deg, 1), (minutes, 1), (seconds, 100))


def gps_jpeg(lat: float = 48.8584, lon: float = 2.2945, size: tuple[int, int] = (64, 48)) -> bytes:
    """A small synthetic JPEG with an EXIF GPS position (a public landmark, not anyone's home)."""
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S",
        piexif.GPSIFD.GPSLatitude: _rational(abs(lat)),
        piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W",
        piexif.GPSIFD.GPSLongitude: _rational(abs(lon)),
    }
    exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"TestCam"}, "Exif": {}, "GPS": gps})
    buf = io.BytesIO()
    Image.new("RGB", size, (90, 160, 220)).save(buf, "JPEG", quality=85, exif=exif)
    return buf.getvalue()


def plain_png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 40, 40)).save(buf, "PNG")
    return buf.getvalue()


# -- text ---------------------------------------------------------------------------------------------


def test_text_only_post_is_blocked_and_redacted() -> None:
    check = check_post(PHONE_POST)
    assert isinstance(check, PostCheck)
    assert check.verdict is Verdict.BLOCK
    assert [f.kind for f in check.text_result.findings] == [Kind.PHONE]
    phone = check.text_result.findings[0]
    assert PHONE_POST[phone.start : phone.end] == "217 555 0134"
    assert phone.message and "phone number" in phone.message
    assert check.redacted_text == "text me on [PHONE] after school"
    assert check.text_changed
    assert check.image_results == () and check.cleaned == () and check.cleaned_images == ()


def test_mask_style() -> None:
    assert check_post(PHONE_POST, style="mask").redacted_text == "text me on *** *** **** after school"
    with pytest.raises(ValueError, match="style"):
        check_post(PHONE_POST, style="blur")


@pytest.mark.parametrize("text", ["", "   ", CLEAN_POST])
def test_empty_and_clean_posts_are_ok(text: str) -> None:
    check = check_post(text)
    assert check.verdict is Verdict.OK
    assert check.findings == ()
    assert check.redacted_text == text
    assert not check.text_changed


def test_over_long_text_is_an_error_not_a_crash() -> None:
    check = check_post("a" * 50, settings={"max_text_chars": 10})
    assert check.text_result.error and "limit" in check.text_result.error
    assert check.errors == (check.text_result.error,)
    assert check.verdict is Verdict.BLOCK and not check.text_result.checked


#: A post whose phone number lies past ``max_text_chars``: never scanned, so never redacted.
LONG_POST = "ok " * 20 + PHONE_POST


@pytest.mark.parametrize(
    ("text", "limit", "redacted", "changed"),
    [
        (LONG_POST, 40, None, False),  # past the limit: not checked, no redacted version
        (LONG_POST, len(LONG_POST) - 1, None, False),  # one character over
        (LONG_POST, len(LONG_POST), "ok " * 20 + "text me on [PHONE] after school", True),  # at the limit
        (CLEAN_POST, len(CLEAN_POST), CLEAN_POST, False),
    ],
    ids=["past-the-limit", "one-over", "at-the-limit", "clean"],
)
def test_a_text_that_was_not_checked_has_no_redacted_version(text, limit, redacted, changed) -> None:
    """Fail closed: the original is never handed back as if it were the redacted post."""
    settings = {"max_text_chars": limit}
    check = check_post(text, settings=settings)
    assert (check.redacted_text, check.text_changed) == (redacted, changed)
    assert check.verdict is (Verdict.BLOCK if redacted is None or changed else Verdict.OK)
    assert (check.text_result.error is None) is (redacted is not None)
    data = json.loads(json.dumps(check.to_dict()))
    assert (data["redacted_text"], data["text_changed"]) == (redacted, changed)
    # the same for leakscan.redact_text and Checker
    assert leakscan.redact_text(text, Settings(max_text_chars=limit)).text == redacted
    assert leakscan.redact_text(text, Settings(max_text_chars=limit)).changed is changed
    assert Checker(settings).check_post(text, style="mask").redacted_text == (
        None if redacted is None else redacted.replace("[PHONE]", "*** *** ****")
    )


def test_the_service_answer_model_carries_a_null_redacted_text() -> None:
    """What the HTTP service answers is validated by its response model: null stays null."""
    from leakscan.server.schema import CheckResponse

    check = check_post(LONG_POST, settings={"max_text_chars": 40})
    answer = CheckResponse.model_validate(check.to_dict())
    assert answer.redacted_text is None and answer.text_changed is False
    assert answer.verdict.value == "block" and answer.text.error
    assert CheckResponse.model_validate(check_post(PHONE_POST).to_dict()).redacted_text.endswith("[PHONE] after school")


# -- photos ---------------------------------------------------------------------------------------------


def test_photo_bytes_with_gps_is_blocked() -> None:
    check = check_post(CLEAN_POST, images=[gps_jpeg()])
    assert check.text_result.verdict is Verdict.OK
    assert check.verdict is Verdict.BLOCK  # the worst of text and photos
    (image,) = check.image_results
    assert image.source == "images[0]" and image.type == "image"
    gps = [f for f in image.findings if f.kind is Kind.GPS]
    assert gps and "map pin" in (gps[0].message or "")
    assert check.cleaned_images == ()  # not asked for


def test_photo_paths_and_bytes_mixed(tmp_path) -> None:
    path = tmp_path / "beach.jpg"
    path.write_bytes(gps_jpeg())
    check = check_post("", images=[path, str(path), bytearray(plain_png())])
    assert [r.source for r in check.image_results] == [str(path), str(path), "images[2]"]
    assert [r.verdict for r in check.image_results] == [Verdict.BLOCK, Verdict.BLOCK, Verdict.OK]
    assert check.verdict is Verdict.BLOCK


def test_clean_images_returns_clean_bytes(tmp_path) -> None:
    original = gps_jpeg()
    path = tmp_path / "park.jpg"
    path.write_bytes(original)
    check = check_post(PHONE_POST, images=[original, path], clean_images=True)
    assert len(check.cleaned) == 2 and len(check.cleaned_images) == 2
    for cleaned in check.cleaned:
        assert isinstance(cleaned, CleanImage)
        assert cleaned.error is None and cleaned.data is not None
        assert cleaned.format == "JPEG" and cleaned.media_type == "image/jpeg"
        again = scan_image(cleaned.data)
        assert Kind.GPS not in again.kinds
        assert Image.open(io.BytesIO(cleaned.data)).size == (64, 48)
    assert path.read_bytes() == original  # the original file is never touched


def test_an_unreadable_image_does_not_sink_the_post(tmp_path) -> None:
    check = check_post(PHONE_POST, images=[b"this is not a picture", tmp_path / "missing.jpg"], clean_images=True)
    assert check.verdict is Verdict.BLOCK  # the text still counts
    assert all(r.error for r in check.image_results)
    assert check.cleaned_images == (None, None)
    assert all(c.error for c in check.cleaned)
    assert len(check.errors) == 2
    for error in check.errors:
        assert "picture" not in error  # the input is never quoted back


def test_to_dict_is_json_ready_with_base64_images() -> None:
    check = check_post(PHONE_POST, images=[gps_jpeg()], clean_images=True)
    data = json.loads(json.dumps(check.to_dict()))
    assert data["verdict"] == "block"
    assert data["text"]["findings"][0]["kind"] == "PHONE"
    assert data["redacted_text"] == check.redacted_text
    assert data["images"][0]["findings"][0]["kind"] == "GPS"
    cleaned = data["cleaned_images"][0]
    assert base64.b64decode(cleaned["data"]) == check.cleaned_images[0]
    assert cleaned["media_type"] == "image/jpeg"
    assert check_post("hi").to_dict()["cleaned_images"] is None


# -- settings -----------------------------------------------------------------------------------------


def test_settings_per_call_as_mapping_or_settings() -> None:
    post = "mail help@kidsapp.example if you get stuck"
    assert check_post(post).verdict is Verdict.BLOCK
    assert check_post(post, settings={"allow": ["HELP@kidsapp.example"]}).verdict is Verdict.OK
    assert check_post(post, settings=Settings(ignore_kinds=("EMAIL",))).verdict is Verdict.OK
    assert check_post(post, settings={"severity": {"EMAIL": "medium"}}).verdict is Verdict.WARN


def test_unknown_settings_key_is_refused_by_name() -> None:
    with pytest.raises(SettingsError, match="favourite_colour"):
        check_post("hi", settings={"favourite_colour": "blue"})
    with pytest.raises(SettingsError, match=r"known\.pets"):
        check_post("hi", settings={"known": {"pets": ["rex"]}})
    with pytest.raises(SettingsError):
        check_post("hi", settings=["not", "a", "mapping"])  # type: ignore[arg-type]


def test_known_facts_and_regions_reach_the_scanners() -> None:
    checker = Checker()
    settings = checker.settings_for({"known": {"schools": ["Hollybrook"], "names": ["Zara"]}, "regions": "gb"})
    assert settings.known.schools == ("Hollybrook",) and settings.known.names == ("Zara",)
    assert settings.regions == ("GB",)
    assert check_post("see you at hollybrook", settings={"known": {"schools": ["Hollybrook"]}}).findings
    uk = "ring me on 07700 900123"
    assert check_post(uk, settings={"regions": ["GB"]}).verdict is Verdict.BLOCK


def test_checker_holds_app_settings_and_merges_per_call() -> None:
    checker = Checker({"allow": ["help@kidsapp.example"], "regions": ["GB", "US"]}, style="mask")
    assert checker.settings.regions == ("GB", "US")
    post = "help@kidsapp.example or 217 555 0134"
    check = checker.check_post(post)
    assert [f.kind for f in check.text_result.findings] == [Kind.PHONE]
    assert check.redacted_text == "help@kidsapp.example or *** *** ****"
    # a mapping merges over the app's settings (the allow-list stays)...
    merged = checker.check_post(post, settings={"ignore_kinds": ["PHONE"]})
    assert merged.verdict is Verdict.OK
    # ...a Settings replaces them for that call
    replaced = checker.check_post(post, settings=Settings(ignore_kinds=("PHONE",)))
    assert [f.kind for f in replaced.text_result.findings] == [Kind.EMAIL]
    assert checker.check_post(post, style="placeholder").redacted_text.endswith("[PHONE]")
    with pytest.raises(SettingsError, match="nope"):
        checker.check_post(post, settings={"nope": 1})
    with pytest.raises(ValueError):
        Checker(style="blur")


def test_public_exports() -> None:
    for name in ("check_post", "PostCheck", "Checker", "CleanImage"):
        assert name in leakscan.__all__ and hasattr(leakscan, name)


# -- threads ------------------------------------------------------------------------------------------


def test_thread_safe_shared_checker() -> None:
    """Many threads share one Checker: every answer equals the one-at-a-time answer."""
    checker = Checker({"allow": ["help@kidsapp.example"]})
    photo = gps_jpeg()
    posts = [
        (PHONE_POST, ()),
        (CLEAN_POST, ()),
        ("my email is emma.j2013@example.com and my snap is emmaj11", ()),
        ("i live at 42 Oak Street", ()),
        (CLEAN_POST, (photo,)),
        ("help@kidsapp.example", ()),
    ] * 12

    def run(item: tuple[str, tuple[bytes, ...]]) -> dict:
        text, images = item
        return checker.check_post(text, images, clean_images=bool(images)).to_dict()

    expected = [run(item) for item in posts[:6]] * 12
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(run, posts))
    assert got == expected


_FIRST_CALLS = """
import threading
from concurrent.futures import ThreadPoolExecutor
from leakscan import nlp, check_post

loads = []
real_load = nlp._load
def counting_load(model):
    loads.append(threading.get_ident())
    return real_load(model)
nlp._load = counting_load

barrier = threading.Barrier(8)
def first_call(_):
    barrier.wait()  # every thread makes its first call at the same moment
    return check_post("text me on 217 555 0134, im emma").verdict.value
with ThreadPoolExecutor(max_workers=8) as pool:
    verdicts = set(pool.map(first_call, range(8)))
print(len(loads), sorted(verdicts))
"""


def test_concurrent_first_calls_load_the_model_once() -> None:
    """In a fresh process, 8 threads' simultaneous first calls load the spaCy model once."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _FIRST_CALLS], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1", "['block']"]


# -- the core checks its own limits, and reads a photo once ------------------------------------------


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A valid-looking PNG whose header declares a huge canvas (a decompression bomb)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 4096))
        + chunk(b"IEND", b"")
    )


SMALL = Settings(max_file_bytes=5_000, max_image_pixels=10_000)


@pytest.mark.parametrize(
    ("data", "error", "says"),
    [
        (b"", UnsupportedFormatError, "empty"),
        (b"hello, not a picture", UnsupportedFormatError, "holds text"),
        (b"%PDF-1.7\n" + b"\x00" * 50, UnsupportedFormatError, "unknown format"),
        (b"II*\x00\x08\x00", InputError, "TIFF"),  # a TIFF cut short: nothing can be read of it
        (gps_jpeg() + b"\x00" * 5_000, LimitError, "max_file_bytes"),
        (png_bomb(), TooManyPixelsError, "100000x100000"),
        (png_bomb(101, 100), TooManyPixelsError, "101x100"),
    ],
    ids=["empty", "text", "pdf", "cut-tiff", "over-max-file-bytes", "bomb", "just-over"],
)
def test_open_photo_refuses_with_a_precise_error(data: bytes, error: type[Exception], says: str) -> None:
    with pytest.raises(error, match=says) as caught:
        check_pixels(open_photo(data, SMALL), SMALL)
    assert type(caught.value) is error  # the most precise one: the service maps it to its status
    assert "picture" not in str(caught.value)  # nothing of the input is quoted back


@pytest.mark.parametrize(
    ("data", "fmt", "size"),
    [(gps_jpeg(), "JPEG", (64, 48)), (plain_png(), "PNG", (16, 16)), (png_bomb(100, 100), "PNG", (100, 100))],
    ids=["jpeg", "png", "at-the-limit"],
)
def test_open_photo_reads_a_photo_within_the_limits(data: bytes, fmt: str, size: tuple[int, int]) -> None:
    photo = open_photo(data, SMALL)
    check_pixels(photo, SMALL)
    assert (photo.format, photo.media, photo.size) == (fmt, "image", size)
    assert photo.data is data  # bytes are not copied


def test_pixels_are_a_limit_of_the_pre_upload_check_not_of_a_scan() -> None:
    """A scan reads the metadata of a huge picture but never decodes it: what it shows was not
    read, so it is not fully checked (with --no-pixels, metadata only, it is); the pre-upload
    check refuses it, as the service does (413)."""
    bomb = png_bomb()
    assert open_photo(bomb).size == (100_000, 100_000)
    scanned = scan_image(bomb)
    assert not scanned.checked and "max_image_pixels" in (scanned.error or "")
    assert scan_image(bomb, Settings(pixels=False)).checked
    check = check_post("fun day", images=[bomb], clean_images=True)
    (result,) = check.image_results
    assert check.verdict is Verdict.BLOCK and "100000x100000 pixels" in (result.error or "")
    assert check.cleaned[0].data is None and check.cleaned[0].error == result.error


def test_a_photo_opened_once_checks_like_its_bytes(tmp_path) -> None:
    data = gps_jpeg()
    path = tmp_path / "217-555-0134.jpg"
    path.write_bytes(data)
    for source, opened in ((data, open_photo(data)), (path, open_photo(path))):
        as_given = check_post(PHONE_POST, images=[source], clean_images=True)
        as_opened = check_post(PHONE_POST, images=[opened], clean_images=True)
        assert as_opened.to_dict() == as_given.to_dict()
    assert open_photo(path).name == str(path)  # its file name is scanned too
    assert any(f.field == "FileName" for f in check_post("", images=[open_photo(path)]).findings)


class _Reads:
    """Counts how often the format handlers sniff and parse one file's bytes (they still do the work)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, original: bytes) -> None:
        from leakscan import media

        self.sniffed = self.parsed = 0
        for handler in media.HANDLERS:
            cls = type(handler)
            monkeypatch.setattr(cls, "sniff", self._count(cls.sniff, "sniffed", original))
            monkeypatch.setattr(cls, "read", self._count(cls.read, "parsed", original))

    def _count(self, method, counter: str, original: bytes):
        def counted(handler, data: bytes, *args):
            if bytes(data[:64]) == original[:64] and (counter == "sniffed" or len(data) == len(original)):
                setattr(self, counter, getattr(self, counter) + 1)
            return method(handler, data, *args)

        return counted


def test_a_check_with_a_clean_copy_sniffs_and_parses_the_photo_once(monkeypatch: pytest.MonkeyPatch) -> None:
    original = gps_jpeg()
    check_post("", images=[original])  # warm up: the reads below are the check's own
    reads = _Reads(monkeypatch, original)
    check = check_post(PHONE_POST, images=[original], clean_images=True)
    assert check.cleaned[0].data is not None
    assert (reads.sniffed, reads.parsed) == (1, 1)


# -- one clean-copy type, end to end ------------------------------------------------------------------


def test_one_clean_copy_record_from_the_strip_to_the_post_check(tmp_path) -> None:
    """check_post's clean copy is the very record clean_image_bytes makes, and redact_image_file's
    adds only where it went: nothing is copied field by field (and lost) on the way."""
    from dataclasses import replace

    from leakscan.redact.image import clean_image_bytes, redact_image_file

    data = gps_jpeg()
    check = check_post("", images=[data], clean_images=True)
    (cleaned,) = check.cleaned
    assert type(cleaned) is leakscan.CleanImage
    assert cleaned == clean_image_bytes(data, findings=check.image_results[0].findings)
    assert cleaned.changed and Kind.GPS in {f.kind for f in cleaned.findings_before}
    src, dst = tmp_path / "beach.jpg", tmp_path / "clean.jpg"
    src.write_bytes(data)
    written = redact_image_file(src, dst)
    assert type(written) is leakscan.CleanImage and written.written and written.output == dst
    assert replace(written, output=None, written=False) == clean_image_bytes(data)
    failed = check_post("", images=[b"not a photo"], clean_images=True).cleaned[0]
    assert type(failed) is leakscan.CleanImage and failed.data is None and failed.error


def test_one_public_clean_copy_type() -> None:
    assert "CleanImage" in leakscan.__all__ and "CleanedImage" not in leakscan.__all__
    assert not hasattr(leakscan, "CleanedImage") and not hasattr(leakscan.api, "CleanedImage")


def test_redact_text_means_one_thing() -> None:
    """``leakscan.redact_text`` scans a post and masks what it leaks (a RedactedText); masking
    findings already made is :func:`leakscan.redact.text.mask_findings` (a str)."""
    from leakscan.redact import text

    assert not hasattr(text, "redact_text")
    result = leakscan.scan_text(PHONE_POST)
    assert text.mask_findings(PHONE_POST, result.findings) == leakscan.redact_text(PHONE_POST).text


# -- chats: a post in the context of the earlier messages (issue 12) -----------------------------------


@pytest.mark.parametrize(
    ("context", "post", "verdict", "redacted", "parts"),
    [
        (["my cell is 917", {"from": "sam", "text": "k"}, "555"], "0138", Verdict.BLOCK, "[PHONE]", [0, 2]),
        ([{"from": "child", "text": "we live at 18", "id": "a1"}], "birch lane", Verdict.BLOCK, "[ADDRESS]", ["a1"]),
        (["we won 3 - 1"], "next match is 2 pm", Verdict.OK, "next match is 2 pm", None),
        (None, "0138", Verdict.OK, "0138", None),
    ],
)
def test_check_post_with_context_finds_a_leak_across_messages(
    context: list | None, post: str, verdict: Verdict, redacted: str, parts: list | None
) -> None:
    for check in (check_post(post, context=context), Checker().check_post(post, context=context)):
        assert check.verdict is verdict
        assert check.redacted_text == redacted
        data = json.loads(json.dumps(check.to_dict()))
        found = [f["parts"] for f in data["text"]["findings"] if f["parts"] is not None]
        assert found == ([parts] if parts else [])


@pytest.mark.parametrize("context", [[1], ["ok", {"text": "hi", "when": "now"}], "ok", [{"from": None, "text": "hi"}]])
def test_check_post_refuses_a_malformed_context_naming_it(context: object) -> None:
    with pytest.raises(InputError, match="context"):
        check_post("hi", context=context)  # type: ignore[arg-type]
