"""The pre-commit hooks (``.pre-commit-hooks.yaml``) with the real ``pre-commit`` in throwaway repos.

The hooks are declared ``language: python``, so a user's pre-commit builds a virtualenv and
installs leakscan (spaCy and its model included) from PyPI the first time: minutes. The
fast tests here therefore run the *same* hook definitions (entry, files, args, serial) as
``repo: local`` hooks with ``language: system``, using the leakscan installed in this
environment, through a real ``git commit`` with pre-commit's git hook installed. The full
``language: python`` install (``pre-commit try-repo``) runs when
``LEAKSCAN_TEST_PRECOMMIT_INSTALL=1`` is set.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import piexif
import pytest
from PIL import Image

pre_commit = pytest.importorskip("pre_commit")
from pre_commit.clientlib import load_manifest  # noqa: E402

from leakscan.findings import Kind  # noqa: E402
from leakscan.photos import scan_image  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
LEAKSCAN = shutil.which("leakscan") or str(Path(sys.executable).parent / "leakscan")

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(not Path(LEAKSCAN).exists(), reason="the leakscan command is not installed (pip install -e .)"),
]


def gps_jpeg(path: Path) -> Path:
    """A synthetic photo with GPS at a public landmark (fictional post, nobody's home)."""
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((48, 1), (51, 1), (3024, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"E",
        piexif.GPSIFD.GPSLongitude: ((2, 1), (17, 1), (4020, 100)),
    }
    exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"TestCam"}, "GPS": gps})
    buf = io.BytesIO()
    Image.new("RGB", (120, 90), (250, 200, 80)).save(buf, "JPEG", quality=90, exif=exif)
    path.write_bytes(buf.getvalue())
    return path


def plain_png(path: Path) -> Path:
    Image.new("RGB", (40, 40), (40, 160, 90)).save(path, "PNG")
    return path


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def _manifest() -> dict[str, dict]:
    return {hook["id"]: hook for hook in load_manifest(str(MANIFEST))}


def _local_config(hook_ids: list[str]) -> str:
    """A .pre-commit-config.yaml running the manifest's hooks as ``repo: local``, ``language: system``."""
    import yaml  # pre-commit depends on PyYAML

    manifest = _manifest()
    hooks = []
    for hook_id in hook_ids:
        h = manifest[hook_id]
        entry = h["entry"].replace("leakscan", LEAKSCAN, 1) if h["entry"].startswith("leakscan ") else h["entry"]
        hooks.append(
            {
                "id": h["id"],
                "name": h["name"],
                "entry": entry,
                "language": "system",
                "files": h["files"],
                "args": list(h["args"]),
                "require_serial": h["require_serial"],
            }
        )
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}, sort_keys=False)


@pytest.fixture
def repo(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A throwaway git repository with pre-commit's hook installed."""
    path = tmp_path / "school-site"
    path.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.pop("GIT_DIR", None)
    env.pop("GIT_INDEX_FILE", None)
    _run(["git", "init", "-q", "-b", "main"], path, env)
    _run(["git", "config", "commit.gpgsign", "false"], path, env)
    return path, env


def _install(path: Path, env: dict[str, str], hook_ids: list[str]) -> None:
    (path / ".pre-commit-config.yaml").write_text(_local_config(hook_ids))
    done = _run([sys.executable, "-m", "pre_commit", "install"], path, env)
    assert done.returncode == 0, done.stdout + done.stderr
    _run(["git", "add", ".pre-commit-config.yaml"], path, env)


def _commits(path: Path, env: dict[str, str]) -> int:
    out = _run(["git", "rev-list", "--count", "HEAD"], path, env)
    return int(out.stdout.strip()) if out.returncode == 0 else 0


def test_manifest_is_valid_and_uses_language_python() -> None:
    hooks = _manifest()
    assert set(hooks) == {"leakscan", "leakscan-clean"}
    assert all(h["language"] == "python" for h in hooks.values())
    assert hooks["leakscan"]["entry"].startswith("leakscan scan") and "--fail-on block" in hooks["leakscan"]["entry"]
    assert hooks["leakscan-clean"]["entry"] == "leakscan redact --in-place"
    import re

    check, clean = (re.compile(hooks[i]["files"]) for i in ("leakscan", "leakscan-clean"))
    for name in ("a.jpg", "B.JPEG", "c.png", "d.heic", "e.webp", "f.tif", "news/post.md", "p.txt", "posts.jsonl"):
        assert check.search(name), name
    for name in ("style.css", "index.html", "photo.jpg.bak", "data.json"):
        assert not check.search(name), name
    assert clean.search("x.JPG") and not clean.search("post.txt")


def test_check_hook_refuses_gps_photo_and_phone_number(repo: tuple[Path, dict[str, str]]) -> None:
    path, env = repo
    _install(path, env, ["leakscan"])
    gps_jpeg(path / "sports-day.jpg")
    (path / "news.md").write_text("Well done to everyone at sports day! Questions? Ring 217 555 0134.\n")
    (path / "posts.jsonl").write_text('{"id": 1, "text": "great match today"}\n')
    plain_png(path / "logo.png")
    _run(["git", "add", "."], path, env)

    refused = _run(["git", "commit", "-q", "-m", "news"], path, env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert _commits(path, env) == 0
    assert "Failed" in output and "- hook id: leakscan" in output
    assert "sports-day.jpg" in output and "GPS" in output and "map pin" in output
    assert "news.md" in output and "PHONE" in output

    # Fix the post, drop the photo: the rest goes in, and nothing is rewritten.
    (path / "news.md").write_text("Well done to everyone at sports day!\n")
    _run(["git", "rm", "-q", "--cached", "sports-day.jpg"], path, env)
    _run(["git", "add", "news.md"], path, env)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (path / "logo.png", path / "news.md")}
    accepted = _run(["git", "commit", "-q", "-m", "news"], path, env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "Passed" in accepted.stdout + accepted.stderr
    assert _commits(path, env) == 1
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (path / "logo.png", path / "news.md")}
    assert after == before


def test_clean_hook_strips_photos_in_place_and_leaves_clean_files_alone(repo: tuple[Path, dict[str, str]]) -> None:
    path, env = repo
    _install(path, env, ["leakscan-clean", "leakscan"])
    photo = gps_jpeg(path / "trip.jpg")
    pixels = Image.open(photo).tobytes()
    logo = plain_png(path / "logo.png")
    logo_before = (logo.read_bytes(), logo.stat().st_mtime_ns)
    _run(["git", "add", "."], path, env)

    first = _run(["git", "commit", "-q", "-m", "photos"], path, env)
    output = first.stdout + first.stderr
    assert first.returncode != 0, output
    assert "files were modified by this hook" in output
    assert _commits(path, env) == 0
    assert Kind.GPS not in scan_image(photo).kinds  # stripped in place...
    assert Image.open(photo).tobytes() == pixels  # ...without touching the picture
    assert (logo.read_bytes(), logo.stat().st_mtime_ns) == logo_before  # a clean file is never rewritten

    _run(["git", "add", "trip.jpg"], path, env)
    second = _run(["git", "commit", "-q", "-m", "photos"], path, env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert _commits(path, env) == 1


@pytest.mark.skipif(
    os.environ.get("LEAKSCAN_TEST_PRECOMMIT_INSTALL") != "1",
    reason="the language: python install builds a virtualenv with spaCy from PyPI (minutes); "
    "set LEAKSCAN_TEST_PRECOMMIT_INSTALL=1 to run it",
)
def test_try_repo_installs_from_this_repository(repo: tuple[Path, dict[str, str]]) -> None:
    path, env = repo
    gps_jpeg(path / "photo.jpg")
    (path / "post.txt").write_text("call me on 217 555 0134\n")
    (path / "ok.md").write_text("we had fun\n")
    _run(["git", "add", "."], path, env)
    done = _run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(ROOT),
            "leakscan",
            "--files",
            "photo.jpg",
            "post.txt",
            "ok.md",
        ],
        path,
        env,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "GPS" in output and "PHONE" in output
