"""One-call functions for apps: scan or redact a post (images: see :mod:`leakscan.photos`)."""

from __future__ import annotations

from dataclasses import dataclass

from . import engine
from .findings import ScanResult
from .redact.text import redact_text as _redact_spans
from .settings import Settings


@dataclass(frozen=True)
class RedactedText:
    """A post after redaction: the clean text and the scan that produced it."""

    text: str
    result: ScanResult

    @property
    def changed(self) -> bool:
        return any(f.is_span for f in self.result.findings)


def scan_text(text: str, settings: Settings | None = None) -> ScanResult:
    """Scan one post and return its verdict and findings (each with a child-friendly message).

    >>> result = scan_text("call me on 217 555 0134")
    >>> result.verdict.value, [f.kind.value for f in result.findings]
    ('block', ['PHONE'])
    """
    return engine.scan_text(text, settings)


def redact_text(text: str, settings: Settings | None = None, *, style: str = "placeholder") -> RedactedText:
    """Scan one post and mask what it leaks (``[PHONE]`` placeholders, or ``*`` with ``style="mask"``).

    Characters outside the findings are returned exactly as given.
    """
    result = engine.scan_text(text, settings)
    return RedactedText(text=_redact_spans(text, result.findings, style), result=result)
