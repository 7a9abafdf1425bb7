"""The parent's HTML report: self-contained, values masked, what could not be checked first and
never an all-clear while anything was not checked, the real dangers first, posts shown masked
in place, plain words, masked file names, no emoji glyphs, bounded thumbnails; and how it
looks in headless Chromium."""

from __future__ import annotations

import base64
import html as htmllib
import io
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CHROMIUM, CHROMIUM_ARGS, CORPUS, ROOT, SAMPLES
from PIL import Image
from pixel_images import chat_screenshot, encode, qr_picture, text_png

from leakscan import Kind, ScanResult, Settings, scan_image, scan_text
from leakscan.cli import cli
from leakscan.htmlreport import SHOWN_PX, HtmlReport, _thumbnail, field_words, kind_words, risk_of
from leakscan.inputs import Item
from leakscan.media.base import RawMetadata
from leakscan.photos import incomplete_reason
from leakscan.report import Summary

HOME_POST = "we just moved in!! come over to 42 oak street after school"
PHONE_POST = "my birthday is march 3rd, text me 217 555 0134"
CLEAN_POST = "we won 3-2"


class _Text(HTMLParser):
    """The text a reader sees (no style sheet, no tags)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "title")

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "title")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join("".join(parser.parts).split())


def cards(html: str) -> list[str]:
    """The item names of the report's cards, in order (as shown: masked where they are)."""
    return [visible(m) for m in re.findall(r"<article.*?<h3>.*?<code>(.*?)</code>", html, re.S)]


def scan_report(tmp_path: Path, files: dict[str, str | bytes | Path], *extra: str) -> tuple[int, str]:
    """Run ``leakscan scan FOLDER --report`` on a folder of ``files``; the exit code and the report."""
    src = tmp_path / "album"
    src.mkdir(exist_ok=True)
    for name, content in files.items():
        if isinstance(content, Path):
            shutil.copy(content, src / name)
        elif isinstance(content, str):
            (src / name).write_text(content, encoding="utf-8")
        else:
            (src / name).write_bytes(content)
    report = tmp_path / "report.html"
    res = CliRunner().invoke(cli, ["scan", str(src), *extra, "--report", str(report), "-q", "-j", "1"])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.output
    return res.exit_code, report.read_text(encoding="utf-8")


_STUDIO_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"
 xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
 photoshop:City="Mainz" photoshop:State="Rheinland-Pfalz" photoshop:Country="Deutschland"
 photoshop:Credit="Fotostudio Sonne" aux:SerialNumber="380319450" Iptc4xmpCore:Location="Fotostudio Sonne">
 <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">(C) Petra Beispiel</rdf:li></rdf:Alt></dc:rights>
 <Iptc4xmpCore:CreatorContactInfo Iptc4xmpCore:CiAdrExtadr="Sonnenweg 33" Iptc4xmpCore:CiAdrCity="Mainz"
   Iptc4xmpCore:CiAdrPcode="55129" Iptc4xmpCore:CiAdrCtry="Deutschland"
   Iptc4xmpCore:CiEmailWork="studio@example.com" Iptc4xmpCore:CiTelWork="+49 6131 555 0134"
   Iptc4xmpCore:CiUrlWork="https://fotostudio.example.com"/>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


def studio_photo(path: Path) -> Path:
    """A made-up studio portrait's metadata: the photographer's name, contact details (an
    address, an e-mail, a phone: high on their own), the studio's town, a serial number, dates."""
    exif = Image.Exif()
    exif[0x013B] = "Petra Beispiel"  # Artist
    exif[0x8298] = "(C) Fotostudio Sonne"  # Copyright
    exif[0x0110] = "Canon EOS 7D"
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = "2024:05:04 10:11:12"  # DateTimeOriginal
    ifd[0xA431] = "380319450"  # BodySerialNumber
    Image.new("RGB", (320, 240), (200, 180, 160)).save(path, "JPEG", exif=exif, xmp=_STUDIO_XMP.encode())
    return path


def partly_checked(path: Path):
    """A real photo's result as the core reports one it could read only in part."""
    meta = RawMetadata(format="JPEG")
    meta.incomplete.append("XMP not well-formed")
    return replace(scan_image(path), error=incomplete_reason(meta))


# -- self-contained, masked -------------------------------------------------------------------


def test_report_is_self_contained_and_masks_values(tmp_path):
    photos = {p.name: p for p in sorted((SAMPLES / "photos").iterdir()) if p.is_file()}
    code, html = scan_report(
        tmp_path, {"party.txt": PHONE_POST, "score.txt": CLEAN_POST, "bad.txt": b"caf\xe9", **photos}
    )
    assert code == 2  # bad.txt could not be read
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)  # no network fetches
    assert "217 555 0134" not in html and "555 0134" not in html
    assert "2** *** **34" in html
    assert "march 3rd" not in html
    text = visible(html)
    # What could not be checked comes first, then the riskiest items.
    assert text.index("Could not be checked (1)") < text.index("bad.txt") < text.index("Riskiest first")
    # Riskiest first: every block before anything that only warns; the post is among them.
    verdicts = re.findall(r"<article class='item (\w+)'>", html)
    assert verdicts == sorted(verdicts, key=["block", "warn", "ok"].index) and verdicts.count("block") >= 3
    assert any(name.endswith("party.txt") for name in cards(html)[: verdicts.count("block")])
    assert "data:image/jpeg;base64," in html


# -- what could not be checked ----------------------------------------------------------------------

UNCHECKED = [
    pytest.param(lambda d: b"caf\xe9 at 3", "not valid UTF-8", id="not-utf8"),
    pytest.param(lambda d: b"GIF89a", "not a GIF file", id="broken-image"),
]


@pytest.mark.parametrize(("content", "reason"), UNCHECKED)
def test_an_unchecked_item_means_no_all_clear(tmp_path, content, reason):
    name = "photo.gif" if reason != "not valid UTF-8" else "post.txt"
    code, html = scan_report(tmp_path, {name: content(tmp_path), "score.txt": CLEAN_POST})
    assert code == 2
    text = visible(html)
    assert "Nothing that gives a child away was found" not in text and "class=allclear" not in html
    assert "Could not be checked (1)" in text
    assert re.search(rf"{name}: not checked: [^<]*{reason}", text)
    assert "Nothing was found in the 1 item that could be checked, but 1 could not be checked" in text
    # The counts: one fine (the checked post), one not checked; never "fine" for the unread one.
    assert re.search(r"1\s*could not be checked\s*0\s*to fix before sharing\s*0\s*worth a look\s*1\s*fine", text)


def test_an_unreadable_path_is_listed(tmp_path):
    report = tmp_path / "r.html"
    res = CliRunner().invoke(cli, ["scan", str(tmp_path / "gone.jpg"), "--report", str(report), "-q"])
    assert res.exit_code == 2
    text = visible(report.read_text(encoding="utf-8"))
    assert "gone.jpg: not checked: cannot read" in text and "all clear" not in text.lower()


def test_all_checked_and_nothing_found_is_the_only_all_clear(tmp_path):
    code, html = scan_report(tmp_path, {"score.txt": CLEAN_POST, "clean.jpg": SAMPLES / "photos" / "clean.jpg"})
    assert code == 0
    assert "<p class=allclear>Nothing that gives a child away was found.</p>" in html
    assert "Could not be checked" not in html


def test_a_partly_checked_photo_is_shown_with_its_findings_and_listed_as_not_checked(tmp_path):
    photo = SAMPLES / "photos" / "park_gps.jpg"
    result = partly_checked(photo)
    summary = Summary()
    summary.add(result)
    report = HtmlReport()
    report.add(Item(source=str(photo), type="image", path=photo), result)
    html = report.render(summary)
    text = visible(html)
    assert text.index("Could not be checked (1)") < text.index("Riskiest first")
    assert "park_gps.jpg: not fully checked: XMP not well-formed (what it did find is shown below)" in text
    assert "not fully checked: XMP not well-formed: more may be hidden" in text
    assert "<span class='badge block'>not fully checked</span>" in html
    assert "a map pin (where it was taken)" in text  # its findings stand
    assert "class=allclear" not in html


# -- the real dangers first ----------------------------------------------------------------------


def _studio(tmp_path: Path) -> Path:
    return studio_photo(tmp_path / "studio.jpg")


def _corpus_studio(tmp_path: Path) -> Path:
    photo = CORPUS / "photos" / "camera" / "mei__Canon_EOS_7D.jpg"
    if not photo.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS} (set LEAKSCAN_CORPUS to run this)")
    return photo


@pytest.mark.parametrize("make_photo", [_studio, _corpus_studio], ids=["made-up-studio", "corpus-studio"])
def test_a_home_address_comes_before_a_studio_photo(tmp_path, make_photo):
    photo = make_photo(tmp_path)
    result = scan_image(photo)
    # The studio photo is a block with many findings, some high (the studio's own address and e-mail).
    assert result.verdict.value == "block" and len(result.findings) >= 12
    assert {Kind.ADDRESS, Kind.EMAIL} <= result.kinds
    _, html = scan_report(tmp_path, {"studio.jpg": photo, "moving.txt": HOME_POST})
    assert [name.rsplit("/", 1)[-1] for name in cards(html)] == ["moving.txt", "studio.jpg"]


def _photo_result(tmp_path: Path, name: str):
    return scan_image(SAMPLES / "photos" / name)


RANKED = [  # (riskier, less risky)
    pytest.param(lambda t: scan_text(HOME_POST), lambda t: scan_image(_studio(t)), id="home-address>studio"),
    pytest.param(lambda t: scan_text(PHONE_POST), lambda t: scan_image(_studio(t)), id="phone>studio"),
    pytest.param(lambda t: _photo_result(t, "park_gps.jpg"), lambda t: scan_image(_studio(t)), id="gps>studio"),
    pytest.param(lambda t: scan_image(_studio(t)), lambda t: scan_text("me and jake at the park"), id="block>warn"),
    pytest.param(
        lambda t: scan_image(_studio(t)),
        lambda t: scan_text("me and jake and lily and emma and sophie at riverside park and westfield mall"),
        id="block>many-warn",
    ),
    pytest.param(lambda t: scan_text(PHONE_POST), lambda t: scan_text(HOME_POST), id="two-highs>one"),
    pytest.param(
        lambda t: ScanResult(source="x.jpg", type="image", error="cannot read file"),
        lambda t: scan_text("me and jake at the park"),
        id="unchecked>warn",
    ),
]


@pytest.mark.parametrize(("riskier", "safer"), RANKED)
def test_ranking(tmp_path, riskier, safer):
    assert risk_of(riskier(tmp_path)) > risk_of(safer(tmp_path))


def test_the_childs_own_name_as_author_counts_in_full(tmp_path):
    settings = Settings.from_dict({"known": {"names": ["Petra Beispiel"]}})
    own = scan_image(_studio(tmp_path), settings)
    assert risk_of(own, settings)[1] == 3  # a known-fact match is never played down
    assert risk_of(scan_image(_studio(tmp_path)))[1] == 2


def test_what_only_tells_who_made_the_photo_still_counts_a_little(tmp_path):
    studio = scan_image(_studio(tmp_path))
    without = replace(studio, findings=tuple(f for f in studio.findings if f.kind is not Kind.OWNER))
    assert risk_of(studio) > risk_of(without)


# -- posts, names and words a parent can read -------------------------------------------------------


def test_a_post_is_shown_with_its_findings_masked_in_place(tmp_path):
    _, html = scan_report(tmp_path, {"party.txt": PHONE_POST})
    (post,) = re.findall(r"<blockquote class=post>(.*?)</blockquote>", html, re.S)
    assert visible(post) == "my birthday is m**** *rd, text me 2** *** **34"
    assert post.count("<mark") == 2 and "<mark class=high" in post


def test_a_long_post_is_shortened_between_findings_never_inside_them(tmp_path):
    long = "bla " * 200 + "text me 217 555 0134 " + "more " * 200
    _, html = scan_report(tmp_path, {"long.txt": long})
    (post,) = re.findall(r"<blockquote class=post>(.*?)</blockquote>", html, re.S)
    shown = visible(post)
    assert shown.startswith("… ") and shown.endswith(" …") and "text me 2** *** **34" in shown
    assert len(shown) < 400


@pytest.mark.parametrize(
    ("field", "words"),
    [
        ("XMP Iptc4xmpCore:CreatorContactInfo/Iptc4xmpCore:CiAdrExtadr", "the photographer's contact details"),
        ("XMP Iptc4xmpCore:CreatorContactInfo/Iptc4xmpCore:CiEmailWork", "the photographer's contact details"),
        ("DateTimeOriginal", "when the photo was taken"),
        ("XMP xmp:CreateDate", "when the photo was taken"),
        ("GPSInfo", "the hidden map pin (GPS)"),
        ("GPSInfo (APP1 #2)", "the hidden map pin (GPS)"),
        ("Artist", "the photographer's or author's name"),
        ("XMP dc:rights", "the copyright notice"),
        ("XMP photoshop:City", "the place saved with the photo"),
        ("BodySerialNumber", "the camera's serial number"),
        ("ThumbnailImage", "a hidden preview picture"),
        ("Photoshop PhotoshopThumbnail", "a hidden preview picture"),
        ("ImageDescription", "the photo's description"),
        ("FileName", "the file name"),
        # no entry: a cleaned-up name
        ("XMP photoshop:TransmissionReference", "a hidden field: transmission reference"),
        ("PNG tEXt my_own_key", "a hidden field: my own key"),
        ("XMP exif:GPSAreaInformation", "the hidden map pin (GPS)"),
    ],
)
def test_field_words(field, words):
    assert field_words(field) == words


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (Kind.DATETIME, "when the photo was taken"),
        (Kind.PHONE, "a phone number"),
        ("DEVICE_ID", "a camera serial number"),
    ],
)
def test_kind_words(kind, words):
    assert kind_words(kind) == words


def test_no_jargon_in_the_report(tmp_path):
    _, html = scan_report(tmp_path, {"studio.jpg": _studio(tmp_path)})
    text = visible(html)
    for words in ("the photographer's contact details", "when the photo was taken", "a camera serial number"):
        assert words in text
    for jargon in ("Iptc4xmpCore", "CreatorContactInfo", "DateTimeOriginal", "DATETIME", "datetime", "DEVICE_ID"):
        assert jargon not in text


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("my number 217 555 0134.jpg", "my number 2** *** **34.jpg"),
        ("emma.j2013@gmail.com.jpg", "e***.*****@*****.*om.jpg"),
        # (the given name before the school reads as part of its name, as in a post: masked with it)
        ("emma_lincoln_elementary.jpg", "e***_*******_********ry.jpg"),
        ("42 oak street.jpg", "4* *** ****et.jpg"),
        ("IMG_1234.jpg", None),  # a camera's own name: nothing to hide
    ],
)
def test_the_file_name_is_masked_where_it_holds_what_was_found(tmp_path, name, shown):
    _, html = scan_report(tmp_path, {name: SAMPLES / "photos" / "park_gps.jpg"})
    (card,) = cards(html)
    assert card.rsplit("/", 1)[-1] == (shown or name)
    if shown:
        assert name.split(".jpg")[0] not in html


def test_no_emoji_glyphs(tmp_path):
    photos = {p.name: p for p in sorted((SAMPLES / "photos").iterdir()) if p.is_file()}
    _, html = scan_report(
        tmp_path, {"party.txt": PHONE_POST, "bad.txt": b"caf\xe9", "big.gif": b"GIF89a", **photos}, "--region", "US"
    )
    text = htmllib.unescape(html)
    emoji = [c for c in text if ord(c) >= 0x1F000 or 0x2600 <= ord(c) <= 0x27BF]
    assert emoji == []
    assert "<svg" in html


# -- thumbnails never decode a huge picture ---------------------------------------------------------

_RSS = """
import re, sys
from pathlib import Path
from leakscan.htmlreport import _thumbnail
from leakscan.inputs import Item
path = Path(sys.argv[1])
thumb = _thumbnail(Item(source=str(path), type="image", path=path))
# This process's own peak (ru_maxrss would also count the test process it was forked from).
peak = re.search(r"VmHWM:\\s+(\\d+) kB", Path("/proc/self/status").read_text()).group(1)
print("thumb" if thumb else "placeholder", peak)
"""


def _thumb_in_child(path: Path) -> tuple[str, int]:
    """``_thumbnail`` run in a fresh process: what it gave and the process's peak RSS (KiB)."""
    if not Path("/proc/self/status").is_file():
        pytest.skip("reads the peak memory from /proc")
    out = subprocess.run([sys.executable, "-c", _RSS, str(path)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    what, rss = out.stdout.split()
    return what, int(rss)


@pytest.fixture(scope="module")
def baseline_rss(tmp_path_factory) -> int:
    """Peak RSS (KiB) of a fresh process making the thumbnail of a small picture."""
    small = tmp_path_factory.mktemp("thumbs") / "small.png"
    Image.new("L", (1000, 1000), 128).save(small)
    what, rss = _thumb_in_child(small)
    assert what == "thumb"
    return rss


def test_a_huge_png_gets_a_placeholder_without_being_decoded(tmp_path, baseline_rss):
    big = tmp_path / "huge.png"
    Image.new("1", (13000, 13000), 1).save(big, compress_level=9)  # 169 M pixels in ~40 KB
    assert big.stat().st_size < 1_000_000
    what, rss = _thumb_in_child(big)
    assert what == "placeholder"
    # A full decode needs 169 MB at least (Pillow keeps a byte per pixel); none happened.
    assert rss - baseline_rss < 60_000


def test_a_big_jpeg_still_gets_a_thumbnail_decoded_at_reduced_scale(tmp_path, baseline_rss):
    big = tmp_path / "big.jpg"
    Image.new("RGB", (8000, 6000), (90, 150, 220)).save(big, quality=50)  # 48 M pixels, over the bound
    what, rss = _thumb_in_child(big)
    assert what == "thumb"
    assert rss - baseline_rss < 60_000  # decoded at 1/8 scale (1000 x 750), not 144 MB of pixels


@pytest.mark.parametrize(("limit", "expected"), [(10_000_000, None), (100_000_000, "thumb")])
def test_the_thumbnail_bound_never_exceeds_max_image_pixels(tmp_path, limit, expected):
    png = tmp_path / "p.png"
    Image.new("L", (4000, 4000), 128).save(png)  # 16 M pixels
    thumb = _thumbnail(Item(source=str(png), type="image", path=png), min(limit, 40_000_000))
    assert (thumb and "thumb") == expected
    report = HtmlReport(settings=Settings(max_image_pixels=limit))
    assert report.max_pixels == min(limit, 40_000_000)


def test_orientation_is_applied_to_the_thumbnail(tmp_path):
    import base64

    photo = SAMPLES / "photos" / "portrait_orientation6.jpg"
    with Image.open(photo) as im:
        wide = im.width > im.height
    data = _thumbnail(Item(source=str(photo), type="image", path=photo))
    with Image.open(io.BytesIO(base64.b64decode(data))) as thumb:
        assert (thumb.width > thumb.height) != wide  # turned as the camera said


# -- what the photo shows: outlined, and the values covered ----------------------------------------


def shown_picture(html: str, name: str) -> Image.Image:
    """The picture embedded in ``name``'s card with its found regions drawn."""
    card = next(c for c in re.findall(r"<article.*?</article>", html, re.S) if name in c)
    data = re.search(r"<div class='thumb shown'><img alt='[^']+' src='data:image/jpeg;base64,([^']+)'>", card)
    assert data, "no picture with its regions in the card"
    return Image.open(io.BytesIO(base64.b64decode(data.group(1)))).convert("RGB")


def test_a_photo_showing_a_phone_number_is_shown_with_the_number_outlined_and_covered(tmp_path):
    from leakscan.scanners.pixel_text import read_text

    _, html = scan_report(tmp_path, {"note.png": text_png("Call me: (217) 555-0134")})
    assert "555-0134" not in html and "0134" not in visible(html)
    assert "shown in the picture" in visible(html) and "Cover or crop what is outlined" in visible(html)
    picture = shown_picture(html, "note.png")
    assert 160 < max(picture.size) <= SHOWN_PX
    # an OCR reads the words beside it, never the number
    read = read_text(picture).text
    assert "call" in read.lower() and not re.search(r"\d{3}", read), read
    reds = [n for n, (r, g, b) in picture.getcolors(1 << 20) if r > 150 and r > g + 70 and r > b + 70]
    assert sum(reds) > 100  # outlined in red


def test_a_qr_code_is_covered_whole_in_the_report(tmp_path):
    from leakscan.scanners.codes import decode_codes

    _, html = scan_report(tmp_path, {"card.png": encode(qr_picture("tel:+447700900123"))})
    assert "in a QR Code in the picture" in visible(html) and "447700900123" not in html
    assert decode_codes(shown_picture(html, "card.png")) == []


def test_a_face_is_outlined_not_covered_and_the_advice_is_to_ask(tmp_path):
    photo = ROOT / "tests" / "data" / "faces" / "astronaut.jpg"
    _, html = scan_report(tmp_path, {"portrait.jpg": photo})
    face = scan_image(photo).findings[0]
    picture = shown_picture(html, "portrait.jpg")
    with Image.open(photo) as original:
        scale = picture.width / original.width
    x, y, w, h = (round(v * scale) for v in face.box)
    middle = picture.getpixel((x + w // 2, y + h // 2))
    assert max(middle) - min(middle) > 20 or max(middle) > 120  # the face itself, not the grey cover
    assert "Ask the people in it before sharing their faces" in visible(html)
    assert "outlined in the photo" in visible(html)


def test_a_photo_without_anything_shown_keeps_its_small_thumbnail(tmp_path):
    _, html = scan_report(tmp_path, {"park.jpg": SAMPLES / "photos" / "park_gps.jpg"})
    assert "thumb shown" not in html and "<div class=thumb><img" in html


@pytest.mark.parametrize(
    ("extra", "advice"),
    [
        (("--no-pixels",), "Check the picture itself too: leakscan read its hidden data, not what the photo shows."),
        ((), "Have a look at it together and decide what is fine to share."),
    ],
)
def test_the_advice_says_whether_the_picture_was_read(tmp_path, extra, advice):
    blank = encode(Image.new("RGB", (64, 64), "white"))
    _, html = scan_report(tmp_path, {"text me 217 555 0134.png": blank}, *extra)
    assert advice in visible(html)


# -- in the browser --------------------------------------------------------------------------------


def test_report_renders_in_headless_chromium(tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    photos = {p.name: p for p in sorted((SAMPLES / "photos").iterdir()) if p.is_file()}
    photos["my number 217 555 0134.jpg"] = SAMPLES / "photos" / "park_gps.jpg"
    photos["chat.png"] = encode(chat_screenshot([("them", "whats ur number"), ("me", "its 07700 900123")]))
    _, _html = scan_report(
        tmp_path,
        {
            "party.txt": PHONE_POST,
            "moving.txt": HOME_POST,
            "score.txt": CLEAN_POST,
            "bad.txt": b"caf\xe9",
            "studio.jpg": _studio(tmp_path),
            **photos,
        },
    )
    report = tmp_path / "report.html"
    shot = Path(os.environ.get("LEAKSCAN_REPORT_SHOT", tmp_path / "shot.png"))
    requests: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.goto(report.as_uri())
            assert page.title() == "leakscan report"
            assert page.locator("h1").inner_text() == "What leakscan found"
            unchecked = page.locator("section.unchecked")
            assert unchecked.is_visible() and "bad.txt" in unchecked.inner_text()
            first = page.locator("article.item").first
            names = page.locator("article.item h3 code").all_inner_texts()
            assert [n.rsplit("/", 1)[-1] for n in names].index("moving.txt") < [
                n.rsplit("/", 1)[-1] for n in names
            ].index("studio.jpg")  # the home address before the studio's address
            moving = page.locator("article.item", has_text="moving.txt")
            assert moving.locator("blockquote.post mark").first.is_visible()
            assert page.locator("article.item svg").count() >= 1  # icons drawn, not emoji
            shown = page.locator("article.item", has_text="chat.png").locator(".thumb.shown img")
            assert shown.is_visible() and shown.evaluate("i => i.naturalWidth") > 160
            assert 160 < shown.bounding_box()["width"] <= 320  # larger than a thumbnail, fits the card
            # The unchecked box sits above the first card.
            assert unchecked.bounding_box()["y"] < first.bounding_box()["y"]
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    with Image.open(shot) as im:
        assert im.width == 1000 and im.height >= 600
        colours = im.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # real content, not a blank page
