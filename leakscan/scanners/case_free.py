"""A case-insensitive expression compiled case-sensitively, for text that has no upper-case letter.

Python's matcher compares every character case-insensitively under ``re.IGNORECASE`` (and
finds no literal prefix to skip ahead by), so the chat rules' long alternations run ~2.5x
faster without the flag. On text of ASCII characters other than ``A``-``Z`` (most chat text,
and all of it once folded to lower case) the two compile to the same matches exactly when
every test of one character in the expression (a literal, a ``[...]`` class, their negations)
accepts the same of those characters with the flag as without: the rest of an expression
(groups, repeats, alternatives, look-arounds, anchors, ``\\b``) never reads case, and a
back-reference compares two characters of the text, which no flag makes equal there
unless they are. :func:`case_free` checks each such test over all 102 of those characters, with the
matcher itself, and gives no pattern when one differs (an ``A``, a ``[!-^]`` that holds
``A``-``Z``, a Kelvin sign ``K`` that matches ``k``).
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    from re import _compiler, _parser
    from re import _constants as _c
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

#: The characters such text holds: ASCII but ``A``-``Z``.
ALPHABET = tuple(chr(i) for i in range(128) if not "A" <= chr(i) <= "Z")

_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
#: One-character tests already checked, by their source: whether they agree.
_checked: dict[str, bool] = {}


def case_free(source: str) -> re.Pattern[str] | None:
    """``source`` compiled without ``IGNORECASE``, when it matches text of :data:`ALPHABET` as
    ``re.compile(source, re.IGNORECASE)`` does; else None."""
    try:
        tree = _parser.parse(source, 0)
        if not _agrees(tree):
            return None
        # Compiled from the tree just read, not parsed again (a third of the work on the chat rules;
        # the pattern's ``.pattern`` is then None: only its matches are used).
        return _compiler.compile(tree, 0)  # type: ignore[no-any-return]
    except Exception:  # an expression this cannot read (a newer Python's parse tree): no shortcut
        return None


def _agrees(node: Any) -> bool:
    """Whether every one-character test in ``node`` (a parsed expression, or part of one) agrees."""
    if isinstance(node, _parser.SubPattern):
        return all(_test_agrees(op, av) for op, av in node.data)
    if isinstance(node, (list, tuple)):
        return all(_agrees(item) for item in node)
    return True  # a number, a flag, a name: no test of a character


def _test_agrees(op: Any, av: Any) -> bool:
    if op is _c.LITERAL:
        return _same(f"\\U{av:08x}")
    if op is _c.NOT_LITERAL:
        return _same(f"[^\\U{av:08x}]")
    if op is _c.IN:
        cls = _class(av)
        return cls is not None and _same(cls)
    return _agrees(av)  # groups, repeats, branches, look-arounds: what they hold


def _class(items: list[tuple[Any, Any]]) -> str | None:
    """The source of a ``[...]`` class from its parsed items; None for an item not known here."""
    out = []
    for op, av in items:
        if op is _c.NEGATE:
            out.insert(0, "^")
        elif op is _c.LITERAL:
            out.append(f"\\U{av:08x}")
        elif op is _c.RANGE:
            out.append(f"\\U{av[0]:08x}-\\U{av[1]:08x}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None
    return f"[{''.join(out)}]"


def _same(test: str) -> bool:
    """Whether the one-character expression ``test`` accepts the same characters of :data:`ALPHABET`
    with ``IGNORECASE`` as without."""
    if test not in _checked:
        folding, exact = re.compile(test, re.IGNORECASE), re.compile(test)
        _checked[test] = all(bool(folding.fullmatch(ch)) == bool(exact.fullmatch(ch)) for ch in ALPHABET)
    return _checked[test]


__all__ = ["ALPHABET", "case_free"]
