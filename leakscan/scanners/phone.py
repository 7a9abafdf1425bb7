"""PHONE scanner (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Kind
from .base import TextContext


class PhoneScanner:
    name = "phone"
    kinds = frozenset({Kind.PHONE})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        return iter(())
