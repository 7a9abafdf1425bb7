"""Renderers: JSON/JSONL (the contract), the terminal table, and the run summary.

Everything printed to a terminal goes through :func:`clean_for_terminal` first: metadata
and posts can hold escape sequences or bidi overrides that would otherwise change the
terminal or disguise what is shown.
"""

from __future__ import annotations

import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .findings import Finding, ScanResult, Verdict, json_text

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


def to_json_line(result: ScanResult, extra: dict[str, Any] | None = None) -> str:
    """One result as one line of JSON (the DESIGN.md contract, plus ``extra`` keys)."""
    data = result.to_dict()
    if extra:
        data.update(extra)
    return json_text(data)


#: How :func:`leakscan.photos.incomplete_reason` starts the error of a photo it could read only
#: in part (its findings stand; what it could not read was not checked).
_PARTLY = "could not be fully checked: "
#: Skipped files named at the end of a run on the terminal (all of them in the HTML report).
SKIPPED_SHOWN = 10
#: Skipped files remembered for the report (memory stays flat however many there are).
SKIPPED_KEPT = 200
#: The reason :func:`leakscan.inputs.iter_items` gives for a file that is no post or picture.
_NOT_MEDIA = "not an image, video, text or .jsonl file"


def unchecked_note(result: ScanResult) -> str | None:
    """How a front end says that ``result`` was not (fully) checked; None when it was.

    ``not checked: REASON`` when nothing could be scanned, ``not fully checked: REASON``
    when part was (its findings are real, but the rest may hide more). Either way the
    verdict is ``block``: what was not checked is never shown as safe.
    """
    if result.error is None:
        return None
    partly = bool(result.findings) or result.error.startswith(_PARTLY)
    return f"{'not fully checked' if partly else 'not checked'}: {result.error.removeprefix(_PARTLY)}"


@dataclass
class Summary:
    """Counts over a run, for the closing summary and reports.

    Items that could not be (fully) checked are counted apart (``unchecked``), never under a
    verdict: the verdict counts are of items that were checked.
    """

    started: float = field(default_factory=time.monotonic)
    items: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    by_verdict: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    #: Items not (fully) checked: an ``error`` in their result.
    unchecked: int = 0
    #: Checked items whose clean copy could not be written.
    not_cleaned: int = 0
    skipped: int = 0
    #: ``(source, reason)`` of the first :data:`SKIPPED_KEPT` skipped files.
    skipped_files: list[tuple[str, str]] = field(default_factory=list)
    #: Copies written with changes: files (the lines of one post file make one copy).
    changed: int = 0
    #: ...of which still hold something (``--only gps`` keeps the rest): never called clean.
    changed_holding: int = 0
    #: Copies a dry run would write.
    would_change: int = 0
    _last_copy: str | None = field(default=None, repr=False)

    def add(self, result: ScanResult) -> None:
        self.items += 1
        self.by_type[result.type] += 1
        self.by_kind.update(f.kind.value for f in result.findings)
        if result.checked:
            self.by_verdict[result.verdict.value] += 1
        else:
            self.unchecked += 1

    def add_skipped(self, source: str, reason: str) -> None:
        """A file the walk could not use (it is named, never dropped silently)."""
        self.skipped += 1
        if len(self.skipped_files) < SKIPPED_KEPT:
            self.skipped_files.append((source, reason))

    def add_outcome(self, item: Any, result: ScanResult, outcome: Any) -> None:
        """Count what redaction did to ``item``: clean copies by file, and failures."""
        jsonl = getattr(item, "line", None) is not None
        if outcome.action == "would-write" and outcome.changed and not (jsonl and str(item.file) == self._last_copy):
            self._last_copy = str(item.file) if jsonl else None
            self.would_change += 1
        elif outcome.action == "written" and outcome.changed:
            if not jsonl:
                self.changed += 1
                self.changed_holding += bool(getattr(outcome, "holds", None))
            elif str(item.file) != self._last_copy:  # the lines of one file arrive together
                self._last_copy = str(item.file)
                self.changed += 1
        elif outcome.action == "error":
            if not jsonl and outcome.source == self._last_copy:
                # A file-level problem after its lines: that .jsonl copy was not written after all.
                self.changed -= 1
                self._last_copy = None
            if result.checked:
                self.not_cleaned += 1

    @property
    def problems(self) -> int:
        """Items not (fully) checked or not cleaned: the run's exit code is 2 when any."""
        return self.unchecked + self.not_cleaned

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "by_type": dict(self.by_type),
            "by_verdict": dict(self.by_verdict),
            "by_kind": dict(self.by_kind.most_common()),
            "unchecked": self.unchecked,
            "not_cleaned": self.not_cleaned,
            "skipped": self.skipped,
            "changed": self.changed,
            "changed_holding": self.changed_holding,
            "would_change": self.would_change,
            "seconds": round(self.seconds, 3),
        }

    def line(self) -> str:
        """A one-paragraph plain summary."""
        verdicts = ", ".join(f"{self.by_verdict.get(v.value, 0)} {v.value}" for v in Verdict)
        if self.unchecked:
            verdicts += f", {self.unchecked} could not be checked"
        kinds = ", ".join(f"{k} {n}" for k, n in self.by_kind.most_common()) or "none"
        rate = self.items / self.seconds if self.seconds > 0 else 0.0
        speed = f" ({rate:.{0 if rate >= 10 else 1}f}/s)" if self.items > 1 else ""  # one item has no rate
        parts = [
            f"{self.items} item{'s' if self.items != 1 else ''} scanned in {self.seconds:.1f} s{speed}: {verdicts}",
            f"findings by kind: {kinds}",
        ]
        copies = (
            f"{self.changed} {'clean ' if not self.changed_holding else ''}cop{'ies' if self.changed != 1 else 'y'}"
        )
        if self.changed and self.changed_holding:  # no output claims more than was verified
            parts.append(f"{copies} written, {self.changed_holding} of them still hold something")
        elif self.changed:
            parts.append(f"{copies} written")
        if self.would_change:
            parts.append(f"{self.would_change} file{'s' if self.would_change != 1 else ''} would be changed")
        if self.not_cleaned:
            parts.append(f"{self.not_cleaned} could not be cleaned")
        if self.skipped:
            reasons = {reason for _source, reason in self.skipped_files}
            why = " (not an image, video or post file)" if reasons == {_NOT_MEDIA} else ""
            parts.append(f"{self.skipped} file{'s' if self.skipped != 1 else ''} skipped{why}")
        return "; ".join(parts) + "."

    def skipped_lines(self, limit: int = SKIPPED_SHOWN) -> list[str]:
        """The skipped files, one line each (``name: reason``), at most ``limit`` and a count of the rest."""
        lines = [f"{clean_for_terminal(src)}: {reason}" for src, reason in self.skipped_files[:limit]]
        if self.skipped > len(lines):
            lines.append(f"and {self.skipped - len(lines):,} more")
        return lines


def _display_value(f: Finding) -> str:
    value = clean_for_terminal(f.text)
    if len(value) > 80:
        value = value[:77] + "..."
    return value


#: Where the lines under an item's heading start (under its source, after the verdict).
INDENT = 7


def has_colour(console: Any) -> bool:
    """True when ``console`` shows colours (a terminal, no ``NO_COLOR``)."""
    return console.color_system is not None and not console.no_color


def table_entry(
    result: ScanResult,
    *,
    post_text: str | None = None,
    note: str | None = None,
    colour: bool = True,
    wrap: bool = True,
) -> Any:
    """One result for people, as a rich renderable: verdict and source; why it was not (fully)
    checked; the post with each finding marked; each finding and its message; ``note``.

    ``colour`` False marks findings with characters instead (``[PERSON: patterson]``);
    ``wrap`` False keeps every line whole (for a file or a pipe).
    """
    from rich.console import Group
    from rich.text import Text

    head = Text()
    head.append(f"{result.verdict.value.upper():5}", style=_VERDICT_STYLE[result.verdict])
    head.append("  ")
    head.append(clean_for_terminal(result.source or "<text>"), style="bold")
    if result.id is not None:
        head.append(f"  id={clean_for_terminal(str(result.id))}", style="dim")
    lines: list[Any] = [head]

    def under(text: Any, indent: int = INDENT) -> None:
        if wrap:  # wrapped lines keep the indent
            from rich.padding import Padding

            lines.append(Padding(text, (0, 0, 0, indent)))
        else:
            lines.append(Text(" " * indent) + text)

    unchecked = unchecked_note(result)
    if unchecked:
        under(Text(clean_for_terminal(unchecked), style="bold red"))
    if post_text is not None and any(f.is_span and f.field is None for f in result.findings):
        under(highlight(post_text, result.findings, colour=colour))
    for f in result.findings:
        sev = f.severity.value if f.severity else ""
        line = Text("- ")
        line.append(f.kind.value, style="bold")
        line.append(f" ({sev})", style=_SEVERITY_STYLE.get(sev, ""))
        if f.field:  # text read in the picture says so; a code's field names the code
            where = "in the picture" if f.field == "pixels" else f.field
            line.append(f"  {clean_for_terminal(where)}:", style="dim")
        line.append(f" {_display_value(f)}")
        if f.place:
            line.append(f"  near {clean_for_terminal(f.place)}", style="dim")
        if f.box is not None:
            x, y, w, h = f.box
            line.append(f"  at x={x} y={y} ({w}x{h} pixels)", style="dim")
        under(line)
        if f.message:
            under(Text(f.message, style="italic"), INDENT + 2)
    if note:  # it can name output files, whose names come from the scanned folder
        under(Text(clean_for_terminal(note), style="dim"))
    return Group(*lines)


def highlight(text: str, findings: tuple[Finding, ...] | list[Finding], *, colour: bool = True) -> Any:
    """The post as rich ``Text`` with each finding's characters, exactly, marked and labelled.

    With ``colour`` the characters are highlighted and the kind follows (``patterson[PERSON]``);
    without it (a pipe, ``NO_COLOR``) brackets mark them (``mrs [PERSON: patterson]``): a
    label alone would seem to cover the words before it too.
    """
    from rich.text import Text

    shown = Text()
    pos = 0
    for f in sorted((f for f in findings if f.is_span and f.field is None), key=lambda f: f.start or 0):
        start, end = f.start or 0, f.end or 0
        if start < pos:
            continue
        shown.append(clean_for_terminal(text[pos:start]))
        value = clean_for_terminal(text[start:end])
        if colour:
            style = "black on " + ("red" if f.severity and f.severity.value == "high" else "yellow")
            shown.append(value, style=style)
            shown.append(f"[{f.kind.value}]", style="dim")
        else:
            shown.append(f"[{f.kind.value}: {value}]")
        pos = end
    shown.append(clean_for_terminal(text[pos:]))
    return shown
