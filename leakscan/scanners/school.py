"""SCHOOL scanner (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Kind
from .base import TextContext


class SchoolScanner:
    name = "school"
    kinds = frozenset({Kind.SCHOOL})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        return iter(())
