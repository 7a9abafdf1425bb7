"""Settings are validated when they are made; bad ones name the problem."""

from __future__ import annotations

from dataclasses import replace

import pytest

from leakscan import Kind, Settings, SettingsError, Severity
from leakscan.settings import DEFAULT_REGIONS, SETTINGS_MAX_BYTES, KnownFacts


def test_defaults_are_english_speaking_regions():
    s = Settings()
    assert s.regions == DEFAULT_REGIONS == ("US", "GB", "CA", "AU", "IN", "IE", "NZ", "ZA")
    assert s.model == "leakscan-kid-ner"  # our own NER pipeline (models/NER.md)
    # a clean copy holds the file twice: 2 x 256 MiB and the start-up stay under 1 GB (benchmarks/memory.py)
    assert s.max_file_bytes == 256 * 2**20


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"regions": ["UK"]}, "the United Kingdom is 'GB'"),
        ({"regions": ["XX"]}, "unknown phone region 'XX'"),
        ({"regions": []}, "at least one phone region"),
        ({"colour": "red"}, "unknown setting 'colour'"),
        ({"known": {"pets": ["rex"]}}, "unknown setting 'known.pets'"),
        ({"known": ["emma"]}, "'known' must be a table"),
        ({"scanners": ["telepathy"]}, "unknown scanner 'telepathy'"),
        ({"severity": {"PHONE": "extreme"}}, "unknown severity"),
        ({"severity": {"SHOE_SIZE": "high"}}, "unknown kind"),
        ({"ignore_kinds": ["NOPE"]}, "unknown kind"),
        ({"max_text_chars": 0}, "positive whole number"),
        ({"max_text_chars": "many"}, "positive whole number"),
        ({"model": ""}, "spaCy pipeline"),
        ({"allow": [1, 2]}, "list of strings"),
    ],
)
def test_bad_settings_are_refused_by_name(data, message):
    with pytest.raises(SettingsError, match=message):
        Settings.from_dict(data)


def test_regions_are_normalised_and_deduplicated():
    assert Settings(regions=("gb", "GB", "us")).regions == ("GB", "US")
    assert Settings(regions="au").regions == ("AU",)


def test_from_dict_builds_nested_values():
    s = Settings.from_dict(
        {
            "regions": ["GB"],
            "known": {"names": ["Emma Johnson"], "schools": "Lincoln Elementary"},
            "severity": {"handle": "high"},
            "ignore_kinds": ["org"],
            "allow": ["help@example-app.com"],
        }
    )
    assert s.known == KnownFacts(names=("Emma Johnson",), schools=("Lincoln Elementary",))
    assert s.severity_for(Kind.HANDLE) is Severity.HIGH
    assert s.severity_for(Kind.PHONE) is None
    assert s.ignore_kinds == (Kind.ORG,)
    hash(s)  # frozen settings can key caches


def test_merged_replaces_only_given_keys():
    base = Settings(regions=("GB",), allow=("x",))
    merged = base.merged({"regions": ["US"]})
    assert merged.regions == ("US",) and merged.allow == ("x",)
    with pytest.raises(SettingsError, match="unknown setting 'nope'"):
        base.merged({"nope": 1})


def test_load_toml_and_json(tmp_path):
    toml = tmp_path / "s.toml"
    toml.write_text('regions = ["GB", "IE"]\n[known]\nnames = ["Mia Rossi"]\n', encoding="utf-8")
    assert Settings.load(toml).known.names == ("Mia Rossi",)
    js = tmp_path / "s.json"
    js.write_text('{"regions": ["NZ"]}', encoding="utf-8")
    assert Settings.load(js).regions == ("NZ",)
    bad = tmp_path / "bad.toml"
    bad.write_text("regions = [", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"bad\.toml: not valid TOML"):
        Settings.load(bad)
    with pytest.raises(SettingsError, match="cannot read settings file"):
        Settings.load(tmp_path / "missing.toml")


def test_unknown_model_is_a_settings_error():
    from leakscan import nlp

    with pytest.raises(SettingsError, match="not installed"):
        nlp.load("no_such_pipeline_xyz")


# -- a settings file is read like any input: a regular file, bounded (issue 13) ----------------


def _settings_file(kind: str, tmp_path):
    """A path of ``kind`` for --settings / LEAKSCAN_SETTINGS, and the words its refusal names."""
    import os

    if kind == "dev-zero":
        return "/dev/zero", "not a regular file (a character device)"
    if kind == "fifo":
        path = tmp_path / "settings.toml"
        os.mkfifo(path)
        return path, "not a regular file (a named pipe)"
    if kind == "folder":
        path = tmp_path / "settings.toml"
        path.mkdir()
        return path, "not a regular file (a folder)"
    path = tmp_path / "settings.toml"
    with open(path, "wb") as fh:
        fh.write(b'regions = ["GB"]\n')
        if kind == "sparse-2gb":
            fh.truncate(2 * 2**30)
        elif kind == "just-over-cap":
            fh.write(b"#" * (SETTINGS_MAX_BYTES - fh.tell()) + b"\n")
    return path, "over the limit of 1,048,576 bytes for a settings file"


#: How each test loads a settings file (``path``), in a child process: as ``--settings`` does,
#: and as the service does from ``LEAKSCAN_SETTINGS``.
LOADERS = {
    "load": "from leakscan import Settings; s = Settings.load(path)",
    "LEAKSCAN_SETTINGS": "from leakscan.server import ServerConfig; "
    "s = ServerConfig.from_env({'LEAKSCAN_SETTINGS': path}).base_settings()",
}
#: Loads every path given, in order, and prints one line for each: the error or the regions, and
#: the peak RSS so far. Peak RSS only grows, so a file read past the cap shows in its own line.
_CHILD = """
import json, resource, sys
from leakscan import SettingsError
for path in sys.argv[1:]:
    try:
        {load}
    except SettingsError as exc:
        out = {{"error": str(exc)}}
    else:
        out = {{"regions": list(s.regions)}}
    out["peak_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(out), flush=True)
"""


def _load_in_child(loader: str, *paths) -> list[dict]:
    """What loading each of ``paths`` in turn gives in one child process: ``{"error": ...}`` or
    ``{"regions": ...}``, and ``peak_kib``, the child's peak RSS after that load. The child is
    killed after 20 s (a hang) and may not map more than 3 GB (a read without end fails there
    instead of filling this machine)."""
    import json
    import resource
    import subprocess
    import sys

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD.format(load=LOADERS[loader]), *map(str, paths)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=limit,
    )
    try:
        out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"loading settings from {paths} blocked")
    assert proc.returncode == 0, err.decode(errors="replace")[-2000:]
    got = [json.loads(line) for line in out.splitlines()]
    assert len(got) == len(paths)
    return got


REFUSED = ["dev-zero", "fifo", "folder", "sparse-2gb", "just-over-cap"]
#: Small regular files, up to the cap, that load.
PADDINGS = [0, SETTINGS_MAX_BYTES - 64]


@pytest.fixture(scope="module")
def loads(tmp_path_factory) -> dict[tuple[object, str], tuple[object, str, dict, int]]:
    """By (refused kind or padding, loader): the path, the words its refusal names (padding: ""),
    what loading it gave and the peak RSS (KiB) after loading a small file first. One child per
    loader loads the small file, every refused kind, then the padded files (a fresh interpreter
    for each file cost ~0.7 CPU-s with the service's imports: 16 children, now 2)."""
    made: dict[object, tuple[object, str]] = {
        kind: _settings_file(kind, tmp_path_factory.mktemp(kind)) for kind in REFUSED
    }
    for padding in PADDINGS:
        path = _small_settings(tmp_path_factory.mktemp("padded") / "settings.toml", padding)
        assert path.stat().st_size <= SETTINGS_MAX_BYTES
        made[padding] = (path, "")
    small = _small_settings(tmp_path_factory.mktemp("small") / "small.toml")
    out = {}
    for loader in LOADERS:
        first, *rest = _load_in_child(loader, small, *(path for path, _ in made.values()))
        assert first["regions"] == ["GB"]
        for key, got in zip(made, rest, strict=True):
            out[key, loader] = (*made[key], got, first["peak_kib"])
    return out


@pytest.mark.parametrize("loader", list(LOADERS))
@pytest.mark.parametrize("kind", REFUSED)
def test_a_settings_file_that_is_not_small_and_regular_is_refused_without_reading_it(kind, loader, loads):
    path, why, got, small_file_peak = loads[kind, loader]
    assert got.get("error") == f"{path}: cannot read settings file: {why}"
    # at most the cap was read: no more memory than loading a small file (+ the cap, + slack)
    assert got["peak_kib"] - small_file_peak < 8 * 1024


def _small_settings(path, padding: int = 0):
    path.write_bytes(b'regions = ["GB"]\n' + b"#" * padding + b"\n")
    return path


@pytest.mark.parametrize("loader", list(LOADERS))
@pytest.mark.parametrize("padding", PADDINGS)
def test_a_small_regular_settings_file_loads_up_to_the_cap(padding, loader, loads):
    _, _, got, _ = loads[padding, loader]
    assert got["regions"] == ["GB"]


def test_settings_hash_once_and_travel_without_it():
    import pickle

    a, b = Settings(regions=["US", "GB"]), Settings(regions=["us", "gb"])
    assert a == b and hash(a) == hash(b) == hash(a)
    assert {a: 1}[b] == 1
    back = pickle.loads(pickle.dumps(a))  # a worker process hashes its strings anew
    assert "_hash" not in back.__dict__ and back == a and hash(back) == hash(a)
    other = replace(a, pixels=False)
    assert other != a and "_hash" not in other.__dict__
