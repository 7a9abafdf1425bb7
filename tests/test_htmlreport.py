"""The parent's HTML report: self-contained, values masked, riskiest first, renders in Chromium."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CHROMIUM, CHROMIUM_ARGS, SAMPLES

from leakscan.cli import cli


def make_report(tmp_path: Path) -> tuple[Path, str]:
    src = tmp_path / "album"
    src.mkdir()
    (src / "party.txt").write_text("my birthday is march 3rd, text me 217 555 0134", encoding="utf-8")
    (src / "score.txt").write_text("we won 3-2", encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\xff\xfe\x00garbage")
    photos = SAMPLES / "photos"
    if photos.is_dir():
        for p in sorted(photos.iterdir()):
            if p.is_file():
                shutil.copy(p, src / p.name)
    report = tmp_path / "report.html"
    res = CliRunner().invoke(cli, ["scan", str(src), "--report", str(report), "-q", "-j", "1"])
    assert res.exit_code == 2, res.output  # bad.txt could not be read
    return report, report.read_text(encoding="utf-8")


def test_report_is_self_contained_and_masks_values(tmp_path):
    _, html = make_report(tmp_path)
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)  # no network fetches
    assert "217 555 0134" not in html and "555 0134" not in html
    assert "2** *** **34" in html
    assert "march 3rd" not in html
    assert "Could not be checked" in html and "bad.txt" in html
    # Riskiest first: the blocked post comes before anything that only warns.
    assert html.index("party.txt") < html.index("Could not be checked")
    if (SAMPLES / "photos").is_dir():
        assert "data:image/jpeg;base64," in html


def test_report_renders_in_headless_chromium(tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    report, _ = make_report(tmp_path)
    shot = tmp_path / "shot.png"
    requests: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.goto(report.as_uri())
            assert page.title() == "leakscan report"
            assert page.locator("h1").inner_text() == "What leakscan found"
            assert page.locator("article.item").count() >= 1
            assert page.locator("article.block").first.is_visible()
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    from PIL import Image

    with Image.open(shot) as im:
        assert im.width == 1000 and im.height >= 600
        colours = im.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # real content, not a blank page
