"""The immutable result types every layer shares: kinds, findings, verdicts, scan results,
and :func:`json_text`, the one line of JSON they are written as (output lines, clean copies).

Scanners create :class:`Finding` objects without severity or message; the policy layer
returns *new* findings with both filled in (``dataclasses.replace``), never mutating.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any


class Kind(str, Enum):
    """What a finding gives away. The string values are the stable JSON contract."""

    PERSON = "PERSON"
    LOCATION = "LOCATION"
    ADDRESS = "ADDRESS"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    SCHOOL = "SCHOOL"
    AGE = "AGE"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    HANDLE = "HANDLE"
    URL = "URL"
    ORG = "ORG"
    GPS = "GPS"
    OWNER = "OWNER"
    DEVICE_ID = "DEVICE_ID"
    THUMBNAIL = "THUMBNAIL"
    DATETIME = "DATETIME"
    #: A face in what a photo shows: counted and located (``box``), never identified.
    FACE = "FACE"
    #: Someone asking the child for personal details or a revealing photo (conversations only).
    ASKS_PII = "ASKS_PII"
    #: Moving the chat to another app or a private channel, hiding it, meeting (conversations only).
    OFF_PLATFORM = "OFF_PLATFORM"

    def __str__(self) -> str:
        return self.value


#: Kinds that only come out of photo/video metadata (never from a post's text).
METADATA_KINDS = frozenset({Kind.GPS, Kind.OWNER, Kind.DEVICE_ID, Kind.THUMBNAIL, Kind.DATETIME})


class Severity(str, Enum):
    """How much a finding matters on its own. Ordered: LOW < MEDIUM < HIGH."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    def __str__(self) -> str:
        return self.value


_SEVERITY_RANK = {Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}


class Verdict(str, Enum):
    """What the app or user should do with the item. Ordered: OK < WARN < BLOCK."""

    OK = "ok"
    WARN = "warn"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _VERDICT_RANK[self]

    def __str__(self) -> str:
        return self.value


_VERDICT_RANK = {Verdict.OK: 0, Verdict.WARN: 1, Verdict.BLOCK: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing in a post or photo that can identify or locate a child.

    Text findings carry ``start``/``end`` (Python ``str`` offsets, end exclusive) so that
    ``source_text[start:end] == text``; when the text came from a metadata field, ``field``
    names it and the offsets point into that field's text. Metadata findings carry
    ``field`` and no offsets. Findings in what a photo *shows* (text read in the pixels, a QR
    code's payload, a face) carry ``box``: ``(x, y, width, height)`` in the image's pixels.
    """

    kind: Kind
    text: str
    start: int | None = None
    end: int | None = None
    field: str | None = None
    confidence: float = 1.0
    scanner: str = ""
    #: For GPS: the nearest known place ("Springfield, US"), if any.
    place: str | None = None
    #: A machine-readable variant of the finding, e.g. ``"zero"`` for a 0,0 GPS placeholder,
    #: ``"known"`` for a match on the child's own known facts. Selects the message.
    detail: str | None = None
    #: Where in the picture, for what a photo shows: ``(x, y, width, height)`` in its pixels.
    box: tuple[int, int, int, int] | None = None
    #: In a conversation (:mod:`leakscan.conversation`), the other messages this finding lies in,
    #: by their ``id`` (or their index in the context when they have none): for a leak completed
    #: in this message, the earlier messages that hold the rest of it (an app can hide those
    #: too); for a finding of an earlier message carried into this one (an ask this message
    #: answers; no offsets), that message. None outside conversations.
    parts: tuple[Any, ...] | None = None
    #: Filled in by the policy.
    severity: Severity | None = None
    #: Stable message code (see :mod:`leakscan.messages`), filled in by the policy.
    code: str | None = None
    #: Child-friendly message, filled in by the policy.
    message: str | None = None

    @property
    def is_span(self) -> bool:
        """True when the finding points at characters of a text (post or metadata field)."""
        return self.start is not None and self.end is not None

    @property
    def earlier(self) -> bool:
        """True for a finding of an earlier message of the conversation (not in this text)."""
        return self.parts is not None and not self.is_span

    def with_(self, **changes: Any) -> Finding:
        """A copy with some fields changed (findings are immutable)."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract for one finding (DESIGN.md section 3)."""
        return {
            "kind": self.kind.value,
            "field": self.field,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "place": self.place,
            "detail": self.detail,
            "box": list(self.box) if self.box is not None else None,
            "parts": list(self.parts) if self.parts is not None else None,
            "severity": self.severity.value if self.severity else None,
            "confidence": round(self.confidence, 3),
            "scanner": self.scanner,
            "code": self.code,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class ScanResult:
    """Everything leakscan has to say about one item (a post or an image).

    ``error`` is a one-line reason when the item could not be scanned, or not fully (a
    parser limit hit, a structure not understood, a scanner that failed); the findings then
    hold whatever *was* found. Such an item fails closed: its verdict is always ``block``,
    whatever was (or was not) found, so an unchecked photo or post never reads as safe in
    any front end. :attr:`checked` tells the two apart for display.
    """

    source: str | None
    type: str  # "text" | "image" | "video"
    verdict: Verdict = Verdict.OK
    findings: tuple[Finding, ...] = ()
    id: Any = None
    error: str | None = None
    #: Extra facts a front end may show (e.g. the image format); not part of the contract.
    info: dict[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.error is not None and self.verdict is not Verdict.BLOCK:
            # Fail closed, in the one type every front end reads: not checked is never "ok".
            object.__setattr__(self, "verdict", Verdict.BLOCK)

    @property
    def checked(self) -> bool:
        """True when the whole item was checked (no ``error``): only then can ``ok`` be trusted."""
        return self.error is None

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(f.kind for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract for one item (DESIGN.md section 3)."""
        return {
            "source": self.source,
            "id": self.id,
            "type": self.type,
            "verdict": self.verdict.value,
            "findings": [f.to_dict() for f in self.findings],
            "error": self.error,
        }


#: Characters ``json.dumps(ensure_ascii=False)`` leaves raw that a terminal acts on or that
#: disguise text: C1 controls (U+009B is a one-byte CSI), bidi overrides and isolates, line and
#: paragraph separators; and lone surrogates (a post can hold ``"\ud800"``), which cannot be
#: written as UTF-8 at all. They are written as ``\uXXXX`` escapes (same JSON value).
_JSON_UNSAFE = re.compile("[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def json_text(data: Any) -> str:
    """``data`` as one line of JSON: readable text kept, and the characters above escaped
    (``\u001b``...), so it never reaches a terminal raw and always encodes as UTF-8."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False))
