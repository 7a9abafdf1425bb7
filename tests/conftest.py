"""Shared fixtures: the corpus location, a CLI runner, sample paths."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def corpus_dir() -> Path:
    """The shared corpus: ``$LEAKSCAN_CORPUS``, else ``../shared/corpus`` next to the repo."""
    return Path(os.environ.get("LEAKSCAN_CORPUS", ROOT.parent / "shared" / "corpus"))


CORPUS = corpus_dir()
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS} (set LEAKSCAN_CORPUS to run these)"
)
needs_exiftool = pytest.mark.skipif(
    shutil.which("exiftool") is None, reason="exiftool not installed (apt-get install libimage-exiftool-perl)"
)


#: Headless Chromium as the tests launch it (Debian's package; Playwright's download is not used).
CHROMIUM = os.environ.get("LEAKSCAN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def spans_of(text: str, *parts: str) -> list[tuple[int, int, str]]:
    """Expected ``(start, end, text)`` spans: each part located, in order, in ``text``."""
    out = []
    pos = 0
    for part in parts:
        i = text.index(part, pos)
        out.append((i, i + len(part), part))
        pos = i + len(part)
    return out


def scan_spans(scanner, text: str, settings=None) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of what one scanner finds in ``text``."""
    from leakscan.scanners.base import TextContext
    from leakscan.settings import Settings

    return [(f.start, f.end, f.text) for f in scanner.scan(TextContext(text, settings or Settings()))]


@pytest.fixture
def cli_runner():
    from click.testing import CliRunner

    return CliRunner()
