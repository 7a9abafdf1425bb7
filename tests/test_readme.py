"""The README's Python examples and the package docstring's examples run, and say what they do.

Every ```python block of README.md runs, statement by statement, in a folder holding the photo
the examples name (``beach.jpg``, and its bytes as ``photo_bytes``: a sample photo with a GPS
pin). A statement with a comment makes a claim about its value:

* a comment that starts with a Python value (``# Verdict.BLOCK (a school and a handle
  together)``, ``# 'text me [PHONE]'``) must equal the statement's value;
* a comment in words must have a check in :data:`WORDED_CLAIMS`, keyed by the comment as
  written: changing the comment without changing its check fails here.

The examples in ``leakscan/__init__.py``'s docstring run as doctests, in the same folder.
"""

from __future__ import annotations

import ast
import base64
import doctest
import io
import json
import re
import shutil
import tokenize
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SAMPLES

import leakscan
from leakscan import Kind, Severity, Verdict

README = ROOT / "README.md"
#: The photo the examples call beach.jpg: a sample with a GPS pin near Springfield, IL.
PHOTO = SAMPLES / "photos" / "park_gps.jpg"


def python_blocks(markdown: str) -> list[str]:
    """The code of every ```python block, in order."""
    return re.findall(r"^```python\n(.*?)^```", markdown, re.S | re.M)


def comments(code: str) -> dict[int, str]:
    """Line number -> the text of the comment at the end of that line."""
    out = {}
    for tok in tokenize.generate_tokens(io.StringIO(code).readline):
        if tok.type == tokenize.COMMENT:
            out[tok.start[0]] = tok.string.lstrip("#").strip()
    return out


def leading_value(comment: str, namespace: dict[str, Any]) -> tuple[bool, Any]:
    """``(True, value)`` when the comment starts with a Python value it can name, else ``(False, None)``.

    The longest start of the comment that is an expression is evaluated: ``Verdict.BLOCK (a
    school and a handle together)`` gives ``Verdict.BLOCK``; words ("known name ...") give no value.
    """
    for end in range(len(comment), 0, -1):
        head = comment[:end]
        try:
            code = compile(head, "<claim>", "eval")
        except SyntaxError:
            continue
        try:
            return True, eval(code, dict(namespace))
        except NameError:
            return False, None
    return False, None


def _photo_findings(findings: tuple[leakscan.Finding, ...]) -> None:
    assert {f.kind for f in findings} == {Kind.GPS, Kind.DATETIME}
    (gps,) = [f for f in findings if f.kind is Kind.GPS]
    assert gps.place == "Springfield, IL, US" and gps.severity is Severity.HIGH


def _json_ready(data: dict[str, Any]) -> None:
    json.dumps(data)
    (image,) = data["cleaned_images"]
    assert base64.b64decode(image["data"], validate=True).startswith(b"\xff\xd8")  # a JPEG


def _known_name_and_school(result: leakscan.ScanResult) -> None:
    assert result.verdict is Verdict.BLOCK
    known = {(f.kind, f.detail) for f in result.findings}
    assert {(Kind.PERSON, "known"), (Kind.SCHOOL, "known")} <= known
    (name,) = [f for f in result.findings if f.kind is Kind.PERSON]
    assert name.text == "emma jonson"  # with the typo


#: Checks of the claims written in words, keyed by the comment exactly as the README writes it.
WORDED_CLAIMS: dict[str, Callable[[Any], None]] = {
    "JSON-ready (images base64)": _json_ready,
    "GPS near Springfield, IL, US; the capture time": _photo_findings,
    "known name (with a typo) and school: block": _known_name_and_school,
}


@pytest.fixture
def photo_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding beach.jpg (a copy of a sample photo), made the working folder."""
    shutil.copyfile(PHOTO, tmp_path / "beach.jpg")
    monkeypatch.chdir(tmp_path)
    return tmp_path


BLOCKS = python_blocks(README.read_text(encoding="utf-8"))


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 1 and all(block.strip() for block in BLOCKS)


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block {i + 1}" for i in range(len(BLOCKS))])
def test_a_readme_example_runs_and_shows_true_values(block: str, photo_folder: Path) -> None:
    namespace: dict[str, Any] = {"photo_bytes": (photo_folder / "beach.jpg").read_bytes()}
    notes = comments(block)
    checked = []
    for node in ast.parse(block).body:
        source = ast.get_source_segment(block, node)
        if not isinstance(node, ast.Expr):
            exec(compile(ast.Module([node], type_ignores=[]), "<README>", "exec"), namespace)
            continue
        value = eval(compile(ast.Expression(node.value), "<README>", "eval"), namespace)
        note = notes.get(node.end_lineno or node.lineno)
        if note is None:
            continue
        is_value, expected = leading_value(note, {**namespace, "Verdict": Verdict, "Kind": Kind})
        if is_value:
            assert value == expected, f"README: {source}  # {note}\n  gives {value!r}"
        else:
            assert note in WORDED_CLAIMS, f"README: {source}  # {note}\n  says something in words: add a check"
            WORDED_CLAIMS[note](value)
        checked.append(note)
    assert checked or not notes, "a commented example was not checked"


def test_every_worded_claim_is_still_in_the_readme() -> None:
    """A check whose comment left the README is dead: remove it (or fix the README)."""
    written = {note for block in BLOCKS for note in comments(block).values()}
    assert set(WORDED_CLAIMS) <= written


def test_the_package_docstring_examples(photo_folder: Path) -> None:
    (test,) = [t for t in doctest.DocTestFinder().find(leakscan) if t.name == "leakscan"]
    assert len(test.examples) >= 5
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out = io.StringIO()
    runner.run(test, out=out.write)
    assert runner.failures == 0, out.getvalue()
