"""Cold start: what a fresh process imports (measured in benchmarks/coldstart.py, never timed here).

``import leakscan`` stays light, and spaCy (the costliest import and load by far) is imported
only when a text actually goes to NER: a photo folder whose photos hold no free text never
imports it, in one process or in pool workers. Every case runs in a fresh interpreter.
"""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from conftest import SAMPLES

import leakscan
from leakscan import geo, truecase

PHOTOS = SAMPLES / "photos"
#: Sample photos with no free text for NER (GPS, dates, a location name only in a fixed field).
NO_TEXT = ["clean.jpg", "gps.webp", "park_gps.jpg", "portrait_orientation6.jpg", "zero_gps.jpg", "location_text.png"]
#: Sample photos with free text NER reads (a description, an owner's name).
WITH_TEXT = ["owner_serial_thumb.jpg", "xmp_iptc_city.jpg"]
#: Imported by no light start (``import leakscan``, ``--version``, ``--help``).
HEAVY = ["spacy", "thinc", "numpy", "PIL", "rich", "pydantic", "fastapi", "phonenumbers"]

#: Runs the command line in this interpreter, then writes the names of every imported module.
_CLI_PROBE = """
import sys
report, sys.argv = sys.argv[1], ["leakscan", *sys.argv[2:]]
try:
    from leakscan.cli import main
    main()
finally:
    with open(report, "w") as fh:
        fh.write("\\n".join(sorted(sys.modules)))
"""


def imported_by(tmp_path: Path, code: str, *args: str, exits: tuple[int, ...] = (0,)) -> set[str]:
    """The modules a fresh interpreter has imported after running ``code`` with ``args``."""
    report = tmp_path / "modules.txt"
    proc = subprocess.run(
        [sys.executable, "-c", code, str(report), *args], capture_output=True, text=True, cwd=tmp_path, timeout=600
    )
    assert proc.returncode in exits and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    return set(report.read_text().split())


def cli_imports(tmp_path: Path, *args: str) -> set[str]:
    """The modules ``leakscan ARGS`` imported (exit 0: nothing found, or 1: something found)."""
    return imported_by(tmp_path, _CLI_PROBE, *args, exits=(0, 1))


def photo_folder(root: Path, names: list[str], copies: int) -> Path:
    for i in range(copies):
        (root / f"album{i}").mkdir(parents=True)
        for name in names:
            shutil.copy(PHOTOS / name, root / f"album{i}" / name)
    return root


# -- import leakscan ---------------------------------------------------------------------------------------


_IMPORT_PROBE = """
import sys
report = sys.argv[1]
import leakscan
{then}
with open(report, "w") as fh:
    fh.write("\\n".join(sorted(sys.modules)))
"""


@pytest.fixture(scope="module")
def imported_by_import_leakscan(tmp_path_factory) -> set[str]:
    """What ``import leakscan`` imports in a fresh interpreter (one for every module below)."""
    return imported_by(tmp_path_factory.mktemp("import"), _IMPORT_PROBE.format(then=""))


@pytest.mark.parametrize("module", [*HEAVY, "leakscan.api", "leakscan.posts", "leakscan.media", "leakscan.photos"])
def test_import_leakscan_imports_none_of(imported_by_import_leakscan, module):
    assert module not in imported_by_import_leakscan


@pytest.mark.parametrize(
    ("use", "loads"),
    [
        ("leakscan.scan_text('me and jake at riverside park')", {"leakscan.posts", "spacy"}),
        ("from leakscan import Kind", {"leakscan.findings"}),
        ("leakscan.scan_image(open(sys.argv[2], 'rb').read())", {"leakscan.photos", "leakscan.media"}),
    ],
)
def test_a_public_name_loads_its_module_on_first_use(tmp_path, use, loads):
    code = _IMPORT_PROBE.format(then=use)
    assert loads <= imported_by(tmp_path, code, str(PHOTOS / "park_gps.jpg"))


def test_every_public_name_resolves_and_is_listed():
    for name in leakscan.__all__:
        assert getattr(leakscan, name) is not None
    assert set(leakscan.__all__) <= set(dir(leakscan))
    assert leakscan.Kind.PHONE.value == "PHONE" and leakscan.__version__
    with pytest.raises(AttributeError):
        leakscan.no_such_name  # noqa: B018


def test_a_public_class_is_the_one_its_module_defines():
    from leakscan.findings import Finding
    from leakscan.settings import Settings

    assert leakscan.Finding is Finding and leakscan.Settings is Settings


# -- the command line --------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["scan", "--help"], ["redact", "--help"]])
def test_version_and_help_load_no_scanner(tmp_path, args):
    modules = cli_imports(tmp_path, *args)
    assert not modules & {*HEAVY, "leakscan.posts", "leakscan.media", "leakscan.scanners"}


@pytest.mark.parametrize(
    ("args", "drawn", "photos"),
    [
        # --no-pixels where the output is the question: the last case reads what the pictures
        # show, in a run that draws nothing (the pixel models import no rich)
        (["scan", "{folder}", "--format", "jsonl", "-q", "--no-pixels"], False, ["clean.jpg"]),
        (
            ["scan", "{folder}", "--format", "json", "-q", "--report", "{folder}/../r.html", "--no-pixels"],
            False,
            ["clean.jpg"],
        ),
        (["scan", "{folder}/album0/clean.jpg", "--format", "jsonl", "--no-pixels"], False, ["clean.jpg"]),
        (["scan", "{folder}/album0/clean.jpg"], True, ["clean.jpg"]),  # the table is drawn with rich
        # stderr is no terminal: no bar, no rich (and every photo without free text: no spaCy,
        # checked here rather than in a cold start of its own below)
        (["scan", "{folder}", "--format", "jsonl"], False, NO_TEXT),
    ],
)
def test_rich_is_imported_only_to_draw(tmp_path, args, drawn, photos):
    """rich loads only when something may be drawn (photos without free text here: spaCy imports rich)."""
    folder = photo_folder(tmp_path / "photos", photos, copies=1)
    modules = cli_imports(tmp_path, *(a.format(folder=folder) for a in args))
    assert ("rich" in modules) is drawn
    assert "leakscan.photos" in modules and "spacy" not in modules


@pytest.mark.parametrize(
    "args",
    [
        ["scan", "{folder}", "--jobs", "1"],
        # ["scan", "{folder}", "--format", "jsonl"]: test_rich_is_imported_only_to_draw
        ["scan", "{folder}", "--jobs", "1", "--report", "{tmp}/report.html"],
        ["redact", "{folder}", "--jobs", "1", "--out", "{tmp}/clean"],
    ],
)
def test_a_photo_folder_without_free_text_never_imports_spacy(tmp_path, args):
    """What the photos show is read too (its text never goes to NER)."""
    folder = photo_folder(tmp_path / "photos", NO_TEXT, copies=1)
    modules = cli_imports(tmp_path, *(a.format(folder=folder, tmp=tmp_path) for a in args))
    assert "leakscan.photos" in modules  # the photos were scanned
    assert "spacy" not in modules


@pytest.mark.parametrize(
    "args",
    [
        ["scan", "--text", "me and jake at riverside park"],
        # --no-pixels: the photos' metadata text alone must bring spaCy in (and reading what
        # the pictures show was half the run)
        ["scan", "{folder}", "--jobs", "1", "--no-pixels"],
    ],
)
def test_a_text_for_ner_imports_spacy(tmp_path, args):
    folder = photo_folder(tmp_path / "photos", WITH_TEXT, copies=1)
    assert "spacy" in cli_imports(tmp_path, *(a.format(folder=folder) for a in args))


@pytest.mark.parametrize(("jobs", "pool"), [([], False), (["--jobs", "1"], False), (["--jobs", "2"], True)])
def test_a_small_folder_runs_in_one_process_by_default(tmp_path, jobs, pool):
    """Under 200 files no worker is started (its start-up would cost more than it saves)."""
    folder = photo_folder(tmp_path / "photos", NO_TEXT, copies=2)
    modules = cli_imports(tmp_path, "scan", str(folder), "--format", "jsonl", "--no-pixels", *jobs)
    assert ("concurrent.futures.process" in modules) is pool


def test_a_pool_worker_loads_spacy_only_for_a_text(tmp_path):
    """A worker scanning photos without free text never imports spaCy; the same worker
    imports it for the first post it scans."""
    from leakscan import batch
    from leakscan.inputs import Item, iter_items
    from leakscan.settings import Settings

    settings = Settings()
    photos = [i for i in iter_items([str(photo_folder(tmp_path / "p", NO_TEXT, 1))], settings=settings)]
    assert photos and all(isinstance(i, Item) and i.type == "image" for i in photos)
    post = Item(source="<text>", type="text", text="me and jake at riverside park")
    with batch._Executor("local", 1, None) as ex:
        ex.result(ex.submit(batch._process_chunk, photos, settings, None))
        assert ex.result(ex.submit(_imported, "leakscan.photos"))
        assert not ex.result(ex.submit(_imported, "spacy"))
        ex.result(ex.submit(batch._process_chunk, [post], settings, None))
        assert ex.result(ex.submit(_imported, "spacy"))


def _imported(module: str) -> bool:
    """Run in a pool worker: has this process imported ``module``?"""
    return module in sys.modules


# -- data files: read lazily and fast, and read as a plain parse of the whole file reads them ---------------


def _model_lines(name: str) -> list[str]:
    data = gzip.decompress((resources.files("leakscan.models") / name).read_bytes()).decode("utf-8")
    return [line for line in data.split("\n") if line and not line.startswith("#")]


def test_lexicon_lookups_agree_with_a_plain_parse_of_the_file():
    """The lexicon is searched in its sorted lines; every entry reads as a dict built from
    every line reads it (words by word, phrases by first word, longest first)."""
    words: dict[str, tuple[int, float]] = {}
    phrases: dict[str, list[tuple[str, int, float]]] = {}
    for line in _model_lines(truecase.LEXICON_FILE):
        entry, classes, score = line.split("\t")
        value = (sum({truecase._CLASS_BITS.get(c, 0) for c in classes}), float(score))
        if " " in entry:
            phrases.setdefault(entry.split(" ")[0], []).append((entry, *value))
        else:
            words[entry] = value
    lex = truecase.lexicon()
    assert all(lex.words.get(w) == v and w in lex.words for w, v in words.items())
    assert all(lex.phrases.get(w) == tuple(sorted(v, key=lambda p: -len(p[0]))) for w, v in phrases.items())


@pytest.mark.parametrize(
    ("key", "word", "phrase_head"),
    [
        ("jake", True, False),
        ("emma", True, False),
        ("springfield", True, True),
        ("new", True, True),
        ("san", True, True),
        ("new york", False, False),  # a phrase is no word, nor a first word
        ("riverside park", False, False),
        ("zzqxv", False, False),
        ("", False, False),
        ("jake\t", False, False),
        ("new ", False, False),
    ],
)
def test_lexicon_lookups(key, word, phrase_head):
    lex = truecase.lexicon()
    assert (key in lex.words, lex.words.get(key) is not None) == (word, word)
    assert (key in lex.phrases, lex.phrases.get(key) is not None) == (phrase_head, phrase_head)
    if not word:
        with pytest.raises(KeyError):
            lex.words[key]


def test_place_table_reads_as_a_plain_parse_of_the_file():
    import struct

    raw = gzip.decompress((resources.files("leakscan.models") / "geo_cities.bin.gz").read_bytes())
    at = raw.index(b"\n") + 1
    (n,) = struct.unpack_from("<i", raw, at)
    lats = list(struct.unpack_from(f"<{n}i", raw, at + 4))
    lons = list(struct.unpack_from(f"<{n}i", raw, at + 4 + 4 * n))
    pops = list(struct.unpack_from(f"<{n}i", raw, at + 4 + 8 * n))
    (m,) = struct.unpack_from("<i", raw, at + 4 + 12 * n)
    cells = struct.unpack_from(f"<{3 * m}i", raw, at + 8 + 12 * n)
    name_at = struct.unpack_from(f"<{n + 1}i", raw, at + 8 + 12 * n + 12 * m)
    admin_at = struct.unpack_from(f"<{n + 1}i", raw, at + 12 + 16 * n + 12 * m)
    text = at + 16 + 20 * n + 12 * m
    names = raw[text : text + name_at[-1]].decode("utf-8")
    admins = raw[text + name_at[-1] : text + name_at[-1] + admin_at[-1]].decode("utf-8")
    ccs = raw[text + name_at[-1] + admin_at[-1] :].decode("ascii")
    table = geo._load()
    assert (list(table.lats), list(table.lons), list(table.pops)) == (lats, lons, pops)
    for i in (0, 1, n // 2, n - 1):
        assert table.names[i] == names.encode()[name_at[i] : name_at[i + 1]].decode()
        assert table.admins[i] == admins[admin_at[i] : admin_at[i + 1]]
        assert table.ccs[i] == ccs[2 * i : 2 * i + 2].strip()
    assert len(table.names) == len(table.admins) == len(table.ccs) == n == len(ccs) // 2
    ends = [*cells[5::3], n]
    assert table.cells == {(cells[3 * k], cells[3 * k + 1]): (cells[3 * k + 2], ends[k]) for k in range(m)}
