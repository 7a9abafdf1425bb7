"""Renderers: JSON/JSONL (the contract), the terminal table, and the run summary.

Everything printed to a terminal goes through :func:`clean_for_terminal` first: metadata
and posts can hold escape sequences or bidi overrides that would otherwise change the
terminal or disguise what is shown.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any

from .findings import Finding, ScanResult, Verdict

_VERDICT_STYLE = {Verdict.OK: "green", Verdict.WARN: "yellow", Verdict.BLOCK: "bold red"}
_SEVERITY_STYLE = {"high": "red", "medium": "yellow", "low": "cyan"}


def clean_for_terminal(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with control and format characters (ESC, bidi overrides, NUL...) made visible."""
    if text.isprintable() and "\x1b" not in text:
        return text
    out = []
    for ch in text:
        if ch == "\n" and keep_newlines:
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append("\N{REPLACEMENT CHARACTER}" if ch not in "\r\n" else " ")
        else:
            out.append(ch)
    return "".join(out)


#: Characters ``json.dumps(ensure_ascii=False)`` leaves raw that a terminal acts on or that
#: disguise text: C1 controls (U+009B is a one-byte CSI), bidi overrides and isolates, line and
#: paragraph separators; and lone surrogates (a post can hold ``"\ud800"``), which cannot be
#: written as UTF-8 at all. They are written as ``\uXXXX`` escapes (same JSON value).
_JSON_UNSAFE = re.compile("[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def json_text(data: Any) -> str:
    """``data`` as one line of JSON: readable text kept, and the characters above escaped
    (``\u001b``...), so it never reaches a terminal raw and always encodes as UTF-8."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False))


def to_json_line(result: ScanResult, extra: dict[str, Any] | None = None) -> str:
    """One result as one line of JSON (the DESIGN.md contract, plus ``extra`` keys)."""
    data = result.to_dict()
    if extra:
        data.update(extra)
    return json_text(data)


@dataclass
class Summary:
    """Counts over a run, for the closing summary and reports."""

    started: float = field(default_factory=time.monotonic)
    items: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    by_verdict: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    skipped: int = 0
    changed: int = 0

    def add(self, result: ScanResult) -> None:
        self.items += 1
        self.by_type[result.type] += 1
        if result.error is not None and not result.findings:
            self.errors += 1
            return
        if result.error is not None:
            self.errors += 1
        self.by_verdict[result.verdict.value] += 1
        self.by_kind.update(f.kind.value for f in result.findings)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "by_type": dict(self.by_type),
            "by_verdict": dict(self.by_verdict),
            "by_kind": dict(self.by_kind.most_common()),
            "errors": self.errors,
            "skipped": self.skipped,
            "changed": self.changed,
            "seconds": round(self.seconds, 3),
        }

    def line(self) -> str:
        """A one-paragraph plain summary."""
        verdicts = ", ".join(f"{self.by_verdict.get(v.value, 0)} {v.value}" for v in Verdict)
        kinds = ", ".join(f"{k} {n}" for k, n in self.by_kind.most_common()) or "none"
        rate = self.items / self.seconds if self.seconds > 0 else 0.0
        parts = [
            f"{self.items} item{'s' if self.items != 1 else ''} scanned in {self.seconds:.1f} s ({rate:.{0 if rate >= 10 else 1}f}/s): {verdicts}",
            f"findings by kind: {kinds}",
        ]
        if self.changed:
            parts.append(f"{self.changed} clean cop{'ies' if self.changed != 1 else 'y'} written")
        if self.errors:
            parts.append(f"{self.errors} could not be scanned")
        if self.skipped:
            parts.append(
                f"{self.skipped} file{'s' if self.skipped != 1 else ''} skipped (not an image, video or post file)"
            )
        return "; ".join(parts) + "."


def _display_value(f: Finding) -> str:
    value = clean_for_terminal(f.text)
    if len(value) > 80:
        value = value[:77] + "..."
    return value


def render_table(result: ScanResult, console: Any, *, post_text: str | None = None, note: str | None = None) -> None:
    """Print one result for people: verdict, the post with spans highlighted, each finding and its message."""
    from rich.text import Text

    head = Text()
    head.append(f"{result.verdict.value.upper():5}", style=_VERDICT_STYLE[result.verdict])
    head.append("  ")
    head.append(clean_for_terminal(result.source or "<text>"), style="bold")
    if result.id is not None:
        head.append(f"  id={clean_for_terminal(str(result.id))}", style="dim")
    console.print(head)
    if result.error:
        console.print(Text(f"       error: {clean_for_terminal(result.error)}", style="red"))
    if post_text is not None and any(f.is_span and f.field is None for f in result.findings):
        console.print(Text("       ") + highlight(post_text, result.findings))
    for f in result.findings:
        sev = f.severity.value if f.severity else ""
        line = Text("       - ")
        line.append(f.kind.value, style="bold")
        line.append(f" ({sev})", style=_SEVERITY_STYLE.get(sev, ""))
        if f.field:
            line.append(f"  {clean_for_terminal(f.field)}:", style="dim")
        line.append(f" {_display_value(f)}")
        if f.place:
            line.append(f"  near {clean_for_terminal(f.place)}", style="dim")
        console.print(line)
        if f.message:
            console.print(Text(f"         {f.message}", style="italic"))
    if note:  # it can name output files, whose names come from the scanned folder
        console.print(Text(f"       {clean_for_terminal(note)}", style="dim"))


def highlight(text: str, findings: tuple[Finding, ...] | list[Finding]) -> Any:
    """The post as rich ``Text`` with each finding's span highlighted and labelled."""
    from rich.text import Text

    shown = Text()
    pos = 0
    for f in sorted((f for f in findings if f.is_span and f.field is None), key=lambda f: f.start or 0):
        start, end = f.start or 0, f.end or 0
        if start < pos:
            continue
        shown.append(clean_for_terminal(text[pos:start]))
        style = "black on " + ("red" if f.severity and f.severity.value == "high" else "yellow")
        shown.append(clean_for_terminal(text[start:end]), style=style)
        shown.append(f"[{f.kind.value}]", style="dim")
        pos = end
    shown.append(clean_for_terminal(text[pos:]))
    return shown


def write_json_array_start(out: IO[str]) -> None:
    out.write("[\n")


def write_json_array_item(out: IO[str], line: str, first: bool) -> None:
    out.write(("" if first else ",\n") + line)


def write_json_array_end(out: IO[str], empty: bool) -> None:
    out.write("]\n" if empty else "\n]\n")
