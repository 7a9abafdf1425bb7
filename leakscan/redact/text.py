"""Text redaction: spans -> masked text. Everything outside the spans stays identical.

Styles:

* ``placeholder`` (default): each merged span becomes ``[KIND]`` (``[PHONE]``);
* ``mask``: each character of a span that is not white space becomes ``*`` (same length,
  so the post keeps its shape).

:func:`mask_value` is the partial mask reports use so a parent recognises a value without
the report repeating it (``(217) 555-0134`` -> ``(217) ***-**34``).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..findings import Finding
from ..spans import unite

STYLES = ("placeholder", "mask")


def spans_to_redact(findings: Iterable[Finding], field: str | None = None) -> list[tuple[int, int, Finding]]:
    """Merged ``(start, end, finding)`` spans of one text; overlapping findings merge.

    The finding kept for a merged span is the one covering most of it (its kind names the
    placeholder).
    """
    spans = ((f.start, f.end, f) for f in findings if f.is_span and f.field == field and f.end > f.start)  # type: ignore[operator]
    return unite(spans, _keep_longer)


def _keep_longer(a: tuple[int, int, Finding], b: tuple[int, int, Finding]) -> tuple[int, int, Finding]:
    """Two overlapping spans as one; the finding kept is the longer one (the first on a tie)."""
    longer = b[2] if (b[2].end - b[2].start) > (a[2].end - a[2].start) else a[2]  # type: ignore[operator]
    return a[0], max(a[1], b[1]), longer


def mask_findings(text: str, findings: Iterable[Finding], style: str = "placeholder", field: str | None = None) -> str:
    """``text`` with every finding's span replaced; characters outside spans are untouched."""
    if style not in STYLES:
        raise ValueError(f"unknown redaction style {style!r} (expected one of: {', '.join(STYLES)})")
    out: list[str] = []
    pos = 0
    for start, end, f in spans_to_redact(findings, field):
        out.append(text[pos:start])
        if style == "placeholder":
            out.append(f"[{f.kind.value}]")
        else:
            out.append("".join(c if c.isspace() else "*" for c in text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def mask_value(value: str, keep: int = 2) -> str:
    """Partly mask a value for display: keep the first token's shape and the last ``keep``
    letters/digits, star the rest. Punctuation and spaces stay so the shape is recognisable.

    >>> mask_value("(217) 555-0134")
    '(217) ***-**34'
    >>> mask_value("emma.j2013@gmail.com")
    'e***.*****@*****.*om'
    """
    chars = list(value)
    alnum = [i for i, c in enumerate(chars) if c.isalnum()]
    if len(alnum) <= keep + 1:
        return "".join("*" if c.isalnum() else c for c in chars)
    visible = set(alnum[-keep:]) if keep else set()
    # Keep a leading group (area code in brackets, or the first letter) so the shape reads.
    if chars and chars[0] == "(" and ")" in value:
        visible |= set(range(0, value.index(")")))
    else:
        visible.add(alnum[0])
    return "".join(c if (i in visible or not c.isalnum()) else "*" for i, c in enumerate(chars))
