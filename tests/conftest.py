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


@pytest.fixture
def cli_runner():
    from click.testing import CliRunner

    return CliRunner()
