"""Shared fixtures: the corpus location, a CLI runner, sample paths."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# onnxruntime (the pixel models, and RapidOCR as an independent reader) sends usage telemetry
# unless told not to before its import; nothing here sends anything anywhere.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")


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


#: Prepended to a script by :func:`run_offline`: every socket call fails in that process.
_NO_NETWORK = (
    "import socket\n"
    "def refuse(*a, **k):\n"
    "    raise OSError('network disabled by the test')\n"
    "socket.socket.connect = refuse\n"
    "socket.create_connection = refuse\n"
    "socket.getaddrinfo = refuse\n"
)


def run_offline(code: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``code`` run by a fresh Python in which every socket fails (models must come from what
    is installed, nothing downloaded); its output as text."""
    return subprocess.run([sys.executable, "-c", _NO_NETWORK + code], capture_output=True, text=True, timeout=timeout)


#: Settings for runs about files, workers and output rather than what is found: no NER (spaCy's
#: import and load, most of a fresh process's start) and no pixel models. What the tests using
#: it check (phone numbers, e-mails, photo metadata, where output goes) is found all the same.
NO_NER_SETTINGS = (
    'scanners = ["phone", "email", "handle", "address", "age", "school", "photo_metadata"]\npixels = false\n'
)


def no_ner_settings(folder: Path) -> Path:
    """A settings file (:data:`NO_NER_SETTINGS`) written in ``folder``, for ``--settings``."""
    path = folder / "no-ner.toml"
    path.write_text(NO_NER_SETTINGS, encoding="utf-8")
    return path


def spans_of(text: str, *parts: str) -> list[tuple[int, int, str]]:
    """Expected ``(start, end, text)`` spans: each part located, in order, in ``text``."""
    out = []
    pos = 0
    for part in parts:
        i = text.index(part, pos)
        out.append((i, i + len(part), part))
        pos = i + len(part)
    return out


def scan_checked(scanner, text: str, settings=None, *, field: str | None = None) -> list:
    """What one scanner finds in ``text``, each finding checked against the contract every
    scanner keeps (tests/test_scanner_contract.py holds it to the whole registry; each
    scanner's own tests go through here too)."""
    from leakscan.scanners.base import TextContext
    from leakscan.settings import Settings

    found = list(scanner.scan(TextContext(text, settings or Settings(), field=field)))
    for f in found:
        assert 0 <= f.start < f.end <= len(text), "a finding covers at least one character of the text"
        assert text[f.start : f.end] == f.text, "the offsets point at exactly the finding's text"
        assert f.text == f.text.strip(), "no white space around a finding"
        assert f.kind in scanner.kinds, f"{scanner.name} reports only the kinds it declares"
        assert f.scanner == scanner.name
        assert 0 < f.confidence <= 1
        assert f.field == field, "a finding keeps the field its text came from"
        assert (f.severity, f.code, f.message) == (None, None, None), "the policy decides severity and wording"
    return found


def scan_spans(scanner, text: str, settings=None) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of what one scanner finds in ``text`` (contract checked)."""
    return [(f.start, f.end, f.text) for f in scan_checked(scanner, text, settings)]


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Keep together, on one xdist worker, the tests of a module that share one of its
    module-scoped fixtures (a server, a browser, a corpus redacted once), so that it is built
    once; every other test is handed to whichever worker is free (``--dist loadgroup`` in
    pyproject.toml: a whole file on one worker left the other idle for minutes)."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None:
            continue
        shared = any(
            d.scope in ("class", "module", "package")
            for name in info.names_closure
            for d in info.name2fixturedefs.get(name, ())
        )
        if shared:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))


@pytest.fixture
def cli_runner():
    from click.testing import CliRunner

    return CliRunner()
