"""The import graph holds the layers (issue 14).

Every module's imports are read with ``ast`` (absolute and relative, at the top or inside a
function, under ``TYPE_CHECKING`` too, and ``importlib.import_module("leakscan...")``) and
checked against one table: a module imports only from its own layer or the ones below, the
parts of the package never import each other both ways (directly or round a loop), no module
imports itself round a loop, and a name with a leading underscore stays in its module.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "leakscan"

#: From the ground up: each part of the package (a top-level module or subpackage) and its
#: layer. "leakscan" is the package's own ``__init__`` (the public API: a front end).
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "ground floor",
        frozenset(
            {"errors", "findings", "settings", "messages", "spans", "textview", "fsutil", "geo", "version", "lexicon"}
        ),
    ),
    ("detection", frozenset({"scanners", "media", "nlp", "truecase", "conversation"})),
    ("decision", frozenset({"policy"})),
    # inputs reads posts and picks photos out of folders and .jsonl files: the text redactor
    # writes clean copies of those same files, so the readers sit below redaction.
    ("items", frozenset({"posts", "photos", "inputs"})),
    ("redaction", frozenset({"redact"})),
    ("runs", frozenset({"batch"})),
    ("front ends", frozenset({"api", "report", "htmlreport", "output", "cli", "server", "leakscan", "__main__"})),
)
LAYER_OF = {part: i for i, (_name, parts) in enumerate(LAYERS) for part in parts}


@dataclass(frozen=True)
class Import:
    """One import of a leakscan module: who, where, what."""

    module: str  # the importing module, "leakscan.scanners.base"
    line: int
    target: str  # the module imported, "leakscan.findings"
    names: tuple[str, ...] = ()  # the names taken from it (from-imports)


def module_name(path: Path, package: Path = PACKAGE) -> str:
    """``leakscan/scanners/base.py`` -> ``leakscan.scanners.base`` (a package by its ``__init__``)."""
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def part_of(module: str) -> str:
    """The part of the package a module belongs to: ``leakscan.scanners.base`` -> ``scanners``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def imports(source: str, module: str, *, is_package: bool, modules: frozenset[str]) -> Iterator[Import]:
    """Every import of a leakscan module in ``source`` (the text of ``module``)."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _ours(alias.name):
                    yield Import(module, node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                where = ".".join([*base, node.module] if node.module else base)
            else:
                where = node.module or ""
            if not _ours(where):
                continue
            names = [a.name for a in node.names]
            submodules = [n for n in names if f"{where}.{n}" in modules]
            for name in submodules:  # "from . import policy": the module leakscan.policy
                yield Import(module, node.lineno, f"{where}.{name}")
            rest = tuple(n for n in names if n not in submodules)
            if rest:
                yield Import(module, node.lineno, where, rest)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and _ours(node.args[0].value)
        ):
            yield Import(module, node.lineno, node.args[0].value)


def _ours(name: str) -> bool:
    return name == "leakscan" or name.startswith("leakscan.")


def read_package(package: Path = PACKAGE) -> tuple[frozenset[str], list[Import]]:
    """The package's modules and all their imports of each other."""
    paths = sorted(package.rglob("*.py"))
    modules = frozenset(module_name(p, package) for p in paths)
    found = [
        imp
        for p in paths
        for imp in imports(
            p.read_text(encoding="utf-8"),
            module_name(p, package),
            is_package=p.name == "__init__.py",
            modules=modules,
        )
    ]
    return modules, found


@functools.cache
def package() -> tuple[frozenset[str], list[Import]]:
    """:func:`read_package` once per process, when a test first asks (not at collection: each
    xdist worker collects every module, and parsing the whole package costs about a second)."""
    return read_package()


def upward(found: list[Import]) -> list[str]:
    """The imports that run up a layer, as readable lines."""
    out = []
    for imp in found:
        here, there = LAYER_OF.get(part_of(imp.module)), LAYER_OF.get(part_of(imp.target))
        if here is not None and there is not None and there > here:
            out.append(f"{imp.module}:{imp.line} imports {imp.target} ({LAYERS[there][0]}) from {LAYERS[here][0]}")
    return out


def cycles(edges: set[tuple[str, str]]) -> list[list[str]]:
    """The strongly connected sets of more than one node (Tarjan), each sorted."""
    graph: dict[str, set[str]] = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def private_names(found: list[Import]) -> list[str]:
    """Imports of another module's private names (``_walk``; dunder names are public)."""
    return [
        f"{imp.module}:{imp.line} imports {', '.join(n for n in imp.names if _private(n))} from {imp.target}"
        for imp in found
        if imp.target != imp.module and any(_private(n) for n in imp.names)
    ]


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


# -- the package ------------------------------------------------------------------------------


def test_every_part_of_the_package_has_a_layer():
    parts = {part_of(m) for m in package()[0]}
    assert parts - LAYER_OF.keys() == set(), "add the new module to the layer table in tests/test_layers.py"
    assert LAYER_OF.keys() - parts <= {"version"}  # no stale entries (version: only once it exists)


def test_no_import_runs_up_a_layer():
    assert upward(package()[1]) == []


def test_the_parts_never_import_each_other_both_ways():
    edges = {(part_of(i.module), part_of(i.target)) for i in package()[1] if part_of(i.module) != part_of(i.target)}
    assert cycles(edges) == []


def test_no_module_imports_itself_round_a_loop():
    assert cycles({(i.module, i.target) for i in package()[1] if i.module != i.target}) == []


def test_no_module_takes_another_modules_private_names():
    assert private_names(package()[1]) == []


#: A module longer than this does more than one job (issue 14): split it by job. Modules that
#: are tables of data are exempt, by name, with the reason.
MAX_LINES = 600
DATA_TABLES: dict[str, str] = {}


def test_no_module_is_over_600_lines_but_tables_of_data():
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert {name: n for name, n in long.items() if name not in DATA_TABLES} == {}


# -- the checker itself -------------------------------------------------------------------------

FAKE = frozenset({"leakscan", "leakscan.settings", "leakscan.scanners", "leakscan.scanners.base", "leakscan.posts"})


@pytest.mark.parametrize(
    ("module", "is_package", "source", "expected"),
    [
        ("leakscan.settings", False, "from .scanners import NAMES", [("leakscan.scanners", ("NAMES",))]),
        ("leakscan.settings", False, "def f():\n    from . import posts", [("leakscan.posts", ())]),
        ("leakscan.settings", False, "import leakscan.posts as p", [("leakscan.posts", ())]),
        ("leakscan.settings", False, "from leakscan.posts import scan", [("leakscan.posts", ("scan",))]),
        (
            "leakscan.scanners.base",
            False,
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..posts import X",
            [("leakscan.posts", ("X",))],
        ),
        ("leakscan.scanners", True, "from .base import words", [("leakscan.scanners.base", ("words",))]),
        ("leakscan.scanners.base", False, "from .. import __version__", [("leakscan", ("__version__",))]),
        ("leakscan", True, "import importlib\nimportlib.import_module('leakscan.posts')", [("leakscan.posts", ())]),
        # not ours: the standard library, other packages, a name that only starts like ours
        ("leakscan.settings", False, "import json\nfrom spacy import load\nimport leakscanner", []),
    ],
)
def test_the_checker_reads_every_form_of_import(module, is_package, source, expected):
    found = imports(source, module, is_package=is_package, modules=FAKE)
    assert [(i.target, i.names) for i in found] == expected


@pytest.mark.parametrize(
    ("module", "target", "names", "problem"),
    [
        ("leakscan.settings", "leakscan.scanners", ("NAMES",), "upward"),  # ground floor -> detection
        ("leakscan.scanners.base", "leakscan.posts", ("detect",), "upward"),
        ("leakscan.redact.files", "leakscan.report", ("json_text",), "upward"),
        ("leakscan.redact.files", "leakscan", ("__version__",), "upward"),  # the package's front door
        ("leakscan.redact.image", "leakscan.photos", ("_settings",), "private"),
        ("leakscan.media.jxl", "leakscan.media.isobmff", ("_Walk",), "private"),
        ("leakscan.posts", "leakscan.scanners", ("text_scanners",), None),  # down
        ("leakscan.scanners.ner", "leakscan.truecase", ("lexicon",), None),  # same layer
        ("leakscan.cli", "leakscan", ("__version__",), None),  # a front end beside the front door
        ("leakscan.photos", "leakscan.photos", ("_settings",), None),  # its own private name
    ],
)
def test_the_checker_tells_up_from_down_and_public_from_private(module, target, names, problem):
    found = [Import(module, 1, target, names)]
    assert bool(upward(found)) is (problem == "upward")
    assert bool(private_names(found)) is (problem == "private")


@pytest.mark.parametrize(
    ("edges", "loops"),
    [
        ({("a", "b"), ("b", "c")}, []),
        ({("a", "b"), ("b", "a")}, [["a", "b"]]),
        ({("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")}, [["a", "b", "c"]]),
        ({("a", "b"), ("b", "a"), ("c", "d"), ("d", "c")}, [["a", "b"], ["c", "d"]]),
    ],
)
def test_the_checker_finds_loops(edges, loops):
    assert cycles(edges) == loops
